"""Asking questions: questionary in a terminal, numbered plain prompts elsewhere.

A `Prompter` asks one `Question` and returns the raw answer, or `BACK`. It
never decides what an answer means; the session validates it with the engine
and asks again with the reason when it is wrong. Ctrl-C becomes `Cancelled`
and a closed input becomes `InputEnded`, here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any, Protocol

from .diagnosis.model import Answer, Question
from .errors import Cancelled, InputEnded
from .frozen import frozen
from .i18n import pick, t

__all__ = [
    "BACK",
    "Back",
    "PlainPrompter",
    "Prompter",
    "QuestionaryPrompter",
    "ReviewEntry",
    "ScriptedPrompter",
    "coerce",
    "parse_confirm",
]

#: Validates a raw answer: None when fine, else the reason to show.
Validator = Callable[[object], str | None]
#: Labelled options for `Prompter.choose`: (what the user reads, the value it gives).
Options = Sequence[tuple[str, object]]
#: With nobody to ask: build the error to raise (given the answers' origin), or None to
#: take the first option.
Unattended = Callable[[str], Exception] | None

#: One line of the review screen: the question as asked, and the answer as it reads.
ReviewEntry = tuple[str, str]

_YES = {"y", "yes", "true", "1", "是", "是的", "对", "对的", "好", "好的", "要", "有", "能",
        "可以", "行", "嗯"}
_NO = {"n", "no", "false", "0", "否", "不", "不是", "没有", "不要", "无", "不能", "不可以",
       "不对", "不行", "没", "还没"}
#: "<" and its full-width form (a Chinese input method types ＜) both go back.
_BACK_WORDS = {"<", "＜", "back", "返回", "上一步", "后退"}
_BACK_MARKS = ("<", "＜")
_LOOKS_RIGHT = {"y", "yes", "ok", "是", "对", "好", "没问题", "确认"}
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


class Back:
    """The user asked to return to the previous question."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "BACK"


BACK = Back()


def _means_back(value: str, prefilled: object) -> bool:
    """Whether a typed line asks to go back rather than answer.

    A field coming back holds the earlier answer, so "<" typed into it lands at its end:
    that "<" is the Back the hint offers, never part of the answer.
    """
    text = value.strip()
    if text.lower() in _BACK_WORDS:
        return True
    return isinstance(prefilled, str) and bool(prefilled.strip()) and text.endswith(_BACK_MARKS)


class _NoneOfThese:
    """The explicit "none of these" pick of an optional multi-select (stored as no choice)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NONE_OF_THESE"


_NONE = _NoneOfThese()


def _settle(picked: Sequence[object], default: Answer | None) -> list[object]:
    """Back at a multi-select: a newly ticked box unticks the other kind of answer.

    "None of these" was given before and a real choice is ticked now: the choices count.
    Choices were given before and "None of these" is ticked now: it counts alone.
    Otherwise the ticks stand (both kinds ticked anew are refused with the reason).
    """
    none: list[object] = [p for p in picked if isinstance(p, _NoneOfThese)]
    real = [p for p in picked if not isinstance(p, _NoneOfThese)]
    if not none or not real or not isinstance(default, tuple):
        return list(picked)
    return real if default == () else none


def _multi_problem(question: Question, picked: Sequence[object], lang: str,
                   keys: str) -> str | None:
    """Why a multi-select answer cannot be taken as it is, or None.

    Nothing picked is never taken silently: a required question says it cannot be
    skipped, an optional one points to its "none of these" choice. `keys` names how
    the prompt picks ("plain" or "arrows").
    """
    if any(isinstance(p, _NoneOfThese) for p in picked):
        if len(picked) > 1:
            return t("prompt.multi.none-alone", lang)
        return None
    if not picked:
        if question.optional:
            return t(f"prompt.multi.empty-optional.{keys}", lang,
                     count=len(question.choices) + 1)
        return t(f"prompt.multi.empty-required.{keys}", lang)
    return None


def _masked(text: str, lang: str, question: Question | None = None) -> str:
    from .redact import redact

    return redact(text, lang, reference=bool(question and question.reference)).text


def _echoed(answer: str, lang: str, question: Question) -> str:
    """A typed answer as written back under its question, never a blank.

    Masked; Enter is said in words: what it means ("No minimum fee"), or "(skipped)".
    """
    if answer.strip():
        if question.last_digits:  # as it is kept: a full account number cut to its end
            from .diagnosis.answers import cut_to_last_digits

            answer = cut_to_last_digits(answer, question.last_digits)
        return _masked(answer, lang, question)
    if question.empty is not None:
        return pick(question.empty, lang)
    return t("review.skipped", lang)


def _mentions_skip(prompt: str, question: Question, lang: str) -> bool:
    """Whether a prompt or its example already says what Enter does.

    ("Enter to skip", "直接回车则保存为 …"): a second "press Enter to skip" would give
    Enter two meanings.
    """
    said = prompt + (pick(question.placeholder, lang) if question.placeholder else "")
    return "enter" in said.lower() or "回车" in said


def parse_confirm(text: str) -> bool | None:
    """Read a yes/no answer in English or Chinese; None when it is neither."""
    word = text.strip().lower().rstrip(".!。！")
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


class Prompter(Protocol):
    """Asks one question and returns the raw answer, or `BACK`."""

    def ask(self, question: Question, *, lang: str, default: Answer | None, can_back: bool,
            validate: Validator) -> Answer | Back:
        """Ask `question`; `default` is the earlier answer to pre-select when going back."""
        ...

    def choose(self, question: Question, message: str, options: Options, *, lang: str,
               unattended: Unattended) -> object:
        """Settle a doubt about the answer just given ("2.500": 2,500 or 2.5?)."""
        ...

    def review(self, entries: Sequence[ReviewEntry], *, lang: str) -> int | None:
        """Show every answer; None when they look right, else the index of one to change."""
        ...


def _prompt_text(question: Question, lang: str) -> str:
    return pick(question.prompt, lang)


class PlainPrompter:
    """Numbered prompts on plain lines: for pipes, scripts and screen readers."""

    def __init__(self, stdin: IO[str], stdout: IO[str], *, echo: bool | None = None) -> None:
        self.stdin = stdin
        self.stdout = stdout
        if echo is None:
            try:
                echo = not stdin.isatty()
            except (AttributeError, ValueError):
                echo = True
        # Input from a pipe is not echoed by a terminal: write it, so the transcript reads
        # as a conversation.
        self.echo = echo

    def _write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

    def _read(self, question: Question, lang: str) -> str:
        self._write("> ")
        try:
            line = self.stdin.readline()
        except KeyboardInterrupt:
            self._write("\n")  # leave the "^C" line, so the message starts on its own
            raise Cancelled(key="errors.cancelled") from None
        if not line:
            self._write("\n")
            raise InputEnded(key="errors.input-ended", question=question.id,
                             prompt=_prompt_text(question, lang))
        if self.echo:
            # Masked for every kind: a worried person types a whole story, code and all,
            # where a number was wanted, and a transcript may not keep the secret.
            self._write(_masked(line.rstrip("\r\n"), lang, question) + "\n")
        elif not line.endswith("\n"):
            self._write("\n")
        return line.rstrip("\r\n")

    def ask(self, question: Question, *, lang: str, default: Answer | None, can_back: bool,
            validate: Validator) -> Answer | Back:
        """Show the question and its numbered choices, read a line, ask again until valid."""
        while True:
            self._show(question, lang, default, can_back)
            raw = self._read(question, lang)
            value, problem = self._interpret(question, raw, lang, default, can_back)
            if isinstance(value, Back):
                return value
            if problem is None:
                problem = validate(value)
            if problem is None:
                return value  # type: ignore[no-any-return]
            self._write(f"{t('prompt.again', lang, reason=problem)}\n")

    def review(self, entries: Sequence[ReviewEntry], *, lang: str) -> int | None:
        """Numbered answers; Enter accepts them, a number changes that one.

        A closed input here accepts the answers: every question has been answered,
        so a script that ends after its last answer still gets its result.
        """
        lines = [t("review.title", lang)]
        lines += [f"  {number}) {prompt}\n     {t('review.answer', lang, answer=answer)}"
                  for number, (prompt, answer) in enumerate(entries, 1)]
        lines.append(t("review.plain.how", lang, count=len(entries)))
        self._write("\n".join(lines) + "\n")
        while True:
            self._write("> ")
            try:
                line = self.stdin.readline()
            except KeyboardInterrupt:
                self._write("\n")
                raise Cancelled(key="errors.cancelled") from None
            if not line:
                self._write("\n")
                return None
            text = line.strip().translate(_FULL_WIDTH_DIGITS)
            if self.echo:
                self._write(text + "\n")
            if not text or text.lower() in _LOOKS_RIGHT:
                return None
            if text.isdigit() and 1 <= int(text) <= len(entries):
                return int(text) - 1
            self._write(t("prompt.again", lang, reason=t("review.plain.pick", lang,
                                                          count=len(entries))) + "\n")

    def _show(self, question: Question, lang: str, default: Answer | None, can_back: bool) -> None:
        lines = [_prompt_text(question, lang)]
        if question.help is not None:
            lines.append(t("prompt.plain.hint", lang, hint=pick(question.help, lang)))
        if question.kind == "select" and question.placeholder is not None:
            # A short offer (the export after a diagnosis): what Enter answers beside the
            # question, the choices on one line, so the screen above stays in view.
            lines[0] = t("prompt.plain.with-enter", lang, prompt=lines[0],
                         enter=pick(question.placeholder, lang))
            lines.append("  " + "  ".join(f"{number}) {pick(choice.label, lang)}"
                                          for number, choice in enumerate(question.choices, 1)))
        elif question.kind == "select":
            for number, choice in enumerate(question.choices, 1):
                lines.append(f"  {number}) {pick(choice.label, lang)}")
            if can_back:
                lines.append(f"  0) {t('prompt.back', lang)}")
        elif question.kind == "multiselect":
            for number, choice in enumerate(question.choices, 1):
                lines.append(f"  {number}) {pick(choice.label, lang)}")
            if question.optional:
                lines.append(f"  {len(question.choices) + 1}) {t('prompt.none-of-these', lang)}")
            # The hint stays, also under a question's own help line; Back is a word
            # to type, never one of the numbers to pick.
            lines.append(t("prompt.plain.multi", lang))
            if can_back:
                lines.append(t("prompt.plain.hint", lang, hint=t("prompt.plain.back-hint", lang)))
        elif question.kind == "confirm":
            lines[0] += t("prompt.plain.yes-no-mark", lang)
            if question.placeholder is not None:  # what Enter answers, where nothing was earlier
                lines.append(t("prompt.plain.hint", lang, hint=pick(question.placeholder, lang)))
            if can_back:
                lines.append(t("prompt.plain.hint", lang, hint=t("prompt.plain.back-hint", lang)))
        else:
            hints = []
            if question.placeholder is not None:
                hints.append(pick(question.placeholder, lang))
            if question.optional and not _mentions_skip(_prompt_text(question, lang),
                                                        question, lang):
                hints.append(t("prompt.plain.optional", lang))
            if can_back:
                hints.append(t("prompt.plain.back-hint", lang))
            lines += [t("prompt.plain.hint", lang, hint=hint) for hint in hints]
        if default is not None and default not in ("", ()) and not (
                question.kind in ("confirm", "select") and question.placeholder is not None):
            lines.append(t("prompt.plain.previous", lang, answer=self._show_default(
                question, default, lang)))
        self._write("\n".join(lines) + "\n")

    def choose(self, question: Question, message: str, options: Options, *, lang: str,
               unattended: Unattended) -> object:
        """Numbered options under the message; read a number until it is one of them."""
        lines = [message] + [f"  {n}) {label}" for n, (label, _) in enumerate(options, 1)]
        self._write("\n".join(lines) + "\n")
        while True:
            text = self._read(question, lang).strip()
            if text.isdigit() and 1 <= int(text) <= len(options):
                return options[int(text) - 1][1]
            answer = parse_confirm(text)
            if answer is True:
                return options[0][1]
            if answer is False and len(options) == 2:
                return options[1][1]
            reason = t("prompt.plain.pick-number", lang, count=len(options))
            self._write(f"{t('prompt.again', lang, reason=reason)}\n")

    @staticmethod
    def _show_default(question: Question, default: Answer, lang: str) -> str:
        from .diagnosis.answers import display_answer

        return pick(display_answer(question, default), lang)

    def _interpret(self, question: Question, raw: str, lang: str, default: Answer | None,
                   can_back: bool) -> tuple[Any, str | None]:
        text = raw.strip()
        if can_back and text.lower() in _BACK_WORDS:
            return BACK, None
        if not text and default is not None and question.kind != "text":
            return default, None  # Enter keeps the earlier answer when coming back
        if question.kind == "select":
            if can_back and text == "0":
                return BACK, None
            choice = self._choice(question, text.translate(_FULL_WIDTH_DIGITS))
            if choice is None and question.free_text and text and not text.translate(
                    _FULL_WIDTH_DIGITS).isdigit():
                return raw.strip(), None  # words, not a number: the caller reads them
            if choice is None:
                key = "prompt.plain.pick-number.back" if can_back else "prompt.plain.pick-number"
                return None, t(key, lang, count=len(question.choices))  # 0 is one to type too
            return choice, None
        if question.kind == "multiselect":
            if can_back and text == "0":
                return BACK, None
            picked: list[object] = []
            none_number = str(len(question.choices) + 1)
            for part in text.translate(_FULL_WIDTH_DIGITS).replace("，", ",").replace(
                    "、", ",").replace(",", " ").split():
                if question.optional and part == none_number:
                    picked.append(_NONE)
                    continue
                choice = self._choice(question, part)
                if choice is None:
                    count = len(question.choices) + (1 if question.optional else 0)
                    return None, t("prompt.plain.pick-numbers", lang, count=count)
                picked.append(choice)
            problem = _multi_problem(question, picked, lang, "plain")
            if problem is not None:
                return None, problem
            return [p for p in picked if isinstance(p, str)], None
        if question.kind == "confirm":
            answer = parse_confirm(text)
            if answer is None:
                return None, t("prompt.plain.yes-no", lang)
            return answer, None
        if text == "" and default not in (None, ""):
            return default, None
        return raw.strip(), None

    @staticmethod
    def _choice(question: Question, text: str) -> str | None:
        if text.isdigit() and 1 <= int(text) <= len(question.choices):
            return question.choices[int(text) - 1].id
        for choice in question.choices:
            if text == choice.id:
                return choice.id
        return None


_SHARED_BINDINGS: list[Any] = []


def _share_default_key_bindings() -> None:
    """Let prompt_toolkit build its default key bindings once per process, not once a question.

    Every questionary prompt is a new prompt_toolkit `Application`, and each built the
    whole Emacs and Vi key tables again (about 10 ms, before the question is drawn). The
    tables hold nothing of an application: their conditions ask the application that is
    running when a key is pressed, so one set serves every question.
    """
    if _SHARED_BINDINGS:
        return
    from prompt_toolkit.application import application
    from prompt_toolkit.key_binding.defaults import load_key_bindings

    _SHARED_BINDINGS.append(load_key_bindings())
    application.load_key_bindings = lambda: _SHARED_BINDINGS[0]  # type: ignore[attr-defined]


class QuestionaryPrompter:
    """Arrow-key prompts with questionary, for a person at a terminal."""

    def __init__(self, **options: Any) -> None:
        self.options = options  # passed to every questionary prompt (input/output in tests)
        _share_default_key_bindings()

    def review(self, entries: Sequence[ReviewEntry], *, lang: str) -> int | None:
        """The answers as a list to pick from: the first choice accepts them."""
        return _review_with_questionary(entries, lang, self.options)

    def ask(self, question: Question, *, lang: str, default: Answer | None, can_back: bool,
            validate: Validator) -> Answer | Back:
        """Ask with the questionary prompt that fits the question's kind."""
        import questionary
        from questionary import Choice, Separator

        back_label = t("prompt.back.arrow", lang)
        asked = _prompt_text(question, lang)  # as written: the echo after the answer
        message, instruction = self._message(question, lang)
        try:
            if question.kind == "select" or question.kind == "confirm":
                labels: dict[object, str]
                if question.kind == "select":
                    labels = {c.id: pick(c.label, lang) for c in question.choices}
                else:
                    labels = {True: t("prompt.yes", lang), False: t("prompt.no", lang)}
                options = [Choice(_fit_choice(label, _SELECT_INDENT, self.options), value=value)
                           for value, label in labels.items()]
                if can_back:
                    options += [Separator(), Choice(back_label, value=BACK)]
                chosen_default = next((o for o in options if isinstance(o, Choice)
                                       and o.value == default and default is not None), None)
                prompt = questionary.select(
                    message, choices=options, default=chosen_default,
                    instruction=instruction or t("prompt.select.instruction", lang),
                    use_shortcuts=False, use_indicator=False,
                    use_jk_keys=not question.free_text, **self.options,
                )
                if question.free_text:
                    _typing_leaves(prompt)
                # questionary writes "? question answer" as one line the terminal cuts
                # inside a word: erase it and write the answer back broken between words.
                prompt.application.erase_when_done = True
                answer = prompt.unsafe_ask()
                if isinstance(answer, _Typed):  # words typed at the list: go on typing them
                    return self._go_on_typing(question, asked, answer.start, validate, lang)
                _echo_answer(asked, back_label if isinstance(answer, Back)
                             else labels[answer], self.options)
            elif question.kind == "multiselect":
                return self._checkbox(question, message, lang, default, can_back, validate)
            else:
                hint = []
                if question.placeholder is not None:
                    hint.append(pick(question.placeholder, lang))
                if question.optional and not _mentions_skip(asked, question, lang):
                    hint.append(t("prompt.plain.optional", lang))  # as on plain lines
                if can_back:
                    hint.append(t("prompt.text.back-hint", lang))
                keys_hint = " · ".join(hint) if hint else None
                if instruction:
                    message = "\n".join([message.rstrip("\n"), *_fit(instruction, self.options)])
                # The hint follows the question's last line when it fits there; else it
                # is broken into lines of its own under it (the answer is typed after it).
                if keys_hint and not _fits_after(message, keys_hint, self.options,
                                                 prompt="text"):
                    message = "\n".join([message.rstrip("\n"),
                                         *_hint_lines(hint, self.options)])
                    keys_hint = None
                else:
                    message = message.rstrip("\n")

                def check_text(value: str) -> bool | str:
                    if can_back and _means_back(value, default):
                        return True
                    reason = validate(value)
                    return True if reason is None else reason

                prompt = questionary.text(
                    message, default=default if isinstance(default, str) else "",
                    instruction=keys_hint,
                    multiline=question.multiline, validate=check_text, **self.options,
                )
                # questionary leaves "? question answer" on screen: erase it and write the
                # answer back masked, so a typed secret does not stay in the scrollback.
                prompt.application.erase_when_done = True
                answer = prompt.unsafe_ask()
                if can_back and _means_back(answer, default):
                    return BACK
                _echo_answer(asked, _echoed(answer, lang, question), self.options)
        except KeyboardInterrupt:
            import sys

            # Leave the interrupted prompt's line, so the message starts on its own.
            sys.stdout.write("\n")
            raise Cancelled(key="errors.cancelled") from None
        except EOFError:
            raise InputEnded(key="errors.input-ended", question=question.id,
                             prompt=asked) from None
        if isinstance(answer, Back):
            return answer
        return tuple(answer) if isinstance(answer, list) else answer

    def _message(self, question: Question, lang: str) -> tuple[str, str | None]:
        """The question as questionary is given it, and the help left to show after it.

        A list's own help goes under the question, so the key hint stays in view; both
        wrapped here, as prompt_toolkit cuts a long line at the terminal's edge.
        """
        instruction = pick(question.help, lang) if question.help is not None else None
        keys = t("prompt.select.instruction", lang) if question.kind in (
            "select", "confirm") and not instruction else ""
        message = _fit_question(_prompt_text(question, lang), keys, self.options)
        if instruction and question.kind in ("select", "confirm", "multiselect"):
            message = "\n".join([message.rstrip("\n"), *_fit(instruction, self.options)])
            instruction = None
            if question.kind in ("select", "confirm") and not _fits_after(
                    message, t("prompt.select.instruction", lang), self.options):
                message += "\n"  # the key hint on a line of its own, not cut at the edge
        return message, instruction

    def select_rows(self, question: Question, lang: str) -> int:
        """The rows an arrow-key list of `question` takes.

        Its question as `ask` draws it (help and key hint included), then one row a choice.
        """
        return len(self._message(question, lang)[0].split("\n")) + len(question.choices)

    def _go_on_typing(self, question: Question, asked: str, start: str,
                      validate: Validator, lang: str) -> Answer:
        """A line to finish the words begun at a list that takes words (`free_text`)."""
        import questionary

        def check_text(value: str) -> bool | str:
            reason = validate(value)
            return True if reason is None else reason

        hint = t("prompt.words.finish", lang)  # the list is gone: say what is asked now
        prompt = questionary.text(_fit_question(asked, hint, self.options), default=start,
                                  instruction=hint, validate=check_text, **self.options)
        prompt.application.erase_when_done = True
        answer: str = prompt.unsafe_ask()
        _echo_answer(asked, _masked(answer, lang, question), self.options)
        return answer

    def _checkbox(self, question: Question, message: str, lang: str, default: Answer | None,
                  can_back: bool, validate: Validator) -> Answer | Back:
        """Space ticks, Enter confirms; ← or < goes back (a key, never a box to tick).

        An optional question has an explicit "none of these" box; nothing ticked is
        refused with the reason, so Enter alone never records an empty answer.
        """
        import questionary
        from questionary import Choice, Separator

        picked = set(default) if isinstance(default, tuple) else set()
        options: list[Any] = [Choice(_fit_choice(pick(c.label, lang), _CHECKBOX_INDENT,
                                             self.options), value=c.id, checked=c.id in picked)
                              for c in question.choices]
        if question.optional:
            options += [Separator(), Choice(t("prompt.none-of-these", lang), value=_NONE,
                                            checked=default == ())]

        def check(values: list[Any]) -> bool | str:
            values = _settle(values, default)
            reason = _multi_problem(question, values, lang, "arrows")
            if reason is None:
                reason = validate([v for v in values if isinstance(v, str)])
            return True if reason is None else reason

        hint = t("prompt.checkbox.instruction.back" if can_back
                 else "prompt.checkbox.instruction", lang)
        shown = message
        if "\n" in message.rstrip("\n"):  # under a help line, the keys get a line of their own
            shown, hint = "\n".join([message.rstrip("\n"), *_fit(hint, self.options)]), ""
        else:
            shown, hint = _with_hint(message, hint, self.options)
        prompt = questionary.checkbox(shown, choices=options, validate=check,
                                      instruction=hint, **self.options)
        if can_back:
            def go_back(event: Any) -> None:
                event.app.exit(result=BACK)

            for key in ("left", "<", "＜"):
                prompt.application.key_bindings.add(key, eager=True)(go_back)  # type: ignore[union-attr]
        # questionary would leave "done (2 selections)" in English: write the picks instead.
        prompt.application.erase_when_done = True
        answer = prompt.unsafe_ask()
        if isinstance(answer, Back):
            return answer
        chosen = tuple(v for v in _settle(answer, default) if isinstance(v, str))
        labels = [pick(c.label, lang) for c in question.choices if c.id in chosen]
        picks = t("answer.list-separator", lang).join(labels) if labels else t(
            "prompt.none-of-these", lang)
        _echo_answer(_prompt_text(question, lang), picks, self.options)
        return chosen

    def choose(self, question: Question, message: str, options: Options, *, lang: str,
               unattended: Unattended) -> object:
        """An arrow-key list of the options."""
        import questionary
        from questionary import Choice

        # Broken between words, as in ask(): prompt_toolkit cut "(arrow keys, then Enter)"
        # behind a long question inside a word.
        shown = _fit_question(message, t("prompt.select.instruction", lang), self.options)
        try:
            prompt = questionary.select(
                shown, choices=[Choice(_fit_choice(label, _SELECT_INDENT, self.options),
                                         value=number)
                                  for number, (label, _) in enumerate(options)],
                instruction=t("prompt.select.instruction", lang),
                use_shortcuts=False, use_indicator=False, **self.options,
            )
            # As in ask(): the answer written back broken between words.
            prompt.application.erase_when_done = True
            index = prompt.unsafe_ask()
            _echo_answer(message, options[index][0], self.options)
            return options[index][1]
        except KeyboardInterrupt:
            raise Cancelled(key="errors.cancelled") from None
        except EOFError:
            raise InputEnded(key="errors.input-ended", question=question.id,
                             prompt=message) from None


@frozen
class _Typed:
    """A list left by typing a letter: the words begin with `start`."""

    start: str


def _typing_leaves(prompt: Any) -> None:
    """Let a letter typed at the list leave it, with `_Typed`.

    Not a digit, a space or a key the list uses: the words are then finished on a line
    of their own.
    """
    from prompt_toolkit.keys import Keys

    def typed(event: Any) -> None:
        data = event.data
        if data and data.isprintable() and not data.isspace() and not data.isdigit():
            event.app.exit(result=_Typed(data))

    # Added after questionary's own catch-all ("disallow inserting other text"), so it
    # is the one called; keys the list binds (arrows, Enter) keep their own bindings.
    prompt.application.key_bindings.add(Keys.Any)(typed)


def _width(options: Mapping[str, Any] | None = None) -> int:
    """The prompt's width: its own output's (tests pass one), else the terminal's."""
    import shutil

    output = (options or {}).get("output")
    if output is not None:
        return max(int(output.get_size().columns) - 1, 20)
    return max(shutil.get_terminal_size((80, 24)).columns - 1, 20)


def _fit(text: str, options: Mapping[str, Any] | None = None) -> list[str]:
    """`text` as indented lines that fit the terminal (prompt_toolkit does not wrap them)."""
    from .wrapping import wrap

    return wrap(text, _width(options), first="  ", rest="  ")


def _with_hint(message: str, hint: str, options: Mapping[str, Any] | None) -> tuple[str, str]:
    """`message` and the `hint` questionary writes behind it, broken to fit the terminal.

    The hint stays behind the question when it fits there; else it goes under it,
    broken between words, its last line left for questionary to write (a hint wider
    than the terminal was cut inside a word: "(Enter shows the res|ult; …").
    """
    from .wrapping import wrap

    if _fits_after(message, hint, options):
        return message, hint
    lines = wrap(hint, _width(options), first=" ", rest=" ")
    return "\n".join([message.rstrip("\n"), *lines[:-1], ""]), lines[-1][1:]


#: Columns questionary writes before a choice: " » " in a list, " » ○ " in a checkbox.
_SELECT_INDENT, _CHECKBOX_INDENT = 3, 5


def _fit_choice(label: str, indent: int, options: Mapping[str, Any] | None = None) -> str:
    """A choice's label broken between words, its later lines under its first.

    prompt_toolkit cuts a long choice at the terminal's edge, so at 60 columns the end of
    a choice (the words that tell two choices apart) was lost.
    """
    from .wrapping import wrap

    lines = wrap(label, _width(options), first=" " * indent, rest=" " * indent)
    return "\n".join([lines[0][indent:], *lines[1:]])


#: Columns questionary writes around a hint behind the question's last line: a list
#: (select, checkbox) writes " {message} {hint}"; a text prompt writes " {message} " then
#: " {hint} ", and the answer is typed after that last space.
_GAPS = {"list": 1, "text": 3}


def _fits_after(message: str, after: str, options: Mapping[str, Any] | None, *,
                prompt: str = "list") -> bool:
    """Whether `after` fits behind the last line of `message` (the "? " mark on line one).

    The one measure for it: `_fit_question`, `_with_hint` and the text prompt's hint
    all ask here, each with the gap its `prompt` kind writes (`_GAPS`).
    """
    from .wrapping import display_width

    lines = message.split("\n")
    used = display_width(lines[-1]) + (2 if len(lines) == 1 else 0)
    return used + _GAPS[prompt] + display_width(after) <= _width(options)


def _hint_lines(pieces: Sequence[str], options: Mapping[str, Any] | None) -> list[str]:
    """Hints joined by " · " on indented lines that fit, each "· piece" kept whole.

    Wrapped as one text, Chinese broke anywhere: "· 输入" or "< 返回上一步" came apart
    at the end of a line. A piece moves to the next line whole; only a piece wider
    than a line is broken (between words, or between Chinese characters).
    """
    from .wrapping import display_width, wrap

    width = _width(options)
    lines: list[str] = []
    for index, piece in enumerate(pieces):
        unit = piece if index == 0 else f"· {piece}"
        if lines and display_width(lines[-1]) + 1 + display_width(unit) <= width:
            lines[-1] += " " + unit
        elif display_width(unit) + 2 <= width:
            lines.append("  " + unit)
        else:
            lines += wrap(unit, width, first="  ", rest="  ")
    return lines


def _fit_question(message: str, after: str = "", options: Mapping[str, Any] | None = None) -> str:
    """A question broken between words to fit behind questionary's "? " mark.

    prompt_toolkit cuts a long line at the terminal's edge, inside a word. `after` is
    what questionary writes behind the question on its last line (its key hint): when
    it would not fit there, the question ends the line so the hint starts a new one.
    """
    from .wrapping import wrap

    lines = wrap(message, _width(options), first="? ", cut_long=False)
    lines[0] = lines[0][2:]
    if after and not _fits_after("\n".join(lines), after, options):
        lines.append("")
    return "\n".join(lines)


_REVIEW_KEYS = "123456789abcdefghijklmnopqrstuvwxyz"


def _short(prompt: str, width: int = 48) -> str:
    """A question cut to its first sentence, and to `width` columns, for a one-line list."""
    from .wrapping import short_question

    return short_question(prompt, width)


def _review_line(prompt: str, answer: str, lang: str) -> str:
    """One review line that fits the terminal: the question cut first, the answer kept longer.

    prompt_toolkit cuts a choice at the terminal's edge without a mark; here both parts
    are shortened with "…" so that what is shown of an answer is what was typed.
    """
    import shutil

    from .wrapping import display_width, ellipsize

    room = max(shutil.get_terminal_size((80, 24)).columns - 8, 24)  # "» 1) " and the arrow
    answer = " ".join(answer.split())
    question_room = max(12, min(48, room - min(display_width(answer), room // 2) - 3))
    question = _short(prompt, question_room)
    return t("review.change", lang, prompt=question,
             answer=ellipsize(answer, max(room - display_width(question) - 3, 8)))


def _review_with_questionary(entries: Sequence[ReviewEntry], lang: str,
                             options: dict[str, Any]) -> int | None:
    """A select whose first choice accepts; a number key jumps to the answer to change."""
    import questionary
    from questionary import Choice, Separator

    shortcuts = len(entries) <= len(_REVIEW_KEYS)
    choices: list[Any] = [Choice(t("review.ok", lang), value=-1,
                                 shortcut_key="0" if shortcuts else False), Separator()]
    for index, (prompt, answer) in enumerate(entries):
        title = _review_line(prompt, answer, lang)
        choices.append(Choice(title, value=index,
                              shortcut_key=_REVIEW_KEYS[index] if shortcuts else False))
    message, hint = _with_hint(_fit_question(t("review.title", lang), options=options),
                               t("review.instruction", lang), options)
    try:
        select = questionary.select(
            message, choices=choices, use_shortcuts=shortcuts,
            use_indicator=False, instruction=hint, **options,
        )
        # As in ask(): a hint broken under the question is part of the text questionary
        # echoes, so at 60 columns half of it stayed on screen. Erased, then the answer
        # is written back under the question alone.
        select.application.erase_when_done = True
        picked = select.unsafe_ask()
        chosen = (t("review.ok", lang) if picked is None or picked < 0
                  else _review_line(*entries[int(picked)], lang))
        _echo_answer(t("review.title", lang), chosen, options)
    except KeyboardInterrupt:
        import sys

        sys.stdout.write("\n")
        raise Cancelled(key="errors.cancelled") from None
    except EOFError:
        return None
    return None if picked is None or picked < 0 else int(picked)


def coerce(question: Question, value: object) -> object:
    """Read a scripted answer written as text (`--set`, YAML) into the question's type."""
    if isinstance(value, str):
        if question.kind == "confirm":
            parsed = parse_confirm(value)
            return value if parsed is None else parsed
        if question.kind == "multiselect":
            return [part.strip() for part in value.replace("，", ",").split(",") if part.strip()]
    return value


def _unfolded(message: str) -> str:
    """The question of `message` on one line, continuation lines joined back.

    Its first line, and the indented lines after it that continue it (a question folded
    to the terminal, as the check-up's are). A line that is not indented (help, the key
    hint) ends it. Lines broken between two Chinese characters join with no space, others
    with one.
    """
    from .wrapping import display_width

    lines = message.split("\n")
    joined = lines[0]
    for line in lines[1:]:
        if not line.startswith("  ") or not line.strip():
            break
        rest = line.strip()
        wide = display_width(joined[-1:]) == 2 and display_width(rest[0]) == 2
        glue = "" if wide else " "
        joined = joined.rstrip() + glue + rest
    return joined


def _echo_answer(message: str, answer: str, options: dict[str, Any]) -> None:
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText

    from .wrapping import display_width, wrap

    shown = " ".join(answer.split()) if answer.strip() else ""
    # Broken between words, as the terminal would cut them: the question's lines, then
    # the answer behind the last one, or on a line of its own when it does not fit.
    width = _width(options)
    lines = wrap(_unfolded(message), width, first="? ", cut_long=False)
    parts: list[tuple[str, str]] = [("class:qmark", "? "), ("class:question", lines[0][2:])]
    parts += [("class:question", "\n" + line) for line in lines[1:]]
    if shown:
        room = width - display_width(lines[-1]) - 1
        answer_lines = wrap(shown, width, first="  ", rest="  ", cut_long=False)
        if display_width(shown) <= room:
            parts.append(("class:answer", f" {shown}"))
        else:
            parts.append(("class:answer", "\n" + "\n".join(answer_lines)))
    text = FormattedText(parts)
    output = options.get("output")
    if output is not None:  # tests pass their own prompt_toolkit output
        print_formatted_text(text, output=output)
    else:
        print_formatted_text(text)


class ScriptedPrompter:
    """Answers from a file or `--set`; otherwise another prompter, or an error with --no-input."""

    def __init__(self, answers: Mapping[str, object], fallback: Prompter | None,
                 origin: str = "--answers", places: Mapping[str, str] | None = None) -> None:
        self.answers = dict(answers)
        self.fallback = fallback
        self.origin = origin
        #: Where each answer was given (``answers.yaml:7``), for a refusal about it.
        self.places = dict(places or {})
        self.used: set[str] = set()
        self.scripted = False  # whether the last answer came from the script

    def _key(self, question: Question | str) -> str | None:
        """The script's key answering this question: its id, else an earlier id of it.

        An alias (`reference` for `reference-crypto`, from before a split) answers it
        only while the question of that id has not taken the answer itself.
        """
        if isinstance(question, str):
            return question if question in self.answers and question not in self.used else None
        for key in (question.id, *question.aliases):
            if key in self.answers and key not in self.used:
                return key
        return None

    def answers_itself(self, question: Question | str) -> bool:
        """Whether the script answers this question (so nothing is shown for it)."""
        return self._key(question) is not None

    def ask(self, question: Question, *, lang: str, default: Answer | None, can_back: bool,
            validate: Validator) -> Answer | Back:
        """The scripted answer (checked), else the fallback prompter's."""
        from .errors import Many, WalletSupportError

        self.scripted = False
        key = self._key(question)
        if key is not None:
            self.used.add(key)  # a loop that asks again goes to the fallback
            self.scripted = True
            value = coerce(question, self.answers[key])
            problem = validate(value)
            if problem is None:
                return value  # type: ignore[return-value]
            allowed = Many(c.id for c in question.choices) if question.choices else (
                Many(("true", "false")) if question.kind == "confirm" else Many())
            if allowed:
                raise WalletSupportError(key="errors.bad-answer", question=question.id,
                                         origin=self.origin, reason=problem, allowed=allowed)
            raise WalletSupportError(key="errors.bad-answer-free", question=question.id,
                                     origin=self.origin, reason=problem)
        if self.fallback is None:
            if question.optional:
                # Nobody to ask, and Enter would skip it: skip it ("none of these" for
                # a multi-select), as a person pressing Enter would.
                return () if question.kind == "multiselect" else ""
            from .errors import WalletSupportError as Error

            raise Error(key="errors.no-input-missing", question=question.id,
                        prompt=_prompt_text(question, lang))
        return self.fallback.ask(question, lang=lang, default=default, can_back=can_back,
                                 validate=validate)

    def choose(self, question: Question, message: str, options: Options, *, lang: str,
               unattended: Unattended) -> object:
        """For a scripted answer nobody can be asked: refuse, or take the first option."""
        if not self.scripted and self.fallback is not None:
            return self.fallback.choose(question, message, options, lang=lang,
                                        unattended=unattended)
        if unattended is not None:
            raise unattended(self.places.get(question.id, self.origin))
        return options[0][1]

    def review(self, entries: Sequence[ReviewEntry], *, lang: str) -> int | None:
        """Scripted answers are taken as given; a person behind them reviews them."""
        if self.fallback is None:
            return None
        return self.fallback.review(entries, lang=lang)

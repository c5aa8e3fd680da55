"""The one error family: every error knows its exit code and its message."""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "Cancelled",
    "CaseNotFound",
    "Echo",
    "ExitCode",
    "FlowError",
    "FlowErrors",
    "Problem",
    "InputEnded",
    "Many",
    "Msg",
    "ProfileError",
    "Stopped",
    "UsageError",
    "WalletSupportError",
    "type_name",
]


class ExitCode(IntEnum):
    """Every exit status walletsupport uses, in one place (the BSD sysexits where they fit)."""

    OK = 0
    #: An error the user can act on, or a check that did not pass (a contact not on file).
    FAILURE = 1
    #: The command line asked for something that does not exist (click's own code too).
    USAGE = 2
    #: A fault in walletsupport itself: reported as an internal error (sysexits EX_SOFTWARE).
    SOFTWARE = 70
    #: Ctrl-C: 128 + SIGINT, as shells report it.
    INTERRUPTED = 130


class Echo:
    """Something the user typed, quoted back in a message (an unknown id, a bad value).

    It is shown through `redact` in the message's language, and shortened: a
    recovery phrase, card number or password pasted in the wrong place must
    not come back on screen or in a log.
    """

    __slots__ = ("text",)

    #: Characters kept of a long value (after redaction).
    LIMIT = 80

    def __init__(self, text: object) -> None:
        self.text = str(text)

    def shown(self, lang: str) -> str:
        """The value as it may be shown: redacted, then shortened."""
        from .redact import redact

        text = redact(self.text, lang).text
        return _Typed(text if len(text) <= self.LIMIT else text[: self.LIMIT - 3] + "...")

    def __repr__(self) -> str:
        return f"Echo({self.shown('en')!r})"


class _Typed(str):
    """A typed value as a message quotes it, its control characters escaped.

    `{value!r}` quotes it the Python way; a plain `{value}` (Chinese quotes it with
    “…”) still shows a control character as its escape, so that a pasted escape
    sequence cannot drive the terminal.
    """

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in self)
        return format(shown, spec)


class Msg:
    """A catalog message not yet worded: its key and its data, worded at the edge.

    `render(lang)` words it in a language; `str()` gives the English, so that
    logs, tests and f-strings read as before. Fields may be `Msg` themselves (a
    node named inside a longer message) or `Echo` (a value the user typed).
    """

    __slots__ = ("fields", "key")

    def __init__(self, key: str, /, **fields: object) -> None:
        self.key = key
        self.fields = fields

    def render(self, lang: str) -> str:
        """The message in `lang`."""
        from .i18n import t

        return t(self.key, lang, **_shown(self.fields, lang))

    def __str__(self) -> str:
        return self.render("en")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg):
            return self.key == other.key and self.fields == other.fields
        return isinstance(other, str) and str(self) == other

    def __hash__(self) -> int:
        return hash(str(self))


def to_plain(value: object) -> object:
    """A message (or a field of one) as JSON data, for a cache; `from_plain` reverses it."""
    if isinstance(value, Msg):
        return {"$m": value.key, "f": {k: to_plain(v) for k, v in value.fields.items()}}
    if isinstance(value, Many):
        return {"$many": [to_plain(v) for v in value]}
    if isinstance(value, Echo):
        return {"$echo": value.text}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def from_plain(value: object) -> object:
    """The message (or field) `to_plain` made JSON data of."""
    if isinstance(value, dict):
        if "$m" in value:
            return Msg(str(value["$m"]), **{str(k): from_plain(v) for k, v in value["f"].items()})
        if "$many" in value:
            return Many(from_plain(v) for v in value["$many"])
        if "$echo" in value:
            return Echo(value["$echo"])
    return value


def worded(text: str | Msg, lang: str) -> str:
    """A message as written (plain text) or worded in `lang` (a `Msg`)."""
    return text.render(lang) if isinstance(text, Msg) else text


class Many(tuple[object, ...]):
    """Several values in a message, listed as the language lists them ("a, b" / "a、b")."""

    __slots__ = ()

    def render(self, lang: str) -> str:
        """The values listed in `lang`."""
        return t_list([_field(v, lang) for v in self], lang)

    def __str__(self) -> str:
        return self.render("en")


def _field(value: object, lang: str) -> object:
    if isinstance(value, Echo):
        return value.shown(lang)
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, Many):
        return t_list([_field(v, lang) for v in value], lang)
    return value


def t_list(items: list[object], lang: str) -> str:
    """Items joined as a list reads in `lang` (", " in English, "、" in Chinese)."""
    return ("、" if lang == "zh" else ", ").join(str(item) for item in items)


def _shown(fields: dict[str, object], lang: str) -> dict[str, object]:
    return {name: _field(value, lang) for name, value in fields.items()}


class WalletSupportError(Exception):
    """An error the user can act on; `cli` prints `message` and exits with `exit_code`.

    Fields that quote what the user typed are given as `Echo` and redacted when shown.
    """

    exit_code: int = ExitCode.FAILURE

    def __init__(self, message: str = "", *, key: str | None = None, **fields: object) -> None:
        self.key = key
        self.fields = fields
        if key is not None and not message:
            from .i18n import t

            message = t(key, "en", **_shown(fields, "en"))
        super().__init__(message)
        self.message = message

    def render(self, lang: str) -> str:
        """The message in `lang` when it comes from the catalog, else as written."""
        if self.key is None:
            return self.message
        from .i18n import t

        return t(self.key, lang, **_shown(self.fields, lang))


class UsageError(WalletSupportError):
    """The command line asked for something that does not exist."""

    exit_code = ExitCode.USAGE


class FlowError(WalletSupportError):
    """A flow (or any YAML source) is malformed; always names `path:line`.

    The message is a catalog key and its fields (`key=`, or a `Msg`), worded by
    `render(lang)` as `path:line: <message in lang>`; `str()` and `detail` stay English.
    """

    def __init__(self, path: str, line: int, message: str | Msg = "", *,
                 key: str | None = None, **fields: object) -> None:
        self.path = path
        self.line = line
        self.msg: str | Msg = Msg(key, **fields) if key is not None else message
        self.detail = str(self.msg)
        super().__init__(f"{path}:{line}: {self.detail}")
        self.key = key if key is not None else (message.key if isinstance(message, Msg) else None)
        self.fields = fields if key is not None else (
            message.fields if isinstance(message, Msg) else {})

    def render(self, lang: str) -> str:
        """`path:line: message`, the message in `lang`."""
        return f"{self.path}:{self.line}: {worded(self.msg, lang)}"

    def problem(self) -> Problem:
        """This error as one `Problem` (for a list of findings)."""
        return Problem(self.path, self.line, self.msg)


class ProfileError(FlowError):
    """A contact profile is malformed or holds an invalid contact value."""


class Stopped(WalletSupportError):
    """A run stopped before its end; it carries what was answered and where it was kept.

    `answers` holds the answers given so far, `case_id` the draft they were saved
    in (if any), and `follow_up` what the user can do next (a catalog message set by
    the command that knows, such as the command line that goes on). `render` words
    all of it in the chosen language; nothing is glued onto the message text.
    """

    def __init__(self, message: str = "", *, key: str | None = None, **fields: object) -> None:
        super().__init__(message, key=key, **fields)
        self.answers: dict[str, object] = {}
        self.case_id: int | str | None = None
        #: Where the answers were kept when there is no draft (a file to replay).
        self.kept: Msg | None = None
        self.follow_up: Msg | None = None
        #: The problem in the user's own words, typed before it stopped (kept in a draft).
        self.description: str | None = None
        #: The draft `case_id` holds the user's words and no answer yet.
        self.words_only = False

    def render(self, lang: str) -> str:
        """The stop, then where the answers were kept, then how to go on, in `lang`."""
        text = super().render(lang)
        # The stop often ends with the question itself (its own "？" or "）"): in
        # Chinese, where sentences follow each other unspaced, the next goes on a new line.
        gap = "\n" if lang == "zh" else " "
        if self.kept is not None:
            text += gap + self.kept.render(lang)
        elif self.case_id is not None:
            key = "diagnose.words-kept" if self.words_only else "diagnose.draft-kept"
            text += gap + Msg(key, case=self.case_id).render(lang)
        if self.follow_up is not None:
            text += "\n" + self.follow_up.render(lang)
        return text

    def __str__(self) -> str:
        return self.render("en")


class Cancelled(Stopped):
    """The user pressed Ctrl-C."""

    exit_code = ExitCode.INTERRUPTED


class InputEnded(Stopped):
    """Standard input closed before the flow reached its end."""


class CaseNotFound(WalletSupportError):
    """No saved case has the given id."""


class Problem:
    """One finding about a source file: an error, or a warning that does not block."""

    __slots__ = ("line", "msg", "path", "severity")

    def __init__(self, path: str, line: int, message: str | Msg,
                 severity: str = "error") -> None:
        self.path = path
        self.line = line
        self.msg = message
        self.severity = severity

    @property
    def message(self) -> str:
        """The message in English."""
        return str(self.msg)

    def render(self, lang: str) -> str:
        """`path:line: message` (with `warning:` for a warning), worded in `lang`."""
        from .i18n import t

        label = "" if self.severity == "error" else t(f"problem.{self.severity}", lang)
        return f"{self.path}:{self.line}: {label}{worded(self.msg, lang)}"

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class FlowErrors(WalletSupportError):
    """Several problems found at once in one or more source files."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def render(self, lang: str) -> str:
        """One `path:line: message` line per problem, worded in `lang`."""
        return "\n".join(p.render(lang) for p in self.problems)


def type_name(value: object) -> Msg:
    """How a value's type reads in a message: "text", "a list", "true/false"..."""
    if isinstance(value, bool):
        return Msg("type.bool")
    if value is None:
        return Msg("type.none")
    if isinstance(value, (int, float)):
        return Msg("type.number")
    if isinstance(value, str):
        return Msg("type.text")
    if isinstance(value, list):
        return Msg("type.list")
    if isinstance(value, dict):
        return Msg("type.mapping")
    return Msg("type.other", name=type(value).__name__)

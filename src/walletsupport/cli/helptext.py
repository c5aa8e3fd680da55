"""Help and usage errors in the user's language, each command's help ending in examples.

The help texts are written beside their options in both languages ("English.
中文。"), since Typer reads them before `--lang` is parsed. Only when help is
shown (or a usage error is reported) does this module pick the half that fits
the language in force, add the command's examples, and word Typer's and click's
own fixed texts (panel titles, "Usage:", "No such command") in that language.
Nothing here runs on an ordinary command, so start-up pays nothing for it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["EXAMPLES", "USAGE", "click_errors", "help_lang", "help_lang_of", "localize_command",
           "pick_help", "remember_args", "show_usage_error"]

# Compiled when help is first shown (re keeps it), not on every run: a class of wide
# ranges costs about 3 ms to compile, as much as the rest of this module.
_CJK = r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]"

#: Chinese for the help texts written in English only (options shared with tools, authoring).
_ZH = {
    "Extra folder of flows (repeatable); replaces built-ins of the same id.":
        "额外的流程文件夹（可多次使用）；同名（id 相同）的流程会替换自带的。",
    "Show the version and exit.": "显示版本号后退出。",
    "Show this message and exit.": "显示此帮助后退出。",
    "Install completion for the current shell.": "为当前的 shell 安装命令补全。",
    "Show completion for the current shell, to copy it or customize the installation.":
        "显示当前 shell 的命令补全脚本，可复制或自行安装。",
    "Install completion for the specified shell.": "为指定的 shell 安装命令补全。",
    "Show completion for the specified shell, to copy it or customize the installation.":
        "显示指定 shell 的命令补全脚本，可复制或自行安装。",
    "Contact profile for the closing screen: a name or a YAML file; the same as the global "
    "option.": "结尾页面使用的联系渠道资料：名称或 YAML 文件；与全局选项相同。",
    "Print JSON.": "输出 JSON。",
    "Contact profile: a name (see 'profiles list') or a YAML file; the same as the global "
    "option.": "联系渠道资料：名称（见 'profiles list'）或 YAML 文件；与全局选项相同。",
    "Check against this profile first (a name or a YAML file); the same as the global option.":
        "先对照这份联系渠道资料检查（名称或 YAML 文件）；与全局选项相同。",
    "Show one section only: channels, prepare, timing, answers or problems.":
        "只看其中一部分：渠道、准备、时机、答复或问题（也可以写英文 channels、prepare 等）。",
    "List the problems walletsupport can diagnose.": "列出 walletsupport 能诊断的问题。",
    "Show one flow: its questions, branches, advice and ends.":
        "查看一个流程：它的问题、分支、建议和结论。",
    "The flow id.": "流程 ID。",
    "Check flow files: syntax, types, references, reachability, dead ends, translations.":
        "检查流程文件：语法、类型、引用、能否走到、死路和翻译。",
    "Flow files or folders (default: every flow the tool loads).":
        "流程文件或文件夹（默认：本工具加载的所有流程）。",
    "Treat warnings as errors.": "把警告当作错误处理。",
    "Run scenario files: each gives answers and expects an end, advice and checklist values.":
        "运行场景文件：每个场景给出答案，并检查结论、建议和清单内容。",
    "Scenario files or folders (default: the tests/ folder beside every flow folder).":
        "场景文件或文件夹（默认：每个流程文件夹旁边的 tests/ 文件夹）。",
    "Draw a flow's decision tree as a Mermaid flowchart or a Graphviz DOT graph.":
        "把流程的决策树画成 Mermaid 流程图或 Graphviz DOT 图。",
    "mermaid or dot.": "mermaid 或 dot。",
    "Write to this file instead of stdout.": "写入这个文件，而不是输出到屏幕。",
    "Print the JSON Schema of the flow format (for editors' YAML support).":
        "输出流程格式的 JSON Schema（供编辑器检查 YAML）。",
    "Write a small, valid starter flow and its scenario file, never overwriting.":
        "生成一个能通过检查的最小起步流程及其场景文件，绝不覆盖已有文件。",
    "The new flow's id (kebab-case).": "新流程的 ID（小写字母加连字符）。",
    "List the contact profiles: built-in ones and those of content packages.":
        "列出联系渠道资料：自带的和内容包提供的。",
    "Show one profile: its source, checked date, sources, warnings and channels.":
        "查看一份联系渠道资料：来源、核实日期、出处、提醒和渠道。",
    "A profile name or a YAML file.": "联系渠道资料的名称或 YAML 文件。",
    "Print the JSON Schema of the profile file format.": "输出联系渠道资料格式的 JSON Schema。",
}

#: Two or three examples ending each command's help: (command line, English, Chinese).
EXAMPLES: dict[str, Sequence[tuple[str, str, str]]] = {
    "": (
        ("walletsupport diagnose", "find out what to do, step by step", "一步步弄清该怎么办"),
        ("walletsupport --lang zh contacts --profile alipay",
         "Alipay's official channels, in Chinese", "用中文查看支付宝的官方渠道"),
        ("walletsupport check-contact 400-000-9518", "is this number really the wallet's?",
         "这个号码真的是钱包官方的吗？"),
    ),
    "diagnose": (
        ("walletsupport diagnose", "pick the problem, or describe it in your own words",
         "从列表选问题，或用自己的话描述"),
        ("walletsupport diagnose failed-withdrawal", "start a problem directly",
         "直接开始某个问题"),
        ("walletsupport diagnose --resume", "continue after Ctrl-C", "按 Ctrl-C 中断后继续"),
    ),
    "contacts": (
        ("walletsupport contacts --profile binance", "Binance's official channels",
         "币安的官方渠道"),
        ("walletsupport contacts --profile alipay --problem locked-account",
         "ranked for a locked account", "按账户被锁的情况排序"),
        ("walletsupport contacts --when \"2026-12-05 20:00\"", "which channels are open then",
         "那个时间哪些渠道可以联系"),
    ),
    "check-contact": (
        ("walletsupport check-contact 95188", "a phone number someone gave you",
         "别人给你的电话号码"),
        ("walletsupport check-contact @Binance_Help_Desk --profile binance",
         "a messaging account that says it is support", "自称客服的聊天账号"),
        ("walletsupport check-contact https://alipay-help.example.com",
         "a link from a message", "短信或私信里的链接"),
    ),
    "export": (
        ("walletsupport export", "the latest case as Markdown, to paste to support",
         "把最新一条记录导出为 Markdown，方便粘贴给客服"),
        ("walletsupport export 3 --format text --output case-3.txt",
         "case 3 as plain text in a file", "把记录 3 以纯文本保存到文件"),
        ("walletsupport export --copy", "straight to the clipboard", "直接复制到剪贴板"),
    ),
    "guide": (
        ("walletsupport guide", "the whole guide", "完整的指南"),
        ("walletsupport guide --section timing", "when support answers fastest",
         "什么时候联系客服回复最快"),
    ),
    "flows": (
        ("walletsupport flows list", "the problems it knows", "它能诊断哪些问题"),
        ("walletsupport flows validate my-flows/", "check your own flows",
         "检查你自己写的流程"),
    ),
    "flows list": (("walletsupport flows list", "every problem, with its id",
                    "所有问题及其 ID"),
                   ("walletsupport flows list --json", "for a script", "供脚本使用")),
    "flows show": (("walletsupport flows show security", "the questions and advice of one flow",
                    "查看一个流程的问题和建议"),
                   ("walletsupport flows show fees --json", "the same for a program",
                    "同样的内容，供程序使用")),
    "flows validate": (("walletsupport flows validate", "every flow the tool loads",
                        "检查本工具加载的所有流程"),
                       ("walletsupport flows validate --strict my-flow.yaml",
                        "one file, warnings as errors", "检查一个文件，警告也算错误")),
    "flows test": (("walletsupport flows test", "every scenario of every flow",
                    "运行所有流程的全部场景"),
                   ("walletsupport flows test my-flows/", "a folder made by 'flows new'",
                    "运行 'flows new' 生成的文件夹")),
    "flows graph": (("walletsupport flows graph fees", "a Mermaid chart to paste into Markdown",
                     "生成可粘贴到 Markdown 的 Mermaid 图"),
                    ("walletsupport flows graph fees --format dot --output fees.dot",
                     "a Graphviz file", "生成 Graphviz 文件")),
    "flows schema": (("walletsupport flows schema --output flow.schema.json",
                      "for your editor's YAML checks", "供编辑器检查 YAML"),
                     ("walletsupport flows schema", "print it here", "直接输出到屏幕")),
    "flows new": (("walletsupport flows new card-declined", "a starter flow and its tests",
                   "生成起步流程及其测试"),
                  ("walletsupport flows test .", "then run its tests", "然后运行它的测试")),
    "profiles": (("walletsupport profiles list", "every contact profile", "所有联系渠道资料"),
                 ("walletsupport profiles show paypal", "one profile, with its sources",
                  "查看一份资料及其出处")),
    "profiles list": (("walletsupport profiles list", "every contact profile",
                       "所有联系渠道资料"),
                      ("walletsupport profiles list --json", "for a script", "供脚本使用")),
    "profiles show": (("walletsupport profiles show wechat-pay", "channels, sources, warnings",
                       "渠道、出处和提醒"),
                      ("walletsupport profiles show ./mywallet.yaml",
                       "check a profile file you wrote", "检查你自己写的资料文件")),
    "profiles schema": (("walletsupport profiles schema > profile.schema.json",
                         "for your editor's YAML checks", "供编辑器检查 YAML"),
                        ("walletsupport profiles schema", "print it here", "直接输出到屏幕")),
    "cases": (("walletsupport cases list", "your saved cases", "你保存的记录"),
              ("walletsupport cases show 3", "one case in full", "查看一条记录的全部内容")),
    "cases list": (("walletsupport cases list", "your saved cases", "你保存的记录"),
                   ("walletsupport cases list --json", "for a script", "供脚本使用")),
    "cases show": (("walletsupport cases show 3", "case 3 in full", "查看记录 3 的全部内容"),
                   ("walletsupport cases show 3 --json", "the same as JSON", "以 JSON 格式查看")),
    "cases set-ticket": (("walletsupport cases set-ticket 3 CS-2026-114455",
                          "the ticket number support gave you", "记下客服给的工单号"),
                         ("walletsupport cases set-ticket 3 \"\"", "clear it again", "清除工单号")),
    "cases note": (("walletsupport cases note 3 \"They asked for a bank statement\"",
                    "what support said", "记下客服说了什么"),
                   ("walletsupport cases note 3 \"Escalated to level 2, answer in 3 days\"",
                    "what happens next", "接下来会怎样")),
    "cases status": (("walletsupport cases status 3 waiting", "waiting for support's answer",
                      "正在等客服答复"),
                     ("walletsupport cases status 3 resolved", "the problem is solved",
                      "问题已经解决")),
    "cases follow-up": (("walletsupport cases follow-up 3", "a polite follow-up to send",
                         "写一条礼貌的跟进消息"),
                        ("walletsupport cases follow-up 3 --escalate --copy",
                         "ask for escalation, copied to the clipboard",
                         "申请升级，并复制到剪贴板")),
    "cases delete": (("walletsupport cases delete 3", "asks before deleting",
                      "删除前会先确认"),
                     ("walletsupport cases delete 3 --yes", "without asking (for scripts)",
                      "不再确认（供脚本使用）")),
    "cases edit": (("walletsupport cases edit 3", "correct an answer of case 3",
                    "改正记录 3 中的某个回答"),
                   ("walletsupport --plain cases edit 3", "with numbered plain prompts",
                    "用编号式纯文本提问")),
    "cases answers": (("walletsupport cases answers 3 > case-3.yaml", "save the answers",
                       "保存答案"),
                      ("walletsupport diagnose --answers case-3.yaml", "replay them",
                       "重放这些答案")),
    "checkup": (("walletsupport checkup", "ten quick questions about your security habits",
                 "回答十个关于安全习惯的小问题"),
                ("walletsupport checkup --json", "the result for a script", "供脚本使用的结果")),
}

#: Typer's and click's own fixed texts, in Chinese.
_TYPER_ZH = {
    "ARGUMENTS_PANEL_TITLE": "参数",
    "OPTIONS_PANEL_TITLE": "选项",
    "COMMANDS_PANEL_TITLE": "命令",
    "ERRORS_PANEL_TITLE": "错误",
    "DEFAULT_STRING": "[默认：{}]",
    "REQUIRED_LONG_STRING": "[必填]",
    "ENVVAR_STRING": "[环境变量：{}]",
    "ABORTED_TEXT": "已中止。",
    "RICH_HELP": "运行 [blue]'{command_path} {help_option}'[/] 查看帮助。",
}

_EXAMPLES_TITLE = {"en": "Examples:", "zh": "示例："}
USAGE = {"en": "Usage: ", "zh": "用法："}
_TRY = {"en": "Try '{command} --help' for help.", "zh": "运行 '{command} --help' 查看帮助。"}
_ERROR = {"en": "walletsupport: {message}", "zh": "walletsupport：{message}"}

#: click's usage errors, and how to say them in Chinese.
# Patterns as text, compiled (and cached by `re`) only when a usage error is shown:
# compiling them on every start-up cost milliseconds.
_ERRORS_ZH = (
    (r"No such command '(.+?)'\.(.*)", "没有“{0}”这个命令。{1}"),
    (r"No such option: (\S+)(.*)", "没有 {0} 这个选项。{1}"),
    (r"Missing argument '(.+?)'\.(.*)", "缺少参数 '{0}'。{1}"),
    (r"Missing option '(.+?)'\.(.*)", "缺少选项 '{0}'。{1}"),
    (r"Missing command\.(.*)", "缺少命令。{0}"),
    (r"Option '(.+?)' requires an argument\.(.*)",
     "选项 '{0}' 后面需要一个值。{1}"),
    # click says "argument(s)" (8.2 on), "argument" or "arguments" (before)
    (r"Got unexpected extra arguments?(?:\(s\))? \((.+)\)(.*)", "多余的参数：{0}。{1}"),
    (r"Option '(.+?)' does not take a value\.(.*)", "选项 '{0}' 后面不能带值。{1}"),
    (r"Argument '(.+?)' takes (\d+) values\.(.*)", "参数 '{0}' 需要 {1} 个值。{2}"),
    (r"Invalid value for '(.+?)': (.*)", "'{0}' 的值无效：{1}"),
)
_SUGGESTION_ZH = (r"\s*Did you mean (.+?)\?", "你是不是想用 {0}？")


def click_errors() -> tuple[type[Any], type[Any]]:
    """Click's `ClickException` and `UsageError`, from the click Typer runs on."""
    errors = _click_module("exceptions")
    return errors.ClickException, errors.UsageError


def _click_module(name: str) -> Any:
    """A module of the click Typer runs on: its own copy (Typer 0.25 on), else click itself.

    Looked up by name, so that type checking does not depend on whether click is
    installed too (another tool may bring it).
    """
    from importlib import import_module

    try:
        return import_module(f"typer._click.{name}")
    except ImportError:  # pragma: no cover - older Typer uses click itself
        return import_module(f"click.{name}")


def pick_help(text: str | None, lang: str) -> str | None:
    """The half of a bilingual help text ("English. 中文。") for `lang`.

    The Chinese half starts at the first Chinese character; a text written in
    English only gets its Chinese from `_ZH`, or stays English when it has none.
    """
    if not text:
        return text
    found = re.search(_CJK, text)
    english = text[: found.start()].rstrip() if found else text.strip()
    if lang != "zh":
        return english or text
    if found:
        return text[found.start():].strip()
    flat = " ".join(english.split())
    return _ZH.get(flat, english)


_ARGS: list[list[str]] = []


def remember_args(args: Sequence[str] | None) -> None:
    """Keep the words this run was given: help is shown before `--lang` is parsed."""
    _ARGS[:] = [list(sys.argv[1:] if args is None else args)]


def help_lang() -> str:
    """The language for help and usage errors: --lang, WALLETSUPPORT_LANG, config, locale.

    Worked out from the command line itself, since help is shown while it is
    still being parsed; a broken setting falls back to the locale.
    """
    from ..i18n import LANGS, detect_lang

    args = _ARGS[0] if _ARGS else sys.argv[1:]
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args) and args[index + 1] in LANGS:
            return args[index + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    try:
        from ..environment import config_dir
        from ..settings import resolve

        return resolve(lang=None, profile=None, flows_dirs=(), environ=os.environ,
                       config_folder=config_dir()).lang
    except Exception:  # a broken config must not stop help from showing
        return detect_lang(os.environ)


def help_plain() -> bool:
    """Whether help is drawn plain (no boxes): --plain, WALLETSUPPORT_PLAIN, config, TERM=dumb."""
    args = _ARGS[0] if _ARGS else sys.argv[1:]
    for arg in args:
        if arg == "--":
            break
        if arg in ("--plain", "--no-plain"):
            return arg == "--plain"
    try:
        from ..environment import config_dir
        from ..settings import resolve

        return resolve(lang=None, profile=None, flows_dirs=(), environ=os.environ,
                       config_folder=config_dir()).plain
    except Exception:  # a broken config must not stop help from showing
        return os.environ.get("TERM") == "dumb"


def help_lang_of(ctx: Any) -> str:
    """The language for help in `ctx`: the run's own once set up, else from the command line."""
    from ..environment import Environment

    root = ctx.find_root() if ctx is not None else None
    obj = getattr(root, "obj", None)
    lang = obj.lang if isinstance(obj, Environment) else help_lang()
    return lang if lang == "zh" else "en"


def _commands_below(command: Any) -> Iterator[Any]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        if not isinstance(sub, str | type(None)) and hasattr(sub, "params"):
            yield from _commands_below(sub)


#: An example whose command line holds words the user would write: its Chinese form.
_LINE_ZH = {
    "walletsupport cases note 3 \"They asked for a bank statement\"":
        "walletsupport cases note 3 \"客服要我提供银行流水\"",
    "walletsupport cases note 3 \"Escalated to level 2, answer in 3 days\"":
        "walletsupport cases note 3 \"已转交二线处理，3 天内答复\"",
    # The Chinese names are taken as they are shown, so a Chinese example shows them.
    "walletsupport guide --section timing": "walletsupport guide --section 时机",
    "walletsupport cases status 3 waiting": "walletsupport cases status 3 等待中",
    "walletsupport cases status 3 resolved": "walletsupport cases status 3 已解决",
}


def _examples(path: str, lang: str, plain: bool = False) -> str | None:
    """The examples as comment and command lines, each command on its own line to copy."""
    examples = EXAMPLES.get(path)
    if not examples:
        return None
    lines = _LINE_ZH if lang == "zh" else {}
    rows = [f"  # {zh if lang == 'zh' else en}\n  {lines.get(line, line)}"
            for line, en, zh in examples]
    if plain:
        # click's plain formatter keeps a paragraph's lines as they are after a \b line.
        return "\n\n".join([_EXAMPLES_TITLE[lang], *(f"\b\n{row}" for row in rows)])
    # Two spaces end each line: Typer keeps them as line breaks in the epilog.
    return "\n\n".join([_EXAMPLES_TITLE[lang], *rows]).replace("\n", "  \n")


def localize_command(command: Any, ctx: Any, formatter: Any = None) -> None:
    """Word `command`'s help (and its subcommands' one-line help) in the language in force."""
    lang = help_lang_of(ctx)
    plain = help_plain()
    for found in _commands_below(command):
        if plain:
            # click's own formatter: headings and indented lists, no boxes to read around.
            found.rich_markup_mode = None
        found.help = pick_help(found.help, lang)
        if getattr(found, "short_help", None):
            found.short_help = pick_help(found.short_help, lang)
        for param in found.params:
            if getattr(param, "help", None):
                param.help = pick_help(param.help, lang)
    path = " ".join(ctx.command_path.split()[1:]) if ctx is not None else ""
    command.epilog = _examples(path, lang, plain)
    if plain and lang == "zh" and formatter is not None:
        formatter.__class__ = _plain_formatter_zh()
    _word_typer(lang)


_SECTIONS_ZH = {"Arguments": "参数", "Options": "选项", "Commands": "命令"}


def _plain_formatter_zh() -> type[Any]:
    """The plain help formatter of click, with its headings and usage line in Chinese."""
    base: Any = _click_module("formatting").HelpFormatter

    class _Formatter(base):  # type: ignore[misc]
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, prefix=USAGE["zh"])

        def write_heading(self, heading: str) -> None:
            self.write(f"{'':>{self.current_indent}}{_SECTIONS_ZH.get(heading, heading)}：\n")

        def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
            super().write_dl([(term, _extras_zh(text)) for term, text in rows], *args, **kwargs)

    return _Formatter


#: click's bracketed extras after a parameter's help ("[default: x; required]"), in Chinese.
_EXTRAS_ZH = (("default: ", "默认："), ("env var: ", "环境变量："))


def _extras_zh(text: str) -> str:
    """`text` with click's trailing "[default: …; required]" worded in Chinese."""
    match = re.search(r"\[([^\[\]]*)\]\s*$", text)
    if match is None:
        return text
    words = []
    for part in match.group(1).split("; "):
        if part == "required":
            part = "必填"
        for english, chinese in _EXTRAS_ZH:
            if part.startswith(english):
                part = chinese + part[len(english):]
        words.append(part)
    return f"{text[:match.start()]}[{'；'.join(words)}]"


def _word_typer(lang: str) -> None:
    """Typer's panel titles and fixed words, in `lang` (its module is loaded for help anyway)."""
    from typer import rich_utils

    english = _word_typer.__dict__.setdefault(
        "english", {name: getattr(rich_utils, name) for name in _TYPER_ZH})
    for name, chinese in _TYPER_ZH.items():
        setattr(rich_utils, name, chinese if lang == "zh" else english[name])
    make = _word_typer.__dict__.setdefault("make", rich_utils._make_rich_text)
    rich_utils._make_rich_text = _cjk_text_maker(make) if lang == "zh" else make


def _cjk_text_maker(make: Any) -> Any:
    """Typer's help-text maker, its texts wrapped where Chinese breaks.

    Rich breaks lines at spaces only: a Chinese help text, which has none, was cut
    off with "…" in the narrow help column. These texts break as `wrapping.wrap`
    breaks them, between any two Chinese characters.
    """
    from rich.containers import Lines
    from rich.measure import Measurement
    from rich.text import Text

    from ..wrapping import display_width, narrowest, wrap_styled

    class CJKText(Text):
        __slots__ = ()

        def wrap(self, console: Any, width: int, **_: Any) -> Lines:
            lines = Lines()
            for line in self.split("\n", allow_blank=True):
                lines.extend(wrap_styled(line, width) or [line])
            return lines

        def __rich_measure__(self, console: Any, options: Any) -> Measurement:
            widest = max((display_width(line) for line in self.plain.splitlines()), default=0)
            return Measurement(min(narrowest(self.plain), widest), widest)

    def make_text(**kwargs: Any) -> Any:
        text = make(**kwargs)
        if isinstance(text, Text):
            text.__class__ = CJKText
        return text

    return make_text


def _translate(message: str, lang: str) -> str:
    if lang != "zh":
        return message
    for pattern, chinese in _ERRORS_ZH:
        found = re.fullmatch(pattern, message.strip(), re.S)
        if found:
            parts = list(found.groups())
            if parts and parts[-1]:
                suggestion = re.search(_SUGGESTION_ZH[0], parts[-1])
                parts[-1] = _SUGGESTION_ZH[1].format(suggestion.group(1)) if suggestion else ""
            return chinese.format(*parts)
    return message


def show_usage_error(error: Any, stream: Any = None) -> None:
    """A usage error as three plain lines, in the user's language: what, usage, where to look."""
    ctx = getattr(error, "ctx", None)
    lang = help_lang_of(ctx)
    lang = lang if lang == "zh" else "en"
    out = stream or sys.stderr
    print(_ERROR[lang].format(message=_translate(error.format_message(), lang)), file=out)
    if ctx is None:  # found before any command was known: point at the top help
        print(_TRY[lang].format(command="walletsupport"), file=out)
        return
    if ctx is not None:  # pragma: no branch
        usage = ctx.get_usage().strip()
        for prefix in USAGE.values():
            usage = usage.removeprefix(prefix.strip()).strip()
        print(USAGE[lang] + usage, file=out)
        print(_TRY[lang].format(command=ctx.command_path), file=out)

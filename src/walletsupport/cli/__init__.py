"""The command line: the only place that knows about Typer, exit codes and global options.

Each command area lives in its own module here, whose `register(app)` adds its
commands and groups with `app.command(name)` and `app.add_typer(sub, name=...)`.
Typer turns every registered function into a command (reading its signature
and building its options) before it runs any of them, which costs start-up
time for the one command a user asked for; so the root `_Group` is click's lazy
group: it knows each command's name and area (`_LAZY`), and imports and builds
an area the first time one of its commands is used. Errors from the library are turned
into one plain line and an exit code in `_Group.invoke`, the single place they
are caught.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.main
from typer.core import TyperGroup

from .. import __version__
from ..environment import Environment
from ..errors import Cancelled, ExitCode, WalletSupportError
from .completion import profile_names

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..diagnosis.catalog import Catalog

__all__ = ["app", "env_of", "load_flows", "main", "write_stdout"]


def _fail(env: Environment | None, error: WalletSupportError) -> typer.Exit:
    lang = env.lang if env is not None else "en"
    stream = env.stderr if env is not None else sys.stderr
    message = error.render(lang)
    if _is_terminal(stream):
        # Broken between words at the terminal's width: the terminal itself would cut
        # inside a word ("diagnose --resum|e"). Piped output stays one line per message.
        import re

        from ..wrapping import wrap

        width = max(_columns(stream) - 1, 20)
        # A command to copy ('walletsupport diagnose --resume') stays on one line.
        commands = re.findall(r"'(walletsupport [^'\n]*)'", message)
        message = "\n".join(wrap(message, width, cut_long=False, whole=commands))
    print(message, file=stream)
    return typer.Exit(error.exit_code)


def _columns(stream: Any) -> int:
    """The width of the terminal `stream` writes to (COLUMNS first, as everywhere).

    Its own terminal, not standard output's: with the output piped on (`| less`,
    `> case.txt`) the error still fits the screen it is read on.
    """
    import os
    import shutil

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return shutil.get_terminal_size().columns


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, OSError, ValueError):
        return False


#: The command areas, in the order they register (`register(app)` in cli/<area>.py).
_AREAS = ("flows", "diagnose", "checkup", "contacts", "cases", "guide")

#: Each top-level command and its area, in the order Typer lists them (commands, then
#: groups). A test keeps this equal to what the areas register.
_LAZY = {"diagnose": "diagnose", "checkup": "checkup", "contacts": "contacts",
         "check-contact": "contacts", "export": "cases", "guide": "guide",
         "flows": "flows", "profiles": "contacts", "cases": "cases"}


def _no_options() -> None:
    """Hold the commands being built."""


def _area_commands(area: str, only: str) -> dict[str, Any]:
    """The click command `only` of one area, built by Typer itself, in the user's language.

    Built anew for each root (each run): help in plain mode or another language
    changes the built commands, which must not leak into the next run in a process.
    The area's other commands are left unbuilt (`contacts` does not build
    `check-contact`): Typer reads every parameter's annotations to build one.
    """
    holder = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    holder.callback()(_no_options)  # a group, even around a single command
    import_module(f"{__name__}.{area}").register(holder)
    holder.registered_commands = [info for info in holder.registered_commands
                                  if _command_name(info) == only]
    holder.registered_groups = [info for info in holder.registered_groups
                                if typer.main.solve_typer_info_defaults(info).name == only]
    # A group's commands (`cases list`, `cases show`, ...) are built when first used too:
    # Typer builds each group without them, and the group builds the one it runs.
    held = [(info, info.typer_instance.registered_commands)
            for info in holder.registered_groups
            if info.typer_instance is not None and not info.typer_instance.registered_groups]
    for info, _ in held:
        assert info.typer_instance is not None
        info.typer_instance.registered_commands = []
    try:
        built: Any = typer.main.get_command(holder)
    finally:
        for info, commands in held:
            assert info.typer_instance is not None
            info.typer_instance.registered_commands = commands
    for info, commands in held:
        name = typer.main.solve_typer_info_defaults(info).name
        group = built.commands.get(name)
        if group is not None:
            group.pending = {_command_name(command): command for command in commands}
            group.pending_order = list(group.pending)
            group.pending_options = {"pretty_exceptions_short": holder.pretty_exceptions_short,
                                     "rich_markup_mode": holder.rich_markup_mode}
            group.__class__ = _lazy_class(type(group))
    return {name: _localize(command) for name, command in built.commands.items()}


def _command_name(info: Any) -> str:
    """The name Typer gives a registered command (its own, or its function's)."""
    return str(info.name or typer.main.get_command_name(info.callback.__name__))


_LAZY_CLASSES: dict[type, type] = {}


def _lazy_class(base: Any) -> type:
    """`base` (a Typer group class) building each command of `pending` when first used."""
    if base in _LAZY_CLASSES:
        return _LAZY_CLASSES[base]

    def list_commands(self: Any, ctx: Any) -> list[str]:
        """Every command's name, in the order registered, without building any."""
        order = self.pending_order
        return [*order, *(name for name in base.list_commands(self, ctx) if name not in order)]

    def get_command(self: Any, ctx: Any, cmd_name: str) -> Any:
        """The command `cmd_name`, built (with help in the user's language) the first time."""
        if cmd_name in self.pending:
            command = typer.main.get_command_from_info(self.pending.pop(cmd_name),
                                                       **self.pending_options)
            self.commands[cmd_name] = _localize(command)
        return base.get_command(self, ctx, cmd_name)

    def resolve_command(self: Any, ctx: Any, args: list[str]) -> Any:
        """Click's lookup; a name that is not known builds them all, for Typer's suggestions."""
        if args and args[0] not in self.commands and args[0] not in self.pending:
            for name in list(self.pending):
                self.get_command(ctx, name)
        return base.resolve_command(self, ctx, args)

    _LAZY_CLASSES[base] = type(base.__name__, (base,), {
        "list_commands": list_commands, "get_command": get_command,
        "resolve_command": resolve_command})
    return _LAZY_CLASSES[base]


#: Set while help is being written: only then (or when the shell asks for completions) is
#: --help's own line worded in the user's language. Every command asks click for that
#: option when it parses its arguments; working out the help language there (reading the
#: config) on every run cost a few milliseconds for a line almost never shown.
_WRITING_HELP: list[bool] = []


def _wording_help() -> bool:
    return bool(_WRITING_HELP) or "_WALLETSUPPORT_COMPLETE" in os.environ


def _format_help(self: Any, ctx: Any, formatter: Any) -> None:
    """Help in the user's language, ending in the command's examples."""
    from .helptext import localize_command

    for name in getattr(self, "list_commands", lambda ctx: [])(ctx):
        self.get_command(ctx, name)  # a group's help lists every command: build them all
    localize_command(self, ctx, formatter)
    base: Any = type(self).__bases__[0]
    _WRITING_HELP.append(True)
    try:
        base.format_help(self, ctx, formatter)
    finally:
        _WRITING_HELP.pop()


def _format_usage(self: Any, ctx: Any, formatter: Any) -> None:
    """The usage line, its "Usage:" in the user's language."""
    from .helptext import USAGE, help_lang_of

    formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                          prefix=USAGE[help_lang_of(ctx)])


def _collect_usage_pieces(self: Any, ctx: Any) -> list[str]:
    """The usage line's pieces, a required argument written ID as its help names it.

    Typer writes a required argument with its own metavar as ``{ID}``, which
    reads like a placeholder to fill in with the braces; the rest of the help
    (the Arguments list, the examples) writes plain ``ID``.
    """
    base: Any = type(self).__bases__[0]
    return [_unbraced(piece) for piece in base.collect_usage_pieces(self, ctx)]


def _unbraced(piece: str) -> str:
    if piece.startswith("{") and piece.endswith("}") and "|" not in piece:
        return piece[1:-1]
    return piece


def _get_help_option(self: Any, ctx: Any) -> Any:
    """Click's own --help option, its text in the user's language when help is written."""
    base: Any = type(self).__bases__[0]
    option = base.get_help_option(self, ctx)
    if option is not None and _wording_help():
        from .helptext import help_lang_of, pick_help

        option.help = pick_help(option.help, help_lang_of(ctx))
    return option


_LOCALIZED = {"format_help": _format_help, "format_usage": _format_usage,
              "collect_usage_pieces": _collect_usage_pieces,
              "get_help_option": _get_help_option, "localized": True}


_LOCALIZED_CLASSES: dict[type, type] = {}


def _localized_class(base: type) -> type:
    # The base must come first in the bases, or Python refuses the __class__ assignment.
    if base not in _LOCALIZED_CLASSES:
        _LOCALIZED_CLASSES[base] = type(base.__name__, (base,), dict(_LOCALIZED))
    return _LOCALIZED_CLASSES[base]


def _localize(command: Any) -> Any:
    """Give a built command (and the commands of a group) help in the user's language."""
    if not getattr(command, "localized", False):
        command.__class__ = _localized_class(type(command))
    for sub in getattr(command, "commands", {}).values():
        _localize(sub)
    return command


def _redact_click(error: typer.TyperException) -> None:
    """Mask secrets in a command-line error (a phrase pasted unquoted becomes extra arguments).

    A group run without a command shows its help through an error: that is our
    own text, left alone (redacting it would only load the word lists).
    """
    if type(error).__name__ == "NoArgsIsHelpError":
        return
    from ..redact import redact

    error.message = redact(error.message).text


#: Global options a newcomer types after the command (`diagnose --lang zh`). `--profile`
#: is not among them: some commands have their own.
_MOVABLE = ("--lang", "--plain", "--no-plain")


def _options_of(command: Any) -> set[str]:
    """Every option name `command` defines itself (`--plain` and `--no-plain` alike)."""
    return {name for param in getattr(command, "params", ())
            for name in (*param.opts, *param.secondary_opts) if name.startswith("-")}


def _hoist_globals(group: Any, ctx: Any, args: list[str]) -> list[str]:
    """`args` with the global options written after the command moved before it.

    An option the command itself defines (checkup's own `--plain`) stays where it is,
    and so does everything after `--`.
    """
    takes_value = {name for param in group.params if not getattr(param, "is_flag", True)
                   for name in param.opts}
    at = 0
    while at < len(args) and args[at].startswith("-") and args[at] != "--":
        at += 2 if args[at] in takes_value else 1
    if at >= len(args) or args[at] == "--" or args[at] not in group.list_commands(ctx):
        return args
    command = group.get_command(ctx, args[at])
    own = _options_of(command)
    for step in args[at + 1:]:  # down the subcommands named, each with its own options
        names = command.list_commands(ctx) if hasattr(command, "list_commands") else ()
        if step.startswith("-") or step not in names:
            break
        command = command.get_command(ctx, step)
        own |= _options_of(command)
    moved: list[str] = []
    kept: list[str] = list(args[: at + 1])
    rest = args[at + 1:]
    index = 0
    while index < len(rest):
        arg = rest[index]
        if arg == "--":
            kept.extend(rest[index:])
            break
        name = arg.split("=", 1)[0]
        if name in _MOVABLE and name not in own:
            if name in takes_value and "=" not in arg and index + 1 < len(rest):
                moved.extend(rest[index:index + 2])
                index += 2
                continue
            moved.append(arg)
        else:
            kept.append(arg)
        index += 1
    return moved + kept if moved else args


class _Group(TyperGroup):
    """The root: builds each command when first used; errors and Ctrl-C become one line."""

    localized = True
    format_help = _format_help
    format_usage = _format_usage

    def get_help_option(self, ctx: Any) -> Any:
        """Click's own --help option, its text in the user's language when help is written."""
        option = super().get_help_option(ctx)
        if option is not None and _wording_help():
            from .helptext import help_lang_of, pick_help

            option.help = pick_help(option.help, help_lang_of(ctx))
        return option

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run, with usage errors said in the user's language as plain lines (exit 2)."""
        from .helptext import click_errors, remember_args

        click_exception, usage_error = click_errors()
        remember_args(args[0] if args else kwargs.get("args"))
        standalone = kwargs.get("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except usage_error as error:
            if not standalone:
                raise
            if type(error).__name__ != "NoArgsIsHelpError":  # that one has shown the help
                from .helptext import show_usage_error

                show_usage_error(error)
            sys.exit(error.exit_code)
        except click_exception as error:
            error.show()
            sys.exit(error.exit_code)
        except typer.Abort:
            sys.exit(ExitCode.FAILURE)
        if not standalone:  # a caller running it in-process wants the result
            return code
        sys.exit(code if isinstance(code, int) else ExitCode.OK)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Click's parsing, with `--lang` and `--plain` also taken after the command name."""
        return super().parse_args(ctx, _hoist_globals(self, ctx, args))

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command's name, in order, without building any (click's lazy-group pattern)."""
        return [*_LAZY, *(name for name in self.commands if name not in _LAZY)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command `cmd_name`: its area is imported and built the first time it is used."""
        if cmd_name not in self.commands and cmd_name in _LAZY:
            self.commands.update(_area_commands(_LAZY[cmd_name], cmd_name))
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """Click's lookup; a mistyped name is answered with the closest commands, built or not."""
        from .helptext import click_errors

        usage_error = click_errors()[1]
        try:
            # click's own lookup (Typer's adds suggestions from built commands only)
            resolve = getattr(self, "_click_resolve_command", super().resolve_command)
            return resolve(ctx, args)
        except usage_error as error:
            from difflib import get_close_matches

            matches = get_close_matches(args[0], self.list_commands(ctx)) if args else []
            if matches:
                suggestions = ", ".join(f"{match!r}" for match in matches)
                error.message = f"{error.message.rstrip('.')}. Did you mean {suggestions}?"
            raise

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except typer.TyperException as error:
            _redact_click(error)
            raise

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except typer.TyperException as error:  # a usage error quotes what was typed
            _redact_click(error)
            raise
        except WalletSupportError as error:
            raise _fail(ctx.obj if isinstance(ctx.obj, Environment) else None, error) from None
        except (KeyboardInterrupt, typer.Abort):
            env = ctx.obj if isinstance(ctx.obj, Environment) else None
            raise _fail(env, Cancelled(key="errors.cancelled")) from None
        except Exception as error:
            # An SQLite read that met a busy or full database outside a write: one line too.
            if type(error).__module__ != "sqlite3" or type(error).__name__ != "OperationalError":
                raise
            from ..cases.store import DB_NAME, database_error

            env = ctx.obj if isinstance(ctx.obj, Environment) else None
            where = env.data_dir / DB_NAME if env is not None else Path(DB_NAME)
            raise _fail(env, database_error(error, where)) from None


app = typer.Typer(
    cls=_Group,
    name="walletsupport",
    help="Diagnose a digital-wallet problem, then reach official support safely.\n\n"
    "解决数字钱包问题，并安全地联系官方客服。",
    no_args_is_help=False,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def env_of(ctx: typer.Context) -> Environment:
    """The run's `Environment`, set up by the global options."""
    root = ctx.find_root()
    if not isinstance(root.obj, Environment):
        root.obj = Environment()
    return root.obj


def write_stdout(env: Environment, text: str) -> None:
    """Print `text` to standard output; a full disk or a closed pipe is one plain line."""
    import errno

    try:
        env.stdout.write(text)
        env.stdout.flush()
    except OSError as exc:
        _discard_stdout(env)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise WalletSupportError(key="files.stdout-full") from None
        raise WalletSupportError(key="files.stdout-failed",
                                 reason=exc.strerror or str(exc)) from None


def load_flows(env: Environment, wanted: str | None = None,
               dirs: Sequence[Path] | None = None) -> Catalog:
    """The flows this run loads; each broken file is named once on stderr, and the rest go on.

    A flow in an extra folder that fails to load would otherwise just be missing
    from the list, and its author could not tell why. `wanted` is the flow id
    about to be asked for: a broken one is reported by that request, in full.
    """
    from ..diagnosis.catalog import load_catalog
    from ..i18n import t

    catalog = load_catalog(env.flows_dirs if dirs is None else dirs)
    reported: set[str] = env.extra.setdefault("broken-reported", set())
    for problem in catalog.errors:
        if problem.path in reported or (wanted is not None and
                                        Path(problem.path).stem == wanted):
            continue
        reported.add(problem.path)
        print(t("faults.flow-skipped", env.lang, problem=str(problem), path=problem.path),
              file=env.stderr)
    return catalog


def _discard_stdout(env: Environment) -> None:
    """Point a failed standard output at the null device, so exiting does not fail again."""
    import os

    try:
        fd = env.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (AttributeError, OSError, ValueError):  # not a real file (tests), or no null device
        return
    os.dup2(null, fd)
    os.close(null)


def _version(value: bool) -> None:
    if value:
        print(f"walletsupport {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _globals(
    ctx: typer.Context,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language: en or zh (default: WALLETSUPPORT_LANG, config, locale). "
        "界面语言：en 或 zh。",
        show_default=False)] = None,
    plain: Annotated[bool | None, typer.Option(
        "--plain/--no-plain", help="Numbered plain prompts and no boxes, for scripts, pipes and "
        "screen readers (default: WALLETSUPPORT_PLAIN, config, TERM=dumb). "
        "编号式纯文本提问、不画边框，适合脚本、管道和读屏软件。", show_default=False)] = None,
    flows_dir: Annotated[list[Path] | None, typer.Option(
        "--flows-dir",
        help="Extra folder of flows (repeatable); replaces built-ins of the same id.",
        file_okay=False)] = None,
    profile: Annotated[str | None, typer.Option(
        "--profile", help="Contact profile: a name (see 'profiles list') or a YAML file. "
        "联系渠道资料：名称或 YAML 文件。", autocompletion=profile_names)] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Diagnose a digital-wallet problem, then reach official support safely."""
    from ..settings import resolve

    base = ctx.obj if isinstance(ctx.obj, Environment) else Environment()
    try:
        settings = resolve(lang=lang, profile=profile, flows_dirs=tuple(flows_dir or ()),
                           environ=base.environ, config_folder=base.config_dir, plain=plain)
    except WalletSupportError as error:
        # A bad config.toml is reported in the language asked for (--lang zh), not in
        # English: the settings that would have said so are what failed.
        from ..i18n import LANGS, detect_lang

        asked = lang or base.environ.get("WALLETSUPPORT_LANG") or detect_lang(base.environ)
        base.lang = asked if asked in LANGS else "en"
        if base.lang == "zh":
            from ..terminal import can_show

            base.lang = "zh" if can_show(base.stderr, "中文") else "en"
        raise _fail(base, error) from None
    base.lang = settings.lang
    if base.lang == "zh":
        from ..terminal import can_show

        if not can_show(base.stdout, "中文"):
            from ..i18n import t

            # In English: this stream cannot show the Chinese version of the line.
            print(t("faults.no-chinese-output", "en",
                    encoding=getattr(base.stdout, "encoding", "?")), file=base.stderr)
            base.lang = "en"
    base.plain = settings.plain
    base.flows_dirs = settings.flows_dirs
    base.profile = settings.profile
    base.extra["settings"] = settings
    ctx.obj = base
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())


def _settle_streams() -> None:
    """Make the standard streams safe to use before anything else runs.

    A closed descriptor (``diagnose <&-``) leaves Python's stream as None, and the
    next file opened (the case database) would take its number: it is pointed at
    the null device, so a closed input reads as an empty one. Output whose
    encoding cannot show every character (``PYTHONIOENCODING=ascii``) writes
    ASCII stand-ins instead of failing; see `walletsupport.terminal`.
    """
    import os

    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
            except OSError:
                continue
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8",  # noqa: SIM115
                                    closefd=False))
    from ..terminal import settle_encodings

    settle_encodings()


def main() -> None:
    """Entry point of the `walletsupport` console script."""
    import os

    _settle_streams()
    try:
        app()
    except Exception as exc:  # a bug, not bad input: one line unless asked for details
        if os.environ.get("WALLETSUPPORT_DEBUG"):
            raise
        print(f"walletsupport: internal error: {type(exc).__name__}: {exc} "
              "(set WALLETSUPPORT_DEBUG=1 for details)", file=sys.stderr)
        sys.exit(ExitCode.SOFTWARE)

"""The command line: the only place that knows about Typer, exit codes and global options.

Each command area lives in its own module here, whose `register(app)` adds its
commands and groups with `app.command(name)` and `app.add_typer(sub, name=...)`.
Typer turns every registered function into a command (reading its signature
and building its options) before it runs any of them, which costs start-up
time for the one command a user asked for; so the areas register on a
`_Registry` that only notes what they add, and the root `_Group` builds a
command the first time it is looked up. Errors from the library are turned
into one plain line and an exit code in `_Group.invoke`, the single place they
are caught.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, MutableMapping
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
import typer.main
from typer.core import TyperGroup

from .. import __version__
from ..environment import Environment
from ..errors import Cancelled, ExitCode, WalletSupportError
from .completion import profile_names

if TYPE_CHECKING:
    from ..catalog import Catalog

__all__ = ["app", "env_of", "load_flows", "main", "write_stdout"]


def _fail(env: Environment | None, error: WalletSupportError) -> typer.Exit:
    lang = env.lang if env is not None else "en"
    stream = env.stderr if env is not None else sys.stderr
    message = error.render(lang)
    print(message, file=stream)
    return typer.Exit(error.exit_code)


#: The command areas, in the order their commands are listed.
_AREAS = ("flows", "diagnose", "checkup", "contacts", "cases", "guide")

_F = TypeVar("_F", bound=Callable[..., Any])


class _Registration:
    """One ``app.command(name, ...)(function)`` or ``app.add_typer(sub, name=..., ...)``."""

    __slots__ = ("group", "name", "options", "target")

    def __init__(self, group: bool, name: Any, target: Any, options: dict[str, Any]) -> None:
        self.group = group
        self.name: str | None = name if isinstance(name, str) else None  # None: Typer derives it
        self.target = target
        self.options = options

    def replay(self, app: typer.Typer) -> None:
        """Make the same registration on `app`."""
        if self.group:
            app.add_typer(self.target, **self.options)
        else:
            app.command(**self.options)(self.target)

    def build(self) -> dict[str, Any]:
        """The click commands (by name) this registration gives, built by Typer itself."""
        holder = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        holder.callback()(_no_options)  # a group, even around a single command
        self.replay(holder)
        built: Any = typer.main.get_command(holder)
        return dict(built.commands)


def _no_options() -> None:
    """Hold the commands being built."""


class _Registry(typer.Typer):
    """A Typer app that notes what an area registers, and builds nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.registrations: list[_Registration] = []

    def command(self, name: str | None = None, **options: Any) -> Callable[[_F], _F]:
        def note(function: _F) -> _F:
            self.registrations.append(_Registration(False, name, function,
                                                    {"name": name, **options}))
            return function

        return note

    def add_typer(self, typer_instance: typer.Typer, **options: Any) -> None:
        self.registrations.append(_Registration(True, options.get("name"), typer_instance,
                                                options))


@cache
def _registrations() -> tuple[_Registration, ...]:
    """Every area's registrations, in Typer's order: commands first, then groups."""
    found: list[_Registration] = []
    for area in _AREAS:
        registry = _Registry()
        import_module(f"{__name__}.{area}").register(registry)
        found += registry.registrations
    return tuple(sorted(found, key=lambda registration: registration.group))  # stable


def _format_help(self: Any, ctx: Any, formatter: Any) -> None:
    """Help in the user's language, ending in the command's examples."""
    from .helptext import localize_command

    localize_command(self, ctx, formatter)
    base: Any = type(self).__bases__[0]
    base.format_help(self, ctx, formatter)


def _format_usage(self: Any, ctx: Any, formatter: Any) -> None:
    """The usage line, its "Usage:" in the user's language."""
    from .helptext import USAGE, help_lang_of

    formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                          prefix=USAGE[help_lang_of(ctx)])


def _get_help_option(self: Any, ctx: Any) -> Any:
    """Click's own --help option, its text in the user's language."""
    from .helptext import help_lang_of, pick_help

    base: Any = type(self).__bases__[0]
    option = base.get_help_option(self, ctx)
    if option is not None:
        option.help = pick_help(option.help, help_lang_of(ctx))
    return option


_LOCALIZED = {"format_help": _format_help, "format_usage": _format_usage,
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


class _Commands(MutableMapping[str, Any]):
    """The root's commands by name; each is built the first time it is looked up.

    Click allows any mutable mapping here. Listing and iterating give the names
    only, so `walletsupport contacts` builds `contacts` alone, while `--help`
    (which needs every command's short help) builds them all.
    """

    def __init__(self, built: MutableMapping[str, Any]) -> None:
        self._items: dict[str, Any] = {}
        for registration in _registrations():
            if registration.name is None:  # Typer names it: build it now to learn the name
                self._items.update({name: _localize(command)
                                    for name, command in registration.build().items()})
            else:
                self._items[registration.name] = registration
        self._items.update(built)

    @property
    def loaded(self) -> list[str]:
        """The names of the commands built so far."""
        return [name for name, item in self._items.items()
                if not isinstance(item, _Registration)]

    def __getitem__(self, name: str) -> Any:
        item = self._items[name]
        if isinstance(item, _Registration):
            item = self._items[name] = _localize(item.build()[name])
        return item

    def __setitem__(self, name: str, command: Any) -> None:
        self._items[name] = command

    def __delitem__(self, name: str) -> None:
        del self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


def _redact_click(error: typer.TyperException) -> None:
    """Mask secrets in a command-line error (a phrase pasted unquoted becomes extra arguments).

    A group run without a command shows its help through an error: that is our
    own text, left alone (redacting it would only load the word lists).
    """
    if type(error).__name__ == "NoArgsIsHelpError":
        return
    from ..redact import redact

    error.message = redact(error.message).text


class _Group(TyperGroup):
    """The root: builds each command when first used; errors and Ctrl-C become one line."""

    localized = True
    format_help = _format_help
    format_usage = _format_usage

    def get_help_option(self, ctx: Any) -> Any:
        """Click's own --help option, its text in the user's language."""
        from .helptext import help_lang_of, pick_help

        option = super().get_help_option(ctx)
        if option is not None:
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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _Commands(self.commands)

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command's name, in order, without building any."""
        return list(self.commands)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command `cmd_name`, built now if it has not been yet."""
        return self.commands.get(cmd_name)

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
            from ..cases import DB_NAME, database_error

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


def load_flows(env: Environment, wanted: str | None = None) -> Catalog:
    """The flows this run loads; each broken file is named once on stderr, and the rest go on.

    A flow in an extra folder that fails to load would otherwise just be missing
    from the list, and its author could not tell why. `wanted` is the flow id
    about to be asked for: a broken one is reported by that request, in full.
    """
    from ..catalog import load_catalog
    from ..i18n import t

    catalog = load_catalog(env.flows_dirs)
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

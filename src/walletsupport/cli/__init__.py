"""The command line: the only place that knows about Typer, exit codes and global options.

Each command group lives in its own module here and registers itself on `app`.
Errors from the library are turned into one plain line and an exit code in
`_Group.invoke`, the single place they are caught.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..environment import Environment
from ..errors import Cancelled, WalletSupportError

__all__ = ["app", "env_of", "main"]


def _fail(env: Environment | None, error: WalletSupportError) -> typer.Exit:
    lang = env.lang if env is not None else "en"
    stream = env.stderr if env is not None else sys.stderr
    message = error.render(lang)
    print(message, file=stream)
    return typer.Exit(error.exit_code)


class _Group(TyperGroup):
    """Turns the library's errors and Ctrl-C into one line on stderr and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except WalletSupportError as error:
            raise _fail(ctx.obj if isinstance(ctx.obj, Environment) else None, error) from None
        except (KeyboardInterrupt, typer.Abort):
            env = ctx.obj if isinstance(ctx.obj, Environment) else None
            raise _fail(env, Cancelled(key="errors.cancelled")) from None


app = typer.Typer(
    cls=_Group,
    name="walletsupport",
    help="Diagnose a digital-wallet problem, then reach official support safely.\n\n"
    "解决数字钱包问题，并安全地联系官方客服。",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def env_of(ctx: typer.Context) -> Environment:
    """The run's `Environment`, set up by the global options."""
    root = ctx.find_root()
    if not isinstance(root.obj, Environment):
        root.obj = Environment()
    return root.obj


def _version(value: bool) -> None:
    if value:
        print(f"walletsupport {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _globals(
    ctx: typer.Context,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language: en or zh (default: WALLETSUPPORT_LANG, config, locale).",
        show_default=False)] = None,
    plain: Annotated[bool, typer.Option(
        "--plain", help="Numbered plain prompts, for scripts, pipes and screen readers.")] = False,
    flows_dir: Annotated[list[Path] | None, typer.Option(
        "--flows-dir",
        help="Extra folder of flows (repeatable); replaces built-ins of the same id.",
        file_okay=False)] = None,
    profile: Annotated[str | None, typer.Option(
        "--profile", help="Contact profile: a name (see 'profiles list') or a YAML file.")] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Diagnose a digital-wallet problem, then reach official support safely."""
    from ..settings import resolve

    base = ctx.obj if isinstance(ctx.obj, Environment) else Environment()
    try:
        settings = resolve(lang=lang, profile=profile, flows_dirs=tuple(flows_dir or ()),
                           environ=base.environ, config_folder=base.config_dir)
    except WalletSupportError as error:
        raise _fail(base, error) from None
    base.lang = settings.lang
    base.plain = plain
    base.flows_dirs = settings.flows_dirs
    base.profile = settings.profile
    base.extra["settings"] = settings
    ctx.obj = base
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())


def _register() -> None:
    from . import cases, contacts, diagnose, flows, guide

    for module in (flows, diagnose, contacts, cases, guide):
        module.register(app)


_register()


def main() -> None:
    """Entry point of the `walletsupport` console script."""
    import os

    try:
        app()
    except Exception as exc:  # a bug, not bad input: one line unless asked for details
        if os.environ.get("WALLETSUPPORT_DEBUG"):
            raise
        print(f"walletsupport: internal error: {type(exc).__name__}: {exc} "
              "(set WALLETSUPPORT_DEBUG=1 for details)", file=sys.stderr)
        sys.exit(70)

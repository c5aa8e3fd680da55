"""`walletsupport guide`: how to reach a wallet's official support, as a short read."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from . import env_of

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the `guide` command to the main app."""
    app.command("guide", help=(
        "Read the guide to contacting support: official channels, preparing, timing, replies. "
        "联系客服指南：官方渠道、准备事项、联系时机、处理答复。"))(guide)


def guide(
    ctx: typer.Context,
    section: Annotated[str | None, typer.Option(
        "--section", metavar="NAME", help="Show one section only: channels, prepare, timing, "
        "answers or problems.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Read the guide to contacting support: official channels, preparing, timing, replies."""
    from ..contacts.guide import SECTIONS, find_section, section_names, to_data
    from ..errors import Echo, UsageError

    env = env_of(ctx)
    chosen = SECTIONS
    if section is not None:
        found = find_section(section)
        if found is None:
            raise UsageError(key="guide.unknown-section", name=Echo(section),
                             names=section_names(env.lang))
        chosen = (found,)
    if as_json:
        env.stdout.write(json.dumps(to_data(chosen, env.lang), ensure_ascii=False, indent=2)
                         + "\n")
        return
    from ..rendering.guide import render_guide

    render_guide(env.console(), chosen, env.lang, whole=section is None)

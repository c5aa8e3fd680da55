"""`walletsupport contacts`, `check-contact` and `profiles ...`: official channels, safely."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import ExitCode
from . import env_of
from .completion import flow_ids, profile_names

if TYPE_CHECKING:
    from ..diagnosis.model import Flow
    from ..environment import Environment

__all__ = ["profiles_app", "register"]

profiles_app = typer.Typer(help="List and show contact profiles, and print their JSON Schema. "
                           "查看联系渠道资料。",
                           no_args_is_help=True)

_WHEN = r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}"  # compiled by `re` when --when is given


def register(app: typer.Typer) -> None:
    """Add `contacts`, `check-contact` and the `profiles` group to the main app."""
    app.command("contacts", help=(
        "List the official contact channels of the profile in use, and which are open now. "
        "列出官方联系渠道，以及现在哪些可以联系。"))(contacts)
    app.command("check-contact", help=(
        "Check whether a number, link, email or account is an official support channel "
        "(exit 0 if it is on file, even if not yet confirmed; 1 with a warning if not). "
        "检查一个号码、链接、邮箱或账号是不是官方客服渠道（已收录的渠道即使尚未核实，退出码"
        "也是 0；未收录的退出码为 1，并给出警告）。"))(check_contact)
    app.add_typer(profiles_app, name="profiles")


def _print_json(env: Environment, data: object) -> None:
    env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _moment(env: Environment, when: str | None) -> datetime:
    """Now, or the local date and time given with --when, as an aware datetime.

    Both are in the user's own zone (TZ, config.toml's ``zone``, else the system's), as
    a diagnosis's are: a zone set in the config is the user's even on a UTC machine.
    """
    now = env.user_now()
    if when is None:
        return now
    from ..errors import Echo, UsageError

    text = when.strip()
    try:
        if not re.match(_WHEN, text):
            raise ValueError(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(key="contacts.when-bad", value=Echo(when)) from None
    if moment.tzinfo is not None:
        return moment
    zone = now.tzinfo
    if getattr(zone, "key", None) is None and now.utcoffset() == datetime.fromtimestamp(
            now.timestamp()).astimezone().utcoffset():
        # The system's own zone: let it apply summer time to the asked-for date.
        return moment.astimezone()
    return moment.replace(tzinfo=zone)


def _flow_ranking(flow: Flow, facts: dict[str, Any] | None = None,
                  ) -> tuple[tuple[str, ...], str | None]:
    """The channel kinds a flow's ends recommend (urgent ends first), and its outcome if urgent.

    An end only for a kind of wallet (`when: {wallet-custody: self}`) counts only for a
    profile of that kind: MetaMask's self-custody end does not rank WeChat Pay's channels.
    """
    from ..diagnosis.model import FACTS

    def for_this_wallet(end: Any) -> bool:
        cond = end.when
        if cond is None or cond.op != "answer" or cond.question not in FACTS:
            return True
        return (facts or {}).get(cond.question) in cond.values

    order = {"urgent": 0, "contact-support": 1, "ask-bank": 1, "ask-sender": 1, "self-check": 2,
             "resolved": 2}
    ends = sorted((end for end in flow.ends() if for_this_wallet(end)),
                  key=lambda end: order.get(end.outcome, 3))
    kinds = tuple(dict.fromkeys(kind for end in ends for kind in end.recommend))
    needing = [end for end in ends if end.outcome != "resolved"]
    urgent = bool(needing) and all(end.outcome == "urgent" for end in needing)
    return kinds, "urgent" if urgent else None


def contacts(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(
        metavar="[PROFILE]", help="The wallet's profile, the same as --profile: "
        "'walletsupport contacts alipay'. 钱包的联系资料名称，与 --profile 相同。",
        show_default=False, autocompletion=profile_names)] = None,
    problem: Annotated[str | None, typer.Option(
        "--problem", metavar="FLOW", help="Rank the channels for this problem (see 'flows "
        "list'). 按这个问题排列渠道。", show_default=False,
        autocompletion=flow_ids)] = None,
    when: Annotated[str | None, typer.Option(
        "--when", metavar="\"YYYY-MM-DD HH:MM\"", help="Answer for another moment, in your "
        "local time, instead of now. 查看另一个时间（本地时间）的情况。",
        show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    profile_name: Annotated[str | None, typer.Option(
        "--profile", help="Contact profile: a name (see 'profiles list') or a YAML file; the "
        "same as the global option.", show_default=False,
        autocompletion=profile_names)] = None,
) -> None:
    """List the official contact channels of the profile in use, and which are open now."""
    from ..contacts.loading import load_profile
    from ..contacts.ranking import rank_channels

    env = env_of(ctx)
    now = _moment(env, when)
    if name is not None and profile_name is not None and \
            load_profile(name).path != load_profile(profile_name).path:
        from ..errors import Echo, UsageError

        raise UsageError(key="errors.two-profiles", first=Echo(name), second=Echo(profile_name))
    profile = load_profile(name or profile_name or env.profile or "generic")
    flow = None
    recommend: tuple[str, ...] = ()
    outcome = None
    if problem is not None:
        from . import load_flows

        flow = load_flows(env, problem).get(problem)
        from ..contacts.wallets import wallet_facts

        recommend, outcome = _flow_ranking(flow, dict(wallet_facts(profile)))
    ranked = rank_channels(profile, recommend=recommend, outcome=outcome,
                           flow_id=flow.id if flow else None)
    if as_json:
        from ..contacts.views import profile_to_dict

        data = profile_to_dict(profile, now=now, lang=env.lang, ranked=ranked)
        data["problem"] = flow.id if flow else None
        _print_json(env, data)
        return
    from ..i18n import pick, t
    from ..rendering.contacts import render_channels

    console = env.console()
    if flow is not None:
        console.print(t("contacts.problem", env.lang, title=pick(flow.title, env.lang)),
                      markup=False)
    render_channels(console, profile, ranked, now=now, lang=env.lang, at=when is not None,
                    urgent=outcome == "urgent")


def check_contact(
    ctx: typer.Context,
    value: Annotated[list[str], typer.Argument(
        metavar="VALUE", help="A phone number, web address, email or account you found. "
        "你找到的电话、网址、邮箱或账号。")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    profile_name: Annotated[str | None, typer.Option(
        "--profile", help="Check against this profile first (a name or a YAML file); the same "
        "as the global option.", show_default=False,
        autocompletion=profile_names)] = None,
) -> None:
    """Check whether a number, link, email or account is an official support channel.

    Exits 0 when it matches an official channel, 1 with a warning otherwise.
    A value that holds a secret (a recovery phrase, a card number, a password)
    is never shown back, only masked, and is not checked.
    """
    from ..contacts.check import check_contact as check
    from ..contacts.loading import list_profiles, load_profile
    from ..redact import redact

    env = env_of(ctx)
    # Words given without quotes ("+86 138 0013 8000", a pasted phrase) are one value.
    typed = " ".join(value)
    cleaned = redact(typed, env.lang)
    if cleaned.changed:
        _secret_value(env, cleaned.text, tuple(dict.fromkeys(cleaned.kinds)), as_json)
        raise typer.Exit(ExitCode.FAILURE)
    active = load_profile(profile_name or env.profile or "generic")
    verdict = check(typed, list_profiles(), active)
    if verdict.level == "unknown":
        from ..contacts.authorities import find_authority

        found = find_authority(typed)
        if found is not None:  # a police or anti-fraud line: official, but not a wallet's
            _authority_verdict(env, typed, found, as_json)
            raise typer.Exit(ExitCode.OK)
    if as_json:
        from ..i18n import pick
        from ..rendering.contacts import reason_text

        profile = verdict.profile
        _print_json(env, {
            "value": verdict.value,
            "kind": verdict.kind,
            "verdict": verdict.level,
            "official": verdict.ok,
            # On file from reputable sources, not yet on the provider's own pages (M).
            "confirmed": verdict.ok and (
                verdict.channel.confidence == "H" if verdict.channel is not None
                else profile is not None and profile.domains_confidence != "M"),
            "profile": profile.name if profile else None,
            "profile_source": profile.source if profile else None,
            "channel": verdict.channel.id if verdict.channel else None,
            "channel_label": pick(verdict.channel.label, env.lang) if verdict.channel else None,
            "domain": verdict.domain,
            "reasons": [{"code": r.code, "message": reason_text(r, active, env.lang)}
                        for r in verdict.details],
        })
    else:
        from ..rendering.contacts import render_contact_verdict

        render_contact_verdict(env.console(), verdict, active=active, lang=env.lang)
    raise typer.Exit(ExitCode.OK if verdict.ok else ExitCode.FAILURE)


def _authority_verdict(env: Environment, value: str, found: Any, as_json: bool) -> None:
    """Say that `value` is a police or anti-fraud contact on file, and that it can be spoofed."""
    from ..i18n import pick

    authority, contact = found
    lang = env.lang
    label = pick(contact.label, lang)
    if as_json:
        _print_json(env, {"value": value, "kind": contact.kind, "verdict": "official",
                          "official": True, "authority": authority.region,
                          "channel": contact.id, "channel_label": label,
                          "confidence": contact.confidence,
                          "checked": authority.checked.isoformat()})
        return
    from ..rendering.contacts import render_authority_verdict

    render_authority_verdict(env.console(), value, authority, contact, lang)


def _secret_value(env: Environment, shown: str, kinds: tuple[str, ...], as_json: bool) -> None:
    """Warn that a value given to check-contact holds a secret; show it masked only."""
    from ..i18n import t

    if as_json:
        message = t("contacts.check.secret", env.lang, value=shown)
        _print_json(env, {"value": shown, "kind": "secret", "verdict": "dangerous",
                          "official": False,
                          "profile": None, "profile_source": None, "channel": None,
                          "channel_label": None, "domain": None, "secrets": list(kinds),
                          "reasons": [{"code": "secret", "message": message}]})
        return
    from ..rendering.contacts import render_secret_value

    render_secret_value(env.console(), shown, kinds, env.lang)


@profiles_app.command("list")
def list_profiles_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the contact profiles: built-in ones and those of content packages."""
    from ..contacts.loading import list_profiles

    env = env_of(ctx)
    profiles = list_profiles()
    if as_json:
        from ..i18n import pick

        _print_json(env, [_entry(p, pick(p.title, env.lang)) for p in profiles])
        return
    from ..rendering.contacts import render_profile_list

    render_profile_list(env.console(), profiles, env.lang)


def _entry(profile: Any, title: str) -> dict[str, Any]:
    return {"name": profile.name, "title": title, "source": profile.source,
            "builtin": profile.builtin, "path": profile.path, "region": profile.region,
            "checked": profile.checked.isoformat(), "channels": len(profile.channels),
            "phone_support": profile.phone_support}


@profiles_app.command("show")
def show_profile(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="A profile name or a YAML file.",
                                        autocompletion=profile_names)],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one profile: its source, checked date, sources, warnings and channels."""
    from ..contacts.loading import load_profile

    env = env_of(ctx)
    profile = load_profile(name)
    if as_json:
        from ..contacts.views import profile_to_dict

        _print_json(env, profile_to_dict(profile, now=env.now(), lang=env.lang))
        return
    from ..rendering.contacts import render_profile

    render_profile(env.console(), profile, now=env.now(), lang=env.lang)


@profiles_app.command("schema")
def schema(ctx: typer.Context) -> None:
    """Print the JSON Schema of the profile file format."""
    from ..contacts.schema import profile_schema

    _print_json(env_of(ctx), profile_schema())

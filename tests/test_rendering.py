"""The screens as text: golden files for the closing screen in both languages, at 60, 80
and 100 columns.

Regenerate after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_rendering.py`
and read the diff before committing it.
"""

from __future__ import annotations

import functools
import io
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.console import Console

from walletsupport.authoring.scenarios import load_scenarios
from walletsupport.contacts.loading import load_profile
from walletsupport.contacts.ranking import rank_channels
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.model import Advice, Step
from walletsupport.diagnosis.results import ShownAdvice
from walletsupport.i18n import pick
from walletsupport.rendering.closing import emergency_for, signed_out
from walletsupport.rendering.closing import render_closing_screen as render_closing
from walletsupport.rendering.diagnose import render_advice
from walletsupport.wrapping import display_width

from .conftest import FLOWS

GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def _console(width: int = 80) -> tuple[Console, io.StringIO]:
    """A console writing to a string; its height given too, so rich never asks the
    environment or the terminal for a size (the screen does not depend on its height)."""
    buffer = io.StringIO()
    return Console(file=buffer, width=width, height=1000, color_system=None,
                   force_terminal=False, highlight=False, emoji=False), buffer


@functools.cache
def _profile(name: str):
    """A shipped profile (immutable), parsed once per worker."""
    return load_profile(name)


@functools.cache
def _scenarios(flow_id: str) -> dict:
    """The scenarios of a shipped flow by name (read once per worker: the files do not change)."""
    return {s.name: s for s in load_scenarios(FLOWS / "tests" / f"{flow_id}.yaml")}


@functools.cache
def _catalog():
    """The shipped catalog, loaded once per worker (its flows are immutable)."""
    return load_catalog()


@functools.cache
def _result(flow_id: str, scenario: str):
    """The result of a shipped scenario; results are immutable, so one per worker is shared."""
    flow = _catalog().flows[flow_id]
    chosen = _scenarios(flow_id)[scenario]
    # The scenario runner walks it as `flows test` does (a scenario's `now` included).
    from walletsupport.authoring.scenarios import run_scenario

    outcome = run_scenario(flow, chosen)
    assert outcome.passed, (flow_id, scenario, outcome.failures)
    from walletsupport.authoring.scenarios import flow_for

    return engine.result(flow_for(flow, chosen), outcome.taken, now=chosen.now)


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def _closing_text(flow_id: str, scenario: str, profile_name: str, lang: str, width: int,
                  case_id: int = 8, region: str | None = None, reserve: int = 0) -> str:
    """The closing screen, rendered once per worker for each distinct input: the region
    shows only on an urgent end (its authorities), so elsewhere it is not part of the key,
    and tests that look at the same screen share one rendering."""
    if _result(flow_id, scenario).outcome != "urgent":
        region = None
    return _render_closing(flow_id, scenario, profile_name, lang, width, case_id, region,
                           reserve)


@functools.cache  # screens are plain strings and their inputs do not change during a run
def _render_closing(flow_id: str, scenario: str, profile_name: str, lang: str, width: int,
                    case_id: int, region: str | None, reserve: int = 0) -> str:
    result = _result(flow_id, scenario)
    profile = _profile(profile_name)
    ranked = rank_channels(profile, recommend=result.recommend, outcome=result.outcome,
                           flow_id=result.flow.id, prefer=result.prefer,
                           signed_out=signed_out(result))
    console, buffer = _console(width)
    render_closing(console, result, lang, profile=profile, ranked=ranked, now=NOW,
                   case_id=case_id, signed_out=signed_out(result),
                   emergency=_emergency(region, lang, result.payee)
                   if result.outcome == "urgent" else None, reserve=reserve)
    return buffer.getvalue()


@functools.cache  # the shipped authority files do not change during a run
def _emergency(region: str | None, lang: str, payee: bool):
    return emergency_for(region, lang, payee=payee)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize(("profile_name", "flow_id", "scenario", "golden"), [
    ("generic", "failed-withdrawal", "refused over the daily limit", "closing"),
    ("alipay", "failed-withdrawal", "frozen account needs support", "closing-alipay"),
    ("binance", "failed-withdrawal", "crypto withdrawal long overdue", "closing-binance"),
    ("alipay", "security", "refund scam through a chat app, password typed on a link",
     "closing-urgent-alipay"),
    ("wechat-pay", "security", "account taken over after a phishing link, locked out",
     "closing-urgent-signed-out"),
])
def test_closing_screen_golden(lang: str, width: int, profile_name: str, flow_id: str,
                               scenario: str, golden: str) -> None:
    text = _closing_text(flow_id, scenario, profile_name, lang, width, region="CN")
    assert all(display_width(line) <= width for line in text.splitlines())
    _check(f"{golden}-{lang}-{width}.txt", text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_urgent_steps_are_marked_in_words_without_colour(lang: str) -> None:
    advice = Advice("a", {"en": "Act now", "zh": "立即处理"}, (
        Step("freeze", {"en": "Freeze the account in the app.",
                        "zh": "立即在应用内冻结账户。"}, "urgent"),
        Step("note", {"en": "Write down what happened.", "zh": "记下发生了什么。"}),
    ), "end")
    console, buffer = _console()
    render_advice(console, ShownAdvice(advice, advice.steps), lang)
    text = buffer.getvalue()
    marker = "URGENT: Freeze the account" if lang == "en" else "【紧急】立即在应用内冻结账户"
    assert marker in text
    assert "1." in text and "2." in text
    assert "\x1b[" not in text


def test_chinese_advice_folds_and_is_never_cut() -> None:
    result = _result("failed-withdrawal", "refused over the daily limit")
    console, buffer = _console()
    for shown in result.advice:
        render_advice(console, shown, "zh")
    flat = "".join(line.strip("│ ") for line in buffer.getvalue().splitlines())
    assert "…" not in buffer.getvalue()
    for shown in result.advice:
        for step in shown.steps:
            assert step.text["zh"].replace(" ", "") in flat.replace(" ", "")


def _every_scenario():

    for path in sorted((FLOWS / "tests").glob("*.yaml")):
        if path.stem == "checkup":
            continue
        for name in _scenarios(path.stem):
            yield path.stem, name


SHIPPED = sorted(p.stem for p in (Path(__file__).parent.parent / "profiles").glob("*.yaml"))
SCREEN_ROWS = 24
OFFER_ROWS = 3  # the export offer, typed answers: question, choices on one line, answer


@functools.cache  # the shipped files do not change during a run
def _values(profile_name: str, lang: str) -> tuple[str, ...]:
    """Every value a closing screen may show for the profile: channels, authorities, commands."""
    from walletsupport.contacts.authorities import load_authority

    values = [c.value for c in _profile(profile_name).channels if c.value]
    values += [c.value for region in ("CN", "US", "GB", "HK", "SG", "TW", "DE", "ES", "IE")
               if (authority := load_authority(region)) is not None
               for c in authority.contacts if c.value]
    command = "walletsupport contacts" + ("" if profile_name == "generic"
                                          else f" --profile {profile_name}")
    return (*values, command, "walletsupport export 8")


def _assert_whole(text: str, values: tuple[str, ...], where: object) -> None:
    """No value split across lines: wherever it appears once lines are joined, one line holds it."""
    lines = text.splitlines()
    stripped = [line.strip(" │") for line in lines]
    joined = (" ".join(stripped), "".join(stripped))
    for value in values:
        if any(value in j for j in joined):
            assert any(value in line for line in lines), (where, value)


def _assert_uncut(text: str, width: int, where: object) -> None:
    lines = text.splitlines()
    assert all(display_width(line) <= width for line in lines), where
    assert "…" not in text, where  # nothing cut to fit
    assert lines[2].lstrip("│ ").startswith(("Outcome:", "结论：")), where


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("profile_name", SHIPPED)
def test_every_closing_screen_fits_one_screen_at_80_columns(lang: str, profile_name: str) -> None:
    """Every scenario's end for every shipped wallet, with its own region and with China's
    authorities (or none on file): 24 rows at most at 80 columns, values whole, nothing cut,
    no 'you are already signed in' and no best-time line. The export offer asked next (three
    rows typed: question, choices on one line, answer) fits on the same screen."""
    profile = _profile(profile_name)
    values = _values(profile_name, lang)
    for flow_id, scenario in _every_scenario():
        for region in {profile.region, "CN"}:
            where = (flow_id, scenario, region)
            text = _closing_text(flow_id, scenario, profile_name, lang, 80, region=region,
                                 reserve=OFFER_ROWS)
            rows = len(text.splitlines()) + OFFER_ROWS
            assert rows <= SCREEN_ROWS, (*where, rows)
            _assert_uncut(text, 80, where)
            _assert_whole(text, values, where)
            assert "already signed in" not in text and "已经登录了" not in text
            assert "Best time" not in text and "最佳联系时间" not in text


@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_end_keeps_values_whole_and_headers_uncut_at_60_and_100(lang: str,
                                                                     width: int) -> None:
    """Each distinct end (flow, end, signed in or not) for every shipped wallet, wrapped at
    60 and 100 columns: values whole, nothing cut; at 60 still within one screen."""
    seen = set()
    for flow_id, scenario in _every_scenario():
        result = _result(flow_id, scenario)
        key = (flow_id, result.end.id, signed_out(result), len(result.checklist))
        if key in seen:
            continue
        seen.add(key)
        for profile_name in SHIPPED:
            region = _profile(profile_name).region or "CN"
            where = (flow_id, scenario, profile_name)
            text = _closing_text(flow_id, scenario, profile_name, lang, width, region=region)
            _assert_uncut(text, width, where)
            _assert_whole(text, _values(profile_name, lang), where)
            assert len(text.splitlines()) <= SCREEN_ROWS, (*where, len(text.splitlines()))


def test_hours_a_provider_does_not_publish_are_said_so_on_the_closing_screen() -> None:
    """PayPal publishes no hours: each channel says so; Alipay's 95188 is open 24 hours."""
    for lang, unknown, always in (("en", "hours not published", "open 24 hours"),
                                  ("zh", "未公布服务时间", "全天 24 小时服务")):
        text = _closing_text("fees", _first_scenario("fees", "estimate"), "paypal", lang, 80)
        assert text.count(unknown) >= 2, text
        assert always not in text and "24/7" not in text
        text = _closing_text("failed-withdrawal", "frozen account needs support", "alipay",
                             lang, 80)
        assert always in text and unknown in text  # the hotline; the in-app centre
        # No wallet named: no provider whose hours could be published or not.
        text = _closing_text("failed-withdrawal", "frozen account needs support", "generic",
                             lang, 80)
        assert unknown not in text and always not in text


def test_a_locked_out_user_gets_routes_that_work_without_signing_in_first() -> None:
    result = _result("locked-account", _first_scenario("locked-account", "contact-support"))
    assert signed_out(result)
    profile = load_profile("binance")
    ranked = rank_channels(profile, recommend=result.recommend, outcome=result.outcome,
                           flow_id=result.flow.id)
    from walletsupport.rendering.closing import pick_channels

    shown = pick_channels(profile, ranked, signed_out=True)
    assert shown[0].kind == "web-form"  # the support site works signed out; chat comes after
    needs = [c.kind in ("in-app", "chat") for c in shown]
    assert needs == sorted(needs)
    generic = load_profile("generic")
    order = pick_channels(generic, rank_channels(generic, outcome="urgent"), signed_out=True)
    assert order[0].kind not in ("in-app", "chat")
    text = _closing_text("security", "account taken over after a phishing link, locked out",
                         "binance", "en", 80, region="CN")
    assert "You cannot sign in: ask Binance at once" in " ".join(text.split())


def _first_scenario(flow_id: str, outcome: str) -> str:
    for flow, name in _every_scenario():
        if flow == flow_id and _result(flow, name).outcome == outcome:
            return name
    raise AssertionError(f"no {outcome} scenario in {flow_id}")


def _shown(flow_id: str, scenario: str, profile_name: str):
    from walletsupport.rendering.closing import pick_channels

    result = _result(flow_id, scenario)
    profile = _profile(profile_name)
    out = signed_out(result)
    ranked = rank_channels(profile, recommend=result.recommend, outcome=result.outcome,
                           flow_id=result.flow.id, prefer=result.prefer, signed_out=out)
    return result, profile, ranked, pick_channels(profile, ranked, out)


@pytest.mark.parametrize("profile_name", SHIPPED)
def test_a_user_who_cannot_sign_in_gets_every_signed_out_route_first(profile_name: str) -> None:
    """For every signed-out end, in the full ranking and on the screen, no route that needs
    signing in comes before one that does not."""
    checked = 0
    for flow_id, scenario in _every_scenario():
        result, _profile, ranked, shown = _shown(flow_id, scenario, profile_name)
        if not signed_out(result):
            continue
        checked += 1
        usable = [c for c, _ in ranked if c.for_cases]
        for order in (usable, shown):
            needs = [c.needs_sign_in for c in order]
            assert needs == sorted(needs), (flow_id, scenario, [c.id for c in order])
    assert checked >= 3


def test_signing_in_is_read_from_the_profile_not_only_the_kind() -> None:
    metamask = {c.id: c for c in load_profile("metamask").channels}
    assert not metamask["chat"].needs_sign_in  # the support site's chat: no account
    wise = {c.id: c for c in load_profile("wise").channels}
    assert wise["signed-in"].needs_sign_in and not wise["help"].needs_sign_in
    paypal = {c.id: c for c in load_profile("paypal").channels}
    assert paypal["assistant"].needs_sign_in and not paypal["phone-us"].needs_sign_in


# Words in the advice that name a kind of channel, and the kinds that answer them.
_NAMED_KINDS = {
    "written channel": ("web-form", "email", "chat", "in-app"),
    "write to support": ("web-form", "email", "chat", "in-app"),
    # Locked out: freeze it by calling. ("...or call the wallet's official number" is an
    # alternative to signing in on another device, not a preference.)
    "freeze it from outside, now. call the wallet's official number": ("phone",),
}


@pytest.mark.parametrize("profile_name", SHIPPED)
def test_the_first_channel_shown_is_the_kind_the_advice_names(profile_name: str) -> None:
    """Where the advice (or the end's message) says to write, or to call, the first channel
    on the closing screen is of that kind whenever the wallet has one the user can use."""
    checked = 0
    for flow_id, scenario in _every_scenario():
        result, _profile, ranked, shown = _shown(flow_id, scenario, profile_name)
        words = " ".join([result.message("en")] + [step.text["en"] for advice in result.advice
                                                   for step in advice.steps]).lower()
        out = signed_out(result)
        for phrase, kinds in _NAMED_KINDS.items():
            if phrase not in words:
                continue
            has = [c for c, _ in ranked if c.for_cases and c.kind in kinds
                   and "complaints" not in c.tags and not (out and c.needs_sign_in)]
            if has:
                checked += 1
                assert shown[0].kind in kinds, (flow_id, scenario, phrase, shown[0].id)
    assert checked or profile_name in ("binance", "metamask", "trust-wallet", "revolut")


def test_a_fee_dispute_on_alipay_starts_in_writing() -> None:
    """Alipay has no form or email: the in-app chat, which keeps a record, before the phone."""
    name = next(s for f, s in _every_scenario() if f == "fees"
                and _result(f, s).end.id == "end-dispute")
    _result_, _profile, _ranked, shown = _shown("fees", name, "alipay")
    assert _result_.prefer == "written"
    assert [c.kind for c in shown][:2] == ["in-app", "phone"]


def _arrow_offer_rows(lang: str, columns: int) -> int:
    """The rows the export offer takes with the arrow keys at `columns`, as diagnose counts."""
    import io

    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.output.vt100 import Vt100_Output

    from walletsupport.cli.diagnose import _offer_rows
    from walletsupport.prompting import QuestionaryPrompter

    output = Vt100_Output(io.StringIO(), lambda: Size(rows=24, columns=columns),
                          term="xterm-256color", enable_cpr=False)
    return _offer_rows(QuestionaryPrompter(output=output), lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("profile_name", ["alipay", "binance", "generic", "metamask"])
def test_the_closing_screen_and_the_arrow_key_offer_fit_one_80x24_screen(
        lang: str, profile_name: str) -> None:
    """With the arrow keys the offer is its question (two rows when the key hint does not
    fit behind it) and one row a choice: the closing screen leaves exactly that free."""
    offer = _arrow_offer_rows(lang, 80)
    assert offer >= 5  # the question and four choices at least
    profile = _profile(profile_name)
    for flow_id, scenario in _every_scenario():
        text = _closing_text(flow_id, scenario, profile_name, lang, 80,
                             region=profile.region or "CN", reserve=offer)
        rows = len(text.splitlines()) + offer
        assert rows <= SCREEN_ROWS, (flow_id, scenario, rows)


def test_one_detail_left_is_said_in_the_singular() -> None:
    for flow_id, scenario in _every_scenario():
        text = _closing_text(flow_id, scenario, "alipay", "en", 80, region="CN", reserve=5)
        assert "1 more details" not in text and "1 more are listed" not in text, scenario


@pytest.mark.parametrize(("lang", "follow", "first"), [
    ("en", "Follow up in the conversation you already have with Binance",
     "Contact Binance first by"),
    ("zh", "请在你和币安已有的对话或工单里继续跟进", "建议先这样联系币安"),
])
def test_a_user_who_already_contacted_support_is_told_to_follow_up_not_to_start_again(
        lang: str, follow: str, first: str) -> None:
    contacted = _closing_text("failed-withdrawal",
                              "crypto withdrawal long overdue, support already contacted",
                              "binance", lang, 80)
    joined = "".join(line.strip() for line in contacted.splitlines()).replace(" ", "")
    assert follow.replace(" ", "") in joined and first.replace(" ", "") not in joined
    fresh = _closing_text("failed-withdrawal", "crypto withdrawal long overdue", "binance",
                          lang, 80)
    assert first.replace(" ", "") in "".join(fresh.split())


@pytest.mark.parametrize(("lang", "follow", "fresh"), [
    ("en", "If it is still not sorted by then, follow up in the conversation you already have "
     "with Binance", "If it is still not sorted by then, contact Binance by"),
    ("zh", "到时还没解决的话，请在你和币安已有的对话或工单里继续跟进",
     "到时还没解决的话，这样联系币安"),
])
def test_a_wait_end_after_support_was_contacted_says_follow_up(lang, follow, fresh) -> None:
    # Issue 12 re-walk: a top-up still inside its promised time, support already contacted,
    # was told "If it is still not sorted by then, contact Binance by:".
    text = _closing_text("top-up",
                         "cash at an agent inside the promised time, support already contacted",
                         "binance", lang, 80)
    joined = "".join(line.strip() for line in text.splitlines()).replace(" ", "")
    assert follow.replace(" ", "") in joined and fresh.replace(" ", "") not in joined, text
    before = _closing_text("top-up", "cash at an agent an hour ago, still inside the promised "
                           "time", "binance", lang, 80)
    assert fresh.replace(" ", "") in "".join(before.split()), before


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_how_to_that_ends_resolved_does_not_say_it_might_come_back(lang: str) -> None:
    # Learning the features or making an account safer: nothing went wrong, so nothing
    # "comes back" (issue 12 walk); the line points to support for later help instead.
    for flow_id, scenario in (("convenience", "a tour of the features"),
                              ("security", "no second factor yet, passwords too")):
        text = "".join(_closing_text(flow_id, scenario, "alipay", lang, 80).split())
        assert "comesback" not in text and "再次出现" not in text, (flow_id, text)
        assert ("helplater" if lang == "en" else "以后如果还需要帮助") in text, text


@pytest.mark.parametrize(("lang", "follow", "fresh"), [
    ("en", "Then follow up with Alipay in the conversation you already have",
     "Then contact Alipay"),
    ("zh", "然后在你和支付宝已有的对话或工单里继续跟进", "然后联系支付宝"),
])
def test_an_urgent_end_after_support_was_contacted_says_follow_up(lang, follow, fresh) -> None:
    # Issue 12 walk: a break-in attempt where the user had already contacted support was
    # told "Then contact Alipay", as if for the first time.
    text = _closing_text("locked-account",
                         "someone else tried to sign in, support already contacted",
                         "alipay", lang, 80, region="CN", reserve=5)
    joined = "".join(line.strip() for line in text.splitlines()).replace(" ", "")
    assert follow.replace(" ", "") in joined, text
    assert fresh.replace(" ", "") not in joined, text


def _closing_asked(flow_id: str, scenario: str, profile_name: str, lang: str,
                   secret_asked: bool, region: str | None = None, *, reserve: int = 0,
                   joined: bool = True) -> str:
    """The closing screen at 80 columns, joined without spaces, with or without the user's
    own words saying someone asked them for a secret."""
    result = _result(flow_id, scenario)
    profile = _profile(profile_name)
    ranked = rank_channels(profile, recommend=result.recommend, outcome=result.outcome,
                           flow_id=result.flow.id, prefer=result.prefer,
                           signed_out=signed_out(result))
    console, buffer = _console(80)
    render_closing(console, result, lang, profile=profile, ranked=ranked, now=NOW, case_id=8,
                   signed_out=signed_out(result), secret_asked=secret_asked,
                   emergency=_emergency(region, lang, result.payee)
                   if result.outcome == "urgent" else None, reserve=reserve)
    return "".join(buffer.getvalue().split()) if joined else buffer.getvalue()


@pytest.mark.parametrize(("lang", "fake", "follow", "official"), [
    ("en", "Whoever asked you for a code, password or recovery phrase is not Binance's real "
     "support", "Follow up in the conversation you already have",
     "Contact Binance only through these official channels"),
    ("zh", "向你索要验证码、密码或助记词的人不是币安的真客服", "已有的对话或工单里继续跟进",
     "只通过下面这些官方渠道联系币安"),
])
def test_support_that_asked_for_a_code_is_not_followed_up_with(lang, fake, follow,
                                                               official) -> None:
    """Issue 12 walk (F30): "客服让我报验证码" plus "already contacted support" sent the user
    back into the conversation with whoever asked for the code."""
    scenario = "crypto withdrawal long overdue, support already contacted"
    asked = _closing_asked("failed-withdrawal", scenario, "binance", lang, True)
    assert fake.replace(" ", "") in asked, asked
    assert follow.replace(" ", "") not in asked and official.replace(" ", "") in asked, asked
    plain = _closing_asked("failed-withdrawal", scenario, "binance", lang, False)
    assert fake.replace(" ", "") not in plain and follow.replace(" ", "") in plain


@pytest.mark.parametrize(("lang", "fake", "follow", "fresh"), [
    ("en", "is not Alipay's real support", "in the conversation you already have",
     "Then contact Alipay"),
    ("zh", "不是支付宝的真客服", "已有的对话或工单里继续跟进", "然后联系支付宝"),
])
def test_an_urgent_end_never_follows_up_with_whoever_asked_for_a_code(lang, fake, follow,
                                                                      fresh) -> None:
    text = _closing_asked("locked-account",
                          "someone else tried to sign in, support already contacted",
                          "alipay", lang, True, region="CN")
    assert fake.replace(" ", "") in text and fresh.replace(" ", "") in text, text
    assert follow.replace(" ", "") not in text, text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_warning_about_whoever_asked_still_fits_one_screen(lang: str) -> None:
    # The warning takes the place of the safety line it repeats, and a tight urgent screen
    # takes its short wording: the screen and the export offer still fit 80x24.
    for flow_id, scenario, profile in (
            ("locked-account", "someone else tried to sign in, support already contacted",
             "alipay"),
            ("failed-withdrawal", "crypto withdrawal long overdue, support already contacted",
             "binance")):
        text = _closing_asked(flow_id, scenario, profile, lang, True, region="CN",
                              reserve=OFFER_ROWS, joined=False)
        rows = len(text.splitlines()) + OFFER_ROWS
        assert rows <= SCREEN_ROWS, (flow_id, lang, rows)
        _assert_uncut(text, 80, flow_id)


@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_channel_with_a_safety_note_is_never_recommended_without_it(lang: str,
                                                                     width: int) -> None:
    """MetaMask's community forum goes with "ignore anyone who DMs you" (walk A, finding 28):
    each distinct end, for every shipped wallet with such a channel, at 60 and 100 columns,
    even when the screen is tightened to fit, shows the safety note wherever it shows the
    channel."""
    noted = {name: [c for c in _profile(name).channels if c.safety_note is not None]
             for name in SHIPPED}
    noted = {name: channels for name, channels in noted.items() if channels}
    assert {c.id for c in noted["metamask"]} >= {"community", "reddit"}
    shown, seen = 0, set()
    for flow_id, scenario in _every_scenario():
        result = _result(flow_id, scenario)
        key = (flow_id, result.end.id, signed_out(result), len(result.checklist))
        if key in seen:
            continue
        seen.add(key)
        for profile_name, channels in noted.items():
            region = _profile(profile_name).region or "CN"
            text = _closing_text(flow_id, scenario, profile_name, lang, width, region=region)
            joined = "".join(text.split())
            for channel in channels:
                if channel.value is not None and channel.value in text:
                    shown += 1
                    note = "".join(str(pick(channel.safety_note, lang)).split())
                    assert note in joined, (flow_id, scenario, profile_name, channel.id, text)
    assert shown > 0


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("scenario", ["refund scam through a chat app, password typed on a link",
                                      "investment platform demanding a fee and a loan, money paid"])
def test_a_narrow_closing_screen_keeps_how_the_police_can_stop_the_payment(lang, scenario):
    # Walk A21: at 60 columns "报警电话：110" lost "报上对方的户名和账号，警方可以通知银行紧急止付".
    assert _result("security", scenario).payee
    note = _emergency("CN", lang, True).contacts[0][2]
    for width in (60, 80):
        text = _render_closing("security", scenario, "alipay", lang, width, 1, "CN")
        flat = "".join(line.strip() for line in text.splitlines()).replace(" ", "")
        assert note.replace(" ", "") in flat, text

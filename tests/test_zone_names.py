"""Time zones on Chinese screens: a place people name (曼谷时间), or the offset, never an IANA id.

Walk A18: `cases show` and the exports read "（Asia/Bangkok，UTC+07:00）" on a Chinese screen.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from walletsupport.cases.layout import format_time, letter_time
from walletsupport.diagnosis.dates import zone_name_text


@pytest.mark.parametrize("zone", ["America/Bogota", "Europe/Kyiv", "Asia/Kathmandu"])
def test_a_zone_with_no_chinese_name_is_its_offset_on_a_chinese_screen(zone: str) -> None:
    moment = datetime(2026, 12, 4, 1, 31, tzinfo=ZoneInfo(zone))
    offset = moment.strftime("%z")
    for shown in (format_time(moment, zone, "zh"), letter_time(moment, zone, "zh", now=moment),
                  zone_name_text(zone, "zh", moment)):
        assert "/" not in shown and zone.split("/")[1] not in shown, shown
        assert offset[1:3].lstrip("0") in shown, shown
    assert format_time(moment, zone, "zh") == f"2026-12-04 01:31 UTC{offset[:3]}:{offset[3:]}"
    assert zone in format_time(moment, zone, "en")  # an English reader reads the id


def test_a_zone_with_a_chinese_name_is_named() -> None:
    moment = datetime(2026, 12, 4, 1, 31, tzinfo=ZoneInfo("Asia/Bangkok"))
    assert format_time(moment, "Asia/Bangkok", "zh") == "2026-12-04 01:31（曼谷时间，UTC+07:00）"
    assert "曼谷时间" in letter_time(moment, "Asia/Bangkok", "zh", now=moment)


def test_the_contacts_screen_names_the_users_zone_without_an_english_id() -> None:
    from walletsupport.rendering.contacts import _zone_name

    bogota = datetime(2026, 12, 4, 1, 31, tzinfo=ZoneInfo("America/Bogota"))
    assert _zone_name(bogota, "zh") == "UTC-05:00"
    bangkok = datetime(2026, 12, 4, 1, 31, tzinfo=ZoneInfo("Asia/Bangkok"))
    assert _zone_name(bangkok, "zh") == "曼谷时间，UTC+07:00"


def test_cases_show_names_the_last_change_as_it_names_the_diagnosis(tmp_path) -> None:
    import io

    from rich.console import Console

    from walletsupport.cases.store import CaseStore
    from walletsupport.diagnosis import engine
    from walletsupport.diagnosis.catalog import load_catalog
    from walletsupport.rendering.cases import render_case

    flow = load_catalog().get("locked-account")
    answers: tuple = ()
    for value in ["unusual-login", True, "Login blocked.", ["sms", "email"], True]:
        answers = engine.apply_answer(flow, answers, value)
    first = datetime(2026, 12, 4, 1, 31, tzinfo=ZoneInfo("Asia/Bangkok"))
    with CaseStore(tmp_path) as store:
        case_id = store.finish_id(case_id=None, result=engine.result(flow, answers), lang="zh",
                                  now=first, redactions={})
        case = store.set_status(case_id, "closed", first.replace(minute=40))
    out = io.StringIO()
    render_case(Console(file=out, width=100, color_system=None), case, "zh")
    lines = [line for line in out.getvalue().splitlines() if line.startswith(("诊断", "最后"))]
    assert lines == ["诊断时间：   2026-12-04 01:31（曼谷时间，UTC+07:00）",
                     "最后更新：   2026-12-04 01:40（曼谷时间，UTC+07:00）"], lines

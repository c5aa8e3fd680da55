"""Chinese reads as one writer wrote it: one term for each thing, Chinese punctuation.

Every Chinese text the tool can show is gathered (the message catalog, the flows,
the profiles and authorities, the guide as printed) and checked for variants a
native reader met on different screens and that were settled on one form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.i18n import _load

ROOT = Path(__file__).parent.parent
runner = CliRunner()

#: A variant that must not come back, and the form chosen instead (and why).
BANNED = {
    # 双重验证 is what Binance's Chinese app says (and most wallets); an app's own other
    # name may only be quoted, as in the check-up's “两步验证”“登录保护”.
    r"(?<!“)两步验证(?!”)": "双重验证",
    r"二次验证": "双重验证",
    # A secret taken out of what the user typed is 已移除 (the marker [已移除…] says so too);
    # 已删除 is for a case the user deletes.
    r"已删除一(?:段|串|个)": "已移除",
    r"你写的是": "原话",
    r"帐户|帐号": "账户 / 账号",
    r"登陆": "登录",
    r"接着把账户夺回来": "接下来把账户找回来",
    r"就是这些。": "以上就是要点。",
    # Off-peak speed sits next to 未公布服务时间 in the contacts table: 非工作时间 read as
    # "closed" there, so it says when answers are fastest instead.
    r"非工作时间": "不是工作日白天",
    # A removed-secret notice follows any flow's answer (a withdrawal, a top-up), so it
    # names 这笔交易, not 这笔付款; a code is 一串 digits, not 一个.
    r"查到这笔付款": "查到这笔交易",
    r"一个疑似(?:验证码|卡片安全码)": "一串 / 一组疑似…",
    r"号码）的号码": "证件号码（身份证号、护照号等）",
    r"已停止，没有发送": "已中断，没有发送",
    r"工作时间：回复最快": "工作日白天回复最快",
    # An empty answer met "编号应在 1 到 4 之间", which read as a rule of the tool.
    r"编号应在": "只能输入 1 到 N 之间的编号",
    # These reasons are followed by "请重新输入。": a second 请输入 before it read twice.
    r"请输入 1 到 \{count\}": "只能输入 1 到 N 之间的编号",
    r"请回答“是”或“否”": "只能回答“是”或“否”",
    r"这个问题决定给你的建议|这题决定给你的建议": "给你什么建议要看这一题",
    # The check-up's two labels: a ✗ item is not "improved", and "Where" is not always a setting
    # (the app store, a list of installed apps).
    r"怎么改进：": "处理办法：",
    r"在哪里设置：": "在哪里找：",
    # What the user gives only in part (a phone number, an email) is 部分隐藏 everywhere.
    r"部分隐去": "部分隐藏",
    # The chain's own fee: 区块网络 is no term a reader knows; 区块链网络 (or 矿工费) is.
    r"区块网络": "区块链网络",
    # "Real support never asks": 从来不会 (or 绝不会), as every other safety line says it.
    r"真客服从不会": "真正的客服从来不会",
    # The check-up's middle mark: 可以更好 is "could be better" word for word; a check-up
    # in Chinese says 有待改进.
    r"可以更好": "有待改进",
    # A wallet's "Support site" is its 帮助中心; 支持网站 reads as translated.
    r"支持网站": "帮助中心",
    # A follow-up's bullets already say what is unresolved: the heading said it twice
    # (目前仍未解决：问题本身还没有解决).
    r"目前仍未解决：": "目前的情况：",
    # One name for a contact profile everywhere.
    r"联系方式档案": "联系资料",
    # Written-report style where the rest speaks plainly: 进行加密 is 加密, 该交易所 is
    # 这家交易所 (as the other lines about an exchange say it).
    r"进行加密": "加密……",
    r"向该交易所": "向这家交易所",
    # A deposit's memo is “Memo 或 Tag” on every other screen (what exchanges show).
    r"Memo/标签|Memo（标签）": "Memo 或 Tag",
    # A self-custody wallet at the head of a sentence: 只有你自己掌握私钥的钱包，谁都冻结不了
    # first reads "only such wallets cannot be frozen".
    r"只有你自己掌握私钥的钱包": "私钥只在你自己手里的钱包",
    # Coins are not a transaction; sending them is.
    r"转进这个钱包的币，就是|转到你地址上的币，就是": "往这个钱包转币，就是……",
    r"由你确认过": "你……已经确认过",
    # A website or a message does not "need" a password; it asks you for it.
    r"客服都不需要它": "都不会向你要这个密码",
    r"不是你自己改的，请改回来，如果被改过": "凡不是你自己改的，都请改回来，并告诉客服哪些被改过",
    r"会把地址换成骗子的，看上去": "换成一个看上去几乎一模一样的骗子地址",
    r"都能用它打开钱包": "都能刷指纹或刷脸打开钱包",
    # Beside 英国夏令时 in the same list.
    r"夏季时间": "夏令时",
    # 它那里 after 交易所 read as "at its place": the exchange freezes them on its platform.
    r"在它那里冻结": "它可以在自己的平台上冻结",
    # A wait end's follow-up is printed after 到时：, so a second colon in it read as a list.
    r"先放一放：": "先放一放，……是查不到的",
    # Inside the brackets the date read as how long the lock lasts, not when to call.
    r"还锁着（最早也要到": "再联系客服，但最早也要等到……",
    # One 转走 for the user's own move and another for the thief's read as the same act.
    r"资产全部转走。如果已经有资产被转走": "把全部资产转到新钱包。如果已经有资产被人转走",
}

_CJK = r"[\u3400-\u9fff]"
#: Straight double quotes around Chinese words, or an English comma between Chinese items.
PUNCTUATION = {
    rf'"{_CJK}[^"]*"': "“…” around Chinese words",
    rf"{_CJK}, {_CJK}": "、 or ， between Chinese words",
    rf"{_CJK} — {_CJK}": "—— (or a full stop) in a Chinese sentence",
}


def _yaml_zh(node: object, parent: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "zh" and parent != "keywords":
                if isinstance(value, str):
                    yield value
            elif key != "keywords":
                yield from _yaml_zh(value, str(key))
    elif isinstance(node, list):
        for item in node:
            yield from _yaml_zh(item, parent)


def _texts() -> Iterator[tuple[str, str]]:
    for key, entry in _load().items():
        if entry.get("zh"):
            yield f"catalog {key}", entry["zh"]
    for folder in ("flows", "profiles", "authorities"):
        for path in sorted((ROOT / folder).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for text in _yaml_zh(data):
                yield f"{folder}/{path.name}", text
    guide = runner.invoke(app, ["--lang", "zh", "guide"], env={"COLUMNS": "400"})
    assert guide.exit_code == 0, guide.output
    yield "guide", guide.output


@functools.cache
def texts() -> list[tuple[str, str]]:
    """Every Chinese text, gathered once per worker when a test first asks (not at
    collection, where every worker would pay for it, outside the tests' isolation)."""
    return list(_texts())


@pytest.mark.parametrize("pattern", sorted(BANNED))
def test_a_settled_term_has_no_variant_left(pattern: str) -> None:
    found = [f"{where}: {text}" for where, text in texts() if re.search(pattern, text)]
    assert not found, f"use {BANNED[pattern]!r}:\n" + "\n".join(found)


@pytest.mark.parametrize("pattern", sorted(PUNCTUATION))
def test_chinese_texts_use_chinese_punctuation(pattern: str) -> None:
    found = [f"{where}: {text}" for where, text in texts() if re.search(pattern, text)]
    assert not found, f"use {PUNCTUATION[pattern]}:\n" + "\n".join(found)


def test_the_check_finds_what_it_bans() -> None:
    # The patterns themselves work: a quoted app name passes, a bare variant does not.
    two_step = next(p for p in BANNED if "两步验证" in p)
    assert re.search(two_step, "请开启两步验证")
    assert not re.search(two_step, "也可能叫“两步验证”")
    comma = next(p for p in PUNCTUATION if ", " in p)
    assert re.search(comma, "支付宝, 微信") and not re.search(comma, "支付宝、微信")
    assert len(texts()) > 1000


def test_a_list_of_ids_in_a_chinese_message_is_joined_with_the_chinese_comma() -> None:
    result = runner.invoke(app, ["--lang", "zh", "diagnose", "no-such-problem"])
    assert result.exit_code == 2, result.output
    assert "可选的问题有：convenience、failed-payment、" in result.output
    english = runner.invoke(app, ["--lang", "en", "diagnose", "no-such-problem"])
    assert "Known problems: convenience, failed-payment, " in english.output


def test_a_profile_s_domains_are_listed_with_the_chinese_comma() -> None:
    result = runner.invoke(app, ["--lang", "zh", "profiles", "show", "wechat-pay"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "pay.weixin.qq.com、kf.qq.com" in result.output
    english = runner.invoke(app, ["profiles", "show", "wechat-pay"], env={"COLUMNS": "200"})
    assert "pay.weixin.qq.com, kf.qq.com" in english.output



@pytest.mark.parametrize("width", [40, 60, 61, 62, 80])
def test_a_flow_title_and_summary_never_start_a_line_with_chinese_punctuation(width: int) -> None:
    import io

    from rich.console import Console

    from walletsupport.diagnosis.catalog import load_catalog
    from walletsupport.i18n import pick
    from walletsupport.rendering.diagnose import render_title

    for flow in load_catalog().flows.values():
        console = Console(file=io.StringIO(), width=width, color_system=None)
        render_title(console, pick(flow.title, "zh"), pick(flow.summary, "zh"), lang="zh")
        lines = [line for line in console.file.getvalue().splitlines() if line]
        assert not [line for line in lines if line[0] in "，。、；：？！）”"], lines
        assert "".join(lines) == pick(flow.title, "zh") + pick(flow.summary, "zh")


def test_where_the_answers_were_kept_starts_a_new_line_after_the_question_in_chinese() -> None:
    from walletsupport.errors import InputEnded

    stop = InputEnded(key="errors.input-ended", question="retry",
                      prompt="再付一次成功了吗？（如果决定不付了，也选“否”。）")
    stop.case_id = 3
    lines = stop.render("zh").splitlines()
    assert lines[0].endswith("也选“否”。）")
    assert lines[1].startswith("已回答的内容都保存好了")
    assert "\n" not in stop.render("en")


@pytest.mark.parametrize("flow", ["convenience", "failed-payment", "failed-withdrawal", "fees",
                                  "locked-account", "security", "top-up"])
def test_flows_show_prints_every_flow_with_chinese_punctuation(flow: str) -> None:
    # A date question once had no name for its kind: `flows show` failed on six flows.
    english = runner.invoke(app, ["--lang", "en", "flows", "show", flow], env={"COLUMNS": "80"})
    assert english.exit_code == 0, english.output
    assert re.search(r"\((choose one|choose several|yes/no|free text|number|date and time|"
                     r"advice|end), :\d+\)", english.output)
    chinese = runner.invoke(app, ["--lang", "zh", "flows", "show", flow], env={"COLUMNS": "80"})
    assert chinese.exit_code == 0, chinese.output
    assert re.search(r"（[^（）]+，第 \d+ 行）", chinese.output), chinese.output
    for english_form in (", :", "[紧急]", "[注意]", "[提示]"):
        assert english_form not in chinese.output, english_form
    outcomes = "已解决|需要联系客服|紧急|先等待|估算结果|需要自己核查"
    assert not re.search(rf"({outcomes}): ", chinese.output)
    summary = chinese.output.split("起点：", 1)[0].splitlines()[1:]
    assert summary and not [line for line in summary if line[:1] in "，。、；：？！）”"], summary

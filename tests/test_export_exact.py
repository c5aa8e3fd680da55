"""Exports keep what a user copies exactly: no token is cut across lines in the text export,
and the Markdown export shows every typed reference, handle, address and URL as typed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from markdown_it import MarkdownIt

from walletsupport.cases.export import render
from walletsupport.cases.layout import TEXT_WIDTH
from walletsupport.cases.store import CaseStore
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.wrapping import display_width

from .test_cli_cases import SCRIPT

DIAGNOSED = datetime(2026, 11, 24, 16, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
REFERENCE = SCRIPT.index("OD20261124001")  # the failed-withdrawal flow's reference question

# What people paste as references, from public examples and real support chats.
TOKENS = {
    "bech32": "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "taproot": "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
    "tron": "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
    "ethereum": "0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe",
    "solana": "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
    "tx-hash": "0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b",
    "xpub": "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8"
            "YtGqsefD265TMg7usUDFdp6W1EGMcet8",
    "url": "https://www.binance.com/en/support/faq/how-to-withdraw-crypto-from-binance-"
           "115003670492?utm_source=app&utm_medium=share",
    "handle-link": "t.me/Binance_Help_Desk",
    "handle": "@Binance_Help_Desk",
    "order-number": "2026112412345678901234567890",
    "error-code": "ERR_INSUFFICIENT_FUNDS",
    "masked-link": "https://example.com/a_b_c/*star*/[x](y)",
    "backticks": "ref`with``ticks`",
    "markdown-link": "[official help](https://secure-wallet-help.xyz/login)",
}


@pytest.fixture(scope="module")
def flow():
    return load_catalog().get("failed-withdrawal")


def _case(tmp_path, flow, reference: str, lang: str = "en"):
    script = list(SCRIPT)
    script[REFERENCE] = reference
    answers: tuple = ()
    for value in script:
        answers = engine.apply_answer(flow, answers, value)
    with CaseStore(tmp_path / "data") as store:
        return store.finish(case_id=None, result=engine.result(flow, answers), lang=lang,
                            now=DIAGNOSED, redactions={})


def _typed(token: str) -> str:
    """A token alone, mid-sentence after a long run of words, and glued to Chinese."""
    return (f"{token}\nThe withdrawal went to the address below and support asked me for "
            f"it twice: {token}, then closed the chat.\n地址是{token}，请核对")


_CASES: dict[tuple[str, str], object] = {}


def _token_case(tmp_path, flow, name: str, lang: str):
    """The case holding `_typed(TOKENS[name])`, made once for both export tests."""
    if (name, lang) not in _CASES:
        _CASES[name, lang] = _case(tmp_path, flow, _typed(TOKENS[name]), lang)
    return _CASES[name, lang]


def _rendered_text(markdown: str) -> tuple[str, list[str]]:
    """What a reader sees (and copies) of rendered CommonMark, and the kinds of tokens."""
    seen: list[str] = []
    kinds: list[str] = []
    for block in MarkdownIt("commonmark").parse(markdown):
        kinds.append(block.type)
        for child in block.children or ():
            kinds.append(child.type)
            if child.type in ("text", "code_inline"):
                seen.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                seen.append("\n")
        if block.type.endswith("_close") or block.type == "inline":
            seen.append("\n")
    return "".join(seen), kinds


_FORMATTING = ("link_open", "strong_open", "em_open", "s_open", "html_inline", "html_block",
               "heading_open", "blockquote_open", "bullet_list_open", "ordered_list_open",
               "image", "code_block", "fence", "hr")


def _formatting(kinds: list[str]) -> dict[str, int]:
    return {kind: kinds.count(kind) for kind in _FORMATTING}


_BASELINES: dict[str, list[str]] = {}


def _baseline(tmp_path, flow, lang: str) -> list[str]:
    """The token kinds of the same export with a plain answer: the export's own formatting."""
    if lang not in _BASELINES:
        _BASELINES[lang] = _rendered_text(render(
            _case(tmp_path / "plain", flow, "OD20261124001", lang), "markdown", lang))[1]
    return _BASELINES[lang]


# -- plain text -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", TOKENS)
def test_text_export_never_cuts_a_token(tmp_path, flow, name, lang):
    token = TOKENS[name]
    typed = _typed(token)
    out = render(_token_case(tmp_path, flow, name, lang), "text", lang)
    lines = out.splitlines()
    # Shown twice (the answer and the checklist), three times each, and never cut.
    assert out.count(token) == 2 * typed.count(token) == 6
    for line in lines:
        if display_width(line) > TEXT_WIDTH:
            # Only a token longer than a line may pass the width, and it stands alone.
            words = line.split()
            assert words[-1].strip("，。:") in (token, f"地址是{token}") or token in words[-1]
            assert len(words) <= 2, line


def test_text_export_of_short_words_still_fits_72_columns(tmp_path, flow):
    typed = " ".join(["withdrawal"] * 40)
    out = render(_case(tmp_path, flow, typed), "text", "en")
    assert max(display_width(line) for line in out.splitlines()) <= TEXT_WIDTH


# -- Markdown -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", TOKENS)
def test_markdown_export_shows_each_token_as_typed(tmp_path, flow, name, lang):
    markdown = render(_token_case(tmp_path, flow, name, lang), "markdown", lang)
    seen, kinds = _rendered_text(markdown)
    for line in _typed(TOKENS[name]).splitlines():
        assert line in seen
    assert _formatting(kinds) == _formatting(_baseline(tmp_path, flow, lang))


@pytest.mark.parametrize("name", ["handle-link", "handle", "error-code", "url", "tron"])
def test_markdown_source_holds_the_token_unescaped_too(tmp_path, flow, name):
    # In a chat box that shows Markdown as it is, the token must still paste as typed.
    token = TOKENS[name]
    markdown = render(_case(tmp_path, flow, f"see {token}"), "markdown", "en")
    assert f"`{token}`" in markdown
    assert "\\" not in markdown


def test_t_me_link_pastes_as_typed(tmp_path, flow):
    markdown = render(_case(tmp_path, flow, "t.me/Binance_Help_Desk"), "markdown", "en")
    assert "→ `t.me/Binance_Help_Desk`\n" in markdown
    assert "[x] Order or transaction number: `t.me/Binance_Help_Desk`\n" in markdown


def test_typed_markdown_stays_text_whatever_its_shape(tmp_path, flow):
    typed = ("**urgent** _now_ <script>x</script> &amp; ~~old~~ ![img](http://x/y.png) "
             "[a]: http://evil\n# heading\n> quote\n- item\n1. first\n[ref]: http://x")
    markdown = render(_case(tmp_path, flow, typed), "markdown", "en")
    seen, kinds = _rendered_text(markdown)
    for line in typed.splitlines():
        assert line in seen
    assert _formatting(kinds) == _formatting(_baseline(tmp_path, flow, "en"))


def test_redaction_markers_stay_plain_words(tmp_path, flow):
    from walletsupport.redact import redact

    typed = "tx 12345, my password is hunter2 ok"
    marker = redact("my password is hunter2").text.removeprefix("my password is ")
    assert marker.startswith("[") and marker.endswith("]")
    markdown = render(_case(tmp_path, flow, typed), "markdown", "en")
    assert f"my password is {marker} ok" in markdown

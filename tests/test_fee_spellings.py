"""Issue #12 item 1 through the whole fees flow: every way of writing numbers, the right figure.

Each row is one spelling of an amount, a rate and a fee charged, run through the real
CLI (`diagnose fees --no-input`, checking a charge) in English and in Chinese. The
figure worked out must be the one expected, in the amount's currency, and every sum
shown must add up with the figures as shown (a fee of €12.5025 is €12.50, so the
difference from €13 is €0.50, and from £13 after £12.51 it is £0.49).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
ENV = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00", "TZ": "Asia/Shanghai",
       "WALLETSUPPORT_PROFILE": "generic"}

# amount, rate, fee charged; then "Your sum" as shown in English and in Chinese.
SPELLINGS = [
    ('2.500,50 €', '0,5 %', '12,50 €',
     '€2,500.50 × 0.5% = €12.50', '2,500.50 欧元 × 0.5% = 12.50 欧元'),
    ('€2.500,50', '0.5%', '13',
     '€2,500.50 × 0.5% = €12.50', '2,500.50 欧元 × 0.5% = 12.50 欧元'),
    ('EUR 2 500,50', '５‰', 'EUR 13',
     '€2,500.50 × 0.5% = €12.50', '2,500.50 欧元 × 0.5% = 12.50 欧元'),
    ('2 500,50 EUR', '50 bps', '€12.50',
     '€2,500.50 × 0.5% = €12.50', '2,500.50 欧元 × 0.5% = 12.50 欧元'),
    ('2’500.50 CHF', '1%', '25 CHF',
     '2,500.50 CHF × 1% = 25.01 CHF', '2,500.50 CHF × 1% = 25.01 CHF'),
    ("CHF 2'500.50", '0.6 percent', 'CHF 15.00',
     '2,500.50 CHF × 0.6% = 15.00 CHF', '2,500.50 CHF × 0.6% = 15.00 CHF'),
    ('2,500.50 USD', '0.6%', '$15.01',
     '$2,500.50 × 0.6% = $15.00', '2,500.50 美元 × 0.6% = 15.00 美元'),
    ('$2,500.50', '百分之一', '25.01 USD',
     '$2,500.50 × 1% = $25.01', '2,500.50 美元 × 1% = 25.01 美元'),
    ('US$ 2,500.50', '1.5 %', '40',
     '$2,500.50 × 1.5% = $37.51', '2,500.50 美元 × 1.5% = 37.51 美元'),
    ('2500.5美元', '千分之五', '12.5美元',
     '$2,500.50 × 0.5% = $12.50', '2,500.50 美元 × 0.5% = 12.50 美元'),
    ('２５００．５０元', '０．５％', '１３元',
     '¥2,500.50 × 0.5% = ¥12.50', '2,500.50 元 × 0.5% = 12.50 元'),
    ('２，５００．５０ 元', '千分之一', '2.5元',
     '¥2,500.50 × 0.1% = ¥2.50', '2,500.50 元 × 0.1% = 2.50 元'),
    ('¥２５００．５', '万分之五', '¥1.25',
     '¥2,500.50 × 0.05% = ¥1.25', '2,500.50 元 × 0.05% = 1.25 元'),
    ('￥2500.5', '0.6％', '15',
     '¥2,500.50 × 0.6% = ¥15.00', '2,500.50 元 × 0.6% = 15.00 元'),
    ('RMB 2,500.50', '百分之零点五', 'RMB 12.50',
     '¥2,500.50 × 0.5% = ¥12.50', '2,500.50 元 × 0.5% = 12.50 元'),
    ('人民币2500.5元', '5‰', '12块5',
     '¥2,500.50 × 0.5% = ¥12.50', '2,500.50 元 × 0.5% = 12.50 元'),
    ('2500.5块', '6‱', '1.5元',
     '¥2,500.50 × 0.06% = ¥1.50', '2,500.50 元 × 0.06% = 1.50 元'),
    ('一万元', '千分之一', '十元',
     '¥10,000 × 0.1% = ¥10.00', '10,000 元 × 0.1% = 10.00 元'),
    ('一万块', '万分之五', '5块',
     '¥10,000 × 0.05% = ¥5.00', '10,000 元 × 0.05% = 5.00 元'),
    ('两千五百元', '0.6%', '15元',
     '¥2,500 × 0.6% = ¥15.00', '2,500 元 × 0.6% = 15.00 元'),
    ('两千五百块钱', '百分之一点五', '三十七块五',
     '¥2,500 × 1.5% = ¥37.50', '2,500 元 × 1.5% = 37.50 元'),
    ('1.5万元', '0.6%', '90元',
     '¥15,000 × 0.6% = ¥90.00', '15,000 元 × 0.6% = 90.00 元'),
    ('１．５万元', '千分之1.5', '22.5元',
     '¥15,000 × 0.15% = ¥22.50', '15,000 元 × 0.15% = 22.50 元'),
    ('2.5千元', '万分之5', '1.25元',
     '¥2,500 × 0.05% = ¥1.25', '2,500 元 × 0.05% = 1.25 元'),
    ('三千零五十元', '1%', '31元',
     '¥3,050 × 1% = ¥30.50', '3,050 元 × 1% = 30.50 元'),
    ('十万元', '千分之一', '100元',
     '¥100,000 × 0.1% = ¥100.00', '100,000 元 × 0.1% = 100.00 元'),
    ('壹万元', '百分之一', '壹佰元',
     '¥10,000 × 1% = ¥100.00', '10,000 元 × 1% = 100.00 元'),
    ('五千元整', '0,6 %', '30元',
     '¥5,000 × 0.6% = ¥30.00', '5,000 元 × 0.6% = 30.00 元'),
    ('12块5', '1%', '1毛',
     '¥12.50 × 1% = ¥0.13', '12.50 元 × 1% = 0.13 元'),
    ('1万元', '0.6%', '¥60',
     '¥10,000 × 0.6% = ¥60.00', '10,000 元 × 0.6% = 60.00 元'),
    ('1,25,000 INR', '0.5%', '625 INR',
     '125,000 INR × 0.5% = 625.00 INR', '125,000 INR × 0.5% = 625.00 INR'),
    ('₹1,25,000.50', '1%', '₹1,250',
     '125,000.50 INR × 1% = 1,250.01 INR', '125,000.50 INR × 1% = 1,250.01 INR'),
    ('1.25 lakh INR', '1%', '1,250 INR',
     '125,000 INR × 1% = 1,250.00 INR', '125,000 INR × 1% = 1,250.00 INR'),
    ('2 crore rupees', '0.1%', '20,000 INR',
     '20,000,000 INR × 0.1% = 20,000.00 INR', '20,000,000 INR × 0.1% = 20,000.00 INR'),
    ('£1,250.50', '0.5%', '£6.25',
     '£1,250.50 × 0.5% = £6.25', '1,250.50 英镑 × 0.5% = 6.25 英镑'),
    ('1 250,50 £', '1 %', '13',
     '£1,250.50 × 1% = £12.51', '1,250.50 英镑 × 1% = 12.51 英镑'),
    ('GBP1250.5', '0.25%', 'GBP 3.13',
     '£1,250.50 × 0.25% = £3.13', '1,250.50 英镑 × 0.25% = 3.13 英镑'),
    ('JPY 12,500', '1%', '125 JPY',
     '12,500 JPY × 1% = 125 JPY', '12,500 日元 × 1% = 125 日元'),
    ('12,500円', '1%', '125円',
     '12,500 JPY × 1% = 125 JPY', '12,500 日元 × 1% = 125 日元'),
    ('1万2500日元', '2%', '250日元',
     '12,500 JPY × 2% = 250 JPY', '12,500 日元 × 2% = 250 日元'),
    ('HK$1,250.50', '0.5%', 'HK$6.25',
     '1,250.50 HKD × 0.5% = 6.25 HKD', '1,250.50 港元 × 0.5% = 6.25 港元'),
    ('1 250,50 zł', '1%', '12,51 zł',
     '1,250.50 PLN × 1% = 12.51 PLN', '1,250.50 PLN × 1% = 12.51 PLN'),
    ('R$ 2.500,50', '2%', 'R$ 50,01',
     '2,500.50 BRL × 2% = 50.01 BRL', '2,500.50 BRL × 2% = 50.01 BRL'),
    ('10 000 ₽', '1%', '100 ₽',
     '10,000 RUB × 1% = 100.00 RUB', '10,000 RUB × 1% = 100.00 RUB'),
    ('2500 USDT', '0.1%', '2.5 USDT',
     '2,500 USDT × 0.1% = 2.50 USDT', '2,500 USDT × 0.1% = 2.50 USDT'),
    ('￥１０，０００', '千分之六', '６０元',
     '¥10,000 × 0.6% = ¥60.00', '10,000 元 × 0.6% = 60.00 元'),
    ('10k USD', '1%', '$100',
     '$10,000 × 1% = $100.00', '10,000 美元 × 1% = 100.00 美元'),
    ('2 500,50 SEK', '1%', '25,01 SEK',
     '2,500.50 SEK × 1% = 25.01 SEK', '2,500.50 SEK × 1% = 25.01 SEK'),
    ('ISK 12.500', '1%', '125 ISK',
     '12,500 ISK × 1% = 125 ISK', '12,500 ISK × 1% = 125 ISK'),
]


def _check_charge(lang: str, amount: str, rate: str, charged: str) -> str:
    answers = {"fee-type": "top-up", "goal": "check-charge", "amount": amount,
               "charged": charged, "rate": rate, "minimum": "", "compare": "higher",
               "when": "2026-11-24 15:30", "reference": ""}
    sets = [arg for key, value in answers.items() for arg in ("--set", f"{key}={value}")]
    result = runner.invoke(app, ["--lang", lang, "diagnose", "fees", "--no-input", *sets],
                           env=ENV)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.replace("│", " ").split())
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", out)  # 欧 元 cut by a line end


_FIGURE = re.compile(r"-?[$€£¥]?(\d[\d,]*(?:\.\d+)?)")


def _value(shown: str) -> Decimal:
    match = _FIGURE.search(shown)
    assert match, shown
    value = Decimal(match.group(1).replace(",", ""))
    return -value if shown.lstrip().startswith("-") else value


def test_the_table_covers_every_way_of_writing_named_in_the_issue() -> None:
    assert len(SPELLINGS) >= 40
    typed = " ".join(a + " " + r + " " + c for a, r, c, _, _ in SPELLINGS)
    for sample in ("2.500,50", " 500,50", "2'500", "２５００．５０", "一万元", "两千五百", "1.5万",
                   "千分之一", "万分之五", "€2", "EUR ", "1,25,000", "lakh", "円", "０．５％"):
        assert sample in typed, sample


@pytest.mark.parametrize(("amount", "rate", "charged", "en", "zh"), SPELLINGS)
def test_every_spelling_gives_the_right_fee_in_both_languages(
        amount: str, rate: str, charged: str, en: str, zh: str) -> None:
    for lang, expected in (("en", en), ("zh", zh)):
        out = _check_charge(lang, amount, rate, charged)
        assert expected in out, (lang, out)
        # The difference shown adds up with the figures as shown, in the same currency.
        found = re.search(r"(?:The difference is |差额是 )(.+?) − (.+?) = (.+?)[.。] ", out)
        assert found, (lang, out)
        given, worked, gap = found.groups()
        assert _value(given) - _value(worked) == _value(gap), (lang, found.group(0))
        fee = expected.rsplit("= ", 1)[1]
        assert worked == fee, (lang, found.group(0))
        assert "-0.00" not in gap and "-€0.00" not in gap, gap


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["'kr 2 500,50' says “kr”",
            "write its code instead, such as 2500 SEK, NOK, DKK or ISK"]),
    ("zh", ["“kr 2 500,50”里的“kr”可能是瑞典、挪威、丹麦或冰岛的货币",
            "2500 SEK、NOK、DKK 或 ISK"]),
])
def test_kr_alone_asks_which_countrys_crown(lang: str, words: list[str]) -> None:
    # It was refused as having no currency at all, with ¥ and € examples.
    sets = ["--set", "fee-type=withdrawal", "--set", "goal=estimate", "--set", "amount=kr 2 500,50"]
    result = runner.invoke(app, ["--lang", lang, "diagnose", "fees", "--no-input", *sets],
                           env=ENV)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1, result.output
    flat = "".join(result.output.split())
    for word in words:
        assert "".join(word.split()) in flat, result.output

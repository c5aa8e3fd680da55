"""Describing the problem in one's own words finds the right flow, in English and Chinese."""

from __future__ import annotations

import pytest

from walletsupport.catalog import load_catalog
from walletsupport.matching import best_matches

SENTENCES = [
    ("提现一直没到账", "failed-withdrawal"),
    ("my account got locked after I typed the wrong password", "locked-account"),
    ("I withdrew money to my bank card three days ago and it still hasn't arrived",
     "failed-withdrawal"),
    ("账户被冻结了，登录不上", "locked-account"),
    ("payment declined at the supermarket", "failed-payment"),
    ("付款失败但是钱被扣了", "failed-payment"),
    ("I topped up my wallet but the balance didn't change", "top-up"),
    ("充值没到账", "top-up"),
    ("someone called saying they are support and asked for my verification code", "security"),
    ("有陌生交易，怀疑被盗了", "security"),
    ("why was I charged a fee for withdrawing", "fees"),
    ("提现手续费怎么算", "fees"),
    ("how do I turn on fingerprint payments", "convenience"),
    ("怎么设置指纹支付", "convenience"),
]


@pytest.fixture(scope="module")
def flows():
    return list(load_catalog().flows.values())


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_the_right_flow_is_among_the_three_offered(flows, sentence: str, expected: str) -> None:
    offered = [f.id for f in best_matches(flows, sentence)]
    assert expected in offered, offered
    assert len(offered) <= 3


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES[:2])
def test_the_issue_examples_rank_first(flows, sentence: str, expected: str) -> None:
    assert best_matches(flows, sentence)[0].id == expected


def test_nonsense_matches_nothing(flows) -> None:
    assert best_matches(flows, "the weather is lovely today") == []

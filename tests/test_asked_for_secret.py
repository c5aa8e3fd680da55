"""Whether the user's own words say someone asked them for a secret (issue 12, F30)."""

from __future__ import annotations

import pytest

from walletsupport.redact.asked import asked_for_secret


@pytest.mark.parametrize("text", [
    "support asked me for my SMS code",
    "Someone on WeChat says he is Alipay support and wants my password",
    "The agent told me to read out the 6-digit code",
    "he asked for the verification code I got by SMS",
    "they wanted my seed phrase to unlock the funds",
    "我用银行卡往支付宝充了１２５０．５０元，钱扣了余额没到，客服让我报验证码 [已移除验证码]",
    "客服让我报验证码 739201",
    "对方让我把验证码告诉他",
    "他要我提供助记词",
    "有人冒充客服，问我要短信验证码",
])
def test_someone_asking_for_a_secret_is_recognised(text: str) -> None:
    assert asked_for_secret(text)


@pytest.mark.parametrize("text", [
    None, "",
    "I asked for a new code",
    "the app asks for my password every time",
    "I forgot my PIN",
    "my password is Hunter2",
    "support asked me to wait 3 days",
    "客服说三天到账",
    "客服要我等三天再查，密码我没改",
    "支付宝让我输入密码",
    "我忘了支付密码",
])
def test_ordinary_words_are_not_read_as_someone_asking(text: str | None) -> None:
    assert not asked_for_secret(text)

"""Whether the user's own words say someone asked them for a secret.

"Support asked me for my SMS code", "客服让我报验证码": whoever asked is not the
wallet's real support (real support never asks for a code, a password or a
recovery phrase), so the closing screen must not send the user back into that
conversation. A sentence counts when someone other than the user (support, an
agent, he, 对方, 有人...) asks, wants or tells them to give one of those secrets;
"I asked for a new code" or "the app asks for my password" do not.
"""

from __future__ import annotations

import re

from ..patterns import lazy

__all__ = ["asked_for_secret"]

_SECRET_EN = (r"(?:codes?|otp|one[- ]time|passwords?|passcodes?|pins?|pin codes?|"
              r"(?:recovery|seed|secret) (?:phrase|words)|seed|private keys?|2fa|cvv|cvc|"
              r"security codes?|verification)")
_ACTOR_EN = (r"(?:support|agent|someone|somebody|he|she|they|caller|man|woman|person|staff|"
             r"rep|representative|customer service|service desk|scammer|guy|officer|"
             r"official|employee|admin|moderator|helpdesk|help desk)")
_ASK_EN = (r"(?:ask(?:ed|s|ing)?|want(?:ed|s)?|request(?:ed|s|ing)?|demand(?:ed|s|ing)?|"
           r"told me|tells me|telling me|got me|made me|needs?|needed|insisted)")
# In one sentence: an actor, then (within a few words) the asking, then the secret.
_EN = lazy(__name__, rf"\b{_ACTOR_EN}\b[^.!?;\n]{{0,40}}?\b{_ASK_EN}\b[^.!?;\n]{{0,40}}?"
                     rf"\b{_SECRET_EN}\b", re.IGNORECASE)

_SECRET_ZH = r"(?:验证码|校验码|动态码|短信码|安全码|密码|助记词|私钥|口令|CVV|cvv|PIN|pin)"
_ASK_ZH = (r"(?:(?:让|要|叫|逼|催)我(?:把|报|发|提供|说|告诉|输入|念|给|填|截图)|索要|索取|"
           r"(?:问|向|跟|找)我要|要了?我的)")
_ACTOR_ZH = r"(?:客服|对方|他|她|有人|自称|工作人员|骗子|陌生人|那人|那个人|官方|专员|经理)"
_ZH = lazy(__name__, rf"{_ACTOR_ZH}[^。！？；\n]{{0,20}}?{_ASK_ZH}"
                     rf"[^。！？；，,\n]{{0,12}}?{_SECRET_ZH}")


def asked_for_secret(text: str | None) -> bool:
    """Whether `text` says someone (not the user, not the app) asked the user for a secret."""
    if not text:
        return False
    return bool(_EN.search(text) or _ZH.search(text))

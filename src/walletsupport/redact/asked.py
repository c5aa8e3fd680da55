"""Whether the user's own words say someone asked them for a secret.

"Support asked me for my SMS code", "客服让我报验证码": whoever asked is not the
wallet's real support (real support never asks for a code, a password or a
recovery phrase), so the closing screen must not send the user back into that
conversation. A sentence counts when

- someone other than the user (support, an agent, he, 对方, 有人...) asks, wants,
  needs or tells them to give one of those secrets ("he said to send him the
  number that came by SMS", "客服说要把收到的短信数字发给他");
- the user says they already gave one ("I already gave him the code",
  "验证码我刚才告诉对方了"): the same warning, and it is more urgent;
- someone had them share their screen or install a remote-control app
  (AnyDesk, TeamViewer, 向日葵, ToDesk...): that hands over every code as it arrives.

"I asked for a new code", "the app asks for my password", "I never gave anyone
my password" and "我忘了支付密码" do not. The labelled sentences in
tests/test_asked_for_secret.py are the specification. A handful of regular
expressions, compiled once: it runs on every description.
"""

from __future__ import annotations

import re

from ..patterns import lazy

__all__ = ["asked_for_secret"]

# -- English -------------------------------------------------------------------------------

# Codes that are no secret: an error code, a QR code, a promo code...
_NOT_SECRET = (r"(?<!error )(?<!promo )(?<!qr )(?<!reference )(?<!tracking )(?<!invite )"
               r"(?<!referral )(?<!swift )(?<!zip )(?<!postal )(?<!discount )(?<!country )")
_SECRET_EN = (rf"(?:{_NOT_SECRET}codes?|otps?|one[- ]time|pass(?:word|code)s?|pins?|"
              r"(?:recovery|seed|secret|backup) (?:phrase|words)|seed|"
              r"(?:12|24|twelve|twenty[- ]four) words|private keys?|2fa|cvv|cvc|"
              r"verification|authenticator|digits|"
              r"numbers? (?:that|which|i|it|he|they|from|in|sent|on)\b[^.!?;\n]{0,20}?"
              r"\b(?:sms|text|message))")
_ACTOR_EN = (r"(?:support|agent|someone|somebody|he|she|they|caller|man|woman|person|staff|"
             r"rep|representative|customer service|service desk|scammer|guy|officer|"
             r"official|employee|admin|moderator|helpdesk|help desk|seller|buyer|merchant|"
             r"bot|team|manager|specialist)")
_ASK_EN = (r"(?:ask(?:ed|s|ing)?|want(?:ed|s)?|request(?:ed|s|ing)?|demand(?:ed|s|ing)?|"
           r"requir(?:ed|es|ing)|told me|tells me|telling me|got me|made me|needs?|needed|"
           r"insist(?:ed|s)?|"
           r"said (?:to|(?:i|we) (?:had to|have to|need(?:ed)? to|must|should)))")
# In one sentence: an actor, then (within a few words) the asking, then the secret.
_ASKED_EN = (rf"\b{_ACTOR_EN}\b[^.!?;\n]{{0,40}}?\b{_ASK_EN}\b[^.!?;\n]{{0,40}}?"
             rf"\b{_SECRET_EN}\b")
# The user gave it: "I (already) gave him the code". "I never gave", "I didn't send"
# do not match: nothing but a few adverbs may stand between "I" and the giving.
_GAVE_EN = (r"\b(?:i|we)(?:'ve| have| had)?(?: already| just| then| also| accidentally|"
            r" stupidly| foolishly)? (?:gave|given|sent|told|read(?: out)?|shared|forwarded|"
            r"texted|showed|shown|handed over)\b[^.!?;\n]{0,30}?"
            rf"\b{_SECRET_EN}\b(?![^.!?;\n]{{0,12}}\b(?:in|into) (?:the|my) app\b)")
# Screen sharing and remote-control apps, with someone else in the sentence.
_REMOTE_EN = (r"\b(?:anydesk|teamviewer|rustdesk|ultraviewer|splashtop|airdroid|quick ?assist|"
              r"quick ?support|screen ?shar(?:e|ing)|share (?:my|the|your) (?:phone )?screen|"
              r"remote (?:access|control|desktop))\b")
_EN = lazy(__name__, rf"{_ASKED_EN}|{_GAVE_EN}", re.IGNORECASE)
_SENTENCE_EN = lazy(__name__, r"[^.!?;\n]+")
_REMOTE_EN_RE = lazy(__name__, _REMOTE_EN, re.IGNORECASE)
_ACTOR_EN_RE = lazy(__name__, rf"\b{_ACTOR_EN}\b", re.IGNORECASE)

# -- Chinese -------------------------------------------------------------------------------

_SECRET_ZH = (r"(?:验证码|校验码|动态码|动态密码|短信码|安全码|密码|助记词|私钥|密钥|口令|CVV|cvv|"
              r"PIN|pin|短信(?:里|上|中)?的?数字|收到的数字|[6六]位数)")
_ACTOR_ZH = (r"(?:客服|对方|他|她|有人|自称|工作人员|骗子|陌生人|那人|那个人|官方|专员|经理|"
             r"卖家|买家|商家|管理员)")
_ASK_ZH = (r"(?:(?:让|要|叫|逼|催|请|要求|需要)我|说(?:要|只要|需要|必须|得)|索要|索取|"
           r"(?:问|向|跟|找)我要|要了?我的|需要我的)")
# Between the asking and the secret: not "重新设置", "修改" (an instruction to change it).
_GAP_ZH = r"(?:(?!设置|修改|重置|更改|改)[^。！？；，,\n]){0,12}?"
_ASKED_ZH = rf"{_ACTOR_ZH}[^。！？；\n]{{0,20}}?{_ASK_ZH}{_GAP_ZH}{_SECRET_ZH}"
_TO_ZH = r"(?:他|她|对方|客服|他们|那个人|那人|骗子)"
_GIVE_ZH = r"(?:发|告诉|报|给|念|说|截图|转)"
_ADVERB_ZH = r"(?:已经|刚才|刚刚|之前|都|也|还)?"
# The user gave it: 我已经把验证码发给他了; 验证码我刚才告诉对方了; 我告诉了他验证码.
# "我没有把验证码告诉任何人" does not match: only a few adverbs stand after 我.
_GAVE_ZH = (rf"我{_ADVERB_ZH}(?:把|将)[^。！？；，,\n]{{0,6}}?{_SECRET_ZH}[^。！？；，,\n]{{0,6}}?"
            rf"{_GIVE_ZH}"
            rf"|{_SECRET_ZH}我{_ADVERB_ZH}{_GIVE_ZH}(?:给)?了?{_TO_ZH}"
            rf"|我{_ADVERB_ZH}(?:告诉|发给|给)了?{_TO_ZH}[^。！？；，,\n]{{0,6}}?{_SECRET_ZH}")
_ZH = lazy(__name__, rf"{_ASKED_ZH}|{_GAVE_ZH}")
_REMOTE_ZH = lazy(__name__, r"共享屏幕|屏幕共享|共享.{0,4}屏幕|远程控制|远程协助|远程操作|向日葵|"
                            r"todesk|anydesk|teamviewer|rustdesk", re.IGNORECASE)
_SOMEONE_ZH = lazy(__name__, rf"{_ACTOR_ZH}|(?:让|叫|要|逼|催)我")
_SENTENCE_ZH = lazy(__name__, r"[^。！？；\n]+")
_ANY_SECRET = lazy(__name__, rf"\b{_SECRET_EN}\b|{_SECRET_ZH}", re.IGNORECASE)


def asked_for_secret(text: str | None) -> bool:
    """Whether `text` says someone (not the user, not the app) asked the user for a secret.

    Giving one already, and letting someone share the screen or control the
    device, count too: whoever is on the other end is not real support.
    """
    if not text:
        return False
    # Most descriptions name no secret at all: one linear scan settles them.
    if _ANY_SECRET.search(text) and (_EN.search(text) or _ZH.search(text)):
        return True
    return _remote(text)


def _remote(text: str) -> bool:
    """A screen shared or a remote-control app, in a sentence where someone else is."""
    if _REMOTE_EN_RE.search(text):
        for sentence in _SENTENCE_EN.findall(text):
            if _REMOTE_EN_RE.search(sentence) and _ACTOR_EN_RE.search(sentence):
                return True
    if _REMOTE_ZH.search(text):
        for sentence in _SENTENCE_ZH.findall(text):
            if _REMOTE_ZH.search(sentence) and _SOMEONE_ZH.search(sentence):
                return True
    return False

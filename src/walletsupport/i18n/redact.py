"""Messages of the redaction module: the markers left in place of secrets and the notices."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, dict[str, str]] = {
    # Markers: each names the kind it replaced, in square brackets, so that a
    # reader of a note or an export sees that something was there. `redact`
    # recognises them on a second pass and leaves them alone.
    "redact.marker.recovery-phrase": {
        "en": "[recovery phrase removed]",
        "zh": "[已移除助记词]",
    },
    "redact.marker.private-key": {
        "en": "[private key removed]",
        "zh": "[已移除私钥]",
    },
    "redact.marker.card-number": {
        "en": "[card number removed]",
        "zh": "[已移除银行卡号]",
    },
    "redact.marker.id-number": {
        "en": "[ID number removed]",
        "zh": "[已移除身份证号]",
    },
    "redact.marker.verification-code": {
        "en": "[verification code removed]",
        "zh": "[已移除验证码]",
    },
    "redact.marker.password": {
        "en": "[password removed]",
        "zh": "[已移除密码]",
    },
    # Notices: shown once per kind after a removal; they say what was removed
    # and why support never needs it.
    "redact.notice.recovery-phrase": {
        "en": (
            "I removed what looked like a recovery phrase. No real support agent ever needs "
            "it: anyone who asks for it is trying to take your funds."
        ),
        "zh": (
            "已删除一段疑似助记词的内容。"
            "真正的客服从来不需要助记词，向你要助记词的人，都是想盗走你的资产。"
        ),
    },
    "redact.notice.private-key": {
        "en": (
            "I removed what looked like a private key. Whoever has it controls the wallet, "
            "so no genuine support team will ever ask for it."
        ),
        "zh": (
            "已删除一段疑似私钥的内容。"
            "谁拿到私钥，谁就能控制这个钱包，所以真正的客服绝不会向你要私钥。"
        ),
    },
    "redact.notice.card-number": {
        "en": (
            "I removed what looked like a bank card number. Support can trace a payment "
            "from its order or transaction number, so keep the card number to yourself."
        ),
        "zh": (
            "已删除一串疑似银行卡号的数字。"
            "客服凭订单号或交易号就能查到这笔付款，卡号请不要发给任何人。"
        ),
    },
    "redact.notice.id-number": {
        "en": (
            "I removed what looked like an ID number. Enter it only on the official app's "
            "own verification page, never in a chat or for someone who contacted you first."
        ),
        "zh": (
            "已删除一串疑似身份证号的号码。"
            "身份证号只在官方 App 自己的实名认证页面里填写，不要在聊天中发送，更不要发给主动联系你的人。"
        ),
    },
    "redact.notice.verification-code": {
        "en": (
            "I removed what looked like a verification code. A code is how you approve a "
            "login or a payment, so real support never asks you to read one out."
        ),
        "zh": (
            "已删除一个疑似验证码的数字。"
            "验证码是你本人确认登录或付款的凭证，真正的客服绝不会让你报出验证码。"
        ),
    },
    "redact.notice.password": {
        "en": (
            "I removed what looked like a password. Support can help without it; if you "
            "have shared it with anyone, change it now."
        ),
        "zh": (
            "已删除一段疑似密码的内容。"
            "客服不需要你的密码也能处理问题；如果已经告诉过别人，请马上修改。"
        ),
    },
}

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
    # Card numbers keep their last four digits, which support questions ask for.
    "redact.marker.card-number-ending": {
        "en": "[card number removed, ending {last4}]",
        "zh": "[已移除银行卡号，尾号 {last4}]",
    },
    "redact.marker.card-security-code": {
        "en": "[card security code removed]",
        "zh": "[已移除卡片安全码]",
    },
    "redact.marker.two-factor-secret": {
        "en": "[2FA secret removed]",
        "zh": "[已移除双重验证密钥]",
    },
    "redact.marker.api-secret": {
        "en": "[API secret removed]",
        "zh": "[已移除 API 密钥]",
    },
    "redact.marker.id-number": {
        "en": "[ID number removed]",
        "zh": "[已移除证件号码]",
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
            "已移除一段疑似助记词的内容。"
            "真正的客服从来不需要助记词，向你要助记词的人，都是想盗走你的资产。"
        ),
    },
    "redact.notice.private-key": {
        "en": (
            "I removed what looked like a private key. Whoever has it controls the wallet, "
            "so no genuine support team will ever ask for it."
        ),
        "zh": (
            "已移除一段疑似私钥的内容。"
            "谁拿到私钥，谁就能控制这个钱包，所以真正的客服绝不会向你要私钥。"
        ),
    },
    "redact.notice.last-digits": {
        "en": "Only the last {keep} digits of the account are kept; I removed the rest: {answer}",
        "zh": "账号只保留后 {keep} 位，前面的数字已删除，已记为：{answer}",
    },
    "redact.notice.card-number": {
        "en": (
            "I removed what looked like a bank card number. Support can trace a payment "
            "from its order or transaction number, so keep the card number to yourself."
        ),
        "zh": (
            "已移除一串疑似银行卡号的数字。"
            "客服凭订单号或交易号就能查到这笔交易，卡号请不要发给任何人。"
        ),
    },
    "redact.notice.id-number": {
        "en": (
            "I removed what looked like an ID number. Enter it only on the official app's "
            "own verification page, never in a chat or for someone who contacted you first."
        ),
        "zh": (
            "已移除一个疑似证件号码（身份证号、护照号等）。"
            "证件号码只在官方 App 自己的实名认证页面里填写，不要在聊天中发送，更不要发给主动联系你的人。"
        ),
    },
    "redact.notice.verification-code": {
        "en": (
            "I removed what looked like a verification code. A code is how you approve a "
            "login or a payment, so real support never asks you to read one out."
        ),
        "zh": (
            "已移除一串疑似验证码的数字。"
            "验证码是你本人确认登录或付款的凭证，真正的客服绝不会让你报出验证码。"
        ),
    },
    "redact.notice.card-security-code": {
        "en": (
            "I removed what looked like a card security code (CVV). Nobody needs it to help "
            "you; whoever has it and the card number can pay with your card."
        ),
        "zh": (
            "已移除一组疑似卡片安全码（CVV）的数字。"
            "处理问题不需要安全码；拿到它和卡号的人，就能用你的卡付款。"
        ),
    },
    "redact.notice.two-factor-secret": {
        "en": (
            "I removed what looked like a two-factor secret. Anyone with it can make your "
            "codes forever: if you shared it, set up two-factor authentication again."
        ),
        "zh": (
            "已移除一段疑似双重验证密钥的内容。"
            "拿到它的人可以一直生成你的验证码；如果已经发给别人，请重新设置双重验证。"
        ),
    },
    "redact.notice.api-secret": {
        "en": (
            "I removed what looked like an API key or secret. Support never needs it; if "
            "you shared it, delete that key on the exchange now."
        ),
        "zh": (
            "已移除一段疑似 API 密钥的内容。"
            "客服不需要 API 密钥；如果已经发给别人，请立即在交易所删除这个密钥。"
        ),
    },
    "redact.notice.password": {
        "en": (
            "I removed what looked like a password. Support can help without it; if you "
            "have shared it with anyone, change it now."
        ),
        "zh": (
            "已移除一段疑似密码的内容。"
            "客服不需要你的密码也能处理问题；如果已经告诉过别人，请马上修改。"
        ),
    },
    "export.kind.card-security-code": {"en": "card security code", "zh": "卡片安全码"},
    "export.kind.two-factor-secret": {"en": "2FA secret", "zh": "双重验证密钥"},
    "export.kind.api-secret": {"en": "API secret", "zh": "API 密钥"},
}

"""Two-factor material: verification codes, card security codes, TOTP secrets, backup codes.

* **Verification codes.** After (or, digits only, before) a trigger such as
  code, OTP, 2FA, 验证码, 校验码, 动态码, 短信码: 4-8 digits, together, in groups
  ("4829-13", "123 456") or typed one by one ("4 8 2 9 1 3"), or 4-8 letters
  and digits mixed. The value comes either right after the trigger and its
  filler ("is", ":", "number", 是, 号...) or after a gap: at most 30
  characters of the same sentence, digits allowed ("验证码在11月24日发来，是
  739201"), that end in a connecting word or sign (is, was, reads, ":", "=",
  是, 为). A gap that names another number (fee, amount, balance, order, card,
  error, time, 金额, 余额, 订单, 交易...) or opens another clause (and, but,
  so, 但, 而且, 所以...) leads to no code. A value followed by a unit or a
  currency (USDT, 元, %, minutes, 次...) is an amount or a time, and one
  followed by "error", 错误 or 报错 an error code. "error code", "promo code",
  "country code" and the like are not triggers, nor is a bare "code" right
  after a failure ("Withdrawal failed, code 100013", "rejected (code 100013)"),
  and letter-prefixed values such as E1021 are error codes.
* **Card security codes.** After CVV, CVV2, CVC, CVN, 安全码 or 背面三位数: three
  or four digits, masked as a card security code.
* **TOTP secrets.** Base32 (16+ letters A-Z and digits 2-7, maybe in groups)
  after a 2FA cue (2FA secret, TOTP key, setup key, authenticator key, 两步验证
  密钥, 谷歌验证器密钥...), and every ``otpauth://`` URI whole.
* **Backup codes.** After backup codes, recovery codes, 备用码, 恢复码...: the
  list of codes that follows (each with a digit), however separated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .core import Finding, Scan, find_all, lazy, leading, register, words

__all__: list[str] = []

# --- verification codes ------------------------------------------------------

_CODE_TRIGGER = leading(
    "(?i:[o2mtcs])|[验驗校动動短安卡背]",
    "(?i:" + words("otp", "2fa", "mfa", "totp", "code", "codes", "cvv2?", "cvc2?", "cvn") + ")"
    "|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|短信碼|安全码|安全碼"
    "|(?:卡)?背(?:面|后|後)(?:的)?(?:三位数|三位數|3位数|3位數|数字|數字)"
    "|卡背(?:面|后|後)?(?:的)?(?:三位|3位)(?:数|數)?(?:字)?"
    # "security code" on a card: three digits make it the card's ("security code 555").
    r"|(?i:(?<![A-Za-z0-9])security\s+code(?![A-Za-z0-9]))"
)
# Words before "code" that make it some other code than a verification code.
# fmt: off
_NOT_A_CODE_BEFORE = lazy(
    __name__,
    "(?i:"
    + words(
        "error", "err", "status", "response", "return", "reason", "result", "fault", "exit",
        "http", "promo", "promotion", "coupon", "discount", "voucher", "gift", "invite",
        "invitation", "referral", "ref", "reference", "zip", "postal", "post", "country", "area",
        "dial", "bank", "swift", "sort", "branch", "qr", "bar", "merchant", "product", "tracking",
        "source", "tax", "fee", "currency",
    )
    + r")[\s_-]*$"
)
# fmt: on
# A failure right before a bare "code" makes it the code of the failure, not one
# sent to the user: "Withdrawal failed, code 100013", "rejected (code 100013)",
# "提现失败，code 100013". Only punctuation and "with"/"error"/"status" may sit
# between them; "failed, so I asked for a new code" is no such message.
# fmt: off
_FAILURE_RIGHT_BEFORE = lazy(
    __name__,
    "(?:(?i:"
    + words(
        "failed", "fails", "failure", "unsuccessful", "rejected", "declined", "denied",
        "refused", "frozen", "suspended", "blocked", "restricted", "errored", "error",
    )
    + ")|失败|失敗|错误|錯誤|报错|報錯|冻结|凍結|拒绝|拒絕|异常|異常)"
    r"[\s,，:;(\[\-–—]*(?:(?i:with|error|status|reason)(?![A-Za-z])[\s:,(\-]*)*$"
)
# fmt: on
_CODE_FILLER = lazy(
    __name__,
    r"(?:[\s:=#\-]|"
    + words("is", "was", "were", "reads", "says", "of", "number", "no", "code", "codes")
    + r"|是|为|為|号|號|码|碼|就是|如下)*",
    re.IGNORECASE,
)
_FILLER_REACH = 40
# A few words between the trigger and the code ("the code I got: 739201",
# "验证码在11月24日发来，是739201"): at most 30 characters of the same
# sentence, without markers, ending in a connecting word or sign. Each
# connector in reach is tried in turn ("the code at 12:30 was 482913").
_CODE_CONNECTOR = lazy(
    __name__,
    r"(?:(?<![A-Za-z])(?i:is|was|were|are|reads|says)(?![A-Za-z])|[:=是为為])\s*(?=[0-9A-Za-z])"
)
_GAP_END = lazy(__name__, r"[\0.!?;。\n]")
_GAP_REACH = 48
# A gap that names another number ("the code expired, the fee was 5000") or
# starts another clause ("... and the amount was 5000") does not lead to a code.
# fmt: off
_GAP_STOP = lazy(
    __name__,
    "(?i:"
    + words(
        "and", "but", "or", "so", "because", "then", "while", "although", "though", "fee", "fees",
        "amount", "balance", "price", "total", "cost", "limit", "sum", "order", "trade",
        "transaction", "tx", "block", "error", "version", "build", "phone", "number", "account",
        "card", "address", "year", "time", "date", "id", "ticket", "case", "reference",
    )
    + ")|但|可是|不过|不過|而且|然后|然後|所以|因为|因為"
    "|金额|金額|余额|餘額|手续费|手續費|费用|費用|价格|價格|额度|額度|订单|訂單|交易"
    "|错误|錯誤|账号|帳號|账户|帳戶|卡号|卡號|手机|手機|电话|電話|版本|时间|時間|号码|號碼"
)
# fmt: on
_CODE_TOKENS = (
    # Grouped digits first ("4829-13", "123 456"), then digits typed one by
    # one ("4 8 2 9 1 3"), then a single token.
    re.compile(r"(?<![0-9A-Za-z])\d{2,6}(?:[ -]\d{2,6}){1,3}(?![0-9A-Za-z])(?![.,]\d)"),
    re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]\d){3,7}(?![ -]?\d)(?![0-9A-Za-z])(?![.,]\d)"),
    re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{3,8}(?![0-9A-Za-z])(?![.,]\d)"),
)
# A number followed by a unit is an amount or a time, and one followed by
# "error" an error code ("code 40001 error").
_NOT_A_CODE_AFTER = lazy(
    __name__,
    r"[ \t]?(?:%|‰|元|块|塊|美元|分钟|分鐘|秒|小时|小時|天|次|笔|筆|错误|錯誤|报错|報錯|(?i:"
    + words(
        "usdt",
        "usdc",
        "usd",
        "cny",
        "rmb",
        "hkd",
        "eur",
        "btc",
        "eth",
        "trx",
        "bnb",
        "sol",
        r"min(?:ute)?s?",
        r"sec(?:ond)?s?",
        r"h(?:ou)?rs?",
        "days?",
        "times",
        "errors?",
    )
    + "))"
)
_CODE_BEFORE_TRIGGER = re.compile(
    # Digit first, lookbehind after it: see numbers._ID_NUMBER.
    r"(\d(?<![0-9A-Za-z.,]\d)\d{3,7})(?![0-9A-Za-z])\s*(?:(?:is|was)\s+|是|为|為)?"
    r"(?:(?:the|my|your|a)\s+)?"
    # A brand before the kind of code: "G-582019 is your Google verification code".
    r"(?:(?:(?-i:[A-Z][A-Za-z]{1,15})\s+)?"
    r"(?:verification|sms|2fa|otp|login|security|one[- ]time)\s*)?"
    r"(?:(?<![A-Za-z])code(?![A-Za-z])|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|短信碼)",
    re.IGNORECASE,
)
_ERROR_CODE_SHAPE = lazy(__name__, r"[A-Za-z]{1,4}[-_]?\d+")
_DATE_SHAPE = lazy(__name__, r"(?:19|20)\d\d[ -]\d\d[ -]\d\d")


_CARD_SECURITY_CODES = frozenset({"cvv", "cvv2", "cvc", "cvc2", "cvn", "安全码", "安全碼"})


def _code_value_ok(token: str, fewest_digits: int) -> bool:
    digits = sum(char.isdigit() for char in token)
    if token.replace(" ", "").replace("-", "").isdigit():
        return fewest_digits <= digits <= 8 and not _DATE_SHAPE.fullmatch(token)
    if len(token) < 4 or not token.isalnum() or digits == 0:
        return False
    return _ERROR_CODE_SHAPE.fullmatch(token) is None


def _code_at(view: str, pos: int, fewest_digits: int) -> Finding | None:
    """The code that starts at `pos`, if one does."""
    for pattern in _CODE_TOKENS:
        token = pattern.match(view, pos)
        if (
            token
            and _code_value_ok(token.group(), fewest_digits)
            and not _NOT_A_CODE_AFTER.match(view, token.end())
        ):
            return Finding(
                token.start(),
                token.end(),
                "verification-code",
                "code",
                "code-shaped value after a trigger",
            )
    return None


@register(
    "code",
    "verification-code",
    cues=("code", "OTP", "2FA", "验证码", "动态码", "短信码"),
    validator="a code-shaped value after a trigger; units, dates and error words keep it",
)
def _verification_codes(scan: Scan) -> Iterable[Finding]:
    return [hit for hit in _codes(scan) if hit.kind == "verification-code"]


@register(
    "card-security-code",
    "card-security-code",
    cues=("CVV", "CVV2", "CVC", "CVN", "安全码", "背面三位数"),
    validator="three or four digits after a card security code trigger",
)
def _card_security_codes(scan: Scan) -> Iterable[Finding]:
    return [hit for hit in _codes(scan) if hit.kind == "card-security-code"]


def _codes(scan: Scan) -> list[Finding]:
    """Both kinds of code, found in one walk over the triggers (cached per scan)."""
    cached = scan.cache.get("codes")
    if cached is None:
        cached = list(_walk_codes(_chinese_commas(scan.view, scan.source)))
        scan.cache["codes"] = cached
    return cached  # type: ignore[return-value]


_CHINESE_COMMA = lazy(__name__, "\uff0c")


def _chinese_commas(view: str, source: str) -> str:
    """The view with the Chinese commas of `source` put back (folding made them ",").

    A Chinese comma never stands inside a number: "验证码：654321，5分钟内有效"
    holds the code 654321, not the decimal 654321,5.
    """
    if "\uff0c" not in source:
        return view
    pieces: list[str] = []
    last = 0
    for match in _CHINESE_COMMA.finditer(source):
        at = match.start()
        if view[at] == ",":  # not inside a marker, which the view blanks out
            pieces.append(view[last:at])
            pieces.append("\uff0c")
            last = at + 1
    pieces.append(view[last:])
    return "".join(pieces)


def _walk_codes(view: str) -> Iterable[Finding]:
    for trigger in find_all(_CODE_TRIGGER, view):
        word = trigger.group().lower()
        if word in ("code", "codes") and _NOT_A_CODE_BEFORE.search(
            view, max(0, trigger.start() - 24), trigger.start()
        ):
            continue
        if word == "code" and _FAILURE_RIGHT_BEFORE.search(
            view, max(0, trigger.start() - 40), trigger.start()
        ):
            continue
        # A card's security code has three digits; other codes four or more.
        # After "security code" three digits are a card's, more a one-time code.
        security = word.startswith("security")
        card = word in _CARD_SECURITY_CODES or word.startswith(("卡", "背"))
        fewest = 3 if card or security else 4
        # Both searches stop within a few dozen characters, so that a text of
        # trigger words ("code code code...") costs a constant per trigger.
        filler = _CODE_FILLER.match(view, trigger.end(), trigger.end() + _FILLER_REACH)
        hit = _code_at(view, filler.end() if filler else trigger.end(), fewest)
        if hit is None:
            reach = trigger.end() + _GAP_REACH
            stop = _GAP_END.search(view, trigger.end(), reach)
            for connector in _CODE_CONNECTOR.finditer(
                view, trigger.end(), stop.start() if stop else reach
            ):
                gap = view[trigger.end() : connector.start()]
                if len(gap) > 30 or _GAP_STOP.search(gap):
                    break
                hit = _code_at(view, connector.end(), fewest)
                if hit is not None:
                    break
        if hit is not None:
            if card or security and hit.end - hit.start == 3:
                hit = Finding(
                    hit.start,
                    hit.end,
                    "card-security-code",
                    "card-security-code",
                    "digits after CVV/CVC/安全码",
                )
            yield hit
    for match in _CODE_BEFORE_TRIGGER.finditer(view):
        yield Finding(
            match.start(1), match.end(1), "verification-code", "code", "digits before 'code'"
        )


# --- TOTP secrets, otpauth URIs and backup codes ---------------------------------

# Every cue holds one of these (single words: "setup  key" and "secret\tkey" are cues too).
_TOTP_NEEDLES = (
    "otp", "2fa", "mfa", "factor", "authenticator", "authy", "setup", "secret",
    "backup", "base32", "manual", "密钥", "密鑰", "秘钥",
)  # fmt: skip
_OTPAUTH = lazy(__name__, r"otpauth(?:-migration)?://[^\s<>\"']+", re.IGNORECASE)
_TOTP_CUE = leading(
    "(?i:[2mtoagsb])|[两兩二双雙谷验驗备備]",
    r"(?i:(?:2fa|mfa|totp|otp|two[- ]factor|authenticator|google\s+authenticator|"
    r"authy)\s*(?:secret|key|seed|code\s+secret)|setup\s+key|secret\s+key|"
    r"backup\s+key|base32(?:\s+secret)?|manual\s+entry\s+key)"
    "|两步验证密钥|兩步驗證密鑰|双重验证密钥|雙重驗證密鑰|二次验证密钥|谷歌验证器?密钥|谷歌驗證器?密鑰|验证器密钥|驗證器密鑰"
    "|(?:2FA|MFA|OTP)\\s*(?:密钥|密鑰|秘钥)|备份密钥|備份密鑰",
    module=__name__,
)
_CUE_FILLER = lazy(
    __name__, r"(?:[\s:=#\-(（]|(?i:is|was|of|my|the)(?![A-Za-z])|是|为|為|：){0,12}"
)
_BASE32 = lazy(__name__, r"[A-Za-z2-7]{4,}(?:[ -][A-Za-z2-7]{4,}){0,15}=*")
_BACKUP_CUE = leading(
    "(?i:[bres])|[备備恢救应應]",
    r"(?i:(?:backup|recovery|emergency|scratch|rescue)\s+codes?)"
    "|备用码|備用碼|恢复码|恢復碼|备份码|備份碼|救援码|救援碼|应急码|應急碼|恢复代码|恢復代碼",
    module=__name__,
)
_BACKUP_TOKEN = lazy(__name__, r"[A-Za-z0-9]{4,12}(?:-[A-Za-z0-9]{3,12}){0,3}")  # "abcd-efgh-1234"
_BACKUP_GAP = lazy(__name__, r"(?:[\s,;、，；|/]|\d{1,2}[.)、]\s|[(\[]?\d{1,2}[)\]]|[-*•·]\s)+")


@register(
    "totp-secret",
    "two-factor-secret",
    cues=("2FA secret", "setup key", "otpauth://", "两步验证密钥", "双重验证密钥"),
    validator="base32 of 16+ characters behind a 2FA cue; otpauth URIs whole",
)
def _totp_secrets(scan: Scan) -> Iterable[Finding]:
    if not scan.mentions(*_TOTP_NEEDLES):
        return
    view = scan.view
    for match in _OTPAUTH.finditer(view):
        yield Finding(match.start(), match.end(), "two-factor-secret", "totp-secret", "otpauth URI")
    for cue in find_all(_TOTP_CUE, view):
        filler = _CUE_FILLER.match(view, cue.end())
        pos = filler.end() if filler else cue.end()
        value = _BASE32.match(view, pos)
        if value is None:
            continue
        letters = re.sub(r"[ =-]", "", value.group())
        if len(letters) >= 16 and (not letters.isalpha() or letters.isupper()):
            yield Finding(
                value.start(),
                value.end(),
                "two-factor-secret",
                "totp-secret",
                f"{len(letters)} base32 characters after a 2FA cue",
            )


@register(
    "backup-codes",
    "verification-code",
    cues=("backup codes", "recovery codes", "备用码"),
    validator="a list of code-shaped tokens, each with a digit, after the cue",
)
def _backup_codes(scan: Scan) -> Iterable[Finding]:
    # Every cue holds one of these ("backup\tcodes" too: no space before "code").
    if not scan.mentions("code", "备", "備", "恢复", "恢復", "救援", "应急", "應急"):
        return
    view = scan.view
    for cue in find_all(_BACKUP_CUE, view):
        filler = _CUE_FILLER.match(view, cue.end())
        pos = filler.end() if filler else cue.end()
        numbering = _BACKUP_GAP.match(view, pos)  # a list's "1." before its first code
        pos = numbering.end() if numbering else pos
        first = last = None
        count = 0
        while count < 24:
            token = _BACKUP_TOKEN.match(view, pos)
            if token is None or not any(char.isdigit() for char in token.group()):
                break
            if token.end() < len(view) and (view[token.end()].isalnum()):
                break
            first = first if first is not None else token.start()
            last = token.end()
            count += 1
            gap = _BACKUP_GAP.match(view, token.end())
            if gap is None:
                break
            pos = gap.end()
        if first is not None and last is not None:
            yield Finding(
                first,
                last,
                "verification-code",
                "backup-codes",
                f"{count} backup codes after a cue",
            )

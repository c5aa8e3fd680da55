"""Which wallet or app a diagnosis is about: names found in a description, and the choices.

The choice is a profile name (``binance``), `OTHER` ("another one") or `UNSAID`
("I'd rather not say"); it is kept with the case so that the closing screen,
`export`, `follow-up` and a replayed answers file use the same wallet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..diagnosis.model import Answer, Flow

__all__ = ["OTHER", "UNSAID", "named_wallets", "profile_for", "wallet_facts", "wallet_title",
           "with_wallet"]

OTHER = "other"
UNSAID = "unsaid"

#: Names people write for the shipped wallets, in English and Chinese, besides the
#: `names` each profile lists. Latin names match whole words, case aside; Chinese
#: names match anywhere in the sentence (Chinese has no spaces).
_ALIASES: dict[str, tuple[str, ...]] = {
    "alipay": ("alipay", "ali pay", "支付宝", "支付寶"),
    "wechat-pay": ("wechat pay", "wechatpay", "wechat", "weixin", "微信支付", "微信钱包",
                   "微信零钱", "微信"),
    "binance": ("binance", "币安", "幣安"),
    "coinbase": ("coinbase",),
    "metamask": ("metamask", "meta mask", "小狐狸钱包"),
    "paypal": ("paypal", "pay pal", "贝宝"),
    "trust-wallet": ("trust wallet", "trustwallet"),
    "revolut": ("revolut",),
    "wise": ("transferwise",),
}
#: Names that are also ordinary words: matched only as written with a capital (``Wise``).
_CASED = {"wise": ("Wise",)}
#: Words that say the wallet named next is the one somebody pretends to be ("someone on
#: WeChat says he is Alipay support"): that wallet is the one at risk, so it comes first.
# Compiled when a description is first read (re keeps it), not at import: `cases`,
# `export` and the closing screen use this module too.
_CLAIMED = (
    r"(?:claim(?:s|ed|ing)?\s+to\s+be|pretend(?:s|ed|ing)?\s+to\s+be|pos(?:es|ed|ing)\s+as"
    r"|impersonat(?:es|ed|ing)|(?:says?|said)\s+(?:he|she|they|it)\s+(?:is|was|are|were)"
    r"|fake|冒充|假冒|冒名|自称|声称|号称|假装|假扮|说(?:他|她|自己)?是)"
    r"[^.!?。！？\n]{0,24}$")


def _positions(sentence: str, name: str, *, cased: bool = False) -> Iterable[int]:
    if any("\u3400" <= char <= "\u9fff" for char in name):  # a Chinese name: found as written
        start = sentence.find(name)
        return [start] if start >= 0 else []
    text = sentence if cased else sentence.lower()
    key = name if cased else name.lower()
    pattern = r"(?<![A-Za-z0-9])" + re.escape(key).replace(r"\ ", r"[\s\-]?") + r"(?![A-Za-z0-9])"
    return [m.start() for m in re.finditer(pattern, text)]


def named_wallets(sentence: str, profiles: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    """The profiles a sentence names, in the order it names them (each once).

    A wallet somebody claims to be ("冒充支付宝客服") comes before the others: it is the
    account at risk, while the others are where the message came from.

    `profiles` pairs each profile's name with the names it lists itself; the
    built-in alias table adds the common English and Chinese ones.
    """
    found: list[tuple[bool, int, str]] = []
    for name, own in profiles:
        names = {name, name.replace("-", " "), *own, *_ALIASES.get(name, ())}
        if name in _CASED:  # "wise" is a word: only "Wise", or a longer alias, names it
            names = set(_ALIASES.get(name, ())) | {n for n in own if n.lower() != name}
        places = [p for n in names for p in _positions(sentence, n)]
        places += [p for n in _CASED.get(name, ()) for p in _positions(sentence, n, cased=True)]
        if places:
            claimed = any(re.search(_CLAIMED, sentence[max(0, p - 60):p], re.IGNORECASE)
                          for p in places)
            found.append((not claimed, min(places), name))
    found.sort()
    return [name for *_, name in found]


def profile_for(wallet: str | None) -> str:
    """The profile to show for a wallet choice: its own, or the generic one."""
    if wallet is None or wallet in (OTHER, UNSAID):
        return "generic"
    return wallet


def wallet_facts(profile: Any) -> dict[str, Answer]:
    """The facts a flow's `when:` can test about a profile (none for generic).

    Its custody, and whether it can hold a recovery phrase.
    """
    if profile is None or profile.name == "generic":
        return {}
    return {"wallet-custody": profile.custody,
            "wallet-recovery-phrase": bool(profile.recovery_phrase)}


def with_wallet(flow: Flow, profile: Any) -> Flow:
    """The flow as it runs for this profile's wallet.

    `when: {wallet-custody: self}` holds for MetaMask, `provider` for Alipay, neither
    when no wallet was chosen.
    """
    from dataclasses import replace

    return replace(flow, facts=wallet_facts(profile))


def wallet_title(wallet: str | None, lang: str) -> str | None:
    """How a case's wallet reads: the profile's title, "another one", "not said" or None."""
    from ..errors import WalletSupportError
    from ..i18n import pick, t

    if wallet is None:
        return None
    if wallet in (OTHER, UNSAID):
        return t(f"wallet.{wallet}.short", lang)
    from .loading import load_profile

    try:
        return pick(load_profile(wallet).title, lang)
    except WalletSupportError:  # a profile since removed, or a file that moved
        return wallet

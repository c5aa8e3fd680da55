"""Mask secrets in free text before it is stored, shown back or exported.

Every free-text answer, support note and export goes through `redact`, which
replaces each secret with a visible marker naming its kind (``[card number
removed, ending 4821]``, ``[已移除助记词]``...) and leaves everything support
needs to act byte-for-byte intact: wallet addresses of every chain, transaction
hashes and signatures given as references, xpubs, order and trade numbers,
bank references, amounts, times, error codes, URLs, ticket numbers, official
hotlines and ordinary sentences. `mask_contact` partly masks phone numbers and
e-mail addresses for exports.

The package is a registry of detectors (`core.REGISTRY`), one module per
family, each detector declaring its kind, cue words and validator, and each
finding naming the detector that fired and why (`findings`):

* `phrases`: recovery phrases (BIP39 in every official language, partial
  phrases, steel-plate abbreviations, Electrum old and new, Monero, SLIP-39);
* `keys`: private keys (hex, base58, WIF, xprv and kin, Solana, keystores);
* `numbers`: card numbers (last four kept) and identity documents;
* `codes`: verification codes, card security codes, TOTP secrets, backup codes;
* `passwords`: passwords, PINs, passphrases and exchange API secrets.

What they share (the borrowed ideas): checksums decide where a scheme has one
(Luhn, ID check digits, base58check version bytes, BIP39, Monero and SLIP-39
checksums); cue words lift weak shapes (a nine-digit number after 护照);
randomness counts only beside a label (an API secret), never alone (a
transaction hash). Word lists load on the first redaction, not on import.

Markers of both languages are recognised and left as they are; `redact` runs
until nothing more changes, so that ``redact(redact(x)) == redact(x)``.
"""

from __future__ import annotations

from .contacts import mask_contact
from .core import KINDS, REGISTRY, Detector, Finding, Redacted, localize_markers, marker_kinds
from .pipeline import findings, redact

__all__ = [
    "KINDS",
    "REGISTRY",
    "Detector",
    "Finding",
    "Redacted",
    "findings",
    "localize_markers",
    "marker_kinds",
    "mask_contact",
    "redact",
]

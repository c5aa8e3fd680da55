"""The domain: flows, their questions, advice and ends, as immutable typed data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import Literal

from ..frozen import frozen
from ..vocabulary import CHANNEL_KINDS

__all__ = [
    "ADVICE_SEVERITIES",
    "CHANNEL_KINDS",
    "FACTS",
    "OUTCOMES",
    "OUTCOME_STATUS",
    "NUMBER_UNITS",
    "QUESTION_KINDS",
    "TYPED_KINDS",
    "Advice",
    "Answer",
    "ChecklistItem",
    "Choice",
    "Condition",
    "End",
    "Flow",
    "Node",
    "Question",
    "Step",
    "Text",
    "Wording",
]

#: A text the user reads: one string for every language, or one per language.
Text = str | Mapping[str, str]
#: An answer: a choice id (select), a bool (confirm), a list of ids (multiselect), text.
Answer = str | bool | tuple[str, ...]

QUESTION_KINDS = ("select", "confirm", "text", "multiselect", "number", "datetime")
#: Kinds whose answer is typed text: redacted before it is shown, stored or exported.
TYPED_KINDS = ("text", "number", "datetime")
#: What a number question takes: an amount (a rate is refused) or a rate (an amount is).
NUMBER_UNITS = ("amount", "rate")
ADVICE_SEVERITIES = ("info", "warning", "urgent")
#: How a flow ends: solved; to contact support; urgent; wait and check again by a date
#: (the problem is in progress); an estimate (a figure worked out, nothing to fix); check it
#: yourself (a wallet where only the user holds the keys: the block explorer, not support,
#: says where a transaction is, and nobody can move it for them); ask the bank, or the wallet
#: or exchange the money was sent from, first (the money has not reached the wallet, so its
#: support is asked only if they find nothing wrong).
OUTCOMES = ("resolved", "contact-support", "urgent", "wait", "estimate", "self-check",
            "ask-bank", "ask-sender")
#: The status a finished case starts with, following its outcome.
OUTCOME_STATUS = {"resolved": "resolved", "estimate": "closed", "wait": "waiting",
                  "contact-support": "open", "urgent": "open", "self-check": "open",
                  "ask-bank": "open", "ask-sender": "open"}
#: The key of an answers file (`diagnose --answers`) that names its flow, as `cases answers` writes.
ANSWERS_FLOW_KEY = "_flow"
#: The key of an answers file that names the wallet or app (a profile name, "other" or "unsaid").
ANSWERS_WALLET_KEY = "_wallet"
#: Facts known before a flow starts, which a `when:` tests as it tests an answer: the
#: custody of the wallet chosen for the diagnosis (`self`: only the user holds the keys,
#: as with MetaMask; `provider`: a company keeps the account). Unknown when no profile
#: was chosen, so neither value holds. `wallet-recovery-phrase`: whether the wallet can
#: hold a recovery phrase (false for Alipay, PayPal; true for MetaMask, Binance).
FACTS: dict[str, tuple[str | bool, ...]] = {"wallet-custody": ("self", "provider"),
                                            "wallet-recovery-phrase": (True, False)}


@frozen
class Condition:
    """A test on earlier answers that decides whether a node or step applies.

    ``op`` is ``answer`` (question ``question`` was answered with one of
    ``values``; for a multi-select, any of them was picked), ``answered``,
    ``all``, ``any`` or ``not`` (over ``parts``).
    """

    op: Literal["answer", "answered", "all", "any", "not"]
    question: str = ""
    values: tuple[str | bool, ...] = ()
    parts: tuple[Condition, ...] = ()
    line: int = 0


@frozen
class Choice:
    """One option of a select or multi-select question."""

    id: str
    label: Text
    next: str | None = None
    line: int = 0
    #: For a question derived from a date answer (`Question.derive_from`): the time
    #: since that moment this choice covers, in seconds: `at_least` included, `under`
    #: excluded (seconds rather than timedelta, so the catalog cache keeps them as JSON).
    at_least: int | None = None
    under: int | None = None
    #: Offered only when this holds for the earlier answers ("Removed the card" only
    #: for a card top-up); a choice left out cannot be answered.
    when: Condition | None = None
    #: The choice says two figures agree (`near: [charged, fee-with-minimum, percent-fee]`):
    #: the first (an answer or a sum) and the first of the others that can be worked out.
    #: Refused when they clearly differ ("About the same" on a ¥20 difference).
    near: tuple[str, ...] = ()
    #: A multi-select choice that stands only alone ("None of these, or I'm not sure"):
    #: picked with another choice, the answer is refused, as it says both.
    alone: bool = False

    @property
    def elapsed(self) -> bool:
        """Whether the choice says what time since the moment it covers."""
        return self.at_least is not None or self.under is not None


@frozen
class Wording:
    """A question's own words for one path (`variants:`).

    Where `when` holds, its prompt, help and example replace the question's (a coin
    fee's example on the crypto path, "0.0005 BTC", where the bank path's is "25 CNY").
    A text it leaves out stays as the question has it.
    """

    when: Condition
    prompt: Text | None = None
    help: Text | None = None
    placeholder: Text | None = None
    line: int = 0
    #: An advice node's title on this path (a self-custody wallet has no account to
    #: "take back"); questions use the texts above.
    title: Text | None = None


@frozen
class Question:
    """Something the user is asked; where it leads depends on the answer."""

    id: str
    kind: Literal["select", "confirm", "text", "multiselect", "number", "datetime"]
    prompt: Text
    help: Text | None = None
    choices: tuple[Choice, ...] = ()
    next: str | None = None
    yes: str | None = None
    no: str | None = None
    multiline: bool = False
    optional: bool = False
    placeholder: Text | None = None
    when: Condition | None = None
    line: int = 0
    #: The answer is a reference support needs as written (an order number, a transaction
    #: hash, a scammer's number): long numbers and hashes are kept, contacts not masked.
    reference: bool = False
    #: For a number question: "amount", "rate", or None for either.
    unit: str | None = None
    #: A date question whose answer can settle this one (`from:`): its choices say the
    #: time since that moment they cover; the engine picks the one that fits, if one does.
    derive_from: str | None = None
    #: A short name for the answer in the review, the case and its exports ("Amount").
    label: Text | None = None
    #: For an optional question: what an empty answer (Enter) means ("No minimum fee"),
    #: shown as the answer and filling its checklist item, rather than "(skipped)".
    empty: Text | None = None
    #: For a number question: a bare number without a currency is refused (`currency:
    #: required`): the amount the advice works with must say what money it is.
    currency_required: bool = False
    #: For a number question: a number answered without a currency is in the currency
    #: of this earlier number answer (`currency: amount`): a fee of "25" on "¥500" is ¥25.
    currency_from: str | None = None
    #: For a select asked by the tool itself (the problem menu): words typed instead of
    #: a number are returned as typed, for the caller to read (never set by a flow file).
    free_text: bool = False
    #: Words for some paths (`variants:`): the first whose `when` holds is used.
    variants: tuple[Wording, ...] = ()
    #: Earlier ids of this question (`aliases:`), after a split: an answers file or
    #: `--set` that answers one of them answers this question when the question of that
    #: id is not asked on the path (`reference:` on the crypto path is `reference-crypto`).
    aliases: tuple[str, ...] = ()
    #: For a text question that asks for an account's last digits only (`last-digits: 4`):
    #: a longer account number in the answer (an IBAN, 8 or more digits) is cut to them.
    last_digits: int | None = None

    def choice(self, choice_id: str) -> Choice | None:
        """The choice with this id, if there is one."""
        for choice in self.choices:
            if choice.id == choice_id:
                return choice
        return None

    def destination(self, answer: Answer) -> str | None:
        """Where an answer leads: a choice's or branch's own `next`, else the question's."""
        if self.kind == "select" and isinstance(answer, str):
            choice = self.choice(answer)
            if choice is not None and choice.next:
                return choice.next
        elif self.kind == "confirm":
            branch = self.yes if answer is True else self.no
            if branch:
                return branch
        return self.next

    def targets(self) -> tuple[str, ...]:
        """Every node this question can lead to (the skip target included)."""
        found = [c.next for c in self.choices if c.next]
        found += [n for n in (self.yes, self.no, self.next) if n]
        return tuple(dict.fromkeys(found))


@frozen
class Step:
    """One thing to do, as part of an advice node."""

    id: str
    text: Text
    severity: Literal["info", "warning", "urgent"] = "info"
    when: Condition | None = None
    line: int = 0


@frozen
class Advice:
    """Steps the user should take, shown as the flow reaches them."""

    id: str
    title: Text | None
    steps: tuple[Step, ...]
    next: str | None
    when: Condition | None = None
    line: int = 0
    compute: tuple[tuple[str, str], ...] = ()  # (name, expression), in order
    #: Titles for some paths (`variants: [{when, title}]`): the first whose `when` holds.
    variants: tuple[Wording, ...] = ()

    def targets(self) -> tuple[str, ...]:
        """The one node that follows (none for a dead end)."""
        return (self.next,) if self.next else ()


@frozen
class End:
    """Where a flow stops: an outcome and the channels to try first."""

    id: str
    outcome: Literal["resolved", "contact-support", "urgent", "wait", "estimate", "self-check",
                     "ask-bank", "ask-sender"]
    message: Text
    recommend: tuple[str, ...] = ()
    line: int = 0
    when: Condition | None = None
    next: str | None = None  # where to go when `when` does not hold
    #: For a `wait` end: check again this many days after `check_from` (a datetime
    #: question's answer) or after the diagnosis; working days skip Saturday and Sunday.
    check_days: int = 0
    check_working: bool = False
    check_from: str | None = None
    #: For a `wait` end whose day says from when to try again (`check: {past: today}`: a
    #: limit resets): a day the answers put in the past, or today, becomes today, since
    #: the reset has already happened; otherwise such a day becomes the next day.
    check_past_today: bool = False
    #: For a `wait` end: what to do if the problem is still there by then.
    then: Text | None = None
    #: For a `wait` end: `then` for a user who already contacted support (follow that
    #: conversation up), with the same specifics; without it, `then` and a general line.
    followup: Text | None = None
    #: The kind of channel the end's advice asks for ("written" leaves a record), shown
    #: first when the wallet has one: see `vocabulary.PREFERENCES`.
    prefer: str | None = None
    #: When this holds, money went to someone's account (a scam transfer): the police
    #: line's note on stopping that payment is shown (`payee_note` of an authority).
    payee: Condition | None = None
    #: An urgent end shows the region's police and anti-fraud lines only when this holds
    #: (`authorities:` a condition, or false: never); unset, always. A blocked sign-in
    #: attempt with nothing lost is no police matter.
    authorities: Condition | None = None
    #: An urgent end's closing screen opens with the freeze line (freeze or lock the
    #: account and change the password; on a wallet only the user holds the keys to,
    #: move what is left) only when this holds (`freeze:` a condition, or false: never);
    #: unset, always. A scam stopped before anything was given leaves nothing to freeze.
    freeze: Condition | None = None

    def targets(self) -> tuple[str, ...]:
        """An end leads nowhere, unless it can be skipped."""
        return (self.next,) if self.next else ()


Node = Question | Advice | End


@frozen
class ChecklistItem:
    """A detail support will ask for, pre-filled from an answer when it can be."""

    id: str
    label: Text
    hint: Text | None = None
    source: str | None = None  # the question id named by `from:`
    line: int = 0
    when: Condition | None = None  # listed only when this holds


@frozen
class Flow:
    """A decision tree for one kind of wallet problem."""

    id: str
    title: Text
    summary: Text
    keywords: tuple[str, ...]
    start: str
    nodes: Mapping[str, Node]
    checklist: tuple[ChecklistItem, ...] = ()
    path: str = ""
    line: int = 0
    source: str = "built-in"
    version: int = 1
    order: int = 100  # where the problem stands in the menu: urgent problems first
    #: the `FACTS` of this run (the wallet's custody), tested by `when:` like answers
    facts: Mapping[str, Answer] = field(default_factory=dict)

    def questions(self) -> tuple[Question, ...]:
        """Every question of the flow, in file order."""
        return tuple(n for n in self.nodes.values() if isinstance(n, Question))

    def ends(self) -> tuple[End, ...]:
        """Every end of the flow, in file order."""
        return tuple(n for n in self.nodes.values() if isinstance(n, End))

"""The one error family: every error knows its exit code and its message."""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "Cancelled",
    "CaseNotFound",
    "Echo",
    "ExitCode",
    "FlowError",
    "FlowErrors",
    "Problem",
    "InputEnded",
    "ProfileError",
    "Term",
    "UsageError",
    "WalletSupportError",
    "type_name",
]


class ExitCode(IntEnum):
    """Every exit status walletsupport uses, in one place (the BSD sysexits where they fit)."""

    OK = 0
    #: An error the user can act on, or a check that did not pass (a contact not on file).
    FAILURE = 1
    #: The command line asked for something that does not exist (click's own code too).
    USAGE = 2
    #: A fault in walletsupport itself: reported as an internal error (sysexits EX_SOFTWARE).
    SOFTWARE = 70
    #: Ctrl-C: 128 + SIGINT, as shells report it.
    INTERRUPTED = 130


class Echo:
    """Something the user typed, quoted back in a message (an unknown id, a bad value).

    It is shown through `redact` in the message's language, and shortened: a
    recovery phrase, card number or password pasted in the wrong place must
    not come back on screen or in a log.
    """

    __slots__ = ("text",)

    #: Characters kept of a long value (after redaction).
    LIMIT = 80

    def __init__(self, text: object) -> None:
        self.text = str(text)

    def shown(self, lang: str) -> str:
        """The value as it may be shown: redacted, then shortened."""
        from .redact import redact

        text = redact(self.text, lang).text
        return text if len(text) <= self.LIMIT else text[: self.LIMIT - 3] + "..."

    def __repr__(self) -> str:
        return f"Echo({self.shown('en')!r})"


class Term:
    """A catalog word inside a message (``faults.what.fifo``), in the message's language."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def shown(self, lang: str) -> str:
        """The word in `lang`."""
        from .i18n import t

        return t(self.key, lang)

    def __repr__(self) -> str:
        return f"Term({self.key!r})"


def _shown(fields: dict[str, object], lang: str) -> dict[str, object]:
    return {name: value.shown(lang) if isinstance(value, (Echo, Term)) else value
            for name, value in fields.items()}


class WalletSupportError(Exception):
    """An error the user can act on; `cli` prints `message` and exits with `exit_code`.

    Fields that quote what the user typed are given as `Echo` and redacted when shown.
    """

    exit_code: int = ExitCode.FAILURE

    def __init__(self, message: str = "", *, key: str | None = None, **fields: object) -> None:
        self.key = key
        self.fields = fields
        if key is not None and not message:
            from .i18n import t

            message = t(key, "en", **_shown(fields, "en"))
        super().__init__(message)
        self.message = message

    def render(self, lang: str) -> str:
        """The message in `lang` when it comes from the catalog, else as written."""
        if self.key is None:
            return self.message
        from .i18n import t

        return t(self.key, lang, **_shown(self.fields, lang))


class UsageError(WalletSupportError):
    """The command line asked for something that does not exist."""

    exit_code = ExitCode.USAGE


class FlowError(WalletSupportError):
    """A flow (or any YAML source) is malformed; always names `path:line`."""

    def __init__(self, path: str, line: int, message: str = "", *, key: str | None = None,
                 **fields: object) -> None:
        self.path = path
        self.line = line
        if key is not None and not message:
            from .i18n import t

            message = t(key, "en", **_shown(fields, "en"))
        self.detail = message
        super().__init__(f"{path}:{line}: {message}")
        # The catalog message in the user's language, still behind `path:line:`.
        self.detail_key = key
        self.detail_fields = fields

    def render(self, lang: str) -> str:
        """`path:line: message`, the message in `lang` when it comes from the catalog."""
        if self.detail_key is None:
            return self.message
        from .i18n import t

        detail = t(self.detail_key, lang, **_shown(self.detail_fields, lang))
        return f"{self.path}:{self.line}: {detail}"


class ProfileError(FlowError):
    """A contact profile is malformed or holds an invalid contact value."""


class Cancelled(WalletSupportError):
    """The user pressed Ctrl-C."""

    exit_code = ExitCode.INTERRUPTED


class InputEnded(WalletSupportError):
    """Standard input closed before the flow reached its end."""


class CaseNotFound(WalletSupportError):
    """No saved case has the given id."""


class Problem:
    """One finding about a source file: an error, or a warning that does not block."""

    __slots__ = ("line", "message", "path", "severity")

    def __init__(self, path: str, line: int, message: str, severity: str = "error") -> None:
        self.path = path
        self.line = line
        self.message = message
        self.severity = severity

    def __str__(self) -> str:
        label = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.path}:{self.line}: {label}{self.message}"

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class FlowErrors(WalletSupportError):
    """Several problems found at once in one or more source files."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def type_name(value: object) -> str:
    """How a value's type reads in a message: "text", "a list", "true/false"..."""
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "nothing"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__

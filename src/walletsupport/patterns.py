r"""Regular expressions compiled on their first use, for modules that hold many.

Compiling a pattern costs far more than most matches: a class of Chinese
characters alone (``[\u4e00-\u9fff]``) is some 5 ms, because the compiler
walks every character of its ranges. A command loads modules full of
patterns and uses a few of them (a scripted diagnosis in English reads no
Chinese amount, no date said in Chinese, no API key); compiled at import,
the rest made up a fifth of its start-up.
"""

from __future__ import annotations

import re
import sys
from typing import cast

__all__ = ["lazy"]


class _Lazy:
    """A pattern compiled on its first use, which then takes its place in its module.

    Most patterns of a detector run only after its cheap pre-check or trigger
    fired; a short everyday answer never needs them, and compiling them all on
    the first redaction cost more than the redaction itself.
    """

    __slots__ = ("_module", "flags", "pattern")

    def __init__(self, module: str, pattern: str, flags: int) -> None:
        self._module = module
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> object:
        compiled = re.compile(self.pattern, self.flags)
        # Put the compiled pattern where the module's functions look it up, so
        # that later calls go to it directly.
        names = vars(sys.modules[self._module])
        for key, value in list(names.items()):
            if value is self:
                names[key] = compiled
        return getattr(compiled, name)


def lazy(module: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done on first use, for a global of `module` (its `__name__`).

    Use it only for a module-level name that functions read as a global (not a
    default argument, not a key, not read at import), so that the compiled
    pattern replaces it; its `pattern` and `flags` are there without compiling.
    """
    return cast("re.Pattern[str]", _Lazy(module, pattern, flags))

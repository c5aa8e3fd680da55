"""`@frozen`: ``@dataclass(frozen=True, slots=True)``, defined for less at start-up.

A dataclass compiles the source of each method it writes (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``), some
4-10M instructions a class; a scripted diagnosis defines about forty of them,
which was a sixth of its run. Comparing, hashing and showing a record need no
source of their own: here they are closures over the record's field names (an
``attrgetter``), built in a few microseconds, and only ``__init__`` and the
frozen ``__setattr__`` and ``__delattr__`` are written by `dataclasses`. The
class is still a dataclass (`dataclasses.fields`, `replace` and `asdict` read
it), and the methods behave as the generated ones: equal when of the same class
with equal fields, the hash of the tuple of the fields, ``Name(field=value,
...)`` shown; a method the class defines itself is kept.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

__all__ = ["frozen"]

_T = TypeVar("_T")


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of `names` as a tuple (attrgetter gives one value alone, not a 1-tuple)."""
    if len(names) > 1:
        return attrgetter(*names)
    return lambda record: tuple(getattr(record, name) for name in names)


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen(cls: type[_T]) -> type[_T]:
    """Make `cls` an immutable dataclass with slots, as ``@dataclass(frozen=True, slots=True)``."""
    own = dict(cls.__dict__)
    made: Any = dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)(cls)
    fields = dataclasses.fields(made)
    compared = _getter(tuple(field.name for field in fields if field.compare))
    hashed = _getter(tuple(field.name for field in fields
                           if (field.compare if field.hash is None else field.hash)))
    shown = tuple(field.name for field in fields if field.repr)

    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({values})"

    qualname = made.__qualname__
    if "__eq__" not in own:
        __eq__.__qualname__ = f"{qualname}.__eq__"
        made.__eq__ = __eq__
    # A class that defines __eq__ alone gets __hash__ = None from Python: not its own.
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    if not explicit_hash:
        __hash__.__qualname__ = f"{qualname}.__hash__"
        made.__hash__ = __hash__
    if "__repr__" not in own:
        __repr__.__qualname__ = f"{qualname}.__repr__"
        made.__repr__ = __repr__
    return made  # type: ignore[no-any-return]

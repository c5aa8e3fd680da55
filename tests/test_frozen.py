"""`@frozen` records behave as ``@dataclass(frozen=True, slots=True)`` classes do."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from walletsupport.frozen import frozen


@frozen
class Leaf:
    """A record with a default and a field left out of comparisons."""

    name: str
    size: int = 0
    parts: tuple[Leaf, ...] = ()
    note: str = dataclasses.field(default="", compare=False, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class Twin:
    """The same fields, made by dataclasses itself."""

    name: str
    size: int = 0
    parts: tuple[Twin, ...] = ()
    note: str = dataclasses.field(default="", compare=False, repr=False)


def test_a_frozen_record_compares_hashes_and_shows_as_a_dataclass() -> None:
    leaf, twin = Leaf("a", 2, (Leaf("b"),), note="x"), Twin("a", 2, (Twin("b"),), note="x")
    assert repr(leaf) == repr(twin).replace("Twin", "Leaf") == (
        "Leaf(name='a', size=2, parts=(Leaf(name='b', size=0, parts=()),))")
    assert leaf == Leaf("a", 2, (Leaf("b"),), note="another note")  # note: compare=False
    assert leaf != Leaf("a", 3, (Leaf("b"),))
    assert leaf != twin  # another class, even with the same fields
    assert (leaf == ("a", 2)) is False
    assert hash(leaf) == hash(("a", 2, (Leaf("b"),))) == hash(Leaf("a", 2, (Leaf("b"),)))
    assert hash(twin) == hash(("a", 2, (Twin("b"),)))
    assert Leaf.__match_args__ == Twin.__match_args__
    assert Leaf.__slots__ == Twin.__slots__


def test_a_frozen_record_is_immutable_and_a_dataclass() -> None:
    leaf = Leaf("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        leaf.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del leaf.size  # type: ignore[misc]
    assert not hasattr(leaf, "__dict__")
    assert dataclasses.is_dataclass(leaf)
    assert [field.name for field in dataclasses.fields(leaf)] == ["name", "size", "parts", "note"]
    assert dataclasses.replace(leaf, size=5) == Leaf("a", 5)
    assert dataclasses.asdict(Leaf("a", 1)) == {"name": "a", "size": 1, "parts": (), "note": ""}
    assert pickle.loads(pickle.dumps(Leaf("a", 1, note="n"))).note == "n"


def test_methods_a_record_defines_itself_are_kept() -> None:
    @frozen
    class Named:
        """Compared by name alone, as its own methods say."""

        name: str
        detail: str = ""

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.name == self.name

        def __hash__(self) -> int:
            return hash(self.name)

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert Named("a", "x") == Named("a", "y")
    assert hash(Named("a", "x")) == hash("a")
    assert repr(Named("a")) == "<a>"


def test_a_record_that_holds_itself_is_shown_without_recursing() -> None:
    @frozen
    class Box:
        """A record holding a list, which can hold the record."""

        items: list[object]

    box = Box([])
    box.items.append(box)
    assert repr(box).endswith(".Box(items=[...])")  # its __qualname__, as a dataclass shows


def test_the_model_classes_compile_no_source_for_comparing_hashing_or_showing() -> None:
    """Start-up cost: dataclasses compiles each method it writes (issue 16)."""
    from walletsupport.contacts.model import Channel
    from walletsupport.diagnosis.model import Flow, Question
    from walletsupport.redact.core import Finding

    for cls in (Question, Flow, Channel, Finding):
        for method in ("__eq__", "__hash__", "__repr__"):
            code = getattr(cls, method).__code__
            assert code.co_filename != "<string>", (cls.__name__, method)

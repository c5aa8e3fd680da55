"""The checked flow catalog, kept as JSON in the user cache folder.

Reading every flow file (YAML), building the model and running every check
costs more than anything else before the first question. Flows rarely change,
so once a catalog has been loaded and checked it is written to
``<cache folder>/catalog/<checksum of the sources>.json`` (mode 0600) with what it
was made from: the list of files with a digest of each one's bytes, and the code
that read and checked them (the walletsupport version and the size and time of
every module of the package). A later load uses the entry only when all of these
match: an edited, added or removed flow file, a new version or changed code
means reading and checking the files again.

JSON, never pickle: an entry holds data, not code. Objects are rebuilt only
from the model's own classes (`_CLASSES`), so a damaged or foreign entry can
at worst fail to load, and then the files are read as if there were no cache.
Any trouble (an unwritable folder, a corrupt file) only means doing the work.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import fields, is_dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["Lazy", "load", "store"]

_FORMAT = 2  # 2: problems keep their message key and fields (worded per language)
T = TypeVar("T")


@cache
def code_stamp() -> str:
    """The version and every module of the package: a changed module is a changed loader."""
    from .. import __version__

    here = Path(__file__).resolve().parent.parent  # the package
    parts = [__version__, str(_FORMAT)]
    found: list[tuple[str, str]] = []
    # os.scandir rather than Path.rglob: a quarter of the time, on every run that loads flows.
    folders = [(here, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=True):
                    if entry.name != "__pycache__":
                        folders.append((Path(entry.path), f"{prefix}{entry.name}/"))
                elif entry.name.endswith(".py"):
                    stat = entry.stat()
                    found.append((f"{prefix}{entry.name}",
                                  f"{prefix}{entry.name}:{stat.st_size}:{stat.st_mtime_ns}"))
            except OSError:
                continue
    parts.extend(part for _, part in sorted(found))
    return " ".join(parts)


def _key(sources: Sequence[tuple[str, Sequence[Path]]]) -> dict[str, Any] | None:
    """What a catalog is made of: each source's files with a digest of their bytes."""
    try:  # the built-in module: hashlib would load OpenSSL first, on every start
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b

    listed = []
    for source, files in sources:
        for path in files:
            try:
                digest = blake2b(path.read_bytes(), digest_size=16).hexdigest()
            except OSError:
                return None  # unreadable: the loader will say so, the cache stays out of it
            listed.append([source, str(path), digest])
    return {"code": code_stamp(), "files": listed}


def _file(sources: Sequence[tuple[str, Sequence[Path]]]) -> Path | None:
    import zlib

    from ..environment import cache_dir

    try:
        folder = cache_dir() / "catalog"
    except Exception:  # e.g. no home folder to be found: do without a cache
        return None
    names = "\0".join(f"{source}\0{folder_of(files)}" for source, files in sources)
    return folder / f"{zlib.crc32(names.encode('utf-8', 'surrogateescape')):08x}.json"


def folder_of(files: Sequence[Path]) -> str:
    """The folder a source's files are in ("" for none)."""
    return str(files[0].parent) if files else ""


def load(sources: Sequence[tuple[str, Sequence[Path]]]) -> tuple[dict[str, Any] | None, Any]:
    """The cached catalog's parts for these sources (or None), and a token to `store` under.

    The parts are the `Catalog`'s fields, its heads as plain tuples: the catalog module
    builds the catalog, so that the cache never imports it (no import cycle).
    """
    path = _file(sources)
    key = _key(sources) if path is not None else None
    if path is None or key is None:
        return None, None
    try:
        with path.open("rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                return None, (path, key)
            entry = _decoded(handle.read())
    except (OSError, ValueError, RecursionError):
        return None, (path, key)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None, (path, key)
    try:
        return _catalog(entry["catalog"]), (path, key)
    except Exception:  # a damaged entry, whatever the damage: read the files instead
        return None, (path, key)


@lru_cache(maxsize=4)
def _decoded(raw: bytes) -> Any:
    """An entry's bytes decoded; the same bytes twice in one process are decoded once.

    A command loads the catalog once, but a process that loads it again and again (an
    editor's plug-in, the test suite) reads the same entry: what is decoded is only read.
    """
    import json

    return json.loads(raw)


def store(token: Any, catalog: Any) -> None:
    """Keep a freshly loaded and checked catalog for the next run; never fails."""
    import contextlib
    import json
    import tempfile

    if token is None:
        return
    path, key = token
    temporary: Path | None = None
    try:
        body = {"key": key, "catalog": _plain_catalog(catalog)}
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Written aside, then renamed: a reader never sees half an entry. mkstemp
        # creates the file with mode 0600, whatever the umask.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=".",
                                         suffix=".tmp", delete=False) as handle:
            temporary = Path(handle.name)
            json.dump(body, handle, ensure_ascii=False, separators=(",", ":"))
        temporary.replace(path)
    except (OSError, ValueError, TypeError, RecursionError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _private(stat: os.stat_result) -> bool:
    """Whether a cache file is the user's own and nobody else can have written it."""
    if not hasattr(os, "getuid"):
        return True
    return stat.st_uid == os.getuid() and not stat.st_mode & 0o022


# -- to and from plain data -------------------------------------------------------------


@cache
def _classes(checkup: bool) -> dict[str, type]:
    """The only classes an entry can rebuild: the model's own (the check-up's when asked)."""
    from . import model

    modules: list[Any] = [model]
    if checkup:  # the check-up package imports its loader: only when a check-up is used
        from ..checkup import model as habits

        modules.append(habits)  # a habit's `when` is the flow model's Condition
    found: dict[str, type] = {}
    for module in modules:
        for name in dir(module):
            value = getattr(module, name)
            if (isinstance(value, type) and is_dataclass(value)
                    and value.__module__ == module.__name__):
                found[name] = value
    return found


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {"$": type(value).__name__,
                **{f.name: _plain(getattr(value, f.name)) for f in fields(value)}}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {"$": "", "items": [[key, _plain(item)] for key, item in value.items()]}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot keep {type(value).__name__} in the catalog cache")


def _rebuilt(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_rebuilt(item) for item in value)
    if isinstance(value, dict):
        kind = value["$"]
        if kind == "":
            return {key: _rebuilt(item) for key, item in value["items"]}
        classes = _classes(False)
        cls = classes[kind] if kind in classes else _classes(True)[kind]
        return cls(**{name: _rebuilt(item) for name, item in value.items() if name != "$"})
    return value


def _plain_catalog(catalog: Any) -> dict[str, Any]:
    def problems(items: Sequence[Any]) -> list[list[Any]]:
        from ..errors import to_plain

        return [[p.path, p.line, to_plain(p.msg), p.severity] for p in items]

    import json

    return {
        # Each flow as a JSON text of its own: a run rebuilds only the flows it uses.
        "flows": [[flow_id, json.dumps(_plain(flow), ensure_ascii=False, separators=(",", ":"))]
                  for flow_id, flow in catalog.flows.items()],
        "heads": [[flow_id, {"title": flow.title, "summary": flow.summary, "path": flow.path,
                             "source": flow.source}] for flow_id, flow in catalog.flows.items()],
        "problems": problems(catalog.problems),
        "broken": [[name, problems(found)] for name, found in catalog.broken.items()],
        "checkups": [[name, json.dumps(_plain(item), ensure_ascii=False, separators=(",", ":"))]
                     for name, item in catalog.checkups.items()],
    }


def _catalog(data: dict[str, Any]) -> dict[str, Any]:
    from ..errors import Msg, Problem, from_plain

    def problems(items: list[list[Any]]) -> list[Problem]:
        found = []
        for path, line, message, severity in items:
            msg = from_plain(message)
            found.append(Problem(str(path), int(line), msg if isinstance(msg, Msg) else str(msg),
                                 str(severity)))
        return found

    return {
        "flows": Lazy({str(flow_id): str(text) for flow_id, text in data["flows"]}),
        "problems": problems(data["problems"]),
        "broken": {str(name): problems(found) for name, found in data["broken"]},
        "checkups": Lazy({str(name): str(text) for name, text in data["checkups"]}),
        "heads": {str(flow_id): (str(flow_id), head["title"], head["summary"],
                                 str(head["path"]), str(head["source"]))
                  for flow_id, head in data["heads"]},
    }


@lru_cache(maxsize=256)
def _built(text: str) -> Any:
    """A flow or check-up rebuilt from its JSON text.

    The model is frozen, so the same text loaded again in one process shares the object
    built the first time.
    """
    import json

    return _rebuilt(json.loads(text))


class Lazy(MutableMapping[str, T]):
    """Flows (or check-ups) of a cached catalog, each rebuilt from its JSON text when used.

    `diagnose failed-withdrawal` needs one flow; the menu needs them all.
    """

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._built: dict[str, T] = {}

    def __getitem__(self, key: str) -> T:
        if key not in self._built:
            self._built[key] = _built(self._texts[key])
        return self._built[key]

    def __setitem__(self, key: str, value: T) -> None:
        self._texts.setdefault(key, "")
        self._built[key] = value

    def __delitem__(self, key: str) -> None:
        del self._texts[key]
        self._built.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, key: object) -> bool:
        return key in self._texts

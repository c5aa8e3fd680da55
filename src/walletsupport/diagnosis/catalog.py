"""Find every flow the tool would load: packaged, from content packages, from folders."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Echo, FlowError, FlowErrors, Many, Problem, UsageError
from ..frozen import frozen
from ..paths import data_dir

if TYPE_CHECKING:
    from ..checkup import Checkup
    from .model import Flow, Text

__all__ = ["Catalog", "data_dir", "flow_files", "load_catalog"]


def flow_files(folder: Path) -> list[Path]:
    """The flow files directly inside `folder` (scenario folders are not flows)."""
    # Not only regular files: a pipe, a device or a broken link named like a flow is
    # reported as a broken file when read, never silently left out.
    return sorted(p for p in folder.glob("*.y*ml")
                  if p.suffix in (".yaml", ".yml") and not _is_folder(p))


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a loop of links: not a folder, and reading it says what it is
        return False


@frozen
class FlowHead:
    """What a list of flows shows of one flow, without building the flow."""

    id: str
    title: Text
    summary: Text
    path: str
    source: str


@dataclass
class Catalog:
    """The flows by id (later sources replace earlier ones) and every problem found."""

    flows: MutableMapping[str, Flow] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: dict[str, list[Problem]] = field(default_factory=dict)
    #: Security check-ups (files with ``kind: checkup``) by id, extensions applied.
    checkups: MutableMapping[str, Checkup] = field(default_factory=dict)

    #: From the cache: each flow's head, so a list builds no flow.
    heads: dict[str, FlowHead] | None = None

    def listing(self) -> list[Flow | FlowHead]:
        """Every flow (or just its head, when that is all there is at hand), by id."""
        if self.heads is not None and set(self.heads) == set(self.flows):
            return [self.heads[key] for key in sorted(self.heads)]
        return sorted(self.flows.values(), key=lambda f: f.id)

    def get_checkup(self, checkup_id: str) -> Checkup:
        """The check-up `checkup_id`, or the problems that keep it from loading."""
        if checkup_id in self.broken:
            raise FlowErrors(self.broken[checkup_id])
        if checkup_id in self.checkups:
            return self.checkups[checkup_id]
        known = Many(sorted(self.checkups)) or "-"
        raise UsageError(key="checkup.unknown", checkup=checkup_id, known=known)

    def get(self, flow_id: str) -> Flow:
        """The flow `flow_id`, or a usage error that lists the valid ids."""
        if flow_id in self.flows:
            return self.flows[flow_id]
        if flow_id in self.broken:
            raise FlowErrors(self.broken[flow_id])
        if flow_id in self.checkups:  # `diagnose checkup` or `flows show checkup`
            raise UsageError(key="checkup.not-a-flow", id=flow_id)
        known = Many(sorted(self.flows)) or "-"
        raise UsageError(key="errors.unknown-flow", flow=Echo(flow_id), known=known)

    @property
    def errors(self) -> list[Problem]:
        """Problems that are errors (not warnings)."""
        return [p for p in self.problems if p.severity == "error"]


def _sources(extra_dirs: Sequence[Path]) -> list[tuple[str, Sequence[Path]]]:
    sources: list[tuple[str, Sequence[Path]]] = [("built-in", flow_files(data_dir("flows")))]
    from .content import content_folders

    for name, folder in content_folders("flows"):
        sources.append((f"package {name}", flow_files(folder)))
    for folder in extra_dirs:
        if not folder.is_dir():
            raise UsageError(key="flows.no-folder", folder=folder)
        sources.append((f"folder {folder}", flow_files(folder)))
    return sources


def load_catalog(extra_dirs: Sequence[Path] = (), paths: Sequence[Path] | None = None,
                 *, check: bool = True) -> Catalog:
    """Load flows from every source, or only `paths` when given, checking each one.

    The tool's own catalog (no `paths`) comes from the cache folder when nothing it
    was made from has changed (`flowcache`): no YAML is read and no check runs again.
    """
    if paths is not None:
        listed: list[tuple[str, Sequence[Path]]] = [("command line", [p for path in paths for p in (
            flow_files(path) if path.is_dir() else [path])])]
        return _load_catalog(listed, extra_dirs, paths, check=check)
    from . import flowcache

    sources = _sources(extra_dirs)
    cached, token = flowcache.load(sources)
    if cached is not None:
        heads = {flow_id: FlowHead(*head) for flow_id, head in cached.pop("heads").items()}
        return Catalog(**cached, heads=heads)
    catalog = _load_catalog(sources, extra_dirs, paths, check=check)
    if check:
        flowcache.store(token, catalog)
    return catalog


def _load_catalog(sources: Sequence[tuple[str, Sequence[Path]]], extra_dirs: Sequence[Path],
                  paths: Sequence[Path] | None, *, check: bool) -> Catalog:
    from .model import Flow
    from .validate import check_catalog, check_flow

    catalog = Catalog()
    loaded: list[Flow] = []
    checkups: list[Checkup] = []
    for source, files in sources:
        for path in files:
            try:
                flow, warnings = _load(path, source)
            except FlowErrors as exc:
                catalog.problems.extend(exc.problems)
                catalog.broken.setdefault(path.stem, exc.problems)
                target = getattr(exc, "checkup", None)
                if isinstance(target, str) and target != path.stem:
                    # A broken check-up or extension stops its check-up, as a broken flow
                    # replacing a built-in hides it: never a silent fallback.
                    catalog.broken.setdefault(target, []).extend(exc.problems)
                continue
            catalog.problems.extend(warnings)
            if not isinstance(flow, Flow):  # a check-up: combined with its extensions below
                checkups.append(flow)
                continue
            graph = check_flow(flow) if check else []
            catalog.problems.extend(graph)
            loaded.append(flow)
            if any(p.severity == "error" for p in graph):
                catalog.broken[flow.id] = [p for p in graph if p.severity == "error"]
                catalog.flows.pop(flow.id, None)
            else:
                catalog.flows[flow.id] = flow
    catalog.problems.extend(check_catalog(loaded))
    if checkups:
        from ..checkup import combine

        # Files checked on their own (`flows validate FILE`) may extend a check-up
        # that the tool loads from elsewhere.
        elsewhere = load_catalog(extra_dirs, check=check).checkups if paths is not None else {}
        catalog.checkups, problems = combine(checkups, elsewhere)
        catalog.problems.extend(problems)
        for problem in problems:  # an extension with nothing to extend
            catalog.broken.setdefault(Path(problem.path).stem, []).append(problem)
    return catalog


def _load(path: Path, source: str) -> tuple[Flow | Checkup, list[Problem]]:
    """Load one file of a flows folder: a flow, or a check-up (``kind: checkup``).

    Raises `FlowErrors` listing every error; returns the warnings otherwise.
    """
    from .loader import parse_flow_quietly
    from .yamlsrc import load_file

    try:
        data = load_file(path)
    except FlowError as exc:
        raise FlowErrors([exc.problem()]) from None
    item: Flow | Checkup | None
    from ..checkup import is_checkup

    if is_checkup(data):
        from ..checkup import parse_checkup

        item, problems = parse_checkup(data, str(path), source)
    else:
        item, problems = parse_flow_quietly(data, str(path), source)
    if item is None:
        error = FlowErrors([p for p in problems if p.severity == "error"])
        if is_checkup(data):
            target = data.get("extends", data.get("id"))
            error.checkup = target if isinstance(target, str) else None  # type: ignore[attr-defined]
        raise error
    return item, problems

"""The checked flow catalog kept in the cache folder: the same answers as reading the files.

A shortcut for the time to the first question; these tests hold it to giving
exactly what loading and checking the files gives, and to noticing every change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from walletsupport.diagnosis import catalog as catalog_module
from walletsupport.diagnosis import flowcache
from walletsupport.diagnosis.catalog import load_catalog

from .conftest import FLOWS, MINIMAL


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The flow files actually read and checked (not taken from the cache)."""
    seen: list[Path] = []
    real = catalog_module._load

    def spy(path, *args, **kwargs):
        seen.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(catalog_module, "_load", spy)
    return seen


def _same(a, b) -> None:
    assert dict(a.flows) == dict(b.flows)
    assert a.problems == b.problems
    assert a.broken == b.broken
    assert dict(a.checkups) == dict(b.checkups)


def test_a_cached_catalog_equals_the_one_read_from_the_files(cache, loads) -> None:
    first = load_catalog()
    assert loads  # read and checked
    loads.clear()
    second = load_catalog()
    assert loads == []  # from the cache
    _same(first, second)
    assert list(second.flows) == list(first.flows)
    for flow_id in first.flows:
        assert second.get(flow_id) == first.get(flow_id)


def test_a_catalog_loaded_again_in_one_process_shares_its_flows_not_its_lists(cache) -> None:
    """The same entry loaded twice decodes once and builds each flow once (flows are frozen);
    the catalog's own lists and maps are new each time, so a caller may change them."""
    load_catalog()  # read from the files and kept
    first = load_catalog()
    second = load_catalog()
    assert second.flows["failed-withdrawal"] is first.flows["failed-withdrawal"]
    assert second.flows is not first.flows and second.problems is not first.problems
    first.problems.append("changed")  # type: ignore[arg-type]
    del first.flows["failed-withdrawal"]
    third = load_catalog()
    assert "changed" not in third.problems and "failed-withdrawal" in third.flows


def test_a_cached_catalog_keeps_warnings_and_broken_flows(cache, loads, tmp_path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "bad.yaml").write_text("id: bad\ntitle: [\n", encoding="utf-8")
    (extra / "good.yaml").write_text(MINIMAL.format(id="good"), encoding="utf-8")
    first = load_catalog([extra])
    assert first.broken and "good" in first.flows
    loads.clear()
    second = load_catalog([extra])
    assert loads == []
    _same(first, second)


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_any_change_to_a_flow_file_is_read_again(cache, loads, tmp_path, change) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "one.yaml").write_text(MINIMAL.format(id="one"), encoding="utf-8")
    load_catalog([extra])
    if change == "edit":
        (extra / "one.yaml").write_text(MINIMAL.format(id="one").replace("Pick one", "Choose"),
                                        encoding="utf-8")
    elif change == "add":
        (extra / "two.yaml").write_text(MINIMAL.format(id="two"), encoding="utf-8")
    else:
        (extra / "one.yaml").unlink()
    loads.clear()
    catalog = load_catalog([extra])
    assert loads  # read again
    _same(catalog, catalog_module._load_catalog(catalog_module._sources([extra]), [extra], None,
                                                 check=True))
    if change == "edit":
        assert catalog.get("one").nodes["q"].prompt["en"] == "Choose"
    assert ("two" in catalog.flows) == (change == "add")
    assert ("one" in catalog.flows) == (change != "remove")


def test_a_changed_module_of_the_package_means_reading_again(cache, loads, monkeypatch) -> None:
    load_catalog()
    monkeypatch.setattr(flowcache, "code_stamp", lambda: "another version")
    loads.clear()
    load_catalog()
    assert loads


def _entry(cache: Path) -> Path:
    entries = sorted((cache / "catalog").glob("*.json"))
    assert len(entries) == 1
    return entries[0]


@pytest.mark.parametrize("damage", ["truncated", "not-json", "foreign-class", "wrong-shape"])
def test_a_damaged_entry_is_ignored_and_replaced(cache, loads, damage) -> None:
    good = load_catalog()
    entry = _entry(cache)
    text = entry.read_text(encoding="utf-8")
    if damage == "truncated":
        entry.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "not-json":
        entry.write_text("\x00garbage", encoding="utf-8")
    elif damage == "foreign-class":  # only the model's classes are ever rebuilt
        entry.write_text(text.replace('\\"$\\":\\"Question\\"', '\\"$\\":\\"Popen\\"'),
                         encoding="utf-8")
    else:
        data = json.loads(text)
        data["catalog"]["flows"] = {"not": "a list"}
        entry.write_text(json.dumps(data), encoding="utf-8")
    loads.clear()
    again = load_catalog()
    if damage == "foreign-class":  # the entry loads; the flow is rebuilt only when used
        with pytest.raises(KeyError):
            again.get("failed-withdrawal")
        entry.unlink()
        again = load_catalog()
    assert loads
    _same(good, again)
    loads.clear()
    _same(good, load_catalog())  # the replaced entry is good again
    assert loads == []


def test_an_entry_others_could_have_written_is_not_trusted(cache, loads) -> None:
    load_catalog()
    _entry(cache).chmod(0o666)
    loads.clear()
    load_catalog()
    assert loads


def test_entries_are_private_data(cache) -> None:
    load_catalog()
    entry = _entry(cache)
    assert entry.stat().st_mode & 0o777 == 0o600
    assert (cache / "catalog").stat().st_mode & 0o777 == 0o700
    json.loads(entry.read_text(encoding="utf-8"))  # plain JSON


def test_an_unwritable_cache_folder_never_fails(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("WALLETSUPPORT_CACHE_DIR", str(blocker / "cache"))
    assert "failed-withdrawal" in load_catalog().flows


def test_a_warm_first_question_imports_neither_yaml_nor_the_validators(tmp_path) -> None:
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path / "cache"),
               WALLETSUPPORT_DATA_DIR=str(tmp_path / "data"))
    script = (
        "import sys\n"
        "from walletsupport.diagnosis.catalog import load_catalog\n"
        "catalog = load_catalog()\n"
        "catalog.get('failed-withdrawal')\n"
        "heavy = ['yaml', 'walletsupport.diagnosis.yamlsrc',\n"
        "         'walletsupport.diagnosis.validate', 'walletsupport.diagnosis.loader',\n"
        "         'importlib.metadata', 'walletsupport.checkup']\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
        "print('BUILT', sorted(getattr(catalog.flows, '_built', catalog.flows)))\n"
    )
    outputs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=True).stdout for _ in range(2)]
    assert outputs[0].splitlines()[0] != "LOADED []"
    assert outputs[1].splitlines() == ["LOADED []", "BUILT ['failed-withdrawal']"]


def test_content_packages_are_found_again_when_a_folder_on_the_path_changes(
        cache, tmp_path, monkeypatch) -> None:
    from walletsupport.diagnosis import content

    calls: list[str] = []
    real = content._discover

    def spy(kind):
        calls.append(kind)
        return real(kind)

    monkeypatch.setattr(content, "_discover", spy)
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    content.content_folders("flows")
    content.content_folders("flows")
    assert calls == ["flows"]  # the second time from the cache
    shutil.copytree(FLOWS, folder / "new")  # an install changes the folder
    os.utime(folder, ns=(1, 1))
    content.content_folders("flows")
    assert calls == ["flows", "flows"]


def test_a_cached_list_of_flows_builds_no_flow_and_shows_the_same(cache) -> None:
    fresh = load_catalog()
    cached = load_catalog()
    assert [(h.id, h.title, h.summary, h.path, h.source) for h in cached.listing()] == [
        (f.id, f.title, f.summary, f.path, f.source) for f in fresh.listing()]
    assert cached.flows._built == {}  # nothing rebuilt for the list

"""A separate distribution ships flows and profiles through the `walletsupport.content` entry point.

Installs the example package under examples/ into a fresh virtual environment
(which sees this environment's packages through a .pth file) and checks that the
installed command lists, runs and tests its flow.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, TOOLS_CACHE

EXAMPLE = ROOT / "examples" / "walletsupport-example-content"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("content-venv")
    # No pip of its own (ensurepip alone took seconds): the wheel is unpacked into it.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True)
    python = home / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], check=True, capture_output=True, text=True).stdout
    # walletsupport and its dependencies come from the environment running the tests
    # (its site-packages, and the source folder too when it is an editable install).
    ours = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    ours += [p for p in sys.path if p.endswith("src") and Path(p, "walletsupport").is_dir()]
    lines = "\n".join(dict.fromkeys(ours))
    (Path(site.strip()) / "walletsupport-under-test.pth").write_text(lines + "\n")
    _install(_wheel(), Path(site.strip()))
    return home


def _install(wheel: Path, site: Path) -> None:
    """Install a pure-Python wheel as the wheel format says: unpack it into site-packages.

    The example's wheel has `Root-Is-Purelib: true` and no scripts or data, so this is
    all an installer does with it (pip adds only its own INSTALLER and REQUESTED marks);
    starting pip for it cost about a second of CPU in each worker.
    """
    with zipfile.ZipFile(wheel) as archive:
        [wheel_file] = [n for n in archive.namelist() if n.endswith(".dist-info/WHEEL")]
        assert "Root-Is-Purelib: true" in archive.read(wheel_file).decode()
        assert not [n for n in archive.namelist() if n.split("/")[0].endswith(".data")]
        archive.extractall(site)


def _wheel() -> Path:
    """The example's wheel, built by pip (its build backend in an isolated environment).

    Building it costs more than everything else here, so it is kept between runs,
    under a digest of every file of the example: any change builds it again.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in EXAMPLE.rglob("*") if p.is_file()
                       and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(EXAMPLE)).encode() + b"\0" + path.read_bytes())
    folder = TOOLS_CACHE / "wheels" / digest.hexdigest()[:24]
    found = sorted(folder.glob("*.whl"))
    if found:
        return found[0]
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=folder.parent))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                           "--wheel-dir", str(building), str(EXAMPLE)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    try:
        building.rename(folder)
    except OSError:  # another worker kept one first: the same files, so either will do
        shutil.rmtree(building, ignore_errors=True)
    return sorted(folder.glob("*.whl"))[0]


_GOOD = {"two-factor": "app", "recovery-phrase": "yes", "official-app": "yes",
         "remote-apps": "no", "payment-password": "yes", "payment-alerts": "yes",
         "public-wifi": "yes", "phone-number": "yes", "login-devices": "yes", "sim-pin": "yes",
         "card-limit": "no"}
_GOOD_SETS = [arg for key, value in _GOOD.items() for arg in ("--set", f"{key}={value}")]


def _run(venv: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(tmp_path),
           "WALLETSUPPORT_DATA_DIR": str(tmp_path / "data"),
           "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "config"), "NO_COLOR": "1",
           "COLUMNS": "100", "WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00",
           # the session's cache folder (keyed by contents, the package's flows included)
           "WALLETSUPPORT_CACHE_DIR": os.environ["WALLETSUPPORT_CACHE_DIR"]}
    return subprocess.run([str(venv / "bin" / "python"), "-m", "walletsupport", *args],
                          env=env, capture_output=True, text=True, check=False, cwd=tmp_path)


def test_installed_package_flows_are_listed_with_their_source(venv: Path, tmp_path: Path) -> None:
    done = _run(venv, "flows", "list", "--json", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    flows = {f["id"]: f for f in json.loads(done.stdout)}
    assert flows["card-activation"]["source"] == "package walletsupport-example-content"
    assert "failed-withdrawal" in flows


def test_installed_package_flow_runs_and_its_scenarios_pass(venv: Path, tmp_path: Path) -> None:
    done = _run(venv, "diagnose", "card-activation", "--set", "arrived-sealed=no", "--no-input",
                tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Report the card in the app now" in done.stdout
    tested = _run(venv, "flows", "test", tmp_path=tmp_path)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "coverage card-activation: 3/3 ends, 4/4 choices" in tested.stdout
    # Its habit joins the security check-up, and the shipped check-up scenarios still pass.
    assert "coverage checkup: 35/35 answers, 28/28 marks" in tested.stdout
    checked = _run(venv, "checkup", *_GOOD_SETS, "--no-input", tmp_path=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr  # nothing at risk
    assert "[!] Online limit on the linked card — no limit" in checked.stdout
    assert "Some questions come from" in checked.stdout
    assert "10 of 11 good; nothing at risk; 1 could be better." in checked.stdout


def test_every_command_its_readme_shows_works(venv: Path, tmp_path: Path) -> None:
    """The example's README is a promise: each command in its shell block runs as it says."""
    readme = (EXAMPLE / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].split()[1:] for line in block.splitlines()
                if line.startswith("walletsupport ")]
    assert len(commands) >= 3
    for words in commands:
        if words[-1:] == ["card-activation"] and "diagnose" in words:
            words = [*words, "--set", "arrived-sealed=no", "--no-input"]
        if words == ["checkup"]:  # answered as in the test above: every habit good
            words = [*words, *_GOOD_SETS, "--no-input"]
        done = _run(venv, *words, tmp_path=tmp_path)
        assert done.returncode == 0, (words, done.stdout, done.stderr)
    profiles = {p["name"]: p for p in json.loads(
        _run(venv, "profiles", "list", "--json", tmp_path=tmp_path).stdout)}
    assert profiles["examplepay"]["source"] == "package walletsupport-example-content"
    shown = _run(venv, "--profile", "examplepay", "contacts", tmp_path=tmp_path)
    assert "ExamplePay" in shown.stdout and "not part of walletsupport" in shown.stdout


def test_without_the_package_its_flow_is_unknown(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from walletsupport.cli import app

    result = CliRunner().invoke(app, ["flows", "show", "card-activation"])
    assert result.exit_code == 2

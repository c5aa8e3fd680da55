"""Start-up paths: the profile cache, the user folders without platformdirs, lazy commands.

Each is a shortcut for speed; these tests hold it to giving the same answers as
the long way round.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest
import typer
import typer.main
from typer.core import TyperGroup
from typer.testing import CliRunner

from walletsupport import cli, environment
from walletsupport.contacts import loading as profiles
from walletsupport.contacts.loading import builtin_names, load_profile, parse_profile
from walletsupport.diagnosis import yamlsrc
from walletsupport.diagnosis.catalog import data_dir
from walletsupport.environment import Environment
from walletsupport.errors import ProfileError

runner = CliRunner()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files actually parsed and checked (not taken from the cache), in order."""
    seen: list[Path] = []
    real = profiles._parse

    def spy(path, *args, **kwargs):
        seen.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(profiles, "_parse", spy)
    return seen


def _copy(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(data_dir("profiles") / f"{name}.yaml", folder / f"{name}.yaml"))


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "profiles").glob("*.json"))


# --------------------------------------------------------------------------- the cache


@pytest.mark.parametrize("name", builtin_names())
def test_a_cached_profile_equals_the_parsed_one(name, cache, parses) -> None:
    first = load_profile(name)
    second = load_profile(name)
    assert parses == [data_dir("profiles") / f"{name}.yaml"]
    assert second == first


def test_editing_the_file_invalidates_its_entry(tmp_path, cache, parses) -> None:
    path = _copy("paypal", tmp_path / "mine")
    assert parse_profile(path).title == "PayPal"
    path.write_text(path.read_text("utf-8").replace("title: PayPal\n", "title: PayPal (edited)\n"),
                    "utf-8")
    assert parse_profile(path).title == "PayPal (edited)"
    assert parses == [path, path]
    assert len(_entries(cache)) == 1  # one entry per file, replaced


def test_an_edit_that_breaks_the_file_is_reported(tmp_path, cache) -> None:
    path = _copy("generic", tmp_path / "mine")
    parse_profile(path)
    path.write_text(path.read_text("utf-8").replace("kind: chat", "kind: pigeon"), "utf-8")
    with pytest.raises(ProfileError, match="unknown kind 'pigeon'"):
        parse_profile(path)


@pytest.mark.parametrize("damage", [
    b"", b"{not json", b"\xff\xfe", b"[]", b'{"key": 1}', "profile: wrong shape",
    "channels: not a list", "checked: not a date",
])
def test_a_damaged_entry_is_ignored_and_replaced(damage, tmp_path, cache, parses) -> None:
    path = _copy("paypal", tmp_path / "mine")
    expected = parse_profile(path)
    [entry] = _entries(cache)
    if isinstance(damage, str):  # a well-formed entry whose content is wrong
        data = json.loads(entry.read_text("utf-8"))
        field, _, value = damage.partition(": ")
        if field == "profile":
            data["profile"] = value
        else:
            data["profile"][field] = value
        damage = json.dumps(data).encode()
    entry.write_bytes(damage)
    assert parse_profile(path) == expected
    assert parses == [path, path]
    assert parse_profile(path) == expected  # the entry was written again, and is used
    assert parses == [path, path]


def test_an_entry_others_could_have_written_is_not_trusted(tmp_path, cache, parses) -> None:
    path = _copy("generic", tmp_path / "mine")
    parse_profile(path)
    [entry] = _entries(cache)
    entry.chmod(0o666)
    parse_profile(path)
    assert parses == [path, path]


def test_cache_files_are_private(tmp_path, cache) -> None:
    parse_profile(_copy("generic", tmp_path / "mine"))
    [entry] = _entries(cache)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE((cache / "profiles").stat().st_mode) == 0o700
    assert not [p for p in (cache / "profiles").iterdir() if p.suffix != ".json"]


def test_cache_entries_are_plain_json_without_the_path(tmp_path, cache) -> None:
    path = _copy("generic", tmp_path / "mine")
    parse_profile(path)
    data = json.loads(_entries(cache)[0].read_text("utf-8"))
    assert data["profile"]["name"] == "generic"
    assert not {"path", "source", "builtin"} & set(data["profile"])


def test_path_and_source_come_from_the_current_load(tmp_path, cache, parses, monkeypatch) -> None:
    path = _copy("generic", tmp_path / "mine")
    monkeypatch.chdir(tmp_path)
    first = parse_profile(path, source="package example", builtin=False)
    assert (first.path, first.source) == (str(Path("mine/generic.yaml")), "package example")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    second = parse_profile(path)
    assert (second.path, second.source, second.builtin) == (str(path), str(path), False)
    assert parses == [path]


def test_a_name_check_is_not_skipped_by_a_cached_load_by_path(tmp_path, cache) -> None:
    path = tmp_path / "other.yaml"
    path.write_bytes((data_dir("profiles") / "generic.yaml").read_bytes())
    assert parse_profile(path).name == "generic"
    with pytest.raises(ProfileError, match="must match the file name 'other'"):
        parse_profile(path, expect_name="other")


def test_an_unwritable_cache_folder_never_fails(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("WALLETSUPPORT_CACHE_DIR", str(blocker / "cache"))
    assert load_profile("generic") == load_profile("generic")


def test_no_cache_folder_to_be_found_never_fails(monkeypatch) -> None:
    def nowhere(environ=None):
        raise RuntimeError("could not determine the home directory")

    monkeypatch.setattr(environment, "cache_dir", nowhere)
    assert load_profile("generic").name == "generic"


def test_unreadable_or_undecodable_files_are_reported_as_before(tmp_path, cache) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"name: caf\xe9\n")
    with pytest.raises(ProfileError, match="not valid UTF-8"):
        parse_profile(bad)
    with pytest.raises(ProfileError, match="no such file"):
        parse_profile(tmp_path / "missing.yaml")
    assert not _entries(cache)


def test_the_size_limit_is_the_yaml_readers() -> None:
    assert profiles._MAX_BYTES == yamlsrc.MAX_BYTES


def test_a_cache_hit_imports_neither_yaml_nor_the_validators(tmp_path) -> None:
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path / "cache"),
               WALLETSUPPORT_NOW="2026-11-25T10:00:00+08:00")
    script = (
        "import sys\n"
        "from walletsupport.cli import main\n"
        "sys.argv = ['walletsupport', '--profile', 'paypal', 'contacts']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "heavy = ['yaml', 'walletsupport.diagnosis.yamlsrc', 'phonenumbers', 'platformdirs']\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )
    outputs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=True)
        outputs.append(done.stdout)
    assert outputs[0].splitlines()[-1] != "LOADED []"  # the first run parsed the file
    assert outputs[1].splitlines()[-1] == "LOADED []"
    assert outputs[0] == outputs[1].replace("LOADED []", outputs[0].splitlines()[-1])


@pytest.mark.parametrize(("args", "heavy"), [
    (["flows", "list"], ["walletsupport.diagnosis.model", "yaml", "rich.tree"]),
    (["cases", "list"], ["walletsupport.cases.records", "walletsupport.i18n.authoring"]),
])
def test_a_warm_list_imports_only_what_it_shows(tmp_path, args, heavy) -> None:
    """Titles come from the cached catalog's heads; summaries need no case record classes."""
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path / "cache"),
               WALLETSUPPORT_DATA_DIR=str(tmp_path / "data"))
    script = (
        "import sys\n"
        "from walletsupport.cli import main\n"
        f"sys.argv = ['walletsupport', *{args!r}]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        f"print('LOADED', [m for m in {heavy!r} if m in sys.modules])\n"
    )
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=True)
    assert done.stdout.splitlines()[-1] == "LOADED []"


def test_a_scripted_diagnosis_loads_neither_case_records_nor_opening_hours(tmp_path) -> None:
    """The saved case is not read back, and the generic closing screen shows no hours."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(Path(__file__).resolve().parent.parent.joinpath(
        "benchmarks", "startup.py").read_text(encoding="utf-8").split('ANSWERS = """\\\n')[1]
        .split('"""')[0], encoding="utf-8")
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path / "cache"),
               WALLETSUPPORT_DATA_DIR=str(tmp_path / "data"),
               WALLETSUPPORT_CONFIG_DIR=str(tmp_path / "config"),
               WALLETSUPPORT_NOW="2026-11-25T10:00:00+08:00")
    env.pop("WALLETSUPPORT_PROFILE", None)
    heavy = ["walletsupport.cases.records", "walletsupport.contacts.hours"]
    script = (
        "import sys\n"
        "from walletsupport.cli import main\n"
        f"sys.argv = ['walletsupport', 'diagnose', '--answers', {str(answers)!r}, '--no-input']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        f"print('LOADED', [m for m in {heavy!r} if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=True)
    assert "Saved as case 1." in done.stdout, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "LOADED []"


def test_help_s_own_line_is_worded_only_when_help_is_written(monkeypatch, capsys) -> None:
    """Every command asks click for --help while parsing; only help itself needs its wording."""
    from walletsupport.cli import helptext

    asked: list[object] = []
    real = helptext.help_lang_of
    monkeypatch.setattr(helptext, "help_lang_of", lambda ctx: asked.append(ctx) or real(ctx))
    monkeypatch.setenv("WALLETSUPPORT_LANG", "zh")
    root = typer.main.get_command(cli.app)
    root.main(["contacts"], prog_name="walletsupport", standalone_mode=False)
    assert asked == []
    with pytest.raises(SystemExit):
        typer.main.get_command(cli.app).main(["contacts", "--help"], prog_name="walletsupport")
    assert asked
    assert "显示此帮助后退出" in capsys.readouterr().out


# --------------------------------------------------------------------------- user folders


def _platformdirs(kind: str) -> Path:
    import platformdirs

    finder = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir,
              "cache": platformdirs.user_cache_dir}[kind]
    return Path(finder("walletsupport", appauthor=False))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the direct paths are Linux's")
@pytest.mark.parametrize("value", [None, "", "   ", "/tmp/xdg", "/tmp/xdg/", "//tmp/x",
                                   "relative/dir", "./here", "~/xdg", "/tmp/with space"])
@pytest.mark.parametrize("home", ["/home/someone", "/root/", None, "relative-home"])
@pytest.mark.parametrize("kind", ["data", "config", "cache"])
def test_user_folders_match_platformdirs_on_linux(kind, value, home, monkeypatch) -> None:
    variable = {"data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME",
                "cache": "XDG_CACHE_HOME"}[kind]
    for name in ("WALLETSUPPORT_DATA_DIR", "WALLETSUPPORT_CONFIG_DIR",
                 "WALLETSUPPORT_CACHE_DIR", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(name, raising=False)
    for name, setting in ((variable, value), ("HOME", home)):
        if setting is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, setting)
    finder = {"data": environment.data_dir, "config": environment.config_dir,
              "cache": environment.cache_dir}[kind]
    assert finder() == _platformdirs(kind)
    assert finder(dict(os.environ)) == _platformdirs(kind)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the direct paths are Linux's")
def test_the_folders_need_no_platformdirs_on_linux(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WALLETSUPPORT_", "XDG_"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    script = ("import sys\nfrom walletsupport.environment import cache_dir, config_dir, data_dir\n"
              "print(data_dir(), config_dir(), cache_dir(), 'platformdirs' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == [f"{tmp_path}/.local/share/walletsupport",
                                   f"{tmp_path}/cfg/walletsupport",
                                   f"{tmp_path}/.cache/walletsupport", "False"]


def test_the_walletsupport_variables_come_first(tmp_path) -> None:
    environ = {"WALLETSUPPORT_DATA_DIR": "/d", "WALLETSUPPORT_CONFIG_DIR": "/c",
               "WALLETSUPPORT_CACHE_DIR": "/k", "XDG_DATA_HOME": "/x", "XDG_CONFIG_HOME": "/x",
               "XDG_CACHE_HOME": "/x", "HOME": str(tmp_path)}
    assert environment.data_dir(environ) == Path("/d")
    assert environment.config_dir(environ) == Path("/c")
    assert environment.cache_dir(environ) == Path("/k")
    env = Environment(environ=environ)
    assert (env.data_dir, env.config_dir) == (Path("/d"), Path("/c"))


# --------------------------------------------------------------------------- lazy commands


def _eager_app() -> typer.Typer:
    """The root app as it was before commands were built lazily: every area registered on it."""
    eager = typer.Typer(cls=_EagerGroup, name="walletsupport", help=cli.app.info.help,
                        add_completion=True, pretty_exceptions_enable=False,
                        context_settings={"help_option_names": ["-h", "--help"]})
    eager.callback(invoke_without_command=True)(cli._globals)
    for area in cli._AREAS:
        import_module(f"walletsupport.cli.{area}").register(eager)
    return eager


class _EagerGroup(TyperGroup):
    """Every command built up front, with the same help in the user's language as the lazy root."""

    localized = True
    format_help = cli._format_help
    format_usage = cli._format_usage
    get_help_option = cli._get_help_option

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for command in self.commands.values():
            cli._localize(command)


def _paths(command, prefix=()):
    """Every command path, through click's own API (a lazy group builds each as it is asked)."""
    yield prefix
    if hasattr(command, "list_commands"):
        for name in command.list_commands(None):
            yield from _paths(command.get_command(None, name), (*prefix, name))


def test_a_command_is_built_only_when_used(capsys) -> None:
    root = typer.main.get_command(cli.app)
    assert dict(root.commands) == {}
    root.main(["contacts"], prog_name="walletsupport", standalone_mode=False)
    # Only the command used is built, not the rest of its area (check-contact, profiles).
    assert set(root.commands) == {"contacts"}
    assert "Contact channels" in capsys.readouterr().out
    root.main(["profiles", "list"], prog_name="walletsupport", standalone_mode=False)
    assert set(root.commands) == {"contacts", "profiles"}
    assert set(root.commands["profiles"].commands) == {"list"}


def test_a_group_builds_only_the_command_used(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("WALLETSUPPORT_DATA_DIR", str(tmp_path))
    root = typer.main.get_command(cli.app)
    root.main(["cases", "list"], prog_name="walletsupport", standalone_mode=False)
    cases = root.commands["cases"]
    assert set(cases.commands) == {"list"}  # show, note, delete ... are not built
    assert cases.list_commands(None)[:3] == ["list", "show", "set-ticket"]
    assert "No saved cases" in capsys.readouterr().out


def test_the_commands_are_those_typer_builds_in_the_same_order() -> None:
    lazy = typer.main.get_command(cli.app)
    eager = typer.main.get_command(_eager_app())
    assert lazy.list_commands(None) == eager.list_commands(None) == list(eager.commands)
    for name in lazy.list_commands(None):
        lazy.get_command(None, name)
    assert len(list(_paths(lazy))) == len(list(_paths(eager))) > 15


def test_every_help_screen_is_unchanged() -> None:
    eager_app = _eager_app()
    for path in _paths(typer.main.get_command(eager_app)):
        lazy = runner.invoke(cli.app, [*path, "--help"], terminal_width=80)
        eager = runner.invoke(eager_app, [*path, "--help"], terminal_width=80)
        assert (lazy.exit_code, lazy.output) == (eager.exit_code, eager.output), path
    for args in (["profiles"], ["flows"], []):
        assert runner.invoke(cli.app, args).output == runner.invoke(eager_app, args).output


def test_a_mistyped_command_is_still_suggested() -> None:
    result = runner.invoke(cli.app, ["contact"])
    assert result.exit_code == 2
    assert "Did you mean 'contacts'" in result.output


def _run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    env = Environment(stdout=io.StringIO(), stderr=err)
    result = runner.invoke(cli.app, list(args), obj=env)
    return result.exit_code, err.getvalue()


def test_errors_of_a_lazily_built_command_are_one_line() -> None:
    code, err = _run("--profile", "no-such-profile", "contacts")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "no-such-profile" in err


def test_ctrl_c_in_a_lazily_built_command_exits_130(monkeypatch) -> None:
    def interrupted(name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(profiles, "load_profile", interrupted)
    assert _run("contacts") == (130, "Stopped; nothing was sent anywhere.\n")


def test_the_startup_benchmark_runs_in_quick_mode() -> None:
    """benchmarks/startup.py never rots: every command it times runs once, without targets."""
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "startup.py"
    done = subprocess.run([sys.executable, str(script), "--quick"], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("contacts --profile alipay", "flows list", "guide", "cases list",
                 "diagnose --answers --no-input"):
        assert name in done.stdout


def test_the_command_starts_with_a_patient_garbage_collector(tmp_path) -> None:
    """The console script and `python -m` both go through `__main__.main`, which sets it first."""
    import tomllib

    from walletsupport import __main__ as entry

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml")
                            .read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["walletsupport"] == "walletsupport.__main__:main"
    script = ("import atexit, gc, sys\n"
              "atexit.register(lambda: print('GC', gc.get_threshold()))\n"
              "sys.argv = ['walletsupport', '--version']\n"
              "from walletsupport.__main__ import main\n"
              "main()\n")
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=False)
    assert done.stdout.splitlines()[-1] == f"GC {entry.GC_THRESHOLDS}", done.stdout + done.stderr
    assert entry.GC_THRESHOLDS[0] > 700 * 10  # fewer scans of start-up's objects, not none
    done = subprocess.run([sys.executable, "-m", "walletsupport", "--version"], env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("walletsupport ")


def test_the_command_freezes_what_is_left_before_the_shutdown(tmp_path) -> None:
    """The shutdown does not scan the run's objects for cycles; the output still comes out whole."""
    script = ("import atexit, gc, sys\n"
              "atexit.register(lambda: print('FROZEN', gc.get_freeze_count()))\n"
              "sys.argv = ['walletsupport', 'contacts', '--profile', 'coinbase']\n"
              "from walletsupport.__main__ import main\n"
              "main()\n")
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path), NO_COLOR="1", COLUMNS="80")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Contact channels — Coinbase"), done.stdout
    assert lines[-1].startswith("FROZEN ") and int(lines[-1].split()[1]) > 10_000, lines[-1]
    assert any(line.startswith("Checked ") for line in lines), done.stdout


def test_a_text_saved_again_is_redacted_once_with_the_same_result(monkeypatch) -> None:
    """Every draft and the case save the same answers: each distinct text is redacted once."""
    import walletsupport.redact as redaction
    from walletsupport.cases import store

    calls: list[str] = []
    real = redaction.redact
    monkeypatch.setattr(redaction, "redact",
                        lambda text, *a, **k: calls.append(text) or real(text, *a, **k))
    store._redacted.cache_clear()
    text = "card 4111 1111 1111 1111, password hunter2 (once again)"
    first = store._clean(text, "en")
    first[1]["mutated by a caller"] = 1
    assert store._clean(text, "en") == (real(text, "en").text, real(text, "en").counts())
    assert store._clean(text, "zh") == (real(text, "zh").text, real(text, "zh").counts())
    assert calls == [text, text]  # once in English, once in Chinese


@pytest.mark.parametrize("text", ["TX12345", "25 USDT", "Binance", "order 2026112400001 failed"])
def test_a_short_answer_reads_no_word_list(text: str) -> None:
    """A phrase is six words or more (four English ones in a row): a shorter answer, most
    of what is typed, builds none of the ten word lists (about 16 ms of a first answer)."""
    code = ("import sys; from walletsupport.redact import redact, phrases; "
            "out = redact(sys.argv[1]); "
            "print(phrases._lists.cache_info().currsize, phrases._membership.cache_info().currsize,"
            " out.text == sys.argv[1])")
    done = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == ["0", "0", "True"], done.stderr


def test_a_phrase_still_builds_the_lists_it_needs() -> None:
    phrase = ("abandon ability able about above absent absorb abstract absurd abuse access "
              "accident")
    code = ("import sys; from walletsupport.redact import redact, phrases; "
            "out = redact(sys.argv[1]); print(phrases._lists.cache_info().currsize, "
            "'abandon' in out.text)")
    done = subprocess.run([sys.executable, "-c", code, phrase], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == ["1", "False"], done.stderr

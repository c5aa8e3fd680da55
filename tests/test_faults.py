"""Fault runs: each fault around the tool ends in one clear line and the right exit code.

A closed standard input, an output that cannot show Chinese, a C locale, a full
standard output and a database locked by another process are met the way a user
meets them: the real program in a subprocess. The faults that do not depend on
being a process of their own (a pipe or a device given as a file, a loop of links,
a damaged case in the database, a broken flow in an extra folder) run the same
command line in-process (CliRunner), which is several times cheaper. None may end
in ``internal error:`` or a traceback. The ``timeout`` of each subprocess only keeps
a regression from hanging the suite; nothing here measures time.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

from .conftest import MINIMAL

ROOT = Path(__file__).resolve().parent.parent
# A profile named on the command line decides the wallet, so no wallet question comes first.
GENERIC = ["--profile", "generic"]
FEES = [*GENERIC, "--set", "fee-type=withdrawal", "--set", "goal=estimate",
        "--set", "amount=10,000 CNY", "--set", "rate=0.1%", "--set", "minimum=0.10 CNY"]
SAFETY_NET = 120  # seconds; a hang fails the test instead of stalling the suite


def run(*args: str, stdin: str | None = "", closed_stdin: bool = False,
        env: dict[str, str] | None = None,
        process: bool = False) -> subprocess.CompletedProcess[str]:
    """Run walletsupport with `args`; `closed_stdin` runs it as ``walletsupport ... <&-``.

    In-process unless `process` or `closed_stdin` asks for a real process.
    """
    if not (process or closed_stdin):
        return _in_process(list(args), stdin, env or {})
    environ = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", **(env or {})}
    command = [sys.executable, "-m", "walletsupport", *args]
    if closed_stdin:
        command = ["sh", "-c", 'exec "$@" <&-', "sh", *command]
        stdin = None
    result = subprocess.run(command, input=stdin.encode() if stdin is not None else None,
                            capture_output=True, env=environ, timeout=SAFETY_NET, check=False)
    out = subprocess.CompletedProcess(result.args, result.returncode,
                                      result.stdout.decode("utf-8", "replace"),
                                      result.stderr.decode("utf-8", "replace"))
    out.raw_stdout = result.stdout  # type: ignore[attr-defined]
    out.raw_stderr = result.stderr  # type: ignore[attr-defined]
    assert "internal error" not in out.stderr, out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    return out


def _in_process(args: list[str], stdin: str | None,
                env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The same command line run by CliRunner: streams captured, the exit code kept."""
    result = CliRunner().invoke(app, args, input=stdin, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        # In a process this would be main()'s "internal error:" line.
        raise result.exception
    out = subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)
    out.raw_stdout = result.stdout_bytes  # type: ignore[attr-defined]
    out.raw_stderr = result.stderr_bytes  # type: ignore[attr-defined]
    assert "internal error" not in out.stderr, out.stderr
    return out


def one_line(text: str) -> str:
    return " ".join(text.split())


def data_dir() -> Path:
    return Path(os.environ["WALLETSUPPORT_DATA_DIR"])


# -- a closed standard input (diagnose <&-) ----------------------------------------------


def test_closed_stdin_at_the_problem_list_is_input_ended():
    result = run("--plain", "diagnose", *GENERIC, closed_stdin=True)
    assert result.returncode == 1
    ended = "Input ended before this question was answered: What is the problem?"
    assert ended in one_line(result.stderr)


def test_closed_stdin_inside_a_flow_is_input_ended():
    result = run("--plain", "diagnose", "fees", *GENERIC, closed_stdin=True)
    assert result.returncode == 1
    ended = "Input ended before this question was answered: Which fee is it about?"
    assert ended in one_line(result.stderr)


def test_closed_stdin_with_resume_keeps_the_draft():
    first = run("--plain", "diagnose", "fees", *GENERIC, stdin="1\n")
    assert first.returncode == 1
    assert "walletsupport diagnose --resume" in one_line(first.stderr)
    again = run("--plain", "diagnose", "--resume", closed_stdin=True)
    assert again.returncode == 1
    ended = "Input ended before this question was answered: What would you like to do?"
    assert ended in one_line(again.stderr)
    assert "Your answers so far are kept" in one_line(again.stderr)
    listed = run("--plain", "cases", "show", "1", "--json")
    assert '"A top-up fee (putting money in)"' in listed.stdout


def test_closed_stdin_at_the_export_offer_means_not_now():
    result = run("--plain", "--lang", "zh", "diagnose", "fees", *FEES, "--no-review",
                 "--set", "reference=", closed_stdin=True)
    assert result.returncode == 0, result.stderr
    assert "案例" in result.stdout or "记录" in result.stdout
    assert run("cases", "list", "--json").stdout.count('"id"') == 1


# -- output that cannot show Chinese or symbols ------------------------------------------


def test_ascii_output_in_chinese_falls_back_to_english_and_keeps_the_draft():
    result = run("--plain", "--lang", "zh", "diagnose", "fees", *GENERIC, stdin="1\n",
                 env={"PYTHONIOENCODING": "ascii"}, process=True)
    assert result.returncode == 1
    assert result.raw_stdout.isascii()  # type: ignore[attr-defined]
    assert result.raw_stderr.isascii()  # type: ignore[attr-defined]
    err = one_line(result.stderr)
    assert "cannot show Chinese" in err and "LANG=C.UTF-8" in err
    assert "Your answers so far are kept" in err
    assert "Which fee is it about?" in result.stdout


def test_ascii_output_in_english_shows_stand_ins_for_symbols():
    result = run("--plain", "diagnose", "fees", *FEES, "--no-review", "--set", "reference=",
                 closed_stdin=True, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert result.raw_stdout.isascii()  # type: ignore[attr-defined]
    assert "cannot show Chinese" not in result.stderr
    assert "10,000" in result.stdout


def test_ascii_input_still_reads_a_typed_answer():
    # The terminal sends UTF-8 even when Python was told the streams are ASCII.
    result = run("--plain", "diagnose", "fees", *GENERIC, stdin="不清楚\n",
                 env={"PYTHONIOENCODING": "ascii"}, process=True)
    assert result.returncode == 1
    assert "Your answers so far are kept" in one_line(result.stderr) or \
        "Input ended" in one_line(result.stderr)


def test_c_locale_keeps_working():
    env = {"LC_ALL": "C", "LANG": "C"}
    result = run("--plain", "--lang", "zh", "diagnose", "fees", *GENERIC, stdin="1\n", env=env,
                 process=True)
    assert result.returncode == 1
    assert "diagnose --resume" in result.stderr


# -- files that are not regular files ------------------------------------------------------


def _odd(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "loop":
        path.symlink_to(tmp_path / "loop-b.yaml")
        (tmp_path / "loop-b.yaml").symlink_to(path)
    else:
        return Path("/dev/zero")
    return path


KINDS = {"fifo": "not a regular file (it is a named pipe)",
         "device": "not a regular file (it is a device)",
         "folder": "not a regular file (it is a folder)",
         "loop": "a loop of symbolic links"}


@pytest.mark.parametrize("kind", KINDS)
def test_an_odd_profile_is_refused_at_once(kind, tmp_path):
    path = _odd(kind, tmp_path)
    result = run("--profile", str(path), "contacts")
    assert result.returncode == 1
    assert one_line(result.stderr).startswith(f"{path}:1: ")
    assert KINDS[kind] in one_line(result.stderr)


@pytest.mark.parametrize("kind", KINDS)
def test_an_odd_answers_file_is_refused_at_once(kind, tmp_path):
    path = _odd(kind, tmp_path)
    result = run("--plain", "diagnose", "fees", "--answers", str(path), "--no-input")
    assert result.returncode == 1
    assert f"{path}:1: " in result.stderr and KINDS[kind] in one_line(result.stderr)


@pytest.mark.parametrize("kind", ["fifo", "device", "loop"])
def test_an_odd_flow_file_is_refused_at_once(kind, tmp_path):
    path = _odd(kind, tmp_path)
    result = run("flows", "validate", str(path))
    assert result.returncode == 1
    assert f"{path}:1: " in result.stderr + result.stdout
    assert KINDS[kind] in one_line(result.stderr + result.stdout)


def test_odd_entries_in_a_flows_folder_are_named_and_the_rest_load(tmp_path):
    folder = tmp_path / "flows"
    folder.mkdir()
    (folder / "mine.yaml").write_text(MINIMAL.format(id="mine"), encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")
    (folder / "b.yaml").symlink_to(folder / "a.yaml")
    (folder / "a.yaml").symlink_to(folder / "b.yaml")
    result = run("--flows-dir", str(folder), "--plain", "diagnose", "mine", *GENERIC, stdin="1\n")
    assert result.returncode == 0, result.stderr
    assert "Done" in result.stdout
    lines = result.stderr.splitlines()
    pipe = f"{folder / 'pipe.yaml'}:1: not a regular file"
    assert sum(line.startswith(pipe) for line in lines) == 1
    assert sum(line.startswith(f"{folder / 'a.yaml'}:1: ") for line in lines) == 1


# -- a broken flow in an extra folder is named by every command that loads flows ------------


BROKEN = "id: broken\ntitle: {en: Broken, zh: 坏的}\nnodes: [\n"


@pytest.fixture
def broken_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (folder / "mine.yaml").write_text(MINIMAL.format(id="mine"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", [
    ["--plain", "diagnose", "mine", *GENERIC],
    ["--plain", "diagnose", *GENERIC],
    ["flows", "show", "mine"],
    ["flows", "graph", "mine"],
    ["contacts", "--problem", "mine"],
    ["checkup", "--plain", "--no-input"],
    ["flows", "test"],
])
def test_a_broken_flow_is_named_once_and_the_rest_goes_on(broken_folder, command):
    result = run("--flows-dir", str(broken_folder), *command, stdin="1\n")
    named = [line for line in result.stderr.splitlines()
             if line.startswith(f"{broken_folder / 'broken.yaml'}:")]
    assert len(named) == 1, result.stderr
    assert "YAML syntax error" in named[0]
    assert f"flows validate {broken_folder / 'broken.yaml'}" in named[0]
    assert "internal error" not in result.stderr


def test_the_broken_flow_line_is_in_chinese_too(broken_folder):
    result = run("--lang", "zh", "--flows-dir", str(broken_folder), "flows", "show", "mine")
    assert result.returncode == 0
    assert "已跳过这个文件" in result.stderr


def test_asking_for_the_broken_flow_itself_names_it_once(broken_folder):
    result = run("--flows-dir", str(broken_folder), "--plain", "diagnose", "broken")
    assert result.returncode == 1
    assert result.stderr.count("broken.yaml:") == 1


# -- damaged case rows -----------------------------------------------------------------------


@pytest.fixture
def damaged() -> Path:
    for _ in range(3):
        made = run("--plain", "diagnose", "fees", *FEES, "--no-input")
        assert made.returncode == 0, made.stderr
    db = sqlite3.connect(data_dir() / "cases.sqlite3")
    db.execute("UPDATE cases SET record = '{not json' WHERE id = 2")
    db.execute("UPDATE cases SET created = '2024-13-45' WHERE id = 3")
    db.commit()
    db.close()
    return data_dir()


def test_a_damaged_case_is_named_and_the_others_are_listed(damaged):
    result = run("cases", "list", "--json")
    assert result.returncode == 0
    # The list reads only its own columns: case 2's record is read (and named) when shown.
    assert '"id": 1' in result.stdout and '"id": 3' not in result.stdout
    err = one_line(result.stderr)
    assert "Case 3 cannot be read: a date or value in it" in err
    assert err.count("cannot be read") == 1
    plain = run("--lang", "zh", "cases", "list")
    assert plain.returncode == 0
    assert "记录 3 无法读取" in plain.stderr


def test_export_of_a_good_case_works_beside_a_damaged_one(damaged):
    good = run("export", "1", "--format", "json")
    assert good.returncode == 0 and '"id": 1' in good.stdout
    bad = run("export", "2")
    assert bad.returncode == 1
    assert one_line(bad.stderr).startswith("Case 2 cannot be read")
    shown = run("cases", "show", "3")
    assert shown.returncode == 1 and "Case 3 cannot be read" in shown.stderr


def test_a_damaged_case_can_be_deleted(damaged):
    result = run("cases", "delete", "2", stdin="y\n")
    assert result.returncode == 0, result.stderr
    assert "Case 2" not in run("cases", "list").stderr


def test_a_damaged_draft_does_not_stop_a_new_diagnosis():
    made = run("--plain", "diagnose", "fees", *GENERIC, stdin="1\n")
    assert made.returncode == 1
    db = sqlite3.connect(data_dir() / "cases.sqlite3")
    db.execute("UPDATE cases SET answers = '[[' WHERE status = 'draft'")
    db.commit()
    db.close()
    again = run("--plain", "diagnose", "fees", *FEES, "--no-input")
    assert again.returncode == 0, again.stderr


# -- numbers out of range in sums ----------------------------------------------------------


def test_a_sum_out_of_range_is_said_not_crashed(tmp_path):
    folder = tmp_path / "sums"
    folder.mkdir()
    (folder / "sums.yaml").write_text(textwrap.dedent("""\
        id: sums
        title: {en: Sums, zh: 计算}
        summary: {en: Big sums, zh: 大数}
        keywords: [sum]
        start: amount
        nodes:
          amount:
            kind: number
            prompt: {en: How much?, zh: 多少钱？}
            next: show
          show:
            kind: advice
            compute:
              big: amount * amount * amount * amount / 0.0000001
            steps:
              - id: s
                text: {en: "It comes to {big}.", zh: "一共 {big}。"}
            next: done
          done:
            kind: end
            outcome: resolved
            message: {en: Done, zh: 完成}
        """), encoding="utf-8")
    result = run("--flows-dir", str(folder), "--plain", "diagnose", "sums", *GENERIC, "--no-input",
                 "--set", "amount=999,999,999,999,999")
    assert result.returncode == 0, result.stderr
    assert "the numbers are too large to work with" in one_line(result.stdout)
    assert "It comes to" not in result.stdout  # the step that needs the sum is left out
    assert "E+" not in result.stdout and "Infinity" not in result.stdout


# -- texts from a flow outside the package say where they come from -------------------------


@pytest.fixture
def outside_case(tmp_path: Path) -> Path:
    folder = tmp_path / "third-party"
    folder.mkdir()
    flow = folder / "mine.yaml"
    flow.write_text(textwrap.dedent("""\
        id: mine
        title: {en: Third-party flow, zh: 第三方流程}
        summary: {en: Not ours, zh: 不是自带的}
        keywords: [test]
        start: q
        nodes:
          q:
            kind: select
            prompt: {en: Pick one, zh: 选一个}
            choices:
              - {id: a, label: {en: Option A, zh: 选项甲}, next: tip}
              - {id: b, label: {en: Option B, zh: 选项乙}, next: tip}
          tip:
            kind: advice
            steps:
              - {id: s, text: {en: Freeze the card in the app., zh: 先在 App 里冻结这张卡。}}
            next: done
          done:
            kind: end
            outcome: resolved
            message: {en: Done, zh: 完成}
        """), encoding="utf-8")
    return flow


def test_outside_advice_and_outcome_name_their_file_on_screen(outside_case):
    folder = outside_case.parent
    result = run("--flows-dir", str(folder), "--plain", "diagnose", "mine", *GENERIC, "--no-input",
                 "--set", "q=a")
    assert result.returncode == 0, result.stderr
    screen = "".join(result.stdout.split())  # a long path may be folded anywhere
    label = f"fromflowfile{outside_case}"
    advice = screen.index("Freezethecardintheapp.")
    assert screen.index(label, advice) - advice < 40  # right under the step, not only on top
    outcome = screen.index("Done", screen.index("Outcome"))
    assert screen.index(f"(fromflowfile{outside_case})", outcome) - outcome < 10
    zh = "".join(run("--lang", "zh", "--flows-dir", str(folder), "--plain", "diagnose",
                     "mine", *GENERIC, "--no-input", "--set", "q=a").stdout.split())
    assert f"来自流程文件{outside_case}" in zh


@pytest.mark.parametrize("fmt", ["markdown", "text", "json"])
def test_every_export_of_an_outside_case_names_the_file(outside_case, fmt):
    made = run("--flows-dir", str(outside_case.parent), "--plain", "diagnose", "mine",
               *GENERIC, "--no-input", "--set", "q=a")
    assert made.returncode == 0
    exported = run("export", "1", "--format", fmt)
    assert exported.returncode == 0
    text = one_line(exported.stdout).replace("\\_", "_")  # Markdown escapes underscores
    if fmt == "json":
        assert f'"origin": "{outside_case}"' in text
        assert f'"from_flow_file": "{outside_case}"' in text
    else:
        assert text.count(f"(from flow file {outside_case})") == 2  # outcome and advice
    shown = one_line(run("cases", "show", "1").stdout)
    assert shown.count(f"(from flow file {outside_case})") == 2


def test_a_built_in_case_carries_no_origin():
    made = run("--plain", "diagnose", "fees", *FEES, "--no-input")
    assert made.returncode == 0
    for fmt in ("markdown", "text", "json"):
        out = run("export", "1", "--format", fmt).stdout
        assert "from flow file" not in out and "origin" not in out


# -- a database held by another walletsupport, a full disk --------------------------------------


@pytest.fixture
def held():
    """The case database, with another process's write lock held on it."""
    made = run("--plain", "diagnose", "fees", *FEES, "--no-input")  # creates it (WAL mode)
    assert made.returncode == 0
    holder = sqlite3.connect(data_dir() / "cases.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield data_dir()
    holder.execute("ROLLBACK")
    holder.close()


SHORT_WAIT = {"WALLETSUPPORT_DB_WAIT": "0.2"}


def test_a_busy_database_keeps_the_answers_typed_meanwhile(held):
    result = run("--plain", "diagnose", "fees", *GENERIC, stdin="2\n1\n", env=SHORT_WAIT,
                 process=True)
    assert result.returncode == 1
    err = one_line(result.stderr)
    assert "another walletsupport is using the case database" in err
    assert err.count("could not be saved just now") == 1  # said once, not at every answer
    assert "move" not in err.lower() and "delete" not in err.lower()
    kept = sorted(held.glob("walletsupport-answers-fees-*.yaml"))
    assert len(kept) == 1 and str(kept[0]) in err
    text = kept[0].read_text(encoding="utf-8")
    assert "fee-type: withdrawal" in text and "goal: estimate" in text and "_flow: fees" in text
    assert "walletsupport diagnose --answers" in text


def test_a_busy_database_at_the_end_still_shows_the_result_and_keeps_the_answers(held):
    result = run("--plain", "--lang", "zh", "diagnose", "fees", *FEES, "--no-input",
                 env=SHORT_WAIT, process=True)
    assert result.returncode == 1
    assert "10.00" in result.stdout  # the advice and the closing screen were shown
    assert "官方客服绝不会索要" in result.stdout
    err = one_line(result.stderr)
    assert "正被另一个 walletsupport 使用" in err and "你的回答已存到" in err
    assert len(list(held.glob("walletsupport-answers-fees-*.yaml"))) == 1


def test_reading_a_busy_database_still_lists(held):
    result = run("cases", "list", env=SHORT_WAIT, process=True)
    assert result.returncode == 0 and "Understanding" in result.stdout


def test_a_full_database_disk_says_so_and_where_without_deleting_advice(tmp_path):
    from walletsupport.cases.store import database_error

    error = database_error(sqlite3.OperationalError("database or disk is full"),
                           tmp_path / "cases.sqlite3")
    for lang in ("en", "zh"):
        text = error.render(lang)
        assert str(tmp_path / "cases.sqlite3") in text
        assert "delete" not in text.lower() and "删除" not in text
    assert "the disk is full" in error.render("en")
    assert "磁盘已满" in error.render("zh")


def test_an_export_to_a_full_standard_output_is_one_line(tmp_path):
    made = run("--plain", "diagnose", "fees", *FEES, "--no-input")
    assert made.returncode == 0
    with Path("/dev/full").open("w") as full:
        result = subprocess.run([sys.executable, "-m", "walletsupport", "export", "1"],
                                stdout=full, stderr=subprocess.PIPE, text=True,
                                timeout=SAFETY_NET, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Cannot write to standard output: the disk is full. The file it was sent to may hold "
        "only part of it; use --output FILE on a disk with free space."]


# -- answers files name the line of an answer to no question -----------------------------------


def test_an_unknown_question_in_an_answers_file_names_its_line(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("_flow: fees\nfee-type: top-up\n\n# a typo below\nfee-typ: top-up\n",
                       encoding="utf-8")
    result = run("--plain", "diagnose", "fees", *GENERIC, "--answers", str(answers), "--no-input")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{answers}:5: answers 'fee-typ', which flow 'fees'")
    zh = run("--lang", "zh", "--plain", "diagnose", *GENERIC, "--answers", str(answers),
             "--no-input")
    assert zh.stderr.startswith(f"{answers}:5: 回答了“fee-typ”")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("_flow: fees\n\nfee-type: nonsense\n", encoding="utf-8")
    bad = run("--plain", "diagnose", *GENERIC, "--answers", str(wrong), "--no-input")
    assert bad.stderr.startswith(f"Answer for 'fee-type' from {wrong}:3: 'nonsense' is not")
    override = run("--plain", "diagnose", "fees", *GENERIC, "--answers", str(answers),
                   "--set", "fee-typ=x", "--no-input")
    assert override.stderr.startswith("--set answers 'fee-typ'")


def test_an_unknown_habit_in_a_checkup_answers_file_names_its_line(tmp_path):
    answers = tmp_path / "habits.yaml"
    answers.write_text("two-factor: app\ntwo-facter: app\n", encoding="utf-8")
    result = run("checkup", "--plain", "--answers", str(answers), "--no-input")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{answers}:2: answers 'two-facter'")

"""One message system: every catalog text exists in both languages, and problems follow --lang.

The CLI tests run broken flows, profiles and config files with ``--lang zh`` and fail
as soon as a `file:line:` detail falls back to English.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.errors import FlowError, Many, Msg, Problem, from_plain, to_plain
from walletsupport.i18n import _load

CORPUS = Path(__file__).parent / "corpus"
runner = CliRunner()
_CJK = re.compile(r"[\u3400-\u9fff]")
#: Keys whose Chinese is only placeholders and punctuation (they join other messages).
_TEMPLATES = {"problem.in", "type.other", "where.field", "authoring.text-field"}


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:  # a message without fields is not formatted: its braces are single
        return set(re.findall(r"\{(\w+)(?:![rs])?\}", text))


CATALOG = _load()


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_message_has_english_and_natural_chinese(key: str) -> None:
    entry = CATALOG[key]
    assert entry.get("en", "").strip(), f"{key}: no English"
    zh = entry.get("zh", "")
    assert zh.strip(), f"{key}: no Chinese"
    assert _fields(zh) == _fields(entry["en"]), f"{key}: the two languages fill other fields"
    bare = re.sub(r"\{[^{}]*\}", "", zh)
    if key in _TEMPLATES:
        assert not re.search(r"[A-Za-z]", bare), f"{key}: a template holds words"
    elif not _CJK.search(zh):
        # Without Chinese, only punctuation, codes and names: never an English phrase.
        assert not re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", bare), f"{key}: English in zh"


def _details(output: str) -> list[str]:
    """What follows `path:line: ` on each problem line (rich may wrap a long line)."""
    found = []
    for line in output.splitlines():
        match = re.match(r"^\S+\.(?:ya?ml|toml):\d+: (.*)$", line)
        if match:
            found.append(match.group(1))
    return found


def _english_sentence(detail: str) -> str | None:
    """A run of three or more English words outside quotes, or None."""
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"|\{[^}]*\}|\([^)]*\)", "", detail)
    match = re.search(r"\b[a-z]{2,}(?: [a-z]{2,}){2,}\b", unquoted)
    return match.group() if match else None


BROKEN_FLOWS = sorted((CORPUS / "invalid").glob("*.yaml")) + sorted(
    (CORPUS / "broken").glob("*.yaml"))


@pytest.mark.parametrize("path", BROKEN_FLOWS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_flows_validate_in_chinese_prints_no_english_detail(path: Path) -> None:
    result = runner.invoke(app, ["--lang", "zh", "flows", "validate", str(path)])
    assert result.exit_code == 1, result.output
    details = _details(result.output)
    assert details, result.output
    for detail in details:
        assert _CJK.search(detail), f"English detail in Chinese mode: {detail}"
        assert _english_sentence(detail) is None, f"English left in: {detail}"


@pytest.mark.parametrize("text", ["a: b: c\n", "a:\n\t- x\n", "a: [1, 2\n", "a: {b: 1\n",
                                  "a: \"\\q\"\n", "a: 'x\n", "a:\n  b: 1\n c: 2\n",
                                  "a: [\n", "a: - b\n"])
def test_yaml_syntax_errors_are_worded_in_chinese(tmp_path: Path, text: str) -> None:
    path = tmp_path / "y.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["--lang", "zh", "flows", "validate", str(path)])
    (detail,) = _details(result.output)
    assert detail.startswith("YAML 语法错误：")
    assert _english_sentence(detail) is None, detail


@pytest.mark.parametrize("text", ["a: [\n", "a: - b\n"])
def test_pure_python_yaml_errors_are_worded_in_chinese_too(tmp_path: Path, text: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Without libyaml the pure-Python parser words the same mistakes its own way.
    from walletsupport.diagnosis import yamlsrc

    monkeypatch.setattr(yamlsrc, "_Parser", None)
    path = tmp_path / "y.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["--lang", "zh", "flows", "validate", str(path)])
    (detail,) = _details(result.output)
    assert detail.startswith("YAML 语法错误：")
    assert _english_sentence(detail) is None, detail


def test_english_stays_as_it_was(tmp_path: Path) -> None:
    flow = tmp_path / "x.yaml"
    flow.write_text((CORPUS / "invalid" / "unknown-node.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    english = runner.invoke(app, ["--lang", "en", "flows", "validate", str(flow)]).output
    chinese = runner.invoke(app, ["--lang", "zh", "flows", "validate", str(flow)]).output
    assert "goes to unknown node" in english and "指向不存在的节点" in chinese
    assert not _CJK.search(english)


PROFILES = {
    "http-source": ("sources:\n  - title: {en: Help, zh: 帮助}\n    url: http://example.com/help\n",
                    "必须以 https:// 开头"),
    "bad-phone": ("sources:\n  - title: {en: Help, zh: 帮助}\n    url: https://example.com/help\n"
                  "channels:\n  - id: phone\n    kind: phone\n    label: {en: Phone, zh: 电话}\n"
                  "    value: \"+86 12\"\n    confidence: H\n", "不像是有效的电话号码"),
    "no-confidence": ("sources:\n  - title: {en: Help, zh: 帮助}\n    url: https://example.com/\n"
                      "channels:\n  - id: phone\n    kind: phone\n    label: {en: P, zh: 电话}\n"
                      "    value: \"+1 650 253 0000\"\n", "缺少字段 'confidence'"),
    "unknown-field": ("colour: red\n", "未知字段 'colour'"),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_profiles_show_in_chinese_words_the_problem_in_chinese(tmp_path: Path, name: str) -> None:
    body, expected = PROFILES[name]
    head = "name: broken\ntitle: {en: Broken, zh: 坏的}\nchecked: 2025-01-01\n"
    if "channels:" not in body:
        body += ("channels:\n  - id: web\n    kind: web-form\n    label: {en: Web, zh: 网页}\n"
                 "    note: {en: In the app, zh: 在应用里}\n    confidence: H\n")
    if "sources:" not in body:
        body = "sources:\n  - title: {en: Help, zh: 帮助}\n    url: https://example.com/\n" + body
    path = tmp_path / "broken.yaml"
    path.write_text(head + body, encoding="utf-8")
    result = runner.invoke(app, ["--lang", "zh", "profiles", "show", str(path)])
    assert result.exit_code == 1, result.output
    details = _details(result.output)
    assert len(details) == 1, result.output
    assert expected in details[0]
    assert _english_sentence(details[0]) is None, details[0]


def test_a_scripted_answer_to_an_unknown_question_is_refused_in_chinese(
        write_flow: object) -> None:
    result = runner.invoke(app, ["--lang", "zh", "diagnose", "failed-withdrawal", "--no-input",
                                 "--set", "colour=red"])
    assert result.exit_code == 1, result.output
    assert "并不问这个问题" in result.output
    assert "what-happened、" in result.output  # listed as Chinese lists them


def test_a_problem_keeps_its_key_through_the_flow_cache() -> None:
    message = Msg("check.goes-to-unknown", what=Msg("where.node", id="ask"),
                  label=Msg("where.choice-bare", id="retry"), dest="retyr")
    back = from_plain(to_plain(Msg("problem.in", what=message, message=Many(["a", "b"]))))
    assert isinstance(back, Msg)
    problem = Problem("flows/x.yaml", 12, back)
    assert problem.render("zh") == ("flows/x.yaml:12: 节点 'ask'：选项 'retry' 指向不存在的节点 "
                                    "'retyr'：a、b")
    assert str(problem) == ("flows/x.yaml:12: node 'ask': choice 'retry' goes to unknown node "
                            "'retyr': a, b")


def test_flow_error_renders_file_and_line_in_either_language() -> None:
    error = FlowError("flows/x.yaml", 3, key="yaml.duplicate-key", name="id", first=1)
    assert str(error) == "flows/x.yaml:3: duplicate key 'id' (first at line 1)"
    assert error.render("zh") == "flows/x.yaml:3: 键 'id' 重复（第一次出现在第 1 行）"
    assert error.problem().render("zh") == error.render("zh")


def test_no_key_is_defined_in_two_parts() -> None:
    """A key defined twice would silently replace the other part's text."""
    from collections import Counter
    from importlib import import_module

    from walletsupport.i18n import _PARTS

    counts: Counter[str] = Counter()
    for part in _PARTS:
        counts.update(list(import_module(f"walletsupport.i18n.{part}").MESSAGES))
    assert [key for key, count in counts.items() if count > 1] == []


def test_the_index_of_first_words_names_the_parts_that_hold_them() -> None:
    """`t` loads only the parts `_WHERE` names for a key's first word: it must be exact."""
    from importlib import import_module

    from walletsupport.i18n import _PARTS, _WHERE

    found: dict[str, list[str]] = {}
    for part in _PARTS:
        for key in import_module(f"walletsupport.i18n.{part}").MESSAGES:
            parts = found.setdefault(key.split(".", 1)[0], [])
            if part not in parts:
                parts.append(part)
    expected = {word: tuple(parts) for word, parts in sorted(found.items())}
    assert expected == _WHERE, f"update _WHERE in walletsupport/i18n/__init__.py to {expected}"


def test_a_message_loads_only_the_parts_its_first_word_names() -> None:
    import subprocess
    import sys

    script = ("import sys\nfrom walletsupport.i18n import t\n"
              "print(t('cases.none', 'zh'))\n"
              "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules\n"
              "             if m.startswith('walletsupport.i18n.')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines() == [CATALOG["cases.none"]["zh"], "['cases']"]


"""Messages of the `flows` commands."""

MESSAGES: dict[str, dict[str, str]] = {
    "flows.col.id": {"en": "id", "zh": "编号"},
    "flows.col.title": {"en": "problem", "zh": "问题"},
    "flows.col.source": {"en": "source", "zh": "来源"},
    "flows.source.builtin": {"en": "built-in ({file})", "zh": "内置（{file}）"},
    "flows.none": {"en": "No flows found.", "zh": "没有找到任何问题流程。"},
    "flows.validate.ok": {
        "en": "{count} flow(s) checked: no problems.",
        "zh": "已检查 {count} 个流程：没有发现问题。",
    },
    "flows.validate.summary": {
        "en": "{count} flow file(s) checked: {errors} error(s), {warnings} warning(s).",
        "zh": "已检查 {count} 个流程文件：{errors} 个错误，{warnings} 个警告。",
    },
    "flows.validate.no-path": {
        "en": "{path}: no such file or folder",
        "zh": "{path}：文件或文件夹不存在",
    },
    "flows.show.start.line": {"en": "starts at: {node}", "zh": "起点：{node}"},
    "flows.show.checklist": {"en": "Checklist", "zh": "准备清单"},
    "flows.kind.select": {"en": "choose one", "zh": "单选"},
    "flows.kind.multiselect": {"en": "choose several", "zh": "多选"},
    "flows.kind.confirm": {"en": "yes/no", "zh": "是/否"},
    "flows.kind.text": {"en": "free text", "zh": "填写"},
    "flows.kind.number": {"en": "number", "zh": "数字"},
    "flows.kind.datetime": {"en": "date and time", "zh": "日期和时间"},
    "flows.kind.advice": {"en": "advice", "zh": "建议"},
    "flows.kind.end": {"en": "end", "zh": "结束"},
    "flows.show.when": {"en": "only when", "zh": "仅当"},
    "flows.show.otherwise": {"en": "otherwise", "zh": "否则"},
    "flows.show.goes-to": {"en": "goes to", "zh": "转到"},
    # A node's kind and line, a step's severity and an end's outcome, each as Chinese punctuates.
    "flows.show.head": {"en": "({kind}, :{line})", "zh": "（{kind}，第 {line} 行）"},
    "flows.show.mark": {"en": "[{label}] ", "zh": "【{label}】"},
    "flows.show.outcome": {"en": "{outcome}: {message}", "zh": "{outcome}：{message}"},
    "flows.test.coverage": {
        "en": "coverage {flow}: {ends}/{all_ends} ends, {branches}/{all_branches} choices",
        "zh": "覆盖率 {flow}：结束节点 {ends}/{all_ends}，选项 {branches}/{all_branches}",
    },
    "flows.test.missing-ends": {"en": "ends no scenario reaches: {ends}", "zh": "没有场景到达的结束节点：{ends}"},
    "flows.test.missing-branches": {
        "en": "choices no scenario takes: {branches}",
        "zh": "没有场景选择过的选项：{branches}",
    },
    "flows.new.bad-id": {
        "en": "{id!r} is not a valid flow id: use lower-case letters, digits and dashes, such as card-declined",
        "zh": "“{id}”不是有效的流程编号：只能用小写字母、数字和短横线，例如 card-declined",
    },
    "flows.new.exists": {"en": "{path}: already exists; nothing was written", "zh": "{path} 已存在；没有写入任何文件"},
    "flows.new.wrote": {"en": "Wrote {path}", "zh": "已写入 {path}"},
    "flows.new.check": {"en": "Check it: walletsupport flows validate {path}", "zh": "检查：walletsupport flows validate {path}"},
    "flows.new.test": {"en": "Test it:  walletsupport {command}", "zh": "测试：walletsupport {command}"},
    "flows.validate.none-found": {
        "en": "No flow files (*.yaml) in {paths}",
        "zh": "{paths} 里没有流程文件（*.yaml）",
    },
    "flows.write-failed": {"en": "{path}: cannot write: {reason}", "zh": "{path}：无法写入：{reason}"},
    "flows.graph.bad-format": {
        "en": "--format must be one of {formats}, not {fmt!r}",
        "zh": "--format 只能是 {formats} 之一，而不是“{fmt}”",
    },
}

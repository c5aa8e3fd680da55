"""Messages for flow and profile authors: the `file:line: ...` problems of the loaders.

A message without fields is not formatted, so its braces are single; one with
fields doubles them. A message names what it is about with `{what}`, itself a message from the
``where.*`` keys (`node 'start': choice 2`), so that a whole line reads in one
language. Field names, kinds and values written in the YAML stay as written.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- how a problem line is labelled ------------------------------------------------
    "problem.warning": {"en": "warning: ", "zh": "警告："},
    "problem.in": {"en": "{what}: {message}", "zh": "{what}：{message}"},
    # -- value types, as a message names them ----------------------------------------------
    "type.bool": {"en": "true/false", "zh": "布尔值（true/false）"},
    "type.none": {"en": "nothing", "zh": "空值"},
    "type.number": {"en": "a number", "zh": "数字"},
    "type.text": {"en": "text", "zh": "文本"},
    "type.list": {"en": "a list", "zh": "列表"},
    "type.mapping": {"en": "a mapping", "zh": "映射"},
    "type.other": {"en": "{name}", "zh": "{name}"},
    # -- what a problem is about ------------------------------------------------------------
    "where.top": {"en": "the top level", "zh": "文件顶层"},
    "where.flow": {"en": "flow", "zh": "流程"},
    "where.nodes": {"en": "nodes", "zh": "nodes（节点表）"},
    "where.node": {"en": "node {id!r}", "zh": "节点 {id!r}"},
    "where.choice": {"en": "{what}: choice {id}", "zh": "{what}：选项 {id}"},
    "where.choice-n": {"en": "{what}: choice {n}", "zh": "{what}：第 {n} 个选项"},
    "where.step": {"en": "{what}: step {id}", "zh": "{what}：步骤 {id}"},
    "where.step-n": {"en": "{what}: step {n}", "zh": "{what}：第 {n} 个步骤"},
    "where.choice-q": {"en": "{what}: choice {id!r}", "zh": "{what}：选项 {id!r}"},
    "where.choice-bare": {"en": "choice {id!r}", "zh": "选项 {id!r}"},
    "where.step-q": {"en": "{what}: step {id!r}", "zh": "{what}：步骤 {id!r}"},
    "where.checklist-q": {"en": "checklist item {id!r}", "zh": "准备清单项 {id!r}"},
    "where.field": {"en": "{what}: {field}", "zh": "{what}：{field}"},
    "where.checklist": {"en": "checklist item {id}", "zh": "准备清单项 {id}"},
    "where.checklist-n": {"en": "checklist item {n}", "zh": "第 {n} 个准备清单项"},
    # -- the shape of a YAML file ---------------------------------------------------------
    "authoring.not-mapping": {
        "en": "{what} must be a mapping, not {type}",
        "zh": "{what} 应当是映射（键: 值），而不是{type}",
    },
    "authoring.unknown-field": {
        "en": "{what}: unknown field {key!r} (known: {known})",
        "zh": "{what}：未知字段 {key!r}（可用的字段：{known}）",
    },
    "authoring.missing-field": {
        "en": "{what}: missing field {key!r}",
        "zh": "{what}：缺少字段 {key!r}",
    },
    "authoring.id-not-text": {
        "en": "{what}: {key!r} must be text, not {type}",
        "zh": "{what}：{key!r} 应当是文本，而不是{type}",
    },
    "authoring.id-not-text-quote": {
        "en": "{what}: {key!r} must be text, not {type} (put it in quotes)",
        "zh": "{what}：{key!r} 应当是文本，而不是{type}（请给它加上引号）",
    },
    "authoring.id-pattern": {
        "en": "{what}: {key} {value!r} must be lower-case letters, digits and dashes (kebab-case)",
        "zh": "{what}：{key} {value!r} 只能由小写字母、数字和短横线组成（kebab-case）",
    },
    "authoring.text-field": {"en": "{what}: {key} {message}", "zh": "{what}：{key} {message}"},
    "authoring.not-bool": {
        "en": "{what}: {key!r} must be true or false, not {type}",
        "zh": "{what}：{key!r} 只能是 true 或 false，而不是{type}",
    },
    # -- a user-facing text ({en: ..., zh: ...}) ------------------------------------------
    "text.empty": {"en": "is empty", "zh": "是空的"},
    "text.one-form": {
        "en": "has one form for both languages: give {en: ..., zh: ...}",
        "zh": "只有一种写法，两种语言共用：请写成 {en: ..., zh: ...}",
    },
    "text.bad-type": {
        "en": "must be text or a mapping {{en: ..., zh: ...}}, not {type}",
        "zh": "应当是文本或映射 {{en: ..., zh: ...}}，而不是{type}",
    },
    "text.unknown-lang": {
        "en": "has an unknown language {lang!r} (use en and zh)",
        "zh": "含有未知的语言 {lang!r}（请使用 en 和 zh）",
    },
    "text.missing-lang": {"en": "is missing its {lang!r} form", "zh": "缺少 {lang!r} 的写法"},
    "text.lang-not-text": {
        "en": "{lang!r} form must be text, not {type}",
        "zh": "{lang!r} 的写法应当是文本，而不是{type}",
    },
    "text.lang-empty": {"en": "{lang!r} form is empty", "zh": "{lang!r} 的写法是空的"},
    # -- when: conditions ---------------------------------------------------------------------
    "when.not-mapping": {
        "en": "when: must be a mapping such as {question-id: choice-id}",
        "zh": "when：应当是映射，例如 {question-id: choice-id}",
    },
    "when.needs-list": {
        "en": "when: {key!r} takes a list of conditions",
        "zh": "when：{key!r} 后面应当是一组条件（列表）",
    },
    "when.answered": {
        "en": "when: 'answered' takes a question id",
        "zh": "when：'answered' 后面应当是一个问题编号",
    },
    "when.bad-value": {
        "en": "when: {key!r} must name a choice id, true/false, or a list of them",
        "zh": "when：{key!r} 的值应当是选项编号、true/false，或由它们组成的列表",
    },
    # -- choices, steps, sums ---------------------------------------------------------------
    "flow.choices-empty": {
        "en": "{what}: choices must be a non-empty list",
        "zh": "{what}：choices 应当是非空的列表",
    },
    "flow.choice-reserved": {
        "en": "{what}: choice id {id!r} is reserved",
        "zh": "{what}：选项编号 {id!r} 是保留字，不能使用",
    },
    "flow.choice-duplicate": {
        "en": "{what}: duplicate choice id {id!r} (first at line {first})",
        "zh": "{what}：选项编号 {id!r} 重复（第一次出现在第 {first} 行）",
    },
    "flow.steps-empty": {
        "en": "{what}: steps must be a non-empty list",
        "zh": "{what}：steps 应当是非空的列表",
    },
    "flow.step-severity": {
        "en": "{what}: severity {severity!r} is not one of {known}",
        "zh": "{what}：severity 的值 {severity!r} 无效，只能是 {known} 之一",
    },
    "flow.step-duplicate": {
        "en": "{what}: duplicate step id {id!r}",
        "zh": "{what}：步骤编号 {id!r} 重复",
    },
    "flow.compute-shape": {
        "en": "{what}: compute must map names to sums, such as {{fee: amount * rate / 100}}",
        "zh": "{what}：compute 应当把名字对应到算式，例如 {{fee: amount * rate / 100}}",
    },
    "flow.compute-name": {
        "en": "{what}: compute name {name!r} must be lower-case letters, digits and dashes",
        "zh": "{what}：compute 的名字 {name!r} 只能由小写字母、数字和短横线组成",
    },
    "flow.compute-not-text": {
        "en": "{what}: compute {name!r} must be a sum written as text",
        "zh": "{what}：compute {name!r} 应当是写成文本的算式",
    },
    "flow.compute-bad": {
        "en": "{what}: compute {name!r}: {error}",
        "zh": "{what}：compute {name!r}：{error}",
    },
    # -- nodes ---------------------------------------------------------------------------------
    "flow.kind-missing": {
        "en": "{what}: missing field 'kind' (one of {known})",
        "zh": "{what}：缺少字段 'kind'（可选：{known}）",
    },
    "flow.kind-unknown": {
        "en": "{what}: kind {kind!r} is not one of {known}",
        "zh": "{what}：kind 的值 {kind!r} 无效，只能是 {known} 之一",
    },
    "flow.when-needs-next": {
        "en": "{what}: a {kind} question with 'when' needs a 'next' to go to when it is skipped",
        "zh": "{what}：带 'when' 的 {kind} 问题需要 'next'，说明跳过它时转到哪里",
    },
    "flow.unit": {
        "en": "{what}: unit {unit!r} is not one of {known}",
        "zh": "{what}：unit 的值 {unit!r} 无效，只能是 {known} 之一",
    },
    "flow.outcome": {
        "en": "{what}: outcome {outcome!r} is not one of {known}",
        "zh": "{what}：outcome 的值 {outcome!r} 无效，只能是 {known} 之一",
    },
    "flow.recommend-list": {
        "en": "{what}: recommend must be a list of channel kinds "
              "(chat, phone, email, social, in-app, web-form)",
        "zh": "{what}：recommend 应当是联系渠道类型的列表"
              "（chat、phone、email、social、in-app、web-form）",
    },
    "flow.recommend-kind": {
        "en": "{what}: recommend names {kind!r}, not one of {known}",
        "zh": "{what}：recommend 里的 {kind!r} 不是有效的渠道类型，只能是 {known} 之一",
    },
    "flow.end-when-needs-next": {
        "en": "{what}: an end with 'when' needs a 'next' to go to when it does not apply",
        "zh": "{what}：带 'when' 的结束节点需要 'next'，说明条件不成立时转到哪里",
    },
    "flow.end-next-needs-when": {
        "en": "{what}: an end only takes 'next' together with 'when'",
        "zh": "{what}：结束节点只有同时写了 'when' 才能写 'next'",
    },
    "flow.wait-needs-then": {
        "en": "{what}: a 'wait' end needs 'then': what to do if the problem is still there "
              "by the date to check again",
        "zh": "{what}：'wait' 结束节点需要 'then'，说明到了复查日期问题仍在时该怎么做",
    },
    "flow.then-only-wait": {
        "en": "{what}: only a 'wait' end takes 'then'",
        "zh": "{what}：只有 'wait' 结束节点才能写 'then'",
    },
    "flow.check-only-wait": {
        "en": "{what}: only a 'wait' end takes 'check'",
        "zh": "{what}：只有 'wait' 结束节点才能写 'check'",
    },
    "flow.wait-needs-check": {
        "en": "{what}: a 'wait' end needs 'check' with 'days' or 'working-days' (and "
              "optionally 'from', a date question), saying when to check again",
        "zh": "{what}：'wait' 结束节点需要 'check'，用 'days' 或 'working-days'"
              "（可再加 'from'，指向一个日期问题）说明何时复查",
    },
    "flow.check-unknown": {
        "en": "{what}: check has unknown field {key!r} (known: days, working-days, from)",
        "zh": "{what}：check 里有未知字段 {key!r}（可用的字段：days、working-days、from）",
    },
    "flow.check-one-count": {
        "en": "{what}: check takes one of 'days' or 'working-days'",
        "zh": "{what}：check 里 'days' 和 'working-days' 只能写一个",
    },
    "flow.check-days": {
        "en": "{what}: check {key} must be a whole number of days from 1 to 365",
        "zh": "{what}：check 的 {key} 应当是 1 到 365 之间的整数天数",
    },
    "flow.check-from": {
        "en": "{what}: check from must name a date question",
        "zh": "{what}：check 的 from 应当指向一个日期问题",
    },
    # -- the checklist, keywords, the flow itself ------------------------------------------
    "flow.checklist-list": {"en": "checklist must be a list", "zh": "checklist 应当是列表"},
    "flow.checklist-duplicate": {
        "en": "duplicate checklist id {id!r}",
        "zh": "准备清单编号 {id!r} 重复",
    },
    "flow.keywords-per-lang": {
        "en": "keywords: each language takes a list of words",
        "zh": "keywords：每种语言后面都应当是一组词（列表）",
    },
    "flow.keywords-list": {
        "en": "keywords must be a list of words",
        "zh": "keywords 应当是一组词（列表）",
    },
    "flow.keywords-empty": {
        "en": "keywords must all be non-empty text",
        "zh": "keywords 里的每一项都应当是非空的文本",
    },
    "flow.version": {
        "en": "flow: version {version!r} is not supported (use 1)",
        "zh": "流程：不支持版本 {version!r}（请使用 1）",
    },
    "flow.order": {
        "en": "flow: order must be a whole number from 0 to 10000, not {order!r}",
        "zh": "流程：order 应当是 0 到 10000 之间的整数，而不是 {order!r}",
    },
    "flow.nodes-empty": {"en": "flow: nodes is empty", "zh": "流程：nodes 是空的"},
    "flow.node-id": {
        "en": "node id {id!r} must be lower-case letters, digits and dashes, and not a "
              "reserved word (all, any, not, answered, back)",
        "zh": "节点编号 {id!r} 只能由小写字母、数字和短横线组成，且不能是保留字"
              "（all、any、not、answered、back）",
    },
    "flow.incomplete": {"en": "flow: incomplete", "zh": "流程：内容不完整"},
    # -- graph checks (validate) ------------------------------------------------------------
    "check.contact-in-text": {
        "en": "{what} holds what looks like a contact detail ({detail!r}); phone numbers, "
              "addresses and accounts come only from contact profiles",
        "zh": "{what} 里有像是联系方式的内容（{detail!r}）；电话号码、网址和账号只能来自联系资料"
              "（contact profiles）",
    },
    "check.when-not-question": {
        "en": "{what}: when names {id!r}, which is not a question",
        "zh": "{what}：when 里的 {id!r} 不是一个问题",
    },
    "check.when-not-choice": {
        "en": "{what}: when tests {id!r} for {value!r}, which is not one of its choices ({known})",
        "zh": "{what}：when 检查 {id!r} 是否为 {value!r}，但它没有这个选项（可选：{known}）",
    },
    "check.when-yes-no": {
        "en": "{what}: when tests the yes/no question {id!r} for {value!r}; use true or false",
        "zh": "{what}：when 检查是非题 {id!r} 是否为 {value!r}；请用 true 或 false",
    },
    "check.no-next": {"en": "it has no 'next'", "zh": "它没有 'next'"},
    "check.choice-no-next": {
        "en": "choice {id!r} has no 'next'",
        "zh": "选项 {id!r} 没有 'next'",
    },
    "check.answer-no-next": {
        "en": "answer {branch!r} has no destination",
        "zh": "回答 {branch!r} 之后没有去处",
    },
    "check.start-unknown": {
        "en": "start names unknown node {id!r}",
        "zh": "start 指向不存在的节点 {id!r}",
    },
    "check.goes-to-unknown": {
        "en": "{what}: {label} goes to unknown node {dest!r}",
        "zh": "{what}：{label} 指向不存在的节点 {dest!r}",
    },
    "check.dead-end": {
        "en": "{what} is a dead end: {why}",
        "zh": "{what} 是死路：{why}",
    },
    "check.unreachable": {
        "en": "{what} is unreachable from the start {start!r}",
        "zh": "从起点 {start!r} 走不到{what}",
    },
    "check.never-ends": {
        "en": "{what} can never reach an end (it only loops{loop})",
        "zh": "{what} 永远走不到结束节点（只会绕圈{loop}）",
    },
    "check.no-end": {"en": "the flow has no end node", "zh": "这个流程没有结束节点"},
    "check.from-not-question": {
        "en": "{what}: from names {id!r}, which is not a question",
        "zh": "{what}：from 指向的 {id!r} 不是一个问题",
    },
    "check.from-not-date": {
        "en": "{what}: check from names {id!r}, which is not a date question",
        "zh": "{what}：check 的 from 指向的 {id!r} 不是日期问题",
    },
    "check.compute-is-node": {
        "en": "{what}: compute name {name!r} is also a node id",
        "zh": "{what}：compute 的名字 {name!r} 和某个节点编号相同",
    },
    "check.compute-uses": {
        "en": "{what}: compute {name!r} uses {used!r}, which is neither a number question nor "
              "an earlier sum (write minus with spaces: a - b)",
        "zh": "{what}：compute {name!r} 用到了 {used!r}，它既不是数字问题，也不是前面算过的结果"
              "（减号两边请加空格：a - b）",
    },
    "check.placeholder": {
        "en": "{what} shows {name}, which is neither a number question nor one of the node's sums",
        "zh": "{what} 显示了 {name}，但它既不是数字问题，也不是这个节点算出的结果",
    },
    "check.duplicate-flow": {
        "en": "duplicate flow id {id!r} (also defined in {where})",
        "zh": "流程编号 {id!r} 重复（{where} 也定义了它）",
    },
}

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
    "flow.alone": {
        "en": "{what}: alone is true or false (true: the choice cannot be picked with others)",
        "zh": "{what}：alone 只能是 true 或 false（true 表示这一项不能和其他选项同时选）",
    },
    "flow.near": {
        "en": "{what}: near takes a list of two or more ids (an answer or a sum, then what it should match)",
        "zh": "{what}：near 要写两个或更多 id 的列表（先写一个回答或算式结果，再写它应当相符的结果）",
    },
    "flow.currency": {
        "en": "{what}: currency can only be 'required' or the id of an earlier number question, not {value!r}",
        "zh": "{what}：currency 只能写 'required' 或前面某个数字问题的 id，不能是 {value!r}",
    },
    "flow.last-digits": {
        "en": "{what}: last-digits must be a whole number from 1 to 8, not {value!r}",
        "zh": "{what}：last-digits 只能写 1 到 8 之间的整数，不能是 {value!r}",
    },
    "flow.empty-not-optional": {
        "en": "{what}: 'empty' says what Enter means, so the question needs 'optional: true'",
        "zh": "{what}：empty 说明直接回车表示什么，所以这个问题需要写 optional: true",
    },
    "flow.elapsed": {
        "en": "{what}: elapsed takes 'at-least' and/or 'under', each a duration such as "
              "30m, 24h, 7d or 2w",
        "zh": "{what}：elapsed 里只能写 'at-least' 和/或 'under'，值是时长，例如 30m、24h、7d、2w",
    },
    "flow.elapsed-duration": {
        "en": "{what}: elapsed {key} {value!r} is not a duration such as 30m, 24h, 7d or 2w",
        "zh": "{what}：elapsed 的 {key} 值 {value!r} 不是时长，应当写成 30m、24h、7d、2w 这样",
    },
    "flow.elapsed-order": {
        "en": "{what}: elapsed 'under' must be longer than 'at-least'",
        "zh": "{what}：elapsed 的 'under' 应当比 'at-least' 长",
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
    "flow.prefer": {
        "en": "{what}: prefer must be one of {known}",
        "zh": "{what}：prefer 只能是 {known} 之一",
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
    "flow.followup-only-wait": {
        "en": "{what}: only a 'wait' end takes 'followup'",
        "zh": "{what}：只有 'wait' 结束节点才能写 'followup'",
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
        "en": "{what}: check has unknown field {key!r} (known: days, working-days, from, past)",
        "zh": "{what}：check 里有未知字段 {key!r}（可用的字段：days、working-days、from、past）",
    },
    "flow.variants-list": {
        "en": "{what}: variants must be a list of {{when, prompt, help, placeholder}}",
        "zh": "{what}：variants 应当是 {{when, prompt, help, placeholder}} 组成的列表",
    },
    "flow.variant-title": {
        "en": "{what}: each variant of an advice needs 'when' and 'title'",
        "zh": "{what}：建议节点的每个 variant 都要有 'when' 和 'title'",
    },
    "flow.variant-shape": {
        "en": "{what}: each variant needs 'when' and at least one of prompt, help, placeholder",
        "zh": "{what}：每个 variant 都要有 'when'，以及 prompt、help、placeholder 中的至少一项",
    },
    "flow.aliases": {
        "en": "{what}: aliases is a list of earlier ids of this question (lower-case letters, "
              "digits and dashes)",
        "zh": "{what}：aliases 应当是这个问题以前用过的 id 组成的列表（小写字母、数字和短横线）",
    },
    "flow.check-past": {
        "en": "{what}: check.past is next-day (a day to check by that has passed becomes the "
              "next day) or today (a day to try again from that has come becomes today)",
        "zh": "{what}：check.past 只能是 next-day（已过去的复查日期顺延到第二天）或 today"
              "（可以重试的日期已经到了，就从今天算）",
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
    "check.alias-taken": {
        "en": "{what}: alias {id!r} also names {other}, which can be on the same path; "
              "an older answers file's {id!r} could fill the wrong question",
        "zh": "{what}：别名 {id!r} 也指向{other}，两者可能出现在同一条路径上；"
              "旧答案文件里的 {id!r} 可能会被填到错误的问题里",
    },
    "check.currency-not-number": {
        "en": "{what}: currency names {id!r}, which is not a number question",
        "zh": "{what}：currency 指向的 {id!r} 不是数字问题",
    },
    "check.derive-not-date": {
        "en": "{what}: from names {id!r}, which is not a date question",
        "zh": "{what}：from 指向的 {id!r} 不是日期问题",
    },
    "check.derive-no-elapsed": {
        "en": "{what}: a question with 'from' needs choices with 'elapsed' (the time since "
              "the date each covers)",
        "zh": "{what}：写了 'from' 的问题，它的选项需要写 'elapsed'（各自对应距那个时间过了多久）",
    },
    "check.elapsed-needs-from": {
        "en": "{what}: choices take 'elapsed' only in a question with 'from' (a date question)",
        "zh": "{what}：只有写了 'from'（指向日期问题）的问题，选项才能写 'elapsed'",
    },
    "check.label-missing": {
        "en": "{what}: no 'label' (a short name for the answer in the review and the exports, "
              "e.g. \"Amount\" / \"金额\"); the start of the prompt is used instead",
        "zh": "{what}：缺少 'label'（在核对页和导出里代表这个回答的简短名称，例如“Amount”/“金额”）；"
              "暂时用问题开头代替",
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
    # -- reading a YAML file (yamlsrc) -------------------------------------------------------
    "yaml.tag": {"en": "the tag {tag} is not allowed here", "zh": "这里不允许使用标签 {tag}"},
    "yaml.control-in-text": {
        "en": "a text holds a control character (such as \\e or \\x1b); texts may not move "
              "the cursor or recolour the terminal",
        "zh": "文本里有控制字符（例如 \\e 或 \\x1b）；文本不能移动光标，也不能改变终端颜色",
    },
    "yaml.bad-value": {
        "en": "cannot read the value {value!r}: {error}",
        "zh": "无法读取值 {value!r}：{error}",
    },
    "yaml.key-not-plain": {
        "en": "a mapping key must be a plain value",
        "zh": "映射的键只能是简单的值（文本或数字）",
    },
    "yaml.duplicate-key": {
        "en": "duplicate key {name!r} (first at line {first})",
        "zh": "键 {name!r} 重复（第一次出现在第 {first} 行）",
    },
    "yaml.too-deep": {
        "en": "nesting deeper than {depth} levels",
        "zh": "嵌套超过了 {depth} 层",
    },
    "yaml.anchor": {
        "en": "anchors (&name) are not allowed in these files",
        "zh": "这类文件里不允许使用锚点（&name）",
    },
    "yaml.alias": {
        "en": "aliases (*name) are not allowed in these files",
        "zh": "这类文件里不允许使用别名（*name）",
    },
    "yaml.documents": {
        "en": "a file must hold one YAML document, not several",
        "zh": "一个文件只能包含一个 YAML 文档，不能有多个",
    },
    "yaml.syntax": {"en": "YAML syntax error: {problem}", "zh": "YAML 语法错误：{problem}"},
    "yaml.error": {"en": "YAML error: {error}", "zh": "YAML 错误：{error}"},
    "yaml.top-not-mapping": {
        "en": "the top level must be a mapping, not {type}",
        "zh": "文件顶层应当是映射（键: 值），而不是{type}",
    },
    "yaml.too-big": {"en": "the file is larger than 1 MiB", "zh": "文件超过了 1 MiB"},
    "yaml.nul": {"en": "the file holds a NUL byte", "zh": "文件里有 NUL 字节"},
    "yaml.control": {
        "en": "the file holds a control character ({code}); texts may not move the cursor or "
              "recolour the terminal",
        "zh": "文件里有控制字符（{code}）；文本不能移动光标，也不能改变终端颜色",
    },
    "yaml.empty": {"en": "the file is empty", "zh": "文件是空的"},
    "yaml.no-file": {"en": "no such file", "zh": "文件不存在"},
    "yaml.folder": {"en": "this is a folder, not a file", "zh": "这是一个文件夹，不是文件"},
    "yaml.unreadable": {"en": "cannot read the file: {reason}", "zh": "无法读取文件：{reason}"},
    "yaml.utf8": {"en": "the file is not valid UTF-8", "zh": "文件不是有效的 UTF-8 编码"},
    # -- contact profiles (profiles.py) -------------------------------------------------------
    "where.profile": {"en": "profile", "zh": "联系资料"},
    "where.source": {"en": "source", "zh": "来源"},
    "where.warning": {"en": "warning", "zh": "提醒"},
    "where.channel": {"en": "channel", "zh": "渠道"},
    "where.channel-id": {"en": "channel {id!r}", "zh": "渠道 {id!r}"},
    "where.hours": {"en": "{what} hours", "zh": "{what} 的 hours"},
    "profile.not-mapping": {
        "en": "a profile must be a mapping of fields (name, title, checked, sources, "
              "channels, ...)",
        "zh": "联系资料应当是由字段组成的映射（name、title、checked、sources、channels 等）",
    },
    "profile.not-text": {
        "en": "{what}: {key} must be text, not {type}",
        "zh": "{what}：{key} 应当是文本，而不是{type}",
    },
    "profile.not-text-quote": {
        "en": "{what}: {key} must be text, not {type} (put it in quotes)",
        "zh": "{what}：{key} 应当是文本，而不是{type}（请给它加上引号）",
    },
    "profile.not-one-of": {
        "en": "{what}: {key} must be one of {known}, not {value!r}",
        "zh": "{what}：{key} 只能是 {known} 之一，而不是 {value!r}",
    },
    "profile.not-list": {
        "en": "{what}: {key} must be a list, not {type}",
        "zh": "{what}：{key} 应当是列表，而不是{type}",
    },
    "profile.item-not-text": {
        "en": "{what}: each item of {key} must be text, not {type}",
        "zh": "{what}：{key} 的每一项都应当是文本，而不是{type}",
    },
    "profile.item-bad": {
        "en": "{what}: {key} has {value!r}, which is not {hint}",
        "zh": "{what}：{key} 里的 {value!r} 不是{hint}",
    },
    "profile.hint-host": {"en": "a host name such as example.com", "zh": "域名（例如 example.com）"},
    "profile.hint-lang": {"en": "a language code such as en or zh", "zh": "语言代码（例如 en 或 zh）"},
    "profile.zone": {
        "en": "{what}: unknown time zone {value!r} (use an IANA name such as Asia/Shanghai or "
              "Europe/London)",
        "zh": "{what}：未知的时区 {value!r}（请用 IANA 时区名，例如 Asia/Shanghai 或 "
              "Europe/London）",
    },
    "profile.region": {
        "en": "{what}: region must be a two-letter country code such as CN, US or GB, not "
              "{value!r}",
        "zh": "{what}：region 应当是两个字母的国家或地区代码（例如 CN、US 或 GB），而不是 {value!r}",
    },
    "profile.region-holidays": {
        "en": "{what}: region {value!r} has no public-holiday calendar in the holidays package",
        "zh": "{what}：holidays 软件包里没有地区 {value!r} 的公共假日日历",
    },
    "profile.link-spaces": {
        "en": "{what}: the link {value!r} holds spaces",
        "zh": "{what}：链接 {value!r} 里有空格",
    },
    "profile.link-https": {
        "en": "{what}: the link {value!r} must start with https:// (plain http can be "
              "intercepted and faked)",
        "zh": "{what}：链接 {value!r} 必须以 https:// 开头（普通的 http 可能被截获和伪造）",
    },
    "profile.link-host": {
        "en": "{what}: the link {value!r} has no plain host name",
        "zh": "{what}：链接 {value!r} 没有正常的域名",
    },
    "profile.name": {
        "en": "profile: name {name!r} must be lower-case letters, digits and dashes",
        "zh": "联系资料：name {name!r} 只能由小写字母、数字和短横线组成",
    },
    "profile.name-file": {
        "en": "profile: name {name!r} must match the file name {expected!r}",
        "zh": "联系资料：name {name!r} 应当和文件名 {expected!r} 一致",
    },
    "profile.channel-not-mapping": {
        "en": "profile: each channel must be a mapping, not {type}",
        "zh": "联系资料：每个渠道都应当是映射，而不是{type}",
    },
    "profile.channel-twice": {
        "en": "channel {id!r}: the id is used twice (first at line {first})",
        "zh": "渠道 {id!r}：这个编号用了两次（第一次在第 {first} 行）",
    },
    "profile.phrase-self": {
        "en": "profile: a wallet with custody: self has a recovery phrase (recovery_phrase: true)",
        "zh": "联系资料：custody: self 的钱包一定有助记词（应为 recovery_phrase: true）",
    },
    "profile.phone-support": {
        "en": "channel {id!r}: a phone number in a profile that says phone_support: {value}",
        "zh": "渠道 {id!r}：这份联系资料写明 phone_support: {value}，却列出了电话号码",
    },
    "profile.channels-empty": {"en": "profile: channels is empty", "zh": "联系资料：channels 是空的"},
    "profile.needs-sources": {
        "en": "profile: a profile with contact values needs its sources",
        "zh": "联系资料：列出联系方式的联系资料必须注明来源（sources）",
    },
    "profile.checked-missing": {
        "en": "profile: missing field 'checked' (the date the data was last checked, YYYY-MM-DD)",
        "zh": "联系资料：缺少字段 'checked'（最后一次核对这些信息的日期，格式 YYYY-MM-DD）",
    },
    "profile.checked-format": {
        "en": "profile: checked must be a date YYYY-MM-DD, not {value!r}",
        "zh": "联系资料：checked 应当是 YYYY-MM-DD 格式的日期，而不是 {value!r}",
    },
    "profile.checked-not-date": {
        "en": "profile: checked {value!r} is not a real date",
        "zh": "联系资料：checked 的 {value!r} 不是一个真实存在的日期",
    },
    "profile.checked-future": {
        "en": "profile: checked {value!r} is in the future",
        "zh": "联系资料：checked 的 {value!r} 是将来的日期",
    },
    "profile.sources-list": {
        "en": "profile: sources must be a list of {title, url}",
        "zh": "联系资料：sources 应当是由 {title, url} 组成的列表",
    },
    "profile.source-mapping": {
        "en": "profile: each source must be a mapping {title, url}",
        "zh": "联系资料：每个来源都应当是映射 {title, url}",
    },
    "profile.warnings-list": {
        "en": "profile: warnings must be a list of {text, confidence}",
        "zh": "联系资料：warnings 应当是由 {text, confidence} 组成的列表",
    },
    "profile.warning-mapping": {
        "en": "profile: each warning must be a mapping {text, confidence}",
        "zh": "联系资料：每条提醒都应当是映射 {text, confidence}",
    },
    "profile.warning-rule": {
        "en": "profile: a warning's 'rule' is true (a safety rule for every wallet) or false",
        "zh": "联系资料：提醒的 'rule' 只能是 true（适用于所有钱包的安全规则）或 false",
    },
    "profile.rule-confidence": {
        "en": "profile: a warning with 'rule: true' is a safety rule that holds for every wallet; "
              "it takes no 'confidence' (only facts about the provider are confirmed or not)",
        "zh": "联系资料：带 'rule: true' 的提醒是适用于所有钱包的安全规则，不需要 'confidence'"
              "（只有关于服务商的事实才分已确认和待核实）",
    },
    "profile.confidence-missing": {
        "en": "{what}: missing field 'confidence' (H: on the provider's own page; M: several "
              "reputable secondary sources)",
        "zh": "{what}：缺少字段 'confidence'（H：来自服务商自己的页面；M：来自多个可靠的第三方来源）",
    },
    "profile.confidence": {
        "en": "{what}: confidence must be H or M, not {value!r} (L and unverified facts are "
              "never shipped)",
        "zh": "{what}：confidence 只能是 H 或 M，而不是 {value!r}（L 级和未经核实的信息一律不收录）",
    },
    "profile.channel-id": {
        "en": "channel: id {id!r} must be lower-case letters, digits and dashes",
        "zh": "渠道：编号 {id!r} 只能由小写字母、数字和短横线组成",
    },
    "profile.channel-kind": {
        "en": "{what}: unknown kind {kind!r} (use one of {known})",
        "zh": "{what}：未知的类型 {kind!r}（可选：{known}）",
    },
    "profile.tag": {
        "en": "{what}: unknown tag {tag!r} (use {known})",
        "zh": "{what}：未知的标签 {tag!r}（可选：{known}）",
    },
    "profile.needs-note": {
        "en": "{what}: a channel without a value needs a 'note' saying where to find it",
        "zh": "{what}：没有 value 的渠道需要写 'note'，说明在哪里能找到它",
    },
    "profile.hours-zone": {
        "en": "{what}: hours need a 'timezone' (on the channel or the profile)",
        "zh": "{what}：写了 hours 就需要 'timezone'（写在渠道或联系资料上）",
    },
    "profile.working-days": {
        "en": "{what}: calendar: working-days needs hours and a region whose working days to "
              "follow",
        "zh": "{what}：calendar: working-days 需要 hours，还需要一个 region 来确定哪些是工作日",
    },
    "profile.in-app-value": {
        "en": "{what}: an in-app channel has no value; say where to find it in 'note'",
        "zh": "{what}：应用内渠道不写 value；请在 'note' 里说明在哪里能找到它",
    },
    "profile.email": {
        "en": "{what}: {value!r} is not a plausible e-mail address",
        "zh": "{what}：{value!r} 不像是有效的电子邮件地址",
    },
    "profile.link-domain": {
        "en": "{what}: the link's host {host!r} is not one of the profile's domains ({known})",
        "zh": "{what}：链接的域名 {host!r} 不在这份联系资料的 domains 里（{known}）",
    },
    "profile.phone": {
        "en": "{what}: {value!r} is not a plausible phone number",
        "zh": "{what}：{value!r} 不像是有效的电话号码",
    },
    "profile.phone-hint": {
        "en": "{what}: {value!r} is not a plausible phone number (give it with +country code, "
              "or set a region)",
        "zh": "{what}：{value!r} 不像是有效的电话号码（请写上 + 和国家代码，或者设置 region）",
    },
    "profile.phone-region": {
        "en": "{what}: {value!r} is not a plausible phone number for region {region}",
        "zh": "{what}：{value!r} 不像是地区 {region} 的有效电话号码",
    },
    "profile.hours": {
        "en": "{what}: hours must be \"24/7\" or a list of {{days: mon-fri, time: "
              "\"09:00-18:00\"}}",
        "zh": "{what}：hours 应当是 \"24/7\"，或由 {{days: mon-fri, time: \"09:00-18:00\"}} "
              "组成的列表",
    },
    "profile.hours-entry": {
        "en": "{what}: each hours entry must be a mapping {{days, time}}",
        "zh": "{what}：hours 的每一项都应当是映射 {{days, time}}",
    },
    "profile.days": {
        "en": "{what}: days {value!r} must be like mon-fri, sat,sun or daily",
        "zh": "{what}：days 的 {value!r} 格式不对，应当像 mon-fri、sat,sun 或 daily 这样",
    },
    "profile.time": {
        "en": "{what}: time {value!r} must be HH:MM-HH:MM (end after start, 24:00 allowed) or 24h",
        "zh": "{what}：time 的 {value!r} 应当是 HH:MM-HH:MM（结束晚于开始，可以写 24:00）或 24h",
    },
    # -- authorities files (authorities.py) -------------------------------------------------
    "where.authorities": {"en": "authorities", "zh": "报案机构"},
    "where.contact": {"en": "contact", "zh": "联系方式"},
    "authorities.not-mapping": {
        "en": "an authorities file must be a mapping of fields (region, title, checked, "
              "sources, contacts)",
        "zh": "报案机构文件应当是由字段组成的映射（region、title、checked、sources、contacts）",
    },
    "authorities.region": {
        "en": "authorities: region must be a two-letter code such as CN, not {value!r}",
        "zh": "报案机构：region 应当是两个字母的代码（例如 CN），而不是 {value!r}",
    },
    "authorities.region-file": {
        "en": "authorities: region {region} does not match the file name {file!r}",
        "zh": "报案机构：region {region} 和文件名 {file!r} 不一致",
    },
    "authorities.sources": {
        "en": "authorities: sources must name where the facts come from",
        "zh": "报案机构：sources 必须写明这些信息的出处",
    },
    "authorities.contacts": {
        "en": "authorities: contacts must be a non-empty list",
        "zh": "报案机构：contacts 应当是非空的列表",
    },
    "authorities.contact-mapping": {
        "en": "authorities: each contact must be a mapping",
        "zh": "报案机构：每个联系方式都应当是映射",
    },
    "authorities.contact-twice": {
        "en": "contact: id {id!r} is used twice",
        "zh": "联系方式：编号 {id!r} 用了两次",
    },
    "authorities.value-phone": {
        "en": "contact {id}: value {value!r} is not a phone number",
        "zh": "联系方式 {id}：value 的 {value!r} 不是电话号码",
    },
    "authorities.value-web": {
        "en": "contact {id}: value {value!r} is not a host name such as ic3.gov",
        "zh": "联系方式 {id}：value 的 {value!r} 不是域名（例如 ic3.gov）",
    },
    "authorities.needs-value": {
        "en": "contact {id}: a {kind} contact needs a value",
        "zh": "联系方式 {id}：{kind} 类型的联系方式需要 value",
    },
    # -- scenario files (flows test) ------------------------------------------------------------
    "scenario.not-mapping": {
        "en": "a scenario file must be a mapping with 'flow' and 'scenarios'",
        "zh": "场景文件应当是包含 'flow' 和 'scenarios' 的映射",
    },
    "scenario.unknown-field": {
        "en": "unknown field {name!r} (known: flow, scenarios)",
        "zh": "未知字段 {name!r}（可用的字段：flow、scenarios）",
    },
    "scenario.flow": {"en": "'flow' must name a flow id", "zh": "'flow' 应当是一个流程编号"},
    "scenario.list": {
        "en": "'scenarios' must be a non-empty list",
        "zh": "'scenarios' 应当是非空的列表",
    },
    "scenario.item-mapping": {
        "en": "scenario {n} must be a mapping",
        "zh": "第 {n} 个场景应当是映射",
    },
    "scenario.item-unknown": {
        "en": "scenario {n}: unknown field {name!r} (known: name, answers, expect, now, wallet)",
        "zh": "第 {n} 个场景：未知字段 {name!r}（可用的字段：name、answers、expect、now、wallet）",
    },
    "scenario.now": {
        "en": "scenario {title!r}: now must be a time with its offset, such as "
              "2026-11-25T10:00:00+08:00",
        "zh": "场景 {title!r}：now 应当是带时差的时间，例如 2026-11-25T10:00:00+08:00",
    },
    "scenario.wallet": {
        "en": "scenario {title!r}: wallet must be a profile name, such as metamask",
        "zh": "场景 {title!r}：wallet 应当是联系资料的名称，例如 metamask",
    },
    "scenario.name": {"en": "scenario {n}: name must be text", "zh": "第 {n} 个场景：name 应当是文本"},
    "scenario.answers": {
        "en": "scenario {title!r}: answers must map question ids to answers",
        "zh": "场景 {title!r}：answers 应当把问题编号对应到回答",
    },
    "scenario.expect": {
        "en": "scenario {title!r}: expect must be a mapping with at least 'end'",
        "zh": "场景 {title!r}：expect 应当是映射，并且至少写明 'end'",
    },
    "scenario.expect-unknown": {
        "en": "scenario {title!r}: unknown expectation {name!r} (known: {known})",
        "zh": "场景 {title!r}：未知的预期项 {name!r}（可用的：{known}）",
    },
    # -- the settings file (config.toml) ----------------------------------------------------
    "settings.toml": {"en": "TOML syntax error: {error}", "zh": "TOML 语法错误：{error}"},
    "settings.unknown": {
        "en": "unknown setting {name!r} (known: {known})",
        "zh": "未知的设置项 {name!r}（可用的：{known}）",
    },
    "settings.lang": {"en": "lang must be \"en\" or \"zh\"", "zh": "lang 只能是 \"en\" 或 \"zh\""},
    "settings.profile": {"en": "profile must be text", "zh": "profile 应当是文本"},
    "settings.region": {
        "en": "region must be a two-letter code such as \"CN\" or \"GB\"",
        "zh": "region 应当是两个字母的代码，例如 \"CN\" 或 \"GB\"",
    },
    "settings.plain": {"en": "plain must be true or false", "zh": "plain 只能是 true 或 false"},
    "settings.zone": {
        "en": "zone must be a time zone name such as \"Asia/Shanghai\" or \"Europe/Berlin\"",
        "zh": "zone 应当是时区名称，例如 \"Asia/Shanghai\" 或 \"Europe/Berlin\"",
    },
    "settings.flows-dirs": {
        "en": "flows_dirs must be a list of folder paths",
        "zh": "flows_dirs 应当是由文件夹路径组成的列表",
    },
    "settings.bad-lang": {
        "en": "{origin}: unknown language {value!r} (use en or zh)",
        "zh": "{origin}：未知的语言 {value!r}（请用 en 或 zh）",
    },
    # -- check-up files (checkup/loader.py) --------------------------------------------------
    "where.checkup": {"en": "check-up", "zh": "自查"},
    "where.habit": {"en": "habit {id}", "zh": "习惯 {id}"},
    "where.habit-n": {"en": "habit {n}", "zh": "第 {n} 个习惯"},
    "where.answer": {"en": "{what}: answer {id}", "zh": "{what}：回答 {id}"},
    "where.answer-n": {"en": "{what}: answer {n}", "zh": "{what}：第 {n} 个回答"},
    "checkup.id-pattern": {
        "en": "{what}: {key} {shown} must be lower-case letters, digits and dashes (kebab-case)",
        "zh": "{what}：{key} {shown} 只能由小写字母、数字和短横线组成（kebab-case）",
    },
    "checkup.answers": {
        "en": "{what}: answers must be a list of at least two answers, each with id, mark and "
              "status",
        "zh": "{what}：answers 应当是至少包含两个回答的列表，每个回答都要有 id、mark 和 status",
    },
    "checkup.answer-duplicate": {
        "en": "{what}: duplicate answer id {id!r} (first at line {first})",
        "zh": "{what}：回答编号 {id!r} 重复（第一次出现在第 {first} 行）",
    },
    "checkup.mark-missing": {
        "en": "{what}: missing field 'mark' (one of {known})",
        "zh": "{what}：缺少字段 'mark'（可选：{known}）",
    },
    "checkup.mark": {
        "en": "{what}: mark must be one of {known}, not {value!r}",
        "zh": "{what}：mark 只能是 {known} 之一，而不是 {value!r}",
    },
    "checkup.needs-fix": {
        "en": "{what}: an answer marked {mark} needs a 'fix': what to do, in one or two sentences",
        "zh": "{what}：标为 {mark} 的回答需要 'fix'，用一两句话说明该怎么做",
    },
    "checkup.good-fix": {
        "en": "{what}: a good answer's 'fix' is never shown",
        "zh": "{what}：标为 good 的回答写了 'fix' 也不会显示",
    },
    "checkup.no-good": {
        "en": "{what}: no answer is marked good; say what the good habit is",
        "zh": "{what}：没有任何回答标为 good；请说明好的习惯是什么",
    },
    "checkup.habits-list": {
        "en": "check-up: habits must be a non-empty list",
        "zh": "自查：habits 应当是非空的列表",
    },
    "checkup.habit-duplicate": {
        "en": "duplicate habit id {id!r} (first at line {first})",
        "zh": "习惯编号 {id!r} 重复（第一次出现在第 {first} 行）",
    },
    "checkup.when-fact": {
        "en": "a habit's when can test only the wallet's facts ({known}), not {id!r}",
        "zh": "习惯的 when 只能检查钱包本身的情况（{known}），不能检查 {id!r}",
    },
    "checkup.top": {"en": "the top level must be a mapping", "zh": "文件顶层应当是映射（键: 值）"},
    "checkup.version": {
        "en": "check-up: version {version!r} is not supported (use 1)",
        "zh": "自查：不支持版本 {version!r}（请使用 1）",
    },
    "checkup.extension-field": {
        "en": "check-up: an extension (with 'extends') takes no {key!r}: it adds habits to "
              "check-up {target!r}",
        "zh": "自查：扩展文件（写了 'extends'）不能写 {key!r}，它只是给自查 {target!r} 增加习惯",
    },
    "checkup.extends-unknown": {
        "en": "check-up: extends {target!r}, which no check-up file defines (known: {known})",
        "zh": "自查：extends 指向的 {target!r} 没有任何自查文件定义（已有：{known}）",
    },
    # -- sums (compute:) --------------------------------------------------------------------
    "sum.too-long": {
        "en": "the expression is longer than {limit} characters",
        "zh": "算式超过了 {limit} 个字符",
    },
    "sum.invalid": {"en": "{source!r} is not a valid sum", "zh": "{source!r} 不是有效的算式"},
    "sum.number-too-large": {
        "en": "{source!r}: the number {number!r} is too large",
        "zh": "{source!r}：数字 {number!r} 太大了",
    },
    "sum.not-allowed": {
        "en": "{source!r} may only use numbers, names, + - * /, parentheses, min() and max()",
        "zh": "{source!r} 只能用数字、名字、+ - * /、括号、min() 和 max()",
    },
    # -- check-up scenario files --------------------------------------------------------------
    "scenario.checkup.not-mapping": {
        "en": "a scenario file must be a mapping with 'checkup' and 'scenarios'",
        "zh": "场景文件应当是包含 'checkup' 和 'scenarios' 的映射",
    },
    "scenario.checkup.unknown-field": {
        "en": "unknown field {name!r} (known: checkup, scenarios)",
        "zh": "未知字段 {name!r}（可用的字段：checkup、scenarios）",
    },
    "scenario.checkup.id": {
        "en": "'checkup' must name a check-up id",
        "zh": "'checkup' 应当是一个自查编号",
    },
    "scenario.checkup.answers": {
        "en": "scenario {title!r}: answers must map habit ids to answer ids",
        "zh": "场景 {title!r}：answers 应当把习惯编号对应到回答编号",
    },
    "scenario.checkup.expect": {
        "en": "scenario {title!r}: expect must be a mapping with marks, summary or exit",
        "zh": "场景 {title!r}：expect 应当是映射，写明 marks、summary 或 exit",
    },
    # -- the command line's folders and clock -------------------------------------------------
    "flows.no-folder": {
        "en": "--flows-dir {folder}: no such folder",
        "zh": "--flows-dir {folder}：文件夹不存在",
    },
    "errors.bad-now": {
        "en": "WALLETSUPPORT_NOW: {value!r} is not an ISO time such as 2026-11-25T10:00:00+08:00",
        "zh": "WALLETSUPPORT_NOW：{value!r} 不是 ISO 格式的时间（例如 2026-11-25T10:00:00+08:00）",
    },
    # -- flows test: why a scenario failed ----------------------------------------------------
    "scenario.flow-not-loaded": {"en": "flow {id!r} is not loaded", "zh": "流程 {id!r} 没有加载"},
    "scenario.checkup-not-loaded": {
        "en": "check-up {id!r} is not loaded",
        "zh": "自查 {id!r} 没有加载",
    },
    "scenario.fail.not-asked": {
        "en": "answers {id!r}, which the flow does not ask",
        "zh": "回答了 {id!r}，但流程并不问这个问题",
    },
    "scenario.fail.stops": {
        "en": "stops at question {id!r}: the scenario gives no answer",
        "zh": "停在问题 {id!r}：场景没有给出回答",
    },
    "scenario.fail.answer": {"en": "answer for {id!r}: {reason}", "zh": "{id!r} 的回答：{reason}"},
    "scenario.fail.unused": {
        "en": "answer for {id!r} is never asked on this path",
        "zh": "这条路径上从不会问到 {id!r}，它的回答用不上",
    },
    "scenario.fail.end": {
        "en": "ends at {got!r}, expected {wanted!r}",
        "zh": "结束于 {got!r}，预期是 {wanted!r}",
    },
    "scenario.fail.outcome": {
        "en": "outcome {got!r}, expected {wanted!r}",
        "zh": "结果是 {got!r}，预期是 {wanted!r}",
    },
    "scenario.fail.advice": {
        "en": "advice {got}, expected {wanted}",
        "zh": "显示的建议是 {got}，预期是 {wanted}",
    },
    "scenario.fail.value": {
        "en": "value {name!r} is {got!r}, expected {wanted!r}",
        "zh": "值 {name!r} 是 {got!r}，预期是 {wanted!r}",
    },
    "scenario.fail.check-by": {
        "en": "check again by {got!r}, expected {wanted!r}",
        "zh": "复查日期是 {got!r}，预期是 {wanted!r}",
    },
    "scenario.fail.advice-shown": {
        "en": "advice {id!r} is shown, expected it not to be",
        "zh": "显示了建议 {id!r}，预期不显示",
    },
    "scenario.fail.asked": {
        "en": "question {id!r} is asked, expected it not to be",
        "zh": "问了问题 {id!r}，预期不问",
    },
    "scenario.fail.text": {
        "en": "{word!r} appears in a text on this path, expected it not to: {text!r}",
        "zh": "这条路径上的文字里出现了 {word!r}，预期不出现：{text!r}",
    },
    "scenario.fail.checklist-listed": {
        "en": "checklist lists {id!r}, expected it not to",
        "zh": "准备清单列出了 {id!r}，预期不列出",
    },
    "scenario.fail.path": {"en": "path {got}, expected {wanted}", "zh": "路径是 {got}，预期是 {wanted}"},
    "scenario.fail.no-item": {
        "en": "checklist has no item {id!r}",
        "zh": "准备清单里没有 {id!r} 这一项",
    },
    "scenario.fail.item": {
        "en": "checklist {id!r} is {got!r}, expected {wanted!r}",
        "zh": "准备清单项 {id!r} 是 {got!r}，预期是 {wanted!r}",
    },
    "scenario.fail.checkup-not-asked": {
        "en": "answers {id!r}, which the check-up does not ask",
        "zh": "回答了 {id!r}，但自查并不问这一项",
    },
    "scenario.fail.not-an-answer": {
        "en": "answer for {id!r}: {value!r} is not one of {known}",
        "zh": "{id!r} 的回答：{value!r} 不是 {known} 之一",
    },
    "scenario.fail.no-habit": {
        "en": "answers no habit of the check-up",
        "zh": "没有回答自查里的任何一项习惯",
    },
    "scenario.fail.marks-unknown": {
        "en": "marks: the check-up has no habit {id!r}",
        "zh": "marks：自查里没有习惯 {id!r}",
    },
    "scenario.fail.mark": {
        "en": "habit {id!r} is {got}, expected {wanted}",
        "zh": "习惯 {id!r} 是 {got}，预期是 {wanted}",
    },
    "scenario.fail.summary-mark": {
        "en": "summary: {mark!r} is not one of {known}",
        "zh": "summary：{mark!r} 不是 {known} 之一",
    },
    "scenario.fail.summary": {
        "en": "{got} {mark}, expected {wanted}",
        "zh": "{mark} 有 {got} 项，预期是 {wanted} 项",
    },
    "scenario.fail.exit": {
        "en": "exit code {got}, expected {wanted}",
        "zh": "退出码是 {got}，预期是 {wanted}",
    },
    # -- PyYAML's own complaints (yamlsrc._YAML_PROBLEMS) -------------------------------------
    "yaml.p.mapping-values": {
        "en": "mapping values are not allowed here",
        "zh": "这里不能出现“键: 值”（可能是缩进不对，或者文本里的冒号需要加引号）",
    },
    "yaml.p.expected-key": {
        "en": "did not find expected key",
        "zh": "没有找到应有的键（多半是缩进没有对齐）",
    },
    "yaml.p.expected-dash": {
        "en": "did not find expected '-' indicator",
        "zh": "没有找到应有的 '-'（列表项的缩进没有对齐）",
    },
    "yaml.p.expected-colon": {
        "en": "could not find expected ':'",
        "zh": "没有找到应有的 ':'",
    },
    "yaml.p.tab": {
        "en": "found character '\\t' that cannot start any token",
        "zh": "这里有制表符（Tab）；YAML 的缩进只能用空格",
    },
    "yaml.p.char": {
        "en": "found character {char} that cannot start any token",
        "zh": "字符 {char} 不能出现在这里（需要的话请给文本加上引号）",
    },
    "yaml.p.end-of-stream": {
        "en": "found unexpected end of stream",
        "zh": "文件意外结束（可能少了一个引号或括号）",
    },
    "yaml.p.block-end": {
        "en": "expected <block end>, but found {found}",
        "zh": "这一行的缩进和上文对不齐（这里出现了 {found}）",
    },
    "yaml.p.sequence": {
        "en": "expected ',' or ']', but got {found}",
        "zh": "列表 [...] 没有正确结束：缺少 ',' 或 ']'（这里出现了 {found}）",
    },
    "yaml.p.mapping": {
        "en": "expected ',' or '}}', but got {found}",
        "zh": "映射 {{...}} 没有正确结束：缺少 ',' 或 '}}'（这里出现了 {found}）",
    },
    "yaml.p.escape": {
        "en": "found unknown escape character {char}",
        "zh": "未知的转义字符 {char}（在双引号里，反斜杠要写成 \\\\）",
    },
    "yaml.p.alias": {
        "en": "found undefined alias {name}",
        "zh": "别名 {name} 没有定义",
    },
    "yaml.p.mapping-values-c": {
        "en": "mapping values are not allowed in this context",
        "zh": "这里不能出现“键: 值”（可能是缩进不对，或者文本里的冒号需要加引号）",
    },
    "yaml.p.char-c": {
        "en": "found character that cannot start any token",
        "zh": "这里有不能出现的字符（缩进用了 Tab，或者 @、` 开头的文本没有加引号）",
    },
    "yaml.p.sequence-c": {
        "en": "did not find expected ',' or ']'",
        "zh": "列表 [...] 没有正确结束：缺少 ',' 或 ']'",
    },
    "yaml.p.mapping-c": {
        "en": "did not find expected ',' or '}'",
        "zh": "映射 {...} 没有正确结束：缺少 ',' 或 '}'",
    },
    "yaml.p.escape-c": {
        "en": "found unknown escape character",
        "zh": "双引号里有未知的转义字符（反斜杠要写成 \\\\）",
    },
    "yaml.p.node-c": {
        "en": "did not find expected node content",
        "zh": "这里缺少应有的内容（多半是列表或映射没有写完，比如少了 ] 或 }）",
    },
    "yaml.p.node": {
        "en": "expected the node content, but found {found}",
        "zh": "这里缺少应有的内容（多半是列表或映射没有写完，比如少了 ] 或 }}；这里出现了 {found}）",
    },
    "yaml.p.dash-c": {
        "en": "block sequence entries are not allowed in this context",
        "zh": "这里不能出现列表项“- ”（要么换一行并缩进，要么给文本加上引号）",
    },
    "yaml.p.dash": {
        "en": "sequence entries are not allowed here",
        "zh": "这里不能出现列表项“- ”（要么换一行并缩进，要么给文本加上引号）",
    },
}

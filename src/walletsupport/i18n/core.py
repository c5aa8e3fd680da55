"""Messages shared by every command: errors, yes/no, outcomes."""

MESSAGES: dict[str, dict[str, str]] = {
    "errors.cancelled": {
        "en": "Stopped; nothing was sent anywhere.",
        "zh": "已中断，没有发送任何内容。",
    },
    "errors.two-profiles": {
        "en": "Two profiles named: {first} and --profile {second}. Name one.",
        "zh": "指定了两个联系资料：{first} 和 --profile {second}。请只指定一个。",
    },
    "errors.unknown-flow": {
        "en": "Unknown problem {flow!r}. Known problems: {known}",
        "zh": "没有名为“{flow}”的问题。可选的问题有：{known}",
    },
    "errors.input-ended": {
        "en": "Input ended before this question was answered: {prompt}",
        "zh": "这个问题还没回答，输入就结束了：{prompt}",
    },
    "errors.no-input-missing": {
        "en": "No answer given for question {question!r} ({prompt}); --no-input forbids asking.",
        "zh": "问题“{question}”（{prompt}）没有答案；使用 --no-input 时不会提问。",
    },
    "errors.bad-answer": {
        "en": "Answer for {question!r} from {origin}: {reason} Allowed: {allowed}",
        "zh": "{origin} 里问题“{question}”的答案有误：{reason}可选的值：{allowed}",
    },
    "errors.bad-answer-free": {
        "en": "Answer for {question!r} from {origin}: {reason}",
        "zh": "{origin} 里问题“{question}”的答案有误：{reason}",
    },
    "errors.unknown-question": {
        "en": "{origin} answers {question!r}, which flow {flow!r} does not ask. Its questions: {known}",
        "zh": "{origin} 回答了“{question}”，但流程“{flow}”并不问这个问题。它的问题有：{known}",
    },
    "errors.bad-set": {
        "en": "--set takes ID=VALUE, not {value!r}",
        "zh": "--set 的格式应为 ID=VALUE，而不是“{value}”",
    },
    "errors.answers-other-flow": {
        "en": "{path}: these answers are for flow {named!r}, not {flow!r}",
        "zh": "{path}：这些答案属于流程“{named}”，不是“{flow}”",
    },
    "errors.flow-loops": {
        "en": "{path}: the flow loops without reaching a question or an end (at node {node!r})",
        "zh": "{path}：流程在绕圈，到不了任何问题或结束节点（在节点“{node}”）",
    },
    "errors.leads-nowhere": {
        "en": "node {node!r} leads nowhere",
        "zh": "节点“{node}”之后无路可走",
    },
    "errors.answers-file": {
        "en": "{path}: the answers file must map question ids to answers",
        "zh": "{path}：答案文件应由“问题 ID: 答案”这样的条目组成",
    },
    "errors.unknown-case": {
        "en": "No case with id {case!r}. 'walletsupport cases list' shows the saved cases.",
        "zh": "没有编号为 {case} 的记录。运行 'walletsupport cases list' 查看已保存的记录。",
    },
    "errors.case-id-not-a-number": {
        "en": "{case!r} is not a case id: a case id is a number, such as 3 "
              "('walletsupport cases list' shows them).",
        "zh": "“{case}”不是记录编号：编号是一个数字，例如 3（运行 'walletsupport cases list' "
              "可以查看）。",
    },
    "errors.no-cases": {
        "en": "There are no saved cases yet. Run 'walletsupport diagnose' first.",
        "zh": "还没有保存的记录。请先运行 'walletsupport diagnose'。",
    },
    "errors.resume-finished": {
        "en": "Case {case} is finished, not an unfinished diagnosis; correct it with 'walletsupport cases edit {case}'.",
        "zh": "记录 {case} 已经完成，不是未完成的诊断；要修改请运行 'walletsupport cases edit {case}'。",
    },
    "errors.no-draft": {
        "en": "There is no unfinished case to resume.",
        "zh": "没有可以继续的未完成记录。",
    },
    "answer.yes": {"en": "yes", "zh": "是"},
    "answer.no": {"en": "no", "zh": "否"},
    "answer.list-separator": {"en": "; ", "zh": "；"},
    "answer.none-of-these": {"en": "none of these", "zh": "以上都没有"},
    "outcome.resolved": {"en": "Resolved", "zh": "已解决"},
    "outcome.contact-support": {"en": "Contact support", "zh": "需要联系客服"},
    "outcome.urgent": {"en": "Urgent", "zh": "紧急"},
    "outcome.wait": {"en": "Wait and check again", "zh": "先等待"},
    "outcome.estimate": {"en": "Estimate", "zh": "估算结果"},
    "outcome.self-check": {"en": "Check it yourself", "zh": "需要自己核查"},
    "outcome.ask-bank": {"en": "Ask your bank first", "zh": "先问银行"},
    "outcome.ask-sender": {"en": "Ask the sender first", "zh": "先问转出方"},
    "check-by.after-days": {"en": "{days} days from now", "zh": "{days} 天后"},
    # A wait end's then-line for a user who already contacted support, when the end has
    # no `followup` of its own: its `then`, which may hold specifics, and a follow-up line.
    "check-by.followup": {
        "en": "{then} You have already contacted support: follow up in that conversation rather than starting a new one.",
        "zh": "{then}你已经联系过客服，请在已有的对话或工单里继续跟进，不用另开新的。",
    },
    "severity.info": {"en": "info", "zh": "提示"},
    "severity.warning": {"en": "Warning", "zh": "注意"},
    "severity.urgent": {"en": "URGENT", "zh": "紧急"},
    # One mark for a warning or urgent step on every screen and export.
    "severity.mark": {"en": "{label}: ", "zh": "【{label}】"},
}

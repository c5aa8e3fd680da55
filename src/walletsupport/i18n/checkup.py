"""Messages of `checkup`: the questions' frame, the marks, the result and what comes next."""

MESSAGES: dict[str, dict[str, str]] = {
    "checkup.answer.yes": {"en": "Yes", "zh": "是"},
    "checkup.answer.no": {"en": "No", "zh": "否"},
    "checkup.answer.unsure": {"en": "I'm not sure", "zh": "不确定"},
    "checkup.progress": {"en": "Question {number} of {total}: {prompt}", "zh": "第 {number}/{total} 题：{prompt}"},
    "checkup.outside": {
        "en": "Some questions come from {paths}, not from walletsupport itself.",
        "zh": "部分问题来自 {paths}，并非 walletsupport 自带。",
    },
    "checkup.results": {"en": "Your check-up", "zh": "自查结果"},
    "checkup.mark.good": {"en": "good", "zh": "良好"},
    "checkup.mark.could-be-better": {"en": "could be better", "zh": "有待改进"},
    "checkup.mark.at-risk": {"en": "at risk", "zh": "有风险"},
    "checkup.line": {"en": "{title} — {status}", "zh": "{title}——{status}"},
    "checkup.line.plain": {"en": "{mark}: {title} — {status}", "zh": "【{mark}】{title}——{status}"},
    "checkup.line.export": {"en": "{symbol} {mark}: {title} — {status}", "zh": "{symbol}【{mark}】{title}——{status}"},
    "checkup.fix": {"en": "How to fix it", "zh": "处理办法"},
    "checkup.where": {"en": "Where", "zh": "在哪里找"},
    "checkup.label": {"en": "{label}: ", "zh": "{label}："},
    "checkup.summary.good": {"en": "{good} of {total} good", "zh": "{total} 项中 {good} 项良好"},
    "checkup.summary.risk": {"en": "; {count} at risk", "zh": "，{count} 项有风险"},
    "checkup.summary.no-risk": {"en": "; nothing at risk", "zh": "，没有风险项"},
    "checkup.summary.better": {"en": "; {count} could be better", "zh": "，另有 {count} 项有待改进"},
    "checkup.summary.end": {"en": ".", "zh": "。"},
    "checkup.verdict.at-risk": {
        "en": "Fix the ✗ items first: each one is a way into your account or your money.",
        "zh": "请先处理标 ✗ 的项目：每一项都可能让别人进入你的账户或动到你的钱。",
    },
    "checkup.verdict.at-risk.plain": {
        "en": "Fix the items at risk first: each one is a way into your account or your money.",
        "zh": "请先处理“有风险”的项目：每一项都可能让别人进入你的账户或动到你的钱。",
    },
    # In Chinese the summary line just above already ends 没有风险项: the verdict does not say it twice.
    "checkup.verdict.could-be-better": {
        "en": "Nothing is at risk. The ! items are worth a few minutes when you have them.",
        "zh": "标 ! 的项目，有空时花几分钟改进一下就好。",
    },
    "checkup.verdict.could-be-better.plain": {
        "en": "Nothing is at risk. The items that could be better are worth a few minutes when you have them.",
        "zh": "“有待改进”的项目，有空时花几分钟处理一下就好。",
    },
    "checkup.verdict.good": {
        "en": "All good. Run the check-up again every few months, or after changing phones.",
        "zh": "全部良好。建议每隔几个月，或者换手机之后，再做一次自查。",
    },
    "checkup.verdict.good.plain": {
        "en": "All good. Run the check-up again every few months, or after changing phones.",
        "zh": "全部良好。建议每隔几个月，或者换手机之后，再做一次自查。",
    },
    "checkup.diagnose": {
        "en": "If you think something may already have been misused — a payment you didn't make, a sign-in you don't recognise — run:",
        "zh": "如果怀疑已经被人利用（有不是你做的付款、不认识的登录），请运行：",
    },
    "checkup.save.prompt": {
        "en": "Keep this result as a case, to compare later or export?",
        "zh": "要把这次结果保存为记录，方便以后对比或导出吗？",
    },
    "checkup.saved": {
        "en": "Saved as case {case}. Export it: walletsupport export {case}",
        "zh": "已保存为记录 {case}。导出：walletsupport export {case}",
    },
    "checkup.go-on": {
        "en": "Your answers so far are not saved; to go on from here: {command}",
        "zh": "目前的回答没有保存；要从这里继续，请运行：{command}",
    },
    "checkup.not-a-flow": {
        "en": "{id!r} is a security check-up, not a problem to diagnose: run 'walletsupport checkup'.",
        "zh": "“{id}”是安全自查，不是要诊断的问题：请运行 'walletsupport checkup'。",
    },
    "checkup.created": {"en": "Checked", "zh": "自查时间"},
    "checkup.habits": {"en": "Habits", "zh": "各项结果"},
    "checkup.unknown": {
        "en": "Unknown check-up {checkup!r}. Known check-ups: {known}",
        "zh": "没有名为“{checkup}”的自查。可用的自查有：{known}",
    },
    "checkup.unknown-habit": {
        "en": "{origin} answers {habit!r}, which check-up {checkup!r} does not ask. Its questions: {known}",
        "zh": "{origin} 回答了“{habit}”，但自查“{checkup}”并不问这个问题。它的问题有：{known}",
    },
    "flows.test.checkup-coverage": {
        "en": "coverage {checkup}: {answers}/{all_answers} answers, {marks}/{all_marks} marks",
        "zh": "覆盖率 {checkup}：答案 {answers}/{all_answers}，评级 {marks}/{all_marks}",
    },
    "flows.test.missing-answers": {
        "en": "answers no scenario gives: {answers}",
        "zh": "没有场景给出过的答案：{answers}",
    },
    "outcome.good": {"en": "All good", "zh": "全部良好"},
    "outcome.could-be-better": {"en": "Could be better", "zh": "有待改进"},
    "outcome.at-risk": {"en": "At risk", "zh": "有风险"},
}

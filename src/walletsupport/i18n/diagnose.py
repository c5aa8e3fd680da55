"""Messages of `diagnose`: prompts, advice, the closing screen."""

MESSAGES: dict[str, dict[str, str]] = {
    # Prompts
    "review.title": {"en": "Check your answers before the outcome:", "zh": "看结论之前，请核对你的回答："},
    "review.answer": {"en": "your answer: {answer}", "zh": "你的回答：{answer}"},
    "review.ok": {"en": "Looks right, show the result", "zh": "没问题，查看结果"},
    "review.change": {"en": "{prompt} → {answer}", "zh": "{prompt} → {answer}"},
    "review.instruction": {"en": "(Enter shows the result; to change an answer, press its key, then Enter)", "zh": "（回车查看结果；要修改某个回答，先按它前面的键，再按回车）"},
    "review.plain.how": {"en": "Press Enter if these are right, or type the number of an answer to change it (1–{count}).", "zh": "如果都没问题，直接回车；要修改某个回答，请输入它的编号（1–{count}）。"},
    "review.plain.pick": {"en": "Press Enter, or type a number from 1 to {count}.", "zh": "请直接回车，或输入 1 到 {count} 之间的编号。"},
    "review.skipped": {"en": "(skipped)", "zh": "（已跳过）"},
    "review.derived": {"en": "{answer} (from your answer: {source})",
                       "zh": "{answer}（根据你填的“{source}”得出）"},
    "progress": {"en": "Question {number} of about {total}", "zh": "第 {number} 题，共约 {total} 题"},
    "prompt.back": {"en": "Back to the previous question", "zh": "返回上一步"},
    "prompt.back.arrow": {"en": "← Back", "zh": "← 返回上一步"},
    "prompt.yes": {"en": "Yes", "zh": "是"},
    "prompt.no": {"en": "No", "zh": "否"},
    "prompt.again": {"en": "  ! {reason} Please try again.", "zh": "  ！{reason}请重新输入。"},
    "prompt.plain.multi": {
        "en": "  (type the numbers of all that apply, separated by commas or spaces, then Enter)",
        "zh": "  （可多选：输入所有符合的编号，用逗号或空格分隔，再回车）",
    },
    "prompt.plain.optional": {"en": "press Enter to skip", "zh": "可直接回车跳过"},
    "prompt.plain.hint": {"en": "  ({hint})", "zh": "  （{hint}）"},
    "prompt.plain.with-enter": {"en": "{prompt} ({enter})", "zh": "{prompt}（{enter}）"},
    "prompt.plain.back-hint": {"en": "type < to go back", "zh": "输入 < 返回上一步"},
    "prompt.plain.previous": {
        "en": "  (your earlier answer: {answer}; press Enter to keep it)",
        "zh": "  （上次的回答：{answer}；直接回车即可保留）",
    },
    "prompt.plain.pick-number": {
        "en": "Type a number from 1 to {count}.",
        "zh": "只能输入 1 到 {count} 之间的编号。",
    },
    "prompt.plain.pick-number.back": {
        "en": "Type a number from 1 to {count}, or 0 to go back.",
        "zh": "只能输入 1 到 {count} 之间的编号，或者输入 0 返回上一步。",
    },
    "prompt.plain.pick-numbers": {
        "en": "Type numbers from 1 to {count}, separated by commas.",
        "zh": "只能输入 1 到 {count} 之间的编号，多个编号用逗号分隔。",
    },
    "prompt.plain.yes-no": {"en": "Answer y (yes) or n (no).", "zh": "只能回答“是”或“否”（也可以输入 y 或 n）。"},
    "prompt.plain.yes-no-mark": {"en": " (y/n)", "zh": "（是/否）"},
    "prompt.text.back-hint": {"en": "type < to go back", "zh": "输入 < 返回上一步"},
    "prompt.words.finish": {"en": "(describe the problem, then Enter)",
                            "zh": "（把问题写完，按回车）"},
    "prompt.select.instruction": {"en": "(arrow keys, then Enter)", "zh": "（方向键选择，回车确认）"},
    "answer-error.too-long": {
        "en": "That is longer than {limit} characters; support needs the key facts only.",
        "zh": "内容超过了 {limit} 个字符；客服只需要关键信息。",
    },
    "prompt.checkbox.instruction": {
        "en": "(space to tick each one that applies, Enter to confirm)",
        "zh": "（按空格勾选所有符合的项，回车确认）",
    },
    "prompt.checkbox.instruction.back": {
        "en": "(space to tick each one that applies, Enter to confirm, ← to go back)",
        "zh": "（按空格勾选所有符合的项，回车确认，← 返回上一步）",
    },
    "prompt.none-of-these": {"en": "None of these", "zh": "以上都没有"},
    "prompt.multi.none-alone": {
        "en": "\"None of these\" cannot be ticked together with other choices.",
        "zh": "“以上都没有”不能和其他选项同时勾选。",
    },
    "prompt.multi.empty-required.arrows": {
        "en": "Nothing ticked: this decides your advice. Tick with space.",
        "zh": "还没勾选：给你什么建议要看这一题，请按空格勾选符合的项。",
    },
    "prompt.multi.empty-required.plain": {
        "en": "Nothing picked yet, and this question decides your advice: type the number of each one that applies.",
        "zh": "还没有选择任何一项。给你什么建议要看这一题，符合的编号都要输入。",
    },
    "prompt.multi.empty-optional.arrows": {
        "en": "Nothing ticked yet: tick what applies, or “None of these”.",
        "zh": "还没勾选：按空格勾选符合的项，或勾选“以上都没有”。",
    },
    "prompt.multi.empty-optional.plain": {
        "en": "Nothing picked yet: type the number of each one that applies, or {count} for none of these.",
        "zh": "还没有选择任何一项：请输入符合项的编号；都不符合就输入 {count}。",
    },
    "answer-error.not-a-choice": {
        "en": "{value!r} is not one of the choices.",
        "zh": "“{value}”不在可选项中。",
    },
    "answer-error.not-yes-no": {"en": "{value!r} is not yes or no.", "zh": "“{value}”既不是“是”也不是“否”。"},
    "answer-error.not-a-list": {"en": "{value!r} is not a list of choices.", "zh": "“{value}”不是选项列表。"},
    "answer-error.pick-one": {"en": "Pick at least one.", "zh": "请至少选择一项。"},
    "answer-error.alone": {
        "en": "“{choice}” cannot be ticked together with other choices.",
        "zh": "“{choice}”不能和其他选项同时勾选。",
    },
    "answer-error.not-text": {"en": "{value!r} is not text.", "zh": "“{value}”不是文字。"},
    "answer-error.contradicts": {
        "en": "“{picked}” does not fit your earlier answer “{source}”: going by that, "
              "it is {fits}. Change this answer, or go back and correct the earlier one.",
        "zh": "“{picked}”和你前面填的时间“{source}”对不上：按那个时间算，应该是{fits}。"
              "要是前面的时间填错了，也可以返回去改。",
    },
    "answer-error.contradicts-fee": {
        "en": "“{picked}” does not fit the figures above: you were charged {given}, the "
              "withdrawal page gives {worked}, {gap} apart. Pick what looks wrong, or go back and "
              "correct a figure.",
        "zh": "“{picked}”和上面的数字对不上：实际扣了 {given}，提币页面上写的是 {worked}，"
              "相差 {gap}。要是前面的数字填错了，也可以返回去改。",
    },
    "answer-error.contradicts-sum": {
        "en": "“{picked}” does not fit the sum above: you were charged {given}, the published "
              "rate gives {worked}, {gap} apart. Pick what looks wrong, or go back and correct "
              "a figure.",
        "zh": "“{picked}”和上面的算式对不上：实际扣了 {given}，按公布的费率应是 {worked}，"
              "相差 {gap}。要是前面的数字填错了，也可以返回去改。",
    },
    "answer-error.contradicts.or": {"en": " or ", "zh": "或"},
    "answer-error.need-answer": {
        "en": "An answer is needed here.",
        "zh": "这个问题必须回答。",
    },
    "answer-error.not-a-number": {
        "en": "{value!r} holds no number, such as 10000 or ¥1,250.50.",
        "zh": "看不出“{value}”是多少（应填写像 10000 或 ¥1,250.50 这样的数）。",
    },
    "answer-error.in-question": {"en": "question {question!r}: {reason}", "zh": "问题“{question}”：{reason}"},
    "answer-error.in-question.allowed": {
        "en": "question {question!r}: {reason} Allowed: {allowed}.",
        "zh": "问题“{question}”：{reason}可以填写：{allowed}。",
    },
    "answer-error.flow-ended": {"en": "The flow has already ended.", "zh": "这个流程已经结束了。"},
    "answer-error.unanswered": {"en": "This question is still unanswered.", "zh": "这个问题还没有回答。"},
    "answer-error.invalid": {"en": "That answer does not fit.", "zh": "这个回答不符合要求。"},
    # Choosing the problem
    "diagnose.choose": {"en": "What is the problem?", "zh": "遇到了什么问题？"},
    "diagnose.describe": {"en": "Describe it in your own words", "zh": "用自己的话描述问题"},
    "diagnose.describe.prompt": {
        "en": "Describe the problem in a sentence (English or Chinese).",
        "zh": "用一句话描述你遇到的问题（中文或英文都可以）。",
    },
    "diagnose.describe.example": {
        "en": "e.g. my withdrawal hasn't arrived after three days",
        "zh": "例如：提现三天了还没到账",
    },
    "diagnose.matches": {"en": "These look closest. Which one fits?", "zh": "下面几项最接近，哪一项符合你的情况？"},
    "diagnose.none-of-these": {"en": "None of these: show the full list", "zh": "都不是：显示完整列表"},
    "diagnose.no-match": {
        "en": "Nothing matched those words; please pick from the list.",
        "zh": "没有找到匹配的问题，请从列表中选择。",
    },
    "errors.flow-needed": {
        "en": "Name the problem to diagnose (with --no-input nothing is asked). Known problems: {known}",
        "zh": "请指定要诊断的问题（使用 --no-input 时不会提问）。可选的问题有：{known}",
    },
    "diagnose.draft-offer": {
        "en": "You began on this problem earlier and answered {count} of its questions "
              "(record {case}, saved {when}).",
        "zh": "你上次的这项诊断还没做完：已经答了 {count} 道题（本机记录号 {case}，"
              "保存于 {when}）。",
    },
    "diagnose.draft-continue": {
        "en": "Continue where I left off",
        "zh": "接着上次的继续",
    },
    "diagnose.draft-new": {
        "en": "Start again (the earlier one stays in `cases list` as {case})",
        "zh": "重新开始（上次那份仍会保留在记录列表里，记录号 {case}）",
    },
    "diagnose.notice-mark": {"en": "Note: ", "zh": "提示："},
    "diagnose.resuming": {
        "en": "Continuing unfinished case {case} where you left off.",
        "zh": "继续未完成的记录 {case}，从上次停下的地方开始。",
    },
    "diagnose.words-kept": {
        "en": "Your description is kept (unfinished case {case}): 'walletsupport diagnose --resume {case}' continues where you stopped.",
        "zh": "你的描述已经保存（未完成记录 {case}）：运行 'walletsupport diagnose --resume {case}' 可以从停下的地方继续。",
    },
    "diagnose.draft-kept": {
        "en": "Your answers so far are kept (unfinished case {case}): 'walletsupport diagnose --resume {case}' continues where you stopped.",
        "zh": "已回答的内容都保存好了（未完成记录 {case}）：运行 'walletsupport diagnose --resume {case}' 可以从停下的地方继续。",
    },
    "diagnose.flow-source": {
        "en": "These questions come from {path}, not from walletsupport itself.",
        "zh": "这些问题来自 {path}，不是 walletsupport 自带的。",
    },
    # Advice and closing screen
    "diagnose.advice": {"en": "What to do", "zh": "建议"},
    # Chinese takes no space after the mark, so a long line folds right after it.
    "diagnose.outcome.line": {"en": "Outcome: {outcome}. ", "zh": "结论：{outcome}。"},
    # The wait messages open with a sentence of their own (目前看不出异常。很可能是限额导致的…),
    # so 先等待 ends with 。: a comma ran three clauses together (先等待，很可能是…，钱还在…).
    "diagnose.outcome.line.wait": {"en": "Outcome: {outcome}. ", "zh": "结论：{outcome}。"},
    "diagnose.check-by": {"en": "Then: {then}", "zh": "到时：{then}"},
    "diagnose.check-by.passed": {
        "en": "That day has already passed: {then}",
        "zh": "这个日期已经过了：{then}",
    },
    "diagnose.checklist": {"en": "Checklist: details to gather", "zh": "准备清单"},
    "diagnose.checklist.value": {"en": "{label}: ", "zh": "{label}："},
    "diagnose.checklist.legend": {
        "en": "  [x] filled in from your answers   [ ] still to gather",
        "zh": "  [x] 已根据你的回答填写   [ ] 还需准备",
    },
    "diagnose.reminder": {
        "en": "Official support never asks for your password, recovery phrase or verification code. Anyone who does is a scammer.",
        "zh": "官方客服绝不会索要你的密码（含支付密码）、验证码或助记词。凡是索要这些的，都是骗子。",
    },
    "diagnose.saved": {"en": "Case {case} saved in {path}", "zh": "记录 {case} 已保存在 {path}"},
    "diagnose.export-hint": {
        "en": "Export it for support: walletsupport export {case} --format markdown",
        "zh": "导出摘要发给客服：walletsupport export {case} --format markdown",
    },
    "diagnose.export.prompt": {
        "en": "Copy or save the summary for support now?",
        "zh": "要现在复制或保存这份摘要，方便发给客服吗？",
    },
    "diagnose.export.copy": {"en": "Copy to clipboard", "zh": "复制到剪贴板"},
    "diagnose.export.save": {"en": "Save to a file", "zh": "保存为文件"},
    "diagnose.export.show": {"en": "Show here", "zh": "在这里显示"},
    "diagnose.export.enter": {"en": "Enter: not now", "zh": "直接回车表示暂不需要"},
    "diagnose.export.skip": {"en": "Not now", "zh": "暂不需要"},
    "diagnose.export.path": {"en": "File name for the summary", "zh": "摘要文件名"},
    "diagnose.export.copied": {
        "en": "The summary is on the clipboard: paste it into the support chat or email.",
        "zh": "摘要已复制，可以直接粘贴到客服对话或邮件里。",
    },
    "diagnose.export.path-default": {"en": "Enter for {name}", "zh": "直接回车则保存为 {name}"},
    "diagnose.export.exists": {
        "en": "{path} already exists. Replace it?",
        "zh": "{path} 已经存在。要替换它吗？",
    },
    "diagnose.export.other-name": {
        "en": "No, choose another name",
        "zh": "不，换一个文件名",
    },
    "diagnose.export.replace": {
        "en": "Yes, replace it",
        "zh": "是，替换它",
    },
    "diagnose.export.instead": {
        "en": "Save the summary or show it here instead?",
        "zh": "改为把摘要保存为文件，或在这里显示？",
    },
    "diagnose.export.written": {"en": "Summary saved to {path}", "zh": "摘要已保存到 {path}"},
}

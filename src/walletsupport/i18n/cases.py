"""Messages of saved cases, `walletsupport cases ...`, `export` and follow-up messages."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, dict[str, str]] = {
    # -- the case database --------------------------------------------------------------
    "cases.cannot-open": {
        "en": "Cannot open the case database {path}: {error}",
        "zh": "无法打开记录数据库 {path}：{error}",
    },
    "cases.bad-db": {
        "en": "{path} is not a usable case database ({error}). Move it aside to start afresh.",
        "zh": "{path} 不是可用的记录数据库（{error}）。把它移到别处，即可重新开始。",
    },
    "cases.newer-db": {
        "en": "{path} was written by a newer walletsupport; update walletsupport to use it.",
        "zh": "{path} 是由更新版本的 walletsupport 写入的；请先升级 walletsupport。",
    },
    "cases.cannot-write": {
        "en": "Cannot save to the case database {path} ({error}); nothing was changed.",
        "zh": "无法写入记录数据库 {path}（{error}），没有做任何更改。",
    },
    "cases.empty-note": {
        "en": "The note is empty; write what support answered.",
        "zh": "备注是空的；请写下客服的答复。",
    },
    "cases.bad-status": {
        "en": "Unknown status {status!r}. Use one of: {allowed}",
        "zh": "没有“{status}”这个状态。可用的状态：{allowed}",
    },
    "cases.status.draft": {"en": "unfinished", "zh": "未完成"},
    "cases.status.open": {"en": "open", "zh": "待处理"},
    "cases.status.waiting": {"en": "waiting", "zh": "等待中"},
    "cases.status.escalated": {"en": "escalated", "zh": "已升级处理"},
    "cases.statuses": {"en": "open, waiting, escalated, resolved, closed",
                       "zh": "待处理、等待中、已升级处理、已解决、已结束（也可以写英文：open、waiting、escalated、resolved、closed）"},
    "cases.status.resolved": {"en": "resolved", "zh": "已解决"},
    "cases.status.closed": {"en": "closed", "zh": "已结束"},
    # -- cases list / show --------------------------------------------------------------
    "cases.none": {
        "en": "No saved cases yet. 'walletsupport diagnose' saves one when it ends.",
        "zh": "还没有保存的记录。运行 'walletsupport diagnose'，结束时会自动保存。",
    },
    "cases.col.id": {"en": "id", "zh": "编号"},
    "cases.col.created": {"en": "created", "zh": "创建时间"},
    "cases.col.flow": {"en": "problem", "zh": "问题"},
    "cases.col.outcome": {"en": "outcome", "zh": "结论"},
    "cases.col.status": {"en": "status", "zh": "状态"},
    "cases.col.ticket": {"en": "ticket", "zh": "工单号"},
    "cases.col.saved": {"en": "saved", "zh": "保存时间"},
    "cases.col.stopped": {"en": "stopped at", "zh": "停在"},
    "cases.more": {
        "en": "The newest {shown} of {total} cases; --all shows every one, --limit N the newest N.",
        "zh": "这是最近的 {shown} 条，共 {total} 条；加 --all 显示全部，加 --limit N 显示最近 N 条。",
    },
    "cases.drafts.heading": {"en": "Unfinished diagnoses", "zh": "未完成的诊断"},
    "cases.note-asked-secret": {
        "en": "If the person you are talking to asked you for any of this, they are not real "
              "support: stop replying and check your account with "
              "'walletsupport diagnose security'.",
        "zh": "如果是正在和你联系的人向你要这些信息，对方就不是真正的客服：请立刻停止回复，"
              "并用 'walletsupport diagnose security' 检查账户安全。",
    },
    "cases.drafts.at-review": {"en": "checking the answers, before the result",
                               "zh": "核对回答（还没看结果）"},
    "cases.drafts.no-flow": {"en": "Problem not chosen yet (your description is kept)",
                             "zh": "还没选定问题（你的描述已保存）"},
    "cases.drafts.at-matches": {"en": "choosing the problem that fits your description",
                                "zh": "根据你的描述选择问题"},
    "cases.drafts.none": {"en": "No unfinished diagnoses.", "zh": "没有未完成的诊断。"},
    "cases.drafts.more": {
        "en": "The newest {shown} of {total} unfinished diagnoses; --all shows every one.",
        "zh": "这是最近的 {shown} 个，共 {total} 个未完成的诊断；加 --all 显示全部。",
    },
    "cases.drafts.resume": {
        "en": "Go on with one:   walletsupport diagnose --resume ID\nSee its answers:  walletsupport cases show ID",
        "zh": "继续其中一个：walletsupport diagnose --resume 编号\n查看已填的回答：walletsupport cases show 编号",
    },
    "cases.show.updated": {"en": "Last change", "zh": "最后更新"},
    "cases.show.notes": {"en": "notes", "zh": "条备注"},
    "cases.show.next": {
        "en": "Next: write down support's answer with 'walletsupport cases note {id} \"...\"', "
              "prepare a follow-up with 'walletsupport cases follow-up {id}', "
              "or hand the case over with 'walletsupport export {id}'.",
        "zh": "接下来：用 'walletsupport cases note {id} \"...\"' 记下客服的答复，"
              "用 'walletsupport cases follow-up {id}' 准备跟进消息，"
              "或用 'walletsupport export {id}' 导出整个记录。",
    },
    # -- changes ------------------------------------------------------------------------
    "cases.ticket-set": {
        "en": "Case {id}: ticket number {ticket} saved.",
        "zh": "记录 {id}：已保存工单号 {ticket}。",
    },
    "cases.ticket-cleared": {
        "en": "Case {id}: ticket number cleared.",
        "zh": "记录 {id}：已清除工单号。",
    },
    "cases.noted": {
        "en": "Case {id}: note saved ({count} so far).",
        "zh": "记录 {id}：备注已保存（目前共 {count} 条）。",
    },
    "cases.status-set": {
        "en": "Case {id} is now: {status}.",
        "zh": "记录 {id} 的状态已改为：{status}。",
    },
    "cases.delete.confirm": {
        "en": "Delete case {id} ({title}) with its ticket and notes for good? This cannot be undone.",
        "zh": "要永久删除记录 {id}（{title}）及其工单号和备注吗？删除后无法恢复。",
    },
    "cases.delete.confirm-draft": {
        "en": "Delete the unfinished diagnosis {id} ({title}) for good? Its answers cannot be recovered.",
        "zh": "要永久删除未完成的诊断 {id}（{title}）吗？其中的回答将无法恢复。",
    },
    "cases.delete.unconfirmed": {
        "en": "Nothing was deleted: no answer could be read (the input ended), so case {id} "
              "is kept. Add --yes to delete it without asking.",
        "zh": "没有删除任何内容：没能读到回答（输入已结束），记录 {id} 仍然保留。"
              "加上 --yes 可以不经确认直接删除。",
    },
    "cases.delete.enter-is-no": {"en": "press Enter for no", "zh": "直接回车表示“否”"},
    "cases.not-deleted": {"en": "Case {id} was not deleted.", "zh": "记录 {id} 没有删除。"},
    "cases.draft.heading": {"en": "Unfinished diagnosis {id}: {title}", "zh": "未完成的诊断 {id}：{title}"},
    "cases.draft.saved": {"en": "Last saved", "zh": "最后保存"},
    "cases.draft.stopped": {"en": "Stopped at", "zh": "停在"},
    "cases.draft.answers": {"en": "Answers so far", "zh": "已有的回答"},
    "cases.draft.none": {"en": "(no answers yet)", "zh": "（还没有回答）"},
    "cases.draft.next": {
        "en": "Continue it with 'walletsupport diagnose --resume {id}', or delete it with 'walletsupport cases delete {id}'.",
        "zh": "运行 'walletsupport diagnose --resume {id}' 继续，或运行 'walletsupport cases delete {id}' 删除。",
    },
    "cases.edit-draft": {
        "en": "Case {id} is an unfinished diagnosis: continue it with 'walletsupport diagnose --resume {id}'.",
        "zh": "记录 {id} 是一次未完成的诊断：请用 'walletsupport diagnose --resume {id}' 继续。",
    },
    "cases.follow-up-checkup": {
        "en": "Case {id} is a security check-up you did yourself, not a problem to follow up "
              "with support: see it again with 'walletsupport cases show {id}'.",
        "zh": "记录 {id} 是你自己做的安全自查，不是要找客服跟进的问题：可以用 "
              "'walletsupport cases show {id}' 再看一遍。",
    },
    "cases.editing": {
        "en": "Correcting case {id}. Its ticket, notes and history stay as they are.",
        "zh": "正在修改记录 {id}。它的工单号、备注和历史都会保留。",
    },
    "cases.edited": {
        "en": "Case {id} is corrected; 'walletsupport cases show {id}' shows it with the date of the change.",
        "zh": "记录 {id} 已改正；运行 'walletsupport cases show {id}' 可查看，其中注明了修改时间。",
    },
    "cases.show.edited": {"en": "Answers corrected", "zh": "回答修改于"},
    "cases.answers.header": {
        "en": "The answers of case {case} ({flow}). Replay them with:\n  walletsupport diagnose --answers THIS_FILE\nMasked values (secrets) stay masked; change any answer before replaying.",
        "zh": "记录 {case}（{flow}）的答案。重放方法：\n  walletsupport diagnose --answers 本文件\n已遮盖的敏感信息保持遮盖；重放前可以修改任何答案。",
    },
    "cases.deleted": {
        "en": "Case {id} deleted.",
        "zh": "记录 {id} 已删除。",
    },
    # -- follow-up tips (for the user, not sent) ----------------------------------------
    "cases.tips.rule": {
        "en": "── Above: the message to send. Below: for you only. ──",
        "zh": "── 以上是发给客服的消息，以下提示只给你看 ──",
    },
    "cases.tips.title": {"en": "Before you send it:", "zh": "发送之前："},
    "cases.tips.read": {
        "en": "Read support's last reply carefully and make sure you understand the solution "
              "they propose; if any step is unclear, ask about it (add your own questions "
              "with --ask).",
        "zh": "仔细读一遍客服上次的答复，确认自己真正理解了对方提出的解决办法；"
              "哪一步不清楚就直接问（用 --ask 加上你自己的问题）。",
    },
    "cases.tips.ask": {
        "en": "Add any question of your own with --ask; the message then asks it.",
        "zh": "如果有自己想问的问题，用 --ask 加上，消息里就会一并问到。",
    },
    "cases.tips.prepare": {
        "en": "Keep the details of the checklist at hand, so you can answer support's "
              "follow-up questions at once.",
        "zh": "把准备清单里的信息放在手边，客服追问时可以马上回答。",
    },
    "cases.tips.escalate": {
        "en": "If it is still unresolved after that, ask to be transferred to a higher level: "
              "walletsupport cases follow-up {id} --escalate",
        "zh": "如果这样仍然没有解决，可以要求转交给更高一级的客服处理："
              "walletsupport cases follow-up {id} --escalate",
    },
    "cases.tips.status": {
        "en": "Once it is sent: walletsupport cases status {id} escalated",
        "zh": "发送之后：walletsupport cases status {id} 已升级",
    },
    "cases.tips.note": {
        "en": "Write down each answer you get: walletsupport cases note {id} \"...\"",
        "zh": "每次收到答复都记下来：walletsupport cases note {id} \"...\"",
    },
    "cases.tips.secrets": {
        "en": "Never add a password, a verification code or a recovery phrase; real support "
              "never asks for them.",
        "zh": "不要在消息里写密码（含支付密码）、验证码或助记词；真正的客服从来不会要这些。",
    },
    "cases.tips.secrets.no-phrase": {
        "en": "Never add a password, a payment PIN or a verification code; real support "
              "never asks for them.",
        "zh": "不要在消息里写登录密码、支付密码或验证码；真正的客服从来不会要这些。",
    },
    # -- export: delivery ---------------------------------------------------------------
    "export.bad-format": {
        "en": "Unknown format {format!r}. Use one of: {allowed}",
        "zh": "没有“{format}”这种格式。可用的格式：{allowed}",
    },
    "export.copy-failed": {
        "en": "{reason} Use --output FILE to save it, or --output - to print it.",
        "zh": "{reason}可以改用 --output 文件名 保存，或用 --output - 直接输出到屏幕。",
    },
    "export.cannot-write": {
        "en": "Cannot write {path}: {error}",
        "zh": "无法写入 {path}：{error}",
    },
    "export.copied": {
        "en": "Case {id} copied to the clipboard.",
        "zh": "记录 {id} 已复制到剪贴板。",
    },
    "export.saved": {
        "en": "Case {id} written to {path}.",
        "zh": "记录 {id} 已写入 {path}。",
    },
    # -- export: the summary ------------------------------------------------------------
    "export.heading": {"en": "Case {id}: {title}", "zh": "记录 {id}：{title}"},
    # A label's colon: followed by a space in English, full-width in Chinese.
    "export.colon": {"en": ": ", "zh": "："},
    "export.list-sep": {"en": ", ", "zh": "、"},
    "export.paren": {"en": " ({text})", "zh": "（{text}）"},  # no space before （
    "export.outcome": {"en": "Outcome", "zh": "结论"},
    "export.outcome-line": {"en": "{outcome} — {message}", "zh": "{outcome}。{message}"},
    "export.in-my-words": {"en": "In my words", "zh": "我的描述"},
    "export.time-zone": {"en": "{time} {offset} ({zone})", "zh": "{time}（{zone}，{offset}）"},
    "export.check-by": {"en": "Check again by", "zh": "复查日期"},
    "export.check-by.value": {"en": "{day}. Then: {then}", "zh": "{day}。到时：{then}"},
    "export.msg.in-my-words": {"en": "In my words: {text}", "zh": "我的描述：{text}"},
    "export.created": {"en": "Diagnosed", "zh": "诊断时间"},
    "export.status": {"en": "Status", "zh": "状态"},
    "export.ticket": {"en": "Support ticket", "zh": "客服工单号"},
    "export.no-ticket": {"en": "none yet", "zh": "暂无"},
    "export.channels": {"en": "Contact first by", "zh": "建议优先联系方式"},
    # Not to be pasted as a ticket number: it only exists on this computer.
    "export.case-id": {"en": "Local record", "zh": "本机记录号"},
    "export.case-id.value": {"en": "{id} (on this computer only; not a support ticket)",
                             "zh": "{id}（仅在本机使用，不是客服工单号）"},
    "export.answers": {"en": "Answers", "zh": "回答"},
    "export.skipped": {"en": "(skipped)", "zh": "（未填写）"},
    "export.advice": {"en": "Advice already given", "zh": "已经给出的建议"},
    "export.advice-untitled": {"en": "Advice", "zh": "建议"},
    "export.checklist": {"en": "Checklist", "zh": "准备清单"},
    "export.notes": {"en": "What support said", "zh": "客服的答复"},
    "export.no-notes": {"en": "No answer from support noted yet.", "zh": "还没有记录客服的答复。"},
    "export.redactions.none": {
        "en": "Nothing secret was found in the answers or notes.",
        "zh": "回答和备注中没有发现需要移除的敏感信息。",
    },
    "export.redactions.some": {
        "en": "Removed before saving: {items}.",
        "zh": "保存前已移除：{items}。",
    },
    "export.redactions.item": {"en": "{kind} ×{count}", "zh": "{kind} {count} 处"},
    "export.kind.recovery-phrase": {"en": "recovery phrase", "zh": "助记词"},
    "export.kind.private-key": {"en": "private key", "zh": "私钥"},
    "export.kind.card-number": {"en": "card number", "zh": "银行卡号"},
    "export.kind.id-number": {"en": "ID number", "zh": "身份证号"},
    "export.kind.verification-code": {"en": "verification code", "zh": "验证码"},
    "export.kind.password": {"en": "password", "zh": "密码"},
    "export.channel.chat": {"en": "online chat", "zh": "在线客服"},
    "export.channel.phone": {"en": "phone", "zh": "电话"},
    "export.channel.email": {"en": "email", "zh": "电子邮件"},
    "export.channel.social": {"en": "official social account", "zh": "官方社交账号"},
    "export.channel.in-app": {"en": "in the app", "zh": "App 内客服"},
    "export.channel.web-form": {"en": "web form", "zh": "网页表单"},
    # -- follow-up and escalation messages (sent to support) ----------------------------
    "export.follow-up.subject": {
        "en": "Subject: Follow-up on my request: {title}",
        "zh": "主题：跟进我的问题（{title}）",
    },
    "export.follow-up.subject-ticket": {
        "en": "Subject: Follow-up on ticket {ticket}: {title}",
        "zh": "主题：跟进工单 {ticket}（{title}）",
    },
    # A first message: the case was never sent to support (no ticket, reply or contact).
    "export.first.subject": {
        "en": "Subject: Help with a problem: {title}",
        "zh": "主题：请协助处理一个问题（{title}）",
    },
    "export.escalate.subject": {
        "en": "Subject: Request to escalate: {title}",
        "zh": "主题：申请升级处理（{title}）",
    },
    "export.escalate.subject-ticket": {
        "en": "Subject: Request to escalate ticket {ticket}: {title}",
        "zh": "主题：申请升级处理工单 {ticket}（{title}）",
    },
    "export.msg.hello": {"en": "Hello,", "zh": "您好："},
    # The opening says the problem in plain words (export.msg.problem.<flow>) and the
    # time in the user's zone as people write it (12月1日 10:30（北京时间）).
    "export.follow-up.opening": {
        "en": "I am writing again about a problem that has been open since {since}: {problem}.",
        "zh": "我想跟进一个问题：{problem}。从{since}到现在，一直没有解决。",
    },
    "export.first.opening": {
        "en": "I am writing about a problem that has been open since {since}: {problem}.",
        "zh": "我想反映一个问题：{problem}。从{since}到现在，一直没有解决。",
    },
    "export.follow-up.opening-ticket": {
        "en": "I am writing again about ticket {ticket}, open since {since}: {problem}.",
        "zh": "我想跟进工单 {ticket}：{problem}。从{since}到现在，一直没有解决。",
    },
    "export.escalate.opening": {
        "en": "My problem has been open since {since} and is still unresolved: {problem}. "
              "I am asking for my case to be escalated.",
        "zh": "{problem}，从{since}到现在仍未解决，现申请升级处理。",
    },
    "export.escalate.opening-ticket": {
        "en": "My problem (ticket {ticket}) has been open since {since} and is still "
              "unresolved: {problem}. I am asking for my case to be escalated.",
        "zh": "关于工单 {ticket}：{problem}，从{since}到现在仍未解决，现申请升级处理。",
    },
    "export.msg.problem": {"en": "“{title}”", "zh": "“{title}”"},
    "export.msg.problem.failed-withdrawal": {
        "en": "a withdrawal of mine failed or has not arrived",
        "zh": "我有一笔提现失败了，或者一直没到账",
    },
    "export.msg.problem.failed-payment": {
        "en": "a payment of mine failed or was charged wrongly",
        "zh": "我有一笔付款没有成功，或者扣款不对",
    },
    "export.msg.problem.top-up": {
        "en": "a top-up of mine has not arrived or went wrong",
        "zh": "我有一笔充值没到账，或者充值出了问题",
    },
    "export.msg.problem.locked-account": {
        "en": "my account is locked or frozen, and I cannot sign in",
        "zh": "我的账户被锁定或冻结了，登录不了",
    },
    "export.msg.problem.security": {
        "en": "my account may have been broken into, or I may have been scammed",
        "zh": "我的账户可能被盗了，或者我可能遇到了诈骗",
    },
    # The security flow's letter names the concern the user chose, not all of them.
    "export.msg.problem.security.unknown-transactions": {
        "en": "money is missing, or there are transactions I did not make",
        "zh": "我的钱少了，或者有我没做过的交易",
    },
    "export.msg.problem.security.account-changed": {
        "en": "someone else signed in, or my password, phone number, email or devices were changed",
        "zh": "有人登录了我的账户，或者我的密码、手机号、邮箱、登录设备被人改了",
    },
    "export.msg.problem.security.lost-phone": {
        "en": "the phone with my wallet on it was lost or stolen",
        "zh": "装着钱包的手机丢了或被偷了",
    },
    "export.msg.problem.security.scam-check": {
        "en": "someone contacted me claiming to be support, a bank, the police or a shop",
        "zh": "有人自称客服、银行、警察或商家联系了我",
    },
    "export.msg.problem.security.protect": {
        "en": "I want to make my account safer and would like your advice",
        "zh": "我想让账户更安全，想听听你们的建议",
    },
    "export.msg.problem.fees": {
        "en": "I have a question about a fee",
        "zh": "我对一笔手续费有疑问",
    },
    "export.msg.problem.convenience": {
        "en": "a feature of the wallet does not work as it should",
        "zh": "钱包的一项功能用起来有问题",
    },
    # -- a time as a person writes it in a message ---------------------------------------
    "letter.months": {"en": "January February March April May June July August September "
                            "October November December", "zh": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"},
    "letter.date": {"en": "{day} {month}", "zh": "{month}{day}日"},
    "letter.date-year": {"en": "{day} {month} {year}", "zh": "{year}年{month}{day}日"},
    "letter.time": {"en": "{date}, {hm} ({zone})", "zh": "{date} {hm}（{zone}）"},
    "letter.time-bare": {"en": "{date}, {hm}", "zh": "{date} {hm}"},
    "letter.span": {"en": "sometime between {first} and {last}",
                    "zh": "{first}至{last}之间的某一天"},
    "export.msg.since-noted": {
        "en": " (That is when I noted the problem down; I did not record when it started.)",
        "zh": "（这是我记下这个问题的时间，问题开始的确切时间没有记录。）",
    },
    "export.msg.details": {"en": "The details:", "zh": "具体情况："},
    "export.msg.said": {"en": "What support has told me so far:", "zh": "到目前为止，客服给我的答复："},
    "export.msg.no-answer": {
        "en": "I have not had an answer yet.",
        "zh": "我还没有收到答复。",
    },
    "export.msg.understand": {
        "en": "I have read your last reply carefully. To make sure I understand the proposed "
              "solution, please confirm exactly what I should do next, and what you will do "
              "on your side.",
        "zh": "我仔细看了你们上一次的答复。为了确认我正确理解了你们提出的解决办法，"
              "请再明确告诉我：接下来我具体需要做什么，你们那边会怎么处理。",
    },
    "export.msg.unresolved": {"en": "Still unresolved:", "zh": "目前的情况："},
    "export.msg.not-solved": {
        "en": "The problem itself is not solved yet.",
        "zh": "问题本身还没有解决。",
    },
    "export.msg.not-enough": {
        "en": "The answers above have not solved it so far.",
        "zh": "上面这些答复到目前为止都没能解决问题。",
    },
    "export.msg.questions": {"en": "My questions:", "zh": "我的问题："},
    "export.msg.q-next": {
        "en": "What is the next step, and who takes it?",
        "zh": "下一步是什么？由谁来处理？",
    },
    "export.msg.q-when": {
        "en": "When can I expect the problem to be solved, or the next update?",
        "zh": "预计什么时候能解决，或者什么时候能有新的进展？",
    },
    "export.msg.q-escalation": {
        "en": "Who will handle my case after the escalation, and when can I expect an answer?",
        "zh": "升级之后由谁负责处理？我大概什么时候能得到答复？",
    },
    "export.escalate.request": {
        "en": "Since this is still unresolved, please transfer my case to a higher level of "
              "support (a supervisor or a specialist team), and give me the reference of the "
              "escalation. I can provide any further information you need.",
        "zh": "由于问题至今仍未解决，请把我的问题转交给更高一级的客服（主管或专门团队）处理，"
              "并告诉我升级后的工单号。如果还需要其他信息，我可以随时补充。",
    },
    "export.msg.thanks": {"en": "Thank you.", "zh": "谢谢！"},
}

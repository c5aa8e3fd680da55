"""The guide to reaching a wallet's official support, as data: sections of short points.

It carries the parts of the source guide that are advice for any problem rather
than a diagnosis: finding official channels safely, preparing before contacting
support, the best time to contact, and handling the reply. A last section maps
the guide's common questions to the `diagnose` flows that go into them. Nothing
here prints; `rendering.guide` lays it out and `cli.guide` chooses what to show.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..frozen import frozen

__all__ = ["INTRO", "SECTIONS", "TITLE", "Point", "Section", "find_section", "section_ids",
           "section_names", "to_data"]

#: A text in every language the tool speaks.
Words = Mapping[str, str]


@frozen
class Point:
    """One bullet of a section: a short lead in bold, then what to do."""

    lead: Words
    text: Words


@frozen
class Section:
    """A part of the guide that can be read on its own (`guide --section ID`)."""

    id: str
    title: Words
    intro: Words
    points: tuple[Point, ...]


TITLE: Words = {
    "en": "Reaching wallet support: a short guide",
    "zh": "联系钱包官方客服：简明指南",
}

INTRO: Words = {
    "en": "Most wallet problems (a failed payment, account security, a top-up or a withdrawal) "
          "are solved fastest by the wallet's own support team. Here is how to find it safely, "
          "what to have ready, when to get in touch, and what to do with the answer.",
    "zh": "用钱包时遇到的大多数问题（付款失败、账户安全、充值、提现等），找钱包官方客服解决最快。"
          "下面介绍怎样安全地找到官方客服、联系前要准备什么、什么时候联系，以及拿到答复后怎么做。",
}


def _p(lead_en: str, text_en: str, lead_zh: str, text_zh: str) -> Point:
    return Point({"en": lead_en, "zh": lead_zh}, {"en": text_en, "zh": text_zh})


SECTIONS: tuple[Section, ...] = (
    Section(
        "channels",
        {"en": "Find the official channels", "zh": "找到官方客服渠道"},
        {"en": "Take contact details only from the wallet's app or from its official website, "
               "with the address typed in yourself.",
         "zh": "联系方式只从钱包的官方 App 里找，或者从你亲手输入网址打开的官网上找。"},
        (
            _p("In-app chat",
               "Most wallets have a chat with support inside the app. It is usually the safest "
               "route: it can only reach the wallet's real support. Locked out? The sign-in "
               "screen's help link works without signing in.",
               "App 内在线客服",
               "大多数钱包在 App 内提供在线客服。这通常是最安全的渠道：它只会连到钱包真正的客服。"
               "登录不了的话，登录页上的帮助入口不用登录也能用。"),
            _p("Phone",
               "Call only the number printed on the official website or shown in the app. Search "
               "ads and forums are full of fake numbers, and some wallets have no phone line at "
               "all.",
               "客服电话",
               "只拨打官网上公布或 App 内显示的号码。搜索广告和论坛里到处是假号码，而且有些钱包根本没有电话客服。"),
            _p("Email",
               "Write only to an address listed on the official website, and check the part after "
               "the @ letter by letter.",
               "电子邮件",
               "只发到官网上注明的邮箱地址，并逐个字母核对 @ 后面的部分。"),
            _p("Social media",
               "Some wallets have official accounts you can message or comment on. Real support "
               "never writes to you first, and never moves you to a private chat app.",
               "社交媒体",
               "一些钱包在社交媒体上有官方账号，可以私信或留言。真正的客服不会主动私信你，也不会把你拉到私人聊天软件里。"),
            _p("Check before you use it",
               "'walletsupport contacts' lists the official channels for your wallet, and "
               "'walletsupport check-contact' checks a number or address you found somewhere.",
               "用之前先核实",
               "'walletsupport contacts' 会列出你所用钱包的官方渠道；在别处找到的号码或地址，可以用 "
               "'walletsupport check-contact' 检查。"),
            _p("Secrets stay with you",
               "Real support never asks for your password, payment PIN, verification codes or "
               "recovery phrase, never asks to control your screen, and never asks you to move "
               "money to a \"safe account\".",
               "这些信息只留给自己",
               "真正的客服绝不会索要你的密码、支付密码、验证码或助记词，不会要求远程控制你的屏幕，"
               "也不会让你把钱转到所谓的“安全账户”。"),
        ),
    ),
    Section(
        "prepare",
        {"en": "Prepare before you contact", "zh": "联系客服前做好准备"},
        {"en": "A few minutes of preparation saves a round of questions and gets the problem to "
               "the right person sooner.",
         "zh": "花几分钟做好准备，可以少来回问几轮，问题也能更快交到对的人手里。"},
        (
            _p("Describe the problem",
               "Say what happened, when (date, time and time zone), the steps you took, and the "
               "exact error message, word for word with any code. The clearer it is, the faster "
               "support finds the cause.",
               "把问题说清楚",
               "说明发生了什么、什么时候发生的（日期、时间和时区）、你具体做了哪些操作，以及错误提示的原话和错误代码。"
               "描述得越清楚，客服越快找到原因。"),
            _p("Collect the evidence",
               "Take screenshots of the error, the transaction details and the bill. Hide full "
               "card numbers, and never show a code, password or recovery phrase in them.",
               "收集证据",
               "把错误提示、交易详情和账单截图保存下来。截图里要遮住完整卡号，"
               "也不要出现验证码、密码或助记词。"),
            _p("Check your account details",
               "Have ready the phone number or email you sign in with, the name the account is "
               "verified under, and the last 4 digits of the card involved, so that support can "
               "find and verify the account quickly.",
               "核对账户信息",
               "准备好登录用的手机号或邮箱、账户的实名姓名，以及相关银行卡的后四位，方便客服快速找到并核实账户。"),
            _p("Find the transaction number",
               "Copy the order or transaction number from the bill; it takes support straight to "
               "the payment in question.",
               "找到交易号",
               "从账单里复制订单号或交易号，客服凭它就能直接找到那笔交易。"),
            _p("Let this tool do the list",
               "'walletsupport diagnose' asks what happened and builds the checklist for your "
               "problem; 'walletsupport export' turns the result into a message you can paste.",
               "让本工具帮你列清单",
               "'walletsupport diagnose' 会问清情况，并按你的问题列出准备清单；"
               "'walletsupport export' 可以把结果整理成一段能直接粘贴的文字。"),
        ),
    ),
    Section(
        "timing",
        {"en": "The best time to contact", "zh": "选对联系时间"},
        {"en": "How quickly support answers depends a lot on when you reach them.",
         "zh": "客服回复得快不快，很大程度上取决于你什么时候联系。"},
        (
            _p("Weekdays are fastest",
               "Working days get the quickest answers, above all in the morning and the "
               "afternoon, when the whole team is on duty.",
               "工作日最快",
               "工作日的上午和下午，整个客服团队都在岗，回复最及时。"),
            _p("Weekends and holidays are slower",
               "Some wallets answer at weekends and on public holidays too, but replies take "
               "longer, so be patient. Sending the same question through several channels at "
               "once only creates duplicate tickets.",
               "周末和节假日较慢",
               "一些钱包在周末和节假日也有客服，但回复时间会延长，需要耐心等待。同一个问题不要同时从好几个渠道发，"
               "那样只会产生重复的工单。"),
            _p("Mind the time zone",
               "For a wallet based abroad, convert its service hours to your own time; "
               "'walletsupport contacts' shows them in your local time.",
               "注意时差",
               "如果钱包在国外，要把它的服务时间换算成你当地的时间；"
               "'walletsupport contacts' 会按你的本地时间显示。"),
            _p("Urgent problems don't wait",
               "Theft, a payment you didn't make or a scam can't wait for office hours: freeze "
               "the account in the app straight away, at any hour, then contact support.",
               "紧急情况不用等",
               "账户被盗、出现陌生付款或遇到诈骗时，不必等到上班时间。无论几点，先在 App 里冻结账户，再联系客服。"),
        ),
    ),
    Section(
        "answers",
        {"en": "Handling support's reply", "zh": "处理客服的答复"},
        {"en": "An answer is only useful once it has really solved the problem; handled badly, "
               "the problem drags on or grows.",
         "zh": "拿到答复不等于问题解决了；处理不当，问题可能拖下去，甚至变得更麻烦。"},
        (
            _p("Read it carefully",
               "Read the whole reply and make sure you understand the solution and what you have "
               "to do. If a step is unclear, ask before you act on it.",
               "认真阅读",
               "把答复从头到尾看一遍，确认理解了解决方案和需要你做的事。哪一步不明白，先问清楚再操作。"),
            _p("Prepare your follow-up",
               "If you need to write back, have your follow-up questions and any information they "
               "asked for ready, and reply in the same conversation or ticket so that the history "
               "stays together.",
               "准备好后续沟通",
               "如果还要继续沟通，先把后续问题和对方要的材料准备好，并在同一个对话或工单里回复，让来龙去脉都在一处。"),
            _p("Keep a record",
               "Note the ticket number, the date and what was said each time. 'walletsupport "
               "cases note' keeps it with your case, and 'walletsupport cases follow-up' drafts "
               "the next message.",
               "做好记录",
               "每次沟通都记下工单号、日期和对方说了什么。"
               "'walletsupport cases note' 可以把这些记在你的记录里，"
               "'walletsupport cases follow-up' 能帮你起草下一条消息。"),
            _p("Ask for escalation",
               "If the problem is still not solved, ask politely for it to go to a senior agent "
               "or a specialist team, and ask when you can expect an answer.",
               "要求升级处理",
               "如果问题依旧没有解决，可以礼貌地要求转给更高一级的客服或专门团队处理，并问清楚大概什么时候答复。"),
            _p("If support can't solve it",
               "Most wallets have a formal complaints procedure, and a financial regulator or a "
               "consumer body may take complaints too; look up how on the wallet's official "
               "website.",
               "客服解决不了时",
               "大多数钱包都有正式的投诉流程，金融监管部门或消费者协会也可能受理投诉；具体途径可以在钱包官网上查到。"),
            _p("Beware of fake helpers",
               "After you complain in public, fake \"support\" accounts often reply or message "
               "you. Answer only in the official channel you already used.",
               "当心假客服",
               "在公开场合投诉之后，常有假“客服”账号回复或私信你。只在你已经在用的官方渠道里回复。"),
        ),
    ),
    Section(
        "problems",
        {"en": "Common problems, step by step", "zh": "常见问题，逐步解决"},
        {"en": "For each of these, 'walletsupport diagnose ID' asks only what matters, gives the "
               "steps, and lists what support will ask for.",
         "zh": "每一类问题后面括号里是一条命令，运行它就能开始诊断："
               "只问关键的问题，给出具体步骤，并列出客服会要的信息。"},
        (
            _p("failed-payment",
               "A payment declined, money taken without an order, or a double charge.",
               "付款失败或扣款异常",
               "付款被拒、扣了钱却没有订单，或者重复扣款。（walletsupport diagnose failed-payment）"),
            _p("top-up",
               "A top-up that hasn't arrived or arrived short, a card that won't link, a top-up "
               "fee.",
               "充值没到账或出了问题",
               "充值没到账或金额不对、银行卡绑不上、充值手续费。（walletsupport diagnose top-up）"),
            _p("failed-withdrawal",
               "Check the account name, number and the limits, read the error, and contact "
               "support if it still fails; dealt with early, the money is not held for long.",
               "提现失败或迟迟没到账",
               "核对户名、账号和限额，读懂错误提示；信息无误仍失败就联系客服。及时处理，资金就不会被长时间冻结。（walletsupport diagnose failed-withdrawal）"),
            _p("locked-account",
               "Find the reason in the app's message, verify your identity, and contact support "
               "when you can't unlock it yourself.",
               "账户被锁定或冻结",
               "按 App 提示找出锁定原因，完成身份验证；自助解不开再找客服。（walletsupport diagnose locked-account）"),
            _p("security",
               "Is my wallet safe? Encryption, two-factor authentication and cold storage; "
               "public networks and passwords; phishing and fake support; theft and scams.",
               "账户安全、被盗或诈骗",
               "钱包安全吗？数据加密、双重验证和冷存储；公共网络和密码；钓鱼和假客服；被盗和诈骗。（walletsupport diagnose security）"),
            _p("fees",
               "Top-up, withdrawal and conversion fees: what they are, how to work one out, how "
               "to pay less.",
               "手续费",
               "充值费、提现费和兑换费分别是什么、怎么算、怎么少交。（walletsupport diagnose fees）"),
            _p("convenience",
               "Quick payments, recurring transfers, transaction history, fingerprint and face, "
               "saved payees, notifications.",
               "用得更顺手",
               "快捷支付、定期转账、交易记录、指纹和面容、常用收款人、通知。（walletsupport diagnose convenience）"),
        ),
    ),
)


#: What a Chinese reader calls each section; `guide --section` takes these words too.
_ZH_NAMES = {"channels": ("渠道", "客服渠道", "官方渠道"), "prepare": ("准备", "准备事项"),
             "timing": ("时机", "时间", "联系时机"), "answers": ("答复", "回复", "处理答复"),
             "problems": ("问题", "常见问题")}


def section_ids() -> tuple[str, ...]:
    """The ids of the sections, in reading order."""
    return tuple(s.id for s in SECTIONS)


def section_names(lang: str) -> str:
    """The sections as a reader of `lang` can type them (渠道、准备…; `find_section` takes both)."""
    if lang != "zh":
        return ", ".join(section_ids())
    return "、".join(_ZH_NAMES[s.id][0] if s.id in _ZH_NAMES else s.id for s in SECTIONS)


def find_section(name: str) -> Section | None:
    """The section called `name` (its id or its Chinese name; case and space ignored)."""
    wanted = name.strip().lower()
    for section in SECTIONS:
        if wanted == section.id or wanted in _ZH_NAMES.get(section.id, ()):
            return section
    return None


def _word(text: Words, lang: str) -> str:
    return text.get(lang) or text["en"]


def to_data(sections: tuple[Section, ...], lang: str) -> dict[str, Any]:
    """The sections in one language as plain data, ready for JSON."""
    return {
        "lang": lang,
        "title": _word(TITLE, lang),
        "intro": _word(INTRO, lang),
        "sections": [
            {
                "id": s.id,
                "title": _word(s.title, lang),
                "intro": _word(s.intro, lang),
                "points": [{"lead": _word(p.lead, lang), "text": _word(p.text, lang)}
                           for p in s.points],
            }
            for s in sections
        ],
    }

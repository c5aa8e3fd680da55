"""Messages about the wallet a case is about, and the closing screen of `diagnose`."""

MESSAGES: dict[str, dict[str, str]] = {
    # Which wallet
    "wallet.prompt": {"en": "Which wallet or app is the problem with?",
                      "zh": "问题出在哪个钱包或 App 上？"},
    "wallet.other": {"en": "Another one (not in this list)", "zh": "其他（不在列表里）"},
    "wallet.unsaid": {"en": "I'd rather not say", "zh": "不方便说"},
    "wallet.other.short": {"en": "another wallet or app (not on file)",
                           "zh": "其他钱包或 App（没有收录）"},
    "wallet.unsaid.short": {"en": "not said", "zh": "未说明"},
    "wallet.from-description": {"en": "Wallet: {title} (from your description)",
                                "zh": "钱包：{title}（根据你的描述）"},
    "export.wallet": {"en": "Wallet or app", "zh": "钱包或 App"},
    "export.msg.wallet": {"en": "It concerns my {wallet} account.",
                          "zh": "涉及的是我的{wallet}账户。"},
    # The closing screen
    "closing.first": {"en": "Contact {title} first by:", "zh": "建议先这样联系{title}："},
    "closing.first.generic": {
        "en": "Contact your wallet's official support first by:",
        "zh": "建议先这样联系钱包的官方客服：",
    },
    "closing.urgent.head": {
        "en": "Act now, whatever the hour: these are urgent day and night.",
        "zh": "请马上行动，不用等上班时间：以下事项不分昼夜都要立即处理。",
    },
    "closing.freeze": {
        "en": "Freeze or lock your {title} account in the app now (look for: freeze, lock, report lost), and change the password.",
        "zh": "立即在{title} App 里冻结或锁定账户（找“冻结”“锁定”“挂失”等字样），并修改密码。",
    },
    "closing.freeze.generic": {
        "en": "Freeze or lock the account in the wallet's app now (look for: freeze, lock, report lost), and change the password.",
        "zh": "立即在钱包 App 里冻结或锁定账户（找“冻结”“锁定”“挂失”等字样），并修改密码。",
    },
    "closing.freeze.signed-out": {
        "en": "You cannot sign in: ask {title} at once, through a channel below that works without signing in, to freeze the account.",
        "zh": "你已经登录不了：请马上通过下面无需登录的渠道联系{title}，要求冻结账户。",
    },
    "closing.your-wallet": {"en": "your wallet's official support", "zh": "钱包的官方客服"},
    "closing.then": {"en": "Then contact {title}:", "zh": "然后联系{title}："},
    "closing.always": {"en": "Open 24 hours: open now", "zh": "全天 24 小时服务，现在就可以联系"},
    "closing.when": {"en": "{hours}: {now}", "zh": "{hours}；{now}"},
    "closing.and": {"en": "; ", "zh": "；"},
    "closing.list-sep": {"en": "; ", "zh": "；"},
    "closing.list-end": {"en": ".", "zh": "。"},
    "closing.colon": {"en": ": ", "zh": "："},
    "closing.m": {"en": "(M)", "zh": "(M)"},
    "closing.legend.m": {
        "en": "(M): several reputable sources agree; not yet confirmed on the provider's own page.",
        "zh": "(M)：多个可靠来源说法一致，但尚未在服务商官方页面上核实。",
    },
    "closing.all": {"en": "All channels, hours and sources: {command}",
                    "zh": "全部联系方式、服务时间和来源：{command}"},
    "closing.checklist.open": {
        "en": "Before you contact them: {filled} of {total} details are in your answers; still to gather:",
        "zh": "联系之前：{total} 项资料中已有 {filled} 项来自你的回答，还需准备：",
    },
    "closing.checklist.done": {
        "en": "Before you contact them: all {total} details are in your answers.",
        "zh": "联系之前：{total} 项资料都已包含在你的回答里。",
    },
    "closing.comes-back": {
        "en": "If it comes back, contact {title} through the channels in: {command}",
        "zh": "如果问题再次出现，请通过这里列出的渠道联系{title}：{command}",
    },
    "closing.comes-back.generic": {
        "en": "If it comes back, contact your wallet's official support; where to find it: {command}",
        "zh": "如果问题再次出现，请联系钱包的官方客服；去哪里找：{command}",
    },
    "closing.saved": {"en": "Saved as case {case}. For support: {command}",
                      "zh": "已保存为记录 {case}。导出给客服：{command}"},
}

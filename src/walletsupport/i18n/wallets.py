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
    # A wallet only the user holds the keys to has no account.
    "export.msg.wallet.self-custody": {"en": "It concerns my {wallet} wallet.",
                                       "zh": "涉及的是我的{wallet}钱包。"},
    # The closing screen
    "closing.first": {"en": "Contact {title} first by:", "zh": "建议先这样联系{title}："},
    "closing.wait-first": {
        "en": "If it is still not sorted by then, contact {title} by:",
        "zh": "到时还没解决的话，这样联系{title}：",
    },
    "closing.wait-first.generic": {
        "en": "If it is still not sorted by then, contact your wallet's official support by:",
        "zh": "到时还没解决的话，这样联系钱包的官方客服：",
    },
    # A wait end for a user who already contacted support: follow that conversation up.
    "closing.wait-followup": {
        "en": "If it is still not sorted by then, follow up in the conversation you already have with {title}; to reach them again:",
        "zh": "到时还没解决的话，请在你和{title}已有的对话或工单里继续跟进；需要再次联系的话：",
    },
    "closing.wait-followup.generic": {
        "en": "If it is still not sorted by then, follow up in the conversation you already have with support; to reach them again:",
        "zh": "到时还没解决的话，请在你和客服已有的对话或工单里继续跟进；需要再次联系的话：",
    },
    # A self-custody wallet: its support helps with the app, never with a transaction.
    "closing.self-check-first": {
        "en": "Only if the app itself misbehaves (it crashes, or shows a wrong balance), contact {title} by:",
        "zh": "只有 App 本身出了问题（比如闪退、余额显示不对），才需要这样联系{title}：",
    },
    "closing.self-check-first.generic": {
        "en": "Only if the app itself misbehaves (it crashes, or shows a wrong balance), contact the wallet's official support by:",
        "zh": "只有 App 本身出了问题（比如闪退、余额显示不对），才需要这样联系钱包的官方客服：",
    },
    # The money has not reached the wallet: the bank or the sender is asked first.
    "closing.ask-bank-first": {
        "en": "Only if your bank finds nothing wrong on its side, contact {title} by:",
        "zh": "银行那边查不出问题的话，再这样联系{title}：",
    },
    "closing.ask-bank-first.generic": {
        "en": "Only if your bank finds nothing wrong on its side, contact the wallet's official support by:",
        "zh": "银行那边查不出问题的话，再这样联系钱包的官方客服：",
    },
    "closing.ask-sender-first": {
        "en": "Only if the wallet or exchange you sent from says the coins have left, contact {title} by:",
        "zh": "转出的钱包或交易所说币已经发出的话，再这样联系{title}：",
    },
    "closing.ask-sender-first.generic": {
        "en": "Only if the wallet or exchange you sent from says the coins have left, contact the wallet's official support by:",
        "zh": "转出的钱包或交易所说币已经发出的话，再这样联系钱包的官方客服：",
    },
    "closing.estimate-first": {
        "en": "To ask {title} about the fee:",
        "zh": "想向{title}问清这笔费用，可以这样联系：",
    },
    "closing.estimate-first.generic": {
        "en": "To ask your wallet's official support about the fee:",
        "zh": "想向钱包的官方客服问清这笔费用，可以这样联系：",
    },
    "closing.followup-first": {
        "en": "Follow up in the conversation you already have with {title}; to reach them again:",
        "zh": "请在你和{title}已有的对话或工单里继续跟进；需要再次联系的话：",
    },
    "closing.followup-first.generic": {
        "en": "Follow up in the conversation you already have with support; to reach them again:",
        "zh": "请在你和客服已有的对话或工单里继续跟进；需要再次联系的话：",
    },
    # The user's own words say someone asked them for a secret: not the real support.
    "closing.fake-support": {
        "en": "Whoever asked you for a code, password or recovery phrase is not {title}'s real support: real support never asks for them. Stop that conversation; if you already gave it, change your password now.",
        "zh": "向你索要验证码、密码或助记词的人不是{title}的真客服，真正的客服从来不会要这些。请马上停止和对方联系；如果已经告诉了对方，请立即修改密码。",
    },
    "closing.fake-support.generic": {
        "en": "Whoever asked you for a code, password or recovery phrase is not real support: real support never asks for them. Stop that conversation; if you already gave it, change your password now.",
        "zh": "向你索要验证码、密码或助记词的人不是真客服，真正的客服从来不会要这些。请马上停止和对方联系；如果已经告诉了对方，请立即修改密码。",
    },
    "closing.phrase-exposed": {
        "en": "Your recovery phrase or private key was in what you typed (removed here, never stored). Treat it as exposed: on a device you trust, create a new wallet with a new phrase and move everything still in the old one to it now. Once someone else has it, no support can freeze or recover that wallet.",
        "zh": "你输入的内容里有助记词或私钥（已经删掉，不会保存）。请把它当作已经泄露：马上在可信的设备上新建一个钱包（生成新的助记词），把旧钱包里剩下的资产全部转过去。助记词一旦落到别人手里，任何客服都没法替你冻结或追回这个钱包。",
    },
    "closing.fake-support.self-custody": {
        "en": "Whoever asked you for a code, password or recovery phrase is not {title}'s real support: real support never asks for them. Stop that conversation; if you gave the recovery phrase, move what is left to a new wallet now.",
        "zh": "向你索要验证码、密码或助记词的人不是{title}的真客服，真正的客服从来不会要这些。请马上停止和对方联系；如果已经把助记词告诉了对方，请立即把剩下的资产转到新钱包。",
    },
    "closing.fake-support.short": {
        "en": "Real support never asks for codes or passwords: stop talking to whoever did.",
        "zh": "向你索要验证码或密码的不是真客服，请马上停止和对方联系。",
    },
    "closing.official-only": {
        "en": "Contact {title} only through these official channels:",
        "zh": "只通过下面这些官方渠道联系{title}：",
    },
    "closing.official-only.generic": {
        "en": "Contact your wallet's support only through its official channels:",
        "zh": "只通过钱包的官方渠道联系客服：",
    },
    "closing.first.generic": {
        "en": "Contact your wallet's official support first by:",
        "zh": "建议先这样联系钱包的官方客服：",
    },
    "closing.urgent.head": {
        "en": "Do these now, whatever the hour:",
        "zh": "以下事项请立即处理，不用等上班时间：",
    },
    "closing.freeze": {
        "en": "Freeze or lock your {title} account in the app now (look for: freeze, lock, report lost), and change the password.",
        "zh": "立即在{title}里冻结或锁定账户（找“冻结”“锁定”“挂失”等字样），并修改密码。",
    },
    "closing.freeze.generic": {
        "en": "Freeze or lock the account in the wallet's app now (look for: freeze, lock, report lost), and change the password.",
        "zh": "立即在钱包 App 里冻结或锁定账户（找“冻结”“锁定”“挂失”等字样），并修改密码。",
    },
    "closing.freeze.self-custody": {
        "en": "{title} has no account to freeze: from a safe device, create a new wallet with a new recovery phrase, move everything still in the old one to it now, and revoke the token approvals of the old one.",
        "zh": "{title} 没有可以冻结的账户：请在安全的设备上新建一个钱包（生成新的助记词），立即把旧钱包里的资产全部转过去，并撤销旧钱包的代币授权。",
    },
    "closing.freeze.signed-out": {
        "en": "You cannot sign in: ask {title} at once, through a channel below that works without signing in, to freeze the account.",
        "zh": "你已经登录不了：请马上通过下面无需登录的渠道联系{title}，要求冻结账户。",
    },
    "closing.your-wallet": {"en": "your wallet's official support", "zh": "钱包的官方客服"},
    "closing.authorities": {"en": "Police and anti-fraud help ({region}):",
                            "zh": "报警和反诈求助（{region}）："},
    "closing.region.unset": {
        "en": "Report it to the police too. To see your region's police and anti-fraud numbers here, run again with --region (e.g. CN, HK, TW, US, GB); otherwise find them on your government's official website, typing its address yourself.",
        "zh": "也请立即报警：中国大陆拨打 110，反诈咨询拨打 96110；其他地区请拨打当地的报警电话。（加上 --region 可在这里显示所在地区的号码，例如 CN、HK、TW。）",
    },
    "closing.region.elsewhere": {
        "en": "Report it to the police too: find your police and anti-fraud numbers on your government's official website, typing its address yourself, or call your local police.",
        "zh": "也请立即报警：直接拨打当地的报警电话，或者在当地政府官网上查找报警和反诈电话（网址请自己在浏览器里输入）。",
    },
    "wallet.region-prompt": {
        "en": "Where are you? (for the police and anti-fraud numbers to call now)",
        "zh": "你现在在哪个地区？（用来显示现在就该拨打的报警和反诈电话）",
    },
    "wallet.region-elsewhere": {"en": "Somewhere else", "zh": "其他地区"},
    "closing.region.none": {
        "en": "Report it to the police too. walletsupport has no verified police or anti-fraud contacts for region {region}: find them on your government's official website, typing its address yourself, or call your local police.",
        "zh": "也请报警。walletsupport 里没有 {region} 地区经过核实的报警和反诈电话：请在当地政府官网上查找（网址请自己输入），或联系当地警方。",
    },
    "errors.bad-region": {
        "en": "--region takes a two-letter region code such as CN, HK, TW, US or GB, not {value!r}",
        "zh": "--region 需要两个字母的地区代码，例如 CN、HK、TW、US、GB，而不是“{value}”",
    },
    # Time zones of the shipped profiles, as people say them; others read "<zone> time".
    "zone.any": {"en": "{zone} time", "zh": "{zone} 时间"},
    "zone.Asia/Shanghai": {"en": "China time", "zh": "北京时间"},
    "zone.Asia/Hong_Kong": {"en": "Hong Kong time", "zh": "香港时间"},
    "zone.Europe/Berlin": {"en": "Berlin time", "zh": "柏林时间"},
    "zone.Europe/London": {"en": "UK time", "zh": "英国时间"},
    "zone.Europe/Dublin": {"en": "Irish time", "zh": "爱尔兰时间"},
    "contacts.check.unknown": {
        "en": "NOT ON FILE: walletsupport cannot confirm {value}. That alone does not make it a scam, but do not rely on it.",
        "zh": "无法确认：walletsupport 的资料里没有 {value}，不知道它是不是官方的。这不代表它一定是诈骗，但也别轻信。",
    },
    "contacts.check.unknown-advice": {
        "en": "Use the number or address shown in the wallet's app, or on its website that you typed in yourself.",
        "zh": "请以钱包 App 里显示的号码或地址为准，或者自己输入网址打开官网查看。",
    },
    "contacts.check.email-forged": {
        "en": "An email can look as if it came from this domain when it did not: the sender can be forged. Do not answer it or click its links; answer only through the app or the website you type in yourself.",
        "zh": "邮件发件人可以伪造：看似来自这个域名的邮件，不一定真是官方发的。不要直接回复邮件或点击里面的链接，只通过 App 或自己输入网址打开的官网联系。",
    },
    "contacts.value-below": {"en": "in full below the table ({number}.)",
                             "zh": "完整地址见表格下方（{number}.）"},
    "contacts.check.official-domain-itself": {
        "en": "OFFICIAL DOMAIN: {value} is an official domain of {title}.",
        "zh": "官方域名：{value} 是{title}的官方域名。",
    },
    "contacts.check.unconfirmed": {
        "en": "ON FILE, NOT YET CONFIRMED: {value} is listed for {title} ({kind}, {label}) by "
              "several reputable sources, but not yet confirmed on {title}'s own pages. Check it "
              "in the app or on the website whose address you type yourself before you use it.",
        "zh": "已收录，但尚未核实：多个可靠来源都记载 {value} 是{title}的{kind}渠道“{label}”，"
              "但还没有在{title}自己的页面上得到确认。使用前，请在 App 内或自己输入网址打开的官网上核对。",
    },
    "contacts.check.unconfirmed-domain": {
        "en": "ON FILE, NOT YET CONFIRMED: {value} is on {domain}, which several reputable "
              "sources give as {title}'s domain; {title}'s own pages do not confirm it yet. "
              "Open {title} through its app, or type the address yourself.",
        "zh": "已收录，但尚未核实：{value} 属于 {domain}，多个可靠来源都说这是{title}的域名，"
              "但还没有在{title}自己的页面上得到确认。请通过{title}的 App 打开，或自己输入网址。",
    },
    "contacts.check.authority": {
        "en": "OFFICIAL AUTHORITY: {value} is on file for {region}: {label}. It is not a wallet's support.",
        "zh": "官方机构：{value} 是{region}的{label}，不是钱包客服。",
    },
    "contacts.check.authority-spoofed": {
        "en": "Caller ID can be faked: if someone called you from this number, hang up and call the official number yourself. Police never ask you to move money to a \"safe account\".",
        "zh": "来电显示可以伪造：如果有人用这个号码给你打电话，请挂断后自己拨打官方号码核实。警方绝不会让你把钱转到所谓的“安全账户”。",
    },
    "contacts.urgent-any-hour": {
        "en": "This problem is urgent: contact them now, whatever the hour.",
        "zh": "这个问题很紧急：不用等上班时间，现在就联系。",
    },
    "closing.then": {"en": "Then contact {title}:", "zh": "然后联系{title}："},
    "closing.then.followup": {
        "en": "Then follow up with {title} in the conversation you already have:",
        "zh": "然后在你和{title}已有的对话或工单里继续跟进：",
    },
    "closing.then.followup.generic": {
        "en": "Then follow up with support in the conversation you already have:",
        "zh": "然后在你和客服已有的对话或工单里继续跟进：",
    },
    "closing.always": {"en": "open 24 hours", "zh": "全天 24 小时服务"},
    "closing.hours.unknown": {"en": "hours not published", "zh": "未公布服务时间"},
    "closing.sep": {"en": " · ", "zh": "；"},
    "closing.safety": {
        "en": "Never give anyone your password, recovery phrase or codes: support never asks.",
        "zh": "官方客服绝不会索要密码（含支付密码）、验证码或助记词，索要的都是骗子。",
    },
    "closing.safety.short": {
        "en": "Support never asks for passwords, recovery phrases or codes.",
        "zh": "官方客服绝不会索要密码、验证码或助记词。",
    },
    # A wallet where only the user holds the keys has no payment PIN and no sign-in codes.
    "closing.safety.self-custody": {
        "en": "Never give anyone your recovery phrase, private key or wallet password: support never asks.",
        "zh": "官方客服绝不会索要助记词、私钥或钱包密码，索要的都是骗子。",
    },
    "closing.safety.self-custody.short": {
        "en": "Support never asks for your recovery phrase, private key or password.",
        "zh": "官方客服绝不会索要助记词、私钥或钱包密码。",
    },
    "closing.safety.no-phrase": {
        "en": "Never give anyone your password, payment PIN or codes: support never asks.",
        "zh": "官方客服绝不会索要登录密码、支付密码或验证码，索要的都是骗子。",
    },
    "closing.safety.no-phrase.short": {
        "en": "Support never asks for passwords, payment PINs or codes.",
        "zh": "官方客服绝不会索要登录密码、支付密码或验证码。",
    },
    "closing.checklist.count": {
        "en": "Before you contact them: your answers hold {filled} of the {total} details; {missing} more are listed in the export.",
        "zh": "联系之前：{total} 项资料中已有 {filled} 项来自你的回答，另外 {missing} 项见导出的摘要。",
    },
    "closing.when": {"en": "{hours}: {now}", "zh": "{hours}；{now}"},
    "closing.and": {"en": "; ", "zh": "；"},
    "closing.list-sep": {"en": "; ", "zh": "；"},
    "closing.list-end": {"en": ".", "zh": "。"},
    "closing.colon": {"en": ": ", "zh": "："},
    "closing.m": {"en": "(unconfirmed)", "zh": "（待核实）"},
    "closing.legend.m": {
        "en": "Unconfirmed: reputable sources agree, no official page yet; check in the app.",
        "zh": "※ 待核实：多个可靠来源一致，但官方页面尚未确认，请在 App 内核对。",
    },
    "closing.all": {"en": "All channels, hours and sources: {command}",
                    "zh": "全部联系方式、服务时间和来源：{command}"},
    "closing.all.short": {"en": "All channels: {command}", "zh": "全部渠道：{command}"},
    "closing.legend.m.short": {
        "en": "Unconfirmed: not yet on an official page; check in the app.",
        "zh": "※ 待核实：官方页面尚未确认，请在 App 内核对。",
    },
    "closing.checklist.urgent.short": {
        "en": "Then gather {missing} more details (see the export).",
        "zh": "之后再补齐另外 {missing} 项资料（见导出的摘要）。",
    },
    "closing.checklist.open": {
        "en": "Before you contact them: your answers hold {filled} of the {total} details; still to gather:",
        "zh": "联系之前：{total} 项资料中已有 {filled} 项来自你的回答，还需准备：",
    },
    "closing.checklist.open.none": {
        "en": "Before you contact them, gather:",
        "zh": "联系之前，请准备好：",
    },
    "closing.checklist.urgent.one": {
        "en": "Then gather 1 more detail for support and the police (see the export).",
        "zh": "之后再为客服和警方补齐另外 1 项资料（见导出的摘要）。",
    },
    "closing.checklist.urgent.short.one": {
        "en": "Then gather 1 more detail (see the export).",
        "zh": "之后再补齐另外 1 项资料（见导出的摘要）。",
    },
    "closing.checklist.count.one": {
        "en": "Before you contact them: your answers hold {filled} of the {total} details; "
              "1 more is listed in the export.",
        "zh": "联系之前：{total} 项资料中已有 {filled} 项来自你的回答，另外 1 项见导出的摘要。",
    },
    "closing.checklist.urgent": {
        "en": "Then gather {missing} more details for support and the police (see the export).",
        "zh": "之后再为客服和警方补齐另外 {missing} 项资料（见导出的摘要）。",
    },
    "closing.checklist.done": {
        "en": "Before you contact them: all {total} details are in your answers.",
        "zh": "联系之前：{total} 项资料都已包含在你的回答里。",
    },
    "closing.comes-back": {
        "en": "If you need their help later, contact {title} through the channels in: {command}",
        "zh": "以后如果还需要帮助，可以联系{title}，渠道见：{command}",
    },
    "closing.comes-back.generic": {
        "en": "If you need help later, contact your wallet's official support; where to find it: {command}",
        "zh": "以后如果还需要帮助，可以联系钱包的官方客服；去哪里找：{command}",
    },
    "closing.saved": {"en": "Saved as case {case}. For support: {command}",
                      "zh": "已保存为记录 {case}。导出给客服：{command}"},
}

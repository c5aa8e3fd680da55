"""Messages of `contacts`, `check-contact` and `profiles`: channels, hours, verdicts."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- profiles: loading and listing
    "profiles.unknown": {
        "en": "Unknown profile {name!r}. Known profiles: {known}. A path to a YAML file works too.",
        "zh": "没有名为“{name}”的联系资料。可用的有：{known}。也可以直接给出 YAML 文件的路径。",
    },
    "profiles.no-phone": {
        "en": "{title} has no phone support: any phone number claiming to be theirs is a scam.",
        "zh": "{title}没有电话客服：任何自称是{title}客服的电话号码都是诈骗。",
    },
    "profiles.unlisted-phone": {
        "en": "{title} lists no phone line: calls or numbers claiming to be {title} are a known "
              "scam.",
        "zh": "{title}没有公布任何客服电话：自称{title}的来电或号码是常见的诈骗手法。",
    },
    "profiles.col.name": {"en": "name", "zh": "名称"},
    "profiles.col.title": {"en": "provider", "zh": "服务商"},
    "profiles.col.source": {"en": "source", "zh": "来源"},
    "profiles.col.checked": {"en": "checked", "zh": "核对日期"},
    "profiles.col.channels": {"en": "channels", "zh": "渠道数"},
    "profiles.none": {"en": "No profiles found.", "zh": "没有找到任何联系资料。"},
    "profiles.source.builtin": {"en": "built-in", "zh": "内置"},
    "profiles.source.with-path": {"en": "{source} ({path})", "zh": "{source}（{path}）"},
    "profiles.source.package": {"en": "package {name}", "zh": "扩展包 {name}"},
    "profiles.show.name": {"en": "Profile", "zh": "资料名称"},
    "profiles.show.source": {"en": "Loaded from", "zh": "读取自"},
    "profiles.show.region": {"en": "Public holidays of", "zh": "节假日按此地区计算"},
    "profiles.show.region-none": {"en": "none (weekends only)", "zh": "无（只区分工作日和周末）"},
    "profiles.show.timezone": {"en": "Time zone", "zh": "时区"},
    "profiles.show.checked": {"en": "Last checked", "zh": "最近核对"},
    "profiles.show.phone": {"en": "Phone support", "zh": "电话客服"},
    "profiles.show.phone.listed": {"en": "the numbers listed below", "zh": "见下方列出的号码"},
    "profiles.show.phone.none": {"en": "none", "zh": "没有"},
    "profiles.show.phone.unlisted": {"en": "no official line found", "zh": "未找到官方号码"},
    "profiles.show.domains": {"en": "Official domains", "zh": "官方域名"},
    "profiles.show.domains-none": {
        "en": "none confirmed: we could not verify an official web address",
        "zh": "暂无：我们未能核实官方网址",
    },
    "profiles.show.sources": {"en": "Sources", "zh": "资料来源"},
    # -- the channels screen
    "contacts.heading": {"en": "Contact channels — {title}", "zh": "联系渠道：{title}"},
    "contacts.outside": {
        "en": "WARNING: this profile is not part of walletsupport; it was loaded from {path}. "
              "Check every number and address in it yourself before trusting it.",
        "zh": "警告：这份联系资料不是 walletsupport 自带的，而是从 {path} 读取的。"
              "请先亲自核实其中的每个号码和地址，再决定是否相信。",
    },
    "contacts.outside-short": {"en": "from file: {path}", "zh": "来自文件：{path}"},
    "contacts.col.channel": {"en": "Channel", "zh": "渠道"},
    "contacts.col.contact": {"en": "Contact", "zh": "联系方式"},
    "contacts.col.when": {"en": "When", "zh": "时间"},
    "contacts.kind.chat": {"en": "Chat", "zh": "在线客服"},
    "contacts.kind.phone": {"en": "Phone", "zh": "电话"},
    "contacts.kind.email": {"en": "Email", "zh": "邮件"},
    "contacts.kind.social": {"en": "Social media", "zh": "社交媒体"},
    "contacts.kind.in-app": {"en": "In the app", "zh": "App 内"},
    "contacts.kind.web-form": {"en": "Website", "zh": "官网"},
    "contacts.tag.help-centre": {"en": "help centre", "zh": "帮助中心"},
    "contacts.tag.freeze": {
        "en": "freeze or lock the account here",
        "zh": "可在这里冻结或锁定账户",
    },
    "contacts.tag.report": {"en": "for reporting scams only", "zh": "仅用于举报诈骗"},
    "contacts.tag.merchant": {"en": "for merchants", "zh": "仅限商户"},
    "contacts.tag.info-only": {
        "en": "information only: never handles your case or writes to you first",
        "zh": "只发布信息：不处理个人问题，也不会主动私信你",
    },
    "contacts.tag.complaints": {"en": "formal complaints", "zh": "正式投诉"},
    "contacts.tag.sign-in": {"en": "after signing in", "zh": "需先登录"},
    "contacts.tag.no-sign-in": {"en": "no sign-in needed", "zh": "无需登录"},
    "contacts.tag.sign-in-unverified": {"en": "whether you must sign in is not confirmed",
                                        "zh": "是否需要登录尚未核实"},
    "contacts.recommended": {"en": "★ best", "zh": "★ 推荐"},
    "contacts.confidence-m": {"en": "(unconfirmed)", "zh": "（待核实）"},
    "contacts.no-value": {"en": "—", "zh": "—"},
    "contacts.languages": {"en": "Languages: {langs}", "zh": "语言：{langs}"},
    "contacts.lang.en": {"en": "English", "zh": "英语"},
    "contacts.lang.zh": {"en": "Chinese", "zh": "中文"},
    # hours
    "contacts.hours.always": {"en": "24/7", "zh": "全天 24 小时"},
    "contacts.hours.unknown": {"en": "Hours not published", "zh": "未公布服务时间"},
    "contacts.hours.entry": {"en": "{days} {start}–{end}", "zh": "{days} {start}–{end}"},
    "contacts.hours.with-zone": {"en": "{hours} ({zone})", "zh": "{hours}（{zone}）"},
    "contacts.hours.working-days": {
        "en": "closed on public holidays; open on make-up working days",
        "zh": "法定节假日休息，调休上班日照常服务",
    },
    "contacts.days.daily": {"en": "Daily", "zh": "每天"},
    "contacts.days.range": {"en": "{first}–{last}", "zh": "{first}至{last}"},
    "contacts.days.sep": {"en": ", ", "zh": "、"},
    "contacts.day.0": {"en": "Mon", "zh": "周一"},
    "contacts.day.1": {"en": "Tue", "zh": "周二"},
    "contacts.day.2": {"en": "Wed", "zh": "周三"},
    "contacts.day.3": {"en": "Thu", "zh": "周四"},
    "contacts.day.4": {"en": "Fri", "zh": "周五"},
    "contacts.day.5": {"en": "Sat", "zh": "周六"},
    "contacts.day.6": {"en": "Sun", "zh": "周日"},
    "contacts.months": {
        "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "zh": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
    },
    # now
    "contacts.now.open": {"en": "Open now", "zh": "现在可以联系"},
    "contacts.now.open-until": {"en": "Open now, until {time}", "zh": "现在可以联系，服务截至{time}"},
    "contacts.now.always": {"en": "Open now", "zh": "现在可以联系"},
    "contacts.now.closed": {"en": "Closed now", "zh": "现在不在服务时间"},
    "contacts.now.opens": {
        "en": "Closed now; opens {time}",
        "zh": "现在不在服务时间，{time}起可以联系",
    },
    "contacts.now.unknown": {"en": "Open now? Not known", "zh": "现在是否有人接待：未知"},
    "contacts.time.today": {"en": "today {hm}", "zh": "今天 {hm}"},
    "contacts.time.tomorrow": {"en": "tomorrow {hm}", "zh": "明天 {hm}"},
    "contacts.time.date": {
        "en": "{weekday} {day} {month} {hm}",
        "zh": "{month}{day}日（{weekday}）{hm}",
    },
    "contacts.time.with-provider": {
        "en": "{time} ({hm} {zone})",
        "zh": "{time}（{zone} {hm}）",
    },
    # speed
    "contacts.speed.peak": {
        "en": "Weekday working hours: fastest answers",
        "zh": "工作日白天回复最快",
    },
    "contacts.speed.off-peak": {
        "en": "Outside the main working hours: slower",
        "zh": "现在不是工作日白天，回复较慢",
    },
    "contacts.speed.weekend": {
        "en": "Weekend: slower answers, be patient",
        "zh": "现在是周末，回复较慢，请耐心等待",
    },
    "contacts.speed.holiday": {
        "en": "Public holiday ({name}): slower answers, be patient",
        "zh": "现在是法定节假日（{name}），回复较慢，请耐心等待",
    },
    "contacts.speed.makeup": {
        "en": "Make-up working day (调休): a working day",
        "zh": "今天是调休上班日",
    },
    # footer
    "contacts.warnings": {"en": "Before you contact {title}:", "zh": "联系{title}之前请注意："},
    "contacts.warnings.generic": {
        "en": "Before you contact support:",
        "zh": "联系客服之前请注意：",
    },
    "contacts.legend.recommended": {
        "en": "★ = try these first for this problem.",
        "zh": "★ = 针对这个问题，建议优先使用。",
    },
    # An authority has no app and is no provider: its own legend points to the government's site.
    "contacts.legend.m.authority": {
        "en": "Unconfirmed = reported consistently by several reputable sources but not confirmed "
              "on the authority's own page: check it on the government's official website.",
        "zh": "※ 待核实：多个可靠来源说法一致，但未在该机构自己的页面上确认，可到政府官网上再核对一次。",
    },
    "contacts.legend.m": {
        "en": "Unconfirmed = reported consistently by several reputable sources but not confirmed "
              "on the provider's own page: check it in the app or on the official website.",
        "zh": "※ 待核实：多个可靠来源说法一致，但未在服务商自己的页面上确认，请在 App 内或官网上再核对一次。",
    },
    "contacts.best-time": {
        "en": "Best time: working days, {ranges} (provider's time). Weekends and public "
              "holidays are slower.",
        "zh": "最佳联系时间：工作日 {ranges}（服务商当地时间）。周末和法定节假日回复较慢。",
    },
    "contacts.best-time.join": {"en": " and ", "zh": " 和 "},
    "contacts.zone-offset": {"en": "{zone}, {offset}", "zh": "{zone}，{offset}"},
    "contacts.times-in": {
        "en": "Times are your local time ({zone}) unless marked otherwise.",
        "zh": "如无特别标注，时间均为你的本地时间（{zone}）。",
    },
    "contacts.at": {
        "en": "As at {when} (your time).",
        "zh": "以下按 {when}（你的本地时间）计算。",
    },
    "contacts.checked": {
        "en": "Checked {date}. Sources: {sources}",
        "zh": "核对日期：{date}。资料来源：{sources}",
    },
    "contacts.sources.sep": {"en": "; ", "zh": "；"},
    "contacts.checked.none": {
        "en": "Checked {date}. This profile holds no numb"
              "ers or addresses, only where to find them.",
        "zh": "核对日期：{date}。这份资料不含任何号码或地址，只说明去哪里找官方渠道。",
    },
    "contacts.stale": {
        "en": "This profile was last checked {days} days ago. Numbers change: confirm on the "
              "official website.",
        "zh": "这份资料已有 {days} 天没有核对。号码可能已变更，请到官网确认。",
    },
    "contacts.problem": {
        "en": "Ranked for the problem: {title}",
        "zh": "已按这个问题排序：{title}",
    },
    "contacts.when-bad": {
        "en": "--when takes a local date and time such as \"2026-10-03 10:00\", not {value!r}",
        "zh": "--when 要写本地的日期和时间，例如 \"2026-10-03 10:00\"；“{value}”不是这种写法",
    },
    # -- check-contact
    "contacts.check.official": {
        "en": "OFFICIAL: {value} is listed by {title}: {kind}, {label}.",
        "zh": "官方渠道：{value} 是{title}公布的{kind}渠道“{label}”。",
    },
    "contacts.check.official-domain": {
        "en": "OFFICIAL DOMAIN: {value} is on {domain}, an official domain of {title}.",
        "zh": "官方域名：{value} 属于{title}的官方域名 {domain}。",
    },
    "contacts.check.not-safe": {
        "en": "WARNING: {value} belongs to {title}, but is not safe as written:",
        "zh": "警告：{value} 属于{title}，但按现在的写法并不安全：",
    },
    "contacts.check.other-profile": {
        "en": "This belongs to {title}, not to the profile in use ({active}).",
        "zh": "它属于{title}，而不是你当前使用的联系资料（{active}）。",
    },
    "contacts.check.from-file": {
        "en": "Careful: this match comes from a profile loaded from {path}, not one shipped "
              "with walletsupport.",
        "zh": "注意：这个结果来自从 {path} 读取的联系资料，而不是 walletsupport 自带的资料。",
    },
    "contacts.check.checked": {
        "en": "Data checked {date}.",
        "zh": "资料核对日期：{date}。",
    },
    "contacts.check.warning": {
        "en": "WARNING: {value} does not match any official channel we know. Do not call, "
              "click, reply or pay.",
        "zh": "警告：{value} 与我们掌握的任何官方渠道都不符。不要拨打、点击、回复或付款。",
    },
    "contacts.check.why": {"en": "Why:", "zh": "原因："},
    "contacts.check.secret": {
        "en": "WARNING: {value} is not a phone number, link, email or account: it holds "
              "something secret, so it was not checked, shown or kept. Never give it to "
              "anyone, even someone who says they are support.",
        "zh": "警告：{value} 不是电话、链接、邮箱或账号，而是含有机密信息，所以没有检查、"
              "显示或保存它。不要把它交给任何人，哪怕对方自称客服。",
    },
    "contacts.check.advice": {
        "en": "Find the official channel yourself: open the wallet app's help centre, or type "
              "the official website address by hand. Never use a number or link from a search "
              "ad, a message or a reply on social media.",
        "zh": "请自己去找官方渠道：打开钱包 App 的帮助中心，或在浏览器里手动输入官网地址。"
              "不要使用搜索广告、短信、私信或社交媒体回复里给出的号码和链接。",
    },
    "contacts.check.see": {
        "en": "Official channels: walletsupport contacts --profile {name}",
        "zh": "官方渠道列表：walletsupport contacts --profile {name}",
    },
    "contacts.check.note.info-only": {
        "en": "This account only posts information: it never handles your case and never "
              "writes to you first. Anyone who does is not them.",
        "zh": "这个账号只发布信息：不会处理你的个人问题，也不会主动联系你。"
              "主动联系你的都不是官方。",
    },
    "contacts.check.note.merchant": {
        "en": "This channel is for merchants, not for personal accounts.",
        "zh": "这个渠道面向商户，不处理个人账户问题。",
    },
    "contacts.check.note.report": {
        "en": "This address is for reporting scams and impersonation, not for help with "
              "your account.",
        "zh": "这个地址只用于举报诈骗和冒充行为，不处理账户问题。",
    },
    "contacts.check.scope.all": {
        "en": "any profile walletsupport ships",
        "zh": "walletsupport 自带的所有资料",
    },
    "contacts.check.scope.both": {
        "en": "{title} or of any profile walletsupport ships",
        "zh": "{title}的资料和 walletsupport 自带的所有资料",
    },
    "contacts.reason.not-listed": {
        "en": "It is not in the official list of {scope}.",
        "zh": "{scope}里都没有把它列为官方渠道。",
    },
    "contacts.reason.lookalike": {
        "en": "It looks like {official} ({title}) but is not the same: a changed, swapped or "
              "added character, or another ending, is a classic fake.",
        "zh": "它看起来像 {official}（{title}），但并不相同："
              "改一个字符、调换顺序、多加字符或换个后缀，"
              "都是仿冒的惯用手法。",
    },
    "contacts.reason.homoglyph": {
        "en": "It uses letters from other alphabets that look like Latin ones, to imitate "
              "{official} ({title}).",
        "zh": "它用其他文字中长得像拉丁字母的字符来冒充 {official}（{title}）。",
    },
    "contacts.reason.punycode": {
        "en": "It is an encoded international name: {ascii} is shown as {unicode}, a way to "
              "hide look-alike letters.",
        "zh": "这是经过编码的国际化域名：{ascii} 实际显示为 {unicode}，常被用来隐藏形近字符。",
    },
    "contacts.reason.name-inside": {
        "en": "It puts the name \"{name}\" inside an address that does not belong to {title}.",
        "zh": "它把“{name}”这个名字放进了一个不属于{title}的地址或账号里。",
    },
    "contacts.reason.not-https": {
        "en": "The link starts with http://, not https://: it is not encrypted and can be "
              "intercepted or faked.",
        "zh": "链接以 http:// 而不是 https:// 开头：没有加密，可能被拦截或伪造。",
    },
    "contacts.reason.messaging": {
        "en": "It is a personal messaging account ({service}); wallets do not give support "
              "through WhatsApp, Telegram, QQ or WeChat groups, or similar accounts.",
        "zh": "这是个人即时通讯账号（{service}）；"
              "钱包官方不会通过 WhatsApp、Telegram、QQ 群、微信群之类的账号或群聊提供客服。",
    },
    "contacts.reason.personal-mailbox": {
        "en": "It is a personal mailbox ({domain}); no wallet's support writes from one.",
        "zh": "这是个人邮箱（{domain}）；钱包官方客服不会用个人邮箱联系你。",
    },
    "contacts.reason.no-phone": {
        "en": "{title} has no phone support at all, so any number claiming to be theirs is a "
              "scam.",
        "zh": "{title}根本没有电话客服，任何自称是{title}客服的号码都是诈骗。",
    },
    "contacts.reason.unlisted-phone": {
        "en": "{title} lists no phone line; calls claiming to be {title} are a known scam.",
        "zh": "{title}没有公布任何客服电话；自称{title}的来电是常见的诈骗手法。",
    },
    "contacts.reason.disguised-link": {
        "en": "The link shows \"{shown}\" but really goes to {host}: everything before an "
              "\"@\" in a web address is ignored.",
        "zh": "这个链接表面上写着“{shown}”，实际却指向 {host}：网址中“@”前面的部分会被忽略。",
    },
    "contacts.reason.ip-address": {
        "en": "The link points at a bare numeric address ({host}) instead of a name.",
        "zh": "这个链接指向一串数字地址（{host}），而不是正常的域名。",
    },
    "contacts.reason.unrecognised": {
        "en": "It does not look like a phone number, a web address, an email or an account "
              "name.",
        "zh": "它看起来不像电话号码、网址、邮箱或账号名。",
    },
}

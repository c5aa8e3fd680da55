"""Messages about numbers and times as people write them: readings, doubts, sums left out."""

MESSAGES: dict[str, dict[str, str]] = {
    "answer-error.not-finite": {
        "en": "{value!r} is not a number one can count with; type an amount such as 10000.",
        "zh": "“{value}”不是可以计算的数；请填写像 10000 这样的金额。",
    },
    "answer-error.too-large": {
        "en": "{value!r} is too large; amounts up to 1,000,000,000,000,000 are taken.",
        "zh": "“{value}”太大了；金额最多到 1,000,000,000,000,000。",
    },
    "answer-error.too-many-digits": {
        "en": "{value!r} has more digits than any amount needs; round it to a few decimals.",
        "zh": "“{value}”的位数太多了；保留几位小数就够了。",
    },
    "answer-error.negative": {
        "en": "{value!r} is below zero; type the amount without a minus sign.",
        "zh": "“{value}”是负数；请去掉负号，只写金额。",
    },
    "answer-error.two-numbers": {
        "en": "{value!r} holds more than one number; type just the one asked for.",
        "zh": "“{value}”里有不止一个数；请只写问到的那一个。",
    },
    "answer-error.two-currencies": {
        "en": "{value!r} names more than one currency; keep the one the amount is in.",
        "zh": "“{value}”里有不止一种币种；请只保留这笔金额的币种。",
    },
    "answer-error.which-krona": {
        "en": "{value!r} says “kr”, the krona or krone of Sweden, Norway, Denmark and Iceland; "
              "write its code instead, such as 2500 SEK, NOK, DKK or ISK.",
        "zh": "“{value}”里的“kr”可能是瑞典、挪威、丹麦或冰岛的货币；请改写成币种代码，"
              "比如 2500 SEK、NOK、DKK 或 ISK。",
    },
    "answer-error.not-a-rate": {
        "en": "{value!r} is an amount; this question asks for a rate, such as 0.6% or 千分之一.",
        "zh": "“{value}”是金额；这里问的是费率，比如 0.6% 或千分之一。",
    },
    "answer-error.not-an-amount": {
        "en": "{value!r} is a rate; this question asks for an amount, such as 10000 CNY.",
        "zh": "“{value}”是费率；这里问的是金额，比如 2500 元。",
    },
    # Asked by the fees sums and by the scam amount (for the police): say why in words that
    # fit both; "the sums are shown in it" meant nothing on the scam path (walk A W3).
    "answer-error.needs-currency": {
        "en": "{value!r} has no currency, and {number} alone could be yuan, dollars or euros; "
              "write it with one, such as {number} CNY, ¥{number} or €{number}.",
        "zh": "“{value}”没有写币种，光看 {number} 分不清是人民币、美元还是欧元；"
              "请带上币种，比如 {number} 元、{number} 美元或 €{number}。",
    },
    "answer-error.needs-currency-ambiguous": {
        "en": "{value!r} has no currency, and the sums are shown in it; it can also be read as "
              "{readings}. Write the one you meant with its currency, such as {first} CNY or "
              "{second} €.",
        "zh": "“{value}”没有写币种，后面的算式要用到它；而且它可以理解为 {readings}。"
              "请按你的本意带上币种重写，比如 {first} 元或 {second} €。",
    },
    "answer-error.date-not-reference": {
        "en": "{value!r} is a date; this question asks for the number itself, as the details "
              "show it (the date is asked separately).",
        "zh": "“{value}”是日期；这里要填的是编号本身，按详情页上显示的抄下来（日期另有问题问）。",
    },
    "answer-error.bare-number-time": {
        "en": "{value!r} alone could be a day, an hour or a time ago; write it as a date and "
              "time, such as 2026-11-30 13:00, “yesterday 1pm” or “1 hour ago”.",
        "zh": "只写“{value}”，看不出是几号、几点还是多久以前；请写成日期和时间，"
              "比如 2026-11-30 13:00、“昨天下午1点”或“1小时前”。",
    },
    "answer-error.rate-too-large": {
        "en": "{value!r} is over 100%; check the rate on the fee page.",
        "zh": "“{value}”超过了 100%；请对照收费说明再看一下费率。",
    },
    "answer-error.ambiguous-number": {
        "en": "{value!r} can be read more than one way.",
        "zh": "“{value}”有不止一种读法。",
    },
    "number.reading": {"en": "{shown} ({words})", "zh": "{shown}（{words}）"},
    "number.currency-borrowed": {
        "en": "No currency given: read as {shown}, in the currency of your answer to "
              "“{label}” ({source}). Go back if it was in another currency.",
        "zh": "没有写币种，按前面“{label}”的币种（{source}）理解为 {shown}。"
              "如果不是这个币种，请返回修改。",
    },
    "number.confirm": {
        "en": "I read “{typed}” as {reading}. Right?",
        "zh": "“{typed}”我理解为 {reading}，对吗？",
    },
    "number.confirm.yes": {"en": "Yes, {reading}", "zh": "对，是 {reading}"},
    "number.confirm.other": {"en": "No, I meant {reading}", "zh": "不对，我指的是 {reading}"},
    "number.confirm.retype": {"en": "Neither: let me type it again",
                              "zh": "都不对，我重新输入"},
    "errors.ambiguous-number": {
        "en": "{origin}: the answer to '{question}', “{value}”, can be read as {readings}. "
              "Write it so that it reads one way only, for example {examples}.",
        "zh": "{origin}：问题“{question}”的回答“{value}”可以理解为 {readings}。"
              "请换一种只有一种读法的写法，例如 {examples}。",
    },
    "errors.ambiguous-number.or": {"en": " or ", "zh": " 或 "},
    "sums.left-out.too-large": {
        "en": "Some sums are left out: the numbers are too large to work with. "
              "Check the amounts you typed.",
        "zh": "有几项没有算：数字太大，无法计算。请检查你填写的金额。",
    },
    "sums.left-out.mixed-currencies": {
        "en": "Some sums are left out: they would add amounts in different currencies. "
              "Give every amount in the same currency.",
        "zh": "有几项没有算：这些金额的币种不同，不能直接相加减。请用同一种币种填写所有金额。",
    },
    "sums.left-out.division-by-zero": {
        "en": "Some sums are left out: they would divide by zero.",
        "zh": "有几项没有算：算式里要除以零。",
    },
    "sums.left-out.unreadable": {
        "en": "Some sums are left out: an amount given earlier could not be read.",
        "zh": "有几项没有算：前面填写的某个金额无法识别。",
    },
    "dates.read": {
        "en": "{moment} {zone} (you wrote: {typed})",
        "zh": "{moment}（{zone}，原话：{typed}）",
    },
    "dates.read.same": {"en": "{moment} {zone}", "zh": "{moment}（{zone}）"},
    # A vague answer ("last week") is the days it covers, first and last.
    "dates.span": {"en": "{first} to {last}", "zh": "{first} 至 {last}"},
    # In a message the user sends to support: "you wrote" would read as support's words.
    "dates.read.letter": {
        "en": "{moment} {zone} (I wrote: {typed})",
        "zh": "{moment}（{zone}，原话：{typed}）",
    },
    "dates.not-understood": {
        "en": "{typed} (not understood as a date and time; kept as written)",
        "zh": "{typed}（未能识别为日期和时间，按原文保留）",
    },
    "dates.notice": {"en": "Read as {moment}.", "zh": "已记为 {moment}。"},
    "dates.notice.utc": {
        "en": "Read as {moment}: this computer's time zone. If you are in another, type the "
              "time again with your zone (for example “yesterday 10:30 UTC+8”), or set zone in "
              "{config}.",
        "zh": "已记为 {moment}（按这台电脑的时区）。如果你在别的时区，请重新输入并写上时区"
              "（例如“昨天上午10点半 北京时间”），或者在 {config} 里设置 zone。",
    },
    "dates.zone.ask": {
        "en": "This computer's clock runs on UTC, so “{typed}” would be read as {moment}. "
              "Which time zone are you in?",
        "zh": "这台电脑的时区是 UTC，“{typed}”会被记为 {moment}。你在哪个时区？",
    },
    "dates.zone.suggested": {"en": "{zone}", "zh": "{zone}"},
    "dates.zone.utc": {"en": "UTC, as read", "zh": "就是 UTC"},
    "dates.zone.retype": {
        "en": "Another: let me type the time again with my zone (e.g. yesterday 10:30 UTC-5)",
        "zh": "其他时区：我重新输入，并写上时区（例如：昨天上午10点半 UTC+9）",
    },
    "dates.zone.remember": {
        "en": "Times are read in {label} from now on. To have this every time, set "
              "zone=\"{zone}\" in {config}.",
        "zh": "接下来的时间都按{label}记录。想以后都这样，可以在 {config} 里设置 "
              "zone=\"{zone}\"。",
    },
    "dates.unclear": {
        "en": "I could not read a date and time in “{typed}”.",
        "zh": "没能从“{typed}”里看出日期和时间。",
    },
    "dates.unclear.keep": {"en": "Keep it as I wrote it", "zh": "就按我写的保留"},
    "dates.future": {
        "en": "“{typed}” reads as {moment}, which has not come yet. When did it happen?",
        "zh": "“{typed}”会被记为 {moment}，这个时间还没到。请问实际是什么时候发生的？",
    },
    "dates.future.retype": {"en": "Let me type it again (e.g. yesterday 10:30, 2 hours ago)",
                            "zh": "我重新输入（例如：昨天上午10点半、2小时前）"},
    "errors.future-time": {
        "en": "{origin}: the answer to '{question}', {value}, reads as {moment}, which has not "
              "come yet. Write when it happened, for example “yesterday 10:30”.",
        "zh": "{origin}：问题“{question}”的回答 {value} 会被记为 {moment}，这个时间还没到。"
              "请写实际发生的时间，例如“昨天上午10点半”。",
    },
    "errors.zone-unsure": {
        "en": "{origin}: the answer to '{question}', “{typed}”, names no time zone, and this "
              "computer's is UTC, which may not be yours ({suggested}, for one, is {offset}). "
              "Write the zone in the answer, for example “{typed} {offset}”, or set "
              "zone = \"{zone}\" in config.toml (or TZ={zone}).",
        "zh": "{origin}：问题“{question}”的回答“{typed}”没有写时区。这台电脑的时区是 UTC，"
              "不一定和你的一样（{suggested}是 {offset}）。请在回答里写上时区，例如"
              "“{typed} {offset}”，或者在 config.toml 里设置 zone = \"{zone}\"（也可以设置 "
              "TZ={zone}）。",
    },
    "dates.abbr.ask": {
        "en": "“{typed}” says {abbr}, which is the name of more than one time zone. Which one "
              "did you mean?",
        "zh": "“{typed}”里的 {abbr} 可以指好几个时区。你指的是哪一个？",
    },
    "dates.abbr.retype": {
        "en": "Another: let me type the time again with its offset (e.g. yesterday 10:30 UTC-6)",
        "zh": "都不是：我重新输入，并写上 UTC 时差（例如：昨天上午10点半 UTC+8）",
    },
    "dates.abbr.china": {"en": "China Standard Time ({offset})", "zh": "北京时间（{offset}）"},
    "dates.abbr.us-central": {"en": "US Central Standard Time ({offset})",
                              "zh": "美国中部标准时间（{offset}）"},
    "dates.abbr.cuba": {"en": "Cuba Standard Time ({offset})", "zh": "古巴标准时间（{offset}）"},
    "dates.abbr.india": {"en": "India Standard Time ({offset})", "zh": "印度标准时间（{offset}）"},
    "dates.abbr.ireland": {"en": "Irish Standard Time, Ireland in summer ({offset})",
                           "zh": "爱尔兰夏令时（{offset}）"},
    "dates.abbr.israel": {"en": "Israel Standard Time ({offset})",
                          "zh": "以色列标准时间（{offset}）"},
    "dates.abbr.british-summer": {"en": "British Summer Time ({offset})",
                                  "zh": "英国夏令时（{offset}）"},
    "dates.abbr.bangladesh": {"en": "Bangladesh Standard Time ({offset})",
                              "zh": "孟加拉国标准时间（{offset}）"},
    "dates.abbr.atlantic": {"en": "Atlantic Standard Time, Canada and the Caribbean ({offset})",
                            "zh": "大西洋标准时间，加拿大东部和加勒比地区（{offset}）"},
    "dates.abbr.arabia": {"en": "Arabia Standard Time, Saudi Arabia and the Gulf ({offset})",
                          "zh": "阿拉伯标准时间，沙特和海湾地区（{offset}）"},
    "errors.zone-ambiguous": {
        "en": "{origin}: the answer to '{question}', “{typed}”, says {abbr}, which can mean "
              "{readings}. Write the offset instead, for example “{example}”.",
        "zh": "{origin}：问题“{question}”的回答“{typed}”里的 {abbr} 可以指{readings}。"
              "请改写成 UTC 时差，例如“{example}”。",
    },
    "dates.unclear.retype": {"en": "Let me type it again (e.g. yesterday 10:30)",
                             "zh": "我重新输入（例如：昨天上午10点半）"},
}

"""Write the hostile corpus: flows and profiles built to slip a scam contact past validation.

Run ``python tests/corpus/hostile/generate.py`` after changing the tables below;
the files it writes are kept in the repository so that the tests read files
exactly as an author would hand them in. Each file carries one disguised
contact detail on the line marked ``# <- hostile``; tests/test_hostile.py
checks that validation refuses every one of them at that place.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (name, text): scam contact details as a flow or profile author might disguise them.
DISGUISES = [
    ("phone-dots", "Call our desk on 138.0013.8000 for help."),
    ("phone-slashes", "Call 138/0013/8000 to unlock it."),
    ("phone-spaces", "Ring 138 0013 8000 any time."),
    ("phone-every-digit-spaced", "Ring 1 3 8 0 0 1 3 8 0 0 0 now."),
    ("phone-spaced-dashes", "Call 138 - 0013 - 8000 today."),
    ("phone-unicode-hyphens", "Call 138\u20100013\u20118000 today."),
    ("phone-fullwidth", "请拨打客服电话１３８００１３８０００。"),
    ("phone-fullwidth-hyphen", "客服：１３８－００１３－８０００"),
    ("phone-mixed-width", "Call 13８00１38000 now."),
    ("phone-zero-width-space", "Call 138\u200b0013\u200b8000 now."),
    ("phone-zero-width-joiner", "Call " + "\u200d".join("13800138000") + "."),
    ("phone-word-joiner", "Call 138\u20600013\u20608000."),
    ("phone-soft-hyphen", "Call 138\u00ad0013\u00ad8000."),
    ("phone-bom-inside", "Call 138\ufeff0013\ufeff8000."),
    ("phone-chinese-numerals", "请拨打一三八〇〇一三八〇〇〇联系客服。"),
    ("phone-chinese-numerals-zero", "客服电话：一三八零零一三八零零零"),
    ("phone-chinese-financial", "请致电壹叁捌零零壹叁捌零零零。"),
    ("phone-chinese-yao", "拨幺三八 零零幺三 八零零零转人工。"),
    ("phone-chinese-spaced", "电话 一 三 八 〇 〇 一 三 八 〇 〇 〇"),
    ("phone-circled", "Call ①③⑧⓪⓪①③⑧⓪⓪⓪."),
    ("phone-arabic-indic", "Call ١٣٨٠٠١٣٨٠٠٠ now."),
    ("phone-international", "Call +86-138-0013-8000 now."),
    ("phone-brackets", "Call (010) 8888 6666 now."),
    ("phone-400", "官方热线 400-820-8820。"),
    ("phone-short-hotline", "Call the hotline 95 588."),
    ("phone-plain", "Call 13800138000."),
    ("phone-ideographic-space", "电话１３８\u3000００１３\u3000８０００"),
    ("email-fullwidth-at", "Write to help＠wallet-help.com."),
    ("email-spelt-at-dot", "Write to help [at] wallet-help [dot] com."),
    ("email-parens", "Write to help(at)gmail(dot)com."),
    ("email-fullwidth-all", "写信到ｈｅｌｐ＠ｑｑ．ｃｏｍ。"),
    ("email-zero-width", "Write to help@wallet\u200b-help.com."),
    ("email-plain", "Write to support@wallet-help.com."),
    ("domain-support", "Visit wallet.support to verify your account."),
    ("domain-xyz", "Go to secure-wallet-help.xyz today."),
    ("domain-uppercase", "Visit WALLET.SUPPORT now."),
    ("domain-ideographic-dot", "访问 wallet。support 解冻。"),
    ("domain-fullwidth-dot", "访问 wallet．support 解冻。"),
    ("domain-fullwidth-letters", "访问 ｗａｌｌｅｔ．ｓｕｐｐｏｒｔ。"),
    ("domain-bracket-dot", "Visit wallet[.]support now."),
    ("domain-spelt-dot", "Visit wallet (dot) support now."),
    ("domain-zero-width", "Visit wallet\u200b.\u200bsupport now."),
    ("domain-cn", "访问 alipay-kefu.cn 申请解冻。"),
    ("domain-behind-official", "Open help.paypal.com.account-check.xyz to confirm."),
    ("domain-middle-dot", "Visit wallet·help now."),
    ("domain-messaging-short", "Message t.me/walletsupport for help."),
    ("domain-whatsapp", "Chat on wa.me/8613800138000."),
    ("link-defanged", "Open hxxps://wallet-verify.top/login."),
    ("link-www", "Open www.walletsupport.online."),
    ("link-https", "Open https://wallet-help.example/unlock."),
    ("ip-bare", "Log in at 185.23.4.77 to unlock."),
    ("ip-link", "Open http://185.23.4.77/login."),
    ("ip-ideographic-dots", "登录 185。23。4。77 解冻。"),
    ("ip-v6", "Connect to 2001:db8:85a3::8a2e:370:7334."),
    ("handle-at", "DM @wallet_support_team for help."),
    ("handle-fullwidth-at", "Message ＠WalletHelpDesk."),
    ("messaging-wechat-id", "加客服微信号：kefu888 处理。"),
    ("messaging-add-wechat", "加微信kefu_wallet 解冻。"),
    ("messaging-telegram", "Telegram: wallet_helpdesk"),
]

#: Where a flow text can hide: (field name, the YAML of a flow with {text} in that field).
FLOW = """\
# Hostile corpus ({name}): a flow whose {where} holds a disguised contact detail.
id: hostile-{name}
title:
  en: {title_en}
  zh: {title_zh}
summary:
  en: {summary_en}
  zh: 测试用的流程
keywords: [test]
start: q
nodes:
  q:
    kind: select
    prompt:
      en: {prompt_en}
      zh: 选一个
    choices:
      - id: a
        label:
          en: {label_en}
          zh: 选项甲
        next: tip
      - id: b
        label: {{en: Option B, zh: 选项乙}}
        next: tip
  tip:
    kind: advice
    steps:
      - id: step
        text:
          en: {step_en}
          zh: {step_zh}
    next: done
  done:
    kind: end
    outcome: resolved
    message:
      en: {message_en}
      zh: 完成
"""
FLOW_FIELDS = ["title_en", "title_zh", "summary_en", "prompt_en", "label_en", "step_en",
               "step_zh", "message_en"]
PLAIN = {"title_en": "Test flow", "title_zh": "测试流程", "summary_en": "A flow for tests",
         "prompt_en": "Pick one", "label_en": "Option A", "step_en": "Check the app.",
         "step_zh": "查看 App。", "message_en": "Done"}

PROFILE = """\
# Hostile corpus ({name}): a profile whose {where} holds a contact its channels do not list.
name: hostile
title:
  en: {title_en}
  zh: 测试钱包
region: CN
timezone: Asia/Shanghai
checked: 2026-11-25
names: [testwallet]
domains: [testwallet.com]
sources:
  - title: {{en: Test source, zh: 测试来源}}
    url: https://www.testwallet.com/help
warnings:
  - confidence: M
    text:
      en: {warning_en}
      zh: {warning_zh}
channels:
  - id: hotline
    kind: phone
    confidence: M
    label:
      en: {label_en}
      zh: 客服热线
    value: {value}
    hours: 24/7
    note:
      en: {note_en}
      zh: {note_zh}
  - id: help
    kind: web-form
    confidence: M
    label: {{en: Help centre, zh: 帮助中心}}
    value: https://www.testwallet.com/help
"""
PROFILE_FIELDS = ["title_en", "warning_en", "warning_zh", "label_en", "note_en", "note_zh"]
PROFILE_PLAIN = {"title_en": "Test wallet", "warning_en": "Staff never ask for your password.",
                 "warning_zh": "客服不会索要密码。", "label_en": "Customer service hotline",
                 "note_en": "Dial 95188 from a mainland phone; see testwallet.com/help.",
                 "note_zh": "请用大陆电话拨打 95188，或看 testwallet.com/help。",
                 "value": '"95188"'}
#: Channel values written with disguised characters (each refused even though it "looks" fine).
VALUES = [
    ("value-fullwidth-digits", '"９５１８８"'),
    ("value-zero-width", '"951\u200b88"'),
    ("value-fullwidth-plus", '"＋86 138 0013 8000"'),
]


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False) + "  # <- hostile"


def main() -> None:
    """Write every corpus file (and remove the ones no longer in the tables)."""
    flows, profiles = HERE / "flows", HERE / "profiles"
    for folder in (flows, profiles):
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.yaml"):
            old.unlink()
    for number, (name, text) in enumerate(DISGUISES):
        where = FLOW_FIELDS[number % len(FLOW_FIELDS)]
        fields = {k: json.dumps(v, ensure_ascii=False) for k, v in PLAIN.items()}
        fields[where] = _quoted(text)
        (flows / f"{name}.yaml").write_text(FLOW.format(name=name, where=where, **fields),
                                            encoding="utf-8")
        where = PROFILE_FIELDS[number % len(PROFILE_FIELDS)]
        values = {k: (v if k == "value" else json.dumps(v, ensure_ascii=False))
                  for k, v in PROFILE_PLAIN.items()}
        values[where] = _quoted(text)
        (profiles / f"{name}.yaml").write_text(
            PROFILE.format(name=name, where=where, **values), encoding="utf-8")
    # The same files with nothing hostile in them: they must load, or a refusal proves nothing.
    plain = {k: json.dumps(v, ensure_ascii=False) for k, v in PLAIN.items()}
    (HERE / "control-flow.yaml").write_text(
        FLOW.format(name="control", where="nothing", **plain).replace(
            "hostile-control", "control"), encoding="utf-8")
    values = {k: (v if k == "value" else json.dumps(v, ensure_ascii=False))
              for k, v in PROFILE_PLAIN.items()}
    (HERE / "control-profile.yaml").write_text(
        PROFILE.format(name="control", where="nothing", **values), encoding="utf-8")
    for name, value in VALUES:
        values = {k: (v if k == "value" else json.dumps(v, ensure_ascii=False))
                  for k, v in PROFILE_PLAIN.items()}
        values["value"] = value + "  # <- hostile"
        (profiles / f"{name}.yaml").write_text(
            PROFILE.format(name=name, where="phone value", **values), encoding="utf-8")


if __name__ == "__main__":
    main()

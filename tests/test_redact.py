"""Examples of what `redact` removes, what it keeps byte-for-byte, and `mask_contact`."""

from __future__ import annotations

import math
import re
import subprocess
import sys

import pytest

from walletsupport.i18n import t
from walletsupport.redact import KINDS, Redacted, mask_contact, redact

# Valid BIP39 phrases made for these tests from fixed entropy (never a real wallet).
EN12 = "review spell winner lonely black logic stage demand left debris ranch curve"
EN15 = (
    "bonus clarify eager stairs aisle finish crack alarm repair auction butter sample define "
    "garlic cave"
)
EN24 = (
    "tissue bitter library energy run fade sense fog tornado eye mercy foot exclude mule "
    "smooth empower engine during fresh husband subway flash coach forum"
)
ZH12 = "象 次 化 辅 洋 定 窝 曼 美 件 隙 此"
ZH18 = "横 俗 值 件 绅 捐 量 胀 新 雅 键 常 稳 释 篇 亭 务 纺"
ZH24 = "贡 尝 延 仪 链 钾 朵 存 八 仓 杭 此 林 腊 土 逮 完 氧 你 话 洋 表 援 痕"
ZHT12 = "叫 操 限 歌 交 招 順 含 毀 你 神 攪"

HEX_KEY = "60e2046319c62c70eee609de53bb565fb58025c4b38655d83abca22324df4ee5"
TX_HASH = "1946a45e4afd34092f7340bf5951462bd32c29345389711f68beee991bf4409c"
WIF_UNCOMPRESSED = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
WIF_COMPRESSED = "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"
XPRV = (
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kej"
    "MRNNU3TGtRBeJgk33yuGBxrMPHi"
)
XPUB = (
    "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqs"
    "efD265TMg7usUDFdp6W1EGMcet8"
)
SOLANA_SECRET = (
    "4LgKyk2HSjA3C9xsxezgqqiCSCEfpv92RbmvjomWdKp4p8P5qJH6x2bNBiaCgp76C7Cvf72CRgkPS7QsTQ6QXtEB"
)

PHRASE = "[recovery phrase removed]"
KEY = "[private key removed]"
CARD = "[card number removed]"
ID = "[ID number removed]"
CODE = "[verification code removed]"
PASSWORD = "[password removed]"
ZH_PHRASE = "[已移除助记词]"
ZH_KEY = "[已移除私钥]"
ZH_CARD = "[已移除银行卡号]"
ZH_ID = "[已移除证件号码]"
ZH_CODE = "[已移除验证码]"
ZH_PASSWORD = "[已移除密码]"


def numbered(phrase: str, style: str, joiner: str = " ") -> str:
    """Number the words of `phrase` the way people do: "1. word", "1) word", "(1) word"."""
    return joiner.join(style.format(i) + word for i, word in enumerate(phrase.split(), 1))


def _plain_cards(text: str) -> str:
    """Card markers without their last four digits (test_redact_corpus tests those)."""
    text = re.sub(r"\[card number removed, ending \d{4}\]", CARD, text)
    return re.sub(r"\[已移除银行卡号，尾号 \d{4}\]", ZH_CARD, text)


def check(text: str, expected: str, kinds: tuple[str, ...], lang: str = "en") -> None:
    result = redact(text, lang)
    assert _plain_cards(result.text) == expected
    assert result.kinds == kinds
    # Whatever came out is a fixed point.
    assert redact(result.text, lang) == Redacted(result.text, ())


# Ordinary English messages about wallet problems: they must come back unchanged.
ENGLISH_SENTENCES = (
    "I tried to withdraw my money again but the app said limit exceeded.",
    "My account was locked after I entered the wrong password three times.",
    "The withdrawal to my bank card failed with error E1021 yesterday at 15:32.",
    "Someone on Telegram said they were support staff and asked me to verify my wallet.",
    "I sent 300 USDT to the wrong network and the funds have not arrived.",
    "The transfer shows as pending for three days now, what should I do?",
    "I received an airdrop token and after I approved it my balance was gone.",
    "Customer service told me to download a remote desktop app, is that normal?",
    "I bought a gift card online and the seller never delivered anything.",
    "My phone was stolen last night and I am worried someone can open my wallet.",
    "The exchange froze my account and asked for a copy of my ID card.",
    "I clicked a link in a text message about a parcel and then money left my account.",
    "Please help me check the status of my refund request from last week.",
    "The app keeps crashing when I open the swap page on Android 14.",
    "Why was I charged a fee of 2.5 USD for a simple transfer between my own accounts?",
    "A friend asked me to receive some money and send it on, now my card is frozen.",
    "I can not log in because the face check always fails in low light.",
    "The merchant says the payment failed but the amount was deducted from my balance.",
    "I forgot which email address I used to register the account.",
    "My hardware wallet firmware update got stuck on the boot screen.",
    "Someone posing as a police officer called and said my account was involved in a crime.",
    "I invested in a project from a group chat and now I can not withdraw anything.",
    "The daily transfer limit is too low for my rent payment, can it be raised?",
    "I changed my phone number years ago and now the bank says the numbers do not match.",
    "The deposit arrived on chain but the exchange still shows zero.",
    "I want to close this account but there is still a small balance in it.",
    "There is a charge I do not recognise from a shop abroad, billed in euros.",
    "My daughter spent money on a game with my phone, can I get a refund?",
    "Support said the review would take 24 hours but it has been a week.",
    "I approved a contract from a fake website and all my tokens were moved out.",
    "The QR code at the shop would not scan, so I paid by card instead.",
    "How long does a withdrawal to a bank account usually take?",
    "I entered the wrong amount and sent 5000 instead of 500, can it be reversed?",
    "The seller asked me to pay a deposit outside the platform before shipping.",
    "My credit limit was reduced without any notice this month.",
    "I lost access to my authenticator app after resetting my phone.",
    "The verification email never arrives, I checked the spam folder too.",
    "They promised a guaranteed return of ten percent a week, which now seems like a scam.",
    "An agent on a dating site convinced me to move funds into a trading platform.",
    "My payment was flagged as risky and the order was cancelled automatically.",
    "I saw a pop-up saying my wallet will be suspended unless I connect it again.",
    "After the update the balance shows correctly but the history is empty.",
    "Can you explain why the network fee was so high during the transfer?",
    "I need a statement of all transactions for my tax return this year.",
    "The card was declined at the airport even though there is enough money on it.",
    "My brother can also see my wallet because we share the same family account.",
    "I think I will cancel the order and buy it again next month when the price drops.",
    "Can you help me find the right hotline to report the fraud and recover the funds?",
)

# Ordinary Chinese messages (the last five in traditional characters). Most are 90-100 %
# BIP39 list characters: that is what the Chinese phrase rules have to cope with.
CHINESE_SENTENCES = (
    "我昨天下午三点提现到工商银行一直没有到账",
    "我的账户被冻结了，客服说要我提供身份证照片",
    "转账的时候显示网络错误，钱已经扣了但是对方没有收到",
    "有人在微信上说可以帮我解冻账户，让我先交保证金",
    "我忘记了支付密码，现在没法付款也没法提现",
    "提现审核已经三天了还是显示处理中",
    "我在交易所买的币转到钱包里一直不到账",
    "对方说是平台客服，让我下载一个远程控制软件",
    "我的银行卡被限制了非柜面交易，不知道怎么办",
    "昨天晚上收到短信说我的账户有异常需要点击链接验证",
    "我把钱转给了一个网上认识的人，他说可以帮我投资赚钱",
    "充值成功了但是余额没有变化，请问是什么原因",
    "我想注销这个账户，但是里面还有一点余额",
    "这个月已经被扣了三次手续费，我想知道为什么",
    "在商场付款的时候二维码一直扫不出来",
    "系统提示交易存在风险，暂时无法完成支付",
    "我的手机丢了，担心别人登录我的钱包",
    "朋友让我帮他收一笔钱再转出去，现在我的卡被冻结了",
    "有个自称公安的人打电话说我涉嫌洗钱",
    "我已经按照提示重新绑定了银行卡，但还是提现失败",
    "请问怎样才能提高每天的转账限额",
    "我在国外使用的时候被提示账户存在安全风险",
    "上周五我在网上买东西付了钱但是卖家一直不发货",
    "钱包里的币突然全部被转走了，我没有做过任何操作",
    "我收到一个空投代币，点击授权之后钱就没了",
    "客服让我把助记词发给他做验证，这正常吗",
    "退款申请已经提交了七天，还是没有任何消息",
    "我的花呗额度突然被关闭了，也没有任何通知",
    "充值的时候选错了网络，币没有到账能找回吗",
    "我想把钱从余额宝转到银行卡，但是一直显示失败",
    "账户显示已被限制收款，需要完成身份认证",
    "我下载了一个假的钱包应用，里面的资产都不见了",
    "昨天有人冒充我的朋友借钱，我已经转了五千块",
    "提现到账时间一般需要多久，我已经等了两个小时",
    "人脸识别一直通不过，提示光线不足",
    "我的实名认证信息填错了，想要修改一下",
    "交易记录里有一笔我不认识的消费，金额是三百元",
    "对方要求我先支付解冻费才能把钱退回来",
    "我在群里看到一个高收益的理财项目，投了两万块取不出来",
    "钱包地址复制错了，转到了一个不存在的地址",
    "我的账号在另一台设备上登录了，不是我本人操作",
    "银行说这笔钱已经退回了，但我在钱包里没看到",
    "我用信用卡还款之后额度没有恢复",
    "请帮我查一下这笔订单的处理进度",
    "我今天中午十二点左右转出了一万元到我妈妈的账户",
    "我们公司的商户号突然不能收款了，客户付不了钱",
    "他说只要我提供验证码就能帮我把钱取出来",
    "客服电话打了很多次都没有人接，我很着急",
    "我在鄂尔多斯市东胜区的农商银行柜台办理了挂失补卡业务",
    "哈尔滨的朋友通过拼多多给我转了钱但是显示对方账户异常",
    "客服工号是九五二七的那位女士说我的账户涉嫌违规交易",
    "我在呼和浩特出差期间手机被偷了，支付宝里的钱被盗刷了",
    "浦发银行的信用卡逾期了两天，征信会不会受到影响",
    "我通过币安充值泰达币到欧易，链上显示成功但是没有到账",
    "在淘宝上买的羽绒服申请退货退款，卖家拒绝了我的申请",
    "拼车司机让我扫他的收款码，结果付错了金额想要撤回",
    "我妈妈在菜市场用微信收款，被人用假的转账截图骗了",
    "骗子冒充京东金融的客服，说要注销我的白条账户否则影响征信",
    "我的云闪付绑定的邮政储蓄卡一直提示验证失败",
    "去年十二月我在深圳罗湖口岸换汇，被收取了很高的手续费",
    "波场链上的泰达币转账需要消耗能量，我的钱包里没有足够的波场币",
    "刚才登录的时候提示我的设备存在风险，需要人脸核验",
    "微众银行的贷款提前还款之后，额度为什么没有恢复",
    "我在闲鱼上卖二手相机，买家让我去一个陌生网站领取货款",
    "小区门口的超市老板说我付款没成功，但我的钱已经被扣了",
    "我的数字人民币钱包升级到二类之后还是无法大额转账",
    "我女儿偷偷用我的手机给游戏充值了三千多元，能退款吗",
    "跨境汇款到加拿大的时候被银行要求补充资金来源证明",
    "我在元宇宙项目里质押了以太坊，现在平台跑路了",
    "网贷平台催收人员一直骚扰我的通讯录好友，我该怎么办",
    "对方自称是证监会工作人员，要求我把股票账户的钱转到安全账户",
    "醒来发现凌晨两点有一笔境外消费，是美元结算的",
    "冷钱包的固件升级失败了，屏幕一直卡在启动界面",
    "我按照视频教程操作，把钱包的授权给了一个钓鱼合约",
    "我在海南免税店购物后申请了退税，但一直没有收到款项",
    "绑定银行卡的时候提示预留手机号不一致，我已经换号很多年了",
    "工作人员说我的公积金账户被冻结是因为社保断缴",
    "我昨天晚上九点四十分在楼下便利店付款被重复扣款两次",
    "我們公司的收款帳戶被凍結了，請問需要提供哪些資料",
    "我昨天轉帳給朋友，但是對方說一直沒有收到這筆錢",
    "客服說我的帳號有異常登入紀錄，需要重新驗證身分",
    "我在香港的銀行開戶之後，網上銀行一直無法登入",
    "提款已經超過三個工作天了，請問還要等多久才能到帳",
)


# --- recovery phrases --------------------------------------------------------

ENGLISH_PHRASES = [
    pytest.param(EN12, PHRASE, id="spaced"),
    pytest.param(EN24, PHRASE, id="24 words"),
    pytest.param(", ".join(EN15.split()), PHRASE, id="comma and space"),
    pytest.param(",".join(EN12.split()), PHRASE, id="commas"),
    pytest.param("\n".join(EN12.split()), PHRASE, id="one per line"),
    pytest.param("-".join(EN12.split()), PHRASE, id="dashes"),
    pytest.param(EN12.upper(), PHRASE, id="upper case"),
    pytest.param(EN12.title(), PHRASE, id="title case"),
    pytest.param("，".join(EN12.split()), PHRASE, id="Chinese commas"),
    pytest.param(numbered(EN12, "{}. "), "1. " + PHRASE, id="numbered 1."),
    pytest.param(numbered(EN12, "{})"), "1)" + PHRASE, id="numbered 1)"),
    pytest.param(numbered(EN12, "({}) "), "(1) " + PHRASE, id="numbered (1)"),
    pytest.param(numbered(EN24, "{}. ", "\n"), "1. " + PHRASE, id="numbered lines"),
    pytest.param(numbered(EN12, "{}-"), "1-" + PHRASE, id="numbered 1-"),
    pytest.param('["' + '", "'.join(EN12.split()) + '"]', '["' + PHRASE + '"]', id="quoted list"),
    pytest.param(
        "My seed phrase is " + EN12 + " and I think someone saw it.",
        "My seed phrase is " + PHRASE + " and I think someone saw it.",
        id="in a sentence",
    ),
    pytest.param(
        "revi spel winn lone blac logi stag dema left debr ranc curv",
        PHRASE,
        id="four-letter abbreviations",
    ),
    pytest.param(
        EN12.replace("lonely", "lnoely").replace("stage", "satge"),
        PHRASE,
        id="two typos",
    ),
    pytest.param(
        EN12.replace("winner", "winnner"),
        PHRASE,
        id="typo after the fourth letter",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_PHRASES)
def test_english_recovery_phrase_is_removed(text: str, expected: str) -> None:
    check(text, expected, ("recovery-phrase",))


# Typos of two or three letters and phrases joined by dots (QA found each one leaking).
MISTYPED_AND_DOTTED = [
    pytest.param(EN12.replace("lonely", "fla"), PHRASE, id="one 3-letter typo"),
    pytest.param(EN12.replace("logic", "lo"), PHRASE, id="one 2-letter typo"),
    pytest.param(
        EN12.replace("winner", "wnr").replace("debris", "db"), PHRASE, id="two short typos"
    ),
    pytest.param(
        "My seed phrase is " + EN12.replace("lonely", "fla") + " and I think someone saw it.",
        "My seed phrase is " + PHRASE + " and I think someone saw it.",
        id="short typo in a sentence",
    ),
    pytest.param(".".join(EN12.split()), PHRASE, id="dots"),
    pytest.param(". ".join(EN12.split()) + ".", PHRASE + ".", id="dot and space"),
    pytest.param(". ".join(EN24.split()), PHRASE, id="dot and space, 24 words"),
    pytest.param(
        "seed: " + ".".join(EN12.replace("stage", "stg").split()) + " thanks",
        "seed: " + PHRASE + " thanks",
        id="dots and a typo",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISTYPED_AND_DOTTED)
def test_mistyped_or_dotted_english_phrase_is_removed(text: str, expected: str) -> None:
    check(text, expected, ("recovery-phrase",))


@pytest.mark.parametrize(
    "text",
    [
        # Three typos are one too many: the run breaks and no 12 words remain.
        EN12.replace("spell", "spl").replace("logic", "lgc").replace("ranch", "rnc"),
        # Common short words are never bridged, so list words around them stay apart.
        "the same " + " and the ".join(" ".join(EN12.split()[i : i + 4]) for i in (0, 4, 8)),
        # A dot between sentences is no dotted phrase: some gaps are spaces. (Five
        # words a sentence: six in a row would be a partial phrase.)
        "Words 1-5: " + " ".join(EN12.split()[:5]) + ". " + " ".join(EN12.split()[6:11]) + ".",
    ],
    ids=["three typos", "joined by common words", "two sentences"],
)
def test_runs_that_are_not_phrases_are_kept(text: str) -> None:
    check(text, text, ())


def test_english_phrase_in_a_chinese_sentence_gets_a_chinese_marker() -> None:
    check(
        "我的助记词是 " + EN12 + "，客服让我发给他。",
        "我的助记词是 " + ZH_PHRASE + "，客服让我发给他。",
        ("recovery-phrase",),
        lang="zh",
    )


@pytest.mark.parametrize(
    "text",
    [
        " ".join(EN12.split()[:11]) + ".",
        "Words 1-6: " + " ".join(EN12.split()[:6]) + ". Words 7-12 are on the other card.",
    ],
    ids=["11 words", "half a phrase"],
)
def test_partial_phrases_are_removed(text: str) -> None:
    result = redact(text)
    assert result.kinds == ("recovery-phrase",)
    assert not any(word in result.text for word in EN12.split()[:6])


@pytest.mark.parametrize(
    "text",
    [
        "I tried to withdraw my money again but the app said limit exceeded.",
        "Please help: the wallet says my balance is zero after the last update.",
    ],
    ids=["ordinary sentence", "ordinary sentence 2"],
)
def test_fewer_than_twelve_list_words_are_kept(text: str) -> None:
    check(text, text, ())


CHINESE_PHRASES = [
    pytest.param(ZH12, ZH_PHRASE, id="spaced"),
    pytest.param(ZH12.replace(" ", ""), ZH_PHRASE, id="contiguous"),
    pytest.param(ZH18.replace(" ", ""), ZH_PHRASE, id="contiguous 18"),
    pytest.param(ZH24.replace(" ", ""), ZH_PHRASE, id="contiguous 24"),
    pytest.param(ZHT12, ZH_PHRASE, id="traditional spaced"),
    pytest.param(ZHT12.replace(" ", ""), ZH_PHRASE, id="traditional contiguous"),
    pytest.param("，".join(ZH12.split()), ZH_PHRASE, id="Chinese commas"),
    pytest.param("、".join(ZH24.split()), ZH_PHRASE, id="enumeration commas"),
    pytest.param("-".join(ZH12.split()), ZH_PHRASE, id="dashes"),
    pytest.param("\n".join(ZH18.split()), ZH_PHRASE, id="one per line"),
    pytest.param(numbered(ZH12, "{}."), "1." + ZH_PHRASE, id="numbered 1."),
    pytest.param(numbered(ZH12, "{}、"), "1、" + ZH_PHRASE, id="numbered 1、"),
    pytest.param(numbered(ZH24, "({})"), "(1)" + ZH_PHRASE, id="numbered (1)"),
    pytest.param(
        " ".join(ZH24.replace(" ", "")[i : i + 4] for i in range(0, 24, 4)),
        ZH_PHRASE,
        id="groups of four",
    ),
    pytest.param(
        " ".join(ZH18.replace(" ", "")[i : i + 4] for i in range(0, 18, 4)),
        ZH_PHRASE,
        id="groups of four, shorter last",
    ),
    pytest.param(
        "我的助记词是" + ZH12.replace(" ", ""),
        "我的助记词是" + ZH_PHRASE,
        id="after a cue, no break",
    ),
    pytest.param(
        "助记词：" + ZH12.replace(" ", "") + "，请帮我看看钱包是不是被盗了",
        "助记词：" + ZH_PHRASE + "，请帮我看看钱包是不是被盗了",
        id="in a sentence",
    ),
    pytest.param(
        ZH12.replace(" ", "") + "\n这是我的助记词，请帮我看看",
        ZH_PHRASE + "\n这是我的助记词，请帮我看看",
        id="own line",
    ),
    pytest.param(
        "客服让我发助记词：" + ZH12 + " 我没有发",
        "客服让我发助记词：" + ZH_PHRASE + " 我没有发",
        id="spaced in a sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHINESE_PHRASES)
def test_chinese_recovery_phrase_is_removed(text: str, expected: str) -> None:
    check(text, expected, ("recovery-phrase",), lang="zh")


def test_chinese_phrase_in_an_english_sentence() -> None:
    check(
        "My mnemonic is " + ZH12.replace(" ", "") + ", is it safe?",
        "My mnemonic is " + PHRASE + ", is it safe?",
        ("recovery-phrase",),
    )


def test_spaced_chinese_phrase_with_a_mistyped_character_is_still_removed() -> None:
    # 鑫 is not in either list; a spaced run may bridge up to two such characters.
    check(ZH12.replace("洋", "鑫"), ZH_PHRASE, ("recovery-phrase",), lang="zh")


def test_contiguous_chinese_run_needs_the_checksum() -> None:
    # The same characters in another order fail the checksum: contiguous text
    # without spaces is masked only with it (ordinary clauses look like this).
    shuffled = ZH12.replace(" ", "")[::-1]
    check(shuffled, shuffled, (), lang="zh")


# --- private keys ------------------------------------------------------------

PRIVATE_KEYS = [
    pytest.param("0x" + HEX_KEY, KEY, id="hex with 0x"),
    pytest.param(HEX_KEY.upper(), KEY, id="hex upper case"),
    pytest.param(f"my private key: {HEX_KEY}", f"my private key: {KEY}", id="after private key"),
    pytest.param(f"私钥是0x{HEX_KEY}，怎么办", f"私钥是{KEY}，怎么办", id="after 私钥"),
    pytest.param(
        f"The tx failed. Here is my key 0x{HEX_KEY}",
        f"The tx failed. Here is my key {KEY}",
        id="key cue nearer than tx cue",
    ),
    pytest.param(WIF_UNCOMPRESSED, KEY, id="WIF uncompressed"),
    pytest.param(f"WIF: {WIF_COMPRESSED}.", f"WIF: {KEY}.", id="WIF compressed"),
    pytest.param(f"exported {XPRV} from Electrum", f"exported {KEY} from Electrum", id="xprv"),
    pytest.param("zprv" + XPRV[4:], KEY, id="zprv"),
    pytest.param(f"Phantom showed {SOLANA_SECRET}", f"Phantom showed {KEY}", id="Solana secret"),
]


@pytest.mark.parametrize(("text", "expected"), PRIVATE_KEYS)
def test_private_key_is_removed(text: str, expected: str) -> None:
    check(text, expected, ("private-key",))


def test_private_key_gets_a_chinese_marker() -> None:
    check(f"私钥 {HEX_KEY}", f"私钥 {ZH_KEY}", ("private-key",), lang="zh")


TRANSACTION_HASHES = [
    f"tx: 0x{TX_HASH}",
    f"TxID {TX_HASH}",
    f"transaction hash 0x{TX_HASH} is still pending",
    f"交易哈希：0x{TX_HASH}",
    f"交易号 {TX_HASH}",
    f"0x{TX_HASH} is the hash shown in the app",
    f"https://etherscan.io/tx/0x{TX_HASH}",
    f"see tronscan.org/#/transaction/{TX_HASH} please",
    f"signature {SOLANA_SECRET}",
    f"https://solscan.io/tx/{SOLANA_SECRET}",
    f"my xpub is {XPUB}",
]


@pytest.mark.parametrize("text", TRANSACTION_HASHES)
def test_transaction_hashes_and_public_keys_are_kept(text: str) -> None:
    check(text, text, ())


def test_a_key_is_kept_only_inside_a_url_of_its_own_line() -> None:
    # URLs are looked for on the line of each key candidate: one on another
    # line (or beside it on the same line) must not save a bare key.
    text = (
        f"see https://example.org/v/0x{TX_HASH}\n"
        f"{HEX_KEY} https://example.com/a\n"
        f"https://example.com/b {HEX_KEY}\n"
        f"last: explorer.example.net/{TX_HASH}"
    )
    result = redact(text)
    assert result.text.count(TX_HASH) == 2
    assert HEX_KEY not in result.text
    assert result.kinds == ("private-key", "private-key")


# --- card and ID numbers -----------------------------------------------------

CARD_NUMBERS = [
    pytest.param("4111 1111 1111 1111", CARD, id="grouped by spaces"),
    pytest.param("4111-1111-1111-1111", CARD, id="grouped by dashes"),
    pytest.param("4532015112830366", CARD, id="together"),
    pytest.param("Amex 3782 822463 10005 was charged", f"Amex {CARD} was charged", id="Amex"),
    pytest.param("卡号6222021234567890128", f"卡号{CARD}", id="after 卡号"),
    pytest.param(
        "card 5105 1051 0510 5100 exp 12/27 cvv 123",
        f"card {CARD} exp 12/27 cvv [card security code removed]",
        id="with expiry and cvv",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARD_NUMBERS)
def test_card_number_is_removed(text: str, expected: str) -> None:
    kinds = ("card-number", "card-security-code") if "cvv" in text else ("card-number",)
    check(text, expected, kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I paid order 123 with 4111 1111 1111 1111",
            f"I paid order 123 with {CARD}",
        ),
        ("order 2026 paid by card 4532015112830366", f"order 2026 paid by card {CARD}"),
        ("订单用卡4111111111111111支付", f"订单用卡{CARD}支付"),
        ("订单号 123，用 6222021234567890128 付的", f"订单号 123，用 {CARD} 付的"),
        ("my order: paid with 5105-1051-0510-5100", f"my order: paid with {CARD}"),
    ],
    ids=["order then with", "order then card", "订单用卡", "订单号 then 用", "order: paid with"],
)
def test_card_after_an_order_word_and_other_words_is_removed(text: str, expected: str) -> None:
    # The order word keeps a number only when the number is the order's own.
    check(text, expected, ("card-number",))


def test_card_number_gets_a_chinese_marker() -> None:
    check(
        "我的银行卡 6228 4800 1234 5671 被冻结了",
        f"我的银行卡 {ZH_CARD} 被冻结了",
        ("card-number",),
        lang="zh",
    )


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # fails Luhn
        "订单号 4111111111111111",
        "Order #4532015112830366 was cancelled",
        "交易号：6222021234567890128",
        "流水 5105105105105100",
        "trade no. 4111111111111111",
        "order number is 4111111111111111",
        "reference: 4532015112830366",
        "支付宝交易号 2026112522001456789012345678",
        "1234567890123",  # starts with 1: not issued to cards
        "+86 138 1234 5678 9012",
    ],
)
def test_numbers_that_are_not_cards_are_kept(text: str) -> None:
    check(text, text, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11010519491231002X", ID),
        ("身份证号 11010519491231002x，谢谢", f"身份证号 {ID}，谢谢"),
        ("ID 110105 19491231 002X", f"ID {ID}"),
        ("110105 19491231 002X", ID),
        ("110105-19491231-002X", ID),
        ("身份证 110105-19491231-002x。", f"身份证 {ID}。"),
        ("ID card: 440308199901011234.", f"ID card: {ID}."),
    ],
)
def test_id_number_is_removed(text: str, expected: str) -> None:
    check(text, expected, ("id-number",))


def test_id_number_gets_a_chinese_marker() -> None:
    check("身份证 11010519491231002X", f"身份证 {ZH_ID}", ("id-number",), lang="zh")


@pytest.mark.parametrize(
    "text",
    ["110105194912310021", "110105194913310020", "2026112522001456789"],
    ids=["bad check digit", "bad month", "order id"],
)
def test_eighteen_digits_that_are_not_ids_are_kept(text: str) -> None:
    check(text, text, ())


# --- verification codes ------------------------------------------------------

CODES = [
    ("the code was 482913", f"the code was {CODE}"),
    ("验证码是 482913", f"验证码是 {CODE}"),
    ("验证码482913，五分钟内有效", f"验证码{CODE}，五分钟内有效"),
    ("OTP: 4829-13", f"OTP: {CODE}"),
    ("My 2FA code is 123 456, is that ok?", f"My 2FA code is {CODE}, is that ok?"),
    ("短信码：5821", f"短信码：{CODE}"),
    ("动态码 93025817 已经过期", f"动态码 {CODE} 已经过期"),
    ("校验码=0417", f"校验码={CODE}"),
    ("482913 is the verification code", f"{CODE} is the verification code"),
    ("482913是验证码", f"{CODE}是验证码"),
    ("the code: A7K9Q2", f"the code: {CODE}"),
    ("CVV 123", "CVV [card security code removed]"),
    # A short gap between the trigger and the code (QA found each one leaking).
    ("the SMS code I received was 482913", f"the SMS code I received was {CODE}"),
    ("the code I got: 739201", f"the code I got: {CODE}"),
    ("验证码发给了骗子，是482913", f"验证码发给了骗子，是{CODE}"),
    ("The code they sent me says 5521 0913.", f"The code they sent me says {CODE}."),
    ("OTP from the bank app is 771204", f"OTP from the bank app is {CODE}"),
    # Digits typed one by one, or in groups.
    ("验证码是 4 8 2 9 1 3", f"验证码是 {CODE}"),
    ("code: 4-8-2-9-1-3, please hurry", f"code: {CODE}, please hurry"),
    ("the code I got was 4 8 2 9", f"the code I got was {CODE}"),
    ("OTP 4829-13", f"OTP {CODE}"),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_verification_code_is_removed(text: str, expected: str) -> None:
    kind = "card-security-code" if "card security" in expected else "verification-code"
    check(text, expected, (kind,))


def test_verification_code_gets_a_chinese_marker() -> None:
    check("验证码：482913", f"验证码：{ZH_CODE}", ("verification-code",), lang="zh")


@pytest.mark.parametrize(
    "text",
    [
        "error code E1021",
        "Error code: 40001",
        "错误码 40001",
        "The app shows ERR_LIMIT_EXCEEDED (code E1021).",
        "promo code SAVE2024",
        "邀请码 AB12CD",
        "I did not get the code.",
        "The code expired after 5 minutes.",
        "The QR code at the shop would not scan.",
        "country code +86",
        # A number followed by "error" is an error code; three digits are no code.
        "code 40001 error",
        "code 500 error",
        # A gap may not name another number, open another clause or hold digits.
        "the code expired and the amount was 5000",
        "I never got the code, the fee was 3000",
        "the code did not arrive, my balance is 20000",
        "验证码没收到，但是余额是 5000",
        "验证码在11月24日发来",
        # Amounts and times right after a trigger.
        "the code is valid for 300 seconds",
        "验证码 5000元",
        "the code arrived at 2026-11-24 15:32",
        "The code expired after 5 minutes.",
    ],
)
def test_things_near_code_that_are_not_verification_codes_are_kept(text: str) -> None:
    check(text, text, ())


# --- passwords ---------------------------------------------------------------

PASSWORDS = [
    ("my password is hunter2!", f"my password is {PASSWORD}"),
    ("密码：abc123456", f"密码：{PASSWORD}"),
    ("pwd=Qwerty#1", f"pwd={PASSWORD}"),
    ("Password: Tr0ub4dor&3.", f"Password: {PASSWORD}."),
    ("my password for binance is S3cret!pass", f"my password for binance is {PASSWORD}"),
    ('the password is "correct horse"', f"the password is {PASSWORD}"),
    ("The password is sunshine, I think.", f"The password is {PASSWORD}, I think."),
    ("支付密码是 123456，请帮我重置", f"支付密码是 {PASSWORD}，请帮我重置"),
    ("登录密码也是abc123", f"登录密码也是{PASSWORD}"),
    ("密码abc123456忘了改", f"密码{PASSWORD}忘了改"),
    ("口令 x9k2Lm", f"口令 {PASSWORD}"),
    ("my PIN 4821", f"my PIN {PASSWORD}"),
    ("passcode: 902114", f"passcode: {PASSWORD}"),
    # The rest of the clause: several words (QA found only the first masked).
    ("my password is correct horse battery staple", f"my password is {PASSWORD}"),
    ("password: correct horse battery staple.", f"password: {PASSWORD}."),
    ("my password is hunter2 and I changed it", f"my password is {PASSWORD} and I changed it"),
    ("the password is Hello World 2024, please help", f"the password is {PASSWORD}, please help"),
    ("my password is sunshine since 2019", f"my password is {PASSWORD} since 2019"),
    ("密码是 我爱北京 天安门", f"密码是 {PASSWORD}"),
    ("密码是我爱北京天安门，但是登录不了", f"密码是{PASSWORD}，但是登录不了"),
    ("登录密码改成了 春眠不觉晓 处处闻啼鸟。", f"登录密码改成了 {PASSWORD}。"),
]


@pytest.mark.parametrize(("text", "expected"), PASSWORDS)
def test_password_is_removed(text: str, expected: str) -> None:
    check(text, expected, ("password",))


def test_password_gets_a_chinese_marker() -> None:
    check("密码：abc123456，谢谢", f"密码：{ZH_PASSWORD}，谢谢", ("password",), lang="zh")


@pytest.mark.parametrize(
    "text",
    [
        "my password is wrong",
        "The password is not working since yesterday.",
        "I forgot my password",
        "I entered the wrong password three times.",
        "password reset did not arrive",
        "密码错误",
        "密码忘了怎么办",
        "支付密码是多少位？",
        "Password: ********",
        "my password is correct but it fails",
        "my password is wrong every single time",
        "my password is the same as my email",
        "密码是对的",
        "密码是我自己设置的",
        "我的密码是不是被盗了",
        "密码是被人改了",
    ],
)
def test_talk_about_passwords_is_kept(text: str) -> None:
    check(text, text, ())


# --- answers to a question that asks for a reference -------------------------

# (text, what redact(text) gives, what redact(text, reference=True) gives)
REFERENCE_ANSWERS = [
    pytest.param(TX_HASH, KEY, TX_HASH, id="bare hex"),
    pytest.param(f"0x{TX_HASH}", KEY, f"0x{TX_HASH}", id="bare 0x hex"),
    pytest.param(f"It is {TX_HASH.upper()}.", f"It is {KEY}.", f"It is {TX_HASH.upper()}.",
                 id="hex in a sentence"),
    pytest.param(f"tx {TX_HASH}", f"tx {TX_HASH}", f"tx {TX_HASH}", id="hex after tx"),
    pytest.param(f"my private key {TX_HASH}", f"my private key {KEY}",
                 f"my private key {KEY}", id="hex after a key cue"),
    pytest.param(SOLANA_SECRET, KEY, SOLANA_SECRET, id="bare base58 signature"),
    pytest.param("Transaction id 4000123456789017", f"Transaction id {CARD}",
                 "Transaction id 4000123456789017", id="Luhn-valid transaction id"),
    pytest.param("4111 1111 1111 1111", CARD, "4111 1111 1111 1111", id="bare grouped"),
    pytest.param("银行流水 6222021234567890128", "银行流水 6222021234567890128",
                 "银行流水 6222021234567890128", id="after an order word"),
    pytest.param("card 4111 1111 1111 1111", f"card {CARD}", f"card {CARD}", id="card word"),
    pytest.param("4532015112830366 (my Visa)", f"{CARD} (my Visa)", f"{CARD} (my Visa)",
                 id="card word after"),
    pytest.param("卡号6222021234567890128", f"卡号{CARD}", f"卡号{CARD}", id="卡号"),
    pytest.param("用银行卡 6228 4800 1234 5671 付的", f"用银行卡 {CARD} 付的",
                 f"用银行卡 {CARD} 付的", id="银行卡"),
    pytest.param(EN12, PHRASE, PHRASE, id="recovery phrase"),
    pytest.param(WIF_COMPRESSED, KEY, KEY, id="WIF"),
    pytest.param(XPRV, KEY, KEY, id="xprv"),
    pytest.param("11010519491231002X", ID, ID, id="ID number"),
    pytest.param("code 482913", f"code {CODE}", f"code {CODE}", id="verification code"),
    pytest.param(f"{TX_HASH} (my password is hunter2)", f"{KEY} (my password is {PASSWORD})",
                 f"{TX_HASH} (my password is {PASSWORD})", id="hash and password"),
]


@pytest.mark.parametrize(("text", "ordinary", "as_reference"), REFERENCE_ANSWERS)
def test_reference_answers_keep_hashes_and_transaction_ids(
    text: str, ordinary: str, as_reference: str
) -> None:
    for reference, expected in ((False, ordinary), (True, as_reference)):
        result = redact(text, reference=reference)
        assert _plain_cards(result.text) == expected, reference
        assert redact(result.text, reference=reference) == Redacted(result.text, ())


def test_reference_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        redact("x", "en", True)  # type: ignore[misc]


# --- several at once, markers, the result ------------------------------------


def test_several_secrets_in_order_of_appearance() -> None:
    text = (
        "card 4111 1111 1111 1111, pwd=Qwerty#1, code 482913, "
        f"key 0x{HEX_KEY}, words: {EN12}, ID 11010519491231002X"
    )
    result = redact(text)
    assert result.text == (
        f"card {CARD[:-1]}, ending 1111], pwd={PASSWORD}, code {CODE}, key {KEY}, "
        f"words: {PHRASE}, ID {ID}"
    )
    assert result.kinds == (
        "card-number",
        "password",
        "verification-code",
        "private-key",
        "recovery-phrase",
        "id-number",
    )
    assert result.changed
    assert result.counts() == dict.fromkeys(
        (
            "recovery-phrase",
            "private-key",
            "card-number",
            "id-number",
            "verification-code",
            "password",
        ),
        1,
    )


def test_counts_tally_repeated_kinds() -> None:
    result = redact("code 482913 and later code 771204, card 4111111111111111")
    assert result.kinds == ("verification-code", "verification-code", "card-number")
    assert result.counts() == {"card-number": 1, "verification-code": 2}


def test_nothing_removed() -> None:
    result = redact("nothing secret here")
    assert result == Redacted("nothing secret here", ())
    assert not result.changed
    assert result.counts() == {}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", KINDS)
def test_markers_survive_a_second_redaction(kind: str, lang: str) -> None:
    marker = t(f"redact.marker.{kind}", lang)
    for text in (marker, f"password: {marker}", f"code {marker} {marker}", f"密码是{marker}"):
        assert redact(text, "en") == Redacted(text, ())
        assert redact(text, "zh") == Redacted(text, ())


def test_unknown_language_falls_back_to_english_markers() -> None:
    assert redact("pwd=Qwerty#1", "fr").text == f"pwd={PASSWORD}"


def test_empty_text() -> None:
    assert redact("") == Redacted("", ())


# --- what must survive byte for byte -----------------------------------------

DETAILS = [
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "send to 0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe please",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8",
    "Solana address 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
    f"tx 0x{TX_HASH}",
    f"txid: {TX_HASH}",
    f"交易哈希 0x{TX_HASH}",
    f"https://etherscan.io/tx/0x{TX_HASH}",
    "支付宝交易号 2026112522001456789012345678",
    "trade no 4200001234202611245678901234",
    "order id 2026112522001456789012345678",
    "订单号：2026112522001456789012345678",
    "商户单号 T20261124153201888",
    "¥1,250.00",
    "USD 300",
    "300 USDT",
    "amount: 0.0325 BTC",
    "2026-11-24 15:32 UTC+8",
    "2026/11/24 15:32:08",
    "2026年11月24日 下午3点32分",
    "E1021",
    "ERR_LIMIT_EXCEEDED",
    "错误码 40001",
    "error 0x80070005",
    "call 95188 or 95017",
    "hotline 400-820-8888",
    "13812345678",
    "+86 138 1234 5678",
    "version 8.4.10 (build 20261124)",
    "block 18234567, nonce 42",
]


@pytest.mark.parametrize("text", DETAILS)
def test_details_support_needs_survive(text: str) -> None:
    check(text, text, ())


@pytest.mark.parametrize("text", ENGLISH_SENTENCES)
def test_ordinary_english_sentences_survive(text: str) -> None:
    check(text, text, ())


@pytest.mark.parametrize("text", CHINESE_SENTENCES)
def test_ordinary_chinese_sentences_survive(text: str) -> None:
    check(text, text, (), lang="zh")


def test_all_sentences_at_once_survive() -> None:
    text = " ".join(ENGLISH_SENTENCES) + "\n" + "".join(CHINESE_SENTENCES)
    check(text, text, ())


def test_why_twelve_english_words_leave_a_margin() -> None:
    """The measurement behind the English rule, kept as a test so that it stays true."""
    from walletsupport.redact.core import _view
    from walletsupport.redact.phrases import _DOT_GAP, _GAP, _english_tokens, _runs

    def longest_run(text: str) -> int:
        view = _view(text)
        tokens = _english_tokens(view)
        size = 0
        while any(True for gap in (_GAP, _DOT_GAP) for _ in _runs(view, tokens, size + 1, gap)):
            size += 1
        return size

    assert max(longest_run(sentence) for sentence in ENGLISH_SENTENCES) == 6
    assert longest_run(" ".join(ENGLISH_SENTENCES)) == 6
    assert longest_run(EN12.replace("lonely", "fla")) == 12


def test_why_chinese_needs_more_than_a_run_of_list_characters() -> None:
    """The measurement behind the Chinese rules, kept as a test so that it stays true."""
    from mnemonic import Mnemonic

    simplified = Mnemonic("chinese_simplified").wordlist
    traditional = Mnemonic("chinese_traditional").wordlist
    listed = set(simplified) | set(traditional)

    def longest_run(sentence: str) -> int:
        best = run = 0
        for char in sentence:
            run = run + 1 if char in listed else 0
            best = max(best, run)
        return best

    runs = [longest_run(sentence) for sentence in CHINESE_SENTENCES]
    # Most ordinary sentences hold 12+ consecutive list characters...
    assert sum(run >= 12 for run in runs) / len(runs) > 0.6
    assert max(runs) >= 24
    # ...and clauses of exactly a phrase's length score below the rarity bar.
    ranks = {char: rank for rank, char in enumerate(simplified)}
    ranks_t = {char: rank for rank, char in enumerate(traditional)}
    scores = []
    for sentence in CHINESE_SENTENCES:
        for clause in sentence.replace("，", " ").split():
            for table in (ranks, ranks_t):
                if len(clause) in (12, 15, 18, 21, 24) and all(c in table for c in clause):
                    scores.append(sum(math.log2(table[c] + 1) for c in clause) / len(clause))
    assert len(scores) >= 15
    assert max(scores) < 8.0


# --- contact details ---------------------------------------------------------

CONTACTS = [
    ("13812345678", "138****5678"),
    ("+86 13812345678", "+86 138****5678"),
    ("+86 138 1234 5678", "+86 138 **** 5678"),
    ("call me on 138-1234-5678 tomorrow", "call me on 138-****-5678 tomorrow"),
    ("手机号13812345678，谢谢", "手机号138****5678，谢谢"),
    ("+1 415 555 2671", "+1 415 *** 2671"),
    ("+65 9123 4567", "+65 **** 4567"),
    ("0755-12345678", "0755-****5678"),
    ("john.doe@example.com", "j***@example.com"),
    ("mail 张三 at zs@qq.com.", "mail 张三 at z***@qq.com."),
]


@pytest.mark.parametrize(("text", "expected"), CONTACTS)
def test_contact_details_are_partly_masked(text: str, expected: str) -> None:
    assert mask_contact(text) == expected
    assert mask_contact(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "95188",
        "call 95017 or 400-820-8888",
        "order 2026112513812345678901",
        "0x13812345678a9FD93d5F28D9Ec85E40f4cb697BAe",
        "T13812345678xAB4dbGeiX9h8unkKHxuWwb",
        "2026-11-24 15:32 UTC+8",
        "¥13,812,345.00",
        "@everyone",
    ],
)
def test_contact_masking_leaves_other_numbers_alone(text: str) -> None:
    assert mask_contact(text) == text


# --- catalog, import cost, speed ---------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_a_marker_and_a_notice(kind: str, lang: str) -> None:
    marker = t(f"redact.marker.{kind}", lang)
    assert marker.startswith("[") and marker.endswith("]")
    notice = t(f"redact.notice.{kind}", lang)
    assert notice and notice != t(f"redact.notice.{kind}", "zh" if lang == "en" else "en")


def test_markers_are_distinct() -> None:
    markers = [t(f"redact.marker.{kind}", lang) for kind in KINDS for lang in ("en", "zh")]
    assert len(set(markers)) == len(markers)


def test_import_is_cheap() -> None:
    code = (
        "import sys, walletsupport.redact; "
        "assert 'mnemonic' not in sys.modules; "
        "assert 'walletsupport.i18n' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_mixed_text_of_two_kilobytes_keeps_its_details() -> None:
    # Timings live in benchmarks/redact_speed.py (run once in quick mode by test_redact_corpus).
    text = " ".join(ENGLISH_SENTENCES)[:1100] + "".join(CHINESE_SENTENCES)[:250]
    text += f" card 4111 1111 1111 1111 code 482913 {EN12} tx {TX_HASH}"
    result = redact(text)
    assert TX_HASH in result.text and EN12 not in result.text
    assert result.kinds == ("card-number", "verification-code", "recovery-phrase")


def _fill(piece: str, size: int = 20_000) -> str:
    return (piece * (size // len(piece) + 1))[:size]


ADVERSARIAL = {
    "code": _fill("code "),
    "code and digits": _fill("code 482913 "),
    "code, gap and digits": _fill("the code I got was 4 8 2 9 1 3 "),
    "验证码": _fill("验证码"),
    "password is": _fill("password is "),
    "password is, words": _fill("my password is correct horse battery staple "),
    "密码是": _fill("密码是"),
    "pwd:": _fill("pwd:"),
    "digits": _fill("1"),
    "spaced digits": _fill("1 "),
    "card groups": _fill("4111 "),
    "cards after order": _fill("order 4111111111111111 with 4532015112830366 "),
    "id numbers": _fill("110105-19491231-002X "),
    "BIP39 words": _fill("abandon "),
    "BIP39 words and typos": _fill("abandon ability fla "),
    "BIP39 words and dots": _fill("abandon."),
    "hex": _fill("a"),
    "hex values": _fill(TX_HASH + " "),
    "Chinese": _fill("的一是在不了有和人这中大"),
    "Chinese groups": _fill("猛涉秦 "),
    "Chinese cues": _fill("助记词"),
    "markers and digits": _fill(f"{CARD} 4111111111111111 "),
    "base58": _fill(SOLANA_SECRET),
}


@pytest.mark.parametrize("reference", [False, True])
@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_inputs_redact_to_a_fixed_point(
    text: str, reference: bool
) -> None:
    # Linear cost is measured in benchmarks/redact_speed.py; here the result must be a
    # fixed point, whatever the input repeats.
    result = redact(text, reference=reference)
    assert redact(result.text, reference=reference).text == result.text


def test_random_chinese_groups_are_checked() -> None:
    """Rare characters in groups of three: every window is a candidate phrase."""
    import random

    from mnemonic import Mnemonic

    rare = Mnemonic("chinese_simplified").wordlist[1500:]
    rng = random.Random(1)
    text = _fill(" ".join("".join(rng.choice(rare) for _ in range(3)) for _ in range(25_000)))
    result = redact(text)
    assert result.changed  # some windows pass the checksum: the check really ran


# -- cards that skip Luhn: after a card word, or UnionPay's 62 in fours --------------------

@pytest.mark.parametrize(("text", "ending"), [
    ("卡号 6217 0000 1234 5678 901", "8901"),  # 19 digits, check digit off by one
    ("卡号：6217000012345678901", "8901"),
    ("card number: 4111 1111 1111 1112", "1112"),
    ("my bank card is 6222 0212 3456 7890", "7890"),
    ("charged to 6222 0212 3456 7890 yesterday", "7890"),  # UnionPay 62 in fours, no word
])
def test_a_card_that_fails_luhn_is_masked_when_it_is_plainly_a_card(text: str,
                                                                    ending: str) -> None:
    masked = redact(text).text
    assert f"ending {ending}]" in masked
    assert not re.search(r"\d{4} ?\d{4} ?\d{4}", masked)


@pytest.mark.parametrize("text", [
    "订单号 6222 0212 3456 7890",  # the order's own number
    "trade 62220212345678901234567890",  # a 30-digit trade number
    "ref 6222021234567890",  # one piece, no card word: not a card
])
def test_order_and_trade_numbers_that_look_like_unionpay_cards_are_kept(text: str) -> None:
    assert redact(text).text == text


def test_the_prebuilt_word_lists_equal_what_the_packages_give() -> None:
    # data/wordlists.txt saves building the lists on the first answer; it must
    # never drift from mnemonic, monero and shamir-mnemonic (rebuild it with
    # `python -m walletsupport.redact.wordlists` after upgrading them).
    from pathlib import Path

    from mnemonic import Mnemonic
    from monero.wordlists import English  # type: ignore[import-untyped]
    from shamir_mnemonic.wordlist import WORDLIST  # type: ignore[import-untyped]

    from walletsupport.redact import wordlists

    shipped = Path(wordlists.__file__).with_name("data") / "wordlists.txt"
    assert shipped.read_text(encoding="utf-8") == wordlists.build_index()
    for language in (*wordlists.BIP39_LANGUAGES, "chinese_simplified", "chinese_traditional"):
        given = Mnemonic(language).wordlist
        keep = language in ("japanese", "korean")
        assert wordlists.bip39_words(language) == (
            given if language.startswith("chinese") else [wordlists.normal(w, keep) for w in given]
        )
        if not language.startswith("chinese"):
            index = wordlists.bip39(language).index
            assert index == {wordlists.normal(w, keep): i for i, w in enumerate(given)}
    assert wordlists.bip39_words("english") == Mnemonic("english").wordlist
    words, prefix = wordlists.monero()
    assert words.index == {w: i for i, w in enumerate(English.word_list)}
    assert prefix == English.unique_prefix_length == 3
    assert wordlists.slip39().index == {w: i for i, w in enumerate(WORDLIST)}


def test_a_lazy_pattern_compiles_on_first_use_and_takes_its_place_in_its_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    from walletsupport.redact.core import lazy

    module = types.ModuleType("walletsupport_lazy_probe")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    module.PATTERN = lazy(module.__name__, r"co+de", re.IGNORECASE)  # type: ignore[attr-defined]
    assert not isinstance(module.PATTERN, re.Pattern)
    assert module.PATTERN.pattern == "co+de"  # no compile needed for these
    assert [m.span() for m in module.PATTERN.finditer("CODE, cooode")] == [(0, 4), (6, 12)]
    assert isinstance(module.PATTERN, re.Pattern)
    assert module.PATTERN.flags & re.IGNORECASE


def test_an_everyday_answer_leaves_the_trigger_patterns_uncompiled() -> None:
    """A short answer with no trigger compiles only what every text needs (start-up cost)."""
    code = (
        "from walletsupport.redact import codes, numbers, passwords, redact\n"
        "redact('my wallet shows zero after the update, what should I do?')\n"
        "print(*(type(p).__name__ for p in (codes._GAP_STOP, codes._TOTP_CUE,"
        " numbers._PASSPORT, passwords._API_LABEL)))\n"
        "redact('the code I got was 482913, passport E12345678, API key: 4f9Kd8sLq2Zx7Vb3')\n"
        "print(*(type(p).__name__ for p in (codes._GAP_STOP, numbers._PASSPORT,"
        " passwords._API_LABEL)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split("\n")
    assert out[0] == "_Lazy _Lazy _Lazy _Lazy"
    assert out[1] == "Pattern Pattern Pattern"


def test_an_answer_in_ascii_leaves_the_patterns_of_ideographs_uncompiled() -> None:
    """Classes of Chinese characters cost ~5 ms each to compile: English text needs none."""
    code = (
        "from walletsupport.redact import phrases, redact\n"
        "names = ('_HAN', '_LETTER_SPLIT', '_WORD', '_WORD_SPLIT', '_CHINESE_CUE')\n"
        "def kinds(): return ' '.join(type(getattr(phrases, n)).__name__ for n in names)\n"
        "assert redact('ICBC, card ending 4821; my seed is in a drawer').kinds == ()\n"
        "print(kinds())\n"
        "assert redact('我的助记词是：伐 旱 泡 口 线 揭 县 杨 断 芳 额 件').kinds\n"
        "print(kinds())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split("\n")
    assert out[0] == "_Lazy _Lazy _Lazy _Lazy _Lazy"
    assert out[1].split()[:2] == ["Pattern", "Pattern"]  # _HAN, _LETTER_SPLIT


def test_reading_no_number_compiles_none_of_the_number_patterns() -> None:
    """`diagnosis.numbers` is imported by every diagnosis; its patterns wait for a number."""
    code = (
        "from walletsupport.diagnosis import numbers\n"
        "names = ('_CURRENCY', '_YUAN_JIAO', '_CN_RUN', '_DIGIT_BLOB')\n"
        "def kinds(): return ' '.join(type(getattr(numbers, n)).__name__ for n in names)\n"
        "print(kinds())\n"
        "numbers.read_number('12块5')\n"
        "print(kinds())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split("\n")
    assert out[0] == "_Lazy _Lazy _Lazy _Lazy"
    assert "_Lazy" not in out[1].split()[:2]  # _CURRENCY and _YUAN_JIAO read '12块5'


def test_a_long_s_or_dotless_i_in_a_label_is_read_as_the_letter() -> None:
    """Case-insensitive patterns match "ſ" as "s" and "ı" as "i"; the cheap
    needle tests before them must let such a label through too."""
    key = "9fKx2LmQ8vRt4ZpW7nYc3HdJ"
    for text in (f"ſecret: {key}", "paſſport: E12345678", f"APİ ſecret: {key}"):
        result = redact(text)
        assert result.changed, text
        assert key not in result.text and "E12345678" not in result.text

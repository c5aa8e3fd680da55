"""Whether the user's own words say someone asked them for a secret (issue 12).

A labelled set of sentences as people write them, in English and Chinese, half
of them saying someone asked for (or was given, or was let into the device for)
a code, a password or a recovery phrase, half ordinary words about the same
things. The detector must reach every one of the first and none of the second.
"""

from __future__ import annotations

import re

import pytest

from walletsupport.redact.asked import asked_for_secret

#: Someone asked for a secret, was given one, or was let into the device.
ASKED = [
    # English: asked, wanted, needed
    "support asked me for my SMS code",
    "Someone on WeChat says he is Alipay support and wants my password",
    "The agent told me to read out the 6-digit code",
    "he asked for the verification code I got by SMS",
    "they wanted my seed phrase to unlock the funds",
    "the Binance agent on Telegram needs the 6-digit code to verify me",
    "he said to send him the number that came by SMS",
    "a guy claiming to be from Coinbase asked me to confirm my 2FA code",
    "The caller said I had to tell him the OTP to cancel the transfer",
    "customer service on WhatsApp is asking for my recovery phrase",
    "a MetaMask admin in Discord asked me to type my 12 words into a form",
    "The support person insisted I send a screenshot of the code",
    "someone from the 'security team' needs my PIN to stop the withdrawal",
    "the moderator said I must enter my private key on their site to sync the wallet",
    "they keep asking for the code from my authenticator app",
    "the seller wants the code Alipay just texted me",
    "An officer called and demanded my online banking password",
    "he needs the digits from the text message to release my refund",
    # English: a code already given
    "I already gave him the code",
    "I sent the verification code to the agent before I realised",
    "i told her my password because she said she was from PayPal",
    "I read out the 6-digit code to the caller",
    "I shared my seed phrase with the support guy on Telegram",
    # English: the device handed over
    "the agent asked me to install AnyDesk so he could fix my account",
    "support told me to download TeamViewer and share my screen",
    "He made me share my screen on Zoom while I logged in",
    "the 'Alipay customer service' on QQ wants me to read him the code from the SMS",
    "Someone claiming to be Wise support requested my card's CVV",
    "I gave the caller my PIN and now the money is gone",
    "I installed RustDesk for the Binance support person",
    # Chinese: asked, wanted
    "我用银行卡往支付宝充了１２５０．５０元，钱扣了余额没到，客服让我报验证码 [已移除验证码]",
    "客服让我报验证码 739201",
    "对方让我把验证码告诉他",
    "他要我提供助记词",
    "有人冒充客服，问我要短信验证码",
    "客服说要把收到的短信数字发给他才能解冻",
    "自称币安客服的人在电报上让我把6位数发过去",
    "对方说需要我的支付密码才能退款",
    "那个人一直催我念一下手机收到的动态码",
    "客服要求我把私钥填到他发的链接里",
    "他说只要把短信里的数字告诉他就能帮我解冻",
    "有人打电话说是银行的，要我的登录密码",
    # Chinese: a code already given
    "我已经把验证码发给他了",
    "验证码我刚才告诉对方了",
    "我把助记词给了那个客服",
    # Chinese: the device handed over
    "对方让我下载一个会议软件共享屏幕",
    "客服叫我装向日葵远程控制我的手机",
    "他让我打开腾讯会议的屏幕共享，说要帮我操作",
    "我按客服说的装了ToDesk",
    "有个自称支付宝客服的人让我把验证码截图发给他",
    "对方在QQ群里让我把助记词输进他给的网站",
    "我把屏幕共享给了那个客服",
]

#: Ordinary words: the user asks, the app asks, or a secret is only mentioned.
ORDINARY = [
    "I asked for a new code",
    "I asked support for a new code",
    "the app asks for my password every time",
    "I forgot my PIN",
    "my password is Hunter2",
    "support asked me to wait 3 days",
    "the verification code never arrives by SMS",
    "The SMS code expired before I could type it",
    "I changed my password yesterday and now I can't log in",
    "Binance asks for a 2FA code when I withdraw, is that normal?",
    "I lost my seed phrase when my phone broke",
    "support told me the refund takes 5 working days",
    "the agent asked me for a screenshot of the transaction",
    "he asked for my order number and the date",
    "I never gave anyone my password",
    "I did not give him the code",
    "the code I entered in the app was rejected",
    "I typed the OTP into the Wise app and it said invalid",
    "we use Zoom and screen sharing for meetings at work",
    "how do I reset my PIN in the app?",
    "my withdrawal is stuck for three days",
    "the card was charged twice for one payment",
    "support asked me which wallet I use",
    "the agent wanted my email address to find the ticket",
    "I want to turn on 2FA with an authenticator app",
    "I sent the error code to support",
    "support asked me for the error code on the screen",
    "support said the code would arrive in 5 minutes",
    "the agent said my password was reset",
    # Chinese
    "客服说三天到账",
    "客服要我等三天再查，密码我没改",
    "支付宝让我输入密码",
    "我忘了支付密码",
    "验证码一直收不到",
    "短信验证码过期了，重新发也收不到",
    "我想改一下登录密码",
    "客服让我提供交易截图和订单号",
    "我没有把验证码告诉任何人",
    "我问客服要了新的验证码",
    "开会的时候我用腾讯会议共享了屏幕给同事看",
    "提现三天了还没到账",
    "助记词抄在本子上，本子丢了",
    "微信支付每次都要我输入支付密码",
    "客服说要核实身份，让我上传身份证照片",
    "他问我订单号是多少",
    "银行卡被扣了两次钱",
    "app 一直闪退，登录不了",
    "他说密码要设置成8位以上",
    "客服让我重新设置支付密码",
    "对方转账给我后让我确认收款",
    "客服让我发一下错误代码截图",
    "客服说验证码五分钟内会发到手机上",
]


def _chinese(text: str) -> bool:
    return re.search("[\u4e00-\u9fff]", text) is not None


def test_the_labelled_set_is_large_balanced_and_bilingual() -> None:
    assert len(ASKED) + len(ORDINARY) >= 80
    assert abs(len(ASKED) - len(ORDINARY)) <= 4
    for labelled in (ASKED, ORDINARY):
        assert sum(map(_chinese, labelled)) >= len(labelled) // 3
        assert sum(not _chinese(s) for s in labelled) >= len(labelled) // 3
    assert len(set(ASKED) | set(ORDINARY)) == len(ASKED) + len(ORDINARY)


@pytest.mark.parametrize("text", ASKED)
def test_someone_asking_for_a_secret_is_recognised(text: str) -> None:
    assert asked_for_secret(text)


@pytest.mark.parametrize("text", [None, "", *ORDINARY])
def test_ordinary_words_are_not_read_as_someone_asking(text: str | None) -> None:
    assert not asked_for_secret(text)


def test_a_sentence_of_its_own_is_needed() -> None:
    # Support named in one sentence, a screen shared in another: not the same act.
    assert not asked_for_secret("Support never replied. We share my screen at work on Zoom.")
    assert asked_for_secret("Support never replied. Then a guy told me to install AnyDesk.")

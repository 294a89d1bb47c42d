"""Operations alerts to the team chats of each region."""
import requests

DINGTALK_ROBOT = "https://oapi.dingtalk.com/robot/send?access_token=39aae99aca8f3b30ad77224d67e803e103337b166af8e49560c2be070d44c9c8"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
WECOM_ROBOT = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f1573ee-a856-4fe7-a1a0-8b99454647de"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
FEISHU_ROBOT = "https://open.feishu.cn/open-apis/bot/v2/hook/89e806bc-5284-42f9-bfdd-7224e5ebd25b"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
TELEGRAM_BOT_TOKEN = "314178822:AASuY9Ui2NICGDmbn7db9nTle7Rt--dF85e"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret


def alert(text):
    for url in (DINGTALK_ROBOT, WECOM_ROBOT):
        requests.post(url, json={"msgtype": "text", "text": {"content": text}}, timeout=5)
    requests.post(FEISHU_ROBOT, json={"msg_type": "text", "content": {"text": text}}, timeout=5)

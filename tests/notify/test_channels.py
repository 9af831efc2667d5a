"""Channels: our apprise schemes against a local robot server, email against a local SMTP
server, the signatures against fixed vectors, and the rules that keep secrets out of files."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime
from urllib.parse import unquote

import pytest

from sync.core.rules import NotifySettings
from sync.notify.channels import (
    MissingSecret,
    deliver,
    dingtalk_sign,
    feishu_sign,
    resolve,
    send_one,
    truncate_bytes,
)
from sync.notify.events import Event
from sync.policy.notifications import channel_problem

WECOM = "/cgi-bin/webhook/send"
DINGTALK = "/robot/send"
FEISHU = "/open-apis/bot/v2/hook/hook-id-1"


# --- signatures: vectors computed with `openssl dgst -sha256 -hmac`, not with our code ------


def test_dingtalk_signature_matches_the_fixed_vector():
    secret = "SEC8f2b2a1c3d4e5f60718293a4b5c6d7e8f9"
    assert dingtalk_sign(1577808000000, secret) == (
        "D22aVzTHS6PYwYDgXACgM28VaH%2FAQbByqkcZJ2JKCSM%3D"
    )


def test_feishu_signature_matches_the_fixed_vector():
    assert feishu_sign(1599360473, "demo-secret") == "3/MaVZ8JLIy4TUG+7KSFJqvUkTKd+HWY8g+56DZWq8s="


# --- sending through apprise to the local robot server ----------------------------------


def test_wecom_robot_posts_text_with_its_key(robots):
    assert send_one(f"wecomrobot://KEY-123?base={robots.base}", "投诉提醒 测试") is None
    (request,) = robots.to(WECOM)
    assert request.query == {"key": "KEY-123"}
    assert request.body == {"msgtype": "text", "text": {"content": "投诉提醒 测试"}}


def test_dingtalk_robot_signs_each_request(robots):
    secret = "SECabc"
    assert send_one(f"dingtalkrobot://TOKEN9?secret={secret}&base={robots.base}", "提醒") is None
    (request,) = robots.to(DINGTALK)
    assert request.query["access_token"] == "TOKEN9"
    stamp = request.query["timestamp"]
    expected = hmac.new(secret.encode(), f"{stamp}\n{secret}".encode(), hashlib.sha256).digest()
    assert request.query["sign"] == base64.b64encode(expected).decode()  # parse_qs decoded it
    assert request.body["text"]["content"] == "提醒"


def test_feishu_robot_signs_the_body(robots):
    assert send_one(f"feishurobot://hook-id-1?secret=s3&base={robots.base}", "提醒") is None
    (request,) = robots.to(FEISHU)
    stamp = request.body["timestamp"]
    expected = hmac.new(f"{stamp}\ns3".encode(), b"", hashlib.sha256).digest()
    assert request.body["sign"] == base64.b64encode(expected).decode()
    assert request.body["msg_type"] == "text"
    assert request.body["content"]["text"] == "提醒"


@pytest.mark.parametrize(
    ("url", "path", "status", "answer", "said"),
    [
        ("wecomrobot://K", WECOM, 200, {"errcode": 45009, "errmsg": "api freq out of limit"}, "45009"),
        ("dingtalkrobot://T", DINGTALK, 200, {"errcode": 130101, "errmsg": "send too fast"}, "130101"),
        ("feishurobot://hook-id-1", FEISHU, 200, {"code": 9499, "msg": "too many request"}, "9499"),
        ("wecomrobot://K", WECOM, 500, {}, "HTTP 500"),
    ],
)  # fmt: skip
def test_an_error_code_or_server_error_is_a_failure(robots, url, path, status, answer, said):
    robots.fail_next(path, status, answer)
    error = send_one(f"{url}?base={robots.base}", "提醒")
    assert error is not None and said in error


def test_an_unreachable_robot_is_a_failure_not_a_crash():
    error = send_one("wecomrobot://K?base=http://127.0.0.1:9", "提醒")
    assert error is not None and "无法连接" in error


def test_wecom_text_is_cut_to_2048_bytes_on_a_character_boundary(robots):
    text = "超期提醒" * 400  # 4,800 bytes in UTF-8
    assert send_one(f"wecomrobot://K?base={robots.base}", text) is None
    sent = robots.to(WECOM)[0].text.encode()
    assert len(sent) <= 2048
    sent.decode("utf-8")  # whole characters only


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("abc", 10, "abc"),
        ("重大投诉", 12, "重大投诉"),
        ("重大投诉", 11, "重大…"),  # the … takes 3 bytes; half a character is dropped
        ("重大投诉", 8, "重…"),
    ],
)
def test_truncate_bytes(text, limit, expected):
    assert truncate_bytes(text, limit) == expected
    assert len(truncate_bytes(text, limit).encode()) <= limit


def test_email_goes_through_apprise_to_the_smtp_server(smtp):
    url = f"mailto://127.0.0.1:{smtp.port}?from=robot@example.com&to=head@example.com"
    assert send_one(url, "1. 【重大】TS-20261122-001 3栋") is None
    (mail,) = smtp.mails
    assert mail.to == ("head@example.com",)
    assert mail.subject == "投诉登记表提醒"
    assert "TS-20261122-001 3栋" in mail.text


# --- secrets: from the environment only ------------------------------------------------------


def test_resolve_fills_secrets_from_the_environment_url_encoded():
    url = "dingtalkrobot://{env:DT_TOKEN}?secret={env:DT_SECRET}"
    env = {"DT_TOKEN": "tok", "DT_SECRET": "a/b+c"}
    assert resolve(url, env) == "dingtalkrobot://tok?secret=a%2Fb%2Bc"
    assert unquote(resolve(url, env).split("secret=")[1]) == "a/b+c"


def test_a_missing_secret_is_named_and_nothing_is_sent(robots):
    settings = NotifySettings(
        targets={"office_head": (f"wecomrobot://{{env:NO_SUCH_KEY}}?base={robots.base}",)}
    )
    event = Event(2, "TS-1", "major", "重大", ("office_head",), ("【重大】TS-1",))
    (delivery,) = deliver([event], settings, datetime(2026, 11, 22, 10), environ={})
    assert delivery.failed == (event,) and not delivery.sent
    assert "NO_SUCH_KEY" in delivery.error
    assert robots.requests == []
    with pytest.raises(MissingSecret):
        resolve("wecomrobot://{env:NO_SUCH_KEY}", {})


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("wecomrobot://{env:WECOM_KEY}", None),
        ("dingtalkrobot://{env:T}?secret={env:S}", None),
        ("feishurobot://{env:HOOK}?base=http://127.0.0.1:8080", None),
        ("mailtos://{env:U}:{env:P}@smtp.example.com?to=a@example.com", None),
        ("mailto://smtp.example.com?to=a@example.com", None),
        ("wecomrobot://693a91f6-7xxx", "机器人密钥不能直接写在规则文件里"),
        ("dingtalkrobot://{env:T}?secret=SEC123", "加签密钥不能直接写在规则文件里"),
        ("mailtos://user:hunter2@smtp.example.com", "密码不能直接写在规则文件里"),
        ("wecomrobot://{env:WECOM-KEY}", "环境变量应写成 {env:名称}"),
        ("企业微信群", "不是通知地址"),
    ],
)
def test_channel_urls_keep_secrets_out_of_rules_yaml(url, problem):
    found = channel_problem(url)
    assert found is None if problem is None else problem in found

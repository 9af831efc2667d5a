"""Sending notifications: apprise as the dispatcher, our own schemes for the chat robots.

apprise's own WeCom, DingTalk and Feishu plugins hard-code their hosts, count characters
where WeCom limits bytes, and report success on rate-limit answers. So each robot gets a
scheme of ours that takes its key as the URL's host, an optional `base=` (the real host by
default; tests point it at a local server) and an optional signing `secret=`, and checks the
answer's error code. Email and any other apprise URL go through apprise unchanged.

`deliver` is the one send step of a run: one digest per channel, whole events per message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, quote_plus

import apprise
import requests
from apprise.decorators import notify as apprise_scheme

from ..core.rules import NotifySettings
from ..policy.notifications import ENV_REF
from .events import Event, digest_text, digests
from .redact import hide, redact

TITLE = "投诉登记表提醒"
FAILED_MARK = "【发送失败】"
TIMEOUT = 15  # seconds per request
MAX_MESSAGES = 5  # per channel and run; robots allow about 20 a minute
_log = logging.getLogger("apprise")

DEFAULT_BASES = {
    "wecomrobot": "https://qyapi.weixin.qq.com",
    "dingtalkrobot": "https://oapi.dingtalk.com",
    "feishurobot": "https://open.feishu.cn",
    "larkrobot": "https://open.larksuite.com",
}
# Message size limits in UTF-8 bytes: WeCom text 2048; DingTalk about 20,000; Feishu 20 KB body.
MAX_BYTES = {"wecomrobot": 2048, "dingtalkrobot": 18000, "feishurobot": 18000, "larkrobot": 18000}
DEFAULT_MAX_BYTES = 18000


def dingtalk_sign(timestamp_ms: int, secret: str) -> str:
    """DingTalk: HMAC-SHA256 keyed by the secret over "timestamp\\nsecret", base64, URL-encoded."""
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256)
    return quote_plus(base64.b64encode(digest.digest()).decode())


def feishu_sign(timestamp_s: int, secret: str) -> str:
    """Feishu/Lark: HMAC-SHA256 keyed by "timestamp\\nsecret" over an empty message, base64."""
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256)
    return base64.b64encode(digest.digest()).decode()


def truncate_bytes(text: str, limit: int) -> str:
    """At most `limit` UTF-8 bytes, never cutting a character in half."""
    data = text.encode()
    if len(data) <= limit:
        return text
    marker = "…"
    return data[: limit - len(marker.encode())].decode("utf-8", "ignore") + marker


def _post(name: str, url: str, payload: dict, code_keys: tuple[str, ...]) -> bool:
    """POST JSON; success only on HTTP 2xx with an error code of 0 in the answer."""
    try:
        answer = requests.post(url, json=payload, timeout=TIMEOUT)
    except requests.RequestException as exc:
        _log.warning("%s%s无法连接：%s", FAILED_MARK, name, type(exc).__name__)
        return False
    try:
        body = answer.json()
    except ValueError:
        body = {}
    code = next((body[k] for k in code_keys if isinstance(body, dict) and k in body), None)
    if answer.ok and code == 0:
        return True
    detail = body.get("errmsg") or body.get("msg") if isinstance(body, dict) else None
    _log.warning(
        "%s%s返回 HTTP %s，错误码 %s（%s）", FAILED_MARK, name, answer.status_code, code, detail
    )
    return False


def _base(meta: dict, scheme: str) -> str:
    return (meta.get("qsd", {}).get("base") or DEFAULT_BASES[scheme]).rstrip("/")


@apprise_scheme(on="wecomrobot", name="企业微信群机器人")
def _wecom(body: str, *args, meta: dict, **kwargs) -> bool:
    url = f"{_base(meta, 'wecomrobot')}/cgi-bin/webhook/send?key={quote(meta.get('host', ''))}"
    text = truncate_bytes(body, MAX_BYTES["wecomrobot"])
    return _post("企业微信", url, {"msgtype": "text", "text": {"content": text}}, ("errcode",))


@apprise_scheme(on="dingtalkrobot", name="钉钉机器人")
def _dingtalk(body: str, *args, meta: dict, **kwargs) -> bool:
    url = f"{_base(meta, 'dingtalkrobot')}/robot/send?access_token={quote(meta.get('host', ''))}"
    secret = meta.get("qsd", {}).get("secret")
    if secret:
        stamp = int(time.time() * 1000)
        url += f"&timestamp={stamp}&sign={dingtalk_sign(stamp, secret)}"
    text = truncate_bytes(body, MAX_BYTES["dingtalkrobot"])
    return _post("钉钉", url, {"msgtype": "text", "text": {"content": text}}, ("errcode",))


def _feishu(scheme: str, name: str, body: str, meta: dict) -> bool:
    url = f"{_base(meta, scheme)}/open-apis/bot/v2/hook/{quote(meta.get('host', ''))}"
    payload: dict = {
        "msg_type": "text",
        "content": {"text": truncate_bytes(body, MAX_BYTES[scheme])},
    }
    secret = meta.get("qsd", {}).get("secret")
    if secret:
        stamp = int(time.time())
        payload = {"timestamp": str(stamp), "sign": feishu_sign(stamp, secret), **payload}
    return _post(name, url, payload, ("code", "StatusCode"))


@apprise_scheme(on="feishurobot", name="飞书机器人")
def _feishu_cn(body: str, *args, meta: dict, **kwargs) -> bool:
    return _feishu("feishurobot", "飞书", body, meta)


@apprise_scheme(on="larkrobot", name="Lark 机器人")
def _lark(body: str, *args, meta: dict, **kwargs) -> bool:
    return _feishu("larkrobot", "Lark", body, meta)


class MissingSecret(Exception):
    """A channel names an environment variable that is not set."""


def resolve(url: str, environ: Mapping[str, str]) -> str:
    """Fill `{env:NAME}` from the environment (URL-encoded); MissingSecret names what is unset."""
    missing = [name for name in ENV_REF.findall(url) if not environ.get(name)]
    if missing:
        raise MissingSecret("、".join(dict.fromkeys(missing)))
    hide(*(environ[name] for name in ENV_REF.findall(url)))
    return ENV_REF.sub(lambda m: quote(environ[m[1]], safe=""), url)


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].lower()


@dataclass(frozen=True)
class Delivery:
    """What one channel got in this run. `channel` is the URL as rules.yaml writes it."""

    channel: str
    messages: int  # messages sent successfully
    sent: tuple[Event, ...]
    failed: tuple[Event, ...]
    error: str | None = None


def is_email(url: str) -> bool:
    return _scheme(url) in ("mailto", "mailtos")


def send_one(url: str, text: str, *, title: str = TITLE, attach: str | None = None) -> str | None:
    """Send one message through apprise (with the file `attach`, for e-mail); None on
    success, else why it failed (Chinese)."""
    if is_email(url) and "format=" not in url:
        url += ("&" if "?" in url else "?") + "format=text"  # keep the digest's line breaks
    sender = apprise.Apprise()
    if not sender.add(url):
        return "通知地址无法识别，请检查 rules.yaml 中的写法。"
    with apprise.LogCapture(level=logging.WARNING) as log:
        ok = bool(sender.notify(body=text, title=title, attach=attach))
        lines = [line.strip() for line in log.getvalue().splitlines() if line.strip()]
    if ok:
        return None
    ours = [line.split(FAILED_MARK, 1)[1] for line in lines if FAILED_MARK in line]
    return "；".join(ours) or ("发送失败：" + (lines[-1] if lines else "原因不明"))


def deliver(
    events: list[Event],
    settings: NotifySettings,
    now: datetime,
    environ: Mapping[str, str] | None = None,
) -> list[Delivery]:
    """Send each channel one digest of the events for the roles it serves."""
    environ = os.environ if environ is None else environ
    serves: dict[str, set[str]] = {}
    for role, urls in settings.targets.items():
        for url in urls:
            serves.setdefault(url, set()).add(role)
    out: list[Delivery] = []
    for channel, roles in serves.items():
        mine = [e for e in events if roles & set(e.roles)]
        if mine:
            out.append(_deliver_to(channel, mine, now, environ))
    return out


def _deliver_to(
    channel: str, events: list[Event], now: datetime, environ: Mapping[str, str]
) -> Delivery:
    try:
        url = resolve(channel, environ)
    except MissingSecret as exc:
        return Delivery(channel, 0, (), tuple(events), f"环境变量 {exc} 未设置，未发送。")
    parts = digests(events, MAX_BYTES.get(_scheme(channel), DEFAULT_MAX_BYTES))
    sent: list[Event] = []
    errors: list[str] = []
    for i, part in enumerate(parts[:MAX_MESSAGES], 1):
        error = send_one(url, digest_text(part, now, i, min(len(parts), MAX_MESSAGES)))
        if error:
            errors.append(redact(error))
        else:
            sent.extend(part)
    if len(parts) > MAX_MESSAGES:
        left = sum(len(p) for p in parts[MAX_MESSAGES:])
        errors.append(f"本次提醒过多，其余 {left} 项下次运行时发送。")
    failed = tuple(e for e in events if e not in sent)
    messages = sum(1 for p in parts[:MAX_MESSAGES] if p[0] in sent)
    return Delivery(channel, messages, tuple(sent), failed, "；".join(errors) or None)


def outcomes(
    events: list[Event], deliveries: list[Delivery], settings: NotifySettings
) -> dict[int, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Per row and event label: (roles reached, roles not reached).

    A role is reached when every one of its channels delivered the event; a role without
    channels is neither (nobody to tell).
    """
    delivered = {d.channel: set(d.sent) for d in deliveries}
    result: dict[int, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for e in events:
        reached: list[str] = []
        missed: list[str] = []
        for role in e.roles:
            channels = settings.channels_of(role)
            if not channels:
                continue
            ok = all(e in delivered.get(c, set()) for c in channels)
            (reached if ok else missed).append(role)
        if reached or missed:
            result.setdefault(e.row, {})[e.label] = (tuple(reached), tuple(missed))
    return result

"""The `notifications:` settings of rules.yaml: who hears of which event, through which channels.

Channels are apprise URLs. Secrets never sit in the file: a URL names them as `{env:NAME}`
and the run fills them in from the environment (channels.py). `channel_problem` says, in
Chinese, why a URL written in rules.yaml is unfit; `read_notifications` builds the settings.
"""

from __future__ import annotations

import re
from typing import Any

from ..core.rules import NotifySettings, default_events

# Our own apprise schemes (channels.py): the robot's key is the URL's host part.
ROBOT_SCHEMES = ("wecomrobot", "dingtalkrobot", "feishurobot", "larkrobot")

ENV_REF = re.compile(r"\{env:([A-Za-z_][A-Za-z0-9_]*)\}")
_WHOLE_ENV = re.compile(r"\{env:[A-Za-z_][A-Za-z0-9_]*\}")
_URL = re.compile(r"^(?P<scheme>[a-z][a-z0-9+.-]*)://(?P<rest>.*)$", re.IGNORECASE)


def channel_problem(url: str) -> str | None:
    """Why a channel URL from rules.yaml cannot be used, in Chinese; None when it is fine."""
    match = _URL.match(url.strip())
    if not match:
        return (
            f"“{url}”不是通知地址，应写成 apprise 地址，如 wecomrobot://{{env:WECOM_KEY}} "
            "或 mailto://smtp.example.com?to=head@example.com。"
        )
    scheme, rest = match["scheme"].lower(), match["rest"]
    bad = [m for m in re.findall(r"\{env:[^}]*\}", rest) if not _WHOLE_ENV.fullmatch(m)]
    if bad:
        return f"“{bad[0]}”写法有误，环境变量应写成 {{env:名称}}，名称只含字母、数字和下划线。"
    if scheme in ROBOT_SCHEMES:
        token = re.split(r"[/?]", rest, maxsplit=1)[0]
        if not _WHOLE_ENV.fullmatch(token):
            return (
                f"机器人密钥不能直接写在规则文件里，请改成 {scheme}://{{env:变量名}}，"
                "并在运行环境中设置该环境变量。"
            )
        secret = re.search(r"[?&]secret=([^&]*)", rest)
        if secret and not _WHOLE_ENV.fullmatch(secret[1]):
            return "加签密钥不能直接写在规则文件里，请改成 secret={env:变量名}。"
    masked = _WHOLE_ENV.sub("\0", rest)  # an env reference holds a colon of its own
    authority = re.split(r"[/?]", masked, maxsplit=1)[0]
    if "@" in authority:
        userinfo = authority.rsplit("@", 1)[0]
        if ":" in userinfo and userinfo.split(":", 1)[1] != "\0":
            return "密码不能直接写在规则文件里，请改成 用户名:{env:变量名}@服务器。"
    return None


def read_notifications(data: dict[str, Any] | None) -> NotifySettings:
    """Settings from the validated `notifications:` mapping; defaults for what is left out."""
    data = {k: v for k, v in (data or {}).items() if v is not None}
    events = default_events()
    events.update({k: tuple(v) for k, v in (data.get("events") or {}).items()})
    return NotifySettings(
        targets={role: tuple(urls) for role, urls in (data.get("targets") or {}).items() if urls},
        events=events,
        validation_problems=bool(data.get("validation_problems", False)),
    )

"""Sending the monthly report to the roles `notifications.events.report` names: e-mail gets
the workbook attached, a chat robot gets the summary line (robots cannot carry a file)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..core.rules import NotifySettings
from .channels import MissingSecret, is_email, resolve, send_one
from .redact import redact

REPORT_TITLE = "每月投诉分析"


@dataclass(frozen=True)
class ReportDelivery:
    channel: str  # the URL as rules.yaml writes it
    error: str | None  # None: sent


def send_report(
    path: Path,
    summary: str,
    settings: NotifySettings,
    environ: Mapping[str, str] | None = None,
) -> list[ReportDelivery]:
    """Send the report once to each channel of the roles that receive it."""
    environ = os.environ if environ is None else environ
    channels = dict.fromkeys(
        url for role in settings.roles_for("report") for url in settings.channels_of(role)
    )
    out: list[ReportDelivery] = []
    for channel in channels:
        try:
            url = resolve(channel, environ)
        except MissingSecret as exc:
            out.append(ReportDelivery(channel, f"环境变量 {exc} 未设置，未发送。"))
            continue
        if is_email(channel):
            body = f"{summary}\n报表见附件：{path.name}（内部资料，请勿外传）。"
            error = send_one(url, body, title=f"{REPORT_TITLE} {path.stem}", attach=str(path))
        else:
            error = send_one(
                url, f"{summary}完整报表（含图表）见办公室文件夹 reports/{path.name}。"
            )
        out.append(ReportDelivery(channel, redact(error) if error else None))
    return out

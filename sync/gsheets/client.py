"""The one HTTP seam to Google Sheets: sign-in, the emulator endpoint, bounded retry, and
every Google-side failure turned into a Chinese SyncError.

Credentials are never printed or logged; messages name at most the credentials file's path
and the service account's email (which staff need in order to share the sheet).
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from gspread.exceptions import APIError
from gspread.http_client import HTTPClient
from gspread.urls import SPREADSHEET_BATCH_UPDATE_URL, SPREADSHEETS_API_V4_BASE_URL

from ..errors import (
    GoogleAccessDenied,
    GoogleCredentialsInvalid,
    GoogleNotFound,
    GoogleQuotaExceeded,
    GoogleUnavailable,
    SyncError,
)

CREDENTIALS_ENV = "COMPLAINTS_GOOGLE_CREDENTIALS"
TIMEOUT = (10.0, 120.0)  # seconds to connect, seconds to wait for an answer
SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
_GOOGLE_BASE = SPREADSHEETS_API_V4_BASE_URL.rsplit("/v4/", 1)[0]

# batchUpdate requests that leave the same sheet when sent twice; anything else (adding a
# sheet, appending rows) is sent once and never retried.
_IDEMPOTENT = frozenset(
    {
        "updateCells",
        "updateSheetProperties",
        "repeatCell",
        "setDataValidation",
        "updateDimensionProperties",
    }
)


@dataclass(frozen=True)
class Retry:
    """Bounded exponential backoff with full jitter, for 429 and 5xx answers."""

    attempts: int = 5
    base: float = 1.0  # seconds before the first retry, doubled each time
    cap: float = 32.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * 2**attempt)
        wait = random.uniform(0, ceiling)
        return min(self.cap, max(wait, retry_after or 0))


@dataclass(frozen=True)
class Transport:
    """Where the Sheets API requests go when not to Google: a server at `host` ("127.0.0.1:8123")
    reached over plain HTTP without signing in, as the tests pass in their local Sheets server
    (httpx's tests pass a transport the same way). Production code never makes one."""

    host: str


class SheetsClient(HTTPClient):
    """gspread's HTTP client with bounded retry, sending to Google or to a `Transport`'s server.

    `who` is the account the sync signs in as (a service account's email), for messages.
    """

    def __init__(
        self,
        auth: Any,
        session: requests.Session | None = None,
        *,
        retry: Retry = Retry(),
        transport: Transport | None = None,
        who: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(auth, session)
        self.timeout = TIMEOUT  # gspread waits forever by default; a scheduled sync must not
        # Google compresses an answer only for a user agent that names gzip (its performance
        # guide); the register's one big read then crosses the network several times smaller.
        agent = self.session.headers.get("User-Agent") or "complaints"
        self.session.headers["User-Agent"] = f"{agent} (gzip)"
        self.retry = retry
        self.transport = transport
        self.who = who
        self._sleep = sleep

    def request(self, method: str, endpoint: str, **kwargs: Any) -> requests.Response:
        retryable = method.lower() == "get" or _idempotent(kwargs.get("json"))
        return self._send(method, endpoint, retryable, **kwargs)

    def batch_update(self, id: str, body: Any) -> Any:
        """spreadsheets.batchUpdate, sent as compact UTF-8 JSON: the same write, half the bytes."""
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json; charset=utf-8"}
        endpoint = SPREADSHEET_BATCH_UPDATE_URL % id
        return self._send("post", endpoint, _idempotent(body), data=data, headers=headers).json()

    def _send(
        self, method: str, endpoint: str, retryable: bool, **kwargs: Any
    ) -> requests.Response:
        if self.transport is not None:
            endpoint = endpoint.replace(_GOOGLE_BASE, f"http://{self.transport.host}", 1)
        # Google indents its JSON answers unless told not to.
        kwargs["params"] = {**(kwargs.get("params") or {}), "prettyPrint": "false"}
        attempt = 0
        while True:
            try:
                return super().request(method, endpoint, **kwargs)
            except APIError as exc:
                status = exc.code
                if not (retryable and _transient(status)) or attempt + 1 >= self.retry.attempts:
                    raise self._explain(status, exc) from None
                wait = self.retry.delay(attempt, _retry_after(exc.response))
            except requests.RequestException:
                if not retryable or attempt + 1 >= self.retry.attempts:
                    raise GoogleUnavailable(
                        "无法连接 Google 表格服务，登记表未被修改。请检查网络（中国大陆需要能访问 Google 的网络）后重试。"
                    ) from None
                wait = self.retry.delay(attempt)
            except Exception as exc:  # google-auth failing to sign in (revoked key, clock skew)
                if type(exc).__module__.startswith("google.auth"):
                    raise GoogleCredentialsInvalid(
                        "Google 拒绝了登录凭据（密钥可能已被删除或停用）。请在 Google Cloud 控制台为服务账号重新创建密钥，"
                        f"并用环境变量 {CREDENTIALS_ENV} 指向新的 JSON 文件。"
                    ) from None
                raise
            attempt += 1
            self._sleep(wait)

    def _explain(self, status: int, exc: APIError) -> SyncError:
        if status == 403:
            who = f"服务账号 {self.who}" if self.who else "当前登录的 Google 账号"
            return GoogleAccessDenied(
                f"没有权限访问这份 Google 表格。请在表格右上角“共享”中把表格共享给{who}，权限选“编辑者”，然后重试。"
            )
        if status == 404:
            return GoogleNotFound(
                "找不到这份 Google 表格。请检查表格链接或 ID 是否完整、表格是否已被删除。"
            )
        if status == 401:
            return GoogleCredentialsInvalid(
                f"Google 不接受当前的登录凭据。请检查环境变量 {CREDENTIALS_ENV} 指向的服务账号 JSON 文件是否有效。"
            )
        if status == 429:
            return GoogleQuotaExceeded(
                f"Google 表格的请求次数超出配额（已重试 {self.retry.attempts} 次），登记表未被修改。请过几分钟再运行同步；"
                "如经常出现，请拉长定时同步的间隔。"
            )
        if status >= 500:
            return GoogleUnavailable(
                f"Google 表格服务暂时出错（HTTP {status}，已重试 {self.retry.attempts} 次），登记表未被修改。请稍后重试。"
            )
        message = str(exc.error.get("message", ""))[:200]
        if status == 400 and message.startswith("Unable to parse range"):
            sheet = message.partition(":")[2].strip()
            return GoogleNotFound(
                f"在 Google 表格中找不到要读取的工作表（{sheet}），它可能刚被改名或删除，登记表未被修改。"
                "请检查工作表后重新运行同步。"
            )
        return SyncError(f"Google 表格拒绝了请求（HTTP {status}：{message}），登记表未被修改。")


def _transient(status: int) -> bool:
    return status == 429 or status >= 500


def _idempotent(body: Any) -> bool:
    requests_ = body.get("requests") if isinstance(body, dict) else None
    return bool(requests_) and all(set(r) <= _IDEMPOTENT for r in requests_)


def _retry_after(response: requests.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


def connect(
    credentials_path: str | None = None,
    *,
    retry: Retry = Retry(),
    transport: Transport | None = None,
) -> SheetsClient:
    """A client for Google (or, with a `transport`, for the server it names).

    Sign-in: a service-account JSON file (`credentials_path`, else $COMPLAINTS_GOOGLE_CREDENTIALS);
    without one, gspread's OAuth desk flow (a browser window, then a stored token).
    """
    path = credentials_path or os.environ.get(CREDENTIALS_ENV) or None
    if transport is not None:  # plain HTTP, no sign-in, like Google's own emulators
        who = _service_account_email(path) if path else None
        return SheetsClient(None, requests.Session(), retry=retry, transport=transport, who=who)
    if path:
        from google.oauth2.service_account import Credentials

        who = _service_account_email(path)
        try:
            creds = Credentials.from_service_account_file(path, scopes=SCOPES)
        except (OSError, ValueError, KeyError):
            raise _bad_file(path) from None
        return SheetsClient(creds, retry=retry, who=who)
    return SheetsClient(_desk_credentials(), retry=retry)


def _service_account_email(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            info = json.load(f)
    except (OSError, ValueError):
        raise _bad_file(path) from None
    if (
        not isinstance(info, dict)
        or info.get("type") != "service_account"
        or "client_email" not in info
    ):
        raise _bad_file(path)
    return str(info["client_email"])


def _bad_file(path: str) -> GoogleCredentialsInvalid:
    return GoogleCredentialsInvalid(
        f"无法读取服务账号凭据文件 {path}：文件不存在，或不是 Google Cloud 下载的服务账号 JSON 密钥。"
        "请在 Google Cloud 控制台“服务账号 → 密钥 → 添加密钥 → JSON”下载，"
        f"并用 --credentials 或环境变量 {CREDENTIALS_ENV} 指向它。"
    )


def _desk_credentials() -> Any:
    import gspread

    try:
        return gspread.oauth(scopes=list(SCOPES)).http_client.auth
    except FileNotFoundError:
        raise GoogleCredentialsInvalid(
            f"没有找到 Google 登录凭据。自动同步请使用服务账号：设置环境变量 {CREDENTIALS_ENV} 为其 JSON 密钥文件的路径；"
            "在自己电脑上使用可把 OAuth 客户端文件保存为 ~/.config/gspread/credentials.json，首次运行时在浏览器中登录。"
        ) from None

"""Local stand-ins for the chat robots (one HTTP server on loopback) and for an SMTP server.

The robot server answers like WeCom, DingTalk and Feishu do: errcode 0 (code 0 for Feishu)
on success. Tests queue failures for a path (an error code, or HTTP 500) and read back every
request. `hold()` keeps requests waiting until `release()`, to catch a run in the middle.
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from aiosmtpd.controller import Controller


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, str]
    body: dict

    @property
    def text(self) -> str:
        """The message text, wherever the robot's format keeps it."""
        if "text" in self.body and "content" in self.body["text"]:
            return self.body["text"]["content"]
        return self.body["content"]["text"]


class RobotServer:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.failures: dict[str, list[tuple[int, dict]]] = {}
        self.arrived = threading.Event()
        self._open = threading.Event()
        self._open.set()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> RobotServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._open.set()
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.failures.clear()
        self.arrived.clear()
        self._open.set()

    def fail_next(self, path: str, status: int = 200, answer: dict | None = None) -> None:
        """The next request to `path` gets this answer instead of success."""
        self.failures.setdefault(path, []).append((status, answer or {}))

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def _answer(self, path: str) -> tuple[int, dict]:
        queued = self.failures.get(path)
        if queued:
            return queued.pop(0)
        if path.startswith("/open-apis/"):
            return 200, {"code": 0, "msg": "success"}
        return 200, {"errcode": 0, "errmsg": "ok"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        robot = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                robot.arrived.set()
                robot._open.wait(timeout=60)
                with robot._lock:
                    robot.requests.append(Request(url.path, query, body))
                    status, answer = robot._answer(url.path)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@dataclass(frozen=True)
class Mail:
    to: tuple[str, ...]
    subject: str
    text: str
    attachments: tuple[tuple[str, bytes], ...] = ()  # (file name, content)


class SmtpServer:
    """aiosmtpd on loopback, keeping every message it receives."""

    def __init__(self) -> None:
        self.mails: list[Mail] = []
        self.port = _free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain", "html"))
        files = tuple(
            (part.get_filename() or "", part.get_payload(decode=True))
            for part in message.iter_attachments()
        )
        self.mails.append(
            Mail(tuple(envelope.rcpt_tos), str(message["subject"]), body.get_content(), files)
        )
        return "250 OK"

    def start(self) -> SmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

"""Shared fixtures: the local Sheets API server, started once (tests pass its `transport` to
the backend), the robots and the SMTP server."""

from __future__ import annotations

import pytest

from tests.robots import RobotServer, SmtpServer
from tests.sheets_server import SheetsServer


@pytest.fixture(scope="session")
def sheets_server():
    server = SheetsServer().start()
    yield server
    server.stop()


@pytest.fixture
def sheets(sheets_server: SheetsServer, monkeypatch: pytest.MonkeyPatch) -> SheetsServer:
    """The server, fresh for this test (pass `sheets.transport` to the backend: no sign-in)."""
    monkeypatch.delenv("COMPLAINTS_GOOGLE_CREDENTIALS", raising=False)
    sheets_server.reset()
    return sheets_server


@pytest.fixture(scope="session")
def robot_server():
    server = RobotServer().start()
    yield server
    server.stop()


@pytest.fixture
def robots(robot_server: RobotServer) -> RobotServer:
    robot_server.reset()
    return robot_server


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def pytest_terminal_summary(terminalreporter) -> None:
    """How many requests the local Sheets server held against Google's contract."""
    from tests import sheets_server

    if sheets_server._running is not None:
        checked = sheets_server._running.checked
        terminalreporter.write_line(
            f"Sheets API contract: {checked} requests accepted by the discovery document"
        )

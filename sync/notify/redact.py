"""Keep secrets out of every log line and message the program produces.

Robot keys travel inside URLs, and HTTP libraries log URLs (urllib3 at DEBUG, retries at
WARNING, which Python prints to stderr even when nobody configured logging). Each secret
read from the environment is registered with `hide`; from then on every log record is
scrubbed as it is created, whoever logs it, and `redact` scrubs our own messages.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

MASK = "***"
_secrets: set[str] = set()
_installed = False


def hide(*values: str) -> None:
    """Never show these values (nor their URL-encoded forms) in a log line or message."""
    global _installed
    for value in values:
        if value:
            _secrets.update({value, quote(value, safe="")})
    if _secrets and not _installed:
        _installed = True
        make = logging.getLogRecordFactory()

        def scrubbed(*args, **kwargs) -> logging.LogRecord:
            record = make(*args, **kwargs)
            message = record.getMessage()
            clean = redact(message)
            if clean != message:
                record.msg, record.args = clean, None
            return record

        logging.setLogRecordFactory(scrubbed)


def redact(text: str) -> str:
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text

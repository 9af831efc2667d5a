"""Test-only fault injection: stop the process dead at a named step of a save.

The fault tests run `complaints sync` in a subprocess with COMPLAINTS_FAULT=<step> to prove
that a process killed at any step of an .xlsx save leaves the old file or the new one,
never a broken one. Unset (always, outside those tests) this does nothing.
"""

from __future__ import annotations

import os

ENV = "COMPLAINTS_FAULT"


def fault_point(step: str) -> None:
    """Exit at once, as a kill would (no cleanup, no flush), when COMPLAINTS_FAULT == step."""
    if os.environ.get(ENV) == step:
        os._exit(70)

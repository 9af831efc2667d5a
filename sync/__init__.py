"""The complaint register: check and compute a property office's complaint register, notify,
and publish an anonymized site. The `complaints` command is a thin layer over these functions:

    from sync import load_policy, office_now, open_register, sync_register

    rules, calendar = load_policy("rules.yaml")
    register = open_register("sheets/登记表.xlsx", rules)  # or open_register(None, rules, google=链接)
    report = sync_register(register, rules, calendar, office_now(rules), dry_run=True)
    print(report.figures)

- `load_policy(path)`: rules.yaml, checked (`RulesError` lists every problem), and the
  working-day calendar.
- `open_register(path, rules, google=None)`: a .xlsx file or a Google Sheet, behind one seam.
- `sync_register(register, rules, calendar, now)`: one sync; returns a `SyncReport`.
- `run(register, rules, calendar, now, publish=...)`: a scheduled run (sync, notify, write back).
- `export_publication(report, rules, root)`, `build_site(root, rules)`: the anonymized export
  and the public site built from it.

They live in `sync.api`; importing `sync` loads none of them until one is used, so the
command starts as quickly as before.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import (
        BadNow,
        NoRegister,
        RunInProgress,
        RunReport,
        Seams,
        SyncReport,
        build_site,
        export_publication,
        load_policy,
        office_now,
        open_register,
        open_xlsx,
        publish_step,
        run,
        run_locked,
        summary,
        sync_register,
    )
    from .errors import SyncError
    from .policy.rules import RulesError

__all__ = [
    "BadNow",
    "NoRegister",
    "RulesError",
    "RunInProgress",
    "RunReport",
    "Seams",
    "SyncError",
    "SyncReport",
    "build_site",
    "export_publication",
    "load_policy",
    "office_now",
    "open_register",
    "open_xlsx",
    "publish_step",
    "run",
    "run_locked",
    "summary",
    "sync_register",
]

_HOME = {"SyncError": ".errors", "RulesError": ".policy.rules"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'sync' has no attribute {name!r}")
    return getattr(import_module(_HOME.get(name, ".api"), __name__), name)

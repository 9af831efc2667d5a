"""What every register backend provides: the core reads a Table and hands back a ChangeSet."""

from __future__ import annotations

from typing import Protocol

from .table import ChangeSet, Table


class Register(Protocol):
    name: str  # how messages name the register: a file name or a sheet title

    def read(self) -> Table:
        """Read the register once: every value, note and computed-cell fill the plan needs."""
        ...

    def apply(self, changes: ChangeSet) -> None:
        """Write the change set all at once, or nothing (raise a SyncError)."""
        ...

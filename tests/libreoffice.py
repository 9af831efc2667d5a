"""LibreOffice, for tests that read or re-save a register with it.

It is a system package (Debian: libreoffice-calc-nogui), which .ci/run installs. Without it
these tests skip, except where COMPLAINTS_REQUIRE_LIBREOFFICE is set (.ci/run sets it): there
they fail, so that CI never passes by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FILTERS = {
    "csv": "csv:Text - txt - csv (StarCalc):44,34,76,1",  # UTF-8, the first sheet
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
}


def soffice() -> str:
    """The soffice command; skips (or fails, where required) the test without it."""
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("COMPLAINTS_REQUIRE_LIBREOFFICE"):
            pytest.fail("LibreOffice (soffice) is not installed, and this run requires it")
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-calc-nogui)")
    return found


def convert(files: list[Path], to: str, folder: Path) -> list[Path]:
    """`files` converted by LibreOffice in one run ("csv" or "xlsx"), into `folder`."""
    profile = (folder.parent / "lo-profile").as_uri()
    done = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to"]
        + [FILTERS[to], "--outdir", str(folder), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    out = [folder / f"{file.stem}.{to}" for file in files]
    assert all(p.exists() for p in out), done.stdout + done.stderr
    return out

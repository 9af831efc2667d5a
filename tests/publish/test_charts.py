"""The statistics charts: Chinese labels drawn in a Chinese font, even one installed after
matplotlib first listed the machine's fonts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from matplotlib import font_manager

DRAW = (
    "from sync.publish.charts import bar_chart;"
    "svg = bar_chart(['2026-10', '2026-11'], [4, 7], '投诉量', '<3');"
    "assert '投诉量' in svg"
)


def test_a_font_installed_after_matplotlib_listed_the_fonts_is_used(tmp_path):
    # matplotlib's saved list of fonts, as it was before the Chinese font was installed
    # (the error message asks the office to install one, then build again).
    cache = f"fontlist-v{font_manager.FontManager.__version__}.json"
    font_manager.json_dump(font_manager.fontManager, tmp_path / cache)
    listed = json.loads((tmp_path / cache).read_text(encoding="utf-8"))
    chinese = [f for f in listed["ttflist"] if "CJK" in f["name"] or "Hei" in f["name"]]
    assert chinese, "the tests need a Chinese font installed (fonts-noto-cjk)"
    listed["ttflist"] = [f for f in listed["ttflist"] if f not in chinese]
    (tmp_path / cache).write_text(json.dumps(listed), encoding="utf-8")

    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", DRAW], env=env, capture_output=True, text=True, check=False
    )

    assert done.returncode == 0, done.stderr
    again = json.loads((tmp_path / cache).read_text(encoding="utf-8"))
    assert any("CJK" in f["name"] or "Hei" in f["name"] for f in again["ttflist"])

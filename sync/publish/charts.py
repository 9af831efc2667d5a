"""Trend charts as small SVGs (matplotlib), readable on a phone, with Chinese labels.

The text stays text in the SVG, so it is searchable and the build gate can read it. A
missing Chinese glyph is an error, not a row of boxes: install Debian's fonts-noto-cjk.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402

from ..errors import SyncError  # noqa: E402

BAR_COLOUR = "#3f6fb5"
# Linux's, then Windows' and macOS's own Chinese fonts.
FONTS = [
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "WenQuanYi Zen Hei",
    "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB",
]  # fmt: skip


class ChartFontMissing(SyncError):
    """No Chinese font is installed for the charts."""


def _style() -> dict:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": FONTS + ["DejaVu Sans"],
        "svg.fonttype": "none",
        "svg.hashsalt": "complaints",
        "axes.unicode_minus": False,
        "font.size": 11,
    }


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return buffer.getvalue()


def _render(draw) -> str:
    svg, missing = _drawn(draw)
    if missing and _fonts_added():
        svg, missing = _drawn(draw)
    if missing:
        raise ChartFontMissing(
            "图表缺少中文字体，无法生成统计图。请安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk）后重新生成网站。"
        )
    return svg


def _drawn(draw) -> tuple[str, bool]:
    """The chart's SVG, and whether a glyph was missing from every font."""
    with plt.rc_context(_style()), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots(figsize=(6.4, 3.4))
        draw(ax)
        ax.spines[["top", "right"]].set_visible(False)
        svg = _svg(fig)
    return svg, any(
        "missing from font" in str(w.message) or "Glyph" in str(w.message) for w in caught
    )


def _fonts_added() -> bool:
    """Add the fonts installed since matplotlib cached its list, and save the list: a font
    installed after a first run (as the error above asks) is otherwise never seen."""
    manager = font_manager.fontManager
    known = {font.fname for font in manager.ttflist}
    added = False
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # a font file matplotlib cannot read: the others still count
            added = True
    if added:
        cache = Path(matplotlib.get_cachedir()) / f"fontlist-v{manager.__version__}.json"
        font_manager.json_dump(manager, cache)
    return added


def _labels(months: Sequence[str]) -> list[str]:
    return [f"{m[2:4]}年{int(m[5:])}月" for m in months]


def bar_chart(months: Sequence[str], values: Sequence[int | None], title: str, hidden: str) -> str:
    """A bar per month. A month whose count is suppressed (None) gets no bar, only `hidden`
    ("<3") written at the foot of its column: neither its height nor a label gives it away."""

    def draw(ax):
        ax.bar(
            [i for i, v in enumerate(values) if v is not None],
            [v for v in values if v is not None],
            color=BAR_COLOUR,
        )
        for i, v in enumerate(values):
            if v is None:
                ax.text(i, 0, hidden, ha="center", va="bottom", color="#777777", fontsize=9)
        ax.set_xticks(range(len(months)), _labels(months))
        ax.set_title(title)
        ax.set_ylabel("宗")
        ax.tick_params(axis="x", labelrotation=45)
        ax.yaxis.get_major_locator().set_params(integer=True)

    return _render(draw)


def rate_chart(months: Sequence[str], series: dict[str, Sequence[int | None]], title: str) -> str:
    """Percentages over months; a month with too few complaints is a gap, not a zero."""

    def draw(ax):
        labels = _labels(months)
        for name, values in series.items():
            ax.plot(
                labels, [float("nan") if v is None else v for v in values], marker="o", label=name
            )
        ax.set_ylim(0, 105)
        ax.set_ylabel("%")
        ax.set_title(title)
        ax.tick_params(axis="x", labelrotation=45)
        ax.legend(loc="lower left", frameon=False)

    return _render(draw)

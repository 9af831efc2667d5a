"""Trend charts as small SVGs (matplotlib), readable on a phone, with Chinese labels.

The text stays text in the SVG, so it is searchable and the build gate can read it. A
missing Chinese glyph is an error, not a row of boxes: install Debian's fonts-noto-cjk.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")
from matplotlib import pyplot as plt  # noqa: E402

from ..errors import SyncError  # noqa: E402

BAR_COLOUR = "#3f6fb5"
FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "WenQuanYi Zen Hei"]


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
    with plt.rc_context(_style()), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots(figsize=(6.4, 3.4))
        draw(ax)
        ax.spines[["top", "right"]].set_visible(False)
        svg = _svg(fig)
    missing = [
        w for w in caught if "missing from font" in str(w.message) or "Glyph" in str(w.message)
    ]
    if missing:
        raise ChartFontMissing(
            "图表缺少中文字体，无法生成统计图。请安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk）后重新生成网站。"
        )
    return svg


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

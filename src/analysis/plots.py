"""Charts whose Arabic text renders correctly on the matplotlib the user has.

matplotlib 3.11 and later shape complex text themselves (libraqm): Arabic
letters join and runs are laid out right to left. Older versions draw each
code point in isolation, left to right, so Arabic must be pre-shaped with
arabic-reshaper and reordered with python-bidi. Doing that on a shaping
matplotlib reverses and breaks the text, silently. :func:`ar` decides by what
the installed text engine does (one cached probe), not by version numbers.

Notebook code passes plain Arabic strings to the helpers below; only
:func:`ar` touches the reshaper and the bidi algorithm.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from functools import cache

import matplotlib
import pandas as pd

ARABIC_FAMILY = "Noto Sans Arabic"
FALLBACK_FAMILY = "DejaVu Sans"  # ships with matplotlib and covers Arabic, presentation forms included
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
LAM_ALEF, LAM_ALEF_LIGATURE = "\u0644\u0627", "\ufefb"


@cache
def engine_shapes_arabic() -> bool:
    """Tell whether matplotlib's text engine shapes Arabic itself.

    Probe: a shaping engine draws lam + alef as the lam-alef ligature, the
    same outline as the presentation form U+FEFB; an engine that does not
    shapes draws two separate letters.
    """
    import numpy as np
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath

    prop = FontProperties(family=FALLBACK_FAMILY)
    plain = TextPath((0, 0), LAM_ALEF, size=10, prop=prop).vertices
    ligature = TextPath((0, 0), LAM_ALEF_LIGATURE, size=10, prop=prop).vertices
    return plain.shape == ligature.shape and bool(np.allclose(plain, ligature))


@cache
def _reshaper():
    import arabic_reshaper

    # Keep the harakat: the reshaper drops them by default, and a quote must keep its vowels.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _shape_for_old_engine(line: str) -> str:
    from bidi.algorithm import get_display

    return get_display(_reshaper().reshape(line))


def ar(text: str) -> str:
    """Return *text* as it must be handed to matplotlib to display correctly.

    Unchanged where matplotlib shapes complex text itself, or where *text* has
    no right-to-left letters; otherwise reshaped and put in visual order,
    line by line.
    """
    if not _RTL.search(text) or engine_shapes_arabic():
        return text
    return "\n".join(_shape_for_old_engine(line) for line in text.split("\n"))


def _label(text: str) -> str:
    """Return *text* through :func:`ar`, with dollar signs escaped so «$4» never starts mathtext."""
    return ar(str(text)).replace("$", r"\$")


def _register_arabic_font() -> str | None:
    try:
        import fontpkg_noto_sans_arabic as package
    except ImportError:
        return None
    from matplotlib import font_manager

    files = sorted((package.ROOT / "files").glob("*.ttf"))
    for path in files:
        font_manager.fontManager.addfont(str(path))
    return package.FAMILY if files else None


_STYLE = {
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "figure.facecolor": "white",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 13,
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 10,
    "axes.unicode_minus": False,
    "svg.hashsalt": "analysis",  # stable SVG ids
    "path.simplify": True,
}


@cache
def use_style() -> str:
    """Apply the project's chart style and Arabic typeface; return the family used.

    Idempotent. Noto Sans Arabic (from the ``fontpkg-noto-sans-arabic``
    package) comes first with DejaVu Sans as the Latin fallback; without the
    package, DejaVu Sans alone, with a warning.
    """
    family = _register_arabic_font()
    if family is None:
        warnings.warn("The Arabic font package fontpkg-noto-sans-arabic is not installed; "
                      "charts use DejaVu Sans. Install it with `pip install fontpkg-noto-sans-arabic`.",
                      stacklevel=2)
    matplotlib.rcParams.update(_STYLE)
    matplotlib.rcParams["font.family"] = [f for f in (family, FALLBACK_FAMILY) if f]
    return family or FALLBACK_FAMILY


def title(ax, arabic: str, english: str | None = None) -> None:
    """Put an Arabic title on the right of *ax*, with an English subtitle under it."""
    ax.set_title(_label(arabic), loc="right", fontsize=13, pad=22 if english else 6)
    if english:
        ax.text(1.0, 1.01, _label(english), transform=ax.transAxes, ha="right", va="bottom", fontsize=9, color="0.35")


def barh(ax, labels: Sequence[str], values: Sequence[float], *, arabic_title: str | None = None,
         english_title: str | None = None, color: str = "#2a6f97") -> None:
    """Draw horizontal bars that grow leftwards from Arabic labels on the right, largest on top."""
    positions = range(len(labels))
    ax.barh(list(positions), list(values), color=color)
    ax.set_yticks(list(positions), [_label(label) for label in labels])
    ax.yaxis.tick_right()
    ax.spines["left"].set_visible(False)
    ax.spines["right"].set_visible(True)
    ax.invert_xaxis()
    ax.invert_yaxis()
    ax.tick_params(axis="y", length=0)
    for position, value in zip(positions, values):
        ax.annotate(f"{value:g}", (value, position), xytext=(-3, 0), textcoords="offset points",
                    ha="right", va="center", fontsize=8, color="0.25")
    if arabic_title:
        title(ax, arabic_title, english_title)


def ranked_bars(frame: pd.DataFrame, *, label: str, value: str, panel: str,
                titles: dict[str, tuple[str, str]], figsize: tuple[float, float] | None = None):
    """Draw one :func:`barh` panel per value of *panel*, in *titles* order; return the figure.

    *titles* maps each panel value to its ``(arabic, english)`` title.
    """
    import matplotlib.pyplot as plt

    use_style()
    keys = list(titles)
    fig, axes = plt.subplots(1, len(keys), figsize=figsize or (5.0 * len(keys), 5.0), squeeze=False,
                             layout="constrained")
    for ax, key in zip(axes[0], keys):
        rows = frame[frame[panel] == key]
        barh(ax, list(rows[label]), list(rows[value]), arabic_title=titles[key][0], english_title=titles[key][1])
    return fig


def suptitle(fig, arabic: str, english: str | None = None) -> None:
    """Give *fig* an Arabic title, with an English one on a second line."""
    fig.suptitle(_label(arabic) + (f"\n{_label(english)}" if english else ""), fontsize=13)

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
OTHERS = "Others"  # the category that groups the rest; always last and grey
_PALETTE = ("#2a6f97", "#9b2226", "#e9c46a", "#588157", "#f4a261", "#6d597a", "#264653", "#bc6c25", "#8ecae6",
            "#d62828", "#a3b18a", "#003049")
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


def decimal_year(iso: str) -> float:
    """Place an ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) on a year axis: its middle.

    >>> decimal_year("1958-07"), decimal_year("2003")
    (1958.54, 2003.5)
    """
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    if len(parts) == 2:
        return round(parts[0] + (parts[1] - 0.5) / 12, 2)
    return round(parts[0] + (parts[1] - 1) / 12 + (parts[2] - 0.5) / 365, 3)


def timeline(frame: pd.DataFrame, *, date: str, label: str, lane: str, lanes: dict[str, tuple[str, str]],
             figsize: tuple[float, float] = (11.0, 6.5), marker_colors: dict[str, str] | None = None,
             min_gap: float = 2.4):
    """Draw events on a time axis, one lane per value of *lane*, with Arabic labels; return the figure.

    *date* holds ISO dates or ``START/END`` periods (drawn as bars); *lanes*
    maps each lane value to its ``(arabic, english)`` name, top to bottom.
    Labels of crowded years are moved apart by at least *min_gap* years.
    """
    import matplotlib.pyplot as plt

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    names = list(lanes)
    colors = marker_colors or {}
    for row_number, key in enumerate(names):
        y = len(names) - row_number
        rows = frame[frame[lane] == key].drop_duplicates([date, label])  # the same event told twice: one mark
        rows = rows.assign(x_position=rows[date].map(lambda v: decimal_year(v.split("/")[0]))).sort_values("x_position")
        color = colors.get(key, "#2a6f97")
        label_x = -float("inf")
        for value, x, text in zip(rows[date], rows["x_position"], rows[label]):
            if "/" in value:
                first, last = (decimal_year(v) for v in value.split("/"))
                ax.plot([first, last], [y, y], color=color, linewidth=6, alpha=0.35, solid_capstyle="butt")
            ax.plot(x, y, "o", color=color, markersize=6)
            label_x = max(x, label_x + min_gap)  # spread crowded labels, with a leader line back to the point
            ax.plot([x, label_x], [y + 0.03, y + 0.16], color="0.6", linewidth=0.6)
            ax.text(label_x, y + 0.18, _label(text), fontsize=8.5, ha="left", va="bottom", rotation=50,
                    rotation_mode="anchor")
    ax.set_yticks([len(names) - i for i in range(len(names))],
                  [f"{_label(lanes[k][0])}\n{_label(lanes[k][1])}" for k in names])
    ax.yaxis.tick_right()
    ax.spines["left"].set_visible(False)
    ax.spines["right"].set_visible(True)
    ax.set_ylim(0.6, len(names) + 0.9)
    ax.grid(axis="x", color="0.9")
    return fig


def year_bars(frame: pd.DataFrame, *, year: str, value: str, color_by: str | None = None,
              colors: dict[str, str] | None = None, arabic_title: str = "", english_title: str = "",
              ylabel: str = "", figsize: tuple[float, float] = (10.0, 4.2)):
    """Draw one bar per year (time runs left to right, as on every chart with a year axis); return the figure."""
    import matplotlib.pyplot as plt

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    palette = colors or {}
    groups = frame.groupby(color_by, sort=False) if color_by else [("", frame)]
    for name, rows in groups:
        ax.bar(rows[year], rows[value], color=palette.get(name, "#2a6f97"), label=_label(str(name)) if name else None)
    if color_by:
        ax.legend(frameon=False, loc="upper right")
    ax.set_ylabel(_label(ylabel))
    if arabic_title:
        title(ax, arabic_title, english_title)
    return fig


def stacked_shares(frame: pd.DataFrame, *, group: str, category: str, value: str, colors: dict[str, str] | None = None,
                   arabic_title: str = "", english_title: str = "", figsize: tuple[float, float] = (10.0, 4.2)):
    """Draw one horizontal 100% bar per *group*, split by *category* (shares in percent); return the figure."""
    import matplotlib.pyplot as plt

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    groups = list(dict.fromkeys(frame[group]))
    left = {g: 0.0 for g in groups}
    totals = frame.groupby(category)[value].sum().sort_values(ascending=False, kind="stable")
    order = [name for name in totals.index if name != OTHERS] + ([OTHERS] if OTHERS in totals.index else [])
    palette = dict(colors or {})
    spare = iter(c for c in _PALETTE if c not in palette.values())
    for name in order:
        palette.setdefault(name, "#bbbbbb" if name == OTHERS else next(spare, "#777777"))
    for name in order:
        rows = frame[frame[category] == name].set_index(group)[value].reindex(groups, fill_value=0.0)
        ax.barh([_label(g) for g in groups], rows.values, left=[left[g] for g in groups],
                color=palette.get(name), label=_label(name))
        for g, share in rows.items():
            if share >= 6:
                ax.text(left[g] + share / 2, groups.index(g), f"{share:.0f}%", ha="center", va="center", fontsize=8,
                        color="white")
            left[g] += share
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.legend(frameon=False, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    if arabic_title:
        title(ax, arabic_title, english_title)
    return fig


def agreement_timeline(points: pd.DataFrame, *, date: str, label: str, lane: str, category: str,
                       lanes: dict[str, tuple[str, str]], colors: dict[str, str], hollow: str | None = None,
                       other: str | None = None, other_label: str = "", figsize: tuple[float, float] = (11.0, 9.0)):
    """Draw one row per claim on a time axis, coloured by *category*, grouped in *lanes*; return the figure.

    *date* holds ISO dates or ``START/END`` periods (drawn as bars); *label*
    is each row's (Arabic) label, drawn on the right; *colors* maps each
    category to its colour (at most six) and gives the legend's order; a
    category named by *hollow* is drawn as open circles (dated from sources).
    A second date in column *other* (the sources' date), where it differs
    from *date*, is drawn as a grey cross on the same row, labelled *other_label*.
    """
    import matplotlib.pyplot as plt

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    y, ticks, names = 0, [], []
    for key in lanes:
        rows = points[points[lane] == key]
        rows = rows.assign(x_position=rows[date].map(lambda v: decimal_year(v.split("/")[0])))
        ax.text(1.0, y, _label(f"{lanes[key][0]} · {lanes[key][1]}"), transform=ax.get_yaxis_transform(),
                ha="right", va="center", fontsize=9, color="0.2")
        seconds = rows[other] if other else [""] * len(rows)
        for value, x, text, kind, second in zip(rows[date], rows["x_position"], rows[label], rows[category], seconds):
            y -= 1
            color = colors.get(kind, "#777777")
            if second and second.split("/")[0][:4] != value.split("/")[0][:4]:
                ax.plot(decimal_year(second.split("/")[0]), y, "x", color="0.35", markersize=6)
            if "/" in value:
                first, last = (decimal_year(v) for v in value.split("/"))
                ax.plot([first, last], [y, y], color=color, linewidth=5, alpha=0.4, solid_capstyle="butt")
            ax.plot(x, y, "o", markersize=7, color=color, markerfacecolor="white" if kind == hollow else color,
                    markeredgewidth=1.6)
            ticks.append(y)
            names.append(_label(text))
        y -= 1.5
    ax.set_yticks(ticks, names, fontsize=8)
    ax.yaxis.tick_right()
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", color="0.9")
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", linestyle="", color=c,
                                       markerfacecolor="white" if k == hollow else c, label=_label(k))
               for k, c in colors.items()]
    if other:
        handles.append(Line2D([], [], marker="x", linestyle="", color="0.35", label=_label(other_label)))
    ax.legend(handles=handles, frameon=False, ncol=len(handles), loc="upper center", bbox_to_anchor=(0.5, -0.04))
    return fig


def deal_life_cycle(stages: pd.DataFrame, deliveries: pd.DataFrame, *, date: str, stage: str, year: str, item: str,
                    value: str, stage_colors: dict[str, str], ylabel: str = "", arabic_title: str = "",
                    english_title: str = "", figsize: tuple[float, float] = (11.0, 5.0)):
    """Draw a deal's dated stages above its yearly deliveries (stacked by *item*); return the figure.

    *stages* holds one row per dated step (ISO *date*, *stage* name, coloured
    by *stage_colors*); *deliveries* one row per *year* and *item* with a
    *value*. Time runs left to right.
    """
    import matplotlib.pyplot as plt

    use_style()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=figsize, sharex=True, height_ratios=(1, 2.2), layout="constrained")
    for lane, (name, color) in enumerate(stage_colors.items()):
        rows = stages[stages[stage] == name]
        top.plot(rows[date].map(decimal_year), [lane] * len(rows), "o", color=color, markersize=7)
    top.set_yticks(range(len(stage_colors)), [_label(name) for name in stage_colors], fontsize=8)
    top.set_ylim(-0.6, len(stage_colors) - 0.4)
    top.invert_yaxis()
    top.grid(axis="x", color="0.9")
    items = list(dict.fromkeys(deliveries[item]))
    years = sorted(deliveries[year].unique())
    bottom_edge = pd.Series(0.0, index=years)
    for colour, name in zip(_PALETTE, items):
        rows = deliveries[deliveries[item] == name].groupby(year)[value].sum().reindex(years, fill_value=0.0)
        bottom.bar([y + 0.5 for y in years], rows.values, bottom=bottom_edge.values, width=0.8, color=colour,
                   label=_label(name))
        bottom_edge += rows
    bottom.set_ylabel(_label(ylabel))
    bottom.legend(frameon=False, loc="upper right")
    from matplotlib import ticker

    bottom.xaxis.set_major_locator(ticker.MultipleLocator(1))
    bottom.xaxis.set_major_formatter(ticker.FuncFormatter(lambda x, _: f"{int(x)}"))
    if arabic_title:
        title(top, arabic_title, english_title)


def category_timeline(frame: pd.DataFrame, *, date: str, label: str, lane: str, category: str,
                      lanes: dict[str, tuple[str, str]], colors: dict[str, str], legend_title: str = "",
                      figsize: tuple[float, float] = (12.0, 5.5), min_gap: float = 0.45):
    """Draw events on a time axis, one lane per value of *lane*, each point coloured by its *category*.

    Like :func:`timeline`, with a legend of the categories in *colors* order
    (at most six colours; only those present are listed). Return the figure.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    names = list(lanes)
    reach = [float("inf"), -float("inf")]  # the first point and the last label, to keep every label in the axes
    for row_number, key in enumerate(names):
        y = len(names) - row_number
        rows = frame[frame[lane] == key]
        rows = rows.assign(x_position=rows[date].map(lambda v: decimal_year(v.split("/")[0]))).sort_values(
            "x_position", kind="stable")
        label_x, last_x, drop = -float("inf"), -float("inf"), 0.0
        for x, text, kind in zip(rows["x_position"], rows[label], rows[category]):
            drop = drop + 0.14 if x - last_x < 0.15 else 0.0  # coinciding dates: stack the points downwards
            last_x = x
            ax.plot(x, y - drop, "o", color=colors.get(kind, "#777777"), markersize=8, markeredgecolor="white")
            label_x = max(x, label_x + min_gap)
            reach = [min(reach[0], x), max(reach[1], label_x)]
            ax.plot([x, label_x], [y - drop + 0.03, y + 0.16], color="0.6", linewidth=0.6)
            ax.text(label_x, y + 0.18, _label(text), fontsize=8.5, ha="left", va="bottom", rotation=50,
                    rotation_mode="anchor")
    ax.set_yticks([len(names) - i for i in range(len(names))],
                  [f"{_label(lanes[k][0])}\n{_label(lanes[k][1])}" for k in names])
    ax.yaxis.tick_right()
    ax.spines["left"].set_visible(False)
    ax.spines["right"].set_visible(True)
    ax.set_ylim(0.6, len(names) + 1.1)
    if reach[0] < reach[1]:
        ax.set_xlim(reach[0] - 0.4, reach[1] + 1.0)
    ax.grid(axis="x", color="0.9")
    present = [name for name in colors if name in set(frame[category])]
    handles = [Line2D([], [], marker="o", linestyle="", color=colors[name], markersize=8, label=_label(name))
               for name in present]
    ax.legend(handles=handles, title=_label(legend_title) if legend_title else None, frameon=False,
              loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=3, fontsize=8.5)
    return fig


def count_bars(frame: pd.DataFrame, *, label: str, value: str, color: str, note: str | None = None,
               arabic_title: str = "", english_title: str = "", xlabel: str = "",
               figsize: tuple[float, float] = (10.0, 4.2)):
    """Draw one horizontal bar per row of *frame*, in its order, from Arabic labels on the right; return the figure.

    *color* names the column holding each bar's colour; *note* a column of text
    written at the end of each bar (for example the cases counted). Counts get
    integer ticks.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    barh(ax, list(frame[label]), list(frame[value]), arabic_title=arabic_title, english_title=english_title)
    for patch, shade in zip(ax.patches, frame[color]):
        patch.set_color(shade)
    if note:
        for position, (count, text) in enumerate(zip(frame[value], frame[note])):
            if text:
                ax.annotate(_label(text), (count, position), xytext=(-18, 0), textcoords="offset points",
                            ha="right", va="center", fontsize=8, color="0.3")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(max(frame[value].max(), 1) * 3.2, 0)
    if xlabel:
        ax.set_xlabel(_label(xlabel))
    return fig

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
# The one palette of every chart: six colours, each dark enough to carry white labels; grey is for OTHERS.
PALETTE = ("#2a6f97", "#9b2226", "#588157", "#bc6c25", "#6d597a", "#264653")
_PALETTE = PALETTE
OTHERS_COLOR = "#767676"
MAX_PANELS = 4  # small multiples beyond this are merged into one "Others" panel
MAX_BARS = 15  # bars per panel beyond this are left out (the largest are kept)
MAX_LANES = 4  # timeline lanes: more, at the figure's height, crowd their labels into each other
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
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
}


def _sharp_inline_figures() -> None:
    """In a notebook, send figures as PNG at twice their pixel density (sharp on high-density screens)."""
    try:
        from IPython import get_ipython
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:
        return
    if get_ipython() is not None:
        set_matplotlib_formats("retina")


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
    _sharp_inline_figures()
    return family or FALLBACK_FAMILY


def title(ax, arabic: str, english: str | None = None) -> None:
    """Put an Arabic title on the right of *ax*, with an English subtitle under it."""
    ax.set_title(_label(arabic), loc="right", fontsize=13, pad=22 if english else 6)
    if english:
        ax.text(1.0, 1.01, _label(english), transform=ax.transAxes, ha="right", va="bottom", fontsize=9, color="0.35")


def _is_count(values: Sequence[float]) -> bool:
    """Tell whether *values* are whole numbers (counts), whose axis must show only integer ticks."""
    return all(float(v).is_integer() for v in values)


def integer_ticks(axis) -> None:
    """Put ticks on whole numbers only on *axis* (``ax.xaxis`` or ``ax.yaxis``): a count has no 0.5."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def barh(ax, labels: Sequence[str], values: Sequence[float], *, arabic_title: str | None = None,
         english_title: str | None = None, color: str = "#2a6f97") -> None:
    """Draw horizontal bars that grow leftwards from Arabic labels on the right, largest on top.

    Whole-number values (counts) get integer ticks.
    """
    positions = range(len(labels))
    ax.barh(list(positions), list(values), color=color)
    ax.set_yticks(list(positions), [_label(label) for label in labels])
    ax.yaxis.tick_right()
    ax.spines["left"].set_visible(False)
    ax.spines["right"].set_visible(True)
    ax.invert_xaxis()
    ax.invert_yaxis()
    ax.tick_params(axis="y", length=0)
    if _is_count(values):
        integer_ticks(ax.xaxis)
    for position, value in zip(positions, values):
        ax.annotate(f"{value:g}", (value, position), xytext=(-3, 0), textcoords="offset points",
                    ha="right", va="center", fontsize=8, color="0.25")
    if arabic_title:
        title(ax, arabic_title, english_title)


def capped_panels(frame: pd.DataFrame, *, label: str, value: str, panel: str,
                  titles: dict[str, tuple[str, str]], max_panels: int = MAX_PANELS,
                  max_bars: int = MAX_BARS) -> tuple[pd.DataFrame, dict[str, tuple[str, str]]]:
    """Cap small multiples at a readable size: the first panels of *titles*, the rest summed into one.

    Beyond *max_panels*, the first ``max_panels - 1`` panels are kept and the
    others' rows are summed by *label* into an :data:`OTHERS` panel; each
    panel keeps its *max_bars* largest bars. Returns the rows and titles to draw.

    >>> frame = pd.DataFrame({"p": list("abcde"), "w": ["x", "x", "y", "y", "z"], "n": [1, 2, 3, 4, 5]})
    >>> rows, titles = capped_panels(frame, label="w", value="n", panel="p",
    ...                              titles={k: (k, k.upper()) for k in "abcde"}, max_panels=3)
    >>> list(titles), rows[rows["p"] == OTHERS][["w", "n"]].values.tolist()
    (['a', 'b', 'Others'], [['y', 7], ['z', 5]])
    """
    keys = list(titles)
    if len(keys) > max_panels:
        kept, merged = keys[:max_panels - 1], keys[max_panels - 1:]
        others = (frame[frame[panel].isin(merged)].groupby(label, as_index=False, sort=False)[value].sum()
                  .assign(**{panel: OTHERS}))
        frame = pd.concat([frame[frame[panel].isin(kept)], others], ignore_index=True)
        titles = {**{k: titles[k] for k in kept}, OTHERS: ("أخرى", f"{OTHERS} ({len(merged)} more, summed)")}
    rows = (frame.sort_values(value, ascending=False, kind="stable").groupby(panel, sort=False).head(max_bars))
    return rows, titles


def ranked_bars(frame: pd.DataFrame, *, label: str, value: str, panel: str,
                titles: dict[str, tuple[str, str]], figsize: tuple[float, float] | None = None,
                max_panels: int = MAX_PANELS, max_bars: int = MAX_BARS):
    """Draw one :func:`barh` panel per value of *panel*, in *titles* order; return the figure.

    *titles* maps each panel value to its ``(arabic, english)`` title. A large
    corpus stays readable: at most *max_panels* panels, two per row, each with
    its *max_bars* largest bars (see :func:`capped_panels`).
    """
    import matplotlib.pyplot as plt

    use_style()
    frame, titles = capped_panels(frame, label=label, value=value, panel=panel, titles=titles,
                                  max_panels=max_panels, max_bars=max_bars)
    keys = list(titles)
    columns = min(len(keys), 2) if len(keys) > 2 else len(keys)
    lines = -(-len(keys) // columns)
    fig, axes = plt.subplots(lines, columns, figsize=figsize or (5.0 * columns, 5.0 * lines), squeeze=False,
                             layout="constrained")
    for ax, key in zip(axes.flat, keys):
        rows = frame[frame[panel] == key]
        barh(ax, list(rows[label]), list(rows[value]), arabic_title=titles[key][0], english_title=titles[key][1])
    for ax in list(axes.flat)[len(keys):]:
        ax.set_visible(False)
    return fig


def capped_lanes(frame: pd.DataFrame, *, lane: str, lanes: dict[str, tuple[str, str]], max_lanes: int = MAX_LANES,
                 merge: bool = True, noun: str = "articles",
                 weight: str | None = None) -> tuple[pd.DataFrame, dict[str, tuple[str, str]], int]:
    """Keep a timeline's lanes readable: the lanes with the most rows, the rest merged or left out.

    With more than *max_lanes* lanes, those with the most rows (or, with
    *weight*, the most rows where that boolean column is true) are kept (ties
    in *lanes* order; the kept ones stay in that order). With *merge*, the
    others' rows move to one :data:`OTHERS` lane, titled with how many lanes
    it holds; without, they are dropped. Returns the rows, the lanes to draw
    and the number of lanes merged or left out.

    >>> frame = pd.DataFrame({"a": ["x", "y", "y", "z", "w", "w", "w"]})
    >>> rows, names, rest = capped_lanes(frame, lane="a", lanes={k: (k, k) for k in "xyzw"}, max_lanes=3)
    >>> list(names), rows["a"].tolist(), rest
    (['y', 'w', 'Others'], ['Others', 'y', 'y', 'Others', 'w', 'w', 'w'], 2)
    """
    if len(lanes) <= max_lanes:
        return frame, lanes, 0
    counts = (frame.groupby(lane)[weight].sum() if weight else frame[lane].value_counts()).reindex(list(lanes),
                                                                                                 fill_value=0)
    ranked = sorted(range(len(lanes)), key=lambda i: -counts.iloc[i])  # sorted() is stable: ties keep lanes order
    kept = [list(lanes)[i] for i in sorted(ranked[:max_lanes - 1 if merge else max_lanes])]
    rest = len(lanes) - len(kept)
    inside = frame[lane].isin(kept)
    if not merge:
        return frame[inside], {k: lanes[k] for k in kept}, rest
    return (frame.assign(**{lane: frame[lane].where(inside, OTHERS)}),
            {**{k: lanes[k] for k in kept}, OTHERS: ("أخرى", f"{OTHERS} ({rest:,} more {noun})")}, rest)


def suptitle(fig, arabic: str, english: str | None = None) -> None:
    """Give *fig* an Arabic title, with an English one on a second line."""
    fig.suptitle(_label(arabic) + (f"\n{_label(english)}" if english else ""), fontsize=13)



def _lane_axis(ax, names: Sequence[str], lanes: dict[str, tuple[str, str]], headroom: float) -> None:
    """Label one horizontal lane per name (Arabic over English) on the right, top lane first."""
    ax.set_yticks([len(names) - i for i in range(len(names))],
                  [f"{_label(lanes[k][0])}\n{_label(lanes[k][1])}" for k in names])
    ax.yaxis.tick_right()
    ax.spines["left"].set_visible(False)
    ax.spines["right"].set_visible(True)
    ax.set_ylim(0.6, len(names) + headroom)

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


LABEL_ROTATION = 50  # degrees: timeline labels rise to the right from their point
LABEL_SIZE = 8.5


def label_gap(span_years: float, axes_inches: float, fontsize: float = LABEL_SIZE,
              rotation: float = LABEL_ROTATION) -> float:
    """Return the least distance in years between two rotated labels that do not overlap.

    Two parallel labels rotated by *rotation* degrees and *d* apart on the
    axis are ``d·sin(rotation)`` apart across their lines; that must exceed
    one line of Arabic text (about 1.8 × the font size).

    >>> round(label_gap(80, 8.0), 2)
    2.77
    """
    import math

    line_inches = 1.8 * fontsize / 72
    return line_inches / math.sin(math.radians(rotation)) * span_years / axes_inches


def _fit_texts(fig, ax, texts) -> None:
    """Widen *ax*'s limits until every text in *texts* lies inside it: nothing is clipped."""
    if not texts:
        return
    fig.draw_without_rendering()  # lays the figure out (no pixels drawn), so the texts' extents are known
    renderer = fig.canvas.get_renderer()
    inverse = ax.transData.inverted()
    for _ in range(3):  # widening shrinks the texts in data units: a few rounds settle it
        corners = [inverse.transform(text.get_window_extent(renderer).get_points()) for text in texts]
        right, top = max(c[1][0] for c in corners), max(c[1][1] for c in corners)
        (left_limit, right_limit), (bottom, top_limit) = ax.get_xlim(), ax.get_ylim()
        if right <= right_limit and top <= top_limit:
            return
        ax.set_xlim(left_limit, max(right_limit, right + 0.01 * (right_limit - left_limit)))
        ax.set_ylim(bottom, max(top_limit, top + 0.02 * (top_limit - bottom)))
        fig.draw_without_rendering()
        inverse = ax.transData.inverted()


def timeline(frame: pd.DataFrame, *, date: str, label: str, lane: str, lanes: dict[str, tuple[str, str]],
             figsize: tuple[float, float] = (11.0, 6.5), marker_colors: dict[str, str] | None = None,
             min_gap: float = 2.4, max_shift: float = 3.0, max_lanes: int = MAX_LANES):
    """Draw events on a time axis, one lane per value of *lane*, with Arabic labels; return the figure.

    *date* holds ISO dates or ``START/END`` periods (drawn as bars); *lanes*
    maps each lane value to its ``(arabic, english)`` name, top to bottom.
    Labels never overlap: each is at least *min_gap* years, and at least the
    width of a line of text (:func:`label_gap`), after the one before, with a
    leader line back to its point. Where events are too many for that, a label
    moved more than *max_shift* gaps from its point is dropped and counted on
    the label before as ``(+n)``. The axis is widened so no label is clipped.
    Beyond *max_lanes* lanes, the lanes with the most events are kept and the
    rest share one :data:`OTHERS` lane (see :func:`capped_lanes`).
    """
    import matplotlib.pyplot as plt

    use_style()
    frame, lanes, _ = capped_lanes(frame, lane=lane, lanes=lanes, max_lanes=max_lanes)
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    names = list(lanes)
    colors = marker_colors or {}
    starts = [decimal_year(v.split("/")[0]) for v in frame[date]] or [0.0]
    ends = [decimal_year(v.split("/")[-1]) for v in frame[date]] or [1.0]
    span = max(max(ends) - min(starts), 1.0) * 1.1
    gap = max(min_gap, label_gap(span, figsize[0] * 0.75))
    texts = []
    for row_number, key in enumerate(names):
        y = len(names) - row_number
        rows = frame[frame[lane] == key].drop_duplicates([date, label])  # the same event told twice: one mark
        rows = rows.assign(x_position=rows[date].map(lambda v: decimal_year(v.split("/")[0]))).sort_values(
            "x_position", kind="stable")
        color = colors.get(key, PALETTE[0])
        label_x, shown = -float("inf"), []
        for value, x, text in zip(rows[date], rows["x_position"], rows[label]):
            if "/" in value:
                first, last = (decimal_year(v) for v in value.split("/"))
                ax.plot([first, last], [y, y], color=color, linewidth=6, alpha=0.35, solid_capstyle="butt")
            ax.plot(x, y, "o", color=color, markersize=6)
            place = max(x, label_x + gap)
            if shown and place - x > max_shift * gap:
                shown[-1][1] += 1  # too crowded: counted on the label before
                continue
            label_x = place
            ax.plot([x, label_x], [y + 0.03, y + 0.16], color="0.6", linewidth=0.6)
            shown.append([ax.text(label_x, y + 0.18, _label(text), fontsize=LABEL_SIZE, ha="left", va="bottom",
                                  rotation=LABEL_ROTATION, rotation_mode="anchor"), 0, str(text)])
        for artist, hidden, text in shown:
            if hidden:
                artist.set_text(_label(f"{text} (+{hidden})"))
        texts += [artist for artist, _, _ in shown]
    _lane_axis(ax, names, lanes, headroom=0.9)
    ax.set_xlim(min(starts) - 0.02 * span, max(ends) + 0.02 * span)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", color="0.9")
    _fit_texts(fig, ax, texts)
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


def top_categories(frame: pd.DataFrame, *, group: str, category: str, value: str,
                   keep: int = len(PALETTE) - 1) -> pd.DataFrame:
    """Keep the *keep* largest categories (by total *value*) and sum the rest, per *group*, into :data:`OTHERS`.

    >>> frame = pd.DataFrame({"g": ["a"] * 3, "c": ["x", "y", "z"], "v": [50.0, 30.0, 20.0]})
    >>> top_categories(frame, group="g", category="c", value="v", keep=1)[["c", "v"]].values.tolist()
    [['x', 50.0], ['Others', 50.0]]
    """
    totals = frame.groupby(category)[value].sum().sort_values(ascending=False, kind="stable")
    named = [name for name in totals.index if name != OTHERS]
    if len(named) + (OTHERS in totals.index) <= keep + 1:
        return frame
    kept = named[:keep]
    rest = (frame[~frame[category].isin(kept)].groupby(group, as_index=False, sort=False)[value].sum()
            .assign(**{category: OTHERS}))
    return pd.concat([frame[frame[category].isin(kept)], rest], ignore_index=True)[[group, category, value]]


def stacked_shares(frame: pd.DataFrame, *, group: str, category: str, value: str, colors: dict[str, str] | None = None,
                   arabic_title: str = "", english_title: str = "", figsize: tuple[float, float] = (10.0, 4.2)):
    """Draw one horizontal 100% bar per *group*, split by *category* (shares in percent); return the figure.

    At most six colours: the five largest categories keep theirs (from
    *colors*, else the shared palette) and the rest are summed into a grey
    :data:`OTHERS` (see :func:`top_categories`). The axis reads in percent.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import PercentFormatter

    use_style()
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    frame = top_categories(frame, group=group, category=category, value=value)
    groups = list(dict.fromkeys(frame[group]))
    left = {g: 0.0 for g in groups}
    totals = frame.groupby(category)[value].sum().sort_values(ascending=False, kind="stable")
    order = [name for name in totals.index if name != OTHERS] + ([OTHERS] if OTHERS in totals.index else [])
    palette = {name: color for name, color in (colors or {}).items() if name in order}
    spare = iter(c for c in PALETTE if c not in palette.values())
    for name in order:
        if name not in palette:
            palette[name] = OTHERS_COLOR if name == OTHERS else next(spare, OTHERS_COLOR)
    for name in order:
        rows = frame[frame[category] == name].groupby(group)[value].sum().reindex(groups, fill_value=0.0)
        ax.barh([_label(g) for g in groups], rows.values, left=[left[g] for g in groups],
                color=palette.get(name), label=_label(name))
        for g, share in rows.items():
            if share >= 6:
                ax.text(left[g] + share / 2, groups.index(g), f"{share:.0f}%", ha="center", va="center", fontsize=8,
                        color="white")
            left[g] += share
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
    ax.legend(frameon=False, ncol=min(len(order), 6), loc="upper center", bbox_to_anchor=(0.5, -0.12))
    if arabic_title:
        title(ax, arabic_title, english_title)
    return fig


def agreement_timeline(points: pd.DataFrame, *, date: str, label: str, lane: str, category: str,
                       lanes: dict[str, tuple[str, str]], colors: dict[str, str], hollow: str | None = None,
                       other: str | None = None, other_label: str = "", figsize: tuple[float, float] = (11.0, 9.0),
                       max_lanes: int = MAX_LANES, rank_by: str | None = None):
    """Draw one row per claim on a time axis, coloured by *category*, grouped in *lanes*; return the figure.

    *date* holds ISO dates or ``START/END`` periods (drawn as bars); *label*
    is each row's (Arabic) label, drawn on the right; *colors* maps each
    category to its colour (at most six) and gives the legend's order; a
    category named by *hollow* is drawn as open circles (dated from sources).
    A second date in column *other* (the sources' date), where it differs
    from *date*, is drawn as a grey cross on the same row, labelled *other_label*.
    Beyond *max_lanes* lanes, only the lanes with the most rows (or, with
    *rank_by*, the most rows where that boolean column is true) are drawn and
    a line under the chart says how many lanes and rows are left out.
    """
    import matplotlib.pyplot as plt

    use_style()
    total = len(points)
    points, lanes, left_out = capped_lanes(points, lane=lane, lanes=lanes, max_lanes=max_lanes, merge=False,
                                           weight=rank_by)
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    if left_out:
        fig.text(0.5, 0.0, f"{left_out:,} more lanes ({total - len(points):,} rows) are not drawn: the "
                 f"{len(lanes)} with the most {'rows' if rank_by is None else rank_by.replace('_', ' ')} are.",
                 ha="center", va="top", fontsize=9, color="0.3")
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
    _lane_axis(ax, names, lanes, headroom=1.1)
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

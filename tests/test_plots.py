"""Arabic in charts: `ar()` on both text-engine branches, the style, and a rendering test against HarfBuzz.

The rendering test draws each string through the project's path
(``plots.ar`` then matplotlib) and through HarfBuzz (Pillow's raqm layout) in
the same font and size. The project's drawing must be close to HarfBuzz and far
from both known-wrong drawings: the plain string unshaped (what matplotlib
< 3.11 does without help) and the pre-shaped string shaped again (what the
classic reshaper recipe does on matplotlib >= 3.11).
"""

from __future__ import annotations

import warnings

import matplotlib
import pytest

from analysis import plots
from tests import rendering

STRINGS = [
    "لا إله",  # lam-alef ligatures
    "العلاقات الروسية العراقية",
    "أُسِّست العلاقات عام ١٩٤٤",  # diacritics (shadda with kasra), Arabic-Indic digits
    "عُدَّتْ بغداد",
    "صواريخ S-400 (اس 400)",  # Latin designation, parentheses
    "صفقة بقيمة 4.2 مليار دولار ($4)",
    "قانون CAATSA عام 2017",
    "CAATSA قانون",  # Latin first
    "مُعاهدةٌ للصداقةِ (1972)",
]

MIN_SIMILARITY = 0.88  # to the HarfBuzz reference
MIN_MARGIN = 0.15  # over each known-wrong drawing
INK_TOLERANCE = 0.05  # dropped diacritics lose more ink than this


def test_raqm_reference_is_available():
    assert rendering.raqm_available(), (
        "Pillow cannot use raqm (HarfBuzz + FriBiDi): install the system FriBiDi library "
        "(`apt-get install libfribidi0`) so the rendering test has its reference")


@pytest.mark.parametrize("text", STRINGS)
def test_chart_text_matches_harfbuzz(text):
    from arabic_reshaper import reshape
    from bidi.algorithm import get_display

    project = rendering.matplotlib_text(plots.ar(text))
    reference = rendering.pillow(text)
    close = rendering.similarity(project, reference)
    unshaped = rendering.similarity(project, rendering.pillow(text, shaped=False))
    shaped_twice = rendering.similarity(project, rendering.pillow(get_display(reshape(text))))
    branch = "matplotlib shapes" if plots.engine_shapes_arabic() else "reshaper + bidi"
    assert close >= MIN_SIMILARITY, f"{text!r} ({branch}): similarity to HarfBuzz {close:.3f}"
    assert close - unshaped >= MIN_MARGIN, f"{text!r} ({branch}) looks unshaped: {close:.3f} vs {unshaped:.3f}"
    assert close - shaped_twice >= MIN_MARGIN, f"{text!r} ({branch}) looks reversed: {close:.3f} vs {shaped_twice:.3f}"
    assert abs(rendering.ink(project) / rendering.ink(reference) - 1) <= INK_TOLERANCE, f"{text!r}: ink differs"


def test_probe_agrees_with_the_text_engine():
    from matplotlib import ft2font

    # matplotlib >= 3.11 lays text out with libraqm; its FT2Font then has a layout method.
    assert plots.engine_shapes_arabic() is hasattr(ft2font.FT2Font, "_layout")


@pytest.mark.parametrize("text", ["Moscow", "2012", "S-400", ""])
def test_text_without_arabic_is_unchanged_on_both_branches(monkeypatch, text):
    for shapes in (True, False):
        monkeypatch.setattr(plots, "engine_shapes_arabic", lambda shapes=shapes: shapes)
        assert plots.ar(text) == text


def test_shaping_engine_gets_the_logical_string(monkeypatch):
    monkeypatch.setattr(plots, "engine_shapes_arabic", lambda: True)
    assert plots.ar("بغداد S-400") == "بغداد S-400"


def test_old_engine_gets_presentation_forms_in_visual_order(monkeypatch):
    monkeypatch.setattr(plots, "engine_shapes_arabic", lambda: False)
    shaped = plots.ar("لا بغداد")
    # بغداد (initial beh, medial ghain, final dal, alef, isolated dal) drawn right to left, then لا as one ligature
    assert shaped == "\ufea9\ufe8d\ufeaa\ufed0\ufe91 \ufefb"
    assert "\u064e" in plots.ar("بَغداد"), "harakat are kept"


def test_old_engine_keeps_latin_and_digit_runs_readable(monkeypatch):
    monkeypatch.setattr(plots, "engine_shapes_arabic", lambda: False)
    shaped = plots.ar("منظومة S-400 عام 2017")
    assert "S-400" in shaped and "2017" in shaped
    assert shaped.index("2017") < shaped.index("S-400"), "right to left: the later run is drawn first"


def test_lines_are_shaped_one_by_one(monkeypatch):
    monkeypatch.setattr(plots, "engine_shapes_arabic", lambda: False)
    assert plots.ar("بغداد\nموسكو") == plots.ar("بغداد") + "\n" + plots.ar("موسكو")


def test_use_style_is_idempotent_and_registers_the_arabic_font():
    family = plots.use_style()
    assert family == "Noto Sans Arabic"
    assert list(matplotlib.rcParams["font.family"]) == ["Noto Sans Arabic", "DejaVu Sans"]
    assert plots.use_style() == family
    from matplotlib import font_manager

    assert font_manager.findfont("Noto Sans Arabic", fallback_to_default=False).endswith(".ttf")


def test_use_style_falls_back_to_dejavu_with_a_warning(monkeypatch):
    monkeypatch.setattr(plots, "_register_arabic_font", lambda: None)
    saved = matplotlib.rcParams["font.family"]
    try:
        with pytest.warns(UserWarning, match="fontpkg-noto-sans-arabic"):
            assert plots.use_style.__wrapped__() == "DejaVu Sans"
        assert list(matplotlib.rcParams["font.family"]) == ["DejaVu Sans"]
    finally:
        matplotlib.rcParams["font.family"] = saved


def test_ranked_bars_draw_arabic_labels_on_the_right():
    import matplotlib.pyplot as plt
    import pandas as pd

    frame = pd.DataFrame({"panel": ["a", "a", "b"], "word": ["بغداد", "موسكو", "واشنطن"], "count": [3, 2, 5]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph warns: there must be none
        fig = plots.ranked_bars(frame, label="word", value="count", panel="panel",
                                titles={"a": ("العراق", "Iraq"), "b": ("روسيا", "Russia")})
        fig.canvas.draw()
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [plots.ar("بغداد"), plots.ar("موسكو")]
    assert ax.yaxis.get_ticks_position() == "right"
    assert ax.xaxis_inverted() and ax.get_title(loc="right") == plots.ar("العراق")
    plt.close(fig)


def test_dollar_amounts_in_labels_never_become_mathtext():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    plots.barh(ax, ["صفقة $4 مليار و$5 مليار"], [1], arabic_title="بين $4 و$5", english_title="$4bn and $5bn")
    fig.canvas.draw()
    label = ax.get_yticklabels()[0]
    assert not label._preprocess_math(label.get_text())[1], "two dollar signs must not switch to mathtext"
    assert label._preprocess_math(label.get_text())[0] == plots.ar("صفقة $4 مليار و$5 مليار")
    plt.close(fig)


def test_timeline_year_bars_and_shares_draw_without_missing_glyphs():
    import matplotlib.pyplot as plt
    import pandas as pd

    events = pd.DataFrame({"date": ["1944-09-09", "2003/2011", "2003"], "label": ["إقامة العلاقات", "دور ضئيل", "غزو"],
                           "lane": ["a", "a", "b"]})
    bars = pd.DataFrame({"year": [2014, 2015], "tiv": [333, 472], "supplier": ["Russia", "Russia"]})
    shares = pd.DataFrame({"period": ["p1", "p1", "p2"], "supplier": ["Russia", "Others", "Russia"],
                           "share": [70.0, 30.0, 100.0]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figures = [
            plots.timeline(events, date="date", label="label", lane="lane", lanes={"a": ("أ", "A"), "b": ("ب", "B")}),
            plots.year_bars(bars, year="year", value="tiv", color_by="supplier", arabic_title="تسليم", english_title="x"),
            plots.stacked_shares(shares, group="period", category="supplier", value="share", arabic_title="حصص"),
        ]
        for fig in figures:
            fig.canvas.draw()
    texts = [t.get_text() for t in figures[0].axes[0].texts]
    assert plots.ar("إقامة العلاقات") in texts and plots.ar("غزو") in texts
    legend = [t.get_text() for t in figures[2].axes[0].get_legend().get_texts()]
    assert legend[-1] == "Others", "the grouped rest comes last"
    for fig in figures:
        plt.close(fig)


def test_decimal_year():
    assert plots.decimal_year("2003") == 2003.5
    assert 1944.6 < plots.decimal_year("1944-09-09") < 1944.75


def test_shares_use_at_most_six_colours_a_grey_others_and_a_percent_axis():
    import matplotlib.pyplot as plt
    import pandas as pd

    suppliers = [f"S{i}" for i in range(11)]
    shares = pd.DataFrame({"period": ["a"] * 11 + ["b"] * 11, "supplier": suppliers * 2,
                           "share": [100 / 11] * 11 + [50] + [5] * 10})
    fig = plots.stacked_shares(shares, group="period", category="supplier", value="share", colors={"S3": "#9b2226"})
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    colours = [tuple(p.get_facecolor()) for p in ax.get_legend().get_patches()]
    plt.close(fig)
    assert len(legend) <= 6 and legend[-1] == plots.OTHERS and len(set(colours)) == len(colours)
    assert matplotlib.colors.to_hex(colours[-1]) == plots.OTHERS_COLOR
    assert matplotlib.colors.to_hex(colours[legend.index("S3")]) == "#9b2226", "a colour asked for is kept"
    assert ax.xaxis.get_major_formatter()(50, 0) == "50%"


def test_count_bars_have_integer_ticks_only():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    plots.barh(ax, ["أ", "ب"], [1, 2])
    fig.canvas.draw()
    ticks = [t for t in ax.get_xticks() if 0 <= t <= 2]
    plt.close(fig)
    assert ticks and all(float(t).is_integer() for t in ticks)


def test_small_multiples_are_capped_with_an_others_panel():
    import matplotlib.pyplot as plt
    import pandas as pd

    frame = pd.DataFrame({"panel": [f"p{i}" for i in range(7) for _ in range(20)],
                          "word": [f"w{j}" for _ in range(7) for j in range(20)], "count": list(range(140))})
    fig = plots.ranked_bars(frame, label="word", value="count", panel="panel",
                            titles={f"p{i}": (f"ع{i}", f"P{i}") for i in range(7)})
    visible = [ax for ax in fig.axes if ax.get_visible()]
    bars = [len(ax.patches) for ax in visible]
    titles = [ax.get_title(loc="right") for ax in visible]
    plt.close(fig)
    assert len(visible) == plots.MAX_PANELS and titles[-1] == plots.ar("أخرى")
    assert max(bars) == plots.MAX_BARS


def test_timeline_labels_neither_overlap_nor_leave_the_axes():
    import math

    import matplotlib.pyplot as plt
    import pandas as pd

    events = pd.DataFrame({"date": [f"{1990 + i // 3}-{i % 12 + 1:02d}" for i in range(60)],
                           "label": [f"حدث رقم {i}" for i in range(60)], "lane": ["a"] * 60})
    fig = plots.timeline(events, date="date", label="label", lane="lane", lanes={"a": ("أ", "A")})
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    texts = [t for t in ax.texts if t.get_text()]
    frame_box = ax.get_window_extent(renderer)
    starts = sorted(ax.transData.transform((t.get_position()[0], 0))[0] for t in texts)
    plt.close(fig)
    # "(+n)" after a label; on the reshaper + bidi branch the brackets come out mirrored, so look for the plus sign
    assert any("+" in t.get_text() for t in texts), "crowded labels are thinned and counted"
    for text in texts:
        box = text.get_window_extent(renderer)
        assert box.x1 <= frame_box.x1 + 1 and box.y1 <= frame_box.y1 + 1, f"clipped: {text.get_text()}"
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    line = 1.7 * plots.LABEL_SIZE * fig.dpi / 72  # one line of Arabic text, in pixels
    assert min(gaps) * math.sin(math.radians(plots.LABEL_ROTATION)) >= line, "parallel labels a line apart"


def test_capped_lanes_keep_the_busiest_and_merge_the_rest_without_losing_a_row():
    import pandas as pd

    lanes = {f"a{i}": (f"ع{i}", f"A{i}") for i in range(9)}
    frame = pd.DataFrame({"lane": [f"a{i}" for i in range(9) for _ in range(i % 4 + 1)]})
    rows, kept, rest = plots.capped_lanes(frame, lane="lane", lanes=lanes, max_lanes=4)
    # rows per lane: a3, a7: 4; a2, a6: 3 (a tie, broken in lanes order); the kept lanes stay in lanes order
    assert list(kept) == ["a2", "a3", "a7", plots.OTHERS] and rest == 6 and "6 more" in kept[plots.OTHERS][1]
    assert len(rows) == len(frame) and rows["lane"].value_counts()[plots.OTHERS] == len(frame) - 3 - 4 - 4
    dropped, shown, rest = plots.capped_lanes(frame, lane="lane", lanes=lanes, max_lanes=4, merge=False)
    assert list(shown) == ["a2", "a3", "a6", "a7"] and rest == 5 and len(dropped) == 14
    same, unchanged, none = plots.capped_lanes(frame, lane="lane", lanes=lanes, max_lanes=9)
    assert same is frame and unchanged is lanes and none == 0


def test_a_timeline_of_many_articles_draws_at_most_max_lanes():
    import matplotlib.pyplot as plt
    import pandas as pd

    lanes = {f"doc{i}": ("مقالة", f"doc{i}") for i in range(40)}
    events = pd.DataFrame({"date": [f"{1950 + (i * 7) % 70}" for i in range(400)],
                           "label": [f"حدث {i % 25}" for i in range(400)], "lane": [f"doc{i % 40}" for i in range(400)]})
    fig = plots.timeline(events, date="date", label="label", lane="lane", lanes=lanes)
    ticks = fig.axes[0].get_yticklabels()
    plt.close(fig)
    assert len(ticks) == plots.MAX_LANES and "37 more articles" in ticks[-1].get_text()


def test_an_agreement_timeline_of_many_articles_says_what_it_leaves_out():
    import matplotlib.pyplot as plt
    import pandas as pd

    points = pd.DataFrame({"date": ["2012"] * 30, "quote": ["قول"] * 30, "lane": [f"d{i % 10}" for i in range(30)],
                           "class": ["dates agree"] * 30})
    fig = plots.agreement_timeline(points, date="date", label="quote", lane="lane", category="class",
                                   lanes={f"d{i}": ("م", f"d{i}") for i in range(10)}, colors={"dates agree": "#588157"})
    notes = [t.get_text() for t in fig.texts]
    rows = len(fig.axes[0].get_yticks())
    plt.close(fig)
    assert rows == 3 * plots.MAX_LANES and any("6 more lanes (18 rows)" in note for note in notes)

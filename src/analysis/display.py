"""Tables for readers: the one way a notebook shows a data frame.

:func:`table` turns a data frame into an HTML table a reader can use, in
JupyterLab and in the exported reports alike: every cell's whole text,
wrapped (never cut with "…"); headers in words; no index column; numbers
formatted (``31,469``; one number of decimals per column); web addresses as
links; Arabic cells right to left; a long or wide table scrolls inside its own
box, never the page. It uses pandas' Styler. The HTML is deterministic (no
random ids), so re-executing a notebook gives byte-identical outputs and nbval
can compare them.

Use it as the last line of a notebook cell::

    from analysis import display
    display.table(articles, ["article_id", "headline", "published"],
                  labels={"article_id": "Article", "published": "Published"})

*columns* picks and orders the columns (default: all); *labels* names them.
Without a label, a column's header comes from ``data/column_labels.csv``
(``n_words`` → "Words"; add common columns there), else from its name in
words (``published`` → "Published"). Give labels for anything a reader would
not say.
"""

from __future__ import annotations

import hashlib
import html
import math
import numbers
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .lexicons import table as data_table
from .report import arabic_share

MISSING = "—"
MAX_ROWS = 60  # rows a reader can scan in one box; the longest table of the two-article corpus has 46
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:)]")
_STYLES = [
    {"selector": "", "props": "border-collapse: collapse; width: 100%; font-size: 0.9rem;"},
    {"selector": "th, td", "props": "padding: 0.35rem 0.55rem; vertical-align: top; text-align: start; "
                                    "white-space: normal; overflow-wrap: break-word; "
                                    "border-bottom: 1px solid #e3e3e3;"},
    {"selector": "thead th", "props": "position: sticky; top: 0; background: #fff; "
                                      "border-bottom: 2px solid #9a9a9a;"},
    {"selector": "td.number", "props": "text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap;"},
    {"selector": "td.rtl", "props": "direction: rtl; text-align: right; min-width: 12em;"},
]


@dataclass(frozen=True)
class Table:
    """A table ready to show: its HTML for notebooks and reports, and plain text for a terminal."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


@cache
def _known_labels() -> dict[str, str]:
    return {row["column"]: row["label"] for row in data_table("column_labels.csv")}


def label(column: str) -> str:
    """Return a column's header in words: from ``data/column_labels.csv``, else its name spelt out.

    >>> label("n_words"), label("published"), label("first_delivery"), label("TIV")
    ('Words', 'Published', 'First delivery', 'TIV')
    """
    known = _known_labels().get(str(column))
    if known:
        return known
    words = str(column).replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _decimals(values: pd.Series, most: int) -> int:
    """The fewest decimals (at most *most*) that show every float of *values* as it rounds at *most*."""
    finite = [float(v) for v in values if isinstance(v, numbers.Real) and not isinstance(v, bool)
              and math.isfinite(float(v))]
    for places in range(most + 1):
        if all(round(v, places) == round(v, most) for v in finite):
            return places
    return most


def format_number(value: float, places: int = 0) -> str:
    """Format a number for a reader: thousands separated from 10,000 up (years stay ``1958``), *places* decimals.

    >>> format_number(31469), format_number(1958), format_number(2.284, 2), format_number(-12345.5, 1)
    ('31,469', '1958', '2.28', '-12,345.5')
    """
    text = f"{value:.{places}f}"
    if abs(value) >= 10_000:
        text = f"{value:,.{places}f}"
    return text


def cell_html(value, places: int = 0) -> str:
    """Return one cell's HTML: escaped text, web addresses as links, numbers formatted, gaps as a dash.

    >>> cell_html("see https://example.org/a?b=1&c=2.")
    'see <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>.'
    >>> cell_html("<b>بغداد</b>"), cell_html(None), cell_html(float("nan")), cell_html(True)
    ('&lt;b&gt;بغداد&lt;/b&gt;', '—', '—', 'yes')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return MISSING
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return format_number(int(value))
    if isinstance(value, numbers.Real):
        return MISSING if math.isnan(float(value)) else format_number(float(value), places)
    text, pieces, position = str(value), [], 0
    for match in _URL.finditer(text):
        address = html.escape(match.group())
        pieces += [html.escape(text[position:match.start()]), f'<a href="{address}">{address}</a>']
        position = match.end()
    return "".join(pieces) + html.escape(text[position:])


def _classes(frame: pd.DataFrame) -> pd.DataFrame:
    def kind(value) -> str:
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            return "number"
        return "rtl" if isinstance(value, str) and arabic_share(value) >= 0.5 else ""

    return frame.apply(lambda column: column.map(kind))


def table(frame: pd.DataFrame, columns: Sequence[str] | None = None, labels: Mapping[str, str] | None = None, *,
          caption: str | None = None, decimals: int = 2, max_height: str = "32rem", max_rows: int = MAX_ROWS,
          full: str | None = None) -> Table:
    """Return *frame* as a :class:`Table` for readers (see the module's docstring).

    *columns* picks and orders the columns; *labels* maps column names to the
    headers shown (others are put in words by :func:`label`); *caption* is
    shown above the table and names its scrolling box for screen readers;
    floats get at most *decimals* decimals, the same number within a column;
    a table taller than *max_height* scrolls in its box. Only the first
    *max_rows* rows are shown (sort the frame so that they are the ones that
    matter); a note under the table then says how many are left out and,
    with *full*, where the whole table is.
    """
    shown = frame.loc[:, list(columns)] if columns is not None else frame
    left_out = max(0, len(shown) - max_rows)
    shown = shown.head(max_rows).reset_index(drop=True)
    names = {column: (labels or {}).get(column, label(column)) for column in shown.columns}
    digest = hashlib.sha1(shown.to_csv(index=False).encode("utf-8") + repr(names).encode("utf-8")).hexdigest()
    places = {column: _decimals(shown[column], decimals) for column in shown.columns}
    styler = (shown.style
              .format({column: (lambda value, p=places[column]: cell_html(value, p)) for column in shown.columns})
              .set_td_classes(_classes(shown))
              .format_index(lambda column: html.escape(names[column]), axis="columns")
              .hide(axis="index")
              .set_table_styles(_STYLES)
              .set_table_attributes('class="reader-table"')
              .set_uuid(digest[:12]))
    if caption:
        styler = styler.set_caption(html.escape(caption))
    body = styler.to_html(cell_ids=False, doctype_html=False)
    box_label = html.escape(caption or "Table", quote=True)
    box = (f'<div class="table-box" role="region" tabindex="0" aria-label="{box_label}" '
           f'style="max-height: {html.escape(max_height, quote=True)}; overflow: auto; max-width: 100%;">'
           f"{body}</div>")
    text = shown.rename(columns=names).to_string(index=False, max_colwidth=None)
    if left_out:
        note = left_out_note(len(shown), len(shown) + left_out, full)
        box += f'<p class="table-note">{html.escape(note)}</p>'
        text += f"\n{note}"
    return Table(box, text)


def left_out_note(shown: int, total: int, full: str | None = None) -> str:
    """Say how many rows of a table are shown and where the whole table is.

    >>> left_out_note(60, 16000, "data/processed/events.csv")
    'The first 60 of 16,000 rows are shown (15,940 left out); the whole table: data/processed/events.csv.'
    """
    where = f"; the whole table: {full}" if full else ""
    return f"The first {shown:,} of {total:,} rows are shown ({total - shown:,} left out){where}."

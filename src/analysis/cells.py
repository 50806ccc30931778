"""Spreadsheet-safe CSV cells: escaped when the build writes a table, unescaped when a table is loaded.

Text cells that a spreadsheet would run as a formula (starting with ``=``
``+`` ``-`` ``@``, a tab or a carriage return) are written with a leading
apostrophe, as OWASP advises against CSV injection ("CSV Injection");
:func:`unescape` takes it off again, so pandas users see the original text.
"""

from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP, "CSV Injection"
ESCAPE = "'"  # the prefix that makes a spreadsheet read a cell as text


def escape_cell(value):
    """Return *value* as a CSV cell that a spreadsheet shows as text, never runs as a formula.

    Text starting with ``=`` ``+`` ``-`` ``@``, a tab or a carriage return gets a leading apostrophe;
    so does text that already starts with one, so that :func:`unescape` gives every cell back exactly.
    Numbers, booleans and None are left alone (a negative number is not a formula).

    >>> escape_cell('=HYPERLINK("http://x","y")'), escape_cell("-5"), escape_cell(-5), escape_cell("روسيا")
    ('\\'=HYPERLINK("http://x","y")', "'-5", -5, 'روسيا')
    """
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, ESCAPE)):
        return ESCAPE + value
    return value


def unescape(frame: pd.DataFrame) -> pd.DataFrame:
    """Return *frame* with the apostrophe that :func:`escape_cell` puts before formula-like text taken off.

    >>> unescape(pd.DataFrame({"text": ["'=1+1", "''quoted", "روسيا"], "start": [0, 5, 9]}))["text"].tolist()
    ['=1+1', "'quoted", 'روسيا']
    """
    result = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if not (pd.api.types.is_string_dtype(values) or pd.api.types.is_object_dtype(values)):
            continue
        escaped = values.map(lambda cell: isinstance(cell, str) and cell.startswith(ESCAPE)).astype(bool)
        if escaped.any():
            result[column] = values.where(~escaped, values[escaped].str[len(ESCAPE):])
    return result

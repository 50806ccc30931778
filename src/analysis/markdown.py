"""Markdown written by code for notebooks: text from articles and reference files made safe to show.

Findings quote articles, and an article may hold anything: markup (``<a href="javascript:…">``) must show as
the text it is, and a dollar sign must not start mathematics. Every generated Markdown passes through here.
"""

from __future__ import annotations

from collections.abc import Sequence


def escape(text: str) -> str:
    r"""Make *text* inert in Markdown: markup characters become entities, dollar signs are escaped.

    Markdown links written by the package (``[shafaq.com](https://…)``) keep working.

    >>> print(escape('«قال» <a href="javascript:x">هنا</a> $4bn'))
    «قال» &lt;a href="javascript:x"&gt;هنا&lt;/a&gt; \$4bn
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("$", r"\$")


def bullets(lines: list[str]) -> str:
    r"""Join *lines* as Markdown bullets, each made inert by :func:`escape`.

    >>> print(bullets(["$4 billion", "<b>x</b>"]))
    - \$4 billion
    - &lt;b&gt;x&lt;/b&gt;
    """
    return "\n".join(f"- {escape(line)}" for line in lines)


MAX_LISTED = 8  # a sentence that names more items than this is no longer read: the rest are counted instead


def listing(items: Sequence[str], separator: str = "; ", most: int = MAX_LISTED, rest: str = "more") -> str:
    """Join *items* with *separator*, naming at most *most* of them and counting the rest.

    Findings that name one item per article stay a sentence on a corpus of thousands of articles.

    >>> listing(["a", "b"]), listing(["a", "b", "c", "d"], ", ", most=2, rest="more articles")
    ('a; b', 'a, b and 2 more articles')
    """
    items = list(items)
    if len(items) <= most:
        return separator.join(items)
    return f"{separator.join(items[:most])} and {len(items) - most:,} {rest}"


def ids_by(frame, by: str, ids: str = "article_id", rest: str = "more articles") -> list[tuple[str, str, int]]:
    """Group *frame*'s rows by column *by*: ``(value, the ids named with listing(), how many)``, in first-seen order.

    One finding per distinct text («read more» ends 1,000 articles), not one per article.

    >>> import pandas as pd
    >>> ids_by(pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["x", "y", "x"]}), "text")
    [('x', 'a, c', 2), ('y', 'b', 1)]
    """
    return [(value, listing(list(dict.fromkeys(group[ids])), ", ", rest=rest), group[ids].nunique())
            for value, group in frame.groupby(by, sort=False)]

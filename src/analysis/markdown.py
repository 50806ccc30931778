"""Markdown written by code for notebooks: text from articles and reference files made safe to show.

Findings quote articles, and an article may hold anything: markup (``<a href="javascript:…">``) must show as
the text it is, and a dollar sign must not start mathematics. Every generated Markdown passes through here.
"""

from __future__ import annotations


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

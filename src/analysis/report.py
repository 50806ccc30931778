"""Export executed notebooks to HTML reports and write their index page."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .lexicons import table
from .tables import load

TEMPLATES = Path(__file__).resolve().parent / "templates"
SITE_TITLE = "Russia–Iraq relations in the Arabic press"
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dt", "dd", "caption",
          "figcaption")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# A run of Arabic inside a left-to-right block, or of Latin inside a right-to-left one: isolated in <bdi>.
_ARABIC_RUN = re.compile(r"[«\"']?[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]"
                         r"(?:[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc\u064b-\u0652\s\d،؛؟.:\-–/()«»\"']*"
                         r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc»\"'])?")
_LATIN_RUN = re.compile(r"[A-Za-z$€£][A-Za-z0-9$€£.,\-–/%+]*(?:\s+[A-Za-z0-9$€£][A-Za-z0-9$€£.,\-–/%+]*)*")
_NO_ISOLATION = {"code", "pre", "script", "style", "bdi", "kbd", "samp"}


def arabic_share(text: str) -> float:
    """Share of Arabic among the letters of *text* (0 when it has none).

    >>> round(arabic_share("العلاقات S-400"), 2), arabic_share("Moscow"), arabic_share("2012")
    (0.89, 0.0, 0.0)
    """
    arabic, latin = len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    return arabic / (arabic + latin) if arabic + latin else 0.0


def _isolate(soup, element, run: re.Pattern, direction: str) -> None:
    from bs4 import NavigableString

    for string in list(element.find_all(string=True)):
        if not isinstance(string, NavigableString) or type(string) is not NavigableString:
            continue
        if any(parent.name in _NO_ISOLATION for parent in string.parents):
            continue
        text, pieces, position = str(string), [], 0
        for match in run.finditer(text):
            pieces.append(text[position:match.start()])
            bdi = soup.new_tag("bdi", dir=direction)
            if direction == "rtl":
                bdi["lang"] = "ar"
            bdi.string = match.group()
            pieces.append(bdi)
            position = match.end()
        if len(pieces) <= 1 and position == 0:
            continue
        pieces.append(text[position:])
        for piece in pieces:
            if piece:
                string.insert_before(piece)
        string.extract()


def mark_directions(html: str) -> str:
    """Lay Arabic out right to left: mostly-Arabic blocks get ``dir="rtl" lang="ar"``; mixed runs are isolated.

    A block (paragraph, list item, heading, quote, table cell…) whose letters are
    mostly Arabic is right to left; others are left to right. Inside each, runs
    of the other script are wrapped in ``<bdi>`` so numbers and Latin names do
    not scramble the text around them. Code and preformatted text are left alone.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(BLOCKS):
        if element.find_parent(["pre", "code"]) or element.find(BLOCKS):
            continue  # the innermost block decides
        text = element.get_text(" ", strip=True)
        share = arabic_share(text)
        if share >= 0.5:
            element["dir"], element["lang"] = "rtl", "ar"
            _isolate(soup, element, _LATIN_RUN, "ltr")
        elif share > 0:
            element["dir"] = "ltr"
            _isolate(soup, element, _ARABIC_RUN, "rtl")
    return str(soup)


@dataclass(frozen=True)
class ReportInfo:
    """What the index says of one report."""

    title: str
    summary: str
    href: str
    full_href: str


def _plain(markdown: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"[*_`#>]", "", text).strip()


def describe(notebook) -> tuple[str, str]:
    """Return a notebook's title (its first ``#`` heading) and first paragraph of prose."""
    title, summary = "", ""
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for block in re.split(r"\n\s*\n", cell.source):
            block = block.strip()
            if not title and block.startswith("# "):
                title = _plain(block.splitlines()[0])
            elif title and block and not block.startswith(("#", "|", "-", "!")):
                return title, _plain(" ".join(block.split()))
    return title, summary


def _write_atomic(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)
    return path


def export(notebook_path: Path, output: Path, full: Path | None = None,
           stamp: dict[str, str] | None = None) -> list[Path]:
    """Write the reader's report (code hidden) to *output* and, if given, the full one to *full*.

    *stamp* names hashes to record in each page's ``<meta>`` tags (see :mod:`analysis.publish`).
    """
    from .publish import stamp as stamped

    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(notebook_path, as_version=4)
    title, _ = describe(notebook)
    notebook.metadata["title"] = title or Path(notebook_path).stem
    written = []
    for target, hide_code in ((output, True), (full, False)):
        if target is None:
            continue
        exporter = HTMLExporter(template_name="report", extra_template_basedirs=[str(TEMPLATES)],
                                exclude_input=hide_code, exclude_input_prompt=hide_code,
                                exclude_output_prompt=hide_code, language_code="en")
        body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": notebook.metadata["title"]}})
        written.append(_write_atomic(Path(target), stamped(mark_directions(body), stamp or {})))
    return written


def write_index(notebooks: list[Path], output: Path, processed: Path = paths.PROCESSED,
                stamp: dict[str, str] | None = None) -> Path:
    """Write the index page: each report's title, summary and links, and the data sources."""
    from .publish import stamp as stamped

    import jinja2
    import nbformat

    reports = []
    for path in notebooks:
        title, summary = describe(nbformat.read(path, as_version=4))
        name = Path(path).stem
        reports.append(ReportInfo(title or name, summary, f"{name}.html", f"full/{name}.html"))
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    page = environment.get_template("index.html.j2").render(
        title=SITE_TITLE, reports=reports, built_on=dt.date.today().isoformat(),
        articles=load("articles", processed).to_dict("records"), sources=list(table("sources.csv")))
    return _write_atomic(Path(output), stamped(page, stamp or {}))

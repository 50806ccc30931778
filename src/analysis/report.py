"""Export executed notebooks to HTML reports and write their index page.

Every page shares one layout (``templates/page.html.j2``) and one small
stylesheet (``templates/report.css``): a header with the project's name, the
way back to the index, the previous and next report and the switch between
the reader's version (code hidden) and the full one; a table of contents from
the notebook's headings; and a footer saying which commit, build date, data
and package versions made the page. At export, links to ``.ipynb`` files
become links to their reports, every figure becomes a numbered ``<figure>``
with its caption, source line and alt text (from the cell's ``caption``,
``source`` and ``alt`` metadata), every table scrolls in its own box, and
Arabic is laid out right to left (:func:`mark_directions`).
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import functools
import hashlib
import html as html_escaping
import json
import os
import re
import struct
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .atomic import write_text
from .lexicons import table
from .tables import load

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
_LIST_SEPARATORS = "،؛,"
_PAIRS = {"«": "»", "(": ")"}
_QUOTES = "\"'"


def arabic_share(text: str) -> float:
    """Share of Arabic among the letters of *text* (0 when it has none).

    >>> round(arabic_share("العلاقات S-400"), 2), arabic_share("Moscow"), arabic_share("2012")
    (0.89, 0.0, 0.0)
    """
    arabic, latin = len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    return arabic / (arabic + latin) if arabic + latin else 0.0


def _unbalanced(piece: str, char: str) -> bool:
    """Tell whether *char* (a quote or bracket) has no partner inside *piece*."""
    if char in _QUOTES:
        return piece.count(char) % 2 == 1
    for opening, closing in _PAIRS.items():
        if char in (opening, closing):
            return piece.count(opening) != piece.count(closing)
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` to its words: no edge spaces, separators or unpartnered quotes and brackets."""
    edges = " \t\n-–/:." + _LIST_SEPARATORS
    while start < end:
        piece, last = text[start:end], text[end - 1]
        if last in edges or last in _PAIRS or (last in _QUOTES + "»)" and _unbalanced(piece, last)):
            end -= 1
            continue
        first = text[start]
        if first in edges or first in "»)" or (first in _QUOTES + "«(" and _unbalanced(piece, first)):
            start += 1
            continue
        break
    return start, end


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at list separators (``،`` ``؛`` ``,``) outside quotes and brackets."""
    pieces, depth, quoted, begin = [], 0, False, start
    for position in range(start, end):
        char = text[position]
        if char in _PAIRS:
            depth += 1
        elif char in _PAIRS.values():
            depth = max(depth - 1, 0)
        elif char == '"':
            quoted = not quoted
        elif char in _LIST_SEPARATORS and not depth and not quoted and text[position + 1:position + 2].isspace():
            pieces.append((begin, position))
            begin = position + 1
    pieces.append((begin, end))
    return pieces


def arabic_runs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the Arabic runs of a left-to-right *text*, each to be isolated.

    A run stops before punctuation that belongs to the English around it (an
    opening bracket or quote), and a list of Arabic items is one run per item,
    so the items keep their order when read left to right.

    >>> text = "such as «اضغط هنا» (\\"click here\\") and («والعراق»، «للعراق»)"
    >>> [text[start:end] for start, end in arabic_runs(text)]
    ['«اضغط هنا»', '«والعراق»', '«للعراق»']
    """
    runs = []
    for match in _ARABIC_RUN.finditer(text):
        for start, end in _split_list(text, *match.span()):
            start, end = _trim(text, start, end)
            if start < end and _ARABIC_LETTER.search(text, start, end):
                runs.append((start, end))
    return runs


def _latin_runs(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _LATIN_RUN.finditer(text)]


def _isolate(soup, element, runs: Callable[[str], list[tuple[int, int]]], direction: str) -> None:
    from bs4 import NavigableString

    for string in list(element.find_all(string=True)):
        if not isinstance(string, NavigableString) or type(string) is not NavigableString:
            continue
        if any(parent.name in _NO_ISOLATION for parent in string.parents):
            continue
        text, pieces, position = str(string), [], 0
        for start, end in runs(text):
            pieces.append(text[position:start])
            bdi = soup.new_tag("bdi", dir=direction)
            if direction == "rtl":
                bdi["lang"] = "ar"
            bdi.string = text[start:end]
            pieces.append(bdi)
            position = end
        if position == 0:
            continue
        pieces.append(text[position:])
        for piece in pieces:
            if piece:
                string.insert_before(piece)
        string.extract()


def _mark(soup) -> None:
    blocks = soup.find_all(BLOCKS)
    skip = set()  # blocks inside code, and blocks that hold another block (the innermost block decides)
    for element in blocks:
        for parent in element.parents:
            if parent.name in ("pre", "code"):
                skip.add(id(element))
            elif parent.name in BLOCKS:
                skip.add(id(parent))
    for element in blocks:
        if id(element) in skip:
            continue
        share = arabic_share(element.get_text(" ", strip=True))
        if share >= 0.5:
            element["dir"], element["lang"] = "rtl", "ar"
            _isolate(soup, element, _latin_runs, "ltr")
        elif share > 0:
            element["dir"] = "ltr"
            _isolate(soup, element, arabic_runs, "rtl")


def mark_directions(html: str) -> str:
    """Lay Arabic out right to left: mostly-Arabic blocks get ``dir="rtl" lang="ar"``; mixed runs are isolated.

    A block (paragraph, list item, heading, quote, table cell…) whose letters are
    mostly Arabic is right to left; others are left to right. Inside each, runs
    of the other script are wrapped in ``<bdi>`` so numbers and Latin names do
    not scramble the text around them (see :func:`arabic_runs`). Code and
    preformatted text are left alone.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    _mark(soup)
    return str(soup)


# --- Figures -------------------------------------------------------------------------------------------------

_LINK = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:)]")


def _linked(text: str) -> str:
    """Escape *text* for HTML and turn its web addresses into links."""
    escaped, pieces, position = html_escaping.escape(text), [], 0
    for match in _LINK.finditer(escaped):
        pieces += [escaped[position:match.start()], f'<a href="{match.group()}">{match.group()}</a>']
        position = match.end()
    return "".join(pieces) + escaped[position:]


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", data[16:24])


def figure_html(number: int, output, cell_metadata: dict, notebook_name: str) -> str | None:
    """Return a display output's image as a numbered ``<figure>``, or None when it has no image.

    The caption's title, source line and the alt text come from the cell's
    ``caption``, ``source`` and ``alt`` metadata; a figure without a caption is
    titled by its alt text, one without a source names its notebook.
    PNG and SVG are inlined; a high-density PNG keeps the size its metadata
    gives, so it is drawn sharp at the size it was meant to have.
    """
    data = output.get("data", {})
    mime = next((kind for kind in ("image/svg+xml", "image/png") if kind in data), None)
    if mime is None:
        return None
    payload = data[mime]
    if mime == "image/svg+xml":
        payload = base64.b64encode(payload.encode("utf-8")).decode("ascii")
    payload = "".join(payload.split())
    size = output.get("metadata", {}).get(mime, {})
    width, height = size.get("width"), size.get("height")
    if (width is None or height is None) and mime == "image/png":
        width, height = _png_size(base64.b64decode(payload[:64])) or (None, None)
    caption = str(cell_metadata.get("caption") or cell_metadata.get("alt") or f"Chart {number}").strip()
    alt = str(cell_metadata.get("alt") or caption).strip()
    source = str(cell_metadata.get("source")
                 or f"computed from data/raw by the analysis package, in notebook {notebook_name}").strip()
    source = re.sub(r"^source:\s*", "", source, flags=re.I)
    dimensions = f' width="{int(width)}" height="{int(height)}"' if width and height else ""
    return (f'<figure id="figure-{number}">'
            f'<img src="data:{mime};base64,{payload}" alt="{html_escaping.escape(alt)}"{dimensions}>'
            f'<figcaption><span class="figure-number">Figure {number}.</span> '
            f'<span class="figure-title">{_linked(caption)}</span> '
            f'<span class="figure-source">Source: {_linked(source)}</span></figcaption></figure>')


def number_figures(notebook, notebook_name: str):
    """Return a copy of *notebook* whose image outputs are numbered, captioned ``<figure>`` HTML outputs."""
    from nbformat.v4 import new_output

    notebook = copy.deepcopy(notebook)
    number = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for index, output in enumerate(cell.get("outputs", [])):
            figure = figure_html(number + 1, output, dict(cell.metadata), notebook_name)
            if figure is not None:
                number += 1
                cell.outputs[index] = new_output("display_data", {"text/html": figure,
                                                                  "text/plain": f"Figure {number}"})
    return notebook


# --- Provenance ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Provenance:
    """What made a page: the commit, the build date, the data and the versions that matter."""

    commit: str
    built_on: str
    data_hash: str
    data_files: int
    versions: tuple[tuple[str, str], ...]


def _commit(root: Path) -> str:
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and re.fullmatch(r"[0-9a-f]{40,64}", commit) else "unknown"


def data_hash(processed: Path | None = None) -> tuple[str, int]:
    """Return the SHA-256 of the raw-input hashes in *processed*'s manifest, and how many inputs it lists.

    The manifest's build time is left out: the same raw data gives the same
    hash whenever it was built. ``("unknown", 0)`` when there is no manifest.
    """
    try:
        inputs = json.loads((paths.processed(processed) / "manifest.json").read_text(encoding="utf-8"))["raw_inputs"]
    except (OSError, ValueError, KeyError):
        return "unknown", 0
    canonical = json.dumps(inputs, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest(), len(inputs)


def provenance(processed: Path | None = None, root: Path | None = None) -> Provenance:
    """Describe the build: ``git rev-parse HEAD`` (or "unknown"), today's date, the data hash, versions.

    The date honours ``SOURCE_DATE_EPOCH`` (reproducible builds) when it is set.
    """
    import platform
    from importlib.metadata import PackageNotFoundError, version

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built_on = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch and epoch.isdigit()
                else dt.date.today()).isoformat()
    versions = [("Python", platform.python_version())]
    for package in ("pandas", "matplotlib"):
        try:
            versions.append((package, version(package)))
        except PackageNotFoundError:
            versions.append((package, "not installed"))
    digest, files = data_hash(processed)
    return Provenance(_commit(root if root is not None else paths.project_root()), built_on, digest, files, tuple(versions))


# --- Pages ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportInfo:
    """What the index says of one report."""

    title: str
    summary: str
    href: str
    full_href: str


@dataclass(frozen=True)
class Link:
    """One link of a page's header."""

    text: str
    href: str
    rel: str = ""


@dataclass(frozen=True)
class Navigation:
    """A page's way back to the index and its header links."""

    index: str
    links: tuple[Link, ...] = ()


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


def _relative(target: Path, folder: Path) -> str:
    return Path(os.path.relpath(Path(target).resolve(), Path(folder).resolve())).as_posix()


def _templates() -> Path:
    """The package's templates folder on disk (jinja2 and nbconvert load templates from a folder)."""
    return Path(str(paths.templates()))


def _render(template: str, **context) -> str:
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(_templates()), autoescape=True,
                                     keep_trailing_newline=True)
    css = paths.templates("report.css").read_text(encoding="utf-8")
    if context.pop("code", False):
        css += "\n/* Code highlighting (full version only). */\n" + _code_css()
    return environment.get_template(template).render(site_title=SITE_TITLE, css=css, **context)


def _code_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^\w\u0600-\u06ff]+", "-", text).strip("-") or "section"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


_NUMBER_CELL = re.compile(r"[-+−]?(?:\d[\d,\u202f\u00a0]*)(?:\.\d+)?\s?%?")


def _tidy_tables(soup, main) -> None:
    """Box every table (it scrolls on its own, never the page) and tidy what pandas leaves behind."""
    for style in main.find_all("style"):
        if ".dataframe" in style.get_text():
            style.decompose()  # pandas' own rules; the stylesheet styles tables
    for number, element in enumerate(main.find_all("table"), start=1):
        for cell in element.find_all("th"):
            if not cell.get_text(strip=True):
                cell.name = "td"  # an empty header names nothing
            elif cell.find_parent("thead") is not None and not cell.get("scope"):
                cell["scope"] = "col"
        for cell in element.find_all("td"):
            if _NUMBER_CELL.fullmatch(cell.get_text(strip=True)):
                cell["class"] = [*cell.get("class", []), "number"]
        if element.find_parent(class_="table-box") is None:
            box = soup.new_tag("div", attrs={"class": "table-box", "role": "region", "tabindex": "0",
                                             "aria-label": f"Table {number}"})
            element.wrap(box)


def _rewrite_links(main) -> None:
    """Point links to notebooks (``01_x.ipynb#part``) at their reports (``01_x.html#part``)."""
    for anchor in main.find_all("a", href=True):
        anchor["href"] = re.sub(r"^((?![a-z][a-z0-9+.-]*:)[^#?]*)\.ipynb(?=$|[#?])", r"\1.html", anchor["href"])


def _contents(soup, main) -> None:
    """Give headings unique ids and put a table of contents of the ``##``/``###`` headings under the title."""
    for anchor in main.select("a.anchor-link"):
        anchor.decompose()
    taken: set[str] = set()
    entries = []
    for heading in main.find_all(["h1", "h2", "h3"]):
        heading["id"] = _slug(heading.get("id") or heading.get_text(" ", strip=True), taken)
        if heading.name != "h1":
            entries.append(heading)
    if len(entries) < 2:
        return
    nav = soup.new_tag("nav", attrs={"class": "toc", "aria-labelledby": "contents-heading"})
    label = soup.new_tag("h2", id="contents-heading")
    label.string = "Contents"
    nav.append(label)
    top = soup.new_tag("ol")
    nav.append(top)
    current = None
    for heading in entries:
        item = soup.new_tag("li")
        link = soup.new_tag("a", href=f"#{heading['id']}")
        link.string = heading.get_text(" ", strip=True)
        item.append(link)
        if heading.name == "h3" and current is not None:
            sub = current.find("ol") or current.append(soup.new_tag("ol")) or current.find("ol")
            sub.append(item)
        else:
            top.append(item)
            current = item
    title = main.find("h1")
    anchor = title.find_parent(class_="cell") if title is not None else None
    if anchor is not None:
        anchor.insert_after(nav)
    elif title is not None:
        title.insert_after(nav)
    else:
        main.insert(0, nav)


def _finish(page: str, *, contents: bool) -> str:
    """Post-process a rendered page: links, contents, tables, directions."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    main = soup.find("main")
    _rewrite_links(main)
    if contents:
        _contents(soup, main)
    _tidy_tables(soup, main)
    _mark(soup.body)
    return str(soup)


def _siblings(notebook_path: Path, siblings: Sequence[Path] | None) -> list[Path]:
    found = list(siblings) if siblings is not None else sorted(paths.notebooks().glob("[0-9][0-9]_*.ipynb"))
    by_name = {Path(path).stem: Path(path) for path in found}
    by_name.setdefault(Path(notebook_path).stem, Path(notebook_path))
    return [by_name[name] for name in sorted(by_name)]


def _title_of(path: Path) -> str:
    import nbformat

    try:
        return describe(nbformat.read(path, as_version=4))[0] or path.stem
    except (OSError, ValueError):
        return path.stem


def _navigation(notebook_path: Path, here: Path, other: Path | None, full: bool,
                siblings: Sequence[Path] | None) -> Navigation:
    """The header of one version: index, previous, next (same version), and the switch to the other version."""
    name = Path(notebook_path).stem
    order = _siblings(notebook_path, siblings)
    position = [path.stem for path in order].index(name)
    index_folder = Path(other).parent if full and other is not None else Path(here).parent
    links = [Link("All reports", _relative(index_folder / "index.html", Path(here).parent))]
    if position > 0:
        previous = order[position - 1]
        links.append(Link(f"← Previous: {_title_of(previous)}", f"{previous.stem}.html", "prev"))
    if position + 1 < len(order):
        following = order[position + 1]
        links.append(Link(f"Next: {_title_of(following)} →", f"{following.stem}.html", "next"))
    if other is not None:
        text = "Reader's version (code hidden)" if full else "Full version with code"
        links.append(Link(text, _relative(other, Path(here).parent), "alternate"))
    return Navigation(links[0].href, tuple(links))


@functools.cache
def _exporter(hide_code: bool, templates: str):
    """One nbconvert exporter per version and process: its templates are compiled once, not for every page."""
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class ReportExporter(HTMLExporter):
        """nbconvert's HTML exporter without its last pass, which parses and rewrites the whole page.

        That pass gives an image without alt text a placeholder and makes the cells of JupyterLab's markup
        focusable. A report's figures carry their own alt text (:func:`number_figures`) and its template is the
        classic markup, so the pass changed nothing but cost a third of an export; :func:`_finish` parses each
        page once instead. The rest is ``HTMLExporter.from_notebook_node`` as it stands.
        """

        def from_notebook_node(self, nb, resources=None, **kw):  # type: ignore[override]
            language = nb.metadata.get("language_info", {})
            lexer = language.get("pygments_lexer", language.get("name", None))
            self.register_filter("highlight_code",
                                 self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata,
                                                                           parent=self, resources=resources))
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return ReportExporter(template_name="report", extra_template_basedirs=[templates], exclude_input=hide_code,
                          exclude_input_prompt=True, exclude_output_prompt=True, language_code="en")


def export(notebook_path: Path, output: Path, full: Path | None = None, *,
           siblings: Sequence[Path] | None = None, processed: Path | None = None,
           stamp: dict[str, str] | None = None) -> list[Path]:
    """Write the reader's report (code hidden) to *output* and, if given, the full one to *full*.

    *siblings* are the notebooks of the series, for the previous and next
    links (default: ``notebooks/NN_*.ipynb``); the index page is expected
    beside *output*. *processed* is where the data manifest is read for the
    page's provenance. *stamp* names hashes to record in each page's
    ``<meta>`` tags (see :mod:`analysis.publish`).
    """
    from .publish import stamp as stamped

    import nbformat

    notebook = nbformat.read(notebook_path, as_version=4)
    title, _ = describe(notebook)
    title = title or Path(notebook_path).stem
    notebook = number_figures(notebook, f"{Path(notebook_path).stem}.ipynb")
    made_by = provenance(processed)
    written = []
    for target, other, hide_code in ((output, full, True), (full, output, False)):
        if target is None:
            continue
        body, _ = _exporter(hide_code, str(_templates())).from_notebook_node(notebook, resources={"metadata": {"name": title}})
        nav = _navigation(notebook_path, Path(target), other, not hide_code, siblings)
        page = _render("page.html.j2", title=title, nav=nav, body=body, provenance=made_by, code=not hide_code)
        written.append(write_text(Path(target), stamped(_finish(page, contents=True), stamp or {})))
    return written


def write_index(notebooks: list[Path], output: Path, processed: Path | None = None,
                stamp: dict[str, str] | None = None) -> Path:
    """Write the index page: each report's title, summary and links, and the data sources."""
    import nbformat

    from .publish import stamp as stamped

    reports = []
    for path in notebooks:
        title, summary = describe(nbformat.read(path, as_version=4))
        name = Path(path).stem
        reports.append(ReportInfo(title or name, summary, f"{name}.html", f"full/{name}.html"))
    page = _render("index.html.j2", title=SITE_TITLE, nav=Navigation("index.html"), reports=reports,
                   provenance=provenance(processed), articles=load("articles", processed).to_dict("records"),
                   sources=list(table("sources.csv")))
    return write_text(Path(output), stamped(_finish(page, contents=False), stamp or {}))

"""Export executed notebooks to HTML reports and write their index page."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .tables import load

TEMPLATES = Path(__file__).resolve().parent / "templates"
SITE_TITLE = "Russia–Iraq relations in the Arabic press"


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


def export(notebook_path: Path, output: Path, full: Path | None = None) -> list[Path]:
    """Write the reader's report (code hidden) to *output* and, if given, the full one to *full*."""
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(notebook_path, as_version=4)
    title, _ = describe(notebook)
    notebook.metadata["title"] = title or Path(notebook_path).stem
    written = []
    for target, hide_code in ((output, True), (full, False)):
        if target is None:
            continue
        exporter = HTMLExporter(template_name="lab", exclude_input=hide_code, exclude_input_prompt=hide_code,
                                exclude_output_prompt=hide_code)
        body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": notebook.metadata["title"]}})
        written.append(_write_atomic(Path(target), body))
    return written


def write_index(notebooks: list[Path], output: Path, processed: Path = paths.PROCESSED) -> Path:
    """Write the index page: each report's title, summary and links, and the data sources."""
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
        articles=load("articles", processed).to_dict("records"))
    return _write_atomic(Path(output), page)

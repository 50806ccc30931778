"""Open HTML reports in Debian's Chromium (headless, driven by Playwright) and inspect them.

Chromium comes from the system (`apt-get install chromium`), never from a
download; axe-core comes from the ``axe-playwright-python`` package (its
bundled ``axe.min.js``), never from the network. Outside CI a missing browser
or axe skips the browser tests with a message; with ``CI=true`` it fails them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]

# For every block whose letters are mostly Arabic: is it laid out right to left, against the right edge?
CHECK_DIRECTIONS = r"""
() => {
  const arabic = /[\u0621-\u064a\u0671-\u06d3]/g, latin = /[A-Za-z]/g;
  const problems = [];
  let checked = 0;
  for (const el of document.querySelectorAll("p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th")) {
    if (el.querySelector("p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th")) continue;
    const text = el.innerText || "";
    const a = (text.match(arabic) || []).length, l = (text.match(latin) || []).length;
    if (a + l === 0 || a / (a + l) < 0.5) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue;
    checked += 1;
    const style = getComputedStyle(el);
    const range = document.createRange();
    range.selectNodeContents(el);
    const ink = range.getBoundingClientRect();
    const inner = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    if (style.direction !== "rtl") problems.push(["direction " + style.direction, text.slice(0, 60)]);
    else if (Math.abs(inner - ink.right) > 3) problems.push(["gap " + (inner - ink.right).toFixed(1), text.slice(0, 60)]);
  }
  return {checked, problems};
}
"""


# Each page as a reader meets it: links, figures, tables, provenance. Returned to Python to be asserted.
READ_PAGE = r"""
() => {
  const text = el => (el ? el.textContent.trim() : "");
  const links = [...document.querySelectorAll("a[href]")].map(a => a.getAttribute("href"));
  const ids = [...document.querySelectorAll("[id]")].map(el => el.id);
  const figures = [...document.querySelectorAll("figure")].map(f => ({
    number: text(f.querySelector(".figure-number")), title: text(f.querySelector(".figure-title")),
    source: text(f.querySelector(".figure-source")), alt: (f.querySelector("img") || {}).alt || "",
    natural: (f.querySelector("img") || {}).naturalWidth || 0,
    declared: Number((f.querySelector("img") || {getAttribute: () => 0}).getAttribute("width")) || 0}));
  const loose = [...document.images].filter(img => !img.closest("figure")).length;
  const cut = [...document.querySelectorAll("td, th")].map(c => c.textContent.trim())
    .filter(t => t.endsWith("...") || t.endsWith("…"));
  const provenance = {};
  for (const el of document.querySelectorAll("footer [data-provenance]"))
    provenance[el.dataset.provenance] = el.getAttribute("title") || el.textContent.trim();
  const bdis = [...document.querySelectorAll("bdi")].map(b => [b.textContent, b.getBoundingClientRect().left,
                                                                     b.getBoundingClientRect().top]);
  return {links, ids, figures, loose, cut, provenance, bdis,
          landmarks: ["header", "main", "footer"].filter(tag => document.querySelector(tag)),
          toc: [...document.querySelectorAll("nav.toc a")].map(a => a.getAttribute("href"))};
}
"""

# Does anything stick out sideways? The page itself, and (printed) any table box.
OVERFLOW = r"""
() => ({page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        boxes: [...document.querySelectorAll(".table-box")].map(b => b.scrollWidth - b.clientWidth)
          .filter(extra => extra > 1).length,
        images: [...document.querySelectorAll("figure img")].map(i => i.getBoundingClientRect().width),
        main: document.querySelector("main") ? document.querySelector("main").clientWidth : 0})
"""
PHONE = {"width": 390, "height": 844}
# Two animation frames: the page has laid itself out again (after a load or a new viewport), without a fixed wait.
SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
PRINT_WIDTH = {"width": 720, "height": 1000}  # A4 less margins, in CSS pixels


def _missing(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    _missing("Debian's Chromium is not installed: run `apt-get install chromium` (CI installs it in .ci/run)")


def axe_source() -> str:
    """Return axe-core's script, as bundled by the axe-playwright-python package (nothing is downloaded)."""
    try:
        import axe_playwright_python
    except ImportError:
        _missing("axe-core is not installed: `pip install axe-playwright-python` (in the test extras)")
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


# A table body row styled exactly as an earlier row of its table: every element holding text in it has the colours,
# opacity and font of one already met there, up its ancestors to the row (what lies above the row is shared by all).
# Colour contrast depends on nothing else, so axe checks such a row once, not once per row: the tables are most of a
# report's text and contrast is by far axe's costliest rule. Marked rows get `data-style-seen`; returns how many.
MARK_REPEATED_ROWS = r"""
() => {
  const hasText = el => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  const look = (el, stop) => {
    const parts = [];
    for (let e = el; e && e !== stop; e = e.parentElement) {
      const s = getComputedStyle(e);
      parts.push([s.color, s.backgroundColor, s.backgroundImage, s.opacity, s.fontSize, s.fontWeight,
                  s.textShadow, s.visibility].join(" "));
    }
    return parts.join(" / ");
  };
  let marked = 0;
  for (const body of document.querySelectorAll("tbody")) {
    const seen = new Set();
    for (const row of body.rows) {
      const looks = [row, ...row.querySelectorAll("*")].filter(hasText).map(el => look(el, body));
      if (looks.length && looks.every(l => seen.has(l))) { row.setAttribute("data-style-seen", ""); marked += 1; }
      else looks.forEach(l => seen.add(l));
    }
  }
  return marked;
}
"""


def run_axe(page, source: str, contrast_within: str | None = None, within: str | None = None) -> list[dict]:
    """Run axe-core on *page*; return its violations as ``{id, impact, help, targets}``.

    Every rule runs on the whole page, or with *within* (a CSS selector) only inside the elements selected. Colour
    contrast, by far axe's costliest rule, runs there too, or with *contrast_within* only inside the elements that
    selector selects (nowhere if it is empty). A full report is its reader report plus the code: its rules run on
    the code (*within*), and the code's contrast is checked in one full report only, since one stylesheet colours
    the code of every report. Everywhere, a table row styled exactly as an earlier row of its table is left out of
    the contrast check (see ``MARK_REPEATED_ROWS``).
    """
    page.add_script_tag(content=source)
    include = "document" if within is None else "{include: [[selector]]}"
    if within is None or page.locator(within).count():
        options = "{resultTypes: ['violations'], rules: {'color-contrast': {enabled: false}}}"
        violations = page.evaluate(f"async (selector) => (await axe.run({include}, {options})).violations", within)
    else:
        violations = []
    where = (within or "html") if contrast_within is None else contrast_within
    if where and page.locator(where).count():
        page.evaluate(MARK_REPEATED_ROWS)
        violations += page.evaluate(
            "async (selector) => (await axe.run({include: [[selector]], exclude: [['[data-style-seen]']]}, "
            "{resultTypes: ['violations'], runOnly: ['color-contrast']})).violations", where)
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [node["target"] for node in v["nodes"]][:5]} for v in violations]


def inspect(instance, page_path: Path, screenshot: Path | None = None, axe: str | None = None,
            contrast_within: str | None = None, within: str | None = None) -> dict:
    """Load *page_path* and report requests, errors, dialogs, images and direction problems.

    With *axe* (axe-core's script) also: what the page holds for a reader
    (links, figures, cut cells, provenance), axe-core's violations, and what
    overflows on a 390-pixel phone and in print (*contrast_within*, *within*: see :func:`run_axe`).
    """
    page = instance.new_page(viewport={"width": 1280, "height": 900})
    requests, errors, dialogs = [], [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_path.resolve().as_uri(), wait_until="load")
    page.evaluate(SETTLED)
    images = page.evaluate("() => [...document.images].map(i => [i.complete && i.naturalWidth > 0, i.alt])")
    result = {"requests": requests, "errors": errors, "dialogs": dialogs, "images": images,
              "directions": page.evaluate(CHECK_DIRECTIONS), "lang": page.evaluate("document.documentElement.lang"),
              "title": page.title(), "text": page.evaluate("document.body.innerText"),
              "pwned": page.evaluate("window.pwned || null"),
              "javascript_links": page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length")}
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))  # the first screen: full-page shots of long reports cost seconds each
    if axe is not None:
        result["reader"] = page.evaluate(READ_PAGE)
        result["axe"] = run_axe(page, axe, contrast_within, within)  # on the desktop screen, as the page first loaded
        result["rows_checked_once"] = page.locator("[data-style-seen]").count()
        page.set_viewport_size(PHONE)
        page.evaluate(SETTLED)
        result["phone"] = page.evaluate(OVERFLOW)
        if screenshot is not None:
            page.screenshot(path=str(screenshot.with_name(screenshot.stem + "-phone.png")))
        page.emulate_media(media="print")
        page.set_viewport_size(PRINT_WIDTH)
        page.evaluate(SETTLED)
        result["print"] = page.evaluate(OVERFLOW)
    page.close()
    return result


class Browser:
    """One Chromium for every page a test module inspects, driven from a thread of its own.

    Launching the browser and Playwright's driver costs about a second of processor time, so a module keeps one
    open (``with Browser() as chromium``) instead of one per test. Playwright's sync API refuses to run where an
    asyncio loop is already running (as one may be after nbconvert or nbclient ran in this process), and it must
    be driven from the thread that started it: a pool of one thread gives both.
    """

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="browser")
        self._playwright = self._instance = None

    def _open(self):
        if self._instance is None:
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._instance = self._playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS,
                                                              headless=True)
        return self._instance

    def _close(self) -> None:
        if self._instance is not None:
            try:
                self._instance.close()
            finally:
                self._playwright.stop()
                self._playwright = self._instance = None

    def inspect_pages(self, pages: dict[Path, Path | None], axe: str | None = None,
                      contrast_within: dict[Path, str] | None = None,
                      within: dict[Path, str] | None = None) -> dict[Path, dict]:
        """Inspect every page (path → screenshot path); see :func:`inspect_pages`."""
        chromium_path()

        def work() -> dict[Path, dict]:
            instance = self._open()
            return {page: inspect(instance, page, screenshot, axe, (contrast_within or {}).get(page),
                                  (within or {}).get(page)) for page, screenshot in pages.items()}

        return self._thread.submit(work).result()

    def close(self) -> None:
        self._thread.submit(self._close).result()
        self._thread.shutdown()

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def inspect_pages(pages: dict[Path, Path | None], axe: str | None = None,
                  contrast_within: dict[Path, str] | None = None,
                  within: dict[Path, str] | None = None) -> dict[Path, dict]:
    """Inspect every page (path → screenshot path) in one browser of its own.

    *contrast_within* maps a page to the selector of the only part whose colour contrast axe checks, *within* to
    the selector of the only part any rule checks (see :func:`run_axe`); other pages are checked whole. A module
    that inspects pages in several tests shares a :class:`Browser` instead.
    """
    chromium_path()
    with Browser() as chromium:
        return chromium.inspect_pages(pages, axe, contrast_within, within)

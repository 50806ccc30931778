"""The README's "How to add an article" steps, walked on a copy of the project, end with passing tests.

Two articles are added: one whose file name holds spaces and Arabic letters, one saved in Windows-1256. Then
`make raw-manifest`, `make report`, `make notebooks`, and the tests whose expectations come from the whole corpus
(marked ``corpus``: the raw manifest, the catalog, the build, the stored notebooks and strict nbval over every
notebook) run in the copy. The other tests use their own small inputs, which an added article cannot change.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths

SPACED = "زيارة لافروف 2013.txt"
LEGACY = "مقالة قديمة.txt"
SPACED_TEXT = ("زيارة لافروف إلى بغداد\n"
               "زار وزير الخارجية الروسي سيرغي لافروف بغداد في 20 فبراير/شباط 2013، وبحث مع نظيره العراقي "
               "صفقة الأسلحة البالغة 4.2 مليارات دولار التي وقعت عام 2012.\n")
LEGACY_TEXT = ("وقع العراق وروسيا اتفاقية للتعاون في مجال الطاقة في أبريل/نيسان 2009 في موسكو.\n")
# The copy shares this checkout's venv: make must never reinstall it from the copy (-o: take it as up to date).
MAKE = ("make", "--no-print-directory", "-o", ".venv/.installed")
CORPUS_MARK = re.compile(r"^(@pytest\.mark\.corpus|pytestmark = pytest\.mark\.corpus)", re.MULTILINE)
NBVAL = ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg"]


def copy_project(target: Path) -> Path:
    """Copy the checkout's own files (mtimes kept, so make sees the venv as up to date) and link its venv."""
    ignore = shutil.ignore_patterns(".venv", ".venv-*", ".git", "build", "reports", "processed", "__pycache__",
                                    ".pytest_cache", ".hypothesis", "*.egg-info")
    shutil.copytree(paths.ROOT, target, ignore=ignore)
    (target / "data" / "processed").mkdir()
    shutil.copy2(paths.PROCESSED / "README.md", target / "data" / "processed" / "README.md")
    (target / ".venv").symlink_to(Path(sys.prefix))
    return target


def add_row(catalog: Path, article_id: str, file: str, original: str) -> None:
    ends_with_newline = catalog.read_bytes().endswith(b"\n")
    with open(catalog, "a", encoding="utf-8", newline="") as handle:
        if not ends_with_newline:
            handle.write("\n")
        csv.writer(handle, lineterminator="\n").writerow(
            [article_id, f"articles/{file}", "", "news report", "ar", "", "Not stated: a test article.", "", original])


@pytest.mark.slow
def test_the_readme_steps_add_an_article_and_end_green(tmp_path):
    project = copy_project(tmp_path / "project")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "CI"))}
    env.update(ANALYSIS_PROJECT_ROOT=str(project), PYTHONPATH=str(project / "src"), PYTHONUTF8="1")

    def run(*command: str) -> subprocess.CompletedProcess:
        result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        return result

    articles = project / "data" / "raw" / "articles"
    (articles / SPACED).write_text(SPACED_TEXT, encoding="utf-8")                         # step 1
    (articles / LEGACY).write_bytes(LEGACY_TEXT.encode("cp1256"))
    add_row(project / "data" / "raw" / "articles.csv", "lavrov_visit", SPACED, SPACED)    # step 2
    add_row(project / "data" / "raw" / "articles.csv", "energy_2009", LEGACY, LEGACY)

    early = subprocess.run([*MAKE, "data"], cwd=project, env=env, capture_output=True,
                           text=True, timeout=600)
    assert "make raw-manifest" in early.stderr and "adding an article" in early.stderr  # forgot step 3: told so

    run(*MAKE, "raw-manifest")                                  # step 3
    report = run(*MAKE, "report")                               # step 4
    assert f"{LEGACY}: not UTF-8" in report.stderr, "the legacy encoding is reported, and the build goes on"
    overview = (project / "reports" / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "lavrov_visit" in overview and "energy_2009" in overview
    history = (project / "reports" / "01_history_timeline.html").read_text(encoding="utf-8")
    assert "lavrov_visit" in history and "energy_2009" in history, "both articles date events"

    stored = sorted(str(p.relative_to(project)) for p in (project / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    notebooks = run(*MAKE, "notebooks")                         # step 5
    assert f"0 executed, {len(stored)} taken from the report run" in notebooks.stdout, "no notebook runs twice"
    # Step 6: the files that hold corpus tests (the others need not be imported), and strict nbval.
    corpus_files = sorted(str(p.relative_to(project)) for p in (project / "tests").glob("test_*.py")
                          if CORPUS_MARK.search(p.read_text(encoding="utf-8")))
    tests = run(sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-n", "0", "-m", "corpus",
                *corpus_files, *stored, *NBVAL)
    assert " passed" in tests.stdout and "deselected" in tests.stdout

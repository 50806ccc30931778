"""A copy of the project whose corpus holds thousands of articles like the real ones (for the bench and slow tests).

The copy keeps the two real articles and adds generated ones, each made of the real lines of one of them: its
first line (heading or headline) kept, its body lines shuffled and its years shifted by a few, so that dates,
entities and events are found in every article as in the real corpus. Each generated article gets a catalog row
of the same shape as the real rows (kind and headline of the article it comes from, the file name as received in
``original_file``) and ``SHA256SUMS`` is recorded with ``python -m analysis raw-manifest``, as a user adding
articles would. Nothing of the real ``data/raw`` is touched: the copy lives where the caller says.

    python bench/large_corpus.py /tmp/copy 2000      # make a copy with 2,000 articles, print its folder
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from analysis import paths
from analysis.catalog import COLUMNS
from analysis.reading import read_text

IGNORE = shutil.ignore_patterns(".venv", ".venv-*", ".git", "build", "reports", "__pycache__", ".pytest_cache",
                                "*.egg-info", ".hypothesis", ".processed*")
_YEAR = re.compile(r"\b(19|20)(\d\d)\b")


def copy_project(target: Path) -> Path:
    """Copy the project (not its venv, git history, builds or reports) to *target*, sharing this venv."""
    shutil.copytree(paths.ROOT, target, ignore=IGNORE)
    processed = target / "data" / "processed"
    for child in processed.iterdir() if processed.exists() else ():
        if child.name != "README.md":
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    (target / ".venv").symlink_to(Path(sys.prefix))
    return target


def variant(text: str, rng: random.Random) -> str:
    """Shuffle *text*'s body lines (the first line stays first) and shift every year by the same few years."""
    shift = rng.randint(-3, 3)
    lines = _YEAR.sub(lambda m: str(int(m.group()) + shift), text).split("\n")
    body = lines[1:]
    rng.shuffle(body)
    return "\n".join([lines[0], *body])


def add_articles(project: Path, count: int, seed: int = 7) -> list[str]:
    """Add *count* generated articles to *project*'s ``data/raw`` (catalog rows too); return their ids."""
    raw = project / "data" / "raw"
    catalog_path = raw / "articles.csv"
    with open(catalog_path, encoding="utf-8", newline="") as handle:
        seeds = list(csv.DictReader(handle))
    texts = {row["article_id"]: read_text(raw / row["file"]).text for row in seeds}
    rng = random.Random(seed)
    ids = []
    with open(catalog_path, "a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        for index in range(count):
            source = seeds[index % len(seeds)]
            text = variant(texts[source["article_id"]], rng)
            article_id = f"generated_{index:05d}"
            name = f"articles/{article_id}.txt"
            (raw / name).write_text(text, encoding="utf-8")
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            writer.writerow({**{column: "" for column in COLUMNS}, "article_id": article_id, "file": name,
                             "headline": source["headline"], "kind": source["kind"], "language": source["language"],
                             "published_note": f"Generated from the lines of {source['article_id']} (scale test).",
                             "original_file": f"{index + 1000:05d}_{digest}.txt"})
            ids.append(article_id)
    return ids


def record_manifest(project: Path) -> None:
    """Record the copy's ``SHA256SUMS`` with the project's own command."""
    env = dict(os.environ, ANALYSIS_PROJECT_ROOT=str(project), PYTHONPATH=str(project / "src"), PYTHONUTF8="1")
    subprocess.run([sys.executable, "-m", "analysis", "raw-manifest"], cwd=project, env=env, check=True,
                   capture_output=True)


def make_project(target: Path, articles: int, seed: int = 7) -> Path:
    """A copy of the project at *target* whose corpus holds *articles* articles (the real ones included)."""
    project = copy_project(Path(target))
    real = sum(1 for _ in (project / "data" / "raw" / "articles").glob("*.txt"))
    add_articles(project, max(0, articles - real), seed)
    record_manifest(project)
    return project


if __name__ == "__main__":
    print(make_project(Path(sys.argv[1]), int(sys.argv[2])))

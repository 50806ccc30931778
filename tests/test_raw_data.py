"""data/raw is never edited: every file matches the SHA-256 manifest, and the seeds are copied byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from analysis import paths

pytestmark = pytest.mark.corpus


def _manifest() -> dict[str, str]:
    rows = paths.RAW_MANIFEST.read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (row.split("  ", 1) for row in rows if row.strip())}


def _files() -> set[str]:
    return {p.relative_to(paths.RAW).as_posix() for p in paths.RAW.rglob("*") if p.is_file() and p != paths.RAW_MANIFEST}


def test_every_raw_file_is_in_the_manifest_and_nothing_else():
    assert set(_manifest()) == _files(), "run `make raw-manifest` only if you changed data/raw on purpose"


def test_every_raw_file_matches_its_hash():
    for name, digest in _manifest().items():
        actual = hashlib.sha256((paths.RAW / name).read_bytes()).hexdigest()
        assert actual == digest, f"data/raw/{name} changed: raw data is never edited"


def test_articles_are_byte_identical_copies_of_the_seeds_as_received():
    catalog = (paths.RAW / "articles.csv").read_text(encoding="utf-8")
    seeds = paths.ROOT.parent / "shared" / "seeds"
    expected = {  # sha256 of the files as received (shared/seeds), recorded when they were copied
        "000_64084ab58cd872a4.txt": "68f29d34146f1eb6ed00b2f442c14782ce4c8349348cf31c13fe2172edec91eb",
        "004_8d57f7b89ee9dd93.txt": "5cb3c8c3978f7184e2d723418c829d6d355efe6d4db2c7273d568b2905026a6a",
    }
    manifest = _manifest()
    for original, digest in expected.items():
        assert original in catalog
        assert digest in manifest.values()
        if seeds.is_dir():  # beside a checkout of the work area: compare with the received files themselves
            assert hashlib.sha256((seeds / original).read_bytes()).hexdigest() == digest


def test_building_does_not_touch_raw(tmp_path: Path):
    from analysis.build import build

    before = {name: (paths.RAW / name).stat().st_mtime_ns for name in _files()}
    build(paths.RAW, tmp_path / "out")
    assert {name: (paths.RAW / name).stat().st_mtime_ns for name in _files()} == before
    test_every_raw_file_matches_its_hash()

"""The corpus of real press in tests/corpus/: every batch present is well-formed."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis.evaluate import CATALOG_COLUMNS, GOLD_COLUMNS, SPLITS, _csv, batches, check_gold, load_batch

BATCHES = batches(paths.CORPUS)


def test_the_corpus_folder_documents_its_rules():
    readme = (paths.CORPUS / "README.md").read_text(encoding="utf-8")
    assert "Annotation rules" in readme and "Scoring" in readme


@pytest.mark.parametrize("batch", BATCHES, ids=[b.name for b in BATCHES])
def test_batch_files_have_the_documented_columns(batch):
    with open(batch / "catalog.csv", encoding="utf-8-sig") as handle:
        assert tuple(c.strip() for c in handle.readline().strip().split(",")) == CATALOG_COLUMNS
    if (batch / "gold.csv").is_file():
        with open(batch / "gold.csv", encoding="utf-8-sig") as handle:
            assert tuple(c.strip() for c in handle.readline().strip().split(",")) == GOLD_COLUMNS


@pytest.mark.parametrize("batch", BATCHES, ids=[b.name for b in BATCHES])
def test_batch_gold_is_well_formed(batch):
    excerpts, problems = load_batch(batch)
    for excerpt in excerpts:
        problems += check_gold(excerpt)
        assert excerpt.excerpt_id.startswith(batch.name), f"{excerpt.excerpt_id} is not named after its batch"
        assert excerpt.split in SPLITS
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("batch", BATCHES, ids=[b.name for b in BATCHES])
def test_catalog_ids_are_unique_and_every_text_is_listed(batch):
    ids = [row["excerpt_id"] for row in _csv(batch / "catalog.csv")]
    assert len(ids) == len(set(ids))
    texts = {path.stem for path in (batch / "texts").glob("*.txt")} if (batch / "texts").is_dir() else set()
    assert texts <= set(ids), f"texts without a catalog row: {sorted(texts - set(ids))}"

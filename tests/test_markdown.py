"""Generated Markdown: lists that stay a sentence on a corpus of thousands of articles."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.markdown import MAX_LISTED, ids_by, listing


@pytest.mark.parametrize(("items", "most", "expected"), [
    ([], 3, ""),
    (["a"], 3, "a"),
    (["a", "b", "c"], 3, "a; b; c"),
    (["a", "b", "c", "d"], 3, "a; b; c and 1 more"),
    ([f"x{i}" for i in range(2000)], 2, "x0; x1 and 1,998 more"),
])
def test_listing_names_a_few_and_counts_the_rest(items, most, expected):
    assert listing(items, most=most) == expected


def test_listing_never_loses_an_item_from_the_count():
    items = [f"a{i}" for i in range(57)]
    text = listing(items, ", ", rest="more articles")
    named = text.split(" and ")[0].split(", ")
    assert len(named) == MAX_LISTED and named == items[:MAX_LISTED]
    assert text.endswith(f"and {57 - MAX_LISTED} more articles")


def test_ids_by_groups_rows_by_text_in_first_seen_order_and_counts_distinct_ids():
    frame = pd.DataFrame({"article_id": ["a", "b", "a", "c", "d"],
                          "text": ["read more", "other", "read more", "read more", "other"]})
    groups = ids_by(frame, "text")
    assert groups == [("read more", "a, c", 2), ("other", "b, d", 2)]
    assert sum(n for _, _, n in groups) == frame.drop_duplicates().shape[0]

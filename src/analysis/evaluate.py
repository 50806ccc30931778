"""Score the extractor against the corpus of real Arabic press in ``tests/corpus/`` (``make eval``).

Each batch folder holds ``catalog.csv``, ``gold.csv`` and ``texts/`` (see
``tests/corpus/README.md``). A gold expression is found when the extractor
returns a mention of the same kind, the same span and the same value (an
amount also needs the same currency); an entity needs the same span and the
same coarse class: person, place (country, city, region, oil field),
organisation, or its own type for laws, weapon systems and groups.

Precision, recall and F1 are given per kind and per class (the difficulty a
gold expression shows), for each split. A mention that is not found in the
gold counts against the class of the gold expression it overlaps, or against
``spurious`` when it overlaps none. Entity recall counts persons, places and
organisations. Quantities are not annotated and not scored.

An entity hit's value (its canonical name, what a reader's entity table groups
by) never decides whether it is found; a line per split says how many entity
hits carry the gold's value, the two compared after normalisation
(:func:`value_key`), and ``--errors`` lists the development disagreements.

Held-out excerpts are scored only to report: the command prints their scores
and never their texts, misses, false finds or value disagreements.

>>> gold = [GoldRow("x01", "date", 0, 8, "عام 2012", "2012", "", "", "plain")]
>>> found = [FoundRow("x01", "date", 0, 8, "2012", "", ""), FoundRow("x01", "entity", 10, 15, "Iraq", "", "country")]
>>> tally = score(gold, found)
>>> tally["kind"]["date"], tally["kind"]["entity"]
(Tally(tp=1, fp=0, fn=0), Tally(tp=0, fp=1, fn=0))
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import paths
from .normalize import normalize
from .reading import read_text

CATALOG_COLUMNS = ("excerpt_id", "outlet", "country", "published", "source_url", "title", "topic", "split", "note")
GOLD_COLUMNS = ("excerpt_id", "kind", "start", "end", "text", "value", "unit", "type", "class", "note")
SCORED_KINDS = ("date", "period", "amount", "percent", "entity")
SPLITS = ("dev", "heldout")
CLASSES = ("plain", "arabic_digits", "no_space", "decimal_mark", "numeric_date", "hijri", "decade", "quarter_half",
           "ordinal_day", "relative", "currency_variant", "title_person", "russian_name", "pattern_org", "acronym",
           "oil_field")
ENTITY_TYPES = ("person", "country", "city", "region", "oil_field", "organization", "group", "law", "weapon_system")
DATE_TYPES = ("", "day", "month", "year", "week", "quarter", "half", "decade")
COARSE = {"person": "person", "country": "place", "city": "place", "region": "place", "oil_field": "place",
          "organization": "organization"}
NAMED = ("person", "place", "organization")  # what entity recall counts
SPURIOUS = "spurious"
# the held-out split's aims (the project's extraction issue): all kinds' F1 and entity recall, each at least this
AIMS = (("F1, all kinds", 0.95), ("entity recall", 0.90))


@dataclass(frozen=True)
class GoldRow:
    """One hand-annotated expression of an excerpt."""

    excerpt_id: str
    kind: str
    start: int
    end: int
    text: str
    value: str
    unit: str
    type: str
    cls: str


@dataclass(frozen=True)
class FoundRow:
    """One mention the extractor returned, reduced to what scoring compares."""

    excerpt_id: str
    kind: str
    start: int
    end: int
    value: str
    unit: str
    type: str


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "Tally") -> "Tally":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self


@dataclass(frozen=True)
class Excerpt:
    """An excerpt of the corpus: its catalog row, its text and its gold rows."""

    excerpt_id: str
    batch: str
    catalog: dict[str, str]
    text: str
    gold: tuple[GoldRow, ...] = field(default=())

    @property
    def split(self) -> str:
        return self.catalog.get("split", "")

    @property
    def published(self) -> str | None:
        return self.catalog.get("published") or None


# --- reading the corpus ---------------------------------------------------------------------------------------------

def _csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [{k.strip(): (v or "") for k, v in row.items() if k} for row in csv.DictReader(handle)]


def batches(root: Path | None = None) -> list[Path]:
    """Return the batch folders of the corpus (those with a ``catalog.csv``), in name order."""
    root = paths.corpus(root)
    return sorted(folder for folder in root.iterdir() if (folder / "catalog.csv").is_file()) if root.is_dir() else []


def _gold_row(row: dict[str, str]) -> GoldRow:
    return GoldRow(row["excerpt_id"].strip(), row["kind"].strip(), int(row["start"]), int(row["end"]), row["text"],
                   row["value"].strip(), row.get("unit", "").strip(), row.get("type", "").strip(),
                   row.get("class", "").strip())


def load_batch(folder: Path) -> tuple[list[Excerpt], list[str]]:
    """Read one batch; return its excerpts and the problems found in its gold (see :func:`check_gold`)."""
    problems: list[str] = []
    gold_by_id: dict[str, list[GoldRow]] = defaultdict(list)
    for line, row in enumerate(_csv(folder / "gold.csv"), start=2):
        try:
            item = _gold_row(row)
        except (KeyError, ValueError) as error:
            problems.append(f"{folder.name}/gold.csv line {line}: unreadable row ({error})")
            continue
        gold_by_id[item.excerpt_id].append(item)
    excerpts = []
    for row in _csv(folder / "catalog.csv"):
        excerpt_id = row.get("excerpt_id", "").strip()
        path = folder / "texts" / f"{excerpt_id}.txt"
        if not path.is_file():
            problems.append(f"{folder.name}: catalog lists {excerpt_id!r} but texts/{excerpt_id}.txt is missing")
            continue
        excerpts.append(Excerpt(excerpt_id, folder.name, row, read_text(path).text, tuple(gold_by_id.pop(excerpt_id, ()))))
    for excerpt_id in sorted(gold_by_id):
        problems.append(f"{folder.name}/gold.csv: rows for {excerpt_id!r}, which the catalog does not list")
    return excerpts, problems


def load_corpus(root: Path | None = None) -> tuple[list[Excerpt], list[str]]:
    """Read every batch; return all excerpts and every problem found in the gold."""
    excerpts, problems = [], []
    for folder in batches(root):
        found, trouble = load_batch(folder)
        excerpts += found
        problems += trouble
    for excerpt in excerpts:
        problems += check_gold(excerpt)
    problems += shared_text(excerpts) + repeated_text(excerpts, allowed_repeats(root))
    return excerpts, problems


RUN_WORDS = 8  # a run of this many words in both texts is shared text (a wire copy, a quoted statement)
LEAK_SHARE = 0.10  # a held-out excerpt with this share of its runs in one development excerpt is not unseen


@lru_cache(maxsize=1024)  # a corpus holds a few hundred excerpts
def _runs(text: str) -> frozenset[str]:
    """The runs of eight words of *text*, made once a text: both repeat checks read every excerpt's."""
    words = text.split()
    return frozenset(" ".join(words[i:i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1))


def shared_text(excerpts: list[Excerpt]) -> list[str]:
    """Held-out excerpts that repeat a development excerpt's text (by ids only, never the text).

    Rules written on a development text have been written on every text that repeats it, so such an excerpt
    no longer measures unseen press; it belongs to the development split.

    >>> dev = Excerpt("d01", "d", {"split": "dev"}, " ".join(f"w{i}" for i in range(40)))
    >>> held = Excerpt("e01", "e", {"split": "heldout"}, " ".join(f"w{i}" for i in range(30, 60)))
    >>> shared_text([dev, held])
    ['held-out e01 shares 13% of its 8-word runs with development d01: move it to dev']
    """
    dev = [(e.excerpt_id, _runs(e.text)) for e in excerpts if e.split == "dev"]
    problems = []
    for excerpt in excerpts:
        if excerpt.split != "heldout" or not (runs := _runs(excerpt.text)):
            continue
        for dev_id, dev_runs in dev:
            share = len(runs & dev_runs) / len(runs)
            if share >= LEAK_SHARE:
                problems.append(f"held-out {excerpt.excerpt_id} shares {share:.0%} of its {RUN_WORDS}-word runs "
                                f"with development {dev_id}: move it to dev")
    return problems


REPEATS_FILE = "repeats.csv"  # pairs of excerpts allowed to share text: excerpt_a,excerpt_b,reason


def allowed_repeats(root: Path | None = None) -> dict[frozenset[str], str]:
    """The pairs of excerpts listed in the corpus's ``repeats.csv`` as sharing a quotation, not a story."""
    rows = _csv(paths.corpus(root) / REPEATS_FILE)
    return {frozenset((row["excerpt_a"].strip(), row["excerpt_b"].strip())): row["reason"].strip() for row in rows}


def repeated_text(excerpts: list[Excerpt], allowed: Iterable[frozenset[str]] = ()) -> list[str]:
    """Pairs of excerpts, in either split, that repeat each other's text (by ids only, never the text).

    Two held-out excerpts that print one story count it twice in the score; two development excerpts that do
    weigh one text twice. A pair shares text when a tenth or more of the runs of either excerpt are in the other;
    a pair in *allowed* (a quotation or a boilerplate paragraph, not the same story) is not reported.

    >>> one = Excerpt("d01", "d", {"split": "heldout"}, " ".join(f"w{i}" for i in range(40)))
    >>> two = Excerpt("e01", "e", {"split": "heldout"}, " ".join(f"w{i}" for i in range(30, 60)))
    >>> repeated_text([one, two])
    ['d01 (heldout) and e01 (heldout) share 13% of the 8-word runs of e01: replace one or list the pair as allowed']
    >>> repeated_text([one, two], allowed=[frozenset(("e01", "d01"))])
    []
    """
    allowed = set(allowed)
    texts = [(e.excerpt_id, e.split, runs) for e in excerpts if (runs := _runs(e.text))]
    problems = []
    for i, (first, first_split, first_runs) in enumerate(texts):
        for second, second_split, second_runs in texts[i + 1:]:
            if frozenset((first, second)) in allowed or not (common := len(first_runs & second_runs)):
                continue
            share, of = max((common / len(first_runs), first), (common / len(second_runs), second))
            if share >= LEAK_SHARE:
                problems.append(f"{first} ({first_split}) and {second} ({second_split}) share {share:.0%} of the "
                                f"{RUN_WORDS}-word runs of {of}: replace one or list the pair as allowed")
    return problems


def check_gold(excerpt: Excerpt) -> list[str]:
    """Return what is wrong with an excerpt's catalog row and gold rows (empty when all is well).

    Every span must quote the text; kind, class and type must be known; the
    split must be ``dev`` or ``heldout``. Messages name the excerpt and the
    span, never a held-out text beyond the span's own words.
    """
    where = f"{excerpt.batch}/{excerpt.excerpt_id}"
    problems = []
    if excerpt.split not in SPLITS:
        problems.append(f"{where}: split {excerpt.split!r} is not one of {SPLITS}")
    for row in excerpt.gold:
        at = f"{where} [{row.start}:{row.end}] {row.text!r}"
        if not 0 <= row.start < row.end <= len(excerpt.text) or excerpt.text[row.start:row.end] != row.text:
            problems.append(f"{at}: the span does not quote the text")
        if row.kind not in SCORED_KINDS:
            problems.append(f"{at}: kind {row.kind!r} is not one of {SCORED_KINDS}")
        if row.cls not in CLASSES:
            problems.append(f"{at}: class {row.cls!r} is not one of the classes of the README")
        if row.kind == "entity" and row.type not in ENTITY_TYPES:
            problems.append(f"{at}: entity type {row.type!r} is not one of {ENTITY_TYPES}")
        if row.kind in ("date", "period") and row.type not in DATE_TYPES:
            problems.append(f"{at}: {row.kind} type {row.type!r} is not one of {DATE_TYPES[1:]}")
        if row.kind == "amount" and not row.unit:
            problems.append(f"{at}: an amount needs its currency in `unit`")
        if row.kind in ("amount", "percent"):
            try:
                float(row.value)
            except ValueError:
                problems.append(f"{at}: value {row.value!r} is not a number")
    return problems


# --- scoring --------------------------------------------------------------------------------------------------------

def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _same_value(gold: GoldRow, found: FoundRow) -> bool:
    if gold.kind == "entity":
        return COARSE.get(gold.type, gold.type) == COARSE.get(found.type, found.type)
    if gold.kind in ("amount", "percent"):
        a, b = _number(gold.value), _number(found.value)
        same = a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a))
        return same and (gold.kind == "percent" or gold.unit.upper() == found.unit.upper())
    return gold.value == found.value


def found_rows(excerpt_id: str, mentions: Iterable) -> list[FoundRow]:
    """Reduce extractor mentions to :class:`FoundRow` (quantities are not scored)."""
    return [FoundRow(excerpt_id, m.kind, m.start, m.end, "" if m.value is None else str(m.value), m.unit or "",
                     m.type or "") for m in mentions if m.kind in SCORED_KINDS]


def pair(gold: list[GoldRow], found: list[FoundRow]) -> tuple[list[tuple[GoldRow, FoundRow]], list[GoldRow],
                                                                 list[FoundRow]]:
    """Pair gold rows with found rows one to one; return ``(hits as (gold, found) pairs, misses, false finds)``."""
    by_span: dict[tuple, list[FoundRow]] = defaultdict(list)
    for item in found:
        by_span[(item.excerpt_id, item.kind, item.start, item.end)].append(item)
    hits, misses, used = [], [], set()
    for row in gold:
        candidates = by_span.get((row.excerpt_id, row.kind, row.start, row.end), [])
        pick = next((c for c in candidates if id(c) not in used and _same_value(row, c)), None)
        if pick is None:
            misses.append(row)
        else:
            used.add(id(pick))
            hits.append((row, pick))
    return hits, misses, [item for item in found if id(item) not in used]


def match(gold: list[GoldRow], found: list[FoundRow]) -> tuple[list[GoldRow], list[GoldRow], list[FoundRow]]:
    """Pair gold rows with found rows one to one; return ``(hits, misses, false finds)``."""
    hits, misses, false = pair(gold, found)
    return [row for row, _ in hits], misses, false


def value_key(value: str) -> str:
    """The form an entity's value is compared in: the match key (:func:`analysis.normalize.normalize`: hamza
    forms, ta marbuta, tatweel, diacritics, Latin case…) with its spaces collapsed.

    A spelling variant of one Arabic name is one value; another name is not.

    >>> value_key("مجلس الوزراء") == value_key("مجلس  الوزراءِ")
    True
    >>> value_key("Iraqi Ministry of Oil") == value_key("iraqi ministry of oil")
    True
    >>> value_key("وزارة النفط") == value_key("Iraqi Ministry of Oil")
    False
    """
    return " ".join(normalize(value).split())


def value_disagreements(hits: list[tuple[GoldRow, FoundRow]]) -> tuple[int, list[tuple[GoldRow, FoundRow]]]:
    """Return how many entity hits *hits* (from :func:`pair`) holds and those whose found value is not the gold's
    (by :func:`value_key`).

    Only hits are compared: a miss or a false find is counted by the score already. Dates, amounts and
    percentages need the gold's value to be hits at all, so only entities are compared here.
    """
    entities = [(row, item) for row, item in hits if row.kind == "entity"]
    return len(entities), [(row, item) for row, item in entities if value_key(row.value) != value_key(item.value)]


def _class_of(item: FoundRow, gold: list[GoldRow]) -> str:
    """The class of the first gold expression of the same kind a false find overlaps, else ``spurious``."""
    for row in gold:
        if row.excerpt_id == item.excerpt_id and row.kind == item.kind and row.start < item.end and item.start < row.end:
            return row.cls
    return SPURIOUS


def score(gold: list[GoldRow], found: list[FoundRow]) -> dict[str, dict[str, Tally]]:
    """Tally hits, false finds and misses per kind, per class, for all kinds, and entity recall; and how many
    entity hits carry the gold's value.

    Returns ``{"kind": {...}, "class": {...}, "all": {"all": ...}, "entity_recall": {named class: ...},
    "entity_values": {"all": ...}}``; in ``entity_values`` a hit with the gold's value counts as ``tp``, one with
    another value as ``fn`` (see :func:`value_disagreements`).
    """
    pairs, misses, false = pair(gold, found)
    hits = [row for row, _ in pairs]
    tally: dict[str, dict[str, Tally]] = {"kind": defaultdict(Tally), "class": defaultdict(Tally),
                                          "all": defaultdict(Tally), "entity_recall": defaultdict(Tally),
                                          "entity_values": defaultdict(Tally)}
    for row, outcome in [(r, Tally(tp=1)) for r in hits] + [(r, Tally(fn=1)) for r in misses]:
        tally["kind"][row.kind] += outcome
        tally["class"][row.cls] += outcome
        tally["all"]["all"] += outcome
        if row.kind == "entity" and COARSE.get(row.type) in NAMED:
            tally["entity_recall"][COARSE[row.type]] += outcome
            tally["entity_recall"]["all"] += outcome
    for item in false:
        tally["kind"][item.kind] += Tally(fp=1)
        tally["class"][_class_of(item, gold)] += Tally(fp=1)
        tally["all"]["all"] += Tally(fp=1)
    entity_hits, disagree = value_disagreements(pairs)
    if entity_hits:
        tally["entity_values"]["all"] = Tally(tp=entity_hits - len(disagree), fn=len(disagree))
    return {name: dict(groups) for name, groups in tally.items()}


def evaluate(excerpts: list[Excerpt], extractor=None) -> dict[str, tuple[list[GoldRow], list[FoundRow], int]]:
    """Run the extractor on every excerpt; return ``{split: (gold rows, found rows, invalid spans)}``."""
    if extractor is None:
        from .extract import extract as extractor
    results: dict[str, tuple[list[GoldRow], list[FoundRow], int]] = {}
    for excerpt in excerpts:
        gold, found, invalid = results.setdefault(excerpt.split, ([], [], 0))
        mentions = extractor(excerpt.text, published=excerpt.published)
        invalid += sum(excerpt.text[m.start:m.end] != m.text for m in mentions)
        results[excerpt.split] = (gold + list(excerpt.gold), found + found_rows(excerpt.excerpt_id, mentions), invalid)
    return results


# --- printing -------------------------------------------------------------------------------------------------------

def _fmt(value: float | None) -> str:
    return "   –" if value is None else f"{value:.2f}"


def _row(label: str, t: Tally) -> str:
    return (f"{label:<22}{t.tp + t.fn:>6}{t.tp + t.fp:>7}{t.tp:>6}"
            f"{_fmt(t.precision):>7}{_fmt(t.recall):>7}{_fmt(t.f1):>7}")


def table(tally: dict[str, dict[str, Tally]]) -> str:
    """Format a score as a fixed-width table: per kind, per class, all kinds, entity recall."""
    lines = [f"{'':<22}{'gold':>6}{'found':>7}{'hit':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    row = _row
    lines.append("by kind")
    lines += [row(f"  {k}", tally["kind"][k]) for k in SCORED_KINDS if k in tally["kind"]]
    lines.append("by class")
    lines += [row(f"  {c}", tally["class"][c]) for c in (*CLASSES, SPURIOUS) if c in tally["class"]]
    lines.append(row("all kinds", tally["all"].get("all", Tally())))
    numeric = Tally()
    for k in ("date", "period", "amount", "percent"):
        numeric += tally["kind"].get(k, Tally())
    lines.append(row("dates, amounts, %", numeric))
    recall = tally["entity_recall"]
    lines.append("entity recall " + ", ".join(
        f"{name} {_fmt(recall[name].recall)} ({recall[name].tp}/{recall[name].tp + recall[name].fn})"
        for name in (*NAMED, "all") if name in recall))
    if values := tally.get("entity_values", {}).get("all"):
        lines.append(f"entity values: {values.tp} of {values.tp + values.fn} hits carry the gold's value "
                     f"({values.recall:.1%})")
    return "\n".join(lines)


def aims(tally: dict[str, dict[str, Tally]], invalid: int) -> str:
    """The held-out aims, each measure to three decimals with its counts, so a score that rounds up to an aim
    («0.945» printed «0.95») is not read as meeting it.

    >>> print(aims({"all": {"all": Tally(tp=1453, fp=52, fn=117)},
    ...             "entity_recall": {"all": Tally(tp=1234, fn=89)}}, invalid=0))
    aims of the held-out split
      F1, all kinds 0.945 (2 × 1453 / (1505 found + 1570 gold)), aim ≥ 0.95: not met
      entity recall 0.933 (1234 of 1323), aim ≥ 0.9: met
      invalid spans 0
    """
    every, named = tally["all"].get("all", Tally()), tally["entity_recall"].get("all", Tally())
    measures = {
        "F1, all kinds": (every.f1, f"2 × {every.tp} / ({every.tp + every.fp} found + {every.tp + every.fn} gold)"),
        "entity recall": (named.recall, f"{named.tp} of {named.tp + named.fn}"),
    }
    parts = []
    for name, aim in AIMS:
        value, counts = measures[name]
        met = value is not None and value >= aim
        parts.append(f"  {name} {value or 0:.3f} ({counts}), aim ≥ {aim:g}: {'met' if met else 'not met'}")
    return "\n".join(["aims of the held-out split", *parts, f"  invalid spans {invalid}"])


def by_batch(excerpts: list[Excerpt], gold: list[GoldRow], found: list[FoundRow]) -> str:
    """All kinds scored batch by batch (each batch was collected and annotated at one time, some blind)."""
    lines = ["by batch (all kinds)"]
    for batch in sorted({e.batch for e in excerpts}):
        ids = {e.excerpt_id for e in excerpts if e.batch == batch}
        tally = score([g for g in gold if g.excerpt_id in ids], [f for f in found if f.excerpt_id in ids])
        lines.append(_row(f"  {batch} ({len(ids)} excerpts)", tally["all"].get("all", Tally())))
    return "\n".join(lines)


def _errors(gold: list[GoldRow], found: list[FoundRow], texts: dict[str, str]) -> str:
    _, misses, false = match(gold, found)
    lines = [f"missed {r.excerpt_id} {r.kind:<7} {r.cls:<16} {r.text!r} -> {r.value} {r.unit}{r.type}" for r in misses]
    lines += [f"false  {f.excerpt_id} {f.kind:<7} {_class_of(f, gold):<16} {texts[f.excerpt_id][f.start:f.end]!r} "
              f"-> {f.value} {f.unit}{f.type}" for f in false]
    return "\n".join(sorted(lines, key=lambda line: line.split()[1]))


VALUE_LINES = 40  # the most frequent value disagreements --errors lists


def value_errors(gold: list[GoldRow], found: list[FoundRow], limit: int = VALUE_LINES) -> str:
    """List the entity hits whose found value is not the gold's, grouped by the two values, most frequent first.

    Each line gives the gold value, the found value, how many hits carry the pair and the first excerpt that
    shows it; ties are in the order of the values. Only the first *limit* pairs are listed.

    >>> gold = [GoldRow(f"x0{i}", "entity", 0, 11, "وزارة النفط", "Iraqi Ministry of Oil", "", "organization",
    ...                 "pattern_org") for i in (2, 1)]
    >>> found = [FoundRow(f"x0{i}", "entity", 0, 11, "وزارة النفط", "", "organization") for i in (2, 1)]
    >>> print(value_errors(gold, found))
    entity values the gold and the extractor disagree on (gold -> found, hits, first excerpt): 1 pair, 2 hits
    value    2  'Iraqi Ministry of Oil' -> 'وزارة النفط'  x01
    """
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row, item in value_disagreements(pair(gold, found)[0])[1]:
        groups[(row.value, item.value)].append(row.excerpt_id)
    ranked = sorted(groups.items(), key=lambda entry: (-len(entry[1]), entry[0]))
    shown = "" if len(ranked) <= limit else f", the {limit} most frequent shown"
    head = (f"entity values the gold and the extractor disagree on (gold -> found, hits, first excerpt): "
            f"{len(ranked)} pair{'s' * (len(ranked) != 1)}, {sum(len(ids) for ids in groups.values())} hits{shown}")
    return "\n".join([head, *(f"value {len(ids):>4}  {gold_value!r} -> {found_value!r}  {min(ids)}"
                              for (gold_value, found_value), ids in ranked[:limit])])


def main(argv: list[str] | None = None) -> int:
    """Print the scores of every split; with ``--errors``, list the dev split's misses, false finds and the entity
    values its hits disagree on."""
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: tests/corpus)")
    parser.add_argument("--errors", action="store_true",
                        help="list misses, false finds and entity value disagreements of the dev split only")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 if the gold has problems")
    parser.add_argument("--gold-only", action="store_true",
                        help="check the gold's form and stop, without running the extractor (for blind annotation)")
    args = parser.parse_args(argv)
    excerpts, problems = load_corpus(args.corpus)
    for problem in problems:
        print(f"gold problem: {problem}")
    if args.gold_only:
        print(f"{len(excerpts)} excerpts, {sum(len(e.gold) for e in excerpts)} gold rows, {len(problems)} problems")
        return 1 if problems else 0
    by_split = {s: [e for e in excerpts if e.split == s] for s in SPLITS}
    for split in SPLITS:
        chosen = by_split[split]
        outlets = {e.catalog.get("outlet", "") for e in chosen}
        countries = {e.catalog.get("country", "") for e in chosen}
        print(f"\n== {split}: {len(chosen)} excerpts, {len(outlets)} outlets, {len(countries)} countries, "
              f"{sum(len(e.gold) for e in chosen)} gold rows")
        if not chosen:
            continue
        gold, found, invalid = evaluate(chosen)[split]
        print(table(score(gold, found)))
        print(by_batch(chosen, gold, found))
        print(f"invalid spans {invalid}")
        if split == "heldout":
            print(aims(score(gold, found), invalid))
        if args.errors and split == "dev":
            print(_errors(gold, found, {e.excerpt_id: e.text for e in chosen}))
            print(value_errors(gold, found))
    return 1 if args.strict and problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Oil and gas fields, blocks and facilities.

A field whose name alone is no field («مجنون») is read after a word for its development (``data/field_cues.csv``)
or its head, and again where the text quotes or repeats it once found; a field's phase («غرب القرنة-2») belongs
to its name. A numbered or quoted oil or gas block («الرقعة الاستكشافية العاشرة»، «رقعة "السماوة"») is read
after a head of ``field_blocks.csv``, and a facility named by a known place after its head, with a tail
adjective («مطار بغداد الدولي», ``facility_heads.csv``), is a place, head included.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...cues import Tokens, after_clitic, alternation, scan, written_at
from ...lexicons import key_set, stopwords, table
from ...normalize import MatchKey
from ..gazetteers import Entry, lexicon
from ..names import field_phase, head_surfaces
from ..numbers import feminine_ordinals
from ..spans import Spans
from .common import (_GAP, _PLACE_TYPES, _as_written, _first_word_forms, _names_present, _occurrences,
                     _quoted_name_matches, _replacing, _written_outside)


@cache
def _cued_fields() -> dict[str, Entry]:
    """``{match key: Entry}``: the fields of ``gazetteer_oil_fields.csv`` whose name alone is no field (``bare``
    empty) and that the lexicon reads as nothing else."""
    names = lexicon()
    return {name: Entry(row["canonical"], row["type"]) for row in table("gazetteer_oil_fields.csv", key="alias")
            if not row["bare"] and (name := " ".join(row["key"].split())) not in names}


@cache
def _cued_field_forms() -> frozenset[str] | None:
    """The first words of :func:`_cued_fields` and their forms behind a clitic (see :func:`_first_word_forms`)."""
    return _first_word_forms(_cued_fields())


@cache
def _field_cue() -> re.Pattern:
    cues = alternation(sorted(key_set("field_cues.csv", "cue"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وبل]|ول|وب)?(?:{cues})[ \t]+(?P<open>[(\"«“][ \t]*)?$")  # «مشروع (بدرة)»


@cache
def _field_head_bracket() -> re.Pattern:
    """A field's head (``org_patterns.csv``, type ``oil_field``: «حقل»، «حقلي») right before an opening bracket or
    quote: the name inside is the field even where it alone is a word («حقل (طقطق)»، «حقل "مجنون"»)."""
    heads = alternation(sorted(key_set("org_patterns.csv", "head", lambda row: row["type"] == "oil_field"),
                               key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وبل]|ول|وب)?(?:{heads})[ \t]*[(\"«“][ \t]*$")


_AND_GAP = re.compile(r"[ \t]+و")
_CLOSE_AFTER = re.compile(r"[ \t]*[)\"»”]")


def _fields_by_cue(mk: MatchKey, spans: list, tokens: Tokens | None = None) -> list:
    """A field whose name alone is no field («مجنون»، «بدرة») after a word for its development (``field_cues.csv``),
    bare or in brackets or quotes («مشروع (بدرة)»), joined by «و» to a field found («في بدرة وغرب القرنة»، «غرب القرنة 2 ومجنون»), or followed by its phase
    («القرنة-2»).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وقعت عقدا لتطوير مجنون وتعمل في بدرة وغرب القرنة") if m.kind == "entity"]
    ['مجنون', 'بدرة', 'غرب القرنة']
    """
    key, names = mk.key, _cued_fields()
    present = _names_present(key, tokens, names, _cued_field_forms())
    if not present:
        return []
    fields = [(start, end) for start, end, entry, _ in spans if entry.type == "oil_field"]
    taken = Spans(spans)
    found, cue = [], _field_cue()
    for name in present:
        for at in _occurrences(key, name):
            end = at + len(name)
            clitic = 1 if after_clitic(key, at, ("و", "ب", "ل")) else 0
            if end < len(key) and key[end].isalnum() or not after_clitic(key, at - clitic) or taken.overlaps(at, end):
                continue  # a word of its own, behind «و»، «ب»، «ل» or none
            listed = any(_AND_GAP.fullmatch(key[end:s]) for s, _ in fields) or clitic and key[at - 1] == "و" \
                and any(_GAP.fullmatch(key[e:at - 1]) for _, e in fields)  # «بدرة وغرب القرنة»، «… 2 ومجنون»
            phase = field_phase().match(key, end)  # «القرنة-2»: a phase number makes the short name the field's
            cued = cue.search(key[max(0, at - clitic - 16):at - clitic])
            if cued and cued.group("open") and (clitic or not _CLOSE_AFTER.match(key, end)):
                cued = None  # «مشروع (بدرة)»: a name in brackets or quotes after the cue, closed right after it
            if listed or phase or cued or not clitic and _field_head_bracket().search(key[max(0, at - 10):at]):
                found.append((at, phase.end() if phase else end, names[name], "pattern"))
    return found


@cache
def _block_pattern() -> re.Pattern:
    """A numbered oil or gas block: a head of ``data/field_blocks.csv``, then «رقم» and a number, a number, or a
    feminine ordinal («الرقعة الاستكشافية العاشرة»، «الرقعة رقم 10»، «بلوك 10»; ``data/ordinals.csv``)."""
    heads = [" ".join(row["key"].split()) for row in table("field_blocks.csv", key="head")]
    # «للرقعة الاستكشافية 12»: «لل» before a head with the article is the whole word, as «للعراق» is
    heads = alternation(heads + ["لل" + head[2:] for head in heads if head.startswith("ال")])
    feminine = alternation(feminine_ordinals())  # «الحادية عشرة»: the longest first, not «الحادية» alone
    # «البلوك الـ12»: the article glued to the number (the tatweel is gone from the match key)
    return re.compile(rf"(?<!\w)(?:و|ب|ل|وب)?(?P<name>(?:{heads})\s+(?:(?:رقم\s+|ال(?=\d))?(?P<number>\d{{1,3}})(?![\d.,])"
                      rf"|\(\s*(?P<bracketed>\d{{1,3}})\s*\)|(?P<ordinal>{feminine}))(?!\w))")  # «الرقعة الاستكشافية (12)»


def _block_matches(key: str) -> list[re.Match]:
    """Return what ``_block_pattern().finditer(key)`` yields, trying the pattern only where a block word is written.

    A block's head holds one of :func:`_block_words`, at most four characters after where the match starts (a
    clitic of up to two letters, then «ال» or «لل»): the few places ``str.find`` gives are the only ones where a
    match can start, so the engine is not started at every character of the text (a property test checks the two
    readings agree).
    """
    return list(scan(_block_pattern(), key, written_at(key, _block_words(), behind=4)))


@cache
def _block_words() -> frozenset[str]:
    """The first word of each head of ``data/field_blocks.csv`` without its article («رقعه»، «بلوك»، «منطقه»): a
    text without any of them names no block."""
    return frozenset(row["key"].split()[0].removeprefix("ال") for row in table("field_blocks.csv", key="head"))


@cache
def _quoted_block_head() -> re.Pattern:
    """The words before a quoted block name: a head of ``data/field_blocks.csv`` (after «ل» a head with the article
    as «لل»), then up to two adjectives with the article, ending at the quote («لرقعة “القرنين” الاستكشافية»،
    «للرقعة الاستكشافية “القرنين”»); searched in the few characters before each quote."""
    heads = [" ".join(row["key"].split()) for row in table("field_blocks.csv", key="head")]
    forms = heads + ["لل" + head[2:] for head in heads if head.startswith("ال")]
    return re.compile(rf"(?<!\w)(?:و|ب|ل|وب|ول)?(?:{alternation(forms)})(?:[ \t]+ال[^\W\d_]+){{0,2}}[ \t]*$")


def _blocks(key: str, spans: list) -> list:
    """Oil or gas blocks, numbered («الرقعة الاستكشافية العاشرة» → Block 10) or named in quotes after the head (the
    quoted name alone, as after «حقل»), outside the spans already found.

    >>> from analysis.normalize import match_key
    >>> [(e.canonical, e.type) for _, _, e, _ in _blocks(match_key("فاز بتطوير الرقعة الاستكشافية العاشرة").key, [])]
    [('Block 10', 'oil_field')]
    >>> [(s, e, x.type) for s, e, x, _ in _blocks(match_key("عقد لرقعة “القرنين” الاستكشافية").key, [])]
    [(11, 18, 'oil_field')]
    """
    if not any(word in key for word in _block_words()):
        return []
    taken = Spans(spans)
    found = []
    for match in _quoted_name_matches(key):
        if not _quoted_block_head().search(key, max(0, match.start() - 40), match.start()):
            continue
        start, end = match.span("name")
        if not taken.overlaps(start, end) or any(s == start and e == end and entry.type in _PLACE_TYPES
                                                 for s, e, entry, _ in spans):  # «رقعة "السماوة"»: a block's name
            found.append((start, end, Entry(match.group("name"), "oil_field"), "pattern"))
    if found:
        taken = Spans(spans + found)
    for match in _block_matches(key):
        start, end = match.span("name")
        if taken.overlaps(start, end):
            continue
        digits = match.group("number") or match.group("bracketed")
        number = int(digits) if digits else feminine_ordinals()[" ".join(match.group("ordinal").split())]
        found.append((start, end, Entry(f"Block {number}", "oil_field"), "pattern"))
    return found


@lru_cache(maxsize=256)
def _field_names_pattern(fields: str, unquoted: str) -> re.Pattern:
    """The pattern of a text's field names met again, quoted (``name``) or not (``plain``), compiled once per set."""
    return re.compile(rf"[\"«“][ \t]*(?P<name>{fields})[ \t]*(?=[\"»”]){unquoted}")


def _fields_again(mk: MatchKey, spans: list) -> list:
    """A field found after its head («حقل "بدرة"»، «حقلي بدرة وسرقلا») is the same field where the text quotes its
    name again without the head («مشروعي "بدرة" و"سرقلا"»), or names it again unquoted when the name has two words
    or the article («الأحدب»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract('في مشروع "بدرة" ثم في حقل بدرة') if m.kind == "entity"]
    [('بدرة', 'oil_field'), ('حقل بدرة', 'oil_field')]
    """
    key, surfaces = mk.key, head_surfaces()
    names = set()
    for start, end, entry, found_by in spans:
        if entry.type == "oil_field" and found_by == "pattern":
            words = key[start:end].split()
            if words[0] in surfaces and len(words) > 1:
                words = words[1:]  # «حقل بدرة» → «بدرة»
            names.add(" ".join(words))
    taken = Spans(spans)
    if not _written_outside(key, taken, names):
        return []  # no field, or each only where it was read: no pattern to compile
    fields = alternation(sorted(names))
    # unquoted, a name of two words or one with the article («الأحدب»), behind «و» or none: «بدرة» alone is a town
    plain = [name for name in names if " " in name or name.startswith("ال") and len(name) >= 5
             and name not in stopwords()]
    unquoted = rf"|(?<![^\W\d_])و?(?P<plain>{alternation(sorted(plain))})(?![^\W\d_])" if plain else ""
    pattern = _field_names_pattern(fields, unquoted)
    found = []
    for match in pattern.finditer(key):
        group = "name" if match.group("name") else "plain"
        start, end = match.span(group)
        if not taken.overlaps(start, end):
            found.append((start, end, Entry(_as_written(mk, start, end), "oil_field"), "pattern"))
    return found


@cache
def _facility_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The heads and tails of ``data/facility_heads.csv`` as match keys."""
    return (key_set("facility_heads.csv", "word", lambda row: row["part"] == "head"),
            key_set("facility_heads.csv", "word", lambda row: row["part"] == "tail"))


@cache
def _unmarked_facility_heads() -> frozenset[str]:
    """The heads of streets and buildings of ``data/facility_heads.csv`` (part ``within``): a place after them is
    inside the street's or building's name and names no place."""
    return key_set("facility_heads.csv", "word", lambda row: row["part"] == "within")


def _facilities(mk: MatchKey, spans: list) -> list:
    """A facility named by a known place after its head, with a tail adjective if one follows («مطار بغداد الدولي»):
    one place of its own, head included, the place inside it not marked.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وصل إلى مطار بغداد الدولي فجرا") if m.kind == "entity"]
    [('مطار بغداد الدولي', 'region')]
    """
    key, (heads, tails) = mk.key, _facility_parts()
    places = {start: (end, entry) for start, end, entry, _ in spans if entry.type in _PLACE_TYPES and not entry.demonym}
    found, within = [], set()
    for head in _unmarked_facility_heads():
        for at in _occurrences(key, head):  # «في شارع فلسطين»، «في قصر بغداد»: the place names the street, no place
            if after_clitic(key, at, ("", "و", "ب", "ل")) and (gap := _GAP.match(key, at + len(head))) \
                    and gap.end() in places:
                within.add(gap.end())
    if within:
        spans = [item for item in spans if not (item[0] in within and item[2].type in _PLACE_TYPES
                                               and not item[2].demonym)]
    for head in heads:
        for at in _occurrences(key, head):
            gap = _GAP.match(key, at + len(head))
            if not after_clitic(key, at, ("", "و", "ب", "ل", "وب", "ول")) or not gap or gap.end() not in places:
                continue
            end = places[gap.end()][0]
            tail = _GAP.match(key, end)
            word = next((w for w in tails if tail and key.startswith(w, tail.end())
                         and not key[tail.end() + len(w):tail.end() + len(w) + 1].isalnum()), None)
            if word:
                end = tail.end() + len(word)
            found.append((at, end, Entry(_as_written(mk, at, end), "region"), "pattern"))
    return _replacing(spans, found)

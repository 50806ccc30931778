"""Names beyond the lexicon, found by their context: titles, speech verbs, name shapes, patterns, acronyms.

A false name is worse than a missed one, so each rule asks for two kinds of
evidence, and every word list is data (``src/analysis/data/``):

- **title** (``person_titles.csv``): a title or role, its complement, then a
  name that starts with a given name (``given_names.csv``) or has the shape of
  a transliterated Russian surname (``name_shapes.csv``): «وزير النفط إحسان
  عبد الجبار»، «السفير الروسي في بغداد إلبروس كوتراشيف»;
- **speech**: a speech verb (``speech_cues.csv``) then such a name: «وقال
  ألكسندر نوفاك»;
- **shape**: a given name followed by a surname of Russian shape, or two
  unambiguous given names and a surname, with no context at all;
- **pattern** (``org_patterns.csv``): a head noun and a foreign name after it
  («صحيفة كوميرسانت»، «حقل مجنون»), and Latin acronyms («OPEC», not those in
  ``not_acronyms.csv`` or ISO currency codes).

Each candidate is a :class:`Found` with ``found_by`` set to the rule.

>>> [(f.text, f.type, f.found_by) for f in find_names(match_key("وقال المتحدث باسم الكرملين دميتري بيسكوف إن"))]
[('دميتري بيسكوف', 'person', 'title')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import stopwords, table
from ..normalize import MatchKey, match_key

_WORD = re.compile(r"\w+")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Found:
    """A name found by context: key span, what it is, and the rule that found it."""

    start: int
    end: int
    text: str
    type: str
    found_by: str


@cache
def _phrases(name: str, column: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index the phrases of a data table by first word: ``{first word: (phrase words, …) longest first}``."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for row in table(name, key=column):
        words = tuple(row["key"].split())
        index.setdefault(words[0], []).append(words)
    return {word: tuple(sorted(set(p), key=len, reverse=True)) for word, p in index.items()}


@cache
def given_names() -> dict[str, bool]:
    """Return ``{match key: ambiguous}`` for given names; ambiguous ones are also common words («صالح»)."""
    return {row["key"]: row["ambiguous"] == "yes" for row in table("given_names.csv", key="name")}


@cache
def _shape() -> re.Pattern:
    endings = sorted((row["key"] for row in table("name_shapes.csv", key="ending")), key=len, reverse=True)
    return re.compile(rf"[^\W\d_]{{2,}}(?:{'|'.join(map(re.escape, endings))})")


@cache
def _speech_verbs() -> frozenset[str]:
    verbs = {row["key"] for row in table("speech_cues.csv", key="cue") if " " not in row["key"]}
    return frozenset(p + v for v in verbs for p in ("", "و", "ف"))


@cache
def _org_heads() -> dict[str, str]:
    return {row["key"]: row["type"] for row in table("org_patterns.csv", key="head")}


@cache
def _not_acronyms() -> frozenset[str]:
    from .amounts import _current_codes

    return frozenset({row["acronym"].upper() for row in table("not_acronyms.csv")} | set(_current_codes()))


def _is_shape(word: str) -> bool:
    return not word.startswith("ال") and len(word) >= 5 and bool(_shape().fullmatch(word))


class _Text:
    """The tokens of a match key with the tests the rules need."""

    def __init__(self, mk: MatchKey, taken: list[tuple[int, int]]) -> None:
        self.mk, self.key = mk, mk.key
        self.tokens = list(_WORD.finditer(self.key))
        self.words = [t.group() for t in self.tokens]
        taken_positions = set()
        for start, end in taken:
            taken_positions.update(range(start, end))
        self.taken = [t.start() in taken_positions or t.end() - 1 in taken_positions for t in self.tokens]
        self.stop = stopwords()

    def joined(self, i: int) -> bool:
        """Tell whether token *i* and the next are separated by spaces only (same phrase)."""
        return i + 1 < len(self.tokens) and bool(_SPACE.fullmatch(self.key, self.tokens[i].end(),
                                                                     self.tokens[i + 1].start()))

    def raw(self, i: int) -> str:
        start, end = self.mk.raw_span(self.tokens[i].start(), self.tokens[i].end())
        return self.mk.raw[start:end]

    def phrase_at(self, i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[int, int] | None:
        """Match a phrase of *index* at token *i* (a proclitic allowed); return ``(last token, clitic length)``."""
        word = self.words[i]
        for proclitic in _PROCLITICS:
            if not word.startswith(proclitic):
                continue
            first = word[len(proclitic):]
            forms = [first] + (["ال" + first[1:]] if proclitic == "ل" and first.startswith("ل") else [])
            for form in forms:
                for phrase in index.get(form, ()):
                    last = i + len(phrase) - 1
                    if last < len(self.words) and all(self.joined(j) for j in range(i, last)) and \
                            tuple(self.words[i + 1:last + 1]) == phrase[1:]:
                        return last, len(proclitic)
        return None

    def given(self, i: int) -> bool | None:
        """``True``/``False`` for an unambiguous/ambiguous given name at token *i*, ``None`` for none."""
        word = self.words[i]
        if word not in given_names() or self.raw(i).endswith("ى"):  # «على» is not «علي»
            return None
        return not given_names()[word]

    def namelike(self, i: int) -> bool:
        word = self.words[i]
        return (i < len(self.words) and not self.taken[i] and word not in self.stop and not word.isdigit()
                and not word.isascii() and len(word) >= 2 and word not in _speech_verbs()
                and self.phrase_at(i, _phrases("person_titles.csv", "title")) is None
                and word not in _org_heads())


def _read_name(text: _Text, i: int, context: bool) -> int | None:
    """Read a person's name starting at token *i*; return its last token, or None."""
    words, n = text.words, len(text.words)
    if i >= n or text.taken[i]:
        return None
    given = text.given(i)
    if words[i] in ("عبد", "ابو") and i + 1 < n and text.joined(i) and words[i + 1].startswith("ال"):
        given, last = True, i + 1  # «عبد الجبار» is one given name
    elif given is not None or (context and _is_shape(words[i]) and text.namelike(i)):
        last = i
    else:
        return None
    if given is False and not context:
        return None
    count = 0
    while count < 3 and text.joined(last) and last + 1 < n and text.namelike(last + 1):
        following = words[last + 1]
        if following.startswith("ال"):
            if not context:
                break
            last += 1  # «محمد شياع السوداني»: a family name with the article ends the name
            break
        if following in ("عبد", "ابو", "بن") and last + 2 < n and text.joined(last + 1):
            last += 2
        else:
            last += 1
        count += 1
    length = last - i + 1
    shaped = any(_is_shape(w) for w in words[i:last + 1])
    if length == 1 and not (context and shaped):
        return None
    if not context and not shaped and not (given and length >= 3):
        return None
    return last


def _complement_end(text: _Text, j: int) -> int:
    """Skip the complement of a title («الخارجية العراقي»، «باسم الكرملين»، «شركة روسنفت»); return the next token."""
    words, n, k = text.words, len(text.words), j
    while k < n and k - j < 6 and text.joined(k - 1):
        word = words[k]
        if text.given(k) is True or (_is_shape(word) and not text.taken[k]):
            break
        if word.startswith("ال") or word.startswith("لل") or text.taken[k] or word in ("في", "لدي", "باسم") \
                or word in _org_heads():
            k += 1
            continue
        if k > j and words[k - 1] in _org_heads():  # the company's own name
            k += 1
            continue
        break
    return k


def _persons(text: _Text) -> list[tuple[int, int, str]]:
    titles = _phrases("person_titles.csv", "title")
    found, i, n = [], 0, len(text.words)
    while i < n:
        hit = text.phrase_at(i, titles)
        rule, start = None, None
        if hit:
            start, rule = _complement_end(text, hit[0] + 1), "title"
        elif text.words[i] in _speech_verbs() and text.joined(i):
            start, rule = i + 1, "speech"
        if rule and start < n and (start == 0 or text.joined(start - 1)):
            last = _read_name(text, start, context=True)
            if last is not None:
                found.append((start, last, rule))
                i = last + 1
                continue
        if text.given(i) is True:
            last = _read_name(text, i, context=False)
            if last is not None:
                found.append((i, last, "shape"))
                i = last + 1
                continue
        i += 1
    return found


def _organisations(text: _Text) -> list[tuple[int, int, str, str]]:
    heads, words, n = _org_heads(), text.words, len(text.words)
    found = []
    for i, word in enumerate(words):
        head = next((word[len(p):] for p in _PROCLITICS if word.startswith(p) and word[len(p):] in heads), None)
        if head is None or text.taken[i] or not text.joined(i):
            continue
        last = i
        while last + 1 < n and last - i < 3 and text.namelike(last + 1) and not words[last + 1].startswith("ال") \
                and text.given(last + 1) is None:
            last += 1
            if not text.joined(last):
                break
        if last == i:
            continue
        if heads[head] == "oil_field" and text.joined(last) and last + 1 < n and words[last + 1].isdigit():
            last += 1  # «غرب القرنة 2»
        found.append((i, last, heads[head], "pattern"))
    return found


_ACRONYM = re.compile(r"(?<![a-z0-9_-])[a-z][a-z&]{1,6}(?![\w-])")


def _acronyms(mk: MatchKey) -> list[Found]:
    """Latin acronyms («OPEC»، «NATO»): upper case in the raw text, not a currency code or a common abbreviation."""
    found = []
    for match in _ACRONYM.finditer(mk.key):
        start, end = mk.raw_span(match.start(), match.end())
        raw = mk.raw[start:end]
        if raw.isupper() and raw.isascii() and raw not in _not_acronyms():
            found.append(Found(match.start(), match.end(), match.group(), "organization", "pattern"))
    return found


def find_names(mk: MatchKey, taken: list[tuple[int, int]] = ()) -> list[Found]:
    """Return the names of a match key found by context, outside the key spans *taken* by the lexicon."""
    text = _Text(mk, list(taken))
    found = []
    for first, last, rule in _persons(text):
        start, end = text.tokens[first].start(), text.tokens[last].end()
        found.append(Found(start, end, mk.key[start:end], "person", rule))
    persons = [(f.start, f.end) for f in found]
    for first, last, kind, rule in _organisations(text):
        start, end = text.tokens[first].start(), text.tokens[last].end()
        if not any(s < end and start < e for s, e in persons):
            found.append(Found(start, end, mk.key[start:end], kind, rule))
    claimed = found + [Found(s, e, "", "", "") for s, e in taken]
    found += [a for a in _acronyms(mk) if not any(c.start < a.end and a.start < c.end for c in claimed)]
    return sorted(found, key=lambda f: f.start)


def extract_names(text: str) -> list[Found]:
    """Return the names of *text* found by context (key spans; see :func:`find_names`)."""
    return find_names(match_key(text))

"""What rules of several modules share: the raw words of a span, a head noun behind a proclitic, where a
word or a quoted name occurs, the gates on names a text holds, and a description before a name.

Nothing here finds an entity: these are the small readings of a key the rules of :mod:`.places`,
:mod:`.organisations`, :mod:`.outlets`, :mod:`.fields`, :mod:`.people` and :mod:`.known` have in common.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from ...cues import PROCLITICS, Tokens, scan, written_at
from ...normalize import MatchKey, remove_diacritics, remove_tatweel
from ..names import _org_heads
from ..spans import Spans


def _first_word_forms(names: Iterable[str]) -> frozenset[str] | None:
    """The first words of *names*, alone and behind «و»، «ب» or «ل»: where a rule reads such a name only standing
    alone (after at most one of those letters), one of them is a word of the text. None if a name holds a character
    that is no word character, which a word of the text could not hold."""
    names = list(names)
    if not all(_WORDS_AND_SPACES.fullmatch(name) for name in names):
        return None
    firsts = {name.split(" ")[0] for name in names}
    return frozenset(firsts | {clitic + first for first in firsts for clitic in "وبل"})


_WORDS_AND_SPACES = re.compile(r"\w+(?: \w+)*")


def _names_present(key: str, tokens: Tokens | None, names: Iterable[str], forms: frozenset[str] | None) -> list[str]:
    """Return the *names* that the key holds, in their order, leaving out some that cannot stand alone there.

    With the key's words at hand, only the names whose first word is a word of the text (behind at most one of
    «و»، «ب»، «ل»; *forms*, from :func:`_first_word_forms`, one of the trigger vocabularies) are looked for: a
    name elsewhere is inside a longer word, which the rules that call this pass over. A key with «_», a word
    character that is no letter or digit, is searched for every name (the plain reading; property tests check
    that the rules read the same either way).
    """
    if tokens is None or forms is None or "_" in key:
        return [name for name in names if name in key]
    words = tokens.words
    firsts = {words[i] for i in tokens.where(forms)}
    firsts |= {word[1:] for word in firsts}
    return [name for name in names if name.split(" ", 1)[0] in firsts and name in key]


_PLACE_TYPES = frozenset({"country", "city", "region"})


_QUOTED_NAME = re.compile(r"[\"«“][ \t]*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*[\"»”]")
_OPENING_QUOTES = ('"', "«", "“")  # what _QUOTED_NAME and _QUOTE_OPENS start with


def _quoted_name_matches(key: str) -> list[re.Match]:
    """Return what ``_QUOTED_NAME.finditer(key)`` yields, trying the pattern only where an opening quote is written
    (``str.find``), not at every character of the key."""
    return list(scan(_QUOTED_NAME, key, written_at(key, _OPENING_QUOTES)))


def _described_before(key: str, spans: list, gap: re.Pattern, describes: Callable[[tuple], bool],
                      named: Callable[[tuple, tuple], bool]) -> set[int]:
    """Return the indices of the organisations in *spans* that describe the organisation right after them: a span
    *describes* accepts, then *gap* (a quote, spaces), then an organisation's span that *named* accepts of the two
    (``named(description, name)``). The four rules that drop a description before its name differ only there."""
    names = {item[0]: item for item in spans if item[2].type == "organization"}
    described = set()
    for k, item in enumerate(spans):
        if item[2].type != "organization" or not describes(item):
            continue
        after = gap.match(key, item[1])
        if after and (name := names.get(after.end())) is not None and named(item, name):
            described.add(k)
    return described


def _written_outside(key: str, taken: Spans, names: Iterable[str]) -> bool:
    """Whether the first word of one of *names* is written somewhere in *key* outside the *taken* spans.

    The rules that read a text's names again compile a pattern of those names per text, which a corpus whose texts
    name different bodies pays on nearly every text (some 250 µs a compile); a match they keep starts with a name's
    first word outside every span read already, so without one there is nothing to compile.
    """
    for name in names:
        first = name.split()[0]
        at = key.find(first)
        while at != -1:
            if not taken.overlaps(at, at + len(first)):
                return True
            at = key.find(first, at + 1)
    return False


_OPENING_QUOTE = re.compile(r"[\"«“][ \t]*$")


_PLAIN_TYPES = frozenset({"country", "city", "region", "group", "law"})  # no suffix or given name to read


def _occurrences(key: str, word: str) -> list[int]:
    """Where *word* occurs in *key* (found by ``str.find``, in C)."""
    found, at = [], key.find(word)
    while at != -1:
        found.append(at)
        at = key.find(word, at + len(word))
    return found


_GAP = re.compile(r"[ \t]+")


def _strip_proclitic(word: str, heads: frozenset[str]) -> str | None:
    """The head noun a word is, with or without a proclitic («ولوكالة» → «وكالة»), or None."""
    for clitic in ("", "و", "ف", "ب", "ل", "ول", "وب"):
        if word.startswith(clitic) and word[len(clitic):] in heads:
            return word[len(clitic):]
    return None


def _as_written(mk: MatchKey, start: int, end: int) -> str:
    """The raw words of a key span, without diacritics or tatweel and without a conjunction or preposition glued to
    a head noun that opens it (:func:`_head_forms`): the name of an entity not in the lexicon.

    The span keeps «لل» before a head with the article, as «للعراق» (the corpus guide); the name is the head's
    («للسفارة الروسية» → «السفارة الروسية»), as the corpus guide wants a value «without clitics».

    >>> from analysis.normalize import match_key
    >>> mk = match_key("المستشار الاقتصادي للسفارة الروسية ثم للجنة المشتركة")
    >>> _as_written(mk, 19, 34), _as_written(mk, 38, 52)
    ('السفارة الروسية', 'اللجنة المشتركة')
    """
    first = _FIRST_WORD.match(mk.key, start, end)
    clitic, dropped = _head_forms().get(first.group(), _NO_CLITIC) if first is not None else _NO_CLITIC
    raw_start, raw_end = mk.raw_span(start + clitic, end)
    return dropped + " ".join(remove_tatweel(remove_diacritics(mk.raw[raw_start:raw_end])).split())


_FIRST_WORD = re.compile(r"\w+")
_NO_CLITIC = (0, "")


@cache
def _head_forms() -> dict[str, tuple[int, str]]:
    """Map the written forms of the head nouns of ``data/org_patterns.csv`` behind a proclitic
    (:data:`analysis.cues.PROCLITICS`) to the length of the clitic and the letters of the head's article the
    writing dropped: «والسفاره» → (1, ""); «للسفاره» → (1, "ا"), «ل» before «السفاره»; «للجنه» → (1, "ال"), «ل»
    before «اللجنه», its article's lam dropped too.

    The forms are generated from the heads, as :class:`analysis.cues.Lexicon` generates a name's: a word that is a
    head itself, or no head behind a proclitic, is none of them («لجنه»، «بغداد»، «لبنان»). «لل» before a word is
    read as «ل» before the head with the article («للجنه» is not «ل» + «لجنه»): a span keeps «لل» only there.

    >>> forms = _head_forms()
    >>> forms["للسفاره"], forms["وللجنه"], forms["والحكومه"], "لجنه" in forms, "بغداد" in forms
    ((1, 'ا'), (2, 'ال'), (1, ''), False, False)
    """
    heads, forms = _org_heads(), {}
    for head in heads:
        for proclitic in PROCLITICS:
            forms.setdefault(proclitic + head, (len(proclitic), ""))
    for head in heads:
        if head.startswith("ال") and len(head) > 3:
            dropped = "ال" if head.startswith("الل") else "ا"
            for conjunction in ("", "و", "ف"):
                forms[conjunction + "ل" + head[len(dropped):]] = (len(conjunction) + 1, dropped)
    return {form: reading for form, reading in forms.items() if form not in heads}


def _replacing(spans: list, found: list) -> list:
    """*spans* less those that overlap a span of *found*, then *found*: what a rule reads over a span read before
    takes its place (the spans a rule adds, in the shape every rule returns)."""
    if not found:
        return spans
    inside = Spans(found)
    return [item for item in spans if not inside.overlaps(item[0], item[1])] + found

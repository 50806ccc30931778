"""One tokenisation of a match key, shared by every recogniser, and cue lexicons compiled once against it.

Extraction used to let each recogniser scan the whole text again with its own
regex. Here the key is split into words once, in C (``re.split`` and
``itertools.accumulate``), and a recogniser asks only for the positions of the
words that can start what it looks for: :meth:`Tokens.where` picks them with
``itertools.compress``, so no Python code runs per word of the text.

A :class:`Lexicon` compiles a list of phrases (match keys, several words
allowed) with their clitic-bearing written forms («والعراق»، «للعراق») into one
index once; :meth:`Lexicon.find` returns every phrase of a text with its span.

The cue lexicons of the topics and of event typing (stems that may run into the
rest of a word, gaps of a few words, a condition on the next word) compile into
a :class:`Cues` matcher, and every regex alternation made from a word list,
there or in the grammars of dates, numbers and amounts, is built by
:func:`alternation`: no other module turns a word list into a regex.

>>> tokens = Tokens("وصل الوفد إلى بغداد، ثم غادر.")
>>> tokens.words, tokens.starts, tokens.ends
(['وصل', 'الوفد', 'إلى', 'بغداد', 'ثم', 'غادر'], [0, 4, 10, 14, 21, 24], [3, 9, 13, 19, 23, 28])
>>> tokens.where({"بغداد", "غادر"})
[3, 5]
>>> [(m.start, m.end, m.phrase) for m in Lexicon(["بغداد", "الوفد"]).find(Tokens("ولبغداد وللوفد"))]
[(2, 7, 'بغداد'), (9, 14, 'الوفد')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from itertools import accumulate, compress
from operator import itemgetter, not_
from string import ascii_letters
from typing import NamedTuple

import numpy as np

_SPLIT = re.compile(r"(\w+)")


def _char_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per Basic Multilingual Plane code point: a ``\\w`` character (as the regex engine itself reads it), a
    ``\\w`` character that is not a letter (a digit, «_», «²»), and a Latin letter A–Z or a–z."""
    every = "".join(map(chr, range(0x10000)))
    word = np.zeros(0x10000, dtype=bool)
    word[[found.start() for found in re.finditer(r"\w", every)]] = True
    not_letter = word & ~np.fromiter(map(str.isalpha, every), dtype=bool, count=0x10000)
    latin = np.zeros(0x10000, dtype=bool)
    latin[[ord(char) for char in ascii_letters]] = True
    return word, not_letter, latin


_WORD_CHAR, _NOT_LETTER, _LATIN_CHAR = _char_tables()
_SURROGATE = np.zeros(0x10000, dtype=bool)  # a UTF-16 code unit that is half of a character beyond the BMP
_SURROGATE[0xD800:0xE000] = True
# the four tables as bits of one, so one look-up per character (``take``, the fast path of numpy's indexing) reads all
_WORD_BIT, _NOT_LETTER_BIT, _LATIN_BIT, _SURROGATE_BIT = 1, 2, 4, 8
_FLAGS = (_WORD_CHAR * _WORD_BIT | _NOT_LETTER * _NOT_LETTER_BIT | _LATIN_CHAR * _LATIN_BIT
          | _SURROGATE * _SURROGATE_BIT).astype(np.uint8)

_MARK = "\uffff"  # a noncharacter: never in a text, and if it is, the gaps are cut one by one
_SPACE = re.compile(r"[ \t\u00a0]+")
_LATIN = frozenset(ascii_letters)

# Proclitics a word may carry in writing: conjunction, preposition, or both.
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


class AtWordStart:
    """A pattern read only where a word starts, bare or behind one of *clitics* (by default «و»، «ب»، «ل»، «ف»، «وب»
    and «ول»): the matches of ``(?<!\\w)(?:[وبلف]|وب|ول)?`` and *core* (the groups are the core's; with
    *letters_only*, ``(?<![^\\W\\d_])``: no letter before it, a digit may be), found by searching for the core alone
    and checking the characters before it. A pattern that opens with a look-behind and an optional letter is tried at
    every character of the text; the core alone lets the regex engine skip to the letters a match can start with (a
    fifth of the time or less on the bench's texts). ``tests/test_properties.py`` checks it against the plain pattern.

    >>> [m.group() for m in AtWordStart("بلدة").finditer("وبلدة ابلدة بلدة")]
    ['بلدة', 'بلدة']

    With *first_words*, the words a match of the core opens with (a whole word of the text once its clitic is left
    out, as a head before ``[ \t]+``), the words of the text that are one of them behind a clitic (:attr:`triggers`,
    a vocabulary for the shared trigger pass) tell where a match can start: given the text's :class:`Tokens`, the
    core is tried there alone (see :func:`scan`), not searched for along the whole text.

    >>> heads = AtWordStart(r"(?:بلدة|قرية)[ \t]+(?P<name>ال\w+)", first_words=["بلدة", "قرية"])
    >>> [m.group("name") for m in heads.finditer("في وبلدة القائم ابلدة الرطبة", Tokens("في وبلدة القائم ابلدة الرطبة"))]
    ['القائم']
    """

    __slots__ = ("core", "clitics", "letters_only", "first_words", "triggers")
    CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول")

    def __init__(self, core: str, clitics: tuple[str, ...] = CLITICS, letters_only: bool = False,
                 first_words: Iterable[str] | None = None) -> None:
        self.core, self.clitics, self.letters_only = re.compile(core), clitics, letters_only
        self.first_words = frozenset(first_words) if first_words is not None and not letters_only else None
        self.triggers = frozenset(clitic + word for clitic in clitics for word in self.first_words) \
            if self.first_words is not None else None  # (a digit may stand before a core read *letters_only*)

    def finditer(self, key: str, tokens: Tokens | None = None) -> Iterator[re.Match]:
        if tokens is not None and self.triggers is not None:  # where a word of :attr:`triggers` starts, behind
            # its clitic: there alone a match can start, and its clitic stands after no word character
            starts = sorted({tokens.starts[i] + len(clitic) for i in tokens.where(self.triggers)
                             for clitic in self.clitics if tokens.words[i].startswith(clitic)
                             and tokens.words[i][len(clitic):] in self.first_words})
            yield from scan(self.core, key, [(start, start + 1) for start in starts])
            return
        search, at, inside = self.core.search, 0, is_letter if self.letters_only else is_word_character
        while match := search(key, at):
            start = match.start()
            if any(start >= len(clitic) and key.startswith(clitic, start - len(clitic))
                   and not (start > len(clitic) and inside(key[start - len(clitic) - 1])) for clitic in self.clitics):
                yield match
                at = max(match.end(), start + 1)
            else:
                at = start + 1


def is_word_character(char: str) -> bool:
    """Whether *char* is a ``\\w`` character: a letter, a digit or «_»."""
    return char.isalnum() or char == "_"


def word_before(text: str, start: int, reach: int) -> tuple[str | None, int]:
    r"""Return the word that ends, before spaces or tabs, right before *start*, within the *reach* characters before
    it (cut there if it is longer), and where it starts; ``(None, -1)`` if there is none.

    What ``re.compile(r"(\w+)[ \t]+$").search(text, start - reach, start)`` reads (a property test checks it), by a
    few character tests from *start* back instead of the engine trying a match at each position of the window. As
    there, «$» also matches before a line break that ends the window.

    >>> word_before("قال خالد  الحلبوسي", 10, 30), word_before("قال خالد", 4, 2), word_before("في روسيا", 0, 30)
    (('خالد', 4), ('ل', 2), (None, -1))
    >>> word_before("خالد \nالحلبوسي", 6, 30)
    ('خالد', 0)
    """
    low = start - reach if start > reach else 0
    stop = start - 1 if start > low and text[start - 1] == "\n" else start  # «$» also matches before a last «\n»
    end = stop
    while end > low and text[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > low and is_word_character(text[begin - 1]):  # what the engine's \w reads
        begin -= 1
    if end == stop or begin == end:
        return None, -1  # no space before *start*, or no word before the space
    return text[begin:end], begin


def is_letter(char: str) -> bool:
    """Whether *char* is a ``[^\\W\\d_]`` character: a word character that is no decimal digit and no «_»."""
    return char.isalnum() and not char.isdecimal()


def after_clitic(text: str, start: int, clitics: Iterable[str] = ("",)) -> bool:
    """Whether a word starts at *start* behind one of *clitics* («""» for none): the clitic written right before
    *start*, and no letter or digit (``str.isalnum``: «_» is none) right before the clitic.

    >>> [after_clitic("وبلدة ابلدة", at, ("", "و")) for at in (0, 1, 2, 7)]
    [True, True, False, False]
    """
    return any(start >= len(clitic) and text.startswith(clitic, start - len(clitic))
               and (start == len(clitic) or not text[start - len(clitic) - 1].isalnum()) for clitic in clitics)


class Tokens:
    """The ``\\w+`` words of a (match-key) string with their spans and the gaps between them.

    ``gaps[i]`` is the text before word ``i``; ``gaps[-1]`` the text after the last word.
    """

    __slots__ = ("key", "words", "gaps", "starts", "ends", "_digits", "_latin", "_found", "_lengths", "_any_latin")

    def __init__(self, key: str) -> None:
        self.key = key
        self._digits: list[int] | None = None
        self._latin: list[int] | None = None
        self._found: dict[int, list[int]] = {}  # per narrowed vocabulary (by identity), the indices of its words
        self._lengths: np.ndarray | None = None  # the words' lengths, for :meth:`longer_than`
        self._any_latin: bool | None = None  # whether a Latin letter stands anywhere, for :meth:`holds_latin`
        # two bytes a character: UTF-16 code units are the code points when the text stays in the BMP
        codes = np.frombuffer(key.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
        flags = _FLAGS.take(codes)
        if (flags & _SURROGATE_BIT).any():  # beyond the tables: split by the regex, word by word
            parts = _SPLIT.split(key)
            self.words: list[str] = parts[1::2]
            self.gaps: list[str] = parts[0::2]
            bounds = list(accumulate(map(len, parts)))
            self.starts: list[int] = bounds[0:-1:2]
            self.ends: list[int] = bounds[1::2]
            return
        # the spans, the words with a digit and those ending in a Latin letter, from tables in C: no Python per word
        word = np.zeros(codes.size + 2, dtype=bool)  # a position before and after the text, never in a word
        word[1:-1] = flags & _WORD_BIT
        edges = np.flatnonzero(word[1:] != word[:-1])  # where a word starts, then where it ends, in turn
        word = word[1:-1]
        starts, ends = edges[0::2], edges[1::2]
        self.starts, self.ends = starts.tolist(), ends.tolist()
        self._lengths = ends - starts
        self._any_latin = bool((flags & _LATIN_BIT).any())
        # the words and the gaps cut at those spans (what ``re.split`` gives), by ``str.split`` in C, no Python per
        # word: the words are what stays when every other character becomes a space (no ``\w`` character is white
        # space); the gaps, what stays when each word shrinks to one mark that the key does not hold
        self.words = np.where(word, codes, 0x20).astype(np.uint16).tobytes().decode("utf-16-le").split()
        if _MARK in key:
            self.gaps = [key[end:start] for end, start in zip([0, *self.ends], [*self.starts, len(key)])]
        else:
            marked = codes.copy()
            marked[starts] = ord(_MARK)
            word[starts] = False
            self.gaps = marked[~word].tobytes().decode("utf-16-le").split(_MARK)
        holding = np.searchsorted(ends, np.flatnonzero(flags & _NOT_LETTER_BIT), side="right")  # each digit's word
        first = np.ones(holding.size, dtype=bool)
        first[1:] = holding[1:] != holding[:-1]  # in text order: the first digit of each word
        self._digits = holding[first].tolist()
        self._latin = np.flatnonzero(flags.take(ends - 1) & _LATIN_BIT).tolist() if ends.size else []

    def __len__(self) -> int:
        return len(self.words)

    def where(self, vocabulary: Collection[str]) -> list[int]:
        """Return the indices of the words that are in *vocabulary* (a set or dict), in text order."""
        found = self._found.get(id(vocabulary))
        if found is not None:  # one of the vocabularies of :meth:`narrow`: found already
            return list(found)
        return list(compress(range(len(self.words)), map(vocabulary.__contains__, self.words)))

    def longer_than(self, length: int) -> list[int]:
        """Return the indices of the words of more than *length* characters, in text order (from the words' spans,
        in numpy: no Python per word, for the rules that read only long words, such as two names glued into one).

        >>> Tokens("وصل الوفد الروسي إلى بغداد").longer_than(4)
        [1, 2, 4]
        """
        if self._lengths is None:  # a text beyond the Basic Multilingual Plane, split by the regex
            self._lengths = np.array(list(map(len, self.words)), dtype=np.int64)
        return np.flatnonzero(self._lengths > length).tolist()

    def holds_latin(self) -> bool:
        """Tell whether a Latin letter (A–Z, a–z) stands anywhere in the key (from the character table, in numpy).

        >>> Tokens("منظومة S-400").holds_latin(), Tokens("منظومة إس 400").holds_latin()
        (True, False)
        """
        if self._any_latin is None:  # a text beyond the Basic Multilingual Plane
            self._any_latin = any(char in _LATIN for char in self.key)
        return self._any_latin

    def narrow(self, vocabularies: "Vocabularies") -> None:
        """Find once the words that are in any of *vocabularies*; :meth:`where` then looks at those alone.

        Every recogniser asks :meth:`where` for its trigger words; one pass over the text for all of them costs
        less than one pass each.

        >>> tokens = Tokens("زار الوفد بغداد ثم غادر")
        >>> first, second = frozenset({"بغداد"}), frozenset({"غادر", "زار"})
        >>> tokens.narrow(Vocabularies([first, second]))
        >>> tokens.where(first), tokens.where(second), tokens.where({"الوفد"})
        ([2], [0, 4], [1])
        """
        found: list[list[int]] = [[] for _ in vocabularies.vocabularies]
        memberships = list(map(vocabularies.members.get, self.words))  # one look-up per word, in C
        for i in compress(range(len(memberships)), memberships):
            for which in memberships[i]:
                found[which].append(i)
        self._found = dict(zip(vocabularies.ids, found))

    def with_digits(self) -> list[int]:
        """Return the indices of the words that hold a digit (or an underscore): all but pure letters."""
        if self._digits is None:  # asked for by several recognisers: computed once
            self._digits = list(compress(range(len(self.words)), map(not_, map(str.isalpha, self.words))))
        return self._digits

    def latin_end(self) -> list[int]:
        """Return the indices of the words that end in a Latin letter («NATO», «وNATO»)."""
        if self._latin is None:
            last_letters = map(itemgetter(-1), self.words)
            self._latin = list(compress(range(len(self.words)), map(_LATIN.__contains__, last_letters)))
        return self._latin

    def joined(self, i: int) -> bool:
        """Tell whether word *i* and the next are separated by spaces or tabs only (one phrase)."""
        if i + 1 >= len(self.words):
            return False
        gap = self.gaps[i + 1]
        return gap == " " or bool(_SPACE.fullmatch(gap))


class Vocabularies:
    """Several trigger vocabularies and their union, for :meth:`Tokens.narrow`; built once, kept alive (the
    vocabularies are recognised by identity, so they must outlive every use)."""

    def __init__(self, vocabularies: Iterable[Collection[str]]) -> None:
        self.vocabularies = tuple(vocabularies)
        self.ids = tuple(map(id, self.vocabularies))
        self.members: dict[str, tuple[int, ...]] = {}  # per word, the vocabularies it is in (their positions)
        for which, vocabulary in enumerate(self.vocabularies):
            words = set(vocabulary)
            shared = words & self.members.keys()
            self.members.update(dict.fromkeys(words - shared, (which,)))  # set operations, in C: 40,000 words
            for word in shared:
                self.members[word] += (which,)


class Match(NamedTuple):
    """A phrase of a :class:`Lexicon` found in a text: key span (after any proclitic) and word indices."""

    start: int
    end: int
    phrase: str
    first: int
    last: int


class Lexicon:
    """Phrases (match keys) compiled once into an index of the written forms of their first word.

    *joiner*, a compiled regex, says what may separate the words of a phrase (quotes, line breaks…); by
    default spaces or tabs. A first word may be written after a proclitic of :data:`PROCLITICS`, and a word that starts with «ال»
    after «لل» (which drops the article's alef); the match's span starts after the proclitic (at «لل» itself
    for that form). The longest phrase at a position wins; matches do not overlap. Forms are generated from
    the phrases that exist, so «بغداد» is never ب + «غداد».
    """

    def __init__(self, phrases: Iterable[str], joiner: re.Pattern | None = None) -> None:
        self.joiner = joiner  # what may stand between two words of a phrase (default: spaces or tabs)
        by_first: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(phrase.split())
            if words:
                by_first.setdefault(words[0], set()).add(words)
        self.phrases = {first: sorted(items, key=len, reverse=True) for first, items in by_first.items()}
        surfaces: dict[str, list[tuple[str, int]]] = {}
        for word in self.phrases:
            surfaces.setdefault(word, []).insert(0, (word, 0))
            for proclitic in PROCLITICS:
                surfaces.setdefault(proclitic + word, []).append((word, len(proclitic)))
            if word.startswith("ال") and len(word) > 3:
                for conjunction in ("", "و", "ف"):
                    surfaces.setdefault(conjunction + "لل" + word[2:], []).append((word, len(conjunction)))
        self.surfaces = {form: tuple(readings) for form, readings in surfaces.items()}
        # forms whose only reading is one single-word phrase: the common case, answered without a loop
        # per first word, what may follow it: a reading is tried only when the next word can continue it
        self.seconds = {first: frozenset(p[1] for p in items if len(p) > 1) for first, items in self.phrases.items()}
        # per first and second word, the longer phrases that start with both (longest first) and their text
        self.after: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for first, items in self.phrases.items():
            for phrase in items:
                if len(phrase) > 1:
                    self.after.setdefault((first, phrase[1]), []).append((phrase, " ".join(phrase)))
        self._space_joins = joiner is None or joiner.fullmatch(" ") is not None  # one space: the common gap
        self.single = {form: readings[0] for form, readings in self.surfaces.items()
                       if len(readings) == 1 and all(len(p) == 1 for p in self.phrases[readings[0][0]])}
        # per form, the words that can continue one of its phrases, and the reading taken when the next word is none
        # of them (the first reading that is a phrase of one word): most forms are answered without the loop of :meth:`at`
        self.continues = {form: frozenset().union(*nexts) for form, readings in self.surfaces.items()
                          if any(nexts := [self.seconds[reading] for reading, _ in readings])}
        self.alone = {form: next(((reading, offset) for reading, offset in readings
                                  if len(self.phrases[reading][-1]) == 1), None)
                      for form, readings in self.surfaces.items() if form not in self.single}

    def at(self, tokens: Tokens, i: int) -> Match | None:
        """Return the longest phrase that starts at word *i*, or None."""
        words = tokens.words
        single = self.single.get(words[i])
        if single is not None:
            return Match(tokens.starts[i] + single[1], tokens.ends[i], single[0], i, i)
        following = words[i + 1] if i + 1 < len(words) else None
        if following not in self.continues.get(words[i], ()):  # no phrase goes on: the one-word reading, if any
            alone = self.alone.get(words[i])
            return None if alone is None else Match(tokens.starts[i] + alone[1], tokens.ends[i], alone[0], i, i)
        gaps, space = tokens.gaps, self._space_joins
        for reading, offset in self.surfaces.get(words[i], ()):
            for phrase, text in self.after.get((reading, following), ()):  # the phrases whose second word comes next
                last = i + len(phrase) - 1
                if last < len(words) and (len(phrase) == 2 or words[i + 2:last + 1] == list(phrase[2:])) \
                        and all(space and gaps[j + 1] == " " or self._joined(tokens, j) for j in range(i, last)):
                    return Match(tokens.starts[i] + offset, tokens.ends[last], text, i, last)
            if len(self.phrases[reading][-1]) == 1:
                return Match(tokens.starts[i] + offset, tokens.ends[i], reading, i, i)
        return None

    def _joined(self, tokens: Tokens, i: int) -> bool:
        if self.joiner is None:
            return tokens.joined(i)
        return bool(self.joiner.fullmatch(tokens.gaps[i + 1]))

    def find(self, tokens: Tokens) -> list[Match]:
        """Return every phrase of the lexicon in *tokens*, in text order, longest first, without overlaps."""
        found, reached = [], 0
        for i in tokens.where(self.surfaces):
            if i < reached:
                continue
            match = self.at(tokens, i)
            if match is not None:
                found.append(match)
                reached = match.last + 1
        return found


def scan(pattern: re.Pattern, key: str, windows: Iterable[tuple[int, int]], reach: int = 80) -> Iterator[re.Match]:
    """Yield what ``pattern.finditer(key)`` yields, searching only inside *windows*.

    For a pattern that can only match where a cheap test has found a trigger (a digit, a word), this gives the
    same matches as scanning the whole text, at the cost of the windows alone: a match must start inside a
    window ``(low, high)`` (windows in ascending order of ``low``) and end within *reach* characters of its
    ``high``. Each match is taken again against the whole text, so a look-ahead never mistakes a window's edge
    for the end of the text.

    >>> [m.group() for m in scan(re.compile(r"عام \\d{4}"), "عام 1990 ثم عام 2003", [(0, 5), (12, 17)])]
    ['عام 1990', 'عام 2003']
    """
    position = 0
    match = pattern.match
    for low, high in windows:
        if low < position:  # (comparisons, not max(): this loop runs once per window)
            low = position
        if low < 0:
            low = 0
        if high - low == 1:  # a window of one position: the match must start there
            whole = match(key, low)
            if whole is not None:
                yield whole
                position = whole.end() if whole.end() > low else low + 1
            continue
        while low < high:
            found = pattern.search(key, low, high + reach)
            if found is None or found.start() >= high:
                break
            whole = pattern.match(key, found.start())
            if whole is None:
                low = found.start() + 1
                continue
            yield whole
            low = position = max(whole.end(), whole.start() + 1)


def around(tokens: Tokens, indices: Iterable[int], before: int = 0, after: int = 1) -> list[tuple[int, int]]:
    """Windows ``(start - before, start + after)`` around the words at *indices* (see :func:`scan`)."""
    return [(tokens.starts[i] - before, tokens.starts[i] + after) for i in indices]


def written_at(key: str, words: Iterable[str], behind: int = 0) -> list[tuple[int, int]]:
    """One-position windows wherever ``str.find`` finds one of *words* in *key*, and at the *behind* positions before
    each (room for a clitic), for a pattern that can start only there (see :func:`scan`).

    >>> written_at("في حقل وحقلي", ["حقل"], behind=1)
    [(2, 3), (3, 4), (7, 8), (8, 9)]
    """
    starts = set()
    for word in words:
        at = key.find(word)
        while at != -1:
            starts.update(range(max(0, at - behind), at + 1))
            at = key.find(word, at + 1)
    return [(start, start + 1) for start in sorted(starts)]


def word_starts(tokens: Tokens, indices: Iterable[int], words_before: int = 0) -> list[tuple[int, int]]:
    """One-position windows at the start of each word of *indices* and of the *words_before* words before it,
    for a pattern that starts at a word: «منذ العام 2022» starts two words before its digits (see :func:`scan`)."""
    positions = {tokens.starts[j] for i in indices for j in range(max(0, i - words_before), i + 1)}
    return [(position, position + 1) for position in sorted(positions)]


# What may stand before a cue in writing, as a regex: a conjunction, then a preposition or «لل» («وللغزو»)…
PROCLITIC = r"(?:و|ف)?(?:ب|ل|ك|لل)?"
# …or one of «وفبلك» alone, or with the article after it («والأول»، «الأكبر»), or «ل» with the article as «لل»
# («للمستوردين»: the alef of the article is not written after «ل»)
PROCLITIC_OR_ARTICLE = r"(?:[وفبلك]|[وفبك]?ال|[وف]?لل)?"
GAP = "…"  # in a cue, up to :data:`GAP_WORDS` words may stand here («نفى … أن»)
GAP_WORDS = 6


# Joiners that match white space only, at least one character: never what a word of a phrase starts with
_WHITE_JOINERS = frozenset({r"\s+", r"[ \t]+", " "})


def alternation(phrases: Iterable[str], joiner: str = r"\s+", longest_first: bool = True) -> str:
    r"""Return one regex alternation of *phrases* (literal words, *joiner* between them), longest first.

    The single place where a word list becomes a regex: the cue lexicons (:class:`Cues`) and the grammars of
    dates, numbers and amounts use it. Duplicates are dropped (first kept); ties keep the given order.

    Longest first, with a joiner that matches white space only, the phrases are written as a trie: those that
    start alike share their start («مليار» and «مليون»: «ملي» then «ار» or «ون»). Python's regex engine tries
    the branches of an alternation one by one at each position, so a list of a few hundred words costs a few
    hundred tests where the trie costs a few. It is the same alternation (:func:`plain_alternation`) for a
    case-sensitive pattern: at one position only the phrases that share its characters can match, and among them
    the trie keeps their order, a phrase after every longer phrase that starts with it.

    >>> alternation(["مليون", "مليار دولار", "مليار"])
    'ملي(?:ار(?:\\s+دولار)?|ون)'
    >>> alternation(["a.b", "c"], longest_first=False)
    'a\\.b|c'
    """
    unique = list(dict.fromkeys(phrases))
    if not longest_first or joiner not in _WHITE_JOINERS:
        return plain_alternation(unique, joiner, longest_first)
    unique.sort(key=len, reverse=True)
    units = [[unit for k, word in enumerate(phrase.split()) for unit in ([joiner] if k else []) + list(word)]
             for phrase in unique]
    return "|".join(_trie_branches(units, joiner))


def plain_alternation(phrases: Iterable[str], joiner: str = r"\s+", longest_first: bool = True) -> str:
    r"""Return the alternation of :func:`alternation` with one branch per phrase, in order.

    >>> plain_alternation(["مليون", "مليار دولار", "مليار"])
    'مليار\\s+دولار|مليون|مليار'
    """
    unique = list(dict.fromkeys(phrases))
    if longest_first:
        unique.sort(key=len, reverse=True)
    return "|".join(joiner.join(map(re.escape, phrase.split())) for phrase in unique)


def _trie_branches(sequences: list[list[str]], joiner: str) -> list[str]:
    """The branches of a trie of *sequences* (characters and joiners; an empty sequence ends a phrase), grouped by
    their first unit in order of first appearance."""
    groups: dict[str | None, list[list[str]]] = {}
    for sequence in sequences:
        groups.setdefault(sequence[0] if sequence else None, []).append(sequence[1:])
    branches = []
    for first, rests in groups.items():
        if first is None:
            branches.append("")  # a phrase ends here (after every longer one that goes on: longest first)
            continue
        head = first if first == joiner else re.escape(first)
        inner = _trie_branches(rests, joiner)
        if len(inner) == 1:
            branches.append(head + inner[0])
        elif len(inner) == 2 and inner[1] == "":
            branches.append(f"{head}(?:{inner[0]})?")  # greedy: the longer phrase is tried first
        else:
            branches.append(f"{head}(?:{'|'.join(inner)})")
    return branches


def initials(phrases: Iterable[str]) -> str:
    """Return a regex class of the characters *phrases* start with: a cheap test a searched pattern can make at
    each position before trying its alternation (Python's regex engine tries every branch at every position).

    >>> initials(["الثاني", "ثالث", "الاول"])
    '[اث]'
    """
    return "[" + "".join(sorted({re.escape(phrase[0]) for phrase in phrases if phrase})) + "]"


class CueMatch(NamedTuple):
    """A cue found in a match key: the span of the cue's words (after any proclitic) and its lexicon index."""

    start: int
    end: int
    index: int


class Cues:
    r"""A cue lexicon (match keys, in lexicon order) compiled once into a matcher that returns spans.

    A cue matches at the start of a word, after an optional proclitic (*before*, a regex such as
    :data:`PROCLITIC`); by default it may run into the rest of the word (a stem: «نفي» finds «نفيها»); with
    *whole_word* it must end where a word ends. Its words are separated by *joiner*
    (default any white space), and a ``…`` (:data:`GAP`) lets up to six words stand between its parts.

    *resolve* says which of two overlapping cues wins: ``"leftmost"`` (the default) scans the text once, and
    at one position the longest cue wins; ``"longest"`` takes the cues longest first over the whole text, and a
    cue that overlaps one already taken is dropped («الأول» over «أول» inside it).

    *followed_by* gives, per cue, a regex that the next word must match (empty: no condition);
    *unless_followed_by*, per cue, a word (match key) that must not come next («أكبر» but not «أكبر من»). A cue
    rejected by either still consumes its words, so a shorter cue inside it is not taken instead.

    >>> cues = Cues(["نفي", "نفي … ان"])
    >>> [(m.start, m.end, m.index) for m in cues.find("ونفي الوزير ان")]
    [(1, 14, 1)]
    >>> Cues(["اكبر"], whole_word=True, unless_followed_by=["من"]).find("اكبر من ذلك، اكبر مشتر")
    [CueMatch(start=13, end=17, index=0)]
    >>> Cues(["مشتر", "مستورد"], before=PROCLITIC_OR_ARTICLE).first("المستوردين")
    1
    """

    def __init__(self, cues: Iterable[str], *, before: str = PROCLITIC, whole_word: bool = False,
                 joiner: str = r"\s+", resolve: str = "leftmost", followed_by: Iterable[str] | None = None,
                 unless_followed_by: Iterable[str] | None = None) -> None:
        if resolve not in ("leftmost", "longest"):
            raise ValueError(f"resolve must be 'leftmost' or 'longest', not {resolve!r}")
        self.cues = tuple(cues)
        self.resolve = resolve
        self.followed_by = tuple(re.compile(rf"\s+{p}") if p else None for p in (followed_by or [""] * len(self.cues)))
        self.unless = tuple(unless_followed_by or [""] * len(self.cues))
        gap = rf"(?:\s+\S+){{0,{GAP_WORDS}}}?\s+"
        end = r"(?!\w)" if whole_word else ""
        bodies = [gap.join(alternation([part], joiner) for part in cue.split(GAP)) for cue in self.cues]
        order = sorted(range(len(self.cues)), key=lambda i: len(self.cues[i]), reverse=True)
        branches = "|".join(f"(?P<c{i}>{bodies[i]})" for i in order)
        self.pattern = re.compile(rf"(?<!\w){before}(?:{branches}){end}")
        self.each = tuple(re.compile(rf"(?<!\w){before}(?P<c{i}>{body}){end}") for i, body in enumerate(bodies))
        self._order = order

    def find(self, key: str) -> list[CueMatch]:
        """Return the cues of a match key, in text order, without overlaps (see *resolve*)."""
        if self.resolve == "leftmost":
            found = []
            for match in self.pattern.finditer(key):
                index = int(match.lastgroup[1:])
                found.append(CueMatch(match.start(match.lastgroup), match.end(match.lastgroup), index))
        else:
            found = []
            for index in self._order:
                if self.cues[index].split()[0] not in key:  # a cheap test first: most texts hold no cue at all
                    continue
                for match in self.each[index].finditer(key):
                    start, end = match.span(f"c{index}")
                    if not any(start < e and s < end for s, e, _ in found):
                        found.append(CueMatch(start, end, index))
            found.sort(key=itemgetter(0))
        return [m for m in found if self._allowed(key, m)]

    def _allowed(self, key: str, match: CueMatch) -> bool:
        after = self.followed_by[match.index]
        if after is not None and not after.match(key, match.end):
            return False
        unless = self.unless[match.index]
        if unless:
            following = _SPLIT.search(key, match.end)
            return following is None or following.group() != unless
        return True

    def first(self, word: str) -> int | None:
        """Return the index of the first cue, in lexicon order, that starts *word* (after a proclitic), or None."""
        return next((i for i, pattern in enumerate(self.each) if pattern.match(word)), None)

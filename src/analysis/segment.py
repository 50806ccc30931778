"""Split an article into paragraphs and sentences, with exact character spans.

A paragraph is one non-blank line (surrounding white space left out of its
span). Its ``kind`` is ``heading`` (a short line with no sentence-final
punctuation), ``boilerplate`` (web-page furniture such as «لقراءة المزيد اضغط
هنا», flagged and kept) or ``body``.

Sentences end at ``.`` ``؟`` ``?`` ``!`` ``؛`` ``…`` and at line breaks, but not
at a point inside a number (``4.2``), after a one-letter abbreviation
(``(أ.ب)``, ``د. علي``) or inside a run such as ``example.com``.

>>> seg = segment("تاريخ العلاقة\\nبلغت الصفقة 4.2 مليار دولار (أ.ب). ثم أُلغيت!", "demo")
>>> [p.kind for p in seg.paragraphs]
['heading', 'body']
>>> [s.text for s in seg.sentences]
['تاريخ العلاقة', 'بلغت الصفقة 4.2 مليار دولار (أ.ب).', 'ثم أُلغيت!']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from .charsets import DIACRITICS, TATWEEL, WORD
from .lexicons import boilerplate_phrases
from .normalize import normalize
from .slots import slot_init

HEADING_MAX_WORDS = 15  # a line this short with no final punctuation is a heading
BOILERPLATE_MAX_WORDS = 15  # a longer line that mentions "click here" is still body text

_LINE = re.compile(r"[^\r\n\u2028\u2029]+")
_TERMINATORS = ".؟?!؛…"
_CLOSERS = "\"'»”’)]}›"
_SENTENCE_END = re.compile(f"[{re.escape(_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*")
_WORD = re.compile(WORD)
# More words than a heading or boilerplate line may have: that many :data:`WORD` matches in turn, each run of word
# characters read whole, so it says what counting the matches says. The quantifiers are possessive (``*+``): what
# separates words (``[\W_]``) never holds a word's first character, and a word's run stops only at a character
# outside it, so characters given back could never make a match; a line of fewer words fails at once instead of
# the engine retrying every shorter run, and no look-ahead per word is needed to keep a run whole.
_MANY_WORDS = re.compile(rf"(?:[\W_]*+[^\W_][\w{DIACRITICS}{TATWEEL}]*+)"
                         rf"{{{max(HEADING_MAX_WORDS, BOILERPLATE_MAX_WORDS) + 1}}}")
assert WORD == f"[^\\W_][\\w{DIACRITICS}{TATWEEL}]*", "_MANY_WORDS spells out WORD: change both together"
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")  # the letters that end just before a point
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_YEAR_MARKERS = {"م", "هـ", "ه"}  # «1944 م.», «1363 هـ.»: era letters after a year


@slot_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line of an article."""

    article_id: str
    paragraph_index: int
    start: int
    end: int
    text: str
    kind: str


@slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, inside one paragraph."""

    article_id: str
    sentence_index: int
    paragraph_index: int
    start: int
    end: int
    text: str
    is_boilerplate: bool


@dataclass(frozen=True)
class Segmentation:
    """The paragraphs and sentences of one article."""

    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence that holds *offset*, or None (binary search: sentences are in text order).

        >>> segment("أولى. ثانية.", "t").sentence_at(7).text
        'ثانية.'
        """
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` of *text* to leave out white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_letter(char: str) -> bool:
    """Tell whether *char* (one character, or none) is what ``_LETTER`` matches: ``\\w`` is ``str.isalnum`` (or «_»)
    and ``\\d`` is ``str.isdecimal``, so this asks two methods in C instead of the regex engine.

    >>> _is_letter("ب"), _is_letter("٣"), _is_letter("²"), _is_letter("_"), _is_letter("")
    (True, False, True, False, False)
    """
    return char.isalnum() and not char.isdecimal()


def _one_letter_before(text: str, at: int) -> bool:
    """Tell whether exactly one letter stands before *at* («(أ.ب)», «د. علي»)."""
    return at >= 1 and _is_letter(text[at - 1]) and (at < 2 or not _is_letter(text[at - 2]))


def _is_abbreviation_point(text: str, at: int) -> bool:
    """Tell whether the full stop at *at* belongs to a number or an abbreviation."""
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    if before != "\n" and not _is_letter(after) and not _one_letter_before(text, at):
        return False  # the common case, «… الاتفاق. ثم»: a word of two letters or more, then a space or a line end
    word = _LETTERS_BEFORE.search(text, max(0, at - 20), at)
    if word is None:
        return False
    token = word.group()
    before_token = text[at - len(token) - 1] if at - len(token) > 0 else " "
    if len(token) == 1 and not before_token.isalpha():
        era_after_number = token in _YEAR_MARKERS and _DIGIT_BEFORE.search(text, max(0, at - 12), at - 1)
        return not era_after_number
    return _is_letter(after) and (len(token) <= 2 or token.isascii())


def _sentence_marks(text: str) -> list[int]:
    """Where the characters that can end a sentence stand in *text*, in order.

    Each of the six is looked for by ``str.find`` (a search in C) and the few positions found are sorted: a fraction
    of the work of reading every character through a table in numpy, whose every call costs more than these
    searches.

    >>> _sentence_marks("قال: نعم. ولماذا؟ لا!")
    [8, 16, 20]
    """
    marks: list[int] = []
    for char in _TERMINATORS:
        at = text.find(char)
        while at >= 0:
            marks.append(at)
            at = text.find(char, at + 1)
    marks.sort()
    return marks


def _ends_at(text: str, start: int, end: int, marks: list[int]) -> Iterator[re.Match]:
    """What ``_SENTENCE_END.finditer(text, start, end)`` yields, the pattern tried only at *marks* (every match starts
    at a terminator, and a match ends before the next is looked for)."""
    match, reached = _SENTENCE_END.match, start
    for at in islice(marks, bisect.bisect_left(marks, start), bisect.bisect_left(marks, end)):
        if at >= reached:
            found = match(text, at, end)
            reached = found.end()
            yield found


def _sentence_ends(text: str, marks: list[int]) -> list[int]:
    """Where the sentences of the whole of *text* end, in order: the ends :func:`_sentence_cuts` finds in each
    paragraph, found in one pass over the *marks* of :func:`_sentence_marks` instead of one per paragraph.

    A sentence end is terminators and closers, never white space, so it never runs past the end of its paragraph
    (a trimmed line) and reading it in the whole text reads what the paragraph holds.
    """
    ends, reached, match = [], 0, _SENTENCE_END.match
    for at in marks:
        if at < reached:
            continue
        found = match(text, at)
        reached = found.end()
        if text[at] == "." and len(found.group().rstrip(_CLOSERS)) == 1 and _is_abbreviation_point(text, at):
            continue
        ends.append(reached)
    return ends


def _sentence_cuts(text: str, start: int, end: int, marks: list[int] | None = None) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` (one paragraph) between sentence ends, untrimmed, the last one included.

    *marks* (from :func:`_sentence_marks`), when given, say where a sentence end can start: the paragraph is not
    scanned again.
    """
    spans, position = [], start
    for match in _SENTENCE_END.finditer(text, start, end) if marks is None else _ends_at(text, start, end, marks):
        mark = match.group()
        if mark[0] == "." and len(mark.rstrip(_CLOSERS)) == 1 and _is_abbreviation_point(text, match.start()):
            continue
        spans.append((position, match.end()))
        position = match.end()
    spans.append((position, end))
    return spans


def _trimmed_pieces(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The pieces ``[a, b)`` of *text* that hold a word, white space left out: their spans and their text."""
    found, search = [], _WORD.search
    for a, b in cuts:
        piece = text[a:b]
        sentence = piece.strip()  # (str.strip leaves out what str.isspace calls white space, as trimmed does)
        if search(sentence):
            a += len(piece) - len(piece.lstrip())
            found.append((a, a + len(sentence), sentence))
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    """Return the spans that ``_LINE.finditer`` finds: the runs of characters between line breaks.

    A text whose only break is «\\n» (the common case) is cut by ``str.split`` in C and the spans are added up from
    the pieces' lengths; the regex engine, which tests every character against its class, reads the others.

    >>> _lines("أولى\\n\\nثانية \\n")
    [(0, 4), (6, 12)]
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return [line.span() for line in _LINE.finditer(text)]
    spans, start = [], 0
    for piece in text.split("\n"):
        if piece:
            spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return spans


def _has_boilerplate(key: str) -> bool:
    return any(phrase in key for phrase in boilerplate_phrases())


def _paragraph_kind(text: str) -> str:
    if _MANY_WORDS.match(text):  # too long for either: the common case, a paragraph of body text
        return "body"
    if HEADING_MAX_WORDS == BOILERPLATE_MAX_WORDS:  # no more words than both limits, as the pattern failed
        words = HEADING_MAX_WORDS
    else:  # within the longer limit only: count them (stopping past it)
        words = len(list(islice(_WORD.finditer(text), max(HEADING_MAX_WORDS, BOILERPLATE_MAX_WORDS) + 1)))
    if words <= BOILERPLATE_MAX_WORDS and _has_boilerplate(normalize(text)):
        return "boilerplate"
    if words <= HEADING_MAX_WORDS and text.rstrip(_CLOSERS)[-1:] not in _TERMINATORS:
        return "heading"
    return "body"


def segment(text: str, article_id: str) -> Segmentation:
    """Split *text* into paragraphs and sentences whose spans index *text*."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    ends = _sentence_ends(text, _sentence_marks(text))  # the sentence ends of every paragraph, found at once
    for line_start, line_end in _lines(text):
        whole = text[line_start:line_end]
        body = whole.strip()  # (what trimmed leaves of the line)
        if not _WORD.search(body):
            continue
        start = line_start + len(whole) - len(whole.lstrip())
        end = start + len(body)
        kind = _paragraph_kind(body)
        index, boilerplate = len(paragraphs), kind == "boilerplate"
        paragraphs.append(Paragraph(article_id, index, start, end, body, kind))
        if (first := bisect.bisect_right(ends, start)) == (last := bisect.bisect_right(ends, end)):
            spans = [(start, end, body)]  # no sentence end inside: the paragraph is one sentence
        else:
            inner = ends[first:last]
            spans = _trimmed_pieces(text, list(zip([start, *inner], [*inner, end])))
        for s_start, s_end, sentence in spans:
            sentences.append(Sentence(article_id, len(sentences), index, s_start, s_end, sentence, boilerplate))
    return Segmentation(tuple(paragraphs), tuple(sentences))

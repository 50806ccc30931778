"""Normalise Arabic text into a match key, with an offset map back to the raw text.

The raw text is never changed: the display text keeps the author's spelling.
:func:`match_key` builds a separate, folded string for matching and counting,
and remembers for every one of its characters where it came from, so a match
found in the key maps back to an exact span of the raw text.

Each step is a small ``str -> str`` function; :func:`normalize` applies them
in order. All steps are idempotent, so normalising twice equals normalising once.

>>> normalize("أُسِّسَت العلاقاتُ عامَ ١٩٤٤")
'اسست العلاقات عام 1944'
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache

import numpy as np

from . import charsets as cs

_DIACRITICS = re.compile(f"[{cs.DIACRITICS}]")
_TATWEEL = re.compile(cs.TATWEEL)
_INVISIBLES = re.compile(f"[{cs.INVISIBLES}]")
_PRESENTATION = re.compile(f"[{cs.PRESENTATION_FORMS}]")

_LATIN_UPPER = {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}


def remove_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and Quranic marks.

    >>> remove_diacritics("العِرَاقُ")
    'العراق'
    """
    return _DIACRITICS.sub("", text)


def remove_tatweel(text: str) -> str:
    """Remove tatweel (kashida) strokes.

    >>> remove_tatweel("روســـيا")
    'روسيا'
    """
    return _TATWEEL.sub("", text)


def remove_invisibles(text: str) -> str:
    """Remove bidi controls, zero-width characters and the BOM."""
    return _INVISIBLES.sub("", text)


def fold_presentation_forms(text: str) -> str:
    """Replace Arabic presentation forms by the letters they draw (NFKC).

    >>> fold_presentation_forms("ﺭﻭﺳﻴﺎ")
    'روسيا'
    """
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


_ALEF = str.maketrans(cs.ALEF_FORMS)
_MAQSURA = str.maketrans(cs.ALEF_MAQSURA)
_PERSIAN = str.maketrans(cs.PERSIAN_LETTERS)
_TEH_MARBUTA = str.maketrans(cs.TEH_MARBUTA)
_DIGITS = str.maketrans(cs.DIGITS | cs.SEPARATORS)
_LATIN_CASE = str.maketrans(_LATIN_UPPER)
_UNDERSCORE = str.maketrans(cs.UNDERSCORE)


def fold_alef(text: str) -> str:
    """Fold أ إ آ ٱ to bare alef ا.

    >>> fold_alef("أإآٱ")
    'اااا'
    """
    return text.translate(_ALEF)


def fold_alef_maqsura(text: str) -> str:
    """Fold alef maqsura ى to yeh ي.

    >>> fold_alef_maqsura("على")
    'علي'
    """
    return text.translate(_MAQSURA)


def fold_persian_letters(text: str) -> str:
    """Fold the Persian and Urdu forms of yeh, kaf and heh (ی ک ۀ ہ …) to the Arabic letters ي ك ه.

    >>> fold_persian_letters("روسیا و کرکوک")
    'روسيا و كركوك'
    """
    return text.translate(_PERSIAN)


def fold_teh_marbuta(text: str) -> str:
    """Fold teh marbuta ة to heh ه.

    >>> fold_teh_marbuta("اتفاقية")
    'اتفاقيه'
    """
    return text.translate(_TEH_MARBUTA)


def fold_digits(text: str) -> str:
    """Fold Arabic-Indic digits and the Arabic decimal and thousands separators.

    >>> fold_digits("١٩٧٢ و٤٫٢ و١٬٠٠٠")
    '1972 و4.2 و1,000'
    """
    return text.translate(_DIGITS)


def fold_underscore(text: str) -> str:
    """Fold the low line, typed for a dash between words or a date's numbers, to a hyphen.

    >>> fold_underscore("بغداد_العرب اليوم 12_5_2020")
    'بغداد-العرب اليوم 12-5-2020'
    """
    return text.translate(_UNDERSCORE)


def fold_latin_case(text: str) -> str:
    """Lower-case the Latin letters A–Z.

    >>> fold_latin_case("CAATSA S-400")
    'caatsa s-400'
    """
    return text.translate(_LATIN_CASE)


STEPS = (
    fold_presentation_forms,
    remove_invisibles,
    remove_diacritics,
    remove_tatweel,
    fold_alef,
    fold_alef_maqsura,
    fold_persian_letters,
    fold_teh_marbuta,
    fold_digits,
    fold_underscore,
    fold_latin_case,
)


def normalize_stepwise(text: str) -> str:
    """Apply :data:`STEPS` one by one (the reference that :func:`normalize` must equal)."""
    for step in STEPS:
        text = step(text)
    return text


def normalize(text: str) -> str:
    """Return the match-key form of *text*: :data:`STEPS` in order, fused into one pass.

    Presentation forms are folded first (only where there are any); every
    other step deletes or maps single characters, so one translation table
    does them all. A property test checks that this equals :func:`normalize_stepwise`.
    """
    if _PRESENTATION.search(text):
        text = fold_presentation_forms(text)
    return text.translate(_SIMPLE)


# --- the match key with its offset map --------------------------------------

_DELETED = cs.DIACRITICS + cs.TATWEEL + cs.INVISIBLES
_ONE_TO_ONE = cs.ALEF_FORMS | cs.ALEF_MAQSURA | cs.PERSIAN_LETTERS | cs.TEH_MARBUTA | cs.DIGITS | cs.SEPARATORS \
    | cs.UNDERSCORE | _LATIN_UPPER
_SIMPLE = str.maketrans(_ONE_TO_ONE | {char: None for char in _DELETED})
# Characters whose folded form is not one character: deleted, or expanded.
_IRREGULAR = re.compile(f"[{re.escape(_DELETED)}{cs.PRESENTATION_FORMS}]+")

def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Per Basic Multilingual Plane code point: its folded code (itself if unchanged), and whether it is deleted."""
    folded = np.arange(0x10000, dtype=np.uint32)
    for char, target in _ONE_TO_ONE.items():
        folded[ord(char)] = ord(target)
    deleted = np.zeros(0x10000, dtype=bool)
    deleted[[ord(char) for char in _DELETED]] = True
    return folded, deleted


_FOLDED, _DELETED_MASK = _tables()
_PRESENTATION_MASK = np.zeros(0x10000, dtype=bool)  # per BMP code point: a presentation form (cs.PRESENTATION_FORMS)
_PRESENTATION_MASK[[found.start() for found in _PRESENTATION.finditer("".join(map(chr, range(0x10000))))]] = True  # every character the fast path folds or deletes is in the BMP
_KEPT, _DELETED_CLASS, _SLOW = 0, 1, 2  # per UTF-16 code unit: kept (folded), deleted, or only the slow path reads it
_CLASSES = np.where(_DELETED_MASK, _DELETED_CLASS, _KEPT).astype(np.uint8)
_CLASSES[_PRESENTATION_MASK] = _SLOW
_CLASSES[0xD800:0xE000] = _SLOW  # half of a character beyond the BMP
_FOLDED_UNITS = _FOLDED.astype(np.uint16)  # every folded character is in the BMP
assert (_FOLDED_UNITS == _FOLDED).all() and not _CLASSES[_FOLDED_UNITS[_CLASSES == _KEPT]].any()


@cache
def _fold_irregular(char: str) -> str:
    return normalize(char)


_TRAILING = frozenset(cs.INVISIBLES + " \t\r\n")


@dataclass(frozen=True)
class MatchKey:
    """A folded copy of a raw text and, per key character, its raw offset.

    ``offsets[i]`` is the index in the raw text of the character that key
    character ``i`` came from; it never decreases.
    """

    raw: str
    key: str
    offsets: array

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the key span ``[start, end)`` to a raw span.

        The raw span runs from the first source character to just before the
        next kept character, so diacritics and tatweel at the end of a word stay
        in the quote; trailing invisible controls are left out.

        >>> mk = match_key("عُدَّتْ بغدادُ")
        >>> s, e = mk.raw_span(0, 3)
        >>> mk.raw[s:e]
        'عُدَّتْ'
        """
        length = len(self.key)
        if not 0 <= start <= end <= length:
            raise ValueError(f"key span [{start}, {end}) is outside a key of length {length}")
        if start == end:
            at = self.offsets[start] if start < length else len(self.raw)
            return at, at
        offsets = self.offsets
        last = offsets[end - 1]
        raw_end = offsets[end] if end < length else len(self.raw)
        if raw_end <= last + 1:  # the next key character follows at once (the common case): nothing to trim
            return offsets[start], last + 1
        raw = self.raw
        while raw_end - 1 > last and raw[raw_end - 1] in _TRAILING:
            raw_end -= 1
        return offsets[start], raw_end


def match_key(raw: str) -> MatchKey:
    """Normalise *raw* like :func:`normalize` and keep an offset map back to it.

    >>> mk = match_key("روســـيا")
    >>> mk.key, mk.offsets.tolist()
    ('روسيا', [0, 1, 2, 6, 7])
    """
    try:
        units = np.frombuffer(raw.encode("utf-16-le"), dtype=np.uint16)  # BMP code points, two bytes each
    except UnicodeEncodeError:  # a lone surrogate: no decoded file has one, but stay correct
        return _match_key_slow(raw)
    classes = _CLASSES.take(units)  # one table look-up in C says what becomes of each character
    if classes.max(initial=_KEPT) == _SLOW:  # a presentation form expands (NFKC), or a character beyond the BMP
        return _match_key_slow(raw)
    kept = classes == _KEPT
    offsets = np.flatnonzero(kept)
    key = _FOLDED_UNITS.take(units[kept]).tobytes().decode("utf-16-le")
    assert len(key) == len(offsets), "match key and offset map must have one entry per key character"
    return MatchKey(raw=raw, key=key, offsets=_as_array(offsets))


def _as_array(offsets) -> array:
    """The offset map as a flat array of Python-sized integers (indexing it gives ``int``, cheaply)."""
    flat = array("q")
    flat.frombytes(np.asarray(offsets, dtype=np.int64).tobytes())
    return flat


def _match_key_slow(raw: str) -> MatchKey:
    """Build the match key character run by character run (needed when presentation forms expand)."""
    pieces: list[str] = []
    offsets = array("l")
    position = 0
    for match in _IRREGULAR.finditer(raw):
        if match.start() > position:
            pieces.append(raw[position:match.start()].translate(_SIMPLE))
            offsets.extend(range(position, match.start()))
        for index in range(match.start(), match.end()):
            folded = _fold_irregular(raw[index])
            if folded:
                pieces.append(folded)
                offsets.extend([index] * len(folded))
        position = match.end()
    pieces.append(raw[position:].translate(_SIMPLE))
    offsets.extend(range(position, len(raw)))
    key = "".join(pieces)
    assert len(key) == len(offsets), "match key and offset map must have one entry per key character"
    return MatchKey(raw=raw, key=key, offsets=_as_array(offsets))

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
- **pattern** (``org_patterns.csv``): a head noun and what follows it: a
  quoted name («وكالة "تاس"» is «تاس»), a foreign name («صحيفة كوميرسانت»),
  a description with the article that names one body («وزارة الطاقة
  الروسية»), a governorate («محافظة البصرة») or a field («حقل غرب القرنة-2»);
  Latin acronyms («OPEC», not those in ``not_acronyms.csv`` or ISO currency
  codes) and acronyms spelled in Arabic letters («سي إن إن» is CNN).

A surname found once with its given name names the same person alone later.

Each candidate is a :class:`Found` with ``found_by`` set to the rule.

>>> [(f.text, f.type, f.found_by) for f in find_names(match_key("وقال المتحدث باسم الكرملين دميتري بيسكوف إن"))]
[('دميتري بيسكوف', 'person', 'title')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import compress

from ..cues import Tokens, alternation, scan
from ..lexicons import key_set, stopwords, table
from ..normalize import MatchKey, match_key
from .amounts import current_codes
from .dates import gregorian_months
from .gazetteers import _field_names, _known_acronyms, _short_company_names, lexicon
from .numbers import feminine_ordinal, number_words, patterns
from .spans import Spans

_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_SPACE = re.compile(r"[ \t\u00a0]+")
_COMMA = re.compile(r"[ \t\u00a0]*[،,]?[ \t\u00a0]*")
_OPEN = re.compile(r"\s*[\"«“{]\s*")  # some outlets quote a name in braces: «{رويال دتش شل}»
_CLOSE = re.compile(r"\s*[\"»”}]")
_PAREN_OPEN = re.compile(r"[ \t\u00a0]*\(\(?[ \t\u00a0]*")  # «((شينخوا))»: some outlets double them
_PAREN_CLOSE = re.compile(r"[ \t\u00a0]*\)")
_QUOTE_END = re.compile(r"[\"»”)][ \t\u00a0]+")  # a title's quoted complement ends: «رئيس شركة "لوك أويل" وحيد …»


@dataclass(frozen=True)
class Found:
    """A name found by context: key span, what it is, and the rule that found it."""

    start: int
    end: int
    text: str
    type: str
    found_by: str


@cache
def _title_surfaces() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Map every written form of a title's first word (with a proclitic, or «لل» for «ال») to its titles."""
    surfaces: dict[str, list] = {}
    for first, phrases in _phrases("person_titles.csv", "title").items():
        forms = [(p + first, len(p)) for p in _PROCLITICS]
        if first.startswith("ال"):
            forms.append(("ل" + first[1:], 1))  # «للسفير»: ل + السفير
        for form, clitic in forms:
            surfaces.setdefault(form, []).extend((phrase, clitic) for phrase in phrases)
    return {form: tuple(items) for form, items in surfaces.items()}


@cache
def _head_surfaces() -> dict[str, tuple[int, str]]:
    """Map every written form of a head noun to its proclitic's length and the head («لشركة» → (1, «شركة»)).

    A head with the article may follow «ل» as «لل», which the span keeps («للحكومة»), as it does for a name.
    """
    forms: dict[str, tuple[int, str]] = {}
    for head in _org_heads():
        for proclitic in reversed(_PROCLITICS):
            forms[proclitic + head] = (len(proclitic), head)
        if head.startswith("ال"):
            for conjunction in ("", "و", "ف"):
                forms.setdefault(conjunction + "لل" + head[2:], (len(conjunction), head))
    return forms


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
def _given_in_alef_maqsura() -> frozenset[str]:
    """Given names spelt with a final «ى» («يحيى»، «مصطفى»): written so, they are still names."""
    return key_set("given_names.csv", "name", lambda row: row["name"].endswith("ى"))


@cache
def _given_with_madda() -> frozenset[str]:
    """Given names that are also words, listed with a first «آ» («آنا», Anna, folds to the pronoun «أنا»): written
    with another alef, they are the word."""
    return key_set("given_names.csv", "name", lambda row: row["name"].startswith("آ") and row["ambiguous"] == "yes")


@cache
def _russian_given() -> frozenset[str]:
    return key_set("given_names.csv", "name", lambda row: row["source"].startswith("Russian"))


@cache
def _name_stops() -> frozenset[str]:
    return key_set("name_stops.csv", "word")


@cache
def _closing_adjectives() -> dict[str, frozenset[str]]:
    """``{word: the words after it that make it a date}`` for the name stops that are also an adjective closing a
    body's name («العام»: general, or the year; ``name_stops.csv``, ``adjective=yes``): the second words of the
    relative dates of ``relative_dates.csv`` that it opens («الماضي» of «العام الماضي»), and the words that make it
    the same year as a narrated one («نفسه»، «ذاته»; ``weekday_words.csv``)."""
    same = {row["key"] for row in table("weekday_words.csv", key="phrase") if row["role"] == "not_a_date_after"}
    found = {}
    for row in table("name_stops.csv", key="word"):
        if row["adjective"] == "yes":
            word = row["key"]
            found[word] = frozenset(phrase.split()[1] for phrase in key_set("relative_dates.csv", "phrase")
                                    if phrase.split()[0] == word and len(phrase.split()) > 1) | same
    return found


def _closes_body(text: "_Text", j: int) -> bool:
    """Tell whether token *j* is an adjective that closes a body's name though it is also a date word («هيئة الادعاء
    العام»: general): after a masculine noun with the article, and opening no date (no relative date's word, no
    number and no «نفسه» after it: «… الادعاء العام الماضي» ends the name before the date).

    >>> [f.text for f in find_names(match_key("وطالبت هيئة الادعاء العام بمحاكمته"))]
    ['هيئه الادعاء العام']
    """
    words, n = text.words, len(text.words)
    dates = _closing_adjectives().get(words[j])
    if dates is None or text.taken[j] or not words[j - 1].startswith("ال") or words[j - 1].endswith("ه"):
        return False
    return j + 1 >= n or not text.joined(j) or not (words[j + 1].isdigit() or words[j + 1] in dates)


def _stops_name(word: str) -> bool:
    """Tell whether *word* ends a name: a word of ``name_stops.csv``, alone or behind «و»، «ف»، «ل» or «س».

    «احمد عبد المجيد فأوضح»: «ف» and a verb; «لشركة بريتيش بتروليوم لتمديد»: «ل» and a verbal noun of purpose;
    «فؤاد حسين سيلتقي»: «س» and a verb in the future.

    >>> _stops_name("فاوضح"), _stops_name("لتمديد"), _stops_name("سيلتقي"), _stops_name("وليد")  # «أ» is «ا»
    (True, True, True, False)
    """
    stops = _name_stops()
    return word in stops or word[:1] in "وفلس" and word[1:] in stops


@cache
def _shape() -> re.Pattern:
    endings = alternation(row["key"] for row in table("name_shapes.csv", key="ending"))
    return re.compile(rf"[^\W\d_]{{2,}}(?:{endings})")


@cache
def _speech_verbs() -> frozenset[str]:
    verbs = {row["key"] for row in table("speech_cues.csv", key="cue") if " " not in row["key"]
             and row["kind"] in ("speech", "name")}  # «name»: verbs read for names only («وأضاف»، «ودعا»)
    return frozenset(p + v for v in verbs for p in ("", "و", "ف"))


def heads_and_definite_forms(where: Callable[[dict[str, str]], bool]) -> frozenset[str]:
    """The heads of ``org_patterns.csv`` whose row *where* accepts, and with «ال» those that name a body with it too
    (``definite``: «السفارة الروسية»)."""
    rows = [row for row in table("org_patterns.csv", key="head") if where(row)]
    return frozenset([row["key"] for row in rows] + ["ال" + row["key"] for row in rows if row["definite"] == "yes"])


@cache
def _describing_heads() -> frozenset[str]:
    """Heads whose description with the article names one body («وزارة الخارجية الروسية»); not plurals."""
    return heads_and_definite_forms(lambda row: row["describes"] in ("yes", "short", "nisba")) | complement_heads()


@cache
def _not_names() -> frozenset[str]:
    return key_set("not_names.csv", "word")


@cache
def _company_word_heads() -> frozenset[str]:
    """«شركة» written without the article: with a trade and an adjective after it, it names one company."""
    return frozenset({"شركه"})


@cache
def _town_heads() -> frozenset[str]:
    """Heads before a town's name that only a country's nisba after it shows to be a name («مدينة»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["describes"] == "town")


@cache
def _naming_heads() -> frozenset[str]:
    """Heads followed by an unquoted foreign name («صحيفة كوميرسانت»، «شركة روسنفت»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["names"] == "yes")


@cache
def company_words() -> frozenset[str]:
    """Foreign words of company names in Arabic letters that are also Arabic words («غروب»، «نفط»), ``company_words.csv``."""
    return key_set("company_words.csv", "word")


def _complement(text: "_Text", j: int) -> bool:
    """Tell whether token *j* opens a complement of «ل» («لأخبار الطاقة»، «لتمديد العقد»): a word after «ل» followed by
    a word with the article; it ends a foreign name («صحيفة وورلد أويل لأخبار الطاقة» is «صحيفة وورلد أويل»)."""
    words = text.words
    return words[j][:1] == "ل" and not words[j].startswith("ال") and j + 1 < len(words) and text.joined(j) \
        and words[j + 1].startswith("ال")


def _foreign(text: "_Text", j: int, shortest: int = 4) -> bool:
    """Tell whether token *j* looks like a transliterated name: no article, no feminine or adjective ending,
    not a common noun of ``not_names.csv``, not a nisba adjective; *shortest* letters at least (a later word of a
    foreign name may be shorter: «ديلي ميل»)."""
    word, raw = text.words[j], text.raw(j)
    return (len(word) >= shortest and text.namelike(j) and word not in text.stop and not text.demonym[j] and word not in _not_names()
            and not word.startswith("ال") and not raw.endswith(("ة", "ى", "ية", "ات", "ين", "ون"))
            and not word.isdigit() and not _PRONOUN_ENDING.search(raw))


# an attached pronoun («فرعه»، «أموالها»، «قادتهم»): an Arabic noun or verb, no foreign name; «ـيه» ends names from
# French («شلمبرجيه»), so «ه» after «ي» is kept
_PRONOUN_ENDING = re.compile(r"\w\w(?:(?<!ي)ه|ها|هما|هم)$")


@cache
def media_heads() -> frozenset[str]:
    """Heads of newspapers, channels and websites, whose name may be a word with the article («قناة الجزيرة»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["media"] == "yes")


@cache
def place_heads() -> frozenset[str]:
    """Heads of institutes and universities, named by a known place after them («معهد الشرق الأوسط»، «جامعة بغداد»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["place_in_name"] in ("yes", "region"))


@cache
def region_heads() -> frozenset[str]:
    """Heads of departments, named by a world region after them only («إدارة الشرق الأوسط وشمال إفريقيا»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["place_in_name"] == "region")


@cache
def heads_in_names() -> frozenset[str]:
    """Heads kept in an unquoted name's span («وكالة رويترز»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["head_in_name"] == "yes")


@cache
def _nisba_heads() -> frozenset[str]:
    """Heads that name a body only with a country's nisba («الحكومة الهندية»، «القوات التركية»)."""
    return heads_and_definite_forms(lambda row: row["describes"] == "nisba")


def head_surfaces() -> dict[str, tuple[int, str]]:
    """The written forms of every head noun (see :func:`_head_surfaces`): a trigger vocabulary of the tokens."""
    return _head_surfaces()


@cache
def nisba_head_forms() -> dict[str, int]:
    """Written forms of the heads that name a body with a country's nisba, without the article, mapped to their
    proclitic's length («حكومة»، «لحكومة» → 1): with a country's name after them they name it too («حكومة العراق»)."""
    heads = {row["key"] for row in table("org_patterns.csv", key="head") if row["describes"] == "nisba"}
    return {form: clitic for form, (clitic, head) in _head_surfaces().items() if head in heads}


@cache
def _closing_words() -> frozenset[str]:
    """The adjectives that close a body's name («النيابية»، «العليا»، «المشتركة»; ``joint_bodies.csv``, closing)."""
    return key_set("joint_bodies.csv", "word", lambda row: row["role"] == "closing")


@cache
def _head_adjectives() -> dict[str, frozenset[str]]:
    """``{head: adjectives}`` of ``head_adjectives.csv``, the head also with the article: a head that names a body
    only with one of its adjectives in the name after it («الخدمة الفيدرالية للجمارك»)."""
    found: dict[str, set[str]] = {}
    for row in table("head_adjectives.csv", key="head"):
        for head in (row["key"], "ال" + row["key"]):
            found.setdefault(head, set()).add(match_key(row["adjective"]).key)
    return {head: frozenset(adjectives) for head, adjectives in found.items()}


@cache
def _short_heads() -> frozenset[str]:
    """Heads named by one word with the article («وزارة النفط»); others need a country or a longer description."""
    return heads_and_definite_forms(lambda row: row["describes"] == "short")


@cache
def _org_heads() -> dict[str, str]:
    """Return ``{head: type}``, with «ال» forms for heads that name with the article («السفارة الروسية»)."""
    heads = {row["key"]: row["type"] for row in table("org_patterns.csv", key="head")}
    heads.update({"ال" + row["key"]: row["type"] for row in table("org_patterns.csv", key="head")
                  if row["definite"] == "yes"})
    heads.update({form: heads[form[2:]] for form in complement_heads() if form[2:] in heads})
    return heads


@cache
def complement_heads() -> frozenset[str]:
    """Heads with the article that name a body only with a complement of «لل» (``data/complement_heads.csv``):
    «الهيئة العامة للجمارك»، «المصرف العراقي للتجارة»; «الشركة الروسية» alone describes."""
    return frozenset("ال" + row["key"] for row in table("complement_heads.csv", key="head"))


@cache
def _adjective_nisba_heads() -> frozenset[str]:
    """Heads of ``complement_heads.csv`` (with the article) that an adjective and a country's nisba also make a
    body's name («البنك الأهلي العراقي»، «المصرف التجاري العراقي»)."""
    return frozenset("ال" + row["key"] for row in table("complement_heads.csv", key="head") if row["adjective_nisba"])


@cache
def _not_acronyms() -> frozenset[str]:
    return frozenset({row["acronym"].upper() for row in table("not_acronyms.csv")} | set(current_codes()))


# Arabic words of a pattern that ends like a Russian surname, behind «و»، «ف»، «ب»، «ل»: a verbal noun «تفعيل»
# («بتخفيف»، «بتعيين»), a plural «تفاعيل» or «مفاعل» («تكاليف»، «مخاوف»), a participle «مفعول» («معروف»)
_ARABIC_LOOKALIKES = re.compile(r"[وفبل]{0,2}(?:ت[^\W\d_]{2}ي[فن]|ت[^\W\d_]ا[^\W\d_]يف|م[^\W\d_]اوف|م[^\W\d_]{2}وف)")


def _is_shape(word: str, alone: bool = False) -> bool:
    """Tell whether *word* ends like a transliterated Russian surname; *alone*: strongly enough to stand alone.

    >>> _is_shape("لافروف", alone=True), _is_shape("بتخفيف", alone=True), _is_shape("مخاوف", alone=True)
    (True, False, False)
    """
    pattern = _shape_alone() if alone else _shape()
    return not word.startswith(("ال", "لل")) and len(word) >= 5 and bool(pattern.fullmatch(word)) \
        and not _ARABIC_LOOKALIKES.fullmatch(word)


@cache
def _patronymic() -> re.Pattern:
    endings = alternation(row["key"] for row in table("name_shapes.csv", key="ending") if row["patronymic"] == "yes")
    return re.compile(rf"[^\W\d_]{{3,}}(?:{endings})")


def _is_patronymic(word: str) -> bool:
    """Tell whether *word* ends like a Russian patronymic («ليونيدوفيتش»، «إيفانوفنا»): after a given name and before a
    surname it is part of the name.

    >>> _is_patronymic("ليونيدوفيتش"), _is_patronymic("ايفانوفنا"), _is_patronymic("بوجدانوف")
    (True, True, False)
    """
    return not word.startswith(("ال", "لل")) and bool(_patronymic().fullmatch(word))


@cache
def _shape_alone() -> re.Pattern:
    endings = alternation(row["key"] for row in table("name_shapes.csv", key="ending") if row["alone"] == "yes")
    return re.compile(rf"[^\W\d_]{{2,}}(?:{endings})")


_UNREAD = object()  # (a token whose given name is not read yet; None says it is no given name)


class _Text:
    """The tokens of a match key with the tests the rules need."""

    def __init__(self, mk: MatchKey, taken: list[tuple[int, int]], demonyms: list[tuple[int, int]] = (),
                 tokens: Tokens | None = None, people: list[tuple[int, int]] = (),
                 surnames: list[tuple[int, int]] = ()) -> None:
        self.mk, self.key = mk, mk.key
        self.tokens = tokens if tokens is not None else Tokens(self.key)
        self.words, self.starts, self.ends = self.tokens.words, self.tokens.starts, self.tokens.ends
        self.taken = self._covered(taken)
        self._taken_spans = taken
        self.demonym = self._covered(demonyms)
        self.person = self._covered(people)  # the taken spans that are people of the lexicon
        self.surname = self._covered(surnames)  # …of them, those the lexicon names by a family name alone
        self.stop = stopwords()
        self._given: dict[int, bool | None] = {}  # per token, what :meth:`given` said (the rules ask again and again)
        self._namelike: dict[int, bool] = {}

    def _covered(self, spans: list[tuple[int, int]]) -> list[bool]:
        """Flag the tokens that overlap one of *spans* (few spans, many tokens: each span looks its tokens up)."""
        covered, starts, ends = [False] * len(self.words), self.starts, self.ends
        for start, end in spans:
            first = bisect.bisect_right(ends, start)
            stop = bisect.bisect_left(starts, end, first)  # (a word that starts before the span ends, from *first* on)
            if stop - first == 1:  # one word: the common case, a name of one word
                covered[first] = True
            elif stop > first:
                covered[first:stop] = [True] * (stop - first)
        return covered

    def taken_last(self, i: int) -> int:
        """The last token of the taken span that token *i* starts («دير الزور» from «دير»), else *i*."""
        start = self.starts[i]
        end = next((e for s, e in self._taken_spans if s == start), None)
        return i if end is None else max(i, bisect.bisect_left(self.ends, end))

    def joined(self, i: int) -> bool:
        """Tell whether token *i* and the next are separated by spaces only (same phrase)."""
        return self.tokens.joined(i)

    def near(self, i: int) -> bool:
        """Tell whether token *i* and the next are in the same clause (spaces, or one comma)."""
        if i + 1 >= len(self.words):
            return False
        gap = self.tokens.gaps[i + 1]
        return gap == " " or bool(_COMMA.fullmatch(gap))

    def quoted(self, i: int) -> int | None:
        """If a quoted name starts at token *i* («"وول ستريت جورنال"»), return its last token; letters spelt with
        dots count as words («"كيه.ايه.آر"»، «"بي.بي"»)."""
        gaps = self.tokens.gaps
        if not _OPEN.fullmatch(gaps[i] if i else ""):
            return None
        for last in range(i, min(i + 4, len(self.words))):
            between = gaps[last + 1]
            if _CLOSE.match(between):
                return last
            if not _SPACE.fullmatch(between) and between != ".":
                return None
        return None

    def parenthesised(self, i: int) -> int | None:
        """If a name in parentheses starts at token *i* («جريدة (ذي ناشيونال)»), return its last token."""
        gaps = self.tokens.gaps
        if not i or not _PAREN_OPEN.fullmatch(gaps[i]):
            return None
        for last in range(i, min(i + 4, len(self.words))):
            if _PAREN_CLOSE.match(gaps[last + 1]):
                return last
            if not _SPACE.fullmatch(gaps[last + 1]):
                return None
        return None

    def raw(self, i: int) -> str:
        start, end = self.mk.raw_span(self.starts[i], self.ends[i])
        return self.mk.raw[start:end]

    def title_at(self, i: int) -> tuple[int, int] | None:
        """Match a title at token *i* (a proclitic allowed); return ``(last token, clitic length)``."""
        for phrase, clitic in _title_surfaces().get(self.words[i], ()):
            last = i + len(phrase) - 1
            if last < len(self.words) and all(self.joined(j) for j in range(i, last)) and \
                    tuple(self.words[i + 1:last + 1]) == phrase[1:]:
                return last, clitic
        return None

    def given(self, i: int) -> bool | None:
        """``True``/``False`` for an unambiguous/ambiguous given name at token *i*, ``None`` for none."""
        found = self._given.get(i, _UNREAD)
        if found is _UNREAD:
            found = self._given[i] = self._read_given(i)
        return found

    def _read_given(self, i: int) -> bool | None:
        word = self.words[i]
        if word.startswith("عبدال") and len(word) >= 7 and word[3:] not in given_names():
            return True  # «عبدالعزيز»: «عبد» and a name of God written as one word
        if word not in given_names() or self.raw(i).endswith("ى") and word not in _given_in_alef_maqsura() \
                and word not in _russian_given():
            return None  # «على» is not «علي»; «يحيى» is a name; so is «فاليرى» (Egyptian press writes a final «ي» so)
        if word in _given_with_madda() and not self.raw(i).startswith("آ"):
            return None  # «وقال الوزير “أنا متفائل”»: the pronoun opens the quoted words, not Anna («آنا»)
        return not given_names()[word]

    def family(self, i: int) -> bool:
        """Tell whether token *i* may end a person's name as the family name: a name-like word, or a family name the
        lexicon knows alone for one man («الحلبوسي»), which a given name before it makes another man's name."""
        return self.surname[i] or self.namelike(i)

    def namelike(self, i: int) -> bool:
        found = self._namelike.get(i)
        if found is None:
            found = self._namelike[i] = self._read_namelike(i)
        return found

    def _read_namelike(self, i: int) -> bool:
        word = self.words[i]
        return (i < len(self.words) and not self.taken[i] and not word.isdigit()
                and (word not in self.stop or word in given_names() and not self.raw(i).endswith("ى"))  # «علي»
                and not word.isascii() and len(word) >= 2 and word not in _speech_verbs() and not _stops_name(word)
                and not word.startswith(("لل", "بال", "وال", "فال", "كال")) and not self.raw(i).endswith(("اً", "ًا"))
                and self.title_at(i) is None
                and word not in _org_heads() and not (word[:1] == "ل" and word[1:] in _org_heads()))
        # «كريم حطاب لوكالة الأنباء»: «ل» and a body's head («لوكالة»، «لصحيفة») open a complement, not a name


def _read_name(text: _Text, i: int, context: bool) -> int | None:
    """Read a person's name starting at token *i*; return its last token, or None.

    A name starts with a given name (or, after a title, a surname of Russian shape), runs over at most three more
    words, and ends after a surname of Russian shape or a family name with the article («السوداني»).
    """
    words, n = text.words, len(text.words)
    if i >= n or text.taken[i]:
        return None
    given = text.given(i)
    if words[i] in ("عبد", "ابو") and i + 1 < n and text.joined(i) and words[i + 1].startswith("ال"):
        given, last = True, i + 1  # «عبد الجبار» is one given name
    elif context and i + 2 < n and text.joined(i) and _name_compounds().get(words[i + 1]) == "second" \
            and not words[i].startswith("ال") and text.namelike(i) and text.joined(i + 1) \
            and (text.namelike(i + 2) or words[i + 2].startswith("ال") and not text.taken[i + 2]):
        given, last = True, i + 1  # «الشيخ جلال الدين الصغير»: a given name of two words, «الدين» or «الله» its
        # second, then the family name
        if text.given(i + 2) is True:
            return i + 1  # «محافظ صلاح الدين أحمد الجبوري»: an unambiguous given name after it starts another name
    elif given is not None or (context and _is_shape(words[i], alone=True) and text.namelike(i)):
        last = i
    elif context and text.namelike(i) and not words[i].startswith("ال") and i + 1 < n and text.joined(i) \
            and _is_shape(words[i + 1], alone=True) and text.namelike(i + 1) and not text.demonym[i + 1]:
        return i + 1  # after a title, an unknown given name before a Russian surname («إيلبروس كوتراشيف»); a weak
        # ending is no surname after an unknown word: «ـين» ends plurals and duals («مسؤولين عراقيين»، «تستمر يومين»)
    else:
        return None
    if given is False and not context:
        return None
    count, linked = 0, False
    while count < 3 and not (_is_shape(words[last]) and not (last == i and given is not None)
                             and not (last > i and context and given is True and text.given(last) is True
                                      and words[i] not in _russian_given())) \
            and text.joined(last) and last + 1 < n and (  # «تحسين» is a given name, not a surname in «-ين»
            text.namelike(last + 1) or context and text.surname[last + 1] and words[last] not in text.stop
            or words[last + 1] in ("عبد", "ابو", "بن") and last + 2 < n
            and text.namelike(last + 2)):  # «عبدالعزيز بن سلمان»: «بن» (son of) links the names
        following = words[last + 1]
        if following.startswith("و") and following[1:] in given_names():
            break  # «علي عبد الأمير وحسن محمد»: «و» and a given name start the next person of a list
        if following.startswith("و") and following[1:] in _org_heads():
            break  # «حقل سلمان وحقل مرجان»: «و» and a head noun start the next item of a list, no part of a name
        if not context and last == i + 1 and last + 2 < n and words[last + 2].startswith("لل") and text.joined(last + 1) \
                and following not in given_names() and not _clause_ends_at(text, last + 2):
            break  # «عبدالرحمن طه أسواق للمعلومات»: a word before «لل» and a noun opens a name of its own (an
            # outlet, a company), unless what follows is the speech's circumstance («للصحفيين»)
        if following.startswith("و") and last > i and following not in given_names() and not _is_shape(following):
            break  # «ميخائيل لوفتينتو وعدد …»: after a given name and a surname, «و» starts the next item
        if following.startswith("ال") and _name_compounds().get(following) == "first" and last + 2 < n \
                and text.joined(last + 1) and text.namelike(last + 2) and context:
            last += 2  # «محمد رضا آل حيدر»: «آل» (family of), folded like the article, opens a two-word surname
            break
        if following.startswith("ال"):
            if context and (count >= 1 or given is not None) and not linked:
                last += 1  # «محمد شياع السوداني»: a family name with the article ends the name
            break
        if following in ("عبد", "ابو", "بن") and last + 2 < n and text.joined(last + 1):
            last += 2
            linked = linked or following == "بن"  # «… بن فيصل بن تركي»: a chain of «بن» is the whole name
            if following == "بن" and words[last] in ("عبد", "ابو") and last + 1 < n and text.joined(last) \
                    and words[last + 1].startswith("ال"):
                last += 1  # «سلمان بن عبد العزيز»: «عبد» and a name of God after «بن» are one name
        else:
            last += 1
        count += 1
    if last > i and given is not None and _is_patronymic(words[last]) and last + 1 < n and text.joined(last) and (
            text.person[last + 1] or text.namelike(last + 1) and text.given(last + 1) is None
            and not words[last + 1].startswith("ال") and (_is_shape(words[last + 1]) or _clause_ends_at(text, last + 2))):
        last = text.taken_last(last + 1)  # «ميخائيل ليونيدوفيتش بوجدانوف»: the patronymic, then the surname
    if last == i and context and given is not None and i + 1 < n and text.joined(i) \
            and words[i + 1].startswith("ال") and (title := text.title_at(i + 1)) and title == (i + 1, 0) \
            and not text.demonym[i + 1] and _clause_ends_at(text, i + 2):
        last = i + 1  # «وقال هشام المهندس إن»: a one-word title with the article after a given name, the clause
        # ending there, is the family name (a title stands before the name it describes)
    length = last - i + 1
    shaped = any(_is_shape(w) for w in words[i:last + 1])
    if length == 1 and not (context and _is_shape(words[i], alone=True)) \
            and not (context and given is True and i + 1 < n and text.joined(i) and _stops_name(words[i + 1])):
        return None  # after a title, one unambiguous given name stands alone before a verb that ends it: «والملك
        # سلمان يبحثان»
    russian = words[i] in _russian_given()
    if not context and not shaped and not russian and not (given and length >= 3):
        return None
    return last


def _latin_name_end(text: _Text, i: int) -> int | None:
    """If two or three capitalised words in Latin letters start at token *i* («Ruslan Pukhov») and end the clause,
    return the last: after a title, a person's name written in Latin letters (a name the lists know is read by the
    lexicon first; a company's after the title runs on into its person: «رئيس Gazprom Neft Alexander Dyukov»).

    >>> from analysis.normalize import match_key
    >>> [f.text for f in find_names(match_key("وقال الخبير العسكري الروسي Ruslan Pukhov إن الصفقة مهمة"))]
    ['ruslan pukhov']
    """
    last, n = i, len(text.words)
    while last < n and last - i < 3 and _CAPITALISED.fullmatch(text.raw(last)) and not text.taken[last] \
            and (last == i or text.joined(last - 1)):
        last += 1
    return last - 1 if last - i >= 2 and _clause_ends_at(text, last) else None  # a speaker's name ends its clause


_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")  # «Ruslan», «Al-Maliki»; not «NOC» or «BP»


def _family_ends_clause(text: _Text, k: int) -> bool:
    """Tell whether token *k* is followed by a family name of nisba shape with the article («النوري») that ends its
    clause (punctuation or «إن»/«أن» next), as a name does and a construct in a title's complement rarely does."""
    words, n = text.words, len(text.words)
    if k + 1 >= n or not text.joined(k) or not text.family(k + 1) or text.demonym[k + 1]:
        return False
    family = words[k + 1]
    if not family.startswith("ال") or len(family) < 6 or not family.endswith("ي"):
        return False
    return _clause_ends_at(text, k + 2)


def _ambiguous_given_and_family(text: _Text, k: int) -> bool:
    """Tell whether token *k* is a given name that is also a word («جلال»، «طارق») followed by a family name with the
    article: a family name of nisba shape («الطالباني»), or, after a country's nisba («وزير البترول المصري طارق الملا
    إلى»), one of another shape before the clause's end or a function word («في»، «إلى»): the shape of a name, where a
    construct in a title's complement («صالح الوفد الروسي»، «كمال الأجسام») goes on with a noun."""
    words, n = text.words, len(text.words)
    if text.given(k) is not False or k + 1 >= n or not text.joined(k) or not text.namelike(k + 1) \
            or text.demonym[k + 1] or text.taken[k + 1]:
        return False
    family = words[k + 1]
    if not family.startswith("ال") or len(family) < 5 or family in _org_heads():
        return False
    if len(family) >= 6 and family.endswith("ي"):
        return True
    if not (k > 0 and text.demonym[k - 1]):
        return False  # «الوزير كمال الأجسام في»: right after the title, a family name of another shape may be a noun
    return _clause_ends_at(text, k + 2) or k + 2 < n and text.joined(k + 1) and words[k + 2] in text.stop


def _complement_end(text: _Text, j: int) -> int:
    """Skip the complement of a title («الخارجية العراقي»، «باسم الكرملين»، «شركة روسنفت»); return the next token."""
    words, n, k = text.words, len(text.words), j
    while k < n and k - j < 10 and (text.near(k - 1) or text.quoted(k) is not None):
        word = words[k]
        if k == j and text.person[k]:  # a known person right after the title is its name: no complement runs on
            while k < n and text.person[k]:  # over it («رئيس الوزراء ميخائيل ميشوستين إلى مجلس النواب مقترحا»);
                k += 1  # one inside the complement is passed («بمبعوث الرئيس الأميركي دونالد ترامب إلى العراق،
            break  # مارك سافايا»)
        if (quoted := text.quoted(k)) is not None:
            if quoted > k and text.given(k) is not None and words[k - 1] not in _org_heads() \
                    and words[k - 1] not in _head_surfaces():
                break  # «عضو اللجنة الأمنية « عباس البياتي »»: a quoted given name and surname after the complement
            k = quoted + 1  # a quoted name in the complement: «رئيس شركة "لوك أويل"»
            continue
        if text.given(k) is not None and text.joined(k) and k + 1 < n and not text.taken[k + 1] \
                and not words[k + 1].startswith(("ال", "لل")) or (_is_shape(word, alone=True) and not text.taken[k]):
            break  # (a weak ending, «ين», is no surname here: «لتثمين موارد المحروقات» is a construct)
        if word.startswith(("ال", "لل", "وال")) or text.taken[k] or word in ("في", "فى", "لدي", "باسم", "عن") \
                or word in _org_heads() or word in _head_surfaces() or word.startswith(("وزير", "ووزير")) \
                or word in _title_adverbs():  # «الحاكم المدني للعراق، آنذاك، بول بريمر»
            k += 1
            continue
        if text.given(k) is not None and _family_ends_clause(text, k) or text.given(k) is None \
                and _unknown_given_and_family(text, k):
            break  # «القيادي في منظمة بدر كريم النوري،»، «رئيس لجنة الطاقة في البرلمان هيبت الحلبوسي في تصريح»: a
            # given name and a family nisba that end the clause, tested before a body's own name
        if (k == j or text.demonym[k - 1]) and _ambiguous_given_and_family(text, k):
            break  # «بالرئيس جلال الطالباني في»، «وزير البترول المصري طارق الملا إلى»: right after the title or its
            # country's nisba, a given name that is also a word and a family name are the name, not a construct
        if k > j and (words[k - 1] in _org_heads() or words[k - 1][:1] in ("ل", "ب")
                      and words[k - 1][1:] in _org_heads()) \
                and not (words[k - 1].startswith("ال") and text.given(k) is not None):  # the company's own name,
            k += 1  # also after «لمنظمة»; not a given name after a head with the article: «باسم الحكومة علي الدباغ»
            continue
        if k + 1 < n and text.joined(k) and words[k + 1].startswith("ال") and not text.given(k) \
                and word not in text.stop and _name_compounds().get(words[k + 1]) != "second":
            # not «إن الطائرات»: a particle opens the clause after the name; not «جلال الدين»: a given name
            k += 2  # a construct: «لتثمين المحروقات»
            continue
        if k + 2 < n and text.joined(k) and text.joined(k + 1) and words[k + 2].startswith("ال") \
                and text.given(k) is None and text.given(k + 1) is None and not text.taken[k + 1] \
                and word not in text.stop \
                and _name_compounds().get(words[k + 2]) != "second":  # «ساركوت شمس الدين»: a name, not a construct
            k += 3  # a construct of three words: «لتثمين موارد المحروقات»; not «فإن الكميات المستوردة»: a particle
            # opens the clause after the name
            continue
        break
    return k


@cache
def _title_adverbs() -> frozenset[str]:
    """Adverbs of time between a title's complement and the name («آنذاك»، «حينها»; ``data/title_adverbs.csv``)."""
    return key_set("title_adverbs.csv", "word")


@cache
def _academic_titles() -> tuple[tuple[str, ...], ...]:
    """The letters of each academic title of ``data/academic_titles.csv`` («أ.د.» → («ا», «د»)), longest first."""
    letters = {tuple(re.findall(r"\w", row["key"])) for row in table("academic_titles.csv", key="abbreviation")}
    return tuple(sorted(letters, key=len, reverse=True))


@cache
def _ala_complements() -> frozenset[str]:
    return key_set("ala_complements.csv", "word")


def _governs_ala(word: str) -> bool:
    """Tell whether a complement's word after «ل» is a verbal noun that governs «على» (``data/ala_complements.csv``):
    «للرقابة»، «للسيطرة», not «للاستثمار».

    >>> _governs_ala("للرقابه"), _governs_ala("للاستثمار"), _governs_ala("لرقابه")
    (True, False, True)
    """
    if word.startswith("لل"):
        return word[2:] in _ala_complements()
    return word[:1] == "ل" and word[1:] in _ala_complements()


def surname_shaped(word: str) -> bool:
    """Tell whether *word* (a match key) ends like a transliterated Russian surname strongly enough to stand alone
    (``name_shapes.csv``, ``alone=yes``): «بروكوفييف».

    >>> surname_shaped("بروكوفييف"), surname_shaped("مخاوف")
    (True, False)
    """
    return _is_shape(word, alone=True)


def academic_title_letters() -> tuple[tuple[str, ...], ...]:
    """The letters of each academic title of ``data/academic_titles.csv`` («أ.د.» → («ا», «د»)): initials that are no
    person's."""
    return _academic_titles()


def _after_academic_title(text: _Text, k: int) -> int:
    """Skip an academic title abbreviated with full stops at token *k* («د. جوتيار عادل»، «أ.د. …»); return the token
    after it (*k* itself where none stands there)."""
    words, gaps, n = text.words, text.tokens.gaps, len(text.words)
    if k >= n or len(words[k]) != 1:  # a title's letters are single letters: a longer word opens none
        return k
    for letters in _academic_titles():
        end = k + len(letters)
        if end < n and tuple(words[k:end]) == letters and all(gaps[j + 1].lstrip().startswith(".")
                                                                 for j in range(k, end)):
            return end
    return k


def _persons(text: _Text) -> list[tuple[int, int, str]]:
    found, n, i = [], len(text.words), 0
    for candidate in text.tokens.where(_person_triggers()):  # a title, a speech verb or a given name
        if candidate < i:
            continue
        i = candidate
        hit = text.title_at(i)
        rule, start = None, None
        if hit and hit[0] + 1 < n and text.person[hit[0] + 1]:
            rule = None  # a known person right after the title is the one it describes: no other name is read after
            # it («السفير عظمة الله كولمحمدوف وسام الاستحقاق»: «وسام» is a medal here, not Wisam)
        elif hit:
            start, rule = _complement_end(text, hit[0] + 1), "title"
        elif text.words[i] in _speech_verbs() and text.near(i):
            start, rule = i + 1, "speech"
        elif (skipped := _after_academic_title(text, i)) > i and (i == 0 or not text.taken[i - 1]):
            start, rule, hit = i, "title", (i - 1, 0)  # «د. جوتيار عادل»: the abbreviation alone is a title
        opened = i if rule and start >= n else start  # where the name would start, before an academic title
        if rule and start < n:
            start = _after_academic_title(text, start)  # «المتحدث باسم الحكومة، د. جوتيار عادل»
        academic = rule is not None and start != opened
        after_quote = bool(rule) and start < n and (_QUOTE_END.fullmatch(text.tokens.gaps[start])
                                                    or rule == "title" and text.quoted(start) is not None
                                                    or rule == "title" and _bracketed_name(text, start))
        if rule == "title" and start < n and text.words[start][:1] == "و" and text.words[start] not in given_names() \
                and (text.words[start][1:] in given_names() or start + 1 < n and _is_shape(text.words[start + 1])):
            rule = None  # «التقى الوزير وإيلدار غالييف»: «و» and a name after a title start another person
        if rule and start < n and (opened == 0 or text.near(opened - 1) or after_quote or academic and opened == i):
            last = _read_name(text, start, context=True)
            if last is None and rule == "title" and (latin := _latin_name_end(text, start)) is not None:
                found.append((start, latin, rule))  # «وقال الخبير العسكري الروسي Ruslan Pukhov إن»
                i = latin + 1
                continue
            if last is None and rule == "title" and start - 2 > hit[0] and text.given(start - 2) is False \
                    and text.words[start - 1].startswith("ال"):  # the complement took «نبيل المرسومي» for a phrase
                start, last = start - 2, _read_name(text, start - 2, context=True)
            if last is None and rule == "title" and (start == hit[0] + 1 or academic or "،" in text.tokens.gaps[start]
                                                     or "," in text.tokens.gaps[start]
                                                     or start + 2 < n and text.words[start + 2] in _THAT) \
                    and _two_unknown_names(text, start):
                last = start + 1  # «النائبة عالية نصيف إن»، «المدير العام لسوناطراك، رشيد حشيشي،»: no list knows them;
                # after a complement, «إن» next: «الباحث في الشأن الاقتصادي صفوان قصي إن»
            if last is None and rule == "title" and (start == hit[0] + 1 or "،" in text.tokens.gaps[start]
                                                     or start + 3 < n and text.words[start + 3] in _THAT) \
                    and start + 3 <= n and _name_compounds().get(text.words[start + 2]) == "second" \
                    and text.joined(start + 1) and _two_unknown_names(text, start, clause_end=False) \
                    and _clause_ends_at(text, start + 3):
                last = start + 2  # «النائب ساركوت شمس الدين إن»: no list knows the given name, the surname is a
                # compound that ends with «الدين» or «الله» (name_compounds.csv)
            if last is None and rule == "title" and _unknown_given_and_family(text, start):
                last = start + 1  # «رئيس لجنة الطاقة في البرلمان هيبت الحلبوسي في تصريح»: the complement stopped
                # before an unknown given name and a family nisba
            if last is None and rule == "title" and start - 2 > hit[0] and _unknown_given_and_family(text, start - 2):
                start, last = start - 2, start - 1  # «المدير التنفيذي للشركة كاتي الجبوري،»: the complement took
                # an unknown given name and a family nisba for a phrase
            if last is None and rule == "speech" and start + 1 < n and text.surname[start + 1] \
                    and _unknown_given_and_family(text, start):
                last = start + 1  # «وقال هيبت الحلبوسي إن»: a given name no list knows before a family name the
                # lexicon knows alone for another man of the family
            if last is not None:
                found.append((start, last, rule))
                i = last + 1
                continue
        if text.given(i) is True:
            if i + 1 < n and any(last - 1 > first and text.words[last - 1:last + 1] == text.words[i:i + 2]
                                 for first, last, _ in found):
                i += 2  # «عبد الغني» of «حيان عبد الغني» met again: the surname, read by _surnames_again
                continue
            last = _read_name(text, i, context=False)
            if last is None and _family_ends_clause(text, i) and not text.taken[i + 1] \
                    and not (i and text.words[i - 1] in _NAME_LINKS and text.joined(i - 1)):
                last = i + 1  # «ومهاجمة قيس الخزعلي، وأبو آلاء الولائي»: an unambiguous given name and a family
                # nisba with the article that ends its clause, with no title or verb before them
            if last is not None:
                found.append((i, last, "shape"))
                i = last + 1
                continue
        i += 1
    return found + _surnames_again(text, found)


def _bracketed_name(text: _Text, start: int) -> bool:
    """Tell whether a given name the lists know opens a name of two or three words in parentheses at token *start*,
    right after a title («رئيس الهيئة القاضي (حيدر حنون)»): the name the title describes, as a quoted one."""
    last = text.parenthesised(start)
    return last is not None and 1 <= last - start <= 2 and text.given(start) is True


def _named_before_titles(text: _Text, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A given name and one more word right before a title, set off by a space or a comma, are a person the title
    describes («ذكر لقمان الفيلي سفير العراق»), where no rule has read them.

    >>> from analysis.normalize import match_key
    >>> names = find_names(match_key("وذكر لقمان الفيلي سفير العراق في واشنطن"))
    >>> [(f.text, f.type) for f in names]
    [('لقمان الفيلي', 'person')]
    """
    words, n, added = text.words, len(text.words), []
    for t in text.tokens.where(_title_surfaces()):
        i = t - 2
        # «…، ونبيل فهمي وزير الخارجية»: the next person of a list after a comma, «و» before a given name
        listed = i > 0 and text.given(i) is None and words[i][:1] == "و" and words[i][1:] in given_names() \
            and "،" in text.tokens.gaps[i]
        if i < 0 or text.given(i) is not True and not listed or not text.joined(i) or not text.namelike(i + 1) \
                or not text.near(i + 1) or text.title_at(t) is None or i and text.title_at(i - 1) is not None \
                or any(first <= i + 1 and i <= last for first, last, _ in found + added):
            continue
        added.append((i, i + 1, "title+1" if listed else "title"))
    return added


_KUNYA = frozenset({"ابو", "وابو"})  # «أبو» (father of), alone or behind «و», as match keys
_NAME_LINKS = _KUNYA | {"ام", "وام", "ابن", "بن", "عبد", "وعبد"}  # a name goes on over them: «أبو آلاء الولائي»


def _kunyas(text: _Text, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«أبو» (father of), a given name and a family name with the article are a person known by a kunya («وأبو آلاء
    الولائي»), where no rule has read them: the second word a given name of ``given_names.csv``, the third neither a
    country's nisba nor a known name («سجن أبو غريب المركزي» names none) nor a title («أبو مهدي المهندس», whose last
    word is also the title «المهندس», is in the lexicon).

    >>> from analysis.normalize import match_key
    >>> [f.text for f in find_names(match_key("أسسها أبو آلاء الولائي، الذي قتل"))]
    ['ابو الاء الولائي']
    """
    words, n, added = text.words, len(text.words), []
    for i in text.tokens.where(_KUNYA):
        if i + 2 >= n or not text.joined(i) or not text.joined(i + 1) or words[i + 1] not in given_names() \
                or not words[i + 2].startswith("ال") or not text.namelike(i + 2) or text.demonym[i + 2] \
                or text.taken[i + 1] or any(first <= i + 2 and i <= last for first, last, _ in found + added):
            continue
        added.append((i, i + 2, "pattern+1" if words[i].startswith("و") else "pattern"))
    return added


def _named_before_speech(text: _Text, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two unknown words between «أن»/«إن» and a verb of speech are a given name and a surname, the subject of the
    reported speech («وذكرت الصحيفة أن جوي هود قال»): neither has the article or a feminine ending, is a title, a
    place's nisba or a common noun («أن مصادر مطلعة قالت» is no person).

    >>> from analysis.normalize import match_key
    >>> [f.text for f in find_names(match_key("وذكرت الصحيفة أن جوي هود قال إن واشنطن تراقب"))]
    ['جوي هود']
    """
    words, n, added = text.words, len(text.words), []
    for t in text.tokens.where(_THAT):
        i = t + 1
        if i + 2 >= n or words[i + 2] not in _speech_verbs() or not text.joined(t) or not text.joined(i + 1) \
                or not _two_unknown_names(text, i, clause_end=False) \
                or any(first <= i + 1 and i <= last for first, last, _ in found):
            continue
        added.append((i, i + 1, "speech"))
    return added


def _extra_surnames(text: _Text, read: list[tuple[int, int, str]],
                    extra: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The surname of a person of *extra* met again alone, behind «و»، «ل»، «ب» or none, outside the names *read*
    («لقمان الفيلي سفير العراق» … «وأضاف الفيلي»): the simple case of :func:`_surnames_again`, looked up in one
    pass over the words."""
    words, forms = text.words, {}
    for first, last, rule in extra:
        if last > first and text.given(last) is None and len(words[last]) >= 3:
            base = rule.split("+")[0]  # («shape+1»: the clitic of the full name, not of the surname)
            forms.update({clitic + words[last]: (base, len(clitic)) for clitic in ("", "و", "ل", "ب")})
    if not forms:
        return []
    covered = {j for first, last, _ in read for j in range(first, last + 1)}
    found = []
    for j in text.tokens.where(forms):
        if j not in covered and not text.taken[j]:
            rule, clitic = forms[words[j]]
            found.append((j, j, rule + f"+{clitic}" if clitic else rule))
    return found


@cache
def _given_after_and() -> frozenset[str]:
    """Given names behind «و» («وماكسيم»), which open the next person of a list."""
    return frozenset("و" + name for name in given_names())


@cache
def _given_after_particle() -> frozenset[str]:
    """Given names that are no common word behind «ل» or «ب» («لأحمد»، «بمحمد»), where the two are no given name."""
    names = given_names()
    return frozenset(particle + name for name, ambiguous in names.items() if not ambiguous for particle in "لب"
                     if particle + name not in names)


def _given_behind_particle(text: _Text, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«ل» or «ب» glued to a given name that is no common word, before a family name of nisba shape with the article
    or a surname of Russian shape: a person, the particle left out («مقالا لأحمد الجبوري»، «التقى بمكسيم
    ماكسيموف»).

    >>> from analysis.normalize import match_key
    >>> [(f.text, f.type) for f in find_names(match_key("ووفقا لمحمد الكعبي فإن الإنتاج ارتفع"))]
    [('محمد الكعبي', 'person')]
    """
    words, n, added = text.words, len(text.words), []
    for i in text.tokens.where(_given_after_particle()):
        if i + 1 >= n or not text.joined(i) or text.taken[i] or not text.namelike(i + 1) or text.demonym[i + 1] \
                or any(first <= i + 1 and i <= last for first, last, _ in found):
            continue
        family = words[i + 1]
        if family.startswith("ال") and len(family) >= 6 and family.endswith("ي") or _is_shape(family):
            added.append((i, i + 1, "shape+1"))
    return added


def _listed_russians(text: _Text, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«و» and a given name before a surname of Russian shape: the next person of a list («… ووفدا ضم الیكسي
    سولوماتین …، وماكسیم ماكسیموف سفیر روسیا»), «و» left out.

    >>> from analysis.normalize import match_key
    >>> [(f.text, f.type) for f in find_names(match_key("حضر اللقاء السفير وماكسيم ماكسيموف"))]
    [('ماكسيم ماكسيموف', 'person')]
    """
    words, n, added = text.words, len(text.words), []
    for i in text.tokens.where(_given_after_and()):
        if i + 1 < n and text.joined(i) and _is_shape(words[i + 1]) and text.namelike(i + 1) and not text.taken[i] \
                and not any(first <= i + 1 and i <= last for first, last, _ in found):
            added.append((i, i + 1, "shape+1"))
    return added


@cache
def _speaker_adjuncts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``data/speaker_adjuncts.csv`` by their first word, longest first."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for row in table("speaker_adjuncts.csv", key="phrase"):
        words = tuple(row["key"].split())
        phrases.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in phrases.items()}


def _clause_ends_at(text: _Text, k: int) -> bool:
    """Tell whether a speaker's name may end right before token *k*: the text ends, punctuation, «إن»/«أن», or the
    words that open the circumstances of the speech («في تصريح»، «لـ»; ``data/speaker_adjuncts.csv``)."""
    return k >= len(text.words) or bool(_CLAUSE_END.match(text.tokens.gaps[k])) or _speech_opens_at(text, k)


def _speech_opens_at(text: _Text, k: int) -> bool:
    """Tell whether what a speaker said, or its circumstances, opens at token *k*: «إن»/«أن», or the words of
    ``data/speaker_adjuncts.csv`` («في تصريح»، «لـ»)."""
    words = text.words
    if k >= len(words) or not text.joined(k - 1):
        return False
    return words[k] in _THAT or any(tuple(words[k:k + len(phrase)]) == phrase
                                    for phrase in _speaker_adjuncts().get(words[k], ()))


def _unknown_given_and_family(text: _Text, i: int) -> bool:
    """Tell whether the two words at token *i*, after a title and its complement, are a given name no list knows and
    a family name of nisba shape with the article («كاتي الجبوري»), the clause ending after them as for
    :func:`_two_unknown_names`; not a verbal noun and its object («استئناف الصادرات»). A family name the lexicon knows
    alone for another man («هيبت الحلبوسي») is one only where what the speaker said opens after it, and not after
    the complement of a title or head without the article («رئيس تقدم الحلبوسي»: the party, no given name), nor
    after a word of the text's stopwords («وقال علي المالكي»: «على» as some pages write it).

    >>> from analysis.normalize import match_key
    >>> [f.text for f in find_names(match_key("وقال المدير التنفيذي للشركة كاتي الجبوري، ان العمل مستمر"))]
    ['كاتي الجبوري']
    """
    words, n = text.words, len(text.words)
    if i + 1 >= n or not text.joined(i):
        return False
    given, family = words[i], words[i + 1]
    if not text.namelike(i) or given.startswith("ال") or len(given) < 3 or text.demonym[i] \
            or given in _not_names() or text.raw(i).endswith(("ا", "ة", "ات")):
        return False
    if not family.startswith("ال") or len(family) < 6 or not family.endswith("ي") or not text.family(i + 1) \
            or text.demonym[i + 1]:
        return False
    if text.taken[i + 1]:  # a family name the lexicon knows alone for another man
        before = words[i - 1] if i else ""
        return _speech_opens_at(text, i + 2) and given not in text.stop \
            and not ((before in head_surfaces() or before in title_words()) and not before.startswith(_ARTICLES))
    return _clause_ends_at(text, i + 2)


def _two_unknown_names(text: _Text, i: int, clause_end: bool = True) -> bool:
    """Tell whether two words at token *i*, right after a title with no complement or set off by a comma after its
    complement, are a given name and a surname that no list knows: neither has the article or is a common noun, and
    the clause ends after them (punctuation or «إن»/«أن»): «وقالت النائبة عالية نصيف إن …»; *clause_end* false:
    whatever follows (the caller has its own test)."""
    words, n = text.words, len(text.words)
    if i + 1 >= n or not text.joined(i):
        return False
    for j in (i, i + 1):
        word = words[j]
        if not text.namelike(j) or word.startswith("ال") or len(word) < 3 or text.demonym[j] or word in _not_names() \
                or text.raw(j).endswith("ا"):
            return False
    return not clause_end or i + 2 >= n or bool(_CLAUSE_END.match(text.tokens.gaps[i + 2])) or words[i + 2] in _THAT


@cache
def _person_triggers() -> frozenset[str]:
    """The words a person rule starts from: written forms of titles, speech verbs, given names."""
    return frozenset(_title_surfaces()) | _speech_verbs() | frozenset(given_names()) | frozenset(
        letters[0] for letters in _academic_titles())


def _glued_compound(word: str) -> tuple[str, str] | None:
    """The two halves of a two-word surname written as one word («عبدالجبار»: a first half of ``name_compounds.csv``
    and a word with the article), or None."""
    for first, part in _name_compounds().items():
        rest = word[len(first):]
        if part == "first" and len(first) >= 3 and word.startswith(first) and rest.startswith("ال") \
                and len(rest) >= 4 and compound_surname(first, rest):
            return first, rest
    return None


def _surnames_again(text: _Text, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A surname found once in a full name names the same person alone later («… سعد جواد قنديل … قنديل»)."""
    words = text.words
    pairs = {(words[last - 1], words[last]): rule for first, last, rule in found
             if last - 1 > first and compound_surname(words[last - 1], words[last])}
    pairs.update({glued: rule for first, last, rule in found if last > first
                  and (glued := _glued_compound(words[last])) and glued not in pairs})  # «إحسان عبدالجبار» …
    # «عبد الجبار»: the two-word surname written as one word first, apart later (zp04)
    surnames = {words[last]: rule for first, last, rule in found if last > first and text.given(last) is None
                and len(words[last]) >= 3 and (words[last - 1], words[last]) not in pairs}
    firsts = {words[last]: words[first] for first, last, _ in found if last == first + 1}
    # a surname that is also a given name («عماد حسين») is read alone only right after a reporting verb, or quoted
    # alone
    spoken = {words[last]: rule for first, last, rule in found if first < last <= first + 2
              and text.given(last) is not None and len(words[last]) >= 4}  # and of three names: «جاسم محمد جعفر»
    if not surnames and not pairs and not spoken:
        return []
    covered = {j for first, last, _ in found for j in range(first, last + 1)}
    again, verbs = [], reporting_words()
    for j in text.tokens.where(spoken) if spoken else ():
        if j > 0 and (words[j - 1] in verbs and text.joined(j - 1) or text.quoted(j) == j
                      or text.joined(j - 1) and (text.title_at(j - 1) or (None, 0))[0] == j - 1) and j not in covered \
                and not text.taken[j] and not (text.joined(j) and j + 1 < len(words) and text.given(j + 1) is not None):
            again.append((j, j, spoken[words[j]], 0))  # «وتابع حسين في مؤتمر صحافي»، «مبينا ان "حسين" سيلتقي»
            covered.add(j)
    for j in _surname_candidates(text, surnames, pairs) if surnames or pairs else ():
        word = words[j]
        for proclitic in ("", "و", "ل", "ب"):
            bare = word[len(proclitic):] if word.startswith(proclitic) else None
            if j + 1 < len(words) and (bare, words[j + 1]) in pairs and text.joined(j) \
                    and not covered & {j, j + 1} and not any(text.taken[j:j + 2]):
                again.append((j, j + 1, pairs[(bare, words[j + 1])], len(proclitic)))  # «خير الله»، «عبد المهدي»
                break
            if proclitic == "ل" and bare is not None and bare.startswith("ل") and "ا" + bare in surnames:
                bare, proclitic = "ا" + bare, ""  # «للكعبي» is «ل» on «الكعبي»: the span keeps «لل», as «للعراق»
            if bare in surnames and j not in covered and not text.taken[j]:
                given = _given_before(text, j, firsts.get(bare))  # «وألكساندر نوفاك»: the given name, behind «و»
                again.append((j, j, surnames[bare], len(proclitic)) if given is None
                             else (j - 1, j, surnames[bare], given))
                break
    return [(i, j, rule) if not clitic else (i, j, rule + f"+{clitic}") for i, j, rule, clitic in again]


def _surname_candidates(text: _Text, surnames: dict, pairs: dict) -> list[int]:
    """The words that can be a surname met again (with «و»، «ل» or «ب», or «لل» for «ال») or the first word of a
    compound one: the words written so (a look-up of every word, in C), not every word read in Python."""
    clitics = ("", "و", "ل", "ب")
    forms = {clitic + name for name in [*surnames, *(first for first, _ in pairs)] for clitic in clitics}
    forms.update("ل" + name[1:] for name in surnames if name.startswith("ال"))  # «للكعبي» for «الكعبي»
    return text.tokens.where(forms)


@cache
def _name_compounds() -> dict[str, str]:
    """Return ``{match key: part}`` for the halves of two-word surnames (``data/name_compounds.csv``)."""
    return {row["key"]: row["part"] for row in table("name_compounds.csv", key="word")}


def compound_surname(before: str, last: str) -> bool:
    """Tell whether *before* and *last*, the last two words of a name, are one surname («خير الله»، «عبد المهدي»)."""
    return _name_compounds().get(before) == "first" or _name_compounds().get(last) == "second"


def _given_before(text: _Text, j: int, first: str | None = None) -> int | None:
    """If token *j* follows a given name in the same phrase (an unambiguous one, or *first*, the given name the
    surname was first found with), with or without a proclitic, return the proclitic's length; else None."""
    if j == 0 or not text.joined(j - 1) or text.taken[j - 1]:
        return None
    word = text.words[j - 1]
    for proclitic in ("", "و", "ف"):
        bare = word[len(proclitic):] if word.startswith(proclitic) else None
        if bare and (bare == first or bare in given_names() and not given_names()[bare]):
            return len(proclitic)
    return None


@cache
def field_phase() -> re.Pattern:
    """The phase after a field's name («غرب القرنة-2»، «غرب القرنة/ 2»، «غرب القرنة المرحلة الثانية»، «غرب
    القرنة/المرحلة الثانية»، «غرب القرنة الأول»), not a number that starts an amount. The ordinal of «المرحلة» is feminine: «الثاني» (``data/ordinals.csv``) + «ة», «الأول» + «ى»."""
    ordinals = [row["key"] for row in table("ordinals.csv", key="word") if row["key"].startswith("ال")
                and int(row["value"]) <= 10 and row["key"] != "الحادي"]
    feminine = alternation(map(feminine_ordinal, ordinals))
    first = [row["key"] for row in table("ordinals.csv", key="word") if row["key"].startswith("ال")
             and int(row["value"]) <= 3 and row["key"] != "الحادي"]  # «غرب القرنة الأول»، «… الثانية»
    bare = alternation(first + [feminine_ordinal(w) for w in first])
    return re.compile(rf"(?:\s*[-–—/]\s*|[ \t]+)[1-9](?!\d|[.,]\d|\s*%|\s*(?:{patterns()['scale']})(?!\w))"
                      rf"|(?:[ \t]*/[ \t]*|[ \t]+)(?:ال)?مرحله[ \t]+(?:{feminine})(?!\w)|[ \t]+(?:{bare})(?!\w)(?![ \t]+(?:من|في)(?!\w))")  # not «الأول من نوعه»


@cache
def _field_directions() -> frozenset[str]:
    return key_set("field_directions.csv", "word")


_FIELD_KINDS = frozenset({"نفط", "غاز", "النفط", "الغاز"})  # «حقل نفط بدرة»، «حقل الغاز المنصورية»: the kind


@cache
def _place_descriptors() -> frozenset[str]:
    """Indefinite words after the head of a place or a field that describe it and name none («منفذ حدودي»، «حقل
    بحري»; ``data/place_descriptors.csv``)."""
    return key_set("place_descriptors.csv", "word")


def _describes(word: str) -> bool:
    """Tell whether *word*, with or without the article, is a word of ``place_descriptors.csv`` («الألغام»)."""
    return word in _place_descriptors() or word.startswith("ال") and word[2:] in _place_descriptors()


def _field_end(text: _Text, i: int) -> int | None:
    """The last token of a field's name after «حقل» at token *i* («حقل غرب القرنة 2»، «حقل نفط بدرة»، «حقل القرنة
    الغربي», ``data/field_directions.csv``)."""
    words, n, last = text.words, len(text.words), i
    def part(j: int) -> bool:  # «غرب» (west) is a stop word, but a field's name may start with it
        if text.demonym[j] or words[j] in number_words() or _describes(words[j]):
            return False  # «حقل غرب قرنة العراقي»: the country's adjective is not part of the name; nor a number,
            # nor a word that describes the field («حقل نفط عملاق»، «حقل بحري»)
        if j > i + 1 and words[j].startswith("و") and len(words[j]) > 3 and not text.taken[j]:
            return False  # «حقل شاكال وكرميان»، «حقل سرسنك وكتلة حرير»: «و» after the name joins another
        return text.namelike(j) or text.taken[j] or (
            words[j] in text.stop and j == i + 1 and j + 1 < n and text.joined(j)
            and (text.namelike(j + 1) or text.taken[j + 1]))  # «حقل شرق بغداد»: a compass word, a known place

    if _company_after(text, i + 1):
        return None  # «حقل لوك أويل»: the company's field, named by the company, which is found as such
    while last + 1 < n and last - i < 3 and text.joined(last) and part(last + 1) \
            and words[last + 1] not in _org_heads() and words[last + 1] not in _head_surfaces() \
            and not (words[last] in ("النفط", "الغاز") and not text.taken[last + 1]):  # «… وحقل الغراف»; after the
        # kind with the article only a known name («حقل الغاز المنصورية»), not its adjective («حقل الغاز الطبيعي»)
        last += 1
        if words[last].startswith("ال") and words[last] not in _FIELD_KINDS:
            if last + 1 < n and text.joined(last) and words[last + 1] in _field_directions():
                last += 1  # «حقل القرنة الغربي»: a compass adjective ends the name, part of it
            break  # «حقل الرميلة»، «غرب القرنة»: a name with the article ends there
        if text.taken[i + 1] and last >= text.taken_last(i + 1):
            break  # «حقل بدرة قليلا»: a known name after the head is the whole name
    if last == i or last == i + 1 and words[last] in _FIELD_KINDS:
        return None  # «أكبر حقل نفط عراقي»، «حقل الغاز»: «an oil field», no name after the kind of field
    if phase := field_phase().match(text.key, text.ends[last]):
        while last + 1 < n and text.ends[last + 1] <= phase.end():
            last += 1  # «غرب القرنة-2»، «غرب القرنة/ 2»، «غرب القرنة المرحلة الثانية»
    return last


@cache
def _list_heads() -> frozenset[str]:
    """Dual and plural heads followed by a list of names, each named alone («حقلي الرميلة والزبير»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["describes"] == "list")


def _place_list(text: _Text, i: int) -> list[tuple[int, int, str, str, int]]:
    """The places listed after a dual head at token *i* («محافظتي المثنى وذي قار»): each one word the lists do not
    know, the conjunction «و» left out of its span; a known name («ذي قار») is read as the lexicon reads it."""
    words, n, found, j, items = text.words, len(text.words), [], i + 1, 0
    while j < n and text.joined(j - 1) and j - i <= 4:
        clitic = 1 if j > i + 1 else 0
        if clitic and not (words[j].startswith("و") and (len(words[j]) > 3 or text.taken[j])):
            break  # «وذي قار»: «و» before a known name of two short words
        if text.taken[j]:
            last = text.taken_last(j)
        else:
            word = words[j][clitic:]
            if len(word) < 3 or word in text.stop or text.demonym[j] or word in _not_names() \
                    or not (clitic or text.namelike(j)):
                break
            found.append((j, j, "region", "pattern", clitic))
            last = j
        items += 1
        if j > i + 1:
            break  # a dual: two names
        j = last + 1
    return found if items == 2 else []  # «محافظتي الجنوب تعانيان»: no list of two, no names


def _field_list(text: _Text, i: int) -> list[tuple[int, int, str, str, int]]:
    """The fields listed after a dual or plural head at token *i* («حقلي الرميلة والزبير»، «حقول مجنون وغرب
    القرنة»): each a known field or a name without the article, the conjunction «و» left out of its span. «حقول
    النفط والغاز» (oil and gas fields) lists no name."""
    words, n, found, j, clitic, detached = text.words, len(text.words), [], i + 1, 0, False
    while j < n and text.joined(j - 1):
        last = _field_item(text, j, clitic, detached)
        if last is None:
            break
        found.append((j, last, "oil_field", "pattern", clitic))
        j, clitic, detached = last + 1, 1, False
        if j + 1 < n and words[j] == "و" and text.joined(j):
            j, clitic, detached = j + 1, 0, True  # «حقلي الفيحاء و مجنون»: the «و» written apart
        elif not (j < n and words[j].startswith("و") and len(words[j]) > 3):
            break
    return found


def _field_item(text: _Text, j: int, clitic: int, detached: bool = False) -> int | None:
    """The last token of one field's name at token *j* (after *clitic* letters, or after a «و» written apart when
    *detached*), or None; a known field named like a place is the field in a list («حقلي كركوك وباي حسن»), the
    place's fields without one («حقول كركوك»)."""
    words, n = text.words, len(text.words)
    word = words[j][clitic:]
    if word in _org_heads() or _describes(word):
        return None  # «حقلي الرميلة والزبير وحقل مجنون»: a head after «و» names its own field, read from it;
        # «حقول القمح والشعير»: farmland
    listed = clitic or detached or j + 1 < n and text.joined(j) and words[j + 1][:1] == "و"  # not «حقول كركوك»

    def field(name: str) -> bool:
        entry = lexicon().get(name)
        return entry is not None and entry.type == "oil_field" or listed and name in _field_names()

    if word in text.stop and j + 1 < n and text.joined(j) and field(f"{word} {words[j + 1]}"):
        last = j + 1  # «غرب القرنة»: a compass word and the name after it
    elif field(word) or (not word.startswith("ال") and len(word) >= 3 and word not in text.stop and not word.isdigit()
                         and word not in _name_stops() and word not in _not_names() and not text.demonym[j]
                         and (clitic or listed or text.namelike(j))
                         and not (detached and word[:1] in "تين")):  # «حقلي حلبجة وشاكال»: listed; not «و تنتج»,
        # a verb after a «و» written apart
        last = j
    elif ((clitic or detached) and not word.endswith("ه") or not clitic and j + 1 < n and text.joined(j) and words[j + 1][:1] == "و"
          and len(words[j + 1]) > 3) and word[2:] not in _not_names() \
            and word.startswith("ال") and len(word) >= 5 and not word.endswith("ي") \
            and not (word.endswith("يه") and not word.endswith("ايه")) \
            and word not in text.stop and word not in _not_names() and not text.demonym[j] and not text.taken[j]:
        # «حقول الرميلة والزبير»: after a first field, a name with the article; not «والجنوبي»; «حقلي الحلفاية
        # والبزركان»: a first name with the article where a list follows; not «حقول النفط والغاز»
        last = j
    else:
        return None
    if phase := field_phase().match(text.key, text.ends[last]):
        while last + 1 < n and text.ends[last + 1] <= phase.end():
            last += 1  # «غرب القرنة 2»
    return last


@cache
def _naming_cues() -> frozenset[str]:
    """Verbs of naming («يسمى»، «يدعى»), ``data/naming_cues.csv``."""
    return key_set("naming_cues.csv", "cue")


def _field_named_by_cue(text: _Text, i: int) -> tuple[int, int] | None:
    """A field's head at token *i* with no name of its own («حقل نفط جديد»، «حقلا نفطيا»), and a verb of naming
    within its clause («… في العراق يدعى “سلمان”»): the first and last token of the name the verb gives, quoted or
    one word; else None.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("افتتحت حقلا نفطيا جديدا في العراق يدعى “سلمان”") if m.kind == "entity"]
    [('العراق', 'country'), ('سلمان', 'oil_field')]
    """
    words, n = text.words, len(text.words)
    if i + 1 >= n or not text.joined(i) or not (words[i + 1] in ("نفط", "غاز") or words[i + 1] in _name_stops()
                                                or words[i + 1] in _not_names()):
        return None  # «حقل مجنون الذي يسمى …»: the head names its field itself
    for j in range(i + 2, min(i + 8, n - 1)):
        if not text.near(j - 1):
            return None  # the clause ends before a verb of naming
        if words[j] in _naming_cues():
            if (last := text.quoted(j + 1)) is not None:
                return j + 1, last
            if text.joined(j) and text.namelike(j + 1):
                return j + 1, j + 1
            return None
    return None


# «ديرالزور24»، «روسيا24»: a word without the article and a number glued, a news brand; not «الطرق24 ساعة», a common
# noun glued to the count after it
_GLUED_NUMBER = re.compile(r"(?!ال)[^\W\d_]{3,}\d{1,3}")


def _organisations(text: _Text) -> list[tuple[int, int, str, str, int]]:
    """Names after a head noun: a quoted name (without the head), a description with the article (with it), a field.

    Returns ``(first token, last token, type, rule, clitic length)``.
    """
    heads, words, n = _org_heads(), text.words, len(text.words)
    found = []
    surfaces = _head_surfaces()
    for i in text.tokens.where(surfaces):
        clitic, head = surfaces[words[i]]
        if text.taken[i] or i + 1 >= n:
            continue
        if clitic == 1 and head[:1] == "ل" and words[i][:2] == "لل" and words[i + 1].startswith("ال") \
                and words[i + 1].endswith(("ه", "ي", "ا")):
            clitic = 0  # «للجنة الحكومية»: «ل» before «اللجنة», a head with the article, kept whole as «للحكومة»;
            # before a noun that no adjective agreeing with it could be («للجنة النفط»): «ل» and «لجنة» in construct
        kind = heads[head]
        if (adjectives := _head_adjectives().get(head)) and not any(word in adjectives for word in words[i + 1:i + 3]):
            continue  # «دخلت الخدمة»: a service rendered; «الخدمة الفيدرالية للجمارك» is a body
        if kind != "oil_field" and ((last := text.quoted(i)) is not None or (last := _quoted_long_name(text, i))) \
                and last > i:
            found.append((i, last, kind, "pattern", clitic))  # «"قوات سوريا الديمقراطية"»: quoted with its head
            continue
        after = i + 2 if words[i + 1] in _not_names() and i + 2 < n else i + 1  # «وكالة أنباء ((شينخوا))»
        if (last := text.parenthesised(after)) is not None and not any(text.taken[after:last + 1]) \
                and (head in media_heads() or head in _naming_heads() and not any(words[k] in text.stop
                                                                            for k in range(after, last + 1))
                     or kind == "organization" and all(word.isascii() for word in words[after:last + 1])):
            found.append((after, last, kind, "pattern", 0))  # «جريدة (ذي ناشيونال)»، «مؤسسة (كاست)»: in parentheses;
            continue  # «موقع (Oilprice)»: a Latin name in parentheses after any head of a body
        if kind == "oil_field" and (named := _field_named_by_cue(text, i)) is not None:
            found.append((*named, kind, "pattern", 0))  # «حقلا نفطيا جديدا يدعى “سلمان”»: the name the verb gives
            continue
        if kind == "oil_field" and (last := text.quoted(i + 1)) is not None:
            found.append((i + 1, last, kind, "pattern", 0))  # «حقل "بدرة"»: the quoted name
            while head in _list_heads() and last + 2 < n and words[last + 1] == "و" \
                    and (after := text.quoted(last + 2)) is not None and after - last <= 4:
                found.append((last + 2, after, kind, "pattern", 0))  # «حقلي "الرميلة" و"الزبير"»: each quoted
                last = after
            continue
        if kind == "region" and head in _list_heads():
            found += _place_list(text, i)  # «محافظتي المثنى وذي قار»: each governorate alone
            continue
        if kind == "oil_field" and head in _list_heads():
            if words[i + 1] in ("نفط", "غاز") and i + 2 < n and text.joined(i) and text.joined(i + 1):
                # «وحقول نفط الزبير»: the fields' kind, then a known field
                if words[i + 2] in _field_names() and not text.taken[i + 2]:
                    found.append((i + 2, i + 2, kind, "pattern", 0))
                continue
            found += _field_list(text, i)  # «حقلي الرميلة والزبير»: each field alone
            continue
        if kind == "oil_field":
            if head in _describing_heads() and (last := _field_end(text, i)) is not None:
                found.append((i, last, kind, "pattern", clitic))
            continue
        quote = next((j for j in range(i + 1, min(i + 5, n)) if text.quoted(j) is not None), None)
        if quote is not None and words[quote] in text.stop and words[quote] not in company_words() \
                and not all(word in _letter_forms() for word in words[quote:text.quoted(quote) + 1]) \
                and not (quote == i + 1 and not head.startswith("ال") and text.quoted(quote) > quote
                         and words[quote] not in _THAT and not words[quote].startswith(("انه", "انها", "اننا"))):
            quote = None  # «الشركة الروسية "إنها ستواصل…"»: a quoted statement, not a name; «"بي.بي"» spells BP;
            # right after a head without the article, in construct with it, words quoted are its name («شبكة “عين
            # الفرات”»), whatever their first word
        if quote is not None and all(words[k].startswith("ال") and text.near(k - 1) for k in range(i + 1, quote)):
            known, last, listed = any(text.taken[quote:text.quoted(quote) + 1]), text.quoted(quote), []
            while last + 2 < n and words[last + 1] == "و" and (after := text.quoted(last + 2)) is not None \
                    and after - last <= 4 and not any(text.taken[last + 2:after + 1]):
                listed.append((last + 2, after, kind, "pattern", 0))  # «مليشيات "عصائب أهل الحق" و"سيد الشهداء"»:
                last = after  # each quoted name after «و» is named too, known or not
            if not known or listed:
                found += ([] if known else [(quote, text.quoted(quote), kind, "pattern", 0)]) + listed
                continue  # «وكالة الأنباء الروسية "ريا نوفوستي"»
        if head in media_heads() and head in _naming_heads() and text.joined(i) and words[i + 1].startswith("ال") \
                and text.namelike(i + 1) and not text.demonym[i + 1]:
            if head in heads_in_names():  # «جريدة الصباح»: a newspaper's head stays before its name, as «وكالة رويترز»
                found.append((i, i + 1, kind, "pattern", clitic))
            else:
                found.append((i + 1, i + 1, kind, "pattern", 0))  # «قناة الجزيرة»; not «شبكة الكهرباء»
            continue
        if head in media_heads() and text.joined(i) and not text.taken[i + 1] and _GLUED_NUMBER.fullmatch(words[i + 1]):
            # a news brand glued to its number names the outlet after the head of any medium: the head kept where
            # the table keeps it («صحيفة …»), or where no unquoted name is read after it otherwise («شبكة
            # ديرالزور24», as the dateline «شبكة أخبار العراق»); else the name alone («قناة روسيا24»)
            if head in heads_in_names() or head not in _naming_heads():
                found.append((i, i + 1, kind, "pattern", clitic))
            else:
                found.append((i + 1, i + 1, kind, "pattern", 0))
            continue
        if (head in _naming_heads() or head in media_heads()) and text.joined(i) and _latin_name(text, i + 1):
            last = i + 1
            while last + 1 < n and last - i < 3 and text.joined(last) and _latin_name(text, last + 1):
                last += 1
            if head in heads_in_names():  # «صحيفة Handelsblatt»: a paper's or agency's head stays, as before an
                found.append((i, last, kind, "pattern", clitic))  # Arabic name («صحيفة فيدوموستي»)
            else:
                found.append((i + 1, last, kind, "pattern", 0))  # «شركة Lukoil»: in Latin letters, the name alone
            continue
        if head in _naming_heads() and text.joined(i) and (last := _name_before_nisba(text, i + 1)) is not None:
            if head in heads_in_names():  # «صحيفة إزفستيا الروسية»: a newspaper's or agency's head stays, as alone
                found.append((i, last, kind, "pattern", clitic))
            else:
                found.append((i + 1, last, kind, "pattern", 0))  # «شركة شتات أويل النرويجية»: a name before its nisba
            continue
        described = i + 2 < n and text.joined(i + 1) and words[i + 2].startswith("ال")  # «شركة تسويق النفط»
        if text.joined(i) and head in _naming_heads() and _foreign(text, i + 1) and not described:
            last = i + 1
            while last + 1 < n and last - i < 3 and text.joined(last) \
                    and (_foreign(text, last + 1, 3) or words[last + 1] in company_words()) and \
                    (not words[last + 1].endswith("ا") or words[last].endswith("ا")) and not _complement(text, last + 1):
                last += 1  # «صحيفة نيزافيسيمايا غازيتا»: a foreign name of several words; not «ترانسماش عقدا»
            if head in heads_in_names():
                found.append((i, last, kind, "pattern", clitic))  # «وكالة سبوتنيك»
            else:
                found.append((i + 1, last, kind, "pattern", 0))  # «صحيفة كوميرسانت» is «كوميرسانت»
            continue
        if head in _town_heads():
            if i + 2 < n and text.joined(i) and text.joined(i + 1) and not text.taken[i + 1] \
                    and not words[i + 1].startswith("ال") and len(words[i + 1]) >= 3 and text.namelike(i + 1) \
                    and words[i + 1] not in _not_names() and not text.demonym[i + 1] \
                    and text.demonym[i + 2] and words[i + 2].startswith("ال"):
                found.append((i + 1, i + 1, kind, "pattern", 0))  # «مدينة تورجوك الروسية»: an unknown town
            continue
        if not text.joined(i) or head not in _describing_heads():
            continue
        if kind in ("region", "city"):  # «محافظة البصرة»، «إقليم كوردستان»: the head and one name
            if head not in heads_in_names():  # «ميناء بانياس»: the town alone, a known one as the lexicon reads it
                if not text.taken[i + 1] and text.namelike(i + 1) and not words[i + 1].startswith(("لل", "وال")) \
                        and not text.demonym[i + 1] and words[i + 1] not in _not_names() \
                        and not _describes(words[i + 1]):
                    found.append((i + 1, i + 1, kind, "pattern", 0))
            elif text.taken[i + 1]:  # «محافظة دير الزور»: the head and a known name of two words
                found.append((i, text.taken_last(i + 1), kind, "pattern", clitic))
            elif text.namelike(i + 1) and not words[i + 1].startswith(("لل", "وال")) \
                    and not _describes(words[i + 1]) and words[i + 1] not in _not_names():
                # «منفذ حدودي»، «مصفاة نفط»: described, not named
                found.append((i, i + 1, kind, "pattern", clitic))
            continue
        last = i + 1 if not words[i + 1].startswith("ال") and text.namelike(i + 1) and head not in complement_heads() \
            else i  # «المجلس أجاز …»: after a head with the article, a word without it is no name (a verb)
        if last == i + 1 and last + 1 < n and text.joined(last) and _known_organisation(text, last + 1) \
                and head not in _short_heads() and head not in heads_in_names() and head not in media_heads():
            found.append((i, last + 1, kind, "pattern", clitic))  # «مركز دراسات رووداو»: a known body's centre
            continue
        chain, complemented = last, head in complement_heads()
        while chain + 1 < n and chain - i < 4 and (chain == last or text.joined(chain)) \
                and not _noun_after_short_name(text, i, chain, head) and \
                (words[chain + 1].startswith("ال") and (text.namelike(chain + 1) or text.demonym[chain + 1]
                                                         or _closes_body(text, chain + 1)  # «هيئة الادعاء العام»
                                                         or (complemented or chain + 2 < n and text.demonym[chain + 2]
                                                             and text.joined(chain + 1) and chain > i
                                                             and not head.startswith("ال"))  # «هيئة الأركان العامة
                                                         # الروسية»; the seed gold reads «القنصلية العامة» apart
                                                         and not text.taken[chain + 1]
                                                         and words[chain + 1] not in _name_stops())  # «العامة»
                 or words[chain + 1].startswith(("لل", "وال")) and chain + 1 > i + 1 and not text.demonym[chain + 1]
                 and words[chain + 1] not in _name_stops() and not text.taken[chain + 1]
                 and text.title_at(chain + 1) is None):  # not «للمرة», nor a title («مجلس الوزراء والسيد وزير»), nor a
            # known name after «لل» («قيادة العمليات المشتركة للجيش العراقي»: the army is a body of its own)
            chain += 1
            if text.demonym[chain] and not (complemented and chain + 1 < n and text.joined(chain)
                                            and words[chain + 1].startswith("لل")) \
                    and not (chain + 1 < n and text.joined(chain) and text.demonym[chain + 1]
                             and words[chain + 1].startswith("ال")):  # «… الروسية العراقية»: two countries' body
                break  # «وزارة الخارجية الروسية»: the country's adjective ends the name («المصرف العراقي للتجارة»)
            if not text.joined(chain):
                break
        if chain - i >= 4 and chain + 1 < n and text.joined(chain) and not text.taken[chain + 1] \
                and words[chain + 1] in _closing_words() and words[chain + 1].endswith("ه") == head.endswith("ه"):
            chain += 1  # «لجنة النفط والغاز والثروات الطبيعية النيابية»: a closing adjective after the longest
            # description the chain reads, agreeing with the head (joint_bodies.csv, closing)
        if complemented and chain > i and chain + 2 < n and text.joined(chain) and words[chain + 1][:1] == "ل" \
                and not words[chain + 1].startswith("لل") and len(words[chain + 1]) >= 4 \
                and words[chain + 1] not in text.stop and not text.taken[chain + 1] \
                and words[chain + 1][1:] not in _org_heads() and text.title_at(chain + 1) is None:
            for end in (chain + 2, chain + 3):  # «الشركة العامة لموانئ العراق»، «… لتثمين موارد المحروقات»
                if end < n and all(text.joined(k) for k in range(chain + 1, end)) \
                        and (words[end].startswith("ال") and not text.demonym[end] or text.taken[end]):
                    chain, complemented = end, "construct"
                    break
        if complemented and complemented != "construct" and not any(word.startswith("لل") for word in
                                                                     words[i + 1:chain + 1]) \
                and not (head in _adjective_nisba_heads() and chain - i >= 2 and text.demonym[chain]):
            continue  # «الشركة الروسية»، «الهيئة العامة»: a description, no body named; «البنك الأهلي العراقي» is one
        if complemented:
            first = next((k for k in range(i + 1, chain + 1) if words[k][:1] == "ل"), chain + 1)
            if not all(word.endswith(("ي", "ه", "ا")) and not word.endswith("ات") for word in words[i + 1:first]):
                continue  # «دعت الهيئة الشركات للاستثمار»: a noun after the head, not its adjective
        if complemented and chain + 2 < n and words[chain + 1] == "علي" and text.joined(chain) \
                and text.joined(chain + 1) and words[chain + 2].startswith("ال") and not text.taken[chain + 2] \
                and any(_governs_ala(word) for word in words[i + 1:chain + 1]):
            # only after a complement that governs «على»: «المجلس الاتحادي الروسي على الاتفاقية»، «الهيئة الوطنية
            # للاستثمار على المشروع» are a body, then «على» and its verb's object
            chain += 2  # «الوكالة العراقية للرقابة على المواد المشعة»: the complement's object
            while chain + 1 < n and chain - i < 8 and text.joined(chain) and words[chain + 1].startswith("ال") \
                    and not text.taken[chain + 1] and not text.demonym[chain + 1]:
                chain += 1
        traded = False
        if head in _company_word_heads() and last == i and chain == i + 1 and chain + 1 < n and text.joined(chain) \
                and words[chain + 1].startswith("ال") and not text.taken[chain + 1]:
            chain += 1  # the adjective after the trade, read as a name or not
        if head in _company_word_heads() and last == i and chain == i + 2 and words[i + 1].startswith("ال") \
                and words[chain].startswith("ال") and words[chain].endswith("يه") and not text.demonym[chain] \
                and not text.taken[i + 1] and not text.taken[chain]:
            traded = True  # «شركة النفط الوطنية»، «شركة الخدمات النفطية»: a company named by its trade and an adjective
        elif head in _company_word_heads() and last == i and chain == i + 2 and not text.demonym[chain]:
            chain = i + 1  # undo: not an adjective of a company («شركة النفط الكبرى» reads as before)
        short = head in _short_heads() or complemented  # «الهيئة العامة للجمارك»: the complement names the body
        agrees = words[chain].endswith("ه") == head.endswith(("ه", "ات"))  # a feminine head, a feminine nisba
        if head in _nisba_heads() and not (text.demonym[chain] and agrees):
            continue  # «الحكومة الهندية»، «الجيش الروسي»: a body; not «الحكومة الحالية», nor «حكومة السوداني»
        agency = head in heads_in_names() and last == i + 1 and words[i + 1] not in _not_names()  # «وكالة مدار الحق»
        if words[i + 1] in _not_names() and not complemented and (chain == i + 1 or chain == i + 2 and not agrees
                                                                  and not text.demonym[chain]
                                                                  and words[chain].endswith("ي")):
            continue  # «مجلس الإدارة»، «لجنة التحقيق»: a head and a noun of what it does, with no qualifier of the
            # head after it («لجنة الاستلام الأولي»: the adjective is the task's, not the committee's)
        if adjectives and not any(word in adjectives for word in words[i + 1:chain + 1]):
            continue  # «خدمة الأمن»: the adjective that makes the head a body is not in the name
        if chain > last and (short or text.demonym[chain] or chain - i >= 3 or agency or traded) \
                and not (head in _naming_heads() and _introduces_name(text, chain)) \
                and not (head.startswith("ال") and head[2:] in _naming_heads() and _known_body_after(text, chain)):
            found.append((i, chain, kind, "pattern", clitic))
    return found


_ELATIVE = re.compile(r"الا[^\W\d_]{3}")  # «الأعلى»، «الأحمر»، «الأوسط»: an adjective of the shape «أفعل»


def _noun_after_short_name(text: _Text, i: int, chain: int, head: str) -> bool:
    """Tell whether the word after a short head («وزارة»، ``describes=short`` in ``data/org_patterns.csv``) and a
    ministry's portfolio (``data/ministry_portfolios.csv``: «النفط») is a noun of the clause rather than an adjective
    of the name: with the article, no country's nisba, not ending as an adjective does («ـي»، «ـية»، «ـا») nor of
    the shape «أفعل».

    «التزمت وزارة النفط الصمت»: the verb's object, not part of the ministry; «وزارة النفط الاتحادية» and «مجلس الدفاع
    الأعلى» go on, and after another word so does any adjective («مجلس التعاون المشترك»).
    """
    word = text.words[chain + 1]
    return chain == i + 1 and head in _short_heads() and not head.startswith("ال") \
        and text.words[chain] in _portfolios() and word.startswith("ال") and not word.startswith(("لل", "وال")) \
        and not text.demonym[chain + 1] and not word.endswith(("ي", "ه", "ا")) and not _ELATIVE.fullmatch(word)


def _quoted_long_name(text: _Text, i: int) -> int | None:
    """If a quote opens right before the head at token *i* and closes after five to eight words, each after the head
    with the article or «لل» («"معهد الدراسات الشرقية التابع للأكاديمية الروسية للعلوم"»), return the last: a
    body's full name quoted whole, not a statement (which has verbs and particles).
    """
    gaps, words, n = text.tokens.gaps, text.words, len(text.words)
    if not i or not _OPEN.fullmatch(gaps[i]):
        return None
    for last in range(i + 1, min(i + 8, n)):
        if not words[last].startswith(("ال", "لل")) or text.title_at(last) is not None:
            return None
        if _CLOSE.match(gaps[last + 1] if last + 1 < len(gaps) else ""):
            return last if last - i >= 4 else None
        if not _SPACE.fullmatch(gaps[last + 1]):
            return None
    return None


def _name_before_nisba(text: _Text, j: int) -> int | None:
    """If one or two words without the article at token *j* are followed by a country's nisba with it, return the
    last of them: an indefinite noun takes no definite adjective, so after a head noun they are a proper name
    («شركة شتات أويل النرويجية»، «شركتي بوناتي الإيطالية»); «شركة نفطية روسية» names nothing.
    """
    words, n = text.words, len(text.words)
    for last in (j, j + 1):
        word = words[last] if last < n else ""
        if last + 1 >= n or not text.joined(last) or word.startswith("ال") or len(word) < 3 and not (
                last == j and word in _short_bracketed_companies()) or not text.namelike(last) \
                or text.demonym[last] or word in _not_names() and (last == j or word not in company_words()) \
                or word in _name_stops():
            return None  # «شركة دانة غاز الإماراتية»: a company's word («غاز») may close a name of two
        if text.demonym[last + 1] and words[last + 1].startswith("ال"):
            return last
    return None


@cache
def _short_bracketed_companies() -> frozenset[str]:
    """Companies of two letters that are also common words (``bracketed_names.csv``: «شل», Shell, also «paralysed»):
    right after a head and before a country's nisba they are the name («شركة شل البريطانية»)."""
    return frozenset(name for name in _short_company_names() if len(name) < 3)


@cache
def _described_heads() -> frozenset[str]:
    """Naming heads with the article, alone or behind «و»، «ب»، «ل» («الشركة»، «للشركة»): a description of one body
    («الشركة الأمريكية») may introduce its name."""
    heads = {"ال" + head for head in _naming_heads()}
    return frozenset(heads | {clitic + head for head in heads for clitic in ("و", "ب", "وب")}
                     | {"لل" + head[2:] for head in heads} | {"ولل" + head[2:] for head in heads})


_CLAUSE_END = re.compile(r"\s*[،,.؛:)\"»”]")
_ARTICLES = ("ال", "وال", "بال", "لل")  # a title or head with the article governs no word after it
_THAT = frozenset({"ان", "انه", "انها"})  # «إن»، «أن» (that) as match keys: a clause of speech opens after a name


def _names_after_descriptions(text: _Text) -> list[tuple[int, int, str, str, int]]:
    """A name the lexicon does not know, after a description of its body that ends with a country's nisba
    («الشركة الأمريكية لوكهيد مارتن»، «شركة الطاقة الأمريكية كونوكو فيليبس»): one to three transliterated words
    that end the clause or come before «إن» (a verb after a description, «الشركة الروسية تعمل في…»، «… ستواصل.»،
    is not a name: one word is not read when it begins like a verb)."""
    words, n, found = text.words, len(text.words), []
    heads, surfaces = _described_heads(), _head_surfaces()
    for d in compress(range(n), text.demonym):
        if d + 1 >= n or d < 1 or not (words[d - 1].startswith("ال") or words[d - 1] in surfaces):
            continue
        k = d - 1
        while k > max(d - 4, 0) and words[k].startswith("ال") and words[k] not in heads and text.joined(k - 1):
            k -= 1  # «شركة الطاقة الأمريكية»: back over the description to its head
        if k < 0 or not text.joined(d - 1) or not (words[k] in heads or words[k] in surfaces
                                                   and surfaces[words[k]][1] in _naming_heads()):
            continue
        if not text.joined(d) or not _foreign(text, d + 1) or text.quoted(d + 1) is not None:
            continue
        if (last := _foreign_name_ending_clause(text, d)) is not None:
            found.append((d + 1, last, "organization", "pattern", 0))
    return found


def _foreign_name_ending_clause(text: _Text, d: int) -> int | None:
    """The last token of one to three transliterated words after token *d* (the first known to be one) that end the
    clause or come before «إن», or None: a word ending in «ا» («مجددا») or one word that begins like a verb
    («ستواصل»، «أكدت», «تعمل») is no name."""
    words, n, last = text.words, len(text.words), d + 1
    while last + 1 < n and last - d < 3 and text.joined(last) and _foreign(text, last + 1):
        last += 1
    if any(word.endswith("ا") for word in words[d + 1:last + 1]) or last == d + 1 and words[d + 1][0] in "يتنسا":
        return None  # «مجددا»، «ستواصل»، «أكدت»: an adverb or a verb, not a name
    if last + 1 >= n or _CLAUSE_END.match(text.tokens.gaps[last + 1]) or words[last + 1] == "ان":
        return last
    return None


def _names_after_kinds(text: _Text) -> list[tuple[int, int, str, str, int]]:
    """A name the lexicon does not know after a naming head and one noun with the article that says what kind of
    body it is («شركة الاستشارات وود ماكنزي»، «بنك الاستثمار غولدمان ساكس»، «وكالة التصنيف فيتش»): one to three
    transliterated words that end the clause or come before «إن», as after a description with a nisba (see
    :func:`_names_after_descriptions`); the name alone is marked.

    >>> from analysis.normalize import match_key
    >>> [f.text for f in find_names(match_key("وقالت وكالة التصنيف فيتش إن التصنيف مستقر"))]
    ['فيتش']
    """
    words, n, found, surfaces = text.words, len(text.words), [], _head_surfaces()
    for i in text.tokens.where(surfaces):
        head = surfaces[words[i]][1]
        d = i + 1  # the noun of the kind
        if head not in _naming_heads() or d + 1 >= n or not words[d].startswith("ال") or text.taken[d] \
                or text.demonym[d] or not text.namelike(d) or not text.joined(i) or not text.joined(d) \
                or not _foreign(text, d + 1) or text.quoted(d + 1) is not None:
            continue
        if (last := _foreign_name_ending_clause(text, d)) is not None:  # not «شركة النفط تعمل»: a verb after the noun
            found.append((d + 1, last, "organization", "pattern", 0))
    return found


@cache
def _portfolios() -> frozenset[str]:
    """Portfolios of ministries with the article, alone or behind «و»، «ب» (``data/ministry_portfolios.csv``)."""
    words = {row["key"] for row in table("ministry_portfolios.csv", key="portfolio")}
    return frozenset(words | {clitic + word for word in words for clitic in ("و", "ب", "وب")})


@cache
def _subject_cues() -> frozenset[str]:
    """Words a subject follows (``data/subject_cues.csv``), alone or behind «و»، «ف»."""
    words = {row["key"] for row in table("subject_cues.csv", key="word")}
    return frozenset(words | {clitic + word for word in words for clitic in ("و", "ف")})


@cache
def title_words() -> frozenset[str]:
    """Every written form of a title's first word («رئيس»، «الوزير»): no outlet's name starts with one."""
    return frozenset(_title_surfaces())


@cache
def reporting_words() -> frozenset[str]:
    """The verbs of speech and the words a subject follows, with their «و»، «ف» (a surname alone after them), and
    the nouns whose genitive is a person named before («زيارة حسين»; ``speech_cues.csv``, kind ``surname``)."""
    return _speech_verbs() | _subject_cues() | _surname_nouns()


@cache
def _surname_nouns() -> frozenset[str]:
    nouns = {row["key"] for row in table("speech_cues.csv", key="cue") if row["kind"] == "surname"}
    return frozenset(p + noun for noun in nouns for p in ("", "و", "ف", "ب", "ل"))


def _opens_clause(text: _Text, j: int) -> bool:
    """Tell whether token *j* starts a clause or follows a verb of saying or a particle before a subject («وقالت
    الدفاع الروسية»، «بحسب الدفاع الروسية»), not a noun it completes («صادرات النفط العراقية»: Iraq's oil exports)."""
    if j == 0 or not text.joined(j - 1):
        return True
    before = text.words[j - 1]
    return before in _speech_verbs() or before in _subject_cues()


def _elliptical_ministries(text: _Text) -> list[tuple[int, int, str, str, int]]:
    """A portfolio with a feminine country's nisba is a ministry whose «وزارة» the press dropped: «وقالت
    الدفاع الروسية» is the Russian Ministry of Defence; «النفط العراقي» (masculine) stays Iraqi oil, and so does
    «صادرات النفط العراقية», whose nisba agrees with «صادرات»."""
    words, found = text.words, []
    for d in compress(range(len(words)), text.demonym):
        if d and words[d - 1] in _portfolios() and text.joined(d - 1) and words[d].startswith("ال") \
                and words[d].endswith("يه") and not text.taken[d - 1] and _opens_clause(text, d - 1):
            clitic = len(words[d - 1]) - len(words[d - 1].lstrip("وب")) if words[d - 1][:2] != "ال" else 0
            found.append((d - 1, d, "organization", "pattern", clitic))
    return found


def _company_after(text: _Text, j: int) -> bool:
    """Tell whether a known organisation of the lexicon, of one or two words, starts at token *j* («لوك أويل»)."""
    words = text.words
    for k in (j, j + 1):
        if k >= len(words) or not text.taken[k]:
            return False
        entry = lexicon().get(" ".join(words[j:k + 1]))
        if entry is not None and entry.type == "organization":
            return True
    return False


def _known_organisation(text: _Text, j: int) -> bool:
    """Tell whether token *j* is a one-word organisation of the lexicon («رووداو»، «غازبروم»)."""
    entry = lexicon().get(text.words[j]) if text.taken[j] else None
    return entry is not None and entry.type == "organization" and text.tokens.joined(j - 1)


def _latin_name(text: _Text, j: int) -> bool:
    """Tell whether token *j* is a capitalised word in Latin letters («Lukoil»، «Gazprom»), not all capitals (an
    acronym, read by its own rule)."""
    if j >= len(text.words) or text.taken[j]:
        return False
    raw = text.raw(j)
    return raw.isascii() and raw.isalpha() and len(raw) >= 3 and raw[0].isupper() and not raw.isupper()


def _known_body_after(text: _Text, last: int) -> bool:
    """Tell whether a description with the article ending at token *last* is followed, in its phrase, by a known
    organisation it introduces: «الشركة الحكومية الروسية للتكنولوجيا روستيخ» is Rostec (a place after it is no
    name it introduces: «الشركة العامة لموانئ العراق»)."""
    j = last + 1
    if j >= len(text.words) or not text.joined(last) or not text.taken[j]:
        return False
    entry = lexicon().get(" ".join(text.words[j:text.taken_last(j) + 1]))
    return entry is not None and entry.type == "organization"


def _introduces_name(text: _Text, last: int) -> bool:
    """Tell whether a description ending at token *last* introduces the name that follows it, after at most
    three adjectives: «شركة النفط الروسية (الحكومية العملاقة) روسنفت» is Rosneft, not a company of its own; an
    adjective's complement with «لل» counts as one of them («العملاقة المملوكة للدولة روسنفت»)."""
    words, n, j = text.words, len(text.words), last + 1
    if j < n and words[j] in text.stop and words[j].startswith("ال"):
        return False  # «شركة الصناعات الحربية التي اتخذت»: a relative pronoun right after opens a clause, not a name
    while j < n and j - last <= 3 and text.joined(j - 1) and not text.taken[j] and (
            words[j].startswith("ال") or j > last + 1 and words[j].startswith("لل") and words[j - 1].startswith("ال")):
        j += 1
    if j < n and (text.joined(j - 1) and (text.taken[j] or _foreign(text, j)) or text.quoted(j) is not None):
        return True
    if j < n and any(mark in text.tokens.gaps[j] for mark in "،,") and text.near(j - 1) and text.taken[j]:
        end = text.taken_last(j)  # «… العملاقة، غازبروم، تراجع»: a known name set off by commas, in apposition
        return end + 1 < n and any(mark in text.tokens.gaps[end + 1] for mark in "،,")
    return False


_LATIN_LETTER = re.compile(r"[a-z]")
_GLUED_LATIN = re.compile(r"(?<=[\u0621-\u064a])[a-z][a-z0-9&]*$")  # Latin letters that end an Arabic word
_ACRONYM = re.compile(r"(?<![a-z0-9_-])[a-z][a-z&]{1,6}\d{0,2}\+?(?![\w-])")


def _acronyms(mk: MatchKey, tokens: Tokens) -> list[Found]:
    """Latin acronyms («OPEC»، «NATO»): upper case in the raw text, not a currency code or a common abbreviation.

    Only words that end in a Latin letter («NATO», «وNATO») or hold one beside digits («G20») are tried.
    """
    found, words = [], tokens.words
    indices = sorted(set(tokens.latin_end()) | {i for i in tokens.with_digits() if _LATIN_LETTER.search(words[i])})
    latin = [(tokens.starts[i], tokens.ends[i]) for i in indices]
    for match in scan(_ACRONYM, mk.key, latin):
        start, end = mk.raw_span(match.start(), match.end())
        raw = mk.raw[start:end]
        if raw.isupper() and raw.isascii() and raw.rstrip("+") not in _not_acronyms():
            last = _latin_words_after(mk, tokens, match.end())
            if last is not None:  # «JP Morgan»، «S&P Global»: the acronym opens a Latin name
                found.append(Found(match.start(), tokens.ends[last], mk.key[match.start():tokens.ends[last]],
                                   "organization", "pattern"))
            else:
                found.append(Found(match.start(), match.end(), match.group(), "organization", "pattern"))
    return found


def _latin_words_after(mk: MatchKey, tokens: Tokens, end: int) -> int | None:
    """The last of one to three capitalised Latin words right after *end*, one space apart («Morgan» after «JP»),
    or None."""
    k = bisect.bisect_left(tokens.starts, end)
    last = None
    while k < len(tokens.words) and (last is None or last - k < 3) and tokens.gaps[k] == " ":
        raw_start, raw_end = mk.raw_span(tokens.starts[k], tokens.ends[k])
        raw = mk.raw[raw_start:raw_end]
        if not (raw.isascii() and raw.isalpha() and len(raw) >= 2 and raw[0].isupper() and not raw.isupper()):
            break
        last, k = k, k + 1
    return last


@cache
def _letter_names() -> dict[str, tuple[str, bool]]:
    """Return ``{match key: (Latin letter, ambiguous)}`` for letter names in Arabic script (``letter_names.csv``)."""
    return {row["key"]: (row["letter"], row["ambiguous"] == "yes") for row in table("letter_names.csv", key="name")}


def spelled_variants(acronym: str) -> list[str]:
    """The other Latin spellings of an acronym spelled out in Arabic letters, each letter name read by its ``also``
    letter in turn («بي بي»: BB, then PB, BP, PP; ``data/letter_names.csv``).

    >>> spelled_variants("BB")
    ['PB', 'BP', 'PP']
    """
    also = {row["letter"]: row["also"] for row in table("letter_names.csv", key="name") if row["also"]}
    variants = [""]
    for letter in acronym:
        variants = [v + c for c in ([letter] + ([also[letter]] if letter in also else [])) for v in variants]
    return [v for v in variants if v != acronym]


@cache
def _letter_prepositions() -> frozenset[str]:
    """The letter names that are also a preposition («في», V, is «in»; ``letter_names.csv``, ``preposition=yes``)."""
    return frozenset(row["key"] for row in table("letter_names.csv", key="name") if row["preposition"] == "yes")


def _known_spelling(acronym: str) -> bool:
    """Whether the lexicon knows *acronym*, or one of its other spellings (:func:`spelled_variants`), as a name."""
    return acronym in _known_acronyms() or any(v in _known_acronyms() for v in spelled_variants(acronym))


@cache
def _letter_forms() -> frozenset[str]:
    """Letter names, alone or after «و»، «ل»، «ب» (the words a spelled acronym can start with)."""
    return frozenset(_letter_names()) | {clitic + name for name in _letter_names() for clitic in ("و", "ل", "ب")}


def _spelled_acronyms(text: _Text) -> list[tuple[int, int, str, int]]:
    """Acronyms spelled out in Arabic letters («سي إن إن» is CNN): two letter names or more, the first unambiguous,
    and both of two. A letter name that is also a word («في» in, «أو» or, «إن» that, «كي» so that;
    ``letter_names.csv``) opens no run unless the lexicon knows the run with it («كي بي آر», KBR; «في تي بي», VTB,
    is read before this rule): it is the word, and the letters after it are the acronym where they stand on their
    own, three or more, or two the lexicon knows («مسؤول في بي بي»: BP; «في سي سي» is no name). No acronym starts
    inside a run read already.

    >>> from analysis.normalize import match_key
    >>> [acronym for *_, acronym, _ in _spelled_acronyms(_Text(match_key("وقال مسؤول في بي بي إن"), []))]
    ['BB']
    >>> _spelled_acronyms(_Text(match_key("وقال مسؤول في سي سي إن"), []))
    []
    """
    letters, found, n = _letter_names(), [], len(text.words)
    candidates = text.tokens.where(_letter_forms())
    following = set(candidates)
    reached = 0

    def spelled(run: list[str]) -> str:
        return "".join(letters[w][0] for w in run)

    for i in [j for j in candidates if j + 1 in following]:  # a spelled acronym has two letter names or more
        if i < reached:
            continue
        last, clitic = i, 0
        if text.words[i][:1] in ("و", "ل", "ب") and text.words[i][1:] in letters and text.words[i] not in letters:
            clitic = 1  # «وسي آي إيه»
        while last < n and (text.words[last] in letters or last == i and clitic) and not text.taken[last] and (last == i or text.joined(last - 1)) \
                and not (last - i >= 2 and text.words[last] == text.words[last - 1] == text.words[last - 2]):
            last += 1  # a letter is not spelled three times running: «سي إن إن إن» is CNN, then «إن» (that)
        run, first = [text.words[i][clitic:]] + text.words[i + 1:last], i
        reached = last  # the letters of this run open no other
        if len(run) >= 3 and letters[run[-1]][1] and not letters[run[-2]][1]:
            run, last = run[:-1], last - 1  # «بي بي سي إن»: «إن» (that) after the acronym; «سي إن إن» keeps it
        while len(run) >= 2 and letters[run[0]][1] and not _known_spelling(spelled(run)):
            run, first, clitic = run[1:], first + 1, 0  # «مسؤول في بي بي»، «أو بي سي»: the word before the letters
        if len(run) < 2 or len(run) == 2 and first > i and not _known_spelling(spelled(run)):
            continue  # «في سي سي»: two letters inside a longer run stand on their own only as a known name
        if any(not letters[w][1] for w in run) and not (len(run) == 2 and letters[run[1]][1]):
            # «ميدل إيست آي إن»: «إن» is «that»
            acronym = spelled(run)
            if acronym in _not_acronyms() or any(v in _not_acronyms() for v in spelled_variants(acronym)):
                continue  # «دي إن إيه» (DNA)، «جي بي إس» (GPS): a common noun spelled out, no body
            found.append((first, last - 1, acronym, clitic))
    return found


def leader_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words that say who leads a body (``data/leader_cues.csv``), indexed by first word: trigger words."""
    return _phrases("leader_cues.csv", "cue")


def _bodies_before_leaders(text: _Text) -> list[tuple[int, int, str, str, int]]:
    """A head noun of an organisation and one or two words right before a word that says who leads it
    (``data/leader_cues.csv``) name the body, head included, where no rule has read one: «حركة النجباء بزعامة
    …»، «لمنظمة بدر بزعامة …». The words have no nisba and no mark between them; a head with the article
    («الحركة التي يقودها») describes and names nothing.

    >>> from analysis.normalize import match_key
    >>> [(f.text, f.type) for f in find_names(match_key("في حركة النجباء بزعامة أكرم الكعبي")) if f.type != "person"]
    [('حركه النجباء', 'organization')]
    """
    cues, words, found = leader_cues(), text.words, []
    for t in text.tokens.where(cues):
        if not any(tuple(words[t:t + len(cue)]) == cue for cue in cues[words[t]]) or t < 2 or not text.joined(t - 1):
            continue
        for h in (t - 2, t - 3):
            clitic, head = _head_surfaces().get(words[h], (0, "")) if h >= 0 else (0, "")
            if not head or head.startswith("ال") or _org_heads().get(head) != "organization":
                continue
            inside = range(h + 1, t)
            if all(text.namelike(k) and not text.demonym[k] and not text.taken[k] for k in inside) \
                    and all(text.joined(k) for k in range(h, t - 1)):
                found.append((h, t - 1, "organization", "pattern", clitic))
                break
    return found


def find_names(mk: MatchKey, taken: list[tuple[int, int]] = (), demonyms: list[tuple[int, int]] = (),
               tokens: Tokens | None = None, people: list[tuple[int, int]] = (),
               surnames: list[tuple[int, int]] = ()) -> list[Found]:
    """Return the names of a match key found by context, outside the key spans *taken* by the lexicon.

    A name by pattern may include a nisba adjective of *demonyms* («وزارة الخارجية الروسية»). *tokens*, the
    key's words (:class:`analysis.cues.Tokens`), are shared with the lexicon's scan when the caller has them.
    *people* are the taken spans that are people of the lexicon, and *surnames* those of them named by a family name
    alone («الحلبوسي»): a person's name may end on one, a given name before it making it another man's name.
    """
    text = _Text(mk, list(taken), list(demonyms), tokens, list(people), list(surnames))
    found, persons = [], _persons(text)
    extra = _named_before_titles(text, persons) + _listed_russians(text, persons)
    extra += _given_behind_particle(text, persons + extra)
    extra += _named_before_speech(text, persons + extra)
    extra += _kunyas(text, persons + extra)
    if extra:
        extra += _extra_surnames(text, persons + extra, extra)
    read: set[tuple[int, int]] = set()
    for first, last, rule in persons + extra:
        clitic = int(rule.split("+")[1]) if "+" in rule else 0
        start, end = text.starts[first] + clitic, text.ends[last]
        if (start, end) not in read:  # two rules, one name: read once
            read.add((start, end))
            found.append(Found(start, end, mk.key[start:end], "person", rule.split("+")[0]))
    persons = [(f.start, f.end) for f in found]
    for first, last, kind, rule, clitic in _organisations(text) + _names_after_descriptions(text) \
            + _names_after_kinds(text) + _elliptical_ministries(text):
        start, end = text.starts[first] + clitic, text.ends[last]
        if (glued := _GLUED_LATIN.search(text.words[last])) and last > first:
            end = text.starts[last] + glued.start()  # «للتجارةTBI»: Latin glued to the last word is no part of it
        if not any(s < end and start < e for s, e in persons):
            found.append(Found(start, end, mk.key[start:end], kind, rule))
    for first, last, kind, rule, clitic in _bodies_before_leaders(text):
        start, end = text.starts[first] + clitic, text.ends[last]
        if not any(f.start < end and start < f.end for f in found):
            found.append(Found(start, end, mk.key[start:end], kind, rule))
    for first, last, acronym, clitic in _spelled_acronyms(text):
        start, end = text.starts[first] + clitic, text.ends[last]
        if not any(f.start < end and start < f.end for f in found):
            found.append(Found(start, end, acronym, "organization", "pattern"))
    for start, end in _bylines_glued_to_dates(text) if text.tokens.with_digits() else ():
        if not any(f.start < end and start < f.end for f in found):
            found.append(Found(start, end, mk.key[start:end], "person", "shape"))  # «محمود احمد20 يوليو»
    claimed = Spans([(f.start, f.end) for f in found] + list(taken))
    found += [a for a in _acronyms(mk, text.tokens) if not claimed.overlaps(a.start, a.end)]
    return sorted(found, key=lambda f: f.start)


_GLUED_DAY = re.compile(r"([^\W\d_]{2,})(\d{1,2})")  # «احمد20»: a word and the day glued after it


def _bylines_glued_to_dates(text: _Text) -> list[tuple[int, int]]:
    r"""A reporter's name opening a line, glued to the day of the date after it («محمود احمد20 يوليو 2017»): a given
    name and one more word, the digits then a month name; key spans of the names, the digits left out.

    >>> from analysis.normalize import match_key
    >>> mk = match_key("العنوان\nمحمود احمد20 يوليو 2017آخر تحديث")
    >>> [mk.key[s:e] for s, e in _bylines_glued_to_dates(_Text(mk, []))]
    ['محمود احمد']
    """
    words, gaps, found = text.words, text.tokens.gaps, []
    months = {name.split()[0] for name in gregorian_months()}
    for i in [j - 1 for j in text.tokens.with_digits() if 0 < j < len(words) - 1]:  # the word after holds a digit
        if not (i == 0 or "\n" in gaps[i]) or text.given(i) is None or not text.joined(i):
            continue
        glued = _GLUED_DAY.fullmatch(words[i + 1])
        if glued and words[i + 2] in months and text.joined(i + 1):
            found.append((text.starts[i], text.starts[i + 1] + len(glued.group(1))))
    return found

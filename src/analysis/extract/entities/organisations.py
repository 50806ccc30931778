"""Organisations: bodies named by a head noun, a description, a quote, an acronym, or a country, a
person or a council they belong to.

A head of ``data/org_patterns.csv`` before a country's name or nisba names the country's body («حكومة العراق»،
«وزارة خارجية إيران»), before a person the body the person leads («حكومة نوري المالكي»), before a region the
region's body; a committee and its council are one body (``committee_parts.csv``), as are a joint body and its
closing adjective (``joint_bodies.csv``) and a union and its field (``union_fields.csv``). A description before a
quoted name («شركة تسويق النفط العراقية "سومو"») describes it; a name in parentheses after a name is its acronym,
or after a head the name's («قوات سوريا الديمقراطية (قسد)»). Companies are read by their words
(``company_words``), their head, a dual head, a place in their name, their cues (``company_cues.csv``), or again by
their short name, misspelt by a letter, or named in full elsewhere in the text.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from operator import itemgetter

from ...cues import AtWordStart, Tokens, after_clitic, alternation, scan, written_at
from ...lexicons import key_set, stopwords, table
from ...normalize import MatchKey, match_key
from ..dates import relative_dates, weekdays
from ..gazetteers import Entry, _acronym_names, _acronym_types, _company_canonicals, _short_company_names, lexicon
from ..names import (_name_stops, _not_acronyms, _org_heads, company_words, complement_heads, head_surfaces,
                     heads_and_definite_forms, heads_in_names, nisba_head_forms, region_heads)
from ..spans import Spans
from .common import (_GAP, _OPENING_QUOTE, _PLACE_TYPES, _PLAIN_TYPES, _as_written, _described_before,
                     _first_word_forms, _names_present, _occurrences, _quoted_name_matches, _replacing,
                     _strip_proclitic, _written_outside)
from .outlets import _bracketed_names_after, _bracketed_pattern


def _bodies_quoted_again(mk: MatchKey, spans: list) -> list:
    """A known body named by its head and one or two words («حركة النجباء») is the same body where the text quotes
    those words again without the head («زعيم مليشيا "النجباء"»، «اتهمت فيه "النجباء"»); quoted whole, they name
    nothing else.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract('قاتل في حركة النجباء ثم اتهمت "النجباء" الجيش') if m.kind == "entity"]
    ['حركة النجباء', 'النجباء']
    """
    key, heads, names = mk.key, _organisation_heads(), {}
    for start, end, entry, _ in spans:
        if entry.type != "organization":
            continue
        first, *rest = key[start:end].split()
        if rest and len(rest) <= 2 and _strip_proclitic(first, heads) is not None and len(" ".join(rest)) >= 4 \
                and entry.canonical != _as_written(mk, start, end):
            names.setdefault(" ".join(rest), entry)  # a known body only («حركة النجباء»), not a description read
            # by its head («وزارة النفط»)
    if not names:
        return []
    taken, found = Spans(spans), []
    for match in _quoted_name_matches(key):
        name = match.group("name")
        start, end = match.span("name")
        if name in names and not taken.overlaps(start, end):
            found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    return found


@cache
def _numbered_acronym_forms() -> frozenset[str]:
    """The match keys of the gazetteer's acronyms with a number («g20»), alone or after «و»، «ب»، «ل»."""
    keys = {acronym.lower() for acronym in _acronym_names() if any(char.isdigit() for char in acronym)}
    return frozenset(keys | {clitic + key for key in keys for clitic in ("و", "ب", "ل")})


def _numbered_acronyms(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """Latin acronyms with a number that the organisations' gazetteer lists («G20»، «G7»), upper case in the raw
    text: the shape rule for acronyms wants two letters, and a letter and a number alone is often no name.

    >>> from analysis.extract import extract
    >>> [(m.text, m.value, m.type) for m in extract("قمة G20 ووزراء G7 ثم g8") if m.kind == "entity"]
    [('G20', 'G20', 'group'), ('G7', 'G7', 'group')]
    """
    forms, words = _numbered_acronym_forms(), tokens.words
    candidates = [i for i in tokens.with_digits() if words[i] in forms]  # a set lookup per word with a digit
    if not candidates:
        return []
    acronyms, taken, found = _acronym_names(), Spans(spans), []
    for i in candidates:
        start, end = tokens.starts[i], tokens.ends[i]
        raw = _as_written(mk, start, end)
        if raw[:1] in ("و", "ب", "ل") and raw[1:] in acronyms:  # «وG20»: a proclitic before the acronym
            start, raw = start + 1, raw[1:]
        if raw in acronyms and raw.isupper() and not taken.overlaps(start, end):
            found.append((start, end, Entry(acronyms[raw], _acronym_types()[raw]), "pattern"))
    return found


@cache
def _pair_heads() -> frozenset[str]:
    return key_set("pair_heads.csv", "head")


def _paired_companies(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """The second of two companies after a dual head, each followed by its country's nisba: «شركتي لوك أويل
    الروسية وانبكس اليابانية» → «انبكس» (``data/pair_heads.csv``); the first must be a known organisation.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("فاز ائتلاف شركتي لوك أويل الروسية وانبكس اليابانية بالرقعة") if m.type == "organization"]
    ['لوك أويل', 'انبكس']
    """
    words, starts, ends, n = tokens.words, tokens.starts, tokens.ends, len(tokens.words)
    heads = tokens.where(_pair_heads())
    if not heads:
        return []
    by_start = {start: (end, entry) for start, end, entry, _ in spans}
    index = {start: i for i, start in enumerate(starts)}
    taken, found = Spans(spans), []
    for i in heads:
        first = by_start.get(starts[i + 1]) if i + 1 < n else None
        if first is None or first[1].type != "organization":
            continue
        k = next((j for j in range(i + 1, n) if starts[j] >= first[0]), n)  # the token after the first name
        nisba = by_start.get(starts[k]) if k < n else None
        if nisba is None or not nisba[1].demonym or k + 2 >= n:
            continue
        k = index.get(_next_start(starts, nisba[0]), n)  # the token after the nisba
        if k + 1 >= n:
            continue
        word, last = words[k], k
        second = by_start.get(starts[k + 1])
        if (second is None or not second[1].demonym) and k + 2 < n and tokens.joined(k) \
                and (third := by_start.get(starts[k + 2])) and third[1].demonym \
                and (second is None and words[k + 1] not in stopwords() or second and second[1].type in _PLAIN_TYPES):
            last, second = k + 1, third  # «وهلال البصرة العراقية»: a name of two words, a place in it
        if not word.startswith("و") or len(word) < 4 or word[1:].startswith("ال") or second is None \
                or not second[1].demonym or taken.overlaps(starts[k], ends[k]):
            continue
        found.append((starts[k] + 1, ends[last], Entry(_as_written(mk, starts[k] + 1, ends[last]), "organization"),
                      "pattern"))
    return found


def _bodies_of_countries(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """A head that names a body with a country's nisba names it with the country's name too: «حكومة العراق» is one
    organisation, as «الحكومة العراقية» is (the heads of ``org_patterns.csv`` that describe with a nisba), and
    «دستور العراق» one law, of the head's type.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("لم تطلب حكومة العراق خفض الإنتاج") if m.kind == "entity"]
    [('حكومة العراق', 'organization')]
    """
    forms, words, starts = nisba_head_forms(), tokens.words, tokens.starts
    heads = [i for i in tokens.where(head_surfaces()) if words[i] in forms and i + 1 < len(words) and tokens.joined(i)]
    if not heads:
        return spans
    types = _org_heads()  # the heads' types (org_patterns.csv)
    at = {item[0]: k for k, item in enumerate(spans)}
    spans = list(spans)
    for i in heads:
        k = at.get(starts[i + 1])
        if k is not None and spans[k][2].type == "country" and not spans[k][2].demonym:
            start, end = starts[i] + forms[words[i]], spans[k][1]
            kind = types.get(words[i][forms[words[i]]:], "organization")  # «دستور العراق»: the head's type, a law
            spans[k] = (start, end, Entry(_as_written(mk, start, end), kind), "pattern")
    return spans


_LAW_HEAD = re.compile(r"(?<!\w)(?:[وبل]|وب|ول)?(?P<head>قانون)[ \t]+$")  # «بموجب قانون كاتسا»: no quote between


def _laws_with_their_head(key: str, spans: list) -> list:
    """A known law written right after «قانون», unquoted, keeps the head in its span («قانون كاتسا»), as a field
    after «حقل» does; quoted or bracketed after it («قانون 'كاتسا'»، «لقانون (كاتسا)») the name stays alone.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("فرضت عقوبات بموجب قانون كاتسا") if m.kind == "entity"]
    ['قانون كاتسا']
    """
    result, changed = list(spans), False
    for k, (start, end, entry, found_by) in enumerate(spans):
        if entry.type == "law" and (head := _LAW_HEAD.search(key, max(0, start - 10), start)):
            result[k] = (head.start("head"), end, entry, found_by)
            changed = True
    return result if changed else spans


@cache
def _bare_portfolios() -> frozenset[str]:
    """The portfolios of ``ministry_portfolios.csv`` as a construct writes them, without the article («خارجية»)."""
    return frozenset(row["key"][2:] for row in table("ministry_portfolios.csv", key="portfolio")
                     if row["key"].startswith("ال"))


def _ministries_of_countries(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """«وزارة» and a portfolio without the article before a country's name name that country's ministry, one
    organisation, the country inside it not marked apart («وزارة خارجية إيران»), as «وزارة الخارجية الإيرانية» is.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("عرض الأمر على وزارة خارجية إيران") if m.kind == "entity"]
    [('وزارة خارجية إيران', 'organization')]
    """
    words, starts, surfaces, portfolios = tokens.words, tokens.starts, head_surfaces(), _bare_portfolios()
    at = {item[0]: k for k, item in enumerate(spans)}
    found = list(spans)
    changed = False
    for i in tokens.where(surfaces):
        clitic, head = surfaces[words[i]]
        if head != "وزاره" or i + 2 >= len(words) or words[i + 1] not in portfolios \
                or not (tokens.joined(i) and tokens.joined(i + 1)):
            continue
        k = at.get(starts[i + 2])
        if k is not None and found[k][2].type == "country" and not found[k][2].demonym:
            start, end = starts[i] + clitic, found[k][1]
            found[k] = (start, end, Entry(_as_written(mk, start, end), "organization"), "pattern")
            changed = True
    return found if changed else spans


def _known_bodies_of_countries(mk: MatchKey, spans: list) -> list:
    """A known body whose last word has the article («البنك المركزي»، «مجلس الدوما»، «الدوما»), right before a
    country's nisba with the article, is that country's body, one organisation with the nisba inside («البنك
    المركزي الأوروبي»، «مجلس الدوما الروسي»), as a head and a nisba are («الحكومة العراقية»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وقال البنك المركزي الأوروبي إن") if m.kind == "entity"]
    [('البنك المركزي الأوروبي', 'organization')]
    """
    key = mk.key
    nisbas = {start: k for k, (start, end, entry, _) in enumerate(spans)
              if entry.demonym and entry.type in ("country", "region") and key.startswith("ال", start)
              and key.endswith(("ي", "يه"), start, end)}  # an adjective, not a people («الروس»)
    if not nisbas:
        return spans
    merged, dropped = {}, set()
    for k, (start, end, entry, found_by) in enumerate(spans):
        if entry.type != "organization" or found_by != "lexicon" \
                or not key.startswith("ال", max(key.rfind(" ", start, end) + 1 or start, start)):
            continue  # a known body whose last word has the article («مجلس الدوما»، «الدوما»)
        if _strip_proclitic(key[start:end].split(None, 1)[0], heads_in_names()):
            continue  # an agency's or a paper's name and its country's nisba: the outlet, then a demonym (a09)
        if entry.canonical in _company_canonicals():
            continue  # «جنرال إلكتريك الأمريكية»: a company (its «إل» no article) and its nisba, a demonym apart
        gap = _GAP.match(key, end)
        if gap is None or (n := nisbas.get(gap.end())) is None:
            continue
        tail = spans[n][1]
        merged[k] = (start, tail, Entry(_as_written(mk, start, tail), "organization"), "pattern")
        dropped.add(n)
    if not merged:
        return spans
    return [merged.get(k, item) for k, item in enumerate(spans) if k not in dropped]


@cache
def _government_heads() -> frozenset[str]:
    """Head nouns that, right before a person, name the body the person leads (``data/government_heads.csv``)."""
    return frozenset(match_key(head).key for head in key_set("government_heads.csv", "head"))


def _governments_of_people(mk: MatchKey, spans: list) -> list:
    """A head of ``government_heads.csv`` without the article right before a person names the body the person leads,
    one organisation with the person inside («حكومة نوري المالكي», as «إدارة ترامب»); a clitic stays out. The person
    must be named in full: after the head a surname alone is the person («حكومة السوداني»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وصلت الطائرات الى حكومة حيدر العبادي") if m.kind == "entity"]
    [('حكومة حيدر العبادي', 'organization')]
    """
    key, heads, merged = mk.key, _government_heads(), {}
    for k, (start, end, entry, _) in enumerate(spans):
        if entry.type != "person" or start < 2 or key[start - 1] != " " or " " not in key[start:end]:
            continue  # a surname alone stays the person («حكومة السوداني»: the corpus gold of c10)
        word_start = key.rfind(" ", 0, start - 1) + 1
        word = key[word_start:start - 1]
        head = _strip_proclitic(word, heads)
        if head is None:
            continue
        head_start = start - 1 - len(head)
        merged[k] = (head_start, end, Entry(f"government of {entry.canonical}", "organization"), "pattern")
    if not merged:
        return spans
    return [merged.get(k, item) for k, item in enumerate(spans)]


@cache
def _government_adjectives() -> frozenset[str]:
    """The adjectives the lexicon gives a government named alone («الحكومة المركزية»، «الحكومة الاتحادية»: the
    rows «الحكومة …» of an organisation whose second word names no place), which may follow a capital that names it
    («حكومة بغداد المركزية»)."""
    names = lexicon()
    return frozenset(key.split(" ", 1)[1] for key, entry in names.items()
                     if key.startswith("الحكومه ") and key.count(" ") == 1 and entry.type == "organization"
                     and key.split(" ", 1)[1] not in names)


@cache
def _governments() -> dict[str, Entry]:
    """``{state: its government}``, the lexicon's organisations named «Government of» a state («الحكومة العراقية»:
    Government of Iraq)."""
    prefix = "Government of "
    return {entry.canonical[len(prefix):]: entry for entry in lexicon().values()
            if entry.type == "organization" and entry.canonical.startswith(prefix)}


def _governments_of_capitals(mk: MatchKey, spans: list) -> list:
    """A head of ``government_heads.csv`` without the article right before a capital names the government of the
    capital's state, one organisation from the head to the capital and an adjective of the lexicon's governments
    after it («حكومة بغداد»، «حكومة بغداد المركزية»: the Government of Iraq, the capital not marked apart; the corpus
    guide after zu). The value is the lexicon's government of that state; a state whose government the lexicon does
    not name keeps its capital.

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("طالبت حكومة بغداد المركزية أربيل بالنفط") if m.kind == "entity"][0]
    ('حكومة بغداد المركزية', 'Government of Iraq')
    """
    key, heads, merged = mk.key, _government_heads(), {}
    for k, (start, end, entry, _) in enumerate(spans):
        if not entry.metonym_for or start < 2 or key[start - 1] != " ":
            continue
        government = _governments().get(entry.metonym_for)
        word_start = key.rfind(" ", 0, start - 1) + 1
        head = _strip_proclitic(key[word_start:start - 1], heads)
        if government is None or head is None:
            continue
        adjective = _NEXT_WORD.match(key, end)
        if adjective and adjective.group("word") in _government_adjectives():
            end = adjective.end()
        merged[k] = (start - 1 - len(head), end, government, "pattern")
    if not merged:
        return spans
    return [merged.get(k, item) for k, item in enumerate(spans)]


_NEXT_WORD = re.compile(r"[ \t]+(?P<word>\w+)(?!\w)")


@cache
def _organ_heads() -> frozenset[str]:
    """The organs of a party or body (``committee_parts.csv``, part ``organ``: «اللجنة المركزية»، «المكتب السياسي»)."""
    return key_set("committee_parts.csv", "word", lambda row: row["part"] == "organ")


def _organs_of_bodies(mk: MatchKey, spans: list) -> list:
    """An organ of ``committee_parts.csv`` right before «ل» and a body found there is one organisation, the body
    inside it not marked apart («اللجنة المركزية للحزب الديمقراطي الكردستاني»، «المكتب السياسي لمنظمة بدر»).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وقال عضو المكتب السياسي لحركة حماس إن") if m.kind == "entity"]
    ['المكتب السياسي لحركة حماس']
    """
    key, merged, dropped = mk.key, [], set()
    starts = {start: k for k, (start, end, entry, _) in enumerate(spans) if entry.type == "organization"}
    for organ in _organ_heads():
        for at in _occurrences(key, organ):
            if not after_clitic(key, at, ("", "و", "ب", "ل")):
                continue  # a word of its own, or behind «و»، «ب»، «ل»
            after = at + len(organ)
            if key[after:after + 2] != " ل":
                continue
            k = starts.get(after + 1) if key.startswith("لل", after + 1) else starts.get(after + 2)
            if k is None:
                continue
            merged.append((at, spans[k][1], Entry(_as_written(mk, at, spans[k][1]), "organization"), "pattern"))
            dropped.add(k)
    if not merged:
        return spans
    inside = Spans((start, end) for start, end, _, _ in merged)
    return [item for k, item in enumerate(spans) if k not in dropped and not inside.overlaps(item[0], item[1])] \
        + merged


@cache
def _committee_bodies() -> frozenset[str]:
    """The canonical names of the bodies a standing committee is named after (``committee_parts.csv``, part
    ``body``: «أوبك+»): any spelling the lexicon gives them («أوبك بلس») names them too."""
    names = lexicon()
    words = key_set("committee_parts.csv", "word", lambda row: row["part"] == "body")
    return frozenset(names[word].canonical for word in words if word in names)


# a committee's head and up to five words right before a body's name: «لجنة مراقبة اتفاق» (in construct with it),
# «اللجنة الوزارية المشتركة لمراقبة الإنتاج في» (before «في»), «لجنة المراقبة الوزارية المشتركة ل» (before a glued «ل»)
_COMMITTEE_BEFORE = re.compile(r"(?<!\w)(?:[وفب]|وب)?(?P<head>ال)?لجنه(?P<words>(?:[ \t]+(?![وفب]?(?:ال)?لجنه(?!\w))"
                               r"[^\W\d_]+){1,5}?)"
                               r"(?P<link>[ \t]+في[ \t]+|[ \t]+ل|[ \t]+)(?P<quote>[\"«“])?$")
_CLOSING_QUOTE = re.compile(r"[\"»”]")


def _committee_words(words: list[str], definite: bool, link: str) -> bool:
    """Tell whether the words between a committee's head and a body's name name its task («مراقبة اتفاق»، «الوزارية
    المشتركة لمراقبة الإنتاج»): after «لجنة» a noun in construct with it and the words it governs, after «اللجنة»
    adjectives and a complement with «ل», and never a stop word (a clause: «لجنة قالت إن أوبك»)."""
    if any(word in stopwords() for word in words):
        return False
    if definite:  # «اللجنة الوزارية المشتركة لمراقبة الإنتاج في»: adjectives and a complement, then «في» or «ل»
        return link.strip() in ("في", "ل") and words[0].startswith("ال") \
            and all(word.startswith(("ال", "ل")) for word in words)
    if words[0].startswith("ل") and not words[0].startswith("ال"):
        return False  # «لجنة لدراسة قرار أوبك+»: a committee to study it, named by no body
    return bool(link.strip()) or not words[-1].startswith(("ال", "وال"))  # in construct with the body's name
    # («لجنة مراقبة اتفاق أوبك+»), not a definite noun before it («طالبت لجنة النفط والطاقة أوبك»: an object)


def _committees_of_bodies(mk: MatchKey, spans: list) -> list:
    """A committee named after the body it belongs to (``committee_parts.csv``, part ``body``) is one organisation
    from its head to the body's name, the body inside it not marked apart, as an organ of a body is («لجنة مراقبة
    اتفاق «أوبك+»»، «اللجنة الوزارية المشتركة لمراقبة الإنتاج في أوبك+»: the corpus guide, after `zt`); a committee
    named only by its task («لجنة لدراسة قرار أوبك+») and a committee before a body it acts on («طالبت لجنة النفط
    والطاقة أوبك») are not.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وأوصت لجنة مراقبة اتفاق أوبك+ بتمديد الخفض") if m.kind == "entity"]
    ['لجنة مراقبة اتفاق أوبك+']
    """
    key, bodies, merged = mk.key, _committee_bodies(), []
    for start, end, entry, _ in spans:
        if entry.type != "organization" or entry.canonical not in bodies:
            continue
        committee = _COMMITTEE_BEFORE.search(key, max(0, start - 80), start)
        if committee is None or not _committee_words(committee.group("words").split(), bool(committee.group("head")),
                                                     committee.group("link")):
            continue
        at = committee.start("head") if committee.group("head") else committee.start("words") - len("لجنه")
        inside = [item for item in spans if item[0] < start and at < item[1]]
        if any(item[0] < at or item[2].type != "organization" for item in inside):
            continue  # a name across the committee's head, or a place or person among its words
        if committee.group("quote") and (closing := _CLOSING_QUOTE.match(key, end)):
            end = closing.end()  # «لجنة مراقبة اتفاق «أوبك+»»: the body's name quoted, both quotes inside
        merged.append((at, end, Entry(_as_written(mk, at, end), "organization"), "pattern"))
    return _replacing(spans, merged) if merged else spans


_QUOTED_NAME_AFTER = re.compile(r"[ \t]+[\"“«]")


def _descriptions_before_quoted_bodies(mk: MatchKey, spans: list) -> list:
    """A known body of several words right before a quoted body that is not its acronym describes the name that
    follows and is not one of its own (the corpus guide: «مجلس النواب “الدوما”» names the Duma, not Iraq's
    parliament).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("قدم رئيس الوزراء إلى مجلس النواب “الدوما” مقترحا") if m.kind == "entity"]
    ['الدوما']
    """
    key = mk.key

    def describes(item: tuple) -> bool:
        """A known body of several words, or a description read by its head that no lexicon names («للوكالة
        الفيدرالية الروسية للثروات الباطنية “روسغيدرا”»: w02)."""
        start, end, entry, found_by = item
        return " " in key[start:end] and (found_by == "lexicon" or found_by == "pattern"
                                          and entry.canonical == _as_written(mk, start, end))

    def named(item: tuple, name: tuple) -> bool:
        """Another body's name of one word, not an acronym («واع»، «OPEC»، «أ.ف.ب» with its dots)."""
        quoted = key[name[0]:name[1]]
        return not (" " in quoted or quoted.isascii() or len(quoted) <= 4 or "." in quoted) \
            and name[2].canonical != item[2].canonical

    dropped = _described_before(key, spans, _QUOTED_NAME_AFTER, describes, named)
    if not dropped:
        return spans
    return [item for k, item in enumerate(spans) if k not in dropped]


def _companies_with_their_words(mk: MatchKey, spans: list) -> list:
    """A known company followed by one to three English words of company names in Arabic letters (``data/
    company_words.csv``) is the company those words name, one span («لوك أويل ميد إيست»، «غازبروم نفط ميدل إيست»،
    «غازبروم إكسبورت»), as quoted whole (see :func:`_quoted_longer`).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وأعلنت لوك أويل ميد إيست أن") if m.kind == "entity"]
    ['لوك أويل ميد إيست']
    """
    key, words, changed = mk.key, company_words(), {}
    starts = {start for start, _, _, _ in spans}
    for k, (start, end, entry, found_by) in enumerate(spans):
        if entry.type != "organization" or found_by != "lexicon":
            continue
        tail, count = end, 0
        while count < 3 and (gap := _GAP.match(key, tail)) and gap.end() not in starts:
            word = re.match(r"[^\W\d_]+", key[gap.end():])
            if word is None or word.group() not in words or word.group() in ("نفط", "غاز", "ذا"):
                break  # «نفط» and «غاز» are words of the name itself, read by the lexicon; «ذا» opens a name
            tail, count = gap.end() + word.end(), count + 1
        if count:
            changed[k] = (start, tail, Entry(_as_written(mk, start, tail), "organization"), "pattern")
    return [changed.get(k, item) for k, item in enumerate(spans)] if changed else spans


# «الاتحاد» and «اتحاد» behind a proclitic → its length; «لل» before the article stays in the span, as for a name
_UNION_FORMS = {clitic + head: len(clitic) for head in ("الاتحاد", "اتحاد") for clitic in ("", "و", "ب", "وب", "ل")}
_UNION_FORMS |= {"للاتحاد": 0, "وللاتحاد": 1}


def _field_of(word: str) -> str | None:
    """The field a word behind «ل» or «لل» names («للرياضة» → «الرياضة»، «لكرة» → «كرة»), else None."""
    return "ال" + word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else None


@cache
def _union_fields() -> frozenset[str]:
    return key_set("union_fields.csv", "field")


@cache
def _fields_joining_next() -> frozenset[str]:
    """Fields whose next word belongs to the name («لكرة القدم»، «رجال الأعمال»)."""
    return key_set("union_fields.csv", "field", lambda row: row["joins_next"] == "yes")


_JOINT_GAP = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+")  # between the adjectives of a joint body
_CLOSING_AFTER = re.compile(r"[ \t]+(ال[^\W\d_]+)(?![^\W\d_])")  # a word with the article after a joint body's nisbas


@cache
def _joint_pattern() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of :func:`_joint_bodies` and its closing adjectives (``data/joint_bodies.csv``)."""
    rows = table("joint_bodies.csv", key="word")
    closing = frozenset(row["key"] for row in rows if row["role"] == "closing")
    surfaces = alternation(_joint_surfaces())
    # or one or two adjectives closed by a country's nisba, read from the names found: «اللجنة الأمنية العراقية»
    # adjectives may be joined by a hyphen or dash: «اللجنة العراقية- الروسية المشتركة» (Gulf365, 2021)
    gap = _JOINT_GAP.pattern
    # up to three adjectives before the closing one: «اللجنة الحكومية الروسية العراقية المشتركة» (Russia for Arabs, zd02)
    return re.compile(rf"(?<![^\W\d_])(?:[وفب]|وب)?(?P<name>(?:{surfaces})(?:(?:(?:{gap})ال[^\W\d_]+){{0,3}}?"
                      rf"[ \t]+(?:{alternation(closing)})|(?P<described>(?:(?:{gap})ال[^\W\d_]+){{1,2}}?)"
                      rf"(?=[ \t]+ال)))(?![^\W\d_])"), closing


@cache
def _joint_complement() -> re.Pattern:
    """«لل» and a complement of ``joint_bodies.csv`` («التعاون») with its adjectives, each with the article or «وال»
    and the ending of an adjective («التجاري والاقتصادي والعلمي»), one at least: the rest of a joint body's full
    name («للتعاون في مجال الطاقة» is left to the words after it)."""
    words = alternation(key_set("joint_bodies.csv", "word", lambda row: row["role"] == "complement"))
    return re.compile(rf"[ \t]+لل(?:{words})(?:[ \t]+(?:و[ \t]*)?ال[^\W\d_]+(?:ي|يه))+(?![^\W\d_])")


@cache
def _joint_surfaces() -> tuple[str, ...]:
    """How a head of ``joint_bodies.csv`` is written where a name of :func:`_joint_pattern` starts: with the article,
    or behind «ل» («للجنة» is ل + «اللجنة»)."""
    heads = [row["key"] for row in table("joint_bodies.csv", key="word") if row["role"] == "head"]
    return tuple(["ال" + head for head in heads] + ["ل" + head if head.startswith("ل") else "لل" + head for head in heads])


def _joint_matches(key: str) -> list[re.Match]:
    """Return what ``_joint_pattern()[0].finditer(key)`` yields, trying the pattern only where a head is written.

    A name starts with a written head (:func:`_joint_surfaces`), behind at most two letters of «و», «ف» or «ب»:
    the few places ``str.find`` gives (in C) are the only ones where a match can start, so the engine is not
    started at every character of the text (a property test checks the two readings agree).
    """
    return list(scan(_joint_pattern()[0], key, written_at(key, _joint_surfaces(), behind=2)))


@cache
def _joint_heads() -> frozenset[str]:
    """The heads of ``joint_bodies.csv`` as the match key writes them with the article («اللجنه»، «المجلس»)."""
    return frozenset(match_key("ال" + row["key"]).key for row in table("joint_bodies.csv", key="word")
                     if row["role"] == "head")


def _joint_bodies(mk: MatchKey, spans: list) -> list:
    """A head with the article and a description that ends in a closing adjective names one standing body
    («اللجنة الحكومية المشتركة»، «للجنة الحكومية الثنائية»، «المجلس الأعلى»; ``data/joint_bodies.csv``); the
    names inside it are no mentions of their own, and a name that crosses its bounds keeps it from being read.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وعقدت اللجنة الحكومية المشتركة اجتماعها") if m.kind == "entity"]
    [('اللجنة الحكومية المشتركة', 'organization')]
    """
    found, nisbas = [], {s: e for s, e, entry, _ in spans if entry.demonym and entry.type == "country"}
    adjectives = _joint_pattern()[1]
    for match in _joint_matches(mk.key):
        start, end = match.span("name")
        if match.group("described") is not None:  # the nisba must follow, and the adjectives be none
            if (after := nisbas.get(end + 1)) is None or any(start < s < end for s in nisbas):
                continue
            end = after
        named = end
        for _ in range(2):  # «اللجنة المشتركة العراقية الروسية»: the two countries' nisbas close it
            if (gap := _JOINT_GAP.match(mk.key, end)) and (after := nisbas.get(gap.end())) is not None:
                end = after
        if end != named and (closing := _CLOSING_AFTER.match(mk.key, end)) and closing.group(1) in adjectives:
            end = closing.end()  # «اللجنة الحكومية الروسية العراقية المشتركة»: a closing adjective after the nisbas
        if (complement := _joint_complement().match(mk.key, end)) is not None:
            end = complement.end()  # «… المشتركة للتعاون التجاري والاقتصادي والعلمي والتقني»: the full name
        if not any(s < start < e or s < end < e for s, e, _, _ in spans):  # no name across its bounds
            found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    longer = Spans(found)
    found += [item for item in _bodies_of_two_countries(mk, spans, nisbas) if not longer.overlaps(item[0], item[1])]
    return _replacing(spans, found)


def _bodies_of_two_countries(mk: MatchKey, spans: list, nisbas: dict[int, int]) -> list:
    """A head of ``joint_bodies.csv`` with the article, right before the nisbas of two countries, names the two
    states' standing body («اللجنة الروسية العراقية»، «للجنة العراقية - الروسية»), as the closing adjectives of
    :func:`_joint_bodies` do; one nisba alone («اللجنة العراقية») describes.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وتهتم موسكو باللجنة الروسية العراقية") if m.kind == "entity"]
    [('موسكو', 'city'), ('اللجنة الروسية العراقية', 'organization')]
    """
    key, found = mk.key, []
    countries = {s: entry.canonical for s, _, entry, _ in spans if entry.demonym and entry.type == "country"}
    for start, end in sorted(nisbas.items()):
        gap = _JOINT_GAP.match(key, end)
        second = gap.end() if gap else -1
        if second not in nisbas or countries.get(second) == countries.get(start):
            continue  # (the second nisba first: a head is searched for before two nisbas alone)
        if (head := _two_countries_head().search(key, max(0, start - 16), start)) is None:
            continue
        tail = nisbas[second]
        if tail < len(key) and key[tail].isalnum():
            continue
        found.append((head.start("name"), tail, Entry(_as_written(mk, head.start("name"), tail), "organization"),
                      "pattern"))
    return found


@cache
def _two_countries_head() -> re.Pattern:
    """A head of :func:`_joint_surfaces` and the gap before a nisba, at the end of what is searched."""
    return re.compile(rf"(?<![^\W\d_])(?:[وفب]|وب)?(?P<name>{alternation(_joint_surfaces())})(?:{_JOINT_GAP.pattern})$")


def _unions(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """«الاتحاد» with a country's name or nisba, then the field it is named for, is a body of that country, not the
    country (``data/union_fields.csv``): «الاتحاد الروسي للرياضة»، «الاتحاد العراقي لكرة القدم».

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وأعلن الاتحاد الروسي للرياضة بطولة") if m.kind == "entity"]
    [('الاتحاد الروسي للرياضة', 'organization')]
    """
    words, starts, ends, n = tokens.words, tokens.starts, tokens.ends, len(tokens.words)
    heads, at = [], mk.key.find("اتحاد")
    while at != -1:  # the few places «اتحاد» occurs, each mapped to its token
        i = bisect.bisect_right(starts, at) - 1
        if 0 <= i < n and words[i] in _UNION_FORMS and any(_field_of(word) in _union_fields()
                                                           for word in words[i + 1:i + 5]):
            heads.append(i)
        at = mk.key.find("اتحاد", at + 5)
    if not heads:
        return spans
    by_start = {item[0]: item for item in spans}
    found = []
    for i in heads:
        clitic = _UNION_FORMS[words[i]]
        nation = by_start.get(starts[i] + clitic) or (by_start.get(starts[i + 1]) if i + 1 < n else None)
        if nation is None or nation[2].type != "country":
            continue
        j = next((k for k in range(i + 1, min(i + 5, n)) if starts[k] >= nation[1]), n)
        if j >= n or not tokens.joined(j - 1):
            continue
        field = _field_of(words[j])
        if field not in _union_fields():
            continue
        last = j + 1 if field in _fields_joining_next() and j + 1 < n and tokens.joined(j) else j
        start = starts[i] + clitic
        found.append((start, ends[last], Entry(_as_written(mk, start, ends[last]), "organization"), "pattern"))
    return _replacing(spans, found)


def _companies_again(mk: MatchKey, spans: list) -> list:
    """A foreign name found after its head («شركتي بتروفاك البريطانية») names the same body where the text writes it
    again alone («مع أنتون وبتروفاك»): a name without the article, behind «و»، «ب»، «ل» or none.

    >>> from analysis.extract import extract
    >>> [(m.text, m.found_by) for m in extract("وقعت شركة ترانسماش عقدا ثم أعلنت ترانسماش") if m.kind == "entity"]
    [('ترانسماش', 'pattern'), ('ترانسماش', 'pattern')]
    """
    key, surfaces, names = mk.key, head_surfaces(), set()
    for start, end, entry, found_by in spans:
        text = key[start:end]
        if entry.type != "organization" or text.isascii() or len(text) < 4 \
                or any(word.startswith(("ال", "لل")) or word in surfaces
                       or word in stopwords() and word not in company_words() for word in text.split()):
            continue
        if found_by == "pattern":
            names.add(text)
        first, *rest = text.split()
        if rest and len(first) >= 4 and first not in stopwords() and all(word in company_words() for word in rest):
            names.add(first)  # «أنتون أويل فيلد» … «مع أنتون»، «ليتاسكو غروب» … «ليتاسكو»: its own word for it
    if not names:
        return []
    taken = Spans(spans)
    if not _written_outside(key, taken, names):
        return []  # every name only where it was read: nothing to read again, and no pattern to compile
    pattern = re.compile(rf"(?<![^\W\d_])(?:[وبل]|وب|ول)?(?P<name>{alternation(sorted(names))})(?![^\W\d_])")
    found = []
    persons = {start for start, _, entry, _ in spans if entry.type == "person"}
    for match in pattern.finditer(key):
        start, end = match.span("name")
        gap = _GAP.match(key, end)
        if not taken.overlaps(start, end) and not (gap and gap.end() in persons):  # not «أنتون سيلوانوف»
            found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    return found


@cache
def _spelling_index() -> dict[str, list[tuple[tuple[str, ...], int, Entry]]]:
    """``{word: [(words of a name, the word's place in it, Entry)]}`` for the lexicon's organisations of two or three
    words (a hyphen read as a space), by each word of three letters or more that is no common word: the names a
    misspelling of one letter in another word can be read back to."""
    index: dict[str, list[tuple[tuple[str, ...], int, Entry]]] = {}
    for name, entry in lexicon().items():
        words = tuple(name.replace("-", " ").split())
        if entry.type != "organization" or entry.demonym or not 2 <= len(words) <= 3:
            continue
        for place, word in enumerate(words):
            if len(word) >= 3 and word not in stopwords():
                index.setdefault(word, []).append((words, place, entry))
    return index


def _one_letter_off(word: str, other: str) -> bool:
    """Whether *word* is *other* with one letter changed, added or dropped (both of four letters or more)."""
    if word == other or min(len(word), len(other)) < 4 or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other)) == 1
    short, long = sorted((word, other), key=len)
    at = next((k for k, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    return short[at:] == long[at + 1:]


_NAME_GAP = re.compile(r"[ \t]+|[ \t]*-[ \t]*")  # between the words of a name: spaces, or a hyphen
_VOUCHING_QUOTE = re.compile(r"[\"«“”][ \t]*$")  # a quote right before a name («”غاوبروم نفط”»)


def _misspelt_names(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """A known organisation's name of two or three words written with one word one letter off («لوك أويك»،
    «غاوبروم نفط»، «روسوبورون-إسبورت», «شركة الاستكشفات النفطية») is that organisation where something vouches for
    it: a company's head right before it («مؤسسة»، «شركة»), a quote opening it, or, for a company of the oil
    press, the name spelt right elsewhere in the same text. The misspelt word is no word of the lexicon's and no
    common word.

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("وقعت مؤسسة روسوبورون-إسبورت عقودا") if m.kind == "entity"]
    [('روسوبورون-إسبورت', 'Rosoboronexport')]
    >>> [m.text for m in extract("قال إن لوك أويك تسعى") if m.kind == "entity"]
    []
    """
    key, words, starts, ends, index = mk.key, tokens.words, tokens.starts, tokens.ends, _spelling_index()
    heads, names, common = _company_heads(), lexicon(), stopwords()
    taken = Spans(spans)
    found: list = []
    reached = -1
    for i in tokens.where(index):  # the words of a known name, from the shared trigger pass
        if taken.overlaps(starts[i], ends[i]):
            continue  # inside a name read already: so is every name that holds this word
        for name, place, entry in index[words[i]]:
            first, last = i - place, i - place + len(name) - 1
            if first <= reached or first < 0 or last >= len(words) or taken.overlaps(starts[first], ends[last]):
                continue  # a name read already (most are, spelt right)
            written = words[first:last + 1]
            off = [k for k in range(len(name)) if written[k] != name[k]]
            if len(off) != 1 or not _one_letter_off(written[off[0]], name[off[0]]) \
                    or written[off[0]] in names or written[off[0]] in common \
                    or not all(_NAME_GAP.fullmatch(tokens.gaps[j]) for j in range(first + 1, last + 1)):
                continue
            start, end = starts[first], ends[last]
            before = key[max(0, start - 12):start]
            spelt = " ".join(name)  # spelt right elsewhere: a company's name, not «مجلس الأمن» for «مجلس الأمة»
            if not (before.split()[-1:] and before.split()[-1] in heads or _VOUCHING_QUOTE.search(before)
                    or spelt in key and entry.canonical in _company_canonicals() or name[0] in heads):
                continue
            found.append((start, end, entry, "pattern"))
            reached = last
            break
    return found


@cache
def _short_company_after_head() -> re.Pattern:
    """A short name of :func:`_short_company_names` right after the head «شركة» (behind a clitic or not)."""
    heads, names = alternation(sorted(_company_head_forms())), alternation(sorted(_short_company_names()))
    return re.compile(rf"(?<![^\W\d_])(?:{heads})[ \t]+(?P<name>{names})(?![^\W\d_])")


@cache
def _group_description_forms() -> frozenset[str]:
    """The descriptions of an armed group (``group_descriptions.csv``: «تنظيم»، «ميليشيا»), behind «و»، «ل»، «ب» too."""
    return frozenset(clitic + head for head in key_set("group_descriptions.csv", "head")
                     for clitic in ("", "و", "ل", "ب", "ول", "وب"))


@cache
def _group_after_description() -> AtWordStart:
    """A bracketed organisation's name (``bracketed_names.csv``) right after a description of an armed group."""
    names = alternation(sorted(name for name, entry in _bracketed_pattern()[1].items()
                               if entry.type == "organization"))
    return AtWordStart(rf"(?:{alternation(sorted(_group_description_forms()))})[ \t]+(?P<name>{names})(?![^\W\d_])",
                       clitics=("",), letters_only=True)  # the forms hold their clitics: no letter before them


def _groups_after_descriptions(mk: MatchKey, spans: list) -> list:
    """A name that is also a common word, of ``bracketed_names.csv``, right after a description of an armed group
    («تنظيم»، «ميليشيا»: ``group_descriptions.csv``) is the group, the description left out, as the guide marks «داعش»
    in «تنظيم داعش» («تنظيم القاعدة الإرهابي»، «ميليشيا الحوثي»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("في مواجهة تنظيم القاعدة الإرهابي") if m.kind == "entity"]
    [('القاعدة', 'organization')]
    """
    return _bracketed_names_after(mk, spans, _group_after_description())


def _short_companies_again(mk: MatchKey, spans: list) -> list:
    """A company whose short name is also a word («شل») is that company wherever the text writes the short name
    alone after that, behind «و»، «ب» or «ل», once it has named the company by it in brackets or quotes («شركة (شل)»)
    or in full («رويال داتش شل»): before that, and elsewhere, «شل» is the verb «paralysed».

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("باعت شركة (شل) حصتها. وتقول شل إنها باقية") if m.kind == "entity"]
    ['شل', 'شل']
    >>> [m.text for m in extract("شل الإضراب حركة الميناء") if m.kind == "entity"]
    []
    """
    key, short = mk.key, _short_company_names()
    named: dict[str, int] = {}  # each short name: where the text first names the company by it
    for start, end, entry, _ in spans:
        for name in short:
            if entry.type == "organization" and (key[start:end] == name or key[start:end].endswith(" " + name)):
                named[name] = min(end, named.get(name, end))
    for match in _short_company_after_head().finditer(key):  # «شركة شل»: the head names the company, as brackets do
        named[match.group("name")] = min(match.start("name"), named.get(match.group("name"), match.start("name")))
    companies = _company_canonicals()
    for start, end, entry, _ in spans:  # «إكسون موبيل وشل»: a company's name after «و» and another company
        for name in short:
            if entry.canonical in companies and key.startswith(" و" + name, end) \
                    and not key[end + 2 + len(name):end + 3 + len(name)].isalnum():
                named[name] = min(end + 1, named.get(name, end + 1))  # from its «و»
    if not named:
        return []
    taken = Spans(spans)
    pattern = re.compile(rf"(?<![^\W\d_])(?:[وبل]|وب|ول)?(?P<name>{alternation(sorted(named))})(?![^\W\d_])")
    return [(match.start("name"), match.end("name"), short[match.group("name")], "pattern")
            for match in pattern.finditer(key, min(named.values()))
            if match.start("name") >= named[match.group("name")] and not taken.overlaps(*match.span("name"))]


def _next_start(starts, end: int) -> int:
    """The start of the first token at or after *end*."""
    return next((start for start in starts if start >= end), -1)


def _described_by_own_name(key: str, spans: list) -> list:
    """An organisation's long name right before its own short name, with only a space between, describes the body
    the short name names («شركة تسويق النفط سومو المملوكة للدولة»: «سومو», the corpus gold of y08); in brackets
    or after a comma the two are read apart («شركة تسويق النفط (سومو)»).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("قال مصدر من شركة تسويق النفط سومو إن") if m.kind == "entity"]
    ['سومو']
    """
    spans = sorted(spans, key=itemgetter(0))
    described = _described_before(key, spans, _GAP, lambda item: True,
                                  lambda item, name: name[2].canonical == item[2].canonical
                                  and name[1] - name[0] < item[1] - item[0])
    return [item for k, item in enumerate(spans) if k not in described]


_CLOSING_QUOTE_AFTER = re.compile(r"[ \t]*[\"»”]")


_ACRONYM_AFTER = re.compile(r"[\"»”]?[ \t]*\([ \t]*(?P<acronym>[a-z]{2,12}|[^\W\d_a-z]{2,4}"
                            r"|(?:[^\W\d_a-z] ){2,3}[^\W\d_a-z])[ \t]*\)")  # spelt letter by letter: «(أ ف ب)»


def _acronyms_after(key: str, spans: list) -> list:
    """A short word in parentheses right after an organisation's name is its acronym: «قوات سوريا الديمقراطية
    (قسد)»، «منظمة البلدان المصدرة للنفط (OPEC)»، «وكالة فرانس برس (أ ف ب)»: Latin letters, two to four Arabic
    letters, or three or four Arabic letters spelt apart; not a word with the article, a stop word, a date word
    («أمس») or a name already read."""
    taken, found = None, []  # the spans' index, made only if an acronym is found
    for start, end, entry, _ in spans:
        if entry.type != "organization" or not (match := _ACRONYM_AFTER.match(key, end)):
            continue
        word, at = match.group("acronym"), match.start("acronym")
        if word.startswith("ال") or word in stopwords() or word in relative_dates() or word in weekdays():
            continue
        taken = taken or Spans(spans)
        if not taken.overlaps(at, match.end("acronym")):
            found.append((at, match.end("acronym"), entry, "acronym"))
    return found


@cache
def _honorific_inside() -> re.Pattern:
    """An honorific of ``data/honorifics.csv`` in parentheses («(ع)»), then a complement with «لل» («للأنباء»)."""
    words = alternation(sorted(key_set("honorifics.csv", "word"), key=len, reverse=True))
    return re.compile(rf"[ \t]*\([ \t]*(?:{words})[ \t]*\)[ \t]+(?P<complement>لل[^\W\d_]{{3,}})(?!\w)")


def _honorifics_inside_names(mk: MatchKey, spans: list) -> list:
    """A body's name read by its head up to an honorific in parentheses («(ع)», ``data/honorifics.csv``) goes on past
    it where a complement with «لل» follows, as the name would without it: «وكالة أهل البيت (ع) للأنباء» is one
    name, the honorific inside. An honorific that closes the name («مستشفى الإمام علي (ع)») is left outside.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وفقا لما أفادته وكالة أهل البيت (ع) للأنباء فإن الوزير وصل") if m.kind == "entity"]
    ['وكالة أهل البيت (ع) للأنباء']
    """
    key, pattern, taken, found = mk.key, _honorific_inside(), None, []
    for start, end, entry, found_by in spans:
        if entry.type != "organization" or found_by != "pattern" or not (match := pattern.match(key, end)) \
                or match.group("complement") in _name_stops() or match.group("complement") in stopwords():
            continue
        taken = taken or Spans(spans)
        if not taken.overlaps(match.start("complement"), match.end()):
            found.append((start, match.end(), Entry(_as_written(mk, start, match.end()), "organization"), found_by))
    return _replacing(spans, found)


@cache
def _organisation_heads() -> frozenset[str]:
    """The heads of ``data/org_patterns.csv`` that name organisations, with «ال» where they take it (also before a
    complement, ``complement_heads.csv``: «الوكالة الوطنية العراقية للأنباء»)."""
    return heads_and_definite_forms(lambda row: row["type"] == "organization") | complement_heads()


@cache
def _region_pattern_heads() -> frozenset[str]:
    """The heads of ``data/org_patterns.csv`` that name a region with the name after them («محافظة»، «إقليم»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["type"] == "region")


@cache
def _short_organisation_heads() -> frozenset[str]:
    """The heads of ``data/org_patterns.csv`` that name a body with one word after them («مجلس»، «ديوان»); not
    «قيادة» (a leadership), which needs a longer description."""
    return key_set("org_patterns.csv", "head", lambda row: row["type"] == "organization" and row["describes"] == "short")


def _bodies_of_regions(mk: MatchKey, spans: list) -> list:
    """An organisation's head right before a governorate or region named with its own head is one body, the region
    inside it not marked: «مجلس محافظة البصرة»، «ديوان محافظة نينوى».

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وقرر مجلس محافظة البصرة أمس") if m.kind == "entity"]
    [('مجلس محافظة البصرة', 'organization')]
    """
    key, heads, surfaces = mk.key, _region_pattern_heads(), head_surfaces()
    organisations, changed = _short_organisation_heads(), {}
    for k, (start, end, entry, _) in enumerate(spans):
        if entry.type != "region" or key[start:end].split(" ", 1)[0] not in heads:
            continue
        before = _HEAD_BEFORE.search(key, max(0, start - 14), start)  # the word before, as written
        form = surfaces.get(before.group(0).rstrip()) if before else None  # («ومجلس»: «و» and «مجلس»)
        if form and form[1] in organisations and not form[1].startswith("ال"):
            first = before.start() + form[0]
            changed[k] = (first, end, Entry(_as_written(mk, first, end), "organization"), "pattern")
    return [changed.get(k, item) for k, item in enumerate(spans)] if changed else spans


_SLASHED = re.compile(r"/[ \t]*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*/")


def _slashed_names(mk: MatchKey, spans: list) -> list:
    """A name between slashes after an organisation's head, or its description with the article, is the name alone,
    as a quoted one: «وكالة /المعلومة/»، «الوكالة الوطنية العراقية للأنباء /نينا/».

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وذكر تقرير ترجمته وكالة /المعلومة/ أن") if m.kind == "entity"]
    [('المعلومة', 'organization')]
    """
    key, surfaces, heads, found, taken = mk.key, head_surfaces(), _organisation_heads(), [], None
    for match in _SLASHED.finditer(key):
        start, end = match.span("name")
        taken = taken or Spans(spans)
        if taken.overlaps(start, end) or match.group("name") in stopwords():
            continue
        words = list(_NAME_WORD.finditer(key, max(0, match.start() - 60), match.start()))
        if not words or not _GLUE.fullmatch(key[words[-1].end():match.start()] or " "):
            continue
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):  # the head, then words with the article
            form = surfaces.get(words[k].group())
            if form and form[1] in heads:
                found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
                break
            if not words[k].group().startswith(("ال", "لل")) or k and not _GLUE.fullmatch(
                    key[words[k - 1].end():words[k].start()]):
                break
    return found


@cache
def _dual_heads() -> frozenset[str]:
    """The dual heads of ``data/org_patterns.csv`` («شركتي»): a name follows them, without them."""
    return key_set("org_patterns.csv", "head", lambda row: row["names"] == "yes" and not row["describes"])


_PAREN_SHORT = re.compile(r"\([ \t]*(?P<acronym>[a-z][a-z&.]{1,11}|[^\W\d_a-z]{3,5})[ \t]*\)")
_GLUE = re.compile(r"[ \t]+")


def _headed_names_before_acronyms(mk: MatchKey, spans: list) -> list:
    """Words from a head noun of an organisation up to a short word in parentheses are one name and that word its
    acronym, where no name was read there: «مكتب مراقبة الأصول الأجنبية (أوفاك)» (now in the lexicon)، «موقع أويل
    برايس (Oilprice)». The words must follow one another without a mark between them and belong to no place or person.

    >>> from analysis.extract import extract
    >>> [(m.text, m.found_by) for m in extract("وأعلن مكتب مراقبة الصادرات الزراعية (أوساك) أمس") if m.kind == "entity"]
    [('مكتب مراقبة الصادرات الزراعية', 'pattern'), ('أوساك', 'acronym')]
    """
    key, heads, surfaces, found = mk.key, _organisation_heads(), head_surfaces(), []
    every = others = names = ends = None  # the spans' indexes, made at the first parenthesis that may be an acronym
    for paren in _PAREN_SHORT.finditer(key):
        word, at, stop = paren.group("acronym"), paren.start("acronym"), paren.start()
        if every is None:
            every = Spans(spans)
            others = Spans((s, e) for s, e, entry, _ in spans if entry.type != "organization")
            names = Spans((s, e) for s, e, entry, _ in spans if not entry.demonym)
            ends = {e for _, e, _, _ in spans}
        while stop > paren.start() - 2 and key[stop - 1] in " \t":
            stop -= 1
        read = every.overlaps(at, paren.end("acronym"))  # «(FBI)»: read already as an acronym
        if word.startswith("ال") or word in stopwords() or others.overlaps(at, paren.end("acronym")) or stop in ends:
            continue  # a name right before the parentheses: _acronyms_after reads them
        if word.isascii() and word.upper() in _not_acronyms():
            continue  # «الغاز السائل (LPG)»، «عقد (EPC)»: a product's or contract's abbreviation names no body
        words = list(_NAME_WORD.finditer(key, max(0, paren.start() - 80), paren.start()))
        if not words or not _GLUE.fullmatch(key[words[-1].end():paren.start()] or " "):
            continue
        first = None
        for k in range(len(words) - 2, max(-1, len(words) - 7), -1):  # a head, then one to five words
            if not _GLUE.fullmatch(key[words[k].end():words[k + 1].start()]):
                break
            form = surfaces.get(words[k].group())
            if form and form[1] in heads:
                first = k
                break
        if first is None:
            continue
        clitic, head = surfaces[words[first].group()]
        start, end = words[first].start() + clitic, words[-1].end()
        if head in _dual_heads():  # «شركتي الوطنية الصينية للنفط البحري (كنوك)»: the name after «the two companies»
            start = words[first + 1].start()
        if names.overlaps(start, end):
            continue  # a name read already among the words (a place, a person, a body)
        spans = [item for item in spans if not (start <= item[0] and item[1] <= end)]
        found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
        if not read:
            found.append((at, paren.end("acronym"), Entry(_as_written(mk, at, paren.end("acronym")), "organization"),
                          "acronym"))
    return spans + found


_IN_PARENTHESES = re.compile(r"\([ \t]*(?P<acronym>[^\W\d_a-z]{3,5})[ \t]*\)")
_NAME_WORD = re.compile(r"[^\W\d_]+")
_LINKS = frozenset({"في", "و", "من", "علي"})  # words an acronym skips: «الدولة الإسلامية في العراق والشام (داعش)»


def _initial(word: str) -> str:
    """The letter an acronym takes from *word*: after the article, «لل» or a conjunction with the article."""
    for prefix in ("وال", "بال", "لل", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix)]
    return word[:1]


def _initials_acronyms(mk: MatchKey, spans: list) -> list:
    """A word of three to five Arabic letters in parentheses whose letters begin, in order, the words right before
    it is their acronym, and those words one name: «قوات سوريا الديمقراطية (قسد)»، «وكالة الأنباء العراقية (واع)»،
    «الدولة الإسلامية في العراق والشام (داعش)». The name's words must not already belong to other names.

    >>> from analysis.extract import extract
    >>> [(m.text, m.found_by) for m in extract("وقالت الهيئة العليا للتنسيق الحكومي (هعتح) إن") if m.kind == "entity"]
    [('الهيئة العليا للتنسيق الحكومي', 'pattern'), ('هعتح', 'acronym')]
    """
    key, found = mk.key, []
    taken = Spans(spans)
    for paren in _IN_PARENTHESES.finditer(key):
        letters, at = paren.group("acronym"), paren.start("acronym")
        if taken.overlaps(at, paren.end("acronym")) or letters in stopwords():
            continue
        words = list(_NAME_WORD.finditer(key, max(0, paren.start() - 120), paren.start()))
        k, first = len(letters) - 1, None
        for word in reversed(words):
            if k < 0:
                break
            if _initial(word.group()) == letters[k]:
                first, k = word, k - 1
            elif word.group() not in _LINKS or first is None:
                break
        if k >= 0 or first is None:
            continue
        start = first.start() + (1 if first.group()[:1] in "وبل" and first.group()[1:2] != "ل" and
                                 _initial(first.group()[1:]) == letters[0] and not first.group().startswith("ال") else 0)
        end = words[-1].end()
        if not re.fullmatch(r"[ \t]*", key[end:paren.start()]):
            continue
        inside = [(s, e, entry) for s, e, entry, _ in spans if s < end and start < e]
        if any(entry.type == "organization" and s <= start and end <= e for s, e, entry in inside):
            inside = None  # the name is known already: only the acronym is new
        elif any(not entry.demonym for _, _, entry in inside):
            continue  # a place or a person among the words: not one name
        if inside is not None:
            spans = [item for item in spans if not (start <= item[0] and item[1] <= end)]  # its nisba inside it
            found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
        found.append((at, paren.end("acronym"), Entry(letters, "organization"), "acronym"))
    return spans + found


_AND_REGION = re.compile(r"[ \t]+و(?:[^\W\d_]+[ \t]+)?$")  # «… وشمال إفريقيا»: «و» and a word of direction


def _regions_joined(spans: list, mk: MatchKey) -> list:
    """A department named by a world region takes a second region joined by «و» («إدارة الشرق الأوسط وشمال
    إفريقيا»): the region after «و», with at most one word before it, is inside the department's name.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("قال مدير إدارة الشرق الأوسط وشمال إفريقيا بالوزارة") if m.kind == "entity"]
    ['إدارة الشرق الأوسط وشمال إفريقيا']
    """
    heads, key = region_heads(), mk.key
    departments = [k for k, (start, _, entry, found_by) in enumerate(spans) if found_by == "pattern"
                   and entry.type == "organization" and key[start:start + 8].split()[0] in heads]
    if not departments:
        return spans
    spans, dropped = list(spans), set()
    by_start = sorted(range(len(spans)), key=lambda k: spans[k][0])
    for k in departments:
        start, end, _, found_by = spans[k]
        for other in by_start:
            o_start, o_end, o_entry, _ = spans[other]
            if o_start > end and o_entry.type == "region" and not o_entry.demonym \
                    and _AND_REGION.search(key, end, o_start) and _AND_REGION.search(key, end, o_start).start() == end:
                spans[k] = (start, o_end, Entry(_as_written(mk, start, o_end), "organization"), found_by)
                dropped.add(other)
                break
    return [item for k, item in enumerate(spans) if k not in dropped]


@cache
def _short_names() -> dict[str, str]:
    """``{match key: canonical}`` of ``data/short_names.csv``: a body's short name, read once its full name is met."""
    return {" ".join(row["key"].split()): row["canonical"] for row in table("short_names.csv", key="short")}


def _short_names_after_full(mk: MatchKey, spans: list) -> list:
    """A body named in full («الحشد الشعبي»، «عصائب أهل الحق») is named again by its short name later in the text
    («فصائل الحشد»، «العصائب»; ``data/short_names.csv``), a word that alone may name something else; «و»، «ب»، «ف»
    before it are left out, and «لل» for its article kept («للحشد»), as for a name of the lexicon.

    >>> from analysis.extract import extract
    >>> text = "وقالت فصائل الحشد الشعبي إن مقاتلي الحشد انسحبوا. وتحدث عن الحشد العسكري"
    >>> [m.text for m in extract(text) if m.kind == "entity"]
    ['الحشد الشعبي', 'الحشد']
    """
    first = {}
    for start, end, entry, _ in spans:
        if entry.type == "organization" and not entry.demonym:
            first.setdefault(entry.canonical, (end, entry))
    pending = [(short, *first[canonical]) for short, canonical in _short_names().items() if canonical in first]
    if not pending:
        return spans
    key, taken, found = mk.key, Spans(spans), []
    for short, after, entry in pending:
        forms = [short] + (["لل" + short[2:]] if short.startswith("ال") else [])
        for form in forms:
            start = key.find(form, after)
            while start != -1:
                end = start + len(form)
                bare = after_clitic(key, start, ("", "و", "ف", "ب"))
                follows = _WORD_AFTER.match(key, end)
                if bare and (end == len(key) or not key[end].isalnum()) and not taken.overlaps(start, end) \
                        and not (follows and follows.group(1).startswith("ال")):
                    found.append((start, end, entry, "lexicon"))  # not «الحشد العسكري», a noun and its adjective
                start = key.find(form, end)
    return spans + found


_WORD_AFTER = re.compile(r"[ \t]+(\w+)")


def _short_names_again(mk: MatchKey, spans: list) -> list:
    """A company named in full with its head («شركة نفط البصرة») is named again without it («ونفط البصرة»), a name
    of two words or more: the same company, a place inside it no place of its own.

    >>> from analysis.extract import extract
    >>> text = "سلمت الحقل لشركة نفط البصرة. واجتمع مسؤولون من ونفط البصرة اليوم"
    >>> [m.text for m in extract(text) if m.kind == "entity"]
    ['شركة نفط البصرة', 'نفط البصرة']
    """
    key, heads, found = mk.key, _company_heads(), []
    short = {}
    for start, end, entry, _ in spans:
        head, _, rest = key[start:end].partition(" ")
        if entry.type == "organization" and head in heads and " " in rest:
            short.setdefault(rest, (end, entry))
    taken = [(start, end) for start, end, entry, _ in spans if entry.type not in ("city", "country", "region")]
    for rest, (after, entry) in short.items():
        at = key.find(rest, after)
        while at != -1:
            end = at + len(rest)
            bare = after_clitic(key, at, ("", "و", "ف", "ل", "ب"))
            if bare and (end == len(key) or not key[end].isalnum()) \
                    and not any(s < end and at < e for s, e in taken):
                found.append((at, end, entry, "lexicon"))
            at = key.find(rest, end)
    return _replacing(spans, found)


@cache
def _headless_names() -> dict[str, Entry]:
    """``{name: Entry}``: the lexicon's companies written with «شركة» and two words after it, without the head and
    the article («شركة غاز الشمال» → «غاز الشمال»، «نفط ذي قار»; not «الاستكشافات النفطية»), unless the name alone
    is known."""
    heads, names = _company_heads(), lexicon()
    found: dict[str, Entry] = {}
    for name, entry in names.items():
        head, _, rest = name.partition(" ")
        if entry.type == "organization" and head in heads and rest.count(" ") in (1, 2) and not rest.startswith("ال") \
                and rest not in names:
            found.setdefault(rest, entry)
    return found


@cache
def _company_cue() -> re.Pattern:
    """A cue of ``data/company_cues.csv``, behind «و» or «ف», ending right before a name."""
    cues = alternation(sorted(key_set("company_cues.csv", "cue"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?(?:{cues})[ \t]+$")


@cache
def _headless_forms() -> frozenset[str] | None:
    """The first words of :func:`_headless_names` and their forms behind a clitic (see :func:`_first_word_forms`)."""
    return _first_word_forms(_headless_names())


def _headless_companies(mk: MatchKey, spans: list, tokens: Tokens | None = None) -> list:
    """An Iraqi state company of the lexicon named without «شركة» after the title of its head, a feminine verb of
    speech or a dual head («مدير نفط الشمال»، «وقالت نفط البصرة»، «شركتي نفط الشمال وغاز الشمال»), after «و»
    right after a company, or quoted whole («أن “نفط البصرة” أبرمت»); elsewhere «نفط البصرة» may be Basra's oil.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("قال مدير غاز الشمال ان الانتاج زاد ونفط البصرة كذلك") if m.kind == "entity"]
    ['غاز الشمال', 'البصرة']
    """
    key, names = mk.key, _headless_names()
    present = _names_present(key, tokens, names, _headless_forms())
    if not present:
        return spans
    taken = Spans((start, end) for start, end, entry, _ in spans if entry.type not in _PLACE_TYPES)
    ends = {end for _, end, entry, _ in spans if entry.type == "organization"}
    found, cue, reach = [], _company_cue(), -1
    for at, name in sorted(((at, name) for name in present for at in _occurrences(key, name)),
                           key=lambda item: (item[0], -len(item[1]))):  # longest first: «نفط البصرة العراقية»
        end = at + len(name)
        clitic = 1 if after_clitic(key, at, ("و",)) else 0
        first = at - clitic  # where the written word starts
        if at < reach or end < len(key) and key[end].isalnum() or not after_clitic(key, first) \
                or taken.overlaps(at, end):
            continue
        before = key[max(0, first - 24):first]
        listed = clitic and first - (len(before) - len(before.rstrip())) in ends
        quoted = not clitic and _OPENING_QUOTE.search(before) and _CLOSING_QUOTE_AFTER.match(key, end)
        if listed or quoted or cue.search(before):  # «أن “نفط البصرة” أبرمت»: quoted whole, the company's own name
            found.append((at, end, names[name], "pattern"))
            ends.add(end)
            reach = end
    return _replacing(spans, found)  # «البصرة» of «نفط البصرة» names no place there


@cache
def _company_heads_spaced() -> tuple[str, ...]:
    """The heads of :func:`_company_heads`, each with the space after it, for one ``str.startswith``."""
    return tuple(sorted(head + " " for head in _company_heads()))


@cache
def _company_heads() -> frozenset[str]:
    """The head «شركة» as the match key writes it, the head a company's short name drops."""
    return frozenset(match_key(row["head"]).key for row in table("org_patterns.csv", key="head")
                     if row["names"] == "yes" and row["describes"] == "yes" and row["head_in_name"] != "yes"
                     and row["media"] != "yes")


@cache
def _company_head_forms() -> frozenset[str]:
    """The head «شركة» and its forms behind «و»، «ل»، «ب» («لشركة»، «وبشركة»)."""
    return frozenset(clitic + head for head in _company_heads() for clitic in ("", "و", "ل", "ب", "ول", "وب"))


def _companies_named_with_places(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """After «شركة», a name of two words one of which is a known place is the company, named without its head, the
    place inside it naming no place: a noun of the trade, then the place («شركة أنابيب كردستان»), or the place,
    then a foreign word («شركة آسيا سيل»). Not after a quote, an article or a known word (a nisba, a name).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وقالت شركة آسيا سيل إن شركة أنابيب نينوى") if m.kind == "entity"]
    [('آسيا سيل', 'organization'), ('أنابيب نينوى', 'organization')]

    (A company the lexicon holds with its head is read whole first: «شركة أنابيب كردستان».)
    """
    words, starts, ends, n = tokens.words, tokens.starts, tokens.ends, len(tokens.words)
    at = {start: (end, entry) for start, end, entry, _ in spans}
    covered = Spans((start, end) for start, end, entry, found_by in spans  # not a one-word name guessed after the
                    if not (found_by == "pattern" and entry.type == "organization" and " " not in mk.key[start:end]))

    def place(j: int) -> int | None:  # the end of a known place (not a nisba) starting at word j
        end, entry = at.get(starts[j], (None, None))
        return end if entry is not None and entry.type in _PLACE_TYPES and not entry.demonym else None

    def free(j: int) -> bool:  # a word no span reads, without the article, no stop word nor digit
        word = words[j]
        return not covered.overlaps(starts[j], ends[j]) and not word.startswith("ال") and len(word) >= 3 \
            and not word.isdigit() and word not in stopwords() and word not in _name_stops()

    found = []
    for i in tokens.where(_company_head_forms()):
        if i + 2 >= n or not tokens.joined(i) or not tokens.joined(i + 1):
            continue
        if (end := place(i + 1)) is not None and end == ends[i + 1] and free(i + 2) \
                and not (i + 3 < n and tokens.joined(i + 2) and free(i + 3)):
            found.append((starts[i + 1], ends[i + 2]))  # «آسيا سيل»: the place, then one foreign word
        elif free(i + 1) and (end := place(i + 2)) is not None:
            found.append((starts[i + 1], end))  # «أنابيب كردستان»: the trade, then the place
    if not found:
        return spans
    inside = Spans(found)
    return [item for item in spans if not inside.overlaps(item[0], item[1])] + \
        [(start, end, Entry(_as_written(mk, start, end), "organization"), "pattern") for start, end in found]


def _descriptions_before_their_names(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """A description with the article read as a body by its pattern, right before the quoted name it introduces
    («للوكالة الفيدرالية الروسية للثروات الباطنية “روسغيدرا”»، «الشركة الروسية لتصدير الأسلحة "روس أوبورون
    إكسبورت"»), is no name of its own (the corpus guide: a description and the name it introduces): the quoted name
    stays, the description goes and a country's nisba inside it is a demonym. A short quoted word after a body's
    name is its acronym, and both stay («الوكالة الوطنية العراقية للأنباء "نينا"»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract('وقالت الشركة الروسية لتصدير الأسلحة "روس أوبورون إكسبورت" إن') if m.kind == "entity"]
    [('الروسية', 'country'), ('روس أوبورون إكسبورت', 'organization')]
    """
    key, names = mk.key, lexicon()
    dropped = _described_before(key, spans, _QUOTED_AFTER,
                                lambda item: item[3] == "pattern" and key.startswith(("ال", "لل"), item[0]),
                                lambda _, name: " " in key[name[0]:name[1]] or name[1] - name[0] > 4)  # not an acronym
    demonyms = []
    for k in sorted(dropped):
        start, end = spans[k][:2]
        for i in range(bisect.bisect_left(tokens.starts, start), bisect.bisect_left(tokens.starts, end)):
            if (known := names.get(tokens.words[i])) is not None and known.demonym:
                demonyms.append((tokens.starts[i], tokens.ends[i], known, "lexicon"))
    if not dropped:
        return spans
    return [item for k, item in enumerate(spans) if k not in dropped] + demonyms


_QUOTED_AFTER = re.compile(r"[ \t]*[\"«“][ \t]*")


def _descriptions_before_quoted_names(key: str, spans: list) -> list:
    """A company described by its head and its business («شركة تسويق النفط العراقية»), then its name in quotes
    that is the same company («"سومو"»): the quoted name alone is marked, as after any description (the corpus
    guide; f07, k08). An agency's name before its acronym stays («وكالة الأنباء العراقية "واع"»: name and acronym).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract('وقالت شركة تسويق النفط العراقية "سومو" إن') if m.kind == "entity"]
    ['سومو']
    """
    heads = _company_heads_spaced()
    dropped = _described_before(key, spans, _QUOTED_AFTER, lambda item: key.startswith(heads, item[0]),
                                lambda item, name: name[2].canonical == item[2].canonical)  # the same company
    return [item for k, item in enumerate(spans) if k not in dropped] if dropped else spans


@cache
def _committee_terms() -> frozenset[str]:
    """Words of a council's term after it (``committee_parts.csv``, part ``term``: «في البرلمان السابق»)."""
    return key_set("committee_parts.csv", "word", lambda row: row["part"] == "term")


@cache
def _committee_parts(heads_part: str = "head", councils_part: str = "council") -> tuple[frozenset[str], re.Pattern]:
    """The committee heads of ``data/committee_parts.csv`` as match keys, and a pattern of a council after «ب»، «ل»
    or «في» (the council's own article dropped after «ل»: «لمجلس» is whole, «للبرلمان» keeps one «ل»); with
    ``ministry`` and ``state``, a ministry's heads and the states and regions a ministry belongs to."""
    heads = key_set("committee_parts.csv", "word", lambda row: row["part"] == heads_part)
    councils = [" ".join(row["key"].split()) for row in table("committee_parts.csv", key="word")
                if row["part"] == councils_part]
    link = r"(?:ب|ل|في[ \t]+)"
    return heads, re.compile(rf"[ \t]+(?:{link}(?:{alternation(councils)})|لل(?:{alternation(c[2:] for c in councils if c.startswith('ال'))}))(?!\w)")


@cache
def _concerned_complement() -> re.Pattern:
    """«المعني»، «المعنية» (``committee_parts.csv``, part ``concerned``) and «ب» with one or two words: what a body
    deals with, between its name and the state it belongs to («… المعني بمكافحة الفساد في روسيا الاتحادية»)."""
    words = key_set("committee_parts.csv", "word", lambda row: row["part"] == "concerned")
    return re.compile(rf"[ \t]+(?:{alternation(words)})[ \t]+ب\w+(?:[ \t]+ال\w+)?(?=[ \t]+في[ \t])")


@cache
def _committee_and_ministry_heads() -> frozenset[str]:
    """The heads that open the bodies of ``_committees_of_councils``: a committee's («لجنة») and a ministry's («وزارة»)."""
    return _committee_parts()[0] | _committee_parts("ministry", "state")[0]


def _committees_of_councils(mk: MatchKey, spans: list) -> list:
    """A committee and the council it sits in, after «ب»، «ل» or «في», are one body, a country's nisba after the
    council inside it («لجنة الأمن والدفاع بالبرلمان العراقي»، «اللجنة الاستشارية لمجلس الوزراء العراقي»): the
    committee named by its head and words with the article (adjectives, or its portfolio «الأمن والدفاع»).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وقالت لجنة الأمن والدفاع بالبرلمان العراقي إن") if m.kind == "entity"]
    ['لجنة الأمن والدفاع بالبرلمان العراقي']
    """
    key, (heads, council), (ministries, state) = mk.key, _committee_parts(), _committee_parts("ministry", "state")
    demonyms = {start: end for start, end, entry, _ in spans if entry.demonym}
    found, terms = [], _committee_terms()
    for head, council in [(head, council) for head in heads] + [(head, state) for head in ministries]:
        # «وزارة الزراعة في الاتحاد الروسي»: a ministry and the state or region it belongs to, one body
        for at in _occurrences(key, head):
            # «لوزارة»; «للجنة» is «ل» and «اللجنة», read apart
            clitics = ("", "و") if head.startswith("ل") else ("", "و", "ب", "ل", "وب", "ول")
            if not after_clitic(key, at, clitics) or key[at + len(head):at + len(head) + 1].isalnum():
                continue
            end, definite = at + len(head), head.startswith("ال")
            for k in range(4):  # «لجنة الأمن والدفاع»: a noun, «و» and nouns; after «اللجنة» adjectives only
                word = re.match(r"[ \t]+(و)?ال\w+", key[end:])
                if not word or council.match(key, end) \
                        or (definite or k and not word.group(1)) and not word.group().endswith(("ي", "يه")):
                    break  # not «اللجنة التقرير لمجلس الوزراء», nor «لجنة التحقيق النتائج لمجلس النواب»
                end += word.end()
            tail = council.match(key, end)
            if not tail and council is state:  # «وزارة الثروات الطبيعة في اقليم كردستان»: the ministry as read
                end = max((e for s, e, entry, _ in spans if s == at and entry.type == "organization"), default=end)
                tail = council.match(key, end)
                if not tail and (concerned := _concerned_complement().match(key, end)):
                    # «مكتب الادعاء العام المعني بمكافحة الفساد في روسيا الاتحادية»: what the body deals with,
                    # then its state: one body
                    tail = council.match(key, concerned.end())
                    end = concerned.end() if tail else end
            if end == at + len(head) or not tail:
                continue
            if council is not state and (term := _TERM_AFTER.match(key, tail.end())) and term.group(1) in terms:
                # «عضو لجنة الأمن والدفاع في البرلمان السابق»: the council of a past or coming term is a
                # term of office, not the body: the committee alone (zc02)
                found.append((at, end, Entry(_as_written(mk, at, end), "organization"), "pattern"))
                continue
            end = tail.end()
            gap = _GAP.match(key, end)
            if gap and gap.end() in demonyms:
                end = demonyms[gap.end()]  # «بالبرلمان العراقي»: the council's country inside the name
            end = max([end] + [e for s, e, _, _ in spans if s < end < e])  # a council found with its nisba
            found.append((at, end, Entry(_as_written(mk, at, end), "organization"), "pattern"))
    return _replacing(spans, found)


_TERM_AFTER = re.compile(r"[ \t]+(\w+)")  # the word after a council («في البرلمان السابق»)


_HEAD_BEFORE = re.compile(r"(?<!\w)(?:[وفبل]|ول|وب)?(?P<head>\w+)[ \t]+$")

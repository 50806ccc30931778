"""People: surnames that are nisbas, names in Latin letters, surnames read alone or after a given name,
initials and family members.

A surname that is a country's nisba («السوداني», ``data/nisba_surnames.csv``, by the years a person held it) is the
person where no definite noun stands before it for it to qualify; a known person's surname in Latin letters, or a
capitalised Latin name no list knows, is read in an Arabic text. A family name the lexicon knows alone may end a
name the rules of :mod:`analysis.extract.names` read (another man of the family, after another given name), and a
known surname is extended over a given name the lists do not know; a person named in full once is named by the surname alone later, and the initials of a Russian's given
name and patronymic («س. لافروف») belong to the name. A known family name after another given name is another
member of the family.
"""

from __future__ import annotations

import re
from functools import cache

from ...cues import Tokens, is_letter, word_before
from ...lexicons import key_set, stopwords, table
from ...normalize import MatchKey
from ..names import academic_title_letters, compound_surname, given_names, reporting_words, surname_shaped
from ..spans import Spans
from .common import _as_written
from ..gazetteers import Entry, lexicon
from .weapons import _weapon_words


@cache
def _nisba_surnames(year: int | None = None) -> dict[str, str]:
    """``{match key: person}`` of ``data/nisba_surnames.csv``, with «و»، «ل»، «ب»، «ف» before each («والسوداني»), and
    «لل» for the article's «ال» («للسوداني»).

    The person a nisba names depends on when the text was written: with the publication *year*, the row whose
    years hold it (none: the nisba stays a demonym); without one, the row still open (no ``to_year``).

    >>> _nisba_surnames(2008)["السوداني"], _nisba_surnames(2023)["السوداني"], _nisba_surnames()["السوداني"]
    ('Abdel Falah al-Sudani', 'Mohammed Shia al-Sudani', 'Mohammed Shia al-Sudani')
    >>> "السوداني" in _nisba_surnames(2003)
    False
    """
    def holds(row: dict[str, str]) -> bool:
        if year is None:
            return not row["to_year"]
        return int(row["from_year"] or 0) <= year <= int(row["to_year"] or 9999)

    names = {row["key"]: row["canonical"] for row in table("nisba_surnames.csv", key="nisba") if holds(row)}
    return {form: person for name, person in names.items() for form in _nisba_written_forms(name)}


def _nisba_written_forms(name: str) -> tuple[str, ...]:
    """A nisba's written forms: itself, with «و»، «ل»، «ب»، «ف» before it, and «لل»، «ولل» for its article."""
    lams = ("لل" + name[2:], "ولل" + name[2:]) if name.startswith("ال") else ()
    return (name, *(clitic + name for clitic in ("و", "ل", "ب", "ف")), *lams)


@cache
def _nisba_surname_forms() -> frozenset[str]:
    """Every written form of ``data/nisba_surnames.csv`` whatever its years: a word of the shared trigger pass, so a
    text without one is passed over without a look at each of its words for the surnames of its year."""
    return frozenset(form for row in table("nisba_surnames.csv", key="nisba") for form in _nisba_written_forms(row["key"]))


_DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال", "ولل")


@cache
def _article_letter_verbs() -> frozenset[str]:
    return key_set("article_letter_verbs.csv", "word")


def _article_letter_verb(word: str) -> bool:
    """Tell whether *word* is a verb whose match key starts with the article's letters («التقى»، «ألقى» read «القى»;
    ``data/article_letter_verbs.csv``), also after «و» or «ف»: no definite noun for a nisba after it to qualify.

    >>> _article_letter_verb("والتقي"), _article_letter_verb("التقي"), _article_letter_verb("الرييس")
    (True, True, False)
    """
    return word in _article_letter_verbs() or word[:1] in ("و", "ف") and word[1:] in _article_letter_verbs()


def _nisba_persons(mk: MatchKey, tokens: Tokens, spans: list, surnames: dict[str, str]) -> list:
    """A surname that is a country's nisba («السوداني»; ``data/nisba_surnames.csv``) is the person where no definite
    noun stands right before it for it to qualify: first in the text or a clause, after a verb or a particle («وبحث
    السوداني»، «أنّ السوداني»), or after an indefinite noun it is the genitive of («حكومة السوداني»); after a noun
    with the article or a pronoun suffix it stays the demonym («الرئيس السوداني»، «نظيره السوداني»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وبحث السوداني مع الرئيس السوداني") if m.kind == "entity"]
    [('السوداني', 'person'), ('السوداني', 'country')]
    >>> [(m.text, m.type) for m in extract("وقال المكتب الإعلامي للسوداني") if m.kind == "entity"]
    [('للسوداني', 'person')]
    """
    words, key, raw = tokens.words, mk.key, mk.raw
    by_start = {start: k for k, (start, end, entry, _) in enumerate(spans) if entry.demonym}
    changed = list(spans)
    for i in tokens.where(surnames):
        k = by_start.get(tokens.starts[i])
        if k is None or spans[k][1] != tokens.ends[i]:
            k = by_start.get(tokens.starts[i] + len(words[i]) - len(words[i].lstrip("ولبف")))
        if k is None or spans[k][1] != tokens.ends[i]:
            continue
        if i > 0 and tokens.gaps[i].strip() == "" and not words[i].startswith(("لل", "ولل")):
            # «المكتب الإعلامي للسوداني»: «لل» makes the genitive of a person, never an adjective of the noun
            before = words[i - 1]
            raw_end = mk.raw_span(tokens.starts[i - 1], tokens.ends[i - 1])[1]
            if before.startswith(_DEFINITE) and before not in stopwords() and not _article_letter_verb(before) \
                    or raw[raw_end - 1:raw_end] == "ه" and len(before) > 3:
                continue  # «الرئيس السوداني»، «نظيره السوداني»: an adjective of the noun before it (not «إلى», whose
                # match key «الي» starts like the article: «تحيات بوتين إلى السوداني» names the person)
            if before in given_names():
                continue  # «محمد السوداني»: the full name, read by the names that follow
        start, end = spans[k][0], spans[k][1]
        changed[k] = (start, end, Entry(surnames[words[i]], "person"), "lexicon")
    return changed


@cache
def _surnames_in_latin() -> dict[str, Entry]:
    """The people of the lexicon by their surname in Latin letters («shoigu» → Sergei Shoigu), where one person has
    it and it has five letters or more."""
    people: dict[str, set[str]] = {}
    for entry in lexicon().values():
        if entry.type == "person" and " " in entry.canonical:
            people.setdefault(entry.canonical.split()[-1].lower(), set()).add(entry.canonical)
    return {surname: Entry(next(iter(names)), "person") for surname, names in people.items()
            if len(names) == 1 and len(surname) >= 5 and surname.isalpha()}


def _latin_surnames(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """A known person's surname written in Latin letters, capitalised, in an Arabic text («أكد Shoigu على»).

    >>> from analysis.normalize import match_key
    >>> mk = match_key("في القضايا الإقليمية، أكد Shoigu على دور العراق")
    >>> [(mk.key[s:e], x.canonical) for s, e, x, _ in _latin_surnames(mk, Tokens(mk.key), [])]
    [('shoigu', 'Sergei Shoigu')]
    """
    surnames, found, taken = _surnames_in_latin(), [], None
    for i in tokens.where(surnames):  # the words that are such a surname (from the shared trigger pass)
        word = tokens.words[i]
        taken = taken or Spans(spans)
        if not taken.overlaps(tokens.starts[i], tokens.ends[i]):
            raw_start, _ = mk.raw_span(tokens.starts[i], tokens.ends[i])
            if mk.raw[raw_start:raw_start + 1].isupper():
                found.append((tokens.starts[i], tokens.ends[i], surnames[word], "lexicon"))
    return found


_LATIN_CONNECTORS = frozenset({"al", "el", "of", "the", "and", "de"})  # inside a name: «Akhbar Al Khaleej»
_GLOSS_OPENING = re.compile(r"[ \t]*(?:\([ \t]*)?$")


def _latin_names(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """A capitalised name in Latin letters that no list knows, in an Arabic text, of one to four words and a number
    after them («Sputnik»، «Akhbar Al Khaleej»، «Lebanon 24»): the source or company it names, an organisation, as
    every Latin name of the corpus's development text is a name (persons in Latin letters are read from the lists
    first).

    >>> from analysis.normalize import match_key
    >>> mk = match_key("وذكرت وكالة Interfax أن الشحنة وصلت، بحسب Akhbar Al Khaleej")
    >>> [mk.raw[slice(*mk.raw_span(s, e))] for s, e, _, _ in _latin_names(mk, Tokens(mk.key), [])]
    ['Interfax', 'Akhbar Al Khaleej']
    """
    words, found, taken, reached, n = tokens.words, [], Spans(spans), 0, len(tokens.words)
    glossed = {end for _, end, _, _ in spans}  # «بوتين (Vladimir Putin)»، «كازبروم نفط Gazprom Neft»
    for i in tokens.latin_end():  # a name's first word ends in a Latin letter (picked from the character table)
        if i < reached or not (words[i].isascii() and words[i].isalpha()) or not _capitalised(mk, tokens, i):
            continue
        last = i
        while last + 1 < n and last - i < 3 and tokens.joined(last) and words[last + 1].isascii() \
                and words[last + 1].isalpha() and (_capitalised(mk, tokens, last + 1)
                                                   or words[last + 1] in _LATIN_CONNECTORS):
            last += 1
        while last > i and words[last] in _LATIN_CONNECTORS:
            last -= 1
        if last + 1 < n and tokens.joined(last) and words[last + 1].isdigit() and len(words[last + 1]) <= 3:
            last += 1  # «Lebanon 24»: a number closing the name
        start, end = tokens.starts[i], tokens.ends[last]
        if i and (words[i - 1] in _weapon_words() or any(ch.isdigit() for ch in words[i - 1]) and words[i - 1].isascii()):
            reached = last + 1
            continue  # «منظومة Patriot»، «طراز "M1A1 Abrams"»: a weapon's name after its kind or designation, no body
        gloss = _GLOSS_OPENING.search(mk.key, max(0, start - 4), start)
        if gloss and gloss.start() in glossed:
            reached = last + 1
            continue  # a name glossed in Latin letters right after it is that name, read already
        if end - start >= 4 and not taken.overlaps(start, end):
            found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
        reached = last + 1
    return found


def _capitalised(mk: MatchKey, tokens: Tokens, i: int) -> bool:
    """Tell whether word *i* is written with a capital and a small letter after it («Sputnik»; not «NOC»)."""
    raw_start, raw_end = mk.raw_span(tokens.starts[i], tokens.ends[i])
    word = mk.raw[raw_start:raw_end]
    return word[:1].isupper() and not word.isupper()


def _family_names_alone(key: str, people: list) -> list[tuple[int, int]]:
    """The spans of the lexicon's people named by a family name alone («الحلبوسي»), for the name rules to read a
    given name before one as another man of the family, named as written («رئيس المجلس خالد الحلبوسي»، «وقال هيبت
    الحلبوسي إن»), where the lexicon names the person in full: not where the word before is a given name it gives
    him, or a misspelling of one («محمد الحلبوسي» is the known man), nor where it knows him by the family name alone
    (a given name before it may be his own: «هادي العامري»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("وقال ريكان الحلبوسي إن") if m.kind == "entity"]
    [('ريكان الحلبوسي', 'ريكان الحلبوسي')]
    """
    found = []
    for start, end, entry, _ in people:
        family = key[start:end]
        if " " in family or not family.startswith("ال"):
            continue
        before = word_before(key, start, 30)[0]
        if not (known := _known_given_names().get((family, entry.canonical))) or before is not None and (
                before in known or any(_one_letter_more(longer, shorter) for name in known
                                       for longer, shorter in ((name, before), (before, name)))):
            continue  # a man the lexicon knows by the family name only: a given name before it may be his own
        found.append((start, end))
    return found


def _family_names_again(key: str, spans: list) -> list:
    """A family name met alone after a person named in full with it names the one named last before it, as the corpus
    guide reads a surname alone: a surname read again, of one word or more, takes the full name's value («الكعبي»
    after «حسن كريم الكعبي», «عبد الغني» after «حيان عبد الغني»), and one the lexicon knows alone for a man it names
    in full (Mohamed al-Halbousi for «الحلبوسي») is the other man of the family named before it with another given
    name («هيبت الحلبوسي»، «ريكان الحلبوسي»); with no such name before it, the lexicon's man.

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("وقال ريكان الحلبوسي إن الطريق جاهز، وأضاف الحلبوسي أن") if m.kind == "entity"]
    [('ريكان الحلبوسي', 'ريكان الحلبوسي'), ('الحلبوسي', 'ريكان الحلبوسي')]
    """
    out, named = list(spans), {}
    for k in sorted(range(len(spans)), key=lambda k: spans[k][0]):
        start, end, entry, found_by = spans[k]
        if entry.type != "person":
            continue
        words = key[start:end].split()
        family = "ال" + words[-1][2:] if words[-1].startswith("لل") else words[-1]  # «للحلبوسي»
        words = words[:-1] + [family]
        full = named.get(family)
        if full is not None and full[0].canonical != entry.canonical and len(words) < len(full[1]) \
                and words == full[1][-len(words):] and (
                    not entry.canonical.isascii()  # a surname read again, its value as written: the full name's
                    or len(words) == 1 and family.startswith("ال")
                    and full[1][0] not in _known_given_names().get((family, entry.canonical), {full[1][0]})):
            out[k] = (start, end, full[0], found_by)
        elif len(words) >= 2:
            named[family] = (entry, words)
    return out


def _given_names_before_surnames(key: str, spans: list) -> list:
    """A known person named by the surname alone in the lexicon («الشهرستاني»، «المشهداني») is the end of a full name
    where given names stand right before it («حسن الشهرستاني»، «محمود داود سلمان موسى المشهداني»), a kunya's «أبو»
    included («أبو آلاء الولائي»): the span takes them, and a name read apart inside them goes.

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("محمود داود سلمان موسى المشهداني، سياسي") if m.kind == "entity"]
    [('محمود داود سلمان موسى المشهداني', 'Mahmoud al-Mashhadani')]
    >>> [m.text for m in extract("وقال علي المالكي إن") if m.kind == "entity"]  # «على» is a stopword: not taken
    ['المالكي']
    """
    out, taken = list(spans), set()
    for k, (start, end, entry, found_by) in enumerate(spans):
        last = key[start:end].split()[-1] if entry.type == "person" else ""
        if not last or (known := lexicon().get(last)) is None or known.type != "person":
            continue
        first, words = start, len(key[start:end].split()) - 1
        while words < 4 and (before := word_before(key, first, 30))[0] is not None:
            word = before[0]
            if word in given_names() and word not in stopwords():
                first, words = before[1], words + 1
            elif word in ("ابو", "ام", "وابو", "وام") and words:
                first = before[1] + (word[0] == "و")  # «وأبو آلاء الولائي»: «و» left out
                break
            else:
                break
        if first == start:
            continue
        inside = [j for j, item in enumerate(spans) if j != k and first <= item[0] and item[1] <= end]
        if any(spans[j][2].type != "person" for j in inside) or any(
                item[0] < first < item[1] for item in spans):
            continue  # a place or body among the words before, or a span across the new start: not one name
        taken.update(inside)
        out[k] = (first, end, entry, found_by)
    return [item for j, item in enumerate(out) if j not in taken]


def _surnames_alone(key: str, tokens: Tokens, spans: list) -> list:
    """A known person named in full once («أليكسي كودرين») is named by the surname alone later («قال كودرين»).

    A surname that is also a given name («فؤاد حسين») is read alone only right after a reporting verb («وتابع
    حسين»), where a subject is expected and no other given name follows.
    """
    surnames: dict[str, Entry] = {}
    spoken: dict[str, Entry] = {}
    pairs: dict[tuple[str, str], Entry] = {}
    for start, end, entry, _ in spans:
        if entry.type != "person":
            continue
        words = key[start:end].split()
        if len(words) >= 3 and compound_surname(words[-2], words[-1]):
            pairs.setdefault((words[-2], words[-1]), entry)  # «عادل عبد المهدي» … «عبد المهدي»
        elif len(words) >= 2 and words[-1] not in given_names() and len(words[-1]) >= 4 \
                and words[-1] not in lexicon():
            surnames.setdefault(words[-1], entry)
        elif len(words) == 2 and words[-1] in given_names() and len(words[-1]) >= 4 and words[-1] not in lexicon():
            spoken.setdefault(words[-1], entry)
    found = _surname_pairs(tokens, spans, pairs) if pairs else []
    if spoken:
        found += _spoken_surnames(tokens, spans, spoken)
    if not surnames:
        return found
    forms = {clitic + surname: (len(clitic), surname) for surname in surnames for clitic in ("", "و", "ل", "ب", "ف")}
    forms.update({surname: (0, surname) for surname in surnames})  # a surname that starts like a clitic is itself
    forms.update({conjunction + "لل" + surname[2:]: (len(conjunction), surname) for surname in surnames
                  if surname.startswith("ال") for conjunction in ("", "و")})  # «للكعبي»: «ل» on «ال», kept as «للعراق»
    taken = Spans(spans + found)
    for index in tokens.where(forms):
        clitic, bare = forms[tokens.words[index]]
        if not taken.overlaps(tokens.starts[index], tokens.ends[index]):
            found.append((tokens.starts[index] + clitic, tokens.ends[index], surnames[bare], "lexicon"))
    return found


_QUOTE_BEFORE_WORD = re.compile(r"[\"«“][ \t]*$")  # a quotation mark right before a word…
_QUOTE_AFTER_WORD = re.compile(r"[ \t]*[\"»”]")  # …and one right after it
_THAT_GAP = re.compile(r"[ \t]*[\"«“]?[ \t]*")  # between «أن» and the subject of its clause


def _spoken_surnames(tokens: Tokens, spans: list, spoken: dict[str, Entry]) -> list:
    """A surname that is also a given name, alone right after a reporting verb or «أن», or quoted alone, and before no
    other name word: the person named in full before («وزير الخارجية فؤاد حسين … وتابع حسين في مؤتمر»، «مبينا ان "حسين"
    سيلتقي»)."""
    words, found, verbs = tokens.words, [], reporting_words()
    taken = Spans(spans)
    for index in tokens.where(spoken):
        quoted = bool(_QUOTE_BEFORE_WORD.search(tokens.gaps[index]) and _QUOTE_AFTER_WORD.match(tokens.gaps[index + 1]))
        after_that = index > 0 and words[index - 1] == "ان" and _THAT_GAP.fullmatch(tokens.gaps[index])  # «مبينا ان "حسين
        # سيلتقي»: the subject of a clause of speech
        if index > 0 and (words[index - 1] in verbs and tokens.joined(index - 1) or quoted or after_that) \
                and not (index + 1 < len(words) and tokens.joined(index) and words[index + 1] in given_names()) \
                and not taken.overlaps(tokens.starts[index], tokens.ends[index]):
            found.append((tokens.starts[index], tokens.ends[index], spoken[words[index]], "lexicon"))
    return found


_INITIALS = re.compile(r"(?<![^\s(،,:«\"“])(?P<initials>(?:[^\W\d_]\.[ \t]*){1,3})(?P<surname>[^\W\d_]{4,})(?![^\W\d_])")


def _initial_written(key: str) -> bool:
    """Whether a letter stands alone before a full stop anywhere in *key* («س.»), the gate of :func:`_russian_initials`:
    a few ``str.find`` of «.» (most close a sentence after a longer word) instead of its pattern tried at every
    character. Every text the pattern matches passes the gate (``tests/test_properties.py``).

    >>> _initial_written("قال س. ي. بروكوفييف"), _initial_written("قال الوزير. ثم غادر")
    (True, False)
    """
    at = key.find(".")
    while at != -1:
        if at and is_letter(key[at - 1]) and (at == 1 or not is_letter(key[at - 2])):
            return True
        at = key.find(".", at + 1)
    return False


def _russian_initials(mk: MatchKey, spans: list) -> list:
    """The initials of a Russian's given name and patronymic before the surname, as the Russian foreign ministry and
    universities write them («س. ي. بروكوفييف»، «س.ف.لافروف»), belong to the person's name: a known person's span
    takes them, and a surname of Russian shape after them is a person; an academic title's letters («د.»، «أ.د.») are
    no initials.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("ورئيس الجامعة، س. ي. بروكوفييف.") if m.kind == "entity"]
    [('س. ي. بروكوفييف', 'person')]
    """
    key, titles = mk.key, set(academic_title_letters())
    people = {start: k for k, (start, _, entry, _) in enumerate(spans) if entry.type == "person"}
    taken = Spans((start, end) for start, end, _, _ in spans)
    changed, added = dict(), []
    for match in _INITIALS.finditer(key):
        letters = tuple(re.findall(r"[^\W\d_]", match.group("initials")))
        if letters in titles:
            continue
        start, (s_start, s_end) = match.start("initials"), match.span("surname")
        if (k := people.get(s_start)) is not None:
            changed[k] = start  # «س.ف.لافروف»: the initials and the known surname, one person
        elif surname_shaped(match.group("surname")) and not taken.overlaps(start, s_end):
            added.append((start, s_end, Entry(_as_written(mk, start, s_end), "person"), "shape"))
    if not changed and not added:
        return spans
    return [(changed.get(k, item[0]), *item[1:]) for k, item in enumerate(spans)] + added


def _surnames_not_nisbas(key: str, spans: list) -> list:
    """A nisba that is the surname of a person named in full in the same text, and that follows no definite noun it
    could qualify, is that person: «محمد شياع السوداني» … «حكومة السوداني»، «وقال السوداني» (not «الرئيس السوداني»)."""
    people = {key[start:end].split()[-1]: entry for start, end, entry, _ in spans
              if entry.type == "person" and len(key[start:end].split()) >= 2}
    if not people:
        return spans
    result = spans  # copied only if a span changes
    for index, (start, end, entry, _) in enumerate(spans):
        if entry.demonym and key[start:end] in people:
            before = _GIVEN_BEFORE.search(key, max(0, start - 30), start)
            if not (before and before.group(1).startswith(("ال", "لل"))):
                result = list(spans) if result is spans else result
                result[index] = (start, end, people[key[start:end]], "lexicon")
    return result


def _surname_pairs(tokens: Tokens, spans: list, pairs: dict[tuple[str, str], Entry]) -> list:
    """Two-word surnames of known people met alone («عبد المهدي»), a proclitic on the first word left out."""
    taken = Spans(spans)
    words, found = tokens.words, []
    firsts = frozenset(clitic + first for first, _ in pairs for clitic in ("", "و", "ل", "ب", "ف"))
    for index in tokens.where(firsts):
        if index + 1 >= len(words):
            continue
        for clitic in ("", "و", "ل", "ب", "ف"):
            bare = words[index][len(clitic):] if words[index].startswith(clitic) else None
            if (bare, words[index + 1]) in pairs and tokens.joined(index) \
                    and not taken.overlaps(tokens.starts[index], tokens.ends[index + 1]):
                entry = pairs[(bare, words[index + 1])]
                found.append((tokens.starts[index] + len(clitic), tokens.ends[index + 1], entry, "lexicon"))
                break
    return found


_GIVEN_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+$")


def _other_family_members(mk: MatchKey, spans: list) -> list:
    """A known family name with the article after a given name that the lexicon gives that person nowhere
    («خالد الحلبوسي», where it knows «محمد الحلبوسي» and «الحلبوسي») names another man of the family: the person
    keeps the span, under the name as written.

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("وقال خالد الحلبوسي إن") if m.kind == "entity"]
    [('خالد الحلبوسي', 'خالد الحلبوسي')]
    >>> [(m.text, m.value) for m in extract("وقال محمد الحلبوسي إن") if m.kind == "entity"]
    [('محمد الحلبوسي', 'Mohamed al-Halbousi')]
    """
    out = spans
    for k, (start, end, entry, found_by) in enumerate(spans):
        if entry.type != "person":
            continue
        words = mk.key[start:end].split()
        if len(words) != 2 or not words[1].startswith("ال") or (
                before := word_before(mk.key, start, 30)[0]) and before in given_names():
            continue  # «محمود داود سلمان موسى المشهداني»: more given names before, the full name of the one known
        known = _known_given_names().get((words[1], entry.canonical))
        if known and words[0] not in known and not any(_one_letter_more(longer, shorter) for name in known
                                                       for longer, shorter in ((name, words[0]), (words[0], name))):
            out = list(spans) if out is spans else out  # «حسن الشهرستاني» for «حسين»: a misspelling, the same man
            out[k] = (start, end, Entry(_as_written(mk, start, end), "person"), found_by)
    return out


def _one_letter_more(longer: str, shorter: str) -> bool:
    """Tell whether *longer* is *shorter* with one letter added («حسين», «حسن»)."""
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


@cache
def _known_given_names() -> dict[tuple[str, str], frozenset[str]]:
    """``{(family name, person): first given names}`` of the people the lexicon names both in full and by the family
    name alone («محمد الحلبوسي» and «الحلبوسي»)."""
    found: dict[tuple[str, str], set[str]] = {}
    for name, entry in lexicon().items():
        words = name.split()
        if entry.type == "person" and len(words) >= 2 and lexicon().get(words[-1]) == entry:
            found.setdefault((words[-1], entry.canonical), set()).add(words[0])
    return {pair: frozenset(names) for pair, names in found.items()}

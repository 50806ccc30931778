"""Weapons: designations read by pattern, and the makers and prefixes that name aircraft.

A designation is a prefix of ``data/weapon_prefixes.csv`` («ميغ»، «إس»، «BMP»), a number and a variant's letters,
Latin or Arabic (``weapon_suffixes.csv``: «مي-35م» is Mi-35M), or spelt out («إن إي»); it is looked for only in
the three words before a word with digits, and where a Latin letter is glued to an Arabic one («طرازF16»). A
maker whose name is its designation prefix («سوخوي»، «ميغ»), or a prefix alone, right after an aircraft word of
``aircraft_cues.csv`` names the aircraft, a weapon system.
"""

from __future__ import annotations

import re
from functools import cache

from ...cues import Tokens, alternation, scan, word_starts
from ...lexicons import key_set, table
from ..gazetteers import Entry, lexicon
from ..spans import Spans


@cache
def _weapon_words() -> frozenset[str]:
    """The kinds of weapons counted (``counted_nouns.csv``: «منظومة»، «صواريخ»، «دبابات») and the words for an aircraft's
    type (``aircraft_cues.csv``: «طراز»، «نوع»): a Latin name right after one names the weapon, not a body."""
    return frozenset(word for word in key_set("counted_nouns.csv", "word") | key_set("aircraft_cues.csv", "word")
                     if " " not in word)


@cache
def weapon_prefixes() -> dict[str, str]:
    """Weapon designation prefixes as match keys («ميغ», «mig») → the family they name (``data/weapon_prefixes.csv``)."""
    return {row["key"]: row["family"] for row in table("weapon_prefixes.csv", key="prefix")}


@cache
def weapon_suffixes() -> dict[str, str]:
    """Arabic letters glued after a designation's number → the variant's Latin letter («مي-35م» is Mi-35M;
    ``data/weapon_suffixes.csv``); letters spelt out («إن إي» is NE) are :func:`spelled_weapon_suffixes`."""
    return {row["key"]: row["letter"] for row in table("weapon_suffixes.csv", key="suffix") if " " not in row["key"]}


@cache
def spelled_weapon_suffixes() -> dict[str, str]:
    """Latin letters spelt out after a designation's number («-28 إن إي»، «-28إن.إي» is 28NE), their words joined
    by a space, a dot or nothing → the variant's Latin letters (``data/weapon_suffixes.csv``)."""
    return {row["key"]: row["letter"] for row in table("weapon_suffixes.csv", key="suffix") if " " in row["key"]}


def _designation_suffix(suffix: str, spelled: str | None = None) -> str:
    """The Latin letters of a designation's variant, whether written in Latin («28ne») or Arabic («28ن»), and
    those spelt out after it («إن إي»)."""
    letters = weapon_suffixes().get(suffix, suffix.upper())
    if spelled:
        words = re.split(r"[ .]", spelled) if re.search(r"[ .]", spelled) else None
        letters += next((value for key, value in spelled_weapon_suffixes().items()
                         if key.split() == words or key.replace(" ", "") == spelled), "")
    return letters


_LATIN_AFTER_ARABIC = re.compile(r"[\u0621-\u064a]([a-z])")  # «طرازf16»، «الs»: Latin letters glued to Arabic ones


def weapon_windows(tokens: Tokens) -> list[tuple[int, int]]:
    """Where a weapon designation may start: a word with digits and the three words before it, and inside those
    words the first Latin letter glued to an Arabic one («طرازF16»، «الS-400») (see :func:`analysis.cues.scan`).
    Those words are searched for such a letter only when the key holds a Latin letter at all (most Arabic texts
    hold none)."""
    digits = tokens.with_digits()
    windows = word_starts(tokens, digits, words_before=3)
    if not tokens.holds_latin():
        return windows
    glued = {(tokens.starts[j] + latin.start(1), tokens.starts[j] + latin.start(1) + 1)
             for i in digits for j in range(max(0, i - 3), i + 1)
             for latin in _LATIN_AFTER_ARABIC.finditer(tokens.words[j])}
    return sorted(set(windows) | glued)


@cache
def _weapon_pattern() -> re.Pattern:
    """A weapon designation: a prefix of ``weapon_prefixes.csv``, its number and its variant's letters (``name``)."""
    prefixes = alternation(weapon_prefixes(), joiner=" ")  # «بي ام بي»: one space, as written in the key
    spelled = alternation(spelled_weapon_suffixes(), joiner="[ .]?")  # «ان اي»، «ان.اي»، «اناي»
    # «طرازF16»: a Latin designation glued to the Arabic word before it starts after that word
    # «السوخوي 25»: a maker's prefix of three letters or more may take the article, inside the name; «سوخوى-
    # 27-30»: two models of a family joined by a hyphen are one designation (Su-27/30)
    return re.compile(rf"(?:(?<!\w)(?:و|ف|ب|ل)?|(?<=[\u0621-\u064a])(?=[a-z]))"
                      rf"(?P<name>(?:ال(?=[^\W\d_]{{3}}))?(?P<prefix>{prefixes})\s*[-–—_]?\s*(?P<number>\d{{1,4}})"
                      rf"(?:[-–](?P<second>\d{{2,3}})(?!\d))?"
                      rf"(?P<suffix>[a-z]{{0,3}}|{alternation(weapon_suffixes())})"
                      rf"(?:[ \t]*(?P<spelled>{spelled}))?)(?![\w])")


_WEAPON_BEFORE = re.compile(r"(?<!\w)(\w+)(?:[ \t]*-[ \t]*|[ \t]+)$")  # «بانتسير إس 1»، «بانتسير _ اس 1» (the
# low line read as a hyphen)


def _designations(key: str, tokens: Tokens) -> list[tuple[int, int, Entry]]:
    """The weapon designations of a key, ``(start, end, Entry)`` in text order: a prefix, its number and its
    variant's letters (``Mi-28NE``), looked for from up to three words before each word with digits («بي تي ار
    80»); after a weapon system of the lexicon the designation is the tail of its name, one span with it
    («بانتسير إس 1»), and glued to a name by a hyphen («بانتسير-إس1») none of its own.

    >>> from analysis.normalize import match_key
    >>> key = match_key("تسلم العراق مروحيات مي-28 ان اي ومنظومة بانتسير إس 1").key
    >>> [(key[start:end], entry.canonical) for start, end, entry in _designations(key, Tokens(key))]
    [('مي-28 ان اي', 'Mi-28NE'), ('بانتسير اس 1', 'Pantsir-S1')]
    """
    weapons = []
    for match in scan(_weapon_pattern(), key, weapon_windows(tokens)):
        if re.search(r"\w[-–]$", key[max(0, match.start("name") - 2):match.start("name")]):
            continue  # «بانتسير-إس1»: the tail of a name, not a designation of its own
        if (before := _WEAPON_BEFORE.search(key, max(0, match.start("name") - 30), match.start("name"))) \
                and (named := lexicon().get(before.group(1))) is not None and named.type == "weapon_system":
            weapons.append((before.start(1), match.end("name"), named))  # «بانتسير إس 1»، «بانتسير _ اس 1»
            continue
        family = weapon_prefixes()[" ".join(match.group("prefix").split())]
        suffix = _designation_suffix(match.group("suffix"), match.group("spelled"))
        number = match.group("number") + (f"/{match.group('second')}" if match.group("second") else "")  # «27-30»
        weapons.append((match.start("name"), match.end("name"), Entry(f"{family}-{number}{suffix}", "weapon_system")))
    return weapons


@cache
def _aircraft_words() -> frozenset[str]:
    """The words of ``data/aircraft_cues.csv`` as match keys (a text without any has no maker to read as aircraft)."""
    return key_set("aircraft_cues.csv", "word")


@cache
def _aircraft_cue() -> re.Pattern:
    """An aircraft word (``data/aircraft_cues.csv``) and an opening quote right before a name: «طائرات « سوخوي»."""
    return re.compile(rf"(?<!\w)[وبل]?(?:{alternation(_aircraft_words())})[ \t]*[\"«“]?[ \t]*$")


def _makers_as_aircraft(key: str, spans: list) -> list:
    """A maker whose name is also its aircraft's designation prefix («سوخوي»، «ميغ»; ``weapon_prefixes.csv``),
    right after an aircraft word («طائرات سوخوي»، «من نوع « سوخوي »»), names the aircraft: a weapon system.

    >>> [entry.type for _, _, entry, _ in _makers_as_aircraft("وصلت طائرات سوخوي",
    ...                                                       [(12, 17, Entry("Sukhoi", "organization"), "lexicon")])]
    ['weapon_system']
    """
    prefixes, cue, changed = weapon_prefixes(), _aircraft_cue(), False
    result = list(spans)
    for k, (start, end, entry, found_by) in enumerate(spans):
        if entry.type == "organization" and key[start:end] in prefixes and cue.search(key, max(0, start - 16), start):
            result[k] = (start, end, Entry(entry.canonical, "weapon_system"), found_by)
            changed = True
    return result if changed else spans


@cache
def _bare_prefix_pattern() -> re.Pattern:
    """A weapon designation prefix written in Arabic as one word («سوخوي»، «ميغ»، «سو»; ``weapon_prefixes.csv``),
    alone, quoted («"سو"») or, of three letters or more, not; no number after it (that is a designation)."""
    words = [prefix for prefix in weapon_prefixes() if prefix.isalpha() and not prefix.isascii() and len(prefix) >= 2]
    short = alternation(words)
    long = alternation([word for word in words if len(word) >= 3])
    return re.compile(rf"(?:[\"«“][ \t]*(?P<quoted>{short})[ \t]*[\"»”]|(?<![^\W\d_])(?P<plain>{long}))(?![ \t]*[-–—_]?[ \t]*\d)(?!\w)")


_AND_QUOTE = re.compile(r"(?<!\w)و[ \t]*$")  # «و» right before a quoted item of a list


def _prefixes_as_aircraft(key: str, spans: list) -> list:
    """A designation prefix alone names its family of aircraft, a weapon system, right after an aircraft word
    («بمقاتلات من طراز "سو"»، «مقاتلات ميغ»), or quoted after «و» in a list whose item before is a weapon
    («من طرازF16 أمريكية الصنع، و"سوخوي" روسية الصنع»، «من طراز "سو" و"ميغ"»); a maker found as a company there
    («سوخوي») is the aircraft.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract('تزود روسيا العراق بمقاتلات من طراز "سو" و"ميغ"') if m.kind == "entity"]
    [('روسيا', 'country'), ('العراق', 'country'), ('سو', 'weapon_system'), ('ميغ', 'weapon_system')]
    >>> [(m.text, m.type) for m in extract("وقالت شركة ميغ الروسية إن") if m.kind == "entity"]
    [('ميغ', 'organization'), ('الروسية', 'country')]
    """
    prefixes, cue = weapon_prefixes(), _aircraft_cue()
    kept = [item for item in spans]
    at = {(start, end): k for k, (start, end, _, _) in enumerate(spans)}
    weapons = sorted(end for _, end, entry, _ in spans if entry.type == "weapon_system")
    taken = Spans(spans)
    changed = False
    for match in _bare_prefix_pattern().finditer(key):
        group = "quoted" if match.group("quoted") else "plain"
        start, end = match.span(group)
        before = key[max(0, match.start() - 16):match.start()] + key[match.start():start]
        cued = cue.search(before)
        listed = group == "quoted" and _AND_QUOTE.search(key, max(0, match.start() - 4), match.start()) \
            and any(match.start() - 24 <= weapon <= match.start() for weapon in weapons)
        if not (cued or listed):
            continue
        entry = Entry(prefixes[key[start:end]], "weapon_system")
        if (start, end) in at:
            k = at[(start, end)]
            if kept[k][2].type == "organization":
                kept[k] = (start, end, Entry(kept[k][2].canonical, "weapon_system"), kept[k][3])
                changed = True
        elif not taken.overlaps(start, end):
            kept.append((start, end, entry, "pattern"))
            weapons.append(end)
            weapons.sort()
            changed = True
    return kept if changed else spans

"""The schema registry: every processed table and every curated data file, described once.

One place says which columns each file has, of what type, and what they
mean. The same descriptions are used

- when the build **writes** a table (its columns, in order; then every table
  is checked before it is swapped in: :func:`validate`),
- when a table or a lexicon is **loaded** (:func:`analysis.tables.load`,
  :func:`analysis.lexicons.table`): a file whose header or cells do not fit
  is refused with an error naming the file and the column,
- and to **generate** the column tables of ``data/processed/README.md`` and
  of ``src/analysis/data/README.md`` (:func:`render_processed_readme`,
  :func:`render_data_readme`; ``python -m analysis docs`` writes them, a test
  checks they are up to date).

Validation is done by pandera (its pandas back end), imported only when a
check runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from . import paths
from .errors import InputError

# --- processed tables --------------------------------------------------------

TEXT, INT, BOOL = "text", "integer", "true/false"
_SPAN = {"start": (INT, "first character of the quoted words in the article's text"),
         "end": (INT, "one past the last character: `texts[article_id][start:end] == text`")}


@dataclass(frozen=True)
class Table:
    """A processed table: its name, what one row is, and its columns as ``name -> (type, meaning)``."""

    name: str
    row: str
    columns: dict[str, tuple[str, str]]
    note: str = ""

    @property
    def file(self) -> str:
        return f"{self.name}.csv"


def _catalog_columns() -> dict[str, tuple[str, str]]:
    from .catalog import CatalogEntry

    return {f.name: (TEXT, "from the catalog, `data/raw/articles.csv` (see `data/raw/README.md`)")
            for f in dataclasses.fields(CatalogEntry)}


def _mention_columns(*names: str) -> dict[str, tuple[str, str]]:
    every = {
        "article_id": (TEXT, "the article"),
        "mention_index": (INT, "position of the mention in the article's `mentions.csv` rows"),
        "sentence_index": (INT, "the sentence holding it (`-1`: none)"),
        "kind": (TEXT, "`date`, `period`, `amount`, `percent`, `quantity` or `entity`"),
        **_SPAN,
        "text": (TEXT, "the words as written"),
        "value": (TEXT, "ISO date, `START/END`, a number or a canonical English name, by `kind`"),
        "unit": (TEXT, "ISO 4217 code for amounts; the thing counted for quantities"),
        "granularity": (TEXT, "of a date: `day`, `month`, `year`…"),
        "type": (TEXT, "entity type"),
        "hedge": (TEXT, "the hedge before an amount («نحو»، «أكثر من»…), where the text has one"),
        "hedge_type": (TEXT, "what the hedge does (about, more than…)"),
        "qualifier": (TEXT, "`since`, `same_year`, `relative`…"),
        "calendar": (TEXT, "`hijri` when the date was converted"),
        "original": (TEXT, "the Hijri date as written"),
        "demonym": (BOOL, "the mention is an adjective of nationality («الروسية»)"),
        "metonym_for": (TEXT, "what a capital or a building stands for (Moscow for Russia)"),
        "found_by": (TEXT, "entities: how the name was found: `lexicon`, `title`, `speech`, `shape`, `pattern` or "
                           "`acronym` (in parentheses after an organisation's name)"),
    }
    return {name: every[name] for name in names}


def _tables() -> tuple[Table, ...]:
    return (
        Table("articles", "article", _catalog_columns() | {
            "encoding": (TEXT, "how the raw file was decoded (`utf-8`, `cp1256`…)"),
            "sha256": (TEXT, "SHA-256 of the raw file"),
            "text_file": (TEXT, "the decoded text, `texts/<article_id>.txt`"),
            "n_chars": (INT, "characters in the decoded text"),
            "n_paragraphs": (INT, "rows in `paragraphs.csv`"),
            "n_sentences": (INT, "rows in `sentences.csv`"),
            "n_words": (INT, "words (tokens of letters and digits)"),
            "n_bidi_controls": (INT, "bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they "
                                     "change how the text looks on screen, not what it says; kept in the text, left "
                                     "out of the match key"),
        }),
        Table("paragraphs", "non-blank line", {
            "article_id": (TEXT, "the article"), "paragraph_index": (INT, "position in the article"), **_SPAN,
            "text": (TEXT, "the line as written"), "kind": (TEXT, "`heading`, `body` or `boilerplate`"),
        }),
        Table("sentences", "sentence", {
            "article_id": (TEXT, "the article"), "sentence_index": (INT, "position in the article"),
            "paragraph_index": (INT, "its paragraph"), **_SPAN, "text": (TEXT, "the sentence as written"),
            "is_boilerplate": (BOOL, "a phrase of `src/analysis/data/boilerplate.csv` marks it as web-page "
                                     "boilerplate (flagged, never deleted)"),
        }),
        Table("mentions", "extracted expression", _mention_columns(
            "article_id", "mention_index", "sentence_index", "kind", "start", "end", "text", "value", "unit",
            "granularity", "type", "hedge", "hedge_type", "qualifier", "calendar", "original", "demonym",
            "metonym_for", "found_by")),
        Table("events", "dated statement (one per date or period)", {
            "article_id": (TEXT, "the article"), "event_index": (INT, "position in the article"),
            "sentence_index": (INT, "the sentence holding it (`-1`: none)"),
            "start": (INT, "first character of the clause"), "end": (INT, "one past its last character"),
            "text": (TEXT, "the clause around the date, as written"),
            "event_type": (TEXT, "from `src/analysis/data/event_cues.csv`; `other` when no cue"),
            "cue": (TEXT, "the cue word as written"),
            "cue_start": (INT, "span of the cue (`-1`: none)"), "cue_end": (INT, "end of the cue's span (`-1`: none)"),
            "date_kind": (TEXT, "`date` or `period`"), "date_value": (TEXT, "as `value` in `mentions.csv`"),
            "date_first": (TEXT, "first day, month or year of the date"),
            "date_last": (TEXT, "last day, month or year (the same as `date_first` for a date)"),
            "granularity": (TEXT, "of the date"), "qualifier": (TEXT, "of the date"),
            "date_start": (INT, "span of the date's own words"), "date_end": (INT, "end of that span"),
            "date_text": (TEXT, "the date as written"),
            "entities": (TEXT, "canonical names in the sentence, `; `-separated"),
        }),
        Table("amounts", "money amount", _mention_columns(
            "article_id", "mention_index", "sentence_index", "start", "end", "text", "value", "unit", "hedge",
            "hedge_type", "qualifier"), note="as `mentions.csv`, amounts only: `value` in units of `unit`"),
        Table("entities", "entity mention", _mention_columns(
            "article_id", "mention_index", "sentence_index", "start", "end", "text", "value", "type", "demonym",
            "metonym_for", "found_by"), note="as `mentions.csv`, entities only"),
    )


@cache
def tables() -> dict[str, Table]:
    """Return every processed table by name, in the order the build writes them."""
    return {table.name: table for table in _tables()}


def columns(name: str) -> tuple[str, ...]:
    """Return the columns of processed table *name*, in order.

    >>> columns("paragraphs")
    ('article_id', 'paragraph_index', 'start', 'end', 'text', 'kind')
    """
    return tuple(tables()[name].columns)


def read_dtypes(name: str) -> dict[str, object]:
    """Return the pandas dtype of each column of processed table *name*, for ``pandas.read_csv``."""
    kinds = {TEXT: str, INT: "int64", BOOL: bool}
    return {column: kinds[kind] for column, (kind, _) in tables()[name].columns.items()}


# --- curated data files (lexicons) ---------------------------------------------

FLAG = "yes or empty"
YES_NO = "yes or no"
NOTES = {"gloss": "English meaning", "source": "where the entry comes from", "note": "remark on the entry",
         "why": "why the entry is there", "reason": "why the entry is there", "label_en": "English label",
         "label_ar": "Arabic label"}


@dataclass(frozen=True)
class Lexicon:
    """A curated CSV of ``src/analysis/data/``: what it is for, where it comes from, its columns.

    *columns* maps each column to its meaning (a column of :data:`NOTES` may give ``""`` to take the
    usual meaning); *types* marks columns that are ``integer``, :data:`FLAG` or :data:`YES_NO` (others
    are text, or for reference files a :data:`NUMBER`); *required* lists the columns no row may leave empty (the
    first column always is, unless *first_may_be_empty*).
    """

    file: str
    purpose: str
    source: str
    columns: dict[str, str]
    types: dict[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    first_may_be_empty: bool = False

    def meaning(self, column: str) -> str:
        return self.columns[column] or NOTES[column]

    def kind(self, column: str) -> str:
        return self.types.get(column, TEXT)

    def must_fill(self, column: str) -> bool:
        first = column == next(iter(self.columns)) and not self.first_may_be_empty
        return first or column in self.required


_L = Lexicon
_G, _S, _N, _W = "", "", "", ""  # the usual meanings of gloss, source, note, why (see NOTES)
_EXAMPLE = "an example and where the usage comes from"  # the `source` of a cue list
_CURATED = "curated for this project from the corpus articles and Arabic press usage; each row explains itself"
LEXICONS: tuple[Lexicon, ...] = (
    _L("actors.csv", "extracted entities and phrases grouped into actors (a capital stands for its state; the State "
       "Department kept apart); «المتحدث» refers back", _CURATED,
       {"actor": "the actor's id", "entity": "a canonical entity name that counts as this actor",
        "cue": "a phrase that names this actor", "note": _N}),
    _L("boilerplate.csv", "phrases that mark a paragraph as web-page boilerplate (flagged, never deleted)",
       "each row's `source`", {"phrase": "the phrase, plain spelling", "gloss": _G, "source": _S},
       required=("source",)),
    _L("caatsa_outcomes.csv", "the US responses of `caatsa_cases.csv` in order, with labels and chart colours",
       "the values of `data/raw/external/caatsa_cases.csv`", {"us_response": "the value in `caatsa_cases.csv`",
       "label_en": _G, "label_ar": _G, "color": "chart colour", "note": _N}, required=("label_en", "color")),
    _L("claim_cues.csv", "rank and superlative expressions («ثاني أكبر»، «أكبر»، «أحد أهم»، «أول»…) that make a "
       "sentence a claim: the type of claim and the rank it claims; longest cue wins; `unless_followed_by` drops "
       "comparatives («أكبر من»: larger than)", "each row's `source`",
       {"cue": "the expression", "claim_type": "what kind of claim it makes", "rank": "the rank it claims",
        "unless_followed_by": "a word after the cue that makes it no claim", "gloss": _G, "source": _S},
       types={"rank": INT}, required=("claim_type",)),
    _L("claim_topics.csv", "what a claim is about, from the words after its cue (for amounts, its sentence): the "
       "check to run (`rank_among_recipients`, `amount_vs_reported`), or why it cannot be checked",
       "each row's `source`", {"cue": "words that name the topic", "topic": "the topic",
       "check": "the check to run", "unchecked_reason": "why it cannot be checked", "gloss": _G, "source": _S},
       required=("topic",)),
    _L("column_labels.csv", "column names in words, the headers readers see in tables", _CURATED,
       {"column": "a column name of a table shown to readers", "label": "its header in words", "gloss": _G},
       required=("label",)),
    _L("counted_nouns.csv", "nouns counted in quantities («طائرة»، «دبابة»): the thing a number counts", _CURATED,
       {"word": "the noun", "unit": "the unit recorded in `mentions.csv`", "note": _N}, required=("unit",)),
    _L("country_overrides.csv", "corrections to the country names CLDR (through Babel) gives: another canonical "
       "name, or a bare name left out because it is also a common word", "CLDR through Babel; each row's `note`",
       {"code": "ISO 3166 code", "canonical": "the canonical English name to use", "exclude_bare_name":
        "the bare name is not read as the country", "no_nisba": "no adjective of nationality is generated from "
        "the name by rule", "note": _N}, types={"exclude_bare_name": FLAG, "no_nisba": FLAG}),
    _L("counted_relative_dates.csv", "counted relative dates: an anchor («قبل»، «منذ»), the units counted («عامين»، "
       "«أعوام») and the adjectives of direction («الماضية»، «المقبلة») of «قبل ثلاثة أعوام» (a date) and «الأعوام "
       "الثلاثة الماضية» (a period), resolved against the publication date", _CURATED,
       {"word": "the word", "role": "`anchor`, `unit` or `direction`", "unit": "for a unit: day, week, month or year",
        "value": "for a unit: how many it counts (blank: a number must say); otherwise the direction, -1 or 1",
        "gloss": _G}, types={"value": INT}, required=("role",)),
    _L("currencies.csv", "bare currency nouns that mean one currency in Arabic news («دولار»، «روبل»، «أورو»), with "
       "the ISO 4217 code; CLDR (through Babel) gives every currency's full Arabic name",
       "ISO 4217; Arabic press usage", {"noun": "the noun", "code": "ISO 4217 code", "note": _N},
       required=("code",)),
    _L("currency_subunits.csv", "the hundredth of a currency written after a number («47 سنتا»، «50 كوبيك»), with the "
       "ISO 4217 code of its currency and how many make one unit", "ISO 4217 minor units; Arabic press usage",
       {"noun": "the noun", "code": "ISO 4217 code of the currency", "per_unit": "how many make one unit",
        "note": _N}, types={"per_unit": INT}, required=("code", "per_unit")),
    _L("currency_symbols.csv", "currency symbols and codes as written beside a number («$»، «€»، «₽»، «US$»)",
       "ISO 4217; Unicode currency symbols", {"symbol": "the symbol", "code": "ISO 4217 code", "note": _N},
       required=("code",)),
    _L("deal_stages.csv", "English cue words of the context events that give a deal's step (revival, cancellation "
       "announced, disclosure, delivery), in the order they are tried; anything else is \"reported\"",
       "each row's `source`", {"stage": "the deal's step", "cue": "an English word of the event", "gloss": _G,
                               "source": _S}, required=("cue",)),
    _L("decades.csv", "decade words in both plurals («الستينيات»، «الستينات») with their first year; read as "
       "periods of ten years", "each row's `source`", {"word": "the decade word", "first_year":
       "its first year", "gloss": _G, "source": _S}, types={"first_year": INT}, required=("first_year",)),
    _L("demonyms.csv", "adjectives of nationality and the country or body they point to; `generate` adds the "
       "feminine and plural forms", _CURATED, {"form": "the adjective", "canonical": "the canonical name",
       "type": "entity type", "generate": "also generate its inflected forms", "note": _N},
       types={"generate": YES_NO}, required=("canonical", "type")),
    _L("entities.csv", "names of countries, people, organisations, places and weapons as Arabic press writes them, "
       "with the canonical English name", _CURATED, {"alias": "the name as written", "canonical":
       "the canonical English name", "type": "entity type", "metonym_for": "what the name stands for (a capital "
       "for its state)", "note": _N}, required=("canonical", "type")),
    _L("event_cues.csv", "words that give a dated statement its event type (`events.csv`)", _CURATED,
       {"event_type": "the event type (see `event_types.csv`)", "cue": "the cue word or phrase", "gloss": _G},
       required=("cue",)),
    _L("event_types.csv", "every event type with its Arabic and English label", _CURATED,
       {"event_type": "the event type", "label_ar": _G, "label_en": _G}, required=("label_ar", "label_en")),
    _L("gazetteer_companies.csv", "the foreign oil companies of Iraq's licensing rounds, the largest oilfield "
       "service companies, the Russian energy companies working in Iraq, the foreign makers of Iraq's power plants "
       "and arms, Russia's state corporations and largest companies and banks, and the state oil, gas and "
       "petrochemical companies of the Arab states, in the spellings Arabic press uses; "
       "a name that is also a common word is left to the head noun "
       "(«شركة شل»)", "each row's `source`", {"alias": "the name as written", "canonical": "the canonical English "
       "name", "type": "entity type (`organization`)", "source": _S, "note": _N},
       required=("canonical", "type", "source")),
    _L("gazetteer_country_names.csv", "names of countries the press uses that CLDR does not give: usual spellings "
       "(«المجر»، «الدنمارك»), former names («سوازيلاند»), formal names («جمهورية مصر العربية»); the English name "
       "comes from CLDR by the ISO code", "each row's `source`", {"alias": "the name as written", "code":
       "ISO 3166 code", "source": _S, "note": _N}, required=("code", "source")),
    _L("gazetteer_exceptions.csv", "names CLDR (through Babel) gives that are not read as places: codes that name "
       "no place («منطقة غير معروفة»), bodies that are not countries (the EU, the UN), names that are also common "
       "words or given names («ترك»، «نوم»، «سمراء»), the ambiguous names kept on purpose, and phrases in which a "
       "place's name is not a name («صلاة المغرب»، «مسقط رأسه»)", "CLDR through Babel; each row's `reason`",
       {"name": "the name as CLDR writes it, or the phrase", "id": "the CLDR territory code or time-zone id (empty "
        "for a phrase)", "action": "`skip` (not read), `organization` (read as a body), `keep` (read; an "
        "ambiguity checked and tested) or `not_a_name` (a phrase in which the name is not one)", "reason": _W},
       required=("action", "reason")),
    _L("gazetteer_iraq_politics.csv", "Iraq's parties, blocs and lists, armed factions of the Popular Mobilization "
       "Forces, bodies and state companies of the state and of the Kurdistan Region by the full names the "
       "head-noun rules cut short, and the people who led them 2003–2025 (speakers, presidents, deputy prime "
       "ministers, ministers of oil, defence, foreign affairs and finance, the other ministers of the cabinets of "
       "2006–2022, governors, faction leaders) by the names "
       "the rules do not read: full names with a given name they do not know, and surnames the press uses alone "
       "(«المشهداني»، «الحلبوسي»); a surname that is also a word or a name shared by many stays out",
       "each row's `source`", {"alias": "the Arabic name as written", "canonical": "the canonical English name",
       "type": "entity type (`person` or `organization`)", "source": _S, "note": _N},
       required=("canonical", "type", "source")),
    _L("gazetteer_oil_fields.csv", "oil and gas fields of Iraq and the Kurdistan Region (the licensing rounds, the "
       "super-giants, the fields Russian companies operate), as Arabic press writes them; `bare=yes` where the "
       "name alone is read as the field, otherwise only after a head noun («حقل مجنون»: «مجنون» is «mad»)",
       "each row's `source`", {"alias": "the name as written, without the head noun", "canonical": "the field's "
       "English name", "type": "entity type (`oil_field`)", "bare": "the name alone is read as the field",
       "source": _S, "note": _N}, types={"bare": FLAG}, required=("canonical", "type", "source")),
    _L("gazetteer_organizations.csv", "international organisations (the UN system, intergovernmental bodies on "
       "energy, security, finance and trade, the US and Russian federal bodies, the Arab states' sovereign funds and oil authorities, the parties and armed groups of "
       "Russia and the region, and the institutes, news agencies (the state agencies of the "
       "Arab states among them), papers and data firms the press cites) by their Arabic names and the Latin "
       "acronym the press writes («صندوق النقد الدولي», IMF); a Latin acronym found in a text takes its canonical "
       "name from here", "each row's `source`", {"alias": "the Arabic name as written", "acronym": "its Latin "
       "acronym (empty where none or where it names another body too)", "canonical": "the canonical English name",
       "type": "entity type (`organization`, or `group` for a bloc of states with no secretariat: the G7, the G20, "
       "BRICS)", "source": _S, "note": _N},
       required=("canonical", "type", "source")),
    _L("gazetteer_places.csv", "Iraq's governorates and their capitals, Russia's largest cities, federal "
       "district centres and republics (Crimea among them, as Russia counts it), the two Georgian regions Russia "
       "recognises, and a region whose name holds a country's («المغرب العربي»), as Arabic press writes them; names that are also common words or given names are "
       "listed only with their head («محافظة صلاح الدين»، «مدينة العمارة»)", "each row's `source`",
       {"alias": "the name as written", "canonical": "the canonical English name", "type": "entity type "
        "(`city` or `region`)", "source": _S, "note": _N}, required=("canonical", "type", "source")),
    _L("gazetteer_towns.csv", "Iraq's districts and towns (Wikipedia's list of the districts of Iraq), the Kurdistan "
       "Region's, the border crossings, the towns of Syria, Turkey, Iran and the Gulf on Iraq's borders and in its "
       "press, the oil ports of the Gulf and of Russia, and Iraq's dams and lakes, as Arabic press writes them; "
       "`bare=yes` where the name alone is read as the place, otherwise only after a head of `place_heads.csv` "
       "(«بلدة القائم»: «القائم» is «standing»)", "each row's `source`",
       {"alias": "the name as written", "canonical": "the canonical English name", "type": "entity type "
        "(`city` or `region`)", "bare": "the name alone is read as the place", "source": _S, "note": _N},
       types={"bare": FLAG}, required=("canonical", "type", "source")),
    _L("given_names.csv", "given names (Arabic, Russian and Western, as Arabic press writes them); `ambiguous=yes` "
       "marks names that are also common words («صالح»، «علي» beside «على»), read only after a title or a speech "
       "verb", "each row's `source`", {"name": "the name", "ambiguous": "also a common word", "source": _S},
       types={"ambiguous": FLAG}),
    _L("hedge_cues.csv", "hedges of possibility and condition; `next_word` is a pattern the following word must "
       "match («قد» only before an imperfect verb); `not_a_hedge` rows are look-alikes left out («عمّا إذا» "
       "\"whether\")", _CURATED, {"cue": "the hedge", "class": "`possibility`, `condition` or `not_a_hedge`",
       "gloss": _G, "next_word": "a pattern the next word must match", "note": _N}, required=("class",)),
    _L("hedges.csv", "hedges before a number («نحو»، «أكثر من»): the `hedge` and `hedge_type` of amounts "
       "(`analysis.extract.amounts` takes them from `numbers.hedge_types`), and a hedged count of a date («قبل نحو عامين»)",
       _CURATED, {"phrase": "the hedge", "hedge_type": "what it does (about, more than…)", "gloss": _G},
       required=("hedge_type",)),
    _L("hijri_months.csv", "Hijri month names, with their number, to convert Hijri dates", "each row's `source`",
       {"name": "the month's name", "month": "its number (1–12)", "source": _S}, types={"month": INT},
       required=("month",)),
    _L("letter_names.csv", "Latin letters as Arabic spells them out in acronyms («سي إن إن» is CNN, «سي آي إيه» "
       "CIA); `ambiguous=yes` for letter names that are also words («في»، «إن»، «أو»): a run needs one "
       "unambiguous letter and may not start with an ambiguous one", _CURATED,
       {"name": "the spelt-out letter", "letter": "the Latin letter", "ambiguous": "also an Arabic word",
        "gloss": _G, "also": "another Latin letter Arabic spells so (Arabic has no P: «بي بي» is BP), tried when "
        "the acronym spelled with it is a known name and the first reading is not",
        "preposition": "also a preposition: at the head of a run it is the word, the letters after it the acronym "
        "(«مسؤول في بي بي» is BP), unless the lexicon knows the run with it («في تي بي» is VTB)"},
       types={"ambiguous": FLAG, "preposition": FLAG}, required=("letter",)),
    _L("language_cues.csv", "words before a nisba that make it a language, not marked («اللغة العربية»، «يجيد "
       "العربية»; «ب» glued to the nisba alone: «بالعربية»), with the nisba they apply to", _CURATED,
       {"word": "the word before the nisba («ب»: glued to it)", "nisba": "the nisba, masculine singular (its "
        "feminine and plural forms follow)", "gloss": _G}, required=("nisba",)),
    _L("literal_place_cues.csv", "words before a capital that make it the place itself, not its state («وصل إلى "
       "موسكو»: the city; «موسكو ترفض»: Russia)", _CURATED, {"word": "the word", "gloss": _G}),
    _L("month_aliases.csv", "month names beyond CLDR's (other spellings, the Levantine names), with their number",
       "each row's `source`", {"name": "the month's name", "month": "its number (1–12)", "source": _S},
       types={"month": INT}, required=("month",)),
    _L("month_parts.csv", "words before a date kept in its span, the value unchanged: of a month, week or year "
       "(«منتصف أبريل»، «مطلع العام الجاري»), of a day («صباح اليوم»، «مساء أمس»), of a written year only («العام "
       "المالي 2020»)", _CURATED,
       {"phrase": "the words", "applies_to": "`day`, `period` or `year` (before a written year)", "gloss": _G},
       required=("applies_to",)),
    _L("name_compounds.csv", "words that make a surname two words: a first half («عبد»، «أبو») or a second half "
       "(«الله»، «الدين»); a surname met again alone keeps both («خير الله»، «عبد المهدي»)", _CURATED,
       {"word": "the word", "part": "`first` or `second` half of the compound", "gloss": _G, "why": _W},
       required=("part",)),
    _L("name_shapes.csv", "endings of transliterated Russian surnames (-وف، -يف، -سكي…); `alone=yes` where the "
       "ending is strong enough for a surname standing alone after a title; `patronymic=yes` where it also ends a "
       "patronymic, which between a given name and a surname belongs to the name («إيغور إيفانوفيتش سيتشن»)", "each row's `source`",
       {"ending": "the ending", "alone": "enough alone after a title",
        "patronymic": "also ends a patronymic: between a given name and a surname it is part of the name", "gloss": _G,
        "source": _S}, types={"alone": FLAG, "patronymic": FLAG}),
    _L("facility_heads.csv", "heads of facilities named by a known place (`head`: «مطار بغداد»), and the adjectives "
       "after the place that belong to the name (`tail`: «الدولي»); the facility is a place (`region`), head included",
       "each row's `source`", {"word": "the word", "part": "`head`, `tail`, or `within` (a street's or building's "
                                               "head, «شارع»، «قصر»: a place after it is inside its name and names "
                                               "no place, and nothing is marked)", "gloss": _G,
                               "source": _EXAMPLE}, required=("part",)),
    _L("field_cues.csv", "words after which a field of `gazetteer_oil_fields.csv` whose name alone is no field "
       "(`bare` empty: «مجنون»، «بدرة») is the field («لتطوير مجنون»); a «و» joining it to a field found does the same",
       "each row's `source`", {"cue": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("place_heads.csv", "heads before a town's name («قضاء»، «ناحية»، «بلدة»، «مدينة»): a town of "
       "`gazetteer_towns.csv` whose name alone is a word is the town right after one, the head left out of its span; "
       "after a dual head (`list`) a town joined by «و» to the first is one too («مدينتي البوكمال والميادين»)",
       "each row's `source`", {"head": "the head", "list": "`yes`: a dual head, a second town after «و»",
                               "any_name": "`yes`: a word with the article right after the head, which has none, is a "
                               "town even if no list knows it («بلدة الدوير»: construct, no adjective could follow so)",
                               "gloss": _G, "source": _EXAMPLE}, types={"list": FLAG, "any_name": FLAG}),
    _L("place_descriptors.csv", "indefinite words after the head of a place, a facility or a field that describe "
       "it and name none («منفذ حدودي»، «ميناء تصدير»، «حقل بحري»): no name is read there",
       "each row's `source`", {"word": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("river_cues.csv", "words before a river of `gazetteer_towns.csv` whose name alone is another name («الفرات»، "
       "«دجلة»: channels too): the river after one («غرب الفرات»، «ضفاف دجلة»), the word left out of its span",
       "each row's `source`", {"cue": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("paired_heads.csv", "heads of a crossing or a pipeline named by the places at its two ends, a dash between "
       "them («معبر القائم-البوكمال»، «خط أنابيب العراق-تركيا»): one name, head included, of the row's `type`",
       "each row's `source`", {"head": "the head", "type": "entity type of the name (`region` for a crossing, "
                               "`oil_field` for a pipeline, as the corpus gold types them)", "gloss": _G,
                               "source": _EXAMPLE}, required=("type",)),
    _L("committee_parts.csv", "a committee's head (`head`: «لجنة») and the councils a committee sits in (`council`: "
       "«البرلمان»، «مجلس الوزراء»): the committee and its council, after «ب»، «ل» or «في», are one body («لجنة الأمن "
       "والدفاع بالبرلمان العراقي»), as a ministry (`ministry`: «وزارة») and the state or region it belongs to are "
       "(`state`: «وزارة الزراعة في الاتحاد الروسي»، «وزارة الثروات الطبيعية في حكومة إقليم كوردستان»)",
       "each row's `source`",
       {"word": "the word or words", "part": "`head` or `council` (a committee and its council), `ministry` or `state` "
        "(a ministry and its state or region), `organ` (a party's or an international body's organ, one body with the body after «ل»), `body` (a body a standing committee is named after: «لجنة مراقبة اتفاق أوبك+»، «اللجنة الوزارية المشتركة لمراقبة الإنتاج في أوبك+», one body from the committee's head to the body's name), `term` (a word of a council's term after it, «السابق»: the council is a term of office and the committee is named alone), `concerned` («المعني»: with «ب» and one or two words, what a body deals with, kept inside it between its name and its state: «مكتب الادعاء العام المعني بمكافحة الفساد في روسيا الاتحادية»)", "gloss": _G, "source": _EXAMPLE}, required=("part",)),
    _L("company_words.csv", "foreign words of a company's name in Arabic letters that are also Arabic words («غروب» "
       "Group, also «sunset»; «نفط»، «غاز» for the Russian нефть, газ): after a head, they continue a foreign name "
       "(«مؤسسة ليتاسكو غروب»، «شركة سويوز نفط غاز»)", "each row's `source`",
       {"word": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("outlet_words.csv", "English words in Arabic letters that close a news site's name («نيوز» news, «برس» press): "
       "one word before them and the word name an outlet («المربد نيوز»، «الغد برس»)", "each row's `source`",
       {"word": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("naming_cues.csv", "verbs of naming («يسمى»، «يدعى»): after a field's head with no name of its own, within "
       "its clause, the quoted name or the one word after one is the field («حقلا نفطيا جديدا يدعى “سلمان”»)",
       "each row's `source`", {"cue": "the verb", "gloss": _G, "source": _EXAMPLE}),
    _L("field_directions.csv", "compass adjectives that end a field's name with the article as part of it («حقل "
       "القرنة الغربي»، «حقل الرميلة الشمالي»)", "each row's `source`",
       {"word": "the adjective", "gloss": _G, "source": _EXAMPLE}),
    _L("government_heads.csv", "head nouns that, without the article right before a person, name the body the "
       "person leads, one organisation («حكومة نوري المالكي»)", "each row's `source`",
       {"head": "the head noun", "gloss": _G, "source": _EXAMPLE}),
    _L("honorifics.csv", "abbreviated honorifics written in parentheses after a holy figure («(ع)»، «(ص)»): inside a "
       "body's name («وكالة أهل البيت (ع) للأنباء») the name goes on after them", "each row's `source`",
       {"word": "the abbreviation, without its parentheses", "gloss": _G, "source": _EXAMPLE}),
    _L("head_adjectives.csv", "heads of `org_patterns.csv` that name a body only with one of these adjectives in the "
       "name after them («الخدمة الفيدرالية للجمارك»: a federal service; «دخلت الخدمة» is none)", "each row's `source`",
       {"head": "the head noun, without the article", "adjective": "the adjective", "gloss": _G,
        "source": _EXAMPLE}, required=("adjective",)),
    _L("leader_cues.csv", "words that say who leads a body («بزعامة»، «بقيادة»): a head noun and the one or two "
       "words right before them name the body («حركة النجباء بزعامة …»)", "each row's `source`",
       {"cue": "the words", "gloss": _G, "source": _EXAMPLE}),
    _L("ala_complements.csv", "verbal nouns that govern «على» («رقابة»، «سيطرة»): after «ل» in a body's complement, «على» "
       "and its object belong to the body's name («الوكالة العراقية للرقابة على المواد المشعة»); after any other "
       "complement «على» opens the verb's object («وافقت الهيئة الوطنية للاستثمار على المشروع»)",
       "each row's `source`", {"word": "the verbal noun, without the article", "gloss": _G, "source": _EXAMPLE}),
    _L("name_stops.csv", "words that end a name or a field's name (verbs, weekdays, adjectives such as «النفطي»)",
       _CURATED, {"word": "the word", "gloss": _G, "why": _W,
                  "adjective": "also an adjective that closes a body's name after a noun of it, where no date opens at "
                  "it («هيئة الادعاء العام»: «general», not «the year»)"},
       types={"adjective": FLAG}),
    _L("article_letter_verbs.csv", "verbs whose match key starts with the article's letters («التقى»، «ألقى» read "
       "«القى»): a country's nisba that is a surname («السوداني») after them names the person, as after any verb",
       _CURATED, {"word": "the verb as written", "gloss": _G, "why": _W}),
    _L("narrative_labels.csv", "every role and hedge class with its Arabic label, gloss and an example quoted from "
       "an article (tested: the lexicon finds the class in its example); Arabic labels of actors",
       "each row's `example_source`", {"name": "the class or actor", "kind": "`role`, `hedge` or `actor`",
       "label_ar": _G, "gloss": _G, "example": "an example quoted from an article",
       "example_source": "the article the example comes from"}, required=("kind", "label_ar")),
    _L("narrative_roles.csv", "stance and role cues, one class each (denial, declines to comment or prejudge, "
       "warning, precedent, concern, consequence, commitment, interpretation, context); a `…` lets up to six "
       "words stand between a cue's parts", _CURATED, {"role": "the class", "cue": "the cue", "gloss": _G,
       "note": _N}, required=("cue",)),
    _L("named_event_words.csv", "nouns before a day and month that name a past event («ثورة 14 تموز»، «هجمات 11 "
       "سبتمبر»، «في ذكرى 14 تموز»): the year is the event's, not the nearest such day to publication, so without a "
       "written year it stays unknown (`--07-14`); and heads of places and bodies named by a day and month («ساحة 14 "
       "تموز»، «تحالف 14 آذار»), where the day and month are no date", _CURATED,
       {"word": "the word", "reading": "`event`: a past event's day, its year unknown; `name`: right before the day "
        "(a proclitic allowed, not the article), part of a name, no date", "gloss": _G}, required=("reading",)),
    _L("non_year_words.csv", "words beside a four-digit number that make it no year (a count, a price, a model, the "
       "number of a law or resolution), and the words after «من» that make a decade word an age", _CURATED,
       {"word": "the word", "position": "`after` the number («2000 جندي»), `before` it («رقم 2013»، «ميراج 2000»), "
       "or `after_decade`: after a decade word and «من» («في السبعينيات من عمره»: in his seventies)", "why": _W},
       required=("position",)),
    _L("not_acronyms.csv", "Latin abbreviations that are not names (LNG, GDP…); ISO currency codes are excluded "
       "too", _CURATED, {"acronym": "the abbreviation", "gloss": _G}),
    _L("not_entities.csv", "phrases in which a known name is not a name («القوة القاهرة» is force majeure, not "
       "Cairo)", _CURATED, {"phrase": "the phrase", "why": _W}),
    _L("not_names.csv", "common nouns and adjectives that follow a head noun without being a name («شركة نفط»، "
       "«شركة روسية»)", _CURATED, {"word": "the word", "gloss": _G, "why": _W}),
    _L("number_words.csv", "number words (units, tens, scales such as «مليار») with their value and role", _CURATED,
       {"word": "the word", "value": "its value", "role": "how it combines (unit, ten, scale…)",
        "plural": "`yes` for the plural of a scale («مليارات»): alone, with no number before it («مليارات الدولارات»), "
        "it gives no figure", "note": _N},
       types={"value": INT}, required=("value", "role")),
    _L("bracketed_names.csv", "names that are also common words («بغداد اليوم»، «المدى»), read as a name only in "
       "parentheses or quotes, or opening a dateline", _CURATED, {"alias": "the name as written",
       "canonical": "its canonical English name", "type": "entity type", "gloss": _G}, required=("canonical", "type")),
    _L("body_heads.csv", "head nouns that, right before the unquoted name of a known body, are inside its span "
       "(«منظمة أوبك»، «منظمة اليونسكو»), as «وكالة» is before an agency's («وكالة رويترز»)", "each row's `source`",
       {"head": "the head noun", "gloss": _G, "source": _EXAMPLE}),
    _L("website_names.csv", "names of ``bracketed_names.csv`` that, unquoted right after «لموقع» (to the website: "
       "«قال … لموقع العهد»), can only be the outlet, marked alone as the corpus guide says; a name that is also a "
       "place or an event there («لموقع الحدث»: for the scene of the event) is not listed", "each row's `source`",
       {"name": "the name, as in ``bracketed_names.csv``", "gloss": _G, "source": _EXAMPLE}),
    _L("group_descriptions.csv", "descriptions of an armed group («تنظيم»، «ميليشيا»): a name that is also a common "
       "word (``bracketed_names.csv``: «القاعدة»، «الحوثي») right after one is the group, the description left out",
       "each row's `source`", {"head": "the description", "gloss": _G, "source": _EXAMPLE}),
    _L("pair_heads.csv", "dual heads before two companies, each with its country's nisba («شركتي لوك أويل الروسية "
       "وانبكس اليابانية»): the second name, behind «و», is an organisation", "each row's `source`",
       {"head": "the dual head", "gloss": _G, "source": _EXAMPLE}),
    _L("union_fields.csv", "fields a union or federation is named for («الاتحاد الروسي للرياضة»، «الاتحاد العراقي "
       "لكرة القدم»): after «الاتحاد» and a country's name or nisba, the body, not the country",
       "each row's `source`", {"field": "the field's word, without «ل»/«لل»",
                               "joins_next": "`yes` where the next word belongs to the name («لكرة القدم»، «رجال "
                               "الأعمال»)", "gloss": _G,
       "source": _EXAMPLE}),
    _L("field_blocks.csv", "head words of a numbered oil or gas block («الرقعة الاستكشافية العاشرة»، «بلوك 10»), "
       "found as an oil field named by its number", "each row's `source`", {"head": "the head word(s)", "gloss": _G,
       "source": _EXAMPLE}),
    _L("ordinals.csv", "ordinal words from which the ordinal days «الأول» … «الحادي والثلاثين» and the feminine "
       "ordinals that number a block («الحادية عشرة») are generated",
       _CURATED, {"word": "the ordinal", "value": "its number", "gloss": _G}, types={"value": INT},
       required=("value",)),
    _L("org_patterns.csv", "head nouns of organisations, places and fields («شركة»، «صحيفة»، «وزارة»، «محافظة»، "
       "«حقل»)", "each row's `source`",
       {"head": "the head noun", "type": "entity type", "definite": "also with the article («السفارة الروسية»)",
        "describes": "`yes`: a description with the article names one body when it ends in a country's adjective "
                     "or runs three words; `short`: one word is enough («وزارة النفط»); `nisba`: only with a "
                     "country's adjective («الحكومة الهندية»); `list`: a dual or plural followed by a list of names, "
                     "each named alone («حقلي الرميلة والزبير»); `town`: a name no list knows, only right before a country's "
                     "adjective, the head left out («مدينة تورجوك الروسية»); empty for other plurals",
        "names": "an unquoted foreign name may follow («صحيفة كوميرسانت»)", "head_in_name":
        "the head noun is part of the name", "media": "a news outlet", "place_in_name":
        "`yes`: a known place after it is the body's name («معهد الشرق الأوسط»); `region`: only a world region "
        "(«إدارة الشرق الأوسط وشمال إفريقيا»)", "gloss": _G, "source": _S},
       types={"definite": FLAG, "names": FLAG, "head_in_name": FLAG, "media": FLAG},
       required=("type",)),
    _L("ministry_portfolios.csv", "portfolios of ministries: after a reporting verb or a particle, with a feminine "
       "country's nisba, which agrees with the dropped «وزارة», the ministry («الدفاع الروسية»، «النفط العراقية»)",
       "each row's `source`",
       {"portfolio": "the portfolio with the article", "gloss": _G, "source": "an example and where the usage comes "
        "from"}),
    _L("dateline_words.csv", "words that may follow a dateline's place and slash without naming an outlet («بغداد/ "
       "متابعة»، «بغداد/ وكالات»); any other short line there names the outlet («بغداد/ سكاي برس»)",
       "each row's `source`", {"word": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("medium_adjectives.csv", "adjectives of a channel's medium after its name («الفضائية»، «الإخبارية»): left out "
       "of an outlet read from a line of its own, as a channel's head is («المصدر| قناة الغدير الفضائية» → «الغدير»)",
       "each row's `source`", {"word": "the adjective, with the article", "gloss": _G, "source": _EXAMPLE}),
    _L("company_cues.csv", "words after which an Iraqi state company of the lexicon is named without its head "
       "(«مدير نفط الشمال»، «شركتي نفط الشمال وغاز الشمال»، «وقالت نفط البصرة»); each listed name after «و» too",
       "each row's `source`", {"cue": "the word or phrase", "gloss": _G, "source": _EXAMPLE}),
    _L("outlet_cues.csv", "words after which a quoted or parenthesised name of one to three words is the outlet that "
       "reports a statement («في تصريح تابعته “النعيم نيوز”»، «في بيان تلقته (بغداد اليوم)»)", "each row's `source`",
       {"cue": "the word or phrase", "gloss": _G, "source": _EXAMPLE}),
    _L("future_cues.csv", "words that put a clause in the future: a bare weekday after them within its sentence is "
       "the next such day («سيزور الوزير بغداد الأحد»), not the last", "each row's `source`",
       {"cue": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("subject_cues.csv", "words a subject follows (reporting verbs in the feminine, particles): a ministry named "
       "without «وزارة» is read only after them («وقالت الدفاع الروسية»)", "each row's `source`",
       {"word": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("complement_heads.csv", "head nouns of `org_patterns.csv` that, with the article, name a body when a "
       "complement with «لل» follows, after a country's adjective or not («الهيئة العامة للجمارك»، «المصرف العراقي "
       "للتجارة»); alone they describe («الشركة الروسية»)", "each row's `source`",
       {"head": "the head noun, as in `org_patterns.csv`", "gloss": _G,
        "adjective_nisba": "`yes` where an adjective and a country's adjective after the head with the article also "
                           "name a body («البنك الأهلي العراقي»; not «الشركة النفطية الروسية», which describes)",
        "source": _EXAMPLE}, types={"adjective_nisba": FLAG}),
    _L("joint_bodies.csv", "standing bodies named by a head with the article and a description that ends in a "
       "closing adjective («اللجنة الحكومية المشتركة»، «المجلس الأعلى»): the heads and the closing adjectives",
       "each row's `source`", {"word": "the word, without the article for a head or a complement", "role": "`head`, "
                               "`closing`, or `complement`: the noun after «لل» that, with its adjectives, goes on "
                               "with a joint body's full name («… المشتركة للتعاون التجاري والاقتصادي»)",
                               "gloss": _G, "source": _EXAMPLE}),
    _L("periods.csv", "the analysis periods of the arms-trade notebook, each with the reason for its bounds",
       "each row's `why`", {"period": "its label", "first_year": "first year", "last_year": "last year",
       "why": _W}, types={"first_year": INT, "last_year": INT}, required=("first_year", "last_year", "why")),
    _L("academic_titles.csv", "academic titles abbreviated with full stops («د.»، «أ.د.»، «م.م.»): after a title and "
       "its complement or a speech verb, or alone, the name follows them and they stay out of its span",
       "each row's `source`", {"abbreviation": "the abbreviation as written, its letters each with a full stop",
                               "gloss": _G, "source": _S}),
    _L("person_titles.csv", "titles and roles after which a name is read («وزير»، «المتحدث باسم»، «السفير»، «نظيره»)",
       "each row's `source`", {"title": "the title", "gloss": _G, "source": _S}),
    _L("phases.csv", "phases of the relationship in an article's own words, found by a cue in the text",
       _CURATED, {"phase_id": "the phase", "article_id": "the catalog's article", "cue": "words of the article that "
       "open the phase", "label_en": _G, "label_ar": _G}, required=("article_id", "cue")),
    _L("precedent_labels.csv", "Arabic labels of the law's context events on the timeline", "each row's `source`",
       {"date": "the event's date in `context_events.csv`", "label_ar": _G, "label_en": _G, "source": _S},
       required=("label_ar",)),
    _L("record_keys.csv", "named pointers to single rows of the reference files (file, date, country or company) "
       "used for the law's logic and Iraq's exposure", "the reference files of `data/raw/external/`",
       {"key": "the pointer's name", "file": "the reference file", "date": "the row's date", "match":
        "words the row must hold", "use": "`law` or `exposure`", "label_en": _G, "note": _N},
       required=("file", "use")),
    _L("relative_dates.csv", "relative dates («أمس»، «الأسبوع الماضي»، «العام المقبل») with their unit and offset, "
       "resolved against the article's publication date when it is known", _CURATED,
       {"phrase": "the words", "unit": "day, week, month or year", "offset": "how many units from the "
        "publication date", "gloss": _G}, types={"offset": INT}, required=("unit", "offset")),
    _L("risk_indicators.csv", "indicators that would move the risk, each tied to a case of `caatsa_cases.csv` or a "
       "row of `record_keys.csv`; no weights", "the reference files of `data/raw/external/`",
       {"indicator": "the indicator", "direction": "`raises`, `lowers` or `neither`", "file": "the reference file",
        "match": "the case or key it is tied to", "why": _W}, required=("direction", "file")),
    _L("source_caveats.csv", "source domains that the reference README names as mirrors, aggregators or state media",
       "`data/raw/external/README.md`", {"domain": "the web domain", "kind": "`mirror`, `aggregator` or "
       "`state media`", "caveat": "what to keep in mind"}, required=("kind",)),
    _L("sources.csv", "the data sources listed on the reports' index page", "the READMEs of `data/raw/`",
       {"name": "the source", "citation": "how to cite it", "path": "its file or folder"}),
    _L("short_names.csv", "a body's short name that alone may name something else («الحشد», also a build-up), read "
       "as the body only after its full name in the same text («الحشد الشعبي» … «فصائل الحشد»)", "each row's `source`",
       {"short": "the short name as written", "canonical": "the body's canonical name, as the lexicon gives it for "
        "its full name", "source": _S, "note": _N}, required=("canonical", "source")),
    _L("speaker_adjuncts.csv", "words that follow a speaker's name and open the circumstances of the speech («في "
       "تصريح»، «في حديث»، «لـ»، «خلال»): after a title's complement, an unknown given name and a family nisba before "
       "them are a name, as before «إن» or a comma", "each row's `source`",
       {"phrase": "the words, plain spelling", "gloss": _G, "source": _S}),
    _L("title_adverbs.csv", "adverbs of time between a title's complement and the name it introduces («وزير النفط "
       "آنذاك …»، «الحاكم المدني للعراق، آنذاك، بول بريمر»): passed over, as the complement is, the name read after "
       "them", "each row's `source`", {"word": "the word, plain spelling", "gloss": _G, "source": _S}),
    _L("speech_cues.csv", "verbs of speech and stance (`speech`) and relays (`relay`: «وفق ما نقله», «نقلاً عن») "
       "that make a named actor the speaker of a sentence, verbs after which a name is read as a speaker's "
       "(`name`: «وأضاف»، «ودعا») and nouns after which a surname that is also a given name names the person named "
       "before (`surname`: «زيارة حسين»), the last two left out of the sentence attribution", _CURATED,
       {"cue": "the verb or phrase", "kind": "`speech`, `relay`, `name` or `surname`", "gloss": _G, "note": _N},
       required=("kind",)),
    _L("stopwords_extra.csv", "words added to the Arabic-Stopwords list (Taha Zerrouki, `arabic-stopwords` on PyPI) "
       "for the content-word counts", "each row's `reason`", {"word": "the word", "gloss": _G, "reason": _W}),
    _L("today_cues.csv", "the words that make a bare «اليوم» the publication day: a verb of statement or event "
       "before it («أعلن اليوم»), a noun of statement right before it («في تصريح صحفي اليوم») or «أن»/«إن» after it; "
       "without them «اليوم» is \"nowadays\" and not a date",
       _CURATED, {"phrase": "the words", "position": "`before` or `after` «اليوم», `right_before` it (the word "
                  "next to it only), or `to_place`: a verb of arrival before «إلى», a place and «اليوم»", "gloss": _G},
       required=("position",)),
    _L("fractions.csv", "fractions before a bare scale word («نصف مليار»، «ربع مليار»): the scale is divided by the "
       "denominator", _CURATED, {"word": "the word", "denominator": "what the scale is divided by", "gloss": _G},
       types={"denominator": INT}, required=("denominator",)),
    _L("vague_quantities.csv", "words that make a bare scale word vague («بضعة مليارات»): no amount is read",
       _CURATED, {"word": "the word", "gloss": _G, "why": _W}),
    _L("weapon_aliases.csv", "SIPRI's designation of each weapon beside the spelling reports use (Pantsir-S1 / "
       "Pantsyr, Mi-28NE / Mi-28N), to tie context events to register rows", "each row's `source`",
       {"designation": "SIPRI's designation", "alias": "the spelling reports use", "gloss": _G, "source": _S},
       required=("alias",)),
    _L("aircraft_cues.csv", "words for aircraft and their type («طائرات»، «مقاتلات»، «من نوع»): a maker's name "
       "right after one, quoted or not, names its aircraft, a weapon system («طائرات سوخوي»), not the company",
       "each row's `source`", {"word": "the word", "gloss": _G, "source": _EXAMPLE}),
    _L("weapon_prefixes.csv", "prefixes of weapon designations as Arabic press and Latin text write them («ميغ-29», "
       "«إس-400», «BMP-3») and the designation family each names", _CURATED,
       {"prefix": "the prefix as written", "family": "the designation family (SIPRI's spelling)", "gloss": _G},
       required=("family",)),
    _L("nisba_surnames.csv", "surnames that are a country's nisba («السوداني»): the nisba alone is the person where "
       "no definite noun stands before it for it to qualify («وبحث السوداني»، «حكومة السوداني»), the demonym "
       "after one («الرئيس السوداني»)", "each row's `source`",
       {"nisba": "the nisba as written", "canonical": "the person's name in English",
        "from_year": "the first year of the press in which the nisba alone names this person (empty: no bound)",
        "to_year": "the last such year (empty: still so; a text without a publication date takes this row)",
        "source": _S},
       required=("canonical",)),
    _L("glued_prefixes.csv", "compass nouns, prepositions and titles in construct that copied pages glue to a name "
       "with the article («جنوبالعراق»، «فيالعراق»، «ووزيرالعراق»), behind «و» or not: the known name after one is "
       "marked alone", "each row's `source`",
       {"word": "the word as the match key writes it", "gloss": _G, "source": "an example and where it comes from"}),
    _L("weapon_suffixes.csv", "Arabic letters glued after a weapon designation's number that stand for its variant's "
       "Latin letter («مي-35م» is Mi-35M, «مي-28ن» Mi-28N)", "each row's `source`",
       {"suffix": "the Arabic letter as written", "letter": "the Latin letter of the designation", "gloss": _G,
        "source": _EXAMPLE}, required=("letter",)),
    _L("weekday_aliases.csv", "weekday names in spellings CLDR does not give («الثلثاء» for «الثلاثاء»)",
       "each row's `source`", {"name": "the weekday as written", "weekday": "its number, Monday 0",
                                "source": "an example and where the spelling comes from"}, required=("weekday",)),
    _L("weekday_words.csv", "words around a weekday («اليوم الأحد»، «يوم الاثنين»، «الأحد المقبل»); the weekday "
       "names themselves come from CLDR through Babel", _CURATED,
       {"phrase": "the words", "role": "`day`, `today`, `tomorrow` (before the weekday), `last`, `next` or `before_last` («قبل الماضي») (after it), "
        "`not_a_date` (before it: a rite, not a day; before «غدا», the particle «قد» that makes it the verb «became»), "
        "`number_after` (after it: «الأحد عشر» is eleven), `not_a_date_after` (after a relative day: «بأمس الحاجة», "
        "«أمسّ» the superlative «most in need», not yesterday)",
        "gloss": _G}, required=("role",)),
    _L("year_parts.csv", "quarters and halves of a year («الربع الثالث»، «النصف الأول») with their first and last "
       "month", _CURATED, {"phrase": "the words", "part": "`quarter` or `half`; `month` for other runs of months (the first nine)", "first_month": "first month",
       "last_month": "last month", "alone": "`yes` where the words name a quarter or half of a year with no year after them "
       "(«الأرباح في الربع الثاني»: the year of the quarter written last before it, else the nearest such quarter to "
       "publication; a half only after «في» or «خلال», «خلال النصف الأول», not «النصف الأول» of a match); empty where "
       "a year must follow («الفصل الأول» of a book)",
       "gloss": _G}, types={"first_month": INT, "last_month": INT},
       required=("part", "first_month", "last_month")),
)


@cache
def lexicons() -> dict[str, Lexicon]:
    """Return every curated data file by file name."""
    return {lexicon.file: lexicon for lexicon in LEXICONS}


# --- reference files (data/raw/external/) ---------------------------------------

NUMBER = "number"
_SIPRI_YEARLY = ("SIPRI Arms Transfers Database, May 2022 scrape (repository `lajh87/sipriarmsdata`, commit 628ce86); "
                 "TIV, not money")
_SIPRI_REGISTER = ("SIPRI trade register generated 3 Jan 2025 (repository `lucacasu/Global-Arms-Trade`, commit "
                   "e1b012d); TIV, not money")
_SOURCED = "stored copies of public web pages: each row's `source_url` and `source_quote`"
_YEARLY = {"year": "year of delivery", "supplier": "SIPRI's supplier name", "recipient": "SIPRI's recipient name",
           "tiv_millions": "deliveries in millions of TIV (\"0\": below 0.5)"}
_DEAL = {"sipri_deal_id": "SIPRI's deal number", "supplier": "supplier", "recipient": "recipient",
         "designation": "the weapon's designation", "description": "what it is", "order_year": "year ordered",
         "order_year_estimate": "`yes`: the order year is SIPRI's estimate"}
_DELIVERY = {"delivery_year": "year delivered", "number_delivered": "units delivered that year",
             "tiv_unit": "TIV of one unit", "tiv_delivered_millions": "TIV delivered that year, millions",
             "status": "SIPRI's status of the deal"}
_EVIDENCE = {"source_url": "the page the row was read from", "source_quote": "25 words or fewer copied from it"}
_SIPRI_TYPES = {"year": INT, "tiv_millions": NUMBER}
_DEAL_TYPES = {"sipri_deal_id": INT, "order_year": INT, "delivery_year": INT, "number_delivered": NUMBER,
               "tiv_unit": NUMBER, "tiv_delivered_millions": NUMBER}
REFERENCES: tuple[Lexicon, ...] = (
    _L("sipri_iraq_imports_by_supplier.csv", "every supplier's deliveries to Iraq by year; `supplier == \"Total\"` "
       "rows are SIPRI's own totals", _SIPRI_YEARLY, dict(_YEARLY), types=_SIPRI_TYPES, required=tuple(_YEARLY)),
    _L("sipri_russia_ussr_exports_by_recipient.csv", "deliveries by the Soviet Union and Russia to every "
       "recipient, by year", _SIPRI_YEARLY, dict(_YEARLY), types=_SIPRI_TYPES, required=tuple(_YEARLY)),
    _L("sipri_russia_ussr_exports_totals.csv", "SIPRI's own totals of the same scrape, per recipient, per year and "
       "overall (`row_type` says which)", _SIPRI_YEARLY,
       {**_YEARLY, "year": "the year, or empty for totals over all years", "row_type": "which total the row is"},
       types={"tiv_millions": NUMBER}, required=("tiv_millions", "row_type"), first_may_be_empty=True),
    _L("sipri_russia_to_iraq_deliveries.csv", "itemised Russia → Iraq deliveries, one row per deal and delivery "
       "year", _SIPRI_REGISTER, {**_DEAL, **_DELIVERY}, types=_DEAL_TYPES, required=("designation",)),
    _L("sipri_russia_register_deliveries_2000_2023.csv", "the register for every recipient of Russian arms: the "
       "like-for-like basis for a claim about who ordered most in a year", _SIPRI_REGISTER,
       {**{k: _DEAL[k] for k in ("sipri_deal_id", "supplier", "recipient", "designation", "description")},
        "category": "armament category", "order_year": _DEAL["order_year"],
        "order_year_estimate": _DEAL["order_year_estimate"], "delivery_year": _DELIVERY["delivery_year"],
        "delivery_year_estimate": "`yes`: the delivery year is SIPRI's estimate",
        "number_delivered": _DELIVERY["number_delivered"],
        "number_delivered_estimate": "`yes`: the number is SIPRI's estimate", "status": _DELIVERY["status"],
        "tiv_unit": _DELIVERY["tiv_unit"], "tiv_delivered_millions": _DELIVERY["tiv_delivered_millions"],
        "local_production": "`yes`: produced locally under licence"}, types=_DEAL_TYPES, required=("designation",)),
    _L("context_events.csv", "dated events around the 2012 deal, later deliveries, the 2008 debt settlement and "
       "the CAATSA law", "each row's `source_url`",
       {"date": "ISO date, or a month or range as the source writes it", "event": "what happened",
        "figure": "the figure reported", "source_url": _EVIDENCE["source_url"]}, required=("event",)),
    _L("chronology_reference.csv", "every dated or datable claim of the two seed articles beside what sources "
       "say; `status` is a human judgement recorded as data", _SOURCED,
       {"article_id": "the article's number (the prefix of the catalog's `original_file`)",
        "article_quote": "exact words of the article", "claim_en": "the claim in English",
        "article_date": "as the article dates it (empty: it gives none)", "reference_date": "as the sources date it",
        "status": "`confirmed`, `partly`, `differs` or `unverified`", "note": _N, **_EVIDENCE},
       required=("article_quote", "status")),
    _L("caatsa_cases.csv", "every known major purchase of Russian arms since CAATSA (Aug 2017) and what the United "
       "States did", _SOURCED,
       {"country": "the buyer", "purchase": "what it bought", "deal_year": "year of the deal",
        "delivery_status": "delivered or not", "us_response": "`sanctioned_sec231`, `sanction_threatened`, "
        "`waiver_or_no_action`, `deal_cancelled_or_shelved` or `unknown`", "response_date": "date of the response",
        "instrument_or_detail": "the instrument or detail of the response", **_EVIDENCE},
       required=("us_response",)),
    _L("energy_context.csv", "dated facts on Russian oil companies in Iraq", _SOURCED,
       {"date": "ISO date or month", "company": "the company", "event_en": "what happened", "figure":
        "the figure reported", **_EVIDENCE}, required=("event_en",)),
)


@cache
def references() -> dict[str, Lexicon]:
    """Return every reference file of ``data/raw/external/`` by file name."""
    return {reference.file: reference for reference in REFERENCES}


# --- validation -----------------------------------------------------------------

_INTEGER = r"-?\d+"
_NUMBER = r"-?\d+(\.\d+)?"


@cache
def _pandera_schema(kind: str, name: str):
    import pandera.pandas as pa

    if kind == "table":
        table = tables()[name]
        dtypes = {TEXT: str, INT: "int64", BOOL: bool}
        return pa.DataFrameSchema(
            {column: pa.Column(dtypes[k], description=meaning, nullable=False)
             for column, (k, meaning) in table.columns.items()},
            strict=True, ordered=True, name=table.file)
    lexicon = (lexicons() | references())[name]
    specs = {}
    for column in lexicon.columns:
        checks = []
        if lexicon.must_fill(column):
            checks.append(pa.Check(lambda s: s.str.strip() != "", element_wise=False, error="must not be empty"))
        kind_of = lexicon.kind(column)
        if kind_of == INT:
            checks.append(pa.Check(lambda s: s.str.fullmatch(_INTEGER) | (s == ""), error="must be a whole number"))
        elif kind_of == NUMBER:
            checks.append(pa.Check(lambda s: s.str.fullmatch(_NUMBER) | (s == ""), error="must be a number"))
        elif kind_of in (FLAG, YES_NO):
            allowed = ["yes", ""] if kind_of == FLAG else ["yes", "no"]
            checks.append(pa.Check.isin(allowed, error=f"must be {kind_of}"))
        specs[column] = pa.Column(str, checks=checks, description=lexicon.meaning(column), nullable=False)
    return pa.DataFrameSchema(specs, strict=True, name=lexicon.file)


def _problems(errors, limit: int = 5) -> str:
    found = []
    for row in errors.failure_cases.head(limit).itertuples():
        check = str(row.check)
        if check == "column_in_schema":
            found.append(f"column {row.failure_case!r} is not one the file should have")
        elif check == "column_in_dataframe":
            found.append(f"column {row.failure_case!r} is missing")
        elif check.startswith("column_ordered"):
            found.append(f"column {row.failure_case!r} is out of order")
        else:
            line = "" if pd.isna(row.index) else f" on line {int(row.index) + 2}"
            found.append(f"column {row.column!r}{line}: {row.failure_case!r} {check}")
    more = len(errors.failure_cases) - limit
    return "; ".join(found) + (f"; and {more} more" if more > 0 else "")


def validate(frame: pd.DataFrame, name: str, path: str | Path, hint: str) -> pd.DataFrame:
    """Check *frame* against the registry's table or lexicon *name*; return it, or raise :class:`InputError`.

    The error names the file (*path*), every column at fault and, for a cell, its line; *hint* says what to do.
    """
    import pandera.pandas as pa

    kind = "table" if name in tables() else "lexicon"
    if kind == "lexicon" and name not in lexicons() and name not in references():
        raise InputError(path, f"{name} is not in the schema registry (analysis.schemas).",
                         "describe the file in analysis.schemas (LEXICONS), then run `python -m analysis docs`.")
    try:
        return _pandera_schema(kind, name).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        raise InputError(path, f"the file does not fit its schema: {_problems(errors)}.", hint) from None


def checked_folder() -> Path:
    """Where the digests of lexicons and reference files that passed their check are noted (a cache; deleting it
    only costs time)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "russia-iraq-analysis" / "checked-lexicons"


def read_lexicon(name: str) -> pd.DataFrame:
    """Read the curated CSV *name* of the package's data as text, checked against the registry.

    pandera's check costs about 30 ms a file, in every process; so a file whose bytes, together with this module
    (the registry and its checks), already passed is not checked again: its digest is noted in
    :func:`checked_folder`. An edited file, or an edited registry, gives a new digest and a full check.

    pandas parses the bytes themselves: its C reader then runs no Python code while it reads, so Ctrl-C arrives as
    an interrupt once the parse returns (exit 130). Given text (``io.StringIO``), pandas reads it through a Python
    wrapper, in which Python's Ctrl-C handler runs; pandas turns the interrupt raised there into a parser error, and a
    sound file was refused as unreadable (``tests/test_schemas.py`` interrupts real reads to check this).
    """
    source = paths.package_data(name)
    data = source.read_bytes()
    where, fix = f"src/analysis/data/{name}", ("fix the header or the cells named above (the columns and their "
                                               "meanings are in src/analysis/data/README.md).")
    try:
        data.decode("utf-8")  # for the error's position in the file: pandas counts from the start of a cell
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as error:
        raise InputError(where, f"the file cannot be read as UTF-8 CSV: {error}".rstrip() + ".",
                         "quote any cell that holds a comma, save as UTF-8; " + fix) from None
    return validate_once(frame, name, data, where, fix)


def validate_once(frame: pd.DataFrame, name: str, data: bytes, path: str | Path, hint: str) -> pd.DataFrame:
    """:func:`validate` *frame*, read from the bytes *data* of the lexicon or reference file *name*, unless these
    bytes, with this module (the registry and its checks), passed before: their digest is then noted in
    :func:`checked_folder`. pandera's check costs 30–250 ms a file, in every process; an edited file, or an edited
    registry, gives a new digest and a full check.
    """
    digest = hashlib.sha256(_registry_bytes() + name.encode() + b"\0" + data).hexdigest()
    note = checked_folder() / digest
    if note.exists():
        return frame
    frame = validate(frame, name, path, hint)
    with contextlib.suppress(OSError):  # a read-only home only means checking again next time
        note.parent.mkdir(parents=True, exist_ok=True)
        note.touch()
    return frame


@cache
def _registry_bytes() -> bytes:
    return Path(__file__).read_bytes()


# --- the generated README tables ------------------------------------------------

GENERATED_START = "<!-- generated from analysis.schemas: start (python -m analysis docs) -->"
GENERATED_END = "<!-- generated from analysis.schemas: end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _processed_tables_markdown() -> str:
    out = []
    for table in tables().values():
        note = f" ({table.note})" if table.note else ""
        out += [f"### `{table.file}`: one row per {table.row}{note}", "", "| column | type | meaning |",
                "| --- | --- | --- |"]
        out += [f"| `{column}` | {kind} | {_cell(meaning)} |" for column, (kind, meaning) in table.columns.items()]
        out.append("")
    return "\n".join(out).rstrip("\n")


def used_by(file: str, package: Path | None = None) -> tuple[str, ...]:
    """Return the modules of the package whose code names *file* (``"boilerplate.csv"``)."""
    package = package or paths.package_folder()
    found = []
    for module in sorted(Path(package).rglob("*.py")):
        if module.name == "schemas.py":
            continue
        if f'"{file}"' in module.read_text(encoding="utf-8"):
            parts = module.relative_to(package).with_suffix("").parts
            found.append(".".join(("analysis", *[p for p in parts if p != "__init__"])))
    return tuple(found)


def _files_table(entries: Iterable[Lexicon]) -> list[str]:
    out = ["| file | used by | purpose | source |", "| --- | --- | --- | --- |"]
    for entry in sorted(entries, key=lambda lex: lex.file):
        users = ", ".join(f"`{module}`" for module in used_by(entry.file)) or "(no module yet)"
        out.append(f"| `{entry.file}` | {users} | {_cell(entry.purpose)} | {_cell(entry.source)} |")
    return out


def _columns_list(entries: Iterable[Lexicon]) -> list[str]:
    out = []
    for entry in sorted(entries, key=lambda lex: lex.file):
        cells = []
        for column in entry.columns:
            kind = entry.kind(column)
            extra = [kind] if kind != TEXT else []
            if entry.must_fill(column):
                extra.append("required")
            cells.append(f"`{column}`{' (' + ', '.join(extra) + ')' if extra else ''}: {entry.meaning(column)}")
        out.append(f"- `{entry.file}`: " + "; ".join(_cell(c) for c in cells))
    return out


def _lexicons_markdown() -> str:
    out = _files_table(lexicons().values())
    out += ["", "## Columns of each file", "",
            "Every file is checked against these columns when it is loaded: a column missing, misspelt or "
            "extra, an empty cell where one is required, or a cell of the wrong type is refused with an error "
            "naming the file and the column.", ""]
    out += _columns_list(lexicons().values())
    out += ["", "## Reference files of `data/raw/external/`", "",
            "The sourced reference data (see `data/raw/external/README.md` for each source and its caveats) is "
            "described in the same registry and checked the same way when `analysis.topics.reference.load` reads it.", ""]
    out += _files_table(references().values()) + [""] + _columns_list(references().values())
    return "\n".join(out)


def _splice(text: str, generated: str, where: str) -> str:
    pattern = re.compile(re.escape(GENERATED_START) + r".*?" + re.escape(GENERATED_END), re.S)
    if not pattern.search(text):
        raise ValueError(f"{where} lacks the markers of its generated part ({GENERATED_START} … {GENERATED_END}).")
    return pattern.sub(lambda _: f"{GENERATED_START}\n\n{generated}\n\n{GENERATED_END}", text, count=1)


def render_processed_readme(text: str) -> str:
    """Return the README of ``data/processed/`` (*text*) with its column tables generated from the registry."""
    return _splice(text, _processed_tables_markdown(), "processed_README.md")


def render_data_readme(text: str) -> str:
    """Return ``src/analysis/data/README.md`` (*text*) with its table of files and columns generated."""
    return _splice(text, _lexicons_markdown(), "data/README.md")


def readme_files(package: Path | None = None) -> dict[Path, object]:
    """Return each generated README of the package's source with the function that renders it."""
    folder = Path(package or paths.package_folder()) / "data"
    return {folder / "processed_README.md": render_processed_readme, folder / "README.md": render_data_readme}


def stale_readmes(package: Path | None = None) -> list[Path]:
    """Return the generated READMEs that differ from what the registry gives (empty when all are up to date)."""
    return [path for path, render in readme_files(package).items()
            if path.read_text(encoding="utf-8") != render(path.read_text(encoding="utf-8"))]


def write_readmes(package: Path | None = None) -> list[Path]:
    """Regenerate the column tables of the package's READMEs in place; return the files that changed."""
    from .atomic import write_text

    changed = []
    for path, render in readme_files(package).items():
        text = path.read_text(encoding="utf-8")
        if render(text) != text:
            changed.append(write_text(path, render(text)))
    return changed


def every_data_file(package: Path | None = None) -> Iterable[str]:
    """Return the name of every CSV in the package's ``data`` folder."""
    return sorted(p.name for p in (Path(package or paths.package_folder()) / "data").glob("*.csv"))

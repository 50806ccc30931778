"""Extract dates, periods, amounts, percentages, quantities and entities from Arabic text.

Every record keeps its exact span: ``text == source[start:end]``, with
offsets into the decoded text exactly as read. :func:`extract` is what the
command line ``python -m analysis extract FILE`` prints, one JSON object per line.

>>> [(m.kind, m.text, m.value) for m in extract("وقّعت روسيا صفقة بنحو 4.2 مليار دولار عام 2012.")]
[('entity', 'روسيا', 'Russia'), ('amount', '4.2 مليار دولار', 4200000000), ('date', 'عام 2012', '2012')]
"""

from __future__ import annotations

from functools import cache
from operator import attrgetter

from ..cues import Tokens, Vocabularies
from ..normalize import MatchKey, match_key
from . import amounts, dates, gazetteers, names
from .amounts import find_numeric
from .dates import find_dates
from .entities import fields, find_entities, organisations, outlets, people, places
from .records import KINDS, Mention
from .spans import Spans

__all__ = ["KINDS", "Mention", "extract", "extract_key"]


def _spans(items: list[Mention]) -> Spans:
    return Spans((item.start, item.end) for item in items)


@cache
def _triggers() -> Vocabularies:
    """The trigger words of every recogniser (what each asks :meth:`Tokens.where` for)."""
    return Vocabularies([gazetteers._matcher().surfaces, names._person_triggers(), names._head_surfaces(),
                         names._letter_forms(), amounts._number_forms(), organisations._pair_heads(),
                         outlets._media_forms(), places._bare_forms(), outlets._bracketed_firsts() or frozenset(),
                         dates._decade_forms(), *dates._day_adjectives(), names._title_surfaces(), names._THAT,
                         names._given_after_and(), names._given_after_particle(), names.leader_cues(), names._KUNYA,
                         fields._cued_field_forms() or frozenset(), organisations._headless_forms() or frozenset(),
                         outlets._outlet_cues()[1], people._surnames_in_latin(), outlets._outlet_words(),
                         people._nisba_surname_forms(), organisations._spelling_index(), names._not_names(),
                         organisations._company_head_forms(), names.company_words(),
                         organisations._group_description_forms(), *places._headed_town_triggers(),
                         *dates._trigger_words().values()])


def extract_key(mk: MatchKey, published: str | None = None) -> list[Mention]:
    """Return every mention of a match key, in text order, overlaps resolved.

    *published* (``YYYY-MM-DD`` or ``YYYY-MM``), when known, resolves relative
    dates («أمس»، «العام المقبل»); without it they are found and left unresolved.

    Money and percentages win over dates and counts; a weapon designation
    («إس 400») is never a date; a demonym inside a currency name («دولار
    أمريكي») is not an entity mention of its own.
    """
    tokens = Tokens(mk.key)  # one tokenisation, shared by every recogniser
    tokens.narrow(_triggers())  # and one pass over it for every recogniser's trigger words
    entities = find_entities(mk, tokens, published)
    numeric = find_numeric(mk, tokens)
    money = [m for m in numeric if m.kind in ("amount", "percent")]
    money_spans = _spans(money)
    entities = [e for e in entities if not (e.demonym and money_spans.overlaps(e.start, e.end))]
    weapons = [e for e in entities if e.type == "weapon_system"]
    not_dates = _spans(money + weapons)
    dates = find_dates(mk, published, tokens)
    # a relative date inside a name is not a date: «روسيا اليوم» is a channel (the names' spans made only if needed)
    names = _spans([e for e in entities if not e.demonym]) if any(d.qualifier == "relative" for d in dates) else None
    dates = [d for d in dates if not not_dates.overlaps(d.start, d.end)
             and not (d.qualifier == "relative" and names.overlaps(d.start, d.end))]
    not_counts = _spans(money + dates + weapons)
    quantities = [q for q in numeric if q.kind == "quantity" and not not_counts.overlaps(q.start, q.end)]
    return in_text_order(entities + money + dates + quantities)


def in_text_order(mentions: list[Mention]) -> list[Mention]:
    """Sort *mentions* by start, the longer first at one start, then by kind (ties keep their order).

    Three stable sorts on one attribute each, in C, cost less than one sort on a key made per mention.
    """
    found = sorted(mentions, key=attrgetter("kind"))
    found.sort(key=attrgetter("end"), reverse=True)  # a reversed sort stays stable
    found.sort(key=attrgetter("start"))
    return found


def extract(text: str, published: str | None = None) -> list[Mention]:
    """Return every mention in *text* (see :func:`extract_key`)."""
    return extract_key(match_key(text), published)

"""Named entities: countries, cities, people, organisations, laws and weapon systems.

Countries come from CLDR through Babel (every territory's Arabic name, with
its English name as the canonical value), cities from CLDR's time-zone
exemplar cities (less the names of ``data/gazetteer_exceptions.csv``); the sourced gazetteers
(``data/gazetteer_places.csv``, ``gazetteer_oil_fields.csv``, ``gazetteer_organizations.csv``,
``gazetteer_companies.csv``) add Iraq's governorates, Russia's cities, Iraq's oil fields, international
organisations and oil companies; ``data/entities.csv`` adds aliases, capitals (which may stand
for their governments), people, organisations, laws and weapon systems, and
``data/demonyms.csv`` the nisba adjectives («الروسية»، «العراقي»), flagged
``demonym=True``. Weapon designations («إس 400»، «إم آي – 28»، «S-400») are
read by pattern.

Clitics are matched, never stripped blindly: a name may follow و ف and ب ل ك
(and «لل» before a name that starts with «ال»), but a token that is itself a
name is read whole first, so «بغداد» is never ب + «غداد». A name found by its head noun keeps «لل» in its span
(«للسفارة الروسية», as «للعراق») but not in its value, the words as written («السفارة الروسية»): the head's
written forms are generated from the heads (:func:`.common._as_written`).

The lexicon is :mod:`analysis.extract.gazetteers`, below this package and the name rules of
:mod:`analysis.extract.names`, which both read it (the name rules import nothing from here). The modules, in the
order a text meets them: :mod:`.driver` (the order in which the rules run), :mod:`.known` (the lexicon's names read
in the text), then the rules by what they find, :mod:`.weapons`, :mod:`.places`, :mod:`.people`,
:mod:`.organisations`, :mod:`.outlets` and :mod:`.fields`; :mod:`.common` holds what rules of several of them share.

>>> from analysis.normalize import match_key
>>> [(m.text, m.value, m.type) for m in find_entities(match_key("وصل شويغو إلى بغداد وللعراق علاقات مع موسكو"))]
[('شويغو', 'Sergei Shoigu', 'person'), ('بغداد', 'Baghdad', 'city'), ('للعراق', 'Iraq', 'country'), ('موسكو', 'Moscow', 'city')]
"""

from __future__ import annotations

from ..gazetteers import Entry, lexicon
from .driver import find_entities
from .places import GLUED_NISBA_AFTER
from .weapons import spelled_weapon_suffixes, weapon_prefixes, weapon_suffixes, weapon_windows

__all__ = ["Entry", "GLUED_NISBA_AFTER", "find_entities", "lexicon", "spelled_weapon_suffixes", "weapon_prefixes",
           "weapon_suffixes", "weapon_windows"]

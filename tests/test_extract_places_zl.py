"""Places and energy sites learnt from development batch zl, each on made-up sentences: Iraq's districts and the
towns on its borders from a sourced gazetteer, a town whose name alone is a word read only after its head, a
crossing or a pipeline named by the places at its two ends, and bases, camps and power stations named by their
place."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def entities(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # a district, a town or a border town whose name is no word: the name alone is the place
    ("وصل الوفد إلى شقلاوة ثم إلى المقدادية", [("شقلاوة", "city"), ("المقدادية", "city")]),
    ("قتل ثلاثة في هجوم على الرقة وحمص", [("الرقة", "city"), ("حمص", "city")]),
    ("وتصل الناقلات إلى رأس تنورة والفجيرة", [("رأس تنورة", "city"), ("الفجيرة", "city")]),
    # a dam named by its place: one place, head included
    ("وارتفع منسوب المياه في سد حديثة", [("سد حديثة", "region")]),
])
def test_towns_and_dams_of_the_gazetteer(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town whose name alone is a word: the town only right after its head, the head left out
    ("وانتشرت القوات في قضاء القائم غرب الأنبار", [("القائم", "city"), ("الأنبار", "region")]),
    ("وعاد النازحون إلى بلدة الرطبة", [("الرطبة", "city")]),
    # after a dual head the town joined by «و» to the first is named alone too
    ("وتقدمت القوات بين مدينتي البوكمال والميادين", [("البوكمال", "city"), ("الميادين", "city")]),
])
def test_a_town_whose_name_is_a_word_after_its_head(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize("text", [
    "وقال إن الوضع القائم لن يتغير",  # «standing», no town
    "ووصل القائم بالأعمال إلى الوزارة",  # the chargé d'affaires
    "وأكد أن الحي الجديد جاهز",  # «the quarter»
])
def test_the_same_words_without_a_head_name_no_town(text):
    assert entities(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a crossing named by the towns on its two sides, with or without spaces round the dash: one place
    ("وأعلنت الهيئة فتح معبر القائم-البوكمال أمام التجارة", [("معبر القائم-البوكمال", "region")]),
    ("وجرى تأهيل منفذ البوكمال – القائم بالكامل", [("منفذ البوكمال – القائم", "region")]),
    # a pipeline named by its two ends: one name, typed as the corpus types pipelines
    ("واستؤنف الضخ عبر خط أنابيب كركوك-جيهان", [("خط أنابيب كركوك-جيهان", "oil_field")]),
    # the page's head written twice: the name after the second
    ("وتم فتح معبر معبر القائم-البوكمال", [("معبر القائم-البوكمال", "region")]),
])
def test_a_crossing_or_a_pipeline_named_by_two_places(text, expected):
    assert entities(text) == expected


def test_a_dash_after_a_crossing_before_no_place_leaves_the_crossing_alone():
    assert entities("وأغلق معبر طريبيل - وهو المنفذ الوحيد - أمس") == [("معبر طريبيل", "region")]


@pytest.mark.parametrize(("text", "expected"), [
    # a base, a camp or a power station named by a known place: a place of its own, head included
    ("وسقط صاروخ قرب قاعدة عين الأسد الجوية", [("قاعدة عين الأسد الجوية", "region")]),
    ("ونقل الجنود إلى معسكر التاجي", [("معسكر التاجي", "region")]),
    ("وتعمل الشركة على تحديث محطة كهرباء الهارثة", [("محطة كهرباء الهارثة", "region")]),
])
def test_a_base_a_camp_or_a_power_station_named_by_its_place(text, expected):
    assert entities(text) == expected


def test_a_base_with_no_place_after_it_names_nothing():
    assert entities("وأنشأت الوزارة قاعدة بيانات جديدة") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a Levantine port named by its town, head included, as «ميناء»
    ("ورست السفينة في مرفأ طرطوس أمس", [("مرفأ طرطوس", "region")]),
    # a power station named by its town with its adjective
    ("وتوقفت محطة كهرباء الهارثة الغازية عن العمل", [("محطة كهرباء الهارثة الغازية", "region")]),
    # a pipeline's end whose name alone is a word, read at the end of the pair
    ("وعاد الحديث عن خط أنابيب البصرة-العقبة", [("خط أنابيب البصرة-العقبة", "oil_field")]),
])
def test_ports_stations_and_pipeline_ends(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fields of Syria's east and of the Iraqi border, each named alone after a plural head
    ("وزار الخبراء حقول التيم والورد والمهاش", [("التيم", "oil_field"), ("الورد", "oil_field"),
                                               ("المهاش", "oil_field")]),
    # a shared field: the adjective after the name ends it
    ("ويقع حقل آزادكان المشترك قرب الحدود", [("حقل آزادكان", "oil_field")]),
    # a field of a Russian company abroad, by its name alone
    ("وارتفع الإنتاج في فانكور وساموتلور", [("فانكور", "oil_field"), ("ساموتلور", "oil_field")]),
])
def test_fields_near_iraq_and_of_russian_companies(text, expected):
    assert entities(text) == expected


def test_a_militia_named_after_jerusalem_names_no_city():
    assert entities("وتمركز عناصر من لواء القدس في الحقل") == [("لواء القدس", "organization")]


@pytest.mark.parametrize(("text", "expected"), [
    # after a dual head each river is named alone, as each field after «حقلي»
    ("وتراجعت مناسيب نهري دجلة والفرات", [("دجلة", "region"), ("الفرات", "region")]),
    # a list of towns: one whose name is a word is the town behind «و» after a town of the same gazetteer
    ("وعادت العوائل إلى زمار وربيعة", [("زمار", "city"), ("ربيعة", "city")]),
    # after a dual head both towns whose names are words
    ("وانتشر الجيش في مدينتي القائم والرطبة", [("القائم", "city"), ("الرطبة", "city")]),
])
def test_rivers_and_towns_in_a_list(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وافتتح في بغداد والحي الجديد مستشفى", [("بغداد", "city")]),  # a capital, then «the new quarter»
    ("وقالت قناة الفرات إن", [("الفرات", "organization")]),  # the channel, not the river
    ("وقع العقد لتطوير حقل غرب القرنة", [("حقل غرب القرنة", "oil_field")]),  # the field, not the town
])
def test_a_word_after_a_capital_or_inside_a_name_names_no_town(text, expected):
    assert entities(text) == expected


def test_the_kadhimiya_shrine_names_no_district():
    assert entities("وزار الوفد العتبة الكاظمية المقدسة ثم الكاظمية") == [("الكاظمية", "city")]


@pytest.mark.parametrize(("text", "expected"), [
    # a crossing named by a town of two words whose name alone is another name: the crossing, head included
    ("ودخلت الشاحنات عبر منفذ إبراهيم الخليل", [("منفذ إبراهيم الخليل", "region")]),
    ("وأعيد فتح منفذ الوليد الحدودي", [("منفذ الوليد", "region")]),
    # a province of Iran on the Shatt al-Arab, by its name alone
    ("وتعاني خوزستان من انقطاع الكهرباء", [("خوزستان", "region")]),
])
def test_crossings_named_by_a_town_and_provinces_across_the_border(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «الفاو» is also FAO: the town only after its head, the UN body by its name
    ("وقالت منظمة الفاو إن أسعار القمح ارتفعت", [("منظمة الفاو", "organization")]),
    ("ووصل الوزير إلى قضاء الفاو جنوب البصرة", [("الفاو", "city"), ("البصرة", "city")]),
])
def test_fao_the_town_and_fao_the_un_body(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the two sides of a crossing written as a quoted pair with no head: the town whose name is a word after the dash
    ('ويرتبط البلدان بمعابر هي "التنف- الوليد" و"البوكمال- القائم"',
     [("التنف", "city"), ("الوليد", "city"), ("البوكمال", "city"), ("القائم", "city")]),
    ("وقتل عنصران قرب بلدة بادوش شمال غرب الموصل", [("بادوش", "city"), ("الموصل", "city")]),
])
def test_the_two_sides_of_a_crossing_and_a_town_near_mosul(text, expected):
    assert entities(text) == expected


def test_a_dash_after_a_capital_is_a_datelines_not_a_pair_of_towns():
    assert ("الحي", "city") not in entities("بغداد - الحي الذي شهد الانفجار")


@pytest.mark.parametrize(("text", "expected"), [
    # a pipeline's two ends without a dash, after a head that says pipe
    ("واستؤنف التصدير عبر خط أنابيب كركوك جيهان", [("خط أنابيب كركوك جيهان", "oil_field")]),
    ("وبحث الجانبان مد أنبوب البصرة العقبة", [("أنبوب البصرة العقبة", "oil_field")]),
    # a line with no word for a pipe is no pipeline: a railway or a road between two cities
    ("وافتتح خط بغداد البصرة للقطارات", [("بغداد", "city"), ("البصرة", "city")]),
])
def test_a_pipeline_named_by_its_two_ends_without_a_dash(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «المشترك» and «الغازية» end no body's name: only a field's name is ended by what follows it
    ("وأعلن مجلس التعاون المشترك أن", [("مجلس التعاون المشترك", "organization")]),
    ("وقالت الشركة العامة للصناعات الغازية إن", [("الشركة العامة للصناعات الغازية", "organization")]),
])
def test_adjectives_after_a_field_do_not_cut_a_bodys_name(text, expected):
    assert entities(text) == expected


def test_a_products_acronym_in_parentheses_names_no_body_before_it():
    # «LPG» (not_acronyms.csv) is a product: the words before it are no organisation
    assert entities("لضمان حركة صهاريج نقل الغاز السائل (LPG) من حقل الحلفاية") == [("حقل الحلفاية", "oil_field")]


@pytest.mark.parametrize(("text", "expected"), [
    # «للجنة» before a noun is «ل» and «لجنة» in construct: «ل» left out of the committee's name
    ("وقال الناطق الرسمي للجنة النفط والغاز النيابية إن", [("لجنة النفط والغاز النيابية", "organization")]),
    # before an adjective agreeing with it, «للجنة» is «ل» and «اللجنة»: the whole word, as «للحكومة»
    ("وقدم تقريرا للجنة الحكومية الروسية العراقية", [("للجنة الحكومية الروسية العراقية", "organization")]),
])
def test_lam_before_a_committee_in_construct_or_with_its_adjective(text, expected):
    assert entities(text) == expected


def test_russian_pipelines_by_their_transliterated_names():
    assert entities("ويمر الغاز عبر ترك ستريم وبلو ستريم والنفط عبر خط أنابيب دروجبا") == [
        ("ترك ستريم", "oil_field"), ("بلو ستريم", "oil_field"), ("دروجبا", "oil_field")]


@pytest.mark.parametrize(("text", "expected"), [
    # a river whose name is also a channel's, after a compass word, its bank or its waters (river_cues.csv)
    ("وانتشرت القوات غرب الفرات قرب الميادين", [("الفرات", "region")]),
    ("وتراجعت مياه دجلة والفرات هذا الصيف", [("دجلة", "region"), ("الفرات", "region")]),
    # the region east of the river keeps its own name
    ("وتسيطر قسد على مناطق شرق الفرات", [("قسد", "organization"), ("شرق الفرات", "region")]),
])
def test_a_river_after_a_compass_word_or_its_waters(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «ريف» is part of the governorate's name round Damascus, and mere countryside elsewhere
    ("وقصفت الطائرات مواقع في محافظة ريف دمشق", [("محافظة ريف دمشق", "region")]),
    ("ووقعت الاشتباكات بريف حمص الشرقي", [("حمص", "city")]),
])
def test_the_governorate_round_damascus_and_a_citys_countryside(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # subdistricts: a name that is no word alone, one that is a word only after its head
    ("واعتقلت القوات مطلوبين في اللطيفية وحمام العليل", [("اللطيفية", "city"), ("حمام العليل", "city")]),
    ("وانفجرت عبوة في ناحية العظيم شمال بعقوبة", [("العظيم", "city"), ("بعقوبة", "city")]),
    ("وقال إن الله العظيم شاهد", []),
])
def test_subdistricts_of_the_gazetteer(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word with the article after «بلدة» or «قرية» without it is a town no list knows (construct)
    ("وسيطرت القوات على الموقع قرب بلدة الدوير", [("الدوير", "city")]),
    ("وقتل ثلاثة في قرية العيثة بقضاء الشرقاط", [("العيثة", "city"), ("الشرقاط", "city")]),
    # the head with the article takes an adjective, no name
    ("وقصفت القرية الحدودية أمس", []),
])
def test_a_town_no_list_knows_after_an_indefinite_head(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition or a verb right after «حقل» names no field (name_stops.csv)
    ("وسيطرت القوات على حقل قرب بلدة الدوير", [("الدوير", "city")]),
    ("واكتشفت الشركة حقل يقع في البصرة", [("البصرة", "city")]),
    ("ويقع حقل مجنون قرب الحدود", [("حقل مجنون", "oil_field")]),
])
def test_a_preposition_or_a_verb_after_a_fields_head_names_no_field(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an indefinite word after the head of a place or a field describes it: nothing is named (place_descriptors.csv)
    ("وأعلنت الهيئة فتح منفذ حدودي جديد", []),
    ("وأغلق العراق معبر رسمي مع سوريا", [("العراق", "country"), ("سوريا", "country")]),
    ("واكتشفت الشركة حقل نفط عملاق وحقل بحري", []),
    ("وتخطط الوزارة لبناء مصفاة نفط وميناء تصدير", []),
    # a name after the head is read as before
    ("وعبرت الشاحنات منفذ طريبيل إلى ميناء البصرة", [("منفذ طريبيل", "region"), ("ميناء البصرة", "region")]),
])
def test_a_word_describing_a_place_or_a_field_names_none(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize("text", [
    "وأصيب جنديان بانفجار في حقل ألغام",  # a minefield
    "وعمل سنوات في حقل الإعلام",  # a domain of work
    "واحترقت حقول القمح والشعير",  # farmland
])
def test_the_other_senses_of_a_field_name_no_oil_field(text):
    assert entities(text) == []


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة منفذ الهجوم بعد ساعات",  # «منفذ» as the perpetrator
    "وقتل منفذ العملية الانتحارية",
    "ونجا من معبر الموت",  # a figure of speech
    "ويعمل الصيادون في ميناء الصيد",  # the fishing port, named by no place
])
def test_a_perpetrator_or_a_port_named_by_no_place_is_no_place(text):
    assert entities(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a mountain, a range or a plain named with its head: one place (as «جبال قنديل»)
    ("وفر الآلاف إلى جبل سنجار", [("جبل سنجار", "region")]),
    ("وعادت العوائل إلى سهل نينوى", [("سهل نينوى", "region")]),
    ("وتلاحق القوات الخلايا في جبال حمرين", [("جبال حمرين", "region")]),
])
def test_mountains_ranges_and_plains(text, expected):
    assert entities(text) == expected

"""Iraq's oil sector by name: refineries, fields in their press spellings, the state companies and ministries.

Made-up sentences; the words come from the data files (``org_patterns.csv``, ``entities.csv``,
``gazetteer_oil_fields.csv``), each with its source.
"""

from __future__ import annotations

import pytest

from analysis.extract import extract


def found(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # a refinery named by its town is a place of its own, head included, in both spellings of the head
    ("زار الوزير مصفاة كركوك ثم مصفى البصرة", [("مصفاة كركوك", "region"), ("مصفى البصرة", "region")]),
    # a refinery whose name alone is a common word («الشمال»: the north) is known with its head
    ("اكتمل تأهيل مصفى الشمال في بيجي", [("مصفى الشمال", "region"), ("بيجي", "city")]),
    ("وعاد العمل في مصفاة الدورة", [("مصفاة الدورة", "region")]),
    # the trade after the head names no refinery
    ("هي أكبر مصفاة تكرير في المنطقة", []),
    # the head with the article alone names nothing
    ("وقال إن المصفى سيعمل قريبا", []),
])
def test_refineries_named_by_town_or_known_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field whose name alone is a word, in brackets or quotes right after its head: the name inside
    ("بدأ الإنتاج من حقل (مجنون) العملاق", [("مجنون", "oil_field")]),
    ('وتعمل الشركة في حقل "بدرة" منذ سنوات', [("بدرة", "oil_field")]),
    ("يقع حقل(طقطق) قرب أربيل", [("طقطق", "oil_field"), ("أربيل", "city")]),
    # without the head the word stays a word
    ("قال إنه مجنون", []),
])
def test_a_field_in_brackets_after_its_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «و» after a field's name opens another name: a field joined to it, or another head
    ("تعمل في حقل شاكال وكرميان", [("حقل شاكال", "oil_field"), ("كرميان", "oil_field")]),
    ("تعمل في حقل شاكال وكتلة حلبجة", [("حقل شاكال", "oil_field"), ("حلبجة", "city")]),
    # a name's first word may begin with «و»
    ("حقل وادي الريان", [("حقل وادي الريان", "oil_field")]),
])
def test_a_fields_name_ends_before_and(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Kirkuk domes and the Kurdistan Region's fields in the spellings of the press
    ("أوقف الإقليم حقلي باي حسن وأفانا", [("باي حسن", "oil_field"), ("أفانا", "oil_field")]),
    ("يدير حقلي باي حسن وئافانا", [("باي حسن", "oil_field"), ("ئافانا", "oil_field")]),
    # a known field's name after the head is the whole name: the adverb after it is not part of it
    ("ينتج حقل شيواشوك قليلا", [("حقل شيواشوك", "oil_field")]),
    # West Qurna spelt «غربي», its phase after it
    ("يعمل في حقل غربي القرنة 2", [("حقل غربي القرنة 2", "oil_field")]),
    # Maysan's fields listed after their plural head
    ("وتشمل حقول النور والفكة وبازركان", [("النور", "oil_field"), ("الفكة", "oil_field"), ("بازركان", "oil_field")]),
    # a common word is not read as a field after a cue of development («قمر»: a moon, a satellite)
    ("تطوير قمر صناعي جديد", []),
    # a field's name that is a word or a place alone stays so without a head
    ("سافر إلى هافانا", [("هافانا", "city")]),
])
def test_field_spellings_of_the_press(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry and the state or region it belongs to, after «في», are one body (committee_parts.csv)
    ("أعلنت وزارة الثروات الطبيعية في حكومة إقليم كوردستان أن", [
        ("وزارة الثروات الطبيعية في حكومة إقليم كوردستان", "organization")]),
    ("التابع لوزارة الزراعة في الاتحاد الروسي", [("وزارة الزراعة في الاتحاد الروسي", "organization")]),
    # the ministry as its head reads it, a word misspelt («الطبيعة» for «الطبيعية»), and the region after «في»
    ("تدير وزارة الثروات الطبيعة في اقليم كردستان حقلين", [
        ("وزارة الثروات الطبيعة في اقليم كردستان", "organization")]),
    # a ministry's statement «in parliament» is no part of its name
    ("قدمت وزارة المالية في البرلمان تقريرا", [("وزارة المالية", "organization")]),
])
def test_a_ministry_and_its_state_are_one_body(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the oil sector's companies and terminals by name (gazetteer_companies.csv, entities.csv)
    ("قلصت روسنفت حصتها في شركة أنابيب كردستان", [("روسنفت", "organization"),
                                                 ("شركة أنابيب كردستان", "organization")]),
    ("قال مدير شركة البصرة للطاقة", [("شركة البصرة للطاقة", "organization")]),
    ("توقف التصدير من ميناء خور العمية", [("ميناء خور العمية", "region")]),
    ("وتعمل بيرل بتروليوم وجينل إنرجي في الإقليم", [("بيرل بتروليوم", "organization"),
                                                   ("جينل إنرجي", "organization")]),
])
def test_oil_companies_and_terminals(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Kurdish spelling of the Kurds' adjective, the Yazidis, Koya and the Peshmerga written without «ي»
    ("في المناطق الكوردية", [("الكوردية", "group")]),
    ("سيطرت مجموعة يزيدية على المدينة", [("يزيدية", "group")]),
    ("يقع الحقل قرب قضاء كوية", [("كوية", "city")]),
    ("انسحب مقاتلو البشمركة", [("البشمركة", "organization")]),
    # a given name is no Yazidi
    ("وصل يزيد إلى بغداد", [("بغداد", "city")]),
])
def test_kurdish_spellings_yazidis_and_koya(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's long name right before its own short name describes it: the short name is the company
    ("قال مصدر من شركة تسويق النفط سومو إن", [("سومو", "organization")]),
    ("أعلنت شركة تسويق النفط (سومو) أن", [("شركة تسويق النفط", "organization"), ("سومو", "organization")]),
    # a field named by its exports, as by its output
    ("وكانت الصادرات من القيارة مليون برميل", [("القيارة", "oil_field")]),
    # a Kurdistan Region block named by its field after «بلوك»; «كتلة» is left to the political blocs
    ("تعمل الشركة في بلوك شاكال", [("شاكال", "oil_field")]),
    ("فازت كتلة النور بمقعدين", [("كتلة النور", "organization")]),  # a political bloc (org_patterns.csv)
    # a verb after a «و» written apart ends a list of fields
    ("وتضم حقول جمبور وخباز و تنتج كثيرا", [("جمبور", "oil_field"), ("خباز", "oil_field")]),
])
def test_described_names_exports_and_lists(text, expected):
    assert found(text) == expected

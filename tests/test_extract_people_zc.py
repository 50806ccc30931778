"""People after titles, on made-up sentences (batch zc's round): «بن عبد …» inside a name, a dual verb after a
leader's name, one given name after a title before a word that ends a name."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def people(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "entity" and m.type == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # «بن» then «عبد» and a name of God: the name runs to the end of «عبد العزيز»
    ("واستقبل الأمير فيصل بن عبد الرحمن، وزير الخارجية، الوفد", ["فيصل بن عبد الرحمن"]),
    ("وقال الملك سلمان بن عبد العزيز إن المملكة تدعم الاتفاق", ["سلمان بن عبد العزيز"]),
    # a dual verb ends the name before it, and a title's single given name stands alone
    ("والملك سلمان يبحثان أسعار النفط", ["سلمان"]),
    ("وأكد الأمير خالد والوزير كريم أنهما تناولا ملف الطاقة", []),
    ("والملك سلمان تناولا في اتصال هاتفي ملف الطاقة", ["سلمان"]),
])
def test_people_after_titles(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_a_given_name_alone_without_a_title_is_no_person() -> None:
    # no title before it: one given name before a verb is not read as a person
    assert people("قال إن سلمان يبحثان عن عمل") == []


@pytest.mark.parametrize(("text", "expected"), [
    # an Arab given name in «-ين» inside a name is no Russian surname that ends it
    ("وقال مدير عام الشركة محمد ياسين حسن في بيان إن الإنتاج ارتفع", ["محمد ياسين حسن"]),
    ("وقال المتحدث باسم الوزارة علي حسين كريم إن الوفد وصل", ["علي حسين كريم"]),
    # a Russian given name keeps the surname of Russian shape as the name's end
    ("وقال السفير الروسي ألكسندر كوتين إن الوفد وصل", ["ألكسندر كوتين"]),
])
def test_given_names_in_ين_do_not_end_a_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def entities(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in extract(text) if m.kind == "entity"]


def test_a_head_noun_behind_and_ends_a_name() -> None:
    # «و» and a head noun («وحقل») start the next item of a list: no person across two fields
    assert ("حقل سلمان", "oil_field", "Salman") in entities("وتعمل الشركة في حقل سلمان وحقل مرجان منذ سنوات")
    assert [t for t in entities("وتعمل الشركة في حقل سلمان وحقل مرجان منذ سنوات") if t[1] == "person"] == []


def test_another_given_name_before_a_known_family_name_is_another_person() -> None:
    assert entities("وقال النائب خالد الحلبوسي إن الاتفاق مهم") == [("خالد الحلبوسي", "person", "خالد الحلبوسي")]
    assert entities("وقال محمد الحلبوسي إن الاتفاق مهم") == [("محمد الحلبوسي", "person", "Mohamed al-Halbousi")]
    assert entities("وأكد الحلبوسي أن الاتفاق مهم") == [("الحلبوسي", "person", "Mohamed al-Halbousi")]


def test_a_weapon_name_after_a_given_name_is_part_of_a_person_name() -> None:
    assert [t[1] for t in entities("وأكد ياسر اسكندر أن الحكومة ماضية")] == ["person"]
    assert ("إسكندر", "weapon_system", "Iskander") in entities("وتسلمت روسيا صواريخ إسكندر الجديدة")


@pytest.mark.parametrize(("text", "expected"), [
    # a given name after a head with the article ends the title's complement: it is no body's own name
    ("وقال الناطق باسم الحكومة علي الدباغ في بيان الاثنين إن الوزير استقال", ["علي الدباغ"]),
    ("وقال المتحدث باسم الحكومة محمد الدباغ في بيان الاثنين إن الوزير استقال", ["محمد الدباغ"]),
])
def test_a_given_name_after_a_definite_head_is_the_titles_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_a_given_name_ending_a_three_word_name_names_him_after_a_reporting_verb() -> None:
    text = "وقال النائب جاسم محمد جعفر في تصريحات إن الاتفاق مهم. واضاف جعفر، ان الهدف واضح"
    assert people(text) == ["جاسم محمد جعفر", "جعفر"]
    # without the reporting verb the given name alone is not read
    assert people("وقال النائب جاسم محمد جعفر في تصريحات إن جعفر ماجد وصل") == ["جاسم محمد جعفر"]


def test_a_given_name_surname_alone_after_a_title_names_the_man_named_in_full() -> None:
    text = "صرح السفير العراقي في موسكو حيدر منصور هادي اليوم. وكان السفير هادي أعلن أن العقد جاهز"
    assert people(text) == ["حيدر منصور هادي", "هادي"]
    # a title before a given name that ended no earlier name reads nothing alone
    assert people("وكان السفير هادي أعلن أن العقد جاهز") == []

"""People on made-up sentences (batch zr's round): given names the lists lacked, read after a title, and the
same words where no title or speech verb stands before them."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def people(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "entity" and m.type == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # «معتصم» (given_names.csv): after a title and its complement, the name runs to the comma
    ("واجتمع الوفد مع وكيل وزير المالية معتصم كريم ناصر، ومع مدير المصرف", ["معتصم كريم ناصر"]),
    # «طعمة»/«طعمه», also a word (bait): a name after a title, a word elsewhere
    ("وقال الدكتور طعمه جابر المستشار في السفارة إن التبادل ارتفع", ["طعمه جابر"]),
    ("كانت الشركة طعمة سهلة للمنافسين في السوق", []),
    # «بافال», a spelling of Pavel: a Russian given name before a surname of Russian shape, even after «،و »
    ("ضم الوفد نائب الوزير ،و بافال كوزنيتسوف رئيس الإدارة", ["بافال كوزنيتسوف"]),
])
def test_given_names_added_after_a_title(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a given name that is also a word, right after the title (glued «ب») or its country's nisba, and a family name:
    # the name, not a construct of the title's complement
    ("وأكد السفير خلال لقائه بالرئيس جلال الداوودي في بغداد أن العلاقات متينة", ["جلال الداوودي"]),
    ("وقال إن زيارة وزير البترول الأردني طارق الملا إلى عمان أنهت الاتفاق", ["طارق الملا"]),
    # a family name of another shape, followed by an adjective or a noun, stays a phrase: no person
    ("استقبل الرئيس صالح الوفد الروسي في قصر السلام", []),
    # right after the title, a family name of another shape than a nisba may be a noun: no person
    ("وزار الوزير كمال الأجسام في النادي", []),
])
def test_an_ambiguous_given_name_and_family_name_after_a_title(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def nisbas(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text, "2023-06-01") if m.kind == "entity" and m.text.endswith("السوداني")]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb whose match key starts with the article's letters (article_letter_verbs.csv) is no definite noun: the
    # nisba surname after it is the person, as after «استقبل»
    ("التقى السوداني السفير الروسي في بغداد", [("السوداني", "person")]),
    ("وألقى السوداني كلمة في المؤتمر", [("السوداني", "person")]),
    # after a definite noun, with or without such a verb before it, the nisba stays the demonym
    ("والتقى الوزير السوداني السفير الروسي", [("السوداني", "country")]),
])
def test_a_nisba_surname_after_a_verb_spelt_like_the_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert nisbas(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a given name that is also a word, listed with «آ» (Anna), is the word when written with another alef: the
    # pronoun opening a quotation after a title is no name
    ("وقال الوزير “أنا متفائل”.", []),
    ("وقالت الصحفية الروسية آنا سميرنوفا إن الوضع صعب", ["آنا سميرنوفا"]),
])
def test_a_quoted_pronoun_after_a_title_is_no_given_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «نظير», a given name and a word (counterpart): a name after a title and an academic abbreviation, a word
    # after a preposition or «لا»
    ("شارك المستشار التجاري د. نظير كامل حسن في المعرض", ["نظير كامل حسن"]),
    ("بحث الوزير مع نظير روسي له سبل التعاون", []),
    ("وقال المتحدث إن العراق لا نظير له في المنطقة", []),
])
def test_nadhir_after_a_title_and_the_word_elsewhere(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of the statement and its adjective before «إن» (not_names.csv: «إفادة»، «إيجاز»، «مداخلة») are no
    # unknown given name and surname after the speaker's name
    ("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا في إفادة صحفية إن موسكو قلقة", ["ماريا زاخاروفا"]),
    ("وقال المتحدث باسم الوزارة أحمد الصحاف في إيجاز صحفي إن الوفد وصل", ["أحمد الصحاف"]),
    ("وقال النائب عن الائتلاف محمد الشمري في مداخلة تلفزيونية إن الجلسة تأجلت", ["محمد الشمري"]),
])
def test_a_briefing_after_the_speakers_name_is_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «جمعة» (Juma), a given name and a word (Friday): the defence minister after his title; the weekday stays a date
    ("وقال وزير الدفاع جمعة عناد إن الجيش مستعد", ["جمعة عناد"]),
    ("وقال الوزير الجمعة إن الاتفاق تم", []),
    ("وصل الوفد يوم جمعة إلى بغداد", []),
])
def test_juma_after_a_title_and_friday_elsewhere(text: str, expected: list[str]) -> None:
    assert people(text) == expected

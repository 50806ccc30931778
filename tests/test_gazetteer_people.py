"""People of the sourced lists, on made-up sentences: Iraq's ministers of the cabinets of 2006–2022 and deputy prime
ministers (``gazetteer_iraq_politics.csv``), Russia's prime ministers, deputy prime ministers, ministers and
spokespeople (``entities.csv``); a name that is also a word or a given name is read only in full."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def people(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.found_by) for m in extract(text) if m.kind == "entity" and m.type == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # ministers named with no title or verb before them, in a list
    ("وحضر الاجتماع عون ذياب وخالد شواني وعدد من المسؤولين",
     [("عون ذياب", "Aoun Diab", "lexicon"), ("خالد شواني", "Khalid Shwani", "lexicon")]),
    # a title before a name the rules cannot close (three words, none a given name they know)
    ("وقال وزير الصناعة منهل عزيز الخباز إن المعمل جاهز",
     [("منهل عزيز الخباز", "Manhal Aziz al-Khabbaz", "lexicon")]),
    # the full name keeps «السوداني» from being read as Sudan's nisba, «الأعرجي» from naming Qasim al-Araji
    ("وشارك عبد الفلاح السوداني وبهاء الأعرجي في الجلسة",
     [("عبد الفلاح السوداني", "Abd al-Falah al-Sudani", "lexicon"), ("بهاء الأعرجي", "Baha al-Araji", "lexicon")]),
])
def test_iraqi_ministers_by_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    # the words of a name that are also common words or given names are no one alone
    "وقدم الفريق العون للأهالي في الخطيب والحكيم",
    "وبقي المواطن وحيد في منزله ثم وصل كريم",
])
def test_words_of_listed_names_alone_are_no_one(text):
    assert people(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian surname alone, with no full name, title or verb of speech before it
    ("في عهد حكومة فرادكوف ثم كاسيانوف", [("فرادكوف", "Mikhail Fradkov", "lexicon"),
                                       ("كاسيانوف", "Mikhail Kasyanov", "lexicon")]),
    ("بحضور غوليكوفا ونوفاك وشوفالوف", [("غوليكوفا", "Tatyana Golikova", "lexicon"),
                                     ("نوفاك", "Alexander Novak", "lexicon"),
                                     ("شوفالوف", "Igor Shuvalov", "lexicon")]),
    # a given name the rules do not know, before a surname of no Russian shape
    ("وشاركت فيكتوريا أبرامتشينكو في المنتدى", [("فيكتوريا أبرامتشينكو", "Victoria Abramchenko", "lexicon")]),
    # a surname shared by others is listed only with its given name: alone it is left to the text
    ("وشارك غيرمان غريف في المنتدى", [("غيرمان غريف", "German Gref", "lexicon")]),
    ("وكان الجنرال جوكوف قائدا", [("جوكوف", "جوكوف", "title")]),
    # Russia's ambassador to Iraq 2006–2011, by his surname with no title before it
    ("في عهد تشاموف في بغداد", [("تشاموف", "Vladimir Chamov", "lexicon")]),
])
def test_russian_officials_by_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the US and Iranian officials the press names beside Russia's and Iraq's, surnames alone where no one else has them
    ("وانتقد رامسفيلد وتشيني قرار بريمر", [("رامسفيلد", "Donald Rumsfeld", "lexicon"),
                                        ("تشيني", "Dick Cheney", "lexicon"), ("بريمر", "Paul Bremer", "lexicon")]),
    ("والتقى لاريجاني وعبد اللهيان بالوفد", [("لاريجاني", "Ali Larijani", "lexicon"),
                                           ("عبد اللهيان", "Hossein Amir-Abdollahian", "lexicon")]),
    # «جي دي» before «فانس» is his initials, not an acronym
    ("وقال جي دي فانس إن", [("جي دي فانس", "JD Vance", "lexicon")]),
    # a surname shared by two listed people, or a word, is read only with its given name
    ("وقال جيروم باول ثم كولن باول", [("جيروم باول", "Jerome Powell", "lexicon"), ("كولن باول", "Colin Powell", "lexicon")]),
    ("وقال الزعيم الروحاني للطائفة", []),
    # the US ambassadors and commanders in Iraq, and the Russian party leaders who visited Baghdad before 2003
    ("وبحث بترايوس وكروكر خطة بغداد", [("بترايوس", "David Petraeus", "lexicon"), ("كروكر", "Ryan Crocker", "lexicon")]),
    ("زار جيرينوفسكي وزيوغانوف بغداد", [("جيرينوفسكي", "Vladimir Zhirinovsky", "lexicon"),
                                      ("زيوغانوف", "Gennady Zyuganov", "lexicon")]),
])
def test_us_and_iranian_officials_by_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Kurdish leaders' surnames with the article, as Iraqi pages write them; the surname alone is no one of them
    ("والتقى مسعود البارزاني وقوباد الطالباني بالوفد", [("مسعود البارزاني", "Masoud Barzani", "lexicon"),
                                                     ("قوباد الطالباني", "Qubad Talabani", "lexicon")]),
    ("وزار الوفد البارزاني", []),
    ("واستقبل نيجرفان البارزاني حفيد مصطفى البارزاني الوفد",
     [("نيجرفان البارزاني", "Nechirvan Barzani", "lexicon"), ("مصطفى البارزاني", "Mustafa Barzani", "lexicon")]),
    # the speaker of 2025 is not his kinsman, the speaker of 2018–2023, whose surname alone is listed
    ("واستقبل هيبت الحلبوسي الوفد", [("هيبت الحلبوسي", "Haibat al-Halbousi", "lexicon")]),
    # a sourced spelling of a listed Russian's surname
    ("وردت زخاروفا على الاتهامات", [("زخاروفا", "Maria Zakharova", "lexicon")]),
])
def test_other_spellings_of_listed_people(text, expected):
    assert people(text) == expected

"""The Russian side learnt from development batch zk, each on made-up sentences: a ministry's short form that is an
adjective of the noun before it, SIPRI and Russian bodies in the spellings of the press, ranges of years with a long
dash."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def entities(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # «الخارجية» qualifies the definite noun before it: foreign policy, foreign trade; the nisba is a demonym
    ("ارتبط اسمه بتوجيه السياسة الخارجية الروسية في المنطقة", [("الروسية", "country")]),
    ("وتراجعت التجارة الخارجية الروسية العام الماضي", [("الروسية", "country")]),
    # after a verb, a particle or «باسم», the short form is the ministry whose «وزارة» the press dropped
    ("وأفادت الخارجية الروسية بأن الوفد وصل", [("الخارجية الروسية", "organization")]),
    ("وقال المتحدث باسم الخارجية العراقية إن الوفد وصل", [("الخارجية العراقية", "organization")]),
])
def test_a_ministrys_short_form_after_a_definite_noun_is_an_adjective(text, expected):
    assert entities(text) == expected


def people(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "entity" and m.type == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # a patronymic between a given name and a surname belongs to the name: one person, not two
    ("وجاء في المرسوم إعفاء ميخائيل ليونيدوفيتش بوجدانوف من منصبه", ["ميخائيل ليونيدوفيتش بوجدانوف"]),
    ("واستقبلت فالنتينا إيفانوفنا ماتفيينكو الوفد العراقي", ["فالنتينا إيفانوفنا ماتفيينكو"]),
    ("وقال إيغور إيفانوفيتش سيتشن إن الشركة رابحة", ["إيغور إيفانوفيتش سيتشن"]),
    ("وكان فياتشيسلاف فيكتوروفيتش فولودين قد انتخب", ["فياتشيسلاف فيكتوروفيتش فولودين"]),
    # a surname in -ich is a surname: the verb or particle after it is no part of the name
    ("وقال أركادي دفوركوفيتش إن الوضع جيد", ["أركادي دفوركوفيتش"]),
    ("وكان رومان أبراموفيتش يشتري نادي تشيلسي", ["رومان أبراموفيتش"]),
])
def test_a_russian_patronymic_stays_inside_the_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphen may join the words of a known name, as a space does
    ("وأعلنت شركة ألماز-أنتي أنها سلمت المنظومات", [("ألماز-أنتي", "organization")]),
    # SIPRI in the spellings of the press: «استوكهولم» with an alef, short forms
    ("وقال معهد ستوكهولم للسلام في تقرير جديد", [("معهد ستوكهولم للسلام", "organization")]),
    ("وأعلن معهد استوكهولم الدولي لأبحاث السلام أمس تقريره",
     [("معهد استوكهولم الدولي لأبحاث السلام", "organization")]),
    # Russia's intelligence services named with the nisba are one body each
    ("وقالت الاستخبارات الخارجية الروسية إن الخطر قائم",
     [("الاستخبارات الخارجية الروسية", "organization")]),
    # the ruling party before the country's name alone; the Black Sea Fleet before the sea
    ("وفاز حزب روسيا الموحدة بالأغلبية", [("روسيا الموحدة", "organization")]),
    ("وأبحرت سفن أسطول البحر الأسود أمس", [("أسطول البحر الأسود", "organization")]),
    # the Russian MoD's spokesman by his surname alone, with no title or speech verb before it
    ("ووصف كوناشينكوف تلك التصريحات بالهراء", [("كوناشينكوف", "person")]),
])
def test_russian_bodies_and_people_of_the_lexicon(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Rosgvardia named with its nisba is one body, also with «لل» and with «قوات» before it
    ("ومنح القانون صلاحيات جديدة للحرس الوطني الروسي", [("للحرس الوطني الروسي", "organization")]),
    ("وانتشرت قوات الحرس الوطني الروسي في المدينة", [("قوات الحرس الوطني الروسي", "organization")]),
    # RIA Novosti in the spelling without its first «و», alone after «حسب»
    ("وحسب نوفستي فإن الزيارة تأجلت", [("نوفستي", "organization")]),
])
def test_the_national_guard_and_novosti_in_other_spellings(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place and the number 24 name a news outlet: quoted after «وكالة», or opening a dateline before a dash
    ("وقال البيان الذي اطلعت عليه وكالة”بغداد 24″: إن اللقاء مثمر", [("بغداد 24", "organization")]),
    ("بغداد 24 ــ العراق\nوصل الوفد", [("بغداد 24", "organization"), ("العراق", "country")]),
    ("وذكر موقع (لبنان 24) أن الوفد وصل", [("لبنان 24", "organization")]),
    # a count after a place, or a dateline's day, names no outlet
    ("وقتل في بغداد 24 شخصا أمس", [("بغداد", "city")]),
    ("موسكو 24 فبراير (سبوتنيك) أعلن الكرملين",
     [("موسكو", "city"), ("سبوتنيك", "organization"), ("الكرملين", "organization")]),
])
def test_outlets_named_by_a_place_and_the_number_24(text, expected):
    assert entities(text) == expected


def periods(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract(text, "2019-03-11") if m.kind == "period"]


@pytest.mark.parametrize(("text", "expected"), [
    # «بين» opens a range joined by a dash as it opens one joined by «و» (the guide's «بين … و…»)
    ("وزادت الواردات بين عامي 2009 — 2013 بنسبة كبيرة", [("بين عامي 2009 — 2013", "2009/2013")]),
    ("وزادت الواردات بين عامي 2009 و2013 بنسبة كبيرة", [("بين عامي 2009 و2013", "2009/2013")]),
    # a range after «الفترة» keeps its first year as the start
    ("وشكلت 35 % من الواردات في الفترة 2014-2018", [("2014-2018", "2014/2018")]),
])
def test_a_range_of_years_opened_by_bayna_with_a_dash(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline of a country, its city and the outlet between slashes names the outlet last
    ("العراق / بغداد / وطننا /\nكشف تقرير جديد", [("العراق", "country"), ("بغداد", "city"), ("وطننا", "organization")]),
    # two places between slashes name no outlet
    ("العراق / بغداد\nكشف تقرير جديد", [("العراق", "country"), ("بغداد", "city")]),
])
def test_a_dateline_of_places_and_the_outlet_between_slashes(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ambassadors and ministers of the sourced lists, by the spellings of the press; a given name of two words
    # no list knows («عظمة الله»), and surnames alone after a verb that is no speech verb
    ("وقلد المقداد السفير عظمة الله كولمحمدوف وسام الاستحقاق", ["عظمة الله كولمحمدوف"]),
    # a known person right after a title is the one it describes: «وسام» after him is a medal, not Wisam
    ("وأقال الرئيس سيرديوكوف من منصبه", ["سيرديوكوف"]),
    ("ونعى المجلس كيربيتشينكو بمزيد من الأسى", ["كيربيتشينكو"]),
    ("وخلف يفيموف زميله كينشاك في المنصب", ["يفيموف", "كينشاك"]),
])
def test_russian_envoys_and_ministers_of_the_lexicon(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description with the article right before the quoted name it introduces is no name: the name and the nisba
    ("وعين الرئيس السابق للوكالة الفيدرالية الروسية للثروات الباطنية “روسغيدرا” وزيرا",
     [("الروسية", "country"), ("روسغيدرا", "organization")]),
    ('وقالت الشركة الروسية لتصدير الأسلحة "روس أوبورون إكسبورت" إن العقد جاهز',
     [("الروسية", "country"), ("روس أوبورون إكسبورت", "organization")]),
    # the description alone, with no quoted name after it, names the body
    ("وقالت الهيئة الفيدرالية للتعاون العسكري التقني إن العقد جاهز",
     [("الهيئة الفيدرالية للتعاون العسكري التقني", "organization")]),
])
def test_a_description_before_the_quoted_name_it_introduces(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head and OPEC's name with its «+» are one name, OPEC+, as «أوبك+» alone is
    ("وقالت منظمة أوبك+ إن الخفض مستمر", [("منظمة أوبك+", "organization")]),
    ("وقالت منظمة أوبك إن الخفض مستمر", [("منظمة أوبك", "organization")]),
])
def test_opec_plus_after_its_head(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the intergovernmental commission: the head, three adjectives (two of them the countries' nisbas) and the
    # closing one are one body
    ("وعقدت اللجنة الحكومية الروسية العراقية المشتركة اجتماعها",
     [("اللجنة الحكومية الروسية العراقية المشتركة", "organization")]),
    ("وعقدت اللجنة الحكومية العراقية-الروسية المشتركة اجتماعها",
     [("اللجنة الحكومية العراقية-الروسية المشتركة", "organization")]),
])
def test_the_joint_commission_with_three_adjectives(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian's initials before the surname belong to the name, glued or spaced
    ("وأجرى الوزير س.ف.لافروف محادثات مع نظيره", [("س.ف.لافروف", "person")]),
    ("ورئيس المعهد، س. ي. بروكوفييف.", [("س. ي. بروكوفييف", "person")]),
    # an academic title's letters are no initials; a word's last letter before a full stop is no initial
    ("وقال د. لافروف إن الزيارة مهمة", [("لافروف", "person")]),
    ("وصل الوفد إلى موسكو. لافروف قال إن", [("موسكو", "city"), ("لافروف", "person")]),
    # initials before a word of no Russian shape name no one
    ("وقال م. الكبير إن الزيارة مهمة", []),
])
def test_russian_initials_before_the_surname(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «على» after a body named with its nisba opens the verb's object, not the body's complement
    ("وصادق المجلس الاتحادي الروسي على الاتفاقية", [("المجلس الاتحادي الروسي", "organization")]),
    # after a complement with «ل», «على» and its object belong to the body's name
    ("وقالت الوكالة العراقية للرقابة على المواد المشعة إن العمل مستمر",
     [("الوكالة العراقية للرقابة على المواد المشعة", "organization")]),
])
def test_ala_after_a_body_without_a_complement(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition or relative pronoun the key reads with the article («إلى» → «الي») ends a body's name
    ("وقال الهيئة العامة للنفط إلى بغداد إن الأمر مهم", [("الهيئة العامة للنفط", "organization"), ("بغداد", "city")]),
    ("وقالت الهيئة العامة للنفط التي تأسست حديثا إن الأمر مهم", [("الهيئة العامة للنفط", "organization")]),
])
def test_prepositions_and_relatives_end_a_bodys_name(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «على» after a complement that does not govern it opens the verb's object (data/ala_complements.csv)
    ("ووافقت الهيئة الوطنية للاستثمار على المشروع", [("الهيئة الوطنية للاستثمار", "organization")]),
    ("وحصلت الشركة العامة لتسويق النفط على العقد", [("الشركة العامة لتسويق النفط", "organization")]),
    ("وقالت الهيئة العراقية للسيطرة على المصادر المشعة إن العمل مستمر",
     [("الهيئة العراقية للسيطرة على المصادر المشعة", "organization")]),
])
def test_ala_only_after_a_verbal_noun_that_governs_it(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a variant's letters spelt out after the number belong to the weapon, not to a spelled acronym of a body
    ("وتسلم العراق دبابات تي-90 إس إم الروسية", [("العراق", "country"), ("تي-90 إس إم", "weapon_system"),
                                                   ("الروسية", "country")]),
    ("وقال إن طائرة ميغ-29 إس إم تي وصلت", [("ميغ-29 إس إم تي", "weapon_system")]),
])
def test_spelt_variants_of_russian_weapons(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun's letters spelt out name no body (not_acronyms.csv); a body's still do
    ("وأظهر فحص دي إن إيه أن الجثة تعود له", []),
    ("وتم تحديد الموقع عبر جي بي إس", []),
    ("وقالت شبكة سي إن إن إن الوضع صعب", [("سي إن إن", "organization")]),
])
def test_spelt_common_nouns_are_no_acronyms_of_bodies(text, expected):
    assert entities(text) == expected


def test_the_egyptian_spelling_of_georgy_is_a_given_name():
    # «جيورجى» with a final «ى», as Akhbar el-Yom writes Borisenko's given name, before a surname of no Russian shape
    assert people("وقال جيورجى شالا إن التعاون مستمر") == ["جيورجى شالا"]


@pytest.mark.parametrize(("text", "expected"), [
    # a council or the central bank and the state's formal name after «في» or «ل» are one body, as a ministry is
    ("وقال مجلس الأمن في الاتحاد الروسي إن الخطر قائم", [("مجلس الأمن في الاتحاد الروسي", "organization")]),
    ("وقال البنك المركزي للاتحاد الروسي إن الروبل مستقر", [("البنك المركزي للاتحاد الروسي", "organization")]),
    # after the state's usual name the country is apart, as «وزارة النفط في العراق»
    ("وقال البنك المركزي في العراق إن الدينار مستقر", [("البنك المركزي", "organization"), ("العراق", "country")]),
])
def test_russian_bodies_named_with_the_states_formal_name(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # given names of two words no list knows, read from the lexicon with the surname
    ("والتقى زليم خان متسيويف الوفد", ["زليم خان متسيويف"]),
    ("وقاد يونس بك يفكوروف الوفد", ["يونس بك يفكوروف"]),
])
def test_russian_officials_with_given_names_of_two_words(text, expected):
    assert people(text) == expected


def test_the_carnegie_institute_in_the_spelling_with_jim():
    assert entities("وقال المحلل في معهد كارنجي في موسكو إن") == [("معهد كارنجي", "organization"), ("موسكو", "city")]


@pytest.mark.parametrize(("text", "expected"), [
    # a tatweel standing alone between two years is a dash: one range, not two years
    ("تراجعت الصادرات في الفترة 2018 ــ 2022 بنسبة كبيرة", [("2018 ــ 2022", "2018/2022")]),
    # a tatweel dash in a dateline before a date joins nothing
    ("بغداد ـ 5 آذار 2019 أعلن الوزير", []),
])
def test_a_tatweel_dash_joins_two_years(text, expected):
    assert periods(text) == expected

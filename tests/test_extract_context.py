"""Recognisers generalised on the corpus's dev split, each on made-up sentences: names after titles and heads,
acronyms in parentheses, relative dates with a weekday, parts of a year, field phases after a dash."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def found(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    """The entities of *text* as ``(text, type, found_by)``."""
    return [(m.text, m.type, m.found_by) for m in extract(text, published) if m.kind == "entity"]


def people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.found_by) for m in extract(text) if m.kind == "entity" and m.type == "person"]


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in extract(text, published) if m.kind in ("date", "period")]


@pytest.mark.parametrize(("text", "expected"), [
    # a title now in person_titles.csv
    ("وقال الناطق الرسمي باسم وزارة الزراعة عاصم سلمان إن الموسم جيد", [("عاصم سلمان", "title")]),
    # a chain of «بن» is the whole name: the word with the article after it is not a family name
    ("استقبل الأمير عبدالله بن فيصل بن تركي الوفد", [("عبدالله بن فيصل بن تركي", "title")]),
    ("وحضر وكيل وزارة التجارة محمد كاظم الجبوري الاجتماع", [("محمد كاظم الجبوري", "title")]),
    # after a title, a given name the lists do not know, before a surname of Russian shape
    ("وأعلن السفير الروسي في عمان، إيلدار غالييف، أن بلاده مستعدة", [("إيلدار غالييف", "title")]),
    # the title's complement holds a quoted name; the person follows the closing quote
    ('وقال مدير شركة "نوفاتيك" وحيد سلطانوف إن العقد جاهز', [("وحيد سلطانوف", "title")]),
    # «عبدال…» written as one word is a given name
    ("وقال عبدالرحمن الراشد إن القرار نهائي", [("عبدالرحمن الراشد", "speech")]),
    # «ل» or «ب» glued to a given name that is no word, before a family nisba: the person, the particle left out
    ("وفي حديث لأحمد الجبوري قال إن الاتفاق مهم", [("أحمد الجبوري", "shape")]),
    ("وأشاد الوزير بسامي الحسيني ودوره", [("سامي الحسيني", "shape")]),
    ("وأثنى على الجهود بحسن النية", []),  # «حسن» is also «good»: no name behind «ب»
    # an adverb of time between the title's complement and the name (title_adverbs.csv) is passed over
    ("وقال وزير الكهرباء آنذاك كريم عفتان إن الأزمة ستنتهي", [("كريم عفتان", "title")]),
    ("وكان الحاكم العسكري للمدينة، حينها، جون سميث، قد أعلن", [("جون سميث", "title")]),
    ("وقال وزير الكهرباء حاليا إن الأزمة ستنتهي", []),
    # a known given name opens a name in parentheses right after a title: the person, as a quoted name
    ("وأكد رئيس المحكمة القاضي (جاسم العبودي) استمرار التحقيق", [("جاسم العبودي", "title")]),
    ("وقال مدير الشركة (عادل) إن", []),  # one word in parentheses: no name of two words
])
def test_people_found_by_title_or_speech(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname the lexicon knows alone, after a given name no list knows, before what the speaker said: another man
    # of the family, named as written, not the known one
    ("وقال رئيس لجنة النقل في البرلمان ريكان الحلبوسي في تصريح إن الطريق جاهز", [("ريكان الحلبوسي", "title")]),
    ("وقال النائب ريكان الحلبوسي إن الاتفاق مهم", [("ريكان الحلبوسي", "title")]),
    # no title before them: the name rules read the whole name after the verb of speech, across the known surname
    ("وقال ريكان الحلبوسي إن الاتفاق مهم", [("ريكان الحلبوسي", "speech")]),
    ("وأضاف ريكان الحلبوسي في تصريح أن الطريق جاهز", [("ريكان الحلبوسي", "speech")]),
    # a kinship noun before the surname (not_names.csv) is no given name: the known man
    ("وقال نجل الحلبوسي إن الاتفاق مهم", [("الحلبوسي", "lexicon")]),
    # the word after a title without the article is its complement (a party), not a given name: the known man
    ("وقال رئيس تقدم الحلبوسي إن الاتفاق مهم", [("الحلبوسي", "lexicon")]),
    # no statement after them: a noun of the clause may stand before the surname, which is read as the lexicon has it
    ("وأيد النائب قرار الحلبوسي، مؤكدا أهميته", [("الحلبوسي", "lexicon")]),
])
def test_an_unknown_given_name_before_a_known_surname(text, expected):
    assert people(text) == expected
    assert all(m.value != "Mohamed al-Halbousi" for m in extract(text) if m.text != "الحلبوسي")


def test_a_surname_met_again_takes_the_given_name_before_it_without_its_proclitic():
    text = "قال السفير الروسي إيلدار غالييف إن الوضع هادئ، ثم التقى الوزير وإيلدار غالييف مساء."
    assert people(text) == [("إيلدار غالييف", "title"), ("إيلدار غالييف", "title")]


def test_an_ambiguous_given_name_alone_is_no_name():
    assert people("هذا هو الحل الوحيد وحيد في بابه") == []


@pytest.mark.parametrize(("text", "expected"), [
    # new heads in org_patterns.csv
    ("أعلنت قيادة العمليات الخاصة العراقية بدء الهجوم",  # (the joint command is in the lexicon)
     [("قيادة العمليات الخاصة العراقية", "organization", "pattern")]),
    ("شارك الوزير في منتدى دافوس الاقتصادي العالمي", [("منتدى دافوس الاقتصادي العالمي", "organization", "pattern")]),
    ("وصلت الشاحنات إلى معبر طريبيل الحدودي", [("معبر طريبيل", "region", "pattern")]),
    ("أعلن تنظيم “الدولة” مسؤوليته", [("الدولة", "organization", "lexicon")]),  # «تنظيم الدولة», quoted word
    ("انتشرت قوات فاغنر في المنطقة", [("قوات فاغنر", "organization", "pattern")]),
    # «تنظيم» without quotes is also «organising»: nothing
    ("ناقش الاجتماع تنظيم الانتخابات المقبلة", []),
    # a quoted name that starts with its head noun
    ("تدعم واشنطن “قوات الصناديد” في الشمال", [("قوات الصناديد", "organization", "pattern"),
                                             ("واشنطن", "city", "lexicon")]),
    # a newspaper's name in parentheses after its head noun
    ("نشرت صحيفة (الغد الجديد) تقريرا", [("الغد الجديد", "organization", "pattern")]),
    # after a short head and its word with the article, a noun that is no adjective is the clause's, not the name's
    ("والتزمت وزارة النفط الصمت إزاء الاتفاق", [("وزارة النفط", "organization", "pattern")]),
    ("وقالت وزارة الصناعة الاتحادية إن", [("وزارة الصناعة الاتحادية", "organization", "pattern")]),
    # what a body deals with («المعنية بـ») stays out of its name, but for the state it belongs to after it
    ("أعلنت وزارة الطاقة المعنية بالكهرباء أنها", [("وزارة الطاقة", "organization", "pattern")]),
    ("أعلنت وزارة الطاقة المعنية بالكهرباء في روسيا الاتحادية أنها",
     [("وزارة الطاقة المعنية بالكهرباء في روسيا الاتحادية", "organization", "pattern")]),
])
def test_organisations_by_head_noun(text, expected):
    assert sorted(found(text)) == sorted(expected)


def values(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, value)``."""
    return [(m.text, m.value) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # «لل» before a head with the article stays in the span, as «للعراق»; the value is the head's, without clitics
    ("وقال المستشار الاقتصادي للسفارة الروسية إن الشركات ستعمل", [("للسفارة الروسية", "السفارة الروسية")]),
    ("وأشاد الوزير بالدعم وللحكومة المركزية العراقية موقف واضح",
     [("للحكومة المركزية العراقية", "الحكومة المركزية العراقية")]),
    # «ل» before «اللجنة» drops the article's lam too: the value gets «ال» back, not «الجنة»
    ("وقدم الوفد تقريرا للجنة العراقية الروسية المشتركة", [("للجنة العراقية الروسية المشتركة",
                                                            "اللجنة العراقية الروسية المشتركة")]),
    # «ل» before a head without the article is out of the span, and the head keeps its own «ل»
    ("وقدم الوفد تقريرا للجنة النفط والغاز", [("لجنة النفط والغاز", "لجنة النفط والغاز")]),
    # names that open with the letters of a clitic keep them: they are no head behind a proclitic
    ("وقال المتحدث باسم الحكومة باسم العوادي إن الاتفاق قريب", [("باسم العوادي", "باسم العوادي")]),
    ("وقال وزير النقل وليد حامد شلتاغ إن الميناء جاهز", [("وليد حامد شلتاغ", "وليد حامد شلتاغ")]),
    ("وذكرت لبنان نيوز أن الوفد وصل", [("لبنان نيوز", "لبنان نيوز")]),
    ("وقال في تصريح للبنان نيوز إن الوفد وصل", [("للبنان نيوز", "للبنان نيوز")]),  # never «البنان»
])
def test_a_names_value_drops_the_clitic_glued_to_its_head(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قالت “قوات الصناديد” (قصد) إن", [("قوات الصناديد", "organization", "pattern"),
                                      ("قصد", "organization", "acronym")]),
    ("انضمت إلى منظمة الدول المصدرة للنفط (OPEC) عام 1961",  # the name is in the organisations' gazetteer
     [("منظمة الدول المصدرة للنفط", "organization", "lexicon"), ("OPEC", "organization", "pattern")]),
    ("انضمت إلى منظمة الدول المصدرة للقطن (OPCC) عام 1961",
     [("منظمة الدول المصدرة للقطن", "organization", "pattern"), ("OPCC", "organization", "pattern")]),
    # an adverb or a date word in parentheses is no acronym
    ("وقالت وزارة النفط (سابقا) إن", [("وزارة النفط", "organization", "pattern")]),
    ("وقالت وزارة النفط (أمس) إن", [("وزارة النفط", "organization", "pattern")]),
])
def test_a_short_word_in_parentheses_after_an_organisation_is_its_acronym(text, expected):
    assert found(text) == expected


def test_an_acronym_in_parentheses_takes_the_organisations_canonical_name():
    rows = [m for m in extract("قالت “قوات الصناديد” (قصد) إن") if m.kind == "entity"]
    assert rows[1].value == rows[0].value == "قوات الصناديد"


def test_an_indefinite_oil_adjective_is_no_fields_name():
    assert found("ويعتبر ثاني أكبر حقل نفطي في العالم") == []


def test_a_fields_phase_after_an_en_dash_belongs_to_its_name():
    assert ("حقل مجنون – 2", "oil_field") in [(t, ty) for t, ty, _ in found("بدأ الإنتاج من حقل مجنون – 2 أمس")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # «أمس» before a weekday: the latest such weekday up to publication, one span
    ("وصل الوفد إلى بغداد أمس الأحد.", "2003-04-07", [("أمس الأحد", "2003-04-06")]),
    ("عاد السفير امس الثلاثاء.", "2003-04-09", [("امس الثلاثاء", "2003-04-08")]),
    # «اليوم» dates a statement reported with «قوله»; with its weekday in parentheses it is one date, as «أمس الأحد»
    ("نقلت الوكالة عن الوزير اليوم قوله إن", "2003-04-07", [("اليوم", "2003-04-07")]),
    ("أفادت القناة اليوم (الجمعة) أن", "2021-08-13", [("اليوم (الجمعة)", "2021-08-13")]),
    ("وقال المتحدث أمس ( الخميس ) إن", "2021-08-13", [("أمس ( الخميس )", "2021-08-12")]),
    # an unclosed bracket joins nothing
    ("أفادت القناة اليوم (الجمعة أن", "2021-08-13", [("اليوم", "2021-08-13"), ("الجمعة", "2021-08-13")]),
    # a part of the year is kept in the span, as a part of a month is
    ("سيبدأ الإنتاج مطلع العام 2014 كما قال", None, [("مطلع العام 2014", "2014")]),
    # the dual «المقبلين» after two month names
    ("يبدأ الضخ نهاية آذار/مارس–مطلع نيسان/أبريل المقبلين.", "2014-01-24",
     [("نهاية آذار/مارس–مطلع نيسان/أبريل المقبلين", "2014-03/2014-04")]),
])
def test_relative_dates_and_parts_of_a_year(text, published, expected):
    assert dates(text, published) == expected


def test_nowadays_is_still_no_date():
    assert dates("العراق اليوم يواجه تحديات كبيرة", "2021-08-13") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a two-word surname (data/name_compounds.csv) met alone keeps both words
    ("قال رئيس الوزراء عادل عبد المهدي إن الحوار مستمر، وأكد عبد المهدي الحرص على التعاون",
     [("عادل عبد المهدي", "lexicon"), ("عبد المهدي", "lexicon")]),
    ("وقال وزير الزراعة نزار خير الله إن الموسم جيد، وأضاف خير الله أن", [("نزار خير الله", "title"),
                                                                       ("خير الله", "title")]),
])
def test_two_word_surnames_met_again(text, expected):
    assert people(text) == expected


def test_a_nisba_that_is_a_named_persons_surname_is_that_person_unless_it_qualifies_a_noun():
    assert people("أن حكومة السوداني مصرة على تسليح الجيش برئاسة محمد شياع السوداني") == [
        ("السوداني", "lexicon"), ("محمد شياع السوداني", "lexicon")]
    assert ("السوداني", "Sudan", "country") in [
        (m.text, m.value, m.type) for m in extract("التقى الرئيس السوداني بنظيره محمد شياع السوداني")]
    # a government named with a masculine nisba is no body: the nisba does not agree with «حكومة»
    assert [t for t, ty, _ in found("أن حكومة السوداني مصرة") if ty == "organization"] == []
    # «لل» before it makes the person's genitive even after a definite noun, as no adjective takes «لل»; the word whole
    assert found("وأوضح المكتب الإعلامي للسوداني في بيان أن الاتصال بحث الطاقة") == [("للسوداني", "person", "lexicon")]


@pytest.mark.parametrize(("text", "expected"), [
    # counted back from the publication date (data/counted_relative_dates.csv)
    ("وقع الاتفاق قبل ثلاثة أعوام", [("date", "قبل ثلاثة أعوام", "2016", "relative")]),
    ("لم يزر بغداد منذ عامين", [("date", "منذ عامين", "2017", "since")]),
    ("أعلن ذلك قبل يومين", [("date", "قبل يومين", "2019-06-10", "relative")]),
    ("وصل قبل أسبوعين", [("date", "قبل أسبوعين", "2019-W22", "relative")]),
    # a period of whole units before or after the publication's own
    ("ارتفع خلال العامين الماضيين", [("period", "العامين الماضيين", "2017/2018", "relative")]),
    ("في الأعوام الثلاثة الماضية", [("period", "الأعوام الثلاثة الماضية", "2016/2018", "relative")]),
    ("خلال السنوات الثلاث المقبلة", [("period", "السنوات الثلاث المقبلة", "2020/2022", "relative")]),
    ("في الأشهر الستة الماضية", [("period", "الأشهر الستة الماضية", "2018-12/2019-05", "relative")]),
    # not counted from publication: before an event, before a named month, a written year, or how many unsaid
    ("قبل يومين من الانتخابات", []),
    ("قبل شهر رمضان", []),
    ("قبل أيام", []),
    ("في السنوات الماضية", []),
    ("منذ عام 2003", [("date", "منذ عام 2003", "2003", "since")]),
    # a hedge between the anchor and the count stays inside the span
    ("وقع الاتفاق قبل نحو عامين", [("date", "قبل نحو عامين", "2017", "relative")]),
])
def test_counted_relative_dates(text, expected):
    assert [(m.kind, m.text, m.value, m.qualifier) for m in extract(text, "2019-06-12")
            if m.kind in ("date", "period")] == expected


def test_counted_relative_dates_stay_unresolved_without_a_publication_date():
    assert [(m.text, m.value) for m in extract("وقع الاتفاق قبل ثلاثة أعوام") if m.kind == "date"] == [
        ("قبل ثلاثة أعوام", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a country whose bare name is also a common word is read in a list of countries only
    ("تشمل الجولة مالي وموريتانيا والسودان", [("مالي", "Mali"), ("موريتانيا", "Mauritania"), ("السودان", "Sudan")]),
    ("زار الوفد العراق ومالي", [("العراق", "Iraq"), ("مالي", "Mali")]),
    ("قدمت دعم مالي وعسكري للعراق", [("للعراق", "Iraq")]),
    ("وقال إن العراق مالي الطابع", [("العراق", "Iraq")]),
])
def test_a_bare_name_that_is_also_a_word_is_a_country_only_in_a_list(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("سيصل الوفد غدا الخميس إلى بغداد", [("غدا الخميس", "2019-06-13")]),
    ("ستعقد الجلسة يوم غد", [("يوم غد", "2019-06-13")]),
    ("سقطت قذائف الليلة الماضية", [("الليلة الماضية", "2019-06-11")]),
])
def test_tomorrow_and_last_night(text, expected):
    assert dates(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قرر مجلس الوزراء في جلسته", [("مجلس الوزراء", "organization", "pattern")]),
    ("أعلن جهاز المخابرات العراقي", [("جهاز المخابرات العراقي", "organization", "pattern")]),
    ("قال الجيش الروسي", [("الجيش الروسي", "organization", "pattern")]),
    ("أعلنت القنصلية الروسية", [("القنصلية الروسية", "organization", "pattern")]),
    ("أعلنت المفوضية العليا المستقلة للانتخابات", [("المفوضية العليا المستقلة للانتخابات", "organization", "pattern")]),
    # «جهاز» is also «device», «مجلس» also a gathering: no body without the article or a nisba
    ("اشترى جهاز الكمبيوتر", []),
    ("أقيم مجلس عزاء", []),
    # a nisba agrees with its head: masculine after «الجيش», feminine after «القوات»
    ("قال الجيش الروسي والقوات الأمريكية", [("الجيش الروسي", "organization", "pattern"),
                                         ("القوات الأمريكية", "organization", "lexicon")]),
])
def test_bodies_named_by_head_and_description(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «مدير عام» is one title; a head noun with a proclitic («لشركة») belongs to the complement
    ("وصرح مدير عام شركة نفط الجنوب سالم حمزة بأن", [("سالم حمزة", "title")]),
    ("قال الرئيس التنفيذي لشركة لوك أويل إيلدار سلطانوف إن", [("إيلدار سلطانوف", "title")]),
    # an ambiguous given name («نبيل»: noble) before a family name with the article, at the end of the complement
    ("وقال الخبير الاقتصادي نبيل المرسومي إن", [("نبيل المرسومي", "title")]),
    ("وقال عضو لجنة النفط والطاقة النيابية جمال كوجر إن", [("جمال كوجر", "title")]),
    # a title with no name after it is no name
    ("أكد مدير المكتب الإعلامي أن القرار نهائي", []),
])
def test_titles_with_long_complements(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # blocs, parties and banks named by one word with the article after their head
    ("أعلن تحالف الفتح", [("تحالف الفتح", "organization", "pattern")]),
    ("قال ائتلاف النصر", [("ائتلاف النصر", "organization", "pattern")]),
    ("قال تيار الحكمة", [("تيار الحكمة", "organization", "pattern")]),
    ("وقع مصرف الوركاء", [("مصرف الوركاء", "organization", "pattern")]),  # «مصرف الرافدين» is in entities.csv
    # «التيار الكهربائي» is an electric current
    ("انقطع التيار الكهربائي", []),
])
def test_blocs_parties_and_banks(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a compass word before a known place is part of a field's name; two fields joined by «و» stay two
    ("بدأ الحفر في حقل شرق بغداد النفطي", [("حقل شرق بغداد", "oil_field")]),
    ("في حقل بدرة وحقل الغراف", [("حقل بدرة", "oil_field"), ("حقل الغراف", "oil_field")]),
    # after a dual or plural head, each listed field alone: known fields or names without the article
    ("لتطوير حقلي كورمور وجمجمال", [("كورمور", "oil_field"), ("جمجمال", "oil_field")]),
    ("في حقول مجنون وغرب القرنة 2", [("مجنون", "oil_field"), ("غرب القرنة 2", "oil_field")]),
    # «حقول النفط والغاز» (oil and gas fields) names no field
    ("تطوير حقول النفط والغاز", []),
])
def test_oil_fields_named_and_listed(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised name in Latin letters after a company's or an agency's head noun
    ("قالت شركة Lukoil الروسية", [("Lukoil", "organization", "pattern"), ("الروسية", "country", "lexicon")]),
    ("أعلنت شركة Gazprom Neft", [("Gazprom Neft", "organization", "pattern")]),
    ("نقلت وكالة Bloomberg", [("وكالة Bloomberg", "organization", "pattern")]),  # an agency's head stays in its span
    # all capitals is an acronym (its own rule); lower case is no name
    ("قالت شركة BP", [("BP", "organization", "pattern")]),
    ("كتب شركة lukoil", []),
])
def test_latin_names_after_a_head_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the agency in parentheses after a report's dateline (a place that opens a line)
    ("بغداد (أ ف ب) - قال مسؤول", [("بغداد", "Baghdad", "city"), ("أ ف ب", "أ ف ب", "organization")]),
    ("سطر أول.\nعمان (بترا) - قال الوزير", [("عمان", "Amman", "city"), ("بترا", "بترا", "organization")]),
    # a place inside a sentence is no dateline
    ("قال إن بغداد (العاصمة) - كما قال", [("بغداد", "Baghdad", "city")]),
])
def test_the_agency_of_a_dateline(text, expected):
    assert [(m.text, m.value, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الانفجار فجر اليوم", [("فجر اليوم", "2020-03-05")]),
    ("ازدهرت التجارة في منتصف التسعينيات", [("منتصف التسعينيات", "1990/1999")]),
    ("خلال السنوات العشر الماضية", [("السنوات العشر الماضية", "2010/2019")]),
    ("في الشهر قبل الماضي", [("الشهر قبل الماضي", "2020-01")]),
])
def test_parts_of_today_and_decades_and_the_month_before_last(text, expected):
    assert dates(text, "2020-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name of several words after a head noun is read whole
    # unquoted after «صحيفة» the head stays in the name, a nisba after it or not (tests/corpus/README.md)
    ("وقالت صحيفة موسكوفسكي كومسوموليتس الروسية إن", [("صحيفة موسكوفسكي كومسوموليتس", "organization", "pattern"),
                                                     ("الروسية", "country", "lexicon")]),
    ("ونقلت صحيفة ديلي ميل البريطانية عن مصادر", [("صحيفة ديلي ميل", "organization", "pattern"),
                                                ("البريطانية", "country", "lexicon")]),
    ("ونقلت صحيفة ديلي ميل عن مصادر", [("صحيفة ديلي ميل", "organization", "pattern")]),
    ("قالت شركة ساوث أويل كمباني إن", [("ساوث أويل كمباني", "organization", "pattern")]),  # «نورث أويل كمباني» is known now
    # the name stops at a word with the article, a preposition or a particle; unquoted right after «صحيفة», the
    # head is part of the name as the press writes it (tests/corpus/README.md), as «وكالة رويترز»
    ("ونقلت صحيفة كوميرسانت عن مصدر", [("صحيفة كوميرسانت", "organization", "lexicon")]),
    ("وقالت صحيفة بروفيل إن المحادثات", [("صحيفة بروفيل", "organization", "pattern")]),
    # an indefinite object after a company's name is no part of it
    ("وقعت شركة ترانسماش عقدا مع الوزارة", [("ترانسماش", "organization", "pattern")]),
])
def test_a_foreign_name_after_a_head_noun_keeps_all_its_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lexicon phrase does not run across an opening quote: the name is the quoted words
    ("وأعلن تنظيم “الدولة” مسؤوليته", [("الدولة", "ISIS")]),
    ('وأعلن تنظيم "الدولة الإسلامية" مسؤوليته', [("الدولة الإسلامية", "ISIS")]),
    # the whole phrase in quotes, or no quotes, is the whole phrase
    ("والحرب ضد “تنظيم الدولة الإسلامية” في سوريا", [("تنظيم الدولة الإسلامية", "ISIS"), ("سوريا", "Syria")]),
    ("والمعلومات عن تنظيم الدولة وامتداداته", [("تنظيم الدولة", "ISIS")]),
])
def test_a_lexicon_name_does_not_run_across_an_opening_quote(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month named alone opens a range when another month and a year close it
    ("في الفترة من يناير إلى مارس 2019", [("من يناير إلى مارس 2019", "2019-01/2019-03")]),
    ("من أيار حتى تموز من عام 2015", [("من أيار حتى تموز من عام 2015", "2015-05/2015-07")]),
    ("بين كانون الثاني و آذار 2019", [("بين كانون الثاني و آذار 2019", "2019-01/2019-03")]),
    # a month alone without a range word before it stays no date
    ("يناير إلى مارس 2019", [("مارس 2019", "2019-03")]),
    ("من يناير وقال في مارس 2019", [("مارس 2019", "2019-03")]),
])
def test_a_range_of_months_sharing_one_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian state corporations spelt in several words are the corporation, not the demonym «روس»
    ("وقالت شركة روس أتوم الروسية", [("روس أتوم", "Rosatom"), ("الروسية", "Russia")]),
    ("وقال رئيس مؤسسة روس أوبورون إكسبورت", [("روس أوبورون إكسبورت", "Rosoboronexport")]),
    ("ووقعت شركة زاروبيج نفط عقدا", [("زاروبيج نفط", "Zarubezhneft")]),
])
def test_russian_state_corporations_in_several_words(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal after a week or a month counts that unit: no day of the month
    ("في الأسبوع الأول من الشهر الجاري", [("الشهر الجاري", "2020-03")]),
    ("في الأسبوع الأول من آذار 2019", [("آذار 2019", "2019-03")]),
    # an ordinal alone, or after «اليوم», is the day
    ("في الخامس من الشهر الجاري", [("الخامس من الشهر الجاري", "2020-03-05")]),
    ("في الأول من آذار 2019", [("الأول من آذار 2019", "2019-03-01")]),
])
def test_an_ordinal_week_is_no_day(text, expected):
    assert dates(text, "2020-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym spelt letter by letter in parentheses after an organisation is its acronym
    ("ونقلت وكالة فرانس برس (أ ف ب) عن مصدر", [("وكالة فرانس برس", "Agence France-Presse", "lexicon"),
                                               ("أ ف ب", "Agence France-Presse", "acronym")]),
    ("وأعلنت قوات سوريا الديمقراطية (قسد) أن", [("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "lexicon"),
                                              ("قسد", "Syrian Democratic Forces", "lexicon")]),
    # letters in parentheses after a person are no acronym
    ("وقال الوزير (أ ب) إن", []),
])
def test_spelt_acronyms_in_parentheses(text, expected):
    assert [(m.text, m.value, m.found_by) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Iraqi governorates and cities of entities.csv
    ("وحقل عكاز الغازي في الأنبار", [("حقل عكاز", "oil_field"), ("الأنبار", "region")]),
    ("ونقل المصابون من الناصرية إلى بعقوبة", [("الناصرية", "city"), ("بعقوبة", "city")]),
    ("وتقع أم قصر جنوب البصرة", [("أم قصر", "city"), ("البصرة", "city")]),
])
def test_iraqi_governorates_and_cities(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two letter names are an acronym only when neither is also a word: «إن» is «that»
    ("وقال مسؤول آي إن العراق يريد", [("العراق", "Iraq")]),
    ("وقال موقع ميدل إيست آي إن المحادثات", [("ميدل إيست آي", "Middle East Eye")]),
    ("وقالت شبكة سي إن إن إن المحادثات", [("سي إن إن", "CNN")]),
    ("وبثت بي بي سي التقرير", [("بي بي سي", "BBC")]),
])
def test_spelt_acronyms_of_two_letters_need_two_unambiguous_letters(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Friday prayer is a rite, not a date; «يوم الجمعة» is a day
    ("وألقى خطبة صلاة الجمعة في كربلاء", []),
    ("وقال يوم الجمعة الماضي", [("يوم الجمعة الماضي", "2020-02-28")]),
    # «على الأقل» (at least) after a counted date does not make it «two years before …»
    ("وقال إن المحادثات بدأت منذ عامين على الأقل", [("منذ عامين", "2018")]),
    ("قبل عامين على الغزو", []),
])
def test_rites_and_hedges_around_relative_dates(text, expected):
    assert dates(text, "2020-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first or last months of a year (year_parts.csv), as quarters and halves are read
    ("خلال الأشهر الستة الأولى من 2019", [("الأشهر الستة الأولى من 2019", "2019-01/2019-06")]),
    ("في الأشهر التسعة الأولى من العام الماضي", [("الأشهر التسعة الأولى من العام الماضي", "2019-01/2019-09")]),
    ("في الشهور الثلاثة الأخيرة من عام 2018", [("الشهور الثلاثة الأخيرة من عام 2018", "2018-10/2018-12")]),
    # the first months of a war are no part of a year
    ("في الأشهر الثلاثة الأولى من الحرب", []),
])
def test_the_first_or_last_months_of_a_year(text, expected):
    assert dates(text, "2020-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a given name spelt with a final «ى» is still a name («على» is not «علي»)
    ("وقال العميد يحيى رسول إن", [("يحيى رسول", "title")]),
    ("وقال إن على الحكومة أن تتحرك", []),
    # a given name ending like a Russian surname («-ين») does not end the name
    ("أكد اللواء تحسين الخفاجي أن", [("تحسين الخفاجي", "title")]),
    # a word with the article is no unknown given name before a surname of Russian shape
    ("وقال الوزير ياسين طه إن", [("ياسين طه", "title")]),  # the bare title «الوزير» before it
])
def test_given_names_in_alef_maqsura_or_ending_like_russian_surnames(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a centre or institute named by a construct with a known body is that centre, head included
    ("وقال مركز دراسات رووداو إن", [("مركز دراسات رووداو", "pattern")]),
    # a board or council of a known body is not (short heads): the body alone
    ("وقال رئيس مجلس إدارة غازبروم", [("غازبروم", "lexicon")]),
    # media and agencies of entities.csv, head included for an agency
    ("وأفادت وكالة الأناضول بأن", [("وكالة الأناضول", "lexicon")]),
    ("وذكرت صحيفة وول ستريت جورنال أن", [("صحيفة وول ستريت جورنال", "lexicon")]),  # unquoted: the head kept
    ("وقالت شركة سورغوت نفط غاز", [("سورغوت نفط غاز", "lexicon")]),
])
def test_centres_of_known_bodies_and_listed_media(text, expected):
    assert [(m.text, m.found_by) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال لموقع كوردستان24 إن", [("كوردستان24", "Kurdistan24")]),
    ("وذكرت شبكة كوردستان 24 أن", [("كوردستان 24", "Kurdistan24")]),
    ("في كوردستان", [("كوردستان", "Kurdistan Region")]),
    ("الساعة العاشرة صباحا بتوقيت غرينتش في مكة المكرمة", [("غرينتش", "Greenwich"), ("مكة المكرمة", "Mecca")]),
])
def test_outlets_with_digits_and_holy_cities(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «موقع» (website) before an outlet's unquoted name stays out of its span; a Latin name after the Arabic one is
    # marked apart (the corpus guide, after batch zr)
    ("ونقل موقع سبوتنك Sputnik الإخباري عن الخبير", [("سبوتنك", "Sputnik"), ("Sputnik", "Sputnik")]),
    ("وقال الخبير لموقع السومرية نيوز إن", [("السومرية نيوز", "Alsumaria")]),
    # an outlet's name that is also a word, listed in website_names.csv, after «لموقع» (to the website): the outlet
    ("وقال الخبراء لموقع العهد اليوم إن الإيرادات ارتفعت", [("العهد", "Al-Ahd")]),
    # bare «موقع» is also a place, and a name not listed stays a word after «لموقع»
    ("وبقي العراق في موقع العهد الجديد", [("العراق", "Iraq")]),
    ("ووصلت فرق الإنقاذ لموقع الحدث", []),
])
def test_a_website_before_an_outlets_name_stays_out(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the G7, the G20 and BRICS are blocs of states, a `group` as the West is, by their Arabic or Latin names (the
    # corpus guide, after batch zr); OPEC+ and the IMF stay organisations
    ("وكانت دول الاتحاد الأوروبي ومجموعة السبع قد اتفقت", [("الاتحاد الأوروبي", "organization"),
                                                           ("مجموعة السبع", "group")]),
    ("اذا أراد العراق الانضمام الى مجموعة بريكس وقمة BRICS", [("العراق", "country"), ("مجموعة بريكس", "group"),
                                                             ("BRICS", "group")]),
    ("واجتمع وزراء مالية مجموعة العشرين وصندوق النقد الدولي", [("مجموعة العشرين", "group"),
                                                             ("صندوق النقد الدولي", "organization")]),
    # BRICS spelt without «ي» (w06), and the G7 named by description, with «الكبرى» or without (j03)
    ("وقال إن انضمام مصر الى بركس مطروح", [("مصر", "country"), ("بركس", "group")]),
    ("وتعهدت الدول الصناعية السبع الكبرى والبنك الدولي بالتمويل", [("الدول الصناعية السبع الكبرى", "group"),
                                                                   ("البنك الدولي", "organization")]),
    ("وقالت مجموعة الدول الصناعية السبع إن", [("مجموعة الدول الصناعية السبع", "group")]),
])
def test_blocs_of_states_are_groups(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # continents and world regions by their CLDR names
    ("في إفريقيا وآسيا", [("إفريقيا", "Africa"), ("آسيا", "Asia")]),
    ("في أمريكا اللاتينية", [("أمريكا اللاتينية", "Latin America")]),
    ("وفي آسيا الوسطى", [("آسيا الوسطى", "Central Asia")]),
    # North Africa is a region of its own (as the corpus gold of l02 marks it); the world is no region
    ("الشرق الأوسط وشمال أفريقيا", [("الشرق الأوسط", "Middle East"), ("شمال أفريقيا", "North Africa")]),
    ("في العالم", []),
])
def test_continents_and_world_regions(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «و» and a given name start the next person of a list: no name runs across it
    ("وحضر الاجتماع كل من علي عبد الأمير وحسن محمد وكريم جاسم اليوم", []),
    ("وقال وزير النفط علي حسن الجبوري إن المحادثات نجحت", [("علي حسن الجبوري", "title")]),
])
def test_no_name_runs_across_the_next_person_of_a_list(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a first field, a listed field may carry the article; a nisba adjective is no field
    ("ووقعت عقدا لتطوير حقول الرميلة والزبير وغرب القرنة", ["الرميلة", "الزبير", "غرب القرنة"]),
    ("وحقلي بدرة والغراف في المحافظة", ["بدرة", "الغراف"]),
    ("ومن حقلي الرميلة الشمالي والجنوبي", ["الرميلة"]),
    ("وفي حقول النفط والغاز", []),
])
def test_listed_fields_with_the_article(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dual nisbas: masculine nominative, feminine accusative, with the article
    ("وأكد مسؤولان عراقيان أن الطلب قُدّم", [("عراقيان", "country")]),
    ("فرضت عقوبات على الشركتين الروسيتين أمس", [("الروسيتين", "country")]),
    ("واشترت الحصة شركة صينية وشركتان غربيتان", [("صينية", "country"), ("غربيتان", "group")]),
])
def test_dual_nisbas_are_demonyms(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


def test_a_field_named_by_the_company_that_runs_it_is_no_fields_name():
    entities = found("وقال المسؤول إن حقل لوك أويل يمثل لقمة كبيرة")
    assert ("لوك أويل", "organization", "lexicon") in entities
    assert not [e for e in entities if e[1] == "oil_field"]


def test_an_adjective_after_a_plural_field_head_is_no_fields_name():
    assert not [e for e in found("ساعد نمو الإنتاج من حقول رئيسية تطورها شركات أجنبية") if e[1] == "oil_field"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a relative date behind the preposition «ل»
    ("وتشمل خطة التطوير لهذا العام حفر بئرين", "2017-02-21", [("هذا العام", "2017")]),
])
def test_a_relative_date_after_the_preposition_li(text, published, expected):
    assert dates(text, published) == expected


def test_a_russian_given_name_spelt_with_ya_starts_a_name():
    # a surname no lexicon lists (Mikheyev, first used here, is now in entities.csv)
    text = "أكد وزير النفط حيان عبد الغني ونظيره الروسي أليكساندر سيمينوف على التزام البلدين"
    assert people(text) == [("حيان عبد الغني", "title"), ("أليكساندر سيمينوف", "title")]


@pytest.mark.parametrize(("text", "expected"), [
    ("فاز الائتلاف بتطوير الرقعة الاستكشافية العاشرة في محافظة البصرة", [("الرقعة الاستكشافية العاشرة", "Block 10")]),
    ("وتشمل الجولة الرقعة رقم 7 وبلوك 12", [("الرقعة رقم 7", "Block 7"), ("بلوك 12", "Block 12")]),
    ("وزعت الأرض على الرقعة الزراعية الثانية", []),  # an adjective between head and ordinal: no block
    # a compound ordinal of the feminine is one number, not its first word; the tens have one form for both genders
    ("وأحالت الوزارة الرقعة الاستكشافية الحادية عشرة إلى الشركة", [("الرقعة الاستكشافية الحادية عشرة", "Block 11")]),
    ("وتشمل الجولة الرقعة التاسعة عشر والرقعة العشرين", [("الرقعة التاسعة عشر", "Block 19"), ("الرقعة العشرين", "Block 20")]),
    ("ثم الرقعة الثانية والعشرين", [("الرقعة الثانية والعشرين", "Block 22")]),
    ("وهي الرقعة الحادية في الترتيب", []),  # «الحادية» alone numbers nothing
])
def test_numbered_blocks_are_oil_fields_named_by_their_number(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال رئيس شركة نفط الجنوب إن الإنتاج ارتفع", [("شركة نفط الجنوب", "South Oil Company")]),
    ("ألغت شركة تسويق النفط العراقية تحميل الشحنات", [("شركة تسويق النفط العراقية", "SOMO")]),
])
def test_iraqs_state_oil_companies_keep_their_head_and_nisba(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # in parentheses or quotes, or opening a dateline, the outlet; elsewhere the city and the day
    ("وذكر بيان تلقته (بغداد اليوم) أن الوفد وصل", [("بغداد اليوم", "organization")]),
    ("بغداد اليوم- بغداد\nأكد الوزير", [("بغداد اليوم", "organization"), ("بغداد", "city")]),
    ("وصل الوفد إلى بغداد اليوم", [("بغداد", "city")]),
    ('وقال الوزير في بيان تلقت "المدى" نسخة منه', [("المدى", "organization")]),
    ("صواريخ بعيدة المدى", []),
])
def test_a_name_that_is_also_a_common_phrase_is_read_only_bracketed(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


def test_a_compound_surname_met_again_is_not_read_as_a_new_name_with_the_verb_after_it():
    text = 'أكد وزير النفط حيان عبد الغني على التزام العراق. وذكر البيان ان "عبد الغني تلقى اتصالاً هاتفياً'
    assert people(text) == [("حيان عبد الغني", "title"), ("عبد الغني", "title")]


@pytest.mark.parametrize(("text", "expected"), [
    ("فاز ائتلاف شركتي لوك أويل الروسية وانبكس اليابانية بالرقعة", ["لوك أويل", "انبكس"]),
    ("ووقعت شركتا غازبروم الروسية وكوغاز الكورية العقد", ["غازبروم", "كوغاز"]),
    # no known company first: the nisbas describe, nothing is named
    ("وقعت شركتي النفط الروسية والصينية", []),
])
def test_the_second_of_two_companies_after_a_dual_head_is_a_company(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month opening a range takes the year written at its end, not the one nearest to publication
    ("تراجع الإنتاج من كانون الثاني إلى آذار 2020", [("من كانون الثاني إلى آذار 2020", "2020-01/2020-03")]),
    ("من كانون الثاني/يناير إلى آذار/مارس 2020", [("من كانون الثاني/يناير إلى آذار/مارس 2020", "2020-01/2020-03")]),
    ("وصل الوفد في كانون الثاني", [("كانون الثاني", "2019-01")]),
])
def test_a_month_range_takes_the_year_of_its_end(text, expected):
    assert dates(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two months without a year, each nearest the publication (2019-06): the end follows the start
    ("في الفترة من تشرين الأول إلى كانون الأول", [("من تشرين الأول إلى كانون الأول", "2019-10/2019-12")]),
    ("من 25 كانون الأول إلى 3 كانون الثاني", [("من 25 كانون الأول إلى 3 كانون الثاني", "2018-12-25/2019-01-03")]),
    # years the text writes are kept as written
    ("من تشرين الأول 2019 إلى كانون الأول 2018", [("من تشرين الأول 2019 إلى كانون الأول 2018", "2019-10/2018-12")]),
])
def test_a_range_of_months_without_years_does_not_run_backwards(text, expected):
    assert dates(text, "2019-06-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month glued to the conjunction «و»: the span starts at the month
    ("وفي الفترة بين يناير ومارس 2019 ارتفع الإنتاج", [("بين يناير ومارس 2019", "2019-01/2019-03")]),
    ("وقع العقد في آذار ونيسان 2012", [("نيسان 2012", "2012-04")]),
    ("ومارس 2019 شهد توقيع الاتفاق", [("مارس 2019", "2019-03")]),
    # a word that only begins like a month after «و» is no month
    ("نوفمبر ودخل العقد حيز التنفيذ عام 2019", [("عام 2019", "2019")]),
])
def test_a_month_glued_to_the_conjunction(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare month closing a range opened by a month is a date (the end year follows the start: Dec → Feb)
    ("جرت المفاوضات من كانون الأول إلى شباط في بغداد", [("من كانون الأول إلى شباط", "2019-12/2020-02")]),
    ("واستمر العمل من أكتوبر حتى يناير", [("من أكتوبر حتى يناير", "2019-10/2020-01")]),
    # «شهري» (the two months of) opens a range joined by «و», with or without a written year
    ("ارتفعت الصادرات خلال شهري أيار وحزيران 2019", [("شهري أيار وحزيران 2019", "2019-05/2019-06")]),
    ("ارتفعت الصادرات خلال شهري كانون الثاني وشباط الماضيين", [("شهري كانون الثاني وشباط الماضيين",
                                                               "2020-01/2020-02")]),
    # «من … و…» is no range, and «مارس» alone is still the verb
    ("وقد مارس الوزير ضغوطا كبيرة", []),
])
def test_a_bare_month_closing_a_range_and_the_two_months_of_shahray(text, expected):
    assert dates(text, "2020-03-10") == expected


def test_two_months_without_a_publication_date_stay_unread_but_a_written_year_resolves_them():
    assert dates("جرت المفاوضات من كانون الأول إلى شباط") == []
    assert dates("خلال شهري أيار وحزيران 2019") == [("شهري أيار وحزيران 2019", "2019-05/2019-06")]


@pytest.mark.parametrize(("text", "expected"), [
    # «+» after a space ends the name when no word follows it
    ("مؤكدين التزام البلدين باتفاق (أوبك +) وبخفض الإنتاج", [("أوبك +", "OPEC+")]),
    ("وقالت مجموعة أوبك +، إنها ستخفض الإنتاج", [("أوبك +", "OPEC+")]),
    # «أوبك + روسيا» is OPEC and Russia
    ("اتفاق أوبك + روسيا", [("أوبك", "OPEC"), ("روسيا", "Russia")]),
])
def test_opec_plus_with_a_space(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


def test_a_relative_date_after_a_field_ends_its_name():
    text = "وارتفع إنتاج حقل مجنون الشهر الماضي"
    assert [(m.kind, m.text) for m in extract(text, "2020-03-10")] == [("entity", "حقل مجنون"),
                                                                       ("date", "الشهر الماضي")]


@pytest.mark.parametrize(("text", "expected"), [
    # a definite nisba after words without the article: the words are a proper name
    ("ووقعت شركة شتات أويل النرويجية العقد", ["شتات أويل"]),
    ("وفازت شركة فيتول السويسرية بالمناقصة", ["فيتول"]),
    # the two companies of a dual head, each before its nisba; a place inside the second company's name
    ("بالتعاون مع شركتي بوناتي الإيطالية وهلال البصرة العراقية", ["بوناتي", "هلال البصرة"]),
    # an indefinite adjective or a common noun names nothing
    ("ووقعت شركة نفطية روسية العقد", []),
    ("ووقعت شركة نفط الجنوب العقد", ["شركة نفط الجنوب"]),
])
def test_a_company_named_before_its_countrys_nisba(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a government or armed forces named with the country's name, as with its nisba, is one body
    ("لم تطلب حكومة العراق خفض الإنتاج", [("حكومة العراق", "organization")]),
    ("وانسحبت قوات روسيا من المنطقة", [("قوات روسيا", "organization")]),
    ("بحسب الحكومة العراقية", [("الحكومة العراقية", "organization")]),
    # the country alone elsewhere stays a country
    ("زار الوفد العراق", [("العراق", "country")]),
])
def test_a_government_named_with_its_countrys_name(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description ending with a nisba introduces a name the lexicon does not know, where the name ends the clause
    ("وتنوي شراء طائرات من الشركة الأمريكية لوكهيد مارتن.", ["لوكهيد مارتن"]),
    ("ووقعت شركة الطاقة الأمريكية كونوكو فيليبس، عقدا مع الوزارة", ["كونوكو فيليبس"]),
    ("وقالت الشركة الأمريكية لوكهيد مارتن إن الطائرات جاهزة", ["لوكهيد مارتن"]),
    # a verb or an adverb after the description is no name
    ("وأكد أن الشركة الروسية ستواصل.", []),
    ("وقالت الشركة الروسية تعمل في العراق", []),
    ("وقالت الشركة الصينية مجددا إنها ستعمل", []),
])
def test_a_name_after_a_description_beyond_the_lexicon(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a union named for its field (union_fields.csv) is a body of its country, not the country
    ("وأعلن الاتحاد الروسي للرياضة عن بطولة جديدة", [("الاتحاد الروسي للرياضة", "organization")]),
    ("وقال الاتحاد العراقي لكرة القدم إن المباراة تأجلت", [("الاتحاد العراقي لكرة القدم", "organization")]),
    # «لل» before the article stays in the span, as for a name
    ("وقدم الدعم للاتحاد العراقي للصحفيين", [("للاتحاد العراقي للصحفيين", "organization")]),
    # a name after «ل» is not a field: the country and the name stay
    ("وزود الاتحاد السوفيتي للعراق أسلحة", [("الاتحاد السوفيتي", "country"), ("للعراق", "country")]),
    ("وقال الاتحاد الروسي إن", [("الاتحاد الروسي", "country")]),
])
def test_a_union_named_for_its_field_is_not_its_country(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # right after a title with no complement, two words no list knows, then the clause ends
    ("وقالت النائبة عالية نصيف إن الحكومة مقصرة", [("عالية نصيف", "title")]),
    ("وأكد السفير ماهر حمود، أن العلاقات جيدة", [("ماهر حمود", "title")]),
    # not after a complement, nor an adverb, nor a word with the article
    ("وقال الناطق الرسمي في مؤتمر صحفي، إن الوزارة مستعدة", []),
    ("وقالت النائبة أيضا إن الحكومة مقصرة", []),
    ("وقال الوزير نفسه إن الاتفاق جاهز", []),
])
def test_a_title_before_an_unknown_given_name_and_surname(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a head with the article names a body when a complement with «لل» follows (complement_heads.csv)
    ("وقالت الهيئة العامة للجمارك إن الإيرادات ارتفعت", ["الهيئة العامة للجمارك"]),
    ("وأعلنت الشركة العامة للسكك الحديد عن رحلات", ["الشركة العامة للسكك الحديد"]),
    ("وقال المصرف العراقي للتجارة إن التحويلات مستمرة", ["المصرف العراقي للتجارة"]),
    ("وقالت الوكالة العراقية للرقابة على المواد المشعة إن المشروع مؤجل",
     ["الوكالة العراقية للرقابة على المواد المشعة"]),
    # new heads of org_patterns.csv, named by a description ending with a nisba
    ("وقال صندوق الاستثمارات المباشرة الروسي إنه سيستثمر", ["صندوق الاستثمارات المباشرة الروسي"]),
    ("وقالت غرفة التجارة والصناعة الروسية إن الوفد سيزور بغداد", ["غرفة التجارة والصناعة الروسية"]),
    # without the complement, a description; an adverb or a participle is no complement
    ("وقالت الشركة الروسية إن العقد ساري", []),
    ("وقالت الشركة الروسية للمرة الأولى إن العقد ساري", []),
    ("وأعلنت الشركة المملوكة للدولة عن أرباح", []),
    ("وألقيت الأوراق في صندوق الاقتراع", []),
])
def test_a_body_named_by_its_head_with_the_article_and_a_complement(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known company opening a longer quoted name: the quoted name is one (a subsidiary's)
    ('طلبت منها ومن شركتها الفرعية "غازبروم نفط ميدل إيست"، تخفيض التكاليف',
     [("غازبروم نفط ميدل إيست", "organization")]),
    ('وذكرت شركة "غازبروم نفط" الروسية أن الإنتاج مستقر', [("غازبروم نفط", "organization"), ("الروسية", "country")]),
    # a field found after its head is the field where its name is quoted again
    ('لم تطلب خفض الإنتاج في مشروعي "بدرة" و"سرقلا" ولا في حقلي بدرة وسرقلا',
     [("بدرة", "oil_field"), ("سرقلا", "oil_field"), ("بدرة", "oil_field"), ("سرقلا", "oil_field")]),
    # unquoted, or never named as a field, a word stays unread
    ('وزار الوفد مدينة بدرة ثم حقل الأحدب', [("بدرة", "city"), ("حقل الأحدب", "oil_field")]),  # the town after its head
    # a country's National Security Council is not the UN Security Council
    ("وذكر مجلس الأمن الوطني أن الوضع مستقر", [("مجلس الأمن الوطني", "organization")]),
])
def test_quoted_names_longer_than_the_lexicons_and_fields_named_again(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «و» or «ف» glued to «منذ»، «من»، «بين»: the range or the since-date is read, the conjunction left out
    ("ومنذ عام 2003 تغيرت العلاقات", [("منذ عام 2003", "2003")]),
    ("فمنذ 2003 تغير كل شيء", [("منذ 2003", "2003")]),
    ("ومن عام 2003 إلى عام 2011 انتشرت القوات", [("من عام 2003 إلى عام 2011", "2003/2011")]),
    ("وبين عامي 2003 و2011 انتشرت القوات", [("بين عامي 2003 و2011", "2003/2011")]),
    ("ومن 5 إلى 7 آذار 2019 عقد المؤتمر", [("من 5 إلى 7 آذار 2019", "2019-03-05/2019-03-07")]),
    # a word that ends in «من» is no range word
    ("وضمن 2003 خطة", [("2003", "2003")]),
])
def test_a_range_word_or_since_behind_a_conjunction(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's adjective agrees with a feminine weekday («الجمعة»), and «الفائت» is «last»
    ("وسيزور الوزير بغداد الجمعة القادمة", [("الجمعة القادمة", "2021-05-21")]),
    ("وزار الوزير بغداد الجمعة الماضية", [("الجمعة الماضية", "2021-05-14")]),
    ("وقال الوزير الثلاثاء الفائت إن العقد جاهز", [("الثلاثاء الفائت", "2021-05-18")]),
    # «أواسط» (the middle of) is a part of a month or a decade, kept in the span
    ("وزار الوزير بغداد في أواسط الشهر الماضي", [("أواسط الشهر الماضي", "2021-04")]),
])
def test_weekday_adjectives_and_the_middle_of_a_month(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative year, month or week after «منذ» is a since-date: «منذ» in its span, as «منذ عام 2022»
    ("وارتفعت الصادرات منذ مطلع العام الجاري", [("منذ مطلع العام الجاري", "2021")]),
    ("ومنذ العام الماضي ارتفعت الأسعار", [("منذ العام الماضي", "2020")]),
    ("وتراجع الإنتاج منذ الشهر الماضي", [("منذ الشهر الماضي", "2021-04")]),
])
def test_a_relative_date_after_since_keeps_it(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word in parentheses whose letters begin the words before it: their acronym, and those words one name
    ("وقالت رابطة المصدرين العراقيين (رمع) إن الصادرات ارتفعت",
     [("رابطة المصدرين العراقيين", "pattern"), ("رمع", "acronym")]),
    ("وقالت رابطة مصدري النفط (رمن) إن الصادرات ارتفعت", [("رابطة مصدري النفط", "pattern"), ("رمن", "acronym")]),
    # letters that do not begin the words, or a place among them, make no name
    ("وقال الوزير (نعم) إن الاتفاق جاهز", []),
    ("وزار الوفد مدينة بغداد (مبغ) أمس", [("بغداد", "lexicon")]),
    # a Latin name in parentheses right after an organisation's name is the same body
    ("وذكرت وكالة رويترز (Reuters) أن الاتفاق جاهز", [("وكالة رويترز", "lexicon"), ("Reuters", "acronym")]),
])
def test_acronyms_by_their_initials_and_latin_names_in_parentheses(text, expected):
    assert [(m.text, m.found_by) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a dual or plural head, a first name with the article where a list follows
    ("وتعمل الشركة في حقلي الحلفاية والبزركان في ميسان", ["الحلفاية", "البزركان"]),
    ("وتطور الشركة حقول الرميلة والزبير وغرب القرنة", ["الرميلة", "الزبير", "غرب القرنة"]),
    # common nouns and compass words are no fields' names
    ("وتطور الشركة حقول النفط والغاز", []),
    ("وتطور الشركة حقول الجنوب والوسط", []),
    ("وهو أكبر حقول البلاد وأقدمها", []),
])
def test_fields_listed_after_a_dual_or_plural_head(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number or a fraction after a field's name ends it
    ("وينتج حقل كركوك نصف مليون برميل", ["حقل كركوك"]),
    ("وينتج حقل مجنون ثلاثمئة ألف برميل", ["حقل مجنون"]),
    # «حقلا» (the two fields, nominative) lists its fields as «حقلي» does
    ("وينتج حقلا الرميلة والزبير مليوني برميل", ["الرميلة", "الزبير"]),
])
def test_numbers_end_a_fields_name_and_the_nominative_dual(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two years joined by a slash, the second later: a period («2003/2011»، «العام الدراسي 2019/2020»)
    ("وارتفع الإنتاج خلال الفترة 2003/2011", [("2003/2011", "2003/2011")]),
    ("في 2011/2003", [("2011", "2011"), ("2003", "2003")]),
    # a numeric date that ends a sentence keeps its day
    ("وقع العقد في 12/5/2019.", [("12/5/2019", "2019-05-12")]),
    # the feminine dual of «سنة» counted back or forth from publication
    ("وارتفع الإنتاج خلال السنتين الماضيتين", [("السنتين الماضيتين", "2019/2020")]),
])
def test_slashed_years_sentence_final_numeric_dates_and_feminine_duals(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a masculine portfolio with a feminine nisba, after a reporting verb or a particle: a ministry without «وزارة»
    ("وقالت الدفاع الروسية إن الطائرات وصلت", [("الدفاع الروسية", "organization")]),
    ("وأعلنت النفط العراقية أن الصادرات ارتفعت", [("النفط العراقية", "organization")]),
    ("وبحسب الدفاع الروسية فإن الطائرات وصلت", [("الدفاع الروسية", "organization")]),
    # the nisba agrees with another noun, or is masculine: oil, not a ministry
    ("وارتفعت صادرات النفط العراقية", [("العراقية", "country")]),
    ("وارتفع سعر النفط العراقي", [("العراقي", "country")]),
])
def test_a_ministry_named_without_its_head(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun with the article after «شبكة» (network) names no outlet; a newspaper's head still does, and
    # stays in the span before an unquoted name (the corpus guide; «جريدة الصباح» in k07)
    ("وانقطعت شبكة الكهرباء الوطنية", []),
    ("وتوسيع شبكة الأنابيب", []),
    ("وقالت صحيفة الأهرام إن الاجتماع انتهى", ["صحيفة الأهرام"]),
])
def test_only_naming_media_heads_name_an_outlet_by_a_word_with_the_article(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description before adjectives and a quoted known name introduces it: the description is no body
    ('اتفقت شركة الطاقة الروسية العملاقة "روسنفت" على تولي السيطرة', ["روسنفت"]),
    # a quoted statement after a description is no name
    ('وقالت الشركة الروسية "إنها ستواصل العمل في العراق"', []),
    ('وتملك الشركة التركية "تباو" حصة في الحقل', ["تباو"]),
])
def test_quoted_names_after_descriptions(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a title and its complement, a given name and a surname no list knows, set off by commas
    ("بحضور الرئيس المدير العام لسوناطراك، رشيد حشيشي، ورئيس الوكالة", [("رشيد حشيشي", "title")]),
    # a complement set off by commas is no name
    ("وقال المتحدث باسم الوزارة، في بيان صحفي، إن الاتفاق جاهز", []),
])
def test_an_unknown_name_set_off_by_commas_after_a_title(text, expected):
    assert people(text) == expected


def test_historical_states_beyond_cldr():
    text = "أرسلها نظام صدام حسين إلى يوغوسلافيا السابقة، واشترى من ألمانيا الشرقية"
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "country"] == [
        ("يوغوسلافيا", "Yugoslavia"), ("ألمانيا الشرقية", "East Germany")]


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective such as «العامة» inside a body's description that ends with a nisba
    ("وقالت هيئة الأركان العامة الروسية إن الطائرات وصلت", [("هيئة الأركان العامة الروسية", "organization")]),
    # «المجلس» with a complement of «لل» (complement_heads.csv)
    ("وقال المجلس الأعلى للقضاء إن القرار نهائي", [("المجلس الأعلى للقضاء", "organization")]),
    # a feminine portfolio after a reporting verb; not an adjective of another noun
    ("وقالت الداخلية العراقية إن الحدود آمنة", [("الداخلية العراقية", "organization")]),
    ("وتفاقمت الأزمة المالية العراقية", [("العراقية", "country")]),
])
def test_bodies_with_adjectives_councils_and_feminine_portfolios(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two days of a relative month: a period of days
    ("خلال الفترة من 14 إلى 18 من الشهر الجاري", [("من 14 إلى 18 من الشهر الجاري", "2021-05-14/2021-05-18")]),
    ("تعقد الجولة بين 5 و7 من الشهر المقبل", [("بين 5 و7 من الشهر المقبل", "2021-06-05/2021-06-07")]),
    ("في 18 من الشهر الجاري", [("18 من الشهر الجاري", "2021-05-18")]),
])
def test_a_range_of_days_in_a_relative_month(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agency named by a noun and a noun with the article, the head kept in the name
    ("واطلعت عليه وكالة مدار الحق إنه يجري التحضير", ["وكالة مدار الحق"]),
    # a common noun after the head is no name
    ("ونقلت وكالة أنباء رسمية عن الوزير", []),
])
def test_an_agency_named_by_a_construct(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare weekday in a clause about the future is the next such day (published Thursday 2021-05-20)
    ("سيزور الوفد بغداد الأحد", [("الأحد", "2021-05-23")]),
    ("ومن المقرر أن يصل الوفد الخميس", [("الخميس", "2021-05-20")]),
    # in the past, the last such day; a future verb after the weekday does not move it
    ("وزار الوفد بغداد الأحد", [("الأحد", "2021-05-16")]),
    ("وقال الوزير الأحد إن الوفد سيزور بغداد", [("الأحد", "2021-05-16")]),
])
def test_a_bare_weekday_in_a_future_clause(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative year with its year written after it is one date (as «آذار من العام الماضي 2014»)
    ("ووقع العقد العام الماضي 2020 في بغداد", [("العام الماضي 2020", "2020")]),
    # a count after it is no year
    ("وفي العام الماضي 2000 جندي", [("العام الماضي", "2020")]),
])
def test_a_relative_year_with_its_year_written(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a port is a place of its own, head included (typed a region), by one name or a known name of two words
    ("ينقل النفط إلى ميناء جيهان التركي", [("ميناء جيهان", "region"), ("التركي", "country")]),
    ("عبر ميناء أم قصر", [("ميناء أم قصر", "region")]),
    ("وصلت الناقلة إلى ميناء خور الزبير أمس", [("ميناء خور الزبير", "region")]),
    ("وصلت الناقلة إلى ميناء البصرة لتحميل النفط", [("ميناء البصرة", "region")]),
    # an oil terminal named by its place is a place too (facility_heads.csv)
    ("رست الناقلة قرب محطة نفط البصرة مساء", [("محطة نفط البصرة", "region")]),
    # a port town described before its name stays the town
    ("حتى الميناء السوري بانياس", [("السوري", "country"), ("بانياس", "city")]),
    # a governorate keeps its head
    ("في محافظة البصرة", [("محافظة البصرة", "region")]),
    ("وبناء ميناء نفطي جديد", []),
])
def test_a_port_is_a_place_head_included(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a season is a part of its year, kept in the span (month_parts.csv)
    ("وصلت الطائرات في صيف 2014", [("صيف 2014", "2014")]),
    ("وقع الاتفاق في خريف العام الماضي", [("خريف العام الماضي", "2020")]),
])
def test_a_season_is_a_part_of_its_year(text, expected):
    assert dates(text, "2021-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a complement of «ل» and a construct after a head with the article and an adjective
    ("وقالت الشركة العامة لموانئ العراق إن الميناء جاهز", ["الشركة العامة لموانئ العراق"]),
    ("وقالت الوكالة الوطنية لتثمين موارد المحروقات إن العقد جاهز", ["الوكالة الوطنية لتثمين موارد المحروقات"]),
    # an addressee after «ل» is no complement
    ("وقالت الشركة الروسية لوزارة النفط إن العقد جاهز", ["وزارة النفط"]),
    ("وقدمت الهيئة لرئيس الوزراء تقريرا", []),
])
def test_a_body_named_with_a_construct_complement(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


def test_a_known_name_after_lil_is_not_swallowed_by_a_description():
    text = "وأعلنت وزارة الدفاع للجيش العراقي عن وصول الطائرات"
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == [
        ("وزارة الدفاع", "organization"), ("للجيش العراقي", "organization")]


@pytest.mark.parametrize(("text", "expected"), [
    # news agencies named by a word that is also common, read in parentheses (bracketed_names.csv)
    ("الدوحة (قنا) - قال الوزير إن الاجتماع انتهى", [("قنا", "Qatar News Agency")]),
    ("ونقلت (كونا) عن الوزير قوله", [("كونا", "Kuwait News Agency")]),
    # outside parentheses a common word
    ("وقالت إنها كونا فريقا جديدا", []),
])
def test_news_agencies_named_by_a_common_word_in_parentheses(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # half a scale word, and the Iraqi spelling «ترليون»
    ("وقدم قرضا بقيمة نصف مليار دولار", [("نصف مليار دولار", 500_000_000, "USD")]),
    ("وبلغت الخسائر 8.5 ترليون دينار عراقي", [("8.5 ترليون دينار عراقي", 8_500_000_000_000, "IQD")]),
    ("وبلغت الصفقة مليار ونصف دولار", [("مليار ونصف دولار", 1_500_000_000, "USD")]),
])
def test_half_a_billion_and_trillions(text, expected):
    assert [(m.text, m.value, m.unit) for m in extract(text) if m.kind == "amount"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a head with the article, a verb or a noun is no part of a body's name
    ("وحسب البيان فإن المجلس أجاز للشركة الحصول على الموافقات اللازمة", []),
    ("ودعت الهيئة الشركات للاستثمار في القطاع", []),
])
def test_a_head_with_the_article_before_a_verb_or_a_noun_names_nothing(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


def test_a_name_ends_before_and_after_its_surname():
    text = "ضم الوفد وزير التجارة ميخائيل لوفتينتو وعدد غير قليل من الفنيين"
    assert people(text) == [("ميخائيل لوفتينتو", "title")]


@pytest.mark.parametrize(("text", "expected"), [
    # a field named again without its head: a name with the article or of two words, not a bare word
    ("تعمل الشركة في حقل الأحدب منذ 2011، وينتج الأحدب 140 ألف برميل", ["حقل الأحدب", "الأحدب"]),
    ("في حقل بدرة، وبدرة مدينة في واسط", ["حقل بدرة"]),
])
def test_a_field_named_again_without_its_head(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline's line: the place, a slash or dash, and the outlet that filed the report
    ("بغداد/ سكاي برس\nكشفت وسائل إعلام أن الاتفاق جاهز", [("بغداد", "city"), ("سكاي برس", "organization")]),
    # a mark of the report's kind, a place or the story itself names no outlet
    ("بغداد/ متابعة\nقال الوزير إن الاتفاق جاهز", [("بغداد", "city")]),
    ("بغداد - قال الوزير إن الاتفاق جاهز", [("بغداد", "city")]),
])
def test_the_outlet_of_a_dateline_line(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of the current year or month named bare: resolved against the publication date
    ("ويتوقع أن ينتهي المشروع مع نهاية العام", [("نهاية العام", "2021")]),
    ("وكانت الحكومة قد أعلنت مطلع العام عن خطتها", [("مطلع العام", "2021")]),
    ("ووصل الوفد إلى بغداد منتصف الشهر", [("منتصف الشهر", "2021-06")]),
    ("وتنتهي المهلة أواخر السنة", [("أواخر السنة", "2021")]),
    # with a year written before it in the paragraph, the bare year may be that one: left unmarked
    ("في عام 2003 دخلت القوات وفي نهاية العام انسحبت", [("عام 2003", "2003")]),
    # an adjective, a number or «نفسه» after the unit: another rule's date, or none
    ("وتبدأ الدراسة مطلع العام الدراسي", []),
    ("وقع الاتفاق نهاية العام الماضي", [("نهاية العام الماضي", "2020")]),
    ("وتنتهي الأعمال منتصف العام 2023", [("منتصف العام 2023", "2023")]),
    ("وفي نهاية العام نفسه انسحبت", []),
])
def test_a_bare_year_or_month_after_a_part_of_it(text, expected):
    assert dates(text, "2021-06-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # decades counted back or ahead: whole decades before or after the publication's own
    ("ظلت الأسعار مستقرة طيلة العقد الماضي", [("العقد الماضي", "2010/2019")]),
    ("تغيرت السياسة خلال العقدين الماضيين", [("العقدين الماضيين", "2000/2019")]),
    ("وتراجعت الصادرات خلال العقود الثلاثة الماضية", [("العقود الثلاثة الماضية", "1990/2019")]),
    ("ويتضاعف الطلب خلال العقد المقبل", [("العقد المقبل", "2030/2039")]),
    # two decades ago is twenty years back; a bare «قبل عقد» is «before holding»
    ("وقبل عقدين زار الوفد موسكو", [("قبل عقدين", "2005")]),
    ("وذلك قبل عقد الاجتماع المقبل", []),
    ("ومنذ عقد من الزمن تراجع الإنتاج", []),
    # a singular adjective after a unit other than a decade is the relative date it always was
    ("وقال الوزير العام الماضي إن", [("العام الماضي", "2024")]),
])
def test_decades_counted_from_publication(text, expected):
    assert dates(text, "2025-03-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of the future (future_cues.csv) before a bare weekday: the next such day
    ("وقال الكرملين إن الرئيس سيستقبل نظيره يوم الخميس لبحث العلاقات", [("يوم الخميس", "2015-05-21")]),
    ("وستبحث اللجنة الملف الأحد", [("الأحد", "2015-05-24")]),
    # without one, the last such day
    ("واستقبل الرئيس نظيره يوم الخميس", [("يوم الخميس", "2015-05-14")]),
])
def test_a_weekday_after_a_verb_of_the_future(text, expected):
    assert dates(text, "2015-05-18") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym spelled in Arabic letters may start with an ambiguous letter name when two unambiguous ones follow
    ("وأبرز الشركات كي بي آر وهاليبرتون", [("كي بي آر", "KBR"), ("هاليبرتون", "Halliburton")]),
    ("وقالت شبكة إن بي سي الأمريكية", [("إن بي سي", "NBC")]),
    # «كي» (so that) before a verb stays a word
    ("جاء الوفد كي يرى المشروع", []),
])
def test_acronyms_spelled_with_an_ambiguous_first_letter(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «علي» written with «ي» after a given name is a name, «على» (on) is not
    ("وقال الوزير محمد علي الساعدي إن الاتفاق مهم", [("محمد علي الساعدي", "title")]),
    ("وقال الوزير محمد علي إن الاتفاق مهم", [("محمد علي", "title")]),
    ("وقال السفير محمد على هامش الزيارة", []),
    # the bare title «الوزير» needs a name after it
    ("وقال الوزير إن الاتفاق مهم", []),
])
def test_the_bare_title_of_minister_and_the_name_ali(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle or adjective after a field's name ends it (name_stops.csv)
    ("وبموجب عقد تطوير حقل مجنون الموقع مع الشركة", [("حقل مجنون", "oil_field")]),
    ("ويقع حقل الحلفاية الواقع في ميسان", [("حقل الحلفاية", "oil_field"), ("ميسان", "region")]),
    # a product is no organisation (not_acronyms.csv)
    ("وإنتاج الغاز المسال LPG بكميات كبيرة", []),
])
def test_a_field_name_ends_before_a_participle_and_products_are_no_acronyms(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the words that open a paragraph before a dash name the outlet; a byline of a given name and a surname
    # between the next dashes is the reporter (the corpus guide, g09)
    ("الشرق اليوم – أعلن الوزير أن الاتفاق جاهز", [("الشرق اليوم", "organization")]),
    ("أزد - محمد أحمد - أظهرت وثيقة أن العقود وقعت", [("أزد", "organization"), ("محمد أحمد", "person")]),
    # after a section of the page (dateline_words.csv), the outlet is the second
    ("اقتصاد – الرأي –\nقال مسؤولان إن الحقل سلم", [("الرأي", "organization")]),
    # a place, or a sentence that starts with «و», is no outlet
    ("الدوحة (قنا) - قال الوزير إن الاجتماع انتهى", [("الدوحة", "city"), ("قنا", "organization")]),
    ("وأضافت المتحدثة - خلال مؤتمر صحفي - أن", []),
])
def test_an_outlet_that_opens_a_report(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # capitals whose CLDR time zone is named after the country, and cities of talks and forums (entities.csv)
    ("وصل الوفد إلى الدوحة ثم المنامة", [("الدوحة", "Doha"), ("المنامة", "Manama")]),
    ("وتعقد المحادثات في جنيف", [("جنيف", "Geneva")]),
    ("وصل الوفد إلى سان بطرسبورغ", [("سان بطرسبورغ", "Saint Petersburg")]),
])
def test_capitals_and_cities_beyond_the_time_zone_cities(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «ل» before a head with the article whose first letter is «ل» («للجنة» is ل + اللجنة): the whole word, as
    # «للحكومة»; two countries' nisbas close the name of a joint body
    ("عقب اجتماع للجنة الحكومية الروسية العراقية أمس", ["للجنة الحكومية الروسية العراقية"]),
    ("واجتمع الوزير مع لجنة النفط والغاز", ["لجنة النفط والغاز"]),
    # one nisba still ends a ministry's name; the second country is a demonym of its own
    ("وقالت وزارة الخارجية الروسية إن العراق شريك", ["وزارة الخارجية الروسية"]),
])
def test_a_joint_body_after_lil_and_two_nisbas(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name found after its head is the same body where it comes again alone, behind a proclitic or none
    ("وقعت شركة ترانسماش عقدا ثم أعلنت ترانسماش أنها بدأت", [("ترانسماش", "pattern"), ("ترانسماش", "pattern")]),
    ("وفازت شركة فولغا ترانس بالعقد وقال مدير لفولغا ترانس", [("فولغا ترانس", "pattern"), ("فولغا ترانس", "pattern")]),
    # a description with the article is not looked for again
    ("وقالت الشركة العامة للموانئ إن الشركة العامة ستعمل", [("الشركة العامة للموانئ", "pattern")]),
])
def test_a_company_named_again_without_its_head(text, expected):
    assert [(m.text, m.found_by) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Iraq's fields of the licensing rounds, named alone or after their head, with the gazetteer's English name
    ("ووقعت الوزارة عقد تطوير الحلفاية وعكاز", [("الحلفاية", "Halfaya"), ("عكاز", "Akkas")]),
    ("وبدأ الإنتاج من حقل كورمور الغازي", [("حقل كورمور", "Khor Mor")]),
    ("في حقول أرطاوي واللحيس والطوبة", [("أرطاوي", "Artawi"), ("اللحيس", "Luhais"), ("الطوبة", "Tuba")]),
    # «حقل نفط» with no name after it is «an oil field»
    ("ويعمل في أكبر حقل نفط في البلاد", []),
    ("وطور حقل نفط بدرة", [("حقل نفط بدرة", "حقل نفط بدرة")]),
])
def test_fields_of_the_licensing_rounds(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal after a field's name is its phase, as «-2» is; not «the first of its kind»
    ("وتطوير حقل غرب القرنة الأول وحقل مجنون", ["حقل غرب القرنة الأول", "حقل مجنون"]),
    ("وغرب القرنة الثانية", ["غرب القرنة الثانية"]),
    ("ويعد حقل الرميلة الأول من نوعه", ["حقل الرميلة"]),
    ("إنتاج حقل اريدو في الرقعة العاشرة", ["حقل اريدو", "الرقعة العاشرة"]),
])
def test_a_field_phase_written_as_an_ordinal(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "oil_field"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # frequent Iraqi bodies whose names are descriptions of two words (entities.csv)
    ("وأعلنت قيادة العمليات المشتركة أن القوات تقدمت", ["قيادة العمليات المشتركة"]),
    ("وقالت دائرة العقود والتراخيص إن الجولة تأجلت", ["دائرة العقود والتراخيص"]),
    ("وأعلنت شركة غاز البصرة زيادة الإنتاج", ["شركة غاز البصرة"]),
])
def test_frequent_iraqi_bodies(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «العام السابق» after a year the sentence writes is the year before it; alone it is left unmarked
    ("ارتفع التبادل خلال عام 2017 بعدما كان دون مليار دولار العام السابق",
     [("عام 2017", "2017"), ("العام السابق", "2016")]),
    ("وفي 2015 و2016 ارتفع الإنتاج مقارنة بالعام السابق", [("2015", "2015"), ("2016", "2016"), ("العام السابق", "2015")]),
    ("وكان الإنتاج أقل في العام السابق", []),
    # the feminine «السنة» with «المنصرمة», and a bare week
    ("وقال الوزير في السنة المنصرمة إن", [("السنة المنصرمة", "2020")]),
    ("ويصل الوفد نهاية الأسبوع", [("نهاية الأسبوع", "2021-W24")]),
])
def test_the_previous_year_of_a_written_one_and_more_relative_words(text, expected):
    assert dates(text, "2021-06-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place's name of two words with its space lost, as copied pages write it
    ("للغزو الذي قادته الولاياتالمتحدة للعراق", [("الولاياتالمتحدة", "United States"), ("للعراق", "Iraq")]),
    ("في الشرقالأوسط", [("الشرقالأوسط", "Middle East")]),
    # …and of three, the space lost before each word with the article («رئيس الولاياتالمتحدةالأمريكية», Al-Madina)
    ("قال رئيس الولاياتالمتحدةالأمريكية إن", [("الولاياتالمتحدةالأمريكية", "United States")]),
    # a forum named by its city keeps its adjectives, not a country's nisba; a forum the gazetteer knows gets its name
    ("على هامش منتدى قازان الاقتصادي الدولي", [("منتدى قازان الاقتصادي الدولي", "منتدى قازان الاقتصادي الدولي")]),
    ("على هامش منتدى سوتشي الاقتصادي", [("منتدى سوتشي الاقتصادي", "منتدى سوتشي الاقتصادي")]),
    ("على هامش منتدى بطرسبورغ الاقتصادي الدولي", [("منتدى بطرسبورغ الاقتصادي الدولي",
                                               "St. Petersburg International Economic Forum")]),
    ("ودرس في جامعة بغداد الروسية", [("جامعة بغداد", "جامعة بغداد"), ("الروسية", "Russia")]),
])
def test_glued_place_names_and_forums_named_by_their_city(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # places of the Syrian and Ukrainian wars and Iraqi towns that CLDR does not name (entities.csv)
    ("وصلت الطائرات إلى حميميم قرب اللاذقية", [("حميميم", "Hmeimim"), ("اللاذقية", "Latakia")]),
    ("بعد ضم شبه جزيرة القرم", [("شبه جزيرة القرم", "Crimea")]),
    ("وعبرت الناقلة مضيق هرمز", [("مضيق هرمز", "Strait of Hormuz")]),
    # «الضفة الغربية» is a region, not «the West»
    ("في الضفة الغربية", [("الضفة الغربية", "West Bank")]),
])
def test_places_beyond_cldr(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's parliament named with its nisba is one body, as its government (org_patterns.csv)
    ("وصادق البرلمان الروسي على الاتفاقية", ["البرلمان الروسي"]),
    ("وناقش الكونغرس الأمريكي العقوبات", ["الكونغرس الأمريكي"]),
    # parties, agencies and companies the press names without a head (entities.csv)
    ("وقال الحزب الديمقراطي الكردستاني إن", ["الحزب الديمقراطي الكردستاني"]),
    ("ونقلت وكالة نوفوستي عن مصدر", ["وكالة نوفوستي"]),
])
def test_parliaments_parties_and_agencies(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


def test_an_outlet_opening_a_dateline_in_parentheses():
    text = "(باكستان بوينت نيوز / سبوتنيك - 15 يونيو 2020) أعلن رئيس الشركة أن الإنتاج ارتفع"
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"][:2] == [
        ("باكستان بوينت نيوز", "organization"), ("سبوتنيك", "organization")]
    # parentheses inside a sentence are no dateline
    assert [m.text for m in extract("وقال (بحسب مصدر / مطلع) إن") if m.kind == "entity"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a name quoted in braces, as some outlets quote
    ("إن شركة النفط الكبرى {رويال دتش شل} تخارجت من الحقل", ["رويال دتش شل"]),
    ("وذكر بيان تلقت وكالة {الفرات نيوز} نسخة منه", ["الفرات نيوز"]),
])
def test_a_name_quoted_in_braces(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short name in parentheses right after a naming head is the body's name or acronym
    ("وطبقا لمؤسسة (كاست) الروسية لأبحاث الدفاع", ["كاست"]),
    ("نشرت جريدة (ذي ناشيونال) الناطقة بالإنكليزية", ["ذي ناشيونال"]),
    # a phrase in parentheses after the head is no name
    ("وقالت الشركة (في بيان) إن الإنتاج ارتفع", []),
])
def test_a_name_in_parentheses_after_a_naming_head(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a head with the article and a description closed by a standing body's adjective (joint_bodies.csv)
    ("وعقدت اللجنة الحكومية المشتركة اجتماعها", ["اللجنة الحكومية المشتركة"]),
    ("وعقدت اللجنة الروسية العراقية المشتركة اجتماعها", ["اللجنة الروسية العراقية المشتركة"]),
    ("الاجتماع المقبل للجنة الحكومية الثنائية في شباط", ["للجنة الحكومية الثنائية"]),
    ("وقال رئيس اللجنة المالية النيابية إن", ["اللجنة المالية النيابية"]),
    # adjectives joined by a hyphen or a dash, a tatweel inside one (Gulf365, 2021)
    ("ترأسا اجتماعات اللجنة العراقـية- الروسية المشتركة في دورتها التاسعة", ["اللجنة العراقـية- الروسية المشتركة"]),
    ("وعقدت اللجنة العراقية – الروسية المشتركة اجتماعها", ["اللجنة العراقية – الروسية المشتركة"]),
    # a plural, or a closing adjective after another noun, names no body
    ("ويشارك الطرفان في اللجان المشتركة", []),
    ("وقال إن العمليات المشتركة مستمرة", []),
])
def test_standing_bodies_named_by_a_closing_adjective(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «يوم» before a relative day and its weekday: one span, the relative day's value
    ("وقال المتحدث إن الوفد سيصل يوم غد الأربعاء إلى موسكو", [("يوم غد الأربعاء", "2018-05-23")]),
    ("وذكرت الوزارة أن الوفد عاد يوم أمس الاثنين", [("يوم أمس الاثنين", "2018-05-21")]),
    # «يوم» before a written date stays out of its span, as «في» does
    ("نشر الرئيس تغريدة يوم 30 أغسطس آب 2020", [("30 أغسطس آب 2020", "2020-08-30")]),
    # a range of months whose end is dated relatively takes that year for both sides
    ("ارتفعت الحصة خلال يوليو-نوفمبر من العام الماضي", [("يوليو-نوفمبر من العام الماضي", "2017-07/2017-11")]),
    ("ارتفعت الواردات من نوفمبر إلى فبراير من العام الماضي",
     [("من نوفمبر إلى فبراير من العام الماضي", "2016-11/2017-02")]),
    # halves of a month: days 1–15, and 16 to the month's end
    ("ارتفعت الحصة في النصف الأول من يناير كانون الثاني", [("النصف الأول من يناير كانون الثاني",
                                                          "2018-01-01/2018-01-15")]),
    ("تراجعت الصادرات في النصف الثاني من شهر فبراير 2016", [("النصف الثاني من شهر فبراير 2016",
                                                           "2016-02-16/2016-02-29")]),
])
def test_relative_days_ranges_and_halves_of_a_month(text, expected):
    assert dates(text, "2018-05-22") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative date, a verbal noun of speech or a preposition of time after a name ends it (a surname no lexicon
    # lists: Mikheyev, first used here, is now in entities.csv)
    ("نقلت الوكالة عن المدير العام ألكسندر سيمينوف قوله اليوم إن الاتفاق قريب", [("ألكسندر سيمينوف", "title")]),
    ("وقال ألكسندر سيمينوف قبيل اجتماع الوزراء إن الاتفاق قريب", [("ألكسندر سيمينوف", "speech")]),
    ("وصرح الوزير بافل كوليسنيكوف أمس إن المحادثات مثمرة", [("بافل كوليسنيكوف", "title")]),
    # a verbal noun that opens what is proposed or called for ends the addressee's name (name_stops.csv)
    ("واقترح الوزير على وزير الدفاع الإيراني جواد كريمي العودة إلى الاتفاقية", [("جواد كريمي", "title")]),
])
def test_a_relative_date_or_a_verbal_noun_after_a_name_ends_it(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a standing body's head with the article, an adjective and a country's nisba: one body
    ("وقال عضو اللجنة الأمنية العراقية إن الطائرات وصلت", [("اللجنة الأمنية العراقية", "organization", "pattern")]),
    # a closing adjective and the two countries' nisbas after it
    ("وستجتمع اللجنة المشتركة العراقية الروسية هذا العام",
     [("اللجنة المشتركة العراقية الروسية", "organization", "pattern")]),
    ("وستجتمع اللجنة المشتركة العراقية-الروسية هذا العام",
     [("اللجنة المشتركة العراقية-الروسية", "organization", "pattern")]),  # the nisbas joined by a hyphen
    # a head and a nisba alone describe: the country only
    ("وقالت اللجنة الروسية إن العمل مستمر", [("الروسية", "country", "lexicon")]),
    # a closing adjective after the two countries' nisbas closes the name
    ("وسيعقد اجتماع اللجنة الاقتصادية الروسية العراقية المشتركة الشهر المقبل",
     [("اللجنة الاقتصادية الروسية العراقية المشتركة", "organization", "pattern")]),
])
def test_a_body_named_by_its_head_adjectives_and_nisbas(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted given name and surname right after a title or its complement is the person
    ("وقال النائب « عباس البياتي » إن الطائرات وصلت", [("عباس البياتي", "title")]),
    ("وبين عضو لجنة الأمن والدفاع “سالم الجبوري” أن الصفقة تمت", [("سالم الجبوري", "title")]),
    # a particle after the name opens the next clause, it is no construct of the complement
    ("وبين عضو اللجنة المالية عباس الربيعي إن الطائرات وصلت", [("عباس الربيعي", "title")]),
])
def test_a_quoted_person_after_a_title_and_a_particle_after_the_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural of a nisba head: a state's successive governments are its government
    ("لم تتمكن موسكو من تسوية العلاقات مع الحكومات العراقية المتعاقبة",
     [("موسكو", "city", "lexicon"), ("الحكومات العراقية", "organization", "pattern")]),
    # a department named by a world region, and a second one joined by «و»
    ("قال مدير إدارة الشرق الأوسط وشمال إفريقيا في الوزارة إن",
     [("إدارة الشرق الأوسط وشمال إفريقيا", "organization", "pattern")]),
    ("وأوضح رئيس دائرة آسيا في الوزارة أن", [("دائرة آسيا", "organization", "pattern")]),
    # «إدارة» before a country is its handling of something, not a department
    ("انتقد المحللون إدارة روسيا للأزمة", [("روسيا", "country", "lexicon")]),
])
def test_governments_in_the_plural_and_departments_named_by_a_region(text, expected):
    assert found(text) == expected


def test_a_surname_that_is_a_given_name_is_read_alone_only_after_a_reporting_verb():
    text = "وقال وزير الخارجية العراقي، عماد حسين، إن العلاقات جيدة. وتابع حسين في مؤتمر صحافي. وزار حسين علي بغداد."
    assert people(text) == [("عماد حسين", "title"), ("حسين", "title")]  # not «حسين» of «حسين علي»


@pytest.mark.parametrize(("text", "expected"), [
    # a tatweel standing alone between spaces is a dateline's dash; a place inside the outlet's name names none
    ("بغداد ـ مصر اليوم\nأعلنت وزارة النفط", [("بغداد", "city", "lexicon"), ("مصر اليوم", "organization", "pattern"),
                                             ("وزارة النفط", "organization", "pattern")]),
    ("القاهرة/ مصر اليوم\nقال", [("القاهرة", "city", "lexicon"), ("مصر اليوم", "organization", "pattern")]),
    # a verb after the dash opens the report: no outlet
    ("بغداد - قال الوزير", [("بغداد", "city", "lexicon")]),
    # a line of an outlet, a colon and its city
    ("عنوان التقرير\n\nنبض عراق: بغداد\n\nيستمر النفط", [("نبض عراق", "organization", "pattern"),
                                                       ("بغداد", "city", "lexicon")]),
    # a title before the colon is no outlet
    ("رئيس الوزراء: بغداد", [("بغداد", "city", "lexicon")]),
])
def test_outlets_of_datelines_after_a_tatweel_dash_or_before_a_colon(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted or parenthesised name after a verb whose object is the statement: the outlet (outlet_cues.csv)
    ("وقال المستشار، في تصريح تابعته “الرافدين نيوز”، إن العقد جاهز", [("الرافدين نيوز", "organization", "pattern")]),
    ("وذكر بيان تلقته (سومر برس) أن الوفد وصل", [("سومر برس", "organization", "pattern")]),
    # a place inside the outlet's name names no place
    ("وقال في حديث أجرتها “عراق اليوم” إن", [("عراق اليوم", "organization", "pattern")]),
    # a given name in quotes there is no outlet
    ("وقال في تصريح تابعته “محمد علي” إن", []),
])
def test_outlets_that_relay_a_statement(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «بي بي»: Arabic has no P, so the letters spell BP, a known name, not "BB"; «بي بي سي» stays BBC
    ("وأعلنت بي بي أنها ستنسحب من العقد", [("بي بي", "organization", "BP")]),
    ("وبثت بي بي سي تقريرا عن العقد", [("بي بي سي", "organization", "BBC")]),
    # a head after «و» ends a list of fields and names its own field
    ("تعمل في حقلي الرميلة والزبير وحقل مجنون شركات أجنبية",
     [("الرميلة", "oil_field", "Rumaila"), ("الزبير", "oil_field", "Zubair"), ("حقل مجنون", "oil_field", "Majnoon")]),
    # the head and a known name of two words: one place, no overlap
    ("زار الوفد محافظة دير الزور أمس", [("محافظة دير الزور", "region", "محافظة دير الزور")]),
    # Latin letters glued to the last word of a name are an acronym of their own
    ("وقع المصرف العراقي للتجارةTBI اتفاقا", [("المصرف العراقي للتجارة", "organization", "المصرف العراقي للتجارة"),
                                           ("TBI", "organization", "TBI")]),
])
def test_spelled_acronyms_field_lists_governorates_and_glued_latin(text, expected):
    assert [(m.text, m.type, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «في» (V) heading spelled letters is the preposition «in»: the letters after it alone are the acronym
    ("قال مسؤول في بي بي إن الإنتاج ارتفع", [("بي بي", "BP")]),
    ("وفي بي بي تقرير عن العقد", [("بي بي", "BP")]),
    ("وقال مسؤول في آر تي إن", [("آر تي", "RT")]),
    ("وقال مسؤول في إن بي سي إن", [("إن بي سي", "NBC")]),
    # the lexicon's VTB («في تي بي», entities.csv) is read with its «في», after the preposition too
    ("وقال مصرف في تي بي إن", [("في تي بي", "VTB Bank")]),
    ("وقال مسؤول في في تي بي إن", [("في تي بي", "VTB Bank")]),
    # «في» inside a run is the letter V: «إس في آر» is SVR
    ("وقال جهاز إس في آر إن", [("إس في آر", "SVR")]),
])
def test_fi_before_spelled_letters_is_the_preposition(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize("text", [
    # «في» (in) before two letters the lexicon does not know: no acronym starts inside the run («سي سي» is no body)
    "وقال مسؤول في سي سي إن",
    # a letter name that is also a word («أو» or, «إن» that, «كي» so that) opens no run the lexicon does not know,
    # and the two letters after it stand on their own only as a known name
    "وقد يكون الرد أو بي سي وفق الخطة",
    "وأضاف إن جي تي جاهزة",
    "جاء كي دي سي إلى المدينة",
])
def test_a_letter_name_that_is_a_word_opens_no_spelled_acronym(text):
    assert [m.text for m in extract(text) if m.kind == "entity"] == []


def test_fi_heading_a_known_latin_acronym_stays_its_first_letter(monkeypatch):
    # an acronym the lexicon knows with its V keeps «في» as the letter
    import analysis.extract.entities.driver as driver
    import analysis.extract.names as names

    for reader in (names, driver):  # the name rules spell the letters, the driver names what they spell
        monkeypatch.setattr(reader, "_known_acronyms", lambda: frozenset({"VCC"}))
    assert [(m.text, m.value) for m in extract("وقال مسؤول في سي سي إن") if m.kind == "entity"] == [("في سي سي", "VCC")]


@pytest.mark.parametrize(("text", "expected"), [
    # a maker whose name is its aircraft's prefix, after a word for aircraft: the aircraft, a weapon system
    ("تسلم العراق طائرات « سوخوي » الروسية", [("العراق", "country", "lexicon"), ("سوخوي", "weapon_system", "lexicon"),
                                            ("الروسية", "country", "lexicon")]),
    ("وصلت مقاتلات من طراز سوخوي، وقالت شركة سوخوي إن", [("سوخوي", "weapon_system", "lexicon"),
                                                      ("سوخوي", "organization", "lexicon")]),
    # a company named in full is named again without its head
    ("سلمت عملياته لشركة نفط الشمال. واجتمع مسؤولون من ونفط الشمال",
     [("شركة نفط الشمال", "organization", "lexicon"), ("نفط الشمال", "organization", "lexicon")]),
    # «منظمة» and one word with the article names a body
    ("وصل رئيس منظمة الطاقة الذرية إلى موسكو", [("منظمة الطاقة الذرية", "organization", "pattern"),
                                              ("موسكو", "city", "lexicon")]),
])
def test_makers_as_aircraft_companies_named_again_and_organisations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of event or statement, before its subject or not, dates a bare «اليوم» (today_cues.csv)
    ("وزار الوزير اليوم العاصمة موسكو", [("اليوم", "2019-06-12")]),
    ("وقالت الوزارة اليوم في بيان إن العقد جاهز", [("اليوم", "2019-06-12")]),
    ("وقال المتحدث في وقت سابق اليوم إن المحادثات مثمرة", [("اليوم", "2019-06-12")]),
    # without one, «اليوم» is «nowadays»
    ("ويواجه العراق اليوم تحديات كبيرة", []),
    # a noun of statement right before it: the statement of today, with or without commas around «اليوم»
    ("وأكد السفير، في تصريح صحفي اليوم، دعم بلاده للحكومة", [("اليوم", "2019-06-12")]),
    ("وشددت الوزارة في بيان اليوم على التعاون", [("اليوم", "2019-06-12")]),
    # the noun two words back does not: «تصريح لقناة العراق اليوم»
    ("ورد في تصريح لقناة العراق اليوم على الأسئلة", []),
    # more verbs of event in the present, and the future «س» on one
    ("تنطلق اليوم أعمال المنتدى في موسكو", [("اليوم", "2019-06-12")]),
    ("ستعقد اليوم جولة جديدة من المحادثات", [("اليوم", "2019-06-12")]),
    # a verb of arrival, its subject, «إلى» and the place, then «اليوم»
    ("ووصل الوفد إلى بغداد اليوم في زيارة رسمية", [("اليوم", "2019-06-12")]),
    ("ونظر الوفد إلى العراق اليوم بوصفه شريكا", []),
])
def test_a_bare_today_dated_by_a_verb_of_event(text, expected):
    assert dates(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «المنقضي» and the Maghrebi «الفارط» (elapsed, past); «الغد» with a part of the day
    ("ارتفع الإنتاج خلال العام المنقضي", [("العام المنقضي", "2018")]),
    ("تراجعت الصادرات الشهر الفارط", [("الشهر الفارط", "2019-05")]),
    ("يصل الوفد صباح الغد إلى موسكو", [("صباح الغد", "2019-06-13")]),
    ("من أجل الغد", []),  # «الغد» alone is also «the future»
    # «إلى» after a bare part of the year is no article: the part is a date
    ("وصل الوفد مطلع العام إلى بغداد", [("مطلع العام", "2019")]),
    # a weekday «قبل الماضي»: the one a week before last (weekday_words.csv)
    ("وصل الوفد الخميس قبل الماضي إلى موسكو", [("الخميس قبل الماضي", "2019-05-30")]),
    ("أقيم الحفل الجمعة قبل الماضية", [("الجمعة قبل الماضية", "2019-05-31")]),
    # «واحد» (one) after the unit of a counted date is inside its span; before «من» an event is counted from
    ("وقال الوزير قبل يوم واحد إن الاتفاق جاهز", [("قبل يوم واحد", "2019-06-11")]),
    ("وصل الوفد قبل يوم واحد من الزيارة", []),
    # «ختام» (close) and «مستهل» (opening) are parts of a year or month, inside the span (month_parts.csv)
    ("وقع العقد في ختام العام الماضي", [("ختام العام الماضي", "2018")]),
    ("يصل الوفد في مستهل الشهر المقبل", [("مستهل الشهر المقبل", "2019-07")]),
    ("في ختام أعمال المؤتمر", []),
])
def test_more_relative_dates(text, expected):
    assert dates(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative date after «منذ» is a since-date: «منذ» inside its span, whatever the unit
    ("ارتفعت الأسعار منذ أمس", [("منذ أمس", "2019-06-11")]),
    ("ارتفع الإنتاج منذ بداية العام", [("منذ بداية العام", "2019")]),
    ("تراجعت الصادرات منذ مارس الماضي", [("منذ مارس الماضي", "2019-03")]),
    ("ومنذ الخميس الماضي لم يصل أي وفد", [("منذ الخميس الماضي", "2019-06-06")]),
])
def test_a_relative_date_after_since_keeps_it(text, expected):
    assert dates(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a half of a relative month is a period of its days, not the month's first or second day
    ("تراجعت الصادرات في النصف الثاني من الشهر الماضي", "2019-06-12",
     [("النصف الثاني من الشهر الماضي", "2019-05-16/2019-05-31")]),
    ("ارتفعت في النصف الأول من الشهر الجاري", "2019-06-12", [("النصف الأول من الشهر الجاري", "2019-06-01/2019-06-15")]),
    ("ارتفعت في النصف الأول من الشهر الجاري", None, [("النصف الأول من الشهر الجاري", None)]),
    # the second day of last month stays a day
    ("وصل الوفد في الثاني من الشهر الماضي", "2019-06-12", [("الثاني من الشهر الماضي", "2019-05-02")]),
])
def test_halves_of_a_relative_month(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field's head with no name of its own, then a verb of naming (naming_cues.csv): the name it gives is the field
    ("وأعلنت الشركة أنها افتتحت حقلا نفطيا جديدا في العراق يدعى “الأمل”", [("العراق", "country"),
                                                                        ("الأمل", "oil_field")]),
    ("واكتشفت حقل غاز جديد يسمى النور شرقي البلاد", [("النور", "oil_field")]),
    # an indefinite field and no verb of naming: no field, and «نفطيا» is no name
    ("وقالت إنها اكتشفت حقلا نفطيا جديدا قرب الحدود", []),
    ("وأكد أن حقل نفط جديد سيطرح للاستثمار", []),
    # a field named after its head keeps its name, whatever follows
    ("ويقع حقل مجنون الذي يسمى العملاق قرب البصرة", [("حقل مجنون", "oil_field"), ("البصرة", "city")]),
    # a numbered block with the article glued to its number
    ("ويقع البلوك الـ9 جنوب البلاد", [("البلوك الـ9", "oil_field")]),
])
def test_a_field_named_by_a_verb_of_naming(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an English word of a company's name that is also an Arabic word continues the name (company_words.csv)
    ("وصلت ناقلة من مؤسسة سيبكو غروب الذراع التجاري للشركة", ["سيبكو غروب"]),
    ("وقالت شركة ميدكو جروب إن العقد جاهز", ["ميدكو جروب"]),
    # a complement of «ل» ends a foreign name after a head
    ("وقالت صحيفة بتروليوم ديلي لأخبار الطاقة إن", ["صحيفة بتروليوم ديلي"]),
    # «غروب» alone is «sunset»
    ("وصل الوفد عند غروب الشمس", []),
    # the Russian «нефть» and «газ» end a company's name (company_words.csv)
    ("ووقعت شركة كراسنو نفط غاز الروسية العقد", ["كراسنو نفط غاز"]),
    # a known coalition named by a head and a construct (entities.csv)
    ("وقال تحالف إدارة الدولة في بيان", ["تحالف إدارة الدولة"]),
])
def test_a_foreign_company_name_and_where_it_ends(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a committee and the council it sits in, after «ب»، «ل» or «في», are one body (committee_parts.csv)
    ("وقالت لجنة الزراعة والمياه بالبرلمان العراقي إن", ["لجنة الزراعة والمياه بالبرلمان العراقي"]),
    ("وقال عضو اللجنة القانونية لمجلس الوزراء إن", ["اللجنة القانونية لمجلس الوزراء"]),
    ("وأكدت لجنة الشؤون الدولية في مجلس الدوما أن", ["لجنة الشؤون الدولية في مجلس الدوما"]),
    # a noun after «اللجنة» is no adjective of it: the council alone
    ("وسلم رئيس اللجنة التقرير لمجلس الوزراء", ["مجلس الوزراء"]),
    # a council qualified by its term («السابق»، «الحالي») is a term of office, not the body: the committee alone
    ("وقال عضو لجنة النزاهة في البرلمان السابق إن", ["لجنة النزاهة"]),
    ("وأكد نائب رئيس لجنة الطاقة في البرلمان الحالي أن", ["لجنة الطاقة"]),
])
def test_a_committee_and_its_council_are_one_body(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a designation after a known weapon's name is the tail of that name, with a space or an underscore
    ("وتسلم الجيش منظومات بانتسير إس 1 الروسية", [("بانتسير إس 1", "Pantsir-S1"), ("الروسية", "Russia")]),
    ("وتشمل الصفقة «بانتسير _ اس 1»", [("بانتسير _ اس 1", "Pantsir-S1")]),
    # variant letters spelt out after the number (weapon_suffixes.csv), with a space, a dot or none
    ("مروحيات من طراز ام.اي-28إن.إي الليلية", [("ام.اي-28إن.إي", "Mi-28NE")]),
    ("مروحيات «ميل إم إي -28 إن إي» الهجومية", [("ميل إم إي -28 إن إي", "Mi-28NE")]),
    # a word after the number that only starts like the letters is not one
    ("وصلت مروحيات مي-28 إلى إيران", [("مي-28", "Mi-28"), ("إيران", "Iran")]),
])
def test_weapon_designations_and_their_tails(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company described by its head and business, then the same company's name in quotes: the quoted name alone
    ('وبحسب بيانات شركة تسويق النفط العراقية "سومو" ارتفعت الصادرات', ["سومو"]),
    ("وأعلنت شركة تسويق النفط «سومو» أمس", ["سومو"]),
    # in parentheses, the name and its short name (h03); without a quote, the name
    ("وأعلنت شركة تسويق النفط (سومو) أمس", ["شركة تسويق النفط", "سومو"]),
    ("وأعلنت شركة تسويق النفط العراقية أمس", ["شركة تسويق النفط العراقية"]),
])
def test_a_company_description_before_its_quoted_name(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a head written twice before a known agency: the name from the second («لوكالة وكالة فرانس برس», m10)
    ("وقال المتحدث لوكالة وكالة فرانس برس إن", [("وكالة فرانس برس", "organization")]),
    # world regions and territories named with a compass word or a head (entities.csv)
    ("وتصدر إلى دول شمال أفريقيا", [("شمال أفريقيا", "region")]),
    ("وتواصلت الحرب في قطاع غزة", [("قطاع غزة", "region")]),
    ("انسحبت الشركة من مشروع سخالين 2 العام الماضي", [("سخالين 2", "oil_field")]),
])
def test_agency_heads_written_twice_and_named_regions(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country's name written as its nisba («السعودية») after a body's description is its adjective, inside the name
    ("وقالت هيئة الإحصاء السعودية إن الأسعار ارتفعت", [("هيئة الإحصاء السعودية", "organization")]),
    ("وأكدت وزارة الطاقة السعودية التزامها", [("وزارة الطاقة السعودية", "organization")]),
    # elsewhere it is the country
    ("وقعت روسيا والسعودية اتفاقا", [("روسيا", "country"), ("السعودية", "country")]),
    ("بتمويل من السعودية", [("السعودية", "country")]),
])
def test_a_country_written_as_its_nisba_after_a_body(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list of fields whose «و» is written apart from the next name
    ("ووقعت عقودا لتطوير حقلي الغراف و الحلفاية", [("الغراف", "oil_field"), ("الحلفاية", "oil_field")]),
    ("وتعمل في حقول الرميلة و الزبير و مجنون", [("الرميلة", "oil_field"), ("الزبير", "oil_field"),
                                              ("مجنون", "oil_field")]),
    # oil and gas fields, written so, list no name
    ("وتطوير حقول النفط و الغاز", []),
])
def test_a_list_of_fields_with_a_detached_and(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian state companies in the spellings Arabic press uses (gazetteer_companies.csv, entities.csv)
    ("ووقعت تيخنوبروم اكسبورت عقدا لإعادة بناء المحطة", [("تيخنوبروم اكسبورت", "Technopromexport")]),
    ("وتشارك غاز بروم نفط في مشروع بدرة", [("غاز بروم نفط", "Gazprom Neft"), ("بدرة", "Badra")]),
    ("وشملت العقوبات سبيربنك وسوفكومفلوت", [("سبيربنك", "Sberbank"), ("سوفكومفلوت", "Sovcomflot")]),
    ("وبحث الوفد العقود مع ممثلي روسوبورون _ اكسبورت", [("روسوبورون _ اكسبورت", "Rosoboronexport")]),
    ("وقال مصرف التنمية الروسي فنيشيكونوم بنك إن", [("الروسي", "Russia"), ("فنيشيكونوم بنك", "VEB.RF")]),
])
def test_russian_state_companies_in_their_spellings(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a joint body of several states named by a head and adjectives that close with their number (joint_bodies.csv)
    ("وتعمل الغرفة الأمنية الرباعية في بغداد", [("الغرفة الأمنية الرباعية", "organization"), ("بغداد", "city")]),
    ("واجتمعت اللجنة الفنية الثلاثية أمس", [("اللجنة الفنية الثلاثية", "organization")]),
    # a room of a building is no body
    ("في غرفة الاجتماعات الكبيرة", []),
])
def test_joint_bodies_of_several_states(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Iraq's state oil companies named by their business (entities.csv), and an office by its portfolio
    ("وأعلنت شركة خطوط الأنابيب النفطية إصلاح الخط", [("شركة خطوط الأنابيب النفطية", "Oil Pipelines Company")]),
    ("وقالت شركة مصافي الوسط إن", [("شركة مصافي الوسط", "Midland Refineries Company")]),
    ("وأكدت مستشارية الأمن القومي أن", [("مستشارية الأمن القومي", "مستشارية الأمن القومي")]),
])
def test_state_companies_and_offices_named_by_their_business(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ports, seas and border cities of the Russian, Syrian and Iranian press (entities.csv)
    ("وأبحرت الناقلة من نوفوروسيسك إلى بندر عباس", [("نوفوروسيسك", "Novorossiysk"), ("بندر عباس", "Bandar Abbas")]),
    ("وتقع حقول بحر قزوين شرق الخليج الفارسي", [("بحر قزوين", "Caspian Sea"), ("الخليج الفارسي", "Persian Gulf")]),
    ("وقصفت المسيرات مدينة بيلغورود قرب خاركيف", [("بيلغورود", "Belgorod"), ("خاركيف", "Kharkiv")]),
])
def test_ports_seas_and_border_cities(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # agencies by their Arabic initials, spaced or dotted, in parentheses or a dateline (bracketed_names.csv)
    ("موسكو (د ب أ) - أعلن الوزير", [("موسكو", "Moscow"), ("د ب أ", "Deutsche Presse-Agentur")]),
    ("ونقلت (أ.ف.ب) عن مصدر", [("أ.ف.ب", "Agence France-Presse")]),
    ("ونقلت (د.ب.أ) عن مصدر", [("د.ب.أ", "Deutsche Presse-Agentur")]),
    ("ذكرت وكالة أنباء الشرق الأوسط (أ ش أ) أن", [("وكالة أنباء الشرق الأوسط", "Middle East News Agency"),
                                               ("أ ش أ", "Middle East News Agency")]),
])
def test_agencies_by_their_arabic_initials(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description of a company, then its known name set off by commas: the name, and the nisba as a demonym
    ("أعلنت شركة النفط الروسية العملاقة، روسنفت، زيادة أرباحها", [("الروسية", "country"), ("روسنفت", "organization")]),
    # a known body after a comma that is not set off as an apposition is a body of its own
    ("وقعت شركة النفط الوطنية العراقية، لوك أويل وشركات أخرى", [("شركة النفط الوطنية العراقية", "organization"),
                                                              ("لوك أويل", "organization")]),
])
def test_a_description_before_a_name_set_off_by_commas(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_a_known_body_with_its_nisba_is_one_body():
    # «لل» kept, as in «للعراق» (the corpus gold of l10)
    assert [(m.text, m.value) for m in extract("وقدمت موسكو دعما للحشد الشعبي العراقي") if m.kind == "entity"] == [
        ("موسكو", "Moscow"), ("للحشد الشعبي العراقي", "Popular Mobilization Forces")]


@pytest.mark.parametrize(("text", "expected"), [
    # «و» and a country's nisba after a description joins a second country, no word of the body's name (l09)
    ("وانسحبت القوات الدولية والأمريكية من البلاد", [("الأمريكية", "country")]),
    # «و» and a noun with the article goes on with the name
    ("وقالت وزارة الخارجية والتعاون الدولي إن", [("وزارة الخارجية والتعاون الدولي", "organization")]),
])
def test_a_nisba_after_and_is_no_word_of_a_name(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # RIA Novosti's Arabic service in quotes (bracketed_names.csv); unquoted the words are news from Moscow
    ('وقال الوزير في تصريح ل"أنباء موسكو" إن', [("أنباء موسكو", "RIA Novosti")]),
    ("وتابعت الصحف أنباء موسكو باهتمام", [("موسكو", "Moscow")]),
    # Shell by its short name in quotes; bare «شل» is the verb «paralysed»
    ('وباعت "شل" حصتها في الحقل', [("شل", "Shell")]),
    ("شل الإضراب حركة الميناء", []),
])
def test_an_outlet_named_by_common_words_in_quotes(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a team named by a foreign name after «سرب», head included (org_patterns.csv); a flock of aircraft is none
    ("وشارك سرب روسكي فيتيازي في العرض فوق ريازان", [("سرب روسكي فيتيازي", "organization"), ("ريازان", "city")]),
    ("وحلق سرب طائرات فوق المدينة", []),
])
def test_a_squadron_named_by_a_foreign_name(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the kind of field with the article and no name after it names no field
    ("وتضرر حقل النفط بعد الهجوم", []),
    ("وتطوير حقل الغاز الطبيعي في المحافظة", []),
    # a known field after it is the field, head and kind included (as «حقل نفط بدرة»)
    ("وبدأ الإنتاج في حقل الغاز المنصورية", [("حقل الغاز المنصورية", "oil_field")]),
])
def test_the_kind_of_field_with_the_article(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # named gas pipelines are projects, typed as fields are (entities.csv); «التركي» inside the name is no demonym
    ("وتصدر روسيا الغاز عبر السيل التركي وقوة سيبيريا", [("روسيا", "country"), ("السيل التركي", "oil_field"),
                                                      ("قوة سيبيريا", "oil_field")]),
    ("ونفذت الشركة مشروع خط الغاز العربي", [("خط الغاز العربي", "oil_field")]),
])
def test_named_pipelines_are_projects(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_a_designation_with_an_underscore_for_its_hyphen():
    # agency copy writes a designation's hyphen as an underscore between spaces («مي _ 28», i13)
    assert [(m.text, m.value) for m in extract("وتشمل الصفقة 30 مروحية «مي _ 28» الهجومية") if m.kind == "entity"] == [
        ("مي _ 28", "Mi-28")]


@pytest.mark.parametrize(("text", "expected"), [
    # a company's name with English words of a company (company_words.csv) is named again by its first word
    ("وقعت الوزارة مع شركة ليفانكو أويل فيلد عقدا، وقالت ليفانكو إن", ["ليفانكو أويل فيلد", "ليفانكو"]),
    # not a given name before a person's surname
    ("وقالت أنتون أويل فيلد إن العقد جاهز. وأضاف وزير المالية أنتون سيلوانوف", ["أنتون أويل فيلد"]),
])
def test_a_company_named_again_by_its_first_word(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a show named by a known place after «معرض» is one body, head included, with its adjectives (as a forum)
    ("وعرضت الشركة طائراتها في معرض دبي الذي اختتم أمس", [("معرض دبي", "organization")]),
    ("وشاركت روسيا في معرض بغداد الدولي", [("روسيا", "country"), ("معرض بغداد الدولي", "organization")]),
    # «في معرض حديثه» (in the course of his remarks) names no show
    ("وقال الوزير في معرض حديثه عن موسكو", [("موسكو", "city")]),
    # a known organisation named by its head and a one-word name (entities.csv)
    ("وقال الأمين العام لمنظمة بدر إن", [("منظمة بدر", "organization")]),
])
def test_shows_named_by_a_place_and_known_organisations(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description with a complement of «لل», then the known name it introduces: the name and the nisba
    ("وقالت الشركة الحكومية الروسية للتكنولوجيا روستيخ إن", [("الروسية", "country"), ("روستيخ", "organization")]),
    # the same description alone stands for its body
    ("وقالت الشركة الروسية للتكنولوجيا إن", [("الشركة الروسية للتكنولوجيا", "organization")]),
])
def test_a_complemented_description_before_a_known_name(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_a_quote_opened_inside_a_field_name_closes_after_its_phase():
    # «وغرب "القرنة-2"» (m10): one span across the quotation mark, as the page quotes part of the name
    assert [m.text for m in extract('العقوبات تبعد الشركة وغرب "القرنة-2" بإدارة محلية') if m.kind == "entity"] == [
        'غرب "القرنة-2"']


@pytest.mark.parametrize(("text", "expected"), [
    # a field's phase number after its known name is part of the canonical name
    ("ويدير التحالف مشروع غرب القرنة-2 النفطي", [("غرب القرنة-2", "West Qurna-2")]),
    ("وتعمل الشركة في غرب القرنة 1 منذ سنوات", [("غرب القرنة 1", "West Qurna-1")]),
])
def test_a_field_phase_in_the_canonical_name(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin name in parentheses after any head of a body is its name, as a quoted one is («موقع»)
    ("وقال موقع (Oilprice) الأمريكي إن", [("Oilprice", "organization"), ("الأمريكي", "country")]),
    # Arabic words in parentheses after «موقع» (site, position) name nothing
    ("وقال موقع (الحادث) إن", []),
])
def test_a_latin_name_in_parentheses_after_a_head(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a title, a plural before a nisba in «ـين» is no given name and Russian surname: no person, the demonym
    ("وسيلتقي الوزير مجموعة مسؤولين سوريين بينهم وزير الخارجية", [("سوريين", "country", "lexicon")]),
    # …while an unknown given name before a surname of Russian shape still is one
    ("وأعلن السفير زاوربيك ماغوميدين أن بلاده مستعدة", [("زاوربيك ماغوميدين", "person", "title")]),
])
def test_a_plural_before_a_nisba_is_no_name_after_a_title(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an academic title abbreviated with full stops (academic_titles.csv) after a title's complement and a comma…
    ("وأكد المتحدث باسم وزارة الزراعة، د. سيروان كاكل، أن الموسم جيد", [("سيروان كاكل", "title")]),
    # …after a speech verb, or alone: the name follows it, the abbreviation outside its span
    ("وقال د. محمد الربيعي إن الأسعار سترتفع", [("محمد الربيعي", "speech")]),
    ("وحاضر أ.د. سلمان داود في الجامعة", [("سلمان داود", "title")]),
    ("بنيت سنة ( 1914 م ). وفي", []),  # «م» after a year is the era, no title
    # an ambiguous given name and a family nisba that end the clause close a title's complement
    ("قال القيادي في منظمة العمل كريم الساعدي، اليوم، إن", [("كريم الساعدي", "title")]),
    # the body's own name after its head with a glued «ل» is part of the complement
    ("بزعامة الأمين العام لمنظمة بدر هادي الساعدي، سيكسب", [("هادي الساعدي", "title")]),
])
def test_academic_titles_and_names_after_a_bodys_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin designation glued to the Arabic word before it is read from its first Latin letter
    ("ويملك الجيش طائرات من طرازF35 حديثة", [("F35", "weapon_system", "pattern")]),
    ("ويملك الجيش طائرات من طراز F35 حديثة", [("F35", "weapon_system", "pattern")]),
])
def test_a_latin_designation_glued_to_an_arabic_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a title's complement, an unknown given name and a family nisba before the words that open the
    # circumstances of the speech (speaker_adjuncts.csv) are a name, as before «إن» or a comma
    ("وقال رئيس لجنة النفط في البرلمان جاسم الموسوي في تصريح صحفي", [("جاسم الموسوي", "title")]),
    ("قال عضو لجنة الأمن النيابية مهند الخزرجي لـ المدى إن", [("مهند الخزرجي", "title")]),
    ("وقال مدير دائرة التخطيط الاستراتيجي في الوزارة", []),  # no name: a construct of the complement
])
def test_names_before_the_circumstances_of_the_speech(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline's byline of a given name the lists do not know and a family nisba is the reporter…
    ("البصرة – سهاد الكعبي\nكشفت إحصائية حكومية", [("البصرة", "city", "lexicon"), ("سهاد الكعبي", "person", "pattern")]),
    # …while two words that name an outlet stay the outlet
    ("البصرة – العرب اليوم\nكشفت إحصائية", [("البصرة", "city", "lexicon"), ("العرب اليوم", "organization", "pattern")]),
])
def test_a_datelines_byline_of_a_given_name_and_a_family_nisba(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title behind «و» («والسيد») ends a body's name: it starts the next person of a list
    ("وجهت إلى السيد رئيس مجلس الوزراء والسيد وزير الخارجية", [("مجلس الوزراء", "organization", "pattern")]),
    # a word behind «وال» that is no title stays in the name
    ("وقالت وزارة الخارجية والمغتربين السورية", [("وزارة الخارجية والمغتربين السورية", "organization", "pattern")]),
])
def test_a_title_behind_the_conjunction_ends_a_bodys_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two known places glued by «و» into one word, as copied pages write them: each name alone
    ("ويتسارع التعاون بين سورياوالعراق في مجال الطاقة", [("سوريا", "country", "lexicon"), ("العراق", "country", "lexicon")]),
    ("وأيد قادة كل من إيطالياوفرنسا القرار", [("إيطاليا", "country", "lexicon"), ("فرنسا", "country", "lexicon")]),
    ("وقال الوزير إن العلاقات وطيدة", []),  # a word with «و» inside that is no pair of places
])
def test_two_places_glued_by_the_conjunction(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nisba with the article glued to the definite word before it is the demonym alone
    ("وقال وزير الخارجيةالإيراني إن", [("الإيراني", "country", "lexicon")]),
    ("العلاقات السوريةالتركية متوترة", [("السورية", "country", "lexicon"), ("التركية", "country", "lexicon")]),
    ("أعلنت الشركات البرتغالية", [("البرتغالية", "country", "lexicon")]),  # a nisba that holds «ال» is one word
])
def test_a_nisba_glued_to_the_word_before_it(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known person's surname in Latin letters, capitalised, in an Arabic text
    ("وفي القضايا الإقليمية، أكد Lavrov على دور العراق", [("Lavrov", "person", "lexicon"), ("العراق", "country", "lexicon")]),
    ("وفي القضايا الإقليمية، أكد lavrov على دور العراق", [("العراق", "country", "lexicon")]),  # lower case: no name
])
def test_a_known_persons_surname_in_latin_letters(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname that is also a given name, named in full before, is the person after «أن» or quoted alone…
    ("وقال وزير الخارجية فؤاد حسين إن الزيارة مهمة، مبينا ان \"حسين سيلتقي نظيره", [("فؤاد حسين", "lexicon"),
                                                                               ("حسين", "lexicon")]),
    ("وقال الوزير عماد حسين إن الزيارة مهمة، وإن \"حسين\" سيلتقي نظيره", [("عماد حسين", "title"), ("حسين", "title")]),
])
def test_a_surname_that_is_a_given_name_after_that_or_quoted_alone(text, expected):
    assert people(text) == expected


def test_a_surname_that_is_a_given_name_before_another_given_name_is_not_read_alone():
    text = "وقال وزير الخارجية فؤاد حسين إن الزيارة مهمة، مبينا ان حسين علي سيحضر"
    assert ("حسين", "lexicon") not in people(text)


@pytest.mark.parametrize(("text", "expected"), [
    # Russian surnames in -chuk and -enko (name_shapes.csv) stand alone after a title
    ("وقال نائب رئيس الوزراء الروسي كوفالتشوك إن", [("كوفالتشوك", "title")]),
    ("وقال الوزير فومينكو إن", [("فومينكو", "title")]),
])
def test_surnames_in_chuk_and_enko_alone_after_a_title(text, expected):
    assert people(text) == expected


def test_a_verbal_noun_in_ين_after_a_preposition_is_no_surname_in_a_titles_complement():
    # «لتثمين» ends like «بوتين» but opens a construct of the body's name; the person follows it
    text = "ورئيس الوكالة الوطنية لتثمين موارد الطاقة سمير سالمي واطارات من القطاع."
    assert people(text) == [("سمير سالمي", "title")]


def test_the_writer_after_a_byline():
    # «بقلم» (person_titles.csv): the writer's name follows, a given name and a family name no list knows
    assert people("بقلم سعد الكبيسي\nقال الوزير إن") == [("سعد الكبيسي", "title")]


@pytest.mark.parametrize(("text", "expected"), [
    # «إقبال» is a given name after a title, the noun «turnout» elsewhere (given_names.csv, ambiguous)
    ("وقالت النائبة إقبال سعيد إن اللجنة ستجتمع", [("إقبال سعيد", "title")]),
    ("يشهد المعرض إقبال كبير من الزوار", []),
    # Trump in the spelling of Asharq Al-Awsat, and Kissinger of the history pieces (entities.csv)
    ("وكتب ترمب على منصته", [("ترمب", "lexicon")]),
    ("وكما قال هنري كيسنجر فإن", [("هنري كيسنجر", "lexicon")]),
    # Lukoil's Alekperov in the spellings of the press, also after an appositive that parts him from his title
    ("وقال رئيس الشركة، أكبر منتج للنفط، وحيد علي كبيروف، إن", [("وحيد علي كبيروف", "lexicon")]),
    ("واجتمع الوزير مع وحيد عليكبيروف", [("وحيد عليكبيروف", "lexicon")]),
    # famous names in the spellings of Gulf and Egyptian papers
    ("واستقبل الرئيس الروسي فلاديمير بوتن الوفد", [("فلاديمير بوتن", "lexicon")]),
    ("وأكد إيجور سيتشن أن الشركة", [("إيجور سيتشن", "lexicon")]),
])
def test_more_given_names_and_famous_spellings(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «المسؤول» (the official) after a name describes him: no family name (name_stops.csv), in both spellings
    ("قال الدكتور ثامر حمدان المسؤول الأول في وزارة التجارة", [("ثامر حمدان", "title")]),
    ("وأضاف الدكتور ثامر حمدان المسئول عن الملف", [("ثامر حمدان", "title")]),
])
def test_the_official_after_a_name_is_no_family_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a title, a given name no list knows and a surname compounded with «الدين» (name_compounds.csv)
    ("وقال النائب كاروان نور الدين إن البرلمان سيصوت", [("كاروان نور الدين", "title")]),
    ("وأكد النائب عن الحزب الديمقراطي كاروان نور الدين، أن", [("كاروان نور الدين", "title")]),
    # the UN representative, a title (person_titles.csv)
    ("وقالت الممثلة الأممية ماريا بيترسون إن", [("ماريا بيترسون", "title")]),
    # no name where the words are a phrase
    ("قال رئيس لجنة حماية الدين العام إن", []),
])
def test_unknown_given_names_before_compound_surnames_and_the_un_representative(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # common given names added to given_names.csv: after a title a name, elsewhere («فريد» unique) a word
    ("وقال مدير عام الشركة فريد الساعدي إن", [("فريد الساعدي", "title")]),
    ("وأعلن مدير المصرف حسنين العبيدي أن", [("حسنين العبيدي", "title")]),
    ("هذا إنجاز فريد من نوعه في المنطقة", []),
])
def test_more_common_given_names_after_a_title(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # verbs after which a name is read as a speaker's (speech_cues.csv, kind «name»), masculine and feminine
    ("ودعا كاظم الساعدي إلى التهدئة", [("كاظم الساعدي", "speech")]),
    ("وأعربت هدى العبيدي عن قلقها", [("هدى العبيدي", "speech")]),
    ("وتابع ناظم الربيعي أن المفاوضات مستمرة", [("ناظم الربيعي", "speech")]),
    ("واستبعد يوسف الكلابي أي تأخير", [("يوسف الكلابي", "speech")]),
    ("وكشف حسن الربيعي عن موعد التسليم", [("حسن الربيعي", "speech")]),
    ("وتقول عالية الساعدي إن الاتفاق جاهز", [("عالية الساعدي", "speech")]),
    ("وتشير التقارير إلى تأخر التسليم", []),
    # a body or a common noun after them is no name
    ("وطالب العراق روسيا بتسريع التسليم", []),
    ("وأضاف مصدر أمني أن الهجوم فشل", []),
])
def test_more_verbs_before_a_speakers_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «المهندس» (engineer) is an honorific title before a name (person_titles.csv) …
    ("وقال المهندس كاظم الساعدي إن العمل مستمر", [("كاظم الساعدي", "title")]),
    ("وأكد وزير النفط المهندس سعد الكناني أن", [("سعد الكناني", "title")]),
    # … and the last word of Abu Mahdi al-Muhandis's name (entities.csv); no name when none follows
    ("وقال الحاج أبو مهدي المهندس إن", [("أبو مهدي المهندس", "lexicon")]),
    ("يعمل المهندس في الحقل منذ سنوات", []),
    # after a given name, a one-word title with the article that ends the clause is the family name
    ("وقال هشام المهندس إن العمل مستمر", [("هشام المهندس", "speech")]),
])
def test_the_engineer_as_a_title(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reporter's name opening a line, glued to the day of the date after it: the name without the digits
    ("وصول دبابات جديدة إلى العراق\nكريم حسن14 آذار 2018آخر تحديث", [("كريم حسن", "shape")]),
    # not a body or a single word
    ("وصول دبابات جديدة\nالجيش العراقي14 آذار 2018", []),
    ("وصول دبابات جديدة\nكريم14 آذار 2018", []),
])
def test_a_byline_glued_to_the_date_after_it(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # more titles and roles before a name (person_titles.csv)
    ("وقال القنصل الروسي في أربيل كاظم الساعدي إن", [("كاظم الساعدي", "title")]),
    # «آمر» (commander) is no title: its match key is that of «أمر» (a matter: «أمر سابق لأوانه»)
    ("وقال إن هذا أمر سابق لأوانه", []),
    ("وقال القاضي كاظم الساعدي إن", [("كاظم الساعدي", "title")]),
    # «القاضي» after a given name is the family name; a title with no name after it names no one
    ("وقال محمد القاضي إن", [("محمد القاضي", "speech")]),
    ("أصدر القاضي حكما بالسجن", []),
])
def test_consuls_commanders_and_judges_as_titles(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Kurdish and Christian given names of the Iraqi press (given_names.csv) start a name after a title
    ("وقال مدير الشركة إلياس كاراموف إن", [("إلياس كاراموف", "title")]),
    ("وأكد محافظ السليمانية هيمن هورامي أن", [("هيمن هورامي", "title")]),
    # the ambiguous ones name places too
    ("زار الوفد منطقة بارزان", []),
])
def test_kurdish_and_christian_given_names(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state under its historical name is one name, not Russia and a Soviet nisba (entities.csv)
    ("تعود العلاقات بين روسيا السوفياتية والعراق إلى الأربعينات",
     [("روسيا السوفياتية", "Soviet Union", "country"), ("العراق", "Iraq", "country")]),
    # a treaty named by the city it was signed in: the city inside it is no place of its own
    ("وقع البلدان اتفاقية الجزائر ثم ألغاها العراق",
     [("اتفاقية الجزائر", "Algiers Agreement", "law"), ("العراق", "Iraq", "country")]),
    ("زار الوزير الجزائر", [("الجزائر", "Algeria", "country")]),
    ("يمتد الهلال الشيعي من طهران إلى بيروت",
     [("الهلال الشيعي", "Shia Crescent", "region"), ("طهران", "Tehran", "city"), ("بيروت", "Beirut", "city")]),
])
def test_historical_states_treaties_and_named_regions(text, expected):
    assert [(m.text, m.value, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's short name that is also a word is the company once the text has named it so (bracketed_names.csv)
    ("باعت شركة (شل) حصتها في الحقل. وقال مسؤول إن خروج شل تم، ووافقت وزارة النفط على بيع حصة شل",
     [("شل", "Shell"), ("شل", "Shell"), ("وزارة النفط", "وزارة النفط"), ("شل", "Shell")]),
    ("تخارجت رويال داتش شل من الحقل، واجتمع مسؤولون من شل اليوم", [("رويال داتش شل", "Shell"), ("شل", "Shell")]),
    # without the company named, «شل» is the verb «paralysed»
    ("شل الإضراب حركة الميناء", []),
])
def test_a_short_company_name_named_again(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a maker's prefix of three letters or more with the article and a model number is one designation
    ('يقود طيارون طائرات "السوخوي 25" الروسية', [("السوخوي 25", "Su-25"), ("الروسية", "Russia")]),
    ("وصلت الدفعة الأولى من الميغ 29 إلى القاعدة", [("الميغ 29", "MiG-29")]),
    # not a two-letter word with the article before a number («التي»: which)
    ("الدول التي 90 في المئة من سكانها شباب", []),
    # a tank by the Arabic letter alone (weapon_prefixes.csv), its variants spelt out (weapon_suffixes.csv)
    ("وصلت دبابات “ت-90” الروسية", [("ت-90", "T-90"), ("الروسية", "Russia")]),
    ("تورد روسيا دبابات طراز “ت-90 س/س ك”", [("روسيا", "Russia"), ("ت-90 س/س ك", "T-90S/SK")]),
    ("وتتميز دبابة “تي-90إس كا” بأجهزة اتصال", [("تي-90إس كا", "T-90SK")]),
])
def test_weapon_designations_with_the_article_or_one_letter(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known name with one word one letter off, vouched for by a company's head, a quote or the right spelling
    ("وقعت مؤسسة روسوبورون-إسبورت عقودا مع بغداد",
     [("روسوبورون-إسبورت", "Rosoboronexport"), ("بغداد", "Baghdad")]),
    ("وأبرمت شركة الاستكشفات النفطية عقدا", [("شركة الاستكشفات النفطية", "Oil Exploration Company")]),
    ('وتعمل “لوك أويل” و”غاوبروم نفط” في العراق',
     [("لوك أويل", "Lukoil"), ("غاوبروم نفط", "Gazprom Neft"), ("العراق", "Iraq")]),
    ("وقعت لوك أويل العقد. ثم قال إن لوك أويك تسعى إلى ضمانات", [("لوك أويل", "Lukoil"), ("لوك أويك", "Lukoil")]),
    # nothing vouches for it: not read back
    ("قال إن لوك أويك تسعى إلى ضمانات", []),
])
def test_a_known_name_misspelt_by_one_letter(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural head and the fields' kind («حقول نفط») before a known field: the field alone
    ("وتنتج الشركة الغاز من حقول الرميلة وحقول نفط الزبير", [("الرميلة", "oil_field"), ("الزبير", "oil_field")]),
    # no known field after «حقول نفط»: nothing named («وآبار» is no field)
    ("أعلن المحافظ اكتشاف حقول نفط وآبار كبيرة", []),
])
def test_fields_after_a_plural_head_and_their_kind(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # other spellings of a field whose name is only a field's (gazetteer_oil_fields.csv), alone or after its head
    ("بلغ الإنتاج مليون طن في سرقلة العام الماضي", [("سرقلة", "Sarqala")]),
    ("تدير الشركة حقل (سركالة) النفطي", [("سركالة", "Sarqala")]),
])
def test_other_spellings_of_a_field(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country whose bare name is also a word, once read in a list, is the country after a preposition of place
    ("يزور الوزير العراق ومالي. وللروس قوات في مالي", ["العراق", "مالي", "للروس", "مالي"]),
    # never read in a list: «مالي» (financial) stays unread
    ("يزور الوزير العراق. وقدم دعما ماليا في مالي", ["العراق"]),
])
def test_a_bare_country_name_again_after_a_preposition(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rivers and border crossings by their head, head included, typed a region as ports are (org_patterns.csv)
    ("أنشأت الشركة محطة تجهيز الماء على نهر الفرات", [("نهر الفرات", "region")]),
    ("دخلت الشاحنات عبر منفذ زرباطية", [("منفذ زرباطية", "region")]),
    ("وقال إن هذا منفذ للتهريب", []),
    ("وبدأ الإنتاج من حقل نهر عمر", [("نهر عمر", "oil_field")]),
    # seas, waterways and a region named by a compass word and a river (gazetteer_places.csv)
    ("تعبر السفن قناة السويس إلى البحر الأحمر", [("قناة السويس", "region"), ("البحر الأحمر", "region")]),
    ("وركز المؤتمر على منطقة شرق الفرات السورية", [("منطقة شرق الفرات", "region"), ("السورية", "country")]),
])
def test_rivers_crossings_and_waterways(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a designation prefix alone after an aircraft word names the family of aircraft, quoted or (long) not
    ('تزود روسيا العراق بمقاتلات من طراز "سو" و"ميغ"',
     [("روسيا", "country"), ("العراق", "country"), ("سو", "weapon_system"), ("ميغ", "weapon_system")]),
    ("وصلت مقاتلات ميغ إلى القاعدة", [("ميغ", "weapon_system")]),
    # quoted after «و» in a list of aircraft: the maker stands for its aircraft
    ('يملك أسطولا من طرازF16 أمريكية الصنع، و"سوخوي" روسية الصنع',
     [("F16", "weapon_system"), ("أمريكية", "country"), ("سوخوي", "weapon_system"), ("روسية", "country")]),
    # the company, named by its head
    ("وقالت شركة ميغ الروسية إن", [("ميغ", "organization"), ("الروسية", "country")]),
])
def test_a_designation_prefix_alone_names_its_aircraft(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two models of a family joined by a hyphen are one designation
    ('تجرى مباحثات حول شراء 10 مقاتلات من طراز "سوخوى- 27-30".', [("سوخوى- 27-30", "Su-27/30")]),
    ("وصلت طائرات إف-16 عام 2014", [("إف-16", "F-16")]),
    # weapons by a name that is also a word, read only in quotes (bracketed_names.csv)
    ('ستبيع روسيا للعراق راجمات الصواريخ "جراد"', [("روسيا", "Russia"), ("للعراق", "Iraq"), ("جراد", "BM-21 Grad")]),
    ("هاجم الجراد المحاصيل", []),
    ('نقلت المروحيات على متن طائرة "روسلان"', [("روسلان", "An-124")]),
])
def test_joined_models_and_weapons_named_in_quotes(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «وزارة» and a portfolio without the article before a country's name: that country's ministry, one body
    ("تعهد بعرض الأمر على وزارة خارجية إيران", [("وزارة خارجية إيران", "organization")]),
    ("وقال مصدر في وزارة دفاع روسيا إن", [("وزارة دفاع روسيا", "organization")]),
    # a minister's title names no body: the country alone
    ("التقى وزير خارجية إيران", [("إيران", "country")]),
])
def test_a_ministry_named_by_its_country(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # border towns and crossings of Iraq, Syria and Iran (gazetteer_places.csv)
    ("عبرت الشاحنات من سفوان والشلامجة نحو المحمرة", [("سفوان", "city"), ("الشلامجة", "city"), ("المحمرة", "city")]),
    ("وصلت القوات إلى طوزخورماتو وداقوق", [("طوزخورماتو", "city"), ("داقوق", "city")]),
    ("انتقل النفط من البوكمال إلى الحسكة", [("البوكمال", "city"), ("الحسكة", "city")]),
])
def test_border_towns_and_crossings(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Antonov prefix only with its hyphen (weapon_prefixes.csv); «ان» alone before a number is «that»
    ('نقلت المروحيات على متن طائرة "ان-124"', [("ان-124", "An-124")]),
    ("طائرة نقل أن-26", [("أن-26", "An-26")]),
    ("وأكد ان 40 مروحية وصلت", []),
])
def test_the_antonov_prefix_with_its_hyphen(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «Ml» is «MI» typed with an «l» for the «I» (weapon_prefixes.csv); a measure after a number is no weapon
    ("جرى استلام الدفعة الأولى من طائرات Ml – 35 الروسية الصنع", [("Ml – 35", "Mi-35"), ("الروسية", "Russia")]),
    ("أضف 35 ml من الماء", []),
])
def test_a_latin_prefix_typed_with_a_look_alike_letter(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # companies of the oil and arms press by their own names, without a head (gazetteer_companies.csv)
    ("وقعت دانة غاز ونفط الهلال عقدا لتوسعة الحقل",
     [("دانة غاز", "Dana Gas"), ("نفط الهلال", "Crescent Petroleum")]),
    ("تضم الشراكة كوغاز وتباو وبتروناس", [("كوغاز", "KOGAS"), ("تباو", "TPAO"), ("بتروناس", "Petronas")]),
    # the whole name of the tank maker, not the Urals inside it
    ('تنفذ "أورال فاجون زافود" العقد', [("أورال فاجون زافود", "Uralvagonzavod")]),
    ("باعت شل حصتها إلى إيتوكو كورب", [("إيتوكو كورب", "Itochu")]),
])
def test_companies_of_the_oil_and_arms_press(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a law after its head keeps it unquoted, the name alone in brackets (the guide, after batch n)
    ("فرضت عقوبات بموجب قانون كاتسا الأمريكي", [("قانون كاتسا", "law"), ("الأمريكي", "country")]),
    ("وفقا لقانون (كاتسا)", [("كاتسا", "law")]),
    # a constitution named with its country's nisba or name is one law (org_patterns.csv)
    ("بحسب الدستور العراقي", [("الدستور العراقي", "law")]),
    ("وفق دستور العراق", [("دستور العراق", "law")]),
    ("كتب الدستور الجديد", []),
])
def test_laws_and_constitutions(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field's phase after a slash and «المرحلة» belongs to its name
    ("تطوير حقل (غرب القرنة/المرحلة الثانية) في البصرة", [("غرب القرنة/المرحلة الثانية", "oil_field"), ("البصرة", "city")]),
    # a numbered concession area without the article (field_blocks.csv)
    ("بدأت الشركة الحفر في منطقة امتياز 12 جنوب العراق", [("منطقة امتياز 12", "oil_field"), ("العراق", "country")]),
])
def test_field_phases_after_a_slash_and_concession_areas(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bloc's nisba after a compass noun is a direction («الجنوب الغربي»: the south-west), not the West
    ("تقع إلى الجنوب الغربي من مدينة الناصرية", [("الناصرية", "city")]),
    ("وبالشمال الغربي للعراق", [("للعراق", "country")]),
    # the West as a bloc stays
    ("انتقد الموقف الغربي من روسيا", [("الغربي", "group"), ("روسيا", "country")]),
])
def test_a_compass_direction_is_no_bloc(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Mesopotamia and the Sumerian city of Ur (gazetteer_places.csv)
    ("وتقع جنوبي بلاد ما بين النهرين قرب مدينة أور", [("بلاد ما بين النهرين", "region"), ("أور", "city")]),
    ("ازدهرت حضارة بلاد الرافدين", [("بلاد الرافدين", "region")]),
])
def test_mesopotamia_and_ur(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_a_states_official_name_with_republic_is_one_span():
    # «جمهورية روسيا الاتحادية» whole, as «جمهورية العراق» (data/entities.csv), «و» left out
    assert found("بحث الجانبان العلاقات بين العراق وجمهورية روسيا الاتحادية") == [
        ("العراق", "country", "lexicon"), ("جمهورية روسيا الاتحادية", "country", "lexicon")]


@pytest.mark.parametrize(("text", "expected"), [
    # «الباني» after «الط» is the rest of a surname («الطالباني»), not Albania's nisba glued to a word
    ("وقال الطالباني إن العلاقات جيدة", []),
    # a nisba glued to a definite word of three letters or more is still read («الامنالعراقي»)
    ("وقال مدير الامنالعراقي إن", [("العراقي", "country")]),
])
def test_a_nisba_glued_to_a_definite_word_needs_a_whole_word_before_it(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_two_places_glued_without_a_space_or_a_conjunction():
    # «روسياالعراق»: the second name's article glued to the first, as «روسياوالعراق» glues them by «و»
    assert [(m.text, m.type) for m in extract("ومن المرجح أن تسلم سورياالعراق الشحنة") if m.kind == "entity"] == [
        ("سوريا", "country"), ("العراق", "country")]


@pytest.mark.parametrize(("text", "expected"), [
    # a prosecution office and the state's formal name after «في»: one body (data/committee_parts.csv, «مكتب»)
    ("ووقع مكتب الادّعاء العامّ في روسيا الاتحاديَّة الاتفاق", [("مكتب الادّعاء العامّ في روسيا الاتحاديَّة", "organization")]),
    # what the office deals with («المعني بـ») between its name and its state stays inside the one body
    ("ووقع مكتب الإدعاء العام المعني بمكافحة الفساد في روسيا الاتحادية الاتفاق",
     [("مكتب الإدعاء العام المعني بمكافحة الفساد في روسيا الاتحادية", "organization")]),
    # with the state's usual name the country is a place apart, and «المعني بـ» stays outside
    ("وقال مكتب المدعي العام المعني بالقضية في بغداد إن",
     [("مكتب المدعي العام", "organization"), ("بغداد", "city")]),
    # with its country's nisba, tatweel inside the words: one body
    ("وأبرمت الهيئة مع مكتب الادعـاء العام الـروسي مذكرة", [("مكتب الادعـاء العام الـروسي", "organization")]),
    # «مكتب» before a person's title and a state stays no body: the state alone
    ("واستقبل مكتب رئيس الوزراء في الاتحاد الروسي الوفد", [("الاتحاد الروسي", "country")]),
])
def test_a_prosecution_office_and_its_state(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_the_nusra_front_quoted_after_a_conjunction():
    # «و”جبهة النصرة”»: the group's name inside the quotes (data/gazetteer_organizations.csv)
    assert [(m.text, m.type) for m in extract("وحظر شراء النفط من “داعش” و”جبهة النصرة”، في سوريا") if m.kind == "entity"] == [
        ("داعش", "organization"), ("جبهة النصرة", "organization"), ("سوريا", "country")]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative pronoun right after a company's trade and adjective opens a clause: the company is still named
    ("عبر تأسيس شركة الصناعات الحربية التي اتخذت من المنطقة مقرا لها", [("شركة الصناعات الحربية", "organization")]),
    # a description that introduces a name is still no company of its own
    ("وقالت شركة النفط الروسية الحكومية العملاقة روسنفت إن", [("الروسية", "country"), ("روسنفت", "organization")]),
])
def test_a_relative_pronoun_after_a_company_introduces_no_name(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a longer known name is not cut short by a known name inside it (data/entities.csv)
    ("وقررت منظمة أوبك بلس خفض الإنتاج", [("منظمة أوبك بلس", "OPEC+")]),
    ("وقالت وكالة الأنباء العراقية المستقلة إن", [("وكالة الأنباء العراقية المستقلة", "Independent Iraqi News Agency")]),
    ("وقالت وكالة الأنباء العراقية إن", [("وكالة الأنباء العراقية", "Iraqi News Agency")]),
])
def test_a_known_short_name_does_not_cut_a_longer_one(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a committee named after the body it belongs to (committee_parts.csv, part «body»): one body from its head to
    # the body's name, in construct with it, before «في» or a glued «ل», the body inside not marked apart, its quotes
    # inside if it is quoted (the corpus guide, after `zt`)
    ("وأوصت لجنة مراقبة اتفاق أوبك+ بتمديد الخفض", [("لجنة مراقبة اتفاق أوبك+", "organization", "pattern")]),
    ("وأوصت لجنة مراقبة اتفاق «أوبك+» بتمديد الخفض", [("لجنة مراقبة اتفاق «أوبك+»", "organization", "pattern")]),
    ("وأوصت اللجنة الوزارية المشتركة لمراقبة الإنتاج في أوبك+ بتمديد الخفض",
     [("اللجنة الوزارية المشتركة لمراقبة الإنتاج في أوبك+", "organization", "pattern")]),
    ("وأوصت لجنة المراقبة الوزارية المشتركة لأوبك بلس بتمديد الخفض",
     [("لجنة المراقبة الوزارية المشتركة لأوبك بلس", "organization", "pattern")]),
    # a committee named only by its task, one before a body it acts on, or one set apart from it by a clause, is not
    ("وشكلت الحكومة لجنة لدراسة قرار أوبك+ الأخير", [("أوبك+", "organization", "lexicon")]),
    ("وطالبت لجنة النفط والطاقة أوبك بزيادة الإنتاج",
     [("لجنة النفط والطاقة", "organization", "pattern"), ("أوبك", "organization", "lexicon")]),
    ("وقالت لجنة النفط إن أوبك+ قررت الخفض",
     [("لجنة النفط", "organization", "pattern"), ("أوبك+", "organization", "lexicon")]),
    # two committees: the second alone is named after the body
    ("وقالت لجنة الطاقة ولجنة مراقبة اتفاق أوبك+ إن الخفض مستمر",
     [("لجنة الطاقة", "organization", "pattern"), ("لجنة مراقبة اتفاق أوبك+", "organization", "pattern")]),
])
def test_a_committee_named_after_its_body_is_one_body(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «العام» (general) closes a body's name after a noun of it where it opens no date (name_stops.csv, adjective)
    ("وطالبت هيئة الادعاء العام بمحاكمته", [("هيئة الادعاء العام", "organization")]),
    # a relative date or a year after it makes it «the year»: the name ends before the date
    ("وأعلنت هيئة الادعاء العام الماضي أنها", [("هيئة الادعاء", "organization"), ("العام الماضي", "date")]),
    ("وأعلنت هيئة الادعاء العام 2020 أنها", [("هيئة الادعاء", "organization"), ("العام 2020", "date")]),
])
def test_a_body_closed_by_an_adjective_that_is_also_a_date_word(text, expected):
    assert [(m.text, m.type if m.kind == "entity" else m.kind) for m in extract(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «خدمة» names a body only with an adjective of head_adjectives.csv in its name («الفيدرالية»): Russia's federal
    # services, by their complement or their country's nisba (complement_heads.csv)
    ("وأعلنت الخدمة الفيدرالية للجمارك أن", ["الخدمة الفيدرالية للجمارك"]),
    ("وقالت الخدمة الفيدرالية الروسية للرقابة على الخدمات البيطرية إن",
     ["الخدمة الفيدرالية الروسية للرقابة على الخدمات البيطرية"]),
    ("وقالت خدمة الأمن الفيدرالية الروسية إن", ["خدمة الأمن الفيدرالية الروسية"]),
    # without the adjective a service is rendered, and the adjective alone names no one service
    ("ودخلت الطائرات الخدمة الفعلية", []),
    ("تقدم الشركة خدمة الإنترنت الفضائي السريع", []),
    ("وقالت الخدمة الفيدرالية في بيان", []),
])
def test_a_head_that_names_a_body_only_with_its_adjective(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


def test_the_head_hayah_spelt_with_alef_hamza():
    # «هيأة» is the Iraqi spelling of «هيئة» (org_patterns.csv): the same head, the same body
    assert [(m.text, m.type) for m in extract("وقالت هيأة الصناعات الحربية الايرانية إن") if m.kind == "entity"] \
        == [("هيأة الصناعات الحربية الايرانية", "organization")]


@pytest.mark.parametrize(("text", "expected"), [
    # a family name the lexicon knows alone for one man, after another man of the family named in full, is the man
    # named last before it (the corpus guide); with none before it, the lexicon's man
    ("وقال ريكان الحلبوسي إن الطريق جاهز، وأضاف الحلبوسي أن العمل مستمر",
     [("ريكان الحلبوسي", "ريكان الحلبوسي"), ("الحلبوسي", "ريكان الحلبوسي")]),
    ("وانتخب هيبت الحلبوسي رئيسا للمجلس. وقال الحلبوسي إن", [("هيبت الحلبوسي", "Haibat al-Halbousi"),
                                                             ("الحلبوسي", "Haibat al-Halbousi")]),
    ("وقال الحلبوسي إن الاتفاق مهم", [("الحلبوسي", "Mohamed al-Halbousi")]),
    # a man the lexicon knows by the family name only: a given name before it is his own
    ("وقال القيادي هادي العامري إن", [("هادي العامري", "Hadi al-Amiri")]),
    # a surname read again after a name no list knows takes the full name's value
    ("وقال النائب ريكان الكرعاوي إن الطريق جاهز، وأضاف الكرعاوي أن", [("ريكان الكرعاوي", "ريكان الكرعاوي"),
                                                                     ("الكرعاوي", "ريكان الكرعاوي")]),
    ("وقال وزير النفط حيان عبد الغني إن الإنتاج ارتفع، وأضاف عبد الغني أن", [("حيان عبد الغني", "حيان عبد الغني"),
                                                                          ("عبد الغني", "حيان عبد الغني")]),
])
def test_a_family_name_alone_names_the_man_named_before_it(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "person"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the low line typed for a dash (normalize.fold_underscore): between a dateline's city and its outlet, in a
    # numeric date and a range of years, and between spaces inside a known name
    ("بغداد_الوطن اليوم\nقال الوزير إن", [("بغداد", "city"), ("الوطن اليوم", "organization")]),
    ("وقع الاتفاق في 12_5_2020 في موسكو", [("12_5_2020", "2020-05-12"), ("موسكو", "city")]),
    ("ارتفع الإنتاج خلال 2013_2016 بقوة", [("2013_2016", "2013/2016")]),
    ("مع ممثلي روسوبورون - اكسبورت", [("روسوبورون - اكسبورت", "organization")]),
])
def test_an_underscore_typed_for_a_dash(text, expected):
    assert [(m.text, m.type if m.kind == "entity" else m.value) for m in extract(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a closing adjective (joint_bodies.csv) after the longest description a head's name runs to, agreeing with the
    # head, closes the name
    ("وقالت لجنة النفط والغاز والثروات الطبيعية النيابية إن", ["لجنة النفط والغاز والثروات الطبيعية النيابية"]),
    # one that does not agree with the head is no part of it
    ("وقالت لجنة النفط والغاز والثروات الطبيعية الأعلى", ["لجنة النفط والغاز والثروات الطبيعية"]),
])
def test_a_closing_adjective_after_a_long_name(text, expected):
    assert [m.text for m in extract(text) if m.kind == "entity" and m.type == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known name glued to a verb of speech before it, as copied pages lose the space: the name alone
    ("وقالبوتين إن روسيا لن تتراجع", [("بوتين", "person"), ("روسيا", "country")]),
    ("وأعلنتالعراق أنها", [("العراق", "country")]),
    # words that start like a verb but hold no known name stay as they are
    ("صنع قالب من الجبن وزارعين في الحقول", []),
])
def test_a_name_glued_to_the_verb_before_it(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity"] == expected


def test_the_word_day_after_a_name_ends_it():
    # «يوم» before a weekday ends a name (name_stops.csv), as the weekday does: the person, then the date
    found = [(m.kind, m.text) for m in extract("وقال المتحدث باسم الشركة كريم راضي يوم الأحد إن الإنتاج ارتفع",
                                               published="2016-05-01")]
    assert ("entity", "كريم راضي") in found and ("date", "يوم الأحد") in found


@pytest.mark.parametrize(("text", "expected"), [
    # sourced names the lexicon lacked: Astana and Munich (gazetteer_places.csv), the JCPOA by its Arabic name, the
    # Apache helicopter and «السوخوي», the aircraft with the article (entities.csv)
    ("انطلقت محادثات أستانة حول سوريا", [("أستانة", "Astana"), ("سوريا", "Syria")]),
    ("وقال في مؤتمر ميونخ للأمن", [("ميونخ", "Munich")]),
    ("وانسحبت إيران من خطة العمل الشاملة المشتركة", [("إيران", "Iran"),
                                                   ("خطة العمل الشاملة المشتركة", "Joint Comprehensive Plan of Action")]),
    ("وحلقت مروحيات أباتشي فوق المدينة", [("أباتشي", "AH-64 Apache")]),
    ("وقال المرصد السوري لحقوق الإنسان إن", [("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights")]),
])
def test_names_added_to_the_gazetteers(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity"] == expected


def entities(text: str) -> list[tuple[str, str, str]]:
    """The entities of *text* as ``(text, value, type)``."""
    return [(m.text, m.value, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # the nisba of a region or of the Arab states, definite or not, after any noun: the region's value and type, the
    # Arab states a group (the corpus guide, settled after zu)
    ("وتسعى الدول الإفريقية والآسيوية إلى التعاون", [("الإفريقية", "Africa", "region"), ("الآسيوية", "Asia", "region")]),
    ("وقعت شركة آسيوية عقدا مع بلدان خليجية", [("آسيوية", "Asia", "region"), ("خليجية", "Persian Gulf", "region")]),
    ("وحضر السفراء العرب القمة العربية", [("العرب", "Arab states", "group"), ("العربية", "Arab states", "group")]),
    ("ونقلت أخبار عربية عن دولة عربية", [("عربية", "Arab states", "group"), ("عربية", "Arab states", "group")]),
    # inside a name the nisba is the name's («المملكة العربية السعودية»، «الجامعة العربية»)
    ("وزار الوفد المملكة العربية السعودية", [("المملكة العربية السعودية", "Saudi Arabia", "country")]),
    ("وقالت الجامعة العربية إن", [("الجامعة العربية", "Arab League", "organization")]),
    ("وتمتد الصحراء في شبه الجزيرة العربية", [("شبه الجزيرة العربية", "Arabian Peninsula", "region")]),
    # the language is not marked: after «اللغة» or a verb of speaking, or «بالعربية» alone
    ("صدر البيان باللغة العربية", []),
    ("ولا يجيد العربية نطقا", []),
    ("ونشر الموقع الخبر بالعربية", []),
])
def test_the_nisba_of_a_region_or_of_the_arab_states(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bloc's nisba inside an outlet's name at the head of a report stays the outlet's
    ("بغداد_العرب نيوز\n\nأعلن الوزير", [("بغداد", "Baghdad", "city"), ("العرب نيوز", "العرب نيوز", "organization")]),
    ("زاكروس عربية – أربيل\nأكد المتحدث", [("زاكروس عربية", "زاكروس عربية", "organization"), ("أربيل", "Erbil", "city")]),
])
def test_a_blocs_nisba_inside_an_outlets_name_at_the_head_of_a_report(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the sentence names the year of publication: January of that year, not the nearer January after it
    ("وتراجعت الليرة هذا العام، إذ هبطت من 5 ليرات في مطلع يناير إلى 8 ليرات حاليا", "2021-11-20",
     [("هذا العام", "2021"), ("مطلع يناير", "2021-01")]),
    # the year word after the month, and a day with it, still to come in a clause that looks ahead
    ("ومن المقرر أن يبدأ الحفر في 3 ديسمبر ضمن خطة العام الحالي", "2019-02-10",
     [("3 ديسمبر", "2019-12-03"), ("العام الحالي", "2019")]),
    # a month still to come in the year of publication, in a clause that does not look ahead: the nearest, past
    ("وكان الاتفاق وقع في ديسمبر، على أن يبدأ التنفيذ هذا العام", "2021-01-10",
     [("ديسمبر", "2020-12"), ("هذا العام", "2021")]),
    # the year word nearest the month names another year: the nearest December, not that of this year
    ("وتنفذ الشركة هذا العام خطة أقرت العام الماضي في ديسمبر", "2021-02-10",
     [("هذا العام", "2021"), ("العام الماضي", "2020"), ("ديسمبر", "2020-12")]),
    # the year of publication named in the sentence before: the nearest January
    ("وتراجعت الليرة هذا العام. وستصل الشحنة في يناير", "2021-11-20", [("هذا العام", "2021"), ("يناير", "2022-01")]),
])
def test_a_month_without_a_year_takes_the_year_of_publication_its_sentence_names(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a news brand glued to its number after the head of a medium: «شبكة» stays in the span, «قناة» does not
    ("وقال مصدر محلي لشبكة حلب24، إن القصف توقف", [("شبكة حلب24", "organization")]),
    ("وذكرت قناة سوريا24 أن القصف توقف", [("سوريا24", "organization")]),
    # a common noun with the article glued to the count after it names no outlet
    ("وتعمل شبكة الطرق24 ساعة في اليوم", []),
])
def test_a_name_glued_to_its_number_after_a_medium_is_the_outlet(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an honorific in parentheses inside a body's name: the name goes on after it (honorifics.csv)
    ("وذكرت صحيفة أهل البيت (ع) للأخبار أن الوفد وصل", [("صحيفة أهل البيت (ع) للأخبار", "organization")]),
    # after a name that ends there, the honorific is left outside and so is what follows
    ("وذكرت صحيفة أهل البيت (ع) أن الوفد وصل", [("صحيفة أهل البيت", "organization")]),
])
def test_an_honorific_in_parentheses_inside_a_bodys_name_is_part_of_it(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agency's initials opening a line are its dateline, before a space or glued to the story's first word
    ("عنوان الخبر\nد ب أأفادت مصادر أمنية بأن الوفد وصل", [("د ب أ", "organization")]),
    ("عنوان الخبر\nد ب أ أفادت مصادر أمنية بأن الوفد وصل", [("د ب أ", "organization")]),
])
def test_an_agencys_initials_opening_a_line_are_the_agency(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name that is also a phrase, after a description of an armed group (bracketed_names.csv)
    ("وسيطرت مليشيات الدفاع الوطني على الحي", [("الدفاع الوطني", "organization")]),
    ("وناقش المجلس خطط الدفاع الوطني للعام المقبل", []),
])
def test_a_militia_named_by_a_common_phrase_is_read_after_its_description(text, expected):
    assert [(t, ty) for t, ty, _ in found(text) if ty == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # words quoted right after a head without the article are its name, even where the first is a stop word
    ("وقالت شبكة “عين الجزيرة” المعارضة إن القصف توقف", [("عين الجزيرة", "organization")]),
    # after a head with the article, quoted words that open with one are a statement, and after any head those
    # that open with «إن» or «أنها»
    ("وقالت الشركة “إننا لن نتراجع عن العقد”", []),
    ("وقال متحدث باسم شركة “إنها ستواصل العمل”", []),
])
def test_a_quoted_name_right_after_a_head_may_open_with_a_stop_word(text, expected):
    assert [(t, ty) for t, ty, _ in found(text) if ty == "organization"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective's complement with «لل» inside the description before a known name: the name, the nisba a demonym
    ("وقالت شركة الغاز الروسية المملوكة للدولة غازبروم إن", [("الروسية", "country"), ("غازبروم", "organization")]),
    ("وقالت شركة الغاز الروسية التابعة للحكومة غازبروم إن", [("الروسية", "country"), ("غازبروم", "organization")]),
])
def test_a_description_with_a_complement_before_a_known_name_introduces_it(text, expected):
    assert [(t, ty) for t, ty, _ in found(text)] == expected


def test_a_particle_after_a_titles_name_opens_a_clause_not_a_construct():
    # «فإن» and two words with the article after the name are the next clause, not the title's complement
    text = "وبحسب تصريحات لوزير الزراعة نبيل الحوامدة، فإن الكميات المستوردة ارتفعت"
    assert people(text) == [("نبيل الحوامدة", "title")]

"""Bodies, outlets and places named by a head noun or a pattern, each rule on made-up sentences: newspapers and
agencies with their head, state companies named without it, joint committees of two countries, towns after
«مدينة»."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def found(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # a newspaper's head stays before a name of one word with the article, as «وكالة رويترز» (org_patterns.csv)
    ("ونقلت جريدة المنارة عن مصدر", [("جريدة المنارة", "organization")]),
    ("وكتبت صحيفة الأهرام أمس", [("صحيفة الأهرام", "organization")]),
    # a channel is named without its head (the seed gold's «قناة الجزيرة»)
    ("وقالت قناة المنارة إن", [("المنارة", "organization")]),
    # «تلفزيون» and «فضائية» before a channel's name are left out as «قناة» is (the corpus guide, after `zt`),
    # the name unquoted, quoted or in parentheses; quoted with its head, the quoted words are the name
    ("وأفاد تلفزيون المنارة بأن", [("المنارة", "organization")]),
    ("وأفاد تلفزيون \"المنارة\" بأن", [("المنارة", "organization")]),
    ("ونقلت فضائية المنارة عن مصدر", [("المنارة", "organization")]),
    ("ونقلت فضائية (المنارة) عن مصدر", [("المنارة", "organization")]),
    ("ونقلت \"قناة المنارة\" عن مصدر", [("قناة المنارة", "organization")]),
    # «فضائية» after a noun is an adjective, no head («أقمار فضائية»)
    ("أطلقت روسيا أقمارا فضائية الأسبوع الماضي", [("روسيا", "country")]),
])
def test_a_newspapers_head_before_a_name_with_the_article(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an Iraqi state company of the lexicon quoted whole without «شركة» is the company
    ("وذكر بيان أن “نفط ميسان”، أبرمت اتفاقا", [("نفط ميسان", "organization")]),
    # unquoted, or quoted inside a longer quotation, it may be the governorate's oil
    ("وقال ان انتاج نفط ميسان ارتفع", [("ميسان", "region")]),
    ("وقال ان \"نفط ميسان كثير\" جدا", [("ميسان", "region")]),
])
def test_a_state_company_quoted_without_its_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a joint body's head with the article right before two countries' nisbas (joint_bodies.csv) names one body
    ("وتهتم موسكو باللجنة الروسية العراقية كثيرا", [("موسكو", "city"), ("اللجنة الروسية العراقية", "organization")]),
    ("وعقد المجلس العراقي - التركي اجتماعه", [("المجلس العراقي - التركي", "organization")]),
    # with a closing adjective the longer name holds; one nisba, or the same country twice, names no body
    ("واجتمعت اللجنة العراقية الروسية المشتركة أمس", [("اللجنة العراقية الروسية المشتركة", "organization")]),
    ("وقالت اللجنة العراقية إن", [("العراقية", "country")]),
])
def test_a_joint_body_of_two_countries_by_their_nisbas(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Iraqi press writes the Persian «گ» of «گازپروم» as «ك» (gazetteer_companies.csv)
    ("وتعمل شركة كاز بروم نفط في حقل بدرة", [("كاز بروم نفط", "organization"), ("حقل بدرة", "oil_field")]),
    # Rostec by its name until 2014, «Russian Technologies» in Arabic letters, quoted after «بحسب»
    ("بحسب \"راشان تكنولوجيز\" التي تشرف على المصانع", [("راشان تكنولوجيز", "organization")]),
])
def test_russian_state_companies_in_other_spellings(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town no list knows between «مدينة» and its country's nisba (org_patterns.csv, «town»), «مدينة» left out
    ("وتدرب الطيارون في مدينة فولغوغراديا الروسية", [("فولغوغراديا", "city"), ("الروسية", "country")]),
    # without the nisba «مدينة» opens a description, and a known town is read as the lexicon reads it
    ("وهي مدينة فولغوغراديا فقط", []),
    ("وزار مدينة البصرة أمس", [("البصرة", "city")]),
])
def test_an_unknown_town_after_madina_before_its_countrys_nisba(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known agency closing a quoted name whose words a dash joins: the quoted words are one name
    ("أفادت وكالة \"إيتار – تاس\" الروسية أمس", [("إيتار – تاس", "organization"), ("الروسية", "country")]),
    # and a known company opening one («روسنفت-ميد ايست»), the dash glued
    ("مع شركة \"روسنفت-ميد ايست\" الروسية", [("روسنفت-ميد ايست", "organization"), ("الروسية", "country")]),
    # a quoted statement that ends with a known name is no name
    ("وقال \"نعمل مع تاس\" أمس", [("تاس", "organization")]),
])
def test_a_quoted_name_whose_words_a_dash_joins(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a line of two words, a tatweel standing alone as a dash and a city: the outlet and its city («يس عراق: بغداد»)
    ("صوت الرافد ـ بغداد\nكشف السفير أن", [("صوت الرافد", "organization"), ("بغداد", "city")]),
    # without the tatweel or a colon the words are no outlet
    ("صوت الرافد بغداد\nكشف السفير أن", [("بغداد", "city")]),
    # a word and a channel's number before a colon and the city: the outlet, the country inside it no place (zj03)
    ("سوريا 24: دمشق\nكشف السفير أن", [("سوريا 24", "organization"), ("دمشق", "city")]),
])
def test_an_outlet_before_a_tatweel_and_its_city(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place after the head of a street or building is inside its name and names no place (facility_heads.csv)
    ("وقع انفجار في شارع فلسطين ببغداد", [("بغداد", "city")]),
    ("واستقبل الرئيس الوزير في قصر القاهرة لبحث الملفات", []),
    # an airport named by its city stays a place of its own
    ("وصل إلى مطار بغداد الدولي فجرا", [("مطار بغداد الدولي", "region")]),
])
def test_a_place_inside_a_street_or_building_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place's police named by the place is one body, the place inside it no place (org_patterns.csv, j09)
    ("وقال قائد شرطة النجف إن", [("شرطة النجف", "organization")]),
    # «قوات», a head kept in names, before it is part of the name
    ("وأعلنت قوات شرطة محافظة ديالى أنها", [("قوات شرطة محافظة ديالى", "organization")]),
    # a company's name after the head (a misprint of «شركة») stays the company's alone
    ("بضمنه شرطة لوك أويل في البصرة", [("لوك أويل", "organization"), ("البصرة", "city")]),
])
def test_a_police_named_by_its_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a concession (block) after «امتياز» or the dual «امتيازي» is named alone, as fields after «حقلي»
    ("وتملك 40 في المئة في امتياز كرميان الواقع", [("كرميان", "oil_field")]),
    ("و80 في المئة في امتيازي شاكال وكرميان. وشهد", [("شاكال", "oil_field"), ("كرميان", "oil_field")]),
    # in a list after a dual head a known town is the field of its name; «امتياز» before a common noun names none
    ("في حقلي حلبجة وشاكال. وشهد", [("حلبجة", "oil_field"), ("شاكال", "oil_field")]),
    ("حصلت على امتياز التنقيب في المنطقة", []),
])
def test_blocks_after_a_concession_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Europe spelt without its second «و» (gazetteer_places.csv), and a ministry's department named by it
    ("تسلم رئيس دائرة اوربا البرقيات", [("دائرة اوربا", "organization")]),
    ("وصل الوفد الى أوربا أمس", [("أوربا", "region")]),
])
def test_europe_spelt_without_its_second_waw(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bank or government named by its adjective alone is the text's country's body (entities.csv)
    ("وأكد البنك المركزي، أن الحكومة ستتسلم", [("البنك المركزي", "organization")]),
    ("بسبب عدم التزام الاقليم بالاتفاق مع الحكومة الاتحادية.", [("الحكومة الاتحادية", "organization")]),
    # with a country's nisba after it, one body of that country, the nisba inside
    ("وقال البنك المركزي الأوروبي إن", [("البنك المركزي الأوروبي", "organization")]),
    ("ونقلت للحكومة المركزية الروسية الطلب", [("للحكومة المركزية الروسية", "organization")]),
    ("وصوّت مجلس الدوما الروسي على القانون", [("مجلس الدوما الروسي", "organization")]),
    ("وصوّت الدوما الروسي على القانون", [("الدوما الروسي", "organization")]),
    # a people after a known body is the object of its verb, not its nisba
    ("وطالب الاتحاد الأوروبي الروس بوقف", [("الاتحاد الأوروبي", "organization"), ("الروس", "country")]),
])
def test_bodies_named_by_an_adjective_and_their_countrys_nisba(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # al-Qaeda in quotes (bracketed_names.csv); bare, «القاعدة» is a base
    ("التخلص من “القاعدة” بات مسألة حياة", [("القاعدة", "organization")]),
    ("وهبطت الطائرة في القاعدة الجوية", []),
    # the Mi-28's nickname after its designation or alone in quotes (entities.csv)
    ("وتشمل الصفقة مروحيات مي-28 الصياد الليلي", [("مي-28", "weapon_system"), ("الصياد الليلي", "weapon_system")]),
])
def test_a_group_read_only_in_quotes_and_a_helicopters_nickname(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after the dual «محافظتي» each governorate is named alone (org_patterns.csv, a region list)
    ("الواقعة بين محافظتي المثنى وذي قار ضمن جولة", [("المثنى", "region"), ("ذي قار", "region")]),
    # no list of two, no names
    ("ان محافظتي الجنوب تعانيان", []),
])
def test_governorates_listed_after_a_dual_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian state companies and outlets by their names alone (gazetteer_companies.csv, gazetteer_organizations.csv)
    ("ونقلت برافدا عن مصادر أن", [("برافدا", "organization")]),
    ("وقال غازبروم بنك إن", [("غازبروم بنك", "organization")]),
    ("وتصنع أورال فاغون زافود الدبابات", [("أورال فاغون زافود", "organization")]),
    ("وبثت القناة الأولى الروسية اللقاء", [("القناة الأولى الروسية", "organization")]),
])
def test_russian_state_companies_and_outlets_by_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian and Iraqi towns by their short names (gazetteer_places.csv)
    ("ووصل الوفد إلى روستوف أمس", [("روستوف", "city")]),
    ("وتقع بيجي شمال تكريت", [("بيجي", "city"), ("تكريت", "city")]),
    # the town's refinery is a place of its own, head included, as a port is (org_patterns.csv, «مصفاة»)
    ("وتقع مصفاة بيجي شمال تكريت", [("مصفاة بيجي", "region"), ("تكريت", "city")]),
])
def test_towns_by_their_short_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a dual or plural field head, each quoted name of the list is a field, «و» left out
    ("في حقلي \"الرميلة\" و\"الزبير\" في البصرة", [("الرميلة", "oil_field"), ("الزبير", "oil_field"),
                                                  ("البصرة", "city")]),
    ("في حقول \"شاكال\" و\"كرميان\" بالإقليم", [("شاكال", "oil_field"), ("كرميان", "oil_field")]),
    # after a singular head the quoted word after «و» is not listed
    ("في حقل \"بدرة\" و\"الشركة\" تعمل", [("بدرة", "oil_field")]),
])
def test_quoted_fields_listed_after_a_dual_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the English article «ذا» opens a quoted foreign name after a head (company_words.csv)
    ("ونقل موقع \"ذا كريدل\" عن مصادر", [("ذا كريدل", "organization")]),
    ("ونقلت صحيفة \"ذا ناشيونال\" عن مسؤول", [("ذا ناشيونال", "organization")]),
    # a quoted statement after a title is no name
    ("وقال الوزير \"ذا أمر مهم\" للصحفيين", []),
])
def test_a_quoted_name_opened_by_the_english_article(text, expected):
    assert found(text) == expected


def test_rbc_by_its_russian_letters():
    # «آر بي كا» is RBC read the Russian way, not the spelled acronym «آر بي» (gazetteer_organizations.csv)
    assert found("كما نقلت \"آر بي كا\" عن مصادر") == [("آر بي كا", "organization")]


@pytest.mark.parametrize(("text", "expected"), [
    # regions and districts by name (gazetteer_places.csv)
    ("ووصل الوفد إلى القوقاز أمس", [("القوقاز", "region")]),
    ("في المنطقة الخضراء وسط بغداد", [("المنطقة الخضراء", "region"), ("بغداد", "city")]),
])
def test_regions_and_districts_by_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «غاز» (company_words.csv) closes a company's name of two words before its country's nisba
    ("وقالت شركة دانة غاز الإماراتية إن", [("دانة غاز", "organization"), ("الإماراتية", "country")]),
    ("ووقعت مع شركة سويوز غاز الروسية عقدا", [("سويوز غاز", "organization"), ("الروسية", "country")]),
])
def test_gas_closing_a_companys_name_before_its_nisba(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agency by its Arabic initials in parentheses (bracketed_names.csv); bare, «بنا» is «with us»
    ("المنامة (بنا) - أعلن الوزير", [("المنامة", "city"), ("بنا", "organization")]),
    ("وقال بنا أن نعمل معا", []),
])
def test_an_agency_by_its_arabic_initials_in_parentheses(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «معاون» (person_titles.csv) ends the name before it and introduces the one after it
    ("بحضور الفريق عبود كنبر معاون رئيس أركان الجيش العراقي، وعدد", [("عبود كنبر", "person"),
                                                                   ("الجيش العراقي", "organization")]),
    ("وقال معاون المدير العام حسن علي إن", [("حسن علي", "person")]),
])
def test_the_title_of_an_aide(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field whose name alone is no field, after «إنتاج» (field_cues.csv), as after «تطوير»
    ("وارتفع إنتاج مجنون إلى 200 ألف برميل يوميا", [("مجنون", "oil_field")]),
    ("ويبلغ انتاج الزبير وغرب القرنة معا", [("الزبير", "oil_field"), ("غرب القرنة", "oil_field")]),
    # other goods' production names no field
    ("وارتفع إنتاج الحبوب في العراق", [("العراق", "country")]),
])
def test_a_field_named_by_its_production(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # US Central Command and its acronym (gazetteer_organizations.csv); «القيادة الأميركية» marks the nisba only
    ("وقالت القيادة المركزية الأمريكية (سنتكوم) إن", [("القيادة المركزية الأمريكية", "organization"),
                                                      ("سنتكوم", "organization")]),
    ("وقالت القيادة الأميركية إن", [("الأميركية", "country")]),
])
def test_us_central_command(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one word and «نيوز» or «برس» (outlet_words.csv) name a news site, a place inside it no place
    ("بحسب ما نقلت المربد نيوز عن مصدر", [("المربد نيوز", "organization")]),
    ("وقال مصدر لـ\"الرافدين نيوز\" إن", [("الرافدين نيوز", "organization")]),
    ("وذكرت بغداد نيوز أن", [("بغداد نيوز", "organization")]),
    ("وقال في حديث للغد برس إن", [("للغد برس", "organization")]),
    # a known outlet stays as the lexicon reads it; a stop word before «نيوز» names none
    ("وقال لوكالة شفق نيوز إن", [("وكالة شفق نيوز", "organization")]),
    ("وقال هذا نيوز", []),
])
def test_a_news_site_named_by_a_word_and_news(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised Latin name no list knows is the source or company it names, a number closing it
    ("وذكرت وكالة Interfax أن الشحنة وصلت", [("وكالة Interfax", "organization")]),  # an agency's head stays
    ("MENAFN - Akhbar Al Khaleej) الأحد", [("MENAFN", "organization"), ("Akhbar Al Khaleej", "organization")]),
    ("المصدر: Lebanon 24", [("Lebanon 24", "organization")]),
    # a person's or place's name glossed in Latin letters names no body; lower-case words name none
    ("وصل الوفد إلى بغداد (Baghdad) أمس", [("بغداد", "city")]),
    ("وكتب على اللافتة welcome فقط", []),
])
def test_a_capitalised_latin_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Iraqi blocs and armed groups by name (gazetteer_organizations.csv); a name inside them names nothing apart
    ("وقال الإطار التنسيقي في بيان إن", [("الإطار التنسيقي", "organization")]),
    ("وقالت كتائب حزب الله إن", [("كتائب حزب الله", "organization")]),
    ("وقال قائد فيلق القدس إن", [("فيلق القدس", "organization")]),
])
def test_iraqi_blocs_and_armed_groups_by_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Iraq's lists, factions and the Kurdistan Region's bodies by name (gazetteer_iraq_politics.csv)
    ("وقال النائب عن “دولة القانون” إن الجلسة تأجلت", [("دولة القانون", "organization")]),
    ("وأعلنت الكتلة الصدرية انسحابها من الجلسة", [("الكتلة الصدرية", "organization")]),
    ("وصوت برلمان كردستان العراق على القانون", [("برلمان كردستان العراق", "organization")]),
    ("وقالت القائمة العراقية في بيان إن", [("القائمة العراقية", "organization")]),
    ("وقاتلت كتائب سيد الشهداء قرب الحدود", [("كتائب سيد الشهداء", "organization")]),
    # «لل» before a name with the article: the whole word
    ("انتخب رئيسا للاتحاد البرلماني العربي مرتين", [("للاتحاد البرلماني العربي", "organization")]),
    # the rule of law is no coalition (not_entities.csv)
    ("ودعا إلى بناء دولة القانون والمؤسسات", []),
])
def test_iraqi_lists_factions_and_kurdistan_bodies_by_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a leader named by the surname alone, with no full name before it (gazetteer_iraq_politics.csv)
    ("وأكد الحلبوسي أن الموازنة ستقر قريبا", [("الحلبوسي", "person")]),
    ("وصل المشهداني إلى عمان أمس", [("المشهداني", "person"), ("عمان", "city")]),
    # a full name whose given name the rules do not know
    ("وقال وزير الدفاع جمعة عناد إن القطعات تقدمت", [("جمعة عناد", "person")]),
    # given names right before a surname of the lexicon are the full name, a kunya's «أبو» included
    ("وقال النائب حاكم الزاملي إن اللجنة اجتمعت", [("حاكم الزاملي", "person")]),
    ("وانتقد قيس الخزعلي وأبو آلاء الولائي القرار", [("قيس الخزعلي", "person"), ("أبو آلاء الولائي", "person")]),
    ("محمود داود سلمان المشهداني سياسي مخضرم", [("محمود داود سلمان المشهداني", "person")]),
    # «على» (a stopword in its match key «علي») stays out
    ("وردا على الحلبوسي قال النائب", [("الحلبوسي", "person")]),
    # a faction leader's surname alone; a quarter of Baghdad named after a family is no person (not_entities.csv)
    ("وقال العامري إن القطعات تقدمت", [("العامري", "person")]),
    ("ووصلت الحافلة إلى علاوي الحلة مساء", []),
])
def test_iraqi_leaders_by_surname_and_full_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «شركة», a trade with the article and an adjective in «ية» after it: one company, head included
    ("وسلمت توصياتها إلى شركة النفط الوطنية، دون أن", [("شركة النفط الوطنية", "organization")]),
    ("وقالت شركة الخدمات النفطية إن", [("شركة الخدمات النفطية", "organization")]),
    # an adjective not in «ية» («الكبرى») names no company
    ("وقالت شركة النفط الكبرى إن", []),
])
def test_a_company_named_by_its_trade_and_an_adjective(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known body's name quoted again without its head is that body
    ("قاتل في حركة النجباء ثم اتهمت \"النجباء\" الجيش", [("حركة النجباء", "organization"),
                                                        ("النجباء", "organization")]),
    # a body read by its head alone is no name to quote again
    ("وقالت وزارة النفط ان \"النفط\" مهم", [("وزارة النفط", "organization")]),
])
def test_a_known_bodys_name_quoted_again_without_its_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known company and English words of company names after it (company_words.csv) name its subsidiary
    ("وأعلنت لوك أويل ميد إيست أن", [("لوك أويل ميد إيست", "organization")]),
    ("وطلبت من غازبروم نفط ميدل إيست خفض", [("غازبروم نفط ميدل إيست", "organization")]),
    # Lukoil's trading arm by name (gazetteer_companies.csv), and with «غروب»
    ("وستمول ليتاسكو المشروع", [("ليتاسكو", "organization")]),
    ("مؤسسة ليتاسكو غروب الذراع المتخصص", [("ليتاسكو غروب", "organization")]),
])
def test_a_known_company_and_its_english_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an embassy named by its country's name is one body, as by its nisba (org_patterns.csv)
    ("وقالت سفارة روسيا في بغداد إن", [("سفارة روسيا", "organization"), ("بغداد", "city")]),
    ("وقالت السفارة الروسية في بغداد إن", [("السفارة الروسية", "organization"), ("بغداد", "city")]),
])
def test_an_embassy_named_by_its_country(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # OPEC+ with «plus» written out (entities.csv), and a prime minister's surname glued (gazetteer_iraq_politics.csv)
    ("وبحث الوزيران اتفاق أوبك بلاس في اجتماع", [("أوبك بلاس", "organization")]),
    ("وبحث عبدالمهدي مع الوفد ملف الكهرباء", [("عبدالمهدي", "person")]),
])
def test_names_as_pages_print_them(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body's short name after its full name in the same text (short_names.csv), «لل» kept as for the lexicon
    ("وقالت فصائل الحشد الشعبي إن مقاتلي الحشد انسحبوا",
     [("الحشد الشعبي", "organization"), ("الحشد", "organization")]),
    ("قاتلت عصائب أهل الحق ثم انسحبت العصائب وبقي للحشد دور",
     [("عصائب أهل الحق", "organization"), ("العصائب", "organization")]),
    # not before the full name, and not as a noun with its adjective («الحشد العسكري», a build-up)
    ("وتحدث عن الحشد على الحدود", []),
    ("ورحب الحشد الشعبي بالقرار ونفى الحشد العسكري", [("الحشد الشعبي", "organization")]),
])
def test_a_bodys_short_name_after_its_full_name(text, expected):
    assert found(text) == expected

"""Money, percentages and counted quantities, on sentences beyond our two articles."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def of_kind(text: str, kind: str) -> list[tuple]:
    return [(m.text, m.value, m.unit, m.hedge) for m in extract(text) if m.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("صفقة الأسلحة البالغة (4) مليارات دولار", [("(4) مليارات دولار", 4_000_000_000, "USD", None)]),
    ("بلغت قيمة العقود أكثر من 4.2 مليار دولار", [("4.2 مليار دولار", 4_200_000_000, "USD", "أكثر من")]),
    ("قدرت الصحيفة الصفقة بنحو 4,3 مليار دولار", [("4,3 مليار دولار", 4_300_000_000, "USD", "نحو")]),
    ("بقيمة تزيد على ٤٫٢ مليار دولار أمريكي", [("٤٫٢ مليار دولار أمريكي", 4_200_000_000, "USD", "تزيد على")]),
    ("خصصت الحكومة ثلاثمائة ألف دينار عراقي", [("ثلاثمائة ألف دينار عراقي", 300_000, "IQD", None)]),
    ("ديون بقيمة أربعة مليارات من الدولارات", [("أربعة مليارات من الدولارات", 4_000_000_000, "USD", None)]),
    ("منحة بقيمة مليار دولار", [("مليار دولار", 1_000_000_000, "USD", None)]),
    ("قرض بقيمة ملياري روبل", [("ملياري روبل", 2_000_000_000, "RUB", None)]),
    ("استثمارات بحوالي 500 مليون يورو", [("500 مليون يورو", 500_000_000, "EUR", "حوالي")]),
    ("بلغت الصفقة $4.2 مليار", [("$4.2 مليار", 4_200_000_000, "USD", None)]),
    ("تكلفة تصل إلى 1,250,000 جنيه إسترليني", [("1,250,000 جنيه إسترليني", 1_250_000, "GBP", None)]),
    ("مساعدات بقيمة 50 مليون ريال سعودي", [("50 مليون ريال سعودي", 50_000_000, "SAR", None)]),
    ("تبرع بـ 10 آلاف دولار", [("10 آلاف دولار", 10_000, "USD", None)]),
    ("عقد بقيمة 2.5 مليار يوان صيني", [("2.5 مليار يوان صيني", 2_500_000_000, "CNY", None)]),
    ("وصلت الميزانية إلى 1.5 تريليون دينار عراقي", [("1.5 تريليون دينار عراقي", 1_500_000_000_000, "IQD", None)]),
    ("كلفت المشاريع ما يقارب خمسة وعشرين مليون دولار",
     [("خمسة وعشرين مليون دولار", 25_000_000, "USD", "ما يقارب")]),
    ("صفقة بقيمة مليار ونصف دولار", [("مليار ونصف دولار", 1_500_000_000, "USD", None)]),
    ("عقود بقيمة 3 مليارات ونصف دولار", [("3 مليارات ونصف دولار", 3_500_000_000, "USD", None)]),
    # the scale word repeated after «ونصف» without its article (Akhbaar24, 2013): one amount, not «مليار دولار» alone
    ("أبرمت روسيا صفقات سلاح مع العراق في عام 2012 بقيمة 4 مليارات ونصف مليار دولار، ولكنها",
     [("4 مليارات ونصف مليار دولار", 4_500_000_000, "USD", None)]),
])
def test_amounts(text, expected):
    assert of_kind(text, "amount") == expected


def test_a_bare_dinar_is_iraqi_only_in_a_text_about_iraq():
    assert of_kind("رصدت الحكومة العراقية 100 مليار دينار", "amount") == [("100 مليار دينار", 100_000_000_000, "IQD",
                                                                            None)]
    assert of_kind("بلغت التكلفة 100 دينار", "amount") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ارتفعت الصادرات بنسبة 27.31 في المائة", [("27.31 في المائة", 27.31, None, None)]),
    ("انخفضت بنسبة ١٥٪ خلال العام", [("١٥٪", 15, None, None)]),
    ("نحو 40% من الواردات", [("40%", 40, None, "نحو")]),
    ("تراجعت الحصة عشرين بالمئة", [("عشرين بالمئة", 20, None, None)]),
    ("بلغت 12 في المئة", [("12 في المئة", 12, None, None)]),
    ("نسبة ٪7.5 فقط", [("٪7.5", 7.5, None, None)]),
])
def test_percentages(text, expected):
    assert of_kind(text, "percent") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تسلم العراق 30 مروحية من طراز مي-28", [("30 مروحية", 30, "helicopter", None)]),
    ("اشترت بغداد ثلاثين طائرة و42 منظومة", [("ثلاثين طائرة", 30, "aircraft", None), ("42 منظومة", 42, "system", None)]),
    ("نشر نحو 2500 جندي", [("2500 جندي", 2500, "soldier", "نحو")]),
])
def test_quantities(text, expected):
    assert of_kind(text, "quantity") == expected


def test_an_amount_is_never_also_a_date_or_a_count():
    kinds = [m.kind for m in extract("بلغت الصادرات 2012 مليون دولار")]
    assert "date" not in kinds and kinds.count("amount") == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("وقعت عقودا بقيمة 4 مليارات و200 مليون دولار", [("4 مليارات و200 مليون دولار", 4_200_000_000, "USD", None)]),
    ("بلغت ثلاثة مليارات ونصف المليار دولار", [("ثلاثة مليارات ونصف المليار دولار", 3_500_000_000, "USD", None)]),
    ("تراوحت بين 4 مليارات و5 مليارات دولار", [("4 مليارات", 4_000_000_000, "USD", None),
                                             ("5 مليارات دولار", 5_000_000_000, "USD", None)]),
    ("قدرت بنحو 3 إلى 4 مليارات دولار", [("3", 3_000_000_000, "USD", "نحو"), ("4 مليارات دولار", 4_000_000_000, "USD", None)]),
])
def test_compound_amounts_and_ranges(text, expected):
    assert of_kind(text, "amount") == expected


def test_a_bare_scale_word_starts_a_compound_amount():
    assert of_kind("صفقة بقيمة مليار و200 مليون دولار", "amount") == [("مليار و200 مليون دولار", 1_200_000_000, "USD",
                                                                       None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the agency decimal mark «ر» (fraction first) and the Arabic decimal separator «٫»
    ("بلغت الصفقة 7ر4 مليار دولار", [("7ر4 مليار دولار", 4_700_000_000, "USD", None)]),
    ("ارتفع الاحتياطي إلى 25ر1 مليار يورو", [("25ر1 مليار يورو", 1_250_000_000, "EUR", None)]),
    ("بلغت الاستثمارات ٢٫٥ مليار دولار", [("٢٫٥ مليار دولار", 2_500_000_000, "USD", None)]),
    # digits glued to a scale word or after a preposition
    ("عقد بقيمة 5مليارات دولار", [("5مليارات دولار", 5_000_000_000, "USD", None)]),
    ("صفقة بـ3 مليارات دولار", [("3 مليارات دولار", 3_000_000_000, "USD", None)]),
    # spelling variants, roubles, dinars, symbols and ISO codes
    ("استثمارات بقيمة 300 مليون أورو", [("300 مليون أورو", 300_000_000, "EUR", None)]),
    ("قرض بقيمة 5 مليارات روبل", [("5 مليارات روبل", 5_000_000_000, "RUB", None)]),
    ("رصدت بغداد 100 مليار دينار عراقي", [("100 مليار دينار عراقي", 100_000_000_000, "IQD", None)]),
    ("تكلف 500 مليون USD", [("500 مليون USD", 500_000_000, "USD", None)]),
    ("بلغت 20 مليون €", [("20 مليون €", 20_000_000, "EUR", None)]),
    ("خصص 40 مليار RUB", [("40 مليار RUB", 40_000_000_000, "RUB", None)]),
    ("بقيمة 12 مليون EGP", [("12 مليون EGP", 12_000_000, "EGP", None)]),
])
def test_decimal_marks_glued_digits_and_currency_variants(text, expected):
    assert of_kind(text, "amount") == expected


def test_percent_with_the_arabic_decimal_separator():
    assert of_kind("نما الاقتصاد بنسبة ٣٫٥٪", "percent") == [("٣٫٥٪", 3.5, None, None)]


@pytest.mark.parametrize("text", [
    "تنفق بغداد مليارات الدولارات سنويا على الخبز",  # the plural of a scale alone: «billions of dollars»
    "خسرت الشركة ملايين الدولارات",
    "تقدر قيمتها بمليارات من الدولارات",
    "بلغت الديون تريليونات الدنانير",
])
def test_a_plural_scale_alone_gives_no_figure(text):
    assert of_kind(text, "amount") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وقعت عقدا بقيمة مليار دولار", [("مليار دولار", 1_000_000_000, "USD", None)]),  # the singular is one
    ("خسرت الشركة ملياري دولار", [("ملياري دولار", 2_000_000_000, "USD", None)]),  # the dual is two
    ("بلغت 3 مليارات دولار", [("3 مليارات دولار", 3_000_000_000, "USD", None)]),  # a plural after a number
])
def test_a_scale_alone_in_the_singular_or_dual_is_a_figure(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Arabic abbreviations CLDR gives the currencies, without their closing full stop
    ("خصصت الوزارة 50 مليون د.ع للمشروع", [("50 مليون د.ع", 50_000_000, "IQD", None)]),
    ("بلغت الأرباح 20 مليار ر.س.", [("20 مليار ر.س", 20_000_000_000, "SAR", None)]),
    ("بقيمة 3 ملايين د.ك", [("3 ملايين د.ك", 3_000_000, "KWD", None)]),
    ("رصدت 500 مليون دج للبرنامج", [("500 مليون دج", 500_000_000, "DZD", None)]),  # Algerian press, no dots
    ("قال د. عادل إن 2 د.عادل", []),  # «د.» is a doctor's title, not a dinar
])
def test_arabic_currency_abbreviations(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("خسر الاقتصاد ربع مليار دولار", [("ربع مليار دولار", 250_000_000, "USD", None)]),  # a quarter of a billion
    ("بلغت نحو نصف مليار دولار", [("نصف مليار دولار", 500_000_000, "USD", "نحو")]),
    ("بلغت الصفقة 4 ملايير دولار", [("4 ملايير دولار", 4_000_000_000, "USD", None)]),  # the Maghrebi plural
    ("رصدت بغداد 5 ملايين دنانير للمشروع في العراق", [("5 ملايين دنانير", 5_000_000, "IQD", None)]),
])
def test_fractions_maghrebi_plurals_and_plural_dinars(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare currency noun shared by several countries: the one whose country the text names, if only one
    ("أعلنت مصر تخصيص 50 مليون جنيه للمشروع", [("50 مليون جنيه", 50_000_000, "EGP", None)]),
    ("أعلنت السعودية تخصيص 50 مليون ريال للمشروع", [("50 مليون ريال", 50_000_000, "SAR", None)]),
    ("قالت تركيا إن 50 مليون ليرة", [("50 مليون ليرة", 50_000_000, "TRY", None)]),
    ("قالت مصر والسودان إن 50 مليون جنيه", []),  # two countries of a «جنيه»: no currency
    ("بلغت 50 مليون جنيه", []),  # none named
])
def test_a_bare_currency_noun_takes_the_country_the_text_names(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # digits glued to the word before them: read, and taken only as money or a percentage
    ("ارتفع بنسبة5% خلال العام", "percent", [("5%", 5, None, None)]),
    ("بلغت الصفقة بقيمة5 مليارات دولار", "amount", [("5 مليارات دولار", 5_000_000_000, "USD", None)]),
    ("تبلغ 15بالمئة من الإنتاج", "percent", [("15بالمئة", 15, None, None)]),  # the percent word glued after
    ("اشترى العراق اف16 طائرة", "quantity", []),  # a designation, not a count
])
def test_digits_glued_to_a_word(text, kind, expected):
    assert of_kind(text, kind) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # the agency decimal mark with spaces around it, as a page may lay the digits out: one number, not the «4» alone
    ("بلغت الصفقة 2 ر 4 مليار دولار", "amount", [("2 ر 4 مليار دولار", 4_200_000_000, "USD", None)]),
    ("بلغ النمو 5 ر 3 بالمئة", "percent", [("5 ر 3 بالمئة", 3.5, None, None)]),
])
def test_the_agency_decimal_mark_with_spaces(text, kind, expected):
    assert of_kind(text, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first bound of a range of percentages is a percentage, as the first bound of an amount's range is an amount
    ("وبلغ 238 مليون دينار عراقي، وهو ما شكل حينها بين 10 و12 في المئة من التجارة الخارجية العراقية",
     [("10", 10, None, None), ("12 في المئة", 12, None, None)]),  # Al-Hayat
    ("ارتفعت الحصة من 5 إلى 7% خلال العام", [("5", 5, None, None), ("7%", 7, None, None)]),
    # a year before «و» and a percentage is no bound of it
    ("في 2019 و20% من الإنتاج", [("20%", 20, None, None)]),
])
def test_the_first_bound_of_a_range_of_percentages(text, expected):
    assert of_kind(text, "percent") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare scale word after the «و» of a list of amounts is one of the scale, «و» left out
    ("ستتسلم الحكومة 600 مليون دولار من الصندوق، ومليار دولار من البنك",
     [("600 مليون دولار", 600_000_000, "USD", None), ("مليار دولار", 1_000_000_000, "USD", None)]),
    ("وصلت ومليارات الدولارات", []),  # a vague plural stays no amount
])
def test_a_bare_scale_after_the_conjunction(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number or scale word glued to «ب» is read, «ب» left out
    ("وباعت الشركة الحصة بعشرين مليار دولار", [("عشرين مليار دولار", 20_000_000_000, "USD", None)]),
    ("قدرت الصفقة بخمسة مليارات دولار أمريكي", [("خمسة مليارات دولار أمريكي", 5_000_000_000, "USD", None)]),
    ("واشترت المعدات بمليار يورو", [("مليار يورو", 1_000_000_000, "EUR", None)]),
])
def test_number_words_glued_to_a_preposition(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # the Arabic comma as a decimal mark, with no space around it
    ("بلغت قيمة الصفقة 4،2 مليار دولار", "amount", [("4،2 مليار دولار", 4_200_000_000, "USD", None)]),
    ("ارتفع التضخم بنسبة 2،5 بالمئة", "percent", [("2،5 بالمئة", 2.5, None, None)]),
    # a list keeps its comma and space: the year, then the amount
    ("إذ كان في عام 2016، 900 مليون دولار", "amount", [("900 مليون دولار", 900_000_000, "USD", None)]),
])
def test_the_arabic_comma_as_a_decimal_mark(text, kind, expected):
    assert of_kind(text, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the hundredth of a currency after a number is an amount of that currency (data/currency_subunits.csv)
    ("وصعد خام القياس 62 سنتاً إلى 70.5 دولاراً للبرميل",
     [("62 سنتاً", 0.62, "USD", None), ("70.5 دولاراً", 70.5, "USD", None)]),
    ("وتراجع السعر نحو 8 سنتات", [("8 سنتات", 0.08, "USD", "نحو")]),
    ("بيعت التذكرة بـ 40 كوبيك", [("40 كوبيك", 0.4, "RUB", None)]),
    ("بعد 3 سنوات من العقد", []),  # «سنوات» is years, not cents
])
def test_the_hundredth_of_a_currency(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the construct dual «مائتي» before a scale word, inside a chain of scales
    ("وبلغت قيمة العقد مليار ومائتي مليون دولار", [("مليار ومائتي مليون دولار", 1_200_000_000, "USD", None)]),
    ("خصصت الوزارة مئتي مليون يورو", [("مئتي مليون يورو", 200_000_000, "EUR", None)]),
])
def test_the_construct_dual_of_two_hundred(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dual scale word and «ونصف»: two and a half of the scale, the scale repeated or not
    ("بلغت قيمة الصفقة مليارين ونصف المليار دولار", [("مليارين ونصف المليار دولار", 2_500_000_000, "USD", None)]),
    ("خصصت الحكومة مليونين ونصف دينار عراقي", [("مليونين ونصف دينار عراقي", 2_500_000, "IQD", None)]),
    ("بلغت قيمة الصفقة مليارين دولار", [("مليارين دولار", 2_000_000_000, "USD", None)]),
    # the construct dual of a thousand, as «مليوني دولار»
    ("بلغت كلفة الرحلة ألفي دولار", [("ألفي دولار", 2_000, "USD", None)]),
])
def test_a_dual_scale_and_a_half(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a copied page's lost space: the currency (or its adjective) glued to «و» and the next word
    ("بلغت قيمة العقد 5 مليارات دولاروقال الوزير", [("5 مليارات دولار", 5_000_000_000, "USD", None)]),
    ("خصصت الوزارة 7 ملايين دينار عراقيوأكدت", [("7 ملايين دينار عراقي", 7_000_000, "IQD", None)]),
])
def test_a_currency_glued_to_the_next_word(text, expected):
    assert of_kind(text, "amount") == expected


def test_a_percentage_glued_to_the_next_word():
    # «في المئة» glued to «و» and the next word, as a currency is
    assert of_kind("ارتفعت الصادرات بنسبة 12 في المئةوأكد الوزير", "percent") == [("12 في المئة", 12, None, None)]


@pytest.mark.parametrize(("text", "expected"), [
    # an amount whose currency is left unsaid takes that of the amount of the same scale just before it, after «و»
    # or «مقابل» in the same sentence
    ("بلغت الديون 90 مليار دولار، منها 60 مليار دولار مستحقة، و30 مليارا معلقة",
     [("90 مليار دولار", 90_000_000_000, "USD", None), ("60 مليار دولار", 60_000_000_000, "USD", None),
      ("30 مليارا", 30_000_000_000, "USD", None)]),
    ("بلغت الصادرات 5 مليارات يورو مقابل 3 مليارات في العام الماضي",
     [("5 مليارات يورو", 5_000_000_000, "EUR", None), ("3 مليارات", 3_000_000_000, "EUR", None)]),
    # not before a noun it counts, nor across a sentence
    ("صدرت 5 مليارات دولار و30 مليار متر مكعب", [("5 مليارات دولار", 5_000_000_000, "USD", None)]),
    ("بلغت 5 مليارات دولار. و3 مليارات أخرى", [("5 مليارات دولار", 5_000_000_000, "USD", None)]),
    # right after the amount and a comma, a part of it («منها»)
    ("تقدر الديون ب 120 مليار دولار، 35 مليار منها مستحقة لدول الجوار",
     [("120 مليار دولار", 120_000_000_000, "USD", None), ("35 مليار", 35_000_000_000, "USD", None)]),
    # …but a comma alone does not carry the currency to what the next number counts
    ("بلغت الديون 120 مليار دولار، 35 مليار متر مكعب من الغاز", [("120 مليار دولار", 120_000_000_000, "USD", None)]),
])
def test_an_amount_whose_currency_is_left_unsaid(text, expected):
    assert of_kind(text, "amount") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the price of a barrel with a comma before three digits: a decimal comma, no barrel costing thousands of dollars
    ("وأوضحت الوزارة أن معدل سعر البرميل الواحد بلغ (95,420) دولارات", [("(95,420) دولارات", 95.42, "USD", None)]),
    ("وباعت الشركة النفط بسعر 88,150 دولار للبرميل", [("88,150 دولار", 88.15, "USD", None)]),
    # the comma separates thousands elsewhere, a barrel named or not
    ("بلغت الإيرادات (95,420) دولارات", [("(95,420) دولارات", 95420, "USD", None)]),
    ("بلغت قيمة الصفقة 150,000 دولار لشراء برميل من الوقود", [("150,000 دولار", 150000, "USD", None)]),
])
def test_a_barrels_price_written_with_a_comma_before_three_digits(text, expected):
    assert of_kind(text, "amount") == expected

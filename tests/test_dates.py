"""Dates and periods, pattern by pattern, on sentences beyond our two articles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import extract
from analysis.normalize import match_key


def dates(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.text, m.value) for m in extract(text) if m.kind in ("date", "period")]


@pytest.mark.parametrize(("text", "expected"), [
    # every month-name system (CLDR ar, ar_IQ/ar_SY, ar_DZ/ar_TN, ar_MA), with and without hamza
    ("وقع الاتفاق في 12 يناير 2015 في موسكو.", [("date", "12 يناير 2015", "2015-01-12")]),
    ("وصل الوفد في 3 شباط 2019 إلى دمشق.", [("date", "3 شباط 2019", "2019-02-03")]),
    ("انعقدت القمة في كانون الثاني 2020.", [("date", "كانون الثاني 2020", "2020-01")]),
    ("جرت الانتخابات في تشرين الأول 2021 في العراق.", [("date", "تشرين الأول 2021", "2021-10")]),
    ("نُظّم المعرض في 5 جانفي 2018 بالجزائر.", [("date", "5 جانفي 2018", "2018-01-05")]),
    ("صدر القرار في جويلية 2016.", [("date", "جويلية 2016", "2016-07")]),
    ("وقعت الاتفاقية في 20 غشت 2017 بالرباط.", [("date", "20 غشت 2017", "2017-08-20")]),
    ("أعلن ذلك في شتنبر 2019.", [("date", "شتنبر 2019", "2019-09")]),
    ("في ابريل 2003 سقطت بغداد.", [("date", "ابريل 2003", "2003-04")]),
    ("في اغسطس 1990 اجتاح العراق الكويت.", [("date", "اغسطس 1990", "1990-08")]),
    # dual forms: slash, parentheses, dash, space; both names agree
    ("في 9 سبتمبر/أيلول 1944", [("date", "9 سبتمبر/أيلول 1944", "1944-09-09")]),
    ("في أبريل (نيسان) 2003 دخلت القوات", [("date", "أبريل (نيسان) 2003", "2003-04")]),
    ("في اب / اغسطس 1990", [("date", "اب / اغسطس 1990", "1990-08")]),
    ("في ايلول سبتمبر 2025 زار شويغو بغداد", [("date", "ايلول سبتمبر 2025", "2025-09")]),
    ("في تموز-يوليو 1958 قامت الثورة", [("date", "تموز-يوليو 1958", "1958-07")]),
    ("في 14 تموز (يوليو) 1958", [("date", "14 تموز (يوليو) 1958", "1958-07-14")]),
    # Arabic-Indic digits, ordinal days, a trailing م
    ("في ٢٠ آذار ٢٠٠٣ بدأ الغزو", [("date", "٢٠ آذار ٢٠٠٣", "2003-03-20")]),
    ("في التاسع من أبريل 2003", [("date", "التاسع من أبريل 2003", "2003-04-09")]),
    ("يوم الخامس والعشرين من ديسمبر 1991 استقال غورباتشوف",
     [("date", "الخامس والعشرين من ديسمبر 1991", "1991-12-25")]),  # «يوم» stays out, as «في» does
    ("في الأول من تشرين الثاني 2007", [("date", "الأول من تشرين الثاني 2007", "2007-11-01")]),
    ("وُقّعت المعاهدة عام ١٩٧٢م.", [("date", "عام ١٩٧٢م", "1972")]),
    ("تأسست الشركة سنة 1995 في بغداد", [("date", "سنة 1995", "1995")]),
    ("وفي العام 2014 سيطر داعش على الموصل", [("date", "العام 2014", "2014")]),
    ("في 2/8/1990 اجتاح العراق الكويت", [("date", "2/8/1990", "1990-08-02")]),
    ("في الـ15 من آذار/مارس 2011 اندلعت الاحتجاجات", [("date", "الـ15 من آذار/مارس 2011", "2011-03-15")]),
    ("في 30 حزيران/يونيو 2021", [("date", "30 حزيران/يونيو 2021", "2021-06-30")]),
    ("في عامي 2017 و2018", [("date", "عامي 2017", "2017"), ("date", "2018", "2018")]),
    # ranges
    ("من عام 2003 إلى عام 2011 بقيت القوات", [("period", "من عام 2003 إلى عام 2011", "2003/2011")]),
    ("بين عامي 2013 و2016 تضاعفت الصادرات", [("period", "بين عامي 2013 و2016", "2013/2016")]),
    ("خلال الفترة 2013 – 2016 ارتفعت الصادرات", [("period", "2013 – 2016", "2013/2016")]),
    ("الشاعر الجواهري (1899-1997) كتب", [("period", "1899-1997", "1899/1997")]),
    ("المفكر (1888-1978)", [("period", "1888-1978", "1888/1978")]),
    ("من 25 أغسطس إلى 9 سبتمبر 1944", [("period", "من 25 أغسطس إلى 9 سبتمبر 1944", "1944-08-25/1944-09-09")]),
    ("من 25 إلى 30 أغسطس 1944", [("period", "من 25 إلى 30 أغسطس 1944", "1944-08-25/1944-08-30")]),
    ("من يوليو 1958 حتى أبريل 1972", [("period", "من يوليو 1958 حتى أبريل 1972", "1958-07/1972-04")]),
    # two time points joined as a range are one period whatever opens it, «منذ» inside the span, «في» outside (the
    # corpus guide, after zu)
    ("منذ 2003 وحتى 2011", [("period", "منذ 2003 وحتى 2011", "2003/2011")]),
    ("عمل السفير منذ 21 مايو 2012 وحتى 9 نوفمبر 2020",
     [("period", "منذ 21 مايو 2012 وحتى 9 نوفمبر 2020", "2012-05-21/2020-11-09")]),
    ("ترأس اللجنة في 3 شباط 2004 حتى 17 تموز عام 2007",
     [("period", "3 شباط 2004 حتى 17 تموز عام 2007", "2004-02-03/2007-07-17")]),
    ("وبقي في منصبه من 5 آذار 2010 لغاية أيار 2014", [("period", "من 5 آذار 2010 لغاية أيار 2014", "2010-03-05/2014-05")]),
    # not a range: two dates listed, a range that would run backwards, «حتى» with no opening word, «منذ» alone
    ("زار موسكو في 3 آذار 2010 و5 أيار 2014", [("date", "3 آذار 2010", "2010-03-03"), ("date", "5 أيار 2014", "2014-05-05")]),
    ("في 2014 حتى 2011", [("date", "2014", "2014"), ("date", "2011", "2011")]),
    ("أعلن الوزير 3 آذار 2010 حتى 5 أيار 2014", [("date", "3 آذار 2010", "2010-03-03"), ("date", "5 أيار 2014", "2014-05-05")]),
    ("منذ 2003 وحتى اليوم", [("date", "منذ 2003", "2003")]),
    # since, and the year from context
    ("العقوبات المفروضة منذ عام 2022", [("date", "منذ عام 2022", "2022")]),
    ("وقعت في 10 مارس 2018، ثم في 20 سبتمبر من نفس العام",
     [("date", "10 مارس 2018", "2018-03-10"), ("date", "20 سبتمبر من نفس العام", "2018-09-20")]),
    ("في يناير 2017، ثم في 5 أغسطس من العام نفسه",
     [("date", "يناير 2017", "2017-01"), ("date", "5 أغسطس من العام نفسه", "2017-08-05")]),
])
def test_date_patterns(text, expected):
    assert dates(text) == expected


def test_since_is_marked():
    (date,) = [m for m in extract("العقوبات المفروضة منذ عام 2022") if m.kind == "date"]
    assert date.qualifier == "since" and date.granularity == "year"


@pytest.mark.parametrize("text", [
    "منظومة الدفاع الجوي إس 400",
    "منظومة اس-300 وصواريخ S-400",
    "مروحيات إم آي – 28 ومي-35",
    "استمر القصف 36 ساعة متواصلة",
    "بعد 75 عاما من العلاقات",
    "نشرت واشنطن 2500 جندي في العراق",
    "قتل 1990 شخصا",
    "بلغت الصادرات 2012 مليون دولار",
    "مارس الضغط على بغداد",
    "وتبلغ النسبة 2015 في المئة",
    "الرقم 4.2012 ليس تاريخا",
])
def test_numbers_that_are_not_dates(text):
    assert dates(text) == []


def test_hijri_dates_are_converted_and_flagged_never_gregorian_years():
    year = [m for m in extract("وُلد عام 1363 هـ في النجف") if m.kind in ("date", "period")]
    assert len(year) == 1 and year[0].calendar == "hijri" and year[0].original == "1363"
    assert (year[0].kind, year[0].value) == ("period", "1943-12-27/1944-12-15")  # 1 Muharram 1363 to the eve of 1 Muharram 1364 (Umm al-Qura)
    assert year[0].text == "عام 1363 هـ"
    day = [m for m in extract("في 15 رمضان 1445 هـ") if m.kind == "date"]
    assert [(d.text, d.value, d.calendar, d.original) for d in day] == [("15 رمضان 1445 هـ", "2024-03-25", "hijri",
                                                                        "1445-09-15")]


@pytest.mark.parametrize(("text", "expected"), [
    # the Umm al-Qura calendar, as Saudi and Gulf pages print it beside the Gregorian date
    ("الاثنين 1424/2/5 هـ الموافق 7/4/2003", ("date", "1424/2/5 هـ", "2003-04-07", "day")),
    ("في 5 صفر 1424 هـ", ("date", "5 صفر 1424 هـ", "2003-04-07", "day")),
    ("في صفر 1424 هـ", ("period", "صفر 1424 هـ", "2003-04-03/2003-05-01", "month")),
    # outside the calendar's tables (1343–1500 AH), or a day the month does not have: found, never guessed
    ("وُلد عام 1300 هـ في النجف", ("period", "عام 1300 هـ", None, None)),
    ("في 15 رمضان 1300 هـ", ("date", "15 رمضان 1300 هـ", None, "day")),
    ("في 1424/2/30 هـ", ("date", "1424/2/30 هـ", None, "day")),
])
def test_hijri_dates_follow_umm_al_qura_and_stay_unresolved_outside_its_tables(text, expected):
    (found,) = [m for m in extract(text) if m.kind in ("date", "period") and m.calendar == "hijri"]
    assert (found.kind, found.text, found.value, found.granularity) == expected


def test_day_and_month_without_a_year_keep_the_day_and_month():
    (date,) = [m for m in extract("وصل الوفد يوم 16 سبتمبر") if m.kind == "date"]
    assert (date.text, date.value, date.granularity) == ("16 سبتمبر", "--09-16", "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("بتاريخ 2020/05/12 صدر القرار", [("date", "2020/05/12", "2020-05-12")]),
    ("في 5-6 نوفمبر 2023", [("period", "5-6 نوفمبر 2023", "2023-11-05/2023-11-06")]),
    # two decades joined by «و»: one span of time (test_two_decades_joined_are_one_period)
    ("في السبعينيات وثمانينيات القرن الماضي", [("period", "السبعينيات وثمانينيات القرن الماضي", "1970/1989")]),
])
def test_numeric_dates_day_ranges_and_decades(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # digits glued to a month or to each other, a month glued to its year
    ("وقع الاتفاق في ٢٣آب١٩٦٨ ببغداد", [("date", "٢٣آب١٩٦٨", "1968-08-23")]),
    ("زار الوفد موسكو في حزيران2019", [("date", "حزيران2019", "2019-06")]),
    ("افتتح المعرض في 7أيار 2014", [("date", "7أيار 2014", "2014-05-07")]),
    ("أعلن ذلك عام2016 في بيروت", [("date", "عام2016", "2016")]),
    # Hijri dates in digits: converted, never a Gregorian year 1433
    ("صدر المرسوم في 12/5/1433 هـ", [("date", "12/5/1433 هـ", "2012-04-04")]),
    ("بتاريخ 1/9/1445هـ أعلن", [("date", "1/9/1445هـ", "2024-03-11")]),
    ("وفي 3/2/1430 صدر القرار", [("date", "3/2/1430", "2009-01-29")]),  # Umm al-Qura
    # decades, both plurals
    ("في الستينات كانت العلاقات قوية", [("period", "الستينات", "1960/1969")]),
    ("منذ ستينيات القرن الماضي", [("period", "ستينيات القرن الماضي", "1960/1969")]),
    ("وفي التسعينات فرض الحصار", [("period", "التسعينات", "1990/1999")]),
    # quarters and halves
    ("في الربع الثالث من 2015 ارتفعت الصادرات", [("period", "الربع الثالث من 2015", "2015-07/2015-09")]),
    ("خلال الربع الأول من عام 2020", [("period", "الربع الأول من عام 2020", "2020-01/2020-03")]),
    ("وفي النصف الثاني من العام 2018 تراجع الإنتاج", [("period", "النصف الثاني من العام 2018", "2018-07/2018-12")]),
])
def test_glued_digits_hijri_numeric_dates_decades_quarters(text, expected):
    assert dates(text) == expected


def relative(text: str, published: str | None) -> list[tuple]:
    return [(m.kind, m.text, m.value, m.granularity) for m in extract(text, published=published)
            if m.kind in ("date", "period")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("قال الوزير أمس إن المحادثات نجحت", "2019-06-05", [("date", "أمس", "2019-06-04", "day")]),
    ("وصل الوفد أول أمس إلى بغداد", "2019-06-05", [("date", "أول أمس", "2019-06-03", "day")]),
    ("جرت المحادثات الأسبوع الماضي", "2019-06-05", [("date", "الأسبوع الماضي", "2019-W22", "week")]),
    ("سيزور موسكو الشهر المقبل", "2019-12-20", [("date", "الشهر المقبل", "2020-01", "month")]),
    ("ارتفعت الصادرات العام الماضي", "2019-06", [("date", "العام الماضي", "2018", "year")]),
    ("سيوقع العقد العام المقبل", "2019-06-05", [("date", "العام المقبل", "2020", "year")]),
    ("في النصف الأول من العام تراجعت الأسعار", "2021-08-01",
     [("period", "النصف الأول من العام", "2021-01/2021-06", "half")]),
    ("في الربع الأخير من العام الماضي", "2021-08-01",
     [("period", "الربع الأخير من العام الماضي", "2020-10/2020-12", "quarter")]),
    ("في أيار من العام الماضي وقع العقد", "2021-08-01", [("date", "أيار من العام الماضي", "2020-05", "month")]),
    # without a publication date: found, kept unresolved
    ("قال الوزير أمس إن المحادثات نجحت", None, [("date", "أمس", None, "day")]),
    ("في النصف الأول من العام تراجعت الأسعار", None, [("period", "النصف الأول من العام", None, "half")]),
    # a publication month does not resolve a day
    ("قال الوزير أمس", "2019-06", [("date", "أمس", None, "day")]),
    # against a year alone, «يناير المقبل» is the next year's January from any day of it, «ديسمبر الماضي» the last
    # year's December; any other month stays in the year of publication
    ("تبدأ المفاوضات في النصف الثاني من يناير المقبل", "2011",
     [("period", "النصف الثاني من يناير المقبل", "2012-01-16/2012-01-31", "half")]),
    ("انتهت المهلة في ديسمبر الماضي", "2011", [("date", "ديسمبر الماضي", "2010-12", "month")]),
    ("يصل الوفد في أبريل المقبل", "2011", [("date", "أبريل المقبل", "2011-04", "month")]),
])
def test_relative_dates_resolve_against_the_publication_date(text, published, expected):
    assert relative(text, published) == expected


def test_relative_dates_are_marked():
    (date,) = [m for m in extract("قال الوزير أمس", published="2019-06-05") if m.kind == "date"]
    assert date.qualifier == "relative"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("وصل الوفد اليوم الأحد إلى بغداد", "2021-05-04", [("date", "اليوم الأحد", "2021-05-02", "day")]),
    ("التقى الوزير يوم الاثنين نظيره", "2020-01-15", [("date", "يوم الاثنين", "2020-01-13", "day")]),
    ("التقى الوزير الثلاثاء الماضي نظيره", "2021-05-04", [("date", "الثلاثاء الماضي", "2021-04-27", "day")]),
    ("سيصل الوفد الأحد المقبل", "2021-05-04", [("date", "الأحد المقبل", "2021-05-09", "day")]),
    ("قال الوزير الثلاثاء إن", "2017-11", [("date", "الثلاثاء", None, "day")]),  # no day of publication
    ("أعلنت الوزارة، الخميس، (19 تشرين الثاني، 2020) أن", "2020-11-19",
     [("date", "19 تشرين الثاني، 2020", "2020-11-19", "day")]),  # the weekday before a date is not a date of its own
    ("يبدأ المؤتمر في 15 الجاري", "2021-05-04", [("date", "15 الجاري", "2021-05-15", "day")]),
    ("وقع الحادث في العاشر من هذا الشهر", "2007-01-20", [("date", "العاشر من هذا الشهر", "2007-01-10", "day")]),
    ("يزور الوفد موسكو يومي 25 و26 تشرين الثاني الجاري", "2020-11-19",
     [("period", "25 و26 تشرين الثاني الجاري", "2020-11-25/2020-11-26", "day")]),
    ("في 7 و8 من أكتوبر المقبل", "2019-09-12", [("period", "7 و8 من أكتوبر المقبل", "2019-10-07/2019-10-08", "day")]),
    ("في كانون الثاني/يناير التقى الوفدان", "2018-02-15", [("date", "كانون الثاني/يناير", "2018-01", "month")]),
    ("وفي نوفمبر طلب العراق", "2013-04-13", [("date", "نوفمبر", "2012-11", "month")]),  # the nearest November
    ("في منتصف أبريل", "2013-04-13", [("date", "منتصف أبريل", "2013-04", "month")]),
    ("منذ شهر آب/أغسطس من العام 2014", None, [("date", "منذ شهر آب/أغسطس من العام 2014", "2014-08", "month")]),
    ("خلال الفصل الثالث من 2017", None, [("period", "الفصل الثالث من 2017", "2017-07/2017-09", "quarter")]),
    ("وصل الوفد صباح اليوم الأحد", "2021-05-04", [("date", "صباح اليوم الأحد", "2021-05-02", "day")]),
    ("اندلع الحريق مساء أمس", "2021-05-04", [("date", "مساء أمس", "2021-05-03", "day")]),
    ("في نهاية العام الماضي", "2021-05-04", [("date", "نهاية العام الماضي", "2020", "year")]),
    ("برميل في اليوم", "2021-05-04", []),  # «per day»
    ("نقلت قناة روسيا اليوم", "2021-05-04", []),  # a channel, not «Russia today»
    ("بدأ الإنتاج في آذار من العام الماضي 2014", "2015-12-27",
     [("date", "آذار من العام الماضي 2014", "2014-03", "month")]),  # the written year wins
    ("استورد منذ سبتمبر 2021 وحتى نهاية مارس الماضي", "2023-05-22",  # «منذ … وحتى …»: one period, each bound its own
     [("period", "منذ سبتمبر 2021 وحتى نهاية مارس الماضي", "2021-09/2023-03", "month")]),
    ("حصد القمح في منتصف أبريل الماضي وحتى التاسع من مايو الجاري", "2019-05-20",  # the finer grain of the two
     [("period", "منتصف أبريل الماضي وحتى التاسع من مايو الجاري", "2019-04/2019-05-09", "day")]),
])
def test_weekdays_and_months_against_the_publication_date(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت المتحدثة ماريا زاخاروفا، اليوم، أن لافروف سيزور بغداد", [("date", "اليوم", "2020-11-19", "day")]),
    ("قال الوزير اليوم إن الاتفاق جاهز", [("date", "اليوم", "2020-11-19", "day")]),
    ("أعلنت الوزارة اليوم ارتفاع الإنتاج", [("date", "اليوم", "2020-11-19", "day")]),
    ("يواجه العراق اليوم تحديات كبيرة", []),  # «nowadays»
    ("منذ ذلك الحين وحتى اليوم", []),
    ("إن روسيا اليوم ليست الاتحاد السوفيتي", []),
])
def test_a_bare_today_is_a_date_only_where_a_statement_dates_it(text, expected):
    assert relative(text, "2020-11-19") == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["الستينات", "وفي", "بالسبعينيات", "والثمانينيات", "تسعينيات", "ستينياتها", "x",
                                 "السبعينيات_", "2ستينات", " ", "  ", "\n", "،", "منتصف", "القرن الماضي"]),
                max_size=20).map(" ".join))
def test_decades_found_from_the_words_equal_the_decades_found_by_searching_the_text(text):
    from analysis.cues import Tokens
    from analysis.extract.dates import _decade_points

    key = match_key(text).key
    assert _decade_points(key, Tokens(key)) == _decade_points(key)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a quarter with no year after it: the year of the quarter dated last before it…
    ("تراجعت أرباحها في الربع الثاني من 2020، بعد خسارة في الربع الأول، وتتوقع تحسنا في الربع الثالث.", "2021-03-01",
     [("period", "الربع الثاني من 2020", "2020-04/2020-06", "quarter"),
      ("period", "الربع الأول", "2020-01/2020-03", "quarter"),
      ("period", "الربع الثالث", "2020-07/2020-09", "quarter")]),
    # …else the nearest such quarter to publication (the fourth quarter, read in January, is last year's)
    ("ارتفعت المبيعات في الربع الرابع", "2021-01-20", [("period", "الربع الرابع", "2020-10/2020-12", "quarter")]),
    ("هبطت الأرباح في الربع الثاني", "2020-08-31", [("period", "الربع الثاني", "2020-04/2020-06", "quarter")]),
    ("هبطت الأرباح في الربع الثاني", None, [("period", "الربع الثاني", None, "quarter")]),
    # not a quarter of a year: of something named after it, or after a year the paragraph already wrote
    ("في الربع الأول من القرن الحادي والعشرين", "2020-08-31", []),
    ("بلغت الأرباح في عام 2015 ذروتها، وفي الربع الأول تراجعت", "2020-08-31", [("date", "عام 2015", "2015", "year")]),
    ("زادت الصادرات بأكثر من الربع", "2020-08-31", []),
    # a written year followed by «الجاري» keeps the adjective
    ("في النصف الثاني من العام 2012 الجاري", None,
     [("period", "النصف الثاني من العام 2012 الجاري", "2012-07/2012-12", "half")]),
    ("في العام 2019 الحالي ارتفعت", None, [("date", "العام 2019 الحالي", "2019", "year")]),
])
def test_quarters_without_a_year_and_years_marked_current(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # «شهر» after a glued preposition: the preposition stays out, as «في» does
    ("بلغت صادرات النفط لشهر أيار الماضي 3 ملايين برميل", "2023-06-01",
     [("date", "شهر أيار الماضي", "2023-05", "month")]),
    ("إن الإيرادات لشهر فبراير الماضي بلغت", "2023-03-02", [("date", "شهر فبراير الماضي", "2023-02", "month")]),
    # a month name glued to «ب» or «ل» is a date («مقارنة بنيسان»), from four letters on
    ("انخفضت الإيرادات مقارنة بنيسان", "2023-06-01", [("date", "نيسان", "2023-04", "month")]),
    ("تأجل الاجتماع لأيار المقبل", "2023-02-01", [("date", "أيار المقبل", "2023-05", "month")]),
    ("دخل الوفد من باب القصر", "2023-06-01", []),  # «باب» is a door
    ("وطرق الباب مرتين", "2023-06-01", []),
    # a later month listed after a month dated without a written year shares its year
    ("زار الوزير موسكو في نيسان وتموز وآب، دون تفاصيل", "2012-10-10",
     [("date", "نيسان", "2012-04", "month"), ("date", "تموز", "2012-07", "month"), ("date", "آب", "2012-08", "month")]),
    ("في آذار 2019 ومارس الرئيس سلطاته", None, [("date", "آذار 2019", "2019-03", "month")]),  # «مارس» the verb
    ("في نيسان ومارس الضغط", "2012-10-10", [("date", "نيسان", "2012-04", "month")]),  # not a later month
    # a comma may stand before the word that closes a range
    ("هبطت الإيرادات في الفترة من أبريل/نيسان، إلى يونيو/حزيران، لـ 1.16 تريليون روبل", "2020-08-31",
     [("period", "من أبريل/نيسان، إلى يونيو/حزيران", "2020-04/2020-06", "month")]),
    # «في … ولغاية …»: one period, «في» outside its span (the corpus guide, after zu)
    ("منذ بدء تنفيذ الاتفاقية في 27 أيلول 2025 ولغاية نهاية شهر كانون الأول 2025", None,
     [("period", "27 أيلول 2025 ولغاية نهاية شهر كانون الأول 2025", "2025-09-27/2025-12", "day")]),
])
def test_months_after_a_glued_preposition_in_lists_and_ranges(text, published, expected):
    assert relative(text, published) == expected


def test_today_before_the_main_clause_of_a_dated_source():
    assert relative("وبحسب ما تم تسريبه اليوم، فإن الاتفاق يأتي برعاية روسية", "2019-09-04") == [
        ("date", "اليوم", "2019-09-04", "day")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a relative day of two words with the weekday that names it is one span, as «يوم غد الأربعاء»
    ("يصل الوزير بعد غد الخميس إلى بغداد", "2019-06-04", [("date", "بعد غد الخميس", "2019-06-06", "day")]),
    ("وصل الوفد أول أمس الأحد إلى بغداد", "2019-06-04", [("date", "أول أمس الأحد", "2019-06-02", "day")]),
    ("وصل الوفد أمس الأول الأحد إلى بغداد", "2019-06-04", [("date", "أمس الأول الأحد", "2019-06-02", "day")]),
    # digits glued to the particle before them: the particle stays out, a since-date keeps «منذ»
    ("وقع العقد في2019 في موسكو", None, [("date", "2019", "2019", "year")]),
    ("منذ2003 والعراق يعاني", None, [("date", "منذ2003", "2003", "year")]),
    ("ارتفعت الصادرات بين2013 و2016", None, [("period", "بين2013 و2016", "2013/2016", "year")]),
    ("ارتفعت من 2013 إلى2016", None, [("period", "من 2013 إلى2016", "2013/2016", "year")]),
    ("في الـ15من آذار 2011 اندلعت", None, [("date", "الـ15من آذار 2011", "2011-03-15", "day")]),
    ("رقم2019 هاتف", None, []),  # a word that is no particle
    # a part of a year glued to it (month_parts.csv) stays in its span, as with a space
    ("وارتفعت الأسعار نهاية2019 بقوة", None, [("date", "نهاية2019", "2019", "year")]),
    ("وزار الوفد موسكو صيف2014", None, [("date", "صيف2014", "2014", "year")]),
])
def test_relative_days_with_their_weekday_and_digits_glued_to_a_particle(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize("text", [
    "اشترى العراق طائرات ميراج 2000 من فرنسا",  # a model
    "اتصل على الرقم 1990",  # a number
    "صدر القانون رقم 2013",
    "تبنى مجلس الأمن القرار 2231 بشأن إيران",  # a resolution
    "اجتمع الأحد عشر وزيرا في بغداد",  # eleven, not Sunday
])
def test_numbers_and_words_that_look_like_dates_and_are_not(text):
    assert relative(text, "2019-06-04") == []


def test_a_year_word_makes_a_year_after_a_number_word():
    assert relative("صدر القانون رقم 21 لسنة 2008", None) == [("date", "سنة 2008", "2008", "year")]


@pytest.mark.parametrize(("text", "expected"), [
    # a Hijri month's name marks its year as Hijri without «هـ», in the years 1300–1500
    ("في العاشر من رمضان 1440 وصل الوفد", [("date", "العاشر من رمضان 1440", "2019-05-15", "day")]),
    ("في 10 رمضان 1440", [("date", "10 رمضان 1440", "2019-05-15", "day")]),
    # an ordinal day before a Hijri month is its day
    ("في الأول من محرم 1441 هـ", [("date", "الأول من محرم 1441 هـ", "2019-08-31", "day")]),
    ("في رمضان 2019 زار الوفد", [("date", "2019", "2019", "year")]),  # a Gregorian year: no Hijri date
    ("قال طه ياسين رمضان إن العراق", []),  # a name
])
def test_hijri_months_mark_their_year_and_take_ordinal_days(text, expected):
    assert relative(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # counts of 11–99 take the accusative singular («عاما»، «يوما»), in digits or a word of tens
    ("منذ أكثر من ثلاثين عاما والعلاقات متوترة", [("date", "منذ أكثر من ثلاثين عاما", "1989", "year")]),
    ("وقع الاتفاق قبل 20 عاما", [("date", "قبل 20 عاما", "1999", "year")]),
    ("منذ حوالي 15 عاما", [("date", "منذ حوالي 15 عاما", "2004", "year")]),
    ("أعلن ذلك قبل 45 يوما", [("date", "قبل 45 يوما", "2019-04-21", "day")]),
    ("خلال الأعوام العشرين الماضية", [("period", "الأعوام العشرين الماضية", "1999/2018", "year")]),
    ("منذ عشرات السنين", []),  # says not how many
    ("قبل ثلاثة عشر عاما", [("date", "قبل ثلاثة عشر عاما", "2006", "year")]),  # a teen: a unit and the ten-word
    ("قبل ثلاثة وعشرين عاما", []),  # a compound of a unit and a ten is not read (rather than read wrong)
])
def test_counts_beyond_ten_in_relative_dates(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("العلاقة بين الاثنين متوترة", []),  # between the two
    ("كلا الاثنين رفض العرض", []),  # both
    ("تجري المحادثات بين الاثنين والخميس", [("date", "الاثنين", "2019-06-03", "day"),
                                          ("date", "الخميس", "2019-05-30", "day")]),  # two weekdays stay dates
    ("التقى الزعيمان الاثنين في موسكو", [("date", "الاثنين", "2019-06-03", "day")]),
])
def test_the_two_is_not_monday(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month and its year in digits
    ("صدر التقرير في 06/2019 عن الوزارة", [("date", "06/2019", "2019-06", "month")]),
    ("في 5/1433 هـ", [("period", "5/1433 هـ", "2012-03-24/2012-04-21", "month")]),  # a Hijri month
    ("صدر القانون رقم 6/2019", []),  # the number of a law
    ("في 13/2019", [("date", "2019", "2019", "year")]),  # no month 13
    # the article before a day, with or without a space after its tatweel
    ("في الـ 15 من آذار 2011", [("date", "الـ 15 من آذار 2011", "2011-03-15", "day")]),
])
def test_months_with_their_year_in_digits_and_the_article_of_a_day(text, expected):
    assert relative(text, None) == expected


def test_the_article_of_a_day_in_a_relative_month():
    assert relative("يبدأ المؤتمر في الـ 15 من الشهر الجاري", "2019-06-05") == [
        ("date", "الـ 15 من الشهر الجاري", "2019-06-15", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # the first or last n months of a year (year_parts.csv), and two parts of a year joined by «و»
    ("خلال الأشهر الخمسة الأولى من العام الجاري", [("period", "الأشهر الخمسة الأولى من العام الجاري",
                                                   "2019-01/2019-05", "month")]),
    ("خلال الشهور السبعة الأخيرة من 2018", [("period", "الشهور السبعة الأخيرة من 2018", "2018-06/2018-12", "month")]),
    ("في الشهرين الأولين من العام", [("period", "الشهرين الأولين من العام", "2019-01/2019-02", "month")]),
    ("في الربع الأول والثاني من 2019", [("period", "الربع الأول والثاني من 2019", "2019-01/2019-06", "month")]),
    ("في الربعين الثاني والثالث من العام الجاري", [("period", "الربعين الثاني والثالث من العام الجاري",
                                                    "2019-04/2019-09", "month")]),
    ("في الربعين الأول والثاني", []),  # no year, and a quarter is not read out of the pair
])
def test_runs_of_months_and_pairs_of_quarters(text, expected):
    assert relative(text, "2019-06-05") == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["الربع", "الأول", "والثاني", "الربعين", "الثالث", "من", "2019", "العام", "الجاري",
                                 "والنصف", "النصف", "الأشهر", "الخمسة", "الأولى", "في", "رمضان", "1440", "هـ",
                                 "العاشر", "10", "،", "\n", "x"]), max_size=16).map(" ".join))
def test_parts_of_a_year_and_hijri_months_found_from_the_words_equal_those_found_by_searching_the_text(text):
    from analysis.cues import Tokens
    from analysis.extract.dates import _hijri_points, _windows, _year_part_points

    key = match_key(text).key
    windows = _windows(Tokens(key))
    assert _year_part_points(key, "2020-05-05", windows) == _year_part_points(key, "2020-05-05")
    assert _hijri_points(key, windows) == _hijri_points(key)


@pytest.mark.parametrize(("text", "expected"), [
    # a day glued to the particle before it
    ("وقع في15 أيار 2019 الاتفاق", [("date", "15 أيار 2019", "2019-05-15", "day")]),
    ("وقع يوم15 أيار 2019", [("date", "15 أيار 2019", "2019-05-15", "day")]),  # «يوم» stays out of a written date
    ("وقع في5/6/2019 الاتفاق", [("date", "5/6/2019", "2019-06-05", "day")]),
    ("وقع في٥/٦/٢٠١٩ الاتفاق", [("date", "٥/٦/٢٠١٩", "2019-06-05", "day")]),
])
def test_days_glued_to_a_particle(text, expected):
    assert relative(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a quarter or half is kept in the span, as «مطلع العام 2014» is; the value stays the quarter
    ("بحلول نهاية الربع الأول من 2019", [("period", "نهاية الربع الأول من 2019", "2019-01/2019-03", "quarter")]),
    ("في مطلع النصف الثاني من العام", [("period", "مطلع النصف الثاني من العام", "2019-07/2019-12", "half")]),
])
def test_a_part_of_a_quarter_is_in_its_span(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day and month that name a past event keep their year unknown, not the nearest such day to publication
    ("بعد ثورة 14 تموز أقام العراق علاقات مع موسكو", [("date", "14 تموز", "--07-14", "day")]),
    ("تغيرت السياسة بعد هجمات 11 سبتمبر", [("date", "11 سبتمبر", "--09-11", "day")]),
    ("بعد ثورة 14 تموز 1958 أقام العراق", [("date", "14 تموز 1958", "1958-07-14", "day")]),  # a written year
    ("وصل الوفد في 14 تموز", [("date", "14 تموز", "2019-07-14", "day")]),  # no event: the nearest 14 July
    # an anniversary names the past day, not the coming one
    ("احتفل الأهالي في ذكرى 14 تموز بإطلاق الألعاب النارية", [("date", "14 تموز", "--07-14", "day")]),
    ("واحتفلت الجالية بالذكرى 9 نيسان", [("date", "9 نيسان", "--04-09", "day")]),
])
def test_a_day_that_names_a_past_event_takes_no_year_from_publication(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day and month right after the head of a place or a body are part of its name: no date
    ("تجمع المتظاهرون في ساحة 14 تموز وسط المدينة", []),
    ("وعبرت القافلة جسر 14 تموز ثم شارع 26 يوليو", []),
    ("وأعلن تحالف 14 آذار وقوى 8 آذار موقفيهما", []),
    # after the article the head is a noun of the sentence, and the day and month a date
    ("وغادر الوفد المدينة 14 تموز", [("date", "14 تموز", "2019-07-14", "day")]),
])
def test_a_day_and_month_in_a_name_are_no_date(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month's name in brackets after «شهر» is read as a bare one, the brackets inside the span
    ("وتراجع الإنتاج مع بداية شهر (أيار) الحالي", [("date", "بداية شهر (أيار) الحالي", "2019-05", "month")]),
    ("وصل الوفد في شهر (آذار) 2018", [("date", "شهر (آذار) 2018", "2018-03", "month")]),
])
def test_a_month_in_brackets_after_its_word(text, expected):
    assert relative(text, "2019-05-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dual unit and the adjectives of its two units: one period of the two, from the publication's own
    ("وتتوقع الوزارة زيادة الصادرات خلال الشهرين الحالي والمقبل", [("period", "الشهرين الحالي والمقبل",
                                                                  "2019-06/2019-07", "month")]),
    ("وارتفعت الأسعار في العامين الماضي والحالي", [("period", "العامين الماضي والحالي", "2018/2019", "year")]),
    ("في العامين الماضي والمقبل", []),  # not side by side: no one period
])
def test_a_dual_unit_with_two_adjectives_is_one_period(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fiscal year's words are in the span of its written year, as a year word is; the value stays as written
    ("وبلغ العجز في موازنة العام المالي 2020 نحو الثلث", [("date", "العام المالي 2020", "2020", "year")]),
    ("ارتفعت الإيرادات في السنة المالية 2019/2020", [("period", "السنة المالية 2019/2020", "2019/2020", "year")]),
    ("وخصصت للسنة المالية 2018-2019 مبالغ أكبر", [("period", "للسنة المالية 2018-2019", "2018/2019", "year")]),
])
def test_a_fiscal_year_is_marked_with_its_words(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two relative dates of one grain after «من … إلى» or «بين … و» are one period, as written dates are
    ("ارتفعت الصادرات من العام الماضي إلى العام الحالي", [("period", "من العام الماضي إلى العام الحالي",
                                                         "2018/2019", "year")]),
    ("بين الشهر الماضي والشهر الجاري", [("period", "بين الشهر الماضي والشهر الجاري", "2019-05/2019-06", "month")]),
    ("من العام الماضي والعام الحالي", [("date", "العام الماضي", "2018", "year"),
                                     ("date", "العام الحالي", "2019", "year")]),  # «من … و» is no range
])
def test_ranges_of_relative_dates(text, expected):
    assert relative(text, "2019-06-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dual month inside brackets: the bracket that closes the aside is not the date's (Al-Iraqi News, 2022)
    ("حتى نهاية العام الجاري (العام الايراني ينتهي في 20 اذار/مارس)، ويتعلق المجال التجاري",
     [("date", "نهاية العام الجاري", "2022", "year"), ("date", "20 اذار/مارس", "2022-03-20", "day")]),
    ("في 14 تموز (يوليو) 1958", [("date", "14 تموز (يوليو) 1958", "1958-07-14", "day")]),  # the second name's own
])
def test_a_bracket_closes_a_dual_month_only_when_the_second_name_opened_it(text, expected):
    assert relative(text, "2022-03-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numeric date whose separators have a space on each side (Al-Saymar's dateline)
    ("السيمر / الأربعاء 13 . 06 . 2018 — قال القيادي", [("date", "13 . 06 . 2018", "2018-06-13", "day")]),
    ("وقع الاتفاق في 15 - 5 - 2019 في بغداد", [("date", "15 - 5 - 2019", "2019-05-15", "day")]),
    ("وقع في 15 /5/ 2019", [("date", "2019", "2019", "year")]),  # spaced on one side only: not read as a day
    # the first or last months of a year with the numeral in its feminine form (year_parts.csv)
    ("ارتفعت الصادرات في الأشهر الست الأولى من العام", [("period", "الأشهر الست الأولى من العام",
                                                       "2019-01/2019-06", "half")]),
])
def test_spaced_numeric_dates_and_feminine_numerals_of_months(text, expected):
    assert relative(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «في وقت سابق من العام»: only the bare unit is marked, the current one (as «اليوم» in «في وقت سابق اليوم»)
    ("وقالت صحيفة فيدوموستي الروسية في وقت سابق من العام إن الاتفاقات الروسية تشمل 30 طائرة",
     [("date", "العام", "2012", "year")]),  # Sputnik Arabic, 2012
    ("وسيزور الوزير موسكو في وقت لاحق من الشهر", [("date", "الشهر", "2012-11", "month")]),
    # after a year written in the same sentence the bare year is that one, not marked
    ("وفي عام 2003، وفي وقت لاحق من العام غادر", [("date", "عام 2003", "2003", "year")]),
])
def test_the_bare_unit_of_earlier_or_later_this_year(text, expected):
    assert relative(text, "2012-11-10") == expected


def test_tuesday_in_its_levantine_spelling():
    # «الثلثاء» (weekday_aliases.csv; Al-Hayat, 2017) is Tuesday, as CLDR's «الثلاثاء» is
    assert relative("وصل الوفد يوم الثلثاء المقبل إلى بغداد", "2017-07-25") == [
        ("date", "يوم الثلثاء المقبل", "2017-08-01", "day")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a numeric date written year first with a space around its separators
    ("أقيمت العلاقات في 1944/ 9 / 9 . ثم", None, [("date", "1944/ 9 / 9", "1944-09-09", "day")]),
    # the first months of a year with the numeral before an indefinite «أشهر»/«شهور» (year_parts.csv, generated)
    ("ارتفعت الصادرات خلال الثمانية أشهر الأولى من 2023", None,
     [("period", "الثمانية أشهر الأولى من 2023", "2023-01/2023-08", "month")]),
    ("تراجع الإنتاج في الستة شهور الأولى من العام", "2020-09-01",
     [("period", "الستة شهور الأولى من العام", "2020-01/2020-06", "half")]),
    # «العام السابق» after a relative year of its sentence: the year before the one that names
    ("ارتفعت الصادرات خلال العام الجاري بمقدار 1.3 مرة عن العام السابق.", "2022-10-01",  # «1.3»: no full stop
     [("date", "العام الجاري", "2022", "year"), ("date", "العام السابق", "2021", "year")]),
    # a relative day and its weekday after a comma are one date
    ("اختتم المعرض أعماله أمس الأول، الخميس. وقال", "2015-03-07", [("date", "أمس الأول، الخميس", "2015-03-05", "day")]),
    # …and «اليوم» set off by a comma before a weekday and its written date is no date of its own: the written date
    # alone is marked (the corpus guide, after `zt`)
    ("إن الاجتماع الذي عقد اليوم، السبت 7 من آذار، بحث", "2015-03-07",
     [("date", "7 من آذار", "2015-03-07", "day")]),
    # yesterday with the article
    ("قال إن حلفاء الأمس تفرقوا", "2015-03-07", [("date", "الأمس", "2015-03-06", "day")]),
    # a bare «اليوم» set against another day in its sentence is the day of publication, not «nowadays»
    ("وصلت الشحنة أمس إلى الميناء وجرى نقلها اليوم إلى المعسكر", "2015-03-07",
     [("date", "أمس", "2015-03-06", "day"), ("date", "اليوم", "2015-03-07", "day")]),
    # «من المنتظر أن …»: a bare weekday up to ten words on is the next such day
    ("ومن المنتظر أن يسافر وزير الخارجية إلى العاصمة الأمريكية برفقة وفد يوم الأربعاء", "2015-03-07",
     [("date", "يوم الأربعاء", "2015-03-11", "day")]),
])
def test_spaced_year_first_dates_numerals_first_previous_year_and_relative_days(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day glued to the last word of a byline before its month, and the year glued to the next word
    ("كتب سمير حسن12 مارس 2019آخر تحديث", None, [("date", "12 مارس 2019", "2019-03-12", "day")]),
    # three or more consecutive years joined by «و» are one period; two stay two dates
    ("تبلغ القروض للسنوات 2019 و2020 و2021 نحو", None, [("period", "2019 و2020 و2021", "2019/2021", "year")]),
    ("في 2014 و2015 و2017 تراجع", None, [("date", "2014", "2014", "year"), ("date", "2015", "2015", "year"),
                                        ("date", "2017", "2017", "year")]),
    # the dual «عامين» misspelt with a doubled «ي»
    ("استعادت القوات خلال العاميين الماضيين المدن", "2019-05-01",
     [("period", "العاميين الماضيين", "2017/2018", "year")]),
])
def test_glued_bylines_year_lists_and_a_misspelt_dual(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a relative day or a weekday with a written date after it, in parentheses or after a comma, a weekday between
    # them or not: one date, the written one (the corpus guide, after `zt`)
    ("وقال الوزير اليوم، الأحد 8 من آذار، إن", "2015-03-08", [("date", "8 من آذار", "2015-03-08", "day")]),
    ("وقال الوزير اليوم، الأحد، 8 آذار، إن", "2015-03-08", [("date", "8 آذار", "2015-03-08", "day")]),
    ("وقال الوزير اليوم (الأحد 8 آذار 2015) إن", "2015-03-08", [("date", "8 آذار 2015", "2015-03-08", "day")]),
    ("وقال الوزير أمس (السبت) 7 آذار إن", "2015-03-08", [("date", "7 آذار", "2015-03-07", "day")]),
    ("وقال الوزير أمس (7 آذار) إن", "2015-03-08", [("date", "7 آذار", "2015-03-07", "day")]),
    ("وقال الوزير السبت، 7 آذار، إن", "2015-03-08", [("date", "7 آذار", "2015-03-07", "day")]),
    # a relative day with a weekday after it in parentheses or after a comma: one span, the closing bracket inside
    ("وقال الوزير أمس (السبت) إن", "2015-03-08", [("date", "أمس (السبت)", "2015-03-07", "day")]),
    ("وقال الوزير أمس، السبت، إن", "2015-03-08", [("date", "أمس، السبت", "2015-03-07", "day")]),
    # a weekday and the relative day in parentheses after it: one span, «يوم» and the closing bracket inside, the
    # relative day's value
    ("ويصل الوفد يوم الاثنين (غداً) إلى بغداد", "2015-03-08", [("date", "يوم الاثنين (غداً)", "2015-03-09", "day")]),
    ("وصل الوفد السبت ( أمس ) إلى بغداد", "2015-03-08", [("date", "السبت ( أمس )", "2015-03-07", "day")]),
    # a relative day of two words written with two spaces between them is read as listed (it raised a KeyError)
    ("ويصل الوفد بعد  غد الخميس إلى بغداد", "2015-03-10", [("date", "بعد  غد الخميس", "2015-03-12", "day")]),
    ("ويصل الوفد الخميس (بعد  غد) إلى بغداد", "2015-03-10", [("date", "الخميس (بعد  غد)", "2015-03-12", "day")]),
    # a written date with a relative day or a weekday in parentheses after it: the written date alone
    ("وقال الوزير في 7 آذار (السبت) إن", "2015-03-08", [("date", "7 آذار", "2015-03-07", "day")]),
    ("ويصل الوفد في التاسع من آذار (غداً الاثنين) إلى بغداد", "2015-03-08",
     [("date", "التاسع من آذار", "2015-03-09", "day")]),
    ("ويصل الوفد في 9/3/2015 (غدا) إلى بغداد", "2015-03-08", [("date", "9/3/2015", "2015-03-09", "day")]),
    # not in parentheses, or not right after the written date, the weekday is a date of its own
    ("وقال الوزير في 7 آذار إن الوفد يصل الاثنين", "2015-03-08",
     [("date", "7 آذار", "2015-03-07", "day"), ("date", "الاثنين", "2015-03-09", "day")]),
    ("وقال الوزير في 7 آذار (بعد الاجتماع) إن الوفد وصل أمس", "2015-03-08",
     [("date", "7 آذار", "2015-03-07", "day"), ("date", "أمس", "2015-03-07", "day")]),
])
def test_a_relative_day_or_a_weekday_beside_a_written_date_or_a_weekday_is_one_date(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a year word, a year glued to the next word is still a year
    ("وفي عام 1979على وجه التحديد", [("date", "عام 1979", "1979", "year")]),
    # after a year particle too («في»، «خلال»، «منذ»…), unless a counted noun is glued to it
    ("وفي 1979على وجه التحديد", [("date", "1979", "1979", "year")]),
    ("وارتفع خلال 2018بنسبة كبيرة", [("date", "2018", "2018", "year")]),
    ("وقد نشر 1979على الحدود", []),  # without a year word or particle, digits glued to a word are no year
    ("ونشر في 2000جندي", []),
    # a whole day/month/year with slashes glued to the word before it (a copied page's lost space)
    ("وصدر القرار بتاريخ14/8/2016 عن الوزارة", [("date", "14/8/2016", "2016-08-14", "day")]),
    # after «منذ» (since) as after a year word
    ("لم يتغير شيء منذ 2003حتى الآن", [("date", "منذ 2003", "2003", "year")]),
    ("باع المصنع 2000وحدة", []),
])
def test_a_year_glued_to_the_next_word_after_a_year_word(text, expected):
    assert relative(text, None) == expected


def test_a_weekday_before_its_written_date_after_al_muwafiq_is_no_date_of_its_own():
    # «يوم الخميس الموافق 7 آذار»: «الموافق» (falling on) joins the weekday to the date that is marked
    assert relative("وذكر البيان أن الاجتماع عقد يوم الخميس الموافق 7 آذار 2019", "2019-03-08") == [
        ("date", "7 آذار 2019", "2019-03-07", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # «اليوم» right before its written date is no date of its own, as a weekday there is not
    ("وقال رئيس اللجنة في تصريح صحفي، اليوم، 5 أيار 2020، إن", [("date", "5 أيار 2020", "2020-05-05", "day")]),
    ("أعلنت الوزارة اليوم (5/5/2020) أن", [("date", "5/5/2020", "2020-05-05", "day")]),
    ("وقال الوزير اليوم إن 5 مسؤولين وصلوا", [("date", "اليوم", "2020-05-05", "day")]),  # a count is no date
])
def test_today_before_its_written_date(text, expected):
    assert relative(text, "2020-05-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range's first month takes the end's written year, the year before if it comes later in the year, also with
    # a part of the month or a day before the end
    ("من كانون الثاني حتى نهاية آذار 2020", [("period", "من كانون الثاني حتى نهاية آذار 2020", "2020-01/2020-03",
                                             "month")]),
    ("من تشرين الأول إلى شباط 2020", [("period", "من تشرين الأول إلى شباط 2020", "2019-10/2020-02", "month")]),
    ("من 25 ديسمبر إلى 5 يناير 2020", [("period", "من 25 ديسمبر إلى 5 يناير 2020", "2019-12-25/2020-01-05", "day")]),
    ("من 25 أغسطس إلى 9 سبتمبر 1944", [("period", "من 25 أغسطس إلى 9 سبتمبر 1944", "1944-08-25/1944-09-09", "day")]),
])
def test_a_ranges_first_month_takes_the_ends_year(text, expected):
    assert relative(text, "2021-04-14") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare «اليوم» after a verb of statement or event with its object pronoun, or before a subject of two words
    ("خلال مؤتمر صحفي عقده اليوم في أربيل", [("date", "اليوم", "2023-05-10", "day")]),
    ("وذكر بيان صدر اليوم عن الوزارة", [("date", "اليوم", "2023-05-10", "day")]),
    ("أعلن البنك المركزي اليوم عن", [("date", "اليوم", "2023-05-10", "day")]),
    ("استقبل وزير الخارجية اليوم السفير", [("date", "اليوم", "2023-05-10", "day")]),
    # a verb that starts with «و» is the verb, not «و» and the rest of it («وقع»: signed, not «قع»)
    ("وقع الوزيران اليوم اتفاقا", [("date", "اليوم", "2023-05-10", "day")]),
    ("وصل اليوم إلى بغداد وفد روسي", [("date", "اليوم", "2023-05-10", "day")]),
    # a verb of movement (today_cues.csv)
    ("توجه اليوم إلى موسكو وفد عراقي", [("date", "اليوم", "2023-05-10", "day")]),
    # not across a particle: «nowadays»
    ("وقال إن روسيا الاتحادية اليوم أقوى", []),
    ("ويواجه العراق اليوم أزمة", []),
])
def test_a_bare_today_after_a_verb_with_its_object_or_before_a_two_word_subject(text, expected):
    assert relative(text, "2023-05-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first or last months of a year in digits, or after «أول»/«آخر» (generated from year_parts.csv)
    ("خلال الأشهر الـ9 الأولى من 2022 ارتفعت", [("period", "الأشهر الـ9 الأولى من 2022", "2022-01/2022-09", "month")]),
    ("خلال أول خمسة أشهر من العام", [("period", "أول خمسة أشهر من العام", "2023-01/2023-05", "month")]),
    ("في آخر ثلاثة أشهر من العام الماضي", [("period", "آخر ثلاثة أشهر من العام الماضي", "2022-10/2022-12", "quarter")]),
    # thirds of a year (year_parts.csv)
    ("في الثلث الأول من العام", [("period", "الثلث الأول من العام", "2023-01/2023-04", "month")]),
    # «ل» before the article, written «لل»: the whole word in the span
    ("الأرباح للتسعة أشهر الأولى من العام الجاري", [("period", "للتسعة أشهر الأولى من العام الجاري", "2023-01/2023-09",
                                                   "month")]),
])
def test_first_months_in_digits_or_after_awwal_and_thirds_of_a_year(text, expected):
    assert relative(text, "2023-05-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two decades joined by «و» are one span of time (as years listed are), the century after the second the first's
    ("ازدهرت العلاقات في ستينيات وسبعينيات القرن الماضي", [("period", "ستينيات وسبعينيات القرن الماضي", "1960/1979",
                                                           "decade")]),
    ("اشترى العراق الأسلحة في الخمسينات والستينات", [("period", "الخمسينات والستينات", "1950/1969", "decade")]),
    # not when a comma parts them, nor when the second comes first in time
    ("في الخمسينات، والستينات", [("period", "الخمسينات", "1950/1959", "decade"),
                                ("period", "الستينات", "1960/1969", "decade")]),
    ("في التسعينيات والستينيات", [("period", "التسعينيات", "1990/1999", "decade"),
                                 ("period", "الستينيات", "1960/1969", "decade")]),
    # two decades apart joined by «و» stay two, unless «بين» opens them as a range; «من … حتى …» is a range too
    ("في الستينيات والثمانينيات", [("period", "الستينيات", "1960/1969", "decade"),
                                  ("period", "الثمانينيات", "1980/1989", "decade")]),
    ("في الفترة بين الستينيات والثمانينيات", [("period", "بين الستينيات والثمانينيات", "1960/1989", "decade")]),
    ("من الخمسينيات حتى الثمانينيات", [("period", "من الخمسينيات حتى الثمانينيات", "1950/1989", "decade")]),
    # the dual «عقدي» before them is inside the span, as «شهري»
    ("خلال عقدي الثمانينيات والتسعينيات", [("period", "عقدي الثمانينيات والتسعينيات", "1980/1999", "decade")]),
])
def test_two_decades_joined_are_one_period(text, expected):
    assert relative(text, None) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a dual form across a slash whose two names disagree is one date: the name taken from the Latin one is read
    ("وقعت الصفقة في يونيو/تموز الماضي بعد مفاوضات طويلة.", "2018-09-01",
     [("date", "يونيو/تموز الماضي", "2018-06", "month")]),
    ("تبدأ الشحنات في 8 تشرين الأول/ نوفمبر بحسب الوزارة.", "2013-08-01",
     [("date", "8 تشرين الأول/ نوفمبر", "2013-11-08", "day")]),
    # two names of one system across a slash are not such a pair: two Latin-derived ones may be a range
    ("تراجعت الصادرات في يناير/فبراير 2020", "2020-03-01",
     [("date", "يناير", "2020-01", "month"), ("date", "فبراير 2020", "2020-02", "month")]),
])
def test_a_dual_month_whose_names_disagree_reads_the_latin_derived_name(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an agency's dateline with the day and month in digits between dashes: the year of publication
    ("الكويت - 5 - 3 (كونا) -- أعلن وزير النفط اليوم الثلاثاء أن الصادرات ارتفعت", "2019-03-05",
     [("date", "5 - 3", "2019-03-05", "day"), ("date", "اليوم الثلاثاء", "2019-03-05", "day")]),
    # without a publication date the day and month stand without a year
    ("موسكو - 28 - 12 (كونا) -- قال الكرملين", None, [("date", "28 - 12", "--12-28", "day")]),
    # two numbers between dashes inside a sentence are no dateline
    ("وستبيع روسيا للعراق 2 - 3 (كتائب) من الراجمات", "2014-11-05", []),
])
def test_the_day_and_month_of_an_agency_dateline(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a half named alone after «خلال» or «في» is a half of the year of publication, as a quarter alone is…
    ("ارتفعت أرباح الشركة خلال النصف الأول بنسبة كبيرة", "2020-09-01",
     [("period", "النصف الأول", "2020-01/2020-06", "half")]),
    # …or of the year of the part of a year written before it
    ("تراجعت الصادرات في الربع الأول من 2019 ثم ارتفعت في النصف الثاني", "2020-09-01",
     [("period", "الربع الأول من 2019", "2019-01/2019-03", "quarter"), ("period", "النصف الثاني", "2019-07/2019-12", "half")]),
    # not a half of something else, nor one without «في» or «خلال» before it
    ("انتهى النصف الأول من المباراة بالتعادل", "2020-09-01", []),
    ("سجل النصف الأول تراجعا في الإنتاج", "2020-09-01", []),
])
def test_a_half_named_alone_after_in_or_during(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting or call of today, the noun (with its possessive) right before a bare «اليوم» (today_cues.csv)
    ("وأكد الوزير خلال لقائه اليوم السفير الروسي أهمية التعاون", [("date", "اليوم", "2020-11-19", "day")]),
    ("وبحث الجانبان خلال اجتماعهما المشترك، وفي اجتماعه اليوم مع الوفد، ملف الطاقة",
     [("date", "اليوم", "2020-11-19", "day")]),
    ("وجرى في اتصال هاتفي اليوم بحث العلاقات", [("date", "اليوم", "2020-11-19", "day")]),
    # not across another word: «اللقاء مع العراقيين اليوم» is not dated by the noun
    ("إن اللقاء مع العراقيين اليوم صعب", []),
])
def test_a_bare_today_right_after_a_meeting_or_a_call(text, expected):
    assert relative(text, "2020-11-19") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a bare Syriac month name in the sentence of a month already dated is a date too (the nearest such month)
    ("وانخفضت الإيرادات في أيار مقارنة بإيرادات نيسان بحسب الوزارة", "2023-06-10",
     [("date", "أيار", "2023-05", "month"), ("date", "نيسان", "2023-04", "month")]),
    # not alone in its sentence, nor a name that is also a word («مارس» a verb)
    ("وقال إن سيارة نيسان الجديدة وصلت", "2023-06-10", []),
    ("ارتفعت الصادرات في أيار. ومارس الوزير ضغوطا على الشركات", "2023-06-10", [("date", "أيار", "2023-05", "month")]),
])
def test_a_bare_syriac_month_beside_a_dated_month(text, published, expected):
    assert relative(text, published) == expected


def test_a_bare_syriac_month_takes_the_year_written_beside_it():
    assert relative("بلغت الإيرادات في أيار 2015 أقل من إيرادات نيسان", "2019-06-10") == [
        ("date", "أيار 2015", "2015-05", "month"), ("date", "نيسان", "2015-04", "month")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare «اليوم» in a sentence whose other «اليوم» a cue dates («في وقت لاحق اليوم») is the same day
    ("وتستأنف المنظمة مباحثاتها في فيينا اليوم قبل أن تلتقي المنتجين في وقت لاحق اليوم.",
     [("date", "اليوم", "2018-12-07", "day"), ("date", "اليوم", "2018-12-07", "day")]),
    # not when neither is dated: «nowadays» twice
    ("إن العراق اليوم ليس كما كان، والمنطقة اليوم تتغير", []),
])
def test_a_bare_today_beside_a_today_its_sentence_dates(text, expected):
    assert relative(text, "2018-12-07") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # yesterday or tomorrow with its weekday before the written date: only the written date is marked, as for «اليوم»
    ("وأعلنت الوزارة أمس الثلاثاء (11 حزيران 2019) أن", [("date", "11 حزيران 2019", "2019-06-11", "day")]),
    ("ويصل الوفد غدا الخميس (13 حزيران 2019) إلى موسكو", [("date", "13 حزيران 2019", "2019-06-13", "day")]),
    # and without the weekday: «أمس (11 حزيران)» is one date, the written one
    ("وأعلنت الوزارة أمس (11 حزيران) أن", [("date", "11 حزيران", "2019-06-11", "day")]),
    ("ويصل الوفد غدا، 13 حزيران 2019، إلى موسكو", [("date", "13 حزيران 2019", "2019-06-13", "day")]),
    # without a written date after it the relative day and its weekday are one date
    ("وأعلنت الوزارة أمس الثلاثاء أن", [("date", "أمس الثلاثاء", "2019-06-11", "day")]),
])
def test_a_relative_day_and_weekday_before_the_written_date(text, expected):
    assert relative(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after the particle «قد», «غدا» is the verb «became», not tomorrow (weekday_words.csv, not_a_date)
    ("فقد غدا النفط سلاحا سياسيا في يد موسكو", []),
    ("لقد غدا العراق ساحة للصراع", []),
    # tomorrow otherwise
    ("وقد أعلن الوزير أنه سيصل غدا إلى موسكو", [("date", "غدا", "2019-06-13", "day")]),
])
def test_became_after_qad_is_no_tomorrow(text, expected):
    assert relative(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dash between two months opens a range whose end writes the year, with or without a word before the first:
    # the first month takes the end's year, not the one nearest publication
    ("وارتفعت الصادرات خلال يناير - مارس 2019 بنسبة كبيرة", [("period", "يناير - مارس 2019", "2019-01/2019-03", "month")]),
    ("وبلغت الإيرادات في الفترة يناير-مارس 2019 نحو", [("period", "يناير-مارس 2019", "2019-01/2019-03", "month")]),
])
def test_a_dash_opens_a_range_of_months_dated_by_its_end(text, expected):
    assert relative(text, "2021-06-12") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a counted span before publication stays a period where the catalog's date is too coarse to resolve it
    ("وارتفعت الصادرات خلال الأشهر الثلاثة الماضية", "2019", [("period", "الأشهر الثلاثة الماضية", None, "month")]),
    ("وتراجعت الأسعار خلال الأسبوعين الماضيين", "2019-06", [("period", "الأسبوعين الماضيين", None, "week")]),
    ("وتراجعت الأسعار خلال الأسبوعين الماضيين", "2019-06-12",
     [("period", "الأسبوعين الماضيين", "2019-W22/2019-W23", "week")]),
])
def test_an_unresolved_counted_span_is_still_a_period(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day range in a relative month stays one period where the catalog's date cannot resolve the month
    ("وتعقد الاجتماعات يومي 7 و8 من الشهر المقبل في بغداد", "2019", [("period", "7 و8 من الشهر المقبل", None, "day")]),
    ("تعقد الدورة من 14 إلى 18 من الشهر الجاري", "2019", [("period", "من 14 إلى 18 من الشهر الجاري", None, "day")]),
    ("تعقد الدورة من 14 إلى 18 من الشهر الجاري", "2019-06",
     [("period", "من 14 إلى 18 من الشهر الجاري", "2019-06-14/2019-06-18", "day")]),
])
def test_a_day_range_in_a_relative_month_of_a_coarse_publication_date(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a range of two relative dates is one period even where the catalog's date cannot resolve them
    ("وارتفعت الأسعار من الشهر الماضي إلى الشهر الجاري", "2019",
     [("period", "من الشهر الماضي إلى الشهر الجاري", None, "month")]),
    ("وارتفعت الأسعار من الشهر الماضي إلى الشهر الجاري", "2019-06-12",
     [("period", "من الشهر الماضي إلى الشهر الجاري", "2019-05/2019-06", "month")]),
])
def test_a_range_of_relative_dates_of_a_coarse_publication_date(text, published, expected):
    assert relative(text, published) == expected


def test_two_weekdays_of_a_coarse_publication_date_stay_two_dates():
    # their order only their dates tell, as «بين الاثنين والخميس» resolved stays two dates
    assert relative("تجري المحادثات بين الاثنين والخميس", "2019") == [
        ("date", "الاثنين", None, "day"), ("date", "الخميس", None, "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # a dash between two months opens a range whose end is dated relatively, no word needed before the first
    ("وارتفعت الحصة يوليو-نوفمبر من العام الماضي إلى 40 بالمئة", [("period", "يوليو-نوفمبر من العام الماضي",
                                                                  "2022-07/2022-11", "month")]),
    ("وارتفعت الحصة يوليو-نوفمبر الماضيين", [("period", "يوليو-نوفمبر الماضيين", "2022-07/2022-11", "month")]),
])
def test_a_dash_opens_a_range_of_months_dated_relatively_by_its_end(text, expected):
    assert relative(text, "2023-02-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # parts of a day in its span (month_parts.csv): «ظهيرة»، «صبيحة»، «نهار» as «ظهر»، «صباح»
    ("وصل الوفد ظهيرة اليوم إلى بغداد", [("date", "ظهيرة اليوم", "2019-06-12", "day")]),
    ("وقع الانفجار نهار أمس قرب الميناء", [("date", "نهار أمس", "2019-06-11", "day")]),
    ("وصل صبيحة يوم الجمعة", [("date", "صبيحة يوم الجمعة", "2019-06-07", "day")]),
])
def test_more_parts_of_a_day_in_its_span(text, expected):
    assert relative(text, "2019-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of days before an event named after «من» counts from the event, «فقط» or a hedge between them or not
    ("وصل الوفد قبل يومين فقط من الاجتماع", []),
    ("انسحبت الشركة قبل عامين تقريبا من الغزو", []),
    # from publication otherwise
    ("وصل الوفد قبل يومين فقط", [("date", "قبل يومين", "2019-06-10", "day")]),
])
def test_a_count_before_an_event_is_not_counted_from_publication(text, expected):
    assert relative(text, "2019-06-12") == expected


def test_a_misspelt_december_of_real_press():
    # «ديسيمبر» (month_aliases.csv) after its Iraqi name and a slash: one date, the year word inside
    assert [(m.kind, m.text, m.value) for m in extract("واستقال في 23 كانون الأول/ديسيمبر عام 2008 من منصبه")] == [
        ("date", "23 كانون الأول/ديسيمبر عام 2008", "2008-12-23")]


@pytest.mark.parametrize(("text", "expected"), [
    # a day and month without a year, after a day of a past year written in the sentence before: that year
    ("وفي 4 آذار/مارس 2009 أعلن الوزير استقالته. وقبلها البرلمان في 11 آذار/مارس.",
     [("date", "4 آذار/مارس 2009", "2009-03-04", "day"), ("date", "11 آذار/مارس", "2009-03-11", "day")]),
    # a day earlier in the year than the written one, or a new paragraph: the publication date decides
    ("وفي 4 آذار/مارس 2009 أعلن الوزير استقالته. ثم عاد في 2 شباط/فبراير.",
     [("date", "4 آذار/مارس 2009", "2009-03-04", "day"), ("date", "2 شباط/فبراير", "2024-02-02", "day")]),
    ("وفي 4 آذار/مارس 2009 أعلن الوزير استقالته.\nويزور الوزير موسكو في 11 آذار/مارس.",
     [("date", "4 آذار/مارس 2009", "2009-03-04", "day"), ("date", "11 آذار/مارس", "2024-03-11", "day")]),
])
def test_a_day_without_a_year_goes_on_in_the_year_of_the_day_dated_before_it(text, expected):
    assert relative(text, "2024-04-30") == expected


def test_a_year_word_glued_to_the_year_after_a_day_and_month():
    # «عام2019» after a day glued to its month: one date, the year word inside its span
    assert relative("واعتقل في 3سبتمبر عام2019 في بغداد", "2023-05-01") == [
        ("date", "3سبتمبر عام2019", "2019-09-03", "day")]


@pytest.mark.parametrize("text", [
    "قال خطيب الجمعة في كربلاء إن الحكومة مسؤولة",  # the Friday preacher (weekday_words.csv)
    "وقال إمام الجمعة في طهران إن الاتفاق صامد",  # the Friday prayer leader
    "وأكد ممثل المرجعية وخطيب الجمعة أن",  # «و» glued to the title
])
def test_the_friday_preacher_is_a_title_not_a_date(text):
    assert relative(text, "2015-05-20") == []


def test_a_friday_after_a_verb_is_still_a_date():
    assert relative("وصل الوزير الجمعة إلى بغداد", "2015-05-20") == [("date", "الجمعة", "2015-05-15", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # a counted period with a teen in words or a count in digits after the article (number_words.csv: «اثنتي»)
    ("تولى الملف على مدى السنوات الاثنتي عشرة الماضية", [("period", "السنوات الاثنتي عشرة الماضية", "2011/2022", "year")]),
    ("ارتفعت الأسعار خلال الأشهر الـ6 الماضية", [("period", "الأشهر الـ6 الماضية", "2022-11/2023-04", "month")]),
    ("وقع الحادث قبل خمسة عشر عاما", [("date", "قبل خمسة عشر عاما", "2008", "year")]),
])
def test_a_count_of_eleven_to_nineteen_or_in_digits_counts_whole_units(text, expected):
    assert relative(text, "2023-05-10") == expected


@pytest.mark.parametrize("text", [
    "والتقى مستعربا في السبعينيات من عمره",  # an age (non_year_words.csv, after_decade), not the 1970s
    "رجل في الخمسينات من العمر",
])
def test_a_decade_of_a_life_is_an_age_not_a_period(text):
    assert relative(text, "2023-05-10") == []


def test_a_decade_of_the_century_is_still_a_period():
    assert relative("ازدهرت في السبعينيات من القرن الماضي", "2023-05-10") == [
        ("period", "السبعينيات من القرن الماضي", "1970/1979", "decade")]


def test_a_numeric_date_glued_to_the_word_after_it():
    # «1/2/2024بمكتبه»: a whole day/month/year in slashes, the next word glued to the year
    assert relative("استقبل يوم الخميس الموافق 1/2/2024بمكتبه السفير", "2024-02") == [
        ("date", "1/2/2024", "2024-02-01", "day")]
    assert relative("بموجب القرار رقم 5/2019بشأن النفط", "2024-02") == []  # a resolution's number stays none


@pytest.mark.parametrize(("text", "expected"), [
    # a month named alone after «في وقت سابق من» (earlier in April): the month, as the unit of «في وقت سابق من العام»
    ("وتتوافق مع أرقام توقعها مسؤول في وقت سابق من نيسان.", [("date", "نيسان", "2016-04", "month")]),
    ("وقال في وقت سابق من شهر مارس إن", [("date", "شهر مارس", "2016-03", "month")]),
    ("وفي وقت سابق من نيسان 2015 أعلن", [("date", "نيسان 2015", "2015-04", "month")]),  # the month rule: its year
])
def test_a_month_after_earlier_in_is_that_month_nearest_publication(text, expected):
    assert relative(text, "2016-04-26") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first or last days of a month: a period of days (counted_relative_dates.csv's day units)
    ("بلغ متوسط الصادرات في الـ24 يوما الأولى من نيسان 3.43 مليون برميل",
     [("period", "الـ24 يوما الأولى من نيسان", "2016-04-01/2016-04-24", "day")]),
    ("ارتفعت خلال الأيام العشرة الأخيرة من آذار", [("period", "الأيام العشرة الأخيرة من آذار", "2016-03-22/2016-03-31", "day")]),
    ("في أول عشرة أيام من يناير 2020", [("period", "أول عشرة أيام من يناير 2020", "2020-01-01/2020-01-10", "day")]),
    ("في الخمسة عشر يوما الأولى من الشهر الجاري", [("period", "الخمسة عشر يوما الأولى من الشهر الجاري",
                                                   "2016-04-01/2016-04-15", "day")]),
    # without «من» and a month they stay the days counted back from publication
    ("خلال الأيام العشرة الماضية", [("period", "الأيام العشرة الماضية", "2016-04-16/2016-04-25", "day")]),
])
def test_the_first_or_last_days_of_a_month(text, expected):
    assert relative(text, "2016-04-26") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «اليوم» after an official statement's adjective or a verb of attending (today_cues.csv) is the publication day
    ("وأوضح المجلس في بيان رسمي اليوم أن التعديلات", [("date", "اليوم", "2023-07-12", "day")]),
    ("وقال الوكيل: حضرنا اليوم توقيع عقد المسح", [("date", "اليوم", "2023-07-12", "day")]),
    # «nowadays» still: no cue before it
    ("العراق اليوم يواجه أزمة", []),
])
def test_today_after_an_official_statement_or_attending(text, expected):
    assert relative(text, "2023-07-12") == expected


@pytest.mark.parametrize("text", [
    # a number of 1900–2099 before a counted noun (non_year_words.csv) is a count, not a year
    "وسجلت الوزارة 1918 إصابة جديدة",
    "يبلغ عدد سكان القرية 2040 نسمة",
    "عاد 2000 نازح إلى منازلهم",
    "حفرت الشركة 2015 بئرا",
])
def test_a_count_of_people_or_wells_is_no_year(text):
    assert relative(text, "2021-06-15") == []


def test_a_year_before_a_word_that_is_no_counted_noun_stays_a_year():
    assert relative("وأعلنت في 2020 حالة الطوارئ", "2021-06-15") == [("date", "2020", "2020", "year")]


def test_a_dual_adjective_after_two_weekdays_dates_both():
    # «يومي الأحد والاثنين المقبلين» (weekday_words.csv: the dual «المقبلين»): both the coming Sunday and Monday
    assert relative("يزور الوفد بغداد يومي الأحد والاثنين المقبلين", "2019-03-21") == [
        ("date", "الأحد", "2019-03-24", "day"), ("date", "الاثنين المقبلين", "2019-03-25", "day")]
    assert relative("عقدت الجولة يومي السبت والأحد الماضيين", "2019-03-21") == [
        ("date", "السبت", "2019-03-16", "day"), ("date", "الأحد الماضيين", "2019-03-17", "day")]


@pytest.mark.parametrize("text", [
    # a bare four-digit number that counts: a scale or currency after it, a hedge before it, or a range of counts
    "ووقع صفقة بقيمة 2000 مليون",
    "بيع البرميل بسعر 2019 دينارا",
    "وشارك حوالي 2000 في التظاهرة",
    "نشرت روسيا بين 2000 و3000 جندي",
    "ارتفع الإنتاج من 1900 إلى 2100 برميل",
    "تضم القوة قرابة 2000-3000 عنصر",
])
def test_a_quantity_of_four_digits_is_no_year(text):
    assert relative(text, "2019-03-21") == []


@pytest.mark.parametrize(("text", "expected"), [
    # ranges of years, lists and a day after «حتى» stay dates
    ("بين 2003 و2011", [("period", "بين 2003 و2011", "2003/2011", "year")]),
    ("الشاعر (1899-1997)", [("period", "1899-1997", "1899/1997", "year")]),
    ("وقع في 2003 و15 دولة أخرى", [("date", "2003", "2003", "year")]),
    ("من 2003 حتى 15 آذار 2011", [("period", "من 2003 حتى 15 آذار 2011", "2003/2011-03-15", "day")]),
])
def test_years_beside_numbers_that_are_years_or_days_stay_years(text, expected):
    assert relative(text, "2019-03-21") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two years joined by a glued «و» («2014و2017»): a range after «بين», a list of years as one period as when spaced
    ("ارتفع بين 2014و2017", [("period", "بين 2014و2017", "2014/2017", "year")]),
    ("للأعوام 2016و2017و2018", [("period", "2016و2017و2018", "2016/2018", "year")]),
    ("من 2014الى 2017", [("period", "من 2014الى 2017", "2014/2017", "year")]),
])
def test_years_glued_to_the_word_of_their_range(text, expected):
    assert relative(text, "2019-03-21") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # agency copy's day of last or next month: a particle or «يوم», the day, «الماضي»/«المقبل» (relative_dates.csv)
    ("وكان الوفد قد وصل يوم 28 الماضي إلى موسكو", [("date", "28 الماضي", "2019-02-28", "day")]),
    ("وتعقد الجولة المقبلة في 5 المقبل", [("date", "5 المقبل", "2019-04-05", "day")]),
    ("وفي 15 الجاري أعلنت", [("date", "15 الجاري", "2019-03-15", "day")]),
    # a count of the last days is no such day
    ("خلال الـ10 الماضية", []),
])
def test_a_day_of_last_or_next_month_in_agency_copy(text, expected):
    assert relative(text, "2019-03-21") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «اليوم» after more verbs of statement and event (today_cues.csv): the publication day
    ("وأشار الوزير اليوم إلى أن الاتفاق قريب", [("date", "اليوم", "2019-03-21", "day")]),
    ("ودعا العراق اليوم إلى وقف التصعيد", [("date", "اليوم", "2019-03-21", "day")]),
    ("وغادر الوفد اليوم بغداد متوجها إلى موسكو", [("date", "اليوم", "2019-03-21", "day")]),
    # «nowadays» after a clause's «أن» or a preposition's object
    ("وحذر من أن المنطقة اليوم تواجه أزمة", []),
    ("تتطور العلاقات بين العراق وروسيا اليوم", []),
])
def test_today_after_more_verbs_of_statement(text, expected):
    assert relative(text, "2019-03-21") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # «غدا» with its weekday: the next such day from publication, or publication's own when the page is dated the
    # day after the copy was written (agency copy), not a week later
    ("يصل الوفد غدا الجمعة إلى بغداد", "2019-03-21", [("date", "غدا الجمعة", "2019-03-22", "day")]),
    ("يصل الوفد غدا الخميس إلى بغداد", "2019-03-21", [("date", "غدا الخميس", "2019-03-21", "day")]),
])
def test_tomorrow_with_its_weekday_is_never_a_week_away(text, published, expected):
    assert relative(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a present tense of a scheduled event before a bare weekday (future_cues.csv): the next such day
    ("يعقد المجلس الأحد جلسته الاعتيادية", [("date", "الأحد", "2019-03-24", "day")]),
    ("على أن تبدأ المحادثات الأحد في موسكو", [("date", "الأحد", "2019-03-24", "day")]),
    # a past verb: the last such day
    ("عقد المجلس الأحد جلسته", [("date", "الأحد", "2019-03-17", "day")]),
    # a present tense after a relative pronoun describes, it does not look ahead; with «س» it does
    ("وقالت الشركة التي تشارك في تشغيل المصفى يوم الأحد إن", [("date", "يوم الأحد", "2019-03-17", "day")]),
    ("وقالت الشركة التي ستشارك في المعرض يوم الأحد إن", [("date", "يوم الأحد", "2019-03-24", "day")]),
])
def test_a_scheduled_event_in_the_present_tense_is_ahead(text, expected):
    assert relative(text, "2019-03-21") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «الربع الأخير» alone (year_parts.csv), as «الربع الرابع»: of the year of the quarter dated before it, or nearest
    ("تراجعت في الربع الثالث من 2018 ثم ارتفعت في الربع الأخير",
     [("period", "الربع الثالث من 2018", "2018-07/2018-09", "quarter"), ("period", "الربع الأخير", "2018-10/2018-12", "quarter")]),
    ("في الربع الأخير من القرن الماضي", []),
])
def test_the_last_quarter_alone(text, expected):
    assert relative(text, "2019-05-21") == expected


def test_a_decade_of_the_century_named_with_another_word_for_past():
    # «من القرن المنصرم» (a past month's adjective of relative_dates.csv) inside the decade's span, as «الماضي»
    assert relative("ازدهرت في التسعينيات من القرن المنصرم", "2019-05-21") == [
        ("period", "التسعينيات من القرن المنصرم", "1990/1999", "decade")]


def test_an_agency_dateline_with_a_slash_between_day_and_month():
    # «بغداد - 21/3 (كونا)»: the day and month of the copy, the year the publication's (as «21 - 3»)
    assert relative("بغداد - 21/3 (كونا) -- بحث الوزير مع السفير", "2019-03-21") == [
        ("date", "21/3", "2019-03-21", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # «بأمس الحاجة» (weekday_words.csv, not_a_date_after): «أمسّ» is «most in need», not yesterday
    ("العراق بأمس الحاجة إلى الاستثمار الروسي", []),
    ("ما أمس حاجتنا إلى الاستقرار", []),
    ("وقال الوزير أمس إن الحاجة ملحة", [("date", "أمس", "2019-03-20", "day")]),
])
def test_most_in_need_is_not_yesterday(text, expected):
    assert relative(text, "2019-03-21") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a since-date with a part of the year before a written year keeps «منذ» in its span, as with a relative year
    ("ارتفعت الأسعار منذ مطلع 2019", [("date", "منذ مطلع 2019", "2019", "year")]),
    ("ومنذ نهاية 2018 تراجع الإنتاج", [("date", "منذ نهاية 2018", "2018", "year")]),
    ("في مطلع 2019 وقعت الشركة", [("date", "مطلع 2019", "2019", "year")]),
])
def test_since_a_part_of_a_written_year(text, expected):
    assert relative(text, "2019-03-21") == expected


def test_a_day_range_joined_by_a_tatweel_used_as_a_dash():
    # «في 5 ـ 6 فبراير» (Russian and Gulf agency copy): the tatweel is a dash, as in «بغداد ـ»
    assert relative("يقوم الوزير في 5 ـ 6 فبراير بزيارة عمل إلى العراق", "2023-02-03") == [
        ("period", "5 ـ 6 فبراير", "2023-02-05/2023-02-06", "day")]
    assert relative("في 5 6 فبراير", "2023-02-03") == [("date", "6 فبراير", "2023-02-06", "day")]  # no dash: no range


@pytest.mark.parametrize(("text", "expected"), [
    # a range of years or months joined by a tatweel used as a dash, as by a dash
    ("الحرب العراقية الإيرانية 1980 ـ 1988", [("period", "1980 ـ 1988", "1980/1988", "year")]),
    ("المفكر (1888 ـ 1978)", [("period", "1888 ـ 1978", "1888/1978", "year")]),
    ("خلال يناير ـ مارس 2019", [("period", "يناير ـ مارس 2019", "2019-01/2019-03", "month")]),
])
def test_ranges_joined_by_a_tatweel_used_as_a_dash(text, expected):
    assert relative(text, "2023-02-03") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «اليوم» before a word that makes it the day of a narrated event or a named day (weekday_words.csv,
    # not_a_date_after) is not the publication day, a part of the day before it or not
    ("ووصل الوفد صباح اليوم التالي إلى موسكو", []),
    ("وعقد اللقاء مساء اليوم الأول من الزيارة", []),
    ("وأعلنت السفارة اليوم الوطني عطلة رسمية", []),
    # the day before yesterday is read whole, and today stays today
    ("وقال أمس الأول إن الوفد", [("date", "أمس الأول", "2019-03-19", "day")]),
    ("وأعلن الوزير اليوم أن الوفد", [("date", "اليوم", "2019-03-21", "day")]),
])
def test_the_day_of_a_narrated_event_is_not_today(text, expected):
    assert relative(text, "2019-03-21") == expected

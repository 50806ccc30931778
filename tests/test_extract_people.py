"""People found on made-up sentences, by the rules generalised on development batch `w` and the older development
batches' misses: titles and roles, verbs of speech, Russian given names and surname shapes, surnames met again,
where a name ends, and the Russian officials of the lexicon."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.found_by) for m in extract(text) if m.kind == "entity" and m.type == "person"]


def test_a_nisba_surname_after_a_preposition_is_the_person_named_before():
    # «إلى» has the match key «الي», which starts like the article: it is no noun the nisba could qualify
    text = "استقبل رئيس الحكومة محمد شياع السوداني الوفد، ونقل الوزير تحيات الرئيس إلى السوداني"
    assert [(m.text, m.type) for m in extract(text, "2025-09-17") if m.kind == "entity" and m.text == "السوداني"] == [
        ("السوداني", "person")]
    assert ("السوداني", "country") in [(m.text, m.type) for m in extract("وصل الوفد الرئاسي السوداني")
                                       if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # «اليا» (Ilya without «ي») is a Russian given name after a title; ambiguous, it opens no name alone
    ("وقال السفير الروسي في القاهرة، اليا بيتروف، إن بلاده مستعدة", [("اليا بيتروف", "title")]),
    ("تتم الموافقة آليا عبر النظام", []),
    # «آنا» is also the pronoun «أنا» once hamza and madda are folded: no name starts from it without a title
    ("وقال الرجل لذلك أنا أبو سعيد", []),
    # a forecast or a view reported as speech, then a surname of Russian shape (speech_cues.csv)
    ("وتوقع كوزلوف، أن يرتفع الإنتاج", [("كوزلوف", "speech")]),
    ("ورجح سيدوروف أن تصل الشحنة", [("سيدوروف", "speech")]),
])
def test_russian_given_names_and_verbs_of_forecast(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname with the article met again after «ل», written «لل» and kept in the span, as «للعراق» (a surname
    # the lexicon does not hold: «الحلبوسي» is a speaker's in gazetteer_iraq_politics.csv)
    ("وقال رئيس المجلس خالد الفهداوي إن المشروع مهم. وأشار البيان للفهداوي",
     [("خالد الفهداوي", "title"), ("للفهداوي", "title")]),
    # an unambiguous given name and a family nisba with the article ending a clause, with no title or verb
    ("وانتقد البيان قيس الغراوي، وأبو علي البصري، قادة الفصائل",
     [("قيس الغراوي", "shape"), ("أبو علي البصري", "pattern")]),
    # not a country's nisba, and not without the clause ending after it
    ("وانتقد البيان سعد العراقي، ثم غادر", []),
    ("وانتقد البيان قيس الغراوي المقرب من الحكومة", []),
])
def test_family_names_with_the_article(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known person right after a title is its name: the complement does not run on over the words after it
    ("وقدم رئيس الوزراء ميخائيل ميشوستين إلى مجلس النواب “الدوما” مقترحا بتعيين نوفاك",
     [("ميخائيل ميشوستين", "lexicon"), ("نوفاك", "lexicon")]),
    # a known person inside the complement is passed: the title's name follows the complement
    ("وطلب لقاء مبعوث الرئيس الروسي فلاديمير بوتين إلى ليبيا، مارك سيمونوف.",
     [("فلاديمير بوتين", "lexicon"), ("مارك سيمونوف", "title")]),
])
def test_a_known_person_right_after_a_title_ends_its_complement(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a two-word surname written as one word in the full name is the same person written apart later (zp04)
    ("وقال وزير النقل العراقي كاظم حمود عبدالكريم إن الخط جاهز. وذكر البيان أن عبد الكريم «أكد التزام الوزارة»",
     [("كاظم حمود عبدالكريم", "title"), ("عبد الكريم", "title")]),
])
def test_a_glued_two_word_surname_met_apart_later(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «ل» and a body's head after a name open a complement: the name ends before it
    ("وقال وكيل الوزارة كريم حطاب لوكالة الأنباء إن", [("كريم حطاب", "title")]),
    ("وقال مدير الشركة علي حسين لصحيفة محلية إن", [("علي حسين", "title")]),
])
def test_lil_and_a_head_after_a_name_end_it(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # roles of the press before a name (person_titles.csv)
    ("وقالت الدبلوماسية الروسية آنا سيدوروفا إن", [("آنا سيدوروفا", "title")]),
    ("وقال الإعلامي العراقي سعد الخفاجي إن", [("سعد الخفاجي", "title")]),
    ("وقال أستاذ العلوم السياسية في جامعة البصرة رامي الساعدي إن", [("رامي الساعدي", "title")]),
    ("وقال سكرتير المجلس الأعلى توفيق الكناني إن", [("توفيق الكناني", "title")]),
    # «فاليريان» starts like «ف» and the article: only the list of given names reads it as a name
    ("وقال فاليريان سوكولوف إن", [("فاليريان سوكولوف", "speech")]),
    # after a title, an unknown word before a weak ending («ـين») is a noun and its dual, not a name
    ("بدأ سكرتير المجلس الأعلى زيارة رسمية إلى بغداد تستمر يومين، يلتقي خلالها", []),
    # a strong ending still makes a surname after an unknown given name
    ("وقال السفير الروسي في عمان، زامير غالييف، إن", [("زامير غالييف", "title")]),
])
def test_roles_of_the_press_and_surname_shapes_after_unknown_given_names(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # verbs of comment, praise, criticism and writing report a person's words (speech_cues.csv, kind «name»)
    ("وعلق كوزلوف على القرار", [("كوزلوف", "speech")]),
    ("وكتب إيغور سوبوتين في الصحيفة أن", [("إيغور سوبوتين", "speech")]),
    ("ورحب أندريه سيدوروف بالقرار", [("أندريه سيدوروف", "speech")]),
    ("وانتقد فاليري سميرنوف الخطوة", [("فاليري سميرنوف", "speech")]),
    # a verb of speech before a common noun names no one
    ("وعلق المجلس على القرار", []),
])
def test_verbs_of_comment_and_writing_before_a_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the circumstances of the speech end the speaker's name (speaker_adjuncts.csv): a post, a speech, journalists
    ("وقال الخبير النفطي نبيل الساعدي في تدوينة إن الإنتاج تراجع", [("نبيل الساعدي", "title")]),
    ("وقال الباحث الاقتصادي نبيل الساعدي في كلمة له إن", [("نبيل الساعدي", "title")]),
    # «الوكيل» with the article is a title, as «وكيل»
    ("وأضاف الوكيل الأقدم لوزارة النفط كريم الساعدي أن", [("كريم الساعدي", "title")]),
])
def test_a_speakers_name_ends_before_the_circumstances_of_the_speech(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a byline runs into an outlet's name: the word before «لل» and a noun opens the outlet, not the name
    ("حيدر طه أسواق للاستثمار نشرت تقريرا", []),
])
def test_a_name_does_not_run_into_an_outlet_after_it(text, expected):
    assert people(text) == expected


def test_a_name_of_four_words_keeps_its_fourth_before_a_noun_with_lil():
    from analysis.extract.names import find_names
    from analysis.normalize import match_key

    assert [f.text for f in find_names(match_key("التقى حيدر طه سلمان حمادي للمرة الأولى"))] == [
        "حيدر طه سلمان حمادي"]
    assert [f.text for f in find_names(match_key("حيدر طه أسواق للاستثمار نشرت تقريرا"))] == []


@pytest.mark.parametrize(("text", "expected"), [
    # Arabic words whose pattern ends like a Russian surname are no name after a verb or a title
    ("وأبدى مخاوف من تصاعد التوتر", []),
    ("وطالب النائب بتخفيف العقوبات", []),
    ("وأكد المتحدث معروف أن الوضع هادئ", []),
    # the surnames themselves still stand alone
    ("وأبدى كوزلوف مخاوف من تصاعد التوتر", [("كوزلوف", "speech")]),
])
def test_arabic_words_that_end_like_russian_surnames(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # more titles and roles before a name (person_titles.csv): the director, an expert, a representative, a cleric
    ("وقال المدير الإقليمي للشركة في العراق كريستوف دوبوا إن", [("كريستوف دوبوا", "title")]),
    ("وقال خبير الطاقة الروسي أليكسي غروموف إن", [("أليكسي غروموف", "title")]),
    ("وقال ممثل روسيا لدى المنظمة ميخائيل أوليانوف إن", [("ميخائيل أوليانوف", "title")]),
    ("وقال رجل الدين الشيعي جواد الخالصي إن", [("جواد الخالصي", "title")]),
    # a title with no name after it names no one
    ("وقال خبير عسكري روسي إن الصفقة مهمة", []),
    ("وقال ممثل الشركة في بغداد إن العمل مستمر", []),
])
def test_more_titles_and_roles(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian officials of the arms trade and diplomacy with Iraq in the lexicon (entities.csv), by surname alone too
    ("وبحث الوفد مع كوجين تسليم الطائرات", [("كوجين", "Vladimir Kozhin")]),
    ("ورحب الوزير بزيارة كوساجوف إلى بغداد", [("كوساجوف", "Konstantin Kosachev")]),
    ("وأصيب السفير فلاديمير تيتورنكو بجروح", [("فلاديمير تيتورنكو", "Vladimir Titorenko")]),
])
def test_russian_officials_in_the_lexicon(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "person"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a given name of two words, «الدين» its second, then the family name, after a title
    ("وقال الشيخ جلال الدين الصغير إن", [("جلال الدين الصغير", "title")]),
    ("وقال محافظ كركوك نجم الدين كريم إن", [("نجم الدين كريم", "title")]),
    # more given names of the Arab press (given_names.csv)
    ("وصرح الخبير في الشؤون الروسية د. عمرو الديب بأن", [("عمرو الديب", "title")]),
])
def test_given_names_of_two_words_and_more_given_names(text, expected):
    assert people(text) == expected


def test_a_given_name_after_two_words_with_al_din_starts_another_name():
    # «صلاح الدين» here is the governorate, which the gazetteer reads with its head only («محافظة صلاح الدين»)
    # and the title still takes for a name: the governor's own name is read apart, not swallowed
    assert ("أحمد الجبوري", "shape") in people("وقال محافظ صلاح الدين أحمد الجبوري إن")


@pytest.mark.parametrize(("text", "expected"), [
    # after a title, a person's name in Latin letters that ends its clause is a person, not an organisation
    ("وقال الخبير العسكري الروسي Ruslan Pukhov إن الصفقة مهمة", [("Ruslan Pukhov", "person")]),
    ("وقال المحلل Vasily Kashin لوكالة سبوتنيك", [("Vasily Kashin", "person")]),
    # a company's name after a title stays the company's
    ("التقى رئيس Lukoil Iraq وفدا", [("Lukoil Iraq", "organization")]),
])
def test_names_in_latin_letters_after_a_title(text, expected):
    assert [(m.text, m.type) for m in extract(text) if m.kind == "entity" and m.text.isascii()] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian given name written with a final «ى», as the Egyptian press writes a final «ي», is still a name
    ("وقال فاليرى كوزنيتسوف إن", [("فاليرى كوزنيتسوف", "speech")]),
    ("وأكد ديمترى سوسلوف أن", [("ديمترى سوسلوف", "speech")]),
    # while «على» (on) is not «علي»
    ("وقال على الوزير أن يستقيل", []),
])
def test_russian_given_names_with_a_final_alef_maqsura(text, expected):
    assert people(text) == expected


def test_the_egyptian_spelling_of_russian_officials_with_jim():
    # the Egyptian press writes Russian «г» as «ج»: «بوجدانوف» is Bogdanov, by his surname alone (entities.csv)
    assert [(m.text, m.value) for m in extract("ويلتقي بوجدانوف خلال زيارته لبغداد كبار المسئولين")
            if m.kind == "entity" and m.type == "person"] == [("بوجدانوف", "Mikhail Bogdanov")]


@pytest.mark.parametrize(("text", "expected"), [
    # famous people of the Iraqi and regional press in the lexicon (entities.csv), the distinctive surnames alone too
    ("وأكد السيستاني ضرورة حماية المدنيين", [("السيستاني", "Ali al-Sistani")]),
    ("وشارك في الاجتماع عمار الحكيم وإياد علاوي", [("عمار الحكيم", "Ammar al-Hakim"), ("إياد علاوي", "Ayad Allawi")]),
    ("وكان سليماني قد زار بغداد", [("سليماني", "Qasem Soleimani")]),
    # a surname that is also a common word stays a word alone
    ("وقال رجل حكيم إن الأمر الرئيسي ظريف", []),
])
def test_famous_people_of_the_regional_press(text, expected):
    assert [(m.text, m.value) for m in extract(text) if m.kind == "entity" and m.type == "person"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname that is also a given name, after a noun whose genitive is a person (speech_cues.csv, kind «surname»),
    # names the person named in full before
    ("وقال وزير الخارجية فؤاد حسين إن العلاقة جيدة. ورأى أن زيارة حسين ستساهم في التعاون",
     [("فؤاد حسين", "lexicon"), ("حسين", "lexicon")]),
    # not a person no one named before
    ("ورأى أن زيارة حسين ستساهم في التعاون", []),
])
def test_a_surname_after_a_noun_of_visit_or_statement(text, expected):
    assert people(text) == expected

"""Character tables for Arabic text, kept apart from the logic that uses them.

Each table is a string or mapping of code points with a comment naming the
Unicode block it comes from (The Unicode Standard, chapter 9, "Arabic").
"""

from __future__ import annotations

# Harakat, tanwin, shadda, sukun, combining maddah/hamza and the other
# combining marks of the Arabic block (U+064B–U+065F), superscript alef
# (U+0670) and the Quranic annotation marks (U+06D6–U+06DC, U+06DF–U+06E4,
# U+06E7–U+06E8, U+06EA–U+06ED).
DIACRITICS = (
    "".join(map(chr, range(0x064B, 0x0660)))
    + "\u0670"
    + "".join(map(chr, range(0x06D6, 0x06DD)))
    + "".join(map(chr, range(0x06DF, 0x06E5)))
    + "\u06e7\u06e8"
    + "".join(map(chr, range(0x06EA, 0x06EE)))
)

TATWEEL = "\u0640"  # ARABIC TATWEEL (kashida), a stretching stroke with no meaning

# Invisible format characters that change display, never meaning:
# soft hyphen, Arabic letter mark, zero-width space/non-joiner/joiner,
# LRM/RLM, the bidi embeddings and overrides, word joiner, the bidi isolates,
# and the zero-width no-break space (byte-order mark).
INVISIBLES = (
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)

# Alef with hamza above/below, alef with madda, alef wasla → bare alef.
ALEF_FORMS = {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627"}

ALEF_MAQSURA = {"\u0649": "\u064a"}  # ى → ي

# Persian and Urdu letter forms of Arabic letters, as Persian keyboards and copy-paste put them into
# Arabic text («روسیا» with Farsi yeh), folded to the Arabic letter they write (Unicode chapter 9.2,
# "Arabic": the Extended Arabic letters used for Persian and Urdu); and the letters some Arabic press borrows for
# foreign sounds (v, p, g: «لاڤروف»، «إيگور»), folded to the letter most outlets write for them.
PERSIAN_LETTERS = {
    "\u06cc": "\u064a",  # ی FARSI YEH → ي
    "\u06d0": "\u064a",  # ې YEH WITH TWO DOTS BELOW (Pashto, Uyghur) → ي
    "\u06d2": "\u064a",  # ے YEH BARREE (Urdu) → ي
    "\u06a9": "\u0643",  # ک KEHEH (Persian kaf) → ك
    "\u06aa": "\u0643",  # ڪ SWASH KAF (Sindhi) → ك
    "\u06c0": "\u0647",  # ۀ HEH WITH YEH ABOVE (Persian ezafe) → ه, as teh marbuta is folded
    "\u06c1": "\u0647",  # ہ HEH GOAL (Urdu) → ه
    "\u06c2": "\u0647",  # ۂ HEH GOAL WITH HAMZA ABOVE (Urdu) → ه
    "\u06be": "\u0647",  # ھ HEH DOACHASHMEE (Urdu) → ه
    "\u06d5": "\u0647",  # ە AE (Kurdish, Uyghur) → ه
    "\u06c3": "\u0647",  # ۃ TEH MARBUTA GOAL (Urdu) → ه
    "\u06a4": "\u0641",  # ڤ VEH (a foreign «v»: «لاڤروف») → ف, as the press mostly writes it
    "\u067e": "\u0628",  # پ PEH (a foreign «p»: «پيسكوف») → ب
    "\u06af": "\u063a",  # گ GAF (a foreign «g»: «إيگور») → غ, as Iraqi and Levantine press writes Russian names
}

# Bidirectional formatting characters: the embeddings and overrides (U+202A–U+202E) and the isolates
# (U+2066–U+2069). They reorder what a reader sees (U+202E turns «ABC» into «CBA» on screen) without
# changing the text, so the build flags them; the marks (ALM, LRM, RLM) are ordinary in Arabic typing.
BIDI_FORMATTING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
TEH_MARBUTA = {"\u0629": "\u0647"}  # ة → ه

# Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits.
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}

# Arabic decimal separator ٫ and thousands separator ٬ → the Western ones.
SEPARATORS = {"\u066b": ".", "\u066c": ","}

# The low line, which some pages type for a dash between Arabic words or a date's numbers («بغداد_العرب اليوم»،
# «12_5_2020»): no Arabic word holds it, and read as a letter of a word it glues two words into one.
UNDERSCORE = {"_": "-"}

# Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFE):
# contextual glyph forms from legacy or copy-pasted text; NFKC folds them.
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefe"

# A word: a letter or digit, then letters, digits, diacritics or tatweel
# (``\w`` alone would split «يُعد» at its damma, which is a combining mark).
WORD = f"[^\\W_][\\w{DIACRITICS}{TATWEEL}]*"

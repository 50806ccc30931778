"""Read raw article files into text, exactly as written.

The decoded text is never rewritten: no newline conversion, no whitespace
clean-up, no normalisation. Every offset the package reports indexes this
text, so ``text[start:end]`` gives back the quoted words.

Order of attempts: UTF-16 (only with its byte-order mark); strict UTF-8 with
or without a BOM; then the legacy Arabic code pages Windows-1256 and
ISO-8859-6, with a :class:`LegacyEncodingWarning`; else an
:class:`~analysis.errors.InputError` that names the file.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from .charsets import BIDI_FORMATTING
from .errors import InputError, InputWarning

LEGACY_ENCODINGS = ("cp1256", "iso8859-6")

# Control characters that never occur in a text article (tab, LF, CR allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same characters in UTF-8 bytes: those below U+0080 are their own single bytes, U+0080–U+009F are «\xc2»
# and one byte of \x80–\x9f («\xc2» always leads a character in valid UTF-8).
_C0_BYTES = frozenset([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_NOT_C0_BYTES = bytes(byte for byte in range(256) if byte not in _C0_BYTES)
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ASCII = re.compile(r"[\x00-\x7f]")
_SAVE_AS_UTF8 = "save the file as UTF-8 (in most editors: Save As… → Encoding: UTF-8) and try again"


class LegacyEncodingWarning(InputWarning):
    """A file was read in a legacy Arabic code page rather than UTF-8."""


class MojibakeWarning(InputWarning):
    """A file held UTF-8 Arabic that had been mis-read as Windows-1256 and saved again; it was repaired."""


class MarkupWarning(InputWarning):
    """A file looks like HTML: its markup is kept as text (offsets count it)."""


class BidiControlWarning(UserWarning):
    """An article holds bidi embeddings, overrides or isolates, which change how its text looks on screen."""


_TAG = re.compile(r"<(?:[a-zA-Z][^<>]*|/[a-zA-Z][^<>]*)>")


@dataclass(frozen=True)
class RawText:
    """A decoded raw file: its text exactly as read, and how it was read."""

    path: Path
    text: str
    encoding: str
    sha256: str


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes, read in blocks (memory stays flat for large tables)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError as error:
        raise InputError(path, f"the file cannot be read ({error.strerror}).", "check its permissions.") from None


_NO_LINKS = "data/raw holds only real files: replace the link by a copy of the file it points to (then run `make raw-manifest`), or remove it."


def outside_problem(root: Path, name: str) -> str | None:
    """Say why the catalog path *name* would read a file outside *root*; None when it stays inside.

    Refused: empty, absolute (``/etc/passwd``, ``C:\\x``, ``~/x``) or climbing (``..``) paths, and any path
    that passes through a symbolic link, wherever it points.

    >>> outside_problem(Path("."), "../../etc/passwd")
    "it climbs out of data/raw with '..'"
    >>> outside_problem(Path("."), "/etc/passwd")
    'it is an absolute path'
    """
    if not name:
        return "it is empty"
    if name.startswith(("/", "\\", "~")) or re.match(r"[A-Za-z]:", name):
        return "it is an absolute path"
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        return "it climbs out of data/raw with '..'"
    current = Path(root)
    for part in parts:
        current = current / part
        if current.is_symlink():
            return f"{current} is a symbolic link (to {os.readlink(current)})"
    resolved, top = (Path(root) / name).resolve(), Path(root).resolve()
    if resolved != top and top not in resolved.parents:
        return f"it resolves to {resolved}, outside data/raw"
    return None


def raw_files(root: Path) -> list[Path]:
    """Return every file under *root*, sorted; refuse a symbolic link anywhere in it, naming the link."""
    files = []
    for folder, subfolders, names in os.walk(root):
        for name in sorted([*subfolders, *names]):
            path = Path(folder) / name
            if path.is_symlink():
                raise InputError(path, f"this is a symbolic link (to {os.readlink(path)}), and nothing outside "
                                       "data/raw is ever read.", _NO_LINKS)
            if name in names:
                files.append(path)
    return sorted(files)


def _read_bytes(path: Path, follow_links: bool = True) -> bytes:
    """Read the file's bytes; only when that fails is the path asked why (two ``stat`` calls fewer per file)."""
    flags = os.O_RDONLY | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0))
    try:
        with open(os.open(path, flags), "rb", buffering=0) as handle:  # a folder opens, and fails to read
            return handle.read()
    except OSError as error:
        if not path.exists():
            raise InputError(path, "the file does not exist.",
                             "check the path (and the `file` column of the catalog).") from None
        if path.is_dir():
            raise InputError(path, "this is a folder, not a text file.", "give the path of one article file.") from None
        if not follow_links and path.is_symlink():
            raise InputError(path, "this is a symbolic link, and nothing outside data/raw is ever read.",
                             _NO_LINKS) from None
        raise InputError(path, f"the file cannot be read ({error.strerror}).", "check its permissions.") from None


def _decode_utf(data: bytes) -> tuple[str, str] | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8-sig"), "utf-8-sig"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def _count(characters: re.Pattern, text: str) -> int:
    """How many characters of *text* the one-character class *characters* matches, without a list of them.

    (``findall`` would make one string object per match: gigabytes for a 100 MB article.)

    >>> _count(_ARABIC, "روسيا 2012")
    5
    """
    return len(text) - len(characters.sub("", text))


def _arabic_share(text: str) -> float:
    non_ascii = len(_ASCII.sub("", text))
    return _count(_ARABIC, text) / non_ascii if non_ascii else 0.0


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            candidates.append((_arabic_share(text), text, encoding))
    if not candidates:
        return None
    share, text, encoding = max(candidates, key=lambda item: item[0])
    return (text, encoding) if share >= 0.5 else None


def _repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 read as Windows-1256 and saved again («ط±ظˆط³ظٹط§» → «روسيا»), when that is what happened."""
    leads = text.count("\u0637") + text.count("\u0638")
    if leads < 0.35 * max(8, text.count("\u0627") + text.count("\u0644")):
        return None  # ا and ل alone outnumber the leads: ordinary Arabic (counted in C, before any list is built)
    arabic = _count(_ARABIC, text)
    if arabic < 8 or leads < 0.35 * arabic:
        return None  # ordinary Arabic has a few ط and ظ; mojibake is half made of them
    try:
        repaired = text.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return repaired if _arabic_share(repaired) >= _arabic_share(text) else None


def _mostly_utf8(data: bytes) -> UnicodeDecodeError | None:
    """Return the first decoding error of UTF-8 Arabic text spoilt by a few invalid bytes, else None."""
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if _count(_ARABIC, lenient) >= 20 and bad <= max(8, len(lenient) // 100):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            return error
    return None


def _has_control(text: str, data: bytes, encoding: str) -> bool:
    """Tell whether *text*, decoded from *data*, holds a character of :data:`_CONTROL`.

    For UTF-8 the bytes are read instead of the text, by ``bytes.translate`` and a search led by a literal byte,
    both far cheaper in C than the regex engine's walk through every character.

    >>> _has_control("روسيا\x85", "روسيا\x85".encode(), "utf-8"), _has_control("«روسيا»", "«روسيا»".encode(), "utf-8")
    (True, False)
    """
    if encoding in ("utf-8", "utf-8-sig"):
        return bool(data.translate(None, _NOT_C0_BYTES)) or b"\xc2" in data and _C1_UTF8.search(data) is not None
    return _CONTROL.search(text) is not None


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode a raw file's bytes; return ``(text, encoding)`` or raise :class:`InputError`."""
    decoded = _decode_utf(data)
    if decoded is not None:
        text, encoding = decoded
        if _has_control(text, data, encoding):
            raise InputError(path, "the file holds control characters (NUL or similar): it is binary, not text.",
                             "give a plain-text article (.txt).")
        repaired = _repair_mojibake(text)
        if repaired is not None:
            warnings.warn(f"{path}: the text was UTF-8 Arabic mis-read as Windows-1256 and saved again "
                          "(«ط±ظˆط³ظٹط§» for «روسيا»); it was repaired, and offsets index the repaired text.",
                          MojibakeWarning, stacklevel=3)
            return repaired, f"{encoding}+mojibake-repaired"
        if sum(1 for _, _ in zip(range(3), _TAG.finditer(text))) >= 3:  # stops at the third tag
            warnings.warn(f"{path}: the file looks like HTML; its markup is kept as text and offsets count it. "
                          "Save only the article's text for clean quotes.", MarkupWarning, stacklevel=3)
        return decoded
    if b"\x00" in data:
        raise InputError(path, "the file holds NUL bytes: it is binary, not text.", "give a plain-text article (.txt).")
    spoilt = _mostly_utf8(data)
    if spoilt is not None:
        raise InputError(path, f"the file is UTF-8 but has invalid bytes (the first at byte {spoilt.start}).",
                         "re-save the article as UTF-8 from its source, or fix the damaged characters.")
    legacy = _decode_legacy(data)
    if legacy is None:
        raise InputError(path, "the file is not valid UTF-8 and does not read as Arabic in Windows-1256 or ISO-8859-6.",
                         _SAVE_AS_UTF8)
    warnings.warn(f"{path}: not UTF-8; read as {legacy[1]}. Consider saving it as UTF-8.",
                  LegacyEncodingWarning, stacklevel=3)
    return legacy


def read_text(path: str | Path, follow_links: bool = True) -> RawText:
    """Read one raw text file; see the module docstring for the decoding order.

    With ``follow_links=False`` a file that is a symbolic link is refused (the build reads only real files
    inside ``data/raw``).
    """
    path = Path(path)
    data = _read_bytes(path, follow_links)
    text, encoding = decode(data, path)
    return RawText(path=path, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


_LETTER = re.compile(r"[^\W\d_]")
_BIDI = re.compile(f"[{BIDI_FORMATTING}]")


def bidi_controls(text: str) -> int:
    """Count the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) in *text*.

    >>> bidi_controls("\u202bروسيا\u202c"), bidi_controls("روسيا")
    (2, 0)
    """
    return len(_BIDI.findall(text))


def check_text(raw: RawText) -> None:
    """Refuse an article with no letters; warn about bidi formatting characters in it."""
    if not raw.text.strip():
        raise InputError(raw.path, "the article is empty (or only white space).",
                         "put the article's text in the file, or remove its row from data/raw/articles.csv.")
    if not _LETTER.search(raw.text):
        raise InputError(raw.path, "the article has no letters (only digits, punctuation, diacritics or other marks), "
                                   "so there is nothing to read in it.",
                         "check that the file holds the article's text, or remove its row from data/raw/articles.csv.")
    controls = bidi_controls(raw.text)
    if controls:
        warnings.warn(f"{raw.path}: {controls} bidi embedding, override or isolate character(s) (U+202A–U+202E, "
                      "U+2066–U+2069) change how the text looks on screen. They are kept in the text and its spans, "
                      "left out of the match key, and counted in articles.csv (n_bidi_controls).",
                      BidiControlWarning, stacklevel=2)

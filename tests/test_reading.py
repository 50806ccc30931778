"""Reading raw files: every encoding we accept, and clear refusals."""

from __future__ import annotations

import codecs

import pytest

from analysis.errors import InputError
from analysis.reading import LegacyEncodingWarning, read_text

ARABIC = "العلاقات الروسية العراقية عام ١٩٧٢\r\nسطر ثانٍ\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (ARABIC.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
    (ARABIC.encode("utf-16"), "utf-16"),
])
def test_utf_encodings_give_the_text_exactly(tmp_path, data, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    raw = read_text(path)
    assert raw.text == ARABIC  # CRLF kept, BOM not part of the text
    assert raw.encoding == encoding


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
def test_legacy_arabic_code_pages_are_read_with_a_warning(tmp_path, encoding):
    text = "تأثرت العلاقات بين روسيا والعراق بالعقوبات الدولية على العراق.\n"
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.warns(LegacyEncodingWarning, match="legacy.txt"):
        raw = read_text(path)
    assert raw.text == text
    assert raw.encoding == encoding


def test_empty_file_reads_as_empty_text(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_text(path).text == ""


@pytest.mark.parametrize(("data", "problem"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(0x80, 0xA0)) * 4, "not valid UTF-8"),
])
def test_unreadable_bytes_are_refused_naming_the_file(tmp_path, data, problem):
    path = tmp_path / "bad.bin"
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem) as caught:
        read_text(path)
    assert "bad.bin" in str(caught.value)
    assert "What to do" in str(caught.value)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_text(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="folder"):
        read_text(tmp_path)


def test_sha256_is_of_the_bytes(tmp_path):
    import hashlib

    path = tmp_path / "a.txt"
    path.write_bytes(ARABIC.encode("utf-8"))
    assert read_text(path).sha256 == hashlib.sha256(ARABIC.encode("utf-8")).hexdigest()

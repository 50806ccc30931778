"""Reading raw files: every encoding we accept, and clear refusals."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_raw_files_lists_real_files_and_refuses_a_link_anywhere(tmp_path):
    from analysis.errors import InputError
    from analysis.reading import raw_files

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("x", encoding="utf-8")
    assert {p.relative_to(tmp_path).as_posix() for p in raw_files(tmp_path)} == {"articles.csv", "articles/a.txt"}
    (tmp_path / "articles" / "deep").mkdir()
    (tmp_path / "articles" / "deep" / "passwd").symlink_to("/etc/passwd")
    with pytest.raises(InputError, match="symbolic link") as caught:
        raw_files(tmp_path)
    assert "deep/passwd" in str(caught.value)


def test_the_build_reads_no_symlink_even_when_asked_directly(tmp_path):
    from analysis.errors import InputError

    (tmp_path / "real.txt").write_text("روسيا", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_text(tmp_path / "link.txt").text == "روسيا"  # `extract` on a file the user names follows links
    with pytest.raises(InputError, match="symbolic link"):
        read_text(tmp_path / "link.txt", follow_links=False)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["ر", "و", "«", "»", "\u00a0", "\x00", "\x08", "\t", "\n", "\r", "\x0b", "\x1f",
                                         "\x7f", "\x80", "\x85", "\x9f", "\xa0", "\xc2", "\u0100", "\U0001d400", "a"]),
               max_size=20), st.booleans())
def test_control_characters_found_in_utf8_bytes_are_those_the_text_holds(text, bom):
    """The UTF-8 bytes are searched for control characters instead of the decoded text: the same answer."""
    from analysis.reading import _CONTROL, _has_control

    encoding = "utf-8-sig" if bom else "utf-8"
    data = text.encode(encoding)
    assert _has_control(text, data, encoding) == bool(_CONTROL.search(text))
    assert _has_control(text, text.encode("utf-16"), "utf-16") == bool(_CONTROL.search(text))

"""Decoding bytes to trustworthy NFC text, and the same-length matching views."""

from __future__ import annotations

import unicodedata

import pytest

from dagster_project.extraction import DecodeError, decode_bytes, read_published
from dagster_project.extraction.normalise import match_views

SAMPLE = (
    "Năm 2024, tỉnh Hoà Bình phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%; "
    "tỷ lệ người dân hài lòng đạt trên 90%, được Ủy ban nhân dân tỉnh giao chỉ tiêu cụ thể.\n"
)


def test_utf8_nfc_passes_through():
    assert decode_bytes(SAMPLE.encode("utf-8")) == SAMPLE


def test_nfd_input_becomes_nfc():
    text = decode_bytes(unicodedata.normalize("NFD", SAMPLE).encode("utf-8"))
    assert text == SAMPLE and unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
        b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
    ],
)
def test_bom_encodings(encoded):
    assert decode_bytes(encoded) == SAMPLE


def _cp1258(text: str) -> bytes:
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)) + "".join(c for c in d if c in tones)
        )
    return "".join(out).encode("cp1258")


def test_windows_1258_is_decoded_correctly():
    assert decode_bytes(_cp1258(SAMPLE)) == SAMPLE


VNI = (
    b"Na\xeam 2024, t\xe6nh Gia Lai pha\xe1n \xf1a\xe4u ty\xfb le\xe4 ho\xe0 s\xf4 tr\xf6\xefc tuye\xe1n "
    b"\xf1a\xefc 60%; ty\xfb le\xe4 ng\xf6\xf4\xf8i da\xe2n ha\xf8i lo\xf2ng \xf1a\xefc tre\xe2n 90% va\xf8 "
    b"cu\xfba ca\xf9c ca\xe1p cu\xf8ng th\xf6\xefc hie\xe4n ke\xe1 hoa\xefch chuye\xe5n \xf1o\xe5i so\xe1 "
    b"cu\xfba t\xe6nh va\xf8 ca\xf9c huye\xe4n, xa\xf5 trong na\xeam nay.\n"
)
TCVN3 = (
    "N¨m 2024, tØnh Gia Lai phÊn ®Êu tû lÖ hå s¬ trùc tuyÕn ®¹t 60%; tû lÖ ng­êi d©n hµi lßng "
    "®¹t trªn 90% vµ c¸c cÊp cïng thùc hiÖn kÕ ho¹ch chuyÓn ®æi sè cña tØnh vµ c¸c huyÖn, "
    "x· trong n¨m nay.\n"
).encode("latin-1", "replace")


@pytest.mark.parametrize("data,needle", [(VNI, "VNI"), (TCVN3, "TCVN3")])
def test_legacy_font_encodings_are_rejected_with_a_reason(data, needle):
    with pytest.raises(DecodeError) as exc:
        decode_bytes(data)
    assert needle in str(exc.value) and "\n" not in str(exc.value)


def test_vni_text_saved_as_utf8_is_rejected():
    mojibake = VNI.decode("cp1252", "replace").encode("utf-8")
    with pytest.raises(DecodeError):
        decode_bytes(mojibake)


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"%PDF-1.7\n\x00\x01binary", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_empty_and_binary_input(data, reason):
    with pytest.raises(DecodeError) as exc:
        decode_bytes(data)
    assert reason in str(exc.value)


def test_html_is_reduced_to_article_text():
    html = (
        "<!DOCTYPE html><html><head><title>T</title><script>var a='99%';</script></head><body>"
        "<nav><ul><li>Trang chủ 100%</li></ul></nav><article><h1>Tiêu đề bài viết</h1>"
        "<p>Năm 2024, tỉnh Nam Định có tỷ lệ hồ sơ trực tuyến đạt 70%.</p></article>"
        "<footer>Bản quyền 50%</footer></body></html>"
    )
    text = decode_bytes(html.encode("utf-8"))
    assert "70%" in text and "Tiêu đề bài viết" in text
    assert "99%" not in text and "Trang chủ" not in text and "Bản quyền" not in text


def test_views_keep_length_and_unify_tone_placement():
    for a, b in [("Hoà Bình", "Hòa Bình"), ("Thuý", "Thúy"), ("khoẻ mạnh", "khỏe mạnh"), ("Uỷ ban", "Ủy ban")]:
        va, vb = match_views(a)[1], match_views(b)[1]
        assert va == vb and len(va) == len(a)
    text = "Tỷ lệ\u00a0đạt 80\u00a0% ở Thanh Hoá"
    cased, low = match_views(text)
    assert len(cased) == len(low) == len(text)
    assert "\u00a0" not in low and low.startswith("tỷ lệ đạt 80 %")


def test_read_published(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("x", encoding="utf-8")
    assert read_published(report) is None
    (tmp_path / "r.meta.json").write_text('{"published": "2025-07-01", "url": "u"}', encoding="utf-8")
    assert read_published(report) == "2025-07-01"
    (tmp_path / "r.meta.json").write_text('{"published": "2024-5"}', encoding="utf-8")
    assert read_published(report) == "2024-05"
    (tmp_path / "r.meta.json").write_text("{broken", encoding="utf-8")
    assert read_published(report) is None

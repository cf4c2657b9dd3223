"""Bytes -> trustworthy NFC Vietnamese text, and same-length matching views of that text.

`decode_bytes` accepts UTF-8 (with or without BOM), UTF-16/32 with BOM and Windows-1258 (the
one legacy code page Python can decode correctly); VNI and TCVN3 (font encodings) and
anything that does not read as Vietnamese are rejected with a `DecodeError` whose message is
one line. HTML documents are reduced to the text of their article body.

`match_views` gives two views of an NFC text with exactly the same length, so an offset found
in a view is an offset in the text: NBSP and other odd spaces become ' ', and the old/new tone
placement of open "oa/oe/uy" syllables ("hoà"/"hòa", "thuý"/"thúy", "Uỷ"/"Ủy") is made uniform.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

from .htmltext import html_to_text, looks_like_html


class DecodeError(ValueError):
    """Bytes that cannot be decoded to trustworthy Vietnamese text; str(e) is a one-line reason."""


# --------------------------------------------------------------------------- decoding

_BINARY_MAGIC = (
    (b"%PDF", "binary content (PDF document)"),
    (b"PK\x03\x04", "binary content (ZIP/Office document)"),
    (b"\xd0\xcf\x11\xe0", "binary content (legacy Office document)"),
    (b"\x89PNG", "binary content (PNG image)"),
    (b"\xff\xd8\xff", "binary content (JPEG image)"),
    (b"GIF8", "binary content (GIF image)"),
    (b"\x1f\x8b", "binary content (gzip archive)"),
    (b"{\\rtf", "unsupported format (RTF document)"),
)

# Letters that only Vietnamese uses (beyond Latin-1): their presence is what "reads as Vietnamese" means.
_VI_SPECIFIC = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạ-ỹẠ-Ỹ]")
_LETTER = re.compile(r"[^\W\d_]")
# Latin-1 letters and symbols that Vietnamese never uses: VNI/TCVN3 text read as Latin-1 is full of them.
_MOJIBAKE = re.compile(r"[äåæçëîïñöøûüÿþðßÄÅÆÇËÎÏÑÖØÛÜ¸µ¶·¹º»¼½¾¿¡¢£¤¥¦¨ª«¬®¯±]")
_COMMON_WORDS = frozenset(
    "của và các được năm tỉnh số đã đến với trong cho người là có không những một này để "
    "chuyển đổi dân dịch vụ công thành phố đạt tỷ lệ theo về từ trên xã huyện".split()
)
_CHARSET_DECL = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _is_vietnamese(text: str) -> bool:
    """Does `text` read as Vietnamese (and not as VNI/TCVN3 mojibake)?"""
    letters = len(_LETTER.findall(text[:200_000]))
    if letters == 0:
        return False
    sample = text[:200_000]
    specific = len(_VI_SPECIFIC.findall(sample))
    mojibake = len(_MOJIBAKE.findall(sample))
    if mojibake >= 3 and mojibake > specific * 0.2:
        return False
    words = re.findall(r"\w+", sample.lower())
    common = sum(w in _COMMON_WORDS for w in words)
    if len(words) >= 30:  # prose has common words; a table of names (a ranking) has Vietnamese letters throughout
        return specific > 0 and (common / len(words) >= 0.08 or (mojibake == 0 and specific >= 0.05 * letters))
    # very short texts: ASCII-only is fine (numbers, names), else need real Vietnamese letters
    return mojibake == 0 or specific > mojibake * 5


def _looks_binary(data: bytes) -> str | None:
    for magic, reason in _BINARY_MAGIC:
        if data.startswith(magic):
            return reason
    head = data[:4096]
    if b"\x00" in head:
        return "binary content (NUL bytes)"
    control = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    if control > max(4, len(head) // 50):
        return "binary content (control bytes)"
    return None


def _decode_unicode_bom(data: bytes) -> str | None:
    boms = (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    for bom, codec in boms:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec.upper()} after byte-order mark at byte {exc.start}") from None
    return None


def _repair_double_utf8(text: str) -> str:
    """UTF-8 that was read as Windows-1252/Latin-1 and saved again as UTF-8 ('Ä‘' for 'đ')."""
    if not re.search(r"[ÃÄÆá»][\x80-\xbf\u0152-\u02dc\u2013-\u203a]", text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _is_vietnamese(fixed):
            return fixed
    return text


def decode_bytes(data: bytes) -> str:
    """Decode report bytes to NFC text (article text for HTML); raise DecodeError when untrustworthy."""
    if data is None or not data.strip():
        raise DecodeError("empty file")
    text = _decode_unicode_bom(data)
    if text is None:
        reason = _looks_binary(data)
        if reason:
            raise DecodeError(reason)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if _mostly_utf8(data):
                # a few broken sequences inside UTF-8 text: say where, do not guess another encoding
                raise DecodeError(
                    f"invalid UTF-8 at byte {exc.start} of otherwise UTF-8 text; re-save the file as UTF-8"
                ) from None
            text = _decode_legacy(data)
    text = _repair_double_utf8(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if looks_like_html(text):
        text = html_to_text(text)
    if not text.strip():
        raise DecodeError("empty file (no text)")
    if "\x00" in text or sum(unicodedata.category(c) == "Cc" and c not in "\t\n\f" for c in text[:4096]) > 4:
        raise DecodeError("binary content (control characters)")
    if not _is_vietnamese(text):
        if _MOJIBAKE.search(text):
            raise DecodeError(
                "legacy Vietnamese font encoding (VNI/TCVN3) shown as mojibake; re-save the file as UTF-8"
            )
        raise DecodeError("text does not read as Vietnamese")
    return text


def _mostly_utf8(data: bytes) -> bool:
    """True when well-formed multi-byte UTF-8 sequences clearly outnumber the broken ones."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    wellformed = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    return wellformed >= 4 * broken > 0


def _decode_legacy(data: bytes) -> str:
    """Non-UTF-8 bytes: Windows-1258 when it reads as Vietnamese; VNI/TCVN3 and the rest are rejected."""
    declared = _CHARSET_DECL.search(data[:4096])
    codecs = ["cp1258"]
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        if name in ("windows-1258", "cp1258", "x-cp1258"):
            codecs = ["cp1258"]
        elif name in ("utf-8", "utf8"):
            raise DecodeError("declared UTF-8 but the bytes are not valid UTF-8")
    for codec in codecs:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        text = unicodedata.normalize("NFC", text)
        if _is_vietnamese(text):
            return text
    if _looks_vni(data):
        raise DecodeError("legacy Vietnamese font encoding (VNI) is not supported; re-save the file as UTF-8")
    if _looks_tcvn3(data):
        raise DecodeError("legacy Vietnamese font encoding (TCVN3/ABC) is not supported; re-save the file as UTF-8")
    raise DecodeError("not valid UTF-8 and not recognisable Vietnamese in a legacy encoding")


def _looks_vni(data: bytes) -> bool:
    # VNI writes a base ASCII vowel followed by a high byte for the diacritics: "Vieät", "cuûa"
    pairs = re.findall(rb"[aeiouyAEIOUY][\xc0-\xff]", data)
    return len(pairs) >= 5


def _looks_tcvn3(data: bytes) -> bool:
    # TCVN3 precomposed letters sit in 0xA1-0xFE between ASCII letters: "c\xf1a" (của), "\xae\xb7"
    return len(re.findall(rb"[a-zA-Z][\xa1-\xfe]|[\xa1-\xfe][a-zA-Z]", data)) >= 5


def _read_meta(path: Path) -> dict:
    meta = Path(path).with_name(Path(path).stem + ".meta.json")
    try:
        raw = json.loads(meta.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def read_title(path: Path) -> str | None:
    """The headline from the sidecar NAME.meta.json (NFC, one line); None when absent."""
    return _meta_text(path, "title")


def read_outlet(path: Path) -> str | None:
    """The outlet ("Báo Gia Lai", "Cổng thông tin điện tử tỉnh Trà Vinh") from NAME.meta.json; None when absent."""
    return _meta_text(path, "outlet")


def _meta_text(path: Path, key: str) -> str | None:
    value = _read_meta(path).get(key)
    return " ".join(unicodedata.normalize("NFC", value).split()) or None if isinstance(value, str) else None


def read_published(path: Path) -> str | None:
    """'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' from the sidecar NAME.meta.json; None when absent or unreadable."""
    value = _read_meta(path).get("published")
    if not isinstance(value, str | int):
        return None
    m = re.match(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", str(value))
    if not m:
        return None
    year, month, day = m.groups()
    if month and not 1 <= int(month) <= 12:
        return year
    if day and 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year}-{int(month):02d}"
    return year


# --------------------------------------------------------------------------- matching views

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@cache
def _split_tone(ch: str) -> tuple[str, str]:
    """'à' -> ('a', grave); 'ộ' -> ('ô', dot below); 'b' -> ('b', '')."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in _TONES)
    if not tone:
        return ch, ""
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return base, tone


def _toned(letters: str) -> str:
    out = []
    for base in letters:
        for tone in sorted(_TONES):
            out.append(unicodedata.normalize("NFC", base + tone))
    return "".join(out)


# open syllable "oa/oe/uy" with the tone on the second vowel -> tone on the first (old style)
_TONE_SHIFT = re.compile(r"([oOuU])([" + _toned("aeyAEY") + r"])(?!\w)")
_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t]")


def _shift_tone(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    base, tone = _split_tone(second)
    return unicodedata.normalize("NFC", first + tone) + base


# letters that look like "Đ/đ" but are others (Icelandic eth, African D), typed by some portals' editors: "CNSCÐ"
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\u0256": "\u0111"})
_LOOKALIKE = re.compile("[\u00d0\u0189\u00f0\u0256]")


def canonical(text: str) -> str:
    """Same-length canonical form: odd spaces -> ' ', look-alike letters -> "Đ/đ", uniform tone placement (case
    kept)."""
    text = _SPACES.sub(" ", text)
    if _LOOKALIKE.search(text):
        text = text.translate(_LOOKALIKES)
    return _TONE_SHIFT.sub(_shift_tone, text)


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def match_views(text: str) -> tuple[str, str]:
    """(cased, lower) canonical views of NFC `text`, both exactly len(text) long. The lower view spells "tỉ" the
    usual way, "tỷ" ("tỉ lệ hài lòng", "tỉ trọng", "1,2 tỉ đồng"), so that patterns name one spelling."""
    cased = canonical(text)
    if len(cased) != len(text):  # never expected: NFC composition of the shifted pair is 1 char each
        cased = _SPACES.sub(" ", text)
    return cased, _lower_view(cased)


def _lower_view(cased: str) -> str:
    """The lower view of a canonical text, "tỉ" spelt "tỷ" (same length)."""
    return _TI.sub("tỷ", lower_same_length(cased))


_TI = re.compile(r"(?<!\w)tỉ(?!\w)")


def vre(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a pattern meant for the lower view: its literals get the view's tone placement
    ("không quá" is written "không qúa" in the view, like every open "oa/oe/uy" syllable)."""
    return re.compile(canonical(pattern), flags)


def normalise_phrase(phrase: str) -> str:
    """A lexicon phrase in the form the lower view uses."""
    return _lower_view(canonical(unicodedata.normalize("NFC", phrase.strip())))


def to_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)

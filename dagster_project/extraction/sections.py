"""Document structure: paragraphs, sentences, clauses, and province sections of roundups.

A multi-province roundup is split into sections: a short heading line naming an official and a
province ("Chủ tịch Ủy ban nhân dân thành phố Hải Phòng Nguyễn Văn Tùng:") or just a province
("Tỉnh Quảng Ninh:", "2. Bắc Ninh") starts a section that runs to the next heading. Every fact
belongs to the province of its section; text before the first heading is a preamble.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .normalise import vre
from .provinces import Mention


@dataclass
class Clause:
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Paragraph:
    start: int
    end: int
    index: int


@dataclass
class Section:
    start: int
    end: int
    code: str | None  # province of a headed section; None for the preamble / unsectioned text
    heading_end: int = 0  # end of the heading line (== start when there is no heading)


_OFFICIAL = vre(
    r"(?<!\w)(?:chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|phó giám đốc|ủy viên|trưởng ban|phó trưởng ban|"
    r"chánh văn phòng|đại biểu|trưởng đoàn|thứ trưởng|tỉnh ủy|thành ủy|ubnd|ủy ban nhân dân|sở)(?!\w)"
)
_HEADING_FILLER = vre(r"^[\s\W\d]*(?:(?:tại|ở|về)\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s*)?$|^[\s\W\d]*$")
_BULLET = vre(r"^\s*(?:[-–—*+•·▪►●]|\d{1,2}[.)]\s|[a-zđ][.)]\s|[ivx]{1,4}[.)]\s)")
_ABBREV = frozenset("tp tt tx q p ths ts pgs gs bs ks cn th st no mr mrs ms dr đ ct ubnd vd".split())


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines; a hard-wrapped line (no closing punctuation, the next line going on in lower case,
    as in documents copied from PDF) continues the paragraph it belongs to."""
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            trail = len(line.rstrip())
            if out and text[out[-1].end - 1].isalpha() and line.lstrip()[0].islower():
                out[-1].end = pos + trail
            else:
                out.append(Paragraph(pos + lead, pos + trail, len(out)))
        pos = end + 1
    return out


_SENT_END = vre(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“(\[]?[A-ZĐÀ-ỸẠ-Ỹ0-9\-*+•])")
# ';' ends a clause; so does ': ' unless a value follows ("Tỷ lệ hồ sơ trực tuyến: 48,7%")
_CLAUSE_END = vre(
    r";|:(?=\s)(?!\s*(?:\d|(?:hơn|trên|gần|khoảng|đạt|xấp xỉ|tối thiểu|ít nhất|dưới|Hơn|Trên|Gần|Khoảng|Đạt|"
    r"Tối thiểu|Ít nhất|Dưới)\s))"
)


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    for p in paras:
        start = p.start
        chunk = text[p.start : p.end]
        for m in _SENT_END.finditer(chunk):
            dot = p.start + m.start()
            word = re.search(r"(\w+)$", text[max(p.start, dot - 12) : dot])
            if word and (word.group(1).lower() in _ABBREV or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
            cut = p.start + m.start() + len(m.group(0).rstrip())
            if text[start:cut].strip():
                out.append(Sentence(start, cut, p.index))
            start = p.start + m.end()
        if text[start : p.end].strip():
            out.append(Sentence(start, p.end, p.index))
    for s in out:
        cs = s.start
        for m in _CLAUSE_END.finditer(text, s.start, s.end):
            if m.group(0) == ":" and re.search(r"(?:https?|ftp)$", text[max(s.start, m.start() - 6) : m.start()]):
                continue
            s.clauses.append(Clause(cs, m.start()))
            cs = m.end()
        s.clauses.append(Clause(cs, s.end))
    return out


def is_bullet(text: str, p: Paragraph) -> bool:
    return bool(_BULLET.match(text[p.start : p.end]))


def find_sections(text: str, low: str, paras: list[Paragraph], mentions: list[Mention]) -> list[Section]:
    """Headed sections (province per heading) plus a leading preamble; [] when nothing is headed."""
    starts = [m.start for m in mentions]
    headings: list[tuple[Paragraph, str]] = []
    for p in paras:
        length = p.end - p.start
        if length > 200:
            continue
        i = bisect_right(starts, p.start - 1)
        inside = []
        while i < len(mentions) and mentions[i].start < p.end:
            inside.append(mentions[i])
            i += 1
        if not inside:
            continue
        line = low[p.start : p.end]
        codes = {m.code for m in inside}
        if len(codes) != 1:
            continue
        ends_colon = line.rstrip().endswith(":")
        if ends_colon and _OFFICIAL.search(line):
            headings.append((p, inside[-1].code))
            continue
        # a line that is only a province name (with prefix, numbering or a colon)
        rest = line
        for m in reversed(inside):
            rest = rest[: m.start - p.start] + rest[m.end - p.start :]
        if length <= 60 and _HEADING_FILLER.match(rest) and (ends_colon or _BULLET.match(line) or length <= 40):
            if not re.search(r"\d+(?:[.,]\d+)?\s*%", line):
                headings.append((p, inside[-1].code))
    if not headings:
        return []
    out: list[Section] = []
    if headings[0][0].start > 0:
        out.append(Section(0, headings[0][0].start, None, 0))
    for k, (p, code) in enumerate(headings):
        end = headings[k + 1][0].start if k + 1 < len(headings) else len(text)
        out.append(Section(p.start, end, code, p.end))
    return out

"""DTI ranking tables flattened to text: a header that names the columns (the index, its pillars, the
province), then one row per province: its ranks, each with its score in brackets, around its name.

    Xếp hạng DTI  Tỉnh, thành phố  Xếp hạng CQS  Xếp hạng KTS  Xếp hạng XHS
    1 (0,6419)    TP. Đà Nẵng      1 (0,6868)    1 (0,6312)    1 (0,6483)

The header gives the order of the columns, so each row is read against it: as many rank groups before the
province as there are columns before it, as many after. A line with other words, or a row that does not fit
the header, ends the table; nothing is guessed. The year is the DTI step's (written nearby, else the year
before publication), and so is the map (an index up to DTI 2023 ranked the 63 provinces).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dti import ECO, GOV, LAST_INDEX_ON_OLD_MAP, OVERALL, PILLAR_CODES, SOC, DtiFinding, _era_code, _period
from .normalise import vre
from .numbers import parse_vn_number
from .provinces import CURRENT, LEGACY

if TYPE_CHECKING:
    from .context import _Ctx

PROVINCE = "province"
_COLUMN = vre(
    r"(?P<province>tỉnh,?\s*(?:/\s*)?thành(?:\s+phố)?|địa phương)"
    r"|(?P<gov>(?<!\w)cqs(?!\w)|chính quyền số)"
    r"|(?P<eco>(?<!\w)kts(?!\w)|kinh tế số)"
    r"|(?P<soc>(?<!\w)xhs(?!\w)|xã hội số)"
    r"|(?P<dti>(?<!\w)dti(?!\w)|chỉ số chuyển đổi số|tổng thể)"
)
_RANKING = vre(r"xếp hạng|thứ hạng")
_TOKEN = re.compile(
    r"\(\s*(?P<score>0,\d{2,4})\s*\)|(?<![\d,.])(?P<bare>0,\d{2,4})(?![\d,.])|(?<![\d,.])(?P<rank>\d{1,2})(?![\d,./%])"
)
# what a table line may hold besides its figures and the province's name
_CELL_WORDS = vre(r"(?:tp\.?|tỉnh|thành phố|[\s()\-–|,.\d])*")
_LABELS = {"gov": GOV, "eco": ECO, "soc": SOC, "dti": OVERALL, "province": PROVINCE}


@dataclass
class _Cell:
    kind: str  # "rank" | "score" | PROVINCE
    value: float | str
    start: int
    end: int


def table_findings(ctx: _Ctx) -> tuple[list[DtiFinding], list[tuple[int, int]]]:
    """The ranks and scores of every DTI ranking table of the document, and the spans the tables take
    (their lines are not read again as prose)."""
    findings: list[DtiFinding] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for line_start, line_end in _lines(ctx.text):
        if line_start < pos:
            continue
        columns = _header_columns(ctx.low, line_start, line_end)
        if columns is None:
            continue
        rows, end = _rows(ctx, columns, line_end)
        if rows:
            findings += _findings(ctx, columns, rows, line_start)
            spans.append((line_start, end))
            pos = end
    return findings, spans


def _lines(text: str):
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _header_columns(low: str, start: int, end: int) -> list[str] | None:
    """The columns a header line names, in order; None unless it is a ranking header with one province column
    and at least one index column."""
    if end - start > 200 or not _RANKING.search(low, start, end):
        return None
    columns = [_LABELS[m.lastgroup] for m in _COLUMN.finditer(low, start, end)]
    columns = [c for i, c in enumerate(columns) if i == 0 or c != columns[i - 1]]
    if columns.count(PROVINCE) != 1 or len(columns) < 2 or len(set(columns)) != len(columns):
        return None
    return columns


def _rows(ctx: _Ctx, columns: list[str], start: int) -> tuple[list[list[_Cell]], int]:
    """The rows after the header, read against its columns; and where the table ends."""
    cells: list[_Cell] = []
    end = start
    for line_start, line_end in _lines(ctx.text[start:]):
        a, b = start + line_start, start + line_end
        line_cells = _cells(ctx, a, b)
        if line_cells is None:
            break
        cells += line_cells
        end = b
    rows: list[list[_Cell]] = []
    i = 0
    while i < len(cells):
        row, i = _row(cells, i, columns)
        if row is None:
            break
        rows.append(row)
    return rows, end


def _cells(ctx: _Ctx, a: int, b: int) -> list[_Cell] | None:
    """The figures and the province of one table line; None when the line holds anything else."""
    low = ctx.low
    k = bisect_right(ctx.mention_starts, a - 1)
    mentions = []
    while k < len(ctx.mentions) and ctx.mentions[k].start < b:
        mentions.append(ctx.mentions[k])
        k += 1
    gaps = _gaps(a, b, mentions)
    if not all(_CELL_WORDS.fullmatch(low, x, y) for x, y in gaps):
        return None
    cells = [_Cell(PROVINCE, m.code, m.start, m.end) for m in mentions]
    for part_start, part_end in gaps:
        for t in _TOKEN.finditer(ctx.text, part_start, part_end):
            if t.group("score") or t.group("bare"):
                cells.append(_Cell("score", parse_vn_number(t.group("score") or t.group("bare")), t.start(), t.end()))
            else:
                cells.append(_Cell("rank", float(t.group("rank")), t.start(), t.end()))
    return sorted(cells, key=lambda c: c.start)


def _gaps(a: int, b: int, mentions: list) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in mentions:
        out.append((pos, m.start))
        pos = m.end
    return [*out, (pos, b)]


def _row(cells: list[_Cell], i: int, columns: list[str]) -> tuple[list[_Cell] | None, int]:
    """One row from cells[i:]: for each column a rank (and its score, if written) or the province."""
    row: list[_Cell] = []
    for column in columns:
        if i >= len(cells):
            return None, i
        cell = cells[i]
        if column == PROVINCE:
            if cell.kind != PROVINCE:
                return None, i
            row.append(cell)
            i += 1
            continue
        if cell.kind != "rank" or not 1 <= cell.value <= 63:
            return None, i
        row.append(_Cell(column, cell.value, cell.start, cell.end))
        i += 1
        if i < len(cells) and cells[i].kind == "score":
            row.append(_Cell(column + ":score", cells[i].value, cells[i].start, cells[i].end))
            i += 1
    return row, i


def _findings(ctx: _Ctx, columns: list[str], rows: list[list[_Cell]], header_start: int) -> list[DtiFinding]:
    sent = ctx.sents[max(0, bisect_right(ctx.sent_starts, header_start) - 1)]
    period, period_source = _period(ctx, sent, header_start)
    of = ""
    if period.isdigit():
        of = LEGACY if int(period) <= LAST_INDEX_ON_OLD_MAP else CURRENT
    out = []
    for row in rows:
        (province,) = [c for c in row if c.kind == PROVINCE]
        era, code = _era_code(ctx, of, province.start, province.end, province.value)
        if code is None:
            continue
        for cell in row:
            if cell.kind == PROVINCE:
                continue
            column, _, score = cell.kind.partition(":")
            indicator = PILLAR_CODES[column] + ("_score" if score else "_rank")
            start, end = min(cell.start, province.start), max(cell.end, province.end)
            out.append(DtiFinding(era, code, indicator, float(cell.value), period, period_source, start, end))
    return out

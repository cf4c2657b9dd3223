"""Files built to hurt are refused before a parser opens them, each in one line; the run goes on.

The limits are named settings with defaults sized for provincial reports and the submission template, each
overridable by an environment variable `DX_LIMIT_<NAME>` (read in `config.py`):

| setting | default | what it bounds |
|---|---|---|
| `max_file_bytes` | 64 MB | any report or submission file (a 50 MB report still loads) |
| `max_unzipped_bytes` | 50 MB | a workbook's parts, expanded |
| `max_zip_ratio` | 200 | how much one workbook part may expand (a zip bomb expands by thousands) |
| `max_sheet_rows` | 5,000 | rows of one sheet (the template has about 100) |
| `max_sheet_columns` | 50 | columns of one sheet (the template has 8) |
| `max_cell_chars` | 5,000 | characters in one CSV cell |
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64_000_000
    max_unzipped_bytes: int = 50_000_000
    max_zip_ratio: int = 200
    max_sheet_rows: int = 5_000
    max_sheet_columns: int = 50
    max_cell_chars: int = 5_000


def name_problem(path: Path) -> str | None:
    """A file name with `..` or control characters could climb out of its folder or forge log lines."""
    name = path.name
    if ".." in name or any(unicodedata.category(c) == "Cc" for c in name):
        return f"refused: unsafe file name {name!r}"
    return None


def size_problem(size: int, limits: Limits) -> str | None:
    if size > limits.max_file_bytes:
        return f"refused: {size:,} bytes, above the limit of {limits.max_file_bytes:,} (DX_LIMIT_MAX_FILE_BYTES)"
    return None


_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def report_content_problem(data: bytes) -> str | None:
    """A report named .txt or .html that is really an archive, a PDF or an image."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"refused: {what}, not a text or HTML report"
    return None


_HIDDEN_SHEET = re.compile(rb'<sheet\b[^>]*\bname="([^"]*)"[^>]*\bstate="(?:hidden|veryHidden)"')
_DIMENSION = re.compile(rb'<dimension\s+ref="[A-Z]+\d+(?::([A-Z]+)(\d+))?"')


def workbook_problem(path: Path, limits: Limits) -> str | None:
    """Why a .xlsx must not be opened: not a workbook, macros, a zip bomb, hidden sheets, huge sheets."""
    if path.suffix.lower() == ".xlsm":
        return "refused: a macro-enabled workbook (.xlsm); save it as .xlsx"
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return "refused: not an Excel workbook (.xlsx is a ZIP archive)"
    with archive:
        parts = archive.infolist()
        if any(p.filename.lower().endswith("vbaproject.bin") for p in parts):
            return "refused: the workbook holds macros (vbaProject.bin)"
        expanded = sum(p.file_size for p in parts)
        if expanded > limits.max_unzipped_bytes:
            return (
                f"refused: its parts expand to {expanded:,} bytes, above {limits.max_unzipped_bytes:,} "
                "(DX_LIMIT_MAX_UNZIPPED_BYTES): a zip bomb?"
            )
        for p in parts:
            if p.file_size > 1_000_000 and p.file_size > limits.max_zip_ratio * max(p.compress_size, 1):
                return (
                    f"refused: part {p.filename} expands {p.file_size // max(p.compress_size, 1):,}-fold, above "
                    f"{limits.max_zip_ratio} (DX_LIMIT_MAX_ZIP_RATIO): a zip bomb?"
                )
        names = {p.filename for p in parts}
        if "xl/workbook.xml" in names:
            hidden = _HIDDEN_SHEET.search(archive.read("xl/workbook.xml"))
            if hidden:
                return f"refused: sheet {hidden.group(1).decode(errors='replace')!r} is hidden; unhide or delete it"
        for name in sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
            with archive.open(name) as f:
                head = f.read(4096)
            dim = _DIMENSION.search(head)
            if dim and dim.group(1):
                rows, columns = int(dim.group(2)), _column_number(dim.group(1).decode())
                if rows > limits.max_sheet_rows:
                    return (
                        f"refused: {name} has {rows:,} rows, above {limits.max_sheet_rows:,} (DX_LIMIT_MAX_SHEET_ROWS)"
                    )
                if columns > limits.max_sheet_columns:
                    return (
                        f"refused: {name} has {columns:,} columns, above {limits.max_sheet_columns} "
                        "(DX_LIMIT_MAX_SHEET_COLUMNS)"
                    )
    return None


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - ord("A") + 1
    return number


def csv_problem(data: bytes, limits: Limits) -> str | None:
    """A CSV with NUL bytes (a binary file renamed) or a cell longer than any real value."""
    if b"\x00" in data:
        return "refused: NUL bytes in a CSV (a binary file?)"
    longest = max((len(cell) for line in data.split(b"\n") for cell in line.split(b",")), default=0)
    if longest > limits.max_cell_chars:
        return f"refused: a cell of {longest:,} characters, above {limits.max_cell_chars:,} (DX_LIMIT_MAX_CELL_CHARS)"
    return None

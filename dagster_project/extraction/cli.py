"""`dx extract PATH... [--format csv|jsonl]`: facts of report files or folders to `out`.

A file that cannot be read or decoded is reported on `err` as one line
`dx extract: <path>: <reason>`; the others are still processed; the exit status is then 3.
Also runnable as `python -m dagster_project.extraction PATH... [--format csv|jsonl]`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from .facts import FACT_COLUMNS, extract_document
from .normalise import DecodeError, decode_bytes, read_outlet, read_published, read_title

REPORT_SUFFIXES = (".txt", ".html", ".htm")


def _expand(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(
                q
                for q in p.iterdir()
                if q.is_file() and q.suffix.lower() in REPORT_SUFFIXES and not q.name.endswith(".meta.json")
            )
        else:
            out.append(p)
    return out


def _one_line(reason: str) -> str:
    return " ".join(str(reason).split()) or "unreadable"


def run_extract_cli(paths: list[str], fmt: str, out: TextIO, err: TextIO) -> int:
    fmt = (fmt or "csv").lower()
    if fmt not in ("csv", "jsonl"):
        print(f"dx extract: unknown format {fmt!r} (use csv or jsonl)", file=err)
        return 2
    failed = False
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(FACT_COLUMNS), lineterminator="\n")
        writer.writeheader()
    for path in _expand(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"dx extract: {path}: cannot read: {_one_line(exc.strerror or str(exc))}", file=err)
            failed = True
            continue
        try:
            text = decode_bytes(data)
            result = extract_document(path.stem, text, read_published(path), read_title(path), read_outlet(path))
        except DecodeError as exc:
            print(f"dx extract: {path}: {_one_line(str(exc))}", file=err)
            failed = True
            continue
        except Exception as exc:  # never a traceback for bad input
            print(f"dx extract: {path}: extraction failed: {_one_line(type(exc).__name__ + ': ' + str(exc))}", file=err)
            failed = True
            continue
        try:
            for fact in result.facts:
                row = fact.as_dict()
                if writer is not None:
                    writer.writerow({k: ("" if v is None else _fmt(v)) for k, v in row.items()})
                else:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
        except BrokenPipeError:  # `dx extract ... | head`: the reader left; stop quietly
            _silence_stdout(out)
            return 3 if failed else 0
    return 3 if failed else 0


def _silence_stdout(out: TextIO) -> None:
    if out is sys.stdout:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass


def _fmt(v):
    if isinstance(v, float):
        return repr(v) if v != int(v) else str(int(v)) if abs(v) < 1e15 else repr(v)
    return v


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="dx extract", description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", default="csv", choices=["csv", "jsonl"])
    args = ap.parse_args(argv)
    return run_extract_cli(args.paths, args.format, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())

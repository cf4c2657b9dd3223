"""Extraction quality: extract each scored set in process, score it with the shared scorer, one line per set.

Sets: the shipped reports (../shared), the project's own fixtures, and the real-text corpus
(tests/fixtures/extraction/real, dev and test splits). Also measures extraction throughput over the
shipped reports and the real corpus. Exits 1 when a gated set is below its F1 target (the test split
is reported, never gated: it is not for tuning).

usage: python scripts/eval_extraction.py [--show-errors SET] [--out build/eval]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dagster_project.extraction import (  # noqa: E402
    FACT_COLUMNS,
    decode_bytes,
    extract_document,
    read_outlet,
    read_published,
    read_title,
)
from dagster_project.extraction.cli import REPORT_SUFFIXES  # noqa: E402
from dagster_project.extraction.normalise import match_views  # noqa: E402
from dagster_project.extraction.outlets import outlet_province_text  # noqa: E402
from dagster_project.extraction.provinces import province_map  # noqa: E402

SHARED = Path(os.environ.get("DX_SHARED", ROOT.parent / "shared"))
REAL = ROOT / "tests" / "fixtures" / "extraction" / "real"


@dataclass(frozen=True)
class EvalSet:
    name: str
    docs: Path
    gold: Path
    min_f1: float | None  # None: reported only
    min_precision: float | None = None
    in_throughput: bool = False


SETS = (
    EvalSet("shipped", SHARED / "reports", SHARED / "spec" / "gold_seed_facts.csv", 0.98, in_throughput=True),
    EvalSet("fixtures", ROOT / "tests/fixtures/extraction/reports", ROOT / "tests/fixtures/extraction/gold.csv", 0.90),
    EvalSet("real-dev", REAL / "dev", REAL / "gold_dev.csv", 0.92, in_throughput=True),
    EvalSet("real-test", REAL / "test", REAL / "gold_test.csv", None, in_throughput=True),
)
TEST_TARGETS = "target F1>=0.85 precision>=0.90, reported only"


def unattributed(text: str, headline: str | None, facts: list) -> list:
    """Facts whose province is named neither in their paragraph, nor as the last province named before it
    (the section it is in), nor in the headline or outlet, and is not the province the text names most (its
    subject, "toàn tỉnh"): a province the sentence does not name or clearly imply."""
    text_views = match_views(text)
    headline_views = match_views(headline) if headline else None
    by_era: dict[str, tuple[list, set[str], str | None]] = {}  # mentions, headline's provinces, subject
    out = []
    for f in facts:
        if f.province_era not in by_era:
            pmap = province_map(f.province_era)
            mentions = pmap.find(*text_views)
            in_title = {m.code for m in pmap.find(*headline_views)} if headline_views else set()
            by_era[f.province_era] = (mentions, in_title, _most_named(mentions))
        mentions, in_title, subject = by_era[f.province_era]
        start = text.rfind("\n", 0, f.char_start) + 1
        end = text.find("\n", f.char_end)
        named = {m.code for m in mentions if start <= m.start < (end if end >= 0 else len(text))}
        before = [m.code for m in mentions if m.start < start]
        if f.province_code not in named | in_title | set(before[-1:]) and f.province_code != subject:
            out.append(f)
    return out


def _most_named(mentions: list) -> str | None:
    """The province a text names most often: the one it is about (of equals, the one named first)."""
    codes = [m.code for m in mentions]
    return max(dict.fromkeys(codes), key=codes.count) if codes else None  # a tie: the first named


def measure_throughput(folders: list[Path], passes: int = 3) -> tuple[int, list[float]]:
    """(bytes, seconds per pass) of extracting every report of `folders`, read and decoded beforehand, in a loop
    that does nothing else (the scoring passes write CSVs and check attribution between documents)."""
    docs = []
    for folder in folders:
        for path in sorted(p for p in folder.iterdir() if p.suffix in REPORT_SUFFIXES):
            data = path.read_bytes()
            docs.append(
                (len(data), path.stem, decode_bytes(data), read_published(path), read_title(path), read_outlet(path))
            )
    runs = []
    for _ in range(passes):
        started = time.perf_counter()
        for _size, *args in docs:
            extract_document(*args)
        runs.append(time.perf_counter() - started)
    return sum(d[0] for d in docs), runs


def extract_folder(folder: Path, out_csv: Path, unmapped_csv: Path) -> int:
    """Extract every report of `folder` to CSV files; returns the number of facts attributed to a province their
    text does not name (throughput is measured apart, by `measure_throughput`)."""
    orphans = 0
    facts, unmapped = [], []
    for path in sorted(p for p in folder.iterdir() if p.suffix in REPORT_SUFFIXES):
        text, title, outlet = decode_bytes(path.read_bytes()), read_title(path), read_outlet(path)
        result = extract_document(path.stem, text, read_published(path), title, outlet)
        named = outlet_province_text(outlet)  # "Báo Đồng Khởi (Bến Tre)": outlets.csv names it
        orphans += len(unattributed(text, " | ".join(x for x in (title, named) if x), result.facts))
        facts += [f.as_dict() for f in result.facts]
        unmapped += result.unmapped
    _write_csv(out_csv, list(FACT_COLUMNS), facts)
    _write_csv(unmapped_csv, ["doc_id", "province_code", "reason", "number_text", "phrase", "sentence"], unmapped)
    return orphans


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)


def score(s: EvalSet, found: Path, show_errors: bool) -> tuple[str, dict[str, float]]:
    cmd = [
        sys.executable,
        str(SHARED / "tools" / "score_extraction.py"),
        str(s.gold),
        str(found),
        "--docs-dir",
        str(s.docs),
    ]
    if show_errors:
        cmd.append("--show-errors")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    if show_errors:
        print("\n".join(lines[:-1]))
    last = lines[-1]
    metrics = {k: float(v) for k, v in (part.split("=") for part in last.split())}
    return last, metrics


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", default="", help="comma-separated set names whose misses and false finds to print")
    ap.add_argument("--out", default=str(ROOT / "build" / "eval"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    show = {x for x in args.show_errors.split(",") if x}
    status = 0
    for published in ("2024", "2025-08-01"):  # compile the lexicon and both province maps outside the timing
        extract_document("warm-up", "Hà Nội đạt 80%.", published)
    orphans_by_set: dict[str, int] = {}
    for s in SETS:
        if not s.gold.is_file() or not s.docs.is_dir():
            print(f"{s.name}: missing ({s.docs} or {s.gold})")
            status = 1
            continue
        found = out / f"found_{s.name}.csv"
        orphans = extract_folder(s.docs, found, out / f"unmapped_{s.name}.csv")
        orphans_by_set[s.name] = orphans
        if s.min_f1 is not None:
            status |= 1 if orphans else 0
        line, m = score(s, found, s.name in show)
        verdict = TEST_TARGETS
        if s.min_f1 is not None:
            ok = m["f1"] >= s.min_f1
            verdict = f"target F1>={s.min_f1:.2f} {'met' if ok else 'MISSED'}"
            status |= 0 if ok else 1
        print(f"{s.name}: {line} ({verdict})")
    counts = ", ".join(f"{k} {v}" for k, v in orphans_by_set.items())
    print(
        f"attribution: facts whose province neither their paragraph, their section, the headline names, nor "
        f"is the text's subject: {counts} (target 0)"
    )
    throughput_bytes, runs = measure_throughput([s.docs for s in SETS if s.in_throughput and s.docs.is_dir()])
    mb_per_s = throughput_bytes / 1e6 / statistics.median(runs)
    print(
        f"throughput: {mb_per_s:.2f} MB/s on one core over {throughput_bytes / 1e3:.0f} kB "
        f"(shipped + real corpus, median of {len(runs)} passes; target >= 1 MB/s)"
    )
    return status


if __name__ == "__main__":
    sys.exit(main())

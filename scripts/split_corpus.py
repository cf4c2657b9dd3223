"""Split the real-text corpus by document into dev (two thirds) and test (one third), with a fixed seed.

New excerpts arrive as labelled batches: tests/fixtures/extraction/real/batches/<batch>/ with DOC.txt,
DOC.meta.json, gold.csv and notes.md. Each new document is shuffled with the seed and dealt to dev or test
so that the whole corpus stays at one third test; its files move to real/dev/ or real/test/, its gold
rows are appended to gold_dev.csv or gold_test.csv, the batch notes to NOTES.md, and split.csv records
(doc_id, split, batch). A document already split never moves, so the test split stays unseen. A batch is
dealt only once it is complete (its gold.csv and notes.md written): a labeller still at work keeps its folder.

usage: python scripts/split_corpus.py
"""

from __future__ import annotations

import csv
import json
import random
import shutil
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extraction" / "real"
SEED = 20261130
# the gold files keep the layout of the spec's labelled seed facts
GOLD_LAYOUT = REAL.parents[4] / "shared" / "spec" / "gold_seed_facts.csv"


def _gold_columns() -> list[str]:
    with open(GOLD_LAYOUT, encoding="utf-8") as f:
        return next(csv.reader(f))


def _read(path: Path) -> list[dict]:
    return list(csv.DictReader(open(path, encoding="utf-8"))) if path.exists() else []


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def batch_folders(real: Path = REAL) -> list[Path]:
    """Every batch folder waiting in batches/, finished or not."""
    folder = real / "batches"
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def complete_batches(real: Path = REAL) -> list[Path]:
    """The batch folders whose labeller has finished (gold.csv and notes.md written): the ones to review and deal."""
    return [p for p in batch_folders(real) if (p / "gold.csv").exists() and (p / "notes.md").exists()]


def main() -> None:
    split_rows = _read(REAL / "split.csv")
    known = {r["doc_id"] for r in split_rows}
    gold = {s: _read(REAL / f"gold_{s}.csv") for s in ("dev", "test")}
    batches = complete_batches()
    for unfinished in sorted(set(batch_folders()) - set(batches)):
        print(f"skipped: batch {unfinished.name} is not complete (no gold.csv or notes.md yet)")
    new: list[tuple[str, Path]] = []
    for batch in batches:
        new += [(t.stem, batch) for t in sorted(batch.glob("*.txt")) if t.stem not in known]
    random.Random(SEED).shuffle(new)
    n_test = sum(r["split"] == "test" for r in split_rows)
    for doc, batch in new:
        split = "test" if n_test < round((len(split_rows) + 1) / 3) else "dev"
        n_test += split == "test"
        (REAL / split).mkdir(exist_ok=True)
        for suffix in (".txt", ".meta.json"):
            shutil.move(batch / f"{doc}{suffix}", REAL / split / f"{doc}{suffix}")
        gold[split] += [r for r in _read(batch / "gold.csv") if r["doc_id"] == doc]
        split_rows.append({"doc_id": doc, "split": split, "batch": batch.name})
    for batch in batches:
        notes = batch / "notes.md"
        if notes.exists():
            with open(REAL / "NOTES.md", "a", encoding="utf-8") as f:
                f.write(f"\n## Batch {batch.name}\n\n{notes.read_text(encoding='utf-8').strip()}\n")
        if not list(batch.glob("*.txt")):
            shutil.rmtree(batch)
    for split in ("dev", "test"):
        _write(REAL / f"gold_{split}.csv", _gold_columns(), sorted(gold[split], key=lambda r: r["doc_id"]))
    _write(REAL / "split.csv", ["doc_id", "split", "batch"], sorted(split_rows, key=lambda r: r["doc_id"]))
    _write_sources(split_rows)
    counts = {s: sum(r["split"] == s for r in split_rows) for s in ("dev", "test")}
    print(f"split: {counts['dev']} dev, {counts['test']} test documents ({len(new)} new)")


def _write_sources(split_rows: list[dict]) -> None:
    """SOURCES.md: where each excerpt was published, from its meta file."""
    lines = [
        "# Sources of the real-text corpus",
        "",
        "Every excerpt was cut (whole sentences, never rewritten) from the page at its address.",
        "Where the stored page text lacked the headline, the title was rebuilt from the address (NOTES.md says which).",
        "",
        "| doc_id | split | published | outlet | title | address |",
        "|---|---|---|---|---|---|",
    ]
    for r in sorted(split_rows, key=lambda r: r["doc_id"]):
        meta = json.loads((REAL / r["split"] / f"{r['doc_id']}.meta.json").read_text(encoding="utf-8"))
        cells = [
            r["doc_id"],
            r["split"],
            str(meta.get("published", "")),
            meta.get("outlet", ""),
            meta.get("title", ""),
            meta.get("url", ""),
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    (REAL / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""The reviewer's checklist for labelled batches waiting in real/batches/, before `split_corpus.py` deals them.

Helpers find, cut and label texts; a person decides what enters the corpus. For each complete batch this prints:
- the shared gold checker's verdict (evidence in the text, codes, units, eras);
- addresses already in the corpus (its meta files, listed in SOURCES.md) or in another batch;
- a warning for addresses on repost sites (real/repost_sites.txt), which copy other outlets' articles, often without
  naming them: the reviewer keeps the text only when the page names its original outlet;
- texts repeating a corpus text (250 characters or more in common with a text of dev/, test/ or another batch, in
  passages of 60 or more): syndicated copies of one article would put the same wording on both sides of the split;
- the honest estimate: today's extractor reads the batch's texts and is scored against the batch's gold, as the
  shared scorer matches them. Record it before writing any rule for these texts; the dev score cannot tell it.

usage: python scripts/review_batches.py   (exit 1 when a check finds a problem; warnings and the estimate never fail it)
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "extraction" / "real"
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
PROVINCES = str(ROOT / "seeds" / "provinces.csv")  # each labelled (era, code) must exist
SHINGLE = 60  # characters: a shared passage this long is copied wording or a set phrase
MIN_COPIED = 250  # characters in common: a copied paragraph; the names of documents texts quote run to ~200
sys.path[:0] = [str(SHARED_TOOLS), str(ROOT / "scripts")]
import eval_extraction  # noqa: E402  (the same extraction as make eval)
from fresh_history import figures, score_round  # noqa: E402  (one way to count true, false and missed)
from split_corpus import complete_batches  # noqa: E402  (the batches split_corpus.py would deal)


def address(url: str) -> str:
    """An address without scheme, "www.", query or trailing slash: the same page however it was copied."""
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.split("?")[0].split("#")[0].rstrip("/")


def shingles(text: str) -> set[str]:
    """A corpus text's passages of SHINGLE characters, one every tenth character: a new text, read at every offset,
    meets one in any passage of 70 characters or more it copies."""
    flat = " ".join(text.split())
    return {flat[i : i + SHINGLE] for i in range(0, max(len(flat) - SHINGLE + 1, 0), 10)}


def _corpus_texts(real: Path, skip: Path) -> dict[str, str]:
    texts = {p.stem: p.read_text(encoding="utf-8") for split in ("dev", "test") for p in (real / split).glob("*.txt")}
    for batch in complete_batches(real):
        if batch != skip:
            texts |= {p.stem: p.read_text(encoding="utf-8") for p in batch.glob("*.txt")}
    return texts


def _repost_sites(real: Path) -> list[str]:
    path = real / "repost_sites.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [s.strip().lower() for s in lines if s.strip() and not s.startswith("#")]


def _known_addresses(real: Path, skip: Path) -> dict[str, str]:
    """address → where it is used: a corpus text (its meta file, which SOURCES.md is written from) or another batch."""
    known = {}
    for meta in sorted([*(real / "dev").glob("*.meta.json"), *(real / "test").glob("*.meta.json")]):
        known[address(json.loads(meta.read_text(encoding="utf-8")).get("url", ""))] = meta.name[: -len(".meta.json")]
    for batch in complete_batches(real):
        if batch != skip:
            for meta in batch.glob("*.meta.json"):
                known[address(json.loads(meta.read_text(encoding="utf-8")).get("url", ""))] = batch.name
    return known


def problems(batch: Path, real: Path = REAL) -> list[str]:
    """What keeps a batch out of the corpus until mended, and warnings (starting "WARNING") for the reviewer."""
    out = []
    check = subprocess.run(
        [
            sys.executable,
            str(SHARED_TOOLS / "check_gold.py"),
            str(batch / "gold.csv"),
            str(batch),
            "--provinces",
            PROVINCES,
        ],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        out.append(f"check_gold: {check.stdout.strip() or check.stderr.strip()}")
    known, reposts = _known_addresses(real, batch), _repost_sites(real)
    corpus = {doc: shingles(text) for doc, text in _corpus_texts(real, batch).items()}
    for text in sorted(batch.glob("*.txt")):
        meta_path = text.with_suffix(".meta.json")
        if not meta_path.exists():
            out.append(f"{text.stem}: no .meta.json")
            continue
        url = address(json.loads(meta_path.read_text(encoding="utf-8")).get("url", ""))
        if url in known:
            out.append(f"{text.stem}: address already used by {known[url]}")
        host = url.split("/")[0]
        if site := next((s for s in reposts if host == s or host.endswith("." + s)), None):
            out.append(f"WARNING {text.stem}: {site} reposts other outlets; keep it only if it names the original")
        for doc, n in _repeated(text.read_text(encoding="utf-8"), corpus):
            out.append(f"{text.stem}: shares {n} characters with {doc}")
    return out


def _repeated(text: str, corpus: dict[str, set[str]]) -> list[tuple[str, int]]:
    """Corpus texts sharing MIN_COPIED characters or more with `text`, most first: copied wording. The full name of
    a resolution or an index, shared with many texts, stays under it."""
    flat = " ".join(text.split())
    starts = range(max(len(flat) - SHINGLE + 1, 0))
    out = []
    for doc, theirs in corpus.items():
        covered = set()
        for i in starts:
            if flat[i : i + SHINGLE] in theirs:
                covered.update(range(i, i + SHINGLE))
        if len(covered) >= MIN_COPIED:
            out.append((doc, len(covered)))
    return sorted(out, key=lambda dn: -dn[1])[:3]


def estimate(batch: Path, catalog: set[str]) -> tuple[int, int, int]:
    """(true, false, missed) of today's extractor on the batch, read as make eval reads a folder."""
    with open(batch / "gold.csv", encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    with tempfile.TemporaryDirectory() as tmp:
        found = Path(tmp) / "found.csv"
        eval_extraction.extract_folder(batch, found, Path(tmp) / "unmapped.csv")
        return score_round(found, gold, catalog)


def main() -> int:
    with open(SHARED_TOOLS.parent / "spec" / "indicators.csv", encoding="utf-8") as f:
        catalog = {r["code"].strip() for r in csv.DictReader(f)}
    failed, total = False, [0, 0, 0]
    for batch in complete_batches():
        found = problems(batch)
        failed |= any(not line.startswith("WARNING") for line in found)
        counts = estimate(batch, catalog)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        texts = len(list(batch.glob("*.txt")))
        scores = " ".join(f"{k}={v}" for k, v in figures(*counts).items())
        print(f"{batch.name}: {texts} texts, {scores}" + ("" if found else ", no problems"))
        for line in found:
            print(f"  {line}" if line.startswith("WARNING") else f"  PROBLEM {line}")
    print("pooled: " + " ".join(f"{k}={v}" for k, v in figures(*total).items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

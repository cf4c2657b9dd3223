"""How well the extractor read texts it had never seen, round after round of the corpus (a learning curve).

Each commit that dealt new texts to the dev split is one round. The extractor of the commit just before it (its
parent, checked out as a git worktree) reads the dev texts that round brought, and the facts are scored against
today's dev gold. Rules were written only after a round was dealt, so each round's score is the extractor's quality
on unseen text at that time: the honest counterpart of the dev score, which rules were fitted to. Test texts are
never read here.

Per indicator, the pooled counts go to seeds/extraction_quality.csv, which dim_indicator shows analysts.

usage: python scripts/fresh_history.py   (writes build/eval/fresh_history.csv and seeds/extraction_quality.csv;
rounds already run are cached)
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = "tests/fixtures/extraction/real"
OUT = ROOT / "build" / "eval" / "fresh_history"
QUALITY_SEED = ROOT / "seeds" / "extraction_quality.csv"
SCORER = ROOT.parent / "shared" / "tools"
sys.path.insert(0, str(SCORER))
import score_extraction as scorer  # noqa: E402  (the shared scorer's matching rules, not a copy of them)

_EXTRACT = """
import sys
from pathlib import Path
sys.path[:0] = ["{wt}/scripts", "{wt}"]
import dagster_project, eval_extraction
assert dagster_project.__file__.startswith("{wt}"), dagster_project.__file__
eval_extraction.extract_folder(Path("{docs}"), Path("{out}/found.csv"), Path("{out}/unmapped.csv"))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def dev_ids(commit: str) -> set[str]:
    try:
        rows = git("show", f"{commit}:{REAL}/split.csv").splitlines()
    except subprocess.CalledProcessError:  # before the corpus existed
        return set()
    return {r.split(",")[0] for r in rows[1:] if r.split(",")[1:2] == ["dev"]}


def rounds() -> list[tuple[str, str, list[str]]]:
    """(commit, date, new dev ids) for every commit that dealt dev texts, oldest first."""
    found = []
    for line in git("log", "--reverse", "--format=%h %as", "--", f"{REAL}/split.csv").splitlines():
        commit, date = line.split()
        new = sorted(dev_ids(commit) - dev_ids(f"{commit}^"))
        if new:
            found.append((commit, date, new))
    return found


def run_round(commit: str, ids: list[str]) -> Path | None:
    """Extract the round's texts with its parent's extractor; returns the folder of found.csv (cached)."""
    out = OUT / commit
    if (out / "found.csv").exists():
        return out
    (out / "docs").mkdir(parents=True, exist_ok=True)
    for doc in ids:
        for ext in ("txt", "meta.json"):
            try:
                data = subprocess.run(
                    ["git", "-C", str(ROOT), "show", f"{commit}:{REAL}/dev/{doc}.{ext}"],
                    check=True,
                    capture_output=True,
                ).stdout
            except subprocess.CalledProcessError:
                continue
            (out / "docs" / f"{doc}.{ext}").write_bytes(data)
    with tempfile.TemporaryDirectory() as tmp:
        wt = f"{tmp}/wt"
        git("worktree", "add", "--detach", wt, f"{commit}^")
        try:
            code = _EXTRACT.format(wt=wt, docs=out / "docs", out=out)
            done = subprocess.run([sys.executable, "-c", code], cwd=wt, capture_output=True, text=True)
        finally:
            git("worktree", "remove", "--force", wt)
    if done.returncode != 0:
        print(f"{commit}: the extractor of {commit}^ could not run ({done.stderr.strip().splitlines()[-1:]})")
        return None
    return out


def scored_codes() -> set[str]:
    """The codes the scorer counts (spec/indicators.csv): a found row of another code is left out, as there."""
    with open(SCORER.parent / "spec" / "indicators.csv", encoding="utf-8") as f:
        return {r["code"].strip() for r in csv.DictReader(f)}


def score_round(found_csv: Path, gold: list[dict], catalog: set[str]) -> tuple[int, int, int]:
    """(true, false, missed) facts, matched as the shared scorer matches them."""
    counts = Counter(outcome for _code, outcome in outcomes(found_csv, gold, catalog))
    return counts["true"], counts["false"], counts["missed"]


def outcomes(found_csv: Path, gold: list[dict], catalog: set[str]) -> list[tuple[str, str]]:
    """(indicator code, "true" | "false" | "missed") of every fact scored: a true or false fact under the code it
    was found with, a missed one under its gold code."""
    with open(found_csv, encoding="utf-8") as fh:
        scored, missed = judge(list(csv.DictReader(fh)), gold, catalog)
    return [(f["indicator_code"].strip(), o) for f, o in scored] + [
        (g["indicator_code"].strip(), "missed") for g in missed
    ]


def judge(found: list[dict], gold: list[dict], catalog: set[str]) -> tuple[list[tuple[dict, str]], list[dict]]:
    """(found row, "true" | "false") of every found fact scored, and the required gold rows it missed, matched as
    the shared scorer matches them. A fact matching an optional gold row counts neither way; a repeated fact once."""
    left = list(range(len(gold)))
    scored = []
    seen = set()
    for f in found:
        if f["indicator_code"].strip() not in catalog:
            continue
        key, kind, value = scorer._key(f), f["value_kind"].strip(), scorer._value(f)
        if (dedup := key + (kind, None if value is None else round(value, 2))) in seen:
            continue
        seen.add(dedup)
        hit = next((i for i in left if scorer._same(gold[i], key, kind, value)), None)
        if hit is None:
            if not any(scorer._same(g, key, kind, value) for g in gold):
                scored.append((f, "false"))
            continue
        left.remove(hit)
        if gold[hit]["required"].strip() == "1":
            scored.append((f, "true"))
    return scored, [gold[i] for i in left if gold[i]["required"].strip() == "1"]


def main() -> int:
    with open(ROOT / REAL / "gold_dev.csv", encoding="utf-8") as f:
        gold_all = list(csv.DictReader(f))
    catalog = scored_codes()
    rows, total, by_code = [], [0, 0, 0], Counter()
    for commit, date, ids in rounds():
        folder = run_round(commit, ids)
        if folder is None:
            continue
        wanted = set(ids)
        gold = [g for g in gold_all if g["doc_id"] in wanted]
        scored = outcomes(folder / "found.csv", gold, catalog)
        by_code.update(scored)
        counts = Counter(outcome for _code, outcome in scored)
        tp, fp, fn = counts["true"], counts["false"], counts["missed"]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        rows.append({"commit": commit, "date": date, "texts": len(ids), **figures(tp, fp, fn)})
        print(" ".join(f"{k}={v}" for k, v in rows[-1].items()))
    pooled = {"commit": "pooled", "date": "", "texts": sum(r["texts"] for r in rows), **figures(*total)}
    print(" ".join(f"{k}={v}" for k, v in pooled.items()))
    with open(OUT.parent / "fresh_history.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(pooled), lineterminator="\n")
        writer.writeheader()
        writer.writerows([*rows, pooled])
    write_quality(by_code, QUALITY_SEED)
    return 0


def write_quality(by_code: Counter, path: Path) -> None:
    """Per indicator, how the extractor did on texts it had never seen (every round pooled): the seed that
    dim_indicator shows analysts beside each indicator, so they know which facts to check before use."""
    codes = sorted({code for code, _outcome in by_code})
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["indicator_code", "unseen_true", "unseen_false", "unseen_missed"])
        writer.writerows([c, by_code[(c, "true")], by_code[(c, "false")], by_code[(c, "missed")]] for c in codes)


def figures(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"true": tp, "false": fp, "missed": fn, "precision": f"{p:.3f}", "recall": f"{r:.3f}", "f1": f"{f1:.3f}"}


if __name__ == "__main__":
    sys.exit(main())

"""Train the value-kind model (dagster_project/extraction/kind_model.py) on the gold rows of the real dev split.

Each gold row of the dev split whose evidence is found in its text is one example: the features of its evidence
span, its kind (the first of "actual|estimate"). A multinomial logistic regression (full-batch gradient descent,
L2, features seen at least twice) is fitted with numpy and written to kind_model.json. Test texts are never read.

--validate measures what the model would have done on text it had never seen, without training on it: for each
round of the corpus (scripts/fresh_history.py, whose replayed facts `make fresh` caches), a model trained on the dev
texts of every other round judges the facts the extractor of that round's time found; it prints, per threshold,
how many true facts the doubt would have dropped and how many false ones.

usage: python scripts/train_kind_model.py [--validate]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
import fresh_history  # noqa: E402

from dagster_project.extraction import kind_model  # noqa: E402
from dagster_project.extraction.context import text_date, year_of  # noqa: E402  (the extractor's publication year)
from dagster_project.extraction.normalise import decode_bytes, match_views, read_published  # noqa: E402

DEV = ROOT / "tests" / "fixtures" / "extraction" / "real" / "dev"
GOLD = DEV.parent / "gold_dev.csv"
L2, STEPS, RATE, MIN_COUNT = 3.0, 400, 0.5, 2


def _view(folder: Path, doc: str) -> tuple[str, str, int | None]:
    """(NFC text, its lower view, publication year) of one corpus text, as the extractor reads them (an undated text's
    year is that of the first date it names)."""
    path = folder / f"{doc}.txt"
    text = decode_bytes(path.read_bytes())
    return text, match_views(text)[1], year_of(read_published(path) or text_date(text))


def examples(gold: list[dict]) -> list[tuple[str, set[str], int]]:
    """(doc id, features, kind index) of every gold row whose kind is one of KINDS and whose evidence is in the text."""
    by_doc = defaultdict(list)
    for g in gold:
        by_doc[g["doc_id"]].append(g)
    out = []
    for doc, rows in sorted(by_doc.items()):
        text, low, year = _view(DEV, doc)
        for g in rows:
            kind = g["value_kind"].split("|")[0].strip()
            at = text.find(g["evidence"])
            if kind in kind_model.KINDS and at >= 0:
                feats = kind_model.features(low, at, at + len(g["evidence"]), year)
                out.append((doc, feats, kind_model.KINDS.index(kind)))
    return out


def fit(rows: list[tuple[str, set[str], int]]) -> dict[str, list[float]]:
    """Feature -> weights per kind, by full-batch gradient descent on the softmax loss (deterministic)."""
    counts = Counter(f for _doc, feats, _kind in rows for f in feats)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    y = np.zeros((len(rows), len(kind_model.KINDS)))
    for r, (_doc, feats, kind) in enumerate(rows):
        x[r, [index[f] for f in feats if f in index]] = 1.0
        y[r, kind] = 1.0
    w = np.zeros((len(vocab), len(kind_model.KINDS)))
    for _ in range(STEPS):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(rows)
    return {f: [round(float(v), 5) for v in w[i]] for i, f in enumerate(vocab)}


def validate(rows: list[tuple[str, set[str], int]], gold: list[dict]) -> None:
    """Leave one round out: the facts each round's extractor found, judged by a model that never saw the round."""
    catalog = fresh_history.scored_codes()
    thresholds = (0.5, 0.6, 0.7, 0.8, 0.9)
    dropped = Counter()
    scored = Counter()
    for commit, _date, ids in fresh_history.rounds():
        found_csv = fresh_history.OUT / commit / "found.csv"
        if not found_csv.exists():  # not replayed yet (run `make fresh`), or its extractor could not run
            print(f"round {commit} left out: no {found_csv.relative_to(ROOT)}")
            continue
        weights = fit([r for r in rows if r[0] not in ids])
        with open(found_csv, encoding="utf-8") as f:
            found = list(csv.DictReader(f))
        for doc in ids:
            judged, _missed = fresh_history.judge(
                [f for f in found if f["doc_id"] == doc], [g for g in gold if g["doc_id"] == doc], catalog
            )
            _text, low, year = _view(fresh_history.OUT / commit / "docs", doc)
            for fact, outcome in judged:
                scored[outcome] += 1
                if fact["value_kind"] not in kind_model.KINDS:
                    continue
                feats = kind_model.features(low, int(fact["char_start"]), int(fact["char_end"]), year)
                probs = kind_model.probabilities(feats, weights)
                for t in thresholds:
                    other = kind_model.doubt(probs, fact["value_kind"], t)
                    if other is not None:
                        dropped[(t, outcome)] += 1
                        dropped[(t, outcome, fact["value_kind"], other)] += 1
    print(f"facts judged: {scored['true']} true, {scored['false']} false")
    for t in thresholds:
        print(f"doubt at {t}: drops {dropped[(t, 'true')]} true and {dropped[(t, 'false')]} false facts")
        for key, n in sorted(dropped.items(), key=str):
            if len(key) == 4 and key[0] == t:
                print(f"    {key[1]} facts the rules read {key[2]}, the model {key[3]}: {n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--validate", action="store_true", help="leave-one-round-out figures instead of training")
    args = parser.parse_args()
    with open(GOLD, encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    rows = examples(gold)
    if args.validate:
        validate(rows, gold)
        return 0
    model = {
        "kinds": list(kind_model.KINDS),
        "trained_on": {"gold": str(GOLD.relative_to(ROOT)), "rows": len(rows), "docs": sorted({r[0] for r in rows})},
        "settings": {"l2": L2, "steps": STEPS, "rate": RATE, "min_count": MIN_COUNT},
        "weights": fit(rows),
    }
    kind_model.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{kind_model.MODEL_PATH.relative_to(ROOT)}: {len(rows)} rows, {len(model['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())

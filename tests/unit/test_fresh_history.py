"""scripts/fresh_history.py: the rounds it replays and how it counts true, false and missed facts."""

import csv
import importlib.util
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("fresh_history", ROOT / "scripts" / "fresh_history.py")
fresh_history = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh_history)

GOLD_COLUMNS = ["doc_id", "province_era", "province_code", "indicator_code", "admin_level", "value_kind", "value"]


def _gold(code: str, value: str, required: str = "1") -> dict:
    return dict(
        zip(GOLD_COLUMNS, ["d1", "63", "40", code, "", "actual|estimate", value], strict=True), required=required
    )


def test_rounds_cover_every_dev_text_once():
    """Texts never move between splits, so the rounds' new dev texts add up to today's dev split, each once."""
    rounds = fresh_history.rounds()
    ids = [doc for _commit, _date, new in rounds for doc in new]
    assert len(rounds) >= 40
    assert len(ids) == len(set(ids))
    assert set(ids) == fresh_history.dev_ids("HEAD")


def test_score_round_counts_as_the_shared_scorer(tmp_path):
    found = tmp_path / "found.csv"
    rows = [
        ("d1", "63", "40", "dti_rank", "", "actual", "12"),  # true
        ("d1", "63", "40", "dti_rank", "", "actual", "12"),  # the same fact twice: counted once
        ("d1", "63", "40", "dti_rank", "", "estimate", "12"),  # another kind the matched row allows: not false
        ("d1", "63", "40", "dti_score", "", "actual", "0.61"),  # matches an optional row: neither true nor false
        ("d1", "63", "40", "dti_score", "", "target", "0.7"),  # false
        ("d1", "63", "40", "not_a_catalog_code", "", "actual", "3"),  # outside the catalog: left out
    ]
    with open(found, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([GOLD_COLUMNS, *rows])
    gold = [_gold("dti_rank", "12"), _gold("dti_score", "0.61", required="0"), _gold("ops_count", "1200")]
    catalog = {"dti_rank", "dti_score", "ops_count"}
    assert fresh_history.score_round(found, gold, catalog) == (1, 1, 1)
    # per indicator: a true or false fact under its own code, a missed figure under the gold's
    scored = fresh_history.outcomes(found, gold, catalog)
    assert sorted(scored) == [("dti_rank", "true"), ("dti_score", "false"), ("ops_count", "missed")]
    seed = tmp_path / "extraction_quality.csv"
    fresh_history.write_quality(Counter(scored + [("dti_rank", "false")]), seed)
    assert seed.read_text(encoding="utf-8").splitlines() == [
        "indicator_code,unseen_true,unseen_false,unseen_missed",
        "dti_rank,1,1,0",
        "dti_score,0,1,0",
        "ops_count,0,0,1",
    ]

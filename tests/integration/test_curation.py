"""The curator's loop without code: corrections in seeds/fact_corrections.csv reach the marts, and
`dx unmapped` lists what extraction left unmapped."""

from __future__ import annotations

import csv
import shutil

import duckdb
import pytest

from tests.helpers import PROJECT_ROOT, pipeline_env, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

CORRECTIONS = PROJECT_ROOT / "seeds" / "fact_corrections.csv"
GIA_LAI = "000_a1a95fa0dec073ae"
BINH_DINH = "001_1a683307a5f6c046"
REAL_DEV = PROJECT_ROOT / "tests" / "fixtures" / "extraction" / "real" / "dev"
GOALS = "r_dec_03_gialai"


@pytest.fixture
def corrections():
    """Write rows into the corrections seed for one test, then restore the shipped file."""
    shipped = CORRECTIONS.read_bytes()

    def write(rows: list[dict]) -> None:
        with open(CORRECTIONS, "a", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(
                f,
                fieldnames=["doc_id", "evidence", "indicator_code", "action", "field", "value", "note"],
                lineterminator="\n",
            )
            writer.writerows(rows)

    yield write
    CORRECTIONS.write_bytes(shipped)


def test_corrections_reject_and_replace_facts_in_the_marts(tmp_path, corrections):
    corrections(
        [
            {
                "doc_id": GIA_LAI,
                "evidence": "77 nhiệm vụ",
                "indicator_code": "dx_task_count",
                "action": "reject",
                "field": "",
                "value": "",
                "note": "test: reject the task count",
            },
            {
                "doc_id": BINH_DINH,
                "evidence": "Đài truyền thanh thông minh",
                "indicator_code": "",
                "action": "replace",
                "field": "value",
                "value": "95",
                "note": "test: misprint",
            },
            {
                "doc_id": BINH_DINH,
                "evidence": "Đài truyền thanh thông minh",
                "indicator_code": "",
                "action": "replace",
                "field": "comparator",
                "value": ">=",
                "note": "test: tối thiểu",
            },
            {
                "doc_id": "no_such_report",
                "evidence": "x",
                "indicator_code": "",
                "action": "reject",
                "field": "",
                "value": "",
                "note": "matches nothing: a warning, not a failure",
            },
        ]
    )
    env = pipeline_env(tmp_path)
    run_dx("run", env=env)
    con = duckdb.connect(env["DX_WAREHOUSE"], read_only=True)
    try:
        tasks = con.execute(
            """select value from marts.fct_budget where doc_id = ? and indicator_code =
            'dx_task_count' and admin_level = 'all'""",
            [GIA_LAI],
        ).fetchall()
        assert tasks == []  # rejected; the per-level task counts stay
        assert (
            con.execute(
                """select count(*) from marts.fct_budget where doc_id = ?
            and indicator_code = 'dx_task_count'""",
                [GIA_LAI],
            ).fetchone()[0]
            >= 2
        )
        row = con.execute(
            """select value, comparator, corrected, correction_note from marts.fct_indicator_value
            where doc_id = ? and indicator_code = 'commune_smart_radio_rate'""",
            [BINH_DINH],
        ).fetchall()
        assert row == [(95, ">=", True, "test: misprint; test: tối thiểu")]
        scorecard = con.execute("""select target_value, target_comparator, corrected from marts.mart_indicator_scorecard
            where province_key = 'vn63_52' and year = 2024 and indicator_code = 'commune_smart_radio_rate'
              and admin_level = 'all'""").fetchall()
        assert scorecard == [(95, ">=", True)]
        uncorrected = con.execute("select count(*) from marts.fct_indicator_value where not corrected").fetchone()[0]
        assert uncorrected > 10
    finally:
        con.close()


def test_a_held_back_fact_enters_the_marts_when_a_curator_accepts_it(tmp_path, corrections):
    """A real dev text (VnExpress, Gia Lai's goals for 2030): the kind model doubts the e-invoice share the rules
    read as reached, so it is an unmapped candidate, not a fact; the `accept` row `dx unmapped` suggests (with the
    kind the model reads), pasted into the seed, lets it into the marts and takes it off the curator's list; an accept
    of a fact that was never held back warns."""
    env = pipeline_env(tmp_path, with_shipped_reports=False)
    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    for suffix in (".txt", ".meta.json"):
        shutil.copy(REAL_DEV / f"{GOALS}{suffix}", reports / f"{GOALS}{suffix}")
    e_invoices = (
        "select value_kind, value, period, corrected from marts.fct_indicator_value "
        "where indicator_code = 'e_invoice_rate'"
    )
    in_doubt = "select count(*) from marts.unmapped_candidates where phrase = 'e_invoice_rate'"

    first = run_dx("run", env=env)
    assert "; 1 of them facts held back, value kind in doubt: dx unmapped --held-back)" in first.stdout + first.stderr
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        assert con.execute(e_invoices).fetchall() == []
        assert con.execute(in_doubt).fetchone()[0] == 1
    listed = run_dx("unmapped", env=env).stdout
    hint = "to accept it as the kind model reads it (target), add to seeds/fact_corrections.csv: "
    row = next(line.split(hint, 1)[1] for line in listed.splitlines() if hint in line)
    assert row == (
        "r_dec_03_gialai,100% giao dịch có hóa đơn điện tử,e_invoice_rate,accept,value_kind,target,"
        "accepted after reading the sentence"
    )
    every = list(csv.DictReader(run_dx("unmapped", "--held-back", "--format", "csv", env=env).stdout.splitlines()))
    assert [(r["indicator_code"], r["accept_as_kind_model_reads_it"]) for r in every] == [("e_invoice_rate", row)]

    with open(CORRECTIONS, "a", encoding="utf-8") as f:  # the curator pastes the hint (restored by `corrections`)
        f.write(row + "\n")
    second = run_dx("run", env=env)
    assert "facts held back, value kind in doubt" not in second.stdout + second.stderr
    assert "corrections_match_a_fact" not in second.stdout + second.stderr
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        assert con.execute(e_invoices).fetchall() == [("target", 100.0, "2030", True)]
        assert con.execute(in_doubt).fetchone()[0] == 0
    assert run_dx("unmapped", "--held-back", env=env).stdout == ""

    with open(CORRECTIONS, "a", encoding="utf-8") as f:  # an accept of a fact that was never held back: a warning
        f.write("r_dec_03_gialai,30% tổng mức bán lẻ,,accept,,,not held back\n")
    third = run_dx("run", env=env)
    assert "check stg_fact_corrections.corrections_match_a_fact failed (warn)" in third.stdout + third.stderr


def test_a_bad_correction_action_fails_the_refresh(tmp_path, corrections):
    corrections(
        [
            {
                "doc_id": GIA_LAI,
                "evidence": "77 nhiệm vụ",
                "indicator_code": "",
                "action": "delete",
                "field": "",
                "value": "",
                "note": "not an action",
            }
        ]
    )
    env = pipeline_env(tmp_path)
    proc = run_dx("run", env=env, check=False)
    assert proc.returncode == 1
    assert "accepted_values" in proc.stdout + proc.stderr


def test_dx_unmapped_lists_phrases_by_frequency(built_warehouse):
    con = duckdb.connect(str(built_warehouse), read_only=True)
    try:
        expected = con.execute("""select phrase, count(*) from marts.unmapped_candidates
            where coalesce(phrase, '') <> '' group by phrase order by 2 desc, phrase limit 1""").fetchone()
    finally:
        con.close()
    assert expected is not None
    proc = run_dx("unmapped", "--format", "csv", "--limit", "5", env={"DX_WAREHOUSE": str(built_warehouse)})
    rows = list(csv.DictReader(proc.stdout.splitlines()))
    assert 1 <= len(rows) <= 5
    assert (rows[0]["phrase"], int(rows[0]["n"])) == expected
    assert [int(r["n"]) for r in rows] == sorted((int(r["n"]) for r in rows), reverse=True)
    assert all(r["example_sentence"] and r["example_doc"] for r in rows)
    text = run_dx("unmapped", env={"DX_WAREHOUSE": str(built_warehouse)})
    assert expected[0] in text.stdout and "lexicon.csv" in text.stderr

"""The benchmark's floor: bench/floor.sql on one DuckDB connection, and a check that its rows are dbt's.

usage: python bench/floor.py BUILD_FILE   (after a dbt build of that file; prints JSON)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

FLOOR_SQL = Path(__file__).with_name("floor.sql")
TABLES = ("fct_indicator_value", "fct_budget", "mart_indicator_scorecard", "mart_budget_summary")


def run_floor(con: duckdb.DuckDBPyConnection) -> float:
    """Seconds to build the floor's four tables in schema `floor` from the raw and seed tables."""
    start = time.perf_counter()
    con.execute(FLOOR_SQL.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def differences(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in one of floor.<table> and marts.<table> but not the other (with duplicates), per table.

    Doubles are compared to 9 decimals: a sum of doubles depends on the order it is added in."""
    out = {}
    for table in TABLES:
        columns = con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'marts' and table_name = ? order by ordinal_position",
            [table],
        ).fetchall()
        select = ", ".join(f"round({c}, 9)" if t == "DOUBLE" else c for c, t in columns)
        a, b = f"select {select} from floor.{table}", f"select {select} from marts.{table}"
        (n,) = con.execute(
            f"select (select count(*) from ({a} except all {b})) + (select count(*) from ({b} except all {a}))"
        ).fetchone()
        out[table] = n
    return out


def main(build: Path) -> dict:
    with duckdb.connect(str(build)) as con:
        seconds = run_floor(con)
        diff = differences(con)
        rows = {t: con.execute(f"select count(*) from floor.{t}").fetchone()[0] for t in TABLES}
        con.execute("drop schema floor cascade")
    return {"seconds": round(seconds, 3), "rows": rows, "differences": diff, "same_rows": not any(diff.values())}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))

"""The warehouse calendar: the years a fact may be for.

Its one home is dbt_project.yml (vars `calendar_first_year`, `calendar_last_year`), which builds `dim_year`; the
blocking `fact_values` gate reads the same bounds here, so a fact the gate lets through always has its year.
"""

from __future__ import annotations

from functools import cache

import yaml

from dagster_project.config import DBT_PROJECT_DIR


@cache
def calendar_years() -> tuple[int, int]:
    """(first, last) year of `dim_year`."""
    with open(DBT_PROJECT_DIR / "dbt_project.yml", encoding="utf-8") as f:
        variables = yaml.safe_load(f)["vars"]
    return int(variables["calendar_first_year"]), int(variables["calendar_last_year"])

"""The controlled vocabularies of a fact (value kinds, comparators, admin levels, units, fact types).

Their one home is seeds/vocabularies.csv: dbt tests the staged facts against the seed (`in_vocabulary`),
and the submission template, its loader and the quality checks read the lists from here.
"""

from __future__ import annotations

import csv
from functools import cache

from dagster_project.config import SEEDS_DIR


@cache
def vocabulary(name: str) -> tuple[str, ...]:
    """The allowed values of vocabulary `name`, in the seed's order."""
    with open(SEEDS_DIR / "vocabularies.csv", encoding="utf-8", newline="") as f:
        values = tuple(row["value"] for row in csv.DictReader(f) if row["vocabulary"] == name)
    if not values:
        raise KeyError(f"no vocabulary {name!r} in seeds/vocabularies.csv")
    return values


VALUE_KINDS = vocabulary("value_kind")
COMPARATORS = vocabulary("comparator")
ADMIN_LEVELS = vocabulary("admin_level")
UNITS = vocabulary("unit")
FACT_TYPES = vocabulary("fact_type")

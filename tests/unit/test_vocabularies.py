"""The vocabularies of a fact live in seeds/vocabularies.csv only: dbt, the template, its loader, the quality
checks and the extractor all agree with it, and no second copy creeps back in."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from dagster_project.extraction.cues import _COMPARATOR_MAP
from dagster_project.extraction.lexicon import load_lexicon
from dagster_project.ingest import submission_template
from dagster_project.quality import suites as quality
from dagster_project.reference import vocabularies

ROOT = Path(__file__).resolve().parents[2]
VOCABULARY_COLUMNS = {"value_kind", "comparator", "unit", "admin_level", "fact_type"}


def _column_tests(path: Path):
    for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
        for column in model.get("columns", []):
            for test in column.get("data_tests", []):
                yield model["name"], column["name"], test


def test_dbt_checks_the_vocabulary_columns_against_the_seed():
    referenced = set()
    for path in (ROOT / "dbt" / "models").glob("*/_*.yml"):
        for model, column, test in _column_tests(path):
            if isinstance(test, dict) and "in_vocabulary" in test:
                referenced.add(test["in_vocabulary"]["arguments"]["vocabulary"])
            if column in VOCABULARY_COLUMNS and isinstance(test, dict) and "accepted_values" in test:
                # a narrower rule of one model may list values, never the whole vocabulary again
                values = set(test["accepted_values"]["arguments"]["values"])
                allowed = set(vocabularies.vocabulary(column))
                assert values < allowed, f"{model}.{column} lists its vocabulary again: use in_vocabulary"
    assert referenced == {"value_kind", "comparator", "unit", "admin_level", "fact_type"}
    for name in referenced:
        assert vocabularies.vocabulary(name)


def test_the_template_the_loader_and_the_checks_use_the_seed():
    assert submission_template.VALUE_KINDS == list(vocabularies.VALUE_KINDS)
    assert submission_template.COMPARATORS == list(vocabularies.COMPARATORS)
    assert submission_template.ADMIN_LEVELS[1:] == list(vocabularies.ADMIN_LEVELS)
    assert quality.ALLOWED == {
        "value_kind": list(vocabularies.VALUE_KINDS),
        "comparator": list(vocabularies.COMPARATORS),
        "unit": list(vocabularies.UNITS),
    }


def test_the_extractor_emits_only_vocabulary_values():
    assert set(_COMPARATOR_MAP.values()) | {"="} <= set(vocabularies.COMPARATORS)
    catalog = load_lexicon().catalog.values()
    assert {ind.unit for ind in catalog} <= set(vocabularies.UNITS)
    assert {ind.fact_type for ind in catalog} <= set(vocabularies.FACT_TYPES)


def test_no_second_copy_of_a_vocabulary_in_the_code():
    copies = re.compile(
        r"""["']target["'],\s*["']actual["'],\s*["']estimate["']"""
        r"""|["']percent["'],\s*["']billion_vnd["']"""
    )
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "dagster_project").rglob("*.py")
        if copies.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_an_unknown_vocabulary_is_an_error():
    try:
        vocabularies.vocabulary("colour")
    except KeyError as exc:
        assert "colour" in str(exc)
    else:
        raise AssertionError("no error for an unknown vocabulary")

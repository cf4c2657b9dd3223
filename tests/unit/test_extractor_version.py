"""The extractor's version: what invalidates cached facts. Seeds only dbt reads (the curators' corrections,
`make fresh`'s quality figures) must not, or editing them would re-extract every report."""

import shutil

import pytest

from dagster_project.config import PROJECT_ROOT
from dagster_project.ingest import extract


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """A copy of the extractor's inputs, which the version is then computed over."""
    code, seeds = tmp_path / "extraction", tmp_path / "seeds"
    shutil.copytree(PROJECT_ROOT / "dagster_project" / "extraction", code)
    shutil.copytree(PROJECT_ROOT / "seeds", seeds)
    monkeypatch.setattr(extract, "EXTRACTION_INPUTS", (code, seeds))
    return code, seeds


def _version() -> str:
    return extract.extractor_version.__wrapped__()


@pytest.mark.parametrize("seed", ["fact_corrections.csv", "extraction_quality.csv"])
def test_a_seed_applied_in_dbt_does_not_change_the_version(inputs, seed):
    before = _version()
    with open(inputs[1] / seed, "a", encoding="utf-8") as f:
        f.write("a,row,added,by,a,curator,\n")
    assert _version() == before


@pytest.mark.parametrize("name", ["lexicon.csv", "kind_model.json", "facts.py"])
def test_the_extractors_rules_data_and_weights_change_the_version(inputs, name):
    before = _version()
    with open(inputs[0] / name, "a", encoding="utf-8") as f:
        f.write("\n")
    assert _version() != before


def test_a_seed_the_extractor_reads_changes_the_version(inputs):
    before = _version()
    with open(inputs[1] / "province_aliases.csv", "a", encoding="utf-8") as f:
        f.write("63,01,Hà Nội mới\n")
    assert _version() != before

"""The load and extraction assets materialised in this process with a warehouse under tmp_path: the Warehouse
resource carries every path, so no environment variable and no subprocess is needed."""

from __future__ import annotations

import shutil

import dagster as dg
import duckdb

from dagster_project.defs.extraction import extracted_facts
from dagster_project.defs.raw import raw_reports
from dagster_project.defs.resources import Warehouse
from tests.helpers import PROJECT_ROOT


def test_raw_reports_and_extracted_facts_materialise_into_a_tmp_warehouse(tmp_path):
    shutil.copytree(PROJECT_ROOT / "sources" / "reports", tmp_path / "sources" / "reports")
    warehouse = Warehouse(sources=str(tmp_path / "sources"), served=str(tmp_path / "wh" / "dx.duckdb"))
    result = dg.materialize(
        [raw_reports, extracted_facts],
        resources={"warehouse": warehouse},
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    with duckdb.connect(str(tmp_path / "wh" / "dx.duckdb.build"), read_only=True) as con:
        reports = con.execute("select count(*) from raw.reports").fetchone()[0]
        facts = con.execute("select count(*), count(distinct doc_id) from raw.extracted_facts").fetchone()
    assert reports == len(list((tmp_path / "sources" / "reports").glob("*.txt"))) == 5
    assert facts[0] >= 80 and facts[1] >= 4  # one shipped report states no catalog figure
    assert not (tmp_path / "wh" / "dx.duckdb").exists()  # nothing published: only the build file was written
    assert (tmp_path / "wh" / "blobs").is_dir()  # the report bytes went beside this warehouse, not the default one


def test_an_empty_sources_folder_gives_empty_raw_tables(tmp_path):
    (tmp_path / "sources").mkdir()
    warehouse = Warehouse(sources=str(tmp_path / "sources"), served=str(tmp_path / "dx.duckdb"))
    result = dg.materialize([raw_reports], resources={"warehouse": warehouse}, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    with duckdb.connect(str(tmp_path / "dx.duckdb.build"), read_only=True) as con:
        assert con.execute("select count(*) from raw.reports").fetchone()[0] == 0

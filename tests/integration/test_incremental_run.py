"""`dx run` after the first: nothing to do when nothing changed; otherwise a run that reuses the extraction
of unchanged reports and must give exactly the marts of a full refresh (`dx run --full-refresh`)."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.helpers import EXTRA_REPORT, built_pipeline, file_sha256, mart_checksums, run_dx

pytestmark = pytest.mark.slow  # subprocesses and a built warehouse


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    return root, built_pipeline(root)


def test_nothing_changed_means_nothing_to_do(pipeline):
    _, env = pipeline
    served = env["DX_WAREHOUSE"]
    before = file_sha256(served)
    proc = run_dx("run", env=env)
    assert "is up to date (dx run --full-refresh rebuilds it anyway)" in proc.stdout
    assert re.search(r"\d+ reports, \d+ facts", proc.stdout)  # what the last refresh reported
    assert "exit status 0" in proc.stdout and "load reports" not in proc.stdout
    assert file_sha256(served) == before  # not even re-published


def test_added_changed_and_removed_reports_give_the_marts_of_a_full_refresh(pipeline):
    root, env = pipeline
    reports = root / "sources" / "reports"
    saved = root / "saved"
    shutil.copytree(reports, saved)
    original = mart_checksums(env["DX_WAREHOUSE"])
    names = sorted(p.name for p in reports.glob("*.txt"))
    (reports / "lao_cai_2024.txt").write_text(EXTRA_REPORT, encoding="utf-8")  # added
    changed = reports / names[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("2024", "2023"), encoding="utf-8")  # changed
    (reports / names[1]).unlink()  # removed

    proc = run_dx("run", "--verbose", env=env)
    assert re.search(r"\(2 extracted, \d+ unchanged and reused\)", proc.stdout + proc.stderr)
    incremental = mart_checksums(env["DX_WAREHOUSE"])
    run_dx("run", "--full-refresh", env=env)
    assert mart_checksums(env["DX_WAREHOUSE"]) == incremental != original

    shutil.rmtree(reports)
    shutil.copytree(saved, reports)
    run_dx("run", env=env)
    assert mart_checksums(env["DX_WAREHOUSE"]) == original

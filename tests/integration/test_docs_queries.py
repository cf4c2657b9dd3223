"""The example SQL in docs/metabase.md runs on the built warehouse and returns rows."""

from __future__ import annotations

import re

import pytest

from tests.helpers import PROJECT_ROOT

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


def test_metabase_doc_queries_run(marts):
    text = (PROJECT_ROOT / "docs" / "metabase.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", text, flags=re.S)
    assert len(queries) == 3
    results = [marts.execute(q).fetchall() for q in queries]
    assert all(results), "every example question returns rows on the shipped reports"
    an_giang = results[2]
    assert any(r[2] == "Kiên Giang" for r in an_giang)

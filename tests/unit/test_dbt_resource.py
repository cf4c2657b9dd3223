"""The dbt resource asks the installed dbt-core for its version instead of running `dbt --version`."""

import dagster_dbt.core.resource as dbt_resource_module
from dbt.version import __version__

from dagster_project.defs.resources import dbt_resource


def test_the_dbt_version_comes_from_this_python_not_a_subprocess(monkeypatch):
    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"dbt --version was run: {args}")

    monkeypatch.setattr(dbt_resource_module, "check_output", no_subprocess)
    assert str(dbt_resource()._cli_version) == __version__

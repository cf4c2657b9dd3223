"""Jobs operators launch from the UI, the schedule and the CLI."""

import dagster as dg

full_refresh_job = dg.define_asset_job(
    name="full_refresh",
    selection=dg.AssetSelection.all(),
    description="Load every report, extract facts, build the dbt models, run the checks and publish.",
)

raw_inputs_job = dg.define_asset_job(
    name="raw_inputs",
    selection=dg.AssetSelection.groups("raw", "extraction") - dg.AssetSelection.key_prefixes("seeds"),
    description="Load every report and submission and extract facts into the build file's raw tables: what "
    "`dx run --engine postgres|spark` copies to another engine before dbt builds there.",
)

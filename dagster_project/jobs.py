"""Jobs operators launch from the UI, the schedule and the CLI."""

import dagster as dg

full_refresh_job = dg.define_asset_job(
    name="full_refresh",
    selection=dg.AssetSelection.all(),
    description="Load every report, extract facts, build the dbt models, run the checks and publish.",
)

"""A tiny hook for crash-safety tests: `DX_TEST_PAUSE_AT=<step>` makes that step sleep so a test can
SIGKILL the refresh at a known point. Unset in normal use; it does nothing then."""

import time

from dagster_project.config import test_pause


def pause_point(step: str) -> None:
    at, marker, seconds = test_pause()
    if at == step:
        if marker:
            open(marker, "w").close()
        time.sleep(seconds)

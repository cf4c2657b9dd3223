"""A tiny hook for crash-safety tests: `DX_TEST_PAUSE_AT=<step>` makes that step sleep so a test can
SIGKILL the refresh at a known point. Unset in normal use; it does nothing then."""

import os
import time


def pause_point(step: str) -> None:
    if os.environ.get("DX_TEST_PAUSE_AT") == step:
        marker = os.environ.get("DX_TEST_PAUSE_MARKER")
        if marker:
            open(marker, "w").close()
        time.sleep(float(os.environ.get("DX_TEST_PAUSE_SECONDS", "60")))

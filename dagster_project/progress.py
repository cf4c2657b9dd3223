"""Progress of a long step (reports extracted, dbt nodes built), reported by the code doing the work.

The work calls `report(done, total)`; whoever shows progress (the `dx run` display) installs a listener
with `listening(...)`. Without a listener, in the Dagster UI or in tests, a report costs one check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[int, int], None]
_listener: Listener | None = None


def report(done: int, total: int) -> None:
    """`done` of `total` units of the current step are finished."""
    if _listener is not None:
        _listener(done, total)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous

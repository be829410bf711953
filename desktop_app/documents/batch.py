"""Progress and cancellation for long renders (card batches run off the UI thread, rule 9)."""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[int, int], None]
"""``progress(done, total)``: called after each item; must not touch a widget."""

CancelledFn = Callable[[], bool]
"""``cancelled()``: true when the clerk pressed Cancel; the render stops early."""


class Cancelled(Exception):
    """The clerk cancelled the render before it finished; no PDF is returned."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"Impression annulée après {done} sur {total}.")
        self.done = done
        self.total = total


def step(done: int, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
    """Report ``done`` of ``total`` and raise ``Cancelled`` if the clerk asked to stop."""
    if progress is not None:
        progress(done, total)
    if cancelled is not None and done < total and cancelled():
        raise Cancelled(done, total)

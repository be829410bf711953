"""Long work off the UI thread, with progress and a cancel button (architecture.md, rule 9).

A job is a plain Python function ``fn(progress, cancelled)``: it calls
``progress(done, total, text)`` now and then (``total == 0``: no known end) and checks
``cancelled()`` between steps, stopping early (by returning, or raising ``JobCancelled``)
when it is true. The function never touches a widget: what it reports and returns comes
back to the GUI thread through queued signals.

    job = BackgroundJob(export_rows)
    job.succeeded.connect(self._on_export_succeeded)
    job.failed.connect(self._on_export_failed)
    show_progress(job, self, self.tr("Export du bordereau"))
    job.start()
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.errors import DomainError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
JobFunction = Callable[[Progress, Cancelled], Any]


class JobCancelled(Exception):  # noqa: N818 - the name reads as what happened
    """Raised by a job (or by ``progress``) to stop at once after a cancel."""


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, receivers get queued calls."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: JobFunction, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the job keeps it; Python owns both
        self._fn, self._relay, self._stop = fn, relay, stop

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._stop.is_set():
            raise JobCancelled
        self._relay.progressed.emit(int(done), int(total), str(text))

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._stop.is_set)
        except JobCancelled:
            self._relay.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI
            if isinstance(error, DomainError):  # a refusal for the clerk, not a fault
                log.info("tâche de fond refusée : %s", error.message)
            else:
                log.exception("échec d'une tâche de fond")
            self._relay.failed.emit(error)
        else:
            if self._stop.is_set():
                self._relay.cancelled.emit()
            else:
                self._relay.succeeded.emit(result)


class BackgroundJob(QObject):
    """One run of a job function on a thread pool; signals arrive in the GUI thread.

    Exactly one of ``succeeded(result)``, ``failed(exception)`` or ``cancelled()`` is
    emitted, then ``ended()``.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self, fn: JobFunction, parent: QObject | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._pool = pool or QThreadPool.globalInstance()
        self._stop = threading.Event()
        self._relay = _Relay()
        self._relay.progressed.connect(self.progressed)
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.cancelled.connect(self._on_relay_cancelled)
        self._runnable: _Runnable | None = None
        self._running = False
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        if self._running:
            raise RuntimeError("job already running")
        self._running = True
        self._stop.clear()
        self._runnable = _Runnable(self._fn, self._relay, self._stop)
        self._pool.start(self._runnable)

    def cancel(self) -> None:
        """Ask the job to stop; it does at its next ``progress`` or ``cancelled()`` check."""
        self._stop.set()

    def is_running(self) -> bool:
        return self._running

    def is_cancel_requested(self) -> bool:
        return self._stop.is_set()

    def _finish(self) -> None:
        self._running = False
        self._runnable = None
        self.ended.emit()

    def _on_relay_succeeded(self, result: object) -> None:
        self.result = result
        self.succeeded.emit(result)
        self._finish()

    def _on_relay_failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.failed.emit(self.error)
        self._finish()

    def _on_relay_cancelled(self) -> None:
        self.cancelled.emit()
        self._finish()


def show_progress(
    job: BackgroundJob, parent: QWidget | None, title: str, *, cancellable: bool = True
) -> QProgressDialog:
    """A window-modal progress dialog following ``job``; its « Annuler » cancels the job.

    The dialog closes itself when the job ends. Call before ``job.start()``.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # a job done in a blink shows no dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("BackgroundJob", "Annuler"))
        dialog.canceled.connect(job.cancel)
    else:
        dialog.setCancelButton(None)

    def on_progress(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)
        if text:
            dialog.setLabelText(text)

    def on_cancel_requested() -> None:
        dialog.setLabelText(QCoreApplication.translate("BackgroundJob", "Annulation en cours…"))

    def on_ended() -> None:
        # hide(), not close(): closing a progress dialog emits canceled().
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    job.progressed.connect(on_progress)
    if cancellable:
        dialog.canceled.connect(on_cancel_requested)
    job.ended.connect(on_ended)
    return dialog

"""The background job runner: progress arrives in the GUI thread, cancel stops the job,
an exception comes back as a signal (architecture.md, rule 9)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.ui.workers import BackgroundJob, JobCancelled, show_progress


def test_progress_and_result_arrive_in_the_gui_thread(qtbot) -> None:
    worker_threads: list[threading.Thread] = []

    def count(progress, cancelled):  # type: ignore[no-untyped-def]
        worker_threads.append(threading.current_thread())
        for i in range(1, 4):
            progress(i, 3, f"étape {i}")
        return 6

    job = BackgroundJob(count)
    seen: list[tuple[int, int, str, bool]] = []
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    job.progressed.connect(lambda d, t, s: seen.append((d, t, s, QThread.currentThread() is gui)))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [6]
    assert job.result == 6 and job.error is None and not job.is_running()
    assert worker_threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=2000)
    assert seen == [(1, 3, "étape 1", True), (2, 3, "étape 2", True), (3, 3, "étape 3", True)]


def test_cancel_stops_the_job(qtbot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def long_job(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        for i in range(1000):
            if cancelled():
                return None
            steps.append(i)
            time.sleep(0.005)
        return "fini"

    job = BackgroundJob(long_job)
    succeeded: list[object] = []
    job.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        assert started.wait(2)
        job.cancel()
    assert succeeded == [] and len(steps) < 1000
    assert not job.is_running()


def test_progress_raises_once_cancelled(qtbot) -> None:
    reached: list[int] = []

    def job_fn(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(1000):
            progress(i, 1000, "")  # raises JobCancelled after the cancel
            reached.append(i)
            time.sleep(0.005)

    job = BackgroundJob(job_fn)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        qtbot.waitUntil(lambda: len(reached) > 2, timeout=2000)
        job.cancel()
    assert len(reached) < 1000


def test_an_exception_arrives_as_the_failed_signal(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    def broken(progress, cancelled):  # type: ignore[no-untyped-def]
        raise DomainError("Le fichier est illisible.")

    job = BackgroundJob(broken)
    ended: list[bool] = []
    job.ended.connect(lambda: ended.append(True))
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    [error] = blocker.args
    assert isinstance(error, DomainError) and error.message == "Le fichier est illisible."
    assert job.error is error
    qtbot.waitUntil(lambda: ended == [True], timeout=1000)


def test_job_can_run_again_after_it_ended(qtbot) -> None:
    job = BackgroundJob(lambda progress, cancelled: 1)
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()


def test_progress_dialog_follows_the_job_and_its_cancel_button_cancels(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def waiting(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 4, "Lecture des lignes…")
        while not cancelled():
            release.wait(0.01)
        raise JobCancelled

    job = BackgroundJob(waiting)
    dialog = show_progress(job, parent, "Import")
    assert isinstance(dialog, QProgressDialog)
    job.start()
    qtbot.waitUntil(lambda: dialog.labelText() == "Lecture des lignes…", timeout=3000)
    assert (dialog.maximum(), dialog.value()) == (4, 1)
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Annuler"
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=1000)


def test_job_without_cancel_button(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    job = BackgroundJob(lambda progress, cancelled: progress(0, 0, "Patientez") or 1)
    dialog = show_progress(job, parent, "Chargement", cancellable=False)
    assert dialog.findChildren(QPushButton) == []
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()


def test_the_progress_window_is_gone_when_the_success_asks_its_question(qtbot, clerk) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb: « Ouvrir l'avenant ? » opened under the « Valider l'avenant »
    progress window, which stayed on top. The success now runs once it is hidden."""
    from desktop_app.services.context import Changes
    from desktop_app.ui.bus import AppBus
    from desktop_app.ui.operations import run_op

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[bool] = []

    def slow(_ctx):  # type: ignore[no-untyped-def]
        time.sleep(0.6)  # longer than the dialog's minimum duration: it shows
        return Changes()

    def success(_result) -> None:  # type: ignore[no-untyped-def]
        seen.extend(
            d.isVisible() for d in parent.findChildren(QProgressDialog) if d.labelText() == "Long"
        )
        seen.append(True)

    run_op(AppBus(clerk), slow, success=success, background=True, progress="Long", parent=parent)
    shown: list[bool] = []
    qtbot.wait(100)
    for dialog in parent.findChildren(QProgressDialog):
        dialog.show()  # as Qt does after its minimum duration on a real screen
        shown.append(dialog.isVisible())
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert shown == [True]  # the progress window was up while the job ran
    assert seen == [False, True]  # and hidden when the success ran

"""One way for a screen to run a service call (style.md, « One way to run an operation »;
Anki's ``CollectionOp`` / ``QueryOp``).

    run_op(
        self.bus,
        subscribers.save_subscriber,  # called as save_subscriber(ctx, command)
        command=self.command,  # read on the GUI thread; its FieldError is shown like the service's
        errors=self.errors,  # FormErrors: field messages under their fields, the rest above
        trigger=self.save_button,  # disabled while it runs; a second click does nothing
        success=self._on_saved,  # after the changes went out on the bus
        background=False,  # True: on the thread pool, for what may be long on a big portfolio
    )

The runner reads the form (``command``) on the GUI thread, calls the service (there, or on
the thread pool when ``background``: the call never touches a widget, and each service opens
its own session), then back on the GUI thread:

- a ``DomainError`` (refusal) goes to ``errors``: a ``FormErrors`` puts field and cell
  messages next to their widgets and the others (conflict, right missing, record gone) in
  its general label; a ``QLabel`` shows the message; with no ``errors`` the refusal goes to
  the unexpected-error hook, which shows it in a box;
- any other exception goes to ``sys.excepthook`` (the hook ``app.py`` installs: logged, told
  in French), never swallowed;
- on success ``run_op`` publishes the ``Changes`` the service returned on ``AppBus.changed``
  (exactly once; not at all when they are empty), then calls ``success(result)``;
  ``run_query`` and ``fetch`` read only.

The trigger (button or action) is disabled while the call runs and given back its state
after; a second run on a trigger still running is ignored (a double click, a second Entrée).
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.workers import BackgroundJob, show_progress

RUNNING_PROPERTY = "operation_running"

Trigger = QWidget | QAction
Source = AppBus | ServiceContext | None
"""Where the context comes from: the bus (which also carries the changes to every screen);
before the main window exists (sign-in, first run), a bare context; ``None`` for a read
that brings its own (a document's render closure), called with ``None``."""


class ErrorSink(Protocol):
    """Where a screen shows a refusal: ``FormErrors`` is one."""

    def clear(self) -> None: ...

    def show(self, error: DomainError) -> None: ...


class LabelErrors:
    """A refusal shown whole in one label (a list's message line, a dialog's only label)."""

    def __init__(self, label: QLabel) -> None:
        self.label = label

    def clear(self) -> None:
        self.label.clear()
        self.label.hide()

    def show(self, error: DomainError) -> None:
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setWordWrap(True)
        self.label.setText(error.message)
        self.label.show()


class CallErrors:
    """A refusal handed to a function (the status bar, a form's own display), and the
    function that clears it when the next run starts (if any)."""

    def __init__(
        self, show: Callable[[DomainError], object], clear: Callable[[], object] | None = None
    ) -> None:
        self._show, self._clear = show, clear

    def clear(self) -> None:
        if self._clear is not None:
            self._clear()

    def show(self, error: DomainError) -> None:
        self._show(error)


class HookErrors:
    """No place on the screen: the refusal goes to the unexpected-error hook's box."""

    def clear(self) -> None:
        pass

    def show(self, error: DomainError) -> None:
        sys.excepthook(type(error), error, error.__traceback__)


Errors = ErrorSink | QLabel | Callable[[DomainError], object] | None
"""What a caller may give as ``errors``: a sink (``FormErrors``), a label, a function."""


def as_sink(errors: Errors) -> ErrorSink:
    if errors is None:
        return HookErrors()
    if isinstance(errors, QLabel):
        return LabelErrors(errors)
    if hasattr(errors, "show") and hasattr(errors, "clear"):
        return errors
    return CallErrors(errors)


def changes_of(result: Any) -> Changes:
    """The ``Changes`` a service returned: the result itself, its ``.changes``, or the last
    item of a tuple (``(user_id, changes)``)."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    if isinstance(found, Changes):
        return found
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    raise TypeError(f"the service returned no Changes: {type(result).__name__}")


class State(enum.Enum):
    READY = "ready"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    REFUSED = "refused"  # a DomainError, shown to the clerk
    FAILED = "failed"  # an unexpected exception, sent to the hook
    IGNORED = "ignored"  # the trigger was still running


class Operation(QObject):
    """One run of a service call from a screen; ``finished`` is emitted when it is over
    (at once for a synchronous call)."""

    finished = Signal()

    def __init__(
        self,
        source: Source,
        call: Callable[..., Any],
        *,
        publishes: bool,
        command: Callable[[], Any] | None = None,
        success: Callable[[Any], object] | None = None,
        errors: Errors = None,
        trigger: Trigger | Sequence[Trigger] | None = None,
        background: bool = False,
        progress: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__()
        self._bus = source if isinstance(source, AppBus) else None
        self._ctx = source.ctx if isinstance(source, AppBus) else source
        self._call, self._command, self._success = call, command, success
        self._publishes = publishes
        self._sink = as_sink(errors)
        if trigger is None:
            self._triggers: list[Trigger] = []
        elif isinstance(trigger, QWidget | QAction):
            self._triggers = [trigger]
        else:
            self._triggers = list(trigger)
        self._enabled: list[bool] = []
        self._background, self._progress, self._parent = background, progress, parent
        self._job: BackgroundJob | None = None
        self.state = State.READY
        self.result: Any = None
        self.error: BaseException | None = None

    # -- what callers and tests read ------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.state is State.RUNNING

    @property
    def done(self) -> bool:
        return self.state not in (State.READY, State.RUNNING)

    @property
    def succeeded(self) -> bool:
        return self.state is State.SUCCEEDED

    # -- running ----------------------------------------------------------------------------
    def run(self) -> Operation:
        if any(_alive(t) and t.property(RUNNING_PROPERTY) for t in self._triggers):
            self.state = State.IGNORED
            self.finished.emit()
            return self
        self._sink.clear()
        args: tuple[Any, ...] = (self._ctx,)
        if self._command is not None:
            try:
                args = (self._ctx, self._command())
            except DomainError as refusal:  # the form could not even be read
                self._end(State.REFUSED, refusal)
                return self
        self.state = State.RUNNING
        self._hold_triggers()
        if not self._background:
            try:
                result = self._call(*args)
            except DomainError as refusal:
                self._end(State.REFUSED, refusal)
            except Exception as error:  # noqa: BLE001 - sent to the hook, not swallowed
                self._end(State.FAILED, error)
            else:
                self._end(State.SUCCEEDED, result=result)
            return self
        call = self._call
        self._job = BackgroundJob(lambda _progress, _cancelled: call(*args))
        self._job.succeeded.connect(lambda result: self._end(State.SUCCEEDED, result=result))
        self._job.failed.connect(self._on_job_failed)
        self._job.cancelled.connect(lambda: self._end(State.IGNORED))
        if self._progress:
            self._progress_dialog = show_progress(
                self._job, self._window(), self._progress, cancellable=False
            )
        _RUNNING.add(self)  # kept alive until the job reports back
        self._job.start()
        return self

    def _on_job_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._end(State.REFUSED, error)
        else:
            self._end(State.FAILED, error)

    def _end(self, state: State, error: BaseException | None = None, result: Any = None) -> None:
        _RUNNING.discard(self)
        # The progress window goes before what comes next: a question the success asks
        # (« Ouvrir l'avenant ? ») must not open under it.
        dialog = getattr(self, "_progress_dialog", None)
        if dialog is not None and _alive(dialog):
            dialog.hide()
        self._release_triggers()
        self.state, self.error, self.result = state, error, result
        try:
            # Published even when the screen that asked is gone: the data did change.
            if state is State.SUCCEEDED and self._publishes and self._bus is not None:
                changes = changes_of(result)
                if changes.tables or changes.ids:  # nothing changed: no screen to wake
                    self._bus.changed(changes)
            screen_alive = self._parent is None or _alive(self._parent)
            if state is State.REFUSED and screen_alive:
                assert isinstance(error, DomainError)
                self._sink.show(error)
            elif state is State.FAILED and error is not None:
                sys.excepthook(type(error), error, error.__traceback__)
            elif state is State.SUCCEEDED and self._success is not None and screen_alive:
                self._success(result)
        finally:
            self.finished.emit()

    # -- the trigger --------------------------------------------------------------------------
    def _hold_triggers(self) -> None:
        self._enabled = [t.isEnabled() for t in self._triggers]
        for trigger in self._triggers:
            trigger.setProperty(RUNNING_PROPERTY, True)
            trigger.setEnabled(False)

    def _release_triggers(self) -> None:
        for trigger, enabled in zip(self._triggers, self._enabled, strict=False):
            if _alive(trigger):
                trigger.setProperty(RUNNING_PROPERTY, False)
                trigger.setEnabled(enabled)
        self._enabled = []

    def _window(self) -> QWidget | None:
        if self._parent is not None:
            return self._parent
        widgets = [t for t in self._triggers if isinstance(t, QWidget)]
        return widgets[0].window() if widgets else None


_RUNNING: set[Operation] = set()


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def run_op(
    source: Source,
    call: Callable[..., Any],
    *,
    command: Callable[[], Any] | None = None,
    success: Callable[[Any], object] | None = None,
    errors: Errors = None,
    trigger: Trigger | Sequence[Trigger] | None = None,
    background: bool = False,
    progress: str = "",
    parent: QWidget | None = None,
) -> Operation:
    """Run a use case that changes data and publish what it changed (``CollectionOp``).

    ``call(ctx)``, or ``call(ctx, command())`` when ``command`` is given; ``progress`` is
    the title of a progress dialog for a background call; ``parent`` is the screen: when it
    is gone by the end, the changes are published but nothing is shown or called back."""
    return Operation(
        source,
        call,
        publishes=True,
        command=command,
        success=success,
        errors=errors,
        trigger=trigger,
        background=background,
        progress=progress,
        parent=parent,
    ).run()


def run_query(
    source: Source,
    call: Callable[..., Any],
    *,
    command: Callable[[], Any] | None = None,
    success: Callable[[Any], object] | None = None,
    errors: Errors = None,
    trigger: Trigger | Sequence[Trigger] | None = None,
    background: bool = False,
    progress: str = "",
    parent: QWidget | None = None,
) -> Operation:
    """Run a read (``QueryOp``): as ``run_op``, but nothing is published."""
    return Operation(
        source,
        call,
        publishes=False,
        command=command,
        success=success,
        errors=errors,
        trigger=trigger,
        background=background,
        progress=progress,
        parent=parent,
    ).run()


def fetch(source: Source, call: Callable[[Any], Any], errors: Errors, fallback: Any = None) -> Any:
    """A short read on the GUI thread: its result, or ``fallback`` once the refusal is
    shown in ``errors`` (a list the user may not read stays empty and says why)."""
    op = run_query(source, call, errors=errors)
    return op.result if op.succeeded else fallback

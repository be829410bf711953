"""PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` made from
Python; after enough emits the interpreter aborts (« bool_dealloc »). The program emits
on every keystroke of a date field and after every saved change, so a leaking PySide
would kill a clerk's session mid-day. pyproject.toml keeps PySide6 below 6.12; this test
fails if a leaking release comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    with_value = Signal(object)
    bare = Signal()


def test_emitting_signals_keeps_every_reference(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.with_value.connect(received.append)
    emitter.bare.connect(lambda: received.append(None))
    before = sys.getrefcount(True)
    for i in range(50):
        emitter.with_value.emit(i)
        emitter.bare.emit()
    assert len(received) == 100
    assert sys.getrefcount(True) - before >= -2  # a leaking PySide gives -100

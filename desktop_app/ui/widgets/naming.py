"""``named(widget, "name")``: give a Qt object its ``objectName`` where it is built.

Screens name their widgets so that tests (``findChild(QLabel, "claims_refused")``) and style
sheets (``QListWidget#navigation``) can find them. PySide6 accepts any Qt property as a
constructor keyword at run time (``QLabel(text, objectName="x")``), but its type stubs do
not declare ``objectName`` there, so mypy refuses such a call. This helper sets the name
right after construction and hands back the same object with its own type, so a screen
still builds and names a widget in one expression::

    self.save_button = named(QPushButton(self.tr("Enregistrer")), "save_button")
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_Q = TypeVar("_Q", bound=QObject)


def named(obj: _Q, name: str) -> _Q:
    """``obj`` itself, its ``objectName`` set to ``name``."""
    obj.setObjectName(name)
    return obj

"""The one application signal screens refresh from (architecture.md, rule 2; Anki's model).

A screen that ran a service emits ``data_changed`` with the ``Changes`` the service
returned; every screen listening refreshes what concerns it. Screens never call each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.services.context import Changes, ServiceContext


class AppBus(QObject):
    data_changed = Signal(object)  # Changes
    person_opened = Signal(int)  # person id chosen in the global search
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def changed(self, changes: Changes) -> None:
        self.data_changed.emit(changes)

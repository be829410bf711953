"""Tab « Suivi » (domain.md §14): the files whose next action is due beside the timeline of
the file chosen, where the clerk adds reminders and complaints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.due_actions_list import DueActionsList
from desktop_app.ui.claims.timeline_panel import TimelinePanel


class FollowUpPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = DueActionsList(bus)
        self.timeline = TimelinePanel(bus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.due)
        splitter.addWidget(self.timeline)
        splitter.setSizes([520, 760])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.due.claim_selected.connect(self.timeline.set_claim)

"""Tab « Réception / Dossiers reçus » (domain.md §10.1): the reception form beside the list
of files received, and under the list the timeline of the file chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import can
from desktop_app.ui.claims.received_list import ReceivedList
from desktop_app.ui.claims.reception_form import ReceptionForm
from desktop_app.ui.claims.timeline_panel import TimelinePanel


class ReceptionPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.form: ReceptionForm | None = None
        self.list = ReceivedList(bus)
        self.timeline = TimelinePanel(bus)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.list)
        right.addWidget(self.timeline)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reception_splitter")
        # Only a user who may record claims sees the form; everyone who may consult sees the list.
        if can(bus, Permission.EDIT_CLAIMS):
            self.form = ReceptionForm(bus)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.form)
            scroll.setMinimumWidth(430)
            splitter.addWidget(scroll)
            self.form.received.connect(self.list.select_claim)
        splitter.addWidget(right)
        splitter.setStretchFactor(splitter.count() - 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.list.claim_selected.connect(lambda cid: self.timeline.set_claim(cid if cid >= 0 else None))

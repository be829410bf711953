"""A policy's follow-up of §14 in its editor: its endorsement requests (the requests log
filtered to it) and its renewal calendar (checklists and the client's decision)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop_app.services.production import policies
from desktop_app.services.production import requests_log as log
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.renewal_panel import RenewalPanel
from desktop_app.ui.production.requests_page import RequestsPage


class FollowUpTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.requests = RequestsPage(bus)
        self.renewal = RenewalPanel(bus)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.requests)
        split.addWidget(self.renewal)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        if policy_id is None or view is None or not view.number:
            self.requests.set_policy(None)
            self.renewal.load(None)
            return
        self.requests.set_policy(log.PolicyRef(policy_id, view.number, view.subscriber_name))
        self.renewal.load(policy_id)

"""The Production area: lists of policies and subscribers, and the policy editor."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services.production import subscribers
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.pending_cards_page import PendingCardsPage
from desktop_app.ui.production.policies_page import PoliciesPage
from desktop_app.ui.production.policy_editor import PolicyEditor
from desktop_app.ui.production.renewal_calendar_page import RenewalCalendarPage
from desktop_app.ui.production.requests_page import RequestsPage
from desktop_app.ui.production.subscribers_page import SubscribersPage
from desktop_app.ui.widgets.naming import named


class ProductionArea(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policies = PoliciesPage(bus)
        self.subscribers = SubscribersPage(bus)
        self.requests = RequestsPage(bus)
        self.calendar = RenewalCalendarPage(bus)
        self.lists = named(QTabWidget(), "production_tabs")
        self.lists.addTab(self.policies, self.tr("Polices"))
        self.lists.addTab(self.subscribers, self.tr("Souscripteurs"))
        self.pending_cards = PendingCardsPage(bus)
        self.lists.addTab(self.pending_cards, self.tr("Cartes en attente"))
        self.lists.addTab(self.requests, self.tr("Suivi des demandes"))
        self.lists.addTab(self.calendar, self.tr("Calendrier des renouvellements"))
        self.editor = PolicyEditor(bus)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lists)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.policies.open_requested.connect(self.open_policy)
        self.pending_cards.open_requested.connect(self.open_cards)
        self.policies.new_requested.connect(lambda: self.lists.setCurrentWidget(self.subscribers))
        self.subscribers.new_policy_requested.connect(self.new_policy)
        self.editor.closed.connect(lambda: self.stack.setCurrentWidget(self.lists))

    def open_policy(self, policy_id: int) -> None:
        self.editor.open_policy(policy_id)
        self.stack.setCurrentWidget(self.editor)

    def open_cards(self, policy_id: int) -> None:
        self.open_policy(policy_id)
        self.editor.tabs.setCurrentWidget(self.editor.cards)

    def new_policy(self, subscriber_id: int) -> None:
        name = subscribers.get_subscriber(self.bus.ctx, subscriber_id).name
        self.editor.new_policy(subscriber_id, name)
        self.stack.setCurrentWidget(self.editor)

"""The Production area: lists of policies and subscribers, and the policy editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

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
        self.lists = named(QTabWidget(), "production_tabs")
        self.lists.addTab(self.policies, self.tr("Polices"))
        # The other lists are built, and read their first page, when first shown (or asked
        # for by code): the start does not wait for lists nobody opened (issue 13).
        self._built: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {
            "subscribers": self._build_subscribers,
            "pending_cards": self._build_pending_cards,
            "requests": lambda: RequestsPage(bus),
            "calendar": lambda: RenewalCalendarPage(bus),
        }
        self._order = list(self._factories)
        for label in (
            self.tr("Souscripteurs"),
            self.tr("Cartes en attente"),
            self.tr("Suivi des demandes"),
            self.tr("Calendrier des renouvellements"),
        ):
            self.lists.addTab(QWidget(), label)
        self.lists.currentChanged.connect(self._on_list_shown)
        self.editor = PolicyEditor(bus)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lists)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.policies.open_requested.connect(self.open_policy)
        self.policies.new_requested.connect(lambda: self.lists.setCurrentWidget(self.subscribers))
        self.editor.closed.connect(lambda: self.stack.setCurrentWidget(self.lists))

    # -- the lists built when first shown ---------------------------------------------
    def _page(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._factories[key]()
            index = 1 + self._order.index(key)
            current = self.lists.currentIndex()
            label = self.lists.tabText(index)
            self.lists.blockSignals(True)
            placeholder = self.lists.widget(index)
            self.lists.removeTab(index)
            self.lists.insertTab(index, page, label)
            self.lists.setCurrentIndex(current)
            self.lists.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return page

    def _on_list_shown(self, index: int) -> None:
        if index >= 1:
            self._page(self._order[index - 1])

    def _build_subscribers(self) -> SubscribersPage:
        page = SubscribersPage(self.bus)
        page.new_policy_requested.connect(self.new_policy)
        return page

    def _build_pending_cards(self) -> PendingCardsPage:
        page = PendingCardsPage(self.bus)
        page.open_requested.connect(self.open_cards)
        return page

    @property
    def subscribers(self) -> SubscribersPage:
        return cast(SubscribersPage, self._page("subscribers"))

    @property
    def pending_cards(self) -> PendingCardsPage:
        return cast(PendingCardsPage, self._page("pending_cards"))

    @property
    def requests(self) -> RequestsPage:
        return cast(RequestsPage, self._page("requests"))

    @property
    def calendar(self) -> RenewalCalendarPage:
        return cast(RenewalCalendarPage, self._page("calendar"))

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

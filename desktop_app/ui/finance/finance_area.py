"""The Encaissements area (domain.md §11, issue 9): record a payment, the payments
received, the cash desk, the arrears and their recovery letters."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import can, notice
from desktop_app.ui.finance.arrears_page import ArrearsPage
from desktop_app.ui.finance.cash_desk_page import CashDeskPage
from desktop_app.ui.finance.payment_form import PaymentForm
from desktop_app.ui.finance.payments_page import PaymentsPage
from desktop_app.ui.widgets.naming import named


class FinanceArea(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not can(bus, Permission.VIEW_FINANCE):
            layout.addWidget(
                notice(
                    self.tr("Vos droits ne permettent pas de consulter les encaissements."),
                    "finance_refused",
                )
            )
            layout.addStretch(1)
            return
        self.tabs = named(QTabWidget(), "finance_tabs")
        self.payment = PaymentForm(bus)
        self.payments = PaymentsPage(bus)
        self.cash_desk = CashDeskPage(bus)
        self.arrears = ArrearsPage(bus)
        self.tabs.addTab(self.payment, self.tr("Encaisser"))
        self.tabs.addTab(self.payments, self.tr("Encaissements reçus"))
        self.tabs.addTab(self.cash_desk, self.tr("Caisse"))
        self.tabs.addTab(self.arrears, self.tr("Impayés et relances"))
        layout.addWidget(self.tabs)

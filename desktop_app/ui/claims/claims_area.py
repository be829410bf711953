"""The Sinistres area (domain.md §10, issue 4): the four steps as the clerks know them —
Réception, Décompte, Ordonnancement, Règlement — each a form beside its list, then the
prior-approval register and the follow-up of files whose next action is due."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.approvals_page import ApprovalsPage
from desktop_app.ui.claims.assessment_list import AssessmentList
from desktop_app.ui.claims.assessment_page import AssessmentPage
from desktop_app.ui.claims.common import can, notice
from desktop_app.ui.claims.follow_up_page import FollowUpPage
from desktop_app.ui.claims.ordering_page import OrderingPage
from desktop_app.ui.claims.payment_page import PaymentPage
from desktop_app.ui.claims.reception_page import ReceptionPage
from desktop_app.ui.widgets.naming import named


class ClaimsArea(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not can(bus, Permission.VIEW_CLAIMS):
            # The main window does not offer the area then; a screen opened anyway says why.
            layout.addWidget(
                notice(
                    self.tr("Vos droits ne permettent pas de consulter les sinistres."),
                    "claims_refused",
                )
            )
            layout.addStretch(1)
            return
        self.reception = ReceptionPage(bus)
        self.assessment = AssessmentPage(bus)
        self.assessment_list = AssessmentList(bus)
        self.decompte = named(QTabWidget(), "assessment_tabs")
        self.decompte.addTab(self.assessment, self.tr("Saisie décompte"))
        self.decompte.addTab(self.assessment_list, self.tr("Liste décompte"))
        self.ordering = OrderingPage(bus)
        self.payment = PaymentPage(bus)
        self.approvals = ApprovalsPage(bus)
        self.follow_up = FollowUpPage(bus)
        self.tabs = named(QTabWidget(), "claims_tabs")
        self.tabs.addTab(self.reception, self.tr("Réception / Dossiers reçus"))
        self.tabs.addTab(self.decompte, self.tr("Décompte"))
        self.tabs.addTab(self.ordering, self.tr("Ordonnancement"))
        self.tabs.addTab(self.payment, self.tr("Règlement"))
        self.tabs.addTab(self.approvals, self.tr("Ententes préalables"))
        self.tabs.addTab(self.follow_up, self.tr("Suivi et relances"))
        layout.addWidget(self.tabs)

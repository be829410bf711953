"""The administration area (issue 2, parts 5 and 6): users, the company, the audit journal.

Each tab appears only when the signed-in user's roles allow what it does; the services
refuse anyway (roles.py), the screen only spares the clerk a refusal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.ui.admin.audit_page import AuditPage
from desktop_app.ui.admin.company_form import CompanyForm
from desktop_app.ui.admin.reference_area import ReferenceArea
from desktop_app.ui.admin.users_page import UsersPage
from desktop_app.ui.bus import AppBus


class AdminArea(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        actor = bus.ctx.actor
        allowed = actor.permissions if actor is not None else frozenset()
        self.tabs = QTabWidget()
        self.users_page: UsersPage | None = None
        self.company_form: CompanyForm | None = None
        self.audit_page: AuditPage | None = None
        self.reference_area: ReferenceArea | None = None
        if Permission.MANAGE_USERS in allowed:
            self.users_page = UsersPage(bus)
            self.tabs.addTab(self.users_page, self.tr("Utilisateurs"))
        if Permission.MANAGE_SETTINGS in allowed:
            self.company_form = CompanyForm(bus)
            self.tabs.addTab(self.company_form, self.tr("Compagnie"))
        if Permission.MANAGE_REFERENCE_DATA in allowed:
            self.reference_area = ReferenceArea(bus)
            self.tabs.addTab(self.reference_area, self.tr("Référentiels"))
        if Permission.VIEW_AUDIT in allowed:
            self.audit_page = AuditPage(bus)
            self.tabs.addTab(self.audit_page, self.tr("Journal d'audit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.tabs.count():
            layout.addWidget(self.tabs)
        else:
            self.tabs.hide()
            notice = QLabel(self.tr("Vos droits ne donnent accès à aucun écran d'administration."))
            notice.setWordWrap(True)
            layout.addWidget(notice)

    def show_tab(self, page: QWidget | None) -> None:
        """Bring ``page`` (one of this area's pages) to the front."""
        if page is not None and self.tabs.indexOf(page) >= 0:
            self.tabs.setCurrentWidget(page)

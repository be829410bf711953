"""The areas of work the main window navigates between, declared once.

Each area names the permissions that open it (any one is enough) and a factory that
builds its page on the first visit. An area whose package is not written yet shows the
placeholder page; a new area only has to provide the class named here, taking the bus.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from desktop_app.domain.roles import Permission
from desktop_app.paths import resource
from desktop_app.services.context import Actor
from desktop_app.ui.bus import AppBus
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.placeholder_page import PlaceholderPage

CONTEXT = "Areas"
AreaFactory = Callable[[AppBus], QWidget]


@dataclass(frozen=True)
class Area:
    key: str
    label: str  # French source text, translated in context "Areas"
    icon_file: str  # in resources/icons
    permissions: frozenset[Permission]
    factory: AreaFactory

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def icon(self) -> QIcon:
        return QIcon(str(resource("icons", self.icon_file)))

    def allowed(self, actor: Actor | None) -> bool:
        return actor is not None and bool(self.permissions & actor.permissions)

    def build(self, bus: AppBus) -> QWidget:
        return self.factory(bus)


def _module_missing(error: ModuleNotFoundError, module: str) -> bool:
    """True when ``module`` itself (or its package) is absent, not something it imports."""
    return error.name is not None and (module == error.name or module.startswith(error.name + "."))


def lazy_area(module: str, class_name: str, label: str) -> AreaFactory:
    """A factory importing ``module.class_name`` on first use; the placeholder if absent."""

    def build(bus: AppBus) -> QWidget:
        try:
            page_class = getattr(importlib.import_module(module), class_name)
        except ModuleNotFoundError as error:
            if not _module_missing(error, module):
                raise
            return PlaceholderPage(QCoreApplication.translate(CONTEXT, label))
        page: QWidget = page_class(bus)
        return page

    return build


def _area(
    key: str, label: str, icon: str, permissions: set[Permission], module: str, class_name: str
) -> Area:
    return Area(key, label, icon, frozenset(permissions), lazy_area(module, class_name, label))


P = Permission
AREAS: tuple[Area, ...] = (
    _area(
        "production",
        QT_TRANSLATE_NOOP("Areas", "Production"),
        "production.svg",
        {P.VIEW_PORTFOLIO},
        "desktop_app.ui.production.production_area",
        "ProductionArea",
    ),
    _area(
        "claims",
        QT_TRANSLATE_NOOP("Areas", "Sinistres"),
        "claims.svg",
        {P.VIEW_CLAIMS},
        "desktop_app.ui.claims.claims_area",
        "ClaimsArea",
    ),
    _area(
        "finance",
        QT_TRANSLATE_NOOP("Areas", "Encaissements"),
        "finance.svg",
        {P.VIEW_FINANCE, P.EDIT_FINANCE},
        "desktop_app.ui.finance.finance_area",
        "FinanceArea",
    ),
    _area(
        "statistics",
        QT_TRANSLATE_NOOP("Areas", "États et statistiques"),
        "statistics.svg",
        {P.VIEW_STATISTICS, P.EXPORT_STATEMENTS},
        "desktop_app.ui.statistics.statistics_area",
        "StatisticsArea",
    ),
    _area(
        "admin",
        QT_TRANSLATE_NOOP("Areas", "Administration"),
        "admin.svg",
        {P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_REFERENCE_DATA, P.VIEW_AUDIT},
        "desktop_app.ui.admin.admin_area",
        "AdminArea",
    ),
)


def area(key: str) -> Area:
    for item in AREAS:
        if item.key == key:
            return item
    raise KeyError(key)

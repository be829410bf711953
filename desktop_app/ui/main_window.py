"""The main window: a shell of navigation, menus, global search and status bar.

The areas of work are declared in ``ui/areas.py`` and built on their first visit; the
menu actions are declared once in ``ACTIONS`` below. Nothing else lives here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.roles import ROLE_LABELS, Role
from desktop_app.paths import resource
from desktop_app.ui.about_dialog import AboutDialog
from desktop_app.ui.areas import AREAS, Area
from desktop_app.ui.bus import AppBus
from desktop_app.ui.change_password_dialog import ChangePasswordDialog
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.search.search_box import SearchBox
from desktop_app.ui.widgets.placeholder_page import PlaceholderPage

log = logging.getLogger(__name__)
CONTEXT = "MainWindow"
AREA_KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ActionSpec:
    """One menu or keyboard action: where it goes, its French text, the slot it calls."""

    key: str
    menu: str  # a key of MENUS, or "" for a window-wide shortcut only
    text: str
    slot: str
    shortcut: str | QKeySequence.StandardKey | None = None


MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&Fichier")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Aide")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "search",
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Rechercher une personne"),
        "focus_search",
        QKeySequence.StandardKey.Find,
    ),
    ActionSpec(
        "change_password",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Changer de mot de passe…"),
        "_on_change_password_triggered",
    ),
    ActionSpec(
        "logout", "file", QT_TRANSLATE_NOOP("MainWindow", "Se déconnecter"), "_on_logout_triggered"
    ),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("MainWindow", "Quitter"), "close", "Ctrl+Q"),
    ActionSpec(
        "about", "help", QT_TRANSLATE_NOOP("MainWindow", "À propos…"), "_on_about_triggered"
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MainWindow(QMainWindow):
    logout_requested = Signal()

    def __init__(
        self, bus: AppBus, db_description: str, log_file: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.db_description = db_description
        self.log_file = log_file
        self.logged_out = False
        self.actions_by_key: dict[str, QAction] = {}
        self._pages: dict[str, QWidget] = {}
        self._dialog: QWidget | None = None
        actor = bus.ctx.actor
        self.setWindowTitle(f"{APP_NAME} — {actor.code}" if actor else APP_NAME)
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.resize(1200, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(28, 28))
        self.navigation.setSpacing(2)
        self.navigation.setMinimumWidth(190)
        self.navigation.setMaximumWidth(260)
        splitter_sizes = (210, 1156)  # a narrow navigation column; the clerk may widen it
        self.navigation.setStyleSheet("QListWidget#navigation { font-size: 11pt; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes(list(splitter_sizes))
        self.setCentralWidget(splitter)

        self.search_box = SearchBox(bus)
        self._build_toolbar()
        self._build_actions()
        self._build_status_bar()
        self._fill_navigation()
        self.navigation.currentItemChanged.connect(self._on_navigation_current_item_changed)
        bus.status_message.connect(self._on_bus_status_message)
        first = self.visible_area_keys()
        if first:
            self.show_area(first[0])
        else:
            self.stack.addWidget(
                PlaceholderPage(
                    self.tr("Aucune zone de travail"),
                    self.tr(
                        "Vos rôles ne donnent accès à aucune zone : adressez-vous à l'administrateur."
                    ),
                )
            )

    # -- building
    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Recherche"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)
        self.search_box.setEnabled(self.bus.ctx.actor is not None)

    def _build_actions(self) -> None:
        menus = {key: self.menuBar().addMenu(_tr(title)) for key, title in MENUS}
        for spec in ACTIONS:
            action = QAction(_tr(spec.text), self)
            action.setObjectName(f"action_{spec.key}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(getattr(self, spec.slot))
            self.addAction(action)  # shortcuts work from every widget of the window
            if spec.menu:
                menus[spec.menu].addAction(action)
            self.actions_by_key[spec.key] = action

    def _build_status_bar(self) -> None:
        actor = self.bus.ctx.actor
        if actor is None:
            who = self.tr("Non connecté")
        else:
            roles = ", ".join(ROLE_LABELS[r] for r in Role if r in actor.roles)
            who = (
                self.tr("Connecté : %1 — %2 (%3)")
                .replace("%1", actor.code)
                .replace("%2", actor.full_name)
                .replace("%3", roles)
            )
        self.user_label = QLabel(who)
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(self.db_description)
        self.db_label.setObjectName("status_database")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def _fill_navigation(self) -> None:
        actor = self.bus.ctx.actor
        for area in AREAS:
            item = QListWidgetItem(area.icon(), area.title)
            item.setData(AREA_KEY_ROLE, area.key)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
            # Services refuse anyway; the screen only hides what they would refuse.
            item.setHidden(not area.allowed(actor))

    # -- areas
    def visible_area_keys(self) -> list[str]:
        return [a.key for a in AREAS if not self._item(a.key).isHidden()]

    def _item(self, key: str) -> QListWidgetItem:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(AREA_KEY_ROLE) == key:
                return item
        raise KeyError(key)

    def page(self, key: str) -> QWidget | None:
        """The area's page if it was built (tests, and areas that talk to the shell)."""
        return self._pages.get(key)

    def current_area_key(self) -> str | None:
        item = self.navigation.currentItem()
        return None if item is None else str(item.data(AREA_KEY_ROLE))

    def show_area(self, key: str) -> QWidget:
        """Show an area the user may open, building its page on the first visit."""
        area = next(a for a in AREAS if a.key == key)
        item = self._item(key)
        if item.isHidden():
            raise PermissionError(key)
        if key not in self._pages:
            self._pages[key] = self._build_page(area)
            self.stack.addWidget(self._pages[key])
        self.stack.setCurrentWidget(self._pages[key])
        if self.navigation.currentItem() is not item:
            self.navigation.setCurrentItem(item)
        return self._pages[key]

    def _build_page(self, area: Area) -> QWidget:
        try:
            return area.build(self.bus)
        except Exception:  # a broken area must not take the shell down with it
            log.exception("la zone %s n'a pas pu être construite", area.key)
            return PlaceholderPage(
                area.title,
                self.tr(
                    "Cette zone n'a pas pu s'ouvrir à cause d'une erreur inattendue. "
                    "Le détail est dans le journal du programme."
                ),
            )

    def _on_navigation_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.show_area(current.data(AREA_KEY_ROLE))

    # -- actions
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_change_password_triggered(self) -> None:
        self._open_dialog(ChangePasswordDialog(self.bus.ctx, parent=self))

    def _on_about_triggered(self) -> None:
        self._open_dialog(AboutDialog(self.db_description, self.log_file, self))

    def _on_logout_triggered(self) -> None:
        self.logged_out = True
        self.logout_requested.emit()
        self.close()

    def _open_dialog(self, dialog: QWidget) -> None:
        """Window-modal without a nested event loop (``open()``, not ``exec()``)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _on_bus_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.search_box.hide_results()
        super().closeEvent(event)

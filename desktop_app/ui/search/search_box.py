"""The global search box of the toolbar (domain.md §3): type two characters or more, the
persons found appear under the box; arrows pick one, Entrée opens their summary."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.paths import resource
from desktop_app.services.search import search_persons
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import fetch
from desktop_app.ui.search.person_summary_dialog import PersonSummaryDialog, open_person_summary
from desktop_app.ui.search.results_popup import SearchResultsPopup

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
MIN_CHARS = 2


class SearchBox(QLineEdit):
    searched = Signal(int)  # number of persons found, after each search
    person_chosen = Signal(int)

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.summary_dialog: PersonSummaryDialog | None = None
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Rechercher une personne : matricule, nom, police, souscripteur… (Ctrl+F)")
        )
        self.addAction(
            QIcon(str(resource("icons", "search.svg"))), QLineEdit.ActionPosition.LeadingPosition
        )
        self.setMinimumWidth(360)
        self.popup = SearchResultsPopup(self)
        self.popup.hide()
        self.popup.person_chosen.connect(self._on_popup_person_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textChanged.connect(self._on_text_changed)
        self._watched: QWidget | None = None

    def search_now(self) -> None:
        """Run the search for the text typed (also called by the debounce timer)."""
        self._timer.stop()
        text = self.text().strip()
        if len(text) < MIN_CHARS:
            self.popup.hide()
            return
        hits = fetch(self._bus, lambda ctx: search_persons(ctx, text), self._on_search_refused)
        if hits is None:
            return
        self.popup.set_hits(text, hits)
        if self.isVisible():
            self.popup.show_under(self)
        self.searched.emit(len(hits))

    def _on_search_refused(self, error: DomainError) -> None:
        self._bus.status_message.emit(error.message)
        self.popup.hide()

    def hide_results(self) -> None:
        self.popup.hide()

    # -- keyboard: the popup never has the focus, the box drives it
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.popup.isVisible():
                self.search_now()
            if self.popup.isVisible() and self.popup.count():
                self.popup.choose_current()
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if not self.popup.underMouse():
            self.popup.hide()
        super().focusOutEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # The list lives over the pages of the window holding the box (once in a toolbar).
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self.popup.setParent(window)
            self.popup.hide()
            window.installEventFilter(self)
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The filter sits on the main window, which can outlive this box's Python side (a
        # window rebuilt after a language change): no popup then, nothing to hide.
        popup = getattr(self, "popup", None)
        if popup is not None and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.WindowDeactivate,
            QEvent.Type.Hide,
        ):
            popup.hide()
        return False

    def _on_text_changed(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARS:
            self._timer.stop()
            self.popup.hide()
        else:
            self._timer.start()

    def _on_popup_person_chosen(self, person_id: int) -> None:
        self.person_chosen.emit(person_id)
        self.summary_dialog = open_person_summary(self._bus, person_id, self.window())

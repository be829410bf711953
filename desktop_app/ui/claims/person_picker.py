"""Finds the person treated by matricule, name or policy (domain.md §10.1): type, the
persons found appear under the box (the global search's service, at most 50), Entrée or a
click picks one; the chosen person is shown under the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.services.search import PersonHit, search_persons
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.naming import named

DEBOUNCE_MS = 250
MIN_CHARS = 2
HIT_ROLE = Qt.ItemDataRole.UserRole


def describe(hit: PersonHit) -> str:
    policy = hit.policy_number or QCoreApplication.translate("Claims", "police en préparation")
    return (
        QCoreApplication.translate("Claims", "%1 — %2 — police %3 (%4)")
        .replace("%1", hit.matricule)
        .replace("%2", hit.full_name)
        .replace("%3", policy)
        .replace("%4", hit.subscriber_name)
    )


class _SearchEdit(QLineEdit):
    """The box keeps the focus; arrows and Entrée drive the list under it."""

    def __init__(self, picker: PersonPicker) -> None:
        super().__init__()
        self.setObjectName("person_search")
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        results = self._picker.results
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.isVisible():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._picker.pending() or not results.isVisible():
                self._picker.search_now()
            if results.isVisible() and results.count():
                self._picker.choose_row(max(0, results.currentRow()))
            return
        super().keyPressEvent(event)


class PersonPicker(QWidget):
    person_chosen = Signal(int)  # person id; -1 when the choice is cleared

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.hit: PersonHit | None = None
        self.search = _SearchEdit(self)
        self.search.setPlaceholderText(self.tr("Matricule, nom ou n° de police…"))
        self.search.setClearButtonEnabled(True)
        self.results = named(QListWidget(), "person_results")
        self.results.setMaximumHeight(110)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.hide()
        self.chosen = named(QLabel(self.tr("Aucune personne choisie")), "person_chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(self._on_search_edited)
        self.results.itemClicked.connect(lambda item: self.choose_row(self.results.row(item)))

    # -- what forms read ----------------------------------------------------------------
    def person_id(self) -> int | None:
        return self.hit.person_id if self.hit else None

    def pending(self) -> bool:
        return self._timer.isActive()

    def clear(self) -> None:
        self._timer.stop()
        self.hit = None
        self.search.clear()
        self.results.clear()
        self.results.hide()
        self.chosen.setText(self.tr("Aucune personne choisie"))
        self.chosen.setStyleSheet("color: #555;")

    # -- searching ----------------------------------------------------------------------
    def search_now(self) -> int:
        """Search the text typed; returns how many persons were found."""
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if len(text) < MIN_CHARS:
            self.results.hide()
            return 0
        hits = fetch(
            self.bus, lambda ctx: search_persons(ctx, text), self._on_search_refused, fallback=None
        )
        if hits is None:
            return 0
        for hit in hits:
            item = QListWidgetItem(describe(hit))
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        if not hits:
            self.chosen.setText(
                self.tr("Aucune personne ne correspond à « %1 ».").replace("%1", text)
            )
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentRow(0)
        return len(hits)

    def _on_search_refused(self, error: DomainError) -> None:
        self.chosen.setText(error.message)
        self.results.hide()

    def choose_row(self, row: int) -> None:
        item = self.results.item(row)
        if item is None:
            return
        self.hit = item.data(HIT_ROLE)
        self.results.hide()
        assert self.hit is not None
        self.chosen.setText(describe(self.hit))
        self.chosen.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.person_chosen.emit(self.hit.person_id)

    def _on_search_edited(self, text: str) -> None:
        if self.hit is not None:
            self.hit = None
            self.chosen.setText(self.tr("Aucune personne choisie"))
            self.chosen.setStyleSheet("color: #555;")
            self.person_chosen.emit(-1)
        if len(text.strip()) < MIN_CHARS:
            self._timer.stop()
            self.results.hide()
        else:
            self._timer.start()

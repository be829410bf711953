"""The list of persons found by the global search, shown under the search box.

An overlay inside the main window (not a window of its own: no window manager, no focus
to steal), which never takes the keyboard focus, so the clerk keeps typing in the box
while the arrows move the selection here (the box forwards them).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.search import SEARCH_LIMIT, PersonHit
from desktop_app.ui.i18n import show_date

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole


class SearchResultsPopup(QFrame):
    person_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree = QTreeWidget()
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Matricule"),
                self.tr("Nom et prénoms"),
                self.tr("Né(e) le"),
                self.tr("Police"),
                self.tr("Souscripteur"),
                self.tr("État"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("search_status")
        self.status_label.setStyleSheet("color: #555; padding: 2px 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.tree)
        layout.addWidget(self.status_label)

    def set_hits(self, text: str, hits: list[PersonHit]) -> None:
        self.tree.clear()
        for hit in hits:
            item = QTreeWidgetItem(
                [
                    hit.matricule,
                    hit.full_name,
                    show_date(hit.birth_date),
                    hit.policy_number or self.tr("en préparation"),
                    hit.subscriber_name,
                    hit.cover_state.label,
                ]
            )
            item.setData(0, PERSON_ID_ROLE, hit.person_id)
            item.setToolTip(1, hit.relationship.label)
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        if not hits:
            status = self.tr("Aucune personne ne correspond à « %1 ».").replace("%1", text)
        elif len(hits) >= SEARCH_LIMIT:
            status = self.tr("Les %1 premières personnes : précisez la recherche.").replace(
                "%1", str(len(hits))
            )
        elif len(hits) == 1:
            status = self.tr("1 personne trouvée — Entrée pour ouvrir sa fiche.")
        else:
            status = self.tr(
                "%1 personnes trouvées — Entrée ou double-clic pour ouvrir une fiche."
            ).replace("%1", str(len(hits)))
        self.status_label.setText(status)

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def current_person_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, PERSON_ID_ROLE))

    def move_selection(self, step: int) -> None:
        count = self.count()
        if not count:
            return
        item = self.tree.currentItem()
        current = -1 if item is None else self.tree.indexOfTopLevelItem(item)
        target = self.tree.topLevelItem(max(0, min(count - 1, current + step)))
        if target is not None:
            self.tree.setCurrentItem(target)

    def choose_current(self) -> bool:
        person_id = self.current_person_id()
        if person_id is None:
            return False
        self.hide()
        self.person_chosen.emit(person_id)
        return True

    def show_under(self, anchor: QWidget) -> None:
        """Show below ``anchor`` inside the window we live in, as wide as the columns need."""
        host = self.parentWidget()
        if host is None:
            return
        below = anchor.mapTo(host, QPoint(0, anchor.height() + 2))
        rows = max(1, min(self.count(), 12))
        row_height = (
            self.tree.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        )
        height = (
            self.tree.header().sizeHint().height()
            + rows * row_height
            + self.status_label.sizeHint().height()
            + 10
        )
        height = max(80, min(height, host.height() - below.y() - 4))
        width = min(max(anchor.width(), 820), host.width() - 8)
        x = max(4, min(below.x() + anchor.width() - width, host.width() - width - 4))
        self.setGeometry(x, below.y(), width, height)
        self.show()
        self.raise_()  # above the pages: a sibling, not a window

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.setCurrentItem(item)
        self.choose_current()

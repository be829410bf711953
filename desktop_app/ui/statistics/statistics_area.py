"""The « États et statistiques » area: the accounting statements (bordereaux, domain.md §12)
today; the statistics of §13 will be further tabs of the same widget."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.bus import AppBus
from desktop_app.ui.statistics.statements_page import StatementsPage


class StatisticsArea(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.statements_page = StatementsPage(bus)
        self.tabs.addTab(self.statements_page, self.tr("Bordereaux"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, page: QWidget | None) -> None:
        """Bring ``page`` (one of this area's pages) to the front."""
        if page is not None and self.tabs.indexOf(page) >= 0:
            self.tabs.setCurrentWidget(page)

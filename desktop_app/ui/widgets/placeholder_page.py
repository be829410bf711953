"""The honest page shown for an area of work that is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder_page")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("placeholder_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.message_label = QLabel(
            message
            or self.tr(
                "Cette zone arrive avec la prochaine version.\n"
                "La recherche d'une personne assurée (Ctrl+F) fonctionne déjà depuis tous les écrans."
            )
        )
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #555;")
        for label in (self.title_label, self.message_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.message_label)
        layout.addStretch(2)

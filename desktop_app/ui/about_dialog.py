"""« À propos »: the program, its version, the database in use and where the log is."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.paths import resource


class AboutDialog(QDialog):
    def __init__(
        self, db_description: str, log_file: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de %1").replace("%1", APP_NAME))
        logo = QLabel()
        logo.setPixmap(QIcon(str(resource("icons", "app.svg"))).pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        lines = [
            f"<h2>{APP_NAME}</h2>",
            self.tr("Version %1").replace("%1", __version__),
            "<br>"
            + self.tr(
                "Gestion d'un portefeuille d'assurance maladie : production, "
                "sinistres, encaissements, états et statistiques."
            ),
            "<br>" + self.tr("Base de données : %1").replace("%1", html.escape(db_description)),
        ]
        if log_file:
            lines.append("<br>" + self.tr("Journal : %1").replace("%1", html.escape(log_file)))
        self.text_label = QLabel("<br>".join(lines))
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

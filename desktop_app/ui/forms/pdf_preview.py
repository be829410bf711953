"""Shows a PDF produced by the documents layer inside the program (QtPdf), then prints it
through the system's print dialog or saves it to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.naming import named


class PdfPreviewDialog(QDialog):
    def __init__(
        self, title: str, pdf: bytes, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            min(900, int(screen.width() * 0.9)) if screen else 900,
            min(1000, int(screen.height() * 0.9)) if screen else 700,
        )
        self.pdf = pdf
        self.suggested_name = suggested_name
        # The buffer and the printer must outlive the calls that use them (platform-notes.md).
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.printer: QPrinter | None = None
        self.view = named(QPdfView(self), "pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = named(
            QLabel(self.tr("{0} page(s)").format(self.document.pageCount())), "pdf_pages"
        )
        self.print_button = named(QPushButton(self.tr("Imprimer…")), "print")
        self.save_button = named(QPushButton(self.tr("Enregistrer en PDF…")), "save_pdf")
        close = QPushButton(self.tr("Fermer"))
        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.accept)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_to(self, path: Path) -> None:
        path.write_bytes(self.pdf)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
                image = self.document.render(page, size)
                target = painter.viewport().size()
                scaled = size.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        finally:
            painter.end()

    def _on_print_clicked(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le document"), self.suggested_name, self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_to(Path(name))


def open_preview(
    parent: QWidget,
    title: str,
    render: Callable[[], bytes],
    suggested_name: str,
    on_error: Callable[[str], None],
) -> PdfPreviewDialog | None:
    """Render a document and show it; a refusal from the service goes to ``on_error``."""
    pdf = fetch(None, lambda _ctx: render(), lambda error: on_error(error.message))
    if pdf is None:
        return None
    dialog = PdfPreviewDialog(title, pdf, suggested_name, parent)
    dialog.show()
    return dialog

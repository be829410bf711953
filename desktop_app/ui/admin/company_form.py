"""The company's settings (domain.md §1): raison sociale, address, contacts, numéro
d'agrément, compte contribuable and the logo printed on every document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.services.administration import company
from desktop_app.services.administration.company import MAX_LOGO_BYTES, CompanySettings
from desktop_app.services.context import Changes
from desktop_app.ui.admin.form_rows import with_error
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import MultiLineField
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors

LOGO_SIZE = 160
IMAGE_FILTER = QT_TRANSLATE_NOOP("CompanyForm", "Images (*.png *.jpg *.jpeg *.bmp *.gif)")


class CompanyForm(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._logo: bytes | None = None

        self.general_label = QLabel()
        self.errors = FormErrors(self.general_label)
        self.name_edit = QLineEdit()
        self.address_edit = MultiLineField()
        self.address_edit.setFixedHeight(64)
        self.city_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("ex. : +225 27 20 00 00 00"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("ex. : contact@assureur.ci"))
        self.licence_edit = QLineEdit()
        self.tax_id_edit = QLineEdit()

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #999; color: #777;")
        self.choose_logo_button = QPushButton(self.tr("Choisir un logo…"))
        self.remove_logo_button = QPushButton(self.tr("Retirer le logo"))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addLayout(logo_buttons)
        logo_layout.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Raison sociale :"), with_error(self.errors, "name", self.name_edit))
        form.addRow(self.tr("Adresse :"), with_error(self.errors, "address", self.address_edit))
        form.addRow(self.tr("Ville :"), with_error(self.errors, "city", self.city_edit))
        form.addRow(self.tr("Téléphone :"), with_error(self.errors, "phone", self.phone_edit))
        form.addRow(self.tr("E-mail :"), with_error(self.errors, "email", self.email_edit))
        form.addRow(
            self.tr("Numéro d'agrément :"),
            with_error(self.errors, "licence_number", self.licence_edit),
        )
        form.addRow(
            self.tr("Compte contribuable :"), with_error(self.errors, "tax_id", self.tax_id_edit)
        )
        form.addRow(self.tr("Logo :"), with_error(self.errors, "logo", logo_row))

        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        body = QWidget()
        body.setMaximumWidth(720)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.general_label)
        body_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self.reload)
        self.choose_logo_button.clicked.connect(self._on_choose_logo_button_clicked)
        self.remove_logo_button.clicked.connect(self._on_remove_logo_button_clicked)
        bus.data_changed.connect(self._on_bus_data_changed)
        self.reload()

    # -- the form contract -------------------------------------------------------------
    def reload(self) -> None:
        settings = fetch(self._bus, company.get_company, self.errors)
        if settings is not None:
            self.load(settings)

    def load(self, settings: CompanySettings) -> None:
        self.errors.clear()
        self.name_edit.setText(settings.name)
        self.address_edit.setPlainText(settings.address)
        self.city_edit.setText(settings.city)
        self.phone_edit.setText(settings.phone)
        self.email_edit.setText(settings.email)
        self.licence_edit.setText(settings.licence_number)
        self.tax_id_edit.setText(settings.tax_id)
        self._set_logo(settings.logo)

    def check(self) -> list[FieldError]:
        """Nothing beyond what the service checks: a bad logo file is refused as soon as
        it is chosen, so it never reaches the form."""
        return []

    def command(self) -> CompanySettings:
        return CompanySettings(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            city=self.city_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            licence_number=self.licence_edit.text(),
            tax_id=self.tax_id_edit.text(),
            logo=self._logo,
        )

    def checked_command(self) -> CompanySettings:
        problems = self.check()
        if problems:
            raise ValidationFailed(problems)
        return self.command()

    def save(self) -> bool:
        return run_op(
            self._bus,
            company.update_company,
            command=self.checked_command,
            errors=self.errors,
            trigger=self.save_button,
            success=lambda _changes: self._bus.status_message.emit(
                self.tr("Paramètres de la compagnie enregistrés.")
            ),
        ).succeeded

    # -- the logo ----------------------------------------------------------------------
    @property
    def logo(self) -> bytes | None:
        return self._logo

    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_SIZE - 8,
                    LOGO_SIZE - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("Aucun logo"))
        self.remove_logo_button.setEnabled(data is not None)

    def choose_logo(self, path: Path) -> bool:
        """Read the image at ``path`` as the new logo (saved with the form)."""
        self.errors.clear()
        try:
            data = path.read_bytes()
        except OSError:
            self.errors.show(
                FieldError(
                    "logo",
                    self.tr("Impossible de lire le fichier « %1 ».").replace("%1", path.name),
                )
            )
            return False
        if len(data) > MAX_LOGO_BYTES:
            self.errors.show(FieldError("logo", self.tr("Le logo est trop lourd (2 Mo au plus).")))
            return False
        if not QPixmap().loadFromData(QByteArray(data)):
            self.errors.show(
                FieldError(
                    "logo",
                    self.tr("« %1 » n'est pas une image lisible (PNG ou JPEG).").replace(
                        "%1", path.name
                    ),
                )
            )
            return False
        self._set_logo(data)
        return True

    def _on_choose_logo_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le logo de la compagnie"), "", self.tr(IMAGE_FILTER)
        )
        if name:
            self.choose_logo(Path(name))

    def _on_remove_logo_button_clicked(self) -> None:
        self._set_logo(None)

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_bus_data_changed(self, changes: Changes) -> None:
        if changes.touches("company"):
            self.reload()

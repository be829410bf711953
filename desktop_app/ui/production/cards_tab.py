"""« Cartes »: the policy's member cards one by one (domain.md §15, §13 DLC) — each card
request with the days it was asked, printed and delivered; printing the cards waiting,
reprinting one, a duplicate for a lost card (its fee billed), the delivery to the client,
and the attestation d'assurance of a person or of the whole policy."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cards import CardRequestState, Delivery
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.production import cards, policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField, read_field
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import Operation, fetch, run_op
from desktop_app.ui.production.print_guard import print_reason
from desktop_app.ui.widgets.form_errors import ERROR_STYLE, FormErrors
from desktop_app.ui.widgets.naming import named

S = CardRequestState
DIALOG_WIDTH = 460


class DeliveryDialog(QDialog):
    """« Remise au client » of the cards chosen: the day and to whom."""

    def __init__(self, bus: AppBus, request_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.request_ids = request_ids
        self.setWindowTitle(self.tr("Remise des cartes au client"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.delivered_on = named(DateField(), "delivered_on")
        self.delivered_on.set_value(bus.ctx.today())
        self.delivered_to = named(QLineEdit(), "delivered_to")
        self.delivered_to.setPlaceholderText(self.tr("L'assuré, le service RH du souscripteur…"))
        general = named(QLabel(), "delivery_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(
            QLabel(self.tr("{0} carte(s) remise(s)").format(len(request_ids))),
        )
        form.addRow(self.tr("Remise le"), self.delivered_on)
        form.addRow("", self.errors.make_label("delivered_on", self.delivered_on))
        form.addRow(self.tr("Remise à"), self.delivered_to)
        form.addRow("", self.errors.make_label("delivered_to", self.delivered_to))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok), "confirm_delivery"
        )
        self.ok_button.setText(self.tr("Enregistrer la remise"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def command(self) -> Delivery:
        typed: list[FieldError] = []
        day = read_field(typed, self.delivered_on.date_value, "delivered_on")
        if typed:
            raise ValidationFailed(typed)
        return Delivery(day, self.delivered_to.text())

    def save(self) -> Operation:
        ids = self.request_ids
        return run_op(
            self.bus,
            lambda ctx, delivery: cards.record_delivery(ctx, ids, delivery),
            command=self.command,
            errors=self.errors,
            trigger=self.ok_button,
            success=lambda _changes: self.accept(),
        )


class DuplicateDialog(QDialog):
    """« Duplicata (carte perdue) »: the reason, and the fee the quittance will bill."""

    def __init__(
        self, bus: AppBus, policy_id: int, person_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id, self.person_id = policy_id, person_id
        self.done_result: cards.DuplicateDone | None = None
        self.setWindowTitle(self.tr("Duplicata de carte"))
        self.setMinimumWidth(DIALOG_WIDTH)
        fee = cards.get_duplicate_fee(bus.ctx)
        self.reason = named(QLineEdit(self.tr("Carte perdue")), "duplicate_reason")
        general = named(QLabel(), "duplicate_error")
        self.errors = FormErrors(general)
        text = self.tr(
            "La carte en cours de {0} sera annulée et remplacée par un duplicata. "
            "Frais de duplicata : {1} hors taxes, facturés par une quittance."
        ).format(name, format_fcfa(fee))
        intro = QLabel(text)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("Motif"), self.reason)
        form.addRow("", self.errors.make_label("reason", self.reason))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok), "confirm_duplicate_card"
        )
        self.ok_button.setText(self.tr("Émettre le duplicata"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> Operation:
        policy_id, person_id = self.policy_id, self.person_id
        return run_op(
            self.bus,
            lambda ctx, reason: cards.issue_duplicate_card(ctx, policy_id, person_id, reason),
            command=self.reason.text,
            errors=self.errors,
            trigger=self.ok_button,
            success=self._on_done,
        )

    def _on_done(self, result: cards.DuplicateDone) -> None:
        self.done_result = result
        if result.quittance_number:
            self.bus.status_message.emit(
                self.tr("Duplicata émis, quittance {0} : {1}").format(
                    result.quittance_number, format_fcfa(result.total)
                )
            )
        else:
            self.bus.status_message.emit(self.tr("Duplicata émis, sans frais."))
        self.accept()


class AttestationDialog(QDialog):
    """« Attestation… »: for one person or for the whole policy, then shown to print."""

    def __init__(
        self,
        bus: AppBus,
        policy_id: int,
        persons: list[tuple[int, str]],
        chosen: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id = policy_id
        self.result_done: cards.AttestationDone | None = None
        self.setWindowTitle(self.tr("Attestation d'assurance"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.who = named(QComboBox(), "attestation_for")
        self.who.addItem(self.tr("Toute la police (toutes les personnes couvertes)"), None)
        for person_id, label in persons:
            self.who.addItem(label, person_id)
        if chosen is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(chosen)))
        general = named(QLabel(), "attestation_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Attestation pour"), self.who)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok), "confirm_attestation"
        )
        self.ok_button.setText(self.tr("Émettre l'attestation"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> Operation | None:
        policy_id = self.policy_id
        person_id = self.who.currentData()
        reason = print_reason(
            self,
            self.bus,
            policy_id,
            self.tr("l'attestation"),
            lambda message: self.errors.show(DomainError(message)),
        )
        if reason is None:
            return None
        return run_op(
            self.bus,
            lambda ctx: cards.issue_attestation(ctx, policy_id, person_id, reason),
            errors=self.errors,
            trigger=self.ok_button,
            success=self._on_done,
        )

    def _on_done(self, result: cards.AttestationDone) -> None:
        self.result_done = result
        self.accept()


class CardsTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.view: policies.PolicyView | None = None
        self.rows: list[cards.CardRequestRow] = []
        self._dirty = False
        self.preview: PdfPreviewDialog | None = None
        self.dialog: QDialog | None = None
        self.print_button = named(
            QPushButton(self.tr("Imprimer les cartes à imprimer")), "print_pending_cards"
        )
        self.reprint_button = named(QPushButton(self.tr("Réimprimer la carte")), "reprint_card")
        self.duplicate_button = named(
            QPushButton(self.tr("Duplicata (carte perdue)…")), "duplicate_card"
        )
        self.deliver_button = named(QPushButton(self.tr("Remise au client…")), "deliver_cards")
        self.attestation_button = named(QPushButton(self.tr("Attestation…")), "attestation")
        self.year_button = named(QPushButton(self.tr("Cartes du nouvel exercice")), "year_cards")
        self.year_button.setToolTip(
            self.tr(
                "Après un renouvellement : une carte valable jusqu'à la nouvelle échéance pour "
                "chaque personne couverte, à imprimer."
            )
        )
        self.summary = named(QLabel(), "cards_summary")
        self.error = named(QLabel(), "cards_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        headers = [
            self.tr("Matricule"),
            self.tr("Nom et prénoms"),
            self.tr("Motif"),
            self.tr("État"),
            self.tr("Demandée le"),
            self.tr("Imprimée le"),
            self.tr("Remise le"),
            self.tr("Remise à"),
            self.tr("Quittance"),
        ]
        self.table = named(QTableWidget(0, len(headers)), "card_requests_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        bar = QHBoxLayout()
        for button in (
            self.print_button,
            self.reprint_button,
            self.duplicate_button,
            self.deliver_button,
            self.attestation_button,
            self.year_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.print_button.clicked.connect(self.print_pending)
        self.reprint_button.clicked.connect(self.reprint)
        self.duplicate_button.clicked.connect(self.open_duplicate)
        self.deliver_button.clicked.connect(self.open_delivery)
        self.attestation_button.clicked.connect(self.open_attestation)
        self.year_button.clicked.connect(self.issue_year_cards)
        self.table.itemSelectionChanged.connect(self._enable)
        bus.data_changed.connect(self._on_data_changed)

    # -- data ------------------------------------------------------------------------
    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        self.policy_id, self.view = policy_id, view
        self.error.hide()
        self.reload()

    def reload(self) -> None:
        self._dirty = False
        policy_id = self.policy_id
        rows: list[cards.CardRequestRow] = (
            fetch(
                self.bus,
                lambda ctx: cards.list_card_requests(ctx, policy_id),
                lambda error: self._show_error(error.message),
                [],
            )
            if policy_id is not None
            else []
        )
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(
                (
                    row.matricule,
                    row.person_name,
                    row.reason_label,
                    row.state.label,
                    format_date(row.requested_on),
                    format_date(row.printed_on) if row.printed_on else "",
                    format_date(row.delivered_on) if row.delivered_on else "",
                    row.delivered_to,
                    row.quittance_number,
                )
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        waiting = sum(1 for r in rows if r.state is S.TO_PRINT)
        printed = sum(1 for r in rows if r.state is S.PRINTED)
        self.summary.setText(
            self.tr("{0} carte(s) à imprimer, {1} imprimée(s) non remise(s).").format(
                waiting, printed
            )
        )
        self._enable()

    def _can_edit(self) -> bool:
        actor = self.bus.ctx.actor
        return actor is not None and actor.can(Permission.EDIT_PRODUCTION)

    def _chosen(self) -> list[cards.CardRequestRow]:
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[i] for i in picked if 0 <= i < len(self.rows)]

    def _enable(self) -> None:
        in_force = self.view is not None and self.view.status is PolicyStatus.IN_FORCE
        edit = self._can_edit() and in_force
        chosen = self._chosen()
        one = len(chosen) == 1
        self.print_button.setEnabled(edit and any(r.state is S.TO_PRINT for r in self.rows))
        self.reprint_button.setEnabled(one)
        self.duplicate_button.setEnabled(edit and one)
        self.deliver_button.setEnabled(
            self._can_edit() and bool(chosen) and all(r.state is S.PRINTED for r in chosen)
        )
        self.attestation_button.setEnabled(edit)
        self.year_button.setEnabled(edit)

    def _on_data_changed(self, changes: Changes) -> None:
        if self.policy_id is not None and changes.touches("card_requests", "issued_documents"):
            # Read now if in sight, else when shown (a policy of thousands of cards).
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _number(self) -> str:
        return (self.view.number if self.view and self.view.number else "police").replace("/", "-")

    def _show_pdf(self, title: str, pdf: bytes, name: str) -> PdfPreviewDialog:
        self.preview = PdfPreviewDialog(title, pdf, name, self)
        self.preview.show()
        return self.preview

    # -- actions ---------------------------------------------------------------------
    def print_pending(self) -> Operation | None:
        """Render the cards waiting (off the UI thread: a new group policy has thousands),
        mark them printed today, and show them to print."""
        if self.policy_id is None:
            return None
        policy_id = self.policy_id
        self.error.hide()
        reason = print_reason(self, self.bus, policy_id, self.tr("les cartes"), self._show_error)
        if reason is None:
            return None
        name = f"cartes-{self._number()}.pdf"
        return run_op(
            self.bus,
            lambda ctx: cards.print_pending_cards(ctx, policy_id, reason=reason),
            errors=lambda error: self._show_error(error.message),
            trigger=self.print_button,
            success=lambda printed: self._show_pdf(self.tr("Cartes d'assuré"), printed.pdf, name),
            background=True,
            progress=self.tr("Impression des cartes…"),
            parent=self,
        )

    def issue_year_cards(self) -> Operation | None:
        """After a renewal: the new year's cards, to print (D21)."""
        if self.policy_id is None:
            return None
        policy_id = self.policy_id
        self.error.hide()
        return run_op(
            self.bus,
            lambda ctx: cards.issue_year_cards(ctx, policy_id),
            errors=lambda error: self._show_error(error.message),
            trigger=self.year_button,
            success=lambda done: self.bus.status_message.emit(
                self.tr("{0} carte(s) valable(s) jusqu'au {1}, à imprimer.").format(
                    done.requested, format_date(done.valid_until)
                )
            ),
        )

    def reprint(self) -> PdfPreviewDialog | None:
        chosen = self._chosen()
        if self.policy_id is None or len(chosen) != 1:
            return None
        policy_id, person_id = self.policy_id, chosen[0].person_id
        self.preview = open_preview(
            self,
            self.tr("Carte d'assuré"),
            lambda: cards.reprint_card(self.bus.ctx, policy_id, person_id),
            f"carte-{chosen[0].matricule}.pdf",
            self._show_error,
        )
        return self.preview

    def open_duplicate(self) -> DuplicateDialog | None:
        chosen = self._chosen()
        if self.policy_id is None or len(chosen) != 1:
            return None
        dialog = DuplicateDialog(
            self.bus, self.policy_id, chosen[0].person_id, chosen[0].person_name, self
        )
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_delivery(self) -> DeliveryDialog | None:
        chosen = self._chosen()
        if not chosen:
            return None
        dialog = DeliveryDialog(self.bus, [r.id for r in chosen], self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_attestation(self) -> AttestationDialog | None:
        if self.policy_id is None:
            return None
        persons: dict[int, str] = {}
        for r in sorted(self.rows, key=lambda r: r.matricule):
            persons.setdefault(r.person_id, f"{r.matricule} — {r.person_name}")
        chosen = self._chosen()
        dialog = AttestationDialog(
            self.bus,
            self.policy_id,
            list(persons.items()),
            chosen[0].person_id if len(chosen) == 1 else None,
            self,
        )
        dialog.accepted.connect(lambda: self._show_attestation(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _show_attestation(self, dialog: AttestationDialog) -> None:
        done = dialog.result_done
        if done is None:
            return
        self.preview = open_preview(
            self,
            self.tr("Attestation d'assurance"),
            lambda: cards.attestation_pdf(self.bus.ctx, done.document_id),
            f"attestation-{done.number}.pdf",
            self._show_error,
        )

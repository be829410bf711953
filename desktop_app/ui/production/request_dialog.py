"""One request of the requests log (domain.md §14, table b): its policy, the kind asked,
the subscriber's letter, the dates of reception, transmission and confirmation, the new
matricule and the observations. The dates move its state; the service says what it
refuses, next to each field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.services.production import requests_log as log
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField, MultiLineField, read_field
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named

# Kinds a subscriber asks for (a renewal is the office's, on the calendar).
REQUESTED_KINDS = [k for k in EndorsementKind if k != EndorsementKind.RENEWAL]


class RequestDialog(QDialog):
    def __init__(
        self,
        bus: AppBus,
        request: log.RequestRow | None = None,
        policy: log.PolicyRef | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.request = request
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Demande d'avenant") if request is None else self.tr("Modifier la demande")
        )
        self.policy_number = named(QLineEdit(), "request_policy")
        self.policy_label = named(QLabel(), "request_policy_label")
        self.kind = named(QComboBox(), "request_kind")
        for kind in REQUESTED_KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.letter_date = named(DateField(optional=True), "letter_date")
        self.received_on = named(DateField(), "received_on")
        self.sent_on = named(DateField(optional=True), "sent_to_administrator_on")
        self.confirmed_on = named(DateField(optional=True), "administrator_confirmed_on")
        self.person = named(QLineEdit(), "request_person")
        self.person.setPlaceholderText(self.tr("matricule actuel, si la demande vise une personne"))
        self.person_label = named(QLabel(), "request_person_label")
        self.new_matricule = named(QLineEdit(), "new_matricule")
        self.new_matricule.setMaxLength(30)
        self.notes = named(MultiLineField(), "request_notes")
        self.notes.setFixedHeight(60)
        general = named(QLabel(), "request_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Police"), self.policy_number, "policy_id"),
            ("", self.policy_label, ""),
            (self.tr("Avenant demandé"), self.kind, "kind"),
            (self.tr("Courrier du souscripteur du"), self.letter_date, "letter_date"),
            (self.tr("Reçue le"), self.received_on, "received_on"),
            (self.tr("Transmise au gestionnaire le"), self.sent_on, "sent_to_administrator_on"),
            (
                self.tr("Confirmée par le gestionnaire le"),
                self.confirmed_on,
                "administrator_confirmed_on",
            ),
            (self.tr("Personne concernée"), self.person, "person_id"),
            ("", self.person_label, ""),
            (self.tr("Nouveau matricule"), self.new_matricule, "new_matricule"),
            (self.tr("Observations"), self.notes, "notes"),
        ):
            form.addRow(label, self.errors.field_box(field, widget) if field else widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.save_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Save), "save_request"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.policy_number.editingFinished.connect(self._on_policy_number_editing_finished)
        self.person.editingFinished.connect(self._on_person_editing_finished)
        self._policy: log.PolicyRef | None = policy
        self.load(request, policy)

    # -- the form contract: load, command, save ---------------------------------------------
    def load(self, request: log.RequestRow | None, policy: log.PolicyRef | None) -> None:
        if request is not None:
            self._policy = log.PolicyRef(
                request.policy_id, request.policy_number, request.subscriber_name
            )
            self.kind.setCurrentIndex(max(0, self.kind.findData(request.kind.value)))
            self.letter_date.set_value(request.letter_date)
            self.received_on.set_value(request.received_on)
            self.sent_on.set_value(request.sent_to_administrator_on)
            self.confirmed_on.set_value(request.administrator_confirmed_on)
            self.new_matricule.setText(request.new_matricule)
            self.notes.setPlainText(request.notes)
            person_id = request.person_id
            if person_id is not None:
                ref = fetch(self.bus, lambda ctx: log.person_ref(ctx, person_id), self.errors)
                if ref is not None:
                    self.person.setText(ref.matricule)
                    self.person_label.setText(ref.name)
        if self._policy is not None:
            self.policy_number.setText(self._policy.number)
            self.policy_label.setText(self._policy.subscriber_name)
        # A request stays with its policy; one opened from a policy is for that policy.
        self.policy_number.setReadOnly(self._policy is not None)

    def _on_policy_number_editing_finished(self) -> None:
        if self.policy_number.isReadOnly():
            return
        number = self.policy_number.text()
        self._policy = fetch(self.bus, lambda ctx: log.find_policy(ctx, number), self.errors)
        self.policy_label.setText(self._policy.subscriber_name if self._policy else "")

    def _on_person_editing_finished(self) -> None:
        self.person_label.setText("")
        if self._policy is None or not self.person.text().strip():
            return
        policy_id, matricule = self._policy.id, self.person.text()
        ref = fetch(self.bus, lambda ctx: log.find_person(ctx, policy_id, matricule), self.errors)
        self.person_label.setText(ref.name if ref else "")

    def command(self) -> log.RequestData:
        typed: list[FieldError] = []
        if self._policy is None:
            typed.append(FieldError("policy_id", "Indiquez le numéro de la police."))
        dates = {
            name: read_field(typed, widget.date_value, name)
            for name, widget in (
                ("letter_date", self.letter_date),
                ("received_on", self.received_on),
                ("sent_to_administrator_on", self.sent_on),
                ("administrator_confirmed_on", self.confirmed_on),
            )
        }
        person_id = None
        if self._policy is not None and self.person.text().strip():
            policy_id, matricule = self._policy.id, self.person.text()
            ref = fetch(
                self.bus, lambda ctx: log.find_person(ctx, policy_id, matricule), self.errors
            )
            if ref is None:
                typed.append(
                    FieldError("person_id", "Aucune personne de cette police n'a ce matricule.")
                )
            else:
                person_id = ref.id
        if typed or self._policy is None:
            raise ValidationFailed(typed)
        return log.RequestData(
            self._policy.id,
            EndorsementKind(self.kind.currentData()),
            dates["received_on"],
            dates["letter_date"],
            dates["sent_to_administrator_on"],
            dates["administrator_confirmed_on"],
            person_id,
            self.new_matricule.text(),
            self.notes.toPlainText(),
        )

    def save(self) -> bool:
        request_id = self.request.id if self.request else None
        op = run_op(
            self.bus,
            lambda ctx, data: log.save_request(ctx, request_id, data),
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
            success=self._on_saved,
        )
        return op.succeeded

    def _on_saved(self, result: tuple[int, object]) -> None:
        self.saved_id = result[0]
        self.accept()

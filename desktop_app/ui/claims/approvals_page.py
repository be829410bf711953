"""Tab « Ententes préalables » (domain.md §7): record a request (person, provider, care,
estimated amount, days of stay), record the company's decision (agreed, partly agreed with
an amount, refused, cancelled), and the register, requests unanswered after 24 hours in
red. An approval is a medical detail (§14): a user without that right sees a notice."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ApprovalState
from desktop_app.domain.dates import format_datetime
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.roles import Permission
from desktop_app.services.administration import reference
from desktop_app.services.claims import approvals
from desktop_app.services.claims.approvals import (
    ApprovalInput,
    ApprovalRow,
    DecisionInput,
)
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import (
    ERROR_COLOUR,
    MEDICAL_NOTICE,
    OK_STYLE,
    MergedErrors,
    can,
    enum_data,
    fit_columns,
    list_view,
    n,
    notice,
    selected_row,
    show_message,
    tr_claims,
)
from desktop_app.ui.claims.person_picker import PersonPicker
from desktop_app.ui.forms.fields import MoneyField, read_field
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

DECISIONS = (
    ApprovalState.AGREED,
    ApprovalState.PARTIAL,
    ApprovalState.REFUSED,
    ApprovalState.CANCELLED,
)


def _overdue(row: ApprovalRow) -> str | None:
    return ERROR_COLOUR if row.overdue else None


COLUMNS: list[Column[ApprovalRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Référence"), lambda r: r.reference, foreground=_overdue),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Demandée le"),
        lambda r: format_datetime(r.asked_at),
        foreground=_overdue,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Personne"), lambda r: f"{r.person_name} ({r.matricule})"),
    Column(QT_TRANSLATE_NOOP("Columns", "Prestataire"), lambda r: r.provider_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Acte"), lambda r: r.category.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Estimé"), lambda r: n(r.estimated_amount), RIGHT),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Décision"),
        lambda r: (
            QCoreApplication.translate("Claims", "En retard (plus de 24 h)")
            if r.overdue
            else r.state.label
        ),
        foreground=_overdue,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Accordé"), lambda r: n(r.agreed_amount), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Décidée le"), lambda r: format_datetime(r.decided_at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Par"), lambda r: r.decided_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Motif"), lambda r: r.decision_reason),
]


def _days(typed: list[FieldError], edit: QLineEdit, field: str) -> int | None:
    text = edit.text().strip()
    if not text:
        return None
    if not text.isdigit():
        typed.append(
            FieldError(
                field, QCoreApplication.translate("Claims", "Saisissez un nombre de jours entier.")
            )
        )
        return None
    return int(text)


class ApprovalsPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.allowed = can(bus, Permission.VIEW_MEDICAL)
        if not self.allowed:
            layout.addWidget(notice(tr_claims(MEDICAL_NOTICE)))
            layout.addStretch(1)
            return
        # -- the request
        self.person = PersonPicker(bus)
        self.provider = named(QComboBox(), "approval_provider")
        self.category = named(QComboBox(), "approval_category")
        self.category.addItem(self.tr("— choisir —"), None)
        for category in CareCategory:
            self.category.addItem(category.label, category)
        self.estimated = named(MoneyField(), "estimated_amount")
        self.stay_days = named(QLineEdit(), "stay_days")
        self.stay_days.setPlaceholderText(self.tr("hospitalisation : jours demandés"))
        self.reference = named(QLineEdit(), "approval_reference")
        self.reference.setPlaceholderText(self.tr("vide : numérotée par le programme"))
        self.request_button = named(
            QPushButton(self.tr("Enregistrer la demande")), "request_approval"
        )
        self.request_result = named(QLabel(), "request_result")
        request_general = named(QLabel(), "request_error")
        self.request_errors = FormErrors(request_general)
        request_box = QGroupBox(self.tr("Demande d'entente préalable"))
        request_form = QFormLayout(request_box)
        for label, widget, field in (
            (self.tr("Personne"), self.person, "person_id"),
            (self.tr("Prestataire"), self.provider, "provider_id"),
            (self.tr("Acte ou catégorie"), self.category, "category"),
            (self.tr("Montant estimé (FCFA)"), self.estimated, "estimated_amount"),
            (self.tr("Durée du séjour (jours)"), self.stay_days, "stay_days"),
            (self.tr("Référence"), self.reference, "reference"),
        ):
            request_form.addRow(label, widget)
            request_form.addRow("", self.request_errors.make_label(field, widget))
        request_form.addRow(request_general)
        request_form.addRow(self.request_button)
        request_form.addRow(self.request_result)
        # -- the decision
        self.decision = named(QComboBox(), "decision_state")
        for state in DECISIONS:
            self.decision.addItem(state.label, state)
        self.agreed_amount = named(MoneyField(optional=True), "agreed_amount")
        self.agreed_days = named(QLineEdit(), "agreed_days")
        self.reason = named(QLineEdit(), "decision_reason")
        self.reason.setPlaceholderText(
            self.tr("obligatoire pour un accord partiel, un refus, une annulation")
        )
        self.decide_button = named(
            QPushButton(self.tr("Enregistrer la décision")), "decide_approval"
        )
        decision_general = named(QLabel(), "decision_error")
        self.decision_errors = FormErrors(decision_general)
        decision_box = QGroupBox(self.tr("Décision sur la demande choisie"))
        decision_form = QFormLayout(decision_box)
        for label, widget, field in (
            (self.tr("Décision"), self.decision, "state"),
            (self.tr("Montant accordé (FCFA)"), self.agreed_amount, "agreed_amount"),
            (self.tr("Jours accordés"), self.agreed_days, "agreed_days"),
            (self.tr("Motif"), self.reason, "reason"),
        ):
            decision_form.addRow(label, widget)
            decision_form.addRow("", self.decision_errors.make_label(field, widget))
        decision_form.addRow(decision_general)
        decision_form.addRow(self.decide_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(request_box)
        left_layout.addWidget(decision_box)
        left_layout.addStretch(1)
        # -- the register
        self.overdue_only = named(
            QCheckBox(self.tr("Seulement les demandes sans réponse depuis plus de 24 h")),
            "overdue_only",
        )
        self.model: LazyTableModel[ApprovalRow] = LazyTableModel(
            COLUMNS,
            lambda: approvals.count_approvals(bus.ctx, self.overdue_only.isChecked()),
            lambda after, limit: approvals.list_approvals(
                bus.ctx,
                self.overdue_only.isChecked(),
                None,
                None,
                None if after is None else after.page_key,
                limit,
            ),
            parent=self,
        )
        self.table = list_view(self.model, "approvals_table")
        self.count = named(QLabel(), "approvals_count")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.overdue_only)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([430, 850])
        layout.addWidget(splitter)
        editable = can(bus, Permission.EDIT_CLAIMS)
        request_box.setEnabled(editable)
        decision_box.setEnabled(editable)
        self.request_button.clicked.connect(self.request)
        self.decide_button.clicked.connect(self.decide)
        self.overdue_only.toggled.connect(lambda _c: self.reload())
        bus.data_changed.connect(self._on_data_changed)
        self._load_providers()
        self.reload()

    def _load_providers(self) -> None:
        self.provider.clear()
        self.provider.addItem(self.tr("— aucun —"), None)
        for row in reference.list_providers(self.bus.ctx, active_only=True):
            self.provider.addItem(row.name, row.id)

    def reload(self) -> None:
        self.model.reload()
        fit_columns(self.table)
        overdue = approvals.count_approvals(self.bus.ctx, overdue_only=True)
        self.count.setText(
            self.tr("%1 demande(s), dont %2 en retard de réponse")
            .replace("%1", str(self.model.total))
            .replace("%2", str(overdue))
        )

    def selected(self) -> ApprovalRow | None:
        return selected_row(self.table)  # type: ignore[no-any-return]

    def request(self) -> bool:
        show_message(self.request_result, "")
        typed: list[FieldError] = []
        estimated = read_field(typed, self.estimated.amount, "estimated_amount")
        stay = _days(typed, self.stay_days, "stay_days")
        data = ApprovalInput(
            self.person.person_id(),
            enum_data(self.category, CareCategory),
            estimated,
            self.provider.currentData(),
            stay,
            reference=self.reference.text(),
        )
        if typed:
            # A cell could not be read: the service still names every other problem, given an
            # amount it must refuse (so nothing is saved).
            data = replace(data, estimated_amount=None)
        return run_op(
            self.bus,
            lambda ctx: approvals.request_approval(ctx, data),
            errors=MergedErrors(self.request_errors, typed, stand_in="estimated_amount"),
            trigger=self.request_button,
            success=self._on_requested,
        ).succeeded

    def _on_requested(self, result: tuple[int, str, Changes]) -> None:
        show_message(
            self.request_result,
            self.tr("Demande %1 enregistrée.").replace("%1", result[1]),
            OK_STYLE,
        )
        self.person.clear()
        self.estimated.clear()
        self.stay_days.clear()
        self.reference.clear()

    def decision_command(self) -> tuple[int, DecisionInput]:
        """The request chosen and the decision typed; what cannot be read is refused."""
        row = self.selected()
        typed: list[FieldError] = []
        if row is None:
            typed.append(FieldError("", self.tr("Choisissez la demande dans le registre.")))
        amount = read_field(typed, self.agreed_amount.amount, "agreed_amount")
        days = _days(typed, self.agreed_days, "agreed_days")
        if typed:
            raise ValidationFailed(typed)
        assert row is not None
        state = enum_data(self.decision, ApprovalState)
        assert state is not None  # the combo lists the decisions only, no « choisir » entry
        return row.id, DecisionInput(state, self.reason.text(), amount, days)

    def decide(self) -> bool:
        return run_op(
            self.bus,
            lambda ctx, chosen: approvals.decide_approval(ctx, *chosen),
            command=self.decision_command,
            errors=self.decision_errors,
            trigger=self.decide_button,
            success=self._on_decided,
        ).succeeded

    def _on_decided(self, _changes: Changes) -> None:
        self.agreed_amount.clear()
        self.agreed_days.clear()
        self.reason.clear()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("prior_approvals"):
            self.reload()
        if changes.touches("providers"):
            self._load_providers()

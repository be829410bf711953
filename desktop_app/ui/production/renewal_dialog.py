"""« Renouveler » one policy (domain.md §8, §9): before anything is written the clerk sees
the year that ends (S paid and outstanding, P earned, S/P, the row of the clause and the
change), each person's premium before and after (age and clause), those who leave for age,
and the quittance of the new year; a user with the right may apply another change, with
a reason. Validating writes it all in one unit of work and offers the renewal document."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa, format_rate, parse_signed_rate
from desktop_app.domain.renewal import MAX_RATE, MIN_RATE
from desktop_app.domain.roles import Permission
from desktop_app.services.production import renewal
from desktop_app.services.production.endorsement_document import endorsement_pdf
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import RIGHT
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import run_op, run_query
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.widgets.naming import named

PREVIEW_DELAY_MS = 300


def signed_rate(rate: Decimal) -> str:
    """« +15 % », « −25 % », « aucun »."""
    if rate == 0:
        return "aucun"
    text = format_rate(abs(rate))
    return f"+{text}" if rate > 0 else f"−{text}"


class RenewalDialog(QDialog):
    def __init__(
        self, bus: AppBus, policy_id: int, policy_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id = policy_id
        self.plan: renewal.RenewalPlan | None = None
        self.result_done: renewal.RenewalDone | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Renouveler la police %1").replace("%1", policy_number))
        self.title = named(QLabel(), "renewal_title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.refusal = named(QLabel(), "renewal_refusal")
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        self.claims_paid = named(QLabel(), "claims_paid")
        self.claims_outstanding = named(QLabel(), "claims_outstanding")
        self.earned = named(QLabel(), "earned_premium")
        self.ratio = named(QLabel(), "loss_ratio")
        self.band = named(QLabel(), "band_label")
        self.rate = named(QLabel(), "applied_rate")
        ratio_box = QGroupBox(self.tr("Sinistralité de l'année écoulée (clause d'ajustement)"))
        ratio_form = QFormLayout(ratio_box)
        ratio_form.addRow(self.tr("Sinistres réglés :"), self.claims_paid)
        ratio_form.addRow(self.tr("Sinistres en cours :"), self.claims_outstanding)
        ratio_form.addRow(self.tr("Primes nettes acquises (P) :"), self.earned)
        ratio_form.addRow(self.tr("S/P :"), self.ratio)
        ratio_form.addRow(self.tr("Ligne du barème :"), self.band)
        ratio_form.addRow(self.tr("Ajustement appliqué :"), self.rate)

        can_adjust = bus.ctx.actor is not None and bus.ctx.actor.can(Permission.ADJUST_RENEWAL)
        self.other_rate = named(
            QCheckBox(self.tr("Appliquer un autre ajustement que le barème")), "other_rate"
        )
        self.rate_edit = named(QLineEdit(), "rate")
        self.rate_edit.setPlaceholderText(self.tr("ex. +5 ou -10"))
        self.rate_edit.setMaximumWidth(110)
        self.reason_edit = named(QLineEdit(), "reason")
        self.reason_edit.setPlaceholderText(self.tr("Motif (obligatoire)"))
        self.reason_edit.setMaxLength(500)
        self.rate_error = named(QLabel(), "rate_error")
        self.rate_error.setStyleSheet(ERROR_STYLE)
        self.rate_error.setWordWrap(True)
        self.rate_error.hide()
        for widget in (self.other_rate, self.rate_edit, self.reason_edit):
            widget.setEnabled(can_adjust)
        if not can_adjust:
            self.other_rate.setToolTip(
                self.tr("Réservé aux utilisateurs autorisés à modifier l'ajustement.")
            )
        override = QHBoxLayout()
        override.addWidget(self.other_rate)
        override.addWidget(self.rate_edit)
        override.addWidget(self.reason_edit, 1)

        self.persons = named(QTableWidget(0, 5), "renewal_persons")
        self.persons.setHorizontalHeaderLabels(
            [
                self.tr("Matricule"),
                self.tr("Nom et prénoms"),
                self.tr("Prime annuelle actuelle"),
                self.tr("Tarif à l'âge d'avant → au 1er janvier"),
                self.tr("Prime annuelle nouvelle"),
            ]
        )
        self.persons.verticalHeader().hide()
        self.persons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.persons.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.leaving = named(QLabel(), "renewal_leaving")
        self.leaving.setWordWrap(True)
        self.quittance = named(QLabel(), "renewal_quittance")
        self.quittance.setWordWrap(True)

        self.renew_button = named(QPushButton(self.tr("Renouveler")), "renew_button")
        self.renew_button.setStyleSheet("font-weight: bold;")
        self.close_button = named(QPushButton(self.tr("Fermer")), "close_button")
        self.general = named(QLabel(), "renewal_error")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.general, 1)
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.refusal)
        layout.addWidget(ratio_box)
        layout.addLayout(override)
        layout.addWidget(self.rate_error)
        layout.addWidget(QLabel(self.tr("Personnes reconduites :")))
        layout.addWidget(self.persons, 1)
        layout.addWidget(self.leaving)
        layout.addWidget(self.quittance)
        layout.addLayout(buttons)
        self.resize(980, 640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.other_rate.toggled.connect(self._on_override_changed)
        self.rate_edit.textChanged.connect(lambda _t: self._on_override_changed())
        self.reason_edit.textChanged.connect(lambda _t: self._on_override_changed())
        self.renew_button.clicked.connect(self._on_renew_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    # -- the plan ------------------------------------------------------------------------
    def _override(self) -> tuple[Decimal | None, str]:
        """The other change typed (None: the table's); a French FieldError when unreadable."""
        if not self.other_rate.isChecked():
            return None, ""
        rate = parse_signed_rate(
            self.rate_edit.text(), "rate", minimum=MIN_RATE * 100, maximum=MAX_RATE * 100
        )
        return rate, self.reason_edit.text()

    def _on_override_changed(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self.rate_error.hide()
        try:
            rate, reason = self._override()
        except FieldError as error:
            self._show_rate_error(error.message)
            return
        run_query(
            self.bus,
            lambda ctx: renewal.preview_renewal(ctx, self.policy_id, rate=rate, reason=reason),
            success=self._show,
            errors=self._show_refusal,
            parent=self,
        )

    def _show_rate_error(self, message: str) -> None:
        self.rate_error.setText(message)
        self.rate_error.show()
        self.renew_button.setEnabled(False)

    def _show_refusal(self, error: DomainError) -> None:
        if isinstance(error, ValidationFailed):
            self._show_rate_error(error.message)
            return
        self.general.setText(error.message)
        self.general.show()
        self.renew_button.setEnabled(False)

    def _show(self, plan: renewal.RenewalPlan) -> None:
        self.plan = plan
        self.general.hide()
        self.title.setText(
            self.tr("Renouvellement %1 — du 01/01/%1 au 31/12/%1").replace("%1", str(plan.year))
        )
        a = plan.adjustment
        self.claims_paid.setText(format_fcfa(a.loss_ratio.paid))
        self.claims_outstanding.setText(format_fcfa(a.loss_ratio.outstanding))
        self.earned.setText(format_fcfa(a.loss_ratio.earned))
        self.ratio.setText(
            self.tr("%1 (S = %2)")
            .replace("%1", a.loss_ratio.percent_label)
            .replace("%2", format_fcfa(a.loss_ratio.claims))
        )
        self.band.setText(a.band_label)
        applied = signed_rate(a.rate)
        if a.changed:
            applied += self.tr(" (barème : %1)").replace("%1", signed_rate(a.table_rate))
        self.rate.setText(applied)
        self.refusal.setVisible(bool(plan.refusal))
        self.refusal.setText(plan.refusal)
        self.persons.setRowCount(len(plan.carried))
        for row, c in enumerate(plan.carried):
            values = (
                c.matricule,
                c.name,
                format_fcfa(c.annual_before, False),
                f"{format_fcfa(c.tariff_before, False)} → {format_fcfa(c.tariff_after, False)}",
                format_fcfa(c.annual_after, False),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                self.persons.setItem(row, column, item)
        if plan.leaving:
            self.leaving.setText(
                self.tr("Sortent (limite d'âge), absents du renouvellement : ")
                + " ; ".join(
                    f"{p.matricule} {p.name} (né(e) le {format_date(p.birth_date)}, couvert(e) "
                    f"jusqu'au {format_date(p.last_day)}, {p.reason.lower()})"
                    for p in plan.leaving
                )
            )
        else:
            self.leaving.setText(self.tr("Aucune sortie pour limite d'âge."))
        q = plan.quittance
        if q is None:
            self.quittance.setText("")
        else:
            m = q.amounts
            self.quittance.setText(
                self.tr(
                    "Quittance %1 : prime nette %2 + accessoires %3 + taxes %4 = prime TTC %5 "
                    "(commission %6, honoraires de gestion %7). Primes annuelles : %8 → %9."
                )
                .replace("%1", str(plan.year))
                .replace("%2", format_fcfa(m.net))
                .replace("%3", format_fcfa(m.fees))
                .replace("%4", format_fcfa(m.taxes))
                .replace("%5", format_fcfa(m.total))
                .replace("%6", format_fcfa(q.commission))
                .replace("%7", format_fcfa(q.management_fee))
                .replace("%8", format_fcfa(plan.net_before))
                .replace("%9", format_fcfa(plan.net_after))
            )
        self.renew_button.setEnabled(
            not plan.refusal and self.result_done is None and _can_renew(self.bus)
        )

    # -- renewing ------------------------------------------------------------------------
    def _on_renew_button_clicked(self) -> None:
        plan = self.plan
        if plan is None or plan.quittance is None:
            return
        try:
            rate, reason = self._override()
        except FieldError as error:
            self._show_rate_error(error.message)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Renouveler"),
            self.tr(
                "Renouveler la police pour %1 : %2 personne(s), quittance de %3 ? "
                "Le renouvellement ne s'annule pas."
            )
            .replace("%1", str(plan.year))
            .replace("%2", str(len(plan.carried)))
            .replace("%3", format_fcfa(plan.quittance.amounts.total)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.renew(rate, reason)

    def renew(self, rate: Decimal | None = None, reason: str = "") -> None:
        """Renew as previewed (the tests call this after the clerk's confirmation)."""
        assert self.plan is not None
        year = self.plan.year
        run_op(
            self.bus,
            lambda ctx: renewal.renew_policy(ctx, self.policy_id, year, rate, reason),
            success=self._renewed,
            errors=self._show_refusal,
            trigger=self.renew_button,
            parent=self,
        )

    def _renewed(self, done: renewal.RenewalDone) -> None:
        self.result_done = done
        self.renew_button.setEnabled(False)
        self.title.setText(
            self.tr("Police renouvelée pour %1 : avenant n° %2, quittance %3 de %4.")
            .replace("%1", str(done.year))
            .replace("%2", str(done.endorsement_number))
            .replace("%3", done.quittance_number)
            .replace("%4", format_fcfa(done.total))
        )
        self.open_document()

    def open_document(self) -> PdfPreviewDialog | None:
        done = self.result_done
        if done is None:
            return None
        ctx = self.bus.ctx
        self.preview = open_preview(
            self,
            self.tr("Avenant de renouvellement"),
            lambda: endorsement_pdf(ctx, done.endorsement_id),
            f"renouvellement-{done.year}.pdf",
            lambda message: self._show_refusal(DomainError(message)),
        )
        return self.preview


def _can_renew(bus: AppBus) -> bool:
    return bus.ctx.actor is not None and bus.ctx.actor.can(Permission.EDIT_PRODUCTION)

"""Signs a payment order (domain.md §10.3; architecture.md rule 11: four eyes where money
leaves). A signatory signs in their own session with one click; at a claims clerk's desk,
the signatory types their own code and password here. The service checks everything —
the right to sign, that the signatory assessed none of the order's files, the password —
and its refusals show next to the field they concern; the dialog stays open until the
order is signed or the clerk gives up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import payment_orders
from desktop_app.services.claims.payment_orders import OrderRow, SignatoryCredentials
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import CallErrors, Operation, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class SignDialog(QDialog):
    def __init__(self, bus: AppBus, order: OrderRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus, self.order = bus, order
        self.setWindowTitle(self.tr("Signer l'ordre de paiement %1").replace("%1", order.number))
        actor = bus.ctx.actor
        self.own_session = actor is not None and actor.can(Permission.SIGN_PAYMENT_ORDERS)
        summary = QLabel(
            self.tr("Ordre %1 du %2 : %3 décompte(s), %4.")
            .replace("%1", order.number)
            .replace("%2", f"{order.order_date:%d/%m/%Y}")
            .replace("%3", str(len(order.items)))
            .replace("%4", format_fcfa(order.total))
        )
        summary.setObjectName("sign_summary")
        summary.setWordWrap(True)
        rule = QLabel(
            self.tr(
                "Le signataire a le droit de signer les ordres de paiement et n'a validé aucun "
                "de leurs décomptes (quatre yeux)."
            )
        )
        rule.setWordWrap(True)
        general = named(QLabel(), "sign_error")
        self.errors = FormErrors(general)
        self.code = named(QLineEdit(), "signatory_code")
        self.code.setMaxLength(30)
        self.password = named(QLineEdit(), "signatory_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.signer = named(QLabel(), "signer_name")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        if self.own_session:
            assert actor is not None
            self.signer.setText(
                self.tr("Vous signez en tant que %1 (%2).")
                .replace("%1", actor.full_name)
                .replace("%2", actor.code)
            )
            # Who signs is the session's user: a refusal names them, under their name.
            signer_error = self.errors.make_label("signatory", self.signer)
        else:
            self.signer.setText(
                self.tr("Le signataire saisit son propre code et son mot de passe :")
            )
            form.addRow(self.tr("Code du signataire"), self.code)
            # A refusal of the person (no right, assessed a file) goes under their code.
            form.addRow("", self.errors.make_label("signatory", self.code))
            form.addRow("", self.errors.make_label("signatory_code", self.code))
            form.addRow(self.tr("Mot de passe"), self.password)
            form.addRow("", self.errors.make_label("signatory_password", self.password))
            signer_error = None
        self.signer.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("Signer"))
        self.sign_button.setObjectName("sign_confirm")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(rule)
        layout.addWidget(self.signer)
        if signer_error is not None:
            layout.addWidget(signer_error)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def credentials(self) -> SignatoryCredentials | None:
        if self.own_session:
            return None
        return SignatoryCredentials(self.code.text().strip(), self.password.text())

    def sign(self) -> Operation:
        """Ask the service to sign; closes on success, shows the refusal otherwise."""
        return run_op(
            self.bus,
            lambda ctx, credentials: payment_orders.sign_payment_order(
                ctx, self.order.id, credentials
            ),
            command=self.credentials,
            errors=CallErrors(self._refused, self.errors.clear),
            trigger=self.sign_button,
            success=lambda _changes: self.accept(),
            parent=self,
        )

    def _refused(self, error: DomainError) -> None:
        self.password.clear()
        self.errors.show(error)
        self.adjustSize()  # the messages may need more lines

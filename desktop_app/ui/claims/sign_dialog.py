"""Signs a payment order (domain.md §10.3; architecture.md rule 11: four eyes where money
leaves). The dialog shows what the signature covers — each décompte, its amount and its
payee. A signatory signs in their own session with one click, or lets a colleague sign at
their desk; at a claims clerk's desk, the signatory types their own code and password. The
service checks everything — the right to sign, that the signatory assessed none of the
order's files, the password — and its refusals show next to the field they concern; the
dialog stays open until the order is signed or the clerk gives up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import payment_orders
from desktop_app.services.claims.payment_orders import (
    OrderRow,
    OrderSigned,
    SignatoryCredentials,
)
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import CallErrors, Operation, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class SignDialog(QDialog):
    signed = Signal(object)  # OrderSigned

    def __init__(self, bus: AppBus, order: OrderRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus, self.order = bus, order
        self.setWindowTitle(self.tr("Signer l'ordre de paiement %1").replace("%1", order.number))
        actor = bus.ctx.actor
        self.may_sign = actor is not None and actor.can(Permission.SIGN_PAYMENT_ORDERS)
        summary = QLabel(
            self.tr("Ordre %1 du %2 : %3 décompte(s), %4.")
            .replace("%1", order.number)
            .replace("%2", f"{order.order_date:%d/%m/%Y}")
            .replace("%3", str(len(order.items)))
            .replace("%4", format_fcfa(order.total))
        )
        summary.setObjectName("sign_summary")
        summary.setWordWrap(True)
        # What the signature covers: each file, its amount, the one it is paid to.
        covered = named(
            QLabel(
                "\n".join(
                    f"{item.claim_number} — {item.person_name} — "
                    f"{format_fcfa(item.amount)} → {item.payee_name}"
                    for item in order.items
                    if not item.withdrawn
                )
            ),
            "sign_items",
        )
        covered.setWordWrap(True)
        rule = QLabel(
            self.tr(
                "Le signataire a le droit de signer les ordres de paiement et n'a validé aucun "
                "des décomptes de cet ordre (quatre yeux). Chaque décompte sera réglé au "
                "bénéficiaire indiqué, et à lui seul."
            )
        )
        rule.setWordWrap(True)
        general = named(QLabel(), "sign_error")
        self.errors = FormErrors(general)
        self.myself = named(QRadioButton(), "sign_myself")
        self.colleague = named(
            QRadioButton(self.tr("Un autre signataire saisit son code et son mot de passe")),
            "sign_colleague",
        )
        self.code = named(QLineEdit(), "signatory_code")
        self.code.setMaxLength(30)
        self.password = named(QLineEdit(), "signatory_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.signer = named(QLabel(), "signer_name")
        self.signer.setWordWrap(True)
        self.credentials_box = QWidget()
        form = QFormLayout(self.credentials_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Code du signataire"), self.code)
        # A refusal of the person (no right, assessed a file) goes under their code.
        form.addRow("", self.errors.make_label("signatory_code", self.code))
        form.addRow(self.tr("Mot de passe"), self.password)
        form.addRow("", self.errors.make_label("signatory_password", self.password))
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
        layout.addWidget(covered)
        layout.addWidget(rule)
        if self.may_sign:
            assert actor is not None
            self.myself.setText(
                self.tr("Je signe moi-même : %1 (%2)")
                .replace("%1", actor.full_name)
                .replace("%2", actor.code)
            )
            self.myself.setChecked(True)
            layout.addWidget(self.myself)
            layout.addWidget(self.colleague)
        else:
            self.signer.setText(
                self.tr("Le signataire saisit son propre code et son mot de passe :")
            )
            self.colleague.setChecked(True)
            layout.addWidget(self.signer)
        # Who is refused (no right to sign, assessed a file) is said here, whoever signs.
        layout.addWidget(self.errors.make_label("signatory", self.signer))
        layout.addWidget(self.credentials_box)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.myself.toggled.connect(self._on_choice_toggled)
        self._on_choice_toggled()

    @property
    def own_session(self) -> bool:
        """True when the signed-in user signs, False when someone types their code."""
        return self.may_sign and self.myself.isChecked()

    def _on_choice_toggled(self, *_args: object) -> None:
        self.credentials_box.setVisible(not self.own_session)
        self.errors.clear()
        self.adjustSize()
        if not self.own_session:
            self.code.setFocus()

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
            success=self._on_signed,
            parent=self,
        )

    def _on_signed(self, done: OrderSigned) -> None:
        self.signed.emit(done)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.password.clear()
        self.errors.show(error)
        self.adjustSize()  # the messages may need more lines

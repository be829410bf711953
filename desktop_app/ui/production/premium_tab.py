"""The premium of a policy: for a draft, the quittance it would get (prorata, accessoires,
taxes, TTC, commission, fees); once issued, its quittances."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.money import format_fcfa, format_rate
from desktop_app.services.finance import payments
from desktop_app.services.production import documents, policies, pricing
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import fetch, run_query
from desktop_app.ui.widgets.naming import named


class PremiumTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.heading = named(QLabel(), "premium_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.body = named(QLabel(), "premium_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(self.body.textFormat().RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        if policy_id is None or view is None:
            self.heading.setText("")
            self.body.setText("")
            return
        if view.status == PolicyStatus.DRAFT:
            self.heading.setText(self.tr("Quittance prévue à l'émission (affaire nouvelle)"))
            op = run_query(
                self.bus,
                lambda ctx: pricing.preview_policy_quittance(ctx, policy_id),
                errors=lambda error: self.body.setText(error.message),  # cannot be priced yet
            )
            if not op.succeeded:
                return
            q = op.result
            if q is None:
                self.body.setText(self.tr("Ajoutez des assurés pour calculer la prime."))
                return
            lines = [line.line() for line in q.lines]
            a = q.amounts
            rows = "".join(f"<li>{line}</li>" for line in lines)
            # Outside the f-string, where lupdate can read them.
            net, fees, taxes = self.tr("Prime nette"), self.tr("Accessoires"), self.tr("Taxes")
            total, commission = self.tr("Prime TTC"), self.tr("Commission")
            management_fee = self.tr("Honoraires de gestion")
            self.body.setText(
                f"<ul>{rows}</ul><table cellspacing=6>"
                f"<tr><td>{net}</td><td align=right>{format_fcfa(a.net)}</td></tr>"
                f"<tr><td>{fees}</td><td align=right>{format_fcfa(a.fees)}</td></tr>"
                f"<tr><td>{taxes} ({format_rate(q.tax_rate)})</td><td align=right>{format_fcfa(a.taxes)}</td></tr>"
                f"<tr><td><b>{total}</b></td><td align=right><b>{format_fcfa(a.total)}</b></td></tr>"
                f"<tr><td>{commission} ({format_rate(q.commission_rate)})</td>"
                f"<td align=right>{format_fcfa(q.commission)}</td></tr>"
                f"<tr><td>{management_fee} ({format_rate(q.management_fee_rate)})</td>"
                f"<td align=right>{format_fcfa(q.management_fee)}</td></tr></table>"
            )
            return
        self.heading.setText(self.tr("Quittances émises"))
        quittances = fetch(
            self.bus,
            lambda ctx: documents.policy_quittances(ctx, policy_id),
            lambda error: self.body.setText(error.message),
        )
        if quittances is None:
            return
        net, fees, taxes = self.tr("prime nette"), self.tr("accessoires"), self.tr("taxes")
        total = self.tr("prime TTC")
        # What was collected, and each impayé with its reason (issue 9), for who may see it.
        notes = fetch(
            self.bus,
            lambda ctx: payments.quittance_collections(ctx, [q.quittance_id for q in quittances]),
            lambda _error: None,
            {},
        )
        paid_label, due_label = self.tr("encaissé"), self.tr("reste dû")
        parts = []
        for q in quittances:
            text = (
                f"<p><b>{q.number}</b> — {q.act_label} ({q.state.label.lower()}) : "
                f"{net} {format_fcfa(q.net)} + {fees} {format_fcfa(q.fees)} + "
                f"{taxes} {format_fcfa(q.taxes)} = {total} <b>{format_fcfa(q.total)}</b>"
            )
            note = notes.get(q.quittance_id)
            if note is not None and q.total > 0:
                text += (
                    f"<br>{paid_label} {format_fcfa(note.collected)} ; "
                    f"{due_label} {format_fcfa(q.total - note.collected)}"
                )
                for line in note.reversals:
                    text += f"<br><span style='color:#b00020'>{escape(line)}</span>"
            parts.append(text + "</p>")
        self.body.setText("".join(parts) or self.tr("Aucune quittance."))

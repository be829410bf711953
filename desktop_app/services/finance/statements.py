"""Account statements (relevé de compte) of a subscriber or an intermediary (issue 9,
domain.md §11): every quittance (debit; a refund is a credit), every allocation of a
payment to one of them (credit) and every reversal (impayé, debit, with its reason), and
the credit left on the party's own payments, with the running balance — as PDF and Excel.
Every line names its quittance or receipt: the debt is certain, liquid and traceable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.finance import (
    AccountStatementSnapshot,
    StatementEntry,
    render_account_statement,
)
from desktop_app.domain.collection import PayerKind
from desktop_app.domain.roles import Permission
from desktop_app.exports.statement import Column, SheetSpec, StatementSpec, write_statement
from desktop_app.persistence.models import PremiumAllocation, PremiumPayment, Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance.common import credit_of, load_payer, payer_quittances
from desktop_app.services.issued_documents import company_snapshot

_Row = tuple[date, int, int, str, str, int, int]  # day, order, id, document, label, debit, credit


def _entries(
    session: Session, kind: PayerKind, party_id: int, as_of: date
) -> tuple[list[StatementEntry], int]:
    rows: list[_Row] = []
    quittances = {
        q.id: q
        for q in session.scalars(
            payer_quittances(kind, party_id).where(Quittance.issue_date <= as_of)
        )
    }
    for q in quittances.values():
        label = f"{q.act_label} — police {q.policy_number}"
        if q.total >= 0:
            rows.append((q.issue_date, 0, q.id, q.number, label, q.total, 0))
        else:
            rows.append((q.issue_date, 0, q.id, q.number, label, 0, -q.total))
    a, p = PremiumAllocation, PremiumPayment
    allocations = session.execute(
        select(a, p)
        .join(p, p.id == a.payment_id)
        .where(a.quittance_id.in_(list(quittances)), a.on_date <= as_of)
        .order_by(a.id)
    ).all()
    for allocation, payment in allocations:
        q = quittances[allocation.quittance_id]
        if allocation.amount > 0:
            label = f"Encaissement {payment.mode.label.lower()} de {payment.payer_name}, imputé sur {q.number}"
            rows.append(
                (allocation.on_date, 1, allocation.id, payment.number, label, 0, allocation.amount)
            )
        else:
            label = f"Impayé sur {q.number} : {payment.reversal_reason}"
            rows.append(
                (allocation.on_date, 2, allocation.id, payment.number, label, -allocation.amount, 0)
            )
    column = p.subscriber_id if kind is PayerKind.SUBSCRIBER else p.intermediary_id
    unallocated = 0
    for payment in session.scalars(
        select(p)
        .where(column == party_id, p.payer_kind == kind, p.payment_date <= as_of)
        .order_by(p.id)
    ):
        credit = credit_of(session, payment)
        if credit > 0:
            unallocated += credit
            label = f"Encaissement {payment.mode.label.lower()} non imputé (crédit au compte)"
            rows.append((payment.payment_date, 3, payment.id, payment.number, label, 0, credit))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    balance = 0
    entries = []
    for day, _order, _id, document, label, debit, credit in rows:
        balance += debit - credit
        entries.append(StatementEntry(day, document, label, debit, credit, balance))
    return entries, unallocated


def account_statement(
    ctx: ServiceContext, kind: PayerKind, party_id: int, as_of: date | None = None
) -> AccountStatementSnapshot:
    ctx.require(Permission.VIEW_FINANCE)
    when = as_of or ctx.today()
    with ctx.read() as session:
        party = load_payer(session, kind, party_id)
        entries, unallocated = _entries(session, kind, party_id, when)
        return AccountStatementSnapshot(
            company_snapshot(session), kind.label, party.name, when, tuple(entries), unallocated
        )


def account_statement_pdf(
    ctx: ServiceContext, kind: PayerKind, party_id: int, as_of: date | None = None
) -> bytes:
    return render_account_statement(account_statement(ctx, kind, party_id, as_of))


def export_account_statement(
    ctx: ServiceContext, kind: PayerKind, party_id: int, target: Path, as_of: date | None = None
) -> AccountStatementSnapshot:
    actor = ctx.require(Permission.VIEW_FINANCE)
    statement = account_statement(ctx, kind, party_id, as_of)
    sheet = SheetSpec(
        "Relevé",
        [
            Column("Date", "date"),
            Column("Pièce"),
            Column("Libellé"),
            Column("Débit", "money"),
            Column("Crédit", "money"),
            Column("Solde", "balance"),
        ],
        ([e.day, e.document, e.label, e.debit, e.credit, e.balance] for e in statement.entries),
    )
    spec = StatementSpec(
        statement.company.name,
        f"Relevé de compte — {statement.party_name}",
        f"au {statement.as_of.strftime('%d/%m/%Y')}",
        ctx.now(),
        actor.full_name,
        scope=f"{statement.party_label} : {statement.party_name}",
    )
    write_statement(target, spec, [sheet])
    return statement

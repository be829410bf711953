"""The premium-collection statements (domain.md §12, issue 9), in the same form as the
others: premiums collected with their payment details, commissions per intermediary,
management fees per administrator, and the cash desk days.

Every figure is read from rows frozen when they were written (architecture.md rule 5):
payments (their amount, date, mode and payer never change), allocations and their
counter-entries (never updated), quittances (amounts and parties frozen at issue). A
reversal is a negative row on the day it was recorded, so a closed period's statement says
the same thing next year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import String, func, or_, select, type_coerce

from desktop_app.domain.collection import CollectionMode, MobileOperator, PayerKind, PaymentState
from desktop_app.domain.roles import Permission
from desktop_app.exports.statement import (
    Column,
    SheetSpec,
    StatementResult,
    StatementSpec,
    period_text,
    write_statement,
)
from desktop_app.persistence.models import (
    CashDay,
    PremiumAllocation,
    PremiumPayment,
    Quittance,
)
from desktop_app.services.administration.company import get_company
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements.scope import STREAM_BATCH, StatementScope

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


def _spec(ctx: ServiceContext, title: str, scope: StatementScope) -> StatementSpec:
    actor = ctx.require(Permission.EXPORT_STATEMENTS)
    scope.check()
    return StatementSpec(
        get_company(ctx).name or "Compagnie",
        title,
        period_text(scope.start, scope.end),
        ctx.now(),
        actor.full_name or actor.code,
    )


PAYMENT_COLUMNS = (
    Column("N° de reçu"),
    Column("Date", "date"),
    Column("Payeur"),
    Column("Type de payeur"),
    Column("Mode"),
    Column("Banque"),
    Column("N° de chèque"),
    Column("Tireur"),
    Column("Opérateur"),
    Column("N° de transaction"),
    Column("Référence"),
    Column("Caissier"),
    Column("Montant", "money"),
    Column("Observation"),
)
ALLOCATION_COLUMNS = (
    Column("N° de reçu"),
    Column("Date d'imputation", "date"),
    Column("Mode"),
    Column("N° de quittance"),
    Column("N° de police"),
    Column("Souscripteur"),
    Column("Code intermédiaire"),
    Column("Intermédiaire"),
    Column("Gestionnaire"),
    Column("Montant imputé", "money"),
    Column("Observation"),
)


def _payment_rows(ctx: ServiceContext, scope: StatementScope) -> Iterator[Sequence[object]]:
    """Each payment received in the period (+), each reversal recorded in it (−). Plain
    columns, not mapped objects: a statement of 100 000 payments streams."""
    p = PremiumPayment
    query = (
        select(
            p.number,
            p.payment_date,
            p.payer_name,
            type_coerce(p.payer_kind, String),
            type_coerce(p.mode, String),
            p.bank,
            p.cheque_number,
            p.drawer,
            p.operator,
            p.transaction_id,
            p.reference,
            p.received_by,
            p.amount,
            p.flag,
            p.reversed_on,
            p.reversal_reason,
        )
        .where(
            or_(
                p.payment_date.between(scope.start, scope.end),
                p.reversed_on.between(scope.start, scope.end),
            )
        )
        .order_by(p.payment_date, p.number)
        .execution_options(yield_per=STREAM_BATCH)
    )
    if scope.intermediary_id is not None:
        query = query.where(p.intermediary_id == scope.intermediary_id)
    kinds = {k.value: k.label for k in PayerKind}
    modes = {m.value: m.label for m in CollectionMode}
    operators = {o.value: o.label for o in MobileOperator}
    with ctx.read() as session:
        reversals = []
        for (
            number,
            paid_on,
            payer,
            kind,
            mode,
            bank,
            cheque,
            drawer,
            operator,
            transaction,
            reference,
            cashier,
            amount,
            flag,
            reversed_on,
            reason,
        ) in session.connection().execute(query):
            rest = (
                payer,
                kinds[str(kind)],
                modes[str(mode)],
                bank,
                cheque,
                drawer,
                operators.get(str(operator), "") if operator is not None else "",
                transaction or "",
                reference,
                cashier,
            )
            if scope.start <= paid_on <= scope.end:
                yield (number, paid_on, *rest, amount, flag)
            if reversed_on is not None and scope.start <= reversed_on <= scope.end:
                reversals.append((number, reversed_on, *rest, -amount, f"Impayé : {reason}"))
        yield from reversals


def _allocation_rows(ctx: ServiceContext, scope: StatementScope) -> Iterator[Sequence[object]]:
    a, p, q = PremiumAllocation, PremiumPayment, Quittance
    query = (
        select(
            p.number,
            a.on_date,
            type_coerce(p.mode, String),  # the stored value: a label by dict, not an enum a row
            q.number,
            q.policy_number,
            q.subscriber_name,
            q.intermediary_code,
            q.intermediary_name,
            q.administrator_name,
            a.amount,
            a.reversal,
            p.reversal_reason,
        )
        .join(p, p.id == a.payment_id)
        .join(q, q.id == a.quittance_id)
        .where(a.on_date.between(scope.start, scope.end))
        .order_by(a.on_date, a.id)
        .execution_options(yield_per=STREAM_BATCH)
    )
    if scope.administrator_id is not None:
        query = query.where(q.administrator_id == scope.administrator_id)
    if scope.intermediary_id is not None:
        query = query.where(q.intermediary_id == scope.intermediary_id)
    modes = {m.value: m.label for m in CollectionMode}
    with ctx.read() as session:
        for (
            receipt,
            on,
            mode,
            quittance,
            policy,
            subscriber,
            icode,
            iname,
            admin,
            amount,
            reversal,
            reason,
        ) in session.connection().execute(query):
            note = f"Impayé : {reason}" if reversal else ""
            yield (
                receipt,
                on,
                modes[mode],
                quittance,
                policy,
                subscriber,
                icode,
                iname,
                admin,
                int(amount),
                note,
            )


def export_premiums_collected(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StatementResult:
    """Premiums collected (§12): the payments with their details, and their allocations
    to quittances (what each paid, traceable)."""
    spec = _spec(ctx, "Bordereau des primes encaissées", scope)
    return write_statement(
        target,
        spec,
        [
            SheetSpec("Encaissements", PAYMENT_COLUMNS, _payment_rows(ctx, scope)),
            SheetSpec("Imputations", ALLOCATION_COLUMNS, _allocation_rows(ctx, scope)),
        ],
        progress=progress,
        cancelled=cancelled,
    )


def _grouped(
    ctx: ServiceContext, scope: StatementScope, by_intermediary: bool
) -> tuple[list[Sequence[object]], list[Sequence[object]]]:
    """Per party: the quittances issued in the period (number, prime nette, TTC, commission
    or management fee, all frozen at issue) and what was collected on them by the end of
    the period."""
    q, a = Quittance, PremiumAllocation
    paid = (
        select(a.quittance_id, func.sum(a.amount).label("paid"))
        .where(a.on_date <= scope.end)
        .group_by(a.quittance_id)
        .subquery()
    )
    code = q.intermediary_code if by_intermediary else q.administrator_name
    name = q.intermediary_name if by_intermediary else q.administrator_name
    fee = q.commission if by_intermediary else q.management_fee
    rate = q.commission_rate if by_intermediary else q.management_fee_rate
    query = (
        select(
            code,
            name,
            q.number,
            q.policy_number,
            q.subscriber_name,
            q.issue_date,
            q.net,
            q.total,
            rate,
            fee,
            func.coalesce(paid.c.paid, 0),
        )
        .outerjoin(paid, paid.c.quittance_id == q.id)
        .where(q.issue_date.between(scope.start, scope.end))
        .order_by(name, q.issue_date, q.number)
    )
    if scope.administrator_id is not None:
        query = query.where(q.administrator_id == scope.administrator_id)
    if scope.intermediary_id is not None:
        query = query.where(q.intermediary_id == scope.intermediary_id)
    detail: list[Sequence[object]] = []
    groups: dict[tuple[str, str], list[int]] = {}
    with ctx.read() as session:
        for c, n, number, policy, subscriber, issued, net, total, r, f, done in session.execute(
            query
        ):
            key = (c or "", n or "(sans)")
            detail.append(
                (
                    *key,
                    number,
                    policy,
                    subscriber,
                    issued,
                    int(net),
                    int(total),
                    r,
                    int(f),
                    int(done),
                )
            )
            sums = groups.setdefault(key, [0, 0, 0, 0, 0])
            sums[0] += 1
            sums[1] += int(net)
            sums[2] += int(total)
            sums[3] += int(f)
            sums[4] += int(done)
    summary: list[Sequence[object]] = [(*key, *sums) for key, sums in groups.items()]
    return summary, detail


def _export_grouped(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    by_intermediary: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> StatementResult:
    what = "Commission" if by_intermediary else "Honoraires de gestion"
    who = ("Code intermédiaire", "Intermédiaire") if by_intermediary else ("Gestionnaire", "")
    title = (
        "Bordereau des commissions par intermédiaire"
        if by_intermediary
        else "Bordereau des honoraires de gestion par gestionnaire"
    )
    spec = _spec(ctx, title, scope)
    summary, detail = _grouped(ctx, scope, by_intermediary)
    heads = [Column(who[0]), Column(who[1] or "Nom")]
    return write_statement(
        target,
        spec,
        [
            SheetSpec(
                "Par intermédiaire" if by_intermediary else "Par gestionnaire",
                [
                    *heads,
                    Column("Quittances", "int"),
                    Column("Prime nette", "money"),
                    Column("Prime TTC", "money"),
                    Column(what, "money"),
                    Column("Encaissé sur ces quittances", "money"),
                ],
                summary,
            ),
            SheetSpec(
                "Détail",
                [
                    *heads,
                    Column("N° de quittance"),
                    Column("N° de police"),
                    Column("Souscripteur"),
                    Column("Émission", "date"),
                    Column("Prime nette", "money"),
                    Column("Prime TTC", "money"),
                    Column("Taux", "rate"),
                    Column(what, "money"),
                    Column("Encaissé", "money"),
                ],
                detail,
            ),
        ],
        progress=progress,
        cancelled=cancelled,
    )


def export_commissions(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StatementResult:
    """Commissions per intermediary (§12), on the quittances issued in the period."""
    return _export_grouped(ctx, scope, target, True, progress, cancelled)


def export_management_fees(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StatementResult:
    """Management fees per administrator (§12), on the quittances issued in the period."""
    return _export_grouped(ctx, scope, target, False, progress, cancelled)


def export_cash_days(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StatementResult:
    """The cash desk days of the period: each cashier's day, its state, who checked it,
    and its totals by mode (received less the reversals dated that day)."""
    spec = _spec(ctx, "Journées de caisse", scope)
    p = PremiumPayment
    with ctx.read() as session:
        days = list(
            session.scalars(
                select(CashDay)
                .where(CashDay.day.between(scope.start, scope.end))
                .order_by(CashDay.day, CashDay.cashier_code)
            )
        )
        totals: dict[int, dict[CollectionMode, int]] = {
            d.id: dict.fromkeys(CollectionMode, 0) for d in days
        }
        ids = list(totals)
        for day_id, mode, amount in session.execute(
            select(p.cash_day_id, p.mode, p.amount).where(p.cash_day_id.in_(ids))
        ):
            totals[day_id][CollectionMode(mode)] += int(amount)
        for day_id, mode, amount in session.execute(
            select(p.reversal_day_id, p.mode, p.amount).where(
                p.reversal_day_id.in_(ids), p.status == PaymentState.REVERSED
            )
        ):
            totals[int(day_id)][CollectionMode(mode)] -= int(amount)
        rows = [
            (
                d.day,
                d.cashier_code,
                d.status.label,
                d.checked_by_code,
                *(totals[d.id][m] for m in CollectionMode),
                sum(totals[d.id].values()),
            )
            for d in days
        ]
    columns = [
        Column("Journée", "date"),
        Column("Caissier"),
        Column("État"),
        Column("Contrôlée par"),
        *(Column(m.label, "money") for m in CollectionMode),
        Column("Total", "money"),
    ]
    return write_statement(
        target,
        spec,
        [SheetSpec("Journées", columns, rows)],
        progress=progress,
        cancelled=cancelled,
    )

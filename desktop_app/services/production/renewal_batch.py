"""Renewing every policy due (domain.md §8, issue 8): in the background with progress and
cancel, or from the command line. Each policy renews in its own unit of work, so that a
cancelled or interrupted batch leaves every policy either renewed or untouched; a policy
refused is reported with its reason and the batch goes on.

Policies due for ``year``: in force, not ended, expiring on 31 December of the year before.
Left for the clerk, one by one, and reported: those without tacit renewal (the client's
decision is awaited) and those whose whole cover is suspended on 31 December.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.money import format_fcfa
from desktop_app.domain.renewal import LossRatio
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Policy
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.issued_documents import company_snapshot
from desktop_app.services.production import pricing
from desktop_app.services.production.renewal_plan import (
    Prices,
    RenewalPlan,
    check_year,
    loss_ratios,
    person_rows,
    plan_renewal,
    policies_due,
    renewed_policies,
    suspended_policies,
)
from desktop_app.services.production.renewal_write import write_renewals

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RenewedLine:
    policy_number: str
    subscriber: str
    persons: int
    leaving: int
    net_before: int
    net_after: int
    ratio_label: str
    band_label: str
    rate: Decimal
    quittance_number: str  # "" in a dry run
    total: int


@dataclass(frozen=True)
class SkippedLine:
    policy_number: str
    subscriber: str
    reason: str


@dataclass(frozen=True)
class LeaverLine:
    policy_number: str
    matricule: str
    name: str
    birth_date: date
    last_day: date
    reason: str


@dataclass
class RenewalReport:
    year: int
    dry_run: bool
    due: int = 0
    renewed: list[RenewedLine] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)
    leavers: list[LeaverLine] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    changes: Changes = field(default_factory=Changes)

    @property
    def untouched(self) -> int:
        """Policies due that the batch did not reach (cancelled)."""
        return self.due - len(self.renewed) - len(self.skipped)

    def summary(self) -> str:
        verb = "seraient renouvelées" if self.dry_run else "renouvelées"
        parts = [
            f"{len(self.renewed)} police(s) {verb} pour {self.year} sur {self.due} à échéance",
            f"{len(self.skipped)} laissée(s) au gestionnaire",
            f"{len(self.leavers)} personne(s) sortie(s) pour limite d'âge",
        ]
        if self.renewed:
            total = sum(r.total for r in self.renewed)
            parts.append(f"quittances {format_fcfa(total)}")
        text = " ; ".join(parts) + "."
        if self.cancelled:
            text += (
                f" Traitement interrompu : {self.untouched} police(s) non traitée(s), "
                "laissées telles quelles."
            )
        return text


def _left_for_clerk(policy: Policy, suspended: set[int]) -> str:
    if not policy.tacit_renewal:
        return "Sans tacite reconduction : à renouveler une à une, sur décision du client."
    if policy.id in suspended:
        return "Police suspendue au 31 décembre : à renouveler une à une."
    return ""


def _renewed(plan: RenewalPlan, quittance_number: str, total: int) -> RenewedLine:
    a = plan.adjustment
    return RenewedLine(
        plan.policy_number,
        plan.subscriber_name,
        len(plan.carried),
        len(plan.leaving),
        plan.net_before,
        plan.net_after,
        a.loss_ratio.percent_label,
        a.band_label,
        a.rate,
        quittance_number,
        total,
    )


CHUNK = 200  # policies written together: one transaction, one statement per kind of row


def renew_all(
    ctx: ServiceContext,
    year: int,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenewalReport:
    """Renew every policy due for ``year`` (``dry_run``: compute and report, write
    nothing). Policies go by chunks of ``CHUNK``, each chunk one unit of work;
    ``progress(done, due)`` after each chunk; ``cancelled()`` is asked before each policy:
    a true answer stops there, and the policies of the chunk already planned are written
    whole, every other one untouched."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    check_year(year)
    started = time.perf_counter()
    report = RenewalReport(year, dry_run)
    with ctx.read() as session:
        due = list(policies_due(session, year))
        ratios = loss_ratios(session, year - 1)
        prices = Prices(pricing.load_tariff(session))
        table = pricing.load_adjustment(session)
        suspended = suspended_policies(session, date(year - 1, 12, 31))
        company = company_snapshot(session)
    report.due = len(due)
    start = date(year, 1, 1)
    done = 0
    for first in range(0, len(due), CHUNK):
        chunk = due[first : first + CHUNK]
        with ctx.read() if dry_run else ctx.write() as session:
            policies = _load(session, chunk, lock=not dry_run)
            persons = person_rows(session, chunk, start)
            renewed = renewed_policies(session, chunk, year)
            ready: list[tuple[Policy, RenewalPlan]] = []
            for policy_id in chunk:
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                policy = policies[policy_id]
                number, subscriber = policy.number or "", policy.subscriber.name
                reason = _left_for_clerk(policy, suspended)
                if reason:
                    report.skipped.append(SkippedLine(number, subscriber, reason))
                    continue
                plan = plan_renewal(
                    policy,
                    persons[policy_id],
                    year,
                    prices=prices,
                    table=table,
                    loss_ratio=ratios.get(policy_id, LossRatio(0, 0, 0)),
                    renewed=policy_id in renewed,
                )
                report.leavers += [
                    LeaverLine(number, p.matricule, p.name, p.birth_date, p.last_day, p.reason)
                    for p in plan.leaving
                ]
                if plan.refusal:
                    report.skipped.append(SkippedLine(number, subscriber, plan.refusal))
                else:
                    ready.append((policy, plan))
            if dry_run:
                report.renewed += [
                    _renewed(plan, "", plan.quittance.amounts.total if plan.quittance else 0)
                    for _, plan in ready
                ]
            else:
                results = write_renewals(session, actor, ready, ctx.now(), company)
                report.renewed += [
                    _renewed(plan, r.quittance_number, r.total)
                    for (_, plan), r in zip(ready, results, strict=True)
                ]
        done += len(chunk)
        if report.cancelled:
            break
        if progress is not None:
            progress(done, len(due))
    if report.renewed and not dry_run:
        report.changes = Changes(
            frozenset(
                {"policies", "quittances", "endorsements", "insured_persons", "issued_documents"}
            )
        )
    report.seconds = time.perf_counter() - started
    return report


def _load(session: Session, ids: list[int], *, lock: bool) -> dict[int, Policy]:
    """The chunk's policies with their parties, in two statements (locked for writing)."""
    query = (
        select(Policy)
        .where(Policy.id.in_(ids))
        .options(
            selectinload(Policy.subscriber),
            selectinload(Policy.intermediary),
            selectinload(Policy.administrator),
        )
    )
    if lock:
        query = query.with_for_update(of=Policy)
    return {p.id: p for p in session.scalars(query)}

"""Every lazy list's service pages by key (architecture.md rule 8): the pages, each asked
after the last row of the one before, add up to the whole list in its order, with no row
repeated or lost where many rows share a sort value (ties broken by id), then an empty
page. Rows are written straight into the tables, with few distinct dates, names and
times, so that every page boundary falls inside a run of equal sort values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol

import pytest

from desktop_app.domain.care import Condition
from desktop_app.domain.claim_workflow import ApprovalState, ClaimState
from desktop_app.domain.kinds import Gender, ManagementSystem, PaymentMode, SubscriberKind
from desktop_app.domain.roles import Role
from desktop_app.domain.text import search_key
from desktop_app.persistence.models import (
    AssessmentLine,
    AuditEntry,
    Claim,
    ClaimPayment,
    Member,
    PaymentOrder,
    Policy,
    PriorApproval,
    Subscriber,
)
from desktop_app.persistence.unit_of_work import unit_of_work
from desktop_app.services.administration import audit, users
from desktop_app.services.administration.audit import AuditFilter
from desktop_app.services.claims import approvals, assessments, payment_orders
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import policies, subscribers
from tests.conftest import make_user

DAYS = (date(2026, 10, 5), date(2026, 10, 9))  # two dates only: long runs of ties
TODAY = date(2026, 11, 21)


class Keyed(Protocol):
    @property
    def page_key(self) -> Any: ...


def walk(fetch: Callable[[Any, int], Sequence[Keyed]], limit: int) -> list[Any]:
    """Every page of ``limit`` rows, each after the last row of the one before, up to and
    including the empty page that ends the list."""
    rows: list[Any] = []
    after = None
    for _ in range(1_000):
        page = list(fetch(after, limit))
        assert len(page) <= limit
        if not page:
            return rows
        rows.extend(page)
        after = page[-1].page_key
    raise AssertionError("the pages never end")


def check_paging(
    fetch: Callable[[Any, int], Sequence[Keyed]],
    order: Callable[[Any], Any],
    identity: Callable[[Any], Any] = lambda r: r.page_key,
) -> list[Any]:
    """The whole list is in ``order`` (a total order: no two rows compare equal) and every
    page size walks it exactly, the last page short or empty."""
    whole = list(fetch(None, 10_000))
    assert len(whole) >= 10
    assert [order(r) for r in whole] == sorted(order(r) for r in whole)
    assert len({order(r) for r in whole}) == len(whole)
    ids = [identity(r) for r in whole]
    for limit in (1, 3, 7, len(whole) - 1, len(whole), len(whole) + 5):
        walked = [identity(r) for r in walk(fetch, limit)]
        assert walked == ids, f"pages of {limit}"
    return whole


@pytest.fixture
def everyone(admin: ServiceContext) -> ServiceContext:
    make_user(admin, "tout", *Role)
    return users.login(admin, "tout", "motdepasse1")


@pytest.fixture
def portfolio(everyone: ServiceContext) -> dict[str, Any]:
    """One member on one policy, 12 files of 3 lines each on two care dates, payments and
    requests on two days, audit entries of two tables, namesake subscribers, drafts and
    numbered policies."""
    made: dict[str, Any] = {}
    with unit_of_work(everyone.db) as session:
        namesakes = [
            Subscriber(kind=SubscriberKind.PERSON, name=name, name_key=search_key(name))
            for name in ("Koné", "Bamba", "Koné", "Koné", "Bamba", "Touré") * 4
        ]
        session.add_all(namesakes)
        session.flush()
        for n, holder in enumerate(namesakes):
            session.add(
                Policy(
                    subscriber_id=holder.id,
                    number=None if n % 3 == 0 else f"P-2026-{n:05d}",
                    effective_date=date(2026, 1, 1),
                    expiry_date=date(2026, 12, 31),
                )
            )
        policy = Policy(
            subscriber_id=namesakes[0].id,
            number="P-2026-99999",
            effective_date=date(2026, 1, 1),
            expiry_date=date(2026, 12, 31),
        )
        session.add(policy)
        session.flush()
        person = Member(
            policy_id=policy.id,
            matricule="M-000001",
            last_name="Kouassi",
            first_names="Awa",
            last_name_key="kouassi",
            first_names_key="awa",
            birth_date=date(1985, 1, 20),
            gender=Gender.FEMALE,
            entry_date=date(2026, 1, 1),
            coverage_rate=80,
            zone=1,
            annual_ceiling=2_000_000,
            annual_net_premium=100_000,
        )
        session.add(person)
        session.flush()
        claims = []
        for n in range(24):
            claim = Claim(
                number=f"S-2026-{n + 1:06d}",
                reception_date=DAYS[n % 2],
                person_id=person.id,
                policy_id=policy.id,
                condition=Condition.COMMON_ILLNESS,
                mode=ManagementSystem.DIRECT_BILLING,
                payee_name="Clinique",
                amount_claimed=30_000,
                next_action_date=DAYS[n % 2],
                status=ClaimState.ASSESSED if n % 4 else ClaimState.RECEIVED,
                received_by="tout",
                received_at=datetime(2026, 10, 1, 8),
            )
            claims.append(claim)
        session.add_all(claims)
        session.flush()
        for n, claim in enumerate(claims[:12]):
            for line_no in (1, 2, 3):
                session.add(
                    AssessmentLine(
                        claim_id=claim.id,
                        line_no=line_no,
                        person_id=person.id,
                        care_date=DAYS[(n + line_no) % 2],
                        category="CONS",
                        claimed=10_000,
                        base=10_000,
                        rate=Decimal("0.8"),
                        at_rate=8_000,
                        reimbursed=8_000,
                        member_pays=2_000,
                        cap="none",
                    )
                )
        orders = [
            PaymentOrder(
                number=f"OP-2026-{n:05d}",
                order_date=DAYS[n % 2],
                signatory_id=everyone.actor.user_id,  # type: ignore[union-attr]
                signatory="Tout",
                total=30_000,
                created_by="tout",
                created_at=datetime(2026, 10, 10, 8),
            )
            for n in range(22)
        ]
        session.add_all(orders)
        session.flush()
        for n, claim in enumerate(claims):
            session.add(
                ClaimPayment(
                    order_id=orders[n % len(orders)].id,
                    claim_id=claim.id,
                    payment_date=DAYS[n % 2],
                    period_label="octobre 2026",
                    mode=PaymentMode.TRANSFER,
                    payee="Clinique",
                    amount=24_000,
                    created_by="tout",
                    created_at=datetime(2026, 10, 10, 8),
                )
            )
        for n in range(23):
            session.add(
                PriorApproval(
                    reference=f"EP-{n:04d}",
                    asked_at=datetime.combine(DAYS[n % 2], time(9, 30)),
                    asked_by="tout",
                    person_id=person.id,
                    category="HOSP",
                    estimated_amount=100_000,
                    state=ApprovalState.ASKED,
                )
            )
        for n in range(25):
            session.add(
                AuditEntry(
                    at=datetime(2026, 10, 10, 8),
                    user_code="tout",
                    action="update",
                    table_name=("claims", "other")[n % 2],
                    record_id=str(n),
                )
            )
        made["person_id"] = person.id
    return made


def test_decompte_lines(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    def latest_care_first(r: assessments.LineRow) -> tuple[int, int, int]:
        return (-r.care_date.toordinal(), -r.claim_id, r.line_no)

    for person_id in (None, portfolio["person_id"]):
        whole = check_paging(
            lambda after, limit, p=person_id: assessments.list_assessment_lines(
                everyone, p, None, after, limit
            ),
            latest_care_first,
        )
        assert len(whole) == 36
    # One file's lines, by number, a page after a line.
    claim_id = whole[0].claim_id
    first, *rest = assessments.list_assessment_lines(everyone, claim_id=claim_id, limit=1)
    after = assessments.list_assessment_lines(everyone, claim_id=claim_id, after=first.page_key)
    assert [r.line_no for r in [first, *after]] == [1, 2, 3] and rest == []


def test_claims(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    everything = claim_queries.ClaimFilter()
    whole = check_paging(
        lambda after, limit: claim_queries.list_claims(everyone, everything, after, limit),
        lambda r: -r.id,
    )
    assert len(whole) == claim_queries.count_claims(everyone, everything) == 24
    assessed = claim_queries.ClaimFilter(status=ClaimState.ASSESSED, text="kou")
    whole = check_paging(
        lambda after, limit: claim_queries.list_claims(everyone, assessed, after, limit),
        lambda r: -r.id,
    )
    assert len(whole) == claim_queries.count_claims(everyone, assessed) == 18


def test_payments_and_orders(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    whole = check_paging(
        lambda after, limit: payment_orders.list_payments(everyone, after, limit),
        lambda r: (-r.payment_date.toordinal(), -r.id),
    )
    assert len(whole) == claim_queries.count_payments(everyone) == 24
    whole = check_paging(
        lambda after, limit: payment_orders.list_orders(everyone, None, after, limit),
        lambda r: -r.id,
    )
    assert len(whole) == payment_orders.count_orders(everyone) == 22


def test_approvals(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    whole = check_paging(
        lambda after, limit: approvals.list_approvals(everyone, False, None, None, after, limit),
        lambda r: (-r.asked_at.timestamp(), -r.id),
    )
    assert len(whole) == approvals.count_approvals(everyone) == 23


def test_due_actions(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    whole = check_paging(
        lambda after, limit: claim_timeline.due_actions(everyone, TODAY, after, limit),
        lambda r: (r.next_action_date, r.claim_id),
    )
    assert len(whole) == claim_timeline.count_due_actions(everyone, TODAY) == 24


def test_audit_journal(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    newest = audit.latest_audit_id(everyone)
    for flt in (AuditFilter(up_to_id=newest), AuditFilter(table_name="claims", up_to_id=newest)):
        whole = check_paging(
            lambda after, limit, f=flt: audit.fetch_audit(everyone, f, after, limit),
            lambda r: -r.id,
        )
        assert len(whole) == audit.count_audit(everyone, flt)
    claims_entries = audit.count_audit(everyone, AuditFilter(table_name="claims"))
    assert claims_entries > 20
    # Counting stops where it is told to.
    assert audit.count_audit(everyone, AuditFilter(table_name="claims"), at_most=5) == 5
    assert (
        audit.count_audit(everyone, AuditFilter(table_name="claims"), at_most=10_000)
        == claims_entries
    )
    assert audit.count_audit(everyone, AuditFilter(table_name="none"), at_most=5) == 0


def test_subscribers(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    whole = check_paging(
        lambda after, limit: subscribers.fetch_subscribers(everyone, "", after, limit),
        lambda r: (r.name_key, r.id),
    )
    assert len(whole) == subscribers.count_subscribers(everyone) == 24
    kone = check_paging(
        lambda after, limit: subscribers.fetch_subscribers(everyone, "kon", after, limit),
        lambda r: (r.name_key, r.id),
    )
    assert {r.name for r in kone} == {"Koné"} and len(kone) == 12


def test_policies_drafts_first(everyone: ServiceContext, portfolio: dict[str, Any]) -> None:
    everything = policies.PolicyFilter()
    whole = check_paging(
        lambda after, limit: policies.fetch_policies(everyone, everything, after, limit),
        lambda r: (r.number is not None, -r.id),
    )
    assert len(whole) == policies.count_policies(everyone, everything) == 25
    drafts = [r for r in whole if r.number is None]
    assert whole[: len(drafts)] == drafts and len(drafts) == 8


def test_a_page_after_the_last_row_is_empty(everyone: ServiceContext, portfolio: Any) -> None:
    (last,) = payment_orders.list_payments(everyone, None, 10_000)[-1:]
    assert payment_orders.list_payments(everyone, last.page_key) == []
    # A key that matches no row (its row was removed since) starts the page where it was.
    gone = payment_orders.PaymentKey(DAYS[1] + timedelta(days=1), 0)
    assert len(payment_orders.list_payments(everyone, gone, 10_000)) == 24

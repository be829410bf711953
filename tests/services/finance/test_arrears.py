"""Arrears by age and recovery letters (domain.md §11; issue 9)."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.domain.collection import AgeBucket, Allocation, CollectionMode, PayerKind
from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.persistence.models import IssuedDocument, ReminderLetter
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import arrears, payments
from desktop_app.services.finance.payments import PaymentInput
from tests.documents.pdftools import text as pdf_text
from tests.services.finance.builders import TODAY, at, debtor, office, quittance

B = AgeBucket


def portfolio(admin: ServiceContext, clerk: ServiceContext) -> tuple[object, int, list[int]]:
    """On 21/11/2026 one subscriber owes: 50 000 due 01/12 (not due), 30 000 due today (day
    0), 124 800 due 15/10 of which 24 800 paid (37 days: 100 000 in 31–60), 20 000 due 01/09
    (81 days), 10 000 due 30/06 (144 days). A paid and a cancelled quittance are not debts."""
    o = office(admin, clerk)
    sub, pid, ids = debtor(
        o,
        "Koné Aïcha",
        (50_000, date(2026, 12, 1)),
        (30_000, date(2026, 11, 21)),
        (124_800, date(2026, 10, 15)),
        (20_000, date(2026, 9, 1)),
        (10_000, date(2026, 6, 30)),
    )
    quittance(o.admin, pid, 99_000, date(2026, 1, 1), status=QuittanceState.PAID)
    quittance(o.admin, pid, 77_000, date(2026, 1, 1), status=QuittanceState.CANCELLED)
    payments.record_payment(
        o.cashier,
        PaymentInput(
            TODAY,
            PayerKind.SUBSCRIBER,
            sub,
            CollectionMode.CASH,
            24_800,
            allocations=(Allocation(ids[2], 24_800),),
        ),
    )
    return o, sub, ids


def test_arrears_by_age_per_subscriber_and_intermediary(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """domain.md §11: not due 50 000; 0–30: 30 000 (due today counts as day 0); 31–60:
    124 800 − 24 800 = 100 000; 61–90: 20 000; > 90: 10 000; total 210 000, of which
    160 000 overdue. Each amount is a quittance with its TTC and what was collected."""
    o, sub, ids = portfolio(admin, clerk)
    (party,) = arrears.arrears(o.cashier, TODAY)
    assert party.party_id == sub and party.name == "Koné Aïcha"
    assert party.buckets == {
        B.NOT_DUE: 50_000,
        B.DAYS_0_30: 30_000,
        B.DAYS_31_60: 100_000,
        B.DAYS_61_90: 20_000,
        B.OVER_90: 10_000,
    }
    assert (party.total, party.overdue) == (210_000, 160_000)
    assert [
        (ln.quittance_id, ln.total, ln.collected, ln.balance, ln.days_late) for ln in party.lines
    ] == [
        (ids[4], 10_000, 0, 10_000, 144),
        (ids[3], 20_000, 0, 20_000, 81),
        (ids[2], 124_800, 24_800, 100_000, 37),
        (ids[1], 30_000, 0, 30_000, 0),
        (ids[0], 50_000, 0, 50_000, -10),
    ]
    # The database's sums (the window's list) say the same; the lines of one party alone.
    (summed,) = arrears.arrears_summary(o.cashier, TODAY)
    assert (summed.party_id, summed.buckets, summed.lines) == (sub, party.buckets, ())
    (alone,) = arrears.arrears(o.cashier, TODAY, party_id=sub)
    assert alone.lines == party.lines
    (by_agent,) = arrears.arrears(o.cashier, TODAY, PayerKind.INTERMEDIARY)
    (agent_sum,) = arrears.arrears_summary(o.cashier, TODAY, PayerKind.INTERMEDIARY)
    assert agent_sum.buckets == by_agent.buckets
    assert (by_agent.name, by_agent.total) == ("Agence Yao Kouassi", 210_000)


def test_arrears_export_reads_back(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    o, _, _ = portfolio(admin, clerk)
    target = tmp_path / "impayes.xlsx"
    assert arrears.export_arrears(o.cashier, TODAY, target) == 5
    book = openpyxl.load_workbook(target)
    summary = book["Par âge"]
    row = [c.value for c in summary[6]]
    assert row == ["Koné Aïcha", 50_000, 30_000, 100_000, 20_000, 10_000, 210_000]
    detail = book["Détail des quittances"]
    values = [[c.value for c in r] for r in detail.iter_rows(min_row=6, max_row=10)]
    assert [v[7] for v in values] == [10_000, 20_000, 100_000, 30_000, 50_000]
    assert values[2][6] == 24_800 and values[2][9] == "31 à 60 jours"


def test_recovery_letters_at_5_15_45_days_never_twice(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§11: on 21/11 the quittance 37 days late gets the discussion letter (15 days), those
    81 and 144 days late the firm demand (45 days); the one due today and the one not due
    get nothing: 3 letters. Again the same day: none. On 01/12: the 47-day one gets its
    firm demand, the one due on 21/11 (10 days) its reminder: 2 letters."""
    o, _, ids = portfolio(admin, clerk)
    done = arrears.generate_reminders(o.cashier, TODAY)
    assert done.letters == 3 and done.pdf is not None
    with tempfile.TemporaryDirectory() as folder:
        text = pdf_text(done.pdf, Path(folder))
    assert "Lettre de discussion" in text and "Mise en demeure" in text and "100 000" in text
    assert arrears.generate_reminders(o.cashier, TODAY).letters == 0
    later = arrears.generate_reminders(
        at(o.cashier, datetime(2026, 12, 1, 9, 0)), date(2026, 12, 1)
    )
    assert later.letters == 2
    with o.admin.read() as session:
        steps = session.execute(
            select(ReminderLetter.quittance_id, ReminderLetter.step).order_by(ReminderLetter.id)
        ).all()
        documents = session.scalar(
            select(func.count())
            .select_from(IssuedDocument)
            .where(IssuedDocument.kind == "reminder_letter")
        )
    assert sorted(steps) == sorted(
        [(ids[2], 15), (ids[3], 45), (ids[4], 45), (ids[2], 45), (ids[1], 5)]
    )
    assert documents == 5
    assert arrears.reminder_pdf(o.cashier, ids[1]) is not None


def test_age_buckets_at_their_limits() -> None:
    """domain.md §11: not due before the due date; 0–30 from the due date to day 30; then
    31–60, 61–90, over 90."""
    from desktop_app.domain.collection import age_bucket, reminder_step_due

    due = date(2026, 1, 1)
    cases = {
        -1: B.NOT_DUE,
        0: B.DAYS_0_30,
        30: B.DAYS_0_30,
        31: B.DAYS_31_60,
        60: B.DAYS_31_60,
        61: B.DAYS_61_90,
        90: B.DAYS_61_90,
        91: B.OVER_90,
    }
    for late, bucket in cases.items():
        assert age_bucket(due, date.fromordinal(due.toordinal() + late)) is bucket, late
    steps = {4: None, 5: 5, 14: 5, 15: 15, 44: 15, 45: 45, 400: 45}
    for late, step in steps.items():
        found = reminder_step_due(due, date.fromordinal(due.toordinal() + late))
        assert (found.value if found else None) == step, late


@pytest.mark.parametrize("share", [0, 101])
def test_cover_share_setting_is_between_1_and_100(admin: ServiceContext, share: int) -> None:
    from desktop_app.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        arrears.save_collection_settings(
            admin, arrears.CollectionSettings(cover_share_percent=share)
        )
    arrears.save_collection_settings(admin, arrears.CollectionSettings(cover_share_percent=35))
    assert arrears.collection_settings(admin).cover_share_percent == 35

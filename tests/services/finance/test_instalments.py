"""Instalment plans (échéancier, domain.md §2, §11): instalments add up to the TTC, the
last no later than expiry; each is due and aged on its own."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.collection import AgeBucket, CollectionMode, Instalment, PayerKind
from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import arrears, instalments, payments
from desktop_app.services.finance.payments import PaymentInput
from tests.services.finance.builders import TODAY, debtor, office


def test_a_plan_ages_each_instalment_on_its_own(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """300 000 TTC in three instalments: 105 000 (35 %) on 01/10, 97 500 on 01/11, 97 500
    on 15/12. 150 000 collected pay the first and 45 000 of the second: on 21/11 the
    second owes 52 500 (20 days: 0–30), the third 97 500 (not due)."""
    o = office(admin, clerk)
    sub, _, (q,) = debtor(o, "Traoré Ali", (300_000, date(2026, 10, 1)))
    plan = [
        Instalment(date(2026, 10, 1), 105_000),
        Instalment(date(2026, 11, 1), 97_500),
        Instalment(date(2026, 12, 15), 97_500),
    ]

    def refused(items: list[Instalment], words: str) -> None:
        with pytest.raises(ValidationFailed) as caught:
            instalments.set_instalment_plan(o.cashier, q, items)
        assert words in caught.value.by_field()["instalments"], caught.value.by_field()

    refused(plan[:1], "au moins deux")
    refused([*plan[:2], Instalment(date(2026, 12, 15), 97_499)], "totalisent 299")
    refused([*plan[:2], Instalment(date(2027, 1, 15), 97_500)], "au plus tard")
    refused([plan[1], plan[0], plan[2]], "suivre la précédente")
    instalments.set_instalment_plan(o.cashier, q, plan)
    assert instalments.instalment_plan(o.cashier, q) == plan

    payments.record_payment(
        o.cashier, PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.CASH, 150_000)
    )
    (party,) = arrears.arrears(o.cashier, TODAY)
    assert [(ln.quittance_number.split(" ")[1], ln.balance, ln.bucket) for ln in party.lines] == [
        ("(2/3)", 52_500, AgeBucket.DAYS_0_30),
        ("(3/3)", 97_500, AgeBucket.NOT_DUE),
    ]
    assert party.total == 150_000 and party.overdue == 52_500
    (summed,) = arrears.arrears_summary(o.cashier, TODAY)
    assert summed.buckets == party.buckets
    # One letter per quittance and step, whatever the number of instalments late.
    assert arrears.generate_reminders(o.cashier, TODAY).letters == 1


def test_the_summary_cut_keeps_whole_debts_of_debtors_with_a_plan(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """The window's list is cut by the database to the largest debtors; a debtor whose
    quittance has a plan still shows all of their debt: B owes 200 000 in two instalments
    (01/10 and 15/12) and 20 000 on another quittance; A owes 900 000."""
    o = office(admin, clerk)
    debtor(o, "Aké Jean", (900_000, date(2026, 9, 1)))
    _, pid, (q,) = debtor(o, "Bamba Issa", (200_000, date(2026, 10, 1)))
    from tests.services.finance.builders import quittance

    quittance(o.admin, pid, 20_000, date(2026, 11, 1))
    instalments.set_instalment_plan(
        o.cashier,
        q,
        [Instalment(date(2026, 10, 1), 100_000), Instalment(date(2026, 12, 15), 100_000)],
    )
    full = {p.name: p.buckets for p in arrears.arrears(o.cashier, TODAY)}
    cut = arrears.arrears_summary(o.cashier, TODAY, limit=1)
    assert [p.name for p in cut] == ["Aké Jean"]
    both = {p.name: p.buckets for p in arrears.arrears_summary(o.cashier, TODAY, limit=5)}
    assert both == full
    assert sum(full["Bamba Issa"].values()) == 220_000
    assert full["Bamba Issa"][AgeBucket.NOT_DUE] == 100_000

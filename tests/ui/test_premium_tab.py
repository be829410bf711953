"""The « Prime » tab of an issued policy lists each quittance with its own printed figures
(issue 7: it showed the latest quittance on every row, wrong as soon as a policy has two,
which endorsements will make common). The second quittance here stands for an endorsement's:
written through the same store of issued documents an endorsement will use."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.persistence.models import Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.services.issued_documents import Owner, issue_document
from desktop_app.services.production import documents, issue, policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.premium_tab import PremiumTab
from tests.services.production.test_issue import _ready_policy


def _second_quittance(ctx: ServiceContext, policy_id: int) -> int:
    """A 12 000 + 5 000 + 1 360 = 18 360 quittance dated 01/06/2026 (an incorporation)."""
    with ctx.write() as session:
        first = session.query(Quittance).filter_by(policy_id=policy_id).one()
        second = Quittance(
            number="Q-2026-999999",
            policy_id=policy_id,
            kind=QuittanceKind.ENDORSEMENT,
            act_label="Avenant n° 1 — incorporation",
            status=QuittanceState.ISSUED,
            issue_date=date(2026, 6, 1),
            due_date=date(2026, 7, 1),
            period_start=date(2026, 6, 1),
            period_end=date(2026, 12, 31),
            net=12_000,
            fees=5_000,
            taxes=1_360,
            total=18_360,
            tax_rate=first.tax_rate,
            commission_rate=first.commission_rate,
            commission=1_440,
            management_fee_rate=first.management_fee_rate,
            management_fee=600,
            cancel_reason="",
            issued_by="prod",
        )
        session.add(second)
        session.flush()
        printed = documents.quittance_snapshot(ctx, policy_id)
        premium = replace(printed.premium, net=12_000, fees=5_000, taxes=1_360, total=18_360)
        snapshot = replace(
            printed, number=second.number, act_label=second.act_label, premium=premium, lines=()
        )
        issue_document(
            session,
            DocumentKind.QUITTANCE,
            Owner(policy_id=policy_id, quittance_id=second.id),
            snapshot,
            user_id=None,
            user_code="prod",
            at=datetime(2026, 6, 1, 10),
        )
        return second.id


def test_each_quittance_shows_its_own_figures(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    pid = _ready_policy(admin, clerk, ["Kouassi"])
    first = issue.issue_policy(clerk, pid)
    second = _second_quittance(clerk, pid)
    rows = documents.policy_quittances(clerk, pid)
    assert [(q.quittance_id, q.net, q.fees, q.taxes, q.total) for q in rows] == [
        (first.quittance_id, 240_000, 10_000, 20_000, 270_000),
        (second, 12_000, 5_000, 1_360, 18_360),
    ]
    assert documents.quittance_snapshot(clerk, pid, first.quittance_id).premium.total == 270_000
    tab = PremiumTab(AppBus(clerk))
    qtbot.addWidget(tab)
    tab.set_policy(pid, policies.get_policy(clerk, pid))
    text = tab.body.text().replace("\u00a0", " ")
    assert f"<b>{first.quittance_number}</b> — Affaire nouvelle (émise)" in text
    assert "<b>Q-2026-999999</b> — Avenant n° 1 — incorporation (émise)" in text
    assert "prime nette 240 000 FCFA + accessoires 10 000 FCFA + taxes 20 000 FCFA" in text
    assert "prime TTC <b>270 000 FCFA</b>" in text and "prime TTC <b>18 360 FCFA</b>" in text


def test_a_bounced_payment_shows_on_its_quittance(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """Issue 9: the quittance of 270 000 paid by a cheque that bounces is « émise » again,
    with « encaissé 0 ; reste dû 270 000 » and the impayé with its reason beside it."""
    from desktop_app.domain.collection import CollectionMode, PayerKind
    from desktop_app.domain.roles import Role
    from desktop_app.services.administration import users
    from desktop_app.services.finance import payments
    from tests.conftest import make_user

    pid = _ready_policy(admin, clerk, ["Kouassi"])
    first = issue.issue_policy(clerk, pid)
    make_user(admin, "caisse", Role.CASHIER)
    cashier = users.login(admin, "caisse", "motdepasse1")
    from desktop_app.persistence.models import Policy

    with clerk.read() as session:
        policy = session.get(Policy, pid)
        assert policy is not None
        subscriber = policy.subscriber_id
    today = cashier.today()
    done = payments.record_payment(
        cashier,
        payments.PaymentInput(
            today,
            PayerKind.SUBSCRIBER,
            subscriber,
            CollectionMode.CHEQUE,
            270_000,
            bank="SGBCI",
            cheque_number="42",
            drawer="Kouassi",
        ),
    )
    payments.reverse_payment(cashier, done.payment_id, "Chèque sans provision")
    tab = PremiumTab(AppBus(clerk))
    qtbot.addWidget(tab)
    tab.set_policy(pid, policies.get_policy(clerk, pid))
    text = tab.body.text().replace("\u00a0", " ")
    assert f"<b>{first.quittance_number}</b> — Affaire nouvelle (émise)" in text
    assert "encaissé 0 FCFA ; reste dû 270 000 FCFA" in text
    assert f"Impayé {done.number}" in text and "Chèque sans provision" in text

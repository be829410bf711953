"""Renewing a policy through the services (domain.md §8, §9, §4): the persons carried
over and re-priced at their new ages, the loss-ratio clause on real claims and quittances,
the person who reaches the age limit, the quittance and the document of the year, claims
of both years, and the refusals. The clock reads 21/11/2026 (20/11/2027 for 2028)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.care import CareCategory
from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop_app.domain.kinds import CoverState, PaymentMode
from desktop_app.domain.quittance_workflow import QuittanceKind
from desktop_app.domain.roles import Role
from desktop_app.persistence.models import (
    Endorsement,
    InsuredPerson,
    IssuedDocument,
    PersonTerm,
    Policy,
    PolicyYear,
    Quittance,
)
from desktop_app.services.administration import users
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims.payment_orders import PaymentInput
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import benefits, issue, members, renewal
from desktop_app.services.production.endorsement_input import EndorsementInput
from desktop_app.services.production.endorsements import validate_endorsement
from tests.conftest import make_user
from tests.services.claims.test_claims_builders import (
    TODAY,
    Office,
    assessed,
    at,
    line,
    office,
    ordered,
    person,
    receive,
)
from tests.services.factories import draft_policy

PHARMACY = CareCategory.PHARMACY
NEXT_YEAR = datetime(2027, 11, 20, 10, 0)


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _policy(
    o: Office,
    people: list[members.PersonData],
    clerk: ServiceContext | None = None,
    name: str = "Famille Kouassi",
) -> tuple[int, dict[str, int]]:
    """A policy from 01/01/2026 with the standard schedule and ``people`` (policy_id 0 in
    each is replaced), issued. Returns its id and the person ids by last name."""
    clerk = clerk or o.production
    pid = draft_policy(clerk, o.intermediary_id, o.administrator_id, date(2026, 1, 1), name=name)
    template = benefits.list_templates(clerk)[0]
    benefits.copy_template(clerk, pid, template.id)
    ids: dict[str, int] = {}
    for data in people:
        ids[data.last_name], _ = members.save_person(clerk, replace(data, policy_id=pid))
    issue.issue_policy(clerk, pid)
    return pid, ids


def _kouassi_bamba(o: Office) -> tuple[int, dict[str, int]]:
    """Kouassi born 20/01/1985 (41), Bamba born 01/06/1970 (55): 240 000 each (80 %, zone
    1, no age surcharge up to 55)."""
    return _policy(o, [person(0, "Kouassi"), person(0, "Bamba", birth_date=date(1970, 6, 1))])


def test_renewal_for_2027_reprices_at_new_ages_and_applies_the_clause(o: Office) -> None:
    """§9: no claim in 2026; P = 480 000 (the issue's net) → S/P 0 % → −25 %.
    Kouassi (42 on 01/01/2027, same band): 240 000 × 0.75 = 180 000. Bamba (56: +15 %):
    240 000 × 276 000 / 240 000 × 0.75 = 207 000. Net 387 000; accessoires of the
    new-business scale (100 001–500 000) 10 000; taxes 8 % × 397 000 = 31 760;
    TTC 428 760."""
    pid, ids = _kouassi_bamba(o)
    plan = renewal.preview_renewal(o.production, pid)
    assert (plan.year, plan.refusal) == (2027, "")
    a = plan.adjustment
    assert (a.loss_ratio.claims, a.loss_ratio.earned, a.rate) == (0, 480_000, Decimal("-0.25"))
    assert [(c.name, c.tariff_before, c.tariff_after, c.annual_after) for c in plan.carried] == [
        ("Kouassi Jean", 240_000, 240_000, 180_000),
        ("Bamba Jean", 240_000, 276_000, 207_000),
    ]
    q = plan.quittance
    assert q is not None
    assert (q.amounts.net, q.amounts.fees, q.amounts.taxes, q.amounts.total) == (
        387_000,
        10_000,
        31_760,
        428_760,
    )

    done = renewal.renew_policy(o.production, pid, 2027)
    assert (done.endorsement_number, done.total) == (1, 428_760)
    with o.production.read() as session:
        policy = session.get(Policy, pid)
        assert policy is not None
        assert (policy.effective_date, policy.expiry_date) == (date(2026, 1, 1), date(2027, 12, 31))
        quittance = session.get(Quittance, done.quittance_id)
        assert quittance is not None
        assert (quittance.kind, quittance.act_label, quittance.period_start) == (
            QuittanceKind.RENEWAL,
            "Renouvellement 2027",
            date(2027, 1, 1),
        )
        assert quittance.due_date == date(2027, 1, 1)
        bamba = session.get(InsuredPerson, ids["Bamba"])
        assert bamba is not None and bamba.annual_net_premium == 207_000
        terms = session.scalars(
            select(PersonTerm).where(PersonTerm.person_id == bamba.id).order_by(PersonTerm.start)
        ).all()
        assert [(t.start, t.stop, t.annual_net_premium) for t in terms] == [
            (date(2026, 1, 1), date(2027, 1, 1), 240_000),
            (date(2027, 1, 1), None, 207_000),
        ]
        year = session.scalars(
            select(PolicyYear).where(PolicyYear.policy_id == pid, PolicyYear.year == 2027)
        ).one()
        assert (year.earned_premium, year.rate, year.persons, year.persons_left) == (
            480_000,
            Decimal("-0.25"),
            2,
            0,
        )
        endorsement = session.get(Endorsement, done.endorsement_id)
        assert endorsement is not None and endorsement.kind is EndorsementKind.RENEWAL
        document = json.loads(
            session.scalars(
                select(IssuedDocument.snapshot).where(
                    IssuedDocument.endorsement_id == done.endorsement_id
                )
            ).one()
        )
        assert document["adjustment"]["ratio_label"] == "0,00 %"
        assert document["adjustment"]["net_after"] == 387_000
        assert document["expiry_date"] == "2027-12-31"

    with pytest.raises(Conflict, match="déjà renouvelée pour 2027"):
        renewal.renew_policy(o.production, pid, 2027)


def _pay(o: Office, person_id: int, claimed: int, number: str) -> None:
    claim = assessed(o, person_id, [line(date(2026, 10, 1), PHARMACY, claimed, number)])
    order = ordered(o, [claim])
    payment_orders.pay_order(o.claims, order, PaymentInput(TODAY, PaymentMode.CHEQUE, "CHQ 1"))


def test_issue_figures_75_percent_then_one_franc_more(o: Office) -> None:
    """§9, issue 8: premiums typed 700 000 + 700 000: P = 1 400 000. Paid 900 000
    (pharmacy 1 125 000 at 80 %), outstanding 150 000 (assessed 187 500 at 80 %, not
    paid): S = 1 050 000, S/P = 75 % → no change. One more file of 1 franc received:
    S = 1 050 001 → +15 %."""
    pid, ids = _policy(
        o,
        [
            person(0, "Kouassi", annual_net_premium=700_000),
            person(0, "Koné", annual_net_premium=700_000),
        ],
    )
    _pay(o, ids["Kouassi"], 1_125_000, "P-1")
    assessed(o, ids["Koné"], [line(date(2026, 10, 2), PHARMACY, 187_500, "P-2")])
    found = renewal.preview_renewal(o.production, pid).adjustment
    assert (found.loss_ratio.paid, found.loss_ratio.outstanding, found.loss_ratio.earned) == (
        900_000,
        150_000,
        1_400_000,
    )
    assert (found.loss_ratio.percent_label, found.rate) == ("75,00 %", Decimal(0))
    receive(o, ids["Koné"], 1)
    found = renewal.preview_renewal(o.production, pid).adjustment
    assert (found.loss_ratio.claims, found.rate) == (1_050_001, Decimal("0.15"))
    plan = renewal.preview_renewal(o.production, pid)
    assert [c.annual_after for c in plan.carried] == [805_000, 805_000]  # typed, +15 %


def test_age_limit_renewed_for_2027_absent_from_2028(o: Office) -> None:
    """§4, issue 8: Aké born 15/03/1962 (63, entered on an authorised override) is renewed
    for 2027 and is absent from the 2028 renewal, listed, covered to 31/12/2027."""
    chef = _senior_clerk(o)
    pid, ids = _policy(
        o,
        [
            person(0, "Kouassi"),
            person(
                0,
                "Aké",
                birth_date=date(1962, 3, 15),
                age_override_reason="Client de longue date, accord de la direction",
            ),
        ],
        clerk=chef,
    )
    plan = renewal.preview_renewal(chef, pid)
    assert [c.name for c in plan.carried] == ["Kouassi Jean", "Aké Jean"] and not plan.leaving
    renewal.renew_policy(chef, pid, 2027)
    later = at(chef, NEXT_YEAR)
    plan = renewal.preview_renewal(later, pid)
    assert plan.year == 2028 and [c.name for c in plan.carried] == ["Kouassi Jean"]
    (gone,) = plan.leaving
    assert (gone.name, gone.last_day) == ("Aké Jean", date(2027, 12, 31))
    done = renewal.renew_policy(later, pid, 2028)
    with later.read() as session:
        ake = session.get(InsuredPerson, ids["Aké"])
        assert ake is not None
        assert (ake.exit_date, ake.cover_state) == (date(2028, 1, 1), CoverState.REMOVED)
        assert session.scalars(
            select(PersonTerm.stop)
            .where(PersonTerm.person_id == ake.id)
            .order_by(PersonTerm.start.desc())
        ).first() == date(2028, 1, 1)
        document = json.loads(
            session.scalars(
                select(IssuedDocument.snapshot).where(
                    IssuedDocument.endorsement_id == done.endorsement_id
                )
            ).one()
        )
        assert document["movements"][0]["name"] == "Aké Jean"
        assert "31/12/2027" in document["movements"][0]["description"]


def test_a_policy_whose_last_member_reaches_the_limit_is_not_renewed(o: Office) -> None:
    """§4: for an individual policy whose member reaches 65 the policy ends there."""
    chef = _senior_clerk(o)
    pid, _ = _policy(
        o,
        [person(0, "Aké", birth_date=date(1961, 3, 15), age_override_reason="Accord direction")],
        clerk=chef,
    )
    plan = renewal.preview_renewal(chef, pid)
    assert "Plus aucun assuré principal" in plan.refusal and len(plan.leaving) == 1
    with pytest.raises(Conflict, match="prend fin le 31/12/2026"):
        renewal.renew_policy(chef, pid, 2027)
    with chef.read() as session:
        assert session.scalars(
            select(PolicyYear.year).where(PolicyYear.policy_id == pid)
        ).all() == [2026]


def _senior_clerk(o: Office) -> ServiceContext:
    """Production and medical adviser: may insure past the age limits, with a reason."""
    make_user(o.admin, "chef", Role.PRODUCTION, Role.MEDICAL_ADVISER)
    return at(users.login(o.admin, "chef", "motdepasse1"))


def test_another_change_than_the_table_needs_the_right_and_a_reason(o: Office) -> None:
    pid, _ = _kouassi_bamba(o)
    with pytest.raises(PermissionDenied):
        renewal.renew_policy(o.production, pid, 2027, rate=Decimal("0.05"), reason="Geste")
    make_user(o.admin, "direction", Role.PRODUCTION, Role.MANAGEMENT)
    manager = at(users.login(o.admin, "direction", "motdepasse1"))
    with pytest.raises(ValidationFailed):
        renewal.renew_policy(manager, pid, 2027, rate=Decimal("0.05"))
    renewal.renew_policy(manager, pid, 2027, rate=Decimal(0), reason="Client fidèle depuis 2015")
    with manager.read() as session:
        year = session.scalars(select(PolicyYear).where(PolicyYear.year == 2027)).one()
        assert (year.table_rate, year.rate, year.reason) == (
            Decimal("-0.25"),
            Decimal(0),
            "Client fidèle depuis 2015",
        )
        kouassi = session.get(InsuredPerson, _ids(session, pid)[0])
        assert kouassi is not None and kouassi.annual_net_premium == 240_000


def _ids(session: Session, pid: int) -> list[int]:
    return list(
        session.scalars(
            select(InsuredPerson.id)
            .where(InsuredPerson.policy_id == pid)
            .order_by(InsuredPerson.id)
        )
    )


def test_refusals_leave_the_policy_untouched(o: Office) -> None:
    pid, _ = _kouassi_bamba(o)
    with pytest.raises(Conflict, match="pour 2027, pas pour 2029"):
        renewal.renew_policy(o.production, pid, 2029)
    validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            EndorsementKind.CANCELLATION, day=date(2026, 11, 1), reason="Demande du client"
        ),
    )
    with pytest.raises(Conflict, match="Résiliée"):
        renewal.renew_policy(o.production, pid, 2027)
    draft = draft_policy(o.production, o.intermediary_id, o.administrator_id, date(2026, 1, 1))
    with pytest.raises(Conflict, match="brouillon"):
        renewal.renew_policy(o.production, draft, 2027)
    with o.production.read() as session:
        assert session.scalars(select(Endorsement.kind)).all() == [EndorsementKind.CANCELLATION]


def test_claims_after_renewal_read_the_year_of_the_care(o: Office) -> None:
    """After the renewal, care of 15/12/2026 is still paid on 2026's guarantees and
    ceilings, care of 2027 on the new year's; one décompte does not mix the two."""
    pid, ids = _kouassi_bamba(o)
    renewal.renew_policy(o.production, pid, 2027)
    january = replace(o, claims=at(o.claims, datetime(2027, 1, 10, 9, 0)))
    claim = receive(january, ids["Kouassi"], 20_000, received=date(2027, 1, 8))
    result = assessments.preview_assessment(
        january.claims, claim, [line(date(2026, 12, 15), PHARMACY, 10_000, "P-1")]
    )
    assert not result.errors and result.assessment.lines[0].reimbursed == 8_000
    mixed = assessments.preview_assessment(
        january.claims,
        claim,
        [
            line(date(2026, 12, 15), PHARMACY, 10_000, "P-1"),
            line(date(2027, 1, 5), PHARMACY, 10_000, "P-2"),
        ],
    )
    assert any("seule année de police" in e.message for e in mixed.errors)

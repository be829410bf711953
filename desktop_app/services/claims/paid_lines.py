"""What a payment paid, frozen line by line at the moment it is paid (architecture.md rule 5;
domain.md §10.4, §12).

``pay_order`` calls ``freeze_payment`` for each payment it writes: the décompte lines as
they are at that moment, with the names, numbers and labels as they read then, go into
``paid_claim_lines``, rows the database refuses to update or delete. A reversal calls
``reverse_frozen``: the exact negation of the payment's rows, on the reversal's date. Every
statement, total and indicator of paid claims reads these rows only, never the décompte
lines, which change when a file is reopened and assessed again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.domain.care import CARE_LABELS
from desktop_app.domain.errors import Conflict
from desktop_app.domain.kinds import ManagementSystem
from desktop_app.persistence.models import (
    AssessmentLine,
    CareCategoryRow,
    Claim,
    ClaimPayment,
    InsuredPerson,
    PaidClaimLine,
    Policy,
    Provider,
)

AMOUNTS = ("claimed", "cmu_share", "excluded", "reimbursed", "member_pays")


def _category_labels(session: Session) -> dict[str, str]:
    labels = {c.value: text for c, text in CARE_LABELS.items()}
    labels.update({r.code: r.label for r in session.scalars(select(CareCategoryRow))})
    return labels


def freeze_payment(session: Session, payment: ClaimPayment, claim: Claim) -> list[dict[str, Any]]:
    """Write what ``payment`` paid for ``claim``, one row per décompte line. The lines must
    add up to the amount paid (they do: the amount is the file's reimbursed total, and the
    file cannot change between its order and its payment)."""
    person = session.get(InsuredPerson, claim.person_id)
    policy = session.get(Policy, claim.policy_id)
    assert person is not None and policy is not None
    file_provider = session.get(Provider, claim.provider_id) if claim.provider_id else None
    labels = _category_labels(session)
    lines = session.execute(
        select(AssessmentLine, Provider.name)
        .outerjoin(Provider, Provider.id == AssessmentLine.provider_id)
        .where(AssessmentLine.claim_id == claim.id)
        .order_by(AssessmentLine.line_no)
    ).all()
    if sum(line.reimbursed for line, _ in lines) != payment.amount:
        raise Conflict(
            f"Dossier {claim.number} : les lignes du décompte ne font pas le montant à régler "
            "(le décompte a changé) : rouvrez et revalidez le dossier."
        )
    common = {
        "payment_id": payment.id,
        "payment_date": payment.payment_date,
        "claim_id": claim.id,
        "policy_id": policy.id,
        "administrator_id": claim.administrator_id,
        "intermediary_id": policy.intermediary_id,
        "direct_billing": claim.mode is ManagementSystem.DIRECT_BILLING,
        "claim_number": claim.number,
        "policy_number": policy.number or "",
        "person_name": f"{person.last_name} {person.first_names}".strip(),
        "matricule": person.matricule,
    }
    rows = [
        {
            **common,
            "line_no": line.line_no,
            "person_id": line.person_id,
            "provider_id": line.provider_id or claim.provider_id,
            "provider_name": provider or (file_provider.name if file_provider else ""),
            "category": line.category,
            "category_label": labels.get(line.category, line.category),
            "care_date": line.care_date,
            "claimed": line.claimed,
            "cmu_share": line.cmu_share,
            "excluded": line.excluded,
            "reimbursed": line.reimbursed,
            "member_pays": line.member_pays,
        }
        for line, provider in lines
    ]
    session.execute(insert(PaidClaimLine), rows)
    return rows


def reverse_frozen(session: Session, payment: ClaimPayment, counter: ClaimPayment) -> int:
    """Write the exact negation of what ``payment`` paid, as rows of its ``counter`` entry
    on the counter-entry's date. Returns the number of rows written."""
    columns = [c for c in PaidClaimLine.__table__.columns if c.key not in ("id",)]
    rows = []
    for row in session.execute(
        select(*columns)
        .where(PaidClaimLine.payment_id == payment.id)
        .order_by(PaidClaimLine.line_no)
    ).mappings():
        values = dict(row)
        values.update({k: -values[k] for k in AMOUNTS})
        values.update(payment_id=counter.id, payment_date=counter.payment_date)
        rows.append(values)
    if rows:
        session.execute(insert(PaidClaimLine), rows)
    return len(rows)

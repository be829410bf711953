"""What is medical (issue 11, §14): marked once, here. Only a user with the right « consulter
les informations médicales » (VIEW_MEDICAL) reads these values; every read path — the
services that return a person or a claim, the audit journal, the logs, the documents sent
to a subscriber — masks them for anyone else.

By table, the columns that tell something of a person's health: a surcharge's reason and
exclusions (an illness), a claim's condition and observations, the care categories, acts,
exclusion reasons and stays of décompte lines, a prior approval's notes and decision."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MASK = "(secret médical)"

MEDICAL_COLUMNS: Mapping[str, frozenset[str]] = {
    "insured_persons": frozenset({"surcharge_reason", "exclusions"}),
    "claims": frozenset({"condition", "notes"}),
    "assessment_lines": frozenset(
        {"category", "acts", "exclusion_reason", "stay_days", "scanner", "approval_ref"}
    ),
    "prior_approvals": frozenset(
        {"category", "notes", "stay_days", "agreed_days", "decision_reason"}
    ),
    "paid_claim_lines": frozenset({"category", "category_label"}),
    "claim_events": frozenset({"text"}),  # only the events marked medical (see masked_row)
}


def is_medical(table: str, column: str) -> bool:
    return column in MEDICAL_COLUMNS.get(table, frozenset())


def masked_row(table: str, values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A row's values (an audit entry's before or after) with its medical ones masked.
    A claim event is medical only when it says so."""
    if values is None:
        return None
    columns = MEDICAL_COLUMNS.get(table, frozenset())
    if table == "claim_events" and not values.get("medical"):
        columns = frozenset()
    return {
        key: (MASK if key in columns and value not in (None, "") else value)
        for key, value in values.items()
    }

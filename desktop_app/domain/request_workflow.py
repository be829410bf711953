"""The requests log (domain.md §14, follow-up table b; §8): an endorsement request from the
subscriber's letter to the endorsement that answers it, as a workflow table (decision D14):
reçue → transmise au gestionnaire → confirmée par le gestionnaire → traitée (the
endorsement is made), or rejetée with its reason from any open state.

Overdue: a request received and not sent to the administrator within ``send_within``
working days, or sent and not confirmed within ``confirm_within`` working days.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.errors import Collector
from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow
from desktop_app.domain.working_days import add_working_days


class RequestState(enum.StrEnum):
    RECEIVED = "received"
    SENT = "sent"
    CONFIRMED = "confirmed"
    PROCESSED = "processed"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return REQUEST_STATE_LABELS[self]


REQUEST_STATE_LABELS: dict[RequestState, str] = {
    RequestState.RECEIVED: "Reçue",
    RequestState.SENT: "Transmise au gestionnaire",
    RequestState.CONFIRMED: "Confirmée par le gestionnaire",
    RequestState.PROCESSED: "Traitée",
    RequestState.REJECTED: "Rejetée",
}

OPEN_STATES = (RequestState.RECEIVED, RequestState.SENT, RequestState.CONFIRMED)

_R = RequestState
_EDIT = Permission.EDIT_PRODUCTION
REQUEST_WORKFLOW: Workflow[RequestState] = Workflow(
    "la demande",
    REQUEST_STATE_LABELS,
    RequestState.RECEIVED,
    [
        Transition(_R.RECEIVED, _R.SENT, "send", "Transmettre au gestionnaire", permission=_EDIT),
        Transition(
            _R.SENT, _R.CONFIRMED, "confirm", "Confirmation du gestionnaire", permission=_EDIT
        ),
        # The endorsement that answers the request is made (validated, or linked after).
        Transition(_R.CONFIRMED, _R.PROCESSED, "process", "Traiter par avenant", permission=_EDIT),
        Transition(
            _R.RECEIVED, _R.REJECTED, "reject", "Rejeter", requires_reason=True, permission=_EDIT
        ),
        Transition(
            _R.SENT, _R.REJECTED, "reject", "Rejeter", requires_reason=True, permission=_EDIT
        ),
        Transition(
            _R.CONFIRMED, _R.REJECTED, "reject", "Rejeter", requires_reason=True, permission=_EDIT
        ),
    ],
)
"""The request's table of moves (§14, architecture.md rule 6)."""


@dataclass(frozen=True)
class FollowUpDelays:
    """The deadlines of the requests log, in working days, and the office's holidays
    (a setting; defaults: decision D29)."""

    send_within: int = 2
    confirm_within: int = 5
    holidays: tuple[date, ...] = field(default=())


def check_request_dates(
    errors: Collector,
    today: date,
    letter_date: date | None,
    received_on: date | None,
    sent_on: date | None,
    confirmed_on: date | None,
) -> None:
    """§14: each date of the request in order, none in the future; a confirmation needs
    the request sent, and sending needs it received."""
    for name, value, label in (
        ("letter_date", letter_date, "La date du courrier"),
        ("received_on", received_on, "La date de réception"),
        ("sent_to_administrator_on", sent_on, "La date de transmission au gestionnaire"),
        ("administrator_confirmed_on", confirmed_on, "La date de confirmation du gestionnaire"),
    ):
        if value is not None and value > today:
            errors.add(name, f"{label} ne peut pas être dans le futur.")
    if received_on is None:
        errors.add("received_on", "La date de réception de la demande est obligatoire.")
    elif letter_date is not None and received_on < letter_date:
        errors.add(
            "received_on", "La demande ne peut pas être reçue avant la date de son courrier."
        )
    if sent_on is not None and received_on is not None and sent_on < received_on:
        errors.add(
            "sent_to_administrator_on",
            "La demande ne peut pas être transmise au gestionnaire avant d'avoir été reçue.",
        )
    if confirmed_on is not None:
        if sent_on is None:
            errors.add(
                "administrator_confirmed_on",
                "Indiquez d'abord la date de transmission au gestionnaire.",
            )
        elif confirmed_on < sent_on:
            errors.add(
                "administrator_confirmed_on",
                "Le gestionnaire ne peut pas confirmer avant que la demande lui soit transmise.",
            )


def state_for_dates(sent_on: date | None, confirmed_on: date | None) -> RequestState:
    """The open state a request's dates put it in."""
    if confirmed_on is not None:
        return RequestState.CONFIRMED
    if sent_on is not None:
        return RequestState.SENT
    return RequestState.RECEIVED


def overdue_reason(
    state: RequestState,
    received_on: date,
    sent_on: date | None,
    today: date,
    delays: FollowUpDelays,
    holidays: Collection[date] | None = None,
) -> str:
    """Why the request is late on ``today`` (§14), or "" when it is not."""
    off = delays.holidays if holidays is None else holidays
    if state == RequestState.RECEIVED:
        due = add_working_days(received_on, delays.send_within, off)
        if today > due:
            return f"À transmettre au gestionnaire depuis le {due:%d/%m/%Y}"
    elif state == RequestState.SENT and sent_on is not None:
        due = add_working_days(sent_on, delays.confirm_within, off)
        if today > due:
            return f"Confirmation du gestionnaire attendue depuis le {due:%d/%m/%Y}"
    return ""

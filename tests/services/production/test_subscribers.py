"""Subscribers (domain.md §1)."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.kinds import SubscriberKind
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import subscribers as subs


def test_create_find_and_update(clerk: ServiceContext) -> None:
    sid, _ = subs.save_subscriber(
        clerk,
        subs.SubscriberData(
            SubscriberKind.COMPANY,
            "Société Ivoirienne de Cacao",
            city="San-Pédro",
            phone="+225 27 34 71 00 00",
        ),
    )
    subs.save_subscriber(clerk, subs.SubscriberData(SubscriberKind.PERSON, "Koné Aïcha"))
    assert subs.count_subscribers(clerk) == 2
    assert [r.name for r in subs.fetch_subscribers(clerk, "societe IVOIR", limit=10)] == [
        "Société Ivoirienne de Cacao"
    ]
    assert [r.name for r in subs.fetch_subscribers(clerk, "kone a", limit=10)] == ["Koné Aïcha"]
    data = subs.get_subscriber(clerk, sid)
    subs.save_subscriber(clerk, subs.SubscriberData(**{**data.__dict__, "city": "Abidjan"}))
    assert subs.get_subscriber(clerk, sid).city == "Abidjan"


def test_bad_subscriber_saves_nothing(clerk: ServiceContext) -> None:
    with pytest.raises(ValidationFailed) as failed:
        subs.save_subscriber(
            clerk, subs.SubscriberData(SubscriberKind.COMPANY, "  ", email="x@", phone2="12a")
        )
    assert set(failed.value.by_field()) == {"name", "email", "phone2"}
    with pytest.raises(ValidationFailed) as no_contact:
        subs.save_subscriber(clerk, subs.SubscriberData(SubscriberKind.COMPANY, "SIFCA"))
    assert "téléphone" in no_contact.value.by_field()["phone"]
    assert subs.count_subscribers(clerk) == 0

"""Characters that break a back end (issue 11): U+0000 (PostgreSQL refuses it) and a lone
surrogate (nothing encodes it) are refused in French where they are typed, on their field,
saving nothing; a search or a list filter ignores them. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import SubscriberKind
from desktop_app.domain.text import check_text, search_key, searchable
from desktop_app.services.claims import queries
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import policies, subscribers
from desktop_app.services.search import search_persons

BAD = ("Kou\x00assi", "Kou\ud800assi", "Kou\x1bassi")


@pytest.mark.parametrize("typed", BAD)
def test_refused_on_the_field_where_typed(typed: str) -> None:
    with pytest.raises(FieldError, match="caractère invalide") as refused:
        check_text(typed, "name", "Le nom")
    assert refused.value.field == "name"
    assert searchable(typed) == "Kouassi" and search_key(typed) == "kouassi"


@pytest.mark.parametrize("typed", BAD)
def test_nothing_saved_from_a_form_field_or_a_multi_line_text(
    clerk: ServiceContext, typed: str
) -> None:
    with pytest.raises((ValidationFailed, FieldError)) as refused:
        subscribers.save_subscriber(clerk, subscribers.SubscriberData(SubscriberKind.PERSON, typed))
    assert "caractère invalide" in str(refused.value.args or refused.value)
    with pytest.raises((ValidationFailed, FieldError)) as refused:
        subscribers.save_subscriber(
            clerk,
            subscribers.SubscriberData(
                SubscriberKind.PERSON, "Kouassi", address=f"Rue 12\n{typed}"
            ),
        )
    assert subscribers.count_subscribers(clerk) == 0


@pytest.mark.parametrize("typed", BAD)
def test_searches_and_list_filters_ignore_them(
    admin: ServiceContext, clerk: ServiceContext, typed: str
) -> None:
    subscribers.save_subscriber(clerk, subscribers.SubscriberData(SubscriberKind.PERSON, "Kouassi"))
    assert subscribers.count_subscribers(admin, typed) == 1
    assert len(subscribers.fetch_subscribers(admin, typed)) == 1
    assert policies.count_policies(admin, policies.PolicyFilter(text=typed)) == 0
    assert policies.fetch_policies(admin, policies.PolicyFilter(text=typed)) == []
    flt = queries.ClaimFilter(number=typed, text=typed)
    assert queries.count_claims(admin, flt) == 0 and queries.list_claims(admin, flt) == []
    assert search_persons(admin, typed) == []

"""Global search for an insured person (domain.md §3): by matricule, name (accent- and
case-insensitive, one or several words), policy number, administrator's policy number
and subscriber. The portfolio is written straight through the ORM so these tests do not
depend on the production services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.kinds import Gender, PolicyStatus, Relationship, SubscriberKind
from desktop_app.domain.text import search_key
from desktop_app.persistence.models import Administrator, Dependent, Member, Policy, Subscriber
from desktop_app.services.context import ServiceContext
from desktop_app.services.search import search_persons


@dataclass(frozen=True)
class Portfolio:
    """Ids of the small hand-made portfolio, by matricule."""

    person: dict[str, int]
    policy_cacao: int
    policy_yao: int


def _person(
    cls, policy: Policy, matricule: str, last: str, first: str, born: date, gender: Gender, **extra
):  # type: ignore[no-untyped-def]
    return cls(
        policy=policy,
        matricule=matricule.upper(),
        last_name=last,
        first_names=first,
        last_name_key=search_key(last),
        first_names_key=search_key(first),
        birth_date=born,
        birth_place="Abidjan",
        gender=gender,
        entry_date=date(2026, 1, 1),
        coverage_rate=80,
        zone=1,
        annual_ceiling=2_000_000,
        annual_net_premium=185_400,
        **extra,
    )


def insert_portfolio(ctx: ServiceContext) -> Portfolio:
    """Two policies:

    - P2026-00001 (administrator ref ASC-778, ASCOMA), subscriber « Société Ivoirienne de
      Cacao »: member Koné Aïcha (M0001) with her son Koné Ibrahim (M0001-01), and member
      Bamba Awa Koné (M0003).
    - P2026-00002 (ref GS-12), subscriber « Yao Kouassi N'Guessan »: member N'Guessan
      Kouassi Yao (M0002).
    """
    with ctx.write() as s:
        ascoma = Administrator(code="ASCOMA", name="ASCOMA Côte d'Ivoire")
        cacao = Subscriber(
            kind=SubscriberKind.COMPANY,
            name="Société Ivoirienne de Cacao",
            name_key=search_key("Société Ivoirienne de Cacao"),
            phone="27 22 44 55 66",
        )
        yao = Subscriber(
            kind=SubscriberKind.PERSON,
            name="Yao Kouassi N'Guessan",
            name_key=search_key("Yao Kouassi N'Guessan"),
        )
        p1 = Policy(
            number="P2026-00001",
            administrator_ref="ASC-778",
            subscriber=cacao,
            administrator=ascoma,
            status=PolicyStatus.IN_FORCE,
            effective_date=date(2026, 1, 1),
            expiry_date=date(2026, 12, 31),
        )
        p2 = Policy(
            number="P2026-00002",
            administrator_ref="GS-12",
            subscriber=yao,
            status=PolicyStatus.IN_FORCE,
            effective_date=date(2026, 3, 1),
            expiry_date=date(2026, 12, 31),
        )
        aicha = _person(Member, p1, "M0001", "Koné", "Aïcha", date(1985, 4, 12), Gender.FEMALE)
        ibrahim = _person(
            Dependent,
            p1,
            "M0001-01",
            "Koné",
            "Ibrahim",
            date(2015, 9, 3),
            Gender.MALE,
            relationship_=Relationship.CHILD,
        )
        ibrahim.member = aicha
        awa = _person(Member, p1, "M0003", "Bamba", "Awa Koné", date(1990, 1, 30), Gender.FEMALE)
        kouassi = _person(
            Member, p2, "M0002", "N'Guessan", "Kouassi Yao", date(1978, 11, 2), Gender.MALE
        )
        s.add_all([ascoma, cacao, yao, p1, p2, aicha, ibrahim, awa, kouassi])
        s.flush()
        return Portfolio({p.matricule: p.id for p in (aicha, ibrahim, awa, kouassi)}, p1.id, p2.id)


@pytest.fixture
def portfolio(admin: ServiceContext) -> Portfolio:
    return insert_portfolio(admin)


def _found(ctx: ServiceContext, text: str) -> list[str]:
    return [hit.matricule for hit in search_persons(ctx, text)]


def test_matricule_exact_and_prefix_any_case(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert _found(admin, "M0002") == ["M0002"]
    assert _found(admin, "m0001-01") == ["M0001-01"]
    # "M0001" is a prefix of both Aïcha's and her son's matricule
    assert sorted(_found(admin, "m0001")) == ["M0001", "M0001-01"]


def test_name_without_accents_finds_accented_name(
    admin: ServiceContext, portfolio: Portfolio
) -> None:
    assert _found(admin, "aicha") == ["M0001"]
    assert _found(admin, "AÏCHA") == ["M0001"]
    assert _found(admin, "Aïcha") == ["M0001"]


def test_last_name_with_or_without_accent(admin: ServiceContext, portfolio: Portfolio) -> None:
    # One word is the start of the last name or of the first names, ordered by name:
    # Bamba Awa Koné is not found ("koné" is her second first name), Aïcha before Ibrahim.
    assert _found(admin, "kone") == ["M0001", "M0001-01"]
    assert _found(admin, "Koné") == ["M0001", "M0001-01"]
    assert _found(admin, "awa") == ["M0003"]


def test_apostrophe_name(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert _found(admin, "n'guessan") == ["M0002"]
    assert _found(admin, "N GUESSAN") == ["M0002"]


def test_two_words_in_either_order(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert _found(admin, "kone ibra") == ["M0001-01"]
    assert _found(admin, "aicha kone") == ["M0001"]
    assert _found(admin, "awa kone") == ["M0003"]
    assert _found(admin, "kone zita") == []


def test_policy_number_finds_everyone_insured_under_it(
    admin: ServiceContext, portfolio: Portfolio
) -> None:
    assert sorted(_found(admin, "P2026-00001")) == ["M0001", "M0001-01", "M0003"]
    assert _found(admin, "p2026-00002") == ["M0002"]


def test_administrator_policy_number(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert sorted(_found(admin, "asc-778")) == ["M0001", "M0001-01", "M0003"]
    assert _found(admin, "GS-12") == ["M0002"]


def test_subscriber_name(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert sorted(_found(admin, "societe ivoirienne")) == ["M0001", "M0001-01", "M0003"]
    # "yao" starts the subscriber's name only (it is the member's second first name)
    assert _found(admin, "Yao") == ["M0002"]


def test_hit_carries_what_the_results_list_shows(
    admin: ServiceContext, portfolio: Portfolio
) -> None:
    [hit] = search_persons(admin, "ibrahim")
    assert hit.person_id == portfolio.person["M0001-01"]
    assert hit.full_name == "Koné Ibrahim"
    assert hit.birth_date == date(2015, 9, 3)
    assert hit.policy_number == "P2026-00001"
    assert hit.subscriber_name == "Société Ivoirienne de Cacao"
    assert hit.relationship is Relationship.CHILD


def test_nothing_typed_finds_nothing(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert search_persons(admin, "  ") == []
    assert search_persons(admin, "--") == []


def test_limit(admin: ServiceContext, portfolio: Portfolio) -> None:
    assert len(search_persons(admin, "kone", limit=2)) == 2


def test_signed_out_search_is_refused(
    anon: ServiceContext, admin: ServiceContext, portfolio: Portfolio
) -> None:
    with pytest.raises(PermissionDenied):
        search_persons(anon, "kone")


def test_apostrophes_join_words_in_search_keys() -> None:
    """« N'Guessan » is found whether the clerk types nguessan or n'guessan (domain.md §3)."""
    assert search_key("N'Guessan Aïcha") == "nguessan aicha"
    assert search_key("n’guessan") == "nguessan"
    assert search_key("Kouassi-Yao") == "kouassi yao"

"""Keyset paging (persistence.paging): the WHERE built from a list's order keeps exactly the
rows after a key, whatever the directions, with many rows sharing each sort value."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.domain.kinds import SubscriberKind
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import Policy, Subscriber
from desktop_app.persistence.paging import KeyOrder, ascending, descending
from desktop_app.persistence.unit_of_work import unit_of_work

KINDS = (SubscriberKind.PERSON, SubscriberKind.COMPANY)


@pytest.fixture
def subscribers(db: Database) -> list[tuple[str, str, int]]:
    """27 subscribers over three names, three cities and both kinds: every sort value is
    shared by many rows. Returns (name_key, city, id) of each."""
    with unit_of_work(db) as session:
        rows = [
            Subscriber(kind=KINDS[n % 2], name=name, name_key=name, city=city)
            for n, (name, city) in enumerate(
                itertools.product(("b", "a", "c"), ("Man", "Abidjan", "Bouaké"))
            )
            for _ in range(3)
        ]
        session.add_all(rows)
        session.flush()
        return [(r.name_key, r.city, r.id) for r in rows]


def _down(text: str) -> tuple[int, ...]:
    """Sorts strings backwards (none of these is a prefix of another)."""
    return tuple(-ord(c) for c in text)


# The order, the same order in Python, and a row's key in that order.
ORDERS = {
    "name asc, city desc, id asc": (
        KeyOrder.of(
            ascending(Subscriber.name_key), descending(Subscriber.city), ascending(Subscriber.id)
        ),
        lambda r: (r[0], _down(r[1]), r[2]),
        lambda r: r,
    ),
    "name desc, city asc, id desc": (
        KeyOrder.of(
            descending(Subscriber.name_key), ascending(Subscriber.city), descending(Subscriber.id)
        ),
        lambda r: (_down(r[0]), r[1], -r[2]),
        lambda r: r,
    ),
    "id desc": (KeyOrder.of(descending(Subscriber.id)), lambda r: -r[2], lambda r: (r[2],)),
}


@pytest.mark.parametrize("name", list(ORDERS))
def test_every_row_after_a_key_once_in_order(
    db: Database, subscribers: list[tuple[str, str, int]], name: str
) -> None:
    order, python_order, key_of = ORDERS[name]
    columns = [Subscriber.name_key, Subscriber.city, Subscriber.id]
    expected = sorted(subscribers, key=python_order)
    with db.read() as session:
        listed = [tuple(r) for r in session.execute(select(*columns).order_by(*order.order_by()))]
        assert listed == expected
        for position, row in enumerate(expected):
            after = session.execute(
                select(*columns).where(order.after(key_of(row))).order_by(*order.order_by())
            )
            assert [tuple(r) for r in after] == expected[position + 1 :]


def test_a_key_must_match_the_order_and_hold_no_null() -> None:
    order = KeyOrder.of(descending(Policy.effective_date), descending(Policy.id))
    with pytest.raises(ValueError, match="2 values"):
        order.after((date(2026, 1, 1),))
    with pytest.raises(ValueError, match="NULL"):
        order.after((None, 3))
    with pytest.raises(ValueError):
        KeyOrder.of()

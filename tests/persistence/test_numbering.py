"""Gap-free document numbers (architecture.md, rule 4): 1, 2, 3… with no hole and no
repeat, a rolled-back unit of work gives its number back, and clerks working at once
never get the same number."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop_app.domain.numbers import format_policy_number, policy_sequence
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import NumberSequence, Policy
from desktop_app.persistence.numbering import (
    next_number,
    next_numbers,
    peek_number,
    take_numbers,
)
from desktop_app.persistence.unit_of_work import unit_of_work
from tests.persistence.conftest import new_policy, new_subscriber

SEQUENCE = policy_sequence(2026)


class Boom(Exception):
    """A failure inside a unit of work, after the number was taken."""


def _take(db: Database, sequence: str = SEQUENCE) -> int:
    with unit_of_work(db) as session:
        return next_number(session, sequence)


def test_a_new_sequence_starts_at_one_and_has_no_gap(db: Database) -> None:
    with unit_of_work(db) as session:
        assert [next_number(session, SEQUENCE) for _ in range(3)] == [1, 2, 3]
    assert [_take(db) for _ in range(2)] == [4, 5]
    with db.read() as session:
        assert peek_number(session, SEQUENCE) == 5
        assert session.get(NumberSequence, SEQUENCE).last_value == 5  # type: ignore[union-attr]


def test_a_block_of_numbers_follows_without_gap(db: Database) -> None:
    """A batch (the renewal of every policy due) takes its quittance numbers in a block."""
    assert _take(db) == 1
    with unit_of_work(db) as session:
        assert list(take_numbers(session, SEQUENCE, 4)) == [2, 3, 4, 5]
        assert list(take_numbers(session, SEQUENCE, 1)) == [6]
        assert list(take_numbers(session, SEQUENCE, 0)) == []
    assert _take(db) == 7
    with unit_of_work(db) as session:
        assert list(take_numbers(session, "quittance:2031", 3)) == [1, 2, 3]


def test_many_sequences_at_once(db: Database) -> None:
    """The next number of several sequences in one go, new ones starting at 1."""
    assert _take(db, "endorsement:7") == 1
    with unit_of_work(db) as session:
        taken = next_numbers(session, ["endorsement:7", "endorsement:8", "endorsement:9"])
    assert taken == {"endorsement:7": 2, "endorsement:8": 1, "endorsement:9": 1}
    assert _take(db, "endorsement:8") == 2 and _take(db, "endorsement:7") == 3


def test_sequences_are_independent(db: Database) -> None:
    assert _take(db, "quittance:2026") == 1
    assert _take(db, SEQUENCE) == 1
    assert _take(db, "quittance:2026") == 2
    assert _take(db, policy_sequence(2027)) == 1
    with db.read() as session:
        assert peek_number(session, "claim:2026") == 0  # never taken: nothing stored


def test_a_rolled_back_unit_of_work_gives_its_number_back(db: Database) -> None:
    assert _take(db) == 1
    with pytest.raises(Boom), unit_of_work(db) as session:
        assert next_number(session, SEQUENCE) == 2
        raise Boom
    assert _take(db) == 2  # the next caller gets the same number: no hole


def test_the_first_number_of_a_sequence_is_given_back_too(db: Database) -> None:
    """The row of a brand-new sequence is created inside the failing unit of work."""
    with pytest.raises(Boom), unit_of_work(db) as session:
        assert next_number(session, SEQUENCE) == 1
        raise Boom
    with db.read() as session:
        assert peek_number(session, SEQUENCE) == 0
    assert _take(db) == 1


def _issue_numbers_concurrently(db: Database, threads: int, per_thread: int) -> list[str]:
    """Each thread issues ``per_thread`` policies, each in its own unit of work: take the
    next number and write it into ``policies.number`` (UNIQUE), exactly as issuing a
    policy does. One attempt in seven fails after taking its number, and is retried.

    A policy is the real document whose number column the database keeps unique; a
    duplicate number would make a commit fail, a lost number would leave a hole.
    """
    with unit_of_work(db) as session:
        subscriber = new_subscriber("Koné Aïcha")
        session.add(subscriber)
        session.flush()
        subscriber_id = subscriber.id
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def issue(worker: int) -> None:
        try:
            start.wait()
            issued = attempts = 0
            while issued < per_thread:
                attempts += 1
                try:
                    with unit_of_work(db) as session:
                        n = next_number(session, SEQUENCE)
                        session.add(new_policy(subscriber_id, format_policy_number(2026, n)))
                        session.flush()
                        if (worker + attempts) % 7 == 0:
                            raise Boom  # e.g. a check that fails after the number was taken
                except Boom:
                    continue
                issued += 1
        except BaseException as error:  # noqa: BLE001 — reported by the main thread
            errors.append(error)

    workers = [threading.Thread(target=issue, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    assert not any(w.is_alive() for w in workers), "a worker is stuck"
    assert errors == []
    with db.read() as session:
        return list(session.scalars(select(Policy.number)))


def _check_exactly(numbers: list[str], count: int, formatted: Callable[[int], str]) -> None:
    assert len(numbers) == count
    assert len(set(numbers)) == count, "a number was given twice"
    assert sorted(numbers) == [formatted(n) for n in range(1, count + 1)], "a hole"


@pytest.mark.postgres_only
def test_eight_clerks_at_once_on_postgresql_get_1_to_1600(db: Database) -> None:
    numbers = _issue_numbers_concurrently(db, threads=8, per_thread=200)
    _check_exactly(numbers, 1600, lambda n: format_policy_number(2026, n))
    with db.read() as session:
        assert peek_number(session, SEQUENCE) == 1600


def test_four_clerks_at_once_on_the_test_database_get_1_to_200(db: Database) -> None:
    """On SQLite the writers queue on the file's write lock (busy timeout)."""
    numbers = _issue_numbers_concurrently(db, threads=4, per_thread=50)
    _check_exactly(numbers, 200, lambda n: format_policy_number(2026, n))
    with db.read() as session:
        assert peek_number(session, SEQUENCE) == 200


def test_the_database_refuses_a_duplicate_document_number(db: Database) -> None:
    """Uniqueness is enforced by the database as well (rule 4), not only by the counter."""
    from sqlalchemy.exc import IntegrityError

    with unit_of_work(db) as session:
        subscriber = new_subscriber("Yao Kouassi")
        session.add(subscriber)
        session.flush()
        session.add(new_policy(subscriber.id, "MAL-2026-000001"))
    with pytest.raises(IntegrityError), unit_of_work(db) as session:
        session.add(new_policy(subscriber.id, "MAL-2026-000001"))

"""Enumerations and their French labels; the policy category (domain.md §2)."""

from __future__ import annotations

import enum

import pytest

from desktop_app.domain import kinds
from desktop_app.domain.kinds import PaymentMode, PaymentTerms, PolicyCategory, policy_category


def test_equal_values_of_different_enums_keep_their_own_label() -> None:
    # "cash" is both a payment term (comptant) and a payment mode (espèces).
    assert PaymentTerms.CASH == PaymentMode.CASH
    assert (PaymentTerms.CASH.label, PaymentMode.CASH.label) == ("Comptant", "Espèces")


def test_every_member_has_a_label() -> None:
    labelled = [
        c
        for c in vars(kinds).values()
        if isinstance(c, type) and issubclass(c, kinds.Labelled) and c is not kinds.Labelled
    ]
    assert len(labelled) >= 12
    for cls in labelled:
        for member in cls:
            assert member.label.strip(), member


@pytest.mark.parametrize(
    ("members", "category"),
    [
        (1, PolicyCategory.INDIVIDUAL),
        (2, PolicyCategory.INDIVIDUAL),
        (4, PolicyCategory.INDIVIDUAL),
        (5, PolicyCategory.GROUP),
        (120, PolicyCategory.GROUP),
    ],
)
def test_category_counts_members_only(members: int, category: PolicyCategory) -> None:
    """§2: a family of six with one member is individual; 5 members make a group."""
    assert policy_category(members) is category
    assert isinstance(category, enum.Enum)

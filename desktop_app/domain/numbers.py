"""Document numbers: which counter each kind of document takes, and how it is printed.

The counters themselves live in the database (persistence/numbering.py): unique,
gap-free, safe with several clerks (architecture.md, rule 4). Yearly counters restart
at 1 each year; the year is part of the printed number, so numbers stay unique.
"""

from __future__ import annotations


def policy_sequence(year: int) -> str:
    return f"policy:{year}"


def format_policy_number(year: int, n: int) -> str:
    """``MAL-2026-000123``: health policy 123 of 2026."""
    return f"MAL-{year}-{n:06d}"


def quittance_sequence(year: int) -> str:
    return f"quittance:{year}"


def format_quittance_number(year: int, n: int) -> str:
    return f"Q-{year}-{n:06d}"


def endorsement_sequence(policy_id: int) -> str:
    """Endorsements are numbered 1, 2, 3… per policy (domain.md §8)."""
    return f"endorsement:{policy_id}"


def claim_sequence(year: int) -> str:
    return f"claim:{year}"


def format_claim_number(year: int, n: int) -> str:
    """Claim files in order of arrival (domain.md §10.1): ``S-2026-000045``."""
    return f"S-{year}-{n:06d}"


def payment_order_sequence(year: int) -> str:
    return f"payment_order:{year}"


def format_payment_order_number(year: int, n: int) -> str:
    return f"OP-{year}-{n:05d}"


MATRICULE_SEQUENCE = "matricule"


def format_matricule(n: int) -> str:
    """A matricule the office generates when the administrator gives none (§3)."""
    return f"PS{n:08d}"


def attestation_sequence(year: int) -> str:
    return f"attestation:{year}"


def format_attestation_number(year: int, n: int) -> str:
    """Attestations d'assurance in order of issue: ``ATT-2026-000012``."""
    return f"ATT-{year}-{n:06d}"

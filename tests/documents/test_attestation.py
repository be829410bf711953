"""The attestation d'assurance (domain.md §15) rendered from its snapshot: French, the
office's header, one person or a whole policy over several pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.documents.attestation import render_attestation
from desktop_app.documents.snapshots import (
    AttestationPersonSnapshot,
    AttestationSnapshot,
    CompanySnapshot,
    PartySnapshot,
)
from tests.documents.pdftools import needs_poppler, page_count, text


def _snapshot(persons: int, whole: bool = True) -> AttestationSnapshot:
    return AttestationSnapshot(
        company=CompanySnapshot("Assurances Ivoire Santé", city="Abidjan"),
        number="ATT-2026-000007",
        issue_date=date(2026, 11, 21),
        policy_number="MAL-2026-000042",
        subscriber=PartySnapshot("Société Ivoirienne de Banque"),
        effective_date=date(2026, 1, 1),
        expiry_date=date(2026, 12, 31),
        category_label="Groupe",
        administrator_name=None,
        persons=tuple(
            AttestationPersonSnapshot(
                f"PS{i:08d}",
                f"KONÉ Awa {i}",
                date(1985, 1, 20),
                "Assuré principal",
                date(2026, 1, 1),
                date(2026, 12, 31),
                80,
                1,
            )
            for i in range(persons)
        ),
        whole_policy=whole,
    )


def test_a_snapshot_round_trips_and_renders() -> None:
    snap = _snapshot(2)
    assert AttestationSnapshot.from_dict(snap.to_dict()) == snap
    assert render_attestation(snap).startswith(b"%PDF")


@needs_poppler
def test_one_person_is_named_in_the_certifying_sentence(tmp_path: Path) -> None:
    words = text(render_attestation(_snapshot(1, whole=False)), tmp_path)
    assert "ATTESTATION D'ASSURANCE" in words and "ATT-2026-000007" in words
    assert "atteste que KONÉ Awa 0, né(e) le 20/01/1985, matricule PS00000000" in words
    assert "Fait à Abidjan, le 21/11/2026." in words


@needs_poppler
def test_a_whole_policy_runs_over_pages(tmp_path: Path) -> None:
    pdf = render_attestation(_snapshot(120))
    assert page_count(pdf, tmp_path) >= 3
    assert "les 120 personnes désignées ci-dessous sont assurées" in text(pdf, tmp_path)

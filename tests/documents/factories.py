"""Snapshots with realistic Ivorian data for the document tests, the bench and previews."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from desktop_app.documents.snapshots import (
    BenefitLineSnapshot,
    CardSnapshot,
    ClaimLineSnapshot,
    ClaimStatementSnapshot,
    CompanySnapshot,
    ContractSnapshot,
    EndorsementSnapshot,
    InsuredPersonSnapshot,
    IntermediarySnapshot,
    MovementSnapshot,
    PartySnapshot,
    PaymentOrderItem,
    PaymentOrderSnapshot,
    PremiumSnapshot,
    QuittanceLineSnapshot,
    QuittanceSnapshot,
    TermsSnapshot,
)


def photo_bytes(seed: int = 0, size: tuple[int, int] = (228, 300), kind: str = "JPEG") -> bytes:
    """A small synthetic portrait: a face-like oval on a coloured background."""
    tint = (90 + seed * 37 % 120, 110 + seed * 53 % 100, 150 + seed * 29 % 90)
    image = Image.new("RGB", size, tint)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.55), fill=(92, 60, 40))
    draw.rectangle((w * 0.18, h * 0.6, w * 0.82, h), fill=(30, 60, 110))
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def logo_bytes() -> bytes:
    """A transparent PNG logo: a green cross in an orange ring."""
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 192, 192), outline=(235, 120, 20, 255), width=18)
    draw.rectangle((85, 45, 115, 155), fill=(20, 140, 70, 255))
    draw.rectangle((45, 85, 155, 115), fill=(20, 140, 70, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def company(with_logo: bool = True) -> CompanySnapshot:
    return CompanySnapshot(
        name="Assurances Éburnéennes Santé",
        address="Immeuble Le Plateau, 12 avenue Chardy, 01 BP 1234 Abidjan 01",
        city="Abidjan",
        phone="+225 27 20 21 22 23",
        email="sante@eburneennes.ci",
        licence_number="CIMA n° 0123/MEF/DGTCP/DA",
        logo=logo_bytes() if with_logo else None,
    )


def card(n: int = 1, photo: bytes | None = None, with_logo: bool = True) -> CardSnapshot:
    return CardSnapshot(
        company=company(with_logo),
        matricule=f"PS{n:08d}",
        last_name="Kouassi-N'Guessan",
        first_names="Adjoua Marie-Françoise Épiphanie",
        birth_date=date(1987, 3, 14),
        subscriber_name="Société Ivoirienne de Cacao et Café (SICC) — Côte d'Ivoire",
        policy_number="MAL-2026-000123",
        coverage_rate=80,
        zone=1,
        valid_until=date(2026, 12, 31),
        photo=photo,
        administrator_name="ASCOMA-CI",
    )


_FIRST = (
    "Aya",
    "Koffi",
    "Adjoua",
    "Yao",
    "Akissi",
    "Kouamé",
    "Aminata",
    "Sékou",
    "Éloïse",
    "Ibrahim",
    "Fatou",
    "Jean-Baptiste",
    "Affoué",
    "Zié",
    "Marie-Thérèse",
)
_LAST = (
    "Kouassi",
    "Traoré",
    "Koné",
    "Yao",
    "Bamba",
    "N'Guessan",
    "Ouattara",
    "Diabaté",
    "Konan",
    "Coulibaly",
    "Aké",
    "Gbagbo",
    "Brou",
    "Tanoh",
    "Dosso",
)
_REL = ("Assuré principal", "Conjoint", "Enfant", "Enfant")


def persons(count: int) -> tuple[InsuredPersonSnapshot, ...]:
    people = []
    for i in range(count):
        people.append(
            InsuredPersonSnapshot(
                matricule=f"PS{1000 + i:08d}",
                name=f"{_LAST[i % len(_LAST)].upper()} {_FIRST[(i * 7) % len(_FIRST)]}",
                relationship_label=_REL[i % len(_REL)],
                birth_date=date(1970 + i % 35, 1 + i % 12, 1 + i % 27),
                entry_date=date(2026, 1, 1) if i % 5 else date(2026, 3, 15),
                coverage_rate=(80, 80, 90, 100)[i % 4],
                zone=1 + (i % 7 == 0),
                annual_ceiling=3_000_000,
                annual_premium=185_000 + 5_000 * (i % 6),
            )
        )
    return tuple(people)


def premium() -> PremiumSnapshot:
    # net 4 750 000 + fees 25 000 = 4 775 000; taxes 4 % (group) = 191 000.
    return PremiumSnapshot(
        net=4_750_000,
        fees=25_000,
        taxes=191_000,
        total=4_966_000,
        tax_rate=Decimal("0.04"),
        commission_rate=Decimal("0.15"),
        commission=712_500,
        management_fee_rate=Decimal("0.10"),
        management_fee=475_000,
    )


def benefits() -> tuple[BenefitLineSnapshot, ...]:
    return (
        BenefitLineSnapshot("Consultations et visites", True, None, 25_000, None, False, None),
        BenefitLineSnapshot("Pharmacie", True, None, None, 1_000_000, False, None),
        BenefitLineSnapshot("Hospitalisation", True, 100, 60_000, 2_000_000, True, 30),
        BenefitLineSnapshot("Analyses de laboratoire", True, None, None, 500_000, True, None),
        BenefitLineSnapshot("Radiologie et imagerie", True, None, None, 500_000, True, None),
        BenefitLineSnapshot("Optique", True, None, None, 50_000, False, 90),
        BenefitLineSnapshot("Prothèses dentaires", True, 60, None, 200_000, True, 180),
        BenefitLineSnapshot(
            "Maternité (pré/post-natal, accouchement)", True, None, 300_000, None, False, 270
        ),
        BenefitLineSnapshot("Évacuation sanitaire", False),
    )


def contract(person_count: int = 25) -> ContractSnapshot:
    return ContractSnapshot(
        company=company(),
        policy_number="MAL-2026-000123",
        administrator_ref="ASC/2026/4471",
        issue_date=date(2026, 1, 5),
        effective_date=date(2026, 1, 1),
        expiry_date=date(2026, 12, 31),
        category_label="Groupe",
        subscriber=PartySnapshot(
            "Société Ivoirienne de Cacao et Café (SICC)",
            "Zone industrielle de Yopougon, 04 BP 567 Abidjan 04, Côte d'Ivoire",
            "+225 27 23 45 67 89",
        ),
        intermediary=IntermediarySnapshot("CRT-014", "Cabinet Kouadio & Associés"),
        administrator_name="ASCOMA-CI",
        terms=TermsSnapshot(True, "Comptant", "Sans coassurance", 60),
        management_system_label="Tiers payant",
        care_network_label="Privé et public",
        benefits=benefits(),
        overall_annual_ceiling=3_000_000,
        persons=persons(person_count),
        premium=premium(),
        quittance_number="Q-2026-000042",
    )


def quittance(with_lines: bool = True) -> QuittanceSnapshot:
    lines = (
        QuittanceLineSnapshot(
            "PS00001000", "KOUASSI Aya", 240_000, date(2026, 3, 1), date(2026, 12, 31), 306, 201_205
        ),
        QuittanceLineSnapshot(
            "PS00001001",
            "TRAORÉ Koffi",
            200_000,
            date(2026, 3, 1),
            date(2026, 12, 31),
            306,
            167_671,
        ),
        QuittanceLineSnapshot(
            "PS00001002", "KONÉ Éloïse", 200_000, date(2026, 3, 1), date(2026, 12, 31), 306, 167_671
        ),
    )
    # 536 548 net, 10 000 fees, 8 % taxes on 546 548 = 43 724 → 590 272 TTC.
    return QuittanceSnapshot(
        company=company(),
        number="Q-2026-000042",
        policy_number="MAL-2026-000123",
        subscriber=PartySnapshot(
            "M. KOUASSI Aya Désiré", "Cocody Angré, 08 BP 99 Abidjan 08", "+225 07 07 07 07 07"
        ),
        act_label="Affaire nouvelle",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 12, 31),
        issue_date=date(2026, 2, 20),
        due_date=date(2026, 3, 1),
        premium=PremiumSnapshot(
            net=536_548,
            fees=10_000,
            taxes=43_724,
            total=590_272,
            tax_rate=Decimal("0.08"),
            commission_rate=Decimal("0.15"),
            commission=80_482,
            management_fee_rate=Decimal("0.10"),
            management_fee=53_655,
        ),
        intermediary=IntermediarySnapshot("AG-003", "Agence Générale Plateau"),
        administrator_name="MCI-SOGEM",
        category_label="Individuelle",
        lines=lines if with_lines else (),
    )


def claim_statement() -> ClaimStatementSnapshot:
    lines = (
        ClaimLineSnapshot(
            date(2026, 4, 2),
            "Consultations et visites",
            15_000,
            0,
            0,
            "",
            15_000,
            12_000,
            3_000,
            "",
            "P-0001",
        ),
        ClaimLineSnapshot(
            date(2026, 4, 2),
            "Pharmacie",
            42_500,
            5_000,
            2_500,
            "Produit d'hygiène",
            35_000,
            28_000,
            9_500,
            "",
            "P-0002",
        ),
        ClaimLineSnapshot(
            date(2026, 4, 10),
            "Optique",
            75_000,
            0,
            0,
            "",
            75_000,
            50_000,
            25_000,
            "Plafond annuel de la catégorie",
            "P-0003",
        ),
    )
    return ClaimStatementSnapshot(
        company=company(),
        claim_number="S-2026-000045",
        statement_date=date(2026, 4, 20),
        reception_date=date(2026, 4, 15),
        matricule="PS00001000",
        person_name="KOUASSI Aya",
        policy_number="MAL-2026-000123",
        subscriber_name="Société Ivoirienne de Cacao et Café (SICC)",
        provider_name="Polyclinique Sainte-Anne-Marie (PISAM)",
        payee_name="KOUASSI Aya",
        management_system_label="Système classique",
        lines=lines,
        coverage_rate=80,
    )


def payment_order() -> PaymentOrderSnapshot:
    items = (
        PaymentOrderItem("S-2026-000045", "KOUASSI Aya", "KOUASSI Aya", 90_000),
        PaymentOrderItem("S-2026-000046", "TRAORÉ Koffi", "Pharmacie de la Riviera", 35_000),
    )
    return PaymentOrderSnapshot(
        company=company(),
        number="OP-2026-00007",
        order_date=date(2026, 4, 25),
        signatory="Mme DIABATÉ Mariam",
        items=items,
        mode_label="Chèque",
    )


def many_cards(count: int, with_photos: bool = True) -> list[CardSnapshot]:
    """``count`` distinct cards, each with its own photo (as a real batch would have)."""
    base = company()
    cards = []
    start = date(1960, 1, 1)
    for i in range(count):
        cards.append(
            CardSnapshot(
                company=base,
                matricule=f"PS{i + 1:08d}",
                last_name=_LAST[i % len(_LAST)],
                first_names=_FIRST[(i * 7) % len(_FIRST)],
                birth_date=start + timedelta(days=i * 13),
                subscriber_name="SICC",
                policy_number=f"MAL-2026-{i // 20:06d}",
                coverage_rate=(80, 90, 100)[i % 3],
                zone=1 + i % 3,
                valid_until=date(2026, 12, 31),
                photo=photo_bytes(i) if with_photos else None,
                administrator_name="ASCOMA-CI",
            )
        )
    return cards


def endorsement() -> EndorsementSnapshot:
    """The régularisation of issue 8: Camara enters 01/05/2026 (120 000, 245 days,
    80 548), Diallo leaves 01/11/2026 (120 000, 61 days, −20 055); net 60 493, accessoires
    2 000, taxes 8 % × 62 493 = 4 999, TTC 67 492."""
    return EndorsementSnapshot(
        company=company(),
        policy_number="MAL-2026-000123",
        number=3,
        kind_label="Régularisation",
        subscriber=PartySnapshot(
            "Société Ivoirienne de Cacao et Café (SICC)",
            "Zone industrielle de Yopougon, 04 BP 567 Abidjan 04, Côte d'Ivoire",
            "+225 27 23 45 67 89",
        ),
        issue_date=date(2026, 11, 21),
        effective_date=date(2026, 5, 1),
        expiry_date=date(2026, 12, 31),
        movements=(
            MovementSnapshot(
                "Entrée",
                "PS00001203",
                "CAMARA Moussa",
                date(2026, 5, 1),
                "Entrée au 80 % zone 1",
                0,
                120_000,
                245,
                80_548,
            ),
            MovementSnapshot(
                "Sortie",
                "PS00001001",
                "DIALLO Fatou",
                date(2026, 11, 1),
                "Ristourne des jours non couverts",
                120_000,
                0,
                61,
                -20_055,
            ),
        ),
        premium=PremiumSnapshot(
            net=60_493,
            fees=2_000,
            taxes=4_999,
            total=67_492,
            tax_rate=Decimal("0.08"),
            commission_rate=Decimal("0.15"),
            commission=9_074,
            management_fee_rate=Decimal("0.10"),
            management_fee=6_049,
        ),
        quittance_number="Q-2026-000311",
        intermediary=IntermediarySnapshot("CRT-014", "Cabinet Kouadio & Associés"),
        administrator_name="ASCOMA-CI",
        letter_date=date(2026, 11, 10),
        received_on=date(2026, 11, 12),
        notes="Liste transmise par la DRH le 10/11/2026.",
        cards_issued=("PS00001203 — CAMARA Moussa",),
        cards_invalid=("PS00001001 — DIALLO Fatou, invalide à compter du 01/11/2026",),
    )

"""Default exclusion reason codes for claim lines (domain.md §7), seeded as reference data.

The office edits the list (table ``exclusion_reasons``); these are the first values, from
the general conditions (seed 004, "Les prestations garanties ou non"). Codes are at most
12 characters and never change once used; labels may be renamed.

The last four codes record why a whole line is refused after a blocking check (waiting
period, no cover, no approval, duplicate): excluding the whole amount with one of them
settles the line (docs/rules-claims.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExclusionReasonDefault:
    code: str
    label: str


DEFAULT_EXCLUSION_REASONS: tuple[ExclusionReasonDefault, ...] = tuple(
    ExclusionReasonDefault(code, label)
    for code, label in (
        ("SANS_ORDO", "Médicament ou acte sans prescription médicale"),
        (
            "MED_COURANT",
            "Médicament courant exclu (nivaquine, quinine, aspirine, "
            "vitamine C 1000 et similaires)",
        ),
        ("HYGIENE", "Produit d'hygiène, de beauté, d'amaigrissement ou de rajeunissement"),
        ("DIETETIQUE", "Produit diététique ou similaire"),
        ("CONTRACEPT", "Produit ou traitement à but contraceptif"),
        ("OBJET_MED", "Objet à usage médical (thermomètre, seringue, bandage…)"),
        ("EAU_MIN", "Eau minérale"),
        ("CURE", "Cure thermale, maison de repos ou de convalescence"),
        ("EXTRA", "Supplément non médical (téléphone, télévision…)"),
        ("ESTHETIQUE", "Chirurgie ou soin à but esthétique, obésité, rajeunissement"),
        ("VISITE_MED", "Visite médicale d'embauche, périodique ou prénuptiale"),
        ("MONTURE", "Monture seule (optique)"),
        ("FAUSSE_COUCH", "Fausse couche"),
        ("MALFORMATIO", "Anomalie, infirmité ou malformation constitutionnelle"),
        ("NON_AGREE", "Laboratoire ou centre non agréé"),
        ("ANTERIEURE", "Affection antérieure exclue aux conditions particulières"),
        ("DEPASSEMENT", "Au-delà des limites du contrat (échographies, durée de séjour…)"),
        ("CARENCE", "Soins pendant le délai de carence"),
        ("NON_COUVERT", "Soins non couverts (garantie ou période)"),
        ("SANS_ENTENTE", "Soins sans entente préalable accordée"),
        ("DOUBLON", "Soins déjà présentés dans un autre décompte"),
    )
)

WAITING_PERIOD = "CARENCE"
NOT_COVERED = "NON_COUVERT"
NO_APPROVAL = "SANS_ENTENTE"
DUPLICATE = "DOUBLON"


def default_label(code: str) -> str | None:
    """The default label of a code, ``None`` for a code the office added."""
    for reason in DEFAULT_EXCLUSION_REASONS:
        if reason.code == code:
            return reason.label
    return None

"""Care categories (actes médicaux, domain.md §7), each with a stable code.

The codes are the keys of the schedule of benefits, the tariff of waiting periods (§6)
and the claims' lines (§10.2). The office may rename a category; the code never changes.
"""

from __future__ import annotations

import enum


class CareCategory(enum.StrEnum):
    CONSULTATION = "CONS"
    PHARMACY = "PHAR"
    HOSPITALISATION = "HOSP"
    SURGERY = "CHIR"
    MOTHER_STAY = "ACCM"
    LABORATORY = "LABO"
    IMAGING = "RADI"
    SPECIALIST = "SPEC"
    PHYSIOTHERAPY = "KINE"
    CHECKUP = "BILA"
    OPTICAL = "OPTI"
    DENTAL_CARE = "DENT"
    DENTAL_PROSTHESIS = "PROT"
    MATERNITY = "MATE"
    TRANSPORT = "TRAN"
    ABROAD = "ETRA"
    EVACUATION = "EVAC"

    @property
    def label(self) -> str:
        return CARE_LABELS[self]


CARE_LABELS: dict[CareCategory, str] = {
    CareCategory.CONSULTATION: "Consultations et visites",
    CareCategory.PHARMACY: "Pharmacie",
    CareCategory.HOSPITALISATION: "Hospitalisation",
    CareCategory.SURGERY: "Chirurgie (honoraires, bloc opératoire)",
    CareCategory.MOTHER_STAY: "Accompagnement de la mère (enfant hospitalisé)",
    CareCategory.LABORATORY: "Analyses de laboratoire",
    CareCategory.IMAGING: "Radiologie et imagerie",
    CareCategory.SPECIALIST: "Actes de spécialistes",
    CareCategory.PHYSIOTHERAPY: "Kinésithérapie et rééducation",
    CareCategory.CHECKUP: "Bilans de santé",
    CareCategory.OPTICAL: "Optique",
    CareCategory.DENTAL_CARE: "Soins dentaires",
    CareCategory.DENTAL_PROSTHESIS: "Prothèses dentaires",
    CareCategory.MATERNITY: "Maternité (pré/post-natal, accouchement)",
    CareCategory.TRANSPORT: "Transport médical",
    CareCategory.ABROAD: "Soins à l'étranger",
    CareCategory.EVACUATION: "Évacuation sanitaire",
}


class Condition(enum.StrEnum):
    """Nature of the condition treated, recorded on the claim file (§6, §10.1)."""

    ACCIDENT = "accident"
    INFECTIOUS = "infectious"
    COMMON_ILLNESS = "common_illness"
    CHRONIC = "chronic"
    PREGNANCY = "pregnancy"

    @property
    def label(self) -> str:
        return CONDITION_LABELS[self]


CONDITION_LABELS: dict[Condition, str] = {
    Condition.ACCIDENT: "Accident",
    Condition.INFECTIOUS: "Maladie infectieuse",
    Condition.COMMON_ILLNESS: "Maladie courante",
    Condition.CHRONIC: "Maladie chronique",
    Condition.PREGNANCY: "Grossesse et accouchement",
}

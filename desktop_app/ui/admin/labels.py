"""French words and formats the administration screens show (tables, fields, dates)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    # PySide6 declares it as returning ``object``; it returns its text unchanged.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.roles import ROLE_LABELS, Role
from desktop_app.services.administration.audit import ACTION_LABELS

# Tables of the audit trail as a clerk names them; an unknown table shows its own name.
TABLE_LABELS: dict[str, str] = {
    "administrators": QT_TRANSLATE_NOOP("AdminLabels", "Gestionnaires"),
    "benefit_lines": QT_TRANSLATE_NOOP("AdminLabels", "Tableaux des garanties"),
    "benefit_template_lines": QT_TRANSLATE_NOOP("AdminLabels", "Lignes de barèmes types"),
    "benefit_templates": QT_TRANSLATE_NOOP("AdminLabels", "Barèmes types"),
    "care_categories": QT_TRANSLATE_NOOP("AdminLabels", "Actes médicaux"),
    "company": QT_TRANSLATE_NOOP("AdminLabels", "Compagnie"),
    "exclusion_reasons": QT_TRANSLATE_NOOP("AdminLabels", "Motifs d'exclusion"),
    "insured_persons": QT_TRANSLATE_NOOP("AdminLabels", "Personnes assurées"),
    "intermediaries": QT_TRANSLATE_NOOP("AdminLabels", "Intermédiaires"),
    "issued_documents": QT_TRANSLATE_NOOP("AdminLabels", "Documents émis"),
    "number_sequences": QT_TRANSLATE_NOOP("AdminLabels", "Numérotation"),
    "person_photos": QT_TRANSLATE_NOOP("AdminLabels", "Photos des assurés"),
    "policies": QT_TRANSLATE_NOOP("AdminLabels", "Polices"),
    "policy_tracking": QT_TRANSLATE_NOOP("AdminLabels", "Suivi des polices"),
    "providers": QT_TRANSLATE_NOOP("AdminLabels", "Prestataires"),
    "quittance_lines": QT_TRANSLATE_NOOP("AdminLabels", "Lignes de quittances"),
    "quittances": QT_TRANSLATE_NOOP("AdminLabels", "Quittances"),
    "settings_documents": QT_TRANSLATE_NOOP("AdminLabels", "Paramètres (taxes, accessoires)"),
    "subscribers": QT_TRANSLATE_NOOP("AdminLabels", "Souscripteurs"),
    "user_roles": QT_TRANSLATE_NOOP("AdminLabels", "Rôles des utilisateurs"),
    "users": QT_TRANSLATE_NOOP("AdminLabels", "Utilisateurs"),
}

# Column names met in the trail; the others are shown as stored.
FIELD_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("AdminLabels", "Actif"),
    "address": QT_TRANSLATE_NOOP("AdminLabels", "Adresse"),
    "city": QT_TRANSLATE_NOOP("AdminLabels", "Ville"),
    "code": QT_TRANSLATE_NOOP("AdminLabels", "Code"),
    "email": QT_TRANSLATE_NOOP("AdminLabels", "E-mail"),
    "failed_logins": QT_TRANSLATE_NOOP("AdminLabels", "Essais échoués"),
    "full_name": QT_TRANSLATE_NOOP("AdminLabels", "Nom complet"),
    "id": QT_TRANSLATE_NOOP("AdminLabels", "Identifiant"),
    "last_login_at": QT_TRANSLATE_NOOP("AdminLabels", "Dernière connexion"),
    "licence_number": QT_TRANSLATE_NOOP("AdminLabels", "Numéro d'agrément"),
    "locked_at": QT_TRANSLATE_NOOP("AdminLabels", "Verrouillé le"),
    "must_change_password": QT_TRANSLATE_NOOP("AdminLabels", "Doit changer son mot de passe"),
    "name": QT_TRANSLATE_NOOP("AdminLabels", "Nom"),
    "password_hash": QT_TRANSLATE_NOOP("AdminLabels", "Mot de passe"),
    "phone": QT_TRANSLATE_NOOP("AdminLabels", "Téléphone"),
    "role": QT_TRANSLATE_NOOP("AdminLabels", "Rôle"),
    "tax_id": QT_TRANSLATE_NOOP("AdminLabels", "Compte contribuable"),
    "user_id": QT_TRANSLATE_NOOP("AdminLabels", "Utilisateur (n°)"),
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdminLabels", text)


def table_label(name: str) -> str:
    return _tr(TABLE_LABELS[name]) if name in TABLE_LABELS else name


def field_label(name: str) -> str:
    return _tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def format_datetime(moment: datetime | None, *, seconds: bool = False) -> str:
    """``21/11/2026 09:30`` (with ``:05`` seconds if asked); '' for none."""
    if moment is None:
        return ""
    return moment.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def yes_no(flag: bool) -> str:
    if flag:
        return QCoreApplication.translate("AdminLabels", "Oui")
    return QCoreApplication.translate("AdminLabels", "Non")


def roles_text(roles: frozenset[Role]) -> str:
    """The roles in the order of ``Role``, French labels, comma-separated."""
    return ", ".join(ROLE_LABELS[r] for r in Role if r in roles)


def audit_value(field: str, value: Any) -> str:
    """A value of ``field`` recorded in the trail as a clerk reads it: Oui/Non, French
    dates, role names."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        if _ISO_DATETIME.match(value):
            return format_datetime(datetime.fromisoformat(value), seconds=value.count(":") == 2)
        if field == "role" and value in {r.value for r in Role}:
            return ROLE_LABELS[Role(value)]
        return value
    return str(value)

"""Roles and permissions (issue 2, part 6; domain.md §14 for medical details).

A user holds one or more roles; a permission is granted when any role grants it.
Services check permissions; screens only hide what the services would refuse anyway.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Role(enum.StrEnum):
    ADMIN = "admin"
    PRODUCTION = "production"
    CLAIMS = "claims"
    SIGNATORY = "signatory"
    ACCOUNTING = "accounting"
    MANAGEMENT = "management"
    MEDICAL_ADVISER = "medical_adviser"
    CASHIER = "cashier"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Administrateur",
    Role.PRODUCTION: "Production",
    Role.CLAIMS: "Sinistres",
    Role.SIGNATORY: "Signataire",
    Role.ACCOUNTING: "Comptabilité",
    Role.MANAGEMENT: "Direction (lecture seule)",
    Role.MEDICAL_ADVISER: "Médecin conseil",
    Role.CASHIER: "Caisse (encaissements)",
}


class Permission(enum.StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_REFERENCE_DATA = "manage_reference_data"
    VIEW_AUDIT = "view_audit"
    VIEW_PORTFOLIO = "view_portfolio"  # parties, policies, persons, quittances
    EDIT_PRODUCTION = "edit_production"
    OVERRIDE_AGE_LIMIT = "override_age_limit"
    VIEW_CLAIMS = "view_claims"  # claim files: amounts, dates, steps
    VIEW_MEDICAL = "view_medical"  # care lines, categories, approvals, conditions
    EDIT_CLAIMS = "edit_claims"
    CONFIRM_DUPLICATE = "confirm_duplicate"
    SIGN_PAYMENT_ORDERS = "sign_payment_orders"
    PAY_CLAIMS = "pay_claims"
    EDIT_FINANCE = "edit_finance"  # premium collection
    VIEW_FINANCE = "view_finance"
    EXPORT_STATEMENTS = "export_statements"
    VIEW_STATISTICS = "view_statistics"
    CLOSE_PERIODS = "close_periods"  # accounting closes a period: nothing is dated in it any more
    ADJUST_RENEWAL = "adjust_renewal"  # another premium change at renewal than the clause's
    PRINT_BEFORE_PAYMENT = "print_before_payment"  # cards, attestation before art. 13's share


P = Permission
_READ_ALL = {P.VIEW_PORTFOLIO, P.VIEW_CLAIMS, P.VIEW_FINANCE, P.VIEW_STATISTICS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # The administrator runs the system; medical details stay with the claims roles.
    Role.ADMIN: frozenset(
        {
            P.MANAGE_USERS,
            P.MANAGE_SETTINGS,
            P.MANAGE_REFERENCE_DATA,
            P.VIEW_AUDIT,
            P.OVERRIDE_AGE_LIMIT,
            P.EXPORT_STATEMENTS,
        }
        | _READ_ALL
    ),
    Role.PRODUCTION: frozenset(
        {P.VIEW_PORTFOLIO, P.EDIT_PRODUCTION, P.VIEW_FINANCE, P.VIEW_STATISTICS}
    ),
    Role.CLAIMS: frozenset(
        {
            P.VIEW_PORTFOLIO,
            P.VIEW_CLAIMS,
            P.VIEW_MEDICAL,
            P.EDIT_CLAIMS,
            P.PAY_CLAIMS,
            P.VIEW_STATISTICS,
        }
    ),
    Role.SIGNATORY: frozenset(
        {
            P.VIEW_PORTFOLIO,
            P.VIEW_CLAIMS,
            P.VIEW_MEDICAL,
            P.SIGN_PAYMENT_ORDERS,
            P.CONFIRM_DUPLICATE,
        }
    ),
    Role.ACCOUNTING: frozenset(
        {
            P.VIEW_PORTFOLIO,
            P.VIEW_CLAIMS,
            P.VIEW_FINANCE,
            P.EDIT_FINANCE,
            P.EXPORT_STATEMENTS,
            P.VIEW_STATISTICS,
            P.CLOSE_PERIODS,
        }
    ),
    # Management may apply another change than the clause's at renewal (§9), with a reason.
    # Management may also let cards or an attestation be printed before the share of the
    # premium art. 13 requires is collected, with a reason.
    Role.MANAGEMENT: frozenset(
        _READ_ALL | {P.EXPORT_STATEMENTS, P.VIEW_AUDIT, P.ADJUST_RENEWAL, P.PRINT_BEFORE_PAYMENT}
    ),
    Role.MEDICAL_ADVISER: frozenset(
        {P.VIEW_PORTFOLIO, P.VIEW_CLAIMS, P.VIEW_MEDICAL, P.OVERRIDE_AGE_LIMIT, P.CONFIRM_DUPLICATE}
    ),
    # The cashier records payments and closes their day; accounting checks it (four eyes).
    Role.CASHIER: frozenset({P.VIEW_PORTFOLIO, P.VIEW_FINANCE, P.EDIT_FINANCE}),
}

PERMISSION_LABELS: dict[Permission, str] = {
    P.MANAGE_USERS: "gérer les utilisateurs",
    P.MANAGE_SETTINGS: "modifier les paramètres de la compagnie",
    P.MANAGE_REFERENCE_DATA: "modifier les données de référence",
    P.VIEW_AUDIT: "consulter le journal d'audit",
    P.VIEW_PORTFOLIO: "consulter le portefeuille",
    P.EDIT_PRODUCTION: "saisir la production",
    P.OVERRIDE_AGE_LIMIT: "déroger aux limites d'âge",
    P.VIEW_CLAIMS: "consulter les sinistres",
    P.VIEW_MEDICAL: "consulter les informations médicales",
    P.EDIT_CLAIMS: "saisir les sinistres",
    P.CONFIRM_DUPLICATE: "confirmer un doublon de soins",
    P.SIGN_PAYMENT_ORDERS: "signer les ordres de paiement",
    P.PAY_CLAIMS: "régler les sinistres",
    P.EDIT_FINANCE: "saisir les encaissements",
    P.VIEW_FINANCE: "consulter les encaissements",
    P.EXPORT_STATEMENTS: "exporter les bordereaux",
    P.VIEW_STATISTICS: "consulter les statistiques",
    P.CLOSE_PERIODS: "clôturer une période comptable",
    P.ADJUST_RENEWAL: "modifier l'ajustement d'un renouvellement",
    P.PRINT_BEFORE_PAYMENT: "imprimer cartes et attestations avant l'encaissement de la prime",
}


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


MAX_FAILED_LOGINS = 5
MIN_PASSWORD_LENGTH = 8


def check_new_password(password: str, confirmation: str, field: str = "password") -> None:
    """A new password: at least 8 characters, a letter and a digit, typed twice the same."""
    from desktop_app.domain.errors import Collector

    errors = Collector()
    if len(password) < MIN_PASSWORD_LENGTH:
        errors.add(
            field, f"Le mot de passe doit compter au moins {MIN_PASSWORD_LENGTH} caractères."
        )
    elif len(password) > 128:
        errors.add(field, "Le mot de passe est trop long (au plus 128 caractères).")
    elif not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        errors.add(field, "Le mot de passe doit contenir au moins une lettre et un chiffre.")
    if password != confirmation:
        errors.add("confirmation", "Les deux mots de passe ne sont pas identiques.")
    errors.raise_if_any()

"""Four eyes where money leaves (architecture.md rule 11, domain.md §10.3): who assesses a
file does not sign its payment order; only the Signataire right signs."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import FieldError
from desktop_app.domain.payment_order_workflow import Signer, check_signatory
from desktop_app.domain.roles import Role, permissions_of

SIGNATORY = permissions_of([Role.SIGNATORY])


def test_a_signatory_who_assessed_none_of_the_files_signs() -> None:
    check_signatory(Signer(7, "Ouattara Fatoumata", True, SIGNATORY), [("S-1", 3), ("S-2", None)])


def test_who_assessed_a_file_does_not_sign_and_every_such_file_is_named() -> None:
    senior = Signer(3, "Koné Ali", True, permissions_of([Role.CLAIMS, Role.SIGNATORY]))
    with pytest.raises(FieldError) as refused:
        check_signatory(senior, [("S-1", 3), ("S-2", 4), ("S-3", 3)])
    assert refused.value.field == "signatory"
    assert "les décomptes des dossiers S-1, S-3 :" in refused.value.message
    assert "S-2" not in refused.value.message
    with pytest.raises(FieldError, match="le décompte du dossier S-1 :"):
        check_signatory(senior, [("S-1", 3)])


@pytest.mark.parametrize(
    "role", [Role.CLAIMS, Role.ACCOUNTING, Role.ADMIN, Role.MANAGEMENT, Role.MEDICAL_ADVISER]
)
def test_only_the_signatory_right_signs(role: Role) -> None:
    with pytest.raises(FieldError, match="n'a pas le droit de signer"):
        check_signatory(Signer(9, "Yao Paul", True, permissions_of([role])), [("S-1", 3)])


def test_a_disabled_account_does_not_sign() -> None:
    with pytest.raises(FieldError, match="désactivé"):
        check_signatory(Signer(7, "Ouattara Fatoumata", False, SIGNATORY), [("S-1", 3)])


def test_a_provisional_password_signs_nothing() -> None:
    """An administrator who reset a signatory's password knows it: until the signatory
    chose their own, the account does not sign (issue 7 review)."""
    with pytest.raises(FieldError, match="mot de passe provisoire"):
        check_signatory(
            Signer(7, "Ouattara Fatoumata", True, SIGNATORY, provisional_password=True), []
        )

"""Before printing cards or an attestation (issue 9, CIMA art. 13): when the premium that
starts cover is not collected, a user with the right types the reason of the exception
(the service checks it again and writes it to the audit trail); anyone else is told why
not. The window only asks: the rule is in ``services/finance/cover.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.finance import cover
from desktop_app.ui.bus import AppBus
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

NOT_COLLECTED = QT_TRANSLATE_NOOP(
    "PrintGuard",
    "La prime exigée avant la prise d'effet de la garantie n'est pas encaissée (art. 13 du "
    "code CIMA : {0} %, soit {1} ; encaissé : {2}).",
)
NO_RIGHT = QT_TRANSLATE_NOOP(
    "PrintGuard", "Imprimer {0} avant l'encaissement demande un droit que vous n'avez pas."
)
TITLE = QT_TRANSLATE_NOOP("PrintGuard", "Impression avant encaissement")
ASK = QT_TRANSLATE_NOOP("PrintGuard", "Motif de l'impression de {0} :")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintGuard", text)


def print_reason(
    parent: QWidget, bus: AppBus, policy_id: int, what: str, refused: Callable[[str], None]
) -> str | None:
    """ "" when printing may go on as is; the reason typed for the exception; None when it
    must not go on (``refused`` has said why)."""
    try:
        status = cover.cover_status(bus.ctx, policy_id)
    except DomainError as error:
        refused(error.message)
        return None
    if status.reached:
        return ""
    message = _tr(NOT_COLLECTED).format(
        status.share_percent, format_fcfa(status.required), format_fcfa(status.collected)
    )
    actor = bus.ctx.actor
    if actor is None or not actor.can(Permission.PRINT_BEFORE_PAYMENT):
        refused(message + " " + _tr(NO_RIGHT).format(what))
        return None
    reason, ok = QInputDialog.getText(
        parent, _tr(TITLE), message + "\n" + _tr(ASK).format(what), QLineEdit.EchoMode.Normal, ""
    )
    if not ok or not reason.strip():
        return None
    return reason.strip()

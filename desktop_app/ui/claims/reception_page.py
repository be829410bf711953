"""Tab « Réception / Dossiers reçus » (domain.md §10.1): the reception form beside the list
of files received, and under the list the timeline of the file chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import DomainError
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import reception as claims
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import can
from desktop_app.ui.claims.reason_prompt import ask_reason
from desktop_app.ui.claims.received_list import ReceivedList
from desktop_app.ui.claims.reception_form import ReceptionForm
from desktop_app.ui.claims.timeline_panel import TimelinePanel
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class ReceptionPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.form: ReceptionForm | None = None
        self.list = ReceivedList(bus)
        self.timeline = TimelinePanel(bus)
        # A file with nothing to pay is closed with a reason; a closed file, or a décompte
        # to redo before ordering, is reopened with a reason (docs/claims.md).
        self.close_button = named(QPushButton(self.tr("Classer sans règlement…")), "close_claim")
        self.reopen_button = named(QPushButton(self.tr("Rouvrir le dossier…")), "reopen_claim")
        self.action_error = named(QLabel(), "claim_action_error")
        self.action_errors = FormErrors(self.action_error)
        actions = QHBoxLayout()
        actions.addWidget(self.close_button)
        actions.addWidget(self.reopen_button)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.action_error)
        editable = can(bus, Permission.EDIT_CLAIMS)
        self.close_button.setVisible(editable)
        self.reopen_button.setVisible(editable)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.timeline)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        splitter = named(QSplitter(Qt.Orientation.Horizontal), "reception_splitter")
        # Only a user who may record claims sees the form; everyone who may consult sees the list.
        if can(bus, Permission.EDIT_CLAIMS):
            self.form = ReceptionForm(bus)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.form)
            scroll.setMinimumWidth(430)
            splitter.addWidget(scroll)
            self.form.received.connect(self.list.select_claim)
        splitter.addWidget(right)
        splitter.setStretchFactor(splitter.count() - 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.list.claim_selected.connect(
            lambda cid: self.timeline.set_claim(cid if cid >= 0 else None)
        )
        self.list.claim_selected.connect(lambda _cid: self._update_actions())
        self.close_button.clicked.connect(lambda: self.close_selected(None))
        self.reopen_button.clicked.connect(lambda: self.reopen_selected(None))
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.list.selected()
        self.close_button.setEnabled(
            row is not None and row.status in (ClaimState.RECEIVED, ClaimState.ASSESSED)
        )
        self.reopen_button.setEnabled(
            row is not None and row.status in (ClaimState.ASSESSED, ClaimState.CLOSED)
        )

    def _act(self, action, title: str, question: str, reason: str | None) -> bool:  # type: ignore[no-untyped-def]
        self.action_errors.clear()
        row = self.list.selected()
        if row is None:
            self.action_errors.show(DomainError(self.tr("Choisissez un dossier dans la liste.")))
            return False
        if reason is None:
            reason = ask_reason(self, title.replace("%1", row.number), question)
            if reason is None:
                return False
        return run_op(
            self.bus,
            lambda ctx: action(ctx, row.id, reason),
            errors=self.action_errors,
            trigger=(self.close_button, self.reopen_button),
        ).succeeded

    def close_selected(self, reason: str | None) -> bool:
        """« Classer sans règlement »: the file ends without payment, with its reason."""
        return self._act(
            claims.close_claim,
            self.tr("Classer le dossier %1"),
            self.tr("Pourquoi ce dossier est-il classé sans règlement ?"),
            reason,
        )

    def reopen_selected(self, reason: str | None) -> bool:
        """« Rouvrir »: back to « Reçu » to redo the décompte, or a closed file taken up again."""
        return self._act(
            claims.reopen_claim,
            self.tr("Rouvrir le dossier %1"),
            self.tr("Pourquoi rouvrir ce dossier ?"),
            reason,
        )

"""The read-only summary of a person found by the global search (domain.md §3)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import Zone
from desktop_app.domain.money import format_rate
from desktop_app.services.production.persons import PersonSummary, Relative, get_person_summary
from desktop_app.ui.bus import AppBus
from desktop_app.ui.i18n import show_date, show_fcfa
from desktop_app.ui.operations import fetch


def _value(text: str, name: str = "") -> QLabel:
    label = QLabel(text or "—")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class PersonSummaryDialog(QDialog):
    def __init__(self, summary: PersonSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Fiche de %1").replace("%1", summary.full_name))
        self.setMinimumWidth(640)
        s = summary

        title = QLabel(f"<b>{html.escape(s.full_name)}</b> — {html.escape(s.matricule)}")
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)

        identity = QFormLayout()
        identity.addRow(self.tr("Matricule"), _value(s.matricule, "matricule"))
        identity.addRow(self.tr("Nom et prénoms"), _value(s.full_name, "full_name"))
        born = show_date(s.birth_date)
        if s.birth_place:
            born = self.tr("%1 à %2").replace("%1", born).replace("%2", s.birth_place)
        identity.addRow(self.tr("Né(e) le"), _value(born, "birth_date"))
        identity.addRow(self.tr("Sexe"), _value(s.gender.label))
        identity.addRow(self.tr("Lien de parenté"), _value(s.relationship.label))
        identity.addRow(self.tr("N° CMU"), _value(s.cmu_number))
        identity.addRow(self.tr("Entrée le"), _value(show_date(s.entry_date)))
        if s.exit_date:
            identity.addRow(self.tr("Sortie le"), _value(show_date(s.exit_date)))
        identity.addRow(self.tr("État de la garantie"), _value(s.cover_state.label, "cover_state"))

        policy = QFormLayout()
        policy.addRow(
            self.tr("Police"), _value(s.policy_number or self.tr("en préparation"), "policy_number")
        )
        policy.addRow(self.tr("N° gestionnaire"), _value(s.administrator_ref))
        policy.addRow(self.tr("Statut"), _value(s.policy_status.label))
        policy.addRow(
            self.tr("Période"),
            _value(
                self.tr("du %1 au %2")
                .replace("%1", show_date(s.effective_date))
                .replace("%2", show_date(s.expiry_date))
            ),
        )
        policy.addRow(self.tr("Gestionnaire"), _value(s.administrator_name))
        subscriber = f"{s.subscriber_name} ({s.subscriber_kind.label})"
        policy.addRow(self.tr("Souscripteur"), _value(subscriber, "subscriber"))
        if s.subscriber_phone:
            policy.addRow(self.tr("Téléphone"), _value(s.subscriber_phone))

        guarantees = QFormLayout()
        guarantees.addRow(
            self.tr("Taux de couverture"), _value(f"{s.coverage_rate}\u00a0%", "coverage_rate")
        )
        try:
            zone = Zone(s.zone).label
        except ValueError:
            zone = str(s.zone)
        guarantees.addRow(self.tr("Zone"), _value(zone, "zone"))
        guarantees.addRow(
            self.tr("Plafond annuel"), _value(show_fcfa(s.annual_ceiling), "annual_ceiling")
        )
        guarantees.addRow(
            self.tr("Prime nette annuelle"),
            _value(show_fcfa(s.annual_net_premium), "annual_net_premium"),
        )
        if s.medical_surcharge_rate:
            guarantees.addRow(self.tr("Surprime"), _value(format_rate(s.medical_surcharge_rate)))
        if s.exclusions:
            guarantees.addRow(self.tr("Exclusions"), _value(s.exclusions))

        grid = QGridLayout()
        grid.addWidget(self._group(self.tr("Identité"), identity), 0, 0, 2, 1)
        grid.addWidget(self._group(self.tr("Police et souscripteur"), policy), 0, 1)
        grid.addWidget(self._group(self.tr("Garanties"), guarantees), 1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        family = self._family(s)
        if family is not None:
            layout.addWidget(family)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _group(title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(form)
        return box

    def _family(self, s: PersonSummary) -> QGroupBox | None:
        relatives: list[Relative] = [s.member] if s.member else list(s.dependents)
        if not relatives:
            return None
        title = self.tr("Assuré principal") if s.member else self.tr("Ayants droit")
        form = QFormLayout()
        born = self.tr("né(e) le %1")
        for relative in relatives:
            # the group's title already says "Assuré principal" for the member
            who = (
                relative.full_name
                if s.member
                else f"{relative.full_name} — {relative.relationship.label}"
            )
            text = f"{who}, {born.replace('%1', show_date(relative.birth_date))} ({relative.cover_state.label})"
            form.addRow(relative.matricule, _value(text))
        box = self._group(title, form)
        box.setObjectName("family")
        return box


def open_person_summary(
    bus: AppBus, person_id: int, parent: QWidget | None = None
) -> PersonSummaryDialog | None:
    """Open the summary window-modally (no nested loop) and tell the bus."""
    summary = fetch(
        bus,
        lambda ctx: get_person_summary(ctx, person_id),
        lambda error: bus.status_message.emit(error.message),
    )
    if summary is None:
        return None
    dialog = PersonSummaryDialog(summary, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    bus.person_opened.emit(person_id)
    return dialog

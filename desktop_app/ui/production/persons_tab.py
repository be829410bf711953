"""The persons of a policy: each member with their dependents under them (domain.md §3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.kinds import Gender, PolicyStatus
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.production import members, policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import run_op
from desktop_app.ui.production.person_form import PersonForm
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named

HEADERS = [
    QT_TRANSLATE_NOOP("PersonsTab", "Matricule"),
    QT_TRANSLATE_NOOP("PersonsTab", "Nom et prénoms"),
    QT_TRANSLATE_NOOP("PersonsTab", "Lien"),
    QT_TRANSLATE_NOOP("PersonsTab", "Naissance"),
    QT_TRANSLATE_NOOP("PersonsTab", "Âge"),
    QT_TRANSLATE_NOOP("PersonsTab", "Entrée"),
    QT_TRANSLATE_NOOP("PersonsTab", "État"),
    QT_TRANSLATE_NOOP("PersonsTab", "Taux"),
    QT_TRANSLATE_NOOP("PersonsTab", "Zone"),
    QT_TRANSLATE_NOOP("PersonsTab", "Plafond annuel"),
    QT_TRANSLATE_NOOP("PersonsTab", "Prime annuelle"),
    QT_TRANSLATE_NOOP("PersonsTab", "Prime du tarif"),
]
PREMIUM_COLUMN, TARIFF_COLUMN = 10, 11


class PersonsTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.view: policies.PolicyView | None = None
        self.tree = named(QTreeWidget(), "persons_tree")
        self.tree.setHeaderLabels([self.tr(h) for h in HEADERS])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.add_member = named(QPushButton(self.tr("Ajouter un assuré principal")), "add_member")
        self.add_dependent = named(QPushButton(self.tr("Ajouter un ayant droit")), "add_dependent")
        self.edit = named(QPushButton(self.tr("Modifier")), "edit_person")
        self.remove = named(QPushButton(self.tr("Retirer")), "remove_person")
        self.import_button = named(
            QPushButton(self.tr("Importer une liste Excel…")), "import_members"
        )
        self.error = named(QLabel(), "persons_error")
        self.errors = FormErrors(self.error)
        self.totals = named(QLabel(), "persons_totals")
        bar = QHBoxLayout()
        for button in (
            self.add_member,
            self.add_dependent,
            self.edit,
            self.remove,
            self.import_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.totals)
        self.add_member.clicked.connect(self._on_add_member_clicked)
        self.add_dependent.clicked.connect(self._on_add_dependent_clicked)
        self.edit.clicked.connect(self._on_edit_clicked)
        self.tree.itemDoubleClicked.connect(lambda *_a: self._on_edit_clicked())
        self.remove.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

    def editable(self) -> bool:
        return (
            self.view is not None
            and self.view.status == PolicyStatus.DRAFT
            and self.bus.ctx.actor is not None
            and self.bus.ctx.actor.can(Permission.EDIT_PRODUCTION)
        )

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        self.policy_id, self.view = policy_id, view
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.errors.clear()
        if self.policy_id is None:
            return
        rows = members.list_policy_persons(self.bus.ctx, self.policy_id)
        parents: dict[int, QTreeWidgetItem] = {}
        for row in rows:
            item = QTreeWidgetItem(
                [
                    row.matricule,
                    f"{row.last_name} {row.first_names}",
                    row.relationship.label,
                    format_date(row.birth_date),
                    str(row.age),
                    format_date(row.entry_date),
                    row.cover_state.label,
                    f"{row.coverage_rate} %",
                    str(row.zone),
                    format_fcfa(row.annual_ceiling),
                    format_fcfa(row.annual_net_premium),
                    format_fcfa(row.computed_annual_premium)
                    if row.computed_annual_premium is not None
                    else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            for column in (PREMIUM_COLUMN, TARIFF_COLUMN, 9):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if row.premium_differs:
                item.setForeground(PREMIUM_COLUMN, QBrush(QColor("#b00020")))
                item.setToolTip(
                    PREMIUM_COLUMN, self.tr("Prime saisie différente de la prime du tarif")
                )
            if row.member_id is None:
                self.tree.addTopLevelItem(item)
                parents[row.id] = item
            else:
                parents[row.member_id].addChild(item)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        total = sum(r.annual_net_premium for r in rows)
        member_count = sum(1 for r in rows if r.member_id is None)
        self.totals.setText(
            self.tr(
                "{0} assuré(s) principal(aux), {1} personne(s) — primes annuelles : {2}"
            ).format(member_count, len(rows), format_fcfa(total))
        )
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _selected_member_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        member_id: int | None = top.data(0, Qt.ItemDataRole.UserRole)
        return member_id

    def _update_buttons(self) -> None:
        editable = self.editable()
        has = self.selected_id() is not None
        self.add_member.setEnabled(editable)
        self.import_button.setEnabled(editable)
        self.add_dependent.setEnabled(editable and has)
        self.edit.setEnabled(has)
        self.remove.setEnabled(editable and has)

    def open_form(self, data: members.PersonData) -> PersonForm:
        form = PersonForm(self.bus, data, self)
        form.setModal(True)
        form.show()
        return form

    def new_member_data(self) -> members.PersonData:
        assert self.policy_id is not None and self.view is not None
        ceiling = self.view.data.overall_annual_ceiling or 2_000_000
        return members.PersonData(
            self.policy_id, "", "", None, Gender.MALE, self.view.data.effective_date, 80, 1, ceiling
        )

    def _on_add_member_clicked(self) -> None:
        self.open_form(self.new_member_data())

    def _on_add_dependent_clicked(self) -> None:
        member_id = self._selected_member_id()
        if member_id is not None:
            self.open_form(members.propose_dependent(self.bus.ctx, member_id))

    def _on_edit_clicked(self) -> None:
        person_id = self.selected_id()
        if person_id is not None:
            form = self.open_form(members.get_person(self.bus.ctx, person_id))
            form.save_button.setEnabled(self.editable())

    def _on_remove_clicked(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retirer"),
            self.tr("Retirer cette personne (et ses ayants droit) du brouillon ?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(
            self.bus,
            lambda ctx: members.remove_person(ctx, person_id),
            errors=self.errors,
            trigger=self.remove,
        )

    def _on_import_clicked(self) -> None:
        from desktop_app.ui.production.import_dialog import ImportDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Liste des assurés"), "", self.tr("Excel (*.xlsx)")
        )
        if name and self.policy_id is not None:
            dialog = ImportDialog(self.bus, self.policy_id, Path(name), self)
            dialog.setModal(True)
            dialog.show()

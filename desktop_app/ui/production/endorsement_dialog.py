"""« Avenant… » on a policy in force (domain.md §8, §5): the clerk picks the kind, fills
its form — persons entering, persons leaving, changes of guarantees, a suspension, a
reinstatement or the cancellation — and the request it answers; as they type, the
endorsement's movements and the quittance it will make are shown (each person, movement,
date, days, annual premium before and after, prorated amount; then net, accessoires,
taxes, TTC, commission, management fee), computed by the service off the UI thread after
a pause of 300 ms. Each refusal is shown in French next to its cell or field, and
« Valider l'avenant » waits until there is none. Nothing is written before validation."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date, parse_date
from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import CellError, DomainError, FieldError, ValidationFailed
from desktop_app.domain.kinds import COVERAGE_RATES, Gender, Relationship
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.services.production import endorsements
from desktop_app.services.production.endorsement_document import endorsement_pdf
from desktop_app.services.production.endorsement_form import (
    AdditionsFile,
    EndorsementForm,
    endorsement_form,
    read_additions_file,
)
from desktop_app.services.production.endorsement_input import (
    ADDITIONS,
    CHANGES,
    EXITS,
    AdditionInput,
    CoverChangeInput,
    EndorsementInput,
    ExitInput,
    MovementRow,
    RequestInfo,
)
from desktop_app.services.production.members import PersonData
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import RIGHT
from desktop_app.ui.forms.fields import DateField
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import fetch, run_op, run_query
from desktop_app.ui.production.endorsement_tables import (
    Cell,
    Column,
    MovementTable,
    person_model,
)
from desktop_app.ui.widgets.form_errors import ERROR_STYLE, FormErrors
from desktop_app.ui.widgets.naming import named

PREVIEW_DELAY_MS = 300
KINDS = tuple(k for k in EndorsementKind if k is not EndorsementKind.RENEWAL)
WITH_ADDITIONS = {EndorsementKind.ADDITION, EndorsementKind.REGULARISATION}
WITH_EXITS = {EndorsementKind.REMOVAL, EndorsementKind.REGULARISATION}
WITH_DAY = {
    EndorsementKind.SUSPENSION,
    EndorsementKind.REINSTATEMENT,
    EndorsementKind.CANCELLATION,
}
WITH_REFUND = {
    EndorsementKind.REMOVAL,
    EndorsementKind.REGULARISATION,
    EndorsementKind.CANCELLATION,
}
_ROW = re.compile(r"^ligne\s*(\d+)$", re.IGNORECASE)
RATES = tuple((f"{r} %", r) for r in COVERAGE_RATES)
ZONES = tuple((str(z), z) for z in (1, 2, 3))


class EndorsementDialog(QDialog):
    def __init__(
        self, bus: AppBus, policy_id: int, policy_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id = policy_id
        self.preview: endorsements.EndorsementPreview | None = None
        self.result_done: endorsements.EndorsementDone | None = None
        self.pdf: PdfPreviewDialog | None = None
        self._generation = 0  # the preview asked last; an older answer is dropped
        self._shown = -1  # the generation the preview on screen answers
        self.setWindowTitle(self.tr("Avenant à la police %1").replace("%1", policy_number))
        self.general = named(QLabel(), "endorsement_error")
        self.errors = FormErrors(self.general)
        self.form: EndorsementForm | None = fetch(
            bus, lambda ctx: endorsement_form(ctx, policy_id), self.general
        )
        persons = self.form.persons if self.form else ()
        covered = [p for p in persons if p.exit_date is None]
        members = [p for p in covered if p.member]
        self.person_model = person_model([(p.label, p.id) for p in covered], self)
        self.member_model = person_model([(p.label, p.id) for p in members], self)
        first = members[0] if members else None

        # -- the kind -----------------------------------------------------------------------
        self.kind = named(QComboBox(), "endorsement_kind")
        for kind in KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.refund = named(QCheckBox(self.tr("Ristourne des jours non couverts")), "refund")
        self.refund.setChecked(bool(self.form and self.form.refund_unused_days))
        self.number = named(QLabel(), "endorsement_number")
        self.number.setStyleSheet("font-weight: bold;")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Nature de l'avenant :")))
        head.addWidget(self.kind)
        head.addSpacing(16)
        head.addWidget(self.refund)
        head.addStretch(1)
        head.addWidget(self.number)

        # -- persons entering, leaving, changing ---------------------------------------------
        defaults: dict[str, object] = {
            "coverage_rate": first.coverage_rate if first else 80,
            "zone": first.zone if first else 1,
            "annual_ceiling": format_fcfa(first.annual_ceiling, False) if first else "",
            "gender": Gender.MALE.value,
            "relationship": Relationship.SELF.value,
        }
        self.additions = MovementTable(
            [
                Column("last_name", self.tr("Nom"), Cell.TEXT),
                Column("first_names", self.tr("Prénoms"), Cell.TEXT),
                Column("birth_date", self.tr("Né(e) le"), Cell.DATE, width=95),
                Column(
                    "gender",
                    self.tr("Sexe"),
                    Cell.CHOICE,
                    tuple((g.label, g.value) for g in Gender),
                    width=95,
                ),
                Column(
                    "relationship",
                    self.tr("Lien"),
                    Cell.CHOICE,
                    tuple((r.label, r.value) for r in Relationship),
                    width=135,
                ),
                Column("member", self.tr("Assuré principal"), Cell.PICK),
                Column("entry_date", self.tr("Entrée le"), Cell.DATE, width=95),
                Column("coverage_rate", self.tr("Taux"), Cell.CHOICE, RATES, width=70),
                Column("zone", self.tr("Zone"), Cell.CHOICE, ZONES, width=55),
                Column("annual_ceiling", self.tr("Plafond annuel"), Cell.MONEY, width=105),
                Column(
                    "annual_net_premium",
                    self.tr("Prime (vide : tarif)"),
                    Cell.MONEY,
                    width=120,
                ),
            ],
            self.tr("Ajouter une entrée"),
            models={"member": self.member_model},
            defaults=defaults,
        )
        self.additions.setObjectName("additions")
        member_header = self.additions.table.horizontalHeaderItem(self.additions.index("member"))
        if member_header is not None:
            member_header.setToolTip(
                self.tr(
                    "Pour un ayant droit : son assuré principal sur la police, ou « ligne N » "
                    "pour une personne de ce tableau. Vide pour un assuré principal."
                )
            )
        self.exits = MovementTable(
            [
                Column(
                    "person", self.tr("Personne qui sort (tapez le nom ou le matricule)"), Cell.PICK
                ),
                Column("day", self.tr("Premier jour non couvert"), Cell.DATE, width=170),
            ],
            self.tr("Ajouter une sortie"),
            models={"person": self.person_model},
        )
        self.exits.setObjectName("exits")
        self.changes = MovementTable(
            [
                Column("person", self.tr("Personne (tapez le nom ou le matricule)"), Cell.PICK),
                Column("day", self.tr("À compter du"), Cell.DATE, width=100),
                Column("coverage_rate", self.tr("Taux"), Cell.CHOICE, RATES, width=70),
                Column("zone", self.tr("Zone"), Cell.CHOICE, ZONES, width=55),
                Column("annual_ceiling", self.tr("Plafond annuel"), Cell.MONEY, width=120),
                Column(
                    "annual_net_premium",
                    self.tr("Prime annuelle (vide : le tarif)"),
                    Cell.MONEY,
                    width=190,
                ),
            ],
            self.tr("Ajouter une modification"),
            models={"person": self.person_model},
            defaults=defaults,
        )
        self.changes.setObjectName("changes")
        self.changes.picked.connect(self._on_change_person_picked)
        self._choices = {p.id: p for p in covered}
        self.tables = {ADDITIONS: self.additions, EXITS: self.exits, CHANGES: self.changes}
        row_height = self.additions.table.verticalHeader().defaultSectionSize()
        for table in self.tables.values():  # at least three rows in sight, no more asked
            table.table.setMinimumHeight(4 * row_height + 6)
            table.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.boxes: dict[str, QGroupBox] = {}
        titles = {
            ADDITIONS: self.tr("Entrées"),
            EXITS: self.tr("Sorties"),
            CHANGES: self.tr("Modifications de garanties"),
        }
        for key, table in self.tables.items():
            box = QGroupBox(titles[key])
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(6, 4, 6, 4)
            box_layout.addWidget(table, 1)
            label = QLabel()
            box_layout.addWidget(label)
            self.errors.register(key, table.table, label)
            self.errors.register_cells(key, table.mark, table.clear_marks)
            self.boxes[key] = box
        self.import_button = named(
            QPushButton(self.tr("Importer un fichier Excel…")), "import_members"
        )
        self.import_button.setToolTip(
            self.tr(
                "Une liste au modèle de l'import des assurés ; un ayant droit y désigne son "
                "assuré principal par son matricule."
            )
        )
        self.additions.buttons.insertWidget(2, self.import_button)
        self.import_button.clicked.connect(self._on_import_clicked)

        # -- a suspension, a reinstatement, a cancellation ------------------------------------
        self.day = named(DateField(), "day")
        self.reason = named(QLineEdit(), "reason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Motif de la résiliation"))
        self.search = named(QLineEdit(), "persons_search")
        self.search.setPlaceholderText(self.tr("Chercher une personne…"))
        self.persons = named(QListWidget(), "persons")
        self.persons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for p in covered:
            item = QListWidgetItem(p.label)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.persons.addItem(item)
        self.day_box = QGroupBox(self.tr("Date et personnes"))
        grid = QGridLayout(self.day_box)
        grid.setContentsMargins(6, 4, 6, 4)
        self.day_label = QLabel(self.tr("À compter du :"))
        grid.addWidget(self.day_label, 0, 0)
        grid.addWidget(self.errors.field_box("day", self.day), 0, 1)
        self.reason_label = QLabel(self.tr("Motif :"))
        grid.addWidget(self.reason_label, 1, 0)
        grid.addWidget(self.errors.field_box("reason", self.reason), 1, 1)
        self.persons_label = QLabel(
            self.tr("Personnes concernées (aucune cochée : toute la police) :")
        )
        grid.addWidget(self.persons_label, 0, 2)
        grid.addWidget(self.search, 1, 2)
        grid.addWidget(self.errors.field_box("person_ids", self.persons), 2, 2)
        grid.setColumnStretch(2, 1)

        # -- the request (follow-up table b) --------------------------------------------------
        self.request_dates: dict[str, DateField] = {}
        request = QGroupBox(self.tr("Demande"))
        request_grid = QGridLayout(request)
        request_grid.setContentsMargins(6, 4, 6, 4)
        request_fields = (
            ("letter_date", self.tr("Lettre du souscripteur :")),
            ("received_on", self.tr("Reçue le :")),
            ("sent_to_administrator_on", self.tr("Envoyée au gestionnaire le :")),
            ("administrator_confirmed_on", self.tr("Confirmée par le gestionnaire le :")),
        )
        for i, (field, title) in enumerate(request_fields):
            edit = named(DateField(optional=True), field)
            self.request_dates[field] = edit
            request_grid.addWidget(QLabel(title), 0, 2 * i)
            request_grid.addWidget(self.errors.field_box(field, edit), 0, 2 * i + 1)
        self.notes = named(QLineEdit(), "notes")
        self.notes.setMaxLength(2000)
        request_grid.addWidget(QLabel(self.tr("Observations :")), 1, 0)
        request_grid.addWidget(self.errors.field_box("notes", self.notes), 1, 1, 1, 7)

        # -- the preview ----------------------------------------------------------------------
        self.movements = named(QTableWidget(0, 8), "movements")
        self.movements.setHorizontalHeaderLabels(
            [
                self.tr("Personne"),
                self.tr("Mouvement"),
                self.tr("Date"),
                self.tr("Détail"),
                self.tr("Jours"),
                self.tr("Prime annuelle avant"),
                self.tr("après"),
                self.tr("Prorata"),
            ]
        )
        self.movements.verticalHeader().hide()
        self.movements.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.movements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.movements.horizontalHeader()
        for column in range(8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.movements.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.movements.setMinimumHeight(5 * self.movements.verticalHeader().defaultSectionSize())
        self.quittance = named(QLabel(), "endorsement_quittance")
        self.quittance.setWordWrap(True)
        self.quittance.setStyleSheet("font-weight: bold;")

        self.validate_button = named(QPushButton(self.tr("Valider l'avenant")), "validate")
        self.validate_button.setStyleSheet("font-weight: bold;")
        self.validate_button.setEnabled(False)
        self.print_button = named(QPushButton(self.tr("Imprimer l'avenant")), "print")
        self.print_button.hide()
        self.close_button = named(QPushButton(self.tr("Fermer")), "close")
        self.status = named(QLabel(), "endorsement_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.boxes[ADDITIONS], 2)
        layout.addWidget(self.boxes[EXITS], 1)
        layout.addWidget(self.boxes[CHANGES], 2)
        layout.addWidget(self.day_box, 1)
        layout.addWidget(request)
        layout.addWidget(self.movements, 3)
        layout.addWidget(self.quittance)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.resize(1320, 690)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.refund.toggled.connect(lambda _c: self._schedule())
        for table in self.tables.values():
            table.changed.connect(self._schedule)
        for edit in (self.day, *self.request_dates.values()):
            edit.textChanged.connect(lambda _t: self._schedule())
        for line in (self.reason, self.notes):
            line.textChanged.connect(lambda _t: self._schedule())
        self.persons.itemChanged.connect(lambda _i: self._schedule())
        self.search.textChanged.connect(self._filter_persons)
        self.validate_button.clicked.connect(self._on_validate_clicked)
        self.print_button.clicked.connect(self.open_document)
        self.close_button.clicked.connect(self.reject)
        self._on_kind_changed()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()  # closed: no preview of a form nobody sees
        super().hideEvent(event)

    # -- the form ------------------------------------------------------------------------
    def kind_value(self) -> EndorsementKind:
        return EndorsementKind(self.kind.currentData())

    def set_kind(self, kind: EndorsementKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _on_kind_changed(self) -> None:
        kind = self.kind_value()
        self.boxes[ADDITIONS].setVisible(kind in WITH_ADDITIONS)
        self.boxes[EXITS].setVisible(kind in WITH_EXITS)
        self.boxes[CHANGES].setVisible(kind is EndorsementKind.COVER_CHANGE)
        self.day_box.setVisible(kind in WITH_DAY)
        cancel = kind is EndorsementKind.CANCELLATION
        self.day_label.setText(
            self.tr("Résiliée à compter du :") if cancel else self.tr("À compter du :")
        )
        shown: tuple[QWidget, ...] = (self.reason, self.reason_label)
        for widget in shown:
            widget.setVisible(cancel)
        hidden: tuple[QWidget, ...] = (self.persons, self.persons_label, self.search)
        for widget in hidden:
            widget.setVisible(not cancel)
        self.refund.setVisible(kind in WITH_REFUND)
        self._schedule()

    def _on_change_person_picked(self, row: int, _field: str) -> None:
        """A person chosen for a change: their guarantees of today, to be changed."""
        person = self._choices.get(self.changes.choice(row, "person"))
        if person is None:
            return
        self.changes.set_text(row, "coverage_rate", f"{person.coverage_rate} %")
        self.changes.set_text(row, "zone", str(person.zone))
        self.changes.set_text(row, "annual_ceiling", format_fcfa(person.annual_ceiling, False))

    def _filter_persons(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.persons.count()):
            item = self.persons.item(row)
            self.persons.setRowHidden(row, bool(needle) and needle not in item.text().lower())

    def _date(
        self, table: MovementTable, row: int, field: str, errors: list[FieldError]
    ) -> date | None:
        text = table.text(row, field)
        if not text:
            return None  # the service says it is required, next to the cell
        try:
            return parse_date(text, field)
        except FieldError as error:
            errors.append(CellError(table.objectName(), error.message, row=row, column=field))
            return None

    def _amount(
        self, table: MovementTable, row: int, field: str, errors: list[FieldError]
    ) -> int | None:
        text = table.text(row, field)
        if not text:
            return None
        try:
            return parse_fcfa(text, field)
        except FieldError as error:
            errors.append(CellError(table.objectName(), error.message, row=row, column=field))
            return None

    def _additions(self, errors: list[FieldError]) -> tuple[AdditionInput, ...]:
        t = self.additions
        out = []
        for row in range(t.row_count()):
            member_id = t.choice(row, "member")
            member_row: int | None = None
            typed = t.text(row, "member")
            found = _ROW.match(typed)
            if found:
                member_row = int(found.group(1)) - 1
            elif typed and member_id is None:
                errors.append(
                    CellError(
                        ADDITIONS,
                        "Assuré principal introuvable : choisissez-le dans la liste, ou tapez "
                        "« ligne N » pour une personne de ce tableau.",
                        row=row,
                        column="member",
                    )
                )
            extra = t.extra(row)
            person = PersonData(
                self.policy_id,
                t.text(row, "last_name"),
                t.text(row, "first_names"),
                self._date(t, row, "birth_date", errors),
                Gender(str(t.choice(row, "gender"))),
                self._date(t, row, "entry_date", errors),
                int(str(t.choice(row, "coverage_rate"))),
                int(str(t.choice(row, "zone"))),
                self._amount(t, row, "annual_ceiling", errors),
                relationship=Relationship(str(t.choice(row, "relationship"))),
                member_id=member_id if isinstance(member_id, int) else None,
                annual_net_premium=self._amount(t, row, "annual_net_premium", errors),
                birth_place=extra.get("birth_place", ""),
                cmu_number=extra.get("cmu_number", ""),
                matricule=extra.get("matricule", ""),
            )
            out.append(AdditionInput(person, member_row))
        return tuple(out)

    def _exits(self, errors: list[FieldError]) -> tuple[ExitInput, ...]:
        t = self.exits
        out = []
        for row in range(t.row_count()):
            person = t.choice(row, "person")
            if t.text(row, "person") and person is None:
                errors.append(
                    CellError(
                        EXITS,
                        "Personne introuvable sur la police : choisissez-la dans la liste.",
                        row=row,
                        column="person",
                    )
                )
            out.append(
                ExitInput(
                    person if isinstance(person, int) else None,
                    self._date(t, row, "day", errors),
                )
            )
        return tuple(out)

    def _changes(self, errors: list[FieldError]) -> tuple[CoverChangeInput, ...]:
        t = self.changes
        out = []
        for row in range(t.row_count()):
            person = t.choice(row, "person")
            out.append(
                CoverChangeInput(
                    person if isinstance(person, int) else None,
                    self._date(t, row, "day", errors),
                    int(str(t.choice(row, "coverage_rate"))),
                    int(str(t.choice(row, "zone"))),
                    self._amount(t, row, "annual_ceiling", errors),
                    self._amount(t, row, "annual_net_premium", errors),
                )
            )
        return tuple(out)

    def _typed(self) -> bool:
        """Has the clerk typed a movement yet? (An empty form is not a refusal.)"""
        kind = self.kind_value()
        if kind in WITH_DAY:
            return not self.day.is_blank()
        tables = [self.tables[k] for k in self.tables if self.boxes[k].isVisibleTo(self)]
        return any(t.row_count() for t in tables)

    def read(self) -> EndorsementInput:
        """The endorsement as typed; a cell or date that cannot be read is refused here, in
        French, next to it (``ValidationFailed``)."""
        kind = self.kind_value()
        errors: list[FieldError] = []
        request: dict[str, date | None] = {}
        for field, edit in self.request_dates.items():
            try:
                request[field] = edit.date_value(field)
            except FieldError as error:
                errors.append(error)
                request[field] = None
        day: date | None = None
        if kind in WITH_DAY:
            try:
                day = self.day.date_value("day")
            except FieldError as error:
                errors.append(error)
        person_ids: tuple[int, ...] = ()
        if kind in (EndorsementKind.SUSPENSION, EndorsementKind.REINSTATEMENT):
            person_ids = tuple(
                int(item.data(Qt.ItemDataRole.UserRole))
                for item in (self.persons.item(r) for r in range(self.persons.count()))
                if item.checkState() == Qt.CheckState.Checked
            )
        data = EndorsementInput(
            kind,
            additions=self._additions(errors) if kind in WITH_ADDITIONS else (),
            exits=self._exits(errors) if kind in WITH_EXITS else (),
            changes=self._changes(errors) if kind is EndorsementKind.COVER_CHANGE else (),
            day=day,
            person_ids=person_ids,
            refund=self.refund.isChecked() if kind in WITH_REFUND else None,
            reason=self.reason.text() if kind is EndorsementKind.CANCELLATION else "",
            request=RequestInfo(
                request["letter_date"],
                request["received_on"],
                request["sent_to_administrator_on"],
                request["administrator_confirmed_on"],
                self.notes.text(),
            ),
        )
        if errors:
            raise ValidationFailed(errors)
        return data

    # -- a member list in Excel -----------------------------------------------------------
    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Liste des personnes qui entrent"),
            "",
            self.tr("Classeurs Excel (*.xlsx)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read the file (the member import's template) in the background and add its
        persons to the entries; a file with problems adds nothing and lists them."""
        policy_id = self.policy_id
        run_query(
            self.bus,
            lambda ctx: read_additions_file(ctx, policy_id, path),
            success=self._imported,
            errors=self.general,
            trigger=self.import_button,
            background=True,
            parent=self,
        )

    def _imported(self, found: AdditionsFile) -> None:
        if found.problems:
            shown = found.problems[:15]
            more = len(found.problems) - len(shown)
            self.general.setStyleSheet(ERROR_STYLE)
            self.general.setText(
                self.tr("Le fichier n'est pas repris, corrigez-le :")
                + "\n"
                + "\n".join(shown)
                + (self.tr("\n… et %1 autre(s).").replace("%1", str(more)) if more else "")
            )
            self.general.show()
            return
        start = self.additions.row_count()
        for addition in found.additions:
            p = addition.person
            row = self.additions.add_row(
                {
                    "last_name": p.last_name,
                    "first_names": p.first_names,
                    "birth_date": format_date(p.birth_date),
                    "gender": p.gender.value,
                    "relationship": p.relationship.value,
                    "entry_date": format_date(p.entry_date),
                    "coverage_rate": p.coverage_rate,
                    "zone": p.zone,
                    "annual_ceiling": format_fcfa(p.annual_ceiling or 0, False),
                    "annual_net_premium": format_fcfa(p.annual_net_premium, False)
                    if p.annual_net_premium is not None
                    else "",
                    "_extra": {
                        "matricule": p.matricule,
                        "birth_place": p.birth_place,
                        "cmu_number": p.cmu_number,
                    },
                }
            )
            if addition.member_row is not None:
                self.additions.set_text(row, "member", f"ligne {start + addition.member_row + 1}")
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("%1 personne(s) reprise(s) du fichier.").replace(
                "%1", str(len(found.additions))
            )
        )

    # -- the preview ---------------------------------------------------------------------
    def _schedule(self) -> None:
        self._generation += 1
        self.validate_button.setEnabled(False)
        self._timer.start()

    @property
    def pending(self) -> bool:
        """A preview is awaited (tests wait on this)."""
        return self._shown != self._generation

    def refresh(self) -> None:
        generation = self._generation
        if self.result_done is not None or self.form is None:
            self._shown = generation
            return
        if not self._typed():
            self._show_errors([])
            self._fill_movements(())
            self.quittance.setText("")
            self.status.setText(self.tr("Saisissez les mouvements de l'avenant."))
            self._shown = generation
            return
        try:
            data = self.read()
        except ValidationFailed as refusal:
            self._fill_movements(())  # what was previewed before no longer holds
            self.quittance.setText("")
            self._show_errors(refusal.errors)
            self._shown = generation
            return
        policy_id = self.policy_id
        run_query(
            self.bus,
            lambda ctx: endorsements.preview_endorsement(ctx, policy_id, data),
            success=lambda preview: self._show_preview(generation, preview),
            errors=lambda error: self._show_refusal(generation, error),
            background=True,
            parent=self,
        )

    def _show_refusal(self, generation: int, error: DomainError) -> None:
        if generation != self._generation:
            return
        self._shown = generation
        self._show_errors(error.errors if isinstance(error, ValidationFailed) else [error])

    def _show_errors(self, errors: list[FieldError] | list[DomainError]) -> None:
        """Each refusal next to its cell or field; a table's refusals listed under it, each
        with its row; the rest in the message line."""
        if not errors:
            self.errors.clear()
            return
        located: list[FieldError] = []
        for error in errors:
            if isinstance(error, CellError) and error.field in self.tables:
                located.append(
                    CellError(
                        error.field,
                        self.tr("Ligne %1 : ").replace("%1", str(error.row + 1)) + error.message,
                        row=error.row,
                        column=error.column,
                    )
                )
            elif isinstance(error, FieldError):
                located.append(error)
            else:
                located.append(FieldError("", error.message))
        typing = QApplication.focusWidget()
        self.errors.show(ValidationFailed(located))
        if typing is not None and self.isAncestorOf(typing):
            typing.setFocus()  # a live preview does not take the clerk away from their field
        self.validate_button.setEnabled(False)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("%1 refus : corrigez les cases en rouge.").replace("%1", str(len(errors)))
        )

    def _show_preview(self, generation: int, preview: endorsements.EndorsementPreview) -> None:
        if generation != self._generation:
            return  # the clerk typed since: a newer preview is coming
        self._shown = generation
        self.preview = preview
        self.number.setText(
            self.tr("Avenant n° %1 (numéro provisoire)").replace("%1", str(preview.number))
        )
        self._fill_movements(preview.movements)
        self._show_errors(list(preview.errors))
        q = preview.quittance
        if q is None:
            self.quittance.setText("")
        else:
            m = q.amounts
            self.quittance.setText(
                self.tr(
                    "Quittance : prime nette %1 + accessoires %2 + taxes %3 = prime TTC %4 "
                    "· commission %5 · honoraires de gestion %6"
                )
                .replace("%1", format_fcfa(m.net))
                .replace("%2", format_fcfa(m.fees))
                .replace("%3", format_fcfa(m.taxes))
                .replace("%4", format_fcfa(m.total))
                .replace("%5", format_fcfa(q.commission))
                .replace("%6", format_fcfa(q.management_fee))
            )
        if not preview.blocked:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Aucun refus : l'avenant peut être validé."))
        self.validate_button.setEnabled(not preview.blocked and self.result_done is None)

    def _fill_movements(self, rows: tuple[object, ...]) -> None:
        self.movements.setRowCount(len(rows))
        for r, m in enumerate(rows):
            assert isinstance(m, MovementRow)
            values = (
                m.name,
                m.kind.label,
                format_date(m.day),
                m.description,
                str(m.days) if m.days else "",
                format_fcfa(m.annual_before, False) if m.annual_before else "",
                format_fcfa(m.annual_after, False) if m.annual_after else "",
                format_fcfa(m.prorated, False) if m.days else "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(RIGHT)
                self.movements.setItem(r, column, item)

    # -- validating ----------------------------------------------------------------------
    def _on_validate_clicked(self) -> None:
        preview = self.preview
        if preview is None or preview.blocked:
            return
        total = preview.quittance.amounts.total if preview.quittance else 0
        answer = QMessageBox.question(
            self,
            self.tr("Valider l'avenant"),
            self.tr(
                "Valider l'avenant (%1, %2 mouvement(s), quittance de %3) ? "
                "Un avenant validé ne se modifie plus."
            )
            .replace("%1", self.kind_value().label.lower())
            .replace("%2", str(len(preview.movements)))
            .replace("%3", format_fcfa(total)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.validate()

    def validate(self) -> None:
        """Validate as typed (the tests call this after the clerk's confirmation)."""
        policy_id = self.policy_id
        run_op(
            self.bus,
            lambda ctx, data: endorsements.validate_endorsement(ctx, policy_id, data),
            command=self.read,
            success=self._validated,
            errors=lambda error: self._show_refusal(self._generation, error),
            trigger=self.validate_button,
            background=True,
            progress=self.tr("Valider l'avenant"),
            parent=self,
        )

    def _validated(self, done: endorsements.EndorsementDone) -> None:
        self.result_done = done
        self.validate_button.setEnabled(False)
        for widget in (self.kind, self.refund, *self.boxes.values(), self.day_box):
            widget.setEnabled(False)
        text = self.tr("Avenant n° %1 validé").replace("%1", str(done.number))
        if done.quittance_number:
            text += self.tr(" — quittance %1 de %2").replace("%1", done.quittance_number)
            text = text.replace("%2", format_fcfa(done.total))
        self.number.setText(text)
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.print_button.show()
        answer = QMessageBox.question(
            self, self.tr("Avenant validé"), text + self.tr(". Ouvrir l'avenant pour l'imprimer ?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_document()

    def open_document(self) -> PdfPreviewDialog | None:
        done = self.result_done
        if done is None:
            return None
        ctx = self.bus.ctx
        self.pdf = open_preview(
            self,
            self.tr("Avenant n° %1").replace("%1", str(done.number)),
            lambda: endorsement_pdf(ctx, done.endorsement_id),
            f"avenant-{done.number}.pdf",
            lambda message: self.general.setText(message),
        )
        return self.pdf

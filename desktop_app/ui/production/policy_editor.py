"""One policy on screen: its terms, schedule of benefits, persons, premium, follow-up and
documents, with the buttons that save the draft and issue it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.production import issue, policies
from desktop_app.services.production.issue import IssueResult
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import Operation, run_op
from desktop_app.ui.production.benefits_tab import BenefitsTab
from desktop_app.ui.production.cards_tab import CardsTab
from desktop_app.ui.production.documents_tab import DocumentsTab
from desktop_app.ui.production.endorsement_dialog import EndorsementDialog
from desktop_app.ui.production.endorsements_tab import EndorsementsTab
from desktop_app.ui.production.follow_up_tab import FollowUpTab
from desktop_app.ui.production.persons_tab import PersonsTab
from desktop_app.ui.production.policy_form import PolicyForm
from desktop_app.ui.production.premium_tab import PremiumTab
from desktop_app.ui.production.renewal_dialog import RenewalDialog
from desktop_app.ui.production.tracking_tab import TrackingTab
from desktop_app.ui.widgets.naming import named


class PolicyEditor(QWidget):
    closed = Signal()

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.view: policies.PolicyView | None = None
        self.title = named(QLabel(), "policy_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.summary = named(QLabel(), "policy_summary")
        self.general_error = named(QLabel(), "policy_error")
        self.form = PolicyForm(bus, self.general_error)
        self.benefits = BenefitsTab(bus)
        self.persons = PersonsTab(bus)
        self.premium = PremiumTab(bus)
        self.tracking = TrackingTab(bus)
        self.documents = DocumentsTab(bus)
        self.cards = CardsTab(bus)
        self.follow_up = FollowUpTab(bus)
        self.endorsements = EndorsementsTab(bus)
        self.tabs = named(QTabWidget(), "policy_tabs")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Contrat et gestion"))
        self.tabs.addTab(self.benefits, self.tr("Tableau des garanties"))
        self.tabs.addTab(self.persons, self.tr("Assurés"))
        self.tabs.addTab(self.premium, self.tr("Prime et quittances"))
        self.tabs.addTab(self.tracking, self.tr("Suivi"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.endorsements, self.tr("Avenants"))
        self.tabs.addTab(self.cards, self.tr("Cartes"))
        self.tabs.addTab(self.follow_up, self.tr("Demandes et renouvellement"))
        self.back_button = named(QPushButton(self.tr("← Retour à la liste")), "back")
        self.save_button = named(QPushButton(self.tr("Enregistrer le brouillon")), "save_policy")
        self.issue_button = named(QPushButton(self.tr("Émettre la police")), "issue_policy")
        self.issue_button.setStyleSheet("font-weight: bold;")
        self.renew_button = named(QPushButton(self.tr("Renouveler…")), "renew_policy")
        self.renewal: RenewalDialog | None = None
        self.endorse_button = named(QPushButton(self.tr("Avenant…")), "endorse_policy")
        self.endorsement: EndorsementDialog | None = None
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        head.addWidget(self.issue_button)
        head.addWidget(self.endorse_button)
        head.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.closed.emit)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.renew_button.clicked.connect(self.open_renewal)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._load_current_tab)
        self.endorse_button.clicked.connect(self.open_endorsement)
        bus.data_changed.connect(self._on_data_changed)

    # -- opening ---------------------------------------------------------------------
    def new_policy(self, subscriber_id: int, subscriber_name: str) -> None:
        self.policy_id, self.view = None, None
        self.form.errors.clear()
        self.form.new(subscriber_id, subscriber_name)
        self.form.set_read_only(False)
        self.tabs.setCurrentIndex(0)
        self._refresh_header()

    def open_policy(self, policy_id: int) -> None:
        self.policy_id = policy_id
        self.form.errors.clear()
        self.view = policies.get_policy(self.bus.ctx, policy_id)
        self.form.load(self.view)
        self.tabs.setCurrentIndex(0)
        self._refresh(read=False)

    def data_tabs(self) -> tuple[QWidget, ...]:
        """The tabs that show the policy's rows (each has ``set_policy``)."""
        return (
            self.benefits,
            self.persons,
            self.premium,
            self.tracking,
            self.documents,
            self.cards,
            self.follow_up,
            self.endorsements,
        )

    def _refresh(self, *, read: bool = True) -> None:
        if self.policy_id is not None and read:
            self.view = policies.get_policy(self.bus.ctx, self.policy_id)
        draft = self.view is None or self.view.status == PolicyStatus.DRAFT
        self.form.set_read_only(not draft or not self._can_edit())
        # Only the tab in sight reads its rows; the others when they are shown (a policy of
        # thousands opens in a fraction of a second: bench/bench_open_policy.py).
        self._stale = set(self.data_tabs())
        self._load_current_tab()
        self._refresh_header()

    def _load_current_tab(self, *_args: object) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.set_policy(self.policy_id, self.view)  # type: ignore[attr-defined]

    def _can_edit(self) -> bool:
        return self.bus.ctx.actor is not None and self.bus.ctx.actor.can(Permission.EDIT_PRODUCTION)

    def _refresh_header(self) -> None:
        view = self.view
        draft = view is None or view.status == PolicyStatus.DRAFT
        self.save_button.setVisible(draft)
        self.issue_button.setVisible(draft)
        self.save_button.setEnabled(self._can_edit())
        self.issue_button.setEnabled(self._can_edit() and self.policy_id is not None)
        in_force = view is not None and view.status == PolicyStatus.IN_FORCE
        self.renew_button.setVisible(in_force)
        self.renew_button.setEnabled(in_force and self._can_edit())
        self.endorse_button.setVisible(in_force)
        self.endorse_button.setEnabled(in_force and self._can_edit())
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, self.policy_id is not None)
        if view is None:
            self.title.setText(self.tr("Nouvelle police"))
            self.summary.setText(self.tr("Renseignez le contrat puis enregistrez le brouillon."))
            return
        if view.number:
            self.title.setText(
                self.tr("Police {0} — {1}").format(view.number, view.subscriber_name)
            )
        else:
            self.title.setText(self.tr("Police en préparation — {0}").format(view.subscriber_name))
        self.summary.setText(
            self.tr("{0} · {1} · {2} assuré(s) principal(aux), {3} personne(s)").format(
                view.status.label, view.category.label, view.member_count, view.person_count
            )
        )

    # -- actions ---------------------------------------------------------------------
    def open_renewal(self) -> RenewalDialog | None:
        """« Renouveler… »: the next year of this policy, shown before it is written."""
        if self.policy_id is None or self.view is None:
            return None
        self.renewal = RenewalDialog(self.bus, self.policy_id, self.view.number or "", self)
        self.renewal.show()
        return self.renewal

    def open_endorsement(self) -> EndorsementDialog | None:
        """« Avenant… »: incorporation, retrait, régularisation… of this policy in force."""
        if self.policy_id is None or self.view is None:
            return None
        self.endorsement = EndorsementDialog(self.bus, self.policy_id, self.view.number or "", self)
        self.endorsement.show()
        return self.endorsement

    def save(self) -> Changes | None:
        op = run_op(
            self.bus,
            policies.save_policy_draft,
            command=self.form.command,
            errors=self.form.errors,
            trigger=(self.save_button, self.issue_button),
            success=lambda result: self.open_policy(result[0]),
        )
        return op.result[1] if op.succeeded else None

    def issue(self) -> Operation | None:
        """Save the draft, then issue it in the background (every person is priced again
        and the quittance computed: long on a policy of thousands); the buttons are held."""
        if self.policy_id is None or self.save() is None:
            return None
        policy_id = self.policy_id
        return run_op(
            self.bus,
            lambda ctx: issue.issue_policy(ctx, policy_id),
            errors=self.form.errors,
            trigger=(self.save_button, self.issue_button, self.back_button),
            success=self._on_issued,
            background=True,
            progress=self.tr("Émettre la police"),
            parent=self,
        )

    def _on_issued(self, result: IssueResult) -> None:
        self.open_policy(result.policy_id)
        self.tabs.setCurrentWidget(self.documents)
        self.bus.status_message.emit(
            self.tr("Police {0} émise, quittance {1} : {2}").format(
                result.policy_number, result.quittance_number, format_fcfa(result.total)
            )
        )

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_issue_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Émettre la police"),
            self.tr(
                "Émettre la police ? Elle recevra son numéro et sa quittance, et ne se modifiera "
                "plus que par avenant."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.issue()

    def _on_data_changed(self, changes: Changes) -> None:
        if self.policy_id is not None and changes.touches(
            "insured_persons", "benefit_lines", "policies", "endorsements"
        ):
            self._refresh()

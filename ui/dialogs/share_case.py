"""Sharing a case through sync: a referral to a lawyer as a grant instead of a file.

The recipient's Madoguchi receives only this case with its next sync.  Only
colleagues whose key certificate checks out against the organisation key are
offered.  "May manage sharing" makes the recipient an owner too (only owners and
administrators give it).  The dialog shows who holds the case on the server, owners
marked, and says who may withdraw whom: owners and administrators withdraw anyone,
everyone may leave.  Withdrawing says plainly what it can and cannot do.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from sync.client import Colleague, SyncClient
from ui.session import Session
from ui.syncing.holders import CaseHolders, case_holders

__all__ = ["ShareCaseDialog"]


def _load(client: SyncClient, case_id: str) -> tuple[list[Colleague], list[str], CaseHolders]:
    return client.colleagues(), client.shared_with(case_id), case_holders(client, case_id)


class ShareCaseDialog(QDialog):
    """Pick a colleague (counselor, lawyer …) and give them this case's keys."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.colleagues: list[Colleague] = []
        self.me = ""  # this vault's person on the server, known once the holders are read
        self.setWindowTitle(self.tr("Share this case"))
        self.intro = QLabel(self.tr(
            "The person you choose receives this case, and only this case, with their next "
            "sync. Check that the worker consented to this referral."
        ))  # fmt: skip
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Colleagues"))
        self.manage = QCheckBox(self.tr("May &manage sharing (share on and withdraw others)"))
        self.manage.setAccessibleName(self.tr("May manage sharing"))
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.holders = QLabel()
        self.holders.setWordWrap(True)
        self.holders.setAccessibleName(self.tr("Who holds this case"))
        self.rules = QLabel(self.tr(
            "Only the case's owners and organisation administrators may withdraw someone "
            "else; anyone may leave a case they were given."
        ))  # fmt: skip
        self.rules.setWordWrap(True)
        self.share_button = QPushButton(self.tr("&Share"))
        self.share_button.clicked.connect(self.share)
        self.withdraw_button = QPushButton(self.tr("&Withdraw access…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.leave_button = QPushButton(self.tr("&Leave this case"))
        self.leave_button.clicked.connect(self.leave)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.manage)
        layout.addWidget(self.shared)
        layout.addWidget(self.holders)
        layout.addWidget(self.rules)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.share_button.setEnabled(False)
        self.withdraw_button.setEnabled(False)
        self.leave_button.setEnabled(False)
        self.message.setText(self.tr("Reading the organisation directory…"))
        self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        client = self.session.sync_client()
        self.session.run(lambda _: _load(client, case_id), done=self._loaded, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def _loaded(self, result: tuple[list[Colleague], list[str], CaseHolders]) -> None:
        self.colleagues, shared, holders = result
        self.me = holders.me
        self.list.clear()
        for colleague in self.colleagues:
            has = colleague.user_id in shared or colleague.user_id in holders.users
            mark = self.tr(" (has access)") if has else ""
            self.list.addItem(QListWidgetItem(
                f"{colleague.user_id} — {colleague.role} — {colleague.device_name}{mark}"
            ))  # fmt: skip
        self.shared.setText(
            self.tr("Shared from this computer with: {0}").format(", ".join(shared))
            if shared else self.tr("Not shared from this computer yet.")
        )  # fmt: skip
        self._show_holders(holders)
        if self.message.text() == self.tr("Reading the organisation directory…"):
            self.message.clear()  # what a share or withdrawal said stays readable
        has = bool(self.colleagues)
        self.share_button.setEnabled(has)
        self.withdraw_button.setEnabled(has)
        self.leave_button.setEnabled(holders.me in holders.users)
        if has:
            self.list.setCurrentRow(0)

    def _show_holders(self, holders: CaseHolders) -> None:
        if not holders.on_server:
            self.holders.setText(self.tr(
                "You hold no key of this case on the server: it is not synced yet, or you left it."
            ))  # fmt: skip
            return
        names = []
        for user in holders.users:
            name = self.tr("{0} (you)").format(user) if user == holders.me else user
            if user in holders.owners:
                name = self.tr("{0} — owner").format(name)
            names.append(name)
        self.holders.setText(self.tr("Who holds this case: {0}").format(", ".join(names)))

    def chosen(self) -> Colleague | None:
        row = self.list.currentRow()
        return self.colleagues[row] if 0 <= row < len(self.colleagues) else None

    def share(self) -> None:
        colleague = self.chosen()
        if colleague is None:
            return
        case_id, user, manage = self.case_id, colleague.user_id, self.manage.isChecked()
        client = self.session.sync_client()

        def work(_: CaseService) -> int:
            granted = client.share_case(case_id, user, manage=manage)
            client.sync_once()  # so the case's changes are on the server for them
            return granted

        def done(_: int) -> None:
            self.message.setText(self.tr("Shared with {0}.").format(user))
            self.reload()

        self.session.run(work, done=done, failed=self._failed, changes=case_id)

    def withdraw(self) -> None:
        colleague = self.chosen()
        if colleague is None:
            return
        case_id, user = self.case_id, colleague.user_id
        client = self.session.sync_client()

        def work(_: CaseService) -> str:
            return client.revoke_grant(case_id, user)

        def done(_: str) -> None:
            self.message.setText(self.tr(
                "{0} gets no new changes of this case from now on. What they already "
                "received stays on their computer: it cannot be unseen."
            ).format(user))  # fmt: skip
            self.reload()

        self.session.run(work, done=done, failed=self._failed, changes=case_id)

    def leave(self) -> None:
        """Withdraw this vault's own person from the case (allowed for everyone)."""
        case_id, me = self.case_id, self.me
        if not me:
            return
        client = self.session.sync_client()

        def work(_: CaseService) -> str:
            return client.revoke_grant(case_id, me)

        self.session.run(work, done=self._left, failed=self._failed, changes=case_id)

    def _left(self, _: str) -> None:
        self.message.setText(self.tr(
            "You left this case: you get no new changes of it. What is already on this "
            "computer stays here."
        ))  # fmt: skip
        self.reload()

"""Sharing a case through sync: a referral to a lawyer as a grant instead of a file.

The recipient's Madoguchi receives only this case with its next sync.  Only
colleagues whose key certificate checks out against the organisation key are
offered.  Withdrawing says plainly what it can and cannot do.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
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

__all__ = ["ShareCaseDialog"]


def _load(client: SyncClient, case_id: str) -> tuple[list[Colleague], list[str]]:
    return client.colleagues(), client.shared_with(case_id)


class ShareCaseDialog(QDialog):
    """Pick a colleague (counselor, lawyer …) and give them this case's keys."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.colleagues: list[Colleague] = []
        self.setWindowTitle(self.tr("Share this case"))
        self.intro = QLabel(self.tr(
            "The person you choose receives this case, and only this case, with their next "
            "sync. Check that the worker consented to this referral."
        ))  # fmt: skip
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Colleagues"))
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.share_button = QPushButton(self.tr("&Share"))
        self.share_button.clicked.connect(self.share)
        self.withdraw_button = QPushButton(self.tr("&Withdraw access…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.shared)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.share_button.setEnabled(False)
        self.withdraw_button.setEnabled(False)
        self.message.setText(self.tr("Reading the organisation directory…"))
        self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        client = self.session.sync_client()
        self.session.run(lambda _: _load(client, case_id), done=self._loaded, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def _loaded(self, result: tuple[list[Colleague], list[str]]) -> None:
        self.colleagues, shared = result
        self.list.clear()
        for colleague in self.colleagues:
            mark = self.tr(" (has access)") if colleague.user_id in shared else ""
            self.list.addItem(QListWidgetItem(
                f"{colleague.user_id} — {colleague.role} — {colleague.device_name}{mark}"
            ))  # fmt: skip
        self.shared.setText(
            self.tr("Shared from this computer with: {0}").format(", ".join(shared))
            if shared else self.tr("Not shared from this computer yet.")
        )  # fmt: skip
        self.message.clear()
        has = bool(self.colleagues)
        self.share_button.setEnabled(has)
        self.withdraw_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def chosen(self) -> Colleague | None:
        row = self.list.currentRow()
        return self.colleagues[row] if 0 <= row < len(self.colleagues) else None

    def share(self) -> None:
        colleague = self.chosen()
        if colleague is None:
            return
        case_id, user = self.case_id, colleague.user_id
        client = self.session.sync_client()

        def work(_: CaseService) -> int:
            granted = client.share_case(case_id, user)
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

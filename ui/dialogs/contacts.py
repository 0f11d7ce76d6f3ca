"""Keys and contacts: this vault's public key, and the keys of organisations we send packets to.

A contact's key is trusted for sealing only after its fingerprint was read
aloud and compared by phone; the dialog records that check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import VaultServices
from ui.screen_fit import fit_to_screen
from ui.session import Session


@dataclass(frozen=True)
class _Keys:
    name: str
    organisation: str
    digits: str
    contacts: list[Any]


def _read(services: VaultServices) -> _Keys:
    mine = services.keys.my_key()
    return _Keys(mine.name, mine.organisation, mine.fingerprint_digits, services.keys.contacts())


class ContactsDialog(QDialog):
    """Shows my fingerprint, exports my key file, imports and verifies contacts' keys."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contacts: list[Any] = []
        self.setWindowTitle(self.tr("Keys and contacts"))
        fit_to_screen(self, 760, 480)
        self.mine = QLabel(self.tr("Reading this vault's key…"))
        self.mine.setWordWrap(True)
        self.mine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mine.setAccessibleName(self.tr("This vault's key fingerprint"))
        self.export_button = QPushButton(self.tr("&Export my key file…"))
        self.export_button.setAccessibleName(self.tr("Export this vault's public key file"))
        self.export_button.clicked.connect(self._choose_export)
        mine_box = QGroupBox(self.tr("This vault"))
        mine_layout = QVBoxLayout(mine_box)
        mine_layout.addWidget(self.mine)
        mine_row = QHBoxLayout()
        mine_row.addStretch(1)
        mine_row.addWidget(self.export_button)
        mine_layout.addLayout(mine_row)

        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Name"), self.tr("Fingerprint"),
             self.tr("Verified by phone")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = QPushButton(self.tr("&Import a contact's key…"))
        self.import_button.setAccessibleName(self.tr("Import a contact's key file"))
        self.import_button.clicked.connect(self._choose_import)
        self.verify_button = QPushButton(self.tr("&Verified by phone…"))
        self.verify_button.setAccessibleName(self.tr("Mark the selected key verified by phone"))
        self.verify_button.clicked.connect(self._confirm_verified)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Keys status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine_box)
        layout.addWidget(QLabel(self.tr("Organisations you can seal referral packets for:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read my key and the contacts in the background (the key is made on first use)."""
        if self.session.is_unlocked:
            self.session.run_services(_read, done=self._show, failed=self.message.setText)

    def _show(self, keys: _Keys) -> None:
        who = " / ".join(x for x in (keys.organisation, keys.name) if x)
        self.mine.setText(
            self.tr("{0}\nFingerprint (read it aloud to check): {1}").format(who, keys.digits)
        )
        self.contacts = list(keys.contacts)
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            verified = contact.verified_on or self.tr("Not yet")
            for col, text in enumerate((contact.organisation, contact.display_name,
                                        contact.card.fingerprint_digits, verified)):  # fmt: skip
                self.table.setItem(row, col, QTableWidgetItem(str(text)))

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.contacts[rows[0].row()] if rows else None

    # -- my key ----------------------------------------------------------------------------
    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export my key file"), "madoguchi.mdgkey",
            self.tr("Madoguchi key files (*.mdgkey)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write this vault's public key file (no secret in it) to ``path``, audited."""

        def write(services: VaultServices) -> None:
            services.keys.export_key_file(path)

        self.session.run_services(
            write,
            done=lambda _: self.message.setText(
                self.tr("Key file saved: {0}. Send it to the other organisation.").format(path)
            ),
            failed=self.message.setText,
        )

    # -- contacts --------------------------------------------------------------------------
    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a contact's key"), "",
            self.tr("Madoguchi key files (*.mdgkey);;All files (*)"),
        )  # fmt: skip
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a contact's key file (checked by the core) and list it, not yet verified."""

        def work(services: VaultServices) -> Any:
            return services.keys.import_key_file(path)

        def done(contact: Any) -> None:
            self.message.setText(
                self.tr("Imported the key of {0}. Call them and compare the fingerprint.").format(
                    contact.organisation or contact.display_name
                )
            )
            self.refresh()

        self.session.run_services(work, done=done, failed=self.message.setText)

    def _confirm_verified(self) -> None:
        contact = self.selected()
        if contact is None:
            self.message.setText(self.tr("Select a contact first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Verified by phone"),
            self.tr("Did {0} read you these digits by phone, and do they match exactly?\n\n{1}")
            .format(contact.organisation or contact.display_name, contact.card.fingerprint_digits),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.mark_verified(contact.fingerprint)

    def mark_verified(self, fingerprint: str) -> None:
        """Record today's phone check of a contact's fingerprint."""

        def work(services: VaultServices) -> None:
            services.keys.mark_verified(fingerprint)

        self.session.run_services(work, done=lambda _: self.refresh(), failed=self.message.setText)

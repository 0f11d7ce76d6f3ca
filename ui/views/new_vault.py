"""First run: who is at the desk (name and user id), a passphrase (strength meter), then the
recovery key shown once."""

from __future__ import annotations

import getpass
import re
import sys

from PySide6.QtCore import QProcess, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import InvalidValueError
from desktop.settings_service import NAME_MAX, clean_counselor_name, clean_user_id
from ui.error_text import user_message
from ui.passphrase_parts import (
    RecoveryKeyPanel,
    StrengthMeter,
    new_passphrase_problem,
    secret_field,
)
from ui.session import Session


def suggested_user_id() -> str:
    """The computer's login name made into a user id (the counselor may change it)."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment
        login = ""
    return re.sub(r"[^A-Za-z0-9_.-]", "", login)[:64] or "counselor"


class NewVaultPage(QWidget):
    """Create the vault, then show the recovery key until the user confirms saving it."""

    finished = Signal()
    restored = Signal()  # a backup became the vault: it is to be unlocked, not created

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QStackedWidget()
        self.stack.addWidget(self._create_page())
        self.stack.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # -- step 1 --------------------------------------------------------------
    def _create_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Welcome to Madoguchi. Everything you record is encrypted with a passphrase "
                "that only you know. Choose a long one: a few unrelated words work well."
            )
        )
        intro.setWordWrap(True)
        self.counselor_name = QLineEdit()
        self.counselor_name.setAccessibleName(self.tr("Your name"))
        self.counselor_name.setMaxLength(NAME_MAX)
        self.user_id = QLineEdit(suggested_user_id())
        self.user_id.setAccessibleName(self.tr("Your user id"))
        self.user_id.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9_.-]{1,64}"), self)
        )
        self.user_id.setToolTip(self.tr(
            "How your team's server and your colleagues' desks know you: letters, digits, "
            "'_', '-' or '.'. New cases are assigned to it."
        ))  # fmt: skip
        self.passphrase = secret_field(self.tr("New passphrase"))
        self.confirm = secret_field(self.tr("Repeat the passphrase"))
        self.confirm.returnPressed.connect(self.create_vault)
        self.meter = StrengthMeter(self.passphrase)
        self.create_button = QPushButton(self.tr("&Create the vault"))
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        self.create_button.clicked.connect(self.create_vault)
        self.try_demo = QPushButton(self.tr("Just looking? Open the &demo vault instead"))
        self.try_demo.setAccessibleName(self.tr("Open the demo vault instead"))
        self.try_demo.setToolTip(self.tr(
            "Synthetic people in a separate vault; your real vault is not created."
        ))  # fmt: skip
        self.try_demo.clicked.connect(self.open_demo)
        self.restore_button = QPushButton(self.tr("Restore a &backup instead…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup instead"))
        self.restore_button.setToolTip(self.tr(
            "A new computer, or the old one's disk failed: make the vault from an encrypted "
            "backup (a madoguchi-backup-… folder)."
        ))  # fmt: skip
        self.restore_button.clicked.connect(self.restore_backup)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        name_label = QLabel(self.tr("Your na&me:"))
        name_label.setBuddy(self.counselor_name)
        user_label = QLabel(self.tr("Your &user id:"))
        user_label.setBuddy(self.user_id)
        form.addRow(name_label, self.counselor_name)
        form.addRow(user_label, self.user_id)
        first = QLabel(self.tr("&Passphrase:"))
        first.setBuddy(self.passphrase)
        second = QLabel(self.tr("&Repeat:"))
        second.setBuddy(self.confirm)
        form.addRow(first, self.passphrase)
        form.addRow(second, self.confirm)
        form.addRow(self.tr("Strength:"), self.meter)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addWidget(self.try_demo)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return page

    def demo_command(self) -> tuple[str, list[str]]:
        """How to start this program again on the demo vault (source or frozen build)."""
        program = sys.argv[0] if sys.argv else "main.py"
        if program.endswith(".py"):
            return sys.executable, [program, "--demo"]
        return program, ["--demo"]

    def open_demo(self) -> None:
        """Start Madoguchi on the demo vault in a new window and close this one."""
        executable, arguments = self.demo_command()
        if QProcess.startDetached(executable, arguments)[0]:
            window = self.window()
            if window is not None:
                window.close()
        else:
            self.message.setText(self.tr(
                "The demo could not be started; run “python main.py --demo” instead."
            ))  # fmt: skip

    def restore_backup(self) -> None:
        from ui.dialogs.backup import RestoreDialog

        dialog = RestoreDialog(self.session, self)
        dialog.restored.connect(lambda _summary: self.restored.emit())
        dialog.open()

    def create_vault(self) -> None:
        try:
            name = clean_counselor_name(self.counselor_name.text())
            user_id = clean_user_id(self.user_id.text())
        except InvalidValueError as exc:
            self.message.setText(user_message(exc))
            return
        if not name:
            self.message.setText(self.tr("Write your name: the cases you open will show it."))
            self.counselor_name.setFocus()
            return
        passphrase = self.passphrase.text()
        problem = new_passphrase_problem(passphrase, self.confirm.text())
        if problem:
            self.message.setText(problem)
            return
        self.create_button.setEnabled(False)
        self.message.setText(self.tr("Creating the vault…"))
        self.session.create(
            passphrase,
            user_id=user_id,
            counselor_name=name,
            done=self._created,
            failed=self._failed,
        )

    def _failed(self, message: str) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(message)

    # -- step 2 --------------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        self.recovery_panel = RecoveryKeyPanel(
            self.session,
            self.tr(
                "This is your recovery key. It is shown only this once. Write it down or print "
                "it and keep it somewhere safe, away from this computer: it unlocks the vault "
                "if the passphrase is forgotten."
            ),
            self.tr("&Continue"),
            self.tr("Continue"),
        )
        panel = self.recovery_panel
        # The names the first-run tests and the screen walk use.
        self.recovery, self.print_button = panel.recovery, panel.print_button
        self.saved, self.done_button = panel.saved, panel.proceed
        panel.proceeded.connect(self._finish)
        return panel

    def _created(self, recovery_key: str) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.stack.setCurrentIndex(1)
        self.recovery_panel.show_key(recovery_key)

    def sheet(self, vault_id: str = "") -> bytes:
        """The printable recovery sheet (PDF bytes, kept in memory only)."""
        return self.recovery_panel.sheet(vault_id)

    def _finish(self) -> None:
        self.recovery_panel.forget()  # shown once
        self.finished.emit()

"""The main window: create a vault, unlock or workspace, and the toolbar that drives them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from desktop.errors import MadoguchiError
from ui.dialogs.new_case import NewCaseDialog
from ui.dialogs.settings import SettingsDialog
from ui.error_text import user_message
from ui.guard import ClipboardGuard, IdleWatcher
from ui.kiosk import KioskSetupDialog, KioskWindow
from ui.prefs import Preferences
from ui.screen_fit import ScrollWhenSmall, fit_to_screen
from ui.session import Session
from ui.syncing.controller import SyncController
from ui.syncing.status import SyncStatusWidget
from ui.views.audit import AuditDialog
from ui.views.new_vault import NewVaultPage
from ui.views.unlock import UnlockPage
from ui.workspace import Workspace


def without_mnemonic(text: str) -> str:
    """A tool button's text: Qt drops a plain '&' itself but would show Japanese "(&N)" as
    "(N)", a letter that does nothing on a tool button."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return re.sub(r"&(.)", r"\1", text)  # '&&' stays one literal '&'


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: Session,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        demo_passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.setWindowTitle(
            self.tr("Madoguchi — DEMO (synthetic people)") if demo_passphrase
            else self.tr("Madoguchi")
        )  # fmt: skip
        fit_to_screen(self, 1200, 760)
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(prefs.idle_minutes, self)
        self.idle.idle.connect(self.lock)

        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(session, demo_passphrase=demo_passphrase)
        self.unlock_page.unlocked.connect(self._show_workspace)
        self.stack.addWidget(self.unlock_page)
        self.new_vault_page: NewVaultPage | None = None
        self.workspace: Workspace | None = None
        # At 200 % display scaling the case view's forms need more height than the screen
        # has: the window then scrolls instead of growing past the screen's edge.
        self.setCentralWidget(ScrollWhenSmall(self.stack))
        self._build_toolbar()
        session.locked.connect(self._on_locked)
        # Sync runs in the background whenever the vault is unlocked and enrolled.
        self.sync = SyncController(session, parent=self)
        self.sync_status = SyncStatusWidget(self.sync)
        self.sync_status.quarantine_button.clicked.connect(self.open_quarantine)
        self.statusBar().addPermanentWidget(self.sync_status)

        if session.exists:
            self._show_unlock()
        else:
            self.new_vault_page = NewVaultPage(session)
            self.new_vault_page.finished.connect(self._show_workspace)
            self.new_vault_page.restored.connect(self._restored)
            self.stack.addWidget(self.new_vault_page)
            self.stack.setCurrentWidget(self.new_vault_page)
        self._update_actions()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.new_case_action = QAction(self.tr("&New case"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self.tr("&Settings"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.audit_action = QAction(self.tr("&Audit log"), self)
        self.audit_action.triggered.connect(self.open_audit)
        self.kiosk_action = QAction(self.tr("Safety &kiosk…"), self)
        self.kiosk_action.triggered.connect(self.open_kiosk)
        self.keys_action = QAction(self.tr("Ke&ys and contacts…"), self)
        self.keys_action.triggered.connect(self.open_keys)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.packet_action = QAction(self.tr("&Receive referral packet…"), self)
        self.packet_action.triggered.connect(self.choose_packet)
        self.kiosk: KioskWindow | None = None
        # Everyday maintenance without a terminal (the CLI's passwd, new-recovery-key,
        # import, export, backup): in the Vault menu only, the toolbar stays short.
        self.passphrase_action = QAction(self.tr("Change &passphrase…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.recovery_action = QAction(self.tr("Ne&w recovery key…"), self)
        self.recovery_action.triggered.connect(self.new_recovery_key)
        self.import_action = QAction(self.tr("&Import cases…"), self)
        self.import_action.triggered.connect(self.import_cases)
        self.export_action = QAction(self.tr("&Export cases (unencrypted)…"), self)
        self.export_action.triggered.connect(self.export_cases)
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.triggered.connect(self.back_up)
        # Sync set-up and the company report (the CLI's enroll and safety report).
        self.sync_setup_action = QAction(self.tr("Set &up sync…"), self)
        self.sync_setup_action.triggered.connect(self.set_up_sync)
        self.company_report_action = QAction(self.tr("Company repor&t…"), self)
        self.company_report_action.triggered.connect(self.company_report)
        self.maintenance_actions = (self.import_action, self.export_action, self.backup_action,
                                    self.passphrase_action, self.recovery_action,
                                    self.sync_setup_action, self.company_report_action)  # fmt: skip
        for action in (self.new_case_action, self.lock_action, self.settings_action,
                       self.audit_action, self.kiosk_action, self.keys_action,
                       self.packet_action, self.conflicts_action):  # fmt: skip
            action.setIconText(without_mnemonic(action.text()))
            bar.addAction(action)
            self.addAction(action)
        # A tool button shows its action's text without the '&', so Alt+letter does nothing
        # there: the same actions in a menu are what a keyboard user reaches (Alt+V, then
        # the letter), and the menu's letters only need to differ from each other.
        self.vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.vault_menu.setObjectName("vault-menu")
        groups = ((self.new_case_action, self.packet_action, self.kiosk_action,
                   self.company_report_action),
                  (self.keys_action, self.conflicts_action, self.audit_action,
                   self.sync_setup_action),
                  (self.import_action, self.export_action, self.backup_action),
                  (self.passphrase_action, self.recovery_action),
                  (self.settings_action, self.lock_action))  # fmt: skip
        for number, group in enumerate(groups):
            if number:
                self.vault_menu.addSeparator()
            self.vault_menu.addActions(list(group))

    def _update_actions(self) -> None:
        unlocked = self.session.is_unlocked
        for action in (self.new_case_action, self.lock_action, self.settings_action,
                       self.audit_action, self.kiosk_action, self.keys_action,
                       self.packet_action, self.conflicts_action,
                       *self.maintenance_actions):  # fmt: skip
            action.setEnabled(unlocked)

    # -- states ----------------------------------------------------------------
    def _show_unlock(self) -> None:
        self.unlock_page.open_vault()  # in the background: the window paints meanwhile
        self.stack.setCurrentWidget(self.unlock_page)
        self._update_actions()

    def _show_workspace(self) -> None:
        if self.new_vault_page is not None:
            self.stack.removeWidget(self.new_vault_page)
            self.new_vault_page.deleteLater()
            self.new_vault_page = None
        self.workspace = Workspace(self.session)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.refresh()
        self.workspace.cases.search.setFocus()
        self._update_actions()
        self._warn_about_key_slots()

    def _warn_about_key_slots(self) -> None:
        """A damaged recovery or device slot is found at unlock, while the passphrase still
        works: say so now, not on the day someone needs the recovery key."""
        problems = self.session.key_slot_problems()
        if not problems:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Key slots damaged"),
            self.tr(
                "The vault opened, but another way to unlock it (the recovery key or this "
                "device's remembered key) is damaged and may not work when you need it. "
                "Make a new recovery key (Vault ▸ New recovery key, or python main.py "
                "new-recovery-key) and tell your IT contact."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText("\n".join(problems))
        box.open()  # not modal-blocking: the workspace is usable behind it

    def _restored(self) -> None:
        """A backup became this computer's vault: drop the first-run page and unlock it."""
        if self.new_vault_page is not None:
            self.stack.removeWidget(self.new_vault_page)
            self.new_vault_page.deleteLater()
            self.new_vault_page = None
        self._show_unlock()
        self.statusBar().showMessage(
            self.tr("Backup restored. Unlock it with its passphrase or recovery key."), 15_000
        )

    def lock(self) -> None:
        self.session.lock()

    def _on_locked(self) -> None:
        """Drop every widget that showed case data, and copied case text."""
        self.clipboard.clear_if_ours()
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self:
                dialog.close()
                dialog.deleteLater()
        if self.workspace is not None:
            self.workspace.forget()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self._show_unlock()

    # -- actions -------------------------------------------------------------------
    def new_case(self) -> None:
        if self.workspace is None:
            return
        dialog = NewCaseDialog(self.session, self)
        dialog.open_case.connect(self.workspace.open_case)
        dialog.open()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.session, self.prefs, self)
        dialog.idle_changed.connect(lambda minutes: self.idle.set_timeout_ms(int(minutes * 60_000)))
        dialog.open()

    def change_passphrase(self) -> None:
        from ui.dialogs.vault_keys import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Passphrase changed. Use the new one from now on."), 15_000))  # fmt: skip
        dialog.open()

    def new_recovery_key(self) -> None:
        from ui.dialogs.vault_keys import NewRecoveryKeyDialog

        NewRecoveryKeyDialog(self.session, self).open()

    def import_cases(self) -> None:
        from ui.dialogs.import_cases import ImportCasesDialog

        dialog = ImportCasesDialog(self.session, self)
        dialog.imported.connect(lambda count: self.statusBar().showMessage(
            self.tr("Imported %n case(s).", "", count), 15_000))  # fmt: skip
        dialog.open()

    def export_cases(self) -> None:
        from ui.dialogs.export_cases import ExportCasesDialog

        dialog = ExportCasesDialog(self.session, self)
        dialog.exported.connect(lambda count, path: self.statusBar().showMessage(
            self.tr("Exported %n case(s) to {0} (unencrypted: delete it when done).", "",
                    count).format(path), 30_000))  # fmt: skip
        dialog.open()

    def back_up(self) -> None:
        from ui.dialogs.backup import BackupDialog

        BackupDialog(self.session, self).open()

    def set_up_sync(self) -> None:
        from ui.dialogs.sync_setup import SyncSetupDialog

        SyncSetupDialog(self.session, self.sync, self).open()

    def company_report(self) -> None:
        from ui.dialogs.company_report import CompanyReportDialog

        CompanyReportDialog(self.session, self).open()

    def open_audit(self) -> None:
        AuditDialog(self.session, self).open()

    def open_keys(self) -> None:
        from ui.dialogs.contacts import ContactsDialog

        ContactsDialog(self.session, self).open()

    def open_quarantine(self) -> None:
        from ui.dialogs.quarantine import QuarantineDialog

        QuarantineDialog(self.session, self).open()

    def open_conflicts(self) -> None:
        from ui.dialogs.conflicts import ConflictsDialog

        ConflictsDialog(self.session, self).open()

    def choose_packet(self) -> None:
        from ui.dialogs.receive_packet import choose_and_receive

        choose_and_receive(self.session, self, self._open_received)

    def _open_received(self, case_id: str) -> None:
        if self.workspace is not None:
            self.workspace.open_case(case_id)

    def open_kiosk(self) -> None:
        """Ask the counselor for the event, then hand the screen to the Safety kiosk."""
        if not self.session.is_unlocked:
            return
        dialog = KioskSetupDialog(self)

        def start() -> None:
            self.kiosk = KioskWindow(self.session, dialog.settings())
            self.kiosk.finished.connect(self._kiosk_finished)
            self.kiosk.start()  # hides this window and every other one until it ends

        dialog.accepted.connect(start)
        dialog.open()

    def _kiosk_finished(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
            self.kiosk = None
        self.show()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clipboard.clear_if_ours()
        try:
            self.session.close()
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Madoguchi"), user_message(exc))
        except Exception as exc:  # noqa: BLE001 - the window closes anyway; never a traceback
            QMessageBox.warning(
                self,
                self.tr("Madoguchi"),
                self.tr("The vault could not be closed cleanly ({0}). Nothing was lost.").format(
                    type(exc).__name__
                ),
            )
        event.accept()

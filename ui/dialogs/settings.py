"""Settings: language and idle lock (this computer), the organisation and reference codes (vault).

Language and idle lock are plain preferences.  The organisation's name and
address are sealed in the vault; the office and device codes live in the vault
too.  Everything that touches the vault or the system keyring runs in the
background.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.devicekey.store import DeviceKeyStore
from ui.prefs import DEFAULT_IDLE_MINUTES, Preferences
from ui.session import Session

ORGANISATION = "organisation"


@dataclass(frozen=True)
class _VaultSettings:
    name: str
    address: str
    office_code: str
    device_code: str
    refusal: str | None
    remembered: bool


def _read(service: CaseService) -> _VaultSettings:
    vault = service.vault
    org = vault.read_sealed(ORGANISATION) or {}
    return _VaultSettings(
        name=str(org.get("name", "")),
        address=str(org.get("address", "")),
        office_code=vault.device.office_code,
        device_code=vault.device.device_code,
        refusal=DeviceKeyStore().refusal(),
        remembered=vault.remembered_on_device,
    )


def _write(service: CaseService, old: _VaultSettings, new: _VaultSettings) -> None:
    vault = service.vault
    if (new.name, new.address) != (old.name, old.address):
        vault.write_sealed(ORGANISATION, {"name": new.name, "address": new.address})
    if (new.office_code, new.device_code) != (old.office_code, old.device_code):
        vault.set_codes(office_code=new.office_code, device_code=new.device_code)
    if new.remembered != old.remembered:
        store = DeviceKeyStore()
        if new.remembered:
            vault.remember_on_device(store)
        else:
            vault.forget_on_device(store)


class SettingsDialog(QDialog):
    """Edits preferences and vault settings; Save applies all of them."""

    idle_changed = Signal(float)

    def __init__(self, session: Session, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self._loaded: _VaultSettings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        language_note = QLabel(self.tr("A new language applies after Madoguchi restarts."))
        language_note.setWordWrap(True)

        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.idle.setValue(round(prefs.idle_minutes or DEFAULT_IDLE_MINUTES))

        self.remember = QCheckBox(self.tr("&Remember this vault on this device"))
        self.remember.setAccessibleName(self.tr("Remember this vault on this device"))
        self.remember.setEnabled(False)
        self.remember_note = QLabel(self.tr("Checking the system keyring…"))
        self.remember_note.setWordWrap(True)
        self.remember_note.setAccessibleName(self.tr("Device keyring status"))

        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organisation name"))
        self.org_address = QPlainTextEdit()
        self.org_address.setAccessibleName(self.tr("Organisation address"))
        self.org_address.setTabChangesFocus(True)
        self.org_address.setFixedHeight(self.org_address.fontMetrics().lineSpacing() * 4 + 12)

        code = QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{1,8}"), self)
        self.office_code = QLineEdit()
        self.office_code.setAccessibleName(self.tr("Office code"))
        self.office_code.setValidator(code)
        self.office_code.setMaxLength(8)
        self.device_code = QLineEdit()
        self.device_code.setAccessibleName(self.tr("Device code"))
        self.device_code.setValidator(code)
        self.device_code.setMaxLength(8)
        self.codes_note = QLabel()
        self.codes_note.setWordWrap(True)
        for edit in (self.office_code, self.device_code):
            edit.textChanged.connect(self._update_codes_note)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings status"))

        this_computer = QGroupBox(self.tr("This computer"))
        form = QFormLayout(this_computer)
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        form.addRow("", language_note)
        form.addRow(self._label(self.tr("&Idle lock after:"), self.idle), self.idle)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)

        vault_box = QGroupBox(self.tr("This vault"))
        vform = QFormLayout(vault_box)
        vform.addRow(self._label(self.tr("Organisation &name:"), self.org_name), self.org_name)
        vform.addRow(self._label(self.tr("A&ddress:"), self.org_address), self.org_address)
        vform.addRow(self._label(self.tr("&Office code:"), self.office_code), self.office_code)
        vform.addRow(self._label(self.tr("De&vice code:"), self.device_code), self.device_code)
        vform.addRow("", self.codes_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(this_computer)
        layout.addWidget(vault_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_vault_fields_enabled(False)
        self._update_codes_note()
        self.load()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_vault_fields_enabled(self, enabled: bool) -> None:
        for widget in (self.org_name, self.org_address, self.office_code, self.device_code):
            widget.setEnabled(enabled)

    def _update_codes_note(self) -> None:
        office = self.office_code.text().upper() or "…"
        device = self.device_code.text().upper() or "…"
        self.codes_note.setText(
            self.tr(
                "These codes prefix new reference numbers, e.g. {0}-{1}-2025-00001. "
                "Existing reference numbers keep theirs."
            ).format(office, device)
        )

    # -- loading -------------------------------------------------------------------
    def load(self) -> None:
        """Read the vault's settings and the keyring's state in the background."""
        if not self.session.is_unlocked:
            self.message.setText(self.tr("The vault is locked."))
            return
        self.session.run(_read, done=self._show, failed=self._load_failed)

    def _show(self, current: _VaultSettings) -> None:
        self._loaded = current
        self.org_name.setText(current.name)
        self.org_address.setPlainText(current.address)
        self.office_code.setText(current.office_code)
        self.device_code.setText(current.device_code)
        self.remember.setChecked(current.remembered)
        if current.refusal is None:
            self.remember.setEnabled(True)
            self.remember_note.setText(
                self.tr(
                    "Unlock without the passphrase on this computer, with a key kept in "
                    "the system keyring."
                )
            )
        else:
            self.remember.setEnabled(False)
            self.remember_note.setText(self.tr("Not available here: {0}.").format(current.refusal))
        self._set_vault_fields_enabled(True)
        self.save_button.setEnabled(True)

    def _load_failed(self, message: str) -> None:
        self.message.setText(self.tr("Could not read the vault's settings: {0}").format(message))
        self.remember_note.setText("")
        self.save_button.setEnabled(True)  # preferences can still be saved

    # -- saving ---------------------------------------------------------------------
    def wanted(self) -> _VaultSettings | None:
        """The vault settings as edited, or None if they were never loaded."""
        if self._loaded is None:
            return None
        return _VaultSettings(
            name=self.org_name.text().strip(),
            address=self.org_address.toPlainText().strip(),
            office_code=self.office_code.text().strip().upper(),
            device_code=self.device_code.text().strip().upper(),
            refusal=self._loaded.refusal,
            remembered=self.remember.isChecked(),
        )

    def save(self) -> None:
        """Write the preferences now, the vault settings in the background, then close."""
        self.prefs.language = str(self.language.currentData())
        minutes = float(self.idle.value())
        self.prefs.idle_minutes = minutes
        self.prefs.sync()
        self.idle_changed.emit(minutes)
        old, new = self._loaded, self.wanted()
        if old is None or new is None or new == old:
            self.accept()
            return
        if not self.session.is_unlocked:
            self.message.setText(self.tr("The vault is locked; its settings were not saved."))
            return
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def write(service: CaseService) -> None:
            _write(service, old, new)

        self.session.run(write, done=self._saved, failed=self._save_failed, changes="")

    def _saved(self, _: Any) -> None:
        self.message.setText(self.tr("Saved."))
        self.accept()

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Not saved: {0}").format(message))

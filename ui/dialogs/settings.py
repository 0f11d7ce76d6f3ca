"""Settings: language and idle lock (this computer); the counselor, the organisation and the
reference codes (vault).

Language and idle lock are plain preferences.  The organisation's letterhead
(name, address, phone, email, logo, date style) is sealed in the vault; the
office and device codes live in the vault too, and so do the counselor's name and user id
(editable until changes are written under the id, and both until the vault syncs).
Everything that touches the vault or the system keyring runs in the background.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.services import VaultServices
from desktop.settings_service import LOCKED_SYNCED, Letterhead, ReferenceCodes
from ui import document_labels
from ui.device_key_texts import device_key_message
from ui.prefs import DEFAULT_IDLE_MINUTES, Preferences
from ui.screen_fit import FRAME_ALLOWANCE, ScrollWhenSmall, keep_on_screen
from ui.session import Session


@dataclass(frozen=True)
class _VaultSettings:
    letterhead: Letterhead
    counselor_name: str
    user_id: str
    name_locked: str  # why the name cannot change ("" when it can)
    user_id_locked: str
    office_code: str
    device_code: str
    refusal_code: str | None  # why this device's keyring cannot hold the key (a code)
    remembered: bool


def _read(services: VaultServices) -> _VaultSettings:
    codes = services.settings.reference_codes()
    me = services.settings.counselor()
    return _VaultSettings(
        letterhead=services.settings.letterhead(),
        counselor_name=me.name,
        user_id=me.user_id,
        name_locked=me.name_locked,
        user_id_locked=me.user_id_locked,
        office_code=codes.office_code,
        device_code=codes.device_code,
        refusal_code=services.device_keyring.refusal_code(),
        remembered=services.device_keyring.is_remembered(),
    )


def _write(services: VaultServices, old: _VaultSettings, new: _VaultSettings) -> None:
    # The counselor first: it is the change the vault may refuse, and then nothing is saved.
    if (new.counselor_name, new.user_id) != (old.counselor_name, old.user_id):
        services.settings.set_counselor(name=new.counselor_name, user_id=new.user_id)
    if new.letterhead != old.letterhead:
        services.settings.set_letterhead(new.letterhead)
    if (new.office_code, new.device_code) != (old.office_code, old.device_code):
        services.settings.set_reference_codes(ReferenceCodes(new.office_code, new.device_code))
    if new.remembered != old.remembered:
        if new.remembered:
            services.device_keyring.remember()
        else:
            services.device_keyring.forget()


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
        # The language on screen now (``--lang`` may differ from the one saved): the saved
        # one showed "English" on a Japanese screen, and Save would have kept it.
        running = "ja" if QLocale().language() == QLocale.Language.Japanese else prefs.language
        self.language.setCurrentIndex(max(self.language.findData(running), 0))
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

        self.counselor_name = QLineEdit()
        self.counselor_name.setAccessibleName(self.tr("Your name"))
        self.counselor_name.setMaxLength(80)
        self.user_id = QLineEdit()
        self.user_id.setAccessibleName(self.tr("Your user id"))
        self.user_id.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9_.-]{1,64}"), self)
        )
        self.counselor_note = QLabel()
        self.counselor_note.setWordWrap(True)
        self.counselor_note.setAccessibleName(self.tr("Why your name or user id is fixed"))

        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organisation name"))
        self.org_address = QPlainTextEdit()
        self.org_address.setAccessibleName(self.tr("Organisation address"))
        self.org_address.setTabChangesFocus(True)
        self.org_address.setFixedHeight(self.org_address.fontMetrics().lineSpacing() * 4 + 12)
        self.org_phone = QLineEdit()
        self.org_phone.setAccessibleName(self.tr("Organisation phone"))
        self.org_email = QLineEdit()
        self.org_email.setAccessibleName(self.tr("Organisation email"))
        self._logo: bytes | None = None
        self.logo_note = QLabel()
        self.logo_note.setAccessibleName(self.tr("Letterhead logo"))
        self.logo_button = QPushButton(self.tr("Choose lo&go…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo image (PNG or JPEG)"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_remove = QPushButton(self.tr("&Without logo"))
        self.logo_remove.setAccessibleName(self.tr("Remove the logo"))
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_note, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        self.date_style = QComboBox()
        self.date_style.setAccessibleName(self.tr("Date style of letters"))
        for style in ("western", "japanese"):
            self.date_style.addItem(document_labels.date_style(style), style)
        self.set_logo(None)

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

        # Two tabs, not two boxes one above the other: in Japanese the two together were
        # taller than a 1366×768 screen, and their notes were squeezed into each other.
        this_computer = QWidget()
        form = QFormLayout(this_computer)
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        form.addRow("", language_note)
        form.addRow(self._label(self.tr("&Idle lock after:"), self.idle), self.idle)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)

        vault_box = QWidget()
        vform = QFormLayout(vault_box)
        vform.addRow(self._label(self.tr("Your na&me:"), self.counselor_name),
                     self.counselor_name)  # fmt: skip
        vform.addRow(self._label(self.tr("Your &user id:"), self.user_id), self.user_id)
        vform.addRow("", self.counselor_note)
        vform.addRow(self._label(self.tr("Organisation &name:"), self.org_name), self.org_name)
        vform.addRow(self._label(self.tr("A&ddress:"), self.org_address), self.org_address)
        vform.addRow(self._label(self.tr("&Phone:"), self.org_phone), self.org_phone)
        vform.addRow(self._label(self.tr("&Email:"), self.org_email), self.org_email)
        vform.addRow(self._label(self.tr("Logo:"), self.logo_button), logo_row)
        vform.addRow(self._label(self.tr("Da&tes in letters:"), self.date_style), self.date_style)
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

        self.pages = QTabWidget()
        # Each page scrolls only on a very small screen.
        self.pages.addTab(ScrollWhenSmall(this_computer), self.tr("This computer"))
        self.pages.addTab(ScrollWhenSmall(vault_box), self.tr("This vault"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
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
        for widget in (self.counselor_name, self.user_id, self.org_name, self.org_address,
                       self.org_phone, self.org_email, self.logo_button, self.logo_remove,
                       self.date_style, self.office_code, self.device_code):  # fmt: skip
            widget.setEnabled(enabled)

    # -- logo ----------------------------------------------------------------------
    def set_logo(self, data: bytes | None) -> None:
        """Show (and keep for saving) the chosen logo image, or none."""
        self._logo = data
        if data:
            size = max(1, len(data) // 1024)
            self.logo_note.setText(self.tr("Logo chosen ({0} KB)").format(size))
        else:
            self.logo_note.setText(self.tr("No logo"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> None:
        """Read and check the logo file in the background (PNG or JPEG, at most 512 KB)."""

        def read(_: CaseService) -> bytes | None:
            return Letterhead().with_logo(path).logo_png

        self.session.run(read, done=self.set_logo,
                         failed=lambda m: self.message.setText(m))  # fmt: skip

    def _update_codes_note(self) -> None:
        office = self.office_code.text().upper() or "…"
        device = self.device_code.text().upper() or "…"
        self.codes_note.setText(
            self.tr(
                "These codes prefix new reference numbers, e.g. {0}-{1}-{2}-00001. "
                "Existing reference numbers keep theirs."
            ).format(office, device, date.today().year)
        )
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        """Grow to the height the wrapped notes need: their texts change after the dialog
        is shown (codes typed, the vault's settings read), a longer code or Japanese can
        need one more line, and a shown window does not grow by itself."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        # On a short screen (1280×720) wider is better than taller: the wrapped notes then
        # need fewer lines, and the buttons stay on the screen.
        room = self.screen().availableGeometry().size() - FRAME_ALLOWANCE
        width = self.width()
        need = layout.totalHeightForWidth(width)
        while need > room.height() and width < room.width():
            wider = min(room.width(), width + 120)
            if layout.totalHeightForWidth(wider) >= need:
                break  # no line saved: the rows are tall, not the notes; the content scrolls
            width, need = wider, layout.totalHeightForWidth(wider)
        if need > self.height() or width > self.width():
            self.resize(width, min(max(need, self.height()), room.height()))
            keep_on_screen(self)

    # -- loading -------------------------------------------------------------------
    def load(self) -> None:
        """Read the vault's settings and the keyring's state in the background."""
        if not self.session.is_unlocked:
            self.message.setText(self.tr("The vault is locked."))
            return
        self.session.run_services(_read, done=self._show, failed=self._load_failed)

    def _show(self, current: _VaultSettings) -> None:
        self._loaded = current
        head = current.letterhead
        self.org_name.setText(head.name)
        self.org_address.setPlainText(head.address)
        self.org_phone.setText(head.phone)
        self.org_email.setText(head.email)
        self.set_logo(head.logo_png)
        self.date_style.setCurrentIndex(max(0, self.date_style.findData(head.date_style)))
        self.office_code.setText(current.office_code)
        self.device_code.setText(current.device_code)
        self.counselor_name.setText(current.counselor_name)
        self.user_id.setText(current.user_id)
        self.remember.setChecked(current.remembered)
        # Forgetting stays possible when the keyring went away (it removes the vault's slot).
        self.remember.setEnabled(current.refusal_code is None or current.remembered)
        if current.refusal_code is None:
            self.remember_note.setText(
                self.tr(
                    "Unlock without the passphrase on this computer, with a key kept in "
                    "the system keyring."
                )
            )
        else:
            self.remember_note.setText(device_key_message(current.refusal_code))
        self._set_vault_fields_enabled(True)
        self._show_counselor_lock(current)
        self.save_button.setEnabled(True)
        QTimer.singleShot(0, self._fit_height)  # the notes' texts changed

    def _show_counselor_lock(self, current: _VaultSettings) -> None:
        """Say why the name or user id cannot change (the fields stay visible, read-only)."""
        self.counselor_name.setReadOnly(bool(current.name_locked))
        self.user_id.setReadOnly(bool(current.user_id_locked))
        if current.user_id_locked == LOCKED_SYNCED:
            note = self.tr(
                "This vault has synced: your team knows you by this name and user id, so "
                "they are fixed now."
            )
        elif current.user_id_locked:
            note = self.tr(
                "Your changes are already recorded under this user id, so it is fixed now; "
                "your name can still change until the vault syncs."
            )
        else:
            note = self.tr(
                "New cases are assigned to this user id and your timeline entries record it. "
                "Both can change until the vault syncs."
            )
        self.counselor_note.setText(note)

    def _load_failed(self, message: str) -> None:
        self.message.setText(self.tr("Could not read the vault's settings: {0}").format(message))
        self.remember_note.setText("")
        self.save_button.setEnabled(True)  # preferences can still be saved

    # -- saving ---------------------------------------------------------------------
    def wanted(self) -> _VaultSettings | None:
        """The vault settings as edited, or None if they were never loaded."""
        if self._loaded is None:
            return None
        head = replace(
            self._loaded.letterhead,
            name=self.org_name.text().strip(),
            address=self.org_address.toPlainText().strip(),
            phone=self.org_phone.text().strip(),
            email=self.org_email.text().strip(),
            logo_png=self._logo,
            date_style="japanese" if self.date_style.currentData() == "japanese" else "western",
        )
        return _VaultSettings(
            letterhead=head,
            counselor_name=" ".join(self.counselor_name.text().split()),
            user_id=self.user_id.text().strip(),
            name_locked=self._loaded.name_locked,
            user_id_locked=self._loaded.user_id_locked,
            office_code=self.office_code.text().strip().upper(),
            device_code=self.device_code.text().strip().upper(),
            refusal_code=self._loaded.refusal_code,
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

        def write(services: VaultServices) -> None:
            _write(services, old, new)

        self.session.run_services(write, done=self._saved, failed=self._save_failed, changes="")

    def _saved(self, _: Any) -> None:
        self.message.setText(self.tr("Saved."))
        self.accept()

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Not saved: {0}").format(message))

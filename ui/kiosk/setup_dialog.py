"""The counselor's dialog that starts kiosk mode: event, employer, establishment."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class KioskSettings:
    """What every response recorded in one kiosk session is filed under."""

    event: str
    employer: str | None
    establishment: str | None


class KioskSetupDialog(QDialog):
    """Asks for the event (required) and the employer and establishment (optional).

    Whether answers may be shared with the employer's summary report is asked of
    each worker in the kiosk, never decided here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start Safety kiosk"))
        intro = QLabel(
            self.tr(
                "The screen will show only the Safety questionnaire, full-screen. "
                "Leaving kiosk mode needs your passphrase."
            )
        )
        intro.setWordWrap(True)
        self.event_name = QLineEdit()
        self.event_name.setAccessibleName(self.tr("Event"))
        self.event_name.setPlaceholderText(self.tr("e.g. Consultation day, Nagoya, 3 March"))
        self.employer = QLineEdit()
        self.employer.setAccessibleName(self.tr("Employer (optional)"))
        self.establishment = QLineEdit()
        self.establishment.setAccessibleName(self.tr("Establishment (optional)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        for label_text, field in (
            (self.tr("&Event:"), self.event_name),
            (self.tr("E&mployer (optional):"), self.employer),
            (self.tr("E&stablishment (optional):"), self.establishment),
        ):
            label = QLabel(label_text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            self.tr("&Start kiosk"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Only once the buttons are in the dialog: set before, the dialog never learns of it
        # and makes Cancel the default, so Return in the event field cancelled the kiosk.
        self.start_button.setDefault(True)

    def settings(self) -> KioskSettings:
        """The values entered, trimmed; empty optional fields become ``None``."""
        return KioskSettings(
            event=self.event_name.text().strip(),
            employer=self.employer.text().strip() or None,
            establishment=self.establishment.text().strip() or None,
        )

    def accept(self) -> None:
        settings = self.settings()
        if not settings.event:
            self.message.setText(self.tr("Enter the event's name."))
            self.event_name.setFocus()
            return
        if settings.establishment and not settings.employer:
            self.message.setText(self.tr("Enter the employer of this establishment."))
            self.employer.setFocus()
            return
        super().accept()

"""The kiosk page where a worker asks to be contacted: who, how, when, and consent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.safety.questionnaire import Questionnaire
from ui.kiosk.ruby import RubyLabel, show_text
from ui.kiosk.widgets import BUTTON_HEIGHT, TITLE_PT, big_button, big_label, enlarge


class ContactPage(QWidget):
    """The contact form.  Its texts come from the questionnaire in the worker's language
    (see :meth:`set_language`); the kiosk connects :attr:`send_button` and
    :attr:`back_button`."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        super().__init__()
        self.title = big_label(TITLE_PT)
        self.name_label, self.name = big_label(), QLineEdit()
        self.phone_label, self.phone = big_label(), QLineEdit()
        self.pref_label, self.preferred_language = big_label(), QComboBox()
        self.time_label, self.best_time = big_label(), QLineEdit()
        for label, field in ((self.name_label, self.name), (self.phone_label, self.phone),
                             (self.pref_label, self.preferred_language),
                             (self.time_label, self.best_time)):  # fmt: skip
            field.setMinimumHeight(BUTTON_HEIGHT)
            enlarge(field)
            label.setBuddy(field)
        for code, lang in questionnaire.languages.items():
            self.preferred_language.addItem(lang.name, code)
        self.consent_text = big_label()
        self.consent_text.setObjectName("kiosk-consent-text")
        self.consent_ruby = RubyLabel()
        enlarge(self.consent_ruby)
        self.consent_ruby.hide()
        self.agree = QCheckBox()
        self.agree.setObjectName("kiosk-agree")
        enlarge(self.agree)
        self.agree.setMinimumHeight(BUTTON_HEIGHT)
        self.agree.setStyleSheet("QCheckBox::indicator { width: 40px; height: 40px; }")
        self.message = big_label()
        self.send_button = big_button("kiosk-send")
        self.back_button = big_button("kiosk-contact-back")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        inner = QWidget()
        form = QVBoxLayout(inner)
        for w in (self.title, self.name_label, self.name, self.phone_label, self.phone,
                  self.pref_label, self.preferred_language, self.time_label, self.best_time,
                  self.consent_text, self.consent_ruby, self.agree, self.message):  # fmt: skip
            form.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def set_language(self, code: str, ui_text: Callable[[str], str]) -> None:
        """Show the form in the worker's language; it is also their preferred one."""
        self.title.setText(ui_text("contact_title"))
        self.name_label.setText(ui_text("name"))
        self.phone_label.setText(ui_text("phone_or_line"))
        self.pref_label.setText(ui_text("preferred_language"))
        self.time_label.setText(ui_text("best_time"))
        show_text(self.consent_text, self.consent_ruby, ui_text("consent"), code)
        self.agree.setText(ui_text("agree"))
        self.send_button.setText(ui_text("send"))
        self.back_button.setText(ui_text("back"))
        index = self.preferred_language.findData(code)
        self.preferred_language.setCurrentIndex(max(index, 0))

    def clear(self) -> None:
        """Forget everything the worker typed or ticked, and the consent text shown."""
        self.name.clear()
        self.phone.clear()
        self.best_time.clear()
        self.preferred_language.setCurrentIndex(0)
        self.agree.setChecked(False)
        self.message.clear()
        self.consent_text.clear()
        self.consent_ruby.clear()

    def complete(self, ui_text: Callable[[str], str]) -> bool:
        """Whether a name, a way to reach the worker and their consent are given; if
        not, say what is missing and put the focus there."""
        for missing, key, field in (
            (not self.name.text().strip(), "need_name", self.name),
            (not self.phone.text().strip(), "need_contact", self.phone),
            (not self.agree.isChecked(), "need_agree", self.agree),
        ):
            if missing:
                self.message.setText(ui_text(key))
                field.setFocus()
                return False
        return True

"""The full-screen Safety kiosk: one question at a time, in the worker's language.

The worker sees only the questionnaire.  Nothing of the vault is reachable: the
other windows of the app are hidden, every keyboard shortcut is swallowed while
the kiosk runs, and the window refuses to close until the counselor enters the
passphrase.  After each worker the screen is reset and keeps no trace of the answers.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import MadoguchiError
from desktop.safety.questionnaire import Question, Questionnaire, load_shipped
from desktop.safety.records import SafetyService
from desktop.safety.scoring import SafetyResult, score
from ui.kiosk.ruby import RUBY_LANGUAGES, RubyLabel, show_text
from ui.kiosk.setup_dialog import KioskSettings
from ui.session import Session

#: Pseudo-question asked after the questionnaire's own questions.
CONSENT_FEEDBACK: Final = "consent_company_feedback"
#: After this long without input in the middle of a questionnaire, the kiosk resets.
IDLE_RESET_MS: Final = 180_000
BUTTON_HEIGHT: Final = 72
FONT_PT: Final = 22
TITLE_PT: Final = 28

# The kiosk's own worker-facing texts (buttons, the feedback-consent question, the
# contact form and its consent text) follow the *worker's* language, not the
# counselor's UI language, so they come from the questionnaire (``texts["ui"]``,
# every language with review status) rather than the Qt translator.

_LANGUAGE_TITLE: Final = "Language · 言語 · Ngôn ngữ · 语言 · Wika · Bahasa · भाषा · ဘာသာစကား"


def _big(widget: QWidget, points: int = FONT_PT) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)


def _label(points: int = FONT_PT) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    _big(label, points)
    return label


def _text_label(language: str | None, points: int = FONT_PT) -> QLabel | RubyLabel:
    """A label for questionnaire text; easy Japanese shows its readings as furigana."""
    if language not in RUBY_LANGUAGES:
        return _label(points)
    label = RubyLabel()
    _big(label, points)
    return label


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setAutoDefault(False)
    _big(button)
    return button


class CounselorExitDialog(QDialog):
    """Asks for the counselor's passphrase (masked) to leave kiosk mode."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.setModal(True)
        label = QLabel(self.tr("Counselor &passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Counselor passphrase"))
        label.setBuddy(self.passphrase)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.ok_button = QPushButton(self.tr("&Leave kiosk"))
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.passphrase.returnPressed.connect(self.ok_button.click)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def clear(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.ok_button.setEnabled(True)


class KioskWindow(QWidget):
    """The kiosk.  Call :meth:`start`; ``finished`` is emitted when the counselor leaves."""

    finished = Signal()

    def __init__(
        self,
        session: Session,
        settings: KioskSettings,
        *,
        questionnaire: Questionnaire | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("safety-kiosk")
        self.setWindowTitle(self.tr("Safety self-check"))
        self.session = session
        self.settings = settings
        self.questionnaire = questionnaire or load_shipped()
        self.language: str | None = None
        self.answers: dict[str, Any] = {}
        self.consent_feedback: bool | None = None
        self.position = 0
        self.result: SafetyResult | None = None
        self._may_close = False
        self._active = False
        self._hidden_windows: list[QWidget] = []
        self._saving = False
        _big(self)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_RESET_MS)
        self.idle_timer.timeout.connect(self._idle_reset)

        self.stack = QStackedWidget()
        self.language_page = self._build_language_page()
        self.question_page = self._build_question_page()
        self.result_page = self._build_result_page()
        self.contact_page = self._build_contact_page()
        for page in (self.language_page, self.question_page, self.result_page,
                     self.contact_page):  # fmt: skip
            self.stack.addWidget(page)

        self.counselor_button = QPushButton(self.tr("Counselor"))
        self.counselor_button.setObjectName("kiosk-counselor")
        self.counselor_button.setAccessibleName(self.tr("Counselor: leave kiosk mode"))
        self.counselor_button.setFlat(True)
        self.counselor_button.setAutoDefault(False)
        self.counselor_button.setStyleSheet("color: gray;")
        self.counselor_button.clicked.connect(self.ask_exit)
        self.exit_dialog = CounselorExitDialog(self)
        self.exit_dialog.ok_button.clicked.connect(self._verify_exit)

        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.counselor_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 16)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        session.locked.connect(self._on_locked)
        self.reset()

    # -- pages -------------------------------------------------------------------
    def _build_language_page(self) -> QWidget:
        page = QWidget()
        title = _label(TITLE_PT)
        title.setText(_LANGUAGE_TITLE)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_label = _label()
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.language_buttons: dict[str, QPushButton] = {}
        for i, (code, lang) in enumerate(self.questionnaire.languages.items()):
            button = _button(f"lang-{code}")
            button.setText(lang.name)
            button.setAccessibleName(lang.name)
            button.clicked.connect(lambda _=False, c=code: self.choose_language(c))
            grid.addWidget(button, i // 3, i % 3)
            self.language_buttons[code] = button
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.thanks_label)
        layout.addStretch(1)
        layout.addLayout(grid)
        layout.addStretch(2)
        return page

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = _label()
        self.question_label = _label(TITLE_PT)
        self.question_ruby = RubyLabel()
        _big(self.question_ruby, TITLE_PT)
        self.question_ruby.hide()
        self.answer_box = QWidget()
        self.answer_layout = QVBoxLayout(self.answer_box)
        self.answer_layout.setSpacing(16)
        self.answer_buttons: dict[str, QPushButton] = {}

        self.number_box = QWidget()
        self.number = QSpinBox()
        self.number.setObjectName("kiosk-number")
        self.number.setMinimumHeight(BUTTON_HEIGHT)
        self.number.setMinimumWidth(320)
        self.number.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.number.setGroupSeparatorShown(True)
        _big(self.number, TITLE_PT)
        self.minus_button = _button("kiosk-minus")
        self.minus_button.setText("−")
        self.minus_button.setAccessibleName("-")
        self.minus_button.clicked.connect(self.number.stepDown)
        self.plus_button = _button("kiosk-plus")
        self.plus_button.setText("+")
        self.plus_button.setAccessibleName("+")
        self.plus_button.clicked.connect(self.number.stepUp)
        for b in (self.minus_button, self.plus_button):
            b.setMinimumWidth(BUTTON_HEIGHT)
        self.number_next = _button("kiosk-number-next")
        self.number_next.clicked.connect(lambda: self.answer(self.number.value()))
        self.number_skip = _button("kiosk-number-skip")
        self.number_skip.clicked.connect(lambda: self.answer(None))
        row = QHBoxLayout()
        row.addWidget(self.minus_button)
        row.addWidget(self.number, 1)
        row.addWidget(self.plus_button)
        number_layout = QVBoxLayout(self.number_box)
        number_layout.addLayout(row)
        number_layout.addWidget(self.number_next)
        number_layout.addWidget(self.number_skip)

        self.back_button = _button("kiosk-back")
        self.back_button.clicked.connect(self.back)
        self.stop_button = _button("kiosk-stop")
        self.stop_button.clicked.connect(self.reset)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.stop_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.question_ruby)
        layout.addSpacing(24)
        layout.addWidget(self.answer_box)
        layout.addWidget(self.number_box)
        layout.addStretch(1)
        layout.addLayout(nav)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_title = _label(TITLE_PT)
        self.risk_label = _label(TITLE_PT)
        self.risk_label.setObjectName("kiosk-risk")
        self.risk_plain = _label()
        self.findings_box = QWidget()
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.findings_box)
        self.result_message = _label()
        self.contact_button = _button("kiosk-ask-contact")
        self.contact_button.clicked.connect(self.show_contact)
        self.finish_button = _button("kiosk-finish")
        self.finish_button.clicked.connect(self.finish)
        self.result_back = _button("kiosk-result-back")
        self.result_back.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_back)
        buttons.addStretch(1)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.risk_label)
        layout.addWidget(self.risk_plain)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result_message)
        layout.addLayout(buttons)
        return page

    def _build_contact_page(self) -> QWidget:
        page = QWidget()
        self.contact_title = _label(TITLE_PT)
        self.name_label, self.name = _label(), QLineEdit()
        self.phone_label, self.phone = _label(), QLineEdit()
        self.pref_label, self.preferred_language = _label(), QComboBox()
        self.time_label, self.best_time = _label(), QLineEdit()
        for label, field in ((self.name_label, self.name), (self.phone_label, self.phone),
                             (self.pref_label, self.preferred_language),
                             (self.time_label, self.best_time)):  # fmt: skip
            field.setMinimumHeight(BUTTON_HEIGHT)
            _big(field)
            label.setBuddy(field)
        for code, lang in self.questionnaire.languages.items():
            self.preferred_language.addItem(lang.name, code)
        self.consent_text = _label()
        self.consent_text.setObjectName("kiosk-consent-text")
        self.consent_ruby = RubyLabel()
        _big(self.consent_ruby)
        self.consent_ruby.hide()
        self.agree = QCheckBox()
        self.agree.setObjectName("kiosk-agree")
        _big(self.agree)
        self.agree.setMinimumHeight(BUTTON_HEIGHT)
        self.agree.setStyleSheet("QCheckBox::indicator { width: 40px; height: 40px; }")
        self.contact_message = _label()
        self.send_button = _button("kiosk-send")
        self.send_button.clicked.connect(self.send_contact)
        self.contact_back = _button("kiosk-contact-back")
        self.contact_back.clicked.connect(lambda: self.stack.setCurrentWidget(self.result_page))
        buttons = QHBoxLayout()
        buttons.addWidget(self.contact_back)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        inner = QWidget()
        form = QVBoxLayout(inner)
        for w in (self.contact_title, self.name_label, self.name, self.phone_label, self.phone,
                  self.pref_label, self.preferred_language, self.time_label, self.best_time,
                  self.consent_text, self.consent_ruby, self.agree,
                  self.contact_message):  # fmt: skip
            form.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    # -- running -----------------------------------------------------------------
    def start(self) -> None:
        """Hide the app's other windows, take over the screen and every shortcut."""
        self._hidden_windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and not self._owns(w)
        ]
        for w in self._hidden_windows:
            w.hide()
        self._active = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.reset()
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _stop(self) -> None:
        self._active = False
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.reset()
        self._may_close = True
        self.exit_dialog.hide()
        self.close()
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []
        self.finished.emit()

    def _owns(self, obj: QObject) -> bool:
        """Whether ``obj`` is the kiosk or inside it (its dialogs included)."""
        current: QObject | None = obj
        while current is not None:
            if current is self:
                return True
            current = current.parent()
        return False

    # -- the worker's flow ---------------------------------------------------------
    def reset(self) -> None:
        """Forget the current worker: every answer and field, back to the language page."""
        self.idle_timer.stop()
        self.language = None
        self.answers = {}
        self.consent_feedback = None
        self.position = 0
        self.result = None
        self._saving = False
        self.progress_label.clear()
        self.question_label.clear()
        self.question_ruby.clear()
        self._clear_answer_buttons()
        self.number.setValue(0)
        self.number_box.hide()
        self.result_title.clear()
        self.risk_label.clear()
        self.risk_plain.clear()
        self.result_message.clear()
        self._clear_findings()
        self.name.clear()
        self.phone.clear()
        self.best_time.clear()
        self.preferred_language.setCurrentIndex(0)
        self.agree.setChecked(False)
        self.contact_message.clear()
        self.consent_text.clear()
        self.consent_ruby.clear()
        self.thanks_label.clear()
        for b in (self.contact_button, self.finish_button, self.send_button):
            b.setEnabled(True)
        self.stack.setCurrentWidget(self.language_page)

    def _idle_reset(self) -> None:
        if self.stack.currentWidget() is not self.language_page and not self._saving:
            self.reset()
        elif self.thanks_label.text():
            self.thanks_label.clear()

    def choose_language(self, code: str) -> None:
        self.language = code
        self.thanks_label.clear()
        t = self._t
        self.back_button.setText(t("back"))
        self.stop_button.setText(t("stop"))
        self.number_next.setText(t("next"))
        self.number_skip.setText(t("skip"))
        self.result_back.setText(t("back"))
        self.contact_button.setText(t("ask_contact"))
        self.finish_button.setText(t("finish"))
        self.contact_title.setText(t("contact_title"))
        self.name_label.setText(t("name"))
        self.phone_label.setText(t("phone_or_line"))
        self.pref_label.setText(t("preferred_language"))
        self.time_label.setText(t("best_time"))
        show_text(self.consent_text, self.consent_ruby, t("consent"), code)
        self.agree.setText(t("agree"))
        self.send_button.setText(t("send"))
        self.contact_back.setText(t("back"))
        index = self.preferred_language.findData(code)
        self.preferred_language.setCurrentIndex(max(index, 0))
        self.position = 0
        self._show_step()

    def _t(self, key: str) -> str:
        """A kiosk text (``texts["ui"]`` of the questionnaire) in the worker's language."""
        lang = self.language or self.questionnaire.default_language
        return self.questionnaire.text("ui", key, lang)

    def steps(self) -> list[str]:
        """The ids of the questions to ask now, the feedback-consent question last."""
        visible = self.questionnaire.visible_questions(self.answers)
        return [q.id for q in visible] + [CONSENT_FEEDBACK]

    def _clear_answer_buttons(self) -> None:
        for button in self.answer_buttons.values():
            self.answer_layout.removeWidget(button)
            _discard(button)
        self.answer_buttons = {}

    def _clear_findings(self) -> None:
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                _discard(widget)

    def _add_choice(self, answer_id: str, label: str, value: object, current: object) -> None:
        button = _button(f"answer-{answer_id}")
        button.setText(label)
        button.setCheckable(True)
        button.setChecked(current == value)
        button.clicked.connect(lambda _=False, v=value: self.answer(v))
        self.answer_layout.addWidget(button)
        self.answer_buttons[answer_id] = button

    def _show_step(self) -> None:
        steps = self.steps()
        self.position = max(0, min(self.position, len(steps) - 1))
        step = steps[self.position]
        lang = self.language or self.questionnaire.default_language
        self._clear_answer_buttons()
        self.number_box.hide()
        self.progress_label.setText(
            self._t("question_of").format(n=self.position + 1, total=len(steps))
        )
        if step == CONSENT_FEEDBACK:
            show_text(self.question_label, self.question_ruby, self._t(CONSENT_FEEDBACK), lang)
            self._add_choice("yes", self._t("yes"), True, self.consent_feedback)
            self._add_choice("no", self._t("no"), False, self.consent_feedback)
        else:
            question = self.questionnaire.question(step)
            text = self.questionnaire.question_text(question, lang).question
            show_text(self.question_label, self.question_ruby, text, lang)
            current = self.answers.get(step)
            if question.type == "yes_no_unsure":
                for value in ("yes", "no", "unsure"):
                    self._add_choice(value, self._t(value), value, current)
            elif question.type == "choice":
                for option in question.options:
                    label = self.questionnaire.option_label(option, lang)
                    self._add_choice(option.id, label, option.id, current)
            else:
                self._show_number(question, current)
        self.stack.setCurrentWidget(self.question_page)
        self.idle_timer.start()

    def _show_number(self, question: Question, current: object) -> None:
        self.number.setMaximum(int(question.maximum or 1_000_000_000))
        if question.unit == "amount":
            self.number.setPrefix("¥ " if question.currency == "JPY" else f"{question.currency} ")
            self.number.setSuffix("")
            self.number.setSingleStep(10_000)
        else:
            self.number.setPrefix("")
            self.number.setSuffix(f" {self._t('hours')}")
            self.number.setSingleStep(5)
        self.number.setValue(int(current) if isinstance(current, int | float) else 0)
        self.number_box.show()
        self.number.setFocus()

    def answer(self, value: object) -> None:
        """Record the answer to the current step and go on (``None`` leaves it unanswered)."""
        steps = self.steps()
        step = steps[self.position]
        if step == CONSENT_FEEDBACK:
            self.consent_feedback = bool(value)
            self.show_result()
            return
        if value is None:
            self.answers.pop(step, None)
        else:
            self.answers[step] = value
        # Answers to questions that this answer now hides no longer count.
        visible = {q.id for q in self.questionnaire.visible_questions(self.answers)}
        for qid in [q for q in self.answers if q not in visible]:
            del self.answers[qid]
        self.position += 1
        self._show_step()

    def back(self) -> None:
        if self.stack.currentWidget() is self.result_page:
            self.position = len(self.steps()) - 1
            self._show_step()
            return
        if self.position == 0:
            self.reset()
            return
        self.position -= 1
        self._show_step()

    def show_result(self) -> None:
        q = self.questionnaire
        lang = self.language or q.default_language
        result = score(q, self.answers)
        self.result = result
        self.result_title.setText(self._t("result_title"))
        self.risk_label.setText(self._t("overall").format(risk=q.text("risks", result.risk, lang)))
        self.risk_plain.setText(self._t(f"risk_{result.risk}"))
        self._clear_findings()
        explained: set[str] = set()
        findings = [r for r in result.indicators if r.level != "none"]
        if findings:
            self.findings_layout.addWidget(self._heading(self._t("findings")))
        for finding in findings:
            title = _text_label(lang)
            title.setText(
                f"{q.text('indicators', finding.indicator, lang)}: "
                f"{q.text('levels', finding.level, lang)}"
            )
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.findings_layout.addWidget(title)
            for qid in finding.question_ids:
                if qid in explained:
                    continue
                explained.add(qid)
                text = _text_label(lang, FONT_PT - 2)
                text.setText(q.question_text(q.question(qid), lang).explanation)
                self.findings_layout.addWidget(text)
        if result.next_steps:
            self.findings_layout.addWidget(self._heading(self._t("next_steps")))
            for step in result.next_steps:
                item = _text_label(lang, FONT_PT - 2)
                item.setText(f"• {q.text('next_steps', step, lang)}")
                self.findings_layout.addWidget(item)
        self.findings_layout.addStretch(1)
        self.result_message.clear()
        self.stack.setCurrentWidget(self.result_page)
        self.idle_timer.start()

    def _heading(self, text: str) -> QLabel:
        label = _label(FONT_PT + 2)
        label.setText(text)
        return label

    def show_contact(self) -> None:
        self.contact_message.clear()
        self.stack.setCurrentWidget(self.contact_page)
        self.name.setFocus()

    def _record_kwargs(self) -> dict[str, Any]:
        return {
            "language": self.language or self.questionnaire.default_language,
            "employer": self.settings.employer,
            "establishment": self.settings.establishment,
            "event": self.settings.event,
            "consent_company_feedback": bool(self.consent_feedback),
        }

    def finish(self) -> None:
        """Store the answers anonymously, then reset for the next worker."""
        answers = dict(self.answers)
        kwargs = self._record_kwargs()
        kwargs["employer"] = kwargs["employer"] or ""
        questionnaire = self.questionnaire
        self._save(
            lambda service: SafetyService(service, questionnaire=questionnaire).record_anonymous(
                answers, **kwargs
            ),
            self.result_message,
        )

    def send_contact(self) -> None:
        """Open a follow-up intake case with the worker's contact details and consent."""
        name = self.name.text().strip()
        contact = self.phone.text().strip()
        if not name:
            self.contact_message.setText(self._t("need_name"))
            self.name.setFocus()
            return
        if not contact:
            self.contact_message.setText(self._t("need_contact"))
            self.phone.setFocus()
            return
        if not self.agree.isChecked():
            self.contact_message.setText(self._t("need_agree"))
            self.agree.setFocus()
            return
        answers = dict(self.answers)
        kwargs = self._record_kwargs()
        preferred = str(self.preferred_language.currentData() or kwargs["language"])
        best_time = self.best_time.text().strip()
        consent_language = str(kwargs["language"])  # the consent text was shown in it
        questionnaire = self.questionnaire
        self._save(
            lambda service: SafetyService(service, questionnaire=questionnaire).request_contact(
                answers, name=name, phone_or_line=contact, preferred_language=preferred,
                best_time=best_time, consent_text_language=consent_language, **kwargs,
            ),
            self.contact_message,
        )  # fmt: skip

    def _save(self, fn: Any, message: QLabel) -> None:
        if self._saving:
            return
        self._saving = True
        for b in (self.contact_button, self.finish_button, self.send_button):
            b.setEnabled(False)
        message.setText(self._t("saving"))

        def failed(_error: str) -> None:
            self._saving = False
            for b in (self.contact_button, self.finish_button, self.send_button):
                b.setEnabled(True)
            message.setText(self._t("save_failed"))

        try:
            self.session.run(fn, done=self._saved, failed=failed)
        except MadoguchiError as exc:
            failed(str(exc))

    def _saved(self, _result: object) -> None:
        thanks = self._t("thanks")
        self.reset()
        self.thanks_label.setText(thanks)
        self.idle_timer.start()  # clears the thank-you note later

    # -- leaving ---------------------------------------------------------------------
    def ask_exit(self) -> None:
        """Ask the counselor's passphrase; only the right one ends kiosk mode."""
        self.exit_dialog.clear()
        self.exit_dialog.open()
        self.exit_dialog.passphrase.setFocus()

    def _verify_exit(self) -> None:
        passphrase = self.exit_dialog.passphrase.text()
        dialog = self.exit_dialog
        if not passphrase:
            dialog.message.setText(self.tr("Enter the passphrase."))
            return
        dialog.ok_button.setEnabled(False)
        dialog.message.setText(self.tr("Checking…"))

        def work(service: Any) -> None:
            service.vault.verify_passphrase(passphrase)

        def failed(message: str) -> None:
            dialog.passphrase.clear()
            dialog.ok_button.setEnabled(True)
            dialog.message.setText(
                self.tr("Wrong passphrase. Kiosk mode continues.") + "\n" + message
            )
            dialog.passphrase.setFocus()

        try:
            self.session.run(work, done=self._exit_verified, failed=failed)
        except MadoguchiError as exc:
            failed(str(exc))

    def _exit_verified(self, _result: object) -> None:
        self.exit_dialog.clear()
        self.exit_dialog.accept()
        self._stop()

    def _on_locked(self) -> None:
        """The vault locked (e.g. idle): nothing can be recorded; end kiosk mode."""
        if self._active:
            self._stop()

    # -- refusing to leave ---------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape, Alt+F4, Ctrl+W/Q/L/N and any other combination stop here.
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self._active
            and not self.isFullScreen()
        ):
            QTimer.singleShot(0, self._refullscreen)

    def _refullscreen(self) -> None:
        if self._active:
            self.showFullScreen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._active:
            return False
        kind = event.type()
        activity = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
        if (
            kind in activity
            and self._owns(watched)
            and self.stack.currentWidget() is not self.language_page
        ):
            self.idle_timer.start()
        if kind == QEvent.Type.ShortcutOverride:
            # Accepting the override turns every would-be shortcut into a plain key
            # press: no action of another window (new case, lock, settings) can fire.
            event.accept()
            return isinstance(watched, QWidget) and not self._owns(watched)
        if kind == QEvent.Type.Shortcut:
            return not self._owns(watched)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return isinstance(watched, QWidget) and not self._owns(watched)
        if kind == QEvent.Type.Close and watched is self and not self._may_close:
            event.ignore()
            return True
        return False


def _discard(widget: QWidget) -> None:
    """Blank and detach a widget now; deleteLater alone would keep its text until the
    event loop gets round to it, and the next worker must find no trace."""
    for label in [widget, *widget.findChildren(QWidget)]:
        if isinstance(label, QLabel | RubyLabel):
            label.clear()
        elif isinstance(label, QAbstractButton):
            label.setText("")
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()

"""The full-screen Safety kiosk: one question at a time, in the worker's language.

The worker sees only the questionnaire.  Nothing of the vault is reachable: the
other windows of the app are hidden, every keyboard shortcut is swallowed while
the kiosk runs, and the window refuses to close until the counselor enters the
passphrase.  After each worker the screen is reset and keeps no trace of the answers.

The walk through the questions (steps, skip logic, back, scoring) is
:class:`desktop.safety.interview.Interview`; this window shows it one step per page.
Its parts live next to it: the contact form (``contact_page``), the result's findings
(``findings``), the app-wide lockdown (``lockdown``) and the exit prompt (``exit_dialog``).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import MadoguchiError
from desktop.safety.interview import FEEDBACK_CONSENT, Interview
from desktop.safety.questionnaire import Question, Questionnaire, load_shipped
from desktop.safety.records import SafetyService
from desktop.safety.scoring import SafetyResult
from ui.error_text import user_message
from ui.kiosk.contact_page import ContactPage
from ui.kiosk.exit_dialog import CounselorExitDialog
from ui.kiosk.findings import clear_findings, show_findings
from ui.kiosk.lockdown import KioskLockdown
from ui.kiosk.ruby import RubyLabel, show_text
from ui.kiosk.setup_dialog import KioskSettings
from ui.kiosk.widgets import (
    BUTTON_HEIGHT,
    TITLE_PT,
    big_button,
    big_label,
    discard,
    enlarge,
)
from ui.session import Session

#: After this long without input in the middle of a questionnaire, the kiosk resets.
IDLE_RESET_MS: Final = 180_000

# The kiosk's own worker-facing texts (buttons, the feedback-consent question, the
# contact form and its consent text) follow the *worker's* language, not the
# counselor's UI language, so they come from the questionnaire (``texts["ui"]``,
# every language with review status) rather than the Qt translator.

_LANGUAGE_TITLE: Final = "Language · 言語 · Ngôn ngữ · 语言 · Wika · Bahasa · भाषा · ဘာသာစကား"


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
        self.interview = Interview(self.questionnaire)
        self.result: SafetyResult | None = None
        self.lockdown = KioskLockdown(self, on_activity=self._note_activity)
        self._saving = False
        enlarge(self)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_RESET_MS)
        self.idle_timer.timeout.connect(self._idle_reset)

        self.stack = QStackedWidget()
        self.language_page = self._build_language_page()
        self.question_page = self._build_question_page()
        self.result_page = self._build_result_page()
        self.contact_page = ContactPage(self.questionnaire)
        self.contact_page.send_button.clicked.connect(self.send_contact)
        self.contact_page.back_button.clicked.connect(
            lambda: self.stack.setCurrentWidget(self.result_page)
        )
        # The form's fields stay reachable as the kiosk's own, as before the form moved out.
        form = self.contact_page
        self.name, self.phone, self.best_time = form.name, form.phone, form.best_time
        self.preferred_language, self.agree = form.preferred_language, form.agree
        self.consent_text, self.consent_ruby = form.consent_text, form.consent_ruby
        self.contact_message, self.send_button = form.message, form.send_button
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
        title = big_label(TITLE_PT)
        title.setText(_LANGUAGE_TITLE)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_label = big_label()
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.language_buttons: dict[str, QPushButton] = {}
        for i, (code, lang) in enumerate(self.questionnaire.languages.items()):
            button = big_button(f"lang-{code}")
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
        self.progress_label = big_label()
        self.question_label = big_label(TITLE_PT)
        self.question_ruby = RubyLabel()
        enlarge(self.question_ruby, TITLE_PT)
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
        enlarge(self.number, TITLE_PT)
        self.minus_button = big_button("kiosk-minus")
        self.minus_button.setText("−")
        self.minus_button.setAccessibleName("-")
        self.minus_button.clicked.connect(self.number.stepDown)
        self.plus_button = big_button("kiosk-plus")
        self.plus_button.setText("+")
        self.plus_button.setAccessibleName("+")
        self.plus_button.clicked.connect(self.number.stepUp)
        for b in (self.minus_button, self.plus_button):
            b.setMinimumWidth(BUTTON_HEIGHT)
        self.number_next = big_button("kiosk-number-next")
        self.number_next.clicked.connect(lambda: self.answer(self.number.value()))
        self.number_skip = big_button("kiosk-number-skip")
        self.number_skip.clicked.connect(lambda: self.answer(None))
        row = QHBoxLayout()
        row.addWidget(self.minus_button)
        row.addWidget(self.number, 1)
        row.addWidget(self.plus_button)
        number_layout = QVBoxLayout(self.number_box)
        number_layout.addLayout(row)
        number_layout.addWidget(self.number_next)
        number_layout.addWidget(self.number_skip)

        self.back_button = big_button("kiosk-back")
        self.back_button.clicked.connect(self.back)
        self.stop_button = big_button("kiosk-stop")
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
        self.result_title = big_label(TITLE_PT)
        self.risk_label = big_label(TITLE_PT)
        self.risk_label.setObjectName("kiosk-risk")
        self.risk_plain = big_label()
        self.findings_box = QWidget()
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.findings_box)
        self.result_message = big_label()
        self.contact_button = big_button("kiosk-ask-contact")
        self.contact_button.clicked.connect(self.show_contact)
        self.finish_button = big_button("kiosk-finish")
        self.finish_button.clicked.connect(self.finish)
        self.result_back = big_button("kiosk-result-back")
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

    # -- running -----------------------------------------------------------------
    def start(self) -> None:
        """Hide the app's other windows, take over the screen and every shortcut."""
        self.lockdown.engage()
        self.reset()
        self._cover_the_screen()
        self.raise_()
        self.activateWindow()

    def _stop(self) -> None:
        self.idle_timer.stop()
        self.lockdown.release()
        self.reset()
        self.exit_dialog.hide()
        self.close()
        self.lockdown.restore_windows()
        self.finished.emit()

    def _note_activity(self) -> None:
        """Input inside the kiosk: a worker in the middle of the questions is still there."""
        if self.stack.currentWidget() is not self.language_page:
            self.idle_timer.start()

    # -- the worker's flow ---------------------------------------------------------
    def reset(self) -> None:
        """Forget the current worker: every answer and field, back to the language page."""
        self.idle_timer.stop()
        self.language = None
        self.interview = Interview(self.questionnaire)
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
        self.contact_page.clear()
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
        self.contact_page.set_language(code, t)
        self.interview.position = 0
        self._show_step()

    def _t(self, key: str) -> str:
        """A kiosk text (``texts["ui"]`` of the questionnaire) in the worker's language."""
        lang = self.language or self.questionnaire.default_language
        return self.questionnaire.text("ui", key, lang)

    # The interview's state, read where the tests and the pages look for it.
    @property
    def answers(self) -> dict[str, Any]:
        """The current worker's answers (none to a question hidden by skip logic)."""
        return dict(self.interview.answers)

    @property
    def consent_feedback(self) -> bool | None:
        return self.interview.feedback_consent

    @property
    def position(self) -> int:
        return self.interview.position

    @position.setter
    def position(self, value: int) -> None:
        self.interview.position = value

    def steps(self) -> tuple[str, ...]:
        """The ids of the questions to ask now, the feedback-consent question last."""
        return self.interview.steps()

    def _clear_answer_buttons(self) -> None:
        for button in self.answer_buttons.values():
            self.answer_layout.removeWidget(button)
            discard(button)
        self.answer_buttons = {}

    def _clear_findings(self) -> None:
        clear_findings(self.findings_layout)

    def _add_choice(self, answer_id: str, label: str, value: object, current: object) -> None:
        button = big_button(f"answer-{answer_id}")
        button.setText(label)
        button.setCheckable(True)
        button.setChecked(current == value)
        button.clicked.connect(lambda _=False, v=value: self.answer(v))
        self.answer_layout.addWidget(button)
        self.answer_buttons[answer_id] = button

    def _show_step(self) -> None:
        interview = self.interview
        steps = interview.steps()
        interview.position = min(interview.position, len(steps) - 1)
        lang = self.language or self.questionnaire.default_language
        self._clear_answer_buttons()
        self.number_box.hide()
        self.progress_label.setText(
            self._t("question_of").format(n=interview.position + 1, total=len(steps))
        )
        current = interview.current_answer()
        question = interview.current_question()
        if question is None:  # the feedback-consent step
            show_text(self.question_label, self.question_ruby, self._t(FEEDBACK_CONSENT), lang)
            self._add_choice("yes", self._t("yes"), True, current)
            self._add_choice("no", self._t("no"), False, current)
        else:
            text = self.questionnaire.question_text(question, lang).question
            show_text(self.question_label, self.question_ruby, text, lang)
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
        self.interview.answer(value)
        if self.interview.done:
            self.show_result()
        else:
            self._show_step()

    def back(self) -> None:
        """One step back (from the result: to the last question); before the first, reset."""
        if self.interview.back():
            self._show_step()
        else:
            self.reset()

    def show_result(self) -> None:
        q = self.questionnaire
        lang = self.language or q.default_language
        result = self.interview.finish().result
        self.result = result
        self.result_title.setText(self._t("result_title"))
        self.risk_label.setText(self._t("overall").format(risk=q.text("risks", result.risk, lang)))
        self.risk_plain.setText(self._t(f"risk_{result.risk}"))
        show_findings(self.findings_layout, q, result, lang, self._t)
        self.result_message.clear()
        self.stack.setCurrentWidget(self.result_page)
        self.idle_timer.start()

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
            "consent_company_feedback": bool(self.interview.feedback_consent),
        }

    def finish(self) -> None:
        """Store the answers anonymously, then reset for the next worker."""
        answers = self.interview.answers
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
        if not self.contact_page.complete(self._t):
            return
        name = self.name.text().strip()
        contact = self.phone.text().strip()
        answers = self.interview.answers
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
            failed(user_message(exc))

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
            self.session.verify_passphrase(passphrase)

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
            failed(user_message(exc))

    def _exit_verified(self, _result: object) -> None:
        self.exit_dialog.clear()
        self.exit_dialog.accept()
        self._stop()

    def _on_locked(self) -> None:
        """The vault locked (e.g. idle): nothing can be recorded; end kiosk mode."""
        if self.lockdown.active:
            self._stop()

    # -- refusing to leave ---------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lockdown.may_close:
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
            and self.lockdown.active
            and not self.isFullScreen()
        ):
            QTimer.singleShot(0, self._refullscreen)

    def _refullscreen(self) -> None:
        if self.lockdown.active:
            self._cover_the_screen()

    def _cover_the_screen(self) -> None:
        self.showFullScreen()
        # Full-screen is a request to the window manager; on a bare X server (seen under
        # Xvfb) nobody honours it and the kiosk stayed at its own size.  Then the window
        # itself takes the screen's whole area (its widget state stays full-screen).
        QTimer.singleShot(300, self._fill_the_screen)

    def _fill_the_screen(self) -> None:
        handle = self.windowHandle()
        area = self.screen().geometry()
        if self.lockdown.active and handle is not None and self.geometry() != area:
            handle.setGeometry(area)

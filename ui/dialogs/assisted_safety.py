"""Assisted Safety self-diagnosis: a counselor asks the questions, the answers go to the case.

Every question is on one form; skip logic (which questions show, which answers count)
is :class:`desktop.safety.interview.Interview`, the same walk the kiosk uses.  A hidden
question keeps its input as the counselor left it, so answering "yes" again brings the
earlier figure back, but the interview never counts or saves it while hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import PartyRole
from desktop.cases.service import CaseService, RecordView
from desktop.safety.interview import Interview
from desktop.safety.questionnaire import Question, Questionnaire, load_shipped
from desktop.safety.records import SafetyService
from ui.screen_fit import fit_to_screen
from ui.session import Session
from ui.widgets import guarded, labelled_form

NOT_ANSWERED = -1  # the number spin boxes' "not answered" value


def counselor_language(questionnaire: Questionnaire) -> str:
    """The questionnaire language closest to the counselor's UI: Japanese or English."""
    if QLocale().language() == QLocale.Language.Japanese and "ja" in questionnaire.languages:
        return "ja"
    return "en" if "en" in questionnaire.languages else questionnaire.default_language


def employer_party(parties: list[RecordView]) -> tuple[str, str]:
    """Name and establishment of the case's (first, not removed) employer, or empty."""
    for party in parties:
        if party.data.get("role") == PartyRole.EMPLOYER.value and not party.deleted:
            return str(party.data.get("name") or ""), str(party.data.get("establishment") or "")
    return "", ""


class QuestionBox(QWidget):
    """One question: its wording in the worker's language, the counselor's, and the input."""

    def __init__(
        self, question: Question, questionnaire: Questionnaire, dialog: AssistedSafetyDialog
    ) -> None:
        super().__init__()
        self.question = question
        self.questionnaire = questionnaire
        self.dialog = dialog
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setStyleSheet("font-weight: bold;")
        self.counselor_wording = QLabel()
        self.counselor_wording.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.wording)
        layout.addWidget(self.counselor_wording)
        self.group: QButtonGroup | None = None
        self.radios: dict[str, QRadioButton] = {}
        self.combo: QComboBox | None = None
        self.spin: QSpinBox | None = None
        if question.type == "yes_no_unsure":
            row = QHBoxLayout()
            self.group = QButtonGroup(self)
            for answer in ("yes", "no", "unsure"):
                radio = QRadioButton()
                self.radios[answer] = radio
                self.group.addButton(radio)
                row.addWidget(radio)
            row.addStretch(1)
            layout.addLayout(row)
        elif question.type == "choice":
            self.combo = QComboBox()
            layout.addWidget(self.combo)
        else:
            self.spin = QSpinBox()
            self.spin.setMinimum(NOT_ANSWERED)
            top = question.maximum if question.maximum is not None else 1_000_000_000
            self.spin.setMaximum(int(min(top, 2_000_000_000)))
            self.spin.setValue(NOT_ANSWERED)
            layout.addWidget(self.spin)
        layout.addWidget(self.explanation)

    def inputs(self) -> list[QWidget]:
        return [*self.radios.values(), *([self.combo] if self.combo else []),
                *([self.spin] if self.spin else [])]  # fmt: skip

    def set_language(self, language: str, counselor: str) -> None:
        q, qn = self.question, self.questionnaire
        text = qn.question_text(q, language)
        own = qn.question_text(q, counselor)
        self.wording.setText(text.question)
        self.explanation.setText(text.explanation)
        self.counselor_wording.setText(own.question)
        self.counselor_wording.setVisible(own.question != text.question)
        t = self.dialog.ui_texts()
        names = {"yes": t["yes"], "no": t["no"], "unsure": t["unsure"]}
        for answer, radio in self.radios.items():
            radio.setText(names[answer])
            radio.setAccessibleName(f"{own.question} {names[answer].replace('&', '')}")
        if self.combo is not None:
            current = self.combo.currentData()
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItem(t["not_answered"], None)
            for option in q.options:
                self.combo.addItem(qn.option_label(option, language), option.id)
            index = self.combo.findData(current)
            self.combo.setCurrentIndex(max(index, 0))
            self.combo.blockSignals(False)
            self.combo.setAccessibleName(own.question)
        if self.spin is not None:
            self.spin.setSpecialValueText(t["not_answered"])
            self.spin.setSuffix(
                t["hours"] if q.unit == "hours_per_month"
                else f" {q.currency}" if q.currency else ""
            )  # fmt: skip
            self.spin.setAccessibleName(own.question)

    def answer(self) -> Any:
        if self.group is not None:
            for answer, radio in self.radios.items():
                if radio.isChecked():
                    return answer
            return None
        if self.combo is not None:
            return self.combo.currentData()
        assert self.spin is not None
        return None if self.spin.value() == NOT_ANSWERED else self.spin.value()


class AssistedSafetyDialog(QDialog):
    """Go through the Safety questionnaire with a worker and save the result in the case."""

    def __init__(
        self,
        session: Session,
        case_id: str,
        parties: list[RecordView] | None = None,
        parent: QWidget | None = None,
        questionnaire: Questionnaire | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.saved_id: str | None = None
        self.questionnaire = qn = questionnaire or load_shipped()
        # Consent to employer feedback is the check box below, not a step.
        self.interview = Interview(qn, ask_feedback_consent=False)
        self.counselor = counselor_language(qn)
        self.setWindowTitle(self.tr("Assisted Safety self-diagnosis"))
        fit_to_screen(self, 720, 640)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the questions"))
        for code, lang in qn.languages.items():
            self.language.addItem(f"{lang.name} — {self.status_label(lang.review_status)}", code)
        self.language.setCurrentIndex(max(self.language.findData(self.counselor), 0))
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setStyleSheet("font-weight: bold;")

        self.boxes: dict[str, QuestionBox] = {}
        inner = QWidget()
        questions = QVBoxLayout(inner)
        for question in qn.questions:
            box = QuestionBox(question, qn, self)
            self.boxes[question.id] = box
            questions.addWidget(box)
            if box.group is not None:
                box.group.buttonToggled.connect(self._update_visible)
            if box.combo is not None:
                box.combo.currentIndexChanged.connect(self._update_visible)
            if box.spin is not None:
                box.spin.valueChanged.connect(self._update_visible)
        questions.addStretch(1)
        self.questions_area = QScrollArea()
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setWidget(inner)
        self.questions_area.setAccessibleName(self.tr("Questions"))

        name, establishment = employer_party(parties or [])
        self.employer = QLineEdit(name)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.establishment = QLineEdit(establishment)
        self.establishment.setAccessibleName(self.tr("Establishment"))
        self.consent = QCheckBox(
            self.tr("The worker &agrees that this answer may be used, without the worker's "
                    "name, in feedback to the employer")
        )  # fmt: skip
        self.consent.setAccessibleName(self.tr("Consent to anonymous feedback to the employer"))
        form = labelled_form(
            [
                (self.tr("&Language:"), self.language),
                (self.tr("&Employer:"), self.employer),
                (self.tr("Es&tablishment:"), self.establishment),
            ]
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        self.message.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save to case"))
        self.save_button.setAccessibleName(self.tr("Save the answers to the case"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.review)
        layout.addWidget(self.questions_area, 1)
        layout.addWidget(self.consent)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

    def ui_texts(self) -> dict[str, str]:
        """Counselor-UI texts the question boxes use (translated in this dialog's context)."""
        return {
            "yes": self.tr("&Yes"),
            "no": self.tr("N&o"),
            "unsure": self.tr("&Unsure"),
            "not_answered": self.tr("Not answered"),
            "hours": self.tr(" hours a month"),
        }

    def status_label(self, status: str) -> str:
        return {
            "reviewed": self.tr("reviewed"),
            "machine-drafted": self.tr("machine-drafted"),
            "incomplete": self.tr("incomplete translation"),
        }.get(status, status)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_changed(self) -> None:
        code = self.chosen_language()
        status = self.questionnaire.languages[code].review_status
        if status == "reviewed":
            text = self.tr("Translation status: reviewed by a person.")
        elif status == "machine-drafted":
            text = self.tr(
                "Translation status: machine-drafted, not yet reviewed by a person. "
                "Check that the worker understands each question."
            )
        else:
            text = self.tr(
                "Translation status: incomplete; missing texts are shown in the default language."
            )
        self.review.setText(text)
        self.review.setAccessibleName(self.status_label(status))
        for box in self.boxes.values():
            box.set_language(code, self.counselor)
        self._update_visible()

    def _raw_answers(self) -> dict[str, Any]:
        return {qid: box.answer() for qid, box in self.boxes.items()}

    def _update_visible(self, *_: object) -> None:
        self.interview.replace_answers(self._raw_answers())
        visible = {q.id for q in self.interview.visible_questions()}
        for qid, box in self.boxes.items():
            box.setVisible(qid in visible)

    def answers(self) -> dict[str, Any]:
        """Answers to the questions currently shown (skip logic applied), unanswered left out."""
        self.interview.replace_answers(self._raw_answers())
        return dict(self.interview.answers)

    def input_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.language, self.employer, self.establishment, self.consent]
        for box in self.boxes.values():
            widgets.extend(box.inputs())
        return widgets

    def save(self) -> None:
        self.message.hide()
        if not self.session.is_unlocked:
            return
        answers = self.answers()
        if not answers:
            self.show_error(self.tr("Answer at least one question before saving."))
            return
        case_id = self.case_id
        language = self.chosen_language()
        consent = self.consent.isChecked()
        employer = self.employer.text().strip() or None
        establishment = self.establishment.text().strip() or None
        questionnaire = self.questionnaire

        def record(service: CaseService) -> str:
            return SafetyService(service, questionnaire=questionnaire).record_assisted(
                case_id, answers, language=language, consent_company_feedback=consent,
                employer=employer, establishment=establishment,
            )  # fmt: skip

        self.save_button.setEnabled(False)
        self.session.run(
            record, done=guarded(self, self._saved), failed=guarded(self, self.show_error),
            changes=case_id,
        )  # fmt: skip

    def _saved(self, record_id: str) -> None:
        self.saved_id = record_id
        self.accept()

    def show_error(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(message)
        self.message.show()

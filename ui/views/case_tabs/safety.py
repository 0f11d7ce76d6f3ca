"""Safety tab: the case's Safety self-diagnoses and a new assisted one."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import RecordView
from desktop.cases.views import CaseDetails
from desktop.errors import MadoguchiError
from desktop.safety.questionnaire import LEVELS, Questionnaire, load_shipped
from desktop.safety.records import records_of_case
from desktop.safety.scoring import score
from ui.dialogs.assisted_safety import AssistedSafetyDialog, counselor_language
from ui.error_text import user_message
from ui.session import Session
from ui.views.case_tabs.common import (
    CaseTab,
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
)
from ui.widgets import guarded

STRONG = ("likely", "severe")  # indicator levels listed in the table


class SafetyTab(CaseTab):
    """Table of Safety records, the selected one in detail, and a new assisted self-diagnosis."""

    kinds = frozenset({"safety", "party"})  # the assisted interview is given the parties

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self._parties: list[RecordView] = []
        self._request = 0
        self.dialog: AssistedSafetyDialog | None = None
        self.questionnaire: Questionnaire | None
        try:
            self.questionnaire = load_shipped()
        except MadoguchiError as exc:
            self.questionnaire = None
            self.show_error(user_message(exc))
        self.display = QComboBox()
        self.display.setAccessibleName(self.tr("Language of the results"))
        if self.questionnaire is not None:
            for code, lang in self.questionnaire.languages.items():
                self.display.addItem(lang.name, code)
            index = self.display.findData(counselor_language(self.questionnaire))
            self.display.setCurrentIndex(max(index, 0))
        self.display.currentIndexChanged.connect(self._language_changed)
        display_label = QLabel(self.tr("Show &results in:"))
        display_label.setBuddy(self.display)

        self.model = RecordTableModel(
            [
                Column(self.tr("Date"), lambda r: str(r.data.get("answered_on") or "")),
                Column(self.tr("Mode"), lambda r: self.mode_label(str(r.data.get("mode") or ""))),
                Column(self.tr("Language"), lambda r: self.language_name(r)),
                Column(self.tr("Overall risk"), lambda r: self.text("risks", r.data.get("risk"))),
                Column(self.tr("Likely or severe indicators"), self.strong_indicators),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Safety self-diagnoses"))
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected self-diagnosis in detail"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)

        self.new_button = QPushButton(self.tr("New ass&isted self-diagnosis…"))
        self.new_button.setAccessibleName(self.tr("New assisted self-diagnosis"))
        self.new_button.clicked.connect(self._new)
        self.new_button.setEnabled(self.questionnaire is not None)
        top = QHBoxLayout()
        top.addWidget(display_label)
        top.addWidget(self.display)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- texts ---------------------------------------------------------------------------
    def lang(self) -> str:
        return str(self.display.currentData() or "en")

    def text(self, kind: str, item: object) -> str:
        if self.questionnaire is None or item is None:
            return str(item or "")
        try:
            return self.questionnaire.text(kind, str(item), self.lang())
        except KeyError:
            return str(item)

    def mode_label(self, mode: str) -> str:
        return {
            "assisted": self.tr("Assisted"),
            "kiosk": self.tr("Kiosk"),
            "anonymous": self.tr("Anonymous"),
        }.get(mode, mode)

    def language_name(self, record: RecordView) -> str:
        code = str(record.data.get("language") or "")
        if self.questionnaire is not None and code in self.questionnaire.languages:
            return self.questionnaire.languages[code].name
        return code

    def strong_indicators(self, record: RecordView) -> str:
        levels = record.data.get("levels") or {}
        strong = [k for k, v in levels.items() if v in STRONG]
        strong.sort(key=lambda k: -LEVELS.index(levels[k]) if levels[k] in LEVELS else 0)
        return ", ".join(self.text("indicators", k) for k in strong)

    # -- loading -------------------------------------------------------------------------
    def load(self, view: CaseDetails) -> None:
        self._parties = list(view.parties)
        self._request += 1
        number = self._request
        case_id = self.case_id
        self.session.run(
            lambda s: records_of_case(s, case_id),
            done=guarded(self, lambda records: self._fill(number, records)),
            failed=guarded(self, self.show_error),
        )

    def _fill(self, number: int, records: list[RecordView]) -> None:
        if number != self._request or not self.session.is_unlocked:
            return
        current = selected_record(self.table, self.model)
        self.model.set_records(records)
        select_by_id(self.table, self.model, current.entity_id if current else None)
        if not selected_record(self.table, self.model) and records:
            self.table.selectRow(0)
        self._show_detail()

    def _language_changed(self) -> None:
        current = selected_record(self.table, self.model)
        self.model.set_records(self.model.records())
        select_by_id(self.table, self.model, current.entity_id if current else None)
        self._show_detail()

    # -- detail --------------------------------------------------------------------------
    def _show_detail(self, *_: object) -> None:
        record = selected_record(self.table, self.model)
        self.detail.setHtml(self.detail_html(record) if record else "")

    def detail_html(self, record: RecordView) -> str:
        data: dict[str, Any] = record.data
        lang = self.lang()
        esc = html.escape
        parts = [
            f"<h3>{esc(self.tr('Overall risk: {0}').format(self.text('risks', data.get('risk'))))}"
            "</h3>"
        ]
        facts = [
            (self.tr("Date"), str(data.get("answered_on") or "")),
            (self.tr("Mode"), self.mode_label(str(data.get("mode") or ""))),
            (self.tr("Language"), self.language_name(record)),
            (self.tr("Employer"), str(data.get("employer") or "")),
            (self.tr("Establishment"), str(data.get("establishment") or "")),
            (
                self.tr("Consent to feedback to the employer"),
                self.tr("Yes") if data.get("consent_company_feedback") else self.tr("No"),
            ),
        ]
        parts.append("<p>" + "<br>".join(f"{esc(k)}: {esc(v)}" for k, v in facts if v) + "</p>")
        answers = data.get("answers") or {}
        reasons: dict[str, list[str]] = {}
        qn = self.questionnaire
        if qn is not None and data.get("questionnaire_version") == qn.version:
            try:
                result = score(qn, answers)
            except MadoguchiError:
                result = None
            if result is not None:
                for ind in result.indicators:
                    reasons[ind.indicator] = [
                        self._answer_text(r.question, r.answer, lang)
                        for r in ind.reasons
                        if r.level == ind.level
                    ]
        levels = data.get("levels") or {}
        ordered = sorted(
            levels, key=lambda k: -LEVELS.index(levels[k]) if levels[k] in LEVELS else 0
        )
        rows = []
        for indicator in ordered:
            because = "<br>".join(esc(t) for t in reasons.get(indicator, []))
            rows.append(
                f"<tr><td>{esc(self.text('indicators', indicator))}</td>"
                f"<td>{esc(self.text('levels', levels[indicator]))}</td><td>{because}</td></tr>"
            )
        parts.append(
            f"<table border='1' cellpadding='3'><tr><th>{esc(self.tr('Indicator'))}</th>"
            f"<th>{esc(self.tr('Level'))}</th><th>{esc(self.tr('Because of the answers'))}</th>"
            f"</tr>{''.join(rows)}</table>"
        )
        steps = data.get("next_steps") or []
        if steps:
            parts.append(f"<h4>{esc(self.tr('Next steps'))}</h4><ol>")
            parts.extend(f"<li>{esc(self.text('next_steps', s))}</li>" for s in steps)
            parts.append("</ol>")
        return "".join(parts)

    def _answer_text(self, question_id: str, answer: object, lang: str) -> str:
        qn = self.questionnaire
        assert qn is not None
        question = qn.question(question_id)
        wording = qn.question_text(question, lang).question
        shown: str
        if question.type == "choice":
            option = next((o for o in question.options if o.id == answer), None)
            shown = qn.option_label(option, lang) if option else str(answer)
        elif question.type == "yes_no_unsure":
            shown = {"yes": self.tr("Yes"), "no": self.tr("No"),
                     "unsure": self.tr("Unsure")}.get(str(answer), str(answer))  # fmt: skip
        else:
            shown = str(answer)
        return f"{wording} → {shown}"

    # -- new -----------------------------------------------------------------------------
    def _new(self) -> None:
        if self.questionnaire is None:
            return
        self.clear_error()
        self.dialog = AssistedSafetyDialog(
            self.session, self.case_id, self._parties, self, questionnaire=self.questionnaire
        )
        self.dialog.open()

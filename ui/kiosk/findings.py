"""The kiosk's result in the worker's words: each raised indicator, why, and what to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.safety.questionnaire import Questionnaire
from desktop.safety.scoring import SafetyResult
from ui.kiosk.widgets import FONT_PT, big_label, discard, text_label


def show_findings(
    layout: QVBoxLayout,
    questionnaire: Questionnaire,
    result: SafetyResult,
    language: str,
    ui_text: Callable[[str], str],
) -> None:
    """Fill ``layout`` with the findings and next steps of ``result`` in ``language``.

    Each finding is followed by the plain explanation of rights of the questions that
    raised it; a question that raised several indicators is explained once only.
    ``ui_text`` gives the kiosk's own texts (headings) in the worker's language.
    """
    q = questionnaire
    clear_findings(layout)
    explained: set[str] = set()
    findings = [r for r in result.indicators if r.level != "none"]
    if findings:
        layout.addWidget(_heading(ui_text("findings")))
    for finding in findings:
        title = text_label(language)
        title.setText(
            f"{q.text('indicators', finding.indicator, language)}: "
            f"{q.text('levels', finding.level, language)}"
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        for qid in finding.question_ids:
            if qid in explained:
                continue
            explained.add(qid)
            text = text_label(language, FONT_PT - 2)
            text.setText(q.question_text(q.question(qid), language).explanation)
            layout.addWidget(text)
    if result.next_steps:
        layout.addWidget(_heading(ui_text("next_steps")))
        for step in result.next_steps:
            item = text_label(language, FONT_PT - 2)
            item.setText(f"• {q.text('next_steps', step, language)}")
            layout.addWidget(item)
    layout.addStretch(1)


def clear_findings(layout: QVBoxLayout) -> None:
    """Empty ``layout`` at once, leaving no text behind for the next worker."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            discard(widget)


def _heading(text: str) -> QLabel:
    label = big_label(FONT_PT + 2)
    label.setText(text)
    return label

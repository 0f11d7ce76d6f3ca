"""The Safety tab and the assisted self-diagnosis dialog, driven as a counselor would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

from tests.ui.conftest import wait_for
from tests.ui.test_case_view import table_texts
from ui.dialogs.assisted_safety import AssistedSafetyDialog
from ui.session import Session
from ui.views.case_view import CaseView


@pytest.fixture
def case_id(qtbot, session: Session) -> str:
    case = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Tran Thi Binh"}))
    wait_for(
        qtbot, session,
        lambda s: s.add_party(case, {"role": "employer", "name": "Sakura Foods",
                                     "establishment": "Gifu plant"}),
    )  # fmt: skip
    return case


@pytest.fixture
def view(qtbot, session: Session, case_id: str) -> CaseView:
    widget = CaseView(session, case_id)
    qtbot.addWidget(widget)
    session.changed.connect(widget.apply)
    qtbot.waitUntil(lambda: "Tran Thi Binh" in widget.title, timeout=10_000)
    return widget


def open_dialog(qtbot, view: CaseView) -> AssistedSafetyDialog:
    qtbot.waitUntil(lambda: bool(view.safety._parties), timeout=10_000)
    view.safety.new_button.click()
    dialog = view.safety.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_assisted_answers_are_saved_and_listed(qtbot, view: CaseView) -> None:
    dialog = open_dialog(qtbot, view)
    assert dialog.employer.text() == "Sakura Foods"
    assert dialog.establishment.text() == "Gifu plant"
    docs = dialog.boxes["q_documents_held"].combo
    assert docs is not None
    docs.setCurrentIndex(docs.findData("employer_refuses"))
    hours = dialog.boxes["q_overtime_hours"]
    assert hours.isHidden()  # skip logic: only after "yes" to overtime
    dialog.boxes["q_overtime"].radios["yes"].setChecked(True)
    assert not hours.isHidden()
    assert hours.spin is not None
    hours.spin.setValue(100)
    assert dialog.answers() == {
        "q_documents_held": "employer_refuses",
        "q_overtime": "yes",
        "q_overtime_hours": 100,
    }
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: dialog.saved_id is not None or dialog.message.isVisible(), timeout=10_000
    )
    assert dialog.saved_id is not None, dialog.message.text()

    tab = view.safety
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    texts = table_texts(tab.table)
    qn = tab.questionnaire
    assert qn is not None
    lang = tab.lang()
    assert qn.text("risks", "urgent", lang) in texts
    strong = texts[4]
    assert qn.text("indicators", "retention_of_identity_documents", lang) in strong
    assert qn.text("indicators", "excessive_overtime", lang) in strong
    detail = tab.detail.toPlainText()
    assert qn.text("next_steps", "urgent_referral", lang) in detail
    assert "100" in detail  # the answer that raised excessive overtime


def test_dialog_shows_review_status(qtbot, view: CaseView) -> None:
    dialog = open_dialog(qtbot, view)
    qn = dialog.questionnaire
    for code, lang in qn.languages.items():
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        item = dialog.language.currentText()
        assert lang.name in item
        status = dialog.status_label(lang.review_status)
        assert status in item
        assert status in dialog.review.text() or lang.review_status == "incomplete"


def test_save_errors_show_in_the_dialog(qtbot, view: CaseView) -> None:
    dialog = open_dialog(qtbot, view)
    dialog.save_button.click()  # nothing answered
    assert dialog.message.isVisible()
    assert dialog.saved_id is None


def test_every_input_has_an_accessible_name(qtbot, view: CaseView) -> None:
    dialog = open_dialog(qtbot, view)
    inputs = dialog.findChildren(QAbstractButton) + dialog.findChildren(QComboBox)
    inputs += dialog.findChildren(QSpinBox) + dialog.findChildren(QLineEdit)
    inputs = [w for w in inputs if w.parent() is not None and "qt_" not in w.objectName()]
    assert inputs
    missing = [w for w in inputs if not w.accessibleName()]
    assert not missing, [(type(w).__name__, w.text() if hasattr(w, "text") else "")
                         for w in missing]  # fmt: skip
    tab = view.safety
    for widget in (tab.display, tab.table, tab.detail, tab.new_button):
        assert widget.accessibleName()


@pytest.mark.parametrize(("language", "expected"), [("ja", "ja"), ("en", "en")])
def test_result_language_follows_the_interface_language(qapp, language: str, expected: str) -> None:
    from PySide6.QtCore import QLocale

    from desktop.safety.questionnaire import load_shipped
    from ui.app import install_translators
    from ui.dialogs.assisted_safety import counselor_language

    before = QLocale()
    translators = install_translators(qapp, language)
    try:
        assert counselor_language(load_shipped()) == expected
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)

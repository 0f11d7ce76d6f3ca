"""The case view and the new-case dialog, driven as a counselor would (offscreen)."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import wait_for
from ui.dialogs.new_case import NewCaseDialog
from ui.session import Session
from ui.views.case_view import CaseView

PHONE = "090-1234-5678"


@pytest.fixture
def case_id(qtbot, session: Session) -> str:
    return wait_for(
        qtbot,
        session,
        lambda s: s.create_case(
            {"full_name": "Nguyen Van An", "phone": PHONE, "residence_card_number": "AB12345678CD"},
            case={"summary": "Unpaid overtime since March"},
            topics=[{"category": "labour", "subtopic": "unpaid_wages"}],
            note="First call",
        ),
    )


@pytest.fixture
def view(qtbot, session: Session, case_id: str) -> CaseView:
    widget = CaseView(session, case_id)
    qtbot.addWidget(widget)
    # What the workspace does: hand the open case every change notice.
    session.changed.connect(widget.apply)
    qtbot.waitUntil(lambda: widget.overview.full_name.value() == "Nguyen Van An", timeout=10_000)
    return widget


def table_texts(table: QTableView) -> list[str]:
    model = table.model()
    return [
        str(model.index(row, col).data() or "")
        for row in range(model.rowCount())
        for col in range(model.columnCount())
    ]


def test_tabs_fill_from_the_case(qtbot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: "Nguyen Van An" in view.title, timeout=5_000)
    assert view.title.endswith("– Nguyen Van An")
    assert view.overview.summary.value() == "Unpaid overtime since March"
    assert view.overview.phone.value() == PHONE
    card = view.overview.residence_card_number
    assert card.line.echoMode() == QLineEdit.EchoMode.Password  # masked by default
    assert card.show_toggle is not None
    card.show_toggle.setChecked(True)
    assert card.line.echoMode() == QLineEdit.EchoMode.Normal
    assert view.overview.topics.count() == 1
    assert any("First call" in t for t in table_texts(view.timeline.table))


def test_title_signal_is_emitted(qtbot, session: Session, case_id: str) -> None:
    widget = CaseView(session, case_id)  # the read finishes only once the event loop runs
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.title_changed, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].endswith("– Nguyen Van An")


def test_quick_entry_adds_a_timeline_entry(qtbot, view: CaseView) -> None:
    tab = view.timeline
    tab.note.setPlainText("Called the employer about the payslips")
    tab.minutes.setValue(15)
    qtbot.keyClick(tab.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any("payslips" in t for t in table_texts(tab.table)), timeout=10_000)
    assert tab.note.toPlainText() == ""  # ready for the next entry
    assert not tab.message.isVisible()


def test_timeline_times_read_as_a_clock_not_iso(
    qtbot, session: Session, case_id: str, view: CaseView
) -> None:  # type: ignore[no-untyped-def]
    # Demo and synced entries carry an offset ("…T10:05+09:00"); people read a plain time.
    wait_for(qtbot, session, lambda s: s.add_timeline_entry(case_id, {
        "occurred_at": "2026-03-01T10:05+09:00", "note": "Offset entry"}))  # fmt: skip
    tab = view.timeline
    qtbot.waitUntil(
        lambda: any("Offset entry" in t for t in table_texts(tab.table)), timeout=10_000
    )
    model = tab.table.model()
    row = next(r for r in range(model.rowCount())
               if "Offset entry" in str(model.index(r, model.columnCount() - 1).data()))  # fmt: skip
    when = str(model.index(row, 0).data())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", when), when


def test_empty_note_is_refused_in_words(qtbot, view: CaseView) -> None:
    tab = view.timeline
    tab.add_button.click()
    assert tab.message.text()
    assert not tab.message.isHidden()


def test_evidence_import_shows_its_hash(qtbot, view: CaseView, tmp_path: Path) -> None:
    content = b"payslip March 2026\n" * 5000
    path = tmp_path / "payslip.txt"
    path.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    tab = view.evidence
    tab.source.setText("Photo sent by the worker")
    tab.import_files([str(path)])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=15_000)
    assert sha[:12] + "…" in table_texts(tab.table)
    tooltip = tab.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == sha
    qtbot.waitUntil(lambda: sha in tab.preview.details.text(), timeout=5_000)
    assert "Photo sent by the worker" in tab.preview.details.text()
    assert tab.imports.isHidden()

    exported = tmp_path / "out" / "copy.txt"
    exported.parent.mkdir()
    tab.export_to(tab.model.record_at(0).entity_id, exported)
    qtbot.waitUntil(exported.exists, timeout=10_000)
    assert exported.read_bytes() == content


def test_duplicate_warning_offers_the_existing_case(qtbot, session: Session, case_id: str) -> None:
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.duplicates.isHidden()
    qtbot.keyClicks(dialog.phone, PHONE)
    qtbot.waitUntil(lambda: dialog.matches.count() > 0, timeout=10_000)
    assert not dialog.duplicates.isHidden()
    assert "same phone" in dialog.matches.item(0).text()
    with qtbot.waitSignal(dialog.open_case, timeout=5_000) as blocker:
        dialog.open_existing.click()
    assert blocker.args == [case_id]


def test_new_case_dialog_creates_and_opens(qtbot, session: Session) -> None:
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    dialog.create_button.click()  # no name yet
    assert "full name" in dialog.message.text()
    dialog.full_name.setText("Tran Thi Binh")
    dialog.residence_expiry.setText("not a date")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: "residence_expiry" in dialog.message.text(), timeout=10_000)
    dialog.residence_expiry.setText("2027-01-31")
    dialog.topic.setCurrentIndex(dialog.topic.findData("residence"))
    dialog.note.setPlainText("Card expires soon")
    with qtbot.waitSignal(dialog.open_case, timeout=10_000) as blocker:
        dialog.create_button.click()
    new_id = blocker.args[0]
    data = wait_for(qtbot, session, lambda s: s.get_case(new_id))
    assert data.worker.data["full_name"] == "Tran Thi Binh"
    assert [t.data["category"] for t in data.topics] == ["residence"]


def _unnamed_controls(root: QWidget) -> list[str]:
    kinds = (QLineEdit, QComboBox, QPushButton, QTextEdit, QPlainTextEdit, QSpinBox, QCheckBox,
             QTableView)  # fmt: skip
    missing = []
    for kind in kinds:
        for widget in root.findChildren(kind):
            # The line edit inside a spin box or combo box is part of that control;
            # screen readers announce the outer control's name.
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), (QAbstractSpinBox, QComboBox)
            ):
                continue
            if not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                               f"{getattr(widget, 'text', lambda: '')()!r}")  # fmt: skip
    return missing


def test_every_control_has_an_accessible_name(qtbot, session: Session, view: CaseView) -> None:
    assert _unnamed_controls(view) == []
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    assert _unnamed_controls(dialog) == []


def test_saving_the_overview_changes_only_edited_fields(
    qtbot, session: Session, view: CaseView
) -> None:
    tab = view.overview
    tab.summary.text.setPlainText("Unpaid overtime; employer refuses to talk")
    tab.flags.urgent.setChecked(True)
    tab.save_case.click()
    qtbot.waitUntil(
        lambda: not tab.summary.is_changed() and not tab.flags.is_changed(), timeout=10_000
    )
    history = wait_for(qtbot, session, lambda s: s.history(view.case_id))
    assert set(history[-1].fields) == {"summary", "flags"}
    tab.nationality.combo.set_code("VN")  # picked from the country list
    tab.save_worker.click()
    qtbot.waitUntil(lambda: not tab.nationality.is_changed(), timeout=10_000)
    assert not tab.message.isVisible()
    assert tab.flags.value() == ["urgent"]


def test_conflicting_values_are_marked(qtbot, session: Session, view: CaseView) -> None:
    data = wait_for(qtbot, session, lambda s: s.get_case(view.case_id))
    assert data.worker is not None
    clash = dataclasses.replace(
        data.worker, alternatives={"phone": {"op1": "090-1111-2222", "op2": PHONE}}
    )
    view.overview.load(dataclasses.replace(data, worker=clash))
    assert view.overview.phone.in_conflict
    assert "090-1111-2222" in view.overview.phone.marker.text()
    assert not view.overview.full_name.in_conflict
    view.overview.phone.keep.setChecked(True)  # "keep shown value" makes the save settle it
    assert view.overview.phone.is_changed()


def test_people_tab_lists_parties_and_known_names(qtbot, session: Session, view: CaseView) -> None:
    wait_for(qtbot, session, lambda s: s.add_party(view.case_id,
                                                   {"name": "Kaisha Foods", "role": "employer"}))  # fmt: skip
    view.refresh()
    qtbot.waitUntil(lambda: view.people.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Kaisha Foods" in view.people._known_names, timeout=10_000)
    assert "Employer" in table_texts(view.people.table)


def test_history_tab_reads_changes_when_shown(qtbot, view: CaseView) -> None:
    view.show()
    view.tabs.setCurrentWidget(view.history)
    qtbot.waitUntil(lambda: view.history.model.rowCount() >= 3, timeout=10_000)
    texts = table_texts(view.history.table)
    assert "Worker" in texts
    assert not any("AB12345678CD" in t for t in texts)  # the card number stays masked


def test_image_evidence_is_previewed(qtbot, view: CaseView, tmp_path: Path) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "photo.png"
    assert image.save(str(path))
    tab = view.evidence
    tab.import_files([str(path)])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: tab.preview.picture.pixmap() is not None
                    and not tab.preview.picture.pixmap().isNull(), timeout=10_000)  # fmt: skip


def test_closing_the_view_while_it_loads_is_harmless(qtbot, session: Session, case_id: str) -> None:
    widget = CaseView(session, case_id)  # its first read is under way
    widget.deleteLater()
    qtbot.wait(50)
    assert session.background.wait(10_000)
    qtbot.wait(50)  # the late answer arrives and is dropped quietly


def test_evidence_import_can_be_cancelled(qtbot, view: CaseView, tmp_path: Path) -> None:
    # Large enough that the file cannot be stored before the click reaches it (3 MB was
    # stored first once, on a loaded CI machine).
    path = tmp_path / "video.bin"
    path.write_bytes(b"\0" * (64 * 1024 * 1024))
    tab = view.evidence
    tab.import_files([str(path)])
    assert not tab.imports.isHidden()
    tab.imports.cancel_button.click()
    qtbot.waitUntil(tab.imports.isHidden, timeout=30_000)
    assert "cancelled" in tab.message.text()
    assert tab.model.rowCount() == 0


def test_a_cancel_too_late_says_the_file_was_kept(  # type: ignore[no-untyped-def]
    qtbot, view: CaseView, session: Session, tmp_path: Path
) -> None:
    """Cancel pressed after the file was stored but before the window heard of it: the file
    stays, and the tab says so instead of nothing."""
    path = tmp_path / "note.txt"
    path.write_bytes(b"a small file")
    tab = view.evidence
    tab.import_files([str(path)])
    assert session.background.wait(10_000)  # stored; the answer waits in the event queue
    tab.imports.cancel_button.click()
    qtbot.waitUntil(tab.imports.isHidden, timeout=10_000)
    assert "already added" in tab.message.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)

"""The parts the five document dialogs share (ui/dialogs/document_parts.py): the language picker
chooses the worker's own language and shows review statuses, the PDF field refuses folders and
other files in words, the action row disables every action while the core works, and a locked
vault is said on the status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton

from ui.dialogs.document_parts import (
    ActionRow,
    PdfFileField,
    StatusLine,
    WorkerLanguagePicker,
    vault_is_locked,
)
from ui.session import Session

LANGUAGES = [("ja", "日本語", "reviewed"), ("vi", "Tiếng Việt", "machine-drafted"),
             ("id", "Bahasa Indonesia", "machine-drafted")]  # fmt: skip


def _picker(qtbot, session: Session, spoken: list[str]) -> WorkerLanguagePicker:  # type: ignore[no-untyped-def]
    picker = WorkerLanguagePicker("Language")
    qtbot.addWidget(picker)
    assert not picker.isEnabled() and picker.code() is None  # until the list is there
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.load(session, spoken, lambda: LANGUAGES, lambda message: None)
    return picker


def test_the_worker_s_first_available_language_is_chosen(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    # "zh-Hans" is not offered; Vietnamese is the first of the worker's languages that is.
    picker = _picker(qtbot, session, ["zh-Hans", "vi", "id"])
    assert picker.isEnabled() and picker.code() == "vi"
    assert picker.currentText() == "Tiếng Việt — machine-drafted"
    assert [picker.itemData(i) for i in range(picker.count())] == ["ja", "vi", "id"]


def test_japanese_when_the_worker_speaks_none_of_them(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    assert _picker(qtbot, session, ["ne"]).code() == "ja"
    assert _picker(qtbot, session, []).code() == "ja"


def test_a_failed_read_reaches_the_dialog(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    picker = WorkerLanguagePicker("Language")
    qtbot.addWidget(picker)
    said: list[str] = []

    def broken() -> list[tuple[str, str, str]]:
        raise ValueError("the language table is damaged")

    picker.load(session, ["vi"], broken, said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    # An unexpected error comes back as the one generic sentence, never a traceback.
    assert "ValueError" in said[0] and not picker.isEnabled()


def test_pdf_field_takes_pdf_files_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field = PdfFileField("Save as", lambda: "report.pdf")
    qtbot.addWidget(field)
    assert field.path() is None and field.folder_named() is None  # nothing typed
    field.edit.setText(str(tmp_path / "report.txt"))
    assert field.path() is None and field.folder_named() is None
    folder = tmp_path / "looks like.pdf"
    folder.mkdir()
    field.edit.setText(str(folder))
    assert field.path() is None
    assert field.folder_named() == f"{folder} is a folder; choose a file name."
    field.edit.setText(f"  {tmp_path / 'letter.PDF'}  ")
    assert field.path() == tmp_path / "letter.PDF"


def test_action_row_disables_every_action_while_busy(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    first, second = QPushButton("Preview"), QPushButton("Save")
    row = ActionRow(dialog, first, second)
    dialog.setLayout(row)
    row.busy()
    assert not first.isEnabled() and not second.isEnabled()
    row.idle()
    assert first.isEnabled() and second.isEnabled()


def test_status_line_and_a_locked_vault(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    status = StatusLine("Status")
    qtbot.addWidget(status)
    status.problem("Broken.")
    assert status.text() == "Broken." and "d32f2f" in status.styleSheet()
    status.note("Working…")
    assert status.text() == "Working…" and status.styleSheet() == ""
    assert not vault_is_locked(session, status) and status.text() == "Working…"
    session.lock()
    assert vault_is_locked(session, status)
    assert status.text() == "The vault is locked." and "d32f2f" in status.styleSheet()

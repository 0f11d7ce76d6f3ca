"""Referrals, letters, ADR matters, bundles, the PDF preview and the letterhead (offscreen).

Everything runs against a real vault; PDFs are the real ones the core makes,
read back with pikepdf and QtPdf.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox, QWidget
from reportlab.pdfgen import canvas

from desktop.cases.model import REFERRAL_NEXT, ReferralStatus
from tests.ui.conftest import wait_for
from tests.ui.test_panels import unnamed_controls
from ui.prefs import Preferences
from ui.session import Session
from ui.views.case_view import CaseView

RECIPIENT = "Tokyo Legal Aid Office"


def small_pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in range(pages):
        pdf.drawString(72, 720, f"Payslip page {page + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def case_id(qtbot, session: Session, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    payslip = tmp_path / "payslip.pdf"
    payslip.write_bytes(small_pdf())

    def make(service):  # type: ignore[no-untyped-def]
        case_id = service.create_case(
            {"full_name": "Nguyen Van An", "nationality": "VN", "languages": ["vi"]},
            case={"summary": "Unpaid overtime since March"},
            topics=[{"category": "labour", "subtopic": "unpaid_wages"}],
            note="First call: overtime unpaid since March",
        )
        service.add_timeline_entry(case_id, {"occurred_at": "2026-04-02T10:00:00",
                                             "kind": "action", "note": "Called the employer"})  # fmt: skip
        service.add_party(case_id, {"name": "Sample Foods KK", "role": "employer"})
        service.add_evidence(case_id, payslip, {"title": "Payslip March"})
        return case_id

    return wait_for(qtbot, session, make)  # type: ignore[no-any-return]


@pytest.fixture
def view(qtbot, session: Session, case_id: str) -> CaseView:  # type: ignore[no-untyped-def]
    widget = CaseView(session, case_id)
    qtbot.addWidget(widget)
    session.changed.connect(widget.apply)
    qtbot.waitUntil(lambda: widget.referrals.data is not None, timeout=10_000)
    return widget


def enabled_steps(view: CaseView) -> set[ReferralStatus]:
    return {s for s, b in view.referrals.status_buttons.items() if b.isEnabled()}


# -- referrals --------------------------------------------------------------------------------
def test_referrals_tab_lists_and_offers_only_allowed_steps(qtbot, session, case_id, view) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, session, lambda s: s.add_referral(
        case_id, {"recipient_type": "lawyer", "recipient": RECIPIENT}))  # fmt: skip
    view.refresh()
    tab = view.referrals
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5_000)
    assert tab.model.index(0, 0).data() == RECIPIENT
    assert enabled_steps(view) == set()  # nothing selected
    tab.table.selectRow(0)
    assert enabled_steps(view) == set(REFERRAL_NEXT[ReferralStatus.DRAFT]) == {ReferralStatus.SENT}

    follow_up = (date.today() + timedelta(days=14)).isoformat()
    tab.advance(ReferralStatus.SENT, follow_up)
    qtbot.waitUntil(lambda: tab.model.index(0, 4).data() == follow_up, timeout=5_000)
    assert enabled_steps(view) == set(REFERRAL_NEXT[ReferralStatus.SENT])
    data = wait_for(qtbot, session, lambda s: s.get_case(case_id))
    task = next(t for t in data.tasks if t.data.get("referral"))
    assert task.data["due_on"] == follow_up and not task.data.get("done")

    tab.advance(ReferralStatus.DECLINED)
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Declined", timeout=5_000)
    assert enabled_steps(view) == set()  # a declined referral is finished
    assert unnamed_controls(tab) == []


def test_letter_refuses_without_consent_then_writes_two_pdfs(  # type: ignore[no-untyped-def]
    qtbot, session, case_id, view, tmp_path
) -> None:
    from ui.dialogs.letter import LetterDialog

    assert view.referrals.data is not None
    dialog = LetterDialog(session, view.referrals.data)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.language.isEnabled(), timeout=10_000)
    assert dialog.language.currentData() == "vi"  # the worker's language comes first
    assert not dialog.facts["date_of_birth"].isChecked()
    assert "sensitive" in dialog.facts["date_of_birth"].text()
    dialog.recipient.setEditText(RECIPIENT)
    out = tmp_path / "letters"
    out.mkdir()
    dialog.save_to(out)
    qtbot.waitUntil(lambda: "consent" in dialog.message.text(), timeout=10_000)
    assert RECIPIENT in dialog.message.text()
    assert list(out.iterdir()) == []
    assert wait_for(qtbot, session, lambda s: s.get_case(case_id).referrals) == []

    wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
        "purpose": "referral", "recipient": RECIPIENT, "method": "written",
        "given_on": date.today().isoformat()}))  # fmt: skip
    dialog.save_to(out)
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=30_000)
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2
    for path in pdfs:
        with pikepdf.open(path) as pdf:
            assert len(pdf.pages) >= 1
    qtbot.waitUntil(lambda: view.referrals.model.rowCount() == 1, timeout=5_000)
    assert view.referrals.model.index(0, 0).data() == RECIPIENT
    assert unnamed_controls(dialog) == []

    # Seal the saved letter for the recipient's key: the referral records the packet.
    from desktop.documents.contacts import import_key_file

    key = contact_key_file(tmp_path, RECIPIENT)
    contact = wait_for(qtbot, session, lambda s: import_key_file(s.vault, key))
    assert dialog.seal_button.isEnabled()
    packet = tmp_path / "letter.mdgpkt"
    dialog.seal_for(contact.fingerprint, packet)
    qtbot.waitUntil(lambda: "Sealed packet" in dialog.message.text(), timeout=30_000)
    assert "not verified" in dialog.message.text()
    assert packet.read_bytes().startswith(b"\x89MDGPKT\n")
    referral = wait_for(qtbot, session, lambda s: s.get_case(case_id).referrals[0])
    assert referral.data["packet_sha256"]


def test_letter_preview_shows_both_letters(qtbot, session, case_id, view) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.letter import LetterDialog

    wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
        "purpose": "referral", "recipient": RECIPIENT, "method": "oral",
        "given_on": date.today().isoformat()}))  # fmt: skip
    view.refresh()
    qtbot.waitUntil(
        lambda: bool(view.referrals.data and view.referrals.data.consents), timeout=5_000
    )
    assert view.referrals.data is not None
    dialog = LetterDialog(session, view.referrals.data)
    qtbot.addWidget(dialog)
    assert dialog.recipient.currentText() == RECIPIENT  # offered from the consent
    qtbot.waitUntil(lambda: dialog.language.isEnabled(), timeout=10_000)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=30_000)
    panes = dialog.preview_dialog.panes  # type: ignore[union-attr]
    assert len(panes) == 2 and all(p.page_count() > 0 for p in panes)


# -- ADR --------------------------------------------------------------------------------------
def add_matter(qtbot, session: Session, case_id: str, view: CaseView) -> str:  # type: ignore[no-untyped-def]
    def make(service):  # type: ignore[no-untyped-def]
        data = service.get_case(case_id)
        employer = data.parties[0].entity_id
        service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会", "method": "written",
                                      "given_on": date.today().isoformat()})  # fmt: skip
        matter = service.add_adr_matter(case_id, {"title": "Unpaid wages", "respondents": [employer],
                                                  "relief_sought": "Pay 480,000 yen"})  # fmt: skip
        service.add_exhibit(matter, {"title": "Payslip March",
                                     "evidence_id": data.evidence[0].entity_id})  # fmt: skip
        return matter

    matter = wait_for(qtbot, session, make)
    view.refresh()
    qtbot.waitUntil(lambda: view.adr.exhibits.model.rowCount() == 1, timeout=5_000)
    return matter  # type: ignore[no-any-return]


def test_adr_tab_edits_the_matter_and_drafts_the_chronology(qtbot, session, case_id, view) -> None:  # type: ignore[no-untyped-def]
    matter = add_matter(qtbot, session, case_id, view)
    tab = view.adr
    assert tab.form.title.text() == "Unpaid wages"
    assert tab.form.chosen_respondents() == [view.adr.data.parties[0].entity_id]  # type: ignore[union-attr]
    assert tab.exhibits.model.index(0, 0).data() == "甲第1号証"
    assert tab.form.chronology.toPlainText() == ""
    tab.draft_chronology()
    qtbot.waitUntil(lambda: "employer" in tab.form.chronology.toPlainText(), timeout=10_000)

    tab.form.amount.setText("480000")
    tab.form.publication.setCurrentIndex(tab.form.publication.findData("refuse"))
    tab.save_matter()
    qtbot.waitUntil(lambda: tab.notice.text() != "", timeout=5_000)
    saved = wait_for(qtbot, session, lambda s: next(
        m for m in s.get_case(case_id).adr_matters if m.entity_id == matter))  # fmt: skip
    assert saved.data["amount_claimed"] == 480000 and saved.data["publication"] == "refuse"
    assert "employer" in saved.data["chronology"]
    tab.form.amount.setText("lots")
    assert tab.form.problem() is not None
    assert unnamed_controls(tab) == []


def test_exhibits_move_and_renumber(qtbot, session, case_id, view) -> None:  # type: ignore[no-untyped-def]
    matter = add_matter(qtbot, session, case_id, view)
    wait_for(qtbot, session, lambda s: [s.add_exhibit(matter, {"title": t}) for t in ("B", "C")])
    view.refresh()
    panel = view.adr.exhibits
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=5_000)

    def titles() -> list[str]:
        return [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]

    panel.table.selectRow(2)
    panel.move_selected(-1)
    qtbot.waitUntil(lambda: titles() == ["Payslip March", "C", "B"], timeout=5_000)
    assert panel.model.index(1, 0).data() == "甲第2号証"
    panel.table.selectRow(0)
    panel.remove()
    qtbot.waitUntil(lambda: titles() == ["C", "B"], timeout=5_000)
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["甲第1号証", "甲第2号証"]


def test_bundle_builds_and_previews(qtbot, session, case_id, view, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_matter(qtbot, session, case_id, view)
    out = tmp_path / "bundle"
    out.mkdir()
    view.adr.build_bundle(out)
    dialog = view.adr.bundle_dialog
    assert dialog is not None
    assert not (out / "bundle.pdf").exists()  # the dialog offers its option first
    dialog.split.setChecked(True)
    dialog.build_button.click()
    assert not dialog.split.isEnabled() and not dialog.build_button.isEnabled()
    qtbot.waitUntil(lambda: view.adr.preview_dialog is not None, timeout=60_000)
    assert (out / "bundle.pdf").is_file()
    split = sorted(p.name for p in (out / "split").iterdir())
    assert split == ["甲第1号証.pdf", "申立書.pdf", "証拠説明書.pdf"]
    assert f"3 separate PDFs in {out / 'split'}." in dialog.status.text()
    assert "甲第1号証.pdf　Payslip March" in dialog.status.text().splitlines()
    with pikepdf.open(out / "bundle.pdf") as pdf:
        assert len(pdf.pages) >= 3  # index, statement, the payslip's pages
    assert view.adr.preview_dialog.panes[0].page_count() > 0  # type: ignore[union-attr]
    assert unnamed_controls(dialog) == []


def test_cancelling_a_bundle_keeps_nothing(qtbot, session, case_id, view, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.bundle import BundleDialog

    matter = add_matter(qtbot, session, case_id, view)
    out = tmp_path / "bundle"
    out.mkdir()
    dialog = BundleDialog(session, matter, out)
    qtbot.addWidget(dialog)
    assert session.vault is not None
    # Holding the vault's lock keeps the build from reading the case until Cancel is pressed.
    with session.vault.store_lock:
        dialog.start()
        dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "Cancelled" in dialog.status.text()
    assert not out.exists() or list(out.iterdir()) == []


# -- preview and letterhead -------------------------------------------------------------------
def test_preview_loads_pdf_bytes_and_moves_between_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog("Preview", [("One", small_pdf(3)), ("Two", small_pdf(1))])
    qtbot.addWidget(dialog)
    assert dialog.tabs is not None and dialog.tabs.count() == 2
    pane = dialog.panes[0]
    assert pane.document.pageCount() == 3
    assert pane.next_button.isEnabled() and not dialog.panes[1].next_button.isEnabled()
    broken = PdfPreviewDialog("Broken", [("Junk", b"not a pdf")])
    qtbot.addWidget(broken)
    assert "Junk" in broken.problem.text()
    assert unnamed_controls(dialog) == []


def test_letterhead_settings_round_trip(
    qtbot, session: Session, prefs: Preferences, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.organisation import read_letterhead
    from ui.dialogs.settings import SettingsDialog

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), "navy").save(logo)
    dialog = SettingsDialog(session, prefs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5_000)
    dialog.org_name.setText("みらい支援ネットワーク")
    dialog.org_phone.setText("03-1234-5678")
    dialog.org_email.setText("soudan@example.org")
    dialog.date_style.setCurrentIndex(dialog.date_style.findData("japanese"))
    dialog.load_logo(logo)
    qtbot.waitUntil(lambda: "KB" in dialog.logo_note.text(), timeout=5_000)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5_000)
    head = wait_for(qtbot, session, lambda s: read_letterhead(s.vault))
    assert (head.name, head.phone, head.email) == (
        "みらい支援ネットワーク", "03-1234-5678", "soudan@example.org")  # fmt: skip
    assert head.date_style == "japanese" and head.logo_png == logo.read_bytes()

    # Saving again without touching the letterhead keeps every field.
    again = SettingsDialog(session, prefs)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.save_button.isEnabled(), timeout=5_000)
    assert again.org_phone.text() == "03-1234-5678"
    assert again.date_style.currentData() == "japanese"
    again.org_address.setPlainText("東京都新宿区1-2-3")
    again.save()
    qtbot.waitUntil(lambda: again.result() == 1, timeout=5_000)
    head = wait_for(qtbot, session, lambda s: read_letterhead(s.vault))
    assert head.email == "soudan@example.org" and head.logo_png == logo.read_bytes()
    assert head.address == "東京都新宿区1-2-3"

    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a" + bytes(20))
    again_dialog = SettingsDialog(session, prefs)
    qtbot.addWidget(again_dialog)
    qtbot.waitUntil(lambda: again_dialog.save_button.isEnabled(), timeout=5_000)
    again_dialog.load_logo(bad)
    qtbot.waitUntil(lambda: "PNG or JPEG" in again_dialog.message.text(), timeout=5_000)
    assert unnamed_controls(again_dialog) == []


def test_case_view_has_the_new_tabs(qtbot, view: CaseView) -> None:  # type: ignore[no-untyped-def]
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Re&ferrals" in titles and "A&DR" in titles
    assert view.referrals in view.case_tabs and view.adr in view.case_tabs


def test_bundle_asks_for_an_exhibit_password_and_retries(
    qtbot, session, case_id, view, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.bundle import BundleDialog

    matter = add_matter(qtbot, session, case_id, view)
    locked = tmp_path / "contract.pdf"
    with pikepdf.open(io.BytesIO(small_pdf(1))) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="owner-pw", user="s3cret"))

    def add(service):  # type: ignore[no-untyped-def]
        evidence = service.add_evidence(case_id, locked, {"title": "Contract"})
        service.add_exhibit(matter, {"title": "Contract", "evidence_id": evidence})

    wait_for(qtbot, session, add)
    out = tmp_path / "bundle"
    dialog = BundleDialog(session, matter, out)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answers = iter(["wrong", "s3cret"])
    dialog.ask = lambda parent, label: asked.append(label) or next(answers)
    built: list[Path] = []
    dialog.built.connect(built.append)
    dialog.start()
    qtbot.waitUntil(lambda: bool(built), timeout=60_000)
    assert asked == ["甲第2号証", "甲第2号証"]  # asked again after a wrong password
    with pikepdf.open(built[0]) as pdf:
        assert len(pdf.pages) >= 4


def test_bundle_summary_says_what_each_exhibit_kept_and_lost(
    qtbot, session, case_id, view, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.documents.exhibit_fixtures import files_and_losses_pdf
    from ui.dialogs.bundle import BundleDialog

    matter = add_matter(qtbot, session, case_id, view)
    payslips = files_and_losses_pdf(tmp_path / "payslips.pdf")

    def add(service):  # type: ignore[no-untyped-def]
        evidence = service.add_evidence(case_id, payslips, {"title": "Payslips"})
        service.add_exhibit(matter, {"title": "Payslips", "evidence_id": evidence})

    wait_for(qtbot, session, add)
    dialog = BundleDialog(session, matter, tmp_path / "bundle")
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    shown = dialog.status.text()
    assert "甲第2号証: kept 4 attached files" in shown
    assert "tagged structure" in shown and "left out" in shown


def test_a_bundle_problem_is_shown_as_a_sentence(qtbot, session, case_id, view, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.bundle import BundleDialog

    matter = add_matter(qtbot, session, case_id, view)
    out = tmp_path / "full"
    out.mkdir()
    (out / "old.txt").write_text("x")
    dialog = BundleDialog(session, matter, out)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "not empty" in dialog.status.text()
    assert dialog.cancel_button.text() == "&Close"


def contact_key_file(folder: Path, organisation: str) -> Path:
    """A key file as another organisation's Madoguchi would export it."""
    from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

    from desktop.identity import KeyCard

    card = KeyCard(
        display_name="Sato",
        organisation=organisation,
        hpke_public=mlkem.MLKEM768PrivateKey.generate().public_key().public_bytes_raw()
        + x25519.X25519PrivateKey.generate().public_key().public_bytes_raw(),
        signing_public=ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
        created="2026-01-05T09:00:00+00:00",
    )
    path = folder / "sato.mdgkey"
    path.write_bytes(card.canonical_bytes())
    return path


def test_keys_and_contacts(qtbot, session: Session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.identity import card_from_bytes
    from ui.dialogs.contacts import ContactsDialog

    dialog = ContactsDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Fingerprint" in dialog.mine.text(), timeout=10_000)
    mine = tmp_path / "mine.mdgkey"
    dialog.export_to(mine)
    qtbot.waitUntil(lambda: mine.is_file(), timeout=5_000)
    assert card_from_bytes(mine.read_bytes()).fingerprint_digits in dialog.mine.text()

    dialog.import_file(contact_key_file(tmp_path, RECIPIENT))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    assert dialog.table.item(0, 0).text() == RECIPIENT
    assert dialog.table.item(0, 3).text() == "Not yet"
    dialog.table.selectRow(0)
    dialog.mark_verified(dialog.selected().fingerprint)
    qtbot.waitUntil(
        lambda: dialog.table.item(0, 3).text() == date.today().isoformat(), timeout=5_000
    )

    junk = tmp_path / "junk.mdgkey"
    junk.write_bytes(b"{}")
    dialog.import_file(junk)
    qtbot.waitUntil(lambda: "key" in dialog.message.text().lower() and dialog.table.rowCount() == 1
                    and "Imported" not in dialog.message.text(), timeout=5_000)  # fmt: skip
    assert unnamed_controls(dialog) == []


# -- case summary and received packets ------------------------------------------------------------
def test_case_summary_button_previews_the_summary(qtbot, view: CaseView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "Nguyen Van An" in view.title, timeout=10_000)
    view.summary_button.click()
    qtbot.waitUntil(lambda: view.summary_dialog is not None, timeout=20_000)
    dialog = view.summary_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.current_pane().document.pageCount() >= 1
    assert dialog.print_button.isEnabled()


def test_a_received_packet_becomes_a_new_case(  # type: ignore[no-untyped-def]
    qtbot, session: Session, case_id: str, prefs: Preferences, tmp_path: Path
) -> None:
    from desktop.documents.contacts import import_key_file
    from desktop.documents.packets import seal_packet
    from desktop.identity import ensure_identity
    from desktop.vaults import create_vault
    from tests.conftest import PASSPHRASE
    from ui.dialogs.receive_packet import receive

    sender, _ = create_vault(tmp_path / "sender", PASSPHRASE)
    try:
        from desktop.cases.service import CaseService

        sender_service = CaseService(sender)
        other = sender_service.create_case({"full_name": "Aung Kyaw"})
        sender_service.add_consent(other, {"purpose": "referral", "recipient": "counselor",
                                           "given_on": "2026-11-01", "method": "written"})  # fmt: skip
        key = wait_for(qtbot, session, lambda s: ensure_identity(s.vault).key_file())
        contact = import_key_file(sender, key)
        packet = tmp_path / "in.mdgpkt"
        seal_packet(sender_service, case_id=other, recipient=contact, out=packet,
                    files=[("letter.pdf", small_pdf(1))])  # fmt: skip
    finally:
        sender.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[str] = []
    receive(session, packet, parent, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    view = wait_for(qtbot, session, lambda s: s.get_case(opened[0]))
    assert [e.data["filename"] for e in view.evidence] == ["letter.pdf"]
    warning = parent.findChild(QMessageBox)
    assert warning is not None and "never compared" in warning.text()


def test_exhibit_dialog_carries_the_photo_and_translation_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.views.case_tabs.adr_exhibits import ExhibitDialog

    dialog = ExhibitDialog([])
    qtbot.addWidget(dialog)
    dialog.title.setText("寮の室内写真")
    for name, value in (("photographer", "申立人"), ("subject", "寮の室内"),
                        ("taken_at", "2026-10-02T19:30"), ("place", "相手方の寮"),
                        ("language", "vi")):  # fmt: skip
        dialog.edits[name].setText(value)
    values = dialog.values()
    assert values["subject"] == "寮の室内" and values["taken_at"] == "2026-10-02T19:30"
    assert values["language"] == "vi" and values["photographer"] == "申立人"


# -- consent form -----------------------------------------------------------------------------
def test_consent_tab_prints_the_selected_consent_as_a_form(
    qapp, qtbot, session, case_id, view, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses
    import subprocess

    consent_id = wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
        "purpose": "referral", "recipient": "Tokyo Legal Aid Office", "scope": "賃金の記録",
        "given_on": "2026-04-01"}))  # fmt: skip
    tab = view.consent
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    from tests.ui.desk_tour import Tour

    view.tabs.setCurrentWidget(tab)
    view.show()
    tour = Tour(qapp, "en")
    tour.check(view, "consent tab")
    # Fit to a screen is checked at 1366×768 and 1280×720 by test_desk_window (a fresh process
    # with a sized screen); this process's offscreen screen is Qt's default 800×800.
    problems = [p for p in tour.problems if "larger than the screen" not in p]
    assert tour.mnemonics == [] and problems == [], (tour.mnemonics, problems)
    tab.table.clearSelection()
    tab.print_form()  # nothing selected: one sentence, no dialog
    assert "Select a consent" in tab.message.text() and tab.form_dialog is None
    tab.table.selectRow(0)
    tab.form_button.click()
    dialog = tab.form_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.language.isEnabled(), timeout=10_000)
    assert dialog.language.currentData() == "vi"  # the worker's language (the case says vi)
    assert "machine-drafted" in dialog.language.currentText()
    assert dialog.language.count() >= 17

    # Bad output: a folder is refused in one sentence and nothing is written or audited.
    dialog.pdf_file.edit.setText(str(tmp_path))
    dialog.save_button.click()
    assert "is a folder" in dialog.message.text()

    out = tmp_path / "同意書.pdf"
    dialog.pdf_file.edit.setText(str(out))
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    assert not dialog.save_button.isEnabled()  # working in the background
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert saved == [str(out)] and str(out) in dialog.message.text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Tokyo Legal Aid Office" in text and "賃金の記録" in text and "同意書" in text
    entries = wait_for(qtbot, session, lambda s: [
        e for e in s.vault.audit_entries() if e.action == "consent_form_made"])  # fmt: skip
    assert [(e.details["consent"], e.details["language"]) for e in entries] == [(consent_id, "vi")]

    # A consent that no longer exists (removed meanwhile): the core's sentence, no file.
    gone = tmp_path / "gone.pdf"
    dialog.consent = dataclasses.replace(dialog.consent, entity_id="nope")
    dialog.pdf_file.edit.setText(str(gone))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    assert "nope" in dialog.message.text() and not gone.exists()
    assert unnamed_controls(dialog) == []


def test_bundle_and_consent_form_dialogs_in_japanese_fit_and_read_japanese(
    qapp, qtbot, session, case_id, view, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 in Japanese: nothing clipped or outside, no English left on them."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.ui.desk_tour import Tour
    from ui.app import install_translators
    from ui.dialogs.bundle import BundleDialog
    from ui.dialogs.consent_form import ConsentFormDialog

    wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
        "purpose": "adr", "recipient": "東京弁護士会", "given_on": "2026-04-01"}))  # fmt: skip
    matter = add_matter(qtbot, session, case_id, view)
    data = wait_for(qtbot, session, lambda s: s.get_case(case_id))
    translators = install_translators(qapp, "ja")
    try:
        bundle = BundleDialog(session, matter, tmp_path / "提出書類")
        form = ConsentFormDialog(session, data, data.consents[0])
        tour = Tour(qapp, "ja")
        for dialog, name in ((bundle, "bundle dialog"), (form, "consent form dialog")):
            qtbot.addWidget(dialog)
            dialog.show()
            if dialog is form:
                qtbot.waitUntil(lambda: form.language.isEnabled(), timeout=10_000)
            assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
            tour.check(dialog, name)
            shown = [w.text().replace(str(tmp_path), "") for w in dialog.findChildren(QLabel)
                     + dialog.findChildren(QAbstractButton) if w.isVisible() and w.text()]  # fmt: skip
            english = [t for t in shown if any(word in t for word in (
                "bundle", "Build", "Also", "Save", "Close", "Choose", "Language", "File",
                "Consent", "written"))]  # fmt: skip
            assert english == [], english
        assert tour.problems == [] and tour.mnemonics == [], (tour.problems, tour.mnemonics)
        assert "号証ごとのPDF" in bundle.split.text()
        assert form.windowTitle() == "同意書の作成"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

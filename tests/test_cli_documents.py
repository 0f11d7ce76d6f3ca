"""Document commands run as a user would: demo vault, letter, ADR bundle, packets, sheets."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-docs") / "vault"
    result = run("demo", "--vault", str(folder), "--cases", "60", "--seed", "3")
    assert result.returncode == 0, result.stderr
    # The matters are added in the same commit as the cases: a count of 0 means the document
    # demo could not see the cases just added (a list read that skipped the flush).
    matters = int(result.stdout.split(" ADR matters")[0].rsplit(" ", 1)[1])
    assert matters > 0, result.stdout
    return folder


def _with_service(folder: Path) -> Iterator[CaseService]:
    vault = open_vault(folder)
    vault.unlock(PASSPHRASE)
    try:
        yield CaseService(vault)
    finally:
        vault.close()


def _matter_case(folder: Path) -> tuple[str, str]:
    """Reference and lawyer name of a demo case with an ADR matter."""
    for service in _with_service(folder):
        for row in sorted(service.list_cases(), key=lambda r: r.ref):
            view = service.get_case(row.case_id)
            if view.adr_matters:
                lawyer = next(p for p in view.parties if p.data.get("role") == "lawyer")
                return view.ref, str(lawyer.data["name"])
    raise AssertionError("the demo made no ADR matter")


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_letter_is_made_for_a_consented_recipient_and_recorded(demo: Path, tmp_path: Path) -> None:
    ref, lawyer = _matter_case(demo)
    out = tmp_path / "letters"
    result = run(
        "letter", "--vault", str(demo), "--case", ref, "--template", "lawyer", "--to", lawyer,
        "--lang", "vi", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2
    for pdf in pdfs:
        with pikepdf.open(pdf) as doc:
            assert len(doc.pages) >= 1
    letter_text = _pdf_text(next(p for p in pdfs if "-ja" in p.name)).replace(" ", "")
    assert lawyer.replace(" ", "") in letter_text
    assert "先生" in letter_text  # the demo's lawyer is a person, not an office
    for service in _with_service(demo):
        view = service.get_case(service.case_id_for_ref(ref))
        assert any(r.data.get("letter_sha256") for r in view.referrals)


def test_letter_without_consent_names_the_missing_consent(demo: Path, tmp_path: Path) -> None:
    ref, _ = _matter_case(demo)
    result = run(
        "letter", "--vault", str(demo), "--case", ref, "--template", "embassy",
        "--to", "Embassy of Nowhere", "--lang", "en", "--out", str(tmp_path / "x"),
    )  # fmt: skip
    assert_one_line_error(result, 1, "consent", "Embassy of Nowhere")
    assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())


def test_adr_bundle_command_builds_once_and_refuses_a_full_folder(
    demo: Path, tmp_path: Path
) -> None:
    ref, _ = _matter_case(demo)
    out = tmp_path / "bundle"
    result = run("adr-bundle", "--vault", str(demo), "--case", ref, "--out", str(out))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    bundle = out / "bundle.pdf"
    with pikepdf.open(bundle) as doc:
        assert len(doc.pages) > 3
        assert "manifest.json" in doc.attachments
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert digest in json.dumps(manifest)
    again = run("adr-bundle", "--vault", str(demo), "--case", ref, "--out", str(out))
    assert_one_line_error(again, 1, "empty")


def test_adr_bundle_of_a_case_without_matter_says_so(demo: Path, tmp_path: Path) -> None:
    for service in _with_service(demo):
        ref = next(
            r.ref for r in service.list_cases() if not service.get_case(r.case_id).adr_matters
        )
    result = run("adr-bundle", "--vault", str(demo), "--case", ref, "--out", str(tmp_path / "b"))
    assert_one_line_error(result, 1, "no ADR matter")


def test_case_summary_leaves_sensitive_fields_out_by_default(demo: Path, tmp_path: Path) -> None:
    ref, _ = _matter_case(demo)
    out = tmp_path / "summary.pdf"
    result = run("case-summary", "--vault", str(demo), "--case", ref, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert ref in text
    for service in _with_service(demo):
        worker = service.get_case(service.case_id_for_ref(ref)).worker
        assert worker is not None
        card = worker.data.get("residence_card_number")
    if card:
        assert str(card) not in text.replace(" ", "")


def test_keys_exchange_and_a_sealed_packet_opens_only_for_its_recipient(
    demo: Path, tmp_path: Path
) -> None:
    lawyer_vault = tmp_path / "lawyer"
    assert run("init", "--vault", str(lawyer_vault)).returncode == 0
    lawyer_key = tmp_path / "lawyer.mdgkey"
    card = tmp_path / "card.pdf"
    result = run("keys", "export", "--vault", str(lawyer_vault), "--out", str(lawyer_key),
                 "--card", str(card))  # fmt: skip
    assert result.returncode == 0, result.stderr
    digits = result.stdout.split("compare): ")[1].splitlines()[0].strip()
    assert digits.replace(" ", "") in _pdf_text(card).replace(" ", "")
    ref, lawyer = _matter_case(demo)
    result = run("keys", "import", "--vault", str(demo), str(lawyer_key), "--as", lawyer)
    assert result.returncode == 0, result.stderr

    letters = tmp_path / "letters"
    assert run(
        "letter", "--vault", str(demo), "--case", ref, "--template", "lawyer", "--to", lawyer,
        "--lang", "en", "--out", str(letters),
    ).returncode == 0  # fmt: skip
    letter = next(letters.glob("*-ja.pdf"))
    packet = tmp_path / "referral.mdgpkt"
    sealed = run(
        "packet", "seal", "--vault", str(demo), "--case", ref, "--to", lawyer,
        "--letter", str(letter), "--out", str(packet),
    )  # fmt: skip
    if sealed.returncode != 0 and "consent" in sealed.stderr:
        pytest.fail(sealed.stderr)
    assert sealed.returncode == 0, sealed.stderr
    assert letter.read_bytes()[:200] not in packet.read_bytes()

    received = run("packet", "open", "--vault", str(lawyer_vault), str(packet))
    assert received.returncode == 0, received.stderr
    assert "New case" in received.stdout and ref in received.stdout
    for service in _with_service(lawyer_vault):
        (row,) = service.list_cases()
        files = service.get_case(row.case_id).evidence
        assert [b"".join(service.read_evidence(f.entity_id)) for f in files] == [
            letter.read_bytes()
        ]

    opened_dir = tmp_path / "opened"
    opened = run("packet", "open", "--vault", str(lawyer_vault), str(packet), "--out",
                 str(opened_dir))  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    copies = list(opened_dir.rglob("*.pdf"))
    assert any(c.read_bytes() == letter.read_bytes() for c in copies)

    wrong = run("packet", "open", "--vault", str(demo), str(packet), "--out",
                str(tmp_path / "nope"))  # fmt: skip
    assert_one_line_error(wrong, 1, "another recipient")


def test_init_can_write_the_recovery_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    result = run("init", "--vault", str(tmp_path / "v"), "--recovery-sheet", str(sheet))
    assert result.returncode == 0, result.stderr
    key_line = next(line for line in result.stdout.splitlines() if line.count("-") >= 5)
    groups = [g for g in key_line.split("-") if g.strip()]
    text = _pdf_text(sheet).replace(" ", "")
    assert all(group.strip() in text for group in groups)

"""The audit log cannot be trimmed, rewritten or read without the vault key (format 4)."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.audit_service import AuditService
from desktop.cases.service import CaseService
from desktop.documents.letters import LetterRequest, write_letter
from desktop.errors import WrongPassphraseError
from desktop.organisation import Letterhead, write_letterhead
from desktop.safety.records import SafetyService
from desktop.safety.report import write_company_report
from desktop.store.audit import HEAD_META
from desktop.store.check import check_vault
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.test_cli import run

EMPLOYER = "株式会社アウディット精機"
LAWYER = "弁護士 監査"
ANSWERS = {"q_documents_held": "employer_refuses", "q_wages_full": "no", "q_overtime": "no"}


def _problems(folder: Path) -> list[str]:
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)
        return [str(p) for p in check_vault(vault).problems]
    finally:
        vault.close()


def _sql(folder: Path, *statements: str) -> None:
    conn = sqlite3.connect(folder / "vault.db")
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


@pytest.fixture
def logged(vault: Vault) -> Path:
    """A locked vault with a few signed entries after its creation."""
    for n in range(4):
        vault.record_audit("export", "", {"cases": n})
    folder = vault.folder
    vault.close()
    return folder


def test_an_untouched_log_verifies(logged: Path) -> None:
    assert _problems(logged) == []


def test_a_trimmed_tail_fails_check_with_one_clear_line(logged: Path) -> None:
    # Delete the newest entries with sqlite3 on the locked file: the chain that is left is
    # whole and signed, but the sealed head still counts the removed ones.
    _sql(logged, "DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 2 FROM audit)")
    result = run("check", "--vault", str(logged))
    assert result.returncode == 4, (result.stdout, result.stderr)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    # After the cut: 3 entries left, then this check's own unlock; the head counted 5 + 1.
    assert lines[0] == (
        "[audit] audit log: the audit log ends 2 entries short of its sealed head "
        "(4 of 6): entries were removed"
    )


def test_removing_every_entry_and_the_head_is_seen(logged: Path) -> None:
    _sql(logged, "DELETE FROM audit", f"DELETE FROM meta WHERE key='{HEAD_META}'")
    # The unlock before the check writes a new head, and it says so for good.
    assert _problems(logged) == [
        "[audit] audit log: the audit log's sealed head was missing or damaged and was "
        "written anew at entry 1: entries before it may have been removed"
    ]


def test_a_missing_head_is_named(vault: Vault) -> None:
    vault.conn.execute(f"DELETE FROM meta WHERE key='{HEAD_META}'")
    assert vault.verify_audit() == [
        "the audit log's sealed head is missing: entries may have been removed"
    ]


def test_an_edited_head_is_reported(vault: Vault) -> None:
    (text,) = vault.conn.execute("SELECT value FROM meta WHERE key=?", (HEAD_META,)).fetchone()
    raw = bytearray.fromhex(text.strip('"'))
    raw[20] ^= 0x01
    vault.conn.execute("UPDATE meta SET value=? WHERE key=?", (f'"{raw.hex()}"', HEAD_META))
    assert vault.verify_audit() == ["the audit log's sealed head is damaged"]
    # The next entry cannot make it go away: the head is written anew and says so.
    vault.record_audit("export", "", {"cases": 1})
    assert vault.verify_audit() == [
        "the audit log's sealed head was missing or damaged and was written anew at entry 2: "
        "entries before it may have been removed"
    ]


def test_an_older_head_put_back_is_reported(logged: Path) -> None:
    conn = sqlite3.connect(logged / "vault.db")
    (older,) = conn.execute("SELECT value FROM meta WHERE key=?", (HEAD_META,)).fetchone()
    conn.close()
    vault = open_vault(logged)
    vault.unlock(PASSPHRASE)
    vault.record_audit("export", "", {"cases": 9})
    vault.close()
    _sql(logged, f"UPDATE meta SET value='{older}' WHERE key='{HEAD_META}'")
    # 5 entries when the old head was sealed, 7 now, and this check's unlock adds one to
    # each: the table holds 8, the head counts 6.
    assert _problems(logged) == [
        "[audit] audit log: the audit log holds 8 entries but its sealed head counts only 6"
    ]


def test_swapped_details_are_reported(logged: Path) -> None:
    conn = sqlite3.connect(logged / "vault.db")
    a, b = conn.execute("SELECT details FROM audit WHERE seq IN (2, 3) ORDER BY seq").fetchall()
    with conn:
        conn.execute("UPDATE audit SET details=? WHERE seq=2", b)
        conn.execute("UPDATE audit SET details=? WHERE seq=3", a)
    conn.close()
    problems = _problems(logged)
    assert "[audit] audit log: audit entry 2 was altered" in problems
    assert "[audit] audit log: the details of audit entry 3 do not open" in problems


def test_failed_unlocks_wait_unsigned_then_join_the_signed_chain(logged: Path) -> None:
    vault = open_vault(logged, sleep=lambda s: None)
    try:
        with pytest.raises(WrongPassphraseError):
            vault.unlock("not the passphrase at all")
        # Written without the key: in the clear side table, not in the chain or its head.
        conn = vault.conn
        assert conn.execute("SELECT action FROM audit_pending").fetchall() == [("unlock_failed",)]
        chain_before = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        failed_at = conn.execute("SELECT at FROM audit_pending").fetchone()[0]
        vault.unlock(PASSPHRASE)
        assert conn.execute("SELECT COUNT(*) FROM audit_pending").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == chain_before + 2
        *_, failed, unlocked = AuditService(vault).entries()
        assert (failed.action, failed.at, failed.signed) == ("unlock_failed", failed_at, True)
        assert failed.details == {"method": "passphrase"}
        assert unlocked.action == "unlock"
        assert check_vault(vault).ok
    finally:
        vault.close()


def test_a_failed_passphrase_check_while_unlocked_shows_at_once(vault: Vault) -> None:
    with pytest.raises(WrongPassphraseError):
        vault.verify_passphrase("not the passphrase")
    last = vault.audit_entries()[-1]
    assert (last.action, last.signed) == ("unlock_failed", False)
    vault.record_audit("export", "", {"cases": 1})
    assert [(e.action, e.signed) for e in vault.audit_entries()[-2:]] == [
        ("unlock_failed", True), ("export", True),
    ]  # fmt: skip
    assert vault.verify_audit() == []


def test_letter_and_safety_report_details_are_not_readable_without_the_key(
    service: CaseService, tmp_path: Path
) -> None:
    vault = service.vault
    case_id = service.create_case({"full_name": "Pham Van Duc", "nationality": "VN"})
    service.add_party(case_id, {"name": EMPLOYER, "role": "employer"})
    service.add_consent(case_id, {
        "purpose": "referral", "recipient": LAWYER, "method": "written",
        "given_on": "2026-11-02", "scope": "氏名",
    })  # fmt: skip
    write_letterhead(vault, Letterhead(name="NGO", address="東京都"))
    letter = write_letter(service, LetterRequest(
        case_id=case_id, recipient_type="lawyer", recipient=LAWYER, language="vi",
        today=date(2026, 11, 21),
    ), tmp_path / "out")  # fmt: skip
    safety = SafetyService(service, organisation="NGO")
    for day in range(1, 8):
        safety.record_anonymous(ANSWERS, language="en", employer=EMPLOYER, establishment=None,
                                answered_on=f"2026-03-{day:02d}",
                                consent_company_feedback=True)  # fmt: skip
    write_company_report(safety, employer=EMPLOYER, start=date(2026, 3, 1),
                         end=date(2026, 3, 31), out_pdf=tmp_path / "report.pdf")  # fmt: skip

    # The viewer reads the details through the service, decrypted.
    entries = {e.action: e for e in AuditService(vault).entries()}
    made = entries["letter_made"].details
    assert made["language"] == "vi" and made["facts"] == list(letter.letter.facts)
    employer_sha256 = hashlib.sha256(EMPLOYER.encode()).hexdigest()
    report = entries["safety_report"].details
    assert "employer_sha256" not in report
    assert report["employer_key"] != employer_sha256 and len(report["employer_key"]) == 64
    folder = vault.folder
    vault.close()

    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith("vault.db"))
    for needle in (
        b'"language": "vi"', b'"facts"', b"letter_sha256", b"employer",
        employer_sha256.encode(), report["employer_key"].encode(),
        EMPLOYER.encode(), EMPLOYER.encode("utf-16-le"),
    ):  # fmt: skip
        assert needle not in raw, needle

"""Shredding destroys a case's key: every copy of its ciphertext becomes unreadable."""

from __future__ import annotations

import io
import sqlite3

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.aead import AuthenticationError
from desktop.errors import NotFoundError
from desktop.store import oplog
from desktop.store.check import check_vault
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case


def test_shred_makes_copied_ciphertext_unreadable(vault: Vault, service: CaseService) -> None:
    doomed = make_case(service, 0)
    kept = make_case(service, 1)
    service.add_evidence(doomed, io.BytesIO(b"secret scan" * 1000), filename="scan.pdf")
    vault.snapshot()
    # Someone copied the ciphertext earlier (a backup of ops, the sync server...).
    copied = list(oplog.read_case(vault.conn, doomed))
    old_key = vault.case_key(doomed)[1]
    assert oplog.open_op(copied[0], old_key)  # readable while the key exists

    service.shred_case(doomed)

    assert (
        vault.conn.execute("SELECT COUNT(*) FROM case_keys WHERE case_id=?", (doomed,)).fetchone()[
            0
        ]
        == 0
    )
    with pytest.raises(NotFoundError):
        vault.case_key(doomed)
    # Nothing in this vault can open the copy any more: no wrap is left to unwrap.
    wraps = vault.conn.execute("SELECT case_id FROM case_keys").fetchall()
    for (case_id,) in wraps:
        with pytest.raises(AuthenticationError):
            oplog.open_op(copied[0], vault.case_key(case_id)[1])
    assert [r.case_id for r in service.list_cases()] == [kept]
    for table in ("ops", "blobs"):
        assert (
            vault.conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE case_id=?", (doomed,)
            ).fetchone()[0]
            == 0
        )
    assert vault.audit_entries()[-1].action == "shred"
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert [r.case_id for r in service.list_cases()] == [kept]
    assert check_vault(vault).ok


def test_snapshot_after_shred_no_longer_holds_the_case(vault: Vault, service: CaseService) -> None:
    doomed = make_case(service, 0, summary="Zqxjv shredded summary")
    vault.snapshot()
    service.shred_case(doomed)
    conn = sqlite3.connect(vault.folder / "vault.db")
    assert conn.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 1
    conn.close()
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.load_report.from_snapshot and service.list_cases() == []


def test_a_key_opened_before_the_shred_is_not_kept_after_it(
    vault: Vault, service: CaseService
) -> None:
    """The ring keeps the keys it unwrapped (a first sync opens each one thousands of times):
    shredding and locking must forget them, or the shredded case could still be opened."""
    doomed = make_case(service, 0)
    key_id = vault.case_key(doomed)[0]
    vault.lock()
    vault.unlock(PASSPHRASE)
    # Unwrapped from disk once (not the case's "current" key cache), then kept.
    assert vault.key_by_id(doomed, key_id) == vault.key_by_id(doomed, key_id)
    service.shred_case(doomed)
    with pytest.raises(NotFoundError):
        vault.key_by_id(doomed, key_id)
    kept = make_case(service, 1)
    kept_key = vault.case_key(kept)[0]
    vault.lock()
    vault.unlock(PASSPHRASE)
    vault.key_by_id(kept, kept_key)
    vault.lock()
    assert not vault.case_keys._opened  # the cache itself must be empty

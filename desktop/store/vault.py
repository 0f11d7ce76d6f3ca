"""The vault: one folder, one SQLite file, everything in it sealed.

Key hierarchy::

    passphrase --Argon2id--> KEK --wraps--> vault master key (VMK)
    recovery key --HKDF----> RKEK --wraps--> VMK
    device key (OS keyring) --wraps--> VMK            (only if asked, secure keyrings only)
    VMK --HKDF--> case-wrap key --wraps--> one random data key per case
                  snapshot key  --seals--> snapshots of the projection
                  audit keys    --MAC, seal--> audit entries, their details, the head
                  key-slot key  --MACs-->  all key slots
                  index key     --HMACs--> blind indexes (phone, residence card)
    case data key --seals--> that case's ops and evidence chunks

Destroying a case's key wrap shreds the case: its ops and blobs (here, on the
sync server, in any export of ciphertext) can no longer be opened.

``Vault`` is a small facade over parts that each own their tables (the KeePassXC shape:
envelope, key slots and content kept apart): ``KeySlots`` (``key_wraps``, the brake),
``CaseKeyRing`` (``case_keys``), ``OpJournal`` (``ops``: the one commit path),
``AuditLog`` (``audit``), ``SealedStore`` (``sealed``) and the snapshot functions.  The
parts share one connection and one lock, which they take themselves: code outside
``desktop/store`` never touches the lock, the connection or the projection's
connection; it reads through ``reading()`` and writes through ``writing()``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from desktop.crypto import kdf
from desktop.crypto.aead import AuthenticationError, new_key
from desktop.crypto.keys import subkey
from desktop.devicekey import DeviceKeyStore
from desktop.errors import (
    InvalidValueError,
    NotFoundError,
    StorageError,
    VaultCorruptError,
    VaultLockedError,
)
from desktop.store import blobs, envelope, snapshots
from desktop.store.audit import AuditEntry, AuditKeys, AuditLog
from desktop.store.case_keys import CaseKeyRing
from desktop.store.database import DB_NAME, Transaction, get_meta, set_meta
from desktop.store.format import finish_keyed_upgrade
from desktop.store.hlc import HybridClock
from desktop.store.journal import OpJournal, Step
from desktop.store.keyslots import (
    FREE_ATTEMPTS,
    MAX_DELAY_S,
    MIN_PASSPHRASE_CHARS,
    KeySlots,
    check_passphrase_strength,
    unlock_delay,
)
from desktop.store.projection import PROJECTION_VERSION, Deriver, Projection
from desktop.store.reader import ProjectionReader
from desktop.store.sealed import SealedStore

__all__ = [
    "FREE_ATTEMPTS",
    "MAX_DELAY_S",
    "MIN_PASSPHRASE_CHARS",
    "DeviceInfo",
    "LoadReport",
    "Vault",
    "check_passphrase_strength",
    "unlock_delay",
]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class DeviceInfo:
    vault_id: str
    device_id: str
    device_code: str
    office_code: str
    user_id: str


@dataclass(frozen=True)
class _Keys:
    vmk: bytes
    index: bytes
    snapshot: bytes

    @classmethod
    def from_vmk(cls, vmk: bytes) -> _Keys:
        return cls(vmk=vmk, index=subkey(vmk, "blind-index/v1"),
                   snapshot=subkey(vmk, "snapshot/v1"))  # fmt: skip


@dataclass(frozen=True)
class LoadReport:
    """What unlocking found: ops that could not be opened are skipped, not shown."""

    from_snapshot: bool
    ops_applied: int
    bad_ops: tuple[str, ...]


class Vault:
    """An open vault folder.  Locked until one of the ``unlock`` methods succeeds."""

    def __init__(
        self,
        folder: Path,
        conn: sqlite3.Connection,
        lock: FileLock,
        deriver_factory: Callable[[Vault], Deriver],
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.folder = folder
        self.conn = conn  # for desktop/store modules and tests that inspect the disk
        self._file_lock = lock
        self._deriver_factory = deriver_factory
        self._lock = threading.RLock()
        self._keys: _Keys | None = None
        self._projection: Projection | None = None
        self.device = DeviceInfo(
            vault_id=get_meta(conn, "vault_id"),
            device_id=get_meta(conn, "device_id"),
            device_code=get_meta(conn, "device_code"),
            office_code=get_meta(conn, "office_code"),
            user_id=get_meta(conn, "user_id"),
        )
        self.slots = KeySlots(conn, self._lock, self.device.vault_id, self.device.device_id,
                              sleep)  # fmt: skip
        self.case_keys = CaseKeyRing(conn, self._lock)
        self.audit = AuditLog(conn, self._lock, self.device.device_id)
        self.sealed = SealedStore(conn, self._lock, self.device.vault_id)
        self.journal = OpJournal(conn, self._lock, self.case_keys, lambda: self.projection,
                                 lambda: (self.device.user_id, self.device.device_id))  # fmt: skip
        self.load_report = LoadReport(False, 0, ())
        # Damaged, missing or replaced key slots found at the last unlock (the vault still
        # opened: e.g. a damaged recovery slot while the passphrase works).
        self.slot_problems: tuple[str, ...] = ()
        self.timings: dict[str, float] = {}  # last unlock: kdf_s, load_s (for diagnostics)

    @property
    def store_lock(self) -> threading.RLock:
        """The lock every part takes; for desktop/store modules only (a test enforces it)."""
        return self._lock

    @property
    def clock(self) -> HybridClock:
        return self.journal.clock

    # -- creating and opening -------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        deriver_factory: Callable[[Vault], Deriver],
        *,
        kdf_params: kdf.KdfParams | None = None,
        office_code: str = "MDG",
        device_code: str | None = None,
        user_id: str = "counselor",
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked, with the recovery key to show once."""
        check_passphrase_strength(passphrase)
        vmk = new_key()
        opened, recovery = envelope.create_file(
            Path(folder), vmk, passphrase, kdf_params or kdf.calibrate(),
            office_code=office_code, device_code=device_code, user_id=user_id,
        )  # fmt: skip
        vault = cls(opened.folder, opened.conn, opened.lock, deriver_factory)
        vault._become_unlocked(vmk)
        vault.audit.record("vault_created")
        return vault, recovery

    @classmethod
    def open(
        cls,
        folder: Path,
        deriver_factory: Callable[[Vault], Deriver],
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Vault:
        """Open a vault folder, still locked."""
        opened = envelope.open_file(Path(folder))
        return cls(opened.folder, opened.conn, opened.lock, deriver_factory, sleep)

    def close(self) -> None:
        """Lock (writing a snapshot if useful) and release the folder."""
        with self._lock:
            if self.is_unlocked:
                self.lock()
            self.conn.close()
            self._file_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- unlocking ----------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._keys is not None

    @property
    def failed_attempts(self) -> int:
        return self.slots.failed_attempts

    def seconds_until_next_try(self) -> float:
        """Remaining wait imposed by earlier wrong passphrases."""
        return self.slots.seconds_until_next_try()

    def unlock(self, passphrase: str) -> LoadReport:
        """Unlock with the passphrase; a wrong one is counted and slows the next try."""
        with self._lock:
            vmk = self.slots.open_with_passphrase(passphrase)
            self.timings["kdf_s"] = self.slots.kdf_s
            return self._finish_unlock(vmk, "unlock")

    def unlock_with_recovery_key(self, text: str) -> LoadReport:
        with self._lock:
            return self._finish_unlock(self.slots.open_with_recovery_key(text), "unlock_recovery")

    def unlock_with_device_key(self, store: DeviceKeyStore) -> LoadReport:
        """Unlock with a key this device remembered; raises if there is none."""
        with self._lock:
            return self._finish_unlock(self.slots.open_with_device_key(store), "unlock_device")

    def verify_passphrase(self, passphrase: str) -> None:
        """Check the passphrase of an unlocked vault (leaving kiosk mode, confirming a shred).

        A wrong one is counted, audited and slows the next try exactly like a
        failed unlock; raises WrongPassphraseError.
        """
        self._require()
        with self._lock:
            self.slots.open_with_passphrase(passphrase)
            self.slots.reset_failures()

    def _finish_unlock(self, vmk: bytes, action: str) -> LoadReport:
        finish_keyed_upgrade(self.conn, vmk)  # an upgrade that needed the key, if any
        self.slots.reset_failures()
        self.slot_problems = tuple(self.slots.problems(vmk))
        self._become_unlocked(vmk)
        blobs.remove_orphans(self.folder, self.conn)
        self.audit.record(action)
        return self.load_report

    def _become_unlocked(self, vmk: bytes) -> None:
        keys = _Keys.from_vmk(vmk)
        self._keys = keys
        self.case_keys.attach(subkey(vmk, "case-wrap/v1"))
        self.audit.attach(AuditKeys.from_vmk(vmk))
        self.sealed.attach(subkey(vmk, "settings/v1"))
        started = time.perf_counter()
        try:
            self._projection, self.load_report = self._load_projection(keys)
            self.timings["load_s"] = time.perf_counter() - started
        except BaseException:
            self._forget_keys()
            raise

    def _forget_keys(self) -> None:
        self._keys = None
        self.case_keys.detach()
        self.audit.detach()
        self.sealed.detach()

    def lock(self) -> None:
        """Drop every decrypted thing: projection, case keys, vault key."""
        with self._lock:
            if not self.is_unlocked:
                return
            # The snapshot only speeds up the next unlock: a full disk must not keep
            # the vault from locking (the ops are committed; they replay next time).
            with contextlib.suppress(sqlite3.Error, VaultCorruptError, StorageError):
                if self._ops_since_snapshot() > 0:
                    self.snapshot()
            if self._projection is not None:
                self._projection.close()
            self._projection = None
            self._forget_keys()

    def _require(self) -> _Keys:
        if self._keys is None:
            raise VaultLockedError("The vault is locked; unlock it first.")
        return self._keys

    @property
    def projection(self) -> Projection:
        """The decrypted projection, for desktop/store modules; others use ``reading()``."""
        self._require()
        assert self._projection is not None
        return self._projection

    @contextlib.contextmanager
    def reading(self, *, flush: bool = False) -> Iterator[ProjectionReader]:
        """Read the projection under the store's lock; ``flush`` first writes buffered
        records to its tables (needed by queries over records, not by ``get``)."""
        with self._lock:
            projection = self.projection
            if flush:
                projection.flush()
            yield ProjectionReader(projection)

    # -- passphrase, recovery and this device ----------------------------------------------
    def change_passphrase(
        self, new_passphrase: str, kdf_params: kdf.KdfParams | None = None
    ) -> None:
        """Re-wrap the vault key under a new passphrase (vault must be unlocked)."""
        keys = self._require()
        check_passphrase_strength(new_passphrase)
        params = kdf_params or kdf.calibrate()
        with self._lock, Transaction(self.conn):
            self.slots.set_passphrase(self.conn, keys.vmk, new_passphrase, params)
            self.audit.append_in(self.conn, "passphrase_changed")

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the new one."""
        keys = self._require()
        with self._lock, Transaction(self.conn):
            text = self.slots.replace_recovery(self.conn, keys.vmk)
            self.audit.append_in(self.conn, "recovery_key_replaced")
        return text

    def remember_on_device(self, store: DeviceKeyStore) -> None:
        """Let this device unlock without the passphrase (secure keyrings only)."""
        keys = self._require()
        wrapped = self.slots.add_device_slot(keys.vmk, store)
        with self._lock, Transaction(self.conn):
            self.slots.store_device_slot(self.conn, keys.vmk, wrapped)
            self.audit.append_in(self.conn, "device_remembered")

    def forget_on_device(self, store: DeviceKeyStore) -> None:
        with self._lock, Transaction(self.conn):
            self.slots.remove_device_slot(self.conn)
            if self.is_unlocked:
                self.audit.append_in(self.conn, "device_forgotten")
        store.forget(self.device.vault_id)

    @property
    def remembered_on_device(self) -> bool:
        return self.slots.remembered_on_device

    # -- keys for cases and indexes ---------------------------------------------------------
    def blind_index(self, value: str) -> str:
        """Keyed hash of a normalised identifier, for duplicate search without plaintext."""
        keys = self._require()
        return hmac.new(keys.index, value.encode(), hashlib.sha256).hexdigest()

    def case_key(self, case_id: str) -> tuple[str, bytes]:
        """The current (key id, data key) of a case."""
        self._require()
        return self.case_keys.current(case_id)

    def key_by_id(self, case_id: str, key_id: str) -> bytes:
        """Any key a case ever had (after a rotation, old ops still open with old keys)."""
        self._require()
        return self.case_keys.by_id(case_id, key_id)

    def case_key_ids(self, case_id: str) -> list[str]:
        """Every key id of a case, oldest first (the last one seals new ops)."""
        return self.case_keys.key_ids(case_id)

    def has_case(self, case_id: str) -> bool:
        return self.case_keys.has_case(case_id)

    def rotate_case_key(self, case_id: str) -> str:
        """Give a case a new data key for future ops; old keys stay to open old ops."""
        self._require()
        with self._lock:
            if not self.has_case(case_id):
                raise NotFoundError(
                    f"No key for case {case_id}: it was shredded or never existed.", case_id=case_id
                )
            with self.writing():
                key_id = self.case_keys.stage_new(case_id)
                self.record_audit("case_key_rotated", case_id, {"key_id": key_id})
            return key_id

    # -- writing (the op journal) ------------------------------------------------------------
    @contextlib.contextmanager
    def writing(self) -> Iterator[Vault]:
        """Group ops into one all-or-nothing commit; nested uses join the outer one."""
        self._require()
        with self.journal.transaction():
            yield self

    def new_case(self, case_id: str) -> None:
        """Give a new case its own random data key (inside :meth:`writing`)."""
        self.journal.new_case(case_id)

    def put(
        self,
        case_id: str,
        entity: str,
        entity_id: str,
        fields: dict[str, Any],
        parents: list[str],
        kind: str = "put",
    ) -> str:
        """Record one op (inside :meth:`writing`); the projection sees it at once."""
        return self.journal.put(case_id, entity, entity_id, fields, parents, kind)

    def after_commit(self, step: Step) -> None:
        """Run ``step(conn)`` inside the disk transaction that commits the pending ops."""
        self.journal.after_commit(step)

    def next_counter(self, name: str) -> int:
        """A per-device counter (reference numbers), committed with the current writing."""
        return self.journal.next_counter(name)

    # -- audit ---------------------------------------------------------------------------------
    def record_audit(
        self, action: str, target: str = "", details: dict[str, Any] | None = None
    ) -> None:
        """Add an audit entry; inside :meth:`writing` it commits with the ops."""
        self._require()
        defer = self.journal.after_commit if self.journal.in_transaction else None
        self.audit.record(action, target, details, defer=defer)

    def audit_entries(self) -> list[AuditEntry]:
        return self.audit.entries()

    def verify_audit(self) -> list[str]:
        return self.audit.verify()

    def key_slot_problems(self) -> list[str]:
        """Damaged, missing or replaced key slots (checksums and the MAC over all slots)."""
        return self.slots.problems(self._require().vmk)

    # -- snapshots and loading -----------------------------------------------------------------
    def _ops_since_snapshot(self) -> int:
        row = self.conn.execute("SELECT MAX(up_to_seq) FROM snapshots").fetchone()
        return self.journal.last_seq() - int(row[0] or 0)

    def snapshot(self) -> None:
        """Seal the projection so the next unlock need not replay the whole log."""
        keys = self._require()
        with self._lock:
            projection = self.projection
            image = projection.serialize()  # flushes first
            snapshots.write(self.conn, keys.snapshot, self.device.vault_id, image,
                            projection.applied_seq, PROJECTION_VERSION)  # fmt: skip

    def fresh_projection(self) -> Projection:
        """An empty projection with this vault's derived tables (for rebuilds and checks)."""
        return Projection(self._deriver_factory(self))

    def snapshot_problems(self) -> list[str]:
        """Snapshots that fail authentication, as sentences."""
        with self._lock:
            return snapshots.problems(self.conn, self._require().snapshot, self.device.vault_id)

    def _load_projection(self, keys: _Keys) -> tuple[Projection, LoadReport]:
        deriver = self._deriver_factory(self)
        projection: Projection | None = None
        newest = snapshots.newest(self.conn, PROJECTION_VERSION)
        if newest is not None:
            snapshot_id, up_to = newest
            try:
                image = snapshots.read(self.conn, keys.snapshot, self.device.vault_id, snapshot_id)
                projection = Projection.deserialize(deriver, image)
                del image
                if projection.applied_seq != up_to:
                    projection.close()
                    projection = None
            except (AuthenticationError, sqlite3.DatabaseError):
                projection = None  # rebuild from the op log below; `check` reports it
        from_snapshot = projection is not None
        if projection is None:
            projection = Projection(deriver)
        applied, bad = self.journal.replay(projection, projection.applied_seq)
        return projection, LoadReport(from_snapshot, applied, tuple(bad))

    def replay(self, projection: Projection, after_seq: int) -> tuple[int, list[str]]:
        """Apply sealed ops after ``after_seq``; returns (applied, ids of ops that failed)."""
        return self.journal.replay(projection, after_seq)

    def back_up(self, folder: Path) -> None:
        """Copy the vault database (consistently, while nothing writes) and its evidence
        files into an empty ``folder``: still sealed, openable like the original."""
        with self._lock:
            target = sqlite3.connect(folder / DB_NAME)
            try:
                self.conn.backup(target)
            finally:
                target.close()
            blob_dir = self.folder / blobs.BLOB_DIR
            if blob_dir.is_dir():
                shutil.copytree(blob_dir, folder / blobs.BLOB_DIR)

    # -- evidence files ----------------------------------------------------------------------
    def read_blob(self, blob_id: str, case_id: str) -> Iterator[bytes]:
        """An evidence file's plaintext, chunk by chunk, opened with the file's own key (one
        written before a key rotation keeps the old key).  KeyError if the file is absent."""
        self._require()
        with self._lock:
            key = self.case_keys.by_id(case_id, blobs.key_id_of(self.conn, blob_id))
            count = blobs.chunk_count(self.conn, blob_id, case_id)
        yield from blobs.read_file(self.folder, blob_id, case_id, count, key)

    # -- shredding ------------------------------------------------------------------------------
    def shred(self, case_id: str, details: dict[str, Any]) -> None:
        """Destroy the case key; then remove its ciphertext and reseal the snapshot."""
        self._require()
        with self._lock:
            with Transaction(self.conn):
                self.case_keys.destroy(self.conn, case_id)
                self.journal.destroy_case(self.conn, case_id)
                blob_ids = blobs.forget_case(self.conn, case_id)
                self.audit.append_in(self.conn, "shred", case_id, details)
            for blob_id in blob_ids:
                blobs.discard(self.folder, blob_id)
            self.projection.begin()
            self.projection.drop_case(case_id)
            self.projection.commit()
            # The old snapshot still holds the case's plaintext under the vault key.
            self.snapshot()
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- records sealed under the vault key -------------------------------------------------------
    def read_sealed(self, name: str) -> dict[str, Any] | None:
        self._require()
        return self.sealed.read(name)

    def write_sealed(self, name: str, value: dict[str, Any]) -> None:
        self._require()
        self.sealed.write(name, value)

    # -- this device's codes and author ------------------------------------------------
    def set_codes(self, *, office_code: str, device_code: str) -> None:
        """Change the prefixes of new reference numbers (existing ones keep theirs)."""
        office, device = office_code.strip().upper(), device_code.strip().upper()
        for label, code in (("office", office), ("device", device)):
            if not code or not code.isalnum() or len(code) > 8:
                raise InvalidValueError(
                    f"The {label} code must be 1 to 8 letters or digits, not '{code}'.",
                    label=label,
                    code_text=code,
                )
        with self._lock, Transaction(self.conn):
            set_meta(self.conn, "office_code", office)
            set_meta(self.conn, "device_code", device)
        self.device = replace(self.device, office_code=office, device_code=device)

    def set_user_id(self, user_id: str) -> None:
        """Name the person this vault's changes are authored by (before sync enrolment).

        Refused once this device has authored changes under another name: the author is
        sealed into every op, so the old ones could not be sent under the new name."""
        user_id = user_id.strip()
        if not user_id or len(user_id) > 64 or not all(c.isalnum() or c in "_-." for c in user_id):
            raise InvalidValueError(
                f"'{user_id}' is not a valid user id (letters, digits, _-.).", user_id=user_id
            )
        with self._lock:
            if self.journal.authored_by_other(self.device.device_id, user_id):
                raise InvalidValueError(
                    f"This vault's changes are authored as '{self.device.user_id}'; "
                    f"it cannot become '{user_id}'.",
                    current_user_id=self.device.user_id,
                    new_user_id=user_id,
                )
            with Transaction(self.conn):
                set_meta(self.conn, "user_id", user_id)
        self.device = replace(self.device, user_id=user_id)

"""The vault: one folder, one SQLite file, everything in it sealed.

Key hierarchy::

    passphrase --Argon2id--> KEK --wraps--> vault master key (VMK)
    recovery key --HKDF----> RKEK --wraps--> VMK
    device key (OS keyring) --wraps--> VMK            (only if asked, secure keyrings only)
    VMK --HKDF--> case-wrap key --wraps--> one random data key per case
                  snapshot key  --seals--> snapshots of the projection
                  audit key     --MACs-->  audit entries
                  index key     --HMACs--> blind indexes (phone, residence card)
    case data key --seals--> that case's ops and evidence chunks

Destroying a case's key wrap shreds the case: its ops and blobs (here, on the
sync server, in any export of ciphertext) can no longer be opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from desktop.crypto import kdf
from desktop.crypto.aead import AuthenticationError, bind, new_key, open_sealed, seal
from desktop.crypto.keys import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
    recovery_kek,
    subkey,
    unwrap_key,
    wrap_key,
)
from desktop.devicekey import DeviceKeyStore
from desktop.errors import (
    InvalidValueError,
    KeyringUnavailableError,
    NotFoundError,
    VaultBusyError,
    VaultCorruptError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.store import audit, blobs, oplog, snapshots
from desktop.store.database import DB_NAME, Transaction, connect, create_schema, get_meta, set_meta
from desktop.store.format import FORMAT_VERSION, create_later_tables, migrate
from desktop.store.hlc import HybridClock, Stamp
from desktop.store.ids import new_id
from desktop.store.oplog import Op, OpHeader, SealedOp
from desktop.store.projection import PROJECTION_VERSION, Deriver, Projection

MIN_PASSPHRASE_CHARS = 10
FREE_ATTEMPTS = 3
MAX_DELAY_S = 60.0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases that an attacker with a copy of the vault could guess."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError(
            f"The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words work well."
        )
    if len(set(passphrase)) < 5:
        raise WeakPassphraseError("The passphrase repeats too few different characters.")


def unlock_delay(failed_attempts: int) -> float:
    """Seconds to wait before the next try: none for the first few, then doubling."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** (failed_attempts - FREE_ATTEMPTS)))


@dataclass(frozen=True)
class DeviceInfo:
    vault_id: str
    device_id: str
    device_code: str
    office_code: str
    user_id: str


@dataclass
class _Keys:
    vmk: bytes
    case_wrap: bytes
    snapshot: bytes
    audit: bytes
    index: bytes
    settings: bytes

    @classmethod
    def from_vmk(cls, vmk: bytes) -> _Keys:
        return cls(
            vmk=vmk,
            case_wrap=subkey(vmk, "case-wrap/v1"),
            snapshot=subkey(vmk, "snapshot/v1"),
            audit=subkey(vmk, "audit/v1"),
            index=subkey(vmk, "blind-index/v1"),
            settings=subkey(vmk, "settings/v1"),
        )


@dataclass(frozen=True)
class LoadReport:
    """What unlocking found: ops that could not be opened are skipped, not shown."""

    from_snapshot: bool
    ops_applied: int
    bad_ops: tuple[str, ...]


class Vault:
    """An open vault folder.  Locked until :meth:`unlock` succeeds."""

    def __init__(
        self,
        folder: Path,
        conn: sqlite3.Connection,
        lock: FileLock,
        deriver_factory: Callable[[Vault], Deriver],
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.folder = folder
        self.conn = conn
        self._file_lock = lock
        self._deriver_factory = deriver_factory
        self._sleep = sleep
        self.mutex = threading.RLock()
        self._keys: _Keys | None = None
        self._projection: Projection | None = None
        self._case_keys: dict[str, tuple[str, bytes]] = {}
        self._writing_depth = 0
        self._pending: list[SealedOp] = []
        self._pending_wraps: list[tuple[str, str, bytes]] = []
        self._after_commit: list[Callable[[sqlite3.Connection], None]] = []
        self._pending_counters: dict[str, int] = {}
        self.device = DeviceInfo(
            vault_id=get_meta(conn, "vault_id"),
            device_id=get_meta(conn, "device_id"),
            device_code=get_meta(conn, "device_code"),
            office_code=get_meta(conn, "office_code"),
            user_id=get_meta(conn, "user_id"),
        )
        last = conn.execute("SELECT MAX(hlc) FROM ops").fetchone()[0]
        self.clock = HybridClock(Stamp.decode(last) if last else None)
        self.load_report = LoadReport(False, 0, ())
        self.timings: dict[str, float] = {}  # last unlock: kdf_s, load_s (for diagnostics)

    # -- creating and opening -------------------------------------------------
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
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / DB_NAME
        if path.exists():
            raise VaultExistsError(f"A vault already exists in {folder}.")
        lock = _acquire(folder)
        params = kdf_params or kdf.calibrate()
        vmk = new_key()
        vault_id = new_id()
        device_id = new_id()
        recovery = new_recovery_secret()
        tmp = folder / (DB_NAME + ".creating")
        for stale in folder.glob(DB_NAME + ".creating*"):
            stale.unlink()
        conn = connect(tmp)
        try:
            with Transaction(conn):
                create_schema(conn)
                create_later_tables(conn)
                for key, value in {
                    "format_version": FORMAT_VERSION,
                    "vault_id": vault_id,
                    "created_at": _now(),
                    "kdf": params.to_json(),
                    "device_id": device_id,
                    "device_code": (device_code or device_id[:4]).upper(),
                    "office_code": office_code.upper(),
                    "user_id": user_id,
                    "failed_attempts": 0,
                }.items():
                    set_meta(conn, key, value)
                kek = kdf.derive(passphrase, params)
                _put_wrap(conn, "passphrase", wrap_key(kek, vmk, _vmk_ad(vault_id, "passphrase")))
                _put_wrap(
                    conn,
                    "recovery",
                    wrap_key(recovery_kek(recovery), vmk, _vmk_ad(vault_id, "recovery")),
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            # Appear under the real name only when complete.
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(str(tmp) + suffix)
            os.replace(tmp, path)
            os.chmod(path, 0o600)
        except BaseException:
            conn.close()
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            lock.release()
            raise
        vault = cls(folder, connect(path), lock, deriver_factory)
        vault._become_unlocked(vmk)
        vault._audit("vault_created")
        return vault, format_recovery_key(recovery)

    @classmethod
    def open(
        cls,
        folder: Path,
        deriver_factory: Callable[[Vault], Deriver],
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Vault:
        """Open a vault folder, still locked."""
        folder = Path(folder)
        path = folder / DB_NAME
        if not path.is_file():
            raise VaultNotFoundError(
                f"No vault found in {folder}. Create one with 'init' or choose another folder."
            )
        lock = _acquire(folder)
        try:
            conn = connect(path)
            try:
                _check_is_vault(conn)
                migrate(conn)
            except BaseException:
                conn.close()
                raise
        except sqlite3.DatabaseError as exc:
            lock.release()
            raise VaultCorruptError(
                f"The vault file in {folder} is damaged or is not a vault ({exc})."
            ) from exc
        except BaseException:
            lock.release()
            raise
        return cls(folder, conn, lock, deriver_factory, sleep)

    def close(self) -> None:
        """Lock (writing a snapshot if useful) and release the folder."""
        with self.mutex:
            if self.is_unlocked:
                self.lock()
            self.conn.close()
            self._file_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- unlocking -------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._keys is not None

    @property
    def failed_attempts(self) -> int:
        return int(get_meta(self.conn, "failed_attempts", 0))

    def seconds_until_next_try(self) -> float:
        """Remaining wait imposed by earlier wrong passphrases."""
        last = get_meta(self.conn, "last_failed_at", 0.0)
        remaining = float(last) + unlock_delay(self.failed_attempts) - time.time()
        return max(0.0, remaining)

    def unlock(self, passphrase: str) -> LoadReport:
        """Unlock with the passphrase; a wrong one is counted and slows the next try."""
        with self.mutex:
            wait = self.seconds_until_next_try()
            if wait > 0:
                self._sleep(wait)
            params = kdf.KdfParams.from_json(get_meta(self.conn, "kdf"))
            started = time.perf_counter()
            kek = kdf.derive(passphrase, params)
            self.timings["kdf_s"] = time.perf_counter() - started
            vmk = self._try_unwrap("passphrase", kek)
            return self._finish_unlock(vmk, "unlock")

    def verify_passphrase(self, passphrase: str) -> None:
        """Check the passphrase of an unlocked vault (leaving kiosk mode, confirming a shred).

        A wrong one is counted, audited and slows the next try exactly like a
        failed unlock; raises WrongPassphraseError.
        """
        self._require()
        with self.mutex:
            wait = self.seconds_until_next_try()
            if wait > 0:
                self._sleep(wait)
            params = kdf.KdfParams.from_json(get_meta(self.conn, "kdf"))
            self._try_unwrap("passphrase", kdf.derive(passphrase, params))
            with Transaction(self.conn):
                set_meta(self.conn, "failed_attempts", 0)

    def unlock_with_recovery_key(self, text: str) -> LoadReport:
        with self.mutex:
            wait = self.seconds_until_next_try()
            if wait > 0:
                self._sleep(wait)
            secret = parse_recovery_key(text)
            if secret is None:
                raise WrongPassphraseError(
                    "That recovery key is mistyped: check each group of four characters."
                )
            vmk = self._try_unwrap("recovery", recovery_kek(secret))
            return self._finish_unlock(vmk, "unlock_recovery")

    def unlock_with_device_key(self, store: DeviceKeyStore) -> LoadReport:
        """Unlock with a key this device remembered; raises if there is none."""
        with self.mutex:
            key = store.load(self.device.vault_id)
            if key is None or self._wrap("device") is None:
                raise KeyringUnavailableError(
                    "This device does not remember the vault; enter the passphrase."
                )
            vmk = self._try_unwrap("device", key)
            return self._finish_unlock(vmk, "unlock_device")

    def _wrap(self, kind: str) -> bytes | None:
        row = self.conn.execute("SELECT wrapped FROM key_wraps WHERE wrap_id=?", (kind,)).fetchone()
        return bytes(row[0]) if row else None

    def _try_unwrap(self, kind: str, kek: bytes) -> bytes:
        wrapped = self._wrap(kind)
        if wrapped is None:
            raise VaultCorruptError(f"The vault has lost its {kind} key slot.")
        try:
            return unwrap_key(kek, wrapped, _vmk_ad(self.device.vault_id, kind))
        except AuthenticationError:
            with Transaction(self.conn):
                set_meta(self.conn, "failed_attempts", self.failed_attempts + 1)
                set_meta(self.conn, "last_failed_at", time.time())
                audit.append(self.conn, "unlock_failed", device=self.device.device_id,
                             details={"method": kind})  # fmt: skip
            what = {"passphrase": "passphrase", "recovery": "recovery key"}.get(kind, "device key")
            raise WrongPassphraseError(
                f"Wrong {what}: the vault stays locked. Check the keyboard language and Caps Lock."
            ) from None

    def _finish_unlock(self, vmk: bytes, action: str) -> LoadReport:
        with Transaction(self.conn):
            set_meta(self.conn, "failed_attempts", 0)
        self._become_unlocked(vmk)
        blobs.remove_orphans(self.folder, self.conn)
        self._audit(action)
        return self.load_report

    def _become_unlocked(self, vmk: bytes) -> None:
        self._keys = _Keys.from_vmk(vmk)
        started = time.perf_counter()
        try:
            self._projection, self.load_report = self._load_projection()
            self.timings["load_s"] = time.perf_counter() - started
        except BaseException:
            self._keys = None
            raise

    def lock(self) -> None:
        """Drop every decrypted thing: projection, case keys, vault key."""
        with self.mutex:
            if not self.is_unlocked:
                return
            with contextlib.suppress(sqlite3.Error, VaultCorruptError):
                if self._ops_since_snapshot() > 0:
                    self.snapshot()
            if self._projection is not None:
                self._projection.close()
            self._projection = None
            self._case_keys.clear()
            self._keys = None

    def _require(self) -> _Keys:
        if self._keys is None:
            raise VaultLockedError("The vault is locked; unlock it first.")
        return self._keys

    @property
    def projection(self) -> Projection:
        self._require()
        assert self._projection is not None
        return self._projection

    # -- passphrase and recovery ----------------------------------------------
    def change_passphrase(
        self, new_passphrase: str, kdf_params: kdf.KdfParams | None = None
    ) -> None:
        """Re-wrap the vault key under a new passphrase (vault must be unlocked)."""
        keys = self._require()
        check_passphrase_strength(new_passphrase)
        params = kdf_params or kdf.calibrate()
        kek = kdf.derive(new_passphrase, params)
        wrapped = wrap_key(kek, keys.vmk, _vmk_ad(self.device.vault_id, "passphrase"))
        with self.mutex, Transaction(self.conn):
            set_meta(self.conn, "kdf", params.to_json())
            _put_wrap(self.conn, "passphrase", wrapped)
            self._audit_in_txn("passphrase_changed")

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the new one."""
        keys = self._require()
        secret = new_recovery_secret()
        wrapped = wrap_key(
            recovery_kek(secret), keys.vmk, _vmk_ad(self.device.vault_id, "recovery")
        )
        with self.mutex, Transaction(self.conn):
            _put_wrap(self.conn, "recovery", wrapped)
            self._audit_in_txn("recovery_key_replaced")
        return format_recovery_key(secret)

    def remember_on_device(self, store: DeviceKeyStore) -> None:
        """Let this device unlock without the passphrase (secure keyrings only)."""
        keys = self._require()
        reason = store.refusal()
        if reason is not None:
            raise KeyringUnavailableError(f"Cannot remember the vault on this device: {reason}.")
        device_key = new_key()
        wrapped = wrap_key(device_key, keys.vmk, _vmk_ad(self.device.vault_id, "device"))
        store.save(self.device.vault_id, device_key)
        with self.mutex, Transaction(self.conn):
            _put_wrap(self.conn, "device", wrapped)
            self._audit_in_txn("device_remembered")

    def forget_on_device(self, store: DeviceKeyStore) -> None:
        with self.mutex, Transaction(self.conn):
            self.conn.execute("DELETE FROM key_wraps WHERE wrap_id='device'")
            if self.is_unlocked:
                self._audit_in_txn("device_forgotten")
        store.forget(self.device.vault_id)

    @property
    def remembered_on_device(self) -> bool:
        return self._wrap("device") is not None

    # -- keys for cases and indexes -------------------------------------------
    def blind_index(self, value: str) -> str:
        """Keyed hash of a normalised identifier, for duplicate search without plaintext."""
        keys = self._require()
        return hmac.new(keys.index, value.encode(), hashlib.sha256).hexdigest()

    def case_key(self, case_id: str) -> tuple[str, bytes]:
        """The current (key id, data key) of a case."""
        keys = self._require()
        cached = self._case_keys.get(case_id)
        if cached is not None:
            return cached
        # rowid breaks ties within one second (a key rotated right after it was made).
        row = self.conn.execute(
            "SELECT key_id, wrapped FROM case_keys WHERE case_id=? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (case_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No key for case {case_id}: it was shredded or never existed.")
        key_id, wrapped = row
        try:
            key = unwrap_key(keys.case_wrap, bytes(wrapped), _case_key_ad(case_id, key_id))
        except AuthenticationError as exc:
            raise VaultCorruptError(f"The key of case {case_id} is damaged.") from exc
        self._case_keys[case_id] = (key_id, key)
        return key_id, key

    def key_by_id(self, case_id: str, key_id: str) -> bytes:
        """Any key a case ever had (after a rotation, old ops still open with old keys)."""
        keys = self._require()
        current_id, key = self.case_key(case_id)
        if current_id == key_id:
            return key
        row = self.conn.execute(
            "SELECT wrapped FROM case_keys WHERE case_id=? AND key_id=?", (case_id, key_id)
        ).fetchone()
        if row is None:
            raise VaultCorruptError(f"Case {case_id} has no key {key_id}.")
        try:
            return unwrap_key(keys.case_wrap, bytes(row[0]), _case_key_ad(case_id, key_id))
        except AuthenticationError as exc:
            raise VaultCorruptError(f"The key of case {case_id} is damaged.") from exc

    def case_key_ids(self, case_id: str) -> list[str]:
        """Every key id of a case, oldest first (the last one seals new ops)."""
        rows = self.conn.execute(
            "SELECT key_id FROM case_keys WHERE case_id=? ORDER BY created_at, rowid", (case_id,)
        )
        return [str(r[0]) for r in rows]

    def store_case_key(self, case_id: str, key_id: str, key: bytes) -> bool:
        """Keep a case key received from elsewhere (inside the caller's transaction).

        Wrapped under the vault key like the vault's own; the newest stored key of a
        case seals its new ops.  Returns False if the key id was already known.
        """
        keys = self._require()
        wrapped = wrap_key(keys.case_wrap, key, _case_key_ad(case_id, key_id))
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO case_keys(case_id, key_id, wrapped, created_at) "
            "VALUES (?,?,?,?)",
            (case_id, key_id, wrapped, _now()),
        )
        self._case_keys.pop(case_id, None)
        return cur.rowcount > 0

    def drop_cached_keys(self, case_ids: Iterable[str]) -> None:
        """Forget cached case keys (after a rolled-back transaction that stored some)."""
        for case_id in case_ids:
            self._case_keys.pop(case_id, None)

    def rotate_case_key(self, case_id: str) -> str:
        """Give a case a new data key for future ops; old keys stay to open old ops."""
        self._require()
        with self.mutex:
            if not self.has_case(case_id):
                raise NotFoundError(f"No key for case {case_id}: it was shredded or never existed.")
            key_id = new_id()
            with Transaction(self.conn):
                self.store_case_key(case_id, key_id, new_key())
                self._audit_in_txn("case_key_rotated", case_id, {"key_id": key_id})
            return key_id

    def has_case(self, case_id: str) -> bool:
        if case_id in self._case_keys:
            return True
        row = self.conn.execute("SELECT 1 FROM case_keys WHERE case_id=?", (case_id,)).fetchone()
        return row is not None

    # -- writing ---------------------------------------------------------------
    @contextlib.contextmanager
    def writing(self) -> Iterator[Vault]:
        """Group ops into one all-or-nothing commit; nested uses join the outer one."""
        self._require()
        with self.mutex:
            outer = self._writing_depth == 0
            if outer:
                self.projection.begin()
            self._writing_depth += 1
            try:
                yield self
            except BaseException:
                self._writing_depth -= 1
                if outer:
                    self._abort_pending()
                raise
            self._writing_depth -= 1
            if outer:
                self._commit_pending()

    def new_case(self, case_id: str) -> None:
        """Give a new case its own random data key (inside :meth:`writing`)."""
        keys = self._require()
        key_id = new_id()
        key = new_key()
        wrapped = wrap_key(keys.case_wrap, key, _case_key_ad(case_id, key_id))
        self._pending_wraps.append((case_id, key_id, wrapped))
        self._case_keys[case_id] = (key_id, key)

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
        if self._writing_depth == 0:
            raise RuntimeError("put() outside writing()")
        key_id, key = self.case_key(case_id)
        header = OpHeader(
            op_id=oplog.new_op_id(),
            case_id=case_id,
            entity=entity,
            entity_id=entity_id,
            hlc=self.clock.tick().encode(),
            parents=tuple(parents),
            author=self.device.user_id,
            device=self.device.device_id,
            key_id=key_id,
        )
        payload: dict[str, Any] = {"t": kind, "f": fields}
        self._pending.append(oplog.seal_op(header, payload, key))
        self.projection.apply(Op(header, payload))
        return header.op_id

    def after_commit(self, step: Callable[[sqlite3.Connection], None]) -> None:
        """Run ``step(conn)`` inside the disk transaction that commits the pending ops."""
        self._after_commit.append(step)

    def _commit_pending(self) -> None:
        ops, wraps, steps = self._pending, self._pending_wraps, self._after_commit
        self._pending, self._pending_wraps, self._after_commit = [], [], []
        try:
            with Transaction(self.conn):
                if wraps:
                    now = _now()
                    self.conn.executemany(
                        "INSERT INTO case_keys(case_id, key_id, wrapped, created_at) "
                        "VALUES (?,?,?,?)",
                        [(c, k, w, now) for c, k, w in wraps],
                    )
                oplog.insert(self.conn, ops)
                for step in steps:
                    step(self.conn)
                if ops:
                    self.projection.mark_applied(oplog.last_seq(self.conn))
        except BaseException:
            for case_id, _, _ in wraps:
                self._case_keys.pop(case_id, None)
            self._pending_counters.clear()
            self.projection.rollback()
            raise
        self._pending_counters.clear()
        self.projection.commit()

    def _abort_pending(self) -> None:
        for case_id, _, _ in self._pending_wraps:
            self._case_keys.pop(case_id, None)
        self._pending, self._pending_wraps, self._after_commit = [], [], []
        self._pending_counters.clear()
        self.projection.rollback()

    # -- audit -------------------------------------------------------------------
    def _audit(self, action: str, target: str = "", details: dict[str, Any] | None = None) -> None:
        with Transaction(self.conn):
            self._audit_in_txn(action, target, details)

    def _audit_in_txn(
        self, action: str, target: str = "", details: dict[str, Any] | None = None
    ) -> None:
        keys = self._require()
        audit.append(self.conn, action, device=self.device.device_id, target=target,
                     details=details, mac_key=keys.audit)  # fmt: skip

    def record_audit(
        self, action: str, target: str = "", details: dict[str, Any] | None = None
    ) -> None:
        """Add an audit entry; inside :meth:`writing` it commits with the ops."""
        self._require()
        if self._writing_depth:
            self.after_commit(lambda conn: self._audit_in_txn(action, target, details))
        else:
            self._audit(action, target, details)

    def audit_entries(self) -> list[audit.AuditEntry]:
        return audit.entries(self.conn)

    def verify_audit(self) -> list[str]:
        return audit.verify(self.conn, self._keys.audit if self._keys else None)

    # -- snapshots and loading ----------------------------------------------------
    def _ops_since_snapshot(self) -> int:
        row = self.conn.execute("SELECT MAX(up_to_seq) FROM snapshots").fetchone()
        return oplog.last_seq(self.conn) - int(row[0] or 0)

    def snapshot(self) -> None:
        """Seal the projection so the next unlock need not replay the whole log."""
        keys = self._require()
        with self.mutex:
            projection = self.projection
            image = projection.serialize()  # flushes first
            snapshots.write(self.conn, keys.snapshot, self.device.vault_id, image,
                            projection.applied_seq, PROJECTION_VERSION)  # fmt: skip

    def fresh_projection(self) -> Projection:
        """An empty projection with this vault's derived tables (for rebuilds and checks)."""
        return Projection(self._deriver_factory(self))

    def snapshot_problems(self) -> list[str]:
        """Snapshots that fail authentication, as sentences."""
        return snapshots.problems(self.conn, self._require().snapshot, self.device.vault_id)

    def _load_projection(self) -> tuple[Projection, LoadReport]:
        keys = self._require()
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
        applied, bad = self.replay(projection, projection.applied_seq)
        return projection, LoadReport(from_snapshot, applied, tuple(bad))

    def replay(self, projection: Projection, after_seq: int) -> tuple[int, list[str]]:
        """Apply sealed ops after ``after_seq``; returns (applied, ids of ops that failed)."""
        bad: list[str] = []
        applied = 0
        projection.begin()
        for sealed in oplog.read_after(self.conn, after_seq):
            try:
                key = self.key_by_id(sealed.header.case_id, sealed.header.key_id)
                op = oplog.open_op(sealed, key)
            except (AuthenticationError, VaultCorruptError, NotFoundError, ValueError):
                bad.append(sealed.header.op_id)
                continue
            projection.apply(op)
            applied += 1
        projection.commit()
        return applied, bad

    # -- shredding ------------------------------------------------------------------
    def shred(self, case_id: str, details: dict[str, Any]) -> None:
        """Destroy the case key; then remove its ciphertext and reseal the snapshot."""
        self._require()
        with self.mutex:
            with Transaction(self.conn):
                self.conn.execute("DELETE FROM case_keys WHERE case_id=?", (case_id,))
                self.conn.execute("DELETE FROM ops WHERE case_id=?", (case_id,))
                blob_ids = [
                    r[0]
                    for r in self.conn.execute(
                        "SELECT blob_id FROM blobs WHERE case_id=?", (case_id,)
                    )
                ]
                self.conn.execute("DELETE FROM blobs WHERE case_id=?", (case_id,))
                self._audit_in_txn("shred", case_id, details)
            self._case_keys.pop(case_id, None)
            for blob_id in blob_ids:
                blobs.discard(self.folder, blob_id)
            self.projection.begin()
            self.projection.drop_case(case_id)
            self.projection.commit()
            # The old snapshot still holds the case's plaintext under the vault key.
            self.snapshot()
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- settings sealed under the vault key ----------------------------------------
    def read_sealed(self, name: str) -> dict[str, Any] | None:
        keys = self._require()
        row = self.conn.execute(
            "SELECT nonce, ciphertext FROM sealed WHERE name=?", (name,)
        ).fetchone()
        if row is None:
            return None
        try:
            data = open_sealed(
                keys.settings,
                bytes(row[0]),
                bytes(row[1]),
                bind("sealed", self.device.vault_id, name),
            )
        except AuthenticationError as exc:
            raise VaultCorruptError(f"The stored {name} are damaged.") from exc
        value = json.loads(data)
        return value if isinstance(value, dict) else None

    def write_sealed(self, name: str, value: dict[str, Any]) -> None:
        keys = self._require()
        nonce, ct = seal(
            keys.settings,
            json.dumps(value, ensure_ascii=False).encode(),
            bind("sealed", self.device.vault_id, name),
        )
        with self.mutex, Transaction(self.conn):
            self.conn.execute(
                "INSERT OR REPLACE INTO sealed(name, nonce, ciphertext) VALUES (?,?,?)",
                (name, nonce, ct),
            )

    def set_codes(self, *, office_code: str, device_code: str) -> None:
        """Change the prefixes of new reference numbers (existing ones keep theirs)."""
        office, device = office_code.strip().upper(), device_code.strip().upper()
        for label, code in (("office", office), ("device", device)):
            if not code or not code.isalnum() or len(code) > 8:
                raise InvalidValueError(
                    f"The {label} code must be 1 to 8 letters or digits, not '{code}'."
                )
        with self.mutex, Transaction(self.conn):
            set_meta(self.conn, "office_code", office)
            set_meta(self.conn, "device_code", device)
        self.device = DeviceInfo(self.device.vault_id, self.device.device_id, device, office,
                                 self.device.user_id)  # fmt: skip

    def set_user_id(self, user_id: str) -> None:
        """Name the person this vault's changes are authored by (before sync enrolment).

        Refused once this device has authored changes under another name: the author is
        sealed into every op, so the old ones could not be sent under the new name."""
        user_id = user_id.strip()
        if not user_id or len(user_id) > 64 or not all(c.isalnum() or c in "_-." for c in user_id):
            raise InvalidValueError(f"'{user_id}' is not a valid user id (letters, digits, _-.).")
        with self.mutex, Transaction(self.conn):
            other = self.conn.execute(
                "SELECT 1 FROM ops WHERE device=? AND author!=? LIMIT 1",
                (self.device.device_id, user_id),
            ).fetchone()
            if other is not None:
                raise InvalidValueError(
                    f"This vault's changes are authored as '{self.device.user_id}'; "
                    f"it cannot become '{user_id}'."
                )
            set_meta(self.conn, "user_id", user_id)
        self.device = DeviceInfo(self.device.vault_id, self.device.device_id,
                                 self.device.device_code, self.device.office_code,
                                 user_id)  # fmt: skip

    def next_counter(self, name: str) -> int:
        """A per-device counter (reference numbers), committed with the current writing."""
        if self._writing_depth == 0:
            raise RuntimeError("next_counter() outside writing()")
        key = f"counter:{name}"
        if key not in self._pending_counters:
            self._pending_counters[key] = int(get_meta(self.conn, key, 0))
            self.after_commit(lambda conn: set_meta(conn, key, self._pending_counters[key]))
        self._pending_counters[key] += 1
        return self._pending_counters[key]


def _vmk_ad(vault_id: str, kind: str) -> bytes:
    return bind("vmk", vault_id, kind)


def _case_key_ad(case_id: str, key_id: str) -> bytes:
    return bind("case-key", case_id, key_id)


def _put_wrap(conn: sqlite3.Connection, kind: str, wrapped: bytes) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO key_wraps(wrap_id, kind, wrapped, created_at) VALUES (?,?,?,?)",
        (kind, kind, wrapped, _now()),
    )


def _acquire(folder: Path) -> FileLock:
    lock = FileLock(str(folder / ".lock"), is_singleton=False, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise VaultBusyError(
            f"The vault in {folder} is open in another Madoguchi window or command; close it first."
        ) from None
    return lock


def _check_is_vault(conn: sqlite3.Connection) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        raise VaultCorruptError("The vault file holds no Madoguchi data.")

"""Key slots: the ways to reach the vault master key (VMK), and the brake on guessing.

Each slot wraps the same VMK under a different key-encryption key::

    passphrase --Argon2id--> KEK   -> slot "passphrase"
    recovery key --HKDF----> RKEK  -> slot "recovery"
    device key (OS keyring)        -> slot "device"   (only if asked, secure keyrings only)

A wrong secret is counted in the clear ``meta`` table (there is no key yet to seal it
with) and slows the next try; the failure is kept in the audit log's unsigned pending
table until the next unlock moves it into the signed chain (``audit.py``).

Each slot carries a checksum and all of them a MAC under the vault key
(``slot_integrity.py``): a damaged slot is named as damaged, never taken for a wrong
secret, and a damaged recovery or device slot is found while the passphrase still works.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from desktop.crypto import kdf
from desktop.crypto.aead import AuthenticationError, bind, new_key
from desktop.crypto.keys import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
    recovery_kek,
    unwrap_key,
    wrap_key,
)
from desktop.devicekey import DeviceKeyStore
from desktop.errors import (
    KeyringUnavailableError,
    VaultCorruptError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.store import audit, slot_integrity
from desktop.store.database import Transaction, get_meta, set_meta

MIN_PASSPHRASE_CHARS = 10
FREE_ATTEMPTS = 3
MAX_DELAY_S = 60.0

_SLOT_WORDS = {"passphrase": "passphrase", "recovery": "recovery key"}
_DAMAGED_ADVICE = {
    "passphrase": "unlock with the recovery key",
    "recovery": "unlock with the passphrase and make a new recovery key",
    "device": "unlock with the passphrase; this device will remember the vault again if asked",
}


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases that an attacker with a copy of the vault could guess."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError(
            f"The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words work well.",
            code="passphrase.too_short",
            min_chars=MIN_PASSPHRASE_CHARS,
        )
    if len(set(passphrase)) < 5:
        raise WeakPassphraseError(
            "The passphrase repeats too few different characters.", code="passphrase.too_repetitive"
        )


def unlock_delay(failed_attempts: int) -> float:
    """Seconds to wait before the next try: none for the first few, then doubling."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** (failed_attempts - FREE_ATTEMPTS)))


def vmk_ad(vault_id: str, slot: str) -> bytes:
    return bind("vmk", vault_id, slot)


def put_slot(conn: sqlite3.Connection, slot: str, wrapped: bytes) -> None:
    """Write a slot with its checksum (inside the caller's transaction; the caller then
    reseals the slots' MAC with the vault key)."""
    conn.execute(
        "INSERT OR REPLACE INTO key_wraps(wrap_id, kind, wrapped, created_at) VALUES (?,?,?,?)",
        (slot, slot, wrapped, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    # Only this slot's checksum: another slot found damaged stays reported as damaged.
    slot_integrity.refresh_checksum(conn, slot)


def read_kdf_params(conn: sqlite3.Connection) -> kdf.KdfParams:
    """The passphrase slot's Argon2id parameters, bounds-checked (one line if damaged)."""
    return kdf.KdfParams.from_json(get_meta(conn, "kdf"))


def create_slots(
    conn: sqlite3.Connection, vault_id: str, vmk: bytes, passphrase: str, params: kdf.KdfParams
) -> str:
    """The slots of a new vault (inside the caller's transaction); returns the recovery key."""
    recovery = new_recovery_secret()
    set_meta(conn, "kdf", params.to_json())
    put_slot(conn, "passphrase", wrap_key(kdf.derive(passphrase, params), vmk,
                                          vmk_ad(vault_id, "passphrase")))  # fmt: skip
    put_slot(conn, "recovery", wrap_key(recovery_kek(recovery), vmk, vmk_ad(vault_id, "recovery")))
    slot_integrity.seal(conn, vault_id, vmk)
    return format_recovery_key(recovery)


class KeySlots:
    """Opens, changes and adds slots; counts and brakes wrong secrets."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        lock: threading.RLock,
        vault_id: str,
        device_id: str,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._conn = conn
        self._lock = lock
        self._vault_id = vault_id
        self._device_id = device_id
        self._sleep = sleep
        self.kdf_s = 0.0  # the last key derivation's duration (diagnostics)

    # -- the brake ---------------------------------------------------------------------------
    @property
    def failed_attempts(self) -> int:
        with self._lock:
            return int(get_meta(self._conn, "failed_attempts", 0))

    def seconds_until_next_try(self) -> float:
        """Remaining wait imposed by earlier wrong secrets."""
        with self._lock:
            last = get_meta(self._conn, "last_failed_at", 0.0)
            remaining = float(last) + unlock_delay(self.failed_attempts) - time.time()
            return max(0.0, remaining)

    def _wait_turn(self) -> None:
        wait = self.seconds_until_next_try()
        if wait > 0:
            self._sleep(wait)

    def reset_failures(self) -> None:
        with self._lock, Transaction(self._conn):
            set_meta(self._conn, "failed_attempts", 0)

    # -- opening -----------------------------------------------------------------------------
    def open_with_passphrase(self, passphrase: str) -> bytes:
        """The VMK; a wrong passphrase is counted and raises WrongPassphraseError."""
        with self._lock:
            self._wait_turn()
            params = read_kdf_params(self._conn)
            self._refuse_damaged("passphrase")
            started = time.perf_counter()
            kek = kdf.derive(passphrase, params)
            self.kdf_s = time.perf_counter() - started
            return self._unwrap("passphrase", kek)

    def open_with_recovery_key(self, text: str) -> bytes:
        with self._lock:
            self._wait_turn()
            secret = parse_recovery_key(text)
            if secret is None:
                raise WrongPassphraseError(
                    "That recovery key is mistyped: check each group of four characters.",
                    code="vault.recovery_key_mistyped",
                )
            self._refuse_damaged("recovery")
            return self._unwrap("recovery", recovery_kek(secret))

    def open_with_device_key(self, store: DeviceKeyStore) -> bytes:
        """The VMK from a key this device remembered; raises if there is none."""
        with self._lock:
            key = store.load(self._vault_id)
            if key is None or self._slot("device") is None:
                raise KeyringUnavailableError(
                    "This device does not remember the vault; enter the passphrase."
                )
            self._refuse_damaged("device")
            return self._unwrap("device", key)

    def _refuse_damaged(self, slot: str) -> None:
        """A slot whose bytes no longer match their checksum is damaged, whatever secret is
        typed: say so (and what to use instead) rather than "wrong passphrase"."""
        if slot_integrity.damaged(self._conn, slot):
            what = slot_integrity.SLOT_WORDS[slot]
            raise VaultCorruptError(
                f"The {what} slot is damaged; {_DAMAGED_ADVICE[slot]}.",
                code=f"vault.corrupt.{slot}_slot",
                slot=slot,
            )

    def problems(self, vmk: bytes) -> list[str]:
        """Damaged, missing or replaced slots (checked at unlock and by ``check``)."""
        with self._lock:
            return slot_integrity.problems(self._conn, self._vault_id, vmk)

    def _slot(self, slot: str) -> bytes | None:
        row = self._conn.execute(
            "SELECT wrapped FROM key_wraps WHERE wrap_id=?", (slot,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def _unwrap(self, slot: str, kek: bytes) -> bytes:
        wrapped = self._slot(slot)
        if wrapped is None:
            raise VaultCorruptError(
                f"The vault has lost its {slot} key slot.", code="vault.corrupt.key_slot", slot=slot
            )
        try:
            return unwrap_key(kek, wrapped, vmk_ad(self._vault_id, slot))
        except AuthenticationError:
            with Transaction(self._conn):
                set_meta(self._conn, "failed_attempts", self.failed_attempts + 1)
                set_meta(self._conn, "last_failed_at", time.time())
                audit.append_pending(self._conn, "unlock_failed", device=self._device_id,
                                     details={"method": slot})  # fmt: skip
            what = _SLOT_WORDS.get(slot, "device key")
            raise WrongPassphraseError(
                f"Wrong {what}: the vault stays locked. Check the keyboard language and Caps Lock.",
                code=f"vault.wrong_{what.replace(' ', '_')}",
                what=what,
            ) from None

    # -- changing (the caller holds the VMK and writes the audit entry in the same txn) -----
    def set_passphrase(
        self, conn: sqlite3.Connection, vmk: bytes, passphrase: str, params: kdf.KdfParams
    ) -> None:
        """Re-wrap the VMK under a new passphrase (inside the caller's transaction)."""
        wrapped = wrap_key(kdf.derive(passphrase, params), vmk, vmk_ad(self._vault_id,
                                                                       "passphrase"))  # fmt: skip
        set_meta(conn, "kdf", params.to_json())
        put_slot(conn, "passphrase", wrapped)
        slot_integrity.seal(conn, self._vault_id, vmk)

    def replace_recovery(self, conn: sqlite3.Connection, vmk: bytes) -> str:
        """A new recovery slot (the old key stops working); returns the new key's text."""
        secret = new_recovery_secret()
        put_slot(conn, "recovery", wrap_key(recovery_kek(secret), vmk,
                                            vmk_ad(self._vault_id, "recovery")))  # fmt: skip
        slot_integrity.seal(conn, self._vault_id, vmk)
        return format_recovery_key(secret)

    def add_device_slot(self, vmk: bytes, store: DeviceKeyStore) -> bytes:
        """Save a new device key in the OS keyring; returns the slot to write."""
        reason = store.refusal()
        if reason is not None:
            raise KeyringUnavailableError(
                f"Cannot remember the vault on this device: {reason}.", reason=reason
            )
        device_key = new_key()
        wrapped = wrap_key(device_key, vmk, vmk_ad(self._vault_id, "device"))
        store.save(self._vault_id, device_key)
        return wrapped

    def store_device_slot(self, conn: sqlite3.Connection, vmk: bytes, wrapped: bytes) -> None:
        """Write the device slot and reseal the slots (inside the caller's transaction)."""
        put_slot(conn, "device", wrapped)
        slot_integrity.seal(conn, self._vault_id, vmk)

    def remove_device_slot(self, conn: sqlite3.Connection) -> None:
        """Works locked too: the MAC kept for "all slots but the device" takes over."""
        slot_integrity.forget_device(conn)

    @property
    def remembered_on_device(self) -> bool:
        with self._lock:
            return self._slot("device") is not None

"""Key-slot integrity: a checksum beside each slot, and a MAC over all of them.

Two guards with different jobs (docs/security.md, "Key slots"):

* **A checksum beside each slot** (``key_wraps.checksum``: SHA-256 over the slot's name,
  kind, wrapped bytes and, for the passphrase slot, the stored KDF parameters).  It needs
  no key, so it can be checked *before* a passphrase is tried: a slot whose bytes no longer
  match was damaged, and the person is told so ("the passphrase slot is damaged; unlock
  with the recovery key") instead of "wrong passphrase".  It is not a defence against an
  attacker, who can recompute it; it tells random damage (a flipped bit, a torn write)
  from a mistyped passphrase.
* **A MAC over all slots** (``meta.key_slots_mac``, HMAC-SHA256 under a key derived from
  the vault master key).  Only someone holding the vault key can write it, so after any
  unlock — and in ``check`` — a recovery or device slot that was damaged *or replaced*
  is reported while the passphrase still works.  Two MACs are kept: over every slot, and
  over every slot but the device slot, because "forget this device" may run while the
  vault is locked (no key to rewrite the MAC) and then simply keeps the second one.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3

from desktop.crypto.aead import bind
from desktop.crypto.keys import subkey
from desktop.store.database import get_meta, set_meta

MAC_META = "key_slots_mac"
REQUIRED_SLOTS = ("passphrase", "recovery")
SLOT_WORDS = {"passphrase": "passphrase", "recovery": "recovery key", "device": "device key"}


def _kdf_text(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()
    return None if row is None else str(row[0])


def slot_material(wrap_id: str, kind: str, wrapped: bytes, kdf_text: str | None) -> bytes:
    """The bytes a slot's checksum and the MAC cover (the passphrase slot includes the KDF
    parameters exactly as stored: damaged parameters are a damaged passphrase slot)."""
    return bind("key-slot/v1", wrap_id, kind, wrapped,
                kdf_text if wrap_id == "passphrase" else None)  # fmt: skip


def checksum(material: bytes) -> str:
    return hashlib.sha256(material).hexdigest()


def _slots(conn: sqlite3.Connection) -> list[tuple[str, bytes, str | None]]:
    """(name, material, stored checksum) of every slot, in name order."""
    kdf_text = _kdf_text(conn)
    rows = conn.execute(
        "SELECT wrap_id, kind, wrapped, checksum FROM key_wraps ORDER BY wrap_id"
    ).fetchall()
    return [
        (wrap_id, slot_material(wrap_id, kind, bytes(wrapped), kdf_text), stored)
        for wrap_id, kind, wrapped, stored in rows
    ]


def refresh_checksum(conn: sqlite3.Connection, slot: str) -> None:
    """Store the checksum of the slot just written (inside the caller's transaction)."""
    for wrap_id, material, _stored in _slots(conn):
        if wrap_id == slot:
            conn.execute(
                "UPDATE key_wraps SET checksum=? WHERE wrap_id=?", (checksum(material), wrap_id)
            )


def damaged(conn: sqlite3.Connection, slot: str) -> bool:
    """Whether ``slot``'s bytes no longer match the checksum kept beside them."""
    for wrap_id, material, stored in _slots(conn):
        if wrap_id == slot:
            return stored is None or not hmac.compare_digest(stored, checksum(material))
    return False


def _mac(key: bytes, vault_id: str, slots: list[tuple[str, bytes, str | None]]) -> str:
    message = bind("key-slots/v1", vault_id, *(material for _name, material, _c in slots))
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def mac_key(vmk: bytes) -> bytes:
    return subkey(vmk, "key-slots/v1")


def seal(conn: sqlite3.Connection, vault_id: str, vmk: bytes) -> None:
    """Rewrite the MAC over the slots as they are now (inside the caller's transaction;
    every slot change ends with this).  A slot damaged earlier keeps its stale checksum,
    so it is still named as damaged after the MAC is rewritten."""
    slots = _slots(conn)
    key = mac_key(vmk)
    set_meta(conn, MAC_META, {
        "all": _mac(key, vault_id, slots),
        "without_device": _mac(key, vault_id, [s for s in slots if s[0] != "device"]),
    })  # fmt: skip


def forget_device(conn: sqlite3.Connection) -> None:
    """Delete the device slot without the vault key: the MAC over the other slots,
    written when the device slot was added, becomes the MAC over all."""
    conn.execute("DELETE FROM key_wraps WHERE wrap_id='device'")
    stored = get_meta(conn, MAC_META)
    if isinstance(stored, dict) and "without_device" in stored:
        set_meta(conn, MAC_META, {"all": stored["without_device"],
                                  "without_device": stored["without_device"]})  # fmt: skip


def problems(conn: sqlite3.Connection, vault_id: str, vmk: bytes) -> list[str]:
    """What is wrong with the key slots, one sentence per damaged or missing slot."""
    slots = _slots(conn)
    names = {name for name, _m, _c in slots}
    found = [
        f"the {SLOT_WORDS.get(name, name)} slot is missing" for name in REQUIRED_SLOTS
        if name not in names
    ]  # fmt: skip
    for name, material, stored in slots:
        if stored is None or not hmac.compare_digest(stored, checksum(material)):
            found.append(f"the {SLOT_WORDS.get(name, name)} slot is damaged")
    stored_mac = get_meta(conn, MAC_META)
    if not isinstance(stored_mac, dict) or not isinstance(stored_mac.get("all"), str):
        return [*found, "the key slots carry no integrity MAC"]
    if found:
        return found  # the MAC fails too; the named slot is the useful line
    expected = _mac(mac_key(vmk), vault_id, slots)
    if not hmac.compare_digest(str(stored_mac["all"]), expected):
        return ["the key slots were changed without the vault key (their MAC does not match)"]
    return []

"""Format 3 → 4: the audit log sealed and headed, key slots checksummed and MAC'd.

Frozen (see the package docstring): it owns the exact DDL, encodings and key derivations
format 4 introduced, and imports only the standard library and ``cryptography``.

Two parts, because part of the work needs the vault master key (VMK), which exists only
after an unlock, while a vault is migrated when it is opened, still locked:

* ``upgrade(conn)`` runs at open with the other steps, in their one transaction: the
  ``audit_pending`` table (failed unlocks, written without the key), the ``checksum``
  column of ``key_wraps`` filled for every slot (no key needed), and the marker
  ``meta.keyed_upgrade_pending`` = 4.
* ``seal(conn, vmk)`` runs at the first unlock, in its own transaction, before anything
  else is written: every audit entry's details sealed, the chain re-hashed and re-signed,
  a closing ``audit_upgraded`` entry (with any problem the old chain had: the upgrade
  must not launder a tampered log), the sealed head, and the MAC over the key slots.

Only a format-3 audit table is converted (clear JSON details, at least the
``vault_created`` entry).  A marker over a table that is not (someone set it on a format-4
vault to have the head rewritten) converts nothing; ``check`` then reports the head.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import struct
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PENDING_MARKER = "keyed_upgrade_pending"
_GENESIS = "0" * 64

_DDL = """
CREATE TABLE audit_pending(
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, device TEXT NOT NULL,
    details TEXT NOT NULL
);
ALTER TABLE key_wraps ADD COLUMN checksum TEXT
"""


# -- encodings as format 4 defined them --------------------------------------------------------
def _bind(*parts: str | int | bytes | None) -> bytes:
    chunks = [b"MDG1"]
    for part in parts:
        if part is None:
            chunks.append(b"N")
            continue
        if isinstance(part, str):
            raw, tag = part.encode("utf-8"), b"S"
        elif isinstance(part, int):
            raw, tag = str(part).encode(), b"I"
        else:
            raw, tag = bytes(part), b"B"
        chunks.append(tag + struct.pack(">I", len(raw)) + raw)
    return b"".join(chunks)


def _subkey(vmk: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"madoguchi/{purpose}".encode()
    ).derive(vmk)


def _seal(key: bytes, plain: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plain, ad)


def _slot_material(wrap_id: str, kind: str, wrapped: bytes, kdf_text: str | None) -> bytes:
    return _bind("key-slot/v1", wrap_id, kind, wrapped,
                 kdf_text if wrap_id == "passphrase" else None)  # fmt: skip


def _slots(conn: sqlite3.Connection) -> list[tuple[str, bytes]]:
    row = conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()
    kdf_text = None if row is None else str(row[0])
    return [
        (wrap_id, _slot_material(wrap_id, kind, bytes(wrapped), kdf_text))
        for wrap_id, kind, wrapped in conn.execute(
            "SELECT wrap_id, kind, wrapped FROM key_wraps ORDER BY wrap_id"
        )
    ]


def _meta(conn: sqlite3.Connection, key: str) -> object:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def _set_meta(conn: sqlite3.Connection, key: str, value: object) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, json.dumps(value, sort_keys=True)),
    )


# -- the part that runs at open -----------------------------------------------------------------
def upgrade(conn: sqlite3.Connection) -> None:
    """New table and column, slot checksums, the marker; inside the caller's transaction."""
    for statement in _DDL.split(";"):
        if statement.strip():
            conn.execute(statement)
    for wrap_id, material in _slots(conn):
        conn.execute(
            "UPDATE key_wraps SET checksum=? WHERE wrap_id=?",
            (hashlib.sha256(material).hexdigest(), wrap_id),
        )
    _set_meta(conn, PENDING_MARKER, 4)


# -- the part that needs the vault key ---------------------------------------------------------
def _legacy_hash(prev: str, at: str, action: str, device: str, target: str, details: str) -> str:
    material = json.dumps([prev, at, action, device, target, details], ensure_ascii=False)
    return hashlib.sha256(material.encode()).hexdigest()


def _legacy_problems(rows: list[tuple[object, ...]], mac_key: bytes) -> list[str]:
    """What format 3's own verification would have said about the chain."""
    problems: list[str] = []
    prev = _GENESIS
    for seq, at, action, device, target, details, prev_hash, digest, mac in rows:
        if prev_hash != prev:
            problems.append(f"audit entry {seq} did not follow the entry before it")
        if _legacy_hash(str(prev_hash), str(at), str(action), str(device), str(target),
                        str(details)) != digest:  # fmt: skip
            problems.append(f"audit entry {seq} was altered")
        if mac is None and action != "unlock_failed":
            problems.append(f"audit entry {seq} ({action}) was not signed")
        expected = hmac.new(mac_key, str(digest).encode(), hashlib.sha256).hexdigest()
        if mac is not None and not hmac.compare_digest(str(mac), expected):
            problems.append(f"audit entry {seq} had an invalid signature")
        prev = str(digest)
    return problems


def seal(conn: sqlite3.Connection, vmk: bytes) -> None:
    """Seal the audit log and MAC the key slots; inside the caller's transaction."""
    conn.execute("DELETE FROM meta WHERE key=?", (PENDING_MARKER,))
    rows = conn.execute(
        "SELECT seq, at, action, device, target, details, prev_hash, hash, mac "
        "FROM audit ORDER BY seq"
    ).fetchall()
    if not rows or not all(isinstance(row[5], str) for row in rows):
        return  # not a format-3 audit table: convert nothing (see the module docstring)
    mac_key = _subkey(vmk, "audit/v1")
    details_key = _subkey(vmk, "audit-details/v1")
    problems = _legacy_problems(rows, mac_key)
    closing = {"from_format": 3, "entries": len(rows), "legacy_problems": problems}
    device = str(_meta(conn, "device_id") or "")
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    entries = [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4] or ""), str(r[5]))
               for r in rows]  # fmt: skip
    entries.append((entries[-1][0] + 1, now, "audit_upgraded", device, "",
                    json.dumps(closing, sort_keys=True)))  # fmt: skip
    conn.execute("DELETE FROM audit")
    prev = _GENESIS
    for seq, at, action, entry_device, target, text in entries:
        try:
            details = json.loads(text)
        except ValueError:
            details = {"unreadable_before_format_4": text}
        plain = json.dumps(details, sort_keys=True, ensure_ascii=False).encode()
        sealed = _seal(
            details_key,
            plain,
            _bind("audit-details/v1", seq, prev, at, action, entry_device, target),
        )
        digest = hashlib.sha256(
            json.dumps([prev, seq, at, action, entry_device, target, sealed.hex()]).encode()
        ).hexdigest()
        mac = hmac.new(mac_key, digest.encode(), hashlib.sha256).hexdigest()
        conn.execute(
            "INSERT INTO audit(seq, at, action, device, target, details, prev_hash, hash, mac) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (seq, at, action, entry_device, target, sealed, prev, digest, mac),
        )
        prev = digest
    head = {"count": len(entries), "seq": entries[-1][0], "hash": prev, "rebuilt_at": []}
    _set_meta(conn, "audit_head", _seal(_subkey(vmk, "audit-head/v1"),
                                        json.dumps(head).encode(),
                                        _bind("audit-head/v1")).hex())  # fmt: skip
    vault_id = str(_meta(conn, "vault_id") or "")
    slot_key = _subkey(vmk, "key-slots/v1")
    slots = _slots(conn)

    def slots_mac(chosen: list[tuple[str, bytes]]) -> str:
        message = _bind("key-slots/v1", vault_id, *(material for _name, material in chosen))
        return hmac.new(slot_key, message, hashlib.sha256).hexdigest()

    _set_meta(conn, "key_slots_mac", {
        "all": slots_mac(slots),
        "without_device": slots_mac([s for s in slots if s[0] != "device"]),
    })  # fmt: skip

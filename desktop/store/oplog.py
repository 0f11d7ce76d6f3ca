"""The op log: every change to a case is one sealed, append-only op.

An op's clear header (ids, entity, HLC, parents, author, device, key id, schema)
is bound into the AES-GCM additional data, so editing the header or moving the
ciphertext to another row makes it fail to open.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.crypto.aead import bind, open_sealed, seal
from desktop.store.ids import new_id

OP_SCHEMA = 1  # version of the op payload format


@dataclass(frozen=True)
class OpHeader:
    """The clear part of an op: identifiers and ordering, never content."""

    op_id: str
    case_id: str
    entity: str
    entity_id: str
    hlc: str
    parents: tuple[str, ...]
    author: str
    device: str
    key_id: str
    schema: int = OP_SCHEMA

    def additional_data(self) -> bytes:
        return bind(
            "op",
            self.op_id,
            self.case_id,
            self.entity,
            self.entity_id,
            self.hlc,
            parents_text(self.parents),
            self.author,
            self.device,
            self.key_id,
            self.schema,
        )


@dataclass(frozen=True)
class Op:
    """A decrypted op: header plus payload ``{"t": "put"|"delete", "f": {...}}``."""

    header: OpHeader
    payload: dict[str, Any]
    seq: int = 0

    @property
    def kind(self) -> str:
        return str(self.payload.get("t", ""))

    @property
    def fields(self) -> dict[str, Any]:
        value = self.payload.get("f", {})
        return value if isinstance(value, dict) else {}


@dataclass
class SealedOp:
    """An op as stored: header plus nonce and ciphertext."""

    header: OpHeader
    nonce: bytes
    ciphertext: bytes
    seq: int = 0
    sync_state: str = "pending"
    extra: dict[str, Any] = field(default_factory=dict)


def parents_text(parents: tuple[str, ...]) -> str:
    """The JSON list stored (and bound) for an op's parents; a new record's first op has
    none, and is spared the encoder call."""
    return json.dumps(list(parents)) if parents else "[]"


def new_op_id() -> str:
    return new_id()


def seal_op(header: OpHeader, payload: dict[str, Any], case_key: bytes) -> SealedOp:
    plaintext = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    nonce, ct = seal(case_key, plaintext, header.additional_data())
    return SealedOp(header, nonce, ct)


def open_op(sealed: SealedOp, case_key: bytes) -> Op:
    """Decrypt an op; raises AuthenticationError if anything about it was altered."""
    plaintext = open_sealed(
        case_key, sealed.nonce, sealed.ciphertext, sealed.header.additional_data()
    )
    payload = json.loads(plaintext)
    return Op(sealed.header, payload, sealed.seq)


def insert(
    conn: sqlite3.Connection, ops: list[SealedOp], server_seqs: list[int | None] | None = None
) -> None:
    """Append ops to the log in list order (``server_seqs``: the server's numbers of ops
    received by sync, one per op; none for ops made here)."""
    seqs: list[int | None] = list(server_seqs) if server_seqs is not None else [None] * len(ops)
    if len(seqs) != len(ops):
        raise ValueError("one server sequence number per op")
    conn.executemany(
        "INSERT INTO ops(op_id, case_id, entity, entity_id, hlc, parents, author, device, "
        "key_id, schema, nonce, ciphertext, sync_state, server_seq) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                o.header.op_id,
                o.header.case_id,
                o.header.entity,
                o.header.entity_id,
                o.header.hlc,
                parents_text(o.header.parents),
                o.header.author,
                o.header.device,
                o.header.key_id,
                o.header.schema,
                o.nonce,
                o.ciphertext,
                o.sync_state,
                server_seq,
            )
            for o, server_seq in zip(ops, seqs, strict=True)
        ],
    )


_COLUMNS = (
    "seq, op_id, case_id, entity, entity_id, hlc, parents, author, device, key_id, schema, "
    "nonce, ciphertext, sync_state"
)


def _row_to_sealed(row: tuple[Any, ...]) -> SealedOp:
    (seq, op_id, case_id, entity, entity_id, hlc, parents, author, device, key_id, schema,
     nonce, ct, sync_state) = row  # fmt: skip
    header = OpHeader(
        op_id=op_id,
        case_id=case_id,
        entity=entity,
        entity_id=entity_id,
        hlc=hlc,
        parents=tuple(json.loads(parents or "[]")),
        author=author or "",
        device=device or "",
        key_id=key_id,
        schema=int(schema),
    )
    return SealedOp(header, bytes(nonce), bytes(ct), seq=int(seq), sync_state=sync_state)


def read_after(conn: sqlite3.Connection, after_seq: int) -> Iterator[SealedOp]:
    """Sealed ops in local order, after a sequence number."""
    sql = f"SELECT {_COLUMNS} FROM ops WHERE seq > ? ORDER BY seq"  # noqa: S608 - constant
    cursor = conn.execute(sql, (after_seq,))
    for row in cursor:
        yield _row_to_sealed(row)


def read_case(conn: sqlite3.Connection, case_id: str) -> Iterator[SealedOp]:
    sql = f"SELECT {_COLUMNS} FROM ops WHERE case_id=? ORDER BY seq"  # noqa: S608 - constant
    cursor = conn.execute(sql, (case_id,))
    for row in cursor:
        yield _row_to_sealed(row)


def last_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM ops").fetchone()
    return int(row[0])

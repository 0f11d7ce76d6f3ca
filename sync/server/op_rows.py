"""Ops and grants between their database rows and their wire form."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import Row

from sync.protocol import Grant, LegacyHeader, WireOp, b64e, json_list

__all__ = ["grant_model", "stored_row", "wire_op"]


def stored_row(op: WireOp, seq: int, nonce: bytes, ciphertext: bytes) -> dict[str, object]:
    """The ``ops`` row of an accepted op numbered ``seq``.  Entity, entity id, HLC and
    parents travel sealed (protocol version 3): their columns stay NULL."""
    return {
        "seq": seq,
        "op_id": op.op_id,
        "case_id": op.case_id,
        "entity": None,
        "entity_id": None,
        "hlc": None,
        "parents": None,
        "author": op.author,
        "device": op.device,
        "key_id": op.key_id,
        "schema_version": op.schema_version,
        "nonce": nonce,
        "ciphertext": ciphertext,
        "signature": op.signature,
        "blobs": json_list(op.blobs),
    }


def wire_op(row: Row[object]) -> WireOp:
    """A stored op as it travels.  Built without validation: every field was validated
    when the op was pushed (validating again took a fifth of a large pull's time).  A row
    a version-2 client pushed (before migration 0005) still has its clear header: it goes
    out as ``legacy``, its ciphertext being the vault's own."""
    m = row._mapping
    legacy = None
    if m["entity"] is not None:
        legacy = LegacyHeader.model_construct(
            entity=m["entity"],
            entity_id=m["entity_id"],
            hlc=m["hlc"],
            parents=_parse_list(m["parents"]),
        )
    return WireOp.model_construct(
        op_id=m["op_id"],
        case_id=m["case_id"],
        author=m["author"],
        device=m["device"],
        key_id=m["key_id"],
        schema_version=m["schema_version"],
        nonce=b64e(m["nonce"]),
        ciphertext=b64e(m["ciphertext"]),
        signature=m["signature"],
        blobs=_parse_list(m["blobs"]),
        seq=m["seq"],
        legacy=legacy,
    )


def _parse_list(text: str) -> list[str]:
    return [] if text == "[]" else list(json.loads(text))


def grant_model(row: Row[object]) -> Grant:
    return grant_from_values(row._mapping)


def grant_from_values(m: Mapping[Any, Any]) -> Grant:
    """A stored grant row's columns as the protocol's Grant."""
    return Grant(
        case_id=m["case_id"],
        user_id=m["user_id"],
        key_id=m["key_id"],
        device_id=m["device_id"],
        enc=m["enc"],
        wrapped=m["wrapped"],
        recipient_fingerprint=m["recipient_fingerprint"],
        granted_by=m["granted_by"],
        signature=m["signature"],
        manage=bool(m["manage"]),
        seq=m["seq"],
    )

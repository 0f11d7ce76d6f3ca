"""Wrapping every case key to the organisation recovery key (docs/security.md).

The server publishes the recovery public key with the organisation info, signed by the
organisation key.  The client wraps case keys to it only when that signature verifies with
the organisation key it pinned at enrolment; the verified key is remembered (``sync_meta``
``recovery_key``), so a server that later stops offering it cannot switch recovery off
quietly.  Which (case, key) pairs were wrapped is remembered too (``recovery_wrapped``):
each round wraps every key this user holds on the server that is not wrapped yet, which
covers new cases, rotated keys, keys received from colleagues, and the backfill of
everything held when a recovery key is first seen.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.hpke import MLKEM768X25519PublicKey

from desktop.errors import MadoguchiError
from desktop.identity import Identity, suite
from desktop.store import sync_state
from desktop.store.vault import Vault
from sync._client_http import Http, SyncError, SyncUnavailableError
from sync.protocol import (
    MAX_RECOVERY_WRAPS,
    OrgInfo,
    RecoveryWrap,
    RecoveryWrapResults,
    RecoveryWraps,
    b64d,
    b64e,
    recovery_info,
    recovery_key_bytes,
    recovery_wrap_bytes,
)

KEY_VALUE = "recovery_key"  # the last recovery key that verified: public key and signature
WRAPPED_VALUE = "recovery_wrapped"  # {"fingerprint": …, "keys": ["case\tkey", …]}
_MLKEM_PUBLIC_BYTES = 1184
_WRAPPED_BYTES = 32 + 16  # AES-256 key + GCM tag; the rest of HPKE's output is the encapsulation


@dataclass(frozen=True)
class RecoveryKey:
    public_key: bytes
    signature: str

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.public_key).hexdigest()

    def hpke_key(self) -> MLKEM768X25519PublicKey:
        return MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.public_key[:_MLKEM_PUBLIC_BYTES]),
            x25519.X25519PublicKey.from_public_bytes(self.public_key[_MLKEM_PUBLIC_BYTES:]),
        )


def _verified(pinned: OrgInfo, public_b64: str, signature: str) -> RecoveryKey | None:
    """The recovery key if the pinned organisation key signed it (None otherwise)."""
    try:
        raw = b64d(public_b64)
        org_key = ed25519.Ed25519PublicKey.from_public_bytes(b64d(pinned.public_key))
        org_key.verify(b64d(signature), recovery_key_bytes(pinned.org_id, raw))
        key = RecoveryKey(raw, signature)
        key.hpke_key()  # a well-formed HPKE public key, or ValueError
    except (InvalidSignature, ValueError):
        return None
    return key


def note_offered(vault: Vault, pinned: OrgInfo, offered: OrgInfo | None) -> str:
    """Remember the recovery key the server offers if the pinned organisation key signed it;
    a problem sentence (for the sync report) when it offers one that does not verify."""
    if offered is None or offered.recovery_key is None:
        return ""
    same_org = offered.org_id == pinned.org_id and offered.public_key == pinned.public_key
    key = (
        _verified(pinned, offered.recovery_key, offered.recovery_signature or "")
        if same_org
        else None
    )
    if key is None:
        return (
            "The server offered an organisation recovery key that the organisation key did "
            "not sign; nothing was wrapped to it. Tell your administrator."
        )
    stored = sync_state.get_value(vault, KEY_VALUE)
    if stored != {"public_key": offered.recovery_key, "signature": key.signature}:
        sync_state.set_values(
            vault, {KEY_VALUE: {"public_key": offered.recovery_key, "signature": key.signature}}
        )
    return ""


def current_key(vault: Vault, pinned: OrgInfo) -> RecoveryKey | None:
    """The remembered recovery key, checked again against the pinned organisation key."""
    stored: Any = sync_state.get_value(vault, KEY_VALUE)
    if not isinstance(stored, dict):
        return None
    return _verified(pinned, str(stored.get("public_key", "")), str(stored.get("signature", "")))


def wrap(
    recovery: RecoveryKey,
    *,
    case_id: str,
    key_id: str,
    key: bytes,
    identity: Identity,
    device_id: str,
) -> RecoveryWrap:
    """One case key wrapped to the recovery key, signed by this device."""
    sealed = suite().encrypt(key, recovery.hpke_key(), info=recovery_info(case_id, key_id))
    unsigned = RecoveryWrap(
        case_id=case_id, key_id=key_id, enc=b64e(sealed[:-_WRAPPED_BYTES]),
        wrapped=b64e(sealed[-_WRAPPED_BYTES:]), recovery_fingerprint=recovery.fingerprint,
        wrapped_by=device_id, signature="",
    )  # fmt: skip
    signature = identity.signing_private.sign(recovery_wrap_bytes(unsigned))
    return unsigned.model_copy(update={"signature": b64e(signature)})


def _wrapped(vault: Vault, fingerprint: str) -> set[str]:
    stored: Any = sync_state.get_value(vault, WRAPPED_VALUE)
    if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint:
        return set()  # a new recovery key: everything is wrapped to it again
    return set(stored.get("keys", []))


def wrap_held_keys(
    http: Http,
    vault: Vault,
    recovery: RecoveryKey,
    identity: Identity,
    device_id: str,
    pairs: set[tuple[str, str]] | None = None,
) -> tuple[int, str]:
    """Wrap to ``recovery`` every (case, key) in ``pairs`` (default: every key this user
    holds a grant of on the server) not wrapped yet: (how many the server stored, a problem
    sentence or "").  Keys of cases withdrawn here, or not in this vault, are left out.
    A refusal of the whole request (e.g. the server lost its recovery key) is reported,
    not raised: it must not stop this device from syncing; what was not wrapped is tried
    again next round."""
    done = _wrapped(vault, recovery.fingerprint)
    if pairs is None:
        pairs = sync_state.granted_keys(vault)
    read_only = sync_state.read_only_cases(vault)
    todo = sorted((c, k) for c, k in pairs if f"{c}\t{k}" not in done and c not in read_only)
    stored = 0
    for start in range(0, len(todo), MAX_RECOVERY_WRAPS):
        wraps = []
        for case_id, key_id in todo[start : start + MAX_RECOVERY_WRAPS]:
            try:
                key = vault.key_by_id(case_id, key_id)
            except MadoguchiError:
                continue  # a grant that did not open here: nothing to wrap
            one = wrap(
                recovery, case_id=case_id, key_id=key_id, key=key, identity=identity,
                device_id=device_id,
            )  # fmt: skip
            wraps.append(one)
        if not wraps:
            continue
        try:
            answer = http.call(
                "POST", "/v1/recovery-wraps", RecoveryWrapResults, body=RecoveryWraps(wraps=wraps)
            )
        except SyncUnavailableError:
            raise
        except SyncError as exc:
            return stored, (
                f"Case keys could not be given to the organisation's recovery key: {exc}"
            )
        # Refused wraps (the grant was withdrawn meanwhile) are not retried: only a holder
        # may wrap, and the holder that made the key has wrapped it already.
        done.update(f"{r.case_id}\t{r.key_id}" for r in answer.results)
        stored += sum(1 for r in answer.results if r.status == "stored")
        sync_state.set_values(
            vault, {WRAPPED_VALUE: {"fingerprint": recovery.fingerprint, "keys": sorted(done)}}
        )
    return stored, ""

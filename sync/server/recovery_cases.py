"""Recovery on the server: storing wraps (``POST /v1/recovery-wraps``), ``admin recover-cases``.

A device sends the wraps of the case keys it holds; the server keeps them for ``admin
recover-cases`` (below) and never sends them to any device.  A wrap is
accepted only from a device whose user holds an unrevoked grant of that very key, only to the
organisation's current recovery key, and only with the sending device's signature; the first
wrap of a key is kept (later ones are answered "duplicate").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.hpke import MLKEM768X25519PublicKey
from sqlalchemy import Connection, Engine, and_, select, tuple_, update

from sync.protocol import (
    ORG_GRANTER,
    Certificate,
    ErrorCode,
    Grant,
    OrgInfo,
    RecoveryWrap,
    RecoveryWrapResult,
    RecoveryWrapResults,
    RecoveryWraps,
    b64d,
    b64e,
    case_key_info,
    certificate_bytes,
    grant_bytes,
    hpke_suite,
    recovery_info,
    recovery_wrap_bytes,
)
from sync.server import admin, recovery
from sync.server.common import (
    Caller,
    card_fingerprint,
    is_owner,
    load_org,
    lock_seq,
    now_iso,
    refresh_access,
    signature_ok,
    storable,
    store_seq,
)
from sync.server.db import devices, grants, reading, recovery_keys, recovery_wraps
from sync.server.errors import AdminError, ApiError

_MLKEM_PUBLIC_BYTES = 1184
_WRAPPED_BYTES = 32 + 16  # AES-256 key + GCM tag; the rest of HPKE's output is the encapsulation


def current_fingerprint(conn: Connection) -> str | None:
    """The fingerprint of the organisation's recovery key (None: no recovery)."""
    row = conn.execute(select(recovery_keys.c.fingerprint)).first()
    return None if row is None else str(row.fingerprint)


def put_wraps(engine: Engine, caller: Caller, body: RecoveryWraps) -> RecoveryWrapResults:
    """Check and store each wrap; answer per wrap (stored, duplicate or refused)."""
    if not body.wraps:
        return RecoveryWrapResults(results=[])  # nothing to refuse, with or without recovery
    with engine.begin() as conn:
        fingerprint = current_fingerprint(conn)
        if fingerprint is None:
            raise ApiError(
                409, ErrorCode.CONFLICT, "This organisation has no recovery key; send no wraps."
            )
        held = _held_keys(conn, caller, body.wraps)
        results: list[RecoveryWrapResult] = []
        for wrap in body.wraps:
            problem = _problem(wrap, caller, fingerprint, held)
            if problem:
                results.append(_result(wrap, "refused", problem))
                continue
            key = and_(
                recovery_wraps.c.case_id == wrap.case_id,
                recovery_wraps.c.key_id == wrap.key_id,
                recovery_wraps.c.recovery_fingerprint == fingerprint,
            )
            if conn.execute(select(recovery_wraps.c.case_id).where(key)).first() is not None:
                results.append(_result(wrap, "duplicate"))
                continue
            conn.execute(recovery_wraps.insert().values(**wrap.model_dump(), created=now_iso()))
            results.append(_result(wrap, "stored"))
    return RecoveryWrapResults(results=results)


def _held_keys(conn: Connection, caller: Caller, wraps: list[RecoveryWrap]) -> set[tuple[str, str]]:
    """(case, key) pairs of ``wraps`` that the calling device holds an unrevoked grant of."""
    wanted = list({(w.case_id, w.key_id) for w in wraps})
    if not wanted:
        return set()
    rows = conn.execute(
        select(grants.c.case_id, grants.c.key_id).where(
            and_(
                grants.c.user_id == caller.user_id,
                grants.c.device_id == caller.device_id,
                grants.c.revoked.is_(False),
                tuple_(grants.c.case_id, grants.c.key_id).in_(wanted),
            )
        )
    )
    return {(str(r.case_id), str(r.key_id)) for r in rows}


def _problem(
    wrap: RecoveryWrap, caller: Caller, fingerprint: str, held: set[tuple[str, str]]
) -> str:
    if not storable(wrap):
        return "text must not contain NUL or lone surrogates"
    if wrap.wrapped_by != caller.device_id:
        return "a wrap must be signed by the device sending it"
    if wrap.recovery_fingerprint != fingerprint:
        return "not wrapped to the organisation's recovery key"
    if (wrap.case_id, wrap.key_id) not in held:
        return "you hold no grant of this case key"
    try:
        signed = recovery_wrap_bytes(wrap)
    except ValueError:
        return "enc or wrapped is not valid base64"
    if not signature_ok(caller.signing_key, wrap.signature, signed):
        return "the signature does not verify"
    return ""


def _result(wrap: RecoveryWrap, status: str, reason: str = "") -> RecoveryWrapResult:
    return RecoveryWrapResult(
        case_id=wrap.case_id, key_id=wrap.key_id, status=status, reason=reason
    )


# -- admin recover-cases ----------------------------------------------------------------------
@dataclass
class RecoveryReport:
    """What ``admin recover-cases`` did (printed by the CLI)."""

    cases: int = 0  # cases of the departed user that reached the successor
    grants: int = 0  # grants written (one per key and successor device)
    devices: list[str] = field(default_factory=list)  # successor devices the keys went to
    already_held: int = 0  # keys the successor held already
    missing: list[str] = field(default_factory=list)  # "case key" with no recovery wrap
    unopened: list[str] = field(default_factory=list)  # wraps that did not open
    revoked: int = 0  # cases withdrawn from the departed user (--revoke-from)


@dataclass(frozen=True)
class _Target:
    device_id: str
    fingerprint: str
    hpke_key: MLKEM768X25519PublicKey


def recover_cases(
    url: str,
    from_user: str,
    to_user: str,
    org_key_path: Path,
    org_passphrase: str,
    *,
    recovery_key_path: Path | None = None,
    recovery_passphrase: str = "",
    share_paths: Sequence[Path] = (),
    revoke_from: bool = False,
) -> RecoveryReport:
    """Give ``to_user`` every case ``from_user`` holds: unwrap each case key with the recovery
    private key and grant it, signed by the organisation key, to every approved device of
    ``to_user``; with ``revoke_from``, end ``from_user``'s access.  Reads and unwraps first,
    then writes every grant and withdrawal in one transaction (under the sequence lock, so
    a pull sees all of them or none)."""
    if (recovery_key_path is None) == (not share_paths):
        raise AdminError(
            "Give the recovery key: --recovery-key FILE, or --share FILE for each share."
        )
    if from_user == to_user:
        raise AdminError("--from and --to name the same user.", user_id=from_user)
    org_key = admin.load_org_key(org_key_path, org_passphrase)
    with admin._engine(url) as engine:
        with engine.begin() as conn:
            org = load_org(conn)
            if org is None:
                raise AdminError("This server has no organisation yet.")
            if b64e(org_key.public_key().public_bytes_raw()) != org.public_key:
                raise AdminError(
                    f"{org_key_path} is not the key of {org.name}.",
                    key_path=org_key_path, org_name=org.name,
                )  # fmt: skip
            fingerprint = current_fingerprint(conn)
        if fingerprint is None:
            raise AdminError(
                f"{org.name} has no organisation recovery key (it was created with "
                "--recovery none): cases cannot be recovered.",
                code="server.admin.recovery_none",
                org_name=org.name,
            )
        if recovery_key_path is not None:
            pair = recovery.read_key_file(recovery_key_path, recovery_passphrase)
        else:
            pair = recovery.combine_shares(list(share_paths))
        if pair.fingerprint != fingerprint:
            raise AdminError(
                f"That recovery key is not {org.name}'s (fingerprint {pair.fingerprint[:16]}…, "
                f"expected {fingerprint[:16]}…).",
                code="server.admin.recovery_other_key",
                fingerprint=pair.fingerprint[:16],
            )
        with reading(engine) as conn:
            _require_user(conn, from_user)
            targets = _targets(conn, org, to_user)
            held = _held_by(conn, from_user)
            owned = {c for c in held if is_owner(conn, c, from_user)}
            plan, report = _unwrap_all(conn, pair, fingerprint, held)
        report.devices = [t.device_id for t in targets]
        grant_plan = _GrantPlan(org_key, plan, owned, targets, to_user)
        with engine.begin() as conn:
            _write_grants(conn, grant_plan, from_user, revoke_from, report)
    return report


def _require_user(conn: Connection, user_id: str) -> None:
    found = conn.execute(select(devices.c.device_id).where(devices.c.user_id == user_id)).first()
    if found is None:
        raise AdminError(f"No user '{user_id}' is enrolled.", user_id=user_id)


def _targets(conn: Connection, org: OrgInfo, user_id: str) -> list[_Target]:
    """The successor's approved devices whose certificate the organisation key signed."""
    _require_user(conn, user_id)
    rows = conn.execute(
        select(devices)
        .where(and_(devices.c.user_id == user_id, devices.c.status == "approved"))
        .order_by(devices.c.device_id)
    ).all()
    targets = []
    for row in rows:
        try:
            cert = Certificate.model_validate_json(row.certificate or "")
            card = json.loads(row.key_card)
            raw = b64d(str(card["hpke_public_key"]))
            hpke_key = MLKEM768X25519PublicKey(
                mlkem.MLKEM768PublicKey.from_public_bytes(raw[:_MLKEM_PUBLIC_BYTES]),
                x25519.X25519PublicKey.from_public_bytes(raw[_MLKEM_PUBLIC_BYTES:]),
            )
        except (ValueError, KeyError, TypeError):
            continue  # a damaged row: never wrap to a key we cannot vouch for
        certified = (
            cert.org_id == org.org_id and cert.user_id == user_id
            and cert.device_id == row.device_id
            and cert.key_fingerprint == row.fingerprint == card_fingerprint(card)
            and signature_ok(org.public_key, cert.signature, certificate_bytes(cert))
        )  # fmt: skip
        if certified:
            targets.append(_Target(row.device_id, row.fingerprint, hpke_key))
    if not targets:
        raise AdminError(
            f"User '{user_id}' has no approved device with a valid certificate; approve "
            "their device first.",
            user_id=user_id,
        )
    return targets


def _held_by(conn: Connection, user_id: str) -> dict[str, list[str]]:
    """Case id -> key ids the user holds unrevoked grants of."""
    rows = conn.execute(
        select(grants.c.case_id, grants.c.key_id)
        .where(and_(grants.c.user_id == user_id, grants.c.revoked.is_(False)))
        .distinct()
        .order_by(grants.c.case_id, grants.c.key_id)
    )
    held: dict[str, list[str]] = {}
    for row in rows:
        held.setdefault(str(row.case_id), []).append(str(row.key_id))
    return held


def _unwrap_all(
    conn: Connection, pair: recovery.RecoveryKeyPair, fingerprint: str, held: dict[str, list[str]]
) -> tuple[dict[str, dict[str, bytes]], RecoveryReport]:
    """Case id -> key id -> case key, for every held key whose wrap opens."""
    report = RecoveryReport()
    wraps: dict[tuple[str, str], Any] = {}
    case_ids = list(held)
    for start in range(0, len(case_ids), 500):
        rows = conn.execute(
            select(recovery_wraps).where(
                and_(
                    recovery_wraps.c.recovery_fingerprint == fingerprint,
                    recovery_wraps.c.case_id.in_(case_ids[start : start + 500]),
                )
            )
        )
        wraps.update({(str(r.case_id), str(r.key_id)): r for r in rows})
    private = pair.hpke_private()
    plan: dict[str, dict[str, bytes]] = {}
    for case_id, key_ids in held.items():
        for key_id in key_ids:
            row = wraps.get((case_id, key_id))
            if row is None:
                report.missing.append(f"{case_id} {key_id}")
                continue
            try:
                key = hpke_suite().decrypt(
                    b64d(row.enc) + b64d(row.wrapped), private, info=recovery_info(case_id, key_id)
                )
            except Exception:  # noqa: BLE001 - any failure to open means the same: unusable
                key = b""
            if len(key) != 32:
                report.unopened.append(f"{case_id} {key_id}")
                continue
            plan.setdefault(case_id, {})[key_id] = key
    return plan, report


@dataclass(frozen=True)
class _GrantPlan:
    org_key: ed25519.Ed25519PrivateKey
    keys: dict[str, dict[str, bytes]]  # case id -> key id -> case key
    owned: set[str]  # cases the departed user owned: the successor owns them too
    targets: list[_Target]
    to_user: str


def _write_grants(
    conn: Connection, plan: _GrantPlan, from_user: str, revoke_from: bool, report: RecoveryReport
) -> None:
    """Insert the organisation-signed grants numbered like every grant (so they reach the
    successor's devices at their next pull), and withdraw ``from_user`` if asked."""
    top = lock_seq(conn)
    seq = top
    for case_id, keys in plan.keys.items():
        for key_id, case_key in keys.items():
            for target in plan.targets:
                where = and_(
                    grants.c.case_id == case_id, grants.c.user_id == plan.to_user,
                    grants.c.key_id == key_id, grants.c.device_id == target.device_id,
                )  # fmt: skip
                stored = conn.execute(select(grants).where(where)).first()
                if stored is not None and not stored.revoked:
                    report.already_held += 1
                    continue
                seq += 1
                grant = _org_grant(plan, case_id, key_id, case_key, target)
                values = grant.model_dump(exclude={"seq"}) | {
                    "seq": seq, "revoked": False, "revoked_seq": None,
                }  # fmt: skip
                if stored is None:
                    conn.execute(grants.insert().values(**values))
                else:
                    conn.execute(update(grants).where(where).values(**values))
                report.grants += 1
        report.cases += 1
        refresh_access(conn, case_id, plan.to_user)
    if revoke_from:
        for case_id in _held_by(conn, from_user):
            seq += 1
            conn.execute(
                update(grants)
                .where(
                    and_(
                        grants.c.case_id == case_id,
                        grants.c.user_id == from_user,
                        grants.c.revoked.is_(False),
                    )
                )
                .values(revoked=True, revoked_seq=seq)
            )
            refresh_access(conn, case_id, from_user)
            report.revoked += 1
    if seq != top:
        store_seq(conn, seq)


def _org_grant(
    plan: _GrantPlan, case_id: str, key_id: str, case_key: bytes, target: _Target
) -> Grant:
    """One case key wrapped to one successor device, signed by the organisation key."""
    sealed = hpke_suite().encrypt(
        case_key, target.hpke_key, info=case_key_info(case_id, key_id, plan.to_user)
    )
    unsigned = Grant(
        case_id=case_id, user_id=plan.to_user, key_id=key_id, device_id=target.device_id,
        enc=b64e(sealed[:-_WRAPPED_BYTES]), wrapped=b64e(sealed[-_WRAPPED_BYTES:]),
        recipient_fingerprint=target.fingerprint, granted_by=ORG_GRANTER, signature="",
        manage=case_id in plan.owned,
    )  # fmt: skip
    signature = b64e(plan.org_key.sign(grant_bytes(unsigned)))
    return unsigned.model_copy(update={"signature": signature})

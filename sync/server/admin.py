"""Administrator commands as plain functions (the CLI and tests call these).

The organisation's Ed25519 private key lives in a passphrase-encrypted PEM file that the
administrator keeps offline; the server database stores only the public key.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import Connection, Engine, select, update

from sync.protocol import (
    Certificate,
    OrgInfo,
    Role,
    b64e,
    certificate_bytes,
    fingerprint_digits,
    invite_code,
)
from sync.server import recovery
from sync.server.common import card_fingerprint, load_org, now_iso, reserve_seq, sha256_hex
from sync.server.db import devices as device_table
from sync.server.db import invites, make_engine, orgs, recovery_keys
from sync.server.enrolment import secret_hash
from sync.server.errors import AdminError
from sync.server.migrate import upgrade

_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L: read over the phone
_USER_ID = re.compile(r"[A-Za-z0-9_\-.:]{1,64}")  # protocol.Id


@dataclass(frozen=True)
class DeviceRow:
    """One line of ``admin devices``."""

    user_id: str
    device_id: str
    name: str
    role: str
    status: str
    fingerprint: str


@contextmanager
def _engine(url: str) -> Iterator[Engine]:
    """A migrated engine for one command, disposed afterwards (no idle PostgreSQL sessions)."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()


def create_org(
    url: str,
    name: str,
    key_path: Path,
    passphrase: str,
    recovery_choice: recovery.RecoveryChoice | None = None,
) -> OrgInfo:
    """Make the organisation key (private half to ``key_path``, encrypted) and record the org;
    with ``recovery_choice`` (scheme key or shares) also the organisation recovery key
    (sync/server/recovery.py), its private half written only to the file(s) it names."""
    if not passphrase:
        raise AdminError("The organisation key needs a passphrase.")
    choice = recovery_choice or recovery.RecoveryChoice()
    recovery.check_choice(choice)
    with _engine(url) as engine, engine.begin() as conn:
        existing = load_org(conn)
    if existing is not None:
        raise AdminError(
            f"This server already has an organisation ({existing.name}).",
            existing_name=existing.name,
        )
    private = ed25519.Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    try:
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise AdminError(
            f"{key_path} already exists; choose another file.", key_path=key_path
        ) from None
    except OSError as exc:
        raise AdminError(
            f"Cannot write {key_path}: {exc.strerror}.", key_path=key_path, strerror=exc.strerror
        ) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    info = OrgInfo(
        org_id="org-" + secrets.token_hex(8),
        name=name,
        public_key=b64e(raw),
        fingerprint=sha256_hex(raw),
    )
    written = [key_path]
    try:
        recovery_row = None
        if choice.scheme != "none":
            pair = recovery.generate()
            written += recovery.write_material(choice, pair, info.org_id)
            signature = recovery.certify(pair, info.org_id, private)
            info = info.model_copy(
                update={"recovery_key": b64e(pair.public_key), "recovery_signature": signature}
            )
            recovery_row = {
                "org_id": info.org_id, "public_key": info.recovery_key,
                "fingerprint": pair.fingerprint, "signature": signature, "scheme": choice.scheme,
                "threshold": choice.threshold or None, "shares": choice.shares or None,
                "created": now_iso(),
            }  # fmt: skip
        with _engine(url) as engine, engine.begin() as conn:
            conn.execute(
                orgs.insert().values(
                    **info.model_dump(exclude={"recovery_key", "recovery_signature"}),
                    created=now_iso(),
                )
            )
            if recovery_row is not None:
                conn.execute(recovery_keys.insert().values(**recovery_row))
    except BaseException:
        recovery.remove_files(written)  # no organisation: its key files would mislead
        raise
    return info


def parse_duration(text: str) -> timedelta:
    """``48h``, ``7d``, ``30m`` → timedelta (AdminError otherwise)."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*([mhd])\s*", text)
    if not match:
        raise AdminError(f"'{text}' is not a duration like 48h, 7d or 30m.", text=text)
    unit = {"m": "minutes", "h": "hours", "d": "days"}[match.group(2)]
    return timedelta(**{unit: int(match.group(1))})


def invite(
    url: str,
    role: Role | str | None = None,
    expires: timedelta = timedelta(days=7),
    *,
    user: str | None = None,
    device_of: str | None = None,
) -> str:
    """A one-time enrolment code that enrols only one person: ``user`` (a new person, with
    ``role``) or ``device_of`` (that person's next device; the role is theirs already).
    The server keeps only the secret's hash."""
    if (user is None) == (device_of is None):
        raise AdminError("Name the person: --user USER --role ROLE, or --device-of USER.")
    person = user if user is not None else device_of
    assert person is not None
    if not _USER_ID.fullmatch(person):
        raise AdminError(f"'{person}' is not a valid user id.", user_id=person)
    with _engine(url) as engine, engine.begin() as conn:
        org = load_org(conn)
        if org is None:
            raise AdminError("Create the organisation first (admin create-org).")
        known = conn.execute(
            select(device_table.c.role)
            .where(device_table.c.user_id == person)
            .order_by(device_table.c.enrolled)
        ).first()
        if user is not None:
            role = _role(role)
            if known is not None:
                raise AdminError(
                    f"{user} already has a device; use --device-of {user} for their next one.",
                    user_id=user,
                )
        else:
            if known is None:
                raise AdminError(
                    f"No device of {device_of} is enrolled; invite a new person with --user.",
                    user_id=device_of,
                )
            if role is not None and _role(role).value != known.role:
                raise AdminError(
                    f"{device_of} is a {known.role}; a next device takes the person's role.",
                    user_id=device_of,
                    role=known.role,
                )
            role = Role(known.role)
        raw = "".join(secrets.choice(_ALPHABET) for _ in range(20))  # ~98 bits
        secret = "-".join(raw[i : i + 5] for i in range(0, 20, 5))
        conn.execute(
            invites.insert().values(
                secret_hash=secret_hash(secret),
                role=role.value,
                expires=int(time.time() + expires.total_seconds()),
                used=False,
                created=now_iso(),
                user_id=person,
                device_of=device_of is not None,
            )
        )
    return invite_code(secret, org.fingerprint)


def _role(role: Role | str | None) -> Role:
    if role is None:
        raise AdminError("A new person needs a role: --role counselor, outreach, lawyer or admin.")
    try:
        return Role(role)
    except ValueError:
        raise AdminError(
            f"'{role}' is not a role (counselor, outreach, lawyer, admin).", role=role
        ) from None


def devices(url: str) -> list[DeviceRow]:
    """Every enrolled device, pending ones included."""
    with _engine(url) as engine, engine.begin() as conn:
        rows = conn.execute(
            select(device_table).order_by(device_table.c.user_id, device_table.c.device_id)
        )
        return [
            DeviceRow(r.user_id, r.device_id, r.name, r.role, r.status, r.fingerprint) for r in rows
        ]


def load_org_key(key_path: Path, passphrase: str) -> ed25519.Ed25519PrivateKey:
    try:
        data = key_path.read_bytes()
    except OSError as exc:
        raise AdminError(
            f"Cannot read {key_path}: {exc.strerror}.", key_path=key_path, strerror=exc.strerror
        ) from None
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise AdminError(
            f"{key_path} could not be opened: wrong passphrase or not a key file.",
            key_path=key_path,
        ) from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise AdminError(f"{key_path} is not an organisation (Ed25519) key.", key_path=key_path)
    return key


MIN_FINGERPRINT_DIGITS = 16


def fingerprint_matches(fingerprint_hex: str, typed: str) -> bool:
    """Whether what the administrator typed (spaces and dashes ignored) is the start of the
    key's fingerprint, at least 16 characters long: either the digit groups the app shows
    (``0381 7724 …``) or the hex form."""
    wanted = "".join(typed.split()).replace("-", "").lower()
    if len(wanted) < MIN_FINGERPRINT_DIGITS:
        return False
    digits = fingerprint_digits(fingerprint_hex).replace(" ", "")
    return digits.startswith(wanted) or fingerprint_hex.startswith(wanted)


def _check_org_key(conn: Connection, key: ed25519.Ed25519PrivateKey, key_path: Path) -> OrgInfo:
    """This server's organisation, whose key ``key`` must be (AdminError otherwise)."""
    org = load_org(conn)
    if org is None:
        raise AdminError("This server has no organisation yet.")
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    if sha256_hex(public) != org.fingerprint:
        raise AdminError(
            f"{key_path} is not the key of {org.name}.", key_path=key_path, org_name=org.name
        )
    return org


def check_org_key(url: str, key_path: Path, passphrase: str) -> None:
    """Open the organisation key and check it is this server's, before anything is shown or
    asked (a wrong file or passphrase is said first, in one line)."""
    key = load_org_key(key_path, passphrase)
    with _engine(url) as engine, engine.begin() as conn:
        _check_org_key(conn, key, key_path)


def pending_device(url: str, device_id: str) -> DeviceRow:
    """The device ``admin approve`` is about to certify, for the administrator to check."""
    with _engine(url) as engine, engine.begin() as conn:
        row = conn.execute(
            select(device_table).where(device_table.c.device_id == device_id)
        ).first()
    if row is None:
        raise AdminError(f"No device '{device_id}' is enrolled.", device_id=device_id)
    return DeviceRow(row.user_id, row.device_id, row.name, row.role, row.status, row.fingerprint)


def approve(
    url: str,
    device_id: str,
    key_path: Path,
    passphrase: str,
    fingerprint: str | None = None,
) -> Certificate:
    """Certify a pending device with the organisation key.

    The stored key card must hash to the fingerprint the device enrolled with, and, when
    ``fingerprint`` is given (read from the device's screen), start with it
    (:func:`fingerprint_matches`).  The command line always asks for it; this function
    leaves it optional for tests and scripts that checked the key otherwise.
    """
    key = load_org_key(key_path, passphrase)
    with _engine(url) as engine, engine.begin() as conn:
        org = _check_org_key(conn, key, key_path)
        row = conn.execute(
            select(device_table).where(device_table.c.device_id == device_id)
        ).first()
        if row is None:
            raise AdminError(f"No device '{device_id}' is enrolled.", device_id=device_id)
        if row.status != "pending":
            raise AdminError(
                f"Device '{device_id}' is {row.status}, not pending.",
                device_id=device_id,
                status=row.status,
            )
        if card_fingerprint(json.loads(row.key_card)) != row.fingerprint:
            raise AdminError(
                f"Device '{device_id}''s key card does not match its fingerprint.",
                device_id=device_id,
            )
        if fingerprint is not None and not fingerprint_matches(row.fingerprint, fingerprint):
            raise AdminError(
                f"Device '{device_id}' enrolled with key {fingerprint_digits(row.fingerprint)}, "
                "not the one you were given; do not approve it.",
                device_id=device_id,
                fingerprint=fingerprint_digits(row.fingerprint),
            )
        unsigned = Certificate(
            org_id=org.org_id,
            user_id=row.user_id,
            device_id=row.device_id,
            role=Role(row.role),
            key_fingerprint=row.fingerprint,
            issued=now_iso(),
            signature="",
        )
        cert = unsigned.model_copy(
            update={"signature": b64e(key.sign(certificate_bytes(unsigned)))}
        )
        # A number from the shared sequence: the directory's version (GET /v1/directory?since).
        conn.execute(
            update(device_table)
            .where(device_table.c.device_id == device_id)
            .values(
                status="approved",
                certificate=cert.model_dump_json(),
                changed_seq=reserve_seq(conn, 1),
            )
        )
    return cert


def revoke(url: str, device_id: str) -> None:
    """Revoke a device: its token stops working at once (answered 403 ``revoked``).

    The certificate stays, with the revocation's sequence number: a colleague who pulls a
    grant this device made *before* now can still check it (the grant's number is lower);
    one numbered after is refused by every client."""
    with _engine(url) as engine, engine.begin() as conn:
        found = conn.execute(
            select(device_table.c.status).where(device_table.c.device_id == device_id)
        ).first()
        if found is None:
            raise AdminError(f"No device '{device_id}' is enrolled.", device_id=device_id)
        if found.status == "revoked":
            return  # already revoked: keep the first revocation's number
        seq = reserve_seq(conn, 1)
        conn.execute(
            update(device_table)
            .where(device_table.c.device_id == device_id)
            .values(status="revoked", changed_seq=seq, revoked_seq=seq)
        )

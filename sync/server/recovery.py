"""The organisation recovery key: made at ``admin create-org``, kept offline, opened to recover.

The key pair is on the suite every grant uses (HPKE ML-KEM-768 + X25519, ``protocol.
hpke_suite``); its public half is certified by the organisation's Ed25519 key and published
with the organisation info, so clients wrap every case key to it.  Its private half (the
ML-KEM-768 seed and the X25519 private key, 96 bytes) never reaches the server.  It is kept
in one of two ways (docs/security.md, "Organisation recovery"):

* ``key``: one file, sealed with AES-256-GCM under a key derived from a passphrase by
  Argon2id (64 MiB, 3 passes), like the organisation key's own passphrase-encrypted file.
* ``shares``: the private key is sealed under a random 256-bit file key, and that file key
  is split m-of-n with Shamir's scheme (pycryptodome's ``Shamir``, which shares 16-byte
  secrets: so each trustee's share holds one share of each 16-byte half, both taken at the
  same x).  Every share file carries the sealed private key too: any m of them, and nothing
  else, open it; fewer than m tell nothing about it.  Sealing the key and sharing only the
  file key keeps the secret-sharing to the fixed 32 bytes the library handles, and a wrong
  or foreign share is caught by the AES-GCM tag rather than giving a wrong key silently.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from Crypto.Protocol.SecretSharing import Shamir
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import MLKEM768X25519PrivateKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sync.protocol import b64d, b64e, canonical, recovery_key_bytes
from sync.server.common import sha256_hex
from sync.server.errors import AdminError

KEY_FORMAT = "madoguchi-recovery-key"
SHARE_FORMAT = "madoguchi-recovery-share"
SCHEMES = ("none", "key", "shares")
MIN_PASSPHRASE_CHARS = 12
MAX_SHARES = 16  # more trustees than this is a committee, not a safe
_SEED_BYTES, _X25519_BYTES = 64, 32
_ARGON2 = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}  # KiB
_MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class RecoveryChoice:
    """What ``create-org --recovery`` asked for (validated by :func:`check_choice`)."""

    scheme: str = "none"
    key_path: Path | None = None  # scheme "key": the passphrase-encrypted private key file
    passphrase: str = ""
    threshold: int = 0  # scheme "shares": m of n, share files written to shares_dir
    shares: int = 0
    shares_dir: Path | None = None


@dataclass(frozen=True)
class RecoveryKeyPair:
    mlkem_seed: bytes
    x25519_private: bytes
    public_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        # ValueError for a seed or key of the wrong size (the caller names the file).
        mlkem_public = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed).public_key()
        x_public = x25519.X25519PrivateKey.from_private_bytes(self.x25519_private).public_key()
        # The key card's order: ML-KEM-768 public key, then X25519 public key.
        raw = mlkem_public.public_bytes_raw() + x_public.public_bytes_raw()
        object.__setattr__(self, "public_key", raw)

    @property
    def fingerprint(self) -> str:
        return sha256_hex(self.public_key)

    def hpke_private(self) -> MLKEM768X25519PrivateKey:
        return MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519_private),
        )

    def secret_bytes(self) -> bytes:
        return self.mlkem_seed + self.x25519_private

    @classmethod
    def from_secret(cls, secret: bytes) -> RecoveryKeyPair:
        return cls(secret[:_SEED_BYTES], secret[_SEED_BYTES:])


def generate() -> RecoveryKeyPair:
    return RecoveryKeyPair(secrets.token_bytes(_SEED_BYTES), secrets.token_bytes(_X25519_BYTES))


def certify(pair: RecoveryKeyPair, org_id: str, org_key: ed25519.Ed25519PrivateKey) -> str:
    """The organisation key's signature over the recovery public key (base64)."""
    return b64e(org_key.sign(recovery_key_bytes(org_id, pair.public_key)))


def check_choice(choice: RecoveryChoice) -> None:
    """Refuse a bad ``--recovery`` combination before anything is written."""
    if choice.scheme not in SCHEMES:
        raise AdminError(
            f"'{choice.scheme}' is not a recovery choice (none, key, shares).",
            scheme=choice.scheme,
        )
    if choice.scheme == "key":
        if choice.key_path is None:
            raise AdminError("--recovery key needs --recovery-key FILE for the private key.")
        _check_new_file(choice.key_path)
        if len(choice.passphrase) < MIN_PASSPHRASE_CHARS:
            raise AdminError(
                f"The recovery key's passphrase needs at least {MIN_PASSPHRASE_CHARS} "
                "characters: it protects every case of the organisation.",
                code="server.admin.recovery_passphrase_short",
                min_chars=MIN_PASSPHRASE_CHARS,
            )
    elif choice.scheme == "shares":
        m, n = choice.threshold, choice.shares
        if not 2 <= n <= MAX_SHARES or not 2 <= m <= n:
            raise AdminError(
                f"--threshold {m} --shares {n}: need 2 ≤ threshold ≤ shares ≤ {MAX_SHARES}.",
                code="server.admin.recovery_threshold",
                threshold=m,
                shares=n,
            )
        if choice.shares_dir is None:
            raise AdminError("--recovery shares needs --shares-dir FOLDER for the share files.")
        for path in share_paths(choice.shares_dir, n):
            _check_new_file(path)


def share_paths(folder: Path, count: int) -> list[Path]:
    return [folder / f"recovery-share-{i}-of-{count}.json" for i in range(1, count + 1)]


def _check_new_file(path: Path) -> None:
    if path.exists():
        raise AdminError(f"{path} already exists; choose another file.", path=path)
    if not path.parent.is_dir():
        raise AdminError(f"The folder {path.parent} does not exist.", path=path)


def write_material(choice: RecoveryChoice, pair: RecoveryKeyPair, org_id: str) -> list[Path]:
    """Write the private key's file(s) for ``choice``; the files written.  On any failure
    the files this call made are removed again (nothing half-written)."""
    written: list[Path] = []
    try:
        if choice.scheme == "key":
            assert choice.key_path is not None
            _write_new(choice.key_path, _key_file(pair, choice.passphrase, org_id))
            written.append(choice.key_path)
        elif choice.scheme == "shares":
            assert choice.shares_dir is not None
            paths = share_paths(choice.shares_dir, choice.shares)
            for path, data in zip(
                paths, _share_files(pair, choice.threshold, choice.shares, org_id), strict=True
            ):
                _write_new(path, data)
                written.append(path)
    except BaseException:
        remove_files(written)
        raise
    return written


def remove_files(paths: Iterable[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _write_new(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise AdminError(f"{path} already exists; choose another file.", path=path) from None
    except OSError as exc:
        raise AdminError(
            f"Cannot write {path}: {exc.strerror}.", path=path, strerror=exc.strerror
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise AdminError(
            f"Cannot write {path}: {exc.strerror}.", path=path, strerror=exc.strerror
        ) from None


def _dump(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


# -- one passphrase-encrypted file ----------------------------------------------------------
def _passphrase_key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params["iterations"],
        lanes=params["lanes"],
        memory_cost=params["memory_cost"],
    )
    return kdf.derive(passphrase.encode("utf-8"))


def _file_ad(kind: str, org_id: str, fingerprint: str) -> bytes:
    return canonical(kind, org_id, fingerprint)


def _key_file(pair: RecoveryKeyPair, passphrase: str, org_id: str) -> bytes:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = _passphrase_key(passphrase, salt, _ARGON2)
    sealed = AESGCM(key).encrypt(
        nonce, pair.secret_bytes(), _file_ad(KEY_FORMAT, org_id, pair.fingerprint)
    )
    return _dump(
        {
            "format": KEY_FORMAT, "version": 1, "org_id": org_id,
            "fingerprint": pair.fingerprint, "public_key": b64e(pair.public_key),
            "kdf": {"name": "argon2id", "salt": b64e(salt), **_ARGON2},
            "nonce": b64e(nonce), "sealed": b64e(sealed),
        }
    )  # fmt: skip


def read_key_file(path: Path, passphrase: str) -> RecoveryKeyPair:
    """The recovery key pair in a ``--recovery key`` file (AdminError: unreadable, not a
    recovery key file, or the wrong passphrase)."""
    data = _read_json(path, KEY_FORMAT, "a recovery key file")
    try:
        kdf = data["kdf"]
        params = {k: int(kdf[k]) for k in ("iterations", "lanes", "memory_cost")}
        if kdf["name"] != "argon2id" or params["memory_cost"] > 4 * 1024 * 1024:
            raise ValueError("unknown key derivation")
        key = _passphrase_key(passphrase, b64d(kdf["salt"]), params)
        nonce, sealed = b64d(data["nonce"]), b64d(data["sealed"])
        ad = _file_ad(KEY_FORMAT, str(data["org_id"]), str(data["fingerprint"]))
    except (KeyError, TypeError, ValueError):
        raise AdminError(
            f"{path} is damaged: not a readable recovery key file.", path=path
        ) from None
    try:
        secret = AESGCM(key).decrypt(nonce, sealed, ad)
    except (InvalidTag, ValueError):
        raise AdminError(
            f"{path} could not be opened: wrong passphrase, or the file was changed.",
            code="server.admin.recovery_wrong_passphrase",
            path=path,
        ) from None
    return _pair_checked(secret, str(data["fingerprint"]), path)


def _read_json(path: Path, expected: str, what: str) -> dict[str, Any]:
    try:
        raw = path.read_bytes()[: _MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise AdminError(
            f"Cannot read {path}: {exc.strerror}.", path=path, strerror=exc.strerror
        ) from None
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_FILE_BYTES else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != expected:
        raise AdminError(f"{path} is not {what}.", path=path, expected=expected)
    if data.get("version") != 1:
        raise AdminError(
            f"{path} is {what} of a version this server does not know; update it.", path=path
        )
    return data


def _pair_checked(secret: bytes, fingerprint: str, path: Path | None) -> RecoveryKeyPair:
    try:
        if len(secret) != _SEED_BYTES + _X25519_BYTES:
            raise ValueError("wrong length")
        pair = RecoveryKeyPair.from_secret(secret)
    except ValueError:
        pair = None
    if pair is None or pair.fingerprint != fingerprint:
        where = f"{path} holds" if path else "The shares hold"
        raise AdminError(
            f"{where} a damaged recovery key (its fingerprint does not match).",
            code="server.admin.recovery_damaged",
            path=path,
        )
    return pair


# -- m-of-n shares --------------------------------------------------------------------------
def _share_files(pair: RecoveryKeyPair, m: int, n: int, org_id: str) -> list[bytes]:
    file_key = secrets.token_bytes(32)
    nonce = secrets.token_bytes(12)
    split_id = secrets.token_hex(8)  # which split a share belongs to (mismatches are named)
    sealed = AESGCM(file_key).encrypt(
        nonce, pair.secret_bytes(), _file_ad(SHARE_FORMAT, org_id, pair.fingerprint)
    )
    low = Shamir.split(m, n, file_key[:16])
    high = Shamir.split(m, n, file_key[16:])
    files = []
    for (index, low_share), (index_high, high_share) in zip(low, high, strict=True):
        assert index == index_high
        files.append(
            _dump(
                {
                    "format": SHARE_FORMAT, "version": 1, "org_id": org_id,
                    "fingerprint": pair.fingerprint, "split": split_id, "threshold": m,
                    "shares": n, "index": index, "share": (low_share + high_share).hex(),
                    "nonce": b64e(nonce), "sealed": b64e(sealed),
                }
            )
        )  # fmt: skip
    return files


@dataclass(frozen=True)
class _Share:
    path: Path
    index: int
    share: bytes
    common: tuple[Any, ...]  # what every share of one split has in common


def _read_share(path: Path) -> _Share:
    data = _read_json(path, SHARE_FORMAT, "a recovery share file")
    try:
        share = bytes.fromhex(str(data["share"]))
        index = int(data["index"])
        common = (
            str(data["org_id"]), str(data["fingerprint"]), str(data["split"]),
            int(data["threshold"]), int(data["shares"]), b64d(data["nonce"]),
            b64d(data["sealed"]),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError):
        raise AdminError(f"{path} is damaged: not a readable recovery share.", path=path) from None
    if len(share) != 32 or not 1 <= index <= MAX_SHARES:
        raise AdminError(f"{path} is damaged: not a readable recovery share.", path=path)
    return _Share(path, index, share, common)


def combine_shares(paths: list[Path]) -> RecoveryKeyPair:
    """The recovery key pair from m share files (AdminError: too few, from different
    splits, the same share twice, or a share that was changed)."""
    shares = [_read_share(path) for path in paths]
    if not shares:
        raise AdminError("Give the trustees' share files with --share FILE.")
    first = shares[0]
    for other in shares[1:]:
        if other.common != first.common:
            raise AdminError(
                f"{other.path} and {first.path} are shares of different recovery keys; "
                "use shares from the same set.",
                code="server.admin.recovery_mismatched_shares",
                path=other.path,
                first=first.path,
            )
    indexes = [s.index for s in shares]
    if len(set(indexes)) != len(indexes):
        raise AdminError(
            "The same share was given twice; each trustee's share counts once.",
            code="server.admin.recovery_duplicate_share",
        )
    org_id, fingerprint, _split, threshold, _count, nonce, sealed = first.common
    if len(shares) < threshold:
        raise AdminError(
            f"This recovery key needs {threshold} shares; {len(shares)} were given.",
            code="server.admin.recovery_too_few_shares",
            threshold=threshold,
            given=len(shares),
        )
    low = Shamir.combine([(s.index, s.share[:16]) for s in shares])
    high = Shamir.combine([(s.index, s.share[16:]) for s in shares])
    try:
        secret = AESGCM(low + high).decrypt(
            nonce, sealed, _file_ad(SHARE_FORMAT, org_id, fingerprint)
        )
    except InvalidTag:
        raise AdminError(
            "The shares do not combine to the recovery key: one of them was changed or damaged.",
            code="server.admin.recovery_bad_share",
        ) from None
    return _pair_checked(secret, fingerprint, None)

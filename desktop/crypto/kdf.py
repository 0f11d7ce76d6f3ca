"""Passphrase key derivation: Argon2id with stored, versioned parameters.

Parameters live beside the vault (they are not secret) so that a vault created
on a fast machine still opens on a slow one, and so that a later version can
raise the cost without breaking old vaults.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.errors import VaultCorruptError

KDF_VERSION = 1
MIN_MEMORY_KIB = 64 * 1024  # the floor the design sets: 64 MiB
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost and salt, stored in the vault header."""

    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = 3
    lanes: int = 4
    version: int = KDF_VERSION

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        data["algorithm"] = "argon2id"
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "argon2id" or data.get("version") != KDF_VERSION:
            raise VaultCorruptError(
                "The vault's key-derivation settings are of an unknown kind; "
                "open it with the Madoguchi version that created it."
            )
        return cls(
            salt=bytes.fromhex(data["salt"]),
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
        )


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on two systems derives one key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, params: KdfParams) -> bytes:
    """Derive the 256-bit key-encryption key from a passphrase."""
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))


def calibrate(
    target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> KdfParams:
    """Pick the iteration count so one derivation costs about ``target_seconds`` here."""
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    iterations = 2
    for _ in range(3):
        # Cost is not proportional to iterations (allocating 64 MiB is a fixed part),
        # so measure the candidate itself and correct it a few times.
        probe = KdfParams(salt=os.urandom(16), memory_kib=memory_kib, iterations=iterations)
        start = time.perf_counter()
        derive("calibration", probe)
        took = max(time.perf_counter() - start, 1e-3)
        iterations = max(1, min(MAX_ITERATIONS, round(iterations * target_seconds / took)))
    return KdfParams(salt=os.urandom(16), memory_kib=memory_kib, iterations=iterations)


def fast_params_for_tests() -> KdfParams:
    """Minimum-cost parameters (still 64 MiB) so tests do not spend seconds per unlock."""
    return KdfParams(salt=os.urandom(16), memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)

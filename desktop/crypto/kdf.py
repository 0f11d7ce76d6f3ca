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
MIN_ITERATIONS = 3  # the floor at creation, however fast or loaded the machine seems
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64

# What a stored header may hold.  Reading is more lenient than creating (tests and vaults
# of earlier releases use 1 iteration and 1 lane), but a value outside these ranges is
# damage or tampering: refused at once instead of an Argon2id run that never ends or a
# library error.  The cost cap keeps the slowest accepted derivation to what calibration
# itself could have chosen (64 iterations at 64 MiB).
_MEMORY_RANGE_KIB = (MIN_MEMORY_KIB, 1024 * 1024)  # 64 MiB .. 1 GiB
_ITERATION_RANGE = (1, MAX_ITERATIONS)
_LANE_RANGE = (1, 16)
_SALT_RANGE = (16, 64)
_MAX_COST_KIB_PASSES = MAX_ITERATIONS * MIN_MEMORY_KIB


def _damaged_header(problem: str) -> VaultCorruptError:
    return VaultCorruptError(
        "The vault header is damaged (KDF parameters out of range); "
        "restore the vault from a backup.",
        code="vault.corrupt.kdf_params",
        problem=problem,
    )


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
    def from_json(cls, data: Any) -> KdfParams:
        """The stored parameters, bounds-checked: damage gives one line, never a hang."""
        if not isinstance(data, dict):
            raise _damaged_header("not a set of parameters")
        if data.get("algorithm") != "argon2id" or data.get("version") != KDF_VERSION:
            raise VaultCorruptError(
                "The vault's key-derivation settings are of an unknown kind; "
                "open it with the Madoguchi version that created it.",
                code="vault.corrupt.kdf_kind",
                algorithm=str(data.get("algorithm")),
            )
        memory = _bounded(data, "memory_kib", _MEMORY_RANGE_KIB)
        iterations = _bounded(data, "iterations", _ITERATION_RANGE)
        lanes = _bounded(data, "lanes", _LANE_RANGE)
        if memory * iterations > _MAX_COST_KIB_PASSES:
            raise _damaged_header("memory × iterations")
        salt_text = data.get("salt")
        try:
            salt = bytes.fromhex(salt_text) if isinstance(salt_text, str) else b""
        except ValueError:
            salt = b""
        if not _SALT_RANGE[0] <= len(salt) <= _SALT_RANGE[1]:
            raise _damaged_header("salt")
        return cls(salt=salt, memory_kib=memory, iterations=iterations, lanes=lanes)


def _bounded(data: dict[str, Any], name: str, bounds: tuple[int, int]) -> int:
    value = data.get(name)
    # bool is an int in Python; a stored true is damage, not one iteration.
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise _damaged_header(name)
    return value


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
    """Pick the iteration count so one derivation costs about ``target_seconds`` here,
    never below MIN_ITERATIONS and MIN_MEMORY_KIB."""
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
    # A machine under load measures slow and would get 1 iteration: never below the floor.
    iterations = max(MIN_ITERATIONS, iterations)
    return KdfParams(salt=os.urandom(16), memory_kib=memory_kib, iterations=iterations)


def fast_params_for_tests() -> KdfParams:
    """Minimum-cost parameters (still 64 MiB) so tests do not spend seconds per unlock."""
    return KdfParams(salt=os.urandom(16), memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)

"""Identifiers for records, ops, cases and files.

128 random bits as 22 URL-safe base64 characters: as unguessable and
collision-free across offline devices as a UUID4, and 14 bytes shorter, which
matters when the in-memory projection holds hundreds of thousands of them.
"""

from __future__ import annotations

import base64
import hashlib
import os


def new_id() -> str:
    return base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode("ascii")


def default_device_code(device_id: str) -> str:
    """The 4-character prefix of a new vault's reference numbers when none is given: letters
    and digits only (base32 of the device id's hash), as ``Vault.set_codes`` requires.  The
    id's own first characters were used before, and a "-" or "_" among them made references
    such as "DEMO-3DR_-2026-00002" (about one new vault in eight)."""
    return base64.b32encode(hashlib.sha256(device_id.encode()).digest())[:4].decode("ascii")

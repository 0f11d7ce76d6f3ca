"""Identifiers for records, ops, cases and files.

128 random bits as 22 URL-safe base64 characters: as unguessable and
collision-free across offline devices as a UUID4, and 14 bytes shorter, which
matters when the in-memory projection holds hundreds of thousands of them.
"""

from __future__ import annotations

import base64
import os


def new_id() -> str:
    return base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode("ascii")

"""The bundle's manifest: SHA-256 of every source file and of every output.

Format ``madoguchi-adr-manifest`` version 1 (docs/adr-bundles.md).  A file
cannot contain its own hash, so the copy embedded in bundle.pdf lists the
sources and the four parts, and manifest.json on disk adds bundle.pdf itself.
JSON is written with sorted keys and no timestamps: equal inputs, equal bytes.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["FORMAT", "VERSION", "manifest_bytes"]

FORMAT = "madoguchi-adr-manifest"
VERSION = 1


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, UTF-8 (Japanese kept readable), trailing newline."""
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")

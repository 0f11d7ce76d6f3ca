"""ADR bundles for the Tokyo Bar Association's dispute resolution centre.

(東京弁護士会 紛争解決センター)

``build_bundle`` writes, into an empty folder, everything a filing needs::

    00_cover.pdf               the filer's sheet: sets to print, checklist, fees, publication
    01_application.pdf         申立書
    02_evidence_statement.pdf  証拠説明書
    03_exhibits.pdf            every exhibit, first page stamped 甲第N号証 at the top right
    bundle.pdf                 linked index, application, statement, exhibits; numbered,
                               bookmarked, manifest attached
    manifest.json              SHA-256 of every source and output

See docs/adr-bundles.md for the conventions and choices.
"""

from __future__ import annotations

from desktop.documents.adr.build import (
    BUNDLE,
    MANIFEST,
    PARTS,
    BundleCancelled,
    BundleResult,
    build_bundle,
)
from desktop.documents.adr.forms import FILING_FEE, FILING_FEE_REFERRED, SESSION_FEE, attachments
from desktop.documents.adr.labels import exhibit_label
from desktop.documents.adr.manifest import FORMAT as MANIFEST_FORMAT
from desktop.documents.adr.manifest import VERSION as MANIFEST_VERSION
from desktop.documents.adr.matter import (
    MatterData,
    chronology_for,
    draft_chronology,
    load_matter,
)
from desktop.errors import ExhibitError, ExhibitPasswordError

__all__ = [
    "BUNDLE",
    "FILING_FEE",
    "FILING_FEE_REFERRED",
    "MANIFEST",
    "MANIFEST_FORMAT",
    "MANIFEST_VERSION",
    "PARTS",
    "SESSION_FEE",
    "BundleCancelled",
    "BundleResult",
    "ExhibitError",
    "ExhibitPasswordError",
    "MatterData",
    "attachments",
    "build_bundle",
    "chronology_for",
    "draft_chronology",
    "exhibit_label",
    "load_matter",
]

"""Evidence: files of any type streamed into encrypted chunks, with their chain of custody.

The SHA-256 of the original is computed while streaming and kept with who captured it,
when and from where; reading and exporting authenticate every chunk.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from desktop.cases.model import (
    Entity,
)
from desktop.cases.service_base import CaseServiceBase
from desktop.cases.validation import clean
from desktop.crypto.aead import AuthenticationError
from desktop.errors import (
    InvalidValueError,
    MadoguchiError,
    NotFoundError,
    VaultCorruptError,
)
from desktop.store import blobs
from desktop.store.atomic import atomic_writer
from desktop.store.ids import new_id


class EvidenceOps(CaseServiceBase):
    """The evidence side of :class:`desktop.cases.service.CaseService`."""

    def add_evidence(
        self,
        case_id: str,
        source: Path | BinaryIO,
        fields: Mapping[str, Any] | None = None,
        *,
        filename: str | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str:
        """Stream a file of any type (up to 2 GB) into encrypted chunks; returns the record id.

        The SHA-256 of the original is computed while streaming and kept with who
        captured it, when and from where (chain of custody).
        """
        self._require_case(case_id)
        self._writable(case_id)
        values = clean(Entity.EVIDENCE, dict(fields or {}))
        key_id, key = self.vault.case_key(case_id)
        if isinstance(source, Path):
            name = filename or source.name
            try:
                handle: BinaryIO = source.open("rb")
            except OSError as exc:
                raise MadoguchiError(
                    f"Cannot read {source}: {exc.strerror}.",
                    code="evidence.unreadable",
                    source=source,
                    strerror=exc.strerror,
                ) from exc
        else:
            name, handle = filename or "evidence", source
        try:
            stored = blobs.write_blob(
                self.vault.folder, handle, case_id=case_id, key_id=key_id, case_key=key,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        except blobs.BlobTooLargeError as exc:
            raise InvalidValueError(
                f"Cannot add {name}: {exc}.", name=name, reason=str(exc)
            ) from exc
        except OSError as exc:
            raise MadoguchiError(
                f"Cannot store {name}: {exc.strerror or exc}.",
                code="evidence.not_stored",
                name=name,
                reason=exc.strerror or str(exc),
            ) from exc
        finally:
            if isinstance(source, Path):
                handle.close()
        values = {k: v for k, v in values.items() if v is not None}
        values.update(
            filename=name,
            media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
            size=stored.size,
            sha256=stored.sha256,
            blob_id=stored.blob_id,
        )
        values.setdefault("title", name)
        values.setdefault("captured_at", datetime.now().isoformat(timespec="minutes"))
        values.setdefault("captured_by", self.vault.device.user_id)
        entity_id = new_id()
        try:
            with self.vault.writing():
                self.vault.after_commit(lambda conn: blobs.record(conn, stored))
                self.vault.put(case_id, Entity.EVIDENCE.value, entity_id, values, [])
        except BaseException:
            blobs.discard(self.vault.folder, stored.blob_id)
            raise
        return entity_id

    def read_evidence(self, evidence_id: str) -> Iterator[bytes]:
        """The original file's bytes, chunk by chunk, authenticated as they are read."""
        rec = self._record(Entity.EVIDENCE, evidence_id)
        blob_id = str(rec.data["blob_id"])
        try:
            # The file's own key: one written before a key rotation keeps the old key.
            yield from self.vault.read_blob(blob_id, rec.case_id)
        except KeyError as exc:
            raise NotFoundError(
                f"The file of evidence '{rec.data.get('title')}' is not on this computer yet; "
                "it arrives with the next sync.",
                title=rec.data.get("title"),
            ) from exc
        except AuthenticationError as exc:
            raise VaultCorruptError(
                f"The stored file of evidence '{rec.data.get('title')}' is damaged.",
                title=rec.data.get("title"),
            ) from exc

    def export_evidence(self, evidence_id: str, out: Path) -> None:
        """Write the original file atomically, verifying its SHA-256 on the way."""
        rec = self._record(Entity.EVIDENCE, evidence_id)
        digest = hashlib.sha256()
        with atomic_writer(out) as handle:
            for chunk in self.read_evidence(evidence_id):
                digest.update(chunk)
                handle.write(chunk)
            if digest.hexdigest() != rec.data.get("sha256"):
                raise VaultCorruptError("The stored file does not match its recorded SHA-256.")
        self.vault.record_audit("evidence_exported", rec.case_id, {"sha256": digest.hexdigest()})

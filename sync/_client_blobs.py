"""Evidence files over the wire: sealed chunks up (resumably) and down.

The server stores each of the vault's sealed chunks (nonce + AES-GCM ciphertext bound to
blob id, case id and index) inside a padded transport envelope (sync/_client_wire.py), so
it never holds anything it could open, and a file's last chunk does not show its size.

Blob ids become file names in the vault (``blobs/<2 chars>/<id>``) and parts of URLs, and
the ids of downloads come from ops the server hands over: every id is checked against the
form the vault makes before it is used (an op's blob list is not something to trust).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from desktop.store import sync_state
from desktop.store.blobs import StoredBlob
from desktop.store.vault import Vault
from sync import _client_wire as wire
from sync._client_http import ForbiddenError, Http, SyncError, SyncNotFoundError
from sync.protocol import (
    BLOB_ID_PATTERN,
    MAX_BLOB_STATUS,
    BlobStatus,
    BlobStatuses,
    BlobStatusRequest,
)

_BLOB_ID = re.compile(BLOB_ID_PATTERN.removeprefix("^").removesuffix("$"))

# Chunk PUTs in flight at once.  One at a time, each upload paid a round trip and the
# server's commit (an fsync on SQLite) in turn; a few at once overlap them (notes/sync-proxy.md
# has the figures).  Small, so a client never takes more than a few of a server's request
# threads and database connections.
UPLOADS_IN_FLIGHT = 4
# Downloads: files of up to PREFETCH_CHUNKS chunks (1 MiB each) are fetched ahead, at most
# PREFETCH_FILES of them waiting at once (bounded memory: ≤ 32 MiB of chunks).
PREFETCH_CHUNKS = 4
PREFETCH_FILES = 8


def require_blob_id(blob_id: object) -> str:
    """``blob_id`` if it is one the vault could have made; SyncError otherwise (the id is
    not quoted: it may hold anything, control characters included)."""
    if not isinstance(blob_id, str) or not _BLOB_ID.fullmatch(blob_id):
        raise SyncError(
            "An evidence file id (named by the server or a colleague's op) is not in the "
            "form the app makes; that file was skipped.",
            code="sync.failed.bad_blob_id",
        )
    return blob_id


def statuses(http: Http, blob_ids: list[str]) -> dict[str, BlobStatus]:
    """What the server holds of each of ``blob_ids`` (those it does not know are absent),
    MAX_BLOB_STATUS per request."""
    unique = sorted({require_blob_id(b) for b in blob_ids})
    held: dict[str, BlobStatus] = {}
    for start in range(0, len(unique), MAX_BLOB_STATUS):
        request = BlobStatusRequest(blob_ids=unique[start : start + MAX_BLOB_STATUS])
        answer = http.call("POST", "/v1/blobs/status", BlobStatuses, body=request)
        held.update((s.blob_id, s) for s in answer.blobs if s.blob_id in request.blob_ids)
    return held


def upload(http: Http, vault: Vault, blob_id: str, status: BlobStatus | None) -> bool:
    """Send the chunks the server lacks (``status``: what it held, from :func:`statuses`;
    None when it knew nothing of the file); True if anything was sent."""
    return bool(upload_many(http, vault, [(blob_id, status)]))


def upload_many(
    http: Http,
    vault: Vault,
    files: list[tuple[str, BlobStatus | None]],
    check: Callable[[], None] | None = None,
) -> set[str]:
    """Send the chunks the server lacks of every ``(blob_id, status)`` in ``files``, up to
    UPLOADS_IN_FLIGHT at once; the ids of which anything was sent.  ``check`` runs between
    files (cancellation).  The first failure stops the rest and is raised once the chunks
    already in flight have been answered: what reached the server stays there, and the next
    sync's status asks for the others only (resumable as before)."""
    with Uploader(http) as uploader:
        sent, futures = uploader.send(vault, files, check)
        settle_all(futures)
    return sent


class Uploader:
    """Chunk PUTs for several batches of files, UPLOADS_IN_FLIGHT at once.

    Chunks are read and sealed by :meth:`send`, on the calling thread (the vault's
    connection and files stay on one thread); only the PUTs run in the pool.  A few more
    are sealed than are in flight, so the pool never waits for the reader, and memory stays
    bounded.  :meth:`send` returns the futures of one batch's PUTs, so whoever must wait for
    that batch (the push of its ops) waits for exactly those, on any thread."""

    def __init__(self, http: Http) -> None:
        self._http = http
        self._pool = ThreadPoolExecutor(UPLOADS_IN_FLIGHT, thread_name_prefix="blob-upload")
        self._busy: set[Future[None]] = set()  # not answered yet, of every batch

    def send(
        self,
        vault: Vault,
        files: list[tuple[str, BlobStatus | None]],
        check: Callable[[], None] | None = None,
    ) -> tuple[set[str], list[Future[None]]]:
        """Queue the missing chunks of ``files``; (ids of which anything was sent, the
        PUTs' futures).  A failure already answered is raised here, at the latest."""
        sent: set[str] = set()
        futures: list[Future[None]] = []
        for blob_id, status in files:
            for path, params, wire_chunk in _missing_chunks(vault, blob_id, status):
                if len(self._busy) >= 2 * UPLOADS_IN_FLIGHT:
                    self._busy = _settle(self._busy, FIRST_COMPLETED)
                future = self._pool.submit(_put, self._http, path, params, wire_chunk)
                self._busy.add(future)
                futures.append(future)
                sent.add(blob_id)
            if check is not None:
                check()
        return sent, futures

    def __enter__(self) -> Uploader:
        return self

    def __exit__(self, *exc: object) -> None:
        for future in self._busy:
            future.cancel()  # not started yet: never sent (after a failure or a cancel)
        self._pool.shutdown(wait=True)


def settle_all(futures: list[Future[None]]) -> None:
    """Wait for every one of ``futures``; raise the first failure among them."""
    if futures:
        _settle(set(futures), ALL_COMPLETED)


def _missing_chunks(
    vault: Vault, blob_id: str, status: BlobStatus | None
) -> Iterator[tuple[str, dict[str, Any], bytes]]:
    """(path, query, wire bytes) of each chunk of ``blob_id`` the server lacks."""
    require_blob_id(blob_id)
    info = sync_state.blob_info(vault, blob_id)
    if info is None:
        raise SyncError(
            f"Evidence file {blob_id} is missing from this vault; run 'check'.", blob_id=blob_id
        )
    if status is not None and status.complete:
        return
    received = set(status.received) if status is not None else set()
    key = vault.key_by_id(info.case_id, info.key_id)
    params = {"case_id": info.case_id, "chunks": info.chunk_count}
    for index, chunk in enumerate(sync_state.sealed_chunks(vault, blob_id)):
        if index in received:
            continue
        wire_chunk = wire.seal_chunk(
            chunk, key, blob_id=blob_id, case_id=info.case_id, key_id=info.key_id,
            index=index, chunks=info.chunk_count,
        )  # fmt: skip
        yield f"/v1/blobs/{blob_id}/{index}", params, wire_chunk


def _put(http: Http, path: str, params: dict[str, Any], wire_chunk: bytes) -> None:
    http.raw("PUT", path, content=wire_chunk, params=params)


def _settle(waiting: set[Future[None]], until: str) -> set[Future[None]]:
    """Wait for ``waiting`` (one or all of them); raise the first failure among those done."""
    done, still = wait(waiting, return_when=until)
    for future in done:
        future.result()
    return still


def statuses_for_download(http: Http, blob_ids: list[str]) -> dict[str, BlobStatus]:
    """:func:`statuses` of the well-formed ids among ``blob_ids``, or {} when the server
    refuses the batch (a file of a case withdrawn meanwhile): each download then asks for
    its own status, and only the refused one fails."""
    wanted = [b for b in blob_ids if isinstance(b, str) and _BLOB_ID.fullmatch(b)]
    if not wanted:
        return {}
    try:
        return statuses(http, wanted)
    except (ForbiddenError, SyncNotFoundError):
        return {}


class Prefetch:
    """Fetches the chunks of small complete files ahead of :func:`download`, up to
    UPLOADS_IN_FLIGHT requests at once and PREFETCH_FILES files ahead (so at most that many
    small files' bytes wait in memory; a larger file is fetched by ``download`` itself, chunk
    by chunk, as it is written).  A failed fetch is raised when its file is downloaded."""

    def __init__(self, http: Http, files: list[tuple[str, BlobStatus | None]]) -> None:
        self._http = http
        self._queue = [
            (blob_id, status.chunks)
            for blob_id, status in files
            if status is not None
            and status.complete
            and status.chunks <= PREFETCH_CHUNKS
            and _BLOB_ID.fullmatch(blob_id)
        ]
        self._next = 0
        self._ahead: dict[str, Future[list[bytes]]] = {}
        self._pool = ThreadPoolExecutor(UPLOADS_IN_FLIGHT, thread_name_prefix="blob-download")

    def __enter__(self) -> Prefetch:
        self._fill()
        return self

    def __exit__(self, *exc: object) -> None:
        for future in self._ahead.values():
            future.cancel()
        self._pool.shutdown(wait=True)

    def chunks(self, blob_id: str) -> Future[list[bytes]] | None:
        """The fetch of ``blob_id``'s chunks (wire bytes), or None if it is not prefetched."""
        future = self._ahead.pop(blob_id, None)
        self._fill()
        return future

    def _fill(self) -> None:
        while len(self._ahead) < PREFETCH_FILES and self._next < len(self._queue):
            blob_id, count = self._queue[self._next]
            self._next += 1
            self._ahead[blob_id] = self._pool.submit(self._fetch, blob_id, count)

    def _fetch(self, blob_id: str, count: int) -> list[bytes]:
        return [self._http.raw("GET", f"/v1/blobs/{blob_id}/{i}").content for i in range(count)]


def download(
    http: Http,
    vault: Vault,
    blob_id: str,
    case_id: str,
    key_id: str,
    size: int,
    status: BlobStatus | None = None,
    fetched: Future[list[bytes]] | None = None,
) -> None:
    """Fetch every chunk, check it opens, then record it (all or nothing).  ``status``: the
    server's, when already asked for with others (else it is asked for here); ``fetched``:
    the chunks' wire bytes fetched ahead by :class:`Prefetch`."""
    status = _checked_status(http, blob_id, case_id, status)  # before the key is looked up
    key = vault.key_by_id(case_id, key_id)
    stored = download_file(http, vault.folder, blob_id, case_id, key_id, key, size, status, fetched)
    sync_state.record_remote_blobs(vault, [stored])


def download_file(
    http: Http,
    folder: Path,
    blob_id: str,
    case_id: str,
    key_id: str,
    key: bytes,
    size: int,
    status: BlobStatus | None = None,
    fetched: Future[list[bytes]] | None = None,
) -> StoredBlob:
    """:func:`download` up to the file written, checked and in place, but not recorded:
    runs on any thread (no table is touched), so several files are written at once."""
    status = _checked_status(http, blob_id, case_id, status)

    early = fetched.result() if fetched is not None else None
    if early is not None and len(early) != status.chunks:
        early = None  # fetched for another count of chunks: fetch again

    def fetch(index: int) -> bytes:
        # An altered or misplaced chunk raises AuthenticationError (or ValueError) in here,
        # which write_remote_blob answers like a chunk that does not open: nothing is kept.
        data = early[index] if early is not None else None
        if data is None:
            data = http.raw("GET", f"/v1/blobs/{blob_id}/{index}").content
        return wire.unseal_chunk(
            data, key, blob_id=blob_id, case_id=case_id, key_id=key_id, index=index,
            chunks=status.chunks,
        )  # fmt: skip

    chunks = (fetch(i) for i in range(status.chunks))
    return sync_state.write_remote_blob(
        folder, blob_id, case_id, key_id, key, size, status.chunks, chunks
    )


def _checked_status(
    http: Http, blob_id: str, case_id: str, status: BlobStatus | None
) -> BlobStatus:
    """The server's status of a file about to be downloaded (asked for when not given):
    of this file, of this case, complete; SyncError otherwise."""
    require_blob_id(blob_id)  # before it becomes a URL or a file name
    if status is None:
        status = http.call("GET", f"/v1/blobs/{blob_id}", BlobStatus)
    if status.blob_id != blob_id:
        raise SyncError(
            f"The server answered about another evidence file than {blob_id}; it was not "
            "downloaded.",
            code="sync.failed.other_blob",
            blob_id=blob_id,
        )
    if not status.complete or status.case_id != case_id:
        raise SyncError(
            f"Evidence file {blob_id} is not complete on the server yet.", blob_id=blob_id
        )
    return status

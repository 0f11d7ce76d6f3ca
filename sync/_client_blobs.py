"""Evidence files over the wire: sealed chunks up (resumably) and down.

The server stores each chunk exactly as the vault keeps it (nonce + AES-GCM ciphertext
bound to blob id, case id and index), so it never holds anything it could open.
"""

from __future__ import annotations

from desktop.store import sync_state
from desktop.store.vault import Vault
from sync._client_http import Http, SyncError, SyncNotFoundError
from sync.protocol import BlobStatus


def upload(http: Http, vault: Vault, blob_id: str) -> bool:
    """Send the chunks the server lacks; True if anything was sent."""
    info = sync_state.blob_info(vault, blob_id)
    if info is None:
        raise SyncError(
            f"Evidence file {blob_id} is missing from this vault; run 'check'.", blob_id=blob_id
        )
    received: set[int] = set()
    try:
        status = http.call("GET", f"/v1/blobs/{blob_id}", BlobStatus)
        if status.complete:
            return False
        received = set(status.received)
    except SyncNotFoundError:
        pass  # nothing uploaded yet
    sent = False
    for index, chunk in enumerate(sync_state.sealed_chunks(vault, blob_id)):
        if index in received:
            continue
        http.raw(
            "PUT",
            f"/v1/blobs/{blob_id}/{index}",
            content=chunk,
            params={"case_id": info.case_id, "chunks": info.chunk_count},
        )
        sent = True
    return sent


def download(http: Http, vault: Vault, blob_id: str, case_id: str, key_id: str, size: int) -> None:
    """Fetch every chunk, check it opens, then record it (all or nothing)."""
    status = http.call("GET", f"/v1/blobs/{blob_id}", BlobStatus)
    if not status.complete or status.case_id != case_id:
        raise SyncError(
            f"Evidence file {blob_id} is not complete on the server yet.", blob_id=blob_id
        )
    chunks = (http.raw("GET", f"/v1/blobs/{blob_id}/{i}").content for i in range(status.chunks))
    sync_state.store_remote_blob(vault, blob_id, case_id, key_id, size, status.chunks, chunks)

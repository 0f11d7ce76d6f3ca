"""Evidence downloads after a pull: fetched ahead, written side by side, recorded in batches.

A first pull of 10,000 cases brings 3,574 evidence files.  One after the other, each paid
a round trip, an fsync of its file and a commit of its row: 11 s of a 44 s pull, most of
it waiting on the file system.  Here the chunks of small files are fetched ahead
(:class:`~sync._client_blobs.Prefetch`), WRITERS files are written, fsynced and checked at
once on worker threads (no table is touched there), and this thread records them in the
vault RECORD_EVERY per transaction.  Nothing changes in what is kept: a file is recorded
only once it is in place and every chunk opened with the case key, and an interrupted
round leaves the rest listed in ``missing_blobs`` for the next one.
"""

from __future__ import annotations

import contextlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

from desktop.errors import MadoguchiError
from desktop.store import sync_state
from desktop.store.blobs import StoredBlob
from desktop.store.vault import Vault
from sync import _client_blobs as blob_io
from sync._client_http import Cancelled, Http, Progress, SyncUnavailableError, check_cancelled
from sync._client_results import SyncReport

WRITERS = 4
RECORD_EVERY = 64


def fetch_missing(
    vault: Vault,
    http: Http,
    report: SyncReport,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    """Download the evidence files listed as missing whose records are here; the others
    (their op still quarantined) stay listed."""
    missing: list[list[str]] = sync_state.get_value(vault, "missing_blobs", [])
    still: list[list[str]] = []
    # Their statuses in one request per 500 files, not one request each.
    known = blob_io.statuses_for_download(
        http,
        [e[0] for e in missing if e[3] and sync_state.blob_info(vault, e[0]) is None],
    )
    todo: list[tuple[list[str], int]] = []  # (entry, the file's size)
    listed: set[str] = set()
    for entry in missing:
        blob_id, _, _, entity_id = entry[:4]
        if blob_id in listed or sync_state.blob_info(vault, blob_id) is not None:
            continue  # (listed twice: downloaded once, as when each was looked at in turn)
        record = None
        if entity_id:
            with vault.reading() as db:
                record = db.get("evidence", entity_id)
        if record is None:  # quarantined for now (no key yet): try again next round
            still.append(entry)
            continue
        todo.append((entry, int(record.data.get("size", 0))))
        listed.add(blob_id)
    # The chunks of the next few small files are fetched ahead, a few requests in flight
    # (one after the other, a first sync of 10,000 cases spent most of its pull here),
    # and several files are written at once (their fsyncs and file system calls were
    # most of the rest); each file is checked whole before it is kept.  They are
    # recorded here, in order, a batch per transaction (a commit per file was another
    # fsync each).
    done: list[StoredBlob] = []
    queued: deque[tuple[list[str], Future[StoredBlob]]] = deque()

    def settle(entry: list[str], future: Future[StoredBlob]) -> None:
        try:
            done.append(future.result())
            report.blobs_downloaded += 1
        except MadoguchiError as exc:
            if isinstance(exc, SyncUnavailableError):
                raise
            report.problems.append(str(exc))
            still.append(entry)

    def keep_done() -> None:
        if done:
            sync_state.record_remote_blobs(vault, done)
            done.clear()

    listed_ids = [e[0] for e, _ in todo]
    with (
        blob_io.Prefetch(http, [(b, known.get(b)) for b in listed_ids]) as ahead,
        ThreadPoolExecutor(WRITERS, thread_name_prefix="blob-write") as writers,
    ):
        try:
            for n, (entry, size) in enumerate(todo):
                blob_id, case_id, key_id = entry[:3]
                try:
                    key = vault.key_by_id(case_id, key_id)
                except MadoguchiError as exc:
                    report.problems.append(str(exc))
                    still.append(entry)
                    continue
                queued.append((entry, writers.submit(
                    blob_io.download_file, http, vault.folder, blob_id, case_id,
                    key_id, key, size, known.get(blob_id), ahead.chunks(blob_id),
                )))  # fmt: skip
                while len(queued) > 2 * WRITERS or (queued and queued[0][1].done()):
                    settle(*queued.popleft())
                if len(done) >= RECORD_EVERY:
                    keep_done()
                if progress:
                    progress("evidence", n + 1 - len(queued), len(todo))
                check_cancelled(cancelled)
            while queued:
                settle(*queued.popleft())
        except BaseException:
            # What was written and checked is kept; the rest is asked for next time.
            for _, future in queued:
                future.cancel()  # not started yet
            for _, future in queued:
                if not future.cancelled():
                    with contextlib.suppress(Exception):
                        done.append(future.result())
                        report.blobs_downloaded += 1
            keep_done()
            left = [e for e, _ in todo if sync_state.blob_info(vault, e[0]) is None]
            named = {e[0] for e in left}
            kept = left + [e for e in still if e[0] not in named]
            sync_state.set_values(vault, {"missing_blobs": kept})
            raise
        keep_done()
        if progress:
            progress("evidence", len(todo), len(todo))
    sync_state.set_values(vault, {"missing_blobs": still})

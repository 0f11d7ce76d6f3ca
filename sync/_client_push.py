"""Pushing pending ops: the next batch is prepared while the last one travels.

A first sync of a 10,000-case vault seals and signs about 218,000 ops (this device's work)
and the server checks and stores them (the server's).  Taking turns, each side waited on
the other for half the time.  Here, while the push of batch N is in flight, this thread
reads batch N+1, wraps its case keys for the grants (posted on a network thread while it
goes on), seals and signs its ops, then queues its evidence uploads once its grants are
stored (the server takes a file only for a case it knows).  The push of batch N+1 goes out
on the network thread after its uploads are complete and batch N's answer is recorded.

What does not change: pushes reach the server one at a time and in order; a batch's ops
are sent only after its grants are stored and every one of its evidence files is complete
on the server; the vault is only read and written on the calling thread.  If anything fails
while a push is in flight, that push's answer is still awaited and recorded before the
error is raised, so ops the server took are not left "pending" (they would only come back
as duplicates, but the report would miscount them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from desktop.identity import Identity
from desktop.store import sync_state
from desktop.store.oplog import SealedOp
from sync import _client_blobs as blob_io
from sync import _client_keys as keys
from sync._client_base import ClientSettings, post_case_grants
from sync._client_http import Cancelled, ForbiddenError, Http, Progress, check_cancelled
from sync._client_results import SyncReport
from sync._client_sharing import CaseSharing
from sync._client_wire import envelope_length
from sync.protocol import (
    MAX_PUSH_OPS,
    SHARING_ROLES,
    PushRequest,
    PushResponse,
    Role,
)

# A push carries as many ops as the server takes in one request (per-request work, such as
# the sequence lock and the commit, is shared by more ops: measured 16,000 → 20,000 ops/s on
# PostgreSQL going from 500 to 1,000), and stops earlier at PUSH_BYTES of ciphertext, so
# a backlog of large notes stays far below the server's 64 MiB body limit (base64 adds a
# third).
PUSH_BATCH = MAX_PUSH_OPS
PUSH_BYTES = 16 << 20
# sync_meta: the highest server number of this device's own ops (all of them up to it are
# in this vault, as every op it pushed is); sent with pulls as PullRequest.own_through.
OWN_THROUGH = "own_through"


@dataclass(frozen=True)
class _Batch:
    request: PushRequest
    size: int  # ops in it
    uploads: list[Future[None]]  # its evidence chunks' PUTs


class Pushing(CaseSharing):
    """The push half of a sync round (SyncClient's)."""

    def _push(
        self,
        http: Http,
        s: ClientSettings,
        report: SyncReport,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        total = sync_state.count_ops(self.vault, "pending")
        done = 0
        identity = self._identity()
        in_flight: tuple[Future[PushResponse], int] | None = None
        # One network thread: requests reach the server in the order they were queued (a
        # batch's grants after the last push, its push after its grants and uploads).  Two,
        # letting grants travel beside a push, made a 10,000-case first sync slower on
        # SQLite (50.7 s against 42.1 s: the two wait on each other's write lock there).
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="madoguchi-push") as network,
            blob_io.Uploader(http) as uploader,
        ):
            try:
                # The generator prepares batch N+1 while batch N is in flight.
                for batch in self._batches(http, s, identity, report, cancelled, network, uploader):
                    if in_flight is not None:
                        done += self._record(in_flight, report)
                        in_flight = None
                        if progress:
                            progress("push", done, total)
                        check_cancelled(cancelled)
                    answer = network.submit(_send_push, http, batch.request, batch.uploads)
                    in_flight = (answer, batch.size)
                if in_flight is not None:
                    done += self._record(in_flight, report)
                    in_flight = None
                    if progress:
                        progress("push", done, total)
            except BaseException:
                if in_flight is not None:
                    # Its answer may already say "stored": keep that, then raise the
                    # first error (a failed push adds nothing to it).
                    with contextlib.suppress(Exception):
                        self._record(in_flight, report)
                raise

    def _batches(
        self,
        http: Http,
        s: ClientSettings,
        identity: Identity,
        report: SyncReport,
        cancelled: Cancelled | None,
        network: ThreadPoolExecutor,
        uploader: blob_io.Uploader,
    ) -> Iterator[_Batch]:
        """Every pending op, batch by batch, sealed and signed, its grants stored and its
        evidence uploads queued.  Reads and writes the vault (this thread only)."""
        skipped_cases: set[str] = set()
        after = 0
        while True:
            pending = sync_state.pending_ops(self.vault, after_seq=after, limit=PUSH_BATCH)
            batch = _up_to_bytes(pending, PUSH_BYTES)
            if not batch:
                return
            after = batch[-1].seq
            local = sync_state.local_cases(self.vault)
            for case_id in {op.header.case_id for op in batch} & local:
                sync_state.keep_local(self.vault, case_id)  # new edits of a local-only case
            batch = [
                op for op in batch
                if op.header.case_id not in skipped_cases and op.header.case_id not in local
            ]  # fmt: skip
            cases = sorted({op.header.case_id for op in batch})
            wanted = self._self_grants(http, s, identity, cases)
            posted = network.submit(post_case_grants, http, wanted.by_case, (ForbiddenError,))
            # Sealed and signed while the grants travel (a refused case's ops are dropped
            # below: rare, and only their sealing is lost).
            blobs_of = {sealed.header.op_id: self._blobs_of(sealed) for sealed in batch}
            wire = {
                sealed.header.op_id: keys.signed_wire(
                    sealed,
                    identity,
                    blobs_of[sealed.header.op_id],
                    self.vault.key_by_id(sealed.header.case_id, sealed.header.key_id),
                )
                for sealed in batch
            }
            refused = self._self_granted(http, s, identity, wanted, posted.result())
            for case_id, exc in refused.items():
                skipped_cases.add(case_id)
                if Role(s.role) not in SHARING_ROLES:
                    # A lawyer cannot create cases on the server: a case received as a
                    # sealed packet stays on this computer, and that is not an error.
                    sync_state.keep_local(self.vault, case_id)
                else:
                    report.problems.append(f"Case {case_id} was not sent: {exc}")
            batch = [op for op in batch if op.header.case_id not in skipped_cases]
            # What the server holds of the batch's evidence, asked in one request per 500
            # files (not one per file), then only the missing chunks are sent; the batch's
            # push waits for them.
            files = list(dict.fromkeys(b for op in batch for b in blobs_of[op.header.op_id]))
            held = blob_io.statuses(http, files)
            uploaded, uploads = uploader.send(
                self.vault, [(b, held.get(b)) for b in files], lambda: check_cancelled(cancelled)
            )
            report.blobs_uploaded += len(uploaded)
            if batch:
                signed = [wire[op.header.op_id] for op in batch]
                request = keys.batch_signed(
                    [w for w, _ in signed], [b for _, b in signed], identity
                )
                yield _Batch(request, len(signed), uploads)
            check_cancelled(cancelled)

    def _record(self, in_flight: tuple[Future[PushResponse], int], report: SyncReport) -> int:
        """Wait for a push's answer and record it in the vault; returns the ops it carried."""
        answer_future, size = in_flight
        answer = answer_future.result()
        accepted: dict[str, int] = {}
        rejected: list[str] = []
        for result in answer.results:
            if result.status in ("accepted", "duplicate"):
                accepted[result.op_id] = result.seq
                if result.status == "duplicate":
                    report.duplicates += 1
                else:
                    report.pushed += 1
            else:
                rejected.append(result.op_id)
                report.problems.append(f"The server refused op {result.op_id}: {result.reason}")
        report.rejected += len(rejected)
        sync_state.mark_pushed(self.vault, accepted, rejected)
        if accepted:
            # Every op of this device numbered up to here is in this vault: pulls leave
            # them out (a first sync no longer downloads what it just pushed).
            through = max(sync_state.get_value(self.vault, OWN_THROUGH, 0), *accepted.values())
            sync_state.set_values(self.vault, {OWN_THROUGH: through})
        return size

    def _blobs_of(self, sealed: SealedOp) -> list[str]:
        if sealed.header.entity != "evidence":
            return []
        op = sync_state.open_local(self.vault, sealed)
        blob_id = op.fields.get("blob_id")
        return [blob_id] if isinstance(blob_id, str) and blob_id else []


def _send_push(http: Http, request: PushRequest, uploads: list[Future[None]]) -> PushResponse:
    """The push, once its batch's evidence is complete on the server (network thread)."""
    blob_io.settle_all(uploads)
    return http.call("POST", "/v1/push", PushResponse, body=request)


def _up_to_bytes(batch: list[SealedOp], limit: int) -> list[SealedOp]:
    """The leading ops of ``batch`` whose ciphertexts as sent (padded envelopes) add up to
    at most ``limit`` bytes, and always the first, so that every push moves the backlog on."""
    total = 0
    for index, sealed in enumerate(batch):
        total += envelope_length(sealed)
        if total > limit and index > 0:
            return batch[:index]
    return batch

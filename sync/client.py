"""The sync engine: enrol a vault, push and pull sealed ops, share cases through grants.

Qt-free; the UI runs it on a worker thread.  Everything that leaves the vault is already
sealed with a case key (ops, evidence chunks) or HPKE-wrapped to a certified key card (case
keys).  See docs/sync.md, section "Client", for what each step does and guarantees:

* a pulled page (ops, keys, revocations, cursor) is applied in one local transaction;
* a resent push is harmless (ops carry their ids);
* an op that cannot be opened is quarantined, reported, retried when a key arrives;
* network trouble raises :class:`SyncUnavailableError` with one sentence; nothing half-applied.
"""

from __future__ import annotations

from pathlib import Path

from desktop.cases.conflicts import count_conflicts
from desktop.cases.service import CaseService
from desktop.changes import ChangeSet, recording
from desktop.errors import MadoguchiError
from desktop.identity import KeyCard
from desktop.store import sync_state
from desktop.store.oplog import SealedOp
from desktop.store.sync_state import ReceivedKey
from sync import _client_keys as keys
from sync import _client_verify as verifying
from sync._client_directory import GranterLookup
from sync._client_downloads import fetch_missing
from sync._client_http import (
    Cancelled,
    DeviceRevokedError,
    Http,
    IncompatibleServerError,
    KeySubstitutionError,
    NotApprovedError,
    NotEnrolledError,
    Progress,
    SyncCancelledError,
    SyncError,
    SyncUnavailableError,
    check_cancelled,
)
from sync._client_pages import pull_pages
from sync._client_results import (
    CaseHolders,
    Colleague,
    EnrolResult,
    State,
    SyncReport,
    SyncStatus,
)
from sync.protocol import (
    EnrolRequest,
    EnrolResponse,
    ErrorCode,
    OrgInfo,
    PullResponse,
    VerifyResponse,
    parse_invite_code,
)

__all__ = [
    "CaseHolders",
    "Colleague",
    "DeviceRevokedError",
    "EnrolResult",
    "IncompatibleServerError",
    "KeySubstitutionError",
    "NotApprovedError",
    "NotEnrolledError",
    "SyncCancelledError",
    "SyncClient",
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "SyncUnavailableError",
]

from sync._client_base import ClientSettings, now
from sync._client_push import OWN_THROUGH, PUSH_BATCH, PUSH_BYTES, Pushing  # noqa: F401 - PUSH_* re-exported

PULL_LIMIT = 4000
SKEW_LIMIT_S = 300.0  # a server clock further off than this is flagged in the report
SETTINGS = sync_state.SETTINGS_NAME


class SyncClient(Pushing):
    """Sync for one unlocked vault.  Not thread-safe: run one operation at a time.

    The settings, HTTP and hello helpers live in ``sync/_client_base.py``, sharing in
    ``sync/_client_sharing.py``; this module runs enrolment, rounds, verify and repair."""

    # -- enrolment ----------------------------------------------------------------------
    def enroll(
        self, server_url: str, code: str, device_name: str, *, user_id: str | None = None
    ) -> EnrolResult:
        """Enrol this vault with a one-time code; pins the organisation key the code names."""
        try:
            _, prefix = parse_invite_code(code)
        except ValueError:
            raise SyncError(
                "That is not an enrolment code; check it against what your administrator gave you."
            ) from None
        if user_id and user_id != self.vault.device.user_id:
            self.vault.set_user_id(user_id)  # refused if changes exist under another name
        user = self.vault.device.user_id
        identity = self._identity()
        with self._http(url=server_url) as http:
            hello, _ = self._hello(http)
            if hello.org is not None:
                _check_org(hello.org, prefix)
            request = EnrolRequest(
                code=code.strip(),
                user_id=user,
                device_id=self.vault.device.device_id,
                device_name=device_name,
                key_card=keys.key_card_wire(identity),
            )
            try:
                answer = http.call("POST", "/v1/enrol", EnrolResponse, body=request)
            except SyncError as exc:
                if exc.params.get("server_code") == ErrorCode.WRONG_USER.value:
                    raise SyncError(
                        f"This enrolment code is for another person, not {user}; use the code "
                        "made for you (or enrol with --user set to the user id it names).",
                        code="sync.enrol.wrong_user",
                        user_id=user,
                    ) from None
                raise
        _check_org(answer.org, prefix)
        if answer.device_token is None:
            raise SyncError("The server did not give this device a token; enrol again.")
        settings = ClientSettings(
            server_url=http.base_url,
            device_token=answer.device_token,
            user_id=user,
            device_id=self.vault.device.device_id,
            device_name=device_name,
            org=answer.org.model_dump(),
            role=answer.role.value,
            status=answer.status,
        )
        if answer.certificate is not None:
            self._accept_certificate(settings, answer.certificate, identity)
        self._save(settings)
        self.vault.record_audit(
            "sync_enrolled", "", {"server": settings.server_url, "org": answer.org.fingerprint}
        )
        return self._enrol_result(settings)

    def _enrol_result(self, s: ClientSettings) -> EnrolResult:
        return EnrolResult(
            s.status, s.role, s.user_id, s.device_id, s.org["name"], s.org["fingerprint"]
        )

    # -- one round -------------------------------------------------------------------------
    def sync_once(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> SyncReport:
        """Upload evidence, push pending ops, pull until up to date, fetch missing evidence."""
        s = self._require_settings()
        report = SyncReport()
        try:
            with self._http(s) as http:
                hello, skew = self._hello(http)
                report.server_version = hello.server
                report.clock_skew_s = round(skew, 1)
                report.clock_skew_flagged = abs(skew) > SKEW_LIMIT_S
                self._ensure_approved(http, s)
                check_cancelled(cancelled)
                # Before the push: a device approved since the last round gets every key
                # this vault holds; keys the push creates go to all devices anyway.
                self.hand_keys_to_own_devices(http, s)
                self._push(http, s, report, progress, cancelled)
                self._pull(http, s, report, progress, cancelled)
                if problem := self._wrap_for_recovery(http, s, hello):
                    report.problems.append(problem)
                self._fetch_blobs(http, report, progress, cancelled)
        except SyncUnavailableError as exc:
            sync_state.set_values(self.vault, {"last_error": str(exc), "offline": True})
            raise
        except MadoguchiError as exc:
            sync_state.set_values(self.vault, {"last_error": str(exc), "offline": False})
            raise
        report.conflicts = self._conflicts()
        if report.clock_skew_flagged:
            report.problems.append(
                f"The server's clock differs from this computer's by {abs(skew) / 60:.0f} "
                "minutes; check the date and time settings."
            )
        sync_state.set_values(
            self.vault,
            {
                "last_sync": now().isoformat(timespec="seconds"),
                "last_error": None,
                "offline": False,
                "last_report": report.to_json(),
            },
        )
        return report

    # -- pull ------------------------------------------------------------------------------
    def _pull(
        self,
        http: Http,
        s: ClientSettings,
        report: SyncReport,
        progress: Progress | None,
        cancelled: Cancelled | None,
        cursor: str | None = None,
        *,
        from_start: bool = False,
    ) -> None:
        identity = self._identity()
        granters = GranterLookup(self._kept_directory, lambda: self._fresh_directory(http))
        certified: dict[str, KeyCard] = {}  # granters whose certificate was checked
        if not from_start:
            cursor = sync_state.get_value(self.vault, "cursor")
        opened: dict[str, str] = {}  # op id -> entity id, of the envelopes a page opened

        def open_envelope(wrapped: SealedOp, key: bytes) -> SealedOp:
            inner = keys.open_envelope(wrapped, key)
            opened[inner.header.op_id] = inner.header.entity_id
            return inner

        # A repair or re-download reads everything again, this device's own ops included.
        own_through = 0 if from_start else sync_state.get_value(self.vault, OWN_THROUGH, 0)
        for page in pull_pages(http, cursor, PULL_LIMIT, own_through):
            received: list[ReceivedKey] = []
            for grant in page.grants:
                if (
                    grant.user_id != s.user_id
                    or grant.device_id != s.device_id  # for another device of this person
                    or self._holds(grant.case_id, grant.key_id)
                ):
                    continue  # our own case, or a key seen before
                granter = granters.find(grant.granted_by)
                try:
                    keys.verify_grant(grant, granter, s.org_info, certified)
                    key = keys.unwrap(grant, identity)
                except SyncError as exc:
                    report.problems.append(str(exc))
                    continue
                received.append(ReceivedKey(grant.case_id, grant.key_id, key))
            ops = [keys.from_wire(op) for op in page.ops]
            opened.clear()
            with recording() as applied:
                result = sync_state.apply_remote(
                    self.vault,
                    ops,
                    page.cursor,
                    keys=received,
                    read_only=page.revoked,
                    unwrap=open_envelope,
                )
            # Revoked cases turn read-only here: their views must show it too.
            report.note_changes(
                applied.changes.union(ChangeSet(cases=result.cases | set(page.revoked)))
            )
            granted = [(g.case_id, g.key_id) for g in page.grants if g.user_id == s.user_id]
            if granted:
                sync_state.record_granted(self.vault, granted)
            if received:
                sync_state.clear_read_only(
                    self.vault, {k.case_id for k in received} - set(page.revoked)
                )
            report.grants_received += len(received)
            report.pulled += result.applied + result.released
            report.released += result.released
            report.quarantined += result.quarantined
            report.future_ops += result.future_clock
            report.revoked_cases.extend(page.revoked)
            self._note_blobs(page, opened)
            if progress:
                progress("pull", report.pulled, 0)
            if page.more:
                check_cancelled(cancelled)
        if report.future_ops:
            report.problems.append(
                f"{report.future_ops} change(s) carry a time far in the future (a device's clock "
                "is wrong); they were applied but their time is not trusted."
            )
        if report.revoked_cases:
            report.problems.append(
                f"Access to {len(report.revoked_cases)} case(s) was withdrawn; the copy here "
                "stays read-only and nothing more is sent or received for them."
            )

    def _holds(self, case_id: str, key_id: str) -> bool:
        try:
            self.vault.key_by_id(case_id, key_id)
        except MadoguchiError:
            return False
        return True

    # -- evidence downloads ----------------------------------------------------------------
    def _note_blobs(self, page: PullResponse, opened: dict[str, str]) -> None:
        """Remember the evidence files of this page's ops: [blob id, case id, key id, entity
        id, op id].  The entity id travels sealed: it is known once the op was opened (now,
        or when a quarantined op is released by a later key; ``opened`` has both)."""
        wanted = [
            [b, op.case_id, op.key_id, op.legacy.entity_id if op.legacy else "", op.op_id]
            for op in page.ops
            for b in op.blobs
            if sync_state.blob_info(self.vault, b) is None
        ]
        missing: list[list[str]] = sync_state.get_value(self.vault, "missing_blobs", [])
        missing.extend(w for w in wanted if w not in missing)
        for entry in missing:
            if len(entry) == 5 and not entry[3] and entry[4] in opened:
                entry[3] = opened[entry[4]]
        if wanted or opened:
            sync_state.set_values(self.vault, {"missing_blobs": missing})

    def _fetch_blobs(
        self,
        http: Http,
        report: SyncReport,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        """Download evidence files of pulled evidence records (eagerly, after the pull)."""
        fetch_missing(self.vault, http, report, progress, cancelled)

    # -- verify and repair -----------------------------------------------------------------
    def verify(self) -> list[str]:
        """Cases whose op set differs from the server's (either side missing something),
        compared by bucket digests first (sync/_client_verify.py)."""
        s = self._require_settings()
        states = verifying.local_states(self.vault)
        request = verifying.request_for(states, sync_state.read_only_cases(self.vault))
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            answer = http.call("POST", "/v1/verify", VerifyResponse, body=request)
        return verifying.differing(states, answer)

    def repair(self, case_ids: list[str]) -> SyncReport:
        """Re-send this vault's ops of those cases and re-read the server's log, applying only
        what is missing here (ops are immutable and carry ids, so nothing is doubled)."""
        s = self._require_settings()
        sync_state.mark_for_resend(self.vault, case_ids, s.device_id)
        report = self._round_from_start(s)
        self.vault.record_audit("sync_repaired", "", {"cases": len(case_ids)})
        return report

    def _round_from_start(self, s: ClientSettings) -> SyncReport:
        """Push what is pending, then pull the whole log again (ops already here are
        skipped) and fetch missing evidence: the repair and re-download round."""
        report = SyncReport()
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            self._push(http, s, report, None, None)
            self._pull(http, s, report, None, None, None, from_start=True)
            self._fetch_blobs(http, report, None, None)
        report.conflicts = self._conflicts()
        return report

    def full_redownload(self, backup_dir: Path) -> SyncReport:
        """Back up the vault folder to ``backup_dir``, then fetch the whole server log for this
        user again and every missing evidence file.  Local changes not yet sent are kept."""
        s = self._require_settings()
        backup_dir = Path(backup_dir)
        if backup_dir.exists() and any(backup_dir.iterdir()):
            raise SyncError(
                f"The backup folder {backup_dir} is not empty; choose an empty one.",
                backup_dir=backup_dir,
            )
        backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.vault.back_up(backup_dir)
        self.vault.record_audit("sync_full_redownload", "", {"backup": str(backup_dir)})
        return self._round_from_start(s)

    # -- status (no network) ---------------------------------------------------------------
    def status(self) -> SyncStatus:
        """For the UI's status line; reads only the vault."""
        settings = self._settings()
        pending = sync_state.count_ops(self.vault, "pending")
        quarantined = len(sync_state.quarantine(self.vault))
        conflicts = self._conflicts()
        last_sync = sync_state.get_value(self.vault, "last_sync")
        last_error = sync_state.get_value(self.vault, "last_error")
        read_only = len(sync_state.read_only_cases(self.vault))
        state: State
        if settings is None:
            state = "not_enrolled"
        elif last_error and sync_state.get_value(self.vault, "offline", False):
            state = "offline"
        elif last_error or sync_state.count_ops(self.vault, "rejected") or quarantined:
            state = "error"
        elif conflicts:
            state = "conflicts"
        elif pending:
            state = "pending"
        else:
            state = "synced"
        return SyncStatus(state, pending, conflicts, quarantined, last_sync, last_error, read_only)

    def quarantine(self) -> list[sync_state.QuarantinedOp]:
        return sync_state.quarantine(self.vault)

    def _conflicts(self) -> int:
        return count_conflicts(CaseService(self.vault))


def _check_org(org: OrgInfo, prefix: str) -> None:
    if not org.fingerprint.startswith(prefix) or keys.org_fingerprint(org.public_key) != (
        org.fingerprint
    ):
        raise KeySubstitutionError(
            "The server presented an organisation key that does not match the enrolment code; "
            "nothing was stored. Check the server address and the code with your administrator."
        )

"""What every part of the sync client shares: its settings, HTTP, hello and approval.

The settings are sealed in the vault (``sealed_records.SYNC_SETTINGS``); nothing here
touches the vault's tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop import __version__
from desktop.identity import Identity, KeyCard, ensure_identity
from desktop.store import sync_state
from desktop.store.sealed_records import SYNC_SETTINGS, SyncSettingsRecord
from desktop.store.vault import Vault
from sync import _client_directory as org_directory
from sync import _client_keys as keys
from sync import _client_recovery as recovery
from sync._client_http import (
    ForbiddenError,
    Http,
    IncompatibleServerError,
    NotApprovedError,
    NotEnrolledError,
    SyncError,
)
from sync.protocol import (
    MAX_GRANT_BATCH,
    PROTOCOL_VERSION,
    SUPPORTED_VERSIONS,
    Certificate,
    DirectoryEntry,
    EnrolResponse,
    Grant,
    GrantBatch,
    GrantBatchResult,
    HelloRequest,
    HelloResponse,
    OrgInfo,
)


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ClientSettings:
    server_url: str
    device_token: str
    user_id: str
    device_id: str
    device_name: str
    org: dict[str, str]
    role: str
    status: str
    certificate: dict[str, Any] | None = None
    shares: dict[str, list[str]] = field(default_factory=dict)  # case -> users this vault granted
    wrapped_for: list[str] = field(default_factory=list)  # own devices handed every key held

    @property
    def org_info(self) -> OrgInfo:
        return OrgInfo.model_validate(self.org)


class ClientBase:
    """One unlocked vault's link to its sync server."""

    def __init__(self, vault: Vault, *, transport: httpx.BaseTransport | None = None) -> None:
        self.vault = vault
        self._transport = transport
        self._own_cache: tuple[Http, list[tuple[str, KeyCard]]] | None = None

    # -- settings ---------------------------------------------------------------------
    def _settings(self) -> ClientSettings | None:
        stored = SYNC_SETTINGS.read(self.vault)
        return ClientSettings(**asdict(stored)) if stored else None

    def _require_settings(self) -> ClientSettings:
        settings = self._settings()
        if settings is None:
            raise NotEnrolledError(
                "This vault is not enrolled with a sync server; run 'enroll' with the code "
                "your administrator gave you."
            )
        return settings

    def _save(self, settings: ClientSettings) -> None:
        SYNC_SETTINGS.write(self.vault, SyncSettingsRecord(**asdict(settings)))

    @contextmanager
    def _http(
        self, settings: ClientSettings | None = None, url: str | None = None
    ) -> Iterator[Http]:
        base = url or (settings.server_url if settings else "")
        http = Http(base, settings.device_token if settings else None, self._transport)
        try:
            yield http
        finally:
            http.close()

    def _identity(self) -> Identity:
        return ensure_identity(self.vault)

    # -- hello ------------------------------------------------------------------------
    def _hello(self, http: Http) -> tuple[HelloResponse, float]:
        request = HelloRequest(
            versions=list(SUPPORTED_VERSIONS),
            client=f"Madoguchi {__version__}",
            client_time=now().isoformat(timespec="seconds"),
        )
        sent = now()
        try:
            hello = http.call("POST", "/v1/hello", HelloResponse, body=request)
        except IncompatibleServerError as exc:
            raise IncompatibleServerError(
                f"This Madoguchi speaks sync protocol version {PROTOCOL_VERSION} but the server "
                f"does not: {exc}",
                code="sync.incompatible_server.no_hello",
                protocol_version=PROTOCOL_VERSION,
                reason=str(exc),
            ) from None
        if hello.version not in SUPPORTED_VERSIONS:
            raise IncompatibleServerError(
                f"The server speaks sync protocol version {hello.version}, but this Madoguchi "
                f"speaks version {PROTOCOL_VERSION}; update whichever is older.",
                code="sync.incompatible_server.version",
                server_version=hello.version,
                protocol_version=PROTOCOL_VERSION,
            )
        received = now()
        try:
            server_time = datetime.fromisoformat(hello.server_time)
            midpoint = sent + (received - sent) / 2
            skew = (server_time - midpoint).total_seconds()
        except (ValueError, TypeError):
            skew = 0.0
        return hello, skew

    def _accept_certificate(self, s: ClientSettings, cert: Certificate, identity: Identity) -> None:
        keys.verify_certificate(
            cert,
            s.org_info,
            user_id=s.user_id,
            device_id=s.device_id,
            card=keys.key_card_wire(identity),
        )
        s.certificate = cert.model_dump(mode="json")
        s.role = cert.role.value
        s.status = "approved"

    def _ensure_approved(self, http: Http, s: ClientSettings) -> None:
        if s.status == "approved" and s.certificate:
            return
        me = http.call("GET", "/v1/me", EnrolResponse)
        if me.certificate is None or me.status != "approved":
            raise NotApprovedError(
                "This device is enrolled but not approved yet; ask your administrator to approve "
                f"device {s.device_id}.",
                device_id=s.device_id,
            )
        self._accept_certificate(s, me.certificate, self._identity())
        self._save(s)

    def _wrap_for_recovery(self, http: Http, s: ClientSettings, hello: HelloResponse) -> str:
        """Note the recovery key the server offers (if the pinned organisation key signed
        it) and wrap every held case key not wrapped to it yet; a problem sentence or ""."""
        problem = recovery.note_offered(self.vault, s.org_info, hello.org)
        recovery_key = recovery.current_key(self.vault, s.org_info)
        if recovery_key is not None:
            _, refused = recovery.wrap_held_keys(
                http, self.vault, recovery_key, self._identity(), s.device_id
            )
            problem = problem or refused
        return problem

    def _directory(self, http: Http) -> list[DirectoryEntry]:
        """The approved devices of the organisation, after asking the server what changed
        since the copy kept in the vault (a share must not miss a new device or a
        revocation; the answer is usually empty)."""
        return self._fresh_directory(http).approved()

    def _fresh_directory(self, http: Http) -> org_directory.Directory:
        s = self._require_settings()
        return org_directory.refresh(http, self.vault, s.server_url, s.org_info.org_id)

    def _kept_directory(self) -> org_directory.Directory | None:
        """The copy kept in the vault, without asking the server (None when there is none)."""
        s = self._require_settings()
        return org_directory.load(self.vault, s.server_url, s.org_info.org_id)

    def _certified_devices(
        self, s: ClientSettings, entries: list[DirectoryEntry], user_id: str
    ) -> list[tuple[str, KeyCard]]:
        """(device id, key card) of every device of ``user_id`` in ``entries``, each checked
        against the pinned organisation key (KeySubstitutionError on any that fails)."""
        return [
            (e.device_id, keys.verify_certificate(
                e.certificate, s.org_info, user_id=user_id, device_id=e.device_id,
                card=e.key_card,
            ))
            for e in entries
            if e.user_id == user_id
        ]  # fmt: skip

    def _own_devices(self, http: Http, s: ClientSettings) -> list[tuple[str, KeyCard]]:
        """This device and every other approved device of this vault's user, certified
        (asked once per connection: a first push grants every case)."""
        if self._own_cache is not None and self._own_cache[0] is http:
            return self._own_cache[1]
        mine = http.call_list("GET", "/v1/devices/mine", DirectoryEntry)
        others = [e for e in mine if e.device_id != s.device_id]
        certified = self._certified_devices(s, others, s.user_id)
        devices = [(s.device_id, self._identity().card), *certified]
        self._own_cache = (http, devices)
        return devices

    def _grant_self(self, http: Http, s: ClientSettings, identity: Identity, case_id: str) -> None:
        """Make sure the server holds a grant of every key of the case for every approved
        device of this user (the first grant, this device's, is how a case comes to exist
        on the server, with this user as its owner); ForbiddenError if it is refused."""
        refused = self._grant_self_many(http, s, identity, [case_id])
        if case_id in refused:
            raise refused[case_id]

    def _grant_self_many(
        self, http: Http, s: ClientSettings, identity: Identity, case_ids: list[str]
    ) -> dict[str, ForbiddenError]:
        """:meth:`_grant_self` for many cases at once, in batches of grants (a first sync
        sent one request per grant: ≈ 14 ms each, most of a first sync's time); returns
        the cases the server refused, with why."""
        wanted = self._self_grants(http, s, identity, case_ids)
        if not wanted.by_case:
            return {}
        refused = post_case_grants(http, wanted.by_case, (ForbiddenError,))
        return self._self_granted(http, s, identity, wanted, refused)

    def _self_grants(
        self, http: Http, s: ClientSettings, identity: Identity, case_ids: list[str]
    ) -> SelfGrants:
        """The grants :meth:`_grant_self_many` would post (none for keys granted before),
        wrapped here; posting them (:func:`post_case_grants`) may happen on another thread,
        then :meth:`_self_granted` records the outcome."""
        known = sync_state.granted_keys_of(self.vault, case_ids)
        new_keys: dict[str, list[str]] = {}
        for case_id in case_ids:
            new = [k for k in self.vault.case_key_ids(case_id) if (case_id, k) not in known]
            if new:
                new_keys[case_id] = new
        if not new_keys:
            return SelfGrants({}, {})
        devices = self._own_devices(http, s)
        by_case = {
            case_id: [
                keys.wrap_for(
                    card, case_id=case_id, key_id=key_id, user_id=s.user_id,
                    recipient_device=device_id, key=self.vault.key_by_id(case_id, key_id),
                    identity=identity, device_id=s.device_id, manage=device_id == s.device_id,
                )
                for key_id in key_ids
                for device_id, card in devices
            ]
            for case_id, key_ids in new_keys.items()
        }  # fmt: skip
        return SelfGrants(new_keys, by_case)

    def _self_granted(
        self,
        http: Http,
        s: ClientSettings,
        identity: Identity,
        wanted: SelfGrants,
        refused: dict[str, SyncError],
    ) -> dict[str, ForbiddenError]:
        """Record the grants the server stored (all of ``wanted`` but the ``refused``
        cases); returns the refused cases."""
        pairs = {
            (c, k) for c, key_ids in wanted.new_keys.items() if c not in refused for k in key_ids
        }
        # A new case or a rotated key reaches the organisation recovery key at once (after
        # its grants: the server takes wraps only of keys their sender holds).
        recovery_key = recovery.current_key(self.vault, s.org_info)
        if recovery_key is not None and pairs:  # a refusal is reported by the round's wrapping
            recovery.wrap_held_keys(http, self.vault, recovery_key, identity, s.device_id, pairs)
        sync_state.record_granted(self.vault, sorted(pairs))
        return {c: e for c, e in refused.items() if isinstance(e, ForbiddenError)}


@dataclass(frozen=True)
class SelfGrants:
    """Grants of new case keys to this user's own devices, ready to post."""

    new_keys: dict[str, list[str]]  # case id -> its keys not granted before
    by_case: dict[str, list[Grant]]


def post_grants(http: Http, grants: list[Grant]) -> None:
    """Store ``grants`` in order, up to MAX_GRANT_BATCH per request (each request is one
    transaction on the server: all its grants or, with one refused, none)."""
    for start in range(0, len(grants), MAX_GRANT_BATCH):
        batch = GrantBatch(grants=grants[start : start + MAX_GRANT_BATCH])
        http.call("POST", "/v1/grants/batch", GrantBatchResult, body=batch)


def post_case_grants(
    http: Http, by_case: dict[str, list[Grant]], refusals: tuple[type[SyncError], ...]
) -> dict[str, SyncError]:
    """Store the grants of many cases, several cases per request; returns the cases
    refused with one of ``refusals`` (anything else is raised).

    A batch is all or nothing, so when one is refused its cases are sent again one by one
    to learn which case was refused (rare: a case withdrawn meanwhile, a role that may not
    create cases); the others are stored then."""
    refused: dict[str, SyncError] = {}
    chunk: list[str] = []
    size = 0

    def send(cases: list[str]) -> None:
        try:
            post_grants(http, [g for c in cases for g in by_case[c]])
        except refusals as exc:
            if len(cases) == 1:
                refused[cases[0]] = exc
                return
            for one in cases:
                send([one])

    for case_id, grants in by_case.items():
        if chunk and size + len(grants) > MAX_GRANT_BATCH:
            send(chunk)
            chunk, size = [], 0
        chunk.append(case_id)
        size += len(grants)
    if chunk:
        send(chunk)
    return refused

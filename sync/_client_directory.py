"""The organisation directory, kept in the vault and brought up to date by change.

``GET /v1/directory`` once answers the whole directory; after that the client sends the
version it holds (``?since=V``) and gets only the devices approved or revoked since
(usually none).  The copy lives in the vault's sealed records (``SYNC_DIRECTORY``), so it
survives between sessions and each CLI command, under the vault key like the rest of the
sync settings.  It is a cache of public data, not a trust anchor: every certificate is
still checked against the pinned organisation key each time an entry is used, and the copy
is dropped when the vault is enrolled with another server or organisation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from desktop.store.sealed_records import SYNC_DIRECTORY, SyncDirectoryRecord
from desktop.store.vault import Vault
from sync._client_http import Http
from sync.protocol import ORG_GRANTER, DirectoryEntry, DirectoryPage


@dataclass(frozen=True)
class Directory:
    """Every device the organisation certified that this vault knows of, by device id
    (revoked ones included, with the number of their revocation), and the server's version
    of that knowledge."""

    version: int
    devices: dict[str, DirectoryEntry]

    def approved(self) -> list[DirectoryEntry]:
        """The devices to wrap keys for (never a revoked one), in device id order."""
        return sorted(
            (e for e in self.devices.values() if e.status == "approved"),
            key=lambda e: e.device_id,
        )


def load(vault: Vault, server_url: str, org_id: str) -> Directory | None:
    """The copy kept in the vault for this server and organisation, or None."""
    kept = SYNC_DIRECTORY.read(vault)
    if kept is None or kept.server_url != server_url or kept.org_id != org_id:
        return None  # none yet, or enrolled elsewhere since: start again
    try:
        page = DirectoryPage.model_validate(kept.page)
    except ValidationError:
        return None  # an unreadable copy is only a cache: fetch the whole directory again
    return Directory(page.version, {e.device_id: e for e in page.entries})


def refresh(http: Http, vault: Vault, server_url: str, org_id: str) -> Directory:
    """Ask the server what changed since the kept copy (everything when there is none),
    keep the result in the vault and return it."""
    known = load(vault, server_url, org_id)
    path = "/v1/directory" if known is None else f"/v1/directory?since={known.version}"
    page = http.call("GET", path, DirectoryPage)
    if known is None or page.full:
        devices: dict[str, DirectoryEntry] = {}
    else:
        devices = dict(known.devices)
    # A later answer about a device replaces the earlier one (approved → revoked).
    devices.update((e.device_id, e) for e in page.entries)
    current = Directory(page.version, devices)
    if known is None or page.full or page.entries or page.version != known.version:
        save(vault, server_url, org_id, current)
    return current


def save(vault: Vault, server_url: str, org_id: str, directory: Directory) -> None:
    page = DirectoryPage(
        version=directory.version,
        full=True,
        entries=sorted(directory.devices.values(), key=lambda e: e.device_id),
    )
    SYNC_DIRECTORY.write(
        vault, SyncDirectoryRecord(server_url, org_id, page.model_dump(mode="json"))
    )


class GranterLookup:
    """Finds the device that signed a received grant during one pull: in the copy kept in
    the vault first, and only when a grant names a device that copy does not know, by
    asking the server for changes (at most once per pull)."""

    def __init__(
        self, kept: Callable[[], Directory | None], fetch: Callable[[], Directory]
    ) -> None:
        self._kept = kept
        self._fetch = fetch
        self._known: Directory | None = None
        self._loaded = False
        self._refreshed = False

    def find(self, device_id: str) -> DirectoryEntry | None:
        if device_id == ORG_GRANTER:
            return None  # signed by the organisation key itself, not by a device
        if not self._loaded:
            self._known, self._loaded = self._kept(), True
        if (self._known is None or device_id not in self._known.devices) and not self._refreshed:
            self._known, self._refreshed = self._fetch(), True
        return self._known.devices.get(device_id) if self._known is not None else None

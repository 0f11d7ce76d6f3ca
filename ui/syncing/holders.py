"""Who holds a case on the server, and which of them own it (may withdraw others).

The sync client has no public call for the server's ``GET /v1/grants/{case}`` yet (its
``revoke_grant`` reads it to re-wrap a rotated key); until it has one, this reads it
through the same steps the client's own calls take: the stored settings, the version
hello, the approval check.  Asked of the lead: ``SyncClient.case_holders(case_id)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sync.client import SyncClient, SyncError

__all__ = ["CaseHolders", "case_holders"]


@dataclass(frozen=True)
class CaseHolders:
    """``users`` hold the case's key on the server; ``owners`` of them may withdraw others.
    ``on_server`` is False while this person holds no grant there (not synced yet, or
    they left the case)."""

    me: str
    users: tuple[str, ...] = ()
    owners: frozenset[str] = frozenset()
    on_server: bool = True


def case_holders(client: SyncClient, case_id: str) -> CaseHolders:
    """Read the case's holders from the server (network: run it in the pool)."""
    settings = client._require_settings()
    with client._http(settings) as http:
        client._hello(http)
        client._ensure_approved(http, settings)
        try:
            answer = http.raw("GET", f"/v1/grants/{case_id}").json()
        except SyncError as exc:
            if exc.code == "sync.forbidden":  # no grant of ours there
                return CaseHolders(settings.user_id, on_server=False)
            raise
    users = tuple(str(user) for user in answer.get("users", []))
    owners = frozenset(str(user) for user in answer.get("owners", []))
    return CaseHolders(settings.user_id, users, owners)

"""Sharing a case with a colleague, withdrawing it, and the directory of colleagues.

A case key is wrapped (HPKE) to the recipient's certified key card; the server stores the
wrap and never sees the key.
"""

from __future__ import annotations

from typing import Any

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.errors import MadoguchiError, NotFoundError
from desktop.store import sync_state
from sync import _client_keys as keys
from sync._client_base import ClientBase, ClientSettings
from sync._client_http import (
    ForbiddenError,
    Http,
)
from sync._client_results import Colleague
from sync.protocol import (
    SHARING_ROLES,
    CaseGrantees,
    DirectoryEntry,
    Role,
)


class CaseSharing(ClientBase):
    """The sharing side of :class:`sync.client.SyncClient`."""

    def share_case(self, case_id: str, user_id: str) -> int:
        """Grant every key of a case to a user's certified key card; returns keys granted.

        The case's ops reach the recipient with their next pull once this vault has
        pushed them (run sync)."""
        s = self._require_settings()
        if Role(s.role) not in SHARING_ROLES:
            raise ForbiddenError(f"A {s.role} cannot share cases; ask a counselor.", role=s.role)
        if not self.vault.has_case(case_id):
            raise NotFoundError(f"No case {case_id} in this vault.", case_id=case_id)
        if case_id in sync_state.read_only_cases(self.vault):
            raise ForbiddenError("Access to this case was withdrawn here; it cannot be shared on.")
        identity = self._identity()
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            card, entry = self._recipient(http, s, user_id)
            if entry.role is Role.LAWYER:
                # Outside the desk: a referral, which needs the worker's consent for that
                # recipient (colleagues of the desk work under its case-handling consent).
                CaseService(self.vault).require_consent(case_id, ConsentPurpose.REFERRAL, user_id)
            self._grant_self(http, s, identity, case_id)
            key_ids = self.vault.case_key_ids(case_id)
            for key_id in key_ids:
                grant = keys.wrap_for(
                    card, case_id=case_id, key_id=key_id, user_id=user_id,
                    key=self.vault.key_by_id(case_id, key_id), identity=identity,
                    device_id=s.device_id,
                )  # fmt: skip
                http.raw("POST", "/v1/grants", body=grant)
        shared = s.shares.setdefault(case_id, [])
        if user_id not in shared:
            shared.append(user_id)
        self._save(s)
        self.vault.record_audit("case_shared", case_id, {"to": user_id, "keys": len(key_ids)})
        return len(key_ids)

    def _recipient(self, http: Http, s: ClientSettings, user_id: str) -> tuple[Any, DirectoryEntry]:
        entries = [e for e in self._directory(http) if e.user_id == user_id]
        if not entries:
            raise NotFoundError(
                f"No approved device of user {user_id} is in the organisation's directory.",
                user_id=user_id,
            )
        entry = entries[0]
        card = keys.verify_certificate(
            entry.certificate, s.org_info, user_id=user_id, device_id=entry.device_id,
            card=entry.key_card,
        )  # fmt: skip
        return card, entry

    def colleagues(self) -> list[Colleague]:
        """Approved users a case can be shared with, each checked against the pinned
        organisation key (an entry whose certificate fails is left out, never offered)."""
        s = self._require_settings()
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            entries = self._directory(http)
        out: dict[str, Colleague] = {}
        for entry in entries:
            if entry.user_id == s.user_id or entry.user_id in out:
                continue
            try:
                keys.verify_certificate(
                    entry.certificate, s.org_info, user_id=entry.user_id,
                    device_id=entry.device_id, card=entry.key_card,
                )  # fmt: skip
            except MadoguchiError:
                continue
            out[entry.user_id] = Colleague(entry.user_id, entry.role.value, entry.device_name)
        return sorted(out.values(), key=lambda c: (c.role, c.user_id))

    def shared_with(self, case_id: str) -> list[str]:
        """Users this vault shared the case with (from this device's own records)."""
        settings = self._settings()
        return list(settings.shares.get(case_id, [])) if settings else []

    def revoke_grant(self, case_id: str, user_id: str) -> str:
        """Withdraw a user's access and rotate the case key; returns the new key id.

        What that user already received cannot be unseen: their copy stays on their
        device (read-only).  They get no new ops, and new ops are sealed with a key they
        never receive.  The new key is granted to this user and to the users this vault
        shared the case with."""
        s = self._require_settings()
        if Role(s.role) not in SHARING_ROLES:
            raise ForbiddenError(f"A {s.role} cannot withdraw access to cases.", role=s.role)
        identity = self._identity()
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            http.raw("DELETE", f"/v1/grants/{case_id}/{user_id}")
            key_id = self.vault.rotate_case_key(case_id)
            self._grant_self(http, s, identity, case_id)
            # Everyone who still holds the case gets the new key, whoever shared it with them.
            holders = http.call("GET", f"/v1/grants/{case_id}", CaseGrantees).users
            remaining = [u for u in holders if u not in (user_id, s.user_id)]
            for other in remaining:
                card, _ = self._recipient(http, s, other)
                grant = keys.wrap_for(
                    card, case_id=case_id, key_id=key_id, user_id=other,
                    key=self.vault.key_by_id(case_id, key_id), identity=identity,
                    device_id=s.device_id,
                )  # fmt: skip
                http.raw("POST", "/v1/grants", body=grant)
        s.shares[case_id] = [u for u in s.shares.get(case_id, []) if u != user_id]
        self._save(s)
        self.vault.record_audit("case_unshared", case_id, {"from": user_id, "new_key": key_id})
        return key_id

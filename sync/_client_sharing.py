"""Sharing a case with a colleague, withdrawing it, and the directory of colleagues.

A case key is wrapped (HPKE) to the recipient's certified key card; the server stores the
wrap and never sees the key.
"""

from __future__ import annotations

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.errors import MadoguchiError, NotFoundError
from desktop.identity import Identity, KeyCard
from desktop.store import sync_state
from sync import _client_keys as keys
from sync._client_base import ClientBase, ClientSettings, post_case_grants, post_grants
from sync._client_http import (
    ForbiddenError,
    Http,
)
from sync._client_results import CaseHolders, Colleague
from sync.protocol import (
    SHARING_ROLES,
    CaseGrantees,
    DirectoryEntry,
    Grant,
    Role,
)


class CaseSharing(ClientBase):
    """The sharing side of :class:`sync.client.SyncClient`."""

    def share_case(self, case_id: str, user_id: str, *, manage: bool = False) -> int:
        """Grant every key of a case to every certified device of a user; returns keys
        granted.  ``manage`` makes them an owner too (they may withdraw others): only an
        owner of the case or an administrator may give it.

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
            devices, entry = self._recipient(http, s, user_id)
            if entry.role is Role.LAWYER:
                # Outside the desk: a referral, which needs the worker's consent for that
                # recipient (colleagues of the desk work under its case-handling consent).
                CaseService(self.vault).require_consent(case_id, ConsentPurpose.REFERRAL, user_id)
            self._grant_self(http, s, identity, case_id)
            key_ids = self.vault.case_key_ids(case_id)
            try:
                for key_id in key_ids:
                    self._wrap_to(http, s, identity, case_id, key_id, user_id, devices, manage)
            except ForbiddenError as exc:
                if manage:
                    raise ForbiddenError(
                        "Only the case's owners and organisation administrators can let "
                        "someone else manage it; share it without 'may manage'.",
                        code="sync.forbidden.manage",
                        case_id=case_id,
                        user_id=user_id,
                    ) from exc
                raise
        shared = s.shares.setdefault(case_id, [])
        if user_id not in shared:
            shared.append(user_id)
        self._save(s)
        self.vault.record_audit(
            "case_shared",
            case_id,
            {"to": user_id, "keys": len(key_ids), "devices": len(devices), "manage": manage},
        )
        return len(key_ids)

    def _wrap_to(
        self,
        http: Http,
        s: ClientSettings,
        identity: Identity,
        case_id: str,
        key_id: str,
        user_id: str,
        devices: list[tuple[str, KeyCard]],
        manage: bool = False,
    ) -> None:
        """Wrap one case key to each of ``devices`` (of ``user_id``) and store the grants."""
        post_grants(http, self._wraps(s, identity, case_id, key_id, user_id, devices, manage))

    def _wraps(
        self,
        s: ClientSettings,
        identity: Identity,
        case_id: str,
        key_id: str,
        user_id: str,
        devices: list[tuple[str, KeyCard]],
        manage: bool = False,
    ) -> list[Grant]:
        key = self.vault.key_by_id(case_id, key_id)
        return [
            keys.wrap_for(
                card, case_id=case_id, key_id=key_id, user_id=user_id,
                recipient_device=device_id, key=key, identity=identity, device_id=s.device_id,
                manage=manage,
            )
            for device_id, card in devices
        ]  # fmt: skip

    def _recipient(
        self, http: Http, s: ClientSettings, user_id: str
    ) -> tuple[list[tuple[str, KeyCard]], DirectoryEntry]:
        """Every certified device of ``user_id`` (a grant reaches all of them) and one of
        their directory entries (for the role); KeySubstitutionError if any certificate
        fails, so nothing is wrapped to a key the organisation did not certify."""
        entries = [e for e in self._directory(http) if e.user_id == user_id]
        if not entries:
            raise NotFoundError(
                f"No approved device of user {user_id} is in the organisation's directory.",
                user_id=user_id,
            )
        return self._certified_devices(s, entries, user_id), entries[0]

    def hand_keys_to_own_devices(self, http: Http, s: ClientSettings) -> list[str]:
        """Wrap every case key this vault holds for this user's devices approved since the
        last time (the server cannot: it never holds a key); returns their device ids.

        Remembered in the sealed sync settings (``wrapped_for``), so each new device is
        handed the keys once by each of the person's earlier devices; keys made later
        reach every device when they are granted (``_grant_self``, shares, rotations)."""
        devices = [d for d in self._own_devices(http, s) if d[0] != s.device_id]
        new = [d for d in devices if d[0] not in s.wrapped_for]
        if not new:
            return []
        identity = self._identity()
        skipped = sync_state.read_only_cases(self.vault) | sync_state.local_cases(self.vault)
        by_case: dict[str, list[str]] = {}
        for case_id, key_id in sorted(sync_state.granted_keys(self.vault)):
            if case_id not in skipped and self.vault.has_case(case_id):
                by_case.setdefault(case_id, []).append(key_id)
        wraps: dict[str, list[Grant]] = {}
        for case_id, key_ids in by_case.items():
            try:
                wraps[case_id] = [
                    g
                    for key_id in key_ids
                    for g in self._wraps(s, identity, case_id, key_id, s.user_id, new)
                ]
            except NotFoundError:
                continue  # the key is gone here
        # Several cases per request; a case withdrawn meanwhile is refused and skipped (the
        # pull marks it read-only).
        post_case_grants(http, wraps, (ForbiddenError,))
        s.wrapped_for = sorted({*s.wrapped_for, *(d[0] for d in new)})
        self._save(s)
        self.vault.record_audit(
            "keys_handed_to_own_device", "", {"devices": [d[0] for d in new], "cases": len(by_case)}
        )
        return [d[0] for d in new]

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

    def case_holders(self, case_id: str) -> CaseHolders:
        """Who holds the case on the server, and which of them own it (network)."""
        s = self._require_settings()
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            try:
                answer = http.call("GET", f"/v1/grants/{case_id}", CaseGrantees)
            except ForbiddenError:  # no grant of ours there
                return CaseHolders(s.user_id, on_server=False)
        return CaseHolders(s.user_id, tuple(answer.users), frozenset(answer.owners))

    def shared_with(self, case_id: str) -> list[str]:
        """Users this vault shared the case with (from this device's own records)."""
        settings = self._settings()
        return list(settings.shares.get(case_id, [])) if settings else []

    def revoke_grant(self, case_id: str, user_id: str) -> str:
        """Withdraw a user's access (on all their devices) and rotate the case key; returns
        the new key id ("" when withdrawing yourself: nothing to rotate from here).

        Only the case's owners and organisation administrators withdraw others; anyone may
        withdraw themselves (the server enforces it; this explains a refusal in one line).
        What that user already received cannot be unseen: their copy stays on their
        devices (read-only).  They get no new ops, and new ops are sealed with a key they
        never receive.  The new key is granted to every device of everyone who still
        holds the case."""
        s = self._require_settings()
        leaving = user_id == s.user_id
        if not leaving and Role(s.role) not in SHARING_ROLES:
            raise ForbiddenError(f"A {s.role} cannot withdraw access to cases.", role=s.role)
        identity = self._identity()
        with self._http(s) as http:
            self._hello(http)
            self._ensure_approved(http, s)
            try:
                http.raw("DELETE", f"/v1/grants/{case_id}/{user_id}")
            except ForbiddenError:
                raise ForbiddenError(
                    f"Only the case's owners and organisation administrators can withdraw "
                    f"{user_id}; you may withdraw only yourself.",
                    code="sync.forbidden.withdraw",
                    case_id=case_id,
                    user_id=user_id,
                ) from None
            if leaving:
                self.vault.record_audit("case_left", case_id, {})
                return ""
            key_id = self.vault.rotate_case_key(case_id)
            self._grant_self(http, s, identity, case_id)
            # Everyone who still holds the case gets the new key on each of their approved
            # devices, whoever shared it with them (a revoked device is no longer listed).
            holders = http.call("GET", f"/v1/grants/{case_id}", CaseGrantees).users
            directory = self._directory(http)
            for other in holders:
                if other in (user_id, s.user_id):
                    continue
                devices = self._certified_devices(s, directory, other)
                self._wrap_to(http, s, identity, case_id, key_id, other, devices)
        s.shares[case_id] = [u for u in s.shares.get(case_id, []) if u != user_id]
        self._save(s)
        self.vault.record_audit("case_unshared", case_id, {"from": user_id, "new_key": key_id})
        return key_id

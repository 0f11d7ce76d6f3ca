"""Vault settings the counselor edits: the organisation's letterhead, the reference codes and
who works at this desk (name and user id)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.errors import InvalidValueError
from desktop.organisation import Letterhead, read_letterhead, write_letterhead
from desktop.store.sealed_records import COUNSELOR, SYNC_SETTINGS, CounselorRecord
from desktop.store.vault import Vault

__all__ = [
    "NAME_MAX",
    "Counselor",
    "Letterhead",
    "ReferenceCodes",
    "SettingsService",
    "clean_counselor_name",
    "clean_user_id",
    "write_counselor_name",
]

NAME_MAX = 80

# Why the counselor's identity cannot be changed any more ("" while it can).
LOCKED_SYNCED = "synced"  # enrolled with a sync server: the team knows this person by it
LOCKED_WRITTEN = "written"  # changes are sealed under the user id (the name stays editable)


@dataclass(frozen=True)
class ReferenceCodes:
    """The prefixes of new reference numbers (unique across offline devices)."""

    office_code: str
    device_code: str


@dataclass(frozen=True)
class Counselor:
    """The person at this desk: new cases are assigned to ``user_id`` and timeline entries
    record it; ``name`` is how the window greets them and shows "mine"."""

    name: str
    user_id: str
    name_locked: str  # "" or LOCKED_SYNCED
    user_id_locked: str  # "", LOCKED_SYNCED or LOCKED_WRITTEN

    def is_me(self, who: str | None) -> bool:
        """Whether an assignee or counselor field names this person (user id or name)."""
        text = (who or "").strip().casefold()
        return bool(text) and text in {self.user_id.casefold(), self.name.strip().casefold()}


def clean_counselor_name(name: str) -> str:
    """The name as stored: trimmed, one line, at most NAME_MAX characters."""
    name = " ".join(name.split())
    if len(name) > NAME_MAX or any(unicodedata.category(c) == "Cc" for c in name):
        raise InvalidValueError(
            f"The counselor's name must be one line of at most {NAME_MAX} characters.",
            code="counselor.name_invalid",
            max_chars=NAME_MAX,
        )
    return name


def clean_user_id(user_id: str) -> str:
    """A user id as the store accepts it (the same rule as ``Vault.set_user_id``), checked
    before a vault is made so the first run names the problem instead of storing it."""
    user_id = user_id.strip()
    if not user_id or len(user_id) > 64 or not all(c.isalnum() or c in "_-." for c in user_id):
        raise InvalidValueError(
            f"'{user_id}' is not a valid user id: use 1 to 64 letters, digits, '_', '-' or '.'.",
            code="counselor.user_id_invalid",
            user_id=user_id,
        )
    return user_id


def write_counselor_name(vault: Vault, name: str) -> None:
    COUNSELOR.write(vault, CounselorRecord(name=clean_counselor_name(name)))


class SettingsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def letterhead(self) -> Letterhead:
        return read_letterhead(self._vault)

    def set_letterhead(self, letterhead: Letterhead) -> None:
        write_letterhead(self._vault, letterhead)

    def reference_codes(self) -> ReferenceCodes:
        device = self._vault.device
        return ReferenceCodes(device.office_code, device.device_code)

    def set_reference_codes(self, codes: ReferenceCodes) -> None:
        """Change the prefixes of new reference numbers (existing ones keep theirs)."""
        self._vault.set_codes(office_code=codes.office_code, device_code=codes.device_code)

    # -- who is at the desk ---------------------------------------------------------------
    def counselor(self) -> Counselor:
        stored = COUNSELOR.read(self._vault)
        device = self._vault.device
        if SYNC_SETTINGS.read(self._vault) is not None:
            return Counselor(stored.name if stored else "", device.user_id, *(LOCKED_SYNCED,) * 2)
        # The author is sealed into every op, so once this device wrote anything the store
        # refuses another user id (Vault.set_user_id); "" is never an author.
        written = self._vault.journal.authored_by_other(device.device_id, "")
        return Counselor(
            stored.name if stored else "", device.user_id, "", LOCKED_WRITTEN if written else ""
        )

    def set_counselor(self, *, name: str, user_id: str) -> Counselor:
        """Change the name and the user id; refused whole once the change is locked."""
        current = self.counselor()
        clean_name = clean_counselor_name(name)
        user_id = clean_user_id(user_id)
        name_changes = clean_name != current.name
        id_changes = user_id != current.user_id
        if (name_changes and current.name_locked) or (id_changes and current.user_id_locked):
            reason = current.name_locked or current.user_id_locked
            if reason == LOCKED_SYNCED:
                raise InvalidValueError(
                    "This vault has synced; the counselor's name and user id are fixed now.",
                    code="counselor.locked.synced",
                    user_id=current.user_id,
                )
            raise InvalidValueError(
                f"Changes are already recorded as '{current.user_id}'; "
                "the user id cannot change any more.",
                code="counselor.locked.written",
                user_id=current.user_id,
            )
        if id_changes:
            self._vault.set_user_id(user_id)
        if name_changes:
            write_counselor_name(self._vault, clean_name)
        return self.counselor()

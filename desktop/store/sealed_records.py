"""Every small record sealed under the vault key, declared once.

A sealed record is a JSON object stored with ``Vault.write_sealed(name, ...)``.  Each one
is declared here with its name, its current version, its stored shape (a frozen
dataclass) and the frozen steps that upgrade older versions.  Callers read and write
through the declaration, never with raw dicts:

* reading ignores fields a newer version added (the shape lists what this version knows),
  fills declared defaults for missing fields, and raises :class:`VaultCorruptError`
  naming the record when a required field is missing or a field has the wrong JSON type;
  a wrong type is never silently replaced by a default, because the next write would
  then make the loss permanent;
* writing always stores the current version in the ``version`` field.

**Version 0.** A record stored without an integer ``version`` is version 0: the shape
every release wrote before this registry existed.  (``identity`` and ``contacts`` always
wrote ``"version": 1``; for them version 0 never occurred and reads as version 1.)
Upgrade steps are keyed by the version they start from and must never change once
released: a new shape adds a new step, so a vault written by any release still reads.

This module knows only the stored shapes; the domain modules turn them into their own
types (a letterhead with logo bytes, a key card, a ledger).  It lives in ``store`` so
that ``check`` can read every record, including sync's, without importing ``sync``.
"""

from __future__ import annotations

import dataclasses
import threading
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from desktop.errors import VaultCorruptError

__all__ = [
    "CONTACTS",
    "COUNSELOR",
    "IDENTITY",
    "LEGACY_SETTINGS",
    "ORGANISATION",
    "REGISTRY",
    "SAFETY_LEDGER",
    "SAFETY_POOL",
    "SAVED_FILTERS",
    "STATS_LEDGER",
    "SYNC_DIRECTORY",
    "SYNC_SETTINGS",
    "ContactsRecord",
    "CounselorRecord",
    "IdentityRecord",
    "LegacySettingsRecord",
    "OrganisationRecord",
    "SafetyLedgerRecord",
    "SafetyPoolRecord",
    "SavedFiltersRecord",
    "SealedRecord",
    "SealedStore",
    "StatsLedgerRecord",
    "SyncDirectoryRecord",
    "SyncSettingsRecord",
    "stored_version",
]

VERSION_FIELD = "version"
_UPDATE_LOCK = threading.RLock()


class SealedStore(Protocol):
    """What a record needs from the vault (so tests and tools can pass a stand-in)."""

    def read_sealed(self, name: str) -> dict[str, Any] | None: ...

    def write_sealed(self, name: str, value: dict[str, Any]) -> None: ...


Shape = TypeVar("Shape")
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def stored_version(raw: Mapping[str, Any]) -> int:
    """The version a stored record was written as; 0 when it carries no integer version.

    Saved filters of version 0 are keyed by the user's filter names, so a filter named
    "version" holds a dict there: only an integer counts as a version."""
    value = raw.get(VERSION_FIELD)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return 0


@dataclass(frozen=True)
class SealedRecord(Generic[Shape]):
    """One declared sealed record: ``upgrades[n]`` turns version n into version n + 1."""

    name: str
    version: int
    shape: type[Shape]
    upgrades: Mapping[int, Upgrade]
    label: str  # how an error names it: "The stored <label> cannot be read …"

    def __post_init__(self) -> None:
        if set(self.upgrades) != set(range(self.version)):
            raise ValueError(f"Sealed record {self.name!r} needs one upgrade step per version.")
        if not dataclasses.is_dataclass(self.shape):
            raise TypeError(f"Sealed record {self.name!r} needs a dataclass shape.")

    def read(self, store: SealedStore) -> Shape | None:
        """The stored record in its current shape, or None when none is stored."""
        raw = store.read_sealed(self.name)
        return None if raw is None else self.parse(raw)

    def write(self, store: SealedStore, value: Shape) -> None:
        """Store ``value`` as the current version (fields of a newer version are dropped)."""
        if not isinstance(value, self.shape):
            raise TypeError(f"Sealed record {self.name!r} stores {self.shape.__name__} values.")
        data = dataclasses.asdict(value)  # type: ignore[call-overload]
        data[VERSION_FIELD] = self.version
        store.write_sealed(self.name, data)

    def update(self, store: SealedStore, change: Callable[[Shape | None], Shape]) -> Shape:
        """Read, change and write the record as one step; returns what was written.

        The UI runs work on two pool threads, so two read-modify-writes of one record
        could otherwise interleave and drop a change (the vault's file lock already
        keeps other processes out)."""
        with _UPDATE_LOCK:
            value = change(self.read(store))
            self.write(store, value)
            return value

    def with_name(self, name: str) -> SealedRecord[Shape]:
        """The same record kept under another name (a second Safety ledger, for example)."""
        return dataclasses.replace(self, name=name)

    def upgrade(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """The fields of ``raw`` brought to the current version (``version`` removed)."""
        data = dict(raw)
        start = stored_version(data)
        if start:
            del data[VERSION_FIELD]
        for version in range(start, self.version):
            data = self.upgrades[version](data)
        return data

    def parse(self, raw: Mapping[str, Any]) -> Shape:
        """Build the current shape from a stored dict of any version (see the module doc)."""
        data = self.upgrade(raw)
        hints = typing.get_type_hints(self.shape)
        values: dict[str, Any] = {}
        for spec in dataclasses.fields(self.shape):  # type: ignore[arg-type]
            if spec.name not in data:
                if (spec.default is dataclasses.MISSING
                        and spec.default_factory is dataclasses.MISSING):  # fmt: skip
                    raise VaultCorruptError(
                        f"The stored {self.label} cannot be read: '{spec.name}' is missing.",
                        label=self.label,
                        spec_name=spec.name,
                    )
                continue  # the dataclass fills its default
            ok, value = _conform(data[spec.name], hints[spec.name])
            if not ok:
                raise VaultCorruptError(
                    f"The stored {self.label} cannot be read: '{spec.name}' has the wrong type.",
                    label=self.label,
                    spec_name=spec.name,
                )
            values[spec.name] = value
        return self.shape(**values)


def _conform(value: Any, hint: Any) -> tuple[bool, Any]:
    """Whether a decoded JSON value fits a field's annotation, and the value to keep.

    Covers the annotations the shapes below use: Any, str, int, bool, ``X | None``,
    ``dict[str, X]``, ``list[X]`` and ``tuple[X, ...]`` (stored as a JSON list)."""
    if hint is Any:
        return True, value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            ok, kept = _conform(value, option)
            if ok:
                return True, kept
        return False, value
    if hint is type(None):
        return value is None, value
    if hint is bool:
        return isinstance(value, bool), value
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool), value
    if hint is str:
        return isinstance(value, str), value
    if origin is dict:
        if not isinstance(value, dict):
            return False, value
        _, item_hint = typing.get_args(hint)
        kept_dict: dict[str, Any] = {}
        for key, item in value.items():
            ok, kept = _conform(item, item_hint)
            if not ok:
                return False, value
            kept_dict[str(key)] = kept
        return True, kept_dict
    if origin in (list, tuple):
        if not isinstance(value, list | tuple):
            return False, value
        item_hint = typing.get_args(hint)[0]
        kept_items = []
        for item in value:
            ok, kept = _conform(item, item_hint)
            if not ok:
                return False, value
            kept_items.append(kept)
        return True, tuple(kept_items) if origin is tuple else kept_items
    raise TypeError(f"Sealed record shapes cannot use the annotation {hint!r}.")


def _unchanged(data: dict[str, Any]) -> dict[str, Any]:
    """A version 0 that already had the version 1 fields (only the version number is new)."""
    return data


# -- the records ---------------------------------------------------------------------------
# Each shape is the stored form.  Adding a field with a default needs no new version;
# renaming, removing or re-typing one does: add a step, never edit a released one.


@dataclass(frozen=True)
class IdentityRecord:
    """The vault's own key pair: its key card and private seeds, base64."""

    card: dict[str, Any]
    mlkem: str
    x25519: str
    ed25519: str
    previous_fingerprints: tuple[str, ...] = ()


IDENTITY = SealedRecord("identity", 1, IdentityRecord, {0: _unchanged}, "vault key pair")


@dataclass(frozen=True)
class ContactsRecord:
    """Recipients' key cards, keyed by fingerprint (each entry as contacts.py keeps it)."""

    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)


CONTACTS = SealedRecord("contacts", 1, ContactsRecord, {0: _unchanged}, "contacts")


@dataclass(frozen=True)
class OrganisationRecord:
    """The letterhead; version 0 of the first releases held only name and address."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: str = ""  # base64 PNG or JPEG, "" for none
    date_style: str = "western"


ORGANISATION = SealedRecord(
    "organisation", 1, OrganisationRecord, {0: _unchanged}, "organisation details"
)


@dataclass(frozen=True)
class CounselorRecord:
    """Who works at this desk, by name (the user id is the vault's own, in its metadata)."""

    name: str = ""


COUNSELOR = SealedRecord("counselor", 1, CounselorRecord, {0: _unchanged}, "counselor's name")


@dataclass(frozen=True)
class SafetyPoolRecord:
    """The id of the container case that holds anonymous Safety records."""

    case_id: str


SAFETY_POOL = SealedRecord("safety_pool", 1, SafetyPoolRecord, {0: _unchanged}, "Safety pool")


@dataclass(frozen=True)
class SafetyLedgerRecord:
    """Company reports already published (``PublishedLedger.to_data`` entries)."""

    entries: list[dict[str, Any]] = field(default_factory=list)


SAFETY_LEDGER = SealedRecord(
    "safety_ledger", 1, SafetyLedgerRecord, {0: _unchanged}, "Safety report ledger"
)


@dataclass(frozen=True)
class StatsLedgerRecord:
    """Statistics tables already published (``desktop.stats.ledger`` entries)."""

    entries: list[dict[str, Any]] = field(default_factory=list)


STATS_LEDGER = SealedRecord(
    "stats_ledger", 1, StatsLedgerRecord, {0: _unchanged}, "statistics ledger"
)


@dataclass(frozen=True)
class SavedFiltersRecord:
    """Saved case-list filters by the name the user gave them."""

    filters: dict[str, dict[str, Any]] = field(default_factory=dict)


def _saved_filters_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    # Version 0 was the bare {name: filter state} map, so a filter could be named like a
    # field; version 1 moves the map under "filters".  Non-dict values were skipped by
    # the old reader too.
    return {"filters": {name: state for name, state in data.items() if isinstance(state, dict)}}


SAVED_FILTERS = SealedRecord(
    "saved_filters", 1, SavedFiltersRecord, {0: _saved_filters_0_to_1}, "saved filters"
)


@dataclass(frozen=True)
class SyncSettingsRecord:
    """This device's enrolment with a sync server (sync.client keeps a mutable copy)."""

    server_url: str
    device_token: str
    user_id: str
    device_id: str
    device_name: str
    org: dict[str, str]
    role: str
    status: str
    certificate: dict[str, Any] | None = None
    shares: dict[str, list[str]] = field(default_factory=dict)  # case -> users granted
    # Own other devices this vault has handed every case key it holds to (absent in
    # records written before several devices per person: read as none yet).
    wrapped_for: list[str] = field(default_factory=list)


SYNC_SETTINGS = SealedRecord("sync", 1, SyncSettingsRecord, {0: _unchanged}, "sync settings")


@dataclass(frozen=True)
class SyncDirectoryRecord:
    """The organisation directory as last fetched from the sync server (issue 18): a cache
    of public certificates, kept so the client asks only for changes (sync/_client_directory)."""

    server_url: str
    org_id: str
    page: dict[str, Any]  # a protocol DirectoryPage (version and every known device)


SYNC_DIRECTORY = SealedRecord(
    "sync_directory", 1, SyncDirectoryRecord, {0: _unchanged}, "sync directory"
)


@dataclass(frozen=True)
class LegacySettingsRecord:
    """Written by no release of the app: only the format-1 test vault and tests carry it.

    Declared so that ``check`` reads it like any other record in those stored vaults."""

    organisation: str = ""


LEGACY_SETTINGS = SealedRecord("settings", 1, LegacySettingsRecord, {0: _unchanged}, "settings")

REGISTRY: tuple[SealedRecord[Any], ...] = (
    IDENTITY,
    CONTACTS,
    ORGANISATION,
    COUNSELOR,
    SAFETY_POOL,
    SAFETY_LEDGER,
    SAVED_FILTERS,
    STATS_LEDGER,
    SYNC_SETTINGS,
    SYNC_DIRECTORY,
    LEGACY_SETTINGS,
)
"""Every declared record; ``check`` reads each one through its reader."""

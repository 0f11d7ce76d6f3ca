"""Sealed records: every stored shape of every release reads, and the future does not break it.

Each upgrade test writes the raw dict an older release stored (with the vault's own
``write_sealed``) and reads it through the code that uses the record today.
"""

from __future__ import annotations

import ast
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.cases.saved_filters import delete_filter, save_filter, saved_filters
from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.documents import contacts
from desktop.errors import VaultCorruptError
from desktop.identity import ensure_identity, load_identity, rename_identity
from desktop.organisation import Letterhead, read_letterhead, write_letterhead
from desktop.safety.aggregate import PublishedLedger
from desktop.safety.records import SafetyService
from desktop.store import sealed_records, sync_state
from desktop.store.check import check_vault
from desktop.store.sealed_records import (
    REGISTRY,
    SAFETY_LEDGER,
    SYNC_SETTINGS,
    SealedRecord,
    stored_version,
)
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync._client_base import ClientSettings
from sync.client import SyncClient
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

# One valid stored dict of the current version per record, without "version".
SAMPLES: dict[str, dict[str, Any]] = {
    "identity": {"card": {"format": "x"}, "mlkem": "AA==", "x25519": "AA==", "ed25519": "AA=="},
    "contacts": {"contacts": {"ab12": {"card": {}, "added_on": "2026-11-01"}}},
    "organisation": {
        "name": "NGO",
        "address": "Tokyo",
        "phone": "",
        "email": "",
        "logo": "",
        "date_style": "japanese",
    },
    "counselor": {"name": "Sato Hanako"},
    "safety_pool": {"case_id": "pool-1"},
    "safety_ledger": {"entries": [{"employer": "Sample Foods"}]},
    "stats_ledger": {"entries": [{"unit_kind": "case", "units": ["c1"], "figures": [[0]]}]},
    "saved_filters": {"filters": {"Urgent": {"flag": "urgent"}}},
    "sync": {
        "server_url": "https://sync.example",
        "device_token": "t",
        "user_id": "u",
        "device_id": "d",
        "device_name": "laptop",
        "org": {"name": "NGO"},
        "role": "counselor",
        "status": "approved",
    },
    "settings": {"organisation": "Fixture NGO"},
    "sync_directory": {
        "server_url": "https://sync.example",
        "org_id": "org-1",
        "page": {"version": 7, "full": True, "entries": []},
    },
}


def _current(record: SealedRecord[Any]) -> Any:
    """The record's sample read as the current version."""
    return record.parse({**SAMPLES[record.name], "version": record.version})


# -- the registry ---------------------------------------------------------------------------


def test_every_record_is_declared_once_with_a_sample_here() -> None:
    names = [r.name for r in REGISTRY]
    assert len(names) == len(set(names))
    assert set(names) == set(SAMPLES), "add a sample (and upgrade tests) for a new record"


@pytest.mark.parametrize("record", REGISTRY, ids=lambda r: r.name)
def test_the_writer_stores_the_current_version(vault: Vault, record: SealedRecord[Any]) -> None:
    record.write(vault, _current(record))
    raw = vault.read_sealed(record.name)
    assert raw is not None and raw["version"] == record.version
    assert record.read(vault) == _current(record)


@pytest.mark.parametrize("record", REGISTRY, ids=lambda r: r.name)
def test_fields_from_a_newer_version_are_ignored(vault: Vault, record: SealedRecord[Any]) -> None:
    future = {**SAMPLES[record.name], "version": record.version + 1, "added_later": [1, 2]}
    vault.write_sealed(record.name, future)
    assert record.read(vault) == _current(record)


@pytest.mark.parametrize("record", REGISTRY, ids=lambda r: r.name)
def test_a_record_without_version_is_version_0(vault: Vault, record: SealedRecord[Any]) -> None:
    assert stored_version(SAMPLES[record.name]) == 0
    vault.write_sealed(record.name, SAMPLES[record.name])
    upgraded = record.read(vault)
    assert upgraded is not None
    if record.name != "saved_filters":  # the one record whose shape changed at version 1
        assert upgraded == _current(record)


def test_a_wrong_type_is_damage_not_a_silent_default(vault: Vault) -> None:
    vault.write_sealed("organisation", {"version": 1, "name": 5})
    with pytest.raises(VaultCorruptError, match=r"organisation details.*'name' has the wrong"):
        read_letterhead(vault)
    vault.write_sealed("sync", {"version": 1, "server_url": "https://x"})
    with pytest.raises(VaultCorruptError, match=r"sync settings.*'device_token' is missing"):
        SYNC_SETTINGS.read(vault)


def test_check_reads_every_declared_record_and_authenticates_the_rest(vault: Vault) -> None:
    vault.write_sealed("organisation", {"version": 1, "name": 5})
    vault.write_sealed("written_by_a_newer_release", {"anything": True})
    problems = [(p.area, p.where) for p in check_vault(vault).problems]
    assert problems == [("settings", "organisation")]


def test_no_caller_outside_the_store_reads_or_writes_a_raw_sealed_record() -> None:
    scanned, raw_calls = 0, []
    for package in ("desktop", "ui", "sync"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.is_relative_to(ROOT / "desktop" / "store"):
                continue
            scanned += 1
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in ("read_sealed", "write_sealed")):  # fmt: skip
                    raw_calls.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert scanned > 100  # a moved package must not make this pass by scanning nothing
    assert raw_calls == [], "read and write through desktop.store.sealed_records"


# -- identity (version 1 since its first release) ------------------------------------------


def test_identity_of_every_stored_shape_loads(vault: Vault) -> None:
    made = ensure_identity(vault, display_name="Sato", organisation="NGO")
    as_released = vault.read_sealed("identity")
    assert as_released is not None and as_released["version"] == 1
    for raw in (
        as_released,
        {k: v for k, v in as_released.items() if k != "version"},
        {k: v for k, v in as_released.items() if k != "previous_fingerprints"},
        {**as_released, "version": 2, "hardware_slot": "yubikey"},
    ):
        vault.write_sealed("identity", raw)
        loaded = load_identity(vault)
        assert loaded is not None and loaded.card.fingerprint == made.card.fingerprint
    renamed = rename_identity(vault, display_name="Sato Y", organisation="NGO")
    assert renamed.owns(made.card.fingerprint)


# -- contacts (version 1 since its first release) ------------------------------------------


def test_contacts_of_every_stored_shape_load(vault: Vault, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf_params=fast_params_for_tests())
    try:
        contact = contacts.import_key_file(vault, ensure_identity(other).key_file())
    finally:
        other.close()
    as_released = vault.read_sealed("contacts")
    assert as_released is not None
    entry = dict(as_released["contacts"][contact.fingerprint])
    for raw in (
        {"version": 1, "contacts": {contact.fingerprint: entry}},
        {"contacts": {contact.fingerprint: entry}},
        {
            "version": 3,
            "contacts": {contact.fingerprint: {**entry, "tags": ["law"]}},
            "groups": [],
        },
    ):
        vault.write_sealed("contacts", raw)
        assert [c.fingerprint for c in contacts.list_contacts(vault)] == [contact.fingerprint]
    # A later write keeps entries whole: only the record's own fields are current-version.
    contacts.mark_verified(vault, contact.fingerprint, date(2026, 11, 2))
    assert contacts.get_contact(vault, contact.fingerprint).verified_on == "2026-11-02"


# -- organisation (unversioned before the registry) -----------------------------------------


def test_letterhead_of_every_stored_shape_reads(vault: Vault) -> None:
    first_release = {"name": "まどぐち", "address": "東京都"}
    vault.write_sealed("organisation", first_release)
    assert read_letterhead(vault) == Letterhead(name="まどぐち", address="東京都")
    unversioned = {"name": "まどぐち", "address": "東京都", "phone": "03", "email": "a@b.jp",
                   "logo": "", "date_style": "japanese"}  # fmt: skip
    vault.write_sealed("organisation", unversioned)
    expected = Letterhead("まどぐち", "東京都", "03", "a@b.jp", None, "japanese")
    assert read_letterhead(vault) == expected
    vault.write_sealed("organisation", {**unversioned, "version": 2, "fax": "03-0000"})
    assert read_letterhead(vault) == expected
    write_letterhead(vault, expected)
    assert (vault.read_sealed("organisation") or {})["version"] == 1


# -- Safety pool and ledger (unversioned before the registry) --------------------------------


def test_safety_pool_of_every_stored_shape_reads(service: CaseService) -> None:
    safety = SafetyService(service)
    for raw in ({"case_id": "pool-0"}, {"version": 4, "case_id": "pool-0", "region": "kanto"}):
        service.vault.write_sealed("safety_pool", raw)
        assert safety.pool_id() == "pool-0"


def test_safety_ledger_of_every_stored_shape_reads(vault: Vault) -> None:
    entry = {"employer": "Sample Foods", "establishment": None, "period_start": "2026-03-01",
             "period_end": "2026-03-31", "total": 13, "cells": {"wages": {"low": 13}}}  # fmt: skip
    for raw in ({"entries": [entry]}, {"version": 2, "entries": [entry], "signed_by": "x"}):
        vault.write_sealed("safety_ledger", raw)
        stored = SAFETY_LEDGER.read(vault)
        assert stored is not None
        ledger = PublishedLedger.from_data(stored.entries)
        assert [e.total for e in ledger.entries] == [13]
    second = SAFETY_LEDGER.with_name("safety_ledger_2027")
    second.write(vault, stored)
    assert second.read(vault) == stored


# -- saved filters (unversioned bare map before the registry) -------------------------------


def test_saved_filters_of_every_stored_shape_read(vault: Vault) -> None:
    # Version 0 was the bare map the UI kept, so a filter could be called "version".
    vault.write_sealed("saved_filters", {"Urgent": {"flag": "urgent"}, "version": {"q": "v"},
                                         "junk": "not a filter"})  # fmt: skip
    assert saved_filters(vault) == {"Urgent": {"flag": "urgent"}, "version": {"q": "v"}}
    save_filter(vault, " Mine ", {"counselor": "me"})
    assert vault.read_sealed("saved_filters") == {
        "version": 1,
        "filters": {
            "Urgent": {"flag": "urgent"},
            "version": {"q": "v"},
            "Mine": {"counselor": "me"},
        },
    }
    assert delete_filter(vault, "version") == {
        "Urgent": {"flag": "urgent"},
        "Mine": {"counselor": "me"},
    }
    vault.write_sealed("saved_filters", {"version": 2, "filters": {"A": {}}, "order": ["A"]})
    assert saved_filters(vault) == {"A": {}}


# -- sync settings (unversioned before the registry) ----------------------------------------


def test_sync_settings_of_every_stored_shape_read(vault: Vault) -> None:
    assert SYNC_SETTINGS.name == sync_state.SETTINGS_NAME
    assert [f.name for f in dataclasses.fields(ClientSettings)] == [
        f.name for f in dataclasses.fields(sealed_records.SyncSettingsRecord)
    ]
    before_shares = dict(SAMPLES["sync"])
    unversioned = {**before_shares, "certificate": None, "shares": {"c1": ["lawyer"]}}
    for raw in (
        before_shares,
        unversioned,
        # The old reader was _Settings(**raw): a field added later raised TypeError.
        {**unversioned, "version": 2, "proxy": "http://proxy.example"},
    ):
        vault.write_sealed("sync", raw)
        client = SyncClient(vault)
        assert client.status().state != "not_enrolled"
    assert client.shared_with("c1") == ["lawyer"]


# -- "settings": written by no release, only by the format-1 fixture and tests ----------------


def test_legacy_settings_read(vault: Vault) -> None:
    vault.write_sealed("settings", {"organisation": "Fixture NGO"})
    stored = sealed_records.LEGACY_SETTINGS.read(vault)
    assert stored is not None and stored.organisation == "Fixture NGO"

"""The directory by change, and grants of a device revoked later (issue 18 point 4; issue 15's
leftover), against the real server over HTTP on SQLite and PostgreSQL.

The client keeps the directory in the vault (``SYNC_DIRECTORY``) and asks ``?since=V``;
requests are counted by an httpx transport that wraps the real one (nothing is faked: it
only records what went over the wire).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import sqlalchemy as sa

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.errors import MadoguchiError, NotFoundError
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync import _client_directory as org_directory
from sync import _client_keys as keys
from sync._client_http import DeviceRevokedError, KeySubstitutionError
from sync.client import SyncClient
from sync.server import admin
from sync.server.op_rows import grant_model
from tests.sync.conftest import Org
from tests.sync.test_trust_devices import approve_device

PASSPHRASE = "correct horse battery staple"


@dataclass
class CountingTransport(httpx.BaseTransport):
    """The real HTTP transport, recording each directory request's query and answer."""

    inner: httpx.BaseTransport = field(default_factory=httpx.HTTPTransport)
    directory: list[tuple[dict[str, list[str]], dict[str, Any]]] = field(default_factory=list)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path == "/v1/directory":
            response.read()
            self.directory.append((parse_qs(request.url.query.decode()), response.json()))
        return response

    def close(self) -> None:
        self.inner.close()


@dataclass
class Person:
    vault: Vault
    service: CaseService
    server: Org

    @property
    def user_id(self) -> str:
        return self.vault.device.user_id

    @property
    def device_id(self) -> str:
        return self.vault.device.device_id

    def client(self, transport: CountingTransport | None = None) -> SyncClient:
        """A new client, as each CLI command or UI action makes one (so the directory must
        come from the vault, not from a previous client's memory)."""
        return SyncClient(self.vault, transport=transport)

    def opens(self, case_id: str) -> bool:
        if not self.vault.has_case(case_id):
            return False
        try:
            worker = self.service.get_case(case_id).worker
        except MadoguchiError:
            return False
        return worker is not None and bool(worker.data.get("full_name"))

    def kept(self) -> org_directory.Directory | None:
        settings = self.client()._require_settings()
        return org_directory.load(self.vault, settings.server_url, settings.org_info.org_id)


@pytest.fixture
def people(server: Org, tmp_path: Path) -> Iterator[Any]:
    made: list[Person] = []

    def make(name: str, approve: bool = True) -> Person:
        user = f"{name}-{uuid.uuid4().hex[:6]}"
        folder = tmp_path / user
        vault, _ = create_vault(
            folder, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
        )
        SyncClient(vault).enroll(server.base_url, server.invite(user=user), folder.name)
        person = Person(vault, CaseService(vault), server)
        if approve:
            approve_device(server, person)  # type: ignore[arg-type]
        made.append(person)
        return person

    yield make
    for one in made:
        one.vault.close()


def _new_case(owner: Person, name: str) -> str:
    case = owner.service.create_case({"full_name": name})
    owner.client().sync_once()
    return case


def test_a_second_share_asks_only_for_changes(people: Any) -> None:
    alice, bob, carol = people("alice"), people("bob"), people("carol")
    first, second = _new_case(alice, "Nguyen Van A"), _new_case(alice, "Tran Thi B")

    counting = CountingTransport()
    assert alice.client(counting).share_case(first, bob.user_id) >= 1
    [(query, page)] = counting.directory
    assert query == {} and page["full"] is True  # nothing kept yet: the whole directory
    assert {bob.device_id, carol.device_id, alice.device_id} <= {
        e["device_id"] for e in page["entries"]
    }

    kept = alice.kept()
    assert kept is not None and kept.version == page["version"]
    counting = CountingTransport()  # a new session on the same vault
    assert alice.client(counting).share_case(second, carol.user_id) >= 1
    [(query, page)] = counting.directory
    assert query == {"since": [str(kept.version)]}
    assert page["full"] is False and page["entries"] == []  # nothing changed: nothing sent

    bob.client().sync_once()
    carol.client().sync_once()
    assert bob.opens(first) and carol.opens(second)


def test_a_newly_approved_device_appears_and_a_revoked_one_is_marked(
    people: Any, server: Org
) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice, "Nguyen Van A")
    alice.client().share_case(case, bob.user_id)
    before = alice.kept()
    assert before is not None and before.devices[bob.device_id].status == "approved"

    dave = people("dave")  # approved after Alice's copy was made
    counting = CountingTransport()
    assert alice.client(counting).share_case(case, dave.user_id) >= 1
    [(query, page)] = counting.directory
    assert query == {"since": [str(before.version)]}
    assert [e["device_id"] for e in page["entries"]] == [dave.device_id]
    dave.client().sync_once()
    assert dave.opens(case)

    admin.revoke(server.database_url, bob.device_id)
    counting = CountingTransport()
    with pytest.raises(NotFoundError, match="No approved device"):
        alice.client(counting).share_case(case, bob.user_id)
    [(_, page)] = counting.directory
    [entry] = page["entries"]
    assert entry["device_id"] == bob.device_id and entry["status"] == "revoked"
    kept = alice.kept()
    assert kept is not None and kept.devices[bob.device_id].status == "revoked"
    assert kept.devices[bob.device_id].revoked_seq == kept.version
    assert bob.device_id not in {e.device_id for e in kept.approved()}
    assert dave.device_id in {e.device_id for e in kept.approved()}


def test_a_pull_asks_for_changes_only_for_a_granter_it_does_not_know(people: Any) -> None:
    alice, bob, carol = people("alice"), people("bob"), people("carol")
    bob.client().share_case(_new_case(bob, "Le Van C"), carol.user_id)  # Bob keeps a copy
    assert bob.kept() is not None
    counting = CountingTransport()
    alice.client().share_case(_new_case(alice, "Nguyen Van A"), bob.user_id)
    bob.client(counting).sync_once()  # Alice is in Bob's copy already: no request
    assert counting.directory == []

    dave = people("dave")  # not in Bob's copy
    dave.client().share_case(_new_case(dave, "Pham Thi D"), bob.user_id)
    counting = CountingTransport()
    report = bob.client(counting).sync_once()
    assert report.problems == [] and report.grants_received >= 1
    [(query, page)] = counting.directory
    assert "since" in query and [e["device_id"] for e in page["entries"]] == [dave.device_id]


def test_a_grant_made_before_the_granters_revocation_still_opens(people: Any, server: Org) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice, "Nguyen Van A")
    alice.client().share_case(case, bob.user_id)
    admin.revoke(server.database_url, alice.device_id)  # her laptop is lost

    report = bob.client().sync_once()  # Bob pulls the grant only now
    assert report.problems == [], report.problems
    assert bob.opens(case)
    # A revoked device posts nothing any more (the server refuses it before any check).
    with pytest.raises(DeviceRevokedError):
        alice.client().share_case(case, bob.user_id)


def test_a_grant_numbered_after_the_revocation_is_refused(people: Any, server: Org) -> None:
    """The server refuses a revoked device's grants (above); if a server still handed one
    out, numbered after the revocation, the client must not use it."""
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice, "Nguyen Van A")
    alice.client().share_case(case, bob.user_id)
    admin.revoke(server.database_url, alice.device_id)
    bob.client().sync_once()
    kept = bob.kept()
    assert kept is not None
    granter = kept.devices[alice.device_id]
    assert granter.status == "revoked" and granter.revoked_seq is not None

    [grant] = [g for g in _stored_grants(server, case) if g.device_id == bob.device_id]
    org = bob.client()._require_settings().org_info
    keys.verify_grant(grant, granter, org)  # as stored: numbered before the revocation
    late = grant.model_copy(update={"seq": granter.revoked_seq + 1})
    with pytest.raises(KeySubstitutionError, match="after that device was revoked") as refused:
        keys.verify_grant(late, granter, org)
    assert refused.value.code == "sync.key_substitution.revoked_granter"
    at = grant.model_copy(update={"seq": granter.revoked_seq})
    with pytest.raises(KeySubstitutionError):
        keys.verify_grant(at, granter, org)


def test_a_version_ahead_of_the_server_gets_the_whole_directory(make_device: Any) -> None:
    """A server restored from an older backup: the client's version is ahead of its
    sequence, so it is answered the whole directory rather than nothing."""
    reader = make_device()
    whole = reader.client.get("/v1/directory").json()
    assert whole["full"] is True and whole["version"] >= 1
    ahead = reader.client.get("/v1/directory", params={"since": whole["version"] + 1000}).json()
    assert ahead["full"] is True and ahead["entries"] == whole["entries"]
    same = reader.client.get("/v1/directory", params={"since": whole["version"]}).json()
    assert same == {"version": whole["version"], "full": False, "entries": []}


def _stored_grants(server: Org, case_id: str) -> list[Any]:
    engine = sa.create_engine(server.database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT * FROM grants WHERE case_id = :c"), {"c": case_id}
            ).all()
    finally:
        engine.dispose()
    return [grant_model(row) for row in rows]

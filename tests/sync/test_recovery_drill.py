"""The organisation recovery drill, against the real server process and real vaults.

Alice makes cases on her laptop (one shared with Bob, two never shared, one of them with a
rotated key), syncs and leaves with her laptop (device revoked).  The administrator runs
``recover-cases --from alice --to carol`` with the recovery key (or 2 of 3 trustee shares);
Carol syncs and reads every one of Alice's cases, evidence included.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric import ed25519

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store import sync_state
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync import _client_recovery
from sync.client import SyncClient
from sync.protocol import ORG_GRANTER, Grant, b64e, grant_bytes
from sync.server import admin, cli
from sync.server.db import engine_url
from sync.server.recovery import RecoveryChoice, certify, generate
from sync.server.recovery_cases import recover_cases
from tests.sync.conftest import ORG_PASSPHRASE, Org, start_server

PASSPHRASE = "correct horse battery staple"
RECOVERY_PASSPHRASE = "recovery passphrase kept in the safe"


@dataclass
class Person:
    vault: Vault
    client: SyncClient
    service: CaseService

    @property
    def user_id(self) -> str:
        return self.vault.device.user_id


@dataclass
class RecoveryOrg:
    org: Org
    scheme: str
    key_path: Path
    share_paths: list[Path]

    def recovery_args(self) -> dict[str, Any]:
        if self.scheme == "key":
            return {"recovery_key_path": self.key_path, "recovery_passphrase": RECOVERY_PASSPHRASE}
        return {"share_paths": self.share_paths[1:]}  # trustees 2 and 3 of 3


def make_recovery_org(url: str, folder: Path, scheme: str) -> tuple[Path, list[Path], Any]:
    key_path, shares_dir = folder / "recovery.json", folder / "shares"
    shares_dir.mkdir()
    choice = RecoveryChoice(
        scheme, key_path if scheme == "key" else None,
        RECOVERY_PASSPHRASE if scheme == "key" else "", 2 if scheme == "shares" else 0,
        3 if scheme == "shares" else 0, shares_dir if scheme == "shares" else None,
    )  # fmt: skip
    info = admin.create_org(url, "Test NGO", folder / "org.pem", ORG_PASSPHRASE, choice)
    return key_path, sorted(shares_dir.iterdir()), info


@pytest.fixture(params=["key", "shares"])
def recovery_org(
    request: pytest.FixtureRequest, database_url: str, tmp_path: Path
) -> Iterator[RecoveryOrg]:
    key_path, shares, info = make_recovery_org(database_url, tmp_path, request.param)
    process = start_server(database_url, tmp_path / "server.log")
    try:
        org = Org(database_url, tmp_path / "org.pem", info, process)
        yield RecoveryOrg(org, request.param, key_path, shares)
    finally:
        process.stop()


def make_people(org: Org, folder: Path) -> tuple[Any, list[Person]]:
    made: list[Person] = []

    def make(name: str, device_of: Person | None = None) -> Person:
        """A new person, or (``device_of``) that person's next device."""
        user = device_of.user_id if device_of else f"{name}-{uuid.uuid4().hex[:6]}"
        vault, _ = create_vault(
            folder / f"{user}-{uuid.uuid4().hex[:4]}", PASSPHRASE,
            kdf_params=fast_params_for_tests(), user_id=user,
        )  # fmt: skip
        code = org.invite(device_of=user) if device_of else org.invite("counselor", user=user)
        client = SyncClient(vault)
        client.enroll(org.base_url, code, f"{name}'s laptop")
        admin.approve(org.database_url, vault.device.device_id, org.key_path, ORG_PASSPHRASE)
        person = Person(vault, client, CaseService(vault))
        made.append(person)
        return person

    return make, made


@pytest.fixture
def people(recovery_org: RecoveryOrg, tmp_path: Path) -> Iterator[Any]:
    make, made = make_people(recovery_org.org, tmp_path)
    yield make
    for person in made:
        person.vault.close()


def case_state(person: Person, case_id: str) -> list[tuple[Any, ...]]:
    rows = person.vault.projection.conn.execute(
        "SELECT entity, entity_id, data, deleted_by FROM records WHERE case_id=? "
        "ORDER BY entity, entity_id",
        (case_id,),
    )
    return [tuple(row) for row in rows]


def new_case(person: Person, name: str, evidence: bytes = b"") -> str:
    svc = person.service
    case = svc.create_case({"full_name": name}, note=f"{name}: passport kept by employer")
    if evidence:
        svc.add_evidence(case, io.BytesIO(evidence), {"title": "payslip"}, filename="p.pdf")
    return case


def query(url: str, sql: str, **params: Any) -> list[Any]:
    engine = sa.create_engine(engine_url(url))
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(sql), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def test_recovery_drill_carol_reads_every_case_of_alice(
    recovery_org: RecoveryOrg,
    people: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    org = recovery_org.org
    alice, bob, carol = people("alice"), people("bob"), people("carol")
    carol_phone = people("carol", device_of=carol)  # the keys must reach every device
    shared = new_case(alice, "Shared Nguyen", b"shared evidence " * 1000)
    private = new_case(alice, "Private Tran", b"private evidence " * 50_000)
    rotated = new_case(alice, "Rotated Le")
    alice.client.sync_once()
    alice.client.share_case(shared, bob.user_id)
    alice.client.share_case(rotated, bob.user_id)
    alice.client.revoke_grant(rotated, bob.user_id)  # a second key for this case
    alice.service.update_case(rotated, {"summary": "after the rotation"})
    report = alice.client.sync_once()
    assert report.problems == []
    assert len(alice.vault.case_key_ids(rotated)) == 2
    # Bob syncs while Alice is still here (since protocol 5 a grant her laptop made before
    # its revocation would also reach him later: tests/sync/test_sync_directory.py).
    assert bob.client.sync_once().revoked_cases == [rotated]

    # Every key Alice holds is wrapped to the recovery key on the server.
    wrapped = {
        (r.case_id, r.key_id)
        for r in query(org.database_url, "SELECT case_id, key_id FROM recovery_wraps")
    }
    held = {(c, k) for c in (shared, private, rotated) for k in alice.vault.case_key_ids(c)}
    assert held <= wrapped and len(held) == 4
    before = {c: case_state(alice, c) for c in (shared, private, rotated)}
    evidence = b"".join(
        alice.service.read_evidence(alice.service.get_case(private).evidence[0].entity_id)
    )

    # Alice leaves with her laptop.
    admin.revoke(org.database_url, alice.vault.device.device_id)
    carol_devices = sorted(p.vault.device.device_id for p in (carol, carol_phone))
    if recovery_org.scheme == "key":
        result = recover_cases(
            org.database_url, alice.user_id, carol.user_id, org.key_path, ORG_PASSPHRASE,
            revoke_from=True, **recovery_org.recovery_args(),
        )  # fmt: skip
        assert result.cases == 3 and result.grants == 8 and result.missing == []
        assert result.revoked == 3 and result.devices == carol_devices
    else:  # the trustees at the command line
        monkeypatch.setenv(cli.PASSPHRASE_ENV, ORG_PASSPHRASE)
        shares = [a for p in recovery_org.share_paths[1:] for a in ("--share", str(p))]
        code = cli.main(
            ["admin", "recover-cases", "--database", org.database_url, "--from",
             alice.user_id, "--to", carol.user_id, "--org-key", str(org.key_path), *shares,
             "--revoke-from"]
        )  # fmt: skip
        out, err = capsys.readouterr()
        assert code == 0 and err == "", err
        assert out.splitlines() == [
            f"Recovered 3 case(s) of {alice.user_id} for {carol.user_id}: 8 key grant(s) to "
            f"device(s) {', '.join(carol_devices)}.",
            f"Withdrew {alice.user_id} from 3 case(s).",
        ]

    for device in (carol, carol_phone):
        got = device.client.sync_once()
        assert got.problems == [] and got.quarantined == 0 and got.grants_received == 4
        for case_id, state in before.items():
            assert case_state(device, case_id) == state
        view = device.service.get_case(private)
        assert b"".join(device.service.read_evidence(view.evidence[0].entity_id)) == evidence
        assert device.service.get_case(rotated).case.data["summary"] == "after the rotation"
    # Carol can carry on: a new note reaches Bob on the shared case.
    carol.service.add_timeline_entry(shared, {"note": "Carol took over"})
    carol.client.sync_once()
    bob.client.sync_once()
    assert any(
        e.data.get("note") == "Carol took over" for e in bob.service.get_case(shared).timeline
    )
    # The recovery grants are signed by the organisation, and Alice holds nothing any more.
    granters = query(
        org.database_url, "SELECT DISTINCT granted_by FROM grants WHERE user_id = :u",
        u=carol.user_id,
    )  # fmt: skip
    assert {r.granted_by for r in granters} == {ORG_GRANTER}
    owners = query(
        org.database_url, "SELECT DISTINCT case_id FROM grants WHERE user_id = :u AND manage",
        u=carol.user_id,
    )  # fmt: skip
    assert {r.case_id for r in owners} == set(before)  # Alice's cases are Carol's to manage
    left = query(
        org.database_url, "SELECT COUNT(*) AS n FROM grants WHERE user_id = :u AND NOT revoked",
        u=alice.user_id,
    )  # fmt: skip
    assert left[0].n == 0


def test_a_recovery_key_the_organisation_did_not_sign_is_refused(
    database_url: str, tmp_path: Path
) -> None:
    """The server swaps in a recovery key of its own: the client wraps nothing to it."""
    _key, _shares, info = make_recovery_org(database_url, tmp_path, "key")
    forged = generate()
    signature = certify(forged, info.org_id, ed25519.Ed25519PrivateKey.generate())
    query(
        database_url,
        "UPDATE recovery_keys SET public_key = :k, fingerprint = :f, signature = :s",
        k=b64e(forged.public_key), f=forged.fingerprint, s=signature,
    )  # fmt: skip
    process = start_server(database_url, tmp_path / "server.log")
    make, made = make_people(Org(database_url, tmp_path / "org.pem", info, process), tmp_path)
    try:
        alice = make("alice")
        new_case(alice, "Nguyen")
        report = alice.client.sync_once()
        assert any("did not sign" in p for p in report.problems), report.problems
        assert report.pushed > 0  # sync itself goes on
        assert query(database_url, "SELECT * FROM recovery_wraps") == []
        assert sync_state.get_value(alice.vault, _client_recovery.KEY_VALUE) is None
    finally:
        for person in made:
            person.vault.close()
        process.stop()


def test_an_org_grant_with_a_bad_signature_is_not_used(
    recovery_org: RecoveryOrg, people: Any
) -> None:
    org = recovery_org.org
    alice, carol = people("alice"), people("carol")
    case = new_case(alice, "Nguyen")
    alice.client.sync_once()
    recover_cases(
        org.database_url, alice.user_id, carol.user_id, org.key_path, ORG_PASSPHRASE,
        **recovery_org.recovery_args(),
    )  # fmt: skip
    # Someone with the database (not the organisation key) re-signs the grant.
    row = query(org.database_url, "SELECT * FROM grants WHERE user_id = :u", u=carol.user_id)[0]
    grant = Grant(**{k: v for k, v in row._mapping.items() if k in Grant.model_fields})
    forged = b64e(ed25519.Ed25519PrivateKey.generate().sign(grant_bytes(grant)))
    query(
        org.database_url, "UPDATE grants SET signature = :s WHERE user_id = :u",
        s=forged, u=carol.user_id,
    )  # fmt: skip
    report = carol.client.sync_once()
    assert any("not signed by the organisation key" in p for p in report.problems)
    assert report.grants_received == 0 and not carol.vault.has_case(case)


def test_a_server_that_drops_recovery_neither_stops_sync_nor_switches_wrapping_off(
    database_url: str, tmp_path: Path
) -> None:
    """The client remembers the verified key: when the server no longer offers it (and
    refuses wraps), the client still tries, says so, and its changes still go through."""
    _key, _shares, info = make_recovery_org(database_url, tmp_path, "key")
    process = start_server(database_url, tmp_path / "server.log")
    org = Org(database_url, tmp_path / "org.pem", info, process)
    make, made = make_people(org, tmp_path)
    try:
        alice = make("alice")
        first = new_case(alice, "Nguyen")
        assert alice.client.sync_once().problems == []
        assert len(query(database_url, "SELECT * FROM recovery_wraps")) == 1
        process.stop()
        query(database_url, "DELETE FROM recovery_keys")
        org.server = process = start_server(database_url, tmp_path / "server2.log")
        settings = alice.client._require_settings()
        settings.server_url = process.base_url
        alice.client._save(settings)
        second = new_case(alice, "Tran")
        report = alice.client.sync_once()
        assert report.pushed > 0
        assert any("could not be given to the organisation's recovery key" in p
                   for p in report.problems), report.problems  # fmt: skip
        assert sync_state.granted_keys(alice.vault) >= {
            (c, k) for c in (first, second) for k in alice.vault.case_key_ids(c)
        }
    finally:
        for person in made:
            person.vault.close()
        process.stop()

"""The recovery key's files and shares, create-org's options, recover-cases' one-line errors,
and the server's checks on recovery wraps (real files, real databases, real server)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.identity import suite
from sync.protocol import OrgInfo, RecoveryWrap, b64e, hpke_suite
from sync.protocol import recovery_wrap_bytes as wrap_bytes
from sync.server import cli, recovery
from sync.server.db import engine_url
from sync.server.errors import AdminError
from sync.server.recovery import RecoveryChoice
from tests.sync.conftest import ORG_PASSPHRASE, Org, approve, enrol, start_server
from tests.sync.test_recovery_drill import RECOVERY_PASSPHRASE, make_recovery_org


# -- files and shares -----------------------------------------------------------------------
def test_the_key_file_opens_only_with_its_passphrase(tmp_path: Path) -> None:
    pair = recovery.generate()
    path = tmp_path / "recovery.json"
    recovery.write_material(RecoveryChoice("key", path, RECOVERY_PASSPHRASE), pair, "org-1")
    assert recovery.read_key_file(path, RECOVERY_PASSPHRASE) == pair
    with pytest.raises(AdminError, match="wrong passphrase") as caught:
        recovery.read_key_file(path, RECOVERY_PASSPHRASE + "x")
    assert caught.value.code == "server.admin.recovery_wrong_passphrase"
    text = path.read_text()
    assert pair.secret_bytes().hex() not in text and b64e(pair.secret_bytes()) not in text


def test_any_threshold_of_shares_open_the_key_and_fewer_do_not(tmp_path: Path) -> None:
    pair = recovery.generate()
    choice = RecoveryChoice("shares", threshold=3, shares=5, shares_dir=tmp_path)
    paths = recovery.write_material(choice, pair, "org-1")
    assert len(paths) == 5
    for chosen in ([0, 1, 2], [4, 2, 0], [1, 3, 4], [0, 1, 2, 3, 4]):
        assert recovery.combine_shares([paths[i] for i in chosen]) == pair
    with pytest.raises(AdminError, match="needs 3 shares; 2 were given"):
        recovery.combine_shares(paths[:2])
    with pytest.raises(AdminError, match="given twice"):
        recovery.combine_shares([paths[0], paths[0], paths[1]])


def test_mismatched_and_changed_shares_are_named(tmp_path: Path) -> None:
    pair = recovery.generate()
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    mine = recovery.write_material(RecoveryChoice("shares", None, "", 2, 3, first), pair, "org-1")
    other = recovery.write_material(RecoveryChoice("shares", None, "", 2, 3, second), pair, "org-1")
    with pytest.raises(AdminError, match="shares of different recovery keys"):
        recovery.combine_shares([mine[0], other[1]])
    data = json.loads(mine[1].read_text())
    data["share"] = ("00" if data["share"][:2] != "00" else "11") + data["share"][2:]
    mine[1].write_text(json.dumps(data))
    with pytest.raises(AdminError, match="do not combine") as caught:
        recovery.combine_shares(mine[:2])
    assert caught.value.code == "server.admin.recovery_bad_share"
    (tmp_path / "junk.json").write_text("not json")
    with pytest.raises(AdminError, match="is not a recovery share file"):
        recovery.combine_shares([tmp_path / "junk.json", mine[0]])


def test_the_server_suite_is_the_apps_suite() -> None:
    pair = recovery.generate()
    from sync._client_recovery import RecoveryKey

    sealed = suite().encrypt(b"k" * 32, RecoveryKey(pair.public_key, "").hpke_key(), info=b"x")
    assert hpke_suite().decrypt(sealed, pair.hpke_private(), info=b"x") == b"k" * 32


def test_an_organisation_without_recovery_looks_as_before_on_the_wire() -> None:
    info = OrgInfo(org_id="org-1", name="N", public_key="AA==", fingerprint="f")
    assert set(info.model_dump()) == {"org_id", "name", "public_key", "fingerprint"}
    assert "recovery" not in info.model_dump_json()
    with_key = info.model_copy(update={"recovery_key": "AA==", "recovery_signature": "s"})
    assert with_key.model_dump()["recovery_key"] == "AA=="


# -- create-org -----------------------------------------------------------------------------
def _tables(url: str) -> dict[str, int]:
    engine = sa.create_engine(engine_url(url))
    try:
        with engine.connect() as conn:
            present = set(sa.inspect(conn).get_table_names())
            return {
                t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                if t in present
                else 0
                for t in ("orgs", "recovery_keys")
            }
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--recovery", "shares", "--threshold", "4", "--shares", "3"], "need 2 ≤ threshold"),
        (["--recovery", "shares", "--threshold", "2", "--shares", "3"], "needs --shares-dir"),
        (["--recovery", "key"], "needs --recovery-key FILE"),
        (["--recovery", "key", "--recovery-key", "EXISTS"], "already exists"),
    ],
)
def test_create_org_refuses_bad_recovery_options_and_writes_nothing(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, ORG_PASSPHRASE)
    monkeypatch.setenv(cli.RECOVERY_PASSPHRASE_ENV, RECOVERY_PASSPHRASE)
    (tmp_path / "EXISTS").write_text("keep me")
    args = [str(tmp_path / a) if a == "EXISTS" else a for a in args]
    code = cli.main(
        ["admin", "create-org", "NGO", "--database", database_url,
         "--org-key", str(tmp_path / "org.pem"), *args]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and message in err and err.count("\n") == 1, err
    assert not (tmp_path / "org.pem").exists() and (tmp_path / "EXISTS").read_text() == "keep me"
    assert _tables(database_url) == {"orgs": 0, "recovery_keys": 0}


def test_create_org_with_shares_prints_the_trade_off(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, ORG_PASSPHRASE)
    code = cli.main(
        ["admin", "create-org", "NGO", "--database", database_url, "--org-key",
         str(tmp_path / "org.pem"), "--recovery", "shares", "--threshold", "2", "--shares", "3",
         "--shares-dir", str(tmp_path)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "any 2 of them together can read every case" in out
    assert len(list(tmp_path.glob("recovery-share-*-of-3.json"))) == 3
    assert _tables(database_url) == {"orgs": 1, "recovery_keys": 1}


# -- recover-cases: one clear line for every bad input ---------------------------------------
@pytest.fixture
def org_with_key(database_url: str, tmp_path: Path) -> tuple[str, Path, Path]:
    key_path, _shares, _ = make_recovery_org(database_url, tmp_path, "key")
    return database_url, tmp_path / "org.pem", key_path


def _recover(url: str, org_key: Path, *extra: str) -> list[str]:
    return ["admin", "recover-cases", "--database", url, "--org-key", str(org_key), *extra]


def test_recover_cases_errors_are_one_line(
    org_with_key: tuple[str, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, org_key, key_path = org_with_key
    monkeypatch.setenv(cli.PASSPHRASE_ENV, ORG_PASSPHRASE)
    monkeypatch.setenv(cli.RECOVERY_PASSPHRASE_ENV, "not the recovery passphrase")
    shares_dir = tmp_path / "other"
    shares_dir.mkdir()
    recovery.write_material(
        RecoveryChoice("shares", None, "", 2, 3, shares_dir), recovery.generate(), "org-x"
    )
    other_shares = sorted(str(p) for p in shares_dir.iterdir())
    cases = [
        (["--from", "a", "--to", "b", "--recovery-key", str(key_path)], "wrong passphrase"),
        (["--from", "a", "--to", "b", "--share", other_shares[0]], "needs 2 shares; 1 were"),
        (["--from", "a", "--to", "b", "--share", other_shares[0], "--share", other_shares[1]],
         "is not Test NGO's"),
        (["--from", "a", "--to", "a", "--share", other_shares[0]], "the same user"),
    ]  # fmt: skip
    for args, message in cases:
        assert cli.main(_recover(url, org_key, *args)) == 1
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err, err
    monkeypatch.setenv(cli.RECOVERY_PASSPHRASE_ENV, RECOVERY_PASSPHRASE)
    assert cli.main(_recover(url, org_key, "--from", "nobody", "--to", "b",
                             "--recovery-key", str(key_path))) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "No user 'nobody' is enrolled." in err and err.count("\n") == 1


def test_recover_cases_without_recovery_configured(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sync.server import admin

    admin.create_org(database_url, "Plain NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, ORG_PASSPHRASE)
    monkeypatch.setenv(cli.RECOVERY_PASSPHRASE_ENV, RECOVERY_PASSPHRASE)
    (tmp_path / "k.json").write_text("{}")
    code = cli.main(
        _recover(database_url, tmp_path / "org.pem", "--from", "a", "--to", "b",
                 "--recovery-key", str(tmp_path / "k.json"))
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "has no organisation recovery key" in err and err.count("\n") == 1


# -- the server's checks on wraps ------------------------------------------------------------
def test_the_server_takes_wraps_only_from_holders_of_the_key(
    database_url: str, tmp_path: Path
) -> None:
    _key, _shares, info = make_recovery_org(database_url, tmp_path, "key")
    process = start_server(database_url, tmp_path / "server.log")
    org = Org(database_url, tmp_path / "org.pem", info, process)
    holder, other = enrol(org), enrol(org)
    try:
        approve(org, holder), approve(org, other)
        case_id = holder.create_case()
        fingerprint = recovery.read_key_file(_key, RECOVERY_PASSPHRASE).fingerprint

        def wrap(device: Any, **changes: Any) -> RecoveryWrap:
            fields = {
                "case_id": case_id, "key_id": "k1", "enc": b64e(b"e" * 1120),
                "wrapped": b64e(b"w" * 48), "recovery_fingerprint": fingerprint,
                "wrapped_by": device.device_id, "signature": "",
            } | changes  # fmt: skip
            unsigned = RecoveryWrap(**fields)
            signature = b64e(device.signing.sign(wrap_bytes(unsigned)))
            return unsigned.model_copy(update={"signature": signature})

        def send(device: Any, *wraps: RecoveryWrap) -> list[tuple[str, str]]:
            body = {"wraps": [w.model_dump() for w in wraps]}
            response = device.client.post("/v1/recovery-wraps", json=body)
            assert response.status_code == 200, response.text
            return [(r["status"], r["reason"]) for r in response.json()["results"]]

        bad_signature = wrap(holder).model_copy(update={"signature": wrap(other).signature})
        assert send(holder, wrap(holder, recovery_fingerprint="0" * 64), bad_signature,
                    wrap(holder, key_id="k9"), wrap(holder, wrapped_by=other.device_id)) == [
            ("refused", "not wrapped to the organisation's recovery key"),
            ("refused", "the signature does not verify"),
            ("refused", "you hold no grant of this case key"),
            ("refused", "a wrap must be signed by the device sending it"),
        ]  # fmt: skip
        assert send(other, wrap(other)) == [("refused", "you hold no grant of this case key")]
        assert send(holder, wrap(holder)) == [("stored", "")]
        assert send(holder, wrap(holder)) == [("duplicate", "")]
        # Devices never get the wraps back: no route reads them.
        assert holder.client.get("/v1/recovery-wraps").status_code == 405
    finally:
        holder.client.close(), other.client.close()
        process.stop()


def test_the_server_refuses_wraps_when_there_is_no_recovery(make_device: Any) -> None:
    device = make_device()
    case_id = device.create_case()
    wrap = RecoveryWrap(
        case_id=case_id, key_id="k1", enc=b64e(b"e" * 1120), wrapped=b64e(b"w" * 48),
        recovery_fingerprint="0" * 64, wrapped_by=device.device_id, signature="",
    )  # fmt: skip
    signed = wrap.model_copy(update={"signature": b64e(device.signing.sign(wrap_bytes(wrap)))})
    response = device.client.post("/v1/recovery-wraps", json={"wraps": [signed.model_dump()]})
    assert response.status_code == 409 and "no recovery key" in response.json()["message"]

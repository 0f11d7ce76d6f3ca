"""The sync commands (sync/cli.py) against the real server: one line per error, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.vaults import create_vault, open_vault
from sync.cli import EXIT_OFFLINE, main
from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org, free_port

PASSPHRASE = "correct horse battery staple"


def test_enroll_sync_share_and_status(
    server: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MADOGUCHI_PASSPHRASE", PASSPHRASE)
    folders = {}
    for name in ("alice", "bob"):
        vault, _ = create_vault(tmp_path / name, PASSPHRASE, kdf_params=fast_params_for_tests())
        device = vault.device.device_id
        vault.close()
        folders[name] = tmp_path / name
        code = server.invite("counselor", user=f"{name}-cli")
        args = ["enroll", "--vault", str(folders[name]), "--server", server.base_url,
                "--code", code, "--name", f"{name} laptop", "--user", f"{name}-cli"]  # fmt: skip
        assert main(args) == 0
        assert "Waiting for approval" in capsys.readouterr().out
        admin.approve(server.database_url, device, server.key_path, ORG_PASSPHRASE)

    vault = open_vault(folders["alice"])
    vault.unlock(PASSPHRASE)
    CaseService(vault).create_case({"full_name": "Tran"})  # authored as alice-cli now
    vault.close()
    assert main(["sync", "--vault", str(folders["alice"]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pushed"] > 0 and report["problems"] == []
    vault = open_vault(folders["alice"])
    vault.unlock(PASSPHRASE)
    ref = CaseService(vault).list_cases()[0].ref
    vault.close()
    assert main(["share", "--vault", str(folders["alice"]), "--case", ref, "--to", "bob-cli"]) == 0
    assert "Shared case" in capsys.readouterr().out
    assert main(["sync", "--vault", str(folders["bob"])]) == 0
    assert "received" in capsys.readouterr().out
    assert main(["sync-status", "--vault", str(folders["bob"]), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["state"] == "synced" and status["quarantine"] == []
    assert main(["sync-verify", "--vault", str(folders["bob"])]) == 0
    assert (
        main(["unshare", "--vault", str(folders["alice"]), "--case", ref, "--from", "bob-cli"]) == 0
    )
    assert "cannot be unseen" in capsys.readouterr().out


def test_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MADOGUCHI_PASSPHRASE", PASSPHRASE)
    vault, _ = create_vault(tmp_path / "v", PASSPHRASE, kdf_params=fast_params_for_tests())
    vault.close()
    assert main(["sync", "--vault", str(tmp_path / "v")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not enrolled" in err
    url = f"http://127.0.0.1:{free_port()}"
    code = "ABCDE-FGHIJ-0123456789abcdef"
    assert main(["enroll", "--vault", str(tmp_path / "v"), "--server", url, "--code", code]) == (
        EXIT_OFFLINE
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be reached" in err
    monkeypatch.setenv("MADOGUCHI_PASSPHRASE", "wrong passphrase here")
    assert main(["sync-status", "--vault", str(tmp_path / "v")]) == 3

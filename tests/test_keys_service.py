"""One way to export this vault's key file: the CLI and the UI's service write the same file."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.identity import card_from_bytes
from desktop.keys_service import KeysService
from desktop.vaults import create_vault, fast_params_for_tests, open_vault
from tests.conftest import PASSPHRASE
from tests.test_cli import run


def _exports(folder: Path) -> list[str]:
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)
        return [e.details["fingerprint"] for e in vault.audit_entries()
                if e.action == "public_key_exported"]  # fmt: skip
    finally:
        vault.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_and_service_export_the_same_file_the_same_way(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = create_vault(folder, PASSPHRASE, kdf_params=fast_params_for_tests())
    try:
        by_service = tmp_path / "service.mdgkey"
        identity = KeysService(vault).export_key_file(by_service)
    finally:
        vault.close()
    assert _mode(by_service) == 0o600
    assert _exports(folder) == [identity.card.fingerprint]

    by_cli = tmp_path / "cli.mdgkey"
    result = run("keys", "export", "--vault", str(folder), "--out", str(by_cli))
    assert result.returncode == 0, result.stderr
    assert _mode(by_cli) == 0o600
    assert by_cli.read_bytes() == by_service.read_bytes()
    assert card_from_bytes(by_cli.read_bytes()).fingerprint == identity.card.fingerprint
    assert _exports(folder) == [identity.card.fingerprint] * 2  # one entry per export

"""'Remember on this device' against a real Secret Service (gnome-keyring on a private bus).

Each test runs the real CLI in fresh processes, as a person would: remember once with
the passphrase, then ``--keyring`` opens the vault with none.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import secretstorage
from jeepney.io.blocking import open_dbus_connection

from desktop.devicekey.store import SERVICE
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.support.secret_service import SecretServiceSession

ROOT = Path(__file__).resolve().parents[1]
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"


def cli(
    session: SecretServiceSession, *args: str, passphrase: bool = False, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """The real CLI in a fresh process, with no terminal (so it cannot prompt)."""
    env = {**session.env, "PYTHONPATH": str(ROOT), **extra_env}
    env.pop("MADOGUCHI_PASSPHRASE", None)
    if passphrase:
        env["MADOGUCHI_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@contextlib.contextmanager
def login_collection(session: SecretServiceSession) -> Iterator[secretstorage.Collection]:
    with contextlib.closing(open_dbus_connection(session.bus_address)) as bus:
        yield secretstorage.get_default_collection(bus)


def stored_items(session: SecretServiceSession, vault_id: str) -> int:
    with login_collection(session) as collection:
        return len(list(collection.search_items({"service": SERVICE, "username": vault_id})))


def plaintext_files(session: SecretServiceSession) -> list[Path]:
    """Files keyrings.alt (or anything else) would have written a secret to."""
    return [p for p in session.home.rglob("*") if p.is_file() and "keyring" in p.name.lower()
            and "keyrings" not in p.parts]  # fmt: skip


def audit_actions(folder: Path) -> list[str]:
    with open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)
        return [entry.action for entry in vault.audit.entries()]


@pytest.fixture
def folder(vault: Vault) -> Path:
    """The test vault's folder, closed so the CLI processes can take it."""
    vault_id = vault.device.vault_id
    assert vault_id
    vault.close()
    return vault.folder


def vault_id_of(folder: Path) -> str:
    with open_vault(folder) as vault:
        return vault.device.vault_id


def test_remembered_key_opens_the_vault_in_a_fresh_process_without_passphrase(
    folder: Path, secret_service: SecretServiceSession
) -> None:
    done = cli(secret_service, "device-key", "remember", "--vault", str(folder), passphrase=True)
    assert done.returncode == 0, done.stderr
    assert stored_items(secret_service, vault_id_of(folder)) == 1  # in the Secret Service

    opened = cli(secret_service, "check", "--vault", str(folder), "--keyring")
    assert opened.returncode == 0, opened.stderr
    assert "Vault OK" in opened.stdout
    assert opened.stderr == ""

    status = cli(secret_service, "device-key", "status", "--vault", str(folder))
    assert "This device remembers the vault" in status.stdout
    assert "Keyring: Secret Service" in status.stdout
    actions = audit_actions(folder)
    assert actions[actions.index("device_remembered") + 1] == "unlock_device"


def test_forget_removes_the_key_and_the_slot_and_keyring_no_longer_opens(
    folder: Path, secret_service: SecretServiceSession
) -> None:
    assert cli(secret_service, "device-key", "remember", "--vault", str(folder),
               passphrase=True).returncode == 0  # fmt: skip
    forgot = cli(secret_service, "device-key", "forget", "--vault", str(folder))
    assert forgot.returncode == 0, forgot.stderr  # the remembered key was enough to forget
    assert "no longer remembers" in forgot.stdout
    assert stored_items(secret_service, vault_id_of(folder)) == 0
    with open_vault(folder) as vault:
        assert not vault.remembered_on_device
    assert "device_forgotten" in audit_actions(folder)

    refused = cli(secret_service, "check", "--vault", str(folder), "--keyring")
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert lines[0] == (
        "madoguchi: This device does not remember the vault (it was never remembered here, "
        "or it was forgotten); enter the passphrase."
    )
    assert "MADOGUCHI_PASSPHRASE" in lines[1]  # then it asked for the passphrase
    assert "Traceback" not in refused.stderr

    with_passphrase = cli(secret_service, "check", "--vault", str(folder), "--keyring",
                          passphrase=True)  # fmt: skip
    assert with_passphrase.returncode == 0, with_passphrase.stderr
    assert "does not remember the vault" in with_passphrase.stderr


def test_key_gone_from_the_keyring_is_said_in_one_line_and_the_slot_dropped(
    folder: Path, secret_service: SecretServiceSession
) -> None:
    assert cli(secret_service, "device-key", "remember", "--vault", str(folder),
               passphrase=True).returncode == 0  # fmt: skip
    vault_id = vault_id_of(folder)
    with login_collection(secret_service) as collection:  # e.g. removed in Seahorse
        for item in collection.search_items({"service": SERVICE, "username": vault_id}):
            item.delete()

    opened = cli(secret_service, "check", "--vault", str(folder), "--keyring", passphrase=True)
    assert opened.returncode == 0, opened.stderr
    assert opened.stderr.splitlines()[0] == (
        "madoguchi: The system keyring no longer holds this vault's key; enter the passphrase."
    )
    with open_vault(folder) as vault:
        assert not vault.remembered_on_device  # the useless slot went, audited
    assert "device_forgotten" in audit_actions(folder)


def test_with_keyrings_alt_installed_the_secret_service_is_chosen(
    folder: Path, secret_service: SecretServiceSession
) -> None:
    probe = (
        "import keyring.backend; from desktop.devicekey import DeviceKeyStore; "
        "print(sorted(type(b).__module__ + '.' + type(b).__name__ "
        "for b in keyring.backend.get_all_keyring())); print(DeviceKeyStore().backend_name)"
    )
    env = {**secret_service.env, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert PLAINTEXT in out[0] and SECRET_SERVICE in out[0]  # both installed and viable
    assert out[1] == SECRET_SERVICE

    # Named explicitly, the Secret Service works too.
    done = cli(secret_service, "device-key", "remember", "--vault", str(folder), passphrase=True,
               PYTHON_KEYRING_BACKEND=SECRET_SERVICE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    opened = cli(secret_service, "check", "--vault", str(folder), "--keyring",
                 PYTHON_KEYRING_BACKEND=SECRET_SERVICE)  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert plaintext_files(secret_service) == []


def test_an_explicitly_chosen_plaintext_keyring_is_refused_not_used(
    folder: Path, secret_service: SecretServiceSession
) -> None:
    refused = cli(secret_service, "device-key", "remember", "--vault", str(folder),
                  passphrase=True, PYTHON_KEYRING_BACKEND=PLAINTEXT)  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "madoguchi: Cannot remember the vault on this device: the keyring here does not "
        "protect secrets well enough; the passphrase will be asked every time."
    )
    assert plaintext_files(secret_service) == []
    assert stored_items(secret_service, vault_id_of(folder)) == 0
    with open_vault(folder) as vault:
        assert not vault.remembered_on_device
    assert os.environ.get("PYTHON_KEYRING_BACKEND") is None

"""'Remember on this device': only on allow-listed secure keyrings, never in a file."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from desktop.devicekey import SECURE_BACKENDS, DeviceKeyStore
from desktop.devicekey.store import INSECURE_KEYRING, NO_KEYRING
from desktop.errors import KeyringUnavailableError
from desktop.store.vault import Vault
from desktop.vaults import open_vault


class MemoryKeyring(KeyringBackend):
    """A stand-in for an OS keyring: secrets live only in this process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class LowPriorityMemoryKeyring(MemoryKeyring):
    priority = 0.1  # type: ignore[assignment]


TEST_BACKEND = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"
LOW_PRIORITY_BACKEND = f"{__name__}.{LowPriorityMemoryKeyring.__qualname__}"


def files_under(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_secure_backend_remembers_and_unlocks(vault: Vault) -> None:
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend, allowed=SECURE_BACKENDS | {TEST_BACKEND})
    assert store.available
    vault.remember_on_device(store)
    assert vault.remembered_on_device
    folder = vault.folder
    vault.close()
    again = open_vault(folder)
    try:
        again.unlock_with_device_key(store)
        assert again.is_unlocked
        again.forget_on_device(store)
        assert backend.secrets == {}
    finally:
        again.close()
    again = open_vault(folder)
    try:
        with pytest.raises(KeyringUnavailableError):
            again.unlock_with_device_key(store)
    finally:
        again.close()


def test_unlisted_backend_is_refused_even_if_it_works(vault: Vault) -> None:
    store = DeviceKeyStore(MemoryKeyring())  # not on the allow-list
    assert not store.available
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_device(store)
    assert not vault.remembered_on_device


def test_fail_backend_means_passphrase_every_time(vault: Vault) -> None:
    store = DeviceKeyStore(fail.Keyring())
    assert store.refusal_code() == NO_KEYRING
    assert store.refusal() == "no system keyring is available on this computer"
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_device(store)
    assert store.load(vault.device.vault_id) is None


def test_plaintext_backend_is_refused_and_writes_no_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring_home = tmp_path / "keyring-home"
    keyring_home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(keyring_home))
    backend = PlaintextKeyring()
    store = DeviceKeyStore(backend)
    before = files_under(tmp_path)
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_device(store)
    assert not vault.remembered_on_device
    new_files = set(files_under(keyring_home)) - set(before)
    assert new_files == set(), f"a secret file was written: {new_files}"


def test_a_chain_uses_its_secure_member_and_never_the_plaintext_one(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # keyring's default is a chain of every installed backend; with keyrings.alt installed
    # it holds a plaintext file backend too.  Only the allow-listed member may be used.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "keyring-home"))
    secure = LowPriorityMemoryKeyring()  # ranked below the plaintext file in the chain
    # The chain lists what keyring found installed (a subclass would register itself).
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [secure, PlaintextKeyring()])
    chain = ChainerBackend()
    assert isinstance(chain.backends[0], PlaintextKeyring)
    store = DeviceKeyStore(chain, allowed=SECURE_BACKENDS | {LOW_PRIORITY_BACKEND})
    assert store.available and store.backend_name == LOW_PRIORITY_BACKEND
    vault.remember_on_device(store)
    assert len(secure.secrets) == 1
    assert not (tmp_path / "keyring-home").exists()  # nothing reached the plaintext file


def test_a_chain_of_only_insecure_backends_is_refused_in_words(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        keyring.backend, "get_all_keyring", lambda: [PlaintextKeyring(), MemoryKeyring()]
    )
    store = DeviceKeyStore(ChainerBackend())
    assert store.refusal_code() == INSECURE_KEYRING
    with pytest.raises(KeyringUnavailableError) as caught:
        vault.remember_on_device(store)
    # People read this: no Python class names (keyring.backends.fail.Keyring and the like).
    for text in (str(caught.value), store.refusal() or ""):
        assert "keyring." not in text and "keyrings." not in text and "Keyring" not in text

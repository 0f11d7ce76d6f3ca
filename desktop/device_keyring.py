"""Remembering the vault on this device: a device unlock key kept in the OS keyring.

Only allow-listed secure keyrings are used (DESIGN.md §2); on any other the refusal
reason says why, and the counselor types the passphrase every time.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.devicekey.store import DeviceKeyStore
from desktop.store.vault import Vault

__all__ = ["DeviceKeyring"]


class DeviceKeyring:
    def __init__(
        self, vault: Vault, keyring: Callable[[], DeviceKeyStore] = DeviceKeyStore
    ) -> None:
        self._vault = vault
        self._keyring = keyring  # a factory: the keyring backend is probed when it is used

    def refusal(self) -> str | None:
        """Why this device's keyring may not hold the key, or None when it may."""
        return self._keyring().refusal()

    def is_remembered(self) -> bool:
        return self._vault.remembered_on_device

    def remember(self) -> None:
        self._vault.remember_on_device(self._keyring())

    def forget(self) -> None:
        self._vault.forget_on_device(self._keyring())

"""Remembering the vault on this device: a device unlock key kept in the OS keyring.

Only allow-listed secure keyrings are used (DESIGN.md §2); on any other the refusal
reason says why, and the counselor types the passphrase every time.

The window's unlock page and the CLI's ``--keyring`` go through the same functions
here, on a vault that is still locked: :func:`unlock_with_device_key` says in one
sentence (with a code the UI translates) why the remembered key cannot be used, and
the caller then asks for the passphrase; :func:`drop_stale_device_slot` removes a
device slot whose key the keyring no longer holds once the passphrase has opened the
vault; :func:`forget_on_this_device` forgets from the unlock page.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable
from dataclasses import dataclass

from desktop.devicekey.store import DeviceKeyStore
from desktop.errors import KeyringUnavailableError, WrongPassphraseError
from desktop.store.vault import LoadReport, Vault

__all__ = [
    "DeviceKeyState",
    "DeviceKeyring",
    "Forgotten",
    "device_key_state",
    "drop_stale_device_slot",
    "forget_on_this_device",
    "unlock_with_device_key",
]

StoreFactory = Callable[[], DeviceKeyStore]

# Why a remembered key cannot unlock (KeyringUnavailableError.code), besides the
# keyring's own refusals (``keyring.unavailable.*``, see desktop.devicekey.store).
NOT_REMEMBERED = "keyring.not_remembered"
KEY_GONE = "keyring.key_gone"
KEY_MISMATCH = "keyring.key_mismatch"


class DeviceKeyring:
    """Remember / forget for an unlocked vault (the settings dialog's checkbox)."""

    def __init__(self, vault: Vault, keyring: StoreFactory = DeviceKeyStore) -> None:
        self._vault = vault
        self._keyring = keyring  # a factory: the keyring backend is probed when it is used

    def refusal(self) -> str | None:
        """Why this device's keyring may not hold the key, or None when it may."""
        return self._keyring().refusal()

    def refusal_code(self) -> str | None:
        """The refusal as a code the UI translates (``keyring.unavailable.*``)."""
        return self._keyring().refusal_code()

    def is_remembered(self) -> bool:
        return self._vault.remembered_on_device

    def remember(self) -> None:
        self._vault.remember_on_device(self._keyring())

    def forget(self) -> None:
        """Remove the vault's device slot (audited) and the keyring's entry."""
        self._vault.forget_on_device(self._keyring())


@dataclass(frozen=True)
class DeviceKeyState:
    """What the unlock page offers: the device-key button when ``usable``."""

    remembered: bool  # the vault has a device slot
    refusal_code: str | None  # why this device's keyring cannot be used, or None

    @property
    def usable(self) -> bool:
        return self.remembered and self.refusal_code is None


def device_key_state(vault: Vault, keyring: StoreFactory = DeviceKeyStore) -> DeviceKeyState:
    """Whether a locked vault may be opened with this device's key (no keyring read)."""
    if not vault.remembered_on_device:
        return DeviceKeyState(remembered=False, refusal_code=None)
    return DeviceKeyState(remembered=True, refusal_code=keyring().refusal_code())


def unlock_with_device_key(vault: Vault, keyring: StoreFactory = DeviceKeyStore) -> LoadReport:
    """Unlock with the key this device remembered.

    Raises KeyringUnavailableError, one sentence ending "enter the passphrase", when
    it cannot: the vault forgot this device (``keyring.not_remembered``), the keyring
    lost the key (``keyring.key_gone``), the key does not open the vault
    (``keyring.key_mismatch``; counted like a wrong passphrase), or the keyring is not
    usable or does not answer (``keyring.unavailable.*``).
    """
    if not vault.remembered_on_device:
        raise KeyringUnavailableError(
            "This device does not remember the vault (it was never remembered here, or "
            "it was forgotten); enter the passphrase.",
            code=NOT_REMEMBERED,
        )
    store = keyring()
    if store.fetch(vault.device.vault_id) is None:  # raises when it cannot ask
        raise KeyringUnavailableError(
            "The system keyring no longer holds this vault's key; enter the passphrase.",
            code=KEY_GONE,
        )
    try:
        return vault.unlock_with_device_key(store)
    except WrongPassphraseError:
        raise KeyringUnavailableError(
            "The key this device remembered does not open this vault; enter the passphrase.",
            code=KEY_MISMATCH,
        ) from None


def drop_stale_device_slot(vault: Vault, keyring: StoreFactory = DeviceKeyStore) -> bool:
    """After a passphrase unlock: remove the device slot if the keyring lost its key.

    Only when a secure keyring answers that it holds no key for the vault; a locked or
    absent keyring leaves the slot alone (the key may still be there).  Audited as
    ``device_forgotten``.  Returns whether a slot was removed.
    """
    if not vault.is_unlocked or not vault.remembered_on_device:
        return False
    store = keyring()
    try:
        if not store.available or store.fetch(vault.device.vault_id) is not None:
            return False
    except KeyringUnavailableError:
        return False
    # The keyring said it holds no key, so deleting it cannot matter; the slot is gone.
    with contextlib.suppress(KeyringUnavailableError):
        vault.forget_on_device(store)
    return True


class Forgotten(enum.Enum):
    """What :func:`forget_on_this_device` could do."""

    DONE = "done"  # the keyring's entry and the vault's slot are gone
    SLOT_AT_NEXT_UNLOCK = "slot_at_next_unlock"  # the entry is gone; the slot goes later


def forget_on_this_device(vault: Vault, keyring: StoreFactory = DeviceKeyStore) -> Forgotten:
    """Forget the remembered key, from the unlock page (locked) or anywhere (unlocked).

    Removing the vault's slot needs a signed audit entry, so a locked vault is opened
    with the remembered key for the moment it takes and locked again.  When that key no
    longer opens it, the keyring's entry is removed now and the useless slot at the next
    passphrase unlock (:func:`drop_stale_device_slot`).
    """
    store = keyring()
    if vault.is_unlocked:
        vault.forget_on_device(store)
        return Forgotten.DONE
    if not vault.remembered_on_device:
        store.forget(vault.device.vault_id)
        return Forgotten.DONE
    try:
        unlock_with_device_key(vault, keyring=lambda: store)
    except KeyringUnavailableError as exc:
        if exc.code.startswith("keyring.unavailable"):
            raise  # the keyring cannot be asked: nothing was forgotten
        store.forget(vault.device.vault_id)
        return Forgotten.SLOT_AT_NEXT_UNLOCK
    try:
        vault.forget_on_device(store)
    finally:
        vault.lock()
    return Forgotten.DONE

"""What the window says about "Remember on this device", by the core's codes.

The core explains a refused or unusable device key with a code (desktop.devicekey.store,
desktop.device_keyring); these are the translated sentences for them, so no English
reason (and never a Python class name) reaches a Japanese screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def device_key_message(code: str | None) -> str:
    """The sentence for a ``keyring.*`` code; a general one for a code not known here."""
    if code == "keyring.unavailable.none":
        return QCoreApplication.translate(
            "DeviceKey",
            "This device has no system keyring, so the passphrase is asked every time.",
        )
    if code == "keyring.unavailable.insecure":
        return QCoreApplication.translate(
            "DeviceKey",
            "The keyring on this device does not protect secrets well enough (it would "
            "keep them in a plain file), so the passphrase is asked every time.",
        )
    if code == "keyring.unavailable.failed":
        return QCoreApplication.translate(
            "DeviceKey",
            "The system keyring did not answer (it may be locked). Enter the passphrase.",
        )
    if code == "keyring.not_remembered":
        return QCoreApplication.translate(
            "DeviceKey", "This device no longer remembers the vault. Enter the passphrase."
        )
    if code == "keyring.key_gone":
        return QCoreApplication.translate(
            "DeviceKey",
            "The system keyring no longer holds this vault's key. Enter the passphrase.",
        )
    if code == "keyring.key_mismatch":
        return QCoreApplication.translate(
            "DeviceKey",
            "The key this device remembered does not open this vault. Enter the passphrase.",
        )
    return QCoreApplication.translate(
        "DeviceKey", "This device's key cannot be used now. Enter the passphrase."
    )

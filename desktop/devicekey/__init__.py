"""Remembering a vault's unlock key in the OS keyring, on secure backends only.

A device key is stored only on an allow-listed backend that keeps secrets
encrypted by the operating system (macOS Keychain, Windows Credential Locker,
Secret Service, KWallet).  With the ``fail`` backend, a plaintext file backend
or anything unknown, nothing is stored and the passphrase is asked every time.
There is deliberately no fallback that writes a secret to a file.
"""

from desktop.devicekey.store import SECURE_BACKENDS, DeviceKeyStore

__all__ = ["SECURE_BACKENDS", "DeviceKeyStore"]

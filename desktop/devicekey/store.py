"""The keyring-backed store of device unlock keys."""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterable

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from desktop.errors import KeyringUnavailableError

SERVICE = "Madoguchi vault"

SECURE_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
    }
)


def _qualified(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class DeviceKeyStore:
    """Stores and fetches per-vault device keys, refusing insecure backends."""

    def __init__(
        self, backend: KeyringBackend | None = None, allowed: Iterable[str] = SECURE_BACKENDS
    ) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._allowed = frozenset(allowed)

    def _effective(self) -> list[KeyringBackend]:
        if isinstance(self._backend, ChainerBackend):
            return list(self._backend.backends)
        return [self._backend]

    def refusal(self) -> str | None:
        """Why this device cannot remember a key, or None if it can."""
        backends = self._effective()
        if not backends:
            return "no system keyring is available on this computer"
        for backend in backends:
            name = _qualified(backend)
            if name not in self._allowed:
                return (
                    f"the system keyring here ({name}) does not protect secrets well enough; "
                    "the passphrase will be asked every time"
                )
        return None

    @property
    def available(self) -> bool:
        return self.refusal() is None

    def _require(self) -> None:
        reason = self.refusal()
        if reason is not None:
            raise KeyringUnavailableError(
                f"Cannot remember the vault on this device: {reason}.", reason=reason
            )

    def save(self, vault_id: str, key: bytes) -> None:
        self._require()
        try:
            self._backend.set_password(SERVICE, vault_id, base64.b64encode(key).decode())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(
                f"The system keyring refused to store the key: {exc}.", reason=str(exc)
            ) from exc

    def load(self, vault_id: str) -> bytes | None:
        if not self.available:
            return None
        try:
            text = self._backend.get_password(SERVICE, vault_id)
        except keyring.errors.KeyringError:
            return None
        if not text:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def forget(self, vault_id: str) -> None:
        if not self.available:
            return
        # Nothing stored means forgetting is already done.
        with contextlib.suppress(keyring.errors.KeyringError):
            self._backend.delete_password(SERVICE, vault_id)

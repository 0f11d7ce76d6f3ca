"""The keyring-backed store of device unlock keys.

Which keyring: the one the ``keyring`` package is configured to use
(``PYTHON_KEYRING_BACKEND`` or ``keyringrc.cfg`` name one explicitly), and when it
chains several (the default), the highest-priority *secure* one in the chain, used on
its own.  The chain itself is never used: it reads from every member in turn and hands
a write on to the next member when one declines, so with ``keyrings.alt`` installed a
key could be read from, or land in, a plaintext file.  An explicitly configured
insecure backend is refused, not replaced: the person asked for it.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass

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

# What people call them (the CLI's status line; the UI translates its own).
BACKEND_LABELS: dict[str, str] = {
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring or KWallet)",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
}

# Refusal codes (KeyringUnavailableError.code); the UI translates them, the CLI prints
# the English reason.  No reason names a backend class: people read these.
NO_KEYRING = "keyring.unavailable.none"
INSECURE_KEYRING = "keyring.unavailable.insecure"
KEYRING_FAILED = "keyring.unavailable.failed"


@dataclass(frozen=True)
class Refusal:
    """Why this device may not hold a key: a stable code and an English clause."""

    code: str
    reason: str

    def error(self) -> KeyringUnavailableError:
        return KeyringUnavailableError(
            f"Cannot remember the vault on this device: {self.reason}.",
            code=self.code,
            reason=self.reason,
        )


def qualified_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _candidates(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends behind ``backend``, best first (a chain lists them by priority)."""
    if isinstance(backend, ChainerBackend):
        return list(backend.backends)
    return [backend]


def _is_real(backend: KeyringBackend) -> bool:
    # keyring's "fail" backend stands for "no keyring at all".
    return not qualified_name(backend).startswith("keyring.backends.fail.")


class DeviceKeyStore:
    """Stores and fetches per-vault device keys on one secure backend, or refuses."""

    def __init__(
        self, backend: KeyringBackend | None = None, allowed: Iterable[str] = SECURE_BACKENDS
    ) -> None:
        configured = backend if backend is not None else keyring.get_keyring()
        self._allowed = frozenset(allowed)
        candidates = _candidates(configured)
        self._backend = next((b for b in candidates if qualified_name(b) in self._allowed), None)
        self._refusal: Refusal | None = None
        if self._backend is None:
            if any(_is_real(b) for b in candidates):
                self._refusal = Refusal(
                    INSECURE_KEYRING,
                    "the keyring here does not protect secrets well enough; "
                    "the passphrase will be asked every time",
                )
            else:
                self._refusal = Refusal(
                    NO_KEYRING, "no system keyring is available on this computer"
                )

    @property
    def backend_name(self) -> str | None:
        """The chosen backend's class (for diagnostics and tests, never for people)."""
        return qualified_name(self._backend) if self._backend is not None else None

    @property
    def backend_label(self) -> str | None:
        """The chosen keyring as people call it ("macOS Keychain"), or None."""
        name = self.backend_name
        return BACKEND_LABELS.get(name, name) if name is not None else None

    def refusal(self) -> str | None:
        """Why this device cannot remember a key (an English clause), or None if it can."""
        return self._refusal.reason if self._refusal is not None else None

    def refusal_code(self) -> str | None:
        """The refusal's code (``keyring.unavailable.*``), or None if it can."""
        return self._refusal.code if self._refusal is not None else None

    @property
    def available(self) -> bool:
        return self._backend is not None

    def _chosen(self) -> KeyringBackend:
        if self._backend is None:
            assert self._refusal is not None
            raise self._refusal.error()
        return self._backend

    def save(self, vault_id: str, key: bytes) -> None:
        backend = self._chosen()
        try:
            backend.set_password(SERVICE, vault_id, base64.b64encode(key).decode())
        except keyring.errors.KeyringError as exc:
            raise _failed(exc, "refused to store the key") from exc

    def fetch(self, vault_id: str) -> bytes | None:
        """The remembered key, or None when the keyring holds none for this vault.

        Raises KeyringUnavailableError when there is no secure keyring or it does not
        answer (locked, its service stopped), so a caller can tell "forgotten" from
        "cannot ask now".
        """
        backend = self._chosen()
        try:
            text = backend.get_password(SERVICE, vault_id)
        except keyring.errors.KeyringError as exc:
            raise _failed(exc, "did not give the key") from exc
        if not text:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None  # not ours (or damaged): as good as no key

    def load(self, vault_id: str) -> bytes | None:
        """Like :meth:`fetch`, with every problem meaning "no key" (the key slots' view)."""
        try:
            return self.fetch(vault_id)
        except KeyringUnavailableError:
            return None

    def forget(self, vault_id: str) -> None:
        """Remove the vault's key from the keyring (nothing stored: already done)."""
        if self._backend is None:
            return
        try:
            self._backend.delete_password(SERVICE, vault_id)
        except keyring.errors.PasswordDeleteError:
            pass  # there was none
        except keyring.errors.KeyringError as exc:
            # A key left behind would still open an old copy of the vault file.
            raise _failed(exc, "did not delete the key") from exc


def _failed(exc: keyring.errors.KeyringError, what: str) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        f"The system keyring {what}; it may be locked. Enter the passphrase instead.",
        code=KEYRING_FAILED,
        what=what,
        problem=type(exc).__name__,
    )

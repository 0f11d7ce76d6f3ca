"""Errors a person can act on.

Every failure that can reach a user is a :class:`MadoguchiError` whose message is
one plain sentence saying what is wrong and, where possible, what to do next.
The CLI prints ``str(error)`` on one line; the UI shows it in a dialog.  Anything
else escaping the core is a bug.
"""

from __future__ import annotations


class MadoguchiError(Exception):
    """Base class: a problem explained in words, never a traceback."""


class Cancelled(MadoguchiError):
    """The person cancelled a long operation (import, bundle, sync); what it says it kept
    is kept and nothing half-written remains.  The UI treats every kind alike."""


class VaultNotFoundError(MadoguchiError):
    """No vault at the given folder."""


class VaultExistsError(MadoguchiError):
    """A vault already exists where a new one was to be created."""


class VaultBusyError(MadoguchiError):
    """Another Madoguchi process has the vault open."""


class WrongPassphraseError(MadoguchiError):
    """The passphrase (or recovery key) does not unlock the vault."""


class VaultLockedError(MadoguchiError):
    """An operation needs an unlocked vault."""


class VaultCorruptError(MadoguchiError):
    """Stored data failed authentication or is structurally damaged."""


class VaultFormatError(MadoguchiError):
    """The vault was written by a newer, unknown version of Madoguchi."""


class WeakPassphraseError(MadoguchiError):
    """The chosen passphrase is too short or too guessable."""


class NotFoundError(MadoguchiError):
    """A case or record that was asked for does not exist."""


class InvalidValueError(MadoguchiError):
    """A field was given a value it cannot hold."""


class ImportRowError(MadoguchiError):
    """A row of an import file is malformed; nothing was imported."""

    def __init__(self, row: int, column: str | None, problem: str) -> None:
        self.row = row
        self.column = column
        self.problem = problem
        where = f"row {row}" + (f", column '{column}'" if column else "")
        super().__init__(f"Import stopped at {where}: {problem}. Nothing was imported.")


class ImportFileError(MadoguchiError):
    """The import file as a whole cannot be read."""


class KeyringUnavailableError(MadoguchiError):
    """The OS keyring is missing or not an allow-listed secure backend."""


class ConsentMissingError(MadoguchiError):
    """An export needs a consent (purpose and recipient) that the case does not hold."""


class DocumentError(MadoguchiError):
    """A document could not be made; the message names the input at fault."""


class ExhibitError(DocumentError):
    """An exhibit file is unreadable, encrypted, broken beyond repair or of an unknown type."""

    def __init__(self, label: str, problem: str) -> None:
        self.label = label
        self.problem = problem
        super().__init__(f"{label}: {problem}")


class ExhibitPasswordError(ExhibitError):
    """A PDF exhibit is password-protected; supply its password to continue."""


class ReadOnlyCaseError(MadoguchiError):
    """The case's share was withdrawn: it can be read here but not changed."""

"""Errors a person can act on.

Every failure that can reach a user is a :class:`MadoguchiError` whose message is
one plain sentence saying what is wrong and, where possible, what to do next.
The CLI prints ``str(error)`` on one line; the UI shows it in a dialog.  Anything
else escaping the core is a bug.

Each error also carries a stable dotted ``code`` and the ``params`` (names, numbers,
paths) its sentence was made from, so the UI can say the same thing in another
language without parsing English.  ``str(error)`` stays the English sentence;
``code`` and ``params`` are for translation.  The tree and the codes: docs/errors.md.
"""

from __future__ import annotations


class MadoguchiError(Exception):
    """Base class: a problem explained in words, never a traceback.

    ``code`` defaults to the class's own and may be made more specific per raise;
    every other keyword argument is a parameter of the message.  The message is
    positional-only so that a parameter may itself be called ``message``.
    """

    code: str = "madoguchi.error"

    def __init__(self, message: str = "", /, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, object] = params


class Cancelled(MadoguchiError):
    """The person cancelled a long operation (import, bundle, sync); what it says it kept
    is kept and nothing half-written remains.  The UI treats every kind alike."""

    code = "cancelled.operation"


class VaultNotFoundError(MadoguchiError):
    """No vault at the given folder."""

    code = "vault.not_found"


class VaultExistsError(MadoguchiError):
    """A vault already exists where a new one was to be created."""

    code = "vault.exists"


class VaultBusyError(MadoguchiError):
    """Another Madoguchi process has the vault open."""

    code = "vault.busy"


class WrongPassphraseError(MadoguchiError):
    """The passphrase (or recovery key) does not unlock the vault."""

    code = "vault.wrong_passphrase"


class VaultLockedError(MadoguchiError):
    """An operation needs an unlocked vault."""

    code = "vault.locked"


class VaultCorruptError(MadoguchiError):
    """Stored data failed authentication or is structurally damaged."""

    code = "vault.corrupt"


class VaultFormatError(MadoguchiError):
    """The vault was written by a newer, unknown version of Madoguchi."""

    code = "vault.format"


class WeakPassphraseError(MadoguchiError):
    """The chosen passphrase is too short or too guessable."""

    code = "passphrase.weak"


class NotFoundError(MadoguchiError):
    """A case or record that was asked for does not exist."""

    code = "record.not_found"


class InvalidValueError(MadoguchiError):
    """A field was given a value it cannot hold."""

    code = "value.invalid"


class ImportRowError(MadoguchiError):
    """A row of an import file is malformed; nothing was imported."""

    code = "import.row"

    def __init__(
        self,
        row: int,
        column: str | None,
        problem: str,
        /,
        *,
        code: str | None = None,
        **params: object,
    ) -> None:
        self.row = row
        self.column = column
        self.problem = problem
        where = f"row {row}" + (f", column '{column}'" if column else "")
        super().__init__(
            f"Import stopped at {where}: {problem}. Nothing was imported.",
            code=code,
            **{"row": row, "column": column, "problem": problem, **params},
        )


class ImportFileError(MadoguchiError):
    """The import file as a whole cannot be read."""

    code = "import.file"


class KeyringUnavailableError(MadoguchiError):
    """The OS keyring is missing or not an allow-listed secure backend."""

    code = "keyring.unavailable"


class ConsentMissingError(MadoguchiError):
    """An export needs a consent (purpose and recipient) that the case does not hold."""

    code = "consent.missing"


class DocumentError(MadoguchiError):
    """A document could not be made; the message names the input at fault."""

    code = "document.failed"


class ExhibitError(DocumentError):
    """An exhibit file is unreadable, encrypted, broken beyond repair or of an unknown type."""

    code = "exhibit.unreadable"

    def __init__(
        self, label: str, problem: str, /, *, code: str | None = None, **params: object
    ) -> None:
        self.label = label
        self.problem = problem
        super().__init__(f"{label}: {problem}", code=code, **{"label": label, **params})


class ExhibitPasswordError(ExhibitError):
    """A PDF exhibit is password-protected; supply its password to continue."""

    code = "exhibit.password"


class ReadOnlyCaseError(MadoguchiError):
    """The case's share was withdrawn: it can be read here but not changed."""

    code = "case.read_only"


class StorageError(MadoguchiError):
    """The disk refused a write (vault, export or evidence file); nothing was committed.

    Made from SQLite and OS error codes by :mod:`desktop.store.storage_errors`; the
    subclasses name the cause a person can fix.
    """

    code = "storage.failed"


class DiskFullError(StorageError):
    """The disk, the account's quota or the file-size limit is full."""

    code = "storage.disk_full"


class ReadOnlyMediumError(StorageError):
    """The vault or the export folder is on a read-only medium."""

    code = "storage.read_only"


class NoWritePermissionError(StorageError):
    """The account may not write the vault file or the export folder."""

    code = "storage.no_permission"

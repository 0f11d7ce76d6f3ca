"""The server's errors: one small tree, each error with a stable code and its parameters.

The server may not import the desktop core, so this tree mirrors
:class:`desktop.errors.MadoguchiError` rather than extending it: ``str(error)`` is the
English sentence, ``code`` (dotted, stable) and ``params`` are for translation.
"""

from __future__ import annotations

from sync.protocol import ErrorCode


class SyncServerError(Exception):
    """Base class: a server-side failure explained in one plain sentence."""

    code: str = "server.error"

    def __init__(self, message: str = "", /, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, object] = params


class ApiError(SyncServerError):
    """An answer other than 2xx: HTTP status, a code a client can act on, one sentence.

    ``error_code`` is the protocol's code sent on the wire; ``code`` is derived from it
    (``server.api.<error_code>``) unless a raise site names a more specific one.
    """

    code = "server.api"

    def __init__(
        self,
        status: int,
        error_code: ErrorCode,
        message: str,
        /,
        *,
        code: str | None = None,
        **params: object,
    ) -> None:
        super().__init__(message, code=code or f"server.api.{error_code.value}", **params)
        self.status = status
        self.error_code = error_code
        self.message = message


class AdminError(SyncServerError):
    """An administrator command failed; the message is one plain sentence."""

    code = "server.admin"


class NoTerminalError(AdminError):
    """A command needs a passphrase, but there is no terminal to type it and no variable."""

    code = "server.admin.no_terminal"


class DatabaseError(SyncServerError):
    """The database named by ``--database`` cannot be used (URL, folder, connection).

    Raise sites name the situation: ``server.database.bad_url``, ``.unknown_scheme``,
    ``.folder_missing``, ``.not_writable``, ``.unreachable``, ``.failed``.
    """

    code = "server.database"


class NewerSchemaError(DatabaseError):
    """The database was migrated by a newer server (an Alembic revision this one lacks)."""

    code = "server.database.newer_schema"


class StartupError(SyncServerError):
    """``serve`` cannot start: the port is taken, or a TLS file is missing or unreadable."""

    code = "server.startup"

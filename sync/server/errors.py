"""The one exception the server's code raises for a client-visible failure."""

from __future__ import annotations

from sync.protocol import ErrorCode


class ApiError(Exception):
    """An answer other than 2xx: HTTP status, a code a client can act on, one sentence."""

    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class AdminError(Exception):
    """An administrator command failed; the message is one plain sentence."""

"""HTTP for the sync client: one place that turns network trouble into one-sentence errors.

Connection refused, timeouts, a connection dropped mid-answer and any 5xx become
:class:`SyncUnavailableError`; an answer that does not fit the protocol's schema becomes
:class:`SyncError`.  Nothing is applied from a response until it has been read and
validated completely, so a failure here never leaves anything half-done.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from desktop import errors
from desktop.errors import MadoguchiError
from sync.protocol import ErrorBody, ErrorCode

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

TIMEOUT_S = 30.0


class SyncError(MadoguchiError):
    """Sync could not be done; the message says why and what to do."""

    code = "sync.failed"


class SyncUnavailableError(SyncError):
    """The server cannot be reached right now (offline, down, timed out); try again later."""

    code = "sync.unavailable"


class IncompatibleServerError(SyncError):
    """The server speaks another version of the sync protocol."""

    code = "sync.incompatible_server"


class NotEnrolledError(SyncError):
    """This vault is not enrolled with a sync server (or the server no longer knows it)."""

    code = "sync.not_enrolled"


class NotApprovedError(SyncError):
    """Enrolled, but an administrator has not approved this device yet."""

    code = "sync.not_approved"


class DeviceRevokedError(SyncError):
    """An administrator revoked this device."""

    code = "sync.device_revoked"


class ForbiddenError(SyncError):
    """The server refused: no grant for the case, or the role may not do this."""

    code = "sync.forbidden"


class KeySubstitutionError(SyncError):
    """A key the server presented is not certified by the pinned organisation key."""

    code = "sync.key_substitution"


class SyncNotFoundError(SyncError):
    """The server has no such thing (yet)."""

    code = "sync.not_found"


class ServerError(SyncError):
    """The server answered with an error this client does not handle specially."""

    code = "sync.server_error"


class SyncCancelledError(SyncError, errors.Cancelled):
    """The user cancelled; what was already applied stays (each step is whole)."""

    code = "cancelled.sync"


Cancelled = Callable[[], bool]
Progress = Callable[[str, int, int], None]  # (stage, done, total or 0 when unknown)


def check_cancelled(cancelled: Cancelled | None) -> None:
    """Raise SyncCancelledError when the user asked to stop (between whole steps)."""
    if cancelled is not None and cancelled():
        raise SyncCancelledError("Sync was cancelled; what was already sent or received is kept.")


class Http:
    """A small JSON client bound to one server (and a device token once enrolled)."""

    def __init__(
        self, base_url: str, token: str | None, transport: httpx.BaseTransport | None
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.base_url = base_url.rstrip("/")
        self._client = httpx.Client(
            base_url=self.base_url, headers=headers, transport=transport, timeout=TIMEOUT_S
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def raw(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """Send one request; raise the matching SyncError on anything but a 2xx answer."""
        kwargs: dict[str, Any] = {"params": params}
        if body is not None:
            kwargs["content"] = body.model_dump_json().encode()
            kwargs["headers"] = {"Content-Type": "application/json"}
        elif content is not None:
            kwargs["content"] = content
            kwargs["headers"] = {"Content-Type": "application/octet-stream"}
        try:
            response = self._client.request(method, path, **kwargs)
            response.read()
        except httpx.TimeoutException:
            raise SyncUnavailableError(
                f"The sync server at {self.base_url} did not answer in time; "
                "your work is kept here and will sync later.",
                code="sync.unavailable.timeout",
                base_url=self.base_url,
            ) from None
        except httpx.TransportError:
            raise SyncUnavailableError(
                f"The sync server at {self.base_url} cannot be reached; "
                "your work is kept here and will sync later.",
                code="sync.unavailable.unreachable",
                base_url=self.base_url,
            ) from None
        if response.is_success:
            return response
        raise self._error(response)

    def _error(self, response: httpx.Response) -> SyncError:
        if response.status_code >= 500:
            return SyncUnavailableError(
                f"The sync server at {self.base_url} has a problem (HTTP "
                f"{response.status_code}); your work is kept here and will sync later.",
                code="sync.unavailable.server_trouble",
                base_url=self.base_url,
                status=response.status_code,
            )
        try:
            body = ErrorBody.model_validate_json(response.content)
        except ValidationError:
            return ServerError(
                f"The sync server at {self.base_url} refused the request (HTTP "
                f"{response.status_code}) without saying why.",
                code="sync.server_error.unexplained",
                base_url=self.base_url,
                status=response.status_code,
            )
        kinds: dict[ErrorCode, type[SyncError]] = {
            ErrorCode.INCOMPATIBLE_VERSION: IncompatibleServerError,
            ErrorCode.UNAUTHENTICATED: NotEnrolledError,
            ErrorCode.REVOKED: DeviceRevokedError,
            ErrorCode.PENDING: NotApprovedError,
            ErrorCode.FORBIDDEN: ForbiddenError,
            ErrorCode.NOT_FOUND: SyncNotFoundError,
        }
        kind = kinds.get(body.code, ServerError)
        if response.status_code == 426:
            kind = IncompatibleServerError
        # The server's sentence is English; its protocol code and the status are what a
        # translation can use.
        return kind(
            _sentence(body.message), status=response.status_code, server_code=body.code.value
        )

    def call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: BaseModel | None = None,
    ) -> M:
        response = self.raw(method, path, body=body)
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise self._unreadable(path) from None

    def call_list(self, method: str, path: str, item: type[T]) -> list[T]:
        response = self.raw(method, path)
        try:
            return TypeAdapter(list[item]).validate_json(response.content)  # type: ignore[valid-type]
        except (ValidationError, json.JSONDecodeError):
            raise self._unreadable(path) from None

    def _unreadable(self, path: str) -> SyncError:
        return ServerError(
            f"The sync server at {self.base_url} answered {path} with something this "
            "Madoguchi cannot read; nothing was changed.",
            code="sync.server_error.unreadable",
            base_url=self.base_url,
            path=path,
        )


def _sentence(text: str) -> str:
    text = " ".join(text.split())[:400]
    return text if text.endswith((".", "!", "?")) else text + "."

"""The outer ASGI layer: body-size limits, a catch-all for bugs, and the access log.

The access log names the method, the route *template* (never the raw path or query), the
status, the duration and the device id: no payload, name, token or case id reaches a log.
An unexpected exception is logged by its class name only (its message could quote data).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import BLOB_CHUNK

log = logging.getLogger("madoguchi.server.access")
errors = logging.getLogger("madoguchi.server.error")

MAX_JSON_BODY = 64 << 20  # a push of many ops; clients split larger backlogs
BLOB_PREFIX = "/v1/blobs/"


class BodyTooLarge(Exception):
    pass


def _error(status: int, code: str, message: str) -> list[Message]:
    body = json.dumps({"code": code, "message": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    return [
        {"type": "http.response.start", "status": status, "headers": headers},
        {"type": "http.response.body", "body": body},
    ]


class Guard:
    """Wraps the FastAPI app (outermost, so nothing escapes it to Uvicorn's error log)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.monotonic()
        limit = BLOB_CHUNK + 1024 if scope["path"].startswith(BLOB_PREFIX) else MAX_JSON_BODY
        state: dict[str, Any] = {"status": 500, "started": False}

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["started"] = True
            await send(message)

        try:
            if _declared_length(scope) > limit:
                for message in _error(413, "bad_request", "The request body is too large."):
                    await send_logged(message)
                return
            await self.app(scope, _limited(receive, limit), send_logged)
        except BodyTooLarge:
            if not state["started"]:
                for message in _error(413, "bad_request", "The request body is too large."):
                    await send_logged(message)
        except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a clean 500
            errors.error("unhandled %s on %s", type(exc).__name__, _template(scope))
            if not state["started"]:
                for message in _error(500, "bad_request", "The server failed; try again later."):
                    await send_logged(message)
        finally:
            device = scope.get("state", {}).get("device_id", "-")
            log.info(
                "%s %s %s %.1fms device=%s",
                scope["method"],
                _template(scope),
                state["status"],
                (time.monotonic() - start) * 1000,
                device,
            )


def _template(scope: Scope) -> str:
    route = scope.get("route")
    return str(getattr(route, "path", "<no route>"))


def _declared_length(scope: Scope) -> int:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 1 << 62
    return 0


def _limited(receive: Receive, limit: int) -> Receive:
    """Count body bytes of a request without Content-Length (chunked) and stop at ``limit``."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
        return message

    return wrapped

"""A fault-injecting HTTP proxy for sync tests: real sockets, seeded decisions.

One :class:`FaultProxy` runs an asyncio loop in a background thread and listens on one
loopback port per client, all forwarding to the same upstream server.  It understands just
enough HTTP/1.1 to find the end of each request and response (``Content-Length`` or
chunked), so it can act on whole messages:

=================  ==========================================================================
``pass``           forward the request, return the response
``delay``          sleep a little, then pass
``drop_request``   close the client's connection without forwarding anything
``drop_response``  forward, read the whole answer (the server has committed), then close the
                   client's connection without answering: the dangerous case
``duplicate``      send the same request twice, concurrently, on two upstream connections;
                   return one answer
``truncate``       forward, then return the headers and only part of the body, and close
``reorder``        hold the request until some other client's request has been forwarded (or
                   a short timeout), so a later request overtakes it
``crash``          (``POST /v1/push`` only) forward with the header ``X-Madoguchi-Test-Crash:
                   1``; a server started with ``MADOGUCHI_TEST_CRASH_AFTER_COMMIT=1`` exits
                   right after committing that push, before answering
=================  ==========================================================================

Each decision comes from ``random.Random(f"{seed}/{client}/{n}")`` where ``n`` counts that
client's requests, so a schedule does not depend on how the clients' threads interleave
and a failing seed can be replayed.  :meth:`FaultProxy.heal` makes everything pass.

The crash needs the server's cooperation, and the server's code has none: ``python -m
tests.sync.faultproxy serve --database URL --port P`` runs ``python -m sync.server
serve`` (the real CLI, app and Uvicorn) with :class:`CrashAfterCommit` around the app, a
test-only ASGI layer that is active only when ``MADOGUCHI_TEST_CRASH_AFTER_COMMIT=1``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CRASH_ENV",
    "CRASH_HEADER",
    "FAULTS",
    "CrashAfterCommit",
    "Fault",
    "FaultProxy",
    "Schedule",
]

FAULTS = (
    "delay",
    "drop_request",
    "drop_response",
    "duplicate",
    "truncate",
    "reorder",
    "crash",
)
CRASH_HEADER = b"X-Madoguchi-Test-Crash"
CRASH_ENV = "MADOGUCHI_TEST_CRASH_AFTER_COMMIT"  # TEST ONLY: arms CrashAfterCommit
CRASH_EXIT = 70
MAX_DELAY = 0.15  # seconds; far below the clients' timeouts, so a delay is never a drop
REORDER_WAIT = 0.25  # longest a held request waits for another one to overtake it
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Fault:
    """What the proxy does with one request."""

    kind: str = "pass"
    delay: float = 0.0  # seconds, for "delay"
    cut: float = 0.5  # fraction of the body kept, for "truncate"


@dataclass(frozen=True)
class Schedule:
    """Fault rates for one run: each request gets ``kind`` with probability ``rates[kind]``
    (the rest pass).  ``crash`` applies to pushes only."""

    seed: int
    rates: Mapping[str, float] = field(default_factory=dict)

    def decide(self, client: int, n: int, method: str, path: str) -> Fault:
        """The fault for the ``n``-th request of ``client``: depends on nothing else."""
        rng = random.Random(f"{self.seed}/{client}/{n}")
        roll = rng.random()
        for kind in FAULTS:
            rate = self.rates.get(kind, 0.0)
            if roll < rate:
                if kind == "crash" and not (method == "POST" and path.startswith("/v1/push")):
                    return Fault()
                return Fault(kind, delay=rng.uniform(0.0, MAX_DELAY), cut=rng.random())
            roll -= rate
        return Fault()

    @classmethod
    def random(cls, seed: int, *, crash: bool = True) -> Schedule:
        """A random mix: each fault kind on or off, with a rate up to 0.25; crashes (which
        cost a server restart) in about one schedule in four."""
        rng = random.Random(f"schedule/{seed}")
        rates = {k: rng.uniform(0.02, 0.25) for k in FAULTS[:-1] if rng.random() < 0.6}
        if crash and rng.random() < 0.25:
            rates["crash"] = rng.uniform(0.3, 0.6)
        return cls(seed, rates)


HEALED = Schedule(0)


class _Message:
    """One HTTP message as raw bytes: the head (start line and headers) and the body."""

    def __init__(self, head: bytes, body: bytes) -> None:
        self.head = head
        self.body = body

    @property
    def start_line(self) -> str:
        return self.head.split(b"\r\n", 1)[0].decode("latin-1")

    def header(self, name: bytes) -> bytes | None:
        for line in self.head.split(b"\r\n")[1:]:
            key, sep, value = line.partition(b":")
            if sep and key.strip().lower() == name.lower():
                return value.strip()
        return None

    def with_header(self, name: bytes, value: bytes) -> _Message:
        head = self.head[:-4] + b"\r\n" + name + b": " + value + b"\r\n\r\n"
        return _Message(head, self.body)

    def raw(self) -> bytes:
        return self.head + self.body


async def _read_message(reader: asyncio.StreamReader, *, response_to: str = "") -> _Message:
    """Read one request (``response_to`` empty) or the response to a request with that
    method.  Raises ``asyncio.IncompleteReadError`` / ``ConnectionError`` on a cut stream."""
    head = await reader.readuntil(b"\r\n\r\n")
    if len(head) > _MAX_HEAD:
        raise ConnectionError("header too large")
    message = _Message(head, b"")
    status = message.start_line.split(" ")[1] if response_to else ""
    if response_to == "HEAD" or status in ("204", "304") or status.startswith("1"):
        return message
    length = message.header(b"content-length")
    encoding = (message.header(b"transfer-encoding") or b"").lower()
    if length is not None:
        message.body = await reader.readexactly(int(length))
    elif b"chunked" in encoding:
        parts = []
        while True:
            size_line = await reader.readuntil(b"\r\n")
            parts.append(size_line)
            size = int(size_line.split(b";")[0], 16)
            if size == 0:
                # trailers end with an empty line
                while True:
                    line = await reader.readuntil(b"\r\n")
                    parts.append(line)
                    if line == b"\r\n":
                        break
                break
            parts.append(await reader.readexactly(size + 2))
        message.body = b"".join(parts)
    elif response_to:
        message.body = await reader.read()  # no length: the body runs to the end
    return message


class FaultProxy:
    """Listens on ``len(ports)`` loopback ports (one per client) and forwards to
    ``127.0.0.1:upstream_port`` under a :class:`Schedule`.  Use as a context manager."""

    def __init__(
        self,
        upstream_port: int,
        clients: int,
        schedule: Schedule = HEALED,
        reorder_wait: float = REORDER_WAIT,
    ) -> None:
        self.upstream_port = upstream_port
        self.clients = clients
        self.schedule = schedule
        # How long a held request waits to be overtaken; the proxy's own test, which always
        # sends the overtaking request, waits longer (0.25 s was missed on a loaded CI run).
        self.reorder_wait = reorder_wait
        self.ports: list[int] = []
        self.stats: Counter[str] = Counter()  # fault kind -> times applied
        self._counts: Counter[int] = Counter()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._servers: list[asyncio.Server] = []
        self._forwarded = 0
        self._progress: asyncio.Condition | None = None
        self._lock = threading.Lock()

    # -- control (from the test's thread) ------------------------------------------------
    def start(self) -> FaultProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            for server in self._servers:
                server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_schedule(self, schedule: Schedule) -> None:
        """Faults from now on follow ``schedule``; request counters restart at zero."""
        with self._lock:
            self.schedule = schedule
            self._counts.clear()

    def heal(self) -> None:
        """Pass everything from now on."""
        self.set_schedule(HEALED)

    def url(self, client: int) -> str:
        return f"http://127.0.0.1:{self.ports[client]}"

    # -- the proxy (in the loop's thread) ---------------------------------------------------
    async def _listen(self) -> None:
        self._progress = asyncio.Condition()
        for client in range(self.clients):

            async def handle(
                r: asyncio.StreamReader, w: asyncio.StreamWriter, c: int = client
            ) -> None:
                await self._serve(c, r, w)

            server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=_MAX_HEAD * 2)
            self._servers.append(server)
            self.ports.append(server.sockets[0].getsockname()[1])

    def _next_fault(self, client: int, request: _Message) -> Fault:
        method, path = [*request.start_line.split(" "), "", ""][:2]
        with self._lock:
            n = self._counts[client]
            self._counts[client] += 1
            fault = self.schedule.decide(client, n, method, path)
        self.stats[fault.kind] += 1
        return fault

    async def _serve(
        self, client: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while True:
                try:
                    request = await _read_message(reader)
                except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
                    return  # the client went away between requests
                response = await self._handle(client, request, writer)
                if response is None:
                    return  # the fault closed the connection
                if (response.header(b"connection") or b"").lower() == b"close":
                    return
        except asyncio.CancelledError:
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _handle(
        self, client: int, request: _Message, writer: asyncio.StreamWriter
    ) -> _Message | None:
        """Apply one fault to one request; the response sent, or None when the client's
        connection must now be closed."""
        fault = self._next_fault(client, request)
        method = request.start_line.split(" ")[0]
        if fault.kind == "drop_request":
            return None
        if fault.kind == "delay":
            await asyncio.sleep(fault.delay)
        if fault.kind == "reorder":
            await self._wait_for_overtaking()
        if fault.kind == "crash":
            request = request.with_header(CRASH_HEADER, b"1")
        if fault.kind == "duplicate":
            answers = await asyncio.gather(
                self._forward(request, method), self._forward(request, method)
            )
            found = [a for a in answers if a is not None]
            response = found[int(fault.cut * len(found))] if found else None
        else:
            response = await self._forward(request, method)
        if response is None or fault.kind == "drop_response":
            return None
        if fault.kind == "truncate":
            data = response.raw()
            keep = len(response.head) + int(len(response.body) * fault.cut)
            if not response.body:
                keep = int(len(response.head) * fault.cut)
            writer.write(data[: min(keep, len(data) - 1)])
            with contextlib.suppress(ConnectionError):
                await writer.drain()
            return None
        writer.write(response.raw())
        try:
            await writer.drain()
        except ConnectionError:
            return None
        return response

    async def _forward(self, request: _Message, method: str) -> _Message | None:
        """Send one request on a fresh upstream connection and read its whole answer; None
        if the server refused, died or cut the answer (a crash looks like this)."""
        try:
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", self.upstream_port, limit=_MAX_HEAD * 2
            )
        except OSError:
            return None
        try:
            writer.write(request.raw())
            await writer.drain()
            await self._note_forwarded()
            return await _read_message(reader, response_to=method)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, OSError):
            return None
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _note_forwarded(self) -> None:
        assert self._progress is not None
        async with self._progress:
            self._forwarded += 1
            self._progress.notify_all()

    async def _wait_for_overtaking(self) -> None:
        assert self._progress is not None
        async with self._progress:
            seen = self._forwarded
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._progress.wait_for(lambda: self._forwarded > seen), self.reorder_wait
                )


# -- the server side of "crash": a test-only layer around the real app -----------------------
class CrashAfterCommit:
    """ASGI layer: a ``POST /v1/push`` carrying :data:`CRASH_HEADER` makes the process exit
    (``os._exit``, no cleanup, like a power cut) at the moment the route hands over its 200
    answer, i.e. after ``oplog.push`` committed and before a byte of the answer is sent."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        marked = (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"] == "/v1/push"
            and any(k.lower() == CRASH_HEADER.lower() for k, _ in scope["headers"])
        )
        if not marked:
            await self.app(scope, receive, send)
            return

        async def send_or_die(message: Any) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                os._exit(CRASH_EXIT)
            await send(message)

        await self.app(scope, receive, send_or_die)


def serve(database_url: str, port: int) -> int:
    """``python -m sync.server serve`` itself, with :class:`CrashAfterCommit` around the app
    when :data:`CRASH_ENV` is ``1``."""
    from fastapi import FastAPI

    import sync.server.app as app_module
    from sync.server.cli import main

    real_create_app = app_module.create_app

    def create_app(database_url: str, connections: int | None = None) -> FastAPI:
        app = real_create_app(database_url, connections)
        if os.environ.get(CRASH_ENV) == "1":
            app.add_middleware(CrashAfterCommit)
        return app

    app_module.create_app = create_app  # the CLI imports it when serving
    argv = ["serve", "--database", database_url, "--port", str(port), "--log-level", "warning"]
    return main(argv)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=serve.__doc__)
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("--database", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    raise SystemExit(serve(args.database, args.port))

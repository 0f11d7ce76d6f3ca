"""What ``serve`` checks before Uvicorn starts: the port is free, the TLS files load.

Uvicorn reports these itself only as log lines followed by an exit (or a traceback for a
TLS file), after the database has been migrated; checked here they are one line each.
A port taken in the moment between this check and Uvicorn's bind is still caught by
Uvicorn (it exits with status 1).
"""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

from sync.server.errors import StartupError


def check_port(host: str, port: int) -> None:
    """StartupError unless ``host:port`` can be bound now (the way Uvicorn binds it)."""
    if not 0 <= port <= 65535:
        raise StartupError(
            f"--port {port} is not a port number (0 to 65535).",
            code="server.startup.bad_port",
            port=port,
        )
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise StartupError(
            f"--host {host} is not an address of this machine ({exc.strerror or exc}).",
            code="server.startup.bad_host",
            host=host,
        ) from None
    family, kind, proto, _name, address = addresses[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            raise StartupError(
                f"Cannot listen on {host} port {port}: {exc.strerror or exc}; stop the "
                "program using it or give another --port.",
                code="server.startup.port_unavailable",
                host=host,
                port=port,
                strerror=exc.strerror,
            ) from None


def check_tls(certfile: str, keyfile: str) -> None:
    """StartupError unless both files can be read and hold a certificate and its key."""
    for what, name in (("certificate", certfile), ("private key", keyfile)):
        try:
            Path(name).read_bytes()
        except OSError as exc:
            raise StartupError(
                f"Cannot read the TLS {what} {name}: {exc.strerror or exc}.",
                code="server.startup.tls_unreadable",
                what=what,
                path=name,
                strerror=exc.strerror,
            ) from None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        # An empty password: an encrypted key fails here instead of prompting (Uvicorn is
        # given no password either).
        context.load_cert_chain(certfile, keyfile, password=lambda: b"")
    except (ssl.SSLError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or type(exc).__name__
        raise StartupError(
            f"{certfile} and {keyfile} are not a PEM certificate and its unencrypted key "
            f"({reason}).",
            code="server.startup.tls_invalid",
            certfile=certfile,
            keyfile=keyfile,
            reason=str(reason),
        ) from None

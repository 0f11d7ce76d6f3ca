"""Loopback ports for the servers and proxies the tests start.

``bind(("127.0.0.1", 0))`` then close gives a port that is free *now*; two pytest-xdist
workers asking at the same moment were sometimes given the same one.  The second server then
failed to bind, but the first one answered its ``/healthz``, so the test went on talking to
another test's server ("This code belongs to another organisation's server", seen once in a
CI run).  Each port handed out is claimed with a file created exclusively in a folder shared
by every worker, so no two test processes of a run use the same port; claims older than an
hour (earlier runs) are taken over.
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
from pathlib import Path

__all__ = ["free_port"]

_CLAIMS = Path(tempfile.gettempdir()) / f"madoguchi-test-ports-{os.getuid()}"
_STALE_S = 3600


def _candidate() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_port() -> int:
    """A free loopback port that no other test process of this run has been given."""
    _CLAIMS.mkdir(mode=0o700, exist_ok=True)
    for _ in range(200):
        port = _candidate()
        claim = _CLAIMS / str(port)
        try:
            os.close(os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return port
        except FileExistsError:
            try:
                if time.time() - claim.stat().st_mtime > _STALE_S:
                    os.utime(claim)  # an earlier run's claim: ours now
                    return port
            except FileNotFoundError:
                pass
    raise RuntimeError("no free loopback port found in 200 tries")

"""A real Secret Service for tests: a private D-Bus session bus and gnome-keyring-daemon.

Nothing of the person's own session is touched: the bus, the keyring files (under
``XDG_DATA_HOME``) and the daemon's sockets (under ``XDG_RUNTIME_DIR``) all live in the
test's temporary folder, and both processes are stopped by their process ids at the end.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LOGIN_PASSWORD = "test login password"
START_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class SecretServiceSession:
    """Environment variables that point a process at the private bus and keyring."""

    env: dict[str, str]
    home: Path

    @property
    def bus_address(self) -> str:
        return self.env["DBUS_SESSION_BUS_ADDRESS"]


# A session bus without service directories: nothing is started on demand, so the only
# Secret Service on it is the daemon this module starts (and stops).
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_tools() -> str | None:
    """Why a private Secret Service cannot be started here, or None."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install dbus-daemon gnome-keyring)"
    return None


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _wait_for_unlocked_login(env: dict[str, str], daemon: subprocess.Popen[bytes]) -> None:
    """Until the daemon owns the Secret Service name and its default collection is open."""
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + START_TIMEOUT_S
    last: Exception | None = None
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            raise RuntimeError(f"gnome-keyring-daemon exited with {daemon.returncode}")
        try:
            with contextlib.closing(open_dbus_connection(env["DBUS_SESSION_BUS_ADDRESS"])) as bus:
                collection = secretstorage.get_default_collection(bus)
                if not collection.is_locked():
                    return
        except Exception as exc:
            last = exc
        time.sleep(0.1)
    raise RuntimeError(f"the Secret Service did not come up: {last}")


@contextlib.contextmanager
def private_secret_service(root: Path) -> Iterator[SecretServiceSession]:
    """Start a session bus and an unlocked login keyring under ``root``; stop both after."""
    home = root / "home"
    # Unix socket paths are limited to about 100 bytes: the runtime folder (the bus and the
    # daemon's sockets) gets a short name of its own, removed at the end.
    runtime = Path(tempfile.mkdtemp(prefix="mdg-bus-"))
    for folder in (home, runtime, home / ".local" / "share", home / ".config", home / ".cache"):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    env.pop("PYTHON_KEYRING_BACKEND", None)
    config = root / "session-bus.conf"
    config.write_text(_BUS_CONFIG.format(runtime=runtime), encoding="utf-8")
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nosyslog",
         "--print-address=1"],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )  # fmt: skip
    daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert daemon.stdin is not None
        daemon.stdin.write(LOGIN_PASSWORD.encode())
        daemon.stdin.close()
        _wait_for_unlocked_login(env, daemon)
        yield SecretServiceSession(env=env, home=home)
    finally:
        if daemon is not None:
            _stop(daemon)
        _stop(bus)
        if bus.stdout is not None:
            bus.stdout.close()
        shutil.rmtree(runtime, ignore_errors=True)


def redetect_keyring() -> None:
    """Make this process choose its keyring again (the keyring package caches its choice)."""
    import keyring.backend
    import keyring.core

    with contextlib.suppress(KeyError):  # KeyError: it had not chosen yet
        keyring.backend.get_all_keyring.reset()  # type: ignore[attr-defined]
    keyring.core.init_backend()

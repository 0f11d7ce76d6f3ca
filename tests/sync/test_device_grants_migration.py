"""Migration 0003 on stored data, and ``admin approve``'s fingerprint check (both databases)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop.identity import fingerprint_digits as desktop_digits
from sync.protocol import fingerprint_digits
from sync.server import admin
from sync.server.db import make_engine
from sync.server.migrate import upgrade
from tests.sync.conftest import ORG_PASSPHRASE, Org, enrol


def test_existing_grants_get_the_device_whose_key_they_wrap(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            for device, user, fingerprint in (
                ("laptop", "alice", "aa" * 32), ("desk", "alice", "bb" * 32),
                ("bob-pc", "bob", "cc" * 32),
            ):  # fmt: skip
                conn.execute(
                    sa.text(
                        "INSERT INTO devices (device_id, user_id, name, role, key_card, "
                        "signing_key, fingerprint, token_hash, status, enrolled) VALUES "
                        "(:d, :u, 'x', 'counselor', '{}', 'k', :f, :d, 'approved', 'now')"
                    ),
                    {"d": device, "u": user, "f": fingerprint},
                )
            for case, user, fingerprint, seq in (
                ("c1", "bob", "cc" * 32, 1), ("c1", "alice", "bb" * 32, 2),
                ("c2", "alice", "aa" * 32, 3), ("c2", "bob", "ee" * 32, 4),
            ):  # fmt: skip
                conn.execute(
                    sa.text(
                        "INSERT INTO grants (case_id, user_id, key_id, enc, wrapped, "
                        "recipient_fingerprint, granted_by, signature, seq, revoked) VALUES "
                        "(:c, :u, 'k1', 'e', 'w', :f, 'x', 's', :s, :r)"
                    ),
                    {"c": case, "u": user, "f": fingerprint, "s": seq, "r": False},
                )
            conn.execute(
                sa.text(
                    "INSERT INTO invites (secret_hash, role, expires, used, created) "
                    "VALUES ('h', 'counselor', 9999999999, :f, 'now')"
                ),
                {"f": False},
            )
        upgrade(engine)
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT case_id, user_id, device_id, manage FROM grants ORDER BY seq")
            ).all()
            invite = conn.execute(sa.text("SELECT user_id, device_of FROM invites")).one()
    finally:
        engine.dispose()
    assert [(r[0], r[1], r[2], bool(r[3])) for r in rows] == [
        ("c1", "bob", "bob-pc", True),  # the creator (first grant) owns the case
        ("c1", "alice", "desk", False),
        ("c2", "alice", "laptop", True),
        ("c2", "bob", "unmatched:" + "ee" * 8, False),  # kept, reaches no device
    ]
    assert invite[0] is None and not invite[1]  # an old code names nobody: refused


def test_the_server_groups_fingerprints_as_the_app_shows_them() -> None:
    digest = bytes(range(32))
    assert fingerprint_digits(digest.hex()) == desktop_digits(digest)


def _admin(org: Org, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync.server", "admin", *args, "--database", org.database_url],
        capture_output=True, text=True, input=stdin, check=False,
        env={**os.environ, "MADOGUCHI_ORG_PASSPHRASE": ORG_PASSPHRASE},
    )  # fmt: skip


def test_approve_asks_for_the_fingerprint_read_aloud(server: Org, tmp_path: Path) -> None:
    device = enrol(server, user_id="dana", device_name="Dana's laptop")
    try:
        key = ("--org-key", str(server.key_path))
        unchecked = _admin(server, "approve", device.device_id, *key, stdin="")
        assert unchecked.returncode == 1 and unchecked.stderr.count("\n") == 1
        assert "No terminal" in unchecked.stderr and "Traceback" not in unchecked.stderr
        digits = fingerprint_digits(device.fingerprint)
        wrong = "9" * 16 if not digits.startswith("9999") else "1" * 16
        refused = _admin(server, "approve", device.device_id, *key, "--fingerprint", wrong)
        assert refused.returncode == 1 and "do not approve" in refused.stderr
        too_short = _admin(server, "approve", device.device_id, *key, "--fingerprint", digits[:9])
        assert too_short.returncode == 1
        statuses = {d.device_id: d.status for d in admin.devices(server.database_url)}
        assert statuses[device.device_id] == "pending"
        read_aloud = "-".join(digits.split()[:4])  # "0381-7724-…", dashes ignored
        done = _admin(server, "approve", device.device_id, *key, "--fingerprint", read_aloud)
        assert done.returncode == 0, done.stderr
        assert "dana" in done.stdout and "Dana's laptop" in done.stdout and digits in done.stdout
        statuses = {d.device_id: d.status for d in admin.devices(server.database_url)}
        assert statuses[device.device_id] == "approved"
    finally:
        device.client.close()


def test_invite_names_the_person_on_the_command_line(server: Org, make_device: Any) -> None:
    both = _admin(server, "invite", "--user", "erin", "--device-of", "erin")
    assert both.returncode == 2  # argparse: one or the other
    none = _admin(server, "invite", "--role", "counselor")
    assert none.returncode == 2
    no_role = _admin(server, "invite", "--user", "erin")
    assert no_role.returncode == 1 and "needs a role" in no_role.stderr
    unknown = _admin(server, "invite", "--device-of", "nobody-here")
    assert unknown.returncode == 1 and "No device of nobody-here" in unknown.stderr
    existing = make_device(user_id="frank")
    again = _admin(server, "invite", "--user", existing.user_id, "--role", "counselor")
    assert again.returncode == 1 and "--device-of" in again.stderr
    code = _admin(server, "invite", "--device-of", existing.user_id, "--expires", "2h")
    assert code.returncode == 0 and code.stdout.strip().endswith(server.info.fingerprint[:16])

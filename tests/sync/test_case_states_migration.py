"""Migration 0007 fills ``case_states`` from the ops already stored (both databases), and
from a database a schema-0006 server wrote (``tests/fixtures/server_0006``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import sqlalchemy as sa

from sync.protocol import case_state_hash
from sync.server.db import make_engine
from sync.server.migrate import upgrade
from tests.sync.test_verify_states import recomputed, stored

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "server_0006"


def _op_row(seq: int, case_id: str, op_id: str) -> dict[str, object]:
    return {
        "seq": seq, "op_id": op_id, "case_id": case_id, "author": "u", "device": "d",
        "key_id": "k1", "schema_version": 1, "nonce": b"n", "ciphertext": b"c",
        "signature": "s", "blobs": "[]",
    }  # fmt: skip


def test_the_upgrade_fills_every_case_with_ops(database_url: str) -> None:
    """More cases than the upgrade writes at once (2,000), ops of a case not adjacent."""
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0006")
        rows, expected = [], {}
        for n in range(2_345):
            expected[f"case-{n}"] = [f"op-{n}-{k}" for k in range(1 + n % 3)]
        ordered = [(c, o) for c, ids in expected.items() for o in ids]
        ordered.sort(key=lambda pair: pair[1][::-1])  # cases interleaved in seq order
        rows = [_op_row(seq, c, o) for seq, (c, o) in enumerate(ordered, start=1)]
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO ops (seq, op_id, case_id, author, device, key_id, "
                    "schema_version, nonce, ciphertext, signature, blobs) VALUES (:seq, :op_id, "
                    ":case_id, :author, :device, :key_id, :schema_version, :nonce, "
                    ":ciphertext, :signature, :blobs)"
                ),
                rows,
            )
        upgrade(engine)
    finally:
        engine.dispose()
    want = {c: case_state_hash(ids) for c, ids in expected.items()}
    assert stored(database_url) == want == recomputed(database_url)


def test_an_empty_database_upgrades_to_no_states(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    assert stored(database_url) == {}


def test_a_database_a_0006_server_wrote_is_filled_as_its_devices_were_answered(
    tmp_path: Path,
) -> None:
    contents = json.loads((FIXTURE / "CONTENTS.json").read_text())
    shutil.copyfile(FIXTURE / "server.sqlite3", tmp_path / "server.sqlite3")
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
                "0006"
            )
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
                "0007"
            )
    finally:
        engine.dispose()
    accepted = {c: case_state_hash(ids) for c, ids in contents["accepted"].items()}
    assert len(accepted) == 5
    assert stored(url) == accepted == recomputed(url)

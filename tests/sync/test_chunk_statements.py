"""A chunk upload is a handful of statements (issue 18, the 10,000-case first sync): 3,792
chunk PUTs, on PostgreSQL each statement a round trip.  Before session 10 a new one-chunk
file took nine (a count after the insert, then the blob row and its chunks read again for
the answer); the answer is now built from what the transaction already knows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from sync.protocol import Role
from sync.server import blobstore, sharing
from sync.server.common import Caller
from sync.server.db import make_engine
from tests.sync.conftest import Org

# holds_grant, the blob row (locked), its insert, the chunk's insert, the chunks held, the
# "complete" update; SQLite adds its BEGIN IMMEDIATE.
MOST = 7


def test_a_new_one_chunk_file_takes_a_handful_of_statements(server: Org, make_device: Any) -> None:
    alice = make_device()
    engine = make_engine(server.database_url)
    caller = Caller(
        alice.device_id, alice.user_id, Role.COUNSELOR, "approved", alice.signing_key, ""
    )
    try:
        case_id = "case-chunks"
        sharing.put_grants(engine, caller, [alice.grant_for(alice, case_id, manage=True)])
        statements: list[str] = []

        def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            status = blobstore.put_chunk(
                engine, caller, "A" * 22, 0, case_id, 1, b"sealed chunk bytes"
            )
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert status.complete and status.received == [0] and status.chunks == 1
        assert len(statements) <= MOST, statements
        # The same chunk again is answered as stored, and a second chunk of a two-chunk
        # file is not "complete" until its sibling arrives.
        again = blobstore.put_chunk(engine, caller, "A" * 22, 0, case_id, 1, b"sealed chunk bytes")
        assert again == status
        first = blobstore.put_chunk(engine, caller, "B" * 22, 1, case_id, 2, b"second")
        assert not first.complete and first.received == [1]
        both = blobstore.put_chunk(engine, caller, "B" * 22, 0, case_id, 2, b"first")
        assert both.complete and both.received == [0, 1]
        assert blobstore.blob_status(engine, caller, "B" * 22) == both
    finally:
        engine.dispose()

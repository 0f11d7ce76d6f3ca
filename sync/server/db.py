"""Tables (SQLAlchemy Core) and engines for SQLite and PostgreSQL.

The schema is created only by the Alembic migrations in ``migrations/``; the tables here
describe it for queries (a test compares both).

Ordering: ops and grants share one sequence, kept in the single row of ``counters``.  A
writer first updates that row (a push: ``SET value = value + n … RETURNING value``, taking
its numbers in the same statement), which takes the row lock (PostgreSQL) or the write lock
(SQLite ``BEGIN IMMEDIATE``) and holds it until its commit.  So numbers are
handed out in commit order: a reader can never see seq N+1 committed while N is still in
flight, and a puller asking for ``seq > cursor`` never skips a row that commits later with a
lower number.  Rejected ops take no number, so there are no gaps either.  The price is that
writers are serialised on that row, which for a case log (a few ops per second per office)
is far below what one PostgreSQL row lock sustains.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
)

from sync.server.database_location import checked_url, create_private_sqlite, sqlite_path
from sync.server.errors import StartupError

metadata = MetaData()
_READ_ONLY = "madoguchi_read_only"  # execution option: this transaction only reads
# Connections one server process keeps (and requests it runs at once: the app limits its
# request threads to the same number, so no request waits for a connection).  30 lets three
# processes and the admin tools share PostgreSQL's default max_connections of 100
# (3 × 30 = 90, 3 more reserved for superusers, a few left for admin and psql).
DEFAULT_POOL_SIZE = 30
MAX_POOL_SIZE = 500
ENV_POOL_SIZE = "MADOGUCHI_SERVER_POOL_SIZE"
# Every statement is planned for its own parameters.  psycopg prepares a statement after
# five executions, and PostgreSQL may then switch to a generic plan; for the pull page a
# generic plan walks every case the user held before the cursor (445 ms against 18.5 ms at
# 100,000 cases), and whether it switched depended on what a pooled connection ran first.
_PG_OPTIONS = "-c plan_cache_mode=force_custom_plan"

counters = Table(
    "counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

orgs = Table(
    "orgs",
    metadata,
    Column("org_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("public_key", String(100), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("created", String(40), nullable=False),
)

invites = Table(
    "invites",
    metadata,
    Column("secret_hash", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("expires", BigInteger, nullable=False),  # unix seconds
    Column("used", Boolean, nullable=False),
    Column("created", String(40), nullable=False),
    # The only user the code enrols (migration 0003; NULL: an older code, refused).
    Column("user_id", String(64), nullable=True),
    # True: the next device of user_id, who already has one; False: a new person.
    Column("device_of", Boolean, nullable=False, server_default=false()),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("user_id", String(64), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("key_card", Text, nullable=False),  # JSON, opaque to the server
    Column("signing_key", String(100), nullable=False),  # Ed25519 public, base64
    Column("fingerprint", String(64), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("status", String(16), nullable=False),  # pending, approved, revoked
    Column("certificate", Text, nullable=True),  # Certificate JSON once approved
    Column("enrolled", String(40), nullable=False),
    # Migration 0006: the sequence number of the last approval or revocation (the
    # directory's version), and of the revocation (grants numbered before it still count).
    Column("changed_seq", BigInteger, nullable=True),
    Column("revoked_seq", BigInteger, nullable=True),
    Index("ix_devices_changed_seq", "changed_seq"),
)

grants = Table(
    "grants",
    metadata,
    Column("case_id", String(64), primary_key=True),
    Column("user_id", String(64), primary_key=True),
    Column("key_id", String(64), primary_key=True),
    # The recipient device (migration 0003): a case key is wrapped to every approved device
    # of every holder, one row each.
    Column("device_id", String(64), primary_key=True),
    Column("enc", Text, nullable=False),
    Column("wrapped", Text, nullable=False),
    Column("recipient_fingerprint", String(64), nullable=False),
    Column("granted_by", String(64), nullable=False),
    Column("signature", String(200), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("revoked", Boolean, nullable=False),
    Column("revoked_seq", BigInteger, nullable=True),
    # The holder is an owner of the case: may withdraw others (signed with the grant).
    Column("manage", Boolean, nullable=False),
    Index("ix_grants_user", "user_id", "case_id"),
    Index("ix_grants_user_seq", "user_id", "seq"),
    Index("ix_grants_user_revoked_seq", "user_id", "revoked_seq"),
)

# Derived from grants (migration 0002): per user and case, the smallest seq of the user's
# unrevoked grants, i.e. when their current access began.  Kept in step by
# common.refresh_access in every transaction that changes grants.
access = Table(
    "access",
    metadata,
    Column("user_id", String(64), primary_key=True),
    Column("case_id", String(64), primary_key=True),
    Column("since", BigInteger, nullable=False),
    Index("ix_access_user_since", "user_id", "since"),
)

ops = Table(
    "ops",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("op_id", String(64), nullable=False, unique=True),
    Column("case_id", String(64), nullable=False),
    # NULL since migration 0005: entity, entity id, HLC and parents travel sealed (protocol
    # version 3).  Rows pushed before keep theirs, and are sent with them (WireOp.legacy).
    Column("entity", String(64), nullable=True),
    Column("entity_id", String(64), nullable=True),
    Column("hlc", String(40), nullable=True),
    Column("parents", Text, nullable=True),  # JSON list
    Column("author", String(64), nullable=False),
    Column("device", String(64), nullable=False),
    Column("key_id", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("nonce", LargeBinary, nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("signature", String(200), nullable=False),
    Column("blobs", Text, nullable=False),  # JSON list
    Index("ix_ops_case_seq", "case_id", "seq"),
)

# Per case, the state verify compares (migration 0007; protocol.case_state): how many ops
# the case has and the sum of their op_digest mod 2**256 as 64 lowercase hex digits.  Updated in the
# push transaction under the sequence lock (case_states.add_ops); a case without ops has
# no row.  SQLite: WITHOUT ROWID, so rows are kept in case id order and verify's join from
# a user's access rows (also in case id order) reads them in one forward sweep (0.54 →
# 0.21 s for 100,000 cases against a rowid table, whose rows lie in insertion order).
case_states = Table(
    "case_states",
    metadata,
    Column("case_id", String(64), primary_key=True),
    Column("op_count", BigInteger, nullable=False),
    Column("op_sum", String(64), nullable=False),
    # protocol.bucket_key(case_id), kept so verify hashes no case id (a third of its time)
    Column("bucket_key", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

blobs = Table(
    "blobs",
    metadata,
    Column("blob_id", String(64), primary_key=True),
    Column("case_id", String(64), nullable=False),
    Column("chunks", Integer, nullable=False),
    Column("complete", Boolean, nullable=False),
)

blob_chunks = Table(
    "blob_chunks",
    metadata,
    Column("blob_id", String(64), ForeignKey("blobs.blob_id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
)


def engine_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` go through psycopg 3; anything else unchanged."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def pool_size(requested: int | None = None) -> int:
    """``requested``, else ``MADOGUCHI_SERVER_POOL_SIZE``, else DEFAULT_POOL_SIZE; a value
    out of 1…MAX_POOL_SIZE is one clear line (StartupError), never a bare traceback."""
    source = "--pool-size"
    value: object = requested
    if requested is None:
        raw = os.environ.get(ENV_POOL_SIZE, "").strip()
        if not raw:
            return DEFAULT_POOL_SIZE
        source, value = ENV_POOL_SIZE, raw
    try:
        size = int(str(value))
    except ValueError:
        size = 0
    if not 1 <= size <= MAX_POOL_SIZE:
        raise StartupError(
            f"{source} must be a number of connections from 1 to {MAX_POOL_SIZE}, not {value}.",
            code="server.startup.bad_pool_size",
            source=source,
            value=str(value)[:40],
            maximum=MAX_POOL_SIZE,
        )
    return size


def make_engine(url: str, connections: int | None = None) -> Engine:
    """An engine with the settings the server relies on, keeping up to ``connections``
    connections open (see :func:`pool_size`).

    SQLite: WAL, foreign keys, ``synchronous=FULL``, a generous busy timeout, and every
    transaction opened with ``BEGIN IMMEDIATE`` so a writer holds the write lock from its
    first statement (a deferred transaction that reads first can fail to upgrade) — except
    the read-only ones of :func:`reading`.
    """
    full = engine_url(url)
    parsed = checked_url(full)  # one clear line for a URL the server cannot use
    size = pool_size(connections)
    if parsed.get_backend_name() != "sqlite":
        # As many connections as the process runs requests at once (with SQLAlchemy's
        # default of 15, a burst of syncs queued for a connection behind pushes waiting for
        # the sequence lock), kept open.
        # No ping before each use (a round trip per request): a connection that died with
        # a database restart fails its request, which is answered 503 (the client retries
        # later) and makes the pool replace every connection older than the failure.
        return create_engine(
            full, pool_size=size, max_overflow=0, connect_args={"options": _PG_OPTIONS}
        )
    path = sqlite_path(parsed)
    if path is not None:
        create_private_sqlite(path)  # 0600 (and so its -wal and -shm), before SQLite makes it
    # Connections are kept, not closed after a burst (opening one runs four PRAGMAs).
    engine = create_engine(
        full,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=size,
        max_overflow=0,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA foreign_keys=ON",
            "PRAGMA synchronous=FULL",
            "PRAGMA busy_timeout=30000",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(_READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


# Per engine, the engines with the options of reading() and looking_up(), made once (making
# one registers event listeners: a measurable share of a small request).
_readers: WeakKeyDictionary[Engine, tuple[Engine, Engine]] = WeakKeyDictionary()


def _reader_engines(engine: Engine) -> tuple[Engine, Engine]:
    made = _readers.get(engine)
    if made is None:
        if engine.dialect.name == "sqlite":
            snapshot = engine.execution_options(**{_READ_ONLY: True})
            made = (snapshot, snapshot)
        else:
            made = (
                engine.execution_options(isolation_level="REPEATABLE READ"),
                engine.execution_options(isolation_level="AUTOCOMMIT"),
            )
        _readers[engine] = made
    return made


def reading(engine: Engine) -> AbstractContextManager[Connection]:
    """A read-only transaction that sees one snapshot.  SQLite: a deferred BEGIN, so in WAL
    mode readers neither wait for the writer nor hold it up (every request authenticates:
    with BEGIN IMMEDIATE each one queued behind every push); PostgreSQL: REPEATABLE READ."""
    return _reader_engines(engine)[0].begin()


def looking_up(engine: Engine) -> AbstractContextManager[Connection]:
    """Reads that need no common snapshot: each statement sees what was committed when it
    ran.  PostgreSQL runs them in autocommit, which saves the BEGIN and COMMIT round trips
    (every request authenticates this way); SQLite as :func:`reading`."""
    return _reader_engines(engine)[1].begin()


# -- organisation recovery (migration 0004; docs/security.md "Organisation recovery") --------
# The organisation's recovery public key, certified by the organisation key; one row, written
# by ``admin create-org`` with the organisation.  The private half never reaches the server.
recovery_keys = Table(
    "recovery_keys",
    metadata,
    Column("org_id", String(64), ForeignKey("orgs.org_id"), primary_key=True),
    Column("public_key", Text, nullable=False),  # HPKE ML-KEM-768 + X25519, base64
    Column("fingerprint", String(64), nullable=False),  # sha256 hex of the raw key
    Column("signature", String(200), nullable=False),  # by the organisation key
    Column("scheme", String(16), nullable=False),  # "key" (one file) or "shares" (m of n)
    Column("threshold", Integer, nullable=True),
    Column("shares", Integer, nullable=True),
    Column("created", String(40), nullable=False),
)

# Every case key wrapped to the recovery key, as devices holding the case sent them.  Never
# pulled by a device; read only by ``admin recover-cases``.  The first wrap of a key wins (it
# comes from the device that made the key: creation and rotation wrap at once).
recovery_wraps = Table(
    "recovery_wraps",
    metadata,
    Column("case_id", String(64), primary_key=True),
    Column("key_id", String(64), primary_key=True),
    Column("recovery_fingerprint", String(64), primary_key=True),
    Column("enc", Text, nullable=False),
    Column("wrapped", Text, nullable=False),
    Column("wrapped_by", String(64), nullable=False),
    Column("signature", String(200), nullable=False),
    Column("created", String(40), nullable=False),
)

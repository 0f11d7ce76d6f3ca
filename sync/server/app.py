"""The HTTP API of docs/sync.md: ``create_app(database_url)`` returns the FastAPI app.

Routes are thin: they parse (protocol models), authenticate, and call the modules that do
the work (enrolment, sharing, oplog, blobstore).  Every non-2xx answer is an ``ErrorBody``.
"""

# No "from __future__ import annotations": FastAPI must see the closures' Depends() objects.
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import (
    BLOB_CHUNK,
    BLOB_ID_PATTERN,
    PROTOCOL_VERSION,
    SUPPORTED_VERSIONS,
    BlobStatus,
    BlobStatuses,
    BlobStatusRequest,
    CaseGrantees,
    DirectoryEntry,
    DirectoryPage,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorCode,
    Grant,
    GrantBatch,
    GrantBatchResult,
    HelloRequest,
    HelloResponse,
    OrgInfo,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RecoveryWrapResults,
    RecoveryWraps,
    VerifyRequest,
    VerifyResponse,
)
from sync.server import (
    SERVER_NAME,
    blobstore,
    case_states,
    enrolment,
    oplog,
    recovery_cases,
    sharing,
)
from sync.server.common import Caller, load_org, now_iso
from sync.server.db import looking_up, make_engine, pool_size
from sync.server.errors import ApiError
from sync.server.middleware import BodyTooLarge, Guard
from sync.server.migrate import upgrade

ID_PATTERN = r"^[A-Za-z0-9_\-.:]+$"
IdPath = Annotated[str, Path(min_length=1, max_length=64, pattern=ID_PATTERN)]
# Blob ids only in the form the app makes them (sync.protocol.BLOB_ID_PATTERN): a route
# parameter like "..", or "%2e%2e" decoded, is answered 400 before any handler runs.
BlobIdPath = Annotated[str, Path(min_length=22, max_length=22, pattern=BLOB_ID_PATTERN)]
IndexPath = Annotated[int, Path(ge=0, lt=blobstore.MAX_CHUNKS)]

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 426, 503)
}
_bearer = HTTPBearer(auto_error=False)


def _json_error(status: int, code: ErrorCode, message: str) -> JSONResponse:
    return JSONResponse(
        ErrorBody(code=code, message=message).model_dump(mode="json"), status_code=status
    )


def _install_error_handlers(app: FastAPI) -> None:
    async def api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return _json_error(exc.status, exc.error_code, exc.message)

    async def invalid(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        # Name the field and the rule, never the offending value (it could be a payload).
        problems = [
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', 'invalid')}"
            for err in exc.errors()[:3]
        ]
        return _json_error(400, ErrorCode.BAD_REQUEST, "Invalid request: " + "; ".join(problems))

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = ErrorCode.NOT_FOUND if exc.status_code == 404 else ErrorCode.BAD_REQUEST
        messages = {404: "There is no such endpoint.", 405: "This method is not allowed here."}
        message = messages.get(exc.status_code, "The request could not be read.")
        return _json_error(exc.status_code, code, message)

    async def database_down(_request: Request, exc: Exception) -> JSONResponse:
        # A connection that died (a database restart) or a database that does not answer:
        # the request did not happen (its transaction is gone) and may simply be sent again.
        # The pool has already dropped the dead connections (SQLAlchemy invalidates every
        # connection older than the failure), so the next request gets a fresh one.
        # A pool that stayed exhausted (PoolTimeoutError) is the same "try again later".
        assert isinstance(exc, OperationalError | PoolTimeoutError)
        return _json_error(
            503, ErrorCode.UNAVAILABLE, "The server's database is not available; try again."
        )

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(OperationalError, database_down)
    app.add_exception_handler(PoolTimeoutError, database_down)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(StarletteHTTPException, http_error)


ENV_DATABASE = "MADOGUCHI_SERVER_DATABASE"  # set by ``serve --workers N`` for its workers


def app_from_environment() -> FastAPI:
    """The app for one of several worker processes (``serve --workers N``)."""
    return create_app(os.environ[ENV_DATABASE])


def create_app(database_url: str, connections: int | None = None) -> FastAPI:
    """The sync server on ``database_url`` (SQLite or PostgreSQL), migrated to head first,
    keeping up to ``connections`` database connections (db.pool_size: else the
    environment's MADOGUCHI_SERVER_POOL_SIZE, else 30)."""
    engine = make_engine(database_url, connections)
    upgrade(engine)
    size = pool_size(connections)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # As many request threads as connections: a request beyond them waits for a thread
        # (cheaply, in the event loop), never holds a thread while waiting for a connection.
        to_thread.current_default_thread_limiter().total_tokens = size
        yield

    app = FastAPI(
        title="Madoguchi sync server",
        version=str(PROTOCOL_VERSION),
        responses=_ERRORS,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    _install_error_handlers(app)
    app.add_middleware(Guard)
    _add_public_routes(app, engine)
    _add_sync_routes(app, engine)
    _add_blob_routes(app, engine)
    _publish_errors_as_400(app)
    return app


def _dependencies(engine: Engine) -> tuple[Any, Any]:
    def authenticated(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Caller:
        caller = enrolment.authenticate(engine, credentials.credentials if credentials else None)
        request.state.device_id = caller.device_id
        return caller

    # async: FastAPI runs a plain ``def`` dependency in a worker thread, and each hand-off
    # to a thread and back costs about as much as a small query.
    async def approved(caller: Annotated[Caller, Depends(authenticated)]) -> Caller:
        return enrolment.require_approved(caller)

    return authenticated, approved


def _add_public_routes(app: FastAPI, engine: Engine) -> None:
    authenticated, _approved = _dependencies(engine)

    @app.get("/healthz")
    def healthz() -> dict[str, bool]:
        """The process is up and the database answers."""
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError:
            raise ApiError(503, ErrorCode.UNAVAILABLE, "The database does not answer.") from None
        return {"ok": True}

    # The organisation is recorded once (``admin create-org`` refuses a second) and never
    # changes, so a process reads it once; until it exists, every hello looks again.
    known_org: list[OrgInfo] = []

    def read_org() -> OrgInfo | None:
        with looking_up(engine) as conn:
            return load_org(conn)

    @app.post("/v1/hello")
    async def hello(body: HelloRequest) -> HelloResponse:
        """Agree on a protocol version (426 naming both sides' versions when none is shared)."""
        shared = sorted(set(body.versions) & set(SUPPORTED_VERSIONS))
        if not shared:
            raise ApiError(
                426,
                ErrorCode.INCOMPATIBLE_VERSION,
                f"This app speaks sync protocol version {_versions(body.versions)}, the server "
                f"speaks version {_versions(list(SUPPORTED_VERSIONS))}; update the older one.",
                versions=_versions(body.versions),
                supported_versions=_versions(list(SUPPORTED_VERSIONS)),
            )
        if not known_org:
            org = await run_in_threadpool(read_org)
            if org is not None:
                known_org[:] = [org]
        org = known_org[0] if known_org else None
        return HelloResponse(version=shared[-1], server=SERVER_NAME, server_time=now_iso(), org=org)

    @app.post("/v1/enrol")
    def enrol(body: EnrolRequest) -> EnrolResponse:
        """Enrol a device with a one-time code; it stays pending until an admin approves it."""
        return enrolment.enrol(engine, body)

    @app.get("/v1/me")
    def me(caller: Annotated[Caller, Depends(authenticated)]) -> EnrolResponse:
        """This device's status and certificate."""
        return enrolment.me(engine, caller)


def _versions(versions: list[int]) -> str:
    return ", ".join(str(v) for v in sorted(set(versions))[:16])


def _add_sync_routes(app: FastAPI, engine: Engine) -> None:
    _authenticated, approved = _dependencies(engine)
    Approved = Annotated[Caller, Depends(approved)]

    @app.get("/v1/directory")
    def directory(
        _caller: Approved, since: Annotated[int | None, Query(ge=0, le=2**62)] = None
    ) -> DirectoryPage:
        """Approved and revoked devices with key cards and certificates; with ``since``
        only those approved or revoked after that version."""
        return enrolment.directory_page(engine, since)

    @app.get("/v1/devices/mine")
    def my_devices(caller: Approved) -> list[DirectoryEntry]:
        """The caller's user's approved devices (so each hands its keys to the others)."""
        return enrolment.directory(engine, user_id=caller.user_id)

    @app.post("/v1/grants")
    def put_grant(caller: Approved, body: Grant) -> Grant:
        """Store a wrapped case key for a user (creates the case if it has no grants yet)."""
        return sharing.put_grant(engine, caller, body)

    @app.post("/v1/grants/batch")
    def put_grants(caller: Approved, body: GrantBatch) -> GrantBatchResult:
        """Store up to 500 grants in one transaction; one refused grant refuses them all."""
        return GrantBatchResult(grants=sharing.put_grants(engine, caller, list(body.grants)))

    @app.get("/v1/grants/{case_id}")
    def case_grantees(caller: Approved, case_id: IdPath) -> CaseGrantees:
        """Users holding an unrevoked grant for the case (for re-wrapping a rotated key)."""
        return sharing.grantees(engine, caller, case_id)

    @app.delete("/v1/grants/{case_id}/{user_id}", status_code=204)
    def revoke_grant(caller: Approved, case_id: IdPath, user_id: IdPath) -> Response:
        """Revoke a user's access to a case."""
        sharing.revoke_grant(engine, caller, case_id, user_id)
        return Response(status_code=204)

    @app.post("/v1/recovery-wraps")
    def put_recovery_wraps(caller: Approved, body: RecoveryWraps) -> RecoveryWrapResults:
        """Store case keys wrapped to the organisation recovery key (never sent to devices)."""
        return recovery_cases.put_wraps(engine, caller, body)

    @app.post("/v1/push")
    def push(caller: Approved, body: PushRequest) -> PushResponse:
        """Check, number and commit a batch of ops, then answer per op."""
        blobstore.require_blob_ids(blob for op in body.ops for blob in op.blobs)
        return oplog.push(engine, caller, body)

    @app.post("/v1/pull")
    def pull(caller: Approved, body: PullRequest) -> PullResponse:
        """Ops, grants and revocations for this user since the cursor."""
        return oplog.pull(engine, caller, body)

    @app.post("/v1/verify")
    def verify(caller: Approved, body: VerifyRequest) -> VerifyResponse:
        """Which granted cases differ from the client's state hashes."""
        return case_states.verify(engine, caller, body)


def _add_blob_routes(app: FastAPI, engine: Engine) -> None:
    _authenticated, approved = _dependencies(engine)
    Approved = Annotated[Caller, Depends(approved)]
    raw_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {
                    "schema": {"type": "string", "format": "binary", "maxLength": BLOB_CHUNK}
                }
            },
        }
    }

    @app.put("/v1/blobs/{blob_id}/{index}", openapi_extra=raw_body)
    async def put_chunk(
        request: Request,
        caller: Approved,
        blob_id: BlobIdPath,
        index: IndexPath,
        case_id: Annotated[str, Query(min_length=1, max_length=64, pattern=ID_PATTERN)],
        chunks: Annotated[int, Query(ge=1, le=blobstore.MAX_CHUNKS)],
    ) -> BlobStatus:
        """Upload one encrypted chunk (idempotent; resumable)."""
        try:
            data = await request.body()
        except BodyTooLarge:
            raise ApiError(
                413, ErrorCode.BAD_REQUEST, "A blob chunk may be at most 4 MiB."
            ) from None
        # On a request thread, not the event loop: the chunk's transaction (and fsync) would
        # otherwise stop every other request of this process, chunks of one client too.
        return await run_in_threadpool(
            blobstore.put_chunk, engine, caller, blob_id, index, case_id, chunks, data
        )

    @app.post("/v1/blobs/status")
    def blob_statuses(caller: Approved, body: BlobStatusRequest) -> BlobStatuses:
        """Which chunks the server holds of each of up to 500 blobs (unknown ones left out)."""
        return BlobStatuses(blobs=blobstore.blob_statuses(engine, caller, list(body.blob_ids)))

    @app.get("/v1/blobs/{blob_id}")
    def blob_status(caller: Approved, blob_id: BlobIdPath) -> BlobStatus:
        """Which chunks of a blob the server holds."""
        return blobstore.blob_status(engine, caller, blob_id)

    @app.get(
        "/v1/blobs/{blob_id}/{index}",
        response_class=Response,
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    def get_chunk(caller: Approved, blob_id: BlobIdPath, index: IndexPath) -> Response:
        """One chunk's bytes."""
        data = blobstore.get_chunk(engine, caller, blob_id, index)
        return Response(content=data, media_type="application/octet-stream")


def _publish_errors_as_400(app: FastAPI) -> None:
    """OpenAPI: validation failures are answered 400 ErrorBody, not FastAPI's 422."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = original()
            for item in schema.get("paths", {}).values():
                for operation in item.values():
                    operation.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

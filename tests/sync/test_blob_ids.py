"""Blob ids: only the form the vault makes (22 URL-safe base64 characters) is accepted.

The server refuses anything else in its blob routes and in pushed ops (400
``bad_request``), on both databases over real HTTP.  Requests go out through a plain
socket, byte for byte: an HTTP library would normalise ``..`` segments away before sending.
The client refuses a malformed id before it becomes a URL or a file name in the vault.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from desktop.store import blobs as vault_blobs
from desktop.store.ids import new_id
from desktop.store.vault import Vault
from sync import _client_blobs as blob_io
from sync._client_http import Http, SyncError
from sync.protocol import BLOB_ID_PATTERN
from sync.server.db import blobs, make_engine
from tests.sync.conftest import Device, Org

# Request targets as sent on the wire, and what each one's blob id is once decoded.
BAD_IDS = {
    "..": "..",
    "%2e%2e": "%2e%2e",
    "%2E%2e": "%2E%2e",
    ".": ".",
    "NUL": "%00",
    "NUL inside": "AAAAAAAAAAA%00AAAAAAAAAA",
    "backslash": "..%5C..%5Cetc%5Cpasswd%5Cxx",
    "overlong": "A" * 23,
    "far too long": "A" * 5000,
    "short": "A" * 21,
    "dots in a valid length": "AAAAAAAAAA..AAAAAAAAAA",
    "old test style": "blob-" + "0" * 32,
    "non-ASCII": "%C3%A9" * 22,
    "space": "AAAAAAAAAAA%20AAAAAAAAAA",
}


def raw(server: Org, device: Device, method: str, target: str) -> tuple[int, dict[str, Any]]:
    """One HTTP/1.1 request with ``target`` exactly as given; (status, JSON body)."""
    request = (
        f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {device.token}\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Length: 6\r\nConnection: close\r\n\r\nsealed"
    ).encode("ascii")
    with socket.create_connection(("127.0.0.1", server.server.port), timeout=30) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body) if body else {}


def test_the_server_refuses_malformed_blob_ids_in_every_route(
    server: Org, make_device: Any
) -> None:
    alice = make_device()
    case_id = alice.create_case()
    for name, bad in BAD_IDS.items():
        for method, target in (
            ("GET", f"/v1/blobs/{bad}"),
            ("GET", f"/v1/blobs/{bad}/0"),
            ("PUT", f"/v1/blobs/{bad}/0?case_id={case_id}&chunks=1"),
        ):
            status, body = raw(server, alice, method, target)
            assert (status, body.get("code")) == (400, "bad_request"), (name, method, body)
    engine = make_engine(server.database_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(select(blobs.c.blob_id)).scalars().all()
    finally:
        engine.dispose()
    assert stored == []


def test_traversal_that_adds_path_segments_never_reaches_a_blob_route(
    server: Org, make_device: Any
) -> None:
    """A ``/`` (or ``%2F``) in an id decodes to more path segments: either no route at all
    (404 "no such endpoint", no handler ran) or a route whose id is refused (400)."""
    alice = make_device()
    case_id = alice.create_case()
    slash = "AAAAAAAAAA%2FAAAAAAAAAAA"
    for method, target, expected in (
        ("GET", "/v1/blobs/..%2F..%2Fetc%2Fpasswd/0", 404),
        ("GET", "/v1/blobs/%2e%2e/%2e%2e/0", 404),
        ("GET", f"/v1/blobs/{slash}/0", 404),
        ("PUT", f"/v1/blobs/{slash}/0?case_id={case_id}&chunks=1", 404),
        ("GET", f"/v1/blobs/{slash}", 400),  # read as /v1/blobs/{id}/{index}
        ("GET", "/v1/blobs/..%2F0", 400),
    ):
        status, body = raw(server, alice, method, target)
        if expected == 404:
            assert (status, body["message"]) == (404, "There is no such endpoint."), target
        else:
            assert (status, body["code"]) == (400, "bad_request"), target


def test_a_well_formed_id_still_works_over_the_same_raw_requests(
    server: Org, make_device: Any
) -> None:
    """The refusals above are about the ids, not about how the requests were sent."""
    alice = make_device()
    case_id = alice.create_case()
    good = new_id()
    assert re.fullmatch(BLOB_ID_PATTERN, good)
    status, body = raw(server, alice, "PUT", f"/v1/blobs/{good}/0?case_id={case_id}&chunks=1")
    assert (status, body["complete"]) == (200, True)
    assert raw(server, alice, "GET", f"/v1/blobs/{good}")[0] == 200


def test_a_push_naming_a_malformed_blob_id_is_refused(server: Org, make_device: Any) -> None:
    alice = make_device()
    case_id = alice.create_case()
    for bad in ("..", "...", "a:b", "A" * 23, "A" * 21, "blob-" + "0" * 32):
        op = alice.op(case_id, blobs=[bad])
        response = alice.post("/v1/push", {"ops": [op.model_dump(mode="json")]})
        assert response.status_code == 400, (bad, response.text)
        assert response.json()["code"] == "bad_request"
    assert alice.pull()["ops"] == []  # nothing of them was stored


# -- the client ------------------------------------------------------------------------------
def test_the_client_refuses_a_malformed_id_before_any_request_or_file(
    server: Org, make_device: Any, vault: Vault
) -> None:
    alice = make_device()
    log_before = server.server.log_text()
    for bad in ("..", "../../../escaped", "A" * 23, "AA/" + "A" * 19, "AAAAAAAAAAA\x00AAAAAAAAAA"):
        with Http(server.base_url, alice.token, None) as http:
            with pytest.raises(SyncError) as refused:
                blob_io.download(http, vault, bad, "case-x", "k1", 10)
            assert refused.value.code == "sync.failed.bad_blob_id"
            assert bad not in str(refused.value)  # never quoted: it may hold anything
            with pytest.raises(SyncError) as not_sent:
                blob_io.upload(http, vault, bad, None)
            assert not_sent.value.code == "sync.failed.bad_blob_id"
        if "\x00" not in bad:
            target = vault_blobs.blob_path(vault.folder, bad)
            assert not target.exists() and not Path(f"{target}.part").exists()
    assert "/v1/blobs" not in server.server.log_text()[len(log_before) :]


def test_the_client_refuses_an_answer_about_another_blob(vault: Vault) -> None:
    """A server (or something between) answering for another blob id: nothing is fetched.
    A real server cannot be made to do this, so this one answer is scripted."""
    asked, other = new_id(), new_id()
    requests: list[str] = []

    def lying(request: httpx.Request) -> httpx.Response:
        requests.append(request.url.path)
        body = {"blob_id": other, "case_id": "case-x", "chunks": 1, "received": [0],
                "complete": True}  # fmt: skip
        return httpx.Response(200, json=body)

    with (
        Http("https://sync.example", "token", httpx.MockTransport(lying)) as http,
        pytest.raises(SyncError) as refused,
    ):
        blob_io.download(http, vault, asked, "case-x", "k1", 10)
    assert refused.value.code == "sync.failed.other_blob"
    assert requests == [f"/v1/blobs/{asked}"]
    assert not vault_blobs.blob_path(vault.folder, asked).exists()

"""``python -m tests.bench.sync --grow``: a user holding 100,000 cases (see sync.py's doc string).

The user's grants, access rows, ops and case states are inserted in bulk straight into the
server's tables (one real op and grant pushed first are the templates, as the baseline of
the main benchmark copies pushed op rows), numbered under the server's sequence lock, then
the user is measured through the real server over HTTP.
"""

from __future__ import annotations

import statistics
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, insert, select, text

OPS_PER_CASE = 2
CHUNK = 5_000  # cases per insert transaction
NOOP_PULLS = 60
VERIFIES = 5
DRIFTED = 10  # cases the drifted verify finds


def _insert(engine: Engine, device: Any, cases: int) -> dict[str, list[str]]:
    """Grant ``cases`` new cases to ``device``'s user, each with OPS_PER_CASE ops, as the
    server would have stored them; returns case id -> op ids."""
    from sync.protocol import bucket_key, case_state_hash
    from sync.server.common import reserve_seq
    from sync.server.db import access, case_states, grants, ops

    with engine.begin() as conn:
        op_row = dict(
            conn.execute(select(ops).where(ops.c.device == device.device_id)).first()._mapping
        )  # type: ignore[union-attr]
        grant_row = dict(
            conn.execute(select(grants).where(grants.c.user_id == device.user_id)).first()._mapping  # type: ignore[union-attr]
        )
    made: dict[str, list[str]] = {}
    per_case = 1 + OPS_PER_CASE
    for start in range(0, cases, CHUNK):
        count = min(CHUNK, cases - start)
        new_grants, new_access, new_ops, new_states = [], [], [], []
        with engine.begin() as conn:
            first = reserve_seq(conn, count * per_case) - count * per_case + 1
            for n in range(count):
                case_id = f"grow-{uuid.uuid4().hex[:20]}"
                seq = first + n * per_case
                new_grants.append(grant_row | {"case_id": case_id, "seq": seq})
                new_access.append({"user_id": device.user_id, "case_id": case_id, "since": seq})
                ids = [f"op-{uuid.uuid4().hex}" for _ in range(OPS_PER_CASE)]
                for k, op_id in enumerate(ids, start=1):
                    new_ops.append(op_row | {"op_id": op_id, "case_id": case_id, "seq": seq + k})
                count_, total = case_state_hash(ids).split("-")
                new_states.append(
                    {"case_id": case_id, "op_count": int(count_), "op_sum": total,
                     "bucket_key": bucket_key(case_id)}
                )  # fmt: skip
                made[case_id] = ids
            conn.execute(insert(grants), new_grants)
            conn.execute(insert(access), new_access)
            conn.execute(insert(ops), new_ops)
            conn.execute(insert(case_states), new_states)
    # Statistics, as a database that grew over months has them (PostgreSQL's autovacuum
    # would gather them soon after such an insert; without them the planner takes the user
    # for one with a handful of cases).
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    return made


def _old_verify(engine: Engine, user: str, claimed: dict[str, str]) -> int:
    """The server's work in verify before protocol 6 (sync/server/oplog.py at bb0c928):
    every op id of every case the user holds, hashed sorted per case.  Returns how many
    cases differ."""
    import hashlib

    from sync.server.db import grants, ops, reading

    wanted = select(grants.c.case_id).where(
        and_(grants.c.user_id == user, grants.c.revoked.is_(False))
    )
    op_ids: dict[str, list[str]] = {}
    with reading(engine) as conn:
        granted = {str(r.case_id) for r in conn.execute(wanted.distinct())}
        for r in conn.execute(select(ops.c.case_id, ops.c.op_id).where(ops.c.case_id.in_(wanted))):
            op_ids.setdefault(str(r.case_id), []).append(str(r.op_id))

    def old_hash(ids: list[str]) -> str:
        digest = hashlib.sha256()
        for op_id in sorted(ids):
            digest.update(op_id.encode() + b"\n")
        return digest.hexdigest()

    return sum(1 for c, h in claimed.items() if c in granted and old_hash(op_ids.get(c, [])) != h)


def _ms(values: list[float], pct: float) -> float:
    from tests.bench.sync import percentile

    return round(percentile(values, pct) * 1000, 1)


def run(url: str, work: Path, cases: int, workers: int) -> dict[str, Any]:
    from sync._client_verify import request_for
    from sync.protocol import PROTOCOL_VERSION, VerifyResponse, case_state_hash
    from sync.server import admin
    from sync.server.db import make_engine
    from tests.sync.conftest import ORG_PASSPHRASE, Org, approve, enrol, start_server

    key_path = work / "org.pem"
    info = admin.create_org(url, "Bench NGO", key_path, ORG_PASSPHRASE)
    server = start_server(url, work / "server.log", log_level="warning", workers=workers)
    result: dict[str, Any] = {
        "mode": "grow", "database": url.split(":", 1)[0], "grow_cases": cases,
        "grow_ops": cases * OPS_PER_CASE, "server_workers": workers,
    }  # fmt: skip
    engine = make_engine(url)
    device: Any = None
    try:
        org = Org(url, key_path, info, server)
        device = enrol(org)
        approve(org, device)
        template = device.create_case()
        template_op = device.op(template)
        device.push(template_op)
        started = time.perf_counter()
        made = _insert(engine, device, cases)
        result["grow_insert_s"] = round(time.perf_counter() - started, 1)

        # The user's first pull, every page, so the server's connections have served pages.
        started, pages, cursor, pulled = time.perf_counter(), 0, None, 0
        while True:
            page = device.pull(cursor)
            pages, pulled, cursor = pages + 1, pulled + len(page["ops"]), page["cursor"]
            if not page["more"]:
                break
        result["grow_first_pull_s"] = round(time.perf_counter() - started, 1)
        result["grow_first_pull_pages"] = pages
        if pulled != cases * OPS_PER_CASE + 1:
            raise RuntimeError(f"the first pull brought {pulled} ops")

        hello = {"versions": [PROTOCOL_VERSION], "client": "bench", "client_time": "now"}
        noop, baseline = [], []
        for _ in range(NOOP_PULLS):
            started = time.perf_counter()
            answer = device.post("/v1/pull", {"cursor": cursor})
            answer.raise_for_status()
            noop.append(time.perf_counter() - started)
            if answer.json()["ops"]:
                raise RuntimeError("the no-op pull moved something")
            started = time.perf_counter()
            device.post("/v1/hello", hello).raise_for_status()
            baseline.append(time.perf_counter() - started)
        result["noop_pull_p50_ms"] = _ms(noop, 50)
        result["noop_pull_p95_ms"] = _ms(noop, 95)
        result["noop_hello_p95_ms"] = _ms(baseline, 95)  # baseline: a request that reads nothing

        # Verify: the client's side (states of its cases, bucket digests), then the request.
        held = made | {template: [template_op.op_id]}
        started = time.perf_counter()
        states = {c: case_state_hash(op_ids) for c, op_ids in held.items()}
        request = request_for(states, set())
        result["verify_client_s"] = round(time.perf_counter() - started, 2)
        body = request.model_dump(mode="json")
        result["verify_request_kb"] = round(len(request.model_dump_json()) / 1024, 1)
        result["verify_bucket_bits"] = request.bucket_bits
        seconds = []
        for _ in range(VERIFIES):
            started = time.perf_counter()
            answer = device.post("/v1/verify", body)
            answer.raise_for_status()
            seconds.append(time.perf_counter() - started)
            cases_answered = VerifyResponse.model_validate(answer.json()).cases
        result["verify_s"] = round(statistics.median(seconds), 3)
        result["verify_max_s"] = round(max(seconds), 3)
        result["verify_answered"] = len(cases_answered)  # nothing differs: 0
        if cases_answered:
            raise RuntimeError(f"verify answered {len(cases_answered)} cases, expected none")
        drifted = dict(states)
        for case_id in list(states)[:DRIFTED]:
            drifted[case_id] = case_state_hash(held[case_id][:1])  # an op missing here
        started = time.perf_counter()
        answer = device.post("/v1/verify", request_for(drifted, set()).model_dump(mode="json"))
        answer.raise_for_status()
        result["verify_drifted_s"] = round(time.perf_counter() - started, 3)
        answered = VerifyResponse.model_validate(answer.json()).cases
        result["verify_drifted_answered"] = len(answered)
        if not set(list(states)[:DRIFTED]) <= set(answered):
            raise RuntimeError("verify missed a drifted case")

        # Baseline: what verify cost the server before protocol 6 (the same user and cases).
        old_claims = {c: "old" for c in held}
        started = time.perf_counter()
        _old_verify(engine, device.user_id, old_claims)
        result["old_verify_server_s"] = round(time.perf_counter() - started, 2)
        result["verify_ratio"] = round(result["verify_s"] / result["old_verify_server_s"], 3)
    finally:
        if device is not None:
            device.client.close()
        engine.dispose()
        server.stop()
    return result

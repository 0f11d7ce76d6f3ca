"""The grants of a batch's cases, read once and kept in step as the batch is stored.

A first sync posts ten thousand grants.  Checked and stored one at a time, each cost about
seven statements (does the case exist, does the caller hold it, own it, is the recipient
an approved device with that key card, is the grant stored already, the insert, the access
row) — on PostgreSQL each a round trip.  Here a batch reads every grant row of its cases
and its recipient devices in a few queries, answers those questions from memory (each
grant seeing the ones before it in the batch, as before), and writes what changed with one
statement per kind.  The rules themselves stay in ``sharing.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, insert, select, update

from sync.server.db import access, devices, grants

# Well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
_IN_CHUNK = 500

GrantKey = tuple[str, str, str, str]  # (case id, user id, key id, device id)

_UPDATE = (
    update(grants)
    .where(
        and_(
            grants.c.case_id == bindparam("k_case"),
            grants.c.user_id == bindparam("k_user"),
            grants.c.key_id == bindparam("k_key"),
            grants.c.device_id == bindparam("k_device"),
        )
    )
    .values(
        enc=bindparam("enc"),
        wrapped=bindparam("wrapped"),
        recipient_fingerprint=bindparam("recipient_fingerprint"),
        granted_by=bindparam("granted_by"),
        signature=bindparam("signature"),
        seq=bindparam("seq"),
        revoked=bindparam("revoked"),
        revoked_seq=bindparam("revoked_seq"),
        manage=bindparam("manage"),
    )
)
_CHANGEABLE = (
    "enc", "wrapped", "recipient_fingerprint", "granted_by", "signature", "seq", "revoked",
    "revoked_seq", "manage",
)  # fmt: skip
_DELETE_ACCESS = delete(access).where(
    and_(access.c.user_id == bindparam("k_user"), access.c.case_id == bindparam("k_case"))
)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


class BatchGrants:
    """Every stored grant of some cases, and the approved devices among some device ids,
    as of the start of the batch's transaction (taken under the sequence lock, so no other
    writer changes them meanwhile); then the batch's own changes, written by :meth:`write`."""

    def __init__(self, conn: Connection, case_ids: Iterable[str], device_ids: Iterable[str]):
        self._conn = conn
        self._rows: dict[GrantKey, dict[str, Any]] = {}
        self._by_case: dict[str, set[GrantKey]] = {}
        for chunk in _chunks(sorted(set(case_ids))):
            for row in conn.execute(select(grants).where(grants.c.case_id.in_(chunk))):
                self._keep(dict(row._mapping))
        self._devices: dict[str, tuple[str, str]] = {}  # approved device -> (user, card)
        for chunk in _chunks(sorted(set(device_ids))):
            for device_id, user_id, fingerprint in conn.execute(
                select(devices.c.device_id, devices.c.user_id, devices.c.fingerprint).where(
                    and_(devices.c.device_id.in_(chunk), devices.c.status == "approved")
                )
            ):
                self._devices[str(device_id)] = (str(user_id), str(fingerprint))
        self._inserts: dict[GrantKey, dict[str, Any]] = {}
        self._updates: dict[GrantKey, dict[str, Any]] = {}
        self._access: set[tuple[str, str]] = set()  # (case, user) whose access row is stale

    def _keep(self, row: dict[str, Any]) -> None:
        key = (row["case_id"], row["user_id"], row["key_id"], row["device_id"])
        self._rows[key] = row
        self._by_case.setdefault(row["case_id"], set()).add(key)

    # -- questions (as of the grants before this one in the batch) -------------------------
    def case_exists(self, case_id: str) -> bool:
        """Any grant of the case was ever stored (revoked ones too)."""
        return bool(self._by_case.get(case_id))

    def holds(self, case_id: str, user_id: str, *, managing: bool = False) -> bool:
        """``user_id`` holds an unrevoked grant of the case (with ``manage`` if asked)."""
        return any(
            key[1] == user_id
            and not self._rows[key]["revoked"]
            and (self._rows[key]["manage"] or not managing)
            for key in self._by_case.get(case_id, ())
        )

    def approved_device(self, device_id: str, user_id: str, fingerprint: str) -> bool:
        """An approved device of ``user_id`` holding the key card ``fingerprint``."""
        return self._devices.get(device_id) == (user_id, fingerprint)

    def stored(self, key: GrantKey) -> dict[str, Any] | None:
        return self._rows.get(key)

    # -- changes -----------------------------------------------------------------------------
    def put(self, key: GrantKey, values: dict[str, Any], *, refresh_access: bool) -> None:
        """Insert or replace the grant row ``key`` (``values``: every column)."""
        row = dict(values)
        if key in self._rows and key not in self._inserts:
            self._updates[key] = row
        else:
            self._inserts[key] = row
        self._keep(row)
        if refresh_access:
            self._access.add((key[0], key[1]))

    def write(self) -> None:
        """Write the batch's changes: new rows, changed rows, then the access rows of the
        (case, user) pairs whose grants changed (since = their smallest unrevoked seq)."""
        conn = self._conn
        if self._inserts:
            conn.execute(insert(grants), list(self._inserts.values()))
        if self._updates:
            conn.execute(
                _UPDATE,
                [
                    {name: row[name] for name in _CHANGEABLE}
                    | {"k_case": k[0], "k_user": k[1], "k_key": k[2], "k_device": k[3]}
                    for k, row in self._updates.items()
                ],
            )
        if not self._access:
            return
        pairs = sorted(self._access)
        conn.execute(_DELETE_ACCESS, [{"k_case": c, "k_user": u} for c, u in pairs])
        rows = []
        for case_id, user_id in pairs:
            seqs = [
                self._rows[key]["seq"]
                for key in self._by_case.get(case_id, ())
                if key[1] == user_id and not self._rows[key]["revoked"]
            ]
            if seqs:
                rows.append({"user_id": user_id, "case_id": case_id, "since": min(seqs)})
        if rows:
            conn.execute(insert(access), rows)

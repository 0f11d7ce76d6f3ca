"""Convergence of the real projection merge under unreliable delivery (issue 6).

A few replicas each hold a real in-memory :class:`Projection`.  They edit,
delete and append timeline entries the way ``CaseService`` does (parents are the
field heads the replica sees; HLC from the replica's own clock, skewed by up to
three hours), while ops travel between them partially, duplicated, reordered
and late.  At the end every replica receives every op, in a random order with
duplicates.  Then:

(a) every replica holds the same state;
(b) no edit is silently lost: each value ever written is a current head of its
    field (as the value or among the alternatives) or an ancestor of a later
    write of that field; the heads are exactly the causal frontier;
(c) a delete racing an edit (neither saw the other) is a conflict everywhere
    until someone who saw the edit deletes or keeps the record (as
    ``desktop.cases.conflicts`` does), and only then; the expectation is
    computed from the op graph, not from any replica;
(d) append-only timeline entries never conflict;
(e) applying one op set in two different causal orders gives the same state.

The projection's precondition is causal delivery ("the local log and the
server's order both guarantee it"): a server-ordered pull hands a device an op
only after everything its author had seen.  The replicas model exactly that: a
received op is held until its author's whole history has been applied, and a
duplicate of an op already received is dropped.

Teeth: the same checks run against a last-writer-wins merge and a delete-wins
merge must find a counterexample (see the ``test_detects_*`` tests).

Findings in the real merge, now fixed and kept as regression tests at the end:
concurrent deletes of one record used to diverge (the last delete applied
decided; the projection now keeps every unsuperseded delete and what deletes
have seen), and the fingerprint rows kept arrival order in their JSON (now
sorted).  The main property still keeps the deletes of a record causally
ordered (``serial_deletes``); ``test_concurrent_deletes_converge`` runs without
that limit.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from desktop.cases.derive import CaseDeriver
from desktop.cases.model import APPEND_ONLY, FIELDS, Entity
from desktop.cases.service import CaseService
from desktop.store.hlc import HybridClock
from desktop.store.oplog import Op, OpHeader
from desktop.store.projection import Projection, Record

CASE_ID = "case-1"
TOPIC = Entity.TOPIC.value
TIMELINE = Entity.TIMELINE.value
TOPIC_FIELDS = FIELDS[Entity.TOPIC]
NOTE_FIELDS = ("occurred_at", "kind", "note")
VALUES = ("a", "b", "c")  # few, so that equal values (an unchanged field) happen too
REPLICAS = 3
HOUR_MS = 3_600_000
EPOCH_MS = 1_750_000_000_000

assert Entity.TIMELINE in APPEND_ONLY and Entity.TOPIC not in APPEND_ONLY

# Bounded so the file runs in seconds; derandomized and without a database so a
# CI run is the same run every time.
PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _parents(rec: Record | None, names: Iterable[str]) -> list[str]:
    """The parents the service gives a local op (reusing its own code, so the model follows it)."""
    return CaseService._parents(cast(CaseService, None), rec, list(names))


# -- merges under test ------------------------------------------------------------


class LwwProjection(Projection):
    """A merge this project must not have: per field, the highest HLC wins and the rest is dropped."""

    @staticmethod
    def _put_field(
        rec: Record, name: str, value: Any, op_id: str, hlc: str, parents: set[str]
    ) -> None:
        current = rec.field_heads(name)
        if any((h[1], h[0]) > (hlc, op_id) for h in current):
            return  # an older stamp loses, even if its author saw the newer one
        rec.data[name] = value
        rec.alts.pop(name, None)
        rec.heads[name] = [[op_id, hlc]]


class DeleteWinsProjection(Projection):
    """A merge this project must not have: a delete racing an edit silently wins."""

    def apply(self, op: Op) -> None:
        super().apply(op)
        rec = self.get(op.header.entity, op.header.entity_id)
        assert rec is not None
        rec.delete_conflict = False


# -- the replica model --------------------------------------------------------------


@dataclass
class World:
    """Every op ever made, and what its author had applied when making it."""

    projection_cls: type[Projection]
    serial_deletes: bool = True
    now: int = EPOCH_MS
    ops: dict[str, Op] = field(default_factory=dict)
    history: dict[str, frozenset[str]] = field(default_factory=dict)
    records: list[tuple[str, str]] = field(default_factory=list)
    replicas: list[Replica] = field(default_factory=list)
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict)

    def ancestors(self, op_id: str) -> frozenset[str]:
        """Ops reachable through causal parents (not including ``op_id``)."""
        if op_id not in self._ancestors:
            result: set[str] = set()
            for parent in self.ops[op_id].header.parents:
                result.add(parent)
                result |= self.ancestors(parent)
            self._ancestors[op_id] = frozenset(result)
        return self._ancestors[op_id]


class Replica:
    """One device: a real projection, the ops it applied, and those it holds back."""

    def __init__(self, world: World, index: int, skew_ms: int) -> None:
        self.world = world
        self.index = index
        self.projection = world.projection_cls(CaseDeriver(lambda s: "h" + s))
        self.applied: dict[str, None] = {}  # ordered set
        self.held: dict[str, Op] = {}
        self.clock = HybridClock(now_ms=lambda: world.now + skew_ms)
        self.made = 0

    # receiving
    def receive(self, op: Op) -> None:
        """Take an op off the wire: duplicates are dropped, early ops wait for their history."""
        op_id = op.header.op_id
        if op_id in self.applied or op_id in self.held:
            return
        self.held[op_id] = op
        progress = True
        while progress:
            progress = False
            for held_id, held in list(self.held.items()):
                if self.world.history[held_id] <= self.applied.keys():
                    del self.held[held_id]
                    self._apply(held)
                    progress = True
        self.projection.flush()

    def _apply(self, op: Op) -> None:
        self.projection.apply(op)
        self.applied[op.header.op_id] = None

    # local changes, as CaseService makes them
    def _make(
        self, entity: str, entity_id: str, fields: dict[str, Any], parents: list[str], kind: str
    ) -> Op:
        self.made += 1
        header = OpHeader(
            op_id=f"r{self.index}-{self.made:03d}",
            case_id=CASE_ID,
            entity=entity,
            entity_id=entity_id,
            hlc=self.clock.tick().encode(),
            parents=tuple(parents),
            author=f"user{self.index}",
            device=f"device{self.index}",
            key_id="k",
        )
        op = Op(header, {"t": kind, "f": fields})
        self.world.ops[header.op_id] = op
        self.world.history[header.op_id] = frozenset(self.applied)
        self._apply(op)
        self.projection.flush()
        return op

    def live_topics(self) -> list[tuple[str, Record]]:
        """Topic records this replica shows (the service refuses deleted ones)."""
        return self._topics(lambda r: r.deleted_by is None)

    def create_topic(self, mask: int, value: int) -> None:
        names = [n for k, n in enumerate(TOPIC_FIELDS) if mask >> k & 1] or [TOPIC_FIELDS[0]]
        entity_id = f"topic-{len(self.world.records)}"
        self.world.records.append((TOPIC, entity_id))
        fields = {n: VALUES[(value + k) % len(VALUES)] for k, n in enumerate(names)}
        self._make(TOPIC, entity_id, fields, [], "put")

    def add_note(self) -> None:
        entity_id = f"note-{len(self.world.records)}"
        self.world.records.append((TIMELINE, entity_id))
        fields = {"occurred_at": "2025-06-01T10:00", "kind": "consultation", "note": entity_id}
        self._make(TIMELINE, entity_id, fields, [], "put")

    def edit(self, pick: int, mask: int, value: int) -> None:
        topics = self.live_topics()
        if not topics:
            return
        entity_id, rec = topics[pick % len(topics)]
        names = [n for k, n in enumerate(TOPIC_FIELDS) if mask >> k & 1]
        wanted = {n: VALUES[(value + k) % len(VALUES)] for k, n in enumerate(names)}
        # As CaseService._update: only what changes, or what is in conflict.
        changed = {k: v for k, v in wanted.items() if rec.data.get(k) != v or k in rec.alts}
        if changed:
            self._make(TOPIC, entity_id, changed, _parents(rec, changed), "put")

    def delete(self, pick: int) -> None:
        topics = self.live_topics()
        if not topics:
            return
        entity_id, rec = topics[pick % len(topics)]
        if self.world.serial_deletes and any(
            o.kind == "delete" and o.header.entity_id == entity_id and i not in self.applied
            for i, o in self.world.ops.items()
        ):
            return  # this world keeps deletes of one record causally ordered
        self._make(TOPIC, entity_id, {}, _parents(rec, rec.data), "delete")

    def _topics(self, wanted: Callable[[Record], bool]) -> list[tuple[str, Record]]:
        out = []
        for entity, entity_id in self.world.records:
            rec = self.projection.get(entity, entity_id)
            if entity == TOPIC and rec is not None and wanted(rec):
                out.append((entity_id, rec))
        return out

    def resolve_field(self, pick: int, value: int) -> None:
        """As conflicts.resolve_field: one value supersedes every competing head."""
        found = [
            (entity_id, rec, name)
            for entity_id, rec in self._topics(lambda r: True)
            for name in sorted(rec.heads)
            if len(rec.heads[name]) > 1
        ]
        if found:
            entity_id, rec, name = found[pick % len(found)]
            heads = sorted(h[0] for h in rec.field_heads(name))
            self._make(TOPIC, entity_id, {name: VALUES[value % len(VALUES)]}, heads, "put")

    def resolve_delete(self, pick: int, keep: bool) -> None:
        """As conflicts.resolve_delete: keep the current values, or delete having seen them."""
        found = self._topics(lambda r: r.delete_conflict and r.deleted_by is not None)
        if not found:
            return
        entity_id, rec = found[pick % len(found)]
        assert rec.deleted_by is not None
        parents = {rec.deleted_by}
        for name in rec.data:
            parents.update(h[0] for h in rec.field_heads(name))
        if keep:
            self._make(TOPIC, entity_id, dict(rec.data), sorted(parents), "put")
        else:
            self._make(TOPIC, entity_id, {}, sorted(parents), "delete")


# -- schedules ------------------------------------------------------------------------

replica_index = st.integers(0, REPLICAS - 1)
pick = st.integers(0, 7)
action = st.one_of(
    st.tuples(st.just("edit"), replica_index, pick, st.integers(1, 15), st.integers(0, 2)),
    st.tuples(st.just("deliver"), replica_index, pick),
    st.tuples(st.just("delete"), replica_index, pick),
    st.tuples(st.just("create"), replica_index, st.integers(1, 15), st.integers(0, 2)),
    st.tuples(st.just("note"), replica_index),
    st.tuples(st.just("deliver_all"), replica_index, st.integers(0, 2**16)),
    st.tuples(st.just("duplicate"), replica_index, pick),
    st.tuples(st.just("wait"), st.integers(0, 2 * HOUR_MS)),
    st.tuples(st.just("resolve_field"), replica_index, pick, st.integers(0, 2)),
    st.tuples(st.just("resolve_delete"), replica_index, pick, st.booleans()),
)


@dataclass(frozen=True)
class Scenario:
    skews: tuple[int, ...]
    actions: tuple[tuple[Any, ...], ...]
    final_seed: int


scenarios = st.builds(
    Scenario,
    skews=st.tuples(*[st.integers(-3 * HOUR_MS, 3 * HOUR_MS)] * REPLICAS),
    actions=st.lists(action, min_size=8, max_size=60).map(tuple),
    final_seed=st.integers(0, 2**16),
)


def run(
    scenario: Scenario, projection_cls: type[Projection] = Projection, serial_deletes: bool = True
) -> World:
    """Play a schedule, then deliver everything everywhere (shuffled, with duplicates)."""
    world = World(projection_cls, serial_deletes)
    world.replicas = [Replica(world, i, s) for i, s in enumerate(scenario.skews)]
    # Everyone starts from one shared topic, so concurrent edits are common.
    first = world.replicas[0]
    first.create_topic(mask=0b1111, value=0)
    for replica in world.replicas[1:]:
        replica.receive(world.ops["r0-001"])
    for step in scenario.actions:
        world.now += 1000
        kind, args = step[0], step[1:]
        if kind == "wait":
            world.now += args[0]
            continue
        replica = world.replicas[args[0]]
        if kind == "edit":
            replica.edit(*args[1:])
        elif kind == "delete":
            replica.delete(args[1])
        elif kind == "resolve_field":
            replica.resolve_field(*args[1:])
        elif kind == "resolve_delete":
            replica.resolve_delete(*args[1:])
        elif kind == "create":
            replica.create_topic(*args[1:])
        elif kind == "note":
            replica.add_note()
        elif kind == "deliver":
            pending = [o for i, o in world.ops.items() if i not in replica.applied]
            if pending:
                replica.receive(pending[args[1] % len(pending)])
        elif kind == "duplicate":
            seen = list(replica.applied)
            replica.receive(world.ops[seen[args[1] % len(seen)]])
        elif kind == "deliver_all":
            pending = [o for i, o in world.ops.items() if i not in replica.applied]
            random.Random(args[1]).shuffle(pending)
            for op in pending:
                replica.receive(op)
    rng = random.Random(scenario.final_seed)
    for replica in world.replicas:
        wire = list(world.ops.values())
        wire += rng.sample(wire, k=len(wire) // 2)  # duplicates
        rng.shuffle(wire)
        for op in wire:
            replica.receive(op)
        assert not replica.held and len(replica.applied) == len(world.ops)
    return world


# -- the properties -------------------------------------------------------------------


def state(projection: Projection) -> dict[tuple[str, str], Any]:
    """What the records mean: values, head sets, alternatives, deleted, delete conflict."""
    out: dict[tuple[str, str], Any] = {}
    keys = projection.conn.execute("SELECT entity, entity_id FROM records").fetchall()
    for entity, entity_id in keys:
        rec = projection.get(entity, entity_id)
        assert rec is not None
        names = set(rec.data) | set(rec.heads)
        heads = {n: sorted(tuple(h) for h in rec.field_heads(n)) for n in names}
        out[(entity, entity_id)] = (
            rec.case_id,
            rec.data,
            heads,
            rec.alts,
            rec.deleted_by is not None,
            rec.delete_conflict,
        )
    return out


def check_converged(world: World) -> None:
    """(a) Every replica holds the same state."""
    states = [state(r.projection) for r in world.replicas]
    for index, other in enumerate(states[1:], start=1):
        assert other == states[0], f"(a) replica {index} diverged from replica 0"


def check_nothing_lost(world: World) -> None:
    """(b) Every write is a current head of its field or an ancestor of a later write of it."""
    writers: dict[tuple[str, str], list[str]] = {}
    for op_id, op in world.ops.items():
        if op.kind == "put":
            for name in op.fields:
                writers.setdefault((op.header.entity_id, name), []).append(op_id)
    for replica in world.replicas:
        for (entity_id, name), ops in writers.items():
            entity = world.ops[ops[0]].header.entity
            rec = replica.projection.get(entity, entity_id)
            assert rec is not None, f"(b) record {entity_id} vanished"
            heads = {h[0] for h in rec.field_heads(name)}
            for op_id in ops:
                value = world.ops[op_id].fields[name]
                if op_id in heads:
                    shown = rec.data[name] if len(heads) == 1 else rec.alts[name].get(op_id)
                    assert shown == value, f"(b) {op_id}'s value of {name} is not shown"
                else:
                    assert any(op_id in world.ancestors(o) for o in ops), (
                        f"(b) edit {op_id} of {entity_id}.{name} silently lost "
                        f"on replica {replica.index}"
                    )
            frontier = {o for o in ops if not any(o in world.ancestors(p) for p in ops)}
            assert heads == frontier, f"(b) heads of {entity_id}.{name} are not the frontier"
            if len(heads) > 1:
                assert set(rec.alts[name]) == heads, f"(b) alternatives of {name} incomplete"
    for op_id, op in world.ops.items():
        if op.kind == "delete" and not any(op_id in world.ancestors(o) for o in world.ops):
            for replica in world.replicas:
                rec = replica.projection.get(op.header.entity, op.header.entity_id)
                assert rec is not None and rec.deleted_by is not None, (
                    f"(b) delete {op_id} silently lost on replica {replica.index}"
                )


def expected_deletion(world: World, entity_id: str) -> tuple[bool, bool]:
    """(deleted, delete conflict) as the op graph says, independent of any delivery order.

    Deleted: some delete is not superseded (no later op names it among its parents).
    In conflict: deleted, and some write was seen by no delete at all, i.e. a delete
    raced it and nobody who saw it settled the race by deleting (or keeping) again.
    """
    ops = [i for i, o in world.ops.items() if o.header.entity_id == entity_id]
    deletes = [i for i in ops if world.ops[i].kind == "delete"]
    standing = [d for d in deletes if not any(d in world.ancestors(o) for o in ops)]
    seen_by_a_delete: set[str] = set()
    for d in deletes:
        seen_by_a_delete |= world.ancestors(d)
    unseen = [i for i in ops if world.ops[i].kind == "put" and i not in seen_by_a_delete]
    return bool(standing), bool(standing) and bool(unseen)


def check_delete_races(world: World) -> None:
    """(c) A delete that raced an edit is a conflict on every replica until someone settles it."""
    for entity, entity_id in world.records:
        deleted, conflict = expected_deletion(world, entity_id)
        for replica in world.replicas:
            rec = replica.projection.get(entity, entity_id)
            assert rec is not None
            assert (rec.deleted_by is not None) == deleted, (
                f"(c) {entity_id} on replica {replica.index}: deleted should be {deleted}"
            )
            assert rec.delete_conflict == conflict, (
                f"(c) {entity_id} on replica {replica.index}: delete conflict should be {conflict}"
            )


def check_timeline(world: World) -> None:
    """(d) Append-only timeline entries never conflict and keep what was written."""
    for entity, entity_id in world.records:
        if entity != TIMELINE:
            continue
        for replica in world.replicas:
            rec = replica.projection.get(entity, entity_id)
            assert rec is not None, f"(d) timeline entry {entity_id} missing"
            assert not rec.in_conflict and not rec.alts and rec.deleted_by is None, (
                f"(d) timeline entry {entity_id} in conflict"
            )
            assert rec.data["note"] == entity_id


def causal_order(world: World, seed: int) -> list[Op]:
    """A random order of every op in which each op follows its author's history."""
    rng = random.Random(seed)
    done: set[str] = set()
    order: list[Op] = []
    while len(order) < len(world.ops):
        ready = [i for i in world.ops if i not in done and world.history[i] <= done]
        chosen = rng.choice(ready)
        done.add(chosen)
        order.append(world.ops[chosen])
    return order


def replay(world: World, ops: Iterable[Op]) -> Projection:
    projection = world.projection_cls(CaseDeriver(lambda s: "h" + s))
    projection.begin()
    for op in ops:
        projection.apply(op)
    projection.commit()
    return projection


def check_order_independent(world: World, seed: int) -> None:
    """(e) The same op set applied in two different causal orders gives the same state."""
    one = replay(world, causal_order(world, seed))
    two = replay(world, causal_order(world, seed + 1))
    assert state(one) == state(two), "(e) two causal orders gave different states"
    assert state(one) == state(world.replicas[0].projection), "(e) replay differs from replica"


CHECKS: tuple[Callable[[World], None], ...] = (
    check_converged,
    check_nothing_lost,
    check_delete_races,
    check_timeline,
)


def check_all(
    scenario: Scenario, projection_cls: type[Projection], serial_deletes: bool = True
) -> None:
    """Play the scenario and check every property."""
    world = run(scenario, projection_cls, serial_deletes)
    for check in CHECKS:
        check(world)
    check_order_independent(world, scenario.final_seed)


def violation(scenario: Scenario, projection_cls: type[Projection]) -> str | None:
    """The first property the merge breaks on this schedule, or None."""
    try:
        check_all(scenario, projection_cls)
    except AssertionError as exc:
        return str(exc)
    return None


# -- the real merge -------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(scenarios)
def test_replicas_converge_and_lose_nothing(scenario: Scenario) -> None:
    check_all(scenario, Projection)


def test_model_makes_races_happen() -> None:
    """The generator reaches the interesting cases (else the properties prove little)."""
    seen = {"conflict": False, "delete_conflict": False, "held_back": False}

    @PROPERTY_SETTINGS
    @given(scenarios)
    def explore(scenario: Scenario) -> None:
        world = run(scenario, Projection)
        for rec_key in world.records:
            rec = world.replicas[0].projection.get(*rec_key)
            assert rec is not None
            seen["conflict"] |= any(len(h) > 1 for h in rec.heads.values())
            seen["delete_conflict"] |= rec.delete_conflict
        # An op whose author had seen more than its parents name: delivery had to wait.
        seen["held_back"] |= any(
            len(world.history[i]) > len(o.header.parents) for i, o in world.ops.items()
        )

    explore()
    assert all(seen.values()), seen


# -- teeth: the properties catch merges that lose edits ---------------------------------

# Generation only: shrinking a counterexample is slow and the test only needs one.
HUNT_SETTINGS = settings(PROPERTY_SETTINGS, phases=[Phase.generate], report_multiple_bugs=False)


def counterexample(projection_cls: type[Projection], broken: str) -> Scenario:
    """The first generated schedule on which ``projection_cls`` breaks the ``broken`` check."""
    found: list[Scenario] = []

    @HUNT_SETTINGS
    @given(scenarios)
    def hunt(scenario: Scenario) -> None:
        message = violation(scenario, projection_cls) or ""
        if broken in message:
            found.append(scenario)
            raise AssertionError(message)

    with pytest.raises(AssertionError, match=re.escape(broken)):
        hunt()
    return found[0]


def test_detects_last_writer_wins() -> None:
    """A last-writer-wins merge converges, but the properties find the edit it drops."""
    found = counterexample(LwwProjection, "silently lost")
    assert violation(found, Projection) is None  # the real merge keeps that edit


def test_detects_delete_wins() -> None:
    """A merge where a racing delete silently wins is caught by (c)."""
    found = counterexample(DeleteWinsProjection, "delete conflict should be True")
    assert violation(found, Projection) is None


# -- findings in the real merge (fixed), kept as regression tests ------------------------------------


@HUNT_SETTINGS
@given(scenarios)
def test_concurrent_deletes_converge(scenario: Scenario) -> None:
    check_all(scenario, Projection, serial_deletes=False)


def _op(op_id: str, parents: Iterable[str], fields: dict[str, Any] | None = None) -> Op:
    """A hand-made topic op; ``fields=None`` makes a delete."""
    header = OpHeader(
        op_id=op_id,
        case_id=CASE_ID,
        entity=TOPIC,
        entity_id="t",
        hlc=f"{EPOCH_MS:013d}.{int(op_id[-1]):05d}",
        parents=tuple(parents),
        author="u",
        device="d",
        key_id="k",
    )
    if fields is None:
        return Op(header, {"t": "delete", "f": {}})
    return Op(header, {"t": "put", "f": fields})


def _fresh(*ops: Op) -> Projection:
    projection = Projection(CaseDeriver(lambda s: "h" + s))
    projection.begin()
    for op in ops:
        projection.apply(op)
    projection.commit()
    return projection


CREATE = _op("c0", [], {"status": "open", "note": "x"})


def test_delete_conflict_does_not_depend_on_which_delete_arrives_last() -> None:
    """A edits then deletes (having seen its edit); B deletes without seeing A's edit."""
    edit = _op("e1", ["c0"], {"status": "closed"})
    delete_a = _op("d2", ["c0", "e1"])  # saw the edit
    delete_b = _op("d3", ["c0"])  # raced it
    one = _fresh(CREATE, edit, delete_a, delete_b)  # A's device: B's delete arrives last
    two = _fresh(CREATE, delete_b, edit, delete_a)  # B's device: A's ops arrive last
    assert state(one) == state(two)


def test_keeping_a_record_deleted_twice_converges() -> None:
    """Two concurrent deletes; someone who saw only one of them keeps the record."""
    edit = _op("e1", ["c0"], {"status": "closed"})
    delete_a = _op("d2", ["c0"])
    delete_b = _op("d3", ["c0"])
    # Seen on a device that got edit, then delete_b, then delete_a: its deleted_by is d2.
    keep = _op("k4", ["d2", "e1", "c0"], {"status": "closed", "note": "x"})
    one = _fresh(CREATE, edit, delete_b, delete_a, keep)
    two = _fresh(CREATE, edit, delete_a, delete_b, keep)
    assert state(one) == state(two)  # one shows it alive, the other deleted


def test_fingerprint_does_not_depend_on_arrival_order() -> None:
    """Two concurrent edits of one field: same values, different raw rows."""
    edit_a = _op("e1", ["c0"], {"status": "a", "category": "wages"})
    edit_b = _op("e2", ["c0"], {"status": "b", "subtopic": "overtime"})
    one = _fresh(CREATE, edit_a, edit_b)
    two = _fresh(CREATE, edit_b, edit_a)
    assert state(one) == state(two)  # the same meaning ...
    assert one.fingerprint() == two.fingerprint()  # ... but not the same fingerprint

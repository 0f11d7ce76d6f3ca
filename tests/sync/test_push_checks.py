"""What a push refuses before touching the database: text no column can take."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.protocol import PushRequest, WireOp
from sync.server import oplog
from sync.server.common import storable
from sync.server.db import make_engine
from sync.server.migrate import upgrade
from tests.sync.test_push_races import Writer

FIELDS = ("op_id", "case_id", "author", "device", "key_id", "nonce", "ciphertext")


def _with(op: WireOp, **changes: object) -> WireOp:
    return op.model_copy(update=changes)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("bad", ["a\x00b", "\x00", "x\ud800", "\udfff"])
def test_nul_or_a_lone_surrogate_in_any_text_field_is_refused(field: str, bad: str) -> None:
    op = Writer().op("case-a")
    assert storable(op)
    assert not storable(_with(op, **{field: getattr(op, field) + bad}))


@pytest.mark.parametrize("field", ["blobs"])
def test_and_in_list_items(field: str) -> None:
    op = Writer().op("case-a")
    assert storable(_with(op, **{field: ["ok", "fine"]}))
    assert not storable(_with(op, **{field: ["ok", "b\x00d"]}))
    assert not storable(_with(op, **{field: ["\ud83d"]}))


def test_surrogates_that_are_not_lone_are_text_like_any_other() -> None:
    op = Writer().op("case-a")
    assert storable(_with(op, author="日本語 😀", blobs=["Ωμέγα"]))
    # A high and a low surrogate in two fields stay two lone code points when joined.
    assert not storable(_with(op, author="x\ud83d", key_id="\ude00y"))


# Code points, not st.text(): that never yields lone surrogates.
_CODE_POINTS = st.one_of(
    st.integers(0, 0x7F), st.integers(0xD800, 0xDFFF), st.integers(0, 0x10FFFF)
)


@given(st.lists(_CODE_POINTS, max_size=12).map(lambda points: "".join(map(chr, points))))
def test_storable_agrees_with_encoding_each_field(text: str) -> None:
    op = _with(Writer().op("case-a"), author=text)
    try:
        text.encode("utf-8")
        encodable = "\x00" not in text
    except UnicodeEncodeError:
        encodable = False
    assert storable(op) == encodable


def test_a_push_answers_why_such_an_op_is_refused(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    try:
        writer = Writer()
        bad = _with(writer.op("case-a"), key_id="k1\x00")
        answer = oplog.push(engine, writer.caller, PushRequest(ops=[bad]))
    finally:
        engine.dispose()
    assert answer.results[0].status == "rejected"
    assert answer.results[0].reason == "text holds NUL or a lone surrogate"

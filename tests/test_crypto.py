"""Envelope properties: round trips, unambiguous binding, and no tampering goes unnoticed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.crypto.aead import AuthenticationError, bind, new_key, open_sealed, seal
from desktop.crypto.keys import format_recovery_key, parse_recovery_key, unwrap_key, wrap_key

parts = st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=20), st.binary(max_size=20)),
                 max_size=6)  # fmt: skip
KEY = new_key()


@given(st.binary(max_size=2048), parts)
def test_seal_round_trips(plaintext: bytes, ad_parts: list[object]) -> None:
    ad = bind(*ad_parts)  # type: ignore[arg-type]
    nonce, ct = seal(KEY, plaintext, ad)
    assert open_sealed(KEY, nonce, ct, ad) == plaintext


@given(st.binary(min_size=1, max_size=512), st.data())
def test_any_flipped_bit_fails(plaintext: bytes, data: st.DataObject) -> None:
    nonce, ct = seal(KEY, plaintext, b"ad")
    blob = bytearray(nonce + ct)
    index = data.draw(st.integers(0, len(blob) - 1))
    blob[index] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(AuthenticationError):
        open_sealed(KEY, bytes(blob[:12]), bytes(blob[12:]), b"ad")


@given(parts, parts)
def test_binding_is_unambiguous(a: list[object], b: list[object]) -> None:
    if a != b:
        assert bind(*a) != bind(*b)  # type: ignore[arg-type]


def test_binding_separates_types_and_boundaries() -> None:
    assert bind("ab", "c") != bind("a", "bc")
    assert bind(1) != bind("1") != bind(b"1")
    assert bind(None) != bind("")


def test_binding_bytes_never_change() -> None:
    # Every stored ciphertext was sealed with these bytes as additional data: a change
    # to the encoding would make every existing vault fail to open.
    assert bind("op", "é", 7, b"\x00", None, True) == (
        b"MDG1"
        b"S\x00\x00\x00\x02op"
        b"S\x00\x00\x00\x02\xc3\xa9"
        b"I\x00\x00\x00\x017"
        b"B\x00\x00\x00\x01\x00"
        b"N"
        b"I\x00\x00\x00\x04True"
    )


@given(st.binary(min_size=32, max_size=32))
def test_wrapped_keys_only_open_in_their_place(key: bytes) -> None:
    wrapped = wrap_key(KEY, key, bind("case-key", "c1", "k1"))
    assert unwrap_key(KEY, wrapped, bind("case-key", "c1", "k1")) == key
    with pytest.raises(AuthenticationError):
        unwrap_key(KEY, wrapped, bind("case-key", "c2", "k1"))


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_reads_back_however_it_is_typed(secret: bytes) -> None:
    text = format_recovery_key(secret)
    assert parse_recovery_key(text) == secret
    assert parse_recovery_key(text.lower().replace("-", " ")) == secret


def test_every_single_character_typo_is_caught_by_the_checksum() -> None:
    secret = bytes(range(32))
    text = format_recovery_key(secret)
    passed = []
    for position, char in enumerate(text):
        if char == "-":
            continue
        for replacement in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567":
            if replacement != char and replacement not in "OIB":  # typo-tolerant look-alikes
                typo = text[:position] + replacement + text[position + 1 :]
                # Caught, or in the padding bits of the last character (same secret).
                if parse_recovery_key(typo) not in (None, secret):
                    passed.append(typo)
    assert passed == []

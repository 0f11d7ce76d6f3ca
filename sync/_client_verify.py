"""Verify: which of this vault's cases differ from the server's (issue 18, point 3).

The vault's state of a case is ``protocol.case_state_hash`` over its op ids (pending ones
aside: the server has not got them yet; quarantined ones counted: they arrived).  The
client sends one digest per bucket of its cases, about BUCKET_CASES cases to a bucket
(16,384 buckets, 256 KB before base64, at 100,000 cases); the server answers its state
of each case the user holds in every bucket that differs, and the cases are compared here.
See ``sync/server/case_states.py`` for why one round.
"""

from __future__ import annotations

from desktop.store import sync_state
from desktop.store.vault import Vault
from sync.protocol import (
    MAX_BUCKET_BITS,
    VerifyRequest,
    VerifyResponse,
    b64e,
    bucket_digests,
    bucket_key,
    case_state_hash,
)

BUCKET_CASES = 8
_EMPTY = case_state_hash([])


def bucket_bits(cases: int) -> int:
    """Bits of the bucket number for ``cases`` cases: about BUCKET_CASES to a bucket, so a
    bucket that differs costs an answer of a few cases."""
    return min(MAX_BUCKET_BITS, (cases // BUCKET_CASES).bit_length())


def local_states(vault: Vault) -> dict[str, str]:
    """Case id -> state hash of every case this vault holds ops of."""
    return {c: case_state_hash(ids) for c, ids in sync_state.case_op_ids(vault).items()}


def request_for(states: dict[str, str], read_only: set[str]) -> VerifyRequest:
    """The buckets of ``states``, without the cases whose access was withdrawn (the server
    no longer counts them for this user, so they would make their buckets differ on every
    verify; if one was granted again meanwhile, its bucket differs and it is compared)."""
    compared = [(bucket_key(c), c, s) for c, s in states.items() if c not in read_only]
    bits = bucket_bits(len(compared))
    return VerifyRequest(bucket_bits=bits, buckets=b64e(b"".join(bucket_digests(compared, bits))))


def differing(states: dict[str, str], answer: VerifyResponse) -> list[str]:
    """The cases of the answer whose state here is not the server's: ops missing on either
    side, or a case this vault has no op of.  A case without ops on the server that this
    vault does not know either is not a difference (there is nothing to fetch)."""
    return sorted(c for c, state in answer.cases.items() if states.get(c, _EMPTY) != state)

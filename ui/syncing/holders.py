"""Who holds a case on the server, and which of them own it (may withdraw others)."""

from __future__ import annotations

from sync.client import CaseHolders, SyncClient

__all__ = ["CaseHolders", "case_holders"]


def case_holders(client: SyncClient, case_id: str) -> CaseHolders:
    """Read the case's holders from the server (network: run it in the pool)."""
    return client.case_holders(case_id)

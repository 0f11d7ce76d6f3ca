"""Madoguchi's central sync server (FastAPI on Uvicorn, SQLAlchemy Core, Alembic).

It stores ciphertext, wrapped keys, public keys and the metadata docs/sync.md lists, orders
ops with a sequence number and never holds a key that opens them.  Imports only
``sync.protocol`` of ours (DESIGN §1).
"""

from __future__ import annotations

SERVER_NAME = "Madoguchi sync server 1"

__all__ = ["SERVER_NAME"]

"""Alembic migrations of the sync server's database (run by ``sync.server.migrate``)."""

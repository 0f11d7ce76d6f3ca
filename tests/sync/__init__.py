"""Tests of the sync server (real processes, real databases)."""

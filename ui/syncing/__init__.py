"""Sync in the window: background rounds, the status line, the quarantine screen."""

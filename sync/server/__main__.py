"""``python -m sync.server``: serve, migrate, admin."""

from __future__ import annotations

from sync.server.cli import main

raise SystemExit(main())

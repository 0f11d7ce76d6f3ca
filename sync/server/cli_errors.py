"""How the server's command line fails: one line on stderr, never a traceback.

The same pattern as the app's commands (desktop/cli_support.py ``run_command``): known
errors print their sentence, the database's and the system's are put in one plain line,
and anything unexpected is named by type only, as a last resort.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from sync.server.errors import SyncServerError

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130


def say(message: str) -> None:
    """``error: …`` as exactly one line, whatever the message holds."""
    line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    print(f"error: {line}", file=sys.stderr)


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes are one ``error:`` line and exit status 2 (no usage block)."""

    def error(self, message: str) -> NoReturn:
        say(f"{message} (see '{self.prog} --help').")
        raise SystemExit(EXIT_USAGE)


def report_failure(exc: BaseException) -> int:
    """Print the one line for ``exc`` and return the exit status (SystemExit passes through)."""
    if isinstance(exc, SystemExit):
        raise exc
    if isinstance(exc, SyncServerError):
        say(str(exc))
    elif isinstance(exc, DBAPIError):
        say(f"The database refused the command: {_first_line(exc.orig)}.")
    elif isinstance(exc, SQLAlchemyError):
        say(f"The database failed ({type(exc).__name__}); check --database.")
    elif isinstance(exc, KeyboardInterrupt):
        say("Cancelled.")
        return EXIT_CANCELLED
    elif isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        say(f"{exc.strerror or exc}{where}.")
    else:  # the last line of defence: no traceback for an administrator either
        say(f"internal error ({type(exc).__name__}); please report it.")
    return EXIT_FAILED


def _first_line(error: BaseException | None) -> str:
    """The driver's first line (later ones may quote row values) without a final full stop."""
    lines = str(error or "").strip().splitlines()
    return (lines[0].rstrip(".") if lines else "no reason given")[:300]

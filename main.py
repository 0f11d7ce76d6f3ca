"""Madoguchi entry point: a headless command when one is given, otherwise the desktop app.

``python main.py check --vault DIR`` runs a command (``enroll``, ``sync`` … go to the sync
client's CLI); ``python main.py`` and
``python main.py --vault DIR --lang ja`` open the window.
"""

from __future__ import annotations

import sys

_CLI_FLAGS = {"-h", "--help", "--version"}


def main() -> int:
    args = sys.argv[1:]
    if args == ["--version"]:
        # The one place that knows all three versions (the core does not import sync).
        from desktop import __version__
        from desktop.store.format import FORMAT_VERSION
        from sync.protocol import PROTOCOL_VERSION

        print(
            f"Madoguchi {__version__} (vault format {FORMAT_VERSION}, "
            f"sync protocol {PROTOCOL_VERSION})"
        )
        return 0
    if args:
        from desktop.cli import COMMANDS
        from desktop.cli import main as cli_main

        if args[0] in ("-h", "--help"):
            try:
                return cli_main(args)
            finally:  # argparse ends help with SystemExit: list the sync commands anyway
                print(
                    "\nsync commands (python main.py COMMAND -h for each):\n  "
                    "enroll, sync, share, unshare, sync-status, sync-verify, sync-redownload"
                )
        if args[0] in COMMANDS or args[0] in _CLI_FLAGS:
            return cli_main(args)
        # Sync commands live with the sync client (the core never imports sync).
        from sync.cli import SYNC_COMMANDS
        from sync.cli import main as sync_main

        if args[0] in SYNC_COMMANDS:
            return sync_main(args)
    from ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())

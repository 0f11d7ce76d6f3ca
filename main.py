"""Madoguchi entry point: a headless command when one is given, otherwise the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1:
        from desktop.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())

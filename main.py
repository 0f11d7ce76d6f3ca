"""Madoguchi entry point: a headless command when one is given, otherwise the desktop app.

``python main.py check --vault DIR`` runs a command (``enroll``, ``sync`` … go to the sync
client's CLI); ``python main.py`` and
``python main.py --vault DIR --lang ja`` open the window.  ``python main.py help`` lists the
commands; a mistyped command is refused (exit 2) instead of opening the window.
"""

from __future__ import annotations

import difflib
import os
import sys

_CLI_FLAGS = {"-h", "--help", "--version"}
# The window's own options, and the options Qt itself reads (with one dash or two).
_GUI_FLAGS = {"--vault", "--lang", "--demo"}
_QT_FLAGS = {
    "platform", "platformpluginpath", "platformtheme", "plugin", "style", "stylesheet",
    "reverse", "session", "qwindowgeometry", "qwindowtitle", "qwindowicon", "display",
    "geometry", "widgetcount", "nograb", "dograb", "sync", "name", "title", "visual",
    "qmljsdebugger",
}  # fmt: skip
_SYNC_HELP = (
    "\nsync commands (python main.py COMMAND -h for each):\n  "
    "enroll, sync, share, unshare, sync-status, sync-verify, sync-redownload"
)


def _usage_error(message: str) -> int:
    print(f"madoguchi: {message}", file=sys.stderr)
    return 2


def _unknown_flag(args: list[str]) -> str | None:
    """The first option that neither the window nor Qt knows (the window would ignore it)."""
    for arg in args:
        if not arg.startswith("-") or arg == "-":
            continue
        name = arg.split("=", 1)[0]
        if name in _GUI_FLAGS or name.lstrip("-") in _QT_FLAGS:
            continue
        return name
    return None


def _no_display(args: list[str]) -> bool:
    """On Linux without X or Wayland, Qt aborts (exit 134) with a long message: say it first."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    for i, arg in enumerate(args):
        if arg.lstrip("-") == "platform" and i + 1 < len(args):
            platform = args[i + 1]
    if platform.split(":")[0] in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}:
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


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

        if args[0] in ("-h", "--help", "help"):
            try:
                return cli_main(["--help"])
            except SystemExit as done:  # argparse ends help with SystemExit
                return int(done.code or 0)
            finally:  # list the sync commands too
                print(_SYNC_HELP)
        if args[0] in COMMANDS or args[0] in _CLI_FLAGS:
            return cli_main(args)
        # Sync commands live with the sync client (the core never imports sync).
        from sync.cli import SYNC_COMMANDS

        if args[0] in SYNC_COMMANDS:
            from sync.cli import main as sync_main

            return sync_main(args)
        if not args[0].startswith("-"):
            known = sorted(COMMANDS | set(SYNC_COMMANDS) | {"help"})
            close = difflib.get_close_matches(args[0], known, n=1)
            hint = (
                f" (did you mean '{close[0]}'?)" if close else "; 'python main.py help' lists them"
            )
            return _usage_error(f"unknown command '{args[0]}'{hint}")
        flag = _unknown_flag(args)
        if flag is not None:
            return _usage_error(
                f"unknown option '{flag}'; the window takes --vault, --lang and --demo "
                "('python main.py help' lists the commands)"
            )
    if _no_display(args):
        print(
            "madoguchi: there is no display to open the window on (DISPLAY is not set); "
            "start it in a desktop session, or give a command ('python main.py help').",
            file=sys.stderr,
        )
        return 1
    from ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())

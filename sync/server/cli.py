"""Command line: ``serve``, ``migrate`` and the ``admin`` commands (one-line errors)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from sync.protocol import fingerprint_digits
from sync.server import admin
from sync.server.cli_errors import OneLineParser, report_failure
from sync.server.errors import AdminError, NoTerminalError

PASSPHRASE_ENV = "MADOGUCHI_ORG_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
RECOVERY_PASSPHRASE_ENV = "MADOGUCHI_RECOVERY_PASSPHRASE"  # noqa: S105 - a variable name


def default_database(data: str | None) -> str:
    """The SQLite file in the server's data folder (``--data`` or the platform's default),
    the folder made 0700 if it is new."""
    from sync.server.database_location import private_folder

    if data:
        folder = Path(data)
    else:
        import platformdirs

        folder = platformdirs.user_data_path("Madoguchi-server")
    private_folder(folder)
    return f"sqlite:///{folder / 'server.sqlite3'}"


def _parser() -> argparse.ArgumentParser:
    db = OneLineParser(add_help=False)
    db.add_argument("--database", help="SQLAlchemy URL (sqlite:///FILE or postgresql://…)")
    db.add_argument("--data", help="data folder for the default SQLite database")
    parser = OneLineParser(prog="python -m sync.server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", parents=[db], help="run the HTTP server (Uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--certfile", help="TLS certificate (PEM); else plain HTTP")
    serve.add_argument("--keyfile", help="TLS private key (PEM)")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    serve.add_argument(
        "--workers", type=int, default=1, help="server processes (one per CPU core is typical)"
    )
    serve.add_argument(
        "--pool-size",
        type=int,
        help="database connections per process (default: MADOGUCHI_SERVER_POOL_SIZE, else 30)",
    )
    sub.add_parser("migrate", parents=[db], help="upgrade the database schema to the newest")
    adm = sub.add_parser("admin", help="organisation, invites and devices")
    asub = adm.add_subparsers(dest="admin_command", required=True)
    org = asub.add_parser("create-org", parents=[db], help="create the organisation key")
    org.add_argument("name")
    org.add_argument("--org-key", required=True, type=Path, help="file for the private key")
    _recovery_options(org)
    inv = asub.add_parser(
        "invite", parents=[db], help="print a one-time enrolment code for one person"
    )
    who = inv.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="a new person's user id (with --role)")
    who.add_argument("--device-of", metavar="USER", help="the next device of this person")
    inv.add_argument("--role", choices=["counselor", "outreach", "lawyer", "admin"])
    inv.add_argument("--expires", default="7d", help="e.g. 48h, 7d, 30m (default 7d)")
    asub.add_parser("devices", parents=[db], help="list enrolled devices")
    app = asub.add_parser("approve", parents=[db], help="certify a pending device")
    app.add_argument("device")
    app.add_argument("--org-key", required=True, type=Path)
    app.add_argument(
        "--fingerprint",
        help="the key fingerprint the person reads from their screen (at least 16 digits; "
        "spaces and dashes ignored); asked for on the terminal when not given",
    )
    rev = asub.add_parser("revoke", parents=[db], help="revoke a device")
    rev.add_argument("device")
    _recover_cases_parser(asub, db)
    return parser


# -- organisation recovery (docs/guides/administrator.md, "Recovery drill") -----------------
def _recovery_options(org: argparse.ArgumentParser) -> None:
    org.add_argument(
        "--recovery", choices=["none", "key", "shares"], default="none",
        help="organisation recovery: none (a lost vault loses its unshared cases), key (one "
        "passphrase-protected file) or shares (m-of-n trustee files); whoever holds the "
        "recovery key, or m trustees together, can read every case",
    )  # fmt: skip
    org.add_argument("--recovery-key", type=Path, help="--recovery key: file for the key")
    org.add_argument("--threshold", type=int, default=0, help="--recovery shares: m")
    org.add_argument("--shares", type=int, default=0, help="--recovery shares: n")
    org.add_argument("--shares-dir", type=Path, help="--recovery shares: folder for the files")


def _recover_cases_parser(asub: Any, db: argparse.ArgumentParser) -> None:
    rec = asub.add_parser(
        "recover-cases", parents=[db],
        help="give a successor every case of a departed user (needs the recovery key)",
    )  # fmt: skip
    rec.add_argument("--from", dest="from_user", required=True, metavar="USER")
    rec.add_argument("--to", dest="to_user", required=True, metavar="USER")
    rec.add_argument("--org-key", required=True, type=Path)
    key = rec.add_mutually_exclusive_group(required=True)
    key.add_argument("--recovery-key", type=Path, help="the recovery key file")
    key.add_argument(
        "--share", type=Path, action="append", help="a trustee's share file (repeat, m times)"
    )
    rec.add_argument(
        "--revoke-from", action="store_true", help="also end the departed user's access"
    )


def _recovery_passphrase(confirm: bool) -> str:
    value = os.environ.get(RECOVERY_PASSPHRASE_ENV)
    if value:
        return value
    first = getpass.getpass("Recovery key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise AdminError("The two passphrases differ.")
    return first


def _create_org(url: str, args: argparse.Namespace) -> None:
    from sync.server.recovery import RecoveryChoice

    choice = RecoveryChoice(
        args.recovery, args.recovery_key,
        _recovery_passphrase(confirm=True) if args.recovery == "key" else "",
        args.threshold, args.shares, args.shares_dir,
    )  # fmt: skip
    info = admin.create_org(url, args.name, args.org_key, _passphrase(confirm=True), choice)
    print(f"Organisation {info.name} ({info.org_id}), key fingerprint {info.fingerprint}")
    print(f"Private key written to {args.org_key}: keep it offline, not on this server.")
    if args.recovery == "none":
        print(
            "Organisation recovery: none. A lost or wiped vault loses the cases it never "
            "shared; nobody, not even the administrator, can bring them back."
        )
    elif args.recovery == "key":
        print(
            f"Recovery key written to {args.recovery_key}: whoever holds it and its "
            "passphrase can read every case of the organisation. Keep it offline, apart "
            "from the organisation key."
        )
    else:
        print(
            f"{args.shares} recovery shares written to {args.shares_dir}; any "
            f"{args.threshold} of them together can read every case. Give each to a "
            "different trustee, then delete them from this computer."
        )


def _recover_cases(url: str, args: argparse.Namespace) -> None:
    from sync.server.recovery_cases import recover_cases

    org_passphrase = _passphrase(False)
    report = recover_cases(
        url, args.from_user, args.to_user, args.org_key, org_passphrase,
        recovery_key_path=args.recovery_key,
        recovery_passphrase=_recovery_passphrase(False) if args.recovery_key else "",
        share_paths=args.share or (), revoke_from=args.revoke_from,
    )  # fmt: skip
    print(
        f"Recovered {report.cases} case(s) of {args.from_user} for {args.to_user}: "
        f"{report.grants} key grant(s) to device(s) {', '.join(report.devices)}."
    )
    if report.already_held:
        print(f"{report.already_held} key(s) {args.to_user} already held were left as they were.")
    for what, items in (
        ("had no recovery wrap (made by an app without recovery, or never synced)", report.missing),
        ("did not open with the recovery key", report.unopened),
    ):
        if items:
            print(f"warning: {len(items)} key(s) {what}: {', '.join(items[:10])}", file=sys.stderr)
    if args.revoke_from:
        print(f"Withdrew {args.from_user} from {report.revoked} case(s).")


def _passphrase(confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    no_terminal = NoTerminalError(
        f"No terminal to ask for the passphrase; set {PASSPHRASE_ENV}.", env=PASSPHRASE_ENV
    )
    if not sys.stdin or not sys.stdin.isatty():
        raise no_terminal
    try:
        first = getpass.getpass("Organisation key passphrase: ")
        if confirm and getpass.getpass("Again: ") != first:
            raise AdminError("The two passphrases differ.")
    except EOFError:  # the terminal closed while asking
        raise no_terminal from None
    return first


def main(argv: list[str] | None = None) -> int:
    """Run one command; errors are one line on stderr (``error: …``), exit status 1, usage
    mistakes 2, never a traceback (see cli_errors)."""
    args = _parser().parse_args(argv)
    try:
        url = args.database or default_database(args.data)
        if args.command == "serve":
            _serve(url, args)
        elif args.command == "migrate":
            from sync.server.db import make_engine
            from sync.server.migrate import upgrade

            engine = make_engine(url)
            upgrade(engine)
            engine.dispose()
            print("The database schema is up to date.")
        else:
            _admin(url, args)
    except BaseException as exc:  # noqa: BLE001 - each kind becomes one line (SystemExit passes)
        return report_failure(exc)
    return 0


def _admin(url: str, args: argparse.Namespace) -> None:
    command = args.admin_command
    if command == "create-org":
        _create_org(url, args)
    elif command == "recover-cases":
        _recover_cases(url, args)
    elif command == "invite":
        code = admin.invite(
            url,
            args.role,
            admin.parse_duration(args.expires),
            user=args.user,
            device_of=args.device_of,
        )
        print(code)
    elif command == "devices":
        rows = admin.devices(url)
        header = ("user", "device", "name", "role", "status", "key fingerprint")
        table = [header] + [
            (r.user_id, r.device_id, r.name, r.role, r.status, r.fingerprint[:16]) for r in rows
        ]
        widths = [max(len(row[i]) for row in table) for i in range(len(header))]
        for row in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    elif command == "approve":
        _approve(url, args)
    elif command == "revoke":
        admin.revoke(url, args.device)
        print(f"Revoked {args.device}.")


def _approve(url: str, args: argparse.Namespace) -> None:
    """Show whose key is about to be certified and have the administrator confirm the
    fingerprint the person reads from their own screen; never approve unchecked."""
    passphrase = _passphrase(False)
    admin.check_org_key(url, args.org_key, passphrase)
    device = admin.pending_device(url, args.device)
    print(f"Device:   {device.device_id} ({device.name})")
    print(f"User:     {device.user_id} ({device.role}), now {device.status}")
    print(f"Key:      {fingerprint_digits(device.fingerprint)}")
    typed = args.fingerprint
    if typed is None:
        if not sys.stdin.isatty():
            raise AdminError(
                "No terminal to confirm the key: give --fingerprint with what the person "
                "reads from their screen."
            )
        print("Ask the person to read the key fingerprint shown on their screen.")
        typed = input("Type the fingerprint the person reads from their screen: ")
    if not admin.fingerprint_matches(device.fingerprint, typed):
        raise AdminError(
            "The fingerprint you typed is not this device's key (at least 16 digits must "
            "match); do not approve it.",
        )
    cert = admin.approve(url, args.device, args.org_key, passphrase, typed)
    print(f"Approved {cert.device_id} ({cert.user_id}, {cert.role.value}).")
    others = [
        d for d in admin.devices(url)
        if d.user_id == cert.user_id and d.device_id != cert.device_id and d.status == "approved"
    ]  # fmt: skip
    if others:
        names = ", ".join(f"{d.device_id} ({d.name})" for d in others)
        print(
            f"{cert.user_id} also has: {names}. Their cases reach this device when one of "
            "those next syncs."
        )


def log_config(level: str) -> dict[str, Any]:
    """Uvicorn's logging: our access log (no payloads) instead of Uvicorn's, to stderr."""
    handler = {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "madoguchi.server": {
                "handlers": ["stderr"],
                "level": level.upper(),
                "propagate": False,
            },
            "alembic": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        },
    }


def _serve(url: str, args: argparse.Namespace) -> None:
    import uvicorn

    from sync.server.app import ENV_DATABASE, create_app
    from sync.server.db import ENV_POOL_SIZE, make_engine, pool_size
    from sync.server.migrate import upgrade
    from sync.server.startup_checks import check_port, check_tls

    if bool(args.certfile) != bool(args.keyfile):
        raise AdminError("Give both --certfile and --keyfile for TLS, or neither.")
    if not 1 <= args.workers <= 64:
        raise AdminError("--workers must be between 1 and 64.")
    connections = pool_size(args.pool_size)  # a bad value is one line, before anything runs
    if args.certfile:
        check_tls(args.certfile, args.keyfile)
    check_port(args.host, args.port)
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "ssl_certfile": args.certfile,
        "ssl_keyfile": args.keyfile,
        "access_log": False,
        "log_config": log_config(args.log_level),
        "log_level": args.log_level,
        "server_header": False,
        "proxy_headers": False,
    }
    if args.workers == 1:
        uvicorn.run(create_app(url, connections), **options)
        return
    # Several processes (each its own GIL, so a burst of syncs uses every core).  Migrate
    # once here, before any worker starts; each worker builds the app from the environment.
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    os.environ[ENV_DATABASE] = url
    os.environ[ENV_POOL_SIZE] = str(connections)  # each worker's app reads it
    uvicorn.run(
        "sync.server.app:app_from_environment", factory=True, workers=args.workers, **options
    )

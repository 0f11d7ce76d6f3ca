"""What every headless command shares: the parser, the vault unlock, secrets, error lines.

Used by the core's commands (:mod:`desktop.cli`, :mod:`desktop.cli_documents`) and the
sync commands (:mod:`sync.cli`, which the core may not import).  It imports no command
module, so none of them import each other through it.  The default vault folder lives in
:mod:`desktop.vaults` (the UI needs it too); it is re-exported here for the commands.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import getpass
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop.device_keyring import drop_stale_device_slot, unlock_with_device_key
from desktop.errors import (
    KeyringUnavailableError,
    MadoguchiError,
    StorageError,
    VaultBusyError,
    WrongPassphraseError,
)
from desktop.store.storage_errors import storage_error
from desktop.store.vault import Vault
from desktop.vaults import default_vault_dir, open_vault

__all__ = [
    "ENV_NEW_PASSPHRASE",
    "ENV_PASSPHRASE",
    "ENV_RECOVERY_KEY",
    "CliError",
    "CliParser",
    "Command",
    "ask_secret",
    "default_vault_dir",
    "run_command",
    "unlocked_vault",
    "vault_command",
]

ENV_PASSPHRASE = "MADOGUCHI_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_NEW_PASSPHRASE = "MADOGUCHI_NEW_PASSPHRASE"  # noqa: S105
ENV_RECOVERY_KEY = "MADOGUCHI_RECOVERY_KEY"

# Adds one vault subcommand: (name, handler, help) -> its parser, for more arguments.
Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


class CliError(MadoguchiError):
    """A problem with how the command was called."""

    code = "cli.usage"


def ask_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment variable ``env``, or typed at the terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"No terminal to ask for the {prompt.lower()}; set {env} instead.",
            prompt=prompt.lower(),
            env=env,
        )
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        raise CliError("The two entries differ; nothing was changed.")
    return first


# ``--keyring`` of the running command: set by run_command for the command's duration, so
# every command that opens a vault honours it without passing it down (sync's too).
_use_keyring: contextvars.ContextVar[bool] = contextvars.ContextVar("use_keyring", default=False)


def unlocked_vault(folder: Path, *, keyring: bool | None = None) -> Vault:
    """The vault in ``folder``, unlocked; use it as a context manager.

    With ``keyring`` (default: the command's ``--keyring``) the key this device
    remembered is tried first; when it cannot be used, one line says why and the
    passphrase is asked as usual.
    """
    use_keyring = _use_keyring.get() if keyring is None else keyring
    vault = open_vault(folder)
    try:
        if use_keyring and _opened_with_device_key(vault):
            pass
        else:
            wait = vault.seconds_until_next_try()
            if wait > 1:
                print(f"Waiting {wait:.0f} s after earlier wrong passphrases…", file=sys.stderr)
            vault.unlock(ask_secret(ENV_PASSPHRASE, "Passphrase"))
            if drop_stale_device_slot(vault):
                print("The vault no longer offers this device's key: the keyring had lost it.",
                      file=sys.stderr)  # fmt: skip
    except BaseException:
        vault.close()
        raise
    for problem in vault.slot_problems:  # the vault opened; another way in may not
        print(f"warning: {problem}; run 'check', and 'new-recovery-key' to replace it.",
              file=sys.stderr)  # fmt: skip
    for op_id in vault.load_report.bad_ops[:5]:
        print(f"warning: op {op_id} could not be opened and is left out; run 'check'.",
              file=sys.stderr)  # fmt: skip
    return vault


def _opened_with_device_key(vault: Vault) -> bool:
    try:
        unlock_with_device_key(vault)
    except KeyringUnavailableError as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
        return False
    return True


class CliParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"madoguchi: {message}", file=sys.stderr)
        raise SystemExit(2)


def vault_command(
    sub: Any, name: str, func: Callable[[argparse.Namespace], int], help_: str
) -> CliParser:
    """Add a subcommand that works on a vault (``--vault``, default: the per-user one)."""
    p: CliParser = sub.add_parser(name, help=help_, description=help_)
    p.add_argument("--vault", type=Path, default=default_vault_dir(), help="vault folder")
    p.add_argument(
        "--keyring", action="store_true",
        help="unlock with the key this device remembered (see 'device-key remember'); "
        "asks for the passphrase when it cannot",
    )  # fmt: skip
    p.set_defaults(func=func)
    return p


def run_command(
    func: Callable[[argparse.Namespace], int],
    args: argparse.Namespace,
    *,
    extra_codes: Mapping[type[MadoguchiError], int] | None = None,
    cancelled: str = "cancelled; nothing half-written was kept.",
) -> int:
    """Run one command: every error becomes one line on stderr and its exit code.

    Shared with the sync commands (``extra_codes`` adds theirs, e.g. offline → 6).
    """
    token = _use_keyring.set(bool(getattr(args, "keyring", False)))
    try:
        return int(func(args))
    except MadoguchiError as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
        for kind, code in (extra_codes or {}).items():
            if isinstance(exc, kind):
                return code
        if isinstance(exc, WrongPassphraseError):
            return 3
        if isinstance(exc, VaultBusyError):
            return 5
        return 1
    except KeyboardInterrupt:
        print(f"madoguchi: {cancelled}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a message.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter from complaining at exit
        return 0
    except (OSError, sqlite3.Error) as exc:
        storage = _storage_error(exc, args)
        if storage is not None:
            print(f"madoguchi: {storage}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            print(f"madoguchi: {exc.strerror or exc}{where}.", file=sys.stderr)
            return 1
        return _internal_error(exc)
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        return _internal_error(exc)
    finally:
        _use_keyring.reset(token)


def _storage_error(exc: OSError | sqlite3.Error, args: argparse.Namespace) -> StorageError | None:
    """A refused write that escaped the store's own mapping (e.g. the vault folder's lock
    file on a read-only medium), named by what it was writing."""
    vault_folder = getattr(args, "vault", None)
    filename = getattr(exc, "filename", None)
    path = Path(filename) if filename else None
    if vault_folder is not None and (path is None or Path(vault_folder) in path.parents):
        return storage_error(exc, Path(vault_folder) / "vault.db", "vault")
    return storage_error(exc, path, "file") if path is not None else None


def _internal_error(exc: BaseException) -> int:
    print(
        f"madoguchi: internal error ({type(exc).__name__}); nothing was lost. "
        "Please report this to your IT contact.",
        file=sys.stderr,
    )
    return 1

"""``device-key``: remember the vault in this device's keyring, forget it, or show the state.

Once remembered, any vault command given ``--keyring`` opens without the passphrase
(desktop.cli_support.unlocked_vault), through the same core functions as the window's
unlock page (desktop.device_keyring).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli_support import CliParser, unlocked_vault, vault_command
from desktop.device_keyring import (
    DeviceKeyring,
    Forgotten,
    device_key_state,
    forget_on_this_device,
)
from desktop.devicekey import DeviceKeyStore
from desktop.errors import KeyringUnavailableError
from desktop.vaults import open_vault

__all__ = ["add_device_key_commands"]


def cmd_remember(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        DeviceKeyring(vault).remember()
    print("This device now remembers the vault in the system keyring; add --keyring to a "
          "command to open it without the passphrase.")  # fmt: skip
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault:
        try:
            outcome: Forgotten | None = forget_on_this_device(vault)
        except KeyringUnavailableError as exc:  # the keyring cannot be asked now
            print(f"madoguchi: {exc}", file=sys.stderr)
            outcome = None
        remembered = vault.remembered_on_device
    if outcome is not Forgotten.DONE and remembered:
        # The remembered key no longer opens the vault: its slot goes with the passphrase
        # (unlocking drops a slot whose key the keyring lost; forget() covers the rest).
        with unlocked_vault(args.vault, keyring=False) as vault:
            if vault.remembered_on_device:
                DeviceKeyring(vault).forget()
    print("This device no longer remembers the vault: the passphrase is needed to open it.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    store = DeviceKeyStore()
    with open_vault(args.vault) as vault:
        state = device_key_state(vault, keyring=lambda: store)
    if state.remembered:
        print("This device remembers the vault (it opens with --keyring).")
    else:
        print("This device does not remember the vault.")
    if store.available:
        print(f"Keyring: {store.backend_label}")
    else:
        print(f"Keyring: none usable ({store.refusal()}).")
    return 0


def add_device_key_commands(sub: Any) -> None:
    group = sub.add_parser("device-key", help="remember the vault on this device, or forget it")
    group_sub = group.add_subparsers(
        dest="device_key_command", metavar="COMMAND", parser_class=CliParser
    )
    for name, func, help_ in (
        ("remember", cmd_remember,
         "keep a key that unlocks the vault in the system keyring (secure ones only)"),
        ("forget", cmd_forget, "remove that key from the keyring and from the vault (audited)"),
        ("status", cmd_status, "whether this device remembers the vault, and which keyring"),
    ):  # fmt: skip
        vault_command(group_sub, name, func, help_)

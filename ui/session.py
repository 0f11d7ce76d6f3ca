"""The open vault as the UI sees it: locked or unlocked, and the only door to the core."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.backup import BackupSummary, back_up_vault
from desktop.cases.service import CaseService
from desktop.changes import ChangeSet, recording
from desktop.device_keyring import (
    DeviceKeyState,
    Forgotten,
    device_key_state,
    drop_stale_device_slot,
    forget_on_this_device,
    unlock_with_device_key,
)
from desktop.errors import KeyringUnavailableError, VaultLockedError
from desktop.services import VaultServices
from desktop.vaults import (
    Vault,
    check_passphrase_strength,
    create_vault,
    open_vault,
    reset_passphrase,
)
from sync.client import EnrolResult, SyncClient
from ui.tasks import Background, Cancel


class Session(QObject):
    """Owns the vault.  Widgets ask it to run core calls in the background."""

    unlocked = Signal()
    locked = Signal()  # emitted before the projection is dropped: widgets must forget now
    changed = Signal(object)  # a ChangeSet: what an operation changed, and who started it

    def __init__(self, folder: Path, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.background = background
        self.vault: Vault | None = None
        self.service: CaseService | None = None
        self.services: VaultServices | None = None  # set with ``service``, dropped with it
        self._generation = 0  # bumped at lock: answers to earlier requests are dropped
        # callbacks (done, failed) waiting for the vault file to open, or None when idle
        self._opening: list[tuple[Callable[[], None], Callable[[str], None]]] | None = None

    # -- state ---------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return (self.folder / "vault.db").is_file()

    @property
    def is_unlocked(self) -> bool:
        return self.service is not None

    def open(self) -> None:
        """Open the vault file (locked).  Raises MadoguchiError if it cannot.

        Blocking: tools and tests only.  Windows use :meth:`open_in_background`.
        """
        if self.vault is None:
            self.vault = open_vault(self.folder)

    def open_in_background(
        self, *, done: Callable[[], None], failed: Callable[[str], None]
    ) -> None:
        """Open the vault file (locked) in the pool: opening migrates and reads the clock's
        high-water mark, disk work the GUI thread must not wait for.  Requests made while
        it opens wait for that one opening (two would migrate the same file at once)."""
        if self.vault is not None:
            done()
            return
        waiting = self._opening
        self._opening = [*(waiting or []), (done, failed)]
        if waiting is not None:
            return
        folder = self.folder

        def finished(vault: Vault) -> None:
            callbacks, self._opening = self._opening or [], None
            self.vault = vault
            for on_done, _ in callbacks:
                on_done()

        def on_failed(message: str) -> None:
            callbacks, self._opening = self._opening or [], None
            for _, tell in callbacks:
                tell(message)

        self.background.run(lambda: open_vault(folder), done=finished, failed=on_failed)

    def close(self) -> None:
        if self.vault is not None:
            self.lock()
            self.background.wait()
            self.vault.close()
            self.vault = None

    # -- unlocking -------------------------------------------------------------
    def create(
        self,
        passphrase: str,
        *,
        done: Callable[[str], None],
        failed: Callable[[str], None],
        demo_cases: int = 0,
        **options: Any,
    ) -> None:
        """Create the vault in the background; ``done`` gets the recovery key."""

        def work() -> tuple[Vault, str]:
            vault, recovery = create_vault(self.folder, passphrase, **options)
            if demo_cases:
                from desktop.cases.demo import add_demo_cases

                add_demo_cases(CaseService(vault), demo_cases)
            return vault, recovery

        def finished(result: tuple[Vault, str]) -> None:
            self.vault, recovery = result
            self._serve(self.vault)
            self.unlocked.emit()
            done(recovery)

        self.background.run(work, done=finished, failed=failed)

    def unlock(
        self,
        secret: str,
        *,
        done: Callable[[], None],
        failed: Callable[[str], None],
        recovery: bool = False,
    ) -> None:
        """Unlock with the passphrase (or the recovery key) in the background."""
        if self.vault is None:
            self.open_in_background(
                done=lambda: self.unlock(secret, done=done, failed=failed, recovery=recovery),
                failed=failed,
            )
            return
        vault = self.vault

        def work() -> None:
            if recovery:
                vault.unlock_with_recovery_key(secret)
            else:
                vault.unlock(secret)
            drop_stale_device_slot(vault)  # its key is gone from the keyring: offer it no more

        def finished(_: object) -> None:
            self._serve(vault)
            self.unlocked.emit()
            done()

        self.background.run(work, done=finished, failed=failed)

    def reset_with_recovery_key(
        self,
        recovery_key: str,
        new_passphrase: str,
        *,
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        """A forgotten passphrase (the unlock page): unlock with the recovery key, set the
        new passphrase and replace the recovery key, as the CLI's ``recover``; ``done`` gets
        the new key to show once, with the session unlocked."""
        if self.vault is None:
            self.open_in_background(
                done=lambda: self.reset_with_recovery_key(
                    recovery_key, new_passphrase, done=done, failed=failed
                ),
                failed=failed,
            )
            return
        vault = self.vault

        def work() -> str:
            check_passphrase_strength(new_passphrase)  # refused before the vault opens
            vault.unlock_with_recovery_key(recovery_key)
            try:
                fresh = reset_passphrase(vault, new_passphrase)
            except BaseException:
                vault.lock()  # the session never served it: leave nothing decrypted behind
                raise
            drop_stale_device_slot(vault)
            return fresh

        def finished(fresh: str) -> None:
            self._serve(vault)
            self.unlocked.emit()
            done(fresh)

        self.background.run(work, done=finished, failed=failed)

    # -- this device's remembered key (the unlock page) --------------------------------
    def device_key_state(self, done: Callable[[DeviceKeyState], None]) -> None:
        """Whether the vault may open with this device's key (keyring probed off the GUI)."""
        if self.vault is None:
            return
        self.background.run(functools.partial(device_key_state, self.vault), done=done)

    def unlock_with_device_key(
        self,
        *,
        done: Callable[[], None],
        refused: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        """Unlock with the remembered key; ``refused`` gets the code of why it cannot."""
        if self.vault is None:
            return
        vault = self.vault

        def work() -> str | None:
            try:
                unlock_with_device_key(vault)
            except KeyringUnavailableError as exc:
                return exc.code
            return None

        def finished(code: str | None) -> None:
            if code is not None:
                refused(code)
                return
            self._serve(vault)
            self.unlocked.emit()
            done()

        self.background.run(work, done=finished, failed=failed)

    def forget_device_key(
        self,
        *,
        done: Callable[[Forgotten], None],
        refused: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        """Forget this device's key while locked (the vault stays locked)."""
        if self.vault is None:
            return
        vault = self.vault

        def work() -> Forgotten | str:
            try:
                return forget_on_this_device(vault)
            except KeyringUnavailableError as exc:
                return exc.code

        def finished(outcome: Forgotten | str) -> None:
            if isinstance(outcome, Forgotten):
                done(outcome)
            else:
                refused(outcome)

        self.background.run(work, done=finished, failed=failed)

    def _serve(self, vault: Vault) -> None:
        self.services = VaultServices.for_vault(vault)
        self.service = self.services.cases

    def sync_client(self) -> SyncClient:
        """A sync client for the open vault (the UI never holds the vault itself)."""
        if self.vault is None or self.service is None:
            raise VaultLockedError("The vault is locked.")
        return SyncClient(self.vault)

    def enrol_for_sync(
        self,
        server_url: str,
        code: str,
        device_name: str,
        *,
        done: Callable[[tuple[EnrolResult, str]], None],
        failed: Callable[[str], None],
    ) -> None:
        """Enrol this vault (the CLI's ``enroll``) in the pool; ``done`` gets the result and
        this vault's key fingerprint in digit groups, to read to the administrator.  The
        user id is always the vault's own: a code made for someone else is refused."""
        client = self.sync_client()

        def work(services: VaultServices) -> tuple[EnrolResult, str]:
            result = client.enroll(server_url, code, device_name)
            return result, services.keys.my_key().fingerprint_digits

        self.run_services(work, done=done, failed=failed)

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphraseError unless ``passphrase`` opens the vault (any thread)."""
        services = self.services
        if services is None:
            raise VaultLockedError("The vault is locked.")
        services.keys.verify_passphrase(passphrase)

    # -- the vault's keys and copies (the Vault menu; the CLI's passwd, new-recovery-key, backup)
    def change_passphrase(
        self, old: str, new: str, *, done: Callable[[None], None], failed: Callable[[str], None]
    ) -> None:
        """Check ``old`` opens the vault, then re-wrap its key under ``new`` (in the pool:
        the key derivation is calibrated to take about a second)."""
        vault = self._unlocked_vault()

        def work() -> None:
            vault.verify_passphrase(old)
            vault.change_passphrase(new)

        self.background.run(work, done=done, failed=failed)

    def new_recovery_key(
        self, passphrase: str, *, done: Callable[[str], None], failed: Callable[[str], None]
    ) -> None:
        """Replace the recovery key once ``passphrase`` is confirmed; ``done`` gets the new
        key (to show once).  The old key stops working."""
        vault = self._unlocked_vault()

        def work() -> str:
            vault.verify_passphrase(passphrase)
            return vault.new_recovery_key()

        self.background.run(work, done=done, failed=failed)

    def back_up(
        self,
        destination: Path,
        *,
        done: Callable[[BackupSummary], None],
        failed: Callable[[str], None],
    ) -> None:
        """Write a verified encrypted backup into a new folder in ``destination``."""
        vault = self._unlocked_vault()
        self.background.run(lambda: back_up_vault(vault, destination), done=done, failed=failed)

    def _unlocked_vault(self) -> Vault:
        if self.vault is None or self.service is None:
            raise VaultLockedError("The vault is locked.")
        return self.vault

    def key_slot_problems(self) -> tuple[str, ...]:
        """Damaged or replaced key slots found at the last unlock (the vault still opened)."""
        return self.vault.slot_problems if self.vault is not None else ()

    def lock(self) -> None:
        """Forget everything decrypted: widgets first (signal), then the core."""
        if self.service is None:
            return
        self.service = None
        self.services = None
        self._generation += 1
        self.locked.emit()
        vault = self.vault
        if vault is not None:
            self.background.run(vault.lock)

    # -- work --------------------------------------------------------------------
    def announce(self, change: ChangeSet) -> None:
        """Tell the views about a change the journal did not see (a case turned read-only)."""
        if not change.is_empty and self.is_unlocked:
            self.changed.emit(change)

    # -- work --------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        changes: str | None = None,
        origin: object = None,
    ) -> Cancel:
        """Run ``fn(service, ...)`` in the background (``service``: the CaseService).

        When it is done, ``changed`` carries a :class:`ChangeSet` of what it committed (the
        journal says which cases and record kinds) with ``origin`` as the initiator, so
        views refresh only what concerns them.  ``changes`` is the older, coarser hint:
        a case id ("" for several) whose every record may have changed; it widens the
        notice for operations whose writes the journal does not see (shredding, files).
        """
        if self.service is None:
            raise VaultLockedError("The vault is locked.")
        return self._run(self.service, fn, done=done, failed=failed, progress=progress,
                         cancelled=cancelled, changes=changes, origin=origin)  # fmt: skip

    def run_services(
        self,
        fn: Callable[..., Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        changes: str | None = None,
        origin: object = None,
    ) -> Cancel:
        """Like :meth:`run`, but ``fn`` gets every service of the vault (keys, audit, …)."""
        if self.services is None:
            raise VaultLockedError("The vault is locked.")
        return self._run(self.services, fn, done=done, failed=failed, changes=changes,
                         origin=origin)  # fmt: skip

    def _run(
        self,
        target: Any,
        fn: Callable[..., Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        changes: str | None = None,
        origin: object = None,
    ) -> Cancel:
        def work(**kwargs: Any) -> tuple[Any, ChangeSet]:
            with recording() as recorder:
                result = fn(target, **kwargs)
            return result, recorder.changes

        work.__signature__ = _signature_like(fn)  # type: ignore[attr-defined]

        generation = self._generation

        def current(callback: Callable[..., None] | None) -> bool:
            # Drop answers that arrive after a lock, or for a widget already deleted.
            if callback is None or generation != self._generation:
                return False
            return all(shiboken6.isValid(owner) for owner in _owners(callback))

        def finished(outcome: tuple[Any, ChangeSet]) -> None:
            result, recorded = outcome
            notice = _notice(recorded, changes, origin)
            if notice is not None and generation == self._generation:
                self.changed.emit(notice)
            if current(done):
                done(result)  # type: ignore[misc]

        def on_failed(message: str) -> None:
            if current(failed):
                failed(message)  # type: ignore[misc]

        def on_progress(value: int) -> None:
            if current(progress):
                progress(value)  # type: ignore[misc]

        def on_cancelled() -> None:
            if current(cancelled):
                cancelled()  # type: ignore[misc]

        return self.background.run(
            work, done=finished, failed=on_failed, progress=on_progress, cancelled=on_cancelled
        )


def _notice(recorded: ChangeSet, hint: str | None, origin: object) -> ChangeSet | None:
    """What to announce: the journal's record, widened by the caller's hint when needed.

    A case-id hint adds nothing when the journal saw ops of that case (its record is
    exact); otherwise (shredding, read-only flags, files) the whole case counts as
    changed.  The hint "" still means "anything may have changed".  Without a hint,
    only changes to cases are announced: sealed records written in passing (sync
    bookkeeping) change nothing a view shows, and announcing them would let a status
    refresh that writes bookkeeping trigger itself forever.
    """
    if hint is None or (hint and hint in recorded.cases):
        if not (recorded.cases or recorded.all_cases):
            return None
        return recorded.started_by(origin)
    widened = ChangeSet.of_cases([hint]) if hint else ChangeSet.everything()
    return recorded.union(widened).started_by(origin)


def _owners(callback: Callable[..., Any]) -> list[QObject]:
    """The Qt objects a callback belongs to: its ``self``, or the widgets its closure uses.

    A widget may be deleted (its tab closed, the window torn down) while its
    request is still running; calling back into it would crash.
    """
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return [owner]
    cells = getattr(callback, "__closure__", None) or ()
    found = []
    for cell in cells:
        try:
            value = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(value, QObject):
            found.append(value)
    return found


def _signature_like(fn: Callable[..., Any]) -> Any:
    """The keyword parameters (progress, cancelled) of ``fn`` without its service argument."""
    import inspect

    params = [
        p
        for name, p in inspect.signature(fn).parameters.items()
        if name in ("progress", "cancelled")
    ]
    return inspect.Signature(params)

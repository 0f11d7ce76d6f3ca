"""Shared fixtures: every test gets its own fresh vault in a temporary folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store.vault import Vault
from desktop.vaults import create_vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    created, _recovery = create_vault(
        vault_dir,
        PASSPHRASE,
        kdf_params=fast_params_for_tests(),
        office_code="TST",
        device_code="D1",
    )
    yield created
    with contextlib.suppress(Exception):  # a test may have closed it already
        created.close()


@pytest.fixture
def service(vault: Vault) -> CaseService:
    return CaseService(vault)


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A real Secret Service (private D-Bus session + unlocked gnome-keyring) for this test.

    This process and its children use it (the environment points at it; the keyring
    package picks its backend again, and again at the end).  Skipped when the tools are
    missing, except with CI=true, where it fails (like the PostgreSQL tests).
    """
    from tests.support.secret_service import missing_tools, private_secret_service, redetect_keyring

    problem = missing_tools()
    if problem is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem}; CI=true requires the Secret Service tests to run.")
        pytest.skip(problem)
    with private_secret_service(tmp_path / "secret-service") as session:
        for name in ("HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                     "XDG_CACHE_HOME", "DBUS_SESSION_BUS_ADDRESS"):  # fmt: skip
            monkeypatch.setenv(name, session.env[name])
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        redetect_keyring()
        try:
            yield session
        finally:
            monkeypatch.undo()
            redetect_keyring()

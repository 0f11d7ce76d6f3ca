"""How main.py answers a mistyped command, `help`, no display, and demo data (issue 16, point 8
and the demo vault): real processes, as a user starts them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, home: Path, display: bool = False) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        environ.pop(name, None)
    if display:
        environ["QT_QPA_PLATFORM"] = "offscreen"
    # platformdirs puts the default and demo vaults under these: keep them in the test's folder.
    environ.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home))
    environ["MADOGUCHI_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, env=environ, timeout=300,
        stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("serch", "search"), ("sync-stauts", "sync-status"), ("expotr", "export"), ("hlep", "help")],
)
def test_a_mistyped_command_is_refused_with_a_suggestion(
    tmp_path: Path, typed: str, suggested: str
) -> None:
    # With a display available, so the old behaviour (open the window) would not exit at all.
    result = run(typed, "x", home=tmp_path, display=True)
    assert result.returncode == 2
    assert one_line(result) == (
        f"madoguchi: unknown command '{typed}' (did you mean '{suggested}'?)"
    )


def test_an_unknown_command_with_no_close_match_points_at_help(tmp_path: Path) -> None:
    result = run("zzzzzz", home=tmp_path, display=True)
    assert result.returncode == 2
    assert "'python main.py help' lists them" in one_line(result)


def test_an_unknown_window_option_is_refused(tmp_path: Path) -> None:
    result = run("--vualt", str(tmp_path / "v"), home=tmp_path, display=True)
    assert result.returncode == 2
    assert one_line(result).startswith("madoguchi: unknown option '--vualt'")


def test_help_lists_vault_and_sync_commands(tmp_path: Path) -> None:
    result = run("help", home=tmp_path)
    assert result.returncode == 0, result.stderr
    for command in ("import", "export", "check", "search", "enroll", "sync-status"):
        assert command in result.stdout


def test_the_window_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    result = run("--lang", "ja", home=tmp_path)
    assert result.returncode == 1
    assert "no display" in one_line(result)


def test_demo_goes_to_the_demo_vault_not_the_real_one(tmp_path: Path) -> None:
    result = run("demo", "--cases", "3", "--no-files", home=tmp_path)
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data" / "Madoguchi"
    assert (data / "demo-vault" / "vault.db").exists()
    assert not (data / "vault" / "vault.db").exists()
    assert list(data.iterdir()) == [data / "demo-vault"]
    # The app's demo vault opens with the passphrase its unlock page shows.
    from desktop.demo_vault import DEMO_PASSPHRASE
    from desktop.vaults import open_vault

    with open_vault(data / "demo-vault") as vault:
        vault.unlock(DEMO_PASSPHRASE)
        assert vault.device.office_code == "DEMO"


def test_demo_data_is_refused_in_a_real_vault(tmp_path: Path) -> None:
    real = tmp_path / "real"
    assert run("init", "--vault", str(real), home=tmp_path).returncode == 0
    result = run("demo", "--vault", str(real), "--cases", "3", home=tmp_path)
    assert result.returncode != 0
    assert "is a real vault, not a demo vault" in one_line(result)
    from desktop.cases.service import CaseService
    from desktop.vaults import open_vault

    with open_vault(real) as vault:
        vault.unlock(PASSPHRASE)
        assert CaseService(vault).list_cases() == []

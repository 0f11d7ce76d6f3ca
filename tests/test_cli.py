"""The headless CLI, run as a user would: real processes, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.window import window_stays_up

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, passphrase: str | None = PASSPHRASE, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    if passphrase is not None:
        environ["MADOGUCHI_PASSPHRASE"] = passphrase
    environ.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def folder(vault: Vault) -> Path:
    path = vault.folder
    vault.close()
    return path


def test_init_prints_recovery_key_and_refuses_a_second_init(tmp_path: Path) -> None:
    target = tmp_path / "new-vault"
    result = run("init", "--vault", str(target), "--office", "tky")
    assert result.returncode == 0, result.stderr
    assert "RECOVERY KEY" in result.stdout
    again = run("init", "--vault", str(target))
    assert_one_line_error(again, 1, "already exists")


def test_wrong_passphrase_is_one_clear_line(folder: Path) -> None:
    result = run("check", "--vault", str(folder), passphrase="definitely not it")
    assert_one_line_error(result, 3, "Wrong passphrase")


def test_missing_passphrase_without_terminal_says_what_to_do(folder: Path) -> None:
    result = run("check", "--vault", str(folder), passphrase=None)
    assert_one_line_error(result, 1, "MADOGUCHI_PASSPHRASE")


def test_missing_vault_is_one_clear_line(tmp_path: Path) -> None:
    result = run("check", "--vault", str(tmp_path / "none"))
    assert_one_line_error(result, 1, "No vault found")


def write_csv(path: Path, rows: list[list[str]]) -> None:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


HEADER = ["full_name", "nationality", "language", "phone", "summary", "residence_expiry"]


def test_import_then_search_then_export(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    write_csv(source, [HEADER,
                       ["Tran Thi Mai", "VN", "vi", "090-1111-2222", "給料未払い", "2027-01-31"],
                       ["Siti Rahayu", "ID", "id", "080-3333-4444", "寮の問題", ""]])  # fmt: skip
    result = run("import", "--vault", str(folder), str(source))
    assert result.returncode == 0, result.stderr
    assert "Imported 2 cases" in result.stdout
    found = run("search", "--vault", str(folder), "mai", "--json")
    assert [c["full_name"] for c in json.loads(found.stdout)] == ["Tran Thi Mai"]
    out = tmp_path / "export.json"
    refused = run("export", "--vault", str(folder), "--out", str(out))
    assert_one_line_error(refused, 1, "--yes")
    assert not out.exists()
    exported = run("export", "--vault", str(folder), "--out", str(out), "--yes")
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "madoguchi-export" and document["version"] == 2
    assert "referrals" in document["cases"][0] and "exhibits" in document["cases"][0]
    assert {c["worker"]["full_name"] for c in document["cases"]} == {"Tran Thi Mai", "Siti Rahayu"}
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    checked = run("check", "--vault", str(folder), "--json")
    assert json.loads(checked.stdout)["ok"] is True
    audit = sqlite3.connect(folder / "vault.db").execute("SELECT action FROM audit").fetchall()
    assert ("import",) in audit and ("export",) in audit


def test_bad_row_imports_nothing_and_names_row_and_column(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["Good Person", "VN", "vi", "090", "ok", "2027-01-01"])
    sheet.append(["Bad Date", "VN", "vi", "090", "x", "2027-02-31"])
    book.save(source)
    result = run("import", "--vault", str(folder), str(source))
    assert_one_line_error(result, 1, "row 3", "residence_expiry", "Nothing was imported")
    found = run("search", "--vault", str(folder), "--json")
    assert json.loads(found.stdout) == []


def test_check_finds_tampering_and_exits_non_zero(folder: Path) -> None:
    conn = sqlite3.connect(folder / "vault.db")
    with conn:
        conn.execute("UPDATE audit SET details='{\"forged\": 1}' WHERE seq=1")
    conn.close()
    result = run("check", "--vault", str(folder))
    assert result.returncode == 4
    assert "audit entry 1 was altered" in result.stdout


def test_passwd_and_shred(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    write_csv(source, [HEADER, ["Maria Santos", "PH", "tl", "070-1234-0000", "x", ""]])
    assert run("import", "--vault", str(folder), str(source)).returncode == 0
    changed = run(
        "passwd", "--vault", str(folder), MADOGUCHI_NEW_PASSPHRASE="another long passphrase"
    )
    assert changed.returncode == 0, changed.stderr
    assert run("check", "--vault", str(folder)).returncode == 3
    new = "another long passphrase"
    ref = json.loads(run("search", "--vault", str(folder), "--json", passphrase=new).stdout)[0][
        "ref"
    ]
    assert run("shred", "--vault", str(folder), ref, passphrase=new).returncode == 1  # needs --yes
    shredded = run("shred", "--vault", str(folder), ref, "--yes", passphrase=new)
    assert shredded.returncode == 0, shredded.stderr
    assert json.loads(run("search", "--vault", str(folder), "--json", passphrase=new).stdout) == []
    assert run("check", "--vault", str(folder), passphrase=new).returncode == 0


def test_version_and_usage_errors() -> None:
    assert "enroll, sync, share" in run("--help").stdout
    version = run("--version").stdout
    from desktop.store.format import FORMAT_VERSION
    from sync.protocol import PROTOCOL_VERSION

    assert f"vault format {FORMAT_VERSION}" in version
    assert f"sync protocol {PROTOCOL_VERSION}" in version
    bad = run("search", "--due-by", "tomorrow")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_safety_languages_reports_completeness_and_review_status() -> None:
    result = run("safety", "languages", "--json", passphrase=None)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    languages = {row["language"]: row for row in document["languages"]}
    assert {"en", "ja"} <= set(languages)
    assert languages["ja"]["name"] == "日本語"
    assert all(row["review_status"] in {"machine-drafted", "reviewed", "incomplete"}
               for row in languages.values())  # fmt: skip
    assert languages["en"]["complete"] == 100.0


def test_every_cli_command_is_routed_to_the_cli_by_main() -> None:
    from desktop.cli import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == COMMANDS  # type: ignore[union-attr]


def test_window_options_open_the_app_not_the_cli(tmp_path: Path) -> None:
    # `python main.py --vault DIR` is the desktop app; offscreen it keeps running.
    err = window_stays_up("--vault", str(tmp_path / "v"), "--lang", "en", seconds=4)
    assert b"invalid choice" not in err and b"Traceback" not in err

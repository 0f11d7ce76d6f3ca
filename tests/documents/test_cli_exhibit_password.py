"""``adr-bundle`` at a real terminal (a pty): a wrong exhibit password is asked again, 3 tries.

The command runs as a person runs it: ``python main.py`` in its own session with a
pseudo-terminal as its controlling terminal, so getpass reads from it.
"""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

import pikepdf

from desktop.cases.service import CaseService
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.documents.test_adr_bundle import one_exhibit_matter, pdf_file

ROOT = Path(__file__).resolve().parents[2]


def run_in_terminal(args: list[str], answers: list[str], timeout: float = 120) -> tuple[int, str]:
    """Run main.py on a pty, typing the next answer at each password prompt."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    env |= {"MADOGUCHI_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command
        os.execve(sys.executable, [sys.executable, str(ROOT / "main.py"), *args], env)  # noqa: S606 - no shell wanted
    output, sent, deadline = b"", 0, time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
        if output.count(b"Password for") > sent and sent < len(answers):
            os.write(fd, answers[sent].encode() + b"\n")
            sent += 1
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def locked_matter(service: CaseService, vault: Vault, tmp_path: Path) -> str:
    locked = pdf_file(tmp_path / "locked.pdf", ["Payslip behind a password"])
    with pikepdf.open(locked, allow_overwriting_input=True) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="own", user="s3cret", R=6))
    one_exhibit_matter(service, tmp_path, locked)
    ref = service.list_cases()[0].ref
    vault.close()  # the command opens the vault itself
    return ref


def test_wrong_password_is_asked_again(
    service: CaseService, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    ref = locked_matter(service, vault, tmp_path)
    out = tmp_path / "bundle"
    code, text = run_in_terminal(
        ["adr-bundle", "--vault", str(vault_dir), "--case", ref, "--out", str(out)],
        ["nope", "s3cret"],
    )
    assert code == 0, text
    assert text.count("Password for 甲第2号証") == 2
    assert "That password does not open 甲第2号証; try again (2 left)." in text
    assert (out / "bundle.pdf").exists()


def test_three_wrong_passwords_stop_with_one_line(
    service: CaseService, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    ref = locked_matter(service, vault, tmp_path)
    out = tmp_path / "bundle"
    code, text = run_in_terminal(
        ["adr-bundle", "--vault", str(vault_dir), "--case", ref, "--out", str(out)],
        ["one", "two", "three", "four"],
    )
    assert code == 1, text
    assert text.count("Password for 甲第2号証") == 3
    assert "甲第2号証: 3 wrong passwords; no bundle was made." in text
    assert "Traceback" not in text
    assert not out.exists()


def test_summary_names_what_was_kept_and_what_was_left_out(
    service: CaseService, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    from tests.documents.exhibit_fixtures import files_and_losses_pdf
    from tests.test_cli import run

    one_exhibit_matter(service, tmp_path, files_and_losses_pdf(tmp_path / "payslips.pdf"))
    ref = service.list_cases()[0].ref
    vault.close()
    result = run("adr-bundle", "--vault", str(vault_dir), "--case", ref,
                 "--out", str(tmp_path / "bundle"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "甲第2号証: kept 4 attached files" in result.stdout
    lost = [line for line in result.stderr.splitlines() if line.startswith("warning: 甲第2号証")]
    assert len(lost) == 1 and "tagged structure" in lost[0] and "JavaScript" in lost[0]
    assert "Warning" not in result.stderr  # no library warning class names on the terminal

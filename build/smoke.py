"""Smoke-test the built app: ``python build/smoke.py [--app dist/madoguchi]``.

Runs the frozen binary (never the source tree) offscreen in a temporary home folder, so a
resource or hidden import missing from the bundle fails here rather than on a user's
machine: ``--version``, ``demo`` into a temporary vault, ``check``, ``search --json``, a
referral letter (Japanese + the worker's language: fonts, shaping, line breaking), an ADR
bundle (pikepdf, images), a key card (QR code), ``safety languages`` (questionnaire), and
the window started for a few seconds.  Exit status 0 when every step passed, 1 otherwise.
Only the standard library is used, so any Python 3.11 can run it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "smoke-test passphrase"  # noqa: S105 - a throwaway vault in a temp folder
STEP_TIMEOUT_S = 300
GUI_SECONDS = 8  # the window must still be running after this long


class SmokeFailure(Exception):
    """One step did not do what it should."""


def binaries(app: Path) -> tuple[Path, Path]:
    """(command-line binary, window binary) inside the one-folder app."""
    if sys.platform == "win32":
        return app / "madoguchi-cli.exe", app / "madoguchi.exe"
    return app / "madoguchi", app / "madoguchi"


class Smoke:
    def __init__(self, app: Path, home: Path) -> None:
        self.cli, self.gui = binaries(app)
        for binary in {self.cli, self.gui}:
            if not binary.is_file():
                raise SmokeFailure(f"{binary} is missing: run `python build/build.py` first")
        self.home = home
        self.vault = home / "vault"
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MADOGUCHI_PASSPHRASE": PASSPHRASE,
            # Settings, keyring files and caches go to the temp home, not the user's.
            "HOME": str(home),
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }

    def run(self, *args: str, expect: str = "") -> str:
        """Run one command; its exit status must be 0 and its output contain ``expect``."""
        started = time.monotonic()
        done = subprocess.run(
            [str(self.cli), *args],
            cwd=self.home,  # never the checkout: resources must come from the bundle
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=STEP_TIMEOUT_S,
        )
        output = done.stdout + done.stderr
        label = " ".join(args[:2])
        if done.returncode != 0 or expect not in output or "Traceback" in output:
            raise SmokeFailure(f"`{label}` exited {done.returncode}:\n{output[-4000:]}")
        print(f"ok  {label:<24} {time.monotonic() - started:5.1f} s")
        return done.stdout

    def check_pdf(self, path: Path) -> None:
        data = path.read_bytes() if path.is_file() else b""
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise SmokeFailure(f"{path} is not a complete PDF")

    def commands(self) -> None:
        version = self.run("--version", expect="Madoguchi ")
        if "vault format" not in version:
            raise SmokeFailure(f"--version printed {version!r}")
        self.run("demo", "--vault", str(self.vault), "--cases", "20", expect="Added 20")
        self.run("check", "--vault", str(self.vault), expect="Vault OK")
        found = json.loads(self.run("search", "--vault", str(self.vault), "--json"))
        if len(found) != 20:
            raise SmokeFailure(f"search --json listed {len(found)} cases, not 20")
        export = self.home / "export.json"
        self.run("export", "--vault", str(self.vault), "--out", str(export), "--yes")
        cases = json.loads(export.read_text(encoding="utf-8"))["cases"]
        self.letter(cases)
        self.adr_bundle(cases)
        card = self.home / "card.pdf"
        key = self.home / "office.mdgkey"
        self.run(
            "keys", "export", "--vault", str(self.vault), "--out", str(key), "--card", str(card)
        )
        self.check_pdf(card)
        self.run("safety", "languages", expect="ja")
        self.run("check", "--vault", str(self.vault), expect="Vault OK")

    def letter(self, cases: list[dict[str, object]]) -> None:
        """A letter for the first case holding a referral consent still in force."""
        for case in cases:
            consents = case["consents"]
            assert isinstance(consents, list)
            for consent in consents:
                if consent["purpose"] == "referral" and not consent.get("withdrawn_on"):
                    worker = case["worker"]
                    assert isinstance(worker, dict)
                    languages = [x for x in worker.get("languages") or [] if x != "ja"]
                    ref = case["case"]["ref"]  # type: ignore[index]
                    out = self.home / "letter"
                    self.run(
                        *("letter", "--vault", str(self.vault), "--case", ref),
                        *("--template", "lawyer", "--to", consent["recipient"]),
                        *("--lang", (languages or ["en"])[0], "--out", str(out)),
                    )
                    pdfs = sorted(out.glob("*.pdf"))
                    if len(pdfs) != 2:
                        raise SmokeFailure(f"letter wrote {[p.name for p in pdfs]}, not 2 PDFs")
                    for pdf in pdfs:
                        self.check_pdf(pdf)
                    return
        raise SmokeFailure("no demo case holds a referral consent")

    def adr_bundle(self, cases: list[dict[str, object]]) -> None:
        """The ADR bundle of the first demo case with a matter."""
        for case in cases:
            if case["adr_matters"]:
                ref = case["case"]["ref"]  # type: ignore[index]
                out = self.home / "bundle"
                self.run("adr-bundle", "--vault", str(self.vault), "--case", ref, "--out", str(out))
                self.check_pdf(out / "bundle.pdf")
                if not (out / "manifest.json").is_file():
                    raise SmokeFailure("adr-bundle wrote no manifest.json")
                return
        raise SmokeFailure("no demo case has an ADR matter")

    def window(self) -> None:
        """The window must start (every import, plugin and translation) and keep running."""
        started = time.monotonic()
        process = subprocess.Popen(
            [str(self.gui), "--vault", str(self.vault), "--lang", "ja"],
            cwd=self.home,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            code = process.wait(timeout=GUI_SECONDS)
        except subprocess.TimeoutExpired:
            code = None
        finally:
            if process.poll() is None:
                process.terminate()
            output, _ = process.communicate(timeout=30)
        text = output.decode("utf-8", "replace")
        if code is not None or "Traceback" in text:
            raise SmokeFailure(f"the window exited early ({code}):\n{text[-4000:]}")
        print(f"ok  {'window (offscreen)':<24} {time.monotonic() - started:5.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "madoguchi")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="madoguchi-smoke-") as tmp:
        try:
            smoke = Smoke(args.app.resolve(), Path(tmp))
            smoke.commands()
            smoke.window()
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

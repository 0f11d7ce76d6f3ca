"""Documents benchmark: ``python -m tests.bench.documents [--exhibits 50 --pages 10]``.

Makes a temporary vault holding one ADR matter with N generated PDF exhibits of
P pages each, then, in a child process (so peak memory is the bundle's own),
builds the bundle: once cold (fonts not yet loaded, as the first document of a
session) and three times warm (the steady state; the faster is ``bundle_s``, the least
CPU ``bundle_cpu_s``).  The baseline is qpdf merging the same exhibit files in the same
run (``qpdf --empty --pages f1.pdf f2.pdf … -- out.pdf``; ``baseline_qpdf_s`` and its CPU
``baseline_qpdf_cpu_s``); ``bundle_ratio`` is wall over wall, ``bundle_cpu_ratio`` CPU
over CPU (steadier on a shared machine).  Prints one JSON object.

Letters are timed in this (parent) process: ``letter_ms_p50`` (a Japanese letter
plus a Vietnamese worker's copy) and ``letter_complex_ms_p50`` (plus a Burmese copy).

Cold starts are what a person at a terminal waits for: a fresh ``python main.py``
process per command, through the real CLI (vault unlocked with test KDF parameters,
so the passphrase does not dominate).  ``letter_cold_s`` makes one letter and its
worker's copy; ``bundle_cold_s`` runs ``adr-bundle`` on a matter with one 1-page
exhibit; each is the best of three runs.  Their baseline, measured in the same run,
is ``cli_start_s``: ``python main.py --version``, the interpreter and the CLI's
import alone.  ``bundle_first_s`` is the first build inside the child process above
(the fonts still to load, the modules already imported).

Targets: letter_ms_p50 ≤ 300, letter_cold_s ≤ 0.8, bundle_cold_s ≤ 1.5, bundle_s ≤ 3.0,
bundle_ratio ≤ 2.0, bundle_peak_rss_mb ≤ 500.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase"


def make_exhibits(folder: Path, exhibits: int, pages: int) -> list[Path]:
    """N reportlab PDFs of P text pages each (about 40 lines a page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(1, exhibits + 1):
        path = folder / f"exhibit{number:03d}.pdf"
        canvas = Canvas(str(path), pagesize=A4, invariant=1)
        for page in range(1, pages + 1):
            canvas.setFont("Helvetica", 10)
            for line in range(40):
                canvas.drawString(
                    60, 760 - line * 16,
                    f"Exhibit {number} page {page} line {line}: wages, overtime, dormitory rent",
                )  # fmt: skip
            canvas.showPage()
        canvas.save()
        files.append(path)
    return files


def build_vault(folder: Path, files: list[Path]) -> str:
    """A vault with one case, its ADR consent and a matter with ``files`` as exhibits."""
    from desktop.cases.service import CaseService
    from desktop.crypto.kdf import fast_params_for_tests
    from desktop.vaults import create_vault

    vault, _ = create_vault(folder, PASSPHRASE, kdf_params=fast_params_for_tests(),
                            office_code="BEN")  # fmt: skip
    with vault:
        service = CaseService(vault)
        case_id = service.create_case({"full_name": "Nguyen Van An", "name_native": "Nguyễn Văn An",
                                       "address": "東京都新宿区大久保1-1-1"})  # fmt: skip
        service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                      "given_on": "2026-01-05"})  # fmt: skip
        employer = service.add_party(case_id, {"name": "株式会社ベンチ工業", "role": "employer",
                                               "corporate_number": "1234567890123",
                                               "address": "東京都港区1-2-3"})  # fmt: skip
        matter = service.add_adr_matter(case_id, {
            "title": "未払賃金請求事件", "respondents": [employer],
            "relief_sought": "相手方は申立人に金1,000,000円を支払え。", "grounds": "未払賃金がある。",
        })  # fmt: skip
        for number, path in enumerate(files, 1):
            evidence = service.add_evidence(case_id, path)
            service.add_exhibit(matter, {"evidence_id": evidence, "number": number,
                                         "title": f"書証{number}", "purpose": "未払賃金の存在"})  # fmt: skip
    return matter


def baseline_qpdf(files: list[Path], out: Path) -> tuple[float, float]:
    """qpdf merging the same files: the best of three runs, wall-clock and CPU seconds."""
    times, cpu = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(["qpdf", "--empty", "--pages", *map(str, files), "--", str(out)],
                       check=True)  # fmt: skip
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(times), min(cpu)


def measure(folder: Path, matter: str, work: Path) -> dict[str, Any]:
    """Build the bundle cold once, then warm three times, in this (child) process."""
    from datetime import date

    from desktop.cases.service import CaseService
    from desktop.documents.adr import build_bundle
    from desktop.vaults import open_vault

    vault = open_vault(folder)
    vault.unlock(PASSPHRASE)
    service = CaseService(vault)
    times, cpu = [], []
    for attempt in range(4):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = build_bundle(service, matter, work / f"bundle{attempt}", today=date(2026, 11, 21))
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    vault.close()
    return {
        "bundle_pages": result.pages,
        "bundle_mb": round(result.bundle.stat().st_size / 1e6, 2),
        "bundle_first_s": round(times[0], 3),
        "bundle_s": round(min(times[1:]), 3),
        "bundle_cpu_s": round(min(cpu[1:]), 3),
        "bundle_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def bench_letters(work: Path, rounds: int = 21) -> dict[str, float]:
    """Letter timings: ``letter_ms_p50`` (ja letter + vi worker's copy) and
    ``letter_complex_ms_p50`` (ja letter + Burmese copy, shaped and dictionary-broken).

    Each round makes both PDFs in memory (make_letter); the first round, which loads
    the fonts, is reported apart as ``letter_cold_ms``.
    """
    import statistics

    from desktop.cases.service import CaseService
    from desktop.crypto.kdf import fast_params_for_tests
    from desktop.documents.letters import LetterRequest, make_letter
    from desktop.vaults import create_vault

    vault, _ = create_vault(work / "letters-vault", PASSPHRASE,
                            kdf_params=fast_params_for_tests(), office_code="BEN")  # fmt: skip
    out: dict[str, float] = {}
    with vault:
        service = CaseService(vault)
        recipient = "東京ひまわり法律事務所"
        case_id = service.create_case(
            {"full_name": "Nguyen Van An", "name_native": "Nguyễn Văn An", "nationality": "VN",
             "languages": ["vi", "my"]},
            case={"summary": "残業代の未払いと、寮費・管理費名目の控除について相談。"},
            topics=[{"category": "labour", "subtopic": "unpaid_wages"}],
        )  # fmt: skip
        service.add_consent(case_id, {"purpose": "referral", "recipient": recipient,
                                      "given_on": "2026-11-01", "method": "written"})  # fmt: skip
        for key, lang in (("letter_ms_p50", "vi"), ("letter_complex_ms_p50", "my")):
            request = LetterRequest(case_id=case_id, recipient_type="lawyer",
                                    recipient=recipient, language=lang)  # fmt: skip
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                make_letter(service, request)
                times.append((time.perf_counter() - started) * 1000)
            if "letter_cold_ms" not in out:
                out["letter_cold_ms"] = round(times[0], 1)
            out[key] = round(statistics.median(times[1:]), 1)
    return out


ROOT = Path(__file__).resolve().parents[2]


def _cli_seconds(*args: str) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one fresh ``python main.py ARGS``.

    CPU time is reported too because wall time on a shared machine measures the
    neighbours as much as the program.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    env["MADOGUCHI_PASSPHRASE"] = PASSPHRASE
    # An installed Madoguchi has its bytecode compiled; without .pyc files every fresh
    # process would compile ~70 modules again (0.2 s) and measure that instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=True, env=env,
                   capture_output=True, stdin=subprocess.DEVNULL)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _best_of(rounds: int, make_args: Any) -> tuple[float, float]:
    runs = [_cli_seconds(*make_args(attempt)) for attempt in range(rounds)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def bench_cold(work: Path, rounds: int = 3) -> dict[str, float]:
    """Fresh processes through the real CLI: a letter, a one-exhibit bundle, bare start."""
    from desktop.cases.service import CaseService
    from desktop.vaults import open_vault

    files = make_exhibits(work / "cold-exhibit", 1, 1)
    folder = work / "cold-vault"
    build_vault(folder, files)
    vault = open_vault(folder)
    vault.unlock(PASSPHRASE)
    recipient = "東京ひまわり法律事務所"
    with vault:
        service = CaseService(vault)
        case_id = service.list_cases()[0].case_id
        ref = service.get_case(case_id).ref
        service.add_consent(case_id, {"purpose": "referral", "recipient": recipient,
                                      "given_on": "2026-11-01", "method": "written"})  # fmt: skip
    start = _best_of(rounds, lambda _: ("--version",))
    letter = _best_of(rounds, lambda n: (
        "letter", "--vault", str(folder), "--case", ref, "--template", "lawyer",
        "--to", recipient, "--lang", "vi", "--out", str(work / f"cold-letter{n}")))  # fmt: skip
    bundle = _best_of(rounds, lambda n: (
        "adr-bundle", "--vault", str(folder), "--case", ref,
        "--out", str(work / f"cold-bundle{n}")))  # fmt: skip
    return {
        "cli_start_s": round(start[0], 3),
        "cli_start_cpu_s": round(start[1], 3),
        "letter_cold_s": round(letter[0], 3),
        "letter_cold_cpu_s": round(letter[1], 3),
        "bundle_cold_s": round(bundle[0], 3),
        "bundle_cold_cpu_s": round(bundle[1], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exhibits", type=int, default=50)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--measure", nargs=3, metavar=("VAULT", "MATTER", "WORK"))
    args = parser.parse_args()
    if args.measure:
        folder, matter, work = args.measure
        print(json.dumps(measure(Path(folder), matter, Path(work))))
        return
    work = Path(tempfile.mkdtemp(prefix="madoguchi-bench-docs-"))
    try:
        files = make_exhibits(work / "exhibits", args.exhibits, args.pages)
        matter = build_vault(work / "vault", files)
        baseline, baseline_cpu = baseline_qpdf(files, work / "qpdf.pdf")
        child = subprocess.run(
            [sys.executable, "-m", "tests.bench.documents", "--measure",
             str(work / "vault"), matter, str(work)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
        result |= bench_letters(work)
        result |= bench_cold(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "exhibits": args.exhibits,
        "pages_per_exhibit": args.pages,
        **result,
        "baseline_qpdf_s": round(baseline, 3),
        "bundle_ratio": round(result["bundle_s"] / baseline, 2),
        # CPU seconds: on a shared machine wall time measures the neighbours as much as
        # the build; qpdf's wall time also holds its process start.
        "baseline_qpdf_cpu_s": round(baseline_cpu, 3),
        "bundle_cpu_ratio": round(result["bundle_cpu_s"] / baseline_cpu, 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()

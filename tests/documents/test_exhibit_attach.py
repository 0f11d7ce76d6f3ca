"""A described-only exhibit given its file later (issue 16 point 7), with the CLI alone:
the bundle refuses the matter while no exhibit has a file (a described-only exhibit beside
others is listed without pages: test_described_only), ``adr exhibit attach`` refuses a
file no bundle can take (nothing recorded), then accepts the real one, and the bundle builds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.documents.test_adr_bundle import pdf_file
from tests.documents.test_cli_evidence_chain import HEADER, ok
from tests.test_cli import assert_one_line_error, run, write_csv


def test_described_only_exhibit_gets_its_file_and_the_bundle_builds(tmp_path: Path) -> None:
    vault = str(tmp_path / "vault")
    ok(run("init", "--vault", vault, "--office", "TKY"))
    cases = tmp_path / "cases.csv"
    write_csv(cases, [HEADER, ["Nguyen Van An", "VN", "vi", "070-1234-5678", "未払残業代"]])
    ok(run("import", "--vault", vault, str(cases)))
    ref = ok(run("search", "--vault", vault)).split("\t")[0]
    ok(run("consent", "add", "--vault", vault, "--case", ref, "--purpose", "adr",
           "--recipient", "東京弁護士会", "--method", "written"))  # fmt: skip
    ok(run("adr", "new", "--vault", vault, "--case", ref, "--title", "未払賃金等請求事件",
           "--respondent", "株式会社ミライ工業"))  # fmt: skip
    ok(run("adr", "exhibit", "add", "--vault", vault, "--case", ref, "--matter",
           "未払賃金等請求事件", "--described-only", "--title", "雇用契約書"))  # fmt: skip

    out = tmp_path / "filing"
    missing = run("adr-bundle", "--vault", vault, "--case", ref, "--out", str(out))
    assert_one_line_error(missing, 1)
    assert "未払賃金等請求事件" in missing.stderr and "all are described only" in missing.stderr

    # A file no bundle can include is refused whole: the exhibit stays described-only.
    notes = tmp_path / "notes.bin"
    notes.write_bytes(b"\x00\x01 not a document")
    ok(run("evidence", "add", "--vault", vault, "--case", ref, str(notes)))
    refused = run("adr", "exhibit", "attach", "--vault", vault, "--case", ref,
                  "--exhibit", "1", "--evidence", "notes.bin")  # fmt: skip
    assert_one_line_error(refused, 1)
    assert "甲第1号証" in refused.stderr
    again = run("adr-bundle", "--vault", vault, "--case", ref, "--out", str(out))
    assert again.returncode != 0 and "described only" in again.stderr

    contract = pdf_file(tmp_path / "contract.pdf", ["Employment contract"])
    ok(run("evidence", "add", "--vault", vault, "--case", ref, str(contract)))
    attached = json.loads(ok(run("adr", "exhibit", "attach", "--vault", vault, "--case", ref,
                                 "--exhibit", "甲第1号証", "--evidence", "contract.pdf",
                                 "--json")))  # fmt: skip
    assert attached["label"] == "甲第1号証" and attached["notes"] == []
    twice = run("adr", "exhibit", "attach", "--vault", vault, "--case", ref,
                "--exhibit", "1", "--evidence", "notes.bin")  # fmt: skip
    assert_one_line_error(twice, 1)
    assert "already has its file" in twice.stderr

    built = json.loads(ok(run("adr-bundle", "--vault", vault, "--case", ref, "--out", str(out),
                              "--json")))  # fmt: skip
    assert built["exhibits"] == ["甲第1号証"]

"""From a file to a filed bundle with the CLI alone: evidence, consent, matter, exhibits.

Every step is ``python main.py …`` in its own process, as a script would run it.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from desktop.cases.service import CaseService
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.documents.test_adr_bundle import pdf_file
from tests.test_cli import assert_one_line_error, run, write_csv

HEADER = ["full_name", "nationality", "language", "phone", "summary"]


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.strip()


def test_the_whole_chain_through_the_cli(tmp_path: Path) -> None:
    vault = str(tmp_path / "vault")
    ok(run("init", "--vault", vault, "--office", "TKY"))
    cases = tmp_path / "cases.csv"
    write_csv(cases, [HEADER, ["Nguyen Van An", "VN", "vi", "070-1234-5678", "未払残業代"]])
    ok(run("import", "--vault", vault, str(cases)))
    ref = ok(run("search", "--vault", vault)).split("\t")[0]

    payslip = pdf_file(tmp_path / "payslip.pdf", ["Payslip April", "Payslip May"])
    photo = tmp_path / "dorm.png"
    Image.new("RGB", (320, 240), (120, 90, 60)).save(photo)
    payslip_id = ok(run("evidence", "add", "--vault", vault, "--case", ref, str(payslip),
                        "--title", "給与明細書", "--source", "scanned at desk"))  # fmt: skip
    photo_json = json.loads(ok(run("evidence", "add", "--vault", vault, "--case", ref,
                                   str(photo), "--json")))  # fmt: skip
    assert photo_json["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert photo_json["title"] == "dorm.png" and photo_json["media_type"] == "image/png"

    consent = json.loads(ok(run("consent", "add", "--vault", vault, "--case", ref, "--purpose",
                                "adr", "--recipient", "東京弁護士会", "--scope", "申立書類",
                                "--method", "written", "--json")))  # fmt: skip
    assert consent["purpose"] == "adr" and consent["method"] == "written"
    matter_id = ok(run("adr", "new", "--vault", vault, "--case", ref, "--title",
                       "未払賃金等請求事件", "--respondent", "株式会社ミライ工業",
                       "--respondent-address", "東京都千代田区丸の内1-1",
                       "--claim", "相手方は、申立人に対し、金42万円を支払え。"))  # fmt: skip
    first = json.loads(ok(run("adr", "exhibit", "add", "--vault", vault, "--case", ref,
                              f"--matter={matter_id}", f"--evidence={payslip_id}",
                              "--purpose", "割増賃金の未払", "--json")))  # fmt: skip
    assert first["label"] == "甲第1号証" and first["title"] == "給与明細書"
    second = ok(run("adr", "exhibit", "add", "--vault", vault, "--case", ref, "--matter",
                    "未払賃金等請求事件", "--evidence", "dorm.png", "--title", "寮の写真"))  # fmt: skip
    assert len(second) == 22  # an id, alone on stdout

    out = tmp_path / "filing"
    built = json.loads(ok(run("adr-bundle", "--vault", vault, "--case", ref, "--out", str(out),
                              "--json")))  # fmt: skip
    assert built["exhibits"] == ["甲第1号証", "甲第2号証"] and built["warnings"] == []
    bundle = Path(built["bundle"])
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() == built["bundle_sha256"]
    with pikepdf.open(bundle) as pdf:
        assert len(pdf.pages) == built["pages"]
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
            exhibits = next(i for i in outline.root if i.title.startswith("書証"))
            children = [child.title for child in exhibits.children]
        assert titles[:3] == ["目次", "申立書", "証拠説明書"]
        assert children == ["甲第1号証　給与明細書", "甲第2号証　寮の写真"]
        manifest = json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())
    sources = {s["label"]: s for s in manifest["sources"]}
    assert sources["甲第1号証"]["sha256"] == hashlib.sha256(payslip.read_bytes()).hexdigest()
    assert sources["甲第2号証"]["media_type"] == "image/png"
    text = subprocess.run(["pdftotext", str(out / "01_application.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "株式会社ミライ工業" in text and "東京都千代田区丸の内1-1" in text
    assert "金42万円を支払え" in text
    assert subprocess.run(["qpdf", "--check", str(bundle)], capture_output=True).returncode == 0


@pytest.fixture
def case_folder(vault: Vault, tmp_path: Path) -> tuple[str, str, str]:
    """A vault (fast KDF) with one case and an ADR matter; closed for the commands."""
    service = CaseService(vault)
    case_id = service.create_case({"full_name": "Maria Santos"})
    matter = service.add_adr_matter(case_id, {"title": "残業代請求"})
    ref = service.get_case(case_id).ref
    vault.close()
    return str(vault.folder), ref, matter


def test_each_mistake_is_one_line_and_nothing_is_recorded(
    case_folder: tuple[str, str, str], tmp_path: Path
) -> None:
    vault, ref, matter = case_folder
    good = pdf_file(tmp_path / "good.pdf", ["fine"])
    base = ("--vault", vault, "--case", ref)
    assert_one_line_error(run("evidence", "add", "--vault", vault, "--case", "TST-NONE",
                              str(good)), 1, "No case with reference TST-NONE")  # fmt: skip
    assert_one_line_error(run("evidence", "add", *base, str(tmp_path / "gone.pdf")), 1,
                          "Cannot read", "gone.pdf", "No such file")  # fmt: skip
    assert_one_line_error(run("evidence", "add", *base, str(tmp_path)), 1, "is a folder")
    assert_one_line_error(run("consent", "add", *base, "--purpose", "adr-filing",
                              "--recipient", "X"), 1, "'purpose' cannot be 'adr-filing'")  # fmt: skip
    assert_one_line_error(run("consent", "add", *base, "--purpose", "adr", "--recipient", "X",
                              "--method", "fax"), 1, "'method' cannot be 'fax'")  # fmt: skip
    assert_one_line_error(run("adr", "new", *base, "--title", "t", "--respondent", "A",
                              "--respondent-address", "1", "--respondent-address", "2"),
                          1, "More --respondent-address")  # fmt: skip

    word = tmp_path / "statement.docx"
    word.write_bytes(b"PK\x03\x04 not a pdf")
    word_id = ok(run("evidence", "add", *base, str(word)))
    locked = pdf_file(tmp_path / "locked.pdf", ["Payslip behind a password"])
    with pikepdf.open(locked, allow_overwriting_input=True) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="own", user="s3cret", R=6))
    locked_id = ok(run("evidence", "add", *base, str(locked)))
    garbage = tmp_path / "scan.pdf"
    garbage.write_bytes(b"%PDF-1.7\nnothing here at all")
    garbage_id = ok(run("evidence", "add", *base, str(garbage)))
    add = ("adr", "exhibit", "add", *base, f"--matter={matter}")  # ids may start with "-"
    assert_one_line_error(run(*add, f"--evidence={word_id}"), 1,
                          "甲第1号証", ".docx", "convert it to PDF")  # fmt: skip
    assert_one_line_error(run(*add, f"--evidence={garbage_id}"), 1,
                          "甲第1号証", "cannot be read as a PDF")  # fmt: skip
    assert_one_line_error(run(*add, "--evidence", "nothing-like-this"), 1, "No evidence")
    assert_one_line_error(run("adr", "exhibit", "add", *base, "--matter", "no such matter",
                              f"--evidence={locked_id}"), 1, "No ADR matter")  # fmt: skip
    assert_one_line_error(run(*add), 1, "--evidence ID or --described-only")

    protected = run(*add, f"--evidence={locked_id}")  # fine: the bundle asks for the password
    assert protected.returncode == 0, protected.stderr
    assert "note: 甲第1号証: 「locked.pdf」 is password-protected" in protected.stderr
    described = json.loads(ok(run(*add, "--described-only", "--title", "タイムカード（原本）",
                                  "--json")))  # fmt: skip
    assert described["label"] == "甲第2号証"  # the refused files took no number

    with open_vault(Path(vault)) as reopened:
        reopened.unlock(PASSPHRASE)
        view = CaseService(reopened).get_case(CaseService(reopened).case_id_for_ref(ref))
        assert [e.data["title"] for e in view.exhibits_of(matter)] == [
            "locked.pdf", "タイムカード（原本）"]  # fmt: skip
        assert [c.data["purpose"] for c in view.consents] == []
        assert [p.data["name"] for p in view.parties] == []

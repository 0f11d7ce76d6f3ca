"""What a lawyer expects of the 申立書: a submitter block with room for the seal, no doubled titles."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop.cases.service import CaseService
from desktop.documents.adr import build_bundle
from desktop.documents.adr.forms import without_title
from tests.documents.test_adr_bundle import TODAY, add_matter, needs_poppler, pdf_file
from tests.support.factories import make_case


def test_without_title_strips_only_the_title() -> None:
    assert without_title("弁護士 佐藤花子") == "佐藤花子"
    assert without_title("佐藤花子弁護士") == "佐藤花子"
    assert without_title("弁護士　佐藤 花子") == "佐藤 花子"
    assert without_title("佐藤花子") == "佐藤花子"
    assert without_title("弁護士") == "弁護士"  # nothing else to print: keep what was typed


@needs_poppler
def test_submitter_block_with_seal_space_and_no_doubled_title(
    service: CaseService, tmp_path: Path
) -> None:
    case_id = make_case(service)
    service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                  "given_on": "2025-06-01"})  # fmt: skip
    matter = add_matter(service, case_id, tmp_path,
                        [{"path": pdf_file(tmp_path / "a.pdf", ["x"]), "title": "書面"}])  # fmt: skip
    view = service.get_case(case_id)
    lawyer = next(p for p in view.parties if p.data.get("role") == "lawyer")
    service.update_party(lawyer.entity_id, {"name": "弁護士 佐藤花子"})
    out = tmp_path / "out"
    build_bundle(service, matter, out, today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(out / "01_application.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    squeezed = "".join(text.split())
    block = next(line for line in text.splitlines() if "佐藤花子" in line)
    assert "".join(block.split()) == "申立人代理人弁護士佐藤花子印"  # with the seal's place
    assert "弁護士弁護士" not in squeezed
    assert "申立人代理人弁護士弁護士" not in squeezed

"""Synthetic demo cases: deterministic, realistic, and valid against the case vocabulary."""

from __future__ import annotations

import mimetypes
import re
import struct
import zlib
from collections import Counter
from datetime import date, datetime, timedelta
from enum import StrEnum

import pytest

from desktop.cases.demo_data import (
    COUNSELORS,
    DemoCase,
    corporate_check_digit,
    generate,
    make_pdf,
    make_png,
)
from desktop.cases.model import (
    FIELDS,
    SUBTOPICS,
    CaseStatus,
    Channel,
    ConsentMethod,
    ConsentPurpose,
    Entity,
    EntryKind,
    Gender,
    Outcome,
    PartyRole,
    ResidenceStatus,
    TaskKind,
    Topic,
)
from desktop.cases.service import CaseService
from desktop.cases.validation import clean

TODAY = date(2026, 3, 15)
NATIONALITIES = {"VN", "ID", "PH", "NP", "MM", "KH", "CN", "TH", "LK", "BD", "MN", "BR", "PE"}
NATIVE_SCRIPT = {"VN", "TH", "MM", "KH", "NP", "LK", "BD", "CN", "MN"}
COMPUTED_EVIDENCE_FIELDS = {"filename", "media_type", "size", "sha256", "blob_id"}


@pytest.fixture(scope="module")
def cases() -> list[DemoCase]:
    return list(generate(1500, seed=11, today=TODAY))


def codes(enum: type[StrEnum]) -> set[str]:
    return {member.value for member in enum}


def test_same_seed_and_day_give_identical_cases() -> None:
    first = list(generate(200, seed=42, today=TODAY))
    second = list(generate(200, seed=42, today=TODAY))
    assert first == second
    assert [e.content for c in first for e in c.evidence] == [
        e.content for c in second for e in c.evidence
    ]


def test_different_seeds_or_days_differ() -> None:
    base = list(generate(50, seed=1, today=TODAY))
    assert base != list(generate(50, seed=2, today=TODAY))
    assert base != list(generate(50, seed=1, today=TODAY + timedelta(days=1)))
    names = {c.worker["full_name"] for c in base}
    other = {c.worker["full_name"] for c in generate(50, seed=2, today=TODAY)}
    assert names != other


def test_a_shorter_run_is_a_prefix_of_a_longer_one() -> None:
    assert list(generate(30, seed=5, today=TODAY)) == list(generate(60, seed=5, today=TODAY))[:30]


def test_without_evidence_the_cases_are_the_same_minus_files() -> None:
    with_files = list(generate(300, seed=9, today=TODAY))
    without = list(generate(300, seed=9, today=TODAY, with_evidence=False))
    assert all(not c.evidence for c in without)
    assert any(c.evidence for c in with_files)
    for a, b in zip(with_files, without, strict=True):
        assert (a.case, a.worker, a.parties, a.timeline) == (
            b.case,
            b.worker,
            b.parties,
            b.timeline,
        )


@pytest.mark.parametrize("n", [0, 1, 7, 250])
def test_n_cases_is_respected(n: int) -> None:
    assert sum(1 for _ in generate(n, seed=3, today=TODAY)) == n


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        list(generate(-1, today=TODAY))


def test_the_global_random_state_is_untouched() -> None:
    import random

    random.seed(123)
    expected = random.random()
    random.seed(123)
    list(generate(20, seed=1, today=TODAY))
    assert random.random() == expected


def test_every_field_is_known_for_its_entity(cases: list[DemoCase]) -> None:
    for c in cases:
        assert set(c.case) <= set(FIELDS[Entity.CASE]) - {"ref"}
        assert set(c.worker) <= set(FIELDS[Entity.WORKER])
        for entity, records in (
            (Entity.PARTY, c.parties),
            (Entity.TOPIC, c.topics),
            (Entity.TIMELINE, c.timeline),
            (Entity.TASK, c.tasks),
            (Entity.CONSENT, c.consents),
        ):
            for record in records:
                assert set(record) <= set(FIELDS[entity]), (entity, record)
        for item in c.evidence:
            assert set(item.fields) <= set(FIELDS[Entity.EVIDENCE]) - COMPUTED_EVIDENCE_FIELDS


def test_every_code_is_a_member_of_its_list(cases: list[DemoCase]) -> None:
    for c in cases:
        assert c.case["status"] in codes(CaseStatus)
        assert c.worker["gender"] in codes(Gender)
        assert c.worker["residence_status"] in codes(ResidenceStatus)
        assert c.worker["nationality"] in NATIONALITIES
        assert all(p["role"] in codes(PartyRole) for p in c.parties)
        for topic in c.topics:
            category = Topic(str(topic["category"]))
            if "subtopic" in topic:
                assert topic["subtopic"] in SUBTOPICS[category]
        for entry in c.timeline:
            assert entry["kind"] in codes(EntryKind)
            assert entry["channel"] in codes(Channel)
        assert all(t["kind"] in codes(TaskKind) for t in c.tasks)
        for consent in c.consents:
            assert consent["purpose"] in codes(ConsentPurpose)
            assert consent["method"] in codes(ConsentMethod)


def test_every_record_passes_the_project_validation(cases: list[DemoCase]) -> None:
    for c in cases:
        clean(Entity.CASE, c.case)
        clean(Entity.WORKER, c.worker, creating=True)
        for entity, records in (
            (Entity.PARTY, c.parties),
            (Entity.TOPIC, c.topics),
            (Entity.TIMELINE, c.timeline),
            (Entity.TASK, c.tasks),
            (Entity.CONSENT, c.consents),
        ):
            for record in records:
                clean(entity, record, creating=True)
        for item in c.evidence:
            clean(Entity.EVIDENCE, item.fields)


def test_case_dates_status_and_outcome_agree(cases: list[DemoCase]) -> None:
    for c in cases:
        opened = date.fromisoformat(str(c.case["opened_on"]))
        assert opened <= TODAY
        assert c.case["assignee"] in COUNSELORS
        assert str(c.case["summary"]).strip()
        flags = c.case["flags"]
        assert isinstance(flags, list) and set(flags) <= {"urgent", "safety_follow_up"}
        if c.case["status"] == CaseStatus.CLOSED:
            assert c.case["outcome"] in codes(Outcome)
            closed = date.fromisoformat(str(c.case["closed_on"]))
            assert opened <= closed <= TODAY
        else:
            assert "outcome" not in c.case
            assert "closed_on" not in c.case
    statuses = Counter(c.case["status"] for c in cases)
    assert set(statuses) == codes(CaseStatus)


def test_workers_look_real(cases: list[DemoCase]) -> None:
    katakana = re.compile(r"^[\u30a1-\u30fa\u30fc・]+$")
    for c in cases:
        w = c.worker
        assert str(w["full_name"]).strip() and str(w["full_name"]).isascii()
        assert katakana.match(str(w["name_katakana"])), w["name_katakana"]
        native = w["name_native"]
        if w["nationality"] in NATIVE_SCRIPT:
            assert isinstance(native, str) and not native.isascii(), w
        if w["nationality"] in {"ID", "PH"}:
            assert native is None
        languages = w["languages"]
        assert isinstance(languages, list) and languages
        assert all(re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", lang) for lang in languages)
        assert re.fullmatch(r"0[789]0-\d{4}-\d{4}", str(w["phone"]))
        if w["residence_card_number"] is not None:
            assert re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", str(w["residence_card_number"]))
        if w["email"] is not None:
            assert re.fullmatch(r"[a-z.]+\d+@example\.(com|net|org|jp)", str(w["email"]))
        born = date.fromisoformat(str(w["date_of_birth"]))
        assert 18 <= (TODAY - born).days // 365 <= 60
        assert str(w["address"]).startswith(("北海道", "東京都", "大阪府")) or "県" in str(
            w["address"]
        )
        if w["residence_status"] == ResidenceStatus.PERMANENT_RESIDENT:
            assert w["residence_expiry"] is None
        if w["residence_status"] == ResidenceStatus.NONE_OVERSTAY:
            assert date.fromisoformat(str(w["residence_expiry"])) < TODAY


def test_vietnamese_names_keep_their_diacritics_in_native_script(cases: list[DemoCase]) -> None:
    vietnamese = [c.worker for c in cases if c.worker["nationality"] == "VN"]
    assert vietnamese
    for w in vietnamese:
        assert str(w["name_katakana"]).count("・") == str(w["full_name"]).count(" ")
        assert str(w["full_name"]).upper().split()[0] in {
            "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG",
            "BUI", "DO", "NGO", "DUONG", "LY",
        }  # fmt: skip


def test_distributions_follow_the_domain(cases: list[DemoCase]) -> None:
    nationalities = Counter(c.worker["nationality"] for c in cases)
    assert nationalities.most_common(1)[0][0] == "VN"
    assert len(nationalities) >= 10
    statuses = Counter(c.worker["residence_status"] for c in cases)
    interns_and_ssw = sum(
        n for s, n in statuses.items() if str(s).startswith(("technical_intern", "specified"))
    )
    assert interns_and_ssw > len(cases) * 0.4
    categories = Counter(t["category"] for c in cases for t in c.topics)
    assert [k for k, _ in categories.most_common(2)] == ["labour", "daily_life"]
    assert all(1 <= len(c.topics) <= 4 for c in cases)
    mean_timeline = sum(len(c.timeline) for c in cases) / len(cases)
    assert 11 <= mean_timeline <= 17


def test_employers_come_from_a_shared_pool(cases: list[DemoCase]) -> None:
    employers = Counter(
        (p["name"], p["corporate_number"])
        for c in cases
        for p in c.parties
        if p["role"] == "employer"
    )
    assert 20 <= len(employers) <= 40
    assert employers.most_common(1)[0][1] >= 5
    roles = Counter(p["role"] for c in cases for p in c.parties)
    assert set(roles) == codes(PartyRole)
    for c in cases:
        for p in c.parties:
            if p["role"] == "authority":
                assert str(p["name"]).endswith("労働基準監督署")


def test_corporate_numbers_have_valid_check_digits(cases: list[DemoCase]) -> None:
    assert corporate_check_digit("000012050002") == 7  # 国税庁: 7000012050002
    numbers = {p["corporate_number"] for c in cases for p in c.parties if "corporate_number" in p}
    assert numbers
    for number in numbers:
        assert re.fullmatch(r"\d{13}", str(number))
        assert int(str(number)[0]) == corporate_check_digit(str(number)[1:])


def test_timeline_is_ordered_in_japan_time_within_the_case(cases: list[DemoCase]) -> None:
    for c in cases:
        opened = date.fromisoformat(str(c.case["opened_on"]))
        last = date.fromisoformat(str(c.case.get("closed_on") or TODAY.isoformat()))
        times = [datetime.fromisoformat(str(e["occurred_at"])) for e in c.timeline]
        assert times == sorted(times)
        assert times[0].date() == opened
        for entry, moment in zip(c.timeline, times, strict=True):
            assert str(entry["occurred_at"]).endswith("+09:00")
            assert moment.utcoffset() == timedelta(hours=9)
            assert opened <= moment.date() <= last
            assert isinstance(entry["minutes"], int) and 5 <= entry["minutes"] <= 120
            assert entry["counselor"] in COUNSELORS
            assert str(entry["note"]).strip() and "{" not in str(entry["note"])
        assert c.timeline[0]["kind"] == "consultation"


def test_tasks_and_consents(cases: list[DemoCase]) -> None:
    kinds: Counter[object] = Counter()
    for c in cases:
        assert 0 <= len(c.tasks) <= 3
        for task in c.tasks:
            kinds[task["kind"]] += 1
            date.fromisoformat(str(task["due_on"]))
            assert isinstance(task["done"], bool)
            if task["kind"] == "residence_expiry":
                assert task["due_on"] == c.worker["residence_expiry"]
        assert 1 <= len(c.consents) <= 2
        assert c.consents[0]["purpose"] == "case_handling"
        for consent in c.consents:
            given = date.fromisoformat(str(consent["given_on"]))
            if consent["withdrawn_on"] is not None:
                assert given <= date.fromisoformat(str(consent["withdrawn_on"])) <= TODAY
        for consent in c.consents[1:]:
            names = {p["name"] for p in c.parties}
            assert consent["recipient"] in names
    assert {"follow_up", "residence_expiry", "adr_session"} <= set(kinds)
    purposes = Counter(consent["purpose"] for c in cases for consent in c.consents)
    assert {"referral", "company_feedback"} <= set(purposes)
    assert any(consent["withdrawn_on"] for c in cases for consent in c.consents)


def test_evidence_files_are_genuine(cases: list[DemoCase]) -> None:
    with_evidence = [c for c in cases if c.evidence]
    assert 0.15 < len(with_evidence) / len(cases) < 0.35
    media: Counter[str] = Counter()
    for c in with_evidence:
        assert 1 <= len(c.evidence) <= 2
        for item in c.evidence:
            media[item.media_type] += 1
            assert mimetypes.guess_type(item.filename)[0] == item.media_type
            assert item.fields["captured_by"] in COUNSELORS
            assert datetime.fromisoformat(str(item.fields["captured_at"])).utcoffset()
            assert item.fields["title"] and item.fields["source"]
            if item.media_type == "image/png":
                assert item.content.startswith(b"\x89PNG\r\n\x1a\n")
                check_png(item.content)
            elif item.media_type == "application/pdf":
                assert item.content.startswith(b"%PDF")
                check_pdf(item.content)
            else:
                assert item.content.decode("utf-8-sig").strip()
    assert set(media) == {"image/png", "application/pdf", "text/csv", "text/plain"}


def check_png(data: bytes) -> None:
    """Walks the chunks, checking each CRC, and inflates the image data."""
    pos, chunks, idat = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(tag + body)
        chunks.append(tag)
        if tag == b"IDAT":
            idat += body
        pos += 12 + length
    assert chunks[0] == b"IHDR" and chunks[-1] == b"IEND"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (depth, colour) == (8, 2)
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)


def check_pdf(data: bytes) -> None:
    """The xref table points at each object and startxref at the table."""
    assert data.rstrip().endswith(b"%%EOF")
    start = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[start:].startswith(b"xref")
    rows = data[start:].split(b"\n")
    count = int(rows[1].split()[1])
    for number in range(1, count):
        offset = int(rows[2 + number].split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number)


def test_file_builders_directly() -> None:
    png = make_png(3, 2, (255, 0, 0), (0, 0, 255), 1)
    check_png(png)
    pdf = make_pdf(["Hello (world) \\ test"])
    check_pdf(pdf)
    assert b"\\(world\\)" in pdf


def test_demo_cases_go_into_a_vault_whole(service: CaseService) -> None:
    from desktop.cases.demo import add_demo_cases

    demo = list(generate(12, seed=4, today=TODAY))
    assert add_demo_cases(service, 12, seed=4, today=TODAY) == 12
    rows = service.list_cases()
    assert sorted(r.full_name for r in rows) == sorted(str(c.worker["full_name"]) for c in demo)
    stored = {r.full_name: service.get_case(r.case_id) for r in rows}
    for c in demo:
        view = stored[str(c.worker["full_name"])]
        assert len(view.timeline) == len(c.timeline)
        assert len(view.parties) == len(c.parties)
        assert len(view.evidence) == len(c.evidence)
        for record, item in zip(view.evidence, c.evidence, strict=True):
            assert b"".join(service.read_evidence(record.entity_id)) == item.content

"""Small builders for test data in several scripts."""

from __future__ import annotations

from typing import Any

from desktop.cases.service import CaseService

WORKERS: list[dict[str, Any]] = [
    {
        "full_name": "Nguyen Van An",
        "name_katakana": "グエン・ヴァン・アン",
        "name_native": "Nguyễn Văn An",
        "nationality": "VN",
        "languages": ["vi"],
        "phone": "090-1234-5678",
        "residence_status": "technical_intern_2",
        "residence_expiry": "2026-12-10",
        "residence_card_number": "AB12345678CD",
    },
    {
        "full_name": "Aung Kyaw",
        "name_katakana": "アウン・チョー",
        "name_native": "အောင်ကျော်",
        "nationality": "MM",
        "languages": ["my"],
        "phone": "080-2222-3333",
        "residence_status": "specified_skilled_1",
        "residence_expiry": "2027-05-01",
    },
    {
        "full_name": "Somchai Srisuk",
        "name_katakana": "ソムチャイ・シースック",
        "name_native": "สมชาย ศรีสุข",
        "nationality": "TH",
        "languages": ["th"],
        "phone": "070-9999-0000",
    },
]


def make_case(service: CaseService, index: int = 0, **case: Any) -> str:
    worker = WORKERS[index % len(WORKERS)]
    return service.create_case(
        worker,
        case={"summary": case.pop("summary", "残業代の未払い"), **case},
        topics=[{"category": "labour", "subtopic": "unpaid_wages"}],
    )

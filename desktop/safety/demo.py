"""Deterministic synthetic anonymous Safety responses for demo vaults.

Every company here is invented.  Some establishments get enough responses for a
company report, others only 2-4 (below k), so both outcomes can be shown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.safety.records import SafetyService

__all__ = ["DEMO_EMPLOYERS", "add_demo_safety"]

# employer -> [(establishment, number of responses)]
DEMO_EMPLOYERS: dict[str, list[tuple[str, int]]] = {
    "株式会社みなと精工": [("本社工場", 24), ("浜松第二工場", 3)],
    "有限会社さくら食品": [("静岡加工センター", 18), ("富士宮工場", 2), ("焼津工場", 13)],
    "ひかり建設株式会社": [("名古屋支店", 30), ("岐阜営業所", 4)],
}
_LANGUAGES = ("vi", "en", "id", "ne", "my", "tl", "ja")


def _answers(rnd: random.Random) -> dict[str, object]:
    answers: dict[str, object] = {
        "q_documents_held": "myself",
        "q_written_conditions": "matches",
        "q_wages_full": "yes",
        "q_deductions": "no",
        "q_overtime": "no",
        "q_paid_leave": "yes",
        "q_social_insurance": "yes",
        "q_deposit_penalty": "no",
        "q_recruitment_debt": "no",
        "q_free_outside": "free",
        "q_contact_help": "yes",
        "q_threats": "no",
        "q_violence": "no",
        "q_housing": "fine",
    }
    roll = rnd.random()
    if roll < 0.12:  # passport held by the company
        answers["q_documents_held"] = rnd.choice(("employer_refuses", "employer_on_request"))
    if rnd.random() < 0.3:
        answers["q_overtime"] = "yes"
        answers["q_overtime_hours"] = rnd.choice((20, 35, 50, 60, 90))
        answers["q_overtime_paid"] = rnd.choice(("yes", "yes", "no", "unsure"))
    if rnd.random() < 0.15:
        answers["q_recruitment_debt"] = "yes"
        answers["q_debt_amount"] = rnd.choice((200_000, 500_000, 1_200_000))
    if rnd.random() < 0.1:
        answers["q_wages_full"] = "no"
        answers["q_unpaid_amount"] = rnd.choice((30_000, 120_000, 250_000))
    if rnd.random() < 0.1:
        answers["q_housing"] = rnd.choice(("poor", "overcharged"))
    if rnd.random() < 0.05:
        answers["q_threats"] = "yes"
    if rnd.random() < 0.08:
        answers["q_paid_leave"] = rnd.choice(("no", "unsure"))
    if rnd.random() < 0.1:  # skipped questions
        for key in ("q_social_insurance", "q_contact_help"):
            answers.pop(key, None)
    return answers


def add_demo_safety(safety: SafetyService, *, seed: int, today: date) -> int:
    """Add anonymous responses over the last ~5 months; returns how many were added."""
    rnd = random.Random(f"safety-demo-{seed}")
    added = 0
    with safety.vault.writing():
        for employer, sites in DEMO_EMPLOYERS.items():
            for establishment, count in sites:
                for _ in range(count):
                    answered = today - timedelta(days=rnd.randrange(0, 150))
                    safety.record_anonymous(
                        _answers(rnd),
                        language=rnd.choice(_LANGUAGES),
                        employer=employer,
                        establishment=establishment,
                        event=f"相談会 {answered:%Y-%m}",
                        answered_on=answered,
                        consent_company_feedback=rnd.random() < 0.8,
                    )
                    added += 1
    return added

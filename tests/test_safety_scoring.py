"""Safety questionnaire: the shipped file loads, every indicator is reachable, scoring cases."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.safety.questionnaire import (
    INDICATORS,
    LEVELS,
    SHIPPED_DIR,
    UI_TEXTS,
    InvalidAnswerError,
    Questionnaire,
    QuestionnaireError,
    ScoringRule,
    load_questionnaire,
    load_shipped,
    parse_questionnaire,
)
from desktop.safety.scoring import score

SHIPPED_FILE = SHIPPED_DIR / "questionnaire-1.json"


@pytest.fixture(scope="module")
def qn() -> Questionnaire:
    return load_shipped(1)


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    return data


def at_least(level: str, minimum: str) -> bool:
    return LEVELS.index(level) >= LEVELS.index(minimum)


def answers_triggering(qn: Questionnaire, rule: ScoringRule) -> dict[str, object]:
    """Answers that trigger ``rule``, including the answers that make its question visible."""
    answer: object = rule.answer_in[0] if rule.greater_than is None else rule.greater_than + 1
    answers: dict[str, object] = {rule.question: answer}
    question = qn.question(rule.question)
    while question.show_if is not None:
        answers[question.show_if.question] = question.show_if.answers[0]
        question = qn.question(question.show_if.question)
    return answers


# --- the shipped file ---------------------------------------------------------------


def test_shipped_file_loads(qn: Questionnaire) -> None:
    assert qn.id == "jp-worker-safety"
    assert qn.version == 1
    assert 16 <= len(qn.questions) <= 18
    assert set(qn.languages) >= {"en", "ja"}
    assert qn.languages["ja"].name == "日本語"
    assert load_questionnaire(SHIPPED_FILE) == qn


def test_every_indicator_is_informed_by_a_question(qn: Questionnaire) -> None:
    informed = {ind for q in qn.questions for ind in q.indicators}
    assert informed == set(INDICATORS)


@pytest.mark.parametrize("indicator", INDICATORS)
def test_every_indicator_reaches_at_least_likely(qn: Questionnaire, indicator: str) -> None:
    strong = [
        r for r in qn.scoring.rules if r.indicator == indicator and at_least(r.level, "likely")
    ]
    assert strong, f"no rule can raise {indicator} to 'likely'"
    for rule in strong:
        result = score(qn, answers_triggering(qn, rule))
        got = result.indicator(indicator)
        assert at_least(got.level, rule.level)
        assert rule.question in {r.question for r in got.reasons}


def test_every_rule_fires_from_generated_answers(qn: Questionnaire) -> None:
    for rule in qn.scoring.rules:
        result = score(qn, answers_triggering(qn, rule))
        assert rule.id in {r.rule for r in result.indicator(rule.indicator).reasons}, rule.id


def test_every_question_explains_rights_in_every_language(qn: Questionnaire) -> None:
    for q in qn.questions:
        for lang in ("en", "ja"):
            text = qn.question_text(q, lang)
            assert text.question and len(text.explanation) > 40, (q.id, lang)


# --- concrete cases -----------------------------------------------------------------

CASES: list[tuple[str, dict[str, object], dict[str, str], str]] = [
    (
        "passport refused",
        {"q_documents_held": "employer_refuses"},
        {"retention_of_identity_documents": "severe"},
        "urgent",
    ),
    (
        "passport kept on request",
        {"q_documents_held": "employer_on_request"},
        {"retention_of_identity_documents": "likely"},
        "medium",
    ),
    (
        "100 hours overtime",
        {"q_overtime": "yes", "q_overtime_hours": 100},
        {"excessive_overtime": "severe"},
        "urgent",
    ),
    (
        "60 hours overtime",
        {"q_overtime": "yes", "q_overtime_hours": 60},
        {"excessive_overtime": "likely"},
        "medium",
    ),
    (
        "45 hours overtime is the limit, not beyond it",
        {"q_overtime": "yes", "q_overtime_hours": 45},
        {"excessive_overtime": "none"},
        "low",
    ),
    (
        "threats of deportation",
        {"q_threats": "yes"},
        {"intimidation_and_threats": "likely", "abuse_of_vulnerability": "likely"},
        "high",
    ),
    (
        "two possibles",
        {"q_paid_leave": "no", "q_contact_help": "no"},
        {"abusive_working_and_living_conditions": "possible", "isolation": "possible"},
        "medium",
    ),
    (
        "violence",
        {"q_violence": "yes"},
        {"physical_and_sexual_violence": "severe"},
        "urgent",
    ),
    (
        "large recruitment debt",
        {"q_recruitment_debt": "yes", "q_debt_amount": 1_500_000},
        {"debt_bondage": "severe"},
        "urgent",
    ),
]

NO_PROBLEMS: dict[str, object] = {
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


@pytest.mark.parametrize(
    ("answers", "expected", "risk"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_cases(
    qn: Questionnaire, answers: dict[str, object], expected: dict[str, str], risk: str
) -> None:
    result = score(qn, answers)
    for indicator, level in expected.items():
        got = result.indicator(indicator)
        assert got.level == level, indicator
        if level != "none":
            assert set(got.question_ids) <= set(answers)
            assert got.question_ids
    assert result.risk == risk
    assert result.next_steps == tuple(dict.fromkeys(result.next_steps))
    for step in result.next_steps:
        assert qn.text("next_steps", step, "ja")


def test_no_problems_is_all_none_and_low(qn: Questionnaire) -> None:
    visible = {q.id for q in qn.visible_questions(NO_PROBLEMS)}
    assert visible == set(NO_PROBLEMS), "every visible question is answered"
    result = score(qn, NO_PROBLEMS)
    assert set(result.levels().values()) == {"none"}
    assert len(result.indicators) == 11
    assert result.risk == "low"
    assert result.next_steps == qn.scoring.next_steps_by_risk["low"]
    assert result.unanswered == ()


def test_result_is_never_pass_fail(qn: Questionnaire) -> None:
    result = score(qn, {"q_documents_held": "employer_refuses", "q_wages_full": "no"})
    assert len(result.indicators) == len(INDICATORS)
    assert result.levels()["withholding_of_wages"] == "likely"
    assert result.levels()["retention_of_identity_documents"] == "severe"
    assert "urgent_referral" in result.next_steps
    assert "ask_documents_back" in result.next_steps
    assert "labour_inspection" in result.next_steps


def test_empty_answers_score_low_with_all_unanswered(qn: Questionnaire) -> None:
    result = score(qn, {})
    assert result.risk == "low"
    assert set(result.unanswered) == {q.id for q in qn.visible_questions({})}


# --- skip logic ---------------------------------------------------------------------


def test_skip_logic_hides_follow_ups(qn: Questionnaire) -> None:
    hidden = {q.id for q in qn.questions} - {q.id for q in qn.visible_questions({})}
    assert {"q_overtime_hours", "q_overtime_paid", "q_debt_amount", "q_unpaid_amount"} <= hidden
    shown = {q.id for q in qn.visible_questions({"q_overtime": "yes"})}
    assert {"q_overtime_hours", "q_overtime_paid"} <= shown
    assert "q_overtime_hours" not in {q.id for q in qn.visible_questions({"q_overtime": "no"})}


def test_answers_to_skipped_questions_are_ignored(qn: Questionnaire) -> None:
    result = score(qn, {"q_overtime": "no", "q_overtime_hours": 120})
    assert result.levels()["excessive_overtime"] == "none"
    assert result.ignored == ("q_overtime_hours",)
    assert result.risk == "low"


def test_nested_skip_hides_grandchildren() -> None:
    data = raw()
    qs = data["questions"]
    child = next(q for q in qs if q["id"] == "q_overtime_paid")
    grandchild = copy.deepcopy(next(q for q in qs if q["id"] == "q_paid_leave"))
    grandchild["id"] = "q_grandchild"
    grandchild["show_if"] = {"question": child["id"], "answer": "no"}
    qs.append(grandchild)
    qn = parse_questionnaire(data)
    ids = {q.id for q in qn.visible_questions({"q_overtime": "no", "q_overtime_paid": "no"})}
    assert "q_grandchild" not in ids
    ids = {q.id for q in qn.visible_questions({"q_overtime": "yes", "q_overtime_paid": "no"})}
    assert "q_grandchild" in ids


# --- invalid answers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"q_nonexistent": "yes"}, "q_nonexistent"),
        ({"q_threats": "maybe"}, "q_threats"),
        ({"q_documents_held": "yes"}, "q_documents_held"),
        ({"q_overtime": "yes", "q_overtime_hours": "a lot"}, "q_overtime_hours"),
        ({"q_overtime": "yes", "q_overtime_hours": -3}, "q_overtime_hours"),
        ({"q_overtime": "yes", "q_overtime_hours": True}, "q_overtime_hours"),
        ({"q_overtime": "yes", "q_overtime_hours": 10_000}, "q_overtime_hours"),
        ({"q_overtime": "yes", "q_overtime_hours": float("nan")}, "q_overtime_hours"),
    ],
)
def test_invalid_answers_raise(
    qn: Questionnaire, answers: dict[str, object], fragment: str
) -> None:
    with pytest.raises(InvalidAnswerError, match=fragment):
        score(qn, answers)


# --- malformed files ----------------------------------------------------------------


def _question(data: dict[str, Any], qid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(q for q in data["questions"] if q["id"] == qid)
    return found


def _rule(data: dict[str, Any], rid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["scoring"]["rules"] if r["id"] == rid)
    return found


def _unknown_indicator(d: dict[str, Any]) -> None:
    _question(d, "q_threats")["indicators"].append("bad_weather")


def _rule_missing_question(d: dict[str, Any]) -> None:
    _rule(d, "threatened")["question"] = "q_gone"


def _rule_missing_option(d: dict[str, Any]) -> None:
    _rule(d, "docs_refused")["answer_in"] = ["burned"]


def _rule_unknown_indicator(d: dict[str, Any]) -> None:
    _rule(d, "violence")["indicator"] = "bad_weather"


def _show_if_cycle(d: dict[str, Any]) -> None:
    _question(d, "q_overtime")["show_if"] = {"question": "q_overtime_paid", "answer": "yes"}


def _show_if_self(d: dict[str, Any]) -> None:
    _question(d, "q_threats")["show_if"] = {"question": "q_threats", "answer": "yes"}


def _show_if_missing(d: dict[str, Any]) -> None:
    _question(d, "q_debt_amount")["show_if"] = {"question": "q_gone", "answer": "yes"}


def _missing_ja_text(d: dict[str, Any]) -> None:
    del _question(d, "q_housing")["text"]["ja"]


def _missing_ja_explanation(d: dict[str, Any]) -> None:
    del _question(d, "q_violence")["text"]["ja"]["explanation"]


def _missing_ja_option_label(d: dict[str, Any]) -> None:
    del _question(d, "q_free_outside")["text"]["ja"]["options"]["free"]


def _missing_result_text(d: dict[str, Any]) -> None:
    del d["texts"]["indicators"]["isolation"]["ja"]


def _missing_ui_text(d: dict[str, Any]) -> None:
    del d["texts"]["ui"]["consent"]["vi"]


def _unknown_ui_text(d: dict[str, Any]) -> None:
    d["texts"]["ui"]["dance"] = dict(d["texts"]["ui"]["stop"])


def _ui_placeholder_mismatch(d: dict[str, Any]) -> None:
    d["texts"]["ui"]["question_of"]["ko"] = "질문 {n}"


def _bad_type(d: dict[str, Any]) -> None:
    _question(d, "q_violence")["type"] = "essay"


def _duplicate_question(d: dict[str, Any]) -> None:
    d["questions"].append(copy.deepcopy(_question(d, "q_violence")))


def _unknown_next_step(d: dict[str, Any]) -> None:
    d["scoring"]["next_steps_by_risk"]["high"] = ["pray"]


def _threshold_on_choice(d: dict[str, Any]) -> None:
    rule = _rule(d, "threatened")
    del rule["answer_in"]
    rule["greater_than"] = 3


MALFORMED: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (_unknown_indicator, "q_threats.*bad_weather"),
    (_rule_missing_question, "threatened.*q_gone"),
    (_rule_missing_option, "docs_refused.*burned"),
    (_rule_unknown_indicator, "violence.*bad_weather"),
    (_show_if_cycle, "cycle"),
    (_show_if_self, "q_threats.*cycle"),
    (_show_if_missing, "q_debt_amount.*q_gone"),
    (_missing_ja_text, "q_housing.*'ja'"),
    (_missing_ja_explanation, "q_violence.*'ja'.*explanation"),
    (_missing_ja_option_label, "q_free_outside.*'ja'.*free"),
    (_missing_result_text, "isolation.*'ja'"),
    (_missing_ui_text, "ui/consent.*'vi'"),
    (_unknown_ui_text, "'ui'.*unknown entry 'dance'"),
    (_ui_placeholder_mismatch, "ui/question_of.*'ko'.*n, total"),
    (_bad_type, "q_violence.*essay"),
    (_duplicate_question, "q_violence.*twice"),
    (_unknown_next_step, "high.*pray"),
    (_threshold_on_choice, "threatened.*greater_than"),
]


@pytest.mark.parametrize(
    ("mutate", "pattern"), MALFORMED, ids=[m[0].__name__.strip("_") for m in MALFORMED]
)
def test_malformed_files_name_the_problem(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], pattern: str
) -> None:
    data = raw()
    mutate(data)
    path = tmp_path / "questionnaire-1.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(QuestionnaireError, match=pattern):
        load_questionnaire(path)


def test_not_json_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "questionnaire-1.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="not valid JSON"):
        load_questionnaire(path)
    with pytest.raises(QuestionnaireError, match="Cannot read"):
        load_questionnaire(tmp_path / "missing.json")


# --- languages ----------------------------------------------------------------------


def test_en_and_ja_are_complete(qn: Questionnaire) -> None:
    completeness = qn.completeness()
    for lang in ("en", "ja"):
        c = completeness[lang]
        assert c.fraction == 1.0, lang
        assert c.review_status in ("machine-drafted", "reviewed")


def test_every_language_has_every_kiosk_text(qn: Questionnaire) -> None:
    # The kiosk shows these to the worker (and captures consent) in the worker's language.
    assert set(qn.texts["ui"]) == set(UI_TEXTS)
    for item in UI_TEXTS:
        by_lang = qn.texts["ui"][item]
        for lang in qn.languages:
            assert by_lang.get(lang, "").strip(), f"ui/{item} has no {lang!r} text"
    for lang, c in qn.completeness().items():
        assert c.fraction == 1.0, lang
        assert c.review_status in ("machine-drafted", "reviewed"), lang
    assert qn.text("ui", "question_of", "ko").format(n=1, total=2) == "질문 1 / 2"


def test_kiosk_consent_text_is_distinct_per_language(qn: Questionnaire) -> None:
    consents = [qn.text("ui", "consent", lang) for lang in qn.languages]
    assert len(set(consents)) == len(consents)  # no language silently shows English
    assert "withdraw" in qn.text("ui", "consent", "en") or "take back" in qn.text(
        "ui", "consent", "en"
    )


def test_incomplete_language_is_reported_and_falls_back() -> None:
    # A language the shipped file does not have yet (French), half translated.
    data = raw()
    assert "fr" not in data["languages"]
    data["languages"]["fr"] = {"name": "Français", "review_status": "incomplete"}
    _question(data, "q_threats")["text"]["fr"] = {"question": "Quelqu'un vous menace-t-il ?"}
    qn = parse_questionnaire(data)
    fr = qn.completeness()["fr"]
    assert 0 < fr.fraction < 1
    assert fr.review_status == "incomplete"
    text = qn.question_text(qn.question("q_threats"), "fr")
    assert text.question == "Quelqu'un vous menace-t-il ?"
    assert text.explanation == qn.question_text(qn.question("q_threats"), "en").explanation
    assert qn.text("risks", "urgent", "fr") == qn.text("risks", "urgent", "en")
    assert qn.text("ui", "consent", "fr") == qn.text("ui", "consent", "en")


def test_undeclared_language_is_rejected() -> None:
    data = raw()
    _question(data, "q_threats")["text"]["xx"] = {"question": "?", "explanation": "?"}
    with pytest.raises(QuestionnaireError, match=r"q_threats.*undeclared language 'xx'"):
        parse_questionnaire(data)

"""The Qt-free Safety interview: steps, skip logic, pruning hidden answers, scoring."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.safety.interview import FEEDBACK_CONSENT, Interview
from desktop.safety.questionnaire import (
    SHIPPED_DIR,
    InvalidAnswerError,
    Question,
    Questionnaire,
    load_shipped,
    parse_questionnaire,
)
from desktop.safety.scoring import score

SHIPPED = load_shipped(1)


def _nested() -> Questionnaire:
    """The shipped questionnaire plus a question two levels deep in skip logic
    (shown only if overtime is unpaid, itself shown only if there is overtime)."""
    raw: dict[str, Any] = json.loads(
        (SHIPPED_DIR / "questionnaire-1.json").read_text(encoding="utf-8")
    )
    questions = raw["questions"]
    template = next(q for q in questions if q["id"] == "q_deductions")
    extra = copy.deepcopy(template)
    extra["id"] = "q_overtime_cash"
    extra["show_if"] = {"question": "q_overtime_paid", "answer": "no"}
    at = next(i for i, q in enumerate(questions) if q["id"] == "q_overtime_paid")
    questions.insert(at + 1, extra)
    return parse_questionnaire(raw)


NESTED = _nested()


def walk_to(interview: Interview, step: str) -> None:
    """Skip (keeping answers) until ``step`` is current."""
    while interview.current != step:
        assert not interview.done, f"{step} never came"
        interview.next()


# --- steps and skip logic ------------------------------------------------------------


def test_steps_are_the_visible_questions_then_the_consent_step() -> None:
    interview = Interview(SHIPPED)
    steps = interview.steps()
    assert steps[-1] == FEEDBACK_CONSENT
    assert "q_overtime_hours" not in steps
    assert list(steps[:-1]) == [q.id for q in SHIPPED.questions if q.show_if is None]
    assert interview.position == 0 and interview.current == steps[0]
    assert interview.current_question() == SHIPPED.questions[0]


def test_an_answer_shows_its_follow_up_questions_next() -> None:
    interview = Interview(SHIPPED)
    walk_to(interview, "q_overtime")
    interview.answer("yes")
    assert interview.current == "q_overtime_hours"
    interview.answer(120)
    assert interview.current == "q_overtime_paid"
    assert interview.answers == {"q_overtime": "yes", "q_overtime_hours": 120}


def test_changing_an_answer_drops_the_answers_it_hides() -> None:
    interview = Interview(NESTED)
    walk_to(interview, "q_overtime")
    interview.answer("yes")
    interview.answer(100)
    interview.answer("no")  # overtime unpaid: the nested question appears
    assert interview.current == "q_overtime_cash"
    interview.answer("yes")
    assert set(interview.answers) == {
        "q_overtime", "q_overtime_hours", "q_overtime_paid", "q_overtime_cash",
    }  # fmt: skip
    while interview.current != "q_overtime":
        assert interview.back()
    interview.answer("no")
    assert interview.answers == {"q_overtime": "no"}
    assert interview.current == "q_paid_leave"


def test_skip_clears_and_next_keeps_an_answer() -> None:
    interview = Interview(SHIPPED)
    interview.answer("myself")
    interview.back()
    interview.next()
    assert interview.answers == {"q_documents_held": "myself"}
    interview.back()
    assert interview.current_answer() == "myself"
    interview.answer(None)
    assert interview.answers == {}
    assert interview.position == 1


def test_back_stops_at_the_first_step_and_returns_from_the_end() -> None:
    interview = Interview(SHIPPED)
    assert interview.back() is False
    assert interview.position == 0
    walk_to(interview, FEEDBACK_CONSENT)
    assert interview.current_question() is None
    interview.answer(True)
    assert interview.done and interview.current is None
    assert interview.feedback_consent is True
    assert interview.back() is True
    assert interview.current == FEEDBACK_CONSENT
    assert interview.current_answer() is True
    interview.next()
    interview.next()  # nothing beyond the end
    assert interview.done


def test_a_wrong_answer_is_refused_and_changes_nothing() -> None:
    interview = Interview(SHIPPED)
    with pytest.raises(InvalidAnswerError, match="q_documents_held"):
        interview.answer("yes")
    assert interview.position == 0 and interview.answers == {}
    walk_to(interview, "q_wages_full")
    interview.answer("no")
    assert interview.current == "q_unpaid_amount"
    for bad in (-1, True, "many", float("nan"), 100_000_001):
        with pytest.raises(InvalidAnswerError):
            interview.answer(bad)
    assert interview.current == "q_unpaid_amount"
    assert interview.answers == {"q_wages_full": "no"}


def test_answering_after_the_last_step_is_refused() -> None:
    interview = Interview(SHIPPED, ask_feedback_consent=False)
    assert FEEDBACK_CONSENT not in interview.steps()
    walk_to(interview, "q_housing")
    interview.answer("fine")
    assert interview.done
    with pytest.raises(InvalidAnswerError):
        interview.answer("fine")
    assert interview.feedback_consent is None


def test_consent_step_counts_any_value_by_its_truth() -> None:
    interview = Interview(SHIPPED)
    walk_to(interview, FEEDBACK_CONSENT)
    interview.answer(None)
    assert interview.feedback_consent is False


# --- forms (the assisted dialog) -----------------------------------------------------


def test_replace_answers_keeps_only_visible_answers_in_questionnaire_order() -> None:
    interview = Interview(SHIPPED, ask_feedback_consent=False)
    interview.replace_answers(
        {"q_overtime_hours": 100, "q_overtime": "no", "q_documents_held": "myself",
         "q_wages_full": None}
    )  # fmt: skip
    assert list(interview.answers) == ["q_documents_held", "q_overtime"]
    interview.replace_answers({"q_overtime_hours": 100, "q_overtime": "yes"})
    assert list(interview.answers) == ["q_overtime", "q_overtime_hours"]
    with pytest.raises(InvalidAnswerError):
        interview.replace_answers({"q_overtime": "maybe"})
    with pytest.raises(InvalidAnswerError):
        interview.replace_answers({"q_nope": "yes"})
    assert interview.answers == {"q_overtime": "yes", "q_overtime_hours": 100}


def test_set_answer_out_of_order_refuses_hidden_questions() -> None:
    interview = Interview(SHIPPED)
    with pytest.raises(InvalidAnswerError, match="hidden"):
        interview.set_answer("q_overtime_hours", 10)
    interview.set_answer("q_overtime", "yes")
    interview.set_answer("q_overtime_hours", 10)
    interview.set_answer("q_overtime", "unsure")
    assert interview.answers == {"q_overtime": "unsure"}
    assert interview.position == 0


def test_finish_scores_the_kept_answers() -> None:
    interview = Interview(SHIPPED)
    walk_to(interview, "q_documents_held")
    interview.answer("employer_refuses")
    walk_to(interview, "q_overtime")
    interview.answer("yes")
    interview.answer(120)
    walk_to(interview, FEEDBACK_CONSENT)
    interview.answer(True)
    outcome = interview.finish()
    assert outcome.consent_company_feedback is True
    assert outcome.answers == interview.answers
    assert outcome.result == score(SHIPPED, interview.answers)
    assert outcome.result.indicator("retention_of_identity_documents").level != "none"
    assert interview.back()  # the worker can still change an answer after the result


# --- the property --------------------------------------------------------------------


def _valid_answer(question: Question) -> st.SearchStrategy[object]:
    if question.type == "number":
        top = question.maximum if question.maximum is not None else 1e9
        return st.one_of(st.integers(0, int(top)), st.floats(0, top, allow_nan=False), st.none())
    return st.one_of(st.sampled_from(question.option_ids), st.none())


MOVES = ("answer", "answer", "answer", "answer", "back", "next", "jump", "wrong")
_WRONG = st.sampled_from(["maybe", -5, True, float("inf"), 10**12])


@pytest.mark.parametrize("questionnaire", [SHIPPED, NESTED], ids=["shipped", "nested"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_walk_keeps_no_hidden_answer_and_scores_what_it_keeps(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    interview = Interview(questionnaire, ask_feedback_consent=data.draw(st.booleans()))
    for _ in range(data.draw(st.integers(0, 80))):
        move = data.draw(st.sampled_from(MOVES))
        question = interview.current_question()
        if move == "back":
            interview.back()
        elif move == "jump":  # as the kiosk does when it starts over at the first question
            interview.position = data.draw(st.integers(0, len(interview.steps())))
        elif move == "next":
            interview.next()
        elif interview.done:
            with pytest.raises(InvalidAnswerError):
                interview.answer("yes")
        elif question is None:  # the consent step
            interview.answer(data.draw(st.one_of(st.booleans(), st.none())))
        elif move == "wrong":
            before = (interview.answers, interview.position)
            value = data.draw(_WRONG)
            try:
                question.check_answer(value)
            except InvalidAnswerError:
                with pytest.raises(InvalidAnswerError):
                    interview.answer(value)
                assert (interview.answers, interview.position) == before
            else:
                interview.answer(value)
        else:
            interview.answer(data.draw(_valid_answer(question)))
        assert 0 <= interview.position <= len(interview.steps())

    answers = interview.answers
    visible = {q.id for q in interview.visible_questions()}
    assert set(answers) <= visible
    pruned = {qid: value for qid, value in answers.items() if qid in visible}
    outcome = interview.finish()
    assert outcome.result == score(questionnaire, pruned)
    assert outcome.result.ignored == ()
    assert set(outcome.result.answered) == set(answers)

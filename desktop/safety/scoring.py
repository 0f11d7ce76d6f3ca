"""Score one set of Safety answers: a level per ILO indicator, an overall risk, next steps.

The rules are data (see :mod:`desktop.safety.questionnaire`); this module only applies
them.  The result is never a single pass/fail: every indicator keeps its own level
and the answers that led to it, so a counselor (and the worker) can see why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.safety.questionnaire import (
    INDICATORS,
    LEVELS,
    Answer,
    InvalidAnswerError,
    Questionnaire,
)


@dataclass(frozen=True)
class Reason:
    """One answer that raised an indicator: which rule, question and answer, to what level."""

    rule: str
    question: str
    answer: Answer
    level: str


@dataclass(frozen=True)
class IndicatorResult:
    """The level of one indicator and every answer that contributed to it."""

    indicator: str
    level: str
    reasons: tuple[Reason, ...]

    @property
    def question_ids(self) -> tuple[str, ...]:
        """Ids of the answered questions that led to this level (strongest first)."""
        return tuple(dict.fromkeys(r.question for r in self.reasons if r.level == self.level))


@dataclass(frozen=True)
class SafetyResult:
    """The full result of one questionnaire: per indicator, overall risk, next steps."""

    questionnaire_id: str
    questionnaire_version: int
    indicators: tuple[IndicatorResult, ...]
    risk: str
    next_steps: tuple[str, ...]
    answered: tuple[str, ...]
    unanswered: tuple[str, ...]
    ignored: tuple[str, ...]
    """Answers given to questions that skip logic hides; they do not count."""

    def indicator(self, name: str) -> IndicatorResult:
        """The result for one indicator by id."""
        for r in self.indicators:
            if r.indicator == name:
                return r
        raise KeyError(name)

    def levels(self) -> dict[str, str]:
        """``{indicator: level}`` for all 11 indicators."""
        return {r.indicator: r.level for r in self.indicators}


def _rank(level: str) -> int:
    return LEVELS.index(level)


def score(questionnaire: Questionnaire, answers: Mapping[str, object]) -> SafetyResult:
    """Apply the questionnaire's scoring rules to ``answers`` (``{question id: answer}``).

    Unanswered questions simply contribute nothing.  Answers to questions hidden by
    skip logic are ignored.  An answer to an unknown question, or one that does not
    fit its question, raises :class:`~desktop.safety.questionnaire.InvalidAnswerError`.
    """
    for qid in answers:
        questionnaire.question(qid)  # raises for unknown ids
    visible = questionnaire.visible_questions(answers)
    visible_ids = {q.id for q in visible}
    valid: dict[str, Answer] = {}
    for q in visible:
        if q.id in answers and answers[q.id] is not None:
            valid[q.id] = q.check_answer(answers[q.id])
    ignored = tuple(qid for qid in answers if qid not in visible_ids)

    reasons: dict[str, list[Reason]] = {ind: [] for ind in INDICATORS}
    for rule in questionnaire.scoring.rules:
        if rule.question in valid and rule.matches(valid[rule.question]):
            reasons[rule.indicator].append(
                Reason(rule.id, rule.question, valid[rule.question], rule.level)
            )
    results: list[IndicatorResult] = []
    for ind in INDICATORS:
        found = sorted(reasons[ind], key=lambda r: -_rank(r.level))
        level = found[0].level if found else "none"
        results.append(IndicatorResult(ind, level, tuple(found)))

    scoring = questionnaire.scoring
    risk = scoring.default_risk
    for overall in scoring.overall:
        reached = sum(1 for r in results if _rank(r.level) >= _rank(overall.min_level))
        if reached >= overall.min_count:
            risk = overall.risk
            break
    steps: list[str] = list(scoring.next_steps_by_risk[risk])
    threshold = _rank(scoring.indicator_steps_min_level)
    for r in sorted(results, key=lambda r: -_rank(r.level)):
        if _rank(r.level) >= threshold:
            steps.extend(scoring.next_steps_by_indicator.get(r.indicator, ()))
    return SafetyResult(
        questionnaire.id,
        questionnaire.version,
        tuple(results),
        risk,
        tuple(dict.fromkeys(steps)),
        tuple(valid),
        tuple(q.id for q in visible if q.id not in valid),
        ignored,
    )


__all__ = ["IndicatorResult", "InvalidAnswerError", "Reason", "SafetyResult", "score"]

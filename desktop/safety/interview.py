"""One way through the Safety questionnaire, with no screen attached.

Both the full-screen kiosk (one question per page) and the counselor's assisted
dialog (every question on one form) walk the same questionnaire with the same skip
logic.  The walk lives here so the two windows keep only their widgets:

* the **steps** are the questions visible given the answers so far, in the
  questionnaire's order, optionally followed by the kiosk's own last question
  (:data:`FEEDBACK_CONSENT`: may this answer be used, without a name, in feedback
  to the employer?);
* an **answer** is checked against its question, stored, and every answer to a
  question it now hides is dropped at once.  A hidden answer would not count in
  the score anyway (see :func:`~desktop.safety.scoring.score`), but it must not be
  stored either: a worker who says "no overtime" has not told us their hours;
* :meth:`Interview.finish` scores what is stored; the interview stays usable, so
  the worker can still go back from the result and change an answer.

The position runs from 0 to ``len(steps())``; the last value means every step is
behind the worker (:attr:`Interview.done`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desktop.safety.questionnaire import Answer, InvalidAnswerError, Question, Questionnaire
from desktop.safety.scoring import SafetyResult, score

__all__ = ["FEEDBACK_CONSENT", "Interview", "InterviewOutcome"]

#: The id of the pseudo-question asked after the questionnaire's own questions; its
#: wording is the questionnaire's ``texts["ui"]["consent_company_feedback"]``.
FEEDBACK_CONSENT: Final = "consent_company_feedback"


@dataclass(frozen=True)
class InterviewOutcome:
    """What an interview gives to be saved: the kept answers and their score."""

    answers: Mapping[str, Answer]
    """Answers to visible questions only, in the order they were first given."""
    consent_company_feedback: bool | None
    """``None`` when the consent step was never answered (or never asked)."""
    result: SafetyResult


class Interview:
    """The state of one worker's questionnaire: answers, position, skip logic, score.

    ``ask_feedback_consent`` adds :data:`FEEDBACK_CONSENT` as the last step (the
    kiosk asks it as a question; the assisted dialog has a check box instead).
    """

    def __init__(self, questionnaire: Questionnaire, *, ask_feedback_consent: bool = True) -> None:
        self.questionnaire = questionnaire
        self.ask_feedback_consent = ask_feedback_consent
        self._answers: dict[str, Answer] = {}
        self._feedback_consent: bool | None = None
        self._position = 0

    # -- reading ---------------------------------------------------------------------
    @property
    def answers(self) -> dict[str, Answer]:
        """A copy of the stored answers; none of them belongs to a hidden question."""
        return dict(self._answers)

    @property
    def feedback_consent(self) -> bool | None:
        """The answer to the consent step, ``None`` until it is given."""
        return self._feedback_consent

    def visible_questions(self) -> tuple[Question, ...]:
        """The questionnaire's questions shown given the stored answers, in order."""
        return self.questionnaire.visible_questions(self._answers)

    def steps(self) -> tuple[str, ...]:
        """The ids of the steps to walk now: visible questions, then the consent step."""
        ids = tuple(q.id for q in self.visible_questions())
        return (*ids, FEEDBACK_CONSENT) if self.ask_feedback_consent else ids

    @property
    def position(self) -> int:
        """Index of the current step; ``len(steps())`` once every step is done."""
        return self._position

    @position.setter
    def position(self, value: int) -> None:
        self._position = max(0, min(value, len(self.steps())))

    @property
    def done(self) -> bool:
        """Whether every step is behind the worker (the result is what comes next)."""
        return self._position >= len(self.steps())

    @property
    def current(self) -> str | None:
        """The id of the current step, or ``None`` when :attr:`done`."""
        steps = self.steps()
        return steps[self._position] if self._position < len(steps) else None

    def current_question(self) -> Question | None:
        """The current question; ``None`` on the consent step or when :attr:`done`."""
        step = self.current
        if step is None or step == FEEDBACK_CONSENT:
            return None
        return self.questionnaire.question(step)

    def current_answer(self) -> Answer | bool | None:
        """What the worker answered to the current step before, if anything."""
        step = self.current
        if step == FEEDBACK_CONSENT:
            return self._feedback_consent
        return self._answers.get(step) if step is not None else None

    # -- walking ---------------------------------------------------------------------
    def answer(self, value: object) -> None:
        """Answer the current step and move to the next one.

        ``None`` leaves a question unanswered (the kiosk's "skip").  On the consent
        step any value counts as yes or no by its truth, ``None`` as no.  An answer
        that does not fit the question raises
        :class:`~desktop.safety.questionnaire.InvalidAnswerError` and changes nothing.
        """
        step = self.current
        if step is None:
            raise InvalidAnswerError("Every step is answered; go back to change an answer.")
        if step == FEEDBACK_CONSENT:
            self._feedback_consent = bool(value)
        else:
            self._store(self.questionnaire.question(step), value)
        self._position += 1

    def next(self) -> None:
        """Move on without changing the current step's answer (nothing happens when done)."""
        if not self.done:
            self._position += 1

    def back(self) -> bool:
        """Go one step back; ``False`` (and no move) when already on the first step."""
        if self._position == 0:
            return False
        self.position = self._position - 1
        return True

    def set_answer(self, question_id: str, value: object) -> None:
        """Answer a visible question out of order (``None`` clears it); the position stays.

        An unknown or hidden question raises
        :class:`~desktop.safety.questionnaire.InvalidAnswerError`.
        """
        question = self.questionnaire.question(question_id)
        if question not in self.visible_questions():
            raise InvalidAnswerError(
                f"Question {question_id!r} is hidden by an earlier answer.", question_id=question_id
            )
        self._store(question, value)
        self.position = self._position

    def replace_answers(self, answers: Mapping[str, object]) -> None:
        """Take a whole form's answers at once; answers to hidden questions are dropped.

        ``None`` means unanswered.  Every value is checked first, so a bad one raises
        :class:`~desktop.safety.questionnaire.InvalidAnswerError` and changes nothing.
        """
        given = {qid: value for qid, value in answers.items() if value is not None}
        for qid in given:
            self.questionnaire.question(qid)  # raises for an unknown id
        kept = {
            q.id: q.check_answer(given[q.id])
            for q in self.questionnaire.visible_questions(given)
            if q.id in given
        }
        self._answers = kept
        self.position = self._position

    def finish(self) -> InterviewOutcome:
        """Score the stored answers; the interview can still go back afterwards."""
        answers = self.answers
        return InterviewOutcome(answers, self._feedback_consent, score(self.questionnaire, answers))

    # -- skip logic ------------------------------------------------------------------
    def _store(self, question: Question, value: object) -> None:
        if value is None:
            self._answers.pop(question.id, None)
        else:
            self._answers[question.id] = question.check_answer(value)
        # An answer can hide later questions; what the worker said to them no longer
        # applies.  One pass is enough: a question whose parent is hidden is hidden
        # whatever the parent's stored answer, so dropping answers never shows or
        # hides anything else.
        visible = {q.id for q in self.visible_questions()}
        for qid in [qid for qid in self._answers if qid not in visible]:
            del self._answers[qid]

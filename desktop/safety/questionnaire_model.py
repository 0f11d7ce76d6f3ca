"""The Safety questionnaire as frozen data: questions, skip logic, scoring rules, texts.

This module holds only the model and the questions it answers about itself (which
questions are visible given some answers, texts with fallback to the default
language, completeness per language).  Reading and validating a questionnaire file
is :mod:`desktop.safety.questionnaire_parser`; both are re-exported by
:mod:`desktop.safety.questionnaire`, the import path everyone else uses.

A declared language whose ``review_status`` is ``"reviewed"`` or ``"machine-drafted"``
must have every text; a language marked ``"incomplete"`` (a translation in progress)
may have gaps, which :meth:`Questionnaire.completeness` reports and
:meth:`Questionnaire.text` fills from the default language.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from desktop.errors import MadoguchiError

#: The ILO's 11 indicators of forced labour, in the ILO's order.
INDICATORS: Final[tuple[str, ...]] = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_and_living_conditions",
    "excessive_overtime",
)
#: Indicator levels, weakest first.
LEVELS: Final[tuple[str, ...]] = ("none", "possible", "likely", "severe")
#: Overall risks, lowest first.
RISKS: Final[tuple[str, ...]] = ("low", "medium", "high", "urgent")
QUESTION_TYPES: Final[tuple[str, ...]] = ("yes_no_unsure", "choice", "number")
YES_NO_UNSURE: Final[tuple[str, ...]] = ("yes", "no", "unsure")
NUMBER_UNITS: Final[tuple[str, ...]] = ("hours_per_month", "amount")
REVIEW_STATUSES: Final[tuple[str, ...]] = ("reviewed", "machine-drafted", "incomplete")
TEXT_KINDS: Final[tuple[str, ...]] = ("indicators", "levels", "risks", "next_steps", "ui")
#: The Safety kiosk's own worker-facing texts (``texts["ui"]``): buttons, the
#: feedback-consent question, plain-words risk sentences, the contact form and its
#: consent text.  Every language marked reviewed or machine-drafted must have all.
UI_TEXTS: Final[tuple[str, ...]] = (
    "question_of",
    "yes",
    "no",
    "unsure",
    "next",
    "skip",
    "back",
    "stop",
    "hours",
    "consent_company_feedback",
    "result_title",
    "overall",
    "risk_low",
    "risk_medium",
    "risk_high",
    "risk_urgent",
    "findings",
    "next_steps",
    "ask_contact",
    "finish",
    "contact_title",
    "name",
    "phone_or_line",
    "preferred_language",
    "best_time",
    "consent",
    "agree",
    "send",
    "need_name",
    "need_contact",
    "need_agree",
    "saving",
    "save_failed",
    "thanks",
)


Answer = str | int | float
"""One answer: ``"yes"``/``"no"``/``"unsure"``, a choice's option id, or a number."""

QuestionType = Literal["yes_no_unsure", "choice", "number"]


class QuestionnaireError(MadoguchiError):
    """A questionnaire file is malformed; the message names the question and the problem."""

    code = "questionnaire.malformed"


class InvalidAnswerError(MadoguchiError):
    """An answer does not fit its question (unknown question, option or number)."""

    code = "questionnaire.invalid_answer"


@dataclass(frozen=True)
class Option:
    """One choice of a ``choice`` question; labels per language."""

    id: str
    labels: Mapping[str, str]


@dataclass(frozen=True)
class ShowIf:
    """Skip condition: the question is shown only if ``question`` was answered in ``answers``."""

    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class QuestionText:
    """A question's wording and the plain explanation of rights and where to get help."""

    question: str
    explanation: str


@dataclass(frozen=True)
class Question:
    """One question; ``texts`` maps a language code to its wording."""

    id: str
    type: QuestionType
    indicators: tuple[str, ...]
    texts: Mapping[str, QuestionText]
    options: tuple[Option, ...] = ()
    unit: str | None = None
    currency: str | None = None
    maximum: float | None = None
    show_if: ShowIf | None = None

    @property
    def option_ids(self) -> tuple[str, ...]:
        """The answers this question accepts, unless it is a number question."""
        if self.type == "yes_no_unsure":
            return YES_NO_UNSURE
        return tuple(o.id for o in self.options)

    def check_answer(self, answer: object) -> Answer:
        """Return ``answer`` if it fits this question, else raise :class:`InvalidAnswerError`."""
        if self.type == "number":
            if isinstance(answer, bool) or not isinstance(answer, int | float):
                raise InvalidAnswerError(
                    f"Question {self.id!r} needs a number, not {answer!r}.",
                    question_id=self.id,
                    answer=answer,
                )
            if not math.isfinite(answer) or answer < 0:
                raise InvalidAnswerError(
                    f"Question {self.id!r} needs a number of zero or more, not {answer!r}.",
                    question_id=self.id,
                    answer=answer,
                )
            if self.maximum is not None and answer > self.maximum:
                raise InvalidAnswerError(
                    f"Question {self.id!r} accepts at most {self.maximum:g}, not {answer!r}.",
                    question_id=self.id,
                    maximum=self.maximum,
                    answer=answer,
                )
            return answer
        if not isinstance(answer, str) or answer not in self.option_ids:
            allowed = ", ".join(self.option_ids)
            raise InvalidAnswerError(
                f"Question {self.id!r} accepts one of {allowed}, not {answer!r}.",
                question_id=self.id,
                allowed=allowed,
                answer=answer,
            )
        return answer


@dataclass(frozen=True)
class ScoringRule:
    """If ``question``'s answer is in ``answer_in`` (or exceeds ``greater_than``), the
    ``indicator`` reaches at least ``level``."""

    id: str
    question: str
    indicator: str
    level: str
    answer_in: tuple[str, ...] = ()
    greater_than: float | None = None

    def matches(self, answer: Answer) -> bool:
        """Whether a (valid) answer to :attr:`question` triggers this rule."""
        if self.greater_than is not None:
            return not isinstance(answer, str) and answer > self.greater_than
        return isinstance(answer, str) and answer in self.answer_in


@dataclass(frozen=True)
class OverallRule:
    """Overall ``risk`` when at least ``min_count`` indicators reach ``min_level``."""

    risk: str
    min_level: str
    min_count: int


@dataclass(frozen=True)
class Scoring:
    """All scoring data: rules, overall risk, and next steps."""

    rules: tuple[ScoringRule, ...]
    overall: tuple[OverallRule, ...]
    default_risk: str
    next_steps_by_risk: Mapping[str, tuple[str, ...]]
    indicator_steps_min_level: str
    next_steps_by_indicator: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Language:
    """A declared language: its name in its own script and how far its texts are checked."""

    code: str
    name: str
    review_status: str


@dataclass(frozen=True)
class Completeness:
    """How much of one language's text is present, and its review status."""

    language: str
    name: str
    review_status: str
    present: int
    total: int

    @property
    def fraction(self) -> float:
        """Share of texts present, 0.0 to 1.0."""
        return self.present / self.total if self.total else 1.0


@dataclass(frozen=True)
class Questionnaire:
    """A validated questionnaire version."""

    id: str
    version: int
    default_language: str
    languages: Mapping[str, Language]
    questions: tuple[Question, ...]
    scoring: Scoring
    texts: Mapping[str, Mapping[str, Mapping[str, str]]]
    """``texts[kind][id][language]``, kind one of :data:`TEXT_KINDS`."""

    def question(self, question_id: str) -> Question:
        """The question with this id, or :class:`InvalidAnswerError`."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise InvalidAnswerError(
            f"Questionnaire {self.id} v{self.version} has no question {question_id!r}.",
            questionnaire_id=self.id,
            version=self.version,
            question_id=question_id,
        )

    def visible_questions(self, answers: Mapping[str, object]) -> tuple[Question, ...]:
        """The questions to show given the answers so far, in order (skip logic applied).

        A question with ``show_if`` is shown only when the question it depends on is
        itself shown and was answered with one of the listed answers.
        """
        shown: set[str] = set()
        result: list[Question] = []
        for q in self.questions:  # validation guarantees a parent comes before its child
            cond = q.show_if
            if cond is None or (
                cond.question in shown and answers.get(cond.question) in cond.answers
            ):
                shown.add(q.id)
                result.append(q)
        return tuple(result)

    def text(self, kind: str, item: str, language: str) -> str:
        """Result or kiosk text (indicator, level, risk, next step or ``ui`` text) in
        ``language``.

        Falls back to the default language when a translation is missing.
        """
        by_lang = self.texts[kind][item]
        return by_lang.get(language) or by_lang[self.default_language]

    def question_text(self, question: Question, language: str) -> QuestionText:
        """A question's wording in ``language``, falling back to the default language."""
        fallback = question.texts[self.default_language]
        text = question.texts.get(language)
        if text is None:
            return fallback
        return QuestionText(
            text.question or fallback.question, text.explanation or fallback.explanation
        )

    def option_label(self, option: Option, language: str) -> str:
        """A choice's label in ``language``, falling back to the default language."""
        return option.labels.get(language) or option.labels[self.default_language]

    def completeness(self) -> dict[str, Completeness]:
        """Per declared language: how many texts are present out of all needed."""
        result: dict[str, Completeness] = {}
        for code, lang in self.languages.items():
            present = total = 0
            for q in self.questions:
                total += 2 + len(q.options)
                if code in q.texts:
                    text = q.texts[code]
                    present += bool(text.question) + bool(text.explanation)
                present += sum(1 for o in q.options if o.labels.get(code))
            for items in self.texts.values():
                total += len(items)
                present += sum(1 for by_lang in items.values() if by_lang.get(code))
            result[code] = Completeness(code, lang.name, lang.review_status, present, total)
        return result

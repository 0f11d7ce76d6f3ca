"""The Safety questionnaire: its model and the loader of its data file, in one import path.

The model (questions, skip logic, scoring rules, texts) lives in
:mod:`desktop.safety.questionnaire_model`; reading and validating
``resources/safety/questionnaire-<version>.json`` lives in
:mod:`desktop.safety.questionnaire_parser`.  Callers keep importing from here, so
the split stays an internal matter of the Safety package.
"""

from __future__ import annotations

from desktop.safety.questionnaire_model import (
    INDICATORS,
    LEVELS,
    NUMBER_UNITS,
    QUESTION_TYPES,
    REVIEW_STATUSES,
    RISKS,
    TEXT_KINDS,
    UI_TEXTS,
    YES_NO_UNSURE,
    Answer,
    Completeness,
    InvalidAnswerError,
    Language,
    Option,
    OverallRule,
    Question,
    Questionnaire,
    QuestionnaireError,
    QuestionText,
    QuestionType,
    Scoring,
    ScoringRule,
    ShowIf,
)
from desktop.safety.questionnaire_parser import (
    SHIPPED_DIR,
    load_questionnaire,
    load_shipped,
    parse_questionnaire,
)

__all__ = [
    "INDICATORS",
    "LEVELS",
    "NUMBER_UNITS",
    "QUESTION_TYPES",
    "REVIEW_STATUSES",
    "RISKS",
    "SHIPPED_DIR",
    "TEXT_KINDS",
    "UI_TEXTS",
    "YES_NO_UNSURE",
    "Answer",
    "Completeness",
    "InvalidAnswerError",
    "Language",
    "Option",
    "OverallRule",
    "Question",
    "QuestionText",
    "QuestionType",
    "Questionnaire",
    "QuestionnaireError",
    "Scoring",
    "ScoringRule",
    "ShowIf",
    "load_questionnaire",
    "load_shipped",
    "parse_questionnaire",
]

"""Safety records: the worker's self-diagnosis questionnaire, its scoring and aggregates.

The questionnaire and its scoring rules are data in ``resources/safety/``;
:mod:`desktop.safety.questionnaire` loads and validates them and
:mod:`desktop.safety.scoring` turns one set of answers into a per-indicator result.
"""

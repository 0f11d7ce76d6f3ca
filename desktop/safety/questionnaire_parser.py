"""Read and validate a Safety questionnaire file into the frozen model.

The questionnaire is data: ``resources/safety/questionnaire-<version>.json``.  It is
identified by ``id`` + ``version``; a changed question makes a new version, and a
stored record keeps the version it was answered with.  This module turns the file
into the dataclasses of :mod:`desktop.safety.questionnaire_model` and refuses a
malformed file with a :class:`QuestionnaireError` that names the question (or rule)
and the problem.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, cast

from desktop.safety.questionnaire_model import (
    INDICATORS,
    LEVELS,
    NUMBER_UNITS,
    QUESTION_TYPES,
    REVIEW_STATUSES,
    RISKS,
    TEXT_KINDS,
    UI_TEXTS,
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

SHIPPED_DIR: Final[Path] = Path(__file__).resolve().parents[2] / "resources" / "safety"


def load_shipped(version: int = 1) -> Questionnaire:
    """Load the questionnaire version shipped in ``resources/safety``."""
    return load_questionnaire(SHIPPED_DIR / f"questionnaire-{version}.json")


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and validate a questionnaire file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise QuestionnaireError(
            f"Cannot read questionnaire file {path}: {exc.strerror}.",
            path=path,
            strerror=exc.strerror,
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise QuestionnaireError(
            f"Questionnaire file {path} is not valid JSON: {exc}.", path=path, reason=str(exc)
        ) from exc
    return parse_questionnaire(raw)


def parse_questionnaire(raw: object) -> Questionnaire:
    """Validate already-decoded JSON data into a :class:`Questionnaire`."""
    return _Parser().parse(raw)


# --- parsing -----------------------------------------------------------------------


def _obj(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise QuestionnaireError(f"{where} must be an object.", where=where)
    return value


def _str(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise QuestionnaireError(f"{where} must be a non-empty text.", where=where)
    return value


def _str_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise QuestionnaireError(f"{where} must be a non-empty list.", where=where)
    return tuple(_str(v, where) for v in value)


def _num(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise QuestionnaireError(f"{where} must be a number.", where=where)
    return float(value)


def _one_of(value: object, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise QuestionnaireError(
            f"{where} is {value!r}; expected one of {', '.join(allowed)}.",
            where=where,
            value=value,
            allowed=", ".join(allowed),
        )
    assert isinstance(value, str)
    return value


_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")


class _Parser:
    """Validates one questionnaire document; holds the languages while doing so."""

    def __init__(self) -> None:
        self.languages: dict[str, Language] = {}
        self.default = "en"

    def _required_langs(self) -> list[str]:
        return [c for c, lang in self.languages.items() if lang.review_status != "incomplete"]

    def _check_langs(self, keys: Mapping[str, object], where: str) -> None:
        for code in keys:
            if code not in self.languages:
                raise QuestionnaireError(
                    f"{where} has text in undeclared language {code!r}.",
                    where=where,
                    code_text=code,
                )
        for code in self._required_langs():
            if code not in keys:
                raise QuestionnaireError(
                    f"{where} is missing its {code!r} text.", where=where, code_text=code
                )

    def parse(self, raw: object) -> Questionnaire:
        doc = _obj(raw, "The questionnaire file")
        qid = _str(doc.get("id"), "Questionnaire 'id'")
        version = doc.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise QuestionnaireError("Questionnaire 'version' must be a whole number from 1.")
        for code, spec in _obj(doc.get("languages"), "'languages'").items():
            where = f"Language {code!r}"
            spec = _obj(spec, where)
            self.languages[code] = Language(
                code,
                _str(spec.get("name"), f"{where} 'name'"),
                _one_of(spec.get("review_status"), REVIEW_STATUSES, f"{where} 'review_status'"),
            )
        if not self.languages:
            raise QuestionnaireError("The questionnaire declares no languages.")
        default = doc.get("default_language", "en")
        if default not in self.languages or self.languages[default].review_status == "incomplete":
            raise QuestionnaireError(
                f"Default language {default!r} must be declared and complete.", default=default
            )
        self.default = str(default)
        questions = self._questions(doc.get("questions"))
        texts = self._texts(doc.get("texts"))
        scoring = self._scoring(doc.get("scoring"), {q.id: q for q in questions}, texts)
        return Questionnaire(qid, version, default, self.languages, questions, scoring, texts)

    def _questions(self, raw: object) -> tuple[Question, ...]:
        if not isinstance(raw, list) or not raw:
            raise QuestionnaireError("'questions' must be a non-empty list.")
        questions: list[Question] = []
        seen: set[str] = set()
        for i, item in enumerate(raw, start=1):
            q = self._question(_obj(item, f"Question {i}"), i)
            if q.id in seen:
                raise QuestionnaireError(f"Question {q.id!r} appears twice.", id=q.id)
            seen.add(q.id)
            questions.append(q)
        self._check_show_if(questions)
        return tuple(questions)

    def _question(self, d: dict[str, Any], position: int) -> Question:
        qid = _str(d.get("id"), f"Question {position} 'id'")
        where = f"Question {qid!r}"
        qtype = _one_of(d.get("type"), QUESTION_TYPES, f"{where} 'type'")
        indicators = _str_list(d.get("indicators"), f"{where} 'indicators'")
        for ind in indicators:
            if ind not in INDICATORS:
                raise QuestionnaireError(
                    f"{where} informs unknown indicator {ind!r}.", where=where, indicator=ind
                )
        texts_raw = _obj(d.get("text"), f"{where} 'text'")
        self._check_langs(texts_raw, f"{where} 'text'")
        texts: dict[str, QuestionText] = {}
        option_labels: dict[str, dict[str, str]] = {}
        option_ids: tuple[str, ...] = ()
        if qtype == "choice":
            option_ids = _str_list(d.get("options"), f"{where} 'options'")
            if len(set(option_ids)) != len(option_ids):
                raise QuestionnaireError(f"{where} lists an option twice.", where=where)
            option_labels = {o: {} for o in option_ids}
        elif "options" in d:
            raise QuestionnaireError(
                f"{where} has 'options' but is not a choice question.", where=where
            )
        required = self._required_langs()
        for code, t in texts_raw.items():
            lw = f"{where} {code!r} text"
            t = _obj(t, lw)
            complete = code in required
            qtext = t.get("question", "")
            expl = t.get("explanation", "")
            if complete or qtext:
                _str(qtext, f"{lw} 'question'")
            if complete or expl:
                _str(expl, f"{lw} 'explanation'")
            texts[code] = QuestionText(str(qtext), str(expl))
            labels = _obj(t.get("options", {}), f"{lw} 'options'")
            for oid, label in labels.items():
                if oid not in option_labels:
                    raise QuestionnaireError(
                        f"{lw} labels unknown option {oid!r}.", where=lw, option_id=oid
                    )
                option_labels[oid][code] = _str(label, f"{lw} option {oid!r}")
            if complete:
                for oid in option_ids:
                    if oid not in labels:
                        raise QuestionnaireError(
                            f"{lw} is missing the label of option {oid!r}.", where=lw, option_id=oid
                        )
        unit = currency = None
        maximum = None
        if qtype == "number":
            unit = _one_of(d.get("unit"), NUMBER_UNITS, f"{where} 'unit'")
            if unit == "amount":
                currency = _str(d.get("currency"), f"{where} 'currency'")
            if "max" in d:
                maximum = _num(d["max"], f"{where} 'max'")
        show_if = None
        if "show_if" in d:
            cond = _obj(d["show_if"], f"{where} 'show_if'")
            ans = cond.get("answer")
            answers = (
                (ans,) if isinstance(ans, str) else _str_list(ans, f"{where} 'show_if' answer")
            )
            show_if = ShowIf(_str(cond.get("question"), f"{where} 'show_if' question"), answers)
        options = tuple(Option(o, option_labels[o]) for o in option_ids)
        return Question(
            qid,
            cast(QuestionType, qtype),
            indicators,
            texts,
            options,
            unit,
            currency,
            maximum,
            show_if,
        )

    def _check_show_if(self, questions: list[Question]) -> None:
        by_id = {q.id: q for q in questions}
        for q in questions:
            if q.show_if is None:
                continue
            parent = by_id.get(q.show_if.question)
            if parent is None:
                raise QuestionnaireError(
                    f"Question {q.id!r} 'show_if' refers to missing question "
                    f"{q.show_if.question!r}.",
                    question_id=q.id,
                    question=q.show_if.question,
                )
            if parent.type == "number":
                raise QuestionnaireError(
                    f"Question {q.id!r} 'show_if' cannot depend on number question {parent.id!r}.",
                    question_id=q.id,
                    parent_id=parent.id,
                )
            for a in q.show_if.answers:
                if a not in parent.option_ids:
                    raise QuestionnaireError(
                        f"Question {q.id!r} 'show_if' uses answer {a!r}, "
                        f"which question {parent.id!r} does not offer.",
                        question_id=q.id,
                        answer=a,
                        parent_id=parent.id,
                    )
        for q in questions:  # cycles: follow the chain of parents
            chain = [q.id]
            cur = q
            while cur.show_if is not None:
                cur = by_id[cur.show_if.question]
                if cur.id in chain:
                    raise QuestionnaireError(
                        f"Question {q.id!r} 'show_if' forms a cycle: "
                        + " -> ".join([*chain, cur.id])
                        + ".",
                        question_id=q.id,
                        chain=[*chain, cur.id],
                    )
                chain.append(cur.id)
        order = {q.id: i for i, q in enumerate(questions)}
        for q in questions:
            if q.show_if is not None and order[q.show_if.question] > order[q.id]:
                raise QuestionnaireError(
                    f"Question {q.id!r} must come after {q.show_if.question!r}, "
                    "which it depends on.",
                    question_id=q.id,
                    question=q.show_if.question,
                )

    def _texts(self, raw: object) -> dict[str, dict[str, dict[str, str]]]:
        d = _obj(raw, "'texts'")
        result: dict[str, dict[str, dict[str, str]]] = {}
        for kind in TEXT_KINDS:
            items = _obj(d.get(kind), f"'texts' {kind!r}")
            result[kind] = {}
            for item, by_lang in items.items():
                where = f"Text {kind}/{item}"
                by_lang = _obj(by_lang, where)
                self._check_langs(by_lang, where)
                result[kind][item] = {c: _str(s, f"{where} {c!r}") for c, s in by_lang.items()}
        for item, by_lang in result["ui"].items():  # placeholders such as {n} must match
            fields = set(_PLACEHOLDER.findall(by_lang.get(self.default, "")))
            for code, text in by_lang.items():
                if set(_PLACEHOLDER.findall(text)) != fields:
                    raise QuestionnaireError(
                        f"Text ui/{item} {code!r} must use the placeholders "
                        f"{', '.join(sorted(fields)) or '(none)'} exactly.",
                        item=item,
                        code_text=code,
                        fields=", ".join(sorted(fields)) or "(none)",
                    )
        kinds = (("indicators", INDICATORS), ("levels", LEVELS), ("risks", RISKS), ("ui", UI_TEXTS))
        for kind, names in kinds:
            for name in names:
                if name not in result[kind]:
                    raise QuestionnaireError(
                        f"'texts' {kind!r} is missing {name!r}.", kind=kind, name=name
                    )
            for name in result[kind]:
                if name not in names:
                    raise QuestionnaireError(
                        f"'texts' {kind!r} has unknown entry {name!r}.", kind=kind, name=name
                    )
        return result

    def _scoring(
        self,
        raw: object,
        questions: Mapping[str, Question],
        texts: Mapping[str, Mapping[str, object]],
    ) -> Scoring:
        d = _obj(raw, "'scoring'")
        rules_raw = d.get("rules")
        if not isinstance(rules_raw, list) or not rules_raw:
            raise QuestionnaireError("'scoring' 'rules' must be a non-empty list.")
        rules: list[ScoringRule] = []
        seen: set[str] = set()
        for i, item in enumerate(rules_raw, start=1):
            r = self._rule(_obj(item, f"Scoring rule {i}"), i, questions)
            if r.id in seen:
                raise QuestionnaireError(f"Scoring rule {r.id!r} appears twice.", id=r.id)
            seen.add(r.id)
            rules.append(r)
        overall: list[OverallRule] = []
        overall_raw = d.get("overall")
        if not isinstance(overall_raw, list):
            raise QuestionnaireError("'scoring' 'overall' must be a list.")
        for i, item in enumerate(overall_raw, start=1):
            o = _obj(item, f"Overall rule {i}")
            count = o.get("min_count")
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise QuestionnaireError(
                    f"Overall rule {i} 'min_count' must be a whole number from 1.", rule_number=i
                )
            level = _one_of(o.get("min_level"), LEVELS[1:], f"Overall rule {i} 'min_level'")
            risk = _one_of(o.get("risk"), RISKS, f"Overall rule {i} 'risk'")
            overall.append(OverallRule(risk, level, count))
        default_risk = _one_of(d.get("default_risk"), RISKS, "'scoring' 'default_risk'")
        step_ids = texts["next_steps"]

        def steps(value: object, where: str) -> tuple[str, ...]:
            ids = _str_list(value, where)
            for s in ids:
                if s not in step_ids:
                    raise QuestionnaireError(
                        f"{where} refers to next step {s!r}, which has no text.",
                        where=where,
                        step=s,
                    )
            return ids

        by_risk_raw = _obj(d.get("next_steps_by_risk"), "'scoring' 'next_steps_by_risk'")
        by_risk: dict[str, tuple[str, ...]] = {}
        for risk in RISKS:
            if risk not in by_risk_raw:
                raise QuestionnaireError(
                    f"'next_steps_by_risk' is missing risk {risk!r}.", risk=risk
                )
            by_risk[risk] = steps(by_risk_raw[risk], f"Next steps for risk {risk!r}")
        for risk in by_risk_raw:
            _one_of(risk, RISKS, "A 'next_steps_by_risk' key")
        ind_raw = _obj(d.get("next_steps_by_indicator"), "'scoring' 'next_steps_by_indicator'")
        min_level = _one_of(
            ind_raw.get("min_level"), LEVELS[1:], "'next_steps_by_indicator' 'min_level'"
        )
        by_ind: dict[str, tuple[str, ...]] = {}
        for ind, value in _obj(ind_raw.get("steps"), "'next_steps_by_indicator' 'steps'").items():
            if ind not in INDICATORS:
                raise QuestionnaireError(
                    f"'next_steps_by_indicator' names unknown indicator {ind!r}.", indicator=ind
                )
            by_ind[ind] = steps(value, f"Next steps for indicator {ind!r}")
        return Scoring(tuple(rules), tuple(overall), default_risk, by_risk, min_level, by_ind)

    def _rule(
        self, d: dict[str, Any], position: int, questions: Mapping[str, Question]
    ) -> ScoringRule:
        rid = _str(d.get("id"), f"Scoring rule {position} 'id'")
        where = f"Scoring rule {rid!r}"
        qid = _str(d.get("question"), f"{where} 'question'")
        q = questions.get(qid)
        if q is None:
            raise QuestionnaireError(
                f"{where} refers to missing question {qid!r}.", where=where, qid=qid
            )
        indicator = d.get("indicator")
        if indicator not in INDICATORS:
            raise QuestionnaireError(
                f"{where} (question {qid!r}) names unknown indicator {indicator!r}.",
                where=where,
                qid=qid,
                indicator=indicator,
            )
        assert isinstance(indicator, str)
        if indicator not in q.indicators:
            raise QuestionnaireError(
                f"{where}: question {qid!r} does not list indicator {indicator!r} in 'indicators'.",
                where=where,
                qid=qid,
                indicator=indicator,
            )
        level = _one_of(d.get("level"), LEVELS[1:], f"{where} 'level'")
        has_in, has_gt = "answer_in" in d, "greater_than" in d
        if has_in == has_gt:
            raise QuestionnaireError(
                f"{where} needs exactly one of 'answer_in' or 'greater_than'.", where=where
            )
        if has_gt:
            if q.type != "number":
                raise QuestionnaireError(
                    f"{where} uses 'greater_than' but question {qid!r} is not a number question.",
                    where=where,
                    qid=qid,
                )
            threshold = _num(d["greater_than"], f"{where} 'greater_than'")
            return ScoringRule(rid, qid, indicator, level, greater_than=threshold)
        if q.type == "number":
            raise QuestionnaireError(
                f"{where} uses 'answer_in' but question {qid!r} is a number question.",
                where=where,
                qid=qid,
            )
        answers = _str_list(d["answer_in"], f"{where} 'answer_in'")
        for a in answers:
            if a not in q.option_ids:
                raise QuestionnaireError(
                    f"{where} refers to option {a!r}, which question {qid!r} does not offer.",
                    where=where,
                    answer=a,
                    qid=qid,
                )
        return ScoringRule(rid, qid, indicator, level, answer_in=answers)

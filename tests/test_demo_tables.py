"""The demo word lists are data in resources/demo/, and moving them there changed nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

from desktop.cases.demo_data import generate
from desktop.cases.demo_tables import DEMO_DIR, DemoDataError, load_demo_tables
from desktop.cases.model import SUBTOPICS, Topic

# Digests of the generator's output computed with the tables still in Python code (before
# the move to resources/demo/): same seed and day, same cases, byte for byte.
BEFORE_THE_MOVE = {
    (5, date(2026, 3, 15)): "12fda40baa6b634c65175c3e4ea9b1f3644796d62053d464d493c217949baa68",
    (9, date(2027, 6, 1)): "5d987c9b440fab13fa37594b641e7d15774dab3a9194ac6d0804d6afffb56e15",
}


def _digest(seed: int, today: date) -> str:
    digest = hashlib.sha256()
    for case in generate(300, seed=seed, today=today):
        fields = asdict(case)
        for item in fields["evidence"]:
            item["content"] = hashlib.sha256(item["content"]).hexdigest()
        digest.update(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


@pytest.mark.parametrize(("seed", "today"), list(BEFORE_THE_MOVE))
def test_generator_output_is_unchanged_by_the_move(seed: int, today: date) -> None:
    assert _digest(seed, today) == BEFORE_THE_MOVE[seed, today]


def test_every_topic_and_subtopic_has_texts() -> None:
    tables = load_demo_tables()
    assert set(tables.actions_by_topic) == {topic.value for topic in Topic}
    subtopics = {sub for subs in SUBTOPICS.values() for sub in subs} | {""}
    assert subtopics <= set(tables.short)
    assert subtopics <= set(tables.consultation)


def test_every_country_has_names_and_language_names() -> None:
    tables = load_demo_tables()
    for country in tables.countries:
        assert country.given and country.family, country.code
        assert country.language in tables.language_names_ja
        assert country.language in tables.language_names_en
        assert {g[3] for g in country.given} <= {"f", "m"}


def test_a_malformed_file_names_the_file_and_key(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, folder)
    people = json.loads((folder / "people.json").read_text("utf-8"))
    people["countries"][0]["given"][0] = ["only", "three", "parts"]
    (folder / "people.json").write_text(json.dumps(people), "utf-8")
    with pytest.raises(DemoDataError, match=r"people\.json: countries\[0\]\.given\[0\]"):
        load_demo_tables(folder)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DemoDataError, match=r"people\.json"):
        load_demo_tables(tmp_path)

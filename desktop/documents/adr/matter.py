"""Everything a bundle prints, gathered once from the case: parties, exhibits, chronology."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.cases.model import Entity, EntryKind
from desktop.cases.service import CaseDetails, CaseService, RecordView
from desktop.documents.adr.labels import exhibit_label, format_date
from desktop.errors import DocumentError, NotFoundError
from desktop.organisation import read_letterhead

__all__ = [
    "Exhibit",
    "MatterData",
    "Party",
    "chronology_for",
    "draft_chronology",
    "exhibit_of",
    "load_matter",
    "matter_case_id",
]


@dataclass(frozen=True)
class Party:
    """A person or organisation named in the application."""

    party_id: str
    name: str
    address: str
    corporate_number: str = ""
    native_name: str = ""
    lang: str | None = None

    @property
    def corporate(self) -> bool:
        """A party with a corporate number (法人番号) is a company: it needs 登記事項証明書."""
        return bool(self.corporate_number)


@dataclass(frozen=True)
class Exhibit:
    """One exhibit record with its label (甲第3号証の1)."""

    exhibit_id: str
    label: str
    number: int
    branch: int | None
    data: dict[str, Any]

    @property
    def title(self) -> str:
        return str(self.data.get("title") or "")

    @property
    def kind(self) -> str:
        return str(self.data.get("kind") or "document")


def exhibit_of(record: RecordView) -> Exhibit:
    """An exhibit record with its label."""
    number, branch = int(record.data["number"]), int(record.data.get("branch") or 0) or None
    return Exhibit(
        exhibit_id=record.entity_id,
        label=exhibit_label(number, branch),
        number=number,
        branch=branch,
        data=dict(record.data),
    )


@dataclass(frozen=True)
class MatterData:
    """The matter as the papers print it."""

    case_id: str
    case_ref: str
    matter_id: str
    matter: dict[str, Any]
    applicant: Party
    agent: Party | None
    respondents: list[Party]
    exhibits: list[Exhibit]
    chronology: str
    date_style: str
    today: date
    organisation: str

    @property
    def title(self) -> str:
        return str(self.matter.get("title") or "")

    @property
    def forum(self) -> str:
        return str(self.matter.get("forum") or "東京弁護士会 紛争解決センター")

    @property
    def corporate_parties(self) -> list[Party]:
        """Parties that need a company register certificate (登記事項証明書)."""
        return [p for p in self.respondents if p.corporate]

    @property
    def sets_to_print(self) -> int:
        """3 sets (centre, mediator, respondent) + one per extra respondent and extra mediator."""
        extra_respondents = max(0, len(self.respondents) - 1)
        return 3 + extra_respondents + int(self.matter.get("extra_mediators") or 0)

    def printed_date(self, value: object) -> str:
        return format_date(value, self.date_style)


def matter_case_id(service: CaseService, matter_id: str) -> str:
    """The case an ADR matter belongs to (NotFoundError if there is no such matter)."""
    return service.case_of(Entity.ADR, matter_id)


def _party(record: RecordView) -> Party:
    d = record.data
    return Party(
        party_id=record.entity_id,
        name=str(d.get("name") or ""),
        address=str(d.get("address") or ""),
        corporate_number=str(d.get("corporate_number") or ""),
    )


def draft_chronology(case: CaseDetails) -> str:
    """A first chronology from the timeline: one "2025年4月1日　…" line per entry.

    An entry that a correction supersedes is replaced by the correction's text,
    kept at the original entry's date (the correction fixes what was recorded,
    not when it happened).  The counselor edits this draft before export.
    """
    by_id = {e.entity_id: e for e in case.timeline}
    replaced: dict[str, RecordView] = {}
    for entry in case.timeline:
        target = entry.data.get("corrects")
        if entry.data.get("kind") == EntryKind.CORRECTION.value and target in by_id:
            replaced[str(target)] = entry  # later corrections win: the timeline is sorted
    lines = []
    for entry in case.timeline:
        if (
            entry.data.get("kind") == EntryKind.CORRECTION.value
            and entry.data.get("corrects") in by_id
        ):
            continue  # printed in place of the entry it corrects
        shown = replaced.get(entry.entity_id, entry)
        note = " ".join(str(shown.data.get("note") or "").split())
        if not note:
            continue
        when = format_date(str(entry.data.get("occurred_at") or "")[:10])
        lines.append(f"{when}　{note}")
    return "\n".join(lines)


def chronology_for(case: CaseDetails, matter_id: str) -> str:
    """The matter's own chronology when the counselor has written one, else the draft."""
    for matter in case.adr_matters:
        if matter.entity_id == matter_id and str(matter.data.get("chronology") or "").strip():
            return str(matter.data["chronology"]).strip()
    return draft_chronology(case)


def load_matter(
    service: CaseService, matter_id: str, today: date, case: CaseDetails | None = None
) -> MatterData:
    """Read the matter, its parties and exhibits; DocumentError names anything missing.

    ``case`` is the matter's case when the caller has already read it (reading a case
    with its evidence and timeline is the costly part).
    """
    if case is None:
        case = service.get_case(matter_case_id(service, matter_id))
    case_id = case.case_id
    matter = next((m for m in case.adr_matters if m.entity_id == matter_id), None)
    if matter is None or matter.deleted:
        raise NotFoundError(f"No ADR matter {matter_id} in this vault.", matter_id=matter_id)
    parties = {p.entity_id: p for p in case.parties if not p.deleted}

    def named(party_id: str, role: str) -> Party:
        if party_id not in parties:
            raise DocumentError(
                f"The {role} of ADR matter '{matter.data.get('title')}' is no longer on the "
                "case; choose the parties again.",
                role=role,
                title=matter.data.get("title"),
            )
        return _party(parties[party_id])

    respondents = [named(str(p), "respondent") for p in matter.data.get("respondents") or ()]
    if not respondents:
        raise DocumentError(
            f"ADR matter '{matter.data.get('title')}' names no respondent (相手方); add one first.",
            title=matter.data.get("title"),
        )
    agent_id = matter.data.get("agent")
    worker = case.worker.data if case.worker else {}
    languages = worker.get("languages") or []
    applicant = Party(
        party_id=case_id,
        name=str(worker.get("full_name") or ""),
        address=str(worker.get("address") or ""),
        native_name=str(worker.get("name_native") or ""),
        lang=str(languages[0]) if languages else None,
    )
    exhibits = [exhibit_of(e) for e in case.exhibits_of(matter_id)]
    letterhead = read_letterhead(service.vault)
    return MatterData(
        case_id=case_id,
        case_ref=case.ref,
        matter_id=matter_id,
        matter=dict(matter.data),
        applicant=applicant,
        agent=named(str(agent_id), "agent") if agent_id else None,
        respondents=respondents,
        exhibits=exhibits,
        chronology=chronology_for(case, matter_id),
        date_style=letterhead.date_style,
        today=today,
        organisation=letterhead.name,
    )

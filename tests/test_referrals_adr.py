"""Referrals with follow-up, ADR matters and exhibits: the records behind letters and bundles."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.cases.model import ConsentPurpose, Entity, ReferralStatus
from desktop.cases.service import CaseService
from desktop.errors import ConsentMissingError, InvalidValueError
from tests.support.factories import WORKERS


def _case(service: CaseService) -> str:
    return service.create_case(WORKERS[0])


def test_referral_follow_up_moves_through_states_and_tasks(service: CaseService) -> None:
    case_id = _case(service)
    ref_id = service.add_referral(
        case_id, {"recipient_type": "lawyer", "recipient": "山田法律事務所", "facts": ["name"]}
    )
    assert service.get_case(case_id).referrals[0].data["status"] == "draft"
    service.advance_referral(
        ref_id, ReferralStatus.SENT, on="2026-11-01", follow_up_on="2026-11-15"
    )
    view = service.get_case(case_id)
    assert view.referrals[0].data["sent_on"] == "2026-11-01"
    due = service.tasks_due(date(2026, 11, 15))
    assert [t.title for t in due] == ["Follow up referral to 山田法律事務所"]
    service.advance_referral(ref_id, ReferralStatus.ACKNOWLEDGED, follow_up_on="2026-11-30")
    assert service.tasks_due(date(2026, 11, 20)) == []
    assert len(service.tasks_due(date(2026, 11, 30))) == 1
    service.advance_referral(ref_id, ReferralStatus.ACCEPTED)
    service.advance_referral(ref_id, ReferralStatus.COMPLETED)
    assert service.tasks_due(date(2027, 1, 1)) == []
    assert service.get_case(case_id).referrals[0].data["status"] == "completed"


def test_referral_refuses_skipped_or_backward_states(service: CaseService) -> None:
    case_id = _case(service)
    ref_id = service.add_referral(case_id, {"recipient_type": "ngo", "recipient": "シェルターA"})
    with pytest.raises(InvalidValueError, match="draft cannot become accepted"):
        service.advance_referral(ref_id, ReferralStatus.ACCEPTED)
    service.advance_referral(ref_id, ReferralStatus.SENT)
    service.advance_referral(ref_id, ReferralStatus.DECLINED)
    with pytest.raises(InvalidValueError, match="declined cannot become completed"):
        service.advance_referral(ref_id, ReferralStatus.COMPLETED)


def test_referral_facts_and_evidence_are_checked(service: CaseService) -> None:
    case_id, other = _case(service), service.create_case(WORKERS[1])
    with pytest.raises(InvalidValueError, match="cannot include 'salary'"):
        service.add_referral(
            case_id, {"recipient_type": "lawyer", "recipient": "X", "facts": ["salary"]}
        )
    import io

    foreign = service.add_evidence(other, io.BytesIO(b"x"), filename="a.txt")
    with pytest.raises(InvalidValueError, match="another case"):
        service.add_referral(
            case_id, {"recipient_type": "lawyer", "recipient": "X", "evidence": [foreign]}
        )


def test_consent_gate_names_purpose_and_recipient(service: CaseService) -> None:
    case_id = _case(service)
    with pytest.raises(ConsentMissingError, match="referral to 山田法律事務所"):
        service.require_consent(case_id, ConsentPurpose.REFERRAL, "山田法律事務所")
    consent = service.add_consent(
        case_id, {"purpose": "referral", "recipient": "山田法律事務所", "given_on": "2026-10-01"}
    )
    service.require_consent(case_id, ConsentPurpose.REFERRAL, "山田法律事務所")
    with pytest.raises(ConsentMissingError):
        service.require_consent(case_id, ConsentPurpose.REFERRAL, "別の事務所")
    service.withdraw_consent(consent)
    with pytest.raises(ConsentMissingError):
        service.require_consent(case_id, ConsentPurpose.REFERRAL, "山田法律事務所")


def test_exhibits_number_in_order_with_branches(service: CaseService) -> None:
    case_id = _case(service)
    employer = service.add_party(case_id, {"name": "株式会社テスト", "role": "employer"})
    matter = service.add_adr_matter(case_id, {"title": "未払賃金", "respondents": [employer]})
    first = service.add_exhibit(matter, {"title": "雇用契約書"})
    service.add_exhibit(matter, {"title": "原文", "number": 2, "branch": 2, "kind": "translation"})
    service.add_exhibit(matter, {"title": "原文", "number": 2, "branch": 1})
    third = service.add_exhibit(matter, {"title": "写真", "kind": "photo"})
    view = service.get_case(case_id)
    labels = [(e.data["number"], e.data.get("branch")) for e in view.exhibits_of(matter)]
    assert labels == [(1, None), (2, 1), (2, 2), (3, None)]
    assert view.adr_matters[0].data["forum"] == "東京弁護士会 紛争解決センター"
    with pytest.raises(InvalidValueError, match="甲第1号証 is already used"):
        service.add_exhibit(matter, {"title": "dup", "number": 1})
    service.remove_exhibit(first)
    assert [e.entity_id for e in service.get_case(case_id).exhibits_of(matter)][-1] == third


def test_adr_matter_parties_must_belong_to_the_case(service: CaseService) -> None:
    case_id, other = _case(service), service.create_case(WORKERS[1])
    stranger = service.add_party(other, {"name": "他社", "role": "employer"})
    with pytest.raises(InvalidValueError, match="another case"):
        service.add_adr_matter(case_id, {"title": "x", "respondents": [stranger]})
    with pytest.raises(InvalidValueError, match="publication"):
        service.add_adr_matter(case_id, {"title": "x", "publication": "maybe"})


def test_removing_an_exhibit_closes_the_gap_and_moving_swaps_places(
    service: CaseService,
) -> None:
    case_id = _case(service)
    matter = service.add_adr_matter(case_id, {"title": "未払賃金"})
    one = service.add_exhibit(matter, {"title": "一"})
    two_a = service.add_exhibit(matter, {"title": "二の1", "number": 2, "branch": 1})
    two_b = service.add_exhibit(matter, {"title": "二の2", "number": 2, "branch": 2})
    service.add_exhibit(matter, {"title": "三"})

    def order() -> list[tuple[str, int, int | None]]:
        view = service.get_case(case_id)
        return [(str(e.data["title"]), e.data["number"], e.data.get("branch"))
                for e in view.exhibits_of(matter)]  # fmt: skip

    service.remove_exhibit(two_b)  # a branch: siblings and numbers stay
    assert order() == [("一", 1, None), ("二の1", 2, 1), ("三", 3, None)]
    service.remove_exhibit(two_a)  # number 2 left empty: later ones move down
    assert order() == [("一", 1, None), ("三", 2, None)]
    service.move_exhibit(one, +1)  # places (number and branch) swap
    assert order() == [("三", 1, None), ("一", 2, None)]
    service.move_exhibit(one, +1)  # already last: nothing changes
    assert order() == [("三", 1, None), ("一", 2, None)]
    assert service.case_of(Entity.ADR, matter) == case_id


def test_a_case_whose_share_was_withdrawn_reads_but_takes_no_changes(
    service: CaseService,
) -> None:
    import io

    from desktop.errors import ReadOnlyCaseError
    from desktop.store import sync_state

    case_id = _case(service)
    task = service.add_task(case_id, {"title": "Call", "due_on": "2026-12-01"})
    sync_state.mark_read_only(service.vault, [case_id])
    assert service.get_case(case_id).tasks[0].data["title"] == "Call"
    for change in (
        lambda: service.update_task(task, {"title": "Call again"}),
        lambda: service.add_task(case_id, {"title": "New", "due_on": "2026-12-02"}),
        lambda: service.remove_task(task),
        lambda: service.add_evidence(case_id, io.BytesIO(b"x"), filename="x.txt"),
    ):
        with pytest.raises(ReadOnlyCaseError, match="withdrawn"):
            change()

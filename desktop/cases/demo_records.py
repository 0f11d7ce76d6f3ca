"""A case's worker, timeline, tasks and consents, each built from the case's draw.

The timeline is the generator's hot loop: its weighted picks and lookups are inlined.
"""

from __future__ import annotations

from bisect import bisect
from datetime import date

from desktop.cases.demo_choice import one_of
from desktop.cases.demo_draw import DemoDraw, Employer
from desktop.cases.demo_tables import DemoCountry
from desktop.cases.demo_vocabulary import (
    ACTION,
    ACTION_CHANNEL,
    ACTIONS,
    ACTIONS_BY_TOPIC,
    AREAS,
    CONSENT_METHOD,
    CONSULT,
    CONSULT_CHANNEL,
    CONSULTATION,
    COUNSELORS,
    FOLLOW_UP,
    FOLLOW_UP_LABOUR,
    LABOUR,
    MINUTES,
    TIMES,
)
from desktop.cases.model import (
    CaseStatus,
    ConsentPurpose,
    Gender,
    Outcome,
    ResidenceStatus,
    TaskKind,
)


def worker(
    draw: DemoDraw,
    country: DemoCountry,
    full_name: str,
    kana: str,
    native: str | None,
    sex: str,
    given_latin: str,
    status: ResidenceStatus,
    employer: Employer,
) -> dict[str, object]:
    """The worker's record: names, languages, contacts, residence status and expiry."""
    rnd = draw.rnd
    today_ord = draw.today_ord
    languages = [country.language]
    if country.code == "PH" or rnd() < 0.12:
        languages.append("en")
    if rnd() < 0.4:
        languages.append("ja")
    gender = Gender.FEMALE if sex == "f" else Gender.MALE
    if rnd() < 0.02:
        gender = Gender.UNKNOWN
    age_years = 19 + int(rnd() * rnd() * 30)
    born = today_ord - int(age_years * 365.25) - int(rnd() * 365)
    handle = given_latin.split()[-1].lower().replace("-", "")
    line_id: str | None = None
    if rnd() < 0.7:
        line_id = f"{handle}{one_of(rnd, ('', '_', '.'))}{draw.digits(4)}"
    email: str | None = None
    if rnd() < 0.3:
        domain = one_of(rnd, ("example.com", "example.net", "example.org", "example.jp"))
        email = f"{handle}{draw.digits(3)}@{domain}"
    area = employer.area if rnd() < 0.8 else one_of(rnd, AREAS)
    expiry: str | None = None
    if status is not ResidenceStatus.PERMANENT_RESIDENT:
        r = rnd()
        if status is ResidenceStatus.NONE_OVERSTAY or r < 0.08:
            offset = -1 - int(rnd() * 400)
        elif r < 0.23:
            offset = int(rnd() * 31)
        else:
            offset = 31 + int(rnd() * 1050)
        expiry = draw.iso(today_ord + offset)
    card: str | None = None
    if rnd() < 0.85:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        card = (
            f"{one_of(rnd, letters)}{one_of(rnd, letters)}{draw.digits(8)}"
            f"{one_of(rnd, letters)}{one_of(rnd, letters)}"
        )
    return {
        "full_name": full_name,
        "name_katakana": kana,
        "name_native": native,
        "nationality": country.code,
        "languages": languages,
        "date_of_birth": draw.iso(born),
        "gender": gender.value,
        "phone": f"0{one_of(rnd, '789')}0-{draw.digits(4)}-{draw.digits(4)}",
        "line_id": line_id,
        "email": email,
        "address": draw.address(area, building=True),
        "residence_status": status.value,
        "residence_expiry": expiry,
        "residence_card_number": card,
    }


def timeline(
    draw: DemoDraw,
    country: DemoCountry,
    interpreters: tuple[str, ...],
    subtopics: list[str],
    categories: list[str],
    opened: int,
    end: int,
    assignee: str,
    ctx: dict[str, object],
) -> list[dict[str, object]]:
    """Consultations and actions between ``opened`` and ``end``, oldest first."""
    # ``interpreters`` are the case language's three (drawn once per generate call).
    rnd = draw.rnd
    span = end - opened
    count = 4 + int(rnd() * 21)
    if span < 10:
        count = min(count, 2 + 2 * span)
    # A slot is day * 120 + a 5-minute step of the office day; the first is on opening day.
    # One random number serves several decisions where its parts are independent enough.
    base = opened * 120
    steps = (span + 1) * 120
    slots = [base + int(rnd() * 120)]
    slots += [base + int(rnd() * steps) for _ in range(count - 1)]
    slots.sort()
    own = country.language
    n_interpreters = len(interpreters)
    follow_ups = FOLLOW_UP + FOLLOW_UP_LABOUR if LABOUR in categories else FOLLOW_UP
    actions: tuple[str, ...] = ACTIONS
    for category in categories:
        actions += ACTIONS_BY_TOPIC[category]
    n_follow, n_actions, n_subs = len(follow_ups), len(actions), len(subtopics)
    a_items, a_cum, a_total = ACTION_CHANNEL.table()
    c_items, c_cum, c_total = CONSULT_CHANNEL.table()
    m_items, m_cum, m_total = MINUTES.table()
    iso_cache = draw.iso_cache
    times = TIMES
    counselors = COUNSELORS
    entries: list[dict[str, object]] = []
    first = True
    for slot in slots:
        day = slot // 120
        r = rnd()
        if first or r >= 0.9:
            sub = subtopics[0] if first else subtopics[int((r - 0.9) * 10 * n_subs)]
            notes = CONSULT[sub]
            note = notes[int(rnd() * len(notes))]
            first = False
            action = False
        elif r < 0.5:
            note = actions[int(r * 2 * n_actions)]
            action = True
        else:
            note = follow_ups[int((r - 0.5) * 2.5 * n_follow)]
            action = False
        r = rnd()
        interpreter = None
        if action:
            kind = ACTION
            channel = a_items[bisect(a_cum, rnd() * a_total)]
            language = "ja" if r < 0.8 else own
            if r >= 0.9:
                interpreter = interpreters[int((r - 0.9) * 10 * n_interpreters)]
        else:
            kind = CONSULTATION
            channel = c_items[bisect(c_cum, rnd() * c_total)]
            language = own if r < 0.6 else "ja" if r < 0.9 else "en"
            if r < 0.3:
                interpreter = interpreters[int(r / 0.3 * n_interpreters)]
        if language == "ja" or language == "en":
            interpreter = None
        c = rnd()
        entries.append({
            "occurred_at": (iso_cache.get(day) or draw.iso(day)) + times[slot - day * 120],
            "kind": kind,
            "channel": channel,
            "language": language,
            "interpreter": interpreter,
            "counselor": assignee if c < 0.7 else counselors[int((c - 0.7) * 26.6)],
            "minutes": m_items[bisect(m_cum, rnd() * m_total)],
            "note": note.format_map(ctx) if "{" in note else note,
        })  # fmt: skip
    return entries


def tasks(
    draw: DemoDraw,
    case_status: CaseStatus,
    worker: dict[str, object],
    opened: int,
    end: int,
    assignee: str,
    lawyer: str | None,
) -> list[dict[str, object]]:
    """Up to three tasks: a residence expiry, an ADR session, follow-ups."""
    rnd = draw.rnd
    today_ord = draw.today_ord
    closed = case_status is CaseStatus.CLOSED
    tasks: list[dict[str, object]] = []
    expiry = worker["residence_expiry"]
    if isinstance(expiry, str) and not closed:
        left = date.fromisoformat(expiry).toordinal() - today_ord
        if -30 <= left <= 120 and rnd() < 0.8:
            tasks.append({
                "title": "在留期間の満了日（更新・変更申請の確認）",
                "kind": TaskKind.RESIDENCE_EXPIRY.value,
                "due_on": expiry,
                "assignee": assignee,
                "done": False,
                "note": "本人・会社に更新書類の準備状況を確認する",
            })  # fmt: skip
    if lawyer and rnd() < 0.6:
        due = max(opened, end - int(rnd() * 20)) if closed else today_ord + 10 + int(rnd() * 50)
        tasks.append({
            "title": "ADR期日（東京弁護士会 紛争解決センター）",
            "kind": TaskKind.ADR_SESSION.value,
            "due_on": draw.iso(due),
            "assignee": assignee,
            "done": closed,
            "note": "通訳手配済み" if rnd() < 0.5 else "申立書・甲号証の写し3部を準備",
        })  # fmt: skip
    for _ in range(int(rnd() * 3)):
        if len(tasks) >= 3:
            break
        last = end if closed else max(opened, today_ord - int(rnd() * 10))
        due = last + int(rnd() * 21)
        if closed:
            due = min(due - 10, end)
        title, kind = one_of(rnd, (
            ("本人へ状況確認の電話", TaskKind.FOLLOW_UP),
            ("会社からの回答を確認", TaskKind.FOLLOW_UP),
            ("Follow-up call with the worker", TaskKind.FOLLOW_UP),
            ("労基署への申告書類の提出", TaskKind.DEADLINE),
            ("給与明細・勤怠記録の受け取り", TaskKind.OTHER),
        ))  # fmt: skip
        if any(t["title"] == title for t in tasks):
            continue
        tasks.append({
            "title": title,
            "kind": kind.value,
            "due_on": draw.iso(due),
            "assignee": assignee,
            "done": closed or (due < today_ord and rnd() < 0.7),
        })  # fmt: skip
    return tasks


def consents(
    draw: DemoDraw,
    case: dict[str, object],
    opened: int,
    end: int,
    employer: str,
    lawyer: str | None,
    ngo: str | None,
    has_employer: bool,
) -> list[dict[str, object]]:
    """Consent to case handling, and perhaps to a referral or company feedback."""
    rnd = draw.rnd
    withdrawn_case = case.get("outcome") == Outcome.WITHDRAWN.value and rnd() < 0.5
    consents: list[dict[str, object]] = [{
        "purpose": ConsentPurpose.CASE_HANDLING.value,
        "recipient": "相談窓口",
        "scope": "相談記録の作成と、相談対応に必要な範囲での利用",
        "method": CONSENT_METHOD.pick(rnd),
        "given_on": draw.iso(opened),
        "withdrawn_on": draw.iso(end) if withdrawn_case else None,
        "note": None,
    }]  # fmt: skip
    recipient = lawyer or ngo
    if recipient and rnd() < 0.85:
        purpose, scope = ConsentPurpose.REFERRAL, "氏名・連絡先・相談内容の要約"
    elif has_employer and rnd() < 0.15:
        purpose, scope = ConsentPurpose.COMPANY_FEEDBACK, "個人が特定されない形での改善要望のみ"
        recipient = employer
    else:
        return consents
    given = opened + int(rnd() * (end - opened + 1))
    withdrawn = None
    if rnd() < 0.1 and given < draw.today_ord:
        withdrawn = draw.iso(given + int(rnd() * (draw.today_ord - given + 1)))
    consents.append({
        "purpose": purpose.value,
        "recipient": recipient,
        "scope": scope,
        "method": CONSENT_METHOD.pick(rnd),
        "given_on": draw.iso(given),
        "withdrawn_on": withdrawn,
        "note": "本人の希望により連絡は通訳同席で行う" if rnd() < 0.3 else None,
    })  # fmt: skip
    return consents

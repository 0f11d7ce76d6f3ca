"""Pull pages fetched one ahead (sync/_client_pages.py): order, errors, stopping early."""

from __future__ import annotations

import json
import threading

import httpx
import pytest

from sync._client_http import Http, SyncUnavailableError
from sync._client_pages import pull_pages


class Pages:
    """A fake server: page N answers cursor "c{N-1}"; ``fail_at`` answers 503 instead."""

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        self.count, self.fail_at = count, fail_at
        self.asked: list[str | None] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        cursor = json.loads(request.content)["cursor"]
        with self.lock:
            self.asked.append(cursor)
        n = 0 if cursor is None else int(cursor[1:]) + 1
        if n == self.fail_at:
            return httpx.Response(503)
        body = {
            "ops": [],
            "grants": [],
            "revoked": [],
            "cursor": f"c{n}",
            "more": n + 1 < self.count,
        }
        return httpx.Response(200, json=body)


def _http(pages: Pages) -> Http:
    return Http("http://sync.test", "token", httpx.MockTransport(pages))


def test_pages_come_in_order_each_asked_once() -> None:
    pages = Pages(5)
    with _http(pages) as http:
        got = [page.cursor for page in pull_pages(http, None, 100)]
    assert got == ["c0", "c1", "c2", "c3", "c4"]
    assert pages.asked == [None, "c0", "c1", "c2", "c3"]


def test_the_next_page_is_asked_for_before_this_one_is_applied() -> None:
    pages = Pages(3)
    with _http(pages) as http:
        stream = pull_pages(http, None, 100)
        next(stream)
        for _ in range(200):  # the prefetch runs on another thread
            if len(pages.asked) == 2:
                break
            threading.Event().wait(0.01)
        assert pages.asked == [None, "c0"]
        stream.close()


def test_a_failed_fetch_is_raised_when_its_page_is_due() -> None:
    pages = Pages(5, fail_at=2)
    applied = []
    with _http(pages) as http, pytest.raises(SyncUnavailableError):
        for page in pull_pages(http, None, 100):
            applied.append(page.cursor)
    assert applied == ["c0", "c1"]  # every page before the failure, none after


def test_stopping_early_leaves_no_fetch_behind() -> None:
    pages = Pages(10)
    with _http(pages) as http:
        for page in pull_pages(http, None, 100):
            if page.cursor == "c1":
                break
    # c1's successor may have been asked for (then waited for and dropped), never more, and
    # no fetching thread is left behind.
    assert pages.asked in ([None, "c0"], [None, "c0", "c1"])
    assert not [t for t in threading.enumerate() if t.name.startswith("madoguchi-pull")]

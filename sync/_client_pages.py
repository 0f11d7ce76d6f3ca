"""Pull pages, fetched one ahead: the next page travels while this one is being applied.

A first pull of a large organisation is two equal halves of work in two processes: the
server reading and encoding pages, the client decrypting and indexing them.  Asking for
page N+1 as soon as page N has arrived (its cursor is all the request needs) lets the two
overlap instead of taking turns.  Pages are still applied strictly in order, each in its
own local transaction; a failed fetch is raised when its page is due, so every earlier
page has been applied, and a page fetched ahead but never applied simply is not applied.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from sync._client_http import Http
from sync.protocol import PullRequest, PullResponse


def pull_pages(
    http: Http, cursor: str | None, limit: int, own_through: int = 0
) -> Iterator[PullResponse]:
    """Every page from ``cursor`` until the server says there is no more, in order
    (without this device's own ops numbered up to ``own_through``: it holds them)."""

    def fetch(at: str | None) -> PullResponse:
        request = PullRequest(cursor=at, limit=limit, own_through=own_through)
        return http.call("POST", "/v1/pull", PullResponse, body=request)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="madoguchi-pull") as pool:
        ahead: Future[PullResponse] | None = pool.submit(fetch, cursor)
        try:
            while ahead is not None:
                page = ahead.result()
                ahead = pool.submit(fetch, page.cursor) if page.more else None
                yield page
        finally:
            # Stopped early (cancelled, or applying failed): the page in flight is not
            # wanted.  Leaving the pool waits for it, so the connection is free again.
            if ahead is not None and not ahead.cancel():
                ahead.exception()  # read and dropped: that page is never applied

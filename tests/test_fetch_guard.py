"""The fetch guard: nothing internal is fetched, checked after DNS, on every hop and feed entry.

127.0.0.1 is the allowed test server (DIGESTBOT_FETCH_ALLOW=127.0.0.1, set for every test);
a server on 127.0.0.2 stands in for an internal host and must never see a request.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.core.errors import InputError
from bot.fetch import fetch_url
from bot.fetch_guard import FetchPolicy, address_refusal, parse_allow
from bot.ingest import ingest
from bot.poller import poll_feeds
from bot.settings import Settings
from bot.store import InMemoryArticleStore
from tests.fixtures.ingest_server import FixtureServer, Route

NOW = datetime(2024, 4, 2, 12, 0, tzinfo=UTC)
ADVICE = "(list it in DIGESTBOT_FETCH_ALLOW to fetch from it)"


@pytest.fixture
def public() -> Iterator[FixtureServer]:
    """The allowed server: a page, and redirects and a feed to fill in per test."""
    with FixtureServer() as server:
        server.routes["/pages/nb"] = Route(server.fixture("ingest_nb_page.html"))
        server.routes["/pages/en"] = Route(server.fixture("ingest_en_page.html"))
        yield server


@pytest.fixture
def internal() -> Iterator[FixtureServer]:
    """A server on 127.0.0.2 with something worth stealing."""
    with FixtureServer(host="127.0.0.2") as server:
        server.routes["/admin"] = Route(server.fixture("ingest_en_page.html"))
        yield server


def _redirect(location: str, status: int = 302) -> Route:
    return Route("", "text/plain", status, headers={"Location": location})


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )


def test_a_direct_url_to_an_internal_address_is_refused(internal: FixtureServer) -> None:
    store = InMemoryArticleStore()
    report = ingest([f"{internal.base}/admin"], store, progress=False)
    assert (report.added, report.failed) == (0, 1)
    assert report.failures[0].reason == f"refused: 127.0.0.2 is a loopback address {ADVICE}"
    assert internal.hits["/admin"] == 0


def test_the_command_line_refuses_with_one_line_and_exit_2(internal: FixtureServer) -> None:
    run = _run("digest", f"{internal.base}/admin", env={"DIGESTBOT_FETCH_ALLOW": "127.0.0.1"})
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr == (
        f"digestbot: {internal.base}/admin: refused: 127.0.0.2 is a loopback address {ADVICE}\n"
    )
    assert internal.hits["/admin"] == 0


@pytest.mark.parametrize("allow", ["127.0.0.2", "127.0.0.0/30", "127.0.0.1, 127.0.0.2/32"])
def test_the_allow_list_opens_addresses_and_ranges(internal: FixtureServer, allow: str) -> None:
    run = _run("digest", f"{internal.base}/admin", env={"DIGESTBOT_FETCH_ALLOW": allow})
    assert run.returncode == 0, run.stderr
    assert "libraries" in run.stdout.lower()
    assert internal.hits["/admin"] == 1


def test_a_name_is_checked_after_resolution(
    public: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = public.base.rsplit(":", 1)[1]
    # localhost resolves to 127.0.0.1 (perhaps ::1 too): loopback, not allowed by 127.0.0.2.
    monkeypatch.setenv("DIGESTBOT_FETCH_ALLOW", "127.0.0.2")
    with pytest.raises(
        InputError, match=r"refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address"
    ):
        fetch_url(f"http://localhost:{port}/pages/nb")
    # The name itself may be allowed; each checked address is tried (::1 has no server).
    monkeypatch.setenv("DIGESTBOT_FETCH_ALLOW", "localhost")
    document = fetch_url(f"http://localhost:{port}/pages/nb")
    assert document is not None and "Havvind" in document.text


def test_the_checked_address_is_the_one_connected_to(
    public: FixtureServer, internal: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A resolver that answers public first and internal next (DNS rebinding) gets one question."""
    answers = ["127.0.0.1", "127.0.0.2"]
    asked: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "news.example":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        address = answers[min(len(asked) - 1, 1)]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    port = public.base.rsplit(":", 1)[1]
    document = fetch_url(f"http://news.example:{port}/pages/nb")
    assert document is not None and "Havvind" in document.text
    assert asked == ["news.example"]
    assert public.headers["/pages/nb"]["host"] == f"news.example:{port}"
    assert sum(internal.hits.values()) == 0


def test_a_redirect_to_an_internal_address_is_refused(
    public: FixtureServer, internal: FixtureServer
) -> None:
    public.routes["/go"] = _redirect(f"{internal.base}/admin")
    public.routes["/go-twice"] = _redirect("/go", 301)
    for path in ("/go", "/go-twice"):
        with pytest.raises(InputError) as caught:
            fetch_url(f"{public.base}{path}")
        assert str(caught.value) == (
            f"{public.base}{path}: redirected to {internal.base}/admin: "
            f"refused: 127.0.0.2 is a loopback address {ADVICE}"
        )
    assert internal.hits["/admin"] == 0


def test_redirects_are_followed_hop_by_hop_within_a_cap(public: FixtureServer) -> None:
    public.routes["/moved"] = _redirect("/pages/nb", 308)
    document = fetch_url(f"{public.base}/moved")
    assert document is not None and document.url == f"{public.base}/pages/nb"
    public.routes["/loop"] = _redirect("/loop")
    with pytest.raises(InputError, match="too many redirects"):
        fetch_url(f"{public.base}/loop")
    assert public.hits["/loop"] == 6  # the first request and five redirects
    public.routes["/file"] = _redirect("file:///etc/passwd")
    with pytest.raises(InputError, match=r"refused: file scheme \(only http and https"):
        fetch_url(f"{public.base}/file")


def _feed(entries: list[str], base: str) -> str:
    items = "".join(
        f"<item><title>Sak {n}</title><link>{link}</link><description>Kort.</description></item>"
        for n, link in enumerate(entries)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{base}/</link>'
        f"{items}</channel></rss>"
    )


def test_feed_entries_pointing_inside_are_refused_and_the_rest_goes_on(
    public: FixtureServer, internal: FixtureServer, caplog: pytest.LogCaptureFixture
) -> None:
    public.routes["/to-inside"] = _redirect(f"{internal.base}/admin")
    harmless = _feed([f"{public.base}/pages/nb"], public.base)
    public.routes["/feed"] = Route(harmless, "application/rss+xml", etag='"1"')
    store = InMemoryArticleStore()
    assert ingest([f"{public.base}/feed"], store, progress=False, now=NOW).added == 1

    # The feed turns hostile after it was added: `serve`'s poll must not follow it inside.
    hostile = [
        f"{internal.base}/admin",
        f"{public.base}/to-inside",
        "http://127.0.0.2:1/other",
        f"{public.base}/pages/en",
    ]
    public.routes["/feed"] = Route(_feed(hostile, public.base), "application/rss+xml", etag='"2"')
    with caplog.at_level(logging.INFO):
        report = poll_feeds(store, NOW + timedelta(hours=1))
    assert (report.added, report.failed) == (1, 3)
    reasons = sorted(failure.reason for failure in report.failures)
    assert reasons == sorted(
        [
            f"refused: 127.0.0.2 is a loopback address {ADVICE}",
            f"redirected to {internal.base}/admin: refused: 127.0.0.2 is a loopback address "
            + ADVICE,
            f"refused: 127.0.0.2 is a loopback address {ADVICE}",
        ]
    )
    assert sum(internal.hits.values()) == 0
    assert {s.article.title for s in store.latest()} >= {"City libraries lend out tools"}
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.ingest"]
    assert sum("refused: 127.0.0.2" in line for line in logged) == 3


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("10.0.0.5", "a private address"),
        ("172.16.3.4", "a private address"),
        ("192.168.1.1", "a private address"),
        ("127.0.0.2", "a loopback address"),
        ("169.254.169.254", "a link-local address"),
        ("224.0.0.251", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("240.0.0.1", "a reserved address"),
        ("100.64.0.1", "not a public address"),
        ("::1", "a loopback address"),
        ("::", "an unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fd00::1", "a private address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:10.0.0.5", "a private address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("64:ff9b::a00:5", "a private address"),
        ("2002:a00:5::1", "a private address"),
        ("93.184.215.14", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_which_addresses_are_internal(address: str, reason: str | None) -> None:
    assert address_refusal(ipaddress.ip_address(address)) == reason


def test_the_allow_list_is_read_strictly() -> None:
    hosts, networks = parse_allow(" 127.0.0.1, 10.0.0.0/8,Intranet.Example., [::1] ,")
    assert hosts == {"intranet.example"}
    assert [str(n) for n in networks] == ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]
    policy = FetchPolicy(allow_hosts=hosts, allow_networks=networks)
    assert policy.allows_address(ipaddress.ip_address("10.2.3.4"))
    assert not policy.allows_address(ipaddress.ip_address("11.0.0.1"))
    with pytest.raises(ValueError, match=r"'10\.0\.0\.0/33' is not a host name, IP address"):
        parse_allow("10.0.0.0/33")
    with pytest.raises(ValueError, match=r"DIGESTBOT_FETCH_ALLOW: 'http://x' is not"):
        Settings.from_env({"DIGESTBOT_FETCH_ALLOW": "http://x"}, dotenv=False)
    run = _run("digest", "http://127.0.0.1:1/x", env={"DIGESTBOT_FETCH_ALLOW": "*.internal"})
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "digestbot: DIGESTBOT_FETCH_ALLOW: '*.internal' is not a host name, IP address "
        "or CIDR range"
    ]

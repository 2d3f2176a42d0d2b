"""What a fetched body becomes: bounded decompression, the right charset, and no garbage text."""

from __future__ import annotations

import gzip
import os
import random
import subprocess
import sys
import zlib
from collections.abc import Iterator

import pytest

from bot.core.errors import InputError
from bot.fetch import decode, fetch_url
from bot.ingest import ingest
from bot.store import InMemoryArticleStore
from tests.fixtures.bombs import gzip_in_gzip, gzip_of_zeros
from tests.fixtures.ingest_server import FixtureServer, Route

# Our own text, in Russian, for "another script read in a Latin charset".
RUSSIAN = (
    "Городской совет решил построить новый мост через реку. Строительство начнётся весной, "
    "а движение по мосту откроют через два года. Жители давно просили об этом. "
) * 4


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as server:
        yield server


def _page(server: FixtureServer) -> str:
    return server.fixture("ingest_nb_page.html")


def _served(server: FixtureServer, route: Route) -> str:
    server.routes["/x"] = route
    return f"{server.base}/x"


def _refusal(url: str) -> str:
    with pytest.raises(InputError) as caught:
        fetch_url(url)
    return str(caught.value).removeprefix(f"{url}: ")


# Content encodings.


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw, as some servers send
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
        ("deflate, gzip", lambda data: gzip.compress(zlib.compress(data))),
        ("identity", lambda data: data),
    ],
)
def test_every_content_encoding_is_read(
    server: FixtureServer, encoding: str, compress: object
) -> None:
    assert callable(compress)
    raw = compress(_page(server).encode("utf-8"))
    url = _served(server, Route(raw=raw, headers={"Content-Encoding": encoding}))
    document = fetch_url(url)
    assert document is not None and "Havvind i Nordsjøen" in document.text


def test_a_bomb_inside_a_bomb_is_refused(server: FixtureServer) -> None:
    bomb = gzip_in_gzip(1024)  # 1 GB of zeros inside a gzip inside a gzip
    assert len(bomb) < 10_000
    url = _served(server, Route(raw=bomb, headers={"Content-Encoding": "gzip, gzip"}))
    assert _refusal(url) == "the page once decompressed is larger than 10 MB"
    store = InMemoryArticleStore()
    report = ingest([url], store, progress=False)
    assert [f.reason for f in report.failures] == [
        "the page once decompressed is larger than 10 MB"
    ]


def test_a_plain_bomb_and_a_long_download_are_refused(server: FixtureServer) -> None:
    url = _served(server, Route(raw=gzip_of_zeros(64), headers={"Content-Encoding": "gzip"}))
    assert _refusal(url) == "the page once decompressed is larger than 10 MB"
    url = _served(server, Route(raw=b"a" * (10 * 1024 * 1024 + 1), content_type="text/plain"))
    assert _refusal(url) == "the download is larger than 10 MB"


def test_unknown_and_corrupt_encodings_are_refused(server: FixtureServer) -> None:
    url = _served(server, Route(raw=b"\x1b\x00", headers={"Content-Encoding": "br"}))
    assert _refusal(url) == "uses the content encoding 'br', which is not supported"
    url = _served(server, Route(raw=b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    assert _refusal(url) == "its gzip data is corrupt"
    server.routes["/x"] = Route(_page(server))
    fetch_url(url)
    assert server.headers["/x"]["accept-encoding"] == "gzip, deflate"


# Charsets and text that is not language.


def test_a_latin1_norwegian_page_is_read(server: FixtureServer) -> None:
    page = _page(server).replace('<meta charset="utf-8">', "")
    url = _served(
        server, Route(raw=page.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    )
    document = fetch_url(url)
    assert document is not None and "Havvind i Nordsjøen" in document.text
    assert "ø" in document.text and "å" in document.text
    store = InMemoryArticleStore()
    assert ingest([url], store, progress=False).added == 1
    assert store.latest()[0].article.title == "Havvind i Nordsjøen"


def test_a_latin1_page_named_only_in_its_meta_tag_is_read(server: FixtureServer) -> None:
    page = _page(server).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    url = _served(server, Route(raw=page.encode("latin-1"), content_type="text/html"))
    document = fetch_url(url)
    assert document is not None and "Havvind i Nordsjøen" in document.text


def test_utf8_bytes_declared_latin1_are_read_as_utf8(server: FixtureServer) -> None:
    url = _served(
        server,
        Route(raw=_page(server).encode("utf-8"), content_type="text/html; charset=iso-8859-1"),
    )
    document = fetch_url(url)
    assert document is not None and "Havvind i Nordsjøen" in document.text
    assert "Ã" not in document.text


def _random_text_bytes(size: int) -> bytes:
    noise = random.Random(9).randbytes(size)
    return noise.replace(b"\x00", b"")  # no NUL: not caught as "binary" before the charset


def test_random_bytes_declared_as_latin1_text_are_refused(server: FixtureServer) -> None:
    url = _served(
        server, Route(raw=_random_text_bytes(3000), content_type="text/html; charset=iso-8859-1")
    )
    reason = _refusal(url)
    assert reason.startswith("is not readable text as iso-8859-1 (")
    assert reason.endswith("control or replacement characters: random bytes, not text)")


def test_another_script_declared_latin1_is_refused(server: FixtureServer) -> None:
    body = f"<html><body><article><p>{RUSSIAN}</p></article></body></html>"
    url = _served(
        server, Route(raw=body.encode("cp1251"), content_type="text/html; charset=iso-8859-1")
    )
    assert _refusal(url) == (
        "is not readable text as iso-8859-1 "
        "(its letters are another script read in a Latin charset (mojibake))"
    )


def test_text_that_was_already_mojibake_is_refused(server: FixtureServer) -> None:
    garbled = _page(server).encode("utf-8").decode("latin-1")  # Ã¸ for ø, and so on
    url = _served(server, Route(garbled, "text/html; charset=utf-8"))
    assert _refusal(url) == "is not readable text (UTF-8 read in a one-byte charset (mojibake))"


def test_real_text_in_other_scripts_and_charsets_passes() -> None:
    assert decode(RUSSIAN.encode("cp1251"), source="s", charset="windows-1251") == RUSSIAN
    assert decode(RUSSIAN.encode("utf-8"), source="s") == RUSSIAN
    french = "Le conseil a décidé de construire un pont. Les travaux commenceront à l'été. " * 5
    assert decode(french.encode("latin-1"), source="s", charset="latin-1") == french
    assert decode(b"Tab\tand\fform feed.", source="s") == "Tab\tand\fform feed."


def test_the_command_line_exits_2_with_the_reason(server: FixtureServer) -> None:
    url = _served(
        server, Route(raw=_random_text_bytes(3000), content_type="text/plain; charset=latin1")
    )
    run = subprocess.run(
        [sys.executable, "-m", "bot", "digest", url],
        capture_output=True,
        text=True,
        env={**os.environ, "DIGESTBOT_FETCH_ALLOW": "127.0.0.1"},
        timeout=60,
    )
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"digestbot: {url}: is not readable text")
    assert run.stdout == ""


def test_a_text_a_copy_lost_a_few_characters_of_is_read_and_random_bytes_are_not() -> None:
    from bot.fetch_body import garbage

    # (a pound sign lost in every figure: «\ufffd4.50»; a real story, not random bytes)
    story = (
        "Workers over 21 can expect to earn at least \ufffd4.50 an hour, a rise of 30p. "
        "The youth rate rises from \ufffd3.60 to \ufffd3.80 an hour, and ministers say more "
        "increases are on the way despite complaints from some employers. "
    ) * 4
    assert garbage(story, one_byte=False) is None
    controls = "".join(chr(c) for c in range(1, 9)) * 20
    assert garbage(story + controls, one_byte=False) is not None
    assert garbage("\ufffd" * 200 + story, one_byte=False) is not None

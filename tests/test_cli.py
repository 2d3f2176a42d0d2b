"""`digestbot digest|ask|topics` as a user runs them: formats, batches, bad input, URLs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.core_invariants import bullet_problems, command_problems

FIXTURES = Path(__file__).parent / "fixtures"
SEED = str(FIXTURES / "seed_nato.txt")
ENGLISH = str(FIXTURES / "core_english.txt")
PAGE = FIXTURES / "core_page.html"


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def digestbot(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Run:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "NO_PROXY": "127.0.0.1,localhost", **(env or {})},
        timeout=60,
    )
    return Run(
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8", errors="replace"),
    )


def assert_one_clean_error_line(run: Run) -> None:
    assert run.status == 2
    assert "Traceback" not in run.stdout + run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("digestbot"), run.stderr


# digest


def test_digest_prints_sections_bullets_and_topics_as_text() -> None:
    run = digestbot("digest", SEED)
    assert run.status == 0 and run.stderr == ""
    lines = run.stdout.splitlines()
    # No title of its own: the file's name, then a reader's date in the article's language
    assert lines[:2] == [Path(SEED).name, "oktober 2022"]
    assert "Stoltenberg: Vi tar atomtrusselen på alvor" in lines
    assert "Nato-sjefen om russisk atomøvelse: Vi overvåker nøye" in lines
    bullets = [line[2:] for line in lines if line.startswith("• ")]
    assert 3 <= len(bullets) <= 9
    assert all(bullet_problems(b) == [] for b in bullets)
    topics = lines[-1].split()
    assert topics[0] == "Topics:" and {"/atom", "/ovelse"} <= set(topics)


def check_digest_json(value: Any, source: str) -> None:
    """The JSON shape of the interface page, key by key and type by type."""
    assert isinstance(value, dict)
    assert list(value) == ["source", "title", "language", "date", "sections", "topics"]
    assert value["source"] == source
    assert value["title"] is None or isinstance(value["title"], str)
    assert value["language"] in ("nb", "nn", "en")
    assert value["date"] is None or isinstance(value["date"], str)
    assert isinstance(value["sections"], list) and value["sections"]
    for section in value["sections"]:
        assert list(section) == ["heading", "bullets", "topics"]
        assert section["heading"] is None or isinstance(section["heading"], str)
        assert section["bullets"] and all(isinstance(b, str) for b in section["bullets"])
        assert all(isinstance(t, str) for t in section["topics"])
    assert isinstance(value["topics"], list)
    for topic in value["topics"]:
        assert list(topic) == ["command", "label", "sections"]
        assert isinstance(topic["command"], str) and isinstance(topic["label"], str)
        assert topic["sections"] and all(
            type(i) is int and 0 <= i < len(value["sections"]) for i in topic["sections"]
        )
    assert command_problems([t["command"] for t in value["topics"]]) == []


def test_digest_json_has_the_interface_shape() -> None:
    run = digestbot("digest", SEED, "--format", "json")
    assert run.status == 0
    value = run.json()
    check_digest_json(value, SEED)
    assert (value["title"], value["language"], value["date"]) == (None, "nb", "2022-10")
    assert value["sections"][0]["heading"] is None
    commands = {t["command"]: t["sections"] for t in value["topics"]}
    assert 1 in commands["atom"] and 2 in commands["ovelse"]


def test_jsonl_writes_one_object_a_line_in_order() -> None:
    markdown = str(FIXTURES / "core_markdown.md")
    run = digestbot("digest", SEED, ENGLISH, markdown, "--format", "jsonl")
    assert run.status == 0
    lines = run.stdout.splitlines()
    assert len(lines) == 3
    for line, source in zip(lines, [SEED, ENGLISH, markdown], strict=True):
        check_digest_json(json.loads(line), source)
    assert json.loads(lines[1])["language"] == "en"


def test_max_words_caps_the_whole_digest() -> None:
    value = digestbot("digest", SEED, "--format", "json", "--max-words", "25").json()
    assert sum(len(b.split()) for s in value["sections"] for b in s["bullets"]) <= 25
    assert value["sections"][0]["heading"] is None


def test_a_bad_source_in_a_batch_gets_its_line_and_the_others_still_print(
    tmp_path: Path,
) -> None:
    missing = str(tmp_path / "missing.txt")
    run = digestbot("digest", SEED, missing, ENGLISH, "--format", "jsonl")
    assert run.status == 2
    assert [json.loads(line)["source"] for line in run.stdout.splitlines()] == [SEED, ENGLISH]
    assert run.stderr == f"digestbot: {missing}: no such file\n"


def test_stdin_is_read_for_a_dash() -> None:
    run = digestbot("digest", "-", "--format", "json", stdin=Path(SEED).read_bytes())
    assert run.status == 0
    value = run.json()
    check_digest_json(value, "-")
    assert value["date"] == "2022-10"


def test_lang_forces_the_language() -> None:
    assert digestbot("digest", SEED, "--format", "json", "--lang", "nn").json()["language"] == "nn"


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("bad")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "huge.txt").write_bytes(b"Dette er en setning om Nato. " * 370_000)
    (folder / "latin1.txt").write_bytes("Dette er norsk tekst på latin-1: æøå.".encode("latin-1"))
    (folder / "nobody.html").write_text("<html><head><title>Tom</title></head></html>")
    (folder / "headings.md").write_text("# \n\n## \n")
    f = str(folder)
    return {
        "missing file": ["digest", f"{f}/missing.txt"],
        "empty file": ["digest", f"{f}/empty.txt"],
        "binary file": ["digest", f"{f}/binary.txt"],
        "10 MB file": ["digest", f"{f}/huge.txt"],
        "not UTF-8": ["digest", f"{f}/latin1.txt"],
        "HTML without body": ["digest", f"{f}/nobody.html"],
        "empty headings": ["digest", f"{f}/headings.md"],
        "a folder": ["digest", f],
        "unknown option": ["digest", SEED, "--bogus"],
        "unknown format": ["digest", SEED, "--format", "pdf"],
        "bad max words": ["digest", SEED, "--max-words", "0"],
        "no source": ["digest"],
        "ask a missing file": ["ask", f"{f}/missing.txt", "atom"],
        "topics of an empty file": ["topics", f"{f}/empty.txt"],
        "unknown command": ["summarize", SEED],
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing file",
        "empty file",
        "binary file",
        "10 MB file",
        "not UTF-8",
        "HTML without body",
        "empty headings",
        "a folder",
        "unknown option",
        "unknown format",
        "bad max words",
        "no source",
        "ask a missing file",
        "topics of an empty file",
        "unknown command",
    ],
)
def test_bad_input_is_one_line_on_stderr_and_status_2(
    bad_inputs: dict[str, list[str]], case: str
) -> None:
    run = digestbot(*bad_inputs[case])
    assert_one_clean_error_line(run)
    assert run.stdout == ""


# ask and topics


def test_ask_prints_the_excerpt_with_its_heading() -> None:
    run = digestbot("ask", SEED, "/atom")
    assert run.status == 0
    blocks = run.stdout.strip().split("\n\n")
    assert blocks[0].splitlines()[0] == "Stoltenberg: Vi tar atomtrusselen på alvor"
    assert any("atomkrig" in line for line in blocks[0].splitlines())


@pytest.mark.parametrize("query", ["ovelse", "/ovelse", "øvelse", "oevelse"])
def test_ask_json_has_the_interface_shape(query: str) -> None:
    run = digestbot("ask", SEED, query, "--format", "json")
    assert run.status == 0
    value = run.json()
    assert list(value) == ["query", "matches"]
    assert value["query"] == query.lstrip("/")
    assert value["matches"]
    for match in value["matches"]:
        assert list(match) == ["heading", "sentences"]
        assert all(isinstance(s, str) for s in match["sentences"]) and match["sentences"]
    assert value["matches"][0]["heading"] == "Nato-sjefen om russisk atomøvelse: Vi overvåker nøye"
    assert any("militærøvelser" in s for s in value["matches"][0]["sentences"])


def test_ask_several_words() -> None:
    run = digestbot("ask", SEED, "atom", "øvelse", "--format", "json")
    assert run.status == 0 and len(run.json()["matches"]) == 2


def test_ask_without_a_match_exits_1_and_lists_the_topics() -> None:
    run = digestbot("ask", SEED, "fotball")
    assert run.status == 1
    assert "fotball" in run.stdout
    assert "/atom" in run.stdout and "/ovelse" in run.stdout
    as_json = digestbot("ask", SEED, "fotball", "--format", "json")
    assert as_json.status == 1
    assert as_json.json() == {"query": "fotball", "matches": []}
    assert "/atom" in as_json.stderr and "Traceback" not in as_json.stderr


def test_topics_as_text_and_json() -> None:
    text = digestbot("topics", SEED)
    assert text.status == 0
    rows = [line.split("\t") for line in text.stdout.splitlines()]
    by_command = {row[0]: row for row in rows}
    assert by_command["/atom"][2].startswith("Stoltenberg: Vi tar atomtrusselen på alvor")
    as_json = digestbot("topics", SEED, "--format", "json").json()
    assert [list(t) for t in as_json] == [["command", "label", "sections"]] * len(as_json)
    assert [f"/{t['command']}" for t in as_json] == [row[0] for row in rows]


# URLs


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(15)  # far beyond the 0.5 s timeout and any process start on a busy machine
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        if self.path == "/image.png":
            self._send(b"\x89PNG\r\n", "image/png")
            return
        self._send(PAGE.read_bytes(), "text/html; charset=utf-8")

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_fetched_and_digested(server: str) -> None:
    url = f"{server}/nyheter/strom"
    run = digestbot("digest", url, "--format", "json")
    assert run.status == 0, run.stderr
    value = run.json()
    check_digest_json(value, url)
    assert value["title"] == "Strømprisen stiger igjen i vinter"
    assert [s["heading"] for s in value["sections"]][1:] == [
        "Magasinene er halvfulle",
        "Strømstøtten videreføres",
    ]


def test_a_missing_page_is_a_clean_error(server: str) -> None:
    run = digestbot("digest", f"{server}/missing")
    assert_one_clean_error_line(run)
    assert "404" in run.stderr


def test_a_picture_is_not_an_article(server: str) -> None:
    run = digestbot("digest", f"{server}/image.png")
    assert_one_clean_error_line(run)
    assert "image/png" in run.stderr


def test_a_slow_page_times_out_and_the_batch_goes_on(server: str) -> None:
    start = time.monotonic()
    slow = f"{server}/slow"
    run = digestbot(
        "digest", slow, SEED, "--format", "jsonl", env={"DIGESTBOT_FETCH_TIMEOUT": "0.5"}
    )
    assert time.monotonic() - start < 10  # the page's 15 s were not waited for
    assert run.status == 2
    assert run.stderr == f"digestbot: {server}/slow: timed out after 0.5 s\n"
    assert [json.loads(line)["source"] for line in run.stdout.splitlines()] == [SEED]


def test_a_digest_with_no_bullet_says_why(tmp_path: Path) -> None:
    # An interview whose interviewee the text never names: its answers are nobody's.
    source = tmp_path / "intervju.txt"
    source.write_text(
        "– Hva gjør du i sommer?\n\n"
        "– Jeg skal være på hytta med familien og padle mye i juli.\n\n"
        "– Hva savner du mest?\n\n"
        "– Jeg savner konserter og å reise utenlands uten karantene.\n",
        encoding="utf-8",
    )
    run = digestbot("digest", str(source))
    assert run.status == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "intervju.txt" and lines[1] == ""  # no empty source line
    assert "No bullets: every sentence is a question" in run.stdout


@pytest.mark.parametrize(
    ("lang", "date_line"), [("nn", "mars 2024"), ("en", "March 2024"), ("nb", "mars 2024")]
)
def test_the_text_digest_dates_the_article_in_its_own_language(
    tmp_path: Path, lang: str, date_line: str
) -> None:
    article = tmp_path / "ferje.txt"
    article.write_text(
        "date 2024-03\n\nFerja over fjorden går igjen etter at motoren var reparert i helga.\n",
        encoding="utf-8",
    )
    run = digestbot("digest", str(article), "--lang", lang)
    assert run.status == 0, run.stderr
    assert run.stdout.splitlines()[:2] == ["ferje.txt", date_line]

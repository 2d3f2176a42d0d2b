"""The command line as a newcomer meets it: --version, help for everything, feeds given to
`digest`, and `ingest`'s exit status when a source fails."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from bot.cli_parser import build_parser
from tests.fixtures.ingest_server import FixtureServer, Route

ROOT = Path(__file__).resolve().parent.parent


def digestbot(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_PROXY": "127.0.0.1,localhost", **(env or {})},
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as server:
        server.routes.update(
            {
                "/feeds/atom": Route(server.fixture("ingest_atom.xml"), "application/atom+xml"),
                "/pages/md": Route(server.fixture("ingest_en_article.md"), "text/markdown"),
            }
        )
        yield server


def test_version_names_the_installed_release() -> None:
    result = digestbot("--version")
    assert result.returncode == 0
    assert result.stdout == f"digestbot {version('digestbot')}\n"
    assert re.fullmatch(r"digestbot \d+\.\d+\.\d+\n", result.stdout)


def _actions(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions if choice.help}
            for name, sub in action.choices.items():
                if name not in helped:
                    yield f"{path} {name}", action
                yield from _actions(sub, f"{path} {name}")
        else:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action


def test_every_command_and_option_has_help_text() -> None:
    walked = list(_actions(build_parser(), "digestbot"))
    assert len(walked) > 30  # the walk reaches into every subcommand
    missing = [name for name, action in walked if not action.help]
    assert missing == []


def test_subcommand_help_shows_what_each_option_does() -> None:
    result = digestbot("ingest", "--help")
    assert result.returncode == 0
    assert "exit 1 when a source failed" in result.stdout
    assert "RSS/Atom feed" in result.stdout


def test_digest_of_a_feed_url_digests_its_entries(server: FixtureServer) -> None:
    feed = f"{server.base}/feeds/atom"
    result = digestbot("digest", feed, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    digests = [json.loads(line) for line in result.stdout.splitlines()]
    # Each entry is a source of the batch, newest first; the teaser is read from its link.
    titles = [d["title"] for d in digests]
    assert titles == ["Town opens a seed library", "Night trains return to the north"]
    assert [d["source"] for d in digests] == [
        f"{server.base}/news/seed-library/",
        f"{server.base}/pages/md",
    ]
    assert digests[0]["date"] == "2024-04-01"
    assert all(d["sections"] and d["sections"][0]["bullets"] for d in digests)
    assert "<feed" not in result.stdout and "<entry" not in result.stdout

    text = digestbot("digest", feed)
    assert text.returncode == 0
    assert "Town opens a seed library" in text.stdout and "<?xml" not in text.stdout


def test_a_feed_entry_that_fails_is_one_line_and_the_others_still_print(
    server: FixtureServer,
) -> None:
    del server.routes["/pages/md"]  # the teaser's article is gone
    result = digestbot("digest", f"{server.base}/feeds/atom")
    assert result.returncode == 2
    assert "Town opens a seed library" in result.stdout
    assert (
        result.stderr == f"digestbot: {server.base}/pages/md: the server answered 404 Not Found\n"
    )


def test_ask_and_topics_on_a_feed_point_to_digest_and_ingest(server: FixtureServer) -> None:
    feed = f"{server.base}/feeds/atom"
    for args in (("ask", feed, "seed"), ("topics", feed)):
        result = digestbot(*args)
        assert result.returncode == 2
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert "is an RSS or Atom feed" in line
        assert f"digestbot digest {feed}" in line and f"digestbot ingest {feed}" in line


def test_ingest_exits_1_with_a_summary_when_a_source_failed(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3", "HOME": str(tmp_path)}
    missing = str(tmp_path / "missing.txt")
    sample = str(ROOT / "examples" / "atomovelse-nato.txt")
    partly = digestbot("ingest", sample, missing, env=env)
    assert partly.returncode == 1
    assert partly.stdout == "added 1, unchanged 0, failed 1\n"
    assert partly.stderr.splitlines() == [
        f"digestbot: {missing}: no such file",
        "digestbot: ingest incomplete: added 1, unchanged 0, failed 1",
    ]
    whole = digestbot("ingest", sample, env=env)
    assert (whole.returncode, whole.stdout, whole.stderr) == (
        0,
        "added 0, unchanged 1, failed 0\n",
        "",
    )
    nothing = digestbot("ingest", missing, env=env)
    assert nothing.returncode == 2
    assert (
        nothing.stderr.splitlines()[-1]
        == "digestbot: ingest failed: added 0, unchanged 0, failed 1"
    )

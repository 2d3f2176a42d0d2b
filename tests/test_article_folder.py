"""DIGESTBOT_ARTICLES is read again when its files change: at start, and every minute in
`serve`, whatever the database already holds."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest

from bot.bootstrap import Application, build_app, build_scheduler
from bot.platforms.console.listener import answer
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
NATO = ROOT / "examples" / "atomovelse-nato.txt"
POWER = ROOT / "examples" / "strompris-vinter.txt"

LIGHTHOUSE = """date 2026-09
Fyrvokteren på Skarvholmen går av med pensjon

Etter 31 år på Skarvholmen fyr låser fyrvokter Arne Sæbø døren for siste gang. Fyret blir
automatisert, og ingen skal bo på holmen etter ham.

Livet på holmen

Sæbø har passet lykta gjennom stormer og lange vintre. Fyrlykta måtte pusses hver uke, og
han førte logg over vær, skip og fugler hver eneste dag i alle år.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(NATO, articles / NATO.name)
    return articles


@pytest.fixture
def settings(sqlite_url: str, folder: Path) -> Settings:
    return Settings(database_url=sqlite_url, articles=str(folder))


def count(app: Application) -> int:
    return app.store.count()


def test_new_and_changed_files_are_read_at_start_though_the_database_has_articles(
    settings: Settings, folder: Path
) -> None:
    app = build_app(settings)
    assert count(app) == 1
    app.close()

    (folder / "fyr.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    app = build_app(settings)
    try:
        assert count(app) == 2
        assert "Fyrvokteren på Skarvholmen" in answer(app.chat, "/digest")
    finally:
        app.close()

    # Unchanged files are not read again; a changed one is, and its new text replaces the
    # old (one file, one article); a removed one keeps its article.
    changed = (folder / "fyr.txt").read_text(encoding="utf-8").replace("31 år", "32 år")
    (folder / "fyr.txt").write_text(changed, encoding="utf-8")
    (folder / NATO.name).unlink()
    app = build_app(settings)
    try:
        assert count(app) == 2
        assert app.folder is not None and app.folder.changed() == []
        assert "Atomtrusselen fra Russland" in answer(app.chat, "/atom")
        digest = answer(app.chat, "/digest")
        assert "32 år" in digest and "31 år" not in digest
        assert digest.count("Fyrvokteren på Skarvholmen") == 1
    finally:
        app.close()


def test_an_edited_file_replaces_its_article_while_serve_runs(
    settings: Settings, folder: Path
) -> None:
    (folder / "fyr.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    app = build_app(settings)

    async def scheduler_minute() -> None:
        await build_scheduler(app, []).poll()

    try:
        assert "31 år" in answer(app.chat, "/digest")
        edited = LIGHTHOUSE.replace("31 år", "33 år")
        (folder / "fyr.txt").write_text(edited + "\n", encoding="utf-8")
        asyncio.run(scheduler_minute())
        digest = answer(app.chat, "/digest")
        assert count(app) == 2
        assert "33 år" in digest and "31 år" not in digest
        assert digest.count("Fyrvokteren på Skarvholmen") == 1
    finally:
        app.close()


def test_serve_reads_a_file_added_while_it_runs(settings: Settings, folder: Path) -> None:
    app = build_app(settings)

    async def scheduler_minute() -> None:
        # The scheduler's minute job: the folder is checked before the feeds are polled.
        scheduler = build_scheduler(app, [])
        await scheduler.poll()

    try:
        assert "/strom" not in answer(app.chat, "/topics")
        asyncio.run(scheduler_minute())
        assert count(app) == 1  # nothing changed: nothing read

        shutil.copy(POWER, folder / POWER.name)
        asyncio.run(scheduler_minute())
        assert count(app) == 2
        assert "/strom" in answer(app.chat, "/topics")
    finally:
        app.close()


def test_a_file_that_cannot_be_read_is_tried_again_only_when_it_changes(
    settings: Settings, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    empty = folder / "tom.txt"
    empty.write_text("", encoding="utf-8")
    app = build_app(settings)
    try:
        assert count(app) == 1
        assert any("tom.txt" in r.getMessage() for r in caplog.records)
        assert app.folder is not None
        assert app.folder.changed() == []  # not read again each minute
        empty.write_text(LIGHTHOUSE, encoding="utf-8")
        stamp = empty.stat().st_mtime_ns + 1_000_000_000
        os.utime(empty, ns=(stamp, stamp))  # a later time even on a coarse clock
        assert [Path(name).name for name, _ in app.folder.changed()] == ["tom.txt"]
        app.folder.read_changed()
        assert count(app) == 2
    finally:
        app.close()

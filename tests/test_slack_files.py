"""OPML files on Slack: shared in a channel or DM to import, `/digest sources opml` as a file.

The real slack_bolt takes signed events, the real slack_sdk downloads and uploads against the
fake Slack (tests/fakes/slack_files.py), and a real SQLite store keeps each chat's sources.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.bootstrap import Application, build_app
from bot.settings import Settings
from bot.sources.model import Scope
from bot.sources.opml import MAX_OPML_BYTES, parse_opml
from tests.fakes.slack_files import SlackFile
from tests.fakes.slack_server import BOT_USER_ID, FakeSlack, Message, User
from tests.test_slack import TOKEN, Harness, start_harness, stop_harness

ADMIN, MEMBER = "U0ADMIN", "U0MEMBER"
FEEDS = [
    "https://coast.example.org/lighthouse.rss",
    "https://ice.example.org/glacier.rss",
    "https://harbour.example.org/feed.xml",
]
PEER_OPML = f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Our feeds</title></head>
  <body>
    <outline text="Coast">
      <outline type="rss" text="Lighthouse society" xmlUrl="{FEEDS[0]}"/>
      <outline type="rss" text="Glacier news" xmlUrl="{FEEDS[1]}"/>
    </outline>
    <outline type="rss" text="Harbour" xmlUrl="{FEEDS[2]}"/>
  </body>
</opml>
""".encode()
OTHER_XML = b'<?xml version="1.0"?><config><port>8080</port></config>'


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack(
        token=TOKEN,
        users={ADMIN: User(ADMIN, is_admin=True), MEMBER: User(MEMBER)},
        dead_channels={"C0ARCHIVED": "is_archived"},
    )
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def app(sqlite_url: str, tmp_path: Path) -> Iterator[Application]:
    articles = tmp_path / "articles"
    articles.mkdir()
    app = build_app(Settings(database_url=sqlite_url, articles=str(articles), language="en"))
    yield app
    app.close()


@pytest.fixture
async def bot(fake: FakeSlack, app: Application) -> AsyncIterator[Harness]:
    harness = await start_harness(fake, app.chat)
    yield harness
    await stop_harness(harness)


async def share(
    bot: Harness,
    file: SlackFile,
    *,
    channel: str,
    user: str,
    text: str = "",
    mention: bool = False,
    stub: bool = False,
) -> str:
    """Share a file in a message, as Slack tells the bot: `message` with subtype `file_share`,
    and `app_mention` too when the message mentions the bot. Return the message's ts."""
    ts = f"{1700100000 + next(bot.ids)}.000300"
    files = [file.stub() if stub else bot.fake.files.event_file(file)]
    if mention:
        text = f"<@{BOT_USER_ID}> {text}".strip()
    common: dict[str, Any] = {"user": user, "text": text, "files": files, "ts": ts}
    common |= {"channel": channel, "event_ts": ts}
    kind = "im" if channel.startswith("D") else "channel"
    message = {"type": "message", "subtype": "file_share", "channel_type": kind, **common}
    assert await bot.event(message | {"upload": False, "display_as_bot": False}) == 200
    if mention:
        assert await bot.event({"type": "app_mention", **common}) == 200
    return ts


def sources_of(app: Application, channel: str) -> list[str]:
    assert app.sources is not None
    return [s.location for s in app.sources.book.listing(Scope("slack", channel, ""))]


async def one_answer(bot: Harness, channel: str, count: int = 1) -> Message:
    await bot.fake.wait_for(lambda: len(bot.fake.in_channel(channel)) >= count)
    await bot.fake.settle()
    messages = bot.fake.in_channel(channel)
    assert len(messages) == count, messages
    return messages[-1]


# --- the round trip ------------------------------------------------------------------------


async def test_an_opml_file_goes_from_one_channel_to_another_and_back(
    bot: Harness, app: Application
) -> None:
    files = bot.fake.files
    peer = files.add("feeds.opml", PEER_OPML, user=ADMIN)
    ts = await share(bot, peer, channel="C0ONE", user=ADMIN)
    imported = await one_answer(bot, "C0ONE")
    assert "Imported 3 sources" in imported.block_text
    assert imported.thread_ts == ts and imported.user is None  # in the thread, for all to see
    assert sources_of(app, "C0ONE") == FEEDS

    # Anyone may ask for the list; it comes as a real file in the channel, caption beside it.
    await bot.slash("sources opml", channel="C0ONE", user=MEMBER)
    await bot.fake.wait_for(lambda: bool(files.uploads))
    [upload] = files.uploads
    assert (upload.channel, upload.thread_ts) == ("C0ONE", None)
    assert upload.file.name == "sources.opml" and upload.file.title == "sources.opml"
    assert upload.initial_comment == "This chat's 3 sources as OPML."
    assert [o.url for o in parse_opml(upload.file.content)] == FEEDS
    await bot.fake.settle()
    assert len(bot.fake.messages) == 1  # no code block beside the file

    # That file shared in another channel: a member may not import it, an admin may.
    await share(bot, upload.file, channel="C0TWO", user=MEMBER)
    refused = await one_answer(bot, "C0TWO")
    assert "Only administrators" in refused.block_text and refused.user == MEMBER
    assert sources_of(app, "C0TWO") == []
    # Shared with a mention, Slack tells the bot twice (message and app_mention): one answer.
    await share(bot, upload.file, channel="C0TWO", user=ADMIN, text="our feeds", mention=True)
    accepted = await one_answer(bot, "C0TWO", 2)
    assert "Imported 3 sources" in accepted.block_text
    assert sources_of(app, "C0TWO") == FEEDS

    # Asked in a mention, the export goes into the mention's thread.
    assert await bot.mention("sources opml", channel="C0TWO", ts="1700200000.000100") == 200
    await bot.fake.wait_for(lambda: len(files.uploads) == 2)
    again = files.uploads[1]
    assert (again.channel, again.thread_ts) == ("C0TWO", "1700200000.000100")
    assert [o.url for o in parse_opml(again.file.content)] == FEEDS


async def test_a_file_shared_in_a_dm_is_imported_even_when_the_event_names_only_its_id(
    bot: Harness, app: Application
) -> None:
    peer = bot.fake.files.add("subscriptions.xml", PEER_OPML, user=MEMBER)
    await share(bot, peer, channel="D0MEMBER", user=MEMBER, stub=True)
    imported = await one_answer(bot, "D0MEMBER")
    assert "Imported 3 sources" in imported.block_text and imported.thread_ts is None
    assert ("files.info", 200) in bot.fake.calls
    assert sources_of(app, "D0MEMBER") == FEEDS
    await bot.dm("sources opml")
    await bot.fake.wait_for(lambda: bool(bot.fake.files.uploads))
    [upload] = bot.fake.files.uploads
    assert upload.channel == "D0MEMBER"
    assert [o.url for o in parse_opml(upload.file.content)] == FEEDS


# --- what cannot be imported ---------------------------------------------------------------


async def test_files_that_cannot_be_imported_get_a_clear_answer(bot: Harness) -> None:
    files = bot.fake.files
    big = files.add("big.opml", b"<opml>" + b" " * MAX_OPML_BYTES + b"</opml>", user=MEMBER)
    await share(bot, big, channel="D0MEMBER", user=MEMBER)
    answer = await one_answer(bot, "D0MEMBER")
    assert "larger than 1024 KB: too big to import" in answer.block_text
    assert files.downloads == []  # its size said so: not downloaded at all

    # A file whose size Slack understates is cut off at the cap all the same.
    liar = files.add("liar.opml", big.content, user=MEMBER, declared_size=2000)
    await share(bot, liar, channel="D0MEMBER", user=MEMBER)
    answer = await one_answer(bot, "D0MEMBER", 2)
    assert "too big to import" in answer.block_text

    broken = files.add("broken.opml", b"this is not xml", user=MEMBER)
    await share(bot, broken, channel="D0MEMBER", user=MEMBER)
    answer = await one_answer(bot, "D0MEMBER", 3)
    assert "I could not read that file" in answer.block_text

    photo = files.add("harbour.png", b"\x89PNG\r\n", user=MEMBER, mimetype="image/png")
    await share(bot, photo, channel="D0MEMBER", user=MEMBER, text="here you go")
    answer = await one_answer(bot, "D0MEMBER", 4)
    assert "harbour.png is not an OPML file: send a .opml or .xml file" in answer.block_text

    # In the chat's own language.
    await bot.dm("language nb")
    await one_answer(bot, "D0MEMBER", 5)
    await share(bot, photo, channel="D0MEMBER", user=MEMBER)
    answer = await one_answer(bot, "D0MEMBER", 6)
    assert "harbour.png er ikke en OPML-fil" in answer.block_text


async def test_other_files_in_a_channel_pass_in_silence_unless_the_bot_is_addressed(
    bot: Harness, app: Application
) -> None:
    files = bot.fake.files
    photo = files.add("harbour.png", b"\x89PNG\r\n", user=MEMBER, mimetype="image/png")
    config = files.add("server.xml", OTHER_XML, user=ADMIN)
    await share(bot, photo, channel="C0NEWS", user=MEMBER)
    await share(bot, config, channel="C0NEWS", user=ADMIN)
    await bot.fake.settle(0.5)
    assert bot.fake.messages == []
    # Addressed, the bot says why, to the one who shared it.
    await share(bot, photo, channel="C0NEWS", user=MEMBER, mention=True)
    answer = await one_answer(bot, "C0NEWS")
    assert "harbour.png is not an OPML file" in answer.block_text and answer.user == MEMBER
    # An OPML file that is really OPML, named .xml, is taken without a mention.
    feeds = files.add("feeds.xml", PEER_OPML, user=ADMIN)
    await share(bot, feeds, channel="C0NEWS", user=ADMIN)
    answer = await one_answer(bot, "C0NEWS", 2)
    assert "Imported 3 sources" in answer.block_text
    assert sources_of(app, "C0NEWS") == FEEDS


# --- the token, and the upload's fallback --------------------------------------------------


async def test_the_token_goes_to_slacks_file_host_only_and_never_to_logs_or_replies(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[str | None] = []

    async def elsewhere(request: web.Request) -> web.Response:
        seen.append(request.headers.get("Authorization"))
        return web.Response(body=PEER_OPML, content_type="application/xml")

    other = web.Application()
    other.router.add_get("/{name}", elsewhere)
    runner = web.AppRunner(other, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        files = bot.fake.files
        # A file object that points somewhere else than Slack's file host: never fetched.
        stray = files.add(
            "feeds.opml", PEER_OPML, user=MEMBER, download_url=f"http://127.0.0.1:{port}/f.opml"
        )
        await share(bot, stray, channel="D0MEMBER", user=MEMBER)
        answer = await one_answer(bot, "D0MEMBER")
        assert "I could not download feeds.opml from Slack" in answer.block_text
        assert seen == []
        # Slack's sign-in page instead of the file (a token without files:read): refused too.
        signin = files.add(
            "login.opml", PEER_OPML, user=MEMBER, download_url=f"{files.base}/signin"
        )
        await share(bot, signin, channel="D0MEMBER", user=MEMBER)
        answer = await one_answer(bot, "D0MEMBER", 2)
        assert "I could not download login.opml" in answer.block_text
        good = files.add("feeds.opml", PEER_OPML, user=MEMBER)
        await share(bot, good, channel="D0MEMBER", user=MEMBER)
        await one_answer(bot, "D0MEMBER", 3)
        assert files.downloads == [(good.id, True)]
        await bot.dm("sources opml")
        await bot.fake.wait_for(lambda: bool(files.uploads))
    finally:
        await runner.cleanup()
    texts = [m.text + m.block_text for m in bot.fake.messages]
    texts += [u.initial_comment or "" for u in bot.fake.files.uploads]
    assert all(TOKEN not in text for text in texts)
    assert TOKEN not in caplog.text


async def test_an_upload_slack_refuses_falls_back_to_the_file_in_a_code_block(
    bot: Harness,
) -> None:
    peer = bot.fake.files.add("feeds.opml", PEER_OPML, user=ADMIN)
    await share(bot, peer, channel="C0ONE", user=ADMIN)
    await one_answer(bot, "C0ONE")
    bot.fake.files.refuse_uploads = "file_uploads_disabled"
    await bot.slash("sources opml", channel="C0ONE", user=MEMBER)
    answer = await one_answer(bot, "C0ONE", 2)
    assert answer.method == "response_url" and answer.user == MEMBER
    assert "This chat's 3 sources as OPML. (sources.opml)" in answer.block_text
    assert "```" in answer.block_text and FEEDS[0] in answer.block_text
    assert bot.fake.files.uploads == []


async def test_the_fake_checks_uploads_as_slack_does(fake: FakeSlack) -> None:
    """The fake refuses what Slack refuses, so the bot's uploads are checked for real."""
    client = AsyncWebClient(token=TOKEN, base_url=fake.api_url)
    with pytest.raises(SlackApiError, match="missing_argument"):
        await client.files_getUploadURLExternal(filename="empty.opml", length=0)
    with pytest.raises(SlackApiError, match="file_not_found"):
        await client.files_completeUploadExternal(files=[{"id": "F404", "title": "x"}])
    given = await client.files_getUploadURLExternal(filename="a.opml", length=3)
    # Completing before the bytes arrived: Slack knows no such file yet.
    with pytest.raises(SlackApiError, match="file_not_found"):
        await client.files_completeUploadExternal(files=[{"id": given["file_id"]}])
    done = await client.files_upload_v2(channel="C0ONE", content=b"abc", filename="a.opml")
    file_id = done["file"]["id"]
    assert [(u.file.content, u.channel) for u in fake.files.uploads] == [(b"abc", "C0ONE")]
    with pytest.raises(SlackApiError, match="file_not_found"):  # only once
        await client.files_completeUploadExternal(files=[{"id": file_id}], channel_id="C0ONE")
    with pytest.raises(SlackApiError, match="is_archived"):
        await client.files_upload_v2(channel="C0ARCHIVED", content=b"abc", filename="a.opml")
    info = await client.files_info(file=file_id)
    assert info["file"]["name"] == "a.opml" and info["file"]["size"] == 3
    with pytest.raises(SlackApiError, match="file_not_found"):
        await client.files_info(file="F404")

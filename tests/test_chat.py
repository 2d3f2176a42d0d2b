"""The chat as every platform sees it: commands in, structured replies out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.chat.commands import COMMANDS, parse_command
from bot.chat.library import Library
from bot.chat.replies import (
    ChatContext,
    DigestReply,
    ExcerptReply,
    HelpReply,
    NoticeReply,
    TopicsReply,
    UnknownReply,
)
from bot.chat.service import ChatService
from bot.core.parse import parse_markdown, parse_text
from bot.platforms.console.renderer import render
from bot.store import InMemoryArticleStore

FIXTURES = Path(__file__).parent / "fixtures"
PRIVATE = ChatContext("console", "c1", user_id="u1")
GROUP_MEMBER = ChatContext("telegram", "-100", user_id="u2", chat_kind="group", is_admin=False)
GROUP_ADMIN = ChatContext("telegram", "-100", user_id="u3", chat_kind="group", is_admin=True)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> InMemoryArticleStore:
    store = InMemoryArticleStore(clock=clock)
    nato = (FIXTURES / "chat_nato.txt").read_text(encoding="utf-8")
    store.add(parse_text(nato, source="nato.txt"))
    ferry = (FIXTURES / "chat_ferry.txt").read_text(encoding="utf-8")
    store.add(parse_text(ferry, source="ferry.txt", title="Haldor gets battery ferries"))
    return store


@pytest.fixture
def chat(store: InMemoryArticleStore, clock: Clock) -> ChatService:
    return ChatService(Library(store, clock=clock))


def sentences_of(reply: object) -> list[str]:
    assert isinstance(reply, ExcerptReply), reply
    return [s for match in reply.matches for s in match.sentences]


def test_help_lists_every_command_of_the_table_and_the_topics(chat: ChatService) -> None:
    reply = chat.handle("/help", PRIVATE)
    assert isinstance(reply, HelpReply)
    assert [c.name for c in reply.commands] == [c.name for c in COMMANDS]
    text = render(reply)
    assert "/subscribe [HH:MM] [TOPIC...]" in text
    assert "/atom" in text
    assert chat.handle("/start", PRIVATE) == reply


def test_topics_merge_articles_without_duplicate_commands(chat: ChatService) -> None:
    reply = chat.handle("/topics", PRIVATE)
    assert isinstance(reply, TopicsReply)
    commands = [t.command for t in reply.topics]
    assert len(commands) == len(set(commands))
    assert {"atom", "ovelse"} <= set(commands)
    assert any(t.article.name == "Haldor gets battery ferries" for t in reply.topics)


@pytest.mark.parametrize("typed", ["/atom", "/Atom", "/atom@DigestBot", "atom"])
def test_atom_answers_with_the_nuclear_sentences(chat: ChatService, typed: str) -> None:
    found = sentences_of(chat.handle(typed, PRIVATE))
    assert any("atomtruslene" in s for s in found)
    assert any("atomkrig" in s for s in found)
    assert not any("anatomi" in s for s in found)


@pytest.mark.parametrize("typed", ["/ovelse", "/øvelse", "/oevelse", "/digest øvelse"])
def test_ovelse_finds_every_exercise_word(chat: ChatService, typed: str) -> None:
    reply = chat.handle(typed, PRIVATE)
    found = sentences_of(reply)
    assert any("militærøvelser" in s for s in found)
    assert any("atomøvelse" in s for s in found)
    assert isinstance(reply, ExcerptReply)
    assert reply.matches[0].heading == "Militærøvelser i nord"


def test_excerpt_sentences_are_verbatim_and_in_article_order(chat: ChatService) -> None:
    text = (FIXTURES / "chat_nato.txt").read_text(encoding="utf-8")
    found = sentences_of(chat.handle("/ovelse", PRIVATE))
    positions = [text.index(s) for s in found]
    assert positions == sorted(positions)


def test_digest_gives_every_latest_article_with_sections(chat: ChatService) -> None:
    reply = chat.handle("/digest", PRIVATE)
    assert isinstance(reply, DigestReply)
    assert len(reply.items) == 2
    headings = [s.heading for item in reply.items for s in item.sections]
    assert "Militærøvelser i nord" in headings
    assert all(
        len(b.split()) <= 35 for item in reply.items for s in item.sections for b in s.bullets
    )
    assert {"atom", "ovelse"} <= {t.command for t in reply.topics}


def test_digest_words_are_commands_for_slack(chat: ChatService) -> None:
    assert isinstance(chat.handle("/digest help", PRIVATE), HelpReply)
    assert isinstance(chat.handle("/digest topics", PRIVATE), TopicsReply)
    assert sentences_of(chat.handle("/digest atom", PRIVATE))


def test_search_finds_the_exercise_by_name(chat: ChatService) -> None:
    found = sentences_of(chat.handle("/search Steadfast Noon", PRIVATE))
    assert found == ["Øvelsen «Steadfast Noon» er en årlig øvelse for alliansen."]
    assert isinstance(chat.handle("/search", PRIVATE), NoticeReply)


def test_unknown_command_lists_the_topics(chat: ChatService) -> None:
    reply = chat.handle("/foo", PRIVATE)
    assert isinstance(reply, UnknownReply)
    assert "/foo" in reply.text
    assert "/atom" in render(reply)


@pytest.mark.parametrize(
    "typed",
    [
        "/" + "x" * 10_000,
        "/search " + "atom " * 3000,
        "/atom\x00\x07\x1b[31m",
        "/\u202eatom\u202c",
        "/search 🚀 <b>atom</b> & ' OR 1=1; DROP TABLE articles; --",
        "/",
        "   ",
        "/@",
    ],
)
def test_strange_commands_get_an_answer_not_an_exception(chat: ChatService, typed: str) -> None:
    reply = chat.handle(typed, PRIVATE)
    assert render(reply).strip()


def test_rtl_marks_do_not_hide_a_topic(chat: ChatService) -> None:
    assert sentences_of(chat.handle("/\u200fatom", PRIVATE))


def test_group_members_may_read_but_not_change_settings(chat: ChatService) -> None:
    assert isinstance(chat.handle("/digest", GROUP_MEMBER), DigestReply)
    refused = chat.handle("/subscribe 08:00", GROUP_MEMBER)
    assert isinstance(refused, NoticeReply) and refused.kind == "error"
    assert "administrators" in refused.text
    assert chat.requires_admin("/subscribe 07:30 atom")
    assert chat.requires_admin("/timezone Europe/Oslo")
    assert not chat.requires_admin("/digest")
    allowed = chat.handle("/subscribe 08:00", GROUP_ADMIN)
    assert "administrators" not in render(allowed)


def test_latest_means_the_last_day_else_the_newest_few(clock: Clock) -> None:
    store = InMemoryArticleStore(clock=clock)
    old = parse_text((FIXTURES / "chat_nato.txt").read_text(encoding="utf-8"), source="old.txt")
    store.add(old)
    clock.now += timedelta(days=3)
    new = parse_text((FIXTURES / "chat_ferry.txt").read_text(encoding="utf-8"), source="new.txt")
    store.add(new)
    chat = ChatService(Library(store, clock=clock))
    reply = chat.handle("/digest", PRIVATE)
    assert isinstance(reply, DigestReply)
    assert [i.article.source for i in reply.items] == ["new.txt"]
    clock.now += timedelta(days=3)
    reply = chat.handle("/digest", PRIVATE)
    assert isinstance(reply, DigestReply)
    assert [i.article.source for i in reply.items] == ["new.txt", "old.txt"]


def test_new_articles_appear_without_a_restart(clock: Clock) -> None:
    store = InMemoryArticleStore(clock=clock)
    chat = ChatService(Library(store, clock=clock))
    assert "No articles" in render(chat.handle("/digest", PRIVATE))
    version = chat.topics_version
    store.add(parse_text((FIXTURES / "chat_nato.txt").read_text(encoding="utf-8"), source="n.txt"))
    assert sentences_of(chat.handle("/atom", PRIVATE))
    assert chat.topics_version != version


def test_a_failing_library_gets_an_apology_not_a_crash(store: InMemoryArticleStore) -> None:
    class BrokenStore(InMemoryArticleStore):
        def count(self) -> int:
            raise RuntimeError("database is locked")

    chat = ChatService(Library(BrokenStore()))
    reply = chat.handle("/digest", PRIVATE)
    assert isinstance(reply, NoticeReply)


def test_markdown_and_plain_articles_share_topics(clock: Clock) -> None:
    store = InMemoryArticleStore(clock=clock)
    store.add(
        parse_markdown(
            "# Atomvåpen\n\nAtomvåpen og atomtrusler preger møtet.\n\n"
            "## Øvelser\n\nØvelsen og militærøvelsene starter.",
            source="a.md",
        )
    )
    chat = ChatService(Library(store, clock=clock))
    assert sentences_of(chat.handle("/ovelse", PRIVATE)) == ["Øvelsen og militærøvelsene starter."]


def test_parse_command_folds_names_and_keeps_arguments() -> None:
    parsed = parse_command("/Øvelse@DigestBot   i  nord ")
    assert parsed is not None
    assert (parsed.name, parsed.args) == ("ovelse", "i nord")
    assert parse_command("") is None

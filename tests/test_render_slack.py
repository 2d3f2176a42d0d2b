"""Golden and property tests of the Slack Block Kit renderer."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

from bot.chat.replies import (
    ArticleRef,
    CommandInfo,
    DigestItem,
    DigestReply,
    ExcerptItem,
    ExcerptReply,
    HelpReply,
    NoticeReply,
    Reply,
    TopicEntry,
    TopicsReply,
    UnknownReply,
)
from bot.core.model import SectionDigest
from bot.platforms.slack.kit import (
    MAX_BLOCKS,
    MAX_HEADER_TEXT,
    MAX_MESSAGE_TEXT,
    MAX_SECTION_TEXT,
    SlackMessage,
    escape,
    slack_len,
)
from bot.platforms.slack.renderer import (
    render,
    render_home,
    visibility,
)

ATOM = ArticleRef(
    title="Atomtrusselen & «skitne bomber»",
    source="atom.md",
    url="https://example.no/atom?del=1&side=2",
    date="2022-10",
)
OVELSE = ArticleRef(title="Militærøvelser i nord", source="ovelse.txt", date=None)
TOPICS = (
    TopicEntry("atom", "atom", ATOM, (0,)),
    TopicEntry("ovelse", "øvelse", OVELSE, (1,)),
)


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def test_escape_only_the_three_control_characters() -> None:
    assert escape("a & b < c > d * _ ~ `") == "a &amp; b &lt; c &gt; d * _ ~ `"


def test_digest_golden() -> None:
    reply = DigestReply(
        items=(
            DigestItem(
                ATOM,
                (
                    SectionDigest(None, ("Russland truer med <atomvåpen> & mer.",), ("atom",)),
                    SectionDigest("Hva NATO gjør", ("NATO følger med.", "Ingen endring."), ()),
                ),
            ),
            DigestItem(OVELSE, (SectionDigest("Øvelsen", ("Tusenvis av soldater øver.",), ()),)),
        ),
        topics=TOPICS,
    )
    [message] = render(reply)
    buttons = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": label, "emoji": True},
            "action_id": f"topic:{command}",
            "value": command,
        }
        for label, command in (("atom", "atom"), ("øvelse", "ovelse"))
    ]
    # The source (title as a link, site, date) first, then the bullets; topics as buttons.
    assert message.blocks == [
        {
            **_section(
                "*<https://example.no/atom?del=1&amp;side=2|Atomtrusselen &amp; «skitne bomber»>*"
            ),
            "block_id": "intro-title-0",
        },
        {**_context("example.no · October 2022"), "block_id": "intro-source-0"},
        _section("• Russland truer med &lt;atomvåpen&gt; &amp; mer."),
        _section("*Hva NATO gjør*\n• NATO følger med.\n• Ingen endring."),
        {"type": "divider"},
        {**_section("*Militærøvelser i nord*"), "block_id": "intro-title-1"},
        {**_context("ovelse.txt"), "block_id": "intro-source-1"},
        _section("*Øvelsen*\n• Tusenvis av soldater øver."),
        {"type": "actions", "elements": buttons},
    ]
    assert message.text.startswith("*<https://example.no/atom?del=1&amp;side=2|Atomtrusselen")
    assert visibility(reply) == "in_channel"


def test_empty_digest() -> None:
    [message] = render(DigestReply(items=()))
    assert message.blocks == [_section("No articles yet.")]
    assert message.text == "No articles yet."


def test_excerpt_golden() -> None:
    reply = ExcerptReply(
        query="ovelse",
        label="øvelse",
        matches=(
            ExcerptItem(OVELSE, "Øvelsen", ("Soldatene øver i kulda.", "Det var > 20 minus.")),
        ),
    )
    [message] = render(reply)
    assert message.blocks == [
        _header("øvelse"),
        _section("*Øvelsen*\n> Soldatene øver i kulda.\n> Det var &gt; 20 minus."),
        _context("Militærøvelser i nord"),
    ]
    assert visibility(reply) == "in_channel"


def test_excerpt_without_matches() -> None:
    [message] = render(ExcerptReply(query="nonsense", matches=()))
    assert message.blocks == [_section("Nothing on «nonsense».")]


def test_topics_golden() -> None:
    reply = TopicsReply(TOPICS)
    [message] = render(reply)
    assert message.blocks == [
        _header("Topics"),
        _section(
            "• `/digest atom` — atom (_Atomtrusselen &amp; «skitne bomber»_)\n"
            "• `/digest ovelse` — øvelse (_Militærøvelser i nord_)"
        ),
    ]
    assert visibility(reply) == "ephemeral"


def test_help_golden() -> None:
    reply = HelpReply(
        intro="I summarise news articles.",
        commands=(
            CommandInfo("digest", "", "the digest of the latest articles"),
            CommandInfo("subscribe", "[HH:MM] [TOPIC...]", "a daily digest"),
        ),
        topics=TOPICS,
    )
    [message] = render(reply)
    assert message.blocks == [
        _header("Digestbot"),
        _section("I summarise news articles."),
        _section(
            "*Commands*\n"
            "• `/digest` — the digest of the latest articles\n"
            "• `/digest subscribe [HH:MM] [TOPIC...]` — a daily digest"
        ),
        _section("*Topics:* `/digest atom` `/digest ovelse`"),
        _context("Mention the bot with the same words, or write to it in a direct message."),
    ]
    assert visibility(reply) == "ephemeral"


def test_unknown_and_notices() -> None:
    [unknown] = render(UnknownReply("Unknown command «nonsense».", TOPICS))
    assert unknown.blocks == [
        _section(
            "Unknown command «nonsense».\nTopics: `/digest atom` `/digest ovelse`\n"
            "`/digest help` lists what I can do."
        ),
    ]
    [error] = render(NoticeReply("Only admins may do that.", kind="error"))
    assert error.blocks == [_section(":warning: Only admins may do that.")]
    assert visibility(NoticeReply("x", kind="error")) == "ephemeral"
    assert visibility(NoticeReply("Subscribed at 07:30.", kind="ok")) == "in_channel"


def test_long_title_is_clipped() -> None:
    reply = DigestReply((DigestItem(ArticleRef("Ø" * 400, "x"), ()),))
    title = render(reply)[0].blocks[0]
    assert slack_len(title["text"]["text"]) == 200 + 2  # the name, and the bold marks
    assert title["text"]["text"].endswith("…*")


def test_long_digest_is_split_into_valid_messages() -> None:
    bullet = "Atomtrusselen øker, sier forskerne ved instituttet, og øvelsene fortsetter. " * 8
    sections = tuple(SectionDigest(f"Del {i}", (bullet, bullet), ()) for i in range(30))
    items = tuple(DigestItem(ArticleRef(f"Artikkel {n}", f"{n}.txt"), sections) for n in range(3))
    messages = render(DigestReply(items))
    assert len(messages) > 3
    for message in messages:
        _assert_valid(message)
        assert message.blocks[-1]["type"] not in ("header", "divider")
        assert not message.blocks[-1].get("block_id", "").startswith("intro-")
        assert message.blocks[0]["type"] != "divider"
    titles = [
        b["text"]["text"]
        for m in messages
        for b in m.blocks
        if b.get("block_id", "").startswith("intro-title")
    ]
    assert titles == ["*Artikkel 0*", "*Artikkel 1*", "*Artikkel 2*"]


def test_one_huge_bullet_is_cut_between_words() -> None:
    words = ["trussel&fare"] * 1500
    section = SectionDigest("Stort", (" ".join(words),), ())
    messages = render(DigestReply((DigestItem(ATOM, (section,)),)))
    texts = [
        b["text"]["text"]
        for m in messages
        for b in m.blocks
        if b["type"] == "section" and "block_id" not in b
    ]
    assert len(texts) > 3
    for text in texts:
        assert slack_len(text) <= MAX_SECTION_TEXT
        assert re.fullmatch(r"(\*Stort\*\n)?(• )?(trussel&amp;fare ?)+", text), text[:80]


def test_home_view() -> None:
    view = render_home(DigestReply((DigestItem(ATOM, ()),)), TOPICS)
    assert view["type"] == "home"
    assert view["blocks"][0]["text"]["text"] == (
        "*<https://example.no/atom?del=1&amp;side=2|Atomtrusselen &amp; «skitne bomber»>*"
    )
    assert _header("Topics") in view["blocks"]
    for block in view["blocks"]:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()


def test_home_view_of_a_long_digest_stays_within_limits() -> None:
    bullet = "Militærøvelsen i nord samler soldater fra mange land i kulde og mørke. " * 6
    sections = tuple(SectionDigest(f"Del {i}", (bullet,), ()) for i in range(40))
    items = tuple(DigestItem(ArticleRef(f"Øvelse {n}", f"{n}.txt"), sections) for n in range(5))
    topics = tuple(TopicEntry(f"emne{n}", f"emne {n}", OVELSE) for n in range(300))
    view = render_home(DigestReply(items), topics)
    assert len(view["blocks"]) <= 100
    assert _context("More with `/digest`.") in view["blocks"]
    for block in view["blocks"]:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()


def _assert_valid(message: SlackMessage) -> None:
    """Check a message as Slack would, with slack_sdk's own block models."""
    assert message.text.strip()
    assert slack_len(message.text) <= 4000
    assert 1 <= len(message.blocks) <= MAX_BLOCKS
    total = 0
    for block in message.blocks:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
        if block["type"] in ("section", "header"):
            text = block["text"]["text"]
            assert text.strip()
            assert slack_len(text) <= (
                MAX_SECTION_TEXT if block["type"] == "section" else MAX_HEADER_TEXT
            )
            total += slack_len(text)
        if block["type"] == "context":
            assert 1 <= len(block["elements"]) <= 10
            assert all(e["text"].strip() for e in block["elements"])
            total += sum(slack_len(e["text"]) for e in block["elements"])
        if block["type"] == "section":
            # Outside the quote marks and the title's link we add, no raw control character.
            text = re.sub(r"^> ", "", block["text"]["text"], flags=re.M)
            if block.get("block_id", "").startswith("intro-title"):
                text = re.sub(r"^\*<https://[^|>]*\|(.*)>\*$", r"\1", text, flags=re.S)
            bare = re.sub(r"&(amp|lt|gt);", "", text)
            assert not set(bare) & set("&<>")
    assert total <= MAX_MESSAGE_TEXT


_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from("&<>*_~` \n|ø😀"),
    max_size=400,
)
_big_text = st.one_of(_text, _text.map(lambda t: t * 20))
_article = st.builds(
    ArticleRef,
    title=st.one_of(st.none(), _text),
    source=st.text(min_size=1, max_size=40),
    url=st.one_of(st.none(), _text.map(lambda t: "https://example.no/" + t)),
    date=st.one_of(st.none(), _text),
)
_section_digest = st.builds(
    SectionDigest,
    heading=st.one_of(st.none(), _text),
    bullets=st.lists(_big_text, max_size=6).map(tuple),
    topics=st.just(()),
)
_topic = st.builds(
    TopicEntry,
    command=st.from_regex(r"[a-z0-9_]{1,32}", fullmatch=True),
    label=_text.filter(str.strip),
    article=_article,
)
_replies: st.SearchStrategy[Reply] = st.one_of(
    st.builds(
        DigestReply,
        items=st.lists(
            st.builds(
                DigestItem,
                article=_article,
                sections=st.lists(_section_digest, max_size=8).map(tuple),
            ),
            max_size=5,
        ).map(tuple),
        topics=st.lists(_topic, max_size=20).map(tuple),
    ),
    st.builds(
        ExcerptReply,
        query=_text,
        matches=st.lists(
            st.builds(
                ExcerptItem,
                article=_article,
                heading=st.one_of(st.none(), _text),
                sentences=st.lists(_big_text, max_size=5).map(tuple),
            ),
            max_size=4,
        ).map(tuple),
        label=st.one_of(st.none(), _text),
    ),
    st.builds(TopicsReply, topics=st.lists(_topic, max_size=60).map(tuple)),
    st.builds(UnknownReply, text=_text, topics=st.lists(_topic, max_size=10).map(tuple)),
    st.builds(NoticeReply, text=_big_text, kind=st.sampled_from(["info", "ok", "error"])),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_replies)
def test_any_reply_renders_to_valid_blocks(reply: Reply) -> None:
    messages = render(reply)
    assert messages
    for message in messages:
        _assert_valid(message)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_big_text, min_size=1, max_size=8), st.one_of(st.none(), _text))
def test_no_bullet_text_is_lost(bullets: list[str], heading: str | None) -> None:
    reply = DigestReply((DigestItem(OVELSE, (SectionDigest(heading, tuple(bullets), ()),)),))
    sections = [
        b["text"]["text"] for m in render(reply) for b in m.blocks if b["type"] == "section"
    ]
    squeezed = "".join("".join(sections).split())
    for bullet in bullets:
        assert "".join(escape(bullet).split()) in squeezed

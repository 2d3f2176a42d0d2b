"""The plain-text renderer of the console: golden output for every reply."""

from __future__ import annotations

from bot.chat.replies import (
    ArticleRef,
    CommandInfo,
    DigestItem,
    DigestReply,
    ExcerptItem,
    ExcerptReply,
    HelpReply,
    NoticeReply,
    TopicEntry,
    TopicsReply,
    UnknownReply,
)
from bot.core.model import SectionDigest
from bot.platforms.console.renderer import render

REF = ArticleRef("Nato og atomtrusselen", "nato.txt", "https://example.org/nato", "2026-10")
TOPICS = (TopicEntry("atom", "atom", REF, (1,)), TopicEntry("ovelse", "øvelse", REF, (2,)))


def test_digest() -> None:
    reply = DigestReply(
        (
            DigestItem(
                REF,
                (
                    SectionDigest(None, ("Nato møttes i Brussel.",), ()),
                    SectionDigest(
                        "Atomtrusselen",
                        ("Trusselen tas på alvor.", "Ingen <b>panikk</b> & ro."),
                        ("atom",),
                    ),
                ),
            ),
        ),
        TOPICS,
    )
    assert render(reply) == (
        "Nato og atomtrusselen\n"
        "example.org · October 2026 · https://example.org/nato\n"
        "\n"
        "• Nato møttes i Brussel.\n"
        "\n"
        "Atomtrusselen\n"
        "• Trusselen tas på alvor.\n"
        "• Ingen <b>panikk</b> & ro.\n"
        "\n"
        "Topics: /atom /ovelse"
    )


def test_empty_digest() -> None:
    assert render(DigestReply(())) == "No articles yet."


def test_excerpt() -> None:
    reply = ExcerptReply(
        "ovelse",
        (ExcerptItem(REF, "Militærøvelser", ("Øvelsen starter.", "– Vi følger med, sa han.")),),
        "øvelse",
    )
    assert render(reply) == (
        "Militærøvelser\n(Nato og atomtrusselen)\n  Øvelsen starter.\n  – Vi følger med, sa han."
    )


def test_topics_help_unknown_notice() -> None:
    assert render(TopicsReply(TOPICS)) == (
        "Topics:\n/atom — atom (Nato og atomtrusselen)\n/ovelse — øvelse (Nato og atomtrusselen)"
    )
    assert render(TopicsReply(())) == "No topics yet: no articles have been read."
    help_text = render(HelpReply("Hello.", (CommandInfo("search", "WORDS", "find"),), TOPICS))
    assert help_text == "Hello.\n\nCommands:\n/search WORDS — find\n\nTopics now: /atom /ovelse"
    assert (
        render(UnknownReply("I know no /foo.", TOPICS))
        == "I know no /foo.\nTopics: /atom /ovelse\n/help lists what I can do."
    )
    assert render(NoticeReply("Done.", "ok")) == "Done."


def test_an_article_named_by_its_first_heading_shows_it_once() -> None:
    from bot.core.model import display_title

    sections = (
        SectionDigest("Brua opnar", ("Den nye brua opna laurdag.",), ()),
        SectionDigest("Ordføraren klipte snora", ("Kari Lid klipte snora.",), ()),
    )
    ref = ArticleRef(display_title(None, sections), "bru.txt")
    text = render(DigestReply((DigestItem(ref, sections),), ()))
    assert text.splitlines()[0] == "Brua opnar"
    assert text.count("Brua opnar") == 1
    assert "Ordføraren klipte snora\n• Kari Lid" in text


def test_a_live_pages_summary_label_never_names_the_article() -> None:
    from bot.core.model import display_title

    sections = (
        SectionDigest("Summary", ("The minister resigned.",), ()),
        SectionDigest("Voters back the law", ("Voters backed the law.",), ()),
    )
    assert display_title(None, sections) is None


def test_a_crosshead_after_the_lead_never_names_the_article() -> None:
    from bot.core.model import display_title

    sections = (
        SectionDigest(None, ("Rosenborg tapte.",), ()),
        SectionDigest("– Vi har bedre spillere", ("Dahl scoret.",), ()),
        SectionDigest("Målfest landet rundt", ("Det ble mange mål.",), ()),
    )
    assert display_title(None, sections) is None


def test_a_digest_whose_lead_gave_no_bullet_is_not_named_by_a_later_heading() -> None:
    from bot.core.model import display_title

    sections = (SectionDigest("What the papers say", ("The papers praise Stoke.",), (), 1),)
    assert display_title(None, sections) is None

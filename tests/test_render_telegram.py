"""Golden and property tests of the Telegram HTML renderer."""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat.commands import COMMANDS
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
from bot.platforms.telegram.renderer import (
    MAX_MESSAGE_UNITS,
    TelegramMessage,
    menu_commands,
    render,
    topic_buttons,
    utf16_len,
)

ATOM = ArticleRef(
    title="Atomtrusselen øker",
    source="https://www.example.no/nyheter/atom",
    url="https://www.example.no/nyheter/atom?utm=1&ref=2",
    date="2022-10",
)
FILE = ArticleRef(title=None, source="artikler/militærøvelser.txt")
TOPICS = (
    TopicEntry("atom", "atom", ATOM, (0,)),
    TopicEntry("ovelse", "øvelse", ATOM, (1,)),
)


# --- a strict checker: what Telegram's HTML parser accepts ---------------------------------

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
    "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
TOKEN = re.compile(
    r"<(?P<close>/?)(?P<name>[a-z-]+)(?P<attrs>(?:\s+[a-z-]+=\"[^\"<>]*\")*)\s*>"
    r"|&(?P<entity>lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});"
    r"|(?P<bad>[<>&])"
)


def check_telegram_html(text: str) -> str:
    """Return the visible text of Telegram HTML, or raise AssertionError saying what is wrong."""
    assert utf16_len(text) <= MAX_MESSAGE_UNITS, f"{utf16_len(text)} UTF-16 units"
    stack: list[str] = []
    visible: list[str] = []
    position = 0
    for match in TOKEN.finditer(text):
        visible.append(text[position : match.start()])
        position = match.end()
        assert match["bad"] is None, f"bare {match['bad']!r} at {match.start()} in {text!r}"
        if match["entity"] is not None:
            visible.append(html.unescape(match.group()))
            continue
        name = match["name"]
        assert name in ALLOWED_TAGS, f"tag {name!r} not allowed"
        if match["close"]:
            assert stack and stack[-1] == name, f"</{name}> does not close {stack}"
            stack.pop()
            continue
        if name == "a":
            assert "a" not in stack, "nested links"
            assert re.fullmatch(r'\s+href="https?://[^"]+"', match["attrs"], re.I), match["attrs"]
        else:
            assert not match["attrs"] or name in ("span", "tg-emoji", "code", "pre")
        stack.append(name)
    visible.append(text[position:])
    assert not stack, f"unclosed {stack}"
    plain = "".join(visible)
    assert plain.strip(), "message text is empty"
    assert utf16_len(plain) <= MAX_MESSAGE_UNITS
    return plain


def plain(messages: list[TelegramMessage]) -> str:
    return "\n".join(check_telegram_html(m.html) for m in messages)


def test_checker_refuses_what_telegram_refuses() -> None:
    for bad in ("a < b", "a & b", "<p>x</p>", "<b>x", "<b>x</i>", "&nbsp;", "", " \n "):
        try:
            check_telegram_html(bad)
        except AssertionError:
            continue
        raise AssertionError(f"accepted {bad!r}")
    assert check_telegram_html('<b>a</b> &lt;&amp;&#248;<a href="https://x.no">x</a>') == ("a <&øx")


# --- golden ---------------------------------------------------------------------------------


def test_digest_golden() -> None:
    reply = DigestReply(
        items=(
            DigestItem(
                ATOM,
                (
                    SectionDigest(None, ("Russland truer med <atomvåpen> & mer.",), ("atom",)),
                    SectionDigest("Militærøvelser", ("NATO øver i nord.", "Russland øver."), ()),
                    SectionDigest("Tomt", (), ()),
                ),
            ),
        ),
        topics=TOPICS,
    )
    assert render(reply) == [
        TelegramMessage(
            '<b><a href="https://www.example.no/nyheter/atom?utm=1&amp;ref=2">'
            "Atomtrusselen øker</a></b>\n"
            "example.no · October 2022\n\n"
            "• Russland truer med &lt;atomvåpen&gt; &amp; mer.\n\n"
            "<b>Militærøvelser</b>\n"
            "• NATO øver i nord.\n"
            "• Russland øver.",
            (("atom", "t:atom"), ("øvelse", "t:ovelse")),
        )
    ]


def test_digest_without_url_names_the_file_and_has_no_link() -> None:
    reply = DigestReply((DigestItem(FILE, (SectionDigest("Øvelse", ("Soldater øver.",), ()),)),))
    assert [m.html for m in render(reply)] == [
        "<b>militærøvelser.txt</b>\n\n<b>Øvelse</b>\n• Soldater øver."
    ]


def test_empty_digest() -> None:
    assert render(DigestReply(())) == [TelegramMessage("No articles yet.")]


def test_excerpt_golden() -> None:
    reply = ExcerptReply(
        query="atom",
        label="atom",
        matches=(
            ExcerptItem(ATOM, "Atomtrusselen", ("Faren er «reell».", 'Han sa "nei" & gikk.')),
            ExcerptItem(FILE, None, ("Øvelsen starter i mars.",)),
        ),
    )
    assert [m.html for m in render(reply)] == [
        "<b>atom</b>\n\n"
        "<b>Atomtrusselen</b>\n"
        "Faren er «reell». Han sa &quot;nei&quot; &amp; gikk.\n"
        '— <a href="https://www.example.no/nyheter/atom?utm=1&amp;ref=2">Atomtrusselen øker</a>'
        "\n\n"
        "<b>militærøvelser.txt</b>\n"
        "Øvelsen starter i mars.\n"
        "— militærøvelser.txt"
    ]


def test_excerpt_without_matches() -> None:
    reply = ExcerptReply(query="hval <fisk>", matches=())
    assert [m.html for m in render(reply)] == ["Nothing found for “hval &lt;fisk&gt;”."]


def test_topics_help_unknown_notice_golden() -> None:
    assert [m.html for m in render(TopicsReply(TOPICS))] == [
        "<b>Topics</b>\n/atom\n/ovelse — øvelse"
    ]
    assert [m.html for m in render(TopicsReply(()))] == ["No topics yet."]
    help_reply = HelpReply(
        intro="Digestbot sums up the news.\n\nType a command.",
        commands=(CommandInfo("digest", "", "the digest"), CommandInfo("search", "WORDS", "find")),
        topics=TOPICS[:1],
    )
    assert [m.html for m in render(help_reply)] == [
        "Digestbot sums up the news.\n\nType a command.\n\n"
        "<b>Commands</b>\n/digest — the digest\n/search WORDS — find\n\n"
        "<b>Topics</b>\n/atom"
    ]
    assert [m.html for m in render(UnknownReply("No topic /hval.", TOPICS[:1]))] == [
        "No topic /hval.\nTopics: /atom\n/help lists what I can do."
    ]
    notice = NoticeReply("Subscribed: 07:30 <Europe/Oslo>\nTopics: all", kind="ok")
    assert [m.html for m in render(notice)] == [
        "Subscribed: 07:30 &lt;Europe/Oslo&gt;\nTopics: all"
    ]


def test_a_long_digest_splits_at_section_boundaries() -> None:
    sections = tuple(
        SectionDigest(f"Del {n}", (f"Punkt {n}a om atomtrusselen.", f"Punkt {n}b."), ())
        for n in range(1, 4)
    )
    reply = DigestReply((DigestItem(FILE, sections),), TOPICS[:1])
    messages = render(reply, limit=80)
    assert [m.html for m in messages] == [
        "<b>militærøvelser.txt</b>\n\n<b>Del 1</b>\n• Punkt 1a om atomtrusselen.\n• Punkt 1b.",
        "<b>Del 2</b>\n• Punkt 2a om atomtrusselen.\n• Punkt 2b.",
        "<b>Del 3</b>\n• Punkt 3a om atomtrusselen.\n• Punkt 3b.",
    ]
    assert [m.buttons for m in messages] == [(), (), (("atom", "t:atom"),)]


def test_a_big_section_splits_between_bullets_keeping_the_heading_with_a_bullet() -> None:
    bullets = tuple(f"Punkt {n} om militærøvelser." for n in range(5))
    reply = DigestReply((DigestItem(FILE, (SectionDigest("Øvelser", bullets, ()),)),))
    assert [m.html for m in render(reply, limit=90)] == [
        "<b>militærøvelser.txt</b>\n\n<b>Øvelser</b>\n• Punkt 0 om militærøvelser.",
        "• Punkt 1 om militærøvelser.\n• Punkt 2 om militærøvelser.\n• Punkt 3 om militærøvelser.",
        "• Punkt 4 om militærøvelser.",
    ]


def test_an_over_long_bullet_is_cut_between_words_and_escaped_whole() -> None:
    bullet = "Atom & øvelse " * 8
    reply = DigestReply((DigestItem(FILE, (SectionDigest(None, (bullet,), ()),)),))
    messages = [m.html for m in render(reply, limit=60)]
    assert messages == [
        "<b>militærøvelser.txt</b>",
        "• Atom &amp; øvelse Atom &amp; øvelse Atom &amp; øvelse",
        "Atom &amp; øvelse Atom &amp; øvelse Atom &amp; øvelse Atom",
        "&amp; øvelse Atom &amp; øvelse",
    ]


def test_a_word_longer_than_a_message_is_cut_inside_the_word_never_inside_an_entity() -> None:
    reply = NoticeReply("&" * 5000 + "😀" * 3000)
    messages = render(reply)
    assert len(messages) > 1
    text = plain(messages).replace("\n", "")
    assert text == "&" * 5000 + "😀" * 3000


def test_links_only_for_web_addresses() -> None:
    evil = ArticleRef("T", "x", url='javascript:alert("x")')
    quoted = ArticleRef("T", "x", url='https://example.no/a"><b>')
    assert render(DigestReply((DigestItem(evil, ()),)))[0].html == "<b>T</b>\nx"
    assert render(DigestReply((DigestItem(quoted, ()),)))[0].html == (
        '<b><a href="https://example.no/a&quot;&gt;&lt;b&gt;">T</a></b>\nexample.no'
    )


def test_menu_has_fixed_commands_first_valid_names_only_and_at_most_100() -> None:
    topics = [TopicEntry(f"emne_{n}", f"emne {n}", ATOM) for n in range(150)]
    topics.insert(0, TopicEntry("Øvelse!", "øvelse", ATOM))
    topics.insert(0, TopicEntry("digest", "digest", ATOM))
    menu = menu_commands(topics)
    assert len(menu) == 100
    assert menu[0] == ("start", "what this bot does")
    assert menu[len(COMMANDS)] == ("emne_0", "topic: emne 0")  # the commands, then topics
    assert [name for name, _ in menu].count("digest") == 1
    assert all(re.fullmatch(r"[a-z0-9_]{1,32}", name) for name, _ in menu)
    assert all(1 <= len(description) <= 256 for _, description in menu)


def test_topic_buttons_fit_telegram_limits() -> None:
    topics = [TopicEntry("a" * 32, "x" * 100, ATOM)] * 2 + [TopicEntry("ø", "ø", ATOM)]
    assert topic_buttons(topics) == (("x" * 40, "t:" + "a" * 32),)
    assert all(len(data.encode()) <= 64 for _, data in topic_buttons(TOPICS))


# --- properties -----------------------------------------------------------------------------

any_text = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="<>&\"'ø😀 \n\t\x00\x1b\u200b", max_size=40),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=12), st.integers(300, 900)),
)
maybe_url = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.builds(lambda p: "https://www.example.no/" + p, st.text(max_size=60)),
)
refs = st.builds(
    ArticleRef,
    title=st.one_of(st.none(), any_text),
    source=any_text,
    url=maybe_url,
    date=st.one_of(st.none(), any_text),
)
topics = st.builds(
    TopicEntry,
    command=st.one_of(st.from_regex(r"[a-z0-9_]{1,32}", fullmatch=True), st.text(max_size=40)),
    label=any_text,
    article=refs,
)
sections = st.builds(
    SectionDigest,
    heading=st.one_of(st.none(), any_text),
    bullets=st.lists(any_text, max_size=12).map(tuple),
    topics=st.just(()),
)
replies: st.SearchStrategy[Reply] = st.one_of(
    st.builds(
        DigestReply,
        items=st.lists(
            st.builds(DigestItem, article=refs, sections=st.lists(sections, max_size=6).map(tuple)),
            max_size=4,
        ).map(tuple),
        topics=st.lists(topics, max_size=5).map(tuple),
    ),
    st.builds(
        ExcerptReply,
        query=any_text,
        label=st.one_of(st.none(), any_text),
        matches=st.lists(
            st.builds(
                ExcerptItem,
                article=refs,
                heading=st.one_of(st.none(), any_text),
                sentences=st.lists(any_text, max_size=8).map(tuple),
            ),
            max_size=4,
        ).map(tuple),
    ),
    st.builds(TopicsReply, topics=st.lists(topics, max_size=8).map(tuple)),
    st.builds(
        HelpReply,
        intro=any_text,
        commands=st.lists(st.builds(CommandInfo, any_text, any_text, any_text), max_size=4).map(
            tuple
        ),
        topics=st.lists(topics, max_size=4).map(tuple),
    ),
    st.builds(UnknownReply, text=any_text, topics=st.lists(topics, max_size=4).map(tuple)),
    st.builds(NoticeReply, text=any_text),
)


def _squeeze(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replies)
def test_any_reply_renders_to_html_telegram_accepts(reply: Reply) -> None:
    messages = render(reply)
    text = _squeeze(plain(messages))
    for message in messages:
        for label, data in message.buttons:
            assert label.strip() and 1 <= len(data.encode()) <= 64
    if isinstance(reply, DigestReply):
        for item in reply.items:
            for section in item.sections:
                for bullet in section.bullets:
                    # Nothing is lost: each bullet's visible characters survive, in order.
                    assert _squeeze(re.sub(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]", "", bullet)) in text


@settings(max_examples=100, deadline=None)
@given(st.lists(any_text, min_size=1, max_size=40), st.integers(min_value=60, max_value=400))
def test_small_limits_are_respected_too(bullets: list[str], limit: int) -> None:
    reply = DigestReply((DigestItem(FILE, (SectionDigest("Del", tuple(bullets), ()),)),))
    for message in render(reply, limit=limit):
        assert utf16_len(message.html) <= limit
        assert message.html.count("<b>") == message.html.count("</b>")

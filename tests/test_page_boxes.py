"""Boxes a page puts in or under a story: a summary box with its points, a person's card,
a list of related articles, a teaser for a subscriber's story."""

from __future__ import annotations

import pytest

from bot.core.digest import digest_article
from bot.core.parse import parse_text

_LEAD = (
    "Aksjen til robotselskapet Lagerbot gikk rett til bunns etter en skuffende"
    " kvartalsrapport torsdag."
)
_BODY = (
    "– Jeg skjønner dessverre at den faller kraftig i dag, sier Eva Hansen, som forvalter"
    " aksjefondet Norgesfondet.\n"
    "På Oslo Børs stupte aksjen torsdag 29 prosent, og kursen har aldri vært lavere.\n"
    "Det siste kursfallet kom etter at selskapet la fram tallene for første kvartal."
)


def _digest(text: str) -> tuple[list[str | None], list[str], list[str]]:
    digest = digest_article(parse_text(text, language="nb"), max_words=200)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    topics = [topic.command for topic in digest.topics]
    return [section.heading for section in digest.sections], bullets, topics


@pytest.mark.parametrize("label", ["Kortversjonen", "Kort fortalt", "Saken oppsummert"])
def test_a_summary_boxs_points_and_who_wrote_them_are_no_bullets(label: str) -> None:
    text = (
        f"Lagerbot stuper på børsen\n\n{_LEAD}\n{label}\n"
        "- Lagerbot-aksjen stupte 29 prosent på Oslo Børs etter en svak rapport.\n"
        "- Markedsverdien har falt fra 100 milliarder til 18 milliarder kroner.\n"
        "Oppsummeringen er laget av AI-verktøyet ChatGPT og kvalitetssikret av journalistene\n"
        f"{_BODY}"
    )
    headings, bullets, _ = _digest(text)
    assert not any("Markedsverdien" in bullet or "Oppsummeringen" in bullet for bullet in bullets)
    assert not any(b.startswith("Lagerbot-aksjen stupte") for b in bullets), bullets
    assert headings == [None]


def test_a_persons_card_under_the_quote_is_no_heading() -> None:
    body = _BODY.replace("\nPå Oslo", "\nEva Hansen\nForvalter, Norgesfondet\nPå Oslo")
    headings, bullets, _ = _digest(f"Lagerbot stuper på børsen\n\n{_LEAD}\n{body}")
    assert headings == [None]
    assert any(b.startswith("På Oslo Børs stupte aksjen") for b in bullets), bullets


@pytest.mark.parametrize("label", ["Related Articles", "Les på E24+"])
def test_the_headlines_after_a_related_label_give_no_heading_nor_topic(label: str) -> None:
    text = (
        f"Lagerbot stuper på børsen\n\n{_LEAD}\n{_BODY}\n\n{label}\n\n"
        # (a teaser's headline over its copy, cut off)
        "Vestindia knust av Australia i andre test\nVestindia knust av Australia i andre\n"
    )
    from bot.core.digest import topics_of

    headings, _, _ = _digest(text)
    assert headings == [None]
    topics = [topic.command for topic in topics_of(parse_text(text, language="nb"))]
    assert not any(t in ("vestindia", "australia") for t in topics), topics

"""Build the digest of an article: bullets and topics for every section."""

from __future__ import annotations

from bot.core.analysis import Analysis, analyse
from bot.core.model import Article, Digest, Excerpt, SectionDigest, Topic
from bot.core.spelling import mend_spelling
from bot.core.summarise import select_bullets
from bot.core.topic_answers import excerpts
from bot.core.topics import derive_topics


def digest_article(
    article: Article, *, max_words: int | None = None, reserved: frozenset[str] = frozenset()
) -> Digest:
    """Return the digest of an article; `max_words` caps the words of all bullets."""
    return digest_of(analyse(article), max_words=max_words, reserved=reserved)


def digest_of(
    analysis: Analysis, *, max_words: int | None = None, reserved: frozenset[str] = frozenset()
) -> Digest:
    """Return the digest of an analysed article; no topic takes a `reserved` name."""
    article = analysis.article
    language = article.language
    bullets = [
        [mend_spelling(bullet, language) for bullet in section]
        for section in select_bullets(analysis, max_words=max_words)
    ]
    topics, section_topics = derive_topics(analysis, reserved=reserved)
    # Sections left without a bullet (a tight --max-words) are dropped; topic
    # indexes are renumbered so they still point into the list.
    kept = [i for i, b in enumerate(bullets) if b]
    new_index = {old: new for new, old in enumerate(kept)}
    sections = tuple(
        SectionDigest(article.sections[i].heading, tuple(bullets[i]), section_topics[i], i)
        for i in kept
    )
    renumbered = tuple(
        Topic(t.command, t.label, tuple(new_index[s] for s in t.sections if s in new_index))
        for t in topics
    )
    return Digest(
        source=article.source,
        title=article.title,
        language=article.language,
        date=article.date,
        sections=sections,
        topics=tuple(t for t in renumbered if t.sections),
        url=article.url,
    )


def ask(article: Article, query: str) -> list[Excerpt]:
    """Return the article's own sentences on the query, best section first."""
    return excerpts(analyse(article), query)


def topics_of(article: Article, *, reserved: frozenset[str] = frozenset()) -> tuple[Topic, ...]:
    return derive_topics(analyse(article), reserved=reserved)[0]

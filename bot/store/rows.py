"""Rows of the articles and sources tables to what the store returns (sections as JSON)."""

from __future__ import annotations

from typing import Any

from bot.chat.ports import StoredArticle
from bot.core.model import Article, Section
from bot.store.ports import SOURCE_KINDS, SourceKind, SourceRecord
from bot.store.tables import ArticleRow, SourceRow


def sections_to_json(sections: tuple[Section, ...]) -> list[dict[str, Any]]:
    """Return sections as JSON-ready dictionaries."""
    # `kinds` only when a section has lists, live entries, questions or turns: plain articles
    # keep their old JSON.
    return [
        {"heading": s.heading, "paragraphs": list(s.paragraphs)}
        | ({"kinds": list(s.kinds)} if s.kinds else {})
        for s in sections
    ]


def sections_from_json(data: list[dict[str, Any]]) -> tuple[Section, ...]:
    """Rebuild sections from their JSON form."""
    return tuple(
        Section(
            heading=item.get("heading"),
            paragraphs=tuple(item.get("paragraphs") or ()),
            kinds=tuple(item.get("kinds") or ()),
        )
        for item in data
    )


def stored_article(row: ArticleRow) -> StoredArticle:
    """The stored article a row holds."""
    article = Article(
        source=row.source,
        title=row.title,
        language=row.language,
        date=row.date,
        sections=sections_from_json(row.sections),
        url=row.url,
        site=row.site,
    )
    return StoredArticle(
        id=row.id,
        article=article,
        content_hash=row.content_hash,
        ingested_at=row.ingested_at,
        canonical_url=row.canonical_url,
        source_id=row.source_id,
    )


def source_kind(value: str) -> SourceKind:
    """A source kind read from the database, checked."""
    if value not in SOURCE_KINDS:
        raise ValueError(f"unknown source kind {value!r}")
    return value


def source_record(row: SourceRow) -> SourceRecord:
    """The source a row of the sources table holds."""
    return SourceRecord(
        id=row.id,
        kind=source_kind(row.kind),
        location=row.location,
        etag=row.etag,
        last_modified=row.last_modified,
        last_polled_at=row.last_polled_at,
        failures=row.failures,
        next_poll_at=row.next_poll_at,
        last_error=row.last_error,
    )

"""A digest as stored JSON, and back: what /digest and /topics read without analysing."""

from __future__ import annotations

from typing import Any

from bot.core.model import Digest, SectionDigest, Topic


def digest_to_json(digest: Digest) -> dict[str, Any]:
    """Return the digest as JSON-ready data (with each section's index in the article)."""
    return {
        "source": digest.source,
        "title": digest.title,
        "language": digest.language,
        "date": digest.date,
        "url": digest.url,
        "sections": [
            {
                "heading": s.heading,
                "bullets": list(s.bullets),
                "topics": list(s.topics),
                "index": s.index,
            }
            for s in digest.sections
        ],
        "topics": [
            {"command": t.command, "label": t.label, "sections": list(t.sections)}
            for t in digest.topics
        ],
    }


def digest_from_json(data: dict[str, Any]) -> Digest:
    """Rebuild a digest from `digest_to_json`'s data."""
    return Digest(
        source=data["source"],
        title=data.get("title"),
        language=data["language"],
        date=data.get("date"),
        url=data.get("url"),
        sections=tuple(
            SectionDigest(
                s.get("heading"),
                tuple(s.get("bullets") or ()),
                tuple(s.get("topics") or ()),
                int(s.get("index") or 0),
            )
            for s in data.get("sections") or ()
        ),
        topics=tuple(
            Topic(t["command"], t["label"], tuple(t.get("sections") or ()))
            for t in data.get("topics") or ()
        ),
    )

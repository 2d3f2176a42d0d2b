"""The article library: SQL and in-memory stores, their keys and the database plumbing.

Import the SQL parts from `bot.store.db` and `bot.store.sql`; this package itself pulls in
no SQLAlchemy, so fakes and the core can use the in-memory store cheaply.
"""

from __future__ import annotations

from bot.store.errors import StoreUnavailable
from bot.store.keys import canonical_url, content_hash
from bot.store.memory import InMemoryArticleStore
from bot.store.ports import LibraryStore, SourceKind, SourceRecord

__all__ = [
    "InMemoryArticleStore",
    "LibraryStore",
    "SourceKind",
    "SourceRecord",
    "StoreUnavailable",
    "canonical_url",
    "content_hash",
]

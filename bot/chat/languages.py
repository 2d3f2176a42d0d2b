"""Which language the bot speaks in a chat: its choice, else its user's, else the default.

A chat's choice (/language) wins; a private chat that chose none follows what the platform
says of its user (Telegram's `language_code`); everything else speaks DIGESTBOT_LANGUAGE.
Choices are cached briefly, so a message costs no database read; a change made by another
process shows within `ttl` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from bot.chat.ports import ChatLanguages
from bot.chat.replies import ChatContext
from bot.i18n import ENGLISH, language_of

CACHE_SIZE = 10_000


class MemoryChatLanguages:
    """Chats' language choices in memory (tests, and a bot without a database)."""

    def __init__(self) -> None:
        self._chosen: dict[tuple[str, str], str] = {}

    def chosen(self, platform: str, chat_id: str) -> str | None:
        return self._chosen.get((platform, chat_id))

    def chosen_many(self, platform: str, chat_ids: Collection[str]) -> dict[str, str]:
        found = ((chat, self._chosen.get((platform, chat))) for chat in chat_ids)
        return {chat: language for chat, language in found if language is not None}

    def choose(self, platform: str, chat_id: str, language: str | None) -> None:
        if language is None:
            self._chosen.pop((platform, chat_id), None)
        else:
            self._chosen[(platform, chat_id)] = language


@dataclass
class LanguageBook:
    """Resolve the language of a chat, and record a chat's choice."""

    store: ChatLanguages | None = None
    default: str = ENGLISH
    ttl: float = 30.0
    clock: Callable[[], float] = time.monotonic
    _cache: dict[tuple[str, str], tuple[str | None, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def keeps_choices(self) -> bool:
        return self.store is not None

    def chosen(self, platform: str, chat_id: str) -> str | None:
        """The language a chat chose (cached for `ttl` seconds), or None."""
        if self.store is None:
            return None
        key = (platform, chat_id)
        now = self.clock()
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None and cached[1] > now:
            return cached[0]
        found = language_of(self.store.chosen(platform, chat_id))
        self._remember(key, found, now)
        return found

    def chosen_many(self, platform: str, chat_ids: Collection[str]) -> dict[str, str | None]:
        """`chosen` for many chats of a platform: those not cached in one look-up."""
        if self.store is None:
            return dict.fromkeys(chat_ids)
        now = self.clock()
        found: dict[str, str | None] = {}
        with self._lock:
            for chat_id in chat_ids:
                cached = self._cache.get((platform, chat_id))
                if cached is not None and cached[1] > now:
                    found[chat_id] = cached[0]
        missing = [chat_id for chat_id in chat_ids if chat_id not in found]
        if missing:
            stored = self.store.chosen_many(platform, missing)
            for chat_id in missing:
                found[chat_id] = language_of(stored.get(chat_id))
                self._remember((platform, chat_id), found[chat_id], now)
        return found

    def resolve(self, ctx: ChatContext, user_language: str | None = None) -> str:
        """The language to speak in this chat."""
        return self._resolved(ctx, self.chosen(ctx.platform, ctx.chat_id), user_language)

    def resolve_cached(self, ctx: ChatContext, user_language: str | None = None) -> str | None:
        """The language to speak, when it can be told without the database; else None."""
        if self.store is None:
            return self._resolved(ctx, None, user_language)
        with self._lock:
            cached = self._cache.get((ctx.platform, ctx.chat_id))
        if cached is None or cached[1] <= self.clock():
            return None
        return self._resolved(ctx, cached[0], user_language)

    def _resolved(self, ctx: ChatContext, chosen: str | None, user_language: str | None) -> str:
        if chosen is not None:
            return chosen
        if ctx.chat_kind == "private":
            from_user = language_of(user_language)
            if from_user is not None:
                return from_user
        return self.default

    def choose(self, ctx: ChatContext, language: str | None) -> None:
        """Record this chat's choice (None forgets it)."""
        if self.store is None:
            raise RuntimeError("this bot keeps no chat settings")
        self.store.choose(ctx.platform, ctx.chat_id, language)
        self._remember((ctx.platform, ctx.chat_id), language, self.clock())

    def _remember(self, key: tuple[str, str], language: str | None, now: float) -> None:
        with self._lock:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = (language, now + self.ttl)

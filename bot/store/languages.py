"""The language each chat chose, in the database (the SQL side of `ChatLanguages`)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.store.db import in_transaction, utcnow
from bot.store.tables import ChatLanguageRow


class SqlChatLanguages:
    """Read and record chats' language choices; every call is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def chosen(self, platform: str, chat_id: str) -> str | None:
        def work(session: Session) -> str | None:
            row = session.get(ChatLanguageRow, (platform, chat_id))
            return row.language if row else None

        return in_transaction(self.engine, work)

    def chosen_many(self, platform: str, chat_ids: Collection[str]) -> dict[str, str]:
        if not chat_ids:
            return {}
        query = select(ChatLanguageRow.chat_id, ChatLanguageRow.language).where(
            ChatLanguageRow.platform == platform,
            ChatLanguageRow.chat_id.in_(sorted(set(chat_ids))),
        )
        rows = in_transaction(self.engine, lambda session: session.execute(query).all())
        return {chat_id: language for chat_id, language in rows}

    def choose(self, platform: str, chat_id: str, language: str | None) -> None:
        def work(session: Session) -> None:
            if language is None:
                session.execute(
                    delete(ChatLanguageRow).where(
                        ChatLanguageRow.platform == platform, ChatLanguageRow.chat_id == chat_id
                    )
                )
                return
            row = session.get(ChatLanguageRow, (platform, chat_id))
            if row is None:
                session.add(
                    ChatLanguageRow(
                        platform=platform, chat_id=chat_id, language=language, updated_at=utcnow()
                    )
                )
            else:
                row.language = language
                row.updated_at = utcnow()

        try:
            in_transaction(self.engine, work, write=True)
        except IntegrityError:  # another process inserted the same chat's row meanwhile
            in_transaction(self.engine, work, write=True)

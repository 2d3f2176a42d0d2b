"""The language each chat chose, in the database (the SQL side of `ChatLanguages`)."""

from __future__ import annotations

from sqlalchemy import Engine, delete
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

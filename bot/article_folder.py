"""DIGESTBOT_ARTICLES: the folder of article files the bot reads at start, and again on change.

Each file read is a `file` source whose `last_modified` holds the file's stamp (modification
time in nanoseconds and size) when it was read. At start (`serve`, `chat`) and then every
minute in `serve`'s scheduler, files whose stamp differs (new or changed ones) are ingested;
a check where nothing changed costs one `stat` a file. A removed file keeps its articles.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from bot.ingest import IngestReport, expand, ingest
from bot.store.ports import LibraryStore

log = logging.getLogger(__name__)


def stamp(path: Path) -> str | None:
    """A file's modification time and size, or None when it cannot be read."""
    try:
        status = path.stat()
    except OSError:
        return None
    return f"{status.st_mtime_ns}:{status.st_size}"


class ArticleFolder:
    """The article files of one folder (or one file), read when new or changed."""

    def __init__(self, folder: str | Path, store: LibraryStore) -> None:
        self.folder = Path(folder)
        self.store = store
        self._stamps: dict[str, str] | None = None  # path -> stamp when read; loaded lazily
        self._lock = threading.Lock()

    def exists(self) -> bool:
        return self.folder.exists()

    def changed(self) -> list[tuple[str, str]]:
        """The files (as given to ingest, and their stamps) that are new or changed."""
        if not self.folder.exists():
            return []
        files, _ = expand([str(self.folder)])  # an empty folder is nothing to read
        if self._stamps is None:
            self._stamps = {
                source.location: source.last_modified or "" for source in self.store.sources("file")
            }
        found = []
        for name in files:
            path = Path(name)
            current = stamp(path)
            if current is not None and self._stamps.get(str(path.resolve())) != current:
                found.append((name, current))
        return found

    def read_changed(self, *, now: datetime | None = None) -> IngestReport | None:
        """Ingest the new and changed files; None when there were none."""
        with self._lock:  # the start-up read and the scheduler's check never overlap
            changed = self.changed()
            if not changed:
                return None
            report = ingest([name for name, _ in changed], self.store, progress=False)
            when = now or datetime.now(UTC)
            for name, current in changed:
                # Failed files are marked read too: they are tried again when they change.
                location = str(Path(name).resolve())
                source = self.store.add_source("file", location)
                self.store.record_poll(
                    source.id, polled_at=when, next_poll_at=None, last_modified=current
                )
                assert self._stamps is not None
                self._stamps[location] = current
            for failure in report.failures:
                log.warning("%s: %s", self.folder, failure.line())
            return report

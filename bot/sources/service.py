"""The source commands of a chat (/add, /sources, /remove, OPML files) and what each chat sees.

Chats see the articles of the sources they follow and of every source that is not private
(the shared list, and everything the operator read with `digestbot ingest`). A source a chat
adds is private to the chats that follow it; `hidden(scope)` is the set of private sources
a chat does not follow, cached per library version so a new article is never shown before
the process knows whose it is.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from bot.chat.replies import ChatContext, FileReply, NoticeReply, Reply
from bot.chat.visibility import EVERYTHING, View
from bot.core.errors import InputError
from bot.feeds import FeedLimits, looks_like_feed, parse_feed
from bot.fetch import FetchPolicy, fetch_url, is_url
from bot.i18n import ENGLISH_WORDS, N_, Words, words
from bot.ingest import IngestReport, ingest
from bot.sources.book import SqlSourceBook
from bot.sources.discover import feed_links
from bot.sources.model import DEFAULT_QUOTA, SHARED, FollowedSource, OutlineSource, Scope
from bot.sources.opml import parse_opml, render_opml
from bot.store.keys import URL_LENGTH, canonical_url
from bot.store.ports import LibraryStore, SourceKind

log = logging.getLogger(__name__)


class Versioned(Protocol):
    """The library: its version changes whenever it indexes new articles."""

    @property
    def version(self) -> int: ...


@dataclass(frozen=True)
class Found:
    """What a URL turned out to be: a feed (maybe named by a page) or a page."""

    kind: SourceKind
    location: str
    title: str | None = None
    html_url: str | None = None


def scope_of(ctx: ChatContext) -> Scope:
    return Scope(ctx.platform, ctx.chat_id, ctx.thread_id or "")


def discover(url: str, policy: FetchPolicy) -> Found:
    """Fetch a URL (through the fetch guard): a feed, a page that names a feed, or a page."""
    document = fetch_url(url, policy=policy)
    assert document is not None  # no validators were sent, so no 304
    if looks_like_feed(document):
        parsed = parse_feed(document)
        feed = parsed.get("feed") or {}
        return Found("feed", url[:URL_LENGTH], _text(feed.get("title")), feed.get("link"))
    page_url = document.url or url
    for link, title in feed_links(document.text, page_url)[:3]:
        try:
            linked = fetch_url(link, policy=policy)
            if linked is None or not looks_like_feed(linked):
                continue
            parsed = parse_feed(linked)
        except InputError as error:
            log.info("%s names feed %s, which could not be read: %s", url, link, error)
            continue
        feed = parsed.get("feed") or {}
        return Found("feed", link[:URL_LENGTH], _text(feed.get("title")) or title, page_url)
    return Found("page", canonical_url(url)[:URL_LENGTH], None, None)


def _text(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text[:200] or None


class SourceService:
    """Chat source lists on the database, with the per-chat view of the library."""

    def __init__(
        self,
        book: SqlSourceBook,
        store: LibraryStore,
        *,
        limits: FeedLimits,
        quota: int = DEFAULT_QUOTA,
        library: Versioned | None = None,
    ) -> None:
        self.book = book
        self.store = store
        self.limits = limits
        self.quota = quota
        self.library = library
        self._lock = threading.Lock()
        self._private: tuple[int, frozenset[int]] | None = None  # (library version, ids)
        self._following: dict[Scope, frozenset[int]] = {}

    # --- what each chat sees ----------------------------------------------------------

    def hidden(self, ctx: ChatContext | None) -> View:
        """What this chat sees: private sources it does not follow are hidden (None: shared)."""
        return self.hidden_from(SHARED if ctx is None else scope_of(ctx))

    def hidden_from(self, scope: Scope) -> View:
        """A scope's view: the private sources it does not follow are not for it."""
        version = self.library.version if self.library is not None else -1
        with self._lock:
            private = self._private
            following = self._following.get(scope)
        if private is None or private[0] != version or version < 0:
            private = (version, self.book.private_ids())
            with self._lock:
                self._private = private
                self._following.clear()  # other processes may have changed lists too
            following = None
        if not private[1]:
            return EVERYTHING
        if following is None:
            following = self.book.following(scope)
            with self._lock:
                self._following[scope] = following
        return View.of(private[1], following)

    def _forget(self) -> None:
        with self._lock:
            self._private = None
            self._following.clear()

    # --- the commands -----------------------------------------------------------------

    def add(self, ctx: ChatContext, args: str) -> NoticeReply:
        """`/add URL`: follow a feed (a page's feed when it names one), else the page."""
        _ = words(ctx.language).gettext
        url = args.strip().split(" ")[0] if args.strip() else ""
        if not url:
            return NoticeReply(_("Tell me what to add: /add URL (a feed or a web page)."), "error")
        return self.add_to(scope_of(ctx), url, words(ctx.language))

    def add_to(self, scope: Scope, url: str, said: Words = ENGLISH_WORDS) -> NoticeReply:
        """Follow what `url` is for a scope (the shared list has no quota), and read it now."""
        _ = said.gettext
        if not is_url(url):
            return NoticeReply(_("«%(url)s» is not an http(s) URL.") % {"url": url[:80]}, "error")
        if not scope.shared and self.book.count(scope) >= self.quota:
            text = _(
                "This chat follows %(count)d sources, the most it may. "
                "Remove one first: /sources, then /remove N."
            )
            return NoticeReply(text % {"count": self.quota}, "error")
        try:
            found = discover(url, self.limits.policy)
        except InputError as error:
            text = _("I could not add %(url)s: %(reason)s")
            return NoticeReply(text % {"url": url[:200], "reason": _reason(error, url)}, "error")
        record, added = self._follow(scope, found)
        if not added:
            text = (
                _("The shared list follows %(url)s already.")
                if scope.shared
                else _("This chat follows %(url)s already.")
            )
            return NoticeReply(text % {"url": found.location}, "info")
        report = self._read(found.location, record)
        values = {
            "title": found.title or "",
            "url": found.location,
            "articles": _articles(report, said),
        }
        if found.kind == "feed":
            text = (
                _("Added the feed «%(title)s» %(url)s: %(articles)s.")
                if found.title
                else _("Added the feed %(url)s: %(articles)s.")
            )
        else:
            text = (
                _("Added the page «%(title)s» %(url)s: %(articles)s.")
                if found.title
                else _("Added the page %(url)s: %(articles)s.")
            )
        more = _("/digest shows them; /sources lists this chat's sources.")
        return NoticeReply(f"{text % values} {more}", "ok")

    def _follow(self, scope: Scope, found: Found) -> tuple[int, bool]:
        existing = self.store.get_source(found.location)
        record = self.store.add_source(found.kind, found.location)
        if existing is None and not scope.shared:
            self.book.set_private(record.id, True)  # before any of its articles is stored
        added = self.book.follow(scope, record.id, title=found.title, html_url=found.html_url)
        if scope.shared:
            self.book.share([record.id])
        self._forget()
        return record.id, added

    def _read(self, location: str, source_id: int) -> IngestReport:
        """Read a new source's articles now, so the next /digest has them."""
        report = ingest([location], self.store, progress=False, limits=self.limits)
        self.book.record_health(
            source_id, ok=not (report.failures and not report.added), now=_now()
        )
        return report

    def listing(self, ctx: ChatContext, args: str) -> Reply:
        """`/sources`: this chat's sources, numbered; `/sources opml`: them as an OPML file."""
        said = words(ctx.language)
        _ = said.gettext
        scope = scope_of(ctx)
        sources = self.book.listing(scope)
        if args.strip().lower() == "opml":
            caption = said.ngettext(
                "This chat's %(count)d source as OPML.",
                "This chat's %(count)d sources as OPML.",
                len(sources),
            )
            return FileReply(
                "sources.opml",
                render_opml(sources, title="Digestbot sources").encode("utf-8"),
                "text/x-opml",
                caption % {"count": len(sources)},
            )
        if args.strip():
            return NoticeReply(_("Use /sources, or /sources opml for an OPML file."), "error")
        if not sources:
            return NoticeReply(
                _(
                    "This chat follows no sources of its own; it sees the shared ones. "
                    "Add one with /add URL."
                ),
                "info",
            )
        head = _("This chat's sources (%(count)d of at most %(quota)d):")
        lines = [head % {"count": len(sources), "quota": self.quota}]
        lines += [f"{n}. {self.line(source, said)}" for n, source in enumerate(sources, 1)]
        lines.append(_("Remove one with /remove N; /sources opml exports them."))
        return NoticeReply("\n".join(lines), "info")

    def remove(self, ctx: ChatContext, args: str) -> NoticeReply:
        """`/remove N` or `/remove URL`."""
        _ = words(ctx.language).gettext
        wanted = args.strip()
        if not wanted:
            return NoticeReply(
                _("Tell me which: /remove N (see /sources) or /remove URL."), "error"
            )
        return self.remove_from(scope_of(ctx), wanted, words(ctx.language))

    def remove_from(self, scope: Scope, wanted: str, said: Words = ENGLISH_WORDS) -> NoticeReply:
        """Take source number N (as /sources numbers them) or a URL off a scope's list."""
        _ = said.gettext
        sources = self.book.listing(scope)
        chosen = _pick(sources, wanted)
        if chosen is None:
            text = (
                _("The shared list has no source %(wanted)s; /sources lists them.")
                if scope.shared
                else _("This chat has no source %(wanted)s; /sources lists them.")
            )
            return NoticeReply(text % {"wanted": wanted[:200]}, "error")
        self.book.unfollow(scope, chosen.source_id)
        self._forget()
        return NoticeReply(_("Removed %(name)s.") % {"name": chosen.title or chosen.location}, "ok")

    def import_opml(self, ctx: ChatContext, data: bytes) -> NoticeReply:
        """An OPML file sent to the chat: follow its feeds, within the quota."""
        said = words(ctx.language)
        try:
            outlines = parse_opml(data)
        except InputError as error:
            text = said.gettext("I could not read that file: %(reason)s")
            return NoticeReply(text % {"reason": error}, "error")
        counts = self.import_outlines(scope_of(ctx), outlines)
        return NoticeReply(counts.summary(said), "ok" if counts.added else "info")

    def import_outlines(self, scope: Scope, outlines: list[OutlineSource]) -> ImportCounts:
        """Follow each outline's feed or page (not fetched now: the poller reads them)."""
        counts = ImportCounts()
        known = {source.location for source in self.book.listing(scope)}
        room = None if scope.shared else self.quota - len(known)
        for outline in outlines:
            kind: SourceKind = "feed" if outline.feed else "page"
            location = (outline.url if outline.feed else canonical_url(outline.url))[:URL_LENGTH]
            if location in known:
                counts.known += 1
                continue
            if room is not None and counts.added >= room:
                counts.over_quota += 1
                continue
            found = Found(kind, location, outline.title, outline.html_url)
            source_id, added = self._follow(scope, found)
            known.add(location)
            if added and kind == "page":
                self._read(found.location, source_id)  # the poller reads feeds, not pages
            if added:
                counts.added += 1
            else:
                counts.known += 1
        return counts

    @staticmethod
    def line(source: FollowedSource, said: Words | None = None) -> str:
        """One source as /sources (in the chat's words) and `digestbot sources list` show it."""
        name = f"{source.title} — {source.location}" if source.title else source.location
        read = source.last_read_at
        if said is None:  # the operator's CLI: as it always was
            when = f"read {read:%Y-%m-%d %H:%M} UTC" if read else "not read yet"
            return f"{name} ({source.kind}; {when}; {source.state})"
        _ = said.gettext

        def at(moment: datetime) -> str:
            return f"{said.date(moment.date())} {moment:%H:%M}"

        when = _("read %(when)s UTC") % {"when": at(read)} if read else _("not read yet")
        if source.gone_at is not None:
            state = _("gone")
        elif source.failing_since is not None:
            state = _("failing since %(when)s UTC") % {"when": at(source.failing_since)}
        else:
            state = _("ok") if read is not None else _("not read yet")
        kind = _(_KINDS[source.kind]) if source.kind in _KINDS else source.kind
        return f"{name} ({kind}; {when}; {state})"

    def export(self, scope: Scope) -> str:
        return render_opml(self.book.listing(scope), title=f"Digestbot: {scope.describe()}")


@dataclass
class ImportCounts:
    added: int = 0
    known: int = 0
    over_quota: int = 0

    def summary(self, said: Words = ENGLISH_WORDS) -> str:
        _ = said.gettext
        values = {"added": self.added, "known": self.known, "over": self.over_quota}
        if self.over_quota:
            text = _(
                "Imported %(added)d sources (%(known)d followed already, "
                "%(over)d left out: over the quota). The next feed poll reads them."
            )
        else:
            text = _(
                "Imported %(added)d sources (%(known)d followed already). "
                "The next feed poll reads them."
            )
        return text % values


def _pick(sources: list[FollowedSource], wanted: str) -> FollowedSource | None:
    if wanted.isdigit():
        number = int(wanted)
        return sources[number - 1] if 1 <= number <= len(sources) else None
    keys = {wanted, canonical_url(wanted)} if is_url(wanted) else {wanted}
    return next((s for s in sources if s.location in keys or s.html_url in keys), None)


def _articles(report: IngestReport, said: Words) -> str:
    total = report.added + report.unchanged
    if not total and report.failures:
        text = said.gettext("no article could be read yet (%(reason)s)")
        return text % {"reason": report.failures[0].reason[:120]}
    text = said.ngettext(
        "%(count)d article (%(new)d new)", "%(count)d articles (%(new)d new)", total
    )
    return text % {"count": total, "new": report.added}


# How /sources names a source's kind (msgids; the CLI shows the codes).
_KINDS = {"feed": N_("feed"), "page": N_("page"), "file": N_("file")}


def _reason(error: InputError, url: str) -> str:
    return " ".join(str(error).removeprefix(f"{url}: ").split())[:200]


def _now() -> datetime:
    return datetime.now(UTC)

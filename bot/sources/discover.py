"""Find the feed a web page names in its head: `<link rel="alternate" type="...rss+xml">`."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_READ_CHARS = 200_000


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in FEED_TYPES[:2] and values.get("href"):
            self.links.append((values["href"], values.get("title") or None))


def feed_links(page: str, base_url: str) -> list[tuple[str, str | None]]:
    """Return the RSS/Atom feeds a page links to (absolute http(s) URLs, with titles), in order."""
    head_end = page.lower().find("</head>")
    finder = _FeedLinks()
    try:
        finder.feed(page[: head_end if head_end >= 0 else _READ_CHARS])
    except Exception:  # noqa: BLE001 - a broken head just names no feed
        return []
    found: list[tuple[str, str | None]] = []
    for href, title in finder.links:
        url = urljoin(base_url, href)
        if url.startswith(("http://", "https://")) and url not in (u for u, _ in found):
            found.append((url, title))
    return found

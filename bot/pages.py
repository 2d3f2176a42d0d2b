"""Web pages: the canonical URL a page names for itself."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from bot.store.keys import canonical_url


class _CanonicalLink(HTMLParser):
    """Find `<link rel="canonical" href="...">` in a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link" or self.href is not None:
            return
        values = dict(attrs)
        rels = (values.get("rel") or "").lower().split()
        if "canonical" in rels and values.get("href"):
            self.href = values["href"]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def page_canonical_url(page: str, url: str) -> str:
    """Return the canonical URL of a fetched page: its `rel=canonical` link, else its own URL.

    A canonical link to another host is ignored: a careless or hostile site could otherwise
    make all its pages, or another site's, collapse into one article.
    """
    head_end = page.lower().find("</head>")
    finder = _CanonicalLink()
    try:
        finder.feed(page[: head_end if head_end >= 0 else 200_000])
    except Exception:  # noqa: BLE001 - a broken head just means no canonical link
        finder.href = None
    if finder.href:
        candidate = urljoin(url, finder.href.strip())
        if candidate.startswith(("http://", "https://")) and _host(candidate) == _host(url):
            return canonical_url(candidate)
    return canonical_url(url)

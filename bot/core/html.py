"""Main-text extraction from web pages, with trafilatura (imported only when needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Extracted:
    markdown: str
    title: str | None
    date: str | None
    language: str | None
    site: str | None = None  # trafilatura's sitename: og:site_name, the publisher


def extract(html: str, *, url: str | None = None) -> Extracted | None:
    """Return the article's text as Markdown (headings as `#`/`##`) with its metadata.

    Scripts, navigation, footers and ads are dropped by trafilatura.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        output_format="python",
        include_formatting=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        with_metadata=True,
        # Dates from the page's metadata (meta tags, <time>, JSON-LD) only: the
        # extensive search reads «© 2024» in a footer as 2024-01-01.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": date.today().isoformat(),
        },
    )
    text = getattr(document, "text", None)
    if document is None or not text:
        return None
    published = getattr(document, "date", None)
    language = getattr(document, "language", None)
    return Extracted(
        markdown=str(text),
        title=getattr(document, "title", None) or None,
        date=str(published) if published else None,
        language=str(language) if language else None,
        site=_site_name(getattr(document, "sitename", None), url),
    )


def _site_name(sitename: object, url: str | None) -> str | None:
    """The site's own name; None when trafilatura only echoed the host of the URL."""
    name = " ".join(str(sitename or "").split())[:200]
    if not name:
        return None
    host = (urlsplit(url).hostname or "") if url else ""
    if host and name.lower().removeprefix("www.").split(":")[0] == host.removeprefix("www."):
        return None
    return name

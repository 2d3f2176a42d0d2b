"""OPML 2.0 in and out: the subscription lists feed readers import and export.

Read with defusedxml: an OPML file comes from a user, and entity tricks (a billion laughs,
external entities) must not reach the parser.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from bot.core.errors import InputError
from bot.sources.model import FollowedSource, OutlineSource

MAX_OPML_BYTES = 1024 * 1024
MAX_OUTLINES = 1000


def parse_opml(data: bytes | str) -> list[OutlineSource]:
    """Return the feeds (and pages) an OPML file names, nested folders included, in order."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_OPML_BYTES:
        raise InputError(f"the OPML file is larger than {MAX_OPML_BYTES // 1024} KB")
    try:
        root = safe_xml.fromstring(raw)
    except (safe_xml.ParseError, DefusedXmlException) as error:
        reason = " ".join(str(error).split())[:120]
        raise InputError(f"is not a readable OPML file ({reason})") from None
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise InputError("is not an OPML file (no <opml> with a <body>)")
    found: dict[str, OutlineSource] = {}
    for outline in root.iter("outline"):
        attrs = {key.lower(): (value or "").strip() for key, value in outline.attrib.items()}
        title = attrs.get("title") or attrs.get("text") or None
        html_url = attrs.get("htmlurl") or None
        feed_url = attrs.get("xmlurl")
        if feed_url:
            found.setdefault(feed_url, OutlineSource(feed_url, title, html_url, feed=True))
        elif html_url and len(outline) == 0 and attrs.get("type", "").lower() in ("link", ""):
            # A link outline with no feed: the page itself is the source.
            found.setdefault(html_url, OutlineSource(html_url, title, None, feed=False))
        if len(found) > MAX_OUTLINES:
            raise InputError(f"the OPML file names more than {MAX_OUTLINES} sources")
    usable = [o for o in found.values() if o.url.startswith(("http://", "https://"))]
    if not usable:
        raise InputError("the OPML file names no http(s) feed")
    return usable


def render_opml(
    sources: Iterable[FollowedSource], *, title: str, now: datetime | None = None
) -> str:
    """Return an OPML 2.0 document of the sources: feeds as `rss` outlines, pages as links."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC), usegmt=True)
    body = SubElement(root, "body")
    for source in sources:
        name = source.title or source.location
        if source.kind == "feed":
            attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": source.location}
            if source.html_url:
                attrs["htmlUrl"] = source.html_url
        else:
            attrs = {"type": "link", "text": name, "title": name, "htmlUrl": source.location}
        SubElement(body, "outline", attrs)
    text = tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'

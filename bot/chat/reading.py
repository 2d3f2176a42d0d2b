"""What a reader sees beside an article's bullets: its site and its date, in the chat's words.

Shared by every renderer, so Telegram, Slack and the console name and date alike.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from bot.chat.replies import ArticleRef
from bot.i18n import Words

# The longest source line, on every platform (a site name can be any length).
MAX_SOURCE_LINE = 120
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _is_web(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def host_of(url: str | None) -> str | None:
    """The host a reader recognises (`nrk.no`), never a bare IP address."""
    if not url or not _is_web(url):
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host.removeprefix("www.") or None
    return None


def source_name(ref: ArticleRef) -> str | None:
    """Who published it: the site or feed name, else the host; a file's own name."""
    if ref.site:
        return " ".join(ref.site.split())
    web = ref.url if _is_web(ref.url) else ref.source if _is_web(ref.source) else None
    if web is not None:
        return host_of(web)
    name = ref.source.replace("\\", "/").rsplit("/", 1)[-1]
    return name if name and name != "-" else None


def reader_date(value: str | None, words: Words) -> str | None:
    """«12. mars 2024» for `2024-03-12`, «mars 2024» for `2024-03`; other text as it is."""
    return words.date_text(value)[:40] or None


def source_line(ref: ArticleRef, words: Words) -> str:
    """«Testavisen · 12. mars 2024»: the source line under a title ("" when nothing is known).

    A file with no title of its own is already named by its file name: not twice.
    """
    name = source_name(ref)
    if name == ref.name:
        name = None
    line = " · ".join(p for p in (name, reader_date(ref.date, words)) if p)
    return line if len(line) <= MAX_SOURCE_LINE else line[: MAX_SOURCE_LINE - 1].rstrip() + "…"

"""The keys articles are deduplicated by: a canonical URL and a hash of the normalised text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.core.model import Article

URL_LENGTH = 2048  # a unique btree key must stay under PostgreSQL's ~2.7 kB entry limit
# Tracking parameters that never change what a page shows.
_TRACKING = re.compile(r"^(utm_[a-z_]*|fbclid|gclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def content_hash(article: Article) -> str:
    """Return the sha256 of the article's text, with case, Unicode form and spacing normalised."""
    normalised = " ".join(unicodedata.normalize("NFKC", article.text).casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """Normalise a URL: no utm_* or click ids, no fragment, no trailing slash, lower-case host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host  # user info is dropped: keys end up in logs and must hold no password
    if port and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in pairs if not _TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, query, ""))

"""Links a reader gets: the article's address without tracking parameters.

Which query parameters track is courlan's list (it follows AdGuard's and ClearURLs'
filters): `utm_*`, `fbclid`, `gclid`, `mc_*`, `igshid`, and their kin.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# A few the list reads differently (`mc_eid` it has; `_hsenc` HubSpot it has not).
_ALSO = re.compile(r"^(?:_hsenc|_hsmi|mc_[a-z]+|ref_src|si)$")


@cache
def _trackers() -> re.Pattern[str]:
    from courlan.clean import TRACKERS_RE  # imported on first use: courlan is slow to load

    return TRACKERS_RE


def is_tracking(name: str) -> bool:
    """Tell whether a query parameter only tracks the reader (`utm_source`, `fbclid`).

    courlan's patterns match the start of a word (`ga`, `ref`); a word that goes on
    (`game`, `refresh`) is the site's own parameter and stays.
    """
    lowered = name.lower()
    if _ALSO.match(lowered):
        return True
    for match in _trackers().finditer(lowered):
        end = match.end()
        if end == len(lowered) or lowered[end - 1] == "_" or lowered[end] in "_-":
            return True
    return False


def without_tracking(url: str) -> str:
    """Return `url` without its tracking parameters; the rest of it is left as it was."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not is_tracking(k)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))

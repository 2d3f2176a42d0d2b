"""A page's title without the site name and date it puts after the headline."""

from __future__ import annotations

import re

# Titles: «… | DW | 19.01.2020», «… – NRK», «… - BBC News».
_TITLE_SPLIT = re.compile(r"\s+(?:\||–|—|-|::|·)\s+")
_DATE_LIKE = re.compile(r"^[\d\s./:-]+$")
# A wire's slug in front of its headline: «Soccer-Young at the double …», «UPDATE 2-…».
_WIRE_SLUG = re.compile(
    r"^(?:(?:CORRECTED|REFILE|RPT|EXCLUSIVE|UPDATE \d+|WRAPUP \d+)-)+(?=[A-Z])"
    r"|^(?:(?:Soccer|Football|Tennis|Golf|Cricket|Rugby|Athletics|Cycling|Boxing|"
    r"Olympics|Motor racing|Formula One|Basketball|Baseball|NFL|NBA|NHL)-)(?=[A-Z])"
)
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}$")


def clean_title(title: str | None) -> str | None:
    """Drop the site name and date a page puts after its headline.

    «… | DW | 19.01.2020», «… – NRK», «… - BBC News», «… – NRK Norge – Oversikt over
    nyheter …»: everything from the first part that names a site or a date goes.
    """
    if not title:
        return None
    title = _WIRE_SLUG.sub("", " ".join(title.split()), count=1)
    parts = _TITLE_SPLIT.split(title)
    # (a part after a colon is what someone said: «Observerte mann med kniv: – Ubehagelig»)
    cut = next(
        (
            i
            for i in range(1, len(parts))
            if _site_part(parts[i]) and not parts[i - 1].endswith(":")
        ),
        len(parts),
    )
    if cut == len(parts):
        return title
    end = 0
    for part in parts[:cut]:  # keep the original separators between the parts kept
        end = title.index(part, end) + len(part)
    return title[:end].strip() or None


def _site_part(part: str) -> bool:
    """A site name, a domain or a date: short, every word capitalised, no verb."""
    part = part.strip()
    if not part:
        return True
    if _DATE_LIKE.match(part):
        return True
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", part):
        return True  # nrk.no
    words = part.split()
    if len(words) > 3 or _SCORE.search(part):
        return False  # («Rosenborg - Tromsø 3-2»: a match and its score, no site)
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("the", "of") for w in words)

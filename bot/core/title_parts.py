"""What a page's title puts after its headline and a bar: a site's name, a domain, a date, a
section's tag («… | DW | 19.01.2020», «… | Railroad strikes»)."""

from __future__ import annotations

import re

from bot.core.bylines import names_only

_DATE_LIKE = re.compile(r"^[\d\s./:-]+$")
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}$")


def tag_part(parts: list[str], i: int, title: str) -> bool:
    """A section's tag in lower case between the headline and the site, or after a long
    headline and a bar: «… | punjab | Hindustan Times …», «… win the Champions League |
    handball»."""
    words = parts[i].split()
    if (
        2 <= len(words) <= 3
        and all(map(str.isalpha, words))
        and words[1:] == [w.lower() for w in words[1:]]
    ):
        # («… strikes across UK | Railroad strikes»: a tag of words after a long headline)
        return title.endswith(f" | {parts[i]}") and parts[0].count(" ") >= _LONG_HEADLINE
    if not (parts[i].isalpha() and parts[i].islower()):
        return False
    return i + 1 < len(parts) or (title.endswith(f" | {parts[i]}") and parts[0].count(" ") >= 3)


_LONG_HEADLINE = 6  # spaces


def site_part(part: str) -> bool:
    """A site name, a domain or a date: short, every word capitalised, no verb."""
    part = part.strip()
    if not part:
        return True
    if ": " in part and (site := part.split(": ", 1))[1][:1].isupper():
        # a site and its sections: «East Valley Tribune: Nation / World»
        sections = site[1].split()
        return site_part(site[0]) and all(w[:1].isupper() or w == "/" for w in sections)
    if _DATE_LIKE.match(part) or _SECTIONS_LISTED.fullmatch(part):
        return True  # (or its sections and its town: «News, Weather, Sports, Toledo, OH»)
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", part):
        return True  # nrk.no
    words = part.split()
    if len(words) > 3 and ("og" in words or "and" in words) and names_only(part, allow_roles=True):
        return True  # «… | Jan-Ole Hesselberg og Jonas Vaag»: the writers
    if len(words) > 3 or _SCORE.search(part):
        return False  # («Rosenborg - Tromsø 3-2»: a match and its score, no site)
    # («… – news Norway – Overview of news …»: a translated page's site name in lower case)
    # («… - 7M sport»: a site named for its sport)
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SITE_WORDS for w in words)


_SECTIONS_LISTED = re.compile(r"(?:News|Nyheter|Nyheiter)(?:, [A-Z][\w&.]*(?: [A-Z][\w&.]*)?)+")
_SITE_WORDS = frozenset(("the", "of", "news", "sport", "sports", "nyheter", "nyheiter"))

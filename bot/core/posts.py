"""The posts a page embeds (a tweet and its credit line): no paragraph of the story."""

from __future__ import annotations

import re

from bot.core.text import spaces

# An embedded post's credit line: «— Hanne Blåfjelldal (@Blaafjelldal) October 2, 2014».
POST_CREDIT = re.compile(
    r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s+(?:[A-Za-z]+\.?\s+\d{1,2},\s+\d{4}|"
    r"\d{1,2}\.\s+[a-zæøå]+\s+\d{4})$"
)
_POST_CREDIT_AFTER = re.compile(r"\s" + POST_CREDIT.pattern[1:])  # (its text run into it)
_POST_WORDS = 60  # words: a post is short (280 characters)


def embedded_posts(texts: list[str]) -> set[int]:
    """The units of posts a page embeds: the credit line («— Hadia Tajik (@HadiaTajik)
    October 2, 2014») and the post's text just above it, which is no paragraph of the
    story (its hashtags and handles, its speaker named only below it)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if text[:1] in "—–-" and "(@" in text and POST_CREDIT.match(text):
            found.add(i)
            if i and texts[i - 1].count(" ") < _POST_WORDS:
                found.add(i - 1)
        # «#Oslo. … De skal ha ankommet stedet i biler. — OPS Politiet Oslo (@oslopolitiops)
        # September 12, 2020»: a post and its credit on one line
        elif "(@" in text[-60:] and spaces(text, _POST_WORDS) < _POST_WORDS:
            found.update((i,) if _POST_CREDIT_AFTER.search(text) else ())
    return found

"""A page's trail of sections over its story: «Hjem > Nyheter > Innenriks», «Heim Nyhende
Vestland»."""

from __future__ import annotations

import re

from bot.core.bylines import word_tokens
from bot.core.page_words import NAV

_BREADCRUMB_SEP = re.compile(r"\s+[>›»|/·•]\s+")


def is_breadcrumb(text: str) -> bool:
    """«Hjem > Nyheter > Innenriks», «Heim Nyhende Vestland»; from the paper's name,
    however long: «East Anglian Daily Times > News > Crime» (a short line: its caller's)."""
    if text.count(" > ") >= 2:
        return True
    parts = _BREADCRUMB_SEP.split(text)
    if len(parts) >= 2 and all(0 < len(p.split()) <= 3 for p in parts):
        return all(p[:1].isupper() or p[:1].isdigit() for p in parts)
    tokens = word_tokens(text)
    if not 2 <= len(tokens) <= 6 or any(not t[0].isupper() for t in tokens):
        return False
    nav = sum(t.lower() in NAV for t in tokens)  # (not «Home Burglary Suspect Arrested …»)
    home = tokens[0].lower() in _HOME and (nav >= 2 or len(tokens) <= 4)
    return home or nav * 2 > len(tokens)


_HOME = ("hjem", "heim", "forside", "home")

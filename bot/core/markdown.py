"""Markdown's inline marks read as plain text: a link's words, emphasis without its marks."""

from __future__ import annotations

import re

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def inline_markdown(text: str) -> str:
    """«**Nato** møtes i [Brussel](https://…)» → «Nato møtes i Brussel»."""
    text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "`" in text:
        for _ in range(2):
            text = MD_EMPHASIS.sub(r"\2", text)
    return text.strip()

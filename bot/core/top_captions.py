"""A picture's caption over the headline, which is neither title nor lead: one sentence
under a site's label, a labelled caption that tells of the headline below it, one that says
what the video shows, a short one naming whom the lead names."""

from __future__ import annotations

import re

from bot.core.headlines import title_like
from bot.core.lexicon import lexicon
from bot.core.model import PARAGRAPH
from bot.core.structure import Unit, is_prose
from bot.core.text import SENTENCE_END, spaces


def caption_over_headline(caption: Unit, line: Unit, below: Unit) -> bool:
    """Under a site's section label, one sentence over a headline over the prose: «Samfunn»
    / «Nobelprisvinner … viser frem forskningen sin til kronprinsessen i 2015.» / «Fremgang
    for norsk forskning» / the standfirst."""
    return (
        caption.kind == PARAGRAPH
        and caption.text.endswith(".")
        and spaces(caption.text, _CAPTION_WORDS) < _CAPTION_WORDS
        and ". " not in caption.text
        and not line.text.endswith(SENTENCE_END)
        and title_like(line, below)
        and is_prose(below.text, below.kind)
    )


_CAPTION_WORDS = 30


# A caption's label of one word in mixed case, then one sentence
_LABELLED_CAPTION = re.compile(r"([A-ZÆØÅ][a-zæøå]{3,12}): [A-ZÆØÅ][^.!?]{10,200}\.$")


def top_caption(caption: Unit, line: Unit, below: Unit) -> bool:
    """The top picture's caption under its label, over the headline it tells of and the
    prose: «Ulukke: Ein person er stadfesta omkomen, …» over «MC-førar omkom etter ulukke»
    (a word for a label, not a place's name: «Bergen: Politiet rykket ut …» is a lead)."""
    label = _LABELLED_CAPTION.match(caption.text)
    if line.text.endswith(SENTENCE_END) or not title_like(line, below):
        return False
    if label is None:  # («Her blir mannen slått … Det viser en video på Dagbladet TV.»)
        return _POINTS_AT_PICTURE.search(caption.text) is not None and is_prose(
            below.text, below.kind
        )
    word = label.group(1).lower()
    known = any(lexicon(language).known(word) for language in ("nb", "nn"))
    shared = set(_WORD4.findall(caption.text.lower())) & set(_WORD4.findall(line.text.lower()))
    return known and bool(shared) and is_prose(below.text, below.kind)


# A caption's words on what the picture or the video shows
_POINTS_AT_PICTURE = re.compile(
    r"(?:^|\. )(?:Det|Dette|This|It) (?:viser|syner|shows|is from) (?:en|ei|eit|et|a|an) "
    r"(?:video|film|bilde|bilete|clip|photo|image)\b|^(?:Her|Here) (?:blir|ser du|you can see)\b"
)


def short_caption(caption: Unit, lead: Unit) -> bool:
    """A picture's caption in a short sentence that names whom the lead names."""
    names = set(_NAME.findall(caption.text)[1:])
    return spaces(caption.text, _CAPTION_SPACES) < _CAPTION_SPACES and any(
        name in lead.text for name in names
    )


_NAME = re.compile(r"\b[A-ZÆØÅ][\w-]+")
_CAPTION_SPACES = 12
_WORD4 = re.compile(r"\w{4,}")

"""The title among an article's first units: the headline under what a page puts over it.

A headline comes under a page's kickers, captions, trails, mastheads, tags and menus; a
standfirst over it, a score, a label, a lone list item; or it is not there at all (an excerpt
that opens mid-story). bot/core/sections.py groups the rest into sections.
"""

from __future__ import annotations

import re

from bot.core.furniture import is_section_label
from bot.core.headlines import (
    PERSON_PICTURED,
    headline_over_byline,
    headline_under,
    in_capitals,
    kicker,
    take_headline,
    title_like,
)
from bot.core.model import LIST_ITEM, PARAGRAPH
from bot.core.name_words import a_word
from bot.core.no_news import says_no_news
from bot.core.speakers import SAID_AFTER
from bot.core.stamps import SCORE_LINE, TEAM_SCORE
from bot.core.stopwords import stopwords
from bot.core.structure import HEADING, TITLE, Unit, is_prose
from bot.core.text import SENTENCE_END, spaces
from bot.core.titles import (
    QUOTE_START,
    breadcrumb_over,
    live_label,
    masthead,
    name_line,
    page_title_over,
    site_name,
    tag_line,
    told_below,
)
from bot.core.top_captions import caption_over_headline, short_caption, top_caption

# A headline's pointer to a list or pictures under it: «…: Sjekk alle her!», «– se listen her»
_TEASER_TAIL = re.compile(
    r"(?::| [–—-]) (?:[Ss]jekk|[Ss]e|[Ss]jå|[Ll]es|[Hh]er er) (?:alle|hele|heile|lista|listen|"
    r"bildene|bileta|kartet|oversikten|oversikta|videoen)(?: \w+)? her[.!]?$"
)
_SUMMARY_LABELS = frozenset(
    (
        "summary",
        # (a live blog's labels: «Evening summary» over its points)
        *("morning summary", "evening summary", "closing summary", "opening summary"),
        *("key events", "key updates", "what we know", "what we know so far"),
        "key points",
        "at a glance",
        "what you need to know",
        "the latest",
        "oppsummert",
        "oppsummering",
        "samandrag",
        "sammendrag",
        "kort fortalt",
        "siste nytt",
    )
)


def _lower_kicker(unit: Unit) -> bool:
    """«medical milestones», «expensive tastes»: a site's kicker in lower case (no headline is)."""
    return _label_line(unit) and unit.text.islower()


def _two_labels_over_headline(units: list[Unit]) -> bool:
    return (
        len(units) >= 4
        and _lower_kicker(units[1])
        and _label_line(units[0])
        and title_like(units[2], units[3])
        and not told_below(units[1].text, units[2].text)
    )


def _label_line(unit: Unit) -> bool:
    """A paragraph of up to three words, no sentence: «Speed Reads»."""
    text = unit.text
    return unit.kind == PARAGRAPH and text.count(" ") < 3 and not text.endswith(SENTENCE_END)


def take_title(units: list[Unit], *, find_title: bool) -> str | None:
    """Remove and return the title, and any kicker lines over it."""
    marked = next((i for i, u in enumerate(units) if u.kind == TITLE), None)
    if marked is not None:
        if all(kicker(u) for u in units[:marked]) and marked <= 2:
            title = units[marked].text
            del units[: marked + 1]
            return title
        units[marked].kind = HEADING  # an h1 below the text is a heading
    if not find_title:
        return None
    if len(units) > 4 and [u.text for u in units[:2]] == [u.text for u in units[2:4]]:
        del units[:2]  # the headline and its standfirst given twice over
    elif len(units) > 3 and _standfirst_around(units):
        del units[0]  # the standfirst over the headline and again under it
    for unit in units[:3]:  # «… raskt internett: Sjekk alle her!»: the headline's teaser
        if unit.kind == PARAGRAPH and unit.text.endswith(("her!", " her", "her.")):
            unit.text = _TEASER_TAIL.sub("", unit.text)
    if units and units[0].text[:3] == "Det" and says_no_news(f"{units[0].text}."):
        units[0].text += "."  # «Det melder NRK Sogn og Fjordane»: a credit (the lead cut off
        # above it), its stop lost; no headline (its speaker named stays: «Det bekrefter …»)
    del units[: headline_over_byline(units)]  # a weather box, a date over «Council OKs …»
    if len(units) >= 3 and page_title_over(units[0], units[1]):
        del units[0]  # «Oscars 2020: Live updates … | Star-Advertiser» over the headline alone
    if len(units) >= 4 and _other_story_over(units):
        del units[0]  # «… Chess Championship» over «Ex-Rep. Jefferson Convicted …»: a rail's
    if len(units) >= 3 and breadcrumb_over(units[0], units[1]):
        # «Heim Nyhende Kan bli …» over «Kan bli …»: the trail, then the title, which the
        # trail names (not a kicker over the standfirst below it)
        del units[0]
        return units.pop(0).text
    if len(units) >= 2 and _caps_byline(units[0].text) and is_prose(units[1].text, units[1].kind):
        del units[0]  # «PER MARIFJÆREN» over the story's prose: who wrote it, no headline
    while len(units) >= 3 and name_line(units[0].text) and name_line(units[1].text):
        del units[0]  # «Hilde Kristin Strand» / «Erlend Spurkeland»: who took and wrote it
        if not name_line(units[1].text):
            del units[0]
    if units and is_section_label(units[0].text):
        del units[0]  # «Sport» over the story names the site's section
    elif len(units) >= 4 and tag_line(units[0].text) and caption_over_headline(*units[1:4]):
        del units[:2]  # «Samfunn», then the top picture's caption, one sentence over the headline
        return units.pop(0).text
    elif len(units) >= 2 and tag_line(units[0].text) and is_prose(units[1].text, units[1].kind):
        del units[0]  # «Orkland» over the story's prose: the page's tag, no headline
    elif len(units) >= 3 and site_name(units[:4]) and title_like(units[1], units[2]):
        del units[0]  # «The Canadian Press - ONLINE EDITION», «Shropshire Star» over the headline
    pictured = len(units) >= 3 and PERSON_PICTURED.fullmatch(units[0].text)
    if pictured and title_like(units[1], units[2]):
        del units[0]  # «Adm.direktør Per Jæger i Boligprodusentene.»: the top picture's
    if _two_labels_over_headline(units):
        del units[:2]  # «Speed Reads» / «medical milestones» over the headline
    if len(units) >= 3 and _opens_the_headline(units[0].text, units[1].text):
        del units[0]  # «Cease-Fire Talks» over «Cease-Fire Talks In Turkey … Deadlock»
    if (
        len(units) >= 3
        # (a label of two words, a verb's form or a plural's: «Road races» over a headline)
        and (
            kicker(units[0])
            or _lower_kicker(units[0])  # («expensive tastes»: a verb's form, in lower case)
            or (units[0].text.count(" ") == 1 and _stopless_headline_below(units))
        )
        # (longer, or under a label in capitals: «SOMMERSELFIE MED NYE REKTORER»)
        and (len(units[1].text) > len(units[0].text) or in_capitals(units[0].text))
        and title_like(units[1], units[2])
        and not told_below(units[0].text, units[1].text)
        # (not «Pinlig for Støre» over its standfirst's sentence: a headline of few words)
        and (units[0].text.count(" ") < 2 or not units[1].text.endswith("."))
        and not SCORE_LINE.match(units[0].text)  # (a match's score is its headline)
        and not TEAM_SCORE.match(units[0].text)  # («Kilkenny 0-18» over «Tipperary 0-17»)
    ):
        del units[0]
    if units and units[0].text.lower().rstrip(":") in _SUMMARY_LABELS:
        return None  # a live page's «Summary» box heads its points, not the article
    run = 0
    while run < len(units) and _teaser_line(units[run]):
        run += 1
    quotes = sum(unit.kind == LIST_ITEM for unit in units[:run])  # (not a list of points)
    if 3 <= run < len(units) and units[run].kind == PARAGRAPH and 2 * quotes < run:
        _headline_of_run(units, run)
    menu_link = len(units) >= 3 and units[0].kind == LIST_ITEM and not units[0].dash
    if menu_link and units[1].kind != LIST_ITEM and title_like(units[1], units[2]):
        del units[0]  # «• Directory of Taiwan» over the headline: a menu's last link
    lone_dash = len(units) >= 2 and units[0].kind == LIST_ITEM and units[0].dash
    # («- Skuffelsen er enorm» on top: a quote; over «- Det var …, seier Rita Langø.» too)
    if lone_dash and (units[1].kind != LIST_ITEM or SAID_AFTER.search(units[1].text)):
        units[0].kind, units[0].text = PARAGRAPH, f"– {units[0].text}"
    if len(units) >= 3 and TEAM_SCORE.match(units[0].text) and TEAM_SCORE.match(units[1].text):
        return f"{units.pop(0).text}, {units.pop(0).text}"  # «Tipperary 3-25» / «Kilkenny 0-20»
    if len(units) >= 3 and top_caption(*units[:3]):
        del units[0]  # «Ulukke: Ein person er stadfesta omkomen, …» over «MC-førar omkom …»
        return units.pop(0).text
    if len(units) >= 3 and units[0].text.endswith(".") and headline_under(*units[:3]):
        # a standfirst over «Strømsgodset-Rosenborg 3-3», or over the headline it retells
        return units.pop(1).text
    if (
        len(units) >= 3
        and units[0].text.endswith(":")
        and ". " not in units[0].text  # (a paragraph's: «… i Norge. Her er noen av hovedpunktene:»)
        and not TEAM_SCORE.match(units[1].text)  # (a round's results: «Brann - Viking 3–0»)
        and title_like(units[1], units[2])
    ):
        return f"{units.pop(0).text} {units.pop(0).text}"  # «Over 2100 døde …: – Folk graver …»
    if len(units) >= 3 and _tag(units[1]) and title_like(units[0], units[2]):
        del units[1]  # «Power Outage» under the headline, over the prose: the story's tag
    if len(units) >= 2 and title_like(units[0], units[1]) and not _no_headline(units[0].text):
        del units[: _headline_below(units)]  # a caption or a site's slogan over the headline
        if _another_story(units):
            del units[0]  # «Medaljen glapp – men …» over a murder trial: a rail's teaser
            return None
        return take_headline(units)  # (and its deck: «Thousands of passengers left stranded»)
    # («Anne-Cath Vestly ble 88 år gammel.» over «Hele Norges mormor er død»; whom the lead or
    # the paragraph after it names: «Gaute Lund (Raudt) fekk …» over «130-årsjubileum for …»)
    named = len(units) >= 3 and any(short_caption(units[0], unit) for unit in units[2:4])
    if named and caption_over_headline(*units[:3]):
        del units[0]
        return units.pop(0).text
    return None


def _headline_of_run(units: list[Unit], run: int) -> None:
    """The `run` of lines over the prose, none a sentence, down to the headline: others'
    headlines over its own (a score, or the last the story says two words of) and the lines
    under it, its picture's alt and caption («Crowds at Finsbury Park» / «…»), go; where
    every line tells the story (the headline, its deck, a stage's label), the first is the
    headline and the deck's lines stay under it as sentences."""
    below = set(_WORD.findall(" ".join(unit.text for unit in units[run : run + 3]).lower()))
    words = [set(_WORD.findall(unit.text.lower())) for unit in units[:run]]
    said = [len(line & below) for line in words]
    last = max((k for k in range(run) if said[k] >= 2), default=run - 1)
    retold = said[last] >= 2 and words[last] <= below
    told = min(said) >= 2 and not retold
    if retold or told:
        # (the caption retells the story's sentence word for word: «Ecotricity wanted to build
        # six … turbines» under «Rural wind turbine plan rejected» and its alt)
        last = next(k for k in range(run) if said[k] >= 2)
    deck = spaces(units[last].text, _DECK_SPACES) >= _DECK_SPACES
    shorter = last and len(units[last - 1].text) < len(units[last].text)
    if deck and shorter and said[last - 1] >= 2:
        last -= 1  # a headline over its long deck, both the story's («… halts progress» over
        # «Uncertainty about the continuation of federal research funding — …»)
    last = next((k for k in range(run) if SCORE_LINE.match(units[k].text)), last)
    if told:
        for unit in units[last + 1 : run]:
            unit.text += "" if unit.text[-1:] in ".!?" else "."
    else:
        del units[last + 1 : run]
    del units[: last if said[last] else last + 1]


def _standfirst_around(units: list[Unit]) -> bool:
    """«Hver dag havner …» / «Den usynlige kloakken» / «Hver dag havner …»: a standfirst."""
    first = units[0].text
    return first == units[2].text and first[-1:] in ".!?" and title_like(units[1], units[2])


def _caps_byline(text: str) -> bool:
    """A name in capitals alone: two or three words, the last no word a dictionary has, no
    small word after the first («PER MARIFJÆREN»; not «STORM I BERGEN»)."""
    words = text.split()
    if not text.isupper() or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    if any(w.lower() in stopwords(code) for w in words[1:] for code in ("nb", "nn", "en")):
        return False
    # (a given name first: short, or no word; «STORBRANN BERGEN» is a headline)
    first = len(words[0]) <= _GIVEN_LETTERS or not a_word(words[0])
    return first and not a_word(words[-1])


_GIVEN_LETTERS = 5


_WORD = re.compile(r"\w{4,}")
_DECK_SPACES = 14  # a deck under the headline tells the story in fifteen words or more
_BELOW = 4  # units under a first line that would say a word of it, were it the headline
_MENU_LINES = 8  # a menu left between a slogan and the headline
# A site's slogan speaks of its news and its readers: «Nyheter for deg som jobber i …»
_SLOGAN = re.compile(r"(?i:\b(?:nyheter|nyheiter|news|newspaper|avisa?|for deg|for you|your)\b)")
_HEADLINE_WORDS = 4  # spaces: a headline under a caption tells the news in five words or more


def _headline_below(units: list[Unit]) -> int:
    """Where the headline is when the first line says no word the next units say (a caption,
    «Advokat Kari Ås representerte klienten.», a slogan, «Chiangmai's First English Language
    Newspaper»): the line under the sentence, or under the slogan's menu of short lines, that
    the prose below it tells; 0 when there is none (a title over a crosshead stays)."""
    below = " ".join(unit.text for unit in units[1 : 1 + _BELOW]).lower()
    words = set(_WORD.findall(units[0].text.lower()))
    if not words or words & set(_WORD.findall(below)):
        return 0  # (a headline of short words, «E6 stengt», says too little to tell)
    for k in range(1, min(len(units) - 1, _MENU_LINES + 2)):
        line, prose = units[k], units[k + 1]
        if title_like(line, prose) and told_below(line.text, prose.text):
            # (a caption's sentence, or a slogan over a menu: not a title over a crosshead;
            # a headline says what happened, in more words than a review's film's name)
            # (or a slogan of five words or more, its menu gone: «Nyheter for deg som …»)
            # (or a masthead's capitals the story never says: «Express & Star»)
            slogan = spaces(units[0].text, 4) >= 4 and _SLOGAN.search(units[0].text) is not None
            caption = units[0].text.endswith(".") or k >= 2 or slogan or masthead(units[0].text)
            told = caption and spaces(line.text, _HEADLINE_WORDS) >= _HEADLINE_WORDS
            return k if told and is_prose(prose.text, prose.kind) else 0
        if spaces(line.text, 8) >= 8 or line.text.endswith(SENTENCE_END):
            return 0  # the story's prose: no menu and no headline under the first line
    return 0


def _teaser_line(unit: Unit) -> bool:
    """A headline alone on its line: no stop, no label («Breaking news: …»), not prose's length."""
    return (
        (unit.kind == PARAGRAPH or (unit.kind == LIST_ITEM and unit.dash))  # («- Det blir …»)
        and 3 <= spaces(unit.text, 25) < 25
        and not (unit.text.endswith((".", "!", ":")) or live_label(unit.text))
    )


def _tag(unit: Unit) -> bool:
    """A tag's words in title case: two or three, no stop («Power Outage»; not a heading in
    capitals, «BAKGRUNN», nor one word)."""
    words = unit.text.split()
    return (
        unit.kind == PARAGRAPH
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
    )


def _no_headline(text: str) -> bool:
    """A quote and who said it, its stop closing it: the story's first paragraph, no headline
    («– Dette er kjempealvorlig, sier informasjonssjef Roald Orheim i Telenor Norge.»); or a
    sentence that goes on from one before it («But there's no news on an album yet.»)."""
    if text.endswith(".") and text.startswith(_GOES_ON):
        return True
    return text.startswith(QUOTE_START) and text.endswith(".") and bool(SAID_AFTER.search(text))


_GOES_ON = ("But ", "And ", "However, ", "Men ", "Og ", "Likevel ", "Likevel, ")


def _another_story(units: list[Unit]) -> bool:
    """A headline on top of a long text that says none of its words: another story's, the
    page's teaser («Medaljen glapp – men dette var et plaster på såret for Olsbu» over a
    murder trial's prose). (Its words of five letters or more, none a stop word, by their
    first five letters, at least three of them.)"""
    if len(units) < _LONG_BELOW:
        return False
    nb, en = stopwords("nb"), stopwords("en")
    words = {w for w in _WORD.findall(units[0].text.lower()) if len(w) >= 5}
    words = {w for w in words if w not in nb and w not in en}
    if len(words) < 3:
        return False  # (read the text below only for a headline of three such words)
    below = " ".join(unit.text for unit in units[1:]).lower()
    if below.count(" ") < _LONG_WORDS:
        return False
    said = {w[:5] for w in _WORD.findall(below) if len(w) >= 5}
    return not any(w[:5] in said for w in words)


_LONG_BELOW, _LONG_WORDS = 5, 150  # units and words a text under the headline tells it in


def _other_story_over(units: list[Unit]) -> bool:
    """Two headlines on top, the first of another story: the text below says none of its
    words, and two of the second's at least («Gainesville schools sweep team titles at …
    Chess Championship» over «Ex-Rep. Jefferson Convicted in Bribery Scheme»)."""
    first, second = units[0], units[1]
    if not (title_like(first, second) and title_like(second, units[2])):
        return False
    below = set(_WORD.findall(" ".join(u.text for u in units[2:6]).lower()))
    words = [set(_WORD.findall(unit.text.lower())) for unit in units[:2]]  # (of four letters)
    return len(words[0]) >= 3 and not words[0] & below and len(words[1] & below) >= 2


def _stopless_headline_below(units: list[Unit]) -> bool:
    """A headline, no standfirst, under the first line: no stop, a plain capital first."""
    below = units[1].text
    return units[1].kind == PARAGRAPH and below[-1:].isalnum() and below[:1].isupper()


def _opens_the_headline(kicker_line: str, below: str) -> bool:
    """A kicker of a few words that the headline under it opens on, and goes on from."""
    return (
        kicker_line.count(" ") <= _KICKER_SPACES
        and len(below) > len(kicker_line) + _MORE_LETTERS
        and below.lower().startswith(f"{kicker_line.lower()} ")
        and not below.endswith(".")
    )


_KICKER_SPACES = 3
_MORE_LETTERS = 8

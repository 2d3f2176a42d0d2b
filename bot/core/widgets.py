"""Page widgets around an article: ratings, share dialogs, archive notices, menus, teasers.

bot/core/furniture.py knows the labels and bylines of a page; this module knows the
widgets real pages put around a story and that read like short prose: «Ranger denne
artikkelen (0 Stemmer)», «Takk for at du vil dele artikkelen», «Denne artikkelen er
over ett år gammel …», «This archived news story is available only for your personal
…», «Estimated read time: 4-5 minutes», «8 photos», «Save Story», an aggregator's
«Get all your news in one place», a menu bar «FRAMSIDA|MELD DEG INN|KONTAKT», an image
file name, a wire dateline on its own line («KABUL, Afghanistan»), a live blog's
byline «Tom Ambrose (now) and Tobi Thomas (earlier)»; and the line that opens the
teasers for other stories («Andre saker å lese», «Suggested for you»), after which
nothing belongs to the article. A photo's credit, caption and alt text are
bot/core/photos.py's.
"""

from __future__ import annotations

import re

from bot.core.bylines import about_box, fact_box
from bot.core.case_blind import CaseBlind
from bot.core.clause_choice import main_clause_in_any_language
from bot.core.furniture import is_furniture
from bot.core.language import english_summary
from bot.core.model import LIST_ITEM
from bot.core.notices import is_notice, listed_link
from bot.core.page_words import GLUED_SECTIONS
from bot.core.picture_words import CREDIT_LINE
from bot.core.posts import POST_CREDIT
from bot.core.rails import foreign_script, is_script, teaser_rail
from bot.core.stamps import TIME_ZONES
from bot.core.text import SENTENCE_END, spaces
from bot.core.widget_phrases import WIDGET_ENDS, WIDGET_PHRASES
from bot.core.widget_words import (
    WIDGET_LINE_PATTERN,
    WIDGET_WORDS_PATTERN,
)

# (lower-case letters only: read lower-cased)
_WIDGET_LINE = CaseBlind(rf"^(?:{WIDGET_LINE_PATTERN})")
_WIDGET_WORDS = CaseBlind(rf"\b(?:{WIDGET_WORDS_PATTERN})")
_AGED = re.compile(r"[A-ZÆØÅ][a-zæøå]+ \(\d{1,3}\) [a-zæøå]")  # «Andrine (18) elsker»
_DURATION = re.compile(r"[a-z] \d{1,2}:\d{2}$")
_TEASER_WORDS = 30  # a video's title, and its blurb after it, over its length
_CLOCK_WORDS = frozenset("kl kl. klokka klokken at from to til fra frå by until".split())  # noqa: SIM905
# A time zone after a page's stamp: «12:54 PM EDT».
_ZONE = re.compile(rf"\b(?:{TIME_ZONES})\b")
_GLUED_WORDS = re.compile(r"([a-z])([A-Z])")
# A file name left by an image: «Police lights_14607», «IMG_2041.jpg».
_FILE_NAME = re.compile(  # (and a stock picture's number: «død rose COLOURBOX1812518»)
    r"\w+_\d+\b|\.(?:jpe?g|png|gif|webp|pdf)\b|\b(?:colourbox|shutterstock|istock)\d{4,}"
    r"|^(?:IMG|DSC|DSCN|DSCF|DJI) \d{3,5}$"  # («IMG 1729»: a camera's name, its _ a space)
    r"|^\d{4,}[a-z]{4,}$",  # («23948sdkhjf»: a template's id over the page)
    re.IGNORECASE,
)
# … or its slug in words: «Tau tech fellesbilde arctic pearl foto marius 11».
_FILE_SLUG = re.compile(r"^\w[a-zæøå0-9 ]+ (?:foto|photo|bilde|bilete) [a-zæøå ]*\d{1,4}$")
# … or in hyphens: «2015-01-14-mareano-ny-art-foto-660-793»
_HYPHEN_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){4,}|(?i:\w+(?:(?:\+|%[0-9A-F]{2})+\w+){3,})")
# «KABUL, Afghanistan», «OSLO, Norway», «HOUSTON, Apr. 21»: a wire dateline alone on its line.
_DATELINE_LINE = re.compile(
    r"^[A-ZÆØÅ]{3,}(?:[ -][A-ZÆØÅ]{2,})*,\s+[A-ZÆØÅ][\w.]+(?:\s[A-Z\d][\w.]*)?$"
)
_LIVE_BYLINE = re.compile(
    r"^(?:[A-Z][\w'’-]+ ){1,3}with (?:all )?(?:today['’]s|the day['’]s|the latest|all the latest)\b"
)
_FILE_PHOTO = re.compile(
    r"\b(?:file photo|stock photo|arkivfoto|arkivbilde|illustrasjonsfoto)$", re.I
)
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
# «Tom Ambrose (now) and Tobi Thomas (earlier)»: who wrote a live blog when.
# «These updates were written by Adam Durbin, Becky Morton, …»: a live page's writers.
_WRITTEN_BY = re.compile(
    r"^(?:these|today's|today’s|this|the) (?:updates|posts|live (?:page|blog|coverage)|page|blog)"
    r" (?:were|was|is|are|has been|have been) (?:written|edited|compiled|brought to you) by\b",
    re.IGNORECASE,
)
_SHIFT_BYLINE = re.compile(
    r"^(?:[A-ZÆØÅ][\w'’-]+\s+){1,3}\((?:now|earlier|nå|tidlegare|tidligere)\)"
    r"(?:\s*(?:,|and|og)\s*(?:[A-ZÆØÅ][\w'’-]+\s+){1,3}\((?:now|earlier|nå|tidlegare|tidligere)\))*$"
)
# «7:12 am», «07:12am», «2:58 AM»: a clock time, which the label tests do not read.
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:am|pm)\b", re.IGNORECASE)
_LONG = 30  # words: a widget is short
_APPEAL = 90  # words: a notice or an appeal is no longer
_APPEAL_HEAD = 160  # characters: where a long appeal says what it is
_ICONS = 9


_GLUED_LINK = re.compile(r"[a-zæøå][A-ZÆØÅ]")
_GLUED_MENU = re.compile(r"(?:[A-ZÆØÅ][a-zæøå]{2,}){3,}")


def _glued_phrases(text: str) -> bool:
    parts = _GLUED_WORDS.sub("\\1\n\\2", text).split("\n")
    return len(parts) > 1 and all(_bare(part) in WIDGET_PHRASES for part in parts)


def _bare(text: str) -> str:
    return " ".join(text.lower().strip(" .:!·•|-–—()").split())


def _widget_words(text: str) -> bool:
    return _WIDGET_LINE.found(text) or _WIDGET_WORDS.found(text)


_DOUBLED = re.compile(r"(.{4,40}?)\1(?:\s*/\s*\1)?$")


def is_widget(text: str) -> bool:
    """Tell whether a line or paragraph is a page widget rather than article text."""
    text = text.strip()
    if is_script(text) or foreign_script(text):
        return True  # «window.dotcom = …; …»: the page's script; «Добавить новость»
    n_words = spaces(text, _APPEAL) + 1  # (read up to _APPEAL)
    if n_words > _LONG:
        # An archive notice runs to three sentences, a paper's appeal to five («… The
        # Independent is on the ground when the story is developing. Whether it's …»), a
        # menu to dozens of links, an icon font's names («… bookmarkicon cameraicon …») to
        # a hundred.
        if n_words > 2 * _LONG and n_words <= _APPEAL:
            return _widget_words(text[:_APPEAL_HEAD])  # (an appeal says so in its first words)
        short = n_words <= 2 * _LONG or text.count("icon") >= _ICONS
        return short and (_widget_words(text) or _is_menu(text))
    if _bare(text) in WIDGET_PHRASES or _widget_words(text) or is_notice(text):
        return True
    if n_words <= 8 and CREDIT_LINE.fullmatch(text):
        return True  # «Helio Dilowa - Unsplash», «NBCUniversal Media, LLC»: a picture's credit
    if n_words <= 8 and _GLUED_LINK.search(text) and _glued_phrases(text):
        return True  # «Remember meForgot password?»: a box's buttons run together
    if n_words == 1 and _GLUED_MENU.fullmatch(text):
        return True  # «ContributorsPublishersAdvertisers»: a menu's links run together
    if text.count("|") >= 3:
        return True  # a menu bar: «FRAMSIDA|MELD DEG INN|KALENDER|KONTAKT»
    if n_words <= 12 and ("▲" in text or "▼" in text or len(GLUED_SECTIONS.findall(text)) > 1):
        return True  # «BML 5.95 Increased By ▲ 0.04»: a ticker; «NewsLocal NewsSan Diego News»
    if text[:1] == "[" and text[-1:] == "]":
        return True  # «[ Henriette Steenstrup: – Er det noen …! ]»: a link to another story
    if ") " in text and not text.endswith(SENTENCE_END) and len(_AGED.findall(text)) >= 2:
        return True  # «April (18) skal aldri … Andrine (18) elsker …»: a deck of teasers run on
    if n_words <= 12 and text[:4] in text[4:] and _DOUBLED.match(text):
        return True  # «Brandon LewisBrandon Lewis / Brandon Lewis»: an image's alt text, twice
    if n_words <= 6 and _FILE_NAME.search(text):
        return True
    if n_words <= 14 and text[-1:].isdigit() and _FILE_SLUG.match(text):
        return True
    if n_words == 1 and (text.count("-") >= 4 or "+" in text) and _HYPHEN_SLUG.fullmatch(text):
        return True
    if _DATELINE_LINE.match(text) or _SHIFT_BYLINE.match(text) or POST_CREDIT.match(text):
        return True
    if text[:1] in "Tt" and _WRITTEN_BY.match(text):
        return True
    if n_words <= 30 and _LIVE_BYLINE.match(text):
        return True  # «Paul Owen with all today's news following …»: who writes the blog
    if (
        n_words <= _TEASER_WORDS
        and text[-3:-2] == ":"
        and _DURATION.search(text)
        and text.rsplit(" ", 2)[-2].lower() not in _CLOCK_WORDS
    ):
        return True  # «U.S. deaths top 450,000 as … 03:47»: a video's teaser (not «klokka 14:38»)
    if n_words <= 10 and _FILE_PHOTO.search(text):
        return True  # «Soccer - David Moyes File Photo»: a picture's label
    if n_words <= 8 and _ISO_STAMP.search(text):
        return True  # «INNENRIKS 2018-11-01T10:33:28Z»: a section and the page's time
    if _CLOCK.search(text):
        # «By The Associated Press February 11, 2017 7:12 am», «May 27, 2017 2:58 AM».
        # «Associated PressOct 28, 2018, 12:54 PM EDT»: a byline run into its stamp.
        bare = _ZONE.sub(" ", _GLUED_WORDS.sub(r"\1 \2", _CLOCK.sub(" ", text)))
        bare = " ".join(bare.split()).strip(" ,/")
        return not bare or is_furniture(bare) or _byline_and_date(bare)
    if n_words <= 10 and any(map(str.isdigit, text)) and _byline_and_date(text):
        return True  # «[April 26, 2016]  By Jessica Toonkel»
    return _is_menu(text)


# «fredag 24. feb. 2012», «19. februar 2017»: a page's date, a weekday glued on or not.
_DATE = re.compile(
    r"(?i:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)"
    r"\s*)?\d{1,2}\.?\s+(?i:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)"
    r"[a-zæø]*\.?,?\s+\d{4}\b(?:\s+kl\.?)?"
    # «[April 26, 2016]»: the month first
    r"|\[?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\]?"
)
_NAME_ONLY = re.compile(r"^(?:[Aa]v\s+|[Bb]y\s+)*(?:[A-ZÆØÅ][\w'’-]+\s+){1,3}[A-ZÆØÅ][\w'’-]+$")


def _byline_and_date(text: str) -> bool:
    """«Andris Hamrefredag 24. feb. 2012», «19. februar 2017 av av Ingvil Bakka»: who wrote
    it and when, its clock taken off."""
    rest = " ".join(_DATE.sub(" ", text).split()).strip(" ,/·|-[]")
    return rest != text and bool(rest) and _NAME_ONLY.match(rest) is not None


def _is_menu(text: str) -> bool:
    """«Nyhende Arkiv Oppdater! Meld deg inn! Mållaget meiner …»: capitalised links in a row;
    or run together, as a copied page gives them: «FinancialGovernment SolutionsLegal…»."""
    if len(_GLUED_LINK.findall(text)) >= 3 and not text.endswith((".", "!", "?", "»", "”")):
        return True
    tokens = text.split()
    # Longer than a headline in Title Case, and no sentence.
    if len(tokens) < 16 or text.endswith((".", "?", "»", "”", '"')):
        return False
    capitals = sum(t[0].isupper() or t.isdigit() for t in tokens)  # «Arkiv 2016 2015 …»
    if capitals < 0.6 * len(tokens):
        return False
    # A headline in Title Case says something: «David Moyes Releases Statement Following
    # Sack, Thanks Man Utd For …» (lower-cased, a verb); a menu's links do not.
    digits = sum(t.isdigit() for t in tokens)
    return len(tokens) > 30 or digits > 2 or not main_clause_in_any_language(text.lower())


_PAYWALL = (
    "du må være abonnent", "du må vere abonnent", "denne artikkelen er for abonnenter",
    "subscribe to continue", "subscribe to read",
)  # fmt: skip


def after_widget(text: str) -> str:
    """A paragraph without a widget's sentence run into its start («Your support makes all
    the difference.American firm Xerox is to close …»): the story's sentences after it."""
    stop = _WIDGET_STOP.search(text, 0, _WIDGET_SENTENCE)  # (glued: «difference.COURTAULDS»)
    if stop is None or spaces(text[: stop.start()], _SHORT_SENTENCE) >= _SHORT_SENTENCE:
        return text
    cut, rest = stop.start(), text[stop.end() :]
    if text[cut - 2 : cut - 1] == ".":
        return text  # an abbreviation's stop: «By 5:30 p.m. ET crews had …»
    if spaces(rest, 8) < 8 or not rest[:1].isupper() or not is_widget(text[: cut + 1]):
        return text
    return text if "cookie" in rest else rest  # (a consent box: its sentences go whole)


_WIDGET_SENTENCE = 80  # characters: a widget's line is short
_WIDGET_STOP = re.compile(r"\.(?: |(?=[A-Z]))")
_SHORT_SENTENCE = 8  # words


def closes_story(texts: list[str], i: int) -> bool:
    """Whether line `i` ends the story (ends_article); not a picture's copyright over the
    story's first paragraphs («© ARCHANT NORFOLK 2014» under the top picture's caption)."""
    latest = len(texts[i]) <= _LATEST_CHARS and _bare(texts[i]) in _LATEST
    if latest and any(t.endswith(("...", "…")) for t in texts[i + 1 : i + 4]):
        return True  # «Siste nytt» over teasers cut off: «En lastebil mistet et dekk …, og...»
    if not ends_article(texts[i]):
        return False
    prose = all(map(_prose, texts[i + 1 : i + 3])) and i + 2 < len(texts)
    # («Don't Miss» / «Most Read» under the headline, over the story's first paragraphs: a
    # rail's labels, the story not begun)
    # (a third label among them: «Trending on GB News»)
    below = [text for text in texts[i + 1 : i + 5] if text.count(" ") >= _LABEL_SPACES][:2]
    if len(below) == 2 and all(map(_prose, below)) and not any(map(_prose, texts[:i])):
        return False
    # (nor a picture's credit: «© AP Photo/Emrah Gurel» over the wire's dateline; «Copyright ©
    # africanews» under the top picture, the story's prose a few lines below, none above)
    credit = "Photo" in texts[i] or "/" in texts[i]
    if "©" in texts[i] and any(map(_prose, texts[i + 1 : i + 6])):
        return any(t.endswith(".") and t.count(" ") >= 6 for t in texts[:i])
    return texts[i][:1] != "©" or not (prose or credit)


_LATEST = frozenset(("siste nytt", "siste nyheter", "siste nyhende", "latest news", "latest"))
_LATEST_CHARS = 16
_LABEL_SPACES = 6  # a rail's label has fewer words («Trending on GB News»)
_PROSE_SPACES = 13  # a paragraph of 14 words and more, with its stop: the story's


def _prose(text: str) -> bool:
    return text.count(" ") >= _PROSE_SPACES and text.endswith((".", "»", "”", '"'))


def ends_article(text: str) -> bool:
    """«Andre saker å lese», «Suggested for you», NRK's «Nyhetstips 03030»: the rest of
    the page is other stories or the newsroom's own box."""
    if text[:1] in "C©" and text.startswith(("Copyright", "©")) and "rights reserved" in text:
        return True  # «Copyright 2020 Nexstar …, Inc. All rights reserved. This material …»
    if text[:1] in "DdSs" and text.lower().startswith(_PAYWALL):
        return True  # «Du må være abonnent for å lese denne artikkelen»: the rest, teasers
    if len(text) > 40 or text.rstrip().endswith(":"):
        # («More stories:» over two links, and the story goes on; not «Similar News:You …»)
        return text.startswith(("Similar News:", "Related News:"))
    bare = _bare(text)
    # («CTVNews.ca Top Stories»: a site's own name before its list)
    return (
        bare in WIDGET_ENDS
        or bare.startswith(("nyhetstips", "nyheitstips"))
        or (bare.endswith(" top stories") and bare.count(" ") <= 3)
        # («Følg trafikken på nrk.no/trafikk»: the site's promo, its teasers after it)
        or (bare.startswith(("følg ", "follow ")) and _SITE_LINK.search(bare) is not None)
        # («© 2018 The Canadian Press»: the wire's copyright closes its story)
        or (bare.startswith(("©", "copyright ©")) and bare.count(" ") <= 6)
        # («🏷️ Extracted Entities (6)»: an aggregator's panels, then the article again)
        or _AGGREGATOR_PANEL.search(text) is not None
        # («Profile Image of Carli Teproff»: the writer's box, her picture, name and life)
        or bare.startswith(("profile image of ", "profile picture of ", "profile photo of "))
    )


_AGGREGATOR_PANEL = re.compile(
    r"^\W*(?:Extracted Entities|Article Version History|Version History) \(\d+(?: versions?)?\)$"
)


_SITE_LINK = re.compile(r" (?:på|on|at) (?:www\.)?[\w-]+\.(?:no|com|co\.uk|net|org)(?:/[\w/-]*)?$")


_NOT_MENU = (".", "!", "?", ":", "»", '"')  # (and a comma: «Wimbledon, Day Seven»)


def menu_lines(texts: list[str]) -> set[int]:
    """Four or more short lines in a row above the article's first paragraph: a site's
    menu («Front Page», «UK Politics», «Medical notes»), never its title or a heading."""
    found: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        n_words = spaces(text, 8) + 1  # (read up to 8)
        short = n_words <= 3 and "," not in text and not text.endswith(_NOT_MENU)
        # (a reading time, «2 minutter lesetid», «3 min read», is the story's: no menu below)
        short = short and not (text[-4:] in ("etid", "read") and _READING_TIME.search(text))
        if text and (short or listed_link(texts, i)):
            run.append(i)
            continue
        if len(run) >= 4:
            found.update(run)
        run = []
        if n_words >= 8 and text.endswith((".", "!", "?", "»", '"')):
            break  # the article begins (not a long line of links: «BBC NEWS Americas …»)
    return found


_READING_TIME = re.compile(r"\b(?:lesetid|min read|minute read)$", re.IGNORECASE)
# A poll's answer's share, and its count of votes: «47%», «Antall stemmer: 919».
_SHARE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%")
_VOTES = re.compile(
    r"(?:antall stemmer|tal på røyster|talet på røyster|total votes|votes)\b:?\s*[\d  .,]*$"
    r"|[\d  .,]+ (?:stemmer|røyster|votes)$",
    re.IGNORECASE,
)


def poll_lines(texts: list[str]) -> set[int]:
    """A reader poll: its question, each answer over its share («Ja, selvsagt.» «47%»), its
    count of votes. The answers are readers' guesses, not the article's sentences."""
    shares = [i for i, text in enumerate(texts) if i and len(text) <= 8 and _SHARE.fullmatch(text)]
    in_poll = {i for i in shares if i - 2 in shares or i + 2 in shares}
    found: set[int] = set()
    for i in sorted(in_poll):
        found.update((i - 1, i))
        if i - 2 not in in_poll and i >= 2 and texts[i - 2].endswith("?"):
            found.add(i - 2)  # the question over the first answer
        if i + 2 not in in_poll and i + 1 < len(texts) and _VOTES.match(texts[i + 1]):
            found.add(i + 1)
    return found


# A summary box a machine wrote over the story: its label, its points, each told again by
# the story, and the note on who wrote them («Kortversjonen» / «- Autostore-aksjen stupte 29
# prosent …» / «Oppsummeringen er laget av AI-verktøyet ChatGPT …»). (A live page's
# «Summary», its editors', is its news.)
_MACHINE_SUMMARY = CaseBlind(
    r"oppsummeringen er (?:laget|lagd|laga) (?:av|med)\b|"
    r"summary (?:was|is) (?:generated|created|written|produced) (?:by|with|using)\b"
)


def summary_box(texts: list[str], kinds: list[str]) -> set[int]:
    """The units of a machine's summary box: its label and the list items under it."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        after_list = i and kinds[i] != LIST_ITEM and kinds[i - 1] == LIST_ITEM
        if after_list and _MACHINE_SUMMARY.found(text):
            label = next((j for j in range(i - 1, -1, -1) if kinds[j] != LIST_ITEM), -1)
            labelled = label >= 0 and spaces(texts[label], 3) < 3  # («Kortversjonen»)
            found.update(range(label if labelled else label + 1, i + 1))
    return found


def boxes(texts: list[str], kinds: list[str]) -> set[int]:
    """The units of a reader poll, a summary box, a pull quote's box and a person's card,
    whatever their lines read like."""
    found = poll_lines(texts) | summary_box(texts, kinds) | teaser_rail(texts)
    for i, text in enumerate(texts):
        if text == "Start Quote":  # «Start Quote» / the quote / «End Quote Dr X Monitor»
            ends = (j for j in range(i + 1, min(i + 4, len(texts))) if texts[j][:9] == "End Quote")
            found.update(range(i, next(ends, i - 1) + 1))  # (the story tells the quote again)
        elif text[:1] in "AOoKFN":  # «About the author» / «Senior Reporter» / …
            found.update(about_box(texts, i) or fact_box(texts, i))  # («Key facts about …»)
        elif text[:1] in "SEI":
            found.update(english_summary(texts, i))  # «Summary in English: …» / its paragraphs
    for i in range(1, len(texts)):
        if _CARD_ROLE.match(texts[i]) and _CARD_NAME.match(texts[i - 1]):
            found.update((i - 1, i))  # «Einar Johansen» / «Forvalter, DNB Norge»
    return found


# A person's card: a name alone over a role and where, no stop («Forvalter, DNB Norge»)
_CARD_NAME = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé-]+){1,2}$")
_CARD_ROLE = re.compile(
    r"[A-ZÆØÅ][a-zæøå-]+(?: [a-zæøå-]+){0,2}, [A-ZÆØÅ][\w&' .-]{1,40}(?<![.!?])$"
)

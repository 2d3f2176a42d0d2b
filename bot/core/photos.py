"""Photo blocks among a page's lines: a credit alone on its line, its caption and the
image's alt text above it, a labelled caption, a wire photo's caption, an embedded post.

The lines are the page's, in order; each function gives the indexes of those that are a
photo's and not the article's.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.caps_captions import FULL_NAME_OPENING, captions_named_again
from bot.core.captions import ends_in_credit, is_caption, label_of_words
from bot.core.clause_choice import main_clause_in_any_language
from bot.core.posts import embedded_posts
from bot.core.rails import trailing_teasers
from bot.core.speakers import reads_norwegian
from bot.core.tables import table_rows
from bot.core.text import SENTENCE_END, spaces
from bot.core.wire_captions import stock_credit

# A photo credit alone on its line: «Foto: Kim Berg / NRK», «Photo: Reuters», «Bilete: NPK».
_LONE_CREDIT = re.compile(
    r"^(?:foto|bilde|bilete|(?:file )?photo|photograph|illustrasjon|arkivfoto|grafikk|kart)"
    r"\s*[:/]\s*\S",
    re.IGNORECASE,
)
# An upper-case label in front of a caption: «KJEMPER FOR NYNORSKEN: Leder i …».
# «SKÅRET: …», «UVÆR I FJELLET: …», «I STORTINGET: …» (a short preposition may lead).
_CAPTION_LABEL = re.compile(
    r"^(?:(?:I|PÅ|AV|OM|IN|ON|AT)\s)?[A-ZÆØÅ][A-ZÆØÅ-]{2,}(?:\s[A-ZÆØÅ-]+)*\s*[:?!]\s"
)  # («MER SNØ? E18 ved Ski var hvit …»: a label may ask, or call out)
_CAPTION_WORDS = 45  # words: a caption is a sentence or two
_CUT_COPY = 25  # characters a caption cut short over it in full keeps at least
_LONG_CAPTION = 90  # words: … or the names of all it shows, and its credit
_ALT_WORDS = 8  # words: an image's alt text is a few words, without a stop
SENTENCE_STOPS = (".", "!", "?", "»", "”", '"')


_SHORT_CAPTION = 14  # words: a caption glued to its credit, no headline-length prose


def _headline_next(texts: list[str]) -> bool:
    """Whether the second text is a headline: short, and no full stop."""
    return len(texts) > 1 and texts[1].count(" ") < 20 and not texts[1].endswith(".")


_HEADLINE_KICKERS = frozenset(("updated", "update", "oppdatert", "breaking", "exclusive"))


def photo_blocks(texts: list[str], alone: list[bool] | None = None) -> set[int]:
    """The units of photo blocks: a credit alone on its line, the caption just above it and
    the image's alt text above that («Marit Lie» / «Leder i … tror …» / «Foto: X»), a
    labelled caption below a credit («SKÅRET: Haaland jubler …»), and any caption under a
    label of words («UVÆR I FJELLET: Slik kan det se ut …»).

    A paragraph above a credit is a caption only with its label, or with a stop and alt text
    above it: an article's paragraph may stand above an uncaptioned photo, and a headline
    («Rykker ut på krattbrann», «Pendlarane er lei») is no alt text nor caption. But a
    short line with no stop on the line right above the credit, no blank line between
    them («Mange stengde vegar i Sogn og Fjordane» / «Foto: Åse-Iren Løset»), is the
    photo's caption (`alone`: each text is the only line between blank lines)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        n = spaces(text, _LONG_CAPTION)
        # (a caption's credit closing it: a long one too, who stands where in a crowd)
        short = n < _CAPTION_WORDS or (n < _LONG_CAPTION and ends_in_credit(text))
        label = _CAPTION_LABEL.match(text) if short else None
        if label and " " in label.group().strip(" :") and reads_norwegian(text):
            # «KJEMPER FOR NYNORSKEN: …»: a caption's label, not a dateline (an English one
            # is: «NEW YORK: Wall Street closed lower …»)
            found.add(i)
        elif (
            label
            and i == 0
            and len(label.group().strip(" :")) >= 4  # («SURT: …»; not «ÅL: …»)
            and label.group().strip(" :").lower() not in _HEADLINE_KICKERS  # («UPDATED: …»)
            and _headline_next(texts)
            and label_of_words(label.group().strip(" :").lower().split())
        ):
            # «DRAPSDØMT: Lars …» above the headline: the top photo's caption (not the
            # dateline «NAMDALSEID: – Ut fra …»)
            found.add(i)
        elif label and i and _alt_over_label(texts[i - 1], text, label.group().strip(" :")):
            found.add(i - 1)  # «Kennya Cordner» / «AVGJORDE: Kennya Cordner stupte …» (a
            # caption that tells the news stays, without its label)
        credit = spaces(text, 13) <= 12 and _LONE_CREDIT.match(text)
        if credit:
            found.add(i)
            above = texts[i - 1] if i else ""
            if (
                i
                and alone is not None
                and not alone[i - 1]
                and not alone[i]
                and above.count(" ") < _SHORT_CAPTION
                and not above.endswith(SENTENCE_STOPS)
            ):
                found.add(i - 1)
            if i and above.count(" ") < _CAPTION_WORDS and not alt_text(above):
                if _CAPTION_LABEL.match(above):
                    found.add(i - 1)
                    if i >= 2 and (alt_text(texts[i - 2]) or _described(texts[i - 2], above)):
                        found.add(i - 2)  # «Nye ordførarar» / «NYE ORDFØRARAR: …» / «Foto: X»
                elif i >= 2 and (
                    # (a caption the page cut off has no stop: «Her er NRK-profilen saman med»)
                    (above.endswith(SENTENCE_STOPS) or not above.endswith(SENTENCE_END))
                    and (alt_text(texts[i - 2]) or _same_photo(texts[i - 2], above))
                ):
                    found.update((i - 1, i - 2))

        below = texts[i + 1] if i + 1 < len(texts) else ""
        photo = credit or ends_in_credit(text)
        label = _CAPTION_LABEL.match(below) if photo else None
        # (not a dateline over a quote: «MARNARDAL: — Selve pågripelsen …, sier …»)
        quote = label is not None and below[label.end() :].lstrip()[:1] in _QUOTE_DASHES
        if label and not quote and below.count(" ") < _CAPTION_WORDS:
            found.add(i + 1)  # «SKÅRET: Haaland jubler …» under its photo
    return found


_QUOTE_DASHES = ("–", "—", "-", "«")


def media_blocks(texts: list[str], alone: list[bool]) -> set[int]:
    """The units of photo blocks and of embedded posts (see each), and the alt text on the
    line right above a caption that ends in its credit («Cars in flood water» / «Flood
    damage in Catcliffe … Photograph: Danny Lawson/PA»); a list of other stories after it."""
    found = photo_blocks(texts, alone) | embedded_posts(texts) | _tags(texts) | _wire_photos(texts)
    found |= table_rows(texts) | captions_named_again(texts) | trailing_teasers(texts, alone)
    for i, text in enumerate(texts):
        cut = texts[i - 1].rstrip(" .…") if i and texts[i - 1].endswith(("...", "…")) else ""
        if len(cut) > _CUT_COPY and text.startswith(cut):
            # «A woman and child walk through …, ...» over the caption whole
            found.update((i - 1, i) if is_caption(text) else (i - 1,))
        if i <= 3 and _title_run_into_blurb(text):
            found.add(i)  # a video's title, its blurb glued on: «X says … continue X, …»
        if i and text[:1] == "(" and _PHOTO_LINKS.match(text):
            found.update((i - 1, i))  # a caption over «(Full-size photo)(All photos)»
        if i and text[:1] in "IMV" and _RUN_ON_LABEL.match(text):
            # «Image caption Judges look at …»; «Image caption,» alone under its alt text
            # («Scene of a fatal crash in Lancashire»), the caption below it
            found.add(i)
            above = texts[i - 1]
            if not alone[i] and spaces(above, 12) < 12 and not above.endswith(SENTENCE_STOPS):
                found.add(i - 1)  # «Prisoner looking out of bars (file pic)»: its alt text
    for i in range(1, len(texts)):
        block = not alone[i] and not alone[i - 1] and texts[i].count(" ") < _CAPTION_WORDS
        if not (block and (ends_in_credit(texts[i]) or stock_credit(texts[i]))):
            continue  # («… Photograph: Danny Lawson/PA», «… the altercation [Justin Fenn]»)
        above = texts[i - 1]
        # (or the caption given twice, then with its credit; or a wire picture's caption
        # dated on its last words: «… celebrates … on July 15, 2017.» over «… / AFP PHOTO»)
        if alt_text(above) and i == 1 and _prose_below(texts, i):
            found.add(i)  # «Fest og spel og nynorskfolk» over its picture, then the story:
            continue  # the headline, first on the page
        if alt_text(above) or texts[i].startswith(above) or _DATED_LAST.search(above[-30:]):
            found.update((i - 1, i))
        elif _long_alt(above) and (texts[i][-1:] == "]" or _PHOTOGRAPH.search(texts[i][-90:])):
            found.update((i - 1, i))  # «Police officer on left holding a spray …» over «… [X]»
    return found


# («Hospital staff member looks at patient monitors» over «… Photograph: Juice Images/Alamy»)
_PHOTOGRAPH = re.compile(r"\. (?:Photograph|Photo|Picture|Foto|Bilde): [^.]{2,60}$")


def _long_alt(text: str) -> bool:
    """A picture's description, as a site with credits in square brackets writes it on the
    line over its caption: no stop, longer than a name («… holding a spray towards …»)."""
    return spaces(text, 20) < 20 and not text.endswith(SENTENCE_STOPS)


def _prose_below(texts: list[str], i: int) -> bool:
    below = texts[i + 1] if i + 1 < len(texts) else ""
    return below.endswith(SENTENCE_STOPS) and spaces(below, 8) >= 8


# A wire picture's caption ends on the day it was taken: «… southwest London, on July 15,
# 2017.» (a credit on the line under it tells it from prose).
_DATED_LAST = re.compile(r"\bon [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.$")


# A wire photo's credit ends its caption, however long: «… (AP Photo/David Bauder)»,
# «(Chris Jackson/Pool via AP)», «(Prigozhin Press Service via AP, File)».
_WIRE_PHOTO = re.compile(
    r"\((?:AP Photo|[^()]{2,60} via AP)\b[^()]{0,60}\)$"
    # (or a wire's name in capitals and a slash: «… THE CANADIAN PRESS/AP, Invision - Name»)
    r"|(?-i:\b(?:THE CANADIAN PRESS|THE ASSOCIATED PRESS|REUTERS|AFP|EPA|AP)/[A-Z][\w ]{0,30})"
    r"(?:, [\w ]{2,30})?(?: - [A-Z][\w.' -]{2,40})?$"
)


def _wire_photos(texts: list[str]) -> set[int]:
    """A caption credited to a wire's photo, and the carousel's label right below it
    («Biden arrives in UK»)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if (text.endswith(")") or "/" in text[-90:]) and _WIRE_PHOTO.search(text[-90:]):
            found.add(i)
            label = texts[i + 1] if i + 1 < len(texts) else ""
            if label.count(" ") < 6 and not label.endswith(SENTENCE_STOPS):
                found.add(i + 1)
    return found


def _tags(texts: list[str]) -> set[int]:
    """A short line a live page gives on three entries or more («Southampton 0-1 Stoke»):
    the match or story every entry is tagged with, no heading of its own. (Copies in a row
    count once: a rail of links giving the headline again tags nothing.)"""
    counts = Counter(
        t
        for i, t in enumerate(texts)
        if spaces(t, 8) < 8 and not t.endswith(SENTENCE_STOPS) and (i == 0 or texts[i - 1] != t)
    )
    tags = {t for t, n in counts.items() if n >= 3}
    # (the first line over the story's prose is its headline, which the page's rails and
    # video boxes give again below: «Ministers win key Brexit bill vote after concession»)
    first = 1 if len(texts) > 1 and texts[1].endswith(SENTENCE_STOPS) else 0
    return {i for i, t in enumerate(texts) if t in tags and i >= first} if tags else set()


_NAME = re.compile(r"[A-ZÆØÅ](?<=[\w,] [A-ZÆØÅ])[a-zæøå]{3,}")


_ALT_GIVEN_AGAIN = 20  # characters of alt text the caption opens with: the same words


def _same_photo(alt: str, caption: str) -> bool:
    """«Jostein Hjeldnes i Stormen jublar for mål» / «For Jostein Hjeldnes vart kampen …» /
    «Foto: X»: a short line without a stop and a one-sentence caption that name the same
    person over a credit are the photo's alt text and caption."""
    if alt.count(" ") > 14 or alt.endswith(":") or caption.count(" ") > 25:
        return False
    if caption.startswith(alt) and (len(alt) >= _ALT_GIVEN_AGAIN or alt.count(" ") >= 2):
        return True  # «Stig Ørnvall er styreleder …» / «Stig Ørnvall er styreleder …. Han …»
    if ". " in caption.rstrip(".") or ". " in alt.rstrip("."):
        return False
    if alt.endswith(SENTENCE_STOPS):
        # «Ivar Aasen er omstridt, …» / «Ivar Aasen blei fødd …» / «Foto: X»: two short
        # sentences over a credit, opening on the same person's full name: two captions
        opening = FULL_NAME_OPENING.match(alt)
        return opening is not None and caption.startswith(opening.group())
    names = {m.group() for m in _NAME.finditer(" " + alt)}
    return any(name in caption for name in names)


# What an image's description for the blind says and prose does not: «Ute av fokus, nede i
# gata, ser vi lysa til bilar …», «In the background, …».
_SCENE = re.compile(
    r"\b(?:ute av fokus|i forgrunnen|i bakgrunnen|ser vi|kan vi se|kan vi sjå|out of focus|"
    r"in the foreground|in the background|we see|bildet viser|biletet viser|"
    r"the (?:picture|photo|image) shows)\b",
    re.IGNORECASE,
)


def _described(alt: str, caption: str) -> bool:
    """Over a labelled caption and its credit, the image's description: a line without a stop
    that names what the caption names («Fylkesveg 610 ved Viksdalsvatnet … er stengd etter
    ras» over «STENGD: Fylkesveg 610 ved Viksdalsvatnet er …»), or sentences that describe a
    scene («Rosene er raude … Ute av fokus, nede i gata, ser vi …»)."""
    if not alt.endswith(SENTENCE_STOPS):
        names = {m.group() for m in _NAME.finditer(" " + alt)}
        return alt.count(" ") < 20 and any(name in caption for name in names)
    return alt.count(" ") < _CAPTION_WORDS * 2 and _SCENE.search(alt) is not None


def _alt_over_label(alt: str, caption: str, label: str) -> bool:
    """A name alone over a caption under a word's label (not a speaker's: «STØRE: Vi må …»)
    that names it: the photo's alt text."""
    return (
        alt_text(alt)
        and alt in caption
        and caption[len(label) + 1 :].lstrip()[:1] not in _QUOTE_DASHES
        and label_of_words(label.lower().split())
    )


def alt_text(text: str) -> bool:
    """«Marit Aakre Tennø», «France's Pogba», «Bilbrann Verdal»: a few words, no stop and no
    verb (a heading says something: «Pendlarane er lei»)."""
    words = text.split()
    return (
        0 < len(words) <= _ALT_WORDS
        and not text.endswith((".", "!", "?", ":", "»", "”", '"'))
        and not text.startswith(("–", "—", "-", "«", '"'))
        # (names alone are no clause: «Tore Strømøy og Haddy N'jie»)
        and (
            all(w[:1].isupper() or w in _NAME_JOINS for w in words)
            or not main_clause_in_any_language(text)
        )
    )


_NAME_JOINS = ("og", "and", "&")


# A caption's label run into its caption: «Image caption Judges look at …»
_RUN_ON_LABEL = re.compile(r"(?:Image|Media|Video) caption(?:[,:]? (?=[A-Z0-9])|[,:]?$)")
_PHOTO_LINKS = re.compile(r"\((?:full-size photo|all photos|view photo|enlarge photo)\)", re.I)


def _title_run_into_blurb(text: str) -> bool:
    """«Coast Guard Capt. Thomas Sparks says BP oil spill clean-up will continue Coast Guard
    Capt. Thomas Sparks, Federal On-Scene Coordinator …, explains …»: a video's title run
    into its blurb, which names its speaker again with no stop between them."""
    head = " ".join(text.split(" ", 5)[:5])
    if len(head) < 20 or not head[:1].isupper() or head.count(" ") < 4:
        return False
    again = text.find(f" {head}", len(head))
    return again > 0 and text[again - 1].isalpha()

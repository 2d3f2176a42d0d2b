"""Tell page furniture from article text: labels, captions, bylines, stamps, prompts.

News pages (and text copied from them) carry lines that belong to the page, not to
the story: «Les også: …», «Foto: NTB», «Av Kari Nordmann, NTB», «Publisert … Oppdatert
…», «Del på Facebook», «Image caption, …», «Published 3 hours ago», breadcrumbs,
newsletter prompts. None of them may become a title, heading, bullet or topic.

A line is furniture when it is (a) a known label, alone or in front of its content
(«Foto:», «Les også:», «Image source,»), (b) made only of page vocabulary, dates,
times and names (share buttons, breadcrumbs, stamps, bylines, credits), or (c) a
caption: a text that ends in a photo credit, or opens with an upper-case label.
Most article paragraphs are long sentences and leave after one cheap test.
"""

from __future__ import annotations

import re

from bot.core.breadcrumbs import is_breadcrumb
from bot.core.bylines import NUMERIC, byline_run_in, is_byline, names_only, word_tokens
from bot.core.captions import (
    CREDIT_BRACKET,
    credit_tail,
    ends_in_agency_credit,
    ends_in_bare_credit,
    is_caption_label,
    strip_tail,
)
from bot.core.datelines import BARE_DATELINE
from bot.core.name_words import is_title
from bot.core.names import HEADLINE_CASE
from bot.core.page_words import (
    AD_STARTS,
    AD_TOKEN,
    AGENCIES,
    AGENCY_FIRST,
    AGENCY_TAIL,
    CREDITS_TAIL,
    DATELINE,
    FACT_LABEL,
    FUNCTION,
    KICKED_HEADLINE,
    LABELS,
    MONTHS,
    NAMED_DATELINE,
    NAV,
    PAGE_WORDS,
    PAYWALL_MARK,
    RESULT_ROW,
    SUMMARY_LABEL,
    without_link_marks,
)
from bot.core.prompts import PROMPT, READ_MORE
from bot.core.stamps import without_stamp_after
from bot.core.text import spaces
from bot.core.wire_captions import is_wire_caption, signed_caption, stock_credit

# The first word of every label, up to a sign: a sentence opening on none has none.
_LETTERS = re.compile(r"[^\W\d_]+")
_LABEL_STARTS = frozenset(m.group() for label in LABELS if (m := _LETTERS.match(label)))
_LABEL_RE = re.compile(
    r"^(?:(?-i:EXPLAINED)|"  # (a link to another story's explainer, in capitals)
    + "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True))
    + r")(?:\s*[:,|/–—>»-]|\s*$|(?-i:(?=[A-Z][a-z]))"  # or glued: «Share this articleClose»
    r"|\s(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"  # («Last Modified Thursday, …»)
    r"|(?:(?<=caption)|(?<=image source)|(?-i:(?<=SHARE)))\s(?-i:(?=[A-Z0-9])))",  # «SHARE X»
    re.IGNORECASE,
)
# Credit lines of wire copy: «Reporting by X; Editing by Y», «Additional reporting by Z».
_CREDITS_BY = re.compile(
    r"^(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced)\s+by\s"
    # A page's stamp and follow prompt: «This content was published on …», «Follow CNN …».
    r"|^this (?:content|article|story|page) was (?:first )?(?:published|updated|posted)\b"
    # A wire's date and time over its story: «May 21, 2013 / 12:20 AM / in 4 years».
    r"|^[a-z]{3,9}\.? \d{1,2}, \d{4} / \d{1,2}:\d{2} [ap]m\b(?: / [\w ]{1,20})?$"
    r"|^follow (?:[A-Z]\w* ){1,3}(?:live|news|on)\b"
    # A network's and a site's furniture: «Watch CBS News», «NPR logo», «Return to …»
    r"|^watch (?:cbs|nbc|abc|cnn|fox|bbc|sky|pbs) news$|^[\w ]{2,30} logo$"
    r"|^return to transcripts\b|^\[\d{1,2}:\d{2}(?::\d{2})?\]$"
    r"|^(?:more from|mer fra|meir frå)\s[^.!?:]{1,50}$",  # a site's section (more on: notices)
    re.IGNORECASE,
)
_TIME_STAMP = re.compile(
    r"^(?:(?:published|updated?|posted|publisert|oppdatert)\s+(?:at|@|kl\.?)\s+|kl\.?\s*)?"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|cet|cest|edt|est|et))?\s*[:–—-]?\s*$"
    r"|^\d{1,2}:\d{2}, (?-i:[A-Z][a-z]+ [A-Z][\w'’-]+)$",  # a live blog's entry, its writer
    re.IGNORECASE,
)
# An upper-case label in front of a caption or a lead: «ESKORTE: », «OSLO: ».
_CAPS_LABEL = re.compile(r"^[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ-]{2,}(?:[\s/][A-ZÆØÅÄÖÜ-]{2,})*\s*:\s+(?=\S)")
_ENLARGE = re.compile(r"Klikk for stort bil(?:de|ete)\s*")
_EMAIL_OR_URL = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+", re.IGNORECASE)
# Screen readers' links run into a page's first text: «Skip to main contentSkip to …»
_GLUED_TICKER = re.compile(r"(?:Breaking News|Breaking|BREAKING|Siste nytt)(?=[A-ZÆØÅ][a-zæøå])")
_SKIP_LINK = re.compile(
    r"^(?:(?:skip|jump) (?:to:? (?:main |site )?(?:content|story|navigation|search)|"
    r"next section|over \w+)\s*"
    # («Hopp til primær menyen», «Hopp til hovedinnhold», «Hopp til bunntekst»)
    r"|hopp til (?:primær |hoved)?"
    r"(?:menyen|meny|innholdet|innhold|innhaldet|bunnteksten|bunntekst)\s*)+",
    re.IGNORECASE,
)
_GLUED_CREDIT = re.compile(
    r"^(?:(?:Foto|Bilde|Bilete|Photo): )?(?:[A-ZÆØÅ][\w-]+ ){1,3}/ ?(?:NTB|NPK|NRK|Reuters|AP|AFP|"
    r"Scanpix)(?=[A-ZÆØÅ][a-zæøå]|[–—] ?[A-ZÆØÅ])"
)
_CAPTION_RUN_ON = re.compile(
    r"^[^.!?]{5,160}\s(?:Foto|Bilde|Bilete|Photo): (?:[A-ZÆØÅ][\w-]+ ){1,3}[A-ZÆØÅ][a-zæøå-]+"
    r"(?=[A-ZÆØÅ][a-zæøå])"
)
# A page's top run into its first paragraph up to an image's file name.
_IMAGE_RUN_ON = re.compile(r"^.{0,250}?\.(?:jpe?g|png)(?=[A-ZÆØÅ])")
_TRAIL = re.compile(r"^(?:Home|Hjem|Heim|Forside)(?:\s*[/>›»]\s*[\w .-]{1,40}?)*\s*[/>›»]\s*(?=\S)")
_HEADLINE_WORDS = 4  # spaces: the last crumb of a trail is the page's headline
_BYLINE_COLON = re.compile(
    r"^(?:By|Av) (?:[A-ZÆØÅ][\w'-]+ ){1,3}?[A-ZÆØÅ][\w'-]+:\s+(?=[A-ZÆØÅ«“\"])"
)
# A transcript's speaker label alone on its line: «LEILA FADEL, HOST:».
_SPEAKER_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+(?:, (?:[A-ZÀ-ÖØ-Þ ]+|Host|Byline))?:$")
_GLUED_DATE = re.compile(r"(?<=\d)(?=[A-Za-z])")
# A label that opens a block of links to other stories: the short lines after it go too.
_LINK_BLOCK = re.compile(
    r"^(?:les også|les òg|les mer|les meir|les mer om|les meir om|se også|sjå også|"
    r"relaterte saker|relaterte artikler|relatert|mest lest|siste nytt|mer om|meir om|"
    r"related topics|related|related stories|related articles|more on this story|more on this|"
    r"top stories|les på [\w+.]{2,20}|"  # (an E24+ story's teaser after «Les på E24+»)
    r"explore more on these topics|more on these topics|most viewed|mer fra|flere saker|"
    r"fleire saker|most read(?: stories| articles)?|read more|read also|also read|see also|"
    r"tags|topics|emner|stikkord|more stories(?=:)|read more in [\w ]{2,25}|on air now|"
    # a box of other stories on one subject: «STORM LATEST», «READ SOME MORE»
    r"(?:[a-z]+ ){1,2}latest|read some more)\s*:?\s*$",
    re.IGNORECASE,
)
_AD_MARKS = ("[", "%VIRTUAL", " news)", "(s ")  # (what AD_TOKEN looks for: most texts have none)
_EMBED = re.compile(r"\s*EMBED <>\s*(?:More Videos)?\s*$")  # (a video's leftovers)
# «… er satt under administrasjon.10.03.2022»: a page's date run onto its last sentence.
_DATE_AFTER_STOP = re.compile(r"(?<=[a-zæøå][.!?])\d\d?\.\d\d?\.(?:\d{4}|\d\d)(?: \d\d?[:.]\d\d)?$")
# «… a $0.05 loss per share.blackberry-reuters-L»: a picture's file name run onto the stop.
_SLUG_AFTER_STOP = re.compile(r"(?<=[a-zæøå][.!?])[a-z][a-z0-9]*(?:-[A-Za-z0-9]+){2,}$")
_IMAGE_ALT = re.compile(r"(?i:article|featured|hero|lead|main) (?i:image|photo)(?=[A-Z])")
_STAMPED_TEASER = re.compile(  # «35m agoPassengers …», «11 minutes Perovskites …»: a rail
    r"\d{1,2}[mhd] ago(?=[A-Z‘'\"“])|\d{1,2} (?:minutes?|hours?|days?) (?=[A-Z‘'\"“])"
)
_LONG = 40  # words: a unit this long is prose unless it is a BBC caption
_SHORT = 14  # words: a unit up to this long may be a label, stamp, byline or breadcrumb


def clean_inline(text: str) -> str:
    """Drop furniture inside a paragraph: a dateline or caps label, a credit, an agency mark."""
    if text[:4].lower() in ("skip", "jump"):
        text = _SKIP_LINK.sub("", text)
    if text[:6] == "Klikk " and (enlarge := _ENLARGE.match(text)):
        text = text[enlarge.end() :]  # «Klikk for stort bileteI møte 20.juni vedtok …»: glued
    if text[:1] in "afhlmAFHLM" and (image := _IMAGE_ALT.match(text)):
        text = text[image.end() :]  # «article imageFive protesters shot dead …»: alt text run on
    if byline := byline_run_in(text):
        text = text[byline:]  # «RAGNHILD HOVKnarvikKommunen vil …»: byline, dateline
    if text[:1] in "BS" and (glued := _GLUED_TICKER.match(text)):
        text = text[glued.end() :]  # «Breaking NewsIcy roads …»: a ticker's badge run on
    if " / " in text[:50]:
        text = _GLUED_CREDIT.sub("", text, count=1)  # «Kari Ås / NTBEn person er …»
        text = text[1:] if text[:1] in "–—" and text[1:2] != " " else text  # («NRK–Simuleringer»)
    if "Foto: " in text[:200] and (caption := _CAPTION_RUN_ON.match(text)):
        text = text[caption.end() :]  # «… i Møllergata Foto: Asbjørn BakkeMøllergata i Oslo …»
    if ".jpg" in text[:300] or ".png" in text[:300]:
        text = _IMAGE_RUN_ON.sub("", text, count=1)  # «… updated … repub break 2.jpgA man …»
    if text[:1] in "HF" and (trail := _TRAIL.match(text)):
        # «Home / News / India / Mumbai: …», «Home>Kommunen>Ap får 8 medlemmer», «Heim > Fylket >
        # Ny overnattingsrekord i juni» (a trail of sections alone stays whole: a breadcrumb)
        rest = text[trail.end() :]
        loose = " " not in trail.group() or rest.split(maxsplit=1)[0].lower() not in NAV
        if "/" in trail.group() or rest.count(" ") >= (2 if loose else _HEADLINE_WORDS):
            text = rest
    if any(map(text.__contains__, _AD_MARKS)) or text.startswith(AD_STARTS):
        text = AD_TOKEN.sub("", text)  # («Hide AdAdvertisement Hide Ad“That was …» too)
    if (text[:1] == "(" or ":" in text[:8] or " (" in text[:24] or "-" in text[:12]) and (
        agency := AGENCY_FIRST.match(text)
    ):
        text = text[agency.end() :]  # «(Reuters) - News and information company …»
    if text[:2].isupper() and "—" in text[:40]:
        text = BARE_DATELINE.sub("", text, count=1)
    if text[:3] in ("By ", "Av "):
        text = _BYLINE_COLON.sub("", text, count=1)  # «By Dev Kotak: The police …»
    if text[:1] in "KSDQ" and text.startswith(("Kort", "Saka ", "Saken ", "Details:", "Quote:")):
        text = SUMMARY_LABEL.sub("", text, count=1)  # a summary box's label
    if "(" in text:
        # Cheap guards first: most paragraphs have a bracket, few have furniture in one.
        if "(" in text[:50] and text[:1].isupper():  # («KFUM arena (Dagsavisen): …»: named)
            cut = DATELINE.sub("", text, count=1) if text[:2].isupper() else text
            text = cut if cut != text else NAMED_DATELINE.sub("", text, count=1)
        if ":" in text:
            text, found = CREDIT_BRACKET.subn("", text)
            text = text.replace("  ", " ") if found else text
        if "abonn" in text or "subscri" in text or "lenke)" in text or "link)" in text:
            text = PAYWALL_MARK.sub("", text)  # «… Njord-plattformen (krever abonnement).»
        if text.endswith(")"):
            text = text[:-48] + AGENCY_TAIL.sub("", text[-48:])
            if " by " in text[-200:] and (credits := CREDITS_TAIL.search(text)):
                # (the wire puts no stop before its credits: the sentence gets one)
                text = text[: credits.start()].rstrip()
                text += "" if text.endswith((".", "!", "?", "»", '"', "”")) else "."
    if "EMBED <>" in text:
        text = _EMBED.sub("", text)  # «… continue EMBED <>More Videos»: a video widget
    text = without_stamp_after(text)
    text = without_link_marks(text)  # «… for wind, external and …»
    if text[-1:].isdigit():
        text = _DATE_AFTER_STOP.sub("", text)
    if "-" in text[-30:]:
        text = _SLUG_AFTER_STOP.sub("", text)
    if spaces(text, _LONG) >= _LONG:
        text = strip_tail(text)
    if text[:3].isupper():
        label = _CAPS_LABEL.match(text)
        # «ESKORTE: Forsvarssjef …» goes; «NATO: Vi …», «USA: …» stay (names, headings).
        # («READ MORE: …» is no caption: the whole line is a link, see _LABEL_RE.)
        if (
            label
            and len(label.group().strip(" :")) >= 5
            and text.count(" ") >= 8
            and not _LABEL_RE.match(text)
        ):
            text = text[label.end() :]
    elif ": " in text[:14] and text.count(" ") >= 9 and text.split(":", 1)[0].lower() in NAV:
        text = text.split(": ", 1)[1]  # «Nyheter: Politiet har iverksatt …»: the site's section
    return text.strip()


def opens_with_label(text: str) -> bool:
    """«Foto: Kari Ås / NTB …», «Les også: …»: a sentence that opens with a page's label."""
    first = _LETTERS.match(text[:20].lower())
    return (
        first is not None and first.group() in _LABEL_STARTS and _LABEL_RE.match(text) is not None
    )


def opens_link_block(unit: str) -> bool:
    """«Les også», «Related topics»: a label whose next short lines link elsewhere."""
    return len(unit) <= 40 and _LINK_BLOCK.match(unit.strip()) is not None


def is_time_stamp(unit: str) -> bool:
    """«16:48», «Kl. 16.48», «published at 08:46 GMT»: a live-blog stamp on its own."""
    return len(unit) <= 40 and _TIME_STAMP.match(unit.strip()) is not None


_CAPTION_BAR_WORDS = 40  # (and a link's teaser, its button last: «… race open Read more»)
_NAME_ROLE = re.compile(r"[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){1,3}, [a-zæøå][\w-]+")
_TEASER_LABEL = re.compile(r"(?i:just in|trending|top story):\s+")
_LABEL_ALONE = re.compile(
    r"(?i:update|updated|oppdatering|oppdatert|breaking|latest|siste nytt|live)\s*[–—:-]"
)
_TEMPLATE_NAME = re.compile(r"(?<!\S)[^\s@]*[^\W_]_[^\W_]")  # (not a handle: «@nrk_no»)
_YOU_ARE_HERE = re.compile(r"(?:Her er du|Du er her|You are here)\s*:\s*\S[^>›»]{0,40}\s[>›»]\s")


def is_furniture(unit: str) -> bool:
    """Tell whether a line or paragraph belongs to the page rather than the article."""
    text = unit.strip()
    if not text:
        return True
    n_words = spaces(text, _LONG) + 1  # (read up to _LONG + 1)
    if (text[:6] == "CLOSE " and text[6:7].isupper()) or " SHARE COPY LINK " in text:
        return True  # «CLOSE Delaware …», «… Up Next × SHARE COPY LINK …»: a video player's
    if text[:1].isdigit() and _STAMPED_TEASER.match(text):
        return True  # «35m agoPassengers to wait years … 35m ago'I'm a carer …»: a news rail
    if n_words >= 12 and text.count(text[: text.find(" ")]) >= 3 and _stuffed(text):
        return True  # «double-skinned crabs double-skinned crabs …»: a search engine's bait
    if n_words > _LONG:
        if PROMPT.found(text[:40]):
            return True  # «Your support helps us to tell the story …»: an appeal, however long
        if text[:6].lower() in ("image ", "media ") and _LABEL_RE.match(text) is not None:
            return True
        return signed_caption(text)  # (a video's blurb of two sentences)
    if _LABEL_RE.match(text) or _TIME_STAMP.match(text) or _CREDITS_BY.match(text):
        return not KICKED_HEADLINE.match(text)
    if text.endswith(":") and _SPEAKER_LINE.match(text):
        return True
    if text[:4].lower() in ("skip", "jump", "hopp") and _SKIP_LINK.match(text):
        rest = _SKIP_LINK.sub("", text)
        return not rest or is_furniture(rest)
    if is_wire_caption(text) or (n_words <= _LONG and is_caption_label(text)):
        return True  # («… Question 3Image source, Getty Images Image caption,»: alt text)
    if n_words <= 20 and ("(" in text or ":" in text[:8]) and RESULT_ROW.match(text):
        return True  # «1) Johannes Thingnes Bø (Markane), 24:59,9 (1-0)», «Oct 08: Poznan TBC, …»
    if n_words <= 25 and FACT_LABEL.match(text):
        return True  # «Hva: Prisbelønt skuespiller», «Hvorfor: …», «Regi: Mats Eldøen»
    link = _TEASER_LABEL.match(text) if text[:1] in "JjTt" else None
    if link and HEADLINE_CASE.match(text[link.end() :]):
        return True  # «JUST IN: Lukaku Beats Cristiano Ronaldo's Serie A Goal Record»
    if n_words <= 6 and ", " in text and _NAME_ROLE.fullmatch(text):
        return True  # «Anne Mette Olsen, meteorolog»: whose words a pulled quote gives
    if n_words <= 2 and _LABEL_ALONE.fullmatch(text):
        return True  # «Update –» over an entry: the label, its words gone
    if "_" in text and n_words <= _SHORT and _TEMPLATE_NAME.search(text):
        return True  # «skilleUnderholdning: Monsen (trippel)skille_slutt»: a template's markers
    if text[:3] in ("Her", "Du ", "You") and _YOU_ARE_HERE.match(text):
        return True  # «Her er du: NRK.no > Programmer > TV > …»: the page's trail
    if (text[-2:] == " |" or text.endswith(READ_MORE)) and n_words <= _CAPTION_BAR_WORDS:
        return True  # «Federer celebrates the victory. |»: a caption, its bar left; «… Read more»
    if credit_tail(text[-90:]) and not _ends_prose(text):  # (the credit is at the end)
        return True
    if ends_in_agency_credit(text) or ends_in_bare_credit(text) or signed_caption(text):
        return True  # «… after a stabbing on Broadway. Elisha Dacey/Global News»
    if stock_credit(text):
        return True  # «… Iceland. Keystone», «… on March 6 [Gareth Fuller/PA Wire]»
    web = n_words <= 15 and ("@" in text or "http" in text or "www." in text)
    if web and _EMAIL_OR_URL.search(text):  # (else on: «By Ian Dunt Follow @IanDunt», a byline)
        return True
    if PROMPT.found(text if n_words <= 25 or text[:4] == "Get " else text[:40]):
        return True  # (a longer one opens on its prompt: «National World encourages reader …»)
    if n_words <= _PULL_QUOTE and text[-1:].isalpha() and pull_quote(text):
        return True  # «Kurven har gått ned i hele 2011. Helse- og omsorgsminister Anne-Grete …»
    if n_words > _SHORT:
        return False
    if text[:2] in ("Le", "Sj", "Se", "Re") and _READ_ELSEWHERE.match(text):
        return True  # «Les om kampen i Sogn Avis»: a link to another paper's story
    return _only_page_words(text) or is_byline(text) or is_breadcrumb(text) or is_credit(text)


def _stuffed(text: str) -> bool:  # (a few words over and over)
    return len(set(words := text.lower().split())) * 4 <= len(words)


# «Les om kampen i Sogn Avis», «Sjå meir om saka på NRK Vestland», «Read more on BBC Sport»
_READ_ELSEWHERE = re.compile(
    r"(?:Les|Sjå|Se|Read)(?: (?:meir|mer|more)(?: om| about)?| om| about| anmeldelsen?| the review)"
    r"(?: [\wæøå-]+){0,6} (?:i|på|hos|in|on|at) [A-ZÆØÅ][\w.æøå-]*(?: [A-ZÆØÅ][\w.æøå-]*){0,2}\.?$"
)


def _ends_prose(text: str) -> bool:
    """A credit-like tail after sentences is prose (not counting the credit's own stop)."""
    own = any(marker in text[-60:] for marker in (". Foto", ". FOTO", ". Photo", ". Bilde"))
    return text.endswith((".", "!", "?", "»", "”", '"')) and text.count(". ") - own >= 2


_REGIONS = frozenset(("americas", "africa", "asia", "pacific", "middle", "east", "south", "north"))


def _only_page_words(text: str) -> bool:
    """Share buttons, stamps, breadcrumbs: page words, dates and times, nothing else."""
    # «12/03/2025December 3, 2025»: a page's date stamps run together.
    tokens = [t.lower().strip(".-’'") for t in word_tokens(_GLUED_DATE.sub(" ", text))]
    if not tokens:
        return True
    decisive = nav = function = joins = 0
    for token in tokens:
        if token in PAGE_WORDS or token in AGENCIES or token.startswith("@"):
            decisive += 1
        elif token in NAV:
            nav += 1
        elif token in FUNCTION:
            function, joins = function + 1, joins + (token in ("og", "and", "in", "i"))
        elif token in _REGIONS:
            continue  # a world menu's («BBC NEWS Americas Africa Europe Middle East …»)
        elif not (token in MONTHS or NUMERIC.match(token) or not token):
            return False
    # «Sport» alone or «Sport og kultur» may be a heading; «Heim Nyhende Innanriks», «Lørdag 14.
    # desember 2019 · Innenriks», «… 2016 Kultur og medier», «… 2010 in Business» are not.
    dated = nav < len(tokens) and function == 0
    sections = joins > 0 and function == joins and nav + function + 3 <= len(tokens)
    return decisive > 0 or (nav >= 2 and function == 0) or (nav <= 1 and dated) or sections


def is_credit(text: str) -> bool:
    """«Ole Berg-Rusten / NTB», «Getty Images», «Reuters/Scanpix», «NTB-Espen Hartvig»."""
    agency, _, rest = text.partition("-") if "-" in text[:12] else ("", "", "")
    if rest[:1].isupper() and agency.lower() in AGENCIES:
        text = f"{agency} / {rest}"  # (the agency's name hyphened to its photographer's)
    if "/" not in text and not any(t.lower() in AGENCIES for t in word_tokens(text)):
        return False
    if text.endswith((".", "!", "?")):
        return False
    return names_only(text, allow_roles=False) and len(text.split()) <= 8


def is_section_label(text: str) -> bool:
    """«Sport», «World»: a site's section, no title; nor the site's name: «NAMDALSAVISA»."""
    if " " not in text and len(text) >= 6 and text.isupper() and text.isalpha():
        return True
    return spaces(text, 2) < 2 and all(t.lower() in NAV for t in word_tokens(text))


_PULL_QUOTE = 30  # words: a quote pulled out of the story, and who said it
# A sentence, then who said it, no verb nor stop: a role and a name, «Council leader Jane Smith».
_SAID_BY_LINE = re.compile(
    r"[.!?»”\"] ((?:[\w-]+ (?:og |and |i |for |of )?){1,4})"
    r"[A-ZÆØÅ][\w’'-]+(?: [A-ZÆØÅ][\w’'.-]+){1,2}$"
)


def pull_quote(text: str) -> bool:
    """A quote pulled out of the story over its speaker's role and name, no verb between."""
    found = _SAID_BY_LINE.search(text)
    return found is not None and any(is_title(w) for w in found.group(1).split())

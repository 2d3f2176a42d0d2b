"""A wire photo's caption: it closes on the picture's date and the agency's credit, or
opens on a sports agency's slug, where a sentence of news does not."""

from __future__ import annotations

import re

from bot.core.text import spaces

# The date a wire photo's caption closes on, and its credit: «Smoke rises …, in Gaza City
# May 12, 2021. REUTERS/Jane Doe»; a sports agency's slug opens one: «Britain Tennis -
# Wimbledon - … - 10/7/16 Great Britain's Heather Watson …».
# The date follows a place («in Gaza City May 12, 2021.», «Owasso, Okla., Tuesday, Nov. 6,
# 2018.»), not a word of a sentence («The law takes effect on January 1, 2024.»).
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WIRE_CAPTION = re.compile(
    rf"(?<!\S)(?!{_WEEKDAY}\b)(?:[A-Z]\S*|\S*,|this)\s+(?:{_WEEKDAY},\s+)?"  # («in this …»)
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\."
    r"(?:\s+(?:REUTERS|AP Photo|AFP|EPA|EPA-EFE|EFE)\s*/\s*[^.!?]{2,60})?(?:\s+\w+_\w+)?\s*$"
)
_WIRE_DATE = re.compile(r", \d{4}\.")  # (what every _WIRE_CAPTION has)
# … or inside it, the place, the weekday and the date: «… in Paris, Texas Tuesday, May 24,
# 2011 as more severe weather formed …» (prose has «on Tuesday, May 24»)
_PLACE_DAY_DATE = re.compile(
    rf"[A-Z][a-z.]+,? {_WEEKDAY}, [A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}\b"
)
_SPORT_CAPTION = re.compile(r"^[A-Z][\w ]{2,30} - [^.]{3,120} - \d{1,2}/\d{1,2}/\d{2,4}\s")


def is_wire_caption(text: str) -> bool:
    """A wire photo's caption: it ends on the picture's date (and credit), or opens on a slug."""
    if spaces(text, 60) >= 60:
        return False
    tail = text[-120:]
    # (a wire caption's date, «May 12, 2021.», looked for first: a pattern that opens on
    # a literal is found fast, where _WIRE_CAPTION tries every position)
    if _WIRE_DATE.search(tail) is not None and _WIRE_CAPTION.search(tail) is not None:
        return True
    if "day, " in text and _PLACE_DAY_DATE.search(text) is not None:
        return True
    if ") " in text and _PLACED_IN_PICTURE.search(text) is not None:
        return True
    if " in this " in tail and _IN_THIS_GRAB.search(tail) is not None:
        return True  # «… addresses Parliament …, in this screengrab taken from video.»
    if " shows " in text and _RELEASED_SHOWS.search(text) is not None:
        return True  # «This image released by CBS News shows Norah O'Donnell on the …»
    if text[:1] in "AR" and _AGENCY_PHOTO_BY.match(text):
        return True  # «AP photo by Carlos Osorio / Tony Finau reacts after …»
    return _SPORT_CAPTION.match(text) is not None


_IN_THIS_GRAB = re.compile(
    r" in this (?:[\w-]+ )?(?:screengrab|screen grab|frame grab|video grab|still image|"
    r"handout (?:photo|picture|image)|file (?:photo|picture|image)|illustration|"
    r"(?:photo )?illustration (?:photo|picture|image))"  # («… is seen … in this illustration.»)
    r"(?: (?:taken from|released by|provided by|obtained by|from) [^.]{2,60})?\.?"
    r"(?: \([^()]{2,40}\))?$"  # («… from video. (Reuters TV via REUTERS)»)
)
_RELEASED_SHOWS = re.compile(
    r"\bThis (?:handout )?(?:image|photo|picture|photograph|still)(?: released| provided| taken|"
    r" obtained| made available)?(?: by [^.]{2,50})? shows "
)
_AGENCY_PHOTO_BY = re.compile(r"(?:AP|AFP|Reuters|REUTERS) (?:photo|Photo|PHOTO) by [^/]{3,40} / ")
_CREDIT_LAST = re.compile(r"\s*\([^()]{2,40}\)\.?$")  # («… 2019. (Photo by AFP)»)


# Where a person stands in the picture, after the name: «officer Peter Liang (C) departs …»,
# «Ola Berg (2nd L) and …», «Kari Ås (front) smiles» (prose does not place people so; an
# «(R)» is a senator's party as often as the right of the picture).
_PLACED_IN_PICTURE = re.compile(
    r"[A-Z][\w'’-]+ \((?:[CL]|\d(?:st|nd|rd|th) [LR]|L to R|R to L|front|centre|center)\)"
    r" (?=[a-z])"
)
# An agency picture's caption dates its first sentence in full, after a comma: «…, in
# Istanbul, Turkey, Sunday, Aug. 10, 2014.», «…, Tuesday, May 17, 2016, in Springfield, Ill.»
_PICTURE_DATE = re.compile(
    rf", {_WEEKDAY}, "
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, "
    r"(?:19|20)\d\d(?:, in [^.]{2,50}?)?\."
)
_PICTURE_CAPTION_WORDS = 90


def dated_like_a_picture(unit: str) -> bool:
    """«…, in Istanbul, Turkey, Sunday, Aug. 10, 2014.», «… unveils the bus in Liverpool,
    Britain, 7 November 2019.»: a first sentence dated in full (the news says «on Sunday»)."""
    if spaces(unit, _PICTURE_CAPTION_WORDS) >= _PICTURE_CAPTION_WORDS:
        return False
    if unit[-5:-1].isdigit() and (dated := _PLACE_DAY_MONTH_YEAR.search(unit, len(unit) - 80)):
        return ". " not in unit[: dated.start()]
    if "day, " not in unit:
        return False
    found = _PICTURE_DATE.search(unit)
    return found is not None and ". " not in unit[: found.start()]


_PLACE_DAY_MONTH_YEAR = re.compile(
    r" in [A-Z][\w'’ -]{1,30}, [A-Z][\w'’ -]{1,30}, \d{1,2} (?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December) (?:19|20)\d\d\.$"
)


# A picture's moment in the present, dated in the past: «Serena Williams poses with the
# Billie Jean King Trophy after defeating Simona Halep … on Sunday.» (news tells it past)
_POSED = re.compile(
    r"(?:[A-Z][\w'’.-]+ ){1,4}(?:poses|celebrates|reacts|looks on|gestures|waves|smiles|"
    r"kisses|hugs|holds up|lifts|is seen|are seen|is pictured|are pictured)\b"
)
# (a win in the present of a picture, a name's words only before it: news says «won»)
_CELEBRATES = re.compile(
    r"(?:[A-Z][\w'’.-]+ ){1,4}(?:of (?:the )?[A-Z][\w'’.-]+ )?celebrates? "
    r"(?:winning|victory|after|with)\b"
)
_MOMENT = re.compile(rf"\b(?:after|during|before|on {_WEEKDAY}|at the)\b")
_POSED_WORDS = 40


# People at work in the present on a past day: «A cop directs highway traffic in New Mexico
# on Monday.», «Firefighters battle the blaze on Tuesday.», «Rescuers arrive at a damaged
# house Wednesday as they look for survivors …» (a headline has no weekday)
_ACTING = re.compile(
    r"[A-Z][\w'’.-]* (?:(?!(?:said|says|say|told|tells|is|was|were|are|has|have|had|will|would|"
    r"that|who)\b)[\w'’.-]+ ){0,5}?(?:directs?|walks?|stands?|sits?|waits?|watch(?:es)?|"
    r"carr(?:y|ies)|clears?|inspects?|gathers?|prays?|mourns?|battles?|cleans? up|shovels?|"
    r"push(?:es)?|wades?|rides?|queues?|lines? up|takes? part|pays? (?:their|his|her) respects|"
    r"works?|arrives?|search(?:es)?|pulls?|digs?)"  # (the weekday bare too: «… house Wednesday»)
    r" (?!(?:to|that)\b)(?:(?! (?:will|would|to|has|have|had|is|was|were|are|and) )[^.])*"
    rf" (?:on )?{_WEEKDAY}\b"
)


def posed_caption(unit: str) -> bool:
    """One sentence in the present that shows a person's pose or gesture, or people at work,
    at a past moment; or a win celebrated in the picture («X celebrates winning …»)."""
    if spaces(unit, _POSED_WORDS) >= _POSED_WORDS:
        return False
    if unit[:1].isupper() and " celebrate" in unit and _CELEBRATES.match(unit):
        # («Arnaud Demare celebrates winning stage five …», a stop or none, a credit or none)
        return ". " not in _CREDIT_LAST.sub("", unit)
    if not unit.endswith("."):
        return False
    if "day" in unit and _ACTING.match(unit.split(". ", 1)[0]):
        return True  # (a second sentence after it, the picture's story: «Parts of … could see …»)
    if ". " in unit:
        return False
    return _POSED.match(unit) is not None and _MOMENT.search(unit) is not None


_SIGNED_WORDS = 45
# A caption by its signature: an agency's mark alone in brackets after one sentence
# («Rishi Sunak will lead a press conference today. (PA)»), a video's day and agency
# («… boosting vaccination (Feb. 14) AP.»), a picture desk's date and place («… at Eden
# Park on August 07, 2021 in Auckland, New Zealand.»), an artist's picture of the news
_AGENCY_MARK = re.compile(  # (and a network's: «… in Melbourne. (Nine)»)
    r"[.!?] \((?:PA|AP|AFP|Reuters|EPA|Getty|Getty Images|AAP|NTB|Nine|Seven|ABC|SBS)\)\.?$"
)
_VIDEO_MARK = re.compile(r" \([A-Z][a-z]{2,4}\.? \d{1,2}\) (?:AP|AFP|Reuters|CNN)\.?$")
_PICTURE_DESK = re.compile(
    r"\bon (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4} in [A-Z][\w .'’-]+, [A-Z][\w .'’-]+\.$"
)
# (after a label in capitals too: «DISTANT ORB. Artist’s depiction of …»), or a file
# picture's: «A file photograph of a Saudi Aramco oilfield. Reuters»
_ARTISTS = re.compile(
    r"^(?:[A-Z]{2,}(?: [A-Z]{2,})*[.:] )?(?:(?:An )?[Aa]rtist[’']s "
    r"(?:depiction|impression|rendering|concept|illustration)|(?:An? f|F)ile (?:photo|photograph|"
    r"picture|image)(?: dated [\d/.]+)?) of "  # (PA's: «File photo dated 03/02/22 of …»)
    r"|^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? (?:file )?(?:photo|picture|image): "  # («May 31, 2018,"
)  # file photo: Congolese health officials prepare …»)
# A PA picture's caption, however long: «… the regulator has announced. Issue date: Friday
# August 23, 2024.»
_ISSUE_DATE = re.compile(r"[.!?] Issue date: [A-Z][a-z]+,? [A-Z][a-z]+ \d{1,2},? \d{4}\b")


def signed_caption(unit: str) -> bool:
    """Whether a short unit is a caption by its signature (of one sentence, but for a
    video's blurb and an artist's picture)."""
    if "Issue date: " in unit and _ISSUE_DATE.search(unit):
        return True
    if unit.count(" ") > _SIGNED_WORDS:
        return False
    if _VIDEO_MARK.search(unit) or _ARTISTS.match(unit):
        return True
    if ". " in unit[:-8]:
        return False
    return _AGENCY_MARK.search(unit) is not None or _PICTURE_DESK.search(unit) is not None


# A stock agency's or a paper's credit closing a caption, where no sentence ends: after the
# caption's stop («… Norway, Denmark and Iceland. Keystone»), a photographer with two
# agencies («… for scale Walter Myers /Stocktrek Images/Corbis»), or in square brackets
# («… on March 6 [Gareth Fuller/PA Wire]», «… during the altercation [Justin Fenn]»).
_STOCK_CREDIT = re.compile(
    r"(?<=[.!?»”])\s+(?:Keystone(?:-SDA)?|Corbis|Alamy(?: Stock Photo)?|Stocktrek Images)$"
    r"|\s(?:[A-Z][\w'’-]+\s+){1,2}/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s*/\s*[A-Z][\w&.-]*$"
    r"|\s\[(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+"
    r"(?: ?/ ?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})?\]\.?$"
    # (or an agency's name alone on the caption's last line: «… downhill at Beaver Creek\nAFP»)
    r"|(?<![.!?»”\"])\s(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|NTB|Scanpix)$"
)


def stock_credit(text: str) -> bool:
    tail = text[-90:]
    if "Image source, " in tail:
        return True  # («… Canada August 17, 2023Image source, Amernhel Pascua/via REUTERS»)
    if tail.count(" ") < 8 and _NAME_TWICE.search(tail):
        return True  # («CO341-17 Lee Richardson Lee Richardson»: a picture's alt text and caption)
    if tail[-1:] == ")":  # «Flooding in Wales was also seen last summer (PA)»: no stop, a caption's
        return _AGENCY_LAST.search(tail) is not None
    found = "[" in tail if tail[-1:] in "]." else tail[-1:].isalpha()
    return found and _STOCK_CREDIT.search(tail) is not None


_NAME_TWICE = re.compile(r"(?<!\S)([A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+) \1$")
_AGENCY_LAST = re.compile(
    r"(?<![.!?»”\"]) \((?:PA(?: Media| Wire)?|AP|AFP|EPA|Reuters|Getty(?: Images)?|NTB|Alamy)\)$"
)

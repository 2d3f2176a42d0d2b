"""A page's notices on a line of their own: when it was published, a link's label, a
video's, who wrote it. None is a heading, a title or a bullet (a wire's dateline in front
of a paragraph: bot.core.datelines)."""

from __future__ import annotations

import re

from bot.core.bylines import is_byline, without_writer
from bot.core.page_words import NAV
from bot.core.text import SENTENCE_END, spaces

# «This was published 1 year ago», «Oppdatert for mindre enn 10 minutter siden»
_TIME_AGO = re.compile(  # (or the stamp alone, its comments' count after it: «1 hour ago 1»)
    r"^(?:this (?:article |story )?was )?(?:first |sist |last )?"
    r"(?:(?:published|updated|posted|modified|publisert|oppdatert|endret|endra)\s+)?"
    r"(?:for\s+)?(?:(?:mindre enn|under|over|nesten|about|less than|more than|over)\s+)?"
    r"(?:\d{1,3}|en|ett|ei|ein|eitt|one|a|an)\s+[a-zæøå]+\s+(?:siden|sidan|ago)\.?(?: \d{1,4})?"
    r"(?: [-–·] \d{1,2} min read)?$",  # (and its reading time: «1 hour ago - 1 min read»)
    re.IGNORECASE,
)
# «Les også Skiskytterne venter med fluorforbud», «Also Read», «Video Skredet stoppa …»:
# a link to another story or a player, its title after the label.
_LINK_LABEL = re.compile(
    r"^(?:les også|les òg|les mer|les meir|also read|read also|read again|read next|see also|"
    r"se også|sjå også|"
    r"video|se video|sjå video|watch|watch video)(?:\s*:\s+\S.*|\s+(?-i:[A-ZÆØÅ0-9«\"“'‘]).*)?$"
    r"|^watch (?:[A-Z][\w&]* ){1,3}live\.?$"  # «Watch BNN Bloomberg live.»
    r"|^(?:mer|meir) om [\w-]+: [A-ZÆØÅ].*$"  # «Mer om flyet: Dette bør du vite om F-35»
    r"|^(?:(?:las|leste|har|fikk|fekk) du(?: lest| lese| sett| fått| med deg)*(?: denne| dette"
    r"| den)?\?|did you (?:read|see|miss) (?:this|these)\?|bakgrunn:|background:) [A-ZÆØÅ0-9«].*$"
    r"|^read: [A-ZÆØÅ«\"“'‘].*$"  # «READ: Clerk threatened …» (not «Read, who coached …»)
    r"|^les på [\w+.]{2,20} [–—-] [A-ZÆØÅ0-9«].*$"  # «Les på E24+ – 2021 vil handle om …»
    # an alert's button: «Få varsel ved oppdateringer av «Folkehelseinstituttet venter …»»
    r"|^få (?:varsel|varsler|varslar) (?:ved|om|når)\b[^«]{0,40}«.*»$",
    re.IGNORECASE,
)
# A gallery's or a review's link, its title after it however it ends: «SE BILLEDGALLERIET:
# …», «Les VGs anmeldelse av boken her: Praktfullt om livet!»
_GALLERY_OR_REVIEW = re.compile(
    r"^(?:se|sjå) (?:billedgalleriet|bildegalleriet|biletgalleriet|galleriet)\b"
    r"|^(?:les|her kan du lese|her kan du lesa) [\w+.]+ (?:anmeldelse|melding)\b",
    re.IGNORECASE,
)
# A gallery's caption: its count of pictures first (or its buttons: «forrige neste»).
_GALLERY_COUNT = re.compile(
    r"(?:(?:Image|Photo|Picture|Bilde|Bilete|Foto) \d{1,2} (?:of|av) \d{1,2}|\d{1,2} / \d{1,2})"
    r" (?:▼ |[A-ZÆØÅ]{2,}: )"
)
_COUNT_FIRST = frozenset("0123456789IPBF")
# An alert's sign-up box and an old story's warning: «Hvor ofte ønsker du å motta varsler fra
# fhi.no?», «Du har meldt deg på nyhetsvarsel for:», «Denne nyheten er eldre enn 30 dager …»
_ALERT_BOX = re.compile(
    r"^(?:hvor|kor) ofte ønsker du å motta varsl|^ønsker du (?:også )?varsl"
    r"|^du har meldt deg på (?:nyhets)?varsl|^e-postadressen du registrerer\b"
    r"|^(?:denne|dette) (?:nyheten|saken|artikkelen|nyheita|saka|innlegget) er eldre enn \d+ "
    r"(?:dager|dagar|år)\b|^ta meg til forsid(?:en|a)$"
    r"|^(?:you(?:'ve|’ve| have) (?:signed up|subscribed) (?:for|to)|get (?:email )?alerts (?:on|"
    r"about|when))\b|^this (?:article|story) is (?:more than|over) \d+ (?:days|years) old\b",
    re.IGNORECASE,
)
_ALERT_WORDS: tuple[str, ...] = ("arsl", "arsel", "eldre enn", "postadressen", "orside")
_ALERT_WORDS += ("signed up", "subscribed", "lerts", "days old", "years old")
_LINK_WORDS = 14  # words: a link's title is a headline
# «EL PASO, Texas -», «SAN SEBASTIAN, Spain -»: a wire's dateline, its story below.
_DATELINE_DASH = re.compile(
    r"^[A-ZÆØÅ]{2,}(?:[ -][A-ZÆØÅ]{2,})*(?:,\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*[-–—]$"
)
# «- Emily Ashton»: a byline under a dash.
_DASH_BYLINE = re.compile(r"^[-–—]\s*(?:[A-ZÆØÅ][a-zæøåé'’-]+\s+){1,2}[A-ZÆØÅ][a-zæøåé'’-]+$")
_LISTS = frozenset(("new articles", "latest articles", "nye artikler", "nye artiklar"))
# «Siste oppdatering 03. jan 2023, kl. 16:19», «Posted on Mon, December 19, 2011»: a stamp.
_STAMP_LABEL = re.compile(
    r"^(?:siste oppdatering|sist oppdatert|sist endret|sist endra|last updated|publisert|"
    r"oppdatert|publiseringsdato|publisert dato|publication date|date published)\b\D{0,20}\d"
    r"|^(?:first |last )?(?:posted|published|updated): \D{0,20}\d",  # «First Posted: Apr 29, …»
    re.IGNORECASE,
)
# A wire's stamp and place over its story: «December 29, 11:09 UTC+3 ANKARA»
_STAMP_PLACE = re.compile(
    r"^[A-Z][a-z]+ \d{1,2}, \d{1,2}:\d{2}(?: UTC[+-]\d{1,2})? [A-Z]{3,}(?: [A-Z]{3,})?$"
)
_POSTED_ON = re.compile(r"^.{0,40}\b(?:posted on|published on)\b\D{0,20}\d", re.IGNORECASE)
_BY_DATE = re.compile(  # «By on March 24, 2013»
    r"^(?:by|av) (?:[^.]{0,40} )?(?:on )?\w+\.? \d{1,2},? \d{4}$", re.IGNORECASE
)
# «Bilete av Monica Goksøyr …», «Illustrasjon planområdet …»: an image's alt text; «Skrevet
# av», «Viser arkivet for stikkord sunnfjord», «HHM Rating»: a byline's or a blog's label.
_PAGE_LABEL = re.compile(
    r"^(?:bilete av|bilde av|bildet viser|biletet viser|illustrasjon|illustrasjonsfoto|"
    r"image of|photo of|picture of|viser arkivet|viser arkiv|arkiv for|archive for|"
    r"archives? for|posts tagged|tag archives?)\b"
    r"|^[^()]{2,40}\)$"  # a syndicator's mark, its bracket lost: «(MENAFN - Caribbean News Global)»
    r"|^(?:skrevet av|skrive av|skriven av|written by|posted by|tekst og foto|text and photos?)$",
    re.IGNORECASE,
)
_RATING = re.compile(r"^[\w ]{0,20}\brating$", re.IGNORECASE)
# «Av Eirin Rauø, sauehaldar og heiltidsbonde», «By Jane Doe, Political Editor»: a byline.
_BYLINE = re.compile(
    r"^(?i:av|by|tekst|text) [A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’.-]+){1,3}(?:,\s*[\w ,-]{2,60})?$"
)
# «Lister - - SPORT - Av Svein Morten Havaas», «NEWS | By Jane Doe»: a printed page's
# labels (its edition, its section) and the byline, as a news-stand copy gives them.
_LABELS_BYLINE = re.compile(
    r"^(?:[\w&.'’ ]{0,30}\s*[-–—|]\s*)+(?:Av|AV|By|BY|Tekst|Text) "
    r"[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’.-]+){1,3}(?:,\s*[\w ]{2,30})?$"
)
# «Faedrelandsvennen - - KULTUR -», «Newspapers in Norwegian»: a news-stand copy's labels.
_PRINT_LABELS = re.compile(
    r"^[\w&.'’ ]{2,30} [-–—] [-–—] [A-ZÆØÅ][A-ZÆØÅa-zæøå]{2,19}(?: [-–—].{0,60})?$"
    r"|^Newspapers (?:in|from) [A-Z][a-z]+$"
)
# «Lars H. Gulbrandsen Forskningsleder, Fridtjof Nansens Institutt»: a writer over his piece.
_NAME_POST = re.compile(
    r"^(?:[A-ZÆØÅ][\w'’-]*\.? ){2,3}(?:[A-ZÆØÅ][a-zæøå]*(?:leder|leiar|forsker|forskar|"
    r"redaktør|professor|rådgiver|rådgjevar|direktør|sjef|journalist|kommentator)"
    r"|(?:Senior |Chief |Political |Associate )?(?:Reporter|Journalist|Editor|Correspondent|"
    r"Researcher|Professor|Columnist|reporter|journalist|editor|correspondent))(?:,[^.]{2,60})?$"
)
# A correspondent's byline with the country they report from: «Anders Tvegård (USA)».
_NAME_POSTED = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåé-]+ ){1,3}[A-ZÆØÅ][a-zæøåé-]+ \((?:USA|UK|EU)\)$")
# «AMALIE DALHAUG HALLELAND (20), student»: a name in capitals, an age, a role.
_NAME_AGE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ'’ -]{3,60} \(\d{1,3}\)(?:,\s*[\w ,.-]{2,50})?$")


# «(Corrects Ohio location to Moraine …, paragraph 4)»: a wire's note on its new version.
# («(Update: Confirmed measles cases to 19; …)»: the page's note of its latest change)
_WIRE_NOTE = re.compile(
    r"^\((?:(?:Corrects|Updates|Adds|Recasts|Refiles|Changes|Fixes|Removes|Rewrites|Repeats|"
    r"Clarifies|Deletes|Inserts|Rewords)\b|(?:Update|Updated|Oppdatert|Oppdatering|"
    r"Editor's note|Correction):)[^()]*(?:\([^()]*\)[^()]*)*\)\.?$"
)
# «Se «Kart - Køyrde mange mil omveg» i nytt vindu»: an embed's link.
_NEW_WINDOW = re.compile(r"^(?:Se|Sjå|Vis|Open|View) .{2,80} i (?:nytt|eit nytt|et nytt) vindu$")
# «CBC23-05-2025»: a site's name run into the date of its page.
_SITE_DATE = re.compile(r"^[A-Z][\w.]{1,15} ?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")


# «File image courtesy USCG Station Ketchikan», «Photo courtesy of the family»: a credit.
_COURTESY = re.compile(
    r"^(?:file |supplied |handout )?(?:image|photo|picture|photograph|video)s? "
    r"(?:courtesy|supplied by|credit)\b",
    re.IGNORECASE,
)
# «Saka er henta med velvilje frå Kvinnheringen.», «This article was originally published by
# The Conversation»: where the story was first printed, no news of it.
_BORROWED_WORDS = 16
_BORROWED = re.compile(
    r"^(?:denne |this )?(?:saka|saken|artikkelen|teksten|article|story) (?:er |ble |blei |vart |"
    r"was |is |has been )?(?:først |opprinnelig |originally |first )?(?:henta|hentet|publisert|"
    r"trykt|published|republished|reproduced)(?: med (?:velvilje|tillatelse|løyve)| with "
    r"(?:kind )?permission)? (?:frå|fra|i|by|in|on|from)\b",
    re.IGNORECASE,
)
# «Scott Aust The Garden City Telegram»: a reporter's name and the paper's.
_NAME_PAPER = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+ (?:The )?(?:[A-Z][\w.'’-]* ){0,3}"
    r"(?:Telegram|Times|Herald|News|Post|Journal|Gazette|Tribune|Chronicle|Examiner|Star|"
    r"Sun|Record|Register|Courier|Press|Observer|Mail|Express|Leader|Advertiser|Bulletin|"
    r"Review|Standard|Dispatch|Enquirer|Daily|Democrat|Republican|Sentinel|Telegraph)$"
)


# Lines of a page that are never the article, however long: a picture desk's «*** Local
# Caption ***», a teaser cut off with «[…]», a call to follow the outlet.
_PAGE_LINE = re.compile(
    r"\*\*\* ?Local Caption ?\*\*\*|\[(?:…|\.\.\.)\]$"
    r"|^Follow (?:(?:[A-Z][\w&'’.-]*|and|of|the) ){1,10}"
    r"on (?:Facebook|Twitter|X|Instagram|TikTok)\b"
)


# A link list's head: «More on the floods», «Meir om valet» (no sentence).
_MORE_ON = re.compile(r"(?i:more on|more about|mer om|meir om)\s[^.!?:]{1,50}")


def link_list_head(texts: list[str], i: int) -> bool:
    """«Mer om valet» over other stories' headlines; over a paragraph it is a heading."""
    if _MORE_ON.fullmatch(texts[i].strip()) is None:
        return False
    following = texts[i + 1].rstrip() if i + 1 < len(texts) else ""
    return spaces(following, 7) < 7 or not following.endswith(SENTENCE_END)


def site_section(texts: list[str], i: int) -> bool:
    """«Nyheter» under the top picture's caption: the site's section, no heading."""
    return i > 0 and texts[i].strip().lower() in NAV  # (at the top: bot.core.sections)


def page_line(text: str) -> bool:
    """«Anders Amdal, 1.side *** Local Caption ***», «… stod på programmet. Kunne […]»,
    «Follow BBC East Yorkshire and Lincolnshire on Facebook, …»."""
    if text.endswith(" reports") and _VIDEO_REPORT.search(text):
        return True  # «Hundreds of … marched on Westminster, as ITV News' Sam Holder reports»
    if spaces(text, 12) < 12 and _REPORTS_FROM.match(text):
        return True  # «John Fallon reports from Semple Stadium»: the reporter's byline
    if "forrige neste" in text or (text[:1] in _COUNT_FIRST and _GALLERY_COUNT.match(text)):
        return True  # «Image 1 of 2 ▼ A deadly crash …», «1 / 3 TØRT: … forrige neste fullskjerm»
    return ("***" in text or "[" in text or text[:7] == "Follow ") and bool(_PAGE_LINE.search(text))


_VIDEO_REPORT = re.compile(r",? as (?:[A-Z][\w'’.-]* ){1,5}reports$")
# A reporter and where he stands: «John Fallon reports from Semple Stadium», «Bård Siem
# rapporterer fra Florø.» (a live page's video, a match report's byline).
_REPORTS_FROM = re.compile(
    r"(?:[A-ZÆØÅ][\w'’.-]+ ){1,3}[A-ZÆØÅ][\w'’-]+ (?:reports|is reporting|rapporterer|melder) "
    r"(?:from|fra|frå) [A-ZÆØÅ]"
)


def is_notice(text: str) -> bool:
    """Whether a line is one of a page's notices (see the module's doc)."""
    text = text.strip()
    if text[:1] == "(" and _WIRE_NOTE.match(text):
        return True
    if text[-1:].isdigit() and _SITE_DATE.match(text):
        return True
    if text.endswith(" vindu") and _NEW_WINDOW.match(text):
        return True
    if _COURTESY.match(text) or (text[-1:].isalpha() and _NAME_PAPER.match(text)):
        return True
    if text.count(" ") < _BORROWED_WORDS and _BORROWED.match(text):
        return True
    if text[:1] in "SsLlH" and _GALLERY_OR_REVIEW.match(text):
        return True
    if any(map(text[:60].__contains__, _ALERT_WORDS)) and _ALERT_BOX.match(text):
        return True
    if text.count(" ") >= _LINK_WORDS or text.endswith(("?", "!")):
        return False
    lower = text.lower()  # (each pattern below only where its words or signs are)
    if lower.rstrip(" :") in _LISTS:
        return True
    if text.endswith(".") and not lower.endswith(("ago.", "siden.", "sidan.", "live.")):
        return False  # a sentence (a link's title has no stop; «Watch X live.» is a player's)
    return bool(
        _TIME_AGO.match(text)
        or _LINK_LABEL.match(text)
        or _DATELINE_DASH.match(text)
        or _DASH_BYLINE.match(text)
        or _STAMP_LABEL.match(text)
        or (text[-1:].isupper() and _STAMP_PLACE.match(text))
        or (("posted on" in lower or "published on" in lower) and _POSTED_ON.match(text))
        or (text[-1:].isdigit() and text[:1] in "AaBb" and _BY_DATE.match(text))
        or _PAGE_LABEL.match(text)
        or (lower.endswith("rating") and _RATING.match(text))
        or ("(" in text and (_NAME_AGE.match(text) or _NAME_POSTED.match(text)))
        or (text[:1] in "AaBbTt" and _BYLINE.match(text))
        or ((" - - " in text or "Newspapers" in text) and _PRINT_LABELS.match(text) is not None)
        or (
            (" av " in lower or " by " in lower or " tekst " in lower or " text " in lower)
            and _LABELS_BYLINE.match(text) is not None
        )
        or (any(map(lower.__contains__, _POSTS)) and _NAME_POST.match(text))
    )


_POSTS: tuple[str, ...] = ("lede", "leia", "forsk", "redakt", "profess", "rådg", "direkt", "sjef")
_POSTS += ("journal", "kommentator", "reporter", "editor", "correspondent", "research", "columnist")


# «Chief Operating Officer (COO) | ROEST»: a link and its site in a list of them.
_LINK_AND_SITE = re.compile(r"^[^|.!?]{2,80} \| [^|.!?]{2,40}$")
# «9. juli 2018», «July 9, 2018»: a teaser's date on its own line.
_DATE_LINE = re.compile(
    r"^\d{1,2}\.? (?i:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)[a-zæø]*\.?"
    r" \d{4}$|^(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}$"
)
_TEASER_WORDS = 10


def listed_link(texts: list[str], i: int) -> bool:
    """A line of a list of links to other stories: a link and its site, a date alone, or
    a short headline over its date («Bedre kunnskap om skog» / «9. juli 2018»)."""
    text = texts[i]
    if spaces(text, _TEASER_WORDS) >= _TEASER_WORDS or text.endswith((".", "!", "?")):
        return False
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return bool(_LINK_AND_SITE.match(text) or _DATE_LINE.match(text) or _DATE_LINE.match(after))


_DURATION = re.compile(r"(?!0?0:00)\d{1,2}:\d{2}")  # (no video lasts «00:00»: a page's stamp)
_BLURB_WORDS = 40  # a video's blurb is at most this long
_RAIL_PAIRS = 3  # a video's length over its title, this many times running


def video_teaser(texts: list[str], i: int) -> bool:
    """«-De er vår tids veversker» / «Forfatter og økonom … tror …» / «01:10»: a video's
    title and blurb over its length, a teaser for another story inside the article."""
    if i and texts[i - 1].startswith(_NO_PLAYBACK):  # the video's caption under its notice
        return spaces(texts[i], 25) < 25 and not texts[i].endswith((".", "!", "?"))
    below = texts[i + 1 : i + 3]
    if not below or spaces(texts[i], _BLURB_WORDS) >= _BLURB_WORDS:
        return False
    if texts[i].endswith((".", "!", "?")):
        return False  # (a teaser's lines end on no stop; the article's last paragraph does)
    if _PLAYER.match(below[0]) or below[0].startswith(_NO_PLAYBACK):
        return _teaser_title(texts[i])  # «Murder suspect appears in court» / «Watch Video»
    if _DURATION.fullmatch(below[0]):
        return i > 0 and _teaser_title(texts[i - 1])  # the blurb, under its title
    return len(below) == 2 and _DURATION.fullmatch(below[1]) is not None and _teaser_title(texts[i])


# A video player's button under the video's title: «Video available Watch Video», «Play video».
_PLAYER = re.compile(
    r"(?:Video available\s*)?(?:Watch|Play|Spill av|Se|Sjå) (?:the )?(?:video|videoen)$", re.I
)


# A video player's notice where the video was: its title over it, its caption under it.
_NO_PLAYBACK = ("Media playback is unsupported", "Media playback is not supported")


def _teaser_title(text: str) -> bool:
    return spaces(text, 10) < 10 and not text.endswith((".", "!", "?"))


# «Sun Sentinel awarded Pulitzer Prize …» over «Breaking News»: the page's news ticker
_TICKER_LABELS = ("breaking news", "breaking", "just in")
_LIVE_NOW = (" Live Now", " LIVE NOW", " Watch Live")


def ticker_line(texts: list[str], i: int) -> bool:
    """A short line over a «Breaking News» label (its own line, or run into it) at the top
    of the page: another story's headline in the site's ticker, not the article's title."""
    text = texts[i]
    if i and texts[i - 1].lower().rstrip(":") in _TICKER_LABELS:
        # «Breaking News» over «… Live Now», or over a headline another one (no byline) is under
        under = texts[i + 1] if i + 1 < len(texts) else "."  # («.»: no headline under it)
        headline = _teaser_title(under) and _teaser_title(text) and not is_byline(under)
        if headline or text.endswith(_LIVE_NOW):
            return all(_teaser_title(line) for line in texts[:i])
    below = texts[i + 1] if i + 1 < len(texts) else ""
    if len(below) > 16 or below.lower().strip(" .:!") not in _TICKER_LABELS:
        tail = text[-14:].lower()  # (the label's length at most, and its space)
        label = next((x for x in _TICKER_LABELS if tail.endswith(" " + x)), "")
        if not label or not text[-len(label) :][:1].isupper():
            return False
        text = text[: -len(label)].rstrip()  # «… coverage Breaking News»: run into one line
    return all(_teaser_title(line) for line in (*texts[:i], text))


def video_rail(texts: list[str], i: int) -> bool:
    """«02:30» over «Opposition leader's call for shutdown …», «00:58» over the next video's
    title: a rail of videos below the article, which ends there. (A live page's stamps are
    in order and its entries are sentences.)"""
    if not _DURATION.fullmatch(texts[i]):
        return False
    pairs = texts[i : i + 2 * _RAIL_PAIRS]
    if len(pairs) < 2 * _RAIL_PAIRS:
        return False
    stamps, titles = pairs[0::2], pairs[1::2]
    if not all(_DURATION.fullmatch(stamp) for stamp in stamps):
        return False
    if any(title.count(" ") > 16 or title.endswith((".", "!")) for title in titles):
        return False
    minutes = [int(a) * 60 + int(b) for a, b in (stamp.split(":") for stamp in stamps)]
    return minutes != sorted(minutes) and minutes != sorted(minutes, reverse=True)


# «Wait continues David Friend Senior journalist, BBC London»: a live entry's heading and
# its writer's byline, run together.
_BYLINE_TAIL = re.compile(
    r"(?<=[a-z0-9'’]) (?:[A-Z][\w'’-]+ ){1,3}(?:(?:Senior|Chief|Political|Business|Health|"
    r"Sports?|Local|Home|Foreign|Economics|Education|Environment|Technology|Science|Arts|"
    r"Legal|Transport|Security|Social|Digital|Deputy) )?(?:[a-z]+ )?(?:journalist|reporter|"
    r"correspondent|editor|presenter|producer)(?:, [^,]{2,40})?$"
)


_BYLINE_POSTS = ("journalist", "reporter", "correspondent", "editor", "presenter", "producer")


def without_byline(text: str) -> str:
    """A heading without the byline run on after it (a paragraph without its writer's)."""
    text = without_writer(text)
    if text.count(" ") > 18 or text.endswith((".", "!", "?")):
        return text
    if not any(map(text.__contains__, _BYLINE_POSTS)):
        return text
    found = _BYLINE_TAIL.search(text)
    return text[: found.start()] if found else text


def teaser_rail(texts: list[str], i: int) -> bool:
    """«NYNORSK INSPIRASJON» over teasers the page cut off: other stories; the article ends."""
    label = texts[i]
    if not label.isupper() or label.count(" ") > 3 or any(c.isdigit() for c in label):
        return False
    below = texts[i + 1 : i + 7]
    cut = sum(  # (a teaser the page cut off: «… byggjer..», «Ei knap»)
        t.count(" ") >= 7 and (t.endswith(("..", "…", "–", "-")) or not t.endswith(SENTENCE_END))
        for t in below
    )
    # (not a team's name over its long paragraphs: «MANCHESTER UNITED» on a live page; nor
    # a review's label over a caption and its credits, the review below: «TEATER»)
    after = texts[i + 1 : i + 1 + _RAIL_READ]
    return cut >= 2 and not any(t.count(" ") >= 30 and t.endswith(".") for t in after)


_RAIL_READ = 16  # units below a label read for the article's own long paragraphs

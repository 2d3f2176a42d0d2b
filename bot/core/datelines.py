"""What opens a paragraph before its news and goes: a wire's dateline («WASHINGTON, Nov. 27
(AP) —», «Washington — …», «(KABUL, Afghanistan) — …»), a live page's label («Siste nytt
klokken 12.20:», «Update 1.52pm:», «Live coverage as …»), a letter's reference to the piece
it answers, and a fact box's title and button run into its text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.core.lead_places import strip_place
from bot.core.page_words import DATELINE, NAMED_DATELINE, NAV
from bot.core.stamps import TEAM_SCORE
from bot.core.text import SENTENCE_END, spaces

if TYPE_CHECKING:
    from bot.core.structure import Unit

# «Washington — The Senate …»: a city in mixed case, an em dash, the story.
_CITY_DASH = re.compile(  # (and a wire's capitals: «OKLAHOMA CITY — A robbery suspect …»,
    # «CAUTERETS-CAMBASQUE, France — …», «CHERBOURG-EN-COTENTIN, …», a saint's or a fort's:
    # «ST. GEORGE — …», places: «El Fasher / Abu Shouk Camp / Zamzam Camp — …»)
    r"^(?:[SFM][Tt]\. |E[Ll] |A[Ll] )?[A-Z](?:[a-z]{2,}|[A-Z]{2,})"
    r"(?:[ /-][A-Z](?:[a-z]{2,}|[A-Z]{2,})|-[A-Z]{2}){0,3}"  # («SEOUL/BARCELONA, Spain ―»)
    r"(?: / [A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}){0,3}"
    # (a country of two words: «SPINDLERUV MLYN, Czech Republic — …»; a state's «, CA»)
    r"(?:, [A-Z][a-z.]{1,12}(?: [A-Z][a-z]{2,12})?|, [A-Z]{2})? +(?:—|--|•|―) *(?=[A-Z])"
    r"|^[A-Z][a-z]{2,}(?:\d{2,4}|\.com) -- (?=[A-Z])"  # (a site's: «Law360 -- », «X.com -- »)
)
_PLACE_SLASHES = re.compile(r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})? // (?=[A-Z])")  # «Glasgow //»
_PLACE_BRACKET_COLON = re.compile(r"[A-Z][a-z]{2,} \([A-Z][a-z]{3,}\): (?=(?:A|An|The) [a-z])")
_PLACE_COUNTRY_COLON = re.compile(  # (a city, its country, a colon: a wire's dateline)
    r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?, "
    r"(?:United |New |South |North )?[A-Z][a-z]{3,} ?: ?(?=[A-Z])"  # («Kyiv, Ukraine :A …»)
)
# «TORONTO – Pop sweetheart …», «SAINT-LARY-SOULAN, France -- …»: a wire's city in capitals
# before an en dash (in mixed case the dash opens a quote: «Oslo – det er …»).
# (not a match's line, its half time or none: «BRANN - SARPSBORG 08 0-1:», «HASLUM - GRANE
# ARENDAL 27-33 (17-20)»)
_CAPITALS_EN_DASH = re.compile(
    r"^(?:[SFM]T\. )?[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?:, [A-Z][A-Za-z.]{1,12})? (?:–|−|--?|•) +"
    r"(?=[A-Z])"
    r"(?![A-ZÆØÅ0-9 ]+\d+ ?[-–] ?\d+(?: \(\d+ ?[-–] ?\d+\))?:?$)"
)
# A wire's city and its station's tag, the dash glued on: «PLANO (1080 KRLD)- The …».
_CAPITALS_GLUED_DASH = re.compile(  # (or glued to the story: «ITASCA --Midas reported …»)
    r"^[A-Z]{3,}(?: [A-Z]{2,})?(?: \([^()]{2,30}\))?[–—-] +(?=[A-Z][a-z])"
    r"|^[A-Z]{3,}(?: [A-Z]{2,})? --?(?=[A-Z][a-z]|[A-Z]\.[A-Z]\.)"  # («INDIANAPOLIS -A.J. …»)
    r"|^[A-Z]{2,}\.?(?: [A-Z]{2,}\.?){0,2}— ?(?=[A-Z][a-z])"  # («ST. PAUL—The …», «JERUSALEM.— …»)
    r"|^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3}, [A-Z][a-z]{2,12}[–—](?=[A-Z][a-z])"  # «…, France–Europe»
)
# «Jakarta – The number of …»: a city in mixed case, an en dash, an English sentence (in
# Norwegian the dash after a place opens a quote: «Oslo – det er …»).
_CITY_EN_DASH = re.compile(
    r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})? [–-] (?=(?:The|A|An|In|On|At|After|As|For|It|This|"
    r"When|Talks|While|More|Some|Two|Three|Police|Officials|Authorities) )"
)
# «(KABUL, Afghanistan) — A group …»: a bracketed dateline in front of a paragraph.
_DATELINE_BRACKET = re.compile(
    r"^\([A-ZÆØÅ]{3,}(?:[ -][A-ZÆØÅ]{2,})*(?:,\s+[^()]{2,30})?\)\s*[–—-]\s*"
    # (a station's name in mixed case, then a long dash: «(ABC 6 News) — Homeowners …»)
    r"|^\([A-Z][\w.&'’]*(?: [\w.&'’]+){0,3}\) ?[–—] ?(?=[A-Z])"
    # (a town and its state's code: «(Cedar Rapids, IA) -- A Cedar Rapids man …»)
    r"|^\([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2}\.?\) ?(?:--?|[–—]) ?(?=[A-Z])"
)
# The top picture's credit run into a bracketed dateline: «iStock/Thinkstock(CHARLESTON, …) —»
_CREDIT_ON_DATELINE = re.compile(
    r"[A-Za-z]+(?: [A-Za-z]+)?/[A-Za-z]+(?: [A-Za-z]+)?(?=\([A-Z]{3,}[^()]{0,30}\) ?[–—-])"
)
# «(VG NETT) Statsminister Kjell Magne Bondevik stilte …»: an outlet's tag, no dash after it
# (a local paper's in mixed case: «(Driva) Da leder Ivar Trælvik …»).
_OUTLET_BRACKET = re.compile(
    r"^\((?:[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,})?|[A-ZÆØÅ][a-zæøå]{2,})\) (?=[A-ZÆØÅ][a-zæøå])"
    # (a digest's source and date: «(BBC News, 5 Feb 2019) The mass closure …»)
    r"|^\([A-Z][\w.&'’ ]{1,30}, \d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\) (?=[A-Z])"
    r"|^\[[A-Z][\w .&]{1,20}\] ?[–—-] ?(?=[A-Z])"  # («[BBC] – UK Prime Minister …»)
    r"|^\(MENAFN ?[-–] ?[A-Z][\w]{1,20}\) ?(?=[A-Z])"  # («(MENAFN- AzerNews) Denmark's …»)
    r"|^\[[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\] (?=[A-Z])"  # («[November 19, 2018] BUCHAREST …»)
)
# «HAUGESUND (VG) «Ut og stjæle hester» vant …»: a place in capitals and an outlet, no colon.
_PLACE_OUTLET = re.compile(  # (and «NEW YORK (NYT NEWS SERVICE).- Picasso's …»)
    r"^(?:(?:I|PÅ|VED|OVER) )?[A-ZÆØÅÄÖÜ]{3,}(?: [A-ZÆØÅ]{2,})? \((?:VG|NTB|NPK|ANB|TV 2|DN|"
    r"[A-Z]{2,}(?: [A-Z]{2,}){1,3})\)"  # («I LUFTEN (VG) Etter måneder …»: where it was told)
    r"(?:\.?-| -)? ?(?=[«A-ZÆØÅ])"
    # («KVADRATUREN (Nettavisen Økonomi): Ferske tall …»: the outlet's desk, a colon)
    r"|^[A-ZÆØÅ]{3,}(?: [A-ZÆØÅ]{2,})? \([A-ZÆØÅ]\w+(?: [A-ZÆØÅ]\w+){0,2}\): (?=[A-ZÆØÅ])"
)
_DICE = "1 2 3 4 5 6 "
# «(Magnus Carlsen – Sergej Karjakin 1-0) For første gang …»: a game's result as a tag.
_RESULT_BRACKET = re.compile(  # (and the round: «(Florø-Førde 2-0, 1. runde, NM-cupen)»)
    r"^\([^()]{3,80}? [\d½]{1,3} ?[-–] ?[\d½]{1,3}(?:, [^()]{2,40})?\)\s+(?=[A-ZÆØÅ«])"
    # (a tennis match's sets, a tie-break's points in brackets: «(Casper Ruud – Denis
    # Shapovalov 7–6(6), 6–4) Casper Ruud …»)
    r"|^\([^()]{3,60}? \d ?[-–] ?\d(?:\(\d{1,2}\))?(?:, \d ?[-–] ?\d(?:\(\d{1,2}\))?){1,4}\)\s+"
    r"(?=[A-ZÆØÅ«])"
)
_FACT_BOX = re.compile(
    r"^.{0,80}?\b(?:Ekspandér|Ekspander|Utvid)(?:/minimer)? faktaboks\s+(?:[•·]\s+)?"
)
# «SANTA BARBARA, California, August 5, 2013 (ENS) – …»: a wire's place, date and agency
# («MILLBROOK, Ky., March 3 — …»: the year left out).
_PLACE_DATE_DASH = re.compile(
    r"^[A-Z]{3,}(?: [A-Z][A-Z'’-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,"  # («VAL D'ISERE»)
    r" [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([A-Z]{2,6}\))? (?:–|—|--?) (?=[A-Z])"
)
# «Cheltenham, UK, May 28--Union leaders …», «Sydney | Reuters — The government …»: a
# wire's place, its date or its name, and a dash
_PLACE_DATE_GLUED = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][A-Za-z.]+)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}--| \| (?:Reuters|AP|AFP|AAP|Bloomberg) (?:–|—|--?) )(?=[A-Z])"
    # (a press wire's: «PITTSBURGH, July 11, 2011 /PRNewswire-USNewswire/ --»)
    r"|^[A-Z]{3,}(?: [A-Z]{2,})*, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} /[\w-]{2,40}/ --? (?=[A-Z])"
)
# «BiharNew Delhi - More than 50 people …»: a page's tag glued to a wire's place and dash.
_TAGGED_PLACE_DASH = re.compile(
    r"^[A-Z][a-z]+(?=[A-Z][a-z])(?:[A-Z][a-z]+ ){2,3}(?:-|–|—) (?=[A-Z])"  # (not «McDonald - »)
)


# «Siste nytt klokken 12.20: Politiet melder …»: a live page's stamp on its newest entry.
# «Update 1.52pm: Gardaí are warning …», «Latest: …», «Earlier: A young man has died …».
_LIVE_LABEL = re.compile(
    r"^(?:Siste nytt|Siste|Sist oppdatert|Oppdatert|Oppdatering|Latest|Update|Updated|Earlier"
    r"|Newsflash"
    r"|BREAKING(?= - )|Breaking(?= - )"  # («BREAKING - 4.40pm: The 49-year-old …»)
    # («SØNDAG KLOKKEN 21.50: Ingen av de fire …»: a day's stamp in capitals)
    r"|(?:MANDAG|TIRSDAG|TYSDAG|ONSDAG|TORSDAG|FREDAG|LØRDAG|LAURDAG|SØNDAG)(?= KL))"
    r"(?:(?: (?:klokken|klokka|kl\.?|at|KLOKKEN|KLOKKA|KL\.?|-))?"
    r" \d{1,2}(?:[.:]\d{2})?(?: ?[ap]m)?)?"
    r":\s+(?=[A-ZÆØÅ0-9])"
)

# A live page's blurb: what it covers, «as» its news goes on («Live coverage as Chancellor
# Rishi Sunak delivers his Budget …»): the news is the clause after it.
_LIVE_AS = re.compile(
    r"^(?:Live(?: coverage| updates| blog)?|Follow (?:live|(?:our|all the) (?:live )?"
    r"(?:coverage|updates))) as (?=[A-Z])"
)
# A place and a network's mark run into the story: «Ascoli Piceno, Italy (CNN)Italy began …»,
# «Kapolei (United States) (AFP) - American …», a station's: «ERDA, Utah (KSL.com) — The …»
_PLACE_AGENCY_GLUED = re.compile(
    r"^[A-Z][\w .'’-]{1,40}(?:, [A-Z][\w .'’-]{1,30}| \([A-Z][\w .]{2,30}\))? "
    r"\((?:CNN|AP|AFP|Reuters|UPI)\)\s*(?:[-–—]+\s*)?(?=[A-Z])"
    r"|^[A-Z]{3,}(?: [A-Z]{2,})?, [A-Z][a-z]+ \([A-Z][\w.]{1,15}\) ?[-–—]+ ?(?=[A-Z])"
)
# A live page's headline and label run into its first entry: «India … LATEST Updates: Most …»
_LIVE_HEADLINE = re.compile(r"^[^.!?:]{5,100}? LATEST (?:Updates?|UPDATES?|News|NEWS):\s+(?=[A-Z])")

# «Re The Infinite Flexibility Of Erin O’Toole (Sept. 16): …», «Re Public And Private?
# (Letters, Sept. 16): …»: a letter's reference to the piece it answers.
_LETTER_REFERENCE = re.compile(
    r"^Re [A-Z][^()]{2,140}? \((?:Letters|Editorial|Opinion|Column)?,? ?"
    r"[A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?\):\s+(?=\S)"
)

# A wire's city in capitals and the day, no dash: «BRASILIA Oct 29 Brazil's central bank …».
_CITY_MONTH_DAY = re.compile(  # (or a comma, its country, the day glued: «NEW YORK, March 12
    # Attorneys …», «MANCHESTER, United Kingdom, Oct 22Erling Haaland returned …»)
    r"^[A-ZÆØÅ]{3,}(?: [A-ZÆØÅ]{3,})?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?,|,)? "
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} ?(?=[A-Z])"
)

# A place and its town in capitals before a reportage's first words: «TUNSBERGTUNNELEN,
# GRANVIN: Den 4080 meter lange tunnelen …»
_CAPS_PLACES = re.compile(
    r"[A-ZÆØÅ]{3,}(?:[ -][A-ZÆØÅ]{2,})?, [A-ZÆØÅ]{3,}(?:[ -][A-ZÆØÅ]{2,})?: (?=[A-ZÆØÅ][a-zæøå])"
)

# A place and its day before a colon: «London, April 18: Mason Greenwood scored …».
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_PLACE_DATE_COLON = re.compile(
    rf"[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r" \d{1,2}:?(?: \((?:[A-Z]{2,6}|[A-Z][a-z]+ News)\):?)? (?=[A-Z])"  # («June 1 (IANS) Actor …»)
)
# A search engine's or a press release's date before the page's first words: «Nov 19, 2014 -
# A judge in …», «September 27, 2010 – The trawlers …».
_SEARCH_DATE = re.compile(  # («Jan. 20, 2010 — -- California's storms …»)
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? "
    r"\d{1,2}, \d{4} [-–—](?: --)? (?=[A-Z])"
)


# A wire's month and day, its agency's mark lost: «April 18 Bank of America reported …», «Dec
# 5 : Five-time Olympic champion …»; a sports site's date and section, the section run into
# the text: «Dec 16, 2023·Cross-CountryOn Friday, …»
_MONTH_DAY = re.compile(
    rf"(?:{_MONTHS}|Feb|Aug|Sept?|Oct|Nov|Dec)\.? \d{{1,2}} (?=[A-Z][a-z]+ )"  # («Feb 13 …»)
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?: : |, \d{4} ?· ?[A-Z][\w-]*?(?=[A-Z][a-z]+(?:['’]s)?[ ,]))"
)
# A place in capitals and a wire's mark with its date: «MOSCOW (UrduPoint News / Sputnik -
# 27th April, 2022) Russia has …»
_PLACE_WIRE = re.compile(r"[A-Z]{3,}(?: [A-Z]{2,})? \([^()]{2,60}\b(?:19|20)\d\d\) (?=[A-Z][a-z])")
# A place run into the quote that opens the story: «Lærdal:– Dette er …».
_PLACE_ON_QUOTE = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?:(?=[–—] ?[A-ZÆØÅ«])")
# A wire's dash whose place the page lost: «— The suspect … appeared in court». (An English
# quote has its marks; a Norwegian quote's dash is followed by no English article.)
_PLACE_LOST = re.compile(r"— (?:The|A|An) (?=[a-z])")
# A section's or a sport's label run into the paragraph, then its sentence.
_SECTION_LABEL = re.compile(r"([A-ZÆØÅ][a-zæøå]+): (?=[A-ZÆØÅ][^.!?]{40})")
_SECTION_WORDS = NAV | frozenset(
    "athletics friidrett handball håndball langrenn skiskyting skiing tennis golf cricket "  # noqa: SIM905
    "rugby cycling sykkel boxing boksing swimming svømming".split()
)


def strip_dateline(text: str, texts: list[str] | tuple[str, ...] = ()) -> str:
    """Drop a dateline in front of a paragraph («(KABUL, Afghanistan) — …», «Washington — …»,
    «TORONTO – …», «BiharNew Delhi - »), a game's result as a tag («(Magnus Carlsen – Sergej
    Karjakin 1-0) …»), a review's dice, a live page's stamp («Siste nytt klokken 12.20:»), a
    letter's reference to the piece it answers («Re Public And Private? (Letters, Sept. 16):»),
    a fact box's title and button run into its text («Nytt regelverk Ekspandér faktaboks …»).
    (clean_inline drops an agency's: «OSLO (NTB): …».) `texts`: the page's units, where a
    local paper's place («Årdal: Som venta …») is named so."""
    if " // " in text[:30] and (place := _PLACE_SLASHES.match(text)):
        return text[place.end() :]
    if text.startswith("Published at") and text[12:13].isupper():
        text = text[12:]  # «Published atERDA, Utah (KSL.com) — …»: a stamp, its time lost
    if text.startswith(_DICE):
        return text.removeprefix(_DICE)  # a review's dice, their eyes as text, over its title
    label = _SECTION_LABEL.match(text) if ": " in text[:16] else None
    if label and label.group(1).lower() in _SECTION_WORDS:
        return text[label.end() :]  # «Athletics: American Allyson Felix defended …»
    if "/" in text[:30] and (credit := _CREDIT_ON_DATELINE.match(text)):
        text = text[credit.end() :]  # «iStock/Thinkstock(CHARLESTON, W.Va.) — Residents …»
    if text[:1] in "([":
        stripped = _DATELINE_BRACKET.sub("", text, count=1)
        stripped = _OUTLET_BRACKET.sub("", stripped, count=1)  # «(VG NETT) Statsminister …»
        stripped = _RESULT_BRACKET.sub("", stripped, count=1)
        # (a date, then a dateline: «[November 19, 2018] BUCHAREST (Reuters) - …»)
        return stripped if stripped[:1] in "([" else strip_dateline(stripped, texts)
    if text.startswith("Re "):
        return _LETTER_REFERENCE.sub("", text, count=1)
    if ("--" in text[:70] or " | " in text[:40]) and _PLACE_DATE_GLUED.match(text):
        return _PLACE_DATE_GLUED.sub("", text, count=1)
    if (" —" in text[:60] or " -- " in text[:40] or " • " in text[:40] or "―" in text[:60]) and (
        city := _CITY_DASH.match(text)
    ):
        if TEAM_SCORE.fullmatch(text[city.end() :]):
            return text  # «Kristiansund — Hødd 2-1»: a match's two teams and its score
        return text[city.end() :]  # «Washington — The Senate passed …»
    if (" – " in text[4:26] or " - " in text[4:26]) and (city := _CITY_EN_DASH.match(text)):
        return text[city.end() :]  # «Jakarta – The number of international tourist …»
    if "): " in text[:40] and (place := _PLACE_BRACKET_COLON.match(text)):
        return text[place.end() :]  # «Madaya (Syria): A convoy carrying …»
    if ", " in text[:20] and (place := _PLACE_COUNTRY_COLON.match(text)):
        return text[place.end() :]  # «Eugene, United States: London Olympic runner-up …»
    if (":–" in text[:30] or ":—" in text[:30]) and (place := _PLACE_ON_QUOTE.match(text)):
        return text[place.end() :]  # «Lærdal:– Dette er ei litt merkeleg sak, sa …»
    if text[:1] in "SOLUEMTFLBN" and _LIVE_LABEL.match(text):
        return _LIVE_LABEL.sub("", text, count=1)
    if text[:1] in "LF" and _LIVE_AS.match(text):
        return _LIVE_AS.sub("", text, count=1)  # «Live coverage as Rishi Sunak delivers …»
    if ")" in text[:70] and _PLACE_AGENCY_GLUED.match(text):
        return _PLACE_AGENCY_GLUED.sub("", text, count=1)  # «Ascoli Piceno, Italy (CNN)Italy …»
    if "LATEST" in text[:110] and _LIVE_HEADLINE.match(text):
        return _LIVE_HEADLINE.sub("", text, count=1)  # «… Results 2019 LATEST Updates: Most …»
    if " - " in text[:40] and _TAGGED_PLACE_DASH.match(text):
        return _TAGGED_PLACE_DASH.sub("", text, count=1)
    if ".com " in text[:30] and (site := _SITE_DASH.match(text)):
        return text[site.end() :]  # «Investing.com – Qualcomm shares rose …»: the site's tag
    if text[:3].isupper() and (placed := _PLACE_OUTLET.match(text) or _PLACE_WIRE.match(text)):
        return text[placed.end() :]  # («MOSCOW (UrduPoint News / Sputnik - 27th April, 2022)»)
    if text[:3].isupper() and _PLACE_DATE_DASH.match(text):
        return _PLACE_DATE_DASH.sub("", text, count=1)
    if text[:3].isupper() and _CITY_MONTH_DAY.match(text):
        return _CITY_MONTH_DAY.sub("", text, count=1)  # «BRASILIA Oct 29 Brazil's central …»
    if text[:3].isupper() and (place := _CAPITALS_GLUED_DASH.match(text)):
        return text[place.end() :]  # «PLANO (1080 KRLD)- The Plano City Council …», «PLANO- …»
    if text[:3].isupper() and any(map(text[:40].__contains__, (" – ", " -", " • ", " − "))):
        text = _CAPITALS_EN_DASH.sub("", text, count=1)  # «TORONTO – Pop star …», «LONDON • …»
        return _SEARCH_DATE.sub("", text, count=1)  # («CHATHAM, MA – September 27, 2010 – …»)
    if text[:3].isupper() and ", " in text[:40] and _CAPS_PLACES.match(text):
        return _CAPS_PLACES.sub("", text, count=1)  # «TUNSBERGTUNNELEN, GRANVIN: Den …»
    if text[:1] in "JFMASOND" and (dated := _SEARCH_DATE.match(text) or _MONTH_DAY.match(text)):
        return text[dated.end() :]  # «Nov 19, 2014 - A judge in …», «April 18 Bank of …»
    if text[:2] == "— " and _PLACE_LOST.match(text):
        return text[2:]  # «— The suspect in the Christmas Eve slaying … appeared in court …»
    glued = text[:1] in "FAHPI" and (". – " in text[:450] or ". — " in text[:450])
    if glued and (photo := _PICTURE_GLUED.match(text)):
        return text[photo.end() :]  # «(FILE PHOTO:) Aerial picture … 2019. – Bolsonaro said …»
    if "faktaboks" in text[:100]:
        return _FACT_BOX.sub("", text, count=1)
    if ", " in text[:20] and (dated := _PLACE_DATE_COLON.match(text)):
        return text[dated.end() :]  # «London, April 18: Mason Greenwood scored twice …»
    if (": " in text[:30] or text[:3].isupper()) and texts:
        text = strip_place(text, texts)  # «Årdal: Som venta …», «London: British parties …»
    if ": " in text[:40] and (label := _LABEL_AGAIN.match(text)):
        return text[label.end() :]  # «Oasen Storsenter: Oasen Storsenter har sagt farvel …»
    if ": –" in text[:30] and (place := _PLACE_OVER_QUOTE.match(text)):
        # «Lærdal: – Me er glade …, seier leiar av soknerådet Audun Mo»: a quote its speaker
        # is named under is no speaker's label («Heen: – Eg …» is)
        said = _SAID_BY.search(text, place.end())
        return text[place.end() :] if said and place[1] not in said.group() else text
    return text


_SITE_DASH = re.compile(r"[A-Z][\w-]{1,25}\.com [–—-] (?=[A-Z])")
# A wire picture's caption, dated, run into the lead with a dash
_PICTURE_GLUED = re.compile(
    r"(?:FILE PHOTO: )?(?:An? )?(?:[Aa]erial |[Ff]ile |[Hh]andout )?(?:[Pp]icture|[Pp]hoto|"
    r"[Pp]hotograph|[Ii]mage) (?:showing|shows|of) [^–—]{20,400}?\b\d{4}\. [–—] (?=[A-Z])"
)
_LABEL_AGAIN = re.compile(r"([A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){0,3}): (?=\1 [a-zæøå])")
_PLACE_OVER_QUOTE = re.compile(r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?): (?=– [A-ZÆØÅ])")
_SAID_BY = re.compile(r", (?:seier|sier|sa|forklarer|fortel|forteller) .{3,100}$")


def caption_over_dateline(texts: list[str], i: int, byline: Callable[[str], bool]) -> bool:
    """«By William Kincaid» / «A construction crew seals cracks …» / «CELINA - City council
    members …»: a short text between the byline and the dateline that opens the story is
    the top picture's caption (`byline` tells a byline)."""
    if not 0 < i < len(texts) - 1 or texts[i].count(" ") >= _CAPTION_WORDS:
        return False
    if texts[i - 1].count(" ") > _BYLINE_WORDS or not byline(texts[i - 1]):
        return False  # (most paragraphs: no byline above them)
    opens_story = strip_dateline(texts[i + 1]) != texts[i + 1]
    return opens_story and strip_dateline(texts[i]) == texts[i]


_CAPTION_WORDS = 40
_BYLINE_WORDS = 12


# A wire's place without its agency: «BRUCETON, Tenn.—When …», «HOUSTON — The …», «ROCHESTER,
# N.Y. — …». (an em dash: Norwegian «NATO – Vi er klare» is a quote's)
BARE_DATELINE = re.compile(
    r"^[A-Z]{3,}(?: [A-Z]{2,})*(?:, (?:[A-Z][a-z]{1,5}\.?|[A-Z]\.[A-Z]\.))? ?— ?(?=[A-Z])"
)


_DECK_WORDS = 60  # a standfirst or a picture's caption over the story is shorter
_OVER_DECK = 2  # lines over the deck: the headline, and a kicker or a page's stray line
_OVER_BOX = 3  # lines over a box's heading: the headline, its deck, a byline
_BOX_HEADING = 4  # spaces: a box's heading is a few words


def opens_on_dateline(text: str) -> bool:
    """«WYNNE, Ark. — Residents …», «TACOMA, Wash. (AP) — …»: a wire's place and a dash
    open the story. (Not «OSLO (NTB): …»: a Norwegian story's standfirst over it is its lead.)"""
    head = text[:80]
    if "—" not in head and "–" not in head and "-" not in head:
        return False
    return any(
        (found := pattern.match(text)) and found.group().rstrip()[-1:] in "—–-"
        for pattern in (
            _CITY_DASH,
            BARE_DATELINE,
            _CAPITALS_EN_DASH,
            _DATELINE_BRACKET,
            _PLACE_DATE_DASH,
            _PLACE_DATE_GLUED,
            DATELINE,
            NAMED_DATELINE,
        )
    )


def over_dateline(texts: list[str], furniture: list[bool]) -> list[int]:
    """The units between the headline and the dateline that opens the story: a deck the
    story tells again, the top picture's caption («Sen. Edward Kennedy delivers his speech
    … on Sept. 27, 2004.» over «HYANNIS PORT, Mass. — Edward M. Kennedy … died …»). Their
    sentences would be taken for the lead, which the wire's first paragraph is."""
    kept = [i for i, flagged in enumerate(furniture) if not flagged]
    story = next(
        (n for n, i in enumerate(kept[: _OVER_BOX + 3]) if opens_on_dateline(texts[i])), None
    )
    if not story:
        return []
    above = kept[:story]
    if story >= 3 and not any(texts[i].endswith(SENTENCE_END) for i in above[:-1]):
        box, heading = above[-1], above[-2]
        if spaces(texts[heading], _BOX_HEADING) < _BOX_HEADING and story <= _OVER_BOX + 2:
            # a box under the headline's lines: «Intense temblor» and its paragraph over
            # «SYDNEY, Australia – The death count …»
            prose = texts[box].endswith(SENTENCE_END) and spaces(texts[box], 8) >= 8
            return [heading, box] if prose and spaces(texts[box], _DECK_WORDS) < _DECK_WORDS else []
    if story > _OVER_DECK + 1:
        return []
    deck, headline = above[-1], above[:-1]
    if not headline or len(headline) > _OVER_DECK or not texts[deck].endswith(SENTENCE_END):
        return []
    if spaces(texts[deck], _DECK_WORDS) >= _DECK_WORDS:
        return []
    # (over it only the headline and a kicker: no paragraph of the story)
    return [] if any(texts[i].endswith(SENTENCE_END) for i in headline) else [deck]


def place_over_lead(units: list[Unit]) -> int:
    """1 where the first unit is a place in capitals alone on its line over a lead that
    names it («ÅRNES» over «… funnet død i Glomma ved Årnes søndag.»): the story's
    dateline, no heading; else 0."""
    if len(units) < 2 or not units[0].text.isupper() or units[0].text.count(" ") > 2:
        return 0
    place, lead = units[0].text, units[1].text
    if not place.replace(" ", "").replace("-", "").isalpha() or len(place) < 3:
        return 0
    named = re.search(rf"\b{re.escape(place)}\b", lead, re.IGNORECASE)
    return int(named is not None and named.group()[:1].isupper() and not named.group().isupper())

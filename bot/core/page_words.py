"""The words of a news page's furniture: share buttons, agencies, dates, sections, roles.

bot/core/furniture.py reads a line against them: a line of page words, dates and names
only is the page's, not the article's.
"""

from __future__ import annotations

import re


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a page uses around an article, and an article seldom puts alone on a line.
# fmt: off
PAGE_WORDS = _set("""
del dele deling share shared sharing facebook twitter x linkedin messenger whatsapp snapchat
instagram tiktok youtube e-post epost email e-mail mail sms kopier kopiér copy lenke lenka link
skriv ut print annonse reklame advertisement ad sponsored menu meny søk search logg login
abonner subscribe lukk close tilbake back toppen top nyhetsbrev newsletter publisert oppdatert
published updated posted kl gmt bst utc cet cest amt min minutter minutes timer hours sekunder
seconds ago siden sidan tips foto photo lesetid sist last read minute minutt minutts
minutters lesing articles details related google privacy personvern support eng рус укр
nettopp views visninger fullskjerm fullscreen annonsere ikon icon logo side
""")
# Words that carry no meaning of their own: neutral beside page words.
FUNCTION = _set("""
på on via this article saken saka artikkelen artikkel story page denne dette mer meir more
neste next forrige previous til to i in at av by og and for oss us inn out the a an of
mindre enn under nesten less than about nå
""")
AGENCIES = _set(
    "ntb npk reuters ap afp dpa tt ritzau anp ansa efe xinhua nrk bbc cnn scanpix getty images "
    "shutterstock epa pa wire bloomberg associated press keystone sda keystone-sda cbsn cbc"
)
# News outlets: a topic only where the title names them (the story is about the paper).
OUTLETS = _set(
    "ntb npk reuters afp dpa nrk bbc cnn npr vg dagbladet aftenposten aftenbladet nettavisen "
    "adresseavisen adressa dagsavisen finansavisen klassekampen guardian telegraph bloomberg "
    "cnbc nbc cbs"
)
# The months and days by their whole names (not «may», a verb too): no topic.
CALENDAR = _set("""
januar februar mars april mai juni juli august september oktober november desember
january february march june july october december mandag tirsdag onsdag torsdag fredag
lørdag søndag måndag tysdag laurdag sundag monday tuesday wednesday thursday friday saturday
sunday
""")
# A date's words, short forms too.
MONTHS = CALENDAR | _set("""
jan feb mar apr jun jul aug sep sept okt nov des may oct dec går dag yesterday
today mon tue tues wed thu thur thurs fri sat sun man tir tirs ons tor tors fre lør søn week weeks
am pm year years day days st nd rd th
""")
# Section names of news sites: a run of two or more is a breadcrumb.
NAV = _set("""
hjem heim forside forsida home nyheter nyhende nyheiter news innenriks innanriks utenriks
utanriks sport kultur økonomi okonomi politikk meninger meiningar debatt kommentar lokalt
distrikt norge noreg verden verda world europe uk us business politics technology science
health entertainment tv radio podkast podcast video live direkte reise helse forbruker motor
fotball vær ver valg sports obituaries obituary minneord nekrolog education football
medier media aktuelt næringsliv explained explainer opinion animals environment climate tools
""")
ROLES = _set("""
journalist journalistar journalister reporter reportere fotograf fotojournalist
nyhetsjournalist nyheitsjournalist korrespondent redaktør politisk ansvarlig nyhetsredaktør
nyheitsredaktør kommentator kommentarredaktør kulturredaktør sportsjournalist
commentator correspondent editor photographer staff writer senior political
""")
# A role's compound: «nynorskbloggar», «kulturjournalist».
ROLE_TAILS = ("journalist", "bloggar", "blogger", "redaktør", "reporter", "fotograf", "skribent",
              "kommentator", "korrespondent", "kritiker", "kritikar", "columnist")
# The small words inside a name: «Alf van der Hagen», «Omar bin Laden», «Kari la Cour».
NAME_PARTICLES = _set("von van de der den af la le du da di bin al el ibn abu ben dos das")
NAME_LINKS = NAME_PARTICLES | _set("og and &")
# fmt: on

# The same as a pattern: any run of them before a name's next word («van der »).
PARTICLES = "(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + ") )*"

# Labels that make the whole line furniture when the line opens with them and a
# separator (or nothing) follows: «Foto: …», «Les også: …», «Image caption, …».
# fmt: off
LABELS = (
    # Bokmål and Nynorsk
    "les også", "les òg", "les og", "les mer", "les meir", "les mer om", "les meir om",
    "les hele saken", "les heile saka", "les saken", "les saka", "se også", "sjå også", "sjå òg",
    "mer om", "meir om", "foto", "foto/video", "foto og video", "video", "se video", "sjå video",
    "se videoen", "sjå videoen", "bilde", "bilete", "bildet", "grafikk", "illustrasjon",
    "se bildene", "sjå bileta", "se bilder", "se alle bildeseriene", "comment", "hør også",
    "illustrasjonsfoto", "arkivfoto", "arkivbilde", "faksimile", "kart", "tekst", "tekst og foto",
    "publisert", "oppdatert", "sist oppdatert", "annonse", "annonsørinnhold", "reklame",
    "pressemeldinger", "pluss +", "pluss+", "more in this section", "dette er saken",
    "sponset", "tips oss", "send tips", "emne", "emner", "tema", "stikkord", "kilde", "kjelde",
    "relaterte saker", "relaterte artikler", "relatert", "mest lest", "siste nytt", "kampfakta",
    "lytt til saken", "hør saken", "lytt til artikkelen", "lesetid", "journalist", "reporter",
    "kommentarer", "del", "del saken", "del artikkelen", "del saka", "kopier lenke",
    "kopier lenka", "lenke kopiert", "nyhetsbrev", "nyheitsbrev", "faktaboks", "fakta", "av",
    "ekspandér faktaboks", "ekspander faktaboks", "del med e-post", "del på e-post",
    "saken fortsetter under", "artikkelen fortsetter under", "saka held fram under",
    "artikkelen held fram under biletet", "artikkelen held fram under bildet",
    "saken fortsetter under bildet", "les", "webkamera", "bildevisning", "biletvisning",
    # English
    "image source", "image caption", "media caption", "video caption", "photo", "photograph",
    "caption", "jump directly to the content", "jump to content", "slideshow", "slide show",
    "picture", "credit", "image", "published", "updated", "posted", "last updated",
    "last modified", "webcam", "live webcam", "photo gallery", "gallery", "photos",
    "read more", "now read", "see also", "also read", "read also", "go deeper", "more",
    "read the full story", "read the full story here", "read the full article",
    "related topics", "related", "related stories", "more on this story", "more on this",
    "top stories", "most read", "skip to main story", "skip to content", "skip to main content",
    "advertisement", "advertising", "sponsored", "share", "share this", "share this article",
    "share page", "copy link", "link copied", "watch", "listen", "listen to this article",
    "tags", "topics", "follow us", "newsletter", "sign up", "subscribe", "comments", "source", "by",
    "our standards", "reuse this content", "article content", "explore more on these topics",
    "most viewed", "click to follow", "all sections", "support us", "must read", "must-read",
    "press releases", "stat of the day", "exhibition preview", "addendum", "leer en español",
    # (a live page's lead-in to a post or link, alone on its line: «And here's»)
    "here's", "here’s", "and here's", "and here’s", "finally, here's", "finally, here’s",
    "here is", "and here is", "open in app", "open in the app", "read again", "plus", "pluss",
    "news & insights", "news and insights", "adds details", "dette er saka",
    "support journalism", "more money",  # («More Money: …»: a link to another story)
    "description",  # («Description: Police misconduct»: a picture's)
    "more from this section", "mer fra", "flere saker", "fleire saker", "reporting by",
    "additional reporting by", "writing by", "editing by", "compiled by", "produced by",
)
# fmt: on
# A results table's row: «1) Johannes Thingnes Bø (Markane), 24:59,9 (1-0)».
RESULT_ROW = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?[A-ZÆØÅ][^()\d]{2,60}\([^)]{2,30}\),?\s+"
    r"(?:\d{1,2}:\d{2}(?:[,.:]\d+)?|\+\s?\d)"
    # a tour's date and venue: «Oct 08: Poznan TBC, Poland», «Jun 04: O2 Arena, Prague, CZ»
    r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?: "
    r"[A-Z0-9][^.?:]{1,60}, [A-Z][\w .’'-]{1,30}$"
)
_NAMES = r"[A-ZÆØÅ][\w.'’-]*(?: [A-ZÆØÅ][\w.'’-]*){1,3}"
# A fact box's line: «Hva: Prisbelønt skuespiller», a review's «PUBLIKUM: ca. 2000».
FACT_LABEL = re.compile(
    r"^(?:hvem|hva|hvor|hvorfor|kven|kva|kor|kvifor|aktuell|alder|bosted|yrke|who|what|"
    r"navn|namn|name|bustad|bur|bor|familie|husdyr|bil|sivilstand|utdanning|"
    r"fødd|født|hobby|hobbyar|hobbyer|"
    r"publikum|sted|stad|scene|spilletid|speletid|varighet|regi|"
    # a show's credits, a fundraiser's box: «Med: Kristine Grændsen, …», «Goal: $150k»
    r"med|manus|musikk|koreografi|scenografi|kostyme|lysdesign|produsent|creators?|"
    r"directors?|cast|starring|writers?|producers?|designers?|music|choreography|lighting|"
    r"goal|raised|target|innsamlet|tlf|telefon|phone|tel|mobil|e-post|epost|email|"
    # a book's or a ship's box: «Tittel: …», «Forlag: …», «Bygget: 2009 ved Navantia»
    r"tittel|forfattar|forfatter|forlag|sjanger|sider|bygget|bygd|bygde|verft|lengde|"
    r"breidd|bredde|mannskap|tonnasje)\s*:\s|^aired\s"
    # a show's credit: a role and the names who fill it, nothing else («Konsept og regi: Mats
    # Eldøen», «Med: Kristine Grændsen, Preben Lillebø Rongve og Olli Wermskog»)
    rf"|(?-i:^[A-ZÆØÅ][a-zæøå]+(?: (?:og|and|&) [a-zæøå]+)?: {_NAMES}"
    rf"(?:(?:, | og | and | & ){_NAMES})*$)",
    re.IGNORECASE,
)

# A past tense (a lead's, not a headline's): the common strong verbs and auxiliaries.
LEAD_PAST = re.compile(
    r"\b(?:var|hadde|ble|blei|vart|fikk|fekk|gikk|gjekk|kom|tok|ga|gav|sa|sto|stod|lå|låg|"
    r"satt|sat|holdt|heldt|måtte|kunne|skulle|ville|opplyste|meldte|melde|"
    r"was|were|had|did|said|came|went|took|got|told)\b",
    re.IGNORECASE,
)

# An agency's mark in front of a paragraph: «(Reuters) - …», «(AP) _ …».
AGENCY_FIRST = re.compile(  # (a pair too: «(NPK-NTB): Frå januar …»; «(Dagbladet): Klokka …»)
    r"^\([A-ZÆØÅ][\w.]+(?:-[A-ZÆØÅ][\w.]+)?:\)\s*(?=[A-ZÆØÅ«–])"  # «(Møre-Nytt:) Store …»
    r"|^\((?:Reuters|AP|AFP|NTB|NPK|Bloomberg|CNN|PA|dpa|ANP|TT|[A-ZÆØÅ][\w.]+)"
    r"(?:[-/ ](?:NTB|NPK|AP|AFP|Reuters|[A-ZÆØÅ][\w.]+))?\)\s*(?:--|[-–—:_])\s*(?=\S)"
    r"|^[A-Z]{4,}-(?=[A-Z][a-z])"  # a wire's city and a hyphen: «CELINA-Clay County …»
    r"|^\([A-Z]{2,5}\)\s+(?=[A-Z][a-z]|[A-Z]{2,} [a-z])"  # «(APP) US space agency NASA …»
    r"|^\([A-Z]{2,8}- ?[A-Z]{2,5}\)\s+(?=[A-Z])"  # a syndicator's and its wire's: «(MENAFN- AFP)»
    # two agencies, then the place: «(CBS/AP) DETROIT - A man …»; a place, then a station's:
    r"|^\([A-Z]{2,8}(?:/[A-Z]{2,8})?\) [A-Z][A-Z.,' ]{2,30} [-–—]\s+(?=[A-Z])"  # «ST. LOUIS,
    r"|^[A-Z][A-Z.' ]{2,30}, [A-Z][a-z]{1,5}\. \([A-Z]{2,8}\) [-–—]\s+(?=[A-Z])"  # Mo. (KMOV) -»
    # a date, then the place in brackets: «December 12, 2010 (CHICAGO) More than 300 …»;
    # a live ticker's source: «BA: Politiet opplyser at …»
    r"|^[A-Z][a-z]+ \d{1,2}, \d{4} \([A-Z][A-Z ]{2,30}\)\s*(?=[A-Z])"
    # an Indian wire's place, country, day and mark: «Washington DC (USA) Dec 18, (ANI): …»
    r"|^[A-Z][\w .]{1,30} \([A-Z][\w ]{1,20}\),? [A-Z][a-z]{2}\.? \d{1,2},? "
    r"\((?:ANI|IANS|PTI)\):\s*"
    r"|^(?:NTB|NPK|NRK|VG|BA|BT|TV ?2|DN|E24|SA|AP|AFP|Reuters|Nettavisen|Dagbladet|Aftenposten):"
    r"\s+(?=[A-ZÆØÅ][a-zæøå]+ \S+ \S+ \S)"
)
# The words an ad's or a broadcaster's mark opens a paragraph on, «[ad_1]» too (AD_TOKEN drops).
AD_STARTS = ("Hide Ad", "Advertisement", "Article content", "ABC", "AAP", "RNZ", "NTB", "NPK")
MEDIA_MARKS = ("| WATCH", "| VIDEO", "| LISTEN", "| SE VIDEO")  # (a video's mark, a sound's)
LINK_ENDS = (*MEDIA_MARKS, "stories.)")  # (a paragraph's end TRAILING_LINK may take)
AD_TOKEN = re.compile(
    r"\[ad_\d+\]\s*|^(?:(?:Hide Ad|Advertisement|Article content)\s*)+(?=\S)"
    r"(?:[-–—] [^.!?]{1,40}$)?"  # (and its advertiser: «Advertisement - Lexus NX»)
    # a broadcaster's mark glued to the first word: «ABCSevere thunderstorms …»
    r"|^(?:ABC|AAP|RNZ|NTB|NPK)(?=[A-Z][a-z])"
    # a blog's shortcodes: «[gallery]», «[caption id="…"]», «[/caption]»
    r"|\[/?(?:gallery|caption|embed|video|audio)\b[^\]]{0,80}\]\s*"
    # an ad's placeholder, a quote page's link after a ticker, a ticker glued to its company:
    # «%VIRTUAL-WSSCourseInline-750%», «Shire (Xetra: S7E.DE - news)», «Amazon(s amzn)»
    r"|%VIRTUAL-[\w-]+%|\s\((?:[\w ]{1,15}: )?[A-Z0-9.^-]{1,12} - news\)|(?<=\w)\(s [a-z]{1,5}\)"
)

# A site's trail of sections run together: «NewsLocal NewsSan Diego News».
GLUED_SECTIONS = re.compile(r"(?:News|Nyheter|Nyhende|Sport|Home|World|Local|Lokalt)(?=[A-ZÆØÅ])")

# A headline, then its quote: «Advarer mot «høststorm» i juni: – Dette er svært uvanlig!»
SAID_HEADLINE = re.compile(r"^[A-ZÆØÅ][^.:!?]{2,80}: [–—-] [A-ZÆØÅ«][^.:]{2,100}[!?.]?$")
# A question put to the reader's interviewee: «Du er aktuell med?», «Kva er planane dykkar?»
ASKS_YOU = re.compile(
    r"\b(?:[Dd]u|[Dd]eg|[Dd]ere|[Dd]ykk|[Dd]ykkar|[Dd]in|[Dd]i|[Dd]itt|[Dd]ine|[Yy]ou|[Yy]our)\b"
)

DATELINE = re.compile(  # «OSLO (NTB): …», and a paper's own «BIRI, GJØVIK/OSLO (Dagbladet): …»
    # A wire's place and date: «WASHINGTON, Nov. 27, 2006(CBS/AP) The Supreme Court …»
    # (or without the year: «NIAMEY, March 14 (Xinhua) -- Niger's …»)
    r"^(?:[A-Z]{3,}(?: [A-Z]{2,})*(?:, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|[A-Z]\.[A-Z]\.))?"
    r", [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s*"  # («DARAA, Syria, Aug. 30 (UPI) -- …»: its
    # country too, or its state: «UNIVERSITY PARK, Pa., Oct. 27 (UPI) --», «…, N.Y., …»)
    r"(?:\([\w/ ]{2,20}\))?\s*(?:[–—-]{1,2}\s*)?(?=[A-Z])"
    r"|[A-ZÆØÅ][A-ZÆØÅ]+(?:[ ,/-][^()]{0,30}?)?\s*\((?:NTB|NPK|Reuters|AP|AFP|dpa|TT|Ritzau)"
    # (a paper's own, its colon left out too: «VINSTRA (VG) Rundt 12 minutter …»)
    r"[^)]{0,20}\)\s*(?:[:–—―_]|-{1,2})"  # (an old wire's «WASHINGTON (AP) _ …», «-- …»)
    # (and a match's score after it: «ULLEVAAL STADION (VG) (Norge-Armenia 10–0) Så …»)
    # («RICHFIELD (CBS 58) – Residents …», «FALL RIVER (CBS/AP) —», «… (CBS SF) --»)
    # («SANDE I SUNNFJORD (NRK): …»: a place's «i» in capitals too)
    r"|[A-ZÆØÅÄÖÜ]{2,}(?:[ ,/-]+(?:[IÅ] )?[A-ZÆØÅÄÖÜ]{2,})*(?:, [A-Z][\w.]{1,6})?"  # (GÖTEBORG)
    r"\s*\([A-ZÆØÅ][\w.]+(?:(?:[ /-]|, )[A-Z\d][\w.]*){0,3}\)"  # («(NBC, KYMA/KECY)»)
    r"\s*(?:\([^()]{2,40}\)\s*)?"
    r"(?:[:–—]|-{1,2}|(?=[A-ZÆØÅ])))\s*"  # («BANGOR (NEWSCENTERMaine)-- One of two men …»)
)
# «Kortversjonen Forbrukerrådet i Norge oppfordrer …»: a summary box's label, run in.
SUMMARY_LABEL = re.compile(
    r"^(?:Kortversjonen|Kort fortalt|Saka samanfatta:?|Saken oppsummert:?|Saka oppsummert:?|"
    r"Kort oppsummert:?|Details:|Quote:)\s+(?=[A-ZÆØÅ0-9«–\"“])"  # (a wire's «Details: …»)
)
# A wire's credits closing its last paragraph: «… on 37 (Reporting by X; Editing by Y)».
CREDITS_TAIL = re.compile(
    r"\s*\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s[^()]{2,200}\)\s*$",
    re.IGNORECASE,
)
# A fact box's lines run into one, no stop at the end: «Inge Furre Sjefsøkonom i Sparebanken
# Møre Utdanna samfunnsøkonom Har jobba i Finansdepartementet …» (a line's first word inside).
RUN_TOGETHER = re.compile(
    r"(?<=[a-zæøå] )(?:Har|Er|Var|Bor|Bur|Jobber|Jobbar|Utdannet|Utdanna|Født|Fødd) [a-zæøå0-9]"
)
# An agency's mark closing a paragraph; a link's prompt run on after its last sentence.
AGENCY_TAIL = re.compile(
    r"\s*\((?:©\s*)?(?:NTB|NPK|AFP|Reuters|ANB)(?:[-/ ]?(?:AP|AFP|Reuters|dpa))?\)\s*$"
)
TRAILING_LINK = re.compile(
    r"(?<=[.!?»”\"])\s+(?:les også|les òg|les meir|les mer|se også|sjå òg|read more)\s*:"
    r"[^.!?]*[.!?]?\s*$"
    # a video's mark after its caption: «… pulling off a screamer | WATCH»
    r"|\s*\|\s*(?:WATCH|VIDEO|LISTEN|SE VIDEO)\s*$"
    # a digest site's link to its other stories: «… every single day.” (More Sheldon Adelson
    # stories.)»
    r"|(?<=[.!?»”\"])\s*\(More [^()]{1,60} stories\.?\)\s*$",
    re.IGNORECASE,
)
# A link's mark left in a sentence: BBC's «… an amber alert for wind, external and …» (not
# «internal, external and …», nor «the Centre, external experts and …»: a word it tells of),
# an ad's file name run on: «… years ago.my_heart_web_ad_alt_250».
# (and a fact box's button ending its label: «Fakta om trygdeskandalen Ekspandér faktaboks»)
_LINK_MARKS = re.compile(
    r"(?<!internal), external\b(?=[.,;:)]|$|\s+(?:and|or|but|to|in|on|at|for|from|with|by|as|of|"
    r"the|a|an|which|who|where|when|has|have|had|is|are|was|were|said|says|will|would)\b)"
    r"|(?<=[.!?])[a-z0-9]+(?:_[a-z0-9]+){2,}\.?(?=\s|$)"
    r"| (?:Ekspandér|Ekspander|Utvid|Vis) faktaboks$"
    # a link's prompt run on: «Tallene viser enorme forskjeller - sjekk ditt sykehus her.»
    r"| [-–] (?:se|sjå|sjekk|les) [^.!?–-]{0,50} her(?=[.!]?$)"
    # a link's own note: «… a Commerce Department report (link opens in PDF) released …»
    r"| \((?:link )?opens in (?:a )?(?:new window|new tab|PDF)\)| \((?:åpnes|opnast) i nytt vindu\)"
)


def without_link_marks(text: str) -> str:
    if (
        "_" in text
        or ", external" in text
        or "faktaboks" in text
        or text.endswith(_HERE)
        or " (link " in text
        or " (opens " in text
        or " vindu)" in text
    ):
        return _LINK_MARKS.sub("", text)
    return text


_HERE = (" her.", " her!", " her")


# A network's dateline in mixed case: «Lone Rock, Iowa (CNN) – The …», «London (Reuters) -».
NAMED_DATELINE = re.compile(  # (a date too: «Nov 28 (Reuters) -», «LONDON, Nov 28 (Reuters) -»,
    # «Sep 3, 2025 (Bloomberg) –»)
    r"^[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*|\s\d{1,2}){0,3}"  # («Moscow/London, July 31,(dpa/»)
    r"(?:, (?:\d{1,2} )?(?:[A-Z][\w.'’-]*|\d{4})(?: [A-Z][\w.'’-]*|\s\d{1,2}|\s\d{4}){0,2})?"
    r",?\s*\((?:CNN|CNN Business|Reuters|AP|AFP|NTB|NPK|dpa|Bloomberg|CBS|NBC|ABC|BBC|BusinessDesk|"
    r"RNZ|Stuff|NZ Herald|AAP|PA|Canadian Press|CP)(?:/\w+)?\)"
    r"\s*[–—-]\s*(?=[A-Z«\"“])"
    # a Norwegian paper's or agency's place, in mixed case: «Nodeland (TV 2): To 19 år …»,
    # «Oslo (NTB): …», «Bergen/Kongsvinger (Aftenposten): …» (and «KFUM arena (Dagsavisen):
    # …»: a paper's name ending as papers' do)
    r"|^[A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ][\wæøå-]+|/[A-ZÆØÅ][\wæøå-]+| arena| stadion)?"
    r"\s*\((?:TV 2|NRK|NTB|NPK|ANB|"
    r"VG|Dagbladet|"
    r"Aftenposten|Nettavisen|E24|DN|Adresseavisen|Bergens Tidende|Nordlys|iTromsø|Dagsavisen|"
    r"Klassekampen|Vårt Land|Fædrelandsvennen|(?:[A-ZÆØÅ][\wæøå]+ )?(?:[A-ZÆØÅ][\wæøå]+"
    r"(?:avisen?|avisa|posten|bladet|tidende|tidene|blad)|Budstikke|Dagningen|Nordland))\)"
    r"\s*[:–—-]\s*(?=[A-ZÆØÅ«–—])"
)

# A link's note that the story it links to is for subscribers: «… (krever abonnement).»
PAYWALL_MARK = re.compile(
    r"\s*\((?:krever abonnement|krev abonnement|for abonnenter|for abonnentar|kun for abonnenter|"
    r"subscription required|subscribers only|subscriber only|paywall|"
    r"ekstern lenke|external link)\)",  # (and a link's mark: «FHI (ekstern lenke)»)
    re.IGNORECASE,
)

# A byline or a photographer's name with an initial, a paper's name, on a line of its own.
INITIALLED_NAME = re.compile(
    r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)? (?:[A-ZÆØÅ]\. ){1,2}"
    r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
)
PAPER_NAME = re.compile(
    r"(?:The )?(?:[A-ZÆØÅ][\w&'’-]+ ){0,3}(?:Times|Post|Chronicle|Tribune|Herald|Gazette|Journal|"
    r"Courier|Observer|Telegraph|Globe|Dispatch|Examiner|Inquirer|Avis|Tidende|Posten|Avisa):?"
    r"|(?:[A-ZÆØÅ][\w&'’-]+ ){1,2}News:"  # (over a picture the page lost: «Bracknell News:»)
)
SEE_STORY = re.compile(  # «Se sak for oppdaterte vegmeldinger.», «Les saka om …»
    r"(?:se|sjå|les|see|read) (?:egen |eiga |eigen )?(?:sak|saka|saken|artikkelen|oversikten|"
    r"oversikta|lista|lenken|lenka|the story|the full story|our story)\b"
    # a page's guide to itself: «Her kan du få oversikt over forslaget», «Here you can read …»
    r"|(?:her kan du|her kan de|here you can) (?:få |finne |lese |sjå |se |read |find |see )"
    # «Use our search tool to find out: …», «Try our calculator»: the page's tool
    r"|(?:use|try) our (?:[\w-]+ ){0,3}(?:tool|map|calculator|checker|tracker)\b"
    # a chart's caption: «For grafen under …», «The chart below shows …»
    r"|(?:\w+ ){0,3}(?:grafen|grafikken|kartet|tabellen|figuren|the chart|the graph|the map|"
    r"the table) (?:under|nedanfor|nedenfor|ovanfor|ovenfor|below|above)\b"
    # «The closures announced to date are listed below.»: a list follows; so it does after
    # «Klokka 10 var dette status på fjellvegane.», «Her er heile ordførarkabalen …»
    r"|(?:\w+ ){1,6}(?:are|is) (?:listed|shown|set out) below\b"
    r"|(?:[\w.]+ ){1,6}(?:var|er) dette (?:status|stoda|situasjonen)\b"
    r"|her er (?:heile |hele |alle )?(?!det\b|den\b|dei\b|de\b)[\wæøå-]+(?:en|et|a|ne)\b"
    # a link's words: «Hele omtalen finner du her.», «Du kan gå til nynorsk.no via denne
    # lenkja.», «You can read the full report here.»
    r"|(?:\w+ ){1,4}(?:finner du|finn du|kan du lese|kan du lesa) her\b"
    r"|(?:\S+ ){0,8}via denne (?:lenka|lenkja|lenken|linken)\b"
    r"|(?:\w+ ){0,4}(?:you can )?(?:read|watch|listen to) (?:the full|the whole|it) "
    r"[\w ]{0,30}here\b",
    re.IGNORECASE,
)
# A guest's greeting on air: «Good morning, Brian, great to be back with you …».
GREETING = re.compile(
    r"(?:good (?:morning|afternoon|evening)|thanks? (?:you|for having)|great to (?:be|see)|"
    r"nice to (?:be|see)|welcome(?: back)?|hello|hi|god (?:morgon|morgen|kveld)|takk for|hei|"
    r"kjære (?:alle|deg|dere|dykk)|gratulerer|congratulations)\b",
    re.IGNORECASE,
)
# A programme's ident: «This is TALK OF THE NATION.»
SIGN_ON = re.compile(
    r"^(?:From [A-Z][\w'’ ]{1,30}, this is|This is|You['’]re listening to|Du hø(?:y)?rer på)"
    r" [A-ZÆØÅ][A-ZÆØÅ'’]+"
    r"(?: [A-ZÆØÅ'’]+)+\b"
)


# A social post quoted under its writer's label, an avatar's initials first: «MF Mann på
# Facebook: …», «User on Twitter: …».
POST_LABEL = re.compile(
    r"(?:[A-ZÆØÅ]{1,3} )?[A-ZÆØÅ][\w ]{0,30} (?:på|on|i) "
    r"(?:Facebook|Twitter|X|Instagram|TikTok|Snapchat|Reddit|Threads):"
)
# A line's last word no sentence or heading ends on: one the page cut off («…, var på»).
_OPEN_ENDS = frozenset(
    "på i til av med for fra frå om og eller men at som en ei et ein eit den det de "  # noqa: SIM905
    "the a an of to and or but with from for in on at by that were include includes".split()
)


def ends_open(text: str) -> bool:
    """Whether a line ends on a word no sentence or heading ends on: the page cut it off."""
    return text.rsplit(" ", 1)[-1].lower() in _OPEN_ENDS


# A local paper's headline under its kicker: «UPDATED: PUC – Thunderstorm knocks out …»
KICKED_HEADLINE = re.compile(r"(?:UPDATED?|OPPDATERT): (?![\d.:]+ )(?:\S+ ){4,}\S+(?<![.!?])$")


# Titles written short before a name: «said Sgt. Pete Dugan», «Coun. Alejandra Bravo», «Mt.
# Zion» (bot.core.splitter gives them to Punkt as abbreviations; bot.core.text keeps them from
# ending a sentence)
# fmt: off
TITLE_ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "gens",
    "coun", "couns", "sgt", "lt", "col", "capt", "cpl", "insp", "supt", "rev", "cmdr", "maj",
    "pvt", "brig", "hon", "atty", "mt", "st", "ald", "cllr", "det", "adm",  # «St. Cloud», «Ald. X»
)
# fmt: on

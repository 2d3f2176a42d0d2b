"""Sentences where a page speaks of itself, not of the news: what it announces is below
(«Here is a summary of the day’s news»), or that its live blog has ended."""

from __future__ import annotations

import re

from bot.core.no_news import says_no_news

# What follows is the news: a summary, a list, a transcript, a picture.
ANNOUNCEMENT = re.compile(
    r"(?:here(?: is|’s|'s| are)|her er|dette er) (?:a |the |en |ei |eit |et )?"
    r"(?:summary|roundup|round-up|recap|oppsummering|samandrag|sammendrag|det viktigste|"
    r"(?:key|main|latest) (?:developments|points|events|updates))\b"
    # «Dette har skjedd fredag.», «Here is what happened»: the news follows.
    r"|(?:dette|slik|her er det som|her er hva som) (?:har )?skjedd\b"
    r"|(?:this is|here is|here's|here’s) what (?:has )?happened\b"
    # «Dette er det vi vet.», «Here's what we know so far.»: what is known follows
    r"|(?:dette er det|dette er hva|her er det|her er hva|this is what|here is what|here's what|"
    r"here’s what) (?:vi|me|we) (?:vet|veit|know)\b|(?:dette|this) (?:vet|veit) (?:vi|me)\b"
    r"|here(?: is|'s|’s) a look at\b|her er (?:en|ei) oversikt\b"
    # «Slik gikk det i søndagens runde:», «Her er noko av det festivalsommaren har hatt å
    # by på.», «Here are some of the best …»: what follows is the news
    r"|slik gikk det\b|her er (?:noko|noe|litt|mer|meir|nokre|noen|nokon) av\b"
    # «Her er de viktigste endringene for deg.», «Here are the main changes»: a list follows
    r"|her er (?:de|dei) (?:viktigste|viktigaste|største)\b"
    r"|here are the (?:main|key|biggest|most important)\b"
    r"|from [^,.]{2,60}, [\w'’.-]+(?: [\w'’.-]+){1,2} reports\.$"  # a radio report's intro
    r"|here(?: are|'s|’s) (?:some|a few|more) of\b|here(?:'s|’s| is) how\b"
    # «The following is a transcript of …», «Følgende er et utdrag av …», «CHICAGO — Text
    # of President Barack Obama's interview …»
    r"|the following is\b|følgende er\b|det følgjande er\b"
    r"|(?:[A-Z]{3,}\s+[—–-]\s+)?(?:full )?(?:text|transcript) of\b"
    # What a picture or a video shows: «Slik såg det ut under brannen.», «Her ser du …»
    r"|slik (?:så|såg|ser) det ut\b|her ser du\b|this is what .{0,60}look(?:s|ed) like\b"
    r"|\(?(?:artikkelen|saka|saken) (?:held fram|fortsetter|fortset) under (?:biletet|bildet)\b"
    # That a decision was announced, not what it was: «Det var torsdag føremiddag at Norges
    # Bank kunngjorde si ferskaste renteavgjerd.», «It was on Thursday that the bank
    # announced its decision.» (what it decided follows)
    r"|(?:det var|it was) [^,.]{1,40} (?:at|då|da|that|when) [^,.]{1,60}? (?:kunngjorde|"
    r"kunngjorde|la fram|presenterte|offentliggjorde|annonserte|announced|unveiled|released|"
    r"published) [^\d,.]{0,40}\.$",
    re.IGNORECASE,
)

# A live page's note on itself: «Yahoo Finance's live blog covering the decision has now
# concluded.», «That's where we'll leave our live blog coverage», «Vi avslutter
# direktedekningen her.» (The news it sums up is in the sentences after.)
_BLOG_NOTE = re.compile(
    r"(?:[^.]{0,80}\b(?:live ?blog|live coverage|live updates|rolling coverage)\b[^.]{0,100}?"
    r"\b(?:has (?:now )?(?:concluded|ended|closed)|is (?:now )?(?:closed|over)))"
    r"|(?:that's|that’s|this is) (?:where|all) (?:we|we'll|we’ll|we will) (?:leave|end|wrap)\b"
    r"|(?:we're|we’re|we are|we will|we'll|we’ll) (?:now )?(?:pausing|ending|closing|wrapping up|"
    r"pause|end|close|wrap up) (?:our|this|the) (?:live )?(?:blog|coverage|updates)\b"
    r"|(?:vi|me) (?:avslutter|avsluttar|avslutta|avsluttet) (?:direktedekningen|livebloggen|"
    r"direktebloggen|liveoppdateringene|dekningen|denne livebloggen|nyhetssenteret)\b"
    # a photo's note: «Bildet er tatt i en annen sammenheng.», «The photo is from a file.»
    r"|(?:bildet|biletet|fotoet|illustrasjonsbildet) er (?:tatt|teke|frå|fra) (?:i|ved|på) "
    r"(?:en|ei|eit|et) (?:annen|anna|annan|tidligere|tidlegare) "
    # («Bildet er fra Dyringsbrua i Skjåk i 2018 da …»: where and when the picture was taken)
    r"|(?:bildet|biletet|fotoet) er (?:tatt |teke )?(?:fra|frå) [A-ZÆØÅ]"
    # («Bildet er tatt fredag klokken 12.00.»: when it was taken)
    r"|(?:bildet|biletet|fotoet) er (?:tatt|teke) (?:i dag|i går|i natt|(?:man|tirs|tys|ons|"
    r"tors|fre|lør|laur|søn|sun)dag|klokk)"
    r"|(?:the )?(?:photo|picture|image) (?:was taken|is from) (?:at |on )?(?:an earlier|another|"
    r"a previous|a file)\b"
    # «This picture of Saturday's flooding was taken in the Harihari township.»: a caption
    r"|(?:this|the) (?:picture|photo|image)(?: of [^.]{1,80}?)? (?:was|is) taken\b"
    # a live page's clock and its look back: «All times are in AEST.», «Look back at how the
    # flood crisis unfolded on Friday.», «Alle klokkeslett er norsk tid.»
    r"|all times (?:are )?(?:in )?[a-z]{2,5}\.?$|look back at how\b|"
    r"(?:alle )?(?:klokkeslett|tider) er (?:i )?norsk tid\b"
    # a live page's sign-off and its pointer to the report: «Thanks for reading this one.»,
    # «His verdict has landed.», «Takk for at du fulgte med.»
    r"|[^.]{0,60}\bthanks? (?:you )?for (?:reading|joining|following)\b"
    r"|(?:his|her|their|our) (?:verdict|report|match report) (?:has landed|is in|is here|is up)\b"
    r"|[^.]{0,60}\bwas (?:at|in) [^.]{2,60} to see this one\b"
    r"|takk for (?:at du fulgte|at de fulgte|følget|no|nå|i dag)\b"
    # «Martin Jansrud takker for følget og ønsker alle en riktig god helg!»
    r"|[^.]{0,60}\btakk(?:er|ar) for følget\b"
    # a correction's note: «RETTING: I ein tidlegare versjon …», «An earlier version of this
    # article said …»
    r"|(?:retting|rettelse|korrigering|correction)\s*:"
    r"|(?:i en|i ein|in an) (?:tidligere|tidlegare|earlier) (?:versjon|version)\b"
    r"|an earlier version of this (?:article|story)\b"
    # a wire's update over its earlier story: «THIS IS A BREAKING NEWS UPDATE.», «AP’s
    # earlier story follows below.»
    r"|this is a breaking news update\b|[^.]{0,40}\b(?:earlier|previous|original) (?:story|"
    r"version) (?:follows|is below)\b"
    # a live page's welcome and good night: «Da kan Espen Severeide ønske dere velkommen til
    # Haugesund stadion», «From all of us, have a peaceful evening.»
    r"|[^.]{0,60}\bønsker? (?:dere|deg|alle) (?:hjertelig )?velkommen\b"
    r"|from (?:all of us|everyone here|the team)\b[^.]{0,40}\bhave a\b"
    # a paper's note on names it keeps back: «NRK har valt å utelate namnet på skulen, …»,
    # «NRK kjenner identiteten til dei involverte.», «The Post has chosen not to name …»
    r"|[^.]{0,40}\b(?:har|have|has) (?:valt|valgt|chosen|decided) (?:å |to )?(?:utelate|ikkje|"
    r"ikke|not)\b[^.]{0,40}\b(?:namnet|navnet|namna|navnene|name|names|identiteten)\b"
    r"|[^.]{0,30}\bkjenner identiteten\b"
    # a pointer to more: «The U.S. National Institutes of Health has more about mice.»
    r"|[^.]{2,80}\b(?:has|have) more (?:information )?(?:on|about)\b[^.]{0,80}\.$"
    # a police appeal's contact line: «Anyone who has information should contact DC Staff on
    # richard.staff@… or the non-emergency number 101»
    r"|anyone (?:who has|with) (?:any )?information\b.{0,160}?(?:\b101\b|\b0800\b|"
    r"crimestoppers|@)"
    # a standfirst's byline: «Andrew Buncombe reports on an ultimate expression of …»
    r"|(?-i:(?!The )(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+) reports (?:on|from)\b[^.,]{0,80}\.?$",
    re.IGNORECASE,
)
_NOTE_WORDS = (
    *("blog", "coverage", "updates", "leave", "avslutt"),
    *("bild", "bilet", "foto", "photo", "picture", "image", "times", "look back", "norsk tid"),
    *("thank", "verdict", "report", "this one", "takk"),
    *("retting", "rettelse", "korrigering", "correction", "versjon", "version"),
    *("breaking news update", "follows", "is below", "velkommen", "have a"),
    *("utelate", "valgt å ikke", "valt å ikkje", "chosen not", "identiteten", "has more"),
    "have more",
    "anyone",
)


def blog_note(text: str) -> bool:
    """Whether a sentence is a live page's note on itself, or a photo's note (its words are
    looked for first: most sentences have none)."""
    lower = text.lower()
    return any(map(lower.__contains__, _NOTE_WORDS)) and _BLOG_NOTE.match(text) is not None


# A picture's or a source's note: «Klokken 21:25 publiserte MS Kong Harald dette bildet»,
# «Sunnmørsposten omtalte saken først» (looked for only where its words are).
_PICTURE_WORDS = (
    "dette bil",
    "denne video",
    "this picture",
    "this photo",
    "saken først",
    "saka først",
    "en først",  # («Nettavisen omtalte endringen først.»)
    "ta først",
    "bildet over",  # (and «bildet ovenfor»)
    "biletet over",
    "above shows",
    "image above",
    "først omtal",
    "først meld",
    "første meld",
    "første omtal",
    "først rapport",
    "first reported",
    "som skr",
    "som meld",
    "som omtal",
    "in this ",
)
_PICTURE_OR_SOURCE = re.compile(
    r"\b(?:dette|denne) (?:bildet|biletet|videoen)\b|\bthis (?:picture|photo) (?:was|shows)\b"
    # («Som bildet over viser var det en glad gjeng …»: the page's picture, not here)
    r"|^(?:Som|Slik) (?:bildet|biletet) (?:over|ovenfor) (?:viser|syner)\b"
    r"|^As the (?:picture|photo|image) above shows\b|^In the (?:picture|photo|image) above\b"
    r"|\b(?:omtalte|omtala|meldte|melde) (?:saken|saka|nyheten|nyheita|endringen|endringa) først\b"
    # «Dommen ble først omtalt av Drammens Tidende.», «Det var nett.no som første melde om …»
    r"|\b(?:først|første) (?:omtalt|omtala|omtalte|meldt|melde|meldte|rapportert) (?:av|om)\b"
    r"|\b(?:was|were) first reported by\b"
    # «Det er forskning.no som skriv om saka.»; a picture's «… in this view captured by …»
    r"|^det (?:er|var) [\w.-]+(?: [\w.-]+)? som (?:skriv|skriver|skreiv|skrev|meldte|melder|"
    r"omtalte|omtalar) (?:om )?(?:saka|saken)\b|\bin this (?:[\w.,]+ ){0,4}?(?:view|image|photo|"
    r"picture)\b",  # («In this Dec. 13, 1978 file photo, …», «… in this handout image»)
    re.IGNORECASE,
)
# A source's anonymity, told on its own: «The officials were not authorized to publicly
# discuss details … and spoke to AP on condition of anonymity.», «Kilden ønsker ikke å stå
# fram med navn.» (not «The official, who spoke on condition of anonymity, said …»: news).
_ANONYMITY_WORDS = ("anonymity", "authorized", "authorised", "stå fram", "stå frem", "navngitt")
_ANONYMITY = re.compile(
    r"\b(?:on (?:the )?condition of anonymity|(?:requested|asked for) anonymity|"
    r"(?:was|were|is|are) not authori[sz]ed to)\b"
    r"|\b(?:ønsker|vil) ikke (?:å )?(?:stå fram|stå frem|bli navngitt)\b",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\b(?:said|says|told|sier|sa|seier|opplyser|opplyste)\b")


def page_note(text: str) -> bool:
    """Whether a sentence is about the page, its pictures or its sources, not the news."""
    return blog_note(text) or picture_or_source_note(text) or says_no_news(text)


def picture_or_source_note(text: str) -> bool:
    """Whether a sentence speaks of the page's picture, of who had the story first, or of a
    source's anonymity without what the source said."""
    lowered = text.lower()
    if any(map(lowered.__contains__, _PICTURE_WORDS)) and _PICTURE_OR_SOURCE.search(text):
        return True
    return (
        any(map(lowered.__contains__, _ANONYMITY_WORDS))
        and _ANONYMITY.search(text) is not None
        and not _SAYS.search(lowered)
    )


# A way of saying that points ahead to the words below: «Presten beskriver henne slik.»
_POINTS_AHEAD = re.compile(
    r"\b(?:beskriver|beskrev|forklarer|forklarte|forklarar|sier|seier|sa|formulerer|describes?|"
    r"described|puts? it|explains?|explained)\b[^.!?]{0,40} (?:slik|sånn|like this|as follows)\.$"
    # («I brevet til kommunen heter det.», «…, sier følgende.»: what is said is below)
    r"|^[^,«»\"“”]{0,80} (?:heter|heiter|står|stod|sto) det\.$"
    r"|\b(?:sier|seier|sa|skriver|skriv|heter det|heiter det) (?:følgende|følgjande)\.$"
)
_AHEAD_ENDS = (
    " slik.",
    " sånn.",
    " like this.",
    " as follows.",
    " det.",
    "følgende.",
    "følgjande.",
)
# A reaction or an update announced, its words below: no news of its own.
_REACTED = re.compile(
    r"\b(?:reacted|responded) to the (?:news|decision|announcement|vote)(?: (?:on |late |early )?"
    r"(?:\w+day|today|tonight|yesterday)(?: night| morning| evening| afternoon)?)?\.$"
    r"|\b(?:reagerte|reagerer) (?:slik )?på (?:nyheten|nyheita|vedtaket)"
    r"(?: (?:\w+dag|i dag|i går)(?: ?kveld| ?morgen| ?ettermiddag)?)?\.$"
    r"|^(?:[\w ]{0,25} )?oppdaterte (?:politiet|brannvesenet) (?:saken|saka|loggen)\b[\w ]{0,30}\.$"
)
# Who talks to a broadcaster, a paper or the press, over what he says: «Rafa, quietly
# content, talks to BT.», «Solskjær snakker med NRK.» («Biden speaks with Xi Jinping.» is news)
_TALKS = ("talks to", "talks with", "speaks to", "speaks with", "snakker med", "snakkar med")
_TALKS_TO = re.compile(
    r"^[A-ZÆØÅ][^.!?]{1,60} (?:talks|speaks|snakker|snakkar) (?:to|with|med) "
    r"(?:[A-ZÆØ]{2,}(?: \w+)?|Sky Sports|TV ?2|reporters|the press|pressen|journalistane|"
    r"journalistene)\.$"
)


# How a speaker was when he spoke to a broadcaster, over what he said: «Sogndals kaptein
# Mathias Dyngeland holdt ikke tilbake da han snakket med Eurosport etter kampen.» (not
# «… sa at han var fornøyd da han snakket med NRK»: what he said is in it)
_WHEN_TALKING = ("snakket med", "snakka med", "talked to", "spoke to")
_WHEN_TALKED_TO = re.compile(
    r"^[A-ZÆØÅ](?:(?! at | that |\d)[^.!?]){1,120} (?:da|when) (?:han|hun|ho|he|she) "
    r"(?:snakket|snakka|talked|spoke) (?:med|to) (?:[A-ZÆØ][\w]+(?: \d| [A-ZÆØ]\w+)?|"
    r"reporters|the press|pressen|journalistane|journalistene)"
    r"(?: etter kampen| after the (?:match|game))?\.$"
)


# A pointer to the page's list or table: «Find full tour dates … at the bottom of the page.»,
# «The trusts below are ranked from …», «Sjå heile lista nedanfor.»
_LIST_BELOW = re.compile(
    r"\b(?:check out|see|find|view|read|here are|here is|sjå|se|sjekk)\b[^.!?]{0,80}"
    r"\b(?:below|at the bottom of (?:the|this) (?:page|article|story)|nedanfor)[.!:]?$"
    r"|\b(?:listed|ranked|shown|below) (?:below|are|is)\b(?! zero| freezing| average)",
    re.IGNORECASE,
)


def points_ahead(text: str) -> bool:
    """Whether a sentence only points to the words below it («… slik.», «X talks to BT.»,
    «X reacted to the news Tuesday night.», «Kort tid senere oppdaterte politiet saken.»)."""
    if text.endswith(_AHEAD_ENDS):
        return _POINTS_AHEAD.search(text) is not None
    if ("react" in text or "reager" in text or "oppdater" in text) and _REACTED.search(text):
        return True
    if ("elow" in text or "bottom of" in text or "nedanfor" in text) and _LIST_BELOW.search(text):
        return True  # «Check out their full tour dates below.»: the list is the page's
    if any(map(text.__contains__, _WHEN_TALKING)) and _WHEN_TALKED_TO.match(text):
        return True
    if ("følg" in text or "following" in text or "fram." in text) and _LISTED_BELOW.search(text):
        return True  # «… gir han følgende regneeksempel», «Særlig tre problemer blir trukket fram.»
    return any(map(text.__contains__, _TALKS)) and _TALKS_TO.match(text) is not None


# What a list or an example below gives: «følgende regneeksempel», «the following steps»,
# «Tre problemer blir trukket fram.», «… som følger.»
_LISTED_BELOW = re.compile(
    r"\b(?:følgende|følgjande|the following) [a-zæøå]"
    r"|\b(?:to|tre|fire|fem|seks|two|three|four|five|six|\d) [a-zæøå]+ (?:blir|ble|vert|vart) "
    r"(?:trukket|trekt|dratt) fram\.$"
    r"|\b(?:som følger|som følgjer)[.:]$"  # («… øke kvotene … som følger.»: its list)
)


# Words that say a colon's sentence introduces what follows it, not news of its own.
_INTRODUCING = frozenset(
    "slik sånn følgende følgjande dette this following these thus here her sier sa seier "  # noqa: SIM905
    "skriver skriv says said writes wrote told forteller fortel uttaler uttalte heter lyder "
    "reads include includes inkluderer blant example eksempel".split()
)
# A last word before the colon that leaves its phrase open: «… for å:», «… is:».
_OPEN_END = frozenset(
    "å at for om som to that of med til the a an er var is are was were og and or eller av "  # noqa: SIM905
    "in i på vore vært blir ble vart blei been be include includes including inkluderer".split()
)  # («Regelen har sidan 2016 vore:»: what it has been is below)


def stated_before_colon(text: str) -> str | None:
    """«Representanter fra åtte partier foreslår en ny paragraf i Grunnloven:» over the
    paragraph's words: a lead that tells its news before its colon, as a sentence of its
    own (not «Han sa til NRK:», «Politiet skriver følgende:», «LO vil ha gjennomslag for å:»)."""
    words = [word.strip("«»“”\"'(),").lower() for word in text[:-1].split()]
    if len(words) < 6 or words[-1] in _OPEN_END or not _INTRODUCING.isdisjoint(words):
        return None
    return text[:-1].rstrip() + "."


def elliptical(text: str) -> bool:
    """A sentence whose verb's words are left for the one before: «Bauer would love to.»"""
    return text.endswith(("to.", "å.")) and _ELLIPTICAL.search(text) is not None


_ELLIPTICAL = re.compile(
    r"\b(?:(?:would|could|should|will|can|must|might) (?:\w+ )?to|(?:wants?|wanted|needs?|needed|"
    r"going|plans?|planned|hopes?|hoped|tries|tried|refused?|agreed?|expects?|expected|love|"
    r"like|ought|able|used) to|(?:ønsket|ønskte|prøvde|klarte|rakk|orket|gadd|turte|ville|"
    r"kunne|skulle) (?:ikke |ikkje )?å)\.$"
)

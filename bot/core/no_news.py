"""Sentences that tell no news of their own: who reported the sentence before («Det skriver
Aftenposten.»), that more will be told later, that someone gave no comment or has nothing to
add, how the paper or its poll went about it, who came. An editor folds them into the sentence
before or leaves them out; none is a bullet."""

from __future__ import annotations

import re

# «Det skriver Aftenposten, som også følger flommen direkte.», «Dette bekrefter politiet
# overfor NRK.»: the credit of the sentence before (not «Det sier seg sjølv at …», nor a
# credit that goes on with what was said: «Det sier Hansen, og legger til at …»).
_CREDIT = re.compile(
    r"(?:Det|Dette) (?:skriver|skriv|skreiv|skrev|melder|meldar|meldte|melde|opplyser|opplyste|"
    r"bekrefter|bekreftet|bekrefta|stadfestar|stadfesta|sier|seier|sa|forteller|fortel|fortalde|"
    r"fortalte|rapporterer|rapporterte) (?!seg\b)(?![^.!?]* (?:at|om|og legger|og legg)\b)"
    # (a comma only before what the paper does: «Det opplyser politiet, som nå etterforsker
    # brannen som påsatt.» tells more)
    r"(?:[^.!?«»\"“”,]|, som (?:også )?(?:følger|følgjer|har sett|har fått|har vært|har vore|"
    r"først))+\.$"
    r"|(?:That|This)(?:'s|’s| is| was) according to\b[^.!?]{2,100}\.$"
    # («Det har Øivind Bratberg tidligere sagt til Klar Tale.»)
    r"|(?:Det|Dette) (?:har|hadde) [^.!?«»,]{2,60} (?:sagt|uttalt|skrevet|opplyst|fortalt)"
    r"(?: [^.!?«»,]{2,60})?\.$"
)
# The credit's source, to fold into the sentence before: «Det sier Øivind Bratberg til Klar
# Tale.» → «Øivind Bratberg», «Det skriver Aftenposten.» → «Aftenposten»
_CREDITED = re.compile(
    r"(?:Det|Dette) (?:(skriver|skriv|skreiv|skrev|melder|meldar|meldte|opplyser|opplyste|"
    r"bekrefter|bekreftet|bekrefta|stadfestar|stadfesta|sier|seier|sa|forteller|fortel|"
    r"fortalde|fortalte) |(?:har|hadde) )(?:(?:tidligere|tidlegare|også|òg) )?"
    r"((?:[a-zæøå-]+ (?=[A-ZÆØÅ]))?[\w.-]+(?: [A-ZÆØÅ][\w.-]*){0,3})"
    r"(?: (?:tidligere|tidlegare))?(?: (?:sagt|uttalt|skrevet|opplyst|fortalt))?"
    r"(?: (?:til|overfor|i|på)\b[^.!?,]*)?(?:, som [^.!?]*)?\.$"  # («…, som har vært på stedet.»)
    r"|(?:That|This)(?:'s|’s| is| was) (according to [^.!?]{2,100})\.$"
)


_CREDIT_OPENINGS = ("Det ", "Dette ", "That's ", "That’s ", "That is ", "That was ", "This is ")


def credit_of(text: str) -> str | None:
    """Who a credit sentence («Det skriver Aftenposten.») says told the sentence before, as
    an attribution to fold into it: «skriver Aftenposten», «ifølge Øivind Bratberg»."""
    if not text.startswith(_CREDIT_OPENINGS):
        return None  # (most sentences: a look at their first words)
    if not _CREDIT.match(text) or not (found := _CREDITED.match(text)):
        return None
    verb, source = found.group(1), found.group(2)
    if found.group(3):
        return found.group(3)  # «according to the county's highways department»
    return f"{verb} {source}" if verb else f"ifølge {source}"


# A vox pop's or an anecdote's hook: «En av dem er Edel Fredheim fra Sortland, som …»,
# «That's what happened to Kari Lund back in August.» (whom it happened to, not what)
_HOOK = re.compile(
    r"(?:En|Ein|Ei|Eit|Et|One) av (?:dem|dei|those|them) (?:er|var|is|was) [A-ZÆØÅ][^.!?]{2,120}\.$"
    r"|(?:That|This)(?:'s|’s| is| was) what happened to [A-ZÆØÅ][^.!?]{2,60}\.$"
)
# «He said this during a joint press conference with …», «She made the remarks at …»: where
# the sentence before was said, not what (Norwegian's «Det sa han under …» is a credit above)
_SAID_WHERE = re.compile(
    r"(?:He|She|They) (?:said|says|made) (?:this|these remarks|the remarks|the comments)"
    r" (?:during|at|in|on|while|when|after|before|to)\b[^.!?]{2,150}\.$"
)
_POINTED_OUT = re.compile(r"(?:Det|Dette) (?:påpeker|påpeikar|påpekte|påpeika) [^.!?,«»]{2,60}\.$")
# «Øvrig informasjon vil komme senere, opplyses det.», «Det vil bli gitt mer informasjon om
# saken fredag morgen, sier …», «No further information was immediately available.»
_LATER = re.compile(
    r"(?:[«\"“]|– )?(?:(?:øvrig|mer|meir|ytterligere|ytterlegare|nærmere|nærare|ny|oppdatert) "
    r"informasjon (?:vil|skal|kommer|kjem|blir|vert)\b"
    r"|det vil (?:bli gitt|bli gjeve|komme|kome) (?:mer|meir|ytterligere|ytterlegare|ny|nærmere) "
    r"informasjon\b"
    r"|[^.!?]{0,60}\bvil (?:gi|gje|komme med|kome med) (?:mer|meir|ytterligere|ytterlegare|ny|"
    r"oppdatert) informasjon\b"
    r"|(?:saken|saka) (?:oppdateres|blir oppdatert|vert oppdatert)\b"
    r"|no (?:further|other|more) (?:information|details) (?:(?:about|on|of) [^.!?]{1,40} )?"
    r"(?:was|were|is|are) (?:immediately )?"
    r"(?:available|released)\b"
    r"|(?:further|more) (?:information|details) (?:was|were|is|are) not (?:immediately )?"
    r"(?:available|released)\b"
    r"|(?:more|further) (?:information|details) (?:will|is expected to|are expected to) be "
    r"(?:released|given|provided|made available)\b"
    r"|this (?:story|article) (?:is developing|will be updated)\b)",
    re.IGNORECASE,
)
# «The USMX did not immediately respond to emails seeking comment.», «NRK har ikke lyktes å
# få en kommentar fra selskapet.», «Ut over det eg har sagt, er det ikkje meir å tilføye»
_NO_COMMENT = re.compile(
    r"(?:[«\"“]|– )?(?:[^.!?]{0,80}\b(?:did not|didn't|didn’t|has not|have not|hasn't|hasn’t|"
    r"haven't|haven’t) "
    r"(?:immediately |yet )?(?:respond|responded|reply|replied) to (?:an? |the |several |"
    r"repeated )?(?:(?:requests?|calls?) (?:for|seeking) comment|(?:emails?|e-mails?|messages?|"
    r"inquiries|enquiries|queries)(?: (?:for|seeking) comment)?)\b"
    r"|[^.!?]{0,80}\bcould not (?:immediately )?be reached for comment\b"
    # («… did not immediately return a message seeking further comment», «A message seeking
    # comment was left for Troy police.»)
    r"|[^.!?]{0,80}\b(?:did not|didn't|didn’t) (?:immediately )?return (?:an? |the )?"
    r"(?:message|call|email|e-mail)s? (?:seeking|for) (?:further |additional )?comment\b"
    r"|an? (?:message|call|email|voicemail) seeking (?:further |additional )?comment was left\b"
    r"|[^.!?]{0,80}\b(?:has|have) been (?:contacted|approached) for (?:a )?comment\b"
    r"|[^.!?]{0,80}\bhar (?:ikke|ikkje) (?:lyktes|lykkes|lukkast|lykkast) (?:å|med å) "
    r"(?:få|kome|komme|nå)\b[^.!?]{0,30}\b(?:kontakt|kommentar|tak i)\b"
    r"|[^.!?]{0,80}\bhar (?:ikke|ikkje) (?:svart|besvart) (?:på )?[^.!?]{0,20}\bhenvendelse"
    r"|(?:ut ?over|utanom|utenom) (?:det|dette)[^.!?]{0,40}\b(?:er det|har (?:vi|me|eg|jeg)) "
    r"(?:ikkje|ikke|ingen)\b[^.!?]{0,20}\b(?:tilføye|legge til|leggje til|kommentar|kommentere)\b"
    r"|(?:we|i) have nothing (?:more|further) to add\b)",
    re.IGNORECASE,
)
# The paper's own choices and promises: «NRK har valgt å anonymisere familien av hensyn til
# personvern.», «Navnet er kjent for redaksjonen.», «Opdalingen kommer tilbake med reaksjoner
# og mer om avtalen.», «The BBC has chosen not to name the boy.»
_DESK = re.compile(
    r"(?:[A-ZÆØÅ][\w.]*|[Vv]i|[Mm]e|[Aa]visen|[Aa]visa) (?:har valgt|har valt|velger|vel) (?:å "
    r"anonymisere|(?:å )?(?:ikke|ikkje) (?:å )?(?:publisere|navngi|namngje|identifisere|nevne))\b"
    r"|(?:[Nn]avnet|[Nn]amnet|[Ii]dentiteten)[^.!?]{0,40} (?:er )?kjent for (?:redaksjonen|"
    r"avisen|avisa|NRK|VG|oss)\b"
    r"|(?:[A-ZÆØÅ][\w.]*|[Vv]i|[Mm]e) (?:kommer|kjem) tilbake med (?:mer|meir|reaksjoner|"
    r"reaksjonar|oppdateringer|oppdateringar)\b"
    # («Vedlagt finner dere listen over alle stemmer …»: a pointer to what the page attached)
    r"|(?:Vedlagt|Vedlagd|Vedlagde) (?:finner|finn) (?:du|dere|de|ein|en)\b"
    r"|(?:[Tt]he (?:[A-Z][\w.]* ){1,3}|[A-Z]{2,} |[Ww]e )(?:has|have) (?:chosen|decided) not "
    r"to (?:name|identify|publish)\b"
    # (how the paper went about it: «VG møter han på Circle K Bjerke.», «NRK har tatt en runde
    # med alle partiene …», «Framtida.no har spurt leiarane kva …»; not what a source told it)
    r"|(?:VG|NRK(?: [A-ZÆØÅ]\w+)?|TV ?2|[A-ZÆØÅ]\w+\.no|[Vv]i|[Mm]e"
    r"|(?:[Ll]okal)?[Aa]vis(?:en|a)(?: [A-ZÆØÅ][\w-]+){0,2}) (?:møter|møtte|treffer|traff"
    r"|har (?:snakket|snakka|pratet|prata) med|har spurt|spurte|har tatt (?:en|ein) runde|har teke "
    r"ein runde|har (?:vært|vore) i kontakt med|har kontaktet|har kontakta|har ringt)\b"
    r"(?![^.!?]* (?:at|that|sier|seier|sa|says|said|forteller|fortel)\b)[^.!?]{0,140}\.$"
)
# A poll's method: «Målinga blei tatt frå 9. til 14. august.», «960 personar er spurde.»,
# «The margin of error is 3.1 points.» (not its result: «Målingen viser at …»)
_POLL_METHOD = re.compile(
    r"(?![^!?]*\b(?:viser|viste|shows?|showed|found|fant|fann)\b)"  # (its result: news)
    r"(?:[Mm]ålinga|[Mm]ålingen|[Uu]ndersøkelsen|[Uu]ndersøkinga|[Tt]he (?:poll|survey)) "
    r"(?:ble|blei|vart|er|was) (?:tatt|teken|gjort|gjennomført|gjennomførd|utført|conducted|"
    r"carried out|taken)\b[^!?]{0,80}\.$"
    r"|[\d  .,]+ (?:personer|personar|respondenter|respondentar|people|adults|voters|velgere|"
    r"veljarar) (?:er|ble|blei|vart|were) (?:spurt|spurde|spurte|intervjuet|intervjua|surveyed|"
    r"polled|interviewed|questioned)\b[^.!?]{0,60}\.$"
    r"|(?:[Ff]eilmarginen|[Tt]he margin of error) (?:er|var|ligger|låg|lå|is|was)\b[^.!?]{0,60}\.$"
)
_POLL_WORDS = ("åling", "ndersøk", "poll", "survey", "spur", "intervju", "margin")
# Who came to the event, that the press was invited to it: «Statsråd Kari Lie var blant andre
# til stede på pressekonferansen.», «Telenor hadde tirsdag invitert pressen til en
# oppdatering.», «The mayor was also in attendance.»
_THERE = re.compile(
    r"[^.!?]{3,100} (?:var|er|was|were) (?:også |òg |also |blant andre |blant anna )?"
    r"(?:til stede|til stades|present|in attendance)(?: (?:på|ved|at|under|during) [^.!?]{2,60})?"
    r"\.$"
    r"|[^.!?]{2,60} (?:hadde|har|had|has) (?:\w+ )?(?:invitert|invited) (?:pressen|media|the press"
    r"|the media|reporters)\b[^.!?]{0,80}\.$"
    # (that the emergency services came, and no more: «Brann og politi har vært på stedet.»,
    # «Bilbergingsmannskap rykket også ut.», «Emergency services attended the scene.»)
    r"|[A-ZÆØÅ][\w-]*(?: (?:og|and) [\w-]+)? (?:har vært|hadde vært|var|er|rykket|rykte|rykka)"
    r" (?:også |òg )?(?:på stedet|på staden|ut|til stede)\.$"
    r"|(?:Emergency services|Police|Paramedics|Firefighters|Fire crews)(?: and [\w ]{3,20})?"
    r" (?:attended|were called|were at the scene|attended the scene|rushed to the scene)\.$"
    # (who was on hand, who watched from the stands: «James Richards (…) was on hand for the
    # event.», «In the stands watching was Edwin Moses, …», «Noen av de fremmøtte var …»)
    r"|[^.!?]{3,160} (?:was|were) on hand(?: for [^.!?]{2,60})?\.$"
    r"|In the stands(?: watching)? (?:was|were) [^.!?]{2,160}\.$"
    r"|(?:Noen|Nokre|Blant) (?:av )?(?:de|dei) (?:fremmøtte|frammøtte)[^.!?]{2,160}\.$"
)
_THERE_WORDS = (
    *("stede", "stades", "present", "attendance", "invit", " ut.", "attended", "called."),
    *("on hand", "in the stands", "møtte"),
)
# An appeal for what the police do not know yet, and no more: «Police are appealing for
# witnesses.», «The PSNI has called for anyone with information … to come forward.»,
# «Politiet ber vitner ta kontakt.»
_APPEAL = re.compile(
    r"(?:[\w'’-]+ ){1,5}(?:(?:is|are|has|have) )?(?:appealing|appealed|appeals|called|calls|"
    r"calling|urging|urged|urges|asking|asked|asks)(?: on| for)? (?:any ?one|any ?body|witnesses|"
    r"members of the public|people|the public)\b[^.!?]{0,120}\.$"
    r"|(?:Anyone|Anybody|Witnesses) (?:with|who)\b[^.!?]{0,120}\b(?:asked|urged|encouraged) to\b"
    r"[^.!?]{0,100}\.$"
    r"|(?:[\w-]+ ){1,4}(?:ber|oppfordrer|etterlyser) (?:om )?(?:vitner|vitne|publikum|alle|folk|"
    r"personer|tips)\b[^.!?]{0,120}\.$"
)
_APPEAL_WORDS = ("witness", "information", "come forward", "contact", "vitne", "tips", "kontakt")
_EVENT_AFTER = (" after ", " following ", " when ", " etter ", " da ", "arrested", "pågrep")
# A scene's clock: «Klokken er 17.10.», «Det er lørdag ettermiddag.», «Det er påskeaften,
# midt i den stille uken.», «It was a Tuesday morning.»: when, and nothing that happened
_CLOCK = re.compile(
    r"(?:Klokka|Klokken) (?:er|var) \d{1,2}[.:]\d{2}\.$"
    r"|(?:Det|It)(?: er| var|'s|’s| is| was) (?:\w+ ){0,2}(?:morgen|morgon|kveld|ettermiddag|"
    r"formiddag|natt|påskeaften|julaften|morning|afternoon|evening|night|\w+dag|\w+day)"
    r"(?:en|a)?(?: \d{1,2}\. [a-zæøå]+)?(?:, [^.!?]{0,40})?\.$"  # («… på kvelden 14. februar.»)
)
_CLOCK_WORDS = 9
_NEWS_WORDS = ("informasjon", "information", "details", "oppdater", "updated", "developing")
# Advice or details promised, not given: «Tvetenstrand har noen konkrete tips til de som nå
# bekymrer seg …», «Brannvesenet har flere råd om hvordan skogbranner kan unngås.», «Police
# have released more details.» (the verb before its subject is not read: «gikk politiet ut
# med flere detaljer»)
_PROMISED = re.compile(
    r"(?:[^.!?:]|\.(?=\d)){0,80}\b(?:har|hadde|kom med|gikk ut med|gjekk ut med|gir|gav|ga|deler|"
    r"has|have|"
    r"had|gave|offered|shared|released) (?:noen|nokre|flere|fleire|et par|eit par|some|more|"
    r"a few|several) (?:konkrete |gode |nye |useful |new |further )?(?:tips|råd|detaljer|"
    r"advice|details)\b[^.!?:,]{0,70}\.$"  # (not «…, og to er pågrepet.»: news after it)
)
_PROMISED_WORDS = ("tips", "råd ", "detalj", "advice", "details")
_COMMENT_WORDS = ("comment", "respond", "replied", "reply", "lykt", "lykk", "lukk", "henvendelse")
_DESK_WORDS = (
    *("anonymis", "publisere", "navngi", "namngje", "identifis", "nevne", "kjent for"),
    *("tilbake med", "not to", "edlag", "møte", "treff", "traff", "snakk", "prat", "spur"),
    *("runde", "kontakt", "ringt"),
)
_ADD_WORDS = ("tilføye", "legge til", "leggje til", "to add", "kommentar")
_NO_COMMENT_WORDS = (*_COMMENT_WORDS, *_ADD_WORDS)


# The page pointing elsewhere or at itself: «Click here for the full box office estimates …»,
# «Information on the complete lineup can be found at glastonburyfestival.co.uk.», «The Box
# Office Report has been updated with studio estimates …», a table's note on its rounding, an
# embedded player's consent prompt
_POINTER = re.compile(
    r"(?:Click|Tap|Klikk|Trykk) (?:here|her)\b"
    r"|[^.!?]{0,80}\b(?:can be found|is available|are available|finn(?:er)? du) (?:at|on|her|på) "
    r"(?:[\w-]+\.)+(?:com|org|net|uk|no|co\.uk)\b"
    r"|(?:The|This) (?:[A-Z][\w-]* ){0,3}(?:article|story|report|Report|page) has been updated\b"
    r"|[^.!?]{0,60}\b(?:due to|because of) rounding\b"
    r"|[^.!?]{0,60}\baccept them to load (?:the|this) content\b"
)
_POINTER_WORDS = ("here", "her ", "found", "available", "finn", "updated", "rounding", "load")


def says_no_news(text: str) -> bool:
    """Whether a sentence is a credit, a promise of more, a note that no comment came, or an
    appeal for witnesses."""
    spaces = text.count(" ")
    if text[:1] in "DT" and spaces < 24 and _CREDIT.match(text):
        return True
    if "påpe" in text[4:12] and _POINTED_OUT.match(text):
        return True  # «Det påpeker bransjenettstedet Europower.»: the same credit
    if (" av d" in text[:8] or "hat happened" in text[:40]) and _HOOK.match(text):
        return True
    said = text[:1] in "HST" and (" said " in text[:12] or " made " in text[:12])
    if said and _SAID_WHERE.match(text):
        return True
    if text[:1] in "KDI" and spaces < _CLOCK_WORDS and _CLOCK.match(text):
        return True
    if spaces >= 30:
        return False
    lower = text.lower()
    if any(map(lower.__contains__, _POINTER_WORDS)) and _POINTER.match(text):
        return True
    if spaces < 24 and any(map(lower.__contains__, _DESK_WORDS)) and _DESK.match(text):
        return True
    if any(map(lower.__contains__, _NEWS_WORDS)) and _LATER.match(text):
        return True
    if any(map(lower.__contains__, _PROMISED_WORDS)) and _PROMISED.match(text):
        return True
    if any(map(lower.__contains__, _POLL_WORDS)) and _POLL_METHOD.match(text):
        return True
    if any(map(lower.__contains__, _THERE_WORDS)) and _THERE.match(text):
        return True
    if any(map(lower.__contains__, _APPEAL_WORDS)) and _APPEAL.match(text):
        # (not with the event told after it: «… appealing for witnesses after a man was
        # stabbed …», «… etter at en mann ble …»: that is the news)
        return not any(map(lower.__contains__, _EVENT_AFTER))
    return any(map(lower.__contains__, _NO_COMMENT_WORDS)) and _NO_COMMENT.match(text) is not None

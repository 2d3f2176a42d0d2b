"""A speaker's attribution as a bullet gives it: the speaker whole, the circumstances of
the saying («til NRK», «torsdag», «da han …») gone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.cut_words import PARTY
from bot.core.page_words import PARTICLES
from bot.core.speakers import ATTRIBUTION, CIRCUMSTANCES, ONE_WORD_SPEECH_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from bot.core.clauses import MainClauses

# What the words were said on: the news itself, kept with the speaker.
NEWS_AFTER = re.compile(
    r"\b(?:etter at det (?:vart|ble|blei) (?:kjent|klart)|after it (?:emerged|was announced|"
    r"became clear)"
    # («…, understreker Erna Solberg etter at et enstemmig storting vedtok en ny kriselov»: a
    # decision, a vote, a verdict told after the speaker)
    r"|etter at (?:[\w-]+ ){1,5}(?:vedtok|vedtek|valgte|valde|dømte|frifant|vant|vann|tapte|"
    r"tapa|godkjente|godkjende|avviste|stemte|røysta)|after (?:[\w-]+ ){1,5}(?:voted|passed|"
    r"approved|rejected|won|lost|ruled|convicted|acquitted)"
    # (what the speaker had just learned: «…, seier ordførar Frank Sve etter å ha fått vite at
    # kommunen kan miste fabrikken»)
    r"|etter å ha (?:fått vite|fått høre|fått høyre|fått beskjed|fått melding|hørt|høyrt) "
    r"(?:om )?at|after (?:learning|hearing|being told) (?:that|of))\b"
)
# «…, sier Aasland sier olje- og energiminister Terje Aasland til NRK.»: an edit left half.
_SAID_TWICE = re.compile(rf",\s+(?:{SPEECH_VERBS})\s+[A-ZÆØÅ][\w'’-]*\s+(?=(?:{SPEECH_VERBS})\s)")
_VERB_AGAIN = re.compile(
    rf",\s+(?:{SPEECH_VERBS})\s+[^,.!?]{{3,80}}?(\s+(?:sier|seier|sa|says|said))"
    r"(?=\s+(?:til|to)\s[^,.!?]+[.!?]$|[.!?]$)"
)
# A short quote's words say little; what happened when they were said is the news.
_SHORT_QUOTE = 40  # characters
_WHEN_SAID = re.compile(
    r"\b(?:etter at|da|då|when|after|as) (?:han|hun|ho|he|she|de|dei|they) (?:hadde |had )?"
    r"(?:mottok|tok imot|fikk|fekk|vant|vann|sikra|sikret|won|received|accepted|collected|"
    r"secured|claimed)\b"  # (a prize, a win; not «da hun ble spurt»: how it was said)
)
# A name and its apposition, before «, said …»: the sentence's subject, not a quote's end.
_SUBJECT_APPOSITION = re.compile(r"(?:[A-ZÆØÅ][\w'’.-]*\s+){0,3}[A-ZÆØÅ][\w'’-]*,\s+[^,]{3,80}$")
# An apposition is a noun phrase: a clause after the speaker is the sentence's own.
_CLAUSE_OPENING = re.compile(
    r",\s+(?:da|når|etter|og|men|som|mens|fordi|der|who|which|when|after|as|while|before|but|"
    r"and|adding|noting|according|where|because|though|although|if|i|in|on|at|til|to|"
    r"[a-zæøå]+ing|[a-z]+ed)\b"
)


# «… til VG.», «… to the BBC.»: the medium the words were said to, at the end.
_TO_MEDIUM = re.compile(  # («til NRK», «to the BBC», «til fvn.no», «til TV 2»)
    r"\s+(?:til|to|overfor)\s+(?:the\s+)?(?:[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ0-9][\w.-]*)?"
    r"|[a-z0-9-]+\.(?:no|com|net|org|se|dk))\s*[.!]?$"
)
# (not the «og» of a suspended compound, «Norges Vassdrags- og Energidirektorat», nor of a
# name's last words, «Nordhordland Brann og redning.»)
# (not inside «U.S.»: an initial's stop; an aside's dash ends the role)
_ROLE_ENDS = re.compile(
    r"(?<!-)\s+(?:og|and)\s+(?!\S+(?:\s+\S+)?$)|:\s|(?<!\b[A-Z])\.(?=[A-ZÆØÅ])|\s[–—]\s"
)
# (not «i går», «fra talerstolen»; but a region's office: «Vegtrafikksentralen i vest»)
# The rest of a speaker a place's comma parted: «said the Santa Clara», «, California-based
# company».
_PLACE_BASED = re.compile(r", [A-Z][\w. ]{1,30}-based [a-z]")
_CHANNEL = re.compile(
    r"\s+(?:i|in) (?:en|ei|eit|et|an?) (?:SMS|sms|e-post|epost|tekstmelding|melding|email|e-mail|"
    r"text message|statement)$"
)
_WORKPLACE = re.compile(
    r"\s+(?:i|hos|ved|in|at|for|fra|frå)\s+(?:the\s+)?(?:[A-ZÆØÅ]|(?:nord|sør|aust|øst|vest|midt)\b)"
)
# The speaker's role or place: «, trafikkoperatør i Statens vegvesen», « i Salten brannvesen».
# A full name after the speaker's role or workplace, the name the speaker goes by
_NAME_AFTER_ROLE = re.compile(
    rf",\s+[A-ZÆØÅ][\w'’-]+(?:\s+{PARTICLES}[A-ZÆØÅ][\w'’-]+)+(?=[,.!?]|$|\s+(?:til|to)\s)"
)
_ROLE = re.compile(
    r"^(?:,\s+[a-zæøå][\w-]*(?:\s+[^\s\d,]+){0,8}|\s+(?:i|hos|ved|in|at|fra|frå|for)"
    r"(?:\s+[^\s\d,]+){1,6})$"
)


# «"…," Kari Lund, a co-author of the paper, said in a statement.»: a speaker's role between
# her name and her verb, which a bullet too long for it leaves out («"…," Kari Lund said …»)
_ROLE_BEFORE_VERB = re.compile(
    r"([,!?][\"”’] (?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+), [^\"“”,]{3,120}?(?:, [^\"“”,]{3,60}?)?"
    r", ((?:said|says|told|added|wrote|explained)\b)"
)


def without_speakers_role(text: str) -> str:
    """The sentence without the role between a quote's speaker and the verb (English)."""
    return (
        _ROLE_BEFORE_VERB.sub(r"\1 \2", text, count=1) if '," ' in text or ",” " in text else text
    )


def without_circumstances(text: str) -> str:
    """The sentence with its speaker's circumstances cut: «, sier X til NRK torsdag» →
    «, sier X»; the speaker's party, age and role stay: «, sier Kari Ås, trafikkoperatør i
    Vegvesenet til VG» → «, sier Kari Ås, trafikkoperatør i Vegvesenet»."""
    if "," in text and (twice := _SAID_TWICE.search(text)):
        text = f"{text[: twice.start()]}, {text[twice.end() :]}"  # a source's slip: said once
    if "," in text and (again := _VERB_AGAIN.search(text)):  # («, sa X i Øst politidistrikt sier»)
        text = text[: again.start(1)] + text[again.end(1) :]
    found = ATTRIBUTION.search(text) if "," in text else None  # (it opens on a comma)
    if found is not None and _SUBJECT_APPOSITION.match(text[: found.start()]):
        found = None  # «Jose Arroyo, a union representative, said Bway Corp., which …»
    if found is not None and NEWS_AFTER.search(text, found.end()):
        found = None  # «…, sa Raja etter at det vart kjent at NRK flyttar»: that is the news
    if found is not None and found.start() < _SHORT_QUOTE and _WHEN_SAID.search(text, found.end()):
        found = None  # «En god start, sa Hans Petter Moland da han mottok prisen …»: a cry,
        # and when it was said the news
    if found is not None and (named := _NAME_AFTER_ROLE.match(text, found.end())):
        # «, seier forskingsleiar SSB, Thomas von Brasch»: the role, then whose it is
        rest = text[named.end() :].rstrip()
        if not rest.strip(" .!?"):
            return text
        return text[: named.end()] + (rest[-1] if rest.endswith((".", "!", "?")) else "")

    if found is not None and _PLACE_BASED.match(text, found.end()):
        return text  # «…, said the Santa Clara, California-based company.»: whole, or no one
    if found is not None and CIRCUMSTANCES.match(text, found.end()):
        rest = text[found.end() :]
        # «Thorheim (H)», «Kari Ås (36)»: the party or age that names the speaker stays
        party = PARTY.match(rest)
        kept = party.group() if party else ""
        rest = rest[len(kept) :]
        tail = _TO_MEDIUM.search(rest)
        if tail:  # (and how it was sent: «… i Fjordkraft i en SMS til TV 2»)
            role = _CHANNEL.sub("", rest[: tail.start()].rstrip(","))
        else:  # «, seier Fredrik Hope, leiar i Norsk Målungdom.»: an apposition alone
            role = rest.rstrip(" .!")
            role = role[: role.find(",", 1)] if role.find(",", 1) > 0 else role
            if not _ROLE.match(role):
                # (his first post: «, konserntillitsvalgt i Lerøy Norway Seafood og leder i
                # …», «, the planner representing Vive: it scaled back …»)
                role = _ROLE_ENDS.split(role, maxsplit=1)[0]
            apposition = role.startswith(",") and not _CLAUSE_OPENING.match(role)
            role = role if apposition or _WORKPLACE.match(role) else ""  # («… i Lerøy Midt»)
        text = text[: found.end()] + kept + (role if role and _ROLE.match(role) else "")
    return text


# A speaker given by role and full name: «, seier operasjonsleiar Hans-Eirik Thue i Vest
# politidistrikt.» (the name: two or more capitalised words, the last the surname).
_FULL_ATTRIBUTION = re.compile(
    rf",\s+(?P<verb>{SPEECH_VERBS})\s+(?:[a-zæøå-]+\s+){{0,3}}"
    r"(?:[A-ZÆØÅ][\w'’-]+\s+){1,3}(?P<surname>[A-ZÆØÅ][\w'’-]+)[^,.!?]*(?P<end>[.!?])$"
)


def attributed_once(bullets: list[list[str]]) -> list[list[str]]:
    """A speaker's full attribution given again in a later bullet is given by surname:
    «…, seier operasjonsleiar Hans-Eirik Thue i Vest politidistrikt.» twice → «…, seier
    Thue.» the second time (a quote's two sentences, each with its speaker)."""
    seen: set[str] = set()
    result: list[list[str]] = []
    for section in bullets:
        kept = []
        for bullet in section:
            found = _FULL_ATTRIBUTION.search(bullet) if "," in bullet else None
            if found is not None:
                said = bullet[found.start("verb") :]  # (the pattern runs to the end)
                if said in seen:
                    short = f"{found['verb']} {found['surname']}{found['end']}"
                    bullet = bullet[: found.start("verb")] + short
                seen.add(said)
            kept.append(bullet)
        result.append(kept)
    return result


# The speaker's own «I», «we», «you» in a Norwegian bullet: his words, not the digest's.
_OWN_VOICE = re.compile(
    r"\b(?i:jeg|eg|vi|me|meg|oss|vår|vårt|våre|min|mitt|mine|du|deg|dere|dykk)\b"
)


def in_quote_marks(
    bullets: list[list[str]], language: str, spoken: list[list[bool]] | None = None
) -> list[list[str]]:
    """A Norwegian quote is given in quote marks: «Vi beklager ulempene», skriver Bane Nor.
    (its dash went with the bullet's start; English quotes keep their marks). `spoken`: for
    each bullet, whether a quote dash opened it; else its first person tells a quote."""
    if language not in ("nb", "nn"):
        return bullets
    dashed = spoken or [[False] * len(section) for section in bullets]
    return [
        [_quoted(bullet, dash) for bullet, dash in zip(section, flags, strict=True)]
        for section, flags in zip(bullets, dashed, strict=True)
    ]


# Who said it, last in the bullet: «…, forteller leder i Norsk sykepleierforbund Lill
# Larsen.», «…, opplyser operasjonssentralen.», «…, forklarer den 60 år gamle mannen.»
# (a role, a noun, a name: no clause, «sier at …», after the verb)
# (an initial's stop: «Tone W. Trøen»; a site's: «ifølgje cyclingnews.com»)
_SPEAKER_RUN = r"(?:[^,.!?«»]|(?<=\b[A-ZÆØÅ])\.|\.(?=[a-z]))+"
_SAID_LAST = re.compile(
    rf",\s+(?:{SPEECH_VERBS})\s+(?!(?:at|om|that)\b){_SPEAKER_RUN}(?:,\s+{_SPEAKER_RUN}){{0,2}}[.!?]?$",
    re.IGNORECASE,
)


def _quoted(bullet: str, dash: bool) -> str:
    said = _SAID_LAST.search(bullet) if ", " in bullet else None
    if said is None or any(mark in bullet for mark in '"“”') or bullet.startswith("«"):
        return bullet
    words = bullet[: said.start()]
    if not (dash or _OWN_VOICE.search(words)) or words.count("«") != words.count("»"):
        return bullet  # (a quote inside it, «Skuld», stays inside)
    if "«" in words:  # (marks inside the quote are single: «Vi sendte ut RS ‘Skuld’ …»)
        words = words.replace("«", "‘").replace("»", "’")
    return f"«{words}»{bullet[said.start() :]}"


def cuts_off_saying(head: str, checker: MainClauses) -> bool:
    """Whether a cut's head ends on a saying whose words it leaves out: «Adams said New York
    City police.» (what he said, cut off), «In a similar situation, the mayor said.» (his
    words after the cut)."""
    if (said := _SAID_WHAT.search(head)) and not checker.has_main_clause(said[1]):
        return True
    if head.endswith(_SAYING_ON):
        return True  # «…, emphasized the outage's significance, stating | , "…"»: his words cut
    if _SAYING_ONLY.fullmatch(head):
        return True  # «"…" Trump wrote on social media early Sunday | , expressing …»: who, when
    last = _SAYING_LAST.search(head, max(0, len(head) - 10))
    if last is None:
        return False
    # «RAC fuel spokesman Simon Williams said | , “This is …», «Ola Berg, the AA's spokesman,
    # added | , “…», «In a similar situation, the mayor said | , the department …»: all he
    # said, cut (not ««Vi står samlet», sa», «Prices rose, the spokesman said»: his words
    # before the verb)
    before = head[: max(head.rfind(",", 0, last.start()), 0)].rstrip()
    return not before.endswith(("»", "”", '"', "’")) and not checker.has_main_clause(before)


# A subject's saying and what it said: «Adams said New York City police …»; a saying last,
# its words before it or cut off after it.
_SAID_WHAT = re.compile(r"(?<=\w )(?:said|says|sier|sa|seier|opplyser) (?:that |at )?([^,;]+)$")
_SAYING_ON: tuple[str, ...] = (" stating", " saying", " adding", " noting", " explaining")
_SAYING_ON += (" warning", " writing", " declaring", " insisting", " arguing", " og la til")
# A head of only who said it and when, its words in the sentence before: «Trump wrote on
# social media early Sunday»
_SAYING_ONLY = re.compile(
    r"(?:[A-ZÆØÅ][\w.'’-]*\s){1,4}(?:said|says|wrote|writes|told reporters|added|sa|sier|seier|"
    r"skriv|skriver|skreiv|la til)(?: (?:on|in|at|early|late|on social media|to reporters|"
    r"on Sunday|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|"
    r"i en melding|på Twitter|on Twitter|on X|til [A-ZÆØÅ][\w-]+)){0,3}(?: \w+day)?\.?"
)
_SAYING_LAST = re.compile(
    r"\b(?:said|says|told|added|stated|states|explained|wrote|noted|recalled|sier|sa|seier|"
    r"skriver|skriv|uttalte|uttaler|fortalte|fortel|forteller)$"
)


# «…», fortsatte Stoltenberg.», «…,” Sandlin added.»: a speaker going on from the sentence
# before. Without that sentence as the bullet before, the bullet says it plainly.
_SAID_PLAINLY = {
    "fortsatte": "sa", "fortsetter": "sier", "fortset": "seier", "heldt fram": "sa",
    "held fram": "seier", "la til": "sa", "legger til": "sier", "legg til": "seier",
    "continued": "said", "continues": "says", "added": "said", "adds": "says", "went on": "said",
}  # fmt: skip
_VERB_ON = "|".join(_SAID_PLAINLY)
_GOES_ON_SAYING = re.compile(
    rf"(?<=[,»”\"] )({_VERB_ON}) (?=(?:[A-ZÆØÅ]|(?:han|hun|ho|he|she)\b)[^.!?«»“”]{{0,80}}[.!]$)"
    rf"|(?<=[,”\"] )((?:[A-Z][\w'’.-]+ ){{0,3}}[A-Z][\w'’-]+|he|she) ({_VERB_ON})(?=[.!]$)"
)
# «…, sier Vangstein og legger til.»: the colon before the quote it added, lost with it.
_AND_ADDS = re.compile(r" (?:og|and) (?:legger til|la til|legg til|added|adds)[.:]$")


def said_anew(text: str, goes_on: bool) -> str:
    """The bullet with its speaker's «fortsatte», «added» told plainly («sa», «said») unless
    it `goes_on` from the bullet before it, and without a dangling «og legger til.»."""
    if text[-1:] in ".:" and (dangling := _AND_ADDS.search(text, len(text) - 20)):
        text = text[: dangling.start()] + "."
    if goes_on or not any(map(text.__contains__, _ON_WORDS)):
        return text
    found = _GOES_ON_SAYING.search(text, max(0, len(text) - 120))
    if found is None:
        return text
    if found.group(1):  # «…», fortsatte Stoltenberg.»
        return text[: found.start()] + _SAID_PLAINLY[found.group(1)] + text[found.end(1) :]
    return text[: found.start(3)] + _SAID_PLAINLY[found.group(3)] + text[found.end(3) :]


_ON_WORDS = (
    *("fortsat", "fortset", " fram ", "gger til", "la til", "legg til", "continue", " add"),
    "went on",
)


# «Force 9 Energy director David Butterworth noted.»: the speaker and the verb, and what he
# said after the stop (the source's slip for a colon). No words of his, no bullet.
# So is one whose words are a cry of two words: «A police spokesman said: "Good news!»
_ONLY_SPEAKER = re.compile(
    rf"^(?:[\w.'’()-]+\s+){{1,8}}(?:{SPEECH_VERBS})"
    r"(?:[.:]|: [\"«“]?(?:\w+[ !]?){1,2}[!.][\"»”]?)$"
)


def only_a_speaker(text: str) -> bool:
    """Whether a sentence is a speaker and a verb of saying, and nothing said."""
    if "," in text or text.count(" ") > _SPEAKER_SPACES:
        return False
    verb = text.partition(": ")[0].rstrip(".:").rpartition(" ")[2]  # (last before a colon)
    return verb in ONE_WORD_SPEECH_VERBS and _ONLY_SPEAKER.match(text) is not None


_SPEAKER_SPACES = 12

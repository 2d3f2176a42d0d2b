"""The day's news after a lead that tells what came before: «Nå har lagmannsretten frikjent
mannen» after «… fikk i oktober i fjor en dom på 3,5 år»; «Onsdag avsa Sunnmøre tingrett …»
after «I 1978 ble mannen … dømt …»; «Nå er den tiltalte 23-åringen frifunnet …» after
«Mannen … var tiltalt for …». The turn leads; the background follows it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.analysis import Analysis
from bot.core.candidates import Bullets, Candidate
from bot.core.lexicon import lexicon
from bot.core.verbs import verb_forms

# «… fikk i oktober i fjor en dom på 3,5 år» before «Nå har lagmannsretten frikjent
# mannen»: what happened before, then the news.
_BACKGROUND = re.compile(
    r"\b(?:i fjor|i fjar|i forfjor|last year|tidligere i år|tidlegare i år|earlier this year|"
    # «For tretti år siden ble det felt 9900 hjort», «Ten years ago …», «forrige sesong»
    r"for \w+ år siden|for \w+ år sidan|\w+ years ago|forrige sesong|førre sesong|last season|"
    # «… har mange blitt godt kjent med det siste året», «in recent months»
    r"det siste året|det siste halve året|de siste månedene|dei siste månadene|de siste årene|"
    r"dei siste åra|the past year|in recent (?:months|years|weeks))\b",
    re.IGNORECASE,
)
# («Nyleg blei mannen dømd …» after «… for mange år sidan»)
_NOW: tuple[str, ...] = ("Nå ", "No ", "Now ", "I dag ", "Today ", "Men nå ", "Men no ")
_NOW += ("But now ", "Nylig ", "Nyleg ")
# «Men gleda kan bli kortvarig. For no reagerer pendlarar på forslaget …»: the turn's «for»
# («because») leans on the teaser before it; the news reads without it.
_FOR_NOW = ("For nå ", "For no ")
# «I 1978 ble mannen dømt …», then «Onsdag avsa …»: a year 2+ before the story's (undated: <2000)
_YEAR_FIRST = re.compile(r"(?:I|In) (1[89]\d\d|20\d\d)\b")
_DAY_NOW = (
    *("Mandag ", "Måndag ", "Tirsdag ", "Tysdag ", "Onsdag ", "Torsdag ", "Fredag ", "Lørdag "),
    *("Laurdag ", "Søndag ", "Sundag ", "On Monday", "On Tuesday", "On Wednesday"),
    *("On Thursday", "On Friday", "On Saturday", "On Sunday"),
)
_NOW_SEARCH = 8  # sentences after the lead: the story's turn to its news
_CLOCK_FIRST = re.compile(
    r"(?:Klokka|Klokken|Kl\.|At|Ved|Rundt|Around) (?:klokka |kl\. )?\d\d?[.:]\d\d\b"
)
# «Mannen … var tiltalt for …», then «Nå er den tiltalte 23-åringen frifunnet …»: a state
# the lead tells in the past, the turn to now after it
_PAST_STATE = re.compile(r"(?:[\w-]+ ){1,6}?(?:var|hadde|was|were|had) ")


def news_after_background(analysis: Analysis, made: Bullets, lead: Candidate) -> Candidate | None:
    """The sentence after a lead telling what happened before, opening on «Nå» (or on a day)."""
    now: tuple[str, ...] = _NOW
    # (a past state gives way only to what has happened since: not «Nå er etterslukkingen i
    # gang» after «Brannen var under kontroll klokka 10»)
    # (or a night's first call, by the clock: «Klokka 04.52 natt til mandag fikk politiet
    # melding …», then «Nå bekrefter politiet at …»)
    background = _BACKGROUND.search(lead.text) is not None or bool(_CLOCK_FIRST.match(lead.text))
    state = not background and _PAST_STATE.match(lead.text) is not None
    if not background and not state:
        year = _YEAR_FIRST.match(lead.text)
        dated = analysis.article.date
        if year is not None and int(year[1]) <= (int(dated[:4]) if dated else 2002) - 2:
            now = (*_NOW, *_DAY_NOW)
        else:  # (or a verdict the lead's paragraph tells: «… ble han i april dømt til …»
            # before «Nå har Høyesteretts ankeutvalg opphevet dommen.»)
            paragraph = analysis.all_sentences[lead.position : lead.position + 2]
            state = any(s.section == lead.section and _VERDICT.search(s.text) for s in paragraph)
            if not state:
                return None
    turns = (*now, *_FOR_NOW)
    for sentence in analysis.all_sentences[lead.position + 1 : lead.position + _NOW_SEARCH]:
        if sentence.section != lead.section or not sentence.text.startswith(turns):
            continue
        if sentence.text.split(maxsplit=2)[1:2] in (["som"], ["that"]):
            continue  # «Nå som det går mot sommer …»: «now that», the background still
        if state and not _done(sentence.text, analysis.article.language):
            continue
        text = made.of(sentence, lead=True)
        if text is not None and text.startswith(_FOR_NOW):
            text = text[4:5].upper() + text[5:]  # «No reagerer pendlarar …»
        if text is not None and not made.pronoun(text):
            # «Nå har en milepæl blitt nådd.» over «I sesongen 2020/2021 har 50 053 hjort blitt
            # felt.»: the turn says that it came, the sentence after it what came
            after = analysis.all_sentences[sentence.position + 1 : sentence.position + 2]
            if (
                not state  # (what has happened since is told whole)
                and not _DIGIT.search(text)
                and after
                and after[0].section == sentence.section
                and not _THEREFORE.search(after[0].text, 0, 80)  # («… mannen er dermed …»)
            ):
                told = made.of(after[0], lead=True)
                if told is not None and _DIGIT.search(told) and not made.pronoun(told):
                    sentence, text = after[0], told
            terms = sentence.content_lemmas
            return replace(lead, text=text, position=sentence.position, terms=terms)
    return None


def _done(text: str, language: str) -> bool:
    """Whether a turn to now tells what has happened: «Nå har …», «Now the council has …»,
    «Nå er den tiltalte 23-åringen frifunnet …» (a verb's participle after «er»)."""
    words = [word.strip(",.«»").lower() for word in text.split()[:9]]
    if {"har", "has", "have"}.intersection(words[1:4]):
        return True
    verbs, known = verb_forms(language), lexicon(language).form_lemma
    return words[1:2] in (["er"], ["is"]) and any(
        (lemma := known(word)) is not None
        and lemma != word
        and word.endswith(("et", "t", "d", "en", "ed"))
        and not verbs.is_finite(word)
        and verbs.is_verb_lemma(lemma)
        for word in words[2:]
    )


_VERDICT = re.compile(
    r"\b(?:ble|blei|vart|was|were)\b[^.;]{0,40}?\b(?:dømt|dømd|dømde|frifunnet|frifunnen|"
    r"frikjent|frikjend|convicted|sentenced|acquitted|jailed)\b"
)
_DIGIT = re.compile(r"\d")
_THEREFORE = re.compile(r"\b(?:dermed|derfor|difor|therefore|thus)\b")


# What new figures show is the news, though a vox pop on top went on about its speaker:
# «Fredag kom tallene fra Statistisk sentralbyrå, som viste at prisveksten steg til 7 prosent»
FIGURES_SHOWN = re.compile(
    r"\b(?:tall|tala|tallene|talla|figures|statistikk\w*|statistics|rapport\w*|report|survey|"
    r"måling\w*|undersøking\w*|undersøkelse\w*|poll)\b[^.!?]*\b(?:viste|viser|syner|synte|"
    r"showed|shows|show)\b[^.!?]*\d"
)
REPORTS_FIGURES = re.compile(
    r"\d[^,]*,.*, (?:skriver|skriv|melder|meldar|opplyser|writes|reports) [A-ZÆØÅ]{2,}\b"
    # and an emergency service's report of what happened is its news: «– Klokken 18:10 fikk vi
    # melding om et sammenstøt …, sier operasjonsleder Trond Volden i Trøndelag politidistrikt»
    r"|, (?:sier|seier|sa|opplyser) (?:operasjonsleder|operasjonsleiar|innsatsleder|innsatsleiar|"
    r"vaktleder|vaktleiar|vaktsjef|vakthavende|vakthavande)\b"
    # and what a body informs of («– … har SAS kansellert 100 flyginger, opplyser selskapet»)
    r"|, (?:opplyser|opplyste|melder|meldar|informerer)\b"
    # and what a verdict, a charge or a report says («– …, heter det i dommen fra Nordmøre
    # tingrett», «…, står det i rapporten»): the court's or the body's finding, the news
    r"|, (?:heter|heiter|står) det i (?:dommen|domen|kjennelsen|kjennelsa|tiltalen|tiltala|"
    r"rapporten|vedtaket|siktelsen|siktinga|konklusjonen)\b"
)

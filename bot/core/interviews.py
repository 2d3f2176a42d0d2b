"""A question-and-answer interview: each answer in the interviewee's name.

«Hvorfor innfører dere mobilforbud?» over «– Elevene er mindre ute …» is a question and
its answer. The answer is a quote, and a quote is a bullet only with its speaker in it,
so without a name the interview's substance could give no bullet at all. When an article
asks at least two questions answered by quotes, and the text above the first question
names one person (the interviewee: «Rektor Hilde Sætre forklarer hvorfor.»), each answer
gets that name in front, as a vox pop's quote has it: «Hilde Sætre: – Elevene er …».
An answer that names its speaker already («…, sier Sætre») is left as it is. The
questions are kept as questions (bot.core.model.QUESTION): context, never bullets.

A fact box names the interviewee outright («Hvem: Kari Nordvik (52)»): the box is page
furniture, but its name is who the answers and the intro's «Hun» are.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core.language import detect_language
from bot.core.model import LIST_ITEM, PARAGRAPH, QUESTION, TURN
from bot.core.page_words import PARTICLES
from bot.core.speakers import SAID_AFTER, SAID_BY_NAME
from bot.core.stopwords import stopwords
from bot.core.structure import Unit

_ANSWER = ("– ", "— ", "- ")
_MIN_ANSWERS = 2
_QUESTION_WORDS = 30
# Two or three capitalised words inside a sentence: «Rektor Hilde Sætre forklarer».
_FULL_NAME = re.compile(
    r"(?<=[^\W_] )[A-ZÆØÅ][^\W\d_]+(?: [A-ZÆØÅ][^\W\d_]+){1,2}(?=[\s,.:;!?»”)]|$)"
)


# A fact box's «who» line: «Hvem: Kari Nordvik (52)», «Kven: Ola Vik, bonde», «Who: …».
_WHO = re.compile(
    r"^(?i:hvem|kven|who|navn|namn|name)\s*:\s*([A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+){1,3})"
    r"(?=\s*(?:\(\d{1,3}\)|,|$))"
)
# The intro's pronoun for the interviewee, opening a paragraph: «Hun har spilt Ibsen …».
_HE_OR_SHE = re.compile(r"^(?:Hun|Han|Ho|She|He) (?=[a-zæøå])")


def named_interviewee(units: list[Unit]) -> str | None:
    """The interviewee a fact box names, when it names exactly one; else the one the first
    question calls by name, answered on a dash («Sigrid! Er det et comeback?» «– Hæhæ …»)."""
    names = {
        m.group(1) for unit in units if unit.text[:1] in "HKWN" and (m := _WHO.match(unit.text))
    }
    if len(names) == 1:
        return names.pop()
    # (a pull quote's credit: «Jeg elsker å danse med hele kroppen … — Triana Iglesias»)
    pulled = {
        m.group(1) for unit in units if "— " in unit.text and (m := _PULLED.search(unit.text))
    }
    if len(pulled) == 1:
        return pulled.pop()
    # (the first question, under an intro of a paragraph or two: «– Alf van der Hagen, du …?»)
    for first, answer in pairwise(units[:4]):
        if first.text.rstrip('»”"').endswith("?") and answer.text.startswith(("–", "—", "- ")):
            called = _CALLED.match(first.text)
            return (called.group(1) or called.group(2)) if called else None
    return None


# A pull quote closed by its speaker's name: «… bli ko-ko og miste det helt. — Triana Iglesias»
_PULLED = re.compile(r"[.!?»”] — ([A-ZÆØÅ][^\W\d_]+(?: [A-ZÆØÅ][^\W\d_]+){1,2})$")
# «Sigrid! Er det …?», «Kari Holm, er det …?»: the interviewee called by name.
# (a name of two words or more before a comma: not «Oslo, er det …?»)
_NAME_WORD = rf"{PARTICLES}[A-ZÆØÅ][a-zæøå]+"
_CALLED = re.compile(
    rf"(?:[–—-] )?(?:([A-ZÆØÅ][a-zæøå]+(?: {_NAME_WORD}){{0,2}})! "
    rf"|([A-ZÆØÅ][a-zæøå]+(?: {_NAME_WORD}){{1,2}}), (?=[a-zæøå]))"
)


def introduce(units: list[Unit], name: str) -> None:
    """The intro's first «Hun»/«Han» is the fact box's interviewee, named: «Kari Nordvik
    har spilt Ibsen …» (when no other person is named before it)."""
    for unit in units:
        if unit.kind != PARAGRAPH or unit.spoken or _question(unit.text):
            return  # the interview itself begins
        if _FULL_NAME.search(unit.text) or name in unit.text:
            return  # a name before the pronoun: it may point to either
        if _HE_OR_SHE.match(unit.text):
            unit.text = _HE_OR_SHE.sub(f"{name} ", unit.text, count=1)
            return


def name_answers(
    units: list[Unit], title: str | None, interviewee: str | None = None
) -> list[Unit]:
    """Put the interviewee's name in front of each answer of a Q&A interview."""
    if interviewee:
        introduce(units, interviewee)
    answers = [
        i + 1
        for i, (unit, following) in enumerate(pairwise(units))
        if unit.kind in (PARAGRAPH, LIST_ITEM)
        and _question(unit.text)
        and following.kind in (PARAGRAPH, LIST_ITEM)
        and (following.text.startswith(_ANSWER) or (following.kind == LIST_ITEM and following.dash))
    ]
    if len(answers) < _MIN_ANSWERS:
        answers = _plain_answers(units)
    if len(answers) < _MIN_ANSWERS:
        return units
    for i in answers:  # «1. Hvordan føles det?» «- Det er helt fantastisk …»: no list
        if units[i].kind == LIST_ITEM:
            units[i].kind, units[i].text = PARAGRAPH, f"– {units[i].text}"
    for unit in units:
        # In an interview every paragraph that asks is the interviewer's turn, answered or
        # not: no heading, no bullet («1. Ap ligger på 20 prosent. Hva har de gjort feil?»
        # states a premise, not the news).
        if (
            unit.kind in (PARAGRAPH, LIST_ITEM)
            and "?" in unit.text
            and unit.text.count(" ") < 2 * _QUESTION_WORDS
            and not unit.text.startswith(_ANSWER)
        ):
            unit.kind, unit.number = QUESTION, ""
    for i in answers:
        units[i - 1].kind, units[i - 1].number = QUESTION, ""
    above = [title or ""] + [unit.text for unit in units[: answers[0] - 1]]
    names = {name for text in above for name in _people(text)}
    in_title = set(_people(title or ""))  # «Q&A with Sara Rauch»
    named = bool(interviewee) or len(in_title) == 1  # (not a name the intro happens to give)
    if named:
        names = {interviewee} if interviewee else in_title
    elif not names and (role := _ROLE_ABOUT.match(title or "")):
        return _said_by_role(units, answers, role.group(1))
    if len(names) != 1:
        for i in answers:  # nobody, or more than one person, introduced: whose words?
            if not SAID_AFTER.search(units[i].text):  # («…, sier Hansen» names its own)
                units[i].kind = TURN  # words without their speaker: no bullet
        for unit in units[answers[0] :]:  # the turns between, on dashes too: a remark, its reply
            if unit.kind == LIST_ITEM and unit.dash and not SAID_AFTER.search(unit.text):
                unit.kind = TURN
        return units
    name = names.pop()
    # A named interviewee's answer goes on in plain paragraphs in the first person, up to
    # the next question («Ein del av tida underviser eg også …»).
    said = [
        j
        for i, after in zip(answers, [*answers[1:], 0], strict=True)
        for j in range(i, after - 1 if named and after else i + 1)
        if j == i or (units[j].kind == PARAGRAPH and _own_words(units[j].text))
    ]
    for j in said:
        answer = units[j]
        own = SAID_AFTER.search(answer.text) or SAID_BY_NAME.search(answer.text)
        if not own and not _question(answer.text):
            answer.kind = TURN
            speaker = name if named else _answerer(units, j, name)
            if speaker:
                text = answer.text[2:] if answer.text.startswith(_ANSWER) else answer.text
                answer.text = f"{speaker}: – {text.lstrip()}"
    return units


def _said_by_role(units: list[Unit], answers: list[int], role: str) -> list[Unit]:
    """Each answer said by the post the title names («Leiaren i Senterungdommen om glede og
    skuffelsar i 2017 …»): «– Politisk så er …, seier leiaren i Senterungdommen.»"""
    says = "seier" if detect_language(" ".join(units[i].text for i in answers)) == "nn" else "sier"
    for i in answers:
        answer = units[i]
        if not SAID_AFTER.search(answer.text) and answer.text[-1:] in ".!":
            answer.kind = PARAGRAPH
            answer.text = f"{answer.text[:-1]}, {says} {role[:1].lower()}{role[1:]}."
    return units


# A post the title says the interview is with, then what about: «Leiaren i Senterungdommen om …»
_ROLE_ABOUT = re.compile(
    r"((?:[A-ZÆØÅ][a-zæøå]+(?:en|a))(?: (?:i|for|av|på) [A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)?)?) om "
)


def _answerer(units: list[Unit], j: int, name: str) -> str | None:
    """Who answers `j`: the last speaker the story names before it, the intro's person or one
    named in full above («…, sier Hestø.» / «– Står huset til å redde?» / «– Det blir nok
    totalskadd.»: Hege Hestø's answer); None when the story does not say who he is."""
    for unit in reversed(units[:j]):
        said = [m.end() - 1 for m in SAID_AFTER.finditer(unit.text)]
        if said:
            after = unit.text[said[-1] :].split()[:4]
            names = [w.strip(".,:;!?»”") for w in after if w[:1].isupper()]
            if not names or set(name.split()).intersection(names):
                return name
            full = [p for u in units[:j] for p in _people(u.text) if p.split()[-1] in names]
            return full[-1] if full else None
    return name


def _people(text: str) -> list[str]:
    """The full names a text gives, but its writer's («…, writes Kathy McCabe», «Av Kari
    Ås»): who asks the questions, not who answers them. (An institution's name is nobody's:
    «Det Norske Teateret», «The Royal Ballet».)"""
    found = [
        m.group()
        for m in _FULL_NAME.finditer(text)
        if not _WRITER.search(text, max(0, m.start() - 20), m.start())
        and not m.group().startswith(_INSTITUTION)
    ]
    opening = _NAME_OPENS.match(text)  # «Kari Holm er på turné …»: the intro's subject
    if opening and opening.group().split()[0].lower() not in _SMALL_WORDS:
        found.insert(0, opening.group())
    return found


_NAME_OPENS = re.compile(
    r"[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+){1,2}(?= (?:er|var|har|hadde|blir|ble|vart|vert|"
    r"is|was|has|had)\b)"
)
_SMALL_WORDS = stopwords("nb") | stopwords("nn") | stopwords("en")


_INSTITUTION = ("Det ", "Den ", "De ", "Dei ", "The ")


_WRITER = re.compile(r"\b(?:writes|wrote|skriver|skriv|skreiv|[Bb]y|[Aa]v|interviewed by)\s$")


# The interviewee's own voice in an answer: «I», «my», «jeg», «eg», «meg» (not «we»: an
# explainer's writer says «we» too, «So we have to wait …»).
_FIRST_PERSON = re.compile(r"\bI\b|\b(?:[Mm]y|me|[Jj]eg|[Ee]g|meg)\b")


def _own_words(text: str) -> bool:
    """A plain paragraph in the first person: no quote of anyone else's."""
    return not text.startswith(("–", "—", "-", "«", '"', "“")) and bool(_FIRST_PERSON.search(text))


def _plain_answers(units: list[Unit]) -> list[int]:
    """An interview typed without dashes: questions alone on their lines, each answered
    by a paragraph in the first person («What are your expectations?» «I'm expecting a
    fun season …»). (An explainer's questions are answered in the third person.)"""
    answers = [
        i + 1
        for i, (unit, following) in enumerate(pairwise(units))
        if unit.kind == PARAGRAPH
        and unit.text.rstrip().endswith("?")
        and _question(unit.text)
        and following.kind == PARAGRAPH
        and "?" not in following.text[-3:]
        and not following.text.startswith(("«", '"', "“"))  # a story's quote under a crosshead
    ]
    voiced = [i for i in answers if _FIRST_PERSON.search(units[i].text)]
    if len(answers) < _MIN_ANSWERS or 2 * len(voiced) < len(answers):
        return []
    for i in answers:  # the interviewee's words, as a dash gives them («A: » goes)
        units[i].text = f"– {units[i].text.removeprefix('A: ')}"
    return answers


# An interviewer's prompt that does not ask: «– Fortel litt om jobben din.», «Tell us
# about the book.»
_PROMPT = re.compile(r"^(?:[–—-] )?(?:Fortell?|Beskriv|Tell (?:us|me)|Describe)\b")


def _question(text: str) -> bool:
    """«Hva sier foreldrene?», «– Hva gjør du i sommer?», a reader's «Hvordan skal dere …?
    Jeg føler at …», «– Fortel litt om jobben din.»: a short paragraph that asks."""
    return ("?" in text or _PROMPT.match(text) is not None) and text.count(" ") < _QUESTION_WORDS

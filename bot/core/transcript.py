"""A broadcast transcript's turns: «MORROW: The payments …» → «Dale Morrow: The payments …».

A radio or TV transcript marks each turn with its speaker in capitals, often with a
role: «ANNA LIND, HOST:», «Mr. JIMI IZRAEL (Writer):», «MCEVERS:». Read as a page, such a
label looks like a caption's or a kicker's («ESKORTE: Forsvarssjefen …») and would go,
and the words would lose their speaker. In a text with turns of at least two speakers
whose names the text also writes (or gives in full in a label), every label becomes the
speaker's name as a reader writes it: the full name where the transcript has it. A turn
is the speaker's words, never a heading or furniture (bot.core.structure, sections);
the interviewer's («Q …», a host's question) is a question: context, never a bullet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from bot.core.model import PARAGRAPH, QUESTION, TURN
from bot.core.structure import Unit

# «MORROW:», «ANNA LIND, HOST:», «Mr. JIMI IZRAEL (Writer):», «C. VIVIAN STRINGER (…):»;
# the name in capitals is its group.
_CAPITAL = "A-ZÀ-ÖØ-Þ"  # ORDOÑEZ, ÅSE, MÜLLER
_LABEL = (
    r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?"
    rf"([{_CAPITAL}][{_CAPITAL}'’.-]+(?:\s+[{_CAPITAL}][{_CAPITAL}'’.-]*){{0,3}}(?: #\d+)?)"
    rf"(?:\s*\([^()]{{1,120}}\))?(?:,\s*([{_CAPITAL}][{_CAPITAL} ]{{1,30}}))?:"
)
# The reporter's role: a report's words are its narration, no one's quote. A reporter is
# also named by the host («From North Country Public Radio, Brian Mann reports.») or in the
# sign-off («For NPR News, I'm Brian Mann.»).
_REPORTER = re.compile(r"^(?:BYLINE|REPORTER|CORRESPONDENT|Byline|Reporter)$")
_FULL_NAME = r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})"
_REPORTS = re.compile(rf"\b{_FULL_NAME} reports\.|\bFor [A-Z][\w ]{{1,40}}, I'm {_FULL_NAME}\.")
# A speaker the transcript does not name: «UNIDENTIFIED PERSON #1:», «CROWD:».
_UNNAMED = re.compile(r"^(?:UNIDENTIFIED|UNKNOWN|CROWD|GROUP|MAN|WOMAN)\b")
_TURN = re.compile(rf"^{_LABEL}\s+(?=\S)")
# The interviewer's turn in a wire transcript: «Q It's good to see you.», «Q: Do you …?»
_QUESTION_TURN = re.compile(r"^Q(?::\s*|\s+)(?=[A-Z])")
_MIN_TURNS = 3
# A host's sign-on, a turn of its own: «This is Morning Report. I'm Anna Lind.»
_SIGN_ON = re.compile(  # (and its sign-off: «That's NPR's Joel Rose. Thank you, Joel.»)
    r"^(?:(?:(?:And|Hey|Hi|Hello|Good (?:morning|evening)),?\s+)?"
    r"(?:[Tt]his is|I'm|I am|It's|That's|That was)\s+[A-ZÀ-ÖØ-Þ][^.!?]{0,80}[.!]\s*"
    r"|(?:From [A-Z][^.!?]{1,60}, )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} reports\.\s*"
    r"|For [A-Z][\w ]{1,40}, I'm [A-Z][^.!?]{1,40}\.(?:\s*Transcript provided by [^.]{1,40}\.?)?"
    r"(?:,? Copyright [^.]{1,30}\.)?\s*"
    r"|(?:Thank you|Thanks)(?: (?:so|very) much)?(?:,? [A-ZÀ-ÖØ-Þ][\w.]*(?: [A-Z][\w.]*)?)?"
    r"[.!]\s*)+$"
)


def name_speakers(given: list[Unit]) -> list[Unit]:
    """Give a transcript's turns their speakers' names; any other text is left as it is."""
    units = _split_turns(given)
    turns = {i: m for i, unit in enumerate(units) if (m := _TURN.match(unit.text))}
    asked = [i for i, unit in enumerate(units) if _QUESTION_TURN.match(unit.text)]
    if len(turns) + len(asked) < _MIN_TURNS:
        return given  # no transcript: its paragraphs as they were
    text = "\n".join(unit.text for unit in units)
    label_of = {i: " ".join(m.group(1).split()) for i, m in turns.items()}  # «ANNA LIND»
    # (a turn given twice word for word is a caption and its copy: «TRAVELT: …» is no one's)
    labels = Counter(label for label, _ in {(label_of[i], units[i].text) for i in turns})
    names = {label: _name(label, labels, text) for label in labels}
    speaker_of = {i: names[label] for i, label in label_of.items()}
    # A transcript: two speakers the text names, one of them with more than one turn.
    turns_of = Counter[str]()
    for label, n in labels.items():
        if names[label]:
            turns_of[names[label]] += n
    if len(turns_of) + (len(asked) >= 2) < 2 or max(turns_of.values(), default=0) < 2:
        return given
    for unit in units:
        if "(ph)" in unit.text:  # «Tony Arquette(ph)»: the transcriber unsure of a spelling
            unit.text = unit.text.replace("(ph)", "")
    for i in asked:  # the interviewer's: context for the answer, never a bullet
        unit = units[i]
        unit.text, unit.kind = _QUESTION_TURN.sub("", unit.text, count=1), QUESTION
        unit.spoken = True
    interviewer = _interviewer(units, turns, speaker_of)
    reporters = {speaker_of[i] for i, m in turns.items() if _REPORTER.match(m.group(2) or "")}
    reporters |= {name for found in _REPORTS.finditer(text) for name in found.groups() if name}
    signed_on: set[int] = set()
    narrated: set[int] = set()
    for i, match in turns.items():
        name = speaker_of[i]
        if name and name in reporters:
            # «JOEL ROSE, BYLINE: The city opened …»: the story as the reporter tells it
            units[i].text = units[i].text[match.end() :]
            narrated.add(id(units[i]))
        elif not name and _UNNAMED.match(label_of[i]):
            # «UNIDENTIFIED PERSON #4: Mr. President, …»: words without a speaker to name
            units[i].text, units[i].kind = units[i].text[match.end() :], TURN
            units[i].spoken = True
        elif name:
            unit, words = units[i], units[i].text[match.end() :]
            if _SIGN_ON.match(words):
                signed_on.add(i)
            unit.text = f"{name}: {words}"
            # A host's question, and whatever the interviewer says, is the asking side.
            asks = name == interviewer or words.rstrip().endswith("?")
            unit.kind = QUESTION if asks else TURN
            unit.spoken = True
    kept = [unit for i, unit in enumerate(units) if i not in signed_on]
    # A paragraph with no label goes on with the turn before it («And here's why. …»):
    # the same speaker's words, and without the name in front no bullet.
    speaking = ""
    for unit in kept:
        if unit.kind in (TURN, QUESTION):
            speaking = unit.kind
        elif unit.kind == PARAGRAPH and speaking and id(unit) not in narrated:
            unit.kind = speaking
        else:
            speaking = ""
    return kept


# A turn run on after another in one paragraph (a page that lost its breaks):
# «… you faced?    CONDOLEEZZA RICE: Well the single …».
_NEXT_TURN = re.compile(rf"(?<=[.!?…\"”’»)])\s+(?={_LABEL}\s)")


def _split_turns(units: list[Unit]) -> list[Unit]:
    """A paragraph that opens on a turn and has more turns in it: a unit a turn."""
    result: list[Unit] = []
    for unit in units:
        if unit.kind == PARAGRAPH and _TURN.match(unit.text) and ":" in unit.text[40:]:
            starts = [0, *(m.end() for m in _NEXT_TURN.finditer(unit.text)), len(unit.text)]
            pieces = [unit.text[a:b].strip() for a, b in pairwise(starts)]
            result.extend(replace(unit, text=piece) for piece in pieces if piece)
        else:
            result.append(unit)
    return result


def _interviewer(
    units: list[Unit], turns: dict[int, re.Match[str]], speaker_of: dict[int, str]
) -> str:
    """The speaker who asks: at least two questions, and questions in half their turns or
    more («George Stephanopoulos: I am so struck by …» is the interviewer's too)."""
    asked, spoke = Counter[str](), Counter[str]()
    for i, match in turns.items():
        name = speaker_of[i]
        spoke[name] += 1
        asked[name] += "?" in units[i].text[match.end() :]
    found = [name for name, n in asked.most_common(1) if name and n >= 2 and 2 * n >= spoke[name]]
    return found[0] if found else ""


def _name(label: str, labels: Counter[str], text: str) -> str:
    """The label's name as the text writes it; a label given to two turns or more is a
    speaker's even where the text never writes it otherwise (a page that starts after the
    host's introduction): «SELYUKH» → «Selyukh». «UNIDENTIFIED PERSON #1» names nobody."""
    if _UNNAMED.match(label):
        return ""
    written = _written_name(label, labels, text)
    if written or labels[label] < 2 or "#" in label:
        return written
    return " ".join(word.capitalize() for word in label.split())


def _written_name(label: str, labels: Counter[str], text: str) -> str:
    """The label's name as the text writes it («MCEVERS» → «Kelly McEvers»), "" if the
    text never writes it: a caption's kicker («JUBEL») is no one's name."""
    words = label.split()
    if len(words) == 1:
        # The full name from a longer label («DALE MORROW») or from the prose before it.
        longer = [other for other in labels if other.endswith(" " + label)]
        if longer:
            return _written_name(longer[0], labels, text)
        surname = _written(label, text)
        if not surname:
            return ""
        full = re.search(rf"\b([A-ZÆØÅ][a-zæøå]+) {re.escape(surname)}\b", text)
        return f"{full.group(1)} {surname}" if full else surname
    written = [_written(word, text) for word in words]
    if not written[-1]:
        return ""  # «KJEMPER FOR NYNORSKEN»: a kicker; a name's last word is written
    return " ".join(w or word.capitalize() for w, word in zip(written, words, strict=True))


def _written(word: str, text: str) -> str:
    """The word as the text writes it in mixed case: «Morrow», «McEvers» («» if never)."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        form = found.group()
        if not form.isupper() and form[0].isupper():
            return form
    return ""

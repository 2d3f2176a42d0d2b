"""A live entry's stamp (its time, in minutes after midnight, and a police log's place), and
a sport page's score lines."""

from __future__ import annotations

import re

_STAMP_TIME = re.compile(r"(\d{1,2})[:.]?(\d{2})\b")  # («0446» too)
_TWELVE_HOUR = re.compile(r"\d\s*[ap]\.?m\b", re.IGNORECASE)  # «11:00 p.m.»
# «Narvik: 10.21: Hittet båt …»: a police log's place before its time.
_ENTRY_PLACE = re.compile(r"^([A-ZÆØÅ][\w-]+(?:[ /][A-ZÆØÅ][\w-]+)?):\s+(?:kl\.?\s*)?\d")


def minutes(stamp: str) -> int:
    """The stamp's time in minutes after midnight; -1 without one."""
    match = _STAMP_TIME.search(stamp)
    if not match:
        return -1
    hour, minute = int(match.group(1)), int(match.group(2))
    if _TWELVE_HOUR.search(stamp):  # «11:00 p.m.»: 23:00, «12:05 a.m.»: 00:05
        hour = hour % 12 + (12 if "p" in stamp[match.end() :].lower() else 0)
    return hour * 60 + minute


def entry_place(stamp: str) -> str:
    """What of the stamp the entry keeps: a police log's place («Narvik: »), where the reader
    asks where it happened; a time alone goes."""
    place = _ENTRY_PLACE.match(stamp)
    return place.group(1) + ": " if place else ""


# A time zone after a stamp: «12:54 PM EDT», «04:22 PM IST».
TIME_ZONES = (
    "EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|KST|HKT|SGT|MSK|"
    "SAST|WAT|EAT|CAT|AEST|AEDT|ACST|AWST|NZT|NZST|NZDT"
)

# A live-blog stamp in front of its entry: «16:48: …», «Kl. 16.48 …», «08:46 GMT …».
LIVE_STAMP = re.compile(
    r"^(?:(?:kl\.?\s*)(\d{1,2})[:.](\d{2})|(\d{1,2}):(\d{2})"
    r"|(\d{1,2})[.:](\d{2})(?=\s*(?:[ap]\.?m\.?)?\s*[:–—-]))"  # («4.05pm: …»)
    # (possessive: «4:55 p.m.» alone is a stamp, not one over «p.m.»; «0:00 0:00»: a player)
    r"(?:\s*[ap]\.?m\.?)?+(?:\s*(?:GMT|BST|UTC|CET|CEST|EDT|EST|ET))?+\s*[:–—-]?\s+"
    r"(?=\S)(?!\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*$)",  # («5:00 am 9:00 am»: a show's hours)
    re.IGNORECASE,
)

# A match's minute in front of a live page's entry, and its share button: «20′ DEL Nord-Irland
# får nok et frispark.», «45+2' Haaland scores», «14 ′ Magennis drar seg innover».
MATCH_MINUTE = re.compile(r"^\d{1,3}(?:\+\d{1,2})? ?[′'’] ?(?:(?:DEL|Del|Share|SHARE)\b ?)?(?=\S)")

# A police log's or a live page's entry stamped with its place or as an update:
# «Setermoen: 07.30: Et militært kjøretøy …», «Saltfjellet: 0446: …», «Update 9:40 p.m.
# EST Nov. 14: …», «Oppdatert kl. 12.10: …».
ENTRY_STAMP = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]+(?:[ /][A-ZÆØÅ][\w-]+)?:\s+(?:kl\.?\s*)?\d{1,2}[.:]?\d{2}\s*:"
    r"|(?:UPDATE|Update|Updated|Oppdatert|Oppdatering|Siste)\b[^:\n]{0,40}?\d{1,2}[:.]\d{2}"
    r"[^:\n]{0,30}:)\s+(?=\S)"
)

TEAM_SCORE = re.compile(r"[A-ZÆØÅ][\w.'’ -]{1,30} \d{1,2}[-–]\d{1,3}$")  # a team's line
# A match and its score: «Strømsgodset-Rosenborg 3-3», «West Ham 3-1 Watford: … as it happened».
SCORE_LINE = re.compile(
    r"[A-ZÆØÅ][\w.'’ ]{1,30}[-–][A-ZÆØÅ][\w.'’ ]{1,30} \d{1,3}[-–]\d{1,3}$"
    r"|[A-ZÆØÅ][\w.'’ -]{1,40}? \d{1,3}[-–]\d{1,3} [A-ZÆØÅ][\w.'’ -]{1,40}(?:: .{0,100})?$"
)
# A row of a results table: «Strømsgodset - Brann 3–0», «Swansea 1 - 0 Burnley», «Molde –
# Haugesund 3-1 (2-1)».
SCORE_ROW = re.compile(
    r"[A-ZÆØÅ][\w.'’/ –-]{1,40}?:? \d{1,3} ?[-–] ?\d{1,3}(?: [A-ZÆØÅ][\w.'’/ -]{1,40})?"
    r"(?: \(\d{1,2}[-–]\d{1,2}\))?$"
)


# A page's stamp run onto the end of a line: «… in referendumpublished at 03:56 GMT 7 …»,
# «High winds take down trees … storms Published 7:31 pm Monday, March 27, 2023».
_GLUED_STAMP = re.compile(r"(?<=[a-z'’\"”!?])published at \d{1,2}:\d{2}\b.{0,60}$")
_STAMP_WORDS = ("Published", "pdated", "Posted", "Publisert", "ppdatert")
_STAMP_AFTER = re.compile(
    r"(?<=[\w.!?»”])\s+(?:Published|Updated|Posted|Publisert|Oppdatert|Last updated|Sist oppdatert)"
    r"(?: on| at)?:?\s+[\w ,.:]{0,40}?(?:\d{4}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)"
    r"(?:\s?[A-Z]{3,4})?\s*$"
)


def without_stamp_after(text: str) -> str:
    """The text without a stamp after it, nor a summary box's note that a machine wrote it
    («… Oppsummeringen er laget av en KI-tjeneste fra OpenAI.»)."""
    tail, end = text[-90:], text[-200:]
    # (the note's opening word looked for first: the pattern runs on a summary's paragraph only)
    machine = ("KI" in end or "AI" in end) and any(map(text.__contains__, _MACHINE_NOTE_WORDS))
    if machine and (note := _MACHINE_NOTE.search(text)):
        return text[: note.start()]
    if "published at" in tail:
        return _GLUED_STAMP.sub("", text)
    if any(map(tail.__contains__, _STAMP_WORDS)):
        return _STAMP_AFTER.sub("", text)
    return text


# A summary box's note that a machine wrote it, after its last point.
_MACHINE_NOTE_WORDS = (
    "Oppsummeringen",
    "Oppsummeringa",
    "Sammendraget",
    "Samandraget",
    "This summary",
)
_MACHINE_NOTE = re.compile(
    rf"(?<=[.!?])\s+(?:{'|'.join(_MACHINE_NOTE_WORDS)}) (?:er|is|was) "
    r"(?:laget|lagd|laga|generated|created|written) (?:av|by|with|using) [^.]{0,30}\b(?:KI|AI)\b"
    r"[^.]*\.(?:\s+(?:Innholdet|Innhaldet|It) (?:er|is|was|has been) [^.]{0,80}\.?)?\s*$"
)

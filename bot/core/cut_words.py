"""Where a cut may not fall, and what a cut keeps: the patterns bot.core.compress reads."""

from __future__ import annotations

import re

from bot.core.clauses import MainClauses

# An adjective's ending in front of a noun: a series of them («the outspoken, enigmatic
# Winston Churchill», «ein stor, tung og dyr båt») is one phrase, no place for a cut.
ADJECTIVE_NEXT = re.compile(
    r"[a-zæøå][\w-]*(?:ic|ive|ous|ful|less|al|ible|able|ant|ent|ish|ig|lig|isk|som|bar)"
    r"(?: and| og)? [\w-]+"
)
DETERMINER_WORD = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|en|ei|et|ein|eit|den|det|dei|de|sin|sitt|sine)"
    r" [a-zæøå][\w-]*$"
)
NAMES_EITHER_SIDE = re.compile(r"[A-ZÆØÅ][\w'’-]*\s*$")  # a name closing the head
NAME_NEXT = re.compile(r"\s*(?:and|og|&)?\s*(?:the |The )?[A-ZÆØÅ]")  # and one opening the rest
# A sentence that closes on whose account it is keeps it when cut: «…, the court was told».
REPORTED = re.compile(
    r",\s+(?:(?:the|a) (?:court|jury|inquest|tribunal|hearing) (?:was told|were told|heard)|"
    r"(?:retten|tingretten|lagmannsretten|juryen) (?:fikk høre|fekk høyre)|"
    r"(?:according to|ifølge|ifølgje) [^,.]{2,60})(?=[.!]?$)"
)
# «ikke bare …, men …», «not just … but …»: the pair must not lose its second half.
NOT_ONLY = re.compile(
    r"\b(?:not (?:just|only|merely|simply)|ikke (?:bare|berre|kun)|ikkje (?:berre|bare))\b",
    re.IGNORECASE,
)
BUT = re.compile(r"\b(?:but|men)\b", re.IGNORECASE)
# (Not before «og», «men», «and»: «Lee, som ble fengslet i mars, og i juni dømt til ...»
# goes on with the clause, and without it the sentence falls apart.)
INSERTION = re.compile(
    r",\s+(?:som|der|hvor|kor|who|which|where|blant annet|bl\.a\.|ifølge|ifølgje|"
    # (not before «while»: «its thread, which was an affair, while I …» says it no more)
    r"according to)\s[^,;:–—]*,(?=\s)(?!\s+(?:og|eller|samt|men|mens|medan|and|or|but|while|"
    # (nor a date's comma: «…, who was killed on Dec. 15, 1995, in Harrisburg»)
    r"whereas)\s|\s+\d)"
)


LIST_JOINS = ("and ", "og ", "or ", "eller ")


def bare_phrase(head: str, checker: MainClauses) -> bool:
    """Whether the head ends on a few words after a comma with no verb: the first of the
    subjects the conjunction joins («…, the public | and journalists were prevented»)."""
    comma = head.rfind(", ")
    last = head[comma + 2 :].split() if comma >= 0 else []
    return 0 < len(last) <= 3 and not any(checker.is_finite(w.strip(",.«»").lower()) for w in last)


def clause_follows(rest: str, checker: MainClauses) -> bool:
    """Whether «og» opens a clause of its own: a subject, then its verb (og bøndene må)."""
    words = rest.split()[1:4]  # after the conjunction
    return len(words) >= 2 and any(checker.is_finite(w.strip(",.«»").lower()) for w in words[1:3])

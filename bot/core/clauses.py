"""Whether a text has a main clause: a finite verb outside its subordinate clauses.

bot.core.verbs says which words can be finite verbs; this module reads where a sentence's
subordinate clauses run, and where a verb or noun form is the verb («Ambulansen rykket ut»)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import chain
from typing import Protocol

from bot.core.clause_tokens import FACTS, token_list
from bot.core.clause_words import (
    ADVERB_FIRST,
    AS_OPENS_AFTER,
    AUXILIARIES,
    AUXILIARIES_EN,
    CLAUSE_ADVERBS,
    COMPASS,
    CONJUNCTIONS_EN,
    DEFINITE_ENDINGS,
    DETERMINERS,
    FRONTED_ADVERBS_EN,
    FRONTED_AFTER_BUT,
    NAME_FIRST,
    NEVER_NOUNS,
    NEW_CLAUSE,
    PASSIVE_EN,
    PLACE_DECIDES,
    PREPOSITIONS_EN,
    PRONOUN_SUBJECTS,
    REDUCED,
    RELATIVE_OPENERS,
    RELATIVES,
    SO_ADVERB,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    WHETHER,
    no_verb_second,
    object_clause,
    phrase_alone,
    plural_in_s,
    relative_som,
)
from bot.core.lexicon import Lexicon
from bot.core.text import TokenMemo
from bot.core.verbs import LANGUAGES as LANGUAGES
from bot.core.verbs import NEVER_VERBS, PREPOSITIONS_NO, VerbForms


class MainClauses(Protocol):
    """What the summariser asks: whether a text has a main clause (in which language)."""

    language: str

    def has_main_clause(self, text: str) -> bool: ...
    def is_finite(self, word: str) -> bool: ...
    def ends_in_open_clause(self, text: str) -> bool: ...


_AND, _ARTICLES_NO, _WHEN = ("og", "eller"), ("ein", "ei", "eit", "en", "et"), ("da", "då")
_JOINED = frozenset(("og", "eller", "and", "or"))
_NOUN_FIRST = frozenset(("the", "a", "an", "his", "her", "their", "its"))  # «after the fire was»


class ClauseChecker(VerbForms):
    """Find finite verbs and main clauses in the texts of one language."""

    def __init__(self, language: str, lex: Lexicon | None = None) -> None:
        super().__init__(language, lex)
        self.subordinators = frozenset(SUBORDINATORS[self.language].split())
        self._known = TokenMemo(self.lexicon.known)  # (per word, across articles)
        self._placed = TokenMemo(self._place_matters)  # (whether its place decides it)
        # «Oslo Børs skriver …»: a noun of its own in -s (børs, status), no genitive
        self._noun_in_s = TokenMemo(lambda w: (self.lexicon.form_lemma(w) or " ").startswith(w))

    def _subject_before(self, previous: str, capital: bool) -> bool:
        """Whether the word before could end a subject: a pronoun, a name, a definite noun."""
        if not previous or not previous[0].isalpha():
            return previous == ")"  # (its aside closed: «Fyllingsgrada i NO5 (Vestlandet) enda»)
        if previous in SUBJECT_PRONOUNS or capital:
            return True
        if len(previous) < 4 or previous in NEVER_VERBS or previous in CLAUSE_ADVERBS:
            return False
        return previous.endswith(DEFINITE_ENDINGS) and not self.is_finite(previous)

    def _two_subjects(self, first: str, second: str, opening: bool) -> bool:
        """«Politiet og ambulanse», «Brann og politi» (a sentence's first noun), «og», a noun."""
        lower = first.lower()
        subject = self._subject_before(lower, first[:1].isupper() and not self._known[lower])
        subject = subject or (opening and lower not in NEVER_VERBS and not self.is_finite(lower))
        return subject and second.isalpha() and len(second) >= 4 and not self.is_finite(second)

    def _subject_after(self, following: list[str]) -> bool:
        """Whether the word after could be an inverted subject: a pronoun, a definite noun."""
        if not following:
            return False
        word = following[0]
        if word[:1].isupper() or word.lower() in SUBJECT_PRONOUNS or word in _ARTICLES_NO:
            return True  # («… kollapsa ei stikkrenne»: a noun with its article; «… sende NVE»)
        return (
            len(word) >= 5
            and word.islower()
            and word.endswith(DEFINITE_ENDINGS)
            and not self.is_finite(word)
            and not self.may_be_finite(word)
        )

    def has_main_clause(self, text: str) -> bool:
        """Whether the text has a finite verb outside its subordinate clauses."""
        if len(self._known) > 100_000 or len(self._placed) > 100_000:
            self._known.clear()
            self._placed.clear()
            self._noun_in_s.clear()
        if phrase_alone(text, self.language, self._has_main_clause, self.is_finite):
            return False  # «Having not prepared a defence statement.»: a phrase, no clause
        if self.language == "en" and (name := NAME_FIRST.match(text)):
            text = text[name.end() - 1 :]  # «San Francisco, The Warfield (11).»: a name's
        return self._has_main_clause(text)

    def _has_main_clause(self, text: str) -> bool:
        inside = relative = closed = False  # in a (relative) clause, or one just closed by «,»
        verbs_inside, unclosed = 0, False  # («Hvis du er ny kan du …»: a second verb opens it)
        previous = before = ""  # the two words before this one
        first = True
        genitive = False  # the token before was a name's genitive: «Høyres»
        capital = False  # the token before was capitalised: a name or the first word
        phrase = False  # in a phrase that opens a clause: «, largely from steep food prices»
        opened = 0  # words since the last punctuation
        participle = -1  # where «when asked», «while chatting» have their participle
        if len(FACTS) > 100_000:
            FACTS.clear()
        stream = chain.from_iterable(map(FACTS.__getitem__, text.split()))  # (read lazily)
        listed: list[list[str]] = []

        def around() -> list[str]:
            if not listed:
                listed.append(token_list(text))
            return listed[0]

        verdicts, finite = self._verdicts, self.is_finite  # most words are decided already
        english = self.language == "en"  # spares a call a word in other languages
        subordinators, ambiguous = self.subordinators, self.may_be_finite
        known, placed = self._known, self._placed
        for i, (lower, alpha, upper, capital_s) in enumerate(stream):
            if not alpha:  # a mark (its lower case is itself)
                closed = inside and relative and lower == ","  # «Ruud, som speler …, vann»
                inside = phrase = relative = False
                verbs_inside = opened = 0
                previous, before = lower, ""
                genitive = False
                capital = False
                continue
            opened += 1
            if (previous in DETERMINERS and not (capital and previous == "s")) or (  # («U.S.»)
                genitive
                and not first
                and lower not in self.finite_words
                and lower not in NEVER_NOUNS
                and not (self.verb_not_noun(lower) or ambiguous(lower))  # «Ekornes sendte ut»
            ):
                # «Rødts leder», «en leder», «partiets leder»: a noun after its determiner.
                genitive, capital, first = capital_s, False, False
                previous, before = lower, previous
                continue
            # (an English «s» ends a plural: «Officials warn»; its genitive is «’s»)
            named, genitive = genitive, capital_s and not english and not self._noun_in_s[lower]
            if upper and not first and previous not in NEW_CLAUSE:
                # A capital inside a sentence is a name, never a verb («Landssamanslutninga»)
                previous, before = lower, previous
                capital = not genitive
                continue
            verdict = verdicts.get(lower)
            verdict = (finite(lower) if verdict is None else verdict) and i != participle
            verdict = verdict and (english or not no_verb_second(text, i, previous, lower))
            if verdict and placed[lower] and not closed:  # (after «Ruud, som …,»: its verb)
                verdict = not self._not_verb_here(
                    lower, previous, i, around, before, capital, phrase=phrase
                )
            closed = False
            if (
                verdict
                and english
                and (first or (i == 1 and previous in FRONTED_ADVERBS_EN and lower[-2:] == "ed"))
                and (lower[-2:] == "ed" or (lower[-1] == "s" and lower not in self.finite_words))
            ):
                verdict = False  # «Passengers travelling …», «Sometimes described as …»
            opening = english and opened <= 2 and lower in PREPOSITIONS_EN
            phrase = (phrase or opening) and lower not in SUBJECT_PRONOUNS
            subordinator = lower in subordinators and (first or not upper)  # («Der Spiegel»)
            subordinator = subordinator or (not english and object_clause(before, previous, lower))
            subordinator = subordinator or (phrase and lower == "that")  # «In a move that …,»
            if english and lower in ("as", "once") and (first or previous in AS_OPENS_AFTER):
                # «As the US awaits …,», «…, as Tory sat …», «Once the budget lands …»: a clause
                following = around()[i + 1 : i + 3]  # («…, as nurses left»: a plural, its verb)
                subject = (following or ["a"])[0]
                plural = len(following) == 2 and subject[-1] == "s" and finite(following[1].lower())
                subordinator = subject == "the" or subject.lower() in SUBJECT_PRONOUNS or plural
                subordinator = subordinator or subject[0].isupper()
            if lower in WHETHER and len(following := around()[i + 1 : i + 3]) == 2:
                # «om det bør …», «etter dei fekk …»: clauses; «om morgenen kom han»: no clause
                subject, verb = following
                opens = first or previous == "," or previous.endswith("ing")  # (not «men arrested
                if opens and subject.lower() in _NOUN_FIRST and (then := around()[i + 3 : i + 4]):
                    subject, verb = "it", then[0]  # after the fight were …»: «after the blaze was»
                subordinator = subject.lower() in SUBJECT_PRONOUNS and finite(verb.lower())
                if lower in _WHEN and not subordinator and finite(verb.lower()):  # «Da Per kom»
                    subordinator = self._subject_before(subject.lower(), subject[0].isupper())
            if subordinator and not (first and lower in ADVERB_FIRST):
                inside, relative = True, lower in RELATIVE_OPENERS and previous == ","
                unclosed = previous != ","
                if lower not in RELATIVE_OPENERS:  # «fordi de vil vente … før de tar»: one in one
                    verbs_inside = 0
                    if english and (then := around()[i + 1 : i + 2]) and then[0].endswith(REDUCED):
                        # «while chatting on his phone was jailed»: no verb of its own
                        verbs_inside, unclosed, participle = 1, True, i + 1
            elif inside and verdict:
                # «bør bygges», «varte og endte»: one verb (not a name a verb spells: «i Førde er»)
                cluster = previous in AUXILIARIES_EN if english else finite(previous)
                verbs_inside += 0 if (cluster and not capital) or previous in _JOINED else 1
                if verbs_inside > 1 and unclosed:
                    return True
            elif not inside and (verdict or (english and self._english_base(previous, lower))):
                return True
            elif (
                not inside
                and not first
                and ambiguous(lower)  # rarely true: asked before the word before it
                and self._subject_before(previous, capital or named)
            ):
                return True  # «Brannvesenet rykket ut», «Mattis roste …»: the place decides
            elif (
                not inside
                and opened >= 2
                and ambiguous(lower)
                and self._subject_after(around()[i + 1 : i + 2])
            ):
                return True  # «Klokken 08.31 rykket nødetatene ut»: a time, the verb, its subject
            elif not inside and before in _AND and lower[-2:] == "et" and ambiguous(lower):  # noqa: SIM102
                if i >= 3 and self._two_subjects(around()[i - 3], previous, i == 3):
                    return True  # «Politiet og ambulanse rykket ut»: two subjects, the verb
            previous, before = lower, previous
            # A capital first word is a name only if no dictionary knows it: not «Fleire».
            capital = upper and not genitive and not (first and known[lower])
            first = False
        return False

    def _place_matters(self, word: str) -> bool:
        """False when _not_verb_here is False wherever the word stands."""
        if self.language == "en":
            return True
        if word in PLACE_DECIDES[self.language]:
            return True
        if word in self.finite_words:
            return False
        lemma = self.lexicon.form_lemma(word)  # noun_here needs a noun's lemma
        if lemma is None:
            return False  # (below: Nynorsk «brann», read as «brenna»'s past, a noun too)
        return self.noun_forms(lemma) or self.plural_noun(word) or self.noun_forms(word)

    def _not_verb_here(
        self,
        word: str,
        previous: str,
        i: int,
        around: Callable[[], list[str]],
        before: str,
        capital: bool,
        *,
        phrase: bool,
    ) -> bool:
        """Whether a word that can be a finite verb is none at its place: a noun after a
        number or an adjective («det store løftet», «to hytter»), «så» as «then» («og så
        drapene»), an English plural inside a prepositional phrase («from food prices») or
        a participle after a comma («The minister, elected in 2019»)."""
        # (`word`, `previous` lower-cased; `around()`: the tokens, made when a rule needs them)
        if word in PLACE_DECIDES[self.language]:
            tokens = around()
            following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            adverb = capital or word == "enda" or not self._subject_before(previous, False)
            if following in SO_ADVERB and adverb:  # («enda høgare»: even, after any subject)
                return True  # «i Drangedal så langt»: «so» (but «Han så mange», «Politiet så»)
            return not (self._subject_before(previous, capital) or following in SUBJECT_PRONOUNS)
        if word in PASSIVE_EN and self.language == "en":
            tokens = around()
            # «Three people injured in a crash»: a headline's passive
            if i + 1 == len(tokens) or tokens[i + 1].lower() in PASSIVE_EN[word]:
                return True
        if (phrase or before in _NOUN_FIRST) and self.language == "en" and word.endswith("ed"):
            # «Reading from an affidavit submitted by the DPP, …», «A motion proposed by …»
            tokens = around()
            if i + 1 < len(tokens) and tokens[i + 1].lower() == "by":
                return True
        if word in self.finite_words:
            return False
        if self.language != "en" and self._coordinated_noun(word, around()[i + 1 : i + 4]):
            return True
        if self.language != "en" and i == 0:
            # «Brann i Sykkylven kyrkje 1983.»: a caption's noun before its preposition
            tokens = around()
            if len(tokens) > 1 and tokens[1].lower() in PREPOSITIONS_NO:
                return True
        if self.language == "en":
            # «The minister, elected in 2019», «the recently elected unit» (not «Her mother, …»)
            tokens = around()
            aside = (previous == "," and tokens[:i].count(",") % 2 == 1) or before in DETERMINERS
            participle = (
                word.endswith("ed") and aside and (previous == "," or previous[-2:] == "ly")
            )
            following = tokens[i + 1] if i + 1 < len(tokens) else "."
            # (last in its phrase, or before the names it has: «Royal guests Prince William»)
            last = not following[0].isalpha() or following == "of" or following[0].isupper()
            if participle or (phrase and last and word.endswith("s")):
                return True
        return self.noun_here(word, previous, before)

    def _coordinated_noun(self, word: str, following: list[str]) -> bool:
        """«Sogn brann og redning»: a noun of its own, joined to a noun that is no verb (and
        followed by none: not «Huset brann og folk flykta»), is a noun."""
        if len(following) < 2 or following[0] not in ("og", "eller") or not self.noun_forms(word):
            return False
        other = following[1]
        if not other.isalpha() or not other.islower() or other in SUBJECT_PRONOUNS:
            return False
        if self.is_finite(other) or self.may_be_finite(other):
            return False
        lemma = self.lexicon.form_lemma(other)
        if lemma is None or not (self.noun_forms(lemma) or self.plural_noun(other)):
            return False
        after = following[2].lower() if len(following) > 2 else ""
        return not (after.isalpha() and self.is_finite(after))

    def ends_in_open_clause(self, text: str) -> bool:
        """Whether the text ends inside a subordinate clause still waiting for its verb: a cut
        that leaves «… a message which Hancock, then the health secretary» or «… sa at» stops
        mid-clause. Clauses nest: in «… shows that until it rises» «that» still waits."""
        fronted = FRONTED_AFTER_BUT.search(text) if ", " in text else None
        if fronted and ", " not in text[fronted.end() :]:
            return True  # «…, but because of fires in some tunnels.»: its clause is cut
        waiting = 0  # clauses opened and still waiting for their verbs
        subject = False  # «when ministers …»: the word after «when» is its subject
        tokens = token_list(text)
        for i, token in enumerate(tokens):
            if not token[0].isalpha():
                continue
            lower = token.lower()
            # (English «that» opens a clause here: a cut rather stays whole than ends in one)
            opens = lower in self.subordinators or (lower == "that" and self.language == "en")
            # «… i Oslo da lederen, nestlederen»: «da» before its subject is «when»
            opens = opens or (
                lower in _WHEN
                and i + 1 < len(tokens)
                and tokens[i + 1][0].isalpha()
                and not self.is_finite(tokens[i + 1].lower())
                and tokens[i + 1].lower() not in CLAUSE_ADVERBS
            )
            if i > 0 and token[0].islower() and opens:
                if lower == "som" and not relative_som(tokens[i + 1 : i + 2], self.is_finite):
                    continue  # «i steder som Afghanistan», «som statsminister»: «as»
                waiting, subject = waiting + 1, lower not in RELATIVES
            elif subject:
                subject = False
            elif (
                waiting
                and token[0].islower()
                and tokens[i - 1].lower() not in DETERMINERS  # «how the horned dinosaur …»
                and tokens[i - 1].lower() not in AUXILIARIES  # («if reforms are brought»)
                and self.is_finite(lower)
            ):  # (a name: no verb)
                # «that fiscal policy, touted as …,»: a participle, the clause still waits
                participle = (
                    self.language == "en"
                    and tokens[i - 1] == ","
                    and tokens[:i].count(",") % 2 == 1
                    and lower.endswith("ed")
                )
                waiting -= 0 if participle else 1
        return waiting > 0

    def _english_base(self, previous: str, word: str) -> bool:
        """«They say», «officials warn»: a plain verb after a plural subject is finite."""
        if self.language != "en" or not previous:
            return False
        if previous not in PRONOUN_SUBJECTS["en"] and not plural_in_s(previous):
            return False  # (not «a news conference», «a press conference»: no plural before)
        if word in COMPASS or word in CONJUNCTIONS_EN:
            return False  # «450 miles west of Austin»: a measure and where, no verb
        lemma = self.lexicon.form_lemma(word)
        past = word + ("d" if word.endswith("e") else "ed")  # continued, warned
        # (or an irregular verb's, whose third person the list of finite forms has: loses)
        irregular = word + "s" in self.finite_words
        return lemma == word and (irregular or self.lexicon.form_lemma(past) == word)


@lru_cache(maxsize=8)
def clause_checker(language: str) -> ClauseChecker:
    """Return the shared checker of a language."""
    return ClauseChecker(language)

"""Whether a text has a main clause: a finite verb outside its subordinate clauses.

simplemma has no parts of speech, so a word is a finite verb when it is one of the
closed class (auxiliaries, modals, the common strong verbs) or when the dictionary
shows a verb behind it: in Bokmål a verb lemma has a passive form (`kaste` → `kastes`),
in Nynorsk a present participle (`kaste` → `kastande`), in English a past in -ed.
Participles (`pensjonert`, `gått`, `-ende`) are not finite. Each form is decided once.

A bullet without a main clause is a fragment: «Arne Bård Dalhaug, som er pensjonert
generalløytnant.» has a verb only inside its relative clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain
from typing import Protocol

from bot.core.lexicon import Lexicon, lexicon
from bot.core.text import TokenMemo

_FINITE = {
    "nb": "er var har hadde blir ble vart kan kunne skal skulle vil ville må måtte bør burde "
    "får fikk gjør gjorde sier sa går gikk kommer kom tar tok gir ga gav ser så står sto stod "
    "ba vet visste finnes fantes fins ligger lå sitter satt holder holdt vant vinner tapte taper "
    "mener meinte trenger trengte følger fulgte skjer skjedde betyr betydde heter het legger "
    "la setter satte bor bodde tror trodde dør døde slår slo drar dro synes syns syntes "
    "fins trives lykkes",
    "nn": "er var har hadde blir blei vert vart kan kunne skal skulle vil ville må måtte bør "
    "burde får fekk gjer gjorde seier sa går gjekk kjem kom tek tok gjev gav ser såg står stod "
    "veit visste finst fanst ligg låg sit sat held heldt vann vinn meiner meinte treng trong "
    "skjer skjedde tyder tydde heiter heitte legg la set sette bur budde trur trudde døyr døydde "
    "synest syntest trivst lukkast",
    "en": "is are was were am be has have had will would can could shall should may might "
    "must does do did says said goes went comes came takes took gives gave sees saw stands "
    "stood knows knew finds found lies lay sits sat holds held wins won loses lost means meant "
    "gets got makes made tells told thinks thought leaves left keeps kept brings brought "
    "puts sets runs ran becomes became seems seemed wants wanted needs needed hit cut put let "
    "cost hurt spread shut quit",
}
# Subordinate clauses run from their subordinator to the next comma, dash or stop.
_SUBORDINATORS = {
    "nb": "som der hvor at når hvis dersom fordi mens ettersom inntil idet hva hvem "
    "hvordan hvorfor",
    "nn": "som der kor at når viss dersom fordi medan ettersom inntil kva kven korleis kvifor",
    "en": "who which whom whose where when if because while although though since unless until "
    "what how why",
}
# «Der møtte han ...», «Som leder har hun ...»: first in a sentence, these are adverbs.
_ADVERB_FIRST = frozenset(
    "der som hva hvem hvordan hvorfor kva kven korleis kvifor what how why".split()  # noqa: SIM905
)
# Function words and comparatives whose endings look like a verb's (eller, under, flere).
_NEVER_VERBS = frozenset(
    "eller enn etter under over heller hver hvert alle andre sammen siden sidan senere "  # noqa: SIM905
    "seinare tidligere tidlegare lenger bedre betre større mindre flere fleire eldre yngre "
    "ofte rundt innenfor utenfor ovenfor nedenfor omkring hvor kor der her når mellom "
    "after under over other ever never either neither whether rather".split()
)
# A relative's verb may follow it at once («which sent», «som har»); other clauses
# open with their subject.
_RELATIVES = frozenset(("som", "who", "which", "der", "hvor", "kor"))
_CLAUSE_ADVERBS = frozenset(
    "ikke ikkje også òg aldri bare berre selv sjølv alltid nå no da då allerede".split()  # noqa: SIM905
)
# Words that only stand before a noun (not «det», «den», «de»: subjects too).
_DETERMINERS = frozenset(
    "en ei et ein eit min mi mitt mine din di ditt dine sin si sitt sine hans hennes deres "  # noqa: SIM905
    "dens dets vår vårt våre a an the his its their our my your".split()
)
_NEW_CLAUSE = frozenset((":", "«", "“", '"', "–", "—", "("))
_WHETHER = frozenset(("om", "hvorvidt", "whether"))
_SUBJECT_PRONOUNS = frozenset(
    "det den de dei han hun ho hen vi me jeg eg du dere de man it they we he she".split()  # noqa: SIM905
)
_NOT_FINITE_NO = ("en", "ene", "ane", "ede", "ande", "ende")
# What a subject noun ends in (brannvesenet, politiet, kommunen, regjeringa, dei tilsette).
_DEFINITE_ENDINGS = ("en", "et", "a", "ene", "ane")
_PRONOUN_SUBJECTS = {"en": frozenset("i you we they who".split())}  # noqa: SIM905
_CLAUSE_END = re.compile(r"[,;:–—()«»“”\"]|\.\s")
LANGUAGES = tuple(_FINITE)  # the languages a checker reads
_TOKEN = re.compile(r"[^\W\d_]+|[,;:–—()«»“”\"]")
_TOKENS = TokenMemo(lambda text: tuple(_TOKEN.findall(text)))


def _token_stream(text: str) -> Iterator[str]:
    """_TOKEN.findall(text), lazily, a space-separated token at a time (memoised: they
    recur); a text's main verb is mostly among its first words."""
    if len(_TOKENS) > 100_000:
        _TOKENS.clear()
    return chain.from_iterable(map(_TOKENS.__getitem__, text.split()))


def _tokens(text: str) -> list[str]:
    return list(_token_stream(text))


class MainClauses(Protocol):
    """What the summariser asks: whether a text has a main clause."""

    def has_main_clause(self, text: str) -> bool: ...

    def is_finite(self, word: str) -> bool: ...

    def ends_in_open_clause(self, text: str) -> bool: ...


class ClauseChecker:
    """Find finite verbs and main clauses in the texts of one language."""

    def __init__(self, language: str, lex: Lexicon | None = None) -> None:
        self.language = language if language in _FINITE else "nb"
        self.lexicon = lex or lexicon(self.language)
        self.finite_words = frozenset(_FINITE[self.language].split())
        self.subordinators = frozenset(_SUBORDINATORS[self.language].split())
        self._verdicts: dict[str, bool] = {}  # one verdict a word form, for every article
        self._ambiguous: dict[str, bool] = {}

    def is_finite(self, word: str) -> bool:
        """Whether a lower-cased word can be a finite verb (present or past)."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            if len(self._verdicts) > 100_000:
                self._verdicts.clear()
            verdict = self._verdicts[word] = self._decide(word)
        return verdict

    def _decide(self, word: str) -> bool:
        if word in self.finite_words:
            return True
        if word in _NEVER_VERBS:
            return False
        if len(word) < 3 or word.endswith(("ende", "ande", "ing")):
            return False
        if self.language == "en":
            return self._english(word)
        return self._norwegian(word)

    def may_be_finite(self, word: str) -> bool:
        """Whether a word that is_finite rejects is a finite verb too, but only by its place.

        Bokmål «rykket» is the noun «rykk» and the past of «rykke»; Nynorsk «melde» is the
        infinitive and the past. After a subject («Brannvesenet rykket ut», «Dei melde
        om»), such a word is the verb.
        """
        verdict = self._ambiguous.get(word)
        if verdict is None:
            if len(self._ambiguous) > 100_000:
                self._ambiguous.clear()
            verdict = self._ambiguous[word] = self._decide_ambiguous(word)
        return verdict

    def _decide_ambiguous(self, word: str) -> bool:
        if self.language == "en" or len(word) < 5 or word in _NEVER_VERBS:
            return False
        if self.is_finite(word):
            return False
        known = self.lexicon.known
        if word.endswith("et"):  # rykket: rykk-et the noun, rykk-et the past of rykke
            infinitive = word[:-2] + "e"
            return known(infinitive) and self._is_verb_lemma(infinitive)
        if self.language == "nn" and word.endswith(("de", "te")):
            # melde, sende, smelte: a stem in -d or -t after a consonant takes no new
            # -de or -te in the past; kjenne/kjende and kaste/kasta differ.
            consonant = word[-3] not in "aeiouyæøå" and word[-3] != word[-2]
            return consonant and self.is_infinitive(word)
        return False

    def is_infinitive(self, word: str) -> bool:
        """Whether a word is a verb's own lemma, its infinitive (melde, møte, kaste)."""
        if self.language == "en" or self.lexicon.form_lemma(word) != word:
            return False
        lemma = self.lexicon.form_lemma
        present = lemma(word + "r") == word or lemma(word[:-1] + "ar") == word
        return self._is_verb_lemma(word) or (self.language == "nn" and present)

    def _subject_before(self, previous: str, capital: bool) -> bool:
        """Whether the word before could end a subject: a pronoun, a name, a definite noun."""
        if not previous or not previous[0].isalpha():
            return False
        if previous in _SUBJECT_PRONOUNS or capital:
            return True
        if len(previous) < 4 or previous in _NEVER_VERBS or previous in _CLAUSE_ADVERBS:
            return False
        return previous.endswith(_DEFINITE_ENDINGS) and not self.is_finite(previous)

    def _is_verb_lemma(self, lemma: str) -> bool:
        known = self.lexicon.form_lemma
        if not lemma or lemma[-1] not in "aeiouyæøå":
            return False
        if self.language == "nn":
            stem = lemma[:-1] if lemma[-1] in "ae" else lemma
            return known(stem + "ande") == lemma or known(stem + "ast") == lemma
        # A passive (kastes) or a present participle (kjennende, troende): nouns have neither.
        return lemma in (
            known(lemma + "s"),
            known(lemma[:-1] + "ende"),
            known(lemma + "nde"),
            known(lemma + "ende"),
        )

    def _norwegian(self, word: str) -> bool:
        if word.endswith(_NOT_FINITE_NO):
            return False  # a definite noun or a participle plural: klassen, skjerpede
        lemma = self.lexicon.form_lemma(word)
        if self.language == "nn" and lemma is not None and lemma != word:
            return self._nynorsk(word, lemma)
        if lemma is not None and lemma != word and self._is_verb_lemma(lemma):
            # A participle is no finite verb: pensjoner-t, gå-tt, kjøp-t.
            participle = word == lemma[:-1] + "t" or word == lemma + "tt" or word == lemma + "dd"
            adjective = word == lemma + "e"  # «CO2-frie» is fri's plural, not a verb
            return not (participle or adjective)
        # «kaster» may be filed as a lemma of its own (the noun); its infinitive decides.
        for ending in ("ar", "er", "r"):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                for infinitive in (stem + "e", stem + "a", stem):
                    if self._is_verb_lemma(infinitive) and self.lexicon.known(infinitive):
                        return True
        return False

    def _nynorsk(self, word: str, lemma: str) -> bool:
        """The Nynorsk dictionary is thin: read the ending against the lemma."""
        if lemma[-1:] not in ("e", "a"):
            return False
        stem = lemma[:-1]
        if word in (stem + "ar", stem + "te", stem + "de", stem + "dde", lemma + "dde"):
            return True  # kastar, meinte, budde: no noun inflects so
        if word in (stem + "a", lemma + "r", stem + "er"):
            # påpeika (påpeikar exists) is a verb; jenta, jenter are a noun's.
            return (
                self.lexicon.form_lemma(stem + "ar") == lemma
                or self._is_verb_lemma(lemma)
                or lexicon("nb").form_lemma(lemma + "s") == lemma
            )
        return False

    def _english(self, word: str) -> bool:
        lemma = self.lexicon.form_lemma(word)
        if lemma is None or lemma == word:
            return False
        if word.endswith("ed"):
            return True
        if word.endswith("s"):
            # attacks → attack, whose past is in the dictionary; cats → cat has none.
            return self.lexicon.form_lemma(lemma + "ed") == lemma or (
                lemma.endswith("e") and self.lexicon.form_lemma(lemma + "d") == lemma
            )
        # An irregular past (took, told); not a participle (taken) or a comparative.
        return not word.endswith(("en", "er", "est", "ly"))

    def has_main_clause(self, text: str) -> bool:
        """Whether the text has a finite verb outside its subordinate clauses."""
        return self._has_main_clause(text)

    def _has_main_clause(self, text: str) -> bool:
        inside = False  # within a subordinate clause, till its comma or dash
        # «Hvis du er ny kan du ...», «Alle som røyker vil ...»: without a comma to close
        # the clause, a second verb opens the main clause (not after «, som har ledet»).
        verbs_inside = 0
        unclosed = False
        previous = ""
        first = True
        genitive = False  # the token before was a name's genitive: «Høyres»
        capital = False  # the token before was capitalised: a name or the first word
        tokens = _token_stream(text)
        verdicts, finite = self._verdicts, self.is_finite  # most words are decided already
        english = self.language == "en"  # spares a call a word in other languages
        subordinators, ambiguous = self.subordinators, self.may_be_finite
        for i, token in enumerate(tokens):
            if not token[0].isalpha():
                inside = False
                verbs_inside = 0
                previous = token
                genitive = False
                capital = False
                continue
            lower = token.lower()
            upper = token[0].isupper()
            if previous in _DETERMINERS or (genitive and not first):
                # «Rødts leder», «en leder», «partiets leder»: a noun after its determiner.
                genitive = upper and token.endswith("s") and len(token) > 3
                previous = lower
                capital = False
                first = False
                continue
            genitive = upper and token.endswith("s") and len(token) > 3
            if upper and not first and previous not in _NEW_CLAUSE:
                # A capital inside a sentence is a name, never the verb: «Landssamanslutninga»
                # (after a colon, a quote or a dash a new sentence may start).
                previous = lower
                capital = not genitive
                continue
            verdict = verdicts.get(lower)
            if verdict is None:
                verdict = finite(lower)
            # A capital inside the sentence is a name: «Der Spiegel».
            subordinator = lower in subordinators and (first or not upper)
            if lower in _WHETHER and len(following := _tokens(text)[i + 1 : i + 3]) == 2:
                # «spørsmålet om det bør ...»: «om» before a subject and its verb is «whether»;
                # «om morgenen kom han», «historien om Hannah har» are prepositions.
                subject, verb = following
                subordinator = subject.lower() in _SUBJECT_PRONOUNS and finite(verb.lower())
            if subordinator and not (first and lower in _ADVERB_FIRST):
                inside = True
                unclosed = previous != ","
            elif inside and verdict:
                # «bør bygges», «har ledet»: a verb cluster is one verb
                verbs_inside += 0 if finite(previous) else 1
                if verbs_inside > 1 and unclosed:
                    return True
            elif not inside and (verdict or (english and self._english_base(previous, lower))):
                return True
            elif (
                not inside
                and not first
                and ambiguous(lower)  # rarely true: asked before the word before it
                and self._subject_before(previous, capital)
            ):
                return True  # «Brannvesenet rykket ut», «Politiet melde om»: the place decides
            previous = lower
            capital = upper and not genitive
            first = False
        return False

    def ends_in_open_clause(self, text: str) -> bool:
        """Whether the text ends inside a subordinate clause still waiting for its verb.

        A cut that leaves «… a message which Hancock, then the health secretary» or
        «… sa at» has a main clause but stops mid-clause: it is no sentence.
        """
        waiting = False
        subject = False  # «when ministers …»: the word after «when» is its subject
        tokens = _tokens(text)
        for i, token in enumerate(tokens):
            if not token[0].isalpha():
                continue
            lower = token.lower()
            if i > 0 and token[0].islower() and lower in self.subordinators:
                if lower == "som" and not self._relative_som(tokens[i + 1 : i + 2]):
                    continue  # «i steder som Afghanistan», «som statsminister»: «as»
                waiting, subject = True, lower not in _RELATIVES
            elif subject:
                subject = False
            elif waiting and self.is_finite(lower):
                waiting = False
        return waiting

    def _relative_som(self, following: list[str]) -> bool:
        """«som har», «som han», «som ikke»: «som» opens a clause; «som Afghanistan» is «as»."""
        if not following:
            return True
        word = following[0].lower()
        return word in _SUBJECT_PRONOUNS or word in _CLAUSE_ADVERBS or self.is_finite(word)

    def _english_base(self, previous: str, word: str) -> bool:
        """«They say», «officials warn»: a plain verb after a plural subject is finite."""
        if self.language != "en" or not previous:
            return False
        subjects = _PRONOUN_SUBJECTS["en"]
        if previous not in subjects and not (previous.endswith("s") and len(previous) > 3):
            return False
        lemma = self.lexicon.form_lemma(word)
        return lemma == word and self.lexicon.form_lemma(word + "ed") == word


@lru_cache(maxsize=8)
def clause_checker(language: str) -> ClauseChecker:
    """Return the shared checker of a language."""
    return ClauseChecker(language)

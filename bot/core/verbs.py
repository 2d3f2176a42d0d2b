"""Which words are finite verbs: a word's form, and where a form is both, its place.

simplemma has no parts of speech, so a word is a finite verb when it is one of the closed class
(auxiliaries, modals, the common strong verbs) or when the dictionary shows a verb behind it: in
Bokmål a verb lemma has a passive form (`kaste` → `kastes`), in Nynorsk a present participle
(`kaste` → `kastande`), in English a past in -ed. Participles (`pensjonert`, `gått`, `-ende`)
are not finite. Each form is decided once.

Some forms are a noun's as well: «løftet» (the promise; lifted), «skadar» (damages; the
injuries), «hytter» (cabins). A determiner and an adjective before one («det store løftet»), or
a number («to hytter»), make it the noun (`noun_here`, asked by bot.core.clauses)."""

from __future__ import annotations

from functools import lru_cache

from bot.core.lexicon import Lexicon, lexicon

_FINITE = {
    "nb": "er var har hadde blir ble vart kan kunne skal skulle vil ville må måtte bør burde "
    "får fikk gjør gjorde sier sa går gikk kommer kom tar tok gir ga gav ser så står sto stod "
    "ba vet visste finnes fantes fins ligger lå sitter satt holder holdt vant vinner tapte taper "
    "mener meinte trenger trengte følger fulgte skjer skjedde betyr betydde heter het legger "
    "la setter satte bor bodde tror trodde dør døde slår slo drar dro synes syns syntes "
    "fins trives lykkes slåss sloss trivdes møttes mintes løp fløy skjøt",  # («løp»: a noun too)
    "nn": "er var har hadde blir blei vert vart kan kunne skal skulle vil ville må måtte bør "
    "burde får fekk gjer gjorde seier sa går gjekk kjem kom tek tok gjev gav ser såg står stod "
    "veit visste finst fanst ligg låg sit sat held heldt vann vinn meiner meinte treng trong "
    "skjer skjedde tyder tydde heiter heitte legg la set sette bur budde trur trudde døyr døydde "
    "synest syntest trivst lukkast ga slår slo drog fell ber bad gjeld galdt slåst slost enda "
    "gir tar sprang flaug skaut",  # («gir», «tar»: 2012 norm; «sprang»: a noun too)
    "en": "is are was were am has have had will would can cannot could shall should may might "
    "must does do did says said goes went comes came takes took gives gave sees saw stands "
    "stood knows knew finds found lies lay sits sat holds held wins won loses lost means meant "
    "gets got makes made tells told thinks thought leaves left keeps kept brings brought "
    "puts sets runs ran becomes became seems seemed wants wanted needs needed hit cut put let "
    "cost hurt spread shut quit beat bet burst bid set "
    # Pasts filed under a noun or adjective («The death toll rose»; «a rose» after a determiner)
    "rose felt shot broke shook "
    # A contraction's verb, as the clause reader splits it: I'm, we're, I've, we'll, I'd,
    # don't, isn't (not «'s»: a genitive more often than «is»).
    "m re ve ll d don doesn didn isn aren wasn weren hasn haven hadn couldn wouldn shouldn "
    "mustn",
}
NEVER_VERBS = frozenset(  # function words, comparatives, ending as a verb: eller, flere
    "eller enn etter under over heller hver hvert alle andre sammen siden sidan senere "  # noqa: SIM905
    "seinare tidligere tidlegare lenger bedre betre større mindre flere fleire eldre yngre "
    "før ofte rundt innenfor utenfor ovenfor nedenfor omkring hvor kor der her når mellom "
    "after under over other ever never either neither whether rather "
    "kroner kronar".split()  # (money: «20 milliarder kroner», not the verb «krone», to crown)
)
_NOT_FINITE_NO = ("en", "ene", "ane", "ede", "ande", "ende")
# Bokmål pasts in -t (a weak past never ends so: kastet, kjøpte, levde, bodde); any other
# verb form in -t is a participle: lagt, sagt, solgt, gjort, dømt, kjent, innlagt.
_STRONG_PAST_T = (
    "fant", "vant", "svant", "brant", "satt", "holdt", "gjaldt", "bandt", "bant", "spratt",
    "falt", "datt", "skvatt", "rant", "spant", "dreit",
    "skjøt", "gråt", "lot", "fløt", "skrøt", "åt", "smalt", "brøt", "nøt", "knøt", "gjøt",
)  # fmt: skip
# Infinitives, participles and passives of a Nynorsk verb: kaste, kasta, kasta, skrive(n),
# skrivne, kastande, kastast; and adverbs spelt as a verb's stem (vel, tal).
_NOT_FINITE_NN = ("e", "a", "t", "en", "ne", "i", "ande", "ast", "ing", "ar", "er")
_NOT_VERBS_NN = frozenset(("vel", "tal", "bere", "bra", "fram"))
# Particles a common verb takes: ved-tok, fore-slo, be-står, inne-held, del-tar.
_VERB_PREFIXES = tuple(
    "ved fore føre for av be bi inne inn opp ut til over under om på med mot fram frem sam "  # noqa: SIM905
    "an del gjen igjen".split()
)
# After a number or a quantifier a plural is a noun: «to hytter», «these rises» (not «mange spår»).
# A number in figures reads as FIGURE (bot.core.clauses): «55 varsler» as «fem varsler».
FIGURE = "#"
_NUMERALS = frozenset(
    "to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten femten seksten "
    "sytten atten nitten tjue tretti førti femti seksti sytti åtti nitti hundre tusen two "
    "three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    f"fifty sixty seventy eighty ninety hundred thousand {FIGURE}".split()
)
# «Klokka 12 starter kampen»: after a clock's word, a figure is a time, not a count.
_CLOCK = frozenset(("kl", "klokka", "klokken"))
_QUANTIFIERS = _NUMERALS | frozenset(
    "mange flere fleire noen nokre nokon alle begge ingen ulike enkelte slike sånne disse "  # noqa: SIM905
    "desse hvilke many several few some all both these those".split()
)
# A definite determiner before an adjective: «det store løftet», «dei nye hyttene».
_DEFINITE = frozenset("det den de dei denne dette disse desse".split())  # noqa: SIM905
PREPOSITIONS_NO = frozenset(
    "i på av til med for om fra frå etter under over mot ved hos uten utan".split()  # noqa: SIM905
)

LANGUAGES = tuple(_FINITE)  # the languages a checker reads


class VerbForms:
    """Tell the finite verbs of one language by their forms."""

    def __init__(self, language: str, lex: Lexicon | None = None) -> None:
        self.language = language if language in _FINITE else "nb"
        self.lexicon = lex or lexicon(self.language)
        self.finite_words = frozenset(_FINITE[self.language].split())
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
        if word in NEVER_VERBS:
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
        # (four letters do for a Nynorsk past in -a: «Omsetninga auka frå 10,1 …»)
        shortest = 4 if self.language == "nn" and word.endswith("a") else 5
        if self.language == "en" or len(word) < shortest or word in NEVER_VERBS:
            return False
        if self.is_finite(word):
            return False
        known = self.lexicon.known
        if word.endswith("et"):  # rykket: rykk-et the noun, rykk-et the past of rykke
            infinitive = word[:-2] + "e"
            return known(infinitive) and self.is_verb_lemma(infinitive)
        if self.language == "nb" and word.endswith(("te", "de")):
            # «Fire biler støtte sammen»: støtte is the noun and the past of støte (leide,
            # of leie): the dictionary files the form under the noun alone.
            infinitive = word[:-2] + "e"
            return known(infinitive) and self.is_verb_lemma(infinitive)
        if self.language == "nn" and word.endswith(("kte", "gde")) and self._kje_past(word):
            return True  # «Brannvesenet rykte ut …»: the past of rykkje (søkje, følgje)
        if self.language == "nn" and word.endswith(("de", "te")):
            # melde, sende, smelte: a stem in -d or -t after a consonant takes no new
            # -de or -te in the past; kjenne/kjende and kaste/kasta differ.
            consonant = word[-3] not in "aeiouyæøå" and word[-3] != word[-2]
            return consonant and self.is_infinitive(word)
        if self.language == "nn" and word.endswith("ast"):
            # «Brua opnast i desember»: a passive, present after its subject (after «skal» …)
            stem = word[:-3]
            lemmas = (stem + "a", stem + "e")
            lemma_of = self.lexicon.form_lemma
            return lemma_of(word) in lemmas or any(lemma_of(lemma) in lemmas for lemma in lemmas)
        if self.language == "nn" and word.endswith("ar"):
            # «Sivilforsvaret pumpar vatn»: a present the thin dictionary lacks, of a known
            # verb or noun (pumpa, pumpe); «pumpar» is the noun's plural too.
            stem = word[:-2]
            return self.lexicon.form_lemma(word) is None and any(
                self.lexicon.form_lemma(stem + end) == stem + end for end in ("a", "e")
            )
        if self.language == "nn" and word.endswith("a"):
            # «Uvêret ramma kysten»: ramma is the past of ramme and the frame's definite form;
            # «kollapsa», «rykka» are filed as the a-infinitive, «kasta» under the noun
            lemma = self.lexicon.form_lemma(word)
            return lemma in (word[:-1] + "e", word, word[:-1]) and self._nynorsk_verb(word[:-1])
        return False

    def _kje_past(self, word: str) -> bool:
        """A Nynorsk past of a verb in -kje or -gje: rykte, søkte, følgde (rykkje, søkje,
        følgje), which the dictionary files under the noun «rykte» or not at all."""
        base = word[:-2]
        lemma_of = self.lexicon.form_lemma
        return any(
            lemma_of(infinitive + "r") in (infinitive, infinitive[:-1] + "a")
            for infinitive in (base + "je", base + base[-1] + "je")
        )

    def is_infinitive(self, word: str) -> bool:
        """Whether a word is a verb's own lemma, its infinitive (melde, møte, kaste)."""
        if self.language == "en" or self.lexicon.form_lemma(word) != word:
            return False
        lemma = self.lexicon.form_lemma
        present = lemma(word + "r") == word or lemma(word[:-1] + "ar") == word
        return self.is_verb_lemma(word) or (self.language == "nn" and present)

    def is_verb_lemma(self, lemma: str) -> bool:
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
        if word.endswith("satt") and len(word) > 4:
            return False  # utsatt, innsatt, fastsatt: the participle of sette
        if self._compound_verb(word):
            return True  # vedtok, foreslo, består, inneheld: a prefix on a common verb
        if self.language == "nn" and lemma is not None and lemma != word:
            return self._nynorsk(word, lemma)
        if self.language == "nn" and lemma is None and word.endswith(("te", "de", "er", "a", "et")):
            return verb_forms("nb").is_finite(word)  # kolliderte, besluttet: Bokmål's forms too
        if lemma is not None and lemma != word and self.is_verb_lemma(lemma):
            # A participle is no finite verb: pensjoner-t, gå-tt, kjøp-t.
            participle = word == lemma[:-1] + "t" or word == lemma + "tt" or word == lemma + "dd"
            # (a strong verb's in -et: utskrevet, funnet; not the weak past kastet)
            participle = participle or (
                len(word) >= 6 and word.endswith("et") and word != lemma[:-1] + "et"
            )
            participle = participle or (lemma.endswith("de") and word == lemma[:-1] + "d")  # skadd
            participle = participle or (
                self.language == "nb"
                and word.endswith("t")
                and not word.endswith(("et", *_STRONG_PAST_T))
            )
            adjective = word == lemma + "e"  # «CO2-frie» is fri's plural, not a verb
            return not (participle or adjective)
        # «kaster» may be filed as a lemma of its own (the noun); its infinitive decides.
        for ending in ("ar", "er", "r"):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                for infinitive in (stem + "e", stem + "a", stem):
                    if self.is_verb_lemma(infinitive) and self.lexicon.known(infinitive):
                        return True
        # «kappes», «høres», «møtes» may be filed as lemmas of their own: the s-form of a
        # verb (a passive or a deponent) is finite in Bokmål.
        if self.language == "nb" and word.endswith("es"):
            infinitive = word[:-1]
            return self.is_verb_lemma(infinitive) and self.lexicon.known(infinitive)
        return False

    def _nynorsk(self, word: str, lemma: str) -> bool:
        """The Nynorsk dictionary is thin: read the ending against the lemma. It files verbs
        under the a-infinitive (kjennande → kjenna), forms under the e-one (kjenner → kjenne)."""
        if lemma[-1:] in ("å", "ø", "y") and word == lemma + "r":  # rår, tilrår (tilrå): a
            return any(self.is_verb_lemma(lemma[i:]) for i in range(min(5, len(lemma) - 1)))
        if lemma[-1:] not in ("e", "a"):
            return False
        stem = lemma[:-1]
        if word in (stem + "te", stem + "de", stem + "dde", lemma + "dde"):
            return True  # meinte, budde: no noun inflects so
        if len(stem) > 2 and stem[-1] == stem[-2] and word in (stem[:-1] + "de", stem[:-1] + "te"):
            return True  # stemme/stemde, kjenne/kjende, fylle/fylte: the double consonant goes
        if word in (lemma + "r", stem + "er"):
            # meiner (meinte), viser (viste) are a verb's; jenter, hytter a noun's (hyttene).
            if self._nynorsk_weak_past(stem):
                return True
            return not self.noun_forms(lemma) and self._old_nynorsk(stem, lemma)
        if word in (stem + "ar", stem + "a"):
            # kastar, påpeika (påpeikande) are a verb's; bakkar may be either (the place
            # decides), jenta and hytta are a noun's.
            if self.noun_forms(lemma):
                return word == stem + "ar" and self._nynorsk_verb(stem)
            return self._nynorsk_verb(stem) or self._old_nynorsk(stem, lemma)
        # fortel, les, fann, bryt: a strong verb's present or past (not a weak one's stem: vent)
        stem_in_t = word == stem and word[-1] == "t"
        strong_t = stem_in_t and self.lexicon.form_lemma(stem + "ar") != lemma
        return (
            word != lemma
            and word not in _NOT_VERBS_NN
            and (strong_t or not word.endswith(_NOT_FINITE_NN))
            and self._nynorsk_verb(stem)
            and not (word == stem and self._nynorsk_weak_past(stem))
        )

    def _compound_verb(self, word: str) -> bool:
        """vedtok (ved + tok), foreslo, avsa, består, inneheld, deltar: a particle on one of
        the common verbs. (Not «utsatt»: a participle.)"""
        for prefix in _VERB_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 3 and rest in self.finite_words:
                return rest not in ("satt", "sat", "kunne")
        return False

    def _nynorsk_verb(self, stem: str) -> bool:
        """A Nynorsk verb stem: a present participle or passive filed under it."""
        known = self.lexicon.form_lemma
        lemmas = (stem + "a", stem + "e")
        return known(stem + "ande") in lemmas or known(stem + "ast") in lemmas

    def _nynorsk_weak_past(self, stem: str) -> bool:
        """meinte, kjende (kjenne), delte: an e-verb, whose present ends in -er."""
        known = self.lexicon.form_lemma
        lemmas = (stem + "a", stem + "e")
        single = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
        pasts = (single + "te", single + "de")
        return any(known(past) in lemmas for past in pasts if past != stem + "e")

    def _old_nynorsk(self, stem: str, lemma: str) -> bool:
        """Before the noun test: a present in -ar, a verb lemma, a Bokmål passive."""
        return (
            self.lexicon.form_lemma(stem + "ar") == lemma
            or self.is_verb_lemma(lemma)
            or lexicon("nb").form_lemma(lemma + "s") == lemma
        )

    def noun_forms(self, lemma: str) -> bool:
        """Whether a Norwegian lemma has a noun's plural: hytte → hyttene, skade → skadane,
        løfte → løftene, bil → bilane. Verbs have none."""
        known = self.lexicon.form_lemma
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        return known(stem + "ene") == lemma or known(stem + "ane") == lemma

    def verb_not_noun(self, word: str) -> bool:
        """A finite verb no noun's form spells («sendte», «forventer»; not «leder»)."""
        lemma = self.lexicon.form_lemma(word)
        if not self.is_finite(word) or lemma is None or self.noun_forms(lemma):
            return False
        return self.lexicon.form_lemma(word + "en") != word  # («leder»: a noun, «lederen»)

    def plural_noun(self, word: str) -> bool:
        """Whether a Norwegian form in -er/-ar is a noun's plural too, by its definite plural:
        «varsler» (varslene) beside the verb «varsle», «bøter» (bøtene)."""
        return word.endswith(("er", "ar")) and self.lexicon.form_lemma(word[:-1] + "ne") is not None

    def noun_here(self, word: str, previous: str, before: str) -> bool:
        """Whether a word that can be a finite verb is a noun by its place: after a number or
        a quantifier (to hytter, mange skadar), or after an adjective that a determiner
        opens (det store løftet, dei nye hyttene) or that opens the phrase (store skadar)."""
        if self.language == "en":
            return previous in _QUANTIFIERS and word.endswith("s")
        lemma = self.lexicon.form_lemma(word)
        plural = self.plural_noun(word)
        if lemma is None or not (plural or self.noun_forms(lemma)):
            return False
        if previous in _NUMERALS:
            # «to hytter», «55 varsler»; not «rundt 30 deltar» (no «deltane»), «klokka 12 starter»
            return plural and not (previous == FIGURE and before in _CLOCK)
        if previous in _QUANTIFIERS:  # «mange hytter», but «mange spår», «mange skader seg»
            return word.endswith("r") and not self.is_verb_lemma(lemma)
        opened = not before or before in _DEFINITE or before in PREPOSITIONS_NO
        return self._attributive(previous) and opened

    def _attributive(self, word: str) -> bool:
        """An adjective's plural or definite form: store, nye, gamle, vakre, største, siste."""
        if not word.endswith("e") or self.is_finite(word):
            return False
        if word[-3:] == "ene" and len(word) >= 7 and self.lexicon.known(word[:-3]):  # «kutt»
            return False  # «Kuttene rammer …»: a noun's definite plural, its stem a word
        lemma = self.lexicon.form_lemma(word)
        if lemma is None or lemma == word:
            return False
        known = self.lexicon.form_lemma
        neuter = (lemma + "t", lemma[:-1] + "t" if lemma.endswith("en") else "")
        return word.endswith("ste") or any(known(form) == lemma for form in neuter if form)

    def _english(self, word: str) -> bool:
        lemma = self.lexicon.form_lemma(word)
        if lemma is None or lemma == word:
            return False
        if word.endswith("ed"):
            return True
        if word.endswith("s"):
            # attacks → attack, whose past is in the dictionary; cats → cat has none. An
            # irregular verb (rises, grows, hits) has no -ed but an -ing or -n form.
            known = self.lexicon.form_lemma
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            forms = ("ed", "d", "n", "en") if lemma.endswith("e") else ("ed", "n", "en")
            return any(known(lemma + ending) == lemma for ending in forms) or any(
                known(form) == lemma for form in (stem + "ing", stem + stem[-1:] + "ing")
            )
        # An irregular past (took, told); not a participle (taken) or a comparative, nor a
        # noun's irregular plural: «media», «alumni», «larvae» (no past ends so), «feet»; nor a
        # British spelling of the lemma: «defence», «colour», «centre».
        british = lemma == word[:-3] + _BRITISH.get(word[-3:], "-")
        if british or (word.endswith(("a", "i", "ae")) and lemma.endswith(("um", "on", "us", "a"))):
            return False
        return not word.endswith(("en", "er", "est", "ly")) and word not in _PLURALS_EN


_BRITISH = {"nce": "nse", "our": "or", "tre": "ter", "bre": "ber", "gue": "g"}
_PLURALS_EN = frozenset("feet teeth geese mice lice dice worse worst".split())  # noqa: SIM905


@lru_cache(maxsize=8)
def verb_forms(language: str) -> VerbForms:
    """Return the shared verb reader of a language."""
    return VerbForms(language)

"""Bullet candidates: every sentence's bullet made once a digest, each section's read best
first and made only when read. bot/core/summarise.py and bot/core/budget.py choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from bot.core.analysis import Analysis, SectionAnalysis, Sentence
from bot.core.attributions import only_a_speaker
from bot.core.bullets import make_bullet
from bot.core.clauses import MainClauses
from bot.core.compress import MAX_BULLET_WORDS, shorten
from bot.core.drafts import TERMINAL, bullet_draft
from bot.core.fact_lines import profile_line
from bot.core.model import LIST_ITEM, PARAGRAPH, QUESTION, TURN
from bot.core.openings import opens_with_personal_pronoun, opens_with_pronoun
from bot.core.page_notes import stated_before_colon
from bot.core.page_words import ends_open
from bot.core.quote_heads import continued_quotes, read_quotes, reopened, retold
from bot.core.ranking import ranked
from bot.core.spacing import n_words
from bot.core.speakers import (
    before_speaker,
    is_quote,
    said_by_pronoun,
    told_by_pronoun,
    turn_label,
)


@dataclass(slots=True)
class Candidate:
    """A possible bullet: its text, where it comes from and how much it matters (read-only
    once made, not frozen: a frozen one sets each field by object.__setattr__; we make dozens)."""

    text: str
    section: int
    position: int
    score: float
    rank_in_section: int
    terms: frozenset[str] = frozenset()
    pronoun: bool = False  # opens on a pronoun that points back
    lead: bool = False  # the article's lead: its news comes first
    # Read in every round of the budget; set once.
    n_words: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.n_words = n_words(self.text)


_FACT_WORDS = 8  # words a quote's last sentence says, at least, to be news of its own
_TITLE_ONLY = 2  # content words a sentence must have to be read as the title's again


class Bullets:
    """Each sentence's bullet, made once per digest though selection may run again."""

    def __init__(
        self,
        checker: MainClauses,
        analysis: Analysis,
        scores: dict[int, float],
        *,
        premises: bool = False,
        own_voice: bool = False,
    ) -> None:
        self.checker = checker
        self.premises = premises  # a question's premise may be a bullet
        self.own_voice = own_voice  # the writer's «we» is his own: a letter, a column
        self.kinds = [section.kinds for section in analysis.article.sections]
        self.title_terms = frozenset(w.lemma for w in analysis.title_words if w.content)
        self.paragraphs = [section.paragraphs for section in analysis.article.sections]
        self.sentences = analysis.all_sentences  # (by position)
        self.voices = {
            s.position: (s.section, s.paragraph) for s in analysis.all_sentences if s.quoted
        }
        # Never a bullet: sentences inside a quote whose speaker is not named, and the
        # last words of a page cut off mid-sentence («… with the way democracy»).
        self.quotes = read_quotes(analysis.sections, analysis.article.language)
        self.excluded = set(self.quotes.unattributed)
        # A quote «…, sier han» leans on the sentence naming him: a bullet right after it.
        self.leaning = {
            s.position
            for s in analysis.all_sentences
            if s.position in self.excluded and said_by_pronoun(s.text)
        }
        self.excluded -= self.leaning
        self.continued = continued_quotes(analysis.sections)  # «… here,” said Lejeune.»
        for s in analysis.all_sentences:  # (a sentence a caption cut off: «…, var på»)
            if (s.text[-1:].isalpha() and ends_open(s.text)) or only_a_speaker(s.text):
                self.excluded.add(s.position)
        last = analysis.all_sentences[-1] if analysis.all_sentences else None
        if last is not None and not last.text.rstrip().endswith(TERMINAL):
            self.excluded.add(last.position)
            # (and a quote it ends: its speaker may be cut too, «…, skriver Dagbladets»)
            if (head := self.quotes.tails.pop(last.position, None)) is not None:
                del self.quotes.heads[head.position]
        self._made: dict[tuple[int, bool], str | None] = {}
        self._drafts: dict[int, str | None] = {}
        self._short: dict[tuple[str, int], str | None] = {}
        self._quotes: set[str] = set()  # bullets whose sentence opens on a quote
        self._pronouns: dict[str, bool] = {}
        self._told: dict[str, bool] = {}
        # Each section's sentences, best first: once, though selection may run again.
        self.ranked = [
            ranked(section, scores, kinds)
            for section, kinds in zip(analysis.sections, self.kinds, strict=True)
        ]
        # Whether every section's sentences come by score (not a list's items first, not a
        # long feature's parts in turn): the budget may then read past bullets unmade.
        self.by_score = all(
            scores[a.position] >= scores[b.position]
            for sentences in self.ranked
            for a, b in pairwise(sentences)
        )

    def of(self, sentence: Sentence, *, lead: bool = False) -> str | None:
        key = (sentence.position, lead)
        if key not in self._made and self._asked(sentence):
            self._made[key] = None  # an interviewer's question: context, no bullet
        if key not in self._made and self._speaks_through_head(key[0], lead):
            self._made[key] = None  # a quote's last sentence: it speaks through its first
        if key not in self._made and not lead and self._title_only(sentence):
            self._made[key] = None  # «Her oppsummerer de valgkampen.» under «… oppsummerer …»
        if key not in self._made and profile_line(
            self.paragraphs[sentence.section][sentence.paragraph]
        ):
            self._made[key] = None  # «Leder Kari Lee (62): Fra Oslo. Daglig leder i …»: a box's
        if key not in self._made:
            if (head := self.quotes.heads.get(key[0])) is not None:
                sentence = head  # «– A. B, sier X.» → «A, sier X.»
            elif opener := self.continued.get(key[0]):
                sentence = reopened(sentence, opener)  # «“B,” said X.», not «B, said X.»
            elif (
                lead and sentence.text[-1] == ":" and (stated := stated_before_colon(sentence.text))
            ):
                sentence = retold(sentence, stated)  # «Åtte partier foreslår en ny paragraf …:»
            quoted = key[0] in self.excluded and head is None
            item = self._kind(sentence) == LIST_ITEM
            made = self._made[key] = make_bullet(
                sentence,
                self.checker,
                quoted=quoted,
                lead=lead,
                item=item,
                own_voice=self.own_voice,
            )
            if made is not None and is_quote(sentence.text):
                self._quotes.add(made)
        return self._made[key]

    def _title_only(self, sentence: Sentence) -> bool:
        """Whether the sentence says the title's words and no other."""
        terms = sentence.content_lemmas
        return len(terms) >= _TITLE_ONLY and terms <= self.title_terms

    def retell(self, position: int, text: str) -> None:
        """From now on, the bullet of the sentence at `position` is `text`."""
        self._made[position, False] = self._drafts[position] = text

    def draft(self, sentence: Sentence) -> str | None:
        """`of(sentence)` if it makes a bullet (None: it surely makes none), without the
        tests of whether it may: enough for the budget to know whether it can take it."""
        position = sentence.position
        if position not in self._drafts:
            head = self.quotes.heads.get(position)
            if (position, False) in self._made:
                found = self._made[position, False]
            elif head is not None:  # (a quote's first sentence, with its speaker)
                found = self.of(sentence)
            elif position in self.excluded or self._asked(sentence):
                found = None
            else:
                found = bullet_draft(sentence.text)
                if found is not None and n_words(found) > MAX_BULLET_WORDS:
                    found = self.of(sentence)  # compressed and cut: only making it tells
            self._drafts[position] = found
        return self._drafts[position]

    def _speaks_through_head(self, position: int, lead: bool) -> bool:
        head = self.quotes.tails.get(position)
        said = self.of(head, lead=lead) if head is not None else None
        if head is None or said is None or self.pronoun(said):
            return False
        # (a fact its speaker states, in no first person, is news of its own: «– Kongen vart
        # innlagd i dag. … Det er allereie avklart at kongen ikkje er sjuk av covid-19,
        # opplyser Slottet.»; not a detail of a few words: «Bussen gjekk klokka 16.15, sa X.»)
        tail = self.sentences[position].text
        said_words = n_words(tail.rpartition(",")[0])
        # (nor the point of its first again: «Dei som kan, må dra til Fretheim hotell, seier …»)
        lemmas = self.sentences[position].content_lemmas
        again = len(lemmas & head.content_lemmas) * 2 >= len(lemmas)
        return (
            said_words < _FACT_WORDS or again or bool(_OWN_VOICE.search(tail)) or self.pronoun(tail)
        )

    def _kind(self, sentence: Sentence) -> str:
        kinds = self.kinds[sentence.section]
        return kinds[sentence.paragraph] if sentence.paragraph < len(kinds) else PARAGRAPH

    def _asked(self, sentence: Sentence) -> bool:
        """An interviewer's question, or a speaker's turn after the sentence naming them;
        or a quote's paragraph that ends asking «you» («– Sorenskriverne mener … Hva tenker
        du om det?»): its premise is the interviewer's, not the news."""
        kind = self._kind(sentence)
        if kind == QUESTION:
            # (where the answers give no bullet, a fact the interviewer gives before asking
            # is the news: «Det var 1036 innsendte bidrag, og ti av disse blir med i finalen.
            # Hvorfor ble du valgt ut?»)
            if not self.premises:
                return True
            return sentence.text.endswith("?") or _YOU.search(sentence.text) is not None
        if kind == TURN and not turn_label(sentence.text):
            return True
        paragraphs = self.paragraphs[sentence.section]
        text = paragraphs[sentence.paragraph] if sentence.paragraph < len(paragraphs) else ""
        if text.endswith("?") and text[:1] in "–—-" and _ASKS_YOU.search(text) is not None:
            return True
        asked = (
            paragraphs[sentence.paragraph - 1] if 0 < sentence.paragraph <= len(paragraphs) else ""
        )
        return asked.endswith("?") and asked[:1] in "–—-" and _short_answer(sentence, text)

    def shortened(self, text: str, limit: int) -> str | None:
        """`shorten`, once per text and limit: the budget is filled again in every round."""
        key = (text, limit)
        if key not in self._short:
            self._short[key] = shorten(text, limit, self.checker, quote=text in self._quotes)
        return self._short[key]

    def pronoun(self, text: str) -> bool:
        if text not in self._pronouns:  # (selection runs again when a pronoun is orphaned)
            self._pronouns[text] = opens_with_pronoun(text, self.checker)
        return self._pronouns[text]

    def personal(self, text: str) -> bool:
        return opens_with_personal_pronoun(text, self.checker)

    def told(self, text: str) -> bool:
        """`told_by_pronoun`, once per bullet: selection may run again."""
        if text not in self._told:
            self._told[text] = told_by_pronoun(text, self.checker)
        return self._told[text]


class SectionStream:
    """A section's bullet candidates, best first, each made only when it is read.

    Round one reads each section's best few in turn (`next`). The budget then reads on in
    score order across sections, and makes a candidate only when it can take its words
    (`resolve`): until then it knows the sentence and its draft (Bullets.draft).
    """

    def __init__(
        self,
        s_index: int,
        section: SectionAnalysis,
        scores: dict[int, float],
        made: Bullets,
        banned: frozenset[int],
        lead: Candidate | None,
    ) -> None:
        self.s_index = s_index
        self.section = section
        self.scores = scores
        self.made = made
        self.seen: set[str] = set()  # bullets read: the same bullet is given once
        self.rank = 0
        self.lead = lead if lead is not None and lead.section == s_index else None
        if self.lead is not None:
            self.seen.add(self.lead.text)  # the lead's news first
            banned = banned | {self.lead.position}
        self.sentences = [s for s in made.ranked[s_index] if s.position not in banned]
        self.read = 0  # the sentences `next` has read

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self.next, None)

    def next(self) -> Candidate | None:
        if self.lead is not None:
            lead, self.lead = self.lead, None
            self.rank = 1
            return lead
        while self.read < len(self.sentences):
            sentence = self.sentences[self.read]
            self.read += 1
            text = self.made.of(sentence)
            if text is None or text in self.seen:
                continue
            pronoun = self._pronoun(sentence, text)
            if pronoun is None:
                continue
            self.seen.add(text)
            self.rank += 1
            return self._candidate(sentence, text, self.rank - 1, pronoun)
        return None

    def resolve(self, k: int) -> Candidate | None:
        """The candidate of the k-th sentence, read after `next` has stopped: what `next`
        would give, had it read on to it (none if it gives no bullet or one given before)."""
        sentence = self.sentences[k]
        text = self.made.of(sentence)
        if text is None or text in self.seen:
            return None
        pronoun = self._pronoun(sentence, text)
        if pronoun is None:
            return None
        for before in self.sentences[self.read : k]:
            # (a draft is the bullet, if the sentence makes one: only an equal one is made)
            if (
                self.made.draft(before) == text
                and self.made.of(before) == text
                and self._pronoun(before, text) is not None
            ):
                return None  # read before this one, the same bullet
        # (a rank past round one's; only round one's ranks are read)
        return self._candidate(sentence, text, self.rank, pronoun)

    def _pronoun(self, sentence: Sentence, text: str) -> bool | None:
        """Whether the bullet opens on a pronoun that points back; None when the sentence
        it points back to can never be the bullet before it (then it is no candidate)."""
        # (or words told by a pronoun: «…, seier ho.» comes after her name)
        pronoun = (
            self.made.pronoun(text)
            or sentence.position in self.made.leaning
            or self.made.told(text)
        )
        if pronoun and sentence.position == 0 and counts_on(text):
            pronoun = False  # «A second union has voted to strike …»: the news, counted on
        if pronoun and (sentence.index == 0 or not self._said_before(sentence)):
            return None
        return pronoun

    def _said_before(self, sentence: Sentence) -> bool:
        """Whether the sentence before makes a bullet, or is a quote's last that speaks
        through its first («– A. B, sier X.» → «A, sier X.», then «– C, sier hun.»)."""
        before = self.section.sentences[sentence.index - 1]
        if self.made.of(before) is not None:
            return True
        head = self.made.quotes.tails.get(before.position)
        return head is not None and self.made.of(head) is not None

    def _candidate(self, sentence: Sentence, text: str, rank: int, pronoun: bool) -> Candidate:
        return Candidate(
            text,
            self.s_index,
            sentence.position,
            self.scores[sentence.position],
            rank,
            sentence.content_lemmas,
            pronoun,
        )


# «A second union …», «Eit tredje ras …»: one more of a thing counted before; an article's
# first sentence so counts on earlier news, not on a sentence before it.
_COUNTS_ON = re.compile(
    r"(?:A|An|En|Ei|Et|Ein|Eit) (?:second|third|fourth|fifth|annen|anna|annet|andre|tredje|"
    r"fjerde|femte)\b"
    # («Seven more dates have been added …», «Ytterligere to personer er …»: a count added to)
    r"|(?:\d+|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|To|Tre|"
    r"Fire|Fem|Seks|Sju|Syv|Åtte|Ni|Ti) (?:more|further|additional|flere|fleire)\b"
    r"|(?:Ytterligere|Ytterlegare|Enda|Endå) (?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\b"
)


def counts_on(text: str) -> bool:
    return _COUNTS_ON.match(text) is not None


_OWN_VOICE = re.compile(
    r"\b(?i:jeg|eg|vi|me|meg|oss|vår|vårt|våre|min|mitt|mine|du|deg|dere|dykk|we|us|our|"
    r"my|you)\b|\bI\b"
)
_YOU = re.compile(r"\b(?:[Dd]u|[Dd]eg|[Dd]in|[Dd]itt|[Dd]ine|[Dd]ere|[Dd]ykk|De|[Yy]ou|[Yy]our)\b")
# The question a paragraph ends on asks whom the paper talks to.
_ASKS_YOU = re.compile(r"[.!?»] [^.!?]*\b(?:du|dere|dykk|De|you)\b[^.!?]*\?$")


_ANSWER_WORDS = 12  # a reply this short to a question asked in the story needs the question


def _short_answer(sentence: Sentence, paragraph: str) -> bool:
    """«– Det blir spennende å se, sier Støre.» under «– Tror du det holder …?»: the first
    sentence of a reply in a story that quotes the question, so short it answers it."""
    text = sentence.text  # (not an interview's turn its speaker's name opens: its words)
    if paragraph[:1] not in "–—-" or not paragraph.startswith(text[:20]) or turn_label(text):
        return False
    return n_words(before_speaker(text)) <= _ANSWER_WORDS + 1  # (its dash)

"""The budget reads on past bullets it cannot take without making them, and chooses what
it would choose had it made every one."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.core.candidates as candidates
from bot.core.analysis import Analysis, analyse
from bot.core.candidates import Bullets, SectionStream
from bot.core.clause_choice import checker_for
from bot.core.match_reports import result_sentence
from bot.core.model import Article
from bot.core.parse import guess_kind, parse_document, parse_text
from bot.core.ranking import score_sentences
from bot.core.summarise import select_bullets

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [
    "seed_nato.txt",
    "core_nynorsk.txt",
    "core_english.txt",
    "core_markdown.md",
    "core_page.html",
    "core_long_feature.txt",
    "structure_nn_live.txt",
]
# The same quote twice in a section (a page repeats it under a photo): one bullet.
REPEATED = """Kommunen legger ned skolen på Ås etter sommeren.

Kommunestyret vedtok nedleggelsen med knapt flertall torsdag kveld etter en lang debatt.

Foreldrene har samlet inn over tre tusen underskrifter mot planene til kommunen.

– Vi kommer til å kjempe videre for skolen vår så lenge det er mulig, sier Kari Nordmann.

Skolen har i dag rundt åtti elever fordelt på sju klassetrinn og tolv lærere.

Vi kommer til å kjempe videre for skolen vår så lenge det er mulig, sier Kari Nordmann.

Rektor ved skolen mener elevene får en lengre skolevei når de må bytte skole i høst.
"""


def _articles() -> list[Article]:
    found = [parse_text(REPEATED, title="Skolen på Ås legges ned", language="nb")]
    for name in SAMPLES:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        found.append(parse_document(text, kind=guess_kind(name, text), source=name))
    return found


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    return [analyse(article) for article in _articles()]


def _bullets(analysis: Analysis) -> tuple[Bullets, dict[int, float]]:
    scores = score_sentences(analysis, result_sentence(analysis))
    checker = checker_for(analysis.article.language, [s.text for s in analysis.all_sentences])
    return Bullets(checker, analysis, scores), scores


def _read(stream: SectionStream) -> list[tuple[int, str, bool]]:
    return [(c.position, c.text, c.pronoun) for c in stream]


@pytest.mark.parametrize("round_one", [0, 1, 2, 3])
def test_a_stream_read_on_unmade_gives_what_reading_on_gives(
    analyses: list[Analysis], round_one: int
) -> None:
    for analysis in analyses:
        made, scores = _bullets(analysis)
        for s_index, section in enumerate(analysis.sections):
            read_on = SectionStream(s_index, section, scores, made, frozenset(), None)
            unmade = SectionStream(s_index, section, scores, made, frozenset(), None)
            for _ in range(round_one):
                assert read_on.next() == unmade.next()
            # The budget makes the candidates it can take first, in any order.
            order = [s.position for s in unmade.sentences]
            resolved = [unmade.resolve(k) for k in reversed(range(unmade.read, len(order)))]
            found = sorted(
                ((c.position, c.text, c.pronoun) for c in resolved if c is not None),
                key=lambda c: order.index(c[0]),
            )
            assert found == _read(read_on)


def test_the_repeated_quote_is_one_candidate(analyses: list[Analysis]) -> None:
    analysis = analyses[0]
    made, scores = _bullets(analysis)
    stream = SectionStream(0, analysis.sections[0], scores, made, frozenset(), None)
    texts = [text for _, text, _ in _read(stream)]
    assert len(texts) == len(set(texts)) < len(analysis.sections[0].sentences)


@pytest.mark.parametrize("max_words", [12, 15, 20, 25, 30, 40, 60, 90, 150])
def test_the_budget_chooses_as_if_it_made_every_candidate(
    analyses: list[Analysis], max_words: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = [select_bullets(analysis, max_words=max_words) for analysis in analyses]
    made_init = candidates.Bullets.__init__

    def making_every_one(self: Bullets, *args: object, **kwargs: bool) -> None:
        made_init(self, *args, **kwargs)  # type: ignore[arg-type]
        self.by_score = False  # every candidate made when the budget reads it

    monkeypatch.setattr(candidates.Bullets, "__init__", making_every_one)
    assert [select_bullets(analysis, max_words=max_words) for analysis in analyses] == chosen

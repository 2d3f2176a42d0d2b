"""Tell Bokmål, Nynorsk and English (and a few neighbours) apart by their function words.

General language identifiers either load for a second (lingua) or cannot tell Bokmål
from Nynorsk (langid: `no`); function words separate these languages reliably on
anything longer than a sentence, in microseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.core.text import words

# Words frequent in one language and rare in its neighbours; a word listed for several
# languages counts for each in equal parts. Words Bokmål and Nynorsk share are listed
# for both: they tell Norwegian from English without tipping nb against nn.
_NORWEGIAN = (
    "og i på det som er en til har for med at de den om et var men vil kan skal "
    "etter mellom gjennom mot enn seg meg deg vår hadde kunne skulle sa av ut opp inn "
    "også dette slik fordi mange andre alle"
)
_MARKERS: dict[str, frozenset[str]] = {
    "nb": frozenset(
        "ikke jeg hun hva hvordan hvorfor hvem noe noen bare mye være av ble blitt "
        "nå sier uten hennes fra disse dem deres hvis selv mer flere hver hverandre "
        "fikk gikk mens siden fortsatt allerede dessuten hos likevel enda nok kommer "
        "mandag tirsdag lørdag søndag "
        f"{_NORWEGIAN}".split()
    ),
    "nn": frozenset(
        "ikkje eg ho kva korleis kvifor kor kven noko nokon berre mykje vere òg frå dei "
        "desse vart vorte seier hennar utan medan sidan heile saman enno kvar dykk ein "
        "eit eitt meir fleire gjekk kome sjølv difor fekk framleis allereie hjå vert "
        "kvarandre nokre mykje då no leiar ifølgje fleirtal fleirtalet kjem måndag tysdag "
        f"laurdag sundag {_NORWEGIAN}".split()
    ),
    "da": frozenset(
        "af hvad noget nogen efter blev meget kun mellem gennem nu siger havde mod uden "  # noqa: SIM905
        "end sig mig dig os vor hendes ikke jeg hun også være fra disse dem deres hvis "
        "selv mandag tirsdag lørdag søndag".split()
    ),
    "sv": frozenset(
        "inte jag hon vad hur varför vem något några mycket också från dessa mellan själv "  # noqa: SIM905
        "genom blivit säger och att är för".split()
    ),
    "en": frozenset(
        "the and of to is was that with on are it this be have has said by not they he "  # noqa: SIM905
        "she we his her their which would will been were there what when who from".split()
    ),
    "de": frozenset(
        "und der die das ist nicht ich sie mit von zu den dem des ein eine auch auf für "  # noqa: SIM905
        "sich wird wurde hat haben sind war".split()
    ),
}
# Words shared by several languages count for each; distinctive ones decide.
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _markers in _MARKERS.items():
    for _word in _markers:
        owners = sum(_word in m for m in _MARKERS.values())
        _WEIGHTS.setdefault(_word, {})[_lang] = 1.0 / owners

# Quoted speech is the speaker's language, not the article's.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|„[^“”]*[“”]")
_QUOTE_OPENERS = ("– ", "— ", "- ", "«", '"', "“", "„")
_ENOUGH_MARKERS = 12  # marker words in the article's own prose that decide alone
_FEW_MARKERS = 1.5  # the least weight a clear lead of the own prose must have


def detect_language(text: str, *, sample_words: int = 1000) -> str:
    """Return `nb`, `nn`, `en`, `da`, `sv` or `de`; `nb` when nothing decides."""
    scores = _scores(text, sample_words)
    if not scores:
        return "nb"
    return _best(scores)


def detect_prose_language(paragraphs: Iterable[str], *, sample_words: int = 1000) -> str:
    """Detect the language of an article's own prose, leaving out what it quotes.

    A Bokmål article quoting two English sentences stays Bokmål: paragraphs that open
    with a quote dash and text inside quotation marks are not counted, unless the
    article is nearly all quotes.
    """
    paragraphs = list(paragraphs)
    own = " ".join(
        _QUOTED.sub(" ", p) if ("«" in p or '"' in p or "“" in p or "„" in p) else p
        for p in paragraphs
        if not p.startswith(_QUOTE_OPENERS)
    )
    scores = _scores(own, sample_words)
    if sum(scores.values()) >= _ENOUGH_MARKERS or _clear(scores):
        return _best(scores)
    return detect_language(" ".join(paragraphs), sample_words=sample_words)


def _scores(text: str, sample_words: int) -> dict[str, float]:
    scores: dict[str, float] = {}
    weights = _WEIGHTS
    # Count each word form once: a few hundred distinct forms instead of every word.
    for word, count in Counter(words(text.lower())[:sample_words]).items():
        found = weights.get(word)
        if found:
            for lang, weight in found.items():
                scores[lang] = scores.get(lang, 0.0) + weight * count
    return scores


def _clear(scores: dict[str, float]) -> bool:
    """Whether a few marker words of the article's own prose still decide: one language
    has twice its nearest neighbour's weight. A Bokmål lead over quotes in a speaker's
    Nynorsk is Bokmål; shared words weigh the same for both and do not tip it."""
    ranked = sorted(scores.values(), reverse=True)
    return (
        len(ranked) > 0
        and ranked[0] >= _FEW_MARKERS
        and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1])
    )


def _best(scores: dict[str, float]) -> str:
    best, _ = max(sorted(scores.items()), key=lambda item: item[1])
    # Bokmål and Nynorsk share most words: between them, only the distinctive ones count.
    return best


# A Norwegian page's summary in English under its own label: «Summary in English: Cuts, cuts
# and more cuts» over the English paragraphs, then the story in Norwegian again.
_ENGLISH_LABEL = re.compile(r"(?:Summary in English|English summary)\b|In English:")


def english_summary(texts: list[str], i: int) -> set[int]:
    """The units of an English summary box whose label is at `i` (none if it is no label)."""
    if not _ENGLISH_LABEL.match(texts[i]) or texts[i].count(" ") > 12:
        return set()  # (a label's line, not a paragraph: «In English football, …» is no label)
    found = {i}
    for j in range(i + 1, min(i + 6, len(texts))):
        if detect_language(texts[j]) != "en":
            break
        found.add(j)
    return found

"""The reader bench: what a desk editor would cut, counted per class, ours beside LEAD and sumy.

Reads the hand-written samples in bench/reader/ (Bokmål, Nynorsk, English: furniture,
structure, language, bullets, topics, quotes, long features) and, if present, a local
cache of real pages in bench/reader/cache/ (git-ignored: third-party text never enters
the repository; bench/reader/pages.tsv lists each cached page's file name, address,
language and kind, so that the cache can be made again from the pages). Every system
gets the same parsed article, the same sentence splitter and the same budget; each
bullet is checked by the same rules:

- fragment: no finite verb outside a subordinate clause (bot.core.clauses);
- chopped attribution: «..., sa Norges.», «..., sier Høyres leder.»: a speaker cut short;
- pronoun opening: a bullet opening on «Han», «They», «Det er» ... (not «Det sjette
  bindet») whose previous bullet is not the sentence just before it in the article;
- furniture: «Les også», «Foto:», «Publisert», «Image caption», «Share» ... in the title,
  a heading, a bullet or a topic;
- question: a bullet ending in «?»;
- duplicate: a bullet sharing 80% of its words with an earlier one;
- noise topic: a filler or furniture word, or a part of a name (/russ from Russland);
- structure miss: a heading (or title) listed in the sample's NAME.expect.json that the
  parser did not find (ours only: the baselines take the parse as given).

Run: .venv/bin/python bench/reader.py   (`make bench` runs it)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.analysis import analyse  # noqa: E402
from bot.core.clauses import clause_checker  # noqa: E402
from bot.core.digest import digest_of  # noqa: E402
from bot.core.errors import InputError  # noqa: E402
from bot.core.model import Article  # noqa: E402
from bot.core.parse import guess_kind, parse_document  # noqa: E402
from bot.core.speakers import SPEECH_VERBS  # noqa: E402
from bot.core.text import fold, sentences  # noqa: E402

# The bench's own list, so that it can measure any version of the summariser.
PERSONAL = frozenset("han hun hen ho ham henne dem he she they it him her them".split())  # noqa: SIM905
PRONOUNS = PERSONAL | frozenset(
    "det den de dei dette denne disse desse this these those".split()  # noqa: SIM905
)
CONTINUING = frozenset("derfor difor dermed likevel therefore thus however nevertheless".split())  # noqa: SIM905
SAMPLES = ROOT / "bench" / "reader"
CACHE = SAMPLES / "cache"
MAX_WORDS = 90
KINDS = (".txt", ".md", ".html", ".htm")

FURNITURE = re.compile(
    r"\b(?:foto|bilde|bilete|image):"  # a credit's label: «Foto: Kari Ås / NTB»
    # («publisert», «oppdatert» as a stamp's label, not «et oppdatert program»)
    r"|\b(?:les også|les meir|les mer|(?:publisert|oppdatert)(?=\s*(?:\d|kl\b|:))|kopier lenke|"
    r"del på (?:facebook|x|twitter|e-post|linkedin)|"
    r"annonse|heim nyhende|image source|image caption|published \d|published at|"
    r"updated \d|read the full story|related topics|skip to|share this|share on|"
    r"getty images|av .{3,40}, ntb)\b|^\s*(?:share|annonse|foto|del)\s*$"
    # Widgets of real pages: ratings, archive notices, share dialogs, aggregator promos,
    # menus, image file names, live-blog bylines, wire datelines, a date as a title.
    r"|\b(?:ranger denne artikkelen|stemmer\)|denne artikkelen er over|archived news story|"
    r"may be outdated|estimated read time|save story|suggested for you|get all your news|"
    r"premium titles|start reading|dele artikkelen|deler artikkelen|javascript|"
    r"andre saker å lese|avatar)\b|\|.*\|.*\||\w_\d+\b|\((?:now|earlier)\)"
    r"|^[A-Z]{3,}, [A-Z][a-z]+$|^\(?[A-Z]{3,}(?:, [A-Z][a-z]+)?\)? (?:\(AP\) )?[–—-] "
    r"|^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) \d{1,2}, \d{4}|^(?:sport|kultur|nyheter|nyhende|world|politics|news)$",
    re.IGNORECASE,
)
NOISE_TOPICS = frozenset(
    "god godt nesten tillegg bare ogsa litt mye helt svaert veldig foto nrk del lese les "  # noqa: SIM905
    "bilde video annonse publisert oppdatert kopier lenke image source caption share "
    "published updated getty images related story read also just "
    # Verbs, adjectives and English function words a reader saw as topics on real pages.
    "leggje liten mote finsk omstridt jodisk praktisk sivil nodvendig einig registrere "
    "melde gjenta slutte opplyse skyte velge koste sette snuble besoker and our avatar "
    "guardian statens "
    # Generic compound heads, first names and name halves, person/time/unit nouns, English
    # verbs and adjectives, fact-box labels (the classes bot.core.topic_words drops).
    "kraft verk johannes henrik david alan siri mjos more mann person informasjon minutt "
    "klokke naerhet data hpa news live coverage degree congratulate express political arm "
    "notice dod fode aker "
    # Generic words, a calendar's, a duty officer's and a bad lemma (this round's readers).
    "kontakt eier fyr pupp nisje mengde tendens lokal mayoral national november official "
    "measle sja hare lyngdal engesli".split()
)
_CHOPPED = re.compile(
    # (a role in the definite form, «seier ordføraren», «sier politiet», is a whole speaker)
    # («…, seier Nes.» is a whole surname: a genitive has four letters or more before «s»)
    rf",\s+(?:{SPEECH_VERBS})(?:\s+(?:[A-ZÆØÅ][\w-]{{3,}}s|(?![a-zæøå][\w-]*(?:en|et|a)\b)"
    rf"[a-zæøå][\w-]*))?\s*[.!]?[»”\"]*$"
    # «…, said Saturday.», «…, said the Wednesday.»: what was said cut off after the verb.
    rf"|,\s+(?:{SPEECH_VERBS})\s+(?:the\s+)?(?i:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s*[.!]?$"
)
# A capital after a word inside a sentence: a name (as bot.core.analysis reads it).
_NAME = re.compile(r"(?:(?<=[^\W_]\s)|(?<=[^\W_][,;)»”’]\s))[A-ZÆØÅ][^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass
class Output:
    """What a system shows a reader for one article."""

    sections: list[list[str]]  # bullets, by section
    title: str | None = None
    headings: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    ours: bool = False  # structure and topics are ours to get right


def body_sentences(article: Article) -> list[str]:
    return [
        s
        for section in article.sections
        for paragraph in section.paragraphs
        for s in sentences(paragraph, article.language)
    ]


def ours(article: Article, max_words: int | None) -> Output:
    digest = digest_of(analyse(article), max_words=max_words)
    return Output(
        [list(s.bullets) for s in digest.sections],
        digest.title,
        tuple(s.heading for s in digest.sections if s.heading),
        tuple(t.command for t in digest.topics),
        ours=True,
    )


def lead(article: Article) -> Output:
    words = " ".join(body_sentences(article)).split()[:MAX_WORDS]
    return Output([sentences(" ".join(words), article.language)])


def sumy_lexrank(article: Article) -> Output:
    import stopwordsiso
    from sumy.nlp.stemmers import Stemmer  # type: ignore[import-untyped]
    from sumy.parsers.plaintext import PlaintextParser  # type: ignore[import-untyped]
    from sumy.summarizers.lex_rank import LexRankSummarizer  # type: ignore[import-untyped]

    stem_language = "english" if article.language == "en" else "norwegian"
    code = "en" if article.language == "en" else "no"

    class Tokenizer:
        language = stem_language

        def to_sentences(self, paragraph: str) -> list[str]:
            return sentences(paragraph, article.language)

        def to_words(self, sentence: str) -> list[str]:
            return re.findall(r"\w+", sentence)

    summarizer = LexRankSummarizer(Stemmer(stem_language))
    summarizer.stop_words = stopwordsiso.stopwords(code)
    text = "\n\n".join(p for s in article.sections for p in s.paragraphs)
    document = PlaintextParser.from_string(text, Tokenizer()).document

    def best_until_full(infos: Any) -> list[Any]:
        """sumy hands a callable count its sentences best first: take them until 90 words."""
        chosen, total = [], 0
        for info in infos:
            chosen.append(info)
            total += len(str(info.sentence).split())
            if total >= MAX_WORDS:
                break
        return chosen

    picked = [str(s) for s in summarizer(document, best_until_full)]  # in article order
    words = " ".join(picked).split()[:MAX_WORDS]
    return Output([sentences(" ".join(words), article.language)])


def _key(text: str) -> str:
    return " ".join(_WORD.findall(fold(text))[:6])


def count(article: Article, output: Output, expected: dict[str, object]) -> Counter[str]:
    """The problems a reader would see in one output, by class."""
    found: Counter[str] = Counter()
    checker = clause_checker(article.language)
    order = {_key(s): i for i, s in reversed(list(enumerate(body_sentences(article))))}
    seen_words: list[set[str]] = []
    for bullets in output.sections:
        previous: int | None = None
        for bullet in bullets:
            source = order.get(_key(bullet))
            if not checker.has_main_clause(bullet):
                found["fragments (no finite verb)"] += 1
            if _CHOPPED.search(bullet):
                found["chopped attributions"] += 1
            first = bullet.split(maxsplit=1)[0].strip("–-«»“”\"'(").lower() if bullet else ""
            second = bullet.split()[1].strip(",.«»").lower() if len(bullet.split()) > 1 else ""
            # «Det er» points back, «Det sjette bindet» does not.
            # «Derfor …», «However, …» go on from the sentence before, as a pronoun does.
            pointing = (
                first in PERSONAL
                or first.rstrip(",") in CONTINUING
                or (first in PRONOUNS and checker.is_finite(second))
            )
            # The article's first sentence points back to nothing («Det var ved midnatt …»).
            first_sentence = source == 0
            if (
                pointing
                and not first_sentence
                and (previous is None or source is None or source - previous != 1)
            ):
                found["pronoun openings"] += 1
            if bullet.rstrip("»”\"') ").endswith("?"):
                found["question bullets"] += 1
            words = set(_WORD.findall(fold(bullet)))
            if len(words) >= 3 and any(
                len(words & other) >= 0.8 * min(len(words), len(other)) for other in seen_words
            ):
                found["duplicate bullets"] += 1
            seen_words.append(words)
            if FURNITURE.search(bullet):
                found["furniture hits"] += 1
            previous = source
    for text in (output.title or "", *output.headings):
        if text and FURNITURE.search(text):
            found["furniture hits"] += 1
    found["noise topics"] += sum(_noise_topic(t, article) for t in output.topics)
    wanted = [str(h) for h in expected.get("headings", [])]  # type: ignore[attr-defined]
    if expected.get("title"):
        wanted.append(str(expected["title"]))
    if wanted and output.ours:
        shown = {fold(h) for h in (*output.headings, output.title or "")}
        found["structure misses"] += sum(fold(h) not in shown for h in wanted)
    found["bullets"] += sum(len(b) for b in output.sections)
    return found


def _noise_topic(command: str, article: Article) -> bool:
    if command in NOISE_TOPICS or command in ("foto", "nrk"):
        return True
    # A part of a name: /russ from Russland, /fest from Hammerfest.
    # (not when a common word carries it too: /politi from «politiet» beside «Politiforum»)
    text = article.text
    names = {fold(w) for w in _NAME.findall(text)}
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", text)}
    common = {fold(w) for w in re.findall(r"(?<![^\s«(–-])[a-zæøå][^\W\d_]*", text)}
    if command in words or any(command in w for w in common):
        return False
    return any(n != command and (n.startswith(command) or n.endswith(command)) for n in names)


def load() -> list[tuple[str, Article, dict[str, object]]]:
    """Every sample and cached page that parses, with its expectations."""
    paths = sorted(p for p in SAMPLES.glob("*") if p.suffix in KINDS)
    if CACHE.is_dir():
        paths += sorted(p for p in CACHE.glob("*") if p.suffix in KINDS)
    result = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        sidecar = path.with_suffix(".expect.json")
        expected = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        try:
            article = parse_document(text, kind=guess_kind(path.name, text), source=path.name)
        except InputError:
            continue  # "no article text": the parser's own class, not a digest
        result.append((path.name, article, expected))
    return result


def main() -> None:
    articles = load()
    systems: dict[str, Callable[[Article], Output]] = {
        "digestbot": lambda a: ours(a, None),
        f"digestbot {MAX_WORDS}": lambda a: ours(a, MAX_WORDS),
        f"LEAD {MAX_WORDS}": lead,
        f"LexRank {MAX_WORDS}": sumy_lexrank,
    }
    totals = {name: Counter[str]() for name in systems}
    for _, article, expected in articles:
        for name, system in systems.items():
            totals[name] += count(article, system(article), expected)
    n_cached = sum(1 for name, _, _ in articles if (CACHE / name).exists())
    print(
        f"Reader bench: {len(articles)} articles ({n_cached} cached real pages),"
        f" problems a desk editor would cut"
    )
    classes = [
        "fragments (no finite verb)",
        "chopped attributions",
        "pronoun openings",
        "furniture hits",
        "structure misses",
        "question bullets",
        "duplicate bullets",
        "noise topics",
        "bullets",
    ]
    print(f"{'class':<28}" + "".join(f"{name:>14}" for name in systems))
    for cls in classes:
        row = "".join(f"{totals[name][cls]:>14}" for name in systems)
        print(f"{cls:<28}{row}")
    print("(structure misses and noise topics are ours only: the baselines have neither)")


if __name__ == "__main__":
    main()

"""Digest quality and speed on NorSumm dev (CC0), ours against LEAD and sumy in one run.

Scoring as ../shared/docs/nlp-notes.md describes: ROUGE-1/2/Lsum F1 x100 at 90 words,
a tokenizer that keeps every letter (`\\w+`, lower-cased, Norwegian Snowball stem),
the max over the three Bokmål references, averaged over the 30 articles. Fair baselines:
every system reads the same body with the same sentence splitter; sumy's TextRank and
LexRank get stopwordsiso's Norwegian stop words. The RLsum difference of digestbot to
LEAD and to the better sumy comes with a paired bootstrap 95% interval over articles
(10,000 resamples): above 0 means clearly better, not noise.

Run: .venv/bin/python bench/quality.py   (`make bench` runs it with the other figures)
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.analysis import analyse  # noqa: E402
from bot.core.digest import digest_of  # noqa: E402
from bot.core.lexicon import lexicon  # noqa: E402
from bot.core.parse import parse_text  # noqa: E402
from bot.core.text import sentences  # noqa: E402

DATA = ROOT / "bench" / "data" / "NorSumm_dev.json"
MAX_WORDS = 90


class UnicodeTokenizer:
    """rouge-score tokenizer keeping æøå: `\\w+`, lower-cased, Norwegian Snowball stem."""

    def __init__(self) -> None:
        import snowballstemmer  # type: ignore[import-untyped]

        self.stemmer = snowballstemmer.stemmer("norwegian")

    def tokenize(self, text: str) -> list[str]:
        return [self.stemmer.stemWord(w) for w in re.findall(r"\w+", text.lower())]


def load() -> list[dict[str, Any]]:
    items = json.loads(DATA.read_text(encoding="utf-8"))
    result = []
    for item in items:
        title, sep, body = item["article"].partition(" | ")
        if not sep:
            title, body = "", title
        refs = [next(iter(s.values())) for s in item["summaries_nb"]]
        result.append(
            {"id": item["id"], "title": title.strip(), "body": body.strip(), "refs": refs}
        )
    return result


def ref_lines(summary: str) -> str:
    return "\n".join(line.strip() for line in summary.split("\n") if line.strip())


def lead(item: dict[str, Any]) -> str:
    words = item["body"].split()[:MAX_WORDS]
    return "\n".join(sentences(" ".join(words)))


def ours(item: dict[str, Any]) -> str:
    # NorSumm separates crossheads and captions with " | ": read them as the blocks they are.
    body = item["body"].replace(" | ", "\n\n")
    article = parse_text(body, title=item["title"] or None, language="nb", source=item["id"])
    digest = digest_of(analyse(article), max_words=MAX_WORDS)
    return "\n".join(b for s in digest.sections for b in s.bullets)


def norwegian_stopwords() -> frozenset[str]:
    """stopwordsiso `no` (Bokmål and Nynorsk mixed): what sumy gets as its stop words."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("no"))


def sumy_summarizer(name: str) -> Callable[[dict[str, Any]], str]:
    from sumy.nlp.stemmers import Stemmer  # type: ignore[import-untyped]
    from sumy.parsers.plaintext import PlaintextParser  # type: ignore[import-untyped]
    from sumy.summarizers.lex_rank import LexRankSummarizer  # type: ignore[import-untyped]
    from sumy.summarizers.text_rank import TextRankSummarizer  # type: ignore[import-untyped]

    class Tokenizer:
        """sumy's own tokenizer needs NLTK data from the network; use the same Punkt."""

        language = "norwegian"

        def to_sentences(self, paragraph: str) -> list[str]:
            return sentences(paragraph)

        def to_words(self, sentence: str) -> list[str]:
            return re.findall(r"\w+", sentence)

    cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name]
    summarizer = cls(Stemmer("norwegian"))
    # A fair baseline: without stop words, LexRank and TextRank lose 2-4 points.
    summarizer.stop_words = norwegian_stopwords()

    def take_90_words(infos: Any) -> list[Any]:
        """sumy accepts a callable count: best-rated sentences until 90 words."""
        chosen, total = [], 0
        for info in infos:
            chosen.append(info)
            total += len(str(info.sentence).split())
            if total >= MAX_WORDS:
                break
        return chosen

    def run(item: dict[str, Any]) -> str:
        parser = PlaintextParser.from_string(item["body"], Tokenizer())
        picked = summarizer(parser.document, take_90_words)
        words = " ".join(str(s) for s in picked).split()[:MAX_WORDS]
        return "\n".join(sentences(" ".join(words)))

    return run


def score(
    system: Callable[[dict[str, Any]], str], items: list[dict[str, Any]]
) -> list[tuple[float, float, float]]:
    """R1, R2 and RLsum of every article: the best over its references."""
    from rouge_score import rouge_scorer  # type: ignore[import-untyped]

    scorer = rouge_scorer.RougeScorer(
        ["rouge1", "rouge2", "rougeLsum"], tokenizer=UnicodeTokenizer()
    )
    per_article = []
    for item in items:
        summary = system(item)
        best = [0.0, 0.0, 0.0]
        for ref in item["refs"]:
            result = scorer.score(ref_lines(ref), summary)
            for i, key in enumerate(("rouge1", "rouge2", "rougeLsum")):
                best[i] = max(best[i], result[key].fmeasure * 100)
        per_article.append((best[0], best[1], best[2]))
    return per_article


def bootstrap_interval(
    ours: list[float], other: list[float], *, resamples: int = 10_000, seed: int = 1
) -> tuple[float, float, float]:
    """The mean of (ours - other) and its paired bootstrap 95% interval, over articles."""
    rng = random.Random(seed)
    diffs = [a - b for a, b in zip(ours, other, strict=True)]
    n = len(diffs)
    means = sorted(sum(rng.choices(diffs, k=n)) / n for _ in range(resamples))
    return sum(diffs) / n, means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


def per_article_ms(
    systems: dict[str, Callable[[dict[str, Any]], str]],
    items: list[dict[str, Any]],
    rounds: int = 7,
) -> dict[str, float]:
    """The time a summary takes, every word seen before: the best of `rounds` passes.

    Each system runs its rounds in a block after its own warm-up. The best round, as
    timeit reports it, is the one other processes on a busy machine disturbed least;
    every system is measured alike.
    """
    result: dict[str, float] = {}
    for name, system in systems.items():
        system(items[0])  # warm-up: imports, models
        timings = []
        for _ in range(rounds):
            start = time.perf_counter()
            for item in items:
                system(item)
            timings.append((time.perf_counter() - start) / len(items) * 1000)
        result[name] = min(timings)
    return result


def first_pass_ms(items: list[dict[str, Any]]) -> float:
    """One pass over articles the process has not seen: every new word is analysed.

    Meant for a fresh process (`--first-pass`): warms imports and models on the seed
    article of the tests, then times one digest of each NorSumm article.
    """
    lexicon("nb").preload()
    seed = ROOT / "tests" / "fixtures" / "seed_nato.txt"
    digest_of(analyse(parse_text(seed.read_text(encoding="utf-8"))), max_words=MAX_WORDS)
    start = time.perf_counter()
    for item in items:
        ours(item)
    return (time.perf_counter() - start) / len(items) * 1000


@dataclass(frozen=True)
class Row:
    r1: float
    r2: float
    rlsum: float
    ms: float


def table(
    items: list[dict[str, Any]],
) -> tuple[dict[str, Row], dict[str, tuple[float, float, float]]]:
    """Score and time every system on the same articles; print the table.

    Returns the rows and, against LEAD and the better sumy, the mean RLsum difference of
    digestbot with its paired bootstrap 95% interval.
    """
    lexicon("nb").preload()
    words = statistics.mean(len(i["body"].split()) for i in items)
    systems: dict[str, Callable[[dict[str, Any]], str]] = {
        "digestbot": ours,
        "LEAD": lead,
        "sumy TextRank": sumy_summarizer("textrank"),
        "sumy LexRank": sumy_summarizer("lexrank"),
    }
    print(
        f"NorSumm dev: {len(items)} articles, {words:.0f} words on average,"
        f" summaries at {MAX_WORDS} words"
    )
    per_article = {name: score(system, items) for name, system in systems.items()}
    speeds = per_article_ms(systems, items)
    print(f"{'system':<16}{'R1':>7}{'R2':>7}{'RLsum':>7}{'ms/article':>12}")
    results: dict[str, Row] = {}
    for name in systems:
        r1, r2, rl = (statistics.mean(col) for col in zip(*per_article[name], strict=True))
        results[name] = Row(r1, r2, rl, speeds[name])
        print(f"{name:<16}{r1:7.1f}{r2:7.1f}{rl:7.1f}{speeds[name]:12.2f}")
    ratio = results["sumy LexRank"].ms / results["digestbot"].ms
    print(f"digestbot is {ratio:.1f}x faster than sumy LexRank per article (batch, warm)")
    rlsum = {name: [row[2] for row in rows] for name, rows in per_article.items()}
    best_sumy = max(("sumy TextRank", "sumy LexRank"), key=lambda n: results[n].rlsum)
    intervals = {}
    for other in ("LEAD", best_sumy):
        mean, low, high = intervals[other] = bootstrap_interval(rlsum["digestbot"], rlsum[other])
        print(
            f"RLsum digestbot - {other}: {mean:+.1f}, paired bootstrap 95% interval"
            f" [{low:+.1f}, {high:+.1f}]"
        )
    return results, intervals


def main(argv: list[str]) -> None:
    items = load()
    if argv == ["--first-pass"]:
        print(f"{first_pass_ms(items):.3f}")
    elif not argv:
        table(items)
    else:
        sys.exit("usage: bench/quality.py [--first-pass]")


if __name__ == "__main__":
    main(sys.argv[1:])

"""ROUGE-Lsum of digestbot against LEAD on NorSumm dev by half: decide on one, confirm on the other.

Half A is the even indexes of bench/data/NorSumm_dev.json, half B the odd ones. A change
tuned on one half goes in only if the other half agrees; the figures for all 30 come from
the same run. `--leads` prints, for each article, its first sentence (a main clause, not
a crosshead or a label) beside the digest's first bullet: the lead's news first, by eye.

Run: .venv/bin/python bench/halves.py [--leads]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import bootstrap_interval, lead, load, ours, score

from bot.core.clauses import clause_checker
from bot.core.text import sentences


def first_sentence(item: dict[str, Any]) -> str:
    """The article's first sentence with a main clause, not a crosshead or a question."""
    checker = clause_checker("nb")
    for block in item["body"].split(" | "):
        for sentence in sentences(block):
            if (
                len(sentence.split()) >= 4
                and not sentence.startswith(("-", "–", "—"))  # «- Fant aldri roen.»
                and ":" not in " ".join(sentence.split()[:2])  # «Protesterer: Tusenvis ...»
                and sentence.rstrip("»”\"' ").endswith((".", "!"))
                and checker.has_main_clause(sentence)
            ):
                return sentence
    return ""


def main(argv: list[str]) -> None:
    items = load()
    if argv == ["--leads"]:
        for i, item in enumerate(items):
            first = first_sentence(item)
            bullet = ours(item).split("\n")[0]
            mark = "=" if bullet == first else "~"
            print(f"{i:2} {mark} {len(first.split()):2}w {first}\n       -> {bullet}")
        return
    if argv:
        sys.exit("usage: bench/halves.py [--leads]")
    digestbot = [row[2] for row in score(ours, items)]
    baseline = [row[2] for row in score(lead, items)]
    print(f"{'articles':<10}{'digestbot':>10}{'LEAD':>7}{'diff':>7}  95% interval")
    for name, picked in (
        ("A (even)", slice(0, None, 2)),
        ("B (odd)", slice(1, None, 2)),
        ("all", slice(None)),
    ):
        ours_rl, lead_rl = digestbot[picked], baseline[picked]
        mean, low, high = bootstrap_interval(ours_rl, lead_rl)
        print(
            f"{name:<10}{statistics.mean(ours_rl):10.1f}{statistics.mean(lead_rl):7.1f}"
            f"{mean:+7.1f}  [{low:+.1f}, {high:+.1f}]"
        )


if __name__ == "__main__":
    main(sys.argv[1:])

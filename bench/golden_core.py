"""Everything the core gives a reader, dumped to JSON: to show a speed-up changes nothing.

For every NorSumm dev article (read as bench/quality.py reads it), every sample in
bench/reader/ and every article fixture of the tests: the sentences, the digest at 90
words and uncapped (bullets, headings, section topics, topics), each topic's excerpts
and the stored passages. Record on the code before a change, check after it:

    .venv/bin/python bench/golden_core.py record /tmp/golden.json
    .venv/bin/python bench/golden_core.py check /tmp/golden.json

`check` prints the first items that differ and exits 1 when any does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import MAX_WORDS, load  # noqa: E402

from bot.core.analysis import Analysis, analyse  # noqa: E402
from bot.core.digest import digest_of  # noqa: E402
from bot.core.errors import InputError  # noqa: E402
from bot.core.model import Article  # noqa: E402
from bot.core.parse import guess_kind, parse_document, parse_text  # noqa: E402
from bot.core.passages import keyed_excerpts, passages_of  # noqa: E402
from bot.core.topic_answers import excerpts, matcher  # noqa: E402

KINDS = (".txt", ".md", ".html", ".htm")


def articles() -> list[tuple[str, Article | str]]:
    """The NorSumm dev articles, the reader samples and the tests' article fixtures
    (or, for a file the parser refuses, its error)."""
    found: list[tuple[str, Article | str]] = []
    for item in load():
        body = item["body"].replace(" | ", "\n\n")  # as bench/quality.py's ours() reads it
        article = parse_text(body, title=item["title"] or None, language="nb", source=item["id"])
        found.append((f"norsumm/{item['id']}", article))
    for folder in (ROOT / "bench" / "reader", ROOT / "tests" / "fixtures"):
        for path in sorted(p for p in folder.iterdir() if p.suffix in KINDS):
            text = path.read_text(encoding="utf-8")
            try:
                article = parse_document(text, kind=guess_kind(path.name, text), source=path.name)
            except InputError as error:
                found.append((f"{folder.name}/{path.name}", str(error)))
                continue
            found.append((f"{folder.name}/{path.name}", article))
    return found


def dump(article: Article) -> dict[str, Any]:
    analysis: Analysis = analyse(article)
    capped = digest_of(analysis, max_words=MAX_WORDS)
    whole = digest_of(analysis)
    passages = passages_of(analysis)
    answers = {}
    for topic in whole.topics:
        keys = set(matcher(topic.command, article.language).keys)
        answers[topic.command] = {
            "excerpts": [e.to_json() for e in excerpts(analysis, topic.command)],
            "keyed": [e.to_json() for e in keyed_excerpts(passages, [keys])],
        }
    return {
        "language": article.language,
        "sentences": [[s.text for s in section.sentences] for section in analysis.sections],
        f"digest_{MAX_WORDS}": capped.to_json(),
        "digest": whole.to_json(),
        "answers": answers,
        "passages": [p.to_json() for p in passages],
    }


def snapshot() -> dict[str, Any]:
    return {
        name: article if isinstance(article, str) else dump(article) for name, article in articles()
    }


def main(argv: list[str]) -> None:
    if len(argv) != 2 or argv[0] not in ("record", "check"):
        sys.exit("usage: bench/golden_core.py record|check FILE.json")
    mode, path = argv[0], Path(argv[1])
    now = snapshot()
    if mode == "record":
        path.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"recorded {len(now)} articles to {path}")
        return
    before = json.loads(path.read_text(encoding="utf-8"))
    names = sorted(before.keys() | now.keys())
    differ = [name for name in names if before.get(name) != now.get(name)]
    for name in differ[:5]:
        for key in sorted(set(before.get(name) or {}) | set(now.get(name) or {})):
            old, new = (before.get(name) or {}).get(key), (now.get(name) or {}).get(key)
            if old != new:
                print(f"{name} {key}:\n  before {json.dumps(old, ensure_ascii=False)[:400]}")
                print(f"  now    {json.dumps(new, ensure_ascii=False)[:400]}")
    print(f"{len(now)} articles, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main(sys.argv[1:])

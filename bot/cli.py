"""The `digestbot` command line: digest, ask, topics, ingest, chat, serve, deliver."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from bot.cli_parser import EXIT_BAD_INPUT, EXIT_NO_MATCH, EXIT_OK, build_parser
from bot.core.errors import InputError
from bot.core.model import Article

if TYPE_CHECKING:
    from bot.fetch import Document


def _parse(source: str, document: Document, language: str | None) -> Article:
    from bot.core.parse import guess_kind, parse_document

    kind = guess_kind(source, document.text, document.content_type)
    lang = None if language in (None, "auto") else language
    try:
        return parse_document(
            document.text, kind=kind, source=source, language=lang, url=document.url
        )
    except InputError as error:
        raise InputError(f"{source}: {error}") from None


def load_article(source: str, *, language: str | None = None) -> Article:
    """Read and parse one source (file, URL or stdin) into an Article; a feed is refused."""
    from bot.feeds import looks_like_feed
    from bot.fetch import read_source

    document = read_source(source)
    if looks_like_feed(document):
        raise InputError(
            f"{source} is an RSS or Atom feed, not one article: `digestbot digest {source}` "
            f"digests its entries, `digestbot ingest {source}` stores them"
        )
    return _parse(source, document, language)


def _articles(sources: Sequence[str], language: str) -> Iterator[Article | InputError]:
    """Each source's article; a feed's entries one by one (newest first, at most the cap)."""
    from bot.feeds import looks_like_feed
    from bot.fetch import read_source

    for source in sources:
        try:
            document = read_source(source)
            if looks_like_feed(document):
                yield from _feed_articles(source, document, language)
            else:
                yield _parse(source, document, language)
        except InputError as error:
            yield error
        except Exception as error:  # noqa: BLE001 - one bad source must not stop a batch
            yield InputError(f"{source}: cannot be read ({type(error).__name__})")


def _feed_articles(
    source: str, document: Document, language: str
) -> Iterator[Article | InputError]:
    from bot.feeds import (
        article_in_entry,
        entry_link,
        entry_name,
        feed_limits,
        newest_first,
        parse_feed,
        with_entry_details,
    )

    try:
        parsed = parse_feed(document)
    except InputError as error:
        raise InputError(f"{source}: {error}") from None
    feed = document.url or source
    entries = newest_first(list(parsed.entries), feed_limits(None, None).max_entries)
    if not entries:
        raise InputError(f"{source}: the feed has no entries")
    for number, entry in enumerate(entries, start=1):
        name = entry_name(entry, feed, number)
        try:
            lang = None if language == "auto" else language
            article = article_in_entry(entry, feed, language=lang)
            if article is None:  # a teaser: the article is read from its link
                article = load_article(entry_link(entry, feed) or name, language=language)
            yield with_entry_details(article, entry)
        except InputError as error:
            reason = str(error).removeprefix(f"{name}: ").removeprefix(f"{name} ")
            yield InputError(f"{name}: {reason}")
        except Exception as error:  # noqa: BLE001 - one bad entry must not stop the feed
            yield InputError(f"{name}: cannot be read ({type(error).__name__})")


def _print_error(error: InputError) -> None:
    sys.stderr.write(f"digestbot: {error}\n")


# Loading the whole dictionary takes 0.4 s and saves about 3 ms an article over
# looking words up in the SQLite cache: worth it from about 130 articles on.
_PRELOAD_SOURCES = 100


def cmd_digest(args: argparse.Namespace) -> int:
    from bot.chat.commands import RESERVED
    from bot.core.digest import digest_article
    from bot.platforms.console import renderer as text

    if len(args.sources) > _PRELOAD_SOURCES:
        from bot.core.lexicon import lexicon

        # A big batch amortises loading the whole dictionary into memory.
        lexicon(args.lang if args.lang != "auto" else "nb").preload()
    status = EXIT_OK
    first = True
    for result in _articles(args.sources, args.lang):
        if isinstance(result, InputError):
            _print_error(result)
            status = EXIT_BAD_INPUT
            continue
        digest = digest_article(result, max_words=args.max_words, reserved=RESERVED)
        if args.format in ("json", "jsonl"):
            indent = 2 if args.format == "json" and len(args.sources) == 1 else None
            print(json.dumps(digest.to_json(), ensure_ascii=False, indent=indent))
        elif args.format in ("telegram", "slack"):
            print(_platform_preview(digest, args.format))
        else:
            if not first:
                print("\n" + "─" * 40 + "\n")
            print(text.digest_text(digest))
        first = False
        sys.stdout.flush()
    return status


def _platform_preview(digest: object, platform: str) -> str:
    """Render a digest as the platform would receive it (HTML or Block Kit JSON)."""
    from bot.chat.replies import ArticleRef, DigestItem, DigestReply, TopicEntry
    from bot.core.model import Digest

    assert isinstance(digest, Digest)
    ref = ArticleRef(digest.display_title, digest.source, digest.url, digest.date)
    reply = DigestReply(
        (DigestItem(ref, digest.sections),),
        tuple(TopicEntry(t.command, t.label, ref, t.sections) for t in digest.topics),
    )
    if platform == "telegram":
        from bot.platforms.telegram.renderer import render as render_telegram

        return "\n\n".join(m.html for m in render_telegram(reply))
    from bot.platforms.slack.renderer import render as render_slack

    return json.dumps(
        [{"text": m.text, "blocks": m.blocks} for m in render_slack(reply)], ensure_ascii=False
    )


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.chat.commands import RESERVED
    from bot.core.analysis import analyse
    from bot.core.topic_answers import excerpts
    from bot.core.topics import derive_topics
    from bot.platforms.console import renderer as text

    article = load_article(args.source, language=args.lang)
    query = " ".join(args.query).strip()
    analysis = analyse(article)
    found = excerpts(analysis, query)
    shown_query = query.lstrip("/")
    topics = (
        ""
        if found
        else " ".join(f"/{t.command}" for t in derive_topics(analysis, reserved=RESERVED)[0])
    )
    if args.format == "json":
        # The interface's shape exactly; the topics there are go to stderr.
        payload = {"query": shown_query, "matches": [e.to_json() for e in found]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        if not found:
            sys.stderr.write(
                f"digestbot: nothing on «{shown_query}»; topics: {topics or '(none)'}\n"
            )
    elif found:
        print(text.excerpt_text(found))
    else:
        print(f"Nothing on «{shown_query}» in {args.source}.\nTopics: {topics or '(none)'}")
    return EXIT_OK if found else EXIT_NO_MATCH


def cmd_topics(args: argparse.Namespace) -> int:
    from bot.chat.commands import RESERVED
    from bot.core.digest import topics_of

    article = load_article(args.source, language=args.lang)
    topics = topics_of(article, reserved=RESERVED)
    if args.format == "json":
        rows = [
            {"command": t.command, "label": t.label, "sections": list(t.sections)} for t in topics
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for topic in topics:
            headings = [article.sections[i].heading or "(lead)" for i in topic.sections]
            print(f"/{topic.command}\t{topic.label}\t{'; '.join(headings)}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every failure is one line on stderr, never a traceback."""
    args = build_parser().parse_args(argv)
    handlers = {"digest": cmd_digest, "ask": cmd_ask, "topics": cmd_topics}
    try:
        if args.command in handlers:
            return handlers[args.command](args)
        from bot.entrypoints.cli import run_command

        return run_command(args)
    except InputError as error:
        _print_error(error)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the last guard: a line, not a traceback
        import logging

        logging.getLogger("digestbot").debug("unexpected error", exc_info=True)
        sys.stderr.write(f"digestbot: unexpected error: {type(error).__name__}: {error}\n")
        return EXIT_BAD_INPUT

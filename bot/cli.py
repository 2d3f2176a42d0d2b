"""The `digestbot` command line: digest, ask, topics, ingest, chat, serve, deliver."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from bot.core.errors import InputError
from bot.core.model import Article

EXIT_OK, EXIT_NO_MATCH, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_BAD_INPUT)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="digestbot", description="News digests with topic commands.")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    digest = commands.add_parser("digest", help="print the digest of each SOURCE")
    digest.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="file, http(s) URL or - for stdin"
    )
    digest.add_argument(
        "--format", choices=["text", "json", "jsonl", "telegram", "slack"], default="text"
    )
    digest.add_argument("--max-words", type=_positive_int, default=None, metavar="N")
    digest.add_argument("--lang", choices=["auto", "nb", "nn", "en"], default="auto")

    ask = commands.add_parser("ask", help="print the excerpt that answers a topic command")
    ask.add_argument("source", metavar="SOURCE")
    ask.add_argument("query", nargs="+", metavar="QUERY")
    ask.add_argument("--format", choices=["text", "json"], default="text")
    ask.add_argument("--lang", choices=["auto", "nb", "nn", "en"], default="auto")

    topics = commands.add_parser("topics", help="print the topic commands of an article")
    topics.add_argument("source", metavar="SOURCE")
    topics.add_argument("--format", choices=["text", "json"], default="text")
    topics.add_argument("--lang", choices=["auto", "nb", "nn", "en"], default="auto")

    ingest = commands.add_parser("ingest", help="store articles, pages and feeds in the database")
    ingest.add_argument("sources", nargs="+", metavar="SOURCE")

    commands.add_parser("chat", help="the console chat: commands from stdin, replies on stdout")
    serve = commands.add_parser("serve", help="run the configured adapters and the scheduler")
    serve.add_argument(
        "--role",
        choices=["web", "worker", "all"],
        default="all",
        help="web: webhooks, Slack events, console, /healthz /readyz /metrics; "
        "worker: the scheduler, deliveries and feed polling; all: both (default)",
    )
    commands.add_parser("migrate", help="bring the database schema up to date and exit")

    deliver = commands.add_parser(
        "deliver", help="deliver every digest due at or before an instant"
    )
    deliver.add_argument("--due-at", required=True, metavar="ISO8601")

    subscriptions = commands.add_parser("subscriptions", help="list, add or remove subscriptions")
    subscriptions.add_argument("action", choices=["list", "add", "remove"])
    subscriptions.add_argument("--platform", default=None)
    subscriptions.add_argument("--chat", default=None)
    subscriptions.add_argument("--thread", default=None)
    subscriptions.add_argument("--time", default=None, metavar="HH:MM")
    subscriptions.add_argument("--zone", default=None, metavar="AREA/CITY")
    subscriptions.add_argument("--topics", nargs="*", default=None)

    sources = commands.add_parser(
        "sources", help="a chat's own sources, or the shared ones; OPML import and export"
    )
    sources.add_argument("action", choices=["list", "add", "remove", "import", "export"])
    sources.add_argument("target", nargs="?", default=None, help="URL, N, or FILE.opml")
    sources.add_argument("--platform", default=None)
    sources.add_argument("--chat", default=None)
    sources.add_argument("--thread", default=None)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def load_article(source: str, *, language: str | None = None) -> Article:
    """Read and parse one source (file, URL or stdin) into an Article."""
    from bot.core.parse import guess_kind, parse_document
    from bot.fetch import read_source

    document = read_source(source)
    kind = guess_kind(source, document.text, document.content_type)
    lang = None if language in (None, "auto") else language
    try:
        return parse_document(
            document.text, kind=kind, source=source, language=lang, url=document.url
        )
    except InputError as error:
        raise InputError(f"{source}: {error}") from None


def _articles(sources: Sequence[str], language: str) -> Iterator[Article | InputError]:
    for source in sources:
        try:
            yield load_article(source, language=language)
        except InputError as error:
            yield error
        except Exception as error:  # noqa: BLE001 - one bad source must not stop a batch
            yield InputError(f"{source}: cannot be read ({type(error).__name__})")


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
    from bot.core.topics import derive_topics, excerpts
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
    args = _parser().parse_args(argv)
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

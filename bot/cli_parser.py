"""The argparse parser of `digestbot`: every command and option, each with its help text."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_OK, EXIT_NO_MATCH, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_BAD_INPUT)


FORMAT_HELP = "text (default), or json for a program to read"
LANG_HELP = "the article's language: auto (default: detected), nb, nn or en"
PLATFORM_HELP = "the chat's platform: console, telegram or slack"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("digestbot")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: commands, options, help."""
    parser = _Parser(prog="digestbot", description="News digests with topic commands.")
    parser.add_argument(
        "--version",
        action="version",
        version=f"digestbot {_version()}",
        help="print the version and exit",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    digest = commands.add_parser("digest", help="print the digest of each SOURCE")
    digest.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="file, http(s) URL or - for stdin; a feed's entries are digested one by one",
    )
    digest.add_argument(
        "--format",
        choices=["text", "json", "jsonl", "telegram", "slack"],
        default="text",
        help="text (default); json (one object), jsonl (one a line); telegram or slack: "
        "the message as that platform gets it",
    )
    digest.add_argument(
        "--max-words",
        type=_positive_int,
        default=None,
        metavar="N",
        help="at most N words in all the bullets together",
    )
    digest.add_argument(
        "--lang", choices=["auto", "nb", "nn", "en"], default="auto", help=LANG_HELP
    )

    ask = commands.add_parser("ask", help="print the excerpt that answers a topic command")
    ask.add_argument("source", metavar="SOURCE", help="file, http(s) URL or - for stdin")
    ask.add_argument(
        "query", nargs="+", metavar="QUERY", help="a topic (/atom, atom, øvelse) or words"
    )
    ask.add_argument("--format", choices=["text", "json"], default="text", help=FORMAT_HELP)
    ask.add_argument("--lang", choices=["auto", "nb", "nn", "en"], default="auto", help=LANG_HELP)

    topics = commands.add_parser("topics", help="print the topic commands of an article")
    topics.add_argument("source", metavar="SOURCE", help="file, http(s) URL or - for stdin")
    topics.add_argument("--format", choices=["text", "json"], default="text", help=FORMAT_HELP)
    topics.add_argument(
        "--lang", choices=["auto", "nb", "nn", "en"], default="auto", help=LANG_HELP
    )

    ingest = commands.add_parser(
        "ingest",
        help="store articles, pages and feeds in the database "
        "(exit 1 when a source failed, 2 when all did)",
    )
    ingest.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="file, folder, http(s) URL of a page or an RSS/Atom feed, or - for stdin",
    )

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
    deliver.add_argument(
        "--due-at",
        required=True,
        metavar="ISO8601",
        help="the instant, e.g. 2026-11-30T08:00:00+01:00",
    )

    subscriptions = commands.add_parser("subscriptions", help="list, add or remove subscriptions")
    subscriptions.add_argument(
        "action", choices=["list", "add", "remove"], help="what to do: list, add or remove"
    )
    subscriptions.add_argument(
        "--platform", default=None, help=PLATFORM_HELP + " (list: only that one)"
    )
    subscriptions.add_argument(
        "--chat",
        default=None,
        help="the chat's id on its platform (add, remove: several with commas)",
    )
    subscriptions.add_argument(
        "--thread", default=None, help="the forum topic or thread in that chat"
    )
    subscriptions.add_argument(
        "--time",
        default=None,
        metavar="HH:MM",
        help="add: the local time of the daily digest (default 08:00)",
    )
    subscriptions.add_argument(
        "--zone",
        default=None,
        metavar="AREA/CITY",
        help="add: the time zone (default DIGESTBOT_TIMEZONE)",
    )
    subscriptions.add_argument(
        "--topics", nargs="*", default=None, help="add: only these topics (default: all)"
    )

    sources = commands.add_parser(
        "sources", help="a chat's own sources, or the shared ones; OPML import and export"
    )
    sources.add_argument(
        "action",
        choices=["list", "add", "remove", "import", "export"],
        help="list, add URL, remove N|URL, import FILE.opml, or export (OPML on stdout)",
    )
    sources.add_argument("target", nargs="?", default=None, help="URL, N, or FILE.opml")
    sources.add_argument(
        "--platform", default=None, help=PLATFORM_HELP + " (with --chat; default: shared list)"
    )
    sources.add_argument("--chat", default=None, help="the chat's id (default: the shared list)")
    sources.add_argument("--thread", default=None, help="the forum topic or thread in that chat")
    for choice in commands._choices_actions:  # `digestbot ingest --help` says it too
        commands.choices[choice.dest].description = choice.help
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number

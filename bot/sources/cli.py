"""`digestbot sources list|add|remove|import|export [--platform P --chat ID [--thread T]]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from bot.core.errors import InputError
from bot.settings import Settings
from bot.sources.model import SHARED, Scope
from bot.sources.opml import MAX_OPML_BYTES, parse_opml

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def scope_from(args: argparse.Namespace) -> Scope:
    if args.chat is None and args.platform is None:
        if args.thread:
            raise InputError("--thread needs --platform and --chat")
        return SHARED
    if not args.chat or not args.platform:
        raise InputError("--platform and --chat go together (without both: the shared sources)")
    return Scope(args.platform, str(args.chat), args.thread or "")


def run_sources_command(
    args: argparse.Namespace,
    settings: Settings,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one `digestbot sources` action; 2 with one line on stderr for bad input."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        scope = scope_from(args)
        target = (args.target or "").strip()
        if args.action in ("add", "remove", "import") and not target:
            what = {"add": "a URL", "remove": "N or a URL", "import": "an OPML file"}
            raise InputError(f"sources {args.action} needs {what[args.action]}")
        data = _read_opml(target) if args.action == "import" else b""
    except InputError as error:
        err.write(f"digestbot: {error}\n")
        return EXIT_BAD_INPUT
    from bot.bootstrap import build_sources, open_store

    store = open_store(settings)
    try:
        service = build_sources(settings, store)
        if args.action == "list":
            sources = service.book.listing(scope)
            out.write(f"{scope.describe()}: {len(sources)} sources\n")
            for number, source in enumerate(sources, 1):
                out.write(f"{number}. {service.line(source)}\n")
            return EXIT_OK
        if args.action == "export":
            out.write(service.export(scope))
            return EXIT_OK
        if args.action == "import":
            counts = service.import_outlines(scope, parse_opml(data))
            out.write(counts.summary() + "\n")
            return EXIT_OK
        notice = service.add_to(scope, target) if args.action == "add" else None
        if notice is None:
            notice = service.remove_from(scope, target)
        if notice.kind == "error":
            err.write(f"digestbot: {notice.text}\n")
            return EXIT_BAD_INPUT
        out.write(notice.text + "\n")
        return EXIT_OK
    except InputError as error:
        err.write(f"digestbot: {error}\n")
        return EXIT_BAD_INPUT
    finally:
        store.close()


def _read_opml(name: str) -> bytes:
    path = Path(name)
    if name != "-" and not path.is_file():
        raise InputError(f"{name}: no such file")
    data = sys.stdin.buffer.read(MAX_OPML_BYTES + 1) if name == "-" else path.read_bytes()
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    return data

"""The Slack app manifest, generated from the command table (`config/slack-manifest.yml`).

Regenerate the committed file with
`python -m bot.platforms.slack.manifest > config/slack-manifest.yml`;
`--socket-mode` prints the variant without request URLs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from bot.chat.commands import COMMANDS, Command

APP_NAME = "Digestbot"
DESCRIPTION = "Short digests of news articles, and the articles' own words on a topic."
SLASH_COMMAND = "/digest"
PLACEHOLDER_URL = "https://digestbot.example.com/slack/events"
BOT_SCOPES = (
    "commands",
    "chat:write",
    "chat:write.public",
    "app_mentions:read",
    "im:history",
    "im:read",
    "im:write",
    "users:read",
    "channels:read",
    "groups:read",
    # OPML files shared in channels and DMs: the messages that share them, and the files.
    "channels:history",
    "groups:history",
    "mpim:history",
    "files:read",
    # `/digest sources opml` uploads the list as a file.
    "files:write",
)
# A shared file arrives as a `message` with subtype `file_share` (its text says whether the
# bot is addressed); the listener answers nothing else from channels' messages.
BOT_EVENTS = (
    "app_home_opened",
    "app_mention",
    "message.im",
    "message.channels",
    "message.groups",
    "message.mpim",
)
HEADER = (
    "# The Slack app manifest of Digestbot, generated from the command table by\n"
    "# `python -m bot.platforms.slack.manifest`; a test keeps the two in step.\n"
    "# HTTP mode: replace the request URLs with https://YOUR-HOST/slack/events.\n"
    "# Socket Mode: use `python -m bot.platforms.slack.manifest --socket-mode` instead.\n"
)


def usage_hint(commands: Sequence[Command] = COMMANDS) -> str:
    """List the words that may follow `/digest`: a topic, then every command but the digest."""
    words = ["TOPIC"]
    words.extend(
        f"{c.name} {c.args}".strip() for c in commands if c.name != SLASH_COMMAND.lstrip("/")
    )
    return "[" + " | ".join(words) + "]"


def manifest(*, socket_mode: bool = False, request_url: str = PLACEHOLDER_URL) -> dict[str, Any]:
    """Return the manifest as data: slash command, scopes, events, App Home, Socket Mode switch."""
    # Socket Mode needs no public URL; HTTP mode sends commands and events to one endpoint.
    url: dict[str, Any] = {} if socket_mode else {"url": request_url}
    command: dict[str, Any] = {
        "command": SLASH_COMMAND,
        **url,
        "description": "The news digest, a topic's excerpt, or a daily subscription",
        "usage_hint": usage_hint(),
        "should_escape": False,
    }
    events: dict[str, Any] = {
        **({} if socket_mode else {"request_url": request_url}),
        "bot_events": list(BOT_EVENTS),
    }
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": APP_NAME,
            "description": DESCRIPTION,
            "background_color": "#1d3557",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": True,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": False,
            },
            "bot_user": {"display_name": APP_NAME, "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": {"bot": list(BOT_SCOPES)}},
        "settings": {
            "event_subscriptions": events,
            # Topic buttons: clicks (block_actions) come to the same endpoint.
            "interactivity": {"is_enabled": True, **url_key(socket_mode, request_url)},
            "org_deploy_enabled": False,
            "socket_mode_enabled": socket_mode,
            "token_rotation_enabled": False,
        },
    }


def url_key(socket_mode: bool, request_url: str) -> dict[str, Any]:
    return {} if socket_mode else {"request_url": request_url}


def to_yaml(value: Any, indent: int = 0) -> str:
    """Write mappings, lists, strings, numbers and booleans as block YAML (PyYAML not needed)."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:")
                lines.append(to_yaml(item, indent + 1))
            else:
                lines.append(f"{pad}{key}: {_scalar(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                # The first key goes on the dash line; the rest align under it.
                body = to_yaml(item, indent + 1).splitlines()
                lines.append(f"{pad}- {body[0].lstrip()}")
                lines.extend(body[1:])
            else:
                lines.append(f"{pad}- {_scalar(item)}")
    else:
        lines.append(pad + _scalar(value))
    return "\n".join(lines)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    # A JSON string is a valid YAML double-quoted scalar, escapes included.
    return json.dumps(str(value))


def render_manifest(socket_mode: bool = False, request_url: str = PLACEHOLDER_URL) -> str:
    """Return the manifest as the YAML text committed in `config/slack-manifest.yml`."""
    return HEADER + to_yaml(manifest(socket_mode=socket_mode, request_url=request_url)) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the manifest."""
    parser = argparse.ArgumentParser(prog="python -m bot.platforms.slack.manifest")
    parser.add_argument("--socket-mode", action="store_true", help="no request URLs")
    parser.add_argument("--request-url", default=PLACEHOLDER_URL, help="public /slack/events URL")
    args = parser.parse_args(argv)
    sys.stdout.write(render_manifest(args.socket_mode, args.request_url))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The committed Slack manifest is the one generated from the command table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.chat.commands import COMMANDS
from bot.platforms.slack.manifest import manifest, render_manifest, to_yaml, usage_hint

MANIFEST_FILE = Path(__file__).resolve().parent.parent / "config" / "slack-manifest.yml"


def test_committed_manifest_is_in_step_with_the_command_table() -> None:
    assert MANIFEST_FILE.read_text(encoding="utf-8") == render_manifest(), (
        "regenerate it: python -m bot.platforms.slack.manifest > config/slack-manifest.yml"
    )


def test_usage_hint_lists_every_command_of_the_table() -> None:
    hint = usage_hint()
    for command in COMMANDS:
        if command.name != "digest":
            assert f"{command.name} {command.args}".strip() in hint
    assert "TOPIC" in hint
    assert len(hint) <= 1000


@pytest.mark.parametrize("socket_mode", [False, True])
def test_yaml_reads_back_as_the_manifest(socket_mode: bool) -> None:
    data = manifest(socket_mode=socket_mode)
    assert _load_yaml(render_manifest(socket_mode)) == data
    settings = data["settings"]
    assert settings["socket_mode_enabled"] is socket_mode
    [command] = data["features"]["slash_commands"]
    assert ("url" in command) is not socket_mode
    assert ("request_url" in settings["event_subscriptions"]) is not socket_mode


def test_manifest_declares_what_the_adapter_uses() -> None:
    data = manifest()
    assert set(data["oauth_config"]["scopes"]["bot"]) >= {
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
        "channels:history",  # the messages that share OPML files in channels
        "groups:history",
        "mpim:history",
        "files:read",  # downloading a shared OPML file
        "files:write",  # `/digest sources opml` as a file
    }
    assert set(data["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention",
        "message.im",
        "message.channels",
        "message.groups",
        "message.mpim",
        "app_home_opened",
    }
    assert data["features"]["app_home"]["home_tab_enabled"] is True
    assert data["features"]["app_home"]["messages_tab_enabled"] is True
    [command] = data["features"]["slash_commands"]
    assert command["command"] == "/digest"
    # The limits of Slack's manifest schema.
    assert len(data["display_information"]["name"]) <= 35
    assert len(data["display_information"]["description"]) <= 140
    assert 1 <= len(command["description"]) <= 2000


def test_yaml_writer_quotes_what_yaml_would_misread() -> None:
    text = to_yaml({"a": "yes", "b": "#x: y", "c": [{"d": 1, "e": True}], "f": "ø\n"})
    assert _load_yaml(text) == {"a": "yes", "b": "#x: y", "c": [{"d": 1, "e": True}], "f": "ø\n"}


def _load_yaml(text: str) -> Any:
    """Read the block-YAML subset `to_yaml` writes (PyYAML is not a dependency)."""
    lines = [
        (len(line) - len(line.lstrip(" ")), line.strip())
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    value, rest = _node(lines, 0)
    assert not rest
    return value


def _node(lines: list[tuple[int, str]], indent: int) -> tuple[Any, list[tuple[int, str]]]:
    if lines[0][1].startswith("- "):
        items: list[Any] = []
        while lines and lines[0][0] == indent and lines[0][1].startswith("- "):
            depth, body = lines[0]
            if (": " in body[2:] and not body[2:].startswith('"')) or body.endswith(":"):
                # A mapping item: its first key sits on the dash line.
                lines = [(depth + 2, body[2:]), *lines[1:]]
                item, lines = _node(lines, depth + 2)
            else:
                item, lines = _scalar(body[2:]), lines[1:]
            items.append(item)
        return items, lines
    mapping: dict[str, Any] = {}
    while lines and lines[0][0] == indent and not lines[0][1].startswith("- "):
        key, _, raw = lines[0][1].partition(":")
        lines = lines[1:]
        if raw.strip():
            mapping[key] = _scalar(raw.strip())
        else:
            mapping[key], lines = _node(lines, lines[0][0])
    return mapping, lines


def _scalar(raw: str) -> Any:
    return json.loads(raw)

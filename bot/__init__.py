"""Digestbot: news digests with topic commands for Telegram, Slack and the terminal."""

__version__ = "0.1.0"

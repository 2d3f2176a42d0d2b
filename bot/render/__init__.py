"""Renderers: structured replies to each platform's format, as pure functions."""

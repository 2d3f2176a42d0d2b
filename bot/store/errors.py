"""Errors the store raises; their message is one line, shown as is, and never holds a password."""

from __future__ import annotations


class StoreUnavailable(Exception):
    """The database cannot be reached, is locked, or is not a Digestbot database."""


class StoreBusy(StoreUnavailable):
    """A write gave up waiting for a lock another connection holds; trying again later works."""

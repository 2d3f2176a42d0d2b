"""Errors the core raises for input a user gave; their message is shown as is."""


class InputError(Exception):
    """An article or source that cannot be read: the message says why, in one line."""

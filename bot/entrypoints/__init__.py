"""The processes a user starts: the command line, `serve` and `deliver`; each calls bootstrap."""

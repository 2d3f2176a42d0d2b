"""The platforms: one folder each (listener, sender, renderer, settings), named in `registry`."""

"""What every platform needs, written once: de-duplication, admin caching, pacing, policy."""

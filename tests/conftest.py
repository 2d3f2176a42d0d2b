"""Shared pytest set-up: the database fixtures live in tests/fixtures/db.py."""

pytest_plugins = ["tests.fixtures.db"]

"""Subscriptions and the daily digest: planning, exactly-once delivery and the scheduler.

`times` is pure (daily times, time zones, DST); `tables` and the modules that use them need
SQLAlchemy; `scheduler` needs APScheduler. Nothing here is imported by the core.
"""

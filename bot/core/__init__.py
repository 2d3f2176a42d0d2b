"""The platform-free digest core: articles, sections, bullets, topics and excerpts.

Nothing here imports telegram, slack_bolt, apscheduler or sqlalchemy.
"""

from bot.core.model import Article, Digest, Excerpt, Section, SectionDigest, Topic

__all__ = ["Article", "Digest", "Excerpt", "Section", "SectionDigest", "Topic"]

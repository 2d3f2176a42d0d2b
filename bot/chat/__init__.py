"""The platform-neutral chat: one command table, structured replies, one service."""

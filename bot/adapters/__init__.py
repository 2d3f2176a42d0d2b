"""Platform adapters: each translates between a chat platform and the chat service."""

"""The library in the database: each article's digest, topics and word keys, stored once.

`index` analyses an article when it arrives and stores what every answer needs; `stored`
answers the chat from those rows with a bounded cache; `retention` removes old articles
no chat follows.
"""

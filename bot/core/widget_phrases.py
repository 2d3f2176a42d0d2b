"""Whole lines of a page's widgets: labels and buttons, and the lines after which a page
shows other stories (read by bot.core.widgets, lower-cased and without end punctuation)."""

from __future__ import annotations

# fmt: off
# Lines after which the page shows other stories, not this one.
WIDGET_ENDS = frozenset((
    "andre saker å lese", "andre saker", "andre leser også", "andre les også", "flere saker",
    "fleire saker", "flere nyheter", "fleire nyhende", "mer fra forsiden", "anbefalte saker",
    "anbefalt for deg", "suggested for you", "you may also like", "more stories",
    "more top stories", "recommended", "recommended stories", "view more video",
    "view more videos", "more videos", "nation & world videos", "latest videos", "top videos",
    "recent posts", "latest posts", "more news", "latest news", "siste saker",
    "editor's picks", "editor’s picks", "most popular", "les mer fra", "sportsnyheter",
    "sportsnyheiter", "similar news", "related news", "the latest", "andre notiser",
    "andre notisar", "andre nyheter", "andre nyhende", "flere notiser", "fleire notisar",
    "more news from", "most read", "mest lest", "mest lese", "most viewed", "trending now",
    "most viewed news stories", "most read news stories", "most viewed stories", "go deeper",
    "kulturstrøm", "saker fra våre eiere", "what do the words mean?",  # (a glossary box last)
))

# Whole lines (lower-cased, without end punctuation) that are a widget's label.
WIDGET_PHRASES = frozenset((
    "ranger denne artikkelen", "ranger artikkelen", "rate this article", "rate this story",
    "save story", "save", "saved", "suggested for you", "comments", "videos", "photos", "topline",
    "view more video", "view more videos", "view comments", "start reading", "one app",
    "listen", "lytt", "lytt til artikkelen", "lytt til saka", "lytt til saken",
    "hopp til innhold", "hopp til innhald", "hopp til hovedinnhold", "til framsida",
    "til forsida", "til forsiden", "søk", "meny", "menu", "nyhetstips", "endret", "endra",
    "takk for at du vil dele artikkelen", "takk for at du deler artikkelen",
    "get all your news in one place", "continue reading", "les heile artikkelen", "info",
    "ekspandér faktaboks", "ekspander faktaboks", "utvid faktaboks", "lukk faktaboks",
    "hopp til hovudinnhald", "gå til innhold", "gå videre til innhold", "gå vidare til innhald",
    "accessibility links", "breaking news", "breaking", "fant du det du lette etter?",
    "fann du det du leita etter?", "become a supporter", "humidity", "read now", "latest news",
    "more information", "live reporting", "video content", "audio", "find out more", "live news",
    "sort by", "all times stated are uk", "got a tv licence?", "got a tv licence",
    "saken oppdateres", "saka vert oppdatert", "saka blir oppdatert", "this story is developing",
    "this story is still developing and will be updated", "saken oppdateres fortløpende",
    "this is a developing story", "please use chrome browser for a more accessible video player",
    "why you can trust sky news", "travel news: choose an area", "oops! something went wrong",
    "something went wrong", "ekspander/minimer faktaboks", "saken oppsummert", "us markets closed",
    "change language", "velg språk", "endre språk", "select language", "get involved",
    "help keep family & friends informed by sharing this article", "kun høydepunkter",
    "laster twitter-innhold", "laster innhold", "laster x-innhold", "siste innlegg",
    "latest posts", "normal view", "story highlights", "your article has been sent",
    "there are new articles available, click to refresh the page",  # (a reader's, on top)
    "sjå videoreportasje", "se videoreportasje", "se videoreportasjen", "sjå videoreportasjen",
    "next up", "available on air stations", "play live radio",  # a radio station's player
    "please look at the time stamp on the story to see when it was last updated",  # an archive's
    # what others read, a box between the caption and the story
    "akkurat nå leser andre også", "akkurat no les andre òg", "andre leser akkurat nå",
    # a fact box's buttons, run together or not
    "les fakta", "lukk fakta", "les faktalukk fakta", "vis fakta", "skjul fakta",
    # a video's prompt between the paragraphs
    "you may also want to watch", "you might also want to watch", "you may also like to watch",
    # a web story's buttons, a blog's comment box
    "like save and share", "for more stories", "no comments", "post a comment", "leave a reply",
    "leave a comment", "leave us a comment", "skriv en kommentar", "skriv ein kommentar",
    # a site's logo, named by its alt text; a summary box's label
    "logo", "site logo", "kortversjonen", "kort fortalt", "in short", "tl;dr", "tl:dr", "tldr",
    # a paywall's label, a site's lists and its comment box
    "eksklusiv", "exclusive", "trending stories", "trending now", "most read", "mest lest",
    "text settings", "les hele artikkelen", "hero image", "view caption hide caption",
    "want to discuss? please read our commenting policy first", "privat",  # («Privat»: a credit)
    "gå til sidens hovedinnhold", "hopp til sidens hovedinnhold", "gå til hovedinnhold",
    "gå til hovudinnhald", "forklar ord med symboler", "läs mer", "les ukens e-avis", "play video",
    "andre tjenester", "play brightcove video", "vise bilder", "hør teksten", "artikkel side",
    # an image's button, a stamp of moments ago, a live match's phases
    "enlarge", "nå nettopp", "akkurat nå", "just now", "second half begins", "second half starts",
    "first half begins", "drinks break", "kick-off", "kick off", "half-time", "full-time",
    # a login box: «Email» / «Password» / «Remember meForgot password?» / «Log in with Twitter»
    "password", "passord", "username", "brukernavn", "remember me", "husk meg", "log in",
    "logg inn", "sign in", "forgot password?", "forgot your password?", "glemt passord?",
    "log in with twitter", "log in with facebook", "log in with google", "sign in with google",
    "sign in with apple", "sign in with facebook", "logg inn med vipps", "logg inn med bankid",
    # a climate box: «CO₂ i atmosfæren» / «419 ppm» / «1,5-gradersmålet» / «+1.02 °C»
    "co₂ i atmosfæren", "co2 i atmosfæren", "1,5-gradersmålet", "1,5-gradsmålet",
    "les mer om klima", "les meir om klima", "kort oppsummert", "overview",  # (a summary's)
    "close window", "syndicate content", "lukk vindu",  # (a window's and a feed's buttons)
    # a paywall's box: «For å lese denne saken må du være abonnent» / «KJØP»; an e-edition's
    "kjøp", "buy", "er du allerede abonnent?", "er du allereie abonnent?", "allerede abonnent?",
    "already a subscriber?", "for å lese denne saken må du være abonnent", "bla med piltastene",
    "for å lese denne saka må du vere abonnent", "et abonnement gir tilgang til alt innhold",
    # a live feed's link; a shop's and a reader's boxes, a newsletter's pitch
    "følg utviklingen direkte", "følg utviklinga direkte", "følg saken direkte",
    "følg saka direkte", "følg utviklingen her", "følg utviklinga her", "shopping cart",
    "saved articles", "browse articles", "newsletter image", "do not worry we don't spam",
    "you have not yet added any article to your bookmarks", "gdpr compliance", "uk markets closed",
    "subscribe to the newsletter", "subscribe to our newsletter", "du kan bla til neste side",
    # a summary box's label, a share button, a live story's sign-off, a reactions button
    "bookmark and share", "more as we have it", "more to follow",
    "open extended reactions", "stay informed on the latest news", "sjekk det ut her",
    "sjekk det ut", "sjekk ut her", "got a tip?", "got a tip", "have a tip?",
    # a syndicated post's and an archive's notes on themselves
    "this post was originally published on this site",
    "some images and formatting may have been lost in the conversion",
    "be part of the conversation", "join the conversation",  # (a comment box's heading)
))
# fmt: on

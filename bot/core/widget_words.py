"""What a page's boxes say: notices, consent and login walls, appeals, players, share dialogs.

A line with these words is a widget (bot.core.widgets), not the article's text.
"""

from __future__ import annotations

WIDGET_WORDS_PATTERN = (
    # A video player's notice: «Du trenger javascript for å se video.»
    r"trenger javascript\b|treng javascript\b|enable javascript\b|"
    # Archive notices: «Denne artikkelen er over ett år gammel og kan inneholde utdatert
    # informasjon», «This archived news story is available only for your personal …».
    r"(?:denne|dette)\s+(?:artikkelen|saken|saka|innlegget)\s+er\s+(?:over|mer enn|meir enn|"
    r"eldre enn)|"
    r"(?:utdatert|utdaterte)\s+informasjon|kan (?:vere|være) utdatert|archived (?:news )?story\b|"
    r"archived form\b|"
    # A login wall and a consent box: «Logg inn for å lese», «Vi bryr oss om ditt
    # personvern», «… cookie policy … before accepting».
    r"logg inn for å lese\b|gå til innlogging|som innloggings-?tjeneste\b|om ditt personvern\b|"
    r"ansvarl[ie]g for dine data\b|personverninnstilling|cookie policy\b|privacy policy\b|"
    r"before accepting\b|we ask for your permission\b|contains content provided by\b|"
    # A site down, an appeal for money, a notification box.
    r"temporarily unavailable in your\b|working hard to get it back online\b|"
    r"your support (?:helps|makes all the difference)\b|your donation allows\b|"
    r"we need reporters on the ground\b|is on the ground when the story\b|"
    r"out of our reporting and analysis\b|få varsel hver gang\b|skru av varselet\b|"
    # A leader's notice, a page that no longer changes, a handle.
    r"har ansvar for innhold(?:et)?\b|sak(?:a|en) blir ikk(?:j)?e oppdatert\b|twitter: @\w|"
    # An editor's note: «This information may be outdated or superseded».
    r"may be outdated or superseded\b|"
    # Share dialogs and subscriptions: «Den du deler artikkelen med …» (narrow: an
    # article may well be about subscribers or JavaScript).
    r"(?:dele|deler|del|delar)\s+artikkelen\b|abonnent(?:ane|ene) våre\b|våre abonnent(?:ar|er)\b|"
    r"javascript is disabled\b|(?:enable|aktiver) javascript\b|premium titles\b|"
    r"your news in one place\b|"
    # A tip box: «Er du der det skjer eller vet noe vi burde vite? Ta kontakt på …».
    r"vet noe vi burde vite\b|veit noko vi burde vite\b|ta kontakt på \d|"
    # An aggregator's notice: «This article was added by the user. X is not responsible …».
    r"this article was added by\b|is not responsible for the content\b|"
    # A player's notice: «Denne videoen er kun tilgjengelig i Norge», «… not available in
    # your country».
    r"(?:videoen|video|klippet|innholdet|sendinga|sendingen)\s+er\s+(?:kun|bare)\s+"
    r"tilgjengel(?:ig|eg)\b|"
    r"(?:not|isn['’]t) available in your (?:country|region|location)\b|"
    # A box's label: «… Featured Video»; a consent box: «… om våre informasjonskapsler».
    r"featured video$|om våre informasjonskapsler$|siste versjon av nettleseren\b|"
    # An old browser's notice and a push box: «Your web browser is no longer supported»,
    # «X.com would like to send you notifications …», «Activate notifications?».
    r"browser is (?:no longer|not) supported\b|(?:update|upgrade) your browser\b|"
    r"nettleseren din (?:er|støttes) (?:ikke|ikkje)\b|would like to send you notifications\b|"
    r"(?:activate|allow|enable) (?:web |push )?notifications\b|web notifications$|"
    # A reader-funded paper's appeal: «We need your help now», «Support from readers like
    # you keeps The Journal open.», «please contribute what you can».
    r"we need your help now\b|readers like you\b|please contribute what you can\b|"
    r"seen value in our (?:reporting|journalism)\b|advertising revenue goes some way\b|"
    # A photo's button and a video's link: «View image in full screen», «Watch on YouTube:».
    r"view image in full screen\b|watch on (?:youtube|vimeo|facebook)\b|"
    # A video's title with its hashtags: «Third teenager charged … | SaltWire #news #halifax».
    r"\w+ #\w+(?: #\w+)+$|"
    # A chain's box of its other papers' stories: «Landet rundt skal spegla dei beste
    # artiklane frå dei andre Amedia-avisene i Norge.»
    r"andre amedia-avis(?:ene|ane)\b|landet rundt$|"
    # A share button's words: «Send this page to someone via email».
    r"send this (?:page|article|story) to\b|(?:e-?mail|share) this (?:page|article|story)$|"
    # A page's notes and buttons: «Comments closed.», «Denne saken oppdateres!», «Oppdatert
    # nå nettopp», «Klikk for å aktivere kartet», «Log In».
    r"comments (?:are )?closed\.?$|(?:denne |dette )?(?:saken|saka) (?:blir )?oppdater(?:es|ast)\b|"
    r"oppdatert (?:nå|no) nettopp$|klikk for å aktivere\b|log ?in$|logg inn$"
)

# fmt: off
# Lines after which the page shows other stories, not this one.
WIDGET_ENDS = frozenset((
    "andre saker å lese", "andre saker", "andre leser også", "andre les også", "flere saker",
    "fleire saker", "flere nyheter", "fleire nyhende", "mer fra forsiden", "anbefalte saker",
    "anbefalt for deg", "suggested for you", "you may also like", "more stories",
    "more top stories", "recommended", "recommended stories", "view more video",
    "view more videos", "more videos", "nation & world videos", "latest videos",
    "recent posts", "latest posts", "more news", "latest news", "siste saker",
    "editor's picks", "editor’s picks", "most popular", "les mer fra",
))
# fmt: on

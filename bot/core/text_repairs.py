"""What a copy of a page leaves in its text, repaired before it is read.

HTML's tags (an embed's code, a copied ad slot, a tag whose «>» the copy lost: «<p56
personer …</p»), a broken character for a quote's dash («� Vi ønsker …»), a comma without
its space or with one too many («brenne,og», «Karpe , Lemaitre»), a word the print page
broke over two lines («kapasitetsprobleme-ne»), a syndicating site's line and a finance
site's ticker («(NASDAQ:AAPL)»).
"""

from __future__ import annotations

import re

# HTML left in a text or Markdown article (an embed's code, a copied ad slot): the code
# of scripts and styles goes, a block's tags part paragraphs, inline tags just go. Only
# HTML's own tag names: «temperaturen <5 grader» and «<3» are text.
_CODE = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_END = r"\b[^<>]{0,1000}?/?>"
_BLOCK_TAG = re.compile(
    r"</?(?:article|aside|blockquote|br|div|figcaption|figure|footer|form|h[1-6]|header|hr|"
    r"iframe|li|nav|ol|p|section|table|tr|ul|video|audio)" + _TAG_END,
    re.IGNORECASE,
)
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|button|em|embed|i|img|input|link|meta|object|picture|source|span|"
    r"strong|sub|sup|tbody|td|th|u)" + _TAG_END,
    re.IGNORECASE,
)


# A tag's tail whose opening the copy lost: «… after concession" width="976" height="549">»
# (an image's alt text, the headline, left on top with the rest of its tag).
_TAG_TAIL = re.compile(r'"?(?:[ \t]+[a-z][\w:-]*="[^"<>\n]*")+[ \t]*/?>')
# A block's tag whose «>» the copy lost, on the paragraph's edge: «<p56 personer …», «… på
# Nordvestlandet.</p» (not «<5 grader», «<3»: no tag's name).
_TAG_NO_END = re.compile(
    r"^<(?:p|div|li|h[1-6]|blockquote)(?=[A-ZÆØÅ0-9«\"“–])"
    r"|</(?:p|div|li|h[1-6]|blockquote|span|strong|em|b|i|a)$",
    re.MULTILINE,
)
# A comma run into the next word, or spaced from the one before («brenne,og», «Karpe ,
# Lemaitre»; not «1,5» nor «a,b»: words of two letters and more on both sides).
_COMMA_GLUED = re.compile(r",(?<=[a-zæøå]{2},)(?=[a-zæøå]{2})")
# A stop glued to the next sentence: «… refused permission yesterday.Suffolk Coastal …» (not
# a site's name, «Nettavisen.no», nor an initial's: «U.S.Army»)
# Two apostrophes typed for a quote mark: «a large estate of ''affordable housing'' for …»
_OPENING_APOSTROPHES = re.compile(r"(?<![\w'])''(?=\w)")
_CLOSING_APOSTROPHES = re.compile(r"(?<=[\w.,!?])''(?![\w'])")
_STOP_GLUED = re.compile(r"\.(?<=[a-zæøå]{4}\.)(?=[A-ZÆØÅ][a-zæøå]{2,}\b|I [a-zæøå]{2})")
# … or after a quote's close: «… ‘double-digit territory’.But despite …»
_QUOTE_STOP_GLUED = re.compile(r"(?<=[’”])\.(?=(?:But|The|And|However|It|He|She|They|This|In) )")
# A link's note left in the text: «lost 750 containers (opens a new window) on January 16»
_NEW_WINDOW = re.compile(
    r" \((?:opens (?:in )?(?:a )?new (?:window|tab)|åpnes i (?:et )?nytt vindu)\)"
)
_COMMA_SPACED = re.compile(r" ,(?<=[\w»”)] ,)(?= \w)")  # (and «… «Etter deg» , er …»)
# A comma where a sentence ended: «Danmark ledet 13-9 ved halvtid, Det ble til 13-13 …» (a
# Norwegian pronoun, capitalised, before a small word); a comma left before the stop: «Oslo,.»;
# an English date's year run into its day: «Feb. 11,1917».
# (the pronoun may open the paragraph below: bot.core.sections reads it there)
PRONOUN_OPENS = re.compile(r"(?:Det|Den|Han|Hun|Ho|Vi|Eg|Jeg) [a-zæøå]")
_COMMA_FOR_STOP = re.compile(rf",(?<=[a-zæøå0-9],) (?={PRONOUN_OPENS.pattern})")
_COMMA_THEN_STOP = re.compile(r",\.(?<=\w,\.)(?=\s|$)")
# A dash without its spaces between words («The pilot–89-year-old Dillard Powell–was …»), a
# dash typed as two hyphens.
_UNSPACED_DASH = re.compile(r"–(?<=[a-zæøå]–)(?=[a-zæøå\d])")
_TWO_HYPHENS = re.compile(r"(?<=[a-zæøå]) ?-- ?(?=[a-zæøå])")
_DAY_YEAR = re.compile(r",(?<=\d,)(?=(?:19|20)\d\d\b)")
# A colon and a quote's dash run together: «PU:- Ikkje kyrkjerom»; a sum's unit twice: «kr
# 5000 kroner»
_COLON_DASH = re.compile(r":-(?<=\w:-) ?(?=[A-ZÆØÅ])")
_UNIT_TWICE = re.compile(r"kr(?<=\bkr)\.? (?=\d[\d .,]*\d kroner\b)")
# A suspended compound's hyphen on the wrong side of its space: «ungdoms -og videregåande»
# A print page's long dash for a compound's hyphen before «og»: «Barne— og ungdomspsykiatrisk»
_DASH_SUSPENDED = re.compile(r"—(?<=[A-ZÆØÅa-zæøå]{2}—)(?= (?:og|eller) \w)")
_SUSPENDED = re.compile(r" -(?<=\w -)(og|eller) (?=\w)")
# A sum's word glued to its figure, «500million»; a fall's minus after its verb, «fell -0.15 pct»
_GLUED_MILLION = re.compile(r"(\d)([mbt]r?illions?)\b")
_FALL_MINUS = re.compile(  # (opening on its literal: found fast)
    r" -(?:(?<=fell -)|(?<=dropped -)|(?<=declined -)|(?<=slipped -)|(?<=lost -)|(?<=falt -)"
    r"|(?<=sank -)|(?<=stupte -)|(?<= ned -))(?=\d)"
)
# A dash quote's last words and its speaker with no comma between: «… må sjå på seier Askvik.»
_SAID_LAST = re.compile(
    r"([A-Za-zÆØÅæøå]+) (?:sier|seier|sa) [A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+)?\.$", re.MULTILINE
)
_NOT_SAID = frozenset(("det", "dette", "slik", "som", "så"))  # («Det sier Askvik.»: a credit)


def _said_comma(text: str) -> str:
    for found in reversed(list(_SAID_LAST.finditer(text))):
        line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        word = found[1]
        if line[:2] in ("– ", "— ") and word[-1].islower() and word.lower() not in _NOT_SAID:
            text = f"{text[: found.end(1)]},{text[found.end(1) :]}"
    return text


_CMS_TAG = re.compile(r"\{mos(?:image|pagebreak|ads)\}")  # (a Joomla page's picture and page tags)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? $")


def _day_year(found: re.Match[str]) -> str:
    before = found.string[max(0, found.start() - 14) : found.start()]
    day = before.rstrip("0123456789")
    return ", " if len(before) - len(day) <= 2 and _MONTH_BEFORE.search(day) else found.group()


# A print page's line-break hyphen before an ending: «kapasitetsprobleme-ne» (a long word
# first, an ending alone after: not «eleven-a-side», «e-post»).
_LINE_BREAK_HYPHEN = re.compile(r"-(?<=[a-zæøå]{6}-)(?=(?:ne|en|et|er|ene|ane|a)(?![\w-]))")


# A syndicating site's line run onto a paragraph's last sentence: «… time for love!Pop Icon
# Officially Confirms … first appeared on Parade on Jun 12, 2025»
_SYNDICATED = re.compile(
    r"(?<=[.!?]) ?[A-Z][^.!?\n]{10,200} (?:originally|first) appeared on [A-Z][^\n]{1,40}? on "
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?$",
    re.MULTILINE,
)


# A quote's dash the copy could not read: «� Vi ønsker kun …»
_LOST_DASH = re.compile(r"^\ufffd ", re.MULTILINE)
# A curly apostrophe and a pair of quotes the copy lost: «plant\ufffds», «don\ufffdt», «They saw
# \ufffddiscoloration\ufffd in …» (a pair around words only: a lost «ø» is inside a word)
# A page's curly quotes and apostrophe read in the wrong code page (Windows' as the Mac's):
# «a major ìpower failureî», «UKís», «donít»
_MAC_QUOTES = re.compile(r"(?<![\w])ì(?=\w)|(?<=[\w.,!?])î(?!\w)|(?<=[A-Za-z])í(?=[a-z]\b)")
_MAC_MARKS = {"ì": "“", "î": "”", "í": "’"}
_LOST_APOSTROPHE = re.compile(r"(?<=[a-z])\ufffd(?=[st] )")
_LOST_QUOTES = re.compile(r"(?<![\w\ufffd])\ufffd([A-Za-z][^\ufffd\n]{0,200}?[\w.,!?])\ufffd(?!\w)")
# A finance site's ticker after a name: «The FTSE 100 (FTSEINDICES: ^FTSE) is …», «Apple
# (NASDAQ:AAPL) said …»
_TICKER_CODE = re.compile(r" \([A-Z]{2,12}: ?\^?[A-Z][A-Z0-9.-]{0,7}\)")
# (a wire's instrument code: «Capital One Bank [COFCO.UL] $100 million», «Apple [AAPL.O]»)
# An icon font's name left as text, run into the caption or the headline after it:
# «Media_cameraA diver is towed …», «… poll results text_fieldsHarare: …».
_ICON_NAME = re.compile(
    r"(?<![\w])(?:[Mm]edia|[Tt]ext|[Pp]hoto|[Pp]lay|[Aa]ccess)_[a-z]{3,9}(?=[A-Z0-9«\"“])"
)
# A legal site's link labels left in its text: «[JURIST] Minnesota Governor Mark Dayton
# [official website] on Monday signed into law [press release] a bill [text] …»
_LINK_LABEL = re.compile(
    r"(?m)^\[JURIST\] |(?<=\S) \[(?:official website|official profile|press release|text|PDF|"
    r"[A-Z]{2,8} report|JURIST report|JURIST news archive|news archive)\](?=[ ,.;:])"
)
# A wire picture's credit glued to the paragraph after its caption: «… on the podium.
# REUTERS/Benoit TessierNorway got off to a solid start» (not «AP/John McCain»)
_GLUED_WIRE_CREDIT = re.compile(
    r"((?:REUTERS|AFP|EPA|AP|NTB|Scanpix)/[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){1,2})(?=[A-Z][a-z])"
)
# A fact box's label run into its first line: «Fakta om norsk gasseksport I takt med at …»
_FACT_BOX_RUN_IN = re.compile(
    r"(?m)^(?:Fakta|FAKTA) om(?: [a-zæøå][\w-]*){1,4} (?=[A-ZÆØÅ])(?!Ekspand|Vis |Lukk|Les )"
)
# A picture's file name run into the paragraph under it: «Mid-German-S-Bahn-network-150x150Rail
# services are beginning to recover …» (a thumbnail's size last)
_IMAGE_FILE_RUN_IN = re.compile(r"(?m)(?:^|(?<=\s))[\w-]*?-\d{2,4}x\d{2,4}(?=[A-Z][a-z])")
_WIRE_CODE = re.compile(r" \[[A-Z0-9]{1,10}\.[A-Z]{1,3}\](?= |[,.;:])")


# A page's title with its section's name run into the standfirst on the first line, the
# headline given again on a line of its own below: «Rise In Measles Cases … For U.S. : Shots -
# Health News The latest wave of measles cases …»
_TITLE_RUN_ON = re.compile(
    r"(?:[ \t]*date [\d-]+ )?(.{20,160}?) ?: [A-Z][\w'’-]*(?: (?:[-–|] )?[A-Z][\w'’-]*){0,4}"
    r" (?=[A-Z])"
)


def _without_title_run_on(text: str) -> str:
    found = _TITLE_RUN_ON.match(text)
    if found is None:
        return text
    if f"\n{found.group(1)}\n" not in text:  # (the headline on its own line, its section gone)
        section = text[found.end(1) : found.end()]
        return f"{text[: found.end(1)]}\n\n{text[found.end() :]}" if " - " in section else text
    return text[: found.start(1)] + text[found.end() :]


# A headline in headline case run into the standfirst on the first line: «A Surge In Migrant
# Asylum-Seekers Is Overwhelming System The system is "overwhelmed," says …»
_SMALL = r"(?:a|an|the|to|in|on|at|for|of|and|or|as|by|with|from|vs)"
_HEADLINE_RUN_IN = re.compile(
    rf"(?:[ \t]*date [\d-]+ )?([A-Z][\w'’-]*(?: (?:[A-Z0-9][\w'’-]*|{_SMALL})){{4,16}})"
    r" (?=(?:The|A|An|It|This|That|These|Those|He|She|They|We|There|Police|Officials|More|Some|"
    rf"Many) (?!{_SMALL}\b)[a-z]{{3,}})"
)


def repaired(text: str) -> str:
    """The text without HTML's tags, its lost characters and its spacing slips."""
    if "<" in text:
        text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n\n", _CODE.sub("", text)))
        text = _TAG_NO_END.sub("", text)
    text = _TAG_TAIL.sub("", text) if '">' in text else text
    if "\ufffd" in text:
        text = _LOST_DASH.sub("– ", text)
        text = _LOST_QUOTES.sub(r"“\1”", _LOST_APOSTROPHE.sub("’", text))
    if "ì" in text and "î" in text and len(_MAC_QUOTES.findall(text)) > 1:
        text = _MAC_QUOTES.sub(lambda m: _MAC_MARKS[m.group()], text)
    if "┬á" in text:  # a no-break space read in the wrong code page: «Breakfast┬ápresenter»
        text = text.replace("┬á", " ")
    text = _COMMA_GLUED.sub(", ", text)
    text = _STOP_GLUED.sub(". ", text)
    text = _QUOTE_STOP_GLUED.sub(". ", text) if "’." in text or "”." in text else text
    text = _NEW_WINDOW.sub("", text) if "window)" in text or "vindu)" in text else text
    text = text.replace(" (search)", "") if " (search)" in text else text  # (a search link's)
    if "''" in text:
        text = _CLOSING_APOSTROPHES.sub("”", _OPENING_APOSTROPHES.sub("“", text))
    text = _COMMA_SPACED.sub(",", text) if " ," in text else text
    # (each pattern opens on its literal mark: a fast scan, no look at every character)
    text = _DAY_YEAR.sub(_day_year, _COMMA_THEN_STOP.sub(".", _COMMA_FOR_STOP.sub(". ", text)))
    text = _UNSPACED_DASH.sub(" – ", text) if "–" in text else text
    text = _TWO_HYPHENS.sub(" – ", text) if "--" in text else text
    text = _COLON_DASH.sub(": – ", text) if ":-" in text else text
    text = _UNIT_TWICE.sub("", text) if " kroner" in text else text
    text = _DASH_SUSPENDED.sub("-", text) if "— " in text else text
    text = _SUSPENDED.sub(r"- \1 ", text) if " -og " in text or " -eller " in text else text
    text = _SYNDICATED.sub("", text) if " appeared on " in text else text
    text = _GLUED_MILLION.sub(r"\1 \2", text) if "illion" in text else text
    text = _CMS_TAG.sub("", text) if "{mos" in text else text  # «{mosimage}An Ofsted report …»
    text = _said_comma(text) if "– " in text else text
    text = _FALL_MINUS.sub(" ", text) if " -" in text else text
    text = _TICKER_CODE.sub("", text) if ":" in text else text
    text = _WIRE_CODE.sub("", text) if ".UL]" in text or ".O]" in text or ".N]" in text else text
    text = _ICON_NAME.sub("", text) if "_" in text else text  # «Media_cameraA diver is …»
    text = _LINK_LABEL.sub("", text) if " [" in text or "[J" in text else text  # «[press release]»
    text = _FACT_BOX_RUN_IN.sub("", text) if "akta om " in text or "AKTA om " in text else text
    text = _IMAGE_FILE_RUN_IN.sub("", text) if "0x" in text else text  # («…-150x150Rail …»)
    if "S/" in text or "P/" in text or "B/" in text or "A/" in text or "x/" in text:
        text = _GLUED_WIRE_CREDIT.sub("\\1\n\n", text)
    text = text.replace('"“"', "“") if '"“"' in text else text  # («"“"This is not …»)
    text = _without_title_run_on(text) if ": " in text[:200] else text
    if (run_in := _HEADLINE_RUN_IN.match(text)) and "\n" not in run_in.group(1):
        text = f"{text[: run_in.end(1)]}\n\n{text[run_in.end(1) + 1 :]}"  # (its own line)
    return _LINE_BREAK_HYPHEN.sub("", text)

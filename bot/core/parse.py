"""Turn plain text, Markdown and HTML into an `Article` of sections."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from bot.core.caps_captions import heading_in_case, unglue_captions
from bot.core.errors import InputError
from bot.core.headlines import unlabel_headline
from bot.core.interviews import named_interviewee
from bot.core.language import detect_prose_language
from bot.core.model import Article, Section
from bot.core.page_words import NAV
from bot.core.police_logs import place_entries
from bot.core.quote_marks import double_quoted
from bot.core.sections import assemble
from bot.core.shouted import caps_opening, unshouted
from bot.core.structure import Unit, is_heading, read_units
from bot.core.text import SENTENCE_END, spaces
from bot.core.text_repairs import repaired
from bot.core.titles import clean_title
from bot.core.transcript import name_speakers
from bot.core.unit_furniture import drop_furniture

MAX_ARTICLE_CHARS = 2_000_000

_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*", re.IGNORECASE)
# Control characters and invisible marks (zero-width spaces, direction marks, a BOM).
_CONTROL_RANGES = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x7F))
_INVISIBLE_RANGES = ((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0xFEFF, 0xFEFF))
_CONTROL_CHARS = "".join(
    chr(code)
    for first, last in (*_CONTROL_RANGES, *_INVISIBLE_RANGES)
    for code in range(first, last + 1)
)
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
# An HTML page needs this much prose besides its title to be an article, not a
# caption, a video title or a teaser.
_MIN_PAGE_WORDS = 20

__all__ = [
    "MAX_ARTICLE_CHARS",
    "guess_kind",
    "is_heading",
    "parse_document",
    "parse_html",
    "parse_markdown",
    "parse_text",
]


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A minus sign for a quote's dash: «− Fortel litt om jobben din.»
    text = text.replace("\n\u2212 ", "\n– ") if "\u2212" in text else text
    # A quote's dash without its space, a hashtag's label on a line: «-Ikkje pengar til …»,
    # «#Valg2019: Flere arbeidsplasser …»
    if "-" in text or "–" in text or "#" in text:
        marked = f"\n{text}"
        text = _LINE_MARKS.sub(lambda m: "\n– " if m.group()[1] in "-–" else "\n", marked)[1:]
    # A question and its answer run together: «– Var det bedre enn du trodde?– Det er …»
    text = _GLUED_ANSWER.sub("\n\n", text) if "?–" in text or "?—" in text else text
    # A wire's underscore for a dash, a colon spaced as in French: «a first for the U.S. _ only
    # Japan has …», «Tak blåste vekk : – Vakna av …»
    text = text.replace(" _ ", " – ") if " _ " in text else text
    # (and a quote's mark on the wrong side of its space: «har derfor« litt peiling»»)
    text = _MARK_ASTRAY.sub(" «", text) if "« " in text else text
    text = _SPACED_COLON.sub("", text) if " : " in text else text
    # A close button's cross over the headline: «× Mikaela Shiffrin breaks World Cup record …»
    text = _CLOSE_MARK.sub(r"\1", text) if "× " in text else text
    # A stock's ticker and its day's change on lines of their own inside a sentence: «Oracle
    # / ORCL, / +0.72% / shares fell …» is «Oracle shares fell …»
    text = _TICKER.sub(r"\1 ", text) if "%\n" in text or "%,\n" in text else text
    # A print page's paragraph ornament: «●● Noen hadde …» (one alone is a list's bullet)
    text = _ORNAMENTS.sub("", text) if "●●" in text or "■■" in text else text
    # A left quote's mojibake, half repaired: «'˜Option four' motion …» (a small tilde
    # is no letter of Norwegian or English)
    text = text.replace("'˜", "‘").replace("˜", "") if "˜" in text else text
    # A typewriter's quotes: «his ``vicious and cowardly'' attacker» (not a code fence: «```»)
    typed = "``" in text and "''" in text and "```" not in text
    text = double_quoted(text.replace("``", "“").replace("''", "”") if typed else text)
    # The top picture's credit run into the lead: «(Photo: GettyImages)The Norwegian Ministry …»
    if "(Photo" in text or "(Foto" in text or "(FOTO" in text:
        text = _CREDIT_ON_LEAD.sub("", text)
    # A page's character references copied as text: «Japan&#8217;s», «&#8220;We hope …»
    text = _REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text
    # (a look for each character is a memchr, or nothing for one wider than the text's:
    # far less than a pattern's test of every character, and most texts have none)
    return _CONTROL.sub("", text) if any(map(text.__contains__, _CONTROL_CHARS)) else text


_MARK_ASTRAY = re.compile(r"(?<=\w)« (?=\w)")
_CREDIT_ON_LEAD = re.compile(
    r"(?m)^\((?:Photo|Foto|FOTO|Photograph)(?::| by) [^()\n]{2,40}\) ?(?=[A-ZÆØÅ][\w ,'’-]{20})"
)
_REFERENCE = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8}\d?);")
_SPACED_COLON = re.compile(r"(?<=[a-zæøå]) (?=: [–A-ZÆØÅ«\"“])")
_TICKER = re.compile(r"[ \t]*\n[A-Z]{1,5}(?:\.[A-Z]{1,2})?,\n[+\-−]?\d+(?:\.\d+)?%(,?)\n")
_CLOSE_MARK = re.compile(r"(?m)^((?:[ \t]*date \d{4}-\d\d(?:-\d\d)? )?)× (?=[A-ZÆØÅ])")
_EMOJI = re.compile("[ \u00a0]?[\U0001f000-\U0001faff][\U0001f000-\U0001faff\u200d\ufe0f]*")
_GLUED_ANSWER = re.compile(r"(?<=\w\?)(?=[–—] ?[A-ZÆØÅ])")
_ORNAMENTS = re.compile(r"^[●■◆]{2,}[ \t]*", re.MULTILINE)
# (after a line break: a literal the engine finds fast, where «^» is tried everywhere)
_LINE_MARKS = re.compile(r"\n(?:[-–](?=[A-ZÆØÅ][a-zæøå])|#\w+: (?=[A-ZÆØÅ]))")
# Two sentences a page glued together, the space lost with a paragraph break:
# «… ein av bidragsytarane.Tiltaka stod …», «… på Stortinget.- At støtta …».
# One pattern a mark, opening on it: the engine finds a literal first character fast,
# but tests a class of them ([.!?]) at every position. (The look-behind runs last: a
# look-behind tried at every position is slow.)
_GLUED_AFTER = {  # (after a word, an acronym or a year: «… fra NAV.Det …», «… fra Nav.Industrien
    # …», «… for 2009.Geografisk …»)
    mark: re.compile(
        rf"\{mark}(?=[A-ZÆØÅ][a-zæøå]|[-–] [A-ZÆØÅ])"
        rf"(?:(?<=[a-zæøå]{{3}}\{mark})|(?<=[A-ZÆØÅ]{{2}}\{mark})|(?<=[A-ZÆØÅ][a-zæøå]{{2}}\{mark})"
        rf"|(?<=[12]\d{{3}}\{mark})|(?<=\d,\d{{3}}\{mark}))"  # (or an amount: «by 3,000.The …»)
    )
    for mark in ".!?"
}


_GLUED_LINK = re.compile(  # (or after a space: «Premiere: 11. september Les også: …»)
    r"(?:(?<=[a-zæøå])|(?<=[a-zæøå0-9.] ))(?=(?:Les også|Les òg|Sjå også|Se også|Read more):)"
)
_GLUED_WORDS = tuple(
    f".{word}"
    for word in "januar februar mars april mai juni juli august september oktober november "  # noqa: SIM905
    "desember divisjon klasse trinn plass etasje runde omgang".split()
)
_GLUED_WORD = re.compile(rf"\.(?:{'|'.join(w[1:] for w in _GLUED_WORDS)})")
_CAPITALS_COLON = re.compile(r": (?<=[A-ZÆØÅ]{2}: )[A-ZÆØÅ]")  # (a colon first: found fast)
_GLUED_ORDINAL = re.compile(
    rf"(?<![\d.,])(\d{{1,2}})\.(?=(?:{'|'.join(w[1:] for w in _GLUED_WORDS)})\b)"
)


# A site's section label glued to a paragraph's first word: «SamfunnDet er «mogleg» at …».
# (a line break first: a literal the engine finds fast, where «^» is tried everywhere)
_GLUED_LABEL = re.compile(r"\n([A-ZÆØÅ][a-zæøå]{3,11})(?=[A-ZÆØÅ][a-zæøå]*[ ,])")


def _label_apart(found: re.Match[str]) -> str:
    """A site's section label glued to its paragraph goes; a name the text writes again
    («MediaTek said …» under «… MediaTek launches») is no label."""
    if (label := found.group(1)).lower() not in NAV and label != "Samfunn":
        return found.group()
    glued = found.string[found.start(1) : found.string.find(" ", found.end(1))].rstrip(",")
    return found.group() if found.string.count(glued) > 1 else "\n"


def _unglued(text: str) -> str:
    """The text with a space after each mark that ends a sentence glued to the next, a
    section's label apart from the paragraph it was glued to, and a line break before a
    dateline run on from a headline («… på Sørlandssenteret KRISTIANSAND: Politiet pågrep …»)."""
    text = _GLUED_LABEL.sub(_label_apart, f"\n{text}")[1:]
    for mark, glued in _GLUED_AFTER.items():
        if mark in text:
            text = glued.sub(mark + " ", text)
    if "også:" in text or "òg:" in text or "more:" in text:
        text = _GLUED_LINK.sub("\n\n", text)  # «… fryktelig tungtLes også: Ein mann sikta …»
    if _GLUED_WORD.search(text):  # (one scan for the stop, not one a word: a sixth the time)
        text = _GLUED_ORDINAL.sub(r"\1. ", text)  # «frå 1.januar», «i 6.divisjon»
    if _CAPITALS_COLON.search(text) is None:
        return text  # (no «KRISTIANSAND: » in it: most texts)
    # (not a live label in the headline on top: «NSW bushfires LIVE: Fire bans …»; further
    # down, a live entry's heading under its page's label: «… results LIVE: Count set …»)
    top = text.rfind("\n", 0, _TOP) + 1  # (the page's first lines: where its headline is)
    return _RUN_ON_TOP.sub("\n\n", text[:top]) + _RUN_ON_DATELINE.sub("\n\n", text[top:])


_TOP = 300  # characters
_RUN_ON = r" (?<=[a-zæøå] ){}(?=[A-ZÆØÅ]{{4,}}(?: [A-ZÆØÅ]{{2,}})?: [A-ZÆØÅ])"
_RUN_ON_DATELINE = re.compile(_RUN_ON.format(""))
_RUN_ON_TOP = re.compile(
    _RUN_ON.format(r"(?!(?:LIVE|LATEST|UPDATE|UPDATED|BREAKING|WATCH|VIDEO|DIREKTE|SISTE):)")
)


# An ad's lines inside a sentence, the page's layout breaking it: «What was special about» /
# «Hide Ad» / «Scotland’s scoring spree is that …» (a line ends on such a word only there).
_AD_WORDS = ("Hide Ad", "Advertisement", "ADVERTISEMENT", "Annonse", "ANNONSE")
_AD_LINES = tuple(f"\n{ad}" for ad in _AD_WORDS)
_AD_INSIDE = re.compile(
    r"(?<= )(about|of|the|a|an|to|and|for|with|in|on|that|is|at|og|i|på|av|til|med|som|en|et|"
    rf"ei|ein|eit|frå|fra)[ \t]*\n\s*(?:(?:{'|'.join(_AD_WORDS)})[ \t]*\n\s*)+(?=\S)"
)


# A fact box a page ran into one line: «Løsdriftskravet * I 2004 vedtok Stortinget … *
# Underveis har det …»: its label, then its items, each a list's line again.
_INLINE_LIST = re.compile(r"^([^\n*.!?]{2,60}) \* ([^\n]+ \* [^\n]+)$", re.MULTILINE)


def _list_lines(found: re.Match[str]) -> str:
    items = found.group(2).split(" * ")
    if _SOURCES.search(items[-1]):
        return ""  # a box of data and its sources («… (Kjelder: Volda kommune)»): no story's
    return found.group(1) + "\n\n" + "\n".join(f"* {item}" for item in items)


_SOURCES = re.compile(r"\((?:Kjelder?|Kilder?|Sources?): [^()]{2,120}\)$")


def _check(text: str) -> str:
    if "\x00" in text:
        raise InputError("the article looks binary (it contains NUL bytes)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"the article is too long ({len(text):,} characters;"
            f" the limit is {MAX_ARTICLE_CHARS:,})"
        )
    text = _unglued(repaired(_clean(text)))
    if any(map(text.__contains__, _AD_LINES)):
        text = _AD_INSIDE.sub(r"\1 ", text)
    if " * " in text:
        text = _INLINE_LIST.sub(_list_lines, text)
    if not any(c.isalpha() for c in text):
        raise InputError("the article is empty (no words in it)")
    return text


def _split_date(text: str) -> tuple[str | None, str]:
    match = _DATE_TOKEN.match(text)
    return (match.group(1), text[match.end() :]) if match else (None, text)


def _finish(
    source: str,
    title: str | None,
    date: str | None,
    sections: list[Section],
    language: str | None,
    url: str | None,
    *,
    page: bool = False,
) -> Article:
    sections = [s for s in sections if s.paragraphs]
    # A heading's emoji: «Dei fleste har jobb 👨‍💻» (looked for in headings only: a search
    # of every text for a character outside the first plane costs more than a heading's)
    if any(s.heading and _EMOJI.search(s.heading) for s in sections):
        sections = [replace(s, heading=_EMOJI.sub("", s.heading or "") or None) for s in sections]
    if any(s.heading and "  " in s.heading for s in sections):  # («Små  og  store  endringer»)
        sections = [
            replace(s, heading=" ".join((s.heading or "").split()) or None) for s in sections
        ]
    if any(s.heading and s.heading.isupper() for s in sections):  # «KRAFTIG RØYKUTVIKLING»
        prose = " ".join(p for s in sections for p in s.paragraphs)
        sections = [
            replace(s, heading=heading_in_case(s.heading or "", prose) or None) for s in sections
        ]
    if title and title.endswith(")"):
        title = _LANGUAGE_LABEL.sub("", title)  # «Nye tal for … er no tilgjengeleg. (nynorsk)»
    paragraphs = [p for s in sections for p in s.paragraphs]
    if not _has_article_text(paragraphs, page=page):
        where = "page" if page else "text"
        raise InputError(
            f"the {where} has no article text (only a title, headings, captions or page furniture)"
        )
    if language and language != "auto":
        lang = language
    else:  # the title is in the article's language too: it tips a short article
        lang = detect_prose_language([title, *paragraphs] if title else paragraphs)
    return Article(
        source=source, title=title, language=lang, date=date, sections=tuple(sections), url=url
    )


_LANGUAGE_LABEL = re.compile(r"\s*\((?i:nynorsk|bokmål|english|norsk)\)$")


def _has_article_text(paragraphs: list[str], *, page: bool) -> bool:
    """Prose, not a caption, a video title or a couple of short lines.

    A text file may be a one-sentence note; a web page with fewer than
    `_MIN_PAGE_WORDS` words of prose shows a picture or a video, not an article.
    """
    prose = [p for p in paragraphs if p.endswith(SENTENCE_END) and spaces(p, 2) >= 2]
    if not prose:
        return sum(p.count(" ") + 1 for p in paragraphs) >= 25
    if not page:
        return True
    return sum(p.count(" ") + 1 for p in prose) >= _MIN_PAGE_WORDS or len(prose) >= 3


def _units(text: str, *, markdown: bool) -> tuple[list[Unit], str | None]:
    """The text's units, furniture dropped, and the interviewee its fact box (itself
    furniture) or its first question names."""
    units = read_units(unglue_captions(unshouted(text)), markdown=markdown)
    place_entries(units)  # «Tromsø: Tønsnes. 18.30. To biler …»: a police log's entries
    interviewee = named_interviewee(units)
    units = drop_furniture(name_speakers(unlabel_headline(units)))
    for unit in units:  # («BIRDWATCHERS FROM all over …»: a print page's opening words)
        if (head := unit.text[:6].replace(" ", "")[:4]).isupper() and head.isalpha():
            unit.text = caps_opening(unit.text)
    return units, interviewee


def parse_text(
    text: str,
    *,
    source: str = "-",
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> Article:
    """Parse a plain-text article: optional title, paragraphs, heading lines and lists."""
    date_token, text = _split_date(_check(text))
    units, interviewee = _units(text, markdown=False)
    found_title, sections = assemble(units, find_title=title is None, interviewee=interviewee)
    return _finish(
        source, title or clean_title(found_title), date or date_token, sections, language, url
    )


def parse_markdown(
    text: str,
    *,
    source: str = "-",
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
    page: bool = False,
) -> Article:
    """Parse a Markdown article: `#` and setext headings; a first `# Title` is the title."""
    date_token, text = _split_date(_check(text))
    units, interviewee = _units(text, markdown=True)
    # A file without a `#` title may open with a plain title line, as a text file does.
    md_title, sections = assemble(
        units, find_title=not page and title is None, interviewee=interviewee
    )
    # A page's own headline (its `# h1`) is cleaner than its <title>; a caller's title wins.
    chosen = (md_title or title) if page else (title or md_title)
    return _finish(source, chosen, date or date_token, sections, language, url, page=page)


def parse_html(
    html: str, *, source: str = "-", language: str | None = None, url: str | None = None
) -> Article:
    """Extract the main text and its h2/h3 headings from a web page (trafilatura)."""
    html = _clean(html)
    if "\x00" in html:
        raise InputError("the page looks binary (it contains NUL bytes)")
    if len(html) > MAX_ARTICLE_CHARS * 5:
        raise InputError("the page is too large to read")
    from bot.core.html import extract

    extracted = extract(html, url=url)
    if extracted is None or not any(c.isalpha() for c in extracted.markdown):
        raise InputError("the page has no article text (nothing readable in it)")
    article = parse_markdown(
        extracted.markdown,
        source=source,
        language=language,
        url=url,
        title=clean_title(extracted.title),
        date=extracted.date,
        page=True,
    )
    return replace(article, site=extracted.site) if extracted.site else article


def parse_document(
    content: str,
    *,
    kind: str,
    source: str = "-",
    language: str | None = None,
    url: str | None = None,
) -> Article:
    """Parse text of a known kind: `text`, `markdown` or `html`."""
    if kind == "html":
        return parse_html(content, source=source, language=language, url=url)
    if kind == "markdown":
        return parse_markdown(content, source=source, language=language, url=url)
    return parse_text(content, source=source, language=language, url=url)


def guess_kind(name: str, content: str, content_type: str | None = None) -> str:
    """Guess `html`, `markdown` or `text` from a file name, a content type or the text."""
    lowered = name.lower().split("?")[0]
    if content_type and "html" in content_type:
        return "html"
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lowered.endswith((".md", ".markdown")):
        return "markdown"
    head = content.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if head.startswith("<") and _BLOCK_CLOSE.search(content, 0, 20000):
        return "html"  # a page's markup saved as text: «<div class="wpa"> … </div><p>…</p>»
    if re.search(r"^#{1,6} \S", content[:5000], re.MULTILINE):
        return "markdown"
    return "text"


_BLOCK_CLOSE = re.compile(r"</(?:p|div|article|section|h[1-6]|li|table)>", re.IGNORECASE)

"""Captions by their place: under a label in capitals («RAS: Fleire vegar vart stengde …»,
«TAKLING: …»), between a picture's credits or over a bar's («|MET OFFICE»), under their
alt text.

A label a dictionary knows («RAS», «TAKLING», «DRAPSDØMT») names what the photo shows; a
place's name in capitals («NAMDALSEID:») opens a dateline, and the paragraph is news.
"""

from __future__ import annotations

import re

from bot.core.captions import CAPTION_SENTENCE, credit_tail, label_of_words
from bot.core.lexicon import lexicon
from bot.core.page_words import AGENCIES
from bot.core.text import SENTENCE_END, headline_shaped, one_sentence, spaces, word_positions
from bot.core.word_rarity import zipf

# («30 DYR GIKK TAPT: Fjøset …»: a count first; no place's dateline opens on one)
# («RAS: Fleire vegar …»; a tabloid's «JAILED FOR LIFE ... Richard Stoves used …»)
_CAPS_LABEL = re.compile(
    r"((?:\d+ )?[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){0,3}) ?(?::|\.\.\.|…) (?=[A-ZÆØÅ0-9])"
)
_ON_THE_PICTURE = re.compile(r"\. (?:Bildet|Biletet|Fotoet) er (?:tatt|teke|fra|frå)\b")
_KEPT_LABELS = frozenset("fakta facts bakgrunn background les også".split())  # noqa: SIM905


# A caption that opens on its person's name in capitals, then says what she does: «ERNA
# SOLBERG ble hyllet på Høyres valgvake.»
_CAPS_NAME = re.compile(r"([A-ZÆØÅ][A-ZÆØÅ-]+(?: [A-ZÆØÅ][A-ZÆØÅ-]+){1,3}) (?=[a-zæøå])")
# A caption that says what the picture shows after a sentence: «Ukraina våknet i dag til krig.
# På bildet er røyk og ødeleggelser fra byen Mariupol.»
_SHOWN = re.compile(
    r"(?:^|[.!?] )(?:På (?:bildet|biletet|fotoet)|(?:Bildet|Biletet|Fotoet) viser|Pictured|"
    r"The (?:photo|picture|image) shows|In the (?:photo|picture|image)),? [a-zæøåA-ZÆØÅ]"
)


def is_caps_caption(text: str) -> bool:
    if text.count(" ") <= CAPTION_SENTENCE and text[-1:] in ".!" and _shown_or_named(text):
        return True
    label = _CAPS_LABEL.match(text)
    if label is None or text.count(" ") > CAPTION_SENTENCE + 3:
        return False
    words = label.group(1).lower().split()
    rest = text[label.end() :].rstrip()
    if _KEPT_LABELS.intersection(words) or not rest.endswith((".", "!")):
        return False
    if not one_sentence(rest):
        return False  # two sentences: the article's paragraph under a kicker
    return label_of_words(words)


# The top picture's caption, between the standfirst and the page's stamp: «TAKLING:
# Spissen … falt mye. De bulgarske spillerne … Men Norge vant.» over «Publisert …».
_STAMP_WORD = re.compile(r"(?i:publisert|oppdatert|sist oppdatert|published|updated)\b")
_TOP_CAPTION_WORDS = 60


def caps_caption_run(texts: list[str], i: int) -> bool:
    """«CARNAGE: The lorry collided with the rear of the bus» over «FATAL: The lorry was
    embedded in the bus»: a gallery's captions, each under its label, one after another
    (a heading's label stands alone: «NATO: Vi tar trusselen på alvor»)."""
    if not _short_caps_caption(texts[i]):
        return False
    return any(0 <= j < len(texts) and _short_caps_caption(texts[j]) for j in (i - 1, i + 1))


def _short_caps_caption(text: str) -> bool:
    label = _CAPS_LABEL.match(text) if text[:2].isupper() else None
    return label is not None and len(label.group(1)) >= 4 and spaces(text, 16) < 16


def credited_caps_caption(text: str) -> bool:
    """«BEREDT: Fagsjef Trude H. Nordli … sier de er klare. Foto: Ingrid Wollberg / TV 2.»:
    a label in capitals and a photo's credit at the end, a picture's caption wherever it
    stands."""
    if _picture_labelled(text) and credit_tail(text[-90:]) is not None:
        return True
    # (or a sentence on the picture itself: «BLÅFJELL: Her er fjellet der … Bildet er tatt
    # fredag klokken 12.00. …», whatever its label)
    return ". " in text and bool(_CAPS_LABEL.match(text)) and bool(_ON_THE_PICTURE.search(text))


def top_picture_caption(texts: list[str], i: int) -> bool:
    """The top picture's caption under its label: over the page's stamp («TAKLING: …» over
    «Publisert …»), or over the headline and its prose before any prose («KNUST: Bilen til
    … – Sånn skjer …, sier Oliver.» over «Uværet skaper kaos i Sør-Norge: Ras, …»)."""
    if i + 1 >= len(texts) or not _picture_labelled(texts[i]):
        return False
    if _STAMP_WORD.match(texts[i + 1]):
        return True
    return (
        i + 2 < len(texts)
        and headline_shaped(texts[i + 1])
        and _sentence_line(texts[i + 2])
        and all(spaces(text, _PROSE) < _PROSE for text in texts[:i])
    )


def _sentence_line(text: str) -> bool:
    return text.endswith(SENTENCE_END) and spaces(text, _PROSE) >= _PROSE


_PROSE = 8  # spaces: a paragraph's sentence, not a menu's or a kicker's line


def _picture_labelled(text: str) -> bool:
    """A short text under a label in capitals the dictionary knows, no fact box's: «RAS: …»,
    «TAKLING: …» (not «FAKTA: …», nor a place's dateline «NAMDALSEID: …»)."""
    label = _CAPS_LABEL.match(text)
    if label is None or spaces(text, _TOP_CAPTION_WORDS) >= _TOP_CAPTION_WORDS:
        return False
    words = label.group(1).lower().split()
    return not _KEPT_LABELS.intersection(words) and label_of_words(words)


# «Photo: Torstein Bøe / NTB» over the caption, the agency's name under it.
_PHOTO_CREDIT = re.compile(r"(?:Photo|Foto|Bilde|Bilete|Image|Picture)\s*:\s*\S", re.IGNORECASE)
_CAPTION_WORDS = 40


def between_credits(above: str, text: str) -> bool:
    """A sentence right under a picture's credit line (with more furniture under it, the
    caller sees): its caption («Photo: Torstein Bøe / NTB» / «Støre and Vedum presented …» /
    «NTB»)."""
    return _PHOTO_CREDIT.match(above) is not None and _one_short_sentence(text)


def _one_short_sentence(text: str) -> bool:
    return spaces(text, _CAPTION_WORDS) < _CAPTION_WORDS and _TWO_SENTENCES.search(text) is None


_TWO_SENTENCES = re.compile(r"[.!?] [A-ZÆØÅ]")  # (not «on Oct. 13.»)


# A credit opened by a bar, alone on its line under a picture's caption: «|MET OFFICE»,
# «| GETTY», «|PA», «| Getty Images» (not a writer's name: «| Genevieve Jacobs» is a byline).
_BAR_CREDIT = re.compile(r"\|\s*[A-Z][\w&.'’/-]*(?: [A-Z][\w&.'’/-]*){0,3}\s*")


def bar_credit(line: str) -> bool:
    line = line.lstrip()
    if line[:1] != "|" or _BAR_CREDIT.fullmatch(line) is None:
        return False
    return line.upper() == line or all(w.lower() in AGENCIES for w in line[1:].split())


def credit_line(texts: list[str], i: int) -> bool:
    """A picture's credit on its line, the picture gone: «|MET OFFICE», or a photographer's
    name in capitals between paragraphs («ØRJAN TORHEIM»; not a heading's words: «NATO
    SUMMIT», which a dictionary knows)."""
    line = texts[i]
    if bar_credit(line):
        return True
    if len(line) > _CREDIT_CHARS or not line.isupper():
        return False
    line = line.removesuffix(" (ARKIV)").removesuffix(" (ARCHIVE)")  # («… BJØRKE (ARKIV)»)
    words = line.split()
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() for w in words)
        and not any(lexicon(lang).form_lemma(w.lower()) for w in words for lang in ("nb", "en"))
        and i > 0
        and _sentence_line(texts[i - 1])
    )


_CREDIT_CHARS = 40


def caption_over_bar_credit(text: str, following: str) -> bool:
    """«The yellow weather alert has been issued for large parts of the UK» over «|MET
    OFFICE»: one short sentence over a bar's credit is the picture's caption; and a video's
    title over whose it is («Flooding in Ruidoso» over «Source: Kaitlyn Carpenter»), a line
    over a picture agency's name alone («800 UK troops will be deployed …» over «PA Images»)."""
    if following[:1] in "SCKV" and _SOURCE_CREDIT.fullmatch(following):
        return _one_short_sentence(text) and not text.endswith(":")
    if following.endswith((" Images", " Photo", " Photos")) and following.count(" ") <= 2:
        # «… | PA Images» (not a photographer's «Tim de Waele/Getty Images» under a headline)
        return "/" not in following and _one_short_sentence(text) and not text.endswith(":")
    return bar_credit(following) and _one_short_sentence(text)


_SOURCE_CREDIT = re.compile(r"(?:Source|Credit|Kilde|Video): (?:[A-ZÆØÅ][\w'’.&-]* ?){1,4}")


def alt_line(line: str, caption: str) -> bool:
    """«Martin Foley speaks at a press conference.» over «Martin Foley said he was …
    (AAP: Erik Anderson)»: a short line that opens on the caption's name is its alt text."""
    name = _OPENING_NAME.match(caption)
    return name is not None and line.count(" ") < 12 and line.startswith(name.group())


_OPENING_NAME = re.compile(r"[A-ZÆØÅ][\w'’-]+ [A-ZÆØÅ][\w'’-]+ ")


# A person's full name opening a text: «Emmeli Leidland var …».
FULL_NAME_OPENING = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé]+)+ ")
_NAMED_AGAIN_WORDS = 20


def captions_named_again(texts: list[str]) -> set[int]:
    """A short sentence on a person, then a paragraph that introduces the same person by the
    same full name: «Emmeli Leidland var ei av appellantane …» / «Emmeli Leidland i
    Sosialistisk Ungdom er ein av …». A story names a person in full once; the first is the
    photo's caption."""
    found: set[int] = set()
    for i in range(len(texts) - 1):
        text, below = texts[i], texts[i + 1]
        opening = FULL_NAME_OPENING.match(text)
        if opening is None or not below.startswith(opening.group()) or ". " in text:
            continue
        if text.endswith(".") and text.count(" ") < _NAMED_AGAIN_WORDS < below.count(" ") + 10:
            found.add(i)
    return found


def print_caps(words: str) -> bool:
    """Whether capitals are the print style of common words, not an acronym («NATO»)."""
    books = (lexicon("en"), lexicon("nb"))

    def common(word: str) -> bool:  # a lower-case lemma, and no acronym (USA, NATO)
        if any(book.form_lemma(word) == word for book in books):
            return False
        return any((lemma := book.form_lemma(word.lower())) and lemma.islower() for book in books)

    split = words.split()
    lower = words.lower()  # (a plural is a word's: «TRIBUTES have poured in …»)
    plural = (  # (one a word list knows: not «ICES anbefaler …», the council's acronym)
        lower[-1:] == "s"
        and zipf(lower, "en") > _UNKNOWN_ZIPF
        and books[0].form_lemma(lower) in (lower[:-1], lower[:-2])
    )
    # (after an article too: «A POLITICO review of …» is the site's name)
    one = split[-1] if len(split) == 1 or (len(split) == 2 and split[0] in _ARTICLES) else ""
    if (
        one
        and not plural
        and max(zipf(one.lower(), "en"), zipf(one.lower(), "nb"))
        < (_SHORT_CAPS_ZIPF if len(one) <= 4 else _CAPS_ZIPF)
        # («DRIVERLESS cars will …»: a rare word; not «A POLITICO review», a site's name)
        and not (len(split) == 1 and len(one) >= _LONG_WORD and common(one))
    ):
        return False  # «TESS will scan …», «NASA forventar …»: a name's acronym
    # («A MAN has been arrested …», «ALL Glasgow schools will …»: a word far commoner than
    # any acronym of three letters)
    long = 3 if split[0] in ("A", "THE") or zipf(split[0].lower(), "en") >= _EVERYDAY else 4
    return any(len(w) >= long for w in split) and all(len(w) <= 2 or common(w) for w in split)


_ARTICLES = ("A", "AN", "THE")
_LONG_WORD = 6  # letters: an acronym this long is a body's name the dictionaries capitalise
_EVERYDAY = 6.0  # Zipf: «all» 6.5, «new» 6.2; «bbc» 4.8, «nhs» 4.6
_CAPS_ZIPF = 3.5  # Zipf: «Tess» 3.2, «police» 5.3, «road» 5.2
_UNKNOWN_ZIPF = 3.0  # what the word list gives a word it lacks («ices»)
_SHORT_CAPS_ZIPF = 5.0  # four letters or fewer: «nasa» 4.2, «nato» 4.4; «fire» 5.3, «two» 6.1


def print_caps_names(words: str, after: str = "") -> str | None:
    """A local paper's capitals on a place's name, written as a name: «A SOUTHALL man» →
    «A Southall man», «WEYMOUTH'S popular …» → «Weymouth's popular …». None when a word may
    be an acronym (NATO, TESS: short, or the dictionary's) or a common word. `after`, the
    words after them: «A KNIFEMAN was jailed …» names no place but the subject, a noun."""
    books = (lexicon("en"), lexicon("nb"))
    split = words.split()
    # (not a brand's or a body's letters: «A BMW was involved …»)
    an = len(split) == 2 and split[0] in ("A", "AN")
    if an and (len(split[1]) >= 5 or books[0].known(split[1].lower())) and _VERB_AFTER.match(after):
        return f"{split[0].capitalize()} {split[1].lower()}"
    written = []
    for n, word in enumerate(split):
        bare = word[:-2] if word.endswith(("'S", "’S")) else word
        if n == 0 and word in ("A", "AN", "THE"):
            written.append(word.capitalize())
        elif len(bare) >= 5 and all(
            book.form_lemma(form) is None for book in books for form in (bare, bare.lower())
        ):
            written.append(bare.capitalize() + word[len(bare) :].lower())
        else:
            return None
    return " ".join(written)


# (or where it is: «A WARD at West Suffolk Hospital has closed …»)
_VERB_AFTER = re.compile(r" (?:was|is|has|had|who|will|have|were|are|at|in|on|near|from)\b")
# Two names inside a sentence: «… Nils T. Døvre, døde …» (a lead names; a widget does not).
NAMED_INSIDE = re.compile(r"[A-ZÆØÅ](?<=\w [A-ZÆØÅ])[a-zæøå]+ [A-ZÆØÅ][a-zæøå.]+")


# A caption run into the line before it, its label in capitals and its credit in brackets:
# «Brann i enebolig – familie på tre har kommet seg ut MYE RØYK: Huset er totalskadet av
# røyk. (Foto: Jonas Fossing) Det brenner i …». (A label of two words, or of five letters:
# «… sier til NRK: Vi …» is a source's.)
_GLUED_LABEL = re.compile(r"(?<=[a-zæøå0-9)]) ([A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){0,2}): (?=[A-ZÆØÅ])")
_GLUED_STAMP = re.compile(r"(kl\.? \d{1,2}[:.]\d{2})(?=[A-ZÆØÅ][a-zæøå])")
# A credit's line run into the crosshead under it: «Foto: Kari SørbøGjenopptatt i 2022».
_GLUED_CREDIT_LINE = re.compile(
    r"^((?:Foto|Photo): [^\n]{2,60}?[a-zæøå])(?=[A-ZÆØÅ][a-zæøå]+ (?:[a-zæøå]|\d))", re.MULTILINE
)
_GLUED_CREDIT = re.compile(r"(\((?:Foto|Photo|Bilde|Bilete): [^()]{2,60}\)) (?=[A-ZÆØÅ])")


def _own_line(label: re.Match[str]) -> str:
    words = label.group(1).lower().split()
    # (a label the dictionary knows, of five letters or two words: not «til NRK:», nor an
    # outlet in capitals, «til AFTENPOSTEN:»)
    caption = (len(words) > 1 or len(words[0]) >= 5) and label_of_words(words)
    return f"\n{label.group(1)}: " if caption else label.group()


def unglue_captions(text: str) -> str:
    """Each caption on a line of its own: the line breaks a page lost before a caption's
    label in capitals and after its credit in brackets (and after a stamp's time)."""
    at = text.find(": ")
    while at > 0 and not text[at - 1].isupper():
        at = text.find(": ", at + 2)  # (a capital before a colon: few texts have one)
    if at > 0:
        text = _GLUED_LABEL.sub(_own_line, text)
    if "kl. " in text or "kl " in text:
        text = _GLUED_STAMP.sub("\\1\n", text)  # «… Torsdag 3. april kl. 18:29Støre ble valgt …»
    if "Foto: " in text or "Photo: " in text:
        text = _GLUED_CREDIT_LINE.sub("\\1\n", text)  # «Foto: Kari SørbøGjenopptatt i 2022»
    return _GLUED_CREDIT.sub("\\1\n", text) if "(Foto: " in text or "(Photo: " in text else text


def heading_in_case(heading: str, prose: str) -> str:
    """A crosshead a print page set in capitals, in a sentence's case: «KRAFTIG RØYKUTVIKLING»
    → «Kraftig røykutvikling»; a word the `prose` writes capitalised, or no dictionary has, is
    a name and keeps its capital («STORBRANN I HAMMERFEST» → «Storbrann i Hammerfest»); an
    acronym stays («NAV», «NATO»)."""
    words = heading.split()
    if (len(words) < 2 and len(heading) < _ONE_WORD) or not heading.isupper():
        return heading  # (one word, if longer than an acronym: «TETTPAKKET»)
    if not print_caps(words[0]) and not any(
        prose[at - 1 : at] == " " for at in word_positions(words[0].capitalize(), prose)
    ):
        return heading  # (or a name first: «ZELENSKIY CONDEMNS ATTACK», the story's Zelenskiy)
    books = (lexicon("en"), lexicon("nb"), lexicon("nn"))
    written = []
    for n, word in enumerate(words):
        lower = word.lower()
        name = word.capitalize()
        known = any(book.known(lower) or len(book.parts(lower)) > 1 for book in books)
        if not lower.isalpha() or (known and f" {name}" not in prose):  # («røykutvikling»)
            written.append(lower.capitalize() if n == 0 else lower if lower.isalpha() else word)
        else:
            written.append(word if len(word) <= _ACRONYM_LETTERS and not known else name)
    return " ".join(written)


_ONE_WORD = 7
_ACRONYM_LETTERS = 4  # «NAV», «NATO»: an unknown word this short in capitals is an acronym


def _shown_or_named(text: str) -> bool:
    """A short caption: what the picture shows («… På bildet er røyk …»), or a person named in
    capitals and what she does, in one sentence (not «DET VAR i 2015 …»: a lead's words)."""
    if _SHOWN.search(text):
        return True
    name = _CAPS_NAME.match(text) if text[1:2].isupper() else None
    if name is None or text.count(" ") > _NAME_CAPTION or not one_sentence(text):
        return False
    words = name.group(1).lower().split()
    # (not name_words.a_word: Nynorsk's word list holds given names and surnames, «kari»)
    return not any(lexicon(code).known(w) for w in words for code in ("nb", "en"))


_NAME_CAPTION = 11  # spaces: a caption under a name in capitals is short (a lead is longer)

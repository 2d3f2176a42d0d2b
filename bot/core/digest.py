"""Build the digest of an article: bullets and topics for every section."""

from __future__ import annotations

import re

from bot.core.analysis import Analysis, SectionAnalysis, analyse
from bot.core.model import Article, Digest, Excerpt, SectionDigest, Topic
from bot.core.speakers import ATTRIBUTION
from bot.core.spelling import mend_spelling
from bot.core.summarise import select_bullets
from bot.core.text import fold
from bot.core.topic_answers import excerpts
from bot.core.topics import derive_topics


def digest_article(
    article: Article, *, max_words: int | None = None, reserved: frozenset[str] = frozenset()
) -> Digest:
    """Return the digest of an article; `max_words` caps the words of all bullets."""
    return digest_of(analyse(article), max_words=max_words, reserved=reserved)


def digest_of(
    analysis: Analysis, *, max_words: int | None = None, reserved: frozenset[str] = frozenset()
) -> Digest:
    """Return the digest of an analysed article; no topic takes a `reserved` name."""
    article = analysis.article
    language = article.language
    bullets = [
        [mend_spelling(bullet, language, article.text) for bullet in section]
        for section in select_bullets(analysis, max_words=max_words)
    ]
    topics, section_topics = derive_topics(analysis, reserved=reserved)
    # Sections left without a bullet (a tight --max-words) are dropped; topic
    # indexes are renumbered so they still point into the list.
    kept = [i for i, b in enumerate(bullets) if b]
    new_index = {old: new for new, old in enumerate(kept)}
    sections = tuple(
        SectionDigest(
            _heading_told(analysis.sections[i], bullets[i]),
            tuple(bullets[i]),
            section_topics[i],
            i,
        )
        for i in kept
    )
    renumbered = tuple(
        Topic(t.command, t.label, tuple(new_index[s] for s in t.sections if s in new_index))
        for t in topics
    )
    return Digest(
        source=article.source,
        title=article.title,
        language=article.language,
        date=article.date,
        sections=sections,
        topics=tuple(t for t in renumbered if t.sections),
        url=article.url,
    )


def _heading_told(section: SectionAnalysis, bullets: list[str]) -> str | None:
    """The section's heading, or None when the section tells it in a sentence no bullet
    gives: a crosshead over bullets on something else («Mange syke ansatte» over «Ventetida
    varierer …», its «Vi har mange ansatte som er syke» left out) misleads more than none.
    (Not a name's or a title's heading: «Havet» over what a review says of the film.)"""
    heading = section.heading
    if heading is not None and _repeated(heading, bullets):
        return None  # «298 aksjeselskaper gikk konkurs i september» over the same sentence
    if heading is None or heading[:1] in '«“"' or heading[-1:] == "?" or _NUMBERED.match(heading):
        return heading  # (an explainer's question, a list's numbered step: its structure)
    if heading[:2] in ("– ", "— "):
        heading = _speaker_named(section, heading)
    keys = {k for w in section.heading_words if w.content and not w.name for k in w.keys}
    # (a heading of a name and small words tells the name: «Chile neste»)
    figures = _FIGURES.findall(heading)
    keys = keys or {k for w in section.heading_words if w.name and not figures for k in w.keys}
    keys = {key for key in keys if len(key) >= 4}
    if not keys and not figures:
        return heading
    told = fold(" ".join(bullets).lower())
    if any(map(told.__contains__, (*keys, *figures))):
        return heading
    said = any(not keys.isdisjoint(w.keys) for s in section.sentences for w in s.words)
    return None if said or any(f in s.text for f in figures for s in section.sentences) else heading


def _repeated(heading: str, bullets: list[str]) -> bool:
    """Whether a bullet opens on the heading's words (four at least): a crosshead the page
    set over the sentence it repeats, or a quote's («– Vi kom fram til at det er umulig» over
    «Vi kom fram til at det er umulig», konstaterer Somers.»); not a name's crosshead over the
    bullet that opens on the name («South East Water» / «South East Water introduced …»)."""
    said = _plain(heading)
    return said.count(" ") >= 3 and any(_plain(bullet).startswith(said) for bullet in bullets)


def _plain(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text).casefold().split())


_MARKS = re.compile(r"[«»“”\"'‘’–—.,:;!?]|(?<!\w)-|-(?!\w)")
_FIGURES = re.compile(r"\d+(?:[.,]\d+)?")
_NUMBERED = re.compile(r"\d{1,2}[.)] [A-ZÆØÅ]|(?:Trinn|Steg|Step|Del|Part) \d")


def _speaker_named(section: SectionAnalysis, heading: str) -> str:
    """A quote's crosshead with its speaker, as an editor writes it: «– Uønsket og
    tragisk» → «Solem: – Uønsket og tragisk», where the section gives the quote («–
    Dødsfallet er … et uønsket og tragisk utfall …, uttaler visepolitimester Geir Solem»).
    As it is where the section does not say who said it."""
    keys = {lemma for w in section.heading_words if (lemma := w.content_lemma)}
    if len(keys) < 2:
        return heading  # («– Trolig streifulv»: one word said by one who doubts it)
    sentences = section.sentences
    for i, sentence in enumerate(sentences):
        if not sentence.quoted or 3 * len(keys & sentence.content_lemmas) < 2 * len(keys):
            continue
        # (the speaker at the end of the quote: this sentence or one after it, in its paragraph)
        for said in sentences[i : i + _QUOTE_SENTENCES]:
            if said.paragraph != sentence.paragraph:
                break
            # (the speaker's surname: the last of the first names after the verb, not a
            # firm's after him: «meiner marknadssjef Tore Fossen hos Berge og Co»)
            if (found := ATTRIBUTION.search(said.text)) and (name := _NAMES.search(found.group())):
                return f"{name.group().split()[-1]}: {heading}"
        return heading
    return heading


_QUOTE_SENTENCES = 6
_NAMES = re.compile(r"(?<![\w'’-])[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+)*")


def ask(article: Article, query: str) -> list[Excerpt]:
    """Return the article's own sentences on the query, best section first."""
    return excerpts(analyse(article), query)


def topics_of(article: Article, *, reserved: frozenset[str] = frozenset()) -> tuple[Topic, ...]:
    return derive_topics(analyse(article), reserved=reserved)[0]

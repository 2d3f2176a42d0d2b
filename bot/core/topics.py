"""Topic commands derived from the article (bot.core.topic_answers answers them).

A topic is a morpheme a section keeps returning to and other sections do not:
`atom` from «atomtrusselen», «atomvåpen», «atomkrig»; `ovelse` from «øvelsen»,
«militærøvelser», «atomøvelse». Words are lemmatised and split into compound parts
(bot.core.lexicon), so a query matches whole parts, never a bare substring:
`atom` does not match «anatomi».
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import chain

from bot.core import topic_choice as choice
from bot.core.analysis import Analysis
from bot.core.model import Topic
from bot.core.name_words import common_word
from bot.core.names import cased_text
from bot.core.text import match_key
from bot.core.topic_counts import SectionWords, carried_alone, carriers_of, label_of, lemmas_of
from bot.core.topic_fillers import filler_name
from bot.core.topic_labels import a_surname, as_named, joined_name, person_named
from bot.core.topic_names import full_name, lead_names, lead_place, no_subject, only_an_office
from bot.core.topic_places import placed_only, usual_name, whole_names
from bot.core.topic_roads import with_roads
from bot.core.topic_sources import without_sources
from bot.core.topic_words import topic_command, topic_morphemes
from bot.core.word_rarity import EVERY_STORY, Rarities

TOPICS_PER_SECTION = 3
# A common noun no title names is a topic only if the text says it this often.
_COMMON_TIMES = 3
MAX_TOPICS = 30
_HOME = frozenset(("norge", "noreg", "ol", "vm", "em", "nm", "olympic", "olympics", "world_cup"))
# A word every story uses, said this often (or once in this many words) is the subject.
_SAID_OVER = 8
_SAID_SHARE = 40
_TITLE_WORD_TIMES = 4  # a plain word of the title the story says this often is a topic
_SUBJECT_SCORE = 1e9  # (the subject's score is infinite: weighed, it stays the largest)


def derive_topics(
    analysis: Analysis, *, reserved: frozenset[str] = frozenset()
) -> tuple[tuple[Topic, ...], list[tuple[str, ...]]]:
    """Return the article's topics and, for each section, its topic commands.

    No topic takes a `reserved` name: the caller's own commands, which it would shadow.
    """
    n_sections = len(analysis.sections)
    topical = topic_morphemes(analysis)
    # The title heads the first section: what, and whom, the article is about.
    title = analysis.title_words
    sections = [
        SectionWords.of(section, topical, title if i == 0 else ())
        for i, section in enumerate(analysis.sections)
    ]
    counts = [section.count for section in sections]
    spread = Counter(chain.from_iterable(counts))  # in how many sections a key occurs
    totals: Counter[str] = Counter()
    for count in counts:
        totals.update(count)
    # A key only weak forms carry (Johnsons without Johnson, «melde» without «melden»): none.
    plain = {
        key
        for section in sections
        for word in section.occurrences
        if not word.weak
        for key, _ in section.morphemes[word]
    }
    language = analysis.article.language
    labels: dict[str, str] = {}
    alone: dict[str, bool] = {}
    placed = placed_only(analysis)
    whole = whole_names(analysis)
    somewhere: dict[str, bool] = {}
    hyphened: dict[str, str] = {}  # a key written only in one hyphenated name → that name
    in_prose = cased_text(analysis.article)

    def carried(key: str) -> bool:
        if key not in alone:
            alone[key] = carried_alone(key, sections)
        return alone[key]

    def written(key: str) -> bool:
        # Not only where no topic is: a first name, a unit, a verb, a fact box's line. (Or
        # always in one name of hyphens: «Royce» of «Rolls-Royce», a topic by that name.)
        if key not in somewhere:
            carriers = carriers_of(key, sections)
            somewhere[key] = not all(placed(word) for word in carriers)
            if not somewhere[key] and len(carriers) == 1:
                whole = joined_name(next(iter(carriers)).surface, analysis.article.text)
                somewhere[key] = whole is not None and bool(hyphened.setdefault(key, whole))
        return somewhere[key]

    def label(key: str) -> str:
        if key not in labels and written(key) and key in hyphened:
            labels[key] = hyphened[key]
        if key not in labels:
            labels[key] = label_of(key, sections)
            # A name's last word always written in one longer name: /new_zealand, /middle_east
            carriers = carriers_of(key, sections)
            if len(carriers) == 1 and (word := next(iter(carriers))).surface[:1].isupper():
                text = analysis.article.text  # (and «Marcus & Martinus», not /marcus)
                labels[key] = whole(word.surface) or joined_name(word.surface, text) or labels[key]
            name = labels[key]  # /norges_bank, not /bank; /manchester_city, not /city
            least = 1
            if name[:1].islower():  # («sentralbanken» thrice, and «Norges Bank» thrice)
                name = min(
                    (w.surface for w in carriers if w.name and " " not in w.surface), default=name
                )
                least = 2
            if name[:1].isupper() and " " not in name:
                text = analysis.article.text  # (and «Kåre» of «Kåre Ingebrigtsen»: the person)
                whole_name = usual_name(name, text, language, least)
                if not whole_name and least == 1 and not a_surname(name, text):
                    whole_name = full_name(name, text, language)  # (a given name: «Kåre»)
                if not whole_name and common_word(name, language):
                    whole_name = usual_name(name, text, language, loose=True)
                whole_name = whole_name or filler_name(name, text, language)  # «Theresa May»
                whole_name = whole_name or person_named(name, text)  # «Ed Sheeran» for «Sheeran»
                labels[key] = whole_name or labels[key]
            elif name[:1].isupper() and name.count(" ") == 1:  # «Johannes Thingnes Bø»
                labels[key] = person_named(name, analysis.article.text) or labels[key]
            labels[key] = as_named(labels[key], analysis.article.text, language)  # (see as_named)
            if " " in labels[key] and not in_prose(labels[key]):  # (see cased_text)
                labels[key] = label_of(key, sections)
        return labels[key]

    rarities = Rarities.of(language)

    def rarity(key: str, section: SectionWords) -> float:
        """By the key's first word: the same key, the same weight."""
        word = section.carriers[key][0]
        return rarities.weight(key, word, section.morphemes[word])

    def command(key: str) -> str:
        return topic_command(label(key), analysis.article.language)

    # The keys each section's heading (and, for the first, the title) names.
    title_keys = {key for word in analysis.title_words for key, _ in word.morphemes}
    headed = [
        {key for word in section.heading_words for key, _ in word.morphemes}
        | (title_keys if i == 0 else set())
        for i, section in enumerate(analysis.sections)
    ]

    def said(key: str) -> int:  # how often the article's text (no heading) has the key
        return sum(section.in_text.get(key, 0) for section in sections)

    n_words = sum(s.n_words for s in analysis.all_sentences)

    def said_alone(key: str) -> int:  # … as a word of its own, not a compound's part
        return sum(
            section.occurrences[word]
            for section in sections
            for word in section.carriers.get(key, ())
            if match_key(word.lemma) == key
        )

    def said_over(key: str) -> bool:
        alone = said_alone(key)
        return alone >= _SAID_OVER or (alone >= _COMMON_TIMES and alone * _SAID_SHARE >= n_words)

    per_section: list[tuple[str, ...]] = []
    topic_sections: dict[str, list[int]] = defaultdict(list)
    scores: dict[str, float] = defaultdict(float)
    for s_index, count in enumerate(counts):
        ranked: list[tuple[float, str]] = []
        for key, n in count.items():
            # A topic must find a sentence, and more than one where no heading names it.
            if n < 2 or key in reserved or key not in plain or not carried(key):
                continue
            if n < 4 and key not in headed[s_index] and sections[s_index].sentences_saying(key) < 2:
                continue
            # (and a word said once or twice, in no title and no name: /fyr, /pupp)
            if key not in sections[s_index].in_text or (
                key not in title_keys
                and said(key) < _COMMON_TIMES
                and not any(word.name for word in sections[s_index].carriers[key])
            ):
                continue
            weight = rarity(key, sections[s_index])
            distinct = sections[s_index].distinct_lemmas(key)
            every_story = weight <= EVERY_STORY and key not in headed[s_index]
            if every_story and sections[s_index].heads(key) < 2 and not said_over(key):
                # «kamp», «verden», «police»: only where a title or heading says it, in
                # compounds of its own (/vapen of «atomvåpen» and «kjernevåpen»), or over
                # and over (/housing, said ten times by a story of homes)
                continue
            # Distinctive: rarer in the other sections; productive: many words share it.
            idf = math.log((1 + n_sections) / spread[key]) + 0.3
            dominance = n / totals[key]  # its share of all the article's occurrences
            score = n * idf * dominance * (1.0 + 0.5 * math.log(distinct)) * weight
            ranked.append((score, key))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        # Only topics near the section's best: a weak third topic is noise in a menu. (Where
        # its words are written is read for these few only: it searches the article.)
        ranked = choice.written_best(ranked, written)
        strong = [key for score, key in ranked if score >= 0.4 * ranked[0][0]] if ranked else []
        chosen = choice.drop_nested(strong)[:TOPICS_PER_SECTION]
        per_section.append(tuple(chosen))
        for score, key in ranked:
            if key in chosen:
                if s_index not in topic_sections[key]:  # it may point here already
                    topic_sections[key].append(s_index)
                scores[key] = max(scores[key], score)
        # A chosen topic also points at the other sections where it recurs.
        for key in chosen:
            for j, other in enumerate(counts):
                recurs = other.get(key, 0) >= 2 and key in sections[j].in_text
                if j != s_index and recurs and j not in topic_sections[key]:
                    topic_sections[key].append(j)

    def subject_weight(key: str) -> float | None:
        if key in reserved or key not in plain or not carried(key):
            return None
        first = next(section for section in sections if key in section.in_text)
        lemmas = lemmas_of(key, sections)
        weight = rarity(key, first)
        # A word every story uses: headed, in compounds of its own, said over and over, or
        # said alone and in compounds (/brann of «brannen», «brannvesen», «branntomt»; not
        # /kraft of «vindkraft», «kraftanalytiker», «kraftproduksjon», said alone once).
        heads = sum(section.heads(key) for section in sections if key in section.carriers)
        every_story = weight <= EVERY_STORY and not any(key in h for h in headed) and heads < 2
        if every_story and not said_over(key) and (len(lemmas) < 3 or said_alone(key) < 2):
            return None
        return weight * (1.0 + 0.5 * math.log(len(lemmas)))

    in_text = [section.in_text for section in sections]
    if subject := choice.article_subject(counts, in_text, subject_weight, written, topic_sections):
        topic_sections[subject] = [j for j, keys in enumerate(in_text) if subject in keys]
        scores[subject] = math.inf  # first among its first section's topics
        at = topic_sections[subject][0]
        first = per_section[at]
        beside = choice.drop_nested([subject, *first])[1:]
        title_wholes = {w.morphemes[0][0] for w in analysis.title_words if w.morphemes}
        if subject not in title_wholes:  # (/nynorskkommune of the title, under /kommune)
            beside = [key for key in first if key in beside or key in title_wholes]
        per_section[at] = (subject, *beside)
        for key in set(first) - set(per_section[at]):
            del topic_sections[key]  # /branntomt under /brann: one of them

    # The title's words: the compound it names, not its head, when the story says it (/fastlege,
    # not /lege; /atom of «atomtrusselen»), and the plain word it names the story says most.
    title_words = [(w, found) for w in analysis.title_words if not w.name and (found := topical(w))]
    for word, found in title_words:
        compound = found[0][0]
        head = match_key(word.parts[-1])  # (/atom of «atomtrusselen» stays: the theme)
        for part, _ in found[1:]:
            if (
                part == head
                and part in topic_sections
                and compound not in topic_sections
                and compound in plain
                and said(compound) >= _COMMON_TIMES
                and carried(compound)
            ):
                topic_sections[compound] = topic_sections.pop(part)
                scores[compound] = scores.pop(part)
                per_section = [
                    tuple(compound if k == part else k for k in ks) for ks in per_section
                ]
    spoken = [  # (not /atomtrussel beside /atom: a topic is a part of it already)
        found[0][0]
        for _, found in title_words
        if found[0][0] in plain
        and all(key not in topic_sections for key, _ in found)
        and carried(found[0][0])
    ]
    if spoken := [key for key in spoken if said(key) >= _TITLE_WORD_TIMES and written(key)]:
        most = max(spoken, key=said)
        said_in = [j for j, written_keys in enumerate(in_text) if most in written_keys]
        if rarity(most, sections[said_in[0]]) > EVERY_STORY:
            topic_sections[most] = said_in
            per_section[said_in[0]] = (*per_section[said_in[0]], most)

    names: set[str] = set()  # the words of the topics' names (/nova_sea), read if asked

    def taken(key: str) -> bool:  # a topic already, or a word of one's name
        if not names:
            names.update(w for other in topic_sections for w in command(other).split("_"))
        return key in topic_sections or key in reserved or key in names

    def add(found: list[str]) -> None:  # where it happens, whom it is about (/sarpsborg)
        for key in found:
            if said_in := [j for j, keys in enumerate(in_text) if key in keys]:
                topic_sections[key] = said_in[:1]
                per_section[said_in[0]] = (*per_section[said_in[0]], key)

    add(lead_names(analysis, sections, plain, written, taken, 2))

    # A name only quoted is a source (unless titled); one before a slash is half («Bodø/Glimt»)
    text = analysis.article.text
    sections_before, per_section_before = dict(topic_sections), per_section
    for key in list(topic_sections):
        carriers = carriers_of(key, sections)
        all_named = all(w.name for w in carriers)  # (or «Turkish Foreign Minister …»: a post)
        if not all_named and not (" " in (post := label(key)) and only_an_office({post}, text)):
            continue
        titled = key in title_keys
        quoted = not titled and scores[key] != math.inf  # (the subject is no mere source)
        if not all_named or no_subject(
            {w.surface for w in carriers}, text, label(key), titled=titled, quoted=quoted
        ):
            del topic_sections[key]
            per_section = [tuple(k for k in keys if k != key) for keys in per_section]
    if not topic_sections:  # («Toronto police say …»: a source is a topic, if it is all)
        topic_sections, per_section = sections_before, per_section_before

    # A reader types names, and the one thing a story is about: of the plain words, the one
    # the title names, the one it weighs most if a heading names it or no name is a topic (13
    # of 23 others were noise to readers, pages 2191–2250), and those a heading names that
    # several words share (/atom of «atomtrusselen», «atomøvelse»); not /politi, /resultat.
    plain_words = [key for key in topic_sections if label(key).islower()]  # (not «van Gogh»)
    if plain_words:
        any_heading = set().union(*headed)

        def weighed(key: str) -> float:
            first = next(section for section in sections if key in section.carriers)
            return min(scores[key], _SUBJECT_SCORE) * rarity(key, first)

        best = max(plain_words, key=weighed)
        if best not in any_heading and len(plain_words) < len(topic_sections):
            # (not the rarest word, /skadefelling, but the theme, /ulv of «ulv» nine times)
            themes = [key for key in plain_words if choice.theme(key, sections, said_alone)]
            best = max(themes, key=weighed) if themes else ""
        # (a page without its headline: its lead names what the story says over and over)
        named = title_keys or {
            key
            for word in analysis.all_sentences[0].words
            for key, _ in word.morphemes
            if said(key) > _COMMON_TIMES
        }
        for key in plain_words:
            if (
                key != best
                and key not in named
                and not (key in any_heading and len(lemmas_of(key, sections)) > 1)
            ):
                del topic_sections[key]
                per_section = [tuple(k for k in keys if k != key) for keys in per_section]

    def home(key: str) -> bool:  # /norge, the country every Norwegian story is in; /vm, /ol
        return command(key) in _HOME and key not in title_keys

    # Names (not /norge, which goes): /politi goes
    named_too = any(not label(key)[:1].islower() and not home(key) for key in topic_sections)
    plain_words = [key for key in plain_words if key in topic_sections]
    for key in choice.plain_noise(plain_words, sections, rarity, title, said_alone, named_too):
        del topic_sections[key]
        per_section = [tuple(k for k in keys if k != key) for keys in per_section]
    if not named_too:
        names.clear()
        add(lead_names(analysis, sections, plain, written, taken, 1))  # (/nordkjosbotn)
    names.clear()
    place = lead_place(analysis, sections, plain)  # «… ved Rå i Lavik»: /lavik
    add([place] if place and not taken(place) else [])
    if not topic_sections:  # (still none: a name of the lead's next paragraph, /nordhordland)
        add(lead_names(analysis, sections, plain, written, taken, 1, wide=True))

    per_section = [  # (two keys may name one topic: «City Council» and «council»)
        tuple(dict.fromkeys(command(key) for key in keys if not home(key))) for keys in per_section
    ]

    topics: list[Topic] = []
    seen: set[str] = set()
    renamed: dict[str, str] = {}
    for key in sorted(topic_sections, key=lambda k: (min(topic_sections[k]), -scores[k], k)):
        name = command(key)
        if name in seen or name in reserved or home(key):
            continue
        seen.add(name)
        where = tuple(sorted(topic_sections[key]))
        # /thea beside /thea_koren: one person, one topic (the first, with both's sections)
        same = next((i for i, t in enumerate(topics) if choice.same_name(t.command, name)), None)
        if same is not None:
            kept = topics[same]
            merged = tuple(sorted({*kept.sections, *where}))
            if choice.fuller_name(name, kept.command):  # (/hannah_jones, not /hannah)
                topics[same] = Topic(name, label(key), merged)
                renamed = {
                    old: name if new == kept.command else new for old, new in renamed.items()
                }
                renamed[kept.command] = name
            else:
                topics[same] = replace(kept, sections=merged)
                renamed[name] = kept.command
            continue
        topics.append(Topic(name, label(key), where))
    if renamed:
        per_section = [
            tuple(dict.fromkeys(renamed.get(name, name) for name in names)) for names in per_section
        ]
    topics, per_section = with_roads(topics, per_section, analysis.article, seen | reserved)
    topics, per_section = without_sources(topics, per_section, analysis.article)
    return tuple(topics[:MAX_TOPICS]), per_section

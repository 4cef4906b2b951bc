"""What a sentence inherits from its document: season, series, event, class, team, car, manufacturer.

Shared by the event, result and title components. Sentences know their paragraph; a value
not stated in a sentence is taken from the nearest earlier mention in its paragraph, then
from the document's dominant value (the release's own team, car, series).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from .kb import KnowledgeBase
from .langdata import load, quote_marks, title_endings
from .phrasetree import alternation, phrase_regex
from .tokens import TokenTable, remember, remembered, text_of

CATEGORY_OF = {"PERSON": "driver", "TEAM": "team", "MANUFACTURER": "manufacturer"}  # whose standing or title
PLACE_LABELS = ("EVENT", "VENUE")


@dataclass
class Group:
    """Who achieved a placing: a crew of persons, a team or a manufacturer, as a token range."""

    label: str
    start: int
    end: int
    names: list[str]
    spans: list[Span]

    def distance(self, i: int) -> int:
        """Tokens between this group and token ``i``."""
        return self.start - i if self.start >= i else i - self.end + 1

    def standing_for(self, i: int) -> Group:
        """The same competitor, placed at token ``i`` (where a pronoun or descriptor stands for it)."""
        return Group(self.label, i, i + 1, list(self.names), list(self.spans))

    def crew_with(self, other: Group) -> Group:
        """This person and ``other`` as one crew, from this group's start to the other's end."""
        return Group("PERSON", self.start, other.end, [*self.names, *other.names], [*self.spans, *other.spans])

    @classmethod
    def of(cls, mention: Span) -> Group:
        """The competitor one entity mention names, as a group of one."""
        return cls(mention.label_, mention.start, mention.end, [name_of(mention)], [mention])


def with_back_reference(groups: list[Group], back: int, earlier: Group, joiners: set[str],
                        beaten_at: int | None = None) -> list[Group]:
    """Put the person a pronoun or descriptor at token ``back`` stands for among a clause's groups; a crew
    named right after it joins that person ("Der Franzose und sein Beifahrer Daniel Elena", "er gemeinsam
    mit René Rast"), but not one named after a runner-up phrase at ``beaten_at`` ("er mit sechs Tausendstel
    Vorsprung auf Bortolotti")."""
    stand_in = earlier.standing_for(back)
    crew = next((g for g in groups if g.label == "PERSON" and g.start > back), None)
    if crew is not None and crew.start - back <= 8 and not (beaten_at is not None and back < beaten_at < crew.start):
        doc = crew.spans[0].doc
        if any(t.text in joiners for t in doc[back : crew.start]):
            joined = Group(crew.label, back, crew.end, stand_in.names + crew.names, stand_in.spans + crew.spans)
            return [joined if g is crew else g for g in groups]  # a new crew: the groups may be shared
    return [stand_in, *groups]


def span_text(span: Span) -> str:
    """``span.text`` cut from ``text_of``, without building a Token per token."""
    if not len(span):
        return ""
    doc = span.doc
    cached = doc.user_data.get("px_text")  # ``text_of``, without a call in the common case
    text = cached[1] if cached is not None and cached[0] == len(doc) else text_of(doc)
    return text[span.start_char : span.end_char]


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens ``[start, end)``; ``doc.ents`` is rebuilt on every access, so the
    sorted list is kept in ``doc.user_data`` once the entities are final."""
    cached = doc.user_data.get("px_ents")
    if cached is None or cached[0] != len(doc):
        cached = keep_entities(doc, list(doc.ents))
    _, ents, starts = cached
    within = ents[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    if within and within[-1].end > end:  # entities never overlap: only the last one may reach past ``end``
        within.pop()
    return within


def keep_entities(doc: Doc, ents: list[Span]) -> tuple[int, list[Span], list[int]]:
    """Keep ``ents``, the spans just set as ``doc.ents`` (in text order), as the list ``ents_within`` reads."""
    doc.user_data["px_ents"] = kept = (len(doc), ents, [e.start for e in ents])
    return kept


class Ranges:
    """Disjoint character ranges ``[start, end)`` with logarithmic lookups; overlapping ones given are joined."""

    def __init__(self, ranges):
        self.ranges: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if self.ranges and start < self.ranges[-1][1]:
                self.ranges[-1] = (self.ranges[-1][0], max(end, self.ranges[-1][1]))
            else:
                self.ranges.append((start, end))
        self.starts = [start for start, _ in self.ranges]

    def covering(self, char: int) -> tuple[int, int] | None:
        """The range that holds ``char``, if any."""
        k = bisect.bisect_right(self.starts, char) - 1
        return self.ranges[k] if k >= 0 and char < self.ranges[k][1] else None

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether any range meets ``[lo, hi)``."""
        k = bisect.bisect_left(self.starts, hi) - 1
        return k >= 0 and self.ranges[k][1] > lo


def sentence_of(span: Span) -> Span:
    """The sentence a span stands in, found from its own tokens (``Span.sent`` walks the whole document)."""
    start, end = TokenTable.of(span.doc).sentence_bounds(span.start, span.end)
    return Span(span.doc, start, end)  # ``doc[start:end]`` without its slice checks


def name_of(span: Span | None) -> str | None:
    """The name records use for a mention (``span._.px_name``), or ``None``; read once per mention and
    document, since every ``span._`` builds an object."""
    return None if span is None else remembered(span, "name", _read_name)


def keep_name(ent: Span, name: str) -> None:
    """Set the name records use for an entity: ``ent._.px_name``, and what ``name_of`` gives for it."""
    ent._.px_name = name
    remember(ent, "name", name)


def _read_name(span: Span) -> str | None:
    return span._.px_name


class ClassFinder:
    """Class labels next to a class word ("GT-Klasse") or unambiguous on their own ("GTLM")."""

    def __init__(self, lang: str):
        data = load(lang)["classes"]
        def tree(phrases: list[str], before: str = "") -> str:
            """``before`` and then the phrases sorted longest first, as a phrase tree that checks ``before``
            after a phrase's first character (see ``phrasetree.phrase_regex``)."""
            after_first = rf"(?<=(?:{before})[\s\S])" if before else ""
            alternatives = [alternation(phrases, after_first=after_first)] if any(phrases) else []
            return "|".join(alternatives + ([before] if "" in phrases else []))

        words, plain = data["class_words"], data["labels"]
        self.names: dict[str, str] = data["label_names"]
        self.labels = frozenset(plain) | frozenset(data["ambiguous_labels"])  # every label, as written
        every = plain + data["ambiguous_labels"]
        opening, word_start = r"(?<![\w-])", r"\b"
        sentence_start = r"^|(?<=[.!?:]\s)|(?<=\n)"  # where a class opener may stand
        self.patterns = [
            re.compile(rf"(?P<label>{tree(every, opening)})[-‐ ]?(?:{tree(words)})\b"),
            re.compile(rf"(?:{tree(words, word_start)})\s+(?P<label>{tree(every)})(?![\w-])"),
            re.compile(rf"(?P<label>{tree(plain, opening)})(?![\w-])"),
            re.compile(rf"(?:{tree(data['class_openers'], sentence_start)})\s+(?P<label>{tree(every)}),"),
        ]

    def find(self, text: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] = ()) -> list[tuple[int, str]]:
        """``(char offset, label)`` of class mentions in ``text[start:end]``, outside the ``skip`` ranges."""
        end = len(text) if end is None else end
        found: dict[int, str] = {}
        for pattern in self.patterns:
            for m in pattern.finditer(text, start, end):
                a, b = m.span("label")
                if any(s <= a and b <= e for s, e in skip) or any(a <= p < b for p in found):
                    continue
                found[a] = self.names.get(m.group("label"), m.group("label"))
        return sorted(found.items())


@lru_cache(maxsize=256)
def _phrases(phrases: tuple[str, ...]) -> re.Pattern | None:
    """``phrase_regex`` of a language's phrase list (or the part of it a document holds), built once."""
    return phrase_regex(list(phrases))


@lru_cache(maxsize=4096)
def _word_pattern(form: str) -> re.Pattern:
    """``form`` as a whole word."""
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


@lru_cache(maxsize=8)
def class_finder(lang: str) -> ClassFinder:
    return ClassFinder(lang)


class DocContext:
    """Per-sentence lookups over one processed ``Doc``."""

    def __init__(self, doc: Doc, kb: KnowledgeBase):
        self.doc = doc
        self.text = text = text_of(doc)
        self.kb = kb
        self.sents = list(doc.sents)
        self.sent_starts = [sent.start for sent in self.sents]
        self.sent_start_chars = [sent.start_char for sent in self.sents]
        self.paragraph: list[int] = []
        self._paragraph_first: list[int] = []  # the first sentence of each sentence's paragraph
        para = 0
        for i, sent in enumerate(self.sents):
            if i and "\n" in text[self.sents[i - 1].start_char : sent.start_char].rstrip(" \t")[-2:]:
                para += 1
            self._paragraph_first.append(i if not i or para != self.paragraph[-1] else self._paragraph_first[-1])
            self.paragraph.append(para)
        self.ents = ents_within(doc, 0, len(doc))
        self._by_labels: dict[tuple[str, ...], tuple[list[Span], list[int]]] = {}  # ``_labelled``
        self.makes = kb.names("MANUFACTURER") | {span_text(e) for e in self.ents if e.label_ == "MANUFACTURER"}
        # "der zweite Gesamtsieg nach 2013": a year after these words never dates the clause it stands in
        words = load(doc.lang_)["results"]
        # places and series that only describe a person are no meeting's nor the clause's series (``_labelled``): where
        # one comes from ("Der 24-Jährige aus Auckland"), an epithet ("den Monte-Carlo-Sieger Neuville", "IndyCar-Pilot
        # X"; not "Formel-1-Weltmeister": a title names its series)
        descriptors = tuple(w.casefold() for w in words["descriptor_nouns"])
        epithets = _epithets(doc, self.ents, descriptors, title_endings(doc.lang_))
        self.epithet_places = {c: e for c, e in epithets.items() if e.label_ in PLACE_LABELS}
        origins = _origins(doc, self.ents, [p.split() for p in words["origin_phrases"]], descriptors)
        self.descriptive_names = origins | set(epithets)
        # "Nach 2004, 2014 … ist es der fünfte"; "repeating its 2015 win"
        repeats = {w.casefold() for w in words["repeat_words"]}
        markers = {w.casefold() for w in words["other_season_markers"]} | repeats
        joiners = {j for j in words["position_list_joiners"] if j.isalpha()}
        partners = set(words["partner_joiners"])
        comparing = [opener.split() for opener in words["comparison_openers"]]
        self.years, other = [], None  # other: where the last year after such a word ends
        for c, y in sorted(doc._.px_years or []):
            opened = text[self.sent_start_chars[max(0, bisect.bisect_right(self.sent_start_chars, c) - 1)] : c]
            if "," not in opened and any(opened.split()[: len(opener)] == opener for opener in comparing):
                continue  # "As they had twelve months ago, Manthey Racing finished third": the comparison's year
            between = text[other:c].replace(",", " ").split() if other is not None else None
            if _preceded_by(doc, c, markers) or (between is not None and (
                    (len(between) <= 1 and set(between) <= joiners)
                    or (2 <= len(between) <= 4 and between[0] in partners and between[-1] in joiners))):
                other = c + 4  # "nach 2013, 2016, 2017 und 2018", "nach 2008 mit McLaren und 2014": the whole list
                continue
            self.years.append((c, y))
        self.year_chars = [c for c, _ in self.years]
        self.all_years = sorted(doc._.px_years or [])
        # "… its first one-two since the 2010 Canadian Grand Prix": a meeting after such a word is another one
        # ("Nach dem Triumph bei den 24 Stunden von Le Mans": the win named between is at that meeting, not after it)
        wins = set(words["win_words"])
        # a possessor's name does not end the reach ("seit Pastor Maldonados Qualifying-Bestzeit in Barcelona 2012")
        possessors = _possessor_tokens(doc, self.ents, set(words["possessive_marks"]),
                                       tuple(load(doc.lang_)["entities"]["genitive_endings"]))
        self.other_meetings = {e.start_char for e in self.ents if e.label_ in PLACE_LABELS
                               and (_preceded_by(doc, e.start_char, markers, reach=8, unless=wins, past=possessors)
                                    # a win repeated was won there ("wiederholten ihren Klassensieg von Daytona")
                                    or _preceded_by(doc, e.start_char, repeats, reach=8, past=possessors))}
        # "nach dem Erfolg beim 12-Stunden-Rennen von Sebring": a win before, not the meeting later sentences go on with
        # and "il avait déjà gagné les 12 Heures de Bathurst en février": a win already won elsewhere
        already = {w.casefold() for w in words["already_words"]}
        self.won_before = {e.start_char for e in self.ents if e.label_ in PLACE_LABELS
                           and _preceded_by(doc, e.start_char, markers | already, reach=8, past=possessors)}
        self.coordinators = set(words["coordinators"]) | set(words["position_list_joiners"])
        self.phrase_starters = set(words["phrase_starters"])
        self.descriptor_nouns = tuple(w.casefold() for w in words["descriptor_nouns"])  # casefolded; no nationalities
        self.relative_pronouns = set(words["relative_pronouns"])
        self.title_endings = title_endings(doc.lang_)
        self.title_modifiers = set(words["title_modifiers"])
        self.subordinators = set(words["subordinators"])
        self.clause_conjunctions = set(words["clause_conjunctions"])
        self.earlier_clause_openers = {w.casefold() for w in words["earlier_clause_openers"]}
        self.earlier_win_markers = set(words["earlier_win_markers"])
        # a since-word that also opens clauses ("since") opens one about an earlier win inside a comma part
        self.since_words = set(words["since_words"]) & self.clause_conjunctions
        then = words["then_words"]
        self.then = _phrases(tuple(then))
        self.then_words = [w for w in then if w in text]  # those the document holds, for ``_says_then``
        self.here = _phrases(tuple(w for w in words["here_words"] if w in text))
        self.anchor = doc._.px_anchor_year
        self.quote_marks = quote_marks(doc.lang_)
        self.classes = class_finder(doc.lang_).find(
            text, skip=[(e.start_char, e.end_char) for e in self.ents if e.label_ in ("CAR", "SERIES", "TEAM", "EVENT")])
        self.main = {label: self._dominant(label) for label in ("SERIES", "TEAM", "CAR", "MANUFACTURER")}
        # where the body starts: after the headline and sub-headline (the first two non-empty lines)
        lines = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*(\n|$)", text[:5000])]
        self.body_start = lines[1] if len(lines) > 2 else 0
        # a place that only says where the release was written ("Toyota City, 11 September 2022 –"): at a line's
        # start, right before the dateline's date, and named nowhere else
        dates = [d["start"] for d in doc._.px_dates or []]
        self.dateline_end = doc._.px_dateline[1] if doc._.px_dateline else -1
        self.dateline_only = {e.start_char for e in self.ents if e.label_ in PLACE_LABELS
                              and (e.start_char == 0 or text[e.start_char - 1] == "\n")
                              and any(0 < d - e.end_char <= 3 for d in dates)
                              and not any(o.kb_id_ == e.kb_id_ and o.start_char != e.start_char for o in self.ents)}
        # the release's own meeting: its first named event, else its first venue, in the first third of the text
        early = [e for e in self.ents if e.label_ in PLACE_LABELS and e.start_char < max(len(text) / 3, 400)]
        early = [e for e in early if e.start_char not in self.dateline_only] or early
        self.main_event = self._dateline_event(early, dates) \
            or next((e for e in early if e.label_ == "EVENT"), early[0] if early else None)
        # a release that never names its series: the one its own meeting belongs to ("Großer Preis von Abu Dhabi")
        self.linked_series = self.kb.link(self.main_event.kb_id_, "series", self.anchor) \
            if self.main["SERIES"] is None and self.main_event is not None else None
        self.affiliation = self._affiliations()
        self.quote_openers = set(load(doc.lang_)["quotes"]["marks"])
        self.quoted = Ranges(self._quoted_spans())
        self.spoken = sorted((a, b, q["speaker"]) for q in self.doc._.px_quotes or [] if q["kind"] == "direct"
                             and q["speaker"] for a, b in q["evidence"] if self.text[a:a + 1] in self.quote_openers)
        # the document's class: the one named most, when it is named in the headline or the opening
        counts = Counter(label for _, label in self.classes)
        top = counts.most_common(1)[0][0] if counts else None
        self.main_class = top if any(label == top and c < max(len(text) / 3, 400) for c, label in self.classes) else None
        self._meeting_names: dict[tuple, str] = {}
        self._meetings: dict[tuple, tuple] = {}  # ``meeting_of`` by mention and season
        self._named_venues: dict[tuple[str, str | None, int | None], object] = {}
        self._person_ends = sorted(e.end_char for e in self.ents if e.label_ == "PERSON")
        self._entrant_ends = sorted(e.end_char for e in self.ents if e.label_ in ("TEAM", "MANUFACTURER"))
        self.name_forms = [tuple(pair) for pair in load(doc.lang_)["entities"].get("name_base_forms", [])]
        self._nationality: dict[str, str] | None = None  # ``_nationalities``, read when a descriptor needs it
        self._participants: list[bool] | None = None  # ``has_participants`` of every sentence, read once

    def _quoted_spans(self) -> list[tuple[int, int]]:
        """Character ranges of quoted words: direct quotes, and the reported clause of indirect ones."""
        spans = []
        for quote in self.doc._.px_quotes or []:
            if not quote["evidence"]:
                continue
            if quote["kind"] == "direct":  # its parts between quotation marks, not the attribution between them
                spans.extend((a, b) for a, b in quote["evidence"] if self.text[a:a + 1] in self.quote_openers)
                continue
            start, end = quote["evidence"][0]
            at = self.text.find(quote["text"][:40], start, end)
            if at >= 0:
                spans.append((at, max(end, at + len(quote["text"]))))
        return spans

    def quote_of(self, span: Span) -> tuple[int, int] | None:
        """The quoted range a span starts in, if any: words in a quote and names outside it do not pair."""
        return self.quoted.covering(span.start_char)

    def quote_at(self, char: int) -> tuple[int, int] | None:
        """The quoted range holding character ``char``, if any."""
        return self.quoted.covering(char)

    def is_country(self, ent: Span) -> bool:
        """Whether a place mention is a country standing for the round held there ("won in Sweden")."""
        entry = self.kb.get(ent.kb_id_) if ent.label_ == "VENUE" else None
        return entry is not None and bool(entry.data.get("host_country"))

    def speaker_meant(self, reference: tuple[int, bool] | None) -> Group | None:
        """Whom a pronoun found by ``CueReader.self_reference`` means: the speaker of the quote a first-person
        pronoun stands in, or of the answer that follows the interview question a second-person one stands in."""
        if reference is None:
            return None
        own = reference[1]
        char = self.doc[reference[0]].idx
        if own != (self.quoted.covering(char) is not None):
            return None
        k = bisect.bisect_right(self.spoken, (char, float("inf"), "")) - (1 if own else 0)
        if not 0 <= k < len(self.spoken):
            return None
        start, end, speaker = self.spoken[k]
        if own and not start <= char < end:
            return None
        if not own:  # the question runs up to the answer: no paragraph between, or one after a question mark
            breaks = self.text.count("\n\n", char, start)
            if breaks > 1 or (breaks and "?" not in self.text[char:start]):
                return None
        return self._person_group(speaker)

    def speaker_before(self, char: int) -> Group | None:
        """The speaker of a quote that ends right before ``char`` ("„…“, sagte der DTM-Champion von 2014"), whom an
        attribution's descriptor means."""
        k = bisect.bisect_right(self.spoken, (char, float("inf"), "")) - 1
        if k < 0 or self.text[self.spoken[k][1] : char].strip(" ,–-" + self.quote_marks):
            return None
        return self._person_group(self.spoken[k][2])

    def _person_group(self, name: str) -> Group | None:
        """The first mention of the person ``name`` as a group of one, or ``None``."""
        mention = next((e for e in self.ents if e.label_ == "PERSON" and name_of(e) == name), None)
        return Group.of(mention) if mention is not None else None

    def _affiliations(self) -> dict[str, dict[str, Span]]:
        """For each person, the make, team and car written right next to a mention ("Ferrari-Pilot Fernando
        Alonso", "Mattias Ekström (Audi)", "Webber im zweiten Red Bull"): first one found wins."""
        out: dict[str, dict[str, Span]] = {}
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            near = [e for e in ents_within(self.doc, max(ent.start - 12, 0), ent.end + 4)
                    if e.label_ in ("MANUFACTURER", "TEAM", "CAR")
                    and self.sent_index(e.start) == self.sent_index(ent.start)
                    and (0 <= ent.start - e.end <= 2 or 0 <= e.start - ent.end <= 3)]
            mine = out.setdefault(name_of(ent), {})
            for e in sorted(near, key=lambda e: min(abs(ent.start - e.end), abs(e.start - ent.end))):
                mine.setdefault(e.label_, e)
        return out

    def _dominant(self, label: str) -> Span | None:
        """The entity of ``label`` the document names most (ties: the first named); a team counts its make's mentions
        as well ("Ferrari" seven times beside one "Scuderia Ferrari Marlboro" and two "Williams-BMW")."""
        spans = self._labelled((label,))[0]
        if not spans:
            return None
        names = [name_of(e) for e in spans]
        counts = Counter(names)
        if label == "TEAM":
            makes = Counter(name_of(e) for e in self._labelled(("MANUFACTURER",))[0])
            first = dict(zip(reversed(names), reversed(spans)))  # each name's first mention
            for name, e in first.items():
                counts[name] += makes[self.manufacturer_of([e])]
        best = max(counts.values())
        return next(e for e, name in zip(spans, names) if counts[name] == best)

    def sent_index(self, token_i: int) -> int:
        """Index of the sentence holding token ``token_i``."""
        return bisect.bisect_right(self.sent_starts, token_i) - 1 if self.sent_starts else 0

    def sent_index_at(self, char: int) -> int:
        """Index of the sentence holding character ``char`` (-1 before the first)."""
        return bisect.bisect_right(self.sent_start_chars, char) - 1

    def paragraph_start(self, sent_i: int) -> Span:
        """The first sentence of the paragraph holding sentence ``sent_i``."""
        return self.sents[self._paragraph_first[sent_i]]

    def _paragraph_range(self, sent_i: int) -> tuple[int, int]:
        """Character range from the start of the sentence's paragraph to the end of the sentence."""
        return self.paragraph_start(sent_i).start_char, self.sents[sent_i].end_char

    def season_at(self, sent_i: int, char: int, *, lo: int | None = None, hi: int | None = None,
                  titled: bool = True) -> int | None:
        """The year nearest before ``char`` in the clause, else the year named last before a clause that
        says "damals" (then), else nearest in the sentence, else a historic year
        of the previous sentence of the paragraph ("2001 fiel der Startschuss … Alle Titel gingen an BMW"),
        else the document's year. Without ``titled``, a title's years ("für den Meister von 2008 und 2009 war es
        der erste Erfolg") date nothing."""
        sent = self.sents[sent_i]
        if lo is not None and lo > sent.start_char and (year := self._year_before_clause(lo, hi)) is not None:
            return year  # "… had stood since 1959, when Bruce McLaren won …"
        lo = sent.start_char if lo is None else lo
        hi = sent.end_char if hi is None else hi
        inside = [(c, y) for c, y in self.years_in(lo, hi) if not self._in_apposition(c, char, lo, titled)
                  and (titled or not self._titles_year(c))]
        a, b = self.part_around(char, lo, hi)
        part = [(c, y) for c, y in inside if a <= c < b]
        if part:  # "Rang vier 2014, Rang drei 2015": the year of the cue's own part between commas
            return min(part, key=lambda cy: abs(cy[0] - char))[1]
        before = [y for c, y in inside if c <= char]
        if before:
            return before[-1]
        if inside:
            return inside[0][1]
        if self._says_then(sent.start_char, hi, char):  # "La même année, X a …"
            # "Damals siegten X und Y": the year named last
            earlier = [y for _, y in self.all_years[: bisect.bisect_left(self.all_years, (lo,))]]
            if earlier:
                return earlier[-1]
        in_sentence = [(c, y) for c, y in self.years_in(sent.start_char, sent.end_char)
                       if not self._in_apposition(c, char, sent.start_char, titled)
                       and (titled or not self._titles_year(c))]
        if in_sentence:
            # not a year of a later statement of the sentence ("…, while X won GTE-Pro, fifty years after Y gave Ford
            # its first win in 1966"; "its first win since Alain Prost took the flag in 1983"; "wurde er Dritter … und
            # stand als erster Japaner seit Aguri Suzuki im Jahr 1990 … auf dem Podium"), nor one after an earlier-win
            # word right after the clause ("Subarus dritter Weltmeister nach Colin McRae im Jahr 1995")
            after = (self.text[hi : hi + 20].split() or [""])[0]
            later = hi if after in self.clause_conjunctions or after in self.earlier_win_markers \
                or (after in self.coordinators and hi < sent.end_char) else None
            earlier = [(c, y) for c, y in in_sentence if c < char or not (
                "," in self.text[char:c] or ";" in self.text[char:c] or self._dashed(char, c, sent.end_char)
                or (later is not None and c >= later))]
            if earlier:
                return min(earlier, key=lambda cy: abs(cy[0] - char))[1]
        k = sent_i - 1
        while k >= 0 and self.paragraph[k] == self.paragraph[sent_i]:
            prev = self.sents[k]
            earlier = self.years_in(prev.start_char, prev.end_char)
            opens = prev.start
            if earlier and prev.start_char < self.dateline_end < prev.end_char:
                # the dateline's sentence opens after it with a year written out ("Le Mans, le 9 juin 2015 – Les 17
                # et 18 juin 1995, …"; not "Deux ans après sa victoire en Hongrie, …")
                opens = next((t.i for t in prev if t.idx >= self.dateline_end and t.is_alpha), prev.start)
                earlier = [(c, y) for c, y in earlier if c >= self.dateline_end and self.text[c : c + 4].isdigit()]
            if earlier:
                # a sentence that opens with a year ("2001 fiel der Startschuss …") sets the scene for the next ones;
                # after the dateline, one word more ("Les 17 et 18 juin 1995")
                head_end = self.doc[min(opens + 4 + (opens > prev.start), prev.end - 1)].idx
                start = self.doc[opens].idx
                # (not a year in an apposition to the sentence's first name: "Massa, 2008 mit einem Punkt Rückstand …
                # Vizeweltmeister, stand …")
                opening = [y for c, y in earlier if c <= head_end and "," not in self.text[start : c]
                           and not self._in_apposition(c, prev.end_char, start)]
                if not opening and len(prev) <= 12 and len(earlier) == 1:
                    opening = [earlier[0][1]]  # and so does a short one about one year ("Chacun garde en mémoire
                    # l'édition 2016.")
                if opening and any(y != opening[0] for _, y in earlier):
                    return self.anchor  # a sentence that goes on to other years ("En 2017, … avant de récidiver en
                    # 2018") sets no scene
                return opening[0] if opening else self.anchor
            k -= 1
        if self.quote_at(char) is None and self._asks(self._paragraph_last(sent_i)):
            # an interview question that names no year ("Alboreto a longtemps mené le championnat. Le craigniez-vous
            # ?"): the year the last question named
            return self._year_last_asked(sent_i - 1) or self.anchor
        if k > 0 and self.quote_at(char) is not None \
                and self.text[self.sents[k].start_char : self.sents[k].end_char].rstrip().endswith(":"):
            k -= 1  # past the answer's speaker line ("Yannick Dalmas :")
        if k >= 0 and self.quote_at(char) is not None and self._asks(k):
            # an answer right after an interview question that names its year ("Was ist von 1980 geblieben?"), or
            # after one that names none, the year the last question named
            return self._year_last_asked(k) or self.anchor
        return self.anchor

    def _year_last_asked(self, k: int) -> int | None:
        """The year the last interview question up to sentence ``k`` named, if any."""
        while k >= 0 and not (self._asks(k) and (asked := self.years_in(self.sents[k].start_char,
                                                                          self.sents[k].end_char))):
            k -= 1
        return asked[-1][1] if k >= 0 else None

    def _paragraph_last(self, sent_i: int) -> int:
        """The last sentence of the paragraph of sentence ``sent_i``."""
        k = sent_i
        while k + 1 < len(self.sents) and self.paragraph[k + 1] == self.paragraph[sent_i]:
            k += 1
        return k

    def _asks(self, k: int) -> bool:
        """Whether sentence ``k`` is an interview question: it ends with a question mark, outside quotes."""
        sent = self.sents[k]
        return self.text[sent.start_char : sent.end_char].rstrip().endswith("?") and self.quote_of(sent) is None

    def _year_before_clause(self, lo: int, hi: int) -> int | None:
        """The year right before a clause at ``[lo, hi)`` that names no year of its own: after a comma, when the clause
        opens with a subordinator ("since 1959, when Bruce McLaren won", "seit 2009, als Corvette … gewonnen hatte");
        after a colon ("tenait depuis 1959 : Bruce McLaren avait remporté …")."""
        colon = self.text.startswith(":", lo)  # a colon opens the clause after it
        opened = _YEAR_BREAK.search(self.text[max(lo - 8, 0) : lo] + (":" if colon else ""))
        if opened is None or self.years_in(lo, hi):
            return None
        first = self.text[lo + colon : hi].split(maxsplit=1)[:1]
        return int(opened.group(1)) if opened.group(2) == ":" or (first and first[0] in self.subordinators) else None

    def _says_then(self, lo: int, hi: int, char: int) -> bool:
        """Whether a word saying "then" stands at characters ``[lo, hi)``, not in an aside about someone closed
        before ``char`` (", der im Vorjahr die damals noch nicht zur WM zählende Rallye gewonnen hatte,"); the words
        are looked for as plain text first, since the search with look-arounds tries every position."""
        if not any(self.text.find(w, lo, hi) >= 0 for w in self.then_words):
            return False
        return any(not (m.start() < char and self._in_apposition(m.start(), char, lo))
                   for m in self.then.finditer(self.text, lo, hi))

    def years_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """``(char offset, year)`` of the years that date clauses, named at characters ``[lo, hi)``."""
        return self.years[bisect.bisect_left(self.year_chars, lo) : bisect.bisect_left(self.year_chars, hi)]

    def counted_year(self, c: int) -> bool:
        """Whether the year at ``c`` is counted from words ("Twelve months ago", "L'an dernier"), not written."""
        return not self.text[c : c + 4].isdigit()

    def _titles_year(self, c: int) -> bool:
        """Whether the year at ``c`` belongs to a title word before it ("Meister von 2008 und 2009")."""
        if self.counted_year(c):
            return False  # "Twelve months ago" is no title's year
        window = re.split(r"[.!?;:]", self.text[max(0, c - 30) : c])[-1].split()[-4:]
        # "the 2001 champion", "the 1995 world champion", "the 1999 CART champion"; not "2017 als Vizeweltmeister"
        after = re.split(r"[.!?;:,]", self.text[c + 4 : c + 30])[0].split()[:2]
        if len(after) == 2 and not (after[0][:1].isupper() or after[0] in self.title_modifiers):
            after = after[:1]
        return any(w.strip(",").casefold().endswith(self.title_endings) for w in window + after)

    def _in_apposition(self, c: int, char: int, lo: int, titled: bool = True) -> bool:
        """Whether the year at ``c`` stands in an apposition to a person, or in a relative clause, that closes
        before ``char`` ("Sébastien Buemi, vainqueur en 2022, a terminé cinquième"; "Der Franzose, der im Juli
        2018 seinen ersten Titel eingefahren hatte, führt …"): it dates the apposition only. Without ``titled``, a
        longer apposition holding a title word counts too (", von 2010 bis 2013 viermal in Folge Weltmeister,")."""
        if c > char:  # "… verteidigte den Titel, den die Mannschaft bereits 2013 gewonnen hatte"
            opened = self.text.rfind(",", char, c)
            words = self.text[opened + 1 : c + 4].split()[:2] if opened >= 0 else []  # with the year: ", der 2016 …"
            return self._relative(words)
        opened, closed = self.text.rfind(",", lo, c), self.text.find(",", c, char)
        # past the commas of a year list (", der 2010, 2011 und 2012 Weltmeister geworden ist,"), not the one opening
        # an apposition that starts with its year ("Massa, 2008 Vizeweltmeister, stand …")
        while opened >= 0 and self.text[opened + 1 : opened + 4].lstrip()[:1].isdigit() \
                and self.text[max(lo, opened - 2) : opened].rstrip()[-1:].isdigit():
            opened = self.text.rfind(",", lo, opened)
        while closed >= 0 and self.text[closed + 1 : closed + 4].lstrip()[:1].isdigit():
            closed = self.text.find(",", closed + 1, char)
        if opened < 0 and closed >= 0:
            # a title phrase opening the sentence before its subject's name ("Sacré sans interruption de 2013 à 2017,
            # Ogier repasse en tête du championnat"): its years are the phrase's
            opening = self.text[lo:closed].split()[:1]
            return bool(opening) and opening[0].casefold().endswith(self.title_endings) \
                and bool(self.in_range("PERSON", closed + 1, closed + 3))
        if opened < 0 or closed < 0:
            return False
        words = self.text[opened + 1 : closed].split()
        if self._relative(words):
            # a relative clause (", der im Vorjahr …,"), not an article (", dem Champion von 2012,"), that a
            # subordinate clause does not go on ("…, qui avait abandonné l'an dernier, lorsque la victoire …")
            after = self.text[closed + 1 : char].split()[:1]
            return not (after and after[0] in self.subordinators)
        if len(words) > 5 and (titled or not any(w.casefold().endswith(self.title_endings) for w in words)) \
                and not (len(words) <= 10 and words[0].casefold().endswith(self.descriptor_nouns)):
            # a short one: ", vainqueur en 2022,", not a clause of its own; up to ten words after a descriptor
            # noun (", winner at Long Beach last time out,")
            return False
        # "X et Y (Hyundai i20 Coupe WRC), vainqueurs en Corse l'an dernier, complètent …": past a tag too; after a
        # team or make, one that ends in a word ("Opel, last year's winners, brought …"; not "with Porsche, in 2015
        # and 2017,")
        return self._after_person(opened, tagged=True) or (
            not words[-1][:1].isdigit() and self._after_person(opened, ends=self._entrant_ends))

    def _apposed_after(self, c: int, char: int, end: int) -> bool:
        """Whether character ``c`` stands in a short apposition to a person, between commas after ``char`` ("Platz
        drei sicherten sich X, Y und Z, die Sieger der 24 Stunden von Daytona, im Corvette DP"); not in a relative
        clause ("…, der den Großen Preis von Deutschland gewinnt")."""
        opened, closed = self.text.rfind(",", char, c), self.text.find(",", c, end)
        if opened < 0 or closed < 0:
            return False
        words = self.text[opened + 1 : closed].split()
        return len(words) <= 8 and not self._relative(words) and self._after_person(opened)

    def _dashed(self, a: int, b: int, end: int) -> bool:
        """Whether a dash set off by spaces stands between characters ``a`` and ``b`` and no dash closes it before
        ``end``: what follows it is another statement ("Bottas wurde Zweiter – die erste Williams-Pole seit … in
        Barcelona 2012"), not an aside about the cue ("vainqueur – en 1972, 1973 et 1974 –, …")."""
        for dash in (" – ", " — "):
            at = self.text.find(dash, a, b)
            if at >= 0 and self.text.find(dash.strip(), at + 3, end) < 0:
                return True
        return False

    def _relative(self, words: list[str]) -> bool:
        """Whether ``words`` open with a relative pronoun (", der im Vorjahr …"), not an article (", dem Champion")."""
        return len(words) > 1 and words[0] in self.relative_pronouns and not words[1][:1].isupper()

    def _after_person(self, char: int, *, tagged: bool = False, ends: list[int] | None = None) -> bool:
        """Whether a person's name (or a name ending at one of ``ends``) ends right before character ``char``, with only
        spaces between (or, ``tagged``, a parenthesis: "X et Y (Hyundai i20 Coupe WRC),")."""
        ends = self._person_ends if ends is None else ends
        k = bisect.bisect_right(ends, char) - 1
        if k < 0:
            return False
        between = self.text[ends[k] : char].strip()
        return not between or (tagged and between.startswith("(") and between.endswith(")") and between.count("(") == 1)

    def meeting_of(self, ent: Span, season: int | None) -> tuple:
        """Key of the race meeting a place mention belongs to: its venue (KB id or text) and season."""
        label, kb_id = ent.label_, ent.kb_id_
        mention = (ent.start, ent.end, label, kb_id, season)
        if mention not in self._meetings:
            if label == "VENUE":
                entry = self.kb.get(kb_id)
                if entry is not None and entry.data.get("host_country"):
                    entry = self._named_venue("country", entry.data.get("country"), season) or entry
                elif entry is not None and entry.data.get("place") == entry.name:
                    # one of the towns the release's own rally is held from ("à Ajaccio" for the Tour de Corse, "le
                    # Monte-Carlo" for the Rallye Monte-Carlo), or a town for the one circuit of it the document names
                    # ("Monte Carlo": the Circuit de Monaco)
                    entry = self._main_event_venue(entry, season) or self._named_venue("place", entry.name, season) \
                        or entry
                elif entry is not None and (own := self._main_venue_in_town(entry, season)) is not None:
                    entry = own  # "Neuville quitte Monaco en tête": the town of the release's own rally
            else:
                entry = self.kb.link(kb_id, "venue", season)
            self._meetings[mention] = (entry.id if entry else span_text(ent).casefold(), season)
        return self._meetings[mention]

    def _dateline_event(self, early: list[Span], dates: list[int]) -> Span | None:
        """The first of the ``early`` events run in the town its dateline names ("SEBRING, Fla., March 19, 2016 –
        Seven weeks after winning the Rolex 24 At Daytona, … the 64th Mobil 1 Twelve Hours of Sebring") that is not
        of another series than the release's; else the first circuit in that town on which none of those events is
        run ("Le Mans, 5 October 2008 – … the DTM on the Circuit Bugatti …, … the 24 Hours of Le Mans"); else the
        first of those events."""
        first = min((d for d in dates if d < 1000), default=None)
        if first is None:
            return None
        line = self.text[self.text.rfind("\n", 0, first) + 1 : first].casefold()

        def in_town(venue) -> bool:
            town = venue.data.get("place") if venue is not None else None
            return bool(town) and re.search(rf"\b{re.escape(town.casefold())}\b", line) is not None

        own = self.main["SERIES"].kb_id_ if self.main["SERIES"] is not None else None
        venues = [self.kb.link(e.kb_id_, "venue", self.anchor) if e.label_ == "EVENT" else self.kb.get(e.kb_id_)
                  for e in early]
        events = [(e, v) for e, v in zip(early, venues) if e.label_ == "EVENT" and in_town(v)]
        for e, _ in events:
            series = self.kb.link(e.kb_id_, "series", self.anchor)
            if own is None or (series is not None and series.id == own):
                return e
        held = {v.id for _, v in events}
        return next((e for e, v in zip(early, venues) if e.label_ != "EVENT" and v is not None and v.id not in held
                     and v.name != v.data.get("place") and in_town(v)), events[0][0] if events else None)

    def _main_event_venue(self, town, season: int | None):
        """The venue of the release's own event in ``season`` when ``town`` is one of that event's venues in
        some season."""
        main = self.kb.get(self.main_event.kb_id_) if self.main_event is not None \
            and self.main_event.label_ == "EVENT" else None
        if main is None or town.id not in {main.data.get("venue"), *(main.data.get("venue_by_season") or {}).values()}:
            return None
        return self.kb.link(main.id, "venue", season)

    def _main_venue_in_town(self, venue, season: int | None):
        """The venue of the release's own event when it is another venue in the same town as ``venue`` (the Rallye
        Monte-Carlo's "Monte Carlo" for the Circuit de Monaco's "Monaco")."""
        if self.main_event is None or self.main_event.label_ != "EVENT" or not venue.data.get("place"):
            return None
        own = self.kb.link(self.main_event.kb_id_, "venue", season)
        return own if own is not None and own.id != venue.id and own.data.get("place") == venue.data["place"] else None

    def _named_venue(self, field: str, value: str | None, season: int | None = None):
        """The one circuit whose ``field`` is ``value`` the document names, if just one: of a country ("Spielberg"
        for "in Österreich") or in a town ("Circuit de Monaco" for "Monte Carlo"); an event names the venue it was
        held at in ``season`` ("Rallye du Japon" 2010: Sapporo)."""
        key = (field, value, season)
        if key not in self._named_venues:
            found = set()
            for e in self.ents:
                if e.label_ in PLACE_LABELS and e.start_char not in self.dateline_only:
                    entry = self.kb.get(e.kb_id_) if e.label_ == "VENUE" else self.kb.link(e.kb_id_, "venue", season)
                    if entry is not None and not entry.data.get("host_country") and entry.name != value \
                            and entry.data.get(field) == value:
                        found.add(entry)
            self._named_venues[key] = next(iter(found)) if len(found) == 1 else None
        return self._named_venues[key]

    def town_named(self, ent: Span) -> str | None:
        """The town a venue mention names, when its words are (part of) the town's name in the knowledge base:
        "Le Mans" for "Le Mans", and for "Mans" after a contracted article ("du Mans", "au Mans")."""
        entry = self.kb.get(ent.kb_id_)
        town = entry.data.get("place") if entry is not None else None
        return town if town and _word_pattern(span_text(ent)).search(town) else None

    def of_nationality(self, code: str | None, meant: Group, before: int) -> Group:
        """``meant``, the person a descriptor stands for, unless the descriptor names a nationality ``code`` the
        knowledge base gives another person named before token ``before`` and not ``meant`` ("Hamilton gewann vor
        Vettel. Der Brite …": Hamilton); of a crew, the one member of that nationality."""
        nationality = self._nationalities()
        if code is None or meant.label != "PERSON":
            return meant
        of_crew = [k for k, n in enumerate(meant.names) if nationality.get(n) == code]
        if len(of_crew) == 1 and len(meant.names) > 1 and len(meant.spans) == len(meant.names):
            return Group.of(meant.spans[of_crew[0]])  # "X, Brendon Hartley et Z ont gagné. Le Néo-Zélandais …"
        if of_crew:
            return meant
        if not all(n in nationality for n in meant.names):
            return meant  # nothing known of the one meant
        of_code = [e for e in ents_within(self.doc, 0, before) if e.label_ == "PERSON"
                   and nationality.get(name_of(e)) == code]
        return Group.of(of_code[-1]) if of_code else meant

    def _nationalities(self) -> dict[str, str]:
        """Person name → nationality, from the knowledge base entries of the persons the document names."""
        if self._nationality is None:
            self._nationality = {}
            for e in self.ents:
                entry = self.kb.get(e.kb_id_) if e.label_ == "PERSON" and e.kb_id_ else None
                if entry is not None and entry.data.get("nationality"):
                    self._nationality[name_of(e)] = entry.data["nationality"]
        return self._nationality

    def display_name(self, text: str) -> str:
        """A name in its base form ("Großen Preis von" → "Großer Preis von"), by the language's data."""
        for inflected, base in self.name_forms:
            text = text.replace(inflected, base)
        return text

    def meeting_name(self, ent: Span, season: int | None) -> str:
        """How records name the meeting of ``ent``: its fullest event name where every event name of the
        document is part of it ("ADAC Zurich 24h-Rennen auf dem Nürburgring", which holds "24h-Rennen");
        else the venue's short name where the names contain one ("Daytona" in both "Rolex 24 At Daytona"
        and "24-Stunden-Rennen von Daytona"), so that every way of naming the race agrees; else its first
        event name, else its venue."""
        key = self.meeting_of(ent, season)
        if key not in self._meeting_names:
            mentions = [o for o in self._labelled(PLACE_LABELS)[0] if self.meeting_of(o, season)[0] == key[0]]
            entry = self.kb.get(key[0])
            events = [m for m in mentions if m.label_ == "EVENT"]
            venues = [m for m in mentions if m.label_ == "VENUE"]
            short = []
            if entry is not None:
                place = entry.data.get("place")
                named = [span_text(m) for m in events or venues]
                for forms in (entry.forms, [place] if place else []):  # the town ("Nürnberg") only as a last resort
                    # a form found as a whole word; most forms are not even in the names
                    short = [form for form in forms
                             if any(form in text and _word_pattern(form).search(text) for text in named)]
                    if short:
                        break
                # not a part of another form found ("Mans", for "du Mans", inside "Le Mans")
                short = [f for f in short if not any(f != g and _word_pattern(f).search(g) for g in short)]
                # a form of the fullest name ("Barcelona-Catalunya" of "Circuit de Barcelona-Catalunya"), not another
                # language's town ("Barcelone") that only more of the names hold
                fullest_name = max(named, key=lambda t: len(t.split()), default="")
                short = [f for f in short if _word_pattern(f).search(fullest_name)] or short
            body = [m for m in events or venues if m.start_char >= self.body_start] or events or venues or [ent]
            # the form most of the names hold ("Le Mans" three times, not "Sarthe" once), then the shortest
            best = min(short, key=lambda f: (-sum(_word_pattern(f).search(t) is not None for t in named),
                                             len(f.split()), f != entry.name, len(f))) if short else span_text(body[0])
            words = [set(re.findall(r"\w+", span_text(m).casefold())) for m in events]
            fullest = max(range(len(events)), key=lambda k: len(words[k]), default=None)
            if fullest is not None and all(w <= words[fullest] for w in words):
                best = span_text(events[fullest])
            if ent.label_ == "VENUE" and season is not None and season != self.anchor \
                    and (town := self.town_named(ent)) is not None and not (
                        events and (own := self.kb.get(ent.kb_id_)) is not None and own.name == town):
                best = town  # another year's race named by its town ("au Mans en 1970"): "Le Mans", not this year's
            self._meeting_names[key] = self.display_name(best)
        return self._meeting_names[key]

    @classmethod
    def of(cls, doc: Doc, kb: KnowledgeBase) -> DocContext:
        """The document's context, built once and shared by the components that read it."""
        cached = doc.user_data.get("px_context")
        if cached is None or cached.kb is not kb or len(cached.doc) != len(doc):
            cached = doc.user_data["px_context"] = cls(doc, kb)
        return cached

    def has_participants(self, sent_i: int) -> bool:
        """Whether sentence ``sent_i`` names a person, team or make: no placing or title without one."""
        if self._participants is None:
            chars = self._labelled(tuple(CATEGORY_OF))[1]
            self._participants = [bisect.bisect_left(chars, sent.end_char) > bisect.bisect_left(chars, sent.start_char)
                                  for sent in self.sents]
        return self._participants[sent_i]

    def _between(self, labels: tuple[str, ...], lo: int, hi: int) -> list[Span]:
        """Entities with one of ``labels`` starting at characters ``[lo, hi)``."""
        ents, chars = self._labelled(labels)
        return ents[bisect.bisect_left(chars, lo) : bisect.bisect_left(chars, hi)]

    def _labelled(self, labels: tuple[str, ...]) -> tuple[list[Span], list[int]]:
        """The entities with one of ``labels`` and their first characters, in text order (listed once); no place or
        series that only describes a person."""
        found = self._by_labels.get(labels)
        if found is None:
            ents = [e for e in self.ents if e.label_ in labels and e.start_char not in self.descriptive_names]
            found = self._by_labels[labels] = (ents, [e.start_char for e in ents])
        return found

    def _nearest(self, labels: tuple[str, ...], sent_i: int, char: int, lo: int, hi: int, *,
                 own_clause: bool = False, asides_after: bool = True, earlier_first: bool = False) -> Span | None:
        """The entity with one of ``labels`` nearest ``char``: in ``[lo, hi)``, else the sentence, else the paragraph
        before it. With ``own_clause``, none in a relative clause or apposition about someone ("Webber, who leaves
        Formula 1 for the World Endurance Championship, took third in the standings"), nor one in such an aside of an
        earlier sentence of the paragraph; without ``asides_after``, an aside after ``char`` counts ("Mit seinem Sieg
        ist Vettel der erste Deutsche, der den Großen Preis von Deutschland gewinnt"). With ``earlier_first``, one
        before ``char`` wins over one after it ("Pendant que Räikkönen s'imposait à Melbourne, Grosjean devait se
        contenter de la dixième place, avant de terminer sixième en Malaisie")."""
        sent = self.sents[sent_i]

        def own(ents: list[Span]) -> list[Span]:
            if not own_clause:
                return ents
            return [e for e in ents if not ((asides_after or e.start_char < char)
                                            and self._in_apposition(e.start_char, char, sent.start_char))
                    and not (e.start_char > char and (self._apposed_after(e.start_char, char, sent.end_char)
                                                      or self._dashed(char, e.start_char, sent.end_char)))]

        def nearest(ents: list[Span]) -> Span:
            if earlier_first and any(e.start_char < char for e in ents):
                ents = [e for e in ents if e.start_char < char]
            return min(ents, key=lambda e: abs(e.start_char - char))

        inside = own(self._between(labels, lo, hi))
        if inside:
            return nearest(inside)
        in_sentence = own(self._between(labels, sent.start_char, sent.end_char))
        if in_sentence:
            return nearest(in_sentence)
        p_start, _ = self._paragraph_range(sent_i)
        earlier = self._between(labels, p_start, sent.start_char)
        if own_clause:
            earlier = [e for e in earlier if not self._aside_of_its_sentence(e)]
        return earlier[-1] if earlier else None

    def _aside_of_its_sentence(self, ent: Span) -> bool:
        """Whether ``ent`` stands in a relative clause or apposition of its own sentence ("Jesús Puras, der 2001 bei
        der Tour de Corse den ersten WM-Sieg geholt hatte, schied aus")."""
        sent = self.sents[self.sent_index(ent.start)]
        if self._in_apposition(ent.start_char, sent.end_char, sent.start_char):
            return True
        # or in a relative clause that runs to the sentence's end ("…, who triumphed with Audi in 2017 and had already
        # won the Bathurst 12 Hour in February.")
        opened = self.text.rfind(",", sent.start_char, ent.start_char)
        return opened >= 0 and self.text.find(",", ent.start_char, sent.end_char) < 0 \
            and self._relative(self.text[opened + 1 : ent.start_char].split()[:2])

    def series_at(self, sent_i: int, char: int, lo: int, hi: int) -> str | None:
        span = self._nearest(("SERIES",), sent_i, char, lo, hi, own_clause=True)
        if span is None:
            span = self.main["SERIES"]
        if span is None and self.linked_series is not None:
            return self.linked_series.name
        return name_of(span)

    def in_no_series(self, place: Span | None, season: int | None, lo: int, hi: int) -> bool:
        """Whether the meeting of ``place`` was run in no series in ``season`` (the knowledge base's event: "au Mans
        en 2000", before the Le Mans race belonged to one) and ``[lo, hi)`` names none: no series from elsewhere."""
        if place is None or self._between(("SERIES",), lo, hi):
            return False
        if place.label_ == "EVENT":
            return self.kb.names_none(place.kb_id_, "series", season)
        entry = self.kb.get(place.kb_id_)
        return entry is not None and self.main_event is not None and self.main_event.label_ == "EVENT" \
            and self._main_event_venue(entry, season) is not None \
            and self.kb.names_none(self.main_event.kb_id_, "series", season)

    def one_driver_cars(self, sent_i: int, char: int) -> bool:
        """Whether the series raced at ``char`` puts one driver in each car (Formula 1, DTM; the knowledge base's
        ``one_driver_cars``): names joined there are several competitors, never a crew ("Stroll et Magnussen …")."""
        entry = self._series_entry(sent_i, char)
        return entry is not None and bool(entry.data.get("one_driver_cars"))

    def _series_entry(self, sent_i: int, char: int):
        """The knowledge-base entry of the series the sentence names (nearest ``char``), else the release's."""
        sent = self.sents[sent_i]
        named = self._between(("SERIES",), sent.start_char, sent.end_char)
        span = min(named, key=lambda e: abs(e.start_char - char)) if named else self.main["SERIES"]
        return self.kb.get(span.kb_id_) if span is not None else self.linked_series

    def series_category(self, category: str, sent_i: int, char: int) -> str:
        """A make's standing or title as the series ranks it: a team's where constructors are teams
        ("Ferrari" in Formula 1, ``constructors`` in the series' knowledge-base entry)."""
        if category != "manufacturer":
            return category
        entry = self._series_entry(sent_i, char)
        return (entry.data.get("constructors") if entry is not None else None) or category

    def categories(self, found: set[str], sent_i: int, char: int, lo: int, hi: int,
                   labels: frozenset[str] = frozenset()) -> set[str]:
        """Categories named by words, a constructors' one made the series' own: the team's in Formula 1
        (``constructors`` in its knowledge-base entry), the make's elsewhere (WRC, WEC)."""
        if "by_series" not in found:
            return found
        span = self._nearest(("SERIES",), sent_i, char, lo, hi) or self.main["SERIES"]
        entry = self.kb.get(span.kb_id_) if span is not None else None
        if entry is None:  # no series known: a team's if the clause names a team (``labels``), else the make's
            return (found - {"by_series"}) | {"team" if "TEAM" in labels else "manufacturer"}
        return (found - {"by_series"}) | {entry.data.get("constructors") or "manufacturer"}

    def part_around(self, char: int, lo: int, hi: int) -> tuple[int, int]:
        """The characters between the commas around ``char`` within ``[lo, hi)``."""
        end = self.text.find(",", char, hi)
        return self.text.rfind(",", lo, char) + 1 or lo, end if end >= 0 else hi

    def event_at(self, sent_i: int, char: int, lo: int, hi: int, season: int | None) -> Span | None:
        """The place nearest the cue at ``char``: in its part between commas first ("in Le Castellet folgte
        Platz fünf, in Monza Rang vier"), else in ``[lo, hi)``, the sentence, the paragraph before it; else the
        release's own race; an epithet's own place ("den Monte-Carlo-Sieger"). For the release's season, not a
        meeting named after an other-season word ("… its first one-two since the 2010 Canadian Grand Prix")."""
        if char in self.epithet_places:  # "den Monte-Carlo-Sieger Neuville": the epithet's own
            return self.epithet_places[char]
        other = self.other_meetings if season == self.anchor else ()
        part = self.meetings_named([e for e in self._between(PLACE_LABELS, *self.part_around(char, lo, hi))
                                    if e.start_char not in other])
        if part:
            return min(part, key=lambda e: abs(e.start_char - char))
        if self.here is not None and not self._between(PLACE_LABELS, lo, hi) and self.here.search(self.text, lo, hi):
            return self.main_event  # "Dass mein erster Sieg ausgerechnet hier gelingt": the release's own meeting
        nearest = self._nearest(PLACE_LABELS, sent_i, char, lo, hi, own_clause=True, asides_after=False,
                                earlier_first=True)
        sent = self.sents[sent_i]
        if nearest is not None and (nearest.start_char in other or (
                self.is_country(nearest) and not (sent.start_char <= nearest.start_char < sent.end_char and (
                    lo <= nearest.start_char < hi or nearest.start_char < char
                    or TokenTable.of(self.doc).word_before(nearest.start) in self.phrase_starters))
                and not self.countries_name_rounds(sent_i, char))):
            # nor a country named in an earlier sentence ("Die Siege gingen nach Frankreich …") or, without a
            # preposition, in a later clause ("…, a move that lifted Jordan to fourth": the team)
            nearest = None
        if nearest is not None and not lo <= nearest.start_char < hi and self._of_other_series(nearest, sent_i, char):
            nearest = None
        if nearest is not None and (clause := self._earlier_clause(nearest.start_char)) is not None \
                and not clause[0] <= char < clause[1]:
            nearest = None  # "…, nachdem beim Auftakt in Melbourne Bottas gewonnen hatte": that clause's meeting only
        if nearest is not None and nearest.start_char in self.won_before \
                and not sent.start_char <= nearest.start_char < sent.end_char:
            nearest = None  # "nach dem Erfolg beim Rennen von Sebring …. Platz zwei ging an …": not Sebring's
        return nearest or self.main_event

    def _earlier_clause(self, c: int) -> tuple[int, int] | None:
        """The characters of the clause holding character ``c`` when a word of an earlier event opens it (", nachdem
        beim Auftakt in Melbourne Bottas gewonnen hatte", "After winning in Melbourne, …"); or from a since-word
        inside it to the sentence's end ("Renault's first win since Sebastian Vettel's victory at the 2013 Brazilian
        Grand Prix", "his first since New York in 2021, where he won for …")."""
        sent = self.sents[self.sent_index_at(c)]
        start = self.text.rfind(",", sent.start_char, c) + 1 or sent.start_char
        opener = next(iter(self.text[start:c].split()), "")
        if opener.casefold() in self.earlier_clause_openers:
            end = self.text.find(",", c, sent.end_char)
            return start, end if end >= 0 else sent.end_char
        since = [m.start() for m in re.finditer(r"\w+", self.text[start:c]) if m.group() in self.since_words]
        return (start + since[-1], sent.end_char) if since else None

    def _of_other_series(self, place: Span, sent_i: int, char: int) -> bool:
        """Whether the part of its sentence that names ``place`` puts it in another series than the one raced at
        ``char`` ("der Argentinier war für Toyota beim Langstrecken-WM-Lauf auf dem Nürburgring im Einsatz", in a
        Formula E release)."""
        its = self.sents[self.sent_index(place.start)]
        named = self._between(("SERIES",), self.part_around(place.start_char, its.start_char, its.end_char)[0],
                              place.start_char)
        raced = self._series_entry(sent_i, char)
        return bool(named) and raced is not None and named[-1].kb_id_ not in ("", raced.id)

    def countries_name_rounds(self, sent_i: int, char: int) -> bool:
        """Whether the series names its rounds by country (rallies: "Au Portugal, … Hirvonen"; the knowledge
        base's ``rounds_by_country``)."""
        entry = self._series_entry(sent_i, char)
        return entry is not None and bool(entry.data.get("rounds_by_country"))

    def car_at(self, sent_i: int, char: int, lo: int, hi: int, season: int | None) -> str | None:
        """The car named in the clause or sentence, else earlier in the paragraph, else the release's own car
        (only for the document's current season: history drove other cars)."""
        span = self._nearest(("CAR",), sent_i, char, lo, hi)
        if span is None and season == self.anchor:
            span = self.main["CAR"]
        return name_of(span)

    def class_at(self, lo: int, hi: int, *, near: tuple[int, int] | None = None) -> str | None:
        """The class named in ``near`` (a clause), else in ``[lo, hi)``, else the one named last earlier in its
        paragraph ("In der Pro-Am-Klasse … Der Norweger gewann …"), else the document's."""
        inside = [label for c, label in self.classes if near is not None and near[0] <= c < near[1]] \
            or [label for c, label in self.classes if lo <= c < hi]
        if inside:
            return inside[0]
        sent_i = self.sent_index_at(lo)
        para_lo = self._paragraph_range(sent_i)[0] if sent_i >= 0 else lo
        earlier = [label for c, label in self.classes if para_lo <= c < lo]
        return earlier[-1] if earlier else self.main_class

    def places(self, lo: int, hi: int) -> list[Span]:
        """Event and venue mentions starting at characters ``[lo, hi)``, in text order."""
        return self._between(PLACE_LABELS, lo, hi)

    def meetings_named(self, places: list[Span]) -> list[Span]:
        """``places`` without a venue that only says where the event named right before it was run ("the United
        States Grand Prix at Sebring", "beim Großen Preis von Italien in Monza"): one meeting, not two."""
        out = []
        for place in places:
            if out and place.label_ == "VENUE" and out[-1].label_ == "EVENT":
                between = self.text[out[-1].end_char : place.start_char].split()
                if 0 < len(between) <= 2 and all(w.isalpha() and w.islower() and w not in self.coordinators
                                                 for w in between):
                    continue
            out.append(place)
        return out

    def in_range(self, label: str, lo: int, hi: int) -> list[Span]:
        return self._between((label,), lo, hi)

    def manufacturer_of(self, spans: list[Span]) -> str | None:
        """The make of a car or team among ``spans`` (KB link, else its first word when that is a make)."""
        makes = self.makes
        for span in spans:
            linked = self.kb.link(span.kb_id_, "manufacturer")
            if linked:
                return linked.name
            first = next(iter(span_text(span).split()), "")
            if first in makes:
                return first
        return None


_YEAR_BREAK = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?([,:])\s*$")  # a year and a comma or colon, before a clause


def _epithets(doc: Doc, ents: list[Span], descriptors: tuple[str, ...], titles: tuple[str, ...]) -> dict[int, Span]:
    """The places and series joined by a hyphen to a descriptor noun after them ("den Monte-Carlo-Sieger Neuville",
    "IndyCar-Pilot Simon Pagenaud"; for a series, no title noun: "Formel-1-Weltmeister"), by their first character
    (where the compound's word starts): a person's epithet, no place or series of the clause it stands in."""
    table = TokenTable.of(doc)
    return {e.start_char: e for e in ents if e.label_ in (*PLACE_LABELS, "SERIES") and e.end + 1 < len(doc)
            and table.text[e.end] == "-" and not table.spaced[e.end - 1]
            and (noun := table.text[e.end + 1].casefold()).endswith(descriptors)
            and not (e.label_ == "SERIES" and noun.endswith(titles))}


def _origins(doc: Doc, ents: list[Span], phrases: list[list[str]], descriptors: tuple[str, ...]) -> set[int]:
    """First characters of the places named as where a person comes from: one of ``phrases`` right before the place
    and a person's name or a descriptor noun right before the phrase ("Der 24-Jährige aus Auckland")."""
    table = TokenTable.of(doc)
    out = set()
    for e in ents:
        if e.label_ not in PLACE_LABELS:
            continue
        for phrase in phrases:
            k = e.start - len(phrase)
            if k < 1 or table.text[k : e.start] != phrase:
                continue
            if table.ent[k - 1] == "PERSON" or table.word_before(k).casefold().endswith(descriptors):
                out.add(e.start_char)
    return out


def _possessor_tokens(doc: Doc, ents: list[Span], marks: set[str], endings: tuple[str, ...]) -> set[int]:
    """Tokens of the persons written as possessors: a possessive mark after the name ("Tänak's") or the surname with
    a genitive ending ("Pastor Maldonados")."""
    table = TokenTable.of(doc)
    out = set()
    for e in ents:
        if e.label_ != "PERSON":
            continue
        last, surname = table.text[e.end - 1], (name_of(e) or span_text(e)).split()[-1]
        if (e.end < len(doc) and table.text[e.end] in marks) or any(last == surname + x for x in endings if x):
            out.update(range(e.start, e.end))
    return out


def _preceded_by(doc: Doc, char: int, words: set[str], reach: int = 4, unless: set[str] = frozenset(),
                 past: set[int] = frozenset()) -> bool:
    """Whether one of ``words`` (lower case) stands at most ``reach`` tokens before the token at ``char``, with no
    punctuation, no person but the tokens in ``past``, and none of ``unless`` between ("seit Toyotas WRC-Rückkehr im
    Jahr 2017", not "seit Michael Schumacher 2006 in Hockenheim triumphierte")."""
    table = TokenTable.of(doc)
    start = table.first_token(doc, char, char + 1)
    if start is None:
        return False
    for k in range(start - 1, max(start - 1 - reach, -1), -1):
        text = table.text[k]
        if (table.punct[k] and text not in "-‐‑") or (table.ent[k] == "PERSON" and k not in past) or text in unless:
            return False
        if text.lower() in words:  # the token's ``lower_``
            return True
    return False

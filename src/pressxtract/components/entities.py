"""``px_entities``: knowledge-base names, names not in the KB, and each mention's canonical name.

Sets ``doc.ents`` (labels PERSON, TEAM, MANUFACTURER, CAR, SERIES, EVENT, VENUE, with ``kb_id``)
and ``span._.px_name``: the name records use — the fullest form of a person the document gives
(nearest earlier full mention with that surname, else the nearest later one), the KB's canonical
name of a series, the text of everything else.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache, partial
from itertools import compress, count
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..context import keep_entities, keep_name
from ..kb import DEFAULT_KB_DIR, KnowledgeBase, load_default
from ..langdata import load
from ..tokens import HYPHENS, TextMemo, TokenTable

OUTPUT_LABELS = ("PERSON", "TEAM", "MANUFACTURER", "CAR", "SERIES", "EVENT", "VENUE")
FIRST_NAMES_FILE = DEFAULT_KB_DIR.parent / "lexicon" / "first_names.txt"
_CANONICAL_LABELS = {"SERIES"}
# what a token's text is to the name finders, as bits (``EntityRecognizer.name_kinds``)
_FIRST_NAME = 1  # a first name of the lexicon or the KB
_PERSON_CUE = 2  # ends in a person cue ("Teamkollege")
_KB_SURNAME = 4  # the surname of a KB person
_SURNAME = 8  # capitalised and no known non-name: a surname if the document or KB says so (``_surnames``)

if not Span.has_extension("px_name"):
    Span.set_extension("px_name", default=None)


@Language.factory("px_entities", assigns=["doc.ents"], default_config={"kb_paths": []})
def make_entities(nlp: Language, name: str, kb_paths: list[str]) -> EntityRecognizer:
    return EntityRecognizer(nlp, kb=load_default(tuple(kb_paths)))


@lru_cache(maxsize=1)
def first_names(path: Path = FIRST_NAMES_FILE) -> frozenset[str]:
    """The given names of the lexicon (``models/lexicon/first_names.txt``), read once."""
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1 << 16)  # the same words recur in every document
def _is_cap(text: str) -> bool:
    return text[:1].isupper() and any(c.islower() for c in text[1:]) or (len(text) > 1 and text.isupper() and text.isalpha())


class EntityRecognizer:
    """KB phrase matches first; then rules for persons, teams and cars the KB does not know."""

    def __init__(self, nlp: Language, *, kb: KnowledgeBase):
        self.kb = kb
        data = load(nlp.lang)["entities"]
        self.particles = set(data["name_particles"])
        self.person_cues = set(data["person_cues"])
        self.team_suffixes = set(data["team_suffixes"])
        self.team_prefixes = set(data["team_prefixes"])
        self.team_openers = set(data["team_openers"])
        # the tokens ``_teams`` reads a name around
        self.team_words = self.team_prefixes | self.team_suffixes | self.team_openers
        # an ordinal is never a name ("als Vierter und Lucas Auer"), whatever its case
        ordinals = load(nlp.lang)["results"]["ordinals"]
        self.not_names = set(data["not_names"]) | {w[:1].upper() + w[1:] for w in ordinals} | set(ordinals)
        results = load(nlp.lang)["results"]
        self.demonyms = set(results["descriptor_nouns"]) | set(results["nationality_words"])
        self.origin_words = set(data["origin_words"])
        self.team_prepositions = set(data["team_prepositions"])
        # a team by the first word of its name ("Jordan" of "Jordan Grand Prix"), for a country's name read as one
        self.team_first_words = {e.name.split()[0]: e for e in kb if e.label == "TEAM"}
        self.vehicle_articles = set(data["vehicle_articles"])
        self.genitive_endings = tuple(data["genitive_endings"])
        self.cue_endings = tuple(self.person_cues)
        self.honorifics = set(load(nlp.lang)["text"]["honorifics"])
        self.crew_joiners = frozenset(load(nlp.lang)["results"]["crew_joiners"]) - {","}
        self.partner_words = frozenset(load(nlp.lang)["results"]["partner_joiners"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        first = set(first_names())
        self.kb_surnames: dict[str, list[str]] = defaultdict(list)
        inflections = [tuple(pair) for pair in data.get("name_base_forms", [])]
        for entry in kb:
            forms = set(entry.forms)
            if entry.label in ("VENUE", "SERIES"):  # "Le-Mans-Sieg", "ALMS-Titel"
                forms |= {f.replace(" ", "-") for f in entry.forms if " " in f}
            if entry.label in ("PERSON", "TEAM"):  # "seit Fernando Alonsos Erfolg", "des … World Rally Teams"
                forms |= {f + ending for f in entry.forms if " " in f for ending in self.genitive_endings}
            if entry.label == "EVENT":  # "des 24-Stunden-Rennens auf dem Nürburgring", "des Großen Preises von …"
                forms |= {f.replace(base, inflected) for f in entry.forms
                          for inflected, base in inflections if base in f}
            self.matcher.add(entry.id, list(nlp.tokenizer.pipe(sorted(forms))))
            if entry.label == "PERSON":
                tokens = entry.name.split()
                if len(tokens) > 1:
                    first.add(tokens[0])
                    self.kb_surnames[tokens[-1]].append(entry.id)
        self.first_names = frozenset(first)
        # one lookup per token and document for the four tests the finders make of every token
        self.name_kinds = TextMemo(self._name_kind)

    def _name_kind(self, text: str) -> int:
        """The ``_FIRST_NAME``, ``_PERSON_CUE``, ``_KB_SURNAME`` and ``_SURNAME`` bits of a token's text."""
        return (_FIRST_NAME if text in self.first_names else 0) \
            | (_PERSON_CUE if text.endswith(self.cue_endings) else 0) \
            | (_KB_SURNAME if text in self.kb_surnames else 0) \
            | (_SURNAME if _is_cap(text) and text not in self.not_names else 0)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            entry = self.kb.get(doc.vocab.strings[match_id])
            if entry and (entry.label in OUTPUT_LABELS or entry.label == "CLASS"):
                spans.append(Span(doc, start, end, label=entry.label, kb_id=entry.id))
        spans = filter_spans(spans)
        taken = [False] * len(doc)
        self._mark(taken, spans)
        # a class name ("Daytona Prototype international") only keeps its words from other readings
        spans = [s for s in spans if s.label_ != "CLASS"]
        table = TokenTable.of(doc)  # text, spacing and sentence starts; its entity lists are read again below
        # a country in parentheses is a nationality ("Olivier Pla (Frankreich)"), and a country's name that is a
        # person's in this language is the person ("l'Australien", the German "Australien"): not the round held there;
        # a one-word country or venue that is a first name before a surname is the person's ("Austin Cindric")
        first_names = [s for s in spans if ((self.kb.get(s.kb_id_).data.get("host_country")
                                             or (s.label_ == "VENUE" and len(s) == 1))
                                            and self._first_name_of(table, s, taken))
                       or (s.label_ == "MANUFACTURER" and self._after_first_name(table, s, taken))]
        # "Michael Shank Racing": a person's name before a team suffix is the team's
        first_names += [s for s in spans if s.label_ == "PERSON" and self._before_team_suffix(table, s.end)]
        # "Jordan Witt", "Paul Williams", "Enzo Ferrari": the person's words again
        for i in (i for s in first_names for i in range(s.start, s.end)):
            taken[i] = False
        spans = [s for s in spans if s not in first_names and not (self.kb.get(s.kb_id_).data.get("host_country") and (
            _in_parentheses(table.text, s.start, s.end) or s.text in self.demonyms or self._origin(table.text, s.start)))]
        # "Martin Brundle fifth for Jordan": after "for", a country that opens a team's name is the team, unless
        # the release names a person with that first name ("a heavy crash for Jordan" Taylor)
        first = {s.text.split()[0] for s in spans if s.label_ == "PERSON"}
        spans = [Span(doc, s.start, s.end, label="TEAM", kb_id=team.id) if s.start and table.text[s.start - 1]
                 in self.team_prepositions and s.text not in first and self.kb.get(s.kb_id_).data.get("host_country")
                 and (team := self.team_first_words.get(s.text)) is not None else s for s in spans]
        kinds = list(map(self.name_kinds.__getitem__, table.text))
        for finder in (partial(self._persons_by_first_name, kinds), partial(self._persons_by_cue, kinds), self._teams,
                       self._cars):
            found = list(finder(doc, table, spans, taken))
            # a team or car name may swallow the make it starts with ("BMW Team Beispiel", "BMW M4 GT3")
            makes = {(s.start, s.end) for s in spans if s.label_ == "MANUFACTURER"}
            swallowed = {(s.start, e) for s in found for (b, e) in makes
                         if s.label_ in ("TEAM", "CAR") and b == s.start and e < s.end}
            new = filter_spans([s for s in found if not any(
                taken[i] for i in range(s.start, s.end) if not any(b <= i < e for b, e in swallowed if b == s.start))])
            kept = {(s.start, e) for s in new for (b, e) in swallowed if b == s.start}
            spans = [s for s in spans if (s.start, s.end) not in kept]
            self._mark(taken, new)
            spans.extend(new)
        spans.extend(self._surnames(kinds, doc, table, spans, taken))
        spans = self._listed_first_names(doc, table, spans, taken)
        ents = sorted(spans, key=lambda s: s.start)
        doc.set_ents(ents, default="outside")  # as ``doc.ents = ents``, without building every span again
        table.entities_changed(doc)
        keep_entities(doc, ents)
        self._canonical(ents, table)  # the spans just set: ``doc.ents`` would build them anew
        return doc

    def _first_name_of(self, table: TokenTable, span: Span, taken: list[bool]) -> bool:
        """Whether a country's name is a first name before a surname no entity holds ("Jordan Witt")."""
        end = span.end
        return span.text in self.first_names and end < len(table.text) and not taken[end] \
            and _is_cap(table.text[end]) and table.text[end] not in self.not_names and table.spaced[end - 1]

    def _after_first_name(self, table: TokenTable, span: Span, taken: list[bool]) -> bool:
        """Whether a make's one-word name is a surname after a first name no entity holds ("Paul Williams")."""
        start = span.start
        return span.end - start == 1 and start > 0 and not taken[start - 1] and table.spaced[start - 1] \
            and table.text[start - 1] in self.first_names

    def _before_team_suffix(self, table: TokenTable, end: int) -> bool:
        """Whether token ``end`` is a team suffix a name goes on with ("Michael Shank Racing"), not a compound's
        first part ("Team-mate")."""
        texts = table.text
        return end < len(texts) and texts[end] in self.team_suffixes and texts[end] not in self.team_prefixes \
            and table.spaced[end - 1] and not (end + 1 < len(texts) and texts[end + 1] == "-")

    def _origin(self, texts: list[str], i: int) -> bool:
        """Whether the country at token ``i`` is where a named person comes from ("Philipp Sager aus Österreich")."""
        return i >= 2 and texts[i - 1] in self.origin_words and _is_cap(texts[i - 2])

    @staticmethod
    def _mark(taken: list[bool], spans: list[Span]) -> None:
        for span in spans:
            for i in range(span.start, span.end):
                taken[i] = True

    def _name_end(self, table: TokenTable, i: int, taken: list[bool], limit: int = 3, *,
                  after_first_name: bool = False) -> int:
        """End of the run of capitalised name tokens (and particles) starting at ``i``; a particle may
        open the run only right after a first name ("Eric van de Poele"), and follows a given name or
        another particle."""
        texts = table.text
        n = len(texts)
        end, count = i, int(after_first_name)
        limit += count
        while end < n and count < limit and not taken[end]:
            text = texts[end]
            if text in self.particles and count and end + 1 < n and _is_cap(texts[end + 1]) and (
                    count == 1 or texts[end - 1] in self.particles or texts[end - 1] in self.first_names):
                end += 1  # after a given name ("Larry ten Voorde", "António Félix da Costa"), not a surname
                continue  # ("Diego Alessi den Fahrertitel")
            if text == "-" and not table.spaced[end - 1] and end + 1 < n and _is_cap(texts[end + 1]):
                end += 1
                continue
            if not _is_cap(text) or text in self.not_names or text in self.person_cues:
                break
            end += 1
            count += 1
        while end > i and texts[end - 1] == "-":
            end -= 1  # "Aston-Martin-Sieg": a compound goes on, the name does not
        return end

    def _persons_by_first_name(self, kinds: list[int], doc: Doc, table: TokenTable, spans: list[Span],
                               taken: list[bool]):
        for i in compress(count(), map(_FIRST_NAME.__and__, kinds)):
            if taken[i]:
                continue
            end = self._name_end(table, i + 1, taken, after_first_name=True)
            while end > i + 1 and table.text[end - 1] in self.particles:
                end -= 1
            if any(self._before_team_suffix(table, k) for k in range(i + 1, end)):
                continue  # "Michael Shank Racing", "Penske-Taylor Racing": a team's name
            if end > i + 1:
                yield Span(doc, i, end, label="PERSON")

    def _persons_by_cue(self, kinds: list[int], doc: Doc, table: TokenTable, spans: list[Span], taken: list[bool]):
        for i in compress(range(len(table.text) - 1), map(_PERSON_CUE.__and__, kinds)):
            if table.spaced[i]:  # not "Fahrer-Weltmeisterschaft"
                end = self._name_end(table, i + 1, taken)
                if end - (i + 1) >= 2:
                    yield Span(doc, i + 1, end, label="PERSON")

    def _teams(self, doc: Doc, table: TokenTable, spans: list[Span], taken: list[bool]):
        texts = table.text
        for span in spans:
            if span.label_ == "MANUFACTURER" and span.end < len(doc) and texts[span.end] in self.team_prefixes:
                end = self._name_end(table, span.end + 1, taken, limit=3)
                if end > span.end + 1:
                    yield Span(doc, span.start, end, label="TEAM")
        for i in compress(count(), map(self.team_words.__contains__, texts)):
            text = texts[i]
            if (text in self.team_prefixes or text in self.team_openers) and not taken[i] and i + 1 < len(doc):
                end = self._name_end(table, i + 1, taken, limit=2)
                if end > i + 1:  # "Team Rosberg"; "des Teams Falken Tire": the name without the word
                    yield Span(doc, i + (text in self.team_openers), end, label="TEAM")
            joined = i > 1 and texts[i - 1] in HYPHENS and not table.spaced[i - 2] and not table.spaced[i - 1]
            if text in self.team_suffixes and i > 0 and (text not in self.team_prefixes or joined):
                start = i - 1 if joined else i  # "das Kremer-Team": the name joined to the suffix by a hyphen
                while start > 0 and start > i - 3 and (_is_cap(texts[start - 1]) or texts[start - 1].isupper()) \
                        and texts[start - 1] not in self.not_names and not taken[start - 1]:
                    start -= 1
                    if start > 1 and texts[start - 1] in HYPHENS and not table.spaced[start - 2] \
                            and not table.spaced[start - 1] and _is_cap(texts[start - 2]) and not taken[start - 2]:
                        start -= 2  # "Penske-Taylor Racing": names joined by a hyphen
                if start < i and texts[start] not in HYPHENS:
                    yield Span(doc, start, i + 1, label="TEAM")

    def _cars(self, doc: Doc, table: TokenTable, spans: list[Span], taken: list[bool]):
        for span in spans:
            if span.label_ != "MANUFACTURER":
                continue
            end = span.end
            while end < len(doc) and end - span.end < 4 and not taken[end] and _is_model_code(table.text[end]):
                end += 1
                # "Nissan GT-R": a hyphen joining a capital letter or a code to the code before it
                if end + 1 < len(doc) and table.text[end] in HYPHENS and not table.spaced[end - 1] \
                        and not table.spaced[end] and not taken[end + 1] and table.text[end + 1][:1].isupper() \
                        and (len(table.text[end + 1]) == 1 or _is_model_code(table.text[end + 1])):
                    end += 2
            if end > span.end and not (_after_list_number(table.text, span.start)
                                       and all(_is_amount(t) for t in table.text[span.end : end])):
                yield Span(doc, span.start, end, label="CAR")  # not a listed make's points ("2. Ferrari 571")

    def _surnames(self, kinds: list[int], doc: Doc, table: TokenTable, spans: list[Span],
                  taken: list[bool]) -> list[Span]:
        """Single capitalised tokens that are the surname of a person of this document or the KB."""
        texts = table.text
        known = {texts[s.end - 1] for s in spans if s.label_ == "PERSON" and len(s) > 1}
        kb_surnames = set(compress(count(), map(_KB_SURNAME.__and__, kinds)))
        candidates = list(compress(count(), map(_SURNAME.__and__, kinds)))
        # a slash with spaces around it separates phrases ("Disqualifikation wegen Frontflügel / Daniel Abt …")
        separators = {k for k in compress(count(), map("/".__eq__, texts))
                      if 0 < k < len(doc) - 1 and table.spaced[k - 1] and table.spaced[k]}
        found: list[Span] = []
        changed = True
        while changed:
            changed = False
            persons = {s.start for s in [*spans, *found] if s.label_ == "PERSON"} | {
                s.end - 1 for s in [*spans, *found] if s.label_ == "PERSON"}
            for i in candidates:
                if taken[i]:
                    continue
                text = texts[i]
                unique = len(self.kb_surnames.get(text, ())) == 1
                ok = text in known or self._genitive_of(text, known) is not None or (unique and (self._in_crew(texts, i, persons) or self._in_crew(texts, i, kb_surnames)))
                ok = ok or (self._in_crew(texts, i, persons) and not table.sent_start[i]
                            and not separators.intersection((i - 1, i + 1))
                            and texts[i - 1] not in self.vehicle_articles
                            and text not in self.person_cues)  # "Loeb und Beifahrer Daniel Elena"
                if ok:
                    found.append(Span(doc, i, i + 1, label="PERSON"))
                    taken[i] = True
                    changed = True
        return found

    def _listed_first_names(self, doc: Doc, table: TokenTable, spans: list[Span], taken: list[bool]) -> list[Span]:
        """A surname found in a crew list keeps the unknown first name before it ("Mirko Bortolotti, Rik
        Breukers und Rolf Ineichen")."""
        texts = table.text
        person_ends = {s.end for s in spans if s.label_ == "PERSON"}
        out = []
        for span in spans:
            i = span.start
            if (span.label_ == "PERSON" and len(span) == 1 and i >= 3 and not taken[i - 1]
                    and _is_cap(texts[i - 1]) and texts[i - 1] not in self.not_names
                    and texts[i - 1] not in self.person_cues and not table.sent_start[i - 1]
                    and ((texts[i - 2] in self.crew_joiners or texts[i - 2] == ",") and i - 2 in person_ends
                         or texts[i - 2].lower() in self.partner_words)):  # "Mit Hurley Haywood und Jacky Ickx"
                span = Span(doc, i - 1, span.end, label="PERSON")
                taken[i - 1] = True
            out.append(span)
        return out

    def _genitive_of(self, text: str, surnames) -> str | None:
        """The surname ``text`` is the genitive of ("Ogiers" → "Ogier"), if it is one of ``surnames``."""
        for ending in self.genitive_endings:
            if text.endswith(ending) and text[: -len(ending)] in surnames:
                return text[: -len(ending)]
        return None

    def _in_crew(self, texts: list[str], i: int, persons: set[int]) -> bool:
        """Whether token ``i`` is coordinated with a person: "X und Y", "X/Y" (a comma alone is too weak a link)."""
        joiners = self.crew_joiners
        for step in (-2, 2):
            j, k = i + step, i + step // 2
            if 0 <= j < len(texts) and j in persons and texts[k] in joiners:
                return True
        return False

    def _canonical(self, ents: list[Span], table: TokenTable) -> None:
        names = {(e.start, e.end): self._strip_honorifics(table, e) for e in ents if e.label_ == "PERSON"}
        full = [(start, name) for (start, _), name in names.items() if len(name.split()) > 1]
        surnames = {n.split()[-1] for _, n in full}
        surnames_of: dict[str, set[str]] = {}  # given names → the surnames written with them
        for _, n in full:
            given, _, surname = n.rpartition(" ")
            surnames_of.setdefault(given, set()).add(surname)
        resolved: Counter = Counter()  # bare surnames already given to a person count as mentions of them
        for ent in ents:
            if ent.label_ == "PERSON":
                name = names[ent.start, ent.end]  # the document's own spelling, not the KB's
                if len(name.split()) == 1:
                    name = self._genitive_of(name, surnames) or name
                    same = [(s, n) for s, n in full if n.split()[-1] == name]
                    if not same:  # a first name alone ("Jari-Matti" after "Jari-Matti Latvala"), when only one has it
                        owners = {n for _, n in full if n.split()[0] == name}
                        same = [(s, n) for s, n in full if n in owners] if len(owners) == 1 else []
                    before = [n for s, n in same if s < ent.start]
                    after = [n for s, n in same if s > ent.start]
                    counts = Counter(n for _, n in same) + resolved
                    if before:  # the person named most often, else the nearest before ("Jules" over a father)
                        name = max(reversed(before), key=lambda n: counts[n])
                    elif after:
                        name = after[0]
                    if before or after:
                        resolved[name] += 1
                elif ent.kb_id_ and name not in (entry := self.kb.get(ent.kb_id_)).forms:
                    name = entry.name  # "Fernando Alonsos Erfolg": the genitive of a full name the KB knows
                else:  # "Fernando Alonsos Sieg": the genitive of a full name the document writes
                    given, _, surname = name.rpartition(" ")
                    stem = self._genitive_of(surname, surnames_of.get(given, ()))
                    name = f"{given} {stem}" if stem else name
                keep_name(ent, name)
            elif ent.label_ in _CANONICAL_LABELS and ent.kb_id_:
                keep_name(ent, self.kb.get(ent.kb_id_).name)
            else:
                text = table.text_between(ent.start, ent.end)
                if ent.label_ == "TEAM" and ent.kb_id_ and text not in (forms := self.kb.get(ent.kb_id_).forms):
                    # "des Citroën Total Abu Dhabi World Rally Teams": the name without its genitive ending
                    text = next((text[: -len(e)] for e in self.genitive_endings
                                 if text.endswith(e) and text[: -len(e)] in forms), text)
                keep_name(ent, text)

    def _strip_honorifics(self, table: TokenTable, span: Span) -> str:
        i = span.start
        while i < span.end - 1 and table.text[i] in self.honorifics:
            i += 1
        return table.text_between(i, span.end)


def _is_model_code(text: str) -> bool:
    """Tokens of a car model name: "Z4", "GTE", "911", "RSR", "GT3", "R18", "e-tron"; not a year ("Mercedes 2017")."""
    if len(text) == 4 and text.isdigit() and 1950 <= int(text) < 2050:
        return False
    return any(c.isdigit() for c in text) or (text.isupper() and 1 < len(text) <= 5 and text.isalpha())


def _after_list_number(texts: list[str], i: int) -> bool:
    """Whether token ``i`` opens a numbered list's item ("2. Ferrari", "2 . Ferrari")."""
    if i and texts[i - 1].endswith(".") and texts[i - 1][:-1].isdigit():
        return True
    return i > 1 and texts[i - 1] == "." and texts[i - 2].isdigit() and len(texts[i - 2]) <= 2


def _is_amount(text: str) -> bool:
    """A number of points, whole or with decimals ("571", "613,5", "25.5")."""
    return text.replace(",", "").replace(".", "").isdigit()


def _in_parentheses(texts: list[str], start: int, end: int, reach: int = 3) -> bool:
    """Whether tokens ``[start, end)`` stand inside a short parenthesis ("(beide Italien)")."""
    before = texts[max(0, start - reach) : start]
    after = texts[end : end + reach]
    return "(" in before and ")" not in before[before.index("(") :] and ")" in after

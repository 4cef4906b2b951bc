"""Placing, standing and title cues in a clause, read from ``lang/<code>/results.yaml``.

Used by the result and title components: clauses of a sentence, the competitors in a clause,
the placings a clause states, the categories it names, and whether it is only a hope.
Cue words are compared with *words*: runs of tokens joined by hyphens without spaces
("Titel-Hattrick", "Le-Mans-Sieg"), since the tokenizer splits hyphens to find names.
Phrases are matched on the clause's text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress, pairwise
from operator import attrgetter

from spacy.tokens import Doc, Span

from .context import (
    PLACE_LABELS,
    Group,
    Ranges,
    ents_within,
    name_of,
    sentence_of,
    span_text,
    text_of,
)
from .phrasetree import alternation, phrase_regex
from .tokens import DIGIT, HYPHENATED, HYPHENS, YEAR, YEAR_TOKEN, TextMemo, TokenTable, remembered, span_memo

_COMPETITORS = ("PERSON", "TEAM", "MANUFACTURER")  # the labels of names that can be placed or hold a title
_P_NUMBER = re.compile(r"^P(\d{1,2})\.?$")  # "P5", and "P5." at a sentence end (one token)
DASHES = frozenset("–—")  # a dash between parts of a sentence
APOSTROPHES = frozenset("'’")  # "the drivers' standings"
COMPETITOR_LABELS = ("PERSON", "TEAM", "MANUFACTURER", "CAR")  # who can be placed ahead of or behind another


@dataclass
class Cue:
    """A placing stated at token ``i``: kind hint, position (None: unranked) and status."""

    i: int
    kind: str
    position: int | None
    status: str = "finished"


class Word:
    """A hyphen-joined run of tokens ``[i, j)``; ``entity`` when all its parts belong to names;
    ``last`` its last part ("Sieg" in "Le-Mans-Sieg"). Whether it can state a placing or title is
    ``CueReader._cue_texts[word.text]``. Written out, not a dataclass: compiled, ``cues.pxd`` makes it an extension
    type (fixed attributes), built without running Python code; equal and shown as the dataclass it was."""

    def __init__(self, text: str, i: int, j: int, entity: bool, last: str):
        self.text = text
        self.i = i
        self.j = j
        self.entity = entity
        self.last = last

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.i, self.j, self.entity, self.last) \
            == (other.text, other.i, other.j, other.entity, other.last)

    __hash__ = None  # mutable and compared by value

    def __repr__(self) -> str:
        return "Word(text={!r}, i={!r}, j={!r}, entity={!r}, last={!r})".format(self.text, self.i, self.j, self.entity,
                                                                                 self.last)


def words_of(span: Span) -> list[Word]:
    """The span's words: tokens, with hyphenated compounds kept whole."""
    return words_between(span.doc, span.start, span.end)


def _ending_in(phrases: list[str], flags: int = 0) -> re.Pattern | None:
    """A regex matching text that ends in one of ``phrases`` (a whole word first); ``None`` for no phrases."""
    return re.compile(r"(?<!\w)(?:" + alternation(phrases) + r")\Z", flags) if phrases else None


def next_comma(texts: list[str], i: int, end: int) -> int:
    """Index of the first comma from token ``i`` on, else ``end``."""
    return next((k for k in range(i, end) if texts[k] == ","), end)


def comma_part(texts: list[str], i: int, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the part between the commas around token ``i`` within ``[start, end)``."""
    lo = next((k + 1 for k in range(i - 1, start - 1, -1) if texts[k] == ","), start)
    return lo, next_comma(texts, i + 1, end)


def word_before(table: TokenTable, words: set[str], lo: int, start: int, reach: int = 5) -> bool:
    """Whether one of ``words`` stands at most ``reach`` tokens before ``start`` (from ``lo`` on), with no comma or
    name between ("ahead of their team-mates Gianmaria Bruni and …", "ahead of pole-sitter Kimi Räikkönen's …")."""
    for k in range(start - 1, max(lo, start - reach) - 1, -1):
        if table.text[k] in words:
            return True
        if table.text[k] == "," or table.ent[k]:
            return False
    return False


def words_between(doc: Doc, start: int, end: int) -> list[Word]:
    """The words of tokens ``[start, end)``. The document's words are read once; a compound cut by the
    range's edge is read again from the range's own tokens."""
    words, starts = _doc_words(doc)
    a = bisect.bisect_left(starts, start)
    if start >= end:
        return []
    if a == len(starts) or starts[a] != start:  # the span starts inside a compound
        return _read_words(TokenTable.of(doc), start, end)
    b = bisect.bisect_left(starts, end)  # words [a, b) start inside the span
    if words[b - 1].j <= end:
        return words[a:b]
    return words[a : b - 1] + _read_words(TokenTable.of(doc), words[b - 1].i, end)


def _doc_words(doc: Doc) -> tuple[list[Word], list[int]]:
    """The document's words and their first tokens, read once."""
    cached = doc.user_data.get("px_words")
    if cached is None or cached[0] != len(doc):
        words = _read_words(TokenTable.of(doc), 0, len(doc))
        cached = doc.user_data["px_words"] = (len(doc), words, list(map(attrgetter("i"), words)))
    return cached[1], cached[2]


def _place_starts(doc: Doc) -> list[int]:
    """The first tokens of the document's event and venue names, listed once."""
    memo = span_memo(doc)
    if "place_starts" not in memo:
        table = TokenTable.of(doc)
        memo["place_starts"] = [i for i in compress(range(table.size), table.ent_begin)
                                if table.ent[i] in PLACE_LABELS]
    return memo["place_starts"]


def _read_words(table: TokenTable, start: int, end: int) -> list[Word]:
    """The words of tokens ``[start, end)``: the tokens between the places where a hyphen joins a compound are
    words of one token each, read in one comprehension; each compound is read on its own."""
    texts, spaced, ents, kinds = table.text, table.spaced, table.ent, table.kind
    out: list[Word] = []
    k = start
    # a compound starts at ``p``: a hyphen follows without a space
    for p in compress(range(start, end - 1), map(HYPHENS.__contains__, texts[start + 1 : end])):
        if p < k or spaced[p]:
            continue  # inside the compound read last, or a spaced hyphen
        if p > k:
            out += _single_words(texts, ents, kinds, k, p)
        j = p + 1
        while j + 1 < end and texts[j] in HYPHENS and not spaced[j - 1] and not spaced[j]:
            j += 2
        if j < end and texts[j] in HYPHENS and not spaced[j - 1] and spaced[j]:
            j += 1  # "Hersteller- sowie": a truncated compound keeps its hyphen
        if j == p + 1:
            text = texts[p]
            entity = bool(ents[p]) or text in HYPHENS
        else:
            text = "".join(texts[m] + (" " if spaced[m] and m < j - 1 else "") for m in range(p, j))
            entity = all(ents[m] for m in range(p, j) if texts[m] not in HYPHENS)
        out.append(Word(text, p, j, entity, _LAST_PARTS[text]))
        k = j
    if k < end:
        out += _single_words(texts, ents, kinds, k, end)
    return out


def _single_words(texts: list[str], ents: list[str], kinds: list[int], start: int, end: int) -> list[Word]:
    """Tokens ``[start, end)`` as words of one token each; a hyphen of its own counts as part of a name."""
    return [Word(text, i, i + 1, ent != "" or text in HYPHENS, _LAST_PARTS[text] if kind & HYPHENATED else text)
            for i, text, ent, kind in zip(range(start, end), texts[start:end], ents[start:end], kinds[start:end])]


def _first_parts(word: Word) -> str:
    """What comes before a compound's last part, without the hyphen ("Phoenix" in "Phoenix-Quartett")."""
    return word.text[: -len(word.last)].rstrip("".join(HYPHENS))


def _last_part(text: str) -> str:
    """What follows the last hyphen ("Sieg" in "Le-Mans-Sieg")."""
    for hyphen in HYPHENS:
        text = text.rsplit(hyphen, 1)[-1]
    return text


_LAST_PARTS = TextMemo(_last_part)  # a word's text → its last part


def year_run(texts: list[str], i: int, end: int, joiners, openers=frozenset()) -> list[int]:
    """The years listed from token ``i`` (a year) before token ``end``: "2008 und 2009", "2002, 2004 und 2007";
    with range ``openers`` a range may close the list ("1994, 1995 und von 2000 bis 2004")."""
    return year_run_to(texts, i, end, joiners, openers)[0]


def year_run_to(texts: list[str], i: int, end: int, joiners, openers=frozenset(),
                prepositions=frozenset()) -> tuple[list[int], int]:
    """``year_run``, and the token after the run; with ``prepositions`` a year may follow one or two of them after its
    joiner ("en 2015 et en 2016", "in 2019 and again in 2020"). A season over two years is its second year's ("2014,
    2018-2019 and 2021", "2014-15")."""
    years = [int(texts[i].rstrip("."))]
    k = i + 1
    while True:
        if k + 1 < end and (texts[k] in HYPHENS or texts[k] == "/") and _next_year(texts[k + 1], years[-1]):
            years[-1] += 1
            k += 2
        if not (k + 1 < end and texts[k] in joiners):
            break
        p = k + 1
        while p < min(k + 3, end) and texts[p] in prepositions:
            p += 1
        if YEAR_TOKEN.match(texts[k + 1]):
            years.append(int(texts[k + 1].rstrip(".")))
            k += 2
        elif p > k + 1 and p < end and YEAR_TOKEN.match(texts[p]):
            years.append(int(texts[p].rstrip(".")))
            k = p + 1
        elif texts[k + 1] in openers and k + 4 < end and YEAR_TOKEN.match(texts[k + 2]) \
                and texts[k + 3] not in joiners and YEAR_TOKEN.match(texts[k + 4]) \
                and 0 < (hi := int(texts[k + 4].rstrip("."))) - (lo := int(texts[k + 2].rstrip("."))) < 15:
            years.extend(range(lo, hi + 1))
            k += 5
        else:
            break
    return years, k


def _next_year(text: str, year: int) -> bool:
    """Whether ``text`` is the year after ``year``, written out or by its last two digits ("2014-15")."""
    if YEAR_TOKEN.match(text):
        return int(text.rstrip(".")) == year + 1
    return len(text) == 2 and text.isdigit() and int(text) == (year + 1) % 100


def _after_name(words: list[Word], k: int) -> bool:
    """Whether word ``k`` follows a name, or a short parenthesis after one ("Pierre Gasly (AlphaTauri) sixth")."""
    j = k - 1
    if j > 0 and words[j].text == ")":
        j = next((o - 1 for o in range(j - 1, max(j - 5, 0) - 1, -1) if words[o].text == "("), -1)
    return j >= 0 and k > 0 and words[j].entity


def dashed_after(clause: Span) -> Span | None:
    """The part between the dash right after ``clause`` and the next dash or the end of its sentence, if a dash
    follows ("… mit fünf Siegen eröffnet – in Irland, Norwegen und Zypern –, ehe …")."""
    doc = clause.doc
    table = TokenTable.of(doc)
    texts = table.text
    sent_end = table.sentence_bounds(clause.start, clause.end)[1] if len(clause) else clause.end
    if clause.end >= sent_end or texts[clause.end] not in DASHES:
        return None
    closing = next((k for k in range(clause.end + 1, sent_end) if texts[k] in DASHES), sent_end)
    return Span(doc, clause.end + 1, closing)


def year_tokens(doc: Doc, start: int, end: int) -> list[int]:
    """Indices of the tokens ``[start, end)`` that are years (``YEAR_TOKEN``); the document's are found once."""
    return _tokens_where(doc, "year_tokens", YEAR, start, end)


def digit_tokens(doc: Doc, start: int, end: int) -> list[int]:
    """Indices of the tokens ``[start, end)`` that open with a digit; the document's are found once."""
    return _tokens_where(doc, "digit_tokens", DIGIT, start, end)


def _tokens_where(doc: Doc, name: str, kind: int, start: int, end: int) -> list[int]:
    """Indices of the tokens ``[start, end)`` whose ``TokenTable.kind`` has the ``kind`` bit; the document's are listed
    once."""
    memo = span_memo(doc)
    found = memo.get(name)
    if found is None:
        kinds = TokenTable.of(doc).kind
        found = memo[name] = list(compress(range(len(kinds)), map(kind.__and__, kinds)))
    return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]


def _is_number(text: str) -> bool:
    """ASCII digits only: "²" and "٣" pass ``str.isdigit`` but are no numbers ``int`` reads."""
    return text.isascii() and text.isdigit()


def _is_tag(table: TokenTable, i: int) -> bool:
    """Token ``i`` is part of a tag between crew members: "(GER)", "(Brasilien)", "(beide Italien)", "#4"."""
    text = table.text[i]
    if _is_number(text):
        return len(text) <= 3  # a car number, not a year ("Laurent Aiello (2002), Mattias Ekström")
    return text in {"(", ")", "#"} or (_in_short_parenthesis(table, i) and table.ent[i] != "PERSON")


def _in_short_parenthesis(table: TokenTable, i: int, reach: int = 3) -> bool:
    texts = table.text
    opens = next((k for k in range(i - 1, max(i - 1 - reach, -1), -1) if texts[k] in "()"), None)
    closes = next((k for k in range(i + 1, min(i + 1 + reach, len(texts))) if texts[k] in "()"), None)
    return opens is not None and closes is not None and texts[opens] == "(" and texts[closes] == ")"


def _sentence_cased(phrases: list[str]) -> list[str]:
    """``phrases`` and each with a capital first letter, as at the start of a sentence ("Ganz oben auf dem Podium")."""
    return list(dict.fromkeys([*phrases, *(p[:1].upper() + p[1:] for p in phrases)]))


def entity_end(table: TokenTable, i: int, end: int) -> int:
    """The token after the entity that begins at ``i``."""
    j = i + 1
    while j < end and table.ent[j] == table.ent[i] and not table.ent_begin[j]:
        j += 1
    return j


def opens_after_comma(clause: Span, words, *, after_adverb: bool = False) -> bool:
    """The clause follows a comma and opens with one of ``words`` (", der als Tabellenführer …"); with
    ``after_adverb`` also after one word in lower case ("…, juste devant …", "…, unmittelbar hinter …")."""
    table = TokenTable.of(clause.doc)
    s = clause.start
    if s == 0 or not len(clause) or table.text[s - 1] != ",":
        return False
    return table.text[s] in words or (after_adverb and s + 1 < clause.end and table.lower[s]
                                      and table.text[s + 1] in words)


def _place_list_goes_on(table: TokenTable, last: int, i: int, end: int) -> bool:
    """Whether token ``last`` ends a place and a place follows from ``i`` after at most two lower-case words: a list
    of places ("gagné à Silverstone, à Spa-Francorchamps et à Fuji", "auf dem Nürburgring, in Mexiko-Stadt und in
    Austin"), not a clause of its own."""
    if last < 0 or table.ent[last] not in PLACE_LABELS:
        return False
    for k in range(i, min(i + 3, end)):
        if table.ent[k] in PLACE_LABELS and table.ent_begin[k]:
            return True
        if table.ent[k] or not (table.alpha[k] and table.lower[k]):
            return False
    return False


def _name_after_comma(doc: Doc, start: int, end: int) -> bool:
    """Whether a person's name starts right after a comma in tokens ``(start, end)``: where ``CueReader.clauses``
    may cut with ``split_lists`` and not without (the document's such names are listed once)."""
    memo = span_memo(doc)
    names = memo.get("names_after_comma")
    if names is None:
        table = TokenTable.of(doc)
        texts, ents = table.text, table.ent
        names = memo["names_after_comma"] = [i for i in compress(range(1, table.size), table.ent_begin[1:])
                                             if ents[i] == "PERSON" and texts[i - 1] == ","]
    k = bisect.bisect_right(names, start)
    return k < len(names) and names[k] < end


def _after_parenthesis(table: TokenTable, j: int, end: int, reach: int = 8) -> int:
    """The token after a short parenthesis opening at ``j`` ("X (Dragon Racing) verpasste"), else ``j``."""
    if j < end and table.text[j] == "(":
        close = next((k for k in range(j + 1, min(j + reach, end)) if table.text[k] == ")"), None)
        if close is not None:
            return close + 1
    return j


class CueReader:
    def __init__(self, data: dict, genitive_endings: tuple[str, ...] = (), class_labels: frozenset[str] = frozenset(),
                 class_words: frozenset[str] = frozenset()):
        self.genitive_endings = genitive_endings  # "Ogiers": the language's genitive of a name (entities data)
        self.class_labels = class_labels  # "LMGT3", "Pro-Am" (classes data): "die LMGT3-Wertung" is a race's class
        self.class_words = class_words  # "Klasse" (classes data): "Die GT1-Klasse ging an …" names a race's class
        self.win = {w.casefold() for w in data["win_words"]}
        self.win_suffixes = tuple(s.casefold() for s in data["win_suffixes"])
        self.win_count_endings = tuple(s.casefold() for s in data["win_count_endings"])  # "Saisonsiege", "wins"
        self.crew_joiners = frozenset(data["crew_joiners"])  # "und", "/", "&", ","
        self.weak_win = set(data["weak_win_words"])
        self.weak_needs = set(data["weak_win_needs"])
        self.win_phrases = phrase_regex(_sentence_cased(data["win_phrases"]))
        self.podium = set(data["podium_words"])
        self.podium_completers = set(data["podium_completers"])
        self.retired = set(data["retired_words"])
        self.practice = set(data["practice_words"])
        self.retired_split: dict[str, str] = data["retired_split_verbs"]
        self.retired_phrases = phrase_regex(_sentence_cased(data["retired_phrases"]))
        self.disqualified = phrase_regex(_sentence_cased(data["disqualified_words"]))
        self.pole = set(data["pole_words"])
        self.qualifying = set(data["qualifying_words"])
        self.position_nouns = set(data["position_nouns"])
        self.position_endings = tuple(n.casefold() for n in self.position_nouns)  # "Podestplatz"
        self.start_markers = set(data["start_markers"])
        self.continuation = {w for w in data["continuation_words"] if " " not in w}
        self.continuation_pairs = {tuple(w.split()) for w in data["continuation_words"] if " " in w}  # "Hinter ihm"
        self.beneficiaries = set(data["beneficiary_words"])
        self.owner_words = set(data["owner_words"])
        self.standing_follow = set(data["standing_follow_words"])
        self.margin_units = set(data["margin_units"])
        self.gap_words = set(data["gap_words"])
        self.crew_of_words = set(data["crew_of_words"])
        self.race_day_phrases = phrase_regex(data["race_day_phrases"])
        self.earlier_win_markers = set(data["earlier_win_markers"])
        self.likewise_years = phrase_regex(data["likewise_year_phrases"])
        self.year_range_openers = set(data["year_range_openers"])
        self.crew_phrases = phrase_regex(data["crew_phrases"])
        self.crew_verbs = set(data["crew_verbs"])
        self.number_labels = set(data["number_labels"])
        self.awarded = phrase_regex(_sentence_cased(data["awarded_phrases"]))
        self.awarded_split: dict[str, str] = data["awarded_split_verbs"]
        self.list_joiners = set(data["position_list_joiners"])
        self.year_prepositions = frozenset(data["year_prepositions"])
        self.year_joiners = self.list_joiners | set(data["year_joiners"])
        self.scope_prepositions = frozenset(data["scope_prepositions"])
        self.race_days: dict[str, int] = data["race_days"]
        self.range_words = set(data["position_range_words"])
        self.ordinals: dict[str, int] = {k.casefold(): v for k, v in data["ordinals"].items()}
        self.standalone_ordinals_capitalised = data.get("standalone_ordinals_capitalised", True)
        self.verb_second = data["verb_second"]
        self.after_name_followers = set(data["after_name_ordinal_followers"])
        self.numeric_ordinal = re.compile(data["numeric_ordinal"])  # "2.", "14th", "14e"
        self.ordinal_cues = set(data["ordinal_cues"])  # "finished third": a lowercase ordinal after these is a placing
        self.ordinal_adverbs = set(data["ordinal_adverbs"])  # "was only third"
        self.overall_prefixes = tuple(data["overall_prefixes"])  # "Gesamtsiebter": in no class
        self.overall_words = set(data["overall_words"])  # "… and fourth overall", "im Gesamtklassement": the race's
        self.position_words: dict[str, int] = data["position_words"]  # "runner-up"
        self.numbers: dict[str, int] = data["number_words"]
        self.championship = set(data["championship_words"])
        self.championship_suffixes = tuple(s.casefold() for s in data["championship_suffixes"])
        self.championship_phrases = phrase_regex(data["championship_phrases"])
        self.idioms = phrase_regex(data["championship_word_idioms"])
        self.standing_points = re.compile(data["standing_points"]) if data["standing_points"] else None
        self.season_phrases = phrase_regex(data["season_phrases"])
        self.win_split = re.compile(data["win_split_pattern"]) if data["win_split_pattern"] else None
        self.second_place = phrase_regex(_sentence_cased(data["second_place_phrases"]))
        self.third_place = phrase_regex(_sentence_cased(data["third_place_phrases"]))
        self.fourth_place = phrase_regex(_sentence_cased(data["fourth_place_phrases"]))
        self.runner_up = phrase_regex(data["runner_up_phrases"])
        self.runner_up_exceptions = set(data["runner_up_exceptions"])
        self.win_over = phrase_regex(data["win_over_phrases"])
        self.overtake_verbs = set(data["overtake_verbs"])
        self.trailing = phrase_regex(data["trailing_phrases"])
        self.passing_words = set(data["passing_words"])
        self.running_words = set(data["running_words"])
        self.stage_endings = tuple(data["stage_endings"])
        self.last_holder_words = set(data["last_holder_words"])
        self.fallen_words = set(data["fallen_words"]) | self.passing_words  # a place held on the way is one too
        self.fastest: dict[str, int] = data["fastest_words"]
        self.fastest_firsts = {k.split()[0] for k in self.fastest}  # "meilleur" of "meilleur temps"
        self.not_after_fastest = tuple(w.casefold() for w in data["not_after_fastest"])
        self.leader = set(data["leader_words"])
        self.leader_nouns = set(data["leader_nouns"])
        self.race_leader_words = set(data["race_leader_words"])  # "long-time leader X": the race's
        self.leader_phrases = phrase_regex(data["leader_phrases"])
        self.ahead_verbs = set(data["ahead_verbs"])
        self.outpace_verbs = set(data["outpace_verbs"])
        self.leader_adverbs = frozenset(data["leader_adverbs"])
        self.title_count_endings = tuple(data["title_count_endings"])
        self.held_title_modifiers = set(data["held_title_modifiers"])
        self.reigning_words = set(data["reigning_words"])
        self.reigning_after = tuple(data["reigning_after"])
        self.vice: dict[str, int] = data["vice_words"]
        self.title = set(data["title_words"])
        self.title_suffixes = tuple(s.casefold() for s in data["title_suffixes"])
        self.title_modifiers = set(data["title_modifiers"])
        self.new_title_modifiers = set(data["new_title_modifiers"])
        self.possessives = set(data["possessives"])
        self.follow_on_words = set(data["follow_on_words"])
        self.subject_clause_openers = frozenset(data["subject_clause_openers"])
        self.opening_subordinators = frozenset(data["opening_subordinators"])
        self.possessive_marks = set(data["possessive_marks"])
        self.round_nouns = set(data["round_nouns"])
        self.times_words = set(data["times_words"])
        self.finish_line_words = set(data["finish_line_words"])
        self.beaten_only_by = re.compile(data["beaten_only_by_pattern"])
        self.hattrick = phrase_regex(data["hattrick_words"])
        self.not_title = phrase_regex(data["not_title_phrases"])  # "champions en titre", "defending champion"
        self.defending = phrase_regex(_sentence_cased(data["defending_phrases"]))
        self.defending_winners = phrase_regex(_sentence_cased(data["defending_winner_phrases"]))
        self.consecutive = phrase_regex(data["consecutive_words"])
        self.won_standing = set(data["won_standing_verbs"])
        self.race_nouns = set(data["race_nouns"])
        self.category_words = {cat: set(words) for cat, words in data["category_words"].items()}
        self.blockers = phrase_regex(data["blockers"])
        # each cut ``_unexcepted`` makes leaves two non-word characters side by side: a blocker that starts and ends
        # with a word character and has no two non-word characters in a row never stands across a cut
        self.blockers_avoid_cuts = all(re.fullmatch(r"\w(?:\W?\w)*", p) for p in data["blockers"])
        self.miss_words = set(data["miss_words"])
        self.crew_sizes: dict[str, int] = data["crew_sizes"]
        self.staff_words = tuple(w.casefold() for w in data["staff_role_words"])
        self.blocker_exceptions = phrase_regex(data["blocker_exceptions"])
        # a break of two words cuts at its first only before its second ("alors que", not the adverb "alors")
        self.breaks = {b.split()[0] for b in data["clause_breaks"]}
        self.break_next: dict[str, set[str]] = {}
        for b in data["clause_breaks"]:
            if " " in b:
                self.break_next.setdefault(b.split()[0], set()).add(b.split()[1])
        self.subordinators = set(data["subordinators"])
        self.result_appositions = tuple(p.casefold() + " " for p in data["result_appositions"])
        self.multi_win: dict[str, int] = data["multi_win_words"]
        self.ahead_of = set(data["ahead_of"])
        self.behind = set(data["behind"])
        self.relative_pronouns = set(data["relative_pronouns"])
        self.clause_conjunctions = set(data["clause_conjunctions"])
        self.aside_openers = self.relative_pronouns | self.subordinators  # ", der …", ", als er …"
        self.coordinators = set(data["coordinators"])
        self.partner_words = set(data["partner_joiners"])
        self.contact_words = set(data["contact_words"])
        self.likewise = phrase_regex(data["likewise_phrases"])
        self.race_list_heads = phrase_regex(_sentence_cased(data["race_list_heads"]))
        self.taken_from = [tuple(p.split()) for p in data["taken_from_phrases"]]
        # words after a standing's word that make it qualify them ("a world championship podium", "… win")
        self.standing_qualifiers = self.podium | set(data["standing_win_nouns"])
        self.partner_nouns = set(data["partner_nouns"])
        self.codriver_nouns = set(data["codriver_nouns"])
        self.crew_partners = _ending_in(data["crew_partner_phrases"])
        self.partner_joiners = self.coordinators | self.partner_words
        # words after which a name is an object, not the subject a later pronoun stands for ("level with X")
        self.object_words = self.partner_words | self.ahead_of | self.behind | set(data["object_prepositions"])
        self.subject_pronouns = set(data["subject_pronouns"])
        self.speaker_pronouns = set(data["speaker_pronouns"])
        self.first_words = set(data["first_words"])
        self.since_words = set(data["since_words"])
        self.make_nouns = set(data["make_nouns"])
        # a clause opening with these names the crew of the car placed before it (any case: "…; am Steuer …")
        self.crew_openers = tuple(p.casefold() for p in [*data["crew_participles"], *data["crew_phrases"]])
        self.crew_participle_end = _ending_in(data["crew_participles"], re.IGNORECASE)
        self.car_preposition_end = _ending_in(data["car_prepositions"], re.IGNORECASE)
        self.car_number_markers = set(data["car_number_markers"])
        self.defended_words = set(data["defended_words"])
        self.more_wins = phrase_regex(data["more_wins_phrases"])
        self.top_groups = data["top_groups"]
        self.each_words = set(data["each_words"])
        self.top_pattern = phrase_regex(list(self.top_groups))
        self.addressee_pronouns = set(data["addressee_pronouns"])
        self.descriptor_articles = set(data["descriptor_articles"])
        self.same_words = set(data["same_words"])
        # what ``back_reference`` looks for
        self.back_words = self.subject_pronouns | self.descriptor_articles | self.same_words
        self.refer_words = self.back_words | self.speaker_pronouns | self.addressee_pronouns
        self.nationality_words: dict[str, str] = data["nationality_words"]
        self.descriptor_nouns = tuple(w.casefold() for w in [*data["descriptor_nouns"], *self.nationality_words])
        self.win_owner_words = set(data["win_owner_words"])
        self.phrase_starters = set(data["phrase_starters"])
        self.not_verbs = set(data["ordinals"]) | set(self.numbers) | self.descriptor_articles | self.phrase_starters
        # every phrase that states a placing or a title by itself, unanchored: searched once per document
        stating = _sentence_cased([p for key in ("win_phrases", "second_place_phrases", "third_place_phrases",
                                                 "fourth_place_phrases", "retired_phrases", "disqualified_words",
                                                 "awarded_phrases", "hattrick_words", "defending_winner_phrases")
                                    for p in data[key]])
        split = [data["win_split_pattern"]] if data["win_split_pattern"] else []
        self.any_phrase = re.compile("|".join([alternation(stating)] + split) + ("|" if "" in stating else "")) \
            if stating else None
        # the phrases that state a placing by themselves, with the status and position they state
        self.placing_phrases = ((self.win_phrases, "finished", 1), (self.win_split, "finished", 1),
                                (self.second_place, "finished", 2), (self.third_place, "finished", 3),
                                (self.fourth_place, "finished", 4), (self.retired_phrases, "retired", None),
                                (self.disqualified, "disqualified", None))
        # what a word is, by its text (its last part follows from it), once known
        self._cue_texts = TextMemo(self._reads_as_cue)
        # whether a word's text is a count written together with a times word ("Zehnmal", "dreimal")
        self._counted_times = TextMemo(lambda t: any(t.endswith(x) and self._is_count(t[: -len(x)].lower())
                                                     for x in self.times_words))
        self._championship_texts = TextMemo(lambda t: (t in self.championship or _LAST_PARTS[t] in self.championship
                                                       or t.casefold().endswith(self.championship_suffixes))
                                            and t.rpartition("-")[0] not in self.class_labels
                                            and t not in self.overall_words)  # "im Gesamtklassement": the race's
        self._win_texts = TextMemo(lambda t: t.casefold() in self.win or _LAST_PARTS[t].casefold() in self.win)
        self._stage_texts = TextMemo(lambda t: t.casefold().endswith(self.stage_endings))  # "Wertungsprüfungen"
        self._race_texts = TextMemo(self._reads_as_race)  # ``names_a_race`` of a word's text
        # the categories a word's text names (``categories``), in the order of ``category_words``
        self._category_texts = TextMemo(lambda t: () if t in self.partner_nouns else tuple(  # not "team-mate"
            cat for cat, cue_words in self.category_words.items()
            if t in cue_words or t.rstrip("-‐‑") in cue_words or t.split("-")[0] in cue_words))

    # -- which spans can state anything --------------------------------------------------------
    def may_state(self, span: Span) -> bool:
        """Whether the span holds a word or phrase that can state a placing or a title: the cheap test
        that spares the full reading of the many clauses that state neither."""
        user_data = span.doc.user_data
        memo = user_data.get("px_may_state")
        if memo is None:  # not ``setdefault``: a new dict on every call
            memo = user_data["px_may_state"] = {}
        key = (len(span.doc), span.start, span.end)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._may_state(span)
        return found

    def _may_state(self, span: Span) -> bool:
        return self._has_cue_word(span) or (self.any_phrase is not None and self._may_hold_phrase(span))

    def _may_hold_phrase(self, span: Span) -> bool:
        """Whether a phrase that states a placing or title may stand in the span: ``any_phrase``, without their
        word-boundary checks, finds in one search every place where one of them could match; the document is
        searched once, and the span only when a match meets it."""
        if self.any_phrase is None:
            return True
        doc = span.doc
        found = doc.user_data.get("px_phrases")
        if found is None or found[0] != len(doc):
            matches = [m.span() for m in self.any_phrase.finditer(text_of(doc))]
            found = doc.user_data["px_phrases"] = (len(doc), matches, [b for _, b in matches])
        _, matches, ends = found
        k = bisect.bisect_right(ends, span.start_char)  # the first match ending inside or after the span
        # a match meeting the span may hide an overlapping one inside it: then the span itself is searched
        return k < len(matches) and matches[k][0] < span.end_char and \
            self.any_phrase.search(span_text(span)) is not None

    def _has_cue_word(self, span: Span) -> bool:
        """Whether a word of the span that is no name can state a placing or title; the document's cue
        words are found once, words cut by the span's edges are read again."""
        doc = span.doc
        start, end = span.start, span.end
        words, starts = _doc_words(doc)
        a = bisect.bisect_left(starts, start)
        if start >= end or a == len(starts) or starts[a] != start:  # empty, or starting inside a compound
            return any(not w.entity and self._is_cue_word(w) for w in words_of(span))
        memo = span_memo(doc)
        if "cue_words" not in memo:  # positions in ``words`` of the document's cue words
            cued = compress(range(len(words)), map(self._cue_texts.__getitem__, map(attrgetter("text"), words)))
            memo["cue_words"] = [k for k in cued if not words[k].entity]
        cued = memo["cue_words"]
        b = bisect.bisect_left(starts, end)  # words [a, b) start inside the span; the last may be cut
        cut = words[b - 1].j > end
        k = bisect.bisect_left(cued, a)
        if k < len(cued) and cued[k] < (b - 1 if cut else b):
            return True
        return cut and any(not w.entity and self._is_cue_word(w)
                           for w in _read_words(TokenTable.of(doc), words[b - 1].i, end))

    def _is_cue_word(self, w: Word) -> bool:
        return self._cue_texts[w.text]

    def _reads_as_cue(self, t: str) -> bool:
        """Whether a word with text ``t`` can state a placing or title (``_is_cue_word``)."""
        last, folded = _LAST_PARTS[t], t.casefold()
        return (t in self.pole or last in self.pole or t.split("-")[0] in self.pole
                or t in self.position_nouns or last in self.position_nouns or t in self.fastest_firsts
                or _P_NUMBER.match(t) is not None or self.numeric_ordinal.match(t) is not None
                or folded in self.ordinals or t in self.position_words
                or t in self.vice or last in self.vice or t in self.leader or last in self.leader_nouns
                or t in self.ahead_verbs or t in self.outpace_verbs or t in self.podium
                or last in self.podium or t in self.retired or t in self.retired_split or t in self.multi_win
                or folded in self.win or last.casefold() in self.win or t in self.title or last in self.title
                or folded.endswith(self.win_suffixes + self.title_suffixes) or self._championship_texts[t])

    # -- clauses and competitors ---------------------------------------------------------------
    def clauses(self, sent: Span, *, split_lists: bool = False) -> list[Span]:
        """Parts of a sentence that state one thing each: cut at clause breaks, and at a coordinator
        followed by a verb ("… vorbei und schob sich auf Platz zwei"), and before a name after a comma that
        ends a clause with its verb ("X hatten … gewonnen, Y belegten …"); with ``split_lists`` before each
        name of a comma list ("Asch (…), Kelvin van der Linde (…), Champion von 2014")."""
        if split_lists and not _name_after_comma(sent.doc, sent.start, sent.end):
            split_lists = False  # the same cuts: the parts read without ``split_lists`` serve
        return remembered(sent, "clauses", self._clauses, split_lists)

    def _dated_name_before(self, table: TokenTable, lo: int, hi: int) -> bool:
        """Whether the last person named in tokens ``[lo, hi)`` is followed right away by a year or a year preposition
        and a year ("after Mark Webber in 2010 and 2012"): an item of a list of names with their years."""
        last = next((k for k in range(hi - 1, lo - 1, -1) if table.ent[k] == "PERSON"), None)
        if last is None:
            return False
        k = last + 1
        k += k < hi and table.text[k] in self.year_prepositions
        return k < hi and bool(table.kind[k] & YEAR)

    def _clauses(self, sent: Span, split_lists: bool) -> list[Span]:
        doc = sent.doc
        table = TokenTable.of(doc)
        texts, ents, alpha, lower, kinds = table.text, table.ent, table.alpha, table.lower, table.kind
        memo = span_memo(doc)
        if "clause_openers" not in memo:  # every cut below is after a comma, at a clause break or a coordinator
            memo["clause_openers"] = [i for i, (before, text) in enumerate(pairwise(texts), 1)
                                      if before == "," or text in self.breaks or text in self.coordinators
                                      or text in self.clause_conjunctions]
        openers = memo["clause_openers"]
        cuts = [sent.start]
        goes_on = -1  # the token after a day's aside: the clause goes on there
        for i in openers[bisect.bisect_right(openers, sent.start) : bisect.bisect_left(openers, sent.end)]:
            text = texts[i]
            after_comma = texts[i - 1] == ","
            if i == goes_on:
                continue
            if not after_comma and text in self.clause_conjunctions and text not in self.breaks:
                if self._opens_subject_clause(table, i, sent.end):
                    cuts.append(i)  # "Ogier won after long-time leader Thierry Neuville was forced out"
                continue
            if after_comma and (j := next_comma(texts, i, sent.end)) < sent.end and j - i <= 2 \
                    and texts[j - 1] in self.race_days:
                goes_on = j + 1  # "Après l'abandon, vendredi, de la Peugeot de Marcus Grönholm": one clause
                continue
            # (a list's names cut apart, not a crew's: "2015 wurden Timo Bernhard, Brendon Hartley und Mark Webber …")
            if after_comma and ents[i] == "PERSON" and table.ent_begin[i] and (
                    (split_lists and ents[i - 2] != "PERSON") or (
                    i >= 2 and alpha[i - 2] and ((lower[i - 2] and texts[i - 2] not in self.not_verbs)
                                                 or texts[i - 2].casefold() in self.ordinals)
                    and "PERSON" in ents[cuts[-1] : i - 1]) or (
                    i >= 2 and kinds[i - 2] & YEAR and "PERSON" in ents[cuts[-1] : i - 1]
                    and (j := entity_end(table, i, sent.end)) < sent.end and lower[j] and texts[j][:1].isalpha()
                    and (texts[j] not in self.not_verbs or (  # "…, Fernando Alonso en 2010": the name and its year,
                        texts[j] in self.year_prepositions and j + 1 < sent.end and kinds[j + 1] & YEAR
                        and not self._dated_name_before(table, cuts[-1], i - 1))))):  # not "after X in 2010, Y in 2011"
                # "X hatten … gewonnen, Y belegten …": a name after a clause that ended in its verb or its rank
                # ("X wurde im zweiten Ferrari Dritter, Y Vierter vor Z") or its year, then the name's verb ("X y
                # avait remporté la première édition en 2004, Y s'y était imposé en 2007")
                cuts.append(i)
                continue
            if after_comma and ents[i] == "PERSON" and table.ent_begin[i] and cuts[-1] >= 2 \
                    and texts[cuts[-1] - 1] == "," and (ents[cuts[-1] - 2] == "PERSON" or texts[cuts[-1] - 2] == ")") \
                    and lower[cuts[-1]] and alpha[cuts[-1]] and not any(ents[cuts[-1] : i - 1]) \
                    and i - 1 - cuts[-1] <= 6 \
                    and (j := entity_end(table, i, sent.end)) < sent.end \
                    and (texts[j] in {",", "("} or texts[j] in self.coordinators):
                cuts.append(i)  # "derrière Lewis Hamilton, auteur de la pole position, Max Verstappen, …": the
                continue  # apposition to a listed name is a clause of its own, the list goes on after it
            if after_comma and ents[i] == "PERSON" and table.ent_begin[i] and "PERSON" in ents[cuts[-1] : i - 1] \
                    and (j := entity_end(table, i, sent.end)) < sent.end and texts[j].casefold() in self.ordinals \
                    and any(texts[k].casefold() in self.ordinals for k in range(cuts[-1], i - 1)):
                cuts.append(i)  # "X finished third in the second Ferrari, Y fourth ahead of Z": a rank for each
                continue
            if after_comma and kinds[i] & YEAR and i >= 2 and alpha[i - 2] and lower[i - 2] \
                    and texts[i - 2] not in self.not_verbs and "PERSON" in ents[cuts[-1] : i - 1]:
                cuts.append(i)  # "… hatte Ekström den Titel gewonnen, 2008 und 2009 triumphierte Scheider"
                continue
            if after_comma and text in self.partner_words and ents[i + 1 : i + 2] == ["PERSON"] \
                    and self._ranked_after_names(table, i + 1, sent.end):
                cuts.append(i)  # "… finished fifth, with Hirvonen and Lehtinen sixth": the names after it, ranked
                continue
            # a name after a comma, not in a list of titles ("…, BMW triumphierte …")
            if after_comma and ents[i] in ("PERSON", "TEAM", "MANUFACTURER") and table.ent_begin[i] \
                    and (any(ents[k] in ("PERSON", "TEAM", "MANUFACTURER") for k in range(cuts[-1], i - 1))
                         or self.names_a_win(Span(doc, cuts[-1], min(cuts[-1] + 2, i - 1)))) \
                    and (not self.title_cues(Span(doc, cuts[-1], i - 1))
                         or not self.vice.keys().isdisjoint(texts[i : next_comma(texts, i, sent.end)])):
                # but "…, BMW schloss das Jahr als Vizemeister ab" after a title: a runner-up of its own
                j = _after_parenthesis(table, entity_end(table, i, sent.end), sent.end)
                while j + 1 < sent.end and (texts[j] in self.coordinators or texts[j] == ",") \
                        and ents[j + 1] == ents[i] and table.ent_begin[j + 1] and not ents[i - 2] and texts[i - 2] != ")":
                    # "… auf dem Podium, Jamie Green und Robin Frijns folgten …", not a crew "Biela, Kristensen und …"
                    j = _after_parenthesis(table, entity_end(table, j + 1, sent.end), sent.end)
                if j < sent.end and alpha[j] and lower[j] and texts[j] not in self.not_verbs \
                        and texts[j] not in self.coordinators and texts[j] not in self.ahead_of \
                        and texts[j] not in self.behind:
                    # "… als Vizeweltmeister, Toyota belegte …", "Déjà vainqueur à Hong Kong, …, Buemi compte …": a
                    # main clause of its own; not the order of those placed before the comma ("… zu den Plätzen fünf
                    # und sechs, Barrichello vor Button")
                    cuts.append(i)
                    continue
            p = next((k for k in range(i + 1, min(i + 5, sent.end)) if ents[k] == "PERSON" and table.ent_begin[k]),
                     None) if after_comma and "PERSON" in ents[cuts[-1] : i - 1] else None
            if p is not None and (text in self.possessives or all(
                    (not ents[k] or (ents[k] in ("TEAM", "MANUFACTURER") and texts[k + 1] in HYPHENS))
                    and (texts[k] in HYPHENS or texts[k][:1].isupper()) for k in range(i, p))):
                # "…, his McLaren team-mate Fernando Alonso was next on 103", "…, Vorjahres-Vizemeister Müller wurde
                # Achter", "…, Mahindra-Teamkollege Nick Heidfeld stand …": a name after a possessive or a
                # descriptor, then its verb
                j = entity_end(table, p, sent.end)
                if j < sent.end and alpha[j] and lower[j] and texts[j] not in self.not_verbs \
                        and texts[j] not in self.coordinators:
                    cuts.append(i)
                    continue
            # "…, in Bahrain ließ er …", "…, 2009 hatte das Team …": a verb right after a fronted phrase
            fronted = None
            if self.verb_second and after_comma and kinds[i] & YEAR:
                fronted = i + 1
            elif self.verb_second and after_comma and lower[i] and i + 1 < sent.end \
                    and ents[i + 1] in ("EVENT", "VENUE") and table.ent_begin[i + 1]:
                fronted = entity_end(table, i + 1, sent.end)
            elif self.verb_second and after_comma and lower[i] and i + 2 < sent.end:
                j = i + 1 + (texts[i + 1] in self.descriptor_articles)
                if texts[j] in self.class_labels or texts[j] in self.overall_words:
                    fronted = j + 1  # "…, in der GT2 siegte der Ferrari …", "…, im Gesamtklassement bedeutete das …"
            if fronted is not None and fronted < sent.end and alpha[fronted] and lower[fronted] \
                    and texts[fronted] not in self.not_verbs and texts[fronted] not in self.coordinators:
                cuts.append(i)  # a main clause of its own
                continue
            if (text in self.breaks and (text not in self.break_next or (
                    i + 1 < sent.end and texts[i + 1] in self.break_next[text]))
                    and not self._wins_listed_after(doc, table, i, sent.end)) \
                    or (text in self.subordinators and after_comma  # not the article of a place
                        and not _place_list_goes_on(table, i - 2, i, sent.end)) \
                    or (after_comma and self._opens_result_apposition(table, i, sent.end)):
                cuts.append(i)  # ", a result that made them champions": a clause of its own
            elif after_comma and alpha[i] and lower[i] and text not in self.not_verbs \
                    and text not in self.coordinators and not ents[i] and not self._fronted_years(table, cuts[-1], i) \
                    and not _place_list_goes_on(table, i - 2, i, sent.end) \
                    and not (i + 3 < sent.end and texts[i + 1] in self.numbers
                             and (texts[i + 3] in self.ahead_of or texts[i + 3] in self.behind)):
                # not an adverb before a margin ("…, nur zwei Zähler vor X", "…, just two points ahead of X")
                # "…, der als Tabellenführer angereist war, blieb …": the main clause resumes; not after its fronted
                # years (": en 2015 et en 2016, ils avaient remporté …")
                cuts.append(i)
            elif text in self.coordinators and i + 1 < sent.end:
                verb_next = alpha[i + 1] and lower[i + 1] and texts[i + 1] not in self.not_verbs and not ents[i + 1] \
                    and not self._category_texts[texts[i + 1]] \
                    and texts[i + 1] not in self.possessives and texts[i + 1] not in self.ahead_of \
                    and texts[i + 1] not in self.behind and not _place_list_goes_on(table, i - 1, i + 1, sent.end) \
                    and not (YEAR_TOKEN.match(texts[i - 1]) and self._year_after_prepositions(texts, i + 1, sent.end)) \
                    and not (i >= 2 and self.numeric_ordinal.match(texts[i - 1]) and texts[i - 2] in self.phrase_starters)
                # not "Loeb und sein Beifahrer Elena", "… und vor Red Bull", "… à Fuji et à Shanghai", "in 2019 and
                # again in 2020", "vom 20. und letzten Startplatz"
                if verb_next or after_comma:  # "… vorbei und schob sich", ", doch Mortara kämpfte"
                    cuts.append(i)
        cuts.append(sent.end)
        return [Span(doc, a, b) for a, b in pairwise(cuts) if b > a]  # ``doc[a:b]`` without its slice checks

    def _wins_listed_after(self, doc: Doc, table: TokenTable, i: int, end: int) -> bool:
        """Whether the break at token ``i`` follows a win word and opens a list of its years ("drei Grand-Prix-Siege:
        1995 für Benetton beim …, 1999 für Stewart beim …"): no cut, the wins are those listed."""
        return 0 < i and i + 1 < end and bool(table.kind[i + 1] & YEAR) \
            and self.names_a_win(Span(doc, i - 1, i))

    def _ranked_after_names(self, table: TokenTable, i: int, end: int) -> bool:
        """Whether the names joined from token ``i`` on are followed by an ordinal ("Hirvonen and Lehtinen sixth")."""
        j = entity_end(table, i, end)
        while j + 1 < end and table.text[j] in self.coordinators and table.ent[j + 1] == "PERSON":
            j = entity_end(table, j + 1, end)
        return j < end and table.text[j].casefold() in self.ordinals

    def _opens_subject_clause(self, table: TokenTable, i: int, end: int) -> bool:
        """Whether the conjunction at token ``i`` opens a clause with a subject of its own: a competitor's name,
        perhaps after an article or an epithet, then its verb ("after long-time leader Thierry Neuville was forced
        out"; not "second after Neuville")."""
        texts, lower, alpha = table.text, table.lower, table.alpha
        k = i + 1
        while k < min(i + 7, end) and not self._before_name(table, k) and (
                texts[k] in HYPHENS or texts[k - 1] in HYPHENS or (k + 1 < end and texts[k + 1] in HYPHENS)
                or texts[k] in self.descriptor_articles
                or texts[k] in self.possessives or texts[k].casefold() in self.race_leader_words
                or texts[k] in self.leader_nouns or texts[k].casefold().endswith(self.descriptor_nouns)):
            k += 1
        if k >= end or not self._before_name(table, k):
            return False
        j = _after_parenthesis(table, entity_end(table, k, end), end)
        if j + 1 < end and texts[j] in self.possessive_marks and texts[j + 1].casefold() in self.win:
            return True  # "Renault's first win since Sebastian Vettel's victory at …": that name's own win
        return j < end and alpha[j] and lower[j] and texts[j] not in self.not_verbs \
            and texts[j] not in self.coordinators and texts[j] not in self.ahead_of and texts[j] not in self.behind

    def _year_after_prepositions(self, texts: list[str], i: int, end: int) -> bool:
        """Whether a year follows the one or two year prepositions at token ``i`` ("again in 2020")."""
        k = i
        while k < min(i + 2, end) and texts[k] in self.year_prepositions:
            k += 1
        return i < k < end and bool(YEAR_TOKEN.match(texts[k]))

    def _fronted_years(self, table: TokenTable, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)``, from their last comma on, are years alone with their joiners and prepositions
        ("…, in 2015 and 2016,")."""
        texts, kinds = table.text, table.kind
        part = range(max((k for k in range(a, b - 1) if texts[k] == ","), default=a - 1) + 1, b)  # after the last comma
        return any(kinds[k] & YEAR for k in part) and all(
            kinds[k] & YEAR or texts[k] in self.list_joiners or texts[k].casefold() in self.year_prepositions
            or not texts[k].isalpha() for k in part)

    def may_refer_back(self, sent: Span) -> bool:
        """Whether a sentence holds a pronoun or an article that may stand for a person named earlier."""
        return not self.refer_words.isdisjoint(TokenTable.of(sent.doc).text[sent.start : sent.end])

    def self_reference(self, clause: Span) -> tuple[int, bool] | None:
        """Token index of a first-person pronoun (``True``: the quote's speaker) or a second-person one
        (``False``: the person an interview question asks), if it comes before any name."""
        table = TokenTable.of(clause.doc)
        words = table.text[clause.start : clause.end]
        if self.speaker_pronouns.isdisjoint(words) and self.addressee_pronouns.isdisjoint(words):
            return None  # one set test spares the walk through a clause with no pronoun
        for k in range(clause.start, clause.end):
            if table.ent[k] in ("PERSON", "TEAM"):
                return None
            if table.text[k] in self.speaker_pronouns:
                return k, True
            if table.text[k] in self.addressee_pronouns:
                return k, False
        return None

    def back_reference(self, clause: Span) -> int | None:
        """Token index of a pronoun or descriptor standing for a person named earlier
        ("Er", "Der Brasilianer", "der 29-Jährige", "Dem Mercedes-AMG-Piloten"), if it comes before any name
        (read once per clause)."""
        return remembered(clause, "back_reference", self._back_reference)

    def _back_reference(self, clause: Span) -> int | None:
        doc = clause.doc
        table = TokenTable.of(doc)
        texts, ents = table.text, table.ent
        words = texts[clause.start : clause.end]
        if self.back_words.isdisjoint(words):
            return None  # one set test spares the walk through a clause with no pronoun or article
        for i in range(clause.start, clause.end):
            if not ents[i] and texts[i] not in self.back_words:
                continue  # most tokens
            if ents[i] == "PERSON" or (ents[i] == "TEAM" and not self.after_partner_word(doc, i)):
                return None  # but "Mit Red Bull Racing holte er …" still refers back
            if texts[i] in self.subject_pronouns:
                return i
            size = i + 1 + (i + 1 < clause.end and texts[i + 1] in self.same_words)  # "the same three"
            if (texts[i] in self.descriptor_articles or texts[i] in self.same_words) and size + 1 < clause.end \
                    and texts[size] in self.crew_sizes and texts[size + 1].islower() \
                    and texts[size + 1] not in self.race_nouns:
                return i  # "Bereits 2011 hatten die drei in Le Mans triumphiert", "The three had already triumphed"
            if texts[i] in self.descriptor_articles:
                # a name counts as one word ("The Mercedes-AMG Petronas Motorsport driver")
                following_words = [w for w in words_between(doc, i + 1, min(i + 8, clause.end))
                                   if not w.entity or table.ent_begin[w.i]][:3]
                after = [w for w in following_words if w.text.casefold().endswith(self.descriptor_nouns)][:1]
                between = following_words[: following_words.index(after[0])] if after else []
                if after and not after[0].entity and not any(
                        ents[k] == "PERSON" for w in between for k in range(w.i, w.j)):
                    # "Der Fahrer-Champion hieß Jörg Müller": an apposition to the name that follows; but
                    # "Der Schweizer gewann vor Rast": the name after "vor" is another competitor, and so is the partner
                    # after "der Japaner gemeinsam mit"
                    for k in range(after[0].j, min(after[0].j + 3, clause.end)):
                        if texts[k] in self.ahead_of or texts[k] in self.behind or texts[k] in self.partner_joiners:
                            break
                        if ents[k] == "PERSON" or (k == after[0].j and ents[k] in ("TEAM", "MANUFACTURER")
                                                   and self._is_title_word(after[0].text)):
                            return None  # "hinter dem Konstrukteursweltmeister Ferrari": the make's title; but
                            # "le pilote Ferrari" stands for a driver
                    return i
        return None

    def day_of(self, clause: Span, i: int, lo: int) -> int | None:
        """The day of a race meeting the placing at token ``i`` is of: named in its clause ("gewinnt das letzte
        Rennen am Sonntag"), else named last in tokens ``[lo, i]`` ("Am Sonntag …. Dahinter …"), if any."""
        memo = span_memo(clause.doc)
        if "race_days" not in memo:
            texts, days = TokenTable.of(clause.doc).text, self.race_days
            memo["race_days"] = [(k, day) for k in compress(range(len(texts)), map(days.__contains__, texts))
                                 if (day := days[texts[k]])]
        days = memo["race_days"]
        inside = days[bisect.bisect_left(days, (clause.start, 0)) : bisect.bisect_left(days, (clause.end, 0))]
        if inside:
            return inside[0][1]
        k = bisect.bisect_right(days, (i, 8)) - 1
        return days[k][1] if k >= 0 and days[k][0] >= lo else None

    def nationality_at(self, doc: Doc, back: int) -> str | None:
        """The nationality a descriptor at token ``back`` names ("der Brite": GB, "le Normand": FR), if any."""
        for w in words_between(doc, back + 1, min(back + 6, len(doc)))[:3]:
            code = self.nationality_words.get(w.text) or self.nationality_words.get(w.last)
            if code:
                return code
        return None

    def after_partner_word(self, doc: Doc, i: int, *, reach: int = 1, lo: int = 0) -> bool:
        """Whether a partner word stands at most ``reach`` tokens (from ``lo`` on) before the entity holding token
        ``i`` ("mit Red Bull Racing", "mit Teamkollege Kimi Räikkönen")."""
        table = TokenTable.of(doc)
        while i > 0 and table.ent[i - 1] == table.ent[i] and not table.ent_begin[i]:
            i -= 1
        return any(table.text[k].casefold() in self.partner_words for k in range(max(lo, i - reach), i))

    def after_contact(self, doc: Doc, i: int) -> bool:
        """Whether the name at token ``i`` follows a partner word after a word of contact ("nach einer Berührung mit
        Esteban Muth", "after contact with …"): an opponent."""
        texts = TokenTable.of(doc).text
        return i >= 2 and texts[i - 1].casefold() in self.partner_words \
            and not self.contact_words.isdisjoint(texts[max(0, i - 3) : i - 1])

    def after_crew_participle(self, doc: Doc, i: int, lo: int) -> bool:
        """Whether the names from token ``i`` on follow a crew participle (from ``lo`` on): one crew ("un doublé
        avec la 905, emmené par X, Y et Z")."""
        return self._ends_in(self.crew_participle_end, doc, lo, i)

    def after_crew_partner(self, doc: Doc, i: int, lo: int) -> bool:
        """Whether the names from token ``i`` on follow a crew partner phrase (from ``lo`` on): partners of the one
        placed ("s'est imposé au Mans aux côtés de X et Y")."""
        return self._ends_in(self.crew_partners, doc, lo, i)

    def after_car_preposition(self, doc: Doc, i: int, lo: int) -> bool:
        """Whether the name at token ``i`` follows a preposition of the car driven (from ``lo`` on): the car's make,
        not a competitor ("der 1982 im Williams den Titel gewonnen hatte")."""
        return self._ends_in(self.car_preposition_end, doc, lo, i)

    @staticmethod
    def _ends_in(pattern: re.Pattern | None, doc: Doc, lo: int, i: int) -> bool:
        """Whether the words of tokens ``[lo, i)`` end in one of ``pattern``'s phrases."""
        return pattern is not None and pattern.search(TokenTable.of(doc).text_between(lo, i).rstrip()) is not None

    def crew_size(self, back: int, doc: Doc) -> tuple[int | None, str | None]:
        """How many drivers a descriptor at token ``back`` stands for ("das Trio": 3), if it names a crew, and the
        name it is qualified by ("das Phoenix-Quartett", "the Mercedes pair": 4, "Phoenix"; 2, "Mercedes")."""
        words = words_between(doc, back + 1, min(back + 6, len(doc)))[:2]
        for k, w in enumerate(words):
            if w.text in self.crew_sizes:
                return self.crew_sizes[w.text], words[0].text if k else None
            if w.last in self.crew_sizes and w.text != w.last:
                return self.crew_sizes[w.last], _first_parts(w)
        return None, None

    def secures(self, clause: Span) -> bool:
        """Whether the clause holds a verb of winning or securing something ("gesichert", "secured", "décroché")."""
        return not self.won_standing.isdisjoint(TokenTable.of(clause.doc).text[clause.start : clause.end])

    def awards(self, clause: Span) -> bool:
        """Whether the clause says to whom something went ("went to", "ging an", "est revenue à")."""
        return self._awarded_at(clause) is not None

    def _awarded_at(self, clause: Span) -> int | None:
        """Token index of the words saying to whom something went ("ging an", "went to"), the verb and its
        particle apart too ("ging nach dem letzten Rennen an Audi")."""
        # the awarding phrases are among ``any_phrase``'s: most clauses need no search of their own
        found = self._search(self.awarded, clause) if self._may_hold_phrase(clause) else None
        texts = TokenTable.of(clause.doc).text
        if found is None and not self.awarded_split.keys().isdisjoint(texts[clause.start : clause.end]):
            for i in range(clause.start, clause.end):
                particle = self.awarded_split.get(texts[i])
                if particle is not None and particle in texts[i + 1 : clause.end]:
                    return i
        return found

    def runner_up_at(self, clause: Span) -> int | None:
        """Token index after which the second-placed crew is named ("… Vorsprung auf den Audi #3 mit X, Y"); not
        when a moment of the race follows ("Sechs Minuten vor dem geplanten Ende kollidierten …")."""
        at = self._search(self.runner_up, clause)
        if at is not None and self.runner_up_exceptions:
            m = self.runner_up.search(span_text(clause))
            if not self.runner_up_exceptions.isdisjoint(re.findall(r"\w+", span_text(clause)[m.end() :])[:3]):
                return None
        if at is None:
            at = self._outpaced_by_margin(clause)
        if at is None and self.win_over is not None and any(
                c.kind == "race" and c.position == 1 for c in self.placings(clause)):
            at = self._search(self.win_over, clause)  # "who beat pole-sitter Felix Rosenqvist to score his first win"
        if at is not None and self.stage_endings and self._of_stage(clause, at):
            return None  # "holte sich die Prüfung mit 3,6 Sekunden Vorsprung auf Evans": a stage's margin
        return at

    def taken_from_at(self, clause: Span, i: int) -> int | None:
        """Token index after a phrase that follows the rank at token ``i`` and names the one it was taken from
        ("fourth place from Frentzen", "la quatrième place aux dépens de Hirvonen"), if any."""
        texts = TokenTable.of(clause.doc).text
        for k in range(i + 1, min(i + 4, clause.end)):
            for phrase in self.taken_from:
                if tuple(texts[k : k + len(phrase)]) == phrase:
                    return k + len(phrase)
        return None

    def outpace_at(self, clause: Span) -> int | None:
        """Token index of a verb of being ahead in the clause ("devance", "heads"), if any."""
        texts = TokenTable.of(clause.doc).text
        if self.outpace_verbs.isdisjoint(texts[clause.start : clause.end]):
            return None  # one set test spares the walk through most clauses
        return next(i for i in range(clause.start, clause.end) if texts[i] in self.outpace_verbs)

    def _outpaced_by_margin(self, clause: Span) -> int | None:
        """Token index of a verb of being ahead with a competitor and then a margin after it ("devance son équipier
        Elfyn Evans de 32,6 secondes"), if the clause holds one."""
        i = self.outpace_at(clause)
        if i is None:
            return None
        table = TokenTable.of(clause.doc)
        named = next((k for k in range(i + 1, min(i + 5, clause.end)) if table.ent[k] in COMPETITOR_LABELS), None)
        return i if named is not None and not self.margin_units.isdisjoint(
            table.text[named : min(named + 8, clause.end)]) else None

    def trailing_at(self, clause: Span) -> int | None:
        """Token index after which the one leading the subject in a standing is named ("den Rückstand auf Piastri
        verkürzt", "trails Piastri by eight points")."""
        return self._search(self.trailing, clause)

    def beaten_only_by_at(self, clause: Span) -> int | None:
        """Token index after which the one competitor who beat the subject is named ("X mussten sich nur dem
        Ferrari von A und B geschlagen geben", "X were beaten only by …")."""
        return self._search(self.beaten_only_by, clause)

    def standing_follow_at(self, clause: Span) -> int | None:
        """Token index of a word putting the clause's competitors next in the standing stated before ("Alonso
        folgte mit 103 Zählern", "Alonso was next on 103")."""
        texts = TokenTable.of(clause.doc).text
        return next((i for i in range(clause.start, clause.end) if texts[i] in self.standing_follow), None)

    def numbered_items(self, sent: Span) -> list[tuple[int, int, int]]:
        """The items of a numbered list in the sentence ("Drivers: 1. Kalle Rovanperä (Toyota) 207 points, 2. Ott
        Tänak …", a line "2. Jean-Éric Vergne (DS Techeetah)"): ``(number, first token, end token)``, each opening
        with its number at the sentence's start or after a line break, colon or comma, a competitor right after it
        (at a line's start, a capitalised name the entities do not know will do when the line names persons)."""
        return remembered(sent, "numbered_items", self._numbered_items)

    def _numbered_items(self, sent: Span) -> list[tuple[int, int, int]]:
        table = TokenTable.of(sent.doc)
        texts, ents = table.text, table.ent
        starts: list[tuple[int, int]] = []
        for i in digit_tokens(sent.doc, sent.start, sent.end):
            number, name_at = (texts[i][:-1], i + 1) if texts[i].endswith(".") else (texts[i], i + 2)
            if not (number.isdigit() and len(number) <= 2 and name_at < sent.end
                    and (name_at == i + 1 or texts[i + 1] == ".")):
                continue
            if texts[name_at] in self.car_number_markers and name_at + 2 < sent.end and texts[name_at + 1].isdigit():
                name_at += 2  # "2. #27 Heart of Racing Team, …", "2. n°27 …": the car's number before the name
            line_start = i == sent.start or "\n" in texts[i - 1]
            if ents[name_at] not in COMPETITOR_LABELS and not (line_start and self._names_crew_later(table, name_at,
                                                                                                    sent.end)):
                continue
            if line_start or texts[i - 1] in (":", ",", ";") or texts[i - 1].isspace():
                starts.append((int(number), i))
        return [(n, s, starts[k + 1][1] if k + 1 < len(starts) else sent.end) for k, (n, s) in enumerate(starts)]

    def _names_crew_later(self, table: TokenTable, i: int, end: int) -> bool:
        """A line's item opens with a capitalised name the entities do not know and names persons later on its line
        ("1. SpeedSource, Mazda RX-8 (Jonathan Bomarito/Nick Ham)"); not with a word of races or placings ("2.
        Rennen: Müller siegte vor Rast")."""
        text = table.text[i]
        if not (table.alpha[i] and text[:1].isupper()) or self._cue_texts[text] or text in self.race_nouns \
                or text in self.round_nouns or text in self.qualifying:
            return False
        line_end = next((k for k in range(i, end) if "\n" in table.text[k]), end)
        return "PERSON" in table.ent[i:line_end]

    def continuation_at(self, clause: Span) -> int | None:
        """Token index of a word after which the names take the next places ("Dahinter folgten X und Y"), or of a
        behind word right after a margin that names nobody after it ("X finished 2.9 seconds behind")."""
        table = TokenTable.of(clause.doc)
        texts = table.text
        return next((i for i in range(clause.start, clause.end) if texts[i] in self.continuation
                     or (i + 1 < clause.end and (texts[i], texts[i + 1]) in self.continuation_pairs)
                     or (texts[i] in self.behind and i > clause.start and texts[i - 1] in self.margin_units
                         and not any(table.ent[k] in COMPETITOR_LABELS for k in range(i + 1, min(i + 4, clause.end))))),
                    None)

    def earlier_wins(self, clause: Span, *, titled: bool = True) -> list[int]:
        """Years listed after an earlier-win marker ("der vierte Gesamtsieg nach 2000, 2003 und 2012") or a likewise
        phrase ("wie schon 1996", "as in 1996", "comme en 2008"); without ``titled``, not after a title word ("mit einem
        Sieg seinen dritten DTM-Titel nach 1995 und 2000": the title's years, not the win's)."""
        texts = TokenTable.of(clause.doc).text
        years = []
        for i in range(clause.start, clause.end - 1):
            if texts[i] in self.earlier_win_markers and (titled or i == clause.start
                                                         or not self._is_title_word(texts[i - 1])):
                # the years right after the marker, or after a few small words ("après ceux de 2003")
                k = next((k for k in range(i + 1, min(i + 5, clause.end)) if not texts[k].islower()), None)
                if k is not None and YEAR_TOKEN.match(texts[k]):
                    years += year_run(texts, k, clause.end, self.list_joiners)
        if self.likewise_years is not None:  # "Wie schon 1996 wurde er … Weltmeister": this season's and that one's
            table = TokenTable.of(clause.doc)
            for m in self.likewise_years.finditer(span_text(clause)):
                k = table.first_token(clause.doc, clause.start_char + m.end(), clause.end_char)
                if k is not None and YEAR_TOKEN.match(texts[k]):
                    years += year_run(texts, k, clause.end, self.list_joiners)
        first = next((i for i in range(clause.start, clause.end) if texts[i] in self.first_words), None)
        if first is not None:  # "der erste Gesamterfolg seit 2010", not "…, an dem Porsche seit 1951 teilnahm"
            limit = min(first + 9, clause.end)
            end = next_comma(texts, first, limit)
            years += [int(texts[i + 1].rstrip(".")) for i in range(first + 1, end - 1)
                      if texts[i] in self.since_words and YEAR_TOKEN.match(texts[i + 1])]
        return years

    def earlier_win_places(self, clause: Span, places: list[Span],
                           whole: bool = False) -> list[tuple[Span, int | None]]:
        """The ``places`` listed right after an earlier-win marker in a clause that counts its win ("der fünfte
        Saisonsieg nach Zolder, Misano und Assen", "la cinquième victoire … après la Suède, le Chili et le Portugal"):
        wins before the one the clause states, each with the year written right after it ("nach Argentinien 2015 und
        Portugal 2016"), if any. With ``whole``, the clause opens with the marker and is the list (", after Sweden,
        Chile and Portugal"), and no count is needed."""
        texts = TokenTable.of(clause.doc).text
        starts = {p.start: p for p in places}
        joiners = self.list_joiners | self.coordinators
        last = clause.end
        while last > clause.start and not texts[last - 1].isalnum():
            last -= 1  # past the period and a line break after it
        counted = whole or any(texts[i].casefold() in self.ordinals for i in range(clause.start, clause.end))
        for i in range(clause.start, clause.end - 1) if counted else ():
            if texts[i] not in self.earlier_win_markers:
                continue
            out, k = [], i + 1
            while True:
                if k < clause.end and texts[k] in self.descriptor_articles:
                    k += 1  # "après la Suède"
                if (place := starts.get(k)) is None:
                    break
                k, year = place.end, None
                if k < clause.end and YEAR_TOKEN.match(texts[k]):
                    k, year = k + 1, int(texts[k].rstrip("."))  # "nach Argentinien 2015"
                out.append((place, year))
                while k < clause.end and texts[k] in joiners:
                    k += 1
            if whole:
                return out if i == clause.start and out and k >= last else []
            if out:
                return out
        return []

    def names_with_years(self, clause: Span) -> list[tuple[Group, list[int]]]:
        """Each person the clause names with the years right after them ("Sebastian Vettel in 2011 and Daniel
        Ricciardo in 2018"), when every person named has some."""
        table = TokenTable.of(clause.doc)
        persons = [g for g in self.groups(clause) if g.label == "PERSON"]
        out = []
        for g in persons:
            k = next((k for k in range(g.end, min(g.end + 3, clause.end))
                      if YEAR_TOKEN.match(table.text[k]) or table.ent[k]), None)
            if k is None or table.ent[k]:
                return []
            out.append((g, year_run(table.text, k, clause.end, self.list_joiners)))
        return out

    def make_reference(self, clause: Span) -> int | None:
        """Token index of "die Marke", "the brand" standing for the make named last, if before any name."""
        table = TokenTable.of(clause.doc)
        for k in range(clause.start, clause.end - 1):
            if table.ent[k]:
                return None
            if table.text[k] in self.descriptor_articles and table.text[k + 1] in self.make_nouns:
                return k
        return None

    def listed_years(self, clause: Span) -> list[int]:
        """Seasons listed in a clause ("2014, 2015 und 2016 hatte er gewonnen"): two or more years joined
        by list words, or a range of consecutive ones ("sechsmal in Folge zwischen 1960 und 1965"), not another range
        ("zwischen 2004 und 2012"), not earlier wins ("nach 2000 und 2003") and not a
        title's ("Meister von 2008 und 2009")."""
        texts = TokenTable.of(clause.doc).text
        years = year_tokens(clause.doc, clause.start, clause.end)
        found, last = [], None  # ``last``: the last token of the last run found
        after = clause.start  # the first token not read yet
        for i in years:
            if i < after:
                continue  # a year of the run read last
            run, run_end = year_run_to(texts, i, clause.end, self.year_joiners, prepositions=self.year_prepositions)
            before = texts[i - 1] if i > clause.start else ""
            titled = any(self._is_title_word(texts[k]) for k in range(max(clause.start, i - 3), i))
            if len(run) >= 2 and before not in self.year_range_openers and before not in self.earlier_win_markers \
                    and not titled:  # "für den Meister von 2008 und 2009": the title's years
                found += run  # "2014, 2015 und 2016 hatte er mit Volkswagen gewonnen, 2017 und 2018 mit M-Sport Ford"
                last = run_end - 1
            elif before in self.year_range_openers and self.is_consecutive(clause) \
                    and not any(self._is_title_word(texts[k]) for k in range(clause.start, clause.end)) \
                    and (ends := self._range_end(texts, run, run_end, clause.end)) is not None:
                # "gewann sechsmal in Folge zwischen 1960 und 1965", "von 1982 bis 1987 sechsmal in Folge": each year;
                # not titles' ("neuf titres mondiaux consécutifs de 2004 à 2012")
                found += range(run[0], ends[0] + 1)
                last, run_end = ends[1] - 1, ends[1]
            elif last is not None and self._goes_on_with_partner(texts[last + 1 : i]):
                found += run  # "en 1972, 1973 et 1974 avec Matra, puis en 1984 avec Porsche"
                last = run_end - 1
            after = run_end
        if not found:  # "gelangen 1980 mit Fiat, 1982 mit Opel, 1983 mit Lancia und 1984 mit Audi": each its own car
            steps = [texts[a + 1 : b] for a, b in pairwise(years)]
            if len(years) >= 3 and all(len(step) <= 4 and step[-1] in self.list_joiners and step[0] in self.partner_words
                                       for step in steps):
                found = [int(texts[k].rstrip(".")) for k in years]
        return found

    def _range_end(self, texts: list[str], run: list[int], run_end: int, end: int) -> tuple[int, int] | None:
        """The last year of a range that starts with ``run`` ("1960 und 1965", "1982 bis 1987") and the token after
        it, for a range of at most twenty years."""
        if len(run) == 2:
            last, after = run[1], run_end
        elif len(run) == 1 and run_end + 1 < end and texts[run_end] in self.range_words \
                and YEAR_TOKEN.match(texts[run_end + 1]):
            last, after = int(texts[run_end + 1].rstrip(".")), run_end + 2
        else:
            return None
        return (last, after) if 0 < last - run[0] <= 20 else None

    def years_only(self, clause: Span) -> list[int]:
        """The years of a clause that holds nothing but them, list words and year prepositions ("…, and again in 1998,
        2000 and 2003", "…, puis en 2004 et 2005")."""
        texts = TokenTable.of(clause.doc).text
        years = []
        for i in range(clause.start, clause.end):
            if YEAR_TOKEN.match(texts[i]):
                years.append(int(texts[i].rstrip(".")))
            elif not (texts[i] in self.coordinators or texts[i] in self.year_prepositions
                      or texts[i] in self.list_joiners or texts[i] in (".", ";")):
                return []
        return years

    def partner_year_groups(self, clause: Span, after: int) -> list[int]:
        """The years of the lists that go on, each after a partner and a list word, from token ``after`` (past a first
        list of years): "Weltmeister 1994 und 1995 mit Benetton sowie von 2000 bis 2004 fünfmal in Folge mit Ferrari",
        "the title in 1994 and 1995 with Benetton and five times in a row with Ferrari from 2000 to 2004"."""
        table = TokenTable.of(clause.doc)
        texts = table.text
        found: list[int] = []
        while after < clause.end and texts[after] in self.partner_words:
            k = next((k for k in range(after + 1, min(after + 13, clause.end)) if YEAR_TOKEN.match(texts[k])), None)
            step = texts[after:k] if k is not None else []
            if k is None or "," in step or not any(t in self.coordinators for t in step) \
                    or "PERSON" in table.ent[after:k]:
                break
            run, run_end = year_run_to(texts, k, clause.end, self.year_joiners, prepositions=self.year_prepositions)
            if texts[k - 1] in self.year_range_openers and (ends := self._range_end(texts, run, run_end, clause.end)):
                run, run_end = list(range(run[0], ends[0] + 1)), ends[1]  # "von 2000 bis 2004"
            found += run
            after = run_end
        return found

    def _goes_on_with_partner(self, step: list[str]) -> bool:
        """The tokens between two year lists go on from a partner to the next list ("mit Matra und",
        "avec Matra, puis en")."""
        return 2 <= len(step) <= 6 and step[0] in self.partner_words and any(t in self.list_joiners for t in step)

    def year_crews(self, sent: Span) -> list[tuple[int, Group]]:
        """Each year in the sentence right before a crew (or "mit" or an awarding verb's particle and a crew), with
        that crew ("2015 X, Y und Z …, 2016 A, B und C"; "gewann Le Mans dreimal: 2015 mit X, Y und Z, 2016 mit …";
        "ging … 2007 an Ekström, 2008 und 2009 an Scheider": a year listed before such a year has its crew too); read
        once per sentence."""
        return remembered(sent, "year_crews", self._year_crews)

    def _year_crews(self, sent: Span) -> list[tuple[int, Group]]:
        table = TokenTable.of(sent.doc)
        texts, ents = table.text, table.ent
        particles = set(self.awarded_split.values())
        years = year_tokens(sent.doc, sent.start, sent.end - 2)
        starts = {}
        for i in years:
            k = i + 2 if texts[i + 1].casefold() in self.partner_words or texts[i + 1] in particles else i + 1
            if ents[k] == "PERSON" and table.ent_begin[k]:
                starts[i] = k
        found = []
        for i, end in zip(starts, [*list(starts)[1:], sent.end]):
            persons = [g for g in self.groups(sent.doc[starts[i] : end]) if g.label == "PERSON"]
            if persons and persons[0].start == starts[i]:
                # after a particle, the years listed before this one ("2008 und 2009 an Scheider"); not "after those of
                # 2000, 2001 and 2002 with Tom Kristensen" (another crew's wins) nor a range ("Between 2000 and 2004
                # Michael Schumacher was …")
                listed = []
                if texts[i + 1] in particles:
                    listed = [j for j in years if j < i
                              and all(texts[m] in self.list_joiners or m in years for m in range(j + 1, i))]
                found.extend((int(texts[j].rstrip(".")), persons[0]) for j in [*listed, i])
        return found

    def names_crew(self, sent: Span) -> bool:
        """Whether the sentence names the crew of a car placed before ("Am Steuer saßen X, Y und Z")."""
        return self._search(self.crew_phrases, sent) is not None

    def names_car_crew(self, clause: Span) -> bool:
        """Whether a clause names the crew of the car before it (", den sich X, Y und Z teilten",
        ", pilotiert von X, Y und Z")."""
        texts = TokenTable.of(clause.doc).text
        if self.is_relative(clause) and any(texts[i] in self.crew_verbs for i in range(clause.start, clause.end)):
            return True
        opening = span_text(clause).lstrip(" ,;:–-\n").casefold()  # ", pilotiert von Fässler, Lotterer und …"
        return opening.startswith(self.crew_openers)

    def car_numbers(self, clause: Span) -> list[tuple[int, str]]:
        """``(token index, number)`` of each car named by its number ("Nr. 2", "#7", "the No. 8")."""
        texts = TokenTable.of(clause.doc).text
        if self.car_number_markers.isdisjoint(texts[clause.start : clause.end - 1]):
            return []  # one set test spares the walk through a clause with no marker
        return [(i + 1, number) for i in range(clause.start, clause.end - 1)
                if texts[i] in self.car_number_markers and (number := texts[i + 1].rstrip(".")).isdigit()
                and len(number) <= 3]  # "an den Audi #7." ends the sentence

    def order_marker(self, clause: Span) -> tuple[int, int] | None:
        """``(token index, +1 or -1)`` of "vor" (the names after it placed behind) or "hinter" (ahead), with a
        competitor named within a few words after it (not "sur la troisième marche derrière X")."""
        table = TokenTable.of(clause.doc)
        texts = table.text
        words = texts[clause.start : clause.end]
        if self.ahead_of.isdisjoint(words) and self.behind.isdisjoint(words):
            return None  # one set test spares the walk through a clause with neither
        for i in range(clause.start, clause.end):
            step = 1 if texts[i] in self.ahead_of else -1 if texts[i] in self.behind else 0
            for k in range(i + 1, min(i + 7, clause.end)) if step else ():
                if texts[k] in self.ahead_of or texts[k] in self.behind:
                    break  # the later word is the one before the competitor
                if table.ent[k] in COMPETITOR_LABELS:
                    return i, step
        return None

    def _beaten_in_multi_win(self, clause: Span, i: int) -> bool:
        """The one-two at token ``i`` goes to a make named before it, and only the beaten are named after "ahead
        of" ("… et offre à Mercedes un doublé devant Nyck de Vries"): the winner is the subject before."""
        marker = self.order_marker(clause)
        if marker is None or marker[1] < 0 or marker[0] < i:
            return False
        ent = TokenTable.of(clause.doc).ent
        return "MANUFACTURER" in ent[clause.start : i] \
            and all(ent[k] not in ("PERSON", "TEAM") for k in range(clause.start, marker[0]))

    def continues_subject(self, clause: Span) -> bool:
        """The clause opens with a coordinator and a word other than a name: it goes on with the subject before
        ("… und kam nach einem Zweikampf mit Glock als 13. ins Ziel")."""
        table = TokenTable.of(clause.doc)
        return len(clause) > 1 and table.text[clause.start] in self.coordinators \
            and table.ent[clause.start + 1] not in COMPETITOR_LABELS

    def fronted_rank(self, clause: Span) -> tuple[Cue, int] | None:
        """The rank opening a clause, alone or with its gap or a race day phrase, before a comma ("Troisième à 1'13"5,
        Thierry Neuville …", "Third, …", "Seventh at the finish, …"; after a qualifying word the
        session's: "Qualifié quatrième samedi, …"), and the token after the comma, where the competitor that has it
        is named."""
        table = TokenTable.of(clause.doc)
        texts = table.text
        start = clause.start + (texts[clause.start] in self.breaks)  # after the dateline's dash
        session = start + 1 < clause.end and texts[start].casefold() in self.qualifying
        start += session
        position = self.ordinals.get(texts[start].casefold()) if start < clause.end else None
        if position is None:
            return None  # most clauses
        comma = next_comma(texts, start, clause.end)
        rest = start + 1
        if self.race_day_phrases is not None and rest < comma \
                and (m := self.race_day_phrases.match(table.doc_text, table.idx[rest])) is not None:
            rest = bisect.bisect_left(table.idx, m.end(), rest, comma)  # "Septième à l'arrivée, Lewis Hamilton …"
        ents = table.ent
        # "Troisième du championnat, Juan Pablo Montoya …": the standing's rank
        standing = any(self._championship_texts[texts[k]] for k in range(rest, comma))
        if comma + 1 >= clause.end or any(ents[k] not in ("", "EVENT", "VENUE") for k in range(start, comma)) \
                or any(texts[k].isalpha() and not ents[k] and texts[k] not in self.margin_units
                       and texts[k] not in self.gap_words and texts[k] not in self.phrase_starters
                       and not (session and texts[k] in self.race_days)
                       and not (standing and (self._championship_texts[texts[k]] or self._category_texts[texts[k]]
                                              or texts[k] in self.descriptor_articles))
                       for k in range(rest, comma)):
            return None  # but "Troisième au Nürburgring, Grosjean …": a place may stand with the rank
        return Cue(start, "qualifying" if session else "championship" if standing else "race", position), comma + 1

    def starts_anew(self, clause: Span) -> bool:
        """The clause follows a dash, colon or semicolon: it has a subject of its own ("– Schnitzer-Crew als Dritte")."""
        table = TokenTable.of(clause.doc)
        return len(clause) > 0 and table.text[clause.start] in self.breaks and not table.alpha[clause.start]

    def race_day_at(self, doc: Doc, i: int) -> bool:
        """A race day phrase follows token ``i`` ("seventh today", "fourth at the finish"), or a race day stands among
        the three tokens before it, all of them words ("am Sonntag nur Zehnter")."""
        table = TokenTable.of(doc)
        if any(t in self.race_days for t in table.text[max(0, i - 3) : i]) and all(table.alpha[max(0, i - 3) : i]):
            return True
        return i + 1 < len(table.idx) and self.race_day_phrases is not None \
            and self.race_day_phrases.match(table.doc_text, table.idx[i + 1]) is not None

    def falls_back(self, clause: Span, i: int) -> bool:
        """A fallen word stands within three tokens of the place at token ``i`` ("dropped to eighth", "auf Position
        acht zurückfiel")."""
        texts = TokenTable.of(clause.doc).text
        return not self.fallen_words.isdisjoint(texts[max(clause.start, i - 3) : min(clause.end, i + 4)])

    def crosses_line(self, clause: Span) -> bool:
        """The clause speaks of crossing the finish line ("als Erster über die Ziellinie", "crossed the line third")."""
        return any(w.text in self.finish_line_words or w.last in self.finish_line_words for w in words_of(clause))

    def is_genitive(self, group: Group) -> bool:
        """The name is written as a possessor ("Tänak's hopes", "Ogiers Sieg"): no subject."""
        table = TokenTable.of(group.spans[0].doc)
        last = span_text(group.spans[-1])
        surname = group.names[-1].split()[-1]
        return (group.end < table.size and table.text[group.end] in self.possessive_marks) \
            or (last != group.names[-1] and any(last.endswith(surname + e) for e in self.genitive_endings))

    def is_coordinated(self, clause: Span) -> bool:
        """The clause opens with a coordinator ("und als bislang einziger Fahrer …")."""
        return len(clause) > 0 and TokenTable.of(clause.doc).text[clause.start] in self.coordinators

    def is_relative(self, clause: Span) -> bool:
        """The clause opens with a relative pronoun after a comma (", der als Tabellenführer …", ", der Zweiter
        wurde"), not with an article before a noun (or a rank and a noun), its verb and then a competitor (", den Sieg
        holten X für Audi", ", den dritten Rang belegte X")."""
        if not opens_after_comma(clause, self.relative_pronouns):
            return False
        table = TokenTable.of(clause.doc)
        k = clause.start + 1
        if k < clause.end and table.lower[k] and table.text[k] in self.ordinals:
            k += 1  # ", den dritten Rang belegte X": an ordinal before the noun
        return not (k + 2 < clause.end and table.alpha[k] and table.text[k][:1].isupper() and not table.ent[k]
                    and table.alpha[k + 1] and table.lower[k + 1]
                    and any(table.ent[j] in COMPETITOR_LABELS for j in range(k + 2, clause.end)))

    def is_aside(self, clause: Span) -> bool:
        """The clause opens with a relative pronoun or a subordinator after a comma (", als er ebenfalls für das
        Audi Sport Team Rosberg fuhr,"): the clause after it may go on with the sentence's subject."""
        return opens_after_comma(clause, self.aside_openers)

    def is_result_apposition(self, clause: Span) -> bool:
        """The clause opens with a result apposition after a comma (", a result that made them champions")."""
        table = TokenTable.of(clause.doc)
        return clause.start > 0 and table.text[clause.start - 1] == "," and self._opens_result_apposition(
            table, clause.start, clause.end)

    def _opens_result_apposition(self, table: TokenTable, i: int, end: int) -> bool:
        """Whether a result apposition starts at token ``i`` (its first four tokens read)."""
        return (table.text_between(i, min(i + 4, end)).casefold() + " ").startswith(self.result_appositions)

    def is_title_apposition(self, clause: Span) -> bool:
        """The clause is a title apposition to the name or descriptor before its comma ("Lewis Hamilton, champion of
        2008,", "Sebastian Asch, dem Champion von 2012 und 2015,", "The 39-year-old, world champion in 2000 and
        2002,")."""
        table = TokenTable.of(clause.doc)
        texts, s = table.text, clause.start
        if len(clause) < 2 or s < 2 or texts[s - 1] != "," or not (
                table.ent[s - 2] in ("PERSON", "TEAM") or texts[s - 2] == ")"
                or table.word_before(s - 1).casefold().endswith(self.descriptor_nouns)):
            return False
        first = s + 1 if texts[s] in self.descriptor_articles else s
        return self._opens_with_title(table, first, clause.end)

    def is_name_apposition(self, clause: Span) -> bool:
        """The clause ends with a short phrase between commas after a person's name, opening with an article
        ("Ekström, der Dritte von Moskau, war …", "Ekström, the winner in 2013, was …"): the clause after it goes on
        with the name."""
        table = TokenTable.of(clause.doc)
        texts, end = table.text, clause.end
        if end - clause.start < 3 or texts[end - 1] != ",":
            return False
        comma = next((i for i in range(end - 2, max(clause.start - 2, end - 10), -1) if texts[i] == ","), None)
        return comma is not None and comma > 0 and table.ent[comma - 1] == "PERSON" \
            and texts[comma + 1] in self.descriptor_articles \
            and all(table.ent[i] != "PERSON" for i in range(comma + 1, end))

    def opens_with_title(self, clause: Span) -> bool:
        """The clause opens with a title phrase ("Champion du monde des rallyes en 2004 …,", "World champion in …,")."""
        table = TokenTable.of(clause.doc)
        first = clause.start
        while first < clause.end and not table.alpha[first]:
            first += 1  # past a dash that opens it
        if first < clause.end and table.text[first] in self.descriptor_articles:
            first += 1
        return self._opens_with_title(table, first, clause.end)

    def _is_title_word(self, text: str) -> bool:
        """Whether a token is a title word or a compound ending in one ("Titel", "DTM-Titel", "champion")."""
        return text in self.title or text.casefold().endswith(self.title_suffixes)

    def _opens_with_title(self, table: TokenTable, first: int, end: int) -> bool:
        """A title word is token ``first`` or follows it after at most two modifiers or series names ("champion",
        "world champion", "world rally champion", "DTM champion")."""
        texts = table.text
        for k in range(first, min(first + 3, end)):
            if self._is_title_word(texts[k]):
                return True
            if not (texts[k].casefold() in self.title_modifiers or table.ent[k] == "SERIES"):
                return False
        return False

    def groups(self, clause: Span, joiners: frozenset[str] | None = None) -> list[Group]:
        """Crews (persons joined by ``crew_joiners``: und , / &), teams and manufacturers in a clause, in text order."""
        joiners = self.crew_joiners if joiners is None else joiners
        doc = clause.doc
        memo = doc.user_data.get("px_groups")
        if memo is None:  # not ``setdefault``: a new dict on every call
            memo = doc.user_data["px_groups"] = {}
        key = (len(doc), clause.start, clause.end, joiners)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._groups(clause, joiners)
        return found.copy()  # the same groups: no caller changes a group (``with_back_reference`` makes a new one)

    def _groups(self, clause: Span, joiners: frozenset[str]) -> list[Group]:
        doc = clause.doc
        table = TokenTable.of(doc)
        texts = table.text
        groups: list[Group] = []
        for ent in ents_within(doc, clause.start, clause.end):
            label = ent.label_
            if label not in ("PERSON", "TEAM", "MANUFACTURER"):
                continue
            last = groups[-1] if groups else None
            if last and last.label == "PERSON" and label == "PERSON":
                between = range(last.end, ent.start)
                linking = [i for i in between if texts[i] in joiners or texts[i] in self.partner_words]
                partner = [i for i in between if texts[i] in self.partner_nouns or texts[i] in self.possessives]
                if (len(between) <= 6 and all(i in linking or i in partner or _is_tag(table, i) for i in between)
                        and len(linking) <= 2 and (linking or not partner)) or (
                        # "X und Y", "X (GER)/Y (GBR)", "X gemeinsam mit Y", "X und Beifahrer Y"
                        self.crew_partners is not None and len(between) <= 12
                        and self.crew_partners.search(table.text_between(last.end, ent.start).rstrip())) \
                        or self._with_codriver(table, last.end, ent.start):
                    # "Loïc Duval gewann 2013 an der Seite von Tom Kristensen und Allan McNish": one crew
                    last.end = ent.end
                    last.names.append(name_of(ent))
                    last.spans.append(ent)
                    continue
            groups.append(Group.of(ent))
        return groups

    def _with_codriver(self, table: TokenTable, lo: int, hi: int) -> bool:
        """Whether tokens ``[lo, hi)`` between two persons are a few lower-case words, then a partner word and a
        co-driver noun ("gewann mit Beifahrer", "sicherte sich mit seinem Beifahrer", "won with co-driver")."""
        texts = table.text
        joint = next((i for i in range(lo, hi) if texts[i] in self.partner_words), None)
        if joint is None or joint - lo > 3 or not all(table.alpha[i] and table.lower[i] for i in range(lo, joint)):
            return False
        rest = [t for t in texts[joint + 1 : hi] if t not in self.possessives]
        return "".join(rest) in self.codriver_nouns or " ".join(rest) in self.codriver_nouns

    # -- what a clause states ---------------------------------------------------------------
    @staticmethod
    def _search(pattern: re.Pattern | None, clause: Span) -> int | None:
        """Token index where ``pattern`` first matches in the clause's text."""
        if pattern is None:
            return None
        m = pattern.search(span_text(clause))
        if not m:
            return None
        doc = clause.doc
        start = TokenTable.of(doc).first_token(doc, clause.start_char + m.start(), clause.start_char + m.end())
        return start if start is not None else clause.start

    def blocked(self, clause: Span) -> bool:
        """The clause only hopes, wishes or denies ("will gewinnen"); ``blocker_exceptions`` such as
        "nicht nur" ("not only") do not count."""
        if self.blockers is None or (self.blockers_avoid_cuts and self.blockers.search(span_text(clause)) is None):
            return False  # no blocker in the text, so none once the exceptions are cut out either
        return self.blockers.search(self._unexcepted(clause)) is not None

    def _unexcepted(self, clause: Span) -> str:
        """The clause's text without the phrases whose blocker words state a fact ("nicht nur", "kam nicht ins
        Ziel", "did not finish")."""
        text = span_text(clause)
        for pattern in (self.blocker_exceptions, self.retired_phrases):
            if pattern is not None:
                text = pattern.sub("", text)
        return text

    def only_misses(self, clause: Span) -> bool:
        """Whether every blocker of a blocked clause says what was missed ("verpasste als 14. die Punkte"):
        a rank given beside it stands."""
        found = [m.group(0) for m in self.blockers.finditer(self._unexcepted(clause))] if self.blockers else []
        return bool(found) and all(f in self.miss_words for f in found)

    def _championship_of_a_win(self, texts: list[str], i: int) -> bool:
        """Whether the word at ``i`` says in which championship a win came ("sa première victoire en Championnat du
        Monde", "le 99e succès en championnat du monde")."""
        return i >= 2 and texts[i - 1] in self.year_prepositions and self._win_texts[texts[i - 2]]

    def _is_championship(self, w: Word) -> bool:
        return self._championship_texts[w.text]

    def _is_win(self, w: Word) -> bool:
        """A win word, whatever its case; its last part counts ("Le-Mans-Sieg")."""
        return self._win_texts[w.text]

    def kind_of(self, clause: Span) -> str:
        """Championship, qualifying or race: from the clause's words; a bare "Rang zwei" in a clause
        with no word of its own takes the sentence's ("… als Meister fest, Ekström folgte auf Rang zwei")."""
        return remembered(clause, "kind", self._kind_of)

    def _kind_of(self, clause: Span) -> str:
        words = words_of(clause)
        table = TokenTable.of(clause.doc)
        texts = table.text
        back = self.back_reference(clause)
        described = range(back + 1, back + 3) if back is not None else range(0)  # "Der Weltmeister von 2001 …"
        cue_texts = self._cue_texts
        # championship and win words among them; not a descriptor's ("Der Weltmeister von 2001 belegte Rang zwei") nor a
        # win's in the championship ("sa première victoire en Championnat du Monde")
        # nor a leader's epithet and the word before it ("Tabellenführer X wurde Dritter", "Championship leader X
        # finished third": the race's third)
        epithets = {k for n, w in enumerate(words) if self._leader_epithet(table, w) for k in (n, n - 1)} \
            if not self.leader_nouns.isdisjoint(texts[clause.start : clause.end]) else ()
        cued = [w for n, w in enumerate(words) if not w.entity and cue_texts[w.text] and w.i not in described
                and n not in epithets and not self._championship_of_a_win(texts, w.i)]
        if any(self._is_championship(w) for w in cued):
            idiom = self._idiom_tokens(clause)  # "sur sa C4 engagée à titre privé": no title
            cued = [w for w in cued if w.i not in idiom]
        rounds = [w.i for w in words if w.text in self.round_nouns]
        phrase = self._search(self.championship_phrases, clause)
        if any(self._is_championship(w) and not any(0 < w.i - r <= 3 for r in rounds)
               and not (w.j < clause.end and (texts[w.j] in self.race_nouns or texts[w.j] in self.round_nouns
                                              or texts[w.j] in self.standing_qualifiers))
               for w in cued) \
                or (phrase is not None and not any(0 < phrase - r <= 3 for r in rounds)) \
                or (self.standing_points is not None and self.standing_points.search(span_text(clause))) \
                or (self.season_phrases is not None and self.season_phrases.search(span_text(clause))
                    and not self.names_a_race(sentence_of(clause))):  # "finished third this year"
            return "championship"  # "Mortara folgt mit 93 Zählern auf Rang zwei"; not "septième manche du championnat",
            # "the team's first World Championship race", "a maiden world championship podium"
        ents = table.ent
        # a qualifying word six words after a start marker is where the car started ("parti dernier après son accident
        # en qualifications")
        if any((w.text in self.qualifying and not self._grid_slot(words, k, 6))
               or ((w.text in self.pole or w.last in self.pole) and not (w.j < len(ents) and ents[w.j] == "PERSON")
                   and not self._grid_slot(words, k))
               for k, w in enumerate(words) if not w.entity):
            # "von Startplatz acht", "from eighth on the grid" are grid slots: no qualifying result; "Polesetter Max
            # Verstappen fiel auf Position fünf zurück" names the pole-sitter's race, "Parti en pole position, X a
            # remporté …" the race won from it
            return "qualifying"
        if any(self._is_win(w) for w in cued):
            return "race"
        sentence = sentence_of(clause) if clause.start < len(clause.doc) else clause
        if sentence != clause and self._after_qualifying(sentence, clause):
            return "qualifying"  # "… im Qualifying die Bestzeit vor X; sein Teamkollege Z komplettierte als Vierter …"
        raceless = sentence != clause and not self.names_a_race(clause)  # a part of its sentence naming no race
        if raceless and self._after_standing(sentence, clause):
            return "championship"  # "… à la onzième place du championnat, juste devant Esteban Ocon, douzième"
        if sentence != clause and self.in_standing_scope(sentence, clause):
            return "championship"  # "Au classement final des pilotes, …, tandis que Latvala complète le podium"
        if raceless:
            # a title word earlier in the sentence, not one held before ("X, the defending champion, finished fifth"),
            # unless the clause names a race or podium ("…, der 2016 Meister geworden war, komplettierte das Podium")
            colon = next((k for k in range(clause.start, sentence.start - 1, -1) if texts[k] == ":"),
                         sentence.start)  # the clause may open with it
            titled = [w for w in words_of(sentence) if not w.entity and colon <= w.i < clause.end
                      and (w.text in self.title or w.last in self.title)  # not before a colon: another statement
                      and w.i not in described  # a descriptor: who is placed ("Der Weltmeister von 2001 belegte …")
                      and not ((texts[w.i - 1] in self.descriptor_articles or (
                                   texts[w.i - 2] in self.descriptor_articles and texts[w.i - 1].islower()))
                               and w.text.casefold().endswith(self.descriptor_nouns))  # "Le champion du monde 2001 …",
                      # "The world champion, …, had fought his way from tenth to third"
                      and not (texts[w.i - 1] == "," and table.ent[w.i - 2] == "PERSON")  # "X, Meister von 2008, …"
                      # "hinter dem neuen Weltmeister Hamilton Zweiter"
                      and not self._before_name(table, w.j, ("PERSON",))]
            if titled:
                idiom = self._idiom_tokens(sentence)
                # nor a word of an epithet before a name ("Newly crowned champion Kalle Rovanperä, …, finished only
                # twelfth")
                epithet = {k for i, _ in self._epithets(sentence) for k in range(i - 2, i + 1)}
                fronted = self._fronted_description(sentence)  # "Tout juste sacré, le champion du monde X, …"
                titled = [w for w in titled if w.i not in idiom and w.i not in epithet and w.i not in fronted]
            if titled:
                held = self._held_titles(sentence)
                if any(not held.covering(table.idx[w.i]) for w in titled):
                    return "championship"
        return "race"

    def _fronted_description(self, sentence: Span) -> range:
        """The tokens of a phrase of at most four words opening the sentence before a comma and describing the person
        named right after it ("Tout juste sacré, le champion du monde Kalle Rovanperä …")."""
        table = TokenTable.of(sentence.doc)
        start = sentence.start + (sentence.start < sentence.end and table.text[sentence.start] in self.breaks)
        comma = next_comma(table.text, start, min(start + 5, sentence.end))
        if comma >= min(start + 5, sentence.end) or any(table.ent[k] for k in range(start, comma)) \
                or "PERSON" not in table.ent[comma + 1 : min(comma + 6, sentence.end)]:
            return range(0)
        return range(start, comma)

    def in_standing_scope(self, sentence: Span, clause: Span) -> bool:
        """The sentence opens with a phrase naming the standings and the clause, not a relative one nor after a colon,
        names no race noun or meeting: its ranks and podium are the standing's ("In der Fahrerwertung liegt Massa
        weiterhin auf Position zehn, Stroll verbessert sich auf Rang zwölf")."""
        table = TokenTable.of(clause.doc)
        return self._opens_with_standing(sentence) and not self.is_relative(clause) \
            and ":" not in table.text[sentence.start : clause.start] and not self.names_race_noun(clause) \
            and "EVENT" not in table.ent[clause.start : clause.end]

    def _opens_with_standing(self, sentence: Span) -> bool:
        """The sentence opens with a phrase naming the standings, before any name ("In der Fahrerwertung liegt
        Massa weiterhin auf Position zehn, Stroll verbessert sich auf Rang zwölf"): every rank in it is one."""
        table = TokenTable.of(sentence.doc)
        start = sentence.start + (sentence.start < sentence.end and table.text[sentence.start] in self.breaks)
        if start >= sentence.end or table.text[start] not in self.scope_prepositions:
            return False
        for i in range(start + 1, min(start + 6, sentence.end)):
            text = table.text[i]
            if table.ent[i] or not (table.alpha[i] or text in APOSTROPHES):
                return False
            if self._championship_texts[text] or any(text in words for words in self.category_words.values()):
                return True  # "In der Fahrerwertung", "In the drivers' standings", "Au classement final des pilotes"
        return False

    def _after_standing(self, sentence: Span, clause: Span) -> bool:
        """``clause`` ends in a bare rank after a name and its comma ("…, juste devant Esteban Ocon, douzième.") and
        an earlier clause of its sentence states a ranked standing; or it follows a semicolon after one, or a comma
        and opens with a competitor in a few words."""
        table = TokenTable.of(clause.doc)
        before = [c for c in self.clauses(sentence) if c.end <= clause.start]
        if before and (";" in (table.text[clause.start], table.text[clause.start - 1]) or (
                table.text[clause.start - 1] == "," and table.ent[clause.start] in COMPETITOR_LABELS
                and table.ent_begin[clause.start] and sum(table.alpha[clause.start : clause.end]) <= 6)):
            # "X are runners-up among the drivers; Y finished third", "X führt die Fahrerwertung … an, Hamilton ist
            # Dritter, …": the list of standings goes on
            return any(c.kind == "championship" and c.position for c in self.placings(before[-1]))
        comma = next((k for k in range(clause.end - 1, clause.start, -1) if table.text[k] == ","), None)
        if comma is None or not (table.ent[comma - 1] == "PERSON" or table.text[comma - 1] == ")") \
                or not 0 < sum(table.alpha[comma + 1 : clause.end]) <= 2:
            return False
        return any(c.kind == "championship" and c.position for b in before for c in self.placings(b))

    def _after_qualifying(self, sentence: Span, clause: Span) -> bool:
        """``clause`` follows a semicolon after a clause ranking the qualifying session and names no race of its own."""
        texts = TokenTable.of(clause.doc).text
        if ";" not in (texts[clause.start], texts[clause.start - 1] if clause.start else ""):
            return False
        before = [c for c in self.clauses(sentence) if c.end <= clause.start]
        return bool(before) and not self.names_race_noun(clause) \
            and any(c.kind == "qualifying" for c in self.placings(before[-1]))

    def names_qualifying(self, span: Span) -> bool:
        """Whether the span has a word of the qualifying session that is no grid slot ("Im Qualifying", not
        "von Startplatz zehn")."""
        words = [w for w in words_of(span) if not w.entity]
        return any(w.text in self.qualifying and not self._grid_slot(words, k) for k, w in enumerate(words))

    def names_race_noun(self, span: Span) -> bool:
        """Whether the span has a word for a race ("Rennen", "rally", "manche")."""
        return any(w.text in self.race_nouns or w.last in self.race_nouns for w in words_of(span) if not w.entity)

    def race_named_after(self, clause: Span, i: int, reach: int = 4) -> bool:
        """Whether a race or an event is named within ``reach`` tokens after token ``i`` ("Platz drei beim
        6-Stunden-Rennen von Shanghai", "Rang zwei beim Rennen in Hockenheim", "second in the BAPCO 8 Hours of
        Bahrain")."""
        table = TokenTable.of(clause.doc)
        return any(table.ent[k] == "EVENT" or table.text[k] in self.race_nouns or _LAST_PARTS[table.text[k]]
                   in self.race_nouns for k in range(i + 1, min(i + 1 + reach, clause.end)))

    def names_a_win(self, span: Span) -> bool:
        """Whether the span has a win word ("victories", "Siege")."""
        return any(self._is_win(w) for w in words_of(span) if not w.entity)

    def names_a_race(self, span: Span) -> bool:
        """Whether the span has a word of a race, a win or a podium ("Rennen", "gewann", "Pole", "Podium")."""
        race_texts = self._race_texts
        return any(race_texts[w.text] for w in words_of(span) if not w.entity)

    def _reads_as_race(self, t: str) -> bool:
        """Whether a word with text ``t`` names a race, a win or a podium (``names_a_race``)."""
        last = _LAST_PARTS[t]
        return self._win_texts[t] or t in self.race_nouns or last in self.race_nouns or t in self.qualifying \
            or t in self.pole or last in self.pole or t in self.podium or last in self.podium

    def _held_titles(self, span: Span, *, epithets: bool = True) -> Ranges:
        """Character ranges of the span's phrases naming a title held before ("amtierender Meister"),
        counted ("der neunmalige Champion") or, with ``epithets``, standing before a name as its epithet."""
        return remembered(span, "held_titles", self._read_held_titles, epithets)

    def _read_held_titles(self, span: Span, epithets: bool) -> Ranges:
        held, text, at = [], span_text(span), 0
        # overlapping matches: "le double champion en titre" holds "double champion" and "champion en titre"
        while self.not_title is not None and (m := self.not_title.search(text, at)) is not None:
            held.append((span.start_char + m.start(), span.start_char + m.end()))
            at = m.start() + 1
        table = TokenTable.of(span.doc)
        idx, texts = table.idx, table.text
        if self.title_count_endings or self.held_title_modifiers or self.reigning_after:
            words = words_of(span)
            for k, w in enumerate(words):
                if not (w.text in self.title or w.last in self.title):
                    continue
                if (end := self._held_after(texts, w.j)) is not None:  # "Götz, champion DTM en titre, …"
                    held.append((idx[w.i], idx[end - 1] + len(texts[end - 1])))
                    continue
                # "der neunmalige Champion", "a three-time IndyCar champion", "Götz, der amtierende DTM-Champion,": a
                # count, or a held-title word where no name follows (that is an epithet: "reigning world champions X"),
                # one word apart at most, not counting a name between ("the reigning Intercontinental GT Challenge
                # champion"), and no years after it ("zweifacher Weltmeister von 2005 und 2006" names its titles)
                near = [b for b in words[max(0, k - 6) : k] if not b.entity][-2:]
                before = next((b for b in near if b.text.endswith(self.title_count_endings)
                               or (b.text in self.held_title_modifiers and not self._before_name(table, w.j))), None)
                if any(YEAR_TOKEN.match(x.text) for x in words[k + 1 : k + 4]):
                    continue
                start = idx[before.i] if before is not None else None
                if start is not None and not any(a <= start < b for a, b in held):
                    held.append((start, idx[w.j - 1] + len(texts[w.j - 1])))
        if epithets:
            held += [(idx[i], idx[j - 1] + len(texts[j - 1])) for i, j in self._epithets(span)
                     if not any(a <= idx[i] < b for a, b in held)]
        return Ranges(held)

    def categories(self, clause: Span) -> set[str]:
        found = set()
        words = words_of(clause)
        ents = TokenTable.of(clause.doc).ent
        for k, w in enumerate(words):
            named = self._category_texts[w.text]
            if not named or w.entity or (any(x.text in self.beneficiaries for x in words[max(0, k - 3) : k])
                                         and not self._is_championship(w)
                                         and not any(x.text in self.title or x.last in self.title
                                                     for x in words[k : k + 3])):
                continue  # not "für das Team aus Maranello": whom it was won for; but "for the manufacturers' title"
            names_team = w.i > 0 and ents[w.i - 1] == "TEAM"  # "der Pilot des Lechner Racing Teams": the name goes on
            found.update(cat for cat in named if not (names_team and cat == "team"))
        return found

    def _number(self, text: str) -> int | None:
        m = self.numeric_ordinal.match(text)
        if m:
            return int(m.group(1))
        if _is_number(text) and len(text) <= 2:
            return int(text)
        return self.numbers.get(text) or self.ordinals.get(text.casefold())

    def top_completed(self, sent: Span) -> tuple[int, int, int | None] | None:
        """``(verb index, size, podium index)`` where a sentence says its competitors complete a top group
        ("… completed the top ten", "Die Top Ten komplettierten …") or the podium, a top three ("X und Y
        komplettierten das Podium"; the podium word's index, else None)."""
        texts = TokenTable.of(sent.doc).text
        if self.podium_completers.isdisjoint(texts[sent.start : sent.end]):
            return None  # one set test spares the walk through the many sentences with no such verb
        verb = next((i for i in range(sent.start, sent.end) if texts[i] in self.podium_completers), None)
        if verb is None:
            return None
        m = self.top_pattern.search(span_text(sent)) if self.top_pattern is not None else None
        if m:
            return verb, self.top_groups[m.group(0)], None
        for i in range(sent.start + 2, sent.end):  # "komplettierten die ersten drei Startplätze"
            if texts[i] in self.position_nouns or texts[i] in self.qualifying:
                top = self._top_places(texts[i - 2], texts[i - 1])
                if top:
                    return verb, top, i
        podium = next((i for i in range(sent.start, sent.end) if texts[i] in self.podium), None)
        if podium is None or any(texts[i].casefold() in self.ordinals or texts[i] in self.position_nouns
                                 for i in range(sent.start, sent.end)):
            return None  # "… ont complété le podium à la troisième place": the rank is named
        return verb, 3, podium

    def split_particle(self, clause: Span, i: int) -> int | None:
        """Where the particle of a separable retirement verb at ``i`` stands in its clause ("fielen … aus"), if it is
        one: the names between the two are its subject."""
        texts = TokenTable.of(clause.doc).text
        particle = self.retired_split.get(texts[i])
        return next((j for j in range(i + 1, clause.end) if texts[j] == particle), None) if particle else None

    def says_each(self, clause: Span) -> bool:
        """Whether an unranked placing goes to each person named ("both retired"), not to one crew."""
        return not self.each_words.isdisjoint(TokenTable.of(clause.doc).text[clause.start : clause.end])

    def heads_race_list(self, head: Span) -> bool:
        """Whether the words heading a numbered list name a race's classification ("Final classification"), though
        they hold a standing's word."""
        return self._search(self.race_list_heads, head) is not None

    def says_likewise(self, clause: Span) -> bool:
        """Whether the clause opens after a comma with a phrase giving its competitors the placing before ("…, tout
        comme Jari-Matti Latvala", "…, as did …", "…, ebenso wie …")."""
        table = TokenTable.of(clause.doc)
        return clause.start > 0 and table.text[clause.start - 1] == "," and self.likewise is not None \
            and self.likewise.match(table.doc_text, table.idx[clause.start]) is not None

    def adds_wins(self, clause: Span) -> bool:
        """Whether the clause adds wins at the places it lists to the win before ("and after that came Chile")."""
        return self._search(self.more_wins, clause) is not None

    def defends(self, clause: Span, cue: int) -> bool:
        """Whether the part of the clause between the commas around title word ``cue`` says the title was defended
        ("verteidigt beide WM-Titel"): won the season before too (not "1990 hatte Stuck den Titel geholt, ein Jahr
        später verteidigte Biela die Krone")."""
        texts = TokenTable.of(clause.doc).text
        return any(texts[i] in self.defended_words for i in range(*comma_part(texts, cue, clause.start, clause.end)))

    def run_length(self, clause: Span, cue: int) -> int | None:
        """How many titles in a row a clause counts at title word ``cue`` ("Neuvième titre consécutif",
        "der siebte Titel in Folge", "ninth consecutive title"), if it says they are consecutive."""
        if not self.is_consecutive(clause):
            return None
        table = TokenTable.of(clause.doc)
        texts = table.text
        # before the title word ("Neuvième titre", "zum sechsten Mal in Folge den WM-Titel"), else after it
        # ("champions pour la cinquième fois consécutive"), not in a name ("Formel 1"); else an ordinal after the
        # clause's last comma ("… seit 2014 Mercedes, zum achten Mal in Folge")
        comma = max((i for i in range(cue + 1, clause.end) if texts[i] == ","), default=None)
        ordinals = [] if comma is None else [
            i for i in range(comma + 1, clause.end) if texts[i].casefold() in self.ordinals]
        for i in [*range(cue - 1, max(clause.start, cue - 5) - 1, -1), *range(cue + 1, min(cue + 7, clause.end)),
                  *ordinals[:1]]:
            if table.ent[i]:
                continue
            n = self._number(texts[i])
            if n is not None:
                return n if 2 <= n <= 15 else None
        return None

    def title_count(self, clause: Span, cue: int) -> int | None:
        """The number of titles counted right before title word ``cue`` ("neuf fois champion", "nine-time",
        "neunmaliger")."""
        texts = TokenTable.of(clause.doc).text
        read = 0
        for i in range(cue - 1, clause.start - 1, -1):
            word = texts[i]
            if not word[:1].isalnum():
                continue  # the mark of a possessive ("six consecutive constructors' titles")
            read += 1
            if read > 3:
                break
            stem = next((word[: -len(e)] for e in self.title_count_endings
                         if word.endswith(e) and len(word) > len(e)), word)
            n = self._number(word) or self._number(stem)
            if n is not None:
                return n
        return None

    def times_after(self, clause: Span, i: int) -> int | None:
        """A count of times within three words after token ``i`` ("viermal", "four times", "quatre fois")."""
        texts = TokenTable.of(clause.doc).text
        for k in range(i + 1, min(i + 4, clause.end)):
            word = texts[k]
            stem = next((word[: -len(x)] for x in self.times_words if word.endswith(x) and len(word) > len(x)), None)
            if stem:  # "viermal"
                n = self._number(stem)
            elif k + 1 < clause.end and texts[k + 1] in self.times_words:  # "four times"
                n = self._number(word)
            else:
                n = None
            if n is not None:
                return n
        return None

    def _positions_after(self, words: list[Word], k: int) -> list[int]:
        """``zwei``, ``zwei und drei``, ``fünf bis sieben``: the positions written after a position noun."""
        first = self._number(words[k].text) if k < len(words) else None
        if first is None:
            return []
        positions = [first]
        while k + 2 < len(words):
            joiner, nxt = words[k + 1].text, self._number(words[k + 2].text)
            if nxt is None or joiner not in self.list_joiners | self.range_words:
                break
            positions.extend(range(positions[-1] + 1, nxt + 1) if joiner in self.range_words else [nxt])
            k += 2
        return positions

    def _grid_slot(self, words: list[Word], k: int, reach: int = 4) -> bool:
        """Whether the position or qualifying word ``words[k]`` follows a start marker within ``reach`` words, with
        no position noun between ("vom 15. Startplatz auf Rang drei": "Rang" is no grid slot; "from eighth on the
        grid"); not a word of a name ("beim Großen Preis von Ungarn und Rang drei")."""
        for x in reversed(words[max(0, k - reach) : k]):
            if x.text in self.position_nouns or x.last in self.position_nouns:
                return False
            if x.text in self.start_markers and not x.entity:
                return True
        return False

    def _ordinals_before(self, words: list[Word], k: int) -> list[int]:
        """``dritten``, ``septième et huitième``: the positions written as ordinals before a position noun."""
        positions: list[int] = []
        while k > 0:
            prev = words[k - 1].text
            one = self.ordinals.get(prev.casefold()) or (self._number(prev) if self.numeric_ordinal.match(prev) else None)
            if not one:
                break
            positions.insert(0, one)
            if not (k >= 3 and words[k - 2].text in self.list_joiners):
                break
            k -= 2
        return positions

    def _ordinal_after_name(self, words: list[Word], k: int, nxt: str) -> bool:
        """Whether ordinal ``k`` places the name before it ("et Caterham la dixième"): a follower word or a line's end
        comes next."""
        if not (_after_name(words, k) or (k >= 2 and (words[k - 1].text in self.descriptor_articles
                                                      or words[k - 1].text in self.ordinal_adverbs)
                                          and _after_name(words, k - 1))):
            return False  # also "with Kobayashi, Conway and López now second"
        return nxt in self.after_name_followers or not nxt.strip()

    def _ordinal_range(self, words: list[Word], k: int) -> list[int]:
        """The ordinal ``words[k]`` alone, or the positions of a range it opens ("took fourth to sixth")."""
        first = self.ordinals[words[k].text.casefold()]
        if k + 2 < len(words) and words[k + 1].text in self.range_words:
            last = self.ordinals.get(words[k + 2].text.casefold(), 0)
            if first < last <= first + 5:
                return list(range(first, last + 1))
        return [first]

    def _counts_rounds(self, words: list[Word], k: int) -> bool:
        """The ordinal ``words[k]`` numbers a round: a round noun follows it, or "of/des/von" and a count does."""
        after = [w.text for w in words[k + 1 : k + 4]]
        if after[:1] and after[0] in self.round_nouns:
            return True
        return len(after) == 3 and after[2] in self.round_nouns and self._is_count(after[1])

    def _after_ordinal_cue(self, words: list[Word], k: int) -> bool:
        """A lowercase ordinal right after an ordinal cue ("finished third"), or listed after one, a pole or an ordinal
        placing the name before it ("in second and third", "on pole and second", "X and Y second and third") or after a
        rank with its noun earlier in the clause ("second place in … and third in …"), or right before an overall word
        ("… a lap clear of the GT1 field and fourth overall")."""
        if k + 1 < len(words) and words[k + 1].text in self.overall_words \
                and not (k + 2 < len(words) and self._win_texts[words[k + 2].text]):  # not "its 20th overall win"
            return True
        if self._in_colon_list(words, k):
            return True  # "trois podiums : troisième en Corée, troisième à Suzuka": ranks with their places
        while k > 1 and words[k - 1].text in self.ordinal_adverbs:
            k -= 1  # "was only third"
        while k > 0:
            prev = words[k - 1].text
            if prev in self.ordinal_cues:
                return True
            if not (prev in self.list_joiners and k >= 2):
                return False
            if words[k - 2].text in self.pole:
                return True  # "on pole and second"
            if words[k - 2].text in self.overall_words and k >= 3 and words[k - 3].text.casefold() in self.ordinals:
                return True  # "eighth overall and fourth in GT1"
            if words[k - 2].text.casefold() not in self.ordinals:
                # "after second place in the 2015 Hungarian Grand Prix and third in …": a rank with its noun before
                return any(words[j].text.casefold() in self.ordinals and words[j + 1].text in self.position_nouns
                           for j in range(k - 2))
            k -= 2  # "in second and third"
            if self._ordinal_after_name(words, k, words[k + 1].text):
                return True  # "with Juan Pablo Montoya and David Coulthard second and third"
        return False

    def _in_colon_list(self, words: list[Word], k: int) -> bool:
        """Whether the ordinal ``words[k]`` is one of a list of ranks with their places that opens its clause after
        a colon (": troisième en Corée, troisième à Suzuka", ": third in Korea, third at Suzuka")."""
        if not words or words[0].text != ":" or k + 1 >= len(words) or words[k + 1].text not in self.phrase_starters \
                or not any(w.entity for w in words[k + 2 : k + 4]):
            return False  # not "un départ remarquable : septième sur la grille"
        return all(w.entity or w.text == "," or w.text in self.list_joiners or w.text in self.phrase_starters
                   or w.text.casefold() in self.ordinals for w in words[1:k])

    def opens_colon_list(self, clause: Span) -> bool:
        """Whether the clause is a list of ranks with their places after a colon (its subject the sentence's)."""
        words = words_of(clause)
        return len(words) > 2 and words[1].text.casefold() in self.ordinals and self._in_colon_list(words, 1)

    def said_overall(self, doc: Doc, i: int) -> bool:
        """Whether an overall word follows the cue at token ``i`` ("eighth overall") or the cue is a rank word
        beginning with one ("Gesamtsiebter"): a rank in no class."""
        texts = TokenTable.of(doc).text
        return (i + 1 < len(texts) and texts[i + 1] in self.overall_words) \
            or (bool(self.overall_prefixes) and texts[i].startswith(self.overall_prefixes) and texts[i] in self.vice)

    def _overall_in_classes(self, clause: Span) -> bool:
        """Whether the document names a class and the clause no standing besides its overall rank word: that rank is
        the race's ("Gesamtfünfte wurden Neel Jani, Nick Heidfeld und Nicolas Prost" in a report on a race of
        classes)."""
        texts = TokenTable.of(clause.doc).text
        if self._search(self.championship_phrases, clause) is not None or any(
                self._championship_texts[t] for t in texts[clause.start : clause.end]
                if not t.startswith(self.overall_prefixes)):
            return False
        doc = clause.doc
        named = doc.user_data.get("px_names_classes")  # searched once per document
        if named is None:
            named = doc.user_data["px_names_classes"] = self._names_class(doc[:])
        return named

    def _names_class(self, span: Span) -> bool:
        """Whether ``span`` names a class ("LMP2-Klasse", "in der Bronze-Wertung")."""
        return any(part in self.class_labels for t in TokenTable.of(span.doc).text[span.start : span.end]
                   for part in t.split("-"))

    def _counts_races(self, doc: Doc, words: list[Word], k: int) -> bool:
        """Whether a count above one and a race noun follow the word at ``k`` ("drei Rennen", "three races"),
        with no list of the places after a colon ("vier Rennen: in Melbourne, …")."""
        for n in [*range(max(0, k - 3), k - 1), *range(k + 1, min(k + 3, len(words) - 1))]:
            # "gewann 2015 drei Rennen", "Vier Rallyes gewann Hyundai"
            if self._is_count(words[n].text) or self._is_count(words[n].text.lower()):
                noun, m = words[n + 1], n + 1
                while m < min(n + 3, len(words) - 2) and words[m].text.islower() and len(words[m].text) <= 3:
                    m += 1  # "16 der 19 Rennen", "16 of the 19 races": the count of all races after the first
                if m > n + 1 and self._is_count(words[m].text):
                    noun = words[m + 1]
                texts = TokenTable.of(doc).text
                return (noun.text in self.race_nouns or noun.text.rstrip("s") in self.race_nouns) \
                    and not (noun.j < len(texts) and texts[noun.j] == ":")
        return False

    def _counts_times(self, words: list[Word], k: int) -> bool:
        """Whether a count of times stands within four words before or eight after the word at ``k`` ("13 times",
        "13 Mal gewonnen", "13-mal", "Zehnmal", "13 fois")."""
        for n in [*range(max(0, k - 4), k), *range(k + 1, min(k + 9, len(words)))]:
            w = words[n]
            if w.last in self.times_words and w.text != w.last and self._is_count(_first_parts(w)):
                return True
            if self._counted_times[w.text]:
                return True  # "Zehnmal", "dreimal"
            if n and w.text in self.times_words and self._is_count(words[n - 1].text):
                return True
        return False

    def _top_places(self, a: str, b: str) -> int | None:
        """N for "ersten drei", "first three", "trois premières": the first N places."""
        for first, count in ((a, b), (b, a)):
            n = self.numbers.get(count)
            if first in self.first_words and n and 2 <= n <= 10:
                return n
        return None

    def _is_count(self, text: str) -> bool:
        """A cardinal above one before a cue ("sieben Podestplätze") makes it a count, not a placing."""
        if _is_number(text) and len(text) <= 2:
            return int(text) >= 2
        return self.numbers.get(text, 0) >= 2

    def placings(self, clause: Span) -> list[Cue]:
        """Every placing the clause states, in text order (one per cue word)."""
        return remembered(clause, "placings", self._placings)

    def _placings(self, clause: Span) -> list[Cue]:
        if not self.may_state(clause):
            return []
        words = words_of(clause)
        kind = partial(self.kind_of, clause)  # read when a cue first needs it: a third of the clauses state none
        plain_words = {w.text for w in words if not w.entity}
        # "vier Siege in Melbourne, Bahrain, Shanghai und Sotschi": a count of wins over listed places is a win at each
        places = _place_starts(clause.doc)
        listed_places = bisect.bisect_left(places, clause.end) - bisect.bisect_left(places, clause.start) >= 2
        if not listed_places and (dashed := dashed_after(clause)) is not None:
            # "mit fünf Siegen in Serie eröffnet – in Irland, Norwegen, Zypern, Portugal und Argentinien –"
            listed_places = bisect.bisect_left(places, dashed.end) - bisect.bisect_left(places, dashed.start) >= 2
        # … or over listed seasons ("vier Monte-Siege gelangen ihm 1980 mit Fiat, 1982 mit Opel, …")
        # (seasons listed are two year tokens at least: the count word is looked for only then)
        listed_places = listed_places or (len(year_tokens(clause.doc, clause.start, clause.end)) >= 2
                                          and any(w.text.casefold().endswith(self.win_count_endings) for w in words)
                                          and len(self.listed_years(clause)) >= 2)
        cues: list[Cue] = []
        vice_at: set[int] = set()
        cue_texts = self._cue_texts
        range_ends: set[int] = set()  # the last ordinal of a range read with its first ("fourth to sixth")
        behind_winner = None  # a win word after "behind": the subject second to that winner
        for k, w in enumerate(words):
            if w.entity or not cue_texts[w.text] or k in range_ends:
                continue  # every placing below is stated by a cue word
            t = w.text
            prev = words[k - 1].text if k else ""
            nxt = words[k + 1].text if k + 1 < len(words) else ""
            before_prev = words[k - 2].text if k >= 2 else ""
            is_win = self._is_win(w) or t.casefold().endswith(self.win_suffixes)
            if (t in self.position_nouns or w.last in self.position_nouns) and k >= 2:
                top = self._top_places(words[k - 2].text, prev)
                if top:  # "belegen X, Y und Z die ersten drei Plätze", "les trois premières places": one each
                    groups = self.groups(clause)
                    persons = [n for g in groups if g.label == "PERSON" for n in g.names]
                    teams = [g for g in groups if g.label == "TEAM"]
                    if len(persons) == top or (not persons and len(teams) == top):
                        cues.extend(Cue(w.i, kind(), p) for p in range(1, top + 1))
                    continue
            if (prev and self._is_count(prev) and before_prev not in self.number_labels
                    and not (listed_places and is_win) and not (
                        prev in self.crew_sizes and is_win and t.islower()
                        and (before_prev in self.descriptor_articles or before_prev in self.same_words))):
                continue  # "sieben Podestplätze" counts; "mit der Startnummer 2 gewonnen", "the three won" do not
            if t in self.pole or w.last in self.pole or (w.text.split("-")[0] in self.pole and "-" in w.text):
                if self._pole_epithet(TokenTable.of(clause.doc), w):
                    continue  # "ahead of pole-sitter Kimi Räikkönen": a pole of its own (``placing_epithets``)
                if not self._counts_times(words, k):  # not "started from pole position five times"
                    cues.append(Cue(w.i, "qualifying", 1))  # "16. Pole-Position für BMW": the pole, counted
                continue
            if t in self.position_nouns or w.last in self.position_nouns:
                if self._grid_slot(words, k):
                    continue  # "von Rang sechs gestartet", "Parti de la 16e place": a grid slot
                positions = self._positions_after(words, k + 1) or self._ordinals_before(words, k)
                if positions:
                    cues.extend(Cue(w.i, kind(), p) for p in positions)
                    continue
            fastest, after = (t, nxt) if t in self.fastest else (f"{t} {nxt}", words[k + 2].text if k + 2 < len(
                words) else "") if t in self.fastest_firsts else (None, "")  # "meilleur temps"
            if fastest in self.fastest and (not after.casefold().endswith(self.not_after_fastest)
                                            or self.names_qualifying(clause)):  # "im Qualifying die schnellste Runde"
                if k and prev.casefold() in self.ordinals:
                    # "third fastest in qualifying", "a surprise second fastest": the ordinal's rank, in qualifying
                    if cues and cues[-1].i == words[k - 1].i:
                        cues[-1] = Cue(cues[-1].i, "qualifying", cues[-1].position)
                    else:
                        cues.append(Cue(words[k - 1].i, "qualifying", self.ordinals[prev.casefold()]))
                    continue
                cues.append(Cue(w.i, "qualifying", self.fastest[fastest]))  # "mit der zweitschnellsten Zeit"
                continue
            m = _P_NUMBER.match(t)
            if m and (nxt in self.class_words or self._championship_texts[nxt] or self._category_texts[nxt]):
                continue  # "the P2 drivers' championship", "the P2 class": a class's name, no place
            if m:
                cues.append(Cue(w.i, kind(), int(m.group(1))))
                continue
            if t.casefold() in self.ordinals and self._counts_rounds(words, k):
                continue  # "septième manche du championnat", "huitième des douze manches": which round, no place
            if (t.casefold() in self.ordinals and nxt not in self.position_nouns and not nxt[:1].isupper()
                    and (t[:1].isupper() if self.standalone_ordinals_capitalised
                         else self._after_ordinal_cue(words, k) or self._ordinal_after_name(words, k, nxt))):
                positions = self._ordinal_range(words, k)
                cues.extend(Cue(w.i, kind(), p) for p in positions)
                if len(positions) > 1:
                    range_ends.add(k + 2)
                continue
            if self.numeric_ordinal.match(t) and prev == "(" and nxt == ")" and k >= 2 \
                    and TokenTable.of(clause.doc).ent[words[k - 2].i] == "PERSON" and (n := self._number(t)):
                cues.append(Cue(w.i, kind(), n))  # "Suivent Paul Di Resta (6e), Augusto Farfus (7e) …": its name's
                continue
            if (self.numeric_ordinal.match(t) and self._after_ordinal_cue(words, k) and not nxt[:1].isupper()
                    and nxt not in self.position_nouns and (n := self._number(t))):
                cues.append(Cue(w.i, kind(), n))  # "verpasste als 14. die Punkte", "finished 14th"
                continue
            if t in self.position_words:
                cues.append(Cue(w.i, kind(), self.position_words[t]))
                continue
            if t in self.vice or w.last in self.vice:  # "Vizemeister", "Vorjahres-Vizemeister"
                position = self.vice.get(t) or self.vice[w.last]
                if self.overall_prefixes and t.startswith(self.overall_prefixes) and (
                        self._names_class(clause.sent) or self._overall_in_classes(clause)):
                    cues.append(Cue(w.i, "race", position))  # "…, das als Gesamtsiebter ins Ziel kam"
                    continue
                cues.append(Cue(w.i, "championship", position))
                vice_at.add(w.i)
                continue
            if self._leader_epithet(TokenTable.of(clause.doc), w):
                continue  # "WM-Spitzenreiter Oscar Piastri": a standing of its own (``placing_epithets``)
            if (t in self.leader or (t in self.ahead_verbs and (
                    ((marker := self.order_marker(clause)) is not None and marker[1] > 0)
                    or not self.leader_adverbs.isdisjoint(x.text for x in words[k + 1 :])))
                    or (t in self.outpace_verbs and k + 1 < len(words)  # not "devance Y pour la deuxième place"
                        and TokenTable.of(clause.doc).ent[words[k + 1].i] in COMPETITOR_LABELS
                        and self.position_nouns.isdisjoint(x.text for x in words))) \
                    and kind() == "championship":
                # "führt", "liegt … acht Zähler vor Neuville", "liegt … mit 99 Punkten vorn", "Peugeot devance Ford";
                # not "hinter"
                cues.append(Cue(w.i, "championship", 1))
                continue
            if t in self.podium or w.last in self.podium:
                if self._counts_times(words, k):
                    continue  # "Zehnmal stand Hamilton auf dem Podium": a count
                if not self.behind.isdisjoint(x.text.casefold() for x in words[max(0, k - 2) : k]):
                    continue  # "Hinter dem Podium kam Räikkönen als Vierter", "Behind the podium": off it
                if plain_words & self.podium_completers:  # "komplettierten das Podium": third
                    if {2, 3} <= {self.ordinals.get(x.text.casefold()) or self.numbers.get(x.text)
                                  for x in words[k + 1 : k + 8]}:
                        continue  # "completed the podium in second and third", "auf den Plätzen zwei und drei"
                    race = kind() == "championship" and not self.in_standing_scope(sentence_of(clause), clause)
                    cues.append(Cue(w.i, "race" if race else kind(), 3))
                elif k and (rank := self.ordinals.get(prev.casefold())) and 1 < rank <= 3 \
                        and before_prev in self.descriptor_articles \
                        and (t.casefold().endswith(self.position_endings) or nxt in self.position_nouns):
                    cues.append(Cue(w.i, kind(), rank))  # "Den dritten Podestplatz eroberte …", "the third podium
                    # spot": third; not "der erste Podiumsplatz seit …", "le troisième podium de sa carrière", counts
                else:
                    cues.append(Cue(w.i, kind(), None, "podium"))
                continue
            if t in self.retired or (t in self.retired_split and self.retired_split[t] in
                                     {x.text for x in words[k + 1 :]}):  # "fiel mit einem Defekt aus"
                cues.append(Cue(w.i, "race", None, "retired"))
                continue
            places = self.multi_win.get(t) or self.multi_win.get(w.last)
            if places:  # "Audi-Doppelsieg", "Dreifachsieg"
                race = kind() if kind() != "championship" else "race"
                if plain_words & self.podium_completers and t in self.multi_win and not self.order_marker(clause) \
                        and (any(g.label in ("PERSON", "TEAM") for g in self.groups(clause))
                             or self.is_relative(clause)):  # "…, qui complète le doublé"
                    # "machten X und Y den Doppelsieg perfekt": second; but "… den Doppelsieg hinter X",
                    # "komplettierte einen Mercedes-Doppelsieg", "Acura completes one-two" name the winner too
                    cues.append(Cue(w.i, race, places))
                    continue
                first = 2 if self._beaten_in_multi_win(clause, w.i) else 1
                cues.extend(Cue(w.i, race, position) for position in range(first, places + 1))
                continue
            if is_win and t in self.weak_win and not (plain_words & self.weak_needs) \
                    and prev.casefold() not in self.ordinals:  # "leur quatrième succès": the fourth win
                is_win = False
            if is_win and not self.podium_completers.isdisjoint(x.text for x in words[max(0, k - 3) : k]):
                is_win = False  # "complètent le triplé en prenant la troisième place": someone else's win completed
            if is_win and (t.casefold().endswith(self.descriptor_nouns) or prev in self.descriptor_articles
                           or prev in self.gap_words) \
                    and not self.margin_units.isdisjoint(x.text for x in words[max(0, k - 3) : k]):
                is_win = False  # "à 23 tours du vainqueur", "37,941 secondes des vainqueurs", "two laps behind the
                # winner": the gap to someone else
            if is_win and t.casefold().endswith(self.descriptor_nouns) and k and (
                    words[k - 1].text in self.win_owner_words or (k > 1 and words[k - 2].text in self.win_owner_words
                                                                  and words[k - 1].text in self.descriptor_articles)):
                continue  # "Dries Vanthoor, younger brother of the winner", "frère cadet du vainqueur": another's win
            if is_win and not self.behind.isdisjoint(x.text for x in words[max(0, k - 3) : k]):
                is_win = False  # "derrière l'Audi victorieuse", "behind the winning Audi": second to someone else
                behind_winner = w.i
            if is_win and any(x.text in self.position_nouns for x in words[k + 1 : k + 3]):
                is_win = False  # "a gagné une place sur la grille", "gewann zwei Positionen": places gained
            if is_win and not listed_places and (self._counts_races(clause.doc, words, k)
                                                 or self._counts_times(words, k)) and not self.listed_years(clause) \
                    and len(self.year_crews(sentence_of(clause))) < 2:
                is_win = False  # "gewann er drei Rennen", "won three races", "has won it 13 times": a count; not
                # with its years ("won six times in a row between 1960 and 1965", "dreimal in Folge: 2015 mit X, …")
            if is_win and (listed_places or not t.casefold().endswith(self.win_count_endings)):
                cues.append(Cue(w.i, "race" if kind() == "qualifying" else kind(), 1))
        if behind_winner is not None and not any(c.position for c in cues):
            cues.append(Cue(behind_winner, "race", 2))
        awarded = self._awarded_at(clause)
        if awarded is not None and not cues and any(
                w.text in self.race_nouns or w.last in self.race_nouns or w.text.casefold() in self.win
                or w.last in self.class_words or (w.entity and TokenTable.of(clause.doc).ent[w.i] == "EVENT")
                for w in words if w.i < awarded):
            cues.append(Cue(awarded, kind() if kind() != "championship" else "race", 1))  # "Das Rennen ging an …",
            # "Der Große Preis von Deutschland ging an …"; not "Die Herstellerwertung ging nach dem letzten Rennen an"
        for pattern, status, position in self.placing_phrases if self._may_hold_phrase(clause) else ():
            i = self._search(pattern, clause)
            if i is None or any(c.i == i for c in cues):
                continue
            if position in (1, 2) and any(c.position and c.position > 1 for c in cues):
                continue  # "took the chequered flag in second": the rank named, not a win; "Third place, 37.941
                # seconds behind the winners, …": the rank named, not second
            if position == 1 and (k := next((n for n, w in enumerate(words) if w.i >= i), None)) is not None \
                    and self._counts_times(words, k):
                continue  # "s'est imposée à 13 reprises": a count of wins, no placing at one race
            if position in (2, 3):  # "hinter dem Sieger": the winner named in the phrase is someone else
                cues = [c for c in cues if not (c.position == 1 and i <= c.i < i + 4)]
            cues.append(Cue(i, kind() if position else "race", position, status))
        if (i := self._search(self.leader_phrases, clause)) is not None and kind() == "championship" \
                and (not cues or (min(c.i for c in cues) > i and any(g.start < i for g in self.groups(clause)))):
            # "moves to the top of the Constructors' Championship"; "liegt X an der Spitze, Zweiter ist Y": the
            # leader named before the phrase, the other ranks after it
            cues.append(Cue(i, "championship", 1))
        if not cues and (i := self.trailing_at(clause)) is not None and kind() == "championship":
            cues.append(Cue(i, "championship", 2))  # "hat den Rückstand auf Piastri verkürzt": second, behind him
        if vice_at:  # "sicherte sich mit Rang sechs die Vizemeisterschaft": the other rank is the race's
            cues = [Cue(c.i, "race", c.position, c.status) if c.kind == "championship" and c.i not in vice_at else c
                    for c in cues]
        cues = [Cue(c.i, "race", c.position, c.status) if c.kind == "championship" and c.i + 1 < clause.end
                and self.race_day_at(clause.doc, c.i) else c for c in cues]  # "…, septième aujourd'hui": the race's
        if self.running_words:  # "was running third after the pit stops", "lost third place": no classification
            texts = TokenTable.of(clause.doc).text
            cues = [c for c in cues if not (c.kind == "race" and c.position and not self.running_words.isdisjoint(
                texts[max(clause.start, c.i - 3) : c.i]))]
        if self.stage_endings and any(map(self._stage_texts.__getitem__, plain_words)):
            # a retirement on a stage is the rally's ("retired on the penultimate stage")
            cues = [c for c in cues if not (c.kind in ("race", "qualifying") and c.status != "retired"
                                            and self._of_stage(clause, c.i))]
        if any(c.status == "retired" for c in cues) and not self.practice.isdisjoint(plain_words):
            cues = [c for c in cues if c.status != "retired"]  # "Buemi verunglückte im Training": not in the race
        return self._merge(sorted(cues, key=lambda c: c.i))

    def _of_stage(self, clause: Span, i: int) -> bool:
        """A word for a rally's stage stands within five words of the cue at token ``i``, with no race noun or
        event between ("gewann vier der letzten fünf Wertungsprüfungen", "meilleur temps dans l'ultime spéciale");
        not after a number in digits ("nach 22 Wertungsprüfungen": the whole rally)."""
        table = TokenTable.of(clause.doc)
        for k in range(max(clause.start, i - 5), min(clause.end, i + 6)):
            if self._stage_texts[table.text[k]] and not table.text[k - 1].isdigit() and not any(
                    table.ent[j] == "EVENT" or table.text[j] in self.race_nouns for j in range(min(i, k), max(i, k))):
                return True
        return False

    @staticmethod
    def _merge(cues: list[Cue]) -> list[Cue]:
        """A ranked cue beside an unranked or win cue of the same clause states one placing."""
        if any(c.status == "disqualified" for c in cues):
            return [c for c in cues if c.status == "disqualified"][:1]
        ranked = [c for c in cues if c.position is not None and c.status == "finished"]
        pairs = {c.i for c in ranked if c.position == 2 and any(d.i == c.i and d.position == 1 for d in ranked)}
        if pairs and any(c.i not in pairs for c in ranked):
            # "Bottas machte als Zweiter den Doppelerfolg perfekt": the one-two word yields to the rank named
            ranked = [c for c in ranked if c.i not in pairs]
            cues = [c for c in cues if c.i not in pairs]
        retired = [c for c in cues if c.status == "retired"][:1]
        if retired and not ranked:
            return retired
        if retired and all(c.kind != "race" for c in ranked):
            # "Championship leader Fernando Alonso failed to finish", "Parti en pole position, X a dû s'arrêter en
            # piste": the standing or the pole, and the retirement
            return sorted([*ranked[:1], *retired], key=lambda c: c.i)
        if ranked:
            out: list[Cue] = []
            for c in ranked:
                if not out or (c.position, c.kind) != (out[-1].position, out[-1].kind):
                    out.append(c)
            if len({(c.position, c.kind) for c in out}) == 1 and len(out) > 1:
                out = out[:1]  # one rank said twice; a pole and a win ("Parti en pole position, X a remporté …") stay
            return out
        return [c for c in cues if c.status == "podium"][:1]

    def title_cues(self, clause: Span) -> list[int]:
        """Token indices of the words stating a title won: title words, or a standing won or awarded
        ("gewann die Herstellerwertung", "die Meisterschaft gewonnen", "die Teamwertung ging an")."""
        return remembered(clause, "title_cues", self._title_cues)

    def _title_cues(self, clause: Span) -> list[int]:
        plain = [w for w in words_of(clause) if not w.entity]
        cue_texts = self._cue_texts
        cued = [w for w in plain if cue_texts[w.text]]  # title, vice, standing and position words among them
        if any(w.text in self.vice or w.last in self.vice for w in cued):
            return []
        table = TokenTable.of(clause.doc)
        texts = table.text
        # not someone else's title the placed one is behind ("hinter dem Champion", "three points behind the new
        # champion")
        found = [w.i for w in cued
                 if (self._is_title_word(w.text) or w.last in self.title)
                 and not word_before(table, self.behind, clause.start, w.i, reach=3)]
        if found:  # "the team's title sponsor": no title
            idiom = self._idiom_tokens(clause)
            found = [i for i in found if i not in idiom]
        if found:  # a title held before, not won here
            held = self._held_titles(clause)
            idx = table.idx
            found = [i for i in found if not held.covering(idx[i])]
        # not a standing's word qualifying a podium or a win ("a maiden world championship podium", "his first world
        # championship win")
        standings = [w.i for w in cued if self._is_championship(w) and w.text not in self.leader
                     and not (w.j < clause.end and texts[w.j] in self.standing_qualifiers)
                     and not self._championship_of_a_win(texts, w.i)] if not found else []
        if standings:
            wins = [w for w in plain if w.text in self.won_standing]
            awarded = self._awarded_at(clause) if not wins else None
            if awarded is not None:
                wins = standings  # "Die Hersteller- und die Teamwertung gingen an Audi und …"
            if any(w.text in self.position_nouns or w.last in self.position_nouns for w in cued) \
                    or any(w.text in self.leader for w in plain) \
                    or any(w.text in self.won_standing and n.text.casefold() in self.ordinals
                           for w, n in pairwise(plain)) \
                    or any(c.kind == "championship" and c.position and c.position > 1
                           and any(0 < k - c.i <= 6 for k in standings) for c in self.placings(clause)):
                wins = []  # "sicherte sich Rang zwei der Gesamtwertung", "took the lead", "takes third in the drivers'
                # standings", "lift X to fourth in the drivers' championship": a place in the standings
            ents = TokenTable.of(clause.doc).ent
            end = clause.end if awarded is None else awarded  # not "ging nach dem letzten Rennen an Audi"
            one_race = any(w.text in self.race_nouns or w.last in self.race_nouns for w in plain if w.i < end) or any(
                ents[i] == "EVENT" for i in range(clause.start, end))
            season_standing = any(w.i == standings[0] and any(w.text in c for c in self.category_words.values())
                                  for w in cued)  # "die Konstrukteurswertung … beim Großen Preis … entschieden"
            if wins and (not one_race or season_standing):
                found = standings[:1]
        elif not found and any(w.text in self.won_standing for w in plain) \
                and not any(w.text in self.race_nouns or w.last in self.race_nouns or w.text in self.position_nouns
                            for w in plain):
            found = self._series_won(clause)[:1]  # "Wittmann gewann die DTM 2014 und 2016": a series won is its title
        return found

    def _series_won(self, clause: Span) -> list[int]:
        """Tokens starting a series named as the object of a verb of winning ("gewann die DTM")."""
        table = TokenTable.of(clause.doc)
        texts = table.text
        found = []
        for i in range(clause.start + 2, clause.end):
            if table.ent[i] == "SERIES" and table.ent_begin[i]:
                # "won the 2014 FIA Formula One World Championship": a year may stand between article and series
                k = i - 2 if YEAR_TOKEN.match(texts[i - 1]) else i - 1
                if k >= 1 and texts[k] in self.descriptor_articles and texts[k - 1] in self.won_standing:
                    found.append(i)
        return found

    def epithets(self, clause: Span) -> list[tuple[int, int]]:
        """Token ranges of title words standing before a name as its epithet ("Weltmeister Nyck de
        Vries"): a title held, from an earlier season, not one won in this clause."""
        found = self._epithets(clause) if self.may_state(clause) else []
        if not found:
            return []
        held = self._held_titles(clause, epithets=False)
        idx = TokenTable.of(clause.doc).idx
        return [(i, j) for i, j in found if not held.covering(idx[i])]

    def _epithets(self, span: Span) -> list[tuple[int, int]]:
        """``(title word, name start)`` token indices of each title word before a name, or before a year and a name
        ("le champion 2001 Bernd Schneider")."""
        table = TokenTable.of(span.doc)
        found = []
        for w in words_of(span):
            if w.entity or not (w.text in self.title or w.last in self.title) or w.j >= span.end:
                continue
            start = w.j + 1 if w.j + 1 < span.end and YEAR_TOKEN.match(table.text[w.j]) else w.j
            if self._before_name(table, start):
                found.append((w.i, start))
        return found

    def placing_epithets(self, clause: Span) -> list[tuple[Cue, int]]:
        """A placing for each epithet before a name, with the name's first token: a leader's ("Tabellenführer
        Jules Gounon", "WM-Spitzenreiter Oscar Piastri": the standing's first) and a pole-sitter's ("Polesetter Max
        Verstappen", "le poleman Kimi Räikkönen": qualifying's first)."""
        table = TokenTable.of(clause.doc)
        words = table.text[clause.start : clause.end]
        if self.leader_nouns.isdisjoint(words) and self.pole.isdisjoint(words):
            return []  # most clauses: no leader noun, no pole word
        found = []
        for w in words_of(clause):
            if w.j < clause.end and self._leader_epithet(table, w):
                found.append((Cue(w.i, "championship", 1), w.j))
            elif w.j < clause.end and self._pole_epithet(table, w):
                found.append((Cue(w.i, "qualifying", 1), w.j))
        return found

    def _pole_epithet(self, table: TokenTable, w: Word) -> bool:
        """Whether word ``w`` is a pole word standing right before a person's name ("pole-sitter Kimi Räikkönen")."""
        return (w.text in self.pole or w.last in self.pole) and not w.entity \
            and self._before_name(table, w.j, ("PERSON",))

    def _leader_epithet(self, table: TokenTable, w: Word) -> bool:
        """Whether word ``w`` is a leader's epithet standing before a name ("WM-Spitzenreiter Oscar Piastri")."""
        return (w.text in self.leader_nouns or w.last in self.leader_nouns) and not w.entity \
            and self._before_name(table, w.j) and not self._race_leader(table, w.i)

    def _race_leader(self, table: TokenTable, i: int) -> bool:
        """Whether the word before token ``i`` makes a leader noun the race's leader ("long-time leader X")."""
        return table.word_before(i).casefold() in self.race_leader_words

    @staticmethod
    def _before_name(table: TokenTable, j: int, labels: tuple[str, ...] = _COMPETITORS) -> bool:
        """Whether a competitor's name (one with ``labels``) starts at token ``j``."""
        return j < len(table.ent) and bool(table.ent_begin[j]) and table.ent[j] in labels

    def held_after_name(self, clause: Span) -> list[tuple[int, int]]:
        """``(title word, name start)`` token indices of each name followed by a reigning title in apposition ("Götz,
        der amtierende DTM-Champion, …", "Webber, the reigning champion, …", "Grönholm, champion du monde en titre,
        …"): last season's holder."""
        table = TokenTable.of(clause.doc)
        texts, ents = table.text, table.ent
        if self.reigning_words.isdisjoint(texts[clause.start : clause.end]) and not self._reigning_after_in(clause):
            return []  # most clauses: no reigning word
        found = []
        for w in words_of(clause):
            if w.entity or not (w.text in self.title or w.last in self.title) or w.i < 3:
                continue
            k = w.i - 1
            while k > clause.start and texts[k] not in self.reigning_words and ents[k] == "SERIES":
                k -= 1  # "der amtierende DTM Champion"
            if texts[k] in self.reigning_words:
                k -= 1 + (texts[k - 1] in self.descriptor_articles)
            elif self._held_after(texts, w.j) is None:  # "champion du monde en titre"
                continue
            else:
                k -= texts[k] in self.descriptor_articles
            if k < 1 or texts[k] != "," or ents[k - 1] not in _COMPETITORS:
                continue
            start = k - 1
            while start > 0 and ents[start - 1] == ents[k - 1] and not table.ent_begin[start]:
                start -= 1
            found.append((w.i, start))
        return found

    def _reigning_after_in(self, span: Span) -> bool:
        """Whether a reigning phrase that follows its title ("en titre") stands in the span."""
        return bool(self.reigning_after) and any(p in span_text(span) for p in self.reigning_after)

    def _held_after(self, texts: list[str], j: int) -> int | None:
        """The token after a reigning phrase that follows within four words of token ``j`` ("… du monde en titre"),
        if one does."""
        for k in range(j, min(j + 5, len(texts))) if self.reigning_after else ():
            if " ".join(texts[j : k + 1]).endswith(self.reigning_after):
                return k + 1
        return None

    def defended(self, clause: Span) -> list[tuple[int, int]]:
        """``(phrase start, name start)`` token indices of each name a defending phrase stands before
        ("Titelverteidiger Mike Rockenfeller", "defending champion Lewis Hamilton"): last season's holder."""
        return self._named_after(self.defending, clause)

    def defended_wins(self, clause: Span) -> list[tuple[int, int]]:
        """``(phrase start, name start)`` token indices of each name a last-winner phrase stands before
        ("Vorjahressieger Manthey Racing", "last year's winners X, Y and Z"): the winner of the race the season
        before."""
        if self.defending_winners is None or not self._may_hold_phrase(clause):
            return []
        doc = clause.doc
        found = doc.user_data.get("px_last_winners")  # whether the document holds one at all: searched once
        if found is None or found[0] != len(doc):
            found = doc.user_data["px_last_winners"] = (len(doc), self.defending_winners.search(text_of(doc)))
        return self._named_after(self.defending_winners, clause) if found[1] else []

    @staticmethod
    def _matched_spans(pattern: re.Pattern, clause: Span):
        """The tokens of each match of ``pattern`` in the clause's text."""
        for m in pattern.finditer(span_text(clause)):
            start, end = clause.start_char + m.start(), clause.start_char + m.end()
            span = clause.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                yield span

    def _idiom_tokens(self, span: Span) -> set[int]:
        """Token indices inside the span's idioms that hold a championship word and say nothing of a championship
        (``championship_word_idioms``: "à titre privé", "title sponsor")."""
        if self.idioms is None:
            return set()
        return {i for match in self._matched_spans(self.idioms, span) for i in range(match.start, match.end)}

    @staticmethod
    def _named_after(pattern: re.Pattern | None, clause: Span) -> list[tuple[int, int]]:
        """``(phrase start, name start)`` token indices of each name that a match of ``pattern`` stands before, right
        after it or after the comma that closes the clause."""
        if pattern is None:
            return []
        table = TokenTable.of(clause.doc)
        found = []
        for span in CueReader._matched_spans(pattern, clause):
            if span.end < clause.end and CueReader._before_name(table, span.end):
                found.append((span.start, span.end))
            elif span.end == clause.end - 1 and table.text[span.end] == "," \
                    and CueReader._before_name(table, span.end + 1):
                found.append((span.start, span.end + 1))  # set off by a comma: "Le tenant du titre, Sébastien Ogier,"
        return found

    def titles(self, clause: Span) -> tuple[int | None, bool]:
        """(token index of the first title cue or None, whether all three titles are meant)."""
        return remembered(clause, "titles", self._titles)

    def _titles(self, clause: Span) -> tuple[int | None, bool]:
        if not self.may_state(clause):
            return None, False
        # the hat-trick words are among ``any_phrase``'s: most clauses need no search of their own
        hattrick_at = self._search(self.hattrick, clause) if self._may_hold_phrase(clause) else None
        if hattrick_at is not None:
            return hattrick_at, True
        found = self.title_cues(clause)
        return (found[0] if found else None), False

    def is_consecutive(self, clause: Span) -> bool:
        return self._search(self.consecutive, clause) is not None

    def cue_categories(self, doc, i: int) -> set[str]:
        """Categories the cue word at token ``i`` names itself ("Teamtitel" → team, "Meister" → driver)."""
        word = next((w for w in words_between(doc, i, min(i + 5, len(doc))) if w.i == i), None)
        if word is None:
            return set()
        return {cat for cat, words in self.category_words.items()
                if word.text in words or word.last in words or word.text.rstrip("-‐‑") in words}


@lru_cache(maxsize=8)
def cue_reader(lang: str) -> CueReader:
    from .langdata import load

    data = load(lang)
    classes = data["classes"]
    return CueReader(data["results"], tuple(data["entities"]["genitive_endings"]),
                     frozenset(classes["labels"] + classes["ambiguous_labels"]), frozenset(classes["class_words"]))

"""Placing, standing and title cues in a clause, read from ``lang/<code>/results.yaml``.

Used by the result and title components: clauses of a sentence, the competitors in a clause,
the placings a clause states, the categories it names, and whether it is only a hope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from .context import Group

_P_NUMBER = re.compile(r"^P(\d{1,2})$")
_JOINERS = {"und", "and", "et", ",", "/", "&", "sowie", "as", "well", "ainsi", "que"}


@dataclass
class Cue:
    """A placing stated at token ``i``: kind hint, position (None: unranked) and status."""

    i: int
    kind: str
    position: int | None
    status: str = "finished"


class CueReader:
    def __init__(self, data: dict):
        self.d = data
        self.win = set(data["win_words"])
        self.win_suffixes = tuple(data["win_suffixes"])
        self.weak_win = set(data["weak_win_words"])
        self.weak_needs = set(data["weak_win_needs"])
        self.win_phrases = [p.split() for p in data["win_phrases"]]
        self.podium = set(data["podium_words"])
        self.retired = set(data["retired_words"]) - {"fiel", "Aus", "stellte", "Unfall"}
        self.retired_phrases = [p.split() for p in data["retired_phrases"]]
        self.disqualified = [p.split() for p in data["disqualified_words"]]
        self.pole = set(data["pole_words"])
        self.qualifying = set(data["qualifying_words"])
        self.position_nouns = set(data["position_nouns"])
        self.ordinals: dict[str, int] = data["ordinals"]
        self.numbers: dict[str, int] = data["number_words"]
        self.championship = set(data["championship_words"])
        self.championship_suffixes = tuple(data["championship_suffixes"])
        self.leader = set(data["leader_words"])
        self.vice: dict[str, int] = data["vice_words"]
        self.title = set(data["title_words"])
        self.title_suffixes = tuple(data["title_suffixes"])
        self.hattrick = [p.split() for p in data["hattrick_words"]]
        self.category_words = {cat: set(words) for cat, words in data["category_words"].items()}
        self.blockers = [p.split() for p in data["blockers"]]
        self.breaks = set(data["clause_breaks"])
        self.one_two = set(data["one_two_words"])

    # -- clauses and competitors ---------------------------------------------------------------
    def clauses(self, sent: Span) -> list[Span]:
        doc = sent.doc
        cuts = [sent.start] + [t.i for t in sent if t.text in self.breaks and t.i > sent.start] + [sent.end]
        return [doc[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]

    @staticmethod
    def groups(clause: Span) -> list[Group]:
        """Crews (persons joined by und , / &), teams and manufacturers in a clause, in text order."""
        doc = clause.doc
        ents = [e for e in doc.ents if clause.start <= e.start and e.end <= clause.end]
        groups: list[Group] = []
        for ent in ents:
            if ent.label_ not in ("PERSON", "TEAM", "MANUFACTURER"):
                continue
            last = groups[-1] if groups else None
            between = doc[last.end : ent.start] if last else None
            if (last and last.label == "PERSON" and ent.label_ == "PERSON"
                    and all(t.text in _JOINERS for t in between) and len(between) <= 2):
                last.end = ent.end
                last.names.append(ent._.px_name)
                last.spans.append(ent)
                continue
            groups.append(Group(ent.label_, ent.start, ent.end, [ent._.px_name], [ent]))
        return groups

    # -- what a clause states ---------------------------------------------------------------
    def _has_phrase(self, tokens: list[str], phrases: list[list[str]]) -> int | None:
        for k in range(len(tokens)):
            for phrase in phrases:
                if tokens[k : k + len(phrase)] == phrase:
                    return k
        return None

    def blocked(self, clause: Span) -> bool:
        words = [t.text for t in clause]
        for k, w in enumerate(words):
            if w == "nicht" and k + 1 < len(words) and words[k + 1] == "nur":
                words[k] = "_"
        return self._has_phrase(words, self.blockers) is not None

    def kind_of(self, clause: Span) -> str:
        words = {t.text for t in clause if not t.ent_type_}
        low = {w.casefold() for w in words}
        if words & self.championship or any(w.endswith(self.championship_suffixes) for w in low):
            return "championship"
        if words & (self.qualifying | self.pole):
            return "qualifying"
        return "race"

    def categories(self, clause: Span) -> set[str]:
        words = [t.text for t in clause if not t.ent_type_]
        found = set()
        for k, w in enumerate(words):
            for cat, cue_words in self.category_words.items():
                if w in cue_words or (w == "-" and k and words[k - 1] in cue_words):
                    found.add(cat)
        return found

    def _number(self, text: str) -> int | None:
        if text.endswith(".") and text[:-1].isdigit():
            return int(text[:-1])
        if text.isdigit() and len(text) <= 2:
            return int(text)
        return self.numbers.get(text) or self.ordinals.get(text)

    def placings(self, clause: Span) -> list[Cue]:
        """Every placing the clause states, in text order (one per cue word)."""
        toks = list(clause)
        words = [t.text for t in toks]
        kind = self.kind_of(clause)
        cues: list[Cue] = []
        for k, t in enumerate(toks):
            w = t.text
            if t.ent_type_ and t.ent_type_ not in ("",):
                continue
            prev = words[k - 1] if k else ""
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if prev and (prev.isdigit() and len(prev) <= 2 or prev in self.numbers) and prev not in ("eins",):
                if self.numbers.get(prev, int(prev) if prev.isdigit() else 0) >= 2:
                    continue  # "sieben Podestplätze", "zwei Saisonsiege": a count, not a placing
            if w in self.position_nouns:
                pos = self._number(nxt) if nxt else None
                if pos is None and prev:
                    pos = self.ordinals.get(prev) or (self._number(prev) if prev.endswith(".") else None)
                if pos:
                    cues.append(Cue(t.i, kind, pos))
                continue
            m = _P_NUMBER.match(w)
            if m:
                cues.append(Cue(t.i, kind, int(m.group(1))))
                continue
            if w in self.ordinals and w[:1].isupper() and nxt not in self.position_nouns and k > 0:
                cues.append(Cue(t.i, kind, self.ordinals[w]))
                continue
            if w in self.vice:
                cues.append(Cue(t.i, "championship", self.vice[w]))
                continue
            if w in self.pole:
                cues.append(Cue(t.i, "qualifying", 1))
                continue
            if w in self.leader and kind == "championship":
                cues.append(Cue(t.i, "championship", 1))
                continue
            if w in self.podium:
                cues.append(Cue(t.i, kind, None, "podium"))
                continue
            if w in self.retired:
                cues.append(Cue(t.i, "race", None, "retired"))
                continue
            if w in self.one_two:
                cues.append(Cue(t.i, kind if kind != "championship" else "race", 1))
                cues.append(Cue(t.i, kind if kind != "championship" else "race", 2))
                continue
            is_win = w in self.win or w.casefold().endswith(self.win_suffixes)
            if is_win and w in self.weak_win and not (set(words) & self.weak_needs):
                is_win = False
            if is_win and not w.endswith(("Siege", "siege")):
                cues.append(Cue(t.i, "race" if kind == "qualifying" else kind, 1))
        for phrases, status, position in ((self.win_phrases, "finished", 1), (self.retired_phrases, "retired", None),
                                          (self.disqualified, "disqualified", None)):
            k = self._has_phrase(words, phrases)
            if k is not None and not any(c.i == toks[k].i for c in cues):
                cues.append(Cue(toks[k].i, kind if position else "race", position, status))
        return self._merge(sorted(cues, key=lambda c: c.i))

    @staticmethod
    def _merge(cues: list[Cue]) -> list[Cue]:
        """A ranked cue beside an unranked or win cue of the same clause states one placing."""
        if any(c.status == "disqualified" for c in cues):
            return [c for c in cues if c.status == "disqualified"][:1]
        ranked = [c for c in cues if c.position is not None and c.status == "finished"]
        if any(c.status == "retired" for c in cues) and not ranked:
            return [c for c in cues if c.status == "retired"][:1]
        if ranked:
            out: list[Cue] = []
            for c in ranked:
                if not out or (c.position, c.kind) != (out[-1].position, out[-1].kind):
                    out.append(c)
            if len({c.position for c in out}) == 1 and len(out) > 1:
                out = out[:1]
            return out
        return [c for c in cues if c.status == "podium"][:1]

    def titles(self, clause: Span) -> tuple[bool, bool]:
        """(states a title, states all three titles)."""
        words = [t.text for t in clause]
        hattrick = self._has_phrase(words, self.hattrick) is not None
        plain = [t.text for t in clause if not t.ent_type_]
        title = hattrick or any(w in self.title or w.casefold().endswith(self.title_suffixes) for w in plain)
        if any(w in self.vice for w in plain):
            title = False
        return title, hattrick


@lru_cache(maxsize=8)
def cue_reader(lang: str) -> CueReader:
    from .langdata import load

    return CueReader(load(lang)["results"])

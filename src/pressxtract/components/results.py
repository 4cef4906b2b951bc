"""``px_results``: race, qualifying and championship placings with their competitors.

Sets ``doc._.px_results``: dicts with the Result fields of SPEC §3, ``evidence`` and ``confidence``.
A clause that states a title is left to ``px_titles``; a clause that only hopes is skipped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..context import DocContext, Group
from ..cues import Cue, cue_reader
from ..kb import load_default

if not Doc.has_extension("px_results"):
    Doc.set_extension("px_results", default=None)

CATEGORY_OF = {"PERSON": "driver", "TEAM": "team", "MANUFACTURER": "manufacturer"}


@Language.factory("px_results", assigns=["doc._.px_results"], requires=["doc.ents"])
def make_results(nlp: Language, name: str) -> ResultExtractor:
    return ResultExtractor(nlp.lang)


class ResultExtractor:
    def __init__(self, lang: str):
        self.cues = cue_reader(lang)
        self.kb = load_default()

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext(doc, self.kb)
        records: list[dict] = []
        for sent_i, sent in enumerate(ctx.sents):
            for clause in self.cues.clauses(sent):
                if self.cues.titles(clause)[0] is not None or self.cues.blocked(clause):
                    continue
                placings = self.cues.placings(clause)
                if not placings:
                    continue
                groups = self.cues.groups(clause)
                for cue, group in self._pair(clause, placings, groups):
                    records.append(self._record(ctx, sent_i, sent, clause, cue, group))
        doc._.px_results = _dedupe(records)
        return doc

    def _pair(self, clause: Span, placings: list[Cue], groups: list[Group]):
        """Each placing with the competitor it belongs to."""
        if not groups:
            return
        kinds = {c.kind for c in placings}
        if kinds == {"championship"} and len(placings) == 1:
            allowed = self.cues.categories(clause) or {CATEGORY_OF[groups[0].label]}
            for group in groups:
                if CATEGORY_OF[group.label] in allowed:
                    yield placings[0], group
            return
        persons = [g for g in groups if g.label == "PERSON"]
        pool = persons or [g for g in groups if g.label == "TEAM"] or groups
        if len(placings) == 1:
            yield placings[0], min(pool, key=lambda g: _distance(g, placings[0].i))
            return
        for cue, group in zip(placings, sorted(pool, key=lambda g: g.start)):
            yield cue, group

    def _record(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, cue: Cue, group: Group) -> dict:
        lo, hi = clause.start_char, clause.end_char
        char = clause.doc[cue.i].idx
        season = ctx.season_at(sent_i, char, lo=lo, hi=hi)
        teams = ctx.in_range("TEAM", sent.start_char, sent.end_char)
        cars = ctx.in_range("CAR", sent.start_char, sent.end_char)
        makes = ctx.in_range("MANUFACTURER", sent.start_char, sent.end_char)
        team = group.names[0] if group.label == "TEAM" else (teams[0]._.px_name if teams else _name(ctx.main["TEAM"]))
        car = ctx.car_at(sent_i, char, lo, hi, season)
        manufacturer = (group.names[0] if group.label == "MANUFACTURER" else
                        ctx.manufacturer_of(cars + teams) or (makes[0]._.px_name if makes else None)
                        or ctx.manufacturer_of([s for s in (ctx.main["CAR"], ctx.main["TEAM"]) if s is not None])
                        or _name(ctx.main["MANUFACTURER"]))
        record = {
            "kind": cue.kind,
            "position": cue.position,
            "status": cue.status,
            "event": None,
            "series": ctx.series_at(sent_i, char, lo, hi),
            "season": season,
            "class": ctx.class_at(sent.start_char, sent.end_char),
            "category": None,
            "drivers": group.names if group.label == "PERSON" else [],
            "team": team,
            "manufacturer": manufacturer,
            "car": car if group.label != "TEAM" or cars else None,
            "evidence": [(sent.start_char, sent.end_char)],
            "confidence": 0.7,
        }
        if cue.kind == "championship":
            record["category"] = CATEGORY_OF[group.label]
            if group.label != "PERSON":
                record["car"] = None
            if group.label == "MANUFACTURER":
                record["team"] = None
        else:
            event = ctx.event_at(sent_i, char, lo, hi)
            record["event"] = event._.px_name if event is not None else None
        return record


def _distance(group: Group, i: int) -> int:
    return group.start - i if group.start >= i else i - group.end + 1


def _name(span: Span | None) -> str | None:
    return span._.px_name if span is not None else None


def _dedupe(records: list[dict]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for r in records:
        key = (r["kind"], r["position"], r["status"], r["event"], r["season"], r["category"],
               tuple(r["drivers"]) or r["team"] or r["manufacturer"])
        if key in seen:
            seen[key]["evidence"].extend(r["evidence"])
        else:
            seen[key] = r
    return list(seen.values())

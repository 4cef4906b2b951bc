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
        last_person: Group | None = None
        for sent_i, sent in enumerate(ctx.sents):
            subject: Group | None = None
            previous: tuple[Cue, Group] | None = None
            for clause in self.cues.clauses(sent):
                groups = self.cues.groups(clause)
                if self.cues.starts_ahead_of(clause) and previous and previous[0].position:
                    records.extend(self._ahead_of(ctx, sent_i, sent, clause, previous, groups))
                    previous = None
                    continue
                if groups and subject is None:
                    subject = next((g for g in groups if g.label == "PERSON"), groups[0])
                title_at, _ = self.cues.titles(clause)
                placings = [] if self.cues.blocked(clause) else self.cues.placings(clause)
                if title_at is not None:
                    placings = []  # a championship won is a title, and its verb is no race win
                if placings:
                    back = self.cues.back_reference(clause)
                    if back is not None and last_person is not None:
                        groups = [Group("PERSON", back, back + 1, list(last_person.names), list(last_person.spans)),
                                  *groups]
                    elif not groups and subject is not None:
                        groups = [subject]
                    for cue, group in self._pair(clause, placings, groups):
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, group))
                        previous = (cue, group)
                persons = [g for g in self.cues.groups(clause) if g.label == "PERSON"]
                if persons and not _inside_quote(doc, clause):
                    last_person = persons[-1]
        doc._.px_results = _dedupe(records)
        return doc

    def _ahead_of(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, previous, groups: list[Group]):
        """``X gewann vor Y und Z``: the crews after "vor" took the next places."""
        cue, winner = previous
        crews = [g for g in groups if g.label == winner.label]
        for k, group in enumerate(_split_crews(clause, crews)):
            yield from self._records(ctx, sent_i, sent, clause, Cue(cue.i, cue.kind, cue.position + k + 1), group)

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
        for cue in placings:
            yield cue, min(pool, key=lambda g: _distance(g, cue.i))

    def _records(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, cue: Cue, group: Group):
        """One record, or one per race meeting when one placing names several ("gewann in A sowie in B")."""
        places = [e for e in ctx.in_range("EVENT", clause.start_char, clause.end_char)
                  + ctx.in_range("VENUE", clause.start_char, clause.end_char) if e.start > cue.i]
        record = self._record(ctx, sent_i, sent, clause, cue, group)
        if cue.kind == "championship" or len(places) < 2:
            yield record
            return
        seen = set()
        for place in sorted(places, key=lambda e: e.start):
            name = ctx.meeting_name(place, record["season"])
            if name not in seen:
                seen.add(name)
                yield {**record, "event": name, "evidence": list(record["evidence"])}

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
            record["event"] = ctx.meeting_name(event, season) if event is not None else None
        return record


def _inside_quote(doc: Doc, clause: Span) -> bool:
    return any(q["evidence"] and q["evidence"][0][0] <= clause.start_char < q["evidence"][0][1]
               for q in doc._.px_quotes or [] if q["kind"] == "direct")


def _split_crews(clause: Span, groups: list[Group]) -> list[Group]:
    """Crews listed after "vor": "vor Green und Martin" is two crews, "vor Green/Martin" one."""
    out: list[Group] = []
    for group in groups:
        if len(group.spans) < 2:
            out.append(group)
            continue
        doc = clause.doc
        current = Group(group.label, group.spans[0].start, group.spans[0].end, [group.names[0]], [group.spans[0]])
        for name, span in zip(group.names[1:], group.spans[1:]):
            joiner = doc[current.end : span.start].text.strip()
            if joiner in {"/", "&"}:
                current.end = span.end
                current.names.append(name)
                current.spans.append(span)
            else:
                out.append(current)
                current = Group(group.label, span.start, span.end, [name], [span])
        out.append(current)
    return out


def _distance(group: Group, i: int) -> int:
    return group.start - i if group.start >= i else i - group.end + 1


def _name(span: Span | None) -> str | None:
    return span._.px_name if span is not None else None


def _dedupe(records: list[dict]) -> list[dict]:
    """Merge repeated placings; drop a make's or team's placing that a named crew's record states too."""
    crewed = {(r["kind"], r["position"], r["event"], r["season"], r["manufacturer"]) for r in records if r["drivers"]}
    records = [r for r in records if r["drivers"] or r["kind"] == "championship"
               or (r["kind"], r["position"], r["event"], r["season"], r["manufacturer"]) not in crewed]
    seen: dict[tuple, dict] = {}
    for r in records:
        key = (r["kind"], r["position"], r["status"], r["event"], r["season"], r["category"],
               tuple(r["drivers"]) or r["team"] or r["manufacturer"])
        if key in seen:
            seen[key]["evidence"].extend(r["evidence"])
        else:
            seen[key] = r
    return list(seen.values())

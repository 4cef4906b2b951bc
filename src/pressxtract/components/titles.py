"""``px_titles``: championships won, explicit ("holte den Fahrertitel") and implied ("Titel-Hattrick").

Sets ``doc._.px_titles``: dicts with the Title fields of SPEC §3, ``evidence`` and ``confidence``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..context import DocContext
from ..cues import cue_reader
from ..kb import load_default

if not Doc.has_extension("px_titles"):
    Doc.set_extension("px_titles", default=None)

ALL_CATEGORIES = ("driver", "team", "manufacturer")
LABEL_OF = {"driver": "PERSON", "team": "TEAM", "manufacturer": "MANUFACTURER"}
_YEAR = re.compile(r"^(19|20)\d\d$")


@Language.factory("px_titles", assigns=["doc._.px_titles"], requires=["doc.ents"])
def make_titles(nlp: Language, name: str) -> TitleExtractor:
    return TitleExtractor(nlp.lang)


class TitleExtractor:
    def __init__(self, lang: str):
        self.cues = cue_reader(lang)
        self.kb = load_default()

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext(doc, self.kb)
        records: list[dict] = []
        for sent_i, sent in enumerate(ctx.sents):
            clauses = self.cues.clauses(sent)
            for k, clause in enumerate(clauses):
                title_at, hattrick = self.cues.titles(clause)
                if title_at is None or self.cues.blocked(clause):
                    continue
                # an announcement ("Titel-Hattrick:") names its holders in what follows
                scope = [clause]
                if hattrick:
                    scope += clauses[k + 1 :] + ([ctx.sents[sent_i + 1]] if sent_i + 1 < len(ctx.sents) else [])
                records.extend(self._titles(ctx, sent_i, sent, clause, scope, hattrick, title_at))
        doc._.px_titles = _dedupe(records)
        return doc

    def _titles(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, scope: list[Span], hattrick: bool,
                title_at: int):
        groups = [g for part in scope for g in self.cues.groups(part)]
        categories = set(ALL_CATEGORIES) if hattrick else self.cues.categories(clause)
        if not categories:
            if not groups:
                return
            categories = {next(c for c, label in LABEL_OF.items() if label == groups[0].label)}
        char = clause.doc[title_at].idx
        seasons = _coordinated_years(clause) or [ctx.season_at(sent_i, char, lo=clause.start_char, hi=clause.end_char)]
        lo, hi = scope[0].start_char, scope[-1].end_char
        cars = ctx.in_range("CAR", sent.start_char, hi)
        car = ctx.car_at(sent_i, char, sent.start_char, sent.end_char, seasons[0])
        teams = [g for g in groups if g.label == "TEAM"]
        for category in sorted(categories):
            holder = next((g for g in groups if g.label == LABEL_OF[category]), None)
            explicit = holder is not None
            record = {
                "category": category, "series": ctx.series_at(sent_i, char, sent.start_char, sent.end_char), "season": None,
                "class": ctx.class_at(sent.start_char, hi), "drivers": [], "team": None,
                "manufacturer": None, "car": car,
                "evidence": [(sent.start_char, sent.end_char)], "confidence": 0.8 if explicit else 0.5,
            }
            if category == "driver":
                if holder is None:
                    continue
                record["drivers"] = holder.names
                record["team"] = teams[0].names[0] if teams else _name(ctx.main["TEAM"])
            elif category == "team":
                record["team"] = holder.names[0] if holder else _name(ctx.main["TEAM"])
                if record["team"] is None:
                    continue
            make = next((g.names[0] for g in groups if g.label == "MANUFACTURER"), None)
            record["manufacturer"] = (make or ctx.manufacturer_of(cars + [s for g in teams for s in g.spans])
                                      or ctx.manufacturer_of([s for s in (ctx.main["CAR"], ctx.main["TEAM"]) if s])
                                      or _name(ctx.main["MANUFACTURER"]))
            if category == "manufacturer" and record["manufacturer"] is None:
                continue
            for season in seasons:
                yield {**record, "season": season}


def _coordinated_years(clause: Span) -> list[int]:
    """``2010 und 2011 Titel``: years joined right before the title word, one title each."""
    toks = list(clause)
    for k, t in enumerate(toks):
        if _YEAR.match(t.text) and k + 2 < len(toks) and toks[k + 1].text in {"und", "and", "et", ","} \
                and _YEAR.match(toks[k + 2].text):
            years = [int(t.text), int(toks[k + 2].text)]
            after = toks[k + 3 : k + 6]
            if any(x.text[:1].isupper() for x in after[:2]):
                return years
    return []


def _name(span: Span | None) -> str | None:
    return span._.px_name if span is not None else None


def _dedupe(records: list[dict]) -> list[dict]:
    """One title per category, season, class and holder; an explicit holder beats a default."""
    best: dict[tuple, dict] = {}
    for r in records:
        holder = tuple(r["drivers"]) if r["category"] == "driver" else r[r["category"]]
        key = (r["category"], r["season"], holder)
        if key in best:
            best[key]["evidence"].extend(r["evidence"])
            best[key]["confidence"] = max(best[key]["confidence"], r["confidence"])
        else:
            best[key] = r
    out = list(best.values())
    strong = {(r["category"], r["season"]) for r in out if r["confidence"] >= 0.8}
    return [r for r in out if r["confidence"] >= 0.8 or (r["category"], r["season"]) not in strong]

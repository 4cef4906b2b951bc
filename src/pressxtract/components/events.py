"""``px_events``: one record per race meeting (venue and season) the text names or places.

Sets ``doc._.px_events``: dicts with the Event fields of SPEC §3, ``evidence`` and ``confidence``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..context import DocContext
from ..kb import load_default

if not Doc.has_extension("px_events"):
    Doc.set_extension("px_events", default=None)


@Language.factory("px_events", assigns=["doc._.px_events"], requires=["doc.ents"])
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor()


class EventExtractor:
    def __init__(self):
        self.kb = load_default()

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext(doc, self.kb)
        meetings: dict[tuple, dict] = {}
        dates = doc._.px_dates or []
        for sent_i, sent in enumerate(ctx.sents):
            for ent in ctx.in_range("EVENT", sent.start_char, sent.end_char) + ctx.in_range("VENUE", sent.start_char, sent.end_char):
                season = ctx.season_at(sent_i, ent.start_char)
                venue_entry = self.kb.get(ent.kb_id_) if ent.label_ == "VENUE" else self.kb.link(ent.kb_id_, "venue")
                place = venue_entry.id if venue_entry else ent.text.casefold()
                key = (place, season)
                record = meetings.setdefault(key, {
                    "name": None, "venue": None, "series": None, "season": season, "date": None,
                    "evidence": [], "confidence": 0.6})
                if ent.label_ == "EVENT" and record["name"] is None:
                    record["name"] = ent.text
                    record["series"] = self._series(ent.kb_id_, season)
                if ent.label_ == "VENUE" and record["venue"] is None:
                    record["venue"] = ent.text
                if record["venue"] is None and venue_entry is not None and ent.label_ == "EVENT":
                    record["venue"] = venue_entry.name
                if record["series"] is None:
                    record["series"] = ctx.series_at(sent_i, ent.start_char, sent.start_char, sent.end_char)
                if record["date"] is None:
                    in_sent = [d for d in dates if sent.start_char <= d["start"] < sent.end_char]
                    if in_sent:
                        record["date"] = in_sent[0]["date"]
                record["evidence"].append((sent.start_char, sent.end_char))
                if ent.label_ == "VENUE" and record["venue"] and record["venue"] != ent.text and len(ent.text) > len(record["venue"]):
                    record["venue"] = ent.text
        for record in meetings.values():
            record["evidence"] = sorted(set(record["evidence"]))
        doc._.px_events = list(meetings.values())
        return doc

    def _series(self, kb_id: str, season: int | None) -> str | None:
        entry = self.kb.get(kb_id)
        if entry is None:
            return None
        by_season = entry.data.get("series_by_season") or {}
        for span, series_id in by_season.items():
            lo, _, hi = span.partition("-")
            if season is not None and (not lo or season >= int(lo)) and (not hi or season <= int(hi)):
                return self.kb.get(series_id).name if self.kb.get(series_id) else None
        linked = self.kb.link(kb_id, "series")
        return linked.name if linked else None

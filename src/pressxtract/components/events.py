"""``px_events``: one record per race meeting (venue and season) the text names or places.

A meeting is named by an event or venue mention with its season, or implied by a race result
("1992 gewannen Warwick, Dalmas und Blundell" in a release about Le Mans); a country standing for its
round ("won in Sweden") is a meeting only through a result, unless the series names its rounds by country
(rallies: "the next round, in Sweden").

Sets ``doc._.px_events``: dicts with the Event fields of SPEC §3, ``evidence`` and ``confidence``.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..context import DocContext, span_text
from ..kb import KnowledgeBase, load_default
from ..tokens import YEAR, TokenTable, text_of

if not Doc.has_extension("px_events"):
    Doc.set_extension("px_events", default=None)


@Language.factory("px_events", assigns=["doc._.px_events"], requires=["doc.ents", "doc._.px_results"],
                  default_config={"kb_paths": []})
def make_events(nlp: Language, name: str, kb_paths: list[str]) -> EventExtractor:
    return EventExtractor(kb=load_default(tuple(kb_paths)))


class EventExtractor:
    def __init__(self, *, kb: KnowledgeBase):
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext.of(doc, self.kb)
        meetings: dict[tuple, dict] = {}
        forms = _venue_forms(ctx)
        dates = doc._.px_dates or []
        dateline = _dateline_date(doc)
        elsewhere = any(not ctx.is_country(m) and m.start_char not in ctx.dateline_only for m in ctx.places(0, len(ctx.text)))
        for sent_i, sent in enumerate(ctx.sents):
            mentions = [m for m in ctx.places(sent.start_char, sent.end_char)
                        if (not ctx.is_country(m) or ctx.countries_name_rounds(sent_i, m.start_char))
                        and not (elsewhere and m.start_char in ctx.dateline_only)]  # a head office in the dateline
            named = ctx.meetings_named(mentions)
            for k, ent in enumerate(mentions):
                if ent not in named:  # "the French Grand Prix in Dijon": the venue of the event before it
                    for season in _seasons_of(ctx, sent_i, mentions[k - 1]):
                        if (record := meetings.get(ctx.meeting_of(mentions[k - 1], season))) is not None:
                            self._fill(ctx, record, ent, sent_i, sent, dates, forms)
                    continue
                for season in _seasons_of(ctx, sent_i, ent):
                    record = meetings.setdefault(ctx.meeting_of(ent, season), {
                        "name": None, "venue": None, "series": None, "season": season, "date": None,
                        "evidence": [], "confidence": 0.6})
                    self._fill(ctx, record, ent, sent_i, sent, dates, forms)
        for result in doc._.px_results or []:
            place = result.get("_place")
            if place is not None and result["season"] is not None:
                record = meetings.setdefault(ctx.meeting_of(place, result["season"]), {
                    "name": None, "venue": None, "series": result["series"], "season": result["season"],
                    "date": None, "evidence": [], "confidence": 0.5})
                if record["name"] is None and record["venue"] is None:
                    record["name" if place.label_ == "EVENT" else "venue"] = (
                        place.label_ == "VENUE" and ctx.town_named(place)) or ctx.display_name(span_text(place))
                record["evidence"].extend(result["evidence"])
        main = ctx.main_event
        if main is not None and main.label_ == "EVENT":
            # other editions of the release's own race take its name ("an der Sarthe" 1992), held where it was run
            # that season ("à Sapporo" in 2008 for the Rallye du Japon)
            for (venue, season), record in meetings.items():
                if record["name"] is None and venue in (ctx.meeting_of(main, season)[0], ctx.meeting_of(main, None)[0]):
                    record["name"] = ctx.display_name(span_text(main))
        if main is not None and dateline and dateline["year"] is not None:
            record = meetings.get(ctx.meeting_of(main, dateline["year"]))
            if record is not None and record["date"] is None:
                record["date"] = dateline["date"]
        for (venue_id, _), record in meetings.items():
            if record["venue"] is None and (entry := self.kb.get(venue_id)) is not None:
                # an edition named only by its race ("der Sieg 2014"): the town of its venue
                record["venue"] = entry.data.get("place") or entry.name
            record["evidence"] = sorted(set(record["evidence"]))
            for note in [k for k in record if k.startswith("_")]:
                del record[note]
        doc._.px_events = list(meetings.values())
        return doc

    def _fill(self, ctx: DocContext, record: dict, ent, sent_i: int, sent, dates: list[dict],
              forms: dict[str, str]) -> None:
        """Add one mention to its meeting: names as the body of the text writes them (a headline's short
        name gives way), a venue as written (or in the form ``forms`` says most of its mentions hold) before the
        knowledge base's name for it."""
        season = record["season"]
        venue_entry = self.kb.get(ent.kb_id_) if ent.label_ == "VENUE" else self.kb.link(ent.kb_id_, "venue", season)
        in_body = ent.start_char >= ctx.body_start
        if ent.label_ == "EVENT" and (record["name"] is None or (in_body and not record.get("_name_in_body"))):
            record["name"] = ctx.display_name(span_text(ent))
            record["_name_in_body"] = in_body
            record["series"] = record["series"] or self._series(ent.kb_id_, season)
        town = ctx.town_named(ent) if ent.label_ == "VENUE" else None
        if ctx.is_country(ent):  # a rally's country: the meeting's venue only when nothing else names it
            record["venue"] = record["venue"] or span_text(ent)
        elif ent.label_ == "VENUE" and (not record.get("_venue_written")
                                        or (record.get("_venue_is_town") and not town)):
            # as written (a town in full: "Le Mans" for "du Mans"); a circuit's name before its town ("Circuit des
            # Amériques" over "Austin")
            written = span_text(ent)
            form = forms.get(ent.kb_id_, written)
            if len(form.split()) >= len(written.split()):  # "Le Mans" for "Sarthe"; not "Austin" for "Circuit des …"
                written = form
            record["venue"] = town or written
            record["_venue_written"] = True
            record["_venue_is_town"] = town
        if record["venue"] is None and venue_entry is not None:
            record["venue"] = venue_entry.name
        if record["series"] is None and not ctx.in_no_series(ent, season, sent.start_char, sent.end_char):
            record["series"] = ctx.series_at(sent_i, ent.start_char, sent.start_char, sent.end_char)
        if record["date"] is None:
            in_sent = [d for d in dates if sent.start_char <= d["start"] < sent.end_char]
            if in_sent:
                date = in_sent[0]
                # a date whose year the text does not write is of the meeting's season
                record["date"] = date["date"] if date["year_given"] or season is None or date["year"] is None else \
                    f"{season}{date['date'][4:]}"
        record["evidence"].append((sent.start_char, sent.end_char))

    def _series(self, kb_id: str, season: int | None) -> str | None:
        linked = self.kb.link(kb_id, "series", season)
        return linked.name if linked else None


def _venue_forms(ctx: DocContext) -> dict[str, str]:
    """The form most of the document's mentions of a venue hold, where one form holds more than the others ("Le
    Mans" three times, "an der Sarthe" once)."""
    counts: dict[str, Counter] = {}
    for ent in ctx.places(0, len(ctx.text)):
        if ent.label_ == "VENUE" and ent.kb_id_:
            counts.setdefault(ent.kb_id_, Counter())[span_text(ent)] += 1
    out = {}
    for kb_id, forms in counts.items():
        ranked = forms.most_common(2)
        if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            out[kb_id] = ranked[0][0]
    return out


def _seasons_of(ctx: DocContext, sent_i: int, ent) -> list[int | None]:
    """Seasons a place mention stands for: years written right next to it ("Le Mans 2010", "2007 und 2008
    in Le Mans"), else the sentence's season."""
    sent, table = ctx.sents[sent_i], TokenTable.of(ctx.doc)
    window = range(max(ent.start - 4, sent.start), min(ent.end + 3, sent.end))
    years = [int(table.text[k].rstrip(".")) for k in window if table.kind[k] & YEAR]
    if years:
        return sorted(set(years))
    return [ctx.season_at(sent_i, ent.start_char)]


def _dateline_date(doc: Doc) -> dict | None:
    """The release's own date: a full date in its first lines."""
    text = text_of(doc)
    head = text[: max(text.find("\n\n", 200), 300)]
    return next((d for d in doc._.px_dates or [] if d["start"] < len(head) and len(d["date"] or "") == 10), None)

"""``px_titles``: championships won, explicit ("holte den Fahrertitel"), implied ("Titel-Hattrick") and
held ("Weltmeister Nyck de Vries": last season's title).

Sets ``doc._.px_titles``: dicts with the Title fields of SPEC §3, ``evidence`` and ``confidence``.
Each title word goes to the nearest holder of its category; its seasons are the years written with
it ("Champion von 2014", "Mattias Ekström (2004 und 2007)", "zwischen 2004 und 2012 … in Folge"),
else the sentence's season.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..context import (
    CATEGORY_OF,
    DocContext,
    Group,
    ents_within,
    name_of,
    sentence_of,
    span_text,
    with_back_reference,
)
from ..cues import (
    DASHES,
    HYPHENS,
    YEAR_TOKEN,
    comma_part,
    cue_reader,
    entity_end,
    word_before,
    year_run_to,
    year_tokens,
)
from ..kb import KnowledgeBase, load_default
from ..tokens import TokenTable, second_year

if not Doc.has_extension("px_titles"):
    Doc.set_extension("px_titles", default=None)

ALL_CATEGORIES = ("driver", "team", "manufacturer")
LABEL_OF = {category: label for label, category in CATEGORY_OF.items()}
ITEM_OPENERS = DASHES | {",", ":", ";"}  # what stands before an item of a list


@Language.factory("px_titles", assigns=["doc._.px_titles"], requires=["doc.ents"], default_config={"kb_paths": []})
def make_titles(nlp: Language, name: str, kb_paths: list[str]) -> TitleExtractor:
    return TitleExtractor(nlp.lang, kb=load_default(tuple(kb_paths)))


class TitleExtractor:
    def __init__(self, lang: str, *, kb: KnowledgeBase):
        self.cues = cue_reader(lang)
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext.of(doc, self.kb)
        records: list[dict] = []
        last_person: Group | None = None
        last_subject: Group | None = None  # the last person named who a later pronoun may stand for
        for sent_i, sent in enumerate(ctx.sents):
            if not (ctx.has_participants(sent_i) or self.cues.may_refer_back(sent)
                    or (sent_i + 1 < len(ctx.sents) and ctx.has_participants(sent_i + 1))):
                continue  # no holder here or in the sentence a "Titel-Hattrick:" announces
            listed = self._listed(ctx, sent_i, sent)
            if listed:
                records.extend(listed)
                continue
            before = len(records)
            clauses = self.cues.clauses(sent, split_lists=True)
            previous_groups: list[Group] = []
            antecedent: Group | None = None
            subject: Group | None = None  # the sentence's first person, named or referred to
            for k, clause in enumerate(clauses):
                quoted = ctx.quote_of(clause)
                apposition = self.cues.is_title_apposition(clause)
                if self.cues.is_result_apposition(clause) and previous_groups:
                    # "X finished second behind Y, a result that made him champion": the placed one, named first
                    antecedent = next((g for g in previous_groups if g.label == "PERSON"), previous_groups[0])
                elif (self.cues.is_relative(clause) or apposition) and previous_groups:  # ", der …", ", champion of
                    antecedent = previous_groups[-1]  # 2008,"
                elif not self.cues.is_coordinated(clause):
                    antecedent = None
                groups = self.cues.groups(clause)
                records.extend(self._epithets(ctx, sent_i, sent, clause, groups))
                first, hattrick = self.cues.titles(clause)
                if first is None and len(records) > before and records[-1]["category"] == "driver":
                    records.extend(self._won_as_well(ctx, clause, groups, records[-1]))
                if first is not None and self._asserted(ctx, sent, clause, first, groups):
                    if hattrick:
                        # the clause and those after it, then those before ("2012 gelang mit Bruno Spengler, dem
                        # BMW Team Schnitzer und dem Sieg in der Herstellerwertung der Titel-Hattrick")
                        scope = [clause, *clauses[k + 1 :], *clauses[:k]]
                        if sent_i + 1 < len(ctx.sents) and ctx.paragraph[sent_i + 1] == ctx.paragraph[sent_i]:
                            scope.append(ctx.sents[sent_i + 1])  # the next sentence of its paragraph
                        scope_groups = [g for part in scope for g in self.cues.groups(part)]
                        records.extend(self._hattrick(ctx, sent_i, sent, clause, scope_groups, first))
                    else:
                        back = self.cues.back_reference(clause)
                        # "…, and clinched the title ahead of X and Y": they hold no title
                        named, unbeaten = groups, [g for g in groups if not word_before(
                            TokenTable.of(doc), self.cues.ahead_of, clause.start, g.start)]
                        me = self.cues.self_reference(clause)
                        texts = TokenTable.of(doc).text
                        dated = bool(year_tokens(doc, clause.start, clause.end))
                        speaker = ctx.speaker_meant(me) if dated else None
                        # a pronoun stands for the last subject named, a descriptor for the last person
                        earlier = last_subject if back is not None and texts[back] in self.cues.subject_pronouns \
                            else last_person
                        if speaker is not None:  # "Meine vier Titel von 1996 bis 1999", "you became champion in 2014"
                            groups = with_back_reference(groups, me[0], speaker, self.cues.partner_joiners)
                        elif back is not None and quoted is None and (
                                meant := ctx.speaker_before(clause.start_char) or earlier) is not None:
                            # "„…“, sagte der DTM-Champion von 2014 und 2016": the quote's speaker
                            meant = ctx.of_nationality(self.cues.nationality_at(doc, back), meant, back)
                            groups = with_back_reference(groups, back, meant, self.cues.partner_joiners)
                        elif antecedent is not None and not any(
                                g.start < first and texts[g.start - 1] not in self.cues.partner_joiners
                                and texts[g.start - 1] not in self.cues.beneficiaries
                                and not self.cues.after_car_preposition(doc, g.start, clause.start) for g in groups):
                            # ", der 2001 mit Subaru Weltmeister geworden war", ", der 1982 im Williams den Titel …",
                            # ", der 1992 und 1994 für Mercedes-Benz Meister wurde"
                            groups = [antecedent, *groups]
                        elif (holder := self._fronted_holder(clauses, k, last_subject,
                                                             ctx.sents[max(sent_i - 1, 0)].start)) is not None \
                                and not any(g.label == "PERSON" for g in groups):
                            # "Champion du monde en 2004 et 2005 avec Citroën, Sébastien Loeb découvrait …"
                            groups = [holder, *groups]
                        elif subject is not None and quoted is None and ((
                                (not unbeaten or not any(g.label == "PERSON" for g in unbeaten))
                                and any(texts[i] in self.cues.possessives
                                        for i in range(max(clause.start, first - 4), first))) or (not unbeaten and (
                                self.cues.is_coordinated(clause) or (k and self.cues.is_aside(clauses[k - 1]))
                                or texts[clause.start] in self.cues.subject_clause_openers))
                                or (not self.cues.follow_on_words.isdisjoint(texts[clause.start : first])
                                    and all(texts[g.start - 1] in self.cues.partner_joiners for g in groups))
                                or (k and self.cues.is_name_apposition(clauses[k - 1])
                                    and not any(g.label == "PERSON" for g in unbeaten))):
                            # the sentence's subject goes on: "The British driver took victory …, claiming his second
                            # drivers' title", "…, before being crowned world champion", "… und wurde im selben Jahr
                            # Weltmeister", "Für Rast ist es nach 2017, als er …, bereits der zweite DTM-Titel", "…, es
                            # folgten die Titel 2014 und 2015 mit Mercedes" (a make after "mit" holds nothing)
                            groups = [subject.standing_for(first), *groups]
                        elif subject is None and quoted is None and last_subject is not None and k == 0 \
                                and texts[clause.start].casefold() in self.cues.possessives \
                                and all(self.cues.after_partner_word(doc, g.start, lo=clause.start) for g in groups):
                            # "His earlier crowns came in 2008 with McLaren and in 2014 … with Mercedes": a sentence
                            # opening with a possessive and naming only what its titles were won with goes on with the
                            # last subject
                            groups = [last_subject.standing_for(first), *groups]
                        groups = [self._listed_crew(sent, g) for g in groups if g in unbeaten or g not in named]
                        own = clause
                        if (marker := self._earlier_holders_from(clause, first)) is not None \
                                and any(g.start < marker and g.label == "PERSON" for g in groups):
                            # "Solberg is Subaru's third world champion after Colin McRae in 1995 and Richard Burns in
                            # 2001": the earlier holders and their years are not this title's
                            own = doc[clause.start : marker]
                            groups = [g for g in groups if g.start < marker]
                        found = list(self._explicit(ctx, sent_i, sent, own, groups))
                        if back is not None and not dated and self._described(texts, back, first):
                            # "Der Weltmeister war … zurückversetzt worden": the reigning champion, last season's
                            found = [{**r, "season": r["season"] - 1, "confidence": 0.5, "_epithet": True}
                                     for r in found if r["season"] is not None]
                        records.extend(found)
                if last_person is not None and quoted is None \
                        and (back := self.cues.back_reference(clause)) is not None \
                        and all(g.start == back + 1 and g.label != "PERSON" for g in groups):
                    # "Der Red-Bull-Pilot, der 2010 … Weltmeister geworden ist": the relative clause's antecedent,
                    # not the make in the descriptor
                    groups = with_back_reference([], back, last_person, self.cues.partner_joiners)
                previous_groups = groups or previous_groups
                if apposition:  # "X, champion of 2008, and becomes …": the clause after it is about the subject again
                    antecedent = None
                persons = [g for g in self.cues.groups(clause) if g.label == "PERSON"]
                if subject is None and quoted is None:
                    if persons and not self.cues.is_genitive(persons[0]):
                        subject = persons[0]  # not "Tänak's hopes ended …"
                    elif last_person is not None and (back := self.cues.back_reference(clause)) is not None:
                        subject = last_person.standing_for(back)  # "The British driver took victory …"
                if persons and quoted is None:
                    last_person = persons[-1]
                    # a pronoun's: not one named after a partner or ranking word ("drew him level with Ayrton Senna.
                    # He took the world title in 1994": not Senna), unless nobody else is named
                    texts = TokenTable.of(doc).text
                    free = [g for g in persons if texts[g.start - 1] not in self.cues.object_words]
                    last_subject = free[-1] if free else (last_subject or persons[-1])
            driver_titles = [r for r in records[before:] if r["category"] == "driver"]
            if driver_titles:  # "… den Titel holt – nach Ott Tänak im Jahr 2019 und Sébastien Ogier, der 2020 …"
                records.extend(self._earlier_holders(sent, driver_titles[0]))
            crews = self.cues.year_crews(sent) if driver_titles else []
            if len(crews) > 1:
                # "2015 holten X, Y und Z den WM-Titel, 2016 A, B und C, 2017 …": one title per season and crew
                records[before:] = [r for r in records[before:] if r["category"] != "driver"] + [
                    {**driver_titles[0], "season": year, "drivers": list(crew.names),
                     "evidence": list(driver_titles[0]["evidence"])} for year, crew in crews]
        # "ADAC GT Masters champions Niederhauser and van der Linde" in the release on their title: that title
        won = [r for r in records if not r.get("_epithet")]
        records = [r for r in records if not r.get("_epithet") or not any(_same_holder(r, w) for w in won)]
        records += [_title_of(r) for r in doc._.px_results or [] if (r["kind"], r["position"]) == ("championship", 1)
                    and ctx.anchor is not None and r["season"] is not None and r["season"] < ctx.anchor]
        doc._.px_titles = titles = _dedupe(records)
        # a title is never also a championship result: the season's standing its holder leads is the title
        won = [t for t in titles if t["confidence"] >= 0.8]
        doc._.px_results = [r for r in doc._.px_results or [] if not (
            r["kind"] == "championship" and r["position"] == 1 and any(_holds(t, r) for t in won))]
        return doc

    def _earlier_holders_from(self, clause: Span, first: int) -> int | None:
        """The first earlier-win word after title word ``first`` in the clause (or sentence), when persons with their
        years follow it."""
        texts = TokenTable.of(clause.doc).text
        marker = next((i for i in range(first, clause.end) if texts[i] in self.cues.earlier_win_markers), None)
        if marker is not None and self.cues.names_with_years(clause.doc[marker + 1 : clause.end]):
            return marker
        return None

    def _earlier_holders(self, sent: Span, title: dict):
        """The persons with their years named after an earlier-win word that follows a title ("… den Titel für die
        Marke holt – nach Ott Tänak im Jahr 2019 und Sébastien Ogier, der 2020 und 2021 triumphierte"): the same
        title in those years."""
        start = self.cues.titles(sent)[0]
        marker = self._earlier_holders_from(sent, start) if start is not None else None
        if marker is None:
            return
        for group, years in self.cues.names_with_years(sent.doc[marker + 1 : sent.end]):
            for year in years:
                yield {**title, "season": year, "drivers": list(group.names), "team": None, "car": None,
                       "evidence": [(sent.start_char, sent.end_char)], "confidence": 0.6}

    def _won_as_well(self, ctx: DocContext, clause: Span, groups: list[Group], title: dict):
        """"Bereits 2004 und 2007 hatte Ekström den Titel gewonnen, 2008 und 2009 triumphierte Timo Scheider": a
        bare win with its years and no race of its own, after a title in the sentence, is that title's."""
        persons = [g for g in groups if g.label == "PERSON"]
        years = year_tokens(clause.doc, clause.start, clause.end)
        if len(persons) != 1 or not years or ctx.quote_of(clause) is not None \
                or [(c.kind, c.position) for c in self.cues.placings(clause)] != [("race", 1)] \
                or ctx.places(clause.start_char, clause.end_char) or self.cues.names_race_noun(clause):
            return
        for year in _year_list(clause.doc, years[0], clause.end):
            yield {**title, "season": year, "drivers": list(persons[0].names), "team": None, "car": None,
                   "evidence": [(clause.start_char, clause.end_char)], "confidence": 0.7}

    def _fronted_holder(self, clauses: list[Span], k: int, last_subject: Group | None, since: int) -> Group | None:
        """The person named right after a title phrase that opens the sentence (or follows its dateline's dash)
        and its comma, or the last subject, named from token ``since`` on (the sentence before), a pronoun there
        stands for ("Champion de la saison 2015-2016, il …")."""
        clause = clauses[k]
        texts = TokenTable.of(clause.doc).text
        if k + 1 == len(clauses) or not (k == 0 or self.cues.starts_anew(clause)) \
                or not self.cues.opens_with_title(clause) or texts[clause.end - 1] != ",":
            return None
        after = clauses[k + 1].start
        if last_subject is not None and last_subject.start >= since and texts[after] in self.cues.subject_pronouns:
            return last_subject.standing_for(after)
        named = self.cues.groups(clauses[k + 1])
        return named[0] if named and named[0].label == "PERSON" and named[0].start == after else None

    def _described(self, texts: list[str], back: int, cue: int) -> bool:
        """Whether the title word at ``cue`` is the person's descriptor an article at ``back`` opens, with at most one
        modifier between that does not make it new ("Der Weltmeister", "The world champion"; not "the new champion",
        "der jüngste Champion", "le titre")."""
        if texts[back] not in self.cues.descriptor_articles or not texts[cue].casefold().endswith(
                self.cues.descriptor_nouns):
            return False
        return cue == back + 1 or (cue == back + 2 and texts[back + 1] in self.cues.title_modifiers
                                   and texts[back + 1] not in self.cues.new_title_modifiers)

    def _asserted(self, ctx: DocContext, sent: Span, clause: Span, first: int, groups: list[Group]) -> bool:
        """Neither hoped nor asked, and not words of a quote about names outside it."""
        return not self.cues.blocked(clause) and not span_text(sent).rstrip().endswith("?") \
            and (ctx.quote_at(TokenTable.of(clause.doc).idx[first]) is None
                 or all(ctx.quote_of(g.spans[0]) is not None for g in groups))

    def _listed(self, ctx: DocContext, sent_i: int, sent: Span) -> list[dict]:
        """"Laurent Aiello (2002), Mattias Ekström (2004 und 2007) … gewannen den Titel", "die Titel mit Laurent
        Aïello 2002, mit Mattias Ekström 2004 und 2007": each name its years."""
        if not year_tokens(sent.doc, sent.start, sent.end):
            return []  # most sentences: no year to list, and no need to group the names
        groups = self.cues.groups(sent)
        yearly = [(g, years) for g in groups
                  if (years := _years_after(sent, g, bare=True) or self._years_before(sent, g))]
        if len(yearly) < 2 or self.cues.titles(sent)[0] is None or self.cues.blocked(sent):
            return []  # names each with their years are rare: looked for before the title words
        out = []
        for group, years in yearly:
            base = self._record(ctx, sent_i, sent, sent, CATEGORY_OF[group.label], group, sent.start_char, groups)
            if base:
                out.extend({**base, "season": y, "evidence": list(base["evidence"])} for y in years)
        return out

    def _years_before(self, sent: Span, group: Group) -> list[int]:
        """``– 2007 an Ekström, 2008 und 2009 an Scheider``: the years of a list item right before the one lower-case
        word (not "vor", "hinter") before a name."""
        texts = TokenTable.of(sent.doc).text
        k = group.start - 1
        word = texts[k] if k > sent.start else ""
        if not (word.isalpha() and word.islower()) or word in self.cues.ahead_of or word in self.cues.behind \
                or not YEAR_TOKEN.match(texts[k - 1]):
            return []
        first = k - 1
        while first - 2 >= sent.start and YEAR_TOKEN.match(texts[first - 2]) \
                and texts[first - 1] in self.cues.list_joiners:
            first -= 2
        opening = first - 1 - (texts[first - 1] in self.cues.year_prepositions)  # "– in 2007 to Mattias Ekström"
        if texts[opening] not in ITEM_OPENERS:
            return []  # not an item of a list ("Wittmann gewann die DTM 2014 und 2016 für BMW")
        return [_year(texts[i]) for i in range(first, k, 2)]

    def _explicit(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, groups: list[Group]):
        cue_positions = self.cues.title_cues(clause)
        table = TokenTable.of(clause.doc)
        idx = table.idx
        all_groups = groups
        for cue in cue_positions:
            char = idx[cue]
            # "The Audi Sport Team Rosberg champion": a team before a person's title noun is that person's team
            groups = [g for g in all_groups if g.label == "PERSON" or g.end != cue
                      or not table.text[cue].casefold().endswith(self.cues.descriptor_nouns)]
            categories = self.cues.cue_categories(clause.doc, cue)
            if len(cue_positions) == 1:  # the category words between the commas around the cue
                lo, hi = comma_part(table.text, cue, clause.start, clause.end)
                categories |= self.cues.categories(clause.doc[lo:hi])
            categories = ctx.categories(categories, sent_i, char, sent.start_char, sent.end_char,
                                        frozenset(g.label for g in groups))
            if not categories:
                if not groups:
                    continue
                labels = {g.label for g in groups}
                categories = {next(CATEGORY_OF[label] for label in ("PERSON", "TEAM", "MANUFACTURER") if label in labels)}
            runner_up = self.cues.runner_up_at(clause)
            for category in sorted(categories):
                candidates = [g for g in groups if g.label == LABEL_OF[category]]
                beaten = [g for g in candidates if word_before(table, self.cues.ahead_of, clause.start, g.start)
                          or (runner_up is not None and 0 < g.start - runner_up <= 4)]
                if len(beaten) < len(candidates):  # "…, drei Punkte vor Fernando Alonso", "points clear of": beaten
                    candidates = [g for g in candidates if g not in beaten]
                holder = min(candidates, key=lambda g: g.distance(cue)) if candidates else None
                owned = any(table.text[k] in self.cues.possessives for k in range(max(0, cue - 3), cue))
                if holder is not None and owned:
                    # "Hamilton zog mit seinem dritten Titel mit Ayrton Senna gleich": the subject's title
                    holder = next((g for g in candidates if g.start < cue), holder)
                elif holder is not None and category == "driver" \
                        and (first := next((g for g in candidates if g.end <= cue), None)) is not None \
                        and (partner := next((g for g in candidates if g.start > cue
                                              and table.text[g.start - 1] in self.cues.partner_joiners), None)):
                    # "Buemi was world champion with Anthony Davidson in 2014": the subject and the partner, a crew
                    holder = first.crew_with(partner)
                base = self._record(ctx, sent_i, sent, clause, category, holder, char, groups)
                if base is None:
                    continue
                for season in self._seasons(ctx, sent_i, clause, cue, holder):
                    yield {**base, "season": season, "evidence": list(base["evidence"])}

    def _epithets(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, groups: list[Group]):
        """"Weltmeister Nyck de Vries": a title held, won the season before (in a sentence with a year of its
        own, that season's); dropped later when the release states the holder's title itself."""
        if ctx.quote_of(clause) is not None:
            return  # words of a quote
        reigning = self.cues.held_after_name(clause)  # "Götz, der amtierende DTM-Champion,": the name before it
        defended = self.cues.defended(clause)  # "Titelverteidiger Mike Rockenfeller", "Le tenant du titre, X,"
        if not groups and not reigning and not defended:
            return  # nobody named to hold a title
        dated = bool(ctx.years_in(sent.start_char, sent.end_char))
        for cue, end in self.cues.epithets(clause):
            holder = next((g for g in groups if g.start == end), None)
            if holder is None:
                continue
            holder = self._whole_crew(sent, holder)
            char = TokenTable.of(clause.doc).idx[cue]
            base = self._record(ctx, sent_i, sent, clause, CATEGORY_OF[holder.label], holder, char, [holder])
            if base is not None and base["season"] is not None:
                # "… four points short of champion Gary Paffett" in a sentence about 2018 is the 2018 title;
                # undated, the epithet is the reigning champion's: last season's, unless called new ("hinter dem
                # neuen Weltmeister Lewis Hamilton")
                new = TokenTable.of(clause.doc).text[cue - 1] in self.cues.new_title_modifiers
                yield {**base, "season": base["season"] - (0 if dated or new else 1), "confidence": 0.5,
                       "_epithet": True}
        for cue, start in [*defended, *reigning]:
            # "Titelverteidiger Mike Rockenfeller", "Götz, der amtierende DTM-Champion,": the season before's; the
            # crew listed from the name on, read in the whole sentence
            holder = next((g for g in self.cues.groups(sent) if g.start == start), None) \
                or next((g for g in groups if g.start == start), None)
            if holder is None:
                continue
            char = TokenTable.of(clause.doc).idx[cue]
            base = self._record(ctx, sent_i, sent, clause, CATEGORY_OF[holder.label], holder, char, [holder])
            # the season the phrase speaks in: a year before it in the clause, else the release's, not a year
            # after it ("Titelverteidiger Marco Wittmann, der 2016 im BMW Meister geworden war")
            before = [y for _, y in ctx.years_in(clause.start_char, char)]
            season = before[-1] if before else ctx.anchor
            if base is not None and season is not None:
                yield {**base, "season": season - 1, "confidence": 0.5, "_epithet": True}

    def _listed_crew(self, sent: Span, holder: Group) -> Group:
        """The crew a holder ends when the sentence lists it by commas alone ("Allan McNish, Tom Kristensen und
        Loïc Duval haben …": the lists' split leaves the last two in the clause)."""
        if holder.label != "PERSON":
            return holder
        table = TokenTable.of(sent.doc)
        crew = next((g for g in self.cues.groups(sent) if g.start < holder.start < g.end), None)
        if crew is None or any(table.ent[i] != "PERSON" and table.text[i] != ","
                               for i in range(crew.start, holder.start)):
            return holder
        return crew

    def _whole_crew(self, sent: Span, holder: Group) -> Group:
        """The crew listed from ``holder`` on, read in the whole sentence ("reigning world champions Timo Bernhard,
        Mark Webber and Brendon Hartley": a clause split at each name holds one of them)."""
        return next((g for g in self.cues.groups(sent) if g.start == holder.start), holder)

    def _hattrick(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, groups: list[Group], cue: int):
        """"Titel-Hattrick", "alle Titel": driver, team and manufacturer titles, holders named nearby."""
        char = TokenTable.of(clause.doc).idx[cue]
        season = ctx.season_at(sent_i, char, lo=clause.start_char, hi=clause.end_char)
        for category in ALL_CATEGORIES:
            holder = next((g for g in groups if g.label == LABEL_OF[category]), None)
            base = self._record(ctx, sent_i, sent, clause, category, holder, char, groups)
            if base is not None:
                yield {**base, "season": season, "_implied": True}

    def _record(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, category: str,
                holder: Group | None, char: int, groups: list[Group]) -> dict | None:
        """A title without its season; ``None`` when its holder is unknown."""
        category = ctx.series_category(category, sent_i, char)
        season = ctx.season_at(sent_i, char, lo=clause.start_char, hi=clause.end_char)
        cars = ctx.in_range("CAR", sent.start_char, sent.end_char)
        teams = [g for g in groups if g.label == "TEAM"]
        record = {
            "category": category, "series": ctx.series_at(sent_i, char, sent.start_char, sent.end_char),
            "season": season, "class": ctx.class_at(sent.start_char, sent.end_char), "drivers": [],
            "team": None, "manufacturer": None,
            "car": ctx.car_at(sent_i, char, sent.start_char, sent.end_char, season),
            "evidence": [(sent.start_char, sent.end_char)], "confidence": 0.8 if holder else 0.5,
        }
        if category == "driver":
            if holder is None:
                return None
            record["drivers"] = list(holder.names)
            affiliated = [ctx.affiliation.get(n, {}).get("TEAM") for n in holder.names]
            team = next((t for t in affiliated if t is not None), None)
            record["team"] = name_of(team) if team is not None else (teams[0].names[0] if teams else None)
        elif category == "team":
            # a constructors' title names the make ("Den Konstrukteurstitel holte Mercedes")
            makes = [g for g in groups if g.label == "MANUFACTURER"]
            record["team"] = holder.names[0] if holder else (makes[0].names[0] if makes else self._own_team(ctx))
            if record["team"] is None:
                return None
        make = next((g.names[0] for g in groups if g.label == "MANUFACTURER"), None)
        record["manufacturer"] = (make or ctx.manufacturer_of(cars + [s for g in teams for s in g.spans])
                                  or ctx.manufacturer_of([s for s in (ctx.main["CAR"], ctx.main["TEAM"]) if s])
                                  or name_of(ctx.main["MANUFACTURER"]))
        if category == "manufacturer" and record["manufacturer"] is None:
            return None
        return record

    @staticmethod
    def _own_team(ctx: DocContext) -> str | None:
        """The release's team, for a constructors' title no holder is named for; the release's make when its car is
        of that make and the team it names most is another make's (a Ferrari release naming only the McLaren-Mercedes
        it beat)."""
        team, car, make = ctx.main["TEAM"], ctx.main["CAR"], name_of(ctx.main["MANUFACTURER"])
        if team is not None and car is not None and make is not None and ctx.manufacturer_of([car]) == make \
                and ctx.manufacturer_of([team]) not in (None, make):
            return make
        return name_of(team)

    def _counted_after_dash(self, clause: Span) -> Span | None:
        """The rest of the sentence after a dash closing the clause, when it names nobody: it may count the clause's
        title ("… entschieden – zum siebten Mal in Folge")."""
        sent = sentence_of(clause)
        texts = TokenTable.of(clause.doc).text
        if clause.end >= sent.end or texts[clause.end] not in DASHES \
                or any(e.label_ in CATEGORY_OF for e in ents_within(clause.doc, clause.end, sent.end)):
            return None
        return Span(clause.doc, clause.end + 1, sent.end)

    def _seasons(self, ctx: DocContext, sent_i: int, clause: Span, cue: int, holder: Group | None) -> list[int | None]:
        """Years written with this title: after its holder in parentheses, right after the title word,
        a list or a consecutive run in the clause; else the sentence's season."""
        if holder is not None:
            years = _years_after(clause, holder)
            if years:
                return years
        doc = clause.doc
        table = TokenTable.of(doc)
        texts, char = table.text, table.idx[cue]
        years = year_tokens(doc, clause.start, clause.end)
        split = [_year(texts[i]) + 1 for i in years if i + 2 < clause.end
                 and (texts[i + 1] in HYPHENS or texts[i + 1] in DASHES or texts[i + 1] == "/")
                 and not table.spaced[i] and not table.spaced[i + 1] and second_year(texts[i + 2], _year(texts[i]))]
        if split and (len(split) == 1 or len(split) == len(years)):
            # "the 2019-2020 drivers' title", "Champion in 2017-18 and again in 2018-19": a season over two years is
            # its second year's
            return split
        if len(years) == 2 and years[0] > clause.start and texts[years[0] - 1] in self.cues.year_range_openers \
                and years[1] - years[0] == 2:
            # "von 1996 bis 1999", "de 2004 à 2007", "neuf fois champion entre 2004 et 2012"; not "der Champion
            # von 2014 und 2016"
            lo, hi = _year(texts[years[0]]), _year(texts[years[1]])
            if 0 < hi - lo < 15 and (texts[years[0] + 1] not in self.cues.list_joiners
                                     or self.cues.title_count(clause, cue) == hi - lo + 1
                                     or self.cues.times_after(clause, years[1]) == hi - lo + 1):
                return list(range(lo, hi + 1))
        after = cue + 1
        while after < clause.end and (texts[after] in HYPHENS or texts[after - 1] in HYPHENS):
            after += 1  # past the rest of a compound ("DTM-Champion von 2014")
        i, stop = after, min(after + 6, clause.end)
        while i < stop:  # "Champion du monde des rallyes en 2004 et 2005"
            if YEAR_TOKEN.match(texts[i]):
                years, run_end = _year_run(doc, i, clause.end)
                if holder is not None and holder.label == "PERSON":  # a driver's titles with one make, then another
                    years += self.cues.partner_year_groups(clause, run_end)  # "… mit Benetton sowie von 2000 bis …"
                return years
            if i == after and texts[i] == "," and i + 2 < clause.end and (YEAR_TOKEN.match(texts[i + 1]) or (
                    texts[i + 1] in self.cues.year_prepositions and YEAR_TOKEN.match(texts[i + 2]))):
                i += 1  # "two more titles, in 1989 with McLaren and in 1993 with Williams": the years after the comma
                stop = min(i + 2, clause.end)
                continue
            if table.ent[i] in ("PERSON", "TEAM") and texts[i - 1] in self.cues.partner_words:
                # "the drivers' and constructors' titles with Fernando Alonso in 2005 and 2006": past the partner
                i = entity_end(table, i, clause.end)
                stop = min(i + 3, clause.end)
                continue
            if table.ent[i] in ("PERSON", "TEAM") or texts[i] == "," or texts[i] in self.cues.earlier_win_markers \
                    or texts[i] in self.cues.since_words:
                break  # "… den Fahrertitel, 2009 hatte das Team …": the year of the next clause; not "his second
                # title after 2008", "der Konstrukteurstitel nach 2000 und 2001", "Titel in Folge seit 2014"
            i += 1
        # "Für Rast ist es nach 2017, als er …, bereits der zweite Titel": the marker may open the sentence, in a
        # clause with no titled competitor of its own (not "Der Pilot des Audi Sport Team Rosberg machte seinen
        # zweiten Titel nach 2017 perfekt, nachdem Audi die Herstellerwertung gewonnen hatte")
        earlier = self.cues.earlier_wins(clause) or [
            year for other in self.cues.clauses(sentence_of(clause), split_lists=True)
            if other.start != clause.start and (self.cues.titles(other)[0] is None or not self.cues.groups(other))
            for year in self.cues.earlier_wins(other)]
        if earlier:  # "le huitième titre après ceux de 2003, 2004 …": this season's and the earlier ones
            # not the earlier ones themselves ("nach 2014 und 2015 … die Konstrukteurswertung gewonnen": and 2016's)
            before = [_year(texts[i]) for i in years if i < cue and _year(texts[i]) not in earlier]
            return [before[-1] if before else ctx.anchor, *earlier]
        run = self.cues.run_length(clause, cue)
        tail = self._counted_after_dash(clause)
        if run is None and tail is not None and not years:
            # "Die Konstrukteurswertung hatte Mercedes … entschieden – zum siebten Mal in Folge seit 2014"
            run, years = self.cues.run_length(tail, tail.start), year_tokens(doc, tail.start, tail.end)
        if run is not None and len(years) < 2:  # "Neuvième titre consécutif": the seasons up to this one
            if years and years[0] > clause.start and texts[years[0] - 1] in self.cues.since_words:
                first = _year(texts[years[0]])  # "sieben Titel in Folge seit 2014": from that season on
                return list(range(first, first + run))
            season = ctx.season_at(sent_i, char, lo=clause.start_char, hi=clause.end_char)
            if season is not None:
                return list(range(season - run + 1, season + 1))
        if len(years) < 2 and self.cues.defends(clause, cue):  # "verteidigt beide WM-Titel": this season's and the last
            season = ctx.season_at(sent_i, char, lo=clause.start_char, hi=clause.end_char)
            if season is not None:
                return [season - 1, season]
        if len(years) >= 2 and self.cues.is_consecutive(clause):
            lo, hi = _year(texts[years[0]]), _year(texts[years[-1]])
            if 0 < hi - lo < 15:
                return list(range(lo, hi + 1))
        before = [i for i in years if i < cue]
        if before:
            first = before[-1]
            while first - 2 >= clause.start:
                if texts[first - 1] in self.cues.list_joiners and YEAR_TOKEN.match(texts[first - 2]):
                    first -= 2
                elif first - 5 >= clause.start and YEAR_TOKEN.match(texts[first - 2]) \
                        and texts[first - 3] in self.cues.year_range_openers \
                        and texts[first - 4] in self.cues.list_joiners and YEAR_TOKEN.match(texts[first - 5]):
                    first -= 5  # "1994, 1995 und von 2000 bis 2004"
                else:
                    break
            listed = _year_list(doc, first, cue)
            if len(listed) > 1 and listed[-1] == _year(texts[before[-1]]):
                return listed
        lo = max(clause.start, cue - 8)
        if not years and not any(ctx.counted_year(c) for c, _ in ctx.years_in(clause.start_char, char)) \
                and not self.cues.last_holder_words.isdisjoint(texts[lo:cue]) and any(
                texts[i] in self.cues.last_holder_words and texts[i + 1] not in self.cues.race_nouns
                and texts[i + 1] not in self.cues.round_nouns for i in range(lo, cue)):
            # "The last Ferrari driver to be crowned World Champion was X": a title of an earlier season (not "at
            # the last race", not "L'an dernier, Toyota avait remporté le titre": a clause dated by words)
            return []
        return [ctx.season_at(sent_i, char, lo=clause.start_char, hi=clause.end_char)]


def _same_holder(a: dict, b: dict) -> bool:
    """Whether two titles have the same category and holder (crews: one driver in common)."""
    if a["category"] != b["category"]:
        return False
    if a["category"] == "driver":
        return bool(set(a["drivers"]) & set(b["drivers"]))
    return (a["team"], a["manufacturer"]) == (b["team"], b["manufacturer"]) if a["category"] == "team" \
        else a["manufacturer"] == b["manufacturer"]


def _holds(title: dict, result: dict) -> bool:
    """Whether a standing is the title's: same season, category and class, and the same holder."""
    if (title["season"], title["category"], title["class"]) != (result["season"], result["category"], result["class"]):
        return False
    if title["category"] == "driver":
        return bool(set(title["drivers"]) & set(result["drivers"]))
    if title["category"] == "team" and title["team"] and result["team"]:
        # "West McLaren Mercedes" holds the standing of "McLaren": the words of one name among the other's
        words = [set(t.casefold().split()) for t in (title["team"], result["team"])]
        return words[0] <= words[1] or words[1] <= words[0]
    return title["manufacturer"] is not None and title["manufacturer"] == result["manufacturer"]


def _year(text: str) -> int:
    """The year a year token names ("2012." ends a sentence)."""
    return int(text.rstrip("."))


def _year_list(doc: Doc, i: int, end: int) -> list[int]:
    """``2008 und 2009`` / ``2002, 2004 und 2007`` / ``en 2018 puis en 2019`` starting at token ``i``."""
    return _year_run(doc, i, end)[0]


def _year_run(doc: Doc, i: int, end: int) -> tuple[list[int], int]:
    """``_year_list`` and the token after the run."""
    cues = cue_reader(doc.lang_)
    return year_run_to(TokenTable.of(doc).text, i, end, cues.crew_joiners | cues.year_joiners, cues.year_range_openers,
                       cues.year_prepositions)


def _years_after(clause: Span, group: Group, *, bare: bool = False) -> list[int]:
    """``Mattias Ekström (2004 und 2007)``: the years in a parenthesis right after a name; with ``bare`` also
    without one (``mit Mattias Ekström 2004 und 2007``)."""
    doc = clause.doc
    texts = TokenTable.of(doc).text
    k = group.end
    if bare and k < clause.end and YEAR_TOKEN.match(texts[k]):
        return _year_list(doc, k, clause.end)
    if k < clause.end and texts[k] == "(" and k + 1 < clause.end and YEAR_TOKEN.match(texts[k + 1]):
        years, close = _year_run(doc, k + 1, clause.end)
        if close < len(doc) and texts[close] == ")":
            return years
    return []


def _title_of(standing: dict) -> dict:
    """The title a season's standing led at its end states ("1983 wurde Röhrl Vizeweltmeister hinter Mikkola")."""
    fields = ("category", "series", "season", "class", "drivers", "team", "manufacturer", "car")
    return {**{k: standing[k] for k in fields}, "evidence": list(standing["evidence"]), "confidence": 0.8}


def _dedupe(records: list[dict]) -> list[dict]:
    """One title per category, season and holder; an explicit holder beats a default, a title stated
    outright one implied by a hat-trick; part of a crew ("Für Niederhauser ist es der erste Titel") goes in
    the crew's title."""
    crews = [(r["season"], set(r["drivers"])) for r in records if r["category"] == "driver"]
    records = [r for r in records if r["category"] != "driver"
               or not any(season == r["season"] and set(r["drivers"]) < crew for season, crew in crews)]
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
    out = [r for r in out if r["confidence"] >= 0.8 or (r["category"], r["season"]) not in strong]
    # "Audi krönt Titel-Triple" … "Rast hatte sich den Fahrertitel gesichert": a title named outright says who
    stated = {(r["category"], r["season"], r["class"]) for r in out if not r.get("_implied")}
    return [r for r in out if not r.get("_implied") or (r["category"], r["season"], r["class"]) not in stated]

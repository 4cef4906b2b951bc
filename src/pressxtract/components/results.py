"""``px_results``: race, qualifying and championship placings with their competitors.

Sets ``doc._.px_results``: dicts with the Result fields of SPEC §3, ``evidence`` and ``confidence``.
A clause that states a title is left to ``px_titles``; a clause that only hopes is skipped.
Who achieved a placing: the crew, team or make nearest the cue in its clause; else the person a
pronoun or descriptor stands for ("Der Brasilianer"); else the sentence's subject; a relative
clause (", der als Siebter …") is about the name before its comma. Names after "vor" took the
next places ("X gewann vor Y und Z"), and so do names after a continuation ("Dahinter folgten …").
A crew named in the next clause or sentence ("…, den sich X und Y teilten", "Am Steuer saßen …")
joins a placing stated for its car alone. A quote ``px_quotes`` marked as said by "the winner" gets the
one placed first before it as its speaker.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..context import CATEGORY_OF, DocContext, Group, class_finder, name_of, span_text, with_back_reference
from ..cues import (
    DASHES,
    Cue,
    CueReader,
    cue_reader,
    dashed_after,
    digit_tokens,
    opens_after_comma,
    word_before,
    year_tokens,
)
from ..kb import KnowledgeBase, load_default
from ..tokens import YEAR_TOKEN, TokenTable, remembered

BULLETS = DASHES | frozenset("-•*·▪")  # what opens a line of a list
OWNED_LABELS = frozenset({"CAR", "TEAM", "MANUFACTURER"})  # what a possessor may own and be placed with

if not Doc.has_extension("px_results"):
    Doc.set_extension("px_results", default=None)


@Language.factory("px_results", assigns=["doc._.px_results"], requires=["doc.ents"], default_config={"kb_paths": []})
def make_results(nlp: Language, name: str, kb_paths: list[str]) -> ResultExtractor:
    return ResultExtractor(nlp.lang, kb=load_default(tuple(kb_paths)))


class ResultExtractor:
    def __init__(self, lang: str, *, kb: KnowledgeBase):
        self.cues = cue_reader(lang)
        self.kb = kb
        # persons the knowledge base knows only off the track (a team owner, an engineer): no crew of their own
        self.off_track = kb.off_track()
        self.codrivers = kb.codrivers()

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext.of(doc, self.kb)
        table = TokenTable.of(doc)
        idx, texts = table.idx, table.text
        records: list[dict] = []
        last_person: Group | None = None
        last_make: Group | None = None
        numbered: dict[str, Group] = {}  # car number → the crew named with it
        crews: list[Group] = []  # the crews named so far, for "das Trio"
        last_place: tuple[int, Cue] | None = None  # (sentence, cue) of the last race or qualifying place stated
        last_standing: tuple[int, Cue] | None = None  # (sentence, cue) of the last standing stated
        placed: tuple[int, dict] | None = None  # (sentence, record) of the last placing stated
        standing_at = -2  # the last sentence that stated a standing
        qualifying_at = -2  # the last sentence that stated a qualifying place with a word of the session
        qualifying_passed = False  # whether that sentence only went on with the session of the one before
        list_winner: Group | None = None  # who won each race of a bulleted list a sentence announced
        class_wins = False  # the lines after a heading of class winners ("Class winners" ¶ "GTP: No. 31 … – X / Y")
        last_winners: list[tuple] = []  # the clauses naming last season's winners, read after the others
        listed_at, list_head = -2, (None, None)  # the last sentence of a numbered list; its kind and category
        for sent_i, sent in enumerate(ctx.sents):
            items = self.cues.numbered_items(sent)
            if items and ctx.quote_of(sent) is None:
                # "Drivers: 1. Kalle Rovanperä (Toyota) 207 points, 2. …", "Ergebnis (Top 5):" ¶ "1. X (Team)"
                if listed_at != sent_i - 1:  # a new list, headed by the line before and the words before its first
                    head = Span(doc, ctx.sents[max(0, sent_i - 1)].start, items[0][1])
                    list_head = self._list_head(ctx, sent_i, head)
                elif (own := self._list_head(ctx, sent_i, Span(doc, sent.start, items[0][1]))[1]) is not None:
                    list_head = (list_head[0], own)  # "… 3. Thierry Neuville" ¶ "Manufacturers: 1. …"
                listed_at = sent_i
                records.extend(self._numbered(ctx, sent_i, sent, items, *list_head))
                continue
            if list_winner is not None:
                if span_text(sent).lstrip()[:1] in BULLETS:
                    records.extend(self._listed_win(ctx, sent_i, sent, list_winner))
                else:
                    list_winner = None
            if class_wins and (won := self._class_win(ctx, sent_i, sent)):
                records.extend(won)
                continue
            # a line's second sentence leaves the list going ("- LMP2: … entry. Farano takes the title." ¶ "- LMP3: …")
            line_goes_on = class_wins and ctx.text[: sent.start_char].rstrip(" \t")[-1:] not in ("\n", "")
            class_wins = line_goes_on or self._heads_class_wins(ctx, sent_i, sent)
            if class_wins and not line_goes_on:
                continue
            if last_person is not None and self._announces_wins(ctx, sent_i, sent):
                list_winner = last_person  # "From then on the season read like a list of victories:" ¶ "- A" ¶ "- B"
                continue
            if placed is not None and placed[0] == sent_i - 1 and self._crew_sentence(sent, placed[1]):
                continue
            if not ctx.has_participants(sent_i) and not self.cues.may_refer_back(sent):
                continue  # nobody to credit with a placing
            top = self.cues.top_completed(sent)
            if top is not None and ctx.quote_of(sent) is None and not any(
                    c.position and c.i != top[2] for clause in self.cues.clauses(sent) for c in self._placings(clause)):
                completed = list(self._top_completed(ctx, sent_i, sent, self.cues.clauses(sent), *top[:2]))
                if completed:  # "Pérez, Massa, Button and Kvyat completed the top ten": places 7 to 10
                    records.extend(completed)
                    last_place, placed = (sent_i, Cue(top[0], "race", top[1])), (sent_i, completed[-1])
                    continue
            continues = standing_at == sent_i - 1 and last_standing is not None and last_standing[1].position \
                and any(self.cues.continuation_at(c) is not None for c in self.cues.clauses(sent))
            ordered = self._points_order(ctx, sent_i, sent, last_standing[1].position + 1 if continues else None)
            if ordered:  # "In der Endabrechnung kommt X auf 164 Punkte, Y auf 153, Z auf 149"
                records.extend(record for _, record in ordered)
                last_standing, standing_at = (sent_i, ordered[-1][0]), sent_i
                continue
            # "Lewis Hamilton führt die Fahrerwertung an … Platz drei belegt Max Verstappen": the standings go on in
            # the next sentence of the paragraph when it names no race, win or place, and so does a qualifying
            # ("Massa hatte sich im Qualifying die Pole gesichert. Hamilton wurde Zweiter")
            # (a race named only in a later clause that places nobody does not stop it: "Hamilton und Bottas folgten
            # auf den Plätzen zwei und drei, Vettel ging von Startplatz vier ins Rennen")
            goes_on = sent_i - 1 in (standing_at, qualifying_at) \
                and ctx.paragraph[sent_i] == ctx.paragraph[sent_i - 1] and ctx.quote_of(sent) is None and not ctx.places(sent.start_char, sent.end_char) \
                and not any(self.cues.names_a_race(c) and (c.start == sent.start or self._placings(c))
                            for c in self.cues.clauses(sent))
            # "Der Toyota #8 wurde Fünfter": a car by its number is placed in the race, not in the standings
            standings_go_on = goes_on and standing_at == sent_i - 1 and not self.cues.car_numbers(sent)
            # a sentence that goes on with a session passes it on, unless it tells of places lost on the way
            # ("dropped to eighth"): a race's, and so is such a sentence after one that only went on
            calm = self.cues.fallen_words.isdisjoint(TokenTable.of(doc).text[sent.start : sent.end])
            qualifying_goes_on = goes_on and qualifying_at == sent_i - 1 and (calm or not qualifying_passed)
            passes_session = qualifying_goes_on and calm
            before = len(records)
            subject: Group | None = None
            referred = False  # the sentence's subject refers back to the last person named
            previous_groups: list[Group] = []
            previous_records: list[dict] = []  # the placings of the clause before
            placed_records: list[dict] = []  # the placings of the last clause of the sentence that stated some
            clauses = self.cues.clauses(sent)
            for k, clause in enumerate(clauses):
                quoted = ctx.quote_of(clause)
                groups = [g for g in self.cues.groups(clause) if not self.cues.after_contact(doc, g.start)]
                # "als Mark Donohue und Chuck Parsons für Penske triumphiert hatten": whom the crew won for
                groups = [g for g in groups if not (g.label == "PERSON" and g.start
                                                    and texts[g.start - 1] in self.cues.owner_words
                                                    and any(h.label == "PERSON" and h.end < g.start for h in groups))]
                if not any(g.label == "PERSON" for g in groups):
                    # "the No. 8 won at Fuji", "der Porsche Nr. 19 gewann": the crew named with that number before
                    groups = [numbered[n].standing_for(i) for i, n in self.cues.car_numbers(clause)
                              if n in numbered][:1] + groups
                if quoted is None and (fronted := self.cues.fronted_rank(clause)) is not None:
                    # "Troisième à 1'13"5, Thierry Neuville a sauvé l'honneur …": the name after the comma, or the
                    # crew of the car named there ("Quatrième …, la Chrysler LMP n°16 …, pilotée par X, Y et Z")
                    named = next((g for g in groups if g.label == "PERSON" and (g.start == fronted[1] or (
                        g.start > fronted[1] and ctx.in_range("CAR", idx[fronted[1]], idx[g.start])
                        and not ctx.in_range("PERSON", idx[fronted[1]], idx[g.start])))), None)
                    if named is None and last_person is not None and self.cues.back_reference(clause) == fronted[1]:
                        # "Quatrième, l'Allemand se console …": the person named before
                        named = ctx.of_nationality(self.cues.nationality_at(doc, fronted[1]), last_person, fronted[1])
                    if named is not None:
                        records.extend(self._records(ctx, sent_i, sent, clause, fronted[0], named))
                if quoted is None and self.cues.defended_wins(clause):
                    last_winners.append((sent_i, sent, clause, groups))
                if quoted is None and groups:
                    records.extend(self._epithets_named(ctx, sent_i, sent, clause, groups))
                placings = self._placings(clause)
                if not placings and not groups and quoted is None and placed_records \
                        and (again := self.cues.years_only(clause)):
                    # "He won here in 1996, his first season in red, and again in 1998, 2000 and 2003": the same
                    # placing in those years
                    records.extend(self._earlier(ctx, r, year) for r in placed_records
                                   if r["kind"] != "championship" for year in again)
                elif not placings and quoted is None and placed_records \
                        and (again := self._name_and_years(clause, groups)):
                    # "Felipe Massa s'y était imposé en 2007 et en 2008, Fernando Alonso en 2010": the same placing for
                    # the name in its years
                    records.extend({**self._earlier(ctx, r, year), "drivers": list(groups[0].names)}
                                   for r in placed_records if r["kind"] != "championship" and r["drivers"]
                                   for year in again)
                if len(placings) > 1 and len({c.i for c in placings}) == 1 and self.cues.is_relative(clause) \
                        and any(r["position"] for r in previous_records):
                    placings = []  # "Second place went to X, who … handed Toyota a one-two": X's rank is stated
                if placings and quoted is None:
                    groups = self._without_possessors(groups, min(c.i for c in placings))
                if placings and quoted is None and self._title_won_elsewhere(ctx, clauses, k):
                    placings = []  # "… den Titel holt – nach Tänak 2019 und Ogier, der 2020 und 2021 triumphierte"
                if top is not None and quoted is None and clause.start <= top[0] < clause.end \
                        and not any(c.position and c.i != top[2] for c in placings) \
                        and not any(c.position for later in clauses[k + 1 :] for c in self._placings(later)):
                    # not when the ranks follow ("Die Top Ten komplettierten X und Y, die als Siebter und Achter …")
                    # "Rast fuhr die Bestzeit, Green und Müller komplettierten die ersten drei Startplätze"
                    completed = list(self._top_completed(ctx, sent_i, sent, [clause], *top[:2]))
                    if completed:
                        records.extend(completed)
                        continue
                if qualifying_at == sent_i and quoted is None and not self.cues.names_a_race(clause):
                    # "Van der Linde fuhr im Qualifying die schnellste Runde, Lawson wurde Zweiter": the session goes on
                    placings = [Cue(c.i, "qualifying", c.position, c.status) if c.kind == "race" and c.position else c
                                for c in placings]
                follows_standing = any(r["kind"] == "championship" for r in records[before:]) \
                    and self.cues.standing_follow_at(clause) is not None and not self.cues.names_a_race(clause) \
                    and bool(self.cues.categories(sent))
                # "Cassidy wurde mit 176 Zählern Dritter der Fahrerwertung, Oliver Rowland Vierter": a name and a
                # rank alone go on with the standing before them
                follows_standing = follows_standing or (
                    bool(previous_records) and all(r["kind"] == "championship" for r in previous_records)
                    and len(placings) == 1 and _bare_rank(clause)
                    and self.cues.kind_of(clauses[k - 1]) == "championship")
                if standings_go_on or qualifying_goes_on or follows_standing:
                    # "…, Toyota folgt drei Zähler dahinter auf Platz drei": the standing goes on
                    kind = "championship" if standings_go_on or follows_standing else "qualifying"
                    placings = [Cue(c.i, kind, c.position, c.status) if c.kind == "race" and c.position
                                and not self.cues.race_day_at(doc, c.i) else c for c in placings]
                crew = [n for g in groups if g.label == "PERSON" for n in g.names]
                clause_records: list[dict] = []
                if [(c.kind, c.position) for c in placings] == [("race", 1)] and quoted is None \
                        and len(dated := self.cues.names_with_years(clause)) > 1:
                    # "Red Bull's fifth win in Monaco after Mark Webber in 2010 and 2012, Sebastian Vettel in 2011 and
                    # Daniel Ricciardo in 2018": each name won in its years
                    base = next(self._records(ctx, sent_i, sent, clause, placings[0], dated[0][0]))
                    clause_records = [{**self._earlier(ctx, base, year), "drivers": list(group.names)}
                                      for group, years in dated for year in years]
                    records.extend(clause_records)
                    placings = []
                if [(c.kind, c.position) for c in placings] == [("race", 1)] and quoted is None \
                        and len(labelled := _class_labelled(ctx, [(g, clause) for g in groups]
                                                            + self._list_goes_on(clauses, k))) > 1:
                    # "victory went to the HPD of X, Y and Z (LMP2), the Ferrari of A, B and C (GTE-Pro) and …": each
                    # crew won the class after it
                    clause_records = [{**record, "class": label} for group, part, label in labelled
                                      for record in self._records(ctx, sent_i, sent, part, placings[0], group)]
                    records.extend(clause_records)
                    placings = []
                if quoted is None and len(placings) == 1 and placings[0].kind == "race" and placings[0].position \
                        and (victim := self.cues.taken_from_at(clause, placings[0].i)) is not None \
                        and (taker := [g for g in groups if g.end <= placings[0].i]) \
                        and (taken := [g for g in self.cues.groups(clause) if victim <= g.start <= victim + 1]):
                    # "Hill snatched fourth place from Frentzen's Williams": the one it was taken from is next
                    cue = placings[0]
                    taker = [g for g in taker if g.label == "PERSON"] or taker
                    clause_records = [*self._records(ctx, sent_i, sent, clause, cue, taker[-1]), *self._records(
                        ctx, sent_i, sent, clause, Cue(cue.i, cue.kind, cue.position + 1, cue.status), taken[0])]
                    records.extend(clause_records)
                    placings = []
                if not placings and crew and self.cues.names_car_crew(clause):
                    for record in previous_records:  # "Zweiter wurde der Peugeot 908, den sich X, Y und Z teilten"
                        if not record["drivers"] and record["kind"] != "championship":
                            record["drivers"] = list(crew)
                if placings:
                    back = self.cues.back_reference(clause)
                    if back == clause.start and self.cues.is_relative(clause):
                        back = None  # ", der als Vizemeister abschloss": a relative pronoun, about the name before it
                    me = self.cues.self_reference(clause)
                    speaker = ctx.speaker_meant(me)
                    if speaker is not None:  # "I won at Zolder", "you finished third" (an interview question)
                        groups = with_back_reference(groups, me[0], speaker, self.cues.partner_joiners)
                    elif (make := self.cues.make_reference(clause)) is not None and (own := _own_make(ctx, last_make)):
                        groups = [own.standing_for(make), *groups]  # "die Marke", "the brand"
                    elif back is not None and last_person is not None and quoted is None:
                        meant = _crew_of_size(ctx, crews, back, *self.cues.crew_size(back, doc)) \
                            or ctx.of_nationality(self.cues.nationality_at(doc, back), last_person, back)
                        groups = with_back_reference(groups, back, meant, self.cues.partner_joiners,
                                                     self.cues.runner_up_at(clause))
                        if subject is not None and subject.label == "PERSON" and subject.names != meant.names \
                                and self.cues.is_coordinated(clause) and not groups[0].start < back and word_before(
                                    TokenTable.of(doc), self.cues.behind | self.cues.ahead_of, clause.start, back, 2):
                            # "… jagte Pérez Alonso und wurde hinter dem Ferrari-Piloten Zweiter": the one meant is
                            # ahead, the sentence's subject is placed
                            groups = [subject.standing_for(clause.start), *groups]
                    elif self.cues.is_relative(clause) and previous_groups:
                        # ", die mit der Corvette die GT1-Klasse gewannen": about the names before the comma;
                        # ", der gemeinsam mit Jaminet und Estre Zweiter wurde": their crew
                        # the names as written, an opponent too ("Button collided with Fernando Alonso, who had to
                        # retire his Ferrari")
                        named_before = self.cues.groups(clauses[k - 1]) if k else []
                        groups = with_back_reference(groups, clause.start,
                                                     _antecedent(doc, named_before or previous_groups),
                                                     self.cues.partner_joiners)
                    elif not groups and previous_groups and k and doc[clause.start - 1].text == "," \
                            and doc[clause.end - 1].text == "," and clause.start >= 2 \
                            and (doc[clause.start - 2].ent_type_ == "PERSON" or doc[clause.start - 2].text == ")") \
                            and sum(TokenTable.of(doc).alpha[clause.start : clause.end]) <= (
                                6 if k + 1 < len(clauses) and self._opens_with_name(clauses[k + 1]) else 2):
                        # "derrière Max Verstappen (Red Bull), vainqueur, et …": an apposition to the name before;
                        # longer between two names of a list ("derrière Lewis Hamilton, auteur de la pole position,
                        # Max Verstappen, …", "devant Ayrton Senna (Lotus-Renault), parti de la pole position, et Keke
                        # Rosberg")
                        groups = [_antecedent(doc, previous_groups).standing_for(clause.start)]
                    elif not any(g.label == "PERSON" for g in groups) and previous_groups and k and clause.start >= 2 \
                            and doc[clause.start - 1].text == "," and doc[clause.start - 2].ent_type_ == "PERSON" \
                            and self.cues.names_a_win(doc[clause.start : clause.start + 1]):
                        # "Pour Olivier Panis, vainqueur du Grand Prix de Monaco 1996 au volant d'une Ligier, …": a
                        # win noun in apposition to the name before, in the car it names
                        groups = [_antecedent(doc, previous_groups).standing_for(clause.start), *groups]
                    elif (antecedent := self._before_relative(clauses, k, groups)) is not None:
                        # "Vettel, der rasch aufholte, komplettierte im Ferrari als Dritter das Podium": the
                        # person before the relative clause, in the car the clause names
                        groups = [antecedent.standing_for(clause.start), *groups]
                    elif subject is not None and subject.label == "PERSON" and quoted is None and len(groups) == 1 \
                            and groups[0].label == "PERSON" and not set(subject.names) & set(groups[0].names) \
                            and self.cues.after_crew_partner(doc, groups[0].start, clause.start):
                        # "Loïc Duval, lui, s'est imposé au Mans aux côtés de X et Y": the subject and its partners
                        crew = groups[0]
                        groups = [Group("PERSON", crew.start, crew.end, [*subject.names, *crew.names],
                                        [*subject.spans, *crew.spans])]
                    elif subject is not None and subject.label == "PERSON" and quoted is None \
                            and self.cues.continues_subject(clause) and (partners := self._partners_only(clause, groups)):
                        # "… und kam nach einem Zweikampf mit Glock als 13. ins Ziel": the subject, in a car of one
                        # driver without the one it fought; else with its partners ("… and won with X and Y")
                        if ctx.one_driver_cars(sent_i, idx[clause.start]):
                            groups = [subject.standing_for(clause.start), *(g for g in groups if g not in partners)]
                        else:
                            names = [*subject.names, *(n for g in partners for n in g.names)]
                            groups = [Group("PERSON", partners[0].start, partners[-1].end, names,
                                            [*subject.spans, *(s for g in partners for s in g.spans)])]
                    elif not groups and k and self.cues.names_car_crew(clauses[k - 1]) \
                            and not self.cues.is_relative(clauses[k - 1]) and not self._placings(clauses[k - 1]) \
                            and (persons := [
                                g for g in self.cues.groups(clauses[k - 1]) if g.label == "PERSON"]):
                        # "La Lamborghini n°63 …, confiée à X, à Y et à Z, a remporté …": the car's crew named before
                        groups = [_one_crew(persons).standing_for(clause.start)]
                    elif not groups and k and self.cues.opens_colon_list(clause) and (persons := [
                            g for g in self.cues.groups(clauses[k - 1]) if g.label == "PERSON"]):
                        # "Grosjean a enchaîné trois podiums : troisième en Corée, …": the one named before the colon
                        groups = [persons[-1].standing_for(clause.start)]
                    elif (resumed := self._after_coordinated_subject(clauses, k, groups)
                          or self._after_subordinate_subject(clauses, k, groups)
                          or self._after_apposed_subject(clauses, k, groups)) is not None and quoted is None:
                        groups = [resumed.standing_for(clause.start), *groups]
                    elif ((not groups or self._names_only_behind(clause, groups) or self._cars_driven(clause, groups)
                           or self._overtaken_only(clause, groups))
                          and subject is not None
                          and (not self.cues.starts_anew(clause) or span_text(sent).rstrip().endswith(":"))
                          and ctx.quote_at(idx[subject.start]) == quoted):
                        # "… vorbei und schob sich auf Platz zwei": the clause keeps the sentence's subject, and so
                        # does a statement's heading ("Lance Stroll (Williams FW40) – Platz 3:"); "Philipp Eng (BMW),
                        # am Sonntag nur Zehnter, behauptet Platz vier vor Rockenfeller": ahead of the names after "vor"
                        groups = [subject.standing_for(clause.start) if groups else subject, *groups]
                    if not groups and back is None and quoted is None:
                        # "Third place in the Hypercar class, and overall, went to the No. 36 Alpine of X, Y and Z":
                        # the holder a later part of the sentence awards it to
                        later = next((c for c in clauses[k + 1 :] if self.cues.groups(c)), None)
                        secured = later is not None and later is clauses[k + 1] and self.cues.is_relative(later) \
                            and self.cues.secures(later)
                        if later is not None and not self._placings(later) and ctx.quote_of(later) is None \
                                and (self.cues.awards(later) or secured
                                     or (later is clauses[k + 1] and self.cues.awards(clause))):
                            # "Von der Pole-Position, die sich Kévin Estre gesichert hatte, …": who secured it; "La
                            # deuxième place revient aux favoris du public, Franck Montagny, …": those it went to
                            groups = self.cues.groups(later)
                        elif later is not None and later is clauses[k + 1] and (
                                named := self.cues.groups(later)[0]).start == later.start and named.label == "PERSON" \
                                and self.cues.names_a_win(doc[clause.start : min(clause.start + 2, clause.end)]):
                            # "Déjà vainqueur à Hong Kong, …, Buemi compte …": a win before the name it describes
                            groups = [named.standing_for(clause.start)]
                    if not groups:  # "Den ersten hatte der Audi R8 im Jahr 2000 eingefahren": the car's make
                        groups = _cars_as_makes(ctx, clause, before=placings[0].i if quoted else None)
                    elif subject is None and quoted is None and (marker := self.cues.order_marker(clause)) is not None \
                            and all(g.start > marker[0] for g in groups):
                        # "Zuvor hatte der 908 HDi FAP … als Zweiter hinter Audi die Zielflagge gesehen": the make of
                        # the car before "hinter"/"vor" is placed around the names after it
                        groups = [*_cars_as_makes(ctx, clause, before=marker[0]), *groups]
                    runner_up = self.cues.runner_up_at(clause)
                    paired = groups
                    trailing = self.cues.trailing_at(clause) \
                        if [(c.kind, c.position) for c in placings] == [("championship", 2)] else None
                    ahead = None
                    while trailing is not None:
                        ahead = next((g for g in groups if g.start > trailing), None)
                        if ahead is None or "," not in texts[trailing : ahead.start]:
                            break
                        # "Twelve points behind before Monza, Schumacher now trails Alonso": the phrase before a name
                        trailing = self.cues.trailing_at(Span(doc, ahead.start, clause.end))
                        ahead = None
                    if ahead is not None:  # "Norris hat den Rückstand auf Piastri verkürzt": Piastri leads
                        records.extend(self._records(ctx, sent_i, sent, clause, Cue(trailing, "championship", 1),
                                                     ahead))
                        paired = [g for g in groups if g is not ahead] or (
                            [subject] if subject is not None and not self.cues.starts_anew(clause) else [])
                    if runner_up is not None:
                        persons_named = any(g.label == "PERSON" for g in groups)
                        second = next((g for g in groups if g.start > runner_up and (g.label == "PERSON" or (
                            not persons_named and any(h.start < runner_up for h in groups)))), None)
                        if second is not None:
                            # "mène le championnat avec 12 points d'avance sur X", "Mercedes compte huit points
                            # d'avance sur Ferrari": second in the standings; the leader the clause's own or the
                            # sentence's subject ("… and still leads the drivers' championship, 47 points clear of
                            # Bottas")
                            # the place behind the one the clause ranks ("sicherte sich mit einem Zähler Vorsprung
                            # auf Alonso Rang drei": Alonso fourth)
                            # not the rank of X: "ahead of the second-placed X", "sur Bird, deuxième"
                            own = range(runner_up + 1, second.end + 3 if texts[second.end:second.end + 1] == [","]
                                        else second.start)
                            # the kind of the ranks besides X's own ("18 points d'avance sur X, quatrième à l'arrivée")
                            others = {c.kind for c in placings if not second.end < c.i < own.stop} or {
                                "championship" if self.cues.kind_of(clause) == "championship" else "race"}
                            # of two kinds the one of the rank last before the phrase ("With second place, X extends
                            # his lead in the championship to 22 points over Y": Y second in the championship)
                            kinds_before = [c.kind for c in placings if c.i < runner_up and c.kind in others]
                            kind = others.pop() if len(others) == 1 else kinds_before[-1] if kinds_before else "race"
                            # "mit sechs Tausendstel Vorsprung auf Bortolotti die Bestzeit": second in qualifying; not
                            # after crossing the line ("Parti de la pole position, il a franchi la ligne d'arrivée
                            # devant X")
                            kind = "race" if kind == "qualifying" and self.cues.crosses_line(clause) else kind
                            ranks = {c.position for c in placings if c.position is not None and c.kind == kind
                                     and c.i not in own}
                            behind = min(ranks) + 1 if len(ranks) == 1 else 2
                            records.extend(self._records(ctx, sent_i, sent, clause, Cue(runner_up, kind, behind),
                                                         second))
                            # "… Vorsprung vor Sergio Pérez (Racing Point) und Sebastian Vettel (Ferrari)": in cars of
                            # one driver, the names listed after the second take the places after it
                            listed = self._listed_after(clause, groups, second) \
                                if ctx.one_driver_cars(sent_i, idx[runner_up]) else []
                            for k, group in enumerate(listed, 1):
                                records.extend(self._records(ctx, sent_i, sent, clause,
                                                             Cue(runner_up, kind, behind + k), group))
                            if kind == "championship" and any(c.i in own and c.kind == kind for c in placings):
                                # "compte 17 points d'avance sur Neuville, deuxième du championnat": that rank is
                                # Neuville's, and the one ahead leads
                                placings = [c for c in placings if c.i not in own or c.kind != kind] \
                                    or [Cue(runner_up, kind, behind - 1)]
                            # nor a team in parentheses after them ("clear of Carlos Sainz (Ferrari)")
                            ranked = [second, *listed]
                            paired = [g for g in groups if g not in ranked and not any(
                                g.start == r.end + 1 and texts[r.end] == "(" for r in ranked)] or (
                                [subject] if subject is not None and not self.cues.starts_anew(clause) else [])
                    if quoted is None and len(placings) > 1 and len({c.i for c in placings}) == 1:
                        paired = self._range_goes_on(clauses, k, placings, paired)
                    for cue, group in self._apposed_ranks(clause, placings, groups):
                        # "…, two ahead of Eddie Irvine, seventh today": the name before the comma
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, group))
                        placings = [c for c in placings if c is not cue]
                    for cue, group in self._pair(ctx, sent_i, clause, placings, paired):
                        if ctx.quote_at(idx[cue.i]) != ctx.quote_at(idx[group.start]):
                            continue  # words inside a quote and a name outside it (the attribution) do not pair
                        found = list(self._records(ctx, sent_i, sent, clause, cue, group))
                        if (cue.kind, cue.position) == ("race", 1) or (cue.kind == "championship" and cue.position):
                            # "der vierte Gesamtsieg nach 2000, 2003 und 2012", "zum fünften Mal Zweiter nach 2013, 2016"
                            found += [self._earlier(ctx, r, year) for r in found[:1]
                                      for year in self._earlier_years(clauses, k)]
                        records.extend(found)
                        clause_records.extend(found)
                        if cue.kind == "championship" and not (
                                cue.i - clause.start < 3 and group.start == _word_end(doc, cue.i)) \
                                and not self.cues.is_relative(clause):
                            # not a title heading a name ("Championship leader Fernando Alonso"), nor a standing in an
                            # aside ("Alonso, der als Tabellenführer nach Abu Dhabi gereist war, …")
                            standing_at = sent_i
                        elif cue.kind == "qualifying" and (self.cues.names_qualifying(clause) or passes_session
                                                           or (cue.position == 1 and self._after_session(ctx, sent_i))
                                                           or (not self.cues.names_a_race(clause) and any(
                                                               self.cues.names_qualifying(c)
                                                               and not self.cues.is_relative(c) for c in clauses[:k]))) \
                                and not _apposition(clauses, k) and not _apposed_to_name(clause, cue.i) \
                                and not any(self.cues.names_race_noun(c) for c in clauses[k + 1 :]):
                            # (not a session the sentence goes on from to the race: "sicherte sich die Pole-Position
                            # und führte das Rennen über alle 35 Runden an")
                            qualifying_at, qualifying_passed = sent_i, not self.cues.names_qualifying(clause)
                        placed = (sent_i, found[-1]) if found else placed
                        if cue.kind != "championship" and cue.position is not None and cue.status == "finished" \
                                and not (cue.kind == "qualifying" and last_place is not None and last_place[1].kind
                                         == "race" and clause.start <= last_place[1].i < clause.end) \
                                and not (last_place is not None and last_place[0] == sent_i
                                         and self.cues.is_relative(clause)):
                            # "il s'impose depuis la pole, devant X": the race goes on; but not from a relative
                            # clause ("were fourth in the Ferrari, which also won the Pro-Am class, ahead of X")
                            last_place = (sent_i, cue)
                        elif cue.kind == "championship" and cue.position is not None:
                            last_standing = (sent_i, cue)
                elif groups and quoted is None and (beaten := self.cues.beaten_only_by_at(clause)) is not None \
                        and (winner := next((g for g in groups if g.label == "PERSON" and g.start > beaten), None)):
                    # "X mussten sich nur dem Ferrari von A und B geschlagen geben": A and B won, X was second
                    loser = next((g for g in groups if g.label == "PERSON" and g.start < beaten), subject)
                    # in a sentence about qualifying, its first place ("… in qualifying, where he lined up second,
                    # beaten only by Mitch Evans")
                    kind = "qualifying" if self.cues.kind_of(sent) == "qualifying" else "race"
                    records.extend(self._records(ctx, sent_i, sent, clause, Cue(beaten, kind, 1), winner))
                    if loser is not None:
                        records.extend(self._records(ctx, sent_i, sent, clause, Cue(beaten, kind, 2), loser))
                elif groups and quoted is None and (runner_up := self.cues.runner_up_at(clause)) is not None \
                        and not (last_place is not None and last_place[0] == sent_i and self._opens_ahead(clause)):
                    # "… 15.452 seconds clear of the No. 3 Audi driven by X": second, with no win word here; a team
                    # or make where the clause names no person ("hat Mercedes acht Zähler Vorsprung auf Ferrari")
                    persons_named = any(g.label == "PERSON" for g in groups)
                    second = next((g for g in groups if (g.label == "PERSON" or not persons_named)
                                   and g.start > runner_up), None)
                    if second is not None:
                        # a standing's where the sentence names one up to here (not "They beat X by 1.39 seconds,
                        # and the class win sealed the drivers' championship")
                        up_to_here = self.cues.kind_of(doc[sent.start : clause.end])
                        kind = "championship" if up_to_here == "championship" else "race"
                        records.extend(self._records(ctx, sent_i, sent, clause, Cue(runner_up, kind, 2), second))
                        leader = next((g for g in groups if (g.label == "PERSON" or not persons_named)
                                       and g.start < runner_up), subject)
                        if leader is not None and (kind == "championship" or self.cues.crosses_line(clause)):
                            # "In der WM baute Hamilton seinen Vorsprung auf Bottas aus", "X crossed the line 4.7
                            # seconds ahead of Y": the leader first
                            records.extend(self._records(ctx, sent_i, sent, clause, Cue(runner_up, kind, 1), leader))
                            standing_at = sent_i if kind == "championship" else standing_at
                elif groups and quoted is None and last_standing is not None and last_standing[0] == sent_i \
                        and (self._opens_ahead(clause) or self._opens_behind(clause)):
                    # "Frijns prend la tête avec 62 points, devant Nyck de Vries (57) et Mitch Evans (54)"
                    for cue, group in self._continued(clause, groups, last_standing[1], True, clauses[k + 1 :]):
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, group))
                elif groups and quoted is None and last_standing is not None and last_standing[1].position \
                        and _goes_on(ctx, sent_i, k, last_standing[0]) \
                        and (at := self.cues.standing_follow_at(clause)) is not None:
                    # "Hamilton führte die Fahrerwertung mit 107 Punkten an, Alonso folgte mit 103 Zählern": next; also
                    # opening the next sentence of the paragraph ("… an der Spitze der Fahrerwertung. Dennis folgt …");
                    # level after an each-word ("Green und Paffett folgen mit jeweils 26 Punkten")
                    crews = _split_crews(clause, [g for g in groups if g.label == "PERSON"] or groups, None,
                                         self.codrivers)
                    for cue, crew in _places_after(at, last_standing[1], "championship", crews,
                                                   level=self.cues.says_each(clause)):
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, crew))
                        last_standing = (sent_i, cue)
                elif groups and quoted is None and last_place is not None and last_place[1].position \
                        and _goes_on(ctx, sent_i, k, last_place[0]) \
                        and (at := self._follows_after(clauses, k)) is not None:
                    # "Bottas took pole position ahead of Hamilton and Verstappen. Leclerc and Albon followed, …": the
                    # next places of the race or session stated last
                    crews = _split_crews(clause, [g for g in groups if g.start < at and g.label == "PERSON"], None,
                                         self.codrivers)
                    for cue, crew in _places_after(at, last_place[1], last_place[1].kind, crews):
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, crew))
                        last_place = (sent_i, cue)
                elif groups and quoted is None and (after := self._behind_named(ctx, sent_i, clause, groups, records)):
                    # "Hinter van der Linde kamen Zug, Kelvin van der Linde und Müller ins Ziel": the next places
                    for cue, group in after:
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, group))
                        last_place = (sent_i, cue)
                elif groups and quoted is None and previous_records and self.cues.says_likewise(clause):
                    # "Bryan Bouffier a abandonné samedi, tout comme Jari-Matti Latvala": the same status for them
                    named = ([g for g in groups if g.label == "PERSON"] or groups)[0]
                    for kind, status in dict.fromkeys((r["kind"], r["status"]) for r in previous_records
                                                      if r["position"] is None):
                        cue = Cue(clause.start, kind, None, status)
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, named))
                elif groups and last_place is not None and last_place[0] >= sent_i - 1 and quoted is None:
                    shared = not ctx.one_driver_cars(sent_i, idx[clause.start])
                    previous = last_place[1]
                    ranks = [r["position"] for r in records[before:] if r["kind"] == previous.kind and r["position"]]
                    if last_place[0] == sent_i and ranks and self._opens_behind(clause):
                        # "X et Y ont terminé deuxième et troisième, derrière la Red Bull de Z": behind the first
                        previous = Cue(previous.i, previous.kind, min(ranks), previous.status)
                    for cue, group in self._continued(clause, groups, previous, last_place[0] == sent_i,
                                                      clauses[k + 1 :], shared_cars=shared):
                        records.extend(self._records(ctx, sent_i, sent, clause, cue, group))
                        last_place = (sent_i, cue)
                elif (not groups and placed is not None and placed[0] >= sent_i - 1
                      and (placed[1]["kind"], placed[1]["position"]) == ("race", 1)):
                    if self.cues.adds_wins(clause):
                        records.extend(self._more_wins(ctx, clause, placed[1]))
                    elif placed[0] == sent_i and (listed := self.cues.earlier_win_places(
                            clause, ctx.places(clause.start_char, clause.end_char), whole=True)):
                        records.extend(self._earlier_wins(ctx, placed[1], listed))  # ", after Sweden, Chile and …"
                if subject is None and quoted is None and last_person is not None \
                        and not any(g.label == "PERSON" for g in groups) \
                        and (pronoun := self.cues.back_reference(clause)) is not None:
                    # "2016 blieb er sieglos und beendete das Jahr als Vierter", "Der Ferrari-Pilot, der …, gewann";
                    # "l'Espagnol franchissait la ligne …, signant sa cinquième victoire": the one of that nationality
                    meant = ctx.of_nationality(self.cues.nationality_at(doc, pronoun), last_person, pronoun)
                    subject = meant.standing_for(pronoun)
                    referred = True
                elif groups and subject is None and not (k == 0 and TokenTable.of(doc).text[clause.start]
                                                         in self.cues.opening_subordinators) \
                        and not self._fronted_phrase(clauses, k, groups) \
                        and not (k and opens_after_comma(clause, self.cues.subordinators)
                                 and not self.cues.is_relative(clause)):
                    # not the names of a subordinate clause opening the sentence ("Pendant que Räikkönen …"), nor of
                    # one after a fronted phrase ("In Neuseeland, wo McRae … aufgeben musste, sprang Eriksson in die
                    # Bresche und holte seinen zweiten Saisonsieg")
                    subject = next((g for g in groups if g.label == "PERSON"), groups[0])
                elif quoted is None and (joined := self._joined_subject(clauses, k, subject)) is not None:
                    subject = joined
                previous_groups = groups or previous_groups
                previous_records = clause_records
                placed_records = clause_records or placed_records
                named = self.cues.groups(clause)  # as named in the clause, whatever was made of ``groups``
                persons = [g for g in named if g.label == "PERSON"]
                if numbers := self.cues.car_numbers(clause):  # "der Audi mit der Startnummer 7, pilotiert von X, …"
                    after = self.cues.groups(clauses[k + 1]) if k + 1 < len(clauses) else []
                    numbered.update(_crews_by_number(numbers, persons + [g for g in after if g.label == "PERSON"]))
                for number, crew in numbered.items():  # "Werner im Schwesterauto #1" … "Biela, Pirro und Werner"
                    numbered[number] = next((p for p in persons if set(crew.names) < set(p.names)), crew)
                if quoted is None:
                    # as named, and as read ("der Japaner gemeinsam mit Sébastien Buemi und Brendon Hartley")
                    crews.extend(p for p in persons + groups if p.label == "PERSON" and len(p.names) > 1)
                if persons and quoted is None and (last_person is None or self.cues.back_reference(clause) is None) \
                        and not (referred and self.cues.continues_subject(clause)) \
                        and not (last_person is not None and self.cues.is_relative(clause)):
                    # names after a pronoun subject ("er kollidierte mit X", "Der Brite …, verlor … und kam nach
                    # einem Zweikampf mit Glock als 13. ins Ziel") or in a relative clause ("Gasly, der für Buemi
                    # eingesprungen war, …, nachdem er …") are no new topic
                    last_person = persons[-1]
                elif persons and quoted is None and (runner_up := self.cues.runner_up_at(clause)) is not None \
                        and persons[-1].start > runner_up:
                    # but the one beaten is ("Der Elsässer … mit 14,3 Sekunden Vorsprung auf Richard Burns ins Ziel.
                    # Der Weltmeister von 2001 belegte Rang zwei")
                    last_person = persons[-1]
                elif not persons and quoted is None and last_person is not None \
                        and (back := self.cues.back_reference(clause)) is not None:
                    # "X rejoint Fangio au palmarès. L'Allemand a gagné onze Grands Prix, … où il s'était imposé":
                    # a nationality descriptor makes the one it stands for the topic
                    last_person = ctx.of_nationality(self.cues.nationality_at(doc, back), last_person, back)
                makes = [g for g in named if g.label == "MANUFACTURER"]
                if makes and quoted is None:
                    last_make = makes[-1]
            records[before:] = self._final_places(ctx, self._per_year_crew(sent, records[before:]))
        for args in last_winners:
            records.extend(self._last_winners(ctx, *args))
        # a team boss quoted with the role ("Teamchefin Claire Williams") achieved nothing of this season
        staff = {q["speaker"] for q in doc._.px_quotes or [] if q.get("speaker") and q.get("role")
                 and any(w in q["role"].casefold() for w in self.cues.staff_words)}
        records = [r for r in records if not (r["season"] == ctx.anchor and set(r["drivers"]) & staff)
                   and not (r["drivers"] and self.off_track.issuperset(r["drivers"]))]
        doc._.px_results = _dedupe(_not_fallen(_classified(records)))
        _name_winners_quoted(doc, ctx)
        return doc

    def _list_head(self, ctx: DocContext, sent_i: int, head: Span) -> tuple[str, str | None]:
        """The kind of placing a numbered list ranks, and its standing's category, from what heads it."""
        categories = ctx.categories(self.cues.categories(head), sent_i, head.start_char, head.start_char,
                                    head.end_char)
        kind = "race" if self.cues.heads_race_list(head) else self.cues.kind_of(head)
        if kind == "race" and not self.cues.heads_race_list(head) and not self.cues.names_a_win(head) and ctx.sents:
            # a heading naming no session ("Das Ergebnis der Top Ten im Überblick:") in a qualifying report (its
            # headline names the pole or qualifying and no win: "George Russell holt die Pole in Silverstone")
            headline = ctx.sents[0]
            if self.cues.kind_of(headline) == "qualifying" and not self.cues.names_a_win(headline):
                kind = "qualifying"
        return kind, (next(iter(categories)) if len(categories) == 1 else None)

    def _numbered(self, ctx: DocContext, sent_i: int, sent: Span, items: list[tuple[int, int, int]], kind: str,
                  category: str | None):
        """Each numbered item's place for the crew it names, else for the first competitor named in it."""
        for number, start, end in items:
            item = Span(sent.doc, start, end)
            groups = [g for g in self.cues.groups(item) if g.label in CATEGORY_OF]
            # "2. #27 Heart of Racing Team, Aston Martin Vantage (Ian James, …)": the crew, in the team's car; a
            # standing of teams or makes places the first named
            crew = next((g for g in groups if g.label == "PERSON"), None) if category not in ("team", "manufacturer") \
                else None
            group = crew or next(iter(groups), None)
            for record in self._records(ctx, sent_i, sent, item, Cue(start, kind, number), group) if group else ():
                if kind == "championship" and category is not None:
                    record["category"] = category
                yield record

    def _announces_wins(self, ctx: DocContext, sent_i: int, sent: Span) -> bool:
        """The sentence ends in a colon, names nobody and states a win: the bulleted lines after it list the wins
        of the one named last ("From then on, the season read like a list of victories:")."""
        return span_text(sent).rstrip().endswith(":") and not ctx.has_participants(sent_i) \
            and ctx.quote_of(sent) is None and self.cues.names_a_win(sent)

    def _heads_class_wins(self, ctx: DocContext, sent_i: int, sent: Span) -> bool:
        """A heading line of a few words that names a win and no competitor ("Class winners", "Klassensieger")."""
        if len(sent) > 6:
            return False  # most sentences
        text = span_text(sent)
        words = text.split()
        return "\n" in text and 0 < len(words) <= 4 and words[-1][-1].isalnum() and not ctx.has_participants(sent_i) \
            and self.cues.names_a_win(sent)

    def _class_win(self, ctx: DocContext, sent_i: int, sent: Span) -> list[dict]:
        """A line under a heading of class winners that opens with its class and a colon ("GTP: No. 31 Action Express
        Racing Cadillac V-Series.R – Pipo Derani / Jack Aitken / Alexander Sims"): the win of the crew it names."""
        text = span_text(sent)
        head, colon, _ = text.partition(":")
        if not colon or len(head.split()) > 3:
            return []
        named = any(sent.start_char <= c < sent.start_char + len(head) for c, _ in ctx.classes)
        label = " ".join(head.split())  # "PC: No. 54 …": under the heading, a label that elsewhere needs a class word
        classes = class_finder(sent.doc.lang_)
        if not named and label not in classes.labels:
            return []
        groups = self.cues.groups(sent)
        group = next((g for g in groups if g.label == "PERSON"), None) or next(
            (g for g in groups if g.label in CATEGORY_OF), None)
        records = list(self._records(ctx, sent_i, sent, sent, Cue(sent.start, "race", 1), group)) if group else []
        for record in records if not named else ():
            record["class"] = classes.names.get(label, label)
        return records

    def _listed_win(self, ctx: DocContext, sent_i: int, sent: Span, winner: Group):
        """The win a bulleted line lists ("- Canadian Grand Prix, Montreal: first Red Bull win"): at its first place,
        unless the line names a winner of its own."""
        places = ctx.places(sent.start_char, sent.end_char)
        if not places or any((c.kind, c.position) == ("race", 1) for clause in self.cues.clauses(sent)
                             for c in self._placings(clause) if any(g.label == winner.label
                                                                    for g in self.cues.groups(clause))):
            return []  # not "first Red Bull win" of a person's list
        return list(self._records(ctx, sent_i, sent, sent, Cue(places[0].start, "race", 1),
                                  winner.standing_for(places[0].start)))

    def _placings(self, clause: Span) -> list[Cue]:
        """The placings a clause states as results (read once per clause)."""
        return remembered(clause, "result_placings", self._read_placings)

    def _read_placings(self, clause: Span) -> list[Cue]:
        if not self.cues.may_state(clause) or not self.cues.placings(clause):
            return []  # blockers and titles below only ever take placings away
        if self.cues.blocked(clause):  # a hope is no result; a rank beside a miss is ("verpasste als 14. die Punkte")
            return [c for c in self.cues.placings(clause) if c.position and c.position > 1
                    and c.kind != "championship"] if self.cues.only_misses(clause) else []
        if self.cues.titles(clause)[0] is not None and not (
                (back := self.cues.back_reference(clause)) is not None
                and all(back < i <= back + 3 for i in self.cues.title_cues(clause))):
            # a championship won is a title, and its verb no race win; a race won on the way is
            # ("mit einem Sieg beim Großen Preis von Abu Dhabi zum Weltmeister gekrönt"); a title word that
            # only describes the person ("startete der Champion von der Pole-Position") states no title
            # a place at a race named right after it is that race's ("Mit Platz drei beim 6-Stunden-Rennen von
            # Shanghai haben X, Y und Z die Fahrerwertung für sich entschieden")
            titles = set(self.cues.title_cues(clause))
            texts = TokenTable.of(clause.doc).text
            # nor a win word right before a title, its object ("Renault remportant aussi les deux titres des
            # constructeurs"), unless a partner word makes it the means ("mit einem Sieg … seinen dritten Titel")
            return [c for c in self.cues.placings(clause) if c.kind == "race" and c.position == 1
                    and c.i not in titles and texts[c.i] not in self.cues.won_standing
                    and not (any(0 < t - c.i <= 4 for t in titles)
                             and self.cues.partner_words.isdisjoint(texts[max(clause.start, c.i - 2) : c.i]))] + [
                Cue(c.i, "race", c.position, c.status) for c in self.cues.placings(clause)
                if c.position and c.position > 1 and c.i not in titles and self.cues.race_named_after(clause, c.i)]
        placings = self.cues.placings(clause)
        texts = TokenTable.of(clause.doc).text
        # "With second place, X extends his lead in the championship …": the rank before the subject's own lead is
        # the race's
        lead = next((c.i for c in placings if c.kind == "championship" and c.position == 1 and c.i > clause.start
                     and texts[c.i] in self.cues.leader and texts[c.i - 1] in self.cues.possessives), None)
        return [Cue(c.i, "race", c.position, c.status) if c.kind == "championship" and c.position and (
                    self.cues.race_named_after(clause, c.i) or (lead is not None and c.i < lead and c.position > 1))
                else c for c in placings]

    def _points_order(self, ctx: DocContext, sent_i: int, sent: Span, start: int | None) -> list[tuple[Cue, dict]]:
        """A standing stated by points alone, each competitor with its tally in falling order and no rank named
        ("In der Endabrechnung kommt X auf 164 Punkte, Y auf 153, Z auf 149"): ranked in that order, from 1 or, going
        on from the sentence before ("Dahinter folgen …"), from ``start``."""
        if len(digit_tokens(sent.doc, sent.start, sent.end)) < 2:
            return []  # most sentences: no two tallies
        texts = TokenTable.of(sent.doc).text
        clauses = self.cues.clauses(sent)
        if ctx.quote_of(sent) is not None or any(self._placings(c) for c in clauses):
            return []
        named = [(c, one) for c in clauses for g in self.cues.groups(c) for one in _each(g)]  # each with its tally
        persons = [(c, g) for c, g in named if g.label == "PERSON"]
        # teams and makes, not a make in parentheses after its team ("Toyota Gazoo Racing (Toyota) 300")
        competitors = persons or [(c, g) for c, g in named if g.start == 0 or texts[g.start - 1] != "("]
        tallies = []  # the token of each competitor's tally
        for k, (_, group) in enumerate(competitors):
            end = competitors[k + 1][1].start if k + 1 < len(competitors) else sent.end
            at = next((i for i in range(group.end, min(end, group.end + 9)) if texts[i].rstrip(".").isdigit()
                       and not year_tokens(sent.doc, i, i + 1)), None)  # "auf 149. Dahinter …": one sentence
            if at is None:
                return []
            tallies.append(at)
        # whether the sentence speaks of a standing, read only now: most sentences with two numbers hold no tallies
        if len(tallies) < 2 or (start is None and not any(self.cues.kind_of(c) == "championship" for c in clauses)):
            return []
        points = [(at, int(texts[at].rstrip("."))) for at in tallies]
        if any(a[1] <= b[1] for a, b in zip(points, points[1:])):
            return []
        ordered = []
        for position, ((clause, group), (at, _)) in enumerate(zip(competitors, points), start or 1):
            cue = Cue(at, "championship", position)
            ordered.extend((cue, record) for record in self._records(ctx, sent_i, sent, clause, cue, group))
        return ordered

    def _title_won_elsewhere(self, ctx: DocContext, clauses: list[Span], k: int) -> bool:
        """Clause ``k`` is a relative clause, or a coordinated one or one opening with its years, that only says
        someone won, with no race or place of its own, and another clause of its sentence states a title: the win is
        that title's, no race's ("…, der 2020 und 2021 triumphierte", "…, 2008 und 2009 triumphierte Timo Scheider",
        "…, and Timo Scheider triumphed in 2008 and 2009")."""
        clause = clauses[k]
        if not (self.cues.is_relative(clause) or (k and year_tokens(clause.doc, clause.start, clause.start + 1))
                or (self.cues.is_coordinated(clause) and year_tokens(clause.doc, clause.start, clause.end))) \
                or any(c.kind != "race" or c.position != 1 for c in self._placings(clause)) \
                or ctx.places(clause.start_char, clause.end_char) or self.cues.names_race_noun(clause):
            return False
        return any(self.cues.title_cues(other) for j, other in enumerate(clauses) if j != k)

    def _crew_sentence(self, sent: Span, record: dict) -> bool:
        """"… wurde der Mercedes von Black Falcon als Zweiter abgewinkt. Am Steuer saßen X, Y und Z.": the
        sentence names the crew of a placing stated for its car alone; ``record`` gets the drivers."""
        if record["drivers"] or not self.cues.names_crew(sent):
            return False
        record["drivers"] = [n for g in self.cues.groups(sent) if g.label == "PERSON" for n in g.names]
        record["evidence"].append((sent.start_char, sent.end_char))
        return True

    def _continued(self, clause: Span, groups: list[Group], previous: Cue, same_sentence: bool,
                   later: list[Span], *, shared_cars: bool = False):
        """"Dahinter folgten Lucas Auer und Jonathan Aberdein": the places after ``previous``, one per crew;
        after a time gap, one car ("Nur 0,353 Sekunden dahinter kreuzte X, das er sich mit Y teilte"); a clause
        opening with "vor"/"hinter" after a comma continues a placing of its own sentence only (and goes on into
        the ``later`` clauses of the sentence when those list exactly the places before it). Where drivers share
        cars (``shared_cars``), three or more names in one list are one crew ("ahead of André Lotterer, Marcel
        Fässler and Mike Rockenfeller in the second Phoenix Audi")."""
        at = self.cues.continuation_at(clause)
        if at is None and same_sentence and self._opens_ahead(clause):
            at = clause.start  # "… termine quatrième, devant son coéquipier George Russell": the next place
        behind = at is None and same_sentence and self._opens_behind(clause)
        if behind and TokenTable.of(clause.doc).text[clause.end - 1] == ",":
            groups = self._all_ahead(clause, groups, later, (previous.position or 1) - 1)
            behind = bool(groups)
        if behind:  # "… auf Rang vier, unmittelbar hinter Max Verstappen.": the place before, persons only (in a
            # standing teams and makes where it names no person: "…, derrière Red Bull Racing, …, Mercedes et Ferrari")
            at = clause.start
            groups = [g for g in groups if g.label == "PERSON"] or [
                g for g in groups if previous.kind == "championship" and g.label in ("TEAM", "MANUFACTURER")]
        if at is None:
            return
        texts = TokenTable.of(clause.doc).text
        groups = self._without_possessors(groups, at)  # "… und Spenglers Markenkollege Augusto Farfus"
        persons = [g for g in groups if g.label == "PERSON"] or groups
        crews = _split_crews(clause, persons, self.cues, self.codrivers)
        # nor the one a partner noun names ("Yuki Tsunoda, l'équipier de Gasly, Carlos Sainz …")
        crews = [g for g in crews if g.start < 2 or texts[g.start - 2] not in self.cues.partner_nouns]
        if (at > clause.start and texts[at - 1] in self.cues.margin_units) or (
                shared_cars and len(persons) == 1 and len(crews) >= 3 and all(len(g.names) == 1 for g in crews)):
            crews = [_one_crew(persons)]
        after: list[Group] = []
        if behind:  # "…, derrière Johnny Herbert et devant Rubens Barrichello": those after "devant" come next
            stop = max([clause.end] + [g.end for g in crews])  # the list may go on after the clause (``later``)
            turn = next((k for k in range(at + 1, stop) if texts[k] in self.cues.ahead_of), stop)
            after = [g for g in crews if g.start > turn]
            crews = [g for g in crews if g.start < turn]
        for k, group in enumerate(crews):
            position = previous.position - len(crews) + k if behind else previous.position + k + 1
            if position > 0:
                yield Cue(at, previous.kind, position), group
        for k, group in enumerate(after, 1):
            yield Cue(at, previous.kind, previous.position + k), group

    def _all_ahead(self, clause: Span, groups: list[Group], later: list[Span], count: int) -> list[Group]:
        """The competitors of a "behind" clause ending in a comma and of the clauses after it that place nobody, when
        they are exactly the ``count`` ahead ("…, derrière Sebastian Vettel, sacré pour la quatrième fois, Fernando
        Alonso, Mark Webber, … et Nico Rosberg"); persons, or teams and makes where it names no person; else none."""
        labels = {"PERSON"} if any(g.label == "PERSON" for g in groups) else {"TEAM", "MANUFACTURER"}
        named = [g for g in groups if g.label in labels]
        own = len(named)
        for part in later:
            if len(_split_crews(clause, named, self.cues, self.codrivers)) >= count:
                break
            if self._placings(part):
                if len(named) == 1 and not self.cues.groups(part) \
                        and all(c.position == 1 for c in self._placings(part)):
                    continue  # "derrière Max Verstappen (Red Bull), vainqueur, et …": the first one's win
                break
            named += [g for g in self.cues.groups(part) if g.label in labels]
        return named if len(named) > own and len(_split_crews(clause, named, self.cues, self.codrivers)) == count \
            else []

    def _behind_named(self, ctx: DocContext, sent_i: int, clause: Span, groups: list[Group], records: list[dict]):
        """A clause opening with "behind" and a competitor placed in this season's race before, then others: they
        take the places after it, in order ("Hinter van der Linde kamen Zug, Kelvin van der Linde und Müller ins
        Ziel")."""
        table = TokenTable.of(clause.doc)
        # a name right after it, or after lower-case words ("Hinter van der Linde": the name's particles)
        if len(groups) < 2 or table.text[clause.start].casefold() not in self.cues.behind \
                or groups[0].start > clause.start + 3 or not all(table.lower[i] for i in range(clause.start + 1,
                                                                                               groups[0].start)):
            return []
        placed = [r for r in records if r["kind"] == "race" and r["position"] and r["season"] == ctx.anchor
                  and r["drivers"] and set(groups[0].names) <= set(r["drivers"])]
        if not placed:
            return []
        others = [g for g in groups[1:] if g.label == "PERSON"] or groups[1:]
        one_driver = ctx.one_driver_cars(sent_i, table.idx[clause.start])
        crews = [one for g in others for one in _each(g)] if one_driver \
            else _split_crews(clause, others, self.cues, self.codrivers)
        return [(Cue(clause.start, "race", placed[-1]["position"] + k), crew) for k, crew in enumerate(crews, 1)]

    def _per_year_crew(self, sent: Span, found: list[dict]) -> list[dict]:
        """"Der 919 Hybrid gewann Le Mans dreimal: 2015 mit X, Y und Z, 2016 mit A, B und C, …": the one placing
        the sentence states, once per year and crew it lists."""
        placed = {(r["kind"], r["position"], r["status"]) for r in found}
        if len(placed) != 1 or next(iter(placed))[0] == "championship":
            return found
        crews = self.cues.year_crews(sent)
        if len(crews) < 2:
            return found
        return [{**found[0], "season": year, "drivers": list(crew.names), "evidence": list(found[0]["evidence"])}
                for year, crew in crews]

    def _before_relative(self, clauses: list[Span], k: int, groups: list[Group]) -> Group | None:
        """The person that clause ``k`` goes on about when it opens in lower case right after a relative clause and
        names no person before its first placing ("Mika Häkkinen, who will take a sabbatical in 2002, finished fourth
        …, Rubens Barrichello was fifth"): the name before that relative clause."""
        if k < 2 or not self.cues.is_relative(clauses[k - 1]) or not self._placed_first(clauses[k], groups):
            return None
        table = TokenTable.of(clauses[k].doc)
        if not (table.lower[clauses[k].start] and table.alpha[clauses[k].start]):
            return None
        named = self.cues.groups(clauses[k - 2])
        antecedent = _antecedent(clauses[k].doc, named) if named else None
        return antecedent if antecedent is not None and antecedent.label == "PERSON" else None

    def _placed_first(self, clause: Span, groups: list[Group]) -> bool:
        """Whether the clause names no person before its first placing."""
        placings = self._placings(clause)
        return not any(g.label == "PERSON" and not (placings and placings[0].i < g.start) for g in groups)

    def _partners_only(self, clause: Span, groups: list[Group]) -> list[Group]:
        """The clause's persons when each follows a partner word ("mit Glock", "with X"), else none."""
        persons = [g for g in groups if g.label == "PERSON"]
        if persons and all(self.cues.after_partner_word(clause.doc, g.start, lo=clause.start) for g in persons):
            return persons
        return []

    def _fronted_phrase(self, clauses: list[Span], k: int, groups: list[Group]) -> bool:
        """Whether clause ``k`` is a phrase opening the sentence, ending in a comma, naming nobody at its start and
        placing nobody, before a clause that opens with a person, or with one word and a comma before one: its names
        are not the sentence's subject ("Appelé … pour remplacer Lance Stroll, souffrant, Nico Hülkenberg … a terminé
        huitième"; not "…, holte Felipe Massa von Ferrari")."""
        if k or len(clauses) < 2 or groups[0].start == clauses[0].start:
            return False
        clause, after = clauses[0], clauses[1]
        texts = TokenTable.of(clause.doc).text
        if texts[clause.end - 1] != "," or self._placings(clause):
            return False
        person = next((g for g in self.cues.groups(after) if g.label == "PERSON"), None)
        return person is not None and (person.start == after.start
                                       or (person.start - after.start == 2 and texts[person.start - 1] == ","))

    def _after_coordinated_subject(self, clauses: list[Span], k: int, groups: list[Group]) -> Group | None:
        """The person that clause ``k`` goes on about when it names no person, opens in lower case after a comma
        and the clause before opens with a coordinator, then a name (or names one person after a partner word), and
        places nobody ("…, et Rockenfeller, de l'équipe Phoenix, complète le podium"): that name."""
        if k < 2 or any(g.label == "PERSON" for g in groups):
            return None
        before = clauses[k - 1]
        if not _verb_after_comma(clauses[k]) or len(before) < 2 or not self.cues.is_coordinated(before) \
                or self._placings(before):
            return None
        persons = [g for g in self.cues.groups(before) if g.label == "PERSON"]
        if len(persons) == 1 and (persons[0].start == before.start + 1 or self.cues.after_partner_word(
                before.doc, persons[0].start, lo=before.start)):
            # "…, and the four-wheel-drive Falken Nissan Skyline GT-R, with Roland Asch among its drivers, finished
            # fifth": the one named with the car
            return persons[0]
        return None

    def _after_subordinate_subject(self, clauses: list[Span], k: int, groups: list[Group]) -> Group | None:
        """The person a coordinated clause naming nobody goes on about when the clause before it is a subordinate
        one whose subject is a name, no pronoun, and places nobody ("…, als ihn Lucas di Grassi auf den letzten
        Metern noch abfing und gewann"): that name."""
        if k < 1 or groups or not self.cues.is_coordinated(clauses[k]):
            return None
        before = clauses[k - 1]
        if not opens_after_comma(before, self.cues.subordinators) or self.cues.is_relative(before) \
                or self._placings(before):
            return None
        first = next((g for g in self.cues.groups(before) if g.label == "PERSON"), None)
        texts = TokenTable.of(before.doc).text
        if first is None or not self.cues.subject_pronouns.isdisjoint(texts[before.start : first.start]):
            return None
        return first

    def _after_apposed_subject(self, clauses: list[Span], k: int, groups: list[Group]) -> Group | None:
        """The person clause ``k`` goes on about when it names no person and opens in lower case after a comma, the
        clause before is a short apposition that names and places nobody, and the one before that ends in one name
        after at most two small words ("…, tandis que Martin Tomczyk, parti dixième, a hissé l'Audi … sur la troisième
        marche du podium"): that name."""
        if k < 2 or any(g.label == "PERSON" for g in groups):
            return None
        apposition, before = clauses[k - 1], clauses[k - 2]
        table = TokenTable.of(apposition.doc)
        if not _verb_after_comma(clauses[k]) or len(apposition) > 6 or self.cues.groups(apposition) \
                or self._placings(apposition) or self._placings(before):
            return None
        persons = [g for g in self.cues.groups(before) if g.label == "PERSON"]
        if len(persons) != 1 or persons[0].end != before.end - 1 or table.text[before.end - 1] != "," \
                or persons[0].start - before.start > 2 or not all(table.lower[i]
                                                                  for i in range(before.start, persons[0].start)):
            return None
        return persons[0]

    def _names_only_behind(self, clause: Span, groups: list[Group]) -> bool:
        """The clause opens in lower case (its verb), states its placings before "vor"/"ahead of" (or any with
        "hinter"/"behind") and names competitors only after it."""
        marker = self.cues.order_marker(clause)
        table = TokenTable.of(clause.doc)
        if marker is None or not (table.lower[clause.start] and table.alpha[clause.start]) \
                or not all(g.start > marker[0] for g in groups):
            return False
        placings = self._placings(clause)
        # "… und hinter Mäkinen auf Platz zwei zurückgefallen", "und kam als Zweiter hinter Hamilton ins Ziel"
        return all(c.i < marker[0] for c in placings) if marker[1] > 0 else bool(placings)

    def _joined_subject(self, clauses: list[Span], k: int, subject: Group | None) -> Group | None:
        """The subject joined by the name that clause ``k`` opens with after a coordinator, when the clause before is
        an apposition to the subject ("Timo Scheider, Meister der Jahre 2008 und 2009, und Martin Tomczyk hatten …
        und kamen auf die Plätze drei und vier"): both."""
        if subject is None or subject.label != "PERSON" or k < 1 or not self.cues.is_coordinated(clauses[k]):
            return None
        table = TokenTable.of(clauses[k].doc)
        start = clauses[k].start
        if not subject.end < start - 2 or table.text[subject.end] != "," or table.text[start - 1] != "," \
                or "PERSON" in table.ent[subject.end : start]:
            return None
        joined = next((g for g in self.cues.groups(clauses[k]) if g.label == "PERSON"), None)
        if joined is None or joined.start != clauses[k].start + 1:
            return None
        return subject.crew_with(joined)

    def _cars_driven(self, clause: Span, groups: list[Group]) -> bool:
        """The clause names only makes or teams, each after a partner or beneficiary word: the cars driven ("finished
        third this year with Citroën", "kamen für Audi auf die Plätze drei und vier", "finishing third for Sauber"),
        not competitors of their own."""
        texts = TokenTable.of(clause.doc).text
        return all(g.label in ("MANUFACTURER", "TEAM") and (self.cues.after_partner_word(clause.doc, g.start)
                                                  or texts[g.start - 1] in self.cues.beneficiaries) for g in groups)

    def _name_and_years(self, clause: Span, groups: list[Group]) -> list[int]:
        """The years right after the one person a clause opens with and names, when no verb comes between ("…,
        Fernando Alonso en 2010 pour sa première course en rouge", "…, Fernando Alonso in 2010 in his first race for
        Ferrari")."""
        texts = TokenTable.of(clause.doc).text
        if not groups or groups[0].label != "PERSON" or any(g.label == "PERSON" for g in groups[1:]) \
                or groups[0].start != clause.start + (texts[clause.start] in self.cues.coordinators):
            return []
        end = groups[0].end
        while end < clause.end and (YEAR_TOKEN.match(texts[end]) or texts[end] in self.cues.year_prepositions
                                    or texts[end] in self.cues.list_joiners):
            end += 1
        return self.cues.years_only(clause.doc[groups[0].end : end]) if end > groups[0].end else []

    def _overtaken_only(self, clause: Span, groups: list[Group]) -> bool:
        """Every competitor the clause names is the object of an overtaking verb ("… then passed Leclerc on lap nine to
        move up to fourth"): the one placed is the subject."""
        texts = TokenTable.of(clause.doc).text
        return bool(groups) and all(g.start > clause.start and texts[g.start - 1] in self.cues.overtake_verbs
                                    for g in groups)

    def _opens_with_name(self, clause: Span) -> bool:
        """The clause opens with a person's name, or a coordinator and one ("et Keke Rosberg")."""
        doc = clause.doc
        start = clause.start + (clause.start + 1 < clause.end and doc[clause.start].text in self.cues.coordinators)
        return doc[start].ent_type_ == "PERSON"

    def _opens_ahead(self, clause: Span) -> bool:
        """The clause, after a comma, opens with "vor"/"ahead of"/"devant": the names in it follow the rank before."""
        return opens_after_comma(clause, self.cues.ahead_of, after_adverb=True)

    def _opens_behind(self, clause: Span) -> bool:
        """The clause, after a comma, opens with "hinter"/"behind"/"derrière" ("…, unmittelbar hinter X")."""
        return opens_after_comma(clause, self.cues.behind, after_adverb=True)

    def _top_completed(self, ctx: DocContext, sent_i: int, sent: Span, clauses: list[Span], verb: int, size: int):
        """The competitors ``clauses`` name outside relative clauses, in order, on the last places of a top group."""
        crews = [g for clause in clauses if not self.cues.is_relative(clause)
                 for g in _split_crews(clause, [g for g in self.cues.groups(clause) if g.label == "PERSON"], None,
                                             self.codrivers)]
        first = size - len(crews) + 1
        if not crews or first < 2:
            return
        kind = "qualifying" if self.cues.kind_of(sent) == "qualifying" else "race"  # "… die ersten drei Startplätze"
        if len(clauses) == 1 and self.cues.in_standing_scope(sent, clauses[0]):
            kind = "championship"  # "In der Fahrerwertung …, Latvala komplettiert das Podium"
        for k, crew in enumerate(crews):
            yield from self._records(ctx, sent_i, sent, sent, Cue(verb, kind, first + k), crew)

    @staticmethod
    def _more_wins(ctx: DocContext, clause: Span, won: dict):
        """"… a win in Sweden, and after that came Chile, Portugal and Finland": the same competitor's win at
        each place the clause lists."""
        more = {**won, "evidence": [(clause.start_char, clause.end_char)], "confidence": 0.6}
        yield from _at_places(ctx, more, ctx.places(clause.start_char, clause.end_char), skip=frozenset({won["event"]}))

    def _listed_after(self, clause: Span, groups: list[Group], first: Group) -> list[Group]:
        """The persons listed right after ``first`` ("X (Team), Y (Team) und Z"): joined by commas and "und" only,
        besides each one's parentheses."""
        texts = TokenTable.of(clause.doc).text
        listed, end = [], first.end
        for group in (g for g in groups if g.label == "PERSON" and g.start >= first.end):
            between = _outside_parentheses(texts[end : group.start])
            if not between or not self.cues.list_joiners.issuperset(between):
                break
            listed.append(group)
            end = group.end
        return listed

    def _listed_apart(self, clause: Span, placings: list[Cue], pool: list[Group]) -> bool:
        """Whether the names, each perhaps with a parenthesis after it, are listed with nothing but list joiners
        between them, before rising ranks ("X (McLaren) et Y (Aston Martin), neuvième et dixième"; not "Hinter
        Hamilton komplettierten X und Y als Zweiter und Dritter")."""
        ranks = [c.position for c in sorted(placings, key=lambda c: c.i)]
        named = sorted(pool, key=lambda g: g.start)
        if not all(ranks) or any(a >= b for a, b in pairwise(ranks)) or named[-1].end > min(c.i for c in placings):
            return False
        return self._listed_after(clause, named, named[0]) == named[1:]

    def _apposed_ranks(self, clause: Span, placings: list[Cue], groups: list[Group]) -> list[tuple[Cue, Group]]:
        """A rank standing alone in apposition to the person before its comma, other ranks in the clause ("…, two
        ahead of Eddie Irvine, seventh today."), or alone with a race day phrase ("18 points clear of Colin McRae,
        fourth at the finish"): that person's."""
        texts = TokenTable.of(clause.doc).text
        return [(c, g) for c in placings for g in groups if g.label == "PERSON" and g.end == c.i - 1
                and texts[c.i - 1] == "," and c.i + 1 < clause.end
                and ((len(placings) > 1 and texts[c.i + 1] in {".", ",", ";"})
                     or self.cues.race_day_at(clause.doc, c.i))]

    def _without_possessors(self, groups: list[Group], cue: int) -> list[Group]:
        """Not a person written as a possessor after the cue, nor what they possess ("retired after running into the
        back of Vitantonio Liuzzi's Toro Rosso"); nor a make or team owning a win that counts the placing ("… took the
        chequered flag first, Porsche's 19th overall win")."""
        if not groups:
            return groups
        doc = groups[0].spans[0].doc
        possessors = [g for g in groups if g.start > cue and self.cues.is_genitive(g) and (
            g.label == "PERSON" or (g.label in ("MANUFACTURER", "TEAM")
                                    and self.cues.names_a_win(doc[g.end : min(g.end + 4, len(doc))])))]
        if not possessors:
            return groups
        table = TokenTable.of(doc)
        texts = table.text
        possessed = {g.end + (texts[g.end] in self.cues.possessive_marks) for g in possessors}  # after any "'s"
        # a possessor placed by "ahead of"/"behind" is the competitor, the car or team it owns only what it drove
        # ("ahead of Kimi Räikkönen's McLaren-Mercedes"; not "ahead of Loeb's team-mate Carlos Sainz")
        order = self.cues.ahead_of | self.cues.behind
        ranked = [g for g in possessors if word_before(table, order, 0, g.start, reach=3)
                  and table.ent[g.end + (texts[g.end] in self.cues.possessive_marks)] in OWNED_LABELS]
        return [g for g in groups if (g not in possessors or g in ranked) and g.start not in possessed]

    def _follows_after(self, clauses: list[Span], k: int) -> int | None:
        """Token index of a follow word closing clause ``k`` or opening the next one before a comma or the end
        ("Leclerc and Albon followed, with …"), not one before those it is followed by ("followed by Y")."""
        texts = TokenTable.of(clauses[k].doc).text
        for part in clauses[k : k + 2]:
            at = self.cues.standing_follow_at(part)
            if at is not None and (part is clauses[k] or at == part.start) \
                    and (at + 1 == part.end or not texts[at + 1][:1].isalnum()):
                return at
        return None

    def _epithets_named(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, groups: list[Group]):
        """"Tabellenführer Jules Gounon": the standing's leader, "pole-sitter Kimi Räikkönen": the pole's holder,
        whatever else the clause states of them."""
        for cue, start in self.cues.placing_epithets(clause):
            named = next((g for g in groups if g.start == start), None)
            if named is not None:
                yield from self._records(ctx, sent_i, sent, clause, cue, named)

    def _last_winners(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, groups: list[Group]):
        """"Vorjahressieger Manthey Racing", "last year's winners X, Y and Z": the release's race, won the season
        before the release's."""
        for cue, start in self.cues.defended_wins(clause):
            winner = next((g for g in groups if g.start == start), None)
            if winner is not None and ctx.anchor is not None:
                for record in self._records(ctx, sent_i, sent, clause, Cue(cue, "race", 1), winner):
                    yield self._earlier(ctx, record, ctx.anchor - 1)

    def _earlier_years(self, clauses: list[Span], k: int) -> list[int]:
        """The years of earlier wins listed in clause ``k``, or in the clause after it when that one opens with the
        marker and places nobody ("leur quatrième succès, après ceux de 2000, 2001 et 2002")."""
        years = self.cues.earlier_wins(clauses[k], titled=False)
        if not years and k + 1 < len(clauses):
            after = clauses[k + 1]
            texts = TokenTable.of(after.doc).text
            if texts[after.start] in self.cues.earlier_win_markers and not self._placings(after):
                years = self.cues.earlier_wins(after, titled=False)
        return years

    def _after_session(self, ctx: DocContext, sent_i: int) -> bool:
        """The sentence before, in the same paragraph and outside quotes, is about the qualifying session and names no
        race or win ("Schon das Qualifying war ganz nach dem Geschmack der Ingolstädter verlaufen. Tom Kristensen fuhr
        auf die Pole-Position, …"): a pole in this sentence goes on with that session."""
        if sent_i == 0 or ctx.paragraph[sent_i] != ctx.paragraph[sent_i - 1]:
            return False
        before = ctx.sents[sent_i - 1]
        return ctx.quote_of(before) is None and self.cues.names_qualifying(before) \
            and not self.cues.names_race_noun(before) and not self.cues.names_a_win(before)

    def _range_goes_on(self, clauses: list[Span], k: int, placings: list[Cue], groups: list[Group]) -> list[Group]:
        """``groups``, and the persons of the clauses after clause ``k`` that place nobody when the places one word of
        clause ``k`` states outnumber its crews and those persons make up the difference ("Auf den Plätzen sieben bis
        zehn folgten Nico Hülkenberg (Force India), die McLaren-Piloten Button und Magnussen sowie Sergio Pérez")."""
        persons = [g for g in groups if g.label == "PERSON"]
        if not persons or len(_split_crews(clauses[k], persons, self.cues, self.codrivers)) >= len(placings):
            return groups
        more = [g for g, _ in self._list_goes_on(clauses, k) if g.label == "PERSON"]
        if not more or len(_split_crews(clauses[k], persons + more, self.cues, self.codrivers)) != len(placings):
            return groups
        return groups + more

    def _list_goes_on(self, clauses: list[Span], k: int) -> list[tuple[Group, Span]]:
        """The groups, with their clauses, of the clauses after clause ``k`` that state no placing of their own
        (", der Ferrari … mit A, B und C (GTE-Pro) sowie die Corvette …")."""
        out = []
        for clause in clauses[k + 1 :]:
            if self._placings(clause):
                break
            out.extend((group, clause) for group in self.cues.groups(clause))
        return out

    def _earlier_wins(self, ctx: DocContext, record: dict, earlier: list[tuple[Span, int | None]]):
        """``record``'s competitor's wins at the places listed, in the year written after each, else in its season,
        except at its own meeting."""
        for place, year in earlier:
            won = self._earlier(ctx, {**record, "_place": place}, year or record["season"])
            if won["event"] != record["event"] or won["season"] != record["season"]:
                yield won

    @staticmethod
    def _earlier(ctx: DocContext, record: dict, year: int) -> dict:
        """The same competitor's placing in an earlier ``year`` (at the same meeting, for a race)."""
        place = record.get("_place")
        event = ctx.meeting_name(place, year) if place is not None else record["event"]
        return {**record, "season": year, "event": event, "evidence": list(record["evidence"]), "confidence": 0.6}

    def _final_places(self, ctx: DocContext, records: list[dict]) -> list[dict]:
        """A sentence's places of one competitor: a place it fell to on the way ("fiel zunächst bis auf Rang zehn
        zurück, kämpfte sich … bis auf Platz zwei nach vorn", "un moment reléguée au 31e rang") is none, nor one it
        held before it retired or was disqualified ("arbeitete sich bis auf Position vier nach vorn, … musste aber
        aufgeben", "charged from twelfth on the grid to fourth, only to be disqualified"), nor a retirement it was
        placed after ("…, fiel nach einem Reifenschaden weit zurück und kam nur als 27. an")."""
        table = TokenTable.of(ctx.doc)
        texts = table.text
        ranks: dict[tuple, set] = {}
        retired: dict[tuple, int] = {}  # the race of a competitor that retired or was disqualified → the cue of it
        finished: dict[tuple, int] = {}  # the race of a competitor placed → the cue of its last place

        def race_of(r: dict) -> tuple:
            return tuple(r["drivers"]), r["team"], r["event"], r["season"], r.get("_day")

        for r in records:
            if r["position"] is not None and r["status"] == "finished":
                ranks.setdefault((r["kind"], tuple(r["drivers"]), r["team"]), set()).add(r["position"])
                # not a lead held before it, nor a place a quote hopes for ("…, wussten wir, dass der dritte Platz
                # genügt")
                if r["kind"] == "race" and r["position"] > 1 and "_cue" in r \
                        and ctx.quote_at(table.idx[r["_cue"]]) is None:
                    finished[race_of(r)] = max(r["_cue"], finished.get(race_of(r), -1))
            elif r["status"] in ("retired", "disqualified") and r["kind"] == "race" and "_cue" in r:
                retired[race_of(r)] = r["_cue"]

        def on_the_way(r: dict) -> bool:
            return len(ranks.get((r["kind"], tuple(r["drivers"]), r["team"]), ())) > 1 \
                and not self.cues.passing_words.isdisjoint(texts[max(0, r["_cue"] - 5) : r["_cue"]])

        def before_retiring(r: dict) -> bool:
            return r["kind"] == "race" and r["position"] is not None and r["status"] == "finished" \
                and r["_cue"] < retired.get(race_of(r), -1)

        def before_finishing(r: dict) -> bool:
            return r["status"] == "retired" and r["_cue"] < finished.get(race_of(r), -1)

        return [r for r in records if "_cue" not in r
                or not (on_the_way(r) or before_retiring(r) or before_finishing(r))]

    def _pair(self, ctx: DocContext, sent_i: int, clause: Span, placings: list[Cue], groups: list[Group]):
        """Each placing with the competitor it belongs to; "vor"/"hinter" order the names around them."""
        if not groups or not placings:
            return
        kinds = {c.kind for c in placings}
        first = TokenTable.of(clause.doc).idx[placings[0].i]
        if len(placings) == 1 and placings[0].position and (verb := self.cues.outpace_at(clause)) is not None:
            # "Nissan e.dams devance Mercedes-Benz EQ pour la deuxième place": the one ahead has the place, the one
            # after the verb the next
            at = placings[0].i
            if at < verb:  # "Troisièmes sur leur Ford, Latvala et Anttila précèdent Sordo et Vallejo": the rank first
                ahead = [g for g in groups if at < g.start < verb]
                behind = [g for g in groups if verb < g.start]
            elif at == verb:  # "Hamilton leads Verstappen by three points": the verb is the leader's rank, the one
                # right after it the next ("leads on 72 points, one ahead of X": not this)
                ahead = [g for g in groups if g.start < verb]
                behind = [g for g in groups if g.start == verb + 1]
            else:
                ahead = [g for g in groups if g.start < verb]
                behind = [g for g in groups if verb < g.start < at]
            if ahead and behind and TokenTable.of(clause.doc).text[at - 1] != ",":
                # not a rank in apposition to the one behind ("Solberg devance son équipier Sarrazin, quatrième")
                cue = placings[0]
                yield cue, ahead[-1]
                yield Cue(cue.i, cue.kind, cue.position + 1, cue.status), behind[0]
                return
        # in Formula 1 a make is a team of the constructors' standings ("Williams prend la huitième place du classement
        # des constructeurs et Caterham la dixième", "In Formula 1, Ferrari are second in the constructors' …")
        makes_are_teams = kinds == {"championship"} and ctx.series_category("manufacturer", sent_i, first) == "team"
        if kinds == {"championship"} and len(placings) == 1 and self.cues.order_marker(clause) is None:
            # one standing, its holder per category named ("zweite Plätze für Müller bei den Fahrern, für
            # das Team … und BMW in der Herstellerwertung"); no category word: a driver's standing
            persons = [g for g in groups if g.label == "PERSON"]
            allowed = ctx.categories(self.cues.categories(clause), sent_i, TokenTable.of(clause.doc).idx[placings[0].i],
                                     clause.start_char, clause.end_char, frozenset(g.label for g in groups)) \
                or {CATEGORY_OF[(persons or groups)[0].label]}
            for category in sorted(allowed):
                holders = [g for g in groups if CATEGORY_OF[g.label] == category] or [
                    g for g in groups if category == "team" and makes_are_teams and g.label == "MANUFACTURER"] or [
                    Group("MANUFACTURER", g.start, g.end, [make], g.spans) for g in groups
                    if category == "manufacturer" and g.label == "TEAM" and (make := ctx.manufacturer_of(g.spans))]
                # a works team in the makes' standing stands for its make ("Toyota Gazoo Racing beendete die
                # Herstellerwertung als Dritter")
                if holders:
                    yield placings[0], min(holders, key=lambda g: _reach(clause, g, placings[0].i))
            return
        persons = [g for g in groups if g.label == "PERSON"]
        if persons and all(c.position is None for c in placings) and (
                self.cues.says_each(clause) or ctx.one_driver_cars(sent_i, first)):
            # "Nico Hülkenberg and Fernando Alonso both retired", "Stroll et Magnussen ont abandonné" (Formula 1):
            # a placing for each of them
            for cue in placings:
                # the names before the cue, if any ("Mortara went out after a clash with da Costa": not da Costa),
                # and those between a separable verb and its particle ("fielen auch Button und Piquet aus")
                particle = self.cues.split_particle(clause, cue.i) or cue.i
                for group in [g for g in persons if g.start < cue.i or cue.i < g.start < particle] or persons:
                    for span in group.spans:
                        yield cue, Group.of(span)
            return
        # a makes' standing ranks works teams and makes alike ("Bei den Herstellern führt Toyota Gazoo Racing … vor
        # Hyundai (63) und M-Sport Ford (40)")
        teams = ("TEAM", "MANUFACTURER") if makes_are_teams or (
            kinds == {"championship"} and "manufacturer" in self.cues.categories(clause)) else ("TEAM",)
        pool = persons or [g for g in groups if g.label in teams] or groups
        texts = TokenTable.of(clause.doc).text
        marker = self.cues.order_marker(clause)
        ranked = [c for c in placings if c.position is not None and c.status == "finished"]
        if marker is not None and ranked:
            at, step = marker
            leaders = [g for g in pool if g.start < at]
            behind = [g for g in pool if g.start > at]
            if not behind and pool[0].label != "PERSON":  # "liegt Red Bull Racing vor McLaren und Ferrari"
                behind = [g for g in groups if g.start > at and g.label != "PERSON"]
            others = _split_crews(clause, behind, self.cues, self.codrivers)
            crew_size = max((len(g.names) for g in leaders), default=1)
            if crew_size > 1 and len(others) == crew_size and all(len(g.names) == 1 for g in others) \
                    and not ctx.one_driver_cars(sent_i, first):
                others = [_one_crew(others)]  # "lagen Bernhard, Hartley und Webber vor Fässler, Lotterer und Tréluyer"
            if not leaders and others and step < 0 and len(ranked) == len(placings) == 1 and ranked[0].position > 1 \
                    and others[-1].start - at <= 3 and "," not in texts[at : others[-1].start]:
                # "la 908 avait terminé deuxième derrière Audi", "als Zweiter hinter Audi": the one named is ahead
                yield Cue(ranked[0].i, ranked[0].kind, ranked[0].position - 1), others[-1]
                return
            if leaders and others:
                # "il s'impose depuis la pole position, devant X et Y": the race orders those behind; the pole is
                # the leader's too
                # of a race's and a standing's rank, the one nearest before the marker ("With second place, X extends
                # his lead in the championship to 22 points over Y": Y second in the standing)
                raced = [c for c in ranked if c.kind != "qualifying"]
                cue = next((c for c in reversed(raced) if c.i < at), raced[0]) \
                    if {c.kind for c in raced} == {"race", "championship"} else raced[0] if raced else ranked[0]
                leader = min(leaders, key=lambda g: g.distance(cue.i))
                yield cue, leader
                for other in ranked:
                    if other.kind != cue.kind:
                        yield other, leader
                # "den zweiten Platz hinter Mercedes und vor Red Bull": those after the second word are behind
                turn = next((k for k in range(at + 1, clause.end) if texts[k] in self.cues.ahead_of), None) \
                    if step < 0 else None
                after = [g for g in others if turn is not None and g.start > turn]
                others = [g for g in others if g not in after]
                for k, group in enumerate(others):
                    # "vor X und Y": the next places; "derrière X et Y": the places before, listed from the front
                    position = cue.position + k + 1 if step > 0 else cue.position - len(others) + k
                    if position >= 1:
                        yield Cue(cue.i, cue.kind, position), group
                for k, group in enumerate(after, 1):
                    yield Cue(cue.i, cue.kind, cue.position + k), group
                return
        same_word = len({c.i for c in placings}) == 1 and len(placings) > 1
        if same_word:  # "belegten die Plätze zwei und drei", "Doppelsieg für X": one name per place
            members = _split_crews(clause, sorted(pool, key=lambda g: g.start), None, self.codrivers)
            if len(members) == 1 and len(members[0].names) == len(placings) and placings[0].position != 1:
                members = _each(members[0])  # "Green und Frijns folgten auf den Rängen vier und fünf"
            if len(pool) == 1 and self.cues.after_crew_participle(clause.doc, pool[0].start, clause.start):
                members = pool  # "signait un doublé avec la 905, emmené par X, Y et Z": the winning crew
            if len(members) == len(placings):
                yield from zip(placings, members)
                return
            if len(members) == 1 or (len(pool) == 1 and pool[0].label == "PERSON" and placings[0].position == 1
                                     and self.cues.podium_completers.isdisjoint(texts[clause.start : clause.end])):
                placings = placings[:1]  # "X, Y and Z led home a one-two …": the crew the one-two is led by
        elif len(placings) > 1 and len(pool) == 1 and all(c.position for c in placings):
            # "Daniel Ricciardo and Max Verstappen lined up third and fourth": one name per place, in order
            members = _split_crews(clause, pool, None, self.codrivers)
            if len(members) == len(placings):
                yield from zip(placings, members)
                return
        elif len(placings) == len(pool) > 1 and self._listed_apart(clause, placings, pool):
            # "Lando Norris (McLaren) et Sebastian Vettel (Aston Martin), neuvième et dixième": the same, the names
            # apart
            yield from zip(sorted(placings, key=lambda c: c.i), sorted(pool, key=lambda g: g.start))
            return
        partners = [g for g in pool if self.cues.after_partner_word(clause.doc, g.start, reach=3, lo=clause.start)]
        chosen_for: list[tuple[Cue, Group]] = []
        for cue in placings:
            # "er startete von der Pole-Position und kollidierte mit Teamkollege Räikkönen": a partner or opponent
            # named after "mit" behind the cue is not the one placed when someone else is named
            # ("with his team-mate Nico Rosberg qualifying second" is)
            candidates = [g for g in pool if not (g in partners and g.start > cue.i)] or pool
            # nor one overtaken ("Ricciardo … passed Leclerc on lap nine to move up to fourth")
            candidates = [g for g in candidates
                          if not (g.start and texts[g.start - 1] in self.cues.overtake_verbs)] or candidates
            end = _word_end(clause.doc, cue.i)
            named = next((g for g in pool if g.start == end), None) \
                if "".join(texts[cue.i : end]) in self.cues.position_words else None  # "leads second-placed X"
            chosen = named or self._verb_second_subject(clause, candidates, cue) \
                or min(candidates, key=lambda g: _reach(clause, g, cue.i, self.cues.coordinators))
            if len(placings) == 1 and len(chosen.spans) > 1 and chosen.end < cue.i and texts[cue.i - 1] == "," \
                    and self.cues.after_partner_word(clause.doc, chosen.spans[-1].start, lo=clause.start) \
                    and ctx.one_driver_cars(sent_i, first):
                # "… Mark Webber, with Fernando Alonso, third fastest in qualifying, …": in single-seaters the rank in
                # apposition is the last name's alone
                chosen = Group.of(chosen.spans[-1])
            chosen_for.append((cue, chosen))
        yield from _one_crew_per_rank(clause, chosen_for, self.codrivers)

    def _verb_second_subject(self, clause: Span, candidates: list[Group], cue: Cue) -> Group | None:
        """In a verb-second language, the person opening the clause before its verb when the others named before
        the cue follow a preposition ("Maro Engel kam nach einem Rempler von Green nur als 17. ins Ziel")."""
        table = TokenTable.of(clause.doc)
        texts = table.text
        first = candidates[0] if candidates else None
        opening = clause.start + (not table.alpha[clause.start])  # after a dash ("– Maro Engel kam …")
        if not self.cues.verb_second or first is None or first.label != "PERSON" or first.start != opening \
                or first.end >= cue.i or not (table.alpha[first.end] and table.lower[first.end]):
            return None
        others = [g for g in candidates[1:] if g.start < cue.i]
        if others and all(table.lower[g.start - 1] and table.alpha[g.start - 1]
                          and texts[g.start - 1] not in self.cues.coordinators for g in others):
            return first
        return None

    def _records(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, cue: Cue, group: Group):
        """One record, or one per race meeting when one placing names several ("gewann in A sowie in B",
        "hatten sowohl in A als auch in B die Klasse für sich entschieden"); one per driver for a standing shared
        where each car has one ("Hamilton, Massa und Räikkönen teilen sich die Führung")."""
        if cue.kind == "championship" and group.label == "PERSON" and len(group.names) > 1 \
                and ctx.one_driver_cars(sent_i, TokenTable.of(clause.doc).idx[cue.i]):
            for one in _each(group):
                yield from self._records(ctx, sent_i, sent, clause, cue, one)
            return
        in_clause = ctx.places(clause.start_char, clause.end_char)
        follows = ctx.text[clause.end_char : clause.end_char + 2].lstrip()[:1]
        if not in_clause and follows == ":":
            # "Vettel gewann elf der 19 Grands Prix: in Melbourne, Sepang, …": the places listed after the colon
            in_clause = ctx.places(clause.end_char, sent.end_char)
        elif not in_clause and (dashed := dashed_after(clause)) is not None and not any(
                ctx.in_range(label, dashed.start_char, dashed.end_char) for label in CATEGORY_OF):
            # "… won six of the first seven Grands Prix – in Australia, Malaysia, …": a list of places, no one else
            listed = ctx.places(dashed.start_char, dashed.end_char)
            in_clause = listed if len(listed) > 1 else in_clause
        # the places after the cue, up to the next rank ("zweite Plätze in A und B sowie dritte Ränge in C und D")
        until = min((c.i for c in self._placings(clause) if c.i > cue.i and c.position != cue.position),
                    default=clause.end)
        in_clause = ctx.meetings_named(in_clause)
        record = self._record(ctx, sent_i, sent, clause, cue, group)
        # "der fünfte Saisonsieg nach Zolder, Misano und Assen": this season's wins before this one, not where it was
        # won (the release's own meeting)
        earlier = self.cues.earlier_win_places(clause, in_clause) \
            if (cue.kind, cue.position) == ("race", 1) and record["season"] == ctx.anchor else []
        if earlier:
            listed = [place for place, _ in earlier]
            in_clause = [e for e in in_clause if e not in listed]
            if record["_place"] in listed:
                here = ctx.main_event
                record.update(event=ctx.meeting_name(here, record["season"]) if here is not None else None, _place=here)
            yield from self._earlier_wins(ctx, record, earlier)
        places = [e for e in in_clause if cue.i < e.start < until]
        if not places:  # the verb at the end of the clause
            places = in_clause
            if any(c.position != cue.position and c.i != cue.i for c in self._placings(clause)):
                # several ranks, each with the place of its own part ("in Le Castellet Platz fünf, in Monza Rang vier");
                # not the ranks of one word ("in Melbourne, Barcelona und Monaco jeweils einen Doppelsieg")
                a, b = ctx.part_around(TokenTable.of(clause.doc).idx[cue.i], clause.start_char, clause.end_char)
                places = [e for e in in_clause if a <= e.start_char < b] or places
        seasons = self.cues.listed_years(clause) if cue.kind != "championship" else []
        if seasons and len(places) < 2:  # "2014, 2015 und 2016 hatte er mit Volkswagen gewonnen"
            for season in seasons:
                yield self._earlier(ctx, record, season)
            return
        if cue.kind == "championship" or len(places) < 2:
            yield record
            return
        doc = clause.doc
        years = [k for k in year_tokens(doc, cue.i, places[-1].start) if k > places[0].start]
        for placed in _at_places(ctx, record, places):
            # "drei Grand-Prix-Siege: 1995 … beim Großen Preis von Italien, 1999 … beim Großen Preis von Europa": each
            # place in the year written last before it, after the first place
            year = next((k for k in reversed(years) if k < placed["_place"].start), None)
            yield placed if year is None else self._earlier(ctx, placed, int(TokenTable.of(doc).text[year]))

    def _record(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, cue: Cue, group: Group) -> dict:
        lo, hi = clause.start_char, clause.end_char
        idx = TokenTable.of(clause.doc).idx
        char = idx[cue.i]
        # several ranks, each with the year written after it up to the next ("Platz zwei beim Großen Preis von Ungarn
        # 2015 und Rang drei beim Großen Preis von China 2016"; not the next one's, right before it: "2010 Dritter,
        # 2011 Vierter"); else the clause's year
        others = [idx[c.i] for c in self._placings(clause) if c.i != cue.i and c.position != cue.position]
        own = min((c for c in others if c > char), default=hi)
        dated = bool(others) and any(ctx.text[c + len(str(y)) : own].strip() for c, y in ctx.years_in(char, own))
        season = ctx.season_at(sent_i, char, lo=char if dated else lo, hi=own if dated else hi, titled=False)
        team, manufacturer, car = self._affiliation(ctx, sent_i, sent, clause, group, season, char)
        record = {
            "kind": cue.kind,
            "position": cue.position,
            "status": cue.status,
            "event": None,
            "series": ctx.series_at(sent_i, char, lo, hi),
            "season": season,
            # "…in LMP2, while X won GTE-Pro"; none for a rank said to be overall ("eighth overall and fourth in GT1")
            "class": None if self.cues.said_overall(clause.doc, cue.i) else ctx.class_at(sent.start_char, sent.end_char,
                                                                                        near=(lo, hi)),
            "category": None,
            "drivers": group.names if group.label == "PERSON" else [],
            "team": team,
            "manufacturer": manufacturer,
            "car": car,
            "evidence": [(sent.start_char, sent.end_char)],
            "confidence": 0.7,
            "_cue": cue.i,
        }
        if cue.kind == "race" and self.cues.crosses_line(clause):
            record["_crossed"] = True
        if cue.kind == "race" and cue.position and self.cues.falls_back(clause, cue.i):
            record["_fallen"] = True
        record["_paragraph"] = ctx.paragraph[sent_i]
        record["_day"] = self.cues.day_of(clause, cue.i, ctx.paragraph_start(sent_i).start)  # Saturday's or Sunday's
        if cue.kind == "championship":
            record["category"] = ctx.series_category(CATEGORY_OF[group.label], sent_i, char)
            if group.label == "TEAM" and record["category"] == "team" \
                    and ctx.series_category("manufacturer", sent_i, char) == "manufacturer" and ctx.categories(
                    self.cues.categories(clause) or self.cues.categories(sent), sent_i, char, lo, hi,
                    frozenset({"TEAM"})) == {"manufacturer"}:
                record["category"] = "manufacturer"  # a works team in the makes' standings ("Chez les constructeurs,
                # le Citroën Total World Rally Team reste en tête")
            if group.label != "PERSON":
                record["car"] = None
            if group.label == "MANUFACTURER":  # in Formula 1 the constructor is the team
                record["team"] = group.names[0] if record["category"] == "team" else None
        else:
            event = ctx.event_at(sent_i, char, lo, hi, season)
            record["event"] = ctx.meeting_name(event, season) if event is not None else None
            record["_place"] = event
            if ctx.in_no_series(event, season, sent.start_char, sent.end_char):
                record["series"] = None
        return record

    def _affiliation(self, ctx: DocContext, sent_i: int, sent: Span, clause: Span, group: Group,
                     season: int | None, char: int) -> tuple[str | None, str | None, str | None]:
        """Team, make and car of a competitor: written next to the crew, else in the clause or sentence,
        else the release's own (a one-make release names its team and car once)."""
        if group.label == "TEAM":
            team_span = group.spans[0]
            cars = ctx.in_range("CAR", clause.start_char, clause.end_char)
            make = ctx.manufacturer_of([team_span, *cars])
            return group.names[0], make, name_of(cars[0]) if cars else None
        if group.label == "MANUFACTURER":  # "Der zweite BMW von Marc VDS": the team right after it
            texts = TokenTable.of(clause.doc).text
            k = group.end + (group.end < len(texts) and texts[group.end] in self.cues.crew_of_words)
            k += k < len(texts) and k > group.end and texts[k] in self.cues.descriptor_articles
            team = next((name_of(t) for t in ctx.in_range("TEAM", sent.start_char, sent.end_char)
                         if t.start == k > group.end), None)
            return team, group.names[0], None
        near: dict[str, Span] = {}
        for name in group.names:
            for label, span in ctx.affiliation.get(name, {}).items():
                near.setdefault(label, span)
        # else the clause's first, else the sentence's, unless it is written next to someone else ("vor Pérez (Racing
        # Point)")
        others = None
        for label in ("TEAM", "CAR", "MANUFACTURER"):
            if label not in near and (named := [*ctx.in_range(label, clause.start_char, clause.end_char),
                                                *ctx.in_range(label, sent.start_char, sent.end_char)]):
                if others is None:
                    others = {span.start for name, spans in ctx.affiliation.items() if name not in group.names
                              for span in spans.values()}
                inside = [s for s in named if s.start not in others]
                if inside:
                    near[label] = inside[0]
        own = not near
        team = near.get("TEAM") or (ctx.main["TEAM"] if own else None)
        car_span = near.get("CAR")
        car = name_of(car_span) if car_span is not None else (ctx.car_at(sent_i, char, sent.start_char, sent.end_char, season) if own else None)
        make_span = near.get("MANUFACTURER")
        manufacturer = name_of(make_span) \
            or ctx.manufacturer_of([s for s in (car_span, near.get("TEAM")) if s is not None])
        if manufacturer is None and own:
            manufacturer = (ctx.manufacturer_of([s for s in (ctx.main["CAR"], ctx.main["TEAM"]) if s is not None])
                            or name_of(ctx.main["MANUFACTURER"]))
        return name_of(team), manufacturer, car


def _name_winners_quoted(doc: Doc, ctx: DocContext) -> None:
    """A quote "the winner" said is the last single winner's of the release's season stated before it."""
    wins = sorted((r for r in doc._.px_results if (r["kind"], r["position"], r["season"]) == ("race", 1, ctx.anchor)
                   and len(r["drivers"]) == 1), key=lambda r: r["evidence"][0][0])
    for quote in doc._.px_quotes or []:
        if quote.get("_winner"):
            before = [r for r in wins if r["evidence"][0][0] < quote["evidence"][0][0]]
            if before:
                quote["speaker"] = before[-1]["drivers"][0]


def _reach(clause: Span, group: Group, i: int, coordinators: set[str] | frozenset[str] = frozenset()) -> int:
    """Distance from a cue to a competitor, a comma or a coordinator between them counting as ten tokens:
    "McNish stellte den R10 auf die Pole-Position, Marco Werner sorgte …" is McNish's pole, "Spengler (BMW)
    als Vierter und Lucas Auer" Spengler's fourth place."""
    lo, hi = sorted((i, group.start if group.start > i else group.end - 1))
    texts = TokenTable.of(clause.doc).text
    # not a comma in parentheses ("X, Y und Z (Rowe Racing, Nr. 99) als Siebte")
    breaks = sum(text == "," or text in coordinators for text in _outside_parentheses(texts[lo:hi]))
    return group.distance(i) + 10 * breaks


def _outside_parentheses(texts: list[str]) -> list[str]:
    """The token texts that stand outside parentheses (and not the parentheses themselves)."""
    out, depth = [], 0
    for text in texts:
        depth += (text == "(") - (text == ")")
        if depth <= 0 and text not in "()":
            out.append(text)
    return out


def _same_competitor(named: dict, crew: dict) -> bool:
    """Whether a team's or make's placing is the one a crew's record states ("Black Falcon gewinnt"); a make named
    in part is the same make ("AMG", "Mercedes-AMG")."""
    make, crew_make = (named["manufacturer"] or "").casefold(), (crew["manufacturer"] or "").casefold()
    if make and crew_make and make not in crew_make and crew_make not in make:
        return False
    team, crew_team = (named["team"] or "").casefold(), (crew["team"] or "").casefold()
    return not team or not crew_team or team in crew_team or crew_team in team


def _word_end(doc: Doc, i: int) -> int:
    """The token after the word that starts at token ``i`` ("second-placed" is three tokens)."""
    spaced = TokenTable.of(doc).spaced
    while i + 1 < len(doc) and not spaced[i]:
        i += 1
    return i + 1


def _split_crews(clause: Span, groups: list[Group], cues: CueReader | None = None,
                 codrivers: frozenset[str] = frozenset()) -> list[Group]:
    """Crews listed after "vor": "vor Green und Martin" is two crews, "vor Green/Martin" one, and so are the names in
    one parenthesis ("devant l'Aston Martin de Larbre Compétition (Christophe Bouchut, Gabriele Gardel, …)") and,
    with the language's ``cues``, the names after a crew participle ("aux mains de X, Y et Z"); one of the
    ``codrivers`` goes with the name before it ("vor Takamoto Katsuta und Aaron Johnston")."""
    out: list[Group] = []
    table = TokenTable.of(clause.doc)
    texts = table.text

    def parenthesis(i: int) -> int | None:
        """The token of the open parenthesis token ``i`` stands in, within the clause."""
        opened = next((k for k in range(i - 1, clause.start - 1, -1) if texts[k] in "()"), None)
        return opened if opened is not None and texts[opened] == "(" else None

    for group in groups:
        current = Group(group.label, group.spans[0].start, group.spans[0].end, [group.names[0]], [group.spans[0]])
        # the names of a car's number ("la n°20 de Mark Webber, Brendon Hartley et Timo Bernhard"), or three or more
        # after a car or make and its model ("the second WRT Audi of Nico Müller, Robin Frijns and Dennis Lind", "dem
        # Aston Martin Vantage von Bruno Senna, Frédéric Makowiecki und Rob Bell"): one crew
        numbered = cues is not None and current.start >= 2 and texts[current.start - 1] in cues.crew_of_words \
            and (texts[current.start - 2].isdigit()
                 or (len(group.names) > 2 and any(table.ent[j] in ("CAR", "MANUFACTURER") for j in range(
                     max(clause.start, current.start - 3), current.start - 1))))
        for name, span in zip(group.names[1:], group.spans[1:]):
            if numbered or name in codrivers or table.text_between(current.end, span.start).strip() in {"/", "&"} \
                    or ((opened := parenthesis(current.start)) is not None and opened == parenthesis(span.start)) \
                    or (cues is not None and cues.after_crew_participle(clause.doc, current.start, clause.start)):
                current.end = span.end
                current.names.append(name)
                current.spans.append(span)
            else:
                out.append(current)
                current = Group(group.label, span.start, span.end, [name], [span])
        out.append(current)
    return out


def _crew_of_size(ctx: DocContext, crews: list[Group], back: int, size: int | None,
                  qualifier: str | None) -> Group | None:
    """The crew of ``size`` whose drivers were named most before token ``back``, the latest such on a tie
    ("das Trio": the release's own crew of three, not a sister car's mentioned in passing); with a
    ``qualifier`` ("das Phoenix-Quartett"), one named in a sentence that names it; none for a make's ("das
    Mercedes-Duo": any of its cars)."""
    if qualifier in ctx.makes:
        return None
    named = Counter(name_of(e) for e in ctx.ents if e.label_ == "PERSON" and e.start < back)
    sized = [c for c in crews if len(c.names) == size] if size else []
    if qualifier:
        sized = [c for c in sized if qualifier in span_text(ctx.sents[ctx.sent_index(c.spans[0].start)])] or sized
    return max(reversed(sized), key=lambda c: sum(named[n] for n in c.names), default=None)


def _class_labelled(ctx: DocContext, groups: list[tuple[Group, Span]]) -> list[tuple[Group, Span, str]]:
    """The crews each followed by a class label in parentheses ("… Toni Vilander (GTE-Pro)"), with their clauses and
    labels."""
    labels = dict(ctx.classes)
    out = []
    for group, clause in groups:
        after = ctx.text[group.spans[-1].end_char : group.spans[-1].end_char + 3]
        opened = group.spans[-1].end_char + len(after) - len(after.lstrip())  # the parenthesis, past any space
        if group.label == "PERSON" and ctx.text.startswith("(", opened) and opened + 1 in labels:
            out.append((group, clause, labels[opened + 1]))
    return out


def _one_crew_per_rank(clause: Span, chosen_for: list[tuple[Cue, Group]],
                       codrivers: frozenset[str]) -> list[tuple[Cue, Group]]:
    """The placings with their competitors; the crews of one list placed before its ranks of the next places one per
    rank when they are as many ("with Juan Pablo Montoya and Ralf Schumacher second and third"), as a list alone
    placed is ("Daniel Ricciardo and Max Verstappen lined up third and fourth")."""
    out: list[tuple[Cue, Group]] = []
    for cue, group in chosen_for:
        same = [c for c, g in chosen_for if g is group]
        crews = _split_crews(clause, [group], None, codrivers) if len(same) > 1 else [group]
        if len(crews) == len(same) > 1 and all(c.position and c.i >= group.end for c in same) \
                and [c.position for c in same] == list(range(same[0].position, same[0].position + len(same))):
            out.append((cue, crews[same.index(cue)]))
        else:
            out.append((cue, group))
    return out


def _each(group: Group) -> list[Group]:
    """Each person of a group on their own."""
    return [Group(group.label, span.start, span.end, [name], [span]) for name, span in zip(group.names, group.spans)]


def _apposition(clauses: list[Span], k: int) -> bool:
    """Whether clause ``k`` stands between commas after a name and before its verb ("Manuel Reuter, auteur du meilleur
    temps des qualifications, a pris la troisième place"): its session is not the sentence's."""
    if k == 0 or k + 1 == len(clauses):
        return False
    table = TokenTable.of(clauses[k].doc)
    before, clause = clauses[k - 1], clauses[k]
    return len(before) > 1 and table.ent[before.end - 2] == "PERSON" and table.text[clause.end - 1] == "," \
        and _verb_after_comma(clause) and _verb_after_comma(clauses[k + 1])


def _apposed_to_name(clause: Span, i: int) -> bool:
    """Whether token ``i`` stands between a comma after a name and the comma that ends the clause ("Carlos Sainz,
    onzième sur la grille, a remonté …"): an aside about that person."""
    table = TokenTable.of(clause.doc)
    texts = table.text
    opened = next((k for k in range(i - 1, clause.start, -1) if texts[k] == ","), None)
    return opened is not None and texts[clause.end - 1] == "," and "," not in texts[i : clause.end - 1] \
        and (table.ent[opened - 1] == "PERSON" or texts[opened - 1] == ")")


def _verb_after_comma(clause: Span) -> bool:
    """The clause opens in lower case, with its verb, right after a comma (", complète le podium")."""
    table = TokenTable.of(clause.doc)
    s = clause.start
    return s > 0 and table.lower[s] and table.alpha[s] and table.text[s - 1] == ","


def _bare_rank(clause: Span) -> bool:
    """Whether the clause is a name and a rank alone (", Oliver Rowland Vierter", ", Oliver Rowland fourth")."""
    table = TokenTable.of(clause.doc)
    words = [k for k in range(clause.start, clause.end) if table.alpha[k] and not table.ent[k]]
    return len(words) == 1 and any(table.ent[clause.start : clause.end])


def _one_crew(groups: list[Group]) -> Group:
    """The groups of a clause as one crew."""
    first = groups[0]
    return Group(first.label, first.start, groups[-1].end, [n for g in groups for n in g.names],
                 [sp for g in groups for sp in g.spans])


def _cars_as_makes(ctx: DocContext, clause: Span, before: int | None = None) -> list[Group]:
    """Cars of a clause that names no competitor, standing for their makes; with ``before``, only cars
    named before that token (in a quote, "unsere zweiten Plätze … des BMW Z4 GTE" is no placing of the car)."""
    groups = []
    for car in ctx.in_range("CAR", clause.start_char, clause.end_char):
        if before is not None and car.start >= before:
            continue
        make = ctx.manufacturer_of([car])
        if make is not None:
            groups.append(Group("MANUFACTURER", car.start, car.end, [make], [car]))
    return groups


def _at_places(ctx: DocContext, record: dict, places: list[Span], skip: frozenset[str] = frozenset()):
    """``record`` once per race meeting the place mentions (in text order) name, except meetings in ``skip``."""
    seen = set(skip)
    for place in places:
        name = ctx.meeting_name(place, record["season"])
        if name not in seen:
            seen.add(name)
            yield {**record, "event": name, "evidence": list(record["evidence"]), "_place": place}


def _goes_on(ctx: DocContext, sent_i: int, k: int, stated: int) -> bool:
    """Whether clause ``k`` of sentence ``sent_i`` may go on with what sentence ``stated`` stated: the same sentence,
    or the next one's first clause in the same paragraph."""
    return stated == sent_i or (k == 0 and stated == sent_i - 1 and ctx.paragraph[sent_i] == ctx.paragraph[sent_i - 1])


def _places_after(at: int, after: Cue, kind: str, crews: list[Group], *, level: bool = False) -> list[tuple[Cue, Group]]:
    """The crews that follow the place ``after``: the next places in order, or all the next one when ``level``."""
    first = after.position + 1
    return [(Cue(at, kind, first if level else first + n), crew) for n, crew in enumerate(crews)]


def _crews_by_number(numbers: list[tuple[int, str]], crews: list[Group], reach: int = 8) -> dict[str, Group]:
    """Car numbers and the crews named right beside them ("X, Y und Z im Porsche Nr. 2", "the No. 8 Toyota
    of X, Y and Z"): each number with its nearest crew, when that crew is nearest to no other number."""
    out = {}
    for i, number in numbers:
        near = [g for g in crews if g.distance(i) <= reach]
        if not near:
            continue
        crew = min(near, key=lambda g: g.distance(i))
        if min(numbers, key=lambda n: crew.distance(n[0]))[0] == i:
            out[number] = crew
    return out


def _own_make(ctx: DocContext, last: Group | None) -> Group | None:
    """The make "die Marke", "the brand" stands for: the release's own, else the make named last."""
    span = ctx.main["MANUFACTURER"]
    if span is None:
        return last
    return Group("MANUFACTURER", span.start, span.end, [name_of(span)], [span])


def _antecedent(doc: Doc, groups: list[Group]) -> Group:
    """What a relative pronoun after ``groups`` stands for: the last of them, or the name a parenthesised
    tag follows ("an Miguel Molina (Audi), der … gewann"), or the crew of a car its team names ("X and Y were
    fourth in the AF Corse Ferrari 458 Italia, which also won the Pro-Am class")."""
    last = groups[-1]
    if len(groups) > 1 and last.start > 0 and doc[last.start - 1].text == "(" and groups[-2].end == last.start - 1:
        return groups[-2]
    ents = TokenTable.of(doc).ent
    driven = last.label != "PERSON" and (
        "CAR" in (ents[last.end] if last.end < len(ents) else "", ents[last.start - 1] if last.start else "")
        or cue_reader(doc.lang_).after_car_preposition(doc, last.start, max(0, last.start - 4)))
    if driven and (crews := [g for g in groups if g.label == "PERSON"]):
        # "vor Kimi Räikkönen im McLaren-Mercedes, der von der Pole-Position gestartet war": the driver
        return crews[-1]
    return last


def _classified(records: list[dict]) -> list[dict]:
    """Drop a place stated as crossing the line when the paragraph gives the same crew another place at that race
    ("als Erster über die Ziellinie gefahren … gewertet wurde er als Zweiter") or disqualifies it ("deuxième sous le
    drapeau à damier, a ensuite été disqualifié")."""
    classified = {(r["event"], r["season"], r["class"], tuple(r["drivers"]), r["_paragraph"]): r["position"]
                  for r in records if r["kind"] == "race" and r["drivers"] and "_crossed" not in r
                  and (r["position"] or r["status"] == "disqualified")}
    return [r for r in records if "_crossed" not in r or classified.get(
        (r["event"], r["season"], r["class"], tuple(r["drivers"]), r["_paragraph"]), r["position"]) == r["position"]]


def _not_fallen(records: list[dict]) -> list[dict]:
    """Drop a race place a crew fell back to on the way when the release gives it another place at that race
    ("dropped to eighth" … "crossed the line in seventh")."""
    ranked = {(r["event"], r["season"], r["class"], tuple(r["drivers"])) for r in records
              if r["kind"] == "race" and r["drivers"] and r["position"] and "_fallen" not in r}
    return [r for r in records if "_fallen" not in r
            or (r["event"], r["season"], r["class"], tuple(r["drivers"])) not in ranked]


def _dedupe(records: list[dict]) -> list[dict]:
    """Merge repeated placings; drop a make's or team's placing that a named crew's record states too,
    and an unranked podium of a crew whose rank is stated."""
    crewed: dict[tuple, list[dict]] = {}
    for r in records:
        if r["drivers"]:
            crewed.setdefault((r["kind"], r["position"], r["event"], r["season"], r["class"]), []).append(r)
    ranked = {(r["kind"], r["event"], r["season"], tuple(r["drivers"])) for r in records
              if r["position"] is not None and r["position"] <= 3}
    records = [r for r in records if r["drivers"] or r["kind"] == "championship"
               or not any(_same_competitor(r, crew) for crew in
                          crewed.get((r["kind"], r["position"], r["event"], r["season"], r["class"]), []))]
    records = [r for r in records if r["status"] != "podium"
               or (r["kind"], r["event"], r["season"], tuple(r["drivers"])) not in ranked]
    # a part of a crew credited with the placing of the whole crew ("Pirro brachte den Sieg nach Hause")
    crews: dict[tuple, list[set[str]]] = {}
    for r in records:
        if r["drivers"]:
            crews.setdefault((r["kind"], r["position"], r["event"], r["season"]), []).append(set(r["drivers"]))
    records = [r for r in records if not r["drivers"] or not any(
        set(r["drivers"]) < crew for crew in crews[r["kind"], r["position"], r["event"], r["season"]])]
    # the same placing said twice is one, unless said of two days of the meeting ("am Samstag … am Sonntag …")
    seen: dict[tuple, list[dict]] = {}
    out: list[dict] = []
    for r in records:
        key = (r["kind"], r["position"], r["status"], r["event"], r["season"], r["category"],
               tuple(r["drivers"]) or r["team"] or r["manufacturer"])
        same = next((s for s in seen.get(key, []) if None in (s.get("_day"), r.get("_day"))
                     or s.get("_day") == r.get("_day")), None)
        if same is not None:
            same["evidence"].extend(r["evidence"])
            same["_day"] = same.get("_day") or r.get("_day")
        else:
            seen.setdefault(key, []).append(r)
            out.append(r)
    return out

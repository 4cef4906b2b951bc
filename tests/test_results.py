"""German placings: wins, ranks, podiums, retirements, poles, standings, crews and back references."""

import pytest

from .conftest import assert_evidence


def results(extract, text):
    document = extract(text)
    assert_evidence(text, document)
    return [{k: v for k, v in r.items() if k in ("kind", "position", "status", "event", "season", "drivers",
                                                 "category", "team", "manufacturer")}
            for r in document["results"]]


def one(extract, text):
    found = results(extract, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence, position",
    [
        ("Timo Glock gewann 2012 das Rennen in Hockenheim.", 1),
        ("Timo Glock siegte 2012 in Hockenheim.", 1),
        ("Timo Glock stand 2012 in Hockenheim ganz oben auf dem Podium.", 1),
        ("Timo Glock belegte 2012 in Hockenheim Platz drei.", 3),
        ("Timo Glock wurde 2012 in Hockenheim Dritter.", 3),
        ("Timo Glock kam 2012 in Hockenheim als Vierter ins Ziel.", 4),
        ("Timo Glock erreichte 2012 in Hockenheim den 2. Platz.", 2),
        ("Timo Glock fuhr 2012 in Hockenheim auf Rang fünf.", 5),
    ],
    ids=["gewann", "siegte", "ganz-oben", "platz-drei", "dritter", "als-vierter", "2.-platz", "rang-fuenf"],
)
def test_race_placings(extract, sentence, position):
    record = one(extract, sentence)
    assert (record["kind"], record["position"], record["status"]) == ("race", position, "finished")
    assert record["drivers"] == ["Timo Glock"]
    assert record["season"] == 2012
    assert record["event"].startswith("Hockenheim")


def test_podium_without_rank(extract):
    record = one(extract, "Timo Glock stand 2012 in Hockenheim auf dem Podium.")
    assert (record["position"], record["status"]) == (None, "podium")


def test_retirement(extract):
    record = one(extract, "Timo Glock schied 2012 in Hockenheim nach einem Unfall aus.")
    assert (record["position"], record["status"]) == (None, "retired")


def test_disqualification(extract):
    record = one(extract, "Timo Glock wurde 2012 in Hockenheim disqualifiziert.")
    assert record["status"] == "disqualified"


def test_pole_is_qualifying_position_one(extract):
    record = one(extract, "Timo Glock holte sich 2012 in Hockenheim die Pole-Position.")
    assert (record["kind"], record["position"]) == ("qualifying", 1)


def test_crew_is_one_record(extract):
    record = one(extract, "Dirk Müller und Joey Hand gewannen 2011 in Road Atlanta.")
    assert record["drivers"] == ["Dirk Müller", "Joey Hand"]


def test_crew_with_nationality_tags_is_one_record(extract):
    record = one(extract, "Nick Catsburg (NED), Alexander Sims (GBR) und Nick Yelloly (GBR) gewannen 2020 am Nürburgring.")
    assert record["drivers"] == ["Nick Catsburg", "Alexander Sims", "Nick Yelloly"]


def test_ahead_of_chain_gives_next_places(extract):
    found = results(extract, "Jamie Green gewann 2015 in Hockenheim vor Mattias Ekström und Edoardo Mortara.")
    assert sorted((r["position"], r["drivers"][0]) for r in found) == [
        (1, "Jamie Green"), (2, "Mattias Ekström"), (3, "Edoardo Mortara")]


def test_listed_places_go_one_name_each(extract):
    found = results(extract, "In Hockenheim belegten 2016 Christian Vietoris und Paul Di Resta die Plätze zwei und drei.")
    assert sorted((r["position"], r["drivers"][0]) for r in found) == [(2, "Christian Vietoris"), (3, "Paul Di Resta")]


def test_descriptor_refers_to_last_named_driver(extract):
    text = "Augusto Farfus fuhr 2013 in Zandvoort stark. Der Brasilianer feierte dort seinen dritten Saisonsieg."
    assert one(extract, text)["drivers"] == ["Augusto Farfus"]


def test_surname_is_resolved_to_the_full_name(extract):
    text = "Dirk Müller fuhr für BMW. In Lime Rock Park triumphierten 2013 Müller und Edwards."
    assert one(extract, text)["drivers"] == ["Dirk Müller", "Edwards"]


def test_championship_standings_by_category(extract):
    text = ("Am Ende standen 2013 zweite Plätze sowohl für Dirk Müller bei den Fahrern als auch für das "
            "BMW Team RLL in der Team- und BMW in der Herstellerwertung zu Buche.")
    found = results(extract, text)
    assert sorted((r["category"], r["position"]) for r in found) == [
        ("driver", 2), ("manufacturer", 2), ("team", 2)]
    assert all(r["kind"] == "championship" for r in found)


def test_standing_leader(extract):
    record = one(extract, "Jules Gounon führt 2017 die Meisterschaft mit 15 Punkten Vorsprung an.")
    assert (record["kind"], record["position"], record["category"]) == ("championship", 1, "driver")


@pytest.mark.parametrize(
    "sentence",
    [
        "Timo Glock will 2012 in Hockenheim gewinnen.",
        "Timo Glock hofft 2012 in Hockenheim auf den Sieg.",
        "Timo Glock kämpfte 2012 um den Titel.",
        "BMW feierte 2012 sieben Podestplätze.",
    ],
    ids=["wish", "hope", "fight-for-title", "count-not-placing"],
)
def test_hopes_and_counts_are_not_results(extract, sentence):
    assert results(extract, sentence) == []


def test_facts_inside_quotes_count_but_attribution_names_do_not(extract):
    text = '„Timo Glock hat 2012 in Hockenheim gewonnen“, sagte Teamchef Bobby Rahal.'
    assert [r["drivers"] for r in results(extract, text)] == [["Timo Glock"]]


def test_start_position_is_not_a_result(extract):
    record = one(extract, "Edoardo Mortara fuhr 2016 in Hockenheim von Rang sechs gestartet zum Sieg.")
    assert record["position"] == 1


def _placed(extract, text, kind="race"):
    return {(r["position"], tuple(r["drivers"])) for r in results(extract, text) if r["kind"] == kind}


def test_dative_plural_position_nouns(extract):
    text = ("Hockenheim, 16. Oktober 2016. Auf den Plätzen fünf bis sieben folgten Timo Glock, "
            "Maxime Martin und Tom Blomqvist.")
    assert {(5, ("Timo Glock",)), (6, ("Maxime Martin",)), (7, ("Tom Blomqvist",))} <= _placed(extract, text)


def test_grid_slot_does_not_make_a_qualifying_result(extract):
    text = "Hockenheim, 15. Oktober 2016. Edoardo Mortara kämpfte sich von Startplatz acht noch auf Rang drei nach vorn."
    assert _placed(extract, text) == {(3, ("Edoardo Mortara",))}
    assert _placed(extract, text, "qualifying") == set()


def test_grid_position_in_qualifying_report(extract):
    text = "Nürburg, 31. Mai 2024. Laurens Vanthoor reihte sich im Porsche auf Startplatz zwei ein."
    assert _placed(extract, text, "qualifying") == {(2, ("Laurens Vanthoor",))}


def test_relative_clause_after_a_parenthesised_make(extract):
    text = ("Hockenheim, 15. Oktober 2016. Félix da Costa verlor die Führung beim Start an Miguel Molina (Audi), "
            "der nach 27 Runden ungefährdet gewann.")
    assert (1, ("Miguel Molina",)) in _placed(extract, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Hockenheim, le 5 octobre 2019 – Marco Wittmann termine deuxième, et Mike Rockenfeller, de l'Audi Sport "
           "Team Phoenix, complète le podium à la troisième place."),
    ("en", "Hockenheim, 5 October 2019 – Marco Wittmann finished second, and Mike Rockenfeller, of Audi Sport Team "
           "Phoenix, completed the podium in third place."),
], ids=["fr", "en"])
def test_a_coordinated_name_with_an_apposition_is_the_subject_of_the_verb_after_it(extract, lang, text):
    placed = {(r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"]}
    assert placed == {(2, ("Marco Wittmann",)), (3, ("Mike Rockenfeller",))}


def test_a_name_after_a_descriptor_and_a_comma_opens_a_clause_of_its_own(extract):
    text = ("Monza, 19. Juni 2021 – Kelvin van der Linde kam als bester Audi-Fahrer auf Rang sechs ins Ziel, "
            "Vorjahres-Vizemeister Nico Müller wurde Achter.")
    document = extract(text)
    assert _placed(extract, text) == {(6, ("Kelvin van der Linde",)), (8, ("Nico Müller",))}
    assert document["titles"] == []  # a runner-up's epithet, compound or not, is no title


def test_the_fastest_lap_of_a_qualifying_is_its_pole_and_the_next_clause_goes_on_with_the_session(extract):
    text = ("Monza, 20. Juni 2021 – Kelvin van der Linde fuhr im Qualifying die schnellste Runde, Liam Lawson wurde "
            "Zweiter.")
    assert {(r["kind"], r["position"], r["drivers"][0]) for r in results(extract, text)} == {
        ("qualifying", 1, "Kelvin van der Linde"), ("qualifying", 2, "Liam Lawson")}


@pytest.mark.parametrize("text", [
    "Hockenheim, 6. Oktober 2019 – Mit Rang zwei beim Rennen in Hockenheim sicherte sich René Rast den Titel.",
    "Ingolstadt, 12. November 2013 – Mit Platz zwei beim 6-Stunden-Rennen von Shanghai haben René Rast und Nico "
    "Müller vorzeitig die Fahrerwertung der FIA Langstrecken-Weltmeisterschaft für sich entschieden.",
], ids=["title-won", "standing-decided"])
def test_a_place_at_a_race_named_after_it_is_that_races_even_where_a_title_is_won(extract, text):
    assert [(r["kind"], r["position"]) for r in results(extract, text)] == [("race", 2)]


def test_verb_final_clause_ends_before_the_next_crew(extract):
    text = ("Le Mans, 15. Juni 2014. Marcel Fässler, André Lotterer und Benoît Tréluyer hatten im Audi R18 gewonnen, "
            "Lucas di Grassi, Marc Gené und Tom Kristensen belegten im Schwesterauto Platz zwei.")
    assert _placed(extract, text) == {(1, ("Marcel Fässler", "André Lotterer", "Benoît Tréluyer")),
                                      (2, ("Lucas di Grassi", "Marc Gené", "Tom Kristensen"))}


def test_podium_completed_is_third_place(extract):
    text = ("Daytona Beach, 31. Januar 2016. Das Podium der GTLM komplettierten Earl Bamber, Michael Christensen "
            "und Frédéric Makowiecki.")
    assert _placed(extract, text) == {(3, ("Earl Bamber", "Michael Christensen", "Frédéric Makowiecki"))}


def test_continuation_takes_the_next_places(extract):
    text = ("Zandvoort, 18. August 2019. Rang vier ging an Philipp Eng. Dahinter folgten Lucas Auer und "
            "Jonathan Aberdein.")
    assert _placed(extract, text) == {(4, ("Philipp Eng",)), (5, ("Lucas Auer",)), (6, ("Jonathan Aberdein",))}


def test_a_participle_of_following_after_a_rank_takes_the_next_places(extract):
    text = ("Salou, 27. Oktober 2019 – Jari-Matti Latvala brachte den zweiten Yaris auf Rang fünf ins Ziel, gefolgt "
            "von den beiden M-Sport-Ford-Piloten Elfyn Evans und Teemu Suninen.")
    assert _placed(extract, text) == {(5, ("Jari-Matti Latvala",)), (6, ("Elfyn Evans",)), (7, ("Teemu Suninen",))}


def test_continuation_after_a_gap_is_one_car(extract):
    text = ("Watkins Glen, 30. Juni 2019. Harry Tincknell gewann das Rennen. Nur 0,353 Sekunden dahinter kreuzte "
            "Oliver Jarvis, der sich das Auto mit Tristan Nunez und Timo Bernhard teilte, die Ziellinie.")
    placed = _placed(extract, text)
    assert (1, ("Harry Tincknell",)) in placed
    assert [p for p, _ in placed].count(2) == 1 and 3 not in [p for p, _ in placed]


def test_car_stands_for_its_make(extract):
    text = "Le Mans, 14. Juni 2009. Den ersten Sieg hatte der Audi R8 im Jahr 2000 eingefahren."
    found = results(extract, text)
    assert [(r["position"], r["season"], r["manufacturer"]) for r in found] == [(1, 2000, "Audi")]


def test_race_won_on_the_way_to_a_title(extract):
    text = ("Abu Dhabi, 14. November 2010. Sebastian Vettel hat sich mit einem Sieg beim Großen Preis von "
            "Abu Dhabi zum Formel-1-Weltmeister gekrönt.")
    assert (1, ("Sebastian Vettel",)) in _placed(extract, text)


def test_one_championship_placing_goes_to_the_nearest_holder(extract):
    text = ("Hockenheim, 20. September 2017. Jules Gounon reist als Tabellenführer zum Finale, "
            "Philipp Eng lauert mit 15 Punkten Rückstand.")
    assert _placed(extract, text, "championship") == {(1, ("Jules Gounon",))}


def test_places_before_a_final_verb_give_one_record_each(extract):
    text = ("Daytona Beach, 31. Januar 2016. Antonio García und Jan Magnussen hatten 2015 sowohl in Daytona als auch "
            "beim 12-Stunden-Rennen von Sebring die GTLM-Klasse für sich entschieden.")
    events = sorted(r["event"] for r in results(extract, text) if r["position"] == 1)
    assert len(events) == 2 and any("Daytona" in e for e in events) and any("Sebring" in e for e in events)


def test_runner_up_phrase_without_win_word(extract):
    text = ("Spa-Francorchamps, 4. Mai 2019. Mit zwölf Sekunden Vorsprung vor Gianmaria Bruni "
            "überquerte Kévin Estre die Ziellinie.")
    assert (2, ("Gianmaria Bruni",)) in _placed(extract, text)


def test_earlier_wins_listed_after_the_count(extract):
    text = ("Nürburg, 22. Juni 2014. Phoenix Racing gewann das ADAC Zurich 24h-Rennen auf dem Nürburgring. "
            "Für Phoenix Racing ist es der vierte Gesamtsieg beim 24h-Rennen nach 2000, 2003 und 2012.")
    seasons = sorted(r["season"] for r in results(extract, text) if r["position"] == 1)
    assert seasons == [2000, 2003, 2012, 2014]


def test_years_after_a_title_word_and_an_earlier_win_marker_are_the_titles_not_the_wins(extract):
    text = ("Hockenheim, 7. Oktober 2001 – Bernd Mayländer gewann. Die Meisterschaft war im September auf dem A1-Ring "
            "entschieden worden, wo Bernd Schneider mit einem Sieg seinen dritten DTM-Titel nach 1995 und 2000 perfekt "
            "gemacht hatte.")
    assert [r["season"] for r in results(extract, text) if r["drivers"] == ["Bernd Schneider"]] == [2001]


def test_crew_named_in_the_next_sentence(extract):
    text = ("Nürburg, 22. Juni 2014. Mit 2:59 Minuten Rückstand wurde der Mercedes-Benz SLS AMG GT3 von Black Falcon "
            "als Zweiter abgewinkt. Am Steuer saßen Jeroen Bleekemolen, Andreas Simonsen, Christian Menzel und "
            "Lance David Arnold.")
    second = [r for r in results(extract, text) if r["position"] == 2]
    assert [r["drivers"] for r in second] == [["Jeroen Bleekemolen", "Andreas Simonsen", "Christian Menzel",
                                               "Lance David Arnold"]]


def test_standing_ahead_of_a_rival(extract):
    text = "Monaco, 27. Januar 2019. In der Fahrerwertung liegt Sébastien Ogier nun acht Zähler vor Thierry Neuville."
    assert _placed(extract, text, "championship") == {(1, ("Sébastien Ogier",)), (2, ("Thierry Neuville",))}


def test_counted_title_makes_no_standing(extract):
    text = "Monaco, 27. Januar 2019. Der neunmalige Champion Sébastien Loeb wurde Vierter."
    found = results(extract, text)
    assert {(r["kind"], r["position"]) for r in found} == {("race", 4)}
    assert extract(text)["titles"] == []


def test_partner_joins_the_crew(extract):
    text = ("Le Mans, 12. Juni 2011. 2009 hatten Marc Gené und Alexander Wurz gemeinsam mit David Brabham "
            "für Peugeot in Le Mans gesiegt.")
    assert _placed(extract, text) == {(1, ("Marc Gené", "Alexander Wurz", "David Brabham"))}


def test_article_before_a_rank_after_a_comma_opens_no_relative_clause(extract):
    text = ("Braselton, 13. Oktober 2018. Platz zwei ging an Oliver Gavin und Tommy Milner, den dritten Rang "
            "belegten John Edwards und Jesse Krohn.")
    assert _placed(extract, text) == {(2, ("Oliver Gavin", "Tommy Milner")), (3, ("John Edwards", "Jesse Krohn"))}


def test_a_relative_pronoun_before_a_title_word_is_no_descriptor_of_the_subject(extract):
    text = ("Hockenheim, 2. Oktober 2016. Connor De Phillippi und Christopher Mies sind Meister. Das Duo lag am Ende "
            "vor David Jahn, der als Vizemeister abschloss.")
    assert _placed(extract, text, "championship") == {(2, ("David Jahn",))}


def test_an_adverb_before_a_margin_after_a_comma_opens_no_clause(extract):
    text = ("Hockenheim, 2. Oktober 2016. Als Tabellenführer waren Connor De Phillippi und Christopher Mies angereist, "
            "nur zwei Zähler vor Jules Gounon und Daniel Keilwitz.")
    assert _placed(extract, text, "championship") == {(1, ("Connor De Phillippi", "Christopher Mies")),
                                                     (2, ("Jules Gounon", "Daniel Keilwitz"))}


def test_relative_clause_names_the_crew_of_the_car(extract):
    text = ("Le Mans, 12. Juni 2011. Zweiter wurde der Peugeot 908 mit der Nummer 9, den sich Simon Pagenaud, "
            "Sébastien Bourdais und Pedro Lamy teilten.")
    assert _placed(extract, text) == {(2, ("Simon Pagenaud", "Sébastien Bourdais", "Pedro Lamy"))}


@pytest.mark.parametrize("sentence, expected", [
    ("Nico Müller fiel mit einem Defekt aus.", ("race", None, "retired")),
    ("Für Nico Müller endete das Rennen nach einem Unfall.", ("race", None, "retired")),
    ("Nico Müller ist Tabellenzweiter.", ("championship", 2, "finished")),
], ids=["fiel-aus", "endete-das-rennen", "tabellenzweiter"])
def test_more_ways_to_state_a_placing(extract, sentence, expected):
    record = one(extract, "Hockenheim, 6. Oktober 2019. " + sentence)
    assert (record["kind"], record["position"], record["status"]) == expected
    assert record["drivers"] == ["Nico Müller"]


def test_descriptor_before_vor_is_the_winner(extract):
    text = ("Nürnberg, 7. Juli 2019. Im Sonntagsrennen drehte Nico Müller den Spieß um. Der Schweizer gewann vor "
            "René Rast und Philipp Eng.")
    assert _placed(extract, text) == {(1, ("Nico Müller",)), (2, ("René Rast",)), (3, ("Philipp Eng",))}


def test_then_dates_a_clause_by_the_year_named_last(extract):
    text = ("Sebring, 16. März 2019. Für Porsche ist es der erste Klassensieg in Sebring seit 2015. Damals siegten "
            "Patrick Pilet und Nick Tandy gemeinsam mit Richard Lietz.")
    found = [r for r in results(extract, text) if "Richard Lietz" in r["drivers"]]
    assert [r["season"] for r in found] == [2015]


@pytest.mark.parametrize(
    "text, lang, driver, position",
    [
        ('René Rast sprach über Zolder. René Rast: „In Zolder habe ich 2019 gewonnen, das war wichtig.“', "de",
         "René Rast", 1),
        ('Interview with Nico Müller.\n\nNico, at Zolder in 2019 you finished third. Were you happy?\n'
         'Nico Müller: "Yes, very."', "en", "Nico Müller", 3),
        ('Entretien avec René Rast.\n\nRené Rast : « À Zolder en 2019, j’ai terminé deuxième. »', "fr",
         "René Rast", 2),
    ],
    ids=["ich-in-quote", "you-in-question", "je-in-quote"],
)
def test_first_and_second_person_stand_for_speaker(extract, text, lang, driver, position):
    """"I" in a quote is its speaker; "you" in an interview question is the person whose answer follows."""
    found = [r for r in results(lambda t: extract(t, lang), text) if r["kind"] == "race"]
    assert [(r["drivers"], r["position"], r["season"]) for r in found] == [([driver], position, 2019)]


def test_you_outside_a_question_is_nobody(extract):
    text = 'Nico Müller spoke to us.\n\nAt Zolder in 2019 you finished third, they say.\n\nNico Müller: "Yes."'
    assert [r for r in results(lambda t: extract(t, "en"), text) if r["drivers"] == ["Nico Müller"]] == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Nürburg, 27. September 2020. BMW gewann das 24-Stunden-Rennen auf dem Nürburgring. Für BMW war es der "
         "erste Gesamterfolg auf der Nordschleife seit 2010.", "de"),
        ("Nürburg, 27 September 2020 – BMW won the Nürburgring 24 Hours. For BMW it was the first overall win on "
         "the Nordschleife since 2010.", "en"),
    ],
    ids=["de", "en"],
)
def test_first_win_since_a_year_is_a_win_in_that_year(extract, text, lang):
    seasons = sorted(r["season"] for r in results(lambda t: extract(t, lang), text)
                     if r["position"] == 1 and r["manufacturer"] == "BMW")
    assert seasons == [2010, 2020]


def test_the_brand_stands_for_the_releases_own_make(extract):
    text = ("Le Mans, 14. Juni 2009. Peugeot gewann die 24 Stunden von Le Mans vor Audi. "
            "Für Peugeot war es ein großer Tag. 1992 hatte die Marke aus Sochaux schon einmal gewonnen.")
    found = [(r["season"], r["manufacturer"]) for r in results(extract, text) if r["position"] == 1]
    assert sorted(found) == [(1992, "Peugeot"), (2009, "Peugeot")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nico Rosberg legte den Grundstein mit vier Siegen in Melbourne, Bahrain, Shanghai und Sotschi.",
        "Nico Rosberg gewann vier Rennen: in Melbourne, Bahrain, Shanghai und Sotschi.",
    ],
    ids=["counted-wins-over-places", "places-after-colon"],
)
def test_wins_listed_over_places(extract, sentence):
    text = "Abu Dhabi, 27. November 2016. " + sentence
    found = results(extract, text)
    assert {r["event"] for r in found if r["position"] == 1 and r["drivers"] == ["Nico Rosberg"]} \
        >= {"Melbourne", "Bahrain", "Shanghai", "Sotschi"}
    assert all(r["season"] == 2016 for r in found)


def test_counted_wins_without_places_are_no_placing(extract):
    assert results(extract, "Abu Dhabi, 27. November 2016. Nico Rosberg feierte in diesem Jahr neun Siege.") == []


def test_the_trio_stands_for_the_crew_named_before(extract):
    text = ("Shanghai, 1. November 2015. Timo Bernhard, Brendon Hartley und Mark Webber fuhren stark. "
            "In Shanghai feierte das Trio den vierten Sieg in Folge.")
    found = results(extract, text)
    assert [(r["drivers"], r["position"]) for r in found] == [(["Timo Bernhard", "Brendon Hartley", "Mark Webber"], 1)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Detroit, 3. Juni 2017 – Ricky Taylor und Jordan Taylor gewannen in Daytona. Die Brüder siegten danach "
           "auch in Long Beach."),
    ("en", "Detroit, 3 June 2017 – Ricky Taylor and Jordan Taylor won at Daytona. The brothers then also won at "
           "Long Beach."),
    ("fr", "Detroit, 3 juin 2017 – Ricky Taylor et Jordan Taylor ont gagné à Daytona. Les frères se sont ensuite "
           "imposés à Long Beach."),
])
def test_the_brothers_stand_for_the_crew_of_two_named_before(extract, lang, text):
    found = extract(text, lang)["results"]
    assert {(r["event"], tuple(r["drivers"])) for r in found if r["position"] == 1} == {
        ("Daytona", ("Ricky Taylor", "Jordan Taylor")), ("Long Beach", ("Ricky Taylor", "Jordan Taylor"))}


def test_the_trio_is_the_latest_crew_of_three_when_both_were_named_as_often(extract):
    text = ("Le Mans, 10 juin 2017 – En 2016, la Porsche n°2 de Romain Dumas, Neel Jani et Marc Lieb s'est imposée. "
            "Cette saison, la n°8 de Sébastien Buemi, Anthony Davidson et Kazuki Nakajima a gagné à Silverstone. "
            "Le trio occupe la tête du classement des pilotes.")
    assert [r["drivers"] for r in extract(text, "fr")["results"] if r["kind"] == "championship"] == [
        ["Sébastien Buemi", "Anthony Davidson", "Kazuki Nakajima"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Spa, 2. Mai 2015. In Spa triumphierte der Audi mit der Startnummer 7, pilotiert von Marcel Fässler, André "
           "Lotterer und Benoît Tréluyer. In Bahrain gewann Porsche. Platz zwei ging an den Audi #7."),
    ("en", "Spa, 2 May 2015. At Spa the No. 7 Audi won, driven by Marcel Fässler, André Lotterer and Benoît Tréluyer. "
           "In Bahrain Porsche won. Second place went to the Audi #7."),
    ("fr", "Spa, 2 mai 2015. À Spa, l'Audi n°7 s'est imposée, pilotée par Marcel Fässler, André Lotterer et Benoît "
           "Tréluyer. À Bahreïn, Porsche s'est imposé. La deuxième place est revenue à l'Audi n°7."),
])
def test_a_car_number_ending_the_sentence_is_the_crew_named_after_it_before(extract, lang, text):
    crew = ["Marcel Fässler", "André Lotterer", "Benoît Tréluyer"]
    assert [r["drivers"] for r in extract(text, lang)["results"] if r["position"] == 2] == [crew]


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 11. Juni 2011. Im Vorjahr hatte Audi in Le Mans einen Dreifachsieg gefeiert, angeführt von Timo "
           "Bernhard, Romain Dumas und Mike Rockenfeller."),
    ("en", "Le Mans, 11 June 2011. A year earlier Audi had celebrated a one-two-three at Le Mans, led by Timo "
           "Bernhard, Romain Dumas and Mike Rockenfeller."),
    ("fr", "Le Mans, 11 juin 2011. L'an dernier, Audi avait signé un triplé au Mans, mené par Timo Bernhard, Romain "
           "Dumas et Mike Rockenfeller."),
])
def test_a_one_two_led_by_a_crew_is_that_crews_win(extract, lang, text):
    assert [(r["position"], r["drivers"], r["season"]) for r in extract(text, lang)["results"] if r["drivers"]] == [
        (1, ["Timo Bernhard", "Romain Dumas", "Mike Rockenfeller"], 2010)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 23. Oktober 2011 – Mattias Ekström sicherte sich auf dem Hockenheimring mit Rang sechs die "
           "Vizemeisterschaft."),
    ("en", "Hockenheim, 23 October 2011 – Mattias Ekström became vice-champion with sixth place at the "
           "Hockenheimring."),
    ("fr", "Hockenheim, 23 octobre 2011 – Mattias Ekström est vice-champion grâce à une sixième place sur le "
           "Hockenheimring."),
])
def test_a_rank_beside_a_runner_up_word_is_the_races(extract, lang, text):
    assert sorted((r["kind"], r["position"]) for r in extract(text, lang)["results"]) == [
        ("championship", 2), ("race", 6)]


@pytest.mark.parametrize("word, position", [("Gesamtsechste", 6), ("Tabellenfünfte", 5), ("Gesamtzehnte", 10)])
def test_overall_rank_words_are_standings(extract, word, position):
    text = f"Hockenheim, 23. September 2018 – Timo Scheider und Mikkel Jensen wurden {word}."
    assert [(r["kind"], r["position"], r["drivers"]) for r in results(extract, text)] == [
        ("championship", position, ["Timo Scheider", "Mikkel Jensen"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Spa, 28. Juli 2019. Kévin Estre gewann. Dahinter machten Frédéric Makowiecki und Nick Tandy den Doppelsieg "
           "perfekt."),
    ("en", "Spa, 28 July 2019. Kévin Estre won. Frédéric Makowiecki and Nick Tandy completed the one-two."),
    ("fr", "Spa, 28 juillet 2019. Kévin Estre s'est imposé. Frédéric Makowiecki et Nick Tandy ont complété le doublé."),
])
def test_those_completing_a_one_two_are_second(extract, lang, text):
    assert [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        (1, ["Kévin Estre"]), (2, ["Frédéric Makowiecki", "Nick Tandy"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Lausitz, 25. August 2019 – René Rast gewann. Sein Teamkollege Robin Frijns fuhr als Zweiter über die "
           "Linie, Mike Rockenfeller machte den Dreifacherfolg perfekt."),
    ("en", "Lausitz, 25 August 2019 – René Rast won. His team-mate Robin Frijns crossed the line second and Mike "
           "Rockenfeller completed the one-two-three."),
])
def test_the_one_completing_a_sweep_takes_its_last_place(extract, lang, text):
    assert [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        (1, ["René Rast"]), (2, ["Robin Frijns"]), (3, ["Mike Rockenfeller"])]


def test_a_sweep_led_by_a_crew_named_after_a_participle_is_that_crews_win(extract):
    text = ("Le Mans, 14 juin 2009. Un an plus tard, Peugeot signait un doublé avec la 905, emmené par Geoff Brabham, "
            "Christophe Bouchut et Éric Hélary.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]] == [
        (1, ["Geoff Brabham", "Christophe Bouchut", "Éric Hélary"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monte Carlo, 23. Mai 2021 – Red Bull Racing schob sich mit 149 Punkten an die Spitze der "
           "Konstrukteurswertung, einen Punkt vor Mercedes."),
    ("en", "Monte Carlo, 23 May 2021 – Red Bull Racing also moves to the top of the Constructors' Championship with "
           "149 points, a single point ahead of Mercedes."),
    ("fr", "Monte-Carlo, 23 mai 2021 – Red Bull Racing prend la tête du championnat des constructeurs avec 149 points, "
           "un point devant Mercedes."),
])
def test_moving_to_the_top_of_a_standing_leads_it(extract, lang, text):
    assert sorted((r["position"], r["team"] or r["manufacturer"]) for r in extract(text, lang)["results"]
                  if r["kind"] == "championship") == [(1, "Red Bull Racing"), (2, "Mercedes")]


def test_topping_a_standing_leads_it(extract):
    text = "Le Mans, 19 June 2016 – Romain Dumas, Neel Jani and Marc Lieb now top the drivers' standings on 94 points."
    assert [(r["kind"], r["position"]) for r in extract(text, "en")["results"]] == [("championship", 1)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 22.07.2018 – In der Konstrukteurswertung hat Mercedes mit 310 Punkten acht Zähler Vorsprung "
           "auf Ferrari."),
    ("en", "Hockenheim, 22 July 2018 – In the constructors' championship Mercedes have an eight-point lead over "
           "Ferrari."),
], ids=["de", "en"])
def test_a_lead_of_one_make_over_another_ranks_both(extract, lang, text):
    assert sorted((r["position"], r["team"] or r["manufacturer"]) for r in extract(text, lang)["results"]) == [
        (1, "Mercedes"), (2, "Ferrari")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Milton Keynes, 26 November 2013 – Sebastian Vettel finished third in Melbourne. From then on, the season "
           "read like a list of victories:\n\n- Bahrain Grand Prix, Sakhir\n- Canadian Grand Prix, Montreal: a first "
           "win there\n- Abu Dhabi Grand Prix, Yas Marina: Mark Webber on pole\n\nThe title followed in India."),
    ("de", "Milton Keynes, 26. November 2013 – Sebastian Vettel wurde in Melbourne Dritter. Danach folgte Sieg auf "
           "Sieg:\n\n- Großer Preis von Bahrain, Sakhir\n- Großer Preis von Kanada, Montreal: der erste Erfolg dort\n"
           "- Großer Preis von Abu Dhabi, Yas Marina: Mark Webber auf der Pole\n\nDer Titel folgte in Indien."),
], ids=["en", "de"])
def test_a_bulleted_list_of_wins_credits_each_line_to_the_one_named_before(extract, lang, text):
    found = sorted((r["kind"], r["position"], r["event"], r["drivers"][0]) for r in extract(text, lang)["results"])
    assert [(kind, position, driver) for kind, position, _, driver in found] == [
        ("qualifying", 1, "Mark Webber"), *[("race", 1, "Sebastian Vettel")] * 3, ("race", 3, "Sebastian Vettel")]
    assert len({event for _, _, event, _ in found}) == 4  # Melbourne and the three races listed


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 22.07.2018 – Lewis Hamilton gewann vor Sebastian Vettel. Der Brite übernahm damit die Führung "
           "in der Fahrerwertung."),
    ("en", "Hockenheim, 22 July 2018 – Lewis Hamilton won ahead of Sebastian Vettel. The Briton took the lead of the "
           "drivers' championship."),
], ids=["de", "en"])
def test_a_nationality_descriptor_stands_for_the_person_of_that_nationality(extract, lang, text):
    assert [r["drivers"] for r in extract(text, lang)["results"] if r["kind"] == "championship"] == [["Lewis Hamilton"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 6. Oktober 2019 – Rast gewinnt das Sonntagsrennen\n\nAm Samstag gewann René Rast vor Nico "
           "Müller. Am Sonntag gewann René Rast erneut, Nico Müller wurde wieder Zweiter."),
    ("en", "Hockenheim, 6 October 2019 – Rast wins on Sunday\n\nOn Saturday René Rast won ahead of Nico Müller. On "
           "Sunday René Rast won again ahead of Nico Müller."),
], ids=["de", "en"])
def test_the_same_placing_on_two_days_of_a_meeting_is_two_races(extract, lang, text):
    found = sorted((r["position"], r["drivers"][0]) for r in extract(text, lang)["results"])
    assert found == [(1, "René Rast"), (1, "René Rast"), (2, "Nico Müller"), (2, "Nico Müller")]


def test_a_lead_by_points_from_someone_ranks_them_second(extract):
    text = ("Monte Carlo, 23 May 2021 – With 105 points Max Verstappen now leads the Drivers' Championship by four "
            "points from Lewis Hamilton.")
    assert sorted((r["position"], r["drivers"]) for r in extract(text, "en")["results"]) == [
        (1, ["Max Verstappen"]), (2, ["Lewis Hamilton"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Monte Carlo, 23 May 2021 – Sebastian Vettel (Aston Martin) was fifth and Pierre Gasly (AlphaTauri) sixth."),
    ("fr", "Monte-Carlo, 23 mai 2021 – Sebastian Vettel (Aston Martin) a terminé cinquième et Pierre Gasly "
           "(AlphaTauri) sixième."),
])
def test_an_ordinal_after_a_name_and_its_team_in_parentheses_is_a_placing(extract, lang, text):
    assert [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        (5, ["Sebastian Vettel"]), (6, ["Pierre Gasly"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monte Carlo, 23. Mai 2021 – Es war der fünfte Sieg von Red Bull in Monaco nach Mark Webber 2010 und 2012, "
           "Sebastian Vettel 2011 und Daniel Ricciardo 2018."),
    ("en", "Monte Carlo, 23 May 2021 – The win was Red Bull's fifth in Monaco after Mark Webber in 2010 and 2012, "
           "Sebastian Vettel in 2011 and Daniel Ricciardo in 2018."),
    ("fr", "Monte-Carlo, 23 mai 2021 – C'est la cinquième victoire de Red Bull à Monaco après Mark Webber en 2010 et "
           "2012, Sebastian Vettel en 2011 et Daniel Ricciardo en 2018."),
])
def test_earlier_wins_listed_as_names_with_years_are_each_names(extract, lang, text):
    assert sorted((r["season"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["drivers"]) == [
        (2010, "Mark Webber"), (2011, "Sebastian Vettel"), (2012, "Mark Webber"), (2018, "Daniel Ricciardo")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Berlin, 13. August 2020 – Am Mittwoch gewann António Félix da Costa von der Pole-Position vor André "
           "Lotterer und Sam Bird."),
    ("en", "Berlin, 13 August 2020 – On Wednesday António Félix da Costa won from pole position ahead of André "
           "Lotterer and Sam Bird."),
    ("fr", "Berlin, le 13 août 2020 – Le mercredi 5 août, António Félix da Costa s'impose depuis la pole position, "
           "devant André Lotterer (Porsche) et Sam Bird (Envision Virgin Racing)."),
])
def test_a_win_from_pole_ahead_of_others_places_them_in_the_race(extract, lang, text):
    assert sorted((r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]) == [
        ("qualifying", 1, "António Félix da Costa"), ("race", 1, "António Félix da Costa"),
        ("race", 2, "André Lotterer"), ("race", 3, "Sam Bird")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Sakhir, 15. November 2014 – Marcel Fässler fuhr knapp am Podium vorbei."),
    ("en", "Sakhir, 15 November 2014 – Marcel Fässler finished just off the podium."),
    ("fr", "Sakhir, 15 novembre 2014 – Au pied du podium, l'Audi de Marcel Fässler termine à un tour."),
])
def test_just_off_the_podium_is_fourth(extract, lang, text):
    assert [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [(4, ["Marcel Fässler"])]


def test_a_plural_ordinal_places_a_crew(extract):
    text = ("Sakhir, 15 novembre 2014 – Anthony Davidson et Sébastien Buemi ont perdu seize tours et ont terminé "
            "onzièmes.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]] == [
        (11, ["Anthony Davidson", "Sébastien Buemi"])]


def test_a_points_lead_of_one_make_over_another_ranks_both(extract):
    text = ("Hockenheim, 22 juillet 2018 – Au classement des constructeurs, Mercedes compte huit points d'avance sur "
            "Ferrari.")
    assert sorted((r["position"], r["manufacturer"]) for r in extract(text, "fr")["results"]) == [
        (1, "Mercedes"), (2, "Ferrari")]


def test_a_fronted_retirement_word_retires_those_listed(extract):
    text = ("Istanbul, 15. November 2020 – Der Große Preis der Türkei war ein Regenrennen. Ausgeschieden sind Romain "
            "Grosjean (Haas) und Antonio Giovinazzi (Alfa Romeo).")
    assert sorted((r["status"], tuple(r["drivers"]), r["event"]) for r in results(extract, text)) == [
        ("retired", ("Antonio Giovinazzi",), "Großer Preis der Türkei"),
        ("retired", ("Romain Grosjean",), "Großer Preis der Türkei")]


@pytest.mark.parametrize("lang, text, event", [
    ("de", "Hockenheim, 28. Juli 2019 – Der Große Preis von Deutschland ging an Max Verstappen.",
     "Großer Preis von Deutschland"),
    ("en", "Hockenheim, 28 July 2019 – The German Grand Prix went to Max Verstappen.", "German Grand Prix"),
    ("fr", "Hockenheim, 28 juillet 2019 – Le Grand Prix d'Allemagne est revenu à Max Verstappen.",
     "Grand Prix d'Allemagne"),
])
def test_a_named_race_that_went_to_someone_is_their_win(extract, lang, text, event):
    assert [(r["position"], r["drivers"], r["event"]) for r in extract(text, lang)["results"]] == [
        (1, ["Max Verstappen"], event)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Silverstone, 6. Juli 2025 – In der Weltmeisterschaft hat Lando Norris den Rückstand auf Oscar Piastri auf "
           "acht Punkte verkürzt."),
    ("en", "Silverstone, 6 July 2025 – In the championship, Lando Norris trails Oscar Piastri by eight points."),
    ("fr", "Silverstone, 6 juillet 2025 – Au championnat, Lando Norris compte huit points de retard sur Oscar "
           "Piastri."),
])
def test_trailing_someone_in_a_standing_ranks_them_first(extract, lang, text):
    assert sorted((r["position"], r["drivers"]) for r in extract(text, lang)["results"]) == [
        (1, ["Oscar Piastri"]), (2, ["Lando Norris"])]


@pytest.mark.parametrize("lang, text, final", [
    ("de", "Lausitzring, 15. September 2019 – Nico Müller verpatzte den Start und fiel zunächst bis auf Rang zehn "
           "zurück, kämpfte sich aber noch bis auf Platz zwei nach vorn.", 2),
    ("en", "Lausitzring, 15 September 2019 – Nico Müller was briefly tenth after a poor start but fought back to "
           "finish second.", 2),
    ("fr", "Le Mans, 15 juin 2008 – La Peugeot de Nico Müller, un moment reléguée au 31e rang, s'est classée "
           "cinquième.", 5),
])
def test_a_place_held_on_the_way_is_no_result_beside_the_final_one(extract, lang, text, final):
    assert [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [(final, ["Nico Müller"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Budapest, 1. August 2021 – Esteban Ocon gewann. Sebastian Vettel sah die Zielflagge als Zweiter, wurde "
           "aber später disqualifiziert."),
    ("en", "Budapest, 1 August 2021 – Esteban Ocon won. Sebastian Vettel took the chequered flag in second but was "
           "later disqualified."),
    ("fr", "Budapest, 1er août 2021 – Esteban Ocon s'impose. Sebastian Vettel, deuxième sous le drapeau à damier, a "
           "ensuite été disqualifié."),
])
def test_a_place_at_the_flag_gives_way_to_a_disqualification(extract, lang, text):
    vettel = [r for r in extract(text, lang)["results"] if r["drivers"] == ["Sebastian Vettel"]]
    assert [(r["status"], r["position"]) for r in vettel] == [("disqualified", None)]


def test_a_rank_named_beside_a_one_two_word_wins_over_it(extract):
    text = "Hockenheim, 22. Juli 2018. Valtteri Bottas machte als Zweiter den Doppelerfolg perfekt."
    assert [(r["drivers"], r["position"]) for r in results(extract, text)] == [(["Valtteri Bottas"], 2)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Spa, 2. Mai 2015. In Spa-Francorchamps triumphierte der Audi mit der Startnummer 7, pilotiert von "
         "Marcel Fässler, André Lotterer und Benoît Tréluyer.", "de"),
        ("Spa, 2 May 2015 – At Spa-Francorchamps the No. 7 Audi won, driven by Marcel Fässler, André Lotterer "
         "and Benoît Tréluyer.", "en"),
    ],
    ids=["pilotiert-von", "driven-by"],
)
def test_crew_named_in_a_participle_after_the_car(extract, text, lang):
    found = [r for r in results(lambda t: extract(t, lang), text) if r["position"] == 1]
    assert [r["drivers"] for r in found] == [["Marcel Fässler", "André Lotterer", "Benoît Tréluyer"]]


def test_a_car_number_stands_for_the_crew_named_with_it(extract):
    text = ("Shanghai, 5 November 2017 – Timo Bernhard, Earl Bamber and Brendon Hartley drove the No. 2 Porsche "
            "919 Hybrid. Toyota hit back in the autumn. At Fuji the No. 2 finished second.")
    found = [(r["drivers"], r["position"]) for r in results(lambda t: extract(t, "en"), text)]
    assert found == [(["Timo Bernhard", "Earl Bamber", "Brendon Hartley"], 2)]


def test_a_country_stands_for_its_round(extract):
    text = ("Abu Dhabi, 24 November 2016 – Nico Rosberg opened the season with four straight victories, in "
            "Australia, Bahrain, China and Russia.")
    document = extract(text, "en")
    assert {r["event"] for r in document["results"] if r["drivers"] == ["Nico Rosberg"]} \
        == {"Australia", "Bahrain", "China", "Russia"}
    assert {e["venue"] for e in document["events"]} >= {"Australia", "China", "Russia"}


def test_a_country_is_no_place_in_a_nationality_tag_nor_beside_its_venue(extract):
    text = ("Spielberg, 30. Juni 2019. Max Verstappen (Niederlande) gewann in Spielberg. "
            "Im Vorjahr hatte Verstappen in Österreich ebenfalls gewonnen.")
    document = extract(text)
    assert not [e for e in document["entities"] if e["text"] == "Niederlande"]
    assert sorted((r["event"], r["season"]) for r in document["results"]) == [("Spielberg", 2018), ("Spielberg", 2019)]


def test_a_rank_after_a_name_is_not_the_next_names_across_a_coordinator(extract):
    text = ("Nürnberg, 24. Juni 2018 – Marco Wittmann gewann. Auf den Plätzen folgten Bruno Spengler (BMW) als "
            "Vierter und Lucas Auer (Mercedes-AMG), der als Fünfter ins Ziel kam.")
    found = sorted((r["position"], r["drivers"]) for r in results(extract, text))
    assert found == [(1, ["Marco Wittmann"]), (4, ["Bruno Spengler"]), (5, ["Lucas Auer"])]
    assert "Vierter" not in {e["text"] for e in extract(text)["entities"]}


def test_more_wins_added_at_listed_places(extract):
    text = ("Alghero, 8 June 2019 – Ott Tänak started the season with a win in Sweden, and after that came Chile, "
            "Portugal and Finland.")
    found = {(r["event"], r["position"]) for r in results(lambda t: extract(t, "en"), text) if r["drivers"] == ["Ott Tänak"]}
    assert found == {("Sweden", 1), ("Chile", 1), ("Portugal", 1), ("Finland", 1)}


@pytest.mark.parametrize(
    "text, lang, event",
    [
        ("Rallye Deutschland\n\nBostalsee, 25. August 2019 – Für Ott Tänak war es bei der Rallye Deutschland der "
         "fünfte Saisonsieg nach Schweden, Chile, Portugal und Finnland.", "de", "Rallye Deutschland"),
        ("Rallye Deutschland\n\nBostalsee, 25 August 2019 – For Ott Tänak it was the fifth win of the season, after "
         "Sweden, Chile, Portugal and Finland.", "en", "Rallye Deutschland"),
        ("Rallye d'Allemagne\n\nBostalsee, le 25 août 2019 – Pour Ott Tänak, c'est la cinquième victoire de la "
         "saison après la Suède, le Chili, le Portugal et la Finlande.", "fr", "Rallye d'Allemagne"),
    ],
    ids=["de", "en", "fr"],
)
def test_places_after_an_earlier_win_marker_are_this_seasons_earlier_wins(extract, text, lang, event):
    found = {r["event"] for r in results(lambda t: extract(t, lang), text) if r["drivers"] == ["Ott Tänak"]
             and (r["kind"], r["position"], r["season"]) == ("race", 1, 2019)}
    places = {"de": ["Schweden", "Chile", "Portugal", "Finnland"], "en": ["Sweden", "Chile", "Portugal", "Finland"],
              "fr": ["Suède", "Chili", "Portugal", "Finlande"]}[lang]
    assert found == {event, *places}


def test_an_earlier_win_listed_with_a_year_is_in_that_year(extract):
    text = ("Rallye Finnland\n\nJyväskylä, 31. Juli 2016 – Für Kris Meeke war es bei der Rallye Finnland der dritte "
            "Sieg nach Argentinien 2015 und Portugal 2016.")
    found = {(r["event"], r["season"]) for r in results(extract, text) if r["drivers"] == ["Kris Meeke"]}
    assert found == {("Rallye Finnland", 2016), ("Argentinien", 2015), ("Portugal", 2016)}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Barcelona, 15 May 2016 – Carlos Sainz finished sixth. Sergio Pérez (Force India), Felipe Massa (Williams), "
         "Jenson Button (McLaren) and Daniil Kvyat, who had swapped seats with Max Verstappen, completed the top ten.",
         "en"),
        ("Barcelona, 15. Mai 2016. Carlos Sainz wurde Sechster. Die Top Ten komplettierten Sergio Pérez, Felipe Massa, "
         "Jenson Button und Daniil Kvyat.", "de"),
    ],
    ids=["en", "de"],
)
def test_competitors_completing_a_top_group_take_its_last_places(extract, text, lang):
    found = sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text))
    assert found == [(6, ["Carlos Sainz"]), (7, ["Sergio Pérez"]), (8, ["Felipe Massa"]), (9, ["Jenson Button"]),
                     (10, ["Daniil Kvyat"])]


def test_both_retired_gives_each_a_retirement(extract):
    text = "Barcelona, 15 May 2016 – Nico Hülkenberg and Fernando Alonso both retired with technical problems."
    found = sorted((r["drivers"], r["status"]) for r in results(lambda t: extract(t, "en"), text))
    assert found == [(["Fernando Alonso"], "retired"), (["Nico Hülkenberg"], "retired")]


@pytest.mark.parametrize("sentence, kind, position", [
    ("Lewis Hamilton gewann das Rennen. Felipe Massa drehte sich mehrfach und wurde nur 13. und Letzter.", "race", 13),
    ("Die Pole-Position sicherte sich Heikki Kovalainen. Zweitschnellster war überraschend Felipe Massa im Ferrari.",
     "qualifying", 2),
], ids=["wurde-nur-digits", "capitalised-second-fastest"])
def test_digit_rank_after_wurde_and_capitalised_fastest_word(extract, sentence, kind, position):
    text = "Silverstone, 6. Juli 2008 – " + sentence
    found = [(r["kind"], r["position"]) for r in results(extract, text) if r["drivers"] == ["Felipe Massa"]]
    assert found == [(kind, position)]


def test_order_after_a_comma_places_the_names_in_the_ranks_before_it(extract):
    # a make named before the comma does not make "Barrichello vor Button" a main clause of its own
    text = ("Monza, 13. September 2009 – Im Qualifying reichte es für die beiden von Mercedes-Benz angetriebenen "
            "BGP 001 nur zu den Plätzen fünf und sechs, Rubens Barrichello vor Jenson Button.")
    found = sorted((r["position"], r["drivers"]) for r in results(extract, text) if r["kind"] == "qualifying")
    assert found == [(5, ["Rubens Barrichello"]), (6, ["Jenson Button"])]


@pytest.mark.parametrize("tail, placed", [
    (".", [(1, [])]),
    (", stets mit Jenson Button vor Rubens Barrichello.", [(1, ["Jenson Button"]), (2, ["Rubens Barrichello"])]),
], ids=["places-of-one-multi-win", "order-after-stets"])
def test_multi_win_at_each_listed_place_with_its_order(extract, tail, placed):
    # every place of the list, the first too; the order after "stets mit" belongs to the same statement
    text = ("Monza, 13. September 2009 – Rubens Barrichello gewann. Zuvor hatte Brawn GP in Melbourne, Barcelona und "
            "Monaco jeweils einen Doppelsieg gefeiert" + tail)
    found = [r for r in results(extract, text) if r["event"] in ("Melbourne", "Barcelona", "Monaco")]
    assert sorted({r["event"] for r in found}) == ["Barcelona", "Melbourne", "Monaco"]
    for event in ("Melbourne", "Barcelona", "Monaco"):
        assert sorted((r["position"], r["drivers"]) for r in found if r["event"] == event) == placed


@pytest.mark.parametrize("text, lang", [
    ("Silverstone, 6. Juli 2008 – Hinter dem Podium kam Kimi Räikkönen, der die schnellste Rennrunde fuhr, als Vierter "
     "ins Ziel.", "de"),
    ("Silverstone, 6 July 2008 – Behind the podium, Kimi Räikkönen, who set the fastest lap of the race, finished "
     "fourth.", "en"),
], ids=["de", "en"])
def test_behind_the_podium_is_off_it(extract, text, lang):
    found = [(r["status"], r["position"]) for r in results(lambda t: extract(t, lang), text)]
    assert found == [("finished", 4)]


@pytest.mark.parametrize("sentence, position", [
    ("Robert Kubica had to settle for tenth after aborting his lap.", 10),
    ("Felipe Massa was no better than ninth in the second Ferrari.", 9),
], ids=["settle-for", "no-better-than"])
def test_english_rank_after_for_and_than(extract, sentence, position):
    found = results(lambda t: extract(t, "en"), "Silverstone, 6 July 2008 – " + sentence)
    assert [(r["kind"], r["position"]) for r in found] == [("race", position)]


def test_team_after_for_in_a_clause_without_subject_is_the_subjects_team(extract):
    text = ("Silverstone, 6 July 2008 – Nick Heidfeld finished second. Heidfeld celebrated his first Formula One podium "
            "in Brazil in 2001, finishing third for Sauber.")
    found = [(r["position"], r["drivers"], r["team"]) for r in results(lambda t: extract(t, "en"), text)
             if r["season"] == 2001 and r["position"]]
    assert found == [(3, ["Nick Heidfeld"], "Sauber")]


def test_make_owning_the_win_count_after_the_cue_is_no_competitor(extract):
    # "Porsche's 19th overall win" counts the win of the car named before; the car's crew is placed
    text = ("Stuttgart, 20 November 2017. The title went to Timo Bernhard, Earl Bamber and Brendon Hartley in the No. 2 "
            "Porsche 919 Hybrid. At Le Mans the No. 2 lost an hour in the garage – and still took the chequered flag "
            "first, Porsche's 19th overall win at the Circuit de la Sarthe.")
    found = [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text) if r["kind"] == "race"]
    assert found == [(1, ["Timo Bernhard", "Earl Bamber", "Brendon Hartley"])]


def test_plural_champions_descriptor_stands_for_the_crew_named_before(extract):
    text = ("Stuttgart, 20 November 2017. The drivers' crown was claimed by Timo Bernhard, Earl Bamber and Brendon "
            "Hartley in the No. 2 Porsche 919 Hybrid. There the new champions came home second behind Sébastien Buemi.")
    found = sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text))
    assert found == [(1, ["Sébastien Buemi"]), (2, ["Timo Bernhard", "Earl Bamber", "Brendon Hartley"])]


@pytest.mark.parametrize("sentence, expected", [
    ("Lucas di Grassi est deuxième au championnat. Nicolas Prost reste troisième.",
     ("championship", 3, "finished")),
    ("António Félix da Costa n'a pas pu repartir.", ("race", None, "retired")),
], ids=["reste-troisieme", "pas-pu-repartir"])
def test_french_standing_kept_and_retirement_phrase(extract, sentence, expected):
    text = "Paris, le 20 mai 2017 – Sébastien Buemi a remporté l'ePrix de Paris. " + sentence
    found = [(r["kind"], r["position"], r["status"]) for r in results(lambda t: extract(t, "fr"), text)
             if r["drivers"] in (["Nicolas Prost"], ["António Félix da Costa"])]
    assert found == [expected]


def test_fronted_win_epithet_before_a_name_and_its_standing(extract):
    # "Déjà vainqueur à …, Buemi compte …": the wins are the name's, the standing after it a clause of its own
    text = ("Paris, le 20 mai 2017 – Sébastien Buemi a remporté l'ePrix de Paris. Déjà vainqueur à Hong Kong, à "
            "Marrakech et à Monaco, Buemi compte désormais 129 points au championnat des pilotes, 43 de plus que Lucas "
            "di Grassi, deuxième.")
    found = sorted((r["kind"], r["position"], r["event"] or "", r["drivers"][0])
                   for r in results(lambda t: extract(t, "fr"), text))
    assert found == [("championship", 1, "", "Sébastien Buemi"), ("championship", 2, "", "Lucas di Grassi"),
                     ("race", 1, "Hong Kong", "Sébastien Buemi"), ("race", 1, "Marrakech", "Sébastien Buemi"),
                     ("race", 1, "Monaco", "Sébastien Buemi"), ("race", 1, "ePrix de Paris", "Sébastien Buemi")]


def test_french_ou_opens_a_clause_with_its_own_subject(extract):
    text = ("Guyancourt, le 27 octobre 1999 – Le titre se décidera à Suzuka. En 1997, à Jerez, Mika Häkkinen avait "
            "gagné le premier Grand Prix de sa carrière le jour où Jacques Villeneuve (Williams) devenait champion du "
            "monde.")
    found = [(r["position"], r["drivers"], r["season"]) for r in results(lambda t: extract(t, "fr"), text)]
    assert found == [(1, ["Mika Häkkinen"], 1997)]


@pytest.mark.parametrize("sentence, expected", [
    ("Daniil Kvyat holte Platz zwei beim Großen Preis von Ungarn 2015 und Rang drei beim Großen Preis von China 2016.",
     [(2, 2015, "Großer Preis von Ungarn"), (3, 2016, "Großer Preis von China")]),
    ("Daniil Kvyat wurde 2010 in Ungarn Dritter, 2011 Vierter.", [(3, 2010, "Ungarn"), (4, 2011, "Ungarn")]),
], ids=["year-after-each-rank", "year-before-the-next-rank"])
def test_each_rank_of_a_clause_with_its_own_year_and_event(extract, sentence, expected):
    # "von" inside an event's name is no start marker ("… von Ungarn und Rang drei": no grid slot)
    text = "Hockenheim, 28. Juli 2019 – Max Verstappen gewann. " + sentence
    found = sorted((r["position"], r["season"], r["event"]) for r in results(extract, text)
                   if r["drivers"] == ["Daniil Kvyat"])
    assert found == expected


@pytest.mark.parametrize("text, lang", [
    ("Hockenheim, 28. Juli 2019 – Daniil Kvyat wurde Dritter hinter Sebastian Vettel, der sich vom 20. und letzten "
     "Startplatz bis auf Rang zwei nach vorn gekämpft hatte.", "de"),
    ("Hockenheim, 28 July 2019 – Daniil Kvyat finished third behind Sebastian Vettel, who had fought his way up from "
     "20th and last on the grid to second.", "en"),
], ids=["de", "en"])
def test_numeric_ordinal_and_adjective_joined_are_no_clause_break(extract, text, lang):
    # "vom 20. und letzten Startplatz": one phrase, so the grid slot does not make the rank a qualifying one
    found = [(r["kind"], r["position"]) for r in results(lambda t: extract(t, lang), text)
             if r["drivers"] == ["Sebastian Vettel"]]
    assert found == [("race", 2)]


def test_year_of_a_later_coordinated_clause_dates_no_earlier_one(extract):
    text = ("Hinwil, 30. November 2012 – Beim Großen Preis von Japan in Suzuka folgte der große Tag von Kamui Kobayashi. "
            "Vor heimischem Publikum wurde er Dritter hinter Sebastian Vettel und Felipe Massa und stand als erster "
            "Japaner seit Aguri Suzuki im Jahr 1990 in Suzuka auf dem Podium.")
    found = sorted((r["season"], r["position"], r["drivers"][0]) for r in results(extract, text)
                   if r["drivers"] != ["Aguri Suzuki"])
    assert found == [(2012, 1, "Sebastian Vettel"), (2012, 2, "Felipe Massa"), (2012, 3, "Kamui Kobayashi")]


def test_rank_before_hinter_in_a_coordinated_clause_is_the_subjects(extract):
    text = ("Monza, 9. September 2012 – Sergio Pérez ließ beide Ferrari hinter sich und kam als Zweiter hinter Lewis "
            "Hamilton ins Ziel.")
    found = sorted((r["position"], r["drivers"]) for r in results(extract, text))
    assert found == [(1, ["Lewis Hamilton"]), (2, ["Sergio Pérez"])]


def test_descriptor_after_hinter_is_ahead_of_the_sentences_subject(extract):
    text = ("Hinwil, 30. November 2012 – Sauber blickt zurück. Sergio Pérez jagte im Regen Fernando Alonso und wurde "
            "hinter dem Ferrari-Piloten Zweiter.")
    found = sorted((r["position"], r["drivers"]) for r in results(extract, text))
    assert found == [(1, ["Fernando Alonso"]), (2, ["Sergio Pérez"])]


@pytest.mark.parametrize("text, lang", [
    ("Sebring, March 19, 2016 – Pipo Derani won. Polesitter Olivier Pla lost his chance on the penultimate lap.", "en"),
    ("Sebring, le 19 mars 2016 – Pipo Derani a gagné. Poleman Olivier Pla a perdu sa chance dans l'avant-dernier tour.",
     "fr"),
], ids=["en", "fr"])
def test_capitalised_pole_epithet_opening_a_sentence(extract, text, lang):
    found = [(r["kind"], r["position"]) for r in results(lambda t: extract(t, lang), text)
             if r["drivers"] == ["Olivier Pla"]]
    assert found == [("qualifying", 1)]


def test_race_rank_in_a_title_clause_with_a_sponsor_before_the_event(extract):
    text = ("Cologne, 17 November 2022 – Sébastien Buemi, Brendon Hartley and Ryo Hirakawa became drivers' world "
            "champions in the No. 8 GR010 HYBRID by finishing second in the BAPCO 8 Hours of Bahrain on 12 November.")
    found = [(r["kind"], r["position"]) for r in results(lambda t: extract(t, "en"), text)]
    assert found == [("race", 2)]


@pytest.mark.parametrize("sentence, retired", [
    ("On Sunday morning Elfyn Evans stopped on the way to the first stage of the day.", ["Elfyn Evans"]),
    ("Lucas Auer's race ended in a collision.", ["Lucas Auer"]),
    ("David Coulthard and Sebastian Vettel slid off together and were both out.", ["David Coulthard", "Sebastian Vettel"]),
], ids=["stopped-on-the-way", "ended-in-a-collision", "were-both-out"])
def test_english_retirement_phrases(extract, sentence, retired):
    found = results(lambda t: extract(t, "en"), "Athens, 26 June 2022 – Thierry Neuville won. " + sentence)
    assert sorted(r["drivers"][0] for r in found if r["status"] == "retired") == retired


@pytest.mark.parametrize("lang, text, retired", [
    ("de", "Sakhir, 31. März 2019 – Lewis Hamilton gewann. Als die beiden Renault von Nico Hülkenberg und Daniel "
           "Ricciardo kurz vor Schluss mit Defekten ausrollten, rückte das Safety Car aus.",
     ["Daniel Ricciardo", "Nico Hülkenberg"]),
    ("fr", "Sakhir, le 31 mars 2019 – Lewis Hamilton a gagné le Grand Prix de Bahreïn. Les deux Renault de Nico "
           "Hülkenberg et de Daniel Ricciardo sont tombées en panne presque simultanément.",
     ["Daniel Ricciardo", "Nico Hülkenberg"]),
    ("fr", "Monaco, le 26 mai 2024 – Charles Leclerc a gagné. Esteban Ocon a lui aussi renoncé après un contact.",
     ["Esteban Ocon"]),
], ids=["de-ausrollten", "fr-tombees-en-panne", "fr-a-renonce"])
def test_retirement_words_and_phrases(extract, lang, text, retired):
    found = results(lambda t: extract(t, lang), text)
    assert sorted(r["drivers"][0] for r in found if r["status"] == "retired") == retired


@pytest.mark.parametrize("lang, text", [
    ("en", "Jakarta, 4 June 2023 – Pascal Wehrlein won. In the drivers' standings Nick Cassidy is now third."),
    ("fr", "Jakarta, le 4 juin 2023 – Pascal Wehrlein a gagné. Au championnat, Nick Cassidy est désormais troisième."),
], ids=["en", "fr"])
def test_rank_after_an_adverb_of_time(extract, lang, text):
    found = [(r["kind"], r["position"]) for r in results(lambda t: extract(t, lang), text)
             if r["drivers"] == ["Nick Cassidy"]]
    assert found == [("championship", 3)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Spa, 29 August 2021 – Max Verstappen won the race. At the front of the drivers' standings, Lewis Hamilton "
           "leads Max Verstappen by three points.", [(1, "Lewis Hamilton"), (2, "Max Verstappen")]),
    ("fr", "Spa, le 29 août 2021 – Max Verstappen a gagné. Au championnat des pilotes, Lewis Hamilton devance Max "
           "Verstappen de trois points.", [(1, "Lewis Hamilton"), (2, "Max Verstappen")]),
], ids=["en-leads", "fr-devance"])
def test_the_one_a_standings_leader_leads_is_second(extract, lang, text, expected):
    found = sorted((r["position"], r["drivers"][0]) for r in results(lambda t: extract(t, lang), text)
                   if r["kind"] == "championship")
    assert found == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In the drivers' standings, Fernando Alonso and Sébastien Buemi remain at the top, with Kamui Kobayashi and Mike "
     "Conway now second, 13 points adrift.", [(1, "Fernando Alonso"), (2, "Kamui Kobayashi")]),
    ("In the drivers' standings Sébastien Ogier extended his advantage at the top, while his team-mate Elfyn Evans "
     "remains second.", [(1, "Sébastien Ogier"), (2, "Elfyn Evans")]),
], ids=["remain-at-the-top-now-second", "advantage-at-the-top"])
def test_standings_top_phrases_and_a_rank_after_names_and_an_adverb(extract, sentence, expected):
    found = sorted((r["position"], r["drivers"][0]) for r in results(lambda t: extract(t, "en"), "Fuji, 14 October "
                   "2018 – Toyota won the race. " + sentence) if r["kind"] == "championship")
    assert found == expected


def test_a_standings_list_goes_on_after_a_comma_with_a_name(extract):
    text = ("Nürburg, 24. Juli 2011 – Lewis Hamilton gewann. Fernando Alonso führt die Fahrerwertung mit elf Punkten "
            "Vorsprung auf Mark Webber an, Lewis Hamilton ist Dritter, Sebastian Vettel liegt als Vierter 25 Zähler "
            "hinter dem Spanier.")
    found = sorted((r["position"], r["drivers"][0]) for r in results(extract, text) if r["kind"] == "championship")
    assert found == [(1, "Fernando Alonso"), (2, "Mark Webber"), (3, "Lewis Hamilton"), (4, "Sebastian Vettel")]


def test_names_ranked_after_with_are_a_clause_of_their_own(extract):
    text = ("Sapporo, 12 September 2010 – Sébastien Ogier won Rally Japan. Sébastien Loeb and Daniel Elena, who had to "
            "sweep the loose gravel on Friday, finished fifth, with Mikko Hirvonen and Jarmo Lehtinen sixth.")
    found = sorted((r["position"], r["drivers"][0]) for r in results(lambda t: extract(t, "en"), text))
    assert found == [(1, "Sébastien Ogier"), (5, "Sébastien Loeb"), (6, "Mikko Hirvonen")]


def test_crew_named_in_a_participle_before_the_placing_clause(extract):
    text = ("Spa-Francorchamps, le 29 juin 2025 – La Lamborghini n°63 du GRT Grasser Racing Team, confiée à l'Italien "
            "Mirko Bortolotti, au Sud-Africain Jordan Pepper et à l'Allemand Luca Engstler, a remporté dimanche les 24 "
            "Heures de Spa.")
    found = [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, "fr"), text)]
    assert found == [(1, ["Mirko Bortolotti", "Jordan Pepper", "Luca Engstler"])]


def test_names_between_a_separable_retirement_verb_and_its_particle_retired(extract):
    # the subject after the verb in a German main clause ("fielen auch A … sowie B und C aus"): each retired
    text = ("Silverstone, 6. Juli 2008 – Nach Sebastian Vettel und David Coulthard fielen auch Jenson Button im zweiten "
            "Honda, Nelson Piquet im Renault sowie die beiden Force-India-Piloten Giancarlo Fisichella und Adrian Sutil "
            "aus.")
    found = sorted(r["drivers"][0] for r in results(extract, text) if r["status"] == "retired")
    assert found == ["Adrian Sutil", "David Coulthard", "Giancarlo Fisichella", "Jenson Button", "Nelson Piquet",
                     "Sebastian Vettel"]


@pytest.mark.parametrize("sentence, kind, position", [
    ("René Rast holte Platz zwei.", "race", 2),
    ("René Rast holte sich die Pole.", "qualifying", 1),
], ids=["holte-platz", "holte-pole"])
def test_holte_with_a_rank_or_pole_is_no_win(extract, sentence, kind, position):
    found = results(extract, "Hockenheim, 20. Oktober 2019. " + sentence)
    assert [(r["kind"], r["position"]) for r in found] == [(kind, position)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Sebring, 16 March 2019 – Oliver Jarvis took the checkered flag in second.", "en",
         [("race", 2, ["Oliver Jarvis"])]),
        ("Abu Dhabi, 24 novembre 2016 – Nico Rosberg mène le championnat avec 12 points d'avance sur Lewis Hamilton.",
         "fr", [("championship", 1, ["Nico Rosberg"]), ("championship", 2, ["Lewis Hamilton"])]),
    ],
    ids=["flag-in-second", "lead-over-in-standings"],
)
def test_ranks_named_with_win_phrases_and_leads(extract, text, lang, expected):
    found = sorted((r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text))
    assert found == expected


def test_constructors_standing_without_a_series_goes_to_the_team_named(extract):
    text = "Abu Dhabi, 24 November 2016 – Red Bull Racing finished the season second in the constructors' standings."
    found = [(r["category"], r["position"], r["team"]) for r in results(lambda t: extract(t, "en"), text)]
    assert found == [("team", 2, "Red Bull Racing")]


def test_a_year_in_a_short_apposition_dates_only_the_apposition(extract):
    text = "Le Mans, 18 juin 2023 – Sébastien Buemi, vainqueur en 2022, a terminé cinquième."
    found = sorted((r["season"], r["position"]) for r in results(lambda t: extract(t, "fr"), text))
    assert found == [(2022, 1), (2023, 5)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburg, 13. Juni 2004 – BMW gewinnt. Opel, im Vorjahr noch siegreich, wurde Zehnter."),
    ("en", "Nürburg, 13 June 2004 – BMW won. Opel, last year's winners, finished tenth."),
    ("fr", "Nürburg, le 13 juin 2004 – BMW s'impose. Opel, victorieux l'an dernier, a terminé dixième."),
])
def test_a_year_in_a_short_apposition_to_a_make_dates_only_the_apposition(extract, lang, text):
    found = sorted((r["season"], r["position"]) for r in extract(text, lang)["results"] if r["manufacturer"] == "Opel")
    assert found == [(2003, 1), (2004, 10)]


def test_a_trailing_phrase_before_a_comma_leaves_the_one_after_the_name_to_say_who_leads(extract):
    text = ("Monza, 10 September 2006 – Michael Schumacher won ahead of Fernando Alonso. Twelve points behind before "
            "Monza, Schumacher now trails Alonso by only two in the drivers' championship.")
    found = sorted((r["position"], r["drivers"]) for r in extract(text, "en")["results"] if r["kind"] == "championship")
    assert found == [(1, ["Fernando Alonso"]), (2, ["Michael Schumacher"])]


def test_an_ordinal_of_rounds_counted_in_words_above_twelve_places_nobody(extract):
    text = ("Sapporo, le 12 septembre 2010 – Sébastien Ogier et Julien Ingrassia ont remporté ce dimanche le Rallye du "
            "Japon, dixième des treize manches du championnat du monde des rallyes 2010.")
    found = [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]]
    assert found == [(1, ["Sébastien Ogier", "Julien Ingrassia"])]


def test_a_fronted_rank_goes_to_the_verbs_subject_and_the_next_to_the_one_it_precedes(extract):
    text = ("Sapporo, le 12 septembre 2010 – Sébastien Ogier gagne. Troisièmes sur leur Ford Focus RS WRC, Jari-Matti "
            "Latvala et Miikka Anttila précèdent Dani Sordo et Diego Vallejo.")
    found = [(r["position"], r["drivers"][0]) for r in extract(text, "fr")["results"]]
    assert found == [(1, "Sébastien Ogier"), (3, "Jari-Matti Latvala"), (4, "Dani Sordo")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Sapporo, 12 September 2010 – Sébastien Ogier won Rally Japan, a round of the World Rally Championship. In "
           "the manufacturers' standings the Citroën Total World Rally Team still leads, well clear of the "
           "second-placed BP Ford Abu Dhabi World Rally Team."),
    ("fr", "Sapporo, le 12 septembre 2010 – Sébastien Ogier remporte le Rallye du Japon, manche du championnat du "
           "monde des rallyes. Chez les constructeurs, le Citroën Total World Rally Team reste en tête, avec une nette "
           "avance sur le BP Ford Abu Dhabi World Rally Team, deuxième."),
])
def test_a_works_team_in_the_makes_standings_holds_a_makes_standing(extract, lang, text):
    found = [(r["position"], r["category"], r["manufacturer"]) for r in extract(text, lang)["results"]
             if r["kind"] == "championship"]
    assert found == [(1, "manufacturer", "Citroën"), (2, "manufacturer", "Ford")]


def test_a_relative_clause_after_a_driver_and_the_car_he_drove_is_about_the_driver(extract):
    text = ("Monza, 10. September 2006 – Michael Schumacher gewann vor Kimi Räikkönen im McLaren-Mercedes, der von der "
            "Pole-Position gestartet war.")
    found = [(r["kind"], r["position"], r["drivers"]) for r in extract(text, "de")["results"]]
    assert ("qualifying", 1, ["Kimi Räikkönen"]) in found


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 10. September 2006 – Michael Schumacher gewann. Michael Schumacher gewann hier 1996, in seiner "
           "ersten Saison in Rot, und erneut 1998, 2000 und 2003."),
    ("en", "Monza, 10 September 2006 – Michael Schumacher won. He won here in 1996, his first season in red, and again "
           "in 1998, 2000 and 2003."),
    ("fr", "Monza, le 10 septembre 2006 – Michael Schumacher gagne. Michael Schumacher s'est imposé ici en 1996, sa "
           "première saison en rouge, puis en 1998, 2000 et 2003."),
])
def test_a_clause_of_years_alone_repeats_the_placing_before_it_in_those_years(extract, lang, text):
    found = [r["season"] for r in extract(text, lang)["results"] if r["drivers"] == ["Michael Schumacher"]]
    assert found == [2006, 1996, 1998, 2000, 2003]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburg, 13. Juni 2004 – BMW gewinnt. Wie schon im Vorjahr belegte Manthey Racing Platz drei. Audi wurde "
           "Vierter."),
    ("en", "Nürburg, 13 June 2004 – BMW won. As they had twelve months ago, Manthey Racing finished third. Audi took "
           "fourth place."),
    ("fr", "Nürburg, le 13 juin 2004 – BMW s'impose. Comme l'an dernier, Manthey Racing termine troisième. Audi prend "
           "la quatrième place."),
])
def test_the_year_of_a_fronted_comparison_dates_no_placing(extract, lang, text):
    assert {r["season"] for r in extract(text, lang)["results"]} == {2004}


def test_a_year_after_an_opening_as_early_as_dates_its_sentence(extract):
    text = "Le Mans, 14 June 2008 – Audi won. As early as 1998, Tom Kristensen finished first at Sebring."
    assert [r["season"] for r in extract(text, "en")["results"] if r["drivers"] == ["Tom Kristensen"]] == [1998]


def test_a_coordinated_car_named_with_a_partner_is_the_subject_of_the_verb_after_it(extract):
    text = ("Nürburg, 13 June 2004 – BMW won. Audi took fourth place, and the four-wheel-drive Falken Nissan Skyline "
            "GT-R, with Roland Asch among its drivers, finished fifth.")
    found = [(r["position"], r["drivers"]) for r in extract(text, "en")["results"]]
    assert (5, ["Roland Asch"]) in found


def test_two_names_and_two_ranks_pair_in_order(extract):
    text = "Barcelona, 15 May 2016 – Daniel Ricciardo and Max Verstappen finished third and fourth."
    found = sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text))
    assert found == [(3, ["Daniel Ricciardo"]), (4, ["Max Verstappen"])]


def test_a_comma_before_a_name_and_its_verb_starts_a_clause(extract):
    text = ("Spa, 1. Mai 2018. Die Toyota-Piloten Sébastien Buemi und Kazuki Nakajima beendeten die Saison 2017 als "
            "Vizeweltmeister, Toyota belegte in der Herstellerwertung Rang zwei.")
    found = sorted((r["category"], r["position"], r["season"]) for r in results(extract, text))
    assert found == [("driver", 2, 2017), ("manufacturer", 2, 2017)]


def test_a_list_of_titles_is_not_cut_into_race_wins(extract):
    text = ("Sebring, 1. November 2013. Der Fahrer-Champion hieß Jörg Müller, das BMW Team Schnitzer gewann den "
            "Teamtitel, BMW triumphierte bei den Herstellern.")
    assert results(extract, text) == []


def test_a_crew_phrase_after_a_semicolon_names_the_cars_crew(extract):
    text = ("Le Mans, 14. Juni 1998. Den Gesamtsieg holte der Porsche 911 GT1-98; am Steuer wechselten sich "
            "Laurent Aïello, Allan McNish und Stéphane Ortelli ab.")
    assert [r["drivers"] for r in results(extract, text)] == [["Laurent Aïello", "Allan McNish", "Stéphane Ortelli"]]


def test_a_rank_beside_a_miss_stands_and_the_miss_is_no_placing(extract):
    text = ("Berlin, 25. Mai 2019 – Pascal Wehrlein (Mahindra Racing) wurde Zehnter, Maximilian Günther "
            "(Dragon Racing) verpasste als 14. die Punkte. Lucas di Grassi verpasste den Sieg.")
    found = sorted((r["position"], r["drivers"]) for r in results(extract, text))
    assert found == [(10, ["Pascal Wehrlein"]), (14, ["Maximilian Günther"])]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Berlin, 25. Mai 2019 – Lucas di Grassi gewann. Sébastien Buemi (Nissan e.dams) und Jean-Éric Vergne "
         "(DS Techeetah) komplettierten das Podium.", "de"),
        ("Berlin, 25 May 2019 – Lucas di Grassi won. Sébastien Buemi (Nissan e.dams) and Jean-Éric Vergne "
         "(DS Techeetah) completed the podium.", "en"),
    ],
    ids=["de", "en"],
)
def test_two_competitors_completing_the_podium_are_second_and_third(extract, text, lang):
    found = sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text))
    assert found == [(1, ["Lucas di Grassi"]), (2, ["Sébastien Buemi"]), (3, ["Jean-Éric Vergne"])]


def test_a_crew_completing_the_podium_at_a_named_rank_stays_one_crew(extract):
    text = ("Monaco, 20 janvier 2013 – Dani Sordo et Carlos del Barrio ont complété le podium à la troisième place "
            "avec la seconde DS3 WRC.")
    found = [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, "fr"), text)]
    assert found == [(3, ["Dani Sordo", "Carlos del Barrio"])]


def test_a_year_in_a_relative_clause_dates_neither_its_sentence_nor_the_next(extract):
    text = ("Berlin, 25. Mai 2019 – Daniel Abt, der im Vorjahr an gleicher Stelle gewonnen hatte, landete diesmal "
            "auf Position sechs. Alexander Sims kam als Siebter ins Ziel.")
    found = sorted((r["season"], r["position"], r["drivers"]) for r in results(extract, text))
    assert found == [(2018, 1, ["Daniel Abt"]), (2019, 6, ["Daniel Abt"]), (2019, 7, ["Alexander Sims"])]


def test_a_pronoun_subject_keeps_the_placings_from_partners_named_after_mit(extract):
    text = ("Singapur, 17. September 2017 – Sebastian Vettel fuhr für Ferrari. In Singapur kollidierte er nach dem "
            "Start von der Pole-Position mit Teamkollege Kimi Räikkönen und Max Verstappen und schied aus. In Malaysia "
            "kämpfte er sich noch auf Rang vier vor.")
    found = sorted((r["kind"], r["position"] or 0, r["status"], r["drivers"]) for r in results(extract, text))
    assert found == [("qualifying", 1, "finished", ["Sebastian Vettel"]), ("race", 0, "retired", ["Sebastian Vettel"]),
                     ("race", 4, "finished", ["Sebastian Vettel"])]


def test_a_pronoun_subject_carries_to_the_next_clause(extract):
    text = "Melbourne, 3. Dezember 2017 – Sebastian Vettel fährt für Ferrari. 2016 blieb er sieglos und beendete das Jahr als Vierter der Fahrerwertung."
    assert [(r["kind"], r["position"], r["season"], r["drivers"]) for r in results(extract, text)] == [
        ("championship", 4, 2016, ["Sebastian Vettel"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Monza, 3 September 2017 – In 2015 Sebastian Vettel won three races."),
    ("en", "Abu Dhabi, 29 November 2015 – Lewis Hamilton won ten of the 19 races."),
    ("de", "Abu Dhabi, 29. November 2015 – Lewis Hamilton gewann zehn der 19 Rennen."),
    ("fr", "Abu Dhabi, 29 novembre 2015 – Lewis Hamilton a remporté dix des 19 courses."),
])
def test_a_count_of_races_won_is_no_placing(extract, lang, text):
    assert results(lambda t: extract(t, lang), text) == []


def test_a_fronted_place_after_a_comma_starts_a_clause(extract):
    text = ("Melbourne, 3. Dezember 2017 – Gleich beim Auftakt in Melbourne fuhr Sebastian Vettel als Erster über die "
            "Ziellinie, in Bahrain ließ er den zweiten Sieg folgen.")
    assert sorted((r["event"], r["position"]) for r in results(extract, text)) == [("Bahrain", 1), ("Melbourne", 1)]


def test_a_cost_win_and_a_country_of_origin_are_no_placings(extract):
    text = ("Monza (IT), 8. September 2019 – Eine Zeitstrafe kostet Ayhancan Güven den Sieg. In der Pro-Am-Klasse "
            "gewann Marco Seefried, Philipp Sager aus Österreich wurde Zweiter.")
    document = extract(text)
    found = sorted((r["event"], r["position"], r["class"], r["drivers"]) for r in document["results"])
    assert found == [("Monza", 1, "Pro-Am", ["Marco Seefried"]), ("Monza", 2, "Pro-Am", ["Philipp Sager"])]


@pytest.mark.parametrize(
    "text, lang",
    [("Hockenheim, 6. Oktober 2019 – In der Fahrerwertung belegen René Rast, Nico Müller und Marco Wittmann die "
      "ersten drei Plätze.", "de"),
     ("Hockenheim, 6 octobre 2019 – René Rast, Nico Müller et Marco Wittmann occupent les trois premières places du "
      "classement des pilotes.", "fr"),
     ("Hockenheim, 6 October 2019 – René Rast, Nico Müller and Marco Wittmann took the top three places in the "
      "drivers' standings.", "en")],
    ids=["de", "fr", "en"],
)
def test_the_first_n_places_go_to_the_n_names_in_order(extract, text, lang):
    found = [(r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text)]
    assert found == [("championship", 1, ["René Rast"]), ("championship", 2, ["Nico Müller"]),
                     ("championship", 3, ["Marco Wittmann"])]


def test_a_title_word_describing_the_subject_does_not_hide_its_pole(extract):
    text = ("Hockenheim, 6. Oktober 2019 – René Rast gewann den Titel. Am Samstag startete der Champion von der "
            "Pole-Position.")
    assert [(r["kind"], r["position"], r["drivers"]) for r in results(extract, text)] == [
        ("qualifying", 1, ["René Rast"])]


def test_a_crew_descriptor_stands_for_the_crew_of_its_size_named_most(extract):
    text = ("Spa, 19. September 2021 – Robert Kubica, Louis Delétraz und Yifei Ye gewannen in Spa. Kubica war "
            "gestartet. Der Schwesterwagen mit Robin Frijns, Ferdinand Habsburg und Charles Milesi wurde Zweiter. "
            "Teamchef Vincent Vosse war zufrieden. In Le Castellet folgte für das Trio Platz fünf, in Monza Rang vier.")
    found = sorted((r["event"], r["position"], r["drivers"][0]) for r in results(extract, text))
    assert found == [("Le Castellet", 5, "Robert Kubica"), ("Monza", 4, "Robert Kubica"), ("Spa", 1, "Robert Kubica"),
                     ("Spa", 2, "Robin Frijns")]


@pytest.mark.parametrize("sentence", ["Daniel Juncadella kam nicht ins Ziel.",
                                      "Der Aston Martin von Daniel Juncadella war qualmend stehen geblieben.",
                                      "Daniel Juncadella musste seinen Mercedes am Streckenrand abstellen.",
                                      "Für Daniel Juncadella endete das Rennen früh mit einem Unfall.",
                                      "Das Safety-Car kam, nachdem Daniel Juncadella nach einem Unfall ausschied."])
def test_retirements_said_with_a_negation_or_a_stop(extract, sentence):
    text = "Hockenheim, 6. Oktober 2019 – Nico Müller gewann. " + sentence
    assert [(r["status"], r["drivers"]) for r in results(extract, text) if r["status"] == "retired"] == [
        ("retired", ["Daniel Juncadella"])]


def test_second_behind_the_winner(extract):
    text = ("Nürnberg, 24. Juni 2018 – Marco Wittmann gewann: Edoardo Mortara überquerte die Ziellinie 0,450 Sekunden "
            "hinter dem Sieger, Daniel Juncadella wurde Dritter.")
    assert sorted((r["position"], r["drivers"]) for r in results(extract, text)) == [
        (1, ["Marco Wittmann"]), (2, ["Edoardo Mortara"]), (3, ["Daniel Juncadella"])]


def test_standings_go_on_in_the_next_sentence_that_names_no_race(extract):
    text = ("Hockenheim, 18. Juli 2019 – Lewis Hamilton führt die Fahrerwertung mit 223 Punkten an. Platz drei belegt "
            "Max Verstappen, Sebastian Vettel ist Vierter. Im Rennen in Silverstone wurde Charles Leclerc Dritter.")
    found = sorted((r["kind"], r["position"], r["drivers"][0]) for r in results(extract, text))
    assert found == [("championship", 1, "Lewis Hamilton"), ("championship", 3, "Max Verstappen"),
                     ("championship", 4, "Sebastian Vettel"), ("race", 3, "Charles Leclerc")]


def test_two_names_after_a_clause_each_take_one_of_two_ranks(extract):
    text = ("Lausitz, 25. August 2019 – René Rast gewann das Rennen. Mike Rockenfeller stand als Dritter auf dem Podium, "
            "Jamie Green und Robin Frijns folgten auf den Rängen vier und fünf.")
    assert sorted((r["position"], r["drivers"]) for r in results(extract, text)) == [
        (1, ["René Rast"]), (3, ["Mike Rockenfeller"]), (4, ["Jamie Green"]), (5, ["Robin Frijns"])]


def test_competitors_completing_the_first_places_after_a_pole(extract):
    text = ("Lausitz, 25. August 2019 – René Rast fuhr im Qualifying die Bestzeit, Jamie Green und Nico Müller "
            "komplettierten die ersten drei Startplätze.")
    assert [(r["kind"], r["position"], r["drivers"]) for r in results(extract, text)] == [
        ("qualifying", 1, ["René Rast"]), ("qualifying", 2, ["Jamie Green"]), ("qualifying", 3, ["Nico Müller"])]


def test_a_placing_goes_to_the_crew_a_later_part_of_the_sentence_awards_it_to(extract):
    text = ("Fuji, 11 September 2022 – Sébastien Buemi won the 6 Hours of Fuji. Third place in the Hypercar class, and "
            "overall, went to the No. 36 Alpine A480 of André Negrão, Nicolas Lapierre and Matthieu Vaxivière.")
    assert [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text)] == [
        (1, ["Sébastien Buemi"]), (3, ["André Negrão", "Nicolas Lapierre", "Matthieu Vaxivière"])]


def test_names_behind_a_rank_are_the_places_before_it_in_order(extract):
    text = "Monaco, 28 May 2023 – Esteban Ocon finished third behind Max Verstappen and Fernando Alonso."
    assert sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text)) == [
        (1, ["Max Verstappen"]), (2, ["Fernando Alonso"]), (3, ["Esteban Ocon"])]


def test_places_gained_are_no_win_and_a_fastest_time_is_a_qualifying_rank(extract):
    text = ("Monaco, 28 mai 2023 – Max Verstappen gagne. Auteur du quatrième temps des qualifications, Esteban Ocon a "
            "gagné une place sur la grille.")
    assert [(r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, "fr"), text)] == [
        ("race", 1, ["Max Verstappen"]), ("qualifying", 4, ["Esteban Ocon"])]


def test_a_season_ended_is_a_standing_dated_by_the_release_not_by_an_earlier_list(extract):
    text = ("Alzenau, 27. Oktober 2019 – Thierry Neuville beendet die Saison als Zweiter – bereits zum fünften Mal nach "
            "2013, 2016, 2017 und 2018.")
    assert [(r["kind"], r["position"], r["season"]) for r in results(extract, text)][:1] == [("championship", 2, 2019)]


def test_each_part_between_commas_takes_its_own_year(extract):
    text = "Alzenau, 27. Oktober 2019 – In der Fahrerwertung belegte Thierry Neuville Rang vier 2014, Rang drei 2015."
    assert sorted((r["position"], r["season"]) for r in results(extract, text)) == [(3, 2015), (4, 2014)]


def test_a_titles_years_do_not_date_the_win_beside_it(extract):
    text = ("Hockenheim, 18. Oktober 2015 – Den Sieg sicherte sich Timo Scheider – für den Meister von 2008 und 2009 "
            "war es der erste DTM-Erfolg seit 2010.")
    assert sorted(r["season"] for r in results(extract, text)) == [2010, 2015]


@pytest.mark.parametrize(
    "text, lang",
    [("Le Mans, 10. Juni 2015 – Loïc Duval gewann 2013 an der Seite von Tom Kristensen und Allan McNish in Le Mans.",
      "de"),
     ("Le Mans, 10 June 2015 – Loïc Duval won Le Mans in 2013 alongside Tom Kristensen and Allan McNish.", "en")],
    ids=["de", "en"],
)
def test_crew_mates_named_after_a_together_phrase_join_the_winners_crew(extract, text, lang):
    assert [r["drivers"] for r in results(lambda t: extract(t, lang), text)] == [
        ["Loïc Duval", "Tom Kristensen", "Allan McNish"]]


def test_a_crew_listed_after_a_comma_starts_its_own_clause_and_a_compound_one_two_yields_to_its_rank(extract):
    text = ("Le Mans, 10. Juni 2015 – 2014 feierten Marcel Fässler, André Lotterer und Benoît Tréluyer einen Sieg, "
            "Tom Kristensen, Lucas di Grassi und Marc Gené machten als Zweite den Audi-Doppelsieg perfekt.")
    assert sorted((r["position"], r["drivers"][0]) for r in results(extract, text)) == [
        (1, "Marcel Fässler"), (2, "Tom Kristensen")]


def test_every_list_of_seasons_in_the_clause_gets_the_placing(extract):
    text = ("Monaco, 27. Januar 2019 – Sébastien Ogier gewann. 2014, 2015 und 2016 hatte er mit Volkswagen gewonnen, "
            "2017 und 2018 mit M-Sport Ford.")
    assert sorted(r["season"] for r in results(extract, text)) == [2014, 2015, 2016, 2017, 2018, 2019]


def test_counted_wins_over_seasons_each_with_its_car_are_a_win_each(extract):
    text = ("Kitzbühel, 20. Januar 2022 – Seine vier Monte-Siege gelangen Walter Röhrl 1980 mit Fiat, 1982 mit Opel, "
            "1983 mit Lancia und 1984 mit Audi.")
    assert sorted(r["season"] for r in results(extract, text) if r["position"] == 1) == [1980, 1982, 1983, 1984]


def test_a_statements_heading_gives_its_speaker_the_placing(extract):
    text = ("Baku, 25. Juni 2017. Daniel Ricciardo gewann das Rennen.\n\nLance Stroll (Williams FW40, Startnummer 18) – "
            "Platz 3:\n„Mir fehlen die Worte.“\n\nFelipe Massa (Williams FW40, Startnummer 19) – Ausfall:\n„Das tut weh.“")
    assert sorted((r["position"] or 0, r["status"], r["drivers"]) for r in results(extract, text)) == [
        (0, "retired", ["Felipe Massa"]), (1, "finished", ["Daniel Ricciardo"]), (3, "finished", ["Lance Stroll"])]


def test_a_team_boss_quoted_with_the_role_is_no_competitor_of_the_season(extract):
    text = ("Berlin, 25. Mai 2019 – Lucas di Grassi hat den Berlin E-Prix gewonnen. Audi-Teamchef Allan McNish "
            "erklärte, der Sieg komme genau zum richtigen Zeitpunkt.")
    assert [r["drivers"] for r in results(extract, text)] == [["Lucas di Grassi"]]


def test_ordinals_listed_before_a_position_noun_go_to_the_names_in_order(extract):
    text = ("Paris, 28 avril 2018 – Jean-Éric Vergne remporte l'ePrix de Paris. Sébastien Buemi (Renault e.dams) et "
            "Felix Rosenqvist (Mahindra) ont pris les septième et huitième places.")
    assert sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, "fr"), text)) == [
        (1, ["Jean-Éric Vergne"]), (7, ["Sébastien Buemi"]), (8, ["Felix Rosenqvist"])]


def test_since_before_a_person_is_a_conjunction_whose_year_dates_its_clause(extract):
    text = ("Nürburgring, 7. Juli 2013 – Vettel ist der erste Deutsche, der das Rennen gewinnt, seit Michael "
            "Schumacher 2006 in Hockenheim triumphierte.")
    assert [(r["drivers"], r["season"]) for r in results(extract, text)] == [(["Michael Schumacher"], 2006)]


def test_a_points_gap_states_a_standing_and_the_standings_go_on(extract):
    text = ("Hockenheim, 22. Juli 2019 – Lewis Hamilton führt die Fahrerwertung mit 223 Punkten an. Der Brite liegt "
            "39 Zähler vor seinem Teamkollegen Valtteri Bottas. Platz drei belegt Max Verstappen (Red Bull).")
    assert _placed(extract, text, "championship") == {
        (1, ("Lewis Hamilton",)), (2, ("Valtteri Bottas",)), (3, ("Max Verstappen",))}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, 17 juin 2012 – Marcel Fässler, André Lotterer et Benoît Tréluyer ont gagné. Les trois hommes "
           "s'étaient déjà imposés au Mans en 2011."),
    ("de", "Le Mans, 17. Juni 2012 – Marcel Fässler, André Lotterer und Benoît Tréluyer gewannen. Die drei Piloten "
           "hatten bereits 2011 in Le Mans gewonnen."),
])
def test_a_counted_crew_descriptor_stands_for_the_last_crew_of_that_size(extract, lang, text):
    crew = ["Marcel Fässler", "André Lotterer", "Benoît Tréluyer"]
    assert sorted((r["season"], r["drivers"]) for r in results(lambda t: extract(t, lang), text)) == [
        (2011, crew), (2012, crew)]


def test_a_makes_win_is_the_overall_crews_even_when_a_class_winner_is_named_later(extract):
    text = ("Le Mans, 17 juin 2012 – Audi signe un triplé aux 24 Heures du Mans. Marcel Fässler, André Lotterer et "
            "Benoît Tréluyer ont gagné avec la n°1. En LMP2, Enzo Potolicchio, Ryan Dalziel et Tom Kimber-Smith "
            "s'imposent avec la HPD.")
    found = extract(text, "fr")["results"]
    assert sorted(r["drivers"][0] if r["drivers"] else r["manufacturer"] for r in found if r["position"] == 1) == [
        "Enzo Potolicchio", "Marcel Fässler"]


def test_an_apposition_of_title_years_does_not_date_the_placing(extract):
    text = ("Melbourne, 16. März 2014 – Nico Rosberg gewann. Auch Titelverteidiger Sebastian Vettel, von 2010 bis "
            "2013 viermal in Folge Weltmeister, war nach wenigen Runden mit einem Defekt ausgeschieden.")
    assert sorted((r["status"], r["season"]) for r in results(extract, text)) == [
        ("finished", 2014), ("retired", 2014)]


def test_a_teams_standing_ahead_of_constructors_named_as_makes(extract):
    text = ("Abu Dhabi, 28. November 2011 – Vettel gewann in der Formel 1. Bei den Konstrukteuren liegt Red Bull "
            "Racing mit 650 Punkten vor McLaren und Ferrari auf den Plätzen zwei und drei.")
    assert sorted((r["position"], r["team"]) for r in results(extract, text) if r["kind"] == "championship") == [
        (1, "Red Bull Racing"), (2, "McLaren"), (3, "Ferrari")]


@pytest.mark.parametrize("sentence, winners", [
    ("Die GTE-Pro-Klasse entschieden Sam Bird und Davide Rigon im Ferrari 488 GTE für sich.", [["Sam Bird", "Davide Rigon"]]),
    ("Das Team von Sam Bird entschied sich für eine andere Strategie.", []),
    ("Sam Bird entschied das Rennen für sich.", [["Sam Bird"]]),
    ("Sam Bird und Davide Rigon entschieden in der Langstrecken-WM WEC sowohl die 6 Stunden von Silverstone am 17. "
     "April als auch das Rennen in Spa-Francorchamps am 7. Mai für sich.", [["Sam Bird", "Davide Rigon"]] * 2),
], ids=["entschieden", "entschied-sich", "entschied", "long-with-dates"])
def test_a_win_said_by_a_verb_and_its_phrase_apart(extract, sentence, winners):
    text = "Silverstone, 17. April 2016 – " + sentence
    assert [r["drivers"] for r in results(extract, text) if r["position"] == 1] == winners


def test_a_win_phrase_opening_the_sentence(extract):
    text = ("Bahrain, 21. November 2015 – Ganz oben auf dem Podium standen in Bahrain Neel Jani, Romain Dumas und "
            "Marc Lieb im Porsche Nr. 18, die damit ihren ersten Saisonsieg feierten.")
    assert [(r["position"], r["drivers"]) for r in results(extract, text)] == [
        (1, ["Neel Jani", "Romain Dumas", "Marc Lieb"])]


def test_one_placing_over_years_each_with_its_crew(extract):
    text = ("Stuttgart, 5. Juni 2020 – Der 919 Hybrid gewann Le Mans dreimal in Folge: 2015 mit Earl Bamber, Nick "
            "Tandy und Nico Hülkenberg, 2016 mit Romain Dumas, Neel Jani und Marc Lieb.")
    assert sorted((r["season"], r["drivers"][0]) for r in results(extract, text)) == [
        (2015, "Earl Bamber"), (2016, "Romain Dumas")]


def test_a_country_named_in_an_earlier_sentence_is_no_circuit_races_meeting(extract):
    text = ("Le Mans, 16. Juni 2019 – Toyota gewann die 24 Stunden von Le Mans.\n\nIn den übrigen Klassen gingen die "
            "Siege nach Frankreich, Italien und Deutschland. In der LMP2 triumphierte Signatech Alpine Matmut mit Nicolas "
            "Lapierre, André Negrão und Pierre Thiriet.")
    assert {r["event"] for r in results(extract, text)} == {"24 Stunden von Le Mans"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Abu Dhabi, 27. November 2016 – Lewis Hamilton gewann. Sebastian Vettel, der mit frischen Reifen rasch "
           "aufholte, komplettierte im Ferrari als Dritter das Podium."),
    ("en", "Abu Dhabi, 27 November 2016 – Lewis Hamilton won. Sebastian Vettel, who made up ground on fresh tyres, "
           "completed the podium in third in the Ferrari."),
])
def test_a_clause_after_a_relative_clause_is_about_the_name_before_it(extract, lang, text):
    found = sorted((r["position"], r["drivers"], r["manufacturer"]) for r in results(lambda t: extract(t, lang), text))
    assert [f[:2] for f in found] == [(1, ["Lewis Hamilton"]), (3, ["Sebastian Vettel"])]
    assert found[1][2] == "Ferrari"


def test_a_title_and_its_year_in_a_relative_clause_neither_date_nor_make_a_standing(extract):
    text = ("Hockenheim, 7. Mai 2017 – Gary Paffett kämpfte sich auf Platz zwei nach vorn, Titelverteidiger Marco "
            "Wittmann, der 2016 im BMW Meister geworden war, komplettierte als Dritter das Podium.")
    assert sorted((r["kind"], r["position"], r["season"], r["drivers"][0]) for r in results(extract, text)) == [
        ("race", 2, 2017, "Gary Paffett"), ("race", 3, 2017, "Marco Wittmann")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 6. Mai 2017 – Mike Rockenfeller fuhr im Audi vom 15. Startplatz auf Rang drei."),
    ("en", "Hockenheim, 6 October 2019 – René Rast fought his way up from eighth on the grid to third place."),
])
def test_a_grid_slot_before_the_finishing_place_is_no_result(extract, lang, text):
    assert [(r["kind"], r["position"]) for r in results(lambda t: extract(t, lang), text)] == [("race", 3)]


def test_a_series_in_a_relative_clause_is_not_the_standings(extract):
    text = ("Milton Keynes, 26 November 2013 – Sebastian Vettel won the Formula 1 title. Mark Webber, who leaves for "
            "the World Endurance Championship next season, took third place in the drivers' standings.")
    assert [(r["position"], r["series"]) for r in extract(text, "en")["results"]
            if r["kind"] == "championship"] == [(3, "Formula 1")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 18. Juni 2006 – Henri Pescarolo gewann 1972, 1973 und 1974 mit Matra und 1984 mit Porsche."),
    ("en", "Le Mans, 18 June 2006 – Henri Pescarolo won in 1972, 1973 and 1974 with Matra and in 1984 with Porsche."),
])
def test_year_lists_joined_after_a_partner_are_one_list(extract, lang, text):
    assert sorted(r["season"] for r in results(lambda t: extract(t, lang), text)) == [1972, 1973, 1974, 1984]


def test_a_nationality_tag_is_no_class(extract):
    text = "Nürnberg, 7. Juli 2019 – Philipp Eng (AT) sah die Zielflagge auf Position sieben."
    assert [r["class"] for r in extract(text)["results"]] == [None]


def test_a_title_word_in_a_seeming_before_a_colon_neither_titles_nor_makes_a_standing(extract):
    text = ("Melbourne, 16. März 2014 – Rosberg gewann. Zunächst schien Daniel Ricciardo den Tag gekrönt zu haben: Der "
            "Australier, der erstmals für Red Bull Racing startete, überquerte die Linie als Zweiter.")
    document = extract(text)
    assert [(r["kind"], r["position"], r["drivers"]) for r in document["results"] if r["position"] == 2] == [
        ("race", 2, ["Daniel Ricciardo"])]
    assert document["titles"] == []


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Montreal, 9. Juni 2019 – Sebastian Vettel ist als Erster über die Ziellinie gefahren und hat trotzdem "
           "nicht gewonnen. Wegen einer Zeitstrafe wurde Vettel als Zweiter gewertet.", [(2, ["Sebastian Vettel"])]),
    ("en", "Monza, 12 September 2021 – Sergio Pérez crossed the line in third place, but a penalty dropped the Mexican "
           "to fifth.", [(5, ["Sergio Pérez"])]),
])
def test_a_place_crossing_the_line_gives_way_to_the_classification(extract, lang, text, expected):
    assert [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text)] == expected


def test_a_lead_over_someone_in_the_championship_is_a_standing_of_both(extract):
    text = ("Montreal, 9. Juni 2019 – In der WM baute Lewis Hamilton seinen Vorsprung auf Teamkollege Valtteri "
            "Bottas aus.")
    assert _placed(extract, text, "championship") == {(1, ("Lewis Hamilton",)), (2, ("Valtteri Bottas",))}


def test_a_bare_rank_after_a_name_in_a_standings_sentence_is_a_standing(extract):
    text = ("Enstone, 27 novembre 2023 – Pierre Gasly a bouclé sa saison à la onzième place du championnat du monde "
            "des pilotes, avec 62 points, juste devant son coéquipier Esteban Ocon, douzième.")
    assert sorted((r["kind"], r["position"]) for r in results(lambda t: extract(t, "fr"), text)) == [
        ("championship", 11), ("championship", 12)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, 8 mai 2021 – Au championnat, Robin Frijns prend la tête avec 62 points, devant Nyck de Vries (57) "
           "et Mitch Evans (54)."),
    ("en", "Monaco, 8 May 2021 – In the championship, Robin Frijns took the lead on 62 points, ahead of Nyck de Vries "
           "(57) and Mitch Evans (54)."),
])
def test_names_ahead_of_whom_a_leader_stands_take_the_next_standings(extract, lang, text):
    assert _placed(lambda t: extract(t, lang), text, "championship") == {
        (1, ("Robin Frijns",)), (2, ("Nyck de Vries",)), (3, ("Mitch Evans",))}


def test_a_crew_descriptor_qualified_by_a_name_is_the_crew_named_with_it(extract):
    text = ("Nürburg, 20. Mai 2012 – Marc Basseng/Christopher Haase/Frank Stippler/Markus Winkelhock gewannen im Audi "
            "des Audi Sport Team Phoenix. Dahinter folgte der Audi von Mamerow Racing mit Christian Abt/Michael "
            "Ammermüller/Armin Hahne/Christian Mamerow. Damit ging auch der Sieg in der Klasse SP9 an das "
            "Phoenix-Quartett.")
    assert {r["drivers"][0] for r in results(extract, text) if r["position"] == 1} == {"Marc Basseng"}


def test_a_crew_descriptor_qualified_by_a_word_before_it_is_the_crew_named_with_it(extract):
    text = ("Nürburg, 20 May 2012 – Marc Basseng, Christopher Haase, Frank Stippler and Markus Winkelhock won in the "
            "Audi of Audi Sport Team Phoenix. The Audi of Mamerow Racing with Christian Abt, Michael Ammermüller, "
            "Armin Hahne and Christian Mamerow finished second. On Thursday the Phoenix quartet had taken pole "
            "position.")
    assert [r["drivers"][0] for r in extract(text, "en")["results"] if r["kind"] == "qualifying"] == ["Marc Basseng"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburg, 16. Juli 2017 – Im Rennen mussten sich Richard Lietz und Frédéric Makowiecki im 911 RSR nur dem "
           "Ferrari 488 GTE von AF Corse mit Alessandro Pier Guidi und James Calado geschlagen geben."),
    ("en", "Nürburg, 16 July 2017 – Richard Lietz and Frédéric Makowiecki were beaten only by the Ferrari 488 GTE of "
           "AF Corse driven by Alessandro Pier Guidi and James Calado."),
    ("fr", "Nürburg, 16 juillet 2017 – Richard Lietz et Frédéric Makowiecki ne se sont inclinés que devant la Ferrari "
           "488 GTE d'AF Corse d'Alessandro Pier Guidi et James Calado."),
    ("fr", "Nürburg, 16 juillet 2017 – Richard Lietz et Frédéric Makowiecki n'ont été battus que par la Ferrari 488 "
           "GTE d'AF Corse pilotée par Alessandro Pier Guidi et James Calado."),
], ids=["de", "en", "fr-incliner", "fr-battus"])
def test_beaten_only_by_someone_is_second_behind_them(extract, lang, text):
    assert _placed(lambda t: extract(t, lang), text) == {
        (1, ("Alessandro Pier Guidi", "James Calado")), (2, ("Richard Lietz", "Frédéric Makowiecki"))}


def test_a_lead_points_clear_of_someone_ranks_the_subject_first_and_them_second(extract):
    text = ("Monza, 6 September 2020 – Lewis Hamilton fought back to seventh and still leads the drivers' "
            "championship, 47 points clear of his team-mate Valtteri Bottas, who finished fifth.")
    found = results(lambda t: extract(t, "en"), text)
    assert {(r["kind"], r["position"], r["drivers"][0]) for r in found} == {
        ("race", 7, "Lewis Hamilton"), ("championship", 1, "Lewis Hamilton"), ("championship", 2, "Valtteri Bottas"),
        ("race", 5, "Valtteri Bottas")}


def test_lined_up_places_are_the_grid_from_qualifying(extract):
    text = ("Montmeló, 15 May 2016 – Pole position had gone to Lewis Hamilton, while Daniel Ricciardo and Max "
            "Verstappen lined up third and fourth.")
    assert {(r["kind"], r["position"]) for r in results(lambda t: extract(t, "en"), text)} == {
        ("qualifying", 1), ("qualifying", 3), ("qualifying", 4)}


def test_a_clause_right_behind_someone_gives_them_the_place_before(extract):
    text = ("Monza, 8. September 2019 – In der Fahrerwertung liegt Charles Leclerc nun auf Rang vier, unmittelbar "
            "hinter Max Verstappen.")
    assert _placed(extract, text, "championship") == {(4, ("Charles Leclerc",)), (3, ("Max Verstappen",))}


def test_a_pole_sitter_epithet_does_not_make_the_clause_qualifying(extract):
    text = ("Silverstone, 6. Juli 2025 – Nico Hülkenberg verteidigte Platz drei gegen Lewis Hamilton im Ferrari, "
            "Polesetter Max Verstappen fiel nach einem Dreher auf Position fünf zurück.")
    assert {(r["kind"], r["position"], r["drivers"][0]) for r in results(extract, text)} == {
        ("race", 3, "Nico Hülkenberg"), ("qualifying", 1, "Max Verstappen"), ("race", 5, "Max Verstappen")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, 8 mai 2021 – Parti en pole position, António Félix da Costa a remporté l'E-Prix de Monaco, "
           "septième manche du championnat du monde de Formule E."),
    ("en", "Monaco, 8 May 2021 – Starting from pole position, António Félix da Costa won the Monaco E-Prix, round "
           "seven of the championship."),
])
def test_a_pole_and_a_win_in_one_clause_and_a_round_number_is_no_place(extract, lang, text):
    assert sorted((r["kind"], r["position"]) for r in results(lambda t: extract(t, lang), text)) == [
        ("qualifying", 1), ("race", 1)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 10 June 2015 – Since its first appearance in 1999, Audi has won the endurance classic 13 times."),
    ("de", "Le Mans, 10. Juni 2015 – Seit dem ersten Start 1999 hat Audi den Klassiker 13 Mal gewonnen."),
])
def test_wins_counted_in_times_are_no_placing(extract, lang, text):
    assert results(lambda t: extract(t, lang), text) == []


def test_a_win_in_a_relative_clause_of_a_title_sentence_is_no_race(extract):
    text = ("Neuseeland, 2. Oktober 2022 – Rovanperä ist der dritte Fahrer, der seit 2017 den Titel für Toyota holt – "
            "nach Ott Tänak im Jahr 2019 und Sébastien Ogier, der 2020 und 2021 triumphierte.")
    assert results(extract, text) == []


def test_a_count_of_races_before_the_win_verb_is_no_placing(extract):
    assert results(extract, "Alzenau, 18. November 2019 – Vier Rallyes gewann Hyundai in diesem Jahr.") == []


def test_a_category_phrase_states_a_standing_and_a_semicolon_list_goes_on(extract):
    text = ("Bahrain, 18 November 2017 – Sébastien Buemi and Kazuki Nakajima are runners-up among the drivers; Neel "
            "Jani, André Lotterer and Nick Tandy finished third.")
    assert _placed(lambda t: extract(t, "en"), text, "championship") == {
        (2, ("Sébastien Buemi", "Kazuki Nakajima")), (3, ("Neel Jani", "André Lotterer", "Nick Tandy"))}


def test_a_verb_clause_naming_only_those_behind_is_about_the_subject(extract):
    text = ("Lausitzring, 25. August 2019 – In der Fahrerwertung führt René Rast. Philipp Eng (BMW), am Sonntag nur "
            "Zehnter, behauptet Platz vier vor Mike Rockenfeller.")
    placed = _placed(extract, text, "championship")
    assert {(4, ("Philipp Eng",)), (5, ("Mike Rockenfeller",))} <= placed
    assert (4, ("Mike Rockenfeller",)) not in placed


@pytest.mark.parametrize("lang, text", [
    ("de", "Interlagos, 21. Oktober 2007 – Im Qualifying hatte sich Felipe Massa die Pole gesichert. Lewis Hamilton "
           "wurde Zweiter und Kimi Räikkönen Dritter."),
    ("en", "Interlagos, 21 October 2007 – In qualifying Felipe Massa had taken pole position. Lewis Hamilton was "
           "second and Kimi Räikkönen third."),
    ("fr", "Interlagos, 21 octobre 2007 – En qualifications, Felipe Massa avait signé la pole position. Lewis Hamilton "
           "était deuxième et Kimi Räikkönen troisième."),
])
def test_ranks_after_a_qualifying_sentence_are_the_qualifyings(extract, lang, text):
    assert [(r["kind"], r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        ("qualifying", 1, ["Felipe Massa"]), ("qualifying", 2, ["Lewis Hamilton"]),
        ("qualifying", 3, ["Kimi Räikkönen"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Klettwitz, 25. August 2019 – Audi sicherte sich die Markenmeisterschaft. Nach 2004, 2014 und 2017 ist es "
           "der vierte Herstellertitel. René Rast führt die Fahrerwertung an."),
    ("en", "Klettwitz, 25 August 2019 – Audi secured the manufacturers' title. After 2004, 2014 and 2017 it is the "
           "fourth for the make. René Rast leads the drivers' standings."),
])
def test_a_year_list_after_a_capitalised_marker_dates_no_later_sentence(extract, lang, text):
    assert [(r["kind"], r["position"], r["season"]) for r in extract(text, lang)["results"]] == [
        ("championship", 1, 2019)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Abu Dhabi, 13. November 2011 – Mark Webber sicherte sich mit einem Zähler Vorsprung auf Fernando Alonso "
           "Rang drei der Fahrerwertung."),
    ("en", "Abu Dhabi, 13 November 2011 – Mark Webber took third in the drivers' standings, one point clear of "
           "Fernando Alonso."),
])
def test_the_one_a_ranked_competitor_leads_is_the_next_place(extract, lang, text):
    assert sorted((r["position"], r["drivers"]) for r in extract(text, lang)["results"]) == [
        (3, ["Mark Webber"]), (4, ["Fernando Alonso"])]


def test_a_dative_pronoun_stands_for_the_one_placed(extract):
    text = ("Suzuka, 9. Oktober 2011 – Sebastian Vettel brauchte in Suzuka nur einen Punkt. Dort reichte ihm Rang drei "
            "hinter Rennsieger Jenson Button und Fernando Alonso.")
    assert [(r["position"], r["drivers"]) for r in extract(text)["results"]] == [
        (3, ["Sebastian Vettel"]), (1, ["Jenson Button"]), (2, ["Fernando Alonso"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Shanghai, 28 October 2012 – At the 6 Hours of Shanghai, Audi Sport Team Joest started from pole position "
           "five times."),
    ("de", "Shanghai, 28. Oktober 2012 – Beim 6-Stunden-Rennen von Shanghai startete Audi Sport Team Joest fünf Mal "
           "von der Pole-Position."),
])
def test_a_count_of_poles_is_no_qualifying_result(extract, lang, text):
    assert results(lambda t: extract(t, lang), text) == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürnberg, 7. Juli 2019 – Bei den Herstellern liegt BMW mit 338 Punkten hinter Audi auf Rang zwei."),
    ("en", "Nürnberg, 7 July 2019 – Among the manufacturers, BMW lies second on 338 points behind Audi."),
])
def test_a_standing_verb_with_behind_is_no_lead(extract, lang, text):
    assert sorted((r["position"], r["manufacturer"]) for r in extract(text, lang)["results"]) == [
        (1, "Audi"), (2, "BMW")]


@pytest.mark.parametrize("lang, text", [
    ("de", "São Paulo, 21. Oktober 2007 – Lewis Hamilton führte die Fahrerwertung mit 107 Punkten an, sein "
           "Teamkollege Fernando Alonso folgte mit 103 Zählern."),
    ("en", "São Paulo, 21 October 2007 – Lewis Hamilton led the drivers' standings on 107 points; Fernando Alonso "
           "was next on 103."),
    ("fr", "São Paulo, 21 octobre 2007 – Lewis Hamilton menait le championnat des pilotes avec 107 points ; Fernando "
           "Alonso suivait avec 103 points."),
    ("en", "São Paulo, 21 October 2007 – Lewis Hamilton led the drivers' standings on 107 points, his team-mate "
           "Fernando Alonso was next on 103."),
    ("fr", "São Paulo, 21 octobre 2007 – Lewis Hamilton menait le championnat avec 107 points, son coéquipier "
           "Fernando Alonso suivait avec 103 points."),
])
def test_the_one_following_a_standing_is_next(extract, lang, text):
    assert [(r["kind"], r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        ("championship", 1, ["Lewis Hamilton"]), ("championship", 2, ["Fernando Alonso"])]


def test_the_two_following_a_standing_take_the_next_two_places(extract):
    text = ("Hockenheim, 23. Oktober 2011 – In der Abschlusstabelle liegt Martin Tomczyk mit 72 Punkten vorn, Mattias "
            "Ekström folgt mit 52 Zählern vor Bruno Spengler.")
    assert [(r["position"], r["drivers"]) for r in results(extract, text)] == [
        (1, ["Martin Tomczyk"]), (2, ["Mattias Ekström"]), (3, ["Bruno Spengler"])]


@pytest.mark.parametrize("text, expected", [
    ("Le Mans, 2. Juni 2017 – Auch in der Herstellerwertung liegt Porsche an der Spitze.", [(1, "Porsche")]),
    ("Nürburgring, 16. Juli 2017 – Bei den Herstellern liegt Porsche mit 154 Punkten an der Spitze, Zweiter ist "
     "Toyota mit 114,5 Punkten.", [(1, "Porsche"), (2, "Toyota")]),
    ("Hockenheim, 7. Mai 2017 – Tatsächlich liegt Mercedes-AMG nach dem ersten Wochenende in der Herstellerwertung "
     "vorn.", [(1, "Mercedes-AMG")]),
    ("Hockenheim, 7. Mai 2017 – Audi kämpfte sich in der Herstellerwertung mit zwei Siegen nach vorn.", []),
])
def test_a_standing_stated_by_where_its_leader_lies(extract, text, expected):
    assert [(r["position"], r["manufacturer"]) for r in results(extract, text)
            if r["kind"] == "championship"] == expected


def test_names_after_a_coordinator_of_a_referred_subject_are_no_new_topic(extract):
    text = ("Nürnberg, 1. Juli 2018 – Einen gebrauchten DTM-Tag erwischte Gary Paffett. Der Brite verlor nach seinem "
            "Reifenwechsel mehrere Positionen und kam nach einem harten Zweikampf mit Timo Glock nur als 13. ins Ziel. "
            "In der Fahrerwertung liegt der Mercedes-Pilot dennoch mit 99 Punkten vorn.")
    assert [(r["kind"], r["position"], r["drivers"]) for r in results(extract, text)] == [
        ("race", 13, ["Gary Paffett"]), ("championship", 1, ["Gary Paffett"])]


def test_partners_after_a_coordinator_share_the_subjects_placing(extract):
    text = ("Sebring, 19 March 2011 – The Peugeot was delayed early on. Nicolas Lapierre took over at half distance and "
            "won with Loïc Duval and Olivier Panis.")
    assert [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text)] == [
        (1, ["Nicolas Lapierre", "Loïc Duval", "Olivier Panis"])]


def test_a_rank_after_a_follow_word_goes_on_with_the_standing_and_a_car_number_stops_it(extract):
    text = ("Le Mans, 16. Juni 2024 – In der Fahrerwertung führen Kévin Estre und André Lotterer. Der Toyota #8 wurde "
            "Fünfter vor dem Porsche mit der Nummer 5. In der Herstellerwertung führt Porsche neun Punkte vor Ferrari, "
            "Toyota folgt drei Zähler dahinter auf Platz drei.")
    found = [(r["kind"], r["position"], r["manufacturer"]) for r in results(extract, text) if not r["drivers"]]
    assert ("championship", 3, "Toyota") in found
    assert ("race", 5, "Toyota") in found
    assert not [f for f in found if f[0] == "championship" and f[1] in (5, 6)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Trier, 25. August 2002 – Sébastien Loeb gewann die Rallye Deutschland. Der 28-jährige Elsässer und sein "
           "Beifahrer Daniel Elena brachten den Citroën mit 14,3 Sekunden Vorsprung auf Richard Burns ins Ziel. Der "
           "Weltmeister von 2001 belegte im Peugeot 206 WRC Rang zwei, dahinter komplettierte sein Teamkollege Marcus "
           "Grönholm das Podium."),
    ("fr", "Trèves, 25 août 2002 – Sébastien Loeb remporte le Rallye d'Allemagne. L'Alsacien et son copilote Daniel "
           "Elena terminent avec 14,3 secondes d'avance sur Richard Burns. Le champion du monde 2001 prend la deuxième "
           "place au volant de sa Peugeot 206 WRC."),
])
def test_a_title_holder_described_is_placed_in_the_race_and_is_the_one_beaten(extract, lang, text):
    found = [(r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text)]
    assert ("race", 2, ["Richard Burns"]) in found
    assert not [f for f in found if f[0] == "championship"]


def test_the_subject_opening_a_clause_is_placed_not_a_name_after_a_preposition(extract):
    text = ("Hockenheim, 7. Mai 2017. Lucas Auer gewann. Maro Engel kam nach einem Rempler von Jamie Green nur als 17. "
            "ins Ziel.")
    assert [(r["position"], r["drivers"]) for r in results(extract, text)] == [
        (1, ["Lucas Auer"]), (17, ["Maro Engel"])]


def test_a_top_group_completed_by_names_whose_ranks_follow_takes_those_ranks(extract):
    text = ("Nürnberg, 1. Juli 2018. Marco Wittmann gewann. Die Top Ten komplettierten Nico Müller und Robin Frijns, "
            "die als Siebter und Achter die einzigen Audi-Punkte einfuhren.")
    found = [(r["position"], r["drivers"]) for r in results(extract, text)]
    assert (1, ["Marco Wittmann"]) in found
    assert not [f for f in found if f[0] in (9, 10)]
    assert {p for p, _ in found} == {1, 7, 8}


def test_a_makes_win_stated_by_its_crew_with_the_make_named_in_part_is_one_record(extract):
    text = ("Mercedes-AMG GT3 triumphiert beim 24-Stunden-Rennen auf dem Nürburgring\n\nNürburg, 29. Mai 2016. Den Sieg "
            "holte das AMG-Team Black Falcon mit Bernd Schneider (GER), Maro Engel (GER), Adam Christodoulou (GBR) und "
            "Manuel Metzger (GER) im Fahrzeug mit der Startnummer 4.")
    found = [r for r in results(extract, text) if (r["kind"], r["position"]) == ("race", 1)]
    assert [r["drivers"] for r in found] == [["Bernd Schneider", "Maro Engel", "Adam Christodoulou", "Manuel Metzger"]]


def test_a_clause_going_on_with_its_subject_behind_a_name_ranks_both(extract):
    text = ("Trier, 25. August 2002. Sébastien Loeb gewann. Im Januar hatte Sébastien Loeb in Monte Carlo wegen eines "
            "Reifenwechsels zwei Strafminuten erhalten und war hinter Subaru-Pilot Tommi Mäkinen auf Platz zwei "
            "zurückgefallen.")
    found = {(r["position"], tuple(r["drivers"])) for r in results(extract, text) if r["event"] == "Monte Carlo"}
    assert found == {(1, ("Tommi Mäkinen",)), (2, ("Sébastien Loeb",))}


@pytest.mark.parametrize("lang, text", [
    ("de", "Trier, 25. August 2002 – Sébastien Loeb gewann die Rallye Deutschland. Jesús Puras, der 2001 bei der Tour "
           "de Corse den ersten WM-Sieg für Citroën geholt hatte, schied am Freitag mit einem Elektrikdefekt aus."),
    ("en", "Trier, 25 August 2002 – Sébastien Loeb won the Rallye Deutschland. Jesús Puras, who had given Citroën its "
           "first world championship win at the 2001 Tour de Corse, retired on Friday with an electrical fault."),
    ("fr", "Trèves, 25 août 2002 – Sébastien Loeb remporte le Rallye d'Allemagne. Jesús Puras, qui avait offert à "
           "Citroën sa première victoire au Tour de Corse 2001, a abandonné dès vendredi sur une panne électrique."),
])
def test_a_place_in_an_aside_about_the_subject_is_not_where_the_clause_after_it_happened(extract, lang, text):
    puras = [r for r in extract(text, lang)["results"] if r["drivers"] == ["Jesús Puras"] and r["status"] == "retired"]
    assert [(r["event"], r["season"]) for r in puras] == [(puras[0]["event"], 2002)]
    assert "Corse" not in (puras[0]["event"] or "")
    assert puras[0]["event"] is not None


def test_a_then_word_in_an_aside_about_the_subject_does_not_date_the_clause_after_it(extract):
    text = ("Trier, 25. August 2002 – Sébastien Loeb gewann die Rallye Deutschland. Philippe Bugalski, der im Vorjahr "
            "die damals noch nicht zur WM zählende Rallye Deutschland gewonnen hatte, schied am Sonntag aus.")
    bugalski = [r for r in results(extract, text) if r["drivers"] == ["Philippe Bugalski"]]
    assert [(r["status"], r["season"]) for r in bugalski] == [("retired", 2002)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Trier, 25. August 2002 – Sébastien Loeb gewann. Philippe Bugalski arbeitete sich bis auf Position vier "
           "nach vorn, rutschte aber auf der zehnten Prüfung von der Strecke und musste aufgeben."),
    ("fr", "Trèves, 25 août 2002 – Sébastien Loeb s'impose. Philippe Bugalski était remonté jusqu'à la quatrième "
           "position avant de sortir de la route dans la dixième spéciale."),
])
def test_a_place_held_before_retiring_is_no_result(extract, lang, text):
    bugalski = [r for r in extract(text, lang)["results"] if r["drivers"] == ["Philippe Bugalski"]]
    assert [(r["status"], r["position"]) for r in bugalski] == [("retired", None)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Trier, 25. August 2002 – Harri Rovanperä stellte den dritten Peugeot 206 WRC am Sonntag nach einem "
           "Unfall ab."),
    ("fr", "Trèves, 25 août 2002 – Harri Rovanperä a dû immobiliser la troisième Peugeot 206 WRC dimanche après un "
           "accident."),
])
def test_a_driver_parking_the_car_retired(extract, lang, text):
    assert [(r["status"], r["drivers"]) for r in extract(text, lang)["results"]] == [("retired", ["Harri Rovanperä"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Trier, 25. August 2002 – Sébastien Loeb gewann die Rallye Deutschland.\n\n„In Monte Carlo hatten wir "
           "Pech. Dass mein erster Sieg ausgerechnet hier gelingt, ist etwas Besonderes“, sagte Loeb."),
    ("en", "Trier, 25 August 2002 – Sébastien Loeb won the Rallye Deutschland.\n\n“We were unlucky in Monte Carlo. "
           "To take my first win here is something special,” said Loeb."),
    ("fr", "Trèves, 25 août 2002 – Sébastien Loeb remporte le Rallye d'Allemagne.\n\n« À Monte-Carlo, nous "
           "n'avions pas eu de chance. Gagner pour la première fois ici, c'est spécial », a déclaré Loeb."),
])
def test_a_win_here_is_at_the_releases_own_meeting(extract, lang, text):
    found = {(r["kind"], r["position"], r["event"]) for r in extract(text, lang)["results"]}
    assert len(found) == 1 and "Monte" not in next(iter(found))[2], found


def test_a_standing_opened_by_a_capitalised_category_phrase_is_a_standing(extract):
    text = ("Trèves, 25 août 2002 – Loeb remporte le Rallye d'Allemagne. Chez les constructeurs, Peugeot devance Ford, "
            "deuxième, de 34 points.")
    found = [(r["kind"], r["position"], r["manufacturer"]) for r in extract(text, "fr")["results"]]
    assert ("championship", 2, "Ford") in found
    assert not [f for f in found if f[0] == "race" and f[2] == "Ford"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, 16 juillet 2017 – Porsche remporte les 6 Heures du Nürburgring. Après leur triomphe aux 24 Heures "
           "du Mans en juin, Earl Bamber, Timo Bernhard et Brendon Hartley fêtent leur deuxième victoire de la "
           "saison."),
    ("en", "Nürburg, 16 July 2017 – Porsche won the 6 Hours of Nürburgring. After their triumph at Le Mans in June, "
           "Earl Bamber, Timo Bernhard and Brendon Hartley celebrated their second win of the season."),
])
def test_a_win_named_after_a_since_word_is_at_the_meeting_it_names(extract, lang, text):
    found = {r["event"] for r in extract(text, lang)["results"] if r["drivers"] == ["Earl Bamber", "Timo Bernhard",
                                                                                    "Brendon Hartley"]}
    assert any("Mans" in (e or "") for e in found), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Sakhir, 15 novembre 2014 – Toyota remporte les 6 Heures de Bahreïn. Cette saison, Anthony Davidson et "
           "Sébastien Buemi ont gagné à Silverstone, à Spa-Francorchamps, à Fuji et à Shanghai."),
    ("de", "Sakhir, 15. November 2014 – Toyota gewinnt die 6 Stunden von Bahrain. In dieser Saison gewannen Anthony "
           "Davidson und Sébastien Buemi in Silverstone, in Spa-Francorchamps, in Fuji und in Shanghai."),
])
def test_a_win_at_a_list_of_places_each_with_its_preposition_is_a_win_at_each(extract, lang, text):
    found = [r["event"] for r in extract(text, lang)["results"] if r["drivers"] == ["Anthony Davidson",
                                                                                    "Sébastien Buemi"]]
    assert found == ["Silverstone", "Spa-Francorchamps", "Fuji", "Shanghai"]


def test_a_win_at_a_list_of_events_each_with_its_article_is_a_win_at_each(extract):
    text = ("Paris, 10. November 2002 – Gilles Panizzi gewann die Tour de Corse, die Rallye Katalonien und die Rallye "
            "Sanremo.")
    assert [r["event"] for r in extract(text, "de")["results"]] == ["Tour de Corse", "Rallye Katalonien",
                                                                     "Rallye Sanremo"]


def test_a_win_word_after_a_completer_verb_is_someone_elses_win(extract):
    text = ("Le Mans, 17 juin 2012 – Audi remporte les 24 Heures du Mans. Oliver Jarvis, Marco Bonanomi et Mike "
            "Rockenfeller complètent le triplé en prenant la troisième place.")
    found = [r["position"] for r in extract(text, "fr")["results"] if r["drivers"]]
    assert found == [3]


@pytest.mark.parametrize("text, crew", [
    ("Die LMGT3-Wertung gewann der Porsche 911 GT3 R #91 von Manthey EMA mit Richard Lietz, Morris Schuring und "
     "Yasser Shahin.", ["Richard Lietz", "Morris Schuring", "Yasser Shahin"]),
    ("Cool Racing mit Charles Milesi, Alexandre Coigny und Nicolas Lapierre gewann die Pro-Am-Wertung.",
     ["Charles Milesi", "Alexandre Coigny", "Nicolas Lapierre"]),
])
def test_a_class_labelled_classification_won_is_a_class_win_not_a_title(extract, text, crew):
    document = extract("Le Mans, 16. Juni 2024 – Ferrari gewinnt die 24 Stunden von Le Mans. " + text)
    assert not document["titles"]
    wins = [r for r in document["results"] if r["drivers"] == crew]
    assert [(r["kind"], r["position"]) for r in wins] == [("race", 1)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 16. Juni 2024 – Ferrari gewinnt. Von der Pole-Position, die sich Kévin Estre im Hyperpole-Finale "
           "gesichert hatte, ging der Porsche 963 #6 ins Rennen."),
    ("en", "Le Mans, 16 June 2024 – Ferrari won. From pole position, which Kévin Estre had secured in the Hyperpole "
           "final, the No. 6 Porsche 963 led away."),
])
def test_a_placing_is_held_by_who_secured_it_in_the_relative_clause_after_it(extract, lang, text):
    poles = [(r["position"], r["drivers"]) for r in extract(text, lang)["results"] if r["kind"] == "qualifying"]
    assert poles == [(1, ["Kévin Estre"])]


@pytest.mark.parametrize("text", [
    "Ingolstadt, le 9 juin 2015 – Audi s'est imposée à 13 reprises dans la classique d'endurance.",
    "Ingolstadt, le 9 juin 2015 – Audi a gagné la classique d'endurance 13 fois.",
])
def test_a_win_counted_in_times_is_no_placing(extract, text):
    assert extract(text, "fr")["results"] == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 9. Oktober 2022 – Marco Wittmann gewinnt. In der Endabrechnung kommt Sheldon van der Linde auf "
           "164 Punkte, Lucas Auer auf 153, René Rast auf 149. Dahinter folgen Mirko Bortolotti im Lamborghini mit 121 "
           "und Thomas Preining im Porsche mit 116 Zählern."),
    ("en", "Hockenheim, 9 October 2022 – Marco Wittmann won. In the final standings, Sheldon van der Linde has 164 "
           "points, Lucas Auer 153, René Rast 149, Mirko Bortolotti 121 and Thomas Preining 116."),
    ("fr", "Hockenheim, 9 octobre 2022 – Marco Wittmann s'impose. Au classement final, Sheldon van der Linde totalise "
           "164 points, Lucas Auer 153, René Rast 149, Mirko Bortolotti 121 et Thomas Preining 116."),
])
def test_a_standing_by_points_alone_ranks_in_falling_order(extract, lang, text):
    found = [(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["kind"] == "championship"]
    assert found == [(1, "Sheldon van der Linde"), (2, "Lucas Auer"), (3, "René Rast"), (4, "Mirko Bortolotti"),
                     (5, "Thomas Preining")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Maranello, 14 October 2002 – In the constructors' championship, Ferrari claims a fourth consecutive title "
           "with 221 points, ahead of Williams-BMW (92) and McLaren-Mercedes (65)."),
    ("fr", "Maranello, le 14 octobre 2002 – Chez les constructeurs, Ferrari s'adjuge un quatrième titre consécutif "
           "avec 221 points, devant Williams-BMW (92) et McLaren-Mercedes (65)."),
])
def test_a_make_holding_the_top_tally_ranks_the_teams_after_it_by_points(extract, lang, text):
    found = [(r["position"], r["team"]) for r in extract(text, lang)["results"] if r["kind"] == "championship"]
    assert found == [(2, "Williams-BMW"), (3, "McLaren-Mercedes")]


def test_points_in_no_falling_order_rank_nobody(extract):
    text = ("Hockenheim, 9. Oktober 2022 – Marco Wittmann gewinnt. In der Endabrechnung kommen Lucas Auer und René "
            "Rast auf jeweils 149 Punkte.")
    assert not [r for r in extract(text)["results"] if r["kind"] == "championship"]


def test_not_beyond_a_rank_is_that_rank(extract):
    text = ("Hockenheim, 9. Oktober 2022 – Marco Wittmann gewinnt. Lucas Auer kam am Sonntag nicht über Rang sieben "
            "hinaus.")
    assert (7, ["Lucas Auer"]) in [(r["position"], r["drivers"]) for r in results(extract, text)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 9. Oktober 2022 – Marco Wittmann gewinnt das DTM-Rennen. Sheldon van der Linde wurde Dritter. "
           "Hinter Sheldon van der Linde kamen Marius Zug, Kelvin van der Linde und Nico Müller ins Ziel."),
    ("en", "Hockenheim, 9 October 2022 – Marco Wittmann won the DTM race. Sheldon van der Linde finished third. Behind "
           "Sheldon van der Linde came Marius Zug, Kelvin van der Linde and Nico Müller."),
])
def test_names_after_behind_and_a_placed_competitor_take_the_next_places(extract, lang, text):
    found = [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]]
    assert found[-3:] == [(4, ["Marius Zug"]), (5, ["Kelvin van der Linde"]), (6, ["Nico Müller"])]


@pytest.mark.parametrize("text, expected", [
    ("Sebring, 19 March 2005 – Audi won. The No. 57 of David Brabham and Darren Turner finished a lap clear of the GT1 "
     "field and fourth overall.", [(4, ["David Brabham", "Darren Turner"])]),
    ("Le Mans, 17 June 2012 – It is Audi's eleventh overall victory at the endurance classic.", []),
])
def test_an_ordinal_before_overall_is_a_placing_but_not_a_count_of_wins(extract, text, expected):
    found = [(r["position"], r["drivers"]) for r in extract(text, "en")["results"]
             if r["drivers"] or r["position"] != 1]
    assert [f for f in found if f[1]] == expected and not [f for f in found if f[0] == 11]


def test_an_ordinal_after_an_overall_rank_and_and_is_a_placing_too(extract):
    text = ("Sebring, 19 March 2005 – The Maserati MC12 of Andrea Bertolini, Fabio Babini and Fabrizio De Simone took "
            "eighth overall and fourth in the GT1 class.")
    assert sorted((r["position"], r["class"]) for r in extract(text, "en")["results"]) == [(4, "GT1"), (8, None)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Enstone, le 5 décembre 2013 – Romain Grosjean termine septième. Pendant que Kimi Räikkönen s'imposait à "
           "Melbourne, Romain Grosjean devait se contenter de la dixième place, avant de terminer sixième en "
           "Malaisie."),
    ("en", "Enstone, 5 December 2013 – Romain Grosjean ends seventh. While Kimi Räikkönen won in Melbourne, Romain "
           "Grosjean had to settle for tenth place, before finishing sixth in Malaysia."),
])
def test_a_place_named_before_a_rank_wins_over_one_after_the_next_comma(extract, lang, text):
    tenth = [r["event"] for r in extract(text, lang)["results"] if r["position"] == 10]
    assert tenth == ["Melbourne"]


def test_the_overall_classification_of_a_race_is_no_standing(extract):
    text = ("Le Mans, 12. Juni 2011 – Audi gewinnt. Olivier Beretta, Tommy Milner und Antonio García gewannen die "
            "Klasse GTE-Pro, im Gesamtklassement bedeutete das Rang elf.")
    found = {(r["kind"], r["position"]) for r in results(extract, text) if r["drivers"]}
    assert ("race", 11) in found and not [f for f in found if f[0] == "championship"]


def test_a_coordinated_superlative_does_not_cut_the_clause_of_a_fronted_rank(extract):
    text = ("Le Mans, 17. Juni 2012 – Audi gewinnt. Vierter und bester Privatier wurde der Lola-Toyota von Rebellion "
            "Racing mit Nicolas Prost, Neel Jani und Nick Heidfeld.")
    assert (4, ["Nicolas Prost", "Neel Jani", "Nick Heidfeld"]) in [(r["position"], r["drivers"])
                                                                    for r in results(extract, text)]


def test_an_ordinal_after_a_crew_and_before_its_gap_is_its_rank(extract):
    text = ("Sakhir, 15 novembre 2014 – Toyota s'impose. Au pied du podium, l'Audi n°2 de Marcel Fässler et André "
            "Lotterer termine à un tour, la n°1 de Tom Kristensen, Lucas di Grassi et Loïc Duval cinquième à deux tours.")
    found = [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"] if r["drivers"]]
    assert (5, ["Tom Kristensen", "Lucas di Grassi", "Loïc Duval"]) in found


@pytest.mark.parametrize("lang, text", [
    ("de", "New York, 15. Juli 2017 – Sam Bird gewann für Virgin in der Formel E den New York City ePrix. Die Pole "
           "hatte Alex Lynn geholt, der José María López vertrat; der Argentinier war am selben Wochenende beim "
           "Langstrecken-WM-Lauf auf dem Nürburgring im Einsatz. Jean-Éric Vergne wurde Zweiter."),
    ("en", "New York, 15 July 2017 – Sam Bird won Formula E's New York City ePrix. Alex Lynn took pole, standing in "
           "for José María López; the Argentine was racing in the World Endurance Championship at the Nürburgring that "
           "weekend. Jean-Éric Vergne finished second."),
])
def test_a_place_of_another_series_named_before_is_not_where_the_release_s_race_went_on(extract, lang, text):
    second = [r for r in extract(text, lang)["results"] if r["position"] == 2]
    assert [r["event"] for r in second] == ["New York City ePrix"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, 26 septembre 1999 – Jarno Trulli a terminé deuxième du Grand Prix d'Europe, derrière Johnny "
           "Herbert et devant Rubens Barrichello."),
    ("en", "Nürburgring, 26 September 1999 – Jarno Trulli finished second in the European Grand Prix, behind Johnny "
           "Herbert and ahead of Rubens Barrichello."),
    ("de", "Nürburg, 26. September 1999 – Jarno Trulli wurde Zweiter beim Großen Preis von Europa, hinter Johnny "
           "Herbert und vor Rubens Barrichello."),
])
def test_a_clause_behind_one_and_ahead_of_another_ranks_both_around_the_place(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["kind"] == "race"}
    assert found == {(1, "Johnny Herbert"), (2, "Jarno Trulli"), (3, "Rubens Barrichello")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Shanghai, 28. November 2010 – Gary Paffett gewann. Timo Scheider, Meister der Jahre 2008 und 2009, wurde "
           "Dritter. Fünfter wurde Miguel Molina."),
    ("en", "Shanghai, 28 November 2010 – Gary Paffett won. Timo Scheider, champion in 2008 and 2009, finished third. "
           "Miguel Molina was fifth."),
])
def test_a_title_in_an_apposition_to_a_name_does_not_make_the_placing_a_standing(extract, lang, text):
    found = {(r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert found == {("race", 1, "Gary Paffett"), ("race", 3, "Timo Scheider"), ("race", 5, "Miguel Molina")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Shanghai, 28. November 2010 – Gary Paffett gewann. Sechs Minuten vor dem geplanten Ende kollidierten Susie "
           "Stoddart und Mike Rockenfeller."),
    ("fr", "Shanghai, 28 novembre 2010 – Gary Paffett s'impose. Trois tours devant la fin, Susie Stoddart et Mike "
           "Rockenfeller se sont accrochés."),
])
def test_a_gap_phrase_before_a_moment_of_the_race_names_no_runner_up(extract, lang, text):
    assert [r["drivers"] for r in extract(text, lang)["results"]] == [["Gary Paffett"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, 26 janvier 2003 – Sébastien Loeb gagne. L'Alsacien devance de 38,1 secondes Colin McRae, tandis "
           "que Carlos Sainz complète un triplé Citroën."),
    ("de", "Monaco, 26. Januar 2003 – Sébastien Loeb gewann vor Colin McRae. Carlos Sainz komplettierte den "
           "Dreifachsieg für Citroën."),
    ("en", "Monaco, 26 January 2003 – Sébastien Loeb won ahead of Colin McRae, while Carlos Sainz completed a "
           "one-two-three for Citroën."),
])
def test_a_completed_one_two_three_is_third_and_a_beaten_margin_second(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert found == {(1, "Sébastien Loeb"), (2, "Colin McRae"), (3, "Carlos Sainz")}


@pytest.mark.parametrize("lang, text, season, winner", [
    ("de", "Nürburg, 20. Mai 2012 – Audi gewann das 24-Stunden-Rennen auf dem Nürburgring. Der Porsche von Marc Lieb, "
           "eingesetzt vom Vorjahressieger Manthey Racing, rollte kurz vor dem Ende ohne Benzin aus.", 2011,
     ([], "Manthey Racing")),
    ("en", "Le Mans, 10 June 2015 – Audi arrives at the 24 Hours of Le Mans. Last year's winners Marcel Fässler and "
           "André Lotterer are back.", 2014, (["Marcel Fässler", "André Lotterer"], None)),
    ("fr", "Le Mans, 10 juin 2015 – Audi arrive aux 24 Heures du Mans. Les vainqueurs sortants Marcel Fässler et André "
           "Lotterer sont de retour.", 2014, (["Marcel Fässler", "André Lotterer"], None)),
])
def test_last_year_s_winner_won_the_release_s_race_the_season_before(extract, lang, text, season, winner):
    won = [(r["kind"], r["position"], r["drivers"], r["team"]) for r in extract(text, lang)["results"]
           if r["season"] == season]
    assert won == [("race", 1, *winner)]


@pytest.mark.parametrize("text, retired", [
    ("Nürburg, 29. Mai 2022 – Robin Frijns gewann. Nicki Thiim verunfallte in Führung liegend mit dem Aston Martin.",
     ["Nicki Thiim"]),
    ("Montreal, 30. Juli 2017 – Lucas di Grassi gewann. Sébastien Buemi verunglückte im Training.", []),
])
def test_a_crash_is_a_retirement_unless_in_practice(extract, text, retired):
    found = [r["drivers"][0] for r in extract(text)["results"] if r["status"] == "retired"]
    assert found == retired


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, le 26 septembre 1999 – Johnny Herbert gagne. Parti en pole position, Heinz-Harald Frentzen a dû "
           "s'arrêter en piste, victime d'un problème électrique."),
    ("en", "Nürburgring, 26 September 1999 – Johnny Herbert won. Heinz-Harald Frentzen, who had started from pole "
           "position, had to retire with an electrical fault."),
])
def test_a_pole_and_a_retirement_of_one_clause_are_both_kept(extract, lang, text):
    found = {(r["kind"], r["position"], r["status"]) for r in extract(text, lang)["results"]
             if r["drivers"] == ["Heinz-Harald Frentzen"]}
    assert found == {("qualifying", 1, "finished"), ("race", None, "retired")}


@pytest.mark.parametrize("lang, text, driver", [
    ("fr", "Nürburg, le 26 septembre 1999 – Johnny Herbert gagne. David Coulthard, qui lui avait succédé en tête, est "
           "sorti de la piste sous la pluie.", "David Coulthard"),
    ("en", "Daytona Beach, 25 January 2015 – Scott Dixon won. A caution came when Colin Braun crashed the CORE "
           "autosport ORECA heavily and ended its race.", "Colin Braun"),
])
def test_leaving_the_track_or_a_crash_ending_the_race_is_a_retirement(extract, lang, text, driver):
    assert [r["drivers"] for r in extract(text, lang)["results"] if r["status"] == "retired"] == [[driver]]


@pytest.mark.parametrize("lang, text, leader, race", [
    ("de", "Silverstone, 6. Juli 2025 – Den Sieg holte Lando Norris vor seinem McLaren-Teamkollegen und "
           "WM-Spitzenreiter Oscar Piastri.", "Oscar Piastri", {(1, "Lando Norris"), (2, "Oscar Piastri")}),
    ("de", "Hockenheim, 6. Oktober 2017 – Tabellenführer Jules Gounon wurde Dritter.", "Jules Gounon",
     {(3, "Jules Gounon")}),
    ("en", "Silverstone, 6 July 2025 – Championship leader Oscar Piastri finished third.", "Oscar Piastri",
     {(3, "Oscar Piastri")}),
])
def test_a_leader_s_epithet_is_the_standing_s_first_beside_the_race_placing(extract, lang, text, leader, race):
    results = extract(text, lang)["results"]
    assert [r["drivers"] for r in results if r["kind"] == "championship"] == [[leader]]
    assert {(r["position"], r["drivers"][0]) for r in results if r["kind"] == "race"} == race


def test_an_unranked_placing_of_one_driver_cars_goes_to_the_names_before_it(extract):
    text = ("Rome, 10 April 2022 – Mitch Evans won the Rome E-Prix of Formula E. Edoardo Mortara went out after a "
            "clash with António Félix da Costa.")
    assert [r["drivers"] for r in extract(text, "en")["results"] if r["status"] == "retired"] == [["Edoardo Mortara"]]


def test_a_p_number_ending_a_sentence_is_a_placing(extract):
    text = "Berlin, 25. Mai 2019 – Lucas di Grassi gewann. Daniel Abt landete auf P5. Dann kam Regen."
    assert {(r["position"], r["drivers"][0]) for r in results(extract, text)} == {(1, "Lucas di Grassi"),
                                                                                  (5, "Daniel Abt")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Istanbul, 15. November 2020 – Lewis Hamilton gewann den Großen Preis der Türkei der Formel 1 mit 31,6 "
           "Sekunden Vorsprung vor Sergio Pérez (Racing Point) und Sebastian Vettel (Ferrari)."),
    ("en", "Istanbul, 15 November 2020 – Lewis Hamilton won the Formula 1 Turkish Grand Prix 31.6 seconds ahead of "
           "Sergio Pérez (Racing Point) and Sebastian Vettel (Ferrari)."),
])
def test_names_listed_after_the_runner_up_of_one_driver_cars_take_the_next_places(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert found == {(1, "Lewis Hamilton"), (2, "Sergio Pérez"), (3, "Sebastian Vettel")}


def test_a_team_in_parentheses_after_another_name_is_not_the_winner_s(extract):
    text = ("Istanbul, 15. November 2020 – Mercedes-AMG Petronas Motorsport jubelt. Lewis Hamilton gewann den Großen "
            "Preis der Türkei der Formel 1 mit 31,6 Sekunden Vorsprung vor Sergio Pérez (Racing Point).")
    teams = {r["drivers"][0]: r["team"] for r in extract(text)["results"]}
    assert teams["Sergio Pérez"] == "Racing Point" and teams["Lewis Hamilton"] != "Racing Point"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, le 24 janvier 2021 – Sébastien Ogier gagne. Troisième à 1'13\"5, Thierry Neuville a sauvé "
           "l'honneur de Hyundai."),
    ("en", "Monaco, 24 January 2021 – Sébastien Ogier won. Third at 1m13s, Thierry Neuville salvaged Hyundai's "
           "honour."),
])
def test_a_rank_fronted_before_a_comma_is_the_next_name_s(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert found == {(1, "Sébastien Ogier"), (3, "Thierry Neuville")}


def test_a_fronted_ordinal_of_a_standing_is_not_a_race_rank(extract):
    text = ("Monaco, le 24 janvier 2021 – Sébastien Ogier gagne. Deuxième du championnat, Elfyn Evans reste en "
            "embuscade.")
    assert not [r for r in extract(text, "fr")["results"] if r["kind"] == "race" and r["position"] == 2]


def test_a_qualifying_word_in_a_start_aside_does_not_make_the_rank_a_qualifying_one(extract):
    text = ("Monaco, le 28 mai 2023 – Max Verstappen gagne. Plus loin, Sergio Pérez, parti dernier après son accident "
            "en qualifications, n'a pu faire mieux que seizième.")
    found = [(r["kind"], r["position"]) for r in extract(text, "fr")["results"] if r["drivers"] == ["Sergio Pérez"]]
    assert found == [("race", 16)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Daytona Beach, 31 January 2021 – The No. 10 Acura of Ricky Taylor and Filipe Albuquerque crossed the line "
           "4.7 seconds ahead of the No. 48 Cadillac shared by Kamui Kobayashi and Jimmie Johnson."),
    ("de", "Daytona Beach, 31. Januar 2021 – Der Acura #10 von Ricky Taylor und Filipe Albuquerque überquerte die "
           "Ziellinie mit 4,7 Sekunden Vorsprung auf den Cadillac #48 von Kamui Kobayashi und Jimmie Johnson."),
])
def test_crossing_the_line_ahead_of_a_runner_up_is_a_win(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert found == {(1, "Ricky Taylor"), (2, "Kamui Kobayashi")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 16. Juni 2024 – Ferrari gewann die 24 Stunden von Le Mans. Zuvor gewann die Marke sechsmal in "
           "Folge zwischen 1960 und 1965."),
    ("en", "Le Mans, 16 June 2024 – Ferrari won the 24 Hours of Le Mans. The brand had won six times in a row between "
           "1960 and 1965."),
    ("de", "Le Mans, 16. Juni 2024 – Ferrari gewann die 24 Stunden von Le Mans. Die Marke gewann von 1960 bis 1965 "
           "sechsmal in Folge."),
])
def test_a_run_of_consecutive_wins_between_two_years_is_a_win_each_year(extract, lang, text):
    seasons = sorted(r["season"] for r in extract(text, lang)["results"] if r["season"] != 2024)
    assert seasons == [1960, 1961, 1962, 1963, 1964, 1965]


def test_a_run_of_consecutive_titles_is_no_run_of_wins(extract):
    text = ("Monaco, le 23 janvier 2022 – Sébastien Loeb s'impose et signe la 80e victoire de sa carrière, la première "
            "avec un autre constructeur que Citroën, avec qui il avait conquis neuf titres mondiaux consécutifs de "
            "2004 à 2012.")
    seasons = {r["season"] for r in extract(text, "fr")["results"]}
    assert 2022 in seasons and not seasons & set(range(2005, 2013))


@pytest.mark.parametrize("lang, text", [
    ("de", "New York, 16. Juli 2017 – Sam Bird gewann. Pierre Gasly, der bei Renault e.dams für Sébastien Buemi "
           "eingesprungen war, wurde Vierter, nachdem er am Samstag Siebter geworden war."),
    ("en", "New York, 16 July 2017 – Sam Bird won. Pierre Gasly, who stood in for Sébastien Buemi at Renault e.dams, "
           "was fourth after he had finished seventh on Saturday."),
])
def test_a_name_in_a_relative_clause_is_no_new_topic_for_a_pronoun(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert found == {(1, "Sam Bird"), (4, "Pierre Gasly"), (7, "Pierre Gasly")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Bahrain, 21. November 2015 – In der Endabrechnung der Langstrecken-WM lagen Timo Bernhard, Brendon Hartley "
           "und Mark Webber fünf Punkte vor Marcel Fässler, André Lotterer und Benoît Tréluyer."),
    ("en", "Bahrain, 21 November 2015 – In the final World Endurance Championship standings Timo Bernhard, Brendon "
           "Hartley and Mark Webber finished ahead of Marcel Fässler, André Lotterer and Benoît Tréluyer."),
])
def test_a_crew_ahead_of_a_listed_crew_of_its_size_ranks_that_crew_whole(extract, lang, text):
    found = sorted((r["position"], len(r["drivers"])) for r in extract(text, lang)["results"])
    assert found == [(1, 3), (2, 3)]


def test_a_comma_in_parentheses_does_not_part_a_crew_from_its_rank(extract):
    text = ("Spa, 28. Juli 2019 – Porsche gewann. Ebenfalls eine Runde zurück kamen Dennis Olsen, Matt Campbell und "
            "Dirk Werner (Rowe Racing, Nr. 99) als Siebte sowie Earl Bamber, Timo Bernhard und Laurens Vanthoor (Nr. "
            "117) als Neunte ins Ziel.")
    found = {(r["position"], r["drivers"][0]) for r in results(extract, text) if r["drivers"]}
    assert found == {(7, "Dennis Olsen"), (9, "Earl Bamber")}


def test_the_best_privateer_is_no_blocker_nor_title_in_french(extract):
    text = ("Le Mans, le 17 juin 2012 – Audi gagne. La quatrième place et le titre de meilleur privé reviennent à la "
            "Lola-Toyota de Rebellion Racing pilotée par Nicolas Prost, Neel Jani et Nick Heidfeld.")
    document = extract(text, "fr")
    assert [(r["position"], r["drivers"][0]) for r in document["results"] if r["drivers"]] == [(4, "Nicolas Prost")]
    assert document["titles"] == []


def test_the_team_in_parentheses_after_the_runner_up_is_not_the_winner(extract):
    text = ("Monte Carlo, 23 May 2021 – Max Verstappen has won the Monaco Grand Prix for the first time. The Dutchman "
            "led all 78 laps in his RB16B and took the chequered flag almost nine seconds clear of Carlos Sainz "
            "(Ferrari).")
    found = {(r["position"], tuple(r["drivers"]), r["manufacturer"] if not r["drivers"] else None)
             for r in extract(text, "en")["results"]}
    assert found == {(1, ("Max Verstappen",), None), (2, ("Carlos Sainz",), None)}


def test_a_possessor_after_the_cue_is_not_the_one_placed(extract):
    text = ("Budapest, 6 August 2006 – Jenson Button won the Hungarian Grand Prix of Formula 1. Pole-sitter Kimi "
            "Räikkönen led the opening phase in the other McLaren but retired after running into the back of "
            "Vitantonio Liuzzi's Toro Rosso.")
    assert [r["drivers"] for r in extract(text, "en")["results"] if r["status"] == "retired"] == [["Kimi Räikkönen"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Sakhir, le 15 novembre 2014 – Anthony Davidson s'impose. Les deux Porsche complètent le podium : la n°14 "
           "termine deuxième, devant la n°20 de Mark Webber, Brendon Hartley et Timo Bernhard."),
    ("en", "Sakhir, 15 November 2014 – Anthony Davidson won. The two Porsches completed the podium: the No. 14 "
           "finished second, ahead of the No. 20 of Mark Webber, Brendon Hartley and Timo Bernhard."),
])
def test_the_names_after_a_car_s_number_are_one_crew(extract, lang, text):
    crews = [r["drivers"] for r in extract(text, lang)["results"]
             if len(r["drivers"]) > 1 or "Mark Webber" in r["drivers"]]
    assert crews == [["Mark Webber", "Brendon Hartley", "Timo Bernhard"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, le 26 septembre 1999 – Johnny Herbert gagne. Au championnat, Mika Häkkinen reprend seul la tête "
           "avec 62 points, deux de plus qu'Eddie Irvine, septième aujourd'hui."),
    ("en", "Nürburgring, 26 September 1999 – Johnny Herbert won. In the championship Mika Häkkinen leads on 62 points, "
           "two ahead of Eddie Irvine, seventh today."),
])
def test_an_ordinal_before_today_is_the_race_s_rank(extract, lang, text):
    irvine = [(r["kind"], r["position"]) for r in extract(text, lang)["results"] if r["drivers"] == ["Eddie Irvine"]]
    assert ("race", 7) in irvine and ("championship", 7) not in irvine


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 17. Juni 2012 – Marcel Fässler, André Lotterer und Benoît Tréluyer gewannen. Bereits 2011 hatten "
           "die drei in Le Mans triumphiert, damals noch mit dem Audi R18 TDI."),
    ("en", "Le Mans, 17 June 2012 – Marcel Fässler, André Lotterer and Benoît Tréluyer won. The three had already "
           "triumphed at Le Mans in 2011, back then with the Audi R18 TDI."),
])
def test_an_article_and_a_crew_size_stand_for_the_last_crew_of_that_size(extract, lang, text):
    found = {(r["season"], len(r["drivers"])) for r in extract(text, lang)["results"]}
    assert found == {(2012, 3), (2011, 3)}


@pytest.mark.parametrize("lang, text", [
    ("en", "São Paulo, 21 October 2007 – Kimi Räikkönen won the Brazilian Grand Prix. Behind them, Nico Rosberg in "
           "the Williams and the two BMW Sauber drivers Robert Kubica and Nick Heidfeld took fourth to sixth."),
    ("fr", "São Paulo, le 21 octobre 2007 – Kimi Räikkönen remporte le Grand Prix du Brésil. Derrière, Nico Rosberg "
           "et les deux pilotes BMW Sauber Robert Kubica et Nick Heidfeld terminent quatrième à sixième."),
])
def test_an_ordinal_range_gives_the_competitors_listed_one_place_each(extract, lang, text):
    found = {(r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"] if r["position"] != 1}
    assert found == {(4, ("Nico Rosberg",)), (5, ("Robert Kubica",)), (6, ("Nick Heidfeld",))}


@pytest.mark.parametrize("lang, text", [
    ("en", "São Paulo, 21 October 2007 – Kimi Räikkönen won the Brazilian Grand Prix. Lewis Hamilton ran wide and "
           "dropped to eighth.\n\nAfter his fightback Hamilton crossed the line in seventh."),
    ("de", "São Paulo, 21. Oktober 2007 – Kimi Räikkönen gewann den Großen Preis von Brasilien. Lewis Hamilton geriet "
           "neben die Strecke und fiel auf Position acht zurück.\n\nHamilton kam nach seiner Aufholjagd als Siebter "
           "ins Ziel."),
])
def test_a_place_fallen_back_to_gives_way_to_the_competitor_s_other_place(extract, lang, text):
    hamilton = [r["position"] for r in extract(text, lang)["results"] if r["drivers"] == ["Lewis Hamilton"]]
    assert hamilton == [7]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Trèves, le 25 août 2002 – Sébastien Loeb remporte le Rallye d'Allemagne devant Marcus Grönholm. Au "
           "classement des pilotes, Grönholm consolide sa position de leader : le Finlandais compte désormais 18 "
           "points d'avance sur son premier poursuivant, Colin McRae, quatrième à l'arrivée sur sa Ford Focus."),
    ("en", "Trier, 25 August 2002 – Sébastien Loeb won the Rally Deutschland ahead of Marcus Grönholm. In the "
           "drivers' standings Grönholm consolidated his lead: the Finn is now 18 points clear of his closest "
           "pursuer, Colin McRae, fourth at the finish in his Ford Focus."),
])
def test_a_rank_apposed_with_a_race_day_phrase_is_that_person_s_race_rank(extract, lang, text):
    found = {(r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert {("championship", 2, "Colin McRae"), ("race", 4, "Colin McRae")} <= found
    assert not {r for r in found if r[1] == 4 and r[2] == "Marcus Grönholm"}


def test_a_rank_after_a_race_day_in_the_standings_is_the_race_s(extract):
    text = ("Lausitz, 25. August 2019 – René Rast gewinnt. Nach 14 von 18 Läufen führt Rast die Fahrerwertung mit 234 "
            "Punkten an. Philipp Eng (BMW), am Sonntag nur Zehnter, behauptet Platz vier vor Rockenfeller.")
    found = {(r["kind"], r["position"]) for r in extract(text)["results"] if r["drivers"] == ["Philipp Eng"]}
    assert found == {("race", 10), ("championship", 4)}


@pytest.mark.parametrize("lang, text, first", [
    ("fr", "Trèves, le 25 août 2002 – Sébastien Loeb remporte le Rallye d'Allemagne. Chez les constructeurs, Peugeot "
           "devance Ford, deuxième, de 34 points.", {"Peugeot"}),
    ("fr", "Berlin, le 13 août 2020 – António Félix da Costa est champion. Chez les équipes, Nissan e.dams devance "
           "Mercedes-Benz EQ pour la deuxième place.", set()),
])
def test_a_verb_of_being_ahead_puts_its_subject_first_when_the_one_behind_follows_it(extract, lang, text, first):
    leaders = {r["manufacturer"] for r in extract(text, lang)["results"]
               if (r["kind"], r["position"]) == ("championship", 1)}
    assert leaders == first


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 14. Juni 2009 – Peugeot gewann die 24 Stunden von Le Mans. Zuvor hatte der 908 HDi FAP 2007 und "
           "2008 jeweils als Zweiter hinter Audi die Zielflagge gesehen."),
    ("fr", "Le Mans, le 14 juin 2009 – Peugeot remporte les 24 Heures du Mans. Auparavant, la 908 HDi FAP avait "
           "terminé deuxième derrière Audi en 2007 comme en 2008."),
])
def test_the_make_of_a_car_before_behind_is_placed_behind_the_names_after_it(extract, lang, text):
    earlier = {(r["season"], r["position"], r["manufacturer"]) for r in extract(text, lang)["results"]
               if r["season"] < 2009}
    assert earlier == {(2007, 2, "Peugeot"), (2008, 2, "Peugeot"), (2007, 1, "Audi"), (2008, 1, "Audi")}


def test_a_bulleted_list_of_wins_keeps_its_winner_over_a_make_and_reads_a_rank_at_a_line_s_end(extract):
    text = ("Milton Keynes, 26 November 2013 – Mark Webber is third. Sebastian Vettel is champion. The season read "
            "like a list of victories:\n\n- Canadian Grand Prix, Montreal: first Red Bull win on the Circuit Gilles "
            "Villeneuve\n- Japanese Grand Prix, Suzuka: Webber second\n- Indian Grand Prix, Buddh: titles secured\n")
    found = {(r["event"], r["position"], tuple(r["drivers"])) for r in extract(text, "en")["results"]}
    assert ("Canadian Grand Prix", 1, ("Sebastian Vettel",)) in found
    assert ("Canadian Grand Prix", 1, ()) not in found
    assert ("Japanese Grand Prix", 2, ("Mark Webber",)) in found


def test_an_ordinal_listed_after_pole_is_a_placing(extract):
    text = ("Sakhir, 14 November 2014 – In qualifying, Mark Webber and Timo Bernhard took pole and second for "
            "Porsche.")
    found = {(r["kind"], r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]}
    assert found == {("qualifying", 1, "Mark Webber"), ("qualifying", 2, "Timo Bernhard")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Enstone, le 5 décembre 2013 – Romain Grosjean quitte l'exercice 2013 avec 132 points et le septième rang "
           "du classement des pilotes, derrière Sebastian Vettel, sacré pour la quatrième fois, Fernando Alonso, Mark "
           "Webber, Lewis Hamilton, son équipier Kimi Räikkönen et Nico Rosberg."),
    ("en", "Enstone, 5 December 2013 – Romain Grosjean ends 2013 with 132 points and seventh place in the drivers' "
           "standings, behind Sebastian Vettel, crowned for the fourth time, Fernando Alonso, Mark Webber, Lewis "
           "Hamilton, his team-mate Kimi Räikkönen and Nico Rosberg."),
])
def test_a_list_of_all_those_ahead_goes_on_after_an_aside(extract, lang, text):
    ranks = {r["drivers"][0]: r["position"] for r in extract(text, lang)["results"] if r["kind"] == "championship"}
    assert {k: v for k, v in ranks.items() if k != "Sebastian Vettel"} == {
        "Romain Grosjean": 7, "Fernando Alonso": 2, "Mark Webber": 3, "Lewis Hamilton": 4, "Kimi Räikkönen": 5,
        "Nico Rosberg": 6}


def test_a_list_of_those_ahead_goes_on_after_the_first_ones_win_in_apposition(extract):
    text = ("Monaco, 28 mai 2023 – Esteban Ocon a rallié l'arrivée en troisième position, derrière Max Verstappen "
            "(Red Bull), vainqueur, et Fernando Alonso (Aston Martin).")
    assert sorted((r["position"], r["drivers"][0]) for r in extract(text, "fr")["results"]) == [
        (1, "Max Verstappen"), (2, "Fernando Alonso"), (3, "Esteban Ocon")]


def test_teams_ahead_in_a_standing_are_placed_before_the_team_named(extract):
    text = ("Enstone, le 5 décembre 2013 – Lotus F1 Team termine la saison au quatrième rang du championnat des "
            "constructeurs avec 315 points, derrière Red Bull Racing, sacrée pour la quatrième année consécutive, "
            "Mercedes et Ferrari.")
    ranks = {r["manufacturer"]: r["position"] for r in extract(text, "fr")["results"]}
    assert ranks == {"Lotus": 4, "Mercedes": 2, "Ferrari": 3}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Enstone, le 5 décembre 2013 – Romain Grosjean termine septième. Pendant que Kimi Räikkönen s'imposait à "
           "Melbourne, Grosjean devait se contenter de la dixième place, avant de terminer sixième en Malaisie."),
    ("en", "Enstone, 5 December 2013 – Romain Grosjean finished seventh. While Kimi Räikkönen won in Melbourne, "
           "Grosjean had to settle for tenth place, before finishing sixth in Malaysia."),
])
def test_the_names_of_an_opening_subordinate_clause_are_not_the_sentence_s_subject(extract, lang, text):
    sixth = [r["drivers"] for r in extract(text, lang)["results"] if r["position"] == 6]
    assert sixth == [["Romain Grosjean"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Abu Dhabi, 14. November 2010 – Sebastian Vettel gewann. Fernando Alonso, der als Tabellenführer nach Abu "
           "Dhabi gereist war, kam nur als Siebter ins Ziel. Mark Webber, vor dem Finale ebenfalls noch im "
           "Titelrennen, wurde Achter."),
    ("en", "Abu Dhabi, 14 November 2010 – Sebastian Vettel won. Fernando Alonso, who had arrived in Abu Dhabi as "
           "championship leader, only came home seventh. Mark Webber, also still in the title race before the "
           "finale, was eighth."),
])
def test_a_standing_in_an_aside_does_not_make_the_next_sentence_a_standing(extract, lang, text):
    webber = {(r["kind"], r["position"]) for r in extract(text, lang)["results"] if r["drivers"] == ["Mark Webber"]}
    assert webber == {("race", 8)}


def test_a_count_written_as_one_word_makes_a_win_phrase_a_count(extract):
    text = ("Abu Dhabi, 29. November 2015 – Lewis Hamilton ist Weltmeister. Zehnmal stand Hamilton ganz oben auf dem "
            "Podium, sechsmal Rosberg.")
    assert not [r for r in extract(text, "de")["results"] if r["position"] == 1 and r["kind"] == "race"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Suzuka, 1 November 1998 – Mika Häkkinen won. From the rear of the field Michael Schumacher was running "
           "third after the pit stops, but a tyre failed."),
    ("en", "Spa, 31 July 2016 – Alexander Sims won. Michael Schumacher lost third place shortly before the end "
           "because of a drive-through penalty."),
    ("fr", "Spa, le 31 juillet 2016 – Alexander Sims s'impose. Michael Schumacher a perdu la troisième place peu avant "
           "l'arrivée à cause d'une pénalité."),
])
def test_a_place_held_on_the_way_or_lost_is_no_classification(extract, lang, text):
    assert not [r for r in extract(text, lang)["results"] if r["drivers"] == ["Michael Schumacher"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, 18 juin 2006 – Frank Biela, Emanuele Pirro et Marco Werner gagnent les 24 Heures du Mans. Chez "
           "Audi, Biela et Pirro signent quant à eux leur quatrième succès, après ceux de 2000, 2001 et 2002 obtenus "
           "avec Tom Kristensen."),
    ("en", "Le Mans, 18 June 2006 – Frank Biela, Emanuele Pirro and Marco Werner won the 24 Hours of Le Mans. For "
           "Biela and Pirro it is their fourth win, after those of 2000, 2001 and 2002 with Tom Kristensen."),
])
def test_earlier_wins_listed_in_the_clause_after_the_win(extract, lang, text):
    seasons = sorted(r["season"] for r in extract(text, lang)["results"] if "Frank Biela" in r["drivers"])
    assert seasons == [2000, 2001, 2002, 2006]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 22. Oktober 2023 – Thomas Preining ist Meister. Im Qualifying am Sonntagmorgen fuhr er mit "
           "sechs Tausendstelsekunden Vorsprung auf Mirko Bortolotti die Bestzeit."),
    ("en", "Hockenheim, 22 October 2023 – Thomas Preining is champion. In qualifying on Sunday morning he set the "
           "fastest time, six thousandths of a second clear of Mirko Bortolotti."),
])
def test_the_one_beaten_to_the_best_qualifying_time_is_second_in_qualifying(extract, lang, text):
    found = {(r["kind"], r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"]}
    assert {("qualifying", 1, ("Thomas Preining",)), ("qualifying", 2, ("Mirko Bortolotti",))} <= found


@pytest.mark.parametrize("lang, text", [
    ("en", "Lamia, 11 September 2022 – Thierry Neuville won the Acropolis Rally Greece.\n\nChampionship standings "
           "after round 10 of 13\nDrivers: 1. Kalle Rovanperä (Toyota) 207 points, 2. Ott Tänak (Hyundai) 154, 3. "
           "Thierry Neuville (Hyundai) 131.\nManufacturers: 1. Toyota Gazoo Racing 404 points, 2. Hyundai Shell Mobis "
           "World Rally Team 341."),
    ("fr", "Lamía, le 11 septembre 2022 – Thierry Neuville remporte le Rallye de l'Acropole.\n\nClassement du "
           "championnat après la dixième manche\nPilotes : 1. Kalle Rovanperä (Toyota) 207 points, 2. Ott Tänak "
           "(Hyundai) 154, 3. Thierry Neuville (Hyundai) 131.\nConstructeurs : 1. Toyota Gazoo Racing 404 points, 2. "
           "Hyundai Shell Mobis World Rally Team 341."),
])
def test_a_numbered_standings_list_places_each_competitor(extract, lang, text):
    found = {(r["position"], r["category"], r["drivers"][0] if r["drivers"] else r["manufacturer"])
             for r in extract(text, lang)["results"] if r["kind"] == "championship"}
    assert found == {(1, "driver", "Kalle Rovanperä"), (2, "driver", "Ott Tänak"), (3, "driver", "Thierry Neuville"),
                     (1, "manufacturer", "Toyota"), (2, "manufacturer", "Hyundai")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Spa-Francorchamps, 7 May 2022 – The race was wet.\n\nHypercar: 1. Toyota Gazoo Racing No. 7 (Conway/"
           "Kobayashi/López), Toyota GR010 Hybrid; 2. Alpine Elf Team No. 36 (Negrão/Lapierre/Vaxivière), Alpine "
           "A480-Gibson; 3. Glickenhaus Racing No. 708 (Pla/Dumas/Derani), Glickenhaus 007 LMH."),
    ("fr", "Spa-Francorchamps, le 7 mai 2022 – La course était humide.\n\nHypercar : 1. Toyota Gazoo Racing n°7 "
           "(Conway/Kobayashi/López), Toyota GR010 Hybrid ; 2. Alpine Elf Team n°36 (Negrão/Lapierre/Vaxivière), "
           "Alpine A480-Gibson ; 3. Glickenhaus Racing n°708 (Pla/Dumas/Derani), Glickenhaus 007 LMH."),
])
def test_a_numbered_list_goes_on_after_semicolons_each_item_with_its_own_team(extract, lang, text):
    found = [(r["position"], r["drivers"][0], r["team"], r["class"]) for r in extract(text, lang)["results"]]
    assert found == [(1, "Conway", "Toyota Gazoo Racing", "Hypercar"), (2, "Negrão", "Alpine Elf Team", "Hypercar"),
                     (3, "Pla", "Glickenhaus Racing", "Hypercar")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Abu Dhabi, 12. Dezember 2021 – Max Verstappen gewann in Abu Dhabi.\n\nDie Endstände im Überblick:\n"
           "Fahrer: 1. Max Verstappen (Red Bull Racing Honda) 395,5 Punkte, 2. Lewis Hamilton (Mercedes) 387,5.\n"
           "Konstrukteure: 1. Mercedes 613,5 Punkte, 2. Red Bull Racing Honda 585,5, 3. Ferrari 323,5."),
    ("en", "Abu Dhabi, 12 December 2021 – Max Verstappen won in Abu Dhabi.\n\nFinal standings:\nDrivers: 1. Max "
           "Verstappen (Red Bull Racing Honda) 395.5 points, 2. Lewis Hamilton (Mercedes) 387.5.\nManufacturers: 1. "
           "Mercedes 613.5 points, 2. Red Bull Racing Honda 585.5, 3. Ferrari 323.5."),
])
def test_a_make_listed_with_its_points_is_a_competitor_not_a_car(extract, lang, text):
    doc = extract(text, lang)
    found = [(r["position"], r["drivers"][0] if r["drivers"] else r["manufacturer"])
             for r in doc["results"] if r["kind"] == "championship"]
    assert found == [(1, "Max Verstappen"), (2, "Lewis Hamilton"), (1, "Mercedes"), (2, "Red Bull"), (3, "Ferrari")]
    assert not [e for e in doc["entities"] if e["label"] == "CAR"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Diriyah, 15. Dezember 2018 – António Félix da Costa gewann.\n\nErgebnis Ad Diriyah E-Prix (Top 3):\n1. "
           "António Félix da Costa (BMW i Andretti Motorsport)\n2. Jean-Éric Vergne (DS Techeetah)\n3. Jérôme "
           "d'Ambrosio (Mahindra Racing)\n\nStimmen:"),
    ("fr", "Diriyah, le 15 décembre 2018 – António Félix da Costa s'impose.\n\nRésultat de l'E-Prix d'Ad Diriyah :\n1. "
           "António Félix da Costa (BMW i Andretti Motorsport)\n2. Jean-Éric Vergne (DS Techeetah)\n3. Jérôme "
           "d'Ambrosio (Mahindra Racing)\n"),
])
def test_a_numbered_result_list_line_by_line(extract, lang, text):
    found = [(r["kind"], r["position"], r["drivers"]) for r in extract(text, lang)["results"]]
    assert found == [("race", 1, ["António Félix da Costa"]), ("race", 2, ["Jean-Éric Vergne"]),
                     ("race", 3, ["Jérôme d'Ambrosio"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Daytona Beach, 31. Januar 2010 – Action Express Racing gewann.\n\nDie Platzierten in der GT-Klasse:\n1. "
           "SpeedSource, Mazda RX-8 (Jonathan Bomarito/Nick Ham/David Haskell/Sylvain Tremblay)\n2. Farnbacher Loles, "
           "Porsche 911 GT3 Cup (Dirk Werner/Wolf Henzler)\n"),
    ("en", "Daytona Beach, 31 January 2010 – Action Express Racing won.\n\nGT class top two:\n1. SpeedSource, Mazda "
           "RX-8 (Jonathan Bomarito/Nick Ham/David Haskell/Sylvain Tremblay)\n2. Farnbacher Loles, Porsche 911 GT3 Cup "
           "(Dirk Werner/Wolf Henzler)\n"),
])
def test_a_numbered_line_opening_with_an_unknown_team_places_the_crew_it_names(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["drivers"]}
    assert found == {(1, "Jonathan Bomarito"), (2, "Dirk Werner")}


def test_a_numbered_line_naming_a_race_is_no_list_item(extract):
    text = ("Hockenheim, 5. Mai 2019 – Zwei Rennen am Wochenende.\n1. Rennen: René Rast gewann vor Marco "
            "Wittmann.\n2. Rennen: Marco Wittmann siegte vor René Rast.")
    found = {(r["position"], r["drivers"][0]) for r in extract(text, "de")["results"]}
    assert found == {(1, "René Rast"), (2, "Marco Wittmann"), (1, "Marco Wittmann"), (2, "René Rast")}


def test_a_race_is_named_by_a_form_of_its_fullest_name_not_by_another_languages_town(extract):
    text = ("Barcelone, le 30 septembre 2018 – Deuxième à Barcelone, Raffaele Marciello est champion. La victoire "
            "sur le Circuit de Barcelona-Catalunya revient à Maro Engel. Marciello a fêté son titre à Barcelone.")
    events = {r["event"] for r in extract(text, "fr")["results"]}
    assert events and all("Barcelona" in event for event in events)


def test_a_season_success_counted_with_an_ordinal_is_a_win_at_each_place_listed_after_it(extract):
    text = ("Bad Kissingen, 25. August 2019 – Ott Tänak gewann die Rallye Deutschland. Zugleich feierte Tänak den "
            "fünften Saisonerfolg nach Schweden, Chile, Portugal und Finnland.")
    events = {r["event"] for r in extract(text, "de")["results"] if (r["kind"], r["position"]) == ("race", 1)}
    assert {"Schweden", "Chile", "Portugal"} <= events


def test_a_season_success_without_an_ordinal_is_no_win(extract):
    text = "Rovaniemi, 5. August 2019 – Der zweite Platz in Finnland war für Ott Tänak ein wichtiger Saisonerfolg."
    assert [(r["kind"], r["position"]) for r in extract(text, "de")["results"]] == [("race", 2)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Lusail, 2 March 2024 – Porsche won.\n\nLMGT3, top two:\n1. #92 Manthey PureRxcing, Porsche 911 GT3 R "
           "(Aliaksandr Malykhin, Joel Sturm, Klaus Bachler)\n2. #27 Heart of Racing Team, Aston Martin Vantage AMR "
           "(Ian James, Daniel Mancinelli, Alex Riberas)\n"),
    ("de", "Lusail, 2. März 2024 – Porsche gewann.\n\nLMGT3, die ersten zwei:\n1. #92 Manthey PureRxcing, Porsche "
           "911 GT3 R (Aliaksandr Malykhin, Joel Sturm, Klaus Bachler)\n2. #27 Heart of Racing Team, Aston Martin "
           "Vantage AMR (Ian James, Daniel Mancinelli, Alex Riberas)\n"),
    ("fr", "Lusail, le 2 mars 2024 – Porsche s'impose.\n\nLMGT3, les deux premiers :\n1. n°92 Manthey PureRxcing, "
           "Porsche 911 GT3 R (Aliaksandr Malykhin, Joel Sturm, Klaus Bachler)\n2. n°27 Heart of Racing Team, Aston "
           "Martin Vantage AMR (Ian James, Daniel Mancinelli, Alex Riberas)\n"),
])
def test_a_numbered_line_with_a_car_number_and_a_team_places_the_crew_in_parentheses(extract, lang, text):
    found = {(r["position"], r["drivers"][-1], r["team"]) for r in extract(text, lang)["results"] if r["drivers"]}
    assert found == {(1, "Klaus Bachler", "Manthey PureRxcing"), (2, "Alex Riberas", "Heart of Racing Team")}


def test_a_verb_after_an_apposition_goes_on_about_the_name_before_it(extract):
    text = ("Nuremberg, le 3 juillet 2011 – Bruno Spengler a gagné, tandis que Martin Tomczyk, parti dixième, a hissé "
            "l'Audi A4 DTM de l'Audi Sport Team Phoenix sur la troisième marche du podium.")
    found = {(r["position"], tuple(r["drivers"])) for r in extract(text, "fr")["results"]}
    assert (3, ("Martin Tomczyk",)) in found and (3, ()) not in found


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 14. Oktober 2007 – Mattias Ekström ist Meister. Schon das Qualifying war ganz nach dem "
           "Geschmack von Audi verlaufen. Tom Kristensen fuhr auf die Pole-Position, Timo Scheider und Mattias Ekström "
           "machten als Zweiter und Dritter das Audi-Trio an der Spitze perfekt."),
    ("en", "Hockenheim, 14 October 2007 – Mattias Ekström is champion. Qualifying had already gone Audi's way. Tom "
           "Kristensen took pole position, and Timo Scheider and Mattias Ekström made it an Audi trio in second and "
           "third."),
])
def test_a_pole_after_a_sentence_about_the_session_keeps_the_places_after_it_in_qualifying(extract, lang, text):
    found = {(r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["drivers"]}
    assert {("qualifying", 1, "Tom Kristensen"), ("qualifying", 2, "Timo Scheider"),
            ("qualifying", 3, "Mattias Ekström")} <= found and ("race", 2, "Timo Scheider") not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 7 September 2008 – Mattias Ekström won the DTM race at the Circuit Bugatti. Bruno Spengler was "
           "seventh, followed by Tom Kristensen, Mike Rockenfeller and Jamie Green."),
    ("fr", "Le Mans, le 7 septembre 2008 – Mattias Ekström remporte la course du DTM sur le circuit Bugatti. Bruno "
           "Spengler a terminé septième, suivi de Tom Kristensen, Mike Rockenfeller et Jamie Green."),
])
def test_the_names_after_followed_by_take_the_next_places(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert {(7, "Bruno Spengler"), (8, "Tom Kristensen"), (9, "Mike Rockenfeller"), (10, "Jamie Green")} <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nuremberg, le 2 juillet 2017 – Bruno Spengler s'impose. Suivent Paul Di Resta (6e), Augusto Farfus (7e) et "
           "Jamie Green (8e)."),
    ("en", "Nuremberg, 2 July 2017 – Bruno Spengler won. Next came Paul Di Resta (6th), Augusto Farfus (7th) and Jamie "
           "Green (8th)."),
    ("de", "Nürnberg, 2. Juli 2017 – Bruno Spengler gewann. Es folgten Paul Di Resta (6.), Augusto Farfus (7.) und "
           "Jamie Green (8.)."),
])
def test_a_rank_in_parentheses_after_a_name_is_that_persons(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert {(6, "Paul Di Resta"), (7, "Augusto Farfus"), (8, "Jamie Green")} <= found


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 20. Juli 2014 – Nico Rosberg gewann den Großen Preis von Deutschland. Auf den Plätzen sieben "
           "bis zehn folgten Nico Hülkenberg (Force India), die McLaren-Piloten Jenson Button und Kevin Magnussen "
           "sowie Sergio Pérez im zweiten Force India."),
    ("en", "Hockenheim, 20 July 2014 – Nico Rosberg won the German Grand Prix. Places seven to ten went to Nico "
           "Hülkenberg (Force India), the McLaren drivers Jenson Button and Kevin Magnussen, and Sergio Pérez in the "
           "second Force India."),
])
def test_a_range_of_places_goes_on_with_the_names_listed_after_the_comma(extract, lang, text):
    found = {(r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"]}
    assert found == {(1, ("Nico Rosberg",)), (7, ("Nico Hülkenberg",)), (8, ("Jenson Button",)),
                     (9, ("Kevin Magnussen",)), (10, ("Sergio Pérez",))}


def test_the_names_after_behind_and_a_name_with_particles_take_the_next_places(extract):
    text = ("Hockenheim, 9. Oktober 2022 – Marco Wittmann gewann, Sheldon van der Linde wurde Dritter und ist Meister. "
            "Hinter van der Linde kamen Marius Zug, Kelvin van der Linde und Nico Müller ins Ziel.")
    found = {(r["position"], r["drivers"][0]) for r in extract(text, "de")["results"] if r["kind"] == "race"}
    assert {(3, "Sheldon van der Linde"), (4, "Marius Zug"), (5, "Kelvin van der Linde"), (6, "Nico Müller")} <= found


def test_a_date_after_a_comma_is_no_numbered_list(extract):
    text = "Hockenheim, 1. Mai 2019 – Marco Wittmann gewann das Rennen vor René Rast."
    assert [(r["position"], r["drivers"]) for r in extract(text, "de")["results"]] == [
        (1, ["Marco Wittmann"]), (2, ["René Rast"])]


def test_a_fronted_rank_with_its_gap_to_the_winner_goes_to_the_crew_of_the_car_named(extract):
    text = ("Le Mans, le 17 juin 2001 – Frank Biela, Tom Kristensen et Emanuele Pirro ont remporté les 24 Heures du "
            "Mans.\n– Quatrième à 23 tours du vainqueur, la Chrysler LMP n°16 du Team PlayStation, pilotée par Olivier "
            "Beretta, Karl Wendlinger et Pedro Lamy, est la meilleure des Chrysler.")
    found = {(r["position"], r["drivers"][0]) for r in extract(text, "fr")["results"]}
    assert found == {(1, "Frank Biela"), (4, "Olivier Beretta")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, le 17 juin 2001 – Frank Biela, Tom Kristensen et Emanuele Pirro ont remporté les 24 Heures du "
           "Mans. Ils devancent d'une seule boucle l'Audi R8 n°2 de Laurent Aïello, Rinaldo Capello et Christian "
           "Pescatori, qui complète le doublé de la firme d'Ingolstadt."),
    ("en", "Le Mans, 17 June 2001 – Frank Biela, Tom Kristensen and Emanuele Pirro won the 24 Hours of Le Mans. One "
           "lap down came the Audi R8 No. 2 of Laurent Aïello, Rinaldo Capello and Christian Pescatori, who completed "
           "the one-two for the Ingolstadt make."),
])
def test_a_relative_clause_completing_a_one_two_is_second(extract, lang, text):
    aiello = {r["position"] for r in extract(text, lang)["results"] if "Laurent Aïello" in r["drivers"]}
    assert aiello == {2}


@pytest.mark.parametrize("lang, text", [
    ("en", "Sebring, March 18, 2023 – Pipo Derani, Jack Aitken and Alexander Sims won the Twelve Hours of Sebring.\n\n"
           "Class winners\nLMP3: No. 74 Riley Motorsports Ligier JS P320 – Felipe Fraga / Josh Burdon\nGTD Pro: No. 9 "
           "Pfaff Motorsports Porsche 911 GT3 R – Klaus Bachler / Patrick Pilet / Laurens Vanthoor\n"),
    ("de", "Sebring, 18. März 2023 – Pipo Derani, Jack Aitken und Alexander Sims gewannen die 12 Stunden von Sebring."
           "\n\nKlassensieger\nLMP3: Nr. 74 Riley Motorsports Ligier JS P320 – Felipe Fraga / Josh Burdon\nGTD Pro: "
           "Nr. 9 Pfaff Motorsports Porsche 911 GT3 R – Klaus Bachler / Patrick Pilet / Laurens Vanthoor\n"),
])
def test_the_lines_under_a_heading_of_class_winners_are_class_wins(extract, lang, text):
    found = {(r["kind"], r["position"], r["class"], r["drivers"][0]) for r in extract(text, lang)["results"]
             if r["drivers"][0] != "Pipo Derani"}
    assert found == {("race", 1, "LMP3", "Felipe Fraga"), ("race", 1, "GTD Pro", "Klaus Bachler")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Jyväskylä, 22. November 2017 – Jari-Matti Latvala belegte in der Fahrerwertung Rang vier, Toyota Gazoo "
           "Racing beendete die Herstellerwertung als Dritter."),
    ("en", "Jyväskylä, 22 November 2017 – Jari-Matti Latvala was fourth in the drivers' standings, and Toyota Gazoo "
           "Racing finished the manufacturers' championship in third place."),
])
def test_a_works_team_in_the_makes_standing_stands_for_its_make(extract, lang, text):
    found = {(r["category"], r["position"], r["manufacturer"]) for r in extract(text, lang)["results"]}
    assert ("manufacturer", 3, "Toyota") in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Tallinn, 2 December 2019 – Ott Tänak is world champion. Sébastien Ogier, the six-time champion, finished "
           "third this year with Citroën."),
    ("fr", "Tallinn, le 2 décembre 2019 – Ott Tänak est champion du monde. Sébastien Ogier, sextuple champion, "
           "termine troisième cette année avec Citroën."),
])
def test_a_rank_of_the_whole_season_is_a_standing_and_the_make_driven_is_no_competitor(extract, lang, text):
    found = {(r["kind"], r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"]}
    assert found == {("championship", 3, ("Sébastien Ogier",))}


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 17 June 2012 – Audi won. Anthony Davidson took off in No. 8 after contact with a GT car and "
           "crashed heavily."),
    ("de", "Le Mans, 17. Juni 2012 – Audi gewann. Anthony Davidson hob mit der Nr. 8 nach einer Berührung mit einem "
           "GT-Fahrzeug ab und schlug schwer ein."),
    ("fr", "Le Mans, le 17 juin 2012 – Audi s'impose. Anthony Davidson a décollé avec la n°8 après un contact avec une "
           "GT avant de heurter violemment les protections."),
    ("en", "Monza, 12 September 2021 – Daniel Ricciardo won. Anthony Davidson was launched over a kerb and took no "
           "further part."),
])
def test_a_heavy_crash_in_the_race_is_a_retirement(extract, lang, text):
    assert [r["drivers"] for r in extract(text, lang)["results"] if r["status"] == "retired"] == [["Anthony Davidson"]]


@pytest.mark.parametrize("text, winner", [
    ("Mexiko-Stadt, 12. Februar 2022 – 2019 war Pascal Wehrlein im Mahindra auf Siegkurs, als ihn Lucas di Grassi auf "
     "den letzten Metern noch abfing und gewann.", "Lucas di Grassi"),
    ("Mexiko-Stadt, 12. Februar 2022 – Pascal Wehrlein fuhr stark, nachdem er Lucas di Grassi überholt hatte, und "
     "gewann.", "Pascal Wehrlein"),
])
def test_a_coordinated_verb_after_a_subordinate_clause_goes_on_with_its_named_subject(extract, text, winner):
    assert [r["drivers"] for r in extract(text, "de")["results"] if r["position"] == 1] == [[winner]]


def test_a_bare_tally_after_on_at_the_end_of_a_clause_is_a_standing(extract):
    text = ("Rome, 10 April 2022 – Mitch Evans won. Jean-Éric Vergne now leads on 60, two ahead of Robin Frijns, with "
            "Stoffel Vandoorne third on 56.")
    assert sorted((r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]
                  if r["kind"] == "championship") == [(1, "Jean-Éric Vergne"), (2, "Robin Frijns"),
                                                      (3, "Stoffel Vandoorne")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburg, 24. Juli 2016 – Die Weltmeister Timo Bernhard und Brendon Hartley warten 2016 noch auf ihren "
           "ersten Sieg."),
    ("en", "Nürburg, 24 July 2016 – World champions Timo Bernhard and Brendon Hartley are still waiting for their "
           "first win in 2016."),
    ("fr", "Nürburg, le 24 juillet 2016 – Les champions du monde Timo Bernhard et Brendon Hartley attendent toujours "
           "leur première victoire en 2016."),
])
def test_a_win_still_waited_for_is_no_result(extract, lang, text):
    assert extract(text, lang)["results"] == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 20. Juni 2021 – Liam Lawson gewann am Samstag. Der Samstagssieger drehte sich nach einer "
           "Berührung mit Esteban Muth und fiel bis auf Platz 14 zurück."),
    ("en", "Monza, 20 June 2021 – Liam Lawson won on Saturday. The Saturday winner spun after contact with Esteban "
           "Muth and dropped to 14th."),
])
def test_the_one_named_after_a_word_of_contact_is_an_opponent_not_the_one_placed(extract, lang, text):
    assert not any("Esteban Muth" in r["drivers"] for r in extract(text, lang)["results"])


@pytest.mark.parametrize("text", [
    "Daytona Beach, 25 January 2015 – Scott Dixon won the Rolex 24. At the restart Dixon held off Sébastien Bourdais.",
    "Fuji, 11 September 2022 – Scott Dixon won the race and beat the No. 5 of Sébastien Bourdais.",
])
def test_the_one_held_off_or_beaten_by_the_winner_is_second(extract, text):
    assert sorted((r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]) == [
        (1, "Scott Dixon"), (2, "Sébastien Bourdais")]


def test_a_make_after_for_is_the_make_driven_for_and_the_subject_keeps_the_rank(extract):
    text = ("Shanghai, 28. November 2010 – Paul di Resta ist Meister. Timo Scheider hatte di Resta in der Schlussphase "
            "bedrängt und kam für Audi auf Platz drei.")
    assert [(r["position"], r["drivers"], r["manufacturer"]) for r in extract(text, "de")["results"]
            if r["kind"] == "race"] == [(3, ["Timo Scheider"], "Audi")]


def test_a_name_coordinated_after_the_subjects_apposition_joins_the_subject(extract):
    text = ("Shanghai, 28. November 2010 – Paul di Resta ist Meister. Timo Scheider, Meister der Jahre 2008 und 2009, "
            "und Martin Tomczyk hatten di Resta bedrängt und kamen für Audi auf die Plätze drei und vier.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "de")["results"] if r["kind"] == "race"] == [
        (3, ["Timo Scheider"]), (4, ["Martin Tomczyk"])]


@pytest.mark.parametrize("lang, text, behind", [
    ("fr", "Berlin, le 13 août 2020 – DS Techeetah est champion. Chez les équipes, Nissan e.dams devance "
           "Mercedes-Benz EQ pour la deuxième place.", "Mercedes-Benz EQ"),
    ("en", "Berlin, 13 August 2020 – DS Techeetah are champions. Among the teams, Nissan e.dams heads Mercedes-EQ for "
           "second place.", "Mercedes-EQ"),
])
def test_the_one_a_verb_of_being_ahead_puts_behind_takes_the_place_after_the_one_named(extract, lang, text, behind):
    assert sorted((r["position"], r["team"]) for r in extract(text, lang)["results"]) == [(2, "Nissan e.dams"),
                                                                                          (3, behind)]


def test_german_class_wins_said_by_a_split_verb_a_fronted_class_or_a_class_given_to_a_crew(extract):
    text = ("Sebring, 21. März 2009 – Audi gewinnt. Die GT1-Klasse ging an Jan Magnussen und Johnny O'Connell, in der "
            "GT2 siegte der Ferrari von Risi Competizione mit Jaime Melo und Mika Salo. In der Klasse LMP2 setzten "
            "sich "
            "David Brabham und Scott Sharp mit dem Acura durch, im Gesamtklassement bedeutete das Rang drei.")
    found = {(r["class"], r["position"], r["drivers"][0]) for r in extract(text, "de")["results"] if r["drivers"]}
    assert {("GT1", 1, "Jan Magnussen"), ("GT2", 1, "Jaime Melo"), ("LMP2", 1, "David Brabham")} <= found


@pytest.mark.parametrize("lang, text", [
    ("de", "Baku, 25. Juni 2017 – Daniel Ricciardo gewann. Lance Stroll lag sogar lange auf Rang zwei."),
    ("fr", "Fafe, le 20 mai 2022 – Kalle Rovanperä, longtemps troisième, a crevé dans l'ES12."),
])
def test_a_place_held_for_a_long_time_is_no_classification(extract, lang, text):
    assert [r["position"] for r in extract(text, lang)["results"] if r["drivers"] != ["Daniel Ricciardo"]] == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Fafe, 22. Mai 2022 – Kalle Rovanperä gewann. Bryan Bouffier fiel am Samstag aus, ebenso wie Jari-Matti "
           "Latvala."),
    ("en", "Fafe, 22 May 2022 – Kalle Rovanperä won. Bryan Bouffier retired on Saturday, as did Jari-Matti Latvala."),
    ("fr", "Fafe, le 22 mai 2022 – Kalle Rovanperä s'impose. Bryan Bouffier a abandonné samedi, tout comme "
           "Jari-Matti Latvala."),
])
def test_a_competitor_named_after_a_likewise_phrase_shares_the_status_before(extract, lang, text):
    found = {(r["drivers"][0], r["status"]) for r in extract(text, lang)["results"] if r["position"] is None}
    assert found == {("Bryan Bouffier", "retired"), ("Jari-Matti Latvala", "retired")}


def test_a_name_after_a_make_compound_descriptor_opens_a_clause_of_its_own(extract):
    text = ("New York, 16. Juli 2017 – Sam Bird gewann vor Felix Rosenqvist. Rosenqvist sah als Zweiter die "
            "Zielflagge, Mahindra-Teamkollege Nick Heidfeld stand ebenfalls auf dem Podium.")
    found = {(r["drivers"][0], r["position"], r["status"]) for r in extract(text, "de")["results"]}
    assert {("Felix Rosenqvist", 2, "finished"), ("Nick Heidfeld", None, "podium")} <= found
    assert ("Nick Heidfeld", 2, "finished") not in found


@pytest.mark.parametrize("sentence", [
    "Roman Rusinov blieb nach dem Wiederanlauf auf der Kemmel-Geraden stehen.",
    "Der führende Toyota #5 von Roman Rusinov blieb wenige Minuten vor Schluss mit einem Defekt stehen.",
])
def test_a_car_that_stopped_on_track_retired(extract, sentence):
    text = "Spa, 25. September 2021 – Team WRT gewann. " + sentence
    assert [(r["drivers"], r["status"]) for r in results(extract, text) if r["drivers"] == ["Roman Rusinov"]] == [
        (["Roman Rusinov"], "retired")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, le 28 janvier 2024 – Thierry Neuville a remporté le Rallye Monte-Carlo. Il avait déjà gagné le "
           "Monte-Carlo en 2020."),
    ("en", "Monaco, 28 January 2024 – Thierry Neuville won the Rallye Monte-Carlo. He had already won Monte-Carlo in "
           "2020."),
])
def test_the_town_of_the_releases_own_rally_is_that_rally_in_another_year(extract, lang, text):
    wins = {r["season"]: r["event"] for r in extract(text, lang)["results"] if r["drivers"] == ["Thierry Neuville"]}
    assert wins[2024] == "Rallye Monte-Carlo"
    assert "Monte-Carlo" in wins[2020]


def test_the_last_podium_place_is_third(extract):
    text = ("Bathurst, 2. Februar 2025 – Team WRT gewann. Den letzten Podiumsplatz sicherten sich Jules Gounon, Luca "
            "Stolz und Kenny Habul im Mercedes-AMG GT3 von 75 Express.")
    assert [(r["position"], r["status"]) for r in results(extract, text) if r["drivers"] and
            r["drivers"][0] == "Jules Gounon"] == [(3, "finished")]


@pytest.mark.parametrize("text, found", [
    ("Bathurst, 2. Februar 2025 – Team WRT gewann. In der Bronze-Wertung siegte Heart of Racing by SPS, das als "
     "Gesamtsiebter ins Ziel kam.", {("race", 1, "Bronze"), ("race", 7, None)}),
    ("Hockenheim, 5. Oktober 2025 – Ayhancan Güven ist Meister. Thomas Preining wurde Gesamtsiebter.",
     {("championship", 7, None)}),
])
def test_an_overall_rank_word_is_the_races_in_a_sentence_naming_a_class(extract, text, found):
    assert {(r["kind"], r["position"], r["class"]) for r in extract(text)["results"]
            if (r["team"] or "").startswith("Heart of Racing") or r["drivers"] == ["Thomas Preining"]} == found


@pytest.mark.parametrize("lang, text", [
    ("de", "Grove, 25. November 2014 – Valtteri Bottas und Felipe Massa fuhren für Williams. Massa, 2008 mit einem "
           "Punkt Rückstand auf Lewis Hamilton Vizeweltmeister, stand in Monza als Dritter auf dem Podium."),
    ("en", "Grove, 25 November 2014 – Valtteri Bottas and Felipe Massa drove for Williams. Massa, 2008 championship "
           "runner-up, finished third at Monza."),
])
def test_a_year_opening_an_apposition_dates_only_the_apposition(extract, lang, text):
    assert [(r["season"], r["event"]) for r in extract(text, lang)["results"] if r["kind"] == "race"] == [
        (2014, "Monza")]


def test_places_after_a_rank_go_up_to_the_next_rank(extract):
    text = ("Grove, 25. November 2014 – Williams ist Dritter. Es folgten für Valtteri Bottas zweite Plätze in "
            "Silverstone und in Hockenheim sowie dritte Ränge in Spa-Francorchamps und Sotschi.")
    assert sorted((r["position"], r["event"]) for r in results(extract, text) if r["drivers"]) == [
        (2, "Hockenheim"), (2, "Silverstone"), (3, "Sotschi"), (3, "Spa-Francorchamps")]


def test_a_nationality_in_its_oblique_form_stands_for_the_person_of_it(extract):
    text = ("Grove, 25. November 2014 – Valtteri Bottas wurde Dritter, Felipe Massa Vierter. Es folgten für den "
            "Finnen zweite Plätze in Silverstone und in Hockenheim.")
    assert {r["drivers"][0] for r in results(extract, text) if r["position"] == 2} == {"Valtteri Bottas"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Rom, 13. April 2019 – Beim E-Prix von Rom hat Mitch Evans gewonnen. Der 24-Jährige aus Auckland setzte "
           "sich vor André Lotterer und Stoffel Vandoorne durch."),
    ("en", "Rome, 13 April 2019 – Mitch Evans won the Rome E-Prix. The 24-year-old from Auckland won ahead of André "
           "Lotterer and Stoffel Vandoorne."),
])
def test_a_place_a_person_comes_from_is_no_meeting(extract, lang, text):
    document = extract(text, lang)
    assert "Auckland" not in {r["event"] for r in document["results"]}
    assert "Auckland" not in {e["venue"] for e in document["events"]}
    assert (2, "André Lotterer") in {(r["position"], r["drivers"][0]) for r in document["results"]}


def test_a_list_headed_by_a_race_classification_ranks_the_race(extract):
    text = ("Hamilton, 2 September 2007 – Marcus Grönholm won Rally New Zealand.\n\nFinal classification\n"
            "1. Marcus Grönholm / Timo Rautiainen (Ford Focus RS WRC 07) 3hr 52min 53.9sec\n"
            "2. Sébastien Loeb / Daniel Elena (Citroën C4 WRC) +0.3sec\n"
            "3. Mikko Hirvonen / Jarmo Lehtinen (Ford Focus RS WRC 07) +1min 42.8sec\n")
    ranked = {(r["kind"], r["position"]) for r in extract(text, "en")["results"] if r["drivers"][0] != "Marcus Grönholm"}
    assert ranked == {("race", 2), ("race", 3)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Budapest, 24 August 2003 – Fernando Alonso won. The previous record had stood since 1959, when Bruce "
           "McLaren won the United States Grand Prix at Sebring."),
    ("de", "Budapest, 24. August 2003 – Fernando Alonso gewann. Es ist der erste Rekord seit 1959, als Bruce McLaren "
           "den Großen Preis der USA in Sebring gewann."),
    ("fr", "Budapest, le 24 août 2003 – Fernando Alonso s'impose. Le précédent record tenait depuis 1959 : Bruce "
           "McLaren avait remporté le Grand Prix des États-Unis à Sebring."),
])
def test_a_clause_after_a_year_and_its_comma_or_colon_is_of_that_year_and_an_events_venue_is_one_meeting(
        extract, lang, text):
    event = {"en": "United States Grand Prix", "de": "Großer Preis der USA", "fr": "Grand Prix des États-Unis"}[lang]
    assert [(r["season"], r["event"]) for r in extract(text, lang)["results"] if r["drivers"] == ["Bruce McLaren"]] \
        == [(1959, event)]


def test_a_clause_after_a_year_and_its_comma_with_a_year_of_its_own_keeps_it(extract):
    text = ("Barcelona, 27. Oktober 2019 – Ott Tänak ist Weltmeister. Für Toyota ist es der erste Fahrertitel seit "
            "Didier Auriol 1994, nachdem die Marke im Vorjahr bereits die Herstellerwertung gewonnen hatte.")
    assert {(t["category"], t["season"]) for t in extract(text)["titles"] if t["category"] == "manufacturer"} == {
        ("manufacturer", 2018)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Budapest, 24 August 2003 – Fernando Alonso won. Rubens Barrichello's afternoon ended early when a "
           "suspension failure sent his Ferrari into the barriers."),
    ("fr", "Budapest, le 24 août 2003 – Fernando Alonso s'impose. La course de Rubens Barrichello s'est arrêtée "
           "prématurément lorsqu'une rupture de suspension a envoyé sa Ferrari dans les barrières."),
])
def test_a_race_that_ended_early_is_a_retirement(extract, lang, text):
    assert [r["status"] for r in extract(text, lang)["results"] if r["drivers"] == ["Rubens Barrichello"]] == [
        "retired"]


def test_a_place_after_a_since_word_and_a_possessor_is_another_meeting(extract):
    text = ("Grove, 25. November 2014 – Den Durchbruch brachte der Große Preis von Österreich in Spielberg. Im "
            "Qualifying fuhr Felipe Massa auf die Pole-Position, Valtteri Bottas wurde Zweiter – die erste "
            "Williams-Pole seit Pastor Maldonados Qualifying-Bestzeit in Barcelona 2012. Im Rennen holte Bottas als "
            "Dritter seinen ersten Podestplatz.")
    found = {(r["kind"], r["position"], r["event"]) for r in extract(text)["results"] if r["season"] == 2014}
    assert {("qualifying", 1, "Großer Preis von Österreich"), ("race", 3, "Großer Preis von Österreich")} <= found
    assert "Barcelona" not in {event for _, _, event in found}


def test_a_failure_that_ended_a_run_is_a_retirement(extract):
    text = ("Lamia, 11 September 2022 – Thierry Neuville won. Sébastien Loeb had set the pace on Friday, only for an "
            "alternator failure to end his run.")
    assert [r["status"] for r in extract(text, "en")["results"] if r["drivers"] == ["Sébastien Loeb"]] == ["retired"]


def test_a_fastest_time_of_several_words_ranks_qualifying(extract):
    text = ("Monza, le 14 septembre 2008 – Sebastian Vettel a remporté le Grand Prix d'Italie. Dès samedi, il a signé "
            "le meilleur temps des qualifications devant Heikki Kovalainen et Mark Webber (Red Bull Racing). Ogier a "
            "signé le 700e meilleur temps de sa carrière.")
    qualifying = [r for r in extract(text, "fr")["results"] if r["kind"] == "qualifying"]
    assert sorted((r["position"], r["drivers"][0]) for r in qualifying) == [
        (1, "Sebastian Vettel"), (2, "Heikki Kovalainen"), (3, "Mark Webber")]


def test_the_one_beaten_across_the_line_is_the_races_second_though_the_winner_started_from_pole(extract):
    text = ("Monza, le 14 septembre 2008 – Sebastian Vettel a remporté le Grand Prix d'Italie. Parti de la pole "
            "position, le pilote de Heppenheim a franchi la ligne d'arrivée au terme des 53 tours devant Heikki "
            "Kovalainen sur McLaren.")
    assert [(r["kind"], r["position"]) for r in extract(text, "fr")["results"]
            if r["drivers"] == ["Heikki Kovalainen"]] == [("race", 2)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Rom, 13. April 2019 – Mitch Evans gewann. Bei den 24 Stunden von Le Mans siegte Jaguar sieben Mal, zuletzt "
           "1988 und 1990."),
    ("en", "Rome, 13 April 2019 – Mitch Evans won. At the Le Mans 24 Hours Jaguar won seven times, most recently in "
           "1988 and 1990."),
])
def test_a_count_of_wins_with_its_latest_years_gives_a_win_in_each(extract, lang, text):
    assert sorted(r["season"] for r in extract(text, lang)["results"] if r["manufacturer"] == "Jaguar"
                  and not r["drivers"]) == [1988, 1990]


def test_a_standings_word_before_a_race_noun_names_a_race(extract):
    text = ("Mugello, 13 September 2020 – Lewis Hamilton won. The story began at Monaco in 1950, where Alberto Ascari "
            "finished second in the team's first World Championship race.")
    assert [(r["kind"], r["position"], r["season"], r["event"]) for r in extract(text, "en")["results"]
            if r["drivers"] == ["Alberto Ascari"]] == [("race", 2, 1950, "Monaco")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, le 26 septembre 1999 – Johnny Herbert s'impose. Giancarlo Fisichella a connu le même sort alors "
           "qu'il menait, avant que Ralf Schumacher ne perde la victoire sur une crevaison."),
    ("fr", "Le Mans, le 14 juin 2017 – Toyota arrive en favori. « Cette fois, je veux monter sur la plus haute "
           "marche », a déclaré Stéphane Sarrazin."),
    ("en", "Nürburg, 26 September 1999 – Johnny Herbert won. Ralf Schumacher lost the win to a puncture."),
])
def test_a_win_lost_or_wanted_is_no_win(extract, lang, text):
    results = extract(text, lang)["results"]
    assert [r for r in results if r["drivers"] and r["drivers"][0] in ("Ralf Schumacher", "Stéphane Sarrazin")] == []
    assert [r["drivers"] for r in results if r["position"] == 1] == ([["Johnny Herbert"]] if "Herbert" in text else [])


def test_a_rank_after_a_semicolon_that_follows_a_qualifying_rank_is_a_qualifying_one(extract):
    text = ("Monza, 14. September 2008 – Sebastian Vettel gewann. Im Regen sicherte er sich im letzten "
            "Qualifying-Abschnitt die Bestzeit vor Heikki Kovalainen; sein Teamkollege Sébastien Bourdais "
            "komplettierte als Vierter ein herausragendes Mannschaftsergebnis.")
    assert [(r["kind"], r["position"]) for r in results(extract, text) if r["drivers"] == ["Sébastien Bourdais"]] == [
        ("qualifying", 4)]


def test_a_place_after_a_comma_and_a_preposition_is_the_clause_s_own(extract):
    text = ("Budapest, le 24 août 2003 – Fernando Alonso s'impose. En mars, il avait terminé troisième au Grand Prix "
            "de Malaisie, et en mai, il avait pris la deuxième place derrière Michael Schumacher lors de sa course à "
            "domicile, à Barcelone.")
    found = {(r["position"], r["drivers"][0], r["event"]) for r in extract(text, "fr")["results"]
             if r["season"] == 2003}
    assert {(3, "Fernando Alonso", "Grand Prix de Malaisie"), (2, "Fernando Alonso", "Barcelone"),
            (1, "Michael Schumacher", "Barcelone")} <= found


@pytest.mark.parametrize("lang, text", [
    ("en", "São Paulo, 21 October 2007 – Kimi Räikkönen is the champion. Before the finale, Lewis Hamilton led the "
           "drivers' standings on 107 points, and Räikkönen was only third on 100."),
    ("fr", "São Paulo, le 21 octobre 2007 – Kimi Räikkönen est champion. Avant la finale, Räikkönen était seulement "
           "troisième du championnat."),
])
def test_an_adverb_between_an_ordinal_cue_and_the_ordinal_keeps_the_rank(extract, lang, text):
    assert [r["position"] for r in extract(text, lang)["results"] if r["drivers"] == ["Kimi Räikkönen"]] == [3]


def test_german_spun_out_is_a_retirement_and_completing_a_triple_is_third(extract):
    text = ("Nürburg, 29. Juni 2003 – Ralf Schumacher gewann. Vierter wurde Fernando Alonso, nachdem David Coulthard "
            "sich kurz vor Schluss ins Aus gedreht hatte. Mike Rockenfeller machte den Dreifacherfolg perfekt.")
    found = {(r["drivers"][0], r["position"], r["status"]) for r in results(extract, text)}
    assert {("David Coulthard", None, "retired"), ("Mike Rockenfeller", 3, "finished")} <= found


def test_lmgtp_is_a_class_of_its_own(extract):
    text = ("Le Mans, le 17 juin 2001 – Audi signe un doublé. Troisième au classement général et première de la "
            "catégorie LMGTP, la Bentley EXP Speed 8 n°8 d'Andy Wallace, Butch Leitzinger et Eric van de Poele offre "
            "à la marque britannique un retour réussi.")
    assert ("LMGTP", ["Andy Wallace", "Butch Leitzinger", "Eric van de Poele"]) in [
        (r["class"], r["drivers"]) for r in extract(text, "fr")["results"] if r["position"] == 1]


def test_a_day_between_commas_does_not_cut_the_clause(extract):
    text = ("Ajaccio, le 16 octobre 2005 – Sébastien Loeb gagne le Tour de Corse. Après l'abandon, vendredi, de la "
            "Peugeot 307 WRC de Marcus Grönholm, Citroën pouvait espérer conclure.")
    assert [r["status"] for r in extract(text, "fr")["results"] if r["drivers"] == ["Marcus Grönholm"]] == ["retired"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Montreal, 12 June 2011 – Jenson Button won. Positions five to seven went to Vitaly Petrov, Felipe Massa "
           "and Kamui Kobayashi."),
    ("fr", "Montréal, le 12 juin 2011 – Jenson Button gagne. Places cinq à sept pour Vitaly Petrov, Felipe Massa et "
           "Kamui Kobayashi."),
])
def test_a_position_noun_may_open_the_sentence(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["kind"] == "race"}
    assert {(5, "Vitaly Petrov"), (6, "Felipe Massa"), (7, "Kamui Kobayashi")} <= found


@pytest.mark.parametrize("lang, text", [
    ("en", "Spa-Francorchamps, 26 July 2015 – Nick Catsburg, Lucas Luhr and Markus Palttala won the Total 24 Hours of "
           "Spa. Gianmaria Bruni, Alessandro Pier Guidi, Pasin Lathouras and Stéphane Lémeret were fourth in the AF "
           "Corse Ferrari 458 Italia, which also won the Pro-Am class, ahead of André Lotterer, Marcel Fässler and "
           "Mike Rockenfeller in the second Phoenix Audi."),
    ("fr", "Spa-Francorchamps, le 26 juillet 2015 – Nick Catsburg, Lucas Luhr et Markus Palttala ont gagné les 24 "
           "Heures de Spa. Gianmaria Bruni, Alessandro Pier Guidi, Pasin Lathouras et Stéphane Lémeret ont terminé "
           "quatrièmes sur la Ferrari 458 Italia d'AF Corse, qui a aussi gagné la catégorie Pro-Am, devant André "
           "Lotterer, Marcel Fässler et Mike Rockenfeller."),
])
def test_a_crew_listed_after_a_relative_clause_s_win_takes_the_place_after_the_main_one(extract, lang, text):
    ranks = {r["position"] for r in extract(text, lang)["results"] if "André Lotterer" in r["drivers"]}
    crews = {tuple(r["drivers"]) for r in extract(text, lang)["results"] if "André Lotterer" in r["drivers"]}
    assert ranks == {5}
    assert crews == {("André Lotterer", "Marcel Fässler", "Mike Rockenfeller")}


def test_a_relative_clause_after_a_team_s_car_is_about_its_crew(extract):
    text = ("Spa-Francorchamps, 26 July 2015 – Nick Catsburg, Lucas Luhr and Markus Palttala won the Total 24 Hours of "
            "Spa. Gianmaria Bruni and Stéphane Lémeret were fourth in the AF Corse Ferrari 458 Italia, which also won "
            "the Pro-Am class.")
    wins = [r["drivers"] for r in extract(text, "en")["results"] if r["position"] == 1]
    assert ["Gianmaria Bruni", "Stéphane Lémeret"] in wins
    assert [] not in wins  # not the team's alone


def test_the_event_run_in_the_dateline_s_town_is_the_release_s_own(extract):
    text = ("SEBRING, Fla., March 19, 2016 – Seven weeks after winning the Rolex 24 At Daytona, Tequila Patrón ESM has "
            "done it again. Pipo Derani won the 64th Mobil 1 Twelve Hours of Sebring.\n\nDane Cameron finished second.")
    assert [r["event"] for r in extract(text, "en")["results"] if r["drivers"] == ["Dane Cameron"]] == [
        "Mobil 1 Twelve Hours of Sebring"]


def test_a_place_after_repeating_is_another_meeting(extract):
    text = ("SEBRING, Fla., March 19, 2016 – Pipo Derani won the 64th Mobil 1 Twelve Hours of Sebring. GT Le Mans went "
            "to the Corvette of Oliver Gavin and Tommy Milner, repeating its Daytona class win.")
    assert [r["event"] for r in extract(text, "en")["results"] if r["drivers"] == ["Oliver Gavin", "Tommy Milner"]] == [
        "Mobil 1 Twelve Hours of Sebring"]


def test_a_bullet_breaks_the_clause(extract):
    text = ("Renault wins in Hungary\n\nFernando Alonso becomes the youngest Grand Prix winner in history • Victory "
            "from pole position • Jarno Trulli adds two points in seventh\n\nBudapest, 24 August 2003 – Fernando "
            "Alonso won the Hungarian Grand Prix from pole position. Jarno Trulli finished seventh.")
    found = {(r["kind"], r["position"]) for r in extract(text, "en")["results"] if r["drivers"] == ["Jarno Trulli"]}
    assert found == {("race", 7)}


@pytest.mark.parametrize("lang, text", [
    ("de", "Monaco, 18. Januar 2014 – Sébastien Ogier gewann. Unter den Ausfällen waren Robert Kubica, Thierry "
           "Neuville und Mikko Hirvonen."),
    ("en", "Monaco, 18 January 2014 – Sébastien Ogier won. Robert Kubica, Thierry Neuville and Mikko Hirvonen were "
           "among the retirements."),
    ("fr", "Monaco, le 18 janvier 2014 – Sébastien Ogier gagne. Robert Kubica, Thierry Neuville et Mikko Hirvonen "
           "figurent parmi les abandons."),
])
def test_names_among_the_retirements_retired_each(extract, lang, text):
    retired = [r["drivers"] for r in extract(text, lang)["results"] if r["status"] == "retired"]
    assert retired == [["Robert Kubica"], ["Thierry Neuville"], ["Mikko Hirvonen"]]


def test_a_place_in_an_apposition_to_the_crew_after_the_rank_is_not_the_rank_s_meeting(extract):
    text = ("Sebring, 15. März 2014 – Scott Pruett, Memo Rojas und Marino Franchitti gewannen das 12-Stunden-Rennen "
            "von Sebring.\n\nPlatz drei sicherten sich João Barbosa, Christian Fittipaldi und Sébastien Bourdais, die "
            "Sieger der 24 Stunden von Daytona, im Corvette DP von Action Express Racing.")
    assert {(r["position"], r["event"]) for r in extract(text)["results"] if "João Barbosa" in r["drivers"]} == {
        (3, "12-Stunden-Rennen von Sebring"), (1, "24 Stunden von Daytona")}


def test_a_class_written_out_takes_its_short_name(extract):
    text = ("Sebring, 19 March 2016 – Pipo Derani won the Twelve Hours of Sebring. In GT Le Mans, Oliver Gavin and "
            "Tommy Milner won in the Corvette; in Prototype Challenge, Colin Braun and Jon Bennett won.")
    found = {(r["class"], r["drivers"][0]) for r in extract(text, "en")["results"] if r["drivers"]}
    assert {("GTLM", "Oliver Gavin"), ("PC", "Colin Braun")} <= found


@pytest.mark.parametrize("lang, text", [
    ("de", "Sebring, 15. März 2014 – Scott Pruett gewann das 12-Stunden-Rennen von Sebring. In der "
           "Prototype-Challenge-Klasse siegten Colin Braun, Jon Bennett und James Gue und wiederholten damit ihren "
           "Klassensieg von Daytona."),
    ("en", "Sebring, 15 March 2014 – Scott Pruett won the 12 Hours of Sebring. In Prototype Challenge, Colin Braun, "
           "Jon Bennett and James Gue repeated their class win at Daytona."),
    ("fr", "Sebring, le 15 mars 2014 – Scott Pruett a gagné les 12 Heures de Sebring. En Prototype Challenge, Colin "
           "Braun, Jon Bennett et James Gue rééditent leur victoire de catégorie à Daytona."),
])
def test_a_place_of_a_win_repeated_is_another_meeting(extract, lang, text):
    events = {r["event"] for r in extract(text, lang)["results"] if "Colin Braun" in r["drivers"]}
    assert len(events) == 1 and "Sebring" in events.pop()


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monza, le 14 septembre 2008 – Sebastian Vettel gagne. Septième à l'arrivée, Lewis Hamilton (McLaren) ne "
           "devance plus Felipe Massa que d'un point au classement du championnat."),
    ("en", "Monza, 14 September 2008 – Sebastian Vettel won. Seventh at the finish, Lewis Hamilton (McLaren) now leads "
           "Felipe Massa by just one point in the championship."),
])
def test_a_fronted_rank_may_carry_a_race_day_phrase(extract, lang, text):
    assert ("race", 7) in {(r["kind"], r["position"]) for r in extract(text, lang)["results"]
                           if r["drivers"] == ["Lewis Hamilton"]}


@pytest.mark.parametrize("lang, text", [
    ("de", "London, 21. Juli 2024 – Pascal Wehrlein ist Weltmeister. Nick Cassidy wurde mit 176 Zählern Dritter der "
           "Fahrerwertung, Oliver Rowland Vierter."),
    ("en", "London, 21 July 2024 – Pascal Wehrlein is champion. Nick Cassidy finished third in the drivers' standings "
           "on 176 points, Oliver Rowland fourth."),
    ("fr", "Londres, le 21 juillet 2024 – Pascal Wehrlein est champion. Nick Cassidy termine troisième du championnat "
           "avec 176 points, Oliver Rowland quatrième."),
])
def test_a_name_and_a_rank_alone_go_on_with_the_standing_before(extract, lang, text):
    found = [(r["kind"], r["position"]) for r in extract(text, lang)["results"] if r["drivers"] == ["Oliver Rowland"]]
    assert found == [("championship", 4)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Daytona Beach, 26 January 2025 – Felipe Nasr, Nick Tandy and Laurens Vanthoor won the Rolex 24 At Daytona. "
           "Pole position had gone to Dries Vanthoor, younger brother of the winner, in the No. 24 BMW M Hybrid V8."),
    ("fr", "Daytona Beach, le 26 janvier 2025 – Felipe Nasr, Nick Tandy et Laurens Vanthoor ont gagné les 24 Heures de "
           "Daytona. La pole position était revenue à Dries Vanthoor, frère cadet du vainqueur, sur la BMW n°24."),
    ("de", "Daytona Beach, 26. Januar 2025 – Felipe Nasr, Nick Tandy und Laurens Vanthoor gewannen das Rolex 24 At "
           "Daytona. Die Pole-Position hatte Dries Vanthoor, der jüngere Bruder des Siegers, im BMW #24 geholt."),
])
def test_the_winner_someone_is_related_to_won_nothing_of_theirs(extract, lang, text):
    assert [r["kind"] for r in extract(text, lang)["results"] if r["drivers"] == ["Dries Vanthoor"]] == ["qualifying"]


def test_leaving_the_fight_for_victory_is_no_win(extract):
    text = ("Daytona Beach, le 26 janvier 2025 – Felipe Nasr, Nick Tandy et Laurens Vanthoor ont gagné les 24 Heures de "
            "Daytona sur la Porsche 963 n°7. La pole position était revenue à Dries Vanthoor sur la BMW M Hybrid V8 n°24 "
            "du BMW M Team RLL. Après un contact dans le trafic, la BMW a quitté la lutte pour la victoire à moins de 40 "
            "minutes de l'arrivée.")
    assert [r["manufacturer"] for r in extract(text, "fr")["results"] if r["kind"] == "race"] == ["Porsche"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Daytona Beach, 26. Januar 2025 – Felipe Nasr gewann für Roger Penske das Rolex 24 At Daytona. 1969 hatten "
           "Mark Donohue und Chuck Parsons für Penske auf einem Lola triumphiert."),
    ("en", "Daytona Beach, 26 January 2025 – Felipe Nasr won the Rolex 24 At Daytona for Roger Penske. In 1969 Mark "
           "Donohue and Chuck Parsons had won for Penske in a Lola."),
    ("fr", "Daytona Beach, le 26 janvier 2025 – Felipe Nasr a gagné les 24 Heures de Daytona pour Roger Penske. En "
           "1969, Mark Donohue et Chuck Parsons avaient gagné pour Penske sur une Lola."),
])
def test_a_person_the_crew_won_for_is_no_competitor(extract, lang, text):
    assert [r["drivers"] for r in extract(text, lang)["results"] if r["season"] == 1969] == [
        ["Mark Donohue", "Chuck Parsons"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Daytona Beach, 26. Januar 2025 – Felipe Nasr gewann das Rolex 24 At Daytona. Es war der erste "
           "Daytona-Gesamtsieg für Roger Penske seit 1969."),
    ("en", "Daytona Beach, 26 January 2025 – Felipe Nasr won the Rolex 24 At Daytona. It was the first overall Daytona "
           "win for Roger Penske since 1969."),
])
def test_a_person_known_only_off_the_track_has_no_result(extract, lang, text):
    results = extract(text, lang)["results"]
    assert not [r for r in results if "Roger Penske" in r["drivers"]]
    assert ["Felipe Nasr"] in [r["drivers"] for r in results if r["position"] == 1]


def test_a_long_time_leader_leads_the_race_not_the_standings(extract):
    text = ("Nairobi, 27 June 2021 – Sébastien Ogier won the Safari Rally Kenya after long-time leader Thierry "
            "Neuville was forced out on Saturday with broken rear suspension.")
    results = extract(text, "en")["results"]
    assert not [r for r in results if r["kind"] == "championship"]
    assert ("race", 1, ["Sébastien Ogier"]) in [(r["kind"], r["position"], r["drivers"]) for r in results]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Ajaccio, le 8 avril 2018 – Sébastien Ogier gagne le Tour de Corse. Le Gapençais compte désormais 17 points "
           "d'avance sur Thierry Neuville, deuxième du championnat des pilotes."),
    ("de", "Ajaccio, 8. April 2018 – Sébastien Ogier gewann die Tour de Corse. Ogier hat nun 17 Punkte Vorsprung auf "
           "Thierry Neuville, Zweiter der Fahrerwertung."),
])
def test_the_rank_after_the_one_behind_is_theirs_and_the_one_ahead_leads(extract, lang, text):
    found = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["kind"] == "championship"}
    assert found == {(1, "Sébastien Ogier"), (2, "Thierry Neuville")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Sakhir, le 22 avril 2012 – Kimi Räikkönen et Romain Grosjean ont terminé deuxième et troisième au volant "
           "de leurs Lotus E20, derrière la Red Bull de Sebastian Vettel."),
    ("en", "Sakhir, 22 April 2012 – Kimi Räikkönen and Romain Grosjean finished second and third in their Lotus E20s, "
           "behind the Red Bull of Sebastian Vettel."),
    ("de", "Sakhir, 22. April 2012 – Kimi Räikkönen und Romain Grosjean wurden im Lotus E20 Zweiter und Dritter, "
           "hinter dem Red Bull von Sebastian Vettel."),
])
def test_the_one_behind_whom_several_ranks_finished_is_ahead_of_the_first(extract, lang, text):
    assert [r["position"] for r in extract(text, lang)["results"] if r["drivers"] == ["Sebastian Vettel"]] == [1]


def test_a_win_that_would_have_been_needed_is_none(extract):
    text = ("Zandvoort, 29. September 2002 – Mattias Ekström gewann das Hauptrennen. Bernd Schneider hätte gewinnen "
            "müssen, um die Entscheidung auf das Finale zu vertagen.")
    winners = [r["drivers"] for r in extract(text)["results"] if r["position"] == 1]
    assert ["Bernd Schneider"] not in winners and ["Mattias Ekström"] in winners


@pytest.mark.parametrize("lang, text", [
    ("de", "Nairobi, 27. Juni 2021 – Sébastien Ogier gewann die Safari Rally. Rang zwei ging an Takamoto Katsuta und "
           "Daniel Barritt, die damit den ersten Podiumsplatz ihrer Karriere feierten und Toyota einen Doppelsieg "
           "bescherten."),
    ("en", "Nairobi, 27 June 2021 – Sébastien Ogier won the Safari Rally Kenya. Second place went to Takamoto Katsuta "
           "and Daniel Barritt, who handed Toyota a one-two."),
])
def test_a_one_two_in_a_relative_clause_adds_nothing_to_a_rank_stated(extract, lang, text):
    assert [r["position"] for r in extract(text, lang)["results"] if "Takamoto Katsuta" in r["drivers"]] == [2]


def test_an_engine_that_gave_up_is_a_retirement(extract):
    text = ("Nürburgring, 29. Juni 2003 – Ralf Schumacher gewann. Kimi Räikkönen kontrollierte das Rennen, bis sein "
            "Motor nach gut 25 Runden in einer Rauchwolke aufgab.")
    assert [r["status"] for r in extract(text)["results"] if r["drivers"] == ["Kimi Räikkönen"]] == ["retired"]


def test_a_relative_clause_after_an_opponent_is_about_the_opponent(extract):
    text = ("Montreal, 12 June 2011 – Jenson Button won. After the restart Button collided with Fernando Alonso, who "
            "had to retire his Ferrari, while the McLaren driver dropped to the back of the field with a puncture.")
    retired = [r["drivers"] for r in extract(text, "en")["results"] if r["status"] == "retired"]
    assert retired == [["Fernando Alonso"]]


def test_a_label_that_needs_a_class_word_is_a_class_under_a_heading_of_class_winners(extract):
    text = ("SEBRING, Fla., March 19, 2016 – Pipo Derani won the Mobil 1 Twelve Hours of Sebring.\n\nClass winners\n"
            "PC: No. 54 CORE autosport ORECA FLM09 – Colin Braun / Jon Bennett / Mark Wilkins\n"
            "GTLM: No. 4 Corvette Racing Chevrolet Corvette C7.R – Oliver Gavin / Tommy Milner / Marcel Fässler\n")
    found = {(r["class"], r["drivers"][0]) for r in extract(text, "en")["results"] if r["drivers"][0] != "Pipo Derani"}
    assert found == {("PC", "Colin Braun"), ("GTLM", "Oliver Gavin")}


def test_a_second_sentence_on_a_class_winner_line_leaves_the_list_going(extract):
    text = ("Braselton, 1 October 2022 – Tom Blomqvist won the Petit Le Mans.\n\nClass winners\n- LMP2: No. 8 Tower "
            "Motorsport (John Farano, Louis Delétraz, Rui Andrade). Farano takes the LMP2 drivers' title.\n- LMP3: No. "
            "36 Andretti Autosport (Jarett Andretti, Gabby Chaves, Josh Burdon).\n")
    wins = {r["class"]: r["drivers"][0] for r in extract(text, "en")["results"] if r["class"] in ("LMP2", "LMP3")}
    assert wins == {"LMP2": "John Farano", "LMP3": "Jarett Andretti"}


def test_an_initial_before_a_name_ends_no_sentence(extract):
    text = ("Hockenheim, 5. Oktober 2014 – René Rast und Kelvin van der Linde steuerten ihren Audi R8 LMS ultra von "
            "Prosperia C. Abt Racing auf Rang zehn.")
    assert [(r["position"], r["team"]) for r in extract(text)["results"]] == [(10, "Prosperia C. Abt Racing")]


def test_german_reads_the_class_labels_the_other_languages_read(extract):
    text = ("Sebring, 15. März 2014 – Scott Pruett gewann. In der PC-Klasse siegten Colin Braun, Jon Bennett und "
            "James Gue.")
    assert [r["class"] for r in extract(text)["results"] if "Colin Braun" in r["drivers"]] == ["PC"]


def test_a_conjunction_before_a_name_and_its_verb_opens_a_clause_of_its_own(extract):
    text = ("Nairobi, 27 June 2021 – Sébastien Ogier won the rally after long-time leader Thierry Neuville was forced "
            "out on Saturday with broken rear suspension.")
    found = {(r["status"], r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]}
    assert found == {("finished", 1, "Sébastien Ogier"), ("retired", None, "Thierry Neuville")}


def test_a_year_in_a_clause_a_conjunction_opens_dates_nothing_before_it(extract):
    text = ("BUDAPEST, 24 August 2003 – Fernando Alonso won the Hungarian Grand Prix and gave Renault its first win "
            "as a constructor since Alain Prost took the chequered flag at the 1983 Austrian Grand Prix.")
    results = extract(text, "en")["results"]
    wins = {(r["season"], r["event"], tuple(r["drivers"])) for r in results if r["kind"] == "race"}
    assert wins == {(2003, "Hungarian Grand Prix", ("Fernando Alonso",)),
                    (1983, "Austrian Grand Prix", ("Alain Prost",))}


def test_a_circuit_in_the_datelines_town_that_no_event_named_runs_on_is_the_releases_own(extract):
    text = ("Le Mans, 5 October 2008 – Mattias Ekström won the penultimate round of the DTM on the Circuit Bugatti "
            "ahead of Paul di Resta. Tom Kristensen, who in June had won the 24 Hours of Le Mans, took pole position.")
    found = {(r["kind"], r["position"], r["drivers"][0], r["event"]) for r in extract(text, "en")["results"]}
    assert found == {("race", 1, "Mattias Ekström", "Circuit Bugatti"), ("race", 2, "Paul di Resta", "Circuit Bugatti"),
                     ("race", 1, "Tom Kristensen", "24 Hours of Le Mans"),
                     ("qualifying", 1, "Tom Kristensen", "Circuit Bugatti")}


def test_a_descriptor_before_a_partner_word_stands_for_the_person_named_before(extract):
    text = ("Sakhir, 6. November 2021 – Einen schöneren Abschied hätte sich Kazuki Nakajima kaum wünschen können. In "
            "seinem letzten Rennen hat der Japaner gemeinsam mit Sébastien Buemi und Brendon Hartley die 8 Stunden von "
            "Bahrain gewonnen.")
    crews = [r["drivers"] for r in extract(text)["results"]]
    assert crews == [["Kazuki Nakajima", "Sébastien Buemi", "Brendon Hartley"]]


def test_a_year_after_a_semicolon_dates_nothing_before_it(extract):
    text = ("Sakhir, 6. November 2021 – Conway, Kobayashi und López hatten im August die 24 Stunden von Le Mans "
            "gewonnen; bereits im November 2020 waren sie in Bahrain Weltmeister geworden.")
    wins = [(r["season"], r["event"]) for r in extract(text)["results"] if r["kind"] == "race"]
    assert wins == [(2021, "24 Stunden von Le Mans")]


def test_a_french_rank_after_elance_is_a_grid_slot(extract):
    text = ("Diriyah, le 27 février 2021 – Edoardo Mortara a terminé deuxième. Élancé depuis la quatrième place, le "
            "pilote de l'écurie monégasque a dépassé Mitch Evans.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]] == [(2, ["Edoardo Mortara"])]


def test_a_fronted_rank_goes_to_the_person_a_descriptor_after_it_stands_for(extract):
    text = ("Diriyah, le 27 février 2021 – Nyck de Vries a gagné devant René Rast. Quatrième, l'Allemand se console "
            "avec le point du meilleur tour.")
    found = [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]]
    assert found == [(1, ["Nyck de Vries"]), (2, ["René Rast"]), (4, ["René Rast"])]


def test_a_co_driver_after_a_verb_and_a_partner_word_is_of_the_crew(extract):
    text = "Nairobi, 27 June 2021 – Sébastien Ogier won with co-driver Julien Ingrassia on the Safari Rally Kenya."
    assert [r["drivers"] for r in extract(text, "en")["results"]] == [["Sébastien Ogier", "Julien Ingrassia"]]


def test_a_fronted_rank_may_stand_with_its_place(extract):
    text = "Enstone, le 5 décembre 2013 – Troisième au Nürburgring, Romain Grosjean a enchaîné trois podiums."
    assert [(r["position"], r["event"], r["drivers"]) for r in extract(text, "fr")["results"]] == [
        (3, "Nürburgring", ["Romain Grosjean"])]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Enstone, le 5 décembre 2013 – Romain Grosjean a enchaîné trois podiums : troisième en Corée, troisième à "
           "Suzuka."),
    ("en", "Enstone, 5 December 2013 – Romain Grosjean then scored two podiums in a row: third in Korea, third at "
           "Suzuka."),
    ("de", "Enstone, 5. Dezember 2013 – Romain Grosjean holte danach zwei Podestplätze: Dritter in Korea, Dritter in "
           "Suzuka."),
])
def test_ranks_with_their_places_listed_after_a_colon_are_the_named_ones(extract, lang, text):
    found = [(r["position"], r["event"], r["drivers"]) for r in extract(text, lang)["results"]]
    assert found == [(3, "Korea" if lang != "fr" else "Corée", ["Romain Grosjean"]), (3, "Suzuka", ["Romain Grosjean"])]


def test_a_grid_slot_after_a_colon_is_no_rank(extract):
    text = ("Sakhir, le 22 avril 2012 – Kimi Räikkönen a terminé deuxième. Romain Grosjean a réalisé un départ "
            "remarquable : septième sur la grille, le pilote français a vite gagné des places.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]] == [(2, ["Kimi Räikkönen"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 17 June 2012 – Audi won. In the other classes, victory went to the HPD ARX-03b of Enzo "
           "Potolicchio, Ryan Dalziel and Tom Kimber-Smith (LMP2), the AF Corse Ferrari 458 Italia of Giancarlo "
           "Fisichella, Gianmaria Bruni and Toni Vilander (GTE-Pro) and the Larbre Compétition Corvette C6.R of "
           "Patrick Bornhauser, Julien Canal and Pedro Lamy (GTE-Am)."),
    ("de", "Le Mans, 17. Juni 2012 – Audi gewann. In den weiteren Klassen siegten der HPD ARX-03b mit Enzo "
           "Potolicchio, Ryan Dalziel und Tom Kimber-Smith (LMP2), der Ferrari 458 Italia von AF Corse mit Giancarlo "
           "Fisichella, Gianmaria Bruni und Toni Vilander (GTE-Pro) sowie die Corvette C6.R von Larbre Compétition "
           "mit Patrick Bornhauser, Julien Canal und Pedro Lamy (GTE-Am)."),
    ("fr", "Le Mans, le 17 juin 2012 – Audi s'impose. Dans les autres catégories, la victoire est revenue à la HPD "
           "ARX-03b d'Enzo Potolicchio, Ryan Dalziel et Tom Kimber-Smith (LMP2), à la Ferrari 458 Italia d'AF Corse "
           "de Giancarlo Fisichella, Gianmaria Bruni et Toni Vilander (GTE-Pro) et à la Corvette C6.R de Larbre "
           "Compétition de Patrick Bornhauser, Julien Canal et Pedro Lamy (GTE-Am)."),
])
def test_crews_listed_after_one_win_each_with_a_class_in_parentheses_won_that_class(extract, lang, text):
    wins = {(r["class"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["drivers"]}
    assert wins == {("LMP2", "Enzo Potolicchio"), ("GTE-Pro", "Giancarlo Fisichella"), ("GTE-Am", "Patrick Bornhauser")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Braselton, 4 October 2008 – Allan McNish won the Petit Le Mans. With 35 laps to go, McNish rejoined on "
           "fresh tyres in fourth place."),
    ("de", "Braselton, 4. Oktober 2008 – Allan McNish gewann das Petit Le Mans. Rund 35 Runden vor Schluss ging McNish "
           "als Vierter wieder auf die Strecke."),
])
def test_a_place_in_which_a_car_rejoined_is_no_result(extract, lang, text):
    assert [r["position"] for r in extract(text, lang)["results"]] == [1]


def test_an_event_in_the_datelines_town_stays_the_releases_own_beside_its_circuit(extract):
    text = ("Vierter Gesamtsieg in Folge am Nürburgring\n\nBernhard, Lieb, Dumas und Tiemann gewinnen das 37. "
            "24-Stunden-Rennen\n\nNürburg, 24. Mai 2009 – Timo Bernhard, Marc Lieb, Romain Dumas und Marcel Tiemann "
            "gewannen am Sonntag das ADAC Zurich 24h-Rennen auf dem Nürburgring. Die Pole hatte Dirk Adorf im Ford GT "
            "herausgefahren.")
    events = {(r["kind"], r["event"]) for r in extract(text)["results"]}
    assert events == {("race", "ADAC Zurich 24h-Rennen auf dem Nürburgring"),
                      ("qualifying", "ADAC Zurich 24h-Rennen auf dem Nürburgring")}


def test_a_meeting_takes_the_form_most_of_its_names_hold(extract):
    text = ("Cologne, 1 December 2014 – Le Mans proved far less kind. Anthony Davidson and Sébastien Buemi fought back "
            "to third place at Le Mans. Buemi said: \"The one thing missing is victory at the Sarthe.\"")
    assert [(r["position"], r["event"]) for r in extract(text, "en")["results"]] == [(3, "Le Mans")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Cologne, 1 December 2014 – At Silverstone, Anthony Davidson, Sébastien Buemi and Nicolas Lapierre won. Two "
           "weeks later the same three won again at Spa-Francorchamps."),
    ("de", "Köln, 1. Dezember 2014 – In Silverstone gewannen Anthony Davidson, Sébastien Buemi und Nicolas Lapierre. "
           "Zwei Wochen später siegten dieselben drei auch in Spa-Francorchamps."),
])
def test_the_same_three_are_the_crew_of_three_named_before(extract, lang, text):
    wins = [(r["event"], len(r["drivers"])) for r in extract(text, lang)["results"]]
    assert wins == [("Silverstone", 3), ("Spa-Francorchamps", 3)]


def test_a_nationality_descriptor_makes_the_sentences_subject_the_one_of_that_nationality(extract):
    text = ("Magny-Cours, le 3 juillet 2005 – Fernando Alonso a gagné le Grand Prix de France. Alonso a pris un départ "
            "parfait, profitant de ce que la Toyota de Jarno Trulli retenait le peloton. Soixante-dix tours plus tard, "
            "l'Espagnol franchissait la ligne d'arrivée, signant sa cinquième victoire de l'année après celles de "
            "Malaisie et de Bahreïn.")
    assert {r["drivers"][0] for r in extract(text, "fr")["results"]} == {"Fernando Alonso"}


def test_san_marino_is_a_round_named_by_its_country(extract):
    text = ("Magny-Cours, 3 July 2005 – Fernando Alonso won the French Grand Prix, his fifth win of the year after "
            "those in Malaysia, Bahrain and San Marino.")
    assert [r["event"] for r in extract(text, "en")["results"]] == [
        "French Grand Prix", "Malaysia", "Bahrain", "San Marino"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Monaco, 21 January 2007 – Sébastien Loeb won the Monte Carlo Rally. Chris Atkinson snatched fourth place "
           "from Mikko Hirvonen's Ford on the last day."),
    ("fr", "Monaco, le 21 janvier 2007 – Sébastien Loeb remporte le Rallye Monte-Carlo. Chris Atkinson (Subaru) "
           "arrache la quatrième place aux dépens de Mikko Hirvonen."),
])
def test_the_one_a_rank_was_taken_from_is_placed_next(extract, lang, text):
    found = [(r["position"], r["drivers"]) for r in extract(text, lang)["results"]]
    assert found == [(1, ["Sébastien Loeb"]), (4, ["Chris Atkinson"]), (5, ["Mikko Hirvonen"])]


def test_a_country_without_a_preposition_in_a_later_clause_is_no_place(extract):
    text = ("Suzuka, 1 November 1998 – Mika Häkkinen won the Japanese Grand Prix. Damon Hill took fourth place on the "
            "final lap, a move that lifted Jordan to fourth in the constructors' table.")
    assert [(r["position"], r["event"]) for r in extract(text, "en")["results"] if r["kind"] == "race"] == [
        (1, "Japanese Grand Prix"), (4, "Japanese Grand Prix")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Hanover, 24 November 2015 – Sébastien Ogier won Wales Rally GB. Jari-Matti Latvala finished the year as "
           "runner-up, ahead of Andreas Mikkelsen."),
    ("de", "Hannover, 24. November 2015 – Sébastien Ogier gewann die Rallye Großbritannien. Jari-Matti Latvala "
           "beendete das Jahr als Zweiter vor Andreas Mikkelsen."),
])
def test_a_rank_the_year_was_finished_in_is_a_standing(extract, lang, text):
    found = [(r["kind"], r["position"]) for r in extract(text, lang)["results"]]
    assert found == [("race", 1), ("championship", 2), ("championship", 3)]


def test_a_championship_win_is_a_race_win_and_no_title(extract):
    text = ("Hanover, 24 November 2015 – Sébastien Ogier won Wales Rally GB. Only one rally escaped Volkswagen – "
            "Argentina, where Kris Meeke scored his first world championship win for Citroën.")
    document = extract(text, "en")
    assert [(r["kind"], r["event"], r["drivers"]) for r in document["results"]] == [
        ("race", "Wales Rally GB", ["Sébastien Ogier"]), ("race", "Argentina", ["Kris Meeke"])]
    assert document["titles"] == []


def test_a_place_a_car_was_lying_in_is_no_result(extract):
    text = ("Monte Carlo, 23 May 2004 – Jarno Trulli won the Monaco Grand Prix. Fernando Alonso, lying second, lost the "
            "car in the tunnel.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "en")["results"]] == [(1, ["Jarno Trulli"])]


def test_a_place_in_a_winner_apposition_before_the_rank_is_not_its_meeting(extract):
    text = ("Monaco, 9 May 2015 – Sébastien Buemi won the Monaco ePrix ahead of Lucas di Grassi. Nelson Piquet, winner "
            "at Long Beach last time out, completed the podium.")
    found = {(r["position"], r["event"]) for r in extract(text, "en")["results"] if r["drivers"] == ["Nelson Piquet"]}
    assert found == {(1, "Long Beach"), (3, "Monaco ePrix")}


def test_a_crew_that_led_home_a_one_two_is_first_and_the_one_after_ahead_of_second(extract):
    text = ("Cologne, 1 December 2014 – At Silverstone, Anthony Davidson, Sébastien Buemi and Nicolas Lapierre led "
            "home a one-two in the No. 8 car, ahead of team-mates Alexander Wurz, Stéphane Sarrazin and Kazuki Nakajima "
            "in the No. 7.")
    found = [(r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]]
    assert found == [(1, "Anthony Davidson"), (2, "Alexander Wurz")]


def test_an_article_after_a_comma_before_a_noun_its_verb_and_names_opens_no_relative_clause(extract):
    text = ("Le Mans, 15. Juni 2014 – Anthony Davidson und Sébastien Buemi kämpften sich auf Rang drei vor, den "
            "Sieg holten Marcel Fässler, André Lotterer und Benoît Tréluyer für Audi. Vorn lag Jean-Éric Vergne, der "
            "Zweiter wurde.")
    found = [(r["position"], r["drivers"][0]) for r in extract(text)["results"]]
    assert found == [(3, "Anthony Davidson"), (1, "Marcel Fässler"), (2, "Jean-Éric Vergne")]


def test_a_car_entered_privately_says_nothing_of_the_championship(extract):
    text = ("Faro, le 30 mai 2010 – Sébastien Ogier a remporté le Rallye du Portugal. Petter Solberg, sur sa C4 engagée "
            "à titre privé, a dû laisser la quatrième place à Mikko Hirvonen. Dani Sordo vient parachever un triplé.")
    found = sorted((r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, "fr"), text))
    assert found == [("race", 1, ["Sébastien Ogier"]), ("race", 3, ["Dani Sordo"]), ("race", 4, ["Mikko Hirvonen"])]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sebring, 19 March 2016 – Pipo Derani won the race. The Corvette of Dane Cameron and Eric Curran finished 2.9 "
         "seconds behind.", "en"),
        ("Sebring, 19. März 2016 – Pipo Derani gewann das Rennen. Die Corvette von Dane Cameron und Eric Curran kam "
         "2,9 Sekunden hinter dem Sieger ins Ziel.", "de"),
        ("Sebring, le 19 mars 2016 – Pipo Derani a remporté la course. La Corvette de Dane Cameron et Eric Curran a "
         "terminé 2,9 secondes derrière.", "fr"),
    ],
    ids=["en", "de", "fr"],
)
def test_a_crew_a_margin_behind_nobody_named_takes_the_next_place(extract, text, lang):
    found = sorted((r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text))
    assert found == [(1, ["Pipo Derani"]), (2, ["Dane Cameron", "Eric Curran"])]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Spa, 4. Mai 2013 – Audi gewann in der LMP1-Klasse. Gesamtfünfte wurden Neel Jani und Nick Heidfeld.", "race"),
        ("Spa, 4. Mai 2013 – Audi gewann in der LMP1-Klasse. Neel Jani und Nick Heidfeld sind Gesamtfünfte der "
         "Fahrerwertung.", "championship"),
        ("Hockenheim, 4. Mai 2013 – Neel Jani und Nick Heidfeld wurden Gesamtfünfte.", "championship"),
    ],
    ids=["race-of-classes", "standing-named", "no-class"],
)
def test_an_overall_rank_word_in_a_report_on_a_race_of_classes_is_the_races(extract, text, kind):
    found = [(r["kind"], r["position"]) for r in results(extract, text) if r["drivers"] == ["Neel Jani", "Nick Heidfeld"]]
    assert found == [(kind, 5)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Silverstone, le 19 août 2018 – La BR Engineering n°17 de SMP Racing termine troisième, confiée à Stéphane "
         "Sarrazin et Mikhail Aleshin.", "fr"),
        ("Silverstone, 19 August 2018 – The No. 17 BR Engineering of SMP Racing finished third, entrusted to Stéphane "
         "Sarrazin and Mikhail Aleshin.", "en"),
    ],
    ids=["fr", "en"],
)
def test_a_car_entrusted_to_a_crew_is_that_crews(extract, text, lang):
    found = [(r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text)]
    assert found == [(3, ["Stéphane Sarrazin", "Mikhail Aleshin"])]


def test_topping_qualifying_is_the_pole(extract):
    text = ("Le Castellet, 24 June 2018 – Lewis Hamilton topped qualifying ahead of team-mate Valtteri Bottas, with "
            "Sebastian Vettel third for Ferrari.")
    found = sorted((r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text))
    assert found == [("qualifying", 1, ["Lewis Hamilton"]), ("qualifying", 2, ["Valtteri Bottas"]),
                     ("qualifying", 3, ["Sebastian Vettel"])]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Maranello, le 30 novembre 2002 – Troisième du championnat, Juan Pablo Montoya est loin derrière.", "fr"),
        ("Maranello, 30 November 2002 – Third in the championship, Juan Pablo Montoya is well behind.", "en"),
        ("Maranello, 30. November 2002 – Dritter der Meisterschaft, Juan Pablo Montoya liegt weit zurück.", "de"),
    ],
    ids=["fr", "en", "de"],
)
def test_a_fronted_rank_of_the_championship_is_a_standing(extract, text, lang):
    found = [(r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, lang), text)]
    assert found == [("championship", 3, ["Juan Pablo Montoya"])]


def test_points_after_with_and_a_comma_state_a_standing(extract):
    text = ("Misano, 26 August 2018 – Paul di Resta won. Edoardo Mortara is third with 118, ahead of Marco Wittmann on 112 "
            "and Lucas Auer on 110.")
    found = sorted((r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text)
                   if r["position"] != 1)
    assert found == [("championship", 3, ["Edoardo Mortara"]), ("championship", 4, ["Marco Wittmann"]),
                     ("championship", 5, ["Lucas Auer"])]


def test_a_decimal_after_with_is_no_tally(extract):
    text = "Misano, 26 August 2018 – Paul di Resta won. Robin Frijns finished second with 2.9 seconds to spare."
    found = [(r["kind"], r["position"]) for r in results(lambda t: extract(t, "en"), text) if r["drivers"] == ["Robin Frijns"]]
    assert found == [("race", 2)]


def test_a_title_sponsor_is_no_title(extract):
    text = ("Hockenheim, 20 July 2014 – Lewis Hamilton won. With the team's title sponsor watching, Valtteri Bottas "
            "finished second.")
    found = sorted((r["kind"], r["position"], r["drivers"]) for r in results(lambda t: extract(t, "en"), text))
    assert found == [("race", 1, ["Lewis Hamilton"]), ("race", 2, ["Valtteri Bottas"])]
    assert extract(text, "en")["titles"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Monza, 10 September 2006 – Michael Schumacher won the Italian Grand Prix ahead of pole-sitter Kimi "
           "Räikkönen."),
    ("de", "Monza, 10. September 2006 – Michael Schumacher gewann den Großen Preis von Italien vor Polesetter Kimi "
           "Räikkönen."),
    ("fr", "Monza, le 10 septembre 2006 – Michael Schumacher a gagné le Grand Prix d'Italie devant le poleman Kimi "
           "Räikkönen."),
])
def test_a_pole_sitters_epithet_gives_the_pole_to_the_name_after_it(extract, lang, text):
    placed = {(r["kind"], r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"]}
    assert ("qualifying", 1, ("Kimi Räikkönen",)) in placed
    assert ("race", 2, ("Kimi Räikkönen",)) in placed
    assert ("qualifying", 1, ("Michael Schumacher",)) not in placed


def test_a_possessor_placed_behind_with_its_car_is_the_competitor(extract):
    text = ("Monza, 10 September 2006 – Michael Schumacher won the Italian Grand Prix ahead of Kimi Räikkönen's "
            "McLaren-Mercedes, with Robert Kubica completing the podium.")
    placed = [(r["position"], r["drivers"]) for r in extract(text, "en")["results"] if r["kind"] == "race"]
    assert placed == [(1, ["Michael Schumacher"]), (2, ["Kimi Räikkönen"]), (3, ["Robert Kubica"])]


@pytest.mark.parametrize("text, placed", [
    ("Janne Tuohino took fourth for Ford ahead of Sébastien Loeb's team-mate Carlos Sainz.",
     [(4, ["Janne Tuohino"]), (5, ["Carlos Sainz"])]),
    ("Kimi Räikkönen retired after running into the back of Vitantonio Liuzzi's Toro Rosso.",
     [(None, ["Kimi Räikkönen"])]),
])
def test_a_possessor_of_a_person_or_not_placed_by_an_order_word_stays_out(extract, text, placed):
    doc = extract(f"Monza, 10 September 2006 – {text}", "en")
    assert [(r["position"], r["drivers"]) for r in doc["results"]] == placed


@pytest.mark.parametrize("text, expected", [
    ("Yeongam, 24 October 2010 – Fernando Alonso won the Korean Grand Prix. Alonso was third fastest on Saturday.",
     [(3, ["Fernando Alonso"])]),
    ("Silverstone, 6 July 2008 – Nick Heidfeld finished second in the British Grand Prix. Mark Webber was a surprise "
     "second fastest for Red Bull in qualifying.", [(2, ["Mark Webber"])]),
], ids=["after-a-verb", "after-an-adjective"])
def test_an_ordinal_before_fastest_is_that_qualifying_rank_not_the_first(extract, text, expected):
    placed = [(r["position"], r["drivers"]) for r in extract(text, "en")["results"] if r["kind"] == "qualifying"]
    assert placed == expected


def test_a_rank_in_apposition_after_a_partner_is_the_last_names_alone_in_single_seaters(extract):
    text = ("Yeongam, 24 October 2010 – Fernando Alonso won the Korean Grand Prix. Sebastian Vettel led from his "
            "team-mate Mark Webber, with Fernando Alonso, third fastest in qualifying, tucked in behind.")
    placed = [(r["position"], r["drivers"]) for r in extract(text, "en")["results"] if r["kind"] == "qualifying"]
    assert placed == [(3, ["Fernando Alonso"])]


def test_a_year_in_an_apposition_to_the_first_name_does_not_date_the_next_sentence(extract):
    text = ("Grove, 30. November 2014 – Williams zieht Bilanz.\n\nFelipe Massa, 2008 mit einem Punkt Rückstand "
            "Vizeweltmeister, stand in Monza als Dritter auf dem Podium. Beim Finale in Abu Dhabi wurde Massa "
            "Zweiter.")
    placed = [(r["position"], r["season"]) for r in extract(text)["results"] if r["kind"] == "race"]
    assert placed == [(3, 2014), (2, 2014)]


@pytest.mark.parametrize("text", [
    "Das Rennen krönte das Jahr: Felipe Massa wurde hinter Lewis Hamilton Zweiter.",
    "Das Rennen krönte das Jahr: Felipe Massa wurde hinter dem neuen Weltmeister Lewis Hamilton Zweiter.",
])
def test_a_title_word_before_a_colon_or_a_name_makes_no_standing(extract, text):
    doc = extract(f"Grove, 30. November 2014 – Williams zieht Bilanz. {text}")
    assert [(r["kind"], r["position"], r["drivers"]) for r in doc["results"]] == [
        ("race", 2, ["Felipe Massa"]), ("race", 1, ["Lewis Hamilton"])]


def test_an_apposition_inside_a_list_behind_a_rank_belongs_to_the_name_before_it(extract):
    text = ("Lusail, le 21 novembre 2021 – Fernando Alonso a terminé troisième du Grand Prix du Qatar. La veille, "
            "Alonso s'était qualifié cinquième, derrière Lewis Hamilton, auteur de la pole position, Max Verstappen, "
            "Valtteri Bottas et Pierre Gasly.")
    placed = [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"] if r["kind"] == "qualifying"]
    assert placed == [(5, ["Fernando Alonso"]), (1, ["Lewis Hamilton"]), (2, ["Max Verstappen"]),
                      (3, ["Valtteri Bottas"]), (4, ["Pierre Gasly"])]


def test_a_name_after_an_apposition_that_goes_on_with_its_verb_is_no_list(extract):
    text = ("Nürburg, le 11 octobre 2020 – Daniel Ricciardo a terminé troisième. Appelé au dernier moment pour "
            "remplacer Lance Stroll, souffrant, Nico Hülkenberg est parti de la dernière place et a terminé huitième.")
    placed = [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]]
    assert (8, ["Nico Hülkenberg"]) in placed and (8, ["Lance Stroll"]) not in placed


@pytest.mark.parametrize("lang, text", [
    ("de", "George Russell holt die Pole in Silverstone\n\nSilverstone, 6. Juli 2024 – Russell war der Schnellste.\n\n"
           "Das Ergebnis der Top Ten im Überblick:\n1. George Russell (Mercedes) 1:25,819 Min.\n2. Lewis Hamilton "
           "(Mercedes) +0,171 Sek.\n"),
    ("en", "George Russell takes pole at Silverstone\n\nSilverstone, 6 July 2024 – Russell was fastest.\n\n"
           "The top ten at a glance:\n1. George Russell (Mercedes) 1:25.819\n2. Lewis Hamilton (Mercedes) +0.171\n"),
])
def test_a_list_under_a_heading_naming_no_session_in_a_qualifying_report_ranks_qualifying(extract, lang, text):
    placed = {(r["kind"], r["position"], tuple(r["drivers"])) for r in extract(text, lang)["results"]}
    assert {("qualifying", 1, ("George Russell",)), ("qualifying", 2, ("Lewis Hamilton",))} <= placed
    assert not any(kind == "race" for kind, _, _ in placed)


def test_a_french_margin_in_points_places_the_one_behind_next(extract):
    text = ("Suzuka, le 31 octobre 1999 – Eddie Irvine gagne. Au championnat, Eddie Irvine s'y présente en leader avec "
            "70 points, quatre de plus que le tenant du titre Mika Häkkinen, qui en compte 66.")
    standings = {(r["position"], tuple(r["drivers"])) for r in extract(text, "fr")["results"]
                 if r["kind"] == "championship"}
    assert standings == {(1, ("Eddie Irvine",)), (2, ("Mika Häkkinen",))}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Salou, le 28 octobre 2018 – Sébastien Loeb gagne. Sacré sans interruption de 2013 à 2017, Sébastien Ogier "
           "repasse ainsi en tête du championnat des pilotes avec 204 points, trois de plus que Thierry Neuville."),
    ("en", "Salou, 28 October 2018 – Sébastien Loeb wins. Champion every year from 2013 to 2017, Sébastien Ogier moves "
           "back into the lead of the drivers' championship on 204 points, three points clear of Thierry Neuville."),
])
def test_years_of_a_title_phrase_opening_the_sentence_do_not_date_its_subjects_standing(extract, lang, text):
    standings = {(r["position"], r["season"]) for r in extract(text, lang)["results"] if r["kind"] == "championship"}
    assert standings == {(1, 2018), (2, 2018)}


def test_a_place_and_year_after_an_open_dash_belong_to_another_statement(extract):
    text = ("Grove, 25. November 2014 – Williams zieht Bilanz.\n\nDen Durchbruch brachte der Große Preis von "
            "Österreich. Im Qualifying fuhr Felipe Massa auf die Pole-Position, Valtteri Bottas wurde Zweiter – die "
            "erste Williams-Pole seit der Bestzeit in Barcelona 2012.")
    placed = [(r["position"], r["drivers"], r["event"], r["season"]) for r in extract(text)["results"]
              if r["drivers"]]
    assert placed == [(1, ["Felipe Massa"], "Großer Preis von Österreich", 2014),
                      (2, ["Valtteri Bottas"], "Großer Preis von Österreich", 2014)]


def test_years_in_an_aside_closed_by_a_second_dash_still_date_the_cue(extract):
    text = ("Le Mans, 18 juin 2006 – Pescarolo deuxième.\n\nHenri Pescarolo, vainqueur des 24 Heures du Mans comme "
            "pilote – en 1972 avec Matra –, signe une belle deuxième place.")
    wins = [(r["drivers"], r["season"]) for r in extract(text, "fr")["results"] if r["position"] == 1]
    assert wins == [(["Henri Pescarolo"], 1972)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Bostalsee, 25 August 2019 – Ott Tänak won Rally Germany. For Tänak it was the eleventh win of his career "
           "and the fifth of the season, after Sweden, Chile, Portugal and Finland.\n"),
    ("fr", "Bostalsee, le 25 août 2019 – Ott Tänak remporte le Rallye d'Allemagne. Pour Tänak, il s'agit de la "
           "cinquième victoire de la saison, après la Suède, le Chili, le Portugal et la Finlande.\n\nSuite."),
])
def test_earlier_wins_listed_in_a_clause_of_their_own_before_a_line_break(extract, lang, text):
    wins = [r["event"] for r in extract(text, lang)["results"] if r["position"] == 1]
    assert len(wins) == 5 and len(set(wins)) == 5


def test_a_sentence_opening_with_a_year_that_goes_on_to_another_sets_no_scene(extract):
    text = ("Bostalsee, le 25 août 2019 – Ott Tänak remporte le Rallye d'Allemagne.\n\nEn 2017, Tänak l'avait emporté "
            "avec Ford, avant de récidiver en 2018 avec Toyota. Pour Tänak, il s'agit de la cinquième victoire de la "
            "saison, après la Suède et le Chili.")
    seasons = sorted((r["event"], r["season"]) for r in extract(text, "fr")["results"]
                     if r["event"] != "Rallye d'Allemagne")
    assert seasons == [("Chili", 2019), ("Suède", 2019)]


def test_a_year_ago_dates_a_german_result(extract):
    text = ("Monaco, 22. Januar 2023 – Sébastien Ogier gewinnt die Rallye Monte-Carlo.\n\nVor einem Jahr hatte Ogier "
            "den Sieg in der vorletzten Prüfung verloren und war Zweiter geworden.")
    assert [(r["position"], r["season"]) for r in extract(text)["results"]] == [(1, 2023), (2, 2022)]


def test_a_win_let_slip_is_no_win_and_then_is_no_clause_break_in_french(extract):
    text = ("Monaco, le 22 janvier 2023 – Sébastien Ogier remporte le Rallye Monte-Carlo.\n\nIl y a un an, Ogier avait "
            "laissé échapper la victoire sur une crevaison et avait terminé deuxième. Sébastien Loeb s'était alors "
            "imposé avec Isabelle Galmiche.")
    placed = [(r["position"], r["season"], r["drivers"][0]) for r in extract(text, "fr")["results"]]
    assert placed == [(1, 2023, "Sébastien Ogier"), (2, 2022, "Sébastien Ogier"), (1, 2022, "Sébastien Loeb")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monaco, 22. Januar 2023 – Sébastien Ogier gewinnt die Rallye Monte-Carlo. Ott Tänak kam mit Martin "
           "Järveoja als Fünfter ins Ziel, vor Takamoto Katsuta und Aaron Johnston im vierten GR Yaris."),
    ("fr", "Monaco, le 22 janvier 2023 – Sébastien Ogier remporte le Rallye Monte-Carlo. Ott Tänak termine cinquième "
           "avec Martin Järveoja, devant Takamoto Katsuta et Aaron Johnston sur la quatrième GR Yaris."),
])
def test_a_co_driver_listed_after_a_driver_is_that_drivers_crew(extract, lang, text):
    placed = {r["position"]: r["drivers"] for r in extract(text, lang)["results"]}
    assert placed[6] == ["Takamoto Katsuta", "Aaron Johnston"] and 7 not in placed


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburg, 17. Mai 2015 – Audi gewinnt das 24-Stunden-Rennen auf dem Nürburgring. Der zweite BMW von Marc "
           "VDS, der von der Pole-Position ins Rennen gegangen war, kam als Vierter ins Ziel."),
    ("en", "Nürburg, 17 May 2015 – Audi wins the Nürburgring 24 Hours. The second BMW of Marc VDS, which had started "
           "from the front row, finished fourth."),
])
def test_a_team_right_after_a_make_placed_is_its_team(extract, lang, text):
    fourth = [(r["team"], r["manufacturer"]) for r in extract(text, lang)["results"] if r["position"] == 4]
    assert fourth == [("Marc VDS", "BMW")]


def test_a_sentence_going_on_with_the_qualifying_passes_the_session_on(extract):
    text = ("Silverstone, 6. Juli 2008 – Nick Heidfeld wird Zweiter beim Großen Preis von Großbritannien.\n\nSchon im "
            "Qualifying am Samstag hatte Heidfeld mit Rang fünf überzeugt. Zweitschnellster war Mark Webber im Red "
            "Bull, Kimi Räikkönen wurde im Ferrari Dritter. Robert Kubica musste sich mit Platz zehn begnügen.")
    placed = [(r["kind"], r["position"]) for r in extract(text)["results"] if r["drivers"] == ["Robert Kubica"]]
    assert placed == [("qualifying", 10)]


def test_places_lost_on_the_way_after_a_session_gone_on_are_the_races(extract):
    text = ("São Paulo, 21 October 2007 – Kimi Räikkönen won the Brazilian Grand Prix.\n\nIn Saturday's qualifying "
            "Felipe Massa had taken pole position. Lewis Hamilton was second and Fernando Alonso fourth. At the start "
            "Hamilton ran wide and dropped to eighth.")
    kinds = {r["kind"] for r in extract(text, "en")["results"] if r["position"] == 8}
    assert kinds == {"race"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Silverstone, 6. Juli 2008 – Lewis Hamilton gewinnt vor Felipe Massa und Kimi Räikkönen den Großen Preis von "
           "Großbritannien in der Formel 1. In der Fahrerwertung teilen sich nun Hamilton, Massa und Räikkönen mit je "
           "48 Punkten die Führung."),
    ("en", "Silverstone, 6 July 2008 – Lewis Hamilton wins the British Grand Prix ahead of Felipe Massa and Kimi "
           "Räikkönen in Formula 1. In the drivers' standings Hamilton, Massa and Räikkönen now share the lead with "
           "48 points each."),
])
def test_a_lead_shared_where_each_car_has_one_driver_is_each_drivers(extract, lang, text):
    leaders = [r["drivers"] for r in extract(text, lang)["results"] if r["kind"] == "championship"]
    assert leaders == [["Lewis Hamilton"], ["Felipe Massa"], ["Kimi Räikkönen"]]


def test_a_champion_the_placed_one_is_behind_neither_blocks_the_place_nor_is_theirs(extract):
    text = ("Kempten, 19 October 2017 – Mattias Ekström arrived at the DTM finale at the Hockenheimring as championship "
            "leader. When the last race of the year ended, the Swede from Audi Sport Team Abt Sportsline was "
            "runner-up, three points behind the new champion: René Rast had taken the drivers' title.")
    doc = extract(text, "en")
    assert ["Mattias Ekström"] in [r["drivers"] for r in doc["results"] if r["position"] == 2]
    assert ["Mattias Ekström"] not in [t["drivers"] for t in doc["titles"]]


def test_a_partner_noun_names_no_category_of_the_standing(extract):
    text = ("Kempten, 19 October 2017 – René Rast wins the DTM title. Jamie Green finished third in the standings, "
            "while Ekström's team-mate Nico Müller ended the year in twelfth place.")
    placed = [(r["kind"], r["position"], r["drivers"]) for r in extract(text, "en")["results"] if r["position"] == 12]
    assert placed == [("championship", 12, ["Nico Müller"])]


def test_a_title_word_after_an_article_and_a_modifier_describes_who_is_placed(extract):
    text = ("Monza, 10 September 2006 – Michael Schumacher won the Italian Grand Prix for Ferrari. The world champion, "
            "moved back five places on the grid, had fought his way from tenth to third when his engine failed. His "
            "team-mate Giancarlo Fisichella finished fourth.")
    assert {r["kind"] for r in extract(text, "en")["results"]} == {"race"}


def test_a_french_fight_for_a_place_places_nobody(extract):
    text = ("Monaco, le 13 mai 2017 – Sébastien Buemi remporte l'ePrix de Monaco. Derrière lui, Nelson Piquet et "
            "Jean-Éric Vergne se sont livrés un duel acharné pour la troisième place.")
    assert [r["position"] for r in extract(text, "fr")["results"]] == [1]


def test_a_makes_standing_ranks_works_teams_and_makes_alike(extract):
    text = ("Torsby (S), 16. Februar 2020 – Elfyn Evans gewinnt die Rallye Schweden.\n\nBei den Herstellern führt "
            "Toyota Gazoo Racing mit 73 Punkten vor Hyundai (63) und M-Sport Ford (40).")
    ranks = [(r["position"], r["manufacturer"]) for r in extract(text)["results"] if r["kind"] == "championship"]
    assert ranks == [(1, "Toyota"), (2, "Hyundai"), (3, "Ford")]


def test_a_place_in_a_persons_epithet_is_no_place_of_the_clause_but_the_epithets_own(extract):
    text = ("Torsby (S), 16. Februar 2020 – Elfyn Evans gewinnt die Rallye Schweden. Platz fünf ging an Esapekka Lappi "
            "und Janne Ferm, die den Monte-Carlo-Sieger Thierry Neuville auf Rang sechs verwiesen.")
    placed = sorted((r["position"], r["event"]) for r in extract(text)["results"])
    assert placed == [(1, "Monte-Carlo"), (1, "Rallye Schweden"), (5, "Rallye Schweden"), (6, "Rallye Schweden")]


def test_a_series_in_a_persons_epithet_is_no_series_of_the_clause(extract):
    text = ("Sebring (USA), 21. März 2015 – Action Express gewinnt die 12 Stunden von Sebring in der United SportsCar "
            "Championship.\n\nDie GTLM-Klasse gewann die Corvette von Jan Magnussen. Die zweite Corvette von Oliver "
            "Gavin und IndyCar-Pilot Simon Pagenaud fiel aus.")
    assert {r["series"] for r in extract(text)["results"]} == {"United SportsCar Championship"}


def test_a_relative_clause_bringing_the_car_home_names_its_crew(extract):
    text = ("Nürburg, 26. Juni 2011 – Manthey Racing gewinnt das 24-Stunden-Rennen. Rang drei ging an den Audi R8 LMS "
            "von Phoenix Racing, den Marc Basseng, Marcel Fässler, Andrea Piccini und Frank Stippler ins Ziel brachten.")
    third = [r["drivers"] for r in extract(text)["results"] if r["position"] == 3]
    assert third == [["Marc Basseng", "Marcel Fässler", "Andrea Piccini", "Frank Stippler"]]


def test_a_car_rolling_to_a_stop_retires(extract):
    text = ("Moskau, 13. Juli 2014 – Marco Wittmann gewinnt das DTM-Rennen auf dem Moscow Raceway. Zuerst rollte Timo "
            "Scheider mit seinem Audi auf der Start-Ziel-Geraden aus.")
    assert [(r["status"], r["drivers"]) for r in extract(text)["results"] if r["position"] is None] == [
        ("retired", ["Timo Scheider"])]


def test_a_title_hattrick_clause_keeps_only_its_race_placings(extract):
    text = "Hockenheim, 21. Oktober 2012 – BMW feierte in der DTM mit Vizemeister Bruno Spengler den Titel-Hattrick."
    assert extract(text)["results"] == []


def test_a_win_since_another_names_win_is_that_names_at_its_event(extract):
    text = ("Montreal, 8 June 2014 – Daniel Ricciardo has won the Canadian Grand Prix for Red Bull Racing. It is "
            "Renault's first win since Sebastian Vettel's victory at the 2013 Brazilian Grand Prix.")
    results = extract(text, "en")["results"]
    assert {(r["event"], r["season"], tuple(r["drivers"])) for r in results if r["position"] == 1} >= {
        ("Canadian Grand Prix", 2014, ("Daniel Ricciardo",)), ("Brazilian Grand Prix", 2013, ("Sebastian Vettel",))}
    assert not [r for r in results if r["event"] == "Brazilian Grand Prix" and r["season"] == 2014]


def test_wins_listed_after_a_colon_by_year_are_each_won(extract):
    text = ("Leverkusen, 23. Juni 2021 – Heute vor 30 Jahren gewann Mazda mit Johnny Herbert die 24 Stunden von Le Mans. "
            "Herbert feierte in der Formel 1 drei Grand-Prix-Siege: 1995 beim Großen Preis von Großbritannien und beim "
            "Großen Preis von Italien.")
    assert {(r["event"], r["season"]) for r in extract(text)["results"] if r["season"] == 1995} == {
        ("Großer Preis von Großbritannien", 1995), ("Großer Preis von Italien", 1995)}


def test_each_listed_win_takes_the_year_written_last_before_its_place(extract):
    text = ("Leverkusen, 23. Juni 2021 – Heute vor 30 Jahren gewann Mazda mit Johnny Herbert die 24 Stunden von Le Mans. "
            "Herbert feierte in der Formel 1 drei Grand-Prix-Siege, 1995 beim Großen Preis von Großbritannien und beim "
            "Großen Preis von Italien, 1999 beim Großen Preis von Europa.")
    assert {(r["event"], r["season"]) for r in extract(text)["results"] if r["event"].startswith("Großer")} == {
        ("Großer Preis von Großbritannien", 1995), ("Großer Preis von Italien", 1995),
        ("Großer Preis von Europa", 1999)}


@pytest.mark.parametrize("follow, ranks", [
    ("Jake Dennis folgt mit 62 Zählern.", [("Jake Dennis", 2), ("Pascal Wehrlein", 1)]),
    ("Jake Dennis und Nick Cassidy folgen mit jeweils 62 Punkten.",
     [("Jake Dennis", 2), ("Nick Cassidy", 2), ("Pascal Wehrlein", 1)]),
])
def test_a_follow_word_opening_the_next_sentence_goes_on_with_the_standing(extract, follow, ranks):
    text = ("Kapstadt, 25. Februar 2023 – António Félix da Costa gewinnt in Kapstadt. Pascal Wehrlein bleibt mit 80 "
            "Punkten an der Spitze der Fahrerwertung. " + follow)
    assert sorted((r["drivers"][0], r["position"]) for r in extract(text)["results"]
                  if r["kind"] == "championship") == ranks


def test_a_retirement_on_a_stage_is_the_rallys(extract):
    text = ("Córdoba, 26 April 2015 – Kris Meeke won Rally Argentina. Jari-Matti Latvala, third going into the final "
            "day, retired on the penultimate stage.")
    assert [(r["status"], r["event"]) for r in extract(text, "en")["results"]
            if r["drivers"] == ["Jari-Matti Latvala"]] == [("retired", "Rally Argentina")]


def test_beaten_only_by_in_a_qualifying_sentence_is_the_sessions_order(extract):
    text = ("Hyderabad, 11 February 2023 – Jean-Éric Vergne won the Hyderabad E-Prix. Vergne laid the foundations in "
            "qualifying, where he lined up second, beaten only by Mitch Evans of Jaguar TCS Racing.")
    assert sorted((r["kind"], r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]) == [
        ("qualifying", 1, "Mitch Evans"), ("qualifying", 2, "Jean-Éric Vergne"), ("race", 1, "Jean-Éric Vergne")]


def test_a_win_verb_whose_object_is_a_title_wins_no_race(extract):
    text = ("Losail, 21 novembre 2021 – Fernando Alonso a terminé troisième du Grand Prix du Qatar. C'est avec cette même "
            "équipe qu'il avait été sacré champion du monde en 2005 et en 2006, Renault remportant aussi les deux titres "
            "des constructeurs.")
    document = extract(text, "fr")
    assert [(r["season"], r["position"]) for r in document["results"]] == [(2021, 3)]
    assert sorted(t["season"] for t in document["titles"] if t["category"] == "driver") == [2005, 2006]


@pytest.mark.parametrize("lang, text", [
    ("en", "Suzuka, 14 October 2001 – Mika Häkkinen, who will take a sabbatical in 2002, finished fourth, Rubens "
           "Barrichello was fifth and Ralf Schumacher sixth."),
    ("de", "Suzuka, 14. Oktober 2001 – Mika Häkkinen, der 2002 pausieren wird, wurde Vierter, Rubens Barrichello "
           "Fünfter und Ralf Schumacher Sechster."),
])
def test_a_verb_after_a_relative_clause_places_its_antecedent_before_names_after_the_rank(extract, lang, text):
    assert sorted((r["position"], r["drivers"][0], r["season"]) for r in extract(text, lang)["results"]) == [
        (4, "Mika Häkkinen", 2001), (5, "Rubens Barrichello", 2001), (6, "Ralf Schumacher", 2001)]


def test_a_descriptor_apposition_of_ten_words_dates_and_places_only_itself(extract):
    text = ("Monaco, le 9 mai 2015 – Sébastien Buemi a remporté l'ePrix de Monaco de Formule E. Nelson Piquet (NEXTEV "
            "TCR), vainqueur à Long Beach lors de la manche précédente, complète le podium.")
    assert sorted((r["position"], r["event"], r["class"]) for r in extract(text, "fr")["results"]
                  if r["drivers"] == ["Nelson Piquet"]) == [(1, "Long Beach", None), (3, "ePrix de Monaco", None)]


def test_names_listed_before_as_many_ranks_take_one_rank_each(extract):
    text = ("Suzuka, 14 October 2001 – Michael Schumacher took pole position, with the Williams-BMW pair Juan Pablo "
            "Montoya and Ralf Schumacher second and third in qualifying.")
    assert sorted((r["position"], r["drivers"]) for r in extract(text, "en")["results"]) == [
        (1, ["Michael Schumacher"]), (2, ["Juan Pablo Montoya"]), (3, ["Ralf Schumacher"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Silverstone, 6. Juli 2024 – Sergio Pérez rutschte ins Kiesbett, löste eine rote Flagge aus und kam im "
           "Qualifying über Rang 19 nicht hinaus."),
    ("en", "Silverstone, 6 July 2024 – Sergio Pérez could manage no better than 19th in qualifying."),
    ("fr", "Silverstone, le 6 juillet 2024 – Sergio Pérez n'a pas fait mieux que 19e en qualifications."),
])
def test_no_better_than_a_rank_is_that_rank(extract, lang, text):
    assert [(r["kind"], r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        ("qualifying", 19, ["Sergio Pérez"])]


def test_a_name_in_a_subordinate_clause_after_a_fronted_phrase_is_not_the_sentences_subject(extract):
    text = ("Banbury, 27. November 1997 – Colin McRae gewann die Rallye Korsika vor Kenneth Eriksson. In Neuseeland, "
            "wo McRae mit Motorschaden aufgeben musste, sprang Eriksson in die Bresche und holte seinen zweiten "
            "Saisonsieg.")
    assert sorted((r["status"], r["position"] or 0, r["drivers"][0]) for r in extract(text)["results"]
                  if r["event"] == "Neuseeland") == [("finished", 1, "Kenneth Eriksson"), ("retired", 0, "Colin McRae")]


def test_a_year_opening_the_datelines_sentence_sets_the_scene_for_the_next(extract):
    text = ("Le Mans, le 9 juin 2015 – Les 17 et 18 juin 1995, la McLaren F1 GTR n°59 s'imposait aux 24 Heures du "
            "Mans. Masanori Sekiya devenait le premier Japonais vainqueur au Mans.")
    assert [(r["season"], r["drivers"]) for r in extract(text, "fr")["results"]] == [(1995, ["Masanori Sekiya"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Magny-Cours, 3 July 2005 – Renault last won its home race in 1983 with Alain Prost.\n\nIt took until "
           "1983. This afternoon Fernando Alonso won the French Grand Prix."),
    ("fr", "Magny-Cours, le 3 juillet 2005 – Renault avait gagné sa course nationale en 1983 avec Alain Prost.\n\nIl "
           "aura fallu attendre 1983. Cet après-midi, Fernando Alonso a remporté le Grand Prix de France."),
    ("de", "Magny-Cours, 3. Juli 2005 – Renault hatte sein Heimrennen 1983 mit Alain Prost gewonnen.\n\nDas war "
           "1983. An diesem Sonntag gewann Fernando Alonso den Großen Preis von Frankreich."),
])
def test_the_release_days_words_date_a_sentence_after_a_historic_one(extract, lang, text):
    assert [r["season"] for r in extract(text, lang)["results"] if r["drivers"] == ["Fernando Alonso"]] == [2005]


def test_a_sentence_opening_at_the_wheel_names_the_crew_of_the_car_placed_before(extract):
    text = ("Le Mans, le 9 juin 2015 – En 1995, la McLaren F1 GTR n°59 s'imposait lors des 24 Heures du Mans. Au "
            "volant, Yannick Dalmas partageait les relais avec le Finlandais JJ Lehto et Masanori Sekiya.")
    assert [(r["season"], r["drivers"]) for r in extract(text, "fr")["results"]] == [
        (1995, ["Yannick Dalmas", "JJ Lehto", "Masanori Sekiya"])]


def test_a_place_in_a_relative_clause_ending_the_sentence_is_no_place_of_the_next(extract):
    text = ("Nürburg, 22 June 2025 – ROWE Racing won the Nürburgring 24 Hours. It is a third win for Augusto Farfus, "
            "who had already won the Bathurst 12 Hour with Team WRT in February. Jesse Krohn and Raffaele Marciello "
            "are first-time winners.")
    assert {r["event"] for r in extract(text, "en")["results"] if r["drivers"] == ["Jesse Krohn", "Raffaele Marciello"]
            or r["drivers"] == ["Jesse Krohn"]} == {"Nürburgring 24 Hours"}


def test_an_interview_answer_takes_the_year_the_last_question_named(extract):
    text = ("Yannick Dalmas : « En 1995, la pluie a été notre alliée »\n\nLe Mans, le 9 juin 2015 – Le pilote se "
            "souvient.\n\nVous attendiez-vous à gagner au Mans en 1995 ?\n\nYannick Dalmas :\n« Honnêtement, non. "
            "La WR de William David avait signé la pole position. »\n\nMcLaren a placé quatre voitures dans les cinq "
            "premiers. Vous en souvenez-vous ?\n\nYannick Dalmas :\n« Bien sûr. La McLaren d'Andy Wallace, de Derek "
            "Bell et de son fils Justin Bell a terminé troisième. »")
    assert sorted((r["kind"], r["position"], r["season"]) for r in extract(text, "fr")["results"]) == [
        ("qualifying", 1, 1995), ("race", 3, 1995)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Spa-Francorchamps, 29 July 2018 – Philipp Eng won the Total 24 Hours of Spa.\n\nThird place, 37.941 "
           "seconds behind the winners, went to the brothers Kelvin and Sheldon van der Linde (RSA) and Jeffrey "
           "Schmidt."),
    ("fr", "Spa-Francorchamps, le 29 juillet 2018 – Philipp Eng a remporté les 24 Heures de Spa.\n\nLa troisième "
           "place, à 37,941 secondes des vainqueurs, revient aux frères Kelvin et Sheldon van der Linde (RSA) et à "
           "Jeffrey Schmidt."),
])
def test_a_rank_going_to_a_crew_a_gap_behind_the_winners_is_that_rank_alone(extract, lang, text):
    assert sorted(r["position"] for r in extract(text, lang)["results"]
                  if "Sheldon van der Linde" in r["drivers"]) == [3]


def test_a_grid_slot_in_an_apposition_to_a_name_passes_no_session_on(extract):
    text = ("Abou Dhabi, le 25 novembre 2018 – Lewis Hamilton a remporté la course. À Yas Marina, Carlos Sainz, "
            "onzième sur la grille, a remonté le peloton pour finir sixième.")
    assert sorted((r["kind"], r["position"]) for r in extract(text, "fr")["results"]
                  if r["drivers"] == ["Carlos Sainz"]) == [("qualifying", 11), ("race", 6)]


def test_a_clause_saying_to_whom_a_win_went_names_them_in_the_next(extract):
    text = ("Daytona Beach, le 26 janvier 2025 – Felipe Nasr a remporté les 24 Heures de Daytona. En GTD, la victoire "
            "revient à la Chevrolet Corvette Z06 GT3.R n°13 d'AWA, menée à l'arrivée par Matthew Bell.")
    assert [r["position"] for r in extract(text, "fr")["results"] if r["drivers"] == ["Matthew Bell"]] == [1]


def test_names_before_a_french_perfect_follow_word_take_the_next_places_of_the_session(extract):
    text = ("Nürburg, le 11 octobre 2020 – Lewis Hamilton a remporté le Grand Prix de l'Eifel de Formule 1.\n\nEn "
            "qualifications, Valtteri Bottas (Mercedes) a signé la pole position devant Hamilton et Max Verstappen. "
            "Charles Leclerc (Ferrari) et Alexander Albon (Red Bull Racing) ont suivi, Daniel Ricciardo s'est classé "
            "sixième.")
    assert sorted((r["position"], r["drivers"][0]) for r in extract(text, "fr")["results"]
                  if r["kind"] == "qualifying" and r["position"] > 3) == [
        (4, "Charles Leclerc"), (5, "Alexander Albon"), (6, "Daniel Ricciardo")]


def test_a_class_decided_by_a_car_is_its_crews_win_ahead_of_a_crew_named_after_a_model(extract):
    text = ("Spa, 4. Mai 2013 – Audi gewinnt in Spa. Die GTE-Pro-Klasse entschied der Ferrari 458 Italia von AF Corse "
            "mit Gianmaria Bruni und Giancarlo Fisichella vor dem Aston Martin Vantage von Bruno Senna, Frédéric "
            "Makowiecki und Rob Bell.")
    assert sorted((r["position"], r["drivers"]) for r in extract(text)["results"] if r["drivers"]) == [
        (1, ["Gianmaria Bruni", "Giancarlo Fisichella"]), (2, ["Bruno Senna", "Frédéric Makowiecki", "Rob Bell"])]


def test_a_rank_after_a_title_epithet_before_a_name_is_the_races(extract):
    text = ("Toyota City, 13 November 2022 – Thierry Neuville won Rally Japan. Newly crowned champion Kalle Rovanperä, "
            "delayed by a puncture, finished only twelfth.")
    assert [(r["kind"], r["position"]) for r in extract(text, "en")["results"]
            if r["drivers"] == ["Kalle Rovanperä"]] == [("race", 12)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Nürburg, 22 June 2025 – ROWE Racing won the Nürburgring 24 Hours. Augusto Farfus had already won the "
           "Bathurst 12 Hour with Team WRT in February. Jesse Krohn and Raffaele Marciello are first-time winners."),
    ("fr", "Nürburg, le 22 juin 2025 – ROWE Racing a remporté les 24 Heures du Nürburgring. Augusto Farfus avait déjà "
           "gagné les 12 Heures de Bathurst en février avec Team WRT. Jesse Krohn et Raffaele Marciello ont gagné pour "
           "la première fois."),
])
def test_a_place_already_won_earlier_is_no_scene_for_the_next_sentence(extract, lang, text):
    assert {r["event"] for r in extract(text, lang)["results"] if "Jesse Krohn" in r["drivers"]} == {
        "Nürburgring 24 Hours" if lang == "en" else "24 Heures du Nürburgring"}


def test_a_session_named_in_an_earlier_clause_goes_on_into_the_next_sentence(extract):
    text = ("Monza, 8. September 2019 – Charles Leclerc gewinnt den Großen Preis von Italien.\n\nIn einem turbulenten "
            "Qualifying, an dessen Ende mehrere Fahrer ihre letzte schnelle Runde nicht mehr beginnen konnten, fuhr er "
            "im SF90 die schnellste Zeit. Lewis Hamilton und Valtteri Bottas folgten auf den Plätzen zwei und drei, "
            "Sebastian Vettel ging von Startplatz vier ins Rennen.")
    assert sorted((r["kind"], r["position"]) for r in extract(text)["results"] if r["position"] in (2, 3)) == [
        ("qualifying", 2), ("qualifying", 3)]


def test_crews_listed_before_as_many_ranks_take_one_rank_each_whole(extract):
    text = ("Spa, 6 May 2017 – Sébastien Buemi won the 6 Hours of Spa-Francorchamps for Toyota, with Timo "
            "Bernhard/Brendon Hartley and Neel Jani/André Lotterer second and third.")
    assert sorted((r["position"], r["drivers"]) for r in extract(text, "en")["results"]) == [
        (1, ["Sébastien Buemi"]), (2, ["Timo Bernhard", "Brendon Hartley"]), (3, ["Neel Jani", "André Lotterer"])]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nagoya, 13 novembre 2022 – Thierry Neuville remporte le Rallye du Japon. Tout juste sacré, le champion du "
           "monde Kalle Rovanperä, retardé samedi par une crevaison, n'a terminé que douzième."),
    ("en", "Nagoya, 13 November 2022 – Thierry Neuville won Rally Japan. Freshly crowned, world champion Kalle "
           "Rovanperä, delayed on Saturday by a puncture, finished only twelfth."),
])
def test_a_title_word_in_a_phrase_fronting_the_name_makes_no_rank_a_standings(extract, lang, text):
    assert [(r["kind"], r["position"]) for r in extract(text, lang)["results"]
            if r["drivers"] == ["Kalle Rovanperä"]] == [("race", 12)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Braselton, 13. Oktober 2018 – Wayne Taylor Racing gewinnt. Der Cadillac von Filipe Albuquerque und "
           "Christian Fittipaldi führte in die letzte Runde, blieb aber drei Kurven vor dem Ziel ohne Benzin stehen "
           "und fiel auf Rang vier zurück."),
    ("de", "Nürburg, 26. Juni 2011 – Manthey gewinnt. Der Porsche von Jörg Bergmeister und Richard Lietz blieb nach "
           "einer Kollision stehen, fiel weit zurück und kam nur als 27. an."),
])
def test_a_retirement_word_before_a_place_the_car_finished_in_is_no_retirement(extract, lang, text):
    assert [(r["status"], r["position"]) for r in extract(text, lang)["results"] if r["position"] != 1] == [
        ("finished", 4 if "Cadillac" in text else 27)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Montreal, 29 July 2017 – Lucas di Grassi won from pole. The Techeetah pair Jean-Éric Vergne and Stéphane "
           "Sarrazin completed the podium in second and third."),
    ("de", "Montreal, 29. Juli 2017 – Lucas di Grassi gewann von der Pole-Position. Das Techeetah-Duo Jean-Éric Vergne "
           "und Stéphane Sarrazin komplettierte das Podium auf den Plätzen zwei und drei."),
])
def test_a_podium_completed_in_ranks_named_gives_each_name_its_rank(extract, lang, text):
    assert sorted((r["position"], r["drivers"]) for r in extract(text, lang)["results"] if r["kind"] == "race") == [
        (1, ["Lucas di Grassi"]), (2, ["Jean-Éric Vergne"]), (3, ["Stéphane Sarrazin"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Montreal, 30 July 2017 – Formula E finale. Sunday's race belonged to Jean-Éric Vergne, who beat "
           "pole-sitter Felix Rosenqvist to score his first Formula E victory."),
    ("de", "Montreal, 30. Juli 2017 – Formel E. Jean-Éric Vergne setzte sich gegen Felix Rosenqvist (Mahindra Racing) "
           "durch, der von der Pole-Position gestartet war."),
])
def test_the_one_beaten_to_a_win_is_second(extract, lang, text):
    assert sorted((r["position"], r["drivers"]) for r in extract(text, lang)["results"] if r["kind"] == "race") == [
        (1, ["Jean-Éric Vergne"]), (2, ["Felix Rosenqvist"])]


def test_a_place_before_a_disqualification_in_the_same_sentence_is_none(extract):
    text = ("Montreal, 29 July 2017 – Lucas di Grassi won from pole. Sébastien Buemi charged from twelfth on the grid "
            "to fourth, only to be disqualified after the race because his car was underweight.")
    assert [(r["status"], r["position"]) for r in extract(text, "en")["results"]
            if r["drivers"] == ["Sébastien Buemi"]] == [("disqualified", None)]


def test_the_one_a_win_by_seconds_came_from_is_second(extract):
    text = "Suzuka, 13 October 1996 – Damon Hill won the Japanese Grand Prix by 1.883 seconds from Michael Schumacher."
    assert sorted((r["position"], r["drivers"]) for r in extract(text, "en")["results"]) == [
        (1, ["Damon Hill"]), (2, ["Michael Schumacher"])]


def test_an_apposition_between_a_name_and_a_coordinated_name_is_about_the_name_before(extract):
    text = ("Brands Hatch, le 6 octobre 1985 – Nigel Mansell (Williams-Honda) remportait le premier Grand Prix de sa "
            "carrière devant Ayrton Senna (Lotus-Renault), parti de la pole position, et Keke Rosberg.")
    assert [r["drivers"] for r in extract(text, "fr")["results"] if r["kind"] == "qualifying"] == [["Ayrton Senna"]]


@pytest.mark.parametrize("lang, text", [
    ("en", "Baku, 6 June 2021 – Pierre Gasly finished third. Qualified fourth on Saturday, the Frenchman drove a "
           "flawless race."),
    ("fr", "Bakou, le 6 juin 2021 – Pierre Gasly termine troisième. Qualifié quatrième samedi, le Normand a signé une "
           "course parfaite."),
])
def test_a_rank_fronted_after_a_qualifying_word_is_the_sessions(extract, lang, text):
    assert sorted((r["kind"], r["position"]) for r in extract(text, lang)["results"]
                  if r["drivers"] == ["Pierre Gasly"]) == [("qualifying", 4), ("race", 3)]


def test_a_class_rank_word_is_the_classs_place(extract):
    text = ("Spa, 30. Juni 2024 – Comtoyou gewinnt. Im Bronze Cup belegte der Ferrari mit Andrea Bertolini den zweiten "
            "Platz; der Ferrari 296 GT3 von Sky Tempesta Racing mit Jonathan Hui und Chris Froggatt wurde "
            "Klassenvierter.")
    assert [(r["kind"], r["position"]) for r in extract(text)["results"]
            if r["drivers"] == ["Jonathan Hui", "Chris Froggatt"]] == [("race", 4)]


def test_a_class_named_like_a_rank_is_no_rank_and_a_later_standing_leaves_a_margin_the_races(extract):
    text = ("Braselton, 19 October 2013 – Rebellion won. Scott Tucker, Ryan Briscoe and Marino Franchitti won the P2 "
            "class. They beat the Extreme Speed Motorsports entry of Scott Sharp, Anthony Lazzaro and David Brabham by "
            "just 1.39 seconds, and the class win sealed the P2 drivers' championship for Tucker.")
    assert sorted((r["kind"], r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]
                  if r["drivers"]) == [("race", 1, "Scott Tucker"), ("race", 2, "Scott Sharp")]


def test_a_session_the_sentence_goes_on_from_to_the_race_is_not_passed_on(extract):
    text = ("Montreal, 30. Juli 2017 – Lucas di Grassi ist Formel-E-Champion vor Sébastien Buemi.\n\n"
            "Die Vorentscheidung fiel am Samstag. Buemi schlug im zweiten freien Training in die Mauer ein, der nötige "
            "Batteriewechsel kostete ihn zehn Startplätze. Di Grassi dagegen sicherte sich die Pole-Position und "
            "führte das Rennen über alle 35 Runden an. Platz zwei und drei gingen an das Techeetah-Duo Jean-Éric "
            "Vergne und Stéphane Sarrazin.")
    assert sorted((r["kind"], r["position"]) for r in extract(text)["results"]
                  if r["drivers"] in (["Jean-Éric Vergne"], ["Stéphane Sarrazin"])) == [("race", 2), ("race", 3)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Nürburg, 11 October 2020 – Valtteri Bottas took pole. Daniel Ricciardo went round the outside of Alex "
           "Albon at the start, then passed Charles Leclerc on lap nine to move up to fourth."),
    ("fr", "Nürburg, le 11 octobre 2020 – Valtteri Bottas en pole. Daniel Ricciardo a dépassé Charles Leclerc au "
           "neuvième tour pour remonter à la quatrième place."),
])
def test_the_one_overtaken_is_not_placed(extract, lang, text):
    assert [(r["position"], r["drivers"]) for r in extract(text, lang)["results"] if r["kind"] == "race"] == [
        (4, ["Daniel Ricciardo"])]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Sakhir, le 30 mars 2019 – Charles Leclerc en pole. Michael Schumacher y avait remporté la première édition "
           "en 2004, Felipe Massa s'y était imposé en 2007 et en 2008, Fernando Alonso en 2010 pour sa première course "
           "en rouge."),
    ("en", "Sakhir, 30 March 2019 – Charles Leclerc on pole. Felipe Massa won here in 2007 and 2008, Fernando Alonso "
           "in 2010 in his first race for Ferrari."),
])
def test_a_name_and_its_year_after_a_win_won_in_that_year(extract, lang, text):
    assert [(r["position"], r["season"]) for r in extract(text, lang)["results"]
            if r["drivers"] == ["Fernando Alonso"]] == [(1, 2010)]


def test_names_listed_each_with_their_years_stay_one_list(extract):
    text = ("Monaco, 23 May 2021 – Max Verstappen won. The win was Red Bull's fifth in Monaco after Mark Webber in "
            "2010 and 2012, Sebastian Vettel in 2011 and Daniel Ricciardo in 2018.")
    assert sorted((r["season"], r["drivers"][0]) for r in extract(text, "en")["results"] if r["season"] < 2021) == [
        (2010, "Mark Webber"), (2011, "Sebastian Vettel"), (2012, "Mark Webber"), (2018, "Daniel Ricciardo")]


def test_a_team_joined_by_a_hyphen_and_the_crew_it_entered_with(extract):
    text = ("Daytona, 27. Januar 2008 – Ganassi gewinnt. Rang drei sicherte sich Penske-Taylor Racing, das mit Helio "
            "Castroneves, Ryan Briscoe und Kurt Busch antrat.")
    assert [(r["position"], r["team"], r["drivers"]) for r in extract(text)["results"]] == [
        (3, "Penske-Taylor Racing", ["Helio Castroneves", "Ryan Briscoe", "Kurt Busch"])]


def test_the_one_a_winner_holds_off_is_second(extract):
    text = ("Hyderabad, 11 February 2023 – Jean-Éric Vergne holds off Nick Cassidy by four tenths to claim the new "
            "team's maiden win.")
    assert sorted((r["position"], r["drivers"]) for r in extract(text, "en")["results"]) == [
        (1, ["Jean-Éric Vergne"]), (2, ["Nick Cassidy"])]


def test_a_lowercase_rank_listed_after_a_rank_with_its_noun_is_a_rank(extract):
    text = ("Hockenheim, 28 July 2019 – Daniil Kvyat finished third. He had been on the podium before, after second "
            "place in the 2015 Hungarian Grand Prix and third in the 2016 Chinese Grand Prix.")
    assert sorted((r["season"], r["position"]) for r in extract(text, "en")["results"] if r["season"] < 2019) == [
        (2015, 2), (2016, 3)]

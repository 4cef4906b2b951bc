"""German titles (explicit, listed, implied) and events (meetings, seasons, dates)."""

import pytest

from .conftest import assert_evidence


def extracted(extract, text):
    document = extract(text)
    assert_evidence(text, document)
    return document


def holders(titles):
    return sorted((t["category"], t["season"], tuple(t["drivers"]) or t["team"] or t["manufacturer"]) for t in titles)


def test_driver_title_with_its_season(extract):
    titles = extracted(extract, "Marco Wittmann sicherte sich 2016 den Titel in der DTM.")["titles"]
    assert holders(titles) == [("driver", 2016, ("Marco Wittmann",))]
    assert titles[0]["series"] == "DTM"


def test_category_words_decide_the_holder(extract):
    text = "Zwischen 2009 und 2012 war BMW am Start und sicherte sich 2010 den Hersteller- sowie den Teamtitel für das BMW Team RLL."
    assert holders(extracted(extract, text)["titles"]) == [
        ("manufacturer", 2010, "BMW"), ("team", 2010, "BMW Team RLL")]


def test_years_in_parentheses_give_one_title_each(extract):
    text = "Zuvor gewannen Laurent Aiello (2002), Mattias Ekström (2004 und 2007) sowie Martin Tomczyk (2011) den DTM-Titel für Audi."
    assert holders(extracted(extract, text)["titles"]) == [
        ("driver", 2002, ("Laurent Aiello",)), ("driver", 2004, ("Mattias Ekström",)),
        ("driver", 2007, ("Mattias Ekström",)), ("driver", 2011, ("Martin Tomczyk",))]


def test_consecutive_run_of_titles(extract):
    text = "Sébastien Loeb und Daniel Elena hatten zwischen 2004 und 2012 neun WM-Titel in Folge für Citroën gewonnen."
    titles = extracted(extract, text)["titles"]
    assert [t["season"] for t in titles] == list(range(2004, 2013))
    assert all(t["drivers"] == ["Sébastien Loeb", "Daniel Elena"] for t in titles)


def test_title_hattrick_implies_three_titles(extract):
    text = ("Das BMW Team RLL setzte den BMW M3 GT ein. Der zweite Titel-Hattrick folgte in der Saison 2011: "
            "Dirk Müller und Joey Hand standen nach dem Finale auch bei den Fahrern ganz oben.")
    assert holders(extracted(extract, text)["titles"]) == [
        ("driver", 2011, ("Dirk Müller", "Joey Hand")), ("manufacturer", 2011, "BMW"), ("team", 2011, "BMW Team RLL")]


def test_a_title_won_is_not_also_a_standing(extract):
    document = extracted(extract, "Pascal Wehrlein wurde 2015 DTM-Meister.")
    assert holders(document["titles"]) == [("driver", 2015, ("Pascal Wehrlein",))]
    assert document["results"] == []


def test_title_hope_is_no_title(extract):
    assert extracted(extract, "Timo Glock will 2012 den Titel holen.")["titles"] == []


def test_one_event_per_meeting_with_dateline_date(extract):
    text = ("Hockenheim gewinnt\n\nHockenheim, 16. Oktober 2016. Marco Wittmann fuhr auf dem Hockenheimring auf Platz vier. "
            "Der Hockenheimring war ausverkauft.")
    events = extracted(extract, text)["events"]
    assert len(events) == 1
    assert events[0]["season"] == 2016 and events[0]["date"] == "2016-10-16"


def test_named_event_gets_its_venue_and_series_from_the_knowledge_base(extract):
    [event] = extracted(extract, "Audi gewann 2013 die 24 Stunden von Le Mans.")["events"]
    assert event["name"] == "24 Stunden von Le Mans"
    assert event["season"] == 2013
    assert event["series"] == "FIA World Endurance Championship"
    assert event["venue"]


def test_past_editions_are_their_own_events(extract):
    text = "Allan McNish gewann in Le Mans 1998 und 2008."
    assert sorted(e["season"] for e in extracted(extract, text)["events"]) == [1998, 2008]


def test_relative_year_is_resolved_against_the_dateline(extract):
    text = ("Vorschau\n\nMünchen, 3. Dezember 2013. Im kommenden Jahr startet BMW bei den 24 Stunden von Daytona.")
    [event] = extracted(extract, text)["events"]
    assert event["season"] == 2014


@pytest.mark.parametrize("lang, text", [
    ("de", "Shanghai, 9. November 2013 – Allan McNish, Tom Kristensen und Loïc Duval haben die Fahrerwertung der WEC "
           "gewonnen."),
    ("en", "Shanghai, 9 November 2013 – Allan McNish, Tom Kristensen and Loïc Duval have won the WEC drivers' title."),
], ids=["de", "en"])
def test_a_title_goes_to_the_whole_crew_a_comma_list_names(extract, lang, text):
    assert [t["drivers"] for t in extract(text, lang)["titles"]] == [["Allan McNish", "Tom Kristensen", "Loïc Duval"]]


def test_a_nationality_descriptor_holds_the_title_of_the_person_of_that_nationality(extract):
    text = "Abu Dhabi, 14.11.2010 – Sebastian Vettel gewann vor Lewis Hamilton. Der Deutsche ist damit Weltmeister."
    assert [t["drivers"] for t in extract(text)["titles"]] == [["Sebastian Vettel"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Istanbul, 15. November 2020 – Die Konstrukteurswertung hatte Mercedes bereits in Imola entschieden – zum "
           "siebten Mal in Folge seit 2014."),
    ("en", "Istanbul, 15 November 2020 – Mercedes had already clinched the constructors' title at Imola – for the "
           "seventh consecutive time since 2014."),
], ids=["de", "en"])
def test_a_consecutive_count_after_a_dash_counts_the_title_before_it(extract, lang, text):
    assert sorted(t["season"] for t in extract(text, lang)["titles"]) == list(range(2014, 2021))


@pytest.mark.parametrize("lang, text", [
    ("de", "Milton Keynes, 28. November 2011 – Sebastian Vettel verteidigte die Fahrer-Weltmeisterschaft."),
    ("en", "Milton Keynes, 28 November 2011 – Sebastian Vettel defended the drivers' championship."),
], ids=["de", "en"])
def test_a_standing_defended_is_this_seasons_title_and_the_last(extract, lang, text):
    assert sorted((t["season"], t["drivers"][0]) for t in extract(text, lang)["titles"]) == [
        (2010, "Sebastian Vettel"), (2011, "Sebastian Vettel")]


def test_a_place_lifted_to_in_the_standings_is_no_title(extract):
    document = extract("Rome, 10 April 2022 – The double lifts Mitch Evans to fourth in the drivers' championship.", "en")
    assert (document["titles"], [(r["kind"], r["position"]) for r in document["results"]]) == (
        [], [("championship", 4)])


def test_standing_awarded_is_a_title(extract):
    document = extract("Hockenheim, 16. Oktober 2016. Die Hersteller- und die Teamwertung gingen an Audi "
                       "und das Audi Sport Team Abt Sportsline.")
    titles = {(t["category"], t["team"] or t["manufacturer"]) for t in document["titles"]}
    assert titles == {("manufacturer", "Audi"), ("team", "Audi Sport Team Abt Sportsline")}


def test_standing_place_secured_is_no_title(extract):
    document = extract("Zandvoort, 29. September 2013. Augusto Farfus sicherte sich damit vorzeitig Rang zwei "
                       "der Gesamtwertung.")
    assert document["titles"] == []
    assert [(r["kind"], r["position"]) for r in document["results"]] == [("championship", 2)]


@pytest.mark.parametrize("text, name", [
    ("Nürburgring, 7. Juli 2013. Sebastian Vettel gewann auf dem Nürburgring den Großen Preis von Deutschland. Nico "
     "Rosberg wurde Neunter.", "Großer Preis von Deutschland"),
    ("Istanbul, 15. November 2020. Lewis Hamilton gewann den Großen Preis der Türkei. Sergio Pérez wurde Zweiter.",
     "Großer Preis der Türkei"),
])
def test_grand_prix_meets_at_that_seasons_venue(extract, text, name):
    document = extract(text)
    assert {r["event"] for r in document["results"]} == {name}
    assert len(document["events"]) == 1


def test_epithet_is_last_seasons_title(extract):
    document = extract("Mexiko-Stadt, 12. Februar 2022. Mortara führt die Wertung vor Weltmeister Nyck de Vries an.")
    assert [(t["category"], t["season"], t["drivers"]) for t in document["titles"]] == [
        ("driver", 2021, ["Nyck de Vries"])]


def test_epithet_in_a_dated_sentence_is_that_seasons_title(extract):
    document = extract("Hockenheim, 20. September 2019. 2018 fehlten Rast vier Punkte auf Champion Gary Paffett.")
    assert [(t["season"], t["drivers"]) for t in document["titles"]] == [(2018, ["Gary Paffett"])]


def test_constructors_title_names_the_make_as_team(extract):
    document = extract("Abu Dhabi, 23. November 2014. Den Konstrukteurstitel der Formel 1 holte 2014 Mercedes.")
    assert [(t["category"], t["season"], t["team"]) for t in document["titles"]] == [("team", 2014, "Mercedes")]


def test_a_constructors_title_without_holder_is_the_releases_make_not_the_rivals_team(extract):
    text = ("Monza, 10. September 2006 – Michael Schumacher hat im Ferrari 248 F1 den Großen Preis von Italien "
            "gewonnen, vor Kimi Räikkönen im McLaren-Mercedes. Ferrari führt bei den Konstrukteuren. Die Scuderia "
            "selbst holte von 1999 bis 2004 sechs Konstrukteurstitel in Folge.")
    titles = extract(text)["titles"]
    assert [(t["season"], t["team"]) for t in titles] == [(year, "Ferrari") for year in range(1999, 2005)]


def test_compound_epithet_before_a_name(extract):
    document = extract("Hockenheim, 6. Oktober 2019. 2019 hieß der DTM-Champion René Rast.")
    assert [(t["season"], t["drivers"]) for t in document["titles"]] == [(2019, ["René Rast"])]


@pytest.mark.parametrize(
    "text, lang, seasons",
    [
        ("Versailles, 12 novembre 2012 – Neuvième titre consécutif pour Sébastien Loeb.", "fr", list(range(2004, 2013))),
        ("Abu Dhabi, 12. Dezember 2020. Mercedes holte sieben Konstrukteurstitel in Folge seit 2014.", "de",
         list(range(2014, 2021))),
        ("Versailles, 12 novembre 2012 – Citroën remporte le titre des constructeurs, le huitième après ceux de "
         "2003, 2004 et 2005.", "fr", [2003, 2004, 2005, 2012]),
        ("Cologne, 17 November 2022 – Toyota won the title. It is Toyota's fifth manufacturers' title, following those "
         "of 2014, 2018-2019, 2019-2020 and 2021.", "en", [2014, 2019, 2020, 2021, 2022]),
    ],
    ids=["run-up-to-now", "run-since-year", "after-listed-years", "following-listed-seasons-over-two-years"],
)
def test_title_runs_and_earlier_titles(extract, text, lang, seasons):
    found = extract(text, lang)["titles"]
    assert sorted(t["season"] for t in found) == seasons


def test_a_defended_title_was_won_the_season_before(extract):
    text = "Milton Keynes, 28. November 2011 – Sebastian Vettel verteidigt seinen WM-Titel in der Formel 1."
    assert sorted(t["season"] for t in extract(text)["titles"]) == [2010, 2011]


@pytest.mark.parametrize(
    "text, lang, category",
    [
        ("Versailles, 12 novembre 2012 – Citroën remporte le titre des constructeurs du championnat du monde des "
         "rallyes.", "fr", "manufacturer"),
        ("Abu Dhabi, 27 November 2016 – Mercedes won the constructors' title of the Formula 1 World Championship.",
         "en", "team"),
    ],
    ids=["wrc-make", "f1-team"],
)
def test_constructors_title_category_follows_the_series(extract, text, lang, category):
    assert [t["category"] for t in extract(text, lang)["titles"]] == [category]


def test_titles_listed_before_their_word_with_commas(extract):
    text = "Jyväskylä, 22. November 2017 – Toyota hat 1993, 1994 und 1999 die Herstellerwertung gewonnen."
    assert sorted(t["season"] for t in extract(text)["titles"]) == [1993, 1994, 1999]


def test_my_titles_in_a_quote_are_the_speakers(extract):
    text = ('Jyväskylä, 22. November 2017 – Tommi Mäkinen blickt zurück.\n\n'
            'Tommi Mäkinen: „Meine vier Titel von 1996 bis 1999 waren eine wunderbare Zeit.“')
    found = sorted((t["season"], t["drivers"]) for t in extract(text)["titles"])
    assert found == [(y, ["Tommi Mäkinen"]) for y in range(1996, 2000)]


def test_an_event_keeps_the_circuits_name_over_its_town(extract):
    text = ("Austin, 20 septembre 2014 – Kuno Wittmer a gagné sur le Circuit des Amériques. À Austin, la Viper "
            "était imbattable.")
    events = extract(text, "fr")["events"]
    assert [(e["venue"], e["season"]) for e in events] == [("Circuit des Amériques", 2014)]


def test_an_event_takes_the_form_most_mentions_of_its_venue_hold(extract):
    text = ("Shanghai, 9. November 2013. Audi hat in Le Mans gewonnen. Der Sieg in Le Mans war der wichtigste. Im Juni "
            "stand Allan McNish an der Sarthe ganz oben.")
    events = extracted(extract, text)["events"]
    assert [(e["venue"], e["season"]) for e in events] == [("Le Mans", 2013)]


def test_a_pronoun_after_a_team_in_a_partner_phrase_refers_back(extract):
    text = ("Abu Dhabi, 26. November 2017 – Sebastian Vettel fährt für Ferrari. Mit Red Bull Racing holte er "
            "anschließend vier Weltmeistertitel in Serie von 2010 bis 2013.")
    found = sorted((t["season"], t["drivers"]) for t in extract(text)["titles"])
    assert found == [(year, ["Sebastian Vettel"]) for year in (2010, 2011, 2012, 2013)]


def test_titles_listed_with_bare_years_after_each_name(extract):
    text = ("Kempten, 3. August 2017 – „Wir haben in der DTM viel erlebt – die Titel mit Laurent Aïello 2002, mit "
            "Mattias Ekström 2004 und 2007, mit Timo Scheider 2008 und 2009.“")
    found = sorted((t["season"], t["drivers"][0]) for t in extract(text)["titles"])
    assert found == [(2002, "Laurent Aïello"), (2004, "Mattias Ekström"), (2007, "Mattias Ekström"),
                     (2008, "Timo Scheider"), (2009, "Timo Scheider")]


def test_a_year_after_a_comma_or_in_a_relative_clause_does_not_date_the_title(extract):
    text = ("Hockenheim, 5. Oktober 2014 – Prosperia C. Abt Racing verteidigte den Titel in der Teamwertung, den die "
            "Mannschaft bereits 2013 gewonnen hatte. 2013 gewannen Daniel Keilwitz und Diego Alessi den Fahrertitel, "
            "2009 hatte Callaway Competition bereits die Teamwertung für sich entschieden.")
    found = sorted((t["category"], t["season"], t["team"] if t["category"] == "team" else t["drivers"][0])
                   for t in extract(text)["titles"])
    assert found == [("driver", 2013, "Daniel Keilwitz"), ("team", 2009, "Callaway Competition"),
                     ("team", 2013, "Prosperia C. Abt Racing"), ("team", 2014, "Prosperia C. Abt Racing")]


@pytest.mark.parametrize(
    "text, lang",
    [("Hockenheim, 6. Oktober 2019 – Marco Wittmann gewann die DTM 2014 und 2016 für BMW.", "de"),
     ("Hockenheim, 6 October 2019 – Marco Wittmann won the DTM in 2014 and 2016 for BMW.", "en")],
    ids=["de", "en"],
)
def test_a_series_won_is_its_title_not_a_race_win(extract, text, lang):
    document = extract(text, lang)
    assert sorted((t["season"], t["drivers"]) for t in document["titles"]) == [
        (2014, ["Marco Wittmann"]), (2016, ["Marco Wittmann"])]
    assert document["results"] == []


def test_a_title_stated_outright_beats_the_holder_a_hattrick_implies(extract):
    text = ("Hockenheim, 6. Oktober 2019 – Audi holt das Titel-Triple. Nico Müller gewann das letzte Rennen. "
            "René Rast hatte sich den Fahrertitel bereits auf dem Nürburgring gesichert.")
    found = [(t["season"], t["drivers"]) for t in extract(text)["titles"] if t["category"] == "driver"]
    assert found == [(2019, ["René Rast"])]


def test_a_category_word_in_another_part_of_the_clause_does_not_set_the_titles_category(extract):
    text = ("Monaco, 23 janvier 2022 – Sébastien Loeb gagne. Loeb signe la première victoire avec un autre "
            "constructeur que Citroën, avec qui il avait conquis neuf titres mondiaux consécutifs de 2004 à 2012.")
    found = [(t["category"], t["season"], t["drivers"]) for t in extract(text, "fr")["titles"]]
    assert found == [("driver", year, ["Sébastien Loeb"]) for year in range(2004, 2013)]


def test_an_edition_named_by_its_race_alone_gets_its_venues_town(extract):
    text = ("Le Mans, 10 juin 2015 – Audi vise la victoire aux 24 Heures du Mans. En 2014, Marcel Fässler, "
            "André Lotterer et Benoît Tréluyer avaient remporté la course.")
    venues = {e["season"]: e["venue"] for e in extract(text, "fr")["events"]}
    assert venues[2014] == "Le Mans"


def test_an_edition_named_by_the_town_after_a_contracted_article_is_the_towns(extract):
    text = ("Le Mans, le 19 juin 2016 – Porsche a remporté les 24 Heures du Mans avec Romain Dumas, Neel Jani et Marc "
            "Lieb. Porsche avait signé sa première victoire du Mans en 1970, lorsque Hans Herrmann et Richard Attwood "
            "s'étaient imposés sur une 917.")
    document = extract(text, "fr")
    assert {e["season"]: e["venue"] for e in document["events"]}[1970] == "Le Mans"
    assert [(r["season"], r["event"]) for r in document["results"]] == [(2016, "24 Heures du Mans"), (1970, "Le Mans")]


def test_another_years_rally_named_by_its_host_town_is_the_rally(extract):
    text = ("Sapporo, 12 September 2010 – Sébastien Ogier won Rally Japan for Citroën. In 2008 Sébastien Loeb sealed his "
            "fifth title in Sapporo with third place, behind Mikko Hirvonen and Jari-Matti Latvala, who gave Ford "
            "a one-two. Hirvonen had also won in 2007, when Dani Sordo finished second.")
    results = extract(text, "en")["results"]
    # 2007's rally was held from Obihiro, not Sapporo: the rally still, not the town
    assert {(r["season"], r["event"]) for r in results if r["kind"] == "race"} == {
        (2010, "Rally Japan"), (2008, "Rally Japan"), (2007, "Rally Japan")}


def test_a_town_that_hosted_races_is_a_venue(extract):
    text = ("Hockenheim, 23. Oktober 2011 – Jamie Green gewann in Hockenheim. Seinen Titel hatte Martin Tomczyk bereits "
            "am 2. Oktober in Valencia perfekt gemacht.")
    assert sorted(e["venue"] for e in extract(text)["events"]) == ["Hockenheim", "Valencia"]


def test_a_head_office_in_the_dateline_is_no_event(extract):
    text = ("Toyota wins at Fuji\n\nToyota City, 11 September 2022 – The World Endurance Championship returned to "
            "Japan, and Sébastien Buemi won the 6 Hours of Fuji.")
    events = extract(text, "en")["events"]
    assert [(e["name"], e["season"]) for e in events] == [("6 Hours of Fuji", 2022)]


def test_a_descriptor_after_den_refers_back_to_the_winner(extract):
    text = ("Hockenheim, 18. Oktober 2015 – Den Sieg sicherte sich Timo Scheider. Für den Meister von 2008 und 2009 "
            "war es ein besonderer Tag.")
    assert sorted((t["season"], t["drivers"]) for t in extract(text)["titles"]) == [
        (2008, ["Timo Scheider"]), (2009, ["Timo Scheider"])]


def test_an_attributions_descriptor_is_the_quotes_speaker_and_a_compounds_years_are_its_titles(extract):
    text = ("Nürnberg, 24. Juni 2018 – Marco Wittmann gewann. „Ich habe Lucas Auer jeden Meter abverlangt“, sagte der "
            "DTM-Champion von 2014 und 2016 nach der Zieldurchfahrt.")
    assert sorted((t["season"], t["drivers"]) for t in extract(text)["titles"]) == [
        (2014, ["Marco Wittmann"]), (2016, ["Marco Wittmann"])]


def test_a_year_after_an_earlier_marker_is_an_earlier_title_not_this_ones(extract):
    text = "Abu Dhabi, 23 November 2014 – Lewis Hamilton claimed his second drivers' title after 2008."
    assert sorted(t["season"] for t in extract(text, "en")["titles"]) == [2008, 2014]


def test_a_descriptors_relative_clause_gives_the_titles_to_the_person_meant(extract):
    text = ("Nürburgring, 7. Juli 2013 – Fünfmal war Sebastian Vettel leer ausgegangen. Der Red-Bull-Pilot, der 2010, "
            "2011 und 2012 Formel-1-Weltmeister geworden ist, gewann am Sonntag den Großen Preis von Deutschland.")
    document = extracted(extract, text)
    titles, results = document["titles"], document["results"]
    assert sorted((t["season"], tuple(t["drivers"])) for t in titles) == [
        (2010, ("Sebastian Vettel",)), (2011, ("Sebastian Vettel",)), (2012, ("Sebastian Vettel",))]
    assert [(r["drivers"], r["season"]) for r in results] == [(["Sebastian Vettel"], 2013)]


def test_formula_1_constructors_are_teams_in_standings_and_titles(extract):
    text = ("Abu Dhabi, 27. November 2017 – In der Formel 1 gewann Mercedes 2017 den Konstrukteurstitel. In der "
            "Konstrukteurswertung belegte Ferrari den zweiten Platz hinter Mercedes.")
    document = extracted(extract, text)
    assert holders(document["titles"]) == [("team", 2017, "Mercedes")]
    assert sorted((r["category"], r["position"], r["team"]) for r in document["results"]) == [
        ("team", 1, "Mercedes"), ("team", 2, "Ferrari")]


def test_a_release_that_never_names_its_series_takes_its_meetings(extract):
    text = ("Brackley, 30. November 2015. Mit dem Doppelsieg beim Großen Preis von Abu Dhabi hat Mercedes eine "
            "Rekordsaison abgeschlossen. In Sotschi sicherte sich Mercedes den Konstrukteurstitel.")
    document = extracted(extract, text)
    assert [(t["category"], t["series"], t["team"]) for t in document["titles"]] == [
        ("team", "Formula 1", "Mercedes")]


def test_a_standing_awarded_with_the_particle_apart_is_a_title(extract):
    text = "München, 20. Oktober 2014. In der DTM ging die Herstellerwertung an Audi."
    assert holders(extracted(extract, text)["titles"]) == [("manufacturer", 2014, "Audi")]


def test_one_title_over_years_each_with_its_crew(extract):
    text = ("Stuttgart, 5. Juni 2020 – Bei den Fahrern holten 2015 Timo Bernhard, Brendon Hartley und Mark Webber "
            "den WM-Titel, 2016 Romain Dumas, Neel Jani und Marc Lieb.")
    assert holders(extracted(extract, text)["titles"]) == [
        ("driver", 2015, ("Timo Bernhard", "Brendon Hartley", "Mark Webber")),
        ("driver", 2016, ("Romain Dumas", "Neel Jani", "Marc Lieb"))]


def test_a_title_needed_is_no_title(extract):
    text = ("Zandvoort, 29. September 2013 – Rockenfeller schob sich auf jenen zweiten Platz, den er für den "
            "vorzeitigen Titelgewinn benötigte.")
    assert extracted(extract, text)["titles"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 18 June 2006 – Sébastien Loeb, world champion in 2004 and 2005 with Citroën, was on the podium."),
    ("en", "Le Mans, 18 June 2006 – World rally champion in 2004 and 2005 with Citroën, Sébastien Loeb was on the "
           "podium."),
    ("fr", "Le Mans, 18 juin 2006 – Champion du monde des rallyes en 2004 et 2005 avec Citroën, Sébastien Loeb "
           "découvrait le podium."),
])
def test_a_title_phrase_before_or_after_a_name_is_that_persons(extract, lang, text):
    assert holders(extract(text, lang)["titles"]) == [
        ("driver", 2004, ("Sébastien Loeb",)), ("driver", 2005, ("Sébastien Loeb",))]


def test_a_verb_before_a_title_word_after_a_team_is_no_apposition(extract):
    text = ("Toyota City, 24 November 2024 – Toyota won the manufacturers' title. Cyril Abiteboul, Team Principal of "
            "Hyundai Motorsport, said the title was the result of a collective effort.")
    assert holders(extract(text, "en")["titles"]) == [("manufacturer", 2024, "Toyota")]


def test_an_earlier_title_after_the_title_word_is_no_season_of_it(extract):
    text = ("Cardiff, 17. November 2002 – Damit geht der Konstrukteurstitel nach 2000 und 2001 zum dritten Mal an "
            "Peugeot.")
    assert [t["season"] for t in extracted(extract, text)["titles"]] == [2002, 2000, 2001]


def test_a_relative_clause_title_won_with_a_make_is_the_antecedents(extract):
    text = ("Cardiff, 17. November 2002 – Peugeot gewinnt. Richard Burns, der 2001 mit Subaru Weltmeister geworden war "
            "und zu Peugeot wechselte, blieb zwar ohne Sieg, trug aber zum Markentitel bei.")
    document = extracted(extract, text)
    assert ("driver", 2001, ("Richard Burns",)) in holders(document["titles"])
    assert [r["drivers"] for r in document["results"]] == [[]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Stuttgart, 30. November 2015 – Lewis Hamilton zog mit seinem dritten Titel mit seinem Idol Ayrton Senna "
           "gleich."),
    ("en", "Brackley, 30 November 2015 – Lewis Hamilton drew level with his idol Ayrton Senna with his third title."),
])
def test_a_title_owned_by_a_possessive_is_the_subjects(extract, lang, text):
    assert holders(extract(text, lang)["titles"]) == [("driver", 2015, ("Lewis Hamilton",))]


def test_an_earlier_year_list_going_on_after_a_partner_dates_no_meeting(extract):
    text = ("Stuttgart, 30. November 2015 – Beim Großen Preis von Russland in Sotschi am 11. Oktober sicherte sich "
            "Mercedes den Konstrukteurstitel, zwei Wochen später machte Lewis Hamilton in Austin mit seinem Sieg beim "
            "Großen Preis der USA seinen dritten WM-Titel perfekt – nach 2008 mit McLaren und 2014 mit Mercedes.")
    assert {e["season"] for e in extracted(extract, text)["events"]} == {2015}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Abu Dhabi, 23 November 2014 – Lewis Hamilton has won the 2014 FIA Formula One World Championship. The "
           "British driver took victory in Sunday's Abu Dhabi Grand Prix at the Yas Marina Circuit, claiming his "
           "second drivers' title after 2008.",
     [("driver", 2008, ("Lewis Hamilton",)), ("driver", 2014, ("Lewis Hamilton",))]),
    ("de", "Le Mans, 13. Juni 2015 – Loïc Duval gewann 2013 an der Seite von Tom Kristensen und Allan McNish in Le "
           "Mans und wurde mit ihnen im selben Jahr Weltmeister.",
     [("driver", 2013, ("Loïc Duval", "Tom Kristensen", "Allan McNish"))]),
    ("en", "Toyota City, 24 November 2024 – Ott Tänak's hopes ended when he retired, leaving Thierry Neuville free to "
           "bring the car home and claim the crown.", [("driver", 2024, ("Thierry Neuville",))]),
])
def test_a_title_clause_without_a_name_goes_on_about_the_sentences_subject(extract, lang, text, expected):
    assert holders(extract(text, lang)["titles"]) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Istanbul, 15. November 2020 – Hamilton zog mit Michael Schumacher gleich, der 1994, 1995 und von 2000 bis "
           "2004 Weltmeister geworden war."),
    ("en", "Istanbul, 15 November 2020 – Michael Schumacher was world champion in 1994, 1995 and from 2000 to 2004."),
    ("fr", "Istanbul, 15 novembre 2020 – Michael Schumacher a été champion du monde en 1994, 1995 et de 2000 à 2004."),
])
def test_a_year_list_closed_by_a_range_gives_every_season(extract, lang, text):
    assert [season for _, season, holder in holders(extract(text, lang)["titles"])
            if holder == ("Michael Schumacher",)] == [1994, 1995, 2000, 2001, 2002, 2003, 2004]


@pytest.mark.parametrize("lang, text", [
    ("de", "Istanbul, 15. November 2020 – Mit McLaren holte Lewis Hamilton 2008 seinen ersten Titel, es folgten die "
           "Weltmeisterschaften 2014 und 2015 mit Mercedes."),
    ("en", "Istanbul, 15 November 2020 – Lewis Hamilton won his first title with McLaren in 2008, followed by the "
           "titles of 2014 and 2015 with Mercedes."),
    ("fr", "Istanbul, 15 novembre 2020 – Lewis Hamilton a remporté son premier titre avec McLaren en 2008, suivi des "
           "titres de 2014 et 2015 avec Mercedes."),
])
def test_titles_that_follow_go_to_the_last_holder_with_the_make_named_after_with(extract, lang, text):
    found = extract(text, lang)["titles"]
    assert holders(found) == [("driver", 2008, ("Lewis Hamilton",)), ("driver", 2014, ("Lewis Hamilton",)),
                              ("driver", 2015, ("Lewis Hamilton",))]
    assert [t["manufacturer"] for t in found] == ["McLaren", "Mercedes", "Mercedes"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Daytona Beach, 25. Januar 2015 – Der dreifache IndyCar-Champion Scott Dixon gewann das Rennen."),
    ("en", "Daytona Beach, January 25, 2015 – Scott Dixon, a three-time IndyCar champion, won the race."),
])
def test_a_count_of_titles_without_years_dates_no_title(extract, lang, text):
    assert extract(text, lang)["titles"] == []


def test_a_count_of_titles_with_their_years_gives_those_titles(extract):
    text = "Monza, 5. September 2021 – Fernando Alonso, zweifacher Weltmeister von 2005 und 2006, wurde Achter."
    assert holders(extract(text, "de")["titles"]) == [("driver", 2005, ("Fernando Alonso",)),
                                                       ("driver", 2006, ("Fernando Alonso",))]


@pytest.mark.parametrize("lang, text", [
    ("de", "Abu Dhabi, 29. November 2015 – Mercedes gewann den Konstrukteurstitel. In der Endabrechnung der "
           "Konstrukteurswertung liegt Mercedes mit 703 Punkten klar vor Ferrari."),
    ("en", "Abu Dhabi, 29 November 2015 – Mercedes won the constructors' title. In the final constructors' standings "
           "Mercedes finished first on 703 points, ahead of Ferrari."),
])
def test_the_standing_a_title_holder_leads_is_the_title(extract, lang, text):
    document = extract(text, lang)
    assert [(t["season"], t["team"] or t["manufacturer"]) for t in document["titles"]] == [(2015, "Mercedes")]
    assert [(r["position"], r["team"] or r["manufacturer"]) for r in document["results"]] == [(2, "Ferrari")]


def test_a_place_taken_in_the_standings_is_no_title(extract):
    text = ("Hockenheim, 6 October 2019 – Nico Müller is runner-up with 250 points, and Marco Wittmann takes third in "
            "the drivers' standings with 202.")
    document = extract(text, "en")
    assert document["titles"] == []
    assert sorted((r["position"], r["drivers"][0]) for r in document["results"]) == [
        (2, "Nico Müller"), (3, "Marco Wittmann")]


def test_overlapping_held_title_phrases_hold_every_title_word(extract):
    text = ("Berlin, le 13 août 2020 – Dimanche 9 août, Jean-Éric Vergne part à nouveau de la pole et cette fois, le "
            "double champion en titre ne laisse rien passer.")
    assert extract(text, "fr")["titles"] == []


def test_a_held_title_word_may_have_a_series_name_between_it_and_the_title(extract):
    text = ("Audi wins at Bathurst\n\nBathurst, 4 February 2018 – Audi won. Markus Winkelhock is the reigning "
            "Intercontinental GT Challenge champion.")
    assert extract(text, "en")["titles"] == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Enstone, 11 October 2020 – In 2005 Renault won the Formula 1 drivers' and constructors' titles with Fernando "
         "Alonso.", "en"),
        ("Enstone, le 11 octobre 2020 – En 2005, Renault a remporté les titres pilotes et constructeurs de Formule 1 "
         "avec Fernando Alonso.", "fr"),
    ],
    ids=["en", "fr"],
)
def test_two_categories_joined_before_their_title_word_are_one_clause(extract, text, lang):
    found = sorted((t["category"], t["season"], t["drivers"], t["team"]) for t in extract(text, lang)["titles"])
    assert found == [("driver", 2005, ["Fernando Alonso"], None), ("team", 2005, [], "Renault")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Enstone, 11 October 2020 – Renault won the Formula 1 constructors' title with Fernando Alonso in 2005 and "
         "2006.", "en"),
        ("Enstone, 11. Oktober 2020 – Renault gewann den Konstrukteurstitel der Formel 1 mit Fernando Alonso 2005 und "
         "2006.", "de"),
    ],
    ids=["en", "de"],
)
def test_years_after_a_partner_named_after_the_title_are_its_seasons(extract, text, lang):
    found = sorted((t["category"], t["season"], t["team"]) for t in extract(text, lang)["titles"])
    assert found == [("team", 2005, "Renault"), ("team", 2006, "Renault")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Milton Keynes, 16. Dezember 2021 – Max Verstappen ist Weltmeister. Den Konstrukteurstitel der Formel 1 "
         "sicherte sich wie in jedem Jahr seit 2014 Mercedes, zum achten Mal in Folge.", "de"),
        ("Milton Keynes, 16 December 2021 – Max Verstappen is champion. The Formula 1 constructors' title went to "
         "Mercedes as every year since 2014, for the eighth time in a row.", "en"),
        ("Milton Keynes, le 16 décembre 2021 – Max Verstappen est champion. Le titre des constructeurs de Formule 1 "
         "revient à Mercedes comme chaque année depuis 2014, pour la huitième fois consécutive.", "fr"),
    ],
    ids=["de", "en", "fr"],
)
def test_a_run_counted_after_the_clauses_last_comma_gives_its_seasons(extract, text, lang):
    found = sorted(t["season"] for t in extract(text, lang)["titles"] if t["category"] == "team")
    assert found == list(range(2014, 2022))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Milton Keynes, 16. Dezember 2021 – Sebastian Vettel gewann den Titel zwischen 2010 und 2013 viermal in Serie.",
         "de"),
        ("Milton Keynes, 16 December 2021 – Sebastian Vettel won the title between 2010 and 2013 four times in a row.",
         "en"),
        ("Milton Keynes, le 16 décembre 2021 – Sebastian Vettel a remporté le titre entre 2010 et 2013 quatre fois de "
         "suite.", "fr"),
    ],
    ids=["de", "en", "fr"],
)
def test_a_range_of_years_counted_after_it_is_every_season_between(extract, text, lang):
    assert sorted(t["season"] for t in extract(text, lang)["titles"]) == [2010, 2011, 2012, 2013]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Zandvoort, 12. August 2010 – Bruno Spengler führt. Der Fahrertitel ging 2007 an Mattias Ekström, 2008 und "
         "2009 an Timo Scheider.", "de",
         [(2007, ["Mattias Ekström"]), (2008, ["Timo Scheider"]), (2009, ["Timo Scheider"])]),
        ("Mugello, 13 September 2020 – Lewis Hamilton won. Between 2000 and 2004 Michael Schumacher was world champion "
         "every year.", "en", [(year, ["Michael Schumacher"]) for year in range(2000, 2005)]),
    ],
    ids=["years-listed", "range"],
)
def test_years_listed_before_a_year_and_its_crew_share_the_crew(extract, text, lang, expected):
    assert sorted((t["season"], t["drivers"]) for t in extract(text, lang)["titles"]) == expected


def test_overlapping_ranges_are_joined():
    from pressxtract.context import Ranges

    ranges = Ranges([(7, 24), (0, 15), (30, 35)])
    assert ranges.ranges == [(0, 24), (30, 35)]
    assert ranges.covering(20) == (0, 24) and ranges.covering(27) is None


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 23. Oktober 2011 – Bereits 2004 und 2007 hatte Mattias Ekström den Titel gewonnen, 2008 und "
           "2009 triumphierte Timo Scheider."),
    ("en", "Hockenheim, 23 October 2011 – Mattias Ekström had won the title in 2004 and 2007, and Timo Scheider "
           "triumphed in 2008 and 2009."),
    ("fr", "Hockenheim, 23 octobre 2011 – Mattias Ekström avait remporté le titre en 2004 et 2007, et Timo Scheider "
           "s'est imposé en 2008 et 2009."),
])
def test_a_bare_win_with_its_years_after_a_title_is_that_title(extract, lang, text):
    document = extract(text, lang)
    assert holders(document["titles"]) == [
        ("driver", 2004, ("Mattias Ekström",)), ("driver", 2007, ("Mattias Ekström",)),
        ("driver", 2008, ("Timo Scheider",)), ("driver", 2009, ("Timo Scheider",))]
    assert document["results"] == []


def test_a_descriptor_holding_a_make_stands_for_the_person_before(extract):
    text = ("Nürburgring, 7. Juli 2013 – Sebastian Vettel hat es geschafft. Der Ferrari-Pilot, der 2010, 2011 und 2012 "
            "Formel-1-Weltmeister geworden ist, gewann am Sonntag.")
    document = extract(text)
    assert [(t["season"], t["drivers"]) for t in document["titles"]] == [
        (2010, ["Sebastian Vettel"]), (2011, ["Sebastian Vettel"]), (2012, ["Sebastian Vettel"])]
    assert [(r["position"], r["drivers"]) for r in document["results"]] == [(1, ["Sebastian Vettel"])]


def test_a_make_after_a_car_preposition_holds_no_title(extract):
    text = ("Abu Dhabi, 27. November 2016 – 37 Jahre nach Jody Scheckter, der 1979 im Ferrari den Titel gewonnen "
            "hatte, ist Sebastian Vettel Zweiter.")
    assert [(t["category"], t["season"], t["drivers"], t["manufacturer"]) for t in extract(text)["titles"]] == [
        ("driver", 1979, ["Jody Scheckter"], "Ferrari")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monte Carlo, 29. Mai 2016. Lewis Hamilton gewann den Großen Preis von Monaco. Sergio Pérez wurde in Monte "
           "Carlo Dritter."),
    ("en", "Monte Carlo, 29 May 2016. Lewis Hamilton won the Monaco Grand Prix. Sergio Pérez finished third in Monte "
           "Carlo."),
    ("fr", "Monte-Carlo, 29 mai 2016. Lewis Hamilton a remporté le Grand Prix de Monaco. Sergio Pérez a terminé "
           "troisième à Monte-Carlo."),
])
def test_a_town_is_the_meeting_of_the_one_circuit_in_it_the_release_names(extract, lang, text):
    document = extract(text, lang)
    assert len(document["events"]) == 1
    assert len({r["event"] for r in document["results"]}) == 1


@pytest.mark.parametrize("lang, text", [
    ("de", "Interlagos, 25. November 2012 – Sebastian Vettel kämpfte sich auf Platz sechs vor, was ihm den dritten "
           "WM-Titel sicherte, drei Punkte vor Fernando Alonso."),
    ("en", "Interlagos, 25 November 2012 – Sebastian Vettel recovered to sixth place, a result that was enough for the "
           "world title, three points clear of Fernando Alonso."),
    ("fr", "Interlagos, 25 novembre 2012 – Sebastian Vettel est remonté jusqu'à la sixième place, un résultat "
           "suffisant pour décrocher le titre mondial avec trois points d'avance sur Fernando Alonso."),
])
def test_a_result_apposition_is_a_clause_about_the_placing_before(extract, lang, text):
    document = extract(text, lang)
    assert [(r["kind"], r["position"], r["drivers"]) for r in document["results"] if r["kind"] == "race"] == [
        ("race", 6, ["Sebastian Vettel"])]
    assert [(t["season"], t["drivers"]) for t in document["titles"]] == [(2012, ["Sebastian Vettel"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Ajaccio, 23 October 2005 – Last year, Sébastien Loeb settled for second place behind the Ford Focus of "
           "Markko Märtin, a result that was enough for him to clinch his first world title."),
    ("fr", "Ajaccio, le 23 octobre 2005 – L'an dernier, Sébastien Loeb s'était contenté de la deuxième place derrière "
           "la Ford Focus de Markko Märtin, un résultat qui lui avait suffi pour décrocher son premier titre mondial."),
])
def test_a_result_apposition_after_a_behind_names_the_title_of_the_one_placed(extract, lang, text):
    assert [(t["season"], t["drivers"]) for t in extract(text, lang)["titles"]] == [(2004, ["Sébastien Loeb"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "São Paulo, 21. Oktober 2007 – Der letzte Ferrari-Fahrer auf dem WM-Thron war Michael Schumacher, der von "
           "2000 bis 2004 fünf Titel in Folge für das Team aus Maranello gewann."),
    ("en", "São Paulo, 21 October 2007 – Michael Schumacher won five titles in a row for the Maranello team from "
           "2000 to 2004."),
])
def test_a_team_a_title_was_won_for_is_no_category(extract, lang, text):
    titles = extract(text, lang)["titles"]
    assert {(t["category"], tuple(t["drivers"])) for t in titles} == {("driver", ("Michael Schumacher",))}
    assert sorted(t["season"] for t in titles) == [2000, 2001, 2002, 2003, 2004]


def test_a_category_word_before_a_title_word_after_for_keeps_its_category(extract):
    text = ("Hockenheim, 6 October 2019 – Audi won the manufacturers' title. The trophy for the manufacturers' title "
            "was collected by Hans-Joachim Rothenpieler.")
    assert [(t["category"], t["manufacturer"]) for t in extract(text, "en")["titles"]] == [("manufacturer", "Audi")]


def test_a_standing_awarded_after_the_last_race_is_a_title_and_the_runner_up_a_clause_of_its_own(extract):
    document = extract("München, 20. Oktober 2014. Lediglich die Herstellerwertung ging nach dem letzten Rennen an "
                       "Audi, BMW schloss das Jahr dort als Vizemeister ab.")
    assert [(t["category"], t["season"], t["manufacturer"]) for t in document["titles"]] == [
        ("manufacturer", 2014, "Audi")]
    assert [(r["kind"], r["position"], r["manufacturer"]) for r in document["results"]] == [
        ("championship", 2, "BMW")]


def test_a_season_standing_decided_at_a_race_is_a_title(extract):
    text = ("Hockenheim, 6. Oktober 2019 – Die Herstellerwertung der DTM hatte Audi bereits beim Rennen auf dem "
            "Lausitzring entschieden.")
    assert [(t["category"], t["season"], t["manufacturer"]) for t in extract(text)["titles"]] == [
        ("manufacturer", 2019, "Audi")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 19 June 2016 – Porsche won. The No. 1 919 Hybrid of reigning world champions Timo Bernhard, Mark "
           "Webber and Brendon Hartley finished 13th."),
    ("fr", "Le Mans, 19 juin 2016 – Porsche gagne. La voiture sœur, la 919 Hybrid des champions du monde en titre "
           "Timo Bernhard, Mark Webber et Brendon Hartley, a perdu toute chance."),
])
def test_an_epithet_before_a_crew_list_holds_for_the_whole_crew(extract, lang, text):
    assert [(t["season"], t["drivers"]) for t in extract(text, lang)["titles"]] == [
        (2015, ["Timo Bernhard", "Mark Webber", "Brendon Hartley"])]


def test_a_run_counted_in_times_implies_the_titles_before(extract):
    text = ("Cardiff, 25. Oktober 2009 – Sébastien Loeb und sein Beifahrer Daniel Elena sicherten sich zum sechsten Mal "
            "in Folge den WM-Titel.")
    titles = extracted(extract, text)["titles"]
    assert [t["season"] for t in titles] == list(range(2004, 2010))
    assert titles[-1]["drivers"] == ["Sébastien Loeb", "Daniel Elena"]


def test_a_team_word_continuing_a_teams_name_is_no_team_category(extract):
    text = ("Monza, 9. September 2012 – René Rast bleibt das Maß der Dinge. Beim Finale holte sich der Pilot des "
            "Lechner Racing Teams den Titel.")
    assert holders(extracted(extract, text)["titles"]) == [("driver", 2012, ("René Rast",))]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 25. Oktober 2009 – Timo Scheider wurde Meister. Bester Audi hinter dem Champion war Alexandre "
           "Prémat auf Position vier."),
    ("en", "Hockenheim, 25 October 2009 – Timo Scheider became champion. The best Audi behind the champion was "
           "Alexandre Prémat in fourth."),
])
def test_a_title_word_after_behind_is_someone_elses_title(extract, lang, text):
    assert holders(extract(text, lang)["titles"]) == [("driver", 2009, ("Timo Scheider",))]


@pytest.mark.parametrize("lang, text", [
    ("en", "Zolder, 21 October 2007 – Dirk Müller and Toni Vilander won the class, their sixth class victory of the "
           "year, and clinched the GT2 drivers' title ahead of their team-mates Gianmaria Bruni and Stéphane Ortelli."),
    ("de", "Zolder, 21. Oktober 2007 – Dirk Müller und Toni Vilander gewannen die Klasse und sicherten sich den "
           "GT2-Fahrertitel vor ihren Teamkollegen Gianmaria Bruni und Stéphane Ortelli."),
])
def test_a_title_clinched_ahead_of_others_is_the_subjects(extract, lang, text):
    titles = [t for t in extract(text, lang)["titles"] if t["category"] == "driver"]
    assert [(t["season"], t["drivers"]) for t in titles] == [(2007, ["Dirk Müller", "Toni Vilander"])]


def test_the_one_a_title_was_retained_ahead_of_holds_none(extract):
    text = ("Cologne, 17 November 2022 – TOYOTA GAZOO Racing celebrates: Sébastien Buemi became world champion, and the "
            "team retained the manufacturers' crown ahead of Alpine.")
    found = {(t["category"], t["manufacturer"]) for t in extract(text, "en")["titles"] if t["season"] == 2022}
    assert found == {("driver", "Toyota"), ("manufacturer", "Toyota"), ("team", "Toyota")}


def test_a_hattrick_holder_named_in_a_clause_before_it(extract):
    text = ("München, 19. Oktober 2014 – 2012 gelang mit Bruno Spengler, dem BMW Team Schnitzer und dem Sieg in der "
            "Herstellerwertung der Titel-Hattrick.")
    assert holders(extract(text)["titles"]) == [
        ("driver", 2012, ("Bruno Spengler",)), ("manufacturer", 2012, "BMW"), ("team", 2012, "BMW Team Schnitzer")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Hockenheim, 6. Oktober 2019 – René Rast ist DTM-Meister 2019. Für Rast ist es nach 2017, als er ebenfalls "
           "für das Audi Sport Team Rosberg fuhr, bereits der zweite DTM-Titel."),
    ("en", "Hockenheim, 6 October 2019 – René Rast is the 2019 DTM champion. For Rast, it is already his second DTM "
           "title after 2017, when he also drove for Audi Sport Team Rosberg."),
])
def test_an_earlier_title_named_before_a_subordinate_clause_goes_to_the_subject(extract, lang, text):
    found = {(t["season"], tuple(t["drivers"])) for t in extract(text, lang)["titles"]}
    assert found == {(2019, ("René Rast",)), (2017, ("René Rast",))}


@pytest.mark.parametrize("lang, text", [
    ("de", "Ingolstadt, 30. September 2019 – René Rast machte auf dem Nürburgring seinen zweiten Titel nach 2017 "
           "perfekt, nachdem Audi schon auf dem Lausitzring die Herstellerwertung gewonnen hatte."),
    ("en", "Ingolstadt, 30 September 2019 – René Rast sealed his second title after 2017 at the Nürburgring, after "
           "Audi had already won the manufacturers' championship at the Lausitzring."),
])
def test_an_earlier_title_year_of_another_holders_clause_does_not_date_a_makes_title(extract, lang, text):
    found = {(t["category"], t["season"]) for t in extract(text, lang)["titles"]}
    assert ("manufacturer", 2019) in found and ("manufacturer", 2017) not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Spa, 1 May 2021 – Toyota starts the season. Mike Conway, Kamui Kobayashi and José María López start as "
           "world champions after winning the 2019-2020 drivers' title in the TS050 HYBRID."),
    ("de", "Spa, 1. Mai 2021 – Toyota startet in die Saison. Mike Conway, Kamui Kobayashi und José María López hatten "
           "den Fahrertitel der Saison 2019-2020 gewonnen."),
])
def test_a_title_of_a_season_over_two_years_is_the_second_years(extract, lang, text):
    assert [t["season"] for t in extract(text, lang)["titles"]] == [2020]


def test_a_hat_trick_takes_no_holder_from_the_next_paragraph(extract):
    text = ("Braselton, 12. Oktober 2024 – Beim Petit Le Mans machten Dane Cameron und Felipe Nasr mit Rang drei den "
            "Gewinn der Fahrerwertung in der GTP-Klasse perfekt. Porsche Penske Motorsport sicherte sich den "
            "Teamtitel, Porsche den Herstellertitel – der Titel-Hattrick in der Topklasse war damit komplett.\n\nDas "
            "Rennen ging an Chip Ganassi Racing mit Renger van der Zande und Scott Dixon.")
    titles = extract(text)["titles"]
    assert {t["category"] for t in titles} >= {"team", "manufacturer"}
    assert not any("Scott Dixon" in t["drivers"] for t in titles)


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburg, 29. Mai 2022 – Robin Frijns gewann. Maximilian Götz, der amtierende DTM-Champion, musste sich mit "
           "Rang zwei begnügen."),
    ("en", "Nürburg, 29 May 2022 – Robin Frijns won. Maximilian Götz, the reigning DTM champion, finished second."),
    ("fr", "Nürburg, le 29 mai 2022 – Robin Frijns s'impose. Maximilian Götz, champion DTM en titre, a terminé "
           "deuxième."),
])
def test_a_reigning_title_in_apposition_is_last_season_s_and_makes_no_standing(extract, lang, text):
    document = extract(text, lang)
    assert [(t["season"], t["drivers"]) for t in document["titles"]] == [(2021, ["Maximilian Götz"])]
    assert {(r["kind"], r["position"]) for r in document["results"]} == {("race", 1), ("race", 2)}


def test_a_former_title_in_apposition_is_no_title(extract):
    text = ("Nürburg, 29 mai 2022 – Robin Frijns s'impose. Maximilian Götz, l'ancien champion DTM, a dû se contenter "
            "de la deuxième place.")
    assert extract(text, "fr")["titles"] == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Rotorua, 2. Oktober 2022 – Kalle Rovanperä holt den WM-Titel für Toyota – nach Ott Tänak im Jahr 2019 und "
           "Sébastien Ogier, der 2020 und 2021 triumphierte."),
    ("en", "Rotorua, 2 October 2022 – Kalle Rovanperä won the world title for Toyota, after Ott Tänak in 2019 and "
           "Sébastien Ogier in 2020 and 2021."),
])
def test_holders_named_with_years_after_a_title_held_it_those_years(extract, lang, text):
    found = {(t["season"], t["drivers"][0]) for t in extract(text, lang)["titles"]}
    assert {(2019, "Ott Tänak"), (2020, "Sébastien Ogier"), (2021, "Sébastien Ogier"),
            (2022, "Kalle Rovanperä")} <= found


def test_a_team_s_final_standing_is_its_title_under_a_shorter_name(extract):
    text = ("Suzuka, 1 November 1998 – Mika Häkkinen is the 1998 FIA Formula One World Champion. West McLaren Mercedes "
            "also secured the constructors' championship, the team's first since 1991. In the constructors' "
            "championship McLaren finish on 156 points to Ferrari's 133.")
    document = extract(text, "en")
    assert [t["team"] for t in document["titles"] if (t["category"], t["season"]) == ("team", 1998)] == [
        "West McLaren Mercedes"]
    assert not [r for r in document["results"] if r["position"] == 1 and r["category"] == "team"]


def test_a_possessed_title_after_an_aside_naming_a_make_is_the_subject_s(extract):
    text = ("Abu Dhabi, 23. November 2014 – Lewis Hamilton ist Weltmeister. Der Brite siegte beim Großen Preis von Abu "
            "Dhabi und holte damit nach 2008, damals noch im Dienst von McLaren, seinen zweiten Fahrertitel.")
    found = {(t["season"], t["drivers"][0]) for t in extract(text)["titles"] if t["category"] == "driver"}
    assert found == {(2014, "Lewis Hamilton"), (2008, "Lewis Hamilton")}


@pytest.mark.parametrize("lang, text", [
    ("en", "São Paulo, 21 October 2007 – Kimi Räikkönen is champion. The last Ferrari driver to be crowned World "
           "Champion was Michael Schumacher, who won five titles in a row for the Maranello team from 2000 to 2004."),
    ("de", "São Paulo, 21. Oktober 2007 – Kimi Räikkönen ist Weltmeister. Der letzte Ferrari-Weltmeister war Michael "
           "Schumacher, der von 2000 bis 2004 fünf Titel in Folge holte."),
])
def test_the_last_holder_before_this_season_holds_no_title_of_this_season(extract, lang, text):
    seasons = sorted(t["season"] for t in extract(text, lang)["titles"] if t["drivers"] == ["Michael Schumacher"])
    assert seasons == [2000, 2001, 2002, 2003, 2004]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Berlin, le 13 août 2020 – Jean-Éric Vergne avait remporté le titre des pilotes en 2018 puis en 2019."),
    ("de", "Berlin, 13. August 2020 – Jean-Éric Vergne hatte den Fahrertitel 2018 und erneut 2019 gewonnen."),
    ("en", "Berlin, 13 August 2020 – Jean-Éric Vergne, who won the drivers' title in 2018 and again in 2019, is "
           "fourth."),
])
def test_a_title_in_years_joined_by_then_or_again_is_one_title_each(extract, lang, text):
    assert [t["season"] for t in extract(text, lang)["titles"]] == [2018, 2019]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Budapest, le 1er août 2021 – Fernando Alonso a gagné ses deux titres avec cette équipe en 2005 et 2006."),
    ("en", "Budapest, 1 August 2021 – Fernando Alonso won his two titles with this team in 2005 and 2006."),
    ("de", "Budapest, 1. August 2021 – Fernando Alonso gewann seine beiden Titel 2005 und 2006 mit diesem Team."),
])
def test_a_team_a_title_was_won_with_is_not_its_category(extract, lang, text):
    assert [(t["category"], t["season"]) for t in extract(text, lang)["titles"]] == [("driver", 2005), ("driver", 2006)]


@pytest.mark.parametrize("lang, text", [
    ("de", "München, 1. März 2022 – 1983 wurde Walter Röhrl im Lancia Vizeweltmeister hinter Hannu Mikkola."),
    ("en", "Munich, 1 March 2022 – In 1983 Walter Röhrl was runner-up in the drivers' standings behind Hannu Mikkola."),
])
def test_the_leader_of_a_past_seasons_standing_holds_its_title(extract, lang, text):
    document = extract(text, lang)
    assert [(t["season"], t["drivers"]) for t in document["titles"]] == [(1983, ["Hannu Mikkola"])]
    assert [(r["position"], r["drivers"]) for r in document["results"]] == [(2, ["Walter Röhrl"])]


def test_a_title_apposition_to_a_descriptor_is_the_title_of_the_one_it_stands_for(extract):
    text = ("Hamilton, 2 September 2007 – Marcus Grönholm won. It was Grönholm's fifth win of the season. The "
            "39-year-old, world champion in 2000 and 2002, now leads by ten points.")
    assert sorted((t["season"], t["drivers"][0]) for t in extract(text, "en")["titles"]) == [
        (2000, "Marcus Grönholm"), (2002, "Marcus Grönholm")]


def test_a_makes_crown_is_the_manufacturers_title(extract):
    text = "München, 20. Oktober 2014 – Marco Wittmann ist Meister. 2013 verteidigte BMW die Markenkrone."
    assert {(t["category"], t["season"]) for t in extract(text)["titles"] if t["manufacturer"] == "BMW"
            and t["category"] == "manufacturer"} == {("manufacturer", 2012), ("manufacturer", 2013)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Mugello, 13 September 2020 – Lewis Hamilton won. Between 2000 and 2004 Michael Schumacher was world "
           "champion every year."),
    ("de", "Mugello, 13. September 2020 – Lewis Hamilton gewann. Zwischen 2000 und 2004 wurde Michael Schumacher jedes "
           "Jahr Weltmeister."),
])
def test_a_title_every_year_between_two_years_is_one_in_each(extract, lang, text):
    assert sorted(t["season"] for t in extract(text, lang)["titles"]) == [2000, 2001, 2002, 2003, 2004]


def test_a_standings_word_qualifying_a_podium_is_no_title_nor_standing(extract):
    text = ("Nairobi, 27 June 2021 – Sébastien Ogier won. Takamoto Katsuta takes a maiden world championship podium in "
            "second.")
    document = extract(text, "en")
    assert document["titles"] == []
    assert [r["kind"] for r in document["results"] if r["drivers"] == ["Takamoto Katsuta"]] == ["race"]


def test_a_circuit_in_the_town_of_the_releases_own_rally_is_that_rallys_meeting(extract):
    text = ("Monaco, le 28 janvier 2024 – Thierry Neuville a remporté le Rallye Monte-Carlo. Avec le nouveau barème, "
            "Neuville quitte Monaco en tête du championnat.")
    events = extract(text, "fr")["events"]
    assert [(e["name"], e["season"]) for e in events] == [("Rallye Monte-Carlo", 2024)]


def test_a_team_before_a_champion_noun_holds_no_title(extract):
    text = ("René Rast: The Audi Sport Team Rosberg champion looks back\n\nIngolstadt, 30 September 2019 – René Rast "
            "has already been crowned 2019 DTM champion.")
    assert {(t["category"], tuple(t["drivers"])) for t in extract(text, "en")["titles"]} == {
        ("driver", ("René Rast",))}


def test_titles_after_an_earlier_win_word_come_with_the_seasons_own(extract):
    text = ("Abu Dhabi, 27. November 2016 – Nico Rosberg ist Formel-1-Weltmeister. Mercedes hatte bereits nach 2014 "
            "und 2015 zum dritten Mal in Folge die Konstrukteurswertung gewonnen.")
    seasons = sorted(t["season"] for t in extract(text)["titles"] if t["category"] == "team")
    assert seasons == [2014, 2015, 2016]


def test_a_co_driver_after_a_verb_and_a_partner_word_shares_the_title(extract):
    text = ("Paris, 20. November 2002 – Marcus Grönholm sicherte sich mit Beifahrer Timo Rautiainen zum zweiten Mal "
            "nach 2000 die Weltmeisterschaft der Fahrer.")
    titles = {(t["season"], tuple(t["drivers"])) for t in extract(text)["titles"]}
    assert titles == {(2002, ("Marcus Grönholm", "Timo Rautiainen")), (2000, ("Marcus Grönholm", "Timo Rautiainen"))}


def test_a_pronoun_stands_for_the_subject_not_a_name_after_a_partner_word(extract):
    text = ("Monza, 10 September 2006 – Michael Schumacher won. His 2000 victory drew him level with Ayrton Senna. He "
            "took the world title in 1994 and 1995 with Benetton.")
    assert [(t["season"], t["drivers"]) for t in extract(text, "en")["titles"]] == [
        (1994, ["Michael Schumacher"]), (1995, ["Michael Schumacher"])]


def test_a_descriptor_stands_for_the_last_person_named_even_after_a_ranking_word(extract):
    text = ("Trèves, le 25 août 2002 – Sébastien Loeb a gagné avec 14,3 secondes d'avance sur Richard Burns. Le "
            "champion du monde 2001 se classe deuxième.")
    assert [(t["season"], t["drivers"]) for t in extract(text, "fr")["titles"]] == [(2001, ["Richard Burns"])]


def test_a_pronoun_stands_for_the_subject_not_a_name_after_an_object_preposition(extract):
    text = ("Monza, 10. September 2006 – Michael Schumacher gewann. Im Jahr 2000 hatte er zu Ayrton Senna "
            "aufgeschlossen. Weltmeister wurde er 1994 und 1995.")
    assert [(t["season"], t["drivers"]) for t in extract(text, "de")["titles"]] == [
        (1994, ["Michael Schumacher"]), (1995, ["Michael Schumacher"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 10. September 2006 – Michael Schumacher gewann. Weltmeister wurde er 1994 und 1995 mit "
           "Benetton sowie von 2000 bis 2004 fünfmal in Folge mit Ferrari."),
    ("en", "Monza, 10 September 2006 – Michael Schumacher won. Schumacher took the world title in 1994 and 1995 with "
           "Benetton and five times in a row with Ferrari from 2000 to 2004."),
])
def test_a_drivers_titles_go_on_after_a_partner_and_a_list_word(extract, lang, text):
    found = [t["season"] for t in extract(text, lang)["titles"] if t["drivers"] == ["Michael Schumacher"]]
    assert found == [1994, 1995, 2000, 2001, 2002, 2003, 2004]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 10. September 2006 – Michael Schumacher gewann vor Fernando Alonso. Der Weltmeister war um fünf "
           "Startplätze zurückversetzt worden. In der Fahrerwertung liegt Alonso zwei Punkte vor Schumacher."),
    ("en", "Monza, 10 September 2006 – Michael Schumacher won ahead of Fernando Alonso. The world champion had been "
           "moved back five places on the grid. Alonso leads Schumacher by two points in the drivers' championship."),
])
def test_a_champion_named_by_an_article_holds_last_seasons_title_not_this_ones(extract, lang, text):
    doc = extract(text, lang)
    assert [t["season"] for t in doc["titles"] if t["drivers"] == ["Fernando Alonso"]] == [2005]
    standings = [(r["kind"], r["position"], r["drivers"]) for r in doc["results"]]
    assert ("championship", 1, ["Fernando Alonso"]) in standings


@pytest.mark.parametrize("text", [
    "Sapporo, le 12 septembre 2010 – Sébastien Ogier gagne devant Sébastien Loeb. Pour être sacré une septième fois de "
    "suite dès le Japon, le pilote alsacien devait marquer 18 points de plus que son équipier.",
    "Ogier gagne au Japon\n\nDeuxième victoire pour Ogier – le septième titre de Sébastien Loeb attendra le Rallye de "
    "France\n\nSapporo, le 12 septembre 2010 – Sébastien Ogier gagne devant Sébastien Loeb.",
])
def test_a_title_aimed_at_or_put_off_is_none(extract, text):
    assert extract(text, "fr")["titles"] == []


def test_a_country_and_an_earlier_edition_at_the_venue_of_its_season_are_the_releases_rally(extract):
    text = ("Sapporo, le 12 septembre 2010 – Sébastien Ogier remporte le Rallye du Japon. Au Japon, Sébastien Loeb "
            "s'est classé cinquième. En 2008, c'est à Sapporo que Loeb avait gagné.")
    assert [(e["name"], e["venue"], e["season"]) for e in extract(text, "fr")["events"]] == [
        ("Rallye du Japon", "Sapporo", 2010), ("Rallye du Japon", "Sapporo", 2008)]



@pytest.mark.parametrize("lang, text, country", [
    ("en", "Rovaniemi, 16 February 2020 – Kalle Rovanperä won Rally Sweden. The next round takes place in Mexico in "
           "March.", "Mexico"),
    ("de", "Umeå, 16. Februar 2020 – Elfyn Evans gewann die Rallye Schweden. Weiter geht es im März in Mexiko.",
     "Mexiko"),
], ids=["en", "de"])
def test_a_country_named_in_a_rally_release_is_a_round(extract, lang, text, country):
    assert country in {e["venue"] for e in extract(text, lang)["events"]}


def test_a_country_named_in_a_circuit_release_is_no_round_without_a_result(extract):
    text = "Monza, 10 September 2006 – Michael Schumacher won the Italian Grand Prix. The next round is in China."
    assert [e["name"] for e in extract(text, "en")["events"]] == ["Italian Grand Prix"]


@pytest.mark.parametrize("opening", ["L'an dernier,", "L’année dernière,"])
def test_a_title_dated_by_words_opening_its_sentence_is_of_that_season(extract, opening):
    text = (f"Bostalsee, le 25 août 2019 – Ott Tänak gagne le Rallye d'Allemagne. {opening} Toyota avait remporté le "
            "titre des constructeurs.")
    assert [(t["category"], t["season"], t["manufacturer"]) for t in extract(text, "fr")["titles"]] == [
        ("manufacturer", 2018, "Toyota")]


def test_a_win_in_the_championship_is_no_title(extract):
    text = ("Salou, le 28 octobre 2018 – Sébastien Loeb gagne en Catalogne. Pour Citroën, qui n'avait plus gagné "
            "depuis la victoire de Kris Meeke en Catalogne l'an dernier, c'est le 99e succès en championnat du monde.")
    doc = extract(text, "fr")
    assert doc["titles"] == []
    assert ("race", 1, ["Kris Meeke"], 2017) in [(r["kind"], r["position"], r["drivers"], r["season"])
                                                 for r in doc["results"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Bostalsee, le 25 août 2019 – Toyota gagne. Le tenant du titre, Sébastien Ogier, a lui aussi crevé."),
    ("en", "Bostalsee, 25 August 2019 – Toyota win. The defending champion, Sébastien Ogier, also had a puncture."),
    ("de", "Bostalsee, 25. August 2019 – Toyota gewinnt. Der Titelverteidiger, Sébastien Ogier, hatte ebenfalls einen "
           "Reifenschaden."),
])
def test_a_defending_phrase_set_off_by_a_comma_before_the_name_is_last_seasons_title(extract, lang, text):
    assert [(t["drivers"], t["season"]) for t in extract(text, lang)["titles"]] == [(["Sébastien Ogier"], 2018)]


def test_a_champion_called_new_holds_this_seasons_title(extract):
    text = ("Grove, 30. November 2014 – Williams zieht Bilanz. Felipe Massa wurde hinter dem neuen Weltmeister Lewis "
            "Hamilton Zweiter.")
    assert [(t["drivers"], t["season"]) for t in extract(text)["titles"]] == [(["Lewis Hamilton"], 2014)]


def test_a_title_defended_in_the_next_clause_leaves_the_first_holders_season_alone(extract):
    text = ("Zandvoort, 29. September 2002 – Laurent Aiello ist DTM-Champion 2002. 1990 hatte Hans-Joachim Stuck den "
            "ersten DTM-Titel für Audi geholt, ein Jahr später verteidigte Frank Biela die Krone.")
    titles = [(t["drivers"], t["season"]) for t in extract(text)["titles"]]
    assert (["Hans-Joachim Stuck"], 1990) in titles
    assert (["Hans-Joachim Stuck"], 1989) not in titles


@pytest.mark.parametrize("lang, text", [
    ("de", "Zandvoort, 20. August 2010 – Die DTM gastiert in Zandvoort. In den vergangenen drei Jahren ging der "
           "Fahrertitel an Audi – 2007 an Mattias Ekström, 2008 und 2009 an Timo Scheider."),
    ("en", "Zandvoort, 20 August 2010 – The DTM visits Zandvoort. For the past three years the drivers' title went to "
           "Audi – in 2007 to Mattias Ekström, in 2008 and 2009 to Timo Scheider."),
])
def test_a_list_of_years_each_before_its_holder_gives_each_their_titles(extract, lang, text):
    titles = [(t["drivers"], t["season"]) for t in extract(text, lang)["titles"]]
    assert titles == [(["Mattias Ekström"], 2007), (["Timo Scheider"], 2008), (["Timo Scheider"], 2009)]


def test_years_before_a_beneficiary_are_no_list_of_holders(extract):
    text = ("Hockenheim, 6. Oktober 2019 – René Rast ist Meister. Auch zwei seiner Gegner sind Meister: Marco Wittmann "
            "gewann die DTM 2014 und 2016 für BMW, Mike Rockenfeller holte den Titel 2013 im Audi.")
    titles = {(t["category"], tuple(t["drivers"]), t["season"]) for t in extract(text)["titles"]}
    assert {("driver", ("Marco Wittmann",), 2014), ("driver", ("Marco Wittmann",), 2016)} <= titles
    assert not any(category == "manufacturer" for category, _, _ in titles)


@pytest.mark.parametrize("lang, text", [
    ("en", "Abu Dhabi, 25 November 2018 – Lewis Hamilton won. His earlier crowns came in 2008 with McLaren and in 2014, "
           "2015 and 2017 with Mercedes."),
    ("de", "Abu Dhabi, 25. November 2018 – Lewis Hamilton gewann. Seine früheren Titel kamen 2008 mit McLaren und 2014, "
           "2015 und 2017 mit Mercedes."),
    ("fr", "Abu Dhabi, le 25 novembre 2018 – Lewis Hamilton a gagné. Ses titres précédents sont venus en 2008 avec "
           "McLaren puis en 2014, 2015 et 2017 avec Mercedes."),
])
def test_titles_owned_by_a_possessive_opening_the_sentence_are_the_last_subjects(extract, lang, text):
    titles = [(t["category"], t["drivers"], t["season"]) for t in extract(text, lang)["titles"]]
    assert titles == [("driver", ["Lewis Hamilton"], year) for year in (2008, 2014, 2015, 2017)]


def test_a_title_lost_is_no_title(extract):
    text = ("Abu Dhabi, 27 November 2016 – The title will be decided on Sunday. Lewis Hamilton, who lost the 2007 title "
            "by a single point, made it clear that he would go for the win.")
    assert extract(text, "en")["titles"] == []


@pytest.mark.parametrize("lang, text, season", [
    ("en", "Paris, 20 July 2019 – Jean-Éric Vergne won the 2017-18 drivers' title with Techeetah.", 2018),
    ("de", "Kempten, 3. August 2017 – Lucas di Grassi ist Champion der Saison 2016/17.", 2017),
])
def test_a_season_over_two_years_written_short_is_its_second_years(extract, lang, text, season):
    assert [t["season"] for t in extract(text, lang)["titles"]] == [season]


def test_a_title_word_right_before_a_make_is_the_makes_title_not_a_reference_back(extract):
    doc = extract("Grove, 25. November 2014 – Valtteri Bottas wird in der Formel 1 WM-Vierter.\n\nEin besseres "
                  "Ergebnis hatte Williams zuletzt 2003 eingefahren, als das Team hinter dem Konstrukteursweltmeister "
                  "Ferrari Vizemeister wurde.")
    assert [(t["category"], t["season"], t["manufacturer"], t["drivers"]) for t in doc["titles"]] == [
        ("team", 2003, "Ferrari", [])]
    assert [(r["position"], r["season"], r["manufacturer"]) for r in doc["results"] if r["season"] == 2003] == [
        (2, 2003, "Williams")]


def test_a_driver_word_before_a_make_still_refers_back(extract):
    doc = extract("Monza, 14 septembre 2008 – Sebastian Vettel gagne en Formule 1. Felipe Massa est deuxième du "
                  "championnat. Le pilote Ferrari a pris la sixième place à Monza.", "fr")
    assert [(r["position"], r["drivers"]) for r in doc["results"] if r["position"] == 6] == [(6, ["Felipe Massa"])]


def test_a_title_phrase_opening_a_sentence_before_a_pronoun_is_the_last_subjects(extract):
    doc = extract("Monaco, le 13 mai 2017 – Sébastien Buemi remporte l'ePrix de Monaco.\n\nBuemi s'était déjà imposé à "
                  "Monaco en 2015. Champion de la saison 2015-2016, il avait ouvert la défense de son titre par trois "
                  "succès consécutifs.", "fr")
    assert [(t["season"], t["drivers"]) for t in doc["titles"]] == [(2016, ["Sébastien Buemi"])]


def test_a_pronoun_after_a_title_phrase_stands_for_no_subject_named_before_the_last_sentence(extract):
    doc = extract("Interlagos, le 25 novembre 2012 – Jenson Button remporte le Grand Prix du Brésil.\n\nÀ 25 ans, le "
                  "pilote allemand devient le plus jeune triple champion du monde. Sacré en 2010 et en 2011, il a offert "
                  "à Renault un nouveau doublé.", "fr")
    assert not [t for t in doc["titles"] if t["drivers"] == ["Jenson Button"]]


def test_what_a_driver_now_needs_to_remain_champion_is_no_title(extract):
    doc = extract("Suzuka, 8 October 2006 – One point. That is all Fernando Alonso now needs at Interlagos to remain "
                  "world champion, after the Spaniard won the Japanese Grand Prix.", "en")
    assert doc["titles"] == []


def test_an_event_held_at_another_venue_in_its_season_is_one_meeting_with_it(extract):
    text = ("Jerez de la Frontera, 26 October 1997 – Mika Häkkinen won the European Grand Prix at Jerez, ahead of David "
            "Coulthard.")
    document = extract(text, "en")
    assert [(e["name"], e["season"]) for e in document["events"]] == [("European Grand Prix", 1997)]
    assert {r["event"] for r in document["results"]} == {"European Grand Prix"}


def test_a_race_run_in_no_series_that_season_takes_none_from_elsewhere(extract):
    text = ("Le Mans, 18 juin 2006 – Frank Biela, Emanuele Pirro et Marco Werner remportent les 24 Heures du Mans sur "
            "Audi.\n\nEn mars, l'Audi R10 avait gagné les 12 Heures de Sebring, manche d'ouverture de l'American Le Mans "
            "Series.\n\nBiela et Pirro s'étaient déjà imposés au Mans en 2000.")
    document = extract(text, "fr")
    assert {(e["season"], e["series"]) for e in document["events"]} == {
        (2006, None), (2000, None), (2006, "American Le Mans Series")}
    assert {(r["season"], r["series"]) for r in document["results"] if "Sebring" not in r["event"]} == {
        (2006, None), (2000, None)}


def test_a_count_of_titles_before_a_possessive_mark_makes_two_years_a_range(extract):
    text = ("Monza, 10 September 2006 – Michael Schumacher won the Italian Grand Prix for Ferrari. Ferrari won six "
            "consecutive constructors' titles between 1999 and 2004.")
    assert [t["season"] for t in extract(text, "en")["titles"]] == list(range(1999, 2005))


@pytest.mark.parametrize("lang, text", [
    ("de", "Banbury, 27. November 1997 – Wie schon 1996 wurde Tommi Mäkinen gemeinsam mit Beifahrer Seppo Harjanne "
           "Weltmeister."),
    ("en", "Cheltenham, 25 November 1997 – As in 1996, Tommi Mäkinen became world champion with co-driver Seppo "
           "Harjanne."),
    ("fr", "Cheltenham, le 25 novembre 1997 – Comme en 1996, Tommi Mäkinen est sacré champion du monde avec son "
           "copilote Seppo Harjanne."),
])
def test_a_title_won_as_in_an_earlier_year_is_this_seasons_and_that_ones(extract, lang, text):
    assert sorted((t["season"], t["drivers"][0]) for t in extract(text, lang)["titles"]) == [
        (1996, "Tommi Mäkinen"), (1997, "Tommi Mäkinen")]


def test_a_title_a_point_is_missing_for_is_not_won(extract):
    text = ("Banbury, 27. November 1997 – Colin McRae gewann die RAC-Rallye. Subaru verteidigt den Markentitel – McRae "
            "fehlt ein einziger Punkt zur Fahrerkrone.")
    assert sorted((t["category"], t["season"]) for t in extract(text)["titles"]) == [
        ("manufacturer", 1996), ("manufacturer", 1997)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Banbury, 12 November 2003 – Petter Solberg won Wales Rally GB. Solberg is Subaru's third world champion "
           "after Colin McRae in 1995 and Richard Burns in 2001."),
    ("de", "Banbury, 12. November 2003 – Petter Solberg gewann die Rallye Großbritannien. Solberg ist der dritte "
           "Weltmeister von Subaru nach Colin McRae im Jahr 1995 und Richard Burns im Jahr 2001."),
])
def test_earlier_holders_named_with_their_years_after_a_title_are_not_its_holders(extract, lang, text):
    assert sorted((t["season"], t["drivers"]) for t in extract(text, lang)["titles"]) == [
        (1995, ["Colin McRae"]), (2001, ["Richard Burns"]), (2003, ["Petter Solberg"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Paris, 20. November 2002 – Marcus Grönholm ist Weltmeister. Zweiter wurde Petter Solberg im Subaru, der "
           "mit seinem ersten WM-Sieg bei der Rallye Großbritannien die Saison krönte."),
    ("en", "Paris, 20 November 2002 – Marcus Grönholm is world champion. Petter Solberg, who crowned his season with "
           "his first win on Rally GB in his Subaru, was second."),
    ("fr", "Paris, le 20 novembre 2002 – Marcus Grönholm est champion du monde. Petter Solberg, qui a couronné sa "
           "saison par sa première victoire en Grande-Bretagne sur sa Subaru, est deuxième."),
])
def test_crowning_a_season_is_no_title(extract, lang, text):
    assert [(t["category"], t["drivers"]) for t in extract(text, lang)["titles"]] == [
        ("driver", ["Marcus Grönholm"])]


def test_a_relative_clause_titling_its_antecedent_for_a_make_is_the_antecedents(extract):
    text = ("Oschersleben, 24. April 2024 – Die DTM feiert Geburtstag. In den Folgejahren prägte Klaus Ludwig die "
            "Serie, der 1992 und 1994 für Mercedes-Benz Meister wurde.")
    assert sorted((t["season"], t["drivers"]) for t in extract(text)["titles"]) == [
        (1992, ["Klaus Ludwig"]), (1994, ["Klaus Ludwig"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Budapest, 24 August 2003 – Renault won in Hungary. In 1979 Jean-Pierre Jabouille took Renault's first "
           "victory at the French Grand Prix in Dijon."),
    ("fr", "Budapest, le 24 août 2003 – Renault s'impose en Hongrie. En 1979, Jean-Pierre Jabouille avait signé au "
           "Grand Prix de France à Dijon la première victoire de Renault."),
])
def test_a_venue_right_after_an_event_is_where_that_edition_was_run(extract, lang, text):
    assert [(e["venue"], e["season"]) for e in extract(text, lang)["events"] if e["season"] == 1979] == [
        ("Dijon", 1979)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Paris, le 6 octobre 2025 – Alain Prost a été sacré en 1985. Le Français ajoutera deux autres titres, en "
           "1989 avec McLaren et en 1993 avec Williams-Renault."),
    ("de", "Paris, 6. Oktober 2025 – Alain Prost wurde 1985 Weltmeister. Er holte zwei weitere Titel, 1989 mit McLaren "
           "und 1993 mit Williams-Renault."),
])
def test_title_years_listed_after_a_comma_are_each_a_title(extract, lang, text):
    assert sorted(t["season"] for t in extract(text, lang)["titles"] if t["drivers"] == ["Alain Prost"]) == [
        1985, 1989, 1993]


def test_a_crew_listed_with_commas_is_one_part_of_its_title_sentence(extract):
    text = ("Weissach, 1. März 2017 – Porsche vor der Saison. 2015 wurden Timo Bernhard, Brendon Hartley und Mark "
            "Webber Fahrer-Weltmeister, im vergangenen Jahr holten Romain Dumas, Neel Jani und Marc Lieb die Krone.")
    assert sorted((t["season"], t["drivers"][0]) for t in extract(text)["titles"] if t["category"] == "driver") == [
        (2015, "Timo Bernhard"), (2016, "Romain Dumas")]

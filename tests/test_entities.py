"""Names: knowledge-base matches, names the KB does not know, fullest forms, canonical series."""

import pytest

from pressxtract.schema import to_json_dict

from .conftest import assert_evidence


def entities(extract, text):
    document = extract(text)
    assert_evidence(text, document)
    return [(e["text"], e["label"]) for e in document["entities"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die ALMS endete in Road Atlanta.", [("ALMS", "SERIES"), ("Road Atlanta", "VENUE")]),
        ("BMW setzte den BMW Z4 GTE ein.", [("BMW", "MANUFACTURER"), ("BMW Z4 GTE", "CAR")]),
        ("Das BMW Team RLL startete bei den 24 Stunden von Daytona.", [("BMW Team RLL", "TEAM"), ("24 Stunden von Daytona", "EVENT")]),
        ("Nächste Station ist die Rallye Sanremo, danach geht es nach Irland.",
         [("Rallye Sanremo", "EVENT"), ("Irland", "VENUE")]),
        ("Williams wurde Achter, Caterham Zehnter.", [("Williams", "MANUFACTURER"), ("Caterham", "TEAM")]),
        ("Gabriele Gardel ist Champion der FIA GT.", [("Gabriele Gardel", "PERSON"), ("FIA GT", "SERIES")]),
    ],
    ids=["series-venue", "make-car", "team-event", "rally-country", "f1-team", "series-short-name"],
)
def test_knowledge_base_names(extract, text, expected):
    assert entities(extract, text) == expected


@pytest.mark.parametrize(
    "text, car",
    [
        ("Luhr fuhr den Nissan GT-R mit der Startnummer 23.", "Nissan GT-R"),
        ("Im Audi R8 LMS-Fahrerfeld war er Schnellster.", "Audi R8 LMS"),
    ],
    ids=["hyphen-letter", "hyphen-word"],
)
def test_a_model_code_joined_by_a_hyphen_to_a_capital_letter_is_part_of_the_car(extract, text, car):
    assert (car, "CAR") in entities(extract, text)


def test_kb_ids_are_set(extract):
    [series] = [e for e in extract("Die ALMS endete.")["entities"] if e["label"] == "SERIES"]
    assert series["kb_id"] == "series/alms"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Teamkollege Hannes Beispielmann fuhr schnell.", "Hannes Beispielmann"),
        ("Am Steuer saß Karl Unbekannt.", "Karl Unbekannt"),
        ("Am Steuer saß AJ Allmendinger.", "AJ Allmendinger"),
    ],
    ids=["person-cue", "first-name", "initials"],
)
def test_persons_not_in_the_knowledge_base(extract, text, name):
    assert (name, "PERSON") in entities(extract, text)


@pytest.mark.parametrize(
    "text, team",
    [("Phoenix Beispiel Racing gewann.", "Phoenix Beispiel Racing"), ("BMW Team Beispiel gewann.", "BMW Team Beispiel"),
     ("Der Ford von Michael Shank Racing gewann.", "Michael Shank Racing"),
     ("Der Ford von Karl Unbekannt Racing gewann.", "Karl Unbekannt Racing"),
     ("1979 holte das Kremer-Team den Gesamtsieg.", "Kremer-Team")],
    ids=["suffix", "make-team", "known-person-suffix", "first-name-suffix", "hyphen-joined-suffix"],
)
def test_teams_not_in_the_knowledge_base(extract, text, team):
    assert (team, "TEAM") in entities(extract, text)


def test_surname_takes_the_nearest_earlier_full_name():
    from pressxtract.pipeline import get_pipeline

    doc = get_pipeline("de")("Jörg Müller fuhr 2001. Dirk Müller fuhr 2013. Danach siegte Müller.")
    assert [e._.px_name for e in doc.ents if e.label_ == "PERSON"][-1] == "Dirk Müller"


@pytest.mark.parametrize(
    "alias", ["Langstrecken-WM", "WEC", "FIA WEC"], ids=["german", "acronym", "fia-acronym"]
)
def test_series_get_their_canonical_name(alias):
    from pressxtract.pipeline import get_pipeline

    doc = get_pipeline("de")(f"Die {alias} startet in Sebring.")
    [series] = [e for e in doc.ents if e.label_ == "SERIES"]
    assert series._.px_name == "FIA World Endurance Championship"


def test_user_knowledge_base_file_adds_names(tmp_path):
    from pressxtract.extract import ExtractOptions, extract_text

    kb = tmp_path / "mine.jsonl"
    kb.write_text('{"id": "team/beispiel", "label": "TEAM", "name": "Beispielwerk Rennsport", "aliases": ["BWR"]}\n',
                  encoding="utf-8")
    document = to_json_dict(extract_text("BWR gewann das Rennen.", options=ExtractOptions(lang="de", kb_paths=(str(kb),))))
    assert ("BWR", "TEAM", "team/beispiel") in [(e["text"], e["label"], e["kb_id"]) for e in document["entities"]]


def test_surname_goes_to_the_person_named_most(extract):
    document = extract("Jules Gounon führt die Tabelle an. Jules Gounon ist 22. Der Sohn von Jean-Marc Gounon "
                       "bleibt gelassen. „Ein schlechtes Wochenende ändert nichts daran, dass wir vorne liegen“, sagt Gounon.")
    assert [q["speaker"] for q in document["quotes"]] == ["Jules Gounon"]


def test_a_surname_already_given_to_a_person_counts_as_a_mention_of_them(extract):
    text = ("Maranello, 16. Oktober 2001. Michael Schumacher gewann die Weltmeisterschaft. Schumacher holte die "
            "Pole-Position, Ralf Schumacher wurde Dritter. Schumacher siegte in Suzuka.")
    wins = [r for r in extract(text)["results"] if r["kind"] == "race" and r["position"] == 1]
    assert [r["drivers"] for r in wins] == [["Michael Schumacher"]]


def test_class_names_are_not_read_as_venues(extract):
    document = extract("Watkins Glen, 30. Juni 2019. Mazda gewann mit einem Daytona Prototype international.")
    assert not any(e["text"] == "Daytona" for e in document["entities"])


def test_genitive_surname_is_the_person(extract):
    document = extract("Sébastien Ogier gewann die Rallye. Es ist Ogiers siebter Sieg bei der Monte.")
    persons = [(e["text"], e["label"]) for e in document["entities"] if e["text"].startswith("Ogier")]
    assert ("Ogiers", "PERSON") in persons
    assert {tuple(r["drivers"]) for r in document["results"]} == {("Sébastien Ogier",)}


def test_unknown_first_name_in_a_crew_list(extract):
    document = extract("Sebring, 16. März 2019. In der GTD-Klasse triumphierten Mirko Bortolotti, Rik Breukers und "
                       "Rolf Ineichen im Lamborghini Huracán GT3.")
    assert [r["drivers"] for r in document["results"]] == [["Mirko Bortolotti", "Rik Breukers", "Rolf Ineichen"]]


def test_a_first_name_alone_is_the_one_person_named_with_it(extract):
    text = "Jyväskylä, 22. November 2017 – Jari-Matti Latvala gewann in Schweden. Später gewann Jari-Matti erneut."
    persons = [e for e in extract(text)["entities"] if e["label"] == "PERSON"]
    assert [p["text"] for p in persons] == ["Jari-Matti Latvala", "Jari-Matti"]
    document = extract(text)
    assert {tuple(r["drivers"]) for r in document["results"]} == {("Jari-Matti Latvala",)}


def test_an_unknown_first_name_after_a_partner_word(extract):
    text = "Le Mans, 12. Juni 1977. Mit Hurley Haywood und Jacky Ickx gewann Jürgen Barth."
    assert "Hurley Haywood" in [e["text"] for e in extract(text)["entities"] if e["label"] == "PERSON"]


def test_a_person_cue_inside_a_compound_names_nobody(extract):
    text = "Abu Dhabi, 13. November 2011 – Sebastian Vettel verteidigte die Fahrer-Weltmeisterschaft."
    assert [e["text"] for e in extract(text)["entities"] if e["label"] == "PERSON"] == ["Sebastian Vettel"]


def test_the_genitive_of_a_full_name_is_the_name(extract):
    document = extract("Monza, 8. September 2019. Fernando Alonso gewann 2010. Es war Fernando Alonsos letzter "
                       "Sieg in Monza.")
    assert {tuple(r["drivers"]) for r in document["results"]} == {("Fernando Alonso",)}


def test_an_event_name_in_the_genitive_is_the_event(extract):
    text = "Nürburg, 20. Mai 2012 – Die 40. Auflage des 24-Stunden-Rennens auf dem Nürburgring hat einen neuen Sieger."
    assert [(e["text"], e["kb_id"]) for e in extract(text)["entities"] if e["label"] == "EVENT"] == [
        ("24-Stunden-Rennens auf dem Nürburgring", "event/nurburgring_24")]


def test_a_country_that_is_a_first_name_before_a_surname_is_the_person(extract):
    found = entities(extract, "Spa, 28. Juli 2019. Im Silver Cup siegten Sandy Mitchell und Jordan Witt. Die nächste "
                              "Rallye findet in Jordan statt.")
    assert ("Jordan Witt", "PERSON") in found and ("Jordan", "VENUE") in found


def test_a_venue_that_is_a_first_name_before_a_surname_is_the_person(extract):
    found = entities(extract, "Daytona Beach, 26. Januar 2025 – Rang drei ging an Mike Rockenfeller und Austin "
                              "Cindric. Das nächste Rennen findet in Austin statt.")
    assert ("Austin Cindric", "PERSON") in found and ("Austin", "VENUE") in found


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburgring, 7. Juli 2013. Dahinter folgten Valtteri Bottas im Williams und Nico Hülkenberg."),
    ("en", "Nürburgring, 7 July 2013. Valtteri Bottas finished fifth in the Williams and Nico Hülkenberg sixth."),
])
def test_a_word_after_an_article_beside_a_person_is_no_surname(extract, lang, text):
    document = extract(text, lang)
    assert "Williams" not in [e["text"] for e in document["entities"] if e["label"] == "PERSON"]


def test_a_constructor_is_a_make_and_a_make_after_a_first_name_is_a_surname(extract):
    found = entities(extract, "Monza, 8. September 2019. Red Bull lag vor Williams. Paul Williams und Enzo Ferrari "
                              "sahen zu.")
    assert found[1:] == [("Red Bull", "MANUFACTURER"), ("Williams", "MANUFACTURER"), ("Paul Williams", "PERSON"),
                     ("Enzo Ferrari", "PERSON")]


def test_the_genitive_of_a_full_name_the_knowledge_base_knows_is_that_person(extract):
    document = extract("Monza, 8. September 2019 – Der erste Heimsieg seit Fernando Alonsos Erfolg im Jahr 2010.")
    assert [(e["text"], e["kb_id"]) for e in document["entities"] if e["label"] == "PERSON"] == [
        ("Fernando Alonsos", "person/fernando_alonso")]


def test_a_known_team_in_the_genitive_is_that_team_and_abu_dhabi_a_venue(extract):
    document = extract("Monte Carlo, 19. Januar 2013 – Sébastien Loeb gewann im Citroën DS3 WRC des Citroën Total "
                       "Abu Dhabi World Rally Teams die Rallye Monte-Carlo. 2012 hatte Kimi Räikkönen in Abu Dhabi "
                       "gewonnen.")
    assert [(e["text"], e["label"]) for e in document["entities"] if e["label"] in ("TEAM", "VENUE")][1:] == [
        ("Citroën Total Abu Dhabi World Rally Teams", "TEAM"), ("Abu Dhabi", "VENUE")]
    assert {r["team"] for r in document["results"] if r["team"]} == {"Citroën Total Abu Dhabi World Rally Team"}


def test_a_name_never_ends_in_the_hyphen_of_a_compound(extract):
    text = "Spa, 30. Juni 2024 – Erster Aston-Martin-Sieg seit 1948. Jean-Éric-Vergne-Fans jubelten."
    found = entities(extract, text)
    assert ("Aston-Martin", "MANUFACTURER") in found
    assert not [t for t, label in found if label == "PERSON" and t.endswith("-")]


def test_the_words_of_a_series_name_are_no_person_after_a_role(extract):
    text = "London, 21. Juli 2024 – „Wir sind Weltmeister“, sagte Florian Modlinger, Direktor Werksmotorsport Formel E."
    assert [t for t, label in entities(extract, text) if label == "PERSON"] == ["Florian Modlinger"]


@pytest.mark.parametrize("lang, text, team", [
    ("de", "Dritter wurde der Porsche des Teams Falken Tire.", "Falken Tire"),
    ("fr", "La Reynard de l'écurie ROC Auto s'impose en LMP675.", "ROC Auto"),
])
def test_a_word_opening_a_teams_name_is_no_part_of_it(extract, lang, text, team):
    assert [e["text"] for e in extract(text, lang)["entities"] if e["label"] == "TEAM"] == [team]


@pytest.mark.parametrize("lang, text", [
    ("en", "Suzuka, 13 October 1996 – Martin Brundle finished fifth for Jordan."),
    ("de", "Suzuka, 13. Oktober 1996 – Martin Brundle wurde Fünfter für Jordan."),
    ("fr", "Suzuka, 13 octobre 1996 – Martin Brundle a terminé cinquième pour Jordan."),
])
def test_a_country_after_for_that_opens_a_teams_name_is_the_team(extract, lang, text):
    labels = {e["text"]: (e["label"], e["kb_id"]) for e in extract(text, lang)["entities"]}
    assert labels["Jordan"] == ("TEAM", "team/jordan_gp")


def test_a_country_after_for_is_no_team_where_a_person_has_it_for_first_name(extract):
    text = ("Watkins Glen, 2 July 2017 – Jordan Taylor and Ricky Taylor finished third. A heavy crash for Jordan cost "
            "valuable points.")
    assert {e["label"] for e in extract(text, "en")["entities"] if e["text"] == "Jordan"} != {"TEAM"}

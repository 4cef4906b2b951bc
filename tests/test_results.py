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

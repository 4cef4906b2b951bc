"""Dates and seasons: dateline, explicit dates, relative years."""

import pytest

from pressxtract.pipeline import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline("de")


@pytest.mark.parametrize(
    "text, date",
    [
        ("Das Rennen fand am 19. Oktober 2013 statt.", "2013-10-19"),
        ("Das Rennen fand am 19.10.2013 statt.", "2013-10-19"),
        ("Das Rennen fand im Juni 2015 statt.", "2015-06"),
    ],
    ids=["day-month-year", "numeric", "month-year"],
)
def test_dates_are_iso(nlp, text, date):
    assert [d["date"] for d in nlp(text)._.px_dates] == [date]


def test_dateline_sets_the_anchor_year(nlp):
    doc = nlp("Titel\n\nMünchen, 20. Oktober 2013. Im Jahr 2010 gewann BMW, 2010 und 2011 auch.")
    assert doc._.px_anchor_year == 2013


def test_without_dateline_the_most_frequent_year_is_the_anchor(nlp):
    assert nlp("2013 war gut. Die Saison 2013 endete. 2014 kommt.")._.px_anchor_year == 2013


def test_relative_years(nlp):
    doc = nlp("Berlin, 5. Mai 2013. Im kommenden Jahr startet das Team neu, im Vorjahr war es Dritter.")
    assert [y for _, y in doc._.px_years if y != 2013] == [2014, 2012]


def test_day_without_year_takes_the_anchor_year(nlp):
    doc = nlp("Sebring, 20. März 2010. Das nächste Rennen folgt am 17. April.")
    assert "2010-04-17" in [d["date"] for d in doc._.px_dates]


def test_years_ago_counts_back_from_the_documents_year(extract):
    text = "Stuttgart, 14. Juni 2020 – Heute vor 50 Jahren gewann Porsche die 24 Stunden von Le Mans."
    assert [(r["season"], r["manufacturer"]) for r in extract(text)["results"]] == [(1970, "Porsche")]


def test_a_dateline_with_an_impossible_date_keeps_its_year(extract):
    document = extract("19.19.2013 – Im vergangenen Juni gewann Timo Glock in Hockenheim.")
    assert document.get("error") is None
    assert [r["season"] for r in document["results"]] == [2013]


def test_a_relative_year_is_whole_words_only(nlp):
    doc = nlp("Hockenheim, 18. Oktober 2015. Jamie Green gewinnt das letzte Saisonrennen, letzte Saison war er "
              "Zweiter.")
    assert sorted(y for _, y in doc._.px_years) == [2014, 2015]


@pytest.mark.parametrize("lang, text", [
    ("de", "Istanbul, 15. November 2020 – Hamilton gewann. Mit McLaren holte er 2008 seinen ersten Titel. Die "
           "Konstrukteurswertung hatte Mercedes bereits vor zwei Wochen beim Großen Preis der Emilia-Romagna in Imola "
           "entschieden."),
    ("en", "Istanbul, 15 November 2020 – Hamilton won. With McLaren he took his first title in 2008. Two weeks ago "
           "Mercedes had clinched the constructors' title at the Emilia Romagna Grand Prix in Imola."),
    ("fr", "Istanbul, 15 novembre 2020 – Hamilton s'est imposé. Avec McLaren, il a remporté son premier titre en 2008. "
           "Il y a deux semaines, Mercedes avait décroché le titre des constructeurs au Grand Prix d'Émilie-Romagne à "
           "Imola."),
])
def test_weeks_ago_is_the_documents_season(extract, lang, text):
    assert {e["season"] for e in extract(text, lang)["events"] if e["venue"] == "Imola"} == {2020}


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 14. Juni 2009 – Peugeot gewinnt. 1992 gewannen Derek Warwick und Yannick Dalmas. Ein Jahr später "
           "gewann Geoff Brabham mit dem Peugeot 905."),
    ("en", "Le Mans, 14 June 2009 – Peugeot won. In 1992 Derek Warwick and Yannick Dalmas won. A year later Geoff "
           "Brabham won in the Peugeot 905."),
    ("fr", "Le Mans, 14 juin 2009 – Peugeot s'impose. En 1992, Derek Warwick et Yannick Dalmas s'étaient imposés. Un "
           "an plus tard, Geoff Brabham s'imposait sur la Peugeot 905."),
])
def test_years_later_count_on_from_the_year_named_before(extract, lang, text):
    found = {r["season"] for r in extract(text, lang)["results"] if r["drivers"] == ["Geoff Brabham"]}
    assert found == {1993}


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 1. Juni 2020 – Porsche feiert. 1970 gewann Hans Herrmann. Ein Jahr zuvor hatte Jacky Ickx "
           "gewonnen."),
    ("en", "Le Mans, 1 June 2020 – Porsche celebrates. In 1970 Hans Herrmann won. A year earlier Jacky Ickx had won."),
    ("fr", "Le Mans, le 1er juin 2020 – Porsche fête. En 1970, Hans Herrmann s'est imposé. Un an auparavant, Jacky "
           "Ickx avait gagné."),
])
def test_years_earlier_count_back_from_the_year_named_before(extract, lang, text):
    assert {r["season"] for r in extract(text, lang)["results"] if r["drivers"] == ["Jacky Ickx"]} == {1969}


@pytest.mark.parametrize("lang, text", [
    ("de", "Sapporo, 12. September 2010 – Sébastien Ogier gewinnt. 2004 gewann Petter Solberg, der im Jahr zuvor "
           "den Fahrertitel geholt hatte."),
    ("en", "Sapporo, 12 September 2010 – Sébastien Ogier won. The first Rally Japan, in 2004, was won by Petter "
           "Solberg, who had taken the drivers' title the previous year."),
    ("fr", "Sapporo, le 12 septembre 2010 – Sébastien Ogier s'impose. En 2004, Petter Solberg avait gagné, lui qui "
           "avait remporté le titre des pilotes l'année précédente."),
])
def test_the_previous_year_counts_back_from_the_year_its_paragraph_named(extract, lang, text):
    assert [(t["season"], t["drivers"]) for t in extract(text, lang)["titles"]] == [(2003, ["Petter Solberg"])]


def test_years_back_counts_back_from_the_documents_year(extract):
    text = ("Stuttgart, 1. März 2022 – Walter Röhrl im Interview.\n\nHerr Röhrl, Ihr erster WM-Titel liegt 42 Jahre "
            "zurück.")
    assert [t["season"] for t in extract(text)["titles"]] == [1980]


def test_an_interview_answer_takes_the_year_its_question_names(extract):
    text = ("Stuttgart, 1. März 2022 – Walter Röhrl im Interview.\n\nHerr Röhrl, was ist von 1980 geblieben?\n"
            "Röhrl: »Vor allem die Monte. Mit den Siegen in Portugal und San Remo bin ich Weltmeister geworden.«")
    assert {r["season"] for r in extract(text)["results"]} == {1980}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, 14 juin 2017 – Toyota arrive en favori.\n\nChacun garde en mémoire l'édition 2016. La Porsche n°2 "
           "de Romain Dumas, Neel Jani et Marc Lieb s'est imposée."),
    ("en", "Le Mans, 14 June 2017 – Toyota arrives as favourite.\n\nEveryone here still remembers the 2016 race. "
           "The No. 2 Porsche of Romain Dumas, Neel Jani and Marc Lieb won."),
])
def test_a_short_sentence_about_one_year_dates_the_next_ones_of_its_paragraph(extract, lang, text):
    assert [(r["position"], r["season"]) for r in extract(text, lang)["results"]] == [(1, 2016)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Ingolstadt, 30 June 2020 – The quattro turns 40. At the Swedish Rally in February 1981, Hannu Mikkola won. "
           "In October Michèle Mouton won the Rallye Sanremo. Mikkola won the RAC Rally at the end of the season."),
    ("fr", "Ingolstadt, le 30 juin 2020 – La quattro a 40 ans. Au Rallye de Suède en février 1981, Hannu Mikkola "
           "s'impose. En octobre, Michèle Mouton remporte le Rallye Sanremo. Mikkola remporte le RAC Rally en fin de "
           "saison."),
    ("de", "Ingolstadt, 30. Juni 2020 – Der quattro wird 40. Bei der Schweden-Rallye im Februar 1981 gewann Hannu "
           "Mikkola. Im Oktober gewann Michèle Mouton die Rallye Sanremo. Mikkola gewann zum Saisonende die "
           "RAC-Rallye."),
])
def test_a_month_without_a_year_is_of_the_year_of_the_date_before_it_in_its_paragraph(extract, lang, text):
    wins = {r["drivers"][0]: r["season"] for r in extract(text, lang)["results"] if r["position"] == 1}
    assert wins == {"Hannu Mikkola": 1981, "Michèle Mouton": 1981}
    sanremo = [e for e in extract(text, lang)["events"] if "Sanremo" in (e["name"] or "")]
    assert [(e["season"], e["date"]) for e in sanremo] == [(1981, "1981-10")]


def test_a_month_without_a_year_after_a_paragraph_break_is_of_the_documents_year(extract):
    text = ("Ingolstadt, 30 June 2020 – In February 1981 Hannu Mikkola won.\n\n"
            "In October Michèle Mouton won the Rallye Sanremo.")
    assert [r["season"] for r in extract(text, "en")["results"] if r["drivers"] == ["Michèle Mouton"]] == [2020]


@pytest.mark.parametrize("lang, text, date", [
    ("fr", "Diriyah, le 27 février 2021 – Mortara deuxième.\n\nEn mars 2019, à Hong Kong, il avait gagné. Prochain "
           "rendez-vous le 10 avril à Rome.", "2021-04-10"),
    ("en", "Diriyah, 27 February 2021 – Mortara second.\n\nIn March 2019, in Hong Kong, he had won. The next round is "
           "on 10 January in Rome.", "2022-01-10"),
])
def test_a_date_without_a_year_in_a_sentence_looking_ahead_follows_the_dateline(lang, text, date):
    assert get_pipeline(lang)(text)._.px_dates[-1]["date"] == date


@pytest.mark.parametrize("lang, text", [
    ("en", "Le Mans, 19 June 2016 – Ford wins the 24 Hours of Le Mans.\n\nFifty years after the victory of Bruce "
           "McLaren and Chris Amon at Le Mans, Ford returned to the top step."),
    ("de", "Le Mans, 19. Juni 2016 – Ford gewinnt die 24 Stunden von Le Mans.\n\nFünfzig Jahre nach dem Sieg von Bruce "
           "McLaren und Chris Amon in Le Mans steht Ford wieder ganz oben."),
    ("fr", "Le Mans, le 19 juin 2016 – Ford remporte les 24 Heures du Mans.\n\nCinquante ans après la victoire de Bruce "
           "McLaren et Chris Amon au Mans, Ford retrouve la plus haute marche."),
])
def test_a_count_of_years_after_opening_a_sentence_dates_what_it_names(extract, lang, text):
    seasons = {r["season"] for r in extract(text, lang)["results"] if "Bruce McLaren" in r["drivers"]}
    assert seasons == {1966}


@pytest.mark.parametrize("text", [
    "Losail, 21 November 2021 – Fernando Alonso is back on the podium, seven years after\n\nAlonso finished third.",
    "Le Mans, 19 June 2016 – Joey Hand, Dirk Müller and Sébastien Bourdais won GTE-Pro in the Ford GT, fifty years "
    "after Bruce McLaren and Chris Amon gave Ford its first Le Mans victory.",
])
def test_a_count_of_years_after_inside_a_sentence_or_ending_a_line_dates_nothing(extract, text):
    seasons = {r["season"] for r in extract(text, "en")["results"] if "Bruce McLaren" not in r["drivers"]}
    assert seasons == {2016 if "2016" in text else 2021}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, le 13 mai 2017 – Sébastien Buemi a remporté ce samedi l'ePrix de Monaco, cinquième manche du "
           "championnat FIA de Formule E 2016-2017."),
    ("en", "Monaco, 13 May 2017 – Sébastien Buemi won the Monaco ePrix, the fifth round of the 2016/17 Formula E "
           "season."),
])
def test_a_season_over_two_years_dates_a_race_in_it_by_the_releases_year(extract, lang, text):
    assert {r["season"] for r in extract(text, lang)["results"]} == {2017}


def test_an_interview_question_naming_no_year_takes_the_year_the_last_question_named(extract):
    text = ("Paris, le 6 octobre 2025 – Alain Prost revient sur la saison 1985.\n\n"
            "Qu'est-ce qui a changé en 1985 ?\n"
            "Alain Prost : « La fiabilité, et peut-être moi. »\n\n"
            "Michele Alboreto a finalement terminé vice-champion. Ce titre comptait-il pour vous ?\n"
            "Alain Prost : « Énormément. »")
    assert [(r["season"], r["position"]) for r in extract(text, "fr")["results"]
            if r["drivers"] == ["Michele Alboreto"]] == [(1985, 2)]

"""English and French language packs: quote styles, reported speech, roles, placings, titles, dates, detection.

The German behaviour of the same components is covered by ``test_quotes.py`` and the corpus tests; these cases
are the same behaviours written in the other languages (adding a language adds parameters here, not code).
"""

import pytest

from .conftest import assert_evidence


def records(extract, text, lang, field):
    document = extract(text, lang)
    assert_evidence(text, document)
    return document[field]


def only(items):
    assert len(items) == 1, items
    return items[0]


# -- quotation marks and attribution ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "lang, text, words, speaker, role",
    [
        ("en", "“It was a fantastic race for all of us,” said Toyota team principal Rob Leupen.",
         "It was a fantastic race for all of us", "Rob Leupen", "Toyota team principal"),
        ("en", '"It was a fantastic race for all of us," said team owner Wayne Taylor.',
         "It was a fantastic race for all of us", "Wayne Taylor", "team owner"),
        ("en", 'Toto Wolff said: "It was a fantastic race for all of us."',
         "It was a fantastic race for all of us", "Toto Wolff", None),
        ("fr", "« C'est une victoire magnifique pour toute l'équipe », a déclaré Jean Todt, président de la FIA.",
         "C'est une victoire magnifique pour toute l'équipe", "Jean Todt", "président de la FIA"),
        ("fr", "«\u00a0C'est une victoire magnifique pour toute l'équipe\u00a0», a expliqué Yves Matton.",
         "C'est une victoire magnifique pour toute l'équipe", "Yves Matton", None),
        ("fr", "Sébastien Ogier explique : « C'est une victoire magnifique pour toute l'équipe. »",
         "C'est une victoire magnifique pour toute l'équipe", "Sébastien Ogier", None),
        ("en", '"It was a fantastic race for all of us," according to Rob Leupen.',
         "It was a fantastic race for all of us", "Rob Leupen", None),
        ("fr", "« C'est une victoire magnifique pour toute l'équipe », selon Jean Todt.",
         "C'est une victoire magnifique pour toute l'équipe", "Jean Todt", None),
        ("en", '"It was a fantastic race for all of us," Mercedes team principal Toto Wolff told reporters.',
         "It was a fantastic race for all of us", "Toto Wolff", None),
        ("fr", "« C'est une victoire magnifique pour toute l'équipe », s'est réjoui Yves Matton.",
         "C'est une victoire magnifique pour toute l'équipe", "Yves Matton", None),
    ],
    ids=["en-curly-lowercase-role", "en-straight-role-before", "en-attribution-before",
         "fr-guillemets-role-after", "fr-guillemets-nbsp", "fr-attribution-before", "en-according-to", "fr-selon",
         "en-long-role-before-name-then-verb", "fr-s-est-rejoui"],
)
def test_quote_styles(extract, lang, text, words, speaker, role):
    quote = only(records(extract, text, lang, "quotes"))
    assert quote["text"].rstrip(".,") == words
    assert quote["kind"] == "direct"
    assert quote["speaker"] == speaker
    if role is not None:
        assert quote["role"] == role


@pytest.mark.parametrize(
    "lang, text, parts",
    [
        ("en", '"We deserved this win," said team owner Wayne Taylor. "The crew was perfect."', ["We deserved", "crew"]),
        ("fr", "« Je suis incroyablement heureux », a déclaré Jules Gounon. « Toute l'équipe a fait un travail fantastique. »",
         ["incroyablement", "fantastique"]),
    ],
    ids=["en", "fr"],
)
def test_statement_interrupted_by_attribution_is_one_quote(extract, lang, text, parts):
    quote = only(records(extract, text, lang, "quotes"))
    assert all(p in quote["text"] for p in parts)


def test_french_quote_over_paragraphs_opened_each_time_and_closed_once_is_one_quote(extract):
    text = ("Sébastien Loeb a remporté le rallye.\n\n"
            "« Nous avons tout donné depuis le premier tour et nous avons été récompensés.\n\n"
            "« Ce titre, je le partage avec toute l'équipe », a-t-il confié.")
    quote = only(records(extract, text, "fr", "quotes"))
    assert "tout donné" in quote["text"] and "je le partage" in quote["text"]
    assert quote["speaker"] == "Sébastien Loeb"


def test_french_role_set_before_the_name_between_commas(extract):
    text = ("Le directeur de l'équipe Citroën Racing, Yves Matton, a déclaré : "
            "« Sébastien et Daniel ont montré qu'ils n'avaient rien perdu de leur classe. »")
    quote = only(records(extract, text, "fr", "quotes"))
    assert (quote["speaker"], quote["role"]) == ("Yves Matton", "directeur de l'équipe Citroën Racing")


def test_english_apostrophes_are_not_quotation_marks(extract):
    text = "Lewis Hamilton's second drivers' title came in Abu Dhabi, where the team's work paid off."
    assert records(extract, text, "en", "quotes") == []


# -- reported speech: the rule in lang/<code>/quotes.yaml ------------------------------------------------------

@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        ("en", "Nico Rosberg said that the team had done a perfect job all weekend.",
         "the team had done a perfect job all weekend", "Nico Rosberg"),
        ("en", "Nico Rosberg said the evening was a bitter one for him.",
         "the evening was a bitter one for him", "Nico Rosberg"),
        ("fr", "Yves Matton a déclaré que l'équipe avait travaillé dur pendant l'hiver.",
         "l'équipe avait travaillé dur pendant l'hiver", "Yves Matton"),
        ("fr", "Kuno Wittmer a avoué qu'il était très nerveux avant le départ.",
         "il était très nerveux avant le départ", "Kuno Wittmer"),
        ("fr", "Jean Todt a estimé que la victoire serait difficile à défendre l'an prochain.",
         "la victoire serait difficile à défendre l'an prochain", "Jean Todt"),
        ("fr", "Matthieu Vaxivière a reconnu avoir vécu une fin de course stressante.",
         "avoir vécu une fin de course stressante", "Matthieu Vaxivière"),
        ("fr", "Daniel Elena a assuré n'avoir jamais lu ses notes avec autant de plaisir.",
         "n'avoir jamais lu ses notes avec autant de plaisir", "Daniel Elena"),
    ],
    ids=["en-that-past-perfect", "en-no-that-past", "fr-que-plus-que-parfait", "fr-qu-imparfait", "fr-conditionnel",
         "fr-infinitive", "fr-negated-infinitive"],
)
def test_reported_speech(extract, lang, text, words, speaker):
    quote = only(records(extract, text, lang, "quotes"))
    assert quote["kind"] == "indirect"
    assert quote["speaker"] == speaker
    assert quote["text"] == words


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Lewis Hamilton said that the team is travelling to Brazil next week."),
        ("fr", "Sébastien Loeb a déclaré que l'équipe a fait un travail fantastique."),
        ("en", "Rubens Barrichello added victories at the European Grand Prix in Valencia and at Monza, where the "
               "team claimed its fourth one-two of the year."),
    ],
    ids=["en-present", "fr-passe-compose", "en-added-an-object"],
)
def test_narrative_tense_after_speech_verb_is_not_reported_speech(extract, lang, text):
    assert records(extract, text, lang, "quotes") == []


# -- placings and titles -----------------------------------------------------------------------------------------

DATELINE = {"de": "Sebring, 16. März 2013.", "en": "Sebring, 16 March 2013.", "fr": "Sebring, le 16 mars 2013."}


def _placing(results, driver):
    return only([r for r in results if driver in r["drivers"]])


@pytest.mark.parametrize(
    "lang, sentence, driver, kind, position, status",
    [
        ("en", "Tom Kristensen finished third at Sebring.", "Tom Kristensen", "race", 3, "finished"),
        ("en", "Nico Rosberg took pole position at Sebring.", "Nico Rosberg", "qualifying", 1, "finished"),
        ("en", "Lewis Hamilton claimed victory at Sebring.", "Lewis Hamilton", "race", 1, "finished"),
        ("en", "Lewis Hamilton won at Sebring.", "Lewis Hamilton", "race", 1, "finished"),
        ("en", "Nico Rosberg was runner-up at Sebring.", "Nico Rosberg", "race", 2, "finished"),
        ("en", "Nico Rosberg brought the car home in 14th place at Sebring.", "Nico Rosberg", "race", 14, "finished"),
        ("en", "Felipe Massa retired at Sebring.", "Felipe Massa", "race", None, "retired"),
        ("en", "Lewis Hamilton was disqualified at Sebring.", "Lewis Hamilton", "race", None, "disqualified"),
        ("fr", "Sébastien Ogier termine troisième à Sebring.", "Sébastien Ogier", "race", 3, "finished"),
        ("fr", "Mikko Hirvonen décroche la pole position à Sebring.", "Mikko Hirvonen", "qualifying", 1, "finished"),
        ("fr", "Sébastien Loeb remporte la course à Sebring.", "Sébastien Loeb", "race", 1, "finished"),
        ("fr", "Lewis Hamilton s'impose à Sebring.", "Lewis Hamilton", "race", 1, "finished"),
        ("fr", "Nico Rosberg a ramené sa voiture à la 14e place à Sebring.", "Nico Rosberg", "race", 14, "finished"),
        ("fr", "Felipe Massa a abandonné à Sebring.", "Felipe Massa", "race", None, "retired"),
        ("fr", "Lewis Hamilton a été disqualifié à Sebring.", "Lewis Hamilton", "race", None, "disqualified"),
        ("en", "Lewis Hamilton wins at Sebring.", "Lewis Hamilton", "race", 1, "finished"),
        ("en", "Lewis Hamilton came out on top at Sebring.", "Lewis Hamilton", "race", 1, "finished"),
        ("en", "Lewis Hamilton finished 5th at Sebring.", "Lewis Hamilton", "race", 5, "finished"),
        ("en", "Lewis Hamilton qualified second at Sebring.", "Lewis Hamilton", "qualifying", 2, "finished"),
        ("en", "Lewis Hamilton rounded out the top three at Sebring.", "Lewis Hamilton", "race", 3, "finished"),
        ("en", "Lewis Hamilton sits third in the standings.", "Lewis Hamilton", "championship", 3, "finished"),
        ("en", "Lewis Hamilton was a non-finisher at Sebring.", "Lewis Hamilton", "race", None, "retired"),
        ("fr", "Lewis Hamilton termine 2e à Sebring.", "Lewis Hamilton", "race", 2, "finished"),
        ("fr", "Lewis Hamilton se classe cinquième à Sebring.", "Lewis Hamilton", "race", 5, "finished"),
        ("fr", "Lewis Hamilton franchit la ligne d'arrivée en tête à Sebring.", "Lewis Hamilton", "race", 1, "finished"),
        ("fr", "Lewis Hamilton monte sur la dernière marche du podium à Sebring.", "Lewis Hamilton", "race", 3, "finished"),
        ("fr", "Lewis Hamilton n'a pas vu l'arrivée à Sebring.", "Lewis Hamilton", "race", None, "retired"),
        ("fr", "Lewis Hamilton a jeté l'éponge à Sebring.", "Lewis Hamilton", "race", None, "retired"),
        ("fr", "Lewis Hamilton n’a pas vu l’arrivée à Sebring.", "Lewis Hamilton", "race", None, "retired"),
        ("fr", "Lewis Hamilton a été mis hors course à Sebring.", "Lewis Hamilton", "race", None, "disqualified"),
        ("fr", "Lewis Hamilton occupe la tête avec 12 longueurs d'avance.", "Lewis Hamilton",
         "championship", 1, "finished"),
        ("en", "Lewis Hamilton took GTC honours at Sebring.", "Lewis Hamilton", "race", 1, "finished"),
    ],
    ids=["en-finished-third", "en-took-pole", "en-claimed-victory", "en-won", "en-runner-up", "en-14th-place",
         "en-retired", "en-disqualified", "fr-termine-troisieme", "fr-decroche-pole", "fr-remporte", "fr-s-impose",
         "fr-14e-place", "fr-abandon", "fr-disqualifie", "en-wins", "en-came-out-on-top", "en-5th", "en-qualified-second",
         "en-rounded-out-top-three", "en-sits-third-standings", "en-non-finisher", "fr-2e", "fr-se-classe",
         "fr-franchit-la-ligne-en-tete", "fr-derniere-marche", "fr-pas-vu-l-arrivee", "fr-jete-l-eponge",
         "fr-typographic-apostrophe",
         "fr-mis-hors-course", "fr-longueurs-d-avance", "en-gtc-honours"],
)
def test_placings(extract, lang, sentence, driver, kind, position, status):
    text = f"{DATELINE[lang]} {sentence}"
    result = _placing(records(extract, text, lang, "results"), driver)
    assert (result["kind"], result["position"], result["status"]) == (kind, position, status)
    assert result["season"] == 2013


@pytest.mark.parametrize("lang, text", [
    ("fr", "Losail, le 21 novembre 2021 – Lando Norris (McLaren) et Sebastian Vettel (Aston Martin), neuvième et "
           "dixième, ont pris les derniers points."),
    ("en", "Losail, 21 November 2021 – Lando Norris (McLaren) and Sebastian Vettel (Aston Martin), ninth and tenth, "
           "took the last points."),
])
def test_names_listed_apart_take_the_ranks_after_them_in_order(extract, lang, text):
    results = records(extract, text, lang, "results")
    assert sorted((r["drivers"], r["position"]) for r in results) == [(["Lando Norris"], 9), (["Sebastian Vettel"], 10)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Donington, le 19 mai 2002 – Jean Alesi a gagné. Manuel Reuter, auteur du meilleur temps des qualifications "
           "sur son Opel Astra, a pris la troisième place."),
    ("en", "Donington, 19 May 2002 – Jean Alesi won. Manuel Reuter, fastest in qualifying in his Opel Astra, took "
           "third place."),
])
def test_a_session_in_an_apposition_is_not_the_sentences(extract, lang, text):
    results = records(extract, text, lang, "results")
    placed = [(r["kind"], r["position"]) for r in results if r["drivers"] == ["Manuel Reuter"]]
    assert ("race", 3) in placed and ("qualifying", 3) not in placed


def test_a_standing_by_points_goes_on_after_a_follow_word(extract):
    text = ("Donington, le 19 mai 2002 – Laurent Aiello, Jean Alesi, Mattias Ekström et Christian Abt étaient en "
            "piste. Au classement provisoire, Aiello totalise 25 points, Alesi 17. Suivent Ekström avec 16 points et "
            "Abt avec 12 points.")
    results = records(extract, text, "fr", "results")
    assert [(r["drivers"][0].split()[-1], r["position"]) for r in results if r["kind"] == "championship"] == [
        ("Aiello", 1), ("Alesi", 2), ("Ekström", 3), ("Abt", 4)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Donington, 19 May 2002 – Starting 16th, 2001 champion Bernd Schneider climbed to eighth."),
    ("fr", "Donington, le 19 mai 2002 – Parti seizième, le champion 2001 Bernd Schneider est remonté jusqu'au huitième "
           "rang."),
    ("de", "Donington, 19. Mai 2002 – Von Startplatz 16 kämpfte sich DTM-Champion 2001 Bernd Schneider auf Rang acht "
           "vor."),
])
def test_a_title_with_its_year_before_a_name_is_an_epithet(extract, lang, text):
    # the year dates the title, not the race
    document = extract(text, lang)
    assert [(r["position"], r["season"]) for r in document["results"] if r["drivers"] == ["Bernd Schneider"]] == [
        (8, 2002)]
    assert [(t["drivers"], t["season"]) for t in document["titles"]] == [(["Bernd Schneider"], 2001)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Cologne, 17 November 2022 – Sébastien Buemi was world champion with Anthony Davidson in 2014."),
    ("fr", "Cologne, le 17 novembre 2022 – Sébastien Buemi a été champion du monde avec Anthony Davidson en 2014."),
])
def test_a_title_won_with_a_partner_is_the_crews(extract, lang, text):
    titles = records(extract, text, lang, "titles")
    assert [(t["drivers"], t["season"]) for t in titles] == [(["Sébastien Buemi", "Anthony Davidson"], 2014)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Spa, 1. August 2021 – Alessandro Pier Guidi, Nicklas Nielsen und Côme Ledogar gewannen die 24 Stunden von "
           "Spa vor dem Audi von Nico Müller, Robin Frijns und Dennis Lind und dem Porsche von Nick Tandy, Maxime "
           "Martin und Laurens Vanthoor."),
    ("fr", "Spa, le 1er août 2021 – Alessandro Pier Guidi, Nicklas Nielsen et Côme Ledogar ont remporté les 24 Heures "
           "de Spa devant l'Audi de Nico Müller, Robin Frijns et Dennis Lind et la Porsche de Nick Tandy, Maxime "
           "Martin et Laurens Vanthoor."),
])
def test_three_names_after_a_car_are_its_crew(extract, lang, text):
    results = records(extract, text, lang, "results")
    assert sorted((r["position"], r["drivers"][0]) for r in results if r["position"] > 1) == [
        (2, "Nico Müller"), (3, "Nick Tandy")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nico Rosberg war in Q3 Zweiter in Sebring."),
    ("en", "Nico Rosberg was second in Q3 at Sebring."),
    ("fr", "Nico Rosberg s'est classé deuxième en Q3 à Sebring."),
])
def test_a_qualifying_session_named_by_its_part_is_qualifying(extract, lang, text):
    result = _placing(records(extract, text, lang, "results"), "Nico Rosberg")
    assert (result["kind"], result["position"]) == ("qualifying", 2)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, le 11 octobre 2020 – Ricciardo a terminé troisième. Appelé au dernier moment pour remplacer "
           "Lance Stroll, souffrant, Nico Hülkenberg est parti de la dernière place et a terminé huitième."),
    ("en", "Nürburg, 11 October 2020 – Ricciardo finished third. Called up at the last minute to replace Lance Stroll, "
           "Nico Hülkenberg started from last and finished eighth."),
])
def test_a_name_inside_a_fronted_phrase_is_not_the_sentence_subject(extract, lang, text):
    results = records(extract, text, lang, "results")
    assert [r["drivers"] for r in results if r["position"] == 8] == [["Nico Hülkenberg"]]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "The season ended in Abu Dhabi. Lewis Hamilton clinched the 2014 drivers' title."),
     ("fr", "La saison s'est achevée à Abu Dhabi. Lewis Hamilton a remporté le titre pilotes 2014."),
     ("fr", "La saison s'est achevée à Abu Dhabi. Lewis Hamilton est sacré champion du monde 2014.")],
    ids=["en-drivers-title", "fr-titre-pilotes", "fr-champion-du-monde"],
)
def test_driver_title(extract, lang, text):
    title = only(records(extract, text, lang, "titles"))
    assert (title["category"], title["season"], title["drivers"]) == ("driver", 2014, ["Lewis Hamilton"])


@pytest.mark.parametrize("text, titles", [
    ("Abu Dhabi, 25 November 2018 – Hamilton won the Formula 1 race. His victory at Interlagos confirmed "
     "the Constructors' Championship for Mercedes.", [("team", 2018, (), "Mercedes")]),
    ("Abu Dhabi, 25 November 2018 – Lewis Hamilton won his earlier crowns in 2014 and 2015.",
     [("driver", 2014, ("Lewis Hamilton",), None), ("driver", 2015, ("Lewis Hamilton",), None)]),
], ids=["confirmed", "crowns"])
def test_english_title_words_and_verbs(extract, text, titles):
    found = records(extract, text, "en", "titles")
    assert sorted((t["category"], t["season"], tuple(t["drivers"]), t["team"]) for t in found) == titles


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Lewis Hamilton will hope to win at Sebring in 2015."),
     ("fr", "Lewis Hamilton espère remporter la course à Sebring en 2015."),
     ("en", "Lewis Hamilton goes for the win at Sebring in 2015."),
     ("en", "Lewis Hamilton is aiming for victory at Sebring in 2015."),
     ("fr", "Lewis Hamilton vise la victoire à Sebring en 2015."),
     ("fr", "Lewis Hamilton, candidat au titre, brigue la victoire à Sebring en 2015."),
     ("en", "Ricky Taylor saw his hopes of a first podium at Sebring in 2015 end with an oil leak."),
     ("de", "Ricky Taylors Hoffnung auf das erste Podium in Sebring 2015 endete mit einem Ölleck."),
     ("en", "At Sebring in 2015 Lewis Hamilton fell out of contention with a water pump failure.")],
    ids=["en", "fr", "en-goes-for", "en-aiming", "fr-vise", "fr-brigue", "en-hopes-of", "de-hoffnung-auf",
         "en-out-of-contention"],
)
def test_hopes_are_not_results(extract, lang, text):
    assert records(extract, text, lang, "results") == []


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Lewis Hamilton and Nico Rosberg won at Sebring, 7.6 seconds ahead of Felipe Massa, Valtteri Bottas and "
            "Jenson Button."),
     ("fr", "Lewis Hamilton et Nico Rosberg s'imposent à Sebring avec 7 secondes d'avance sur Felipe Massa, "
            "Valtteri Bottas et Jenson Button."),
     ("fr", "Lewis Hamilton et Nico Rosberg s'imposent à Sebring devant la Williams de Felipe Massa, "
            "Valtteri Bottas et Jenson Button.")],
    ids=["en-seconds-ahead-of", "fr-secondes-d-avance-sur", "fr-devant-la-voiture-de"],
)
def test_crew_after_a_margin_is_second_as_one_crew(extract, lang, text):
    results = records(extract, f"{DATELINE[lang]} {text}", lang, "results")
    second = _placing(results, "Valtteri Bottas")
    assert second["position"] == 2
    assert set(second["drivers"]) == {"Felipe Massa", "Valtteri Bottas", "Jenson Button"}


@pytest.mark.parametrize(
    "lang, text",
    [("de", "Rang zwei ging an den 911 GT3 RSR von IMSA Performance, den Patrick Pilet, Raymond Narac und "
            "Richard Lietz pilotierten."),
     ("en", "Second place went to the IMSA Performance 911 GT3 RSR, which Patrick Pilet, Raymond Narac and "
            "Richard Lietz drove."),
     ("fr", "La deuxième place est revenue à la Porsche 911 GT3 RSR d'IMSA Performance, que pilotaient "
            "Patrick Pilet, Raymond Narac et Richard Lietz.")],
    ids=["de-pilotierten", "en-drove", "fr-pilotaient"],
)
def test_relative_clause_with_a_driving_verb_names_the_crew_of_the_car(extract, lang, text):
    second = only(records(extract, f"{DATELINE[lang]} {text}", lang, "results"))
    assert (second["position"], second["team"]) == (2, "IMSA Performance")
    assert second["drivers"] == ["Patrick Pilet", "Raymond Narac", "Richard Lietz"]


@pytest.mark.parametrize(
    "lang, text",
    [("de", "Porsche gewann die GTLM-Klasse beim Petit Le Mans. Es war der zweite Sieg des Jahres nach dem Erfolg "
            "beim 12-Stunden-Rennen von Sebring im März. Platz zwei ging an die Corvette von Oliver Gavin und "
            "Tommy Milner."),
     ("en", "Porsche won the GTLM class at Petit Le Mans. It was the second win of the year after the success at the "
            "Sebring 12 Hours in March. Second place went to the Corvette of Oliver Gavin and Tommy Milner."),
     ("fr", "Porsche a remporté la catégorie GTLM au Petit Le Mans. C'est la deuxième victoire de l'année après le "
            "succès aux 12 Heures de Sebring en mars. La deuxième place est revenue à la Corvette d'Oliver Gavin et "
            "Tommy Milner.")],
    ids=["de-nach-dem-erfolg", "en-after-the-success", "fr-apres-le-succes"],
)
def test_a_meeting_won_before_is_not_the_one_later_sentences_go_on_with(extract, lang, text):
    dateline = {"de": "Braselton, 13. Oktober 2018.", "en": "Braselton, 13 October 2018.",
                "fr": "Braselton, le 13 octobre 2018."}[lang]
    second = _placing(records(extract, f"{dateline} {text}", lang, "results"), "Oliver Gavin")
    assert (second["position"], second["event"]) == (2, "Petit Le Mans")


@pytest.mark.parametrize(
    "lang, text",
    [("de", "Sakhir, 31. März 2019. Lewis Hamilton hat den Großen Preis von Bahrain gewonnen. Mercedes feierte mit "
            "Hamilton vor Valtteri Bottas den zweiten Doppelsieg der Saison, nachdem beim Auftakt in Melbourne Bottas "
            "vor Hamilton gewonnen hatte. Sebastian Vettel kam auf Rang fünf."),
     ("en", "Sakhir, 31 March 2019. Lewis Hamilton won the Bahrain Grand Prix. Mercedes celebrated its second one-two "
            "of the season with Hamilton ahead of Valtteri Bottas, after Bottas had beaten Hamilton at the opener in "
            "Melbourne. Sebastian Vettel finished fifth."),
     ("fr", "Sakhir, le 31 mars 2019. Lewis Hamilton a remporté le Grand Prix de Bahreïn. Mercedes signe son deuxième "
            "doublé de la saison avec Hamilton devant Valtteri Bottas, après que Bottas s'était imposé devant Hamilton "
            "à Melbourne. Sebastian Vettel a terminé cinquième.")],
    ids=["de-nachdem", "en-after", "fr-apres-que"],
)
def test_a_place_in_a_clause_about_an_earlier_race_is_that_race_only(extract, lang, text):
    results = records(extract, text, lang, "results")
    bahrain = {"de": "Großer Preis von Bahrain", "en": "Bahrain Grand Prix", "fr": "Grand Prix de Bahreïn"}[lang]
    assert (2, bahrain) in {(r["position"], r["event"]) for r in results if r["drivers"] == ["Valtteri Bottas"]}
    assert _placing(results, "Sebastian Vettel")["event"] == bahrain


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Nick Catsburg and Nick Yelloly qualified third. They then won the race at Sebring."),
     ("fr", "Nick Catsburg et Nick Yelloly se sont qualifiés troisièmes. Ils ont ensuite remporté la course à Sebring.")],
    ids=["en-they", "fr-ils"],
)
def test_plural_pronoun_stands_for_the_crew_named_before(extract, lang, text):
    results = records(extract, f"{DATELINE[lang]} {text}", lang, "results")
    race = only([r for r in results if r["kind"] == "race"])
    assert (race["position"], race["drivers"]) == (1, ["Nick Catsburg", "Nick Yelloly"])
    qualifying = only([r for r in results if r["kind"] == "qualifying"])
    assert qualifying["position"] == 3


def test_a_descriptor_with_a_team_name_of_several_words_refers_back(extract):
    text = ("Abu Dhabi, 25 November 2018. Lewis Hamilton brought the season to a close. The Mercedes-AMG Petronas "
            "Motorsport driver won the Abu Dhabi Grand Prix ahead of Ferrari's Sebastian Vettel.")
    results = records(extract, text, "en", "results")
    assert {(r["position"], tuple(r["drivers"])) for r in results} == {(1, ("Lewis Hamilton",)),
                                                                      (2, ("Sebastian Vettel",))}


def test_a_name_and_its_verb_after_a_clause_ending_in_its_year_open_a_clause(extract):
    text = ("Sakhir, le 31 mars 2019. Lewis Hamilton a remporté le Grand Prix de Bahreïn. Michael Schumacher y avait "
            "remporté la première édition en 2004, Felipe Massa s'y était imposé en 2007 et en 2008.")
    wins = {(r["season"], tuple(r["drivers"])) for r in records(extract, text, "fr", "results") if r["position"] == 1}
    assert wins == {(2019, ("Lewis Hamilton",)), (2004, ("Michael Schumacher",)), (2007, ("Felipe Massa",)),
                    (2008, ("Felipe Massa",))}


@pytest.mark.parametrize("lang, text", [
    ("de", "Lausitzring, 6. Mai 2012. Bruno Spengler gewann auf dem Lausitzring. Hinter ihm kamen Gary Paffett im "
           "Mercedes und Spenglers Markenkollege Augusto Farfus ins Ziel."),
    ("en", "Lausitzring, 6 May 2012. Bruno Spengler won at the Lausitzring. Behind him, Gary Paffett and Augusto "
           "Farfus crossed the line."),
], ids=["de-hinter-ihm", "en-behind-him"])
def test_the_names_behind_him_take_the_next_places(extract, lang, text):
    placed = {(r["position"], tuple(r["drivers"])) for r in records(extract, text, lang, "results")}
    assert placed == {(1, ("Bruno Spengler",)), (2, ("Gary Paffett",)), (3, ("Augusto Farfus",))}


def test_that_day_is_the_day_of_the_race_named_before(extract):
    text = ("Bathurst, le 5 février 2023. Jules Gounon a gagné les 12 Heures de Bathurst. Il avait de nouveau triomphé "
            "en mai 2022 avec SunEnergy1, aux côtés de Kenny Habul. Ce jour-là, Mercedes-AMG avait signé un triplé : "
            "la voiture de Craft-Bamboo Racing (Maro Engel, Daniel Juncadella, Kevin Tse) avait terminé deuxième.")
    second = _placing(records(extract, text, "fr", "results"), "Maro Engel")
    assert (second["position"], second["season"]) == (2, 2022)


@pytest.mark.parametrize("lang, text", [
    ("de", "Baku, 6. Juni 2021. Sergio Pérez gewann den Großen Preis von Aserbaidschan. Charles Leclerc wurde Vierter. "
           "Danach kamen in dieser Reihenfolge Lando Norris, Fernando Alonso, Yuki Tsunoda und Carlos Sainz ins Ziel."),
    ("fr", "Bakou, le 6 juin 2021. Sergio Pérez a gagné le Grand Prix d'Azerbaïdjan. Charles Leclerc a terminé "
           "quatrième. Derrière lui ont terminé dans l'ordre Lando Norris, Fernando Alonso, Yuki Tsunoda, l'équipier "
           "de Pierre Gasly, Carlos Sainz et Daniel Ricciardo."),
], ids=["de-in-dieser-reihenfolge", "fr-dans-l-ordre"])
def test_names_listed_in_order_take_the_next_places_and_a_partner_named_in_passing_none(extract, lang, text):
    placed = {(r["position"], tuple(r["drivers"])) for r in records(extract, text, lang, "results")}
    assert {(5, ("Lando Norris",)), (6, ("Fernando Alonso",)), (7, ("Yuki Tsunoda",)), (8, ("Carlos Sainz",))} <= placed
    assert not any("Gasly" in name for _, names in placed for name in names)


def test_that_year_is_the_year_last_mentioned(extract):
    text = ("Daytona, 29 January 2023. Acura won at Daytona. In 2022, Tom Blomqvist had won the race. "
            "Meyer Shank Racing took the team title that year.")
    title = only(records(extract, text, "en", "titles"))
    assert (title["category"], title["team"], title["season"]) == ("team", "Meyer Shank Racing", 2022)


def test_a_driver_retiring_from_racing_is_no_race_retirement(extract):
    text = f"{DATELINE['en']} Max Angelelli retired from racing after the race at Sebring."
    assert records(extract, text, "en", "results") == []


# -- dates -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "lang, text, iso",
    [
        ("en", "The race was held on 19 October 2013 at Road Atlanta.", "2013-10-19"),
        ("en", "The race was held on October 19, 2013 at Road Atlanta.", "2013-10-19"),
        ("en", "The race was held on 19th October 2013 at Road Atlanta.", "2013-10-19"),
        ("en", "The race is held in October 2013 at Road Atlanta.", "2013-10"),
        ("fr", "La course a eu lieu le 19 octobre 2013 à Road Atlanta.", "2013-10-19"),
        ("fr", "La course a eu lieu le 1er octobre 2013 à Road Atlanta.", "2013-10-01"),
        ("fr", "La course a lieu en octobre 2013 à Road Atlanta.", "2013-10"),
    ],
    ids=["en-dmy", "en-mdy", "en-ordinal-day", "en-month-year", "fr-dmy", "fr-premier", "fr-month-year"],
)
def test_dates(lang, text, iso):
    from pressxtract.pipeline import get_pipeline

    doc = get_pipeline(lang)(text)
    assert [d["date"] for d in doc._.px_dates] == [iso]


@pytest.mark.parametrize(
    "lang, text, year",
    [("en", "Road Atlanta, 19 October 2013. Next year the team returns.", 2014),
     ("fr", "Road Atlanta, le 19 octobre 2013. L'an prochain, l'équipe reviendra.", 2014),
     ("en", "Road Atlanta, 19 October 2013. Last year the team won.", 2012),
     ("fr", "Road Atlanta, le 19 octobre 2013. L'année dernière, l'équipe avait gagné.", 2012),
     ("en", "Road Atlanta, 19 October 2013. Last November the team won.", 2012),
     ("fr", "Road Atlanta, le 19 octobre 2013. En novembre dernier, l'équipe avait gagné.", 2012),
     ("fr", "Road Atlanta, le 19 octobre 2013. En mars prochain, l'équipe reviendra.", 2014)],
    ids=["en-next-year", "fr-l-an-prochain", "en-last-year", "fr-l-annee-derniere", "en-last-month",
         "fr-month-dernier", "fr-month-prochain"],
)
def test_relative_years(lang, text, year):
    from pressxtract.pipeline import get_pipeline

    doc = get_pipeline(lang)(text)
    assert year in [y for _, y in doc._.px_years]


# -- language identification -----------------------------------------------------------------------------------

ITALIAN = ("La Ferrari ha vinto la 24 Ore di Le Mans per la seconda volta consecutiva. Antonio Giovinazzi, "
           "Alessandro Pier Guidi e James Calado hanno tagliato il traguardo in prima posizione dopo una gara "
           "combattuta fino all'ultimo giro. «È un risultato straordinario per tutta la squadra», ha dichiarato "
           "il responsabile Antonello Coletta.")
SPANISH = ("Carlos Sainz ganó el Rally Dakar por cuarta vez en su carrera. El piloto madrileño cruzó la línea de "
           "meta en Yanbu con más de una hora de ventaja sobre su rival más cercano. «Es una victoria muy especial "
           "para mí y para todo el equipo», declaró Sainz tras la llegada.")
ENGLISH = ("Lewis Hamilton won the Abu Dhabi Grand Prix on Sunday and with it the drivers' title. "
           "\"This is the best day of my life,\" said Hamilton after the race.")
FRENCH = ("Lewis Hamilton a remporté dimanche le Grand Prix d'Abu Dhabi et le titre de champion du monde. "
          "« C'est le plus beau jour de ma vie », a déclaré Hamilton après la course.")


@pytest.mark.parametrize("text, lang", [(ENGLISH, "en"), (FRENCH, "fr")], ids=["en", "fr"])
def test_supported_languages_are_detected(extract, text, lang):
    assert extract(text, None)["lang"] == lang


@pytest.mark.parametrize("text, code", [(ITALIAN, "it"), (SPANISH, "es")], ids=["it", "es"])
def test_unsupported_language_gets_an_error_line_and_no_records(tmp_path, text, code):
    from pressxtract.extract import extract_source
    from pressxtract.io import find_sources

    (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    [source] = find_sources([tmp_path])
    document = extract_source(source)
    assert document.error is not None
    assert document.error.kind == "unsupported_language"
    assert f"unsupported language: {code}" in document.error.message.casefold()
    assert not (document.events or document.results or document.titles or document.quotes)


def test_forced_language_overrides_detection(extract):
    assert extract(ITALIAN, "fr")["lang"] == "fr"


def test_english_ordinal_after_a_name(extract):
    document = extract("Silverstone, 18 July 2021 – Lewis Hamilton won the British Grand Prix, with Charles Leclerc "
                       "second for Ferrari and Valtteri Bottas third.", "en")
    placed = {(r["position"], tuple(r["drivers"])) for r in document["results"]}
    assert {(2, ("Charles Leclerc",)), (3, ("Valtteri Bottas",))} <= placed


@pytest.mark.parametrize("lang, text", [
    ("de", "Montreal, 9. Juni 2019 – Lewis Hamilton gewann. Charles Leclerc wurde im zweiten Ferrari Dritter, "
           "Valtteri Bottas Vierter vor Max Verstappen."),
    ("en", "Montreal, 9 June 2019 – Lewis Hamilton won. Charles Leclerc finished third in the second Ferrari, "
           "Valtteri Bottas fourth ahead of Max Verstappen."),
    ("fr", "Montréal, 9 juin 2019 – Lewis Hamilton a gagné. Charles Leclerc a terminé troisième avec la seconde "
           "Ferrari, Valtteri Bottas quatrième devant Max Verstappen."),
])
def test_a_rank_given_after_the_next_name_starts_its_own_clause(extract, lang, text):
    placed = {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]}
    assert placed == {(1, "Lewis Hamilton"), (3, "Charles Leclerc"), (4, "Valtteri Bottas"), (5, "Max Verstappen")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Monza, 6 September 2020 – Pierre Gasly won. Daniil Kvyat brought the second AT01 home in ninth place "
           "to add two more points."),
    ("fr", "Monza, 6 septembre 2020 – Pierre Gasly a gagné. Daniil Kvyat a terminé neuvième et marque deux points."),
])
def test_points_scored_do_not_make_a_race_placing_a_standing(extract, lang, text):
    assert {(r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]} == {
        ("race", 1, "Pierre Gasly"), ("race", 9, "Daniil Kvyat")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Abu Dhabi, 1 November 2009 – Jenson Button won six of the first seven Grands Prix – in Australia, "
           "Malaysia and Turkey."),
    ("de", "Abu Dhabi, 1. November 2009 – Jenson Button gewann sechs der ersten sieben Rennen – in Australien, "
           "Malaysia und der Türkei."),
])
def test_wins_over_places_listed_after_a_dash(extract, lang, text):
    assert len([r for r in extract(text, lang)["results"] if r["position"] == 1]) == 3


@pytest.mark.parametrize("lang, text", [
    ("en", "Ingolstadt, 1 March 2020 – Audi started in 1981 with a second place in Sweden for Hannu Mikkola. "
           "Mikkola added a commanding win on the RAC Rally later that year."),
    ("de", "Ingolstadt, 1. März 2020 – Audi startete 1981 mit Platz zwei in Schweden für Hannu Mikkola. Im selben "
           "Jahr gewann Mikkola die RAC-Rallye."),
    ("fr", "Ingolstadt, 1er mars 2020 – Audi a débuté en 1981 par une deuxième place en Suède pour Hannu Mikkola. "
           "La même année, Mikkola a remporté le RAC Rally."),
])
def test_that_year_dates_a_placing_by_the_year_named_before(extract, lang, text):
    assert {(r["position"], r["season"]) for r in extract(text, lang)["results"]} == {(2, 1981), (1, 1981)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, 28 mai 2023 – Max Verstappen a gagné en Formule 1. Lance Stroll et Kevin Magnussen ont abandonné."),
    ("de", "Monaco, 28. Mai 2023 – Max Verstappen gewann in der Formel 1. Lance Stroll und Kevin Magnussen fielen aus."),
])
def test_names_joined_in_a_one_driver_series_are_several_competitors(extract, lang, text):
    retired = [r["drivers"] for r in extract(text, lang)["results"] if r["status"] == "retired"]
    assert sorted(retired) == [["Kevin Magnussen"], ["Lance Stroll"]]


def test_names_joined_in_a_sportscar_race_are_one_crew(extract):
    text = "Le Mans, 17 juin 2012 – Audi a gagné les 24 Heures du Mans. Alexander Wurz et Nicolas Lapierre ont abandonné."
    retired = [r["drivers"] for r in extract(text, "fr")["results"] if r["status"] == "retired"]
    assert retired == [["Alexander Wurz", "Nicolas Lapierre"]]


_AHEAD = {(1, "Max Verstappen"), (4, "Lewis Hamilton"), (5, "George Russell")}
_BEHIND = {(1, "Max Verstappen"), (2, "Fernando Alonso"), (3, "Pierre Gasly")}


@pytest.mark.parametrize("lang, text, expected", [
    # a rival named after a comma and "ahead of" takes the next place
    ("fr", "Monaco, 28 mai 2023 – Max Verstappen a gagné. Lewis Hamilton termine quatrième, devant son coéquipier "
           "George Russell, pénalisé de cinq secondes.", _AHEAD),
    ("de", "Monaco, 28. Mai 2023 – Max Verstappen gewann. Lewis Hamilton wurde Vierter, vor seinem Teamkollegen "
           "George Russell, der eine Zeitstrafe erhielt.", _AHEAD),
    # the order word is the one before the competitors
    ("fr", "Enstone, 27 novembre 2023 – À Zandvoort, Pierre Gasly monte sur la troisième marche derrière Max "
           "Verstappen et Fernando Alonso.", _BEHIND),
    ("de", "Enstone, 27. November 2023 – In Zandvoort stand Pierre Gasly auf Platz drei hinter Max Verstappen und "
           "Fernando Alonso.", _BEHIND),
])
def test_names_after_an_order_word_take_the_places_around_the_rank(extract, lang, text, expected):
    assert {(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]} == expected


def test_a_win_noun_in_apposition_goes_to_the_name_before(extract):
    text = ("Monaco, 28 mai 2023 – Esteban Ocon a rallié l'arrivée en troisième position, derrière Max Verstappen "
            "(Red Bull), vainqueur, et Fernando Alonso (Aston Martin).")
    placed = {(r["position"], r["drivers"][0]) for r in extract(text, "fr")["results"]}
    assert (1, "Max Verstappen") in placed and (1, "Esteban Ocon") not in placed


@pytest.mark.parametrize("lang, text, holder, seasons", [
    ("en", "Abu Dhabi, 1 November 2009 – Jenson Button won the title. Button succeeds Lewis Hamilton, champion of "
           "2008, and becomes Britain's second world champion in a row.", "Lewis Hamilton", [2008]),
    ("de", "Hockenheim, 6. Oktober 2019 – Damit ist er nach Sebastian Asch, dem Champion von 2012 und 2015, erst "
           "der zweite Fahrer mit zwei Titeln.", "Sebastian Asch", [2012, 2015]),
])
def test_a_title_apposition_after_a_name_gives_that_name_the_titles(extract, lang, text, holder, seasons):
    titles = extract(text, lang)["titles"]
    assert sorted(t["season"] for t in titles if t["drivers"] == [holder]) == seasons


def test_heading_home_a_rival_and_a_meeting_named_after_since(extract):
    text = ("Monza, 12 September 2021 – Daniel Ricciardo claimed victory in the Italian Grand Prix today, heading home "
            "team-mate Lando Norris as McLaren celebrated its first one-two finish since the 2010 Canadian Grand Prix.")
    placed = {(r["position"], r["drivers"][0], r["event"]) for r in extract(text, "en")["results"] if r["drivers"]}
    assert placed == {(1, "Daniel Ricciardo", "Italian Grand Prix"), (2, "Lando Norris", "Italian Grand Prix")}


def test_rivals_after_ahead_of_follow_a_pole_in_its_kind(extract):
    text = ("Paris, 28 avril 2018 – Jean-Éric Vergne s'impose. Le matin même, la pole position avait été décrochée par "
            "le pilote de 28 ans, devant le Britannique Sam Bird (DS Virgin Racing) et son coéquipier André Lotterer.")
    qualifying = {(r["position"], r["drivers"][0]) for r in extract(text, "fr")["results"] if r["kind"] == "qualifying"}
    assert qualifying == {(1, "Jean-Éric Vergne"), (2, "Sam Bird"), (3, "André Lotterer")}


def test_a_season_finished_ahead_of_a_rival_is_a_standing(extract):
    text = "Milton Keynes, 26 November 2013 – Sebastian Vettel finished the year with 397 points, 155 ahead of Fernando Alonso."
    assert {(r["kind"], r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]} == {
        ("championship", 1, "Sebastian Vettel"), ("championship", 2, "Fernando Alonso")}


def test_a_french_speech_verb_inside_the_marks_attributes_the_quotation(extract):
    text = ("Le Mans, 17 juin 2018 – Signatech gagne.\n\nPhilippe Sinault, directeur de Signatech, a accueilli la "
            "nouvelle avec retenue. « Ce n'est jamais comme cela que l'on rêve de gagner, a-t-il confié. Mais nous "
            "avons couru selon le règlement. »\n")
    [quote] = extract(text, "fr")["quotes"]
    assert (quote["speaker"], quote["text"]) == (
        "Philippe Sinault", "Ce n'est jamais comme cela que l'on rêve de gagner Mais nous avons couru selon le règlement.")


def test_laps_clear_of_a_car_make_its_crew_second_and_a_car_coasting_to_a_halt_retires(extract):
    text = ("Le Mans, 19 June 2016 – Romain Dumas, Neel Jani and Marc Lieb took the chequered flag in the #2 Porsche, "
            "three laps clear of the No. 6 Toyota shared by Stéphane Sarrazin, Mike Conway and Kamui Kobayashi. "
            "Earlier, Kazuki Nakajima lost power and coasted to a halt on the start-finish straight.")
    found = {(r["position"], r["status"], r["drivers"][0]) for r in extract(text, "en")["results"]}
    assert found == {(1, "finished", "Romain Dumas"), (2, "finished", "Stéphane Sarrazin"),
                     (None, "retired", "Kazuki Nakajima")}


def test_each_class_win_takes_the_class_of_its_own_clause(extract):
    text = ("Le Mans, 19 June 2016 – Elsewhere, the Signatech Alpine A460 of Nicolas Lapierre, Gustavo Menezes and "
            "Stéphane Richelmi took class honours in LMP2, while the Ford GT of Joey Hand, Dirk Müller and Sébastien "
            "Bourdais won GTE-Pro.")
    found = [(r["position"], r["class"], r["drivers"][0]) for r in extract(text, "en")["results"]]
    assert found == [(1, "LMP2", "Nicolas Lapierre"), (1, "GTE-Pro", "Joey Hand")]


def test_a_year_of_a_later_statement_of_the_sentence_does_not_date_the_win_before_it(extract):
    text = ("Le Mans, 19 June 2016 – Porsche won.\n\nThe Ford GT of Joey Hand, Dirk Müller and Sébastien Bourdais won "
            "GTE-Pro, fifty years after Bruce McLaren and Chris Amon gave Ford its first Le Mans victory in 1966.")
    found = {(r["season"], r["drivers"][0]) for r in extract(text, "en")["results"] if r["drivers"]}
    assert found == {(2016, "Joey Hand"), (1966, "Bruce McLaren")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, 16 juillet 2017 – Timo Bernhard et Brendon Hartley gagnent. Par le passé, en 2015 et en 2016, ils "
           "avaient remporté la course avec Mark Webber."),
    ("en", "Nürburg, 16 July 2017 – Timo Bernhard and Brendon Hartley win. In the past, in 2015 and in 2016, they had "
           "won the race with Mark Webber."),
], ids=["fr", "en"])
def test_fronted_years_with_a_preposition_each_date_the_clause_after_them(extract, lang, text):
    found = {(r["season"], len(r["drivers"])) for r in extract(text, lang)["results"]}
    assert found == {(2017, 2), (2015, 3), (2016, 3)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, 9 juin 2015 – Loïc Duval, lui, s'est imposé au Mans en 2013 aux côtés de Tom Kristensen et Allan "
           "McNish."),
    ("en", "Le Mans, 9 June 2015 – Loïc Duval, for his part, won Le Mans in 2013 alongside Tom Kristensen and Allan "
           "McNish."),
], ids=["fr", "en"])
def test_partners_named_after_the_subjects_aside_join_its_crew(extract, lang, text):
    assert [r["drivers"] for r in extract(text, lang)["results"]] == [["Loïc Duval", "Tom Kristensen", "Allan McNish"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, 9 juin 2015 – Loïc Duval s'est imposé au Mans en 2013 aux côtés de Tom Kristensen et Allan McNish, "
           "avant d'être sacré champion du monde avec eux la même année."),
    ("en", "Le Mans, 9 June 2015 – Loïc Duval won Le Mans in 2013 alongside Tom Kristensen and Allan McNish, before "
           "being crowned world champion with them the same year."),
], ids=["fr", "en"])
def test_a_title_in_a_clause_opened_by_before_is_the_subjects(extract, lang, text):
    assert [(t["season"], t["drivers"]) for t in extract(text, lang)["titles"]] == [
        (2013, ["Loïc Duval", "Tom Kristensen", "Allan McNish"])]


def test_a_regional_demonym_refers_back_to_the_person_named_before(extract):
    text = ("Enstone, 27 novembre 2023 – Pierre Gasly a bouclé sa première saison chez Alpine. Le Normand a décroché un "
            "podium à Zandvoort.")
    assert [(r["status"], r["drivers"]) for r in extract(text, "fr")["results"]] == [("podium", ["Pierre Gasly"])]


def test_a_nationality_descriptor_without_a_placing_makes_its_person_the_one_a_later_pronoun_means(extract):
    text = ("Maranello, le 14 octobre 2002 – Michael Schumacher rejoint Juan Manuel Fangio au sommet du palmarès. "
            "L'Allemand a gagné onze Grands Prix. Le titre était acquis au Grand Prix de France, où il s'était imposé "
            "devant Kimi Räikkönen.")
    assert [(r["position"], r["drivers"]) for r in extract(text, "fr")["results"]] == [
        (1, ["Michael Schumacher"]), (2, ["Kimi Räikkönen"])]


def test_a_nationality_descriptor_after_a_crew_means_the_one_of_that_nationality(extract):
    text = ("Le Mans, le 12 juin 2022 – Sébastien Buemi, Brendon Hartley et Ryo Hirakawa ont remporté les 24 Heures "
            "du Mans. Le Néo-Zélandais s'était déjà imposé avec Porsche en 2017.")
    assert [r["drivers"] for r in extract(text, "fr")["results"] if r["season"] == 2017] == [["Brendon Hartley"]]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Paris, 28 avril 2018 – Jean-Éric Vergne a remporté l'ePrix de Paris. Il a dominé la course et signe sa "
           "troisième victoire de la saison, après celles de Santiago et de Punta del Este."),
    ("en", "Paris, 28 April 2018 – Jean-Éric Vergne won the Paris E-Prix. It was his third win of the season, after "
           "those in Santiago and Punta del Este."),
], ids=["fr", "en"])
def test_wins_at_the_places_after_an_earlier_win_marker_are_the_winners(extract, lang, text):
    found = [(r["position"], r["event"]) for r in extract(text, lang)["results"]]
    assert [event for _, event in found[1:]] == ["Santiago", "Punta del Este"] and {p for p, _ in found} == {1}


def test_a_win_noun_in_apposition_to_a_name_is_that_persons_win_in_the_car_it_names(extract):
    text = ("Sebring, 19 mars 2011 – Nicolas Lapierre, Loïc Duval et Olivier Panis se sont imposés. Pour Olivier "
            "Panis, vainqueur du Grand Prix de Monaco 1996 au volant d'une Ligier, ce succès a une saveur "
            "particulière.")
    found = [(r["drivers"], r["manufacturer"]) for r in extract(text, "fr")["results"] if r["season"] == 1996]
    assert found == [(["Olivier Panis"], "Ligier")]


def test_a_town_the_releases_own_rally_is_held_from_is_that_rallys_meeting(extract):
    text = ("Ajaccio, 8 avril 2018 – Sébastien Ogier et Julien Ingrassia ont remporté le Tour de Corse. Ils ont mené "
            "leur Ford jusqu'à l'arrivée à Ajaccio avec 36,1 secondes d'avance sur Ott Tänak et Martin Järveoja.")
    document = extract(text, "fr")
    assert {(r["position"], r["event"]) for r in document["results"]} == {(1, "Tour de Corse"), (2, "Tour de Corse")}
    assert [(e["name"], e["season"]) for e in document["events"]] == [("Tour de Corse", 2018)]


def test_a_year_in_an_apposition_after_a_crews_parenthesis_dates_the_apposition_only(extract):
    text = ("Ajaccio, 8 avril 2018 – Ogier gagne.\n\nThierry Neuville et Nicolas Gilsoul (Hyundai i20 Coupe WRC), "
            "vainqueurs en Corse l'an dernier, complètent le podium.")
    assert [(r["position"], r["season"]) for r in extract(text, "fr")["results"]
            if r["drivers"] == ["Thierry Neuville", "Nicolas Gilsoul"]] == [(1, 2017), (3, 2018)]


def test_a_french_speech_verb_and_the_speakers_name_inside_the_marks_attribute_the_quotation(extract):
    text = ("Sebring, 19 mars 2011 – Oreca gagne.\n\n« C'est un résultat historique pour Oreca, s'est réjoui Hugues "
            "de Chaunac, fondateur et président de l'équipe. Nous avons construit cette victoire étape par étape. »\n")
    [quote] = extract(text, "fr")["quotes"]
    assert (quote["speaker"], quote["role"], quote["text"]) == (
        "Hugues de Chaunac", "fondateur et président de l'équipe",
        "C'est un résultat historique pour Oreca Nous avons construit cette victoire étape par étape.")


def test_a_french_speech_verb_inside_the_marks_may_have_a_phrase_after_the_name(extract):
    text = ("Ajaccio, le 23 octobre 2005 – Stéphane Sarrazin termine quatrième.\n\n« Gagner toutes les spéciales, "
            "on n'y pense pas au départ, a confié Sébastien Loeb à l'arrivée. Après le premier jour, on a "
            "continué. »\n")
    [quote] = extract(text, "fr")["quotes"]
    assert (quote["speaker"], quote["text"]) == ("Sébastien Loeb", "Gagner toutes les spéciales, on n'y pense pas au "
                                                 "départ Après le premier jour, on a continué.")


@pytest.mark.parametrize("lang, text, seasons", [
    ("fr", "Cardiff, 29 octobre 2017 – Sébastien Ogier et Julien Ingrassia sont sacrés champions du monde pour la "
           "cinquième fois consécutive.", [2013, 2014, 2015, 2016, 2017]),
    ("en", "Cardiff, 29 October 2017 – Sébastien Ogier and Julien Ingrassia were crowned world champions for the "
           "fifth consecutive time.", [2013, 2014, 2015, 2016, 2017]),
    ("fr", "Paris, 10 octobre 2013 – Sébastien Loeb, neuf fois champion du monde entre 2004 et 2012, dispute son "
           "dernier rallye.", list(range(2004, 2013))),
])
def test_counted_titles_over_a_run_or_a_range_of_seasons(extract, lang, text, seasons):
    assert sorted(t["season"] for t in extract(text, lang)["titles"]) == seasons


def test_rounded_out_a_top_group_is_its_last_place(extract):
    text = "Monza, 6 September 2020 – Pierre Gasly won. Lando Norris rounded out the top five."
    assert {(r["position"], r["drivers"][0]) for r in extract(text, "en")["results"]} == {
        (1, "Pierre Gasly"), (5, "Lando Norris")}


def test_the_release_team_is_the_one_whose_make_it_names_most(extract):
    # "the Scuderia" names no team: the release's own is Scuderia Ferrari Marlboro, named once beside three "Ferrari",
    # not a rival named twice
    text = ("Schumacher wins at Suzuka – the Scuderia takes the constructors' title for the third year running\n\n"
            "Maranello, 16 October 2001 – Scuderia Ferrari Marlboro won the Japanese Grand Prix with Michael "
            "Schumacher. Ferrari scored 179 points, ahead of McLaren-Mercedes on 102 and Williams-BMW on 80. "
            "Williams-BMW and McLaren-Mercedes each won four races. Ferrari won nine. Ferrari will keep its drivers.")
    titles = records(extract, text, "en", "titles")
    assert sorted((t["season"], t["team"]) for t in titles) == [
        (1999, "Scuderia Ferrari Marlboro"), (2000, "Scuderia Ferrari Marlboro"), (2001, "Scuderia Ferrari Marlboro")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Paris, le 3 décembre 2024 – Les titres pilotes sont allés à Nelson Piquet Jr. (2014-2015), "
           "Sébastien Buemi (2015-2016) et Jean-Éric Vergne (2017-2018 et 2018-2019)."),
    ("en", "London, 3 December 2024 – The drivers' titles went to Nelson Piquet Jr. (2014-15), "
           "Sébastien Buemi (2015-16) and Jean-Éric Vergne (2017-18 and 2018-19)."),
])
def test_seasons_over_two_years_in_parentheses_give_one_title_each(extract, lang, text):
    # a season over two years is its second year's; the name's suffix "Jr." before its years ends no sentence
    titles = records(extract, text, lang, "titles")
    assert sorted((t["category"], t["season"], tuple(t["drivers"])) for t in titles) == [
        ("driver", 2015, ("Nelson Piquet Jr.",)), ("driver", 2016, ("Sébastien Buemi",)),
        ("driver", 2018, ("Jean-Éric Vergne",)), ("driver", 2019, ("Jean-Éric Vergne",))]


@pytest.mark.parametrize("lang, text, holder, season", [
    ("de", "München, 20. Oktober 2014. Rang drei in der DTM belegte Titelverteidiger Mike Rockenfeller.",
     "Mike Rockenfeller", 2013),
    ("de", "Hockenheim, 7. Mai 2017. Titelverteidiger Marco Wittmann, der 2016 im BMW Meister geworden war, wurde Dritter.",
     "Marco Wittmann", 2016),
    ("en", "Montmeló, 15 May 2016 – In Formula 1, defending champion Lewis Hamilton retired.", "Lewis Hamilton", 2015),
    ("fr", "Paris, 10 octobre 2014 – En WRC, le champion en titre Sébastien Ogier a abandonné.", "Sébastien Ogier", 2013),
])
def test_a_defending_champion_held_the_title_of_the_season_before(extract, lang, text, holder, season):
    assert (holder, season) in {(t["drivers"][0], t["season"]) for t in extract(text, lang)["titles"] if t["drivers"]}


@pytest.mark.parametrize("lang, text", [
    ("de", "Cardiff, 25. Oktober 2009 – Sébastien Loeb und Beifahrer Daniel Elena gewannen die Wales Rally GB."),
    ("de", "Cardiff, 25. Oktober 2009 – Sébastien Loeb und sein Beifahrer Daniel Elena gewannen die Wales Rally GB."),
    ("en", "Cardiff, 25 October 2009 – Sébastien Loeb and his co-driver Daniel Elena won Wales Rally GB."),
    ("fr", "Cardiff, 25 octobre 2009 – Sébastien Loeb et son copilote Daniel Elena ont remporté le Wales Rally GB."),
])
def test_a_partner_noun_between_two_names_is_one_crew(extract, lang, text):
    document = extract(text, lang)
    assert [e["text"] for e in document["entities"] if e["label"] == "PERSON"] == ["Sébastien Loeb", "Daniel Elena"]
    assert [(r["position"], r["drivers"]) for r in document["results"]] == [(1, ["Sébastien Loeb", "Daniel Elena"])]


def test_a_prenominal_rank_is_the_next_names_and_an_exclusion_a_disqualification(extract):
    text = ("Budapest, 6 August 2006 – Championship leader Fernando Alonso failed to finish. Ralf Schumacher came home "
            "sixth for Toyota. Robert Kubica crossed the line in seventh place, only for the stewards to exclude him "
            "from the results. Alonso now leads second-placed Michael Schumacher by ten points.")
    found = sorted((r["kind"], r["status"], r["position"] or 0, r["drivers"]) for r in extract(text, "en")["results"])
    assert found == [("championship", "finished", 1, ["Fernando Alonso"]),
                     ("championship", "finished", 2, ["Michael Schumacher"]),
                     ("race", "disqualified", 0, ["Robert Kubica"]), ("race", "finished", 6, ["Ralf Schumacher"]),
                     ("race", "retired", 0, ["Fernando Alonso"])]


def test_crews_in_a_parenthesis_or_after_a_crew_participle_take_one_place_each_in_the_class_opening_the_sentence(
        extract):
    text = ("Monza, le 15 avril 2007 – La victoire en LMP2 revient à la Lola de Fredy Lienhard. En GT1, la Corvette "
            "C6.R de Luc Alphand Aventures, pilotée par Patrice Goueslard, Jérôme Policand et Luc Alphand, s'impose "
            "devant l'Aston Martin DBR9 de Larbre Compétition (Christophe Bouchut, Gabriele Gardel, Fabrizio Gollin) et "
            "la seconde Corvette de l'équipe, aux mains de Vincent Vosse, Jean-Luc Blanchemain et Sébastien Dumez.")
    found = [(r["position"], r["class"], r["drivers"]) for r in extract(text, "fr")["results"]]
    assert found == [
        (1, "LMP2", ["Fredy Lienhard"]), (1, "GT1", ["Patrice Goueslard", "Jérôme Policand", "Luc Alphand"]),
        (2, "GT1", ["Christophe Bouchut", "Gabriele Gardel", "Fabrizio Gollin"]),
        (3, "GT1", ["Vincent Vosse", "Jean-Luc Blanchemain", "Sébastien Dumez"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Cardiff, 25. Oktober 2009 – Sébastien Loeb hatte das Jahr mit fünf Siegen in Serie eröffnet – in Irland, "
           "Norwegen, Zypern, Portugal und Argentinien –, ehe Mikko Hirvonen im Sommer zurückschlug."),
    ("fr", "Cardiff, 25 octobre 2009 – Sébastien Loeb avait ouvert l'année par cinq victoires d'affilée – en Irlande, "
           "en Norvège, à Chypre, au Portugal et en Argentine –, avant que Mikko Hirvonen ne réplique."),
])
def test_a_count_of_wins_before_a_dashed_list_of_rounds_is_a_win_at_each(extract, lang, text):
    found = [(r["position"], r["drivers"], r["season"]) for r in extract(text, lang)["results"]]
    assert found == [(1, ["Sébastien Loeb"], 2009)] * 5


@pytest.mark.parametrize("lang, text", [
    ("fr", "Interlagos, 25 novembre 2012 – En Formule 1, Williams prend la huitième place du classement des "
           "constructeurs et Caterham la dixième."),
    ("en", "Interlagos, 25 November 2012 – In Formula 1, Williams take eighth place in the constructors' "
           "championship and Caterham tenth."),
])
def test_a_rank_after_a_coordinated_name_and_a_make_in_the_constructors_standings(extract, lang, text):
    found = [(r["category"], r["position"], r["team"] or r["manufacturer"]) for r in extract(text, lang)["results"]]
    assert [(c, p) for c, p, _ in found] == [("team", 8), ("team", 10)]
    assert found[0][2] == "Williams" and found[1][2].startswith("Caterham")


@pytest.mark.parametrize("lang, text", [
    ("de", "Le Mans, 14. Juni 2009 – Peugeot gewann. Zuvor hatte der 908 HDi FAP 2007 und 2008 jeweils als Zweiter "
           "hinter Audi die Zielflagge gesehen."),
    ("fr", "Le Mans, 14 juin 2009 – Peugeot gagne. Auparavant, la 908 HDi FAP avait terminé deuxième derrière Audi en "
           "2007 comme en 2008."),
])
def test_a_make_right_behind_a_rank_with_no_one_ahead_of_it_is_ahead(extract, lang, text):
    found = {(r["position"], r["season"], r["manufacturer"]) for r in extract(text, lang)["results"]}
    assert (1, 2007, "Audi") in found
    assert not [f for f in found if f[2] == "Audi" and f[0] == 2]


def test_a_title_word_in_a_descriptor_makes_no_later_clause_a_standing(extract):
    text = ("Trèves, 25 août 2002 – Sébastien Loeb remporte le rallye devant Richard Burns. Le champion du monde 2001 se "
            "classe deuxième, devant son équipier Marcus Grönholm, troisième.")
    found = [(r["kind"], r["position"], r["drivers"]) for r in extract(text, "fr")["results"]]
    assert ("race", 3, ["Marcus Grönholm"]) in found
    assert not [f for f in found if f[0] == "championship"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Monza, 8 September 2019 – In Formula 1, Ferrari remain second in the constructors' championship."),
    ("de", "Monza, 8. September 2019 – In der Formel 1 belegt Ferrari in der Konstrukteurswertung Platz zwei."),
    ("fr", "Monza, 8 septembre 2019 – En Formule 1, Ferrari occupe la deuxième place du championnat des "
           "constructeurs."),
])
def test_a_make_alone_holds_a_formula_one_constructors_standing(extract, lang, text):
    assert [(r["category"], r["position"], r["manufacturer"]) for r in extract(text, lang)["results"]] == [
        ("team", 2, "Ferrari")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 8. September 2019 – In der Formel 1 belegt Ferrari bei den Konstrukteuren weiterhin den zweiten "
           "Platz hinter Mercedes und vor Red Bull."),
    ("en", "Monza, 8 September 2019 – In Formula 1, Ferrari remain second in the constructors' championship behind "
           "Mercedes and ahead of Red Bull."),
])
def test_a_rank_between_one_behind_and_one_ahead(extract, lang, text):
    assert sorted((r["position"], r["manufacturer"]) for r in extract(text, lang)["results"]) == [
        (1, "Mercedes"), (2, "Ferrari"), (3, "Red Bull")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Trèves, 25 août 2002 – Première victoire en Championnat du Monde pour Sébastien Loeb au Rallye "
           "d'Allemagne."),
    ("en", "Trier, 25 August 2002 – A first win in the World Rally Championship for Sébastien Loeb at the Rallye "
           "Deutschland."),
])
def test_a_win_in_the_championship_is_a_race_win(extract, lang, text):
    assert [(r["kind"], r["position"], r["drivers"]) for r in extract(text, lang)["results"]] == [
        ("race", 1, ["Sébastien Loeb"])]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Berlin, 13 août 2020 – Stoffel Vandoorne s'impose et offre à Mercedes un doublé devant Nyck de Vries."),
    ("en", "Berlin, 13 August 2020 – Stoffel Vandoorne won and gave Mercedes a one-two ahead of Nyck de Vries."),
])
def test_a_one_two_given_to_a_make_ahead_of_a_driver_leaves_that_driver_second(extract, lang, text):
    assert sorted((r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["kind"] == "race") \
        == [(1, "Stoffel Vandoorne"), (2, "Nyck de Vries")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Baku, 25. Juni 2017 – Lance Stroll wurde Dritter. In der Fahrerwertung liegt Felipe Massa weiterhin auf "
           "Position zehn, Stroll verbessert sich auf Rang zwölf."),
    ("fr", "Bakou, le 25 juin 2017 – Lance Stroll a terminé troisième. Au championnat, Felipe Massa occupe la dixième "
           "place, Stroll remonte au douzième rang."),
])
def test_a_sentence_opening_with_the_standings_makes_each_bare_rank_in_it_a_standing(extract, lang, text):
    assert sorted((r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]) == [
        ("championship", 10, "Felipe Massa"), ("championship", 12, "Lance Stroll"), ("race", 3, "Lance Stroll")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Salou, 27. Oktober 2019 – Ott Tänak gewann vier der letzten fünf Wertungsprüfungen. Ott Tänak holte sich "
           "die Prüfung mit 3,6 Sekunden Vorsprung auf Elfyn Evans."),
    ("en", "Salou, 27 October 2019 – Ott Tänak won the Power Stage. Ott Tänak set the fastest time on the Power Stage, "
           "with Elfyn Evans second quickest."),
    ("fr", "Salou, le 27 octobre 2019 – Ott Tänak a remporté la Power Stage. Ott Tänak a signé le meilleur temps dans "
           "l'ultime spéciale."),
])
def test_a_win_or_best_time_on_a_rally_stage_is_no_result(extract, lang, text):
    assert extract(text, lang)["results"] == []


def test_a_margin_after_a_count_of_stages_is_the_rallys(extract):
    text = ("Trier, 25. August 2002 – Sébastien Loeb brachte den Citroën nach 22 Wertungsprüfungen mit 14,3 Sekunden "
            "Vorsprung auf Richard Burns ins Ziel.")
    assert [(r["position"], r["drivers"][0]) for r in extract(text, "de")["results"]] == [(2, "Richard Burns")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, le 24 janvier 2021 – Sébastien Ogier remporte le rallye et devance son équipier Elfyn Evans de "
           "32,6 secondes."),
    ("de", "Monaco, 24. Januar 2021 – Sébastien Ogier gewann die Rallye und distanzierte seinen Teamkollegen Elfyn "
           "Evans um 32,6 Sekunden."),
])
def test_a_verb_of_being_ahead_with_a_margin_after_the_name_puts_that_one_second(extract, lang, text):
    assert sorted((r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]) == [
        (1, "Sébastien Ogier"), (2, "Elfyn Evans")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Salou, 11. November 2012 – Sébastien Loeb gewann. In der Fahrerwertung liegt Loeb vor Mikko Hirvonen, "
           "Jari-Matti Latvala komplettiert das Podium."),
    ("en", "Salou, 11 November 2012 – Sébastien Loeb won. In the final drivers' standings Loeb heads Mikko Hirvonen, "
           "the runner-up, while Jari-Matti Latvala completes the podium."),
    ("fr", "Salou, le 11 novembre 2012 – Sébastien Loeb gagne. Au classement final des pilotes, Loeb devance Mikko "
           "Hirvonen, vice-champion, tandis que Jari-Matti Latvala complète le podium."),
])
def test_a_podium_completed_in_a_sentence_opening_with_the_standings_is_the_standings(extract, lang, text):
    assert [(r["kind"], r["position"]) for r in extract(text, lang)["results"]
            if r["drivers"] == ["Jari-Matti Latvala"]] == [("championship", 3)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 8. September 2019 – Larry ten Voorde gewann. Den dritten Podestplatz eroberte Rookie Joey Mawson."),
    ("en", "Monza, 8 September 2019 – Larry ten Voorde won. The third podium spot went to rookie Joey Mawson."),
])
def test_an_ordinal_podium_place_after_an_article_is_that_place(extract, lang, text):
    assert [r["position"] for r in extract(text, lang)["results"] if r["drivers"] == ["Joey Mawson"]] == [3]


def test_a_first_podium_is_a_count_not_a_win(extract):
    text = ("Baku, 25. Juni 2017 – Lance Stroll wurde Dritter. Es ist der erste Podiumsplatz eines Kanadiers seit "
            "Jacques Villeneuve 2001.")
    assert [r["position"] for r in extract(text, "de")["results"] if r["position"] != 3] == [None]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mans, le 14 juin 2017 – Toyota arrive. En 2013, Anthony Davidson, Sébastien Buemi et Stéphane Sarrazin "
           "avaient terminé derrière l'Audi victorieuse."),
    ("en", "Le Mans, 14 June 2017 – Toyota arrives. In 2013, Anthony Davidson, Sébastien Buemi and Stéphane Sarrazin "
           "had finished behind the winning Audi."),
])
def test_a_win_word_after_behind_is_someone_elses_win_and_the_subject_second(extract, lang, text):
    assert [(r["position"], r["season"]) for r in extract(text, lang)["results"]
            if r["drivers"] and r["drivers"][0] == "Anthony Davidson"] == [(2, 2013)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Moskau, 1. Juni 2014 – Marco Wittmann gewann vor Mattias Ekström. Ekström, der Dritte von Moskau, war 2004 "
           "und 2007 für Audi DTM-Champion."),
    ("en", "Moscow, 1 June 2014 – Marco Wittmann won ahead of Mattias Ekström. Ekström, the winner in 2013, was DTM "
           "champion in 2004 and 2007."),
    ("fr", "Moscou, 1er juin 2014 – Marco Wittmann s'est imposé devant Mattias Ekström. Ekström, le vainqueur de 2013, "
           "a été champion DTM en 2004 et 2007."),
])
def test_a_title_after_an_apposition_to_a_name_is_that_names(extract, lang, text):
    assert [(t["season"], t["drivers"]) for t in extract(text, lang)["titles"]] == [(2004, ["Mattias Ekström"]),
                                                                                    (2007, ["Mattias Ekström"])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Montreal, 8. Juni 2014 – Daniel Ricciardo hat den Großen Preis von Kanada gewonnen. Mit Platz zwei baute "
           "Nico Rosberg seine Führung in der Fahrerwertung auf 22 Punkte vor Lewis Hamilton aus."),
    ("en", "Montreal, 8 June 2014 – Daniel Ricciardo has won the Canadian Grand Prix. With second place, Nico Rosberg "
           "extends his lead in the drivers' championship to 22 points over Lewis Hamilton."),
    ("fr", "Montréal, 8 juin 2014 – Daniel Ricciardo a remporté le Grand Prix du Canada. Grâce à sa deuxième place, "
           "Nico Rosberg porte son avance au championnat des pilotes à 22 points sur Lewis Hamilton."),
])
def test_a_rank_before_the_subjects_own_lead_is_the_races(extract, lang, text):
    assert sorted((r["kind"], r["position"], r["drivers"][0]) for r in extract(text, lang)["results"]) == [
        ("championship", 1, "Nico Rosberg"), ("championship", 2, "Lewis Hamilton"), ("race", 1, "Daniel Ricciardo"),
        ("race", 2, "Nico Rosberg")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nürburgring, 11. Oktober 2020 – Lewis Hamilton gewann den Großen Preis der Eifel. Im Qualifying holte "
           "Valtteri Bottas die Pole-Position vor Lewis Hamilton und Max Verstappen. Charles Leclerc und Alexander "
           "Albon folgten."),
    ("en", "Nürburgring, 11 October 2020 – Lewis Hamilton won the Eifel Grand Prix. In qualifying, Valtteri Bottas took "
           "pole position ahead of Lewis Hamilton and Max Verstappen. Charles Leclerc and Alexander Albon followed, "
           "with Daniel Ricciardo sixth."),
])
def test_names_before_a_follow_word_take_the_next_places_of_the_session_before(extract, lang, text):
    assert [(r["position"], r["drivers"][0]) for r in extract(text, lang)["results"] if r["kind"] == "qualifying"
            and r["position"] in (4, 5)] == [(4, "Charles Leclerc"), (5, "Alexander Albon")]

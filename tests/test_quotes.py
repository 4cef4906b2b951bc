"""Direct and reported speech in German: marks, attribution before/after, joins, interviews, evidence."""

import pytest

from .conftest import assert_evidence


def quotes(extract, text):
    document = extract(text)
    assert_evidence(text, document)
    return document["quotes"]


@pytest.mark.parametrize(
    "text",
    [
        '„Das war ein fantastisches Rennen für uns alle“, sagte Teamchef Bobby Rahal.',
        '»Das war ein fantastisches Rennen für uns alle«, sagte Teamchef Bobby Rahal.',
        '"Das war ein fantastisches Rennen für uns alle", sagte Teamchef Bobby Rahal.',
        'Teamchef Bobby Rahal sagte: „Das war ein fantastisches Rennen für uns alle.“',
    ],
    ids=["german-low-high", "guillemets", "straight", "attribution-before"],
)
def test_quote_styles_give_text_speaker_and_role(extract, text):
    [quote] = quotes(extract, text)
    assert quote["text"].rstrip(".") == "Das war ein fantastisches Rennen für uns alle"
    assert quote["speaker"] == "Bobby Rahal"
    assert quote["role"] == "Teamchef"
    assert quote["kind"] == "direct"


def test_statement_interrupted_by_attribution_is_one_quote(extract):
    text = ('„Wir haben eine starke erste Saison gesehen“, sagt BMW Motorsport Direktor Jens Marquardt. '
            '„Das Team hat hervorragend gearbeitet.“')
    [quote] = quotes(extract, text)
    assert quote["text"] == "Wir haben eine starke erste Saison gesehen Das Team hat hervorragend gearbeitet."
    assert (quote["speaker"], quote["role"]) == ("Jens Marquardt", "BMW Motorsport Direktor")


@pytest.mark.parametrize("verb", ["a lancé", "a avoué", "a glissé"])
def test_a_french_speech_verb_set_inside_the_marks_attributes_the_quote(extract, verb):
    text = (f"Spa, le 26 juillet 2009 – La Corvette gagne.\n\n« Je cours à Spa depuis des années, {verb} Anthony "
            "Kumpen. Aujourd'hui c'est notre tour. »")
    [quote] = extract(text, "fr")["quotes"]
    assert (quote["speaker"], quote["text"]) == ("Anthony Kumpen", "Je cours à Spa depuis des années Aujourd'hui "
                                                                   "c'est notre tour.")


def test_a_french_incise_naming_the_role_before_the_name_attributes_the_quote(extract):
    text = ("Bostalsee, le 25 août 2019 – Toyota signe un triplé.\n\n« Trois voitures sur le podium : on ne peut pas "
            "faire mieux, a déclaré le directeur de l'équipe, Tommi Mäkinen. Pour Cologne, c'est une victoire. »")
    [quote] = extract(text, "fr")["quotes"]
    assert (quote["speaker"], quote["text"]) == ("Tommi Mäkinen", "Trois voitures sur le podium : on ne peut pas "
                                                                  "faire mieux Pour Cologne, c'est une victoire.")


@pytest.mark.parametrize(
    "lang, text, role",
    [
        ("en", "Cologne, 25 August 2019 – Toyota win. “Three cars on the podium,” said the team principal, Tommi "
               "Mäkinen. “It is a home win.”", "team principal"),
        ("de", "Köln, 25. August 2019 – Toyota gewinnt. „Drei Autos auf dem Podest“, sagte der Teamchef, Tommi "
               "Mäkinen. „Das ist ein Heimsieg.“", "Teamchef"),
    ],
    ids=["en", "de"],
)
def test_a_role_set_off_before_the_speakers_name_is_the_speakers_role(extract, lang, text, role):
    [quote] = extract(text, lang)["quotes"]
    assert (quote["speaker"], quote["role"]) == ("Tommi Mäkinen", role)


def test_consecutive_paragraphs_of_one_speaker_are_one_quote(extract):
    text = ('Timo Glock sagte: „Das Rennen war hart von Anfang an.\n\n'
            '„Am Ende hat die Strategie den Unterschied gemacht.“')
    [quote] = quotes(extract, text)
    assert quote["speaker"] == "Timo Glock"
    assert "hart von Anfang an" in quote["text"] and "Strategie" in quote["text"]


def test_narrative_between_quotes_starts_a_new_record(extract):
    text = ('„Wir sind sehr zufrieden mit dem Ergebnis“, sagte Timo Glock.\n\n'
            'Danach ging es für das Team zurück nach München.\n\n'
            '„Jetzt freuen wir uns auf das nächste Rennen in Spa“, sagte Marco Wittmann.')
    assert [q["speaker"] for q in quotes(extract, text)] == ["Timo Glock", "Marco Wittmann"]


def test_interview_block_with_role_in_parenthesis(extract):
    text = 'Tom Berger (Leiter Motorsport bei Beispiel Racing):\n„Wir haben heute alles richtig gemacht und gewonnen.“'
    [quote] = quotes(extract, text)
    assert quote["speaker"] == "Tom Berger"
    assert quote["role"] == "Leiter Motorsport bei Beispiel Racing"


def test_journalists_question_is_not_a_quote(extract):
    text = 'Frage: „Wie haben Sie das Rennen heute erlebt, Herr Berger?“\nTom Berger: „Es war ein sehr langer Tag.“'
    assert [q["speaker"] for q in quotes(extract, text)] == ["Tom Berger"]


def test_surname_speaker_resolves_to_full_name(extract):
    text = ('Dirk Müller fuhr auf Platz zwei. „Wir haben alles gegeben, was möglich war“, sagte Müller.')
    [quote] = quotes(extract, text)
    assert quote["speaker"] == "Dirk Müller"


def test_descriptor_attribution_points_to_last_named_person(extract):
    text = ('Bernd Schneider war zufrieden. „Ich hatte Angst, dass wir beide Autos verlieren“, so der 51-Jährige.')
    [quote] = quotes(extract, text)
    assert quote["speaker"] == "Bernd Schneider"


def test_descriptor_attribution_passes_over_names_dated_as_history(extract):
    text = ("São Paulo, 21 October 2007 – Kimi Räikkönen won the title. After Keke Rosberg (1982) and Mika Häkkinen "
            "(1998 and 1999) he is the third Finnish World Champion.\n\n\"I would not have bet much on the title,\" "
            "said the new World Champion.")
    [quote] = extract(text, "en")["quotes"]
    assert quote["speaker"] == "Kimi Räikkönen"


def test_a_quote_ending_its_sentence_goes_on_before_a_new_speaker_reporting_at_length(extract):
    text = ("São Paulo, 21. Oktober 2007 – Kimi Räikkönen ist Weltmeister.\n\n"
            "„Dieses Wochenende fasst unsere Saison zusammen“, sagte Teamchef Jean Todt. "
            "„Niemand in Maranello hat aufgegeben.“ Sportdirektor Stefano Domenicali fügte hinzu, man habe sich in den "
            "vergangenen Wochen ganz auf die eigene Arbeit konzentriert und nicht auf die Konkurrenz geschaut.")
    found = [(q["speaker"], q["kind"], q["text"]) for q in extract(text, "de")["quotes"]]
    assert found == [
        ("Jean Todt", "direct", "Dieses Wochenende fasst unsere Saison zusammen Niemand in Maranello hat aufgegeben."),
        ("Stefano Domenicali", "indirect", "man habe sich in den vergangenen Wochen ganz auf die eigene Arbeit "
                                           "konzentriert und nicht auf die Konkurrenz geschaut")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Monza, 20. Juni 2021 – Kelvin van der Linde gewann vor Nico Müller. Sheldon van der Linde wurde Vierter."
           "\n\n„Ein besseres Geburtstagsgeschenk gibt es nicht“, sagte der Sieger."),
    ("en", "Monza, 20 June 2021 – Kelvin van der Linde won ahead of Nico Müller. Sheldon van der Linde was fourth."
           "\n\n\"There is no better birthday present,\" said the winner."),
], ids=["de", "en"])
def test_the_winner_quoted_is_the_one_placed_first(extract, lang, text):
    assert [q["speaker"] for q in extract(text, lang)["quotes"]] == ["Kelvin van der Linde"]


def test_short_scare_quotes_are_not_quotes(extract):
    assert quotes(extract, "Die „Grüne Hölle“ zeigte sich von ihrer härtesten Seite.") == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Teamchef Bobby Rahal sagte, man sei mit dem Ergebnis sehr zufrieden.", "man sei mit dem Ergebnis sehr zufrieden"),
        ("Bobby Rahal mahnte: Das Wetter könne noch für Überraschungen sorgen.", "Das Wetter könne noch für Überraschungen sorgen"),
        ("Man sei mit dem Ergebnis sehr zufrieden, sagte Bobby Rahal.", "Man sei mit dem Ergebnis sehr zufrieden"),
        ("Bobby Rahal sagte, der Erfolg belohne eine Mannschaft mit großem Einsatz.",
         "der Erfolg belohne eine Mannschaft mit großem Einsatz"),
    ],
    ids=["cue-comma", "cue-colon", "fronted", "regular-verb"],
)
def test_reported_speech(extract, text, words):
    [quote] = quotes(extract, text)
    assert quote["kind"] == "indirect"
    assert quote["speaker"] == "Bobby Rahal"
    assert quote["text"] == words


def test_reported_speech_continues_in_the_next_sentence(extract):
    text = ("Bobby Rahal sagte, man sei zufrieden. Das Team habe hervorragend gearbeitet.")
    [quote] = quotes(extract, text)
    assert quote["text"] == "man sei zufrieden. Das Team habe hervorragend gearbeitet"


def test_reported_speech_continues_into_a_sentence_naming_someone_else(extract):
    text = ("Jens Marquardt sagte, Marco Wittmann habe gezeigt, was ihn auszeichne. Die Mannschaft habe alles richtig "
            "gemacht, und Timo Glock habe einen wichtigen Punkt gerettet.")
    [quote] = quotes(extract, text)
    assert quote["speaker"] == "Jens Marquardt" and quote["text"].endswith("einen wichtigen Punkt gerettet")


def test_indicative_statement_is_not_reported_speech(extract):
    assert quotes(extract, "Bobby Rahal sagte, dass das Team nach Daytona reist.") == []


def test_a_race_or_its_winners_declared_are_not_reported_speech(extract):
    text = ("Bathurst, 4 February 2018 – Robin Frijns, Stuart Leonard and Dries Vanthoor were declared winners after "
            "officials declared the race before the clock ran out. Never before had a result been declared early.")
    assert quotes(lambda t: extract(t, "en"), text) == []


def test_interview_answer_after_a_title_abbreviation(extract):
    text = ("Ingolstadt, 17. Juni 2014. Dr. Wolfgang Ullrich zieht Bilanz.\n\n"
            "Wie fühlt sich dieser Erfolg an?\n"
            "Dr. Wolfgang Ullrich: „Jeder Sieg in Le Mans ist besonders.“\n")
    document = extract(text)
    assert [(q["speaker"], q["text"]) for q in document["quotes"]] == [
        ("Wolfgang Ullrich", "Jeder Sieg in Le Mans ist besonders.")]


def test_a_speaker_named_only_by_title_is_the_releases_main_person(extract):
    text = ("Abu Dhabi, 27. November 2016. Nico Rosberg ist Weltmeister. Nico Rosberg wurde Zweiter, Lewis Hamilton "
            "gewann. „Das waren die längsten Runden meines Lebens“, sagte der Weltmeister.")
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Nico Rosberg"]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("„Wir haben nie aufgehört zu pushen“ – Timo Bernhard im Interview\n\nStuttgart, 9. November 2017 – "
         "Timo Bernhard ist Weltmeister.", "de", "Timo Bernhard"),
        ('"The target of my life": Ott Tänak looks back\n\nInterview with the champion\n\nAlzenau, 2 December 2019 – '
         "Ott Tänak is champion.", "en", "Ott Tänak"),
        ("„Wir sind schneller angekommen, als wir geglaubt haben“\n\nToyota-Teamchef Tommi Mäkinen zieht Bilanz\n\n"
         "Jyväskylä, 22. November 2017 – Toyota war stark.", "de", "Tommi Mäkinen"),
    ],
    ids=["dash", "colon", "sub-headline"],
)
def test_a_headline_quote_is_by_the_person_the_headline_names(extract, text, lang, speaker):
    assert [q["speaker"] for q in extract(text, lang)["quotes"]] == [speaker]


def test_the_sentence_before_a_quote_can_name_its_speaker(extract):
    text = ("Paris, 28 avril 2018 – Le directeur de l'équipe, Mark Preston, a salué le travail de ses deux pilotes. "
            "« Jean-Éric a été irréprochable tout le week-end. Nous repartons de Paris plus forts que jamais. »")
    assert [q["speaker"] for q in extract(text, "fr")["quotes"]] == ["Mark Preston"]


def test_a_statement_goes_on_after_an_attribution_ending_in_a_relative_clause(extract):
    text = ("Monza, 8. September 2019 – Larry ten Voorde gewann. „Als die Hymne gespielt wurde, hatte ich Gänsehaut“, "
            "sagte der 22-jährige ten Voorde, der über die volle Distanz dicht hinter Güven geblieben war. „Natürlich "
            "habe ich ein wenig profitiert.“")
    quotes = extract(text)["quotes"]
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Larry ten Voorde", "Als die Hymne gespielt wurde, hatte ich Gänsehaut Natürlich habe ich ein wenig profitiert.")]


@pytest.mark.parametrize("text, speaker", [
    ("Spa, 31. Juli 2022. Mercedes-AMG gewann.\n\nNachgefragt bei Raffaele Marciello\n\n"
     "Wie fühlt sich das an?\n„Unglaublich. Das Team hat keinen Fehler gemacht.“\n\n"
     "Gab es einen Moment, in dem Sie gezittert haben?\n„Ehrlich gesagt, ja.“\n", "Raffaele Marciello"),
    ("Hinwil, 7. Juli 2025 – Nico Hülkenberg wurde Dritter.\n\nWir haben mit Nico Hülkenberg nach der "
     "Siegerehrung gesprochen.\n\nNico, wie fühlt sich das an?\n\n„Ehrlich gesagt begreife ich es noch "
     "nicht.“\n\nWas war entscheidend?\n\n„Die Reifenwahl.“\n", "Nico Hülkenberg"),
    ("Hinwil, 7. Juli 2025 – Nico Hülkenberg wurde Dritter.\n\nWir haben mit Nico Hülkenberg gesprochen.\n\n"
     "Wie fühlt sich das an?\n\n„Großartig.“\n\nAm Ende saß dir Lewis Hamilton im Nacken.\n\n"
     "„Das waren lange Runden!“\n", "Nico Hülkenberg"),
], ids=["heading", "one-sentence-introduction", "interviewers-remark-naming-someone-else"])
def test_answers_in_an_interview_are_the_interviewees(extract, text, speaker):
    assert [q["speaker"] for q in extract(text)["quotes"]] == [speaker, speaker]


def test_an_answer_after_a_question_is_by_whom_the_earlier_answer_is_headed(extract):
    text = ("Enstone, 27 novembre 2023 – Pierre Gasly a bouclé sa saison.\n\nPierre, quel regard portez-vous sur "
            "cette saison ?\n\nPierre Gasly : « C'est une saison avec beaucoup de hauts et de bas. »\n\n"
            "Le début d'année a été compliqué…\n\n« Oui, c'est le pire souvenir de l'année. »\n")
    assert [q["speaker"] for q in extract(text, "fr")["quotes"]] == ["Pierre Gasly", "Pierre Gasly"]


def test_an_attribution_with_an_honorific_names_the_speaker(extract):
    text = ("Le Mans, 23. Juni 2013 – Audi gewann.\n\n„Das war ein schwieriges Rennen“, erklärte Dr. Wolfgang Ullrich, "
            "Leiter Audi Motorsport. „Toyota hat uns unter Druck gesetzt.“\n")
    assert [(q["speaker"], q["role"]) for q in extract(text)["quotes"]] == [("Wolfgang Ullrich", "Leiter Audi Motorsport")]


def test_a_quote_paragraph_after_reported_speech_is_by_its_speaker(extract):
    text = ("Monaco, 28 mai 2023 – Esteban Ocon termine troisième.\n\nPierre Gasly a terminé septième. Le directeur "
            "Otmar Szafnauer a rappelé que le début de saison avait été difficile.\n\n« Ce week-end montre ce dont "
            "nous sommes capables. »\n")
    quotes = extract(text, "fr")["quotes"]
    assert [(q["kind"], q["speaker"]) for q in quotes] == [("direct", "Otmar Szafnauer"), ("indirect", "Otmar Szafnauer")]


def test_a_descriptor_attribution_is_the_person_named_before_in_the_paragraph(extract):
    text = ("Le Mans, 12 juin 2022 – Brendon Hartley a gagné. Brendon Hartley était heureux.\n\nLe directeur "
            "technique Pascal Vasselon a salué la fiabilité. « Vingt-quatre heures à ce rythme, c'était un vrai test », "
            "a expliqué l'ingénieur français.\n")
    assert [q["speaker"] for q in extract(text, "fr")["quotes"] if q["kind"] == "direct"] == ["Pascal Vasselon"]


def test_a_long_introduction_right_before_the_first_question_names_the_interviewee(extract):
    text = ("Nürburg, 20. Mai 2017 – Black Falcon verteidigt den Titel.\n\nVor dem diesjährigen Rennen haben wir mit "
            "Maro Engel über den Druck der Titelverteidigung, das Manöver in der Ravenol-Kurve und die Chancen für "
            "2017 gesprochen.\n\nHerr Engel, wie oft denken Sie noch an die letzte Runde?\n\n„Öfter, als man glaubt.“\n")
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Maro Engel"]


def test_a_name_in_a_relative_clause_of_the_attribution_is_not_the_speaker(extract):
    text = ("Sebring, 16. März 2013 – Oliver Gavin und Tommy Milner gewannen. Oliver Gavin, der mit Tommy Milner im "
            "Vorjahr die Fahrerwertung gewonnen hatte, sagte, einen besseren Start könne es nicht geben.")
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Oliver Gavin"]


def test_reported_speech_after_a_participle_of_saying(extract):
    text = ("Abu Dhabi, 3 November 2013 – Sebastian Vettel won. Christian Horner paid tribute to the departing "
            "Australian, saying that Webber had been a huge part of every title the team had won.")
    found = [(q["kind"], q["speaker"], q["text"]) for q in extract(text, "en")["quotes"]]
    assert found == [("indirect", "Christian Horner", "Webber had been a huge part of every title the team had won")]


@pytest.mark.parametrize("lang, text, speaker, words", [
    ("fr", "Monaco, 24 janvier 2021 – Sébastien Ogier s'impose. Elfyn Evans a reconnu qu'il n'avait jamais trouvé le "
           "rythme qu'il espérait. Selon lui, Ogier était simplement un cran au-dessus ce week-end.",
     "Elfyn Evans", "Ogier était simplement un cran au-dessus ce week-end"),
    ("en", "Monaco, 24 January 2021 – Sébastien Ogier won. Elfyn Evans admitted that he had never found the pace he "
           "had hoped for. According to him, Ogier was simply a step ahead this weekend.",
     "Elfyn Evans", "Ogier was simply a step ahead this weekend"),
    ("fr", "Monaco, 26 janvier 2003 – Loeb gagne. Colin McRae a expliqué qu'il n'avait jamais voulu attaquer. Selon "
           "l'Écossais, la Xsara s'est montrée redoutable sur la neige.",
     "Colin McRae", "la Xsara s'est montrée redoutable sur la neige"),
    ("en", "Monaco, 26 January 2003 – Loeb won. Colin McRae explained that he had never wanted to attack. According "
           "to the Scot, the Xsara had been formidable on snow.", "Colin McRae", "the Xsara had been formidable on "
                                                                                 "snow"),
    ("fr", "Sebring, 18 mars 2022 – Alpine s'impose.\n\nSelon Laurent Rossi, directeur général d'Alpine, ce premier "
           "succès montre que la marque a sa place parmi les meilleurs.",
     "Laurent Rossi", "ce premier succès montre que la marque a sa place parmi les meilleurs"),
])
def test_a_sentence_opened_by_according_to_is_reported_speech(extract, lang, text, speaker, words):
    found = [(q["kind"], q["speaker"], q["text"]) for q in quotes(lambda t: extract(t, lang), text)]
    assert ("indirect", speaker, words) in found


def test_a_name_in_an_apposition_to_the_speaker_does_not_speak(extract):
    text = ("Monaco, 24 janvier 2021 – Sébastien Ogier s'impose. Elfyn Evans, associé à Scott Martin, a reconnu qu'il "
            "n'avait jamais trouvé le rythme qu'il espérait.")
    assert [q["speaker"] for q in quotes(lambda t: extract(t, "fr"), text)] == ["Elfyn Evans"]


def test_a_descriptor_opening_a_paragraph_speaks_for_the_releases_own_person(extract):
    text = ("Enstone, 24 novembre 2013 – Romain Grosjean termine septième du championnat. À Austin, il a terminé "
            "deuxième, entre Sebastian Vettel et Mark Webber.\n\nLe pilote a expliqué que sa progression tenait au "
            "travail mené avec son ingénieur.")
    assert [q["speaker"] for q in quotes(lambda t: extract(t, "fr"), text)] == ["Romain Grosjean"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nürburg, 26 septembre 1999 – Johnny Herbert gagne devant Jarno Trulli. « Je n'oublierai jamais cette "
           "course », a déclaré Jarno Trulli.\n\nLe pilote italien a expliqué qu'il avait longtemps cru pouvoir "
           "revenir sur Herbert."),
    ("en", "Nürburgring, 26 September 1999 – Johnny Herbert won ahead of Jarno Trulli. \"I will never forget this "
           "race,\" said Jarno Trulli.\n\nThe Italian driver explained that he had long believed he could catch "
           "Herbert."),
])
def test_a_descriptor_naming_a_nationality_speaks_for_the_person_of_it(extract, lang, text):
    reported = [q["speaker"] for q in quotes(lambda t: extract(t, lang), text) if q["kind"] == "indirect"]
    assert reported == ["Jarno Trulli"]


def test_a_pronoun_after_reported_speech_is_its_speaker(extract):
    text = ("Nürburg, 26 septembre 1999 – Johnny Herbert gagne. « Je n'oublierai jamais cette course », a déclaré "
            "Jarno Trulli.\n\nAlain Prost, président de Prost Grand Prix, a reconnu que ce résultat devait beaucoup "
            "aux circonstances.\n\n« Nous avions les deux aujourd'hui », a-t-il déclaré.")
    found = {q["text"]: q["speaker"] for q in quotes(lambda t: extract(t, "fr"), text) if q["kind"] == "direct"}
    assert found["Nous avions les deux aujourd'hui"] == "Alain Prost"


@pytest.mark.parametrize("lang, text, parts", [
    ("fr", "Nürburg, 26 septembre 1999 – Herbert gagne. Alain Prost a reconnu que ce résultat devait beaucoup aux "
           "circonstances, mais a estimé qu'il récompensait le travail de l'équipe.",
     ["ce résultat devait beaucoup aux circonstances", "il récompensait le travail de l'équipe"]),
    ("en", "London, 3 May 2015 – Hamilton won. Toto Wolff admitted that the result owed a lot to luck, but added that "
           "the team had done a good job.", ["the result owed a lot to luck", "the team had done a good job"]),
])
def test_a_coordinated_speech_verb_reports_a_second_statement(extract, lang, text, parts):
    reported = [q["text"] for q in quotes(lambda t: extract(t, lang), text) if q["kind"] == "indirect"]
    assert reported == parts


def test_an_age_descriptor_after_the_quote_is_the_person_named_last(extract):
    text = ('Abu Dhabi, 24 November 2016 – Lewis Hamilton trails by twelve points. He made it clear that he would go '
            'for the win. "All I can do is win the race. What happens behind me is out of my hands," the 31-year-old '
            'said.')
    assert [q["speaker"] for q in quotes(lambda t: extract(t, "en"), text) if q["kind"] == "direct"] == [
        "Lewis Hamilton"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", 'Suzuka, 1 November 1998 – Mika Häkkinen is champion.\n\nDavid Coulthard was happy to have contributed '
           'to the double. "My job today was to be there for the team."', "David Coulthard"),
    ("de", "Salou, 27. Oktober 2019 – Ott Tänak und Martin Järveoja sind Weltmeister.\n\n„Der Druck war groß“, sagte "
           "Tänak.\n\nAuch Järveoja rang um Fassung. „Wir haben so viele Jahre auf diesen Tag hingearbeitet.“",
     "Martin Järveoja"),
    ("fr", "Sakhir, le 15 novembre 2014 – Anthony Davidson et Sébastien Buemi sont champions. Pour Stéphane Sarrazin, "
           "déjà vainqueur à Sakhir l'an dernier, « gagner deux fois de suite ici, c'est un signe ».",
     "Stéphane Sarrazin"),
])
def test_a_quote_after_a_sentence_about_one_person_or_opening_with_them_is_theirs(extract, lang, text, speaker):
    found = [q["speaker"] for q in quotes(lambda t: extract(t, lang), text) if q["kind"] == "direct"]
    assert found[-1] == speaker  # the quote after the sentence (the German text quotes Tänak before)


def test_a_descriptor_after_a_quote_stands_for_the_subject_of_the_sentence_before(extract):
    text = ("Abu Dhabi, 29. November 2015 – Mercedes feiert.\n\nLewis Hamilton zog mit seinem dritten Titel mit seinem "
            "Idol Ayrton Senna gleich.\n\n„Ich habe als Kind davon geträumt, Weltmeister zu werden“, sagte der "
            "30-Jährige.")
    assert [q["speaker"] for q in quotes(lambda t: extract(t, "de"), text)] == ["Lewis Hamilton"]


def test_a_pronoun_after_a_quote_stands_for_the_subject_of_the_sentence_before(extract):
    text = ("Daytona Beach, 25 January 2015 – Ganassi won.\n\nScott Dixon won the race for the second time after his "
            "2006 victory with Dan Wheldon and Casey Mears. \"The engine pulled so well on the banking,\" he said.")
    assert [q["speaker"] for q in quotes(lambda t: extract(t, "en"), text)] == ["Scott Dixon"]


def test_a_quote_after_a_sentence_whose_subject_is_named_after_a_role_is_theirs(extract):
    text = ("Nairobi, 27 June 2021 – Sébastien Ogier won.\n\nToyota team principal Jari-Matti Latvala was particularly "
            "impressed by the performance of his Japanese driver. \"Takamoto showed this weekend how much he has "
            "learned.\"")
    assert [(q["speaker"], q["role"]) for q in extract(text, "en")["quotes"]] == [
        ("Jari-Matti Latvala", "Toyota team principal")]


@pytest.mark.parametrize("text, tail", [
    ("Nürburg, 28. Mai 2017 – Land-Motorsport gewann. Teamchef Wolfgang Land sagte, er sei unendlich stolz auf seine "
     "Mannschaft. So etwas erlebe man in einer Karriere nur einmal.", "nur einmal"),
    ("Stuttgart, 14. Juni 2020 – Porsche feiert. Oliver Blume sagte, der Sieg von 1970 sei der Grundstein der Marke. "
     "Ohne den Mut der Ingenieure gäbe es die Erfolge nicht.", "Erfolge nicht"),
])
def test_reported_speech_goes_on_in_more_subjunctive_verbs(extract, text, tail):
    quotes = [q for q in extract(text)["quotes"] if q["kind"] == "indirect"]
    assert len(quotes) == 1 and quotes[0]["text"].rstrip(".").endswith(tail)


def test_a_reported_clause_without_that_may_open_with_a_long_subject(extract):
    text = ("Braselton, 1 October 2022 – Tom Blomqvist won. Oliver Jarvis said the run of second places in the summer "
            "had been hard to swallow.")
    assert [(q["kind"], q["speaker"]) for q in extract(text, "en")["quotes"]] == [("indirect", "Oliver Jarvis")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Monaco, le 28 mai 2023 – Esteban Ocon termine troisième. Pierre Gasly estimait toutefois à l'arrivée que "
           "l'équipe aurait pu tirer davantage de sa course."),
    ("en", "Monaco, 28 May 2023 – Esteban Ocon finished third. Pierre Gasly said after the race that the team could "
           "have got more out of it."),
])
def test_a_few_words_may_stand_between_the_speech_verb_and_that(extract, lang, text):
    quotes = extract(text, lang)["quotes"]
    assert [(q["kind"], q["speaker"]) for q in quotes] == [("indirect", "Pierre Gasly")]
    assert quotes[0]["text"].startswith(("l'équipe", "the team"))

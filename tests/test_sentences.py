"""Sentence boundaries: ordinals and dates do not end a sentence; a number after a numbered noun does."""

import pytest

from pressxtract.pipeline import get_pipeline


@pytest.mark.parametrize("text, sentences", [
    ("Am 19. Oktober gewann er. Dann kam Regen.", ["Am 19. Oktober gewann er.", "Dann kam Regen."]),
    ("Er wurde am Sonntag 2. Sieger im Ziel.", ["Er wurde am Sonntag 2. Sieger im Ziel."]),
    ("Er kam auf Platz 2. Dann kam Regen.", ["Er kam auf Platz 2.", "Dann kam Regen."]),
    ("Er fuhr in der Formel 1. Dann kam Regen.", ["Er fuhr in der Formel 1.", "Dann kam Regen."]),
    ("Den Sieg holte Daniel Abt. Dann kam Regen.", ["Den Sieg holte Daniel Abt.", "Dann kam Regen."]),
    ("Es gewann der Cadillac V-Series.R #01. Dann kam Regen.",
     ["Es gewann der Cadillac V-Series.R #01.", "Dann kam Regen."]),
    ("Am Ende wurde er 14. Ausgeschieden sind zwei.", ["Am Ende wurde er 14.", "Ausgeschieden sind zwei."]),
])
def test_german_sentence_ends(text, sentences):
    assert [s.text for s in get_pipeline("de")(text).sents] == sentences


def test_a_series_named_at_the_end_of_a_sentence_is_found():
    doc = get_pipeline("de")("Mercedes gewann den Konstrukteurstitel in der Formel 1.")
    assert [(e.label_, e.kb_id_) for e in doc.ents if e.label_ == "SERIES"] == [("SERIES", "series/f1")]


def test_a_slash_between_spaces_separates_phrases_not_a_crew():
    doc = get_pipeline("de")("Disqualifikation wegen Frontflügel / Daniel Abt ohne Punkte. Es fuhren Müller/Daniel Abt.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Daniel Abt", "Müller", "Daniel Abt"]


@pytest.mark.parametrize("text, sentences", [
    ("Buemi lost the title to Nelson Piquet Jr. Lucas di Grassi was third.",
     ["Buemi lost the title to Nelson Piquet Jr.", "Lucas di Grassi was third."]),
    ("Nelson Piquet Jr. won the title.", ["Nelson Piquet Jr. won the title."]),
    ("Titles went to Nelson Piquet Jr. (2015) and Sébastien Buemi (2016).",
     ["Titles went to Nelson Piquet Jr. (2015) and Sébastien Buemi (2016)."]),
    ("Buemi won the race. (Photo: Renault)", ["Buemi won the race.", "(Photo: Renault)"]),
])
def test_a_name_suffix_ends_a_sentence_only_before_a_capital(text, sentences):
    assert [s.text for s in get_pipeline("en")(text).sents] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    ("de", "Es war sein 100. Rennen in der Formel E. Sein Teamkollege wurde Vierter.",
     ["Es war sein 100. Rennen in der Formel E.", "Sein Teamkollege wurde Vierter."]),
    ("en", "It was his 100th race in Formula E. His team-mate was fourth.",
     ["It was his 100th race in Formula E.", "His team-mate was fourth."]),
    ("fr", "C'était sa centième course en Formule E. Son équipier était quatrième.",
     ["C'était sa centième course en Formule E.", "Son équipier était quatrième."]),
    ("de", "2. D. Vanthoor/Weerts", ["2. D. Vanthoor/Weerts"]),
])
def test_a_capital_letter_and_period_before_a_stop_word_ends_a_sentence(lang, text, sentences):
    assert [s.text for s in get_pipeline(lang)(text).sents] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    ("fr", "Il a gagné en Formule E. Prochain rendez-vous à Rome.", ["Il a gagné en Formule E.",
                                                                   "Prochain rendez-vous à Rome."]),
    ("en", "He won in Formula E. Rome is next.", ["He won in Formula E.", "Rome is next."]),
    ("de", "Er siegte in der Formel E. Nächster Halt ist Rom.", ["Er siegte in der Formel E.",
                                                                "Nächster Halt ist Rom."]),
])
def test_a_letter_after_a_numbered_noun_ends_a_sentence_before_any_capital(lang, text, sentences):
    assert [s.text for s in get_pipeline(lang)(text).sents] == sentences

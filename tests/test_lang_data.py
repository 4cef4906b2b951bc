"""Every language pack is complete, well-typed and free of duplicates; every pattern compiles."""

import re
from importlib import resources

import pytest
import yaml

from pressxtract.langdata import load, quote_marks, supported_languages

from .conftest import ROOT

LANGS = supported_languages()

# file -> key -> expected type (list of str, dict, str->int mapping...)
REQUIRED = {
    "text": {"abbreviations": list, "honorifics": list, "numbered_nouns": list, "special_tokens": list,
             "not_abbreviations": list},
    "quotes": {"marks": dict, "cue_verbs": list, "indirect_cues": list, "reported_verbs": list, "according_to": list,
               "according_pronouns": list,
               "opinion_openers": list, "pronouns": list, "role_heads": list, "role_joiners": list,
               "articles": list, "question_labels": list,
               "reported_suffixes": list, "reported_exceptions": list, "complementizers": list,
               "infinitive_openers": list,
               "complementizer_optional": bool, "reported_separators": list, "reported_speech_continues": bool,
               "role_compounds": bool, "role_inner_words": list, "attribution_window": int, "incise_pattern": str,
               "winner_words": list},
    "entities": {"name_particles": list, "person_cues": list, "vehicle_articles": list, "team_suffixes": list,
                 "team_prefixes": list, "genitive_endings": list, "not_names": list, "origin_words": list,
                 "team_prepositions": list,
                 "team_openers": list},
    "temporal": {"months": dict, "date_patterns": list, "relative_years": dict, "narrative_years": dict,
                 "dateline_lines": int, "years_ago": str, "years_later": str, "years_ago_words": list,
                 "years_later_words": list, "years_earlier_words": list, "upcoming_words": list,
                 "tens_words": dict},
    "results": {"win_words": list, "comparison_openers": list, "object_prepositions": list,
                "new_title_modifiers": list, "speaker_pronouns": list, "addressee_pronouns": list, "first_words": list,
                "since_words": list, "make_nouns": list, "crew_participles": list, "car_number_markers": list,
                "defended_words": list, "more_wins_phrases": list, "likewise_year_phrases": list, "already_words": list,
                "win_over_phrases": list, "overtake_verbs": list,
                "top_groups": dict,
                "each_words": list,
                "win_suffixes": list, "win_phrases": list, "weak_win_words": list, "weak_win_needs": list,
                "standing_win_nouns": list,
                "multi_win_words": dict, "car_prepositions": list, "result_appositions": list,
                "standing_follow_words": list, "beneficiary_words": list, "podium_words": list,
                "podium_completers": list, "continuation_words": list,
                "margin_units": list, "earlier_win_markers": list, "crew_phrases": list, "crew_verbs": list,
                "ahead_verbs": list, "outpace_verbs": list, "title_count_endings": list, "year_range_openers": list,
                "retired_words": list,
                "retired_split_verbs": dict, "retired_phrases": list, "disqualified_words": list, "pole_words": list,
                "qualifying_words": list, "position_nouns": list, "number_labels": list, "awarded_phrases": list,
                "awarded_split_verbs": dict, "start_markers": list, "position_list_joiners": list,
                "position_range_words": list, "ordinals": dict, "number_words": dict, "championship_words": list,
                "championship_suffixes": list, "championship_phrases": list, "championship_word_idioms": list,
                "other_season_markers": list,
                "earlier_clause_openers": list,
                "repeat_words": list, "win_owner_words": list, "race_leader_words": list,
                "owner_words": list,
                "then_words": list, "here_words": list, "overall_words": list,
                "third_place_phrases": list, "runner_up_phrases": list, "runner_up_exceptions": list,
                "fastest_words": dict, "not_after_fastest": list, "leader_words": list, "leader_nouns": list,
                "vice_words": dict, "title_words": list, "title_suffixes": list, "title_modifiers": list,
                "held_title_modifiers": list, "reigning_words": list, "reigning_after": list,
                "defending_winner_phrases": list, "practice_words": list, "gap_words": list, "crew_of_words": list,
                "race_day_phrases": list, "possessives": list, "possessive_marks": list,
                "follow_on_words": list, "leader_phrases": list, "leader_adverbs": list, "fourth_place_phrases": list, "trailing_phrases": list,
                "passing_words": list, "running_words": list, "stage_endings": list, "last_holder_words": list,
                "opening_subordinators": list,
                "fallen_words": list, "round_nouns": list, "times_words": list, "finish_line_words": list,
                "beaten_only_by_pattern": str, "won_standing_verbs": list, "race_nouns": list,
                "consecutive_words": list, "hattrick_words": list, "category_words": dict, "blockers": list,
                "miss_words": list, "standing_points": str, "season_phrases": list, "win_split_pattern": str,
                "defending_phrases": list, "overall_prefixes": list, "origin_phrases": list, "ordinal_adverbs": list,
                "crew_sizes": dict, "same_words": list, "staff_role_words": list, "second_place_phrases": list,
                "taken_from_phrases": list,
                "crew_partner_phrases": list, "blocker_exceptions": list, "clause_breaks": list, "subordinators": list,
                "clause_conjunctions": list,
                "relative_pronouns": list, "ahead_of": list, "behind": list, "coordinators": list,
                "partner_joiners": list, "contact_words": list, "likewise_phrases": list, "race_list_heads": list,
                "partner_nouns": list, "codriver_nouns": list,
                "phrase_starters": list,
                "subject_pronouns": list, "descriptor_articles": list,
                "descriptor_nouns": list, "nationality_words": dict, "year_prepositions": list, "year_joiners": list,
                 "scope_prepositions": list,
                "subject_clause_openers": list, "race_days": dict, "numeric_ordinal": str, "ordinal_cues": list,
                "after_name_ordinal_followers": list, "standalone_ordinals_capitalised": bool, "verb_second": bool,
                "position_words": dict, "crew_joiners": list, "win_count_endings": list, "not_title_phrases": list},
    "classes": {"class_words": list, "ambiguous_labels": list, "labels": list, "class_openers": list,
                "label_names": dict},
}


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        duplicates = {k for k in keys if keys.count(k) > 1}
        if duplicates:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate keys {duplicates}", node.start_mark)
        return super().construct_mapping(node, deep)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_file_has_required_keys_with_types(lang, name):
    data = load(lang)
    assert name in data, f"lang/{lang}/{name}.yaml is missing"
    for key, kind in REQUIRED[name].items():
        assert isinstance(data[name].get(key), kind), f"{lang}/{name}.yaml: {key} must be a {kind.__name__}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_keys_or_list_items(lang):
    folder = resources.files("pressxtract.lang") / lang
    for entry in folder.iterdir():
        if not entry.name.endswith(".yaml"):
            continue
        content = yaml.load(entry.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
        for key, value in content.items():
            lists = [value] if isinstance(value, list) else []
            if isinstance(value, dict):
                lists = [v for v in value.values() if isinstance(v, list)]
            for items in lists:
                repeated = sorted({x for x in items if items.count(x) > 1}, key=str)
                assert not repeated, f"{lang}/{entry.name}: {key} repeats {repeated}"


@pytest.mark.parametrize("lang", LANGS)
def test_patterns_compile_and_months_are_valid(lang):
    temporal = load(lang)["temporal"]
    month_alt = "|".join(re.escape(m) for m in temporal["months"])
    for pattern in temporal["date_patterns"]:
        re.compile(pattern.replace("{month}", f"(?:{month_alt})"))
    assert set(temporal["months"].values()) == set(range(1, 13))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", ["years_ago", "years_later"])
def test_the_words_a_years_pattern_needs_are_in_it(lang, key):
    """Each word the text must hold for the pattern to be searched stands in the pattern."""
    data = load(lang)["temporal"]
    assert data[f"{key}_words"] and all(w in data[key] for w in data[f"{key}_words"])


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_and_categories_are_well_formed(lang):
    results = load(lang)["results"]
    for table in ("ordinals", "number_words", "vice_words"):
        assert all(isinstance(v, int) and 1 <= v <= 20 for v in results[table].values()), table
    assert set(results["category_words"]) == {"driver", "team", "manufacturer", "by_series"}


@pytest.mark.parametrize("lang", LANGS)
def test_quote_marks_pair_single_characters(lang):
    marks = load(lang)["quotes"]["marks"]
    assert all(len(o) == 1 and all(len(c) == 1 for c in closers) for o, closers in marks.items())


def test_quote_marks_are_every_opening_and_closing_mark_once():
    assert quote_marks("de") == "".join(sorted("„“\"”»«"))
    for lang in LANGS:
        marks = load(lang)["quotes"]["marks"]
        assert set(quote_marks(lang)) == set(marks) | {c for closers in marks.values() for c in closers}
        assert len(quote_marks(lang)) == len(set(quote_marks(lang)))


@pytest.mark.parametrize("lang", LANGS)
def test_word_lists_hold_only_strings(lang):
    """YAML reads unquoted On/No/Yes as booleans: such words must be quoted in a list."""
    for name, content in load(lang).items():
        for key, value in content.items():
            lists = [value] if isinstance(value, list) else [v for v in value.values() if isinstance(v, list)] \
                if isinstance(value, dict) else []
            keys = list(value) if isinstance(value, dict) else []
            for item in [x for items in lists for x in items] + keys:
                assert isinstance(item, (str, list)), f"{lang}/{name}.yaml: {key} holds {item!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_numeric_ordinal_pattern_reads_a_number(lang):
    pattern = re.compile(load(lang)["results"]["numeric_ordinal"])
    assert pattern.groups == 1


def test_unknown_language_is_unsupported():
    from pressxtract.errors import UnsupportedLanguageError

    with pytest.raises(UnsupportedLanguageError, match="E004"):
        load("xx")


def test_no_given_name_is_a_demonym_or_a_word_that_is_never_a_name():
    """"the Finn Hannu Mikkola": a nationality word read as a given name makes a wrong person."""
    names = {line.strip() for line in (ROOT / "models" / "lexicon" / "first_names.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    for lang in ("de", "en", "fr"):
        data = load(lang)
        words = set(data["results"]["descriptor_nouns"]) | set(data["results"]["nationality_words"]) \
            | set(data["entities"]["not_names"]) \
            | set(data["entities"]["person_cues"])
        assert not names & words, (lang, sorted(names & words))

# Read by Cython when it compiles cues.py (setup.py); cues.py stays the pure-Python source.
# Word and CueReader are extension types: Word is built without running Python code; CueReader's own methods read
# its attributes at fixed offsets, not from a dict.

cdef class Word:
    cdef public object text, i, j, entity, last

cdef class CueReader:
    cdef public object _category_texts, _championship_texts, _counted_times, _cue_texts, _race_texts, _stage_texts
    cdef public object _win_texts, addressee_pronouns, after_name_followers, ahead_of, ahead_verbs, any_phrase
    cdef public object aside_openers, awarded, awarded_split, back_words, beaten_only_by, behind, beneficiaries
    cdef public object blocker_exceptions, blockers, blockers_avoid_cuts, break_next, breaks, car_number_markers
    cdef public object car_preposition_end, category_words, championship, championship_phrases
    cdef public object championship_suffixes, class_labels, class_words, clause_conjunctions, codriver_nouns
    cdef public object consecutive, contact_words, continuation, continuation_pairs, coordinators, crew_joiners
    cdef public object crew_of_words, crew_openers, crew_participle_end, crew_partners, crew_phrases, crew_sizes
    cdef public object crew_verbs, defended_words, defending, defending_winners, descriptor_articles
    cdef public object descriptor_nouns, disqualified, each_words, earlier_win_markers, fallen_words, fastest
    cdef public object fastest_firsts, finish_line_words, first_words, follow_on_words, fourth_place, gap_words
    cdef public object genitive_endings, hattrick, held_title_modifiers, idioms, last_holder_words, leader
    cdef public object leader_adverbs, leader_nouns, leader_phrases, likewise, likewise_years, list_joiners
    cdef public object make_nouns, margin_units, miss_words, more_wins, multi_win, nationality_words
    cdef public object new_title_modifiers, not_after_fastest, not_title, not_verbs, number_labels, numbers
    cdef public object numeric_ordinal
    cdef public object object_words, opening_subordinators, ordinal_adverbs, ordinal_cues, ordinals, outpace_verbs
    cdef public object overtake_verbs
    cdef public object overall_prefixes, overall_words, owner_words, partner_joiners, partner_nouns, partner_words
    cdef public object passing_words, phrase_starters, placing_phrases, podium, podium_completers, pole
    cdef public object position_endings, position_nouns, position_words, possessive_marks, possessives, practice
    cdef public object qualifying, race_day_phrases, race_days, race_leader_words, race_list_heads, race_nouns
    cdef public object range_words, refer_words, reigning_after, reigning_words, relative_pronouns
    cdef public object result_appositions, retired, retired_phrases, retired_split, round_nouns, runner_up
    cdef public object runner_up_exceptions, running_words, same_words, scope_prepositions, season_phrases
    cdef public object second_place, since_words, speaker_pronouns, staff_words, stage_endings
    cdef public object standalone_ordinals_capitalised, standing_follow, standing_points, standing_qualifiers
    cdef public object start_markers, subject_clause_openers, subject_pronouns, subordinators, taken_from
    cdef public object third_place, times_words, title, title_count_endings, title_modifiers, title_suffixes
    cdef public object top_groups, top_pattern, trailing, verb_second, vice, weak_needs, weak_win, win
    cdef public object win_count_endings, win_over, win_owner_words, win_phrases, win_split, win_suffixes, won_standing
    cdef public object year_joiners, year_prepositions, year_range_openers

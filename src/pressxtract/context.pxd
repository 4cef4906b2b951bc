# Read by Cython when it compiles context.py (setup.py); context.py stays the pure-Python source.
# Ranges, ClassFinder and DocContext are extension types: their own methods read their attributes at fixed offsets,
# not from a dict.

cdef class Ranges:
    cdef public object ranges, starts

cdef class ClassFinder:
    cdef public object labels, names, patterns

cdef class DocContext:
    cdef public object _by_labels, _meeting_names, _meetings, _named_venues, _nationality, _paragraph_first
    cdef public object _entrant_ends, _participants, _person_ends, affiliation, all_years, anchor, body_start, classes
    cdef public object clause_conjunctions, coordinators, dateline_end, dateline_only, descriptive_names
    cdef public object descriptor_nouns, doc, earlier_clause_openers, earlier_win_markers, ents, epithet_places, here
    cdef public object kb, linked_series, main, main_class, main_event, makes, name_forms, other_meetings, paragraph
    cdef public object phrase_starters, quote_marks, quote_openers, quoted, relative_pronouns, sent_start_chars
    cdef public object sent_starts, sents, spoken, since_words, subordinators, text, then, then_words, title_endings
    cdef public object title_modifiers, won_before, year_chars, years

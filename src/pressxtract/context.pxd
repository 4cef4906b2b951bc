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
    cdef public object clause_conjunctions, coordinators, dateline_end, dateline_only, descriptive_names, descriptor_nouns, doc
    cdef public object earlier_clause_openers, ents, epithet_places, here, kb, linked_series, main, main_class
    cdef public object main_event, makes, name_forms, other_meetings, paragraph, phrase_starters, quote_marks
    cdef public object quote_openers, quoted, relative_pronouns, sent_start_chars, sent_starts, sents, spoken
    cdef public object since_words, subordinators, text
    cdef public object then, then_words, title_endings, title_modifiers, won_before, year_chars, years

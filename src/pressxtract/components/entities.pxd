# Read by Cython when it compiles entities.py (setup.py); entities.py stays the pure-Python source.
# EntityRecognizer is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class EntityRecognizer:
    cdef public object crew_joiners, cue_endings, demonyms, first_names, genitive_endings, honorifics, kb
    cdef public object kb_surnames, matcher, name_kinds, not_names, origin_words, particles, partner_words
    cdef public object person_cues, team_first_words, team_openers, team_prefixes, team_prepositions, team_suffixes
    cdef public object team_words, vehicle_articles

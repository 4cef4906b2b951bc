# Read by Cython when it compiles quotes.py (setup.py); quotes.py stays the pure-Python source.
# QuoteExtractor is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class QuoteExtractor:
    cdef public object abbreviations, according_pronouns, according_to, addressee_pronouns, articles
    cdef public object attribution_stop, closer_chars, complementizer_optional, complementizers, coordinators
    cdef public object cue_verbs, incise, indirect_cues, infinitive_openers, kb, mark_chars, marks
    cdef public object nationality_words, opener_chars, opinion_openers, pronouns, question_labels
    cdef public object relative_pronouns, reported_continues, reported_exceptions, reported_suffixes, reported_texts
    cdef public object reported_verbs, roles, separators, title_endings, window, winner_words

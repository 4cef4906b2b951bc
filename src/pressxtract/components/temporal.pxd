# Read by Cython when it compiles temporal.py (setup.py); temporal.py stays the pure-Python source.
# TemporalTagger is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class TemporalTagger:
    cdef public object date_patterns, dateline_lines, lang, months, months_lower, narrative, narrative_offsets
    cdef public object number_words, relative, upcoming
    cdef public object relative_months, relative_offsets, years_ago, years_ago_words, years_earlier_words
    cdef public object years_later, years_later_words

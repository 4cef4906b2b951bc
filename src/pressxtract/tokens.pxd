# Read by Cython when it compiles tokens.py (setup.py); tokens.py stays the pure-Python source.
# TokenTable is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class TokenTable:
    cdef public object _sentence_starts, alpha, doc_text, ent, ent_begin, idx, kind, lower, punct, sent_start, size
    cdef public object spaced, text

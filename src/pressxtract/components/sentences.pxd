# Read by Cython when it compiles sentences.py (setup.py); sentences.py stays the pure-Python source.
# SentenceSplitter is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class SentenceSplitter:
    cdef public object abbreviations, closers, first_names, numbered_nouns, only_closers, openers

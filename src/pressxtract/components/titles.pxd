# Read by Cython when it compiles titles.py (setup.py); titles.py stays the pure-Python source.
# TitleExtractor is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class TitleExtractor:
    cdef public object cues, kb

# Read by Cython when it compiles results.py (setup.py); results.py stays the pure-Python source.
# ResultExtractor is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class ResultExtractor:
    cdef public object codrivers, cues, kb, off_track

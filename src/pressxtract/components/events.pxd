# Read by Cython when it compiles events.py (setup.py); events.py stays the pure-Python source.
# EventExtractor is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class EventExtractor:
    cdef public object kb

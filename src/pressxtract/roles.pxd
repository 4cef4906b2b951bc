# Read by Cython when it compiles roles.py (setup.py); roles.py stays the pure-Python source.
# RoleFinder is an extension type: its own methods read its attributes at fixed offsets,
# not from a dict.

cdef class RoleFinder:
    cdef public object articles, compounds, head_set, heads, inner, joiners

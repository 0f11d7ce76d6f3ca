"""The tabs of an open case, one module each."""

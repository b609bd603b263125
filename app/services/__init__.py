"""Use cases. No Qt: they take plain values and return frozen dataclasses and Changes."""

"""Benchmark scenarios, one module per pane or feature (see tests/bench/model.py)."""

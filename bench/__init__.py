"""Benchmarks: `python -m bench` (or `make bench`) prints ratios against a baseline run alongside."""

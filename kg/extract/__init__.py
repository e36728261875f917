"""Extraction stage: figures, indicators, observations and named entities read from normalized sentences."""

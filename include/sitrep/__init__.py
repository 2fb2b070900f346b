"""Sitrep: news articles in, ACLED-style incidents out."""

__version__ = "0.1.0"

"""Sitrep: news articles in, ACLED-style incidents out.

Stages, in the order data flows (docs/architecture.md): acquire -> extract (with geo) -> warehouse -> serve;
`pipeline` runs one day through them, `cli` and the DAGs call it, `settings` reads the environment.
"""

__version__ = "0.1.0"

"""Acquire: sources file -> candidate URLs -> fetched documents (requests, politely) -> rows of raw.articles.
Takes a sources file and a data interval; gives landed document versions and every failure with its reason."""

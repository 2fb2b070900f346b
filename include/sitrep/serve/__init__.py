"""Serve: what people read from the published copy: the dashboard's queries and the file exports.
Takes the serving copy (never the file the pipeline writes); gives data frames, charts' data and CSV/Parquet.

serving (open read-only, file identity), filters (sidebar and chart selections), overview (figures, top places
and actors), timeline (per week), mapping (circles, outlines), tables (incident grid, evidence, CSV rows), page
(one render's reads in one session, and its cache); export (`sitrep export`).
"""

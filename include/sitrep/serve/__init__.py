"""Serve: what people read from the published copy: the dashboard's queries and the file exports.
Takes the serving copy (never the file the pipeline writes); gives data frames, charts' data and CSV/Parquet."""

"""Warehouse: DuckDB connections, dbt as a guarded child process, cross-article merging and publication.
Takes landed rows and extracted incidents; gives the marts and the read-only serving copy dashboards read."""

"""The extractor's version, apart from the extractor itself: the dbt model and the shard stage read it on every run
to find the articles read by another version, and importing the rules and the gazetteer for that would cost seconds."""

# Bump when behaviour changes: dbt re-extracts stored articles on a full refresh when it differs.
EXTRACTOR_VERSION = "1.129.0"

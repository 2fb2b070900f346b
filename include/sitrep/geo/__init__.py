"""Geo: text -> place mentions -> gazetteer candidates -> resolved GeoNames places (offline gazetteer + villages).
Takes any text (and optionally the outlet's country); gives toponyms with coordinates, admin regions and ids."""

#!/usr/bin/env bash
# One-off set-up run by the `airflow-init` compose service before the other Airflow services start:
# checks the secrets, migrates the metadata database, writes the admin password, creates the writer pool.
set -euo pipefail

missing=()
for var in AIRFLOW__API_AUTH__JWT_SECRET AIRFLOW__API__SECRET_KEY AIRFLOW__CORE__FERNET_KEY; do
    if [ -z "${!var:-}" ]; then missing+=("$var"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "airflow-init: ${missing[*]} not set; copy .env.example to .env and fill in the secrets" >&2
    exit 1
fi

# The shared warehouse volume starts empty; give the pipeline its folders.
mkdir -p "$(dirname "${SITREP_WAREHOUSE}")" "$(dirname "${SITREP_SERVING}")"

airflow db migrate

# SimpleAuthManager reads passwords from this JSON file; without it, it generates random ones at start-up.
# The image creates the auth folder owned by airflow, so a fresh named volume inherits that ownership; a volume
# created by an older image (root-owned) is reported here instead of failing in Python further down.
passwords_file="${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE}"
mkdir -p "$(dirname "$passwords_file")"
if ! ( : > "$(dirname "$passwords_file")/.writable" ) 2>/dev/null; then
    echo "airflow-init: $(dirname "$passwords_file") is not writable by uid $(id -u);" \
         "recreate the airflow-auth volume (docker compose down && docker volume rm <project>_airflow-auth)" >&2
    exit 1
fi
rm -f "$(dirname "$passwords_file")/.writable"
python - "$passwords_file" <<'PY'
import json, os, sys
user = os.environ["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"].split(",")[0].split(":")[0]
with open(sys.argv[1], "w") as fh:
    json.dump({user: os.environ["SITREP_ADMIN_PASSWORD"]}, fh)
os.chmod(sys.argv[1], 0o600)
PY

# A broken sources file is reported now, one line per problem, rather than at the first scheduled run.
python -c 'import os, sys
from sitrep.acquire.sources import ConfigError, load_sources
try:
    load_sources(os.environ.get("SITREP_SOURCES", "/opt/sitrep/sources/sources.yml"))
except ConfigError as exc:
    sys.exit("\n".join("airflow-init: sources: " + line for line in str(exc).splitlines()))'

# DuckDB allows one writer per file: the DAG's writing tasks share this one-slot pool (DUCKDB_POOL in
# dags/sitrep_daily.py; tests/test_compose.py checks the names agree).
airflow pools set duckdb 1 "One writer at a time for the DuckDB warehouse"
echo "airflow-init: done"

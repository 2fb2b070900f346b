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
passwords_file="${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE}"
mkdir -p "$(dirname "$passwords_file")"
python - "$passwords_file" <<'PY'
import json, os, sys
user = os.environ["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"].split(",")[0].split(":")[0]
with open(sys.argv[1], "w") as fh:
    json.dump({user: os.environ["SITREP_ADMIN_PASSWORD"]}, fh)
os.chmod(sys.argv[1], 0o600)
PY

# DuckDB allows one writer per file: the DAG's writing tasks share this one-slot pool (DUCKDB_POOL in
# dags/sitrep_daily.py; tests/test_compose.py checks the names agree).
airflow pools set duckdb 1 "One writer at a time for the DuckDB warehouse"
echo "airflow-init: done"

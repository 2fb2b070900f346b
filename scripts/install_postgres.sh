#!/usr/bin/env bash
# Install Debian's PostgreSQL server for the scheduler test (tests/scheduled), which runs Airflow's scheduler,
# dag-processor and api-server on a PostgreSQL metadata database as in production. The test starts its own
# throw-away cluster on a loopback port; nothing here starts a service. Skips with the reason where it cannot be
# installed, except under CI (see apt_install_or_skip.sh).
set -uo pipefail
source "${BASH_SOURCE[0]%/*}/apt_install_or_skip.sh"

find_initdb() {
    ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1
}

apt_install_or_skip PostgreSQL "the scheduler test" find_initdb postgresql

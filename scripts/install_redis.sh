#!/usr/bin/env bash
# Install Debian's Redis server for the cluster test (tests/cluster), which runs Airflow's CeleryExecutor with two
# Celery workers on this machine, Redis as the broker, as a multi-worker deployment does. The test starts its own
# throw-away Redis on a loopback port; nothing here starts a service. Skips with the reason where it cannot be
# installed, except under CI (see apt_install_or_skip.sh).
set -uo pipefail
source "${BASH_SOURCE[0]%/*}/apt_install_or_skip.sh"

find_redis() {
    command -v redis-server 2>/dev/null
}

apt_install_or_skip Redis "the cluster test" find_redis redis-server

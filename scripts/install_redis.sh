#!/usr/bin/env bash
# Install Debian's Redis server for the cluster test (tests/cluster), which runs Airflow's CeleryExecutor with two
# Celery workers on this machine, Redis as the broker, as a multi-worker deployment does. Idempotent. The test starts
# its own throw-away Redis on a loopback port; nothing here starts a service.
#
# Where it cannot be installed (no apt-get, not root and no password-less sudo) this prints why and exits 0: the
# cluster test then skips with that reason. Under CI (CI=true, set by .ci/run) a failed install is an error.
set -uo pipefail

required() {
    case "${CI:-}" in ""|0|false|no) return 1 ;; *) return 0 ;; esac
}

cannot() {
    echo "install_redis.sh: cannot install Redis: $1; the cluster test will skip" >&2
    if required; then
        echo "install_redis.sh: CI is set, so this is an error" >&2
        exit 1
    fi
    exit 0
}

if command -v redis-server >/dev/null 2>&1; then
    echo "redis already installed: $(command -v redis-server)"
    exit 0
fi

command -v apt-get >/dev/null 2>&1 || cannot "apt-get not found (install redis-server with your OS package manager)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        cannot "not root and no password-less sudo (run: sudo apt-get install redis-server)"
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || cannot "apt-get update failed"
# --no-install-recommends: the server binary only; nothing is enabled or started by the test's account.
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null || cannot "apt-get install redis-server failed"

command -v redis-server >/dev/null 2>&1 || cannot "redis-server still not found after apt-get install"
echo "redis installed: $(command -v redis-server)"

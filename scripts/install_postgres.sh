#!/usr/bin/env bash
# Install Debian's PostgreSQL server for the scheduler test (tests/scheduled), which runs Airflow's scheduler,
# dag-processor and api-server on a PostgreSQL metadata database as in production. Idempotent. The test starts
# its own throw-away cluster on a loopback port; nothing here starts a service.
#
# Where it cannot be installed (no apt-get, not root and no password-less sudo) this prints why and exits 0: the
# scheduler test then skips with that reason. Under CI (CI=true, set by .ci/run) a failed install is an error.
set -uo pipefail

find_initdb() {
    ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1
}

required() {
    case "${CI:-}" in ""|0|false|no) return 1 ;; *) return 0 ;; esac
}

cannot() {
    echo "install_postgres.sh: cannot install PostgreSQL: $1; the scheduler test will skip" >&2
    if required; then
        echo "install_postgres.sh: CI is set, so this is an error" >&2
        exit 1
    fi
    exit 0
}

if [ -n "$(find_initdb)" ]; then
    echo "postgresql already installed: $(find_initdb)"
    exit 0
fi

command -v apt-get >/dev/null 2>&1 || cannot "apt-get not found (install the PostgreSQL server with your OS package manager)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        cannot "not root and no password-less sudo (run: sudo apt-get install postgresql)"
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || cannot "apt-get update failed"
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null || cannot "apt-get install postgresql failed"

[ -n "$(find_initdb)" ] || cannot "initdb still not found after apt-get install"
echo "postgresql installed: $(find_initdb)"

#!/usr/bin/env bash
# Install Debian's docker-compose (1.29, Python) so tests/test_compose.py runs the real Compose parser on
# docker-compose.yml: `docker-compose config` needs no Docker engine. Any compose already on PATH (the v2 plugin
# `docker compose` or a standalone binary) is used instead. Skips with the reason where it cannot be installed,
# except under CI (see apt_install_or_skip.sh).
set -uo pipefail
source "${BASH_SOURCE[0]%/*}/apt_install_or_skip.sh"

find_compose() {
    if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
        echo "docker compose (plugin)"
    else
        command -v docker-compose || true
    fi
}

apt_install_or_skip "Docker Compose" "the docker compose config test" find_compose docker-compose

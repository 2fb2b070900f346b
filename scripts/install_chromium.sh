#!/usr/bin/env bash
# Install Debian's headless Chromium for the dashboard's browser test. Idempotent: does nothing when a
# chromium binary is already on PATH, so `make test` can call it on every run.
set -euo pipefail

find_chromium() {
    command -v chromium || command -v chromium-browser || command -v google-chrome || true
}

if [ -n "$(find_chromium)" ]; then
    echo "chromium already installed: $(find_chromium)"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_chromium.sh: apt-get not found; install Chromium with your OS package manager" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# fonts-dejavu-core so text in screenshots renders with real glyphs instead of boxes.
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null

if [ -z "$(find_chromium)" ]; then
    echo "install_chromium.sh: chromium still not on PATH after apt-get install" >&2
    exit 1
fi
echo "chromium installed: $(find_chromium)"

#!/usr/bin/env bash
# Install Debian's headless Chromium for the dashboard's browser tests; skip with the reason where it cannot be
# installed, except under CI (see apt_install_or_skip.sh). Idempotent: `make test` calls it on every run.
set -uo pipefail
source "${BASH_SOURCE[0]%/*}/apt_install_or_skip.sh"

find_chromium() {
    command -v chromium || command -v chromium-browser || command -v google-chrome || true
}

# fonts-dejavu-core so text in screenshots renders with real glyphs instead of boxes.
apt_install_or_skip Chromium "the browser tests" find_chromium chromium fonts-dejavu-core

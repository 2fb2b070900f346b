#!/usr/bin/env bash
# The shape every scripts/install_*.sh shares, sourced by them: install Debian packages for a group of tests, or
# say why not and let `make test` go on (those tests then skip with that reason). Idempotent: nothing happens when
# the finder already finds the tool.
#
#   source scripts/apt_install_or_skip.sh
#   apt_install_or_skip NAME "WHICH TESTS" FINDER PACKAGE...
#
# FINDER is a shell function printing the tool's path (empty when absent). Installs need apt-get and root or
# password-less sudo; nothing else is tried. Under CI (CI=true, set by .ci/run) a failed install is an error, so
# the tests that need the tool always run there. Uses only bash builtins before apt-get is known to exist, so it
# works (and explains) on a machine with a bare PATH.

_aios_required() {
    case "${CI:-}" in ""|0|false|no) return 1 ;; *) return 0 ;; esac
}

apt_install_or_skip() {
    local name="$1" tests="$2" finder="$3"
    shift 3
    local script="${0##*/}" found sudo=""

    _aios_cannot() {
        echo "$script: cannot install $name: $1; $tests will skip" >&2
        if _aios_required; then
            echo "$script: CI is set, so this is an error" >&2
            exit 1
        fi
        exit 0
    }

    found="$("$finder")"
    if [ -n "$found" ]; then
        echo "$name already installed: $found"
        exit 0
    fi

    command -v apt-get >/dev/null 2>&1 || _aios_cannot "apt-get not found (install $* with your OS package manager)"
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            _aios_cannot "not root and no password-less sudo (run: sudo apt-get install $*)"
        fi
    fi

    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq || _aios_cannot "apt-get update failed"
    $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null || _aios_cannot "apt-get install $* failed"

    found="$("$finder")"
    [ -n "$found" ] || _aios_cannot "still not found after apt-get install $*"
    echo "$name installed: $found"
    exit 0
}

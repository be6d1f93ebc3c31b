#!/bin/sh
# Builds Sendscope and runs every test: unit, integration (real Postfix + Dovecot, aiosmtpd,
# the sandbox against swaks/msmtp/curl), gui, packaging and lint in the dev preset; the
# whole suite again (but packaging and lint) under AddressSanitizer + UBSan; and each fuzz
# target for a short smoke run. Benchmarks (label bench) are not tests and do not run here.
#
#   tools/run-tests.sh                          everything
#   SENDSCOPE_QUICK=1 tools/run-tests.sh        dev preset only (while working)
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh test

jobs="$(nproc 2>/dev/null || echo 2)"
status=0
step() { printf '\n==== %s\n' "$*"; }

step "dev: build and test"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs" -LE bench || status=1

if [ -z "${SENDSCOPE_QUICK:-}" ]; then
    step "asan: build and test (address + undefined, leaks on)"
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs" -LE 'bench|packaging|lint' || status=1

    step "fuzz: build and smoke-run every target"
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$jobs" --target sendscope_fuzzers
    ctest --test-dir build/fuzz -L fuzz --output-on-failure || status=1
fi
exit $status

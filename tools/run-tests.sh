#!/bin/sh
# Builds Sendscope and runs every test: unit, integration (real Postfix + Dovecot, aiosmtpd,
# swaks/msmtp/curl peers), gui, packaging — first in the dev preset, then the whole suite
# again under AddressSanitizer + UndefinedBehaviorSanitizer.
#
#   tools/run-tests.sh            everything
#   SENDSCOPE_SKIP_ASAN=1 tools/run-tests.sh   dev preset only (quicker while working)
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh test

jobs="$(nproc 2>/dev/null || echo 2)"
status=0

cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs" || status=1

if [ -z "${SENDSCOPE_SKIP_ASAN:-}" ]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs" -LE packaging || status=1
fi
exit $status

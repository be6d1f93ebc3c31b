#!/bin/sh
# Builds Sendscope and starts it.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh build
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc 2>/dev/null || echo 2)"
if [ -x build/dev/app/gui/sendscope ]; then
    exec build/dev/app/gui/sendscope "$@"
fi
exec build/dev/app/cli/sendscope-cli "$@"

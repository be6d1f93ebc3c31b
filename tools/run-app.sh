#!/bin/sh
# Builds Sendscope and starts it. On a first start (no account yet) the window runs its
# built-in sandbox server on 127.0.0.1 and uses it as the account, so Send works at once.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh build
cmake --preset dev >/dev/null
# Only the programs, not the test suite: a fresh machine gets to the window quickly.
cmake --build --preset dev -j "$(nproc 2>/dev/null || echo 2)" --target sendscope sendscope-cli
if [ -x build/dev/app/gui/sendscope ]; then
    exec build/dev/app/gui/sendscope "$@"
fi
exec build/dev/app/cli/sendscope-cli "$@"

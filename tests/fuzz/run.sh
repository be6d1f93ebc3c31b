#!/bin/sh
# Runs every libFuzzer target for SECONDS each, one after another, from the seed corpus (and
# the saved reproducers in regressions/). Builds the `fuzz` preset first if needed. New corpus
# entries and crash files go to a temporary folder (kept and printed when something was found).
#
#   tests/fuzz/run.sh SECONDS [TARGET…]     TARGET: replyparser ehlo datafilter mailbox sasl
#                                           mailto headers messagewriter emlreader
#   FUZZ_KEEP_GOING=1 tests/fuzz/run.sh …   go on after a finding (-fork=1 -ignore_crashes=1)
#   FUZZ_WORK_DIR=DIR tests/fuzz/run.sh …    logs, new corpus and crashes in DIR, always kept
#
# Exit status: 0 when no target found anything, 1 when one did, 2 on a usage or build error.
set -eu

usage() { echo "usage: $0 SECONDS [TARGET...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
seconds=$1; shift
case $seconds in ''|*[!0-9]*) usage ;; esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build/fuzz
all="replyparser ehlo datafilter mailbox sasl mailto headers messagewriter emlreader"
targets=${*:-$all}

cd "$root"
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz >/dev/null || exit 2
fi
cmake --build --preset fuzz -j2 --target sendscope_fuzzers >/dev/null || exit 2

if [ -n "${FUZZ_WORK_DIR:-}" ]; then
    work=$FUZZ_WORK_DIR
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/sendscope-fuzz.XXXXXX")
fi
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# The reply bound (ReplyParser::MaxReplyLength, 64 KiB) is only reachable with longer inputs;
# whole messages need room too. Keep in step with MAX_LEN in CMakeLists.txt.
max_len() {
    case $1 in
        replyparser) echo 70000 ;;
        messagewriter|emlreader) echo 16384 ;;
        *) echo 4096 ;;
    esac
}

found=0
for t in $targets; do
    bin=$build/tests/fuzz/fuzz_$t
    [ -x "$bin" ] || { echo "no such fuzz target: $t" >&2; exit 2; }
    mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
    dirs="$work/$t/corpus $here/corpus/$t"
    [ -d "$here/regressions/$t" ] && dirs="$dirs $here/regressions/$t"
    extra=""
    [ -n "${FUZZ_KEEP_GOING:-}" ] && extra="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
    echo "== fuzz_$t: ${seconds}s (log: $work/$t/log)"
    # shellcheck disable=SC2086  # $dirs and $extra are word lists on purpose
    if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
            -print_final_stats=1 -artifact_prefix="$work/$t/artifacts/" $extra $dirs \
            >"$work/$t/log" 2>&1; then
        status=ok
    else
        status=failed
    fi
    if [ $status = failed ] || [ -n "$(ls -A "$work/$t/artifacts")" ]; then
        found=1
        echo "   FOUND something: $(ls "$work/$t/artifacts" | wc -l) file(s) in $work/$t/artifacts"
        grep -m3 -E "invariant broken|ERROR: (AddressSanitizer|libFuzzer)|runtime error" "$work/$t/log" | sed 's/^/   /' || true
    fi
    grep -E "^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|cov: " "$work/$t/log" \
        | tail -4 | sed 's/^/   /' || true
done

if [ $found -eq 0 ]; then
    [ -n "${FUZZ_WORK_DIR:-}" ] || rm -rf "$work"
else
    echo "findings kept in $work (save a reproducer under tests/fuzz/regressions/TARGET/)"
fi
exit $found

#!/bin/sh
# Static analysis of core/ and app/: clang-tidy (checks in .clang-tidy) and clazy (checks
# below), both driven by build/dev/compile_commands.json. Prints each finding once and exits
# non-zero on any warning.
#
#   tools/lint.sh                 everything in core/ and app/
#   tools/lint.sh FILE.cpp…       just these translation units
#   LINT_BUILD_DIR=DIR  LINT_JOBS=N (default 2)  LINT_TOOLS="clang-tidy clazy" (default both)
#
# Exit status: 0 clean, 1 findings, 2 a tool or the build directory is missing.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${LINT_BUILD_DIR:-$root/build/dev}
jobs=${LINT_JOBS:-2}
tools=${LINT_TOOLS:-clang-tidy clazy}

# clazy: level0 and level1, plus the level2/manual checks that find real Qt mistakes without
# flooding idiomatic code. Not taken: qstring-allocations and reserve-candidates (advice
# about nanoseconds; QStringLiteral is already the rule), rule-of-three/copyable-polymorphic
# (value types and the Sasl::Mechanism interface are deliberate), ctor-missing-parent-argument
# (dialogs are parented by open()), implicit-casts and function-args-by-value (style),
# detaching-member (flags every deliberate write such as read(m_buf.data(), n)), qstring-ref
# (level0, but its fixes name Qt 5's QStringRef API, which Qt 6 no longer has).
CLAZY_CHECKS="level0,level1,no-qstring-ref,connect-non-signal,qstring-arg,old-style-connect,missing-qobject-macro,\
function-args-by-ref,virtual-call-ctor,returning-void-expression,base-class-event,\
static-pmf,missing-typeinfo,global-const-char-pointer,qt-keywords,use-chrono-in-qtimer,\
unneeded-cast,assert-with-side-effects,isempty-vs-count,\
container-inside-loop,qhash-with-char-pointer-key,tr-non-literal,signal-with-return-value,\
qproperty-type-mismatch,heap-allocated-small-trivial-type,raw-environment-function,\
thread-with-slots,use-arrow-operator-instead-of-data,unexpected-flag-enumerator-value"

find_tool() {
    for t in "$@"; do
        if command -v "$t" >/dev/null 2>&1; then echo "$t"; return 0; fi
    done
    return 1
}

tidy=$(find_tool clang-tidy-14 clang-tidy) || { echo "lint: clang-tidy not found (Debian: clang-tidy)" >&2; exit 2; }
clazy=$(find_tool clazy-standalone) || { echo "lint: clazy-standalone not found (Debian: clazy)" >&2; exit 2; }

cd "$root"
if [ ! -f "$build/compile_commands.json" ]; then
    cmake --preset dev >/dev/null || exit 2
fi
# Generated headers (moc, uic) must exist for the sources to parse.
autogen=$(ninja -C "$build" -t targets all 2>/dev/null | sed -n 's/^\([A-Za-z0-9_.-]*_autogen\): phony$/\1/p')
if [ -n "$autogen" ]; then
    # shellcheck disable=SC2086  # a list of target names
    cmake --build "$build" -j "$jobs" --target $autogen >/dev/null || exit 2
fi

if [ $# -gt 0 ]; then
    files=$(for f in "$@"; do (cd "$(dirname "$f")" && echo "$(pwd)/$(basename "$f")"); done)
else
    files=$(python3 - "$build/compile_commands.json" "$root" <<'PY'
import json, os, sys
db, root = sys.argv[1], sys.argv[2]
seen = set()
for e in json.load(open(db)):
    f = os.path.normpath(os.path.join(e["directory"], e["file"]))
    rel = os.path.relpath(f, root)
    if rel.split(os.sep)[0] in ("core", "app") and f not in seen:
        seen.add(f)
        print(f)
PY
)
fi
[ -n "$files" ] || { echo "lint: no core/ or app/ sources in $build/compile_commands.json" >&2; exit 2; }

out=$(mktemp -d "${TMPDIR:-/tmp}/sendscope-lint.XXXXXX")
trap 'rm -rf "$out"' EXIT
# The dev preset compiles with GCC; its flags are all known to clang, but keep clang quiet
# should a GCC-only one be added. -Werror from the preset would turn the first finding of a
# file into "Error while processing" and hide the rest: every warning is reported, and any
# one fails lint.sh anyway.
extra="--extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-error"

for tool in $tools; do
    # shellcheck disable=SC2086  # $extra is two arguments
    case $tool in
    clang-tidy)
        echo "$files" | xargs -P "$jobs" -n 1 "$tidy" -p "$build" --quiet $extra \
            >"$out/clang-tidy.log" 2>&1 || true ;;
    clazy)
        echo "$files" | xargs -P "$jobs" -n 1 "$clazy" -p "$build" --checks="$CLAZY_CHECKS" \
            --header-filter='/(core|app)/' --ignore-dirs='/build/|^/usr/' $extra \
            >"$out/clazy.log" 2>&1 || true ;;
    *) echo "lint: unknown tool $tool" >&2; exit 2 ;;
    esac
    # A header's finding is reported by every file that includes it: keep each once.
    grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error): ' "$out/$tool.log" | sort -u >"$out/$tool.findings" || true
    # A file that does not compile is a finding too.
    if grep -qE 'Error while processing|fatal error:' "$out/$tool.log"; then
        grep -E 'Error while processing|fatal error:' "$out/$tool.log" | sort -u >>"$out/$tool.findings"
    fi
done

status=0
for tool in $tools; do
    n=$(wc -l <"$out/$tool.findings")
    if [ "$n" -gt 0 ]; then
        status=1
        echo "== $tool: $n finding(s)"
        sed "s|^$root/||" "$out/$tool.findings"
    else
        echo "== $tool: clean"
    fi
done
exit $status

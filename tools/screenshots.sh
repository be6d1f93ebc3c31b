#!/bin/sh
# Writes PNGs of the main window (composing, after a successful send, after a refused one,
# with a bad address; a first start with the sandbox dock, its inbox and its log after a
# send) in light and dark palettes into build/dev/screenshots/, and the same in light in every
# translation into build/dev/screenshots/<lang>/ (issue 7: layouts survive longer strings).
# LANGS="de fr" limits the languages. Chinese needs a CJK font (fonts-wqy-microhei).
# Runs under Xvfb when xvfb-run is installed (real window system and fonts), else offscreen.
set -eu
cd "$(dirname "$0")/.."
preset=${PRESET:-dev}
build=build/$preset
out=$build/screenshots
cmake --build --preset "$preset" -j2 --target gui_screenshots gui_sandbox_screenshots
mkdir -p "$out"
run() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}
for palette in light dark; do
    run "$build/tests/gui/gui_screenshots" --out "$out" --palette "$palette"
    run "$build/tests/gui/gui_sandbox_screenshots" --out "$out" --palette "$palette"
done
langs=${LANGS-de fr es zh_CN}
for lang in $langs; do
    run "$build/tests/gui/gui_screenshots" --out "$out/$lang" --palette light --lang "$lang"
    run "$build/tests/gui/gui_sandbox_screenshots" --out "$out/$lang" --palette light --lang "$lang"
    ls -1 "$out/$lang"/*.png
done
case " $langs " in
*" zh_CN "*)
    if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh)" ]; then
        echo "warning: no CJK font: zh_CN screenshots show boxes (Debian: fonts-wqy-microhei)" >&2
    fi ;;
esac
ls -1 "$out"/*.png

#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret
# Service) in fresh XDG folders, without DISPLAY so no prompt can appear.
set -eu
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/run" "$tmp/data" "$tmp/config"
chmod 700 "$tmp/run"
export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" HOME="$tmp"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- sh -c '
    printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"

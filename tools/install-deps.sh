#!/bin/sh
# Installs what Sendscope needs to build and test on Debian 12 / Ubuntu 22.04+.
# Usage: tools/install-deps.sh [build|test]   (default: test = build + test tools)
# Runs apt-get as root directly, or through sudo for a normal user.
set -eu
what="${1:-test}"

BUILD_PKGS="cmake ninja-build g++ pkg-config ca-certificates
 qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
 qt6-svg-dev libqt6svg6 qt6-translations-l10n qtkeychain-qt6-dev libssl-dev libgl-dev"
TEST_PKGS="python3 python3-aiosmtpd python3-cryptography openssl postfix dovecot-core
 swaks msmtp curl time xvfb xauth imagemagick dbus dbus-x11 gnome-keyring
 clang-14 libclang-rt-14-dev clang-tidy clazy
 desktop-file-utils appstream lintian dpkg-dev file fakeroot procps iproute2
 nsis man-db fonts-wqy-microhei"

pkgs="$BUILD_PKGS"
[ "$what" = test ] && pkgs="$pkgs $TEST_PKGS"

missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node and npm (the workflow linter): any install will do (Debian's, or NodeSource's, whose
# nodejs already carries npm and conflicts with Debian's npm package).
if [ "$what" = test ] && ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
else echo "install-deps: need root or sudo to install:$missing" >&2; exit 1; fi

echo "install-deps: installing$missing" >&2
# Postfix must not configure or start a system instance on port 25: the tests run their own.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections 2>/dev/null || true
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
# Debian starts services from postinst on real systems; make sure none is left listening.
for s in postfix dovecot; do
    $SUDO sh -c "command -v service >/dev/null && service $s stop" >/dev/null 2>&1 || true
done

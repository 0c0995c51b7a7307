#!/bin/sh
# Usage: with-keyring.sh COMMAND [ARGS…]
# Runs COMMAND in a private D-Bus session bus with gnome-keyring-daemon's Secret Service,
# unlocked with a throwaway password, so QtKeychain talks to a real keychain. Fails, naming
# the missing program, when dbus-run-session or gnome-keyring-daemon is not installed.
set -eu
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: '$tool' is missing (install dbus-daemon and gnome-keyring)" >&2
        exit 1
    fi
done
if [ "${SPHAIR_IN_KEYRING_SESSION:-}" != 1 ]; then
    export SPHAIR_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
# A private HOME so the test keyring never mixes with a developer's own.
SPHAIR_KEYRING_HOME=$(mktemp -d)
trap 'rm -rf "$SPHAIR_KEYRING_HOME"' EXIT
export XDG_DATA_HOME="$SPHAIR_KEYRING_HOME/data"
export XDG_CONFIG_HOME="$SPHAIR_KEYRING_HOME/config"
export XDG_RUNTIME_DIR="$SPHAIR_KEYRING_HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf 'sphair-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# The daemon forks; wait (up to 10 s) until it owns the Secret Service name, so the first
# keychain call of a test never races its start on a loaded machine.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not start its Secret Service" >&2
        exit 1
    fi
    sleep 0.1
done
"$@"

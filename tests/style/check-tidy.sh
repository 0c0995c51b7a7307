#!/bin/sh
# Usage: check-tidy.sh SOURCE_DIR BUILD_DIR [JOBS]
# Runs clang-tidy with the repository's .clang-tidy, every warning an error, over each
# translation unit of the product folders in BUILD_DIR/compile_commands.json (their headers
# through HeaderFilterRegex). JOBS clang-tidy processes run at once (default 2, or
# $SPHAIR_TIDY_JOBS).
#
# Left out: files the build generates (moc, rcc, translations), which nobody edits, and tests/.
# A test's translation unit costs clang-tidy about twice a product one (QtTest and the
# fixtures on top of Qt), and the tests would double the check's time on a 2-core CI machine;
# what goes wrong in a test shows when it runs. `clang-tidy -p BUILD_DIR tests/…` checks one.
set -eu
src=$1
build=$2
jobs=${3:-${SPHAIR_TIDY_JOBS:-2}}
if ! command -v clang-tidy >/dev/null 2>&1; then
    echo "check-tidy.sh: 'clang-tidy' is missing (install the Debian package clang-tidy)" >&2
    exit 1
fi
db="$build/compile_commands.json"
if [ ! -f "$db" ]; then
    echo "check-tidy.sh: $db is missing (configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
    exit 1
fi
src=$(cd "$src" && pwd -P)
build=$(cd "$build" && pwd -P)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# CMake writes one `"file": "/abs/path",` line per entry; a file built for two targets (the
# SQLite and PostgreSQL variants of a test) is checked once.
sed -n 's/^ *"file": "\(.*\)",\{0,1\}$/\1/p' "$db" | sort -u | while IFS= read -r file; do
    case "$file" in
    "$build"/*) ;;
    "$src"/app/* | "$src"/client/* | "$src"/core/* | "$src"/licensing/* | "$src"/models/* \
        | "$src"/server/* | "$src"/translations/* | "$src"/ui/*)
        echo "$file"
        ;;
    esac
done >"$tmp/files"
count=$(wc -l <"$tmp/files")
if [ "$count" -eq 0 ]; then
    echo "check-tidy.sh: no project files in $db" >&2
    exit 1
fi

# The compile commands carry the CI build's -Werror: that is for GCC's warnings, which the build
# itself enforces. -Wno-error keeps clang's own compiler warnings (not part of .clang-tidy's
# checks) from failing this test; compile errors still do.
#
# Each file's findings go to a log of their own (parallel runs must not interleave), named
# after the file's position in the list.
mkdir "$tmp/logs"
started=$(date +%s)
n=0
while IFS= read -r file; do
    n=$((n + 1))
    printf '%s\0%s\0' "$file" "$tmp/logs/$n"
done <"$tmp/files" | xargs -0 -n 2 -P "$jobs" sh -c '
    clang-tidy -p "$0" --quiet --warnings-as-errors="*" --extra-arg=-Wno-error "$1" >"$2" 2>&1 \
        || echo "$1" >"$2.failed"
' "$build" || true

failed=$(find "$tmp/logs" -name '*.failed' | wc -l)
seconds=$(($(date +%s) - started))
if [ "$failed" -eq 0 ]; then
    echo "clang-tidy: $count translation units checked in $seconds s, no findings."
    exit 0
fi
# A header's finding repeats in every file that includes it: show each one once.
cat "$tmp/logs"/* | grep -E '^/.*: (warning|error): ' | sort -u >"$tmp/findings" || true
echo "clang-tidy found problems in $failed of $count translation units ($seconds s):"
for log in "$tmp/logs"/*.failed; do
    echo "  $(cat "$log")"
done
echo
if [ -s "$tmp/findings" ]; then
    sed "s|^$src/||" "$tmp/findings"
    echo
    echo "Findings per check:"
    sed -n 's/.*\[\([^]]*\)\]$/\1/p' "$tmp/findings" | tr ',' '\n' \
        | grep -v '^-' | sort | uniq -c | sort -rn
else
    # No finding lines: the files did not compile for clang; show clang-tidy's own output.
    for log in "$tmp/logs"/*.failed; do
        cat "${log%.failed}"
    done | head -100
fi
echo
echo "One file: clang-tidy -p $build FILE"
exit 1

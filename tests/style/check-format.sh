#!/bin/sh
# Usage: check-format.sh SOURCE_DIR
# Fails when any tracked C++ file differs from what clang-format makes of it with the
# repository's .clang-format, and prints the files and the command that fixes them.
# Outside a git checkout it checks every .h/.cpp in the source folders instead.
set -eu
src=$1
if ! command -v clang-format >/dev/null 2>&1; then
    echo "check-format.sh: 'clang-format' is missing (install the Debian package clang-format)" >&2
    exit 1
fi
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if command -v git >/dev/null 2>&1 && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -- '*.h' '*.cpp' >"$tmp/all"
else
    find app client core licensing models server tests translations ui \
        \( -name '*.h' -o -name '*.cpp' \) -type f 2>/dev/null | sort >"$tmp/all"
fi
# A file deleted in the work tree but still in the index is not there to check.
while IFS= read -r file; do
    if [ -f "$file" ]; then echo "$file"; fi
done <"$tmp/all" >"$tmp/files"
count=$(wc -l <"$tmp/files")
if [ "$count" -eq 0 ]; then
    echo "check-format.sh: found no C++ files under $src" >&2
    exit 1
fi
# One clang-format process for all files (starting it per file costs minutes).
status=0
tr '\n' '\0' <"$tmp/files" | xargs -0 clang-format --dry-run --Werror 2>"$tmp/out" || status=$?
if [ "$status" -ne 0 ]; then
    sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' "$tmp/out" \
        | sort -u >"$tmp/differ"
    if [ ! -s "$tmp/differ" ]; then
        cat "$tmp/out" >&2
        echo "check-format.sh: clang-format failed (see above)" >&2
        exit 1
    fi
    echo "These files are not formatted as .clang-format says ($(clang-format --version)):"
    sed 's/^/  /' "$tmp/differ"
    echo "Fix them with:"
    echo "  cd $src && clang-format -i $(tr '\n' ' ' <"$tmp/differ" | sed 's/ $//')"
    exit 1
fi
echo "clang-format: $count files checked, all formatted."

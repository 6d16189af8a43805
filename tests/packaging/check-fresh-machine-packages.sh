#!/usr/bin/env bash
# A fresh Debian/Ubuntu machine has only what dev.sh installs. Every Qt CMake package this build
# loaded (the Qt6*_DIR entries of CMakeCache.txt) must come from a Debian package inside the
# dependency closure (Depends and Pre-Depends, never Recommends: dev.sh installs with
# --no-install-recommends) of dev.sh's PACKAGES list. This machine may have more installed than
# the list brings in, which is exactly how a missing qt6-websockets-dev went unnoticed.
#
# usage: check-fresh-machine-packages.sh CMakeCache.txt dev.sh
# Exit 0 when every package is covered, 1 when one is not, 77 (ctest SKIP_RETURN_CODE) when
# this machine cannot answer the question (no dpkg/apt-cache, no apt lists, Qt not from packages).
set -euo pipefail

skip() { echo "SKIP: $*"; exit 77; }

[ $# -eq 2 ] || { echo "usage: $0 CMakeCache.txt dev.sh" >&2; exit 2; }
cache=$1
devsh=$2
[ -r "$cache" ] || { echo "cannot read $cache" >&2; exit 2; }
[ -r "$devsh" ] || { echo "cannot read $devsh" >&2; exit 2; }

command -v dpkg >/dev/null 2>&1 || skip "dpkg is not available (not a Debian-based machine)"
command -v apt-cache >/dev/null 2>&1 || skip "apt-cache is not available"
command -v apt-config >/dev/null 2>&1 || skip "apt-config is not available"

# Without downloaded package lists apt-cache knows only what is installed, so the closure of
# packages that are not installed here could not be computed.
lists=/var/lib/apt/lists
eval "$(apt-config shell lists Dir::State::lists/d)"
if ! compgen -G "${lists%/}/*_Packages*" >/dev/null; then
    skip "no apt package lists in $lists (run apt-get update)"
fi

# The PACKAGES=( ... ) array of dev.sh, read from the file rather than copied here.
mapfile -t listed < <(sed -n '/^PACKAGES=(/,/^)/p' "$devsh" | sed -e 's/#.*//' -e 's/^PACKAGES=(//' -e 's/)$//' |
                      tr -s ' \t' '\n' | grep -E '^[a-z0-9][a-z0-9.+-]+$' || true)
[ ${#listed[@]} -gt 0 ] || { echo "FAIL: no PACKAGES=( ... ) list found in $devsh"; exit 1; }

# Top-level (unindented) lines of the recursive listing are the packages apt would install.
depends_out=$(LC_ALL=C apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "${listed[@]}" 2>&1) || true
unknown=$(grep -E '^(E|W): .*(Unable to locate|No packages found)' <<<"$depends_out" || true)
if [ -n "$unknown" ]; then
    echo "FAIL: dev.sh lists packages apt does not know:"
    echo "$unknown"
    exit 1
fi
declare -A closure=()
while read -r name; do
    closure[$name]=1
done < <(grep -E '^[a-z0-9]' <<<"$depends_out" | sed 's/:.*//')

# var=dir pairs, then the config file itself rather than its directory (a directory can be
# shared by several packages), then one dpkg -S for all of them: dpkg reads its database once.
declare -A target_of=()
vars=()
while IFS='=' read -r key dir; do
    var=${key%%:*}              # Qt6WebSockets_DIR
    pkg=${var%_DIR}             # Qt6WebSockets
    target=$dir
    for f in "$dir/${pkg}Config.cmake" "$dir/$(tr '[:upper:]' '[:lower:]' <<<"$pkg")-config.cmake"; do
        [ -e "$f" ] && { target=$f; break; }
    done
    vars+=("$var")
    target_of[$var]=$target
done < <(grep -E '^Qt6[A-Za-z0-9]*_DIR:PATH=/' "$cache")
[ ${#vars[@]} -gt 0 ] || skip "no Qt6*_DIR entries in $cache"

# "qt6-base-dev:amd64, qt6-tools-dev:amd64: /usr/lib/..." -> path => owners without architecture
declare -A owners_of=()
while IFS= read -r line; do
    path=${line#*: }
    owners_of[$path]=$(sed 's/: \/.*//' <<<"$line" | tr ',' '\n' | sed -e 's/^ *//' -e 's/:.*//')
done < <(LC_ALL=C dpkg -S "${target_of[@]}" 2>/dev/null | grep -v '^diversion' || true)

status=0
checked=0
for var in "${vars[@]}"; do
    target=${target_of[$var]}
    owners=${owners_of[$target]:-}
    if [ -z "$owners" ]; then
        echo "note: $var ($target) is not from a Debian package; not checked"
        continue
    fi
    checked=$((checked + 1))
    covered=""
    while read -r owner; do
        [ -n "${closure[$owner]:-}" ] && covered=$owner
    done <<<"$owners"
    if [ -n "$covered" ]; then
        echo "ok: $var from $covered"
    else
        echo "FAIL: $var ($target) comes from $(tr '\n' ' ' <<<"$owners")which dev.sh's PACKAGES list does not bring in"
        status=1
    fi
done

[ $checked -gt 0 ] || skip "no Qt6*_DIR in $cache comes from a Debian package (Qt built elsewhere)"
if [ $status -eq 0 ]; then
    echo "all $checked Qt CMake packages come from dev.sh's package list"
else
    echo "a fresh machine would stop at configure: add the package(s) above to PACKAGES in dev.sh"
fi
exit $status

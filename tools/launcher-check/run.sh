#!/bin/sh
# Checks the launcher's start-up cache (./jnewman) in a cache folder of its own: a first run trains and writes the
# cache, and names its checkout; a training removes the cache folders of checkouts that are gone and keeps the others.
# JDK 25+ only (JDK 21-24 keep a class-data archive, and do not train).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/.ci/find-jdk.sh"
if [ "$(jdk_major "$JAVA_HOME")" -lt 25 ]; then
  echo "launcher check: skipped (the ahead-of-time cache needs JDK 25+, found $JAVA_HOME)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
caches="$tmp/cache/jnewman"
mkdir -p "$caches/gone" "$caches/alive" "$caches/unnamed" "$tmp/alive-checkout"
printf '%s\n' "$tmp/removed-checkout" > "$caches/gone/root"
printf '%s\n' "$tmp/alive-checkout" > "$caches/alive/root"
failed=0
check() { # DESCRIPTION TEST...
  what=$1; shift
  if "$@"; then echo "ok - $what"; else echo "not ok - $what"; failed=1; fi
}
XDG_CACHE_HOME="$tmp/cache" JNEWMAN_AOT_SYNC=1 "$root/jnewman" --version >/dev/null
own=$(grep -Flx "$root" "$caches"/*/root 2>/dev/null | head -1 || true)
check "the run names its checkout in its cache folder" test -n "$own"
check "the first run trained and wrote the cache" sh -c 'ls "$1"/jnewman-*.aot >/dev/null 2>&1' - "$(dirname "${own:-/nonexistent/x}")"
check "the cache of a removed checkout is gone" test ! -e "$caches/gone"
check "the cache of an existing checkout is kept" test -s "$caches/alive/root"
check "a cache folder that names no checkout is kept" test -d "$caches/unnamed"
exit $failed

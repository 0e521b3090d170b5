#!/usr/bin/env bash
# Real-world check: every collection of the real-world corpus runs through newman 6.2.2 and through jnewman against
# one local catch-all server (server.js); per execution the item, assertion outcomes, script errors and the exit code
# are compared (compare.js). Every script is also compiled in jnewman's sandbox without running it (CompileCheck.java)
# and parsed by node (compile-check.js) as the baseline.
#
#   tools/realworld-check/run.sh              # all collections
#   ONLY=bruno tools/realworld-check/run.sh   # collections whose id contains "bruno"
#
# Environment: CORPUS (default ../shared/conformance/real-world from the project root), JOBS (parallel collections,
# default 2), COLLECTION_TIMEOUT (wall-clock seconds per runner and collection, default 150), OUT (default
# tools/realworld-check/out). Without the corpus the check prints a skip line and exits 0.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${OUT:-$HERE/out}
JOBS=${JOBS:-2}
COLLECTION_TIMEOUT=${COLLECTION_TIMEOUT:-150}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=$ROOT/cli/target/jnewman.jar
NEWMAN=$HERE/node_modules/.bin/newman
# same limits for both runners: per request and whole run (below the wall-clock kill, so a report is written); scripts
# keep their defaults (newman: none), as a script limit would count jnewman's first library loads on a busy machine
RUN_FLAGS=(-r json --timeout-request 5000 --timeout $(((COLLECTION_TIMEOUT - 20) * 1000)))

run_one() {  # <plan dir>: both runners, then the comparison
  local dir=$1 id=$2 args
  mapfile -d '' args < "$dir/.run-args"
  (cd "$dir" && nice timeout -k 5 "$COLLECTION_TIMEOUT" "$NEWMAN" run "${args[@]}" "${RUN_FLAGS[@]}" \
      --reporter-json-export "$dir/newman.json" > "$dir/newman.log" 2>&1; echo $? > "$dir/newman.rc")
  (cd "$dir" && nice timeout -k 5 "$COLLECTION_TIMEOUT" "$JAVA_HOME/bin/java" -jar "$JAR" run "${args[@]}" "${RUN_FLAGS[@]}" \
      --reporter-json-export "$dir/jnewman.json" > "$dir/jnewman.log" 2>&1; echo $? > "$dir/jnewman.rc")
  node "$HERE/compare.js" "$id" "$dir/newman.json" "$dir/newman.rc" "$dir/jnewman.json" "$dir/jnewman.rc" > "$dir/result.json"
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${r.identical ? "same" : "DIFF"}  ${r.id}  assertions ${r.assertions.same}/${r.assertions.total}` +
      `  exit ${r.newman.rc}/${r.jnewman.rc}` + (r.identical ? "" : `  (${r.diffs.length + r.moreDiffs} differences)`));
  ' "$dir/result.json"
}

if [ "${1:-}" = "--one" ]; then
  run_one "$2" "$3"
  exit 0
fi

CORPUS=${CORPUS:-}
if [ -z "$CORPUS" ]; then
  for c in "$ROOT/../shared/conformance/real-world" "$ROOT/../../shared/conformance/real-world"; do
    [ -f "$c/features.json" ] && CORPUS=$(cd "$c" && pwd) && break
  done
fi
if [ -z "$CORPUS" ] || [ ! -f "$CORPUS/features.json" ]; then
  echo "realworld: corpus not found (set CORPUS=<dir with features.json>); skipped"
  exit 0
fi

cd "$HERE"
[ -x "$NEWMAN" ] || npm ci --no-audit --no-fund --loglevel=error || exit 1
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && nice ./mvnw -q -B -DskipTests -pl cli -am package) || exit 1
fi

rm -rf "$OUT" && mkdir -p "$OUT"
node server.js 0 > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for _ in $(seq 50); do grep -q listening "$OUT/server.log" && break; sleep 0.1; done
PORT=$(awk '/listening/ {print $2}' "$OUT/server.log")
[ -n "$PORT" ] || { echo "catch-all server did not start"; cat "$OUT/server.log"; exit 1; }

started=$(date +%s)
node prepare.js "$CORPUS" "$OUT/runs" "$PORT" > "$OUT/plan.jsonl" || exit 1

# compile check (alongside the runs): jnewman's sandbox vs node's parser, same scripts in the same order
nice "$JAVA_HOME/bin/java" -cp "$JAR" CompileCheck.java "$CORPUS" > "$OUT/compile-jnewman.jsonl" 2> "$OUT/compile-jnewman.log" &
COMPILE=$!
node compile-check.js "$CORPUS" > "$OUT/compile-node.jsonl"

# largest collections first, so the long runs overlap the short ones
node -e 'require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map(JSON.parse)
  .filter((p) => !process.argv[2] || p.id.includes(process.argv[2])).sort((a, b) => b.requests - a.requests)
  .forEach((p) => process.stdout.write(p.dir + "\0" + p.id + "\0"));' \
  "$OUT/plan.jsonl" "${ONLY:-}" | xargs -0 -n 2 -P "$JOBS" "$HERE/run.sh" --one

wait $COMPILE
node summary.js "$OUT"
echo "realworld: took $(( $(date +%s) - started )) s"

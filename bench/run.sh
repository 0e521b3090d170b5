#!/usr/bin/env bash
# Benchmark: runs newman 6.2.2 and jnewman on the same generated collections against the same loopback echo server,
# in one run, and prints wall time, peak RSS and their ratios.
#   bench/run.sh [CASE ...]     CASE: perf-10 perf-1000 scale latency (default: all)
# Results are also appended to bench/out/results.txt.
set -euo pipefail
cd "$(dirname "$0")"
. ../.ci/find-jdk.sh
command -v /usr/bin/time >/dev/null || { echo "bench needs GNU time (apt-get install time)" >&2; exit 1; }
[ -x node_modules/.bin/newman ] || npm ci --silent
JAR=../cli/target/jnewman.jar
[ -f "$JAR" ] || (cd .. && ./mvnw -q -B -DskipTests package)
OUT=out; mkdir -p "$OUT"
PORT=${PORT:-5077}
PORT=$PORT node echo-server.js >"$OUT/echo.log" 2>&1 & server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/get" && break; sleep 0.1; done
BASE="baseUrl=http://127.0.0.1:$PORT"
NEWMAN=(node node_modules/newman/bin/newman.js run)
# jnewman as users run it: the launcher, with its JVM flags and start-up cache (made once below)
JNEWMAN=(../jnewman run)

# measure LABEL COMMAND... → prints "LABEL wall=S rss=MiB exit=N", sets WALL and RSS
measure() {
  local label=$1; shift
  local rc=0
  /usr/bin/time -v -o "$OUT/time.txt" "$@" >"$OUT/$label.stdout" 2>"$OUT/$label.stderr" || rc=$?
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$OUT/time.txt")
  RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$OUT/time.txt")
  printf '%-28s wall %7ss  peak RSS %5s MiB  exit %s\n' "$label" "$WALL" "$RSS" "$rc" | tee -a "$OUT/results.txt"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

versus() { # N: newman vs jnewman on an N-request collection
  local n=$1 coll="$OUT/perf-$1.json"
  node gen-collection.js "$n" "$coll"
  local args=("$coll" --env-var "$BASE" -r json,junit --reporter-json-export "$OUT/r.json" --reporter-junit-export "$OUT/r.xml")
  measure "newman perf-$n" "${NEWMAN[@]}" "${args[@]}"; local nw=$WALL nr=$RSS
  measure "jnewman perf-$n" "${JNEWMAN[@]}" "${args[@]}"; local jw=$WALL jr=$RSS
  echo "perf-$n: newman/jnewman wall ratio $(ratio "$nw" "$jw")x, RSS jnewman/newman $(ratio "$jr" "$nr")" | tee -a "$OUT/results.txt"
}

scale() { # peak RSS of 10,000 vs 100,000 requests (cli,junit reporters, output discarded)
  node gen-collection.js 1000 "$OUT/perf-1000.json"
  local args=(--env-var "$BASE" -r cli,junit --reporter-junit-export "$OUT/r.xml" --reporter-cli-no-assertions)
  measure "jnewman 10k requests" "${JNEWMAN[@]}" "$OUT/perf-1000.json" -n 10 "${args[@]}"; local r10=$RSS
  measure "jnewman 100k requests" "${JNEWMAN[@]}" "$OUT/perf-1000.json" -n 100 "${args[@]}"; local r100=$RSS
  echo "scale: peak RSS 100k/10k $(ratio "$r100" "$r10")" | tee -a "$OUT/results.txt"
}

latency() { # 400 requests of ~100 ms each in 8 folders: sequential vs --parallel 8, same assertions in both reports
  node gen-collection.js 400 "$OUT/latency.json" --delay 100 --folders 8
  local args=("$OUT/latency.json" --env-var "$BASE" -r json)
  measure "jnewman latency serial" "${JNEWMAN[@]}" "${args[@]}" --reporter-json-export "$OUT/latency-serial.json"; local s=$WALL
  measure "jnewman latency --parallel 8" "${JNEWMAN[@]}" "${args[@]}" --reporter-json-export "$OUT/latency-parallel.json" --parallel 8; local p=$WALL
  local same
  same=$(node -e '
    const a = (f) => require(f).run.executions.flatMap((e) => (e.assertions || []).map((x) => e.item.name + "|" + x.assertion + "|" + (x.error ? "fail" : "pass")));
    const s = a(process.argv[1]), p = a(process.argv[2]);
    console.log(JSON.stringify(s) === JSON.stringify(p) ? "same " + s.length + " assertions in the same order" : "DIFFERENT assertions: " + s.length + " vs " + p.length);
  ' "$PWD/$OUT/latency-serial.json" "$PWD/$OUT/latency-parallel.json")
  echo "latency: --parallel 8 speed-up $(ratio "$s" "$p")x; reports: $same" | tee -a "$OUT/results.txt"
}

cases=("$@"); [ ${#cases[@]} -gt 0 ] || cases=(perf-10 perf-1000 scale latency)
# one unmeasured run so the launcher's start-up cache (JDK 25+: AOT cache, else class-data archive) exists before
# anything is timed; JNEWMAN_AOT_SYNC=1 builds it before that run instead of in the background
node gen-collection.js 10 "$OUT/warmup.json"
JNEWMAN_AOT_SYNC=1 "${JNEWMAN[@]}" "$OUT/warmup.json" --env-var "$BASE" -r json --reporter-json-export "$OUT/r.json" >/dev/null 2>&1 || true
echo "== $(date -u +%FT%TZ) $(nproc) cores" >> "$OUT/results.txt"
for c in "${cases[@]}"; do
  case "$c" in
    perf-10) versus 10 ;;
    perf-1000) versus 1000 ;;
    scale) scale ;;
    latency) latency ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done

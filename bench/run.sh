#!/usr/bin/env bash
# Whole-process comparison of portdoc with a bare parse and with its peers, side by side in one run.
# Each command runs cold (a new process) RUNS times; the table shows medians of wall time, of user+sys
# CPU time and of peak memory (maximum resident set size from /usr/bin/time -v).
#
#   bench/run.sh [--runs N] [--only 2k|20k-plain|20k|one] [--no-peers] [--peer-runs N]
#
# Environment: BENCH_OUT (default ${TMPDIR:-/tmp}/portdoc-bench: trees, npm cache, raw timings),
# PORTDOC_SHARED (default <repo>/../shared, which holds bench/gen-corpus.py).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${PORTDOC_SHARED:-$repo/../shared}"
out="${BENCH_OUT:-${TMPDIR:-/tmp}/portdoc-bench}"
runs=5
peer_runs=""
only=""
peers=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --peer-runs) peer_runs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-peers) peers=0; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
peer_runs="${peer_runs:-$runs}"
gen="$shared/bench/gen-corpus.py"
[ -f "$gen" ] || { echo "bench/run.sh: $gen not found; set PORTDOC_SHARED" >&2; exit 2; }
mkdir -p "$out/raw"

tree() { # name, gen-corpus arguments...
  local name="$1"; shift
  if [ ! -f "$out/trees/$name/.complete" ]; then
    rm -rf "$out/trees/$name"
    echo "generating $name ($*)" >&2
    python3 "$gen" "$out/trees/$name" --seed 1 "$@" >/dev/null
    touch "$out/trees/$name/.complete"
  fi
  echo "$out/trees/$name"
}

want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

echo "building portdoc and the reference parsers..." >&2
(cd "$repo" && ./mvnw -q -B -DskipTests -Dspotless.apply.skip=true -Pbench -pl benchmarks -am package >&2)
"$repo/portdoc" --version >/dev/null # builds the launcher's class-data archive when missing
cp="$repo/benchmarks/target/classes:$repo/benchmarks/target/lib/*"
java_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)

npm_ok=0
if [ "$peers" = 1 ]; then
  if command -v npm >/dev/null && command -v npx >/dev/null; then
    if [ ! -x "$out/npm/node_modules/.bin/markdownlint-cli2" ] || [ ! -x "$out/npm/node_modules/.bin/cspell" ]; then
      echo "installing markdownlint-cli2 and cspell into $out/npm..." >&2
      npm install --silent --no-audit --no-fund --prefix "$out/npm" markdownlint-cli2 cspell >&2 && npm_ok=1
    else
      npm_ok=1
    fi
    mkdir -p "$out/mdl-tables" "$out/mdl-full"
    # table rules only: MD055 pipe style, MD056 column count, MD058 blank lines around tables
    printf '{"config":{"default":false,"MD055":true,"MD056":true,"MD058":true}}\n' \
      >"$out/mdl-tables/.markdownlint-cli2.jsonc"
    printf '{"config":{"default":true}}\n' >"$out/mdl-full/.markdownlint-cli2.jsonc"
  else
    echo "npm/npx not found: skipping markdownlint-cli2 and cspell" >&2
  fi
fi

declare -A wall cpu rss
# measure KEY N command...: runs the command N times from the tree's folder, keeps medians
measure() {
  local key="$1" n="$2"; shift 2
  local f="$out/raw/${key//\//_}.txt"
  : >"$f"
  for _ in $(seq "$n"); do
    /usr/bin/time -v -o "$out/raw/time.txt" "$@" >/dev/null 2>"$out/raw/stderr.txt" || true
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); w=(n==3? p[1]*3600+p[2]*60+p[3] : p[1]*60+p[2])}
                /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
                END {printf "%.3f %.3f %d\n", w, u+s, m}' "$out/raw/time.txt" >>"$f"
  done
  wall[$key]=$(cut -d' ' -f1 "$f" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu[$key]=$(cut -d' ' -f2 "$f" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss[$key]=$(cut -d' ' -f3 "$f" | sort -g | awk '{a[NR]=$1} END {print int(a[int((NR+1)/2)]/1024)}')
  printf '%-28s wall %8.3f s   cpu %8.3f s   peak %6d MiB   (%s runs)\n' \
    "$key" "${wall[$key]}" "${cpu[$key]}" "${rss[$key]}" "$n" >&2
}

suite() { # label, tree folder, peers?, build? (the targets need build only on 2,000 pages)
  local label="$1" dir="$2" with_peers="$3" with_build="${4:-1}"
  local files; files="$(find "$dir" -name '*.md' | wc -l)"
  echo "== $label: $files pages, $(du -sh --exclude=planted.json "$dir" | cut -f1) ($dir)" >&2
  measure "$label/jvm-start" "$runs" java "${java_flags[@]}" -cp "$cp" dev.portdoc.bench.EmptyMain
  measure "$label/cat" "$runs" sh -c "find '$dir' -name '*.md' -print0 | xargs -0 cat"
  measure "$label/flexmark-parse" "$runs" java "${java_flags[@]}" -cp "$cp" dev.portdoc.bench.BareFlexmarkParse "$dir"
  measure "$label/commonmark-parse" "$runs" java "${java_flags[@]}" -cp "$cp" dev.portdoc.bench.CommonmarkParse "$dir"
  measure "$label/portdoc-lint" "$runs" "$repo/portdoc" lint --fail-on none "$dir"
  [ "$with_build" = 1 ] && measure "$label/portdoc-build" "$runs" "$repo/portdoc" build --fail-on none --out "$out/site-$label" "$dir"
  if [ "$with_peers" = 1 ] && [ "$npm_ok" = 1 ]; then
    # slow (a minute a run on 2,000 pages); their 20,000-page figures are in issue 8
    measure "$label/markdownlint-tables" "$peer_runs" sh -c "cd '$out/mdl-tables' && '$out/npm/node_modules/.bin/markdownlint-cli2' '$dir/**/*.md'"
    measure "$label/markdownlint-full" "$peer_runs" sh -c "cd '$out/mdl-full' && '$out/npm/node_modules/.bin/markdownlint-cli2' '$dir/**/*.md'"
    measure "$label/cspell" "$peer_runs" sh -c "cd '$dir' && '$out/npm/node_modules/.bin/cspell' lint --no-progress --no-summary --no-must-find-files '**/*.md'"
  fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t ? "met" : "MISSED")}'; }
line() { printf '%-58s %10s  target %-8s %s\n' "$1" "$2" "$3" "$(verdict "$2" "$4")"; }

echo "load before: $(uptime)" >&2
if want one; then
  d="$out/trees/one"; mkdir -p "$d"
  cp "$(tree 2k --pages 2000)/$(cd "$out/trees/2k" && find . -name '*.md' ! -name 'planted*' | sort | head -1)" "$d/page.md"
  suite one "$d" 0 0
fi
want 2k && suite 2k "$(tree 2k --pages 2000)" 1
want 20k-plain && suite 20k-plain "$(tree 20k-plain --pages 20000 --plain-ratio 0.95)" 0 0
want 20k && suite 20k "$(tree 20k --pages 20000)" 0 0
echo "load after: $(uptime)" >&2

echo
echo "Targets (medians of $runs, wall time unless said):"
if want 2k; then
  line "lint 2k / bare flexmark parse 2k" "$(ratio "${wall[2k/portdoc-lint]}" "${wall[2k/flexmark-parse]}")" "<= 1.0" 1.0
  line "lint 2k / bare flexmark parse 2k (stretch)" "$(ratio "${wall[2k/portdoc-lint]}" "${wall[2k/flexmark-parse]}")" "<= 0.5" 0.5
  line "lint 2k / bare flexmark parse 2k, CPU" "$(ratio "${cpu[2k/portdoc-lint]}" "${cpu[2k/flexmark-parse]}")" "<= 1.0" 1.0
  if [ -n "${wall[2k/markdownlint-tables]:-}" ]; then
    line "lint 2k / markdownlint-cli2 table rules 2k" "$(ratio "${wall[2k/portdoc-lint]}" "${wall[2k/markdownlint-tables]}")" "<= 0.10" 0.10
  fi
  line "build 2k / lint 2k" "$(ratio "${wall[2k/portdoc-build]}" "${wall[2k/portdoc-lint]}")" "<= 2.0" 2.0
fi
want 20k-plain && line "lint 20k --plain-ratio 0.95, seconds" "${wall[20k-plain/portdoc-lint]}" "< 3 s" 2.999
want one && line "lint of one page, seconds" "${wall[one/portdoc-lint]}" "< 0.5 s" 0.499
if want 20k; then
  line "lint 20k peak memory, MiB" "${rss[20k/portdoc-lint]}" "< 512" 511
  want 2k && line "lint 20k / lint 2k" "$(ratio "${wall[20k/portdoc-lint]}" "${wall[2k/portdoc-lint]}")" "<= 10" 10
fi
echo
echo "Raw timings (wall s, user+sys s, peak KiB per run): $out/raw"

#!/usr/bin/env bash
# bench-go.sh compares the wall time and peak memory of the disconnectlint Go
# engine (godriver, via godriver/internal/gorun) with the x/tools nilness
# command on the same module: testdata/gointegration (the integration module
# with its real dependencies) unless a module directory is given.
#
#   scripts/bench-go.sh [module-dir] [runs]
#
# Both tools run once first to warm the build cache (export data), then
# `runs` times each; the best wall time and the peak RSS of each are printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mod=$(cd "${1:-$root/testdata/gointegration}" && pwd)
runs=${2:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

GOBIN=$tmp/bin go install golang.org/x/tools/go/analysis/passes/nilness/cmd/nilness@v0.52.0
(cd "$root" && go build -o "$tmp/bin/gorun" ./godriver/internal/gorun)

measure() { # name cmd...: prints "wall_seconds max_rss_kb" of the best run
	local name=$1; shift
	local best_wall="" best_rss=0
	(cd "$mod" && "$@" >/dev/null 2>&1) || true # warm up
	for _ in $(seq "$runs"); do
		(cd "$mod" && /usr/bin/time -v "$@" >/dev/null 2>"$tmp/$name.time") || true
		local wall rss
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/$name.time")
		rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/$name.time")
		if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then best_wall=$wall; fi
		if [ "$rss" -gt "$best_rss" ]; then best_rss=$rss; fi
	done
	echo "$best_wall $best_rss"
}

read -r g_wall g_rss < <(measure gorun "$tmp/bin/gorun" -dir . ./...)
read -r n_wall n_rss < <(measure nilness "$tmp/bin/nilness" ./...)
printf 'module: %s\n' "$mod"
printf 'disconnectlint Go engine: %6.2f s  %6d MB peak RSS\n' "$g_wall" $((g_rss / 1024))
printf 'nilness:                  %6.2f s  %6d MB peak RSS\n' "$n_wall" $((n_rss / 1024))
awk "BEGIN{printf \"time ratio (disconnectlint / nilness): %.2fx\n\", $g_wall / $n_wall}"

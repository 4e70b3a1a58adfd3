#!/usr/bin/env bash
# Benchmarks the JS/TS engine: files/s and MB/s of the full lint against
# parse-and-walk alone on the same 2,000 generated files (Go benchmarks in
# one process), then the CLI's wall time and peak RSS on 10,000 files.
#   scripts/bench-js.sh [N]      (N files for the CLI run, default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== go benchmarks (2,000 files, same process)"
go test ./jsrules -run '^$' -bench 'ParseWalk|Lint' -benchtime 3x | grep -E '^Benchmark'

echo "== CLI on $n files"
go build -o "$tmp/disconnectlint" ./cmd/disconnectlint
go run ./internal/benchcorpus/gencorpus -n "$n" -o "$tmp/corpus"
du -sh "$tmp/corpus" | awk '{print "corpus size: " $1}'
echo "-- project analysis (default)"
/usr/bin/time -f 'wall %es, peak RSS %M KB' "$tmp/disconnectlint" --fail-on never --format json "$tmp/corpus" > "$tmp/report.json"
grep -c '"rule"' "$tmp/report.json" | awk '{print "findings: " $1}'
echo "-- per-file analysis (--single-file)"
/usr/bin/time -f 'wall %es, peak RSS %M KB' "$tmp/disconnectlint" --single-file --fail-on never --format json "$tmp/corpus" > "$tmp/report1.json"
grep -c '"rule"' "$tmp/report1.json" | awk '{print "findings: " $1}'

#!/usr/bin/env bash
# fetch-sarif-tools.sh installs the tools the SARIF and review-format tests
# use when they are present (the tests skip, saying so, when they are not):
#
#   - the official SARIF 2.1.0 JSON schema, as shipped by the npm package
#     @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json),
#     for sarif/sarif_test.go;
#   - Microsoft's SARIF Multitool 5.7.0 (npm @microsoft/sarif-multitool and
#     its self-contained linux binary), which checks GitHub's ingestion rules
#     offline, for sarif/tools_test.go;
#   - reviewdog v0.20.3 (v0.21.x does not build from the module proxy here),
#     into $(go env GOPATH)/bin, for the reviewdog tests in sarif/ and report/.
#
# npm packages go to .cache/sarif (git-ignored). Safe to run again: what is
# already there is kept.
#
#   scripts/fetch-sarif-tools.sh            all three
#   scripts/fetch-sarif-tools.sh --no-multitool   skip the 100 MB validator
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=$root/.cache/sarif
multitool=yes
[ "${1:-}" = "--no-multitool" ] && multitool=no

schema=$cache/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
mtbin=$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

pkgs=()
[ -f "$schema" ] || pkgs+=("@microsoft/jest-sarif@1.0.0-beta.0")
if [ "$multitool" = yes ] && [ ! -f "$mtbin" ]; then
	pkgs+=("@microsoft/sarif-multitool@5.7.0" "@microsoft/sarif-multitool-linux@5.7.0")
fi
if [ ${#pkgs[@]} -gt 0 ]; then
	command -v npm >/dev/null || { echo "fetch-sarif-tools: npm not found" >&2; exit 1; }
	mkdir -p "$cache"
	[ -f "$cache/package.json" ] || echo '{"private": true}' >"$cache/package.json"
	(cd "$cache" && npm install --no-audit --no-fund --loglevel=error "${pkgs[@]}")
fi
test -f "$schema" || { echo "fetch-sarif-tools: $schema missing after install" >&2; exit 1; }
echo "SARIF schema: $schema"

if [ "$multitool" = yes ]; then
	# npm 11 does not run the package's postinstall (chmod u+x), so do it here.
	chmod u+x "$mtbin"
	"$mtbin" --version | head -n 1
fi

if ! command -v reviewdog >/dev/null && [ ! -x "$(go env GOPATH)/bin/reviewdog" ]; then
	(cd "$root" && GOFLAGS= go install github.com/reviewdog/reviewdog/cmd/reviewdog@v0.20.3)
fi
echo "reviewdog: $(command -v reviewdog || echo "$(go env GOPATH)/bin/reviewdog")"

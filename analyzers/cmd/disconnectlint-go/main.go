// Command disconnectlint-go runs the Go rule suite as a standard go/analysis
// multichecker: `disconnectlint-go ./...`, or `go vet
// -vettool=$(which disconnectlint-go) ./...`. It is the Go-only, cgo-free
// entry point; the disconnectlint CLI adds the JS/TS engine and its own
// report formats.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/disconnectlint/disconnectlint/analyzers"
)

func main() { multichecker.Main(analyzers.Suite...) }

// Command golangci-lint is golangci-lint v2.15.0 with the disconnectlint
// plugin registered (linters.settings.custom.disconnectlint, type: module).
//
//	cd tools/golangci-custom
//	go build -trimpath -o ../../bin/golangci-lint .
package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/disconnectlint/disconnectlint/plugin" // registers "disconnectlint"
)

var (
	version = "2.15.0-disconnectlint"
	commit  = "none"
	date    = "unknown"
)

func main() {
	info := commands.BuildInfo{Version: version, Commit: commit, Date: date, GoVersion: "go"}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

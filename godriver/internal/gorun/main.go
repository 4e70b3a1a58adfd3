// Command gorun runs godriver.Run on a directory and prints the findings, so
// the benchmark script can time the Go engine alone (without the JS engine
// or the CLI's output formats).
//
//	go run ./godriver/internal/gorun [-dir DIR] [pattern ...]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/disconnectlint/disconnectlint/godriver"
)

func main() {
	dir := flag.String("dir", ".", "module root to load from")
	flag.Parse()
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: *dir, Patterns: flag.Args()})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for _, f := range res.Findings {
		fmt.Printf("%s:%d:%d: %s (%s)\n", f.Path, f.Line, f.Column, f.Message, f.Rule)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(os.Stderr, "error: %s: %s\n", e.Path, e.Message)
	}
	fmt.Fprintf(os.Stderr, "%d packages, %d findings, %d errors\n", res.Packages, len(res.Findings), len(res.Errors))
}

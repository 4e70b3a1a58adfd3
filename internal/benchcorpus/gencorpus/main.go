// Command gencorpus writes the benchmark corpus to a directory:
//
//	go run ./internal/benchcorpus/gencorpus -n 10000 -o /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/disconnectlint/disconnectlint/internal/benchcorpus"
)

func main() {
	n := flag.Int("n", 2000, "number of files")
	out := flag.String("o", "", "output directory (required)")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -o is required")
		os.Exit(2)
	}
	if err := benchcorpus.Write(*out, benchcorpus.Generate(*n, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

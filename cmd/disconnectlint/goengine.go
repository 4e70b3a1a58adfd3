package main

import (
	"context"

	"github.com/disconnectlint/disconnectlint/godriver"
	"github.com/disconnectlint/disconnectlint/internal/config"
)

// The Go engine: go/packages + go/analysis/checker over the analyzers suite.
func init() {
	runGo = func(ctx context.Context, dir string, patterns []string, enabled func(string) bool, pairs []config.Resource) (*goResult, error) {
		// TODO(lead): pass pairs once godriver.Options has Pairs.
		_ = pairs
		res, err := godriver.Run(ctx, godriver.Options{Dir: dir, Patterns: patterns, Enabled: enabled})
		if err != nil {
			return nil, err
		}
		return &goResult{Findings: res.Findings, Errors: res.Errors, Packages: res.Packages}, nil
	}
}

package main

import (
	"context"

	"github.com/disconnectlint/disconnectlint/analyzers"
	"github.com/disconnectlint/disconnectlint/godriver"
	"github.com/disconnectlint/disconnectlint/internal/config"
)

// The Go engine: go/packages + go/analysis/checker over the analyzers suite.
func init() {
	runGo = func(ctx context.Context, dir string, patterns []string, enabled func(string) bool, pairs []config.Resource) (*goResult, error) {
		var ps []analyzers.Pair
		for _, r := range pairs {
			ps = append(ps, analyzers.Pair{Name: r.Name, Acquire: r.Acquire, Release: r.Release})
		}
		res, err := godriver.Run(ctx, godriver.Options{Dir: dir, Patterns: patterns, Enabled: enabled, Pairs: ps})
		if err != nil {
			return nil, err
		}
		return &goResult{Findings: res.Findings, Errors: res.Errors, Packages: res.Packages}, nil
	}
}

package goroutinenotstopped_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/goroutinenotstopped"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
)

func Test(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), goroutinenotstopped.Analyzer, "goroutine-not-stopped/...")
}

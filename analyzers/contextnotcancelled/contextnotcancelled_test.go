package contextnotcancelled_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/contextnotcancelled"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
)

func Test(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), contextnotcancelled.Analyzer, "context-not-cancelled/...")
}

package listenernotremoved_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
	"github.com/disconnectlint/disconnectlint/analyzers/listenernotremoved"
)

func Test(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), listenernotremoved.Analyzer, "listener-not-removed/...")
}

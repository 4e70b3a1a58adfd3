package transactionnotrolledback_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
	"github.com/disconnectlint/disconnectlint/analyzers/transactionnotrolledback"
)

func Test(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), transactionnotrolledback.Analyzer, "transaction-not-rolled-back/...")
}

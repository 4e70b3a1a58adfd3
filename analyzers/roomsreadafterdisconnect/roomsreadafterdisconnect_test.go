package roomsreadafterdisconnect_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
	"github.com/disconnectlint/disconnectlint/analyzers/roomsreadafterdisconnect"
)

func Test(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), roomsreadafterdisconnect.Analyzer, "rooms-read-after-disconnect/...")
}

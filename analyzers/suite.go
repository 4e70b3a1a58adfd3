// Package analyzers exports the disconnectlint Go rules as go/analysis
// analyzers, for the CLI (through godriver), multichecker and the
// golangci-lint plugin. It imports no tree-sitter, so golangci builds stay
// cgo-free.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/analyzers/clientnotuntracked"
	"github.com/disconnectlint/disconnectlint/analyzers/contextnotcancelled"
	"github.com/disconnectlint/disconnectlint/analyzers/goroutinenotstopped"
	"github.com/disconnectlint/disconnectlint/analyzers/listenernotremoved"
	"github.com/disconnectlint/disconnectlint/analyzers/reasonfilteredcleanup"
	"github.com/disconnectlint/disconnectlint/analyzers/resourcenotreleased"
	"github.com/disconnectlint/disconnectlint/analyzers/roomsreadafterdisconnect"
	"github.com/disconnectlint/disconnectlint/analyzers/sensitivedataretained"
	"github.com/disconnectlint/disconnectlint/analyzers/timernotcleared"
	"github.com/disconnectlint/disconnectlint/analyzers/transactionnotrolledback"
)

// Suite is every implemented Go rule, in catalogue order.
var Suite = []*analysis.Analyzer{
	timernotcleared.Analyzer,
	listenernotremoved.Analyzer,
	clientnotuntracked.Analyzer,
	goroutinenotstopped.Analyzer,
	contextnotcancelled.Analyzer,
	resourcenotreleased.Analyzer,
	transactionnotrolledback.Analyzer,
	roomsreadafterdisconnect.Analyzer,
	reasonfilteredcleanup.Analyzer,
	sensitivedataretained.Analyzer,
}

// Package analyzers exports the disconnectlint Go rules as go/analysis
// analyzers, for the CLI (through godriver), multichecker and the
// golangci-lint plugin. It imports no tree-sitter, so golangci builds stay
// cgo-free.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/rules"

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

// Pair is a user-declared Go acquire/release pair for resource-not-released;
// see resourcenotreleased.UserPair for the name syntax and semantics.
type Pair = resourcenotreleased.UserPair

// Config configures a suite built by NewSuite.
type Config struct {
	// Enabled says whether the rule with this catalogue id runs; nil means
	// the catalogue defaults (rules.Rule.Default).
	Enabled func(id string) bool
	// Pairs are extra acquire/release pairs for resource-not-released,
	// checked in addition to the built-in ones.
	Pairs []Pair
}

// NewSuite returns the enabled analyzers of Suite, in catalogue order, with
// resource-not-released rebuilt with cfg.Pairs when there are any. The
// error names the first malformed pair.
func NewSuite(cfg Config) ([]*analysis.Analyzer, error) {
	var res *analysis.Analyzer
	if len(cfg.Pairs) > 0 {
		var err error
		if res, err = resourcenotreleased.New(cfg.Pairs); err != nil {
			return nil, err
		}
	}
	var out []*analysis.Analyzer
	for _, a := range Suite {
		id := ruleID(a)
		on := cfg.Enabled != nil && cfg.Enabled(id)
		if cfg.Enabled == nil {
			r, ok := rules.Lookup(id)
			on = ok && r.Default
		}
		if !on {
			continue
		}
		if a == resourcenotreleased.Analyzer && res != nil {
			a = res
		}
		out = append(out, a)
	}
	return out, nil
}

// ruleID is the catalogue id of an analyzer of the suite.
func ruleID(a *analysis.Analyzer) string {
	for _, r := range rules.All() {
		if r.AnalyzerName() == a.Name {
			return r.ID
		}
	}
	return a.Name
}

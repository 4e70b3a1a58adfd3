// Package goroutinenotstopped implements the goroutine-not-stopped rule: a
// goroutine started from a socket handler that loops with no exit driven by
// the disconnect path keeps running, and keeps the socket and everything it
// captured alive, after the client is gone. An Emit after disconnect fails
// silently in both libraries, so nothing ever stops it.
package goroutinenotstopped

import (
	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the goroutine_not_stopped analyzer.
var Analyzer = ruleutil.New("goroutine-not-stopped", run)

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	for _, fn := range m.Funcs {
		scopes := m.ScopesOf(fn)
		if len(scopes) == 0 {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				g, ok := instr.(*ssa.Go)
				if !ok {
					continue
				}
				// Report only if the goroutine leaks in every scope that
				// runs this code.
				var first *sockscope.Scope
				var reason string
				leaks := true
				for _, sc := range scopes {
					v := m.Goroutine(sc, g)
					if !v.Leaks {
						leaks = false
						break
					}
					if first == nil {
						first, reason = sc, v.Reason
					}
				}
				if !leaks || first == nil {
					continue
				}
				pos, end := m.Nodes.Range(g.Pos())
				r.Report(pos, end, m.Related(first), "goroutine", reason, m.Where(first))
			}
		}
	}
}

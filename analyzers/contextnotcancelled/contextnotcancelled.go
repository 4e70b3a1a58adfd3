// Package contextnotcancelled implements the context-not-cancelled rule: a
// context made in a socket handler whose cancel function escapes the
// handler (stored, captured by a listener, or whose context is handed to a
// goroutine) and is never called on the disconnect path. The context, its
// children and whatever waits on it live until the process ends.
package contextnotcancelled

import (
	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the context_not_cancelled analyzer.
var Analyzer = ruleutil.New("context-not-cancelled", run)

var makers = []string{"WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause"}

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	for _, fn := range m.Funcs {
		scopes := m.ScopesOf(fn)
		if len(scopes) == 0 {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				name := ""
				for _, mk := range makers {
					if ssax.IsFunc(ssax.Callee(call.Common()), "context", mk) {
						name = mk
					}
				}
				if name == "" {
					continue
				}
				check(r, m, scopes, call, name)
			}
		}
	}
}

func check(r *ruleutil.Reporter, m *sockscope.Model, scopes []*sockscope.Scope, call *ssa.Call, name string) {
	var ctx, cancel ssa.Value
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok {
			switch ex.Index {
			case 0:
				ctx = ex
			case 1:
				cancel = ex
			}
		}
	}
	if cancel == nil {
		return // discarded cancel: vet's lostcancel reports it
	}
	cf := m.Flow(cancel)
	cancelLocs := cf.Locs
	// Called in the handler that made it (directly or deferred), or in a
	// goroutine: the context ends with that code, not with the socket.
	if calledIn(m, call.Parent(), cancelLocs) {
		return
	}
	for _, g := range cf.Goroutines {
		for body := range m.GoBodies(g) {
			if calledIn(m, body, cancelLocs) {
				return
			}
		}
	}
	escapes := cf.Outliving() || cf.InContext || len(cf.Closures) > 0
	for _, l := range cf.Locs {
		if l.Kind == sockscope.LocField || l.Kind == sockscope.LocGlobal || l.Kind == sockscope.LocElem {
			escapes = true
		}
	}
	if ctx != nil && len(m.Flow(ctx).Goroutines) > 0 {
		escapes = true
	}
	if !escapes {
		return
	}
	var first *sockscope.Scope
	for _, sc := range scopes {
		if sc.Released(cancelLocs, sockscope.OpIs(sockscope.OpCall)) != nil {
			return
		}
		if first == nil {
			first = sc
		}
	}
	pos, end := m.Nodes.Range(call.Pos())
	r.Report(pos, end, m.Related(first), "context", name, m.Where(first))
}

// calledIn reports whether fn calls (or defers) a function value at locs.
func calledIn(m *sockscope.Model, fn *ssa.Function, locs []sockscope.Loc) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok || ci.Common().StaticCallee() != nil || ci.Common().IsInvoke() {
				continue
			}
			if _, ok := ci.Common().Value.(*ssa.Builtin); ok {
				continue
			}
			if sockscope.Overlap(m.Locs(ci.Common().Value), locs) {
				return true
			}
		}
	}
	return false
}

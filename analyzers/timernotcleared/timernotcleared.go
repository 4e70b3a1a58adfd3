// Package timernotcleared implements the timer-not-cleared rule for Go: a
// ticker or timer created for a socket that outlives the handler (stored
// where it outlives the socket, or kept alive by a goroutine) and is never
// stopped on the disconnect path.
//
// Since Go 1.23 an unreferenced, unstopped ticker is garbage collected, so
// for modules at go1.23 or later a ticker only leaks when something keeps it
// reachable: a long-lived variable, field or map, or a goroutine that never
// ends. Before Go 1.23 every unstopped ticker leaks.
package timernotcleared

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the timer_not_cleared analyzer.
var Analyzer = ruleutil.New("timer-not-cleared", run)

// timers are the acquisitions and their release method.
var timers = map[string]string{
	"NewTicker": "(*time.Ticker).Stop",
	"NewTimer":  "(*time.Timer).Stop",
	"AfterFunc": "(*time.Timer).Stop",
	"Tick":      "",
}

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
				callee := ssax.Callee(call.Common())
				if callee == nil || callee.Pkg() == nil || callee.Pkg().Path() != "time" {
					continue
				}
				stop, ok := timers[callee.Name()]
				if !ok || !ssax.IsFunc(callee, "time", callee.Name()) {
					continue
				}
				check(r, m, scopes, call, callee, stop)
			}
		}
	}
}

func check(r *ruleutil.Reporter, m *sockscope.Model, scopes []*sockscope.Scope, call *ssa.Call, callee *types.Func, stop string) {
	go123 := ruleutil.GoAtLeast(r.Pass, call.Pos(), "go1.23")
	flow := m.Flow(call)
	var first *sockscope.Scope
	for _, sc := range scopes {
		if !leaks(m, sc, call, callee.Name(), stop, flow, go123) {
			return
		}
		if first == nil {
			first = sc
		}
	}
	what := "time." + callee.Name()
	release := "Stop"
	if stop == "" {
		release = "Stop (time.Tick cannot be stopped: use time.NewTicker)"
	}
	pos, end := m.Nodes.Range(call.Pos())
	r.Report(pos, end, m.Related(first), "timer", what, release, m.Where(first))
}

func leaks(m *sockscope.Model, sc *sockscope.Scope, call *ssa.Call, name, stop string, flow *sockscope.Flow, go123 bool) bool {
	// Stopped in the function that made it (defer t.Stop()), or on the
	// disconnect path (including goroutines that the disconnect ends).
	if stop != "" {
		if sc.Released(flow.Locs, sockscope.MethodIs(stop)) != nil {
			return false
		}
		if stoppedIn(m, call.Parent(), flow.Locs, stop) {
			return false
		}
		for _, g := range flow.Goroutines {
			if v := m.Goroutine(sc, g); !v.Leaks {
				for body := range m.GoBodies(g) {
					if stoppedIn(m, body, flow.Locs, stop) {
						return false
					}
				}
			}
		}
	}
	heldByLeak := false
	for _, g := range append(flow.Goroutines, enclosingGo(m, sc, call.Parent())...) {
		if m.Goroutine(sc, g).Leaks {
			heldByLeak = true
		}
	}
	kept := flow.Outliving()
	if kept && go123 && !heldByLeak {
		// Removed from the long-lived collection on disconnect: then
		// unreferenced, and collected.
		for _, c := range flow.Containers {
			if sc.Released(c.Locs, sockscope.OpIs(sockscope.OpDelete, sockscope.OpStore)) != nil {
				return false
			}
			if sc.Released(c.Locs, sockscope.MethodIs("(*sync.Map).Delete", "(*sync.Map).LoadAndDelete")) != nil {
				return false
			}
		}
	}
	switch name {
	case "NewTicker", "Tick":
		if !go123 {
			return true
		}
		return kept || heldByLeak
	default:
		// One-shot timers end by themselves; only a timer kept in a
		// long-lived place (a per-socket registry) is a leak.
		return kept
	}
}

// stoppedIn reports whether fn calls stop on one of locs.
func stoppedIn(m *sockscope.Model, fn *ssa.Function, locs []sockscope.Loc, stop string) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			c := ci.Common()
			if sockscope.CalleeName(c) == stop && len(c.Args) > 0 && sockscope.Overlap(m.Locs(c.Args[0]), locs) {
				return true
			}
		}
	}
	return false
}

// enclosingGo returns the go statements of sc whose goroutine runs fn.
func enclosingGo(m *sockscope.Model, sc *sockscope.Scope, fn *ssa.Function) []*ssa.Go {
	var out []*ssa.Go
	for _, f := range sockscope.SortedFuncs(sc.Funcs) {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if g, ok := instr.(*ssa.Go); ok && m.GoBodies(g)[fn] {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

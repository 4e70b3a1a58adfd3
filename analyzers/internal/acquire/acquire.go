// Package acquire checks acquire/release pairs for the resource-style rules
// (transaction-not-rolled-back, resource-not-released): a value acquired in
// a socket scope that is kept past the handler and never released on the
// disconnect path.
package acquire

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Pair is one row of a rule's table.
type Pair struct {
	Acquire  []string // types.Func.FullName of the acquiring functions or methods
	Result   int      // index of the acquired value in the results; -1 = the receiver (exec.Cmd.Start)
	Releases []string // FullNames of the releasing methods (on the value, or on AlsoOn)
	AlsoOn   []string // field keys ("os/exec.Cmd.Process") a release may act on instead
	What     string   // for messages: "the file opened by os.Open"
	Release  string   // for messages: "Close"
	// CtxArg, when >= 0, is the context argument whose cancellation on
	// the disconnect path also releases the value (database/sql BeginTx).
	CtxArg int
}

// Found is a leaked acquisition.
type Found struct {
	Call  *ssa.Call
	Pair  *Pair
	Scope *sockscope.Scope
}

// Check reports the leaked acquisitions of pairs in the scopes of m.
func Check(r *ruleutil.Reporter, m *sockscope.Model, pairs []Pair, report func(f Found)) {
	byName := map[string]*Pair{}
	for i := range pairs {
		for _, a := range pairs[i].Acquire {
			byName[a] = &pairs[i]
		}
	}
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
				p := byName[sockscope.CalleeName(call.Common())]
				if p == nil {
					continue
				}
				v := value(call, p.Result)
				if v == nil {
					continue
				}
				if sc := leaked(m, scopes, call, v, p); sc != nil {
					report(Found{Call: call, Pair: p, Scope: sc})
				}
			}
		}
	}
}

func value(call *ssa.Call, result int) ssa.Value {
	if result < 0 {
		if args := call.Common().Args; len(args) > 0 {
			return args[0]
		}
		return nil
	}
	if _, tuple := call.Type().(*types.Tuple); !tuple {
		if result == 0 {
			return call
		}
		return nil
	}
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index == result {
			return ex
		}
	}
	return nil
}

// leaked returns the first scope in which v is kept past the handler and not
// released on the disconnect path, or nil.
func leaked(m *sockscope.Model, scopes []*sockscope.Scope, call *ssa.Call, v ssa.Value, p *Pair) *sockscope.Scope {
	flow := m.Flow(v)
	locs := append([]sockscope.Loc(nil), flow.Locs...)
	for _, k := range p.AlsoOn {
		locs = append(locs, sockscope.Loc{Kind: sockscope.LocField, Key: k})
	}
	// Released by the code that acquired it (defer x.Close()), or by a
	// goroutine that owns it: then it does not outlive that code.
	if releasedIn(m, call.Parent(), locs, p.Releases) {
		return nil
	}
	for _, g := range flow.Goroutines {
		for body := range m.GoBodies(g) {
			if releasedIn(m, body, locs, p.Releases) {
				return nil
			}
		}
	}
	kept := flow.Outliving() || flow.InContext || len(flow.Closures) > 0 || len(flow.Goroutines) > 0
	for _, l := range flow.Locs {
		switch l.Kind {
		case sockscope.LocField, sockscope.LocGlobal, sockscope.LocElem, sockscope.LocCtx:
			kept = true
		}
	}
	if !kept {
		return nil
	}
	var cancelLocs []sockscope.Loc
	if p.CtxArg >= 0 && p.CtxArg < len(call.Common().Args) {
		if cancel := m.CancelOf(call.Common().Args[p.CtxArg]); cancel != nil {
			cancelLocs = m.Flow(cancel).Locs
		}
	}
	var first *sockscope.Scope
	for _, sc := range scopes {
		if sc.Released(locs, sockscope.MethodIs(p.Releases...)) != nil {
			return nil
		}
		if len(cancelLocs) > 0 && sc.Released(cancelLocs, sockscope.OpIs(sockscope.OpCall)) != nil {
			return nil
		}
		if first == nil {
			first = sc
		}
	}
	return first
}

// releasedIn reports whether fn releases a value at locs.
func releasedIn(m *sockscope.Model, fn *ssa.Function, locs []sockscope.Loc, releases []string) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			c := ci.Common()
			name := sockscope.CalleeName(c)
			for _, rel := range releases {
				if name != rel {
					continue
				}
				recv := c.Value
				if !c.IsInvoke() && len(c.Args) > 0 {
					recv = c.Args[0]
				}
				if sockscope.Overlap(m.Locs(recv), locs) {
					return true
				}
			}
		}
	}
	return false
}

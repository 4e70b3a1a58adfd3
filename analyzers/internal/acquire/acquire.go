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
	Acquire []string // types.Func.FullName of the acquiring functions or methods
	// Result is the index of the acquired value in the results; -1 = the
	// receiver (exec.Cmd.Start); ResultAuto = decided by the callee's
	// signature (user-declared pairs).
	Result int
	// Releases are the FullNames of the releasing methods (on the value, or
	// on AlsoOn) or functions (taking the value as any argument).
	Releases []string
	AlsoOn   []string // field keys ("os/exec.Cmd.Process") a release may act on instead
	What     string   // for messages: "the file opened by os.Open"
	Release  string   // for messages: "Close"
	// CtxArg, when >= 0, is the context argument whose cancellation on
	// the disconnect path also releases the value (database/sql BeginTx).
	CtxArg int
}

// ResultAuto as a Pair's Result picks the acquired value from the callee's
// signature: the first result that is not an error, or, when every result
// is an error (or there is none), the receiver of a method.
const ResultAuto = -2

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
	c := call.Common()
	if result == ResultAuto {
		sig := c.Signature()
		if result = autoResult(sig); result < 0 {
			if sig.Recv() == nil {
				return nil // a function with no value to keep
			}
			if c.IsInvoke() {
				return c.Value
			}
		}
	}
	if result < 0 {
		if args := c.Args; len(args) > 0 {
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

var errorType = types.Universe.Lookup("error").Type()

// autoResult is ResultAuto resolved for sig.
func autoResult(sig *types.Signature) int {
	for i := range sig.Results().Len() {
		if !types.Identical(sig.Results().At(i).Type(), errorType) {
			return i
		}
	}
	return -1
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
		if sc.Released(locs, sockscope.CallIs(p.Releases...)) != nil {
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
				// The value a release acts on: the receiver of a method,
				// any argument of a function.
				vals := []ssa.Value{c.Value}
				if !c.IsInvoke() && len(c.Args) > 0 {
					vals = c.Args[:1]
					if c.Signature().Recv() == nil {
						vals = c.Args
					}
				}
				for _, v := range vals {
					if sockscope.Overlap(m.Locs(v), locs) {
						return true
					}
				}
			}
		}
	}
	return false
}

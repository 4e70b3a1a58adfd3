// Package reasonfilteredcleanup implements the reason-filtered-cleanup rule
// for Go: a release inside a disconnect handler that runs only when a
// condition on the disconnect reason holds. Other disconnect scenarios skip
// it. In googollee the reason carries no information at all (it is "client
// namespace disconnect" for a transport close, a ping timeout and a server
// Close alike, and "" for a client namespace disconnect), so a branch on it
// is always wrong there.
package reasonfilteredcleanup

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the reason_filtered_cleanup analyzer.
var Analyzer = ruleutil.New("reason-filtered-cleanup", run)

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	for _, sc := range m.Scopes {
		for _, d := range sc.Disconnects {
			for _, h := range d.Handlers {
				fn, reason := handlerReason(sc.Lib, h)
				if fn == nil || reason == nil {
					continue
				}
				check(r, m, d, fn, reason)
			}
		}
	}
}

// handlerReason returns the function holding the handler's body and its
// reason parameter: googollee func(Conn, string), zishang520 func(...any).
// A method value's wrapper is looked through.
func handlerReason(lib sockscope.Lib, h *ssa.Function) (*ssa.Function, *ssa.Parameter) {
	fn, shift := h, 0
	if h.Synthetic != "" && len(h.FreeVars) == 1 {
		for _, b := range h.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(*ssa.Call); ok && c.Common().StaticCallee() != nil && c.Common().StaticCallee().Blocks != nil {
					fn, shift = c.Common().StaticCallee(), 1
				}
			}
		}
	}
	idx := 0
	if lib == sockscope.Googollee {
		idx = 1
	}
	idx += shift
	if idx >= len(fn.Params) {
		return nil, nil
	}
	return fn, fn.Params[idx]
}

// dependsOn collects the values computed from the reason parameter.
func dependsOn(p *ssa.Parameter) map[ssa.Value]bool {
	dep := map[ssa.Value]bool{p: true}
	work := []ssa.Value{p}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			var out ssa.Value
			switch x := ref.(type) {
			case *ssa.IndexAddr, *ssa.Index, *ssa.UnOp, *ssa.TypeAssert, *ssa.Extract, *ssa.BinOp,
				*ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert, *ssa.Phi, *ssa.Slice, *ssa.Field:
				out = x.(ssa.Value)
			case *ssa.Call:
				out = x // strings.Contains(reason, ...), fmt.Sprint(reason)
			}
			if out != nil && !dep[out] {
				dep[out] = true
				work = append(work, out)
			}
		}
	}
	return dep
}

func check(r *ruleutil.Reporter, m *sockscope.Model, d *sockscope.Registration, fn *ssa.Function, reason *ssa.Parameter) {
	dep := dependsOn(reason)
	for _, b := range fn.Blocks {
		iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || !dep[iff.Cond] {
			continue
		}
		var under [2]ssa.Instruction
		for i, s := range b.Succs {
			if len(s.Preds) == 1 { // else reachable another way: not guarded by this branch
				under[i] = releaseUnder(m, fn, s)
			}
		}
		if under[0] != nil && under[1] != nil {
			continue // both outcomes release
		}
		for _, rel := range under {
			if rel == nil {
				continue
			}
			pos, end := condRange(m, iff.Cond)
			if pos == token.NoPos {
				continue
			}
			text := "the reason has a particular value"
			if n := m.Nodes.Node(condPos(iff.Cond)); n != nil {
				text = ruleutil.Source(r.Pass.Fset, n)
			}
			related := []analysis.RelatedInformation{
				{Pos: rel.Pos(), Message: "release that other disconnects skip"},
				{Pos: d.Pos, End: d.End, Message: "disconnect handler registered here"},
			}
			r.Report(pos, end, related, "reason", text)
			break
		}
	}
}

// releaseUnder returns the first release instruction in the blocks that
// s dominates.
func releaseUnder(m *sockscope.Model, fn *ssa.Function, s *ssa.BasicBlock) ssa.Instruction {
	for _, b := range fn.Blocks {
		if !s.Dominates(b) {
			continue
		}
		for _, instr := range b.Instrs {
			if isRelease(m, instr) {
				return instr
			}
		}
	}
	return nil
}

// releaseMethods are method names that end a per-connection resource.
var releaseMethods = map[string]bool{
	"Stop": true, "Close": true, "Delete": true, "LoadAndDelete": true, "Rollback": true, "Commit": true,
	"Unsubscribe": true, "Drain": true, "Kill": true, "RemoveListener": true, "RemoveAllListeners": true,
}

func isRelease(m *sockscope.Model, instr ssa.Instruction) bool {
	switch x := instr.(type) {
	case *ssa.Send:
		return true
	case ssa.CallInstruction:
		c := x.Common()
		if b, ok := c.Value.(*ssa.Builtin); ok {
			return b.Name() == "close" || b.Name() == "delete" || b.Name() == "clear"
		}
		if c.IsInvoke() {
			return releaseMethods[c.Method.Name()]
		}
		callee := c.StaticCallee()
		if callee == nil {
			_, isFunc := c.Value.Type().Underlying().(*types.Signature)
			return isFunc // a cancel func or a stored cleanup closure
		}
		if sig := callee.Signature; sig.Recv() != nil && releaseMethods[callee.Name()] {
			return true
		}
		if callee.Blocks != nil {
			for f := range m.Reach([]*ssa.Function{callee}) {
				for _, b := range f.Blocks {
					for _, in := range b.Instrs {
						if _, isCall := in.(ssa.CallInstruction); isCall {
							if c2 := in.(ssa.CallInstruction).Common(); c2.StaticCallee() != nil && c2.StaticCallee().Blocks != nil {
								continue // followed by Reach
							}
						}
						if isRelease(m, in) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

func condPos(v ssa.Value) token.Pos {
	switch x := v.(type) {
	case *ssa.BinOp:
		return x.Pos()
	case *ssa.Call:
		return x.Pos()
	case *ssa.UnOp:
		if x.Op == token.NOT {
			return condPos(x.X)
		}
		return x.Pos()
	}
	return v.Pos()
}

func condRange(m *sockscope.Model, v ssa.Value) (token.Pos, token.Pos) {
	pos := condPos(v)
	if n := m.Nodes.Node(pos); n != nil {
		if _, ok := n.(ast.Expr); ok {
			return n.Pos(), n.End()
		}
	}
	return pos, token.NoPos
}

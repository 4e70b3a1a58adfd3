package sockscope

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
)

// exitKind classifies what makes a loop exit.
type exitKind int

const (
	exitNever     exitKind = iota + 1 // a ticker channel, time.Tick: never closed
	exitChan                          // a receive on a channel, or its close
	exitCtx                           // ctx.Done()
	exitPubSub                        // a PubSub's message channel
	exitConnected                     // a check of the socket's Connected()
	exitBounded                       // time.After, a timer, a context with a deadline
	exitOther                         // anything else (counters, errors): assumed to end
)

type exit struct {
	kind exitKind
	val  ssa.Value // the channel, the context, or the PubSub
}

// GoVerdict is what the model knows about a goroutine started in a scope.
type GoVerdict struct {
	Leaks  bool      // it loops with no exit that the disconnect path (or anything else) drives
	Driven bool      // some loop exit, or a blocking receive, is driven by the disconnect path
	Reason string    // for messages: what it does forever
	Loop   token.Pos // the endless loop
}

// GoBodies returns the in-package functions a go statement runs.
func (m *Model) GoBodies(g *ssa.Go) map[*ssa.Function]bool {
	return m.reach(m.Callees(g.Common()), nil)
}

// Goroutine decides whether the goroutine started by g in scope sc is
// stopped by the disconnect path.
func (m *Model) Goroutine(sc *Scope, g *ssa.Go) GoVerdict {
	k := goKey{sc, g}
	if v, ok := m.verdicts[k]; ok {
		return v
	}
	// Mark in progress: a goroutine whose verdict depends on itself is
	// judged without that dependency.
	m.verdicts[k] = GoVerdict{}
	v := m.goroutine(sc, g)
	m.verdicts[k] = v
	return v
}

func (m *Model) goroutine(sc *Scope, g *ssa.Go) GoVerdict {
	var v GoVerdict
	bodies := m.GoBodies(g)
	// Inside the goroutine's own function, a parameter is the argument of
	// this go statement, not of every call site.
	var target *ssa.Function
	if callees := m.Callees(g.Common()); len(callees) == 1 {
		target = callees[0]
	}
	subst := func(e exit) exit {
		if p, ok := e.val.(*ssa.Parameter); ok && p.Parent() == target && g.Common().StaticCallee() == target {
			if i := paramIndex(p); i >= 0 && i < len(g.Common().Args) {
				e.val = g.Common().Args[i]
			}
		}
		return e
	}
	for _, fn := range sortedFuncs(bodies) {
		for _, l := range naturalLoops(fn) {
			exits := m.loopExits(fn, l)
			for i := range exits {
				exits[i] = subst(exits[i])
			}
			leaks, driven, reason := m.judge(sc, exits, bodies)
			if driven {
				v.Driven = true
			}
			if leaks && !v.Leaks {
				v.Leaks, v.Reason, v.Loop = true, reason, l.header.Instrs[0].Pos()
				if v.Loop == token.NoPos {
					v.Loop = fn.Pos()
				}
			}
		}
		// A blocking receive on a channel the disconnect path closes.
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.ARROW {
					if leaks, driven, _ := m.judge(sc, []exit{subst(m.chanExit(u.X))}, bodies); driven && !leaks {
						v.Driven = true
					}
				}
			}
		}
	}
	if v.Driven && v.Leaks {
		// One loop is driven, another is not: still a leak, but say so
		// only once.
		v.Driven = false
	}
	return v
}

// judge decides a loop from its exits.
func (m *Model) judge(sc *Scope, exits []exit, bodies map[*ssa.Function]bool) (leaks, driven bool, reason string) {
	if len(exits) == 0 {
		return true, false, "loops forever"
	}
	reason = "loops forever"
	for _, e := range exits {
		switch e.kind {
		case exitNever:
			reason = "ranges over a channel that is never closed (a ticker's C or time.Tick)"
		case exitChan:
			locs := m.AllLocs(e.val)
			if sc.Released(locs, OpIs(OpClose, OpSend)) != nil {
				return false, true, ""
			}
			if m.closedOutside(sc, locs, bodies) {
				return false, false, ""
			}
			reason = "waits on a channel that is never closed on disconnect"
		case exitCtx:
			switch st, cancel := m.ctxOrigin(e.val); st {
			case ctxBackground:
				reason = "waits on ctx.Done() of a context that is never cancelled"
			case ctxCancel:
				locs := m.Flow(cancel).Locs
				if sc.Released(locs, OpIs(OpCall)) != nil {
					return false, true, ""
				}
				if m.calledOutside(sc, locs) {
					return false, false, ""
				}
				reason = "waits on ctx.Done() of a context that is never cancelled on disconnect"
			default:
				return false, false, ""
			}
		case exitPubSub:
			locs := m.AllLocs(e.val)
			if sc.Released(locs, func(r *Release) bool { return r.Op == OpMethod && strings.HasSuffix(r.Func, ".Close") }) != nil {
				return false, true, ""
			}
			reason = "ranges over a subscription channel that is never closed on disconnect"
		default:
			return false, false, ""
		}
	}
	return true, false, reason
}

// closedOutside reports whether a close of locs happens somewhere that is
// neither the scope nor the goroutine itself: someone else (a hub) owns the
// channel, so the model does not judge it.
func (m *Model) closedOutside(sc *Scope, locs []Loc, bodies map[*ssa.Function]bool) bool {
	for _, fn := range m.Funcs {
		if bodies[fn] || m.notPath[fn] || m.inScope(fn) {
			continue
		}
		for _, r := range m.releasesIn(fn) {
			if (r.Op == OpClose || r.Op == OpSend) && Overlap(r.Locs, locs) {
				return true
			}
		}
	}
	return false
}

// calledOutside is closedOutside for cancel functions, plus a deferred
// cancel in the function that made the context (then it ends with it).
func (m *Model) calledOutside(sc *Scope, locs []Loc) bool {
	for _, fn := range m.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.Defer:
					if x.Common().StaticCallee() == nil && Overlap(m.Locs(x.Common().Value), locs) {
						return true
					}
				case *ssa.Call:
					if m.notPath[fn] || m.inScope(fn) {
						continue
					}
					if x.Common().StaticCallee() == nil && !x.Common().IsInvoke() && Overlap(m.Locs(x.Common().Value), locs) {
						return true
					}
				}
			}
		}
	}
	return false
}

type ctxState int

const (
	ctxUnknown ctxState = iota
	ctxBackground
	ctxCancel
	ctxBounded
)

// ctxOrigin finds where a context comes from: Background/TODO, a
// WithCancel (then its cancel function), or something with a deadline.
func (m *Model) ctxOrigin(ctx ssa.Value) (ctxState, ssa.Value) {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, depth int) (ctxState, ssa.Value)
	walk = func(v ssa.Value, depth int) (ctxState, ssa.Value) {
		v = ssax.Strip(v)
		if v == nil || seen[v] || depth > 8 {
			return ctxUnknown, nil
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Call:
			fn := ssax.Callee(x.Common())
			if ssax.IsFunc(fn, "context", "Background") || ssax.IsFunc(fn, "context", "TODO") {
				return ctxBackground, nil
			}
		case *ssa.Extract:
			if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
				fn := ssax.Callee(c.Common())
				switch {
				case ssax.IsFunc(fn, "context", "WithCancel"), ssax.IsFunc(fn, "context", "WithCancelCause"):
					for _, r := range *c.Referrers() {
						if ex, ok := r.(*ssa.Extract); ok && ex.Index == 1 {
							return ctxCancel, ex
						}
					}
					return ctxUnknown, nil
				case ssax.IsFunc(fn, "context", "WithTimeout"), ssax.IsFunc(fn, "context", "WithDeadline"),
					ssax.IsFunc(fn, "context", "WithTimeoutCause"), ssax.IsFunc(fn, "context", "WithDeadlineCause"):
					return ctxBounded, nil
				}
			}
		case *ssa.FreeVar:
			for _, b := range m.bindings[x] {
				if st, c := walk(b, depth+1); st != ctxUnknown {
					return st, c
				}
			}
		case *ssa.Parameter:
			idx := paramIndex(x)
			for _, site := range m.callers[x.Parent()] {
				if args := site.Common().Args; idx >= 0 && idx < len(args) {
					if st, c := walk(args[idx], depth+1); st != ctxUnknown {
						return st, c
					}
				}
			}
		case *ssa.UnOp:
			if x.Op == token.MUL {
				// Loaded from a variable or a field: find what is
				// stored there.
				var target []Loc
				m.addrLocs(x.X, map[ssa.Value]bool{}, &target, 0)
				for _, fn := range m.Funcs {
					for _, b := range fn.Blocks {
						for _, instr := range b.Instrs {
							st, ok := instr.(*ssa.Store)
							if !ok {
								continue
							}
							var here []Loc
							m.addrLocs(st.Addr, map[ssa.Value]bool{}, &here, 0)
							if Overlap(here, target) {
								if s, c := walk(st.Val, depth+1); s != ctxUnknown {
									return s, c
								}
							}
						}
					}
				}
			}
		case *ssa.TypeAssert, *ssa.Field:
		}
		return ctxUnknown, nil
	}
	return walk(ctx, 0)
}

type loop struct {
	header *ssa.BasicBlock
	body   map[*ssa.BasicBlock]bool
}

// naturalLoops returns the loops of fn, one per header.
func naturalLoops(fn *ssa.Function) []*loop {
	byHeader := map[*ssa.BasicBlock]*loop{}
	var out []*loop
	for _, b := range fn.Blocks {
		for _, s := range b.Succs {
			if !s.Dominates(b) {
				continue
			}
			l := byHeader[s]
			if l == nil {
				l = &loop{header: s, body: map[*ssa.BasicBlock]bool{s: true}}
				byHeader[s] = l
				out = append(out, l)
			}
			stack := []*ssa.BasicBlock{b}
			for len(stack) > 0 {
				x := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if l.body[x] {
					continue
				}
				l.body[x] = true
				stack = append(stack, x.Preds...)
			}
		}
	}
	return out
}

// loopExits classifies every edge leaving l.
func (m *Model) loopExits(fn *ssa.Function, l *loop) []exit {
	var out []exit
	for _, b := range fn.Blocks {
		if !l.body[b] {
			continue
		}
		for _, s := range b.Succs {
			if l.body[s] || unreachable(s) {
				continue
			}
			out = append(out, m.edgeExit(b, s))
		}
	}
	return out
}

// unreachable reports whether b only panics, like the block SSA emits after
// a blocking select ("blocking select matched no case").
func unreachable(b *ssa.BasicBlock) bool {
	if len(b.Instrs) == 0 || len(b.Succs) > 0 {
		return false
	}
	_, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Panic)
	return ok
}

func (m *Model) edgeExit(from, to *ssa.BasicBlock) exit {
	cur, next := from, to
	for i := 0; i < 6; i++ {
		if len(cur.Instrs) == 0 {
			break
		}
		if iff, ok := cur.Instrs[len(cur.Instrs)-1].(*ssa.If); ok {
			return m.condExit(iff.Cond, cur.Succs[0] == next)
		}
		if len(cur.Preds) != 1 {
			break
		}
		cur, next = cur.Preds[0], cur
	}
	return exit{kind: exitOther}
}

// condExit classifies "exit when cond == onTrue".
func (m *Model) condExit(cond ssa.Value, onTrue bool) exit {
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		return m.condExit(u.X, !onTrue)
	}
	if mentionsConnected(cond, 0) {
		return exit{kind: exitConnected}
	}
	switch x := cond.(type) {
	case *ssa.Extract:
		// v, ok := <-ch (and for range ch): exit when !ok.
		if u, ok := x.Tuple.(*ssa.UnOp); ok && u.Op == token.ARROW && x.Index == 1 && !onTrue {
			return m.chanExit(u.X)
		}
	case *ssa.BinOp:
		if x.Op == token.EQL && onTrue {
			if ex, ok := x.X.(*ssa.Extract); ok && ex.Index == 0 {
				if sel, ok := ex.Tuple.(*ssa.Select); ok {
					if k, ok := x.Y.(*ssa.Const); ok && k.Value != nil {
						i := int(k.Int64())
						if i >= 0 && i < len(sel.States) && sel.States[i].Dir == 2 /* types.RecvOnly */ {
							return m.chanExit(sel.States[i].Chan)
						}
					}
				}
			}
		}
	}
	return exit{kind: exitOther}
}

func mentionsConnected(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Call:
		fn := ssax.Callee(x.Common())
		if fn != nil && fn.Pkg() != nil && IsZishang(fn.Pkg().Path()) && (fn.Name() == "Connected" || fn.Name() == "Disconnected") {
			return true
		}
	case *ssa.UnOp:
		return mentionsConnected(x.X, depth+1)
	case *ssa.BinOp:
		return mentionsConnected(x.X, depth+1) || mentionsConnected(x.Y, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if mentionsConnected(e, depth+1) {
				return true
			}
		}
	}
	return false
}

// chanExit classifies a receive from ch.
func (m *Model) chanExit(ch ssa.Value) exit {
	ch = ssax.Strip(ch)
	switch x := ch.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			switch ssax.NamedPath(fa.X.Type()) {
			case "time.Ticker":
				return exit{kind: exitNever}
			case "time.Timer":
				return exit{kind: exitBounded}
			}
		}
	case *ssa.Call:
		fn := ssax.Callee(x.Common())
		switch {
		case ssax.IsFunc(fn, "time", "Tick"):
			return exit{kind: exitNever}
		case ssax.IsFunc(fn, "time", "After"):
			return exit{kind: exitBounded}
		case fn != nil && fn.Name() == "Done" && x.Common().IsInvoke() && fn.Pkg() != nil && fn.Pkg().Path() == "context":
			return exit{kind: exitCtx, val: x.Common().Value}
		case fn != nil && fn.Name() == "Channel" && ssax.RecvName(recvType(x.Common())) == "PubSub":
			return exit{kind: exitPubSub, val: x.Common().Args[0]}
		}
	}
	return exit{kind: exitChan, val: ch}
}

func recvType(c *ssa.CallCommon) types.Type {
	if c.IsInvoke() {
		return c.Value.Type()
	}
	if len(c.Args) > 0 {
		return c.Args[0].Type()
	}
	return nil
}

// addDrivenDefers adds to the disconnect path the releases of goroutines
// whose exit the disconnect path drives: their defers, and the code after
// the receive, run because of the disconnect.
func (m *Model) addDrivenDefers(sc *Scope) {
	for _, fn := range sortedFuncs(sc.Funcs) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				g, ok := instr.(*ssa.Go)
				if !ok {
					continue
				}
				if v := m.Goroutine(sc, g); v.Driven {
					sc.Releases = append(sc.Releases, m.collect(m.GoBodies(g))...)
				}
			}
		}
	}
}

// inScope reports whether fn belongs to some socket scope or disconnect
// path: code that is not owned by someone else (a hub).
func (m *Model) inScope(fn *ssa.Function) bool {
	for _, sc := range m.Scopes {
		if sc.Funcs[fn] || sc.Path[fn] {
			return true
		}
	}
	return m.handlers[fn]
}

// CancelOf returns the cancel function of the WithCancel context ctx comes
// from, or nil.
func (m *Model) CancelOf(ctx ssa.Value) ssa.Value {
	if st, cancel := m.ctxOrigin(ctx); st == ctxCancel {
		return cancel
	}
	return nil
}

// Package clientnotuntracked implements the client-not-untracked rule for
// Go: the connection, its id, or a value keyed by it put in a structure that
// outlives the socket (a package-level or long-lived struct-field map, a
// sync.Map, a package-level slice, a hub's register channel) and never
// removed on the disconnect path. The entry keeps the connection and its
// state alive forever and shows a ghost user as online.
package clientnotuntracked

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the client_not_untracked analyzer.
var Analyzer = ruleutil.New("client-not-untracked", run)

// Insertion is one put of connection-derived data into a long-lived place.
type Insertion struct {
	Instr     ssa.Instruction
	Pos       token.Pos
	What      string // "the connection", "an entry keyed by the connection id"
	Where     string // the container, for messages
	Release   string // the missing release, for messages
	Value     ssa.Value
	Container sockscope.Container
	released  func(sc *sockscope.Scope) bool
}

// Insertions finds the insertions of fn. The sensitive-data-retained rule
// uses it too, with all set, to look at every long-lived insertion.
func Insertions(m *sockscope.Model, fn *ssa.Function, all bool) []*Insertion {
	var out []*Insertion
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.MapUpdate:
				locs := m.Locs(x.Map)
				if !outlives(m, locs, x.Map) {
					continue
				}
				what, ok := describe(m, x.Key, x.Value)
				if !ok && !all {
					continue
				}
				out = append(out, &Insertion{Instr: x, Pos: x.Pos(), What: what, Where: where(locs), Release: "delete", Value: x.Value,
					Container: sockscope.Container{Kind: "map", Locs: locs, Key: x.Key},
					released: func(sc *sockscope.Scope) bool {
						return sc.Released(locs, sockscope.OpIs(sockscope.OpDelete, sockscope.OpStore)) != nil
					}})
			case *ssa.Call:
				// A helper of another package that tracks its argument
				// (presence.Add(s.ID(), user)), known from its Tracks fact.
				for _, put := range m.ImportedPuts(x.Common()) {
					args := x.Common().Args
					if put.Param >= len(args) {
						continue
					}
					arg := args[put.Param]
					what := "the connection"
					if !sockscope.IsConnType(arg.Type()) {
						what = "an entry keyed by the connection id"
					}
					if !m.IsConnDerived(arg) {
						if !all {
							continue
						}
						what = "an entry"
					}
					out = append(out, imported(x, put, what, arg))
				}
				switch sockscope.CalleeName(x.Common()) {
				case "(*sync.Map).Store", "(*sync.Map).LoadOrStore", "(*sync.Map).Swap":
					args := x.Common().Args
					locs := m.Locs(args[0])
					if !outlives(m, locs, args[0]) {
						continue
					}
					what, ok := describe(m, args[1], args[2])
					if !ok && !all {
						continue
					}
					out = append(out, &Insertion{Instr: x, Pos: x.Pos(), What: what, Where: where(locs), Release: "Delete", Value: args[2],
						Container: sockscope.Container{Kind: "sync.Map", Locs: locs, Key: args[1]},
						released: func(sc *sockscope.Scope) bool {
							return sc.Released(locs, sockscope.MethodIs("(*sync.Map).Delete", "(*sync.Map).LoadAndDelete", "(*sync.Map).CompareAndDelete", "(*sync.Map).Clear")) != nil
						}})
				}
			case *ssa.Store:
				// list = append(list, v) on a long-lived slice.
				app, ok := x.Val.(*ssa.Call)
				if !ok {
					continue
				}
				if bi, ok := app.Common().Value.(*ssa.Builtin); !ok || bi.Name() != "append" {
					continue
				}
				var locs []sockscope.Loc
				switch a := x.Addr.(type) {
				case *ssa.Global:
					locs = m.Locs(&ssa.UnOp{Op: token.MUL, X: a})
				case *ssa.FieldAddr:
					locs = m.Locs(&ssa.UnOp{Op: token.MUL, X: a})
					if !outlives(m, locs, &ssa.UnOp{Op: token.MUL, X: a}) {
						continue
					}
				default:
					continue
				}
				var added ssa.Value
				conn := false
				for _, arg := range app.Common().Args[1:] {
					if sl, ok := arg.(*ssa.Slice); ok {
						for _, v := range m.FuncsElems(sl) {
							added = v
							conn = conn || m.IsConnDerived(v)
						}
					}
				}
				if !conn && !all {
					continue
				}
				pos := x.Pos()
				if m.Nodes.Node(pos) == nil {
					pos = app.Pos()
				}
				what := "the connection"
				out = append(out, &Insertion{Instr: x, Pos: pos, What: what, Where: where(locs), Release: "removal (reassigning the slice without it)", Value: added,
					Container: sockscope.Container{Kind: "slice", Locs: locs},
					released: func(sc *sockscope.Scope) bool {
						return sc.Released(locs, sockscope.OpIs(sockscope.OpStore)) != nil
					}})
			case *ssa.Send:
				if !m.IsConnDerived(x.X) && !all {
					continue
				}
				locs := m.Locs(x.Chan)
				var pair []sockscope.Loc
				name := ""
				for _, l := range locs {
					if l.Kind != sockscope.LocField {
						continue
					}
					if p := sockscope.PairOf(l.Key); p != "" {
						pair = append(pair, sockscope.Loc{Kind: sockscope.LocField, Key: p})
						name = l.Key[strings.LastIndex(l.Key, ".")+1:]
					}
				}
				if len(pair) == 0 {
					continue
				}
				out = append(out, &Insertion{Instr: x, Pos: x.Pos(), What: "the connection", Where: "the hub's " + name + " channel", Release: "un" + name + " send", Value: x.X,
					Container: sockscope.Container{Kind: "channel", Locs: locs},
					released: func(sc *sockscope.Scope) bool {
						return sc.Released(pair, sockscope.OpIs(sockscope.OpSend)) != nil
					}})
			}
		}
	}
	return out
}

// Released reports whether ins is undone on the disconnect path of sc.
func (ins *Insertion) Released(sc *sockscope.Scope) bool { return ins.released(sc) }

// imported builds the insertion for a call of another package's helper.
func imported(call *ssa.Call, put sockscope.Put, what string, arg ssa.Value) *Insertion {
	locs := put.Locs()
	ins := &Insertion{Instr: call, Pos: call.Pos(), What: what, Where: where(locs), Value: arg,
		Container: sockscope.Container{Kind: put.Kind, Locs: locs}}
	switch put.Kind {
	case "map":
		ins.Release = "delete"
		ins.released = func(sc *sockscope.Scope) bool {
			return sc.Released(locs, sockscope.OpIs(sockscope.OpDelete, sockscope.OpStore)) != nil
		}
	case "sync.Map":
		ins.Release = "Delete"
		ins.released = func(sc *sockscope.Scope) bool {
			return sc.Released(locs, sockscope.MethodIs("(*sync.Map).Delete", "(*sync.Map).LoadAndDelete", "(*sync.Map).CompareAndDelete", "(*sync.Map).Clear")) != nil
		}
	case "slice":
		ins.Release = "removal (reassigning the slice without it)"
		ins.released = func(sc *sockscope.Scope) bool {
			return sc.Released(locs, sockscope.OpIs(sockscope.OpStore)) != nil
		}
	default:
		pair := put.PairLocs()
		ins.Release = "unregister send"
		ins.Where = "the hub's channel " + where(locs)
		ins.released = func(sc *sockscope.Scope) bool {
			return sc.Released(pair, sockscope.OpIs(sockscope.OpSend)) != nil
		}
	}
	return ins
}

func describe(m *sockscope.Model, key, val ssa.Value) (string, bool) {
	switch {
	case m.IsConnDerived(key):
		return "an entry keyed by the connection id", true
	case m.IsConnDerived(val):
		return "the connection", true
	}
	return "an entry", false
}

func outlives(m *sockscope.Model, locs []sockscope.Loc, v ssa.Value) bool {
	for _, l := range locs {
		switch l.Kind {
		case sockscope.LocGlobal:
			return true
		case sockscope.LocField, sockscope.LocElem:
			if m.FreshBase(v) {
				continue
			}
			return true
		}
	}
	return false
}

func where(locs []sockscope.Loc) string {
	for _, l := range locs {
		if l.Kind == sockscope.LocGlobal || l.Kind == sockscope.LocField {
			return l.Describe()
		}
	}
	for _, l := range locs {
		if l.Kind == sockscope.LocElem {
			return l.Describe()
		}
	}
	return "a long-lived collection"
}

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	for _, fn := range m.Funcs {
		scopes := m.ScopesOf(fn)
		if len(scopes) == 0 {
			continue
		}
		for _, ins := range Insertions(m, fn, false) {
			var first *sockscope.Scope
			leaked := true
			for _, sc := range scopes {
				if ins.Released(sc) {
					leaked = false
					break
				}
				if first == nil {
					first = sc
				}
			}
			if !leaked {
				continue
			}
			pos, end := m.Nodes.Range(ins.Pos)
			r.Report(pos, end, m.Related(first), "insert", ins.What, ins.Where, ins.Release, m.Where(first))
		}
	}
}

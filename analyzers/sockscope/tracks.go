package sockscope

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Tracks is the fact exported for a function that puts one of its
// parameters (as a key or a value) into a long-lived collection: a
// package-level variable or a field of a struct it did not make. It lets
// client-not-untracked see "presence.Add(s.ID(), user)" in another package
// as an insertion keyed by the connection id.
type Tracks struct {
	Puts []Put
}

// Put is one insertion of parameter Param into the collection at Keys.
type Put struct {
	Param int
	Kind  string    // "map", "sync.Map", "slice", "channel"
	Keys  []FactLoc // the collection's locations (global or field keys)
	Pair  string    // for "channel": the field key of the releasing channel
}

// FactLoc is a serialisable location.
type FactLoc struct {
	Kind LocKind
	Key  string
}

// AFact marks Tracks as an analysis fact.
func (*Tracks) AFact() {}

func (t *Tracks) String() string {
	var parts []string
	for _, p := range t.Puts {
		var keys []string
		for _, k := range p.Keys {
			keys = append(keys, k.Key)
		}
		parts = append(parts, fmt.Sprintf("param%d->%s:%s", p.Param, p.Kind, strings.Join(keys, "|")))
	}
	return "tracks(" + strings.Join(parts, ",") + ")"
}

// Locs returns the collection's locations.
func (p Put) Locs() []Loc {
	var out []Loc
	for _, k := range p.Keys {
		out = append(out, Loc{Kind: k.Kind, Key: k.Key})
	}
	return out
}

// PairLocs returns the releasing channel's location, for "channel" puts.
func (p Put) PairLocs() []Loc {
	if p.Pair == "" {
		return nil
	}
	return []Loc{{Kind: LocField, Key: p.Pair}}
}

// unpair maps a hub's registering channel field to its releasing one.
var unpair = map[string]string{
	"register": "unregister", "Register": "Unregister",
	"join": "leave", "Join": "Leave",
	"subscribe": "unsubscribe", "Subscribe": "Unsubscribe",
	"add": "remove", "Add": "Remove",
}

// PairOf returns the releasing channel field key for a registering one
// ("pkg.Hub.register" -> "pkg.Hub.unregister"), or "".
func PairOf(fieldKey string) string {
	i := strings.LastIndex(fieldKey, ".")
	if i < 0 {
		return ""
	}
	if other, ok := unpair[fieldKey[i+1:]]; ok {
		return fieldKey[:i+1] + other
	}
	return ""
}

// ImportedPuts returns the puts of an out-of-package callee of call.
func (m *Model) ImportedPuts(c *ssa.CallCommon) []Put {
	callee := c.StaticCallee()
	if callee == nil || m.inPkg[callee] {
		return nil
	}
	obj, _ := callee.Object().(*types.Func)
	if obj == nil || obj.Pkg() == m.Pass.Pkg {
		return nil
	}
	var t Tracks
	if m.Pass.ImportObjectFact(obj, &t) {
		return t.Puts
	}
	return nil
}

func factLocs(locs []Loc) []FactLoc {
	var out []FactLoc
	for _, l := range locs {
		switch l.Kind {
		case LocGlobal, LocField:
			out = append(out, FactLoc{Kind: l.Kind, Key: l.Key})
		case LocElem:
			if l.Key != "" {
				out = append(out, FactLoc{Kind: l.Kind, Key: l.Key})
			}
		}
	}
	return out
}

// exportTracks exports Tracks for the package's functions.
func (m *Model) exportTracks() {
	for _, fn := range m.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		params := map[ssa.Value]int{}
		for i, p := range fn.Params {
			params[p] = i
		}
		paramOf := func(vs ...ssa.Value) int {
			for _, v := range vs {
				if v == nil {
					continue
				}
				for _, l := range m.Locs(v) {
					if i, ok := params[l.Val]; ok && l.Kind == LocLocal {
						return i
					}
				}
			}
			return -1
		}
		var t Tracks
		add := func(param int, kind string, locs []Loc, pair string) {
			keys := factLocs(locs)
			if param < 0 || len(keys) == 0 {
				return
			}
			t.Puts = append(t.Puts, Put{Param: param, Kind: kind, Keys: keys, Pair: pair})
		}
		for _, f := range sortedFuncs(m.reach([]*ssa.Function{fn}, nil)) {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					switch x := instr.(type) {
					case *ssa.MapUpdate:
						if m.FreshBase(x.Map) {
							continue
						}
						locs := m.Locs(x.Map)
						add(paramOf(x.Key), "map", locs, "")
						add(paramOf(x.Value), "map", locs, "")
					case *ssa.Call:
						switch CalleeName(x.Common()) {
						case "(*sync.Map).Store", "(*sync.Map).LoadOrStore", "(*sync.Map).Swap":
							args := x.Common().Args
							locs := m.Locs(args[0])
							add(paramOf(args[1]), "sync.Map", locs, "")
							add(paramOf(args[2]), "sync.Map", locs, "")
						}
					case *ssa.Store:
						app, ok := x.Val.(*ssa.Call)
						if !ok {
							continue
						}
						if bi, ok := app.Common().Value.(*ssa.Builtin); !ok || bi.Name() != "append" {
							continue
						}
						if _, ok := x.Addr.(*ssa.Global); !ok && !isFieldAddr(x.Addr) {
							continue
						}
						var elems []ssa.Value
						for _, a := range app.Common().Args[1:] {
							if sl, ok := a.(*ssa.Slice); ok {
								elems = append(elems, m.FuncsElems(sl)...)
							}
						}
						add(paramOf(elems...), "slice", m.Locs(&ssa.UnOp{Op: token.MUL, X: x.Addr}), "")
					case *ssa.Send:
						locs := m.Locs(x.Chan)
						for _, l := range locs {
							if l.Kind == LocField {
								if pair := PairOf(l.Key); pair != "" {
									add(paramOf(x.X), "channel", []Loc{l}, pair)
								}
							}
						}
					}
				}
			}
		}
		if len(t.Puts) > 0 {
			m.Pass.ExportObjectFact(obj, &t)
		}
	}
}

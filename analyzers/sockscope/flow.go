package sockscope

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
)

// LocKind says how a storage location is identified.
type LocKind int

const (
	LocLocal  LocKind = iota + 1 // an SSA value or local variable, through closures and parameters
	LocGlobal                    // a package-level variable, by "pkgpath.name"
	LocField                     // a struct field, by "pkgpath.Type.field", whatever the base
	LocElem                      // an element of the map or slice at Key/Val
	LocCtx                       // the SetContext/SetData slot, by asserted type
	LocParam                     // (summaries only) parameter number Key
)

// Loc is one storage location. Locations are compared by value.
type Loc struct {
	Kind LocKind
	Key  string
	Val  ssa.Value
}

// Describe is a short description for messages.
func (l Loc) Describe() string {
	switch l.Kind {
	case LocGlobal:
		return "package-level variable " + short(l.Key)
	case LocField:
		return "field " + short(l.Key)
	case LocElem:
		return "an element of " + short(l.Key)
	case LocCtx:
		return "the socket context"
	}
	return "a local variable"
}

// short drops the package path from "path/to/pkg.Type.field".
func short(key string) string {
	slash := -1
	for i := 0; i < len(key); i++ {
		if key[i] == '/' {
			slash = i
		}
	}
	return key[slash+1:]
}

func globalKey(g *ssa.Global) string { return g.Pkg.Pkg.Path() + "." + g.Name() }

func fieldKey(structPtr types.Type, field int) string {
	t := structPtr
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || field >= st.NumFields() {
		return ""
	}
	f := st.Field(field)
	if np := ssax.NamedPath(t); np != "" {
		return np + "." + f.Name()
	}
	if f.Pkg() != nil {
		return f.Pkg().Path() + ".struct{}." + f.Name()
	}
	return "struct{}." + f.Name()
}

// Locs returns the storage locations a value is read from, following loads,
// closures (free variables to their bindings), parameters (to the arguments
// of this package's call sites), context slots and map lookups.
func (m *Model) Locs(v ssa.Value) []Loc {
	var out []Loc
	seen := map[ssa.Value]bool{}
	m.locs(v, seen, &out, 0)
	return out
}

// AllLocs is Locs plus, for every value v was made from, the locations it
// was stored to afterwards (a channel made here and put in SetContext is
// the same channel when read back from Context()).
func (m *Model) AllLocs(v ssa.Value) []Loc {
	locs := m.Locs(v)
	out := append([]Loc(nil), locs...)
	for _, l := range locs {
		if l.Kind != LocLocal {
			continue
		}
		switch l.Val.(type) {
		case *ssa.Parameter, *ssa.FreeVar:
			continue
		}
		for _, x := range m.Flow(l.Val).Locs {
			out = appendLoc(out, x)
		}
	}
	return out
}

func appendLoc(locs []Loc, l Loc) []Loc {
	for _, x := range locs {
		if x == l {
			return locs
		}
	}
	return append(locs, l)
}

func (m *Model) locs(v ssa.Value, seen map[ssa.Value]bool, out *[]Loc, depth int) {
	if v == nil || seen[v] || depth > 8 {
		return
	}
	seen[v] = true
	add := func(l Loc) { *out = append(*out, l) }
	switch x := v.(type) {
	case *ssa.ChangeType:
		m.locs(x.X, seen, out, depth)
		return
	case *ssa.MakeInterface:
		m.locs(x.X, seen, out, depth)
		return
	case *ssa.ChangeInterface:
		m.locs(x.X, seen, out, depth)
		return
	case *ssa.Convert:
		m.locs(x.X, seen, out, depth)
		return
	case *ssa.UnOp:
		if x.Op == token.MUL {
			m.addrLocs(x.X, seen, out, depth+1)
			return
		}
	case *ssa.FreeVar:
		for _, b := range m.bindings[x] {
			m.locs(b, seen, out, depth+1)
		}
		add(Loc{Kind: LocLocal, Val: x})
		return
	case *ssa.Parameter:
		add(Loc{Kind: LocLocal, Val: x})
		idx := paramIndex(x)
		for _, site := range m.callers[x.Parent()] {
			if args := site.Common().Args; idx >= 0 && idx < len(args) {
				m.locs(args[idx], seen, out, depth+1)
			}
		}
		return
	case *ssa.Field:
		if k := fieldKey(x.X.Type(), x.Field); k != "" {
			add(Loc{Kind: LocField, Key: k})
		}
		return
	case *ssa.Global:
		// The address of a package-level variable used as a value, as
		// the receiver of typing.Store(...) on a sync.Map.
		add(Loc{Kind: LocGlobal, Key: globalKey(x)})
		return
	case *ssa.FieldAddr:
		if k := fieldKey(x.X.Type(), x.Field); k != "" {
			add(Loc{Kind: LocField, Key: k})
		}
		return
	case *ssa.Lookup:
		for _, l := range m.subLocs(x.X, seen, depth) {
			add(elemOf(l))
		}
		return
	case *ssa.TypeAssert:
		if m.isContextRead(x.X) {
			add(Loc{Kind: LocCtx, Key: types.TypeString(x.AssertedType, nil)})
			return
		}
		m.locs(x.X, seen, out, depth)
		return
	case *ssa.Call:
		// Values read back from a sync.Map are its elements.
		switch CalleeName(x.Common()) {
		case "(*sync.Map).Load", "(*sync.Map).LoadAndDelete", "(*sync.Map).LoadOrStore", "(*sync.Map).Swap":
			for _, l := range m.subLocs(x.Common().Args[0], seen, depth) {
				add(elemOf(l))
			}
			return
		}
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Call:
			if x.Index == 0 {
				if n := CalleeName(t.Common()); n == "(*sync.Map).Load" || n == "(*sync.Map).LoadAndDelete" || n == "(*sync.Map).LoadOrStore" || n == "(*sync.Map).Swap" {
					m.locs(t, seen, out, depth)
					return
				}
			}
		case *ssa.Lookup:
			if x.Index == 0 {
				m.locs(t, seen, out, depth)
				return
			}
		case *ssa.TypeAssert:
			if x.Index == 0 {
				m.locs(t, seen, out, depth)
				return
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			m.locs(e, seen, out, depth+1)
		}
		return
	}
	add(Loc{Kind: LocLocal, Val: v})
}

// subLocs is Locs for a sub-expression, sharing the cycle guard and the
// depth budget of the caller.
func (m *Model) subLocs(v ssa.Value, seen map[ssa.Value]bool, depth int) []Loc {
	var sub []Loc
	m.locs(v, seen, &sub, depth+1)
	return sub
}

func (m *Model) addrLocs(a ssa.Value, seen map[ssa.Value]bool, out *[]Loc, depth int) {
	if depth > 8 {
		return
	}
	switch x := a.(type) {
	case *ssa.FieldAddr:
		if k := fieldKey(x.X.Type(), x.Field); k != "" {
			*out = append(*out, Loc{Kind: LocField, Key: k})
		}
	case *ssa.Global:
		*out = append(*out, Loc{Kind: LocGlobal, Key: globalKey(x)})
	case *ssa.IndexAddr:
		for _, l := range m.subLocs(x.X, seen, depth) {
			*out = append(*out, elemOf(l))
		}
	case *ssa.FreeVar:
		*out = append(*out, Loc{Kind: LocLocal, Val: x})
		for _, b := range m.bindings[x] {
			m.addrLocs(b, seen, out, depth+1)
		}
	default:
		*out = append(*out, Loc{Kind: LocLocal, Val: a})
		if alloc, ok := a.(*ssa.Alloc); ok {
			// A local variable: also what was stored in it, so that a
			// value assigned once and read through the variable keeps
			// its identity.
			for _, r := range *alloc.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
					m.locs(st.Val, seen, out, depth+1)
				}
			}
		}
	}
}

func elemOf(l Loc) Loc {
	switch l.Kind {
	case LocGlobal, LocField, LocCtx:
		return Loc{Kind: LocElem, Key: l.Key}
	}
	return Loc{Kind: LocElem, Val: l.Val, Key: l.Key}
}

// isContextRead reports whether v is s.Context() (googollee) or
// client.Data() (zishang520).
func (m *Model) isContextRead(v ssa.Value) bool {
	c, ok := ssax.Strip(v).(*ssa.Call)
	if !ok {
		return false
	}
	fn := ssax.Callee(c.Common())
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch p := fn.Pkg().Path(); {
	case p == GoogolleePath:
		return fn.Name() == "Context"
	case IsZishang(p):
		return ssax.IsMethod(fn, p, "Socket", "Data")
	}
	return false
}

// IsContextWrite reports whether call is s.SetContext(v) / client.SetData(v)
// and returns v.
func IsContextWrite(c *ssa.CallCommon) (ssa.Value, bool) {
	fn := ssax.Callee(c)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	args := c.Args
	switch p := fn.Pkg().Path(); {
	case p == GoogolleePath && fn.Name() == "SetContext":
		if c.IsInvoke() && len(args) == 1 {
			return args[0], true
		}
	case IsZishang(p) && ssax.IsMethod(fn, p, "Socket", "SetData") && len(args) == 2:
		return args[1], true
	}
	return nil, false
}

// Overlap reports whether two location sets share a location.
func Overlap(a, b []Loc) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// Container is a long-lived collection a value was put in.
type Container struct {
	Kind  string // "map", "sync.Map", "slice", "channel"
	Locs  []Loc  // the collection's own locations
	Where string // for messages
	Instr ssa.Instruction
	Key   ssa.Value // the map key, when known
}

// Flow says where an acquired value lives after the handler returns.
type Flow struct {
	Locs       []Loc       // every location holding the value
	Outlives   []Loc       // the locations among Locs that outlive the socket
	Containers []Container // long-lived maps, slices and channels it was put in
	Goroutines []*ssa.Go   // goroutines that hold it
	Closures   []*ssa.Function
	InContext  bool // kept with SetContext/SetData, collected with the socket
	Escapes    bool // passed somewhere the model does not follow
}

// Outliving reports whether the value is kept past the handler in a place
// that outlives the socket.
func (f *Flow) Outliving() bool { return len(f.Outlives) > 0 || len(f.Containers) > 0 }

// Flow follows v forward from its creation.
func (m *Model) Flow(v ssa.Value) *Flow {
	f := &Flow{}
	seen := map[ssa.Value]bool{}
	m.flow(v, f, seen, 0)
	return f
}

func (m *Model) addLoc(f *Flow, l Loc, outlives bool) {
	for _, x := range f.Locs {
		if x == l {
			return
		}
	}
	f.Locs = append(f.Locs, l)
	if outlives {
		f.Outlives = append(f.Outlives, l)
	}
}

// fresh reports whether base (a pointer to a struct) was allocated by this
// package's code, so that a field of it lives exactly as long as the base.
func fresh(base ssa.Value) ssa.Value {
	switch x := ssax.Strip(base).(type) {
	case *ssa.Alloc:
		return x
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if a, ok := x.X.(*ssa.Alloc); ok {
				// A local variable holding a pointer: find the
				// allocation stored in it.
				for _, r := range *a.Referrers() {
					if st, ok := r.(*ssa.Store); ok && st.Addr == a {
						if al, ok := ssax.Strip(st.Val).(*ssa.Alloc); ok {
							return al
						}
					}
				}
			}
		}
	case *ssa.FreeVar:
		return nil
	}
	return nil
}

func (m *Model) flow(v ssa.Value, f *Flow, seen map[ssa.Value]bool, depth int) {
	if v == nil || seen[v] || depth > 10 {
		return
	}
	seen[v] = true
	m.addLoc(f, Loc{Kind: LocLocal, Val: v}, false)
	refs := v.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		switch x := r.(type) {
		case *ssa.Store:
			if x.Val != v {
				continue
			}
			m.storeFlow(x.Addr, f, seen, depth)
		case *ssa.MapUpdate:
			if x.Value != v && x.Key != v {
				continue
			}
			locs := m.Locs(x.Map)
			if x.Value == v {
				for _, l := range locs {
					m.addLoc(f, elemOf(l), false)
				}
			}
			c := Container{Kind: "map", Locs: locs, Instr: x, Key: x.Key}
			if m.outlivesAny(locs, x.Map) {
				c.Where = describe(locs)
				f.Containers = append(f.Containers, c)
			} else if base := fresh(x.Map); base != nil {
				m.flow(base, f, seen, depth+1)
			}
		case *ssa.MakeClosure:
			cl := x.Fn.(*ssa.Function)
			f.Closures = append(f.Closures, cl)
			for i, b := range x.Bindings {
				if b == v && i < len(cl.FreeVars) {
					m.flow(cl.FreeVars[i], f, seen, depth+1)
				}
			}
			for _, rr := range *x.Referrers() {
				if g, ok := rr.(*ssa.Go); ok && g.Call.Value == x {
					f.Goroutines = append(f.Goroutines, g)
				}
			}
		case *ssa.Go:
			f.Goroutines = append(f.Goroutines, x)
			m.argFlow(x.Common(), v, f, seen, depth)
		case *ssa.Call:
			if val, ok := IsContextWrite(x.Common()); ok && val == v {
				f.InContext = true
				m.addLoc(f, Loc{Kind: LocCtx, Key: types.TypeString(ssax.Strip(v).Type(), nil)}, false)
				continue
			}
			if b, ok := x.Common().Value.(*ssa.Builtin); ok && b.Name() == "append" {
				m.flow(x, f, seen, depth+1)
				continue
			}
			if fn := ssax.Callee(x.Common()); fn != nil && fn.FullName() == "(*sync.Map).Store" || fn != nil && fn.FullName() == "(*sync.Map).LoadOrStore" {
				locs := m.Locs(x.Common().Args[0])
				if len(x.Common().Args) == 3 && x.Common().Args[2] == v {
					for _, l := range locs {
						m.addLoc(f, elemOf(l), false)
					}
				}
				if m.outlivesAny(locs, x.Common().Args[0]) {
					f.Containers = append(f.Containers, Container{Kind: "sync.Map", Locs: locs, Where: describe(locs), Instr: x, Key: x.Common().Args[1]})
				}
				continue
			}
			if !m.argFlow(x.Common(), v, f, seen, depth) && x.Common().Value != v {
				f.Escapes = true
			}
		case *ssa.Defer:
			m.argFlow(x.Common(), v, f, seen, depth)
		case *ssa.Send:
			if x.X == v {
				locs := m.Locs(x.Chan)
				f.Containers = append(f.Containers, Container{Kind: "channel", Locs: locs, Where: describe(locs), Instr: x})
			}
		case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Convert, *ssa.Phi:
			m.flow(x.(ssa.Value), f, seen, depth+1)
		case *ssa.Return:
			fn := x.Parent()
			for i, rv := range x.Results {
				if rv != v {
					continue
				}
				for _, site := range m.callers[fn] {
					call, ok := site.(*ssa.Call)
					if !ok {
						continue
					}
					if len(x.Results) == 1 {
						m.flow(call, f, seen, depth+1)
					} else {
						for _, er := range *call.Referrers() {
							if ex, ok := er.(*ssa.Extract); ok && ex.Index == i {
								m.flow(ex, f, seen, depth+1)
							}
						}
					}
				}
			}
		}
	}
}

// argFlow follows v into the parameters of an in-package callee.
func (m *Model) argFlow(c *ssa.CallCommon, v ssa.Value, f *Flow, seen map[ssa.Value]bool, depth int) bool {
	callee := c.StaticCallee()
	if callee == nil || callee.Blocks == nil || !m.inPkg[callee] {
		return false
	}
	followed := false
	for i, a := range c.Args {
		if a == v && i < len(callee.Params) {
			m.flow(callee.Params[i], f, seen, depth+1)
			followed = true
		}
	}
	return followed
}

// storeFlow handles "*addr = v".
func (m *Model) storeFlow(addr ssa.Value, f *Flow, seen map[ssa.Value]bool, depth int) {
	switch a := addr.(type) {
	case *ssa.Global:
		l := Loc{Kind: LocGlobal, Key: globalKey(a)}
		m.addLoc(f, l, true)
	case *ssa.FieldAddr:
		l := Loc{Kind: LocField, Key: fieldKey(a.X.Type(), a.Field)}
		if base := fresh(a.X); base != nil {
			// The field of a struct made here lives as long as the
			// struct: follow the struct.
			m.addLoc(f, l, false)
			m.flow(base, f, seen, depth+1)
		} else {
			m.addLoc(f, l, true)
		}
	case *ssa.IndexAddr:
		locs := m.Locs(a.X)
		if m.outlivesAny(locs, a.X) {
			f.Containers = append(f.Containers, Container{Kind: "slice", Locs: locs, Where: describe(locs)})
		}
	case *ssa.Alloc:
		m.addLoc(f, Loc{Kind: LocLocal, Val: a}, false)
		m.addrFlow(a, f, seen, depth+1)
	case *ssa.FreeVar:
		m.addLoc(f, Loc{Kind: LocLocal, Val: a}, false)
		for _, b := range m.bindings[a] {
			if al, ok := b.(*ssa.Alloc); ok {
				m.addLoc(f, Loc{Kind: LocLocal, Val: al}, false)
				m.addrFlow(al, f, seen, depth+1)
			}
		}
	}
}

// addrFlow follows the loads of a local variable and the closures that
// capture it.
func (m *Model) addrFlow(a ssa.Value, f *Flow, seen map[ssa.Value]bool, depth int) {
	if seen[a] || depth > 10 {
		return
	}
	seen[a] = true
	for _, r := range *a.Referrers() {
		switch x := r.(type) {
		case *ssa.UnOp:
			if x.Op == token.MUL {
				m.flow(x, f, seen, depth+1)
			}
		case *ssa.MakeClosure:
			cl := x.Fn.(*ssa.Function)
			f.Closures = append(f.Closures, cl)
			for i, b := range x.Bindings {
				if b == a && i < len(cl.FreeVars) {
					m.addLoc(f, Loc{Kind: LocLocal, Val: cl.FreeVars[i]}, false)
					m.addrFlow(cl.FreeVars[i], f, seen, depth+1)
				}
			}
			for _, rr := range *x.Referrers() {
				if g, ok := rr.(*ssa.Go); ok && g.Call.Value == x {
					f.Goroutines = append(f.Goroutines, g)
				}
			}
		}
	}
}

// outlivesAny reports whether a collection at locs (value v) outlives the
// socket: a package-level variable, a field of a struct not made in the
// handler, or anything reached through them.
func (m *Model) outlivesAny(locs []Loc, v ssa.Value) bool {
	for _, l := range locs {
		switch l.Kind {
		case LocGlobal:
			return true
		case LocField, LocElem:
			if fa := fieldBase(v); fa != nil && fresh(fa) != nil {
				continue
			}
			return true
		}
	}
	return false
}

func fieldBase(v ssa.Value) ssa.Value {
	if ld, ok := ssax.Strip(v).(*ssa.UnOp); ok && ld.Op == token.MUL {
		if fa, ok := ld.X.(*ssa.FieldAddr); ok {
			return fa.X
		}
	}
	return nil
}

func describe(locs []Loc) string {
	for _, l := range locs {
		if l.Kind == LocGlobal || l.Kind == LocField {
			return l.Describe()
		}
	}
	for _, l := range locs {
		if l.Kind == LocElem {
			return l.Describe()
		}
	}
	return "a long-lived collection"
}

// IsConnDerived reports whether v is the socket connection (googollee Conn,
// zishang520 *Socket), its id (s.ID(), client.Id()), or a struct made here
// that holds one of them.
func (m *Model) IsConnDerived(v ssa.Value) bool {
	return m.connDerived(v, map[ssa.Value]bool{}, 0)
}

// IsConnType reports whether t is a socket connection type.
func IsConnType(t types.Type) bool {
	switch ssax.NamedPath(t) {
	case GoogolleePath + ".Conn", ZishangV3Path + ".Socket", ZishangV2Path + ".Socket":
		return true
	}
	return false
}

func (m *Model) connDerived(v ssa.Value, seen map[ssa.Value]bool, depth int) bool {
	if v == nil || seen[v] || depth > 6 {
		return false
	}
	seen[v] = true
	v = ssax.Strip(v)
	if IsConnType(v.Type()) {
		return true
	}
	switch x := v.(type) {
	case *ssa.Call:
		fn := ssax.Callee(x.Common())
		if fn != nil && fn.Pkg() != nil {
			switch p := fn.Pkg().Path(); {
			case p == GoogolleePath && fn.Name() == "ID":
				return true
			case IsZishang(p) && ssax.IsMethod(fn, p, "Socket", "Id"):
				return true
			}
		}
	case *ssa.Alloc:
		for _, r := range *x.Referrers() {
			if fa, ok := r.(*ssa.FieldAddr); ok {
				for _, rr := range *fa.Referrers() {
					if st, ok := rr.(*ssa.Store); ok && st.Addr == fa && m.connDerived(st.Val, seen, depth+1) {
						return true
					}
				}
			}
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if a, ok := x.X.(*ssa.Alloc); ok {
				for _, r := range *a.Referrers() {
					if st, ok := r.(*ssa.Store); ok && st.Addr == a && m.connDerived(st.Val, seen, depth+1) {
						return true
					}
				}
			}
		}
	case *ssa.FreeVar:
		for _, b := range m.bindings[x] {
			if m.connDerived(b, seen, depth+1) {
				return true
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if m.connDerived(e, seen, depth+1) {
				return true
			}
		}
	case *ssa.Extract:
		if ta, ok := x.Tuple.(*ssa.TypeAssert); ok {
			return IsConnType(ta.AssertedType)
		}
	}
	return false
}

// FreshBase reports whether v is read from a field of a struct allocated by
// this package's code in the same function (a per-connection struct).
func (m *Model) FreshBase(v ssa.Value) bool {
	if fa := fieldBase(v); fa != nil {
		return fresh(fa) != nil
	}
	return false
}

// FuncsElems returns the values stored in the backing array of a variadic
// argument slice.
func (m *Model) FuncsElems(sl *ssa.Slice) []ssa.Value {
	var out []ssa.Value
	if alloc, ok := sl.X.(*ssa.Alloc); ok {
		for _, r := range *alloc.Referrers() {
			if ia, ok := r.(*ssa.IndexAddr); ok {
				for _, rr := range *ia.Referrers() {
					if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
						out = append(out, st.Val)
					}
				}
			}
		}
	}
	return out
}

// FieldKey is the identity key of the field fa addresses.
func FieldKey(fa *ssa.FieldAddr) string { return fieldKey(fa.X.Type(), fa.Field) }

// Bindings returns the values a closure's free variable is bound to.
func (m *Model) Bindings(fv *ssa.FreeVar) []ssa.Value { return m.bindings[fv] }

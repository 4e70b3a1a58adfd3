package sockscope

import (
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
)

// kind of a registering call.
type regKind int

const (
	regNone       regKind = iota
	regConnect            // a connection handler
	regEvent              // an event handler of a socket or namespace
	regDisconnect         // the disconnect path
	regError              // googollee OnError: not the disconnect path
	regNspEvent           // zishang520 io.On/nsp.On of a non-connection event
)

// IsZishang reports whether path is one of the zishang520 server packages.
func IsZishang(path string) bool { return path == ZishangV3Path || path == ZishangV2Path }

// classify recognises a registration call. It returns the kind, the
// namespace key (googollee, zishang520 namespace-level), the event name and
// the handler argument.
func (m *Model) classify(call *ssa.Call) (lib Lib, kind regKind, ns, event string, handler ssa.Value) {
	fn := ssax.Callee(call.Common())
	if fn == nil || fn.Pkg() == nil {
		return 0, regNone, "", "", nil
	}
	args := call.Common().Args
	switch path := fn.Pkg().Path(); {
	case path == GoogolleePath:
		if !ssax.IsMethod(fn, path, "Server", fn.Name()) {
			return 0, regNone, "", "", nil
		}
		switch fn.Name() {
		case "OnConnect", "OnDisconnect", "OnError":
			if len(args) != 3 {
				return 0, regNone, "", "", nil
			}
			k := map[string]regKind{"OnConnect": regConnect, "OnDisconnect": regDisconnect, "OnError": regError}[fn.Name()]
			return Googollee, k, m.googolleeNS(args[1]), "", args[2]
		case "OnEvent":
			if len(args) != 4 {
				return 0, regNone, "", "", nil
			}
			ev, _ := ssax.ConstString(args[2])
			return Googollee, regEvent, m.googolleeNS(args[1]), ev, args[3]
		}
	case IsZishang(path):
		switch {
		case ssax.IsMethod(fn, path, "Server", "Of") && len(args) == 3:
			return Zishang, regConnect, zishangNS(args[1]), "connection", args[2]
		case (ssax.IsMethod(fn, path, "StrictEventEmitter", "On") || ssax.IsMethod(fn, path, "StrictEventEmitter", "Once")) && len(args) == 3:
			ev, _ := ssax.ConstString(args[1])
			switch ssax.RecvName(embedOwner(args[0])) {
			case "Socket":
				if ev == "disconnect" || ev == "disconnecting" {
					return Zishang, regDisconnect, "", ev, args[2]
				}
				return Zishang, regEvent, "", ev, args[2]
			case "Server":
				if ev == "connection" || ev == "connect" {
					return Zishang, regConnect, "/", ev, args[2]
				}
				return Zishang, regNspEvent, "/", ev, args[2]
			default:
				if ev == "connection" || ev == "connect" {
					return Zishang, regConnect, "?", ev, args[2]
				}
				return Zishang, regNspEvent, "?", ev, args[2]
			}
		case (ssax.IsMethod(fn, path, "Namespace", "On") || ssax.IsMethod(fn, path, "Namespace", "Once")) && len(args) == 2:
			// Invoke mode: the receiver is call.Common().Value.
			ev, _ := ssax.ConstString(args[0])
			ns := m.namespaceOf(call.Common().Value)
			if ev == "connection" || ev == "connect" {
				return Zishang, regConnect, ns, ev, args[1]
			}
			return Zishang, regNspEvent, ns, ev, args[1]
		}
	}
	return 0, regNone, "", "", nil
}

// embedOwner returns the type of the struct whose embedded
// *StrictEventEmitter v was loaded from (io.On, client.On), or nil.
func embedOwner(v ssa.Value) types.Type {
	if ld, ok := ssax.Strip(v).(*ssa.UnOp); ok {
		if fa, ok := ld.X.(*ssa.FieldAddr); ok {
			return fa.X.Type()
		}
	}
	if f, ok := ssax.Strip(v).(*ssa.Field); ok {
		return f.X.Type()
	}
	return nil
}

func (m *Model) googolleeNS(v ssa.Value) string {
	if s, ok := ssax.ConstString(v); ok {
		if s == "" {
			return "/" // "/" and "" name the same root namespace
		}
		return s
	}
	return "?" + v.Name() + "@" + v.Parent().String()
}

func zishangNS(v ssa.Value) string {
	if s, ok := ssax.ConstString(v); ok {
		if !strings.HasPrefix(s, "/") {
			s = "/" + s
		}
		return s
	}
	return "?"
}

// namespaceOf names the namespace a zishang520 Namespace value comes from.
func (m *Model) namespaceOf(v ssa.Value) string {
	v = m.Origin(v)
	if c, ok := ssax.Strip(v).(*ssa.Call); ok {
		fn := ssax.Callee(c.Common())
		if fn != nil && fn.Pkg() != nil && IsZishang(fn.Pkg().Path()) {
			switch {
			case ssax.IsMethod(fn, fn.Pkg().Path(), "Server", "Of") && len(c.Common().Args) == 3:
				return zishangNS(c.Common().Args[1])
			case ssax.IsMethod(fn, fn.Pkg().Path(), "Server", "Sockets"):
				return "/"
			}
		}
	}
	return "?"
}

// FuncsOf returns the functions a handler argument denotes: function
// literals, named functions, method values, and the elements of a variadic
// listener slice.
func (m *Model) FuncsOf(v ssa.Value) []*ssa.Function {
	seen := map[ssa.Value]bool{}
	var out []*ssa.Function
	var walk func(v ssa.Value)
	walk = func(v ssa.Value) {
		v = ssax.Strip(v)
		if v == nil || seen[v] {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Function:
			out = append(out, x)
		case *ssa.MakeClosure:
			out = append(out, x.Fn.(*ssa.Function))
		case *ssa.Slice:
			if alloc, ok := x.X.(*ssa.Alloc); ok {
				for _, r := range *alloc.Referrers() {
					if ia, ok := r.(*ssa.IndexAddr); ok {
						for _, rr := range *ia.Referrers() {
							if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
								walk(st.Val)
							}
						}
					}
				}
			}
		case *ssa.FreeVar:
			for _, b := range m.bindings[x] {
				walk(b)
			}
		case *ssa.Parameter:
			idx := paramIndex(x)
			for _, site := range m.callers[x.Parent()] {
				if args := site.Common().Args; idx >= 0 && idx < len(args) {
					walk(args[idx])
				}
			}
		case *ssa.UnOp:
			// A handler kept in a local variable that is reassigned.
			if alloc, ok := x.X.(*ssa.Alloc); ok {
				for _, r := range *alloc.Referrers() {
					if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
						walk(st.Val)
					}
				}
			}
		}
	}
	walk(v)
	return out
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

func (m *Model) registration(call *ssa.Call, event string, handler ssa.Value) *Registration {
	r := &Registration{Call: call, Event: event, Handlers: m.FuncsOf(handler)}
	r.Pos, r.End = m.Nodes.Range(call.Pos())
	if r.End == 0 {
		r.Pos = call.Pos()
	}
	return r
}

// findScopes builds the scopes of the package.
func (m *Model) findScopes() {
	type gns struct {
		connects, events, disconnects, errors []*Registration
	}
	goog := map[string]*gns{}
	var gorder []string
	gget := func(ns string) *gns {
		if g := goog[ns]; g != nil {
			return g
		}
		g := &gns{}
		goog[ns] = g
		gorder = append(gorder, ns)
		return g
	}
	var zconnects []*Registration
	var zns []string
	for _, fn := range m.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				lib, kind, ns, ev, h := m.classify(call)
				switch {
				case lib == Googollee && kind == regConnect:
					gget(ns).connects = append(gget(ns).connects, m.registration(call, ev, h))
				case lib == Googollee && kind == regEvent:
					gget(ns).events = append(gget(ns).events, m.registration(call, ev, h))
				case lib == Googollee && kind == regError:
					gget(ns).errors = append(gget(ns).errors, m.registration(call, ev, h))
				case lib == Googollee && kind == regDisconnect:
					gget(ns).disconnects = append(gget(ns).disconnects, m.registration(call, ev, h))
				case lib == Zishang && kind == regConnect:
					zconnects = append(zconnects, m.registration(call, ev, h))
					zns = append(zns, ns)
				}
			}
		}
	}
	for _, ns := range gorder {
		g := goog[ns]
		sc := &Scope{Lib: Googollee, Namespace: ns, Events: g.events, Disconnects: lastWins(g.disconnects)}
		if c := lastWins(g.connects); len(c) > 0 {
			sc.Connect = c[len(c)-1]
			for _, extra := range c[:len(c)-1] {
				sc.Events = append(sc.Events, extra)
			}
		}
		var roots []*ssa.Function
		if sc.Connect != nil {
			roots = append(roots, sc.Connect.Handlers...)
		}
		for _, e := range sc.Events {
			roots = append(roots, e.Handlers...)
		}
		stop := map[*ssa.Function]bool{}
		for _, d := range g.disconnects {
			for _, h := range d.Handlers {
				stop[h] = true
				m.handlers[h] = true
			}
		}
		sc.Funcs = m.reach(roots, stop)
		// OnError handlers and replaced OnDisconnect handlers never run
		// on disconnect: what they release does not count anywhere.
		var dead []*ssa.Function
		for _, e := range g.errors {
			dead = append(dead, e.Handlers...)
		}
		live := map[*Registration]bool{}
		for _, d := range sc.Disconnects {
			live[d] = true
		}
		for _, d := range g.disconnects {
			if !live[d] {
				dead = append(dead, d.Handlers...)
			}
		}
		for fn := range m.reach(dead, nil) {
			m.notPath[fn] = true
		}
		if len(sc.Funcs) > 0 || len(sc.Disconnects) > 0 {
			m.Scopes = append(m.Scopes, sc)
		}
	}
	for i, c := range zconnects {
		sc := &Scope{Lib: Zishang, Namespace: zns[i], Connect: c}
		all := m.reach(c.Handlers, nil)
		stop := map[*ssa.Function]bool{}
		for _, fn := range sortedFuncs(all) {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok {
						continue
					}
					lib, kind, _, ev, h := m.classify(call)
					if lib != Zishang {
						continue
					}
					switch kind {
					case regDisconnect:
						r := m.registration(call, ev, h)
						sc.Disconnects = append(sc.Disconnects, r)
						for _, hf := range r.Handlers {
							stop[hf] = true
							m.handlers[hf] = true
						}
					case regEvent:
						sc.Events = append(sc.Events, m.registration(call, ev, h))
					}
				}
			}
		}
		sc.Funcs = m.reach(c.Handlers, stop)
		m.Scopes = append(m.Scopes, sc)
	}
}

// lastWins applies googollee's one-handler-per-namespace rule: of several
// registrations in one function, the last one replaces the others. Across
// functions the order is unknown, so all are kept (which can only hide a
// finding, never invent one).
func lastWins(regs []*Registration) []*Registration {
	last := map[*ssa.Function]*Registration{}
	var order []*ssa.Function
	for _, r := range regs {
		fn := r.Call.Parent()
		if prev, ok := last[fn]; !ok {
			order = append(order, fn)
			last[fn] = r
		} else if r.Call.Pos() > prev.Call.Pos() {
			last[fn] = r
		}
	}
	out := make([]*Registration, 0, len(order))
	for _, fn := range order {
		out = append(out, last[fn])
	}
	return out
}

// IsDisconnectHandler reports whether fn is registered as a disconnect
// handler (googollee OnDisconnect, zishang520 "disconnect"/"disconnecting").
func (m *Model) IsDisconnectHandler(fn *ssa.Function) bool { return m.handlers[fn] }

func sortedFuncs(set map[*ssa.Function]bool) []*ssa.Function {
	out := make([]*ssa.Function, 0, len(set))
	for fn := range set {
		out = append(out, fn)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pos() != out[j].Pos() {
			return out[i].Pos() < out[j].Pos()
		}
		return out[i].String() < out[j].String()
	})
	return out
}

// SortedFuncs returns the functions of set in source order.
func SortedFuncs(set map[*ssa.Function]bool) []*ssa.Function { return sortedFuncs(set) }

// SharedListener reports whether call adds a zishang520 listener to an
// emitter that outlives the socket (the server or a namespace), and returns
// the event and a description of the emitter.
func (m *Model) SharedListener(call *ssa.Call) (event, target string, ok bool) {
	lib, kind, ns, ev, _ := m.classify(call)
	if lib != Zishang || (kind != regNspEvent && kind != regConnect) {
		return "", "", false
	}
	if fn := ssax.Callee(call.Common()); fn != nil && fn.Name() == "Of" {
		return "", "", false // io.Of(ns, fn) inside a handler creates or reuses a namespace
	}
	switch {
	case ns == "/":
		target = "the server (root namespace)"
	case ns == "?":
		target = "a namespace"
	default:
		target = "namespace " + ns
	}
	return ev, target, true
}

// Origin resolves a value to what it was made from, through conversions,
// closure captures and single-assignment local variables.
func (m *Model) Origin(v ssa.Value) ssa.Value {
	for i := 0; i < 8; i++ {
		switch x := ssax.Strip(v).(type) {
		case *ssa.FreeVar:
			if len(m.bindings[x]) == 0 {
				return x
			}
			v = m.bindings[x][0]
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return x
			}
			addr := x.X
			if fv, ok := addr.(*ssa.FreeVar); ok && len(m.bindings[fv]) > 0 {
				addr = m.bindings[fv][0]
			}
			alloc, ok := addr.(*ssa.Alloc)
			if !ok {
				return x
			}
			var stored []ssa.Value
			for _, r := range *alloc.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
					stored = append(stored, st.Val)
				}
			}
			if len(stored) != 1 {
				return x
			}
			v = stored[0]
		default:
			return x
		}
	}
	return v
}
